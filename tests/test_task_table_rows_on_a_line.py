"""A decomposition table pasted into a plan one row to a line, its cells split by tabs (issue 10; t54): the row's number
cell opening the line (3\\t…) is no part of its task or title; its task cell's run-in title closed by a full stop
(壮大特色产业。（1）…（2）…) is the sub-items' group, each bracketed sub-item a task with no number; the cells after the
task cell on the same line — lead unit, responsible units, deadline (县农业农村局\\t各乡（镇）人民政府\\t2026年9月底前) — are no
task, their units the row's tasks' lead and cooperating units (tasks.report._row_cells, words.toml report.row_deadline).
A unit covering several levels in brackets (各县（市、区）政府) is one name, not a list (orgs.Registry.split_list).

The plans below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.orgs import Registry
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_PLAN = """某某县2026年政府工作报告重点工作分解

为抓好县政府工作报告的落实，现将2026年重点工作分解如下：

序号\t工作任务\t牵头单位\t配合单位\t完成时限
一、做强县域经济
{body}

各牵头单位要每月报送工作进展。
"""

_ROWS = ("1\t壮大特色产业。（1）新建茶叶加工厂3座。（2）发展林下种植6000亩。\t县农业农村局\t县林业局、各乡（镇）人民政府\t2026年10月底前\n"
         "2\t推进工业园区扩容，新建标准厂房8万平方米。\t县工业园区管委会\t县自然资源局\t2026年12月底前\n"
         "二、办好民生实事\n"
         "3\t城镇新增就业2200人，开展技能培训3000人次。\t县人力资源社会保障局\t各乡（镇）人民政府\t长期坚持")


def _tasks(tmp_path, body):
    (tmp_path / "r.txt").write_text(_PLAN.format(body=body), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def test_rows_on_a_line_give_their_tasks_groups_and_units(tmp_path):
    found = _tasks(tmp_path, _ROWS)
    assert [for_parsing(t.text).strip()[:8] for t in found] == ["新建茶叶加工厂3", "发展林下种植60", "推进工业园区扩容",
                                                               "城镇新增就业22"]
    assert [(t.heading or t.part) for t in found] == ["壮大特色产业", "壮大特色产业", "做强县域经济", "办好民生实事"]
    assert found[0].lead == ["县农业农村局"] and found[1].lead == ["县农业农村局"]     # the row's units, each sub-item's
    assert found[0].cooperating[-1] == "各乡(镇)人民政府"
    assert found[3].lead == ["县人力资源社会保障局"]
    assert [i.metric for i in found[3].indicators][0] == "城镇新增就业"                # the row's number no part of it


# (a row's cells after its task cell; whether they are read as the row's cells)
CELLS = [
    ("县教育局\t县财政局\t2026年8月底前", True),
    ("县应急管理局\t各乡（镇）人民政府\t长期坚持", True),
    ("县民政局\t2026年12月底前", True),
    # guards: prose with a tab (a name and its figure, a sentence), dates alone, one cell
    ("地区生产总值\t增长6.5%", False),
    ("新建村级养老服务站5个，\t改造敬老院2所", False),
    ("2026年6月底前\t2026年12月底前", False),
    ("县教育局", False),
]


@pytest.mark.parametrize("text, expected", CELLS)
def test_which_lines_are_a_rows_cells(text, expected):
    from luoshi.engine.tasks.report import _row_cells
    assert _row_cells(for_parsing(text), Registry.default()) is expected


def test_a_sentence_with_a_tab_and_a_clause_stays_a_task(tmp_path):
    # guard: a row whose task cell is the only cell (no units after it) is still a task, its number cut
    found = _tasks(tmp_path, "4\t完善农村供水设施，新建集中供水工程2处。")
    assert [for_parsing(t.text).strip()[:8] for t in found] == ["完善农村供水设施"]


# (a sentence in mid-paragraph after a full stop; the task's first words)
SUB_ITEMS = [
    ("（一）乡村建设\n\n改善人居环境。（1）改造农村户厕500户。（2）新建污水处理站3座。", ["改造农村户厕50", "新建污水处理站3"]),
    # guard: a figure opening a sentence after a full stop keeps it (no bracket, no item number)
    ("（一）乡村建设\n\n改造农村户厕500户。2.5万亩撂荒地全部复耕。", ["改造农村户厕50", "2.5万亩撂荒地"]),
]


@pytest.mark.parametrize("body, starts", SUB_ITEMS)
def test_bracketed_sub_items_after_a_full_stop_lose_their_number(tmp_path, body, starts):
    text = ("某某县人民政府工作报告\n\n各位代表：\n\n一、2025年工作回顾\n\n全县地区生产总值增长6%。\n\n"
            f"二、2026年工作安排\n\n{body}\n\n各位代表，让我们团结奋斗！\n")
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]
    assert [for_parsing(t.text).strip()[:8] for t in found] == starts


# (a cell of units; the names it holds)
UNIT_CELLS = [
    ("各县（市、区）政府", ["各县(市、区)政府"]),
    ("市教育局、各县（市、区）人民政府", ["市教育局", "各县(市、区)人民政府"]),
    ("县林业局、各乡（镇）人民政府", ["县林业局", "各乡(镇)人民政府"]),
    # guard: a list after a bracket closed still splits
    ("区委统战部（区民宗局）、区财政局", ["区委统战部(区民宗局)", "区财政局"]),
]


@pytest.mark.parametrize("cell, names", UNIT_CELLS)
def test_a_unit_covering_levels_in_brackets_is_one_name(cell, names):
    assert Registry.default().split_list(cell) == names
