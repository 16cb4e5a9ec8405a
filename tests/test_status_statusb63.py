"""Issue 11, statusb (stop 63): what invented254's first run missed — a county health commission's sheet of its
livelihood projects at 31 August — mended by general rules and tested on sentences written here in other words than
any label row, each with guards that must not move.

* A finish dated to a day already past, with no 已 before it (血站新址于9月20日建成并投入使用), opens the reply as 已 does:
  the task's own object done as a whole, the figures after it what it holds (rules/status_statements._opens_own_done,
  _PAST_DATE_LEAD); a day still to come is a plan, a step of the works dated so is no whole done.  The date the reply
  speaks to before its colon (截至9月30日：, clauses._LABEL_ONLY_LEAD) is no part of the subject, for 已 as well.
* Every unit a coverage asks said to have the thing (全区46所学校已全部实现…, 均已实现…) is a completion statement as 已实现
  is (judging.toml words.completion_statement): the coverage reached (README rule question 22), never a part of them.
* One level shared by the rates a target lists (A率、B率均达到90%以上) must be reached by each listed rate: one short is
  the level not held, behind (README rule question 9; rules/judging._listed_rates) — before, the first rate alone
  decided.

statusb62's leftovers, mended here:

* A count of rounds with all but the last done, the last named by its ordinal and dated by the reply to a month after
  its date and no later than the deadline (已完成3期，第4期计划于12月中旬举办), holds the pace: the round still to come is
  not yet due, its preparation on pace as an event's is (README rule question 6; rules/status_parts._last_rounds_dated,
  words.toml intention.round_held, report.round_ordinal_unit).  A month already past, a month of next year, or a round
  between unaccounted for leave the count to decide.
* A count reviewed and awaiting the body's approval or publication (…已完成技术审定，待…批准发布) is pending, no count done
  (README rule question 12; words.toml report.decision_awaited 批准, 发布).

A round of service whose start the reply sets for a later month before the deadline, with only its preparation now,
was left here a strict xfail (read behind as works only prepared past the pace) until the lead's decision (README rule
question 46: not started) and statusq's rule (stop 63, tests/test_status_statusq63.py) made it a plain case.

Left as a strict xfail (MISSES, in other words than the rows): samples taken in full with their testing going on, read completed by the samples
and the results issued summed (162%).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

AUG = date(2026, 8, 31)
SEP = date(2026, 9, 30)
OCT = date(2026, 10, 31)
NOV = date(2026, 11, 30)

STATUS = [
    # a finish dated to a day already past, then what the object holds
    ("区中心血站新址建成投入使用｜完成时限：9月底前",
     "截至10月31日：血站新址于9月20日建成并投入使用，已采血1200人次。", OCT, "completed"),
    # the date the reply speaks to before its colon, then the object said done with 已
    ("社区养老服务综合体建成运营", "截至9月30日：养老服务综合体已建成并投入运营，入住老人86名。", SEP, "completed"),
    # every unit of a coverage said to have the thing
    ("实现全区中小学校直饮水全覆盖", "全区46所中小学校已全部实现直饮水供应。", SEP, "completed"),
    # one level shared by two listed rates, one short
    ("城乡居民健康档案电子建档率、规范使用率均达到90%以上", "电子建档率93.1%，规范使用率86.4%。", AUG, "behind"),
    ("城乡居民健康档案电子建档率、规范使用率均达到90%以上", "电子建档率86.1%，规范使用率91.0%。", AUG, "behind"),
    # the last round of a count dated to a later month before the deadline
    ("全年组织全员轮训4期", "已完成轮训3期，第4期计划于12月中旬举办。", NOV, "on_track"),
    # a count reviewed and awaiting approval and publication
    ("编制地方标准2项", "2项地方标准已完成技术审定，待市场监管局批准发布。", NOV, "on_track"),
    # a round of service set for a later month before the deadline, only prepared now: not started (README rule
    # question 46, the lead's decision; mended by statusq, stop 63 — a strict xfail until then)
    ("为辖区65岁以上老人免费接种肺炎疫苗8000人", "接种工作将于10月疫苗到位后开始，目前正在落实接种点和人员准备。", AUG,
     "not_started"),
]

GUARDS = [
    # a day still to come is a plan, not the finish
    ("区中心血站新址建成投入使用｜完成时限：12月底",
     "截至10月31日：血站新址于11月20日建成并投入使用，已采血1200人次。", OCT, "on_track"),
    # a step of the works dated so is no whole done
    ("区中心血站新址建成投入使用｜完成时限：9月底前",
     "截至10月31日：血站新址主体于9月20日完工，正在装修，已采血1200人次。", OCT, "behind"),
    ("社区养老服务综合体建成运营", "截至9月30日：养老服务综合体主体已完工，正在装修。", SEP, "on_track"),
    # a part of the units, the rest installing: on pace, not done
    ("实现全区中小学校直饮水全覆盖", "全区46所中小学校中已有40所实现直饮水供应，其余6所正在安装。", SEP, "on_track"),
    # the whole denied
    ("实现全区中小学校直饮水全覆盖", "全区中小学校尚未全部实现直饮水供应，已完成40所。", SEP, "on_track"),
    # the last round dated to a month already past, to next year, or a round between unaccounted for
    ("全年组织全员轮训4期", "已完成轮训3期，第4期定于10月举办。", NOV, "behind"),
    ("全年组织全员轮训4期", "已完成轮训3期，第4期定于明年1月举办。", NOV, "behind"),
    ("全年组织全员轮训4期", "已完成轮训2期，第4期计划于12月中旬举办。", NOV, "behind"),
    # the standards approved and published: done
    ("编制地方标准2项", "2项地方标准已批准发布。", NOV, "completed"),
    # both listed rates held
    ("城乡居民健康档案电子建档率、规范使用率均达到90%以上", "电子建档率93.1%，规范使用率91.0%。", AUG, "on_track"),
    # one rate target answered by two figures of the same rate: the same-basis figure decides, as before
    ("地区生产总值增长6%", "上半年地区生产总值同比增长5.2%，扣除一次性因素同口径增长6.4%。", date(2026, 6, 30), "on_track"),
]

MISSES = [
    # samples taken in full, their testing going on: on pace, the results issued no more samples
    ("完成饮用水水质监测样品240份", "已完成监测样品采集240份，检验工作正在进行，已出具结果150份。", SEP, ("on_track",)),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), STATUS + GUARDS)
def test_status(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), MISSES)
@pytest.mark.xfail(strict=True, reason="statusb63: a known miss left for a later stop")
def test_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status in expected
