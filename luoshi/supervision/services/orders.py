"""督办 orders (督办单): the office orders a lagging task's lead unit to act.

The cycle: the office issues an order (requirement, deadline) → the lead
unit answers with its measures → the office closes it, returns the answer
or escalates it (a higher level, optionally a new deadline).  Every step is
an ``OrderEvent`` (the trail inspectors read) and an audit event; nothing
is deleted.  The steps are actions (luoshi/supervision/actions/orders.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import get_language

from luoshi.core.models import Organisation, Role
from luoshi.core.permissions import role_of

from ..models import STATUS_CHOICES, Assessment, ReportingPeriod, SupervisionOrder, Task
from ..permissions import organisation_of
from . import latest

MAX_REQUIREMENT = 2000
MAX_MEASURES = 4000
MAX_COMMENT = 2000
# A deadline further out than this is almost certainly a typo (2205 for 2025).
MAX_DEADLINE_DAYS = 730

OPEN_STATES = ("issued", "answered", "escalated")
AWAITING_ANSWER = ("issued", "escalated")
LAGGING_STATUSES = ("seriously_behind", "behind", "not_started")
ORDER_READERS = (Role.OFFICE, Role.LEADER, Role.INSPECTOR)
STATUS_LABEL = dict(STATUS_CHOICES)


class OrderError(Exception):
    """An order step that cannot be taken; the message (Chinese) is shown as is."""


# --- who sees what ------------------------------------------------------------------

def visible_orders(user, queryset=None):
    """The orders this user may read: office, leaders and inspectors all of them,
    a reporter only its own organisation's, anyone else none."""
    qs = queryset if queryset is not None else SupervisionOrder.objects.all()
    role = role_of(user)
    if role in ORDER_READERS:
        return qs
    if role == Role.REPORTER:
        org = organisation_of(user)
        return qs.filter(organisation=org) if org is not None else qs.none()
    return qs.none()


def can_see_order(user, order: SupervisionOrder) -> bool:
    role = role_of(user)
    if role in ORDER_READERS:
        return True
    if role == Role.REPORTER:
        org = organisation_of(user)
        return org is not None and org.pk == order.organisation_id
    return False


def can_answer(user, order: SupervisionOrder) -> bool:
    """Only a reporter of the order's organisation answers it, and only while it awaits an answer."""
    if role_of(user) != Role.REPORTER:
        return False
    org = organisation_of(user)
    return org is not None and org.pk == order.organisation_id


def require_office(user) -> None:
    if role_of(user) != Role.OFFICE:
        raise PermissionDenied


def actor(user):
    return user if getattr(user, "pk", None) else None


# --- validation -----------------------------------------------------------------------

def clean_text(value, limit: int, label: str, required: bool = True) -> str:
    if value is not None and not isinstance(value, str):
        raise OrderError(f"{label}格式不正确")
    text = (value or "").strip()
    if required and not text:
        raise OrderError(f"请填写{label}")
    if len(text) > limit:
        raise OrderError(f"{label}不能超过 {limit} 字")
    return text


def clean_deadline(value, today: date | None = None) -> date:
    """A deadline that is a date, not in the past and not absurdly far away."""
    today = today or timezone.localdate()
    if value in (None, ""):
        raise OrderError("请填写办理时限")
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError as e:
            raise OrderError("办理时限格式不正确（应为 YYYY-MM-DD）") from e
    if not isinstance(value, date):
        raise OrderError("办理时限格式不正确（应为 YYYY-MM-DD）")
    if value < today:
        raise OrderError("办理时限不能早于今天")
    if value > today + timedelta(days=MAX_DEADLINE_DAYS):
        raise OrderError("办理时限过远，请核对")
    return value


# --- numbering ------------------------------------------------------------------------

NUMBER_RE = re.compile(r"^督办〔(\d{4})〕(\d+)号$")


def next_number(year: int) -> str:
    """The next order number of a year: 督办〔2020〕1号, 督办〔2020〕2号 … (a sequence per year)."""
    prefix = f"督办〔{year}〕"
    highest = 0
    for number in (SupervisionOrder.objects.select_for_update(of=("self",))
                   .filter(number__startswith=prefix).values_list("number", flat=True)):
        m = NUMBER_RE.match(number)
        if m:
            highest = max(highest, int(m.group(2)))
    return f"{prefix}{highest + 1}号"


# --- the steps ------------------------------------------------------------------------



def lead_unit(task: Task) -> Organisation | None:
    """The unit an order on this task goes to: its first lead unit that is not a collective (各街道)."""
    leads = list(task.lead.all())
    return next((o for o in leads if o.kind != "collective"), leads[0] if leads else None)




# --- lists ----------------------------------------------------------------------------

def overdue_orders(today: date | None = None, plan=None, limit: int | None = None) -> list[SupervisionOrder]:
    """Open orders still awaiting the unit's answer (state issued or escalated) whose
    deadline has passed (逾期督办), most overdue first.

    Returns a list of ``SupervisionOrder`` (task, task.plan, organisation and period
    loaded), each with an extra attribute ``days_overdue`` (int ≥ 1).  An answered
    order awaits the office, not the unit, so it is not overdue.  ``plan`` keeps one
    plan's orders and ``limit`` the first rows, both in SQL."""
    today = today or timezone.localdate()
    qs = overdue_queryset(today)
    if plan is not None:
        qs = qs.filter(task__plan=plan)
    qs = qs.select_related("task", "task__plan", "organisation", "period").order_by("deadline", "id")
    out = list(qs[:limit] if limit is not None else qs)
    for order in out:
        order.days_overdue = (today - order.deadline).days
    return out


def overdue_queryset(today: date | None = None):
    """Orders awaiting the unit's answer past their deadline, as a queryset to filter or count."""
    return SupervisionOrder.objects.filter(state__in=AWAITING_ANSWER, deadline__lt=today or timezone.localdate())


def latest_assessed_periods() -> list[int]:
    """Each plan's latest period (by end) with a current verdict: one EXISTS per period on the
    current-verdict index, then the latest per plan among a few hundred periods."""
    has = Assessment.all_objects.filter(period=OuterRef("pk"), current=True)
    latest_of: dict[int, tuple] = {}
    for pk, plan_id, end in (ReportingPeriod.objects.filter(Exists(has)).order_by()
                             .values_list("pk", "plan_id", "end")):
        if plan_id not in latest_of or (end, pk) > latest_of[plan_id]:
            latest_of[plan_id] = (end, pk)
    return [pk for _end, pk in latest_of.values()]


def lagging_tasks(limit: int = 100) -> list[tuple[Task, Assessment]]:
    """Tasks whose current assessment's effective status is lagging (欠进度, 严重滞后, 未启动)
    and that have no open order: candidates for a 督办 order, most serious first.

    The verdicts are those of each plan's latest assessed period (what the office supervises
    now): a province holds a million verdicts of past months, and finding each task's own
    latest period among them took tens of seconds a page (issue 16).  A task not assessed in
    its plan's latest period is not a candidate until it is.  The list is kept in the shared
    cache until the next audited change (``dashboard.cache_generation``)."""
    from .dashboard import CACHE_SECONDS, cache_generation

    key = f"lagging-tasks:v1:{limit}:{get_language() or ''}:{cache_generation()}"
    found = cache.get(key)
    if found is None:
        found = _lagging_tasks(limit)
        cache.set(key, found, CACHE_SECONDS)
    return found


def _lagging_tasks(limit: int) -> list[tuple[Task, Assessment]]:
    # In SQL (services.latest): effective status lagging, no open order; ordered and cut
    # before any row is loaded.
    open_order = SupervisionOrder.objects.filter(task=OuterRef("task"), state__in=OPEN_STATES)
    qs = (latest.with_effective(Assessment.objects.filter(current=True, period_id__in=latest_assessed_periods()))
          .filter(eff_status__in=LAGGING_STATUSES).exclude(Exists(open_order))
          .annotate(sev=latest.severity(order=LAGGING_STATUSES))
          .select_related("task", "task__plan", "period").prefetch_related("overrides")
          .order_by("sev", "-period__end", "-task__plan__year", "task__plan__title", "task__plan_id",
                    "task__order", "task_id", "-created_at"))
    rows = []
    seen = set()
    for a in qs[:limit * 2]:  # a task twice only if data ever had two current verdicts in one period
        if a.task_id in seen:
            continue
        seen.add(a.task_id)
        a.shown_status = a.eff_status
        a.shown_label = STATUS_LABEL[a.eff_status]
        rows.append((a.task, a))
    return rows[:limit]
