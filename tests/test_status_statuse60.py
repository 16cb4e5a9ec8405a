"""Statuse's rules of stop 60 (issue 11): engine misses found by the first round, mended by general rules and tested on
sentences written here (某某 names), each with guards that must not move.

* A task of several phases (一期、二期; 两期) answered by one phase done and another still under way is part of the whole:
  on pace, or behind at the deadline — never completed.  A clause naming one phase answers no part that names another,
  and answers the part naming that phase (rules/judging_clauses._clause_stage, _phase_left).
* A count not yet done after a whole received or found (受理…200件，尚未办结30件: words.toml report.remainder_not_yet)
  is the remainder: the whole less it is the part done, a count done and a rate's part (rules/building
  ._closed_of_received, rules/status_measures._rate_of_counts) — no statement that nothing is done.
* A 分别 list of caps (…分别压缩至…) is spread over its items in the status judge, two-character items sharing the word
  the first opens on and the name the last closes on (进口、出口整体通关时间: targets.spread_respective, shared_name), a
  unit cut short before the list's mark taking the next figure's (1个、3个工作日).
* A count in 类 after an Arabic number (归集证照200类) is a count (units.toml), never a class's name (3类水, 2类标准).
* A rate part of a task of several parts answered by counts (收集诉求420个，已办结350个) is the rate the counts give.
* A clause part's amount done followed by its share of the whole (完成管网铺设8公里，占总量的60%) is judged by the share.
"""

from datetime import date

import pytest

from luoshi.engine.indicators import parse
from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN, SEP, NOV, DEC = date(2026, 6, 30), date(2026, 9, 30), date(2026, 11, 30), date(2026, 12, 31)

MENDED = [
    # one phase done, the next under way: part of the whole
    ("建成某某智慧停车平台一期、二期并上线运行", "一期已上线运行，二期正在开发。", SEP, "on_track"),
    ("建成某某智慧停车平台一期、二期并上线运行", "一期已上线运行，二期正在开发。", DEC, "behind"),
    ("年底前完成某某物流园一期、二期工程建设", "一期工程已竣工，二期工程正在施工。", SEP, "on_track"),
    ("完成某某数据平台两期建设并上线运行", "一期已上线，二期正在开发。", DEC, "behind"),
    # a whole received and the part not yet closed: the rest closed
    ("市民热线诉求按期办结率达到95%以上", "今年以来受理市民热线诉求400件，尚未办结60件。", SEP, "behind"),
    ("市民热线诉求按期办结率达到95%以上", "今年以来受理市民热线诉求400件，尚未办结8件。", SEP, "on_track"),
    ("办结群众来信来访1000件", "受理群众来信来访800件，尚未办结100件。", SEP, "on_track"),
    ("办结群众来信来访1000件", "受理群众来信来访800件，尚未办结400件。", SEP, "behind"),
    ("完成安全隐患整改150处", "共排查安全隐患200处，尚未整改20处。", SEP, "completed"),
    # 分别 caps over two-character items sharing a name
    ("进口、出口货物通关时间分别压缩至20小时、2小时以内", "目前进口货物通关时间18.5小时，出口货物通关时间2.6小时。", NOV,
     "behind"),
    ("供水、供电报装时间分别压缩至3个、5个工作日以内", "供水报装已实现3个工作日内办结；供电报装目前平均用时6个工作日。", NOV,
     "behind"),
    # a count in 类
    ("归集某某证照达到300类，新增共享接口80个", "新增共享接口92个；已归集某某证照281类。", NOV, "on_track"),
    ("归集某某证照达到300类，新增共享接口80个", "新增共享接口92个；已归集某某证照180类。", NOV, "behind"),
    # a rate part of several answered by counts
    ("走访小微企业800家，问题办结率达到90%以上", "已走访小微企业860家，共收集问题300个，已办结240个。", NOV, "behind"),
    ("走访小微企业800家，问题办结率达到90%以上", "已走访小微企业860家，共收集问题300个，尚未办结12个。", NOV, "on_track"),
    # an amount done then its share of the whole
    ("完成某某片区雨污分流一期、二期工程", "一期工程已完工；二期工程完成管网铺设6公里，占总量的50%。", SEP, "behind"),
]

GUARDS = [
    # every phase done: completed as before
    ("建成某某智慧停车平台一期、二期并上线运行", "一期、二期均已上线运行。", SEP, "completed"),
    ("建成某某智慧停车平台一期、二期并上线运行", "一期已于5月上线运行，二期已于9月上线运行。", SEP, "completed"),
    # a task that is the first phase alone: its phase done is the task done
    ("建成某某物流园一期", "一期已建成投产，二期正在进行主体施工。", SEP, "completed"),
    # a task naming no phase: one phase of it done, as before
    ("建成某某污水处理厂", "一期已建成投产，二期设备正在安装。", SEP, "on_track"),
    # a remainder with no whole before it: read as before
    ("完成某某道路改造工程", "尚未开工。", SEP, "not_started"),
    # the part closed said in the verb, as before
    ("市民热线诉求按期办结率达到95%以上", "今年以来受理市民热线诉求400件，已办结390件。", SEP, "on_track"),
    # a share of the whole in a forecast is no share done: read by its stage as before
    ("完成某某片区污水管网改造", "已完成管网铺设6公里，预计年底前占总量的100%。", SEP, "on_track"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), MENDED)
def test_mended(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), GUARDS)
def test_guards(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize("task", ["某某区地表水水质达到3类水标准", "城市声环境功能区达到2类标准", "主要河流水质达到3类以上"])
def test_class_name_is_no_count(task):
    assert not any(i.unit == "类" for i in parse(task)[0])


def test_count_in_kinds():
    assert [(i.value, i.unit) for i in parse("归集某某证照达到300类")[0]] == [(300.0, "类")]
