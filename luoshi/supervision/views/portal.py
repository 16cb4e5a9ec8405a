"""The department portal (部门填报): my tasks, the report form, the versions."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luoshi.core.models import Role
from luoshi.core.permissions import role_of, role_required

from .. import choice
from ..actions import signoff as signoff_actions
from ..actions import submissions as submission_actions
from ..forms import ReportForm
from ..models import Attachment, Plan, ReportingPeriod, Submission, Task
from ..permissions import READERS, can_report_for, organisation_of
from ..services import plans, review, signoff
from ..services.formatting import format_number


def _current_period(periods: list[ReportingPeriod]) -> ReportingPeriod | None:
    """``plans.current_period`` over a plan's prefetched periods: the open period due soonest,
    else the latest."""
    open_ = sorted((p for p in periods if not p.closed), key=lambda p: (p.deadline, p.end, p.pk))
    if open_:
        return open_[0]
    return max(periods, key=lambda p: (p.end, p.pk), default=None)


#: task rows on one page of 我的任务 (a unit of a province can hold thousands of tasks in fifty plans)
PORTAL_PAGE = 100


@role_required(Role.REPORTER)
def portal(request):
    """My tasks (我的任务): per plan, every open period to switch between (the one chosen, on
    this page or another, else the one due soonest), its deadline and each task's state.

    Paged by task rows (``PORTAL_PAGE``, plans in order, lead tasks before cooperating ones);
    each plan's counts (tasks, 待填报, missing per period) still cover all its tasks.  A
    constant number of queries however many plans and tasks the unit has: the task ids, the
    plans with periods, the states of the latest versions (small tuples), then the page's
    tasks and their latest versions."""
    org = organisation_of(request.user)
    blocks = []
    asked = request.GET.get("period", "")
    asked = int(asked) if asked.isascii() and asked.isdigit() and len(asked) < 12 else None
    remembered = request.session.get(choice.SESSION_KEY)
    pager = None
    if org is not None:
        # The unit's tasks as (id, plan, order): a join per role, each served by its index.
        lead_rows = list(Task.objects.filter(lead=org).order_by().values_list("pk", "plan_id", "order"))
        coop_rows = list(Task.objects.filter(cooperating=org).order_by().values_list("pk", "plan_id", "order"))
        lead_ids = {pk for pk, _plan, _order in lead_rows}
        by_plan: dict[int, list[int]] = {}
        for pk, plan_id, _order in sorted(set(lead_rows + coop_rows), key=lambda r: (r[2], r[0])):
            by_plan.setdefault(plan_id, []).append(pk)
        plans_ = list(Plan.objects.filter(pk__in=list(by_plan)).prefetch_related("periods"))
        period_of = {}
        for plan in plans_:
            periods = list(plan.periods.all())
            period = next((p for p in periods if p.pk == asked), None) if asked else None
            if period is not None:
                choice.remember(request, period)
            else:
                period = next((p for p in periods if p.pk == remembered), None) or _current_period(periods)
            period_of[plan.pk] = period
        shown = [p for p in period_of.values() if p is not None]
        open_periods = {plan.pk: sorted((p for p in plan.periods.all() if not p.closed),
                                        key=lambda p: (p.deadline, p.pk)) for plan in plans_}
        # The state of the latest version of every task in every period shown or open: one query
        # of small tuples (the unit's versions of those periods; the newest version wins).
        every = {p.pk: p for p in shown + [p for ps in open_periods.values() for p in ps]}
        state_of: dict[tuple[int, int], str] = {}
        for task_id, period_id, state in (Submission.objects.filter(period__in=list(every), organisation=org)
                                          .order_by("version").values_list("task_id", "period_id", "state")):
            state_of[(task_id, period_id)] = state
        rows: list[tuple[int, str, int]] = []  # (plan id, "lead"/"coop", task id) in the page's order
        for plan in plans_:
            period = period_of[plan.pk]
            if period is None:
                continue
            lead = [pk for pk in by_plan[plan.pk] if pk in lead_ids]
            coop = [pk for pk in by_plan[plan.pk] if pk not in lead_ids]
            rows += [(plan.pk, "lead", pk) for pk in lead] + [(plan.pk, "coop", pk) for pk in coop]
            left = review.days_left(period)
            switch = open_periods[plan.pk] if period in open_periods[plan.pk] else [*open_periods[plan.pk], period]
            states = []
            for p in switch:
                missing = sum(1 for pk in lead if state_of.get((pk, p.pk)) not in plans.REPORTED_STATES)
                states.append((p, {"missing": missing, "days_left": review.days_left(p)}))
            blocks.append({
                "plan": plan, "period": period, "days_left": left, "overdue": -left, "periods": states,
                "lead": [], "coop": [], "lead_count": len(lead), "coop_count": len(coop),
                "todo": sum(1 for pk in lead + coop if state_of.get((pk, period.pk), "draft") in ("draft", "returned")),
            })
        page = Paginator(rows, PORTAL_PAGE).get_page(request.GET.get("page"))
        on_page = list(page.object_list)
        tasks = Task.objects.only("id", "plan_id", "code", "name", "text", "deadline_text", "order").in_bulk(
            [pk for _plan, _kind, pk in on_page])
        latest: dict[tuple[int, int], Submission] = {}
        page_periods = {period_of[plan_id].pk for plan_id, _kind, _pk in on_page}
        for sub in (Submission.objects.filter(period__in=page_periods, organisation=org, task_id__in=list(tasks))
                    .only("id", "task_id", "period_id", "state", "version", "late", "updated_at").order_by("version")):
            latest[(sub.task_id, sub.period_id)] = sub
        block_of = {b["plan"].pk: b for b in blocks}
        for plan_id, kind, pk in on_page:
            block_of[plan_id][kind].append((tasks[pk], latest.get((pk, period_of[plan_id].pk))))
        blocks = [b for b in blocks if b["lead"] or b["coop"]]
        keep = request.GET.copy()
        keep.pop("page", None)
        pager = {"page": page, "query": keep.urlencode()}
    return render(request, "supervision/portal/portal.html",
                  {"organisation": org, "blocks": blocks, "listing": pager})


def versions_of(task, period, org) -> list[Submission]:
    versions = list(Submission.objects.filter(task=task, period=period, organisation=org)
                    .select_related("created_by", "updated_by", "reviewed_by").prefetch_related(Prefetch("attachments", queryset=Attachment.objects.defer("content")))
                    .order_by("-version"))
    reported_later = False
    for sub in versions:  # newest first: a pending version with a later reported one is replaced
        sub.stale = sub.state == "submitted" and reported_later
        reported_later = reported_later or sub.state != "draft"
    return versions


def _initial(latest: Submission | None) -> dict:
    if latest is None:
        return {}
    initial = {"narrative": latest.narrative}
    for f in latest.figures or []:
        initial[f"fig_{f['indicator']}"] = format_number(f["value"])
    return initial


@role_required(Role.REPORTER)
def portal_report(request, task_pk, period_pk):
    """The report form (进展填报): the target beside the figure fields; save a draft or submit."""
    task = get_object_or_404(Task.objects.select_related("plan"), pk=task_pk)
    period = get_object_or_404(ReportingPeriod, pk=period_pk, plan=task.plan_id)
    org = organisation_of(request.user)
    if org is None or not can_report_for(request.user, task, org):
        raise PermissionDenied
    indicators = review.figure_indicators(task)
    versions = versions_of(task, period, org)
    latest = versions[0] if versions else None
    reported = any(v.state != "draft" for v in versions)
    can_edit = not period.closed or reported or (latest is not None and latest.late)
    status = 200
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied
        form = ReportForm(request.POST, request.FILES, indicators=indicators, files_of=latest)
        action = request.POST.get("action", "save")
        if action not in ("save", "submit"):
            form.add_error(None, _("未知的操作"))
        elif form.is_valid():
            args = (task, period, form.cleaned_data["narrative"], form.cleaned_data["figures"],
                    form.cleaned_data["attachments"])
            # A form without the field (an older page, a script) saves unchecked.
            based_on = form.cleaned_data["based_on"] if "based_on" in request.POST else None
            remove = form.cleaned_data["remove_attachments"]
            try:
                if action == "submit":
                    sub = submission_actions.do_save_and_submit_submission(
                        *args, acting_user=request.user, based_on=based_on, remove_attachments=remove)
                    if sub.state == "signoff":
                        messages.success(request, _("已提交第 %(v)s 版，等待单位负责人审签") % {"v": sub.version})
                    else:
                        messages.success(request, _("已提交第 %(v)s 版，等待督查科审核") % {"v": sub.version})
                else:
                    sub = submission_actions.do_save_submission_draft(
                        *args, acting_user=request.user, based_on=based_on, remove_attachments=remove)
                    messages.success(request, _("已保存草稿（第 %(v)s 版）") % {"v": sub.version})
            except submission_actions.StaleEdit as e:
                # The person's text stays in the form; saving again now overwrites knowingly.
                data = request.POST.copy()
                data["based_on"] = submission_actions.edit_token(versions[0] if versions else None)
                form = ReportForm(data, indicators=indicators, files_of=latest)
                form.is_valid()
                form.add_error(None, str(e))
            except review.ReviewError as e:
                form.add_error(None, str(e))
            else:
                return redirect("portal_report", task_pk=task.pk, period_pk=period.pk)
        status = 400
    else:
        form = ReportForm(initial={**_initial(latest), "based_on": submission_actions.edit_token(latest)},
                          indicators=indicators, files_of=latest)
    returned = next((v for v in versions if v.state == "returned"), None)
    if returned and latest and latest.version > returned.version and latest.state != "draft":
        returned = None  # already answered by a later submitted version
    latest_by_period = {}
    for sub in Submission.objects.filter(task=task, organisation=org).order_by("version"):
        latest_by_period[sub.period_id] = sub
    other_periods = [(p, latest_by_period.get(p.pk)) for p in task.plan.periods.order_by("end")]
    tv = task.current_target
    return render(request, "supervision/portal/report.html", {
        "task": task, "period": period, "organisation": org, "form": form, "versions": versions,
        "latest": latest, "returned": returned, "can_edit": can_edit, "target": tv,
        "target_changed": tv is not None and tv.version > 1,
        "statistical": review.statistical_indicators(task),
        "is_lead": task.lead.filter(pk=org.pk).exists(), "other_periods": other_periods,
        "days_left": review.days_left(period),
        "frozen": latest is not None and latest.state != "draft",
        "can_sign_off": latest is not None and latest.state == "signoff" and signoff.is_head_of(request.user, org),
    }, status=status)


def _check_submission(user, sub: Submission) -> None:
    """Readers see what has left its unit; a draft (草稿) is its own unit's until submitted."""
    role = role_of(user)
    if role in (Role.OFFICE, Role.LEADER, Role.INSPECTOR) and sub.state != "draft":
        return
    if role == Role.REPORTER and can_report_for(user, sub.task, sub.organisation):
        return
    raise PermissionDenied


@role_required(Role.REPORTER)
def portal_submission(request, pk):
    """One version of my organisation's report (报送版本), read only."""
    sub = get_object_or_404(Submission.objects.select_related("task", "period", "organisation",
                                                              "created_by", "updated_by", "reviewed_by"), pk=pk)
    _check_submission(request.user, sub)
    return render(request, "supervision/portal/submission.html", {
        "sub": sub, "attachments": sub.attachments.defer("content"),
        "figures": sub.figures or [],
    })


@role_required(*READERS, Role.REPORTER)
def submission_attachment(request, pk):
    """An attachment, always as a download (never rendered by the browser: it is user content)."""
    att = get_object_or_404(Attachment.objects.select_related("submission__task", "submission__organisation"),
                            pk=pk)
    _check_submission(request.user, att.submission)
    response = HttpResponse(bytes(att.content), content_type="application/octet-stream")
    response["Content-Disposition"] = content_disposition_header(True, att.name)
    response["X-Content-Type-Options"] = "nosniff"
    return response


@role_required(Role.REPORTER)
@require_POST
def portal_signoff(request, pk):
    """The unit head's sign-off (审签): pass the version to the office, or return it."""
    sub = get_object_or_404(Submission.objects.select_related("task", "period", "organisation"), pk=pk)
    try:
        if request.POST.get("action") == "return":
            signoff_actions.do_return_for_revision(sub, request.POST.get("comment", ""), acting_user=request.user)
            messages.success(request, _("已退回填报人修改"))
        else:
            signoff_actions.do_sign_off_submission(sub, acting_user=request.user)
            messages.success(request, _("已审签，报送已提交督查科"))
    except review.ReviewError as e:
        messages.error(request, str(e))
    return redirect("portal_report", task_pk=sub.task_id, period_pk=sub.period_id)
