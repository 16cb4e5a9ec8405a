"""Maintaining a plan after import (计划维护): the office adds a task, edits one (text,
deadline, milestones, units, weight, indicators) or splits one into several.  Every change
is a new target version with its reason, and an audit event; nothing is overwritten (the
earlier versions stay) and nothing is deleted (a split task is withdrawn, not removed).

What the office typed is checked in services/task_edits.py."""

from __future__ import annotations

from django.utils.translation import gettext as _

from luoshi.core import audit
from luoshi.core.actions import ActionRefused, action
from luoshi.core.models import Organisation

from ..models import Part, Plan, Task
from ..services.imports import free_code
from ..services.plans import engine_indicators, engine_milestones
from ..services.review import require_office
from ..services.task_edits import SPLIT_MAX, TaskChange, facts_of, indicator_key, reason_of
from .tasks import do_add_target_version
from .withdrawals import withdraw


def _set_fields(task: Task, change: TaskChange) -> None:
    task.name = change.name[:300]
    task.deadline = change.deadline
    task.deadline_text = change.deadline_text[:100]
    task.weight = change.weight
    task.save(update_fields=["name", "deadline", "deadline_text", "weight"])
    task.lead.set(Organisation.objects.filter(name__in=change.lead))
    task.cooperating.set(Organisation.objects.filter(name__in=change.cooperating))


def _new_task(plan: Plan, part: Part | None, code: str, order: int, change: TaskChange, kind: str,
              target_class: str, **extra) -> Task:
    task = Task.objects.create(plan=plan, part=part, code=free_code(plan, code), order=order, text=change.text,
                               kind=kind, target_class=target_class, **extra)
    _set_fields(task, change)
    return task


def _next_code(plan: Plan) -> str:
    """N1, N2 …: the codes of tasks the office added (an engine code names where a task was read)."""
    taken = set(Task.all_objects.filter(plan=plan, code__startswith="N").values_list("code", flat=True))
    n = 1
    while f"N{n}" in taken:
        n += 1
    return f"N{n}"


@action
def do_add_task(plan: Plan, change: TaskChange, reason: str, part: Part | None = None, code: str = "",
                kind: str = "task", target_class: str = "", *, acting_user) -> Task:
    """A task the imported documents did not have (新增任务), with the reason it was added."""
    require_office(acting_user)
    reason = reason_of(reason)
    if plan.withdrawn_at is not None:
        raise ActionRefused(_("该计划已撤销"))
    if part is not None and part.plan_id != plan.pk:
        raise ActionRefused(_("所选板块不属于该计划"))
    if kind not in dict(Task.KIND_CHOICES) or target_class not in dict(Task.CLASS_CHOICES):
        raise ActionRefused(_("任务类别或目标类型无效"))
    code = (code or "").strip()[:40] or _next_code(plan)
    order = (Task.all_objects.filter(plan=plan).order_by("-order").values_list("order", flat=True).first() or 0) + 1
    task = _new_task(plan, part, code, order, change, kind, target_class)
    tv = do_add_target_version(task, change.text, change.indicators, change.milestones, reason=reason,
                               record=False, facts={"added": True}, acting_user=acting_user)
    audit.record(acting_user, "task.create", task, detail={
        "code": task.code, "text": change.text, "reason": reason, "version": tv.version, **tv.facts})
    return task


@action
def do_edit_task(task: Task, change: TaskChange, reason: str, *, acting_user):
    """A new version of a task (调整任务): its target text, indicators and milestones, and its
    name, deadline, weight and units, with the reason; refused when nothing changed."""
    require_office(acting_user)
    reason = reason_of(reason)
    task = Task.objects.select_for_update(of=("self",)).get(pk=task.pk)
    before = facts_of(task)
    current = task.current_target
    old_inds = [indicator_key(i) for i in engine_indicators(current)]
    new_inds = [indicator_key(i) for i in change.indicators]
    text_same = current is not None and current.text.strip() == change.text.strip()
    same_target = text_same and old_inds == new_inds and (current.milestones if current else []) == [
        m.to_json() for m in change.milestones]
    _set_fields(task, change)
    after = facts_of(task)
    if same_target and before == after:
        raise ActionRefused(_("未作任何改动"))
    tv = do_add_target_version(task, change.text, change.indicators, change.milestones, reason=reason,
                               record=False, acting_user=acting_user)
    changed = [k for k in after if before.get(k) != after.get(k)]
    if not text_same:
        changed.insert(0, "text")
    indicators = {}
    if old_inds != new_inds:
        changed.append("indicators")
        # (指标, 比较, 目标值, 上限, 单位) of each indicator, before and after
        indicators = {"indicators_before": [list(k) for k in old_inds], "indicators_after": [list(k) for k in new_inds]}
    audit.record(acting_user, "task.edit", task, detail={
        "code": task.code, "version": tv.version, "reason": reason, "changed": changed,
        "before": before, "after": after, **({"text": change.text} if not text_same else {}), **indicators})
    return tv


@action
def do_split_task(task: Task, parts: list[TaskChange], reason: str, *, acting_user) -> list[Task]:
    """Split a task into several (拆分任务): each part a new task of the same plan and section
    (code 原编号-1, -2 …) whose first version names its origin; the task itself gets a last
    version naming its parts and is withdrawn, its reports and verdicts kept with it."""
    require_office(acting_user)
    reason = reason_of(reason)
    task = Task.objects.select_for_update(of=("self",)).get(pk=task.pk)
    if not 2 <= len(parts) <= SPLIT_MAX:
        raise ActionRefused(_("拆分须至少两项、至多 %(n)s 项") % {"n": SPLIT_MAX})
    made = []
    for k, change in enumerate(parts, 1):
        part = _new_task(task.plan, task.part, f"{task.code}-{k}", task.order, change, task.kind, task.target_class,
                         published=task.published)
        do_add_target_version(part, change.text, change.indicators, change.milestones,
                              reason=_("由 %(code)s 拆分：%(reason)s") % {"code": task.code, "reason": reason},
                              record=False, facts={"split_from": task.code}, acting_user=acting_user)
        made.append(part)
    codes = [p.code for p in made]
    current = task.current_target
    do_add_target_version(task, current.text if current else task.text,
                          engine_indicators(current), engine_milestones(current),
                          reason=_("拆分为 %(codes)s：%(reason)s") % {"codes": "、".join(codes), "reason": reason},
                          record=False, facts={"split_into": codes}, acting_user=acting_user)
    withdraw(task, _("拆分为 %(codes)s：%(reason)s") % {"codes": "、".join(codes), "reason": reason}, acting_user)
    audit.record(acting_user, "task.split", task, detail={
        "code": task.code, "reason": reason, "into": [{"code": p.code, "text": p.text} for p in made]})
    return made

