"""Queries behind the JSON API (接口) and the exports, and the API's one write: a reporter's draft.

Both the API and the exports list tasks with their latest verdict; the rules
for that (which assessment counts, which submissions a user may see, how a
filter is read from a query string) live here so the two cannot drift apart.
Only current assessments count, an ``Override`` wins over the engine, and
only accepted submissions are "progress".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.utils.translation import gettext as _

from luoshi.core.models import Organisation, Role
from luoshi.core.permissions import role_of

from ..models import STATUS_CHOICES, STATUS_ORDER, Assessment, Part, Plan, ReportingPeriod, Submission, Task
from ..permissions import READERS, can_report_for, organisation_of, visible_tasks
from . import latest

STATUS_LABELS = {key: label for key, label in STATUS_CHOICES}
NO_STATUS = "none"  # filter value: tasks without any assessment yet (未研判)
MAX_LIMIT = 500
DEFAULT_LIMIT = 100
MAX_NARRATIVE = 10000
MAX_FIGURES = 50
MAX_QUERY = 200


class ApiError(Exception):
    """A refusal with a message for the user (Chinese) and an HTTP status."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


# --- reading query parameters ----------------------------------------------------

def int_param(params, name: str, required: bool = False) -> int | None:
    """An id or number from a query string; anything but digits is a 400."""
    raw = params.get(name, "")
    raw = raw.strip() if isinstance(raw, str) else raw
    if raw in ("", None):
        if required:
            raise ApiError(_("缺少参数：%(name)s") % {"name": name})
        return None
    if not isinstance(raw, str) or not raw.isascii() or not raw.isdigit() or len(raw) > 12:
        raise ApiError(_("参数 %(name)s 须为非负整数") % {"name": name})
    return int(raw)


def page_params(params) -> tuple[int, int]:
    """``limit`` (default 100, at most 500) and ``offset`` of a list."""
    limit = int_param(params, "limit")
    offset = int_param(params, "offset") or 0
    if limit is None:
        limit = DEFAULT_LIMIT
    if limit < 1:
        raise ApiError(_("参数 limit 须大于 0"))
    return min(limit, MAX_LIMIT), offset


def _get(model, pk, message: str):
    obj = model.objects.filter(pk=pk).first() if pk is not None else None
    if obj is None:
        raise ApiError(message)
    return obj


# --- verdicts ---------------------------------------------------------------------

def latest_assessments(tasks, period: ReportingPeriod | None = None) -> dict[int, Assessment]:
    """Each task's current assessment for ``period``, or for its latest assessed period (with its
    period and overrides; its report is not read: what shows a verdict shows its own figures)."""
    ids = [t.pk if isinstance(t, Task) else t for t in tasks]
    if period is not None:
        # one period: its current verdicts of these tasks, a few rows each at most (one per task
        # unless data ever had two: the newest wins), read directly rather than their ids first
        out: dict[int, Assessment] = {}
        for a in (Assessment.objects.filter(period=period, current=True, task_id__in=ids).counted()
                  .select_related("period").prefetch_related("overrides").order_by("task_id", "-created_at", "-id")):
            out.setdefault(a.task_id, a)
        return out
    qs = Assessment.objects.filter(task=OuterRef("pk"), current=True).counted()   # flagged: only once confirmed
    # the latest row per task picked in SQL (later periods, then later rows win): one object per
    # task reaches Python, not one per task and period (an export of 100k tasks loaded ~1M)
    latest_ids = _latest_ids(ids, qs.order_by("-period__end", "-created_at", "-id"))
    found = Assessment.objects.filter(pk__in=latest_ids).select_related("period").prefetch_related("overrides")
    return {a.task_id: a for a in found}


def _latest_ids(tasks, ordered) -> list[int]:
    """The first id of ``ordered`` (a queryset correlated on ``OuterRef("pk")``) for each task."""
    ids = [t.pk if isinstance(t, Task) else t for t in tasks]
    rows = (Task.objects.filter(pk__in=ids).order_by()
            .annotate(latest=Subquery(ordered.values("id")[:1])).values_list("latest", flat=True))
    return [pk for pk in rows if pk is not None]


def latest_accepted(tasks, period: ReportingPeriod | None = None) -> dict[int, Submission]:
    """Each task's latest accepted submission (已采纳), the only progress that counts."""
    if period is not None:
        # one period: its accepted versions of these tasks read directly, the latest kept
        out: dict[int, Submission] = {}
        for s in (Submission.objects.filter(period=period, state="accepted",
                                            task_id__in=[t.pk if isinstance(t, Task) else t for t in tasks])
                  .select_related("period", "organisation").order_by("task_id", "-version", "-id")):
            out.setdefault(s.task_id, s)
        return out
    qs = Submission.objects.filter(task=OuterRef("pk"), state="accepted")
    latest_ids = _latest_ids(tasks, qs.order_by("-period__end", "-version", "-id"))
    found = Submission.objects.filter(pk__in=latest_ids).select_related("period", "organisation")
    return {s.task_id: s for s in found}


# --- tasks ------------------------------------------------------------------------

@dataclass
class TaskSelection:
    """Tasks a user may see, filtered, with their verdicts and accepted progress."""

    tasks: object  # QuerySet[Task]
    plan: Plan | None = None
    period: ReportingPeriod | None = None
    part: Part | None = None
    organisation: Organisation | None = None
    status: str = ""
    q: str = ""
    assessments: dict = field(default_factory=dict)

    def describe(self) -> str:
        """The filter in words, for titles and file names."""
        bits = [x.name if hasattr(x, "name") else x.title
                for x in (self.plan, self.period, self.part, self.organisation) if x is not None]
        if self.status:
            bits.append(STATUS_LABELS.get(self.status, _("未研判")))
        return "-".join(bits)


def select_tasks(user, params) -> TaskSelection:
    """The tasks a user may see, filtered by plan, part, period, status, organisation and q.

    Raises ApiError (400) for malformed or unknown filter values."""
    qs = visible_tasks(user, Task.objects.all())
    sel = TaskSelection(tasks=qs)
    plan_id = int_param(params, "plan")
    if plan_id is not None:
        sel.plan = _get(Plan, plan_id, _("年度计划不存在"))
        qs = qs.filter(plan=sel.plan)
    period_id = int_param(params, "period")
    if period_id is not None:
        sel.period = _get(ReportingPeriod, period_id, _("报送周期不存在"))
        if sel.plan is not None and sel.period.plan_id != sel.plan.pk:
            raise ApiError(_("报送周期不属于该年度计划"))
        qs = qs.filter(plan_id=sel.period.plan_id)
    part_id = int_param(params, "part")
    if part_id is not None:
        sel.part = _get(Part, part_id, _("板块不存在"))
        qs = qs.filter(Q(part=sel.part) | Q(part__parent=sel.part))
    org_id = int_param(params, "organisation")
    if org_id is not None:
        sel.organisation = _get(Organisation, org_id, _("单位不存在"))
        qs = qs.filter(Q(lead=sel.organisation) | Q(cooperating=sel.organisation)).distinct()
    q = (params.get("q") or "").strip()
    if len(q) > MAX_QUERY:
        raise ApiError(_("搜索词过长（最多 %(n)s 字）") % {"n": MAX_QUERY})
    if q:
        sel.q = q
        qs = qs.filter(Q(code__icontains=q) | Q(name__icontains=q) | Q(text__icontains=q))
    status = (params.get("status") or "").strip()
    if status:
        if status not in STATUS_ORDER and status != NO_STATUS:
            raise ApiError(_("状态无效：可选 %(choices)s") % {"choices": ", ".join(STATUS_ORDER + [NO_STATUS])})
        sel.status = status
        # in SQL (services.latest): a page is loaded, not every verdict of the selection
        qs = qs.annotate(eff_status=latest.task_status(sel.period))
        qs = qs.filter(eff_status__isnull=True) if status == NO_STATUS else qs.filter(eff_status=status)
    units = Organisation.objects.only("id", "name")   # what a task's units show of each
    sel.tasks = qs.select_related("plan", "part", "part__parent").prefetch_related(
        Prefetch("lead", queryset=units), Prefetch("cooperating", queryset=units)).order_by("-plan__year", "plan__title", "plan_id", "order", "pk")
    return sel


def verdicts(sel: TaskSelection, tasks: list[Task]) -> tuple[dict, dict]:
    """Assessments and accepted submissions of ``tasks`` (a page of the selection)."""
    ids = [t.pk for t in tasks]
    found = sel.assessments if sel.assessments else latest_assessments(ids, sel.period)
    return ({pk: found[pk] for pk in ids if pk in found},
            latest_accepted(ids, sel.period))


# --- submissions ------------------------------------------------------------------

def visible_submissions(user, queryset):
    """Reporters see their own organisation's submissions (drafts included); readers see
    every submission that has left its author (drafts are the unit's own business)."""
    role = role_of(user)
    if role in READERS:
        return queryset.exclude(state="draft")
    if role == Role.REPORTER:
        org = organisation_of(user)
        return queryset.filter(organisation=org) if org is not None else queryset.none()
    return queryset.none()


def can_see_submission(user, sub: Submission) -> bool:
    return visible_submissions(user, Submission.objects.filter(pk=sub.pk)).exists()


def select_submissions(user, params):
    """Submissions a user may see, filtered by plan, period, task, organisation and state."""
    qs = visible_submissions(user, Submission.objects.all())
    plan_id = int_param(params, "plan")
    if plan_id is not None:
        qs = qs.filter(task__plan=_get(Plan, plan_id, _("年度计划不存在")))
    period_id = int_param(params, "period")
    period = None
    if period_id is not None:
        period = _get(ReportingPeriod, period_id, _("报送周期不存在"))
        qs = qs.filter(period=period)
    task_id = int_param(params, "task")
    if task_id is not None:
        qs = qs.filter(task=_get(Task, task_id, _("任务不存在")))
    org_id = int_param(params, "organisation")
    if org_id is not None:
        qs = qs.filter(organisation=_get(Organisation, org_id, _("单位不存在")))
    state = (params.get("state") or "").strip()
    if state:
        states = [s for s, _label in Submission.STATE_CHOICES]
        if state not in states:
            raise ApiError(_("状态无效：可选 %(choices)s") % {"choices": ", ".join(states)})
        qs = qs.filter(state=state)
    qs = qs.select_related("task", "task__plan", "period", "organisation").order_by(
        "period__end", "task__plan_id", "task__order", "organisation__name", "version", "pk")
    return qs, period


def assessment_period(params) -> ReportingPeriod:
    """The period of an assessment list: ``period``, or the plan's latest assessed period."""
    period_id = int_param(params, "period")
    plan_id = int_param(params, "plan")
    if period_id is not None:
        period = _get(ReportingPeriod, period_id, _("报送周期不存在"))
        if plan_id is not None and period.plan_id != plan_id:
            raise ApiError(_("报送周期不属于该年度计划"))
        return period
    if plan_id is None:
        raise ApiError(_("请指定报送周期（period）或年度计划（plan）"))
    plan = _get(Plan, plan_id, _("年度计划不存在"))
    period = (plan.periods.filter(assessments__current=True).distinct().order_by("-end").first()
              or plan.periods.order_by("-end").first())
    if period is None:
        raise ApiError(_("该年度计划尚无报送周期"))
    return period


def period_assessments(user, period: ReportingPeriod):
    """The current assessments of a period for the tasks this user may see (a queryset in task
    order: the API pages it, an export iterates it)."""
    tasks = visible_tasks(user, Task.objects.filter(plan_id=period.plan_id))
    return (Assessment.objects.filter(period=period, current=True, task__in=tasks).counted()
            .select_related("task", "task__part", "submission", "period")
            .prefetch_related("overrides", "task__lead").order_by("task__order", "task_id"))


# --- the one write: a reporter's draft (草稿) ---------------------------------------

DRAFT_FIELDS = {"task", "period", "narrative", "figures"}


def _int_field(data: dict, name: str) -> int:
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ApiError(_("字段 %(name)s 须为整数") % {"name": name})
    return value


def _clean_figures(raw, task: Task) -> list[dict]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ApiError(_("字段 figures 须为数组"))
    if len(raw) > MAX_FIGURES:
        raise ApiError(_("数据项过多（最多 %(n)s 项）") % {"n": MAX_FIGURES})
    indicator_ids = set(task.indicators.values_list("pk", flat=True))
    out = []
    for item in raw:
        if not isinstance(item, dict) or set(item) - {"indicator", "value", "unit"}:
            raise ApiError(_("figures 的每一项须为 {indicator, value, unit} 对象"))
        ind = item.get("indicator")
        if isinstance(ind, bool) or not isinstance(ind, int) or ind not in indicator_ids:
            raise ApiError(_("指标不属于该任务"))
        value = item.get("value")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ApiError(_("数值须为有限数字"))
        unit = item.get("unit", "")
        if not isinstance(unit, str) or len(unit) > 30 or "\x00" in unit:
            raise ApiError(_("单位须为不超过30字的文字"))
        out.append({"indicator": ind, "value": value, "unit": unit.strip()})
    return out


def clean_draft(user, data) -> tuple[Task, ReportingPeriod, str, list[dict]]:
    """(task, period, narrative, figures) of a reporter's draft posted to the API, checked for its
    shape and the reporter's rights; ``do_save_submission_draft`` stores it by the portal's rules."""
    if role_of(user) != Role.REPORTER:
        raise ApiError(_("只有部门填报员可以填报进展"), 403)
    org = organisation_of(user)
    if org is None:
        raise ApiError(_("您的账号未关联单位，无法填报"), 403)
    if not isinstance(data, dict):
        raise ApiError(_("请求体须为 JSON 对象"))
    unknown = set(data) - DRAFT_FIELDS
    if unknown:
        raise ApiError(_("未知字段：%(names)s") % {"names": ", ".join(sorted(map(str, unknown)))[:200]})
    task = Task.objects.filter(pk=_int_field(data, "task")).first()
    if task is None:
        raise ApiError(_("任务不存在"))
    if not can_report_for(user, task, org):
        raise ApiError(_("只能为本单位牵头或配合的任务填报"), 403)
    period = ReportingPeriod.objects.filter(pk=_int_field(data, "period")).first()
    if period is None:
        raise ApiError(_("报送周期不存在"))
    if period.plan_id != task.plan_id:
        raise ApiError(_("报送周期不属于该任务的年度计划"))
    narrative = data.get("narrative")
    if not isinstance(narrative, str) or not narrative.strip():
        raise ApiError(_("请填写进展情况"))
    if len(narrative) > MAX_NARRATIVE:
        raise ApiError(_("进展情况过长（最多 %(n)s 字）") % {"n": MAX_NARRATIVE})
    if "\x00" in narrative:
        raise ApiError(_("进展情况含有非法字符"))
    _clean_figures(data.get("figures"), task)  # the API's shape check; review stores them
    figures = [{"indicator": f["indicator"], "value": f["value"]} for f in data.get("figures") or []]
    return task, period, narrative, figures
