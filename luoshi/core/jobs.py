"""Jobs that survive a crash (后台任务的租约与恢复): the rules, read-only.

django-tasks' database queue marks a job RUNNING when a worker claims it and SUCCESSFUL or
FAILED when the worker finishes it; a worker killed in between (SIGKILL, out of memory, a
power cut) leaves the row RUNNING for ever.  So a worker holds a lease (``JobLease``) on the
job it runs and renews it every quarter of ``LUOSHI_JOB_LEASE_SECONDS`` from a thread of its
own (a long read in the bounded child reader reports no progress for a while, yet the worker
is alive).  A RUNNING job is *lost* when

* its lease was not renewed within ``LUOSHI_JOB_LEASE_SECONDS`` (or it has none and started
  longer ago than that), or
* its lease names a process on this machine that no longer exists (found at once, no waiting;
  a reused process id only delays this to the timeout).

A lost job is put back in the queue while it has run fewer than ``LUOSHI_JOB_MAX_ATTEMPTS``
times (each claim adds a worker id to the queue row: that list counts the attempts), else it
is marked FAILED.  Either way the job's ``when_lost`` hook tells its own record (an import
batch, an export) in the same transaction, with a message its owner reads.

Who looks: the worker when it starts and then every half lease, ``manage.py recover_jobs``,
and a status page asked about a job still running (luoshi/core/actions/jobs.py ``recover``).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

__all__ = ["LostJob", "WorkerLost", "lease_seconds", "lost_jobs", "max_attempts", "process_alive",
           "this_host", "when_lost"]


class WorkerLost(Exception):
    """The worker running a job stopped without finishing it (the queue row's exception class)."""


def lease_seconds() -> float:
    return max(float(getattr(settings, "LUOSHI_JOB_LEASE_SECONDS", 60)), 0.5)


def max_attempts() -> int:
    return max(int(getattr(settings, "LUOSHI_JOB_MAX_ATTEMPTS", 3)), 1)


def this_host() -> str:
    return socket.gethostname()[:255]


def process_alive(pid: int) -> bool:
    """Whether a process of this machine exists and is not a zombie (killed, not yet reaped)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            # the state follows the command name in parentheses, which may contain spaces
            return f.read().rsplit(b")", 1)[1].split()[0] not in (b"Z", b"X")
    except (OSError, IndexError):
        return True


# --- what a job's own record does when the job is lost ----------------------------------------

_HOOKS: dict[str, Callable] = {}


def when_lost(task) -> Callable[[Callable], Callable]:
    """Register ``fn(*args, final=…, attempts=…, message=…, **kwargs)``, called with the lost
    job's own arguments inside the recovery's transaction: ``final`` is False when the job was
    put back in the queue (attempt ``attempts + 1`` follows), True when it was failed."""

    def register(fn: Callable) -> Callable:
        _HOOKS[task.module_path] = fn
        return fn

    return register


def hook_for(task_path: str) -> Callable | None:
    if task_path not in _HOOKS:
        try:
            import_string(task_path)  # importing the job's module registers its hook
        except ImportError:
            return None
    return _HOOKS.get(task_path)


def retry_message(attempts: int) -> str:
    return _("后台处理中断（处理它的工作进程已停止），已自动重新排队，将进行第 %(n)d 次尝试。") % {"n": attempts + 1}


def failed_message(attempts: int) -> str:
    return _("后台处理中断：处理它的工作进程已停止，共尝试 %(n)d 次仍未完成。请重新提交；如反复出现，请联系系统管理员。") % {
        "n": attempts}


# --- which running jobs are lost --------------------------------------------------------------


@dataclass(frozen=True)
class LostJob:
    id: str
    task_path: str
    attempts: int
    reason: str  # "process gone" | "lease expired" | "no lease"


def lost_jobs(now: datetime | None = None) -> list[LostJob]:
    """The RUNNING jobs of the database queue whose worker is gone (see the module's text)."""
    from django_tasks_db.models import DBTaskResult

    from .models import JobLease

    now = now or timezone.now()
    cutoff = now - timedelta(seconds=lease_seconds())
    running = list(DBTaskResult.objects.running().values_list("id", "started_at", "task_path", "worker_ids"))
    if not running:
        return []
    leases = {lease.task_id: lease for lease in JobLease.objects.filter(task_id__in=[str(r[0]) for r in running])}
    host = this_host()
    lost = []
    for rid, started_at, task_path, worker_ids in running:
        lease = leases.get(str(rid))
        if lease is None:
            reason = "no lease" if started_at is None or started_at < cutoff else ""
        elif lease.host == host and not process_alive(lease.pid):
            reason = "process gone"
        elif lease.beat_at < cutoff:
            reason = "lease expired"
        else:
            reason = ""
        if reason:
            lost.append(LostJob(str(rid), task_path, len(worker_ids or []), reason))
    return lost
