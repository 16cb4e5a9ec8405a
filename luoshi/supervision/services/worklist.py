"""The work list (待办): what each user has to do now, gathered from the cycle.

Nothing here is stored: every item is computed from the rows that make it
true (a returned version, a missing report, an order awaiting its answer), so
it disappears the moment the work is done.  Each item links to the page where
the work is done.  Read only: no function here writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from luoshi.core.models import Role
from luoshi.core.permissions import role_of

from ..models import (
    Assessment,
    Instruction,
    Notification,
    ReportingPeriod,
    Submission,
    SupervisionOrder,
    Task,
)
from ..permissions import organisation_of
from . import orders as order_services
from . import plans, review, signoff

LIMIT = 20  # items shown per section; the section's link leads to the full list


@dataclass
class Item:
    title: str
    detail: str = ""
    url: str = ""
    urgency: str = "normal"   # overdue | due | normal


@dataclass
class Section:
    key: str
    title: str
    items: list[Item] = field(default_factory=list)
    total: int = 0            # items in all (items shows at most LIMIT)
    more_url: str = ""


def _days(n: int) -> str:
    if n < 0:
        return _("已逾期 %(n)s 天") % {"n": -n}
    if n == 0:
        return _("今天截止")
    return _("剩余 %(n)s 天") % {"n": n}


def _latest_versions(org, periods):
    """The latest version of each (task, period) of ``org`` in ``periods``."""
    newer = Submission.objects.filter(task=OuterRef("task"), period=OuterRef("period"),
                                      organisation=OuterRef("organisation"), version__gt=OuterRef("version"))
    return (Submission.objects.filter(organisation=org, period__in=periods).exclude(Exists(newer))
            .select_related("task", "period"))


def open_periods_of(org):
    """Open periods of the plans in which ``org`` leads or cooperates on a task, due soonest first."""
    # Two subqueries, each from its link table's unit index (one OR over both joins
    # scanned every task of every plan).
    leads = Task.objects.filter(lead=org).order_by().values("plan_id")
    cooperates = Task.objects.filter(cooperating=org).order_by().values("plan_id")
    return (ReportingPeriod.objects.filter(Q(plan_id__in=leads) | Q(plan_id__in=cooperates), closed=False)
            .select_related("plan").order_by("deadline", "plan__title", "pk"))


def led_tasks_by_plan(org, plan_ids) -> dict[int, list[int]]:
    """The ids of the tasks ``org`` leads in each of ``plan_ids`` (one query for them all)."""
    out: dict[int, list[int]] = {pk: [] for pk in plan_ids}
    for plan_id, task_id in (Task.objects.filter(plan_id__in=out, lead=org).order_by()
                             .values_list("plan_id", "pk")):
        out[plan_id].append(task_id)
    return out


def _latest_states(org, periods) -> dict[tuple[int, int], tuple[int, str]]:
    """``(task, period) → (id, state)`` of the latest version of each report of ``org`` in
    ``periods``: three columns a row, no join (a unit in 50 plans has thousands)."""
    return {(t, p): (pk, state) for pk, t, p, state in
            _latest_versions(org, periods).select_related(None).order_by()
            .values_list("pk", "task_id", "period_id", "state")}


def period_state(org, period: ReportingPeriod, latest: dict | None = None, tasks: list[int] | None = None) -> dict:
    """``{"tasks", "missing", "drafts", "returned", "days_left"}`` for ``org`` in ``period``:
    ``missing`` counts the tasks it leads with no version submitted or accepted (``latest``:
    ``_latest_states`` of the periods, and ``tasks``: the ids of the tasks it leads in the
    period's plan, when the caller has them)."""
    if tasks is None:
        tasks = list(period.plan.tasks.filter(lead=org).values_list("pk", flat=True))
    if latest is None:
        latest = _latest_states(org, [period])
    states = [latest[(t, period.pk)][1] if (t, period.pk) in latest else None for t in tasks]
    return {"tasks": len(tasks), "missing": sum(1 for s in states if s not in plans.REPORTED_STATES),
            "drafts": states.count("draft"), "returned": states.count("returned"),
            "days_left": review.days_left(period)}


def department_sections(user, today: date | None = None) -> list[Section]:
    org = organisation_of(user)
    if org is None:
        return []
    periods = list(open_periods_of(org))
    latest = _latest_states(org, periods)
    # Returned reports (退回): the latest version is the returned one.
    returned = Section("returned", _("被退回的报送"))
    returned_ids = [pk for pk, state in latest.values() if state == "returned"]
    for sub in sorted(Submission.objects.filter(pk__in=returned_ids).select_related("task", "period"),
                      key=lambda s: (s.reviewed_at or s.created_at, s.pk)):
        returned.items.append(Item(
            f"{sub.task.code} {sub.task.name or sub.task.text[:40]}",
            _("%(period)s · 退回意见：%(comment)s") % {"period": sub.period.name, "comment": sub.review_comment},
            reverse("portal_report", args=[sub.task_id, sub.period_id]), "overdue"))
    # Periods due or overdue (待报送): one item per open period with tasks left to report.
    due = Section("periods", _("待报送的周期"))
    led = led_tasks_by_plan(org, {p.plan_id for p in periods})
    for period in periods:
        state = period_state(org, period, latest, led[period.plan_id])
        if not state["tasks"] or not state["missing"]:
            continue
        left = state["days_left"]
        detail = _("%(missing)s / %(tasks)s 项未报送") % state
        if state["drafts"]:
            detail += _("（其中草稿 %(n)s 项）") % {"n": state["drafts"]}
        due.items.append(Item(f"{period.plan.title} · {period.name}",
                              f"{detail} · {_('报送截止')} {period.deadline:%Y-%m-%d} · {_days(left)}",
                              reverse("portal") + f"?period={period.pk}",
                              "overdue" if left < 0 else ("due" if left <= 3 else "normal")))
    # 督办 orders awaiting the unit's answer.
    orders = Section("orders", _("待反馈的督办"))
    today = today or timezone.localdate()
    for order in (SupervisionOrder.objects.filter(organisation=org, state__in=order_services.AWAITING_ANSWER)
                  .select_related("task").order_by("deadline", "pk")):
        left = (order.deadline - today).days
        orders.items.append(Item(f"{order.number} {order.task.code} {order.task.name or order.task.text[:40]}",
                                 f"{_('办理时限')} {order.deadline:%Y-%m-%d} · {_days(left)}",
                                 reverse("order_detail", args=[order.pk]),
                                 "overdue" if left < 0 else ("due" if left <= 3 else "normal")))
    # Versions awaiting the head's sign-off (审签): only the head has them to do.
    sign = Section("signoff", _("待审签的报送"))
    for sub in signoff.awaiting(user).select_related("task", "period", "created_by", "updated_by").order_by("updated_at")[:LIMIT]:
        sign.items.append(Item(f"{sub.task.code} {sub.task.name or sub.task.text[:40]}",
                               _("%(period)s · 第 %(v)s 版 · 填报人 %(who)s") % {
                                   "period": sub.period.name, "v": sub.version,
                                   "who": sub.last_changed_by.username if sub.last_changed_by else "—"},
                               reverse("portal_report", args=[sub.task_id, sub.period_id]), "due"))
    sections = [returned, due, orders]
    if signoff.is_head_of(user, org):
        sections.insert(0, sign)
    return [*sections, instructions_section(Q(task__lead=org) | Q(task__cooperating=org), today)]


INSTRUCTION_DAYS = 30  # instructions stay on the work list this long


def instructions_section(condition: Q, today: date | None = None) -> Section:
    """Leaders' instructions (领导批示) of the last INSTRUCTION_DAYS days on the tasks ``condition`` selects."""
    since = (today or timezone.localdate()) - timedelta(days=INSTRUCTION_DAYS)
    section = Section("instructions", _("领导批示"))
    qs = (Instruction.objects.filter(condition, at__date__gte=since).select_related("task", "order")
          .distinct().order_by("-at", "-id"))
    for i in qs[:LIMIT]:
        url = reverse("order_detail", args=[i.order_id]) if i.order_id else reverse("task_detail", args=[i.task_id])
        section.items.append(Item(f"{i.task.code} {i.task.name or i.task.text[:40]}",
                                  f"{i.by_name} · {i.at:%Y-%m-%d}：{i.text[:120]}", url, "due"))
    section.total = qs.count()
    return section


def office_sections(user, today: date | None = None) -> list[Section]:
    today = today or timezone.localdate()
    queue = Section("review", _("待审核的报送"), more_url=reverse("review_queue"))
    pending = review.pending_submissions().select_related("task", "period", "organisation").order_by("submitted_at")
    for sub in pending[:LIMIT]:
        late = sub.submitted_at and sub.submitted_at.date() > sub.period.deadline
        queue.items.append(Item(f"{sub.organisation.name} · {sub.task.code} {sub.task.name or sub.task.text[:40]}",
                                f"{sub.period.name} · {_('第 %(v)s 版') % {'v': sub.version}}"
                                + (f" · {_('逾期报送')}" if late else ""),
                                reverse("review_submission", args=[sub.pk]), "due" if late else "normal"))
    queue.total = pending.count()
    # Flagged verdicts (待确认研判): the engine could not judge or was unsure (needs_person: it counts
    # only once confirmed), and no person has yet.
    flagged = Section("flagged", _("待人工确认的研判"), more_url=reverse("review_queue"))
    # The periods first (open ones and each plan's latest closed one: a short list of ids), then
    # the verdicts of those periods: one OR over two joins let PostgreSQL misjudge the rows and
    # compare every unsure verdict with every period (22 s at 100k tasks).
    period_ids = [*ReportingPeriod.objects.filter(closed=False).values_list("pk", flat=True),
                  *_latest_closed_periods().values_list("pk", flat=True)]
    flagged.total, first = _flagged(period_ids, LIMIT)
    shown = Assessment.objects.filter(pk__in=first).select_related("task", "period", "submission").in_bulk()
    for a in (shown[pk] for pk in first if pk in shown):
        url = reverse("review_submission", args=[a.submission_id]) if a.submission_id else reverse(
            "task_detail", args=[a.task_id])
        flagged.items.append(Item(f"{a.task.code} {a.task.name or a.task.text[:40]}",
                                  f"{a.period.name} · {a.reason[:80]}", url))
    # Units that have not reported for a period whose deadline has passed.
    # Counted in SQL over every overdue period (plans.missing_units): the first LIMIT reach Python.
    missing = Section("missing", _("逾期未报送的单位"))
    missing.total, first = plans.missing_units(ReportingPeriod.objects.filter(closed=False, deadline__lt=today),
                                               LIMIT)
    for period, org, n in first:
        missing.items.append(Item(f"{org.name}", _("%(period)s · %(n)s 项未报送 · %(days)s") % {
            "period": period.name, "n": n, "days": _days((period.deadline - today).days)},
            reverse("dashboard") + f"?plan={period.plan_id}&period={period.pk}", "overdue"))
    # Orders answered (awaiting the office) and orders overdue.
    answered = Section("orders", _("督办：待办结或已逾期"), more_url=reverse("orders"))
    for order in (SupervisionOrder.objects.filter(state="answered").select_related("task", "organisation")
                  .order_by("deadline")[:LIMIT]):
        answered.items.append(Item(f"{order.number} {order.organisation.name}", _("已反馈，待办结"),
                                   reverse("order_detail", args=[order.pk])))
    for order in order_services.overdue_orders(today, limit=LIMIT):
        answered.items.append(Item(f"{order.number} {order.organisation.name}", _days(-order.days_overdue),
                                   reverse("order_detail", args=[order.pk]), "overdue"))
    return [queue, flagged, missing, answered, instructions_section(Q(), today)]


def _flagged(period_ids: list[int], limit: int) -> tuple[int, list[int]]:
    """The current verdicts of ``period_ids`` the engine could not judge or was unsure of
    (``status`` unclear or ``needs_person``), neither confirmed nor overridden, on live tasks:
    ``(how many, the ids of the first `limit`)``, latest period first, then in task order.

    One statement.  The verdicts are read from their partial index (``assessment_unsure``)
    with their period's end, the withdrawn tasks from theirs (``task_withdrawn``: a handful);
    only the rows that can be among the first ``limit`` (those whose period ends no earlier
    than the ``limit``-th row's) look up their task's order, one by one.  Joining every
    verdict to the task table read all 100,000 tasks (hashed, in parallel workers) to order
    20,000 unsure verdicts at 100k tasks.  The periods are live (the caller's list), and so
    are their plans.  Plain SQL: the cut by the ``limit``-th row's end has no ORM spelling;
    it runs unchanged on SQLite and PostgreSQL."""
    from django.db import connection

    if not period_ids:
        return 0, []
    ids = ", ".join(["%s"] * len(period_ids))
    sql = f"""
        WITH f AS (
            SELECT a.id, a.task_id, p."end" FROM supervision_assessment a
            JOIN supervision_reportingperiod p ON p.id = a.period_id
            WHERE a.period_id IN ({ids}) AND a.current AND a.confirmed_at IS NULL
              AND (a.status = %s OR a.needs_person)
              AND a.task_id NOT IN (SELECT id FROM supervision_task WHERE withdrawn_at IS NOT NULL)
              AND NOT EXISTS (SELECT 1 FROM supervision_override o WHERE o.assessment_id = a.id)),
        cut AS (SELECT "end" FROM f ORDER BY "end" DESC LIMIT 1 OFFSET %s)
        SELECT f.id, (SELECT COUNT(*) FROM f) FROM f
        WHERE NOT EXISTS (SELECT 1 FROM cut) OR f."end" >= (SELECT "end" FROM cut)
        ORDER BY f."end" DESC, (SELECT t."order" FROM supervision_task t WHERE t.id = f.task_id), f.id
        LIMIT %s"""
    with connection.cursor() as cursor:
        cursor.execute(sql, [*period_ids, "unclear", limit - 1, limit])
        rows = cursor.fetchall()
    return (rows[0][1] if rows else 0), [pk for pk, _n in rows]


def _latest_closed_periods():
    """Each plan's latest closed period (its verdicts are the ones still read)."""
    latest = ReportingPeriod.objects.filter(plan=OuterRef("plan"), closed=True).order_by("-end")
    return ReportingPeriod.objects.filter(closed=True, pk=latest.values("pk")[:1])


def reader_sections(user, today: date | None = None) -> list[Section]:
    """Leaders, inspectors, statisticians: lagging tasks without an order, overdue orders."""
    today = today or timezone.localdate()
    lagging = Section("lagging", _("滞后且未督办的任务"), more_url=reverse("orders"))
    rows = order_services.lagging_tasks(limit=LIMIT + 1)
    for task, a in rows[:LIMIT]:
        lagging.items.append(Item(f"{task.code} {task.name or task.text[:40]}",
                                  f"{task.plan.title} · {a.period.name} · {a.shown_label}",
                                  reverse("task_detail", args=[task.pk]),
                                  "overdue" if a.shown_status == "seriously_behind" else "normal"))
    lagging.total = len(rows)
    overdue = Section("orders", _("逾期未反馈的督办"), more_url=reverse("orders"))
    for order in order_services.overdue_orders(today, limit=LIMIT):
        overdue.items.append(Item(f"{order.number} {order.organisation.name}", _days(-order.days_overdue),
                                  reverse("order_detail", args=[order.pk]), "overdue"))
    return [lagging, overdue]


def notices(user, limit: int = 10) -> list[Notification]:
    """The reminders and notices sent to this user or to the user's unit (in-app copy of e-mail/钉钉)."""
    org = organisation_of(user)
    q = Q(recipient=user)
    if org is not None:
        q |= Q(organisation=org, recipient__isnull=True)
    return list(Notification.objects.filter(q).order_by("-sent_at", "-id")[:limit])


def cached_office_sections(today: date | None = None) -> list[Section]:
    """``office_sections`` from the shared cache while nothing audited happened since they were
    computed (``dashboard.cache_generation``, as the dashboard's figures): they are the same for
    every office user, and counting every overdue period's missing units, the queue and the
    flagged verdicts of a province's plans takes a second.  The key holds the day (deadlines
    and overdue days move with it), the language of the texts and the generation."""
    from django.core.cache import cache
    from django.utils.translation import get_language

    from .dashboard import CACHE_SECONDS, cache_generation

    today = today or timezone.localdate()
    key = f"worklist:office:v1:{today.isoformat()}:{get_language() or ''}:{cache_generation()}"
    found = cache.get(key)
    if found is None:
        found = office_sections(None, today)
        cache.set(key, found, CACHE_SECONDS)
    return found


def sections(user, today: date | None = None) -> list[Section]:
    role = role_of(user)
    if role == Role.REPORTER:
        out = department_sections(user, today)
    elif role == Role.OFFICE:
        out = cached_office_sections(today)
    elif role in (Role.LEADER, Role.INSPECTOR, Role.STATISTICIAN):
        out = reader_sections(user, today)
    else:
        out = []
    for s in out:
        s.total = max(s.total, len(s.items))
    return out
