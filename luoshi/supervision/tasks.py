"""Background jobs (后台任务) of the supervision cycle: plain ``@task`` functions.

Run by django-tasks: immediately in tests and the demo, by ``manage.py
db_worker`` where ``LUOSHI_TASKS`` selects the database backend.  Each job
takes only JSON-serialisable arguments (ids) and reads what it needs.  Jobs
import actions and services; actions enqueue jobs after their transaction
commits (``after_commit``); services import neither.
"""

from __future__ import annotations

from datetime import date

from django_tasks import task

from .actions import notifications
from .actions.import_preview import run_preview


@task()
def read_import(batch_id: int) -> str:
    """Read a large uploaded file into its import preview (导入预览), step by step."""
    return run_preview(batch_id)


@task()
def send_reminders_job(today: str | None = None) -> dict:
    """Send due reminders, overdue notices, escalations and status-change notices (催报提醒).

    ``today`` (YYYY-MM-DD) lets a run act as of another day; by default the local date.
    Returns the run's summary (counts), which the worker stores as the result."""
    day = date.fromisoformat(today) if today else None
    return notifications.send_due(day).as_dict()
