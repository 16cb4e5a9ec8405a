"""tasksx's seventieth set (t84, stop 66) and the lead's decision D24, in other words (texts written here, 某某 names):

- a key projects' plan table (序号 | 项目名称 | 建设内容 | 总投资 | 年度计划投资（万元） | 年度建设目标 | 责任单位), as a county's
  development bureau issues it, is a table of tasks: beside a column of the year's planned investment (headers.toml
  investment) the project's name is each row's task, the column of the year's goal its indicator text, a content column
  naming no year the project's whole scale (tables.columns._key_projects); a progress sheet of the projects (形象进度)
  is not one.  A header's unit in brackets counts for nothing in its length (截至上年底累计完成投资（万元）:
  tables.pipe.header_columns);
- its rows: the total row (合计, 小计（5个）) no task; a row numbered with a Chinese numeral holding a name and its sums
  only (一 | 续建项目（9个） | … ) the group of the rows under it, without its count in brackets; each project's year's
  planned investment its first indicator, read from its header's name and unit (计划投资, 万元), no indicator when the
  cell is no figure (—) (tasks.table_rows: _field_row, _with_investment);
- a count of what is still to do (完成剩余…, 建成其余…: words.toml target.count_rest) names its thing after the figure,
  as a floor word does;
- D24: a task counting the places first and then the equipment given them (为N个…配备…M台) has the equipment's count as
  its indicator, what follows the verb its metric; a task whose only figure counts the places (为N所…安装…) has the
  places' count, the places its metric (indicators.places_equipped)."""

from __future__ import annotations

import pytest

from luoshi.engine.tables.columns import columns_for
from luoshi.engine.tables.pipe import header_columns
from luoshi.engine.tasks.table_rows import _parse
from tests.tasks_heldout_helpers import found_tasks, group_of, metrics_of, start_of

pytestmark = pytest.mark.engine


# --- the columns of a key projects' plan table -------------------------------------------------------------------

@pytest.mark.parametrize("headers, columns", [
    (["序号", "项目名称", "建设内容", "总投资（亿元）", "年度计划投资（亿元）", "年度建设目标", "责任单位"],
     ["seq", "task", "scale", "total_investment", "investment", "indicator", "units"]),
    (["序号", "工程名称", "建设规模", "计划总投资", "2028年计划投资（万元）", "2028年主要建设内容", "责任单位"],
     ["seq", "task", "col_3", "total_investment", "investment", "indicator", "units"]),
    (["序号", "项目名称", "建设规模及内容", "本年计划投资（万元）", "本年建设目标", "牵头单位", "完成时限"],
     ["seq", "task", "scale", "investment", "indicator", "lead", "deadline"]),
    # near misses: a progress sheet of projects keeps its content cell as the task; no project column, nothing moved;
    # no column of the year's investment, a project's name still a group (民生实事 tables, t82)
    (["序号", "项目名称", "建设内容及规模", "年度计划投资（万元）", "1-6月完成投资（万元）", "形象进度", "责任单位"],
     ["seq", "section", "task", "investment", "col_5", "progress", "units"]),
    (["序号", "工作任务", "年度计划投资（万元）", "牵头单位", "完成时限"],
     ["seq", "task", "investment", "lead", "deadline"]),
    (["序号", "项目名称", "建设内容及目标", "责任单位", "完成时限"],
     ["seq", "section", "task", "units", "deadline"]),
], ids=["billions", "works named, year in figures", "this year's", "progress sheet", "no project column",
        "no investment column"])
def test_key_project_columns(headers, columns):
    assert columns_for(headers, min_known=max(2, (len(headers) + 1) // 2)) == columns


@pytest.mark.parametrize("headers, is_header", [
    (["序号", "项目名称", "建设内容", "截至上年底累计完成投资（万元）", "年度计划投资（万元）", "责任单位"], True),
    # a long cell with no bracketed unit, or a bracket that is no unit, is still a row's cell
    (["序号", "项目名称", "建设内容", "截至上年底已累计完成的全部项目投资额", "年度计划投资（万元）", "责任单位"], False),
    (["1", "项目名称", "建设内容", "累计完成投资（万元）", "年度计划投资（万元）", "责任单位"], False),
], ids=["a unit in brackets", "long with no unit", "a row's number first"])
def test_a_headers_unit_counts_for_nothing_in_its_length(headers, is_header):
    assert (header_columns(headers) is not None) is is_header


# --- a key projects' plan read as tasks --------------------------------------------------------------------------

_NOTICE = """某某市某某区发展和改革局

关于印发某某区2028年重点项目建设计划的通知

各街道办事处，区直各部门：

现将某某区2028年重点项目建设计划印发给你们，请抓好落实。

某某区发展和改革局
2028年3月2日

附件

某某区2028年重点项目建设计划表

序号\t项目名称\t建设内容\t总投资（亿元）\t截至2027年底累计完成投资（亿元）\t2028年计划投资（亿元）\t2028年建设目标\t责任单位
\t总计（4个）\t\t31.5\t6.2\t12.4\t\t
一\t续建项目（2个）\t\t22.5\t6.2\t8.1\t\t
1\t某某片区综合管廊工程\t建设综合管廊9.6公里\t14.2\t5\t5.3\t完成管廊主体6公里。\t区城投集团
2\t区妇幼保健院迁建工程\t设置床位300张\t8.3\t1.2\t2.8\t年底前竣工验收。\t区卫生健康局
二\t新建项目（2个）\t\t9\t—\t4.3\t\t
3\t某某街道社区养老服务综合体\t建筑面积2.1万平方米\t3.6\t—\t1.8\t为12个社区养老服务站配备智能呼叫终端300台。\t区民政局
4\t智慧停车诱导系统\t覆盖城区主干道\t5.4\t—\t—\t为46所中小学安装停车诱导屏。\t区城市管理局
"""


def test_a_key_projects_plan_gives_one_task_a_project(tmp_path):
    found = found_tasks(tmp_path, _NOTICE)
    assert [start_of(t).split(":")[0] for t in found] == [
        "某某片区综合管廊工程", "区妇幼保健院迁建工程", "某某街道社区养老服务综合体", "智慧停车诱导系统"]
    assert [group_of(t) for t in found] == ["续建项目", "续建项目", "新建项目", "新建项目"]
    assert metrics_of(found, "某某片区综合管廊工程") == [("计划投资", 5.3, "亿元"), ("管廊主体", 6.0, "公里")]
    assert metrics_of(found, "区妇幼保健院迁建工程") == [("计划投资", 2.8, "亿元")]
    # D24 inside a row: the equipment counted, the stations no indicator
    assert metrics_of(found, "某某街道社区养老服务综合体") == [("计划投资", 1.8, "亿元"), ("智能呼叫终端", 300.0, "台")]
    # an investment cell with no figure adds none; the places counted alone
    assert metrics_of(found, "智慧停车诱导系统") == [("中小学", 46.0, "所")]


def test_the_scale_total_and_done_are_no_indicator(tmp_path):
    # the scale's 9.6公里 and 300张, the totals 14.2 and 8.3, the done 5 and 1.2, the sums' rows: none read
    found = found_tasks(tmp_path, _NOTICE)
    assert sorted(i.value for t in found for i in t.indicators) == [1.8, 2.8, 5.3, 6.0, 46.0, 300.0]


_FIELD_WITH_UNITS = """某某区2028年重点工作任务表

序号\t工作任务\t牵头单位\t完成时限
一\t新建口袋公园6个。\t区园林局\t2028年10月底前
1\t改造老旧小区18个。\t区住建局\t2028年12月底前
"""


def test_a_row_numbered_in_chinese_with_its_units_stays_a_task(tmp_path):
    found = found_tasks(tmp_path, _FIELD_WITH_UNITS)
    assert [start_of(t)[:6] for t in found] == ["新建口袋公园", "改造老旧小区"]


# --- a count of what is still to do ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, metrics", [
    ("完成剩余15座危桥加固。", [("完成危桥加固", 15.0, "座")]),
    ("建成其余6个社区食堂。", [("建成社区食堂", 6.0, "个")]),
    ("改造余下40个老旧小区。", [("改造老旧小区", 40.0, "个")]),
    # near misses: a share of what is left, a sum left over, no verb before the word
    ("完成剩余工程量的60%。", [("完成剩余工程量", 60.0, "%")]),
    ("剩余资金3000万元年内拨付。", []),
], ids=["bridges", "canteens", "villages", "a share left", "a sum left"])
def test_a_count_of_what_is_left(text, metrics):
    found, _ = _parse(text)
    assert [(i.metric, i.value, i.unit) for i in found] == metrics


# --- D24: places counted, then the equipment given them ---------------------------------------------------------

@pytest.mark.parametrize("text, metrics", [
    ("为48个社区警务室配备执法记录仪96部。", [("执法记录仪", 96.0, "部")]),
    ("为全区120个行政村配置应急广播终端120套。", [("应急广播终端", 120.0, "套")]),
    ("为30个农贸市场加装食品快检设备30台，年内投入使用。", [("食品快检设备", 30.0, "台")]),
    ("为26所乡镇幼儿园安装空气净化系统。", [("乡镇幼儿园", 26.0, "所")]),
    ("为15家养老机构加装紧急呼叫设备。", [("养老机构", 15.0, "家")]),
    # near misses: a verb of building, not equipping — both figures kept as before
    ("为12个乡镇新建垃圾中转站12座。", [("乡镇新建垃圾中转站12座", 12.0, "个"), ("乡镇新建垃圾中转站", 12.0, "座")]),
    # an age, not the places counted
    ("为70岁以上老人安装紧急呼叫器800户。", [("安装紧急呼叫器", 800.0, "户")]),
    # the count not after 为
    ("建成9个村级综合服务站，为群众配备便民设施。", [("村级综合服务站", 9.0, "个")]),
    # a sum, no count
    ("为中小企业减负3.5亿元。", [("为中小企业减负", 3.5, "亿元")]),
], ids=["recorders", "terminals", "testing kits", "schools", "homes", "building", "age", "count before", "sum"])
def test_places_then_their_equipment(text, metrics):
    found, _ = _parse(text)
    assert [(i.metric, i.value, i.unit) for i in found] == metrics
