"""A department's year-end summary and plan (taskse, stop 51, from the misses of t53's held-out run; every case here in
other words than any label row):

* its parts are titled as a bureau writes them, not as a government's report is: 一、2025年工作完成情况 (or 工作开展情况,
  a plan's 执行情况) reviews the year, 三、2026年工作计划 (or 工作打算) plans the next (words.toml part.review,
  part.plan) — so a text with no address and no date line still has a plan part, and its numbered items are tasks;
* after each item, a sentence of its own naming who does it and by when, in prose (由局某某科牵头，…配合，9月底前完成。;
  由…负责实施，…督促指导，…; 由…牵头，分年度组织推进。) is no task: its units are the item's Task.lead and
  Task.cooperating (tasks.report._units_sentence; words.toml task.units_sentence_lead, task.units_sentence_role,
  task.units_sentence_pace) — a clause with a measure or a figure other than a date keeps it a task;
* with no date line, the year planned is the one the plan part's title names (三、2026年工作计划), so an item opened by a
  later year (到2030年，…) is a goal of several years (tasks.years._plan_title_year);
* a count's place after 在 before the verb of work (在…服务区和物流园区新建…服务站4个) is no part of the thing counted
  (indicators.counted_thing, words.toml target.place_end), and rounds (全员轮训2轮, 检查3轮次) are a count's unit.
"""

from __future__ import annotations

import pytest

from luoshi.engine import indicators, parts, reader, tasks
from luoshi.engine.tasks.report import _units_sentence
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

TITLES = [
    ("2026年工作计划", "plan"),
    ("2026年工作打算", "plan"),
    ("下一步工作计划", "plan"),
    ("2025年工作完成情况", "review"),
    ("2025年主要工作开展情况", "review"),
    ("2025年工作计划执行情况", "review"),     # the plan's execution looks back, though it names the plan
    # guards: as before
    ("存在的问题", "problems"),
    ("2026年重点工作", "plan"),
    ("农村供水保障持续加强", ""),
]


@pytest.mark.parametrize(("title", "role"), TITLES)
def test_a_bureau_part_title_says_its_role(title, role):
    assert parts.title_role(title) == role


UNITS_SENTENCES = [
    ("由县住建局牵头，各乡镇配合，9月底前完成。", ("县住建局", ["各乡镇"])),
    ("由局办公室负责，年底前完成。", ("局办公室", [])),
    ("由县水务局牵头，分阶段组织实施。", ("县水务局", [])),
    ("由市城投公司负责实施，县住建局督促指导，11月底前完成主体工程。", ("市城投公司", ["县住建局"])),
    ("由局法规科、县执法大队共同负责，全年持续推进。", ("局法规科、县执法大队", [])),
    ("由县农业农村局牵头，各养殖企业落实主体责任，长期坚持。", ("县农业农村局", ["各养殖企业"])),
    # guards: a measure or a figure other than a date keeps the sentence a task, and 由于 is no unit's lead
    ("由县住建局牵头，完成老旧小区改造30个。", None),
    ("由县财政安排资金2000万元，10月底前完成。", None),
    ("由县政府统一组织，各乡镇抓好落实。", None),
    ("由于资金紧张，部分项目进度滞后。", None),
]


@pytest.mark.parametrize(("text", "expected"), UNITS_SENTENCES)
def test_a_sentence_of_units_and_deadline(text, expected):
    assert _units_sentence(for_parsing(text).strip()) == expected


PLACES = [
    ("在各乡镇新建村级养老服务站", "新建村级养老服务站"),
    ("在城区主干道沿线新增停车泊位", "新增停车泊位"),
    ("在全县范围内建设充电桩", "建设充电桩"),
    # guards: 在 opening a word, no place
    ("在建重点项目", "在建重点项目"),
    ("在线办理事项", "在线办理事项"),
]


@pytest.mark.parametrize(("metric", "thing"), PLACES)
def test_the_place_built_in_is_no_part_of_the_thing_counted(metric, thing):
    assert indicators.counted_thing(metric, count=True) == thing


ROUNDS = [
    ("开展全员轮训3轮。", [("开展全员轮训", 3.0, "轮")]),
    ("组织安全检查2轮次。", [("组织安全检查", 2.0, "轮次")]),
    # guards: an ordinal or a new round is no count
    ("开展新一轮找矿行动。", []),
    ("完成第二轮土地承包到期后再延长30年试点。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUNDS)
def test_rounds_are_counted(text, expected):
    assert [(i.metric, i.value, i.unit) for i in indicators.parse(text)[0]] == expected


_BUREAU = """某某县商务局2025年工作总结和2026年工作打算

一、2025年工作开展情况

全年实现社会消费品零售总额86亿元，增长5.2%。

二、{plan}

（一）提振消费

1.举办汽车家电促销活动6场。由局市场运行股牵头，各乡镇配合，9月底前完成。

2.到2030年，全县社会消费品零售总额突破120亿元。由局综合股负责，分年度组织推进。
"""


def _read(tmp_path, plan):
    (tmp_path / "r.txt").write_text(_BUREAU.format(plan=plan), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def test_a_bureau_plan_with_no_date_line_reads_its_items_units_and_years(tmp_path):
    found = _read(tmp_path, "2026年工作打算")
    assert [(for_parsing(t.text)[:6], t.heading or t.part, t.lead, t.cooperating, t.five_year) for t in found] == [
        ("举办汽车家电", "提振消费", ["局市场运行股"], ["各乡镇"], False),
        ("到2030年", "提振消费", ["局综合股"], [], True)]


def test_a_plan_part_naming_no_year_marks_no_later_year(tmp_path):
    # guard: no date line and a plan title with no year — the year planned is not known, nothing is marked
    found = _read(tmp_path, "下一步工作打算")
    assert [t.five_year for t in found] == [False, False]
