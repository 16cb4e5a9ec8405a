"""A month's plan as the task (statusy, issue 11; words.toml deadline.month_plan, indicators.month_plan_deadline).

Monthly supervision tables put the month's plan in the task cell after the project's name (项目名 N月工作计划：…): the
row is that month's plan, due at the month's end, so the pace runs to it — what it names still only nearly done at the
month's end is behind.  When the month's plan is a step of preparation for the project named before it (招标, 设计批复),
that step done is the project on pace, not the project done; a plan naming a result of the works (建成, 投入使用) done is
the month's plan completed.  Every row is written for this file in other words than any label row."""

from datetime import date

import pytest

from luoshi.engine.indicators import month_plan_deadline
from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    # the month's result due at its end, not reached
    ("河西净水厂扩容工程 11月工作计划：完成设备安装并通水试运行。", "11月进展：设备安装基本完成，管道正在试压，尚未通水。",
     date(2025, 11, 30), "behind"),
    ("南门菜场提升改造 2025年10月工作计划：完成改造并恢复营业。", "10月进展：内部装修接近尾声，仍在围挡施工。",
     date(2025, 10, 31), "behind"),
    # the month's step of preparation done: the project on pace, not done
    ("东郊垃圾中转站建设 4月工作计划：完成施工图设计审查。", "4月进展：施工图已通过审查。", date(2025, 4, 30), "on_track"),
    ("老城供热管网更新 7月工作安排：完成施工招标。", "7月进展：施工招标已于7月20日完成，中标单位已进场准备。",
     date(2025, 7, 31), "on_track"),
    # guards: the month's result done is the month's plan completed
    ("西山公园公厕建设 6月工作计划：建成并对外开放。", "6月进展：公厕已于6月18日建成并正式对外开放。", date(2025, 6, 30),
     "completed"),
    # guards: a step to finish that is the whole task (no project named before it) done stays completed
    ("要求4月底前完成施工图设计审查", "施工图设计已于4月通过审查。", date(2025, 4, 30), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}|{s}" for t, _, _, s in CASES])
def test_a_months_plan(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


DEADLINES = [
    ("河西净水厂扩容工程 11月工作计划：完成设备安装。", date(2025, 11, 15), date(2025, 11, 30)),
    ("南门菜场提升改造 2025年十月份工作安排：恢复营业。", date(2025, 10, 31), date(2025, 10, 31)),
    # guards: another year's month, two months' plans, a month without a plan's words, a plan word without its colon
    ("南门菜场提升改造 2024年10月工作计划：恢复营业。", date(2025, 10, 31), None),
    ("10月工作计划：完成招标；11月工作计划：开工。", date(2025, 10, 31), None),
    ("南门菜场提升改造10月底前恢复营业", date(2025, 10, 31), None),
    ("按照年度工作计划推进11月各项任务", date(2025, 10, 31), None),
]


@pytest.mark.parametrize("task,as_of,deadline", DEADLINES, ids=[d[0] for d in DEADLINES])
def test_the_months_plan_deadline(task, as_of, deadline):
    assert month_plan_deadline(task, as_of) == deadline
