"""The demo's plans, periods and progress, from the sample documents (idempotent)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from django.db import transaction

from luoshi.core import audit
from luoshi.core.models import Organisation, SourceDocument

from ..models import Plan
from . import honours, plans, yearend

SHANGCHENG = "上城区人民政府"
GONGSHU = "拱墅区人民政府"


def district_of(name: str) -> Organisation:
    org, created = Organisation.objects.get_or_create(name=name, defaults={"kind": "other"})
    if created:
        audit.record(None, "organisation.create", org, detail={"name": name})
    return org


def source_document(name: str) -> SourceDocument | None:
    return SourceDocument.objects.filter(name=name).first()


@transaction.atomic
def seed() -> list[Plan]:
    """Plans from the samples: 上城 2020 (work report; H1 progress accepted, 上半年 closed,
    下半年 open), 上城 2019 (decomposition table, A/B/C classes, for the year-end
    assessment), 拱墅 2020 (its Q2 task list; Q1–Q2 closed, Q3 open)."""
    made = []
    report = source_document("shangcheng-2020-work-report.txt")
    h1 = source_document("shangcheng-2020-h1-progress.txt")
    if report and not Plan.objects.filter(year=2020, documents=report).exists():
        sc = district_of(SHANGCHENG)
        plan = plans.create_plan(report, 2020, "上城区2020年政府工作报告重点工作", district=sc)
        halves = plans.create_periods(plan, "half_yearly")
        if h1:
            plans.import_progress(h1, plan, halves[0])
        plans.close_period(halves[0])
        made.append(plan)
    table = source_document("shangcheng-2019-decomposition.txt")
    if table and not Plan.objects.filter(year=2019, documents=table).exists():
        plan = plans.create_plan(table, 2019, "上城区2019年目标任务分解", district=district_of(SHANGCHENG))
        plans.create_periods(plan, "yearly")
        if report:
            # The 2020 report's review says how the 2019 targets ended (luoshi verify).
            yearend.store_year_verdicts(plan, report)
        made.append(plan)
    q2 = source_document("gongshu-2020-q2-progress.txt")
    if q2 and not Plan.objects.filter(year=2020, documents=q2).exists():
        plan = plans.create_plan(q2, 2020, "拱墅区2020年重点工作", district=district_of(GONGSHU))
        quarters = plans.create_periods(plan, "quarterly")
        plans.import_progress(q2, plan, quarters[1])
        plans.close_period(quarters[0])
        plans.close_period(quarters[1])
        made.append(plan)
    honours.seed_honours()
    return made


# --- the demo as of today (bin/demo) -------------------------------------------------
#
# The sample documents are from 2019–2020: shown as they are, every deadline lies years
# in the past ("已逾期 2516 天") and every reminder fires.  ``seed_today`` replays the
# 2020 work report's tasks as this year's plan with periods placed around today, so a
# visitor meets a cycle in motion: one period closed with the sample's accepted
# progress, one whose deadline passed a few days ago (some units reported on time,
# some late, some not at all), one still open.  The historical plans stay, closed.
# The seeding itself is an action: actions/demo.py, do_seed_demo_today.

REPLAY_TITLE = "上城区{year}年重点工作（演示：以2020年政府工作报告按今天的日期重放）"
DUE_DAYS_AGO = 4      # the overdue period's deadline, days before today
OPEN_DAYS_AHEAD = 6   # the open period's deadline, days after today


def _month(d: date) -> tuple[date, date]:
    return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])


def demo_months(today: date) -> tuple[tuple[date, date], tuple[date, date], tuple[date, date]]:
    """Three consecutive months (first day, last day): closed, due (ended at least a few
    days before its deadline ``today - DUE_DAYS_AGO``) and open."""
    due_start, due_end = _month(today - timedelta(days=DUE_DAYS_AGO + 1))
    if due_end >= today - timedelta(days=DUE_DAYS_AGO):
        due_start, due_end = _month(due_start - timedelta(days=1))
    closed = _month(due_start - timedelta(days=1))
    following = _month(due_end + timedelta(days=1))
    return closed, (due_start, due_end), following


def period_name(start: date) -> str:
    return f"{start.year}年{start.month}月"


def replay_plan() -> Plan | None:
    """The demo's plan of this year, once seeded."""
    return Plan.objects.filter(title__startswith="上城区", title__contains="按今天的日期重放").first()
