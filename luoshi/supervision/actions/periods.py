"""Reporting periods (报送周期): created by frequency or one by one, closed (never reopened here)."""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.models import AuditEvent

from ..models import Plan, ReportingPeriod
from ..services.plans import PERIOD_NAMES, month_end
from ..services.review import ReviewError, actor, clean_text, require_office


@action
def do_create_periods(plan: Plan, frequency: str = "quarterly", deadline_days: int = 10, *,
                      acting_user) -> list[ReportingPeriod]:
    """The reporting periods of a plan's year: months, quarters, halves or the
    year, each due ``deadline_days`` after it ends; periods that exist already are kept."""
    months = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}[frequency]
    out = []
    for i, first in enumerate(range(1, 13, months)):
        end = month_end(plan.year, first + months - 1)
        if frequency == "monthly":
            name = f"{plan.year}年{first}月"
        elif frequency == "yearly":
            name = f"{plan.year}年度"
        else:
            name = f"{plan.year}年{PERIOD_NAMES[frequency][i]}"
        period, created = ReportingPeriod.objects.get_or_create(
            plan=plan, name=name, defaults=dict(frequency=frequency, start=date(plan.year, first, 1), end=end,
                                                deadline=end + timedelta(days=deadline_days)))
        if created:
            audit.record(acting_user, "period.create", period, detail={"name": name})
        out.append(period)
    return out


@action
def do_create_period(plan: Plan, frequency: str, name: str = "", start: date | None = None,
                     end: date | None = None, deadline: date | None = None, deadline_days: int = 10, *,
                     acting_user) -> list[ReportingPeriod]:
    """Periods of a plan: without a name, the year's months/quarters/halves/year by
    ``frequency`` (existing ones kept); with a name, one custom period."""
    require_office(acting_user)
    if frequency not in dict(ReportingPeriod.FREQ_CHOICES):
        raise ReviewError("请选择有效的报送频次")
    if not 0 <= deadline_days <= 120:
        raise ReviewError("报送截止天数须在 0 到 120 之间")
    name = clean_text(name, "周期名称", 100, required=False)
    if not name:
        before = set(plan.periods.values_list("pk", flat=True))
        made = do_create_periods(plan, frequency, deadline_days=deadline_days, acting_user=acting_user)
        return [p for p in made if p.pk not in before]
    if start is None or end is None:
        raise ReviewError("自定义周期须填写开始日期和截止统计日")
    if start > end:
        raise ReviewError("开始日期不能晚于截止统计日")
    deadline = deadline or end + timedelta(days=deadline_days)
    if deadline < end:
        raise ReviewError("报送截止日期不能早于截止统计日")
    if plan.periods.filter(name=name).exists():
        raise ReviewError(f"该计划已有名为“{name}”的报送周期")
    period = ReportingPeriod.objects.create(plan=plan, name=name, frequency=frequency, start=start, end=end,
                                            deadline=deadline)
    audit.record(acting_user, "period.create", period, detail={
        "name": name, "plan": plan.pk, "start": str(start), "end": str(end), "deadline": str(deadline)})
    return [period]


@action
def do_close_period(period: ReportingPeriod, *, acting_user) -> ReportingPeriod:
    """Lock a period (关闭): later corrections to it are new versions marked late."""
    period = ReportingPeriod.objects.select_for_update(of=("self",)).get(pk=period.pk)
    if period.closed:
        raise ReviewError("该报送周期已关闭")
    period.closed = True
    period.closed_at = timezone.now()
    period.closed_by = actor(acting_user)
    period.save(update_fields=["closed", "closed_at", "closed_by"])
    audit.record(acting_user, "period.close", period, detail={"name": period.name})
    return period


@action
def do_close_history_periods(periods: list[ReportingPeriod], today: date | None = None, *,
                             acting_user) -> list[ReportingPeriod]:
    """Close as history (历史周期) the periods of a past year's plan whose deadline has passed —
    a plan imported from an earlier year's report (a 2022 report imported in 2026) would
    otherwise have every period open and overdue, and the reminder job would chase and
    escalate a year long gone (it skips closed periods).  A period still due (last year's
    fourth quarter in early January) stays open; so does every period of this year's plan.
    Each closed one has a ``period.close`` event marked ``history``; reopening is as for any
    closed period (重新开放, with a reason)."""
    today = today or timezone.localdate()
    out = []
    for period in periods:
        if period.closed or period.plan.year >= today.year or period.deadline >= today:
            continue
        period.closed, period.closed_at, period.closed_by = True, timezone.now(), actor(acting_user)
        period.save(update_fields=["closed", "closed_at", "closed_by"])
        audit.record(acting_user, "period.close", period, detail={
            "name": period.name, "history": True, "reason": "计划年度已过，报送截止日已过，作为历史周期关闭（不催报）"})
        out.append(period)
    return out


def closed_as_history(period: ReportingPeriod) -> bool:
    """Whether ``period`` is closed as history (``do_close_history_periods``): its latest
    ``period.close`` event says so (a period reopened and closed again by a person is not)."""
    if not period.closed:
        return False
    event = (AuditEvent.objects.filter(action="period.close", object_type="ReportingPeriod", object_id=str(period.pk))
             .order_by("-pk").values_list("detail", flat=True).first())
    return bool(event and event.get("history"))
