"""Issue 11, forecast (stop 54): no verdict that reads a plan as work done — a plan broken down after 其中.

A clause opening with 其中 right after a planned figure's clause (计划新建学校6所，其中小学4所、初中2所) breaks the plan
down: its figures are planned too, never work done (words.toml intention.plan_breakdown, progress.py _PLAN_BREAKDOWN).
Guards: 已 in the 其中 clause (其中已完工120户) or after its figure (其中4所已建成) makes it work done; a 其中 after a
fact's clause (已建成学校6所，其中小学4所) is a fact's breakdown.  Rows invented in other words than any label."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

SEP = date(2025, 9, 30)  # the year's pace 74.8% (on pace 69.8-79.8)

# (task, progress, expected status)
PLAN_BREAKDOWN = [
    # the plan's parts after 其中 are no schools built: 1 of 6 at the end of September
    ("全年新建学校6所", "今年计划新建学校6所，其中小学4所、初中2所，目前已建成1所。", "seriously_behind"),
    # the plan's parts by place, then the work done
    (
        "改造老旧小区40个",
        "年度计划改造老旧小区40个，其中城区28个、乡镇12个；截至9月底，已完工15个。",
        "behind",
    ),
    # money planned by source, then the investment made
    ("全年完成投资10亿元", "计划投资10亿元，其中中央资金3亿元、地方7亿元，1-9月完成投资4亿元。", "behind"),
]

# guards: a 其中 that reports work done, or breaks down a fact
GUARDS = [
    ("全年新建学校6所", "已建成学校6所，其中小学4所、初中2所。", "completed"),
    ("全年新建学校6所", "今年计划新建学校6所，截至目前已建成6所，其中小学4所。", "completed"),
    ("全年新建学校6所", "今年计划新建学校6所，其中已建成6所。", "completed"),
    ("全年新建学校6所", "今年计划新建学校6所，其中6所已建成。", "completed"),
    # the plan's parts dropped, the rest said under way still reads the work on pace
    (
        "年内完成农房改造300户",
        "计划改造农房300户，其中危房120户、抗震改造180户，目前已完工90户，其余正在施工。",
        "on_track",
    ),
    (
        "新增城镇就业岗位8000个",
        "计划新增就业岗位8000个，其中公益性岗位500个；1-9月已新增就业岗位6200个。",
        "on_track",
    ),
]


@pytest.mark.parametrize(("task", "progress", "expected"), PLAN_BREAKDOWN + GUARDS)
def test_plan_breakdown(task, progress, expected):
    assert judge(task, progress, SEP).status == expected


# Mended (statusa, stop 56): a breakdown's part dated right after its figure by a month and a result with no 已
# (其中4所于8月建成) is a dated result, not the plan's breakdown (progress.py _BREAKDOWN_DATED; 于 ends the noun after a
# count, words.toml figure.noun_end): a fact when the month has ended by the report's date, a plan when it is still to
# come (rules/forecasts.py _later_month_spans).  More cases in other words: tests/test_status_statusa56.py.
DATED_PART = [
    # 4 of 6 built by August, the other two still in design at the end of September: behind (the rest not under way)
    ("今年计划新建学校6所，其中4所于8月建成，其余2所正在设计。", "behind", 66.7),
    # the other two building: the rest under way holds the pace (rule question 4)
    ("今年计划新建学校6所，其中4所于8月建成，其余2所正在施工。", "on_track", 66.7),
    # guard: a month still to come is the plan's schedule, no school built
    ("今年计划新建学校6所，其中4所于12月建成，其余2所正在设计。", "behind", None),
]


@pytest.mark.parametrize(("progress", "expected", "completion"), DATED_PART)
def test_breakdown_part_done_by_a_past_month(progress, expected, completion):
    row = judge("全年新建学校6所", progress, SEP)
    assert (row.status, row.completion_pct) == (expected, completion)


# Known miss (strict): with the rest at 主体完工 the count is no figure read (主体 is taken for the noun the two count,
# as with 其中4所已建成，其余2所主体完工), so the stage decides with no completion; the status is right by rule question 4
# (the rest under way holds the pace), only the completion and basis miss.  The case of stop 54 asked behind; rule
# question 4 reads it on pace (statusa, stop 56).
@pytest.mark.xfail(strict=True, reason="主体完工 after a count is read as a noun of its own (主体), the counts left to the "
                   "stage reading: on pace with no completion; no dev row shows it (statusa, stop 56)")
def test_breakdown_part_done_by_a_past_month_rest_topped_out():
    row = judge("全年新建学校6所", "今年计划新建学校6所，其中4所于8月建成，其余2所主体完工。", SEP)
    assert row.status == "on_track" and row.completion_pct == 66.7 and "4所" in row.reason
