"""The background worker (后台工作进程): django-tasks' database worker with job leases.

It recovers lost jobs when it starts, holds a lease on the job it runs, and from a thread of
its own renews that lease every quarter of ``LUOSHI_JOB_LEASE_SECONDS`` and looks for lost
jobs every half (luoshi/core/jobs.py says what lost means and what happens to them).
"""

from __future__ import annotations

import logging
import os
import threading

from django.db import DatabaseError, close_old_connections, connection
from django_tasks_db.management.commands.db_worker import Worker

from . import jobs
from .actions import jobs as job_actions

log = logging.getLogger(__name__)


class Monitor(threading.Thread):
    """Renews the running job's lease and recovers other workers' lost jobs, on its own
    database connection (the job's long work must not hold the lease back)."""

    def __init__(self, worker: LeasedWorker):
        super().__init__(name="luoshi-job-monitor", daemon=True)
        self.worker = worker
        self.stopping = threading.Event()

    def run(self) -> None:
        beat = jobs.lease_seconds() / 4
        sweeps_every = 2  # beats
        n = 0
        try:
            while not self.stopping.wait(beat):
                n += 1
                try:
                    close_old_connections()
                    current = self.worker.current
                    if current:
                        job_actions.renew_leases([current])
                    if n % sweeps_every == 0:
                        job_actions.recover()
                except DatabaseError:  # a busy or lost database: try again next beat
                    log.warning("job monitor: database unavailable", exc_info=True)
                except Exception:  # noqa: BLE001 - the monitor must outlive any error, or the lease lapses
                    log.exception("job monitor: unexpected error")
        finally:
            connection.close()

    def stop(self) -> None:
        self.stopping.set()


class LeasedWorker(Worker):
    current: str | None = None

    def run(self) -> None:
        for job, outcome in job_actions.recover():
            log.warning("at start-up: job %s (%s) %s", job.id, job.task_path, outcome)
        monitor = Monitor(self)
        monitor.start()
        try:
            super().run()
        finally:
            monitor.stop()

    def run_task(self, db_task_result) -> None:
        task_id = str(db_task_result.id)
        try:
            job_actions.open_lease(task_id, db_task_result.task_path, self.worker_id, os.getpid())
        except DatabaseError:  # the job still runs; without a lease it is judged by its start
            log.warning("job %s: lease not written", task_id, exc_info=True)
        self.current = task_id
        try:
            super().run_task(db_task_result)
        finally:
            self.current = None
            try:
                job_actions.close_lease(task_id)
            except DatabaseError:
                log.warning("job %s: lease not removed", task_id, exc_info=True)
