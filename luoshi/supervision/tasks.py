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
def confirm_import(batch_id: int) -> str:
    """Save a large import's confirm (后台确认) that its request stored and queued."""
    from .actions.import_confirm import run_confirm

    return run_confirm(batch_id)


@when_lost(confirm_import)
def _confirm_import_lost(batch_id: int, *, final: bool, attempts: int, message: str) -> None:
    from .actions.import_confirm import do_return_import, note_confirm_retry

    if final:   # its transaction rolled back with the worker: the preview again, saying why
        do_return_import(batch_id, message, acting_user=None)
    else:
        note_confirm_retry(batch_id, message)


@task()
def send_reminders_job(today: str | None = None) -> dict:
    """Send due reminders, overdue notices, escalations and status-change notices (催报提醒).

    ``today`` (YYYY-MM-DD) lets a run act as of another day; by default the local date.
    Returns the run's summary (counts), which the worker stores as the result."""
    day = date.fromisoformat(today) if today else None
    return notifications.send_due(day).as_dict()


@task()
def run_export(job_id: int) -> dict:
    """Write a background job's file (后台导出: a large task list as .xlsx or .docx, many
    submissions or verdicts, the audit log, a bulletin's PDF, a year-end run and its result) with
    its progress into a temporary file, then store it for its owner in pieces (never whole in
    memory); exports past their keeping time are deleted first (``LUOSHI_EXPORT_KEEP_DAYS``).

    The work is done with the asking user's permissions, checked again here: a role taken
    away while the job waited is refused."""
    import logging
    import tempfile

    from .actions import exports as export_actions
    from .models import ExportJob
    from .services.api import ApiError
    from .services.bulletins import BulletinError
    from .services.yearend import YearEndError

    export_actions.expire_due_exports()
    job = ExportJob.objects.select_related("created_by").get(pk=job_id)
    if job.state in ("done", "expired"):
        return {"state": job.state}
    user = job.created_by

    def progress(done: int, total: int) -> None:
        export_actions.record_export_progress(job.pk, done, total)

    with tempfile.TemporaryFile() as out:
        try:
            name, content_type = WRITERS[job.kind](job, user, out, progress)
        except ApiError as e:
            export_actions.do_fail_export(job, e.message, acting_user=user)
            return {"state": "failed"}
        except (BulletinError, YearEndError, PermissionError) as e:
            export_actions.do_fail_export(job, str(e), acting_user=user)
            return {"state": "failed"}
        except Exception as e:  # noqa: BLE001 - the owner sees a failed export, the worker keeps running
            logging.getLogger(__name__).exception("export %s failed", job.pk)
            export_actions.do_fail_export(job, f"导出失败 (export failed): {type(e).__name__}", acting_user=user)
            return {"state": "failed"}
        out.seek(0)
        job = export_actions.do_complete_export(job, name, content_type, out, acting_user=user)
    return {"state": job.state, "size": job.size}


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


def _allowed(user, roles) -> None:
    from django.utils.translation import gettext as _

    from luoshi.core.permissions import role_of

    if user is None or not user.is_active or role_of(user) not in roles:
        raise PermissionError(_("无权限生成该文件"))


def _xlsx_job(kind: str, write, with_user: bool = True):
    """A job writer for a streaming .xlsx export: the owner's role checked again in the worker
    (``JOB_ROLES``), then ``write`` into the job's temporary file (not held in memory)."""

    def run(job, user, out, progress) -> tuple[str, str]:
        from .permissions import JOB_ROLES
        from .services import exports

        _allowed(user, JOB_ROLES[kind])
        args = (user, job.params) if with_user else (job.params,)
        return getattr(exports, write)(*args, out, on_progress=progress), exports.XLSX

    return run


_tasks_xlsx = _xlsx_job("tasks_xlsx", "write_tasks_xlsx")
_submissions_xlsx = _xlsx_job("submissions_xlsx", "write_submissions_xlsx")
_assessments_xlsx = _xlsx_job("assessments_xlsx", "write_assessments_xlsx")
_audit_xlsx = _xlsx_job("audit_xlsx", "write_audit_xlsx", with_user=False)


def _tasks_docx(job, user, out, progress) -> tuple[str, str]:
    from .permissions import JOB_ROLES
    from .services import exports

    _allowed(user, JOB_ROLES["tasks_docx"])
    name, data = exports.tasks_docx(user, job.params, on_progress=progress)   # at most 5,000 tasks
    out.write(data)
    return name, exports.DOCX


def _bulletin_pdf(job, user, out, progress) -> tuple[str, str]:
    from django.utils.translation import gettext as _

    from .models import Bulletin
    from .permissions import BULLETIN_ROLES
    from .services import bulletins

    _allowed(user, BULLETIN_ROLES)
    bulletin = Bulletin.objects.select_related("period", "period__plan").filter(
        pk=job.params.get("bulletin")).first()
    if bulletin is None:
        raise bulletins.BulletinError(_("通报不存在"))
    out.write(bulletins.pdf_in_steps(bulletin, progress))
    return bulletins.filename(bulletin, "pdf"), "application/pdf"


def _yearend_run(job, user, out, progress) -> tuple[str, str]:
    from django.utils.translation import gettext as _

    from luoshi.core.models import Role

    from .actions import yearend as yearend_actions
    from .models import ScoringScheme
    from .services import exports, yearend

    _allowed(user, (Role.OFFICE,))
    scheme = ScoringScheme.objects.select_related("plan").filter(pk=job.params.get("scheme")).first()
    if scheme is None:
        raise yearend.YearEndError(_("考核办法不存在"))
    computed = yearend.scoring_run(scheme, on_progress=progress)   # outside the action: progress shows
    made = yearend_actions.do_compute_yearend(scheme, computed=computed, acting_user=user)
    run = made[0].breakdown.get("run") if made else yearend.latest_run(scheme)
    out.write(yearend.xlsx(scheme, run))
    return f"年终考核-{scheme.plan.year}-{scheme.pk}-{run}.xlsx", exports.XLSX


WRITERS = {"tasks_xlsx": _tasks_xlsx, "tasks_docx": _tasks_docx, "submissions_xlsx": _submissions_xlsx,
           "assessments_xlsx": _assessments_xlsx, "audit_xlsx": _audit_xlsx,
           "bulletin_pdf": _bulletin_pdf, "yearend_run": _yearend_run}
