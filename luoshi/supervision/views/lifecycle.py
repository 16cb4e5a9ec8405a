"""Release to the public, withdraw, reopen, restore (公开发布、撤回、撤销、重新开放): the office's
reversible acts, each with a confirmation in the page and a reason where it undoes something.
Thin: the rules and the audit events are in actions/releases.py and actions/withdrawals.py."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luoshi.core.actions import ActionRefused
from luoshi.core.models import Role
from luoshi.core.permissions import role_required

from ..actions import releases as release_actions
from ..actions import withdrawals
from ..models import Plan, PublicRelease, ReportingPeriod, Task


def _reason(request) -> str:
    return request.POST.get("reason", "").strip()


def _run(request, fn, done: str) -> None:
    try:
        fn()
    except ActionRefused as e:
        messages.error(request, str(e))
    else:
        messages.success(request, done)


@role_required(Role.OFFICE)
@require_POST
def plan_release(request, pk):
    plan = get_object_or_404(Plan, pk=pk)
    _run(request, lambda: release_actions.do_release_plan(plan, acting_user=request.user),
         _("已公开发布“%(name)s”") % {"name": plan.title})
    return redirect("periods")


@role_required(Role.OFFICE)
@require_POST
def period_release(request, pk):
    period = get_object_or_404(ReportingPeriod.objects.select_related("plan"), pk=pk)
    _run(request, lambda: release_actions.do_release_plan(period.plan, period, acting_user=request.user),
         _("已公开发布“%(name)s”的进展") % {"name": period.name})
    return redirect("periods")


@role_required(Role.OFFICE)
@require_POST
def release_withdraw(request, pk):
    release = get_object_or_404(PublicRelease, pk=pk)
    _run(request, lambda: release_actions.do_withdraw_release(release, _reason(request), acting_user=request.user),
         _("已撤回公开发布"))
    return redirect("periods")


@role_required(Role.OFFICE)
@require_POST
def plan_withdraw(request, pk):
    plan = get_object_or_404(Plan, pk=pk)
    _run(request, lambda: withdrawals.do_withdraw_plan(plan, _reason(request), acting_user=request.user),
         _("已撤销计划“%(name)s”；可在报送周期页恢复") % {"name": plan.title})
    return redirect("periods")


@role_required(Role.OFFICE)
@require_POST
def plan_restore(request, pk):
    plan = get_object_or_404(Plan.all_objects, pk=pk)
    _run(request, lambda: withdrawals.do_restore_plan(plan, acting_user=request.user),
         _("已恢复计划“%(name)s”") % {"name": plan.title})
    return redirect("periods")


@role_required(Role.OFFICE)
@require_POST
def period_withdraw(request, pk):
    period = get_object_or_404(ReportingPeriod, pk=pk)
    _run(request, lambda: withdrawals.do_withdraw_period(period, _reason(request), acting_user=request.user),
         _("已撤销报送周期“%(name)s”") % {"name": period.name})
    return redirect("periods")


@role_required(Role.OFFICE)
@require_POST
def period_reopen(request, pk):
    period = get_object_or_404(ReportingPeriod, pk=pk)
    _run(request, lambda: withdrawals.do_reopen_period(period, _reason(request), acting_user=request.user),
         _("已重新开放报送周期“%(name)s”") % {"name": period.name})
    return redirect("periods")


@role_required(Role.OFFICE)
@require_POST
def task_withdraw(request, pk):
    task = get_object_or_404(Task, pk=pk)
    try:
        withdrawals.do_withdraw_task(task, _reason(request), acting_user=request.user)
    except ActionRefused as e:
        messages.error(request, str(e))
        return redirect("task_detail", pk=task.pk)
    messages.success(request, _("已撤销任务 %(code)s；它不再计入清单和统计") % {"code": task.code})
    return redirect("task_list")
