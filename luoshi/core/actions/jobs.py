"""Job leases and the recovery of lost jobs (后台任务恢复); the rules are luoshi/core/jobs.py.

A lease's renewal is a worker saying it is alive, not a change anyone makes: plain writes,
committed at once (never inside a job's transaction), not audited.  Putting a lost job back
in the queue or failing it is audited, with its own record's change in the same transaction.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError
from django.utils import timezone

from .. import audit, jobs
from ..models import JobLease
from . import action

log = logging.getLogger(__name__)


def open_lease(task_id: str, task_path: str, worker_id: str, pid: int) -> None:
    """The worker starts running a job: its lease, renewed from now on."""
    now = timezone.now()
    JobLease.objects.update_or_create(task_id=task_id, defaults={
        "task_path": task_path[:255], "worker_id": worker_id[:64], "host": jobs.this_host(), "pid": pid,
        "started_at": now, "beat_at": now})


def renew_leases(task_ids: list[str]) -> int:
    """The worker is alive and still running these jobs."""
    return JobLease.objects.filter(task_id__in=task_ids).update(beat_at=timezone.now())


def close_lease(task_id: str) -> None:
    """The job finished (successfully or with an error the queue row records)."""
    JobLease.objects.filter(task_id=task_id).delete()


@action
def do_recover_job(lost: jobs.LostJob, *, acting_user) -> str:
    """Put a lost job back in the queue, or fail it after its last attempt, and tell its own
    record (the job's ``when_lost`` hook).  Returns "retried", "failed", or "" when the job
    is no longer RUNNING (a worker finished it, another recovery got there first)."""
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    row = DBTaskResult.objects.select_for_update(of=("self",)).filter(pk=lost.id, status=TaskResultStatus.RUNNING).first()
    if row is None:
        return ""
    attempts = len(row.worker_ids or [])
    final = attempts >= jobs.max_attempts()
    message = jobs.failed_message(attempts) if final else jobs.retry_message(attempts)
    if final:
        DBTaskResult.objects.filter(pk=row.pk).update(
            status=TaskResultStatus.FAILED, finished_at=timezone.now(), return_value=None,
            exception_class_path=f"{jobs.WorkerLost.__module__}.{jobs.WorkerLost.__qualname__}",
            traceback=f"{jobs.WorkerLost.__qualname__}: {lost.reason}; {message}")
    else:
        # Ready again; the next claim appends its worker id, which counts the attempt.
        DBTaskResult.objects.filter(pk=row.pk).update(status=TaskResultStatus.READY, started_at=None)
    JobLease.objects.filter(task_id=lost.id).delete()
    outcome = "failed" if final else "retried"
    audit.record(acting_user, "job.lost", object_type="Job", detail={
        "job": lost.id, "task": row.task_path, "attempts": attempts, "reason": lost.reason, "outcome": outcome})
    hook = jobs.hook_for(row.task_path)
    if hook is not None:
        args_kwargs = row.args_kwargs or {}
        hook(*args_kwargs.get("args", []), final=final, attempts=attempts, message=message,
             **args_kwargs.get("kwargs", {}))
    return outcome


def recover(acting_user=None) -> list[tuple[jobs.LostJob, str]]:
    """Find the lost jobs and retry or fail each (its own transaction: one job's trouble does
    not undo another's recovery).  Safe to run from several places at once."""
    done = []
    try:
        lost = jobs.lost_jobs()
    except DatabaseError:  # the queue's tables may not exist yet (before migrate)
        log.warning("job recovery skipped: the job queue cannot be read", exc_info=True)
        return done
    for job in lost:
        try:
            outcome = do_recover_job(job, acting_user=acting_user)
        except Exception:  # noqa: BLE001 - a busy database or a hook's bug: rolled back, tried again later
            log.exception("job %s: recovery failed, will try again", job.id)
            continue
        if outcome:
            log.warning("job %s (%s) lost (%s): %s", job.id, job.task_path, job.reason, outcome)
            done.append((job, outcome))
    return done

