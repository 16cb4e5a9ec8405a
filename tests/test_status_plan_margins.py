"""Shares and margins against the year's plan (statusy, issue 11; progress._STATED with the target restated in
brackets, progress._excluded; rules.StatedRate with words.toml report.under_by).

A page may restate the target's own figure in brackets between the target and its share (占年度目标(9亿元)的55%),
and give a half-year share beside the year's (占上半年目标(4亿元)的124%): the year's share is the task's, and the
bracketed targets are no work done.  At the year's end a page may say the plan missed by points (比年度计划低4个百分点):
done 100 less the points — never before the deadline, and never for a rate target, whose points are the growth's.
Every row is written for this file in other words than any label row."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN_30, SEP_30, DEC_31 = date(2023, 6, 30), date(2023, 9, 30), date(2023, 12, 31)

CASES = [
    # the target restated in brackets, the year's share read, the half-year's beside it not summed
    ("全年完成交通建设投资9亿元", "上半年完成交通建设投资4.95亿元，占年度目标(9亿元)的55%，占上半年目标(4亿元)的123.8%。",
     JUN_30, "ahead"),
    ("年度招商引资到位资金50亿元", "1-6月，到位资金24.1亿元，为年度目标（50亿元）的48.2%，为半年目标（22亿元）的109.5%。",
     JUN_30, "on_track"),
    ("工业投资年度计划36亿元", "前三季度完成工业投资19.8亿元，占全年计划（36亿元）的55%。", SEP_30, "behind"),
    # (pages14's row, a strict xfail in tests/test_status_real_pages14.py KNOWN_MISSES_PAGES14 until this rule)
    ("全市重大项目年计划投资860亿元", "1-6月,全市重大项目累计完成投资489.3亿元,为年度投资目标(860亿元)的56.9%,"
     "为上半年投资目标(420亿元)的116.5%。", date(2021, 6, 30), "ahead"),
    # the plan missed by points at the year's end: done 100 less the points
    ("水利基础设施年度投资", "县水利局：全年完成投资2.3亿元，比年度计划低4个百分点。", DEC_31, "behind"),
    ("老旧街区更新年度投资", "区住建局：全年完成投资1.6亿元，比全年计划低12个百分点，3个片区中2个已完工。", DEC_31, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}→{s}" for t, _, _, s in CASES])
def test_shares_and_margins_of_the_years_plan(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# guards: a rate target's points are the growth's; before the deadline a margin under the plan is no share done; the
# plan beaten by points stays done; a bracket that is no target stays a figure
@pytest.mark.parametrize("task,progress,as_of,status", [
    ("一般公共预算收入增长7%", "全年一般公共预算收入增长3.5%，比年度目标低3.5个百分点。", DEC_31, "behind"),
    ("农田水利设施年度投资", "县水利局：全年完成投资1.2亿元，比年度计划高2.4个百分点，新建泵站全部投用。", DEC_31, "completed"),
    ("新建城市绿道30公里", "已建成绿道18公里(含滨江段6公里)，占年度目标的60%。", SEP_30, "behind"),
])
def test_guards_rates_deadlines_and_brackets(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


def test_a_margin_under_the_plan_before_the_deadline_is_no_share():
    a = judge("文旅项目年度投资", "1-9月完成投资3.1亿元，比年度计划低6个百分点。", SEP_30)
    assert a.completion_pct != 94.0, a.reason
