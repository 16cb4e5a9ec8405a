"""Progress tables as offices send them (issues 10 item 5 and 11): the rows and fields read out of grids of the
shapes bench/progress_tables_invented.py measures — signature lines under the table, a unit left blank below its
first row, a figure column named as progress beside the text, a leader's column, the unit's own status column,
a deadline column, a target column beside the project's name.  Tables built here, not the bench's."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from luoshi.engine import progress
from luoshi.engine.assess import _column_deadline
from luoshi.engine.model import Row, SourceText, Table
from luoshi.engine.tables import recover_tables
from luoshi.engine.tables.columns import column_for
from luoshi.engine.tables.grid import tables_from_grids

pytestmark = pytest.mark.engine

ROOT = Path(__file__).resolve().parent.parent


def one(grid):
    tables = tables_from_grids([grid], [""], None)
    assert len(tables) == 1
    return tables[0]


HEAD = ["序号", "重点任务", "责任单位", "进展情况"]


@pytest.mark.parametrize("cells", [
    ["填报人：陈某某", "", "审核人：刘某某", "联系电话：0000-1234567"],
    ["填报单位（盖章）：某某局", "", "", "填报日期：2026年7月2日"],
    ["制表：某某办公室", "", "", ""],
    ["（单位盖章）", "", "", ""],
])
def test_signature_lines_under_the_table_are_notes(cells):
    t = one([HEAD, ["1", "新建幼儿园2所", "区教育局", "已开工1所。"], cells])
    assert len(t.rows) == 1
    assert t.notes and t.notes[-1].startswith(cells[0])


@pytest.mark.parametrize("cells", [
    ["2", "负责人员培训200人次", "区人社局", "已培训120人次。"],           # a task opening on a signature word
    ["2", "联系电话：12345热线整合", "区政务办", "已完成整合。"],              # one cell alone is no signature line
])
def test_signature_guards_rows_stay(cells):
    t = one([HEAD, ["1", "新建幼儿园2所", "区教育局", "已开工1所。"], cells])
    assert len(t.rows) == 2


def test_unit_blank_below_its_first_row_is_carried():
    t = one([["序号", "项目", "建设内容", "责任单位", "配合单位", "进展情况"],
             ["一、教育", "", "", "", "", ""],
             ["1", "实验学校", "新建小学1所", "市教育局", "市住建局", "主体封顶。"],
             ["2", "", "改扩建食堂3所", "", "", "已开工2所。"],
             ["3", "", "新建操场2个", "同上", "", "已完工1个。"],
             ["二、卫生", "", "", "", "", ""],
             ["4", "卫生院提升", "改造卫生院8个", "", "", "已完成5个。"]])
    units = [r.get("units") for r in t.rows]
    assert units == ["市教育局", "市教育局", "市教育局", ""]     # a new section takes nothing from the last
    assert [r.get("cooperating") for r in t.rows] == ["市住建局", "", "", ""]   # a blank cooperating cell stays blank


def _recovered(grid) -> Table:
    tables = recover_tables(SourceText("", "xlsx", "utf-8", [grid], [""]))
    assert len(tables) == 1
    return tables[0]


def test_figure_column_named_as_progress_beside_the_text():
    t = _recovered([["序号", "年度目标", "责任单位", "1-9月完成情况", "1-9月完成情况", "进展情况"],
                    ["", "", "", "完成数", "完成率", ""],
                    ["1", "新建社区食堂30个", "市民政局", "18", "60%", "已建成运营18个。"],
                    ["2", "新增就业2.5万人", "市人社局", "2.1万", "84%", "新增就业2.1万人。"]])
    assert t.rows[0].get("progress") == "已建成运营18个。"
    assert t.rows[0].get("amount") == "18" and t.rows[0].get("rate") == "60%"


def test_percent_header_column_is_the_rate():
    t = _recovered([["序号", "目标任务", "责任单位", "完成情况（%）", "工作进展"],
                    ["1", "引进项目20个", "区投促局", "55", "已签约11个。"],
                    ["2", "开展专项检查", "区应急局", "——", "已检查4轮。"]])
    assert [r.get("progress") for r in t.rows] == ["已签约11个。", "已检查4轮。"]
    assert t.rows[0].get("rate") == "55"


def test_guard_one_progress_column_of_figures_stays_progress():
    t = _recovered([["序号", "目标任务", "责任单位", "完成情况"],
                    ["1", "引进项目20个", "区投促局", "11"]])
    assert t.rows[0].get("progress") == "11"


@pytest.mark.parametrize("header, column", [
    ("牵头领导", "leader"), ("责任领导", "leader"), ("牵头市领导", "leader"),
    ("完成状态", "state"), ("进度评价", "state"), ("自评等次", "state"), ("是否滞后", "state"),
    ("时间节点", "deadline"), ("完成时限", "deadline"), ("计划完成时间", "deadline"),
    ("完成数", "amount"), ("投资完成率", "rate"), ("1-9月投资完成率", "rate"), ("完成比例（%）", "rate"),
    # guards: the columns these must not take
    ("牵头单位", "lead"), ("牵头部门", "lead"), ("进展情况", "progress"), ("进度", "progress"),
    ("1-6月完成情况", "progress"), ("责任单位", "units"), ("时间", "date"),
])
def test_header_words(header, column):
    assert column_for(header) == column


def test_leader_column_is_no_unit():
    t = one([["序号", "年度目标任务", "牵头领导", "牵头单位", "进展情况"],
             ["1", "新增规上企业50家", "王某某", "市工信局", "新增41家。"]])
    assert t.rows[0].get("lead") == "市工信局" and t.rows[0].get("leader") == "王某某"


def _table(columns, *rows) -> Table:
    return Table("", list(columns), [Row(dict(zip(columns, r, strict=True))) for r in rows], "grid", list(columns))


def test_parse_table_task_deadline_rate_and_state():
    t = _table(["seq", "section", "indicator", "deadline", "rate", "progress", "state"],
               ["1", "社区食堂", "新建社区食堂30个", "9月底", "60%", "已建成运营18个。", "正常推进"],
               ["2", "就业", "新增就业2.5万人", "全年", "84%", "完成率80%。", "滞后"])
    rows = progress.parse_table(t)
    assert rows[0].task == "新建社区食堂30个" and rows[0].deadline == "9月底" and rows[0].stated == "正常推进"
    assert rows[0].stated_pct == 60.0
    assert rows[1].stated_pct == 80.0           # the rate the text states wins over the column's


def test_parse_table_task_with_its_target():
    t = _table(["task", "indicator", "progress"], ["推进城市更新", "改造老旧小区12个", "已开工。"],
               ["改造老旧小区12个", "改造老旧小区12个", "已开工。"])
    rows = progress.parse_table(t)
    assert rows[0].task == "推进城市更新，改造老旧小区12个"
    assert rows[1].task == "改造老旧小区12个"


@pytest.mark.parametrize("cell, expected", [
    ("9月底", date(2026, 9, 30)), ("2026年8月", date(2026, 8, 31)), ("8月底前建成", date(2026, 8, 31)),
    ("12月底", date(2026, 12, 31)), ("全年", date(2026, 12, 31)),
    # guards: no date, another year's, several dates
    ("长期", None), ("持续推进", None), ("2027年6月", None), ("6月底前10处，12月底前全部", None), ("", None),
])
def test_column_deadline(cell, expected):
    assert _column_deadline(cell, date(2026, 6, 30)) == expected


def test_bench_reading_of_one_small_file(tmp_path):
    """bench/progress_tables_invented.py's reading of one of its files (a .csv with a percentage column)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import progress_tables_invented as bench
    finally:
        sys.path.remove(str(ROOT / "bench"))
    source = json.loads((bench.HERE / "p07_district_csv_bom_percent_column.json").read_text(encoding="utf-8"))
    path = bench.write(source, tmp_path)
    rows = bench.engine_rows(path, date.fromisoformat(source["as_of"]))
    found = bench.match(source["rows"], rows)
    assert None not in found and len(rows) == len(source["rows"])
    for label, i in zip(source["rows"], found, strict=True):
        assert bench.compact(rows[i]["progress"]) == bench.compact(label["progress"])
        assert bench.compact(rows[i]["stated"]) == bench.compact(label["stated"])


# --- misses of the bench's status left to the status rules (strict xfails; rows in the same shapes, not the bench's) ---

def _judged(task: str, text: str, as_of: date, deadline: str = "") -> str:
    from luoshi.engine import assess, indicators
    row = progress.parse_row(text, task, "", 1)
    row.deadline = deadline
    return assess.assess_row(row, None, as_of, targets=indicators.parse(task)[0], task_text=task).status


@pytest.mark.parametrize("task, text, want", [
    # money still being asked for is preparation: by mid-year the works have not begun
    ("完成农村危房改造80户", "目前尚未启动，正在申请上级资金。", {"not_started", "behind", "seriously_behind"}),
    ("新建村级文化广场5个", "正在申请专项资金，尚未动工。", {"not_started", "behind", "seriously_behind"}),
    # guards: works begun beside the application; money won for a task to win money
    ("新建村级文化广场5个", "已开工建设3个，正在申请专项资金。", {"on_track"}),
    ("完成农村危房改造80户", "已开工60户，同时正在申请上级资金。", {"on_track"}),
    ("争取上级资金5亿元", "正在积极申请上级资金，已到位3亿元。", {"ahead", "on_track"}),
])
def test_money_sought_is_preparation(task, text, want):
    assert _judged(task, text, date(2026, 6, 30)) in want


@pytest.mark.parametrize("task, text, want", [
    # a figure whose words are only buying and putting to use (已购置并投入运营N台) counts the target's own things
    ("更新新能源公交车20台", "已购置并投入运营20台。", "completed"),
    ("为中小学配备空调200台", "已购置并安装200台。", "completed"),
    ("为中小学配备空调200台", "已购置并安装120台。", "behind"),
    # guards: something else bought, named, counts no part of the target
    ("更新新能源公交车20台", "已购置充电桩20台。", "unclear"),
    ("更新新能源公交车20台", "已购置并安装充电设备20台。", "unclear"),
])
def test_count_bought_and_in_use_answers_the_target(task, text, want):
    assert _judged(task, text, date(2026, 6, 30), "6月底") == want


@pytest.mark.parametrize("text, as_of, want", [
    # part done, the rest's works (its own clause) short of the step the time gone asks for
    ("已完成主体结构4万平方米，其余厂房因规划调整9月底才开始基础施工。", date(2026, 10, 31), "behind"),
    ("已完成主体结构4万平方米，其余厂房正在进行基础施工。", date(2026, 10, 31), "behind"),
    # guards: the same early in the year; the rest at the step the task asks for, or past it
    ("已完成主体结构4万平方米，其余厂房正在进行基础施工。", date(2026, 4, 30), "on_track"),
    ("已完成主体结构4万平方米，其余厂房正在进行主体施工。", date(2026, 10, 31), "on_track"),
    ("已完成主体结构4万平方米，其余厂房正在进行内部装修。", date(2026, 10, 31), "on_track"),
])
def test_rest_of_works_begun_late_is_behind(text, as_of, want):
    assert _judged("建设标准厂房6万平方米，年内主体完工", text, as_of) == want


@pytest.mark.parametrize("header, cell, lags", [
    ("完成状态", "滞后", True), ("进度评价", "进度缓慢", True), ("是否滞后", "是", True), ("自评等次", "未达序时", True),
    # guards
    ("是否滞后", "否", False), ("是否完成", "是", False), ("完成状态", "不滞后", False), ("完成状态", "无滞后", False),
    ("完成状态", "正常推进", False), ("完成状态", "已完成", False), ("完成状态", "", False),
])
def test_the_units_own_word_that_it_lags(header, cell, lags):
    t = Table("", ["seq", "task", "progress", "state"],
              [Row({"seq": "1", "task": "新增市场主体3000户", "progress": "新增市场主体2410户。", "state": cell})],
              "grid", ["序号", "具体任务", "推进情况", header])
    assert progress.parse_table(t)[0].stated_lag is lags


@pytest.mark.parametrize("cell, flagged", [("是", True), ("否", False)])
def test_an_on_pace_verdict_beside_a_stated_lag_needs_a_person(cell, flagged):
    from luoshi.engine import assess, indicators
    t = Table("", ["seq", "task", "progress", "state"],
              [Row({"seq": "1", "task": "新增市场主体3000户", "progress": "1-9月新增市场主体2410户。", "state": cell})],
              "grid", ["序号", "目标任务", "进展情况", "是否滞后"])
    row = progress.parse_table(t)[0]
    a = assess.assess_row(row, None, date(2026, 9, 30), targets=indicators.parse(row.task)[0], task_text=row.task)
    assert a.status in ("on_track", "ahead")
    assert ("lag_stated" in a.flags) is flagged
    assert a.needs_person or not flagged


# --- the second set's shapes: totals, a task row heading its sub-measures, a measure column, status words, a
# page copied one cell per line with a closing line -------------------------------------------------------------

@pytest.mark.parametrize("first", ["合计", "小计", "总计：", "合 计"])
def test_total_row_is_no_row(first):
    t = one([["序号", "建设内容", "计划投资（万元）", "形象进度", "责任单位"],
             ["1", "新建厂房", "3000", "主体完工。", "市工信局"], [first, first, "3000", "", ""]])
    assert len(t.rows) == 1


def test_guard_a_task_opening_on_a_total_word_stays():
    t = one([["序号", "建设内容", "形象进度", "责任单位"],
             ["1", "新建厂房", "主体完工。", "市工信局"], ["2", "合计建设道路5公里", "已完成3公里。", "市交通局"]])
    assert len(t.rows) == 2


def test_task_row_heading_its_sub_measures_is_their_group():
    t = one([["序号", "工作任务", "牵头单位", "进展情况"],
             ["1", "实施城市品质提升行动", "", ""],
             ["1.1", "改造道路8条", "区城管局", "已完工5条。"],
             ["1.2", "新建口袋公园15个", "区城管局", "已建成12个。"],
             ["2", "新增就业5000人", "区人社局", "新增4120人。"]])
    assert [r.get("seq") for r in t.rows] == ["1.1", "1.2", "2"]
    assert [r.get("section_title") for r in t.rows] == ["实施城市品质提升行动"] * 2 + [""]


def test_guard_a_numbered_row_with_its_own_progress_stays():
    t = one([["序号", "工作任务", "牵头单位", "进展情况"],
             ["1", "实施城市品质提升行动", "区城管局", "总体进展顺利。"],
             ["1.1", "改造道路8条", "区城管局", "已完工5条。"]])
    assert len(t.rows) == 2


def test_measure_column_beside_the_task_and_status_words_column():
    t = _recovered([["序号", "重点任务", "具体举措", "责任单位", "进展情况", "完成情况"],
                    ["1", "提升教育水平", "新建幼儿园3所", "县教育局", "2所主体完工。", "正在推进"],
                    ["", "", "招聘教师120名", "县教育局", "已完成面试。", "滞后"]])
    rows = progress.parse_table(t)
    assert rows[0].task == "提升教育水平，新建幼儿园3所" and rows[1].task == "招聘教师120名"
    assert [r.stated for r in rows] == ["正在推进", "滞后"] and rows[1].stated_lag
    assert [r.progress for r in rows] == ["2所主体完工。", "已完成面试。"]


def test_guard_two_progress_columns_of_text_stay_progress():
    t = _recovered([["序号", "重点任务", "责任单位", "进展情况", "完成情况"],
                    ["1", "新建幼儿园3所", "县教育局", "2所主体完工。", "已完成主体结构施工，正在装修。"]])
    assert "state" not in t.columns


def test_page_copied_one_cell_per_line_closing_line_is_no_progress():
    from luoshi.engine.orgs import Registry
    from luoshi.engine.tables import cells
    text = ("序号\n民生实事项目\n责任单位\n进展情况\n1\n新建候车亭60个\n县交通运输局\n建成候车亭28个。\n"
            "2\n改造户厕1500户\n县农业农村局\n已完成改造420户，\n其余正在组织施工。\n欢迎社会各界监督。\n")
    t = cells.find(text, Registry.default())[0]
    assert [r.get("progress") for r in t.rows] == ["建成候车亭28个。", "已完成改造420户，\n其余正在组织施工。"]
    assert column_for("民生实事项目") == "task" and column_for("具体举措") == "task"


@pytest.mark.parametrize("text, want", [
    # what is handed over for use was built: the count before the hand-over is done with it
    ("已于8月底交付使用，9月初投入教学。", "completed"),
    # guards: the hand-over only planned; part of the count handed over, the rest still being fitted out
    ("教学楼主体已完工，计划9月交付使用。", "behind"),
    ("已交付使用3栋，其余2栋正在装修。", "behind"),
])
def test_handed_over_when_due_is_done(text, want):
    assert _judged("新建教学楼等5栋，8月底前交付使用", text, date(2026, 9, 30)) == want


@pytest.mark.parametrize("task, text, want", [
    # every unit the coverage goal names, counted, with the task's own work done or carried out: covered
    ("完成村庄清洁行动全覆盖", "全县120个村已全部开展清洁行动并通过验收。", "completed"),
    ("完成村庄清洁行动全覆盖", "全县120个村均已开展清洁行动。", "completed"),
    ("实现行政村污水处理设施全覆盖", "全县86个村均已建成污水处理设施。", "completed"),
    # guards: a count with no "every one"; every unit only begun or only surveyed
    ("完成村庄清洁行动全覆盖", "已在120个村开展清洁行动。", "unclear"),
    ("实现行政村污水处理设施全覆盖", "全县86个村均已开工建设污水处理设施。", "on_track"),
    ("完成村庄清洁行动全覆盖", "全县120个村已全部完成清洁行动摸排。", "seriously_behind"),
])
def test_every_unit_counted_covers_the_task(task, text, want):
    assert _judged(task, text, date(2026, 6, 30), "6月底") == want


@pytest.mark.parametrize("text, want", [
    # the rest only gathering its builders (正在组织施工队伍) is preparation: no pace held for it
    ("已完成改造300户，其余正在组织施工队伍。", "behind"),
    ("已完成改造500户，其余正在组织施工队伍。", "behind"),
    # guards: the rest's works going on; the builders on site and working
    ("已完成改造300户，其余正在施工。", "on_track"),
    ("施工队伍已进场，正在施工。", "on_track"),
])
def test_rest_only_organising_builders_is_behind(text, want):
    assert _judged("改造农村户厕1200户", text, date(2026, 6, 30)) == want


@pytest.mark.xfail(strict=True, reason="the units counted named in two characters (村庄 rather than 村) send the row to "
                                       "the measures, where the coverage goal reads as a full share not reached, behind")
def test_every_unit_counted_in_two_characters_covers_the_task():
    assert _judged("完成村庄清洁行动全覆盖", "全县120个村庄已全部开展清洁行动并通过验收。", date(2026, 6, 30),
                   "6月底") == "completed"
