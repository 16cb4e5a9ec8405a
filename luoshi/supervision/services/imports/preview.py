"""Which reading a batch's document gets (plan, progress or awards), told through ``step``."""

from __future__ import annotations

from ...models import ImportBatch, Plan
from .awards import awards_preview
from .plan import guess_year, plan_preview
from .progress import progress_preview


def kind_check(batch: ImportBatch) -> dict:
    """A progress table uploaded without a plan: the preview asks which plan it reports on (or,
    when the office says so, reads it as a plan document) instead of making a plan of it.  The
    plans are offered newest first, those of the year the table names first."""
    year = guess_year(batch.document)
    plans = list(Plan.objects.order_by("-year", "-created_at", "-pk").prefetch_related("periods"))
    plans.sort(key=lambda p: p.year != year)        # stable: the table's year first
    return {"mode": "kind_check", "kind": batch.document.kind, "year": year,
            "suggested": plans[0].pk if plans and plans[0].year == year else None,
            "plans": [{"id": p.pk, "title": p.title, "year": p.year,
                       "periods": [{"id": q.pk, "name": q.name, "closed": q.closed}
                                   for q in sorted(p.periods.all(), key=lambda q: q.end)]} for p in plans],
            "already": False}


def preview_of(batch: ImportBatch, step) -> dict:
    """What the engine reads in the batch's document, as the preview JSON; ``step(done, total=None)``
    is told how far the reading is (a long progress table links chunk by chunk)."""
    document = batch.document
    step(0, 1)
    has_progress = any("progress" in t.get("columns", []) for t in document.reading.get("tables", []))
    if batch.plan is not None and (document.kind == "progress_table" or has_progress):
        return progress_preview(batch, step)
    if (document.kind == "progress_table" or has_progress) and not (batch.corrections or {}).get("as_plan"):
        return kind_check(batch)
    if document.kind == "awards_table":
        return awards_preview(batch, step)
    return plan_preview(batch, step)
