"""Pipe tables whose cells hold a bar of their own (issue 11): a pasted page's task cell written
一、某某指标｜1.某某收入… or A|B类 keeps its bar as text where the row would otherwise have more cells
than the header, and the header's way of writing its bars (ASCII, spaced) says which bars are the table's."""

import pytest

from luoshi.engine.tables import pipe

pytestmark = pytest.mark.engine


def rows(text, registry):
    (table,) = pipe.find(text, registry)
    return table.rows


def test_a_full_width_bar_inside_a_task_cell_is_text(registry):
    text = ("| 序号 | 工作任务 | 进展情况 |\n| --- | --- | --- |\n"
            "| 1 | 一、某某指标｜1.某某收入：全年实现某某收入12亿元 | 1-9月实现某某收入9.5亿元 |\n"
            "| 2 | 二、某某项目｜2.完成某某投资30亿元 | 已完成某某投资18亿元 |\n")
    got = rows(text, registry)
    assert [r.values["seq"] for r in got] == ["1", "2"]
    assert got[0].values["task"] == "一、某某指标｜1.某某收入：全年实现某某收入12亿元"
    assert got[0].values["progress"] == "1-9月实现某某收入9.5亿元"
    assert got[1].values["task"] == "二、某某项目｜2.完成某某投资30亿元"
    assert got[1].values["progress"] == "已完成某某投资18亿元"


def test_a_tight_ascii_bar_inside_a_cell_is_text_under_a_spaced_header(registry):
    text = ("序号 | 工作任务 | 进展情况\n"
            "1 | 某某园区|某某片区道路建设 | 已完成路基施工\n")
    (row,) = rows(text, registry)
    assert row.values["task"] == "某某园区|某某片区道路建设"
    assert row.values["progress"] == "已完成路基施工"


def test_a_full_width_bar_inside_a_progress_cell_is_text_too(registry):
    text = ("| 序号 | 工作任务 | 进展情况 |\n"
            "| 1 | 某某街道老旧小区改造 | 已完成8个小区｜余下2个在建 |\n")
    (row,) = rows(text, registry)
    assert row.values["task"] == "某某街道老旧小区改造"
    assert row.values["progress"] == "已完成8个小区｜余下2个在建"


def test_a_table_written_all_in_full_width_bars_splits_at_them(registry):
    text = ("｜序号｜工作任务｜进展情况｜\n"
            "｜1｜某某县完成造林5000亩｜已完成造林3200亩｜\n")
    (row,) = rows(text, registry)
    assert row.values["task"] == "某某县完成造林5000亩"
    assert row.values["progress"] == "已完成造林3200亩"


def test_a_row_written_all_in_tight_bars_keeps_them(registry):
    """A row whose bars are all written unlike a spaced header's is no cell's text: its bars stay separators
    (a surplus cell is the columns' repair, as before)."""
    text = ("| 序号 | 工作任务 | 进展情况 |\n"
            "|1|某某镇新建公厕12座|已建成7座|\n")
    (row,) = rows(text, registry)
    assert row.values["seq"] == "1"
    assert row.values["task"] == "某某镇新建公厕12座"
    assert row.values["progress"] == "已建成7座"
