"""Plans, tasks, periods, progress and assessments built from the engine's reading.

The engine gives typed tasks, progress rows, links and assessments; this
module stores them.  Every function that changes data records it in the
audit log inside the same transaction.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils import timezone

from luoshi.core import audit
from luoshi.core.models import Organisation, SourceDocument
from luoshi.core.services import registry
from luoshi.engine import api, linking, pipeline, progress, reader, tasks
from luoshi.engine import assess as engine_assess
from luoshi.engine.files import UnreadableInput
from luoshi.engine.judgement import Indicator as EngineIndicator
from luoshi.engine.judgement import Milestone as EngineMilestone
from luoshi.engine.judgement import Task as EngineTask
from luoshi.engine.orgs import Organisation as EngineOrganisation

from ..models import (
    Assessment,
    Indicator,
    Part,
    Plan,
    ReportingPeriod,
    Submission,
    TargetVersion,
    Task,
    TaskLink,
)

ENGINE_VERSION = "0.4"


class PlanError(Exception):
    """A document that cannot become a plan or progress; the message is shown as is."""


def read_document(document: SourceDocument, reference: list[str] | None = None):
    """The engine's Document for a stored source document (read again from its bytes)."""
    try:
        return reader.read_bytes(bytes(document.content), document.name, registry=registry(),
                                 reference=reference)
    except UnreadableInput as e:
        raise PlanError(str(e)) from e


def engine_tasks(document: SourceDocument) -> list[EngineTask]:
    """The tasks the engine reads in a plan document (work report, decomposition table, task list)."""
    doc = read_document(document)
    found = tasks.tasks_from_document(doc, document.name, registry())
    if not found:
        raise PlanError(f"文件中未找到任务 (no tasks found): {document.name}")
    return found


def organisation(name: str, user=None, reg=None) -> Organisation:
    """The stored organisation for a name the engine normalised, created when new.

    Pass ``reg`` when naming many: building the registry reads every stored name."""
    reg = reg or registry()
    canonical = reg.normalise(name) or name
    org = Organisation.objects.filter(name=canonical).first()
    if org is None:
        org = Organisation.objects.filter(aliases__alias=canonical).first()
    if org is None:
        kind = "collective" if reg.is_collective(canonical) else "department"
        org = Organisation.objects.create(name=canonical, kind=kind)
        audit.record(user, "organisation.create", org, detail={"name": canonical})
        reg.add(EngineOrganisation(canonical, [], kind))
    return org


@transaction.atomic
def create_plan(document: SourceDocument, year: int, title: str, user=None,
                found: list[EngineTask] | None = None, district: Organisation | None = None) -> Plan:
    """A plan with one Task (and baseline TargetVersion, Indicators) per engine task.

    ``found`` lets an import preview pass tasks a person corrected."""
    found = found if found is not None else engine_tasks(document)
    plan = Plan.objects.create(year=year, title=title, organisation=district,
                               created_by=user if getattr(user, "pk", None) else None)
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
        task.deadline = _deadline(task.deadline_text, year)
        if task.deadline:
            task.save(update_fields=["deadline"])
        task.lead.set([organisation(n, user, reg) for n in et.lead])
        task.cooperating.set([organisation(n, user, reg) for n in et.cooperating])
        if district:
            for org in task.lead.all():
                if org.parent_id is None and org.kind == "department":
                    org.parent = district
                    org.save(update_fields=["parent"])
        add_target_version(task, et.text, et.indicators, et.milestones, reason="", user=user, record=False)
    audit.record(user, "plan.create", plan, detail={
        "title": title, "year": year, "document": document.name, "tasks": len(found)})
    return plan


def _part(plan: Plan, parts: dict, et: EngineTask) -> Part | None:
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


def _deadline(text: str, year: int) -> date | None:
    return api.deadline_date(text, year) if text else None


@transaction.atomic
def add_target_version(task: Task, text: str, indicators: list[EngineIndicator],
                       milestones: list[EngineMilestone], reason: str, user=None,
                       record: bool = True) -> TargetVersion:
    """A new version of a task's target; earlier versions (the baseline first) stay as they were."""
    last = task.target_versions.order_by("-version").first()
    if last is not None and not reason.strip():
        raise PlanError("调整目标须说明理由 (a changed target needs a reason)")
    tv = TargetVersion.objects.create(
        task=task, version=(last.version + 1) if last else 1, text=text,
        milestones=[m.to_json() for m in milestones], reason=reason,
        created_by=user if getattr(user, "pk", None) else None)
    for ind in indicators:
        Indicator.objects.create(
            task=task, target_version=tv, metric=ind.metric[:200], value=ind.value, unit=ind.unit[:30],
            scale=ind.scale, comparator=ind.comparator, kind=ind.kind, qualifier=ind.qualifier[:30],
            cumulative=ind.cumulative, stretch=ind.stretch, text=ind.text[:300])
    if record:
        audit.record(user, "task.target_change", task, detail={
            "version": tv.version, "text": text, "reason": reason})
    return tv


def to_engine_task(task: Task) -> EngineTask:
    """The engine's view of a stored task, with its current target's indicators and milestones."""
    tv = task.current_target
    inds = list(tv.indicators.all()) if tv else []
    return EngineTask(
        id=task.code, source=task.source, text=tv.text if tv else task.text, name=task.name,
        part=task.part.title if task.part else "", lead=[o.name for o in task.lead.all()],
        cooperating=[o.name for o in task.cooperating.all()], target_class=task.target_class,
        kind=task.kind,
        indicators=[EngineIndicator(metric=i.metric, value=i.value, unit=i.unit, scale=i.scale,
                                    comparator=i.comparator, kind=i.kind, qualifier=i.qualifier,
                                    cumulative=i.cumulative, stretch=i.stretch, text=i.text) for i in inds],
        milestones=[EngineMilestone(text=m.get("text", ""), stage=m.get("stage", "done"),
                                    deadline=m.get("deadline", ""), span=tuple(m.get("span", (0, 0))))
                    for m in (tv.milestones if tv else [])],
    )


# --- periods ---------------------------------------------------------------------

def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


PERIOD_NAMES = {
    "quarterly": ["第一季度", "第二季度", "第三季度", "第四季度"],
    "half_yearly": ["上半年", "下半年"],
}


@transaction.atomic
def create_periods(plan: Plan, frequency: str = "quarterly", deadline_days: int = 10, user=None) -> list[ReportingPeriod]:
    """The reporting periods of a plan's year: months, quarters or halves, each due
    ``deadline_days`` after it ends."""
    from datetime import timedelta

    months = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}[frequency]
    out = []
    for i, first in enumerate(range(1, 13, months)):
        end = _month_end(plan.year, first + months - 1)
        if frequency == "monthly":
            name = f"{plan.year}年{first}月"
        elif frequency == "yearly":
            name = f"{plan.year}年度"
        else:
            name = f"{plan.year}年{PERIOD_NAMES[frequency][i]}"
        period, created = ReportingPeriod.objects.get_or_create(
            plan=plan, name=name, defaults=dict(frequency=frequency, start=date(plan.year, first, 1), end=end,
                                                deadline=end + timedelta(days=deadline_days)))
        if created:
            audit.record(user, "period.create", period, detail={"name": name})
        out.append(period)
    return out


def current_period(plan: Plan) -> ReportingPeriod | None:
    """The open period due soonest (the one departments are reporting for)."""
    return plan.periods.filter(closed=False).order_by("deadline").first() or plan.periods.order_by("-end").first()


# --- progress and assessments ----------------------------------------------------

def reporting_unit(task: Task) -> Organisation | None:
    return task.lead.first()


def plan_reference(plan: Plan) -> list[str]:
    """The sentences of the plan's work report, for reading a progress table that quotes it."""
    out: list[str] = []
    for document in plan.documents.all():
        if document.kind == "work_report":
            out += [s.text for s in read_document(document).sentences]
    return out


@dataclass
class ProgressPreview:
    rows: list            # engine ProgressRow
    links: list           # (task_code | None, score, confidence, candidates)


def read_progress(document: SourceDocument, plan: Plan) -> ProgressPreview:
    """Progress rows of a document and the plan task each one reports on."""
    doc = read_document(document, reference=plan_reference(plan) or None)
    try:
        table = pipeline.progress_table(doc)
    except UnreadableInput as e:
        raise PlanError(str(e)) from e
    rows = progress.parse_table(table)
    plan_tasks = [to_engine_task(t) for t in plan.tasks.prefetch_related("lead", "cooperating")]
    links = []
    link_fn = getattr(linking, "link", None)
    if link_fn is not None:
        for link in link_fn([r.task for r in rows], plan_tasks):
            links.append((link.task_id, link.score, link.confidence,
                          [c.__dict__ if hasattr(c, "__dict__") else c for c in link.candidates]))
    else:
        for tid, score in linking.link_rows([r.task for r in rows], plan_tasks):
            confidence = "none" if tid is None else ("sure" if score >= 0.9 else "check")
            links.append((tid, score, confidence, []))
    return ProgressPreview(rows, links)


@transaction.atomic
def import_progress(document: SourceDocument, plan: Plan, period: ReportingPeriod, user=None,
                    preview: ProgressPreview | None = None, overrides: dict[int, str | None] | None = None,
                    ) -> list[Submission]:
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
            confirmed_by=user if confirmed and getattr(user, "pk", None) else None,
            confirmed_at=now if confirmed else None)
        if task is None:
            continue
        if not task.lead.exists() and prow.units:
            assign_units(task, prow.units, user, reg)
        org = reporting_unit(task)
        if org is None:
            continue
        previous = Submission.objects.filter(task=task, period=period, organisation=org).order_by("-version").first()
        sub = Submission.objects.create(
            task=task, period=period, organisation=org, version=(previous.version + 1) if previous else 1,
            supersedes=previous, narrative=prow.progress, state="accepted", source_document=document,
            source_row=prow.row, created_by=user if getattr(user, "pk", None) else None,
            submitted_at=now, reviewed_by=user if getattr(user, "pk", None) else None, reviewed_at=now,
            review_comment="", late=period.closed)
        assess_submission(sub, prow=prow)
        made.append(sub)
    audit.record(user, "progress.import", document, detail={
        "plan": plan.pk, "period": period.name, "rows": len(preview.rows), "submissions": len(made)})
    return made


def assign_units(task: Task, units: str, user=None, reg=None) -> None:
    """Lead and cooperating units of a task that had none (a work-report task), from a
    progress table's 责任单位: by the convention of these lists the first single
    unit named leads and the rest cooperate."""
    reg = reg or registry()
    names = [reg.normalise(n) or n for n in reg.split_list(units) if reg.looks_like_org(n)]
    if not names:
        return
    single = [n for n in names if not reg.is_collective(n)]
    lead = single[0] if single else names[0]
    task.lead.set([organisation(lead, user, reg)])
    task.cooperating.set([organisation(n, user, reg) for n in names if n != lead])
    audit.record(user, "task.units_assign", task, detail={"lead": lead, "cooperating": [n for n in names if n != lead]})


def assess_submission(sub: Submission, prow=None) -> Assessment:
    """The engine's verdict on an accepted submission, as of the period's end; earlier
    assessments of the same task and period stay, no longer current."""
    task = sub.task
    et = to_engine_task(task)
    if prow is None:
        prow = progress.parse_row(sub.narrative, task=task.text, row=sub.source_row or 0)
    verdict = engine_assess.assess_row(prow, et, sub.period.end, task_id=task.code)
    Assessment.objects.filter(task=task, period=sub.period, current=True).update(current=False)
    return Assessment.objects.create(
        task=task, period=sub.period, submission=sub, status=verdict.status,
        completion_pct=verdict.completion_pct, expected_pct=verdict.expected_pct,
        evidence=[e.to_json() for e in verdict.evidence], reason=verdict.reason,
        engine_version=ENGINE_VERSION, current=True)


def current_assessments(period: ReportingPeriod):
    """The current assessment of each task of the period (only accepted submissions make them)."""
    return Assessment.objects.filter(period=period, current=True).select_related("task", "submission")


@transaction.atomic
def close_period(period: ReportingPeriod, user=None) -> ReportingPeriod:
    """Lock a period: later corrections to it are new versions marked late."""
    if not period.closed:
        period.closed = True
        period.closed_at = timezone.now()
        period.closed_by = user if getattr(user, "pk", None) else None
        period.save(update_fields=["closed", "closed_at", "closed_by"])
        audit.record(user, "period.close", period, detail={"name": period.name})
    return period


REPORTED_STATES = ("submitted", "accepted")


def missing_reports(period: ReportingPeriod) -> list[tuple[Organisation, list[Task]]]:
    """Units that lead a task of the period's plan and have not submitted for it (未报送),
    with the tasks missing; collectives (各街道) are not units that report."""
    reported = set(Submission.objects.filter(period=period, state__in=REPORTED_STATES)
                   .values_list("task_id", "organisation_id"))
    out: dict[int, tuple[Organisation, list[Task]]] = {}
    for task in period.plan.tasks.prefetch_related("lead").order_by("order"):
        for org in task.lead.all():
            if org.kind == "collective" or (task.pk, org.pk) in reported:
                continue
            out.setdefault(org.pk, (org, []))[1].append(task)
    return sorted(out.values(), key=lambda item: (-len(item[1]), item[0].name))
