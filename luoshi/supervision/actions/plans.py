"""Plans (年度计划) built from a document's tasks, and progress documents imported into them."""

from __future__ import annotations

from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.actions.organisations import organisation_for
from luoshi.core.models import Organisation, SourceDocument
from luoshi.core.services import registry
from luoshi.engine import api

from ..models import Part, Plan, ReportingPeriod, Submission, Task, TaskLink
from ..services.plans import ProgressPreview, deadline, engine_tasks, read_progress, reporting_unit
from ..services.review import actor
from .assessments import assess_submission
from .tasks import do_add_target_version, do_assign_task_units


@action
def do_create_plan(document: SourceDocument, year: int, title: str,
                   found: list[api.Task] | None = None, district: Organisation | None = None, *,
                   acting_user) -> Plan:
    """A plan with one Task (and baseline TargetVersion, Indicators) per engine task.

    ``found`` lets an import preview pass tasks a person corrected."""
    found = found if found is not None else engine_tasks(document)
    plan = Plan.objects.create(year=year, title=title, organisation=district,
                               created_by=actor(acting_user))
    plan.documents.add(document)
    reg = registry()
    parts: dict[tuple[str, str], Part] = {}
    for order, et in enumerate(found, 1):
        part = _part(plan, parts, et)
        task = Task.objects.create(
            plan=plan, part=part, code=et.id, order=order, name=et.name[:300], text=et.text,
            kind=et.kind, target_class=et.target_class or "", source_document=document,
            source={k: v for k, v in et.source.items() if k != "file"},
            deadline_text=next((m.deadline for m in et.milestones if m.deadline), "")[:100],
        )
        task.deadline = deadline(task.deadline_text, year)
        if task.deadline:
            task.save(update_fields=["deadline"])
        task.lead.set([organisation_for(n, acting_user=acting_user, reg=reg) for n in et.lead])
        task.cooperating.set([organisation_for(n, acting_user=acting_user, reg=reg) for n in et.cooperating])
        if district:
            for org in task.lead.all():
                if org.parent_id is None and org.kind == "department":
                    org.parent = district
                    org.save(update_fields=["parent"])
        do_add_target_version(task, et.text, et.indicators, et.milestones, reason="", record=False,
                              acting_user=acting_user)
    audit.record(acting_user, "plan.create", plan, detail={
        "title": title, "year": year, "document": document.name, "tasks": len(found)})
    return plan


def _part(plan: Plan, parts: dict, et: api.Task) -> Part | None:
    title = et.part or ""
    if not title and et.kind == "livelihood":
        title = "民生实事"
    if not title:
        return None
    key = (title, "")
    if key not in parts:
        parts[key] = Part.objects.create(plan=plan, title=title[:300], order=len(parts) + 1)
    top = parts[key]
    heading = et.heading if et.heading and et.heading != title else ""
    if not heading:
        return top
    sub = (title, heading)
    if sub not in parts:
        parts[sub] = Part.objects.create(plan=plan, parent=top, title=heading[:300], order=len(parts) + 1)
    return parts[sub]


@action
def do_import_progress(document: SourceDocument, plan: Plan, period: ReportingPeriod,
                       preview: ProgressPreview | None = None,
                       overrides: dict[int, str | None] | None = None, *, acting_user) -> list[Submission]:
    """Store a progress document's rows as accepted submissions with assessments.

    Every row's link is kept (TaskLink) with its confidence; only rows linked
    to a task become submissions.  ``overrides`` maps a row number to the task
    code a person chose (None: not linked).  Importing the same document for
    the same plan twice changes nothing."""
    if TaskLink.objects.filter(document=document, plan=plan).exists():
        return list(Submission.objects.filter(source_document=document, period=period))
    preview = preview or read_progress(document, plan)
    overrides = overrides or {}
    by_code = {t.code: t for t in plan.tasks.all()}
    reg = registry()
    now = timezone.now()
    made = []
    for prow, (code, score, confidence, candidates) in zip(preview.rows, preview.links, strict=True):
        confirmed = prow.row in overrides
        if confirmed:
            code = overrides[prow.row]
            confidence = "sure" if code else "none"
        task = by_code.get(code) if code else None
        TaskLink.objects.create(
            document=document, plan=plan, row=prow.row, row_text=prow.task, task=task, score=score,
            confidence=confidence, candidates=candidates,
            confirmed_by=actor(acting_user) if confirmed else None,
            confirmed_at=now if confirmed else None)
        if task is None:
            continue
        if not task.lead.exists() and prow.units:
            do_assign_task_units(task, prow.units, reg, acting_user=acting_user)
        org = reporting_unit(task)
        if org is None:
            continue
        previous = (Submission.objects.filter(task=task, period=period, organisation=org)
                    .order_by("-version").first())
        sub = Submission.objects.create(
            task=task, period=period, organisation=org, version=(previous.version + 1) if previous else 1,
            supersedes=previous, narrative=prow.progress, state="accepted", source_document=document,
            source_row=prow.row, created_by=actor(acting_user), submitted_at=now, reviewed_by=actor(acting_user),
            reviewed_at=now,
            review_comment="", late=period.closed)
        assess_submission(sub, prow=prow)
        made.append(sub)
    audit.record(acting_user, "progress.import", document, detail={
        "plan": plan.pk, "period": period.name, "rows": len(preview.rows), "submissions": len(made)})
    return made
