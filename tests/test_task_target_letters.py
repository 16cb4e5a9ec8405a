"""A target responsibility letter's table (目标责任书, issue 10; t55): a spreadsheet's rows pasted one to a line, cells split
by tabs, under a header naming its category column (考核类别, 考核项目, 指标类别 …: words of headers.toml's section).  The
category cell merged over its rows is written on the first and left empty after (the line opens on a tab): each row
keeps the category above as its group (Task.part: the 板块 the import makes, as a progress table's section), without its
share of the score in brackets (（30分）, （一票否决）) or a number before it (一、).  The score and scoring-standard cells
(每少1家扣2分) are no task and no indicator.  A row opened by a later year than the one the letter sets out (到2028年，… in
a 2025年度 letter) is a goal of several years (Task.five_year; the year from the date line, else the title:
tasks.years.mark_table_five_year).

The letters below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.tasks.table_rows import _parse
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_LETTER = """某某区{year}年度街道目标责任书

为推动全区{year}年各项工作落实，区人民政府与某某街道办事处签订本责任书。

一、年度目标任务

{header}
{rows}

二、考核办法

年底由区考核办组织考核，街道应于每月5日前报送上月进展。

区人民政府（盖章）	某某街道办事处（盖章）
"""

_HEADER = "考核类别\t序号\t考核内容\t分值\t考核标准"
_ROWS = ("一、产业发展（30分）\t1\t新引进亿元以上项目3个。\t10\t每少1个扣3分。\n"
         "\t2\t新增市场主体500户。\t10\t按完成比例计分，最高不超过10分。\n"
         "\t3\t到2028年，辖区楼宇经济税收达到5亿元。\t10\t按年度进度计分。\n"
         "城市管理（20分）\t4\t完成老旧小区改造12个。\t12\t年底前未完工的每个扣1分。\n"
         "\t5\t推进垃圾分类，居民小区覆盖率达到100%。\t8\t抽查不合格的每次扣0.5分。\n"
         "平安建设（一票否决）\t6\t确保不发生重大群体性事件。\t一票否决\t发生的实行一票否决。")


def _tasks(tmp_path, rows=_ROWS, header=_HEADER, year=2025):
    (tmp_path / "r.txt").write_text(_LETTER.format(year=year, header=header, rows=rows), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def test_merged_category_cells_left_empty_keep_the_group_above(tmp_path):
    found = _tasks(tmp_path)
    assert [for_parsing(t.text)[:6] for t in found] == ["新引进亿元以", "新增市场主体", "到2028年", "完成老旧小区",
                                                       "推进垃圾分类", "确保不发生重"]
    assert [t.part for t in found] == ["产业发展"] * 3 + ["城市管理"] * 2 + ["平安建设"]


def test_score_and_standard_cells_are_no_task_and_no_indicator(tmp_path):
    found = _tasks(tmp_path)
    assert len(found) == 6
    assert [[(i.value, i.unit) for i in t.indicators] for t in found[:2]] == [[(3, "个")], [(500, "户")]]
    assert found[0].indicators[0].metric.endswith("亿元以上项目") and found[1].indicators[0].metric.endswith("市场主体")
    assert [[i.value for i in t.indicators] for t in found[3:]] == [[12], [100], [0]]
    assert all("扣" not in t.text and "计分" not in t.text for t in found)


def test_a_later_year_opening_a_row_marks_it_the_plan_years(tmp_path):
    found = _tasks(tmp_path)
    assert [t.five_year for t in found] == [False, False, True, False, False, False]
    # (the letter's own year opening a row is the year's)
    same = _tasks(tmp_path, rows=_ROWS.replace("到2028年", "到2025年底"))
    assert [t.five_year for t in same] == [False] * 6


# (a category cell as written → the group its rows show)
GROUPS = [
    ("经济发展（35分）", "经济发展"),
    ("（二）社会事业(20分)", "社会事业"),
    ("3.生态环保（12.5分）", "生态环保"),
    ("安全生产（否决项）", "安全生产"),
    # guards: a bracket that is part of the name, a name with no bracket
    ("招商引资（含外资）", "招商引资(含外资)"),
    ("乡村振兴", "乡村振兴"),
]


@pytest.mark.parametrize(("cell", "group"), GROUPS)
def test_a_category_cell_gives_its_name(tmp_path, cell, group):
    rows = f"{cell}\t1\t新建口袋公园4个。\t10\t每少1个扣2分。\n\t2\t新增停车泊位800个。\t10\t按比例计分。"
    found = _tasks(tmp_path, rows=rows)
    assert [t.part for t in found] == [group, group]


@pytest.mark.parametrize("header", ["考核项目\t序号\t目标任务\t分值\t评分标准", "指标类别\t序号\t工作任务\t分值\t考核标准"])
def test_other_headers_of_the_category_column(tmp_path, header):
    found = _tasks(tmp_path, header=header)
    assert [t.part for t in found] == ["产业发展"] * 3 + ["城市管理"] * 2 + ["平安建设"]


def test_a_table_with_no_category_column_gives_no_group(tmp_path):
    rows = "1\t新建口袋公园4个。\t区城管局\t2025年10月底前\n2\t新增停车泊位800个。\t区住建局\t2025年12月底前"
    found = _tasks(tmp_path, rows=rows, header="序号\t工作任务\t牵头单位\t完成时限")
    assert [for_parsing(t.text)[:6] for t in found] == ["新建口袋公园", "新增停车泊位"]
    assert [t.part for t in found] == ["", ""]


# (an amount's clause → the metric the tasks' reading shows): a works programme's length or area measures the things it
# works on (indicators.programme_thing, words.toml target.programme_works; t53's 实施…提质改造工程N公里 in other words)
PROGRAMMES = [
    ("实施城乡供水管网更新改造工程18公里。", "城乡供水管网"),
    ("实施背街小巷提档升级工程6.5公里。", "背街小巷"),
    ("实施低效林改造提升工程3000亩。", "低效林"),
    ("实施中心城区道路综合整治行动12万平方米。", "中心城区道路"),
    # guards: no thing named, a work of building (the programme is the thing), money, a count of programmes
    ("实施提质改造工程30公里。", "实施提质改造工程"),
    ("实施国土绿化工程2万亩。", "实施国土绿化工程"),
    ("实施乡村道路提质改造工程投资2亿元。", "实施乡村道路提质改造工程投资"),
    ("实施老旧厂区改造提升工程5个。", "实施老旧厂区改造提升工程"),
]


@pytest.mark.parametrize(("text", "metric"), PROGRAMMES)
def test_a_works_programme_measures_the_things_it_works_on(text, metric):
    assert [i.metric for i in _parse(text)[0]] == [metric]
