"""Withdraw (撤销), never delete: a wrong plan, task or period leaves the lists and the
counts but keeps its history; a closed period is reopened with a reason (重新开放)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from luoshi.core import audit
from luoshi.core.actions import ActionRefused, action

from ..models import Plan, PublicRelease, ReportingPeriod, Task
from ..services.plans import engine_indicators, engine_milestones
from .tasks import do_add_target_version


def reason_given(reason: str, missing: str | None = None) -> str:
    """The reason a person gave for a withdrawal, stripped; refused when empty."""
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused(missing or _("须填写理由"))
    return reason


def withdrawal_stamp(reason: str, acting_user) -> dict:
    """The fields every withdrawn record carries (plans, tasks, periods, public releases):
    when, by whom (a person, not the system), why."""
    return {"withdrawn_at": timezone.now(), "withdrawn_by": acting_user if getattr(acting_user, "pk", None) else None,
            "withdraw_reason": reason}


def withdraw(obj, reason: str, acting_user, already: str | None = None) -> None:
    """Withdraw one record (never delete it); refused when it already is."""
    if obj.withdrawn_at is not None:
        raise ActionRefused(already or _("已撤销"))
    for field, value in withdrawal_stamp(reason, acting_user).items():
        setattr(obj, field, value)
    obj.save(update_fields=["withdrawn_at", "withdrawn_by", "withdraw_reason"])


def _restore(obj) -> dict:
    if obj.withdrawn_at is None:
        raise ActionRefused(_("未撤销"))
    before = {"withdrawn_at": obj.withdrawn_at.isoformat(), "reason": obj.withdraw_reason}
    obj.withdrawn_at, obj.withdrawn_by, obj.withdraw_reason = None, None, ""
    obj.save(update_fields=["withdrawn_at", "withdrawn_by", "withdraw_reason"])
    return before


@action
def do_withdraw_plan(plan: Plan, reason: str, *, acting_user) -> Plan:
    """Withdraw a plan imported by mistake: it leaves the lists, and its public releases end."""
    plan = Plan.all_objects.select_for_update(of=("self",)).get(pk=plan.pk)
    reason = reason_given(reason)
    withdraw(plan, reason, acting_user)
    ended = PublicRelease.objects.filter(plan=plan, withdrawn_at__isnull=True)
    ended_ids = list(ended.values_list("pk", flat=True))
    ended.update(**withdrawal_stamp(reason, acting_user))
    audit.record(acting_user, "plan.withdraw", plan, detail={
        "title": plan.title, "reason": reason, "releases_withdrawn": ended_ids})
    return plan


@action
def do_restore_plan(plan: Plan, *, acting_user) -> Plan:
    """Undo a plan's withdrawal (恢复); its releases stay withdrawn until released again."""
    plan = Plan.all_objects.select_for_update(of=("self",)).get(pk=plan.pk)
    before = _restore(plan)
    audit.record(acting_user, "plan.restore", plan, detail={"title": plan.title, "was": before})
    return plan


def _task_version(task: Task, reason: str, facts: dict, acting_user) -> None:
    """A withdrawal or restoration is a version of the task too (its history shows it);
    the target itself is unchanged."""
    current = task.current_target
    if current is None:
        return
    do_add_target_version(task, current.text, engine_indicators(current), engine_milestones(current),
                          reason=reason, record=False, facts=facts, acting_user=acting_user)


@action
def do_withdraw_task(task: Task, reason: str, *, acting_user) -> Task:
    """Withdraw a task extracted by mistake: it leaves the lists, counts and the public page."""
    task = Task.all_objects.select_for_update(of=("self",)).get(pk=task.pk)
    reason = reason_given(reason)
    withdraw(task, reason, acting_user)
    _task_version(task, _("撤销：%(reason)s") % {"reason": reason}, {"withdrawn": True}, acting_user)
    audit.record(acting_user, "task.withdraw", task, detail={"code": task.code, "reason": reason})
    return task


@action
def do_restore_task(task: Task, reason: str, *, acting_user) -> Task:
    """Undo a task's withdrawal (恢复) with a reason; a task withdrawn with its plan comes back
    with the plan (restore the plan)."""
    task = Task.all_objects.select_for_update(of=("self",)).get(pk=task.pk)
    reason = reason_given(reason)
    if Plan.all_objects.filter(pk=task.plan_id, withdrawn_at__isnull=False).exists():
        raise ActionRefused(_("该任务所属计划已撤销，请先恢复计划"))
    before = _restore(task)
    _task_version(task, _("恢复：%(reason)s") % {"reason": reason}, {"restored": True}, acting_user)
    audit.record(acting_user, "task.restore", task, detail={"code": task.code, "reason": reason, "was": before})
    return task


@action
def do_withdraw_period(period: ReportingPeriod, reason: str, *, acting_user) -> ReportingPeriod:
    """Withdraw a period opened by mistake; its submissions stay on record."""
    period = ReportingPeriod.all_objects.select_for_update(of=("self",)).get(pk=period.pk)
    reason = reason_given(reason)
    withdraw(period, reason, acting_user)
    audit.record(acting_user, "period.withdraw", period, detail={"name": period.name, "reason": reason})
    return period


@action
def do_restore_period(period: ReportingPeriod, reason: str, *, acting_user) -> ReportingPeriod:
    """Undo a period's withdrawal (恢复) with a reason: it is listed and counted again."""
    period = ReportingPeriod.all_objects.select_for_update(of=("self",)).get(pk=period.pk)
    reason = reason_given(reason)
    if Plan.all_objects.filter(pk=period.plan_id, withdrawn_at__isnull=False).exists():
        raise ActionRefused(_("该周期所属计划已撤销，请先恢复计划"))
    before = _restore(period)
    audit.record(acting_user, "period.restore", period, detail={"name": period.name, "reason": reason,
                                                                "was": before})
    return period


@action
def do_reopen_period(period: ReportingPeriod, reason: str, *, acting_user) -> ReportingPeriod:
    """Reopen a closed period (重新开放) with a reason: units may report in it again."""
    period = ReportingPeriod.all_objects.select_for_update(of=("self",)).get(pk=period.pk)
    reason = reason_given(reason)
    if not period.closed:
        raise ActionRefused(_("该报送周期未关闭"))
    if period.withdrawn_at is not None:
        raise ActionRefused(_("该周期已撤销"))
    before = {"closed_at": period.closed_at.isoformat() if period.closed_at else None,
              "closed_by": period.closed_by.username if period.closed_by else ""}
    period.closed, period.closed_at, period.closed_by = False, None, None
    period.save(update_fields=["closed", "closed_at", "closed_by"])
    audit.record(acting_user, "period.reopen", period, detail={"name": period.name, "reason": reason,
                                                               "was_closed": before})
    return period
