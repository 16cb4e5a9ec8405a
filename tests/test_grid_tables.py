"""Grids (merged cells already expanded) → tables with typed columns."""
from __future__ import annotations

import pytest

from luoshi.engine.tables.grid import tables_from_grids

pytestmark = pytest.mark.engine

HEAD = ["序号", "任务名称", "指标要求", "牵头部门", "配合部门"]


def one(grid, title=""):
    tables = tables_from_grids([grid], [title], None)
    assert len(tables) == 1
    return tables[0]


def test_simple_header_and_rows():
    t = one([HEAD, ["1", "新增城镇就业", "11000人", "区人力社保局", "各街道"]], "分解表")
    assert t.layout == "grid" and t.start is None and t.end is None
    assert t.title == "分解表"
    assert t.columns == ["seq", "task", "indicator", "lead", "cooperating"]
    assert t.header == HEAD
    assert t.rows[0].values == {"seq": "1", "task": "新增城镇就业", "indicator": "11000人",
                                "lead": "区人力社保局", "cooperating": "各街道"}


def test_title_rows_above_header_win_over_given_title():
    t = one([["2019年目标任务分解表"] * 5, ["", "", "", "", "填报日期：2019年3月"], HEAD,
             ["1", "a", "b", "c", "d"]], "附件1")
    assert t.title == "2019年目标任务分解表 填报日期：2019年3月"
    assert len(t.rows) == 1


def test_empty_rows_and_columns_dropped_and_cells_stripped():
    t = one([["", "", ""], ["序号", "", " 项目内容 ", "责任单位"], ["", "", "", ""],
             ["1", "", " 建设养老中心\n", "区民政局"]])
    assert t.columns == ["seq", "task", "units"]
    assert [r.values for r in t.rows] == [{"seq": "1", "task": "建设养老中心", "units": "区民政局"}]


def test_repeated_header_rows_dropped():
    t = one([HEAD, ["1", "a", "", "x", ""], ["序 号", "任务名称", "指标要求", "牵头部门", "配合部门"],
             ["2", "b", "", "y", ""]])
    assert [r.get("seq") for r in t.rows] == ["1", "2"]


def test_section_rows_fill_section_columns():
    t = one([HEAD, ["一、经济发展"] * 5, ["1", "a", "", "x", ""], ["2", "b", "", "y", ""],
             ["（二）社会事业", "", "", "", ""], ["3", "c", "", "z", ""]])
    assert t.columns[:2] == ["section", "section_title"]
    assert [(r.get("section"), r.get("section_title")) for r in t.rows] == [
        ("一、", "经济发展"), ("一、", "经济发展"), ("（二）", "社会事业")]


def test_section_without_number_and_numeric_lone_value_is_data():
    t = one([HEAD, ["民生实事项目"] * 5, ["7", "", "", "", ""]])
    assert len(t.rows) == 1 and t.rows[0].get("seq") == "7"
    assert t.rows[0].get("section") == "" and t.rows[0].get("section_title") == "民生实事项目"


def test_table_own_section_column_not_overwritten():
    t = one([["类别", "项目内容", "责任单位"], ["一、城市建设"] * 3, ["交通", "修路", "区建设局"]])
    assert t.rows[0].get("section") == "交通"
    assert t.rows[0].get("section_title") == "城市建设"
    assert t.columns.count("section") == 1


def test_lone_value_in_data_column_is_not_a_section():
    t = one([HEAD, ["", "", "", "区住建局", ""]])
    assert t.rows[0].get("lead") == "区住建局"
    assert "section" not in t.columns


def test_notes_kept_out_of_rows():
    t = one([HEAD, ["1", "a", "", "x", ""], ["注：A类为约束性指标。"] * 5])
    assert t.notes == ["注：A类为约束性指标。"]
    assert len(t.rows) == 1


def test_two_row_header_merged_top():
    # 责任单位 merged over 牵头|配合; the others merged down (expanded: repeated).
    t = one([["序号", "工作任务", "责任单位", "责任单位", "完成情况", "完成情况"],
             ["序号", "工作任务", "牵头", "配合", "1-3月", "4-6月"],
             ["1", "修路", "区建设局", "各街道", "开工", "完成50%"]])
    assert t.columns == ["seq", "task", "lead", "cooperating", "progress", "progress_2"]
    assert t.header == ["序号", "工作任务", "责任单位/牵头", "责任单位/配合", "完成情况/1-3月", "完成情况/4-6月"]
    assert t.rows[0].values["progress_2"] == "完成50%"


def test_two_row_header_without_expansion_csv_style():
    t = one([["序号", "工作任务", "责任单位", "", "备注"],
             ["", "", "牵头单位", "配合单位", ""],
             ["1", "修路", "区建设局", "各街道", ""]])
    assert t.columns == ["seq", "task", "lead", "cooperating", "remark"]
    assert t.rows[0].get("cooperating") == "各街道"


def test_header_merged_across_two_data_columns_is_one_row_header():
    t = one([["序号", "任务", "牵头部门", "牵头部门"], ["1", "修路", "区建设局", "区交通局"]])
    assert t.columns == ["seq", "task", "lead", "lead_2"]
    assert t.rows[0].values == {"seq": "1", "task": "修路", "lead": "区建设局", "lead_2": "区交通局"}


def test_vertically_merged_task_repeats_per_row():
    t = one([HEAD, ["1", "老旧小区改造", "30个", "区住建局", ""], ["2", "老旧小区改造", "电梯20台", "区住建局", ""]])
    assert [r.get("task") for r in t.rows] == ["老旧小区改造"] * 2


def test_no_header_no_table_unless_it_continues_previous():
    assert tables_from_grids([[["甲", "乙"], ["丙", "丁"]]], ["x"], None) == []
    first = [HEAD, ["一、经济发展"] * 5, ["1", "a", "", "x", ""]]
    continued = [["2", "b", "", "y", ""]]
    other_width = [["3", "c"]]
    [t] = tables_from_grids([first, continued, other_width], ["表", "", ""], None)
    assert [r.get("seq") for r in t.rows] == ["1", "2"]
    assert t.rows[1].get("section_title") == "经济发展"


def test_several_grids_and_missing_titles():
    tables = tables_from_grids([[HEAD, ["1", "a", "", "x", ""]], [["获奖单位", "荣誉称号"], ["区财政局", "先进"]], []],
                               ["分解表"], None)
    assert [t.title for t in tables] == ["分解表", ""]
    assert tables[1].columns == ["unit_name", "honour"]


def test_ragged_grid():
    t = one([["序号", "项目内容", "责任单位"], ["1", "修路"], ["2", "建桥", "区建设局", "多余"]])
    assert t.rows[0].values == {"seq": "1", "task": "修路", "units": "", "col_4": ""}
    assert t.rows[1].get("col_4") == "多余"
