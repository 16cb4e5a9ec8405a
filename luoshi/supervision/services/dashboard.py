"""Figures of the dashboard (驾驶舱): counts by status, part and department, the
trend across periods, the lagging list and who has not reported.

Everything here returns plain data (lists, dicts, str, int, float, None) so the
dashboard page, the JSON API and the bulletins use the same numbers.

Counting rules (why):

* a task's status in a period is the *effective* status of its current
  assessment (``Assessment.effective_status``: a person's override wins over
  the engine's verdict);
* only accepted submissions make assessments, so drafts and submissions
  awaiting review never change a count;
* a task with no current assessment in the period is counted as
  ``not_reported`` (未报送), kept apart from ``unclear`` (无法判断), which is
  the engine saying it read a report and could not judge it;
* a task with several lead units counts once for each lead unit in the
  by-department figures (each unit answers for it); a task with none counts
  under ``NO_LEAD``.

Roll-up score (推进率): the weighted share of tasks that are on pace, i.e.
completed, ahead or on track.  A plain task scores 1 when on pace and 0
otherwise (behind, seriously behind, not started, unclear, not reported).  A
parent task scores the weighted mean of its children (by ``Task.weight``) and
counts in its part with its own weight.  A part scores the weighted mean of its
own root tasks (weight ``Task.weight``) and of its sub-parts, a sub-part
weighing ``Part.weight`` × the total task weight inside it.  With every weight
left at its default of 1 the score is simply the share of tasks on pace; a
weight of 2 doubles what a task or a part says.  Scores are percentages
rounded to one decimal, ``None`` when there is nothing to score.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from django.core.cache import cache
from django.db.models import Count, Exists, F, FloatField, OuterRef, Prefetch, Value, Window
from django.db.models.functions import Coalesce, RowNumber, Substr
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from luoshi.core.models import AuditEvent, Organisation

from ..models import STATUS_CHOICES, STATUS_ORDER, Assessment, Part, Plan, ReportingPeriod, Task
from . import latest, releases
from . import plans as plan_services

NOT_REPORTED = "not_reported"
#: every status key counted, in display order: the engine's seven, then 未报送
STATUS_KEYS = [*STATUS_ORDER, NOT_REPORTED]
STATUS_LABELS = {**dict(STATUS_CHOICES), NOT_REPORTED: _("未报送")}
ON_PACE = ("completed", "ahead", "on_track")
LAGGING = ("seriously_behind", "not_started", "behind")  # most serious first
#: the pseudo-department of tasks no unit leads
NO_LEAD = {"id": None, "name": _("未明确牵头单位")}


def status_label(status: str) -> str:
    return str(STATUS_LABELS.get(status, status))


def empty_counts() -> dict[str, int]:
    return {key: 0 for key in STATUS_KEYS}


def lead_units(plan: Plan) -> list[_Lead]:
    """The units that lead any of the plan's tasks (the task list's 单位 filter), by name, from the
    shared cache until the next audited change (a task's units change only through audited
    actions).  Reading them joins the plan's tasks to every lead link: PostgreSQL hashes the
    whole link table for it (100k rows, 10-40 ms at a province's size) on each page."""
    key = f"lead-units:v1:{plan.pk}:{cache_generation()}"
    found = cache.get(key)
    if found is None:
        found = [(pk, name) for pk, name in
                 Organisation.objects.filter(pk__in=Task.lead.through.objects.filter(task__plan=plan)
                                             .values("organisation_id")).order_by("name").values_list("pk", "name")]
        cache.set(key, found, CACHE_SECONDS)
    return [_Lead(pk, name) for pk, name in found]


def current_by_task(period: ReportingPeriod | None, task_ids=None) -> dict[int, Assessment]:
    """task id → current assessment of the period, overrides prefetched; pass ``task_ids``
    (a list or a queryset of ids) to load only the tasks a page shows."""
    if period is None:
        return {}
    qs = (Assessment.objects.filter(period=period, current=True).counted()
          .select_related("submission").prefetch_related("overrides").order_by("task_id", "-created_at"))
    if task_ids is not None:
        qs = qs.filter(task_id__in=task_ids)
    out: dict[int, Assessment] = {}
    for a in qs:
        out.setdefault(a.task_id, a)  # one current per task; keep the newest if data ever had two
    return out


def statuses(period: ReportingPeriod | None, tasks) -> dict[int, str]:
    """task id → effective status key (``not_reported`` without an assessment) for ``tasks``:
    one query of two columns (``latest.status_by_task``), no model instances."""
    current = latest.status_by_task(period.pk, period.plan_id) if period is not None else {}
    return {t.pk: current.get(t.pk, NOT_REPORTED) for t in tasks}


_statuses = statuses  # the name inside _Tree, whose argument shadows it


def status_rows(counts: dict[str, int]) -> list[dict]:
    """[{"status", "label", "count"}] in display order."""
    return [{"status": k, "label": status_label(k), "count": counts.get(k, 0)} for k in STATUS_KEYS]


# --- defaults ----------------------------------------------------------------------

def latest_assessed_period(plan: Plan) -> ReportingPeriod | None:
    """The plan's latest period (by end) with current assessments, else its current period."""
    period = (plan.periods.filter(assessments__current=True).distinct().order_by("-end", "-pk").first())
    return period or plan_services.current_period(plan)


def default_plan() -> Plan | None:
    """The latest plan (by year) with assessments; ties go to the one assessed for the latest
    period, then the newest plan.  Without any assessment, the latest plan."""
    # From the periods (one index probe each for a current verdict), not a join of every
    # current assessment to its plan (1M rows at a province's size: 0.45 s on each visit of
    # a leader's dashboard without a plan chosen); the same plan as that join's
    # (withdrawn periods and tasks counted as it counted them).
    verdict = Assessment.all_objects.filter(period=OuterRef("pk"), current=True)
    last = (ReportingPeriod.all_objects.filter(Exists(verdict), plan__withdrawn_at__isnull=True)
            .order_by("-plan__year", "-end", "-plan_id").values_list("plan_id", flat=True).first())
    assessed = Plan.objects.filter(pk=last).first() if last is not None else None
    return assessed or Plan.objects.order_by("-year", "-pk").first()


# --- roll-up -----------------------------------------------------------------------

#: the task columns a roll-up needs: the texts (the biggest columns) stay in the database
TREE_FIELDS = ("id", "plan_id", "part_id", "parent_id", "weight", "order")


class _Lead:
    """A lead unit as the roll-up needs it (``pk``, ``name``)."""

    __slots__ = ("pk", "name")

    def __init__(self, pk: int, name: str):
        self.pk, self.name = pk, name


class _Node:
    """A task as the roll-up needs it: the ``TREE_FIELDS`` and ``lead_list`` (its lead units)."""

    __slots__ = ("pk", "plan_id", "part_id", "parent_id", "weight", "order", "lead_list")

    def __init__(self, pk, plan_id, part_id, parent_id, weight, order):
        self.pk, self.plan_id, self.part_id, self.parent_id, self.weight, self.order = (
            pk, plan_id, part_id, parent_id, weight, order)
        self.lead_list: list[_Lead] = []


def _plan_tasks(plan: Plan) -> list[_Node]:
    """The plan's tasks in order with their lead units: two queries of small columns and no
    model instances (a city's plan has thousands of tasks; the dashboard reads them all)."""
    nodes = [_Node(*row) for row in plan.tasks.order_by("order", "pk").values_list(*TREE_FIELDS)]
    by_id = {n.pk: n for n in nodes}
    units: dict[int, _Lead] = {}
    for task_id, org_id, name in (Task.lead.through.objects.filter(task__in=plan.tasks.all()).order_by("pk")
                                  .values_list("task_id", "organisation_id", "organisation__name")):
        node = by_id.get(task_id)
        if node is not None:
            node.lead_list.append(units.get(org_id) or units.setdefault(org_id, _Lead(org_id, name)))
    return nodes


class _Tree:
    """The plan's parts and tasks with the period's statuses, to roll up from."""

    def __init__(self, plan: Plan, period: ReportingPeriod | None, tasks=None, statuses: bool = True):
        self.plan = plan
        self.period = period
        self.tasks = tasks if tasks is not None else _plan_tasks(plan)
        self.status = _statuses(period, self.tasks) if statuses else {}
        self.parts = list(plan.parts.order_by("order", "pk"))
        self.part_by_id = {p.pk: p for p in self.parts}
        self.child_parts: dict[int | None, list[Part]] = defaultdict(list)
        for p in self.parts:
            self.child_parts[p.parent_id].append(p)
        task_ids = {t.pk for t in self.tasks}
        self.child_tasks: dict[int, list[Task]] = defaultdict(list)
        self.root_tasks: dict[int | None, list[Task]] = defaultdict(list)  # by part id
        for t in self.tasks:
            if t.parent_id and t.parent_id in task_ids and t.parent_id != t.pk:
                self.child_tasks[t.parent_id].append(t)
            else:
                self.root_tasks[t.part_id].append(t)
        self.tasks_in_part: dict[int | None, list[Task]] = defaultdict(list)
        for t in self.tasks:
            self.tasks_in_part[t.part_id].append(t)

    def task_score(self, task: Task, seen=None) -> float:
        children = self.child_tasks.get(task.pk)
        if children:
            seen = (seen or set()) | {task.pk}
            pairs = [(float(c.weight), self.task_score(c, seen)) for c in children if c.pk not in seen]
            total = sum(w for w, _s in pairs)
            if total > 0:
                return sum(w * s for w, s in pairs) / total
        return 1.0 if self.status[task.pk] in ON_PACE else 0.0

    def coefficients(self) -> dict[int, float]:
        """task id → what the task adds to the plan's roll-up score (0..1) when it is on pace.

        The score is a weighted mean of weighted means, so it is linear in each task's 0/1:
        the plan's score in any period is the sum of these over its tasks on pace.  Worked out
        once per tree, so a trend over many periods walks the tree once, not once a period."""
        out: dict[int, float] = defaultdict(float)

        def task(t: Task, share: float, seen: frozenset) -> None:
            children = self.child_tasks.get(t.pk)
            if children:
                seen = seen | {t.pk}
                kids = [c for c in children if c.pk not in seen]
                total = sum(float(c.weight) for c in kids)
                if total > 0:
                    for c in kids:
                        task(c, share * float(c.weight) / total, seen)
                    return
            out[t.pk] += share

        def part(part_id: int | None, parts: list[Part], share: float) -> None:
            roots = self.root_tasks.get(part_id, [])
            pairs = [(float(t.weight), t) for t in roots]
            subs = []
            for p in parts:
                mass = self._mass(p.pk, self.child_parts.get(p.pk, []))
                if mass > 0:
                    subs.append((float(p.weight) * mass, p))
            mass = sum(w for w, _t in pairs) + sum(w for w, _p in subs)
            if mass <= 0:
                return
            for w, t in pairs:
                task(t, share * w / mass, frozenset())
            for w, p in subs:
                part(p.pk, self.child_parts.get(p.pk, []), share * w / mass)

        part(None, self.child_parts.get(None, []), 1.0)
        return out

    def _mass(self, part_id: int | None, parts: list[Part]) -> float:
        """The total weight ``mass_and_score`` gives the part (it does not depend on statuses)."""
        mass = sum(float(t.weight) for t in self.root_tasks.get(part_id, []))
        for p in parts:
            inner = self._mass(p.pk, self.child_parts.get(p.pk, []))
            if inner > 0:
                mass += float(p.weight) * inner
        return mass

    def subtree_tasks(self, part: Part) -> list[Task]:
        out = list(self.tasks_in_part.get(part.pk, []))
        for child in self.child_parts.get(part.pk, []):
            out += self.subtree_tasks(child)
        return out

    def mass_and_score(self, part_id: int | None, parts: list[Part]) -> tuple[float, float | None]:
        """(total weight, weighted score 0..1) of the root tasks filed under ``part_id``
        and the given parts (each weighing Part.weight × its own mass)."""
        pairs = [(float(t.weight), self.task_score(t)) for t in self.root_tasks.get(part_id, [])]
        for p in parts:
            mass, score = self.mass_and_score(p.pk, self.child_parts.get(p.pk, []))
            if score is not None:
                pairs.append((float(p.weight) * mass, score))
        mass = sum(w for w, _s in pairs)
        if mass <= 0:
            return 0.0, None
        return mass, sum(w * s for w, s in pairs) / mass

    def part_row(self, part: Part) -> dict:
        tasks = self.subtree_tasks(part)
        counts = empty_counts()
        counts.update(Counter(self.status[t.pk] for t in tasks))
        _mass, score = self.mass_and_score(part.pk, self.child_parts.get(part.pk, []))
        return {
            "id": part.pk, "title": part.title, "weight": float(part.weight), "total": len(tasks),
            "counts": counts, "on_pace": sum(counts[s] for s in ON_PACE),
            "lagging": sum(counts[s] for s in LAGGING),
            "score": None if score is None else round(score * 100, 1),
            "children": [self.part_row(c) for c in self.child_parts.get(part.pk, [])],
        }


def rollup(part: Part, period: ReportingPeriod | None = None) -> dict:
    """The roll-up of one part (板块汇总) in a period (default: the plan's latest assessed one).

    Returns ``{"id", "title", "weight", "total", "counts": {status: n}, "on_pace",
    "lagging", "score": percent or None, "children": [same shape per sub-part]}``;
    ``counts`` covers every task in the part and its sub-parts."""
    period = period or latest_assessed_period(part.plan)
    return _Tree(part.plan, period).part_row(part)


# --- the dashboard figures ---------------------------------------------------------

def summary(plan: Plan, period: ReportingPeriod | None, tasks=None, tree: _Tree | None = None) -> dict:
    """Counts of a plan's tasks in a period (驾驶舱汇总).

    Returns::

        {"plan": {"id", "title", "year"},
         "period": {"id", "name", "closed", "end"} | None,
         "total": n,                                 # tasks of the plan
         "counts": {status: n},                      # every key of STATUS_KEYS
         "statuses": [{"status", "label", "count"}], # same, in display order
         "on_pace": n, "lagging": n,
         "score": percent | None,                    # the plan's roll-up score
         "parts": [{"id", "title", "weight", "total", "counts", "on_pace", "lagging",
                    "score", "children": [...]}],    # top-level parts; tasks with no
                                                     # part under id None, "未分组"
         "departments": [{"id", "name", "total", "counts", "on_pace", "lagging"}]}

    ``departments`` are the lead units, most tasks first.  ``tasks``: the plan's tasks from
    ``_plan_tasks`` when the caller has them already; ``tree``: the plan's ``_Tree`` for the
    period when the caller has made it."""
    tree = tree if tree is not None else _Tree(plan, period, tasks)
    counts = empty_counts()
    counts.update(Counter(tree.status.values()))
    parts = [tree.part_row(p) for p in tree.child_parts.get(None, [])]
    loose = tree.tasks_in_part.get(None, [])
    if loose:
        loose_counts = empty_counts()
        loose_counts.update(Counter(tree.status[t.pk] for t in loose))
        _m, loose_score = tree.mass_and_score(None, [])
        parts.append({
            "id": None, "title": str(_("未分组")), "weight": 1.0, "total": len(loose), "counts": loose_counts,
            "on_pace": sum(loose_counts[s] for s in ON_PACE), "lagging": sum(loose_counts[s] for s in LAGGING),
            "score": None if loose_score is None else round(loose_score * 100, 1), "children": []})
    _mass, score = tree.mass_and_score(None, tree.child_parts.get(None, []))
    departments: dict = {}
    for t in tree.tasks:
        leads = t.lead_list or [None]
        for org in leads:
            key = org.pk if org else None
            row = departments.get(key)
            if row is None:
                row = departments[key] = {"id": key, "name": org.name if org else str(NO_LEAD["name"]),
                                          "total": 0, "counts": empty_counts()}
            row["total"] += 1
            row["counts"][tree.status[t.pk]] += 1
    for row in departments.values():
        row["on_pace"] = sum(row["counts"][s] for s in ON_PACE)
        row["lagging"] = sum(row["counts"][s] for s in LAGGING)
    return {
        "plan": {"id": plan.pk, "title": plan.title, "year": plan.year},
        "period": _period_dict(period),
        "total": len(tree.tasks), "counts": counts, "statuses": status_rows(counts),
        "on_pace": sum(counts[s] for s in ON_PACE), "lagging": sum(counts[s] for s in LAGGING),
        "score": None if score is None else round(score * 100, 1),
        "parts": parts,
        "departments": sorted(departments.values(), key=lambda r: (r["id"] is None, -r["total"], r["name"])),
    }


def _period_dict(period: ReportingPeriod | None) -> dict | None:
    if period is None:
        return None
    return {"id": period.pk, "name": period.name, "closed": period.closed, "end": period.end.isoformat()}


def trend(plan: Plan, tasks=None, tree: _Tree | None = None) -> list[dict]:
    """Counts by status for each period of the plan (趋势), oldest first.

    Returns ``[{"period": {"id", "name", "closed", "end"}, "counts": {status: n},
    "assessed": n, "on_pace": n, "lagging": n, "score": percent | None}]`` (``score``
    is the plan's weighted roll-up score in that period); periods without an
    assessment that have not begun or are still open are left out (no figure yet is not 0%).

    Four queries whatever the number of periods (two with ``tasks``, the plan's tasks from
    ``_plan_tasks``): the periods, and each current verdict of the plan as (period, task,
    effective status), three small columns counted as they arrive.  The plan's tree is
    walked once, for each task's share of the score (``_Tree.coefficients``): the score is
    linear in which tasks are on pace, so a period's score is a sum, not a walk of the tree."""
    today = date.today()
    periods = list(plan.periods.order_by("end", "pk"))
    # any period's tree will do (its parts, tasks and weights; not its statuses)
    tree = tree if tree is not None else _Tree(plan, None, tasks if tasks is not None else _plan_tasks(plan),
                                               statuses=False)
    share = tree.coefficients()
    grouped: dict[int, Counter] = defaultdict(Counter)
    scored: dict[int, float] = defaultdict(float)
    for period_id, task_id, status in (latest.current(plan_id=plan.pk)
                                       .values_list("period_id", "task_id", "eff_status")):
        grouped[period_id][status] += 1
        if status in ON_PACE:
            scored[period_id] += share.get(task_id, 0.0)
    total = len(tree.tasks)
    has_score = bool(share)
    out = []
    for period in periods:
        found = grouped.get(period.pk, Counter())
        assessed = sum(found.values())
        if not assessed and (period.start > today or not period.closed):
            continue  # not begun, or still open with nothing accepted: no figure yet, not a 0%
        counts = empty_counts()
        counts.update(found)
        counts[NOT_REPORTED] = max(0, total - assessed)
        score = min(1.0, scored.get(period.pk, 0.0)) if has_score else None
        out.append({"period": _period_dict(period), "counts": counts, "assessed": assessed,
                    "on_pace": sum(counts[s] for s in ON_PACE), "lagging": sum(counts[s] for s in LAGGING),
                    "score": None if score is None else round(score * 100, 1)})
    return out


def lagging(plan: Plan, period: ReportingPeriod | None, limit: int | None = None) -> list[dict]:
    """Tasks behind, seriously behind or not started in the period (滞后任务), most serious first.

    Returns ``[{"task_id", "code", "title", "part", "status", "label", "engine_status",
    "overridden", "lead": [names], "completion_pct", "expected_pct", "gap", "reason"}]``;
    ``completion_pct`` is the override's when a person gave one, ``gap`` is
    expected − completion in points when both are known; ``reason`` is the
    override's reason when overridden, else the engine's.  Filtered, ordered and cut
    to ``limit`` rows in SQL (``lagging_count`` counts them all): the rows are chosen on
    ids and the keys they are ordered by, then only the chosen rows are read whole with
    their task, part, units and overrides (ordering the plan's lagging verdicts whole moved
    their evidence and task texts through the sort)."""
    if period is None:
        return []
    chosen = (_lagging_qs(plan, period)
              .annotate(sev=latest.severity(),
                        gap_key=Coalesce(F("expected_pct") - F("eff_completion"), Value(0.0),
                                         output_field=FloatField()))
              .order_by("sev", "-gap_key", "task__order", "task_id", "-created_at").values_list("pk", flat=True))
    ids = list(chosen[:limit] if limit is not None else chosen)
    found = (latest.with_effective(Assessment.all_objects.filter(pk__in=ids)).order_by()
             .select_related("task", "task__part")
             .prefetch_related("overrides", Prefetch("task__lead", queryset=Organisation.objects.only("id", "name"),
                                                     to_attr="lead_list"))
             .in_bulk(ids))
    rows = []
    seen = set()
    for a in (found[pk] for pk in ids if pk in found):
        task = a.task
        if task.pk in seen:
            continue  # one current per task; keep the newest if data ever had two
        seen.add(task.pk)
        status, override = a.eff_status, a.override
        done = a.eff_completion
        gap = round(a.expected_pct - done, 1) if done is not None and a.expected_pct is not None else None
        rows.append({
            "task_id": task.pk, "code": task.code, "title": task.name or task.text[:60],
            "part": task.part.title if task.part else "", "status": status, "label": status_label(status),
            "engine_status": a.status, "overridden": override is not None,
            "lead": [o.name for o in task.lead_list], "completion_pct": done,
            "expected_pct": a.expected_pct, "gap": gap,
            "reason": override.reason if override else a.reason,
        })
    return rows


def _lagging_qs(plan: Plan, period: ReportingPeriod):
    return latest.current(period.pk, plan.pk).filter(eff_status__in=LAGGING)


def lagging_count(plan: Plan, period: ReportingPeriod | None) -> int:
    """How many tasks ``lagging`` would list without a limit (one COUNT)."""
    if period is None:
        return 0
    return _lagging_qs(plan, period).values("task_id").distinct().count()


#: tasks named per unit in the not-reported table (the count covers them all)
NOT_REPORTED_SHOWN = 8


def not_reported(period: ReportingPeriod | None, shown: int = NOT_REPORTED_SHOWN) -> list[dict]:
    """Units that have not reported for the period (未报送): the units and tasks of
    ``plans.missing_reports``, counted and cut in SQL.

    Returns ``[{"id", "name", "count", "tasks": [{"id", "code", "title"}]}]``, most missing
    first; ``count`` is every task the unit has not reported, ``tasks`` the first ``shown`` of
    them in the plan's order.  One query: each (task, lead unit) pair of the plan without a
    reported version, numbered and counted per unit by window functions, so at most
    ``shown`` rows per unit reach Python whatever the size of the plan."""
    if period is None:
        return []
    rows = (plan_services.missing_pairs(period)
            .annotate(rn=Window(RowNumber(), partition_by=[F("organisation_id")],
                                order_by=[F("task__order").asc(), F("task_id").asc()]),
                      n=Window(Count("pk"), partition_by=[F("organisation_id")]))
            .filter(rn__lte=shown)
            .values_list("organisation_id", "organisation__name", "n", "rn", "task_id", "task__code", "task__name",
                         Substr("task__text", 1, 60)))
    units: dict[int, dict] = {}
    for org_id, org_name, n, rn, task_id, code, name, text in rows:
        unit = units.setdefault(org_id, {"id": org_id, "name": org_name, "count": n, "tasks": []})
        unit["tasks"].append((rn, {"id": task_id, "code": code, "title": name or text}))
    for unit in units.values():
        unit["tasks"] = [t for _rn, t in sorted(unit["tasks"], key=lambda r: r[0])]
    return sorted(units.values(), key=lambda u: (-u["count"], u["name"]))


# --- cached figures ---------------------------------------------------------------

#: the dashboard's figures stay cached this long at most; any audited change ends them sooner
CACHE_SECONDS = 600
#: audited actions that change only a unit's own draft
DRAFT_ACTIONS = ("submission.draft", "submission.edit")
LAGGING_SHOWN = 50  # the dashboard lists the most serious; the task list filtered by 滞后 has them all


#: audited actions on a unit's reports before any verdict (saved, submitted, signed off, returned):
#: they change which units have not reported (未报送), never a verdict, a task or a score
REPORT_ACTIONS = (*DRAFT_ACTIONS, "submission.submit", "submission.submit_for_signoff", "submission.sign_off",
                  "submission.signoff_return", "submission.return")


def verdict_generation() -> int:
    """As ``cache_generation``, for the figures made of verdicts only (counts, scores, trend,
    lagging tasks): the reports a unit sends before the office accepts one do not end them.
    At a reporting deadline most audited events are submissions; with one generation for
    everything, each made every leader's dashboard recompute (issue 16's load run)."""
    return (AuditEvent.objects.exclude(object_type="session").exclude(action__in=REPORT_ACTIONS)
            .order_by("-id").values_list("id", flat=True).first() or 0)


def cache_generation() -> int:
    """The id of the latest audit event: every change a person or a job makes to tasks,
    submissions, verdicts, overrides or periods is audited in the same transaction
    (docs/architecture), so a new id means the figures may have changed.  One indexed
    query, the same answer on every app server whatever the cache backend (a
    per-process cache cannot be invalidated by a signal in another process)."""
    # Sign-ins, downloads and refused requests are audited too (object type "session",
    # core/audit_hooks.py) but change no figure: they must not end the cache.
    # A unit's draft (saved or edited) changes no cached figure either: every figure counts
    # submitted or accepted reports only.  Under load most audited events are drafts, and
    # each would otherwise make every leader's dashboard recompute (issue 16's load run).
    return (AuditEvent.objects.exclude(object_type="session").exclude(action__in=DRAFT_ACTIONS)
            .order_by("-id").values_list("id", flat=True).first() or 0)


def dashboard_figures(plan: Plan, period: ReportingPeriod | None, alarms=None) -> dict:
    """The dashboard's figures (驾驶舱): ``summary``, ``trend``, ``lagging`` (the first
    ``LAGGING_SHOWN``), ``lagging_count``, ``not_reported`` of the period, what ``alarms()``
    returns (a dict) and ``key`` (for
    the page's fragment cache), from the
    shared cache (Redis where configured) when nothing audited happened since they were
    computed.  The key holds the plan, the period, the day (the trend and the missing
    reports depend on today), the language of the labels and ``verdict_generation()``; the
    units that have not reported (``not_reported``) are kept apart under ``cache_generation()``,
    which a submitted report also moves (``key`` names the verdicts' figures only)."""
    where = f"{plan.pk}:{period.pk if period else 0}:{date.today().isoformat()}:{get_language() or ''}"
    key = f"dashboard:v2:{where}:{verdict_generation()}"
    found = cache.get(key)
    if found is None:
        # the plan's tasks, parts and the period's statuses read once: the summary counts them, the
        # trend weighs the same tree, and the number of lagging tasks is the counts' (not a second
        # count over the period's verdicts)
        tree = _Tree(plan, period, _plan_tasks(plan))
        found = {
            "summary": summary(plan, period, tree=tree), "trend": trend(plan, tree=tree),
            "lagging": lagging(plan, period, limit=LAGGING_SHOWN),
            "lagging_count": sum(1 for status in tree.status.values() if status in LAGGING),
            "key": key,
        }
        cache.set(key, found, CACHE_SECONDS)
    # ``alarms()`` beside them, under the same key: the view's figures that any audited change
    # may end (the cycle's alarms: six queries a visit otherwise).
    missing_key = f"dashboard-not-reported:v2:{where}:{cache_generation()}"
    missing = cache.get(missing_key)
    if missing is None:
        missing = {"not_reported": not_reported(period), **(alarms() if alarms else {})}
        cache.set(missing_key, missing, CACHE_SECONDS)
    return {**found, **missing}


# --- the public page (政务公开) -------------------------------------------------------

def _published_accepted(plan: Plan):
    from ..models import Submission

    return Submission.objects.filter(task__plan=plan, task__published=True, state="accepted")


def _with_public_progress(periods):
    """Periods with accepted progress on a published task: one EXISTS per period (the
    submission's period index finds the first such row; no plan's submissions are read whole)."""
    from ..models import Submission

    accepted = Submission.objects.filter(period=OuterRef("pk"), state="accepted", task__published=True,
                                         task__withdrawn_at__isnull=True)
    return periods.filter(Exists(accepted))


def published_periods(plan: Plan) -> list[ReportingPeriod]:
    """Periods the office released (公开发布) with accepted progress on published tasks, latest first."""
    released = releases.released_period_ids(plan)
    return list(_with_public_progress(plan.periods.filter(pk__in=released)).order_by("-end", "-pk"))


def public_period(plan: Plan, periods: list[ReportingPeriod] | None = None) -> ReportingPeriod | None:
    """The period the public page shows: the latest closed period with accepted progress,
    else the latest period with any (a closed period's figures no longer move)."""
    periods = published_periods(plan) if periods is None else periods
    return next((p for p in periods if p.closed), None) or (periods[0] if periods else None)


def published_plans() -> list[dict]:
    """Released plans (公开发布): ``[{"id", "title", "year", "period": the public period's name or "",
    "tasks": n}]``.  Four queries whatever the number of plans and tasks."""
    from ..models import PublicRelease

    plans = list(releases.released_plans())
    # counted apart from the plans, over live published tasks only: the partial index task_live
    # answers it (a LEFT JOIN of every plan with all its tasks read the whole task table)
    counts = dict(Task.objects.filter(plan__in=plans, published=True, withdrawn_at__isnull=True).order_by()
                  .values("plan_id").annotate(n=Count("pk")).values_list("plan_id", "n"))
    for plan in plans:
        plan.n_published = counts.get(plan.pk, 0)
    plans = [p for p in plans if p.n_published]
    released = PublicRelease.objects.filter(plan__in=plans, period__isnull=False, withdrawn_at__isnull=True,
                                            period__withdrawn_at__isnull=True).values("period_id")
    periods_of: dict[int, list] = defaultdict(list)
    for period in (_with_public_progress(ReportingPeriod.objects.filter(plan__in=plans, pk__in=released))
                   .order_by("plan_id", "-end", "-pk")):
        periods_of[period.plan_id].append(period)
    out = []
    for plan in plans:
        period = public_period(plan, periods_of[plan.pk])
        out.append({"id": plan.pk, "title": plan.title, "year": plan.year, "period": period.name if period else "",
                    "tasks": plan.n_published})
    return out


def public_tasks(plan: Plan):
    """The published tasks of the public table, in its order: a queryset to page."""
    return plan.tasks.filter(published=True).order_by("order", "pk")


def public_rows(plan: Plan, period: ReportingPeriod | None, tasks=None, first_seq: int = 1) -> list[dict]:
    """The rows of the public table in the layout governments publish: section rows and task rows.

    Returns ``[{"kind": "section", "title"}]`` for a top-level part with sub-parts and
    ``[{"kind": "task", "seq", "section": title or "", "rowspan": n (0 on the section's
    later rows), "text", "units": [lead…, cooperating…], "progress": narrative or ""}]``.
    ``tasks`` is a page of ``public_tasks(plan)`` (numbered from ``first_seq``), all of them
    when None.  Only published tasks; the progress is the latest *accepted* version for the
    period (drafts, submitted and returned versions, reviewer comments, assessments and
    names of people are never part of it), read for the page's tasks only."""
    tasks = list((public_tasks(plan) if tasks is None else tasks).select_related("part", "part__parent")
                 .prefetch_related("lead", "cooperating"))
    progress: dict[int, str] = {}
    if period is not None and tasks:
        lead_ids = {t.pk: {o.pk for o in t.lead.all()} for t in tasks}
        subs = (_published_accepted(plan).filter(period=period, task_id__in=list(lead_ids)).order_by()
                .values_list("task_id", "organisation_id", "version", "pk", "narrative"))
        best: dict[int, tuple] = {}
        for task_id, org_id, version, pk, narrative in subs:
            key = (org_id in lead_ids[task_id], version, pk)  # the lead unit's latest accepted version
            if task_id not in best or key >= best[task_id][0]:
                best[task_id] = (key, narrative)
        progress = {tid: narrative for tid, (_k, narrative) in best.items()}
    rows: list[dict] = []
    previous_top = previous_part = object()
    section_row: dict = {}
    for seq, t in enumerate(tasks, first_seq):
        part = t.part
        top = part.parent if part is not None and part.parent_id else None
        if top is not None and top != previous_top:
            rows.append({"kind": "section", "title": top.title})
        previous_top = top
        if part != previous_part or not section_row:
            previous_part = part
            row = section_row = {"kind": "task", "rowspan": 1}
        else:
            section_row["rowspan"] += 1
            row = {"kind": "task", "rowspan": 0}
        units = [o.name for o in t.lead.all()]
        units += [o.name for o in t.cooperating.all() if o.name not in units]
        row.update({"seq": seq, "section": part.title if part else "", "text": t.text, "units": units,
                    "progress": progress.get(t.pk, "")})
        rows.append(row)
    return rows
