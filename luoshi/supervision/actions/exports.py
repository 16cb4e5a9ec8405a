"""Exports prepared in the background (后台导出): asked for by a person, written by the
worker, downloaded when ready, deleted when they expire.  Asking, finishing, failing and
expiring are audited; the progress counter the worker moves on the way is not a change
anyone makes, so it is a plain update (each chunk of rows), committed at once so the page
asking can see it."""

from __future__ import annotations

import io
from datetime import timedelta

from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions import action

from ..models import ExportChunk, ExportJob


@action
def do_request_export(kind: str, params: dict, *, acting_user) -> ExportJob:
    """A job for an export too big for one request; the caller enqueues it (tasks.run_export)."""
    job = ExportJob.objects.create(kind=kind, params=params,
                                   created_by=acting_user if getattr(acting_user, "pk", None) else None)
    audit.record(acting_user, "export.request", job, detail={"kind": kind, "params": params})
    return job


def record_export_progress(job_id: int, done: int, total: int) -> None:
    """The worker's progress (rows written of total), visible at once to the status page."""
    ExportJob.objects.filter(pk=job_id).update(state="running", done=done, total=total)


def note_export_retry(job_id: int) -> None:
    """The worker writing this export died and the job waits in the queue again: it starts over."""
    ExportJob.objects.filter(pk=job_id).exclude(state__in=("done", "failed")).update(state="queued", done=0, total=0)


@action
def do_complete_export(job: ExportJob, filename: str, content_type: str, source, *,
                       acting_user) -> ExportJob:
    """Store the finished file, read from ``source`` (a binary file at its start, or bytes)
    ``ExportChunk.CHUNK_BYTES`` at a time into pieces: never whole in memory or in one row.
    From now on its owner can download it, until it expires."""
    state = ExportJob.objects.select_for_update(of=("self",)).filter(pk=job.pk).values_list("state", flat=True).first()
    if state in ("done", "expired"):   # another run of the same job (a worker thought lost) finished first
        job.refresh_from_db()
        return job
    if isinstance(source, bytes | bytearray | memoryview):
        source = io.BytesIO(source)
    size = seq = 0
    while piece := source.read(ExportChunk.CHUNK_BYTES):
        ExportChunk.objects.create(job=job, seq=seq, data=piece)
        size, seq = size + len(piece), seq + 1
    job.refresh_from_db(fields=["done", "total"])  # the worker's progress, written row by row
    job.state, job.filename, job.content_type = "done", filename[:255], content_type
    job.size, job.finished_at = size, timezone.now()
    job.done = job.total = max(job.done, job.total)
    job.save(update_fields=["state", "filename", "content_type", "size", "finished_at", "done", "total"])
    audit.record(acting_user, "export.complete", job, detail={"filename": job.filename, "size": job.size})
    return job


@action
def do_fail_export(job: ExportJob, error: str, *, acting_user) -> ExportJob:
    """Record why the export could not be written (shown to its owner as is)."""
    job.state, job.error, job.finished_at = "failed", error[:2000], timezone.now()
    job.save(update_fields=["state", "error", "finished_at"])
    audit.record(acting_user, "export.fail", job, detail={"error": job.error})
    return job


@action
def do_expire_export(job: ExportJob, *, acting_user) -> ExportJob:
    """Delete a finished export's file, kept ``LUOSHI_EXPORT_KEEP_DAYS`` days: the job stays,
    saying when its file was deleted, and the audit log records which file it was."""
    if ExportJob.objects.select_for_update(of=("self",)).filter(pk=job.pk, state="done").update(
            state="expired", expired_at=timezone.now()) == 0:
        job.refresh_from_db()
        return job       # expired already, by another worker or request
    ExportChunk.objects.filter(job=job).delete()
    job.refresh_from_db()
    audit.record(acting_user, "export.expire", job, detail={
        "filename": job.filename, "size": job.size, "keep_days": ExportJob.keep_days(),
        "finished_at": job.finished_at.isoformat() if job.finished_at else ""})
    return job


def expire_due_exports(now=None) -> int:
    """Expire every finished export older than its keeping time, each in its own transaction
    (a large file's pieces are deleted without holding the others); the number expired."""
    cutoff = (now or timezone.now()) - timedelta(days=ExportJob.keep_days())
    due = list(ExportJob.objects.filter(state="done", finished_at__lt=cutoff).only("pk"))
    for job in due:
        do_expire_export(job, acting_user=None)
    return len(due)
