"""taskse's rules of stop 53 for a city's or county's special action plan (某某市2026年…行动实施方案: 一、总体要求,
二、重点任务, 三、保障措施), each in (text, expected) tables written in other words than any label:

- a part titled with a plan's safeguards (保障措施, 组织保障, …: words.toml part.safeguards) after its plan part, in a plan
  or notice with no speech to the deputies, is the government's own measures to carry the plan out, read as a conduct
  part's commitments are: each measure a task under its run-in title (parts.assign_roles).  Before any plan part, or
  in a title naming no safeguards, the part stays no part holding tasks;
- the plan's year, when no date line gives it, is the one year its title names (tasks.years._title_year), so a measure
  opened by a later year (到2030年，…) is the five years';
- the units told what to do (各县（区）、市直有关单位要…) are no task in a conduct part either, unless a government is told
  (各级政府要… stays the government's own commitment);
- a units note whose unit names hold a bracket of their own (各县（区）人民政府) is the units of the measure before it;
- a fund's metric leaves out its funder and allocating verb (县财政每年投入…资金1.2亿元: words.toml target.funder,
  target.allocate_adverb, target.allocate_verb)."""

from __future__ import annotations

import pytest

from luoshi.engine import indicators, reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_HEAD = """某某县2026年全域旅游提升行动实施方案

为推动全域旅游高质量发展，结合我县实际，制定本方案。

一、主要目标

2026年，全县接待游客突破800万人次。

二、重点任务

（一）景区提质行动。新创建国家3A级旅游景区2家。完成某某古镇游客中心改造。（牵头单位：县文旅局；责任单位：各乡（镇））

"""

_SAFEGUARD_BODY = """（一）完善推进机制。组建县全域旅游发展指挥部，每月召开一次调度会。

（二）落实用地保障。优先保障旅游重点项目新增建设用地120亩。

各乡（镇）、县直有关部门要强化协同，确保方案落地见效。
"""


def _tasks(tmp_path, text):
    (tmp_path / "p.txt").write_text(text, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "p.txt")) if t.kind == "task"]


def _starts(found):
    return [for_parsing(t.text).strip()[:6] for t in found]


@pytest.mark.parametrize("title", ["三、保障措施", "三、组织保障", "三、实施保障", "三、工作保障"])
def test_a_safeguards_part_after_the_plan_holds_the_governments_measures(tmp_path, title):
    found = _tasks(tmp_path, _HEAD + title + "\n\n" + _SAFEGUARD_BODY)
    got = {for_parsing(t.text).strip()[:6]: (t.heading or t.part) for t in found}
    assert got.get("组建县全域旅") == "完善推进机制"
    assert got.get("优先保障旅游") == "落实用地保障"
    assert not [t for t in found if "强化协同" in t.text]      # the units told, no task


@pytest.mark.parametrize("title", ["三、附则", "三、其他事项"])
def test_a_part_naming_no_safeguards_stays_without_tasks(tmp_path, title):
    found = _tasks(tmp_path, _HEAD + title + "\n\n" + _SAFEGUARD_BODY)
    assert _starts(found) == ["新创建国家3", "完成某某古镇"]


def test_a_safeguards_part_before_any_plan_part_is_left_as_it_reads(tmp_path):
    text = ("某某县2026年全域旅游提升行动实施方案\n\n一、保障措施\n\n" + _SAFEGUARD_BODY
            + "\n二、重点任务\n\n（一）景区提质行动。新创建国家3A级旅游景区2家。\n")
    assert "组建县全域旅" not in _starts(_tasks(tmp_path, text))


@pytest.mark.parametrize(("later", "five_year"), [("到2030年，全县旅游总收入达到120亿元。", True),
                                                   ("到2026年底，全县旅游总收入达到90亿元。", False)])
def test_the_plans_year_is_its_titles_when_no_date_line_gives_it(tmp_path, later, five_year):
    text = _HEAD.replace("完成某某古镇游客中心改造。", "完成某某古镇游客中心改造。" + later)
    found = [t for t in _tasks(tmp_path, text) if t.text.startswith("到20")]
    assert [t.five_year for t in found] == [five_year]


def test_a_conduct_parts_government_told_stays_a_task_beside_units_told(tmp_path):
    text = _HEAD + "三、保障措施\n\n（一）完善推进机制。各级政府要把全域旅游摆上重要议程，主要负责同志亲自抓。\n"
    assert "各级政府要把" in _starts(_tasks(tmp_path, text))


@pytest.mark.parametrize(("note", "lead"), [
    ("（牵头单位：县文旅局；责任单位：各乡（镇））", ["县文旅局"]),
    ("（牵头单位：市（州）文旅部门；配合单位：县交通局）", ["市(州)文旅部门"]),
])
def test_a_units_note_whose_names_hold_a_bracket_is_the_measures_units(tmp_path, note, lead):
    text = _HEAD.replace("（牵头单位：县文旅局；责任单位：各乡（镇））", note)
    found = _tasks(tmp_path, text)
    assert not [t for t in found if "牵头单位" in t.text]
    assert [for_parsing(n) for n in found[-1].lead] == lead


@pytest.mark.parametrize(("text", "expected"), [
    ("县财政每年投入乡村振兴衔接资金1.2亿元。", ("乡村振兴衔接资金", 1.2, "亿元")),
    ("省级财政统筹安排文旅发展奖补资金3000万元。", ("文旅发展奖补资金", 3000.0, "万元")),
    ("市财政列支智慧旅游建设经费500万元。", ("智慧旅游建设经费", 500.0, "万元")),
    # guards: a fiscal metric itself, and no funder before the verb
    ("一般公共预算收入中财政收入增长5%。", ("一般公共预算收入中财政收入", 5.0, "%")),
    ("全年争取上级资金2亿元。", ("争取上级资金", 2.0, "亿元")),
])
def test_a_funds_metric_leaves_out_its_funder_and_allocating_verb(text, expected):
    found = [(i.metric, i.value, i.unit) for i in indicators.parse(text)[0]]
    assert found[:1] == [expected]
