"""A document's tasks (``tasks_from_document``): the work report's plan part, or its tables of tasks.
"""

from __future__ import annotations

from .. import vocab
from ..errors import parses
from ..judgement import Task
from ..model import Document
from ..orgs import Registry
from ..parts import is_plan, is_transcript, next_steps_open, title_role
from ..text import for_parsing
from .report import tasks_from_report
from .table_rows import (
    is_progress_table,
    is_task_table,
    sub_item_tasks,
    tasks_from_progress_table,
    tasks_from_table,
)
from .years import mark_table_five_year

# --- dispatch ---------------------------------------------------------------

_LIVELIHOOD = vocab.pattern("part.livelihood")
_TITLE_SPAN = 300          # the document's title lines: an office's name, a number, the title

def _annex_tables(doc: Document) -> list:
    """The tab-separated tables of tasks a plan or notice prints outside its prose (an implementation plan's annex,
    附件 then 某某县2026年…项目任务表 and its rows): none of the document's sentences lies in them.  A work report's tab
    rows are read in place by the report's reading (their lines are its sentences)."""
    out = []
    for table in doc.tables:
        if table.layout != "tabbed" or not is_task_table(table) or table.start is None or table.end is None:
            continue
        if not any(table.start <= s.start < table.end for s in doc.sentences):
            out.append(table)
    return out


def _with_annex_tables(doc: Document, found: list[Task], tables: list, name: str,
                       registry: Registry | None) -> list[Task]:
    """The report's tasks and then its annex tables' rows, one task per row or per numbered sub-item of a row's
    task cell, the row's project or category their group.  The tables hold the plan's works, so a part titled with
    the general requirements or targets (一、总体要求) states what frames them: it was read as the plan only for want
    of a plan part (parts.assign_roles), and none of its sentences is a task."""
    tops = {i: s for i, s in enumerate(doc.sections) if s.level == 0}
    framing = [(s.start, _section_end(doc, i)) for i, s in tops.items() if title_role(s.title) == "targets"]
    kept = [t for t in found if not any(a <= t.source.get("start", -1) < b for a, b in framing)]
    registry = registry or Registry.default()
    rows: list[Task] = []
    for k, table in enumerate(tables, 1):
        rows += sub_item_tasks(tasks_from_table(table, name, registry, prefix="A" if k == 1 else f"A{k}-"))
    # A 民生实事 table annexed to a plan of the 民生实事 themselves (…十件民生实事实施方案 in the document's title lines):
    # its rows are that plan's tasks, as the items of a livelihood breakdown in prose are — not a work report's
    # livelihood list beside its plan.
    if _LIVELIHOOD.search(for_parsing(doc.text[:min(_TITLE_SPAN, tables[0].start)])):
        for task in rows:
            task.kind = "task" if task.kind == "livelihood" else task.kind
    mark_table_five_year(doc, rows)
    return kept + rows


def _section_end(doc: Document, index: int) -> int:
    """Where the top section ``index`` ends: the next top section's start, else the text's end."""
    later = [s.start for s in doc.sections[index + 1:] if s.level == 0]
    return later[0] if later else len(doc.text)

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
        annexed = _annex_tables(doc)
        if annexed:
            found = _with_annex_tables(doc, found, annexed, name, registry)
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
