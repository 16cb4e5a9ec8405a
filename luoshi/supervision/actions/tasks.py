"""Tasks (任务): target versions (目标调整, the baseline never overwritten) and responsible units."""

from __future__ import annotations

from django.utils.translation import gettext as _

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.actions.organisations import organisation_for
from luoshi.core.services import registry
from luoshi.engine import api

from ..models import Indicator, TargetVersion, Task
from ..services.plans import PlanError
from ..services.review import MAX_REASON, MAX_TARGET, ReviewError, clean_text, require_office


@action
def do_add_target_version(task: Task, text: str, indicators: list[api.Indicator],
                          milestones: list[api.Milestone], reason: str, record: bool = True, *,
                          acting_user) -> TargetVersion:
    """A new version of a task's target; earlier versions (the baseline first) stay as they were."""
    last = task.target_versions.order_by("-version").first()
    if last is not None and not reason.strip():
        raise PlanError(_("调整目标须说明理由"))
    tv = TargetVersion.objects.create(
        task=task, version=(last.version + 1) if last else 1, text=text,
        milestones=[m.to_json() for m in milestones], reason=reason,
        created_by=acting_user if getattr(acting_user, "pk", None) else None)
    for ind in indicators:
        Indicator.objects.create(
            task=task, target_version=tv, metric=ind.metric[:200], value=ind.value, unit=ind.unit[:30],
            scale=ind.scale, comparator=ind.comparator, kind=ind.kind, qualifier=ind.qualifier[:30],
            cumulative=ind.cumulative, stretch=ind.stretch, text=ind.text[:300])
    if record:
        audit.record(acting_user, "task.target_change", task, detail={
            "version": tv.version, "text": text, "reason": reason})
    return tv


@action
def do_assign_task_units(task: Task, units: str, reg: api.Registry | None = None, *, acting_user) -> None:
    """Lead and cooperating units of a task that had none (a work-report task), from a
    progress table's 责任单位: by the convention of these lists the first single
    unit named leads and the rest cooperate."""
    reg = reg or registry()
    names = [reg.normalise(n) or n for n in reg.split_list(units) if reg.looks_like_org(n)]
    if not names:
        return
    single = [n for n in names if not reg.is_collective(n)]
    lead = single[0] if single else names[0]
    task.lead.set([organisation_for(lead, acting_user=acting_user, reg=reg)])
    task.cooperating.set([organisation_for(n, acting_user=acting_user, reg=reg) for n in names if n != lead])
    audit.record(acting_user, "task.units_assign", task, detail={
        "lead": lead, "cooperating": [n for n in names if n != lead]})


@action
def do_change_task_target(task: Task, new_text: str, reason: str, *, acting_user) -> TargetVersion:
    """A new version of a task's target with its reason; the baseline is never overwritten."""
    require_office(acting_user)
    new_text = clean_text(new_text, "目标内容", MAX_TARGET)
    reason = clean_text(reason, "调整理由", MAX_REASON)
    current = task.current_target
    if current is not None and current.text.strip() == new_text:
        raise ReviewError("目标内容未改变")
    found, milestones = api.parse_indicators(new_text)
    try:
        return do_add_target_version(task, new_text, found, milestones, reason=reason, acting_user=acting_user)
    except PlanError as e:
        raise ReviewError(str(e)) from e
