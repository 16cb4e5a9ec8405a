"""Plans (年度计划) built from a document's tasks, and progress documents imported into them."""

from __future__ import annotations

from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.actions.organisations import organisations_for
from luoshi.core.models import Organisation, SourceDocument
from luoshi.core.services import registry
from luoshi.engine import api

from ..models import Part, Plan, ReportingPeriod, Submission, Task, TaskLink
from ..services.plans import (
    ID_CHUNK,
    ProgressPreview,
    deadline,
    engine_tasks,
    engine_tasks_of,
    read_progress,
    reporting_units,
)
from ..services.review import actor
from .assessments import assess_submissions
from .periods import closed_as_history
from .tasks import add_baselines, assign_units_many


@action
def do_create_plan(document: SourceDocument, year: int, title: str,
                   found: list[api.Task] | None = None, district: Organisation | None = None, *,
                   acting_user) -> Plan:
    """A plan with one Task (and baseline TargetVersion, Indicators) per engine task.

    ``found`` lets an import preview pass tasks a person corrected.  In bulk: parts, tasks,
    their units, baselines and indicators are inserted together, so a table of thousands
    of rows takes the same number of queries as one of fifty."""
    found = found if found is not None else engine_tasks(document)
    plan = Plan.objects.create(year=year, title=title, organisation=district,
                               created_by=actor(acting_user))
    plan.documents.add(document)
    tasks = []
    for order, (et, part) in enumerate(zip(found, _parts(plan, found), strict=True), 1):
        text = next((m.deadline for m in et.milestones if m.deadline), "")[:100]
        tasks.append(Task(
            plan=plan, part=part, code=et.id, order=order, name=et.name[:300], text=et.text, kind=et.kind,
            target_class=et.target_class or "", source_document=document,
            source={k: v for k, v in et.source.items() if k != "file"}, deadline_text=text,
            deadline=deadline(text, year)))
    tasks = Task.objects.bulk_create(tasks)
    orgs = organisations_for({n for et in found for n in et.lead + et.cooperating}, acting_user=acting_user,
                             reg=registry())
    lead_model, coop_model = Task.lead.through, Task.cooperating.through
    leads, coops = [], []
    for task, et in zip(tasks, found, strict=True):
        leads += [lead_model(task_id=task.pk, organisation_id=pk) for pk in dict.fromkeys(orgs[n].pk for n in et.lead)]
        coops += [coop_model(task_id=task.pk, organisation_id=pk)
                  for pk in dict.fromkeys(orgs[n].pk for n in et.cooperating)]
    lead_model.objects.bulk_create(leads)
    coop_model.objects.bulk_create(coops)
    if district:
        lead_ids = sorted({link.organisation_id for link in leads})
        for start in range(0, len(lead_ids), ID_CHUNK):
            Organisation.objects.filter(pk__in=lead_ids[start:start + ID_CHUNK], parent__isnull=True,
                                        kind="department").update(parent=district)
    add_baselines(list(zip(tasks, found, strict=True)), document=document, acting_user=acting_user)
    audit.record(acting_user, "plan.create", plan, detail={
        "title": title, "year": year, "document": document.name, "tasks": len(found)})
    return plan


def _parts(plan: Plan, found: list[api.Task]) -> list[Part | None]:
    """Each engine task's part (板块) and sub-heading, made once each, numbered as met."""
    keys: list[tuple[str, str] | None] = []
    order: dict[tuple[str, str], int] = {}
    for et in found:
        title = et.part or ("民生实事" if et.kind == "livelihood" else "")
        if not title:
            keys.append(None)
            continue
        order.setdefault((title, ""), len(order) + 1)
        heading = et.heading if et.heading and et.heading != title else ""
        if heading:
            order.setdefault((title, heading), len(order) + 1)
        keys.append((title, heading))
    top_keys = [k for k in order if not k[1]]
    sub_keys = [k for k in order if k[1]]
    made = dict(zip(top_keys, Part.objects.bulk_create(
        [Part(plan=plan, title=t[:300], order=order[(t, h)]) for t, h in top_keys]), strict=True))
    made.update(zip(sub_keys, Part.objects.bulk_create(
        [Part(plan=plan, parent=made[(t, "")], title=h[:300], order=order[(t, h)]) for t, h in sub_keys]),
        strict=True))
    return [made[k] if k else None for k in keys]


@action
def do_import_progress(document: SourceDocument, plan: Plan, period: ReportingPeriod,
                       preview: ProgressPreview | None = None,
                       overrides: dict[int, str | None] | None = None, *, acting_user) -> list[Submission]:
    """Store a progress document's rows as accepted submissions with assessments.

    Every row's link is kept (TaskLink) with its confidence; only rows linked
    to a task become submissions.  ``overrides`` maps a row number to the task
    code a person chose (None: not linked).  Importing the same document for
    the same plan twice changes nothing.

    In bulk, for files of thousands of rows: the plan's tasks are read once with what
    the engine needs, links, submissions and assessments are inserted together, so the
    number of queries does not grow with the rows (a task reported twice in one file
    gets two versions, written in a second round)."""
    if TaskLink.objects.filter(document=document, plan=plan).exists():
        return list(Submission.objects.filter(source_document=document, period=period))
    preview = preview or read_progress(document, plan)
    overrides = overrides or {}
    tasks = list(plan.tasks.all())     # what links and submissions refer to; the engine reads rows (below)
    by_code = {t.code: t for t in tasks}
    who = actor(acting_user)
    now = timezone.now()
    links, linked = [], []
    for prow, (code, score, confidence, candidates) in zip(preview.rows, preview.links, strict=True):
        confirmed = prow.row in overrides
        if confirmed:
            code = overrides[prow.row]
            confidence = "sure" if code else "none"
        task = by_code.get(code) if code else None
        links.append(TaskLink(
            document=document, plan=plan, row=prow.row, row_text=prow.task, task=task, score=score,
            confidence=confidence, candidates=candidates,
            confirmed_by=who if confirmed else None, confirmed_at=now if confirmed else None))
        if task is not None:
            linked.append((prow, task))
    TaskLink.objects.bulk_create(links)
    lead_of = reporting_units(plan.tasks.all())
    assigned = assign_units_many([(task, prow.units) for prow, task in linked
                                  if lead_of.get(task.pk) is None and prow.units], acting_user=acting_user)
    lead_of.update(assigned)
    engine = engine_tasks_of(plan.tasks.all())   # after the assignment: the engine reads the units given just now
    task_of = {t.pk: t for t in tasks}
    pending = [(i, prow, task_of[task.pk], lead_of[task.pk]) for i, (prow, task) in enumerate(linked)
               if lead_of.get(task.pk) is not None]
    latest = _latest_versions(period, [task.pk for _, _, task, _ in pending])
    # a past year's bulletin imported into its period closed as history is that period's report, not a late correction
    late = period.closed and not closed_as_history(period)
    made: list[tuple[int, Submission]] = []
    while pending:   # one round per repetition of a task in the file: each round has a task once
        this, later, seen = [], [], set()
        for item in pending:
            (later if item[2].pk in seen else this).append(item)
            seen.add(item[2].pk)
        pending = later
        subs = []
        for _, prow, task, org in this:
            version, previous_id = latest.get((task.pk, org.pk), (0, None))
            subs.append(Submission(
                task=task, period=period, organisation=org, version=version + 1, supersedes_id=previous_id,
                narrative=prow.progress, state="accepted", source_document=document, source_row=prow.row,
                created_by=who, submitted_at=now, reviewed_by=who, reviewed_at=now, review_comment="",
                late=late))
        subs = Submission.objects.bulk_create(subs)
        for sub in subs:
            latest[(sub.task_id, sub.organisation_id)] = (sub.version, sub.pk)
        assess_submissions([(sub, item[1]) for sub, item in zip(subs, this, strict=True)], engine,
                           acting_user=acting_user)
        made += [(item[0], sub) for sub, item in zip(subs, this, strict=True)]
    audit.record(acting_user, "progress.import", document, detail={
        "plan": plan.pk, "period": period.name, "rows": len(preview.rows), "submissions": len(made)})
    return [sub for _, sub in sorted(made, key=lambda m: m[0])]


def _latest_versions(period: ReportingPeriod, task_ids: list[int]) -> dict[tuple[int, int], tuple[int, int]]:
    """{(task id, organisation id): (latest version, its id)} of the period's submissions."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    ids = sorted(set(task_ids))
    for start in range(0, len(ids), ID_CHUNK):
        for task_id, org_id, version, pk in (
                Submission.objects.filter(period=period, task_id__in=ids[start:start + ID_CHUNK]).order_by()
                .values_list("task_id", "organisation_id", "version", "pk")):
            if (task_id, org_id) not in out or version > out[(task_id, org_id)][0]:
                out[(task_id, org_id)] = (version, pk)
    return out
