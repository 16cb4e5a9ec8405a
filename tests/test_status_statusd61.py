"""Issue 11, statusd (stop 61): what invented248's first run missed — a city supervision office's year-end check of its
work report's key tasks, written after the departments' self-reports, at 31 December — mended by general rules and
tested on sentences written here in other words than any label row, each with guards that must not move.

* A table's item number before the cell's field title (第7项｜【城乡建设】任务：开工建设…) is neither a count of items nor a
  head of the task's verb: 第 before the figure makes it an ordinal (rules/status_stage._ITEMS_COUNTED), and after the
  number the 【】 title and the label are set aside as they are when the cell opens on them (rules/task_parts.task_parts).
  A start target of one works is then reached by the start said (README rule questions 13, 42).
* A result put off to next year with the result before the deferral (项目开工调整至2027年, 竣工时间推迟至明年: words.toml
  forecast.late_result, forecast.put_off_lead, forecast.next_year or next year by its number) is a lag the reply
  states: behind (rule questions 30, 33), not the works under way (rules/status_statements._put_off_result).
* A task of preparation closed by a comma and a clause of the year's result (完成…前期工作，年内开工建设: words.toml
  task.then_clause_lead) goes on to that result, as 并开工 does: at the year's end with only preparation and no start
  it is missed outright (rule question 19), not the preparation still going on (rules/clauses._THEN_MUST); before the
  deadline the preparation the task asks first is on pace until first_step_late (30 September), not from mid-year as
  for works only to start (rules/status_stage, StageAgainstDeadline).
* The unit's own verdict flattened into the cell (部门自评：完成, 单位自评：未完成: words.toml report.self_assessment_label)
  is no stage of the work: the office's findings beside it decide (rule question 43; rules/status_stage).

Left as a strict xfail (MISSES), mended by statusf at stop 61 (a normal case now): a count at the year's end answered
only by the unit's claim of normal progress and a forecast that the year's target will be met, the office noting that no
figures were given, was read as work going on past the deadline (behind: the label's alternative) where rule question 7
reads a count the unit vouches for unmeasured as unclear.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

DEC = date(2026, 12, 31)
SEP = date(2026, 9, 30)
JUL = date(2026, 7, 31)
JUN = date(2026, 6, 30)

STATUS = [
    # an item number and a field title before a start target: the start said reaches it
    ("第7项｜【城乡建设】任务：开工建设某某片区安置房（三期）｜责任单位：某某区住建局",
     "核查情况：三期已于8月26日开工建设，目前2栋楼施工至地上5层。", DEC, "completed"),
    ("第12项｜【教育】任务：开工建设某某中学新校区｜牵头单位：某某局",
     "新校区已于6月30日正式开工，基础工程已完成。", DEC, "completed"),
    # a start put off to next year, the result before the deferral
    ("开工建设某某水厂二期工程", "初步设计已批复，因资金未落实，项目开工推迟至明年。", DEC, "behind"),
    ("年内竣工某某文化馆", "主体结构已完成，幕墙正在施工，竣工时间延期至2027年。", DEC, "behind"),
    ("开工建设某某物流园", "可研已批复；受规划调整影响，开工时间调整至2027年。", SEP, "behind"),
    # preparation then the year's start after a comma, neither reached
    ("完成某某综合体项目前期工作，年内开工建设", "项目已完成选址和可研编制，施工图设计尚在进行，年内未能开工。", DEC,
     "seriously_behind"),
    ("完成某某大桥工程可研批复，年底前开工", "可研报告已评审，正在报批，尚未开工。", DEC, "seriously_behind"),
    # ... at 30 September, the start not yet due: behind by the ladder (first_step_late), not missed outright
    ("完成某某综合体项目前期工作，年内开工建设", "项目已完成选址和可研编制，施工图设计尚在进行。", SEP, "behind"),
    # the unit's verdict beside the office's findings
    ("第3项｜【交通】任务：完成某某公路前期工作，年内开工建设｜责任单位：某某局",
     "督查核实：项目已完成立项，初步设计正在编制，年内未能开工。单位自评：未完成。", DEC, "seriously_behind"),
]

GUARDS = [
    # a start target of a count stays judged by its count
    ("第5项｜【产业】任务：新开工亿元以上项目20个｜责任单位：某某局", "全年新开工亿元以上项目22个。", DEC, "completed"),
    # a deferral within the year, its month not come
    ("开工建设某某体育馆", "项目开工由6月推迟至10月，已于10月12日开工建设。", DEC, "completed"),
    # a task of preparation alone, done
    ("完成某某快速路工程前期工作", "可研已批复，初步设计已通过评审，具备开工条件。", DEC, "completed"),
    # preparation the task asks first, then the start: still going on at 31 July is on pace
    ("完成某某综合体项目前期工作，年内开工建设", "项目已完成选址和可研编制，施工图设计尚在进行。", JUL, "on_track"),
    ("完成某某产业园前期工作并开工建设", "项目建议书已批复，可研报告正在编制。", JUN, "on_track"),
    # a plain start reached with the unit's verdict beside it
    ("开工建设某某人才公寓", "项目已于5月开工建设，主体施工至10层。部门自评：完成。", DEC, "completed"),
    # works finished awaiting acceptance at the year's end, the unit saying done
    ("建成某某档案馆新馆", "新馆已于12月中旬完工，竣工验收正在组织。部门自评：完成。", DEC, "behind"),
]


def miss(task, progress, as_of, status, why):
    return pytest.param(task, progress, as_of, status, marks=pytest.mark.xfail(strict=True, reason=why))


MISSES = [
    # mended by statusf at stop 61 (rules/status_stage.UnitStatement: a count at the deadline answered only by the claim
    # is unclear, rule question 7; tests/test_status_statusf61.py) — a normal case now
    pytest.param("新增入库规模以上服务业企业40家", "据单位报告，相关工作正常推进，预计能够完成全年任务，未附入库名单。", DEC,
                 "unclear"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), STATUS)
def test_status(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), GUARDS)
def test_guards(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), MISSES)
def test_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
