"""Issue 11, pagesc: a running total said with no start (已累计) is the task's own period's work, not all years.

A report writes 已累计完成投资5.2亿元 or 已累计建成12个 for the work of the programme it reports on — the year's, when
the task sets the year's target — as often as for a project's total since its start.  So 已累计 alone (words.toml
time.running_total_bare) no longer makes the figure a stock of all years (rules/building.py); it does when the task also
names the project's whole over its life (总投资, status.project_size) and the total is past every target of its unit (a
project's total since it began, no year's work).  A start said (自2019年以来, 历年, 以来累计: time.all_time) or a figure of
this year beside it decides as before.  The phenomenon recurs across governments of the real rows (a county's livelihood
programme against its year plan, a district's month sheet against the task's count).  Every row here is written for
this file; none is a page's sentence.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN, JUL, SEP = date(2023, 6, 30), date(2024, 7, 31), date(2022, 9, 30)

RUNNING_TOTAL_THIS_YEAR = [
    # the year's planned investment and a bare running total: 3.1 of 8 at September, under the pace
    ("今年计划完成农田水利投资8亿元", "截至9月底,已累计完成投资3.1亿元,灌区改造有序推进。", SEP, "behind"),
    # a count of items and a bare running total: 20 of 24 at mid-year
    ("新建社区食堂24家", "各街道加快推进,已累计建成社区食堂20家。", JUN, "ahead"),
    # the programme's whole investment beside its year plan, the total under the year plan: the year's work
    ("城区更新项目计划总投资11亿元,年度计划投资4.5亿元", "目前已累计完成投资2.7亿元,其中道路提升段已完工。", JUL, "on_track"),
    # a month's target before it does not make it the month's
    ("为60个村建设农家书屋", "9月份目标:完成6个村。 进展情况:已累计完成18个村农家书屋建设。", SEP, "seriously_behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", RUNNING_TOTAL_THIS_YEAR)
def test_a_bare_running_total_is_the_tasks_own_work(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


RUNNING_TOTAL_GUARDS = [
    # the project's whole named and the total past the year plan: the project's total since it began, not the year done
    # (read by its stage, never the year plan done)
    ("城西学校迁建,项目总投资5亿元,年度计划投资1.6亿元", "已累计完成投资2.4亿元,教学楼主体已封顶。", JUL, "on_track"),
    # a start said (自2019年以来): all years; the year's own figure beside it answers (12 of 30)
    ("新建村级养老服务站30个", "自2019年以来已累计建成养老服务站120个,今年新建12个。", JUN, "behind"),
    # this year's figure beside it answers, not the total (1.2 of 6)
    ("今年计划投资6亿元", "项目已累计完成投资8.5亿元,今年完成投资1.2亿元。", JUN, "seriously_behind"),
    # 历年 is all years still: no year's figure, read by its stage
    ("新增电动自行车充电端口3000个", "历年累计建成充电端口5200个。", JUN, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", RUNNING_TOTAL_GUARDS)
def test_a_running_total_of_all_years_is_no_years_work(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
