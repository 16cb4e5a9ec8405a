"""Background jobs (后台任务) of the supervision cycle: plain ``@task`` functions.

Run by django-tasks: immediately in tests and the demo, by ``manage.py
db_worker`` where ``LUOSHI_TASKS`` selects the database backend.  Each job
takes only JSON-serialisable arguments (ids) and reads what it needs.
"""

from __future__ import annotations

from django_tasks import task


@task()
def read_import(batch_id: int) -> str:
    """Read a large uploaded file into its import preview (导入预览), step by step."""
    from .services import imports

    return imports.run_preview(batch_id)


@task()
def send_reminders_job(today: str | None = None) -> dict:
    """Send due reminders, overdue notices, escalations and status-change notices (催报提醒).

    ``today`` (YYYY-MM-DD) lets a run act as of another day; by default the local date.
    Returns the run's summary (counts), which the worker stores as the result."""
    from datetime import date

    from .services import reminders

    day = date.fromisoformat(today) if today else None
    return reminders.send_due(day).as_dict()
