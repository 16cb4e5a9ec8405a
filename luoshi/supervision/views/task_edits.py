"""Maintaining a plan after import (计划维护): add, edit and split a task, and the page of
what was withdrawn (已撤销) with its restore buttons.  Office only; thin: the rules and the
audit events are in actions/task_edits.py and actions/withdrawals.py."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luoshi.core.actions import ActionRefused
from luoshi.core.models import Role
from luoshi.core.permissions import role_required

from ..actions import task_edits, withdrawals
from ..forms import RestoreForm, SplitReasonForm, TaskAddForm, TaskEditForm, TaskForm
from ..models import Plan, ReportingPeriod, Task
from ..services import imports as import_services
from ..services.plans import engine_indicators
from ..services.task_edits import SPLIT_MAX, change_from, keep_unposted_highs

BLANK_ROWS = 2      # empty indicator / milestone rows offered below the current ones


IND_KEYS = ("metric", "comparator", "value", "value_high", "unit")


def _indicator_rows(post) -> list[dict]:
    """The indicator rows as posted: each row posts its inputs, so the lists align (a form of
    before the upper end, 目标值上限, posts none: those rows have no ``value_high`` key)."""
    keys = ("metric", "comparator", "value", "unit")
    columns = [post.getlist(f"ind-{k}") for k in keys]
    rows = [dict(zip(keys, values, strict=True)) for values in zip(*columns, strict=False)]
    highs = post.getlist("ind-value_high")
    for row, high in zip(rows, highs, strict=False):
        row["value_high"] = high
    return rows


def _milestone_rows(post) -> list[dict]:
    return [{"text": t, "deadline": d} for t, d in zip(post.getlist("ms-text"), post.getlist("ms-deadline"),
                                                       strict=False)]


def _shown_indicators(tv) -> list[dict]:
    return [{"metric": i.metric, "comparator": i.comparator, "value": "" if i.value is None else f"{i.value:g}",
             "value_high": "" if i.value_high is None else f"{i.value_high:g}",
             "unit": i.unit} for i in engine_indicators(tv)]


def _shown_milestones(tv) -> list[dict]:
    return [{"text": m.get("text", ""), "deadline": m.get("deadline", "")} for m in (tv.milestones if tv else [])]


def _same_rows(posted: list[dict], shown: list[dict], keys) -> bool:
    def norm(rows):
        # a row is there when its first field (指标, 节点内容) is filled: an empty row still
        # posts its comparator
        return [tuple((r.get(k) or "").strip() for k in keys) for r in rows if (r.get(keys[0]) or "").strip()]
    return norm(posted) == norm(shown)


def _task_initial(task: Task) -> dict:
    tv = task.current_target
    return {"name": task.name, "text": tv.text if tv else task.text, "deadline": task.deadline,
            "deadline_text": task.deadline_text, "weight": task.weight,
            "lead": "、".join(o.name for o in task.lead.all()),
            "cooperating": "、".join(o.name for o in task.cooperating.all())}


def _page(request, template: str, ctx: dict, status: int = 200):
    ctx.setdefault("directory", import_services.directory_names())
    ctx.setdefault("comparators", [(">=", "≥"), ("<=", "≤"), ("=", "=")])
    return render(request, template, ctx, status=status)


@role_required(Role.OFFICE)
def task_edit(request, pk):
    """调整任务: every field of a task, saved as a new version with the reason."""
    task = get_object_or_404(Task.objects.select_related("plan"), pk=pk)
    tv = task.current_target
    shown_inds, shown_ms = _shown_indicators(tv), _shown_milestones(tv)
    if request.method != "POST":
        form = TaskEditForm(initial=_task_initial(task))
        ind_rows, ms_rows = shown_inds, shown_ms
    else:
        form = TaskEditForm(request.POST)
        # a row posting no upper end keeps the stored one (compared, saved and shown again)
        ind_rows = keep_unposted_highs(_indicator_rows(request.POST), engine_indicators(tv))
        ms_rows = _milestone_rows(request.POST)
        if form.is_valid():
            data = dict(form.cleaned_data)
            text_changed = (tv.text if tv else task.text).strip() != (data["text"] or "").strip()
            # A new text with the rows left as they were: those rows are read again from it.
            data["reread_indicators"] = text_changed and _same_rows(ind_rows, shown_inds, IND_KEYS)
            data["reread_milestones"] = text_changed and _same_rows(ms_rows, shown_ms, ("text", "deadline"))
            data["indicator_rows"], data["milestone_rows"] = ind_rows, ms_rows
            try:
                change = change_from(data, engine_indicators(tv))
                version = task_edits.do_edit_task(task, change, data["reason"], acting_user=request.user)
            except ActionRefused as e:
                form.add_error(None, str(e))
            else:
                messages.success(request, _("已保存为第 %(v)s 版；此前各版保留可查") % {"v": version.version})
                return redirect("task_detail", pk=task.pk)
    return _page(request, "supervision/tasks/edit.html", {
        "task": task, "form": form, "ind_rows": ind_rows + [{}] * BLANK_ROWS,
        "ms_rows": ms_rows + [{}] * BLANK_ROWS}, status=400 if request.method == "POST" else 200)


@role_required(Role.OFFICE)
def task_add(request, pk):
    """新增任务: a task the imported documents did not have."""
    plan = get_object_or_404(Plan, pk=pk)
    if request.method != "POST":
        form = TaskAddForm(plan=plan, initial={"kind": "task", "part": request.GET.get("part") or None})
        ind_rows, ms_rows = [], []
    else:
        form = TaskAddForm(request.POST, plan=plan)
        ind_rows, ms_rows = _indicator_rows(request.POST), _milestone_rows(request.POST)
        if form.is_valid():
            data = dict(form.cleaned_data)
            # rows left empty: read from the text
            data["reread_indicators"] = not any((r.get("metric") or "").strip() for r in ind_rows)
            data["reread_milestones"] = not any((r.get("text") or "").strip() for r in ms_rows)
            data["indicator_rows"], data["milestone_rows"] = ind_rows, ms_rows
            try:
                change = change_from(data)
                task = task_edits.do_add_task(plan, change, data["reason"], part=data["part"], code=data["code"],
                                              kind=data["kind"], target_class=data["target_class"] or "",
                                              acting_user=request.user)
            except ActionRefused as e:
                form.add_error(None, str(e))
            else:
                messages.success(request, _("已新增任务 %(code)s") % {"code": task.code})
                return redirect("task_detail", pk=task.pk)
    return _page(request, "supervision/tasks/add.html", {
        "plan": plan, "form": form, "ind_rows": ind_rows + [{}] * BLANK_ROWS,
        "ms_rows": ms_rows + [{}] * BLANK_ROWS}, status=400 if request.method == "POST" else 200)


def _split_forms(task: Task, data=None) -> list[TaskForm]:
    initial = _task_initial(task)
    forms_ = []
    for k in range(1, SPLIT_MAX + 1):
        first = {**initial, "text": "", "name": ""}
        form = TaskForm(data, prefix=f"p{k}", initial=first, use_required_attribute=k <= 2)
        forms_.append(form)
    return forms_


@role_required(Role.OFFICE)
def task_split(request, pk):
    """拆分任务: two or more new tasks in place of one (which is withdrawn, its history kept)."""
    task = get_object_or_404(Task.objects.select_related("plan", "part"), pk=pk)
    if request.method != "POST":
        parts, reason_form = _split_forms(task), SplitReasonForm()
    else:
        parts, reason_form = _split_forms(task, request.POST), SplitReasonForm(request.POST)
        # a part whose text is left empty is not a part (its other fields show the task's values)
        used = [f for k, f in enumerate(parts) if k < 2 or request.POST.get(f"{f.prefix}-text", "").strip()]
        valid = all([f.is_valid() for f in used]) and reason_form.is_valid()
        if valid:
            filled = [f.cleaned_data for f in used]
            try:
                changes = [change_from({**d, "reread": True}) for d in filled]
                made = task_edits.do_split_task(task, changes, reason_form.cleaned_data["reason"],
                                                acting_user=request.user)
            except ActionRefused as e:
                reason_form.add_error(None, str(e))
            else:
                messages.success(request, _("已将 %(code)s 拆分为 %(codes)s；原任务已撤销，记录保留")
                                 % {"code": task.code, "codes": "、".join(t.code for t in made)})
                return redirect("task_detail", pk=made[0].pk)
    return _page(request, "supervision/tasks/split.html", {
        "task": task, "parts": parts, "reason_form": reason_form, "current": task.current_target},
        status=400 if request.method == "POST" else 200)


@role_required(Role.OFFICE)
def withdrawn(request):
    """已撤销: withdrawn plans, tasks and periods, each with why and by whom, and 恢复."""
    plans = Plan.all_objects.filter(withdrawn_at__isnull=False).select_related("withdrawn_by").order_by("-withdrawn_at")
    tasks = (Task.all_objects.filter(withdrawn_at__isnull=False, plan__withdrawn_at__isnull=True)
             .select_related("plan", "withdrawn_by").order_by("-withdrawn_at"))
    periods = (ReportingPeriod.all_objects.filter(withdrawn_at__isnull=False, plan__withdrawn_at__isnull=True)
               .select_related("plan", "withdrawn_by").order_by("-withdrawn_at"))
    return render(request, "supervision/tasks/withdrawn.html", {
        "plans": plans, "tasks": tasks, "periods": periods})


def _restore(request, fn, done: str, back: str):
    form = RestoreForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("须填写恢复理由"))
        return redirect(back)
    try:
        fn(form.cleaned_data["reason"])
    except ActionRefused as e:
        messages.error(request, str(e))
        return redirect(back)
    messages.success(request, done)
    return None


@role_required(Role.OFFICE)
@require_POST
def task_restore(request, pk):
    task = get_object_or_404(Task.all_objects.select_related("plan"), pk=pk)
    refused = _restore(request, lambda reason: withdrawals.do_restore_task(task, reason, acting_user=request.user),
                       _("已恢复任务 %(code)s") % {"code": task.code}, "withdrawn")
    return refused or redirect("task_detail", pk=task.pk)


@role_required(Role.OFFICE)
@require_POST
def period_restore(request, pk):
    period = get_object_or_404(ReportingPeriod.all_objects, pk=pk)
    refused = _restore(request, lambda reason: withdrawals.do_restore_period(period, reason, acting_user=request.user),
                       _("已恢复报送周期“%(name)s”") % {"name": period.name}, "withdrawn")
    return refused or redirect("periods")
