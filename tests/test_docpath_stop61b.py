"""Whole progress pages read by the document path (bench/status_docpath.py, stop 61, second round): numbered
pages whose colons the reader placed wrong.

* A progress line under a numbered title opening with a verdict on the task (超额完成年度任务：…, 已完成全年任务：…):
  任务 was found in the text before its colon and the line taken for a task column's label, so the row's progress
  came out empty and the page was refused.  A text before a colon holding a word of work done beside the header
  keyword is no column label (a label naming completion itself — 完成情况, 完成时限, 完成进度 — still is).
* A numbered line holding its row's cells with their labels (…｜目标任务：…｜完成时限：…｜责任股室：…) and then the
  progress column's own label (进展情况（1-8月）：…): the line was cut at its first colon unless the progress
  opened with a fact's word.  The progress label parts the row there.
* A numbered line with a verdict on the year's task after the task's colon (1、task：全面完成年度任务：…): the verdict
  reports facts, so the progress opens there, not at the next colon.

The page texts are written for these tests (某某 names), in other words than any labelled set."""

from __future__ import annotations

import pytest

from luoshi.engine import numbered

pytestmark = pytest.mark.engine


def _rows(text: str) -> list[tuple[str, str]]:
    table = numbered.numbered_table(text)
    assert table is not None
    return [(r.get("task"), r.get("progress")) for r in table.rows]


VERDICT_LINES = [
    ("1、新建某某社区食堂8个\n超额完成年度任务：建成社区食堂10个。\n2、改造某某农贸市场3个\n已完成全年任务：3个市场均已投用。\n",
     [("新建某某社区食堂8个", "超额完成年度任务：建成社区食堂10个。"),
      ("改造某某农贸市场3个", "已完成全年任务：3个市场均已投用。")]),
    ("1、某某公园提升改造\n全面完成年度任务：园路和照明改造完工。\n2、某某道路大修\n完成进度：已完成路面铣刨60%。\n",
     [("某某公园提升改造", "全面完成年度任务：园路和照明改造完工。"),
      ("某某道路大修", "已完成路面铣刨60%。")]),
]


@pytest.mark.parametrize(("text", "rows"), VERDICT_LINES)
def test_a_verdict_line_under_a_numbered_title_is_its_progress(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize(("label", "column"), [
    ("超额完成年度任务", None),            # a verdict: 任务 beside 超额完成 names no column
    ("已完成全年任务", None),
    ("完成情况", "progress"),             # labels naming completion themselves
    ("1-9月完成情况", "progress"),
    ("完成进度", "progress"),
    ("完成时限", "deadline"),
    ("工作任务", "task"),
    ("责任单位", "units"),
])
def test_what_labels_a_column_before_a_colon(label, column):
    assert numbered._label_column(label) == column


LABELLED_CELLS = [
    ("1、某某项目01｜城乡供水｜目标任务：新建某某水厂1座｜完成时限：12月底前｜责任科室：水务科：进展情况（1-9月）："
     "主体结构封顶，设备安装完成40%\n"
     "2、某某项目02｜污水治理｜目标任务：新建污水管网15公里｜完成时限：11月底前｜责任科室：排水科：进展情况（1-9月）："
     "铺设管网9.6公里\n",
     [("某某项目01｜城乡供水｜目标任务：新建某某水厂1座｜完成时限：12月底前｜责任科室：水务科",
       "进展情况（1-9月）：主体结构封顶，设备安装完成40%"),
      ("某某项目02｜污水治理｜目标任务：新建污水管网15公里｜完成时限：11月底前｜责任科室：排水科",
       "进展情况（1-9月）：铺设管网9.6公里")]),
    ("1、推进某某街区改造：工作进展：改造临街立面2.1万平方米\n2、建设某某停车场：工作进展：完成桩基施工\n",
     [("推进某某街区改造", "工作进展：改造临街立面2.1万平方米"),
      ("建设某某停车场", "工作进展：完成桩基施工")]),
]


@pytest.mark.parametrize(("text", "rows"), LABELLED_CELLS)
def test_the_progress_label_inside_a_numbered_line_parts_the_row(text, rows):
    assert _rows(text) == rows


VERDICT_AFTER_TASK = [
    ("1、新增某某城镇就业4000人：超额完成年度任务：已新增4620人\n2、新建某某乡村公路20公里：全面完成年度任务：目前建成21.5公里\n",
     [("新增某某城镇就业4000人", "超额完成年度任务：已新增4620人"),
      ("新建某某乡村公路20公里", "全面完成年度任务：目前建成21.5公里")]),
]


@pytest.mark.parametrize(("text", "rows"), VERDICT_AFTER_TASK)
def test_a_verdict_after_the_tasks_colon_opens_its_progress(text, rows):
    assert _rows(text) == rows


# Guards: a colon whose text after it is the task's own measure stays in the task where the progress is on later
# lines; a line with no fact after any colon is still cut at its first.
GUARDS = [
    ("1、推进某某技改：实施技改项目40个\n进展情况：已实施31个。\n2、推进某某招商：签约项目12个\n进展情况：已签约9个。\n",
     [("推进某某技改：实施技改项目40个", "已实施31个。"), ("推进某某招商：签约项目12个", "已签约9个。")]),
    ("1、某某公园改造：主体完工\n2、某某道路修缮：完成路面摊铺\n",
     [("某某公园改造", "主体完工"), ("某某道路修缮", "完成路面摊铺")]),
]


@pytest.mark.parametrize(("text", "rows"), GUARDS)
def test_colons_that_still_part_as_before(text, rows):
    assert _rows(text) == rows


# A numbered line with its own target after the task's colon, then the progress after another colon with no fact's
# word opening it: the target (a deadline, 年内, 计划) stays in the task where work is reported after the next colon.
TARGET_THEN_REPORT = [
    ("1、某某雨水泵站工程：4月底前开工，11月底前完工：施工图正在审查，尚未开工\n"
     "2、某某换热站工程：新建换热站6座，年内投入运行：某某热力公司：6座换热站全部建成\n",
     [("某某雨水泵站工程：4月底前开工，11月底前完工", "施工图正在审查，尚未开工"),
      ("某某换热站工程：新建换热站6座，年内投入运行", "某某热力公司：6座换热站全部建成")]),
]


@pytest.mark.parametrize(("text", "rows"), TARGET_THEN_REPORT)
def test_a_tasks_own_target_stays_in_the_task(text, rows):
    assert _rows(text) == rows


# A numbered line holding the row's labelled cells (责任单位：…, 完成时限：…) and then the progress after the cell's
# value under a label of its own (督查核实：…) or a period's progress label (9月份完成情况：…).
CELLS_THEN_PROGRESS = [
    ("1、第1项｜【某某】任务：新建某某小学1所｜责任单位：某某区教育局：督查核实：校舍主体完工，正在装修。\n"
     "2、第2项｜【某某】任务：新增某某停车泊位800个｜完成时限：12月底前：督查核实：建成泊位650个。\n",
     [("第1项｜【某某】任务：新建某某小学1所｜责任单位：某某区教育局", "督查核实：校舍主体完工，正在装修。"),
      ("第2项｜【某某】任务：新增某某停车泊位800个｜完成时限：12月底前", "督查核实：建成泊位650个。")]),
    ("1、改造某某路口8处。四季度工作计划：完成施工。9月份完成情况：已完成5处\n"
     "2、新建某某驿站3个。四季度工作计划：投入运营。9月份完成情况：主体完工\n",
     [("改造某某路口8处。四季度工作计划：完成施工", "9月份完成情况：已完成5处"),
      ("新建某某驿站3个。四季度工作计划：投入运营", "9月份完成情况：主体完工")]),
]


@pytest.mark.parametrize(("text", "rows"), CELLS_THEN_PROGRESS)
def test_a_labelled_cell_or_a_periods_progress_label_closes_the_task(text, rows):
    assert _rows(text) == rows


# A numbered line holding, after the task's name and a space, the task's own target and the stage's plan under labels
# of their own (攻坚目标任务：…, 第三季度工作任务安排：…), then the progress: the labels' texts are the task's.
PLAN_LABELS = [
    ("1、某某片区棚户区改造 攻坚目标任务：完成片区房屋征收。 第三季度工作任务安排：推进签约腾空：片区房屋征收签约率达72%\n"
     "2、某某产业园建设 攻坚目标任务：完成一期厂房建设。 第三季度工作任务安排：推进主体施工：3栋厂房主体结构完工\n",
     [("某某片区棚户区改造 攻坚目标任务：完成片区房屋征收。 第三季度工作任务安排：推进签约腾空", "片区房屋征收签约率达72%"),
      ("某某产业园建设 攻坚目标任务：完成一期厂房建设。 第三季度工作任务安排：推进主体施工", "3栋厂房主体结构完工")]),
    # guard: the task itself ending with 任务 before its colon keeps its first colon as the cut
    ("1、完成某某植树造林任务：植树3万株，其中：乔木2万株\n2、完成某某河道保洁任务：保洁河道40公里，其中：县级河道12公里\n",
     [("完成某某植树造林任务", "植树3万株，其中：乔木2万株"), ("完成某某河道保洁任务", "保洁河道40公里，其中：县级河道12公里")]),
]


@pytest.mark.parametrize(("text", "rows"), PLAN_LABELS)
def test_a_tasks_target_and_plan_labels_stay_in_the_task(text, rows):
    assert _rows(text) == rows


# Guards of the splits above: a progress text's own label after the task's colon (…：年度目标：…) is no target of
# the task; a label naming completion in the task's cells (具体完成情况：当年完成) gives way to one naming progress
# (截至9月底进展：…); where the progress stands on the next line the numbered line is the task whole.
LABEL_GUARDS = [
    ("1、完成某某小区改造12个：年度目标：完成某某小区改造12个。\n2、新建某某公园2个：年度目标：新建某某公园2个。\n",
     [("完成某某小区改造12个", "年度目标：完成某某小区改造12个。"), ("新建某某公园2个", "年度目标：新建某某公园2个。")]),
    ("1、建成某某小学教学楼 具体完成情况:当年完成：截至9月底进展:主体封顶\n"
     "2、改造某某中学操场 具体完成情况:当年完成：截至9月底进展:已完成招标\n",
     [("建成某某小学教学楼 具体完成情况:当年完成", "截至9月底进展:主体封顶"),
      ("改造某某中学操场 具体完成情况:当年完成", "截至9月底进展:已完成招标")]),
    ("1、建成某某小学教学楼 具体完成情况:当年完成\n截至9月底进展:主体封顶\n"
     "2、改造某某中学操场 具体完成情况:当年完成\n截至9月底进展:已完成招标\n",
     [("建成某某小学教学楼 具体完成情况:当年完成", "主体封顶"),          # a later line's label is its column's
      ("改造某某中学操场 具体完成情况:当年完成", "已完成招标")]),
]


@pytest.mark.parametrize(("text", "rows"), LABEL_GUARDS)
def test_labels_that_do_not_move_the_split(text, rows):
    assert _rows(text) == rows
