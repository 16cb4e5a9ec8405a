"""Reading an import into its preview (导入预览): inline for a small file, in the ``read_import``
job for a large one.  Kept apart from actions/imports.py, which enqueues the job: the job
imports this module, and nothing here imports the jobs (no cycle)."""

from __future__ import annotations

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.services import ImportRefused
from luoshi.engine.api import UnreadableInput

from ..models import ImportBatch
from ..services import plans
from ..services.imports import preview_of


def record_step(batch: ImportBatch, done: int, total: int | None = None) -> None:
    """How far a reading is, written at once so the status endpoint sees it: a counter of a
    job in progress, not a change a person made, so not audited."""
    batch.done = done
    fields = ["done"]
    if total is not None:
        batch.total = total
        fields.append("total")
    ImportBatch.objects.filter(pk=batch.pk).update(**{f: getattr(batch, f) for f in fields})


@action
def do_build_import_preview(batch: ImportBatch, *, acting_user) -> ImportBatch:
    """What the engine reads in the batch's document, stored as its preview (reading → preview)."""
    batch.preview = preview_of(batch, lambda done, total=None: record_step(batch, done, total))
    batch.state = "preview"
    batch.done = batch.total
    batch.save(update_fields=["preview", "state", "done", "total", "period"])
    audit.record(acting_user, "import.preview", batch, detail={"name": batch.name, "mode": batch.preview.get("mode")})
    return batch


@action
def do_fail_import(batch_id: int, error: str, *, acting_user) -> None:
    """A reading that failed: the batch says why (its page shows it), nothing it read is kept."""
    ImportBatch.objects.filter(pk=batch_id).update(state="failed", error=error[:2000])
    audit.record(acting_user, "import.fail", object_type="ImportBatch", detail={"batch": batch_id, "error": error[:500]})


def run_preview(batch_id: int) -> str:
    """The ``read_import`` job's body: read a batch, or mark it failed with the reason."""
    batch = ImportBatch.objects.filter(pk=batch_id, state="reading").first()
    if batch is None:
        return "skipped"
    try:
        do_build_import_preview(batch, acting_user=None)
    except (plans.PlanError, ImportRefused, UnreadableInput) as e:
        do_fail_import(batch_id, str(e), acting_user=None)
        return "failed"
    except Exception as e:  # a job that dies must still say so on the batch page
        do_fail_import(batch_id, f"读取失败 (reading failed): {e}", acting_user=None)
        raise
    return "preview"
