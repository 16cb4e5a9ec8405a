"""Reading an import into its preview (导入预览): inline for a small file, in the ``read_import``
job for a large one.  Kept apart from actions/imports.py, which enqueues the job: the job
imports this module, and nothing here imports the jobs (no cycle).

In the job, nothing is read inside a transaction: the file is read (in the bounded child
reader), stored as a document, linked row by row with the progress committed as it goes (a
status request sees it at once), and only the finished preview is saved in one action."""

from __future__ import annotations

from django.utils.translation import gettext as _

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.actions.documents import import_document
from luoshi.core.services import ImportRefused
from luoshi.engine.api import UnreadableInput

from ..models import ImportBatch
from ..services import plans
from ..services.imports import preview_of


def record_step(batch: ImportBatch, done: int, total: int | None = None, note: str | None = None) -> None:
    """How far a reading is, written at once so the status endpoint sees it: a counter of a
    job in progress, not a change a person made, so not audited."""
    batch.done = done
    fields = ["done"]
    if total is not None:
        batch.total = total
        fields.append("total")
    if note is not None:
        batch.note = note[:300]
        fields.append("note")
    ImportBatch.objects.filter(pk=batch.pk).update(**{f: getattr(batch, f) for f in fields})


def note_import_retry(batch_id: int, message: str) -> None:
    """The worker reading this batch died and the job waits in the queue again: the reading
    starts over, and the batch page says so (the lost-job recovery calls this)."""
    ImportBatch.objects.filter(pk=batch_id, state="reading").update(done=0, total=0, note=message[:300])


@action
def do_build_import_preview(batch: ImportBatch, preview: dict | None = None, *, acting_user) -> ImportBatch:
    """What the engine reads in the batch's document, stored as its preview (reading → preview).
    ``preview``: already built outside the transaction (the job); else built here."""
    if preview is None:
        preview = preview_of(batch, lambda done, total=None: record_step(batch, done, total))
    batch.preview = preview
    batch.state = "preview"
    batch.done = batch.total
    batch.note = ""
    batch.save(update_fields=["preview", "state", "done", "total", "period", "note"])
    audit.record(acting_user, "import.preview", batch, detail={"name": batch.name, "mode": batch.preview.get("mode")})
    return batch


@action
def do_attach_import_document(batch: ImportBatch, document, *, acting_user) -> ImportBatch:
    """The worker read the batch's upload into a stored document: the batch now refers to it
    and no longer keeps the bytes."""
    batch.document, batch.kind, batch.upload = document, document.kind, None
    batch.save(update_fields=["document", "kind", "upload"])
    audit.record(acting_user, "import.read", batch, detail={"name": batch.name, "document": document.pk,
                                                            "kind": document.kind})
    return batch


@action
def do_fail_import(batch_id: int, error: str, *, acting_user) -> None:
    """A reading that failed: the batch says why (its page shows it), nothing it read is kept."""
    ImportBatch.objects.filter(pk=batch_id).update(state="failed", error=error[:2000], note="", upload=None)
    audit.record(acting_user, "import.fail", object_type="ImportBatch", detail={"batch": batch_id, "error": error[:500]})


def run_preview(batch_id: int) -> str:
    """The ``read_import`` job's body: read a batch, or mark it failed with the reason."""
    batch = ImportBatch.objects.filter(pk=batch_id, state="reading").select_related("created_by").first()
    if batch is None:
        return "skipped"
    user = batch.created_by
    try:
        if batch.document_id is None:
            record_step(batch, 0, 1, _("正在读取文件……"))
            result = import_document(bytes(batch.upload or b""), batch.name, user)
            do_attach_import_document(batch, result.document, acting_user=user)
        record_step(batch, 0, None, _("正在识别任务并关联进展……"))
        preview = preview_of(batch, lambda done, total=None: record_step(batch, done, total))
        do_build_import_preview(batch, preview, acting_user=user)
    except (plans.PlanError, ImportRefused, UnreadableInput) as e:
        do_fail_import(batch_id, str(e), acting_user=user)
        return "failed"
    except Exception as e:  # a job that dies must still say so on the batch page
        do_fail_import(batch_id, _("读取失败：%(error)s") % {"error": e}, acting_user=user)
        raise
    return "preview"
