"""A task list issued by a notice, its table as a PDF's text gives it (issue 10; tasksx, stop 57), and three leftovers of
the tasks' reading of supervision documents.

- A list of tasks each with its lead unit and deadline (重点任务 / 牵头单位 / 配合单位 / 完成时限) read as a table of its
  own is a decomposition (kinds.detect), whatever notice issues it: its rows are the tasks, the notice's lines none.
- In a table flattened one cell a line whose header names no section column, a field row merged across the table
  (一、提升政务服务效能 alone on its line between rows) is the group of the rows under it (tables.cells._field_row).
- A cell left empty and printed as a dash (—) names no unit (orgs.Registry.split_list).
- An item whose text opens on a date right after its number's point (4．2027年底前…, 3.6月底前…) is an item: the point
  is no decimal's (text.NOT_A_DECIMAL), so the number is no part of the task.
- A 督查通报 on the work report's progress whose title line stands under the office's name and an issue line is a
  progress page, not a work report (kinds.progress_title reads the header block's 关于… line: kinds.header_titles).
- With no year in the title, the year a bulletin or notice sets out is its sign-off date's (years._signed_year), so an
  item opened by a later year (到2031年，…) is a goal of several years.

Every text below was written for these tests (某某 names), in other words than any label set's."""

from __future__ import annotations

import pytest

from luoshi.engine import kinds, reader, tasks
from luoshi.engine.orgs import Registry
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine


def _read(text, tmp_path, name="d.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return reader.read(tmp_path / name)


def _notice(field1, field2):
    """The notice's text, its field rows on lines of their own or left out (no blank line in the table)."""
    return "\n".join(line for line in _NOTICE.splitlines()
                     if line not in ("{field1}", "{field2}") or (field1 if line == "{field1}" else field2)
                     ).format(field1=field1, field2=field2) + "\n"


def _tasks(doc):
    return [t for t in tasks.tasks_from_document(doc) if t.kind == "task"]


# --- a notice's task list, one cell a line ------------------------------------------------------------------------

_NOTICE = """某某市数据局

关于印发《某某市2028年数字政府建设任务清单》的通知

各区人民政府，市直各单位：

现将《某某市2028年数字政府建设任务清单》印发给你们，请认真抓好落实。

某某市数据局
2028年3月2日

某某市2028年数字政府建设任务清单

序号
重点任务
牵头单位
配合单位
完成时限
{field1}
1
建成市级政务数据共享平台，归集数据资源8亿条以上。
市数据局
市直各相关单位
2028年10月底前
2
新增“一件事一次办”集成服务事项20项。
市政务服务中心
—
2028年12月底前
3
政务服务事项全程网办率达到90%以上。
市政务服务中心
各区人民政府
2028年12月底前
4
建成电子证照库，新增电子证照类型40类。
市数据局
市公安局
2028年9月底前
{field2}
5
建设城市运行管理中心，接入物联感知设备5万个。
市城市管理局
市公安局、市数据局
2028年12月底前
6
到2031年，全市5G基站总数达到1.2万个。
市工信局
市通信发展办
长期坚持

抄送：市委办公室。
"""

FIELDS = [
    # field rows 一、 / 二、 between the rows: each the group of the rows under it, without its number
    ("一、夯实数字底座", "二、提升治理效能", ["夯实数字底座"] * 4 + ["提升治理效能"] * 2),
    # bracketed numbers
    ("（一）夯实数字底座", "（二）提升治理效能", ["夯实数字底座"] * 4 + ["提升治理效能"] * 2),
]


@pytest.mark.parametrize(("field1", "field2", "groups"), FIELDS)
def test_a_notices_task_list_one_cell_a_line_gives_its_rows(field1, field2, groups, tmp_path):
    doc = _read(_notice(field1, field2), tmp_path)
    assert doc.kind == "decomposition_table"
    found = _tasks(doc)
    assert [for_parsing(t.text)[:6] for t in found] == ["建成市级政务", "新增“一件事", "政务服务事项", "建成电子证照",
                                                        "建设城市运行", "到2031年"]
    assert [t.part for t in found] == groups
    assert [t.five_year for t in found] == [False] * 5 + [True]
    assert found[0].lead == ["市数据局"]
    assert found[1].cooperating == []           # the — of an empty cell names no unit
    assert found[4].cooperating == ["市公安局", "市数据局"]


def test_a_list_with_no_field_rows_keeps_no_section_column(tmp_path):
    # guard: with no field row between the rows, the table has no section column and its rows no group
    doc = _read(_notice("", ""), tmp_path)
    assert "section" not in doc.tables[0].columns
    found = _tasks(doc)
    assert len(found) == 6
    assert {t.part for t in found} == {""}


def test_a_long_cell_opening_on_a_numeral_is_no_field_row(tmp_path):
    # guard: a task cell that opens on 一、 and holds a sentence stays the row's task, not a field
    text = _notice("", "").replace("新增“一件事一次办”集成服务事项20项。",
                                                        "一、新增“一件事一次办”集成服务事项20项，实现全程网办。")
    found = _tasks(_read(text, tmp_path))
    assert len(found) == 6
    assert {t.part for t in found} == {""}


@pytest.mark.parametrize(("cell", "names"), [
    ("—", []), ("－", []), ("/", []), ("— —", []),
    ("市公安局、—", ["市公安局"]),
    ("市公安局", ["市公安局"]),               # guard: a name is kept
])
def test_a_dash_cell_names_no_unit(cell, names):
    assert Registry.default().split_list(cell) == names


def test_a_tab_table_inside_a_work_report_is_no_decomposition(tmp_path):
    # guard: tab rows of tasks with lead units inside a work report stay the report's lines (kinds.detect counts only
    # tables read on their own)
    rows = "".join(f"{k}\t新建社区食堂{k}个。\t区民政局\t各街道\t12月底前\n" for k in range(1, 7))
    text = ("某某区人民政府工作报告\n\n各位代表：\n\n一、2027年工作回顾\n\n全区地区生产总值增长6%。\n\n二、2028年工作安排\n\n"
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n" + rows)
    assert _read(text, tmp_path).kind == "work_report"


# --- an item opening on a date right after its number's point ------------------------------------------------------

_ITEMS = """某某区人民政府督查室
督查通知

关于对2028年区政府重点工作实行督办的通知

各街道办事处，区政府各部门：

现将有关事项通知如下：

一、督办事项

（一）城市建设

1{p}新建城市公园4个，新增绿地20公顷。
牵头领导：某某某；责任单位：区城市管理局；时间节点：11月底前

2{p}5月底前完成区体育中心改造，新增健身场地2万平方米。
牵头领导：某某某；责任单位：区文化体育局；时间节点：5月底前

3{p}2028年底前建成区第二人民医院，新增床位600张。
牵头领导：某某某；责任单位：区卫生健康局；时间节点：12月底前

4{p}改造背街小巷35条。
牵头领导：某某某；责任单位：区住房城乡建设局；时间节点：10月底前

二、督办要求

各单位要按月报送进展。

某某区人民政府督查室
2028年2月6日
"""


@pytest.mark.parametrize("point", ["．", "."])
def test_an_item_opening_on_a_date_keeps_no_number(point, tmp_path):
    found = _tasks(_read(_ITEMS.format(p=point), tmp_path))
    assert [for_parsing(t.text)[:7] for t in found] == ["新建城市公园4", "5月底前完成区", "2028年底前",
                                                         "改造背街小巷3"]
    assert [(i.metric, i.value) for i in found[2].indicators] == [("新增床位", 600.0)]


@pytest.mark.parametrize(("line", "item"), [
    ("4．2027年底前建成县医院新院区。", True),
    ("4.2027年底前建成县医院新院区。", True),
    ("3．6月底前完成改造。", True),
    ("2.12月底前全面完工。", True),
    ("1.5亿元用于项目建设。", False),          # guard: a decimal opening a line is no item
    ("2.35万人参加培训。", False),
    ("3.5年内完成全部改造。", False),          # guard: a year needs its four digits (3.5年 is a term)
])
def test_a_point_before_a_date_is_an_items(line, item):
    from luoshi.engine.structure import _NUMBERED_OPEN
    assert bool(_NUMBERED_OPEN.match(for_parsing(line))) == item


# --- a 督查通报 under its office's name --------------------------------------------------------------------------

_BULLETIN = """某某区人民政府督查室
督查通报
第4期

{title}

各街道办事处，区政府各部门：

区政府督查室对《政府工作报告》确定的重点任务推进情况开展了督查。现将有关情况通报如下：

一、重点任务推进情况

（一）城市建设

1．新建口袋公园10个。
责任单位：区城市管理局
进展情况：已建成6个，序时推进。

2．改造老旧小区30个。
责任单位：区住房城乡建设局
进展情况：已开工24个，完工9个。

（二）社会事业

3．新建社区养老服务站8个。
责任单位：区民政局
进展情况：已建成3个，进度滞后。

4．到2031年，全区婴幼儿托位数达到3000个。
责任单位：区卫生健康局
进展情况：目前托位数2150个。

二、下步要求

各责任单位要加快推进滞后任务。

某某区人民政府督查室
{date}
"""


def test_a_bulletin_on_the_work_reports_progress_under_its_office_is_a_progress_page(tmp_path):
    title = "关于2028年上半年区政府工作报告重点任务推进情况的督查通报"
    doc = _read(_BULLETIN.format(title=title, date="2028年7月9日"), tmp_path)
    assert kinds.progress_title(doc.text) == title
    assert doc.kind == "progress_table"
    found = _tasks(doc)
    assert [for_parsing(t.text)[:6] for t in found] == ["新建口袋公园", "改造老旧小区", "新建社区养老", "到2031年"]
    assert [t.part for t in found] == ["城市建设", "城市建设", "社会事业", "社会事业"]


@pytest.mark.parametrize("text", [
    # guards: a work report's own title names no progress; a header block ends at the first sentence
    "某某区人民政府\n\n关于2028年区政府工作报告的说明\n\n各位代表：\n",
    "某某区人民政府督查室\n现将督查情况通报如下：\n关于2028年上半年区政府工作报告重点任务推进情况的督查通报\n",
])
def test_no_progress_title_outside_a_header_block(text):
    assert kinds.progress_title(text) == ""


# --- the year from the sign-off date ------------------------------------------------------------------------------

SIGNED = [
    # the title names no year: the sign-off date's year, 2028, sets the later year 2031 apart
    ("关于上半年区政府工作报告重点任务推进情况的督查通报", "2028年7月9日", True),
    # the title names the year: its year, whatever the sign-off says
    ("关于2031年上半年区政府工作报告重点任务推进情况的督查通报", "2031年7月9日", False),
    # guard: neither the title nor a sign-off date names a year: nothing to compare with, nothing marked
    ("关于上半年区政府工作报告重点任务推进情况的督查通报", "7月9日", False),
]


@pytest.mark.parametrize(("title", "date", "marked"), SIGNED)
def test_a_later_year_item_is_five_year_by_the_sign_off_year(title, date, marked, tmp_path):
    found = _tasks(_read(_BULLETIN.format(title=title, date=date), tmp_path))
    assert len(found) == 4
    assert [t.five_year for t in found] == [False, False, False, marked]
