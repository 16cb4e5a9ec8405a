"""The office's review (督查科审核): the queue, one submission with the engine's
assessment and overrides, reporting periods, target changes."""

from __future__ import annotations

import difflib
import hashlib
import re

from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luoshi.core.actions import ActionRefused
from luoshi.core.models import Role
from luoshi.core.permissions import role_of, role_required
from luoshi.engine.api import BASIS_LABELS, STATUS_LABELS

from ..actions import assessments as assessment_actions
from ..actions import periods as period_actions
from ..actions import submissions as submission_actions
from ..actions import tasks as task_actions
from ..forms import OverrideForm, PeriodForm, QueueFilterForm, ReviewForm, TargetForm
from ..highlight import highlight
from ..models import Assessment, Override, Plan, ReportingPeriod, Submission, Task
from ..permissions import READERS
from ..services import dashboard as dashboard_figures
from ..services import releases, review
from .portal import versions_of

DETAIL_READERS = (Role.OFFICE, Role.LEADER, Role.INSPECTOR)
QUEUE_PAGE = 50


# --- text helpers: the narrative diff -----------------------------------------------

_SENTENCE = re.compile(r"[^。；;！!？?\n]*[。；;！!？?\n]?")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s]


def narrative_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) pieces, op in equal/insert/delete: by sentence, then by character inside
    small changed blocks (a character diff of two long texts would be quadratic)."""
    a, b = _sentences(old), _sentences(new)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        left, right = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            out.append(("equal", left))
        elif op == "replace" and len(left) + len(right) <= 3000:
            for cop, c1, c2, d1, d2 in difflib.SequenceMatcher(None, left, right, autojunk=False).get_opcodes():
                if cop == "equal":
                    out.append(("equal", left[c1:c2]))
                else:
                    if c2 > c1:
                        out.append(("delete", left[c1:c2]))
                    if d2 > d1:
                        out.append(("insert", right[d1:d2]))
        else:
            if left:
                out.append(("delete", left))
            if right:
                out.append(("insert", right))
    return out


# --- the queue -------------------------------------------------------------------

PENDING_SHOWN = 50   # flagged verdicts listed on the queue page; the count gives the rest


@role_required(Role.OFFICE)
def review_queue(request):
    """Submissions awaiting review (待审核), oldest first, and the recently reviewed."""
    form = QueueFilterForm(request.GET or None)
    # who filled each in (填报人) read apart, for the page's rows only: two more joins to the users
    # made PostgreSQL's planner take 4-5 times as long to plan the page as to run it
    # (the reports' texts and figures, and the tasks' sources, are not shown here: left in the database)
    queue = (review.pending_submissions().select_related("task", "period__plan", "organisation")
             .defer("narrative", "figures", "review_comment", "task__source")
             .prefetch_related("created_by", "updated_by").order_by("submitted_at", "id"))
    if form.is_bound and form.is_valid():
        if form.cleaned_data["plan"]:
            queue = queue.filter(period__plan=form.cleaned_data["plan"])
        if form.cleaned_data["period"]:
            queue = queue.filter(period=form.cleaned_data["period"])
        if form.cleaned_data["organisation"]:
            queue = queue.filter(organisation=form.cleaned_data["organisation"])
    recent = (Submission.objects.filter(state__in=("accepted", "returned"), reviewed_by__isnull=False)
              .select_related("task", "period", "organisation", "reviewed_by").defer("narrative", "figures", "task__source")
              .order_by("-reviewed_at", "-id")[:20])
    page = Paginator(queue, QUEUE_PAGE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    unconfirmed = review.unconfirmed_assessments()
    shown = list(unconfirmed[:PENDING_SHOWN])
    for a in shown:
        a.flag_labels = review.flag_labels(a.flags)
    return render(request, "supervision/review/queue.html", {
        "form": form, "queue": page.object_list, "page": page, "count": page.paginator.count, "recent": recent,
        "query": params.urlencode(), "unconfirmed": shown,
        # a short list is the whole count: counted apart only when the list is cut
        "unconfirmed_count": unconfirmed.count() if len(shown) == PENDING_SHOWN else len(shown),
        # A person's decision the engine's new verdict contradicts: the office decides (人工研判待复核).
        "flagged": Override.objects.filter(needs_review=True, active=True, assessment__current=True)
        .select_related("assessment__task", "assessment__period", "created_by").order_by("-id")[:50],
    })


@role_required(Role.OFFICE)
@require_POST
def override_decide(request, pk):
    """Keep a flagged override (维持人工研判) or adopt the engine's new verdict (采用引擎研判)."""
    override = get_object_or_404(Override.objects.select_related("assessment__task"), pk=pk)
    keep = request.POST.get("decision") != "engine"
    try:
        assessment_actions.do_decide_override(override, keep, request.POST.get("note", ""),
                                              acting_user=request.user)
    except review.ReviewError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已维持人工研判") if keep else _("已采用引擎研判；人工研判保留在记录中"))
    return redirect("review_queue")


# --- one submission --------------------------------------------------------------

def _submission_context(request, sub: Submission, review_form=None, override_form=None) -> dict:
    versions = [v for v in versions_of(sub.task_id, sub.period_id, sub.organisation_id) if v.state != "draft"]
    previous = next((v for v in versions if v.version < sub.version), None)
    stale = review.is_stale(sub)
    office = role_of(request.user) == Role.OFFICE
    assessment = review.current_assessment(sub)
    ctx = {
        "sub": sub, "task": sub.task, "target": sub.task.current_target, "versions": versions,
        "previous": previous, "diff": narrative_diff(previous.narrative, sub.narrative) if previous else None,
        "stale": stale, "office": office, "attachments": sub.attachments.defer("content"),
        "can_review": office and sub.state == "submitted" and not stale,
        "review_form": review_form or ReviewForm(), "assessment": assessment,
    }
    if assessment is not None:
        text = review.assessed_text(sub)
        ctx.update({
            "status_label": STATUS_LABELS.get(assessment.status, assessment.status),
            "effective_label": STATUS_LABELS.get(assessment.effective_status, assessment.effective_status),
            "marked": highlight(text, assessment.evidence),
            "marked_task": highlight(ctx["target"].text if ctx["target"] else sub.task.text,
                                     assessment.evidence, source="task"),
            "overrides": assessment.overrides.select_related("created_by").order_by("-id"),
            "override_form": override_form or OverrideForm(initial={
                "status": assessment.effective_status, "completion_pct": assessment.completion_pct}),
            "is_current": assessment.current,
            "basis_label": BASIS_LABELS.get(assessment.basis, ""),
            "flag_labels": review.flag_labels(assessment.flags) if review.sees_flag_reasons(request.user) else [],
            "sub_targets": [{**s, "status_label": STATUS_LABELS.get(s.get("status") or "", _("未报告"))}
                            for s in assessment.sub_targets],
        })
    return ctx


@role_required(*DETAIL_READERS)
def review_submission(request, pk):
    """One submission (报送审核): its task, versions, diff, accept/return, the engine's verdict."""
    sub = get_object_or_404(Submission.objects.select_related(
        "task__plan", "period", "organisation", "created_by", "updated_by", "reviewed_by"), pk=pk)
    if sub.state == "draft":
        raise PermissionDenied  # a draft is its own unit's until submitted (portal, not review)
    if request.method != "POST":
        return render(request, "supervision/review/submission.html", _submission_context(request, sub))
    if role_of(request.user) != Role.OFFICE:
        raise PermissionDenied
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            if form.cleaned_data["action"] == "accept":
                assessment = submission_actions.do_accept_submission(sub, form.cleaned_data["comment"],
                                                                     acting_user=request.user)
                label = STATUS_LABELS.get(assessment.status, assessment.status)
                if assessment.needs_person:   # it counts nowhere until the office confirms or adjusts it
                    messages.warning(request, _("已采纳；研判结果：%(s)s，需人工确认（确认或调整之前不计入通报、驾驶舱和公开页面）")
                                     % {"s": label})
                else:
                    messages.success(request, _("已采纳；研判结果：%(s)s") % {"s": label})
            else:
                submission_actions.do_return_submission(sub, form.cleaned_data["comment"],
                                                        acting_user=request.user)
                messages.success(request, _("已退回，并通知填报单位修改"))
        except review.ReviewError as e:
            form.add_error(None, str(e))
        else:
            return redirect("review_submission", pk=sub.pk)
    sub.refresh_from_db()
    return render(request, "supervision/review/submission.html",
                  _submission_context(request, sub, review_form=form), status=400)


@role_required(Role.OFFICE)
@require_POST
def assessment_override(request, pk):
    """A person's verdict beside the engine's (人工研判), with the reason."""
    assessment = get_object_or_404(Assessment.objects.select_related("task", "period"), pk=pk)
    form = OverrideForm(request.POST)
    if form.is_valid():
        try:
            assessment_actions.do_override_assessment(assessment, form.cleaned_data["status"],
                                                      form.cleaned_data["completion_pct"],
                                                      form.cleaned_data["reason"], acting_user=request.user)
        except review.ReviewError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, _("已记录人工研判"))
            if assessment.submission_id:
                return redirect("review_submission", pk=assessment.submission_id)
            return redirect("review_queue")
    if assessment.submission_id is None:
        messages.error(request, "；".join(str(e) for errs in form.errors.values() for e in errs))
        return redirect("review_queue")
    sub = Submission.objects.select_related("task__plan", "period", "organisation").get(pk=assessment.submission_id)
    return render(request, "supervision/review/submission.html",
                  _submission_context(request, sub, override_form=form), status=400)


@role_required(Role.OFFICE)
@require_POST
def assessment_confirm(request, pk):
    """Confirm a verdict the engine flagged as needing a person (确认研判): it then counts."""
    assessment = get_object_or_404(Assessment.objects.select_related("task", "period"), pk=pk)
    try:
        assessment_actions.do_confirm_assessment(assessment, request.POST.get("note", ""), acting_user=request.user)
    except ActionRefused as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已确认研判结果，计入通报、驾驶舱和公开页面"))
    if assessment.submission_id:
        return redirect("review_submission", pk=assessment.submission_id)
    return redirect("review_queue")


# --- periods ---------------------------------------------------------------------

#: plans on one page of 报送周期 (a province: fifty plans of twelve monthly periods)
PERIODS_PAGE = 10


def _period_counts(period_ids) -> tuple[dict, dict]:
    """(pending, accepted) per period of ``period_ids``: aggregates over their submissions
    (a plan's year of monthly progress is 20,000 rows at 2,000 tasks), kept in the shared
    cache until the next audited change (a submit, accept or return is audited, so the
    counts never go stale)."""
    ids = sorted(period_ids)
    digest = hashlib.sha1(",".join(map(str, ids)).encode()).hexdigest()[:16]
    key = f"period-counts:v2:{dashboard_figures.cache_generation()}:{digest}"
    found = cache.get(key)
    if found is None:
        # .order_by(): Meta.ordering would join tasks, plans and units to every row for nothing
        pending = dict(review.pending_submissions().filter(period__in=ids).order_by().values_list("period")
                       .annotate(n=Count("id")))
        accepted = dict(Submission.objects.filter(state="accepted", period__in=ids).order_by()
                        .values_list("period").annotate(n=Count("task", distinct=True)))
        found = (pending, accepted)
        cache.set(key, found, dashboard_figures.CACHE_SECONDS)
    return found


def _periods_context(request, form) -> dict:
    """A page of plans (``PERIODS_PAGE``, newest year first) with their periods, counts and releases."""
    page = Paginator(Plan.objects.order_by("-year", "title", "pk").values_list("pk", flat=True),
                     PERIODS_PAGE).get_page(request.GET.get("page"))
    plan_ids = list(page.object_list)
    periods_qs = ReportingPeriod.objects.select_related("closed_by").order_by("plan", "end")
    plans_ = list(Plan.objects.filter(pk__in=plan_ids).annotate(n_tasks=Count("tasks"))
                  .prefetch_related(Prefetch("periods", periods_qs)).order_by("-year", "title", "pk"))
    pending, accepted = _period_counts(p.pk for plan in plans_ for p in plan.periods.all())
    out = []
    for plan in plans_:
        rows = []
        for p in plan.periods.all():
            rows.append({"period": p, "pending": pending.get(p.pk, 0), "accepted": accepted.get(p.pk, 0),
                         "days_left": review.days_left(p)})
        out.append({"plan": plan, "rows": rows})
    # What is public (公开发布) and what was withdrawn (撤销), for the buttons beside each.
    standing = releases.releases_by_plan(plan_ids)
    for block in out:
        entry = standing.get(block["plan"].pk, {"plan": None, "periods": {}})
        block["release"] = entry["plan"]
        for r in block["rows"]:
            r["release"] = entry["periods"].get(r["period"].pk)
    withdrawn = Plan.all_objects.filter(withdrawn_at__isnull=False).select_related("withdrawn_by")
    return {"plans": out, "form": form, "withdrawn_plans": withdrawn, "listing": {"page": page, "query": ""}}


@role_required(Role.OFFICE)
def periods(request):
    """Reporting periods (报送周期) of every plan, with their counts; create and close."""
    if request.method != "POST":
        return render(request, "supervision/review/periods.html", _periods_context(request, PeriodForm()))
    form = PeriodForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            made = period_actions.do_create_period(d["plan"], d["frequency"], d["name"], d["start"], d["end"],
                                                   d["deadline"], d["deadline_days"], acting_user=request.user)
        except review.ReviewError as e:
            form.add_error(None, str(e))
        else:
            if made:
                messages.success(request, _("已新建报送周期：%(names)s") % {"names": "、".join(p.name for p in made)})
            else:
                messages.info(request, _("这些报送周期已存在，未作改动"))
            return redirect("periods")
    return render(request, "supervision/review/periods.html", _periods_context(request, form), status=400)


@role_required(Role.OFFICE)
@require_POST
def period_close(request, pk):
    period = get_object_or_404(ReportingPeriod, pk=pk)
    try:
        period_actions.do_close_period(period, acting_user=request.user)
    except review.ReviewError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已关闭报送周期“%(name)s”；此后的报送均为逾期更正") % {"name": period.name})
    return redirect("periods")


# --- targets ---------------------------------------------------------------------

@role_required(*READERS)
def task_target(request, pk):
    """A task's target versions (目标版本), the baseline marked; the office changes it with a reason."""
    task = get_object_or_404(Task.objects.select_related("plan"), pk=pk)
    office = role_of(request.user) == Role.OFFICE
    status = 200
    form = None
    if office:
        form = TargetForm(initial={"text": task.current_target.text if task.current_target else task.text})
    if request.method == "POST":
        if not office:
            raise PermissionDenied
        form = TargetForm(request.POST)
        if form.is_valid():
            try:
                tv = task_actions.do_change_task_target(task, form.cleaned_data["text"],
                                                        form.cleaned_data["reason"], acting_user=request.user)
            except review.ReviewError as e:
                form.add_error(None, str(e))
            else:
                messages.success(request, _("已生成目标第 %(v)s 版，基线保留不变") % {"v": tv.version})
                return redirect("task_target", pk=task.pk)
        status = 400
    versions = task.target_versions.select_related("created_by").prefetch_related("indicators").order_by("-version")
    return render(request, "supervision/review/target.html", {
        "task": task, "versions": versions, "form": form, "office": office,
    }, status=status)
