"""Plans, tasks, periods and progress as the engine reads them (luoshi.engine.api).

Reading only: a document's tasks, a progress document's rows and links, the
engine's view of a stored task, the period calendar.  Storing them is the
actions' (luoshi/supervision/actions/plans.py, periods.py, tasks.py).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.utils.translation import gettext as _

from luoshi.core.models import Organisation, SourceDocument
from luoshi.core.services import registry
from luoshi.engine import api
from luoshi.engine.api import Indicator as EngineIndicator
from luoshi.engine.api import Milestone as EngineMilestone
from luoshi.engine.api import Task as EngineTask
from luoshi.engine.api import UnreadableInput

from ..models import (
    Assessment,
    Indicator,
    Plan,
    ReportingPeriod,
    Submission,
    TargetVersion,
    Task,
)

ENGINE_VERSION = "0.5"
ID_CHUNK = 2000   # ids per IN (…) list in bulk writes: well under any database's limit on parameters


class PlanError(Exception):
    """A document that cannot become a plan or progress; the message is shown as is."""


def read_document(document: SourceDocument, reference: list[str] | None = None):
    """The engine's Document for a stored source document (read again from its bytes)."""
    try:
        return api.read_document(bytes(document.content), document.name, registry=registry(),
                                 reference=reference)
    except UnreadableInput as e:
        raise PlanError(str(e)) from e


def engine_tasks(document: SourceDocument) -> list[EngineTask]:
    """The tasks the engine reads in a plan document (work report, decomposition table, task list)."""
    doc = read_document(document)
    found = api.extract_tasks(doc, document.name, registry())
    title = api.progress_title(doc)
    if title and not found:
        # a bulletin on the work report's progress read as a plan: say where it belongs
        raise PlanError(_("该文件像是进展情况通报（%(title)s），不是工作报告：请在导入页选择所属计划和报送周期，"
                          "作为进展导入。") % {"title": title[:60]})
    if not found:
        raise PlanError(_("文件中未找到任务：%(name)s") % {"name": document.name})
    return found






def deadline(text: str, year: int) -> date | None:
    return api.deadline_date(text, year) if text else None


def with_engine_fields(tasks: QuerySet) -> QuerySet:
    """Tasks with everything ``to_engine_task`` reads, in a fixed number of queries
    however many tasks (part, units, target versions and their indicators)."""
    return tasks.select_related("part").prefetch_related(
        "lead", "cooperating",
        Prefetch("target_versions", queryset=TargetVersion.objects.prefetch_related("indicators")))


def engine_indicators(tv) -> list[EngineIndicator]:
    """A target version's indicators as the engine's."""
    return [EngineIndicator(metric=i.metric, value=i.value, unit=i.unit, scale=i.scale,
                            comparator=i.comparator, kind=i.kind, qualifier=i.qualifier,
                            cumulative=i.cumulative, stretch=i.stretch, text=i.text, value_high=i.value_high)
            for i in (tv.indicators.all() if tv else [])]


def engine_milestones(tv) -> list[EngineMilestone]:
    """A target version's milestones as the engine's."""
    return [EngineMilestone(text=m.get("text", ""), stage=m.get("stage", "done"),
                            deadline=m.get("deadline", ""), span=tuple(m.get("span", (0, 0))))
            for m in (tv.milestones if tv else [])]


def to_engine_task(task: Task) -> EngineTask:
    """The engine's view of a stored task, with its current target's indicators and milestones."""
    tv = task.current_target
    return EngineTask(
        id=task.code, source=task.source, text=tv.text if tv else task.text, name=task.name,
        part=task.part.title if task.part else "", lead=[o.name for o in task.lead.all()],
        cooperating=[o.name for o in task.cooperating.all()], target_class=task.target_class,
        kind=task.kind, indicators=engine_indicators(tv), milestones=engine_milestones(tv),
    )


def engine_tasks_of(tasks: QuerySet) -> dict[int, EngineTask]:
    """``to_engine_task`` of many tasks, {task id: engine task} in the queryset's order, read as
    plain rows in five queries (tasks, latest versions, their indicators, lead and cooperating
    names) with no model built per task, version or indicator: a plan of thousands of tasks
    for linking a progress table or assessing its rows."""
    ids = tasks.values("id")
    rows = list(tasks.values_list("id", "code", "source", "text", "name", "part__title", "target_class", "kind"))
    latest: dict[int, tuple] = {}
    for task_id, tv_id, text, milestones in (
            TargetVersion.objects.filter(task__in=ids).order_by("task_id", "version")
            .values_list("task_id", "id", "text", "milestones")):
        latest[task_id] = (tv_id, text, milestones)          # the highest version comes last
    current = {tv[0] for tv in latest.values()}
    indicators: dict[int, list[EngineIndicator]] = {}
    for tv_id, *fields in (Indicator.objects.filter(target_version__task__in=ids).order_by("id").values_list(
            "target_version_id", "metric", "value", "unit", "scale", "comparator", "kind", "qualifier",
            "cumulative", "stretch", "text", "value_high")):
        if tv_id in current:
            *fields, value_high = fields
            indicators.setdefault(tv_id, []).append(EngineIndicator(*fields, value_high=value_high))
    units: dict[str, dict[int, list[str]]] = {}
    for field in ("lead", "cooperating"):
        through = getattr(Task, field).through
        named = units[field] = {}
        for task_id, name in (through.objects.filter(task__in=ids).order_by("organisation__name", "organisation_id")
                              .values_list("task_id", "organisation__name")):
            named.setdefault(task_id, []).append(name)
    out = {}
    for task_id, code, source, text, name, part, target_class, kind in rows:
        tv_id, tv_text, milestones = latest.get(task_id, (None, None, None))
        out[task_id] = EngineTask(
            id=code, source=source, text=tv_text if tv_id else text, name=name, part=part or "",
            lead=units["lead"].get(task_id, []), cooperating=units["cooperating"].get(task_id, []),
            target_class=target_class, kind=kind, indicators=indicators.get(tv_id, []) if tv_id else [],
            milestones=[EngineMilestone(text=m.get("text", ""), stage=m.get("stage", "done"),
                                        deadline=m.get("deadline", ""), span=tuple(m.get("span", (0, 0))))
                        for m in (milestones or [])] if tv_id else [])
    return out


# --- periods ---------------------------------------------------------------------

def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


PERIOD_NAMES = {
    "quarterly": ["第一季度", "第二季度", "第三季度", "第四季度"],
    "half_yearly": ["上半年", "下半年"],
}


def current_period(plan: Plan) -> ReportingPeriod | None:
    """The open period due soonest (the one departments are reporting for)."""
    return plan.periods.filter(closed=False).order_by("deadline").first() or plan.periods.order_by("-end").first()


# --- progress and assessments ----------------------------------------------------

def reporting_unit(task: Task) -> Organisation | None:
    return task.lead.first()


def reporting_units(tasks: QuerySet) -> dict[int, Organisation]:
    """``reporting_unit`` of many tasks in two queries: {task id: its first lead unit by name}
    (a task without a lead unit is left out)."""
    first: dict[int, int] = {}
    for task_id, org_id in (Task.lead.through.objects.filter(task__in=tasks.values("id"))
                            .order_by("organisation__name", "organisation_id").values_list("task_id", "organisation_id")):
        first.setdefault(task_id, org_id)
    orgs = Organisation.objects.in_bulk(set(first.values()))
    return {task_id: orgs[org_id] for task_id, org_id in first.items()}


def plan_reference(plan: Plan) -> list[str]:
    """The sentences of the plan's work report, for reading a progress table that quotes it."""
    out: list[str] = []
    for document in plan.documents.all():
        if document.kind == "work_report":
            # The sentences as read when it was uploaded and stored: not read again.
            stored = (document.reading or {}).get("sentences")
            out += [s["text"] for s in stored] if stored is not None else [s.text for s in read_document(document).sentences]
    return out


@dataclass
class ProgressPreview:
    rows: list            # engine ProgressRow
    links: list           # (task_code | None, score, confidence, candidates)


def read_progress(document: SourceDocument, plan: Plan) -> ProgressPreview:
    """Progress rows of a document and the plan task each one reports on."""
    doc = read_document(document, reference=plan_reference(plan) or None)
    try:
        table = api.progress_table(doc)
    except UnreadableInput as e:
        raise PlanError(str(e)) from e
    rows = api.parse_progress_table(table)
    plan_tasks = list(engine_tasks_of(plan.tasks.all()).values())
    links = [(link.task_id, link.score, link.confidence, [c.to_json() for c in link.candidates])
             for link in api.link_rows([r.task for r in rows], plan_tasks)]
    return ProgressPreview(rows, links)




def current_assessments(period: ReportingPeriod):
    """The current assessment of each task of the period (only accepted submissions make them)."""
    return Assessment.objects.filter(period=period, current=True).select_related("task", "submission")


REPORTED_STATES = ("submitted", "accepted")


def missing_pairs(period: ReportingPeriod):
    """What ``missing_reports`` lists, as a queryset of (task, lead unit) rows (``Task.lead``'s
    through model): the period's plan's tasks and their lead units, collectives left out, with no
    submitted or accepted version of that unit for the period.  Count, group and cut it in SQL."""
    reported = Submission.objects.filter(period=period, task_id=OuterRef("task_id"),
                                         organisation_id=OuterRef("organisation_id"), state__in=REPORTED_STATES)
    return (Task.lead.through.objects.filter(task__in=period.plan.tasks.all())
            .exclude(organisation__kind="collective").exclude(Exists(reported)).order_by())


def missing_units(periods, limit: int) -> tuple[int, list[tuple[ReportingPeriod, Organisation, int]]]:
    """For many periods at once, the (period, unit, tasks missing) of ``missing_reports``:
    ``(how many such pairs in all, the first `limit` of them)``, periods in their plan's order
    (newest year first, then title) and by end, each period's units most missing first.

    One statement whatever the number of periods, plans and tasks: the tasks each unit leads
    per plan and the tasks it reported per period are counted in SQL and compared there, so
    only ``limit`` rows reach Python (the office's work list over every overdue period of a
    province's plans).  Plain SQL: the comparison of two grouped counts joined on plan and
    period has no ORM spelling; it runs unchanged on SQLite and PostgreSQL."""
    from django.db import connection

    periods = {p.pk: p for p in periods.select_related("plan")}
    if not periods:
        return 0, []
    # Django's table names of these models (app label and model name; none sets db_table)
    t = {"period": "supervision_reportingperiod", "plan": "supervision_plan", "task": "supervision_task",
         "lead": "supervision_task_lead", "org": "core_organisation", "sub": "supervision_submission"}
    ids = ", ".join(["%s"] * len(periods))
    plan_ids = sorted({p.plan_id for p in periods.values()})
    # ``lc``: the live tasks each unit leads per plan.  ``reported``: each (period, unit, task)
    # with a submitted or accepted version, read from their partial index in that order
    # (``submission_reported``: no table rows, no sort for the DISTINCT), kept where the unit
    # leads the task (one hash join with the link table: looking each submission's task up one
    # by one read 300,000 index pages at 100k tasks) and the task is not withdrawn (the few
    # withdrawn tasks from their own partial index, ``task_withdrawn``, instead of a join with
    # the task table).  The order of the plans (year, title) and of the units (name) is
    # numbered on their few rows first, so the tens of thousands of (period, unit) rows sort on
    # integers and never compare titles and names; collectives leave with the units' numbering.
    plans_in = ", ".join(["%s"] * len(plan_ids))
    sql = f"""
        WITH lc AS (
            SELECT tk.plan_id, l.organisation_id AS org_id, COUNT(*) AS n
            FROM {t['lead']} l JOIN {t['task']} tk ON tk.id = l.task_id
            WHERE tk.withdrawn_at IS NULL AND tk.plan_id IN ({plans_in})
            GROUP BY tk.plan_id, l.organisation_id),
        reported AS (SELECT DISTINCT s.period_id, s.organisation_id AS org_id, s.task_id FROM {t['sub']} s
                     WHERE s.period_id IN ({ids}) AND s.state IN (%s, %s)),
        rc AS (SELECT r.period_id, r.org_id, COUNT(*) AS n
               FROM reported r JOIN {t['lead']} l ON l.task_id = r.task_id AND l.organisation_id = r.org_id
               WHERE r.task_id NOT IN (SELECT id FROM {t['task']} WHERE withdrawn_at IS NOT NULL)
               GROUP BY r.period_id, r.org_id),
        plan_rank AS (SELECT id, ROW_NUMBER() OVER (ORDER BY year DESC, title, id) AS rk
                      FROM {t['plan']} WHERE id IN ({plans_in})),
        org_rank AS (SELECT id, ROW_NUMBER() OVER (ORDER BY name, id) AS rk FROM {t['org']} WHERE kind <> %s)
        SELECT p.id, lc.org_id, lc.n - COALESCE(rc.n, 0) AS missing, COUNT(*) OVER () AS total
        FROM {t['period']} p
        JOIN plan_rank pr ON pr.id = p.plan_id
        JOIN lc ON lc.plan_id = p.plan_id
        LEFT JOIN rc ON rc.period_id = p.id AND rc.org_id = lc.org_id
        JOIN org_rank o ON o.id = lc.org_id
        WHERE p.id IN ({ids}) AND lc.n > COALESCE(rc.n, 0)
        ORDER BY pr.rk, p."end", p.id, missing DESC, o.rk
        LIMIT %s"""
    keys = list(periods)
    params = [*plan_ids, *keys, *REPORTED_STATES, *plan_ids, "collective", *keys, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    orgs = Organisation.objects.in_bulk([r[1] for r in rows])
    total = rows[0][3] if rows else 0
    return total, [(periods[period_id], orgs[org_id], n) for period_id, org_id, n, _total in rows]


def missing_reports(period: ReportingPeriod) -> list[tuple[Organisation, list[Task]]]:
    """Units that lead a task of the period's plan and have not submitted for it (未报送),
    with the tasks missing; collectives (各街道) are not units that report."""
    # The missing (unit, task) pairs in task order, found in SQL (``missing_pairs``), then the
    # tasks and units they name: three queries, no per-task prefetch of lead units.
    pairs = list(missing_pairs(period).order_by("task__order", "task_id", "organisation_id")
                 .values_list("organisation_id", "task_id"))
    tasks = Task.objects.in_bulk({task_id for _org, task_id in pairs})
    orgs = Organisation.objects.in_bulk({org_id for org_id, _task in pairs})
    out: dict[int, tuple[Organisation, list[Task]]] = {}
    for org_id, task_id in pairs:
        if task_id in tasks:
            out.setdefault(org_id, (orgs[org_id], []))[1].append(tasks[task_id])
    return sorted(out.values(), key=lambda item: (-len(item[1]), item[0].name))


def verdict_account(verdict) -> dict:
    """The engine's account of a verdict, as Assessment fields: basis, confidence, flags,
    needs_person, sub-targets and the deciding rule (docs/status-rules.md)."""
    return {"basis": verdict.basis, "confidence": verdict.confidence, "needs_person": verdict.needs_person,
            "flags": list(verdict.flags), "sub_targets": [s.to_json() for s in verdict.sub_targets],
            "rule": verdict.rule}
