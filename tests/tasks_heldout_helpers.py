"""What the held-out task tests (tests/test_tasks_heldout5N.py) ask of one document: its tasks as the import preview
shows them, found by the start a label gives, with their group and figures."""

from __future__ import annotations

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing


def found_tasks(tmp_path, text: str) -> list:
    """The tasks (not the framing) the engine reads from ``text`` written to a file, as an import reads it."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(path)) if t.kind == "task"]


def start_of(task) -> str:
    return for_parsing(task.text).strip()


def starts_with(task, start: str) -> bool:
    return start_of(task).startswith(for_parsing(start))


def task_starting(found, start: str):
    """The first task found whose text opens on ``start`` (compared as parsed), or None."""
    return next((t for t in found if starts_with(t, start)), None)


def group_of(task) -> str:
    return task.heading or task.part


def metrics_of(found, start: str):
    """(metric, value, unit) of each indicator of the task opening on ``start``; None when no task opens on it."""
    task = task_starting(found, start)
    return None if task is None else [(i.metric, i.value, i.unit) for i in task.indicators]
