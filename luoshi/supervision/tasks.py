"""Background jobs (后台任务) of the supervision cycle: plain ``@task`` functions.

Run by django-tasks: immediately in tests and the demo, by ``manage.py
db_worker`` where ``LUOSHI_TASKS`` selects the database backend.  Each job
takes only JSON-serialisable arguments (ids) and reads what it needs.  Jobs
import actions and services; actions enqueue jobs after their transaction
commits (``after_commit``); services import neither.

A job whose worker dies is retried or failed (luoshi/core/jobs.py); its ``when_lost``
hook below tells the record its owner watches, so nothing says "running" for ever.
A job may therefore run more than once: each starts by checking its record's state.
"""

from __future__ import annotations

from datetime import date

from django_tasks import task

from luoshi.core.jobs import when_lost

from .actions import notifications
from .actions.import_preview import do_fail_import, note_import_retry, run_preview


@task()
def read_import(batch_id: int) -> str:
    """Read a large uploaded file into its import preview (导入预览), step by step."""
    return run_preview(batch_id)


@when_lost(read_import)
def _read_import_lost(batch_id: int, *, final: bool, attempts: int, message: str) -> None:
    if final:
        do_fail_import(batch_id, message, acting_user=None)
    else:
        note_import_retry(batch_id, message)


@task()
def send_reminders_job(today: str | None = None) -> dict:
    """Send due reminders, overdue notices, escalations and status-change notices (催报提醒).

    ``today`` (YYYY-MM-DD) lets a run act as of another day; by default the local date.
    Returns the run's summary (counts), which the worker stores as the result."""
    day = date.fromisoformat(today) if today else None
    return notifications.send_due(day).as_dict()


@task()
def run_export(job_id: int) -> dict:
    """Write a background export (后台导出) chunk by chunk with its progress, then store the file.

    The rows are those the asking user may see, read with that user's permissions."""
    import logging
    import tempfile

    from .actions import exports as export_actions
    from .models import ExportJob
    from .services import exports
    from .services.api import ApiError

    job = ExportJob.objects.select_related("created_by").get(pk=job_id)
    if job.state == "done":
        return {"state": job.state}
    user = job.created_by
    try:
        with tempfile.TemporaryFile() as out:  # spooled to disk, not held in memory
            name = exports.write_tasks_xlsx(
                user, job.params, out,
                on_progress=lambda done, total: export_actions.record_export_progress(job.pk, done, total))
            out.seek(0)
            data = out.read()
    except ApiError as e:
        export_actions.do_fail_export(job, e.message, acting_user=user)
        return {"state": "failed"}
    except Exception as e:  # noqa: BLE001 - the owner sees a failed export, the worker keeps running
        logging.getLogger(__name__).exception("export %s failed", job.pk)
        export_actions.do_fail_export(job, f"导出失败 (export failed): {type(e).__name__}", acting_user=user)
        return {"state": "failed"}
    export_actions.do_complete_export(job, name, exports.XLSX, data, acting_user=user)
    return {"state": "done", "size": len(data)}


@when_lost(run_export)
def _run_export_lost(job_id: int, *, final: bool, attempts: int, message: str) -> None:
    from .actions import exports as export_actions
    from .models import ExportJob

    job = ExportJob.objects.filter(pk=job_id).first()
    if job is None or job.state in ("done", "failed"):
        return
    if final:
        export_actions.do_fail_export(job, message, acting_user=None)
    else:
        export_actions.note_export_retry(job.pk)
