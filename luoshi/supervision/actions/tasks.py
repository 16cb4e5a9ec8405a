"""Tasks (任务): target versions (目标调整, the baseline never overwritten) and responsible units."""

from __future__ import annotations

from django.utils.translation import gettext as _

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.actions.organisations import organisations_for
from luoshi.core.models import Organisation
from luoshi.core.services import registry
from luoshi.engine import api

from ..models import Indicator, TargetVersion, Task
from ..services.plans import ID_CHUNK, PlanError
from ..services.review import MAX_REASON, MAX_TARGET, ReviewError, clean_text, require_office
from ..services.task_edits import facts_of


@action
def do_add_target_version(task: Task, text: str, indicators: list[api.Indicator],
                          milestones: list[api.Milestone], reason: str, record: bool = True,
                          document=None, facts: dict | None = None, *, acting_user) -> TargetVersion:
    """A new version of a task's target; earlier versions (the baseline first) stay as they were.

    ``document``: the file the version was read from (None when the office typed it);
    ``facts``: extra facts to record beside the task's own (a split's origin)."""
    last = task.target_versions.order_by("-version").first()
    if last is not None and not reason.strip():
        raise PlanError(_("调整目标须说明理由"))
    tv = TargetVersion.objects.create(
        task=task, version=(last.version + 1) if last else 1, text=text,
        milestones=[m.to_json() for m in milestones], reason=reason, document=document,
        facts={**facts_of(task), **(facts or {})},
        created_by=acting_user if getattr(acting_user, "pk", None) else None)
    # an indicator the statistics bureau enters stays its own in the next version
    statistical = ({(i.metric, i.comparator, i.value, i.unit) for i in last.indicators.all() if i.statistical}
                   if last is not None else set())
    Indicator.objects.bulk_create([_indicator(task, tv, ind, statistical) for ind in indicators])
    if last is not None and task.text != text:
        # Lists, exports, linking and the public page show the task's current target; the
        # baseline stays as version 1.
        task.text = text
        Task.objects.filter(pk=task.pk).update(text=text)
    if record:
        audit.record(acting_user, "task.target_change", task, detail={
            "version": tv.version, "text": text, "reason": reason})
    return tv


def add_baselines(pairs: list[tuple[Task, api.Task]], document=None, file_texts: list[str] | None = None, *,
                  acting_user) -> list[TargetVersion]:
    """The first target version (基线) of new tasks with their indicators, inserted together:
    ``do_add_target_version`` of a task that has none, without its event (the plan's
    creation records them), each with the file it came from and what the file said
    (``file_texts``: the texts as read, where a person corrected them).  Part of the calling action."""
    who = acting_user if getattr(acting_user, "pk", None) else None
    ids = [task.pk for task, _et in pairs]
    units: dict[tuple[str, int], list[str]] = {}
    for key, through in (("lead", Task.lead.through), ("cooperating", Task.cooperating.through)):
        for start in range(0, len(ids), ID_CHUNK):
            for task_id, name in (through.objects.filter(task_id__in=ids[start:start + ID_CHUNK])
                                  .values_list("task_id", "organisation__name")):
                units.setdefault((key, task_id), []).append(name)

    def facts(task: Task, et: api.Task, file_text: str) -> dict:
        return {**facts_of(task, lead=units.get(("lead", task.pk), []),
                           cooperating=units.get(("cooperating", task.pk), [])),
                "file_text": file_text, "file_lead": sorted(et.lead), "file_cooperating": sorted(et.cooperating)}
    read = file_texts if file_texts is not None else [et.text for _task, et in pairs]
    versions = TargetVersion.objects.bulk_create([TargetVersion(
        task=task, version=1, text=et.text, milestones=[m.to_json() for m in et.milestones], reason="",
        document=document, facts=facts(task, et, file_text), created_by=who)
        for (task, et), file_text in zip(pairs, read, strict=True)])
    Indicator.objects.bulk_create([_indicator(task, tv, ind) for (task, et), tv in zip(pairs, versions, strict=True)
                                   for ind in et.indicators])
    return versions


def _indicator(task: Task, tv: TargetVersion, ind: api.Indicator, statistical: set = frozenset()) -> Indicator:
    return Indicator(task=task, target_version=tv, metric=ind.metric[:200], value=ind.value,
                     value_high=ind.value_high, unit=ind.unit[:30],
                     scale=ind.scale, comparator=ind.comparator, kind=ind.kind, qualifier=ind.qualifier[:30],
                     cumulative=ind.cumulative, stretch=ind.stretch, text=ind.text[:300],
                     statistical=(ind.metric[:200], ind.comparator, ind.value, ind.unit[:30]) in statistical)


def _units_named(units: str, reg: api.Registry) -> tuple[str, list[str]] | None:
    names = [reg.normalise(n) or n for n in reg.split_list(units) if reg.looks_like_org(n)]
    if not names:
        return None
    single = [n for n in names if not reg.is_collective(n)]
    lead = single[0] if single else names[0]
    return lead, [n for n in names if n != lead]


def assign_units_many(wanted: list[tuple[Task, str]], reg: api.Registry | None = None, *,
                      acting_user) -> dict[int, Organisation]:
    """Lead and cooperating units of tasks that had none (a work report's), from a progress
    table's 责任单位: by the convention of these lists the first single unit named leads and
    the rest cooperate.  Per task the first of its ``(task, 责任单位)`` pairs that names a
    unit; in a fixed number of queries however many tasks; returns {task id: its new lead}.
    Part of the calling action (a progress import), one ``task.units_assign`` event per task."""
    reg = reg or registry()
    chosen: dict[int, tuple[Task, str, list[str]]] = {}
    for task, units in wanted:
        if task.pk not in chosen and (named := _units_named(units, reg)):
            chosen[task.pk] = (task, *named)
    if not chosen:
        return {}
    orgs = organisations_for({n for _, lead, coop in chosen.values() for n in [lead, *coop]},
                             acting_user=acting_user, reg=reg)
    lead_model, coop_model = Task.lead.through, Task.cooperating.through
    ids = list(chosen)
    for start in range(0, len(ids), ID_CHUNK):   # .set(): the units named replace any there were
        lead_model.objects.filter(task_id__in=ids[start:start + ID_CHUNK]).delete()
        coop_model.objects.filter(task_id__in=ids[start:start + ID_CHUNK]).delete()
    leads, coops, events = [], [], []
    for task, lead, cooperating in chosen.values():
        leads.append(lead_model(task_id=task.pk, organisation_id=orgs[lead].pk))
        coops += [coop_model(task_id=task.pk, organisation_id=pk)
                  for pk in dict.fromkeys(orgs[n].pk for n in cooperating)]
        events.append(("task.units_assign", task, {"lead": lead, "cooperating": cooperating}))
    lead_model.objects.bulk_create(leads)
    coop_model.objects.bulk_create(coops)
    audit.record_many(acting_user, events)
    return {task_id: orgs[lead] for task_id, (_, lead, _) in chosen.items()}


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
