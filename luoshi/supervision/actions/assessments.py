"""Assessments (研判): the engine's verdict on an accepted submission, a person's override beside it,
the office's confirmation of a verdict the engine flagged as needing a person (a flagged verdict counts
in bulletins, the dashboard and the API only once confirmed or overridden)."""

from __future__ import annotations

from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions import ActionRefused, action
from luoshi.engine import api

from ..models import STATUS_ORDER, Assessment, Override, Submission
from ..services.plans import ENGINE_VERSION, ID_CHUNK, to_engine_task, verdict_account
from ..services.review import MAX_REASON, ReviewError, actor, clean_text, parse_pct, require_office


def assess_submission(sub: Submission, prow: api.ProgressRow | None = None) -> Assessment:
    """The engine's verdict on an accepted submission, as of the period's end; earlier
    assessments of the same task and period stay, no longer current.  Part of the
    calling action (acceptance, a progress import), which records the event."""
    return assess_submissions([(sub, prow)], {sub.task_id: to_engine_task(sub.task)})[0]


def assess_submissions(items: list[tuple[Submission, api.ProgressRow | None]], engine_tasks: dict,
                       *, acting_user=None) -> list[Assessment]:
    """``assess_submission`` of many submissions (of distinct tasks in one period each), in
    a fixed number of queries: ``engine_tasks`` maps a task id to its engine task."""
    out = []
    for sub, prow in items:
        task = sub.task
        if prow is None:
            prow = api.parse_progress(sub.narrative, task=task.text, row=sub.source_row or 0)
        verdict = api.assess_row(prow, engine_tasks[task.pk], sub.period.end, task_id=task.code)
        out.append((task, sub.period, dict(
            submission=sub, status=verdict.status, completion_pct=verdict.completion_pct,
            expected_pct=verdict.expected_pct, evidence=[e.to_json() for e in verdict.evidence],
            reason=verdict.reason, engine_version=ENGINE_VERSION, **verdict_account(verdict))))
    return supersede_assessments(out, acting_user=acting_user)


def supersede_assessment(task, period, *, acting_user=None, **fields) -> Assessment:
    """A new current engine assessment of (task, period); the earlier ones stay, no longer
    current.  A person's override of the one it replaces is carried onto it: the engine
    never undoes a human decision (statistics lock, re-import, re-link, acceptance).  When
    the new verdict contradicts that decision on new evidence, the override is marked
    ``needs_review`` and the office is told (review queue, task page) and decides
    (``do_decide_override``).  Part of the calling action's transaction."""
    return supersede_assessments([(task, period, fields)], acting_user=acting_user)[0]


def supersede_assessments(items: list[tuple], *, acting_user=None) -> list[Assessment]:
    """``supersede_assessment`` of many ``(task, period, fields)`` at once, each (task,
    period) at most once: the current assessments read once with their overrides, set
    aside in one update, the new ones and the carried overrides inserted together."""
    keys = [(task.pk, period.pk) for task, period, _ in items]
    if len(set(keys)) != len(keys):
        raise ValueError("one new assessment per task and period at a time")
    previous: dict[tuple[int, int], Assessment] = {}
    stale: list[int] = []
    for period_id in {p for _, p in keys}:
        task_ids = [t for t, p in keys if p == period_id]
        for start in range(0, len(task_ids), ID_CHUNK):
            for a in (Assessment.objects.filter(period_id=period_id, task_id__in=task_ids[start:start + ID_CHUNK],
                                                current=True)
                      .order_by("id").prefetch_related("overrides")):
                stale.append(a.pk)
                previous[(a.task_id, a.period_id)] = a      # the latest (highest id) wins
    for start in range(0, len(stale), ID_CHUNK):
        Assessment.objects.filter(pk__in=stale[start:start + ID_CHUNK]).update(current=False)
    made = Assessment.objects.bulk_create([Assessment(task=task, period=period, current=True, **fields)
                                           for task, period, fields in items])
    carried, events = [], []
    for (task, period, _), a in zip(items, made, strict=True):
        before = previous.get((task.pk, period.pk))
        decision = before.override if before is not None else None
        if decision is None:
            continue
        changed = a.status != before.status or a.evidence != before.evidence
        contradicts = a.status != decision.status and changed
        carried.append(Override(
            assessment=a, status=decision.status, completion_pct=decision.completion_pct,
            reason=decision.reason, created_by_id=decision.created_by_id, carried_from=decision,
            needs_review=decision.needs_review or contradicts))
        events.append(("override.carry", a, {
            "task": task.code, "period": period.name, "override": decision.pk, "status": decision.status,
            "engine_status": a.status, "previous_engine_status": before.status,
            "needs_review": carried[-1].needs_review}))
    Override.objects.bulk_create(carried)
    audit.record_many(acting_user, events)
    return made


@action
def do_decide_override(override: Override, keep: bool, note: str = "", *, acting_user) -> Override:
    """The office's answer to a flagged override (人工研判复核): keep its decision (维持), or set
    it aside for the engine's new verdict (采用引擎研判).  Either way the rows stay."""
    require_office(acting_user)
    override = Override.objects.select_for_update(of=("self",)).get(pk=override.pk)
    if not override.needs_review or not override.active:
        raise ReviewError("该人工研判无需复核")
    override.needs_review = False
    if not keep:
        override.active = False
    override.save(update_fields=["needs_review", "active"])
    a = override.assessment
    audit.record(acting_user, "override.keep" if keep else "override.set_aside", a, detail={
        "task": a.task.code, "period": a.period.name, "override": override.pk, "status": override.status,
        "engine_status": a.status, "note": clean_text(note, "说明", MAX_REASON) if note.strip() else ""})
    return override


@action
def do_override_assessment(assessment: Assessment, status: str, completion_pct, reason: str, *,
                           acting_user) -> Override:
    """A person's verdict beside the engine's (人工研判); the engine's stays as it gave it."""
    require_office(acting_user)
    if status not in STATUS_ORDER:
        raise ReviewError("请选择有效的研判状态")
    completion = parse_pct(completion_pct)
    reason = clean_text(reason, "调整理由", MAX_REASON)
    made = Override.objects.create(assessment=assessment, status=status, completion_pct=completion,
                                   reason=reason, created_by=actor(acting_user))
    audit.record(acting_user, "assessment.override", assessment, detail={
        "task": assessment.task.code, "period": assessment.period.name,
        "engine_status": assessment.status, "status": status, "completion_pct": completion, "reason": reason})
    return made


@action
def do_confirm_assessment(assessment: Assessment, note: str = "", *, acting_user) -> Assessment:
    """Confirm the engine's verdict as it stands (确认研判): from then on it counts."""
    require_office(acting_user)
    assessment = Assessment.objects.select_for_update(of=("self",)).get(pk=assessment.pk)
    if assessment.confirmed_at is not None:
        raise ActionRefused("该研判结果已确认")
    assessment.confirmed_by = actor(acting_user)
    assessment.confirmed_at = timezone.now()
    assessment.save(update_fields=["confirmed_by", "confirmed_at"])
    audit.record(acting_user, "assessment.confirm", assessment, detail={
        "task": assessment.task.code, "period": assessment.period.name, "status": assessment.status,
        "basis": assessment.basis, "confidence": assessment.confidence, "flags": list(assessment.flags),
        "rule": assessment.rule, "note": (note or "")[:500]})
    return assessment
