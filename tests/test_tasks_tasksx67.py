"""tasksx's seventy-second set (t86, stop 67), in other words (texts written here, 某某 names): a decomposition table kept
in a spreadsheet and copied out as tab-separated text, as a spreadsheet writes it —

- a header of two rows: a title merged over two columns (责任分工) with the names under it on the second row
  (牵头单位, 配合单位), the cells beside them merged down and left empty — the second row's names read into the first,
  no row (tables.tabbed._sub_header);
- a cell holding line breaks or quote marks quoted as a spreadsheet quotes it ("1.…。<line break>2.…。",
  "打造""某某""品牌。"): the cell goes on over its lines to its closing quote, then the row's next cells; its quotes no
  part of it, a doubled quote one (tables.tabbed._open_quote, _unquoted); numbered items each on a line of their own in
  the task cell are a task each, the numbers none of them (tasks.table_rows.sub_item_tasks);
- a field column (重点领域, 工作领域: headers.toml section) merged down its rows and left empty after the first is the
  group of every row it covers;
- the maker's row over the table (制表单位：…　制表时间：…, 填报单位（盖章）：…: words.toml table.signature_mark) is the table's
  furniture, no task (tasks.report._sign_off)."""

from __future__ import annotations

import pytest

from luoshi.engine.tables.tabbed import _sub_header
from luoshi.engine.tasks.report import _NOTICE_LINE
from tests.tasks_heldout_helpers import found_tasks, group_of, metrics_of, start_of, task_starting

pytestmark = pytest.mark.engine

_SHEET = """某某区2028年重点工作任务分解表\t\t\t\t\t
填报单位（盖章）：某某区人民政府办公室\t\t\t\t填报日期：2028年1月8日\t
序号\t工作领域\t工作任务\t责任分工\t\t完成时限
\t\t\t牵头单位\t配合单位\t
1\t科技创新\t新认定国家级专精特新“小巨人”企业6家。\t区科技局\t区财政局\t2028年11月底前
2\t\t"1.技术合同成交额增长12%。
2.新建市级以上创新平台9个。"\t区科技局\t"区工信局
区商务局"\t2028年12月底前
3\t城市更新\t"改造城中村4个，打造""某某里""街区。"\t区住建局\t各街道办事处\t2028年12月底前
4\t\t"新建城市道路14公里。
其中，打通断头路5条。"\t区交通局\t区城管局\t2028年10月底前
5\t\t推进背街小巷整治提升。\t区城管局\t各街道办事处\t按季度推进
"""


def test_a_spreadsheet_copied_out_gives_its_rows_tasks(tmp_path):
    found = found_tasks(tmp_path, _SHEET)
    assert [start_of(t)[:8] for t in found] == [
        "新认定国家级专精", "技术合同成交额增", "新建市级以上创新", "改造城中村4个,", "新建城市道路14", "推进背街小巷整治"]
    assert [group_of(t) for t in found] == ["科技创新", "科技创新", "科技创新", "城市更新", "城市更新", "城市更新"]


def test_the_second_header_row_names_the_lead_and_cooperating_units(tmp_path):
    found = found_tasks(tmp_path, _SHEET)
    first = task_starting(found, "新认定国家级专精")
    assert first.lead == ["区科技局"] and first.cooperating == ["区财政局"]


def test_a_quoted_cell_is_unquoted_and_its_items_split(tmp_path):
    found = found_tasks(tmp_path, _SHEET)
    assert metrics_of(found, "技术合同成交额") == [("技术合同成交额", 12.0, "%")]
    assert metrics_of(found, "新建市级以上创新平台") == [("新建市级以上创新平台", 9.0, "个")]
    # the doubled quotes made one, the wrapping ones gone
    assert '"某某里"' in task_starting(found, "改造城中村").text
    assert not task_starting(found, "改造城中村").text.startswith('"')
    # a 其中 line stays with its task, its figure the task's
    assert [v for _, v, _ in metrics_of(found, "新建城市道路")] == [14.0, 5.0]


@pytest.mark.parametrize("header, line, merged", [
    (["序号", "工作任务", "责任分工", "", "完成时限"], "\t\t牵头单位\t责任单位\t",
     ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]),
    (["序号", "重点任务", "目标", "", "责任单位"], "\t\t年度目标\t指标要求",
     ["序号", "重点任务", "年度目标", "指标要求", "责任单位"]),
    # near misses: a row with a blank number holding a task; a second row with its first cell filled; names under
    # filled header cells only (no merged title over two columns)
    (["序号", "工作任务", "牵头单位", "", "完成时限"], "\t\t推进某某工程建设。\t区住建局\t", None),
    (["序号", "工作任务", "责任分工", "", "完成时限"], "备注\t\t牵头单位\t责任单位\t", None),
    (["序号", "工作任务", "牵头单位", "责任单位", "完成时限"], "\t\t牵头单位\t\t", None),
], ids=["units", "targets", "a row", "first cell filled", "under filled cells only"])
def test_a_second_header_row(header, line, merged):
    assert _sub_header(header, line) == merged


_PLAIN = """某某县2028年重点任务表
序号\t重点领域\t重点任务\t牵头单位\t完成时限
1\t乡村振兴\t推进"一村一品"示范村建设，创建示范村8个。\t县农业农村局\t2028年11月底前
2\t\t"新建农村户用沼气池"\t县农业农村局\t2028年12月底前
3\t\t全年农民人均可支配收入增长7%。
2.5万人次参加技能培训。\t县人社局\t2028年12月底前
"""


def test_cells_with_quote_marks_of_their_own_are_left_as_written(tmp_path):
    found = found_tasks(tmp_path, _PLAIN)
    # a quote mark inside a cell not wrapping it; a cell wrapped in quotes with no line break or doubled quote inside
    assert start_of(found[0]).startswith('推进"一村一品"示范村建设')
    assert start_of(found[1]) == '"新建农村户用沼气池"'
    assert [group_of(t) for t in found] == ["乡村振兴"] * len(found)


def test_a_decimal_on_the_cells_next_line_is_no_item_number(tmp_path):
    # 2.5万人次 opening the cell's next line is a figure, no item 2.: no cut before it
    found = found_tasks(tmp_path, _PLAIN)
    third = task_starting(found, "全年农民人均可支配收入")
    assert third is not None and "2.5万人次" in third.text


@pytest.mark.parametrize("line", [
    "制表单位：某某县发展改革局\t\t\t制表时间：2028年1月5日\t",
    "填报单位（盖章）：某某镇人民政府\t\t\t\t",
    "填报人：某某某\t\t联系电话：1234567\t\t",
])
def test_a_makers_row_over_the_table_is_no_task(tmp_path, line):
    text = f"某某县2028年《政府工作报告》重点任务分解表\n{line}\n序号\t重点任务\t牵头单位\t完成时限\n1\t新建村级卫生室6个。\t县卫健局\t2028年9月底前\n"
    assert [start_of(t)[:7] for t in found_tasks(tmp_path, text)] == ["新建村级卫生室"]


@pytest.mark.xfail(strict=True, reason="a lead unit cell merged with the row above and left empty is read as no lead: "
                   "the row's other units stand in for it (left at stop 67: an empty lead cell is not always merged)")
def test_a_lead_cell_merged_down_keeps_the_lead(tmp_path):
    text = ("某某县2028年重点任务表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t新建村级卫生室6个。\t县卫健局\t县财政局\t2028年9月底前\n"
            "2\t新增家庭医生团队12个。\t\t县医保局\t2028年12月底前\n")
    found = found_tasks(tmp_path, text)
    assert task_starting(found, "新增家庭医生团队").lead == ["县卫健局"]


@pytest.mark.parametrize("body, is_line", [
    ("制表单位:某某县统计局", True),
    ("填报单位(盖章):某某镇人民政府", True),
    # near misses: the word opening a measure, no colon right after it; a bracket too long to be how it is signed
    ("审核人员业务培训200人次:分两期举办", False),
    ("填报单位(含各乡镇及县直部门):每月5日前报送", False),
], ids=["maker", "signed", "a measure", "a long bracket"])
def test_a_makers_label_line(body, is_line):
    assert bool(_NOTICE_LINE.match(body)) is is_line
