"""A document's tasks (``tasks_from_document``): the work report's plan part, or its tables of tasks.
"""

from __future__ import annotations

from ..errors import parses
from ..judgement import Task
from ..model import Document
from ..orgs import Registry
from ..parts import is_plan, is_transcript, next_steps_open
from .report import tasks_from_report
from .table_rows import is_progress_table, is_task_table, tasks_from_progress_table, tasks_from_table
from .years import mark_table_five_year

# --- dispatch ---------------------------------------------------------------

@parses("tasks.tasks_from_document")
def tasks_from_document(doc: Document, name: str = "", registry: Registry | None = None) -> list[Task]:
    """Every task a document states: a work report's plan part, or one task per
    row of its decomposition (task + indicator/lead) or progress tables."""
    name = name or doc.name
    # A decomposition table or ledger read as a table of its own (pipes, a grid: not a work report's tab rows, which
    # the report's reading takes in place) holds the tasks; its title line naming the year's key works is no plan.
    ledger = doc.kind == "decomposition_table" and any(is_task_table(t) and t.layout != "tabbed" for t in doc.tables)
    # So does a progress page read as such whose rows state their tasks (a 督查通报's numbered key works, each with its
    # 进展情况 and 存在问题): its title naming the year's key works, its overall situation and requirements no plan.
    ledger = ledger or (doc.kind == "progress_table"
                        and any(is_progress_table(t) and "task" in t.columns for t in doc.tables))
    # (a text with no part at all whose plan starts at the sentence naming its targets, parts._plan_without_parts: a
    # report's year pasted alone, 主要预期目标是：… with no title, heading or address, is read as the report's plan; so
    # is an official's statement of the coming year's work in a press conference transcript, parts.transcript_plan,
    # and a reply in prose's next steps, parts._reply_next_steps)
    # Only a transcript's plan sentences lack the targets' tag: any other text's plan sentence without it (a
    # responsibility letter's 考核办法 below its table) leaves the tables to be read.
    transcript = is_transcript(doc.text)
    if not ledger and (doc.kind == "work_report" or any(is_plan(s.role) and s.level == 0 for s in doc.sections) or (
            not any(s.level == 0 for s in doc.sections)
            and any(is_plan(s.role) and ("expected_targets" in s.tags or transcript or next_steps_open(s.text))
                    for s in doc.sentences))):
        found = tasks_from_report(doc, name)
        if found:
            return found
    registry = registry or Registry.default()
    out: list[Task] = []
    plan_tables = [t for t in doc.tables if is_task_table(t)]
    if plan_tables:
        for k, table in enumerate(plan_tables, 1):
            out += tasks_from_table(table, name, registry, prefix="T" if k == 1 else f"T{k}-")
        mark_table_five_year(doc, out)
        return out
    progress_tables = [t for t in doc.tables if is_progress_table(t)]
    for k, table in enumerate(progress_tables, 1):
        out += tasks_from_progress_table(table, name, registry, prefix="P" if k == 1 else f"P{k}-")
    # a bulletin's row opened by a later year (到2030年，… in a 2026 bulletin) is a goal of several years, as a
    # decomposition table's
    mark_table_five_year(doc, out)
    return out
