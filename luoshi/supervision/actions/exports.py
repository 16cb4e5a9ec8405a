"""Exports prepared in the background (后台导出): asked for by a person, written by the
worker, downloaded when ready.  Asking and finishing are audited; the progress
counter the worker moves on the way is not a change anyone makes, so it is a plain
update (each chunk of rows), committed at once so the page asking can see it."""

from __future__ import annotations

from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions import action

from ..models import ExportJob


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
def do_complete_export(job: ExportJob, filename: str, content_type: str, data: bytes, *,
                       acting_user) -> ExportJob:
    """Store the finished file; from now on its owner can download it."""
    job.refresh_from_db(fields=["done", "total"])  # the worker's progress, written row by row
    job.state, job.filename, job.content_type = "done", filename[:255], content_type
    job.content, job.size, job.finished_at = data, len(data), timezone.now()
    job.done = job.total = max(job.done, job.total)
    job.save(update_fields=["state", "filename", "content_type", "content", "size", "finished_at", "done",
                            "total"])
    audit.record(acting_user, "export.complete", job, detail={"filename": job.filename, "size": job.size})
    return job


@action
def do_fail_export(job: ExportJob, error: str, *, acting_user) -> ExportJob:
    """Record why the export could not be written (shown to its owner as is)."""
    job.state, job.error, job.finished_at = "failed", error[:2000], timezone.now()
    job.save(update_fields=["state", "error", "finished_at"])
    audit.record(acting_user, "export.fail", job, detail={"error": job.error})
    return job
