"""The judging pipeline: a progress document (and its plan) → assessments.

Glue only: reading, task extraction, progress parsing, linking and judging
each live in their own module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import assess, indicators, linking, numbered, progress, reader, tasks
from .collector import paused as collector_paused
from .errors import UnreadableInput
from .judgement import Assessment, Link, ProgressRow, Task
from .model import Document, Table


@dataclass
class Judged:
    rows: list[ProgressRow]
    tasks: list[Task]
    links: list[tuple[str | None, float]]
    assessments: list[Assessment]
    link_objects: list[Link] = field(default_factory=list)   # the full links (confidence, candidates)


def progress_table(doc: Document) -> Table:
    """The document's progress table: the largest table with a progress column; failing one, a page of
    numbered rows with no header row (numbered.page_table: the reader has already added it to a document it
    read; a Document built otherwise is asked here by the same rule)."""
    candidates = [t for t in doc.tables if "progress" in t.columns]
    if not candidates:
        found = numbered.page_table(doc.text, doc.tables, doc.kind)
        candidates = [found] if found is not None else []
    if not candidates:
        raise UnreadableInput(f"未找到进展情况表 (no progress table found): {doc.name}")
    return max(candidates, key=lambda t: len(t.rows))


def plan_tasks(path: str | Path) -> tuple[list[Task], list[str]]:
    """Tasks of a plan (a work report or a decomposition table) and its sentences for reference."""
    doc = reader.read(path)
    found = tasks.tasks_from_document(doc, Path(path).name)
    if not found:
        raise UnreadableInput(f"计划文件中未找到任务 (no tasks found in the plan): {Path(path).name}")
    return found, [s.text for s in doc.sentences]


def judge(progress_path: str | Path, as_of: date, plan_path: str | Path | None = None) -> Judged:
    # (the cyclic garbage collector off while the documents are read, linked and judged:
    # ``collector.paused`` says why)
    with collector_paused():
        return _judge(progress_path, as_of, plan_path)


def _judge(progress_path: str | Path, as_of: date, plan_path: str | Path | None) -> Judged:
    if plan_path:
        plan, reference = plan_tasks(plan_path)
    else:
        plan, reference = [], None
    doc = reader.read(progress_path, reference=reference)
    table = progress_table(doc)
    rows = progress.parse_table(table)
    link_objects: list[Link] = []
    if plan:
        link_objects = linking.link([r.task for r in rows], plan)
        for r, lk in zip(rows, link_objects, strict=True):
            lk.row = r.row
        links = [(lk.task_id, lk.score) for lk in link_objects]
    else:
        # The progress document states its own tasks: one task per row that has a task text.  Rows
        # without one (an empty or formula cell) have no task: matched by row number, not by position.
        plan = tasks.tasks_from_progress_table(table, Path(progress_path).name)
        own = {t.id for t in plan}
        links = [(f"P{r.row}", 1.0) if f"P{r.row}" in own else (None, 0.0) for r in rows]
    by_id = {t.id: t for t in plan}
    assessments = []
    for row, (task_id, _score) in zip(rows, links, strict=True):
        task = by_id.get(task_id) if task_id else None
        targets = list(task.indicators) if task else None
        task_text = None
        if task is None or row.task.strip():
            # The row's own task cell is what the unit reports against (it may carry figures the plan
            # sentence does not); unlinked rows have nothing else.
            targets, task_text = indicators.parse(row.task)[0], row.task
        assessments.append(assess.assess_row(row, task, as_of, targets=targets, task_id=task_id,
                                             task_text=task_text))
    return Judged(rows, plan, links, assessments, link_objects)
