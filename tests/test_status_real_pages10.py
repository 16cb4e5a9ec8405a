"""Issue 11, pagesb: rules learnt from real published city rows (bench/labels/status/pages10.json, dev), each with a
table of examples in other words than the pages' and the guards it must not fire on.  Every row here is written for this
file; none is a page's sentence or a scored row.

* A date with its year (rules/clauses.py _DONE_EVENT): 已于2014年5月30日通车试运营 reads as 已于5月30日通车试运营 — a
  facility opened, an event held, a policy issued on that day.  A plan with a dated year (计划于2021年10月举办, 将于…)
  stays a plan.
* The year's target counted before the whole year's task (rules/status_statements.py _WHOLE_SCOPE_DONE): 提前完成20条线路
  的年度目标任务 says the year's task — its 20 lines — done, as 提前完成年度目标任务 does.  Never a share (完成50%的年度
  目标任务), a share of it (…任务的50%), a forecast or a denial.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

MAR, JUN, JUL, SEP, DEC = date(2021, 3, 31), date(2021, 6, 30), date(2021, 7, 31), date(2021, 9, 30), date(2021, 12, 31)

DATED_WITH_YEAR = [
    ("地铁3号线一期开通试运营", "地铁3号线一期已于2021年6月26日开通试运营。", JUN, "completed"),
    ("举办第五届农民丰收节", "丰收节已于2021年9月23日成功举办,参与群众2万余人次", SEP, "completed"),
    ("出台人才新政20条", "人才新政已于2021年3月15日正式印发实施", MAR, "completed"),
    ("建成城市规划展览馆", "城市规划展览馆已于2021年7月1日建成开放", JUL, "completed"),
    # guards: the same words as a plan; the year's date beside work still under way; the opening of an earlier year
    ("举办第五届农民丰收节", "计划于2021年10月下旬举办,目前正在筹备", SEP, "on_track"),
    ("地铁3号线一期开通试运营", "将于2021年12月28日开通试运营,目前正在进行联调联试", SEP, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", DATED_WITH_YEAR, ids=[f"{r[0]}|{r[3]}" for r in DATED_WITH_YEAR])
def test_a_date_with_its_year_reads_as_one_without(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


@pytest.mark.parametrize("clause,expected", [
    ("已于2021年6月26日开通试运营", "done"),
    ("已于6月26日开通试运营", "done"),
    ("已于2020年12月31日正式揭牌运行", "done"),
    # guards: no 已 or event word before the opening; a count after the year
    ("计划2021年6月26日开通试运营", None),
    ("已于2021年完成投资3亿元", "done"),
])
def test_the_dated_opening_clause(clause, expected):
    from luoshi.engine.rules.clauses import clause_stage

    got = clause_stage(clause)
    assert (got if got == "done" else None) == expected


TARGET_COUNTED = [
    ("优化调整公交线路", "新辟、调整公交线路31条,提前完成25条线路的年度目标任务", JUL, "completed"),
    ("新增普惠性托位", "新增普惠性托位620个,超额完成500个托位的全年目标任务", SEP, "completed"),
    ("改造农村公路危桥", "已改造危桥46座,完成40座危桥的年度任务", SEP, "completed"),
    # guards: a share before the year's task; a share of it after; a forecast; a denial; the target stated, not done
    ("改造农村公路危桥", "已完成50%的年度目标任务", JUN, "on_track"),
    ("改造农村公路危桥", "已改造20座,完成40座危桥的年度任务的50%", JUN, "on_track"),
    ("改造农村公路危桥", "预计11月底完成40座危桥的年度目标任务", SEP, "unclear"),
    ("改造农村公路危桥", "已改造38座,未完成40座危桥的年度目标任务", DEC, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", TARGET_COUNTED, ids=[f"{r[0]}|{r[2]}|{r[3]}" for r in TARGET_COUNTED])
def test_the_years_target_counted_before_the_whole_task(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)
