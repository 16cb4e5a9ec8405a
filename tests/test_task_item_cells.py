"""A decomposition table pasted into a report one cell a line (issue 10): numbered items of the plan (1.新建…。) each
followed by lines of their table's other cells — 牵头领导：某某某, 责任单位：…, 完成时限：…月底前 — are tasks, not headings
over those lines; the lines are no task, and the units they name are the item's lead and cooperating units
(structure.item_cells, words.toml report.item_cell_label).  Also: a bracket of units standing before an item's full
stop leaves the item its stop; a target's figure explained (7%的增速是…的目标，…) is no task, nor is the rest of its
paragraph; the sentence on how the listed works are tracked (以上重点工作由…按月调度…) is no task.

The plans below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_PLAN = """某某乡人民政府工作报告
——2026年1月18日在某某乡第十届人民代表大会第六次会议上

各位代表：

一、2025年工作回顾

2025年，全乡农村居民人均可支配收入2.1万元，增长7%。

二、2026年重点工作

{body}

各位代表，让我们团结一心，真抓实干！
"""

_CELLED = """（一）特色产业

1.新建茶叶加工厂2座，带动茶农增收。
牵头领导：某某某
责任单位：乡农业服务中心
配合单位：各村
完成时限：2026年9月底前

2.发展林下种植8000亩。
责任领导：某某某
责任单位：乡林业站、
乡财政所、乡农技站
完成时间：2026年11月底前

（二）基础设施

3.改造农村公路24公里。
牵头领导：某某某
责任单位：乡村镇建设办
完成时限：2026年10月底前

以上重点工作由乡督查办按月调度、按季通报。"""


def _tasks(tmp_path, body):
    (tmp_path / "r.txt").write_text(_PLAN.format(body=body), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def test_items_followed_by_their_cells_are_tasks(tmp_path):
    found = _tasks(tmp_path, _CELLED)
    assert [for_parsing(t.text).strip()[:8] for t in found] == ["新建茶叶加工厂2", "发展林下种植80", "改造农村公路24"]
    assert [(t.heading or t.part) for t in found] == ["特色产业", "特色产业", "基础设施"]
    assert found[0].lead == ["乡农业服务中心"] and found[0].cooperating == ["各村"]
    assert found[1].lead == ["乡林业站", "乡财政所", "乡农技站"]      # a cell carried on after its list's 、
    assert [(i.value, i.unit) for i in found[2].indicators] == [(24, "公里")]


def test_numbered_titles_over_prose_stay_headings(tmp_path):
    # guard: numbered lines over paragraphs of measures are the measures' headings, as before
    body = ("（一）特色产业\n\n1.壮大茶叶产业。\n\n新建茶叶加工厂2座，发展林下种植8000亩。\n\n2.完善基础设施。\n\n"
            "改造农村公路24公里。")
    found = _tasks(tmp_path, body)
    assert [t.heading for t in found] == ["壮大茶叶产业", "完善基础设施"]


def test_one_item_with_cells_alone_is_left_as_read(tmp_path):
    # guard: one numbered line with cells is no run of a table's items (a heading over lines, as before)
    body = "（一）特色产业\n\n1.新建茶叶加工厂2座。\n牵头领导：某某某\n责任单位：乡农业服务中心"
    assert not any(for_parsing(t.text).startswith("1.新建") for t in _tasks(tmp_path, body))


def test_a_bracket_before_the_full_stop_leaves_the_stop(tmp_path):
    body = ("（一）特色产业\n\n新建茶叶加工厂2座，带动茶农增收（责任单位：乡农业服务中心）。发展林下种植8000亩。"
            "（责任单位：乡林业站）")
    found = _tasks(tmp_path, body)
    assert [t.text for t in found] == ["新建茶叶加工厂2座，带动茶农增收。", "发展林下种植8000亩。"]
    assert [t.lead for t in found] == [["乡农业服务中心"], ["乡林业站"]]


def test_a_targets_figure_explained_is_no_task(tmp_path):
    body = ("今年全乡发展的主要预期目标是：农村居民人均可支配收入增长8%左右。\n\n8%左右的增速是一个比较积极的目标，"
            "符合全乡发展实际。特别是考虑到今年多个项目投产，必须保持较快增长。\n\n（一）特色产业\n\n新建茶叶加工厂2座。")
    assert [for_parsing(t.text).strip()[:6] for t in _tasks(tmp_path, body)] == ["新建茶叶加工"]


def test_a_sentence_opened_by_a_figure_that_explains_nothing_stays(tmp_path):
    # guard: a measure opened by its figure is a task
    body = "（一）特色产业\n\n8000亩林下种植基地要在年内全部建成，带动农户1200户。"
    assert [for_parsing(t.text).strip()[:6] for t in _tasks(tmp_path, body)] == ["8000亩林"]


# (a strict xfail until stop 51: a short sentence closed by a count is a result, structure.is_result_task)
def test_a_short_measure_with_a_count_opening_its_paragraph_is_a_task(tmp_path):
    # 新引进…5家。 is a result to check with a figure, not a run-in title over the measures after it
    body = "（一）特色产业\n\n新引进农产品加工企业5家。盘活闲置厂房3处，建成冷链仓储中心1个。"
    found = _tasks(tmp_path, body)
    assert [for_parsing(t.text).strip()[:6] for t in found] == ["新引进农产品", "盘活闲置厂房"]
    assert [(t.heading or t.part) for t in found] == ["特色产业", "特色产业"]


# (a short sentence opening a paragraph; whether it is a result to check, never a run-in title)
RESULTS = [
    ("新引进农产品加工企业5家。", True),
    ("培育市级龙头企业3家以上。", True),
    ("完成植树造林2.5万亩。", True),
    ("盘活低效用地800亩。", True),
    # guards: titles naming no count to reach
    ("引进好项目。", False),
    ("打造千亿级产业集群。", False),
    ("落实“1+N”政策体系。", False),
    ("建设5G网络。", False),
]


@pytest.mark.parametrize("title, expected", RESULTS)
def test_a_short_sentence_closed_by_a_count_is_a_result(title, expected):
    from luoshi.engine.structure import is_result_task
    assert is_result_task(title) is expected
