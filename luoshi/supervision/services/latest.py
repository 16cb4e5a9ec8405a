"""The latest verdict per task, in SQL (最新研判).

Every list and figure counts a task by the *effective* status of its current
assessment: the latest active ``Override`` a person gave wins over the engine's
``status``.  Loading assessments and their overrides into Python to work that
out costs one object per task per period; at the size of a province (100k
tasks, a million assessments) that is seconds and gigabytes per page.  These
expressions let the database do it: a correlated subquery picks the latest
override (the ``supervision_override.assessment_id`` index serves it) and
``COALESCE`` falls back to the engine's verdict, so filters, ordering, paging
and counts happen before any row reaches Python.  The same SQL runs on SQLite
and PostgreSQL.
"""

from __future__ import annotations

from django.db.models import Case, Exists, F, FloatField, IntegerField, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce

from ..models import Assessment, Override

LAGGING = ("seriously_behind", "not_started", "behind")  # most serious first


def _latest_override(field: str, ref: str = "pk"):
    # only an active override stands: one the office set aside (采用引擎研判) is history, as in
    # Assessment.override
    return Subquery(Override.objects.filter(assessment=OuterRef(ref), active=True)
                    .order_by("-pk").values(field)[:1])


def with_effective(qs):
    """Assessments annotated with ``eff_status``, ``eff_completion`` (the override's completion
    when it gave one, else the engine's) and ``overridden`` (a person gave a verdict)."""
    return qs.annotate(
        eff_status=Coalesce(_latest_override("status"), F("status")),
        eff_completion=Coalesce(_latest_override("completion_pct"), F("completion_pct"), output_field=FloatField()),
        overridden=Exists(Override.objects.filter(assessment=OuterRef("pk"), active=True)),
    )


def severity(field: str = "eff_status", order=LAGGING):
    """0 for the first status of ``order`` (the most serious lagging one), then 1, 2; 9 for
    everything else (an ORDER BY key)."""
    return Case(*[When(**{field: s}, then=Value(i)) for i, s in enumerate(order)],
                default=Value(9), output_field=IntegerField())


def current(period_id: int | None = None, plan_id: int | None = None):
    """Current assessments (one per task and period), optionally of one period or plan, with
    the effective figures annotated and no model ``ordering`` (a pure aggregate needs none)."""
    qs = Assessment.objects.filter(current=True).counted()   # a flagged verdict counts once confirmed
    if period_id is not None:
        qs = qs.filter(period_id=period_id)
    if plan_id is not None:
        qs = qs.filter(task__plan_id=plan_id)
    return with_effective(qs).order_by()


def status_by_task(period_id: int, plan_id: int | None = None) -> dict[int, str]:
    """task id → effective status of the period's current assessment (the newest if data had two):
    one query returning two small columns per task."""
    rows = (current(period_id, plan_id).order_by("task_id", "created_at", "pk")
            .values_list("task_id", "eff_status"))
    return dict(rows)


def task_status(period):
    """An annotation for a Task queryset: the effective status of its current assessment in
    ``period`` (with ``period`` None: of its latest assessed period); NULL when it has none.

    The annotated tasks are live ones of live plans (the default manager's), and ``period`` is
    a live period: with a period, the subquery reads the task's verdicts of that period from
    their index alone, without the default manager's joins to the period, the task and its
    plan (the same rows; those three joins, made again for each of a plan's 2,000 tasks, were
    most of the task list's time filtered by 滞后 at 100k tasks)."""
    if period is not None:
        qs = Assessment.all_objects.filter(task=OuterRef("pk"), period=period, current=True).counted()
        return Subquery(with_effective(qs).order_by("-created_at", "-pk").values("eff_status")[:1])
    qs = Assessment.objects.filter(task=OuterRef("pk"), current=True).counted()
    return Subquery(with_effective(qs).order_by("-period__end", "-created_at", "-pk").values("eff_status")[:1])
