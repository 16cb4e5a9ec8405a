"""Whole progress pages read by the document path (bench/status_docpath.py, stop 62): numbered pages the reader
refused or cut at the wrong colon.

* A page of numbered progress rows whose tasks quote the work report as their source (根据《政府工作报告》…,
  政府工作报告确定的…) was taken for the work report itself (kinds.detect counts the report's name) and refused.
  Where every report word stands inside the page's numbered rows, the page is a bulletin on the report; a title,
  an address to the deputies or prose naming the report outside the rows still make it the report.
* ``1、task：measure：progress`` — the task's measure (a figure with its unit) or list of items (、, ①…；②…) between
  two colons, the progress reporting on the same items after the second: the line was cut at its first colon and the
  measure taken for progress.  A short target with a target word (年内建成投产) is the task's too, as a longer one was.
* ``1、年度目标任务：measure：progress`` — a line opening with the task column's own label: the whole line was taken
  for the task and the row's progress came out empty.

The page texts are written for these tests (某某 names), in other words than any labelled set."""

from __future__ import annotations

import pytest

from luoshi.engine import kinds, numbered

pytestmark = pytest.mark.engine


def _rows(text: str) -> list[tuple[str, str]]:
    table = numbered.numbered_table(text)
    assert table is not None
    return [(r.get("task"), r.get("progress")) for r in table.rows]


QUOTING_PAGES = [
    "1、根据今年《政府工作报告》，全年新建保障性住房1.2万套：1-9月已开工1.1万套，完成年度任务的92%。\n"
    "2、政府工作报告确定的新增城镇就业3万人：截至9月底新增城镇就业2.6万人。\n",
    "1、某某区政府工作报告提出，改造老旧管网80公里\n已完成改造65公里，其余正在施工。\n"
    "2、新建口袋公园12个\n已建成9个，3个正在进行绿化种植。\n",
]


@pytest.mark.parametrize("text", QUOTING_PAGES)
def test_rows_quoting_the_work_report_are_a_page_on_it(text):
    assert kinds.detect(text, [], []) == "work_report"       # the name alone makes it the report
    table = numbered.page_table(text, [], "work_report")
    assert table is not None and len(table.rows) == 2


NOT_A_PAGE_ON_IT = [
    # the report's own title above the rows
    "某某县2024年政府工作报告\n1、新建保障性住房1.2万套：1-9月已开工1.1万套，完成年度任务的92%。\n"
    "2、新增城镇就业3万人：截至9月底新增城镇就业2.6万人。\n",
    # its address to the deputies, and the report named in prose outside the rows
    "各位代表：\n现在，我代表市人民政府向大会报告工作。\n1、新建保障性住房1.2万套：1-9月已开工1.1万套。\n"
    "2、新增城镇就业3万人：截至9月底新增城镇就业2.6万人。\n",
    "本政府工作报告所列任务如下。\n1、新建保障性住房1.2万套：1-9月已开工1.1万套。\n"
    "2、新增城镇就业3万人：截至9月底新增城镇就业2.6万人。\n",
    # a report's numbered measures quoting it: plans, no progress (numbered's own guards)
    "1、落实政府工作报告部署，将新建保障性住房1.2万套：力争年底前全部开工。\n"
    "2、按照政府工作报告要求，将新增城镇就业3万人：确保完成省下达任务。\n",
]


@pytest.mark.parametrize("text", NOT_A_PAGE_ON_IT)
def test_the_report_itself_is_no_page_on_it(text):
    assert numbered.page_table(text, [], "work_report") is None


MEASURE_BETWEEN_COLONS = [
    ("1、某某污水处理厂扩建：新增处理能力2万吨：扩建工程已通水试运行，新增处理能力2万吨。\n"
     "2、农村公路提质：县道12公里、乡道30公里：县道完成铺设12公里，乡道完成26公里。\n",
     [("某某污水处理厂扩建：新增处理能力2万吨", "扩建工程已通水试运行，新增处理能力2万吨。"),
      ("农村公路提质：县道12公里、乡道30公里", "县道完成铺设12公里，乡道完成26公里。")]),
    ("1、实施河道综合整治：①东沙河；②西沙河；③南渠：①东沙河整治已完工；②西沙河完成80%；③南渠正在清淤。\n"
     "2、新能源公交推广：年内投放运营：已投放新能源公交车120辆并投入运营。\n",
     [("实施河道综合整治：①东沙河；②西沙河；③南渠", "①东沙河整治已完工；②西沙河完成80%；③南渠正在清淤。"),
      ("新能源公交推广：年内投放运营", "已投放新能源公交车120辆并投入运营。")]),
]


@pytest.mark.parametrize(("text", "rows"), MEASURE_BETWEEN_COLONS)
def test_the_tasks_measure_between_two_colons_stays_in_the_task(text, rows):
    assert _rows(text) == rows


MEASURE_GUARDS = [
    # a breakdown closing the segment (…，其中：…): the progress opened at the first colon
    ("1、完成植树造林任务：植树3万株，其中：新栽乔木2万株，补植灌木1万株。\n",
     ("完成植树造林任务", "植树3万株，其中：新栽乔木2万株，补植灌木1万株。")),
    # the segment's names not reported on after the next colon: it may be progress itself
    ("1、某某产业园建设：入驻企业15家：园区道路和管网已完工。\n",
     ("某某产业园建设", "入驻企业15家：园区道路和管网已完工。")),
    # the segment reports work itself
    ("1、推进某某小区改造：已改造小区12个：剩余3个正在施工。\n",
     ("推进某某小区改造", "已改造小区12个：剩余3个正在施工。")),
    # the text after the second colon reports no work
    ("1、某某学校建设：新增学位1800个：其中新增学位1200个为小学学位。\n",
     ("某某学校建设", "新增学位1800个：其中新增学位1200个为小学学位。")),
]


@pytest.mark.parametrize(("text", "row"), MEASURE_GUARDS)
def test_what_is_no_measure_between_two_colons(text, row):
    assert _rows(text)[0] == row


def test_a_line_opening_with_the_tasks_label():
    text = ("1、年度目标任务：新增城镇就业8000人：截至9月底新增就业7300人，完成91%。\n"
            "2、年度目标任务：城镇调查失业率5.5%以内：9月末城镇调查失业率5.1%。\n"
            "3、工作任务：新建标准化厂房20万平方米：已建成15万平方米。\n")
    assert _rows(text) == [
        ("年度目标任务：新增城镇就业8000人", "截至9月底新增就业7300人，完成91%。"),
        ("年度目标任务：城镇调查失业率5.5%以内", "9月末城镇调查失业率5.1%。"),
        ("工作任务：新建标准化厂房20万平方米", "已建成15万平方米。")]


@pytest.mark.parametrize(("body", "expected"), [
    ("年度目标任务：新增城镇就业8000人：截至9月底新增就业7300人", True),
    ("责任单位：某某局：已完成招标", False),                 # a unit's label: no task
    ("目标任务：完成造林1万亩，其中人工造林6000亩：已完成8000亩", False),   # the value holds a clause
    ("年度目标：新增就业8000人：", False),                    # nothing after the second colon
    ("新增城镇就业8000人：截至9月底新增就业7300人：完成91%", False),  # no label opening the line
])
def test_what_opens_a_line_with_the_tasks_label(body, expected):
    colons = [i for i, ch in enumerate(body) if ch in "：:"]
    assert numbered._task_label(body, colons) is expected


# A tab-separated progress table whose progress cell holds line breaks (a Word or Excel cell of three paragraphs
# pasted as text): the lines with no tab carried on the cell only when the table's rows go on below them; the
# table ended there and every row after was lost.
TAB_CELL_LINES = ("序号\t工作任务\t进展情况\n"
                  "1\t某某大道快速化改造\t主线高架完成桩基施工85%；\n匝道完成设计批复；\n1-8月完成投资4.2亿元。\n"
                  "2\t某某片区雨污分流\t完成管网铺设26公里，占年度任务的81%。\n"
                  "3\t某某体育中心建设\t主体结构封顶。\n场馆幕墙开始安装。\n")


def test_a_tab_tables_cell_holding_line_breaks(registry):
    from luoshi.engine.tables import tabbed

    (table,) = tabbed.find(TAB_CELL_LINES, registry)
    assert [r.values["task"] for r in table.rows] == ["某某大道快速化改造", "某某片区雨污分流", "某某体育中心建设"]
    assert table.rows[0].values["progress"] == "主线高架完成桩基施工85%；\n匝道完成设计批复；\n1-8月完成投资4.2亿元。"
    assert table.rows[2].values["progress"] == "主体结构封顶。"      # nothing below it: the table ends there


@pytest.mark.parametrize("after", [
    "以上进展由各责任单位报送。\n",                                   # prose after the table, no row below it
    "注：投资数据截至8月底。\n4\t某某公园提升\t已完工。\n",             # a note line
    "主线高架完成桩基施工。\n\n4\t某某公园提升\t已完工。\n",             # a blank line before the next tab line
    "匝道完成设计批复。\n序号\t工作任务\t进展情况\n",                      # a header below: another table
])
def test_what_does_not_carry_on_a_tab_tables_cell(registry, after):
    from luoshi.engine.tables import tabbed

    text = "序号\t工作任务\t进展情况\n1\t某某大道快速化改造\t主线高架完成桩基施工85%。\n" + after
    tables = tabbed.find(text, registry)
    assert tables[0].rows[0].values["progress"] == "主线高架完成桩基施工85%。"


# A table pasted as text, its cells apart by two spaces, each row's progress ending with no full stop: the rows are
# all of a width and each ended with no sentence end, so the text was taken for a page wrapped at a width and the
# rows joined into one line.  A line opening with a row's number apart from its cells (2  某某…) opens a row.
SPACED_ROWS = ("序号  工作任务  进展情况\n" + "".join(
    f"{k}  某某{name}完成改造提升{n}个，投资完成率达到60%以上  累计开工{m}个，开工率{r}%；累计完成投资{i}万元，完成率{c}%\n"
    for k, (name, n, m, r, i, c) in enumerate([
        ("东城区老旧小区", 120, 98, 81.67, 35120.5, 52.3), ("西城区老旧小区", 86, 70, 81.4, 22803.2, 47.61),
        ("南湖区老旧小区", 143, 121, 84.62, 41377.9, 58.05), ("北山区老旧小区", 65, 60, 92.31, 18240.6, 61.2),
        ("高新区老旧小区", 77, 52, 67.53, 20114.4, 39.85), ("滨江区老旧小区", 104, 99, 95.19, 30761.8, 66.4)], 1)))


def test_spaced_rows_are_no_page_wrapped_at_a_width():
    from luoshi.engine.files.wrapped import unwrapped

    assert unwrapped(SPACED_ROWS) == SPACED_ROWS
    table = numbered.numbered_table(unwrapped(SPACED_ROWS))
    assert table is not None and len(table.rows) == 6
