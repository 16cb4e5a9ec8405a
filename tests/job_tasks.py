"""A job for tests/test_jobs.py that a worker can be killed in the middle of: it waits on its
first ``slow_attempts`` runs (long enough to be killed), then reads the batch as the real
``read_import`` job does, and its record is told of a crash by the real job's hook."""

from __future__ import annotations

import time

from django_tasks import task

from luoshi.core.jobs import when_lost
from luoshi.supervision.actions.import_preview import run_preview
from luoshi.supervision.tasks import _read_import_lost


@task(takes_context=True)
def slow_read_import(context, batch_id: int, slow_attempts: int) -> str:
    if context.attempt <= slow_attempts:
        time.sleep(120)
    return run_preview(batch_id)


@when_lost(slow_read_import)
def _lost(batch_id: int, slow_attempts: int, **lost) -> None:
    _read_import_lost(batch_id, **lost)


def start_slow_import(data: bytes, name: str, slow_attempts: int) -> int:
    """The upload action in background mode, enqueueing this job instead of ``read_import``."""
    from django.contrib.auth.models import User

    from luoshi.supervision.actions import imports

    class Twin:
        @staticmethod
        def enqueue(batch_id):
            return slow_read_import.enqueue(batch_id, slow_attempts)

    real, imports.read_import = imports.read_import, Twin
    try:
        return imports.do_start_import(data, name, acting_user=User.objects.get(username="office")).pk
    finally:
        imports.read_import = real
