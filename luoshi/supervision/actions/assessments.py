"""Assessments (研判): the engine's verdict on an accepted submission, a person's override beside it,
the office's confirmation of a verdict the engine flagged as needing a person (a flagged verdict counts
in bulletins, the dashboard and the API only once confirmed or overridden)."""

from __future__ import annotations

from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions import ActionRefused, action
from luoshi.engine import api

from ..models import STATUS_ORDER, Assessment, Override, Submission
from ..services.plans import ENGINE_VERSION, to_engine_task, verdict_account
from ..services.review import MAX_REASON, ReviewError, actor, clean_text, parse_pct, require_office


def assess_submission(sub: Submission, prow: api.ProgressRow | None = None) -> Assessment:
    """The engine's verdict on an accepted submission, as of the period's end; earlier
    assessments of the same task and period stay, no longer current.  Part of the
    calling action (acceptance, a progress import), which records the event."""
    task = sub.task
    et = to_engine_task(task)
    if prow is None:
        prow = api.parse_progress(sub.narrative, task=task.text, row=sub.source_row or 0)
    verdict = api.assess_row(prow, et, sub.period.end, task_id=task.code)
    Assessment.objects.filter(task=task, period=sub.period, current=True).update(current=False)
    return Assessment.objects.create(
        task=task, period=sub.period, submission=sub, status=verdict.status,
        completion_pct=verdict.completion_pct, expected_pct=verdict.expected_pct,
        evidence=[e.to_json() for e in verdict.evidence], reason=verdict.reason,
        engine_version=ENGINE_VERSION, current=True, **verdict_account(verdict))


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
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
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
