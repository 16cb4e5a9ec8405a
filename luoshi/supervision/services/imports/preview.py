"""Which reading a batch's document gets (plan, progress or awards), told through ``step``."""

from __future__ import annotations

from ...models import ImportBatch
from .awards import awards_preview
from .plan import plan_preview
from .progress import progress_preview


def preview_of(batch: ImportBatch, step) -> dict:
    """What the engine reads in the batch's document, as the preview JSON; ``step(done, total=None)``
    is told how far the reading is (a long progress table links chunk by chunk)."""
    document = batch.document
    step(0, 1)
    has_progress = any("progress" in t.get("columns", []) for t in document.reading.get("tables", []))
    if batch.plan is not None and (document.kind == "progress_table" or has_progress):
        return progress_preview(batch, step)
    if document.kind == "awards_table":
        return awards_preview(batch, step)
    return plan_preview(batch, step)
