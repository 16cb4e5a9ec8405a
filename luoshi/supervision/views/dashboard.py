"""Dashboard (驾驶舱), the task list and the task page.  Thin: the figures come from
``services.dashboard``, who may see what from ``permissions``."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q, Window
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from luoshi.core import listing
from luoshi.core.models import Organisation, Role

from .. import choice
from ..actions.instructions import can_instruct
from ..highlight import highlight
from ..models import Assessment, Part, Plan, ReportingPeriod, Task
from ..permissions import READERS, check_task, organisation_of, role_of, role_required, visible_tasks
from ..services import dashboard as figures
from ..services import latest, orders, reminders, review
from ..services import plans as plan_services
from ..services.task_edits import history as task_history

# Chart colours by status, strong versions of the shared .st-<status> colours.
STATUS_COLOURS = {
    "completed": "#2e9d3a", "ahead": "#1f6fc5", "on_track": "#8cc152", "behind": "#e8b400",
    "seriously_behind": "#d42020", "not_started": "#8a8a8a", "unclear": "#c8c8c8", "not_reported": "#7b5ea7",
}
PAGE_SIZE = 50
MAX_QUERY = 100
CHART_DEPARTMENTS = 25  # the chart shows the units leading most tasks; the table shows all


class BadFilter(Exception):
    """A filter value that cannot be used; the message is shown with status 400."""


def _int(value: str | None, label: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BadFilter(_("参数“%(name)s”须为数字") % {"name": label}) from None
    if number <= 0 or number > 2**31:
        raise BadFilter(_("参数“%(name)s”无效") % {"name": label})
    return number


def _plan_and_period(request, plans_qs):
    """The plan and period chosen in the query string, else the period chosen earlier on any
    page (``choice``), else the defaults; 404 for foreign ids."""
    plan_id = _int(request.GET.get("plan"), _("计划"))
    period_id = _int(request.GET.get("period"), _("周期"))
    chosen = None if plan_id or period_id else choice.remembered(request, plans=plans_qs)
    if plan_id:
        plan = get_object_or_404(plans_qs, pk=plan_id)
    elif chosen is not None:
        plan = chosen.plan
    else:
        default = figures.default_plan()
        plan = default if default and plans_qs.filter(pk=default.pk).exists() else plans_qs.first()
    if plan is None:
        return None, None
    if period_id:
        period = get_object_or_404(ReportingPeriod, pk=period_id, plan=plan)
        choice.remember(request, period)
    else:
        period = chosen or choice.remembered(request, plan=plan) or choice.default_period(plan)
    return plan, period


def _drill(plan, period, **filters) -> str:
    params = {"plan": plan.pk}
    if period:
        params["period"] = period.pk
    params.update({k: ("none" if v is None else v) for k, v in filters.items()})
    return reverse("task_list") + "?" + urlencode(params)


@role_required(*READERS)
def dashboard(request):
    try:
        plan, period = _plan_and_period(request, Plan.objects.all())
    except BadFilter as e:
        return render(request, "supervision/dashboard/dashboard.html", {"error": str(e)}, status=400)
    if plan is None:
        return render(request, "supervision/dashboard/dashboard.html", {"plans": []})
    # shared cache, ended by any audited change; with them the cycle's alarms: 督办 orders past
    # their deadline (the day is in the key) and escalations still unresolved (the reminder
    # job audits its sending; a unit's report resolves them)
    cached = figures.dashboard_figures(plan, period, alarms=lambda: {
        "overdue_orders": orders.overdue_orders(plan=plan),
        "escalations": [e for e in reminders.escalations(plan=plan) if not e.resolved]})
    summary, trend = cached["summary"], cached["trend"]
    open_period = plan_services.current_period(plan)
    labels = [row["label"] for row in summary["statuses"]]

    # the drill-down links (one per unit and status: thousands on a city's dashboard) share
    # one reverse() and one encoded plan/period prefix
    prefix = _drill(plan, period)

    def link(**f):
        # ids (int or None) and status keys (ASCII words) need no quoting: the same string as
        # urlencode gives, without its cost (thousands of links on a city's dashboard)
        return prefix + "".join(f"&{k}={'none' if v is None else v}" for k, v in f.items())

    for row in summary["statuses"]:
        row["url"] = link(status=row["status"])
    for part in summary["parts"]:
        part["url"] = link(part=part["id"])
        part["status_urls"] = [(s, part["counts"][s], link(part=part["id"], status=s)) for s in figures.STATUS_KEYS]
        for child in part["children"]:
            child["url"] = link(part=child["id"])
            child["status_urls"] = [(s, child["counts"][s], link(part=child["id"], status=s))
                                    for s in figures.STATUS_KEYS]
    for dept in summary["departments"]:
        dept["url"] = link(department=dept["id"])
        dept["status_urls"] = [(s, dept["counts"][s], link(department=dept["id"], status=s))
                               for s in figures.STATUS_KEYS]
    chart_departments = summary["departments"][:CHART_DEPARTMENTS]
    chart = {
        "statuses": [{"key": r["status"], "label": r["label"], "colour": STATUS_COLOURS[r["status"]],
                      "count": r["count"], "url": r["url"]} for r in summary["statuses"]],
        "parts": {
            "names": [p["title"] for p in summary["parts"]],
            "urls": [p["url"] for p in summary["parts"]],
            "series": {s: [p["counts"][s] for p in summary["parts"]] for s in figures.STATUS_KEYS},
        },
        "departments": {
            "names": [d["name"] for d in chart_departments],
            "urls": [d["url"] for d in chart_departments],
            "series": {s: [d["counts"][s] for d in chart_departments] for s in figures.STATUS_KEYS},
        },
        "trend": {
            "names": [t["period"]["name"] for t in trend],
            "series": {s: [t["counts"][s] for t in trend] for s in figures.STATUS_KEYS},
            "score": [t["score"] for t in trend],
        },
        "labels": dict(zip(figures.STATUS_KEYS, labels, strict=True)),
        "score_label": _("推进率（加权，%）"),
    }
    return render(request, "supervision/dashboard/dashboard.html", {
        "plans": Plan.objects.order_by("-year", "title"), "plan": plan, "period": period,
        "periods": plan.periods.order_by("end"), "summary": summary, "trend": trend,
        "lagging": cached["lagging"], "lagging_count": cached["lagging_count"], "open_period": open_period,
        # The same period as the headline figures: who has not reported for it.
        "not_reported": cached["not_reported"], "chart": chart,
        "figures_key": cached["key"], "figures_seconds": figures.CACHE_SECONDS,
        "lagging_url": link(status="lagging"),
        "part_count": len(summary["parts"]),
        # The cycle's alarms: 督办 orders past their deadline, and missing reports
        # escalated to department heads (services.orders / services.reminders).
        "overdue_orders": cached["overdue_orders"], "escalations": cached["escalations"],
        # accepted reports whose verdict waits for a person: they count as 未报送 until confirmed,
        # which the note says, or a leader reads them as units that did not report
        "pending_count": (Assessment.objects.filter(period=period, current=True).pending().count()
                          if period else 0),
        "is_office": role_of(request.user) == Role.OFFICE,
    })


# --- task list ---------------------------------------------------------------------

def _part_ids(part: Part) -> list[int]:
    ids, todo = [], [part]
    while todo:
        p = todo.pop()
        ids.append(p.pk)
        todo += list(p.children.all())
    return ids


TASK_COLUMNS = listing.Listing(columns=[
    listing.Column("code", _lazy("编号"), ("plan__year", "plan_id", "order", "pk")),
    listing.Column("name", _lazy("任务"), ("name", "text", "pk")),
    listing.Column("plan", _lazy("年度计划"), ("plan__year", "plan__title", "order", "pk")),
    listing.Column("part", _lazy("板块"), ("part__order", "order", "pk")),
    listing.Column("lead", _lazy("牵头单位")),
    listing.Column("status", _lazy("状态")), listing.Column("completion", _lazy("完成度"), css="num"),
    listing.Column("expected", _lazy("序时进度"), css="num"),
    listing.Column("deadline", _lazy("完成时限"), ("deadline", "order", "pk")),
], default_sort="code")


@role_required(Role.OFFICE, Role.REPORTER, Role.LEADER, Role.STATISTICIAN, Role.INSPECTOR)
def task_list(request):
    tasks = visible_tasks(request.user, Task.objects.all())
    plans_qs = Plan.objects.filter(pk__in=tasks.values("plan_id")).order_by("-year", "title")
    ctx = {"plans": plans_qs, "status_labels": figures.status_rows({}), "q": request.GET.get("q", "")}
    try:
        if request.GET.get("plan", None) == "" or ("plan" not in request.GET and request.GET.get("q", "").strip()):
            plan, period = None, None  # explicitly every plan; a search without a plan looks in all
        else:
            plan, period = _plan_and_period(request, plans_qs)
        status = request.GET.get("status", "")
        if status and status != "lagging" and status not in figures.STATUS_KEYS:
            raise BadFilter(_("未知的状态"))
        if status and plan is None:
            raise BadFilter(_("按状态筛选须先选择计划"))
        q = request.GET.get("q", "").strip()
        if len(q) > MAX_QUERY:
            raise BadFilter(_("搜索内容过长（最多%(n)s字）") % {"n": MAX_QUERY})
        part_raw = request.GET.get("part", "")
        part_id = None if part_raw in ("", "none") else _int(part_raw, _("板块"))
        department = request.GET.get("department", "")
        department_id = None if department in ("", "none") else _int(department, _("单位"))
    except BadFilter as e:
        ctx["error"] = str(e)
        return render(request, "supervision/tasks/list.html", ctx, status=400)

    part = organisation = None
    if plan is not None:
        tasks = tasks.filter(plan=plan)
    if part_id:
        part = get_object_or_404(Part, pk=part_id, **({"plan": plan} if plan else {}))
        tasks = tasks.filter(part_id__in=_part_ids(part))
    elif part_raw == "none":
        tasks = tasks.filter(part__isnull=True)
    if department_id:
        organisation = get_object_or_404(Organisation, pk=department_id)
        tasks = tasks.filter(lead=organisation)
    elif department == "none":
        tasks = tasks.filter(lead__isnull=True)
    if q:
        tasks = tasks.filter(Q(text__icontains=q) | Q(name__icontains=q) | Q(code__iexact=q))
    sort = TASK_COLUMNS.sort_of(request.GET.get("sort", ""))
    # No DISTINCT here: no filter above joins more than one row per task (a unit leads a task
    # once), and a reporter's tasks come distinct from visible_tasks; a DISTINCT over every
    # column, text and status included, made PostgreSQL sort each plan's tasks for each page.
    tasks = TASK_COLUMNS.order(tasks.select_related("plan", "part").prefetch_related(
        Prefetch("lead", queryset=Organisation.objects.only("id", "name"))), sort)
    if status:
        # the status filter in SQL (services.latest): the page, not the plan, is loaded; the page
        # and the number of matching tasks from one pass over the plan's verdicts
        tasks = tasks.annotate(eff_status=latest.task_status(period))
        if status == figures.NOT_REPORTED:
            tasks = tasks.filter(eff_status__isnull=True)
        else:
            tasks = tasks.filter(eff_status__in=figures.LAGGING if status == "lagging" else (status,))
        page = _counted_page(tasks, request.GET.get("page"))
    else:
        page = Paginator(tasks, PAGE_SIZE).get_page(request.GET.get("page"))
    # the shown tasks' verdicts: three small columns each (no verdict, report or override loaded whole)
    current = {}
    if period is not None and page.object_list:
        for task_id, *figs in (latest.current(period.pk).filter(task_id__in=[t.pk for t in page.object_list])
                               .order_by("task_id", "-created_at", "-pk")
                               .values_list("task_id", "eff_status", "eff_completion", "expected_pct")):
            current.setdefault(task_id, figs)   # the newest if data ever had two
    rows = []
    for t in page.object_list:
        st, done, expected = current.get(t.pk, (figures.NOT_REPORTED, None, None)) if period else ("", None, None)
        rows.append({"task": t, "status": st, "label": figures.status_label(st) if st else "",
                     "completion": done, "expected": expected})
    params = request.GET.copy()
    params.pop("page", None)
    ctx.update({
        "plan": plan, "period": period, "periods": plan.periods.order_by("end") if plan else [],
        "parts": plan.parts.order_by("order") if plan else [], "part": part, "part_raw": part_raw, "organisation": organisation,
        "department": department, "status": status, "rows": rows, "page": page, "query": params.urlencode(),
        "headers": {h.column.key: h for h in TASK_COLUMNS.headers(sort, params)}, "sort": sort,
        # a semi-join on the plan's lead links (a join made DISTINCT over every unit column read
        # each link of the plan's tasks into a sort)
        "departments": figures.lead_units(plan) if plan else [],
        "status_label": (_("滞后（欠进度、严重滞后、未启动）") if status == "lagging"
                         else figures.status_label(status) if status else ""),
        "reporter_org": organisation_of(request.user) if role_of(request.user) == Role.REPORTER else None,
    })
    return render(request, "supervision/tasks/list.html", ctx)


class _Counted(Sequence):
    """A page of rows already read, standing for the whole list to ``Paginator`` (its length is
    the number of matching rows; slicing the page's range gives the rows read)."""

    def __init__(self, rows: list, count: int, offset: int):
        self.rows, self.total, self.offset = rows, count, offset

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.rows[index.start - self.offset:index.stop - self.offset]
        return self.rows[index - self.offset]


def _counted_page(tasks, number):
    """``Paginator(tasks, PAGE_SIZE).get_page(number)`` from one query: the page's rows each with
    the number of matching rows (a window count), so the filter runs once, not once for the
    count and again for the page.  A page number below 1 or past the end (no row) gives the
    last page, counted apart, and a number that is none the first, as ``get_page`` does."""
    try:
        number = int(number)
    except (TypeError, ValueError):
        number = 1
    if number >= 1:
        offset = (number - 1) * PAGE_SIZE
        rows = list(tasks.annotate(matching=Window(Count("pk")))[offset:offset + PAGE_SIZE])
        if rows or number == 1:
            return Paginator(_Counted(rows, rows[0].matching if rows else 0, offset), PAGE_SIZE).get_page(number)
    count = tasks.count()
    number = max(1, -(-count // PAGE_SIZE))
    offset = (number - 1) * PAGE_SIZE
    rows = list(tasks[offset:offset + PAGE_SIZE])
    return Paginator(_Counted(rows, count, offset), PAGE_SIZE).get_page(number)


# --- task page ---------------------------------------------------------------------

@role_required(Role.OFFICE, Role.REPORTER, Role.LEADER, Role.STATISTICIAN, Role.INSPECTOR)
def task_detail(request, pk):
    office = role_of(request.user) == Role.OFFICE
    # the office also opens a withdrawn task (its history, restore); for everyone else it is gone
    tasks = Task.all_objects if office else Task.objects
    task = get_object_or_404(tasks.select_related("plan", "part", "part__parent", "source_document"), pk=pk)
    check_task(request.user, task)
    reporter = role_of(request.user) == Role.REPORTER
    own_org = organisation_of(request.user) if reporter else None
    flag_readers = review.sees_flag_reasons(request.user)
    versions = list(task.target_versions.prefetch_related("indicators").select_related("created_by")
                    .order_by("version"))
    submissions = task.submissions.select_related("period", "organisation", "created_by", "reviewed_by")
    if reporter:
        # a reporter sees only its own organisation's submissions, drafts included
        submissions = submissions.filter(organisation=own_org)
    else:
        # drafts stay with the department until submitted
        submissions = submissions.exclude(state="draft")
    submissions = list(submissions.order_by("period__end", "organisation__name", "version"))
    assessments = list(task.assessments.select_related("period", "submission")
                       .prefetch_related("overrides", "overrides__created_by").order_by("period__end", "-created_at"))
    periods: dict[int, dict] = {}
    for p in task.plan.periods.order_by("end"):
        periods[p.pk] = {"period": p, "submissions": [], "assessments": []}
    for s in submissions:
        periods[s.period_id]["submissions"].append(s)
    for a in assessments:
        status, override = a.effective_status, a.override
        narrative = a.submission.narrative if a.submission else ""
        if reporter and a.submission and a.submission.organisation_id != getattr(own_org, "pk", None):
            narrative = ""  # another unit's words stay with that unit
        periods[a.period_id]["assessments"].append({
            "a": a, "status": status, "label": figures.status_label(status), "override": override,
            "engine_label": figures.status_label(a.status),
            "segments": highlight(narrative, a.evidence),
            "quotes": [e.get("text", "") for e in (a.evidence or []) if isinstance(e, dict)],
            # why the engine doubts a verdict (提示): the office's working note (review.sees_flag_reasons)
            "flags": review.flag_labels(a.flags) if flag_readers else [],
        })
    timeline = [p for p in periods.values() if p["submissions"] or p["assessments"]]
    return render(request, "supervision/tasks/detail.html", {
        "task": task, "versions": versions, "current_version": versions[-1] if versions else None,
        "current_text": versions[-1].text if versions else task.text,
        "history": task_history(task),
        "lead": list(task.lead.all()), "cooperating": list(task.cooperating.all()),
        "timeline": timeline, "children": task.children.order_by("order"),
        "part_chain": _part_chain(task.part),
        "instructions": task.instructions.select_related("order"),
        "can_instruct": can_instruct(request.user), "instruct_url": reverse("task_instruction", args=[task.pk]),
    })


def _part_chain(part: Part | None) -> list[Part]:
    chain = []
    while part is not None and len(chain) < 10:
        chain.insert(0, part)
        part = part.parent
    return chain
