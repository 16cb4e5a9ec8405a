"""The JSON API (接口) under /api/v1/: the same data as the pages, under the same permissions.

Plain Django views returning JSON.  Every endpoint answers in JSON, errors
included (``{"error": "…"}`` with a Chinese message): 401 when not logged in
(except the public plan), 403 for what the role may not see, 404 for unknown
ids, 400 for bad input, 405 for a wrong method; never an HTML page.  Session
cookie authentication; a POST must carry the CSRF token (``X-CSRFToken``
header with the value of the ``csrftoken`` cookie) as Django expects.
"""

from __future__ import annotations

import functools
import json
import logging

from django.core.exceptions import PermissionDenied
from django.db import InterfaceError, OperationalError
from django.db.models import Count, Prefetch, Window
from django.http import Http404, HttpResponse, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from luoshi.core.models import Organisation, OrganisationAlias
from luoshi.core.permissions import ALL_STAFF, role_of

from .actions.submissions import do_save_submission_draft
from .models import Attachment, Plan, ReportingPeriod, Submission, Task
from .openapi import document as openapi_document
from .permissions import READERS, can_see_task, organisation_of, visible_tasks
from .services import api as svc
from .services import dashboard as public_figures
from .services import releases
from .services.api import ApiError
from .services.review import (
    ReviewError,
    is_statistical,
    latest_version,
    sees_flag_reasons,
    statistic_metric_names,
)

log = logging.getLogger(__name__)

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
MAX_BODY = 256 * 1024


def error(status: int, message: str, **extra) -> JsonResponse:
    return JsonResponse({"error": str(message), **extra}, status=status, json_dumps_params={"ensure_ascii": False})


class _JsonCsrf(CsrfViewMiddleware):
    """Django's own CSRF check, answering a failure in JSON instead of the HTML 403 page."""

    def _reject(self, request, reason):
        return error(403, _("CSRF 校验失败：请在 X-CSRFToken 请求头中提供 csrftoken"), reason=str(reason))


def endpoint(*methods: str, public: bool = False):
    """Wrap a view: method check, login (401) and role (403) checks, CSRF on writes, JSON errors.

    The view returns a dict/list (sent as JSON) or an HttpResponse."""
    allowed = set(methods) | ({"HEAD"} if "GET" in methods else set())

    def decorator(view):
        @csrf_exempt  # checked below, so that a failure is answered in JSON
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method not in allowed:
                response = error(405, _("不支持的请求方法：%(method)s") % {"method": request.method[:20]})
                response["Allow"] = ", ".join(sorted(allowed))
                return response
            if not public:
                if not request.user.is_authenticated:
                    response = error(401, _("请先登录"))
                    response["WWW-Authenticate"] = 'Cookie realm="luoshi", cookie-name="sessionid"'
                    return response
                if role_of(request.user) not in ALL_STAFF:
                    return error(403, _("无权访问"))
            if request.method not in SAFE_METHODS:
                rejected = _JsonCsrf(lambda r: None).process_view(request, None, (), {})
                if rejected is not None:
                    return rejected
            try:
                result = view(request, *args, **kwargs)
            except ApiError as e:
                return error(e.status, e.message)
            except Http404:
                return error(404, _("未找到"))
            except PermissionDenied:
                return error(403, _("无权访问"))
            except (OperationalError, InterfaceError):
                raise  # the database is down: luoshi.web.errors answers 503, in JSON here
            except Exception:  # an API answers in JSON even when something breaks
                log.exception("API error at %s", request.path)
                return error(500, _("服务器内部错误"))
            if request.user.is_authenticated:
                get_token(request)  # hand out the csrftoken cookie a later POST needs
            if isinstance(result, HttpResponse):
                return result
            status = 200
            if isinstance(result, tuple):
                result, status = result
            return JsonResponse(result, status=status, safe=False, json_dumps_params={"ensure_ascii": False})

        return wrapped

    return decorator


def _found(model, pk, message):
    obj = model.objects.filter(pk=pk).first()
    if obj is None:
        raise ApiError(message, 404)
    return obj


# --- serialisation ----------------------------------------------------------------

def _date(d):
    return d.isoformat() if d else None


def _org(o: Organisation) -> dict:
    return {"id": o.pk, "name": o.name}


def _ref_period(p: ReportingPeriod) -> dict:
    return {"id": p.pk, "name": p.name}


def plan_json(plan: Plan, task_count: int) -> dict:
    return {"id": plan.pk, "year": plan.year, "title": plan.title,
            "organisation": _org(plan.organisation) if plan.organisation else None,
            "task_count": task_count, "created_at": plan.created_at.isoformat()}


def period_json(p: ReportingPeriod) -> dict:
    return {"id": p.pk, "plan": p.plan_id, "name": p.name, "frequency": p.frequency,
            "frequency_label": str(p.get_frequency_display()), "start": _date(p.start), "end": _date(p.end),
            "deadline": _date(p.deadline), "closed": p.closed}


def status_json(a) -> dict | None:
    if a is None:
        return None
    override = a.override
    status = a.effective_status
    return {"assessment": a.pk, "period": _ref_period(a.period), "status": status,
            "status_label": str(svc.STATUS_LABELS.get(status, status)), "engine_status": a.status,
            "overridden": override is not None, "completion_pct": a.effective_completion,
            "expected_pct": a.expected_pct}


def progress_json(s) -> dict | None:
    if s is None:
        return None
    return {"submission": s.pk, "period": _ref_period(s.period), "organisation": _org(s.organisation),
            "narrative": s.narrative, "version": s.version}


def task_json(t: Task, assessment=None, accepted=None) -> dict:
    part = t.part
    return {
        "id": t.pk, "plan": t.plan_id, "code": t.code, "name": t.name, "text": t.text, "kind": t.kind,
        "part": {"id": part.pk, "title": part.title, "parent": part.parent_id} if part else None,
        "target_class": t.target_class, "lead": [_org(o) for o in t.lead.all()],
        "cooperating": [_org(o) for o in t.cooperating.all()], "deadline": _date(t.deadline),
        "deadline_text": t.deadline_text, "published": t.published,
        "status": status_json(assessment), "latest_progress": progress_json(accepted),
    }


def assessment_json(a, reasons: bool = False) -> dict:
    """An assessment as the API gives it; ``flags`` (why the engine doubts it) only when ``reasons``: for the
    office (review.sees_flag_reasons), an empty list for everyone else."""
    override = a.override
    status = a.effective_status
    return {
        "id": a.pk, "task": {"id": a.task_id, "code": a.task.code}, "period": _ref_period(a.period),
        "submission": a.submission_id, "status": status,
        "status_label": str(svc.STATUS_LABELS.get(status, status)), "engine_status": a.status,
        "completion_pct": a.effective_completion, "engine_completion_pct": a.completion_pct,
        "expected_pct": a.expected_pct, "evidence": a.evidence, "reason": a.reason,
        "engine_version": a.engine_version, "created_at": a.created_at.isoformat(),
        "basis": a.basis, "confidence": a.confidence, "needs_person": a.needs_person, "flags": list(a.flags or []) if reasons else [],
        "sub_targets": a.sub_targets, "rule": a.rule,
        "confirmed_at": a.confirmed_at.isoformat() if a.confirmed_at else None,
        "override": None if override is None else {
            "status": override.status, "completion_pct": override.completion_pct, "reason": override.reason,
            "created_at": override.created_at.isoformat()},
    }


def _attachments(s: Submission):
    """A submission's attachments without their bytes: the prefetched ones (``ATTACHMENT_LIST``),
    else one query that leaves the content in the database."""
    prefetched = getattr(s, "_prefetched_objects_cache", {}).get("attachments")
    return prefetched if prefetched is not None else s.attachments.defer("content")


def submission_json(s: Submission) -> dict:
    return {
        "id": s.pk, "task": {"id": s.task_id, "code": s.task.code, "plan": s.task.plan_id},
        "period": _ref_period(s.period), "organisation": _org(s.organisation), "version": s.version,
        "supersedes": s.supersedes_id, "state": s.state, "state_label": str(s.get_state_display()),
        "late": s.late, "narrative": s.narrative, "figures": s.figures,
        "created_at": s.created_at.isoformat(), "updated_at": s.updated_at.isoformat(),
        "submitted_at": s.submitted_at.isoformat() if s.submitted_at else None,
        "reviewed_at": s.reviewed_at.isoformat() if s.reviewed_at else None,
        "review_comment": s.review_comment, "source_row": s.source_row,
        "attachments": [{"id": a.pk, "name": a.name, "size": a.size, "content_type": a.content_type}
                        for a in _attachments(s)],
    }


#: a submission's attachments as the API lists them: name, size and type, never the file's bytes
ATTACHMENT_LIST = Prefetch("attachments", queryset=Attachment.objects.defer("content"))


def _page(request, qs) -> tuple[list, dict]:
    limit, offset = svc.page_params(request.GET)
    count = qs.count()
    return list(qs[offset:offset + limit]), {"count": count, "limit": limit, "offset": offset}


def _page_by_ids(request, qs) -> tuple[list, dict]:
    """As ``_page``, for lists of wide rows (a report's text and figures): the page is ordered and
    cut on ids alone, then its rows are read by id.  Sorting every matching row whole to keep
    100 (a plan's 20,000 reports at 100k tasks) moved their texts through the sort."""
    limit, offset = svc.page_params(request.GET)
    # the count beside each id (a window over the same scan), counted apart only past the end
    rows = list(qs.annotate(total=Window(Count("pk"))).values_list("pk", "total")[offset:offset + limit])
    count = rows[0][1] if rows else (qs.count() if offset else 0)
    ids = [pk for pk, _total in rows]
    found = qs.order_by().in_bulk(ids)
    return [found[pk] for pk in ids if pk in found], {"count": count, "limit": limit, "offset": offset}


# --- endpoints --------------------------------------------------------------------

@endpoint("GET")
def api_plans(request):
    """年度计划列表: every plan with a task this user may see, and how many (one count per plan,
    all in one grouped query)."""
    reader = role_of(request.user) in READERS
    counts = dict(visible_tasks(request.user, Task.objects.all()).order_by().values("plan_id")
                  .annotate(n=Count("pk", distinct=not reader)).values_list("plan_id", "n"))  # a unit's: joined
    out = []
    for plan in Plan.objects.select_related("organisation"):
        n = counts.get(plan.pk, 0)
        if n or reader:
            out.append(plan_json(plan, n))
    return {"count": len(out), "results": out}


@endpoint("GET")
def api_plan(request, pk):
    plan = _found(Plan, pk, _("年度计划不存在"))
    tasks = visible_tasks(request.user, plan.tasks.all())
    n = tasks.count()
    if not n and role_of(request.user) not in READERS:
        raise PermissionDenied
    counts: dict[int, int] = {}
    for part_id, parent_id in tasks.values_list("part_id", "part__parent_id"):
        for p in (part_id, parent_id):
            if p is not None:
                counts[p] = counts.get(p, 0) + 1
    data = plan_json(plan, n)
    data["parts"] = [{"id": p.pk, "title": p.title, "parent": p.parent_id, "order": p.order,
                      "weight": float(p.weight), "task_count": counts.get(p.pk, 0)}
                     for p in plan.parts.order_by("order", "pk")]
    data["periods"] = [period_json(p) for p in plan.periods.order_by("end")]
    data["documents"] = [{"id": d.pk, "name": d.name, "kind": d.kind} for d in plan.documents.all()]
    return data


@endpoint("GET")
def api_tasks(request):
    """任务列表, filtered (plan, part, period, status, organisation, q) and paginated."""
    sel = svc.select_tasks(request.user, request.GET)
    tasks, meta = _page(request, sel.tasks)
    assessments, accepted = svc.verdicts(sel, tasks)
    meta["results"] = [task_json(t, assessments.get(t.pk), accepted.get(t.pk)) for t in tasks]
    return meta


@endpoint("GET")
def api_task(request, pk):
    task = _found(Task, pk, _("任务不存在"))
    if not can_see_task(request.user, task):
        raise PermissionDenied
    assessments = svc.latest_assessments([task.pk])
    accepted = svc.latest_accepted([task.pk])
    data = task_json(task, assessments.get(task.pk), accepted.get(task.pk))
    data["plan_title"] = task.plan.title
    # the statistician's indicators: flagged, or named by a statistics metric the office defined (统计指标)
    statistic_names = statistic_metric_names(task)
    data["target_versions"] = [
        {"version": tv.version, "text": tv.text, "milestones": tv.milestones, "reason": tv.reason,
         "created_at": tv.created_at.isoformat(),
         "indicators": [{"id": i.pk, "metric": i.metric, "value": i.value, "value_high": i.value_high,
                         "unit": i.unit, "scale": i.scale,
                         "comparator": i.comparator, "kind": i.kind, "qualifier": i.qualifier,
                         "cumulative": i.cumulative, "stretch": i.stretch, "text": i.text,
                         "statistical": is_statistical(i, statistic_names)} for i in tv.indicators.all()]}
        for tv in task.target_versions.prefetch_related("indicators").order_by("version")]
    current = data["target_versions"][-1] if data["target_versions"] else None
    data["indicators"] = current["indicators"] if current else []
    data["assessments"] = [
        assessment_json(a, sees_flag_reasons(request.user)) for a in task.assessments.filter(current=True)
        .select_related("period", "task").prefetch_related("overrides").order_by("period__end")]
    subs = svc.visible_submissions(request.user, task.submissions.all())
    data["submissions"] = [submission_json(s) for s in subs.select_related(
        "task", "period", "organisation").prefetch_related(ATTACHMENT_LIST).order_by("period__end", "version")]
    return data


@endpoint("GET")
def api_periods(request):
    qs = ReportingPeriod.objects.all()
    plan_id = svc.int_param(request.GET, "plan")
    if plan_id is not None:
        qs = qs.filter(plan=_found(Plan, plan_id, _("年度计划不存在")))
    closed = request.GET.get("closed", "")
    if closed:
        if closed not in ("true", "false"):
            raise ApiError(_("参数 closed 须为 true 或 false"))
        qs = qs.filter(closed=closed == "true")
    results = [period_json(p) for p in qs.order_by("plan_id", "end")]
    return {"count": len(results), "results": results}


@endpoint("GET", "POST")
def api_submissions(request):
    """进展报送: GET the submissions visible to the user; POST saves a reporter's draft."""
    if request.method == "POST":
        if len(request.body) > MAX_BODY:
            raise ApiError(_("请求体过大"), 413)
        if request.content_type != "application/json":
            raise ApiError(_("请求须为 JSON（Content-Type: application/json）"))
        try:
            data = json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise ApiError(_("请求体不是有效的 JSON")) from None
        task, period, narrative, figures = svc.clean_draft(request.user, data)
        org = organisation_of(request.user)
        previous = latest_version(task, period, org)
        try:
            # One rule for drafts, the portal's: versions, closed periods, audit.
            sub = do_save_submission_draft(task, period, narrative, figures, acting_user=request.user)
        except ReviewError as e:
            raise ApiError(str(e)) from e
        except PermissionDenied as e:
            raise ApiError(_("只能为本单位牵头或配合的任务填报"), 403) from e
        created = previous is None or previous.pk != sub.pk
        sub = Submission.objects.select_related("task", "period", "organisation").get(pk=sub.pk)
        return submission_json(sub), 201 if created else 200
    qs, _period = svc.select_submissions(request.user, request.GET)
    subs, meta = _page_by_ids(request, qs.prefetch_related(ATTACHMENT_LIST))
    meta["results"] = [submission_json(s) for s in subs]
    return meta


@endpoint("GET")
def api_submission(request, pk):
    sub = _found(Submission, pk, _("进展报送不存在"))
    if not svc.can_see_submission(request.user, sub):
        raise PermissionDenied
    return submission_json(sub)


@endpoint("GET")
def api_assessments(request):
    """研判结果 of a period (or of a plan's latest assessed period), for the tasks the user may see;
    paged like every list (limit/offset): only the page's assessments are read."""
    period = svc.assessment_period(request.GET)
    rows, meta = _page(request, svc.period_assessments(request.user, period))
    return {"period": period_json(period), **meta, "results": [assessment_json(a, sees_flag_reasons(request.user)) for a in rows]}


@endpoint("GET")
def api_organisations(request):
    """Every unit with its other names, in two queries of plain rows: model instances with a
    prefetched queryset each (a province's units) left thousands of objects in reference
    cycles per request, and the collections that freed them landed in later requests."""
    qs = Organisation.objects.order_by("kind", "name")
    kind = request.GET.get("kind", "")
    labels = dict(Organisation.KINDS)
    if kind:
        if kind not in labels:
            raise ApiError(_("类别无效：可选 %(choices)s") % {"choices": ", ".join(labels)})
        qs = qs.filter(kind=kind)
    aliases: dict[int, list[str]] = {}
    for org_id, alias in (OrganisationAlias.objects.filter(organisation__in=qs.values("pk"))
                          .order_by("alias", "pk").values_list("organisation_id", "alias")):
        aliases.setdefault(org_id, []).append(alias)
    results = [{"id": pk, "name": name, "kind": k, "kind_label": str(labels.get(k, k)), "parent": parent,
                "aliases": aliases.get(pk, [])} for pk, name, k, parent in qs.values_list("pk", "name", "kind", "parent_id")]
    return {"count": len(results), "results": results}


# --- public (公开): published fields only, no login --------------------------------------

@endpoint("GET", public=True)
def api_public_plans(request):
    """The public page's list: released plans only (公开发布)."""
    results = [{"id": p["id"], "year": p["year"], "title": p["title"], "period": p["period"],
                "task_count": p["tasks"]} for p in public_figures.published_plans()]
    return {"count": len(results), "results": results}


@endpoint("GET", public=True)
def api_public_plan(request, pk):
    """Exactly what the public page shows: its periods, and per row the section, task, units
    and accepted progress of a released period; no verdicts, no names of people."""
    plan = _found(Plan, pk, _("年度计划不存在"))
    if not releases.is_released(plan) or not plan.tasks.filter(published=True).exists():
        raise Http404
    periods = public_figures.published_periods(plan)
    period = public_figures.public_period(plan, periods)
    raw = request.GET.get("period", "")
    if raw:
        period = next((p for p in periods if str(p.pk) == raw), None)
        if period is None:
            raise ApiError(_("没有该周期的公开进展"), status=404)
    # paged like every list (limit/offset): only the page's tasks and progress are read
    limit, offset = svc.page_params(request.GET)
    tasks = public_figures.public_tasks(plan)
    count = tasks.count()
    rows = []
    for r in public_figures.public_rows(plan, period, tasks[offset:offset + limit], first_seq=offset + 1):
        if r["kind"] == "section":
            rows.append({"kind": "section", "title": r["title"]})
        else:
            rows.append({"kind": "task", "seq": r["seq"], "section": r["section"], "text": r["text"],
                         "units": r["units"], "progress": r["progress"]})
    return {"plan": {"id": plan.pk, "year": plan.year, "title": plan.title},
            "period": {"id": period.pk, "name": period.name} if period else None,
            "periods": [{"id": p.pk, "name": p.name} for p in periods],
            "count": count, "limit": limit, "offset": offset, "rows": rows}


# --- the document -----------------------------------------------------------------

@endpoint("GET", public=True)
def api_openapi(request):
    return openapi_document()


@endpoint("GET", public=True)
def api_docs(request):
    doc = openapi_document()
    operations = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            operations.append({
                "method": method.upper(), "path": path, "summary": op.get("summary", ""),
                "description": op.get("description", ""),
                "public": op.get("security") == [],
                "parameters": [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                                "description": p.get("description", "")}
                               for p in item.get("parameters", []) + op.get("parameters", [])],
                "responses": sorted(op.get("responses", {}).items()),
            })
    return render(request, "supervision/api/docs.html", {"doc": doc, "operations": operations})


@endpoint("GET", "POST", "PUT", "PATCH", "DELETE", public=True)
def api_not_found(request, rest=""):
    return error(404, _("接口不存在"))
