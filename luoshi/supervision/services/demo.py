"""The demo's data: which sample documents, which plans and periods (the seeding is actions/demo.py)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from luoshi.core.models import SourceDocument

from ..models import Plan

SHANGCHENG = "上城区人民政府"
GONGSHU = "拱墅区人民政府"


def source_document(name: str) -> SourceDocument | None:
    return SourceDocument.objects.filter(name=name).first()


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
