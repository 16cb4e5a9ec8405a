"""The engine's public API: everything the web application (and any other caller) may use.

Import from here, never from the modules behind it and never a ``_name``::

    from luoshi.engine import api

    doc = api.read_document(data, "report.docx")          # bytes or a path → Document
    tasks = api.extract_tasks(doc)                         # work report / decomposition / task list → [Task]
    rows = api.parse_progress_table(api.progress_table(progress_doc))
    links = api.link_rows([r.task for r in rows], tasks)   # [Link], one per row
    a = api.assess_row(rows[0], tasks[0], date(2020, 6, 30))
    a = api.judge_figure(indicator, 6.1, date(2020, 6, 30), unit="%")   # a statistics figure, as a number

Reading
    ``read_document(source, name=None, *, registry=None, reference=None, max_bytes=None, limits=None) -> Document``
    ``check_document(data, name, *, max_bytes=None, limits=None)``: the raw-byte checks alone, no reading
    ``Limits`` (``Limits.from_env(**overrides)``): what one reading may use; docs/reading-limits.md
    ``reference_sentences(doc) -> list[str]``
    ``progress_table(doc) -> Table``
Extracting
    ``extract_tasks(doc, name="", registry=None) -> list[Task]``
    ``progress_title(doc) -> str``: the title of a progress bulletin on a work report, else ""
    ``parse_indicators(text) -> (list[Indicator], list[Milestone])``
    ``parse_progress(text, task="", row=0) -> ProgressRow``
    ``parse_progress_table(table) -> list[ProgressRow]``
Comparing texts
    ``link_rows(rows, tasks) -> list[Link]``; ``row_linker(tasks)`` (``.link(rows)``: a long table in chunks)
    ``normalise_text(text) -> str``, ``text_similarity(a, b) -> float``
Judging
    ``assess_row(row, task, as_of, targets=None, task_id=None) -> Assessment``
    ``judge_figure(indicator, value, as_of, *, unit=None, scale="", task=None, deadline=None, task_id=None)
    -> Assessment``
    ``verify(targets_doc, report_doc, targets_name="") -> (list[Verdict], list[Claim])``
Dates and units
    ``deadline_date(text, year) -> date | None``, ``expected_pct(as_of, deadline=None) -> float``
    ``base_unit(unit, scale="") -> (unit, multiplier)``, ``unit_kind(unit) -> str``
Honours
    ``honour_level(title="", issuer="", honour="") -> str``, ``honour_year(title="", date="", honour="") -> int | None``
    ``honour_rows(tables) -> list[HonourRow]``
Organisations
    ``Registry``, ``Organisation`` (the alias registry)
Exports
    ``safe_cell(value)``: the one rule for a cell written to .xlsx or .csv (no control characters, no formulas)
Errors
    ``EngineError`` ⊃ ``UnreadableInput`` (show ``str(e)`` to the user), ``ParseError`` (a bug: log it)

The dataclasses (``Document``, ``Table``, ``Row``, ``Section``, ``Sentence``,
``Task``, ``Indicator``, ``Milestone``, ``ProgressRow``, ``ProgressFact``,
``Evidence``, ``Assessment``, ``Link``, ``Candidate``, ``Verdict``, ``Claim``,
``HonourRow``) and the label tables (``STATUS_LABELS``, ``BASIS_LABELS``, ``FLAG_LABELS``,
``VERDICT_LABELS``, ``LEVEL_LABELS``) are re-exported.  docs/reference/api.md is generated from
this module (``python -m luoshi.docs``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from os import PathLike

from . import assess as _assess
from . import export as _export
from . import files as _files
from . import honours as _honours
from . import indicators as _indicators
from . import kinds as _kinds
from . import linking as _linking
from . import pipeline as _pipeline
from . import progress as _progress
from . import reader as _reader
from . import tasks as _tasks
from . import text as _text
from . import verify as _verify
from . import vocab as _vocab
from .errors import EngineError, ParseError, UnreadableInput
from .honours import LEVEL_LABELS, LEVELS, HonourRow
from .judgement import (
    BASIS_LABELS,
    COMPARATORS,
    FLAG_LABELS,
    INDICATOR_KINDS,
    STAGES,
    STATUS_LABELS,
    STATUSES,
    VERDICT_LABELS,
    VERDICTS,
    Assessment,
    Candidate,
    Claim,
    Evidence,
    Indicator,
    Link,
    Milestone,
    ProgressFact,
    ProgressRow,
    Task,
    Verdict,
)
from .limits import Limits
from .model import Document, Row, Section, Sentence, Table
from .orgs import Organisation, Registry

__all__ = [
    # reading and extracting
    "read_document", "check_document", "reference_sentences", "progress_table", "extract_tasks", "progress_title",
    "parse_indicators", "parse_progress", "parse_progress_table",
    # comparing texts, judging
    "link_rows", "row_linker", "normalise_text", "text_similarity", "assess_row", "judge_figure", "verify",
    # dates, units, honours
    "deadline_date", "expected_pct", "base_unit", "unit_kind", "honour_level", "honour_year", "honour_rows",
    # types
    "Document", "Table", "Row", "Section", "Sentence", "Task", "Indicator", "Milestone", "ProgressRow",
    "ProgressFact", "Evidence", "Assessment", "Link", "Candidate", "Verdict", "Claim", "HonourRow",
    "Registry", "Organisation", "Limits",
    # exports
    "safe_cell",
    # errors
    "EngineError", "UnreadableInput", "ParseError",
    # labels and enumerations
    "STATUS_LABELS", "BASIS_LABELS", "FLAG_LABELS", "STATUSES", "VERDICT_LABELS", "VERDICTS", "STAGES", "COMPARATORS", "INDICATOR_KINDS",
    "LEVELS", "LEVEL_LABELS",
]


# --- reading -------------------------------------------------------------------------

def read_document(source: bytes | str | PathLike, name: str | None = None, *, registry: Registry | None = None,
                  reference: list[str] | None = None, max_bytes: int | None = None,
                  limits: Limits | None = None) -> Document:
    """Read a document from its bytes (an upload: give ``name``, whose extension tells the format)
    or from a path.  ``reference``: sentences of a related document (the work report a progress
    table quotes, see ``reference_sentences``).  Read in a child process within ``limits`` (default:
    ``Limits.from_env()``; ``max_bytes`` overrides its size limit).  Raises ``UnreadableInput`` with a
    one-line message: unreadable, or over a limit.  ``Document.warnings``: what was read with a caveat."""
    if isinstance(source, bytes | bytearray | memoryview):
        return _reader.read_bytes(bytes(source), name or "", registry=registry, reference=reference,
                                  max_bytes=max_bytes, limits=limits)
    doc = _reader.read(source, registry=registry, reference=reference, max_bytes=max_bytes, limits=limits)
    if name:
        doc.name = name
    return doc


def check_document(data: bytes, name: str, *, max_bytes: int | None = None, limits: Limits | None = None) -> None:
    """The checks a reading starts with, on the raw bytes in this process, without reading: size,
    emptiness and each format's limits (.docx/.xlsx zip directory, sheet extents, spans; PDF pages,
    objects and declared sizes; line length).  Raises ``UnreadableInput`` with the reading's one-line
    message; linear and cheap (an upload can be checked before it is stored for the worker)."""
    _files.check_bytes(bytes(data), name, max_bytes=max_bytes, limits=limits)


def reference_sentences(doc: Document) -> list[str]:
    """The sentences of a read document, to give as ``reference`` when reading a progress table that quotes it."""
    return [s.text for s in doc.sentences]


def progress_table(doc: Document) -> Table:
    """The document's progress table (the largest table with a progress column; a page of numbered rows with no
    header row is read as one by the reader, numbered.py); ``UnreadableInput`` if none."""
    return _pipeline.progress_table(doc)


# --- extracting ---------------------------------------------------------------------

def progress_title(doc: Document) -> str:
    """The document's title when it is a progress bulletin or report on a work report (…政府工作报告…
    完成情况通报), not the work report itself; else ""."""
    return _kinds.progress_title(doc.text)


def extract_tasks(doc: Document, name: str = "", registry: Registry | None = None) -> list[Task]:
    """The tasks a document states: a work report's plan part (expected targets, 民生实事, one task
    per sentence or clause), or one task per row of a decomposition table or of a progress table that
    states its own tasks.  [] when it states none."""
    return _tasks.tasks_from_document(doc, name or doc.name, registry)


def parse_indicators(text: str) -> tuple[list[Indicator], list[Milestone]]:
    """The quantitative targets (增长5.5%以上, 130亿元, 最多90天, 零信访) of a text, and its milestones
    when it has no number (年底竣工).  Spans are offsets into ``text``."""
    return _indicators.parse(text)


def parse_progress(text: str, task: str = "", row: int = 0) -> ProgressRow:
    """The figures, stated completion rate, stage and neutrality of one progress text; ``task`` (the
    task's text) tells whether what was finished is the task's own object."""
    return _progress.parse_row(text, task=task, row=row)


def parse_progress_table(table: Table) -> list[ProgressRow]:
    """Every row of a progress table, parsed (row numbers 1-based)."""
    return _progress.parse_table(table)


# --- comparing texts --------------------------------------------------------------------

def link_rows(rows: Sequence[str], tasks: Sequence[Task]) -> list[Link]:
    """One ``Link`` per progress row's task text: the task it reports on (or none), a confidence
    (sure / check / none) and the next candidates.  docs/linking.md says how."""
    return _linking.link(rows, tasks)


def row_linker(tasks: Sequence[Task]):
    """The tasks indexed once; ``.link(rows)`` is ``link_rows(rows, tasks)`` for each chunk of a
    long table without indexing the tasks again per chunk."""
    return _linking.Linker(tasks)


def normalise_text(text: str) -> str:
    """A text as compared: letters and digits only, half-width (two texts are the same task text
    when their normalised forms are equal)."""
    return _text.normalise(text)


def text_similarity(a: str, b: str) -> float:
    """How alike two task texts are, 0–1 (1.0 when one contains the other)."""
    return _linking.score(a, b)


# --- judging --------------------------------------------------------------------------------

def assess_row(row: ProgressRow, task: Task | None, as_of: date, targets: list[Indicator] | None = None,
               task_id: str | None = None) -> Assessment:
    """The status of one progress row against its task's targets as of ``as_of`` (docs/status-rules.md):
    completion, 序时进度, evidence and a one-line reason.  ``unclear`` where the text does not say."""
    return _assess.assess_row(row, task, as_of, targets=targets, task_id=task_id)


def judge_figure(indicator: Indicator, value: float, as_of: date, *, unit: str | None = None, scale: str = "",
                 task: Task | None = None, deadline: date | None = None, task_id: str | None = None) -> Assessment:
    """A number (a statistics figure: 6.1 with unit % for 地区生产总值增长6.1%) against one target,
    as ``assess_row`` would judge a reported figure of the same metric.  Figures reach the engine as
    numbers: never build Chinese text for the engine to parse again."""
    return _assess.judge_figure(indicator, value, as_of, unit=unit, scale=scale, task=task, deadline=deadline,
                                task_id=task_id)


def verify(targets_doc: Document, report_doc: Document, targets_name: str = "",
           found: list[Task] | None = None) -> tuple[list[Verdict], list[Claim]]:
    """Year-N targets (a decomposition table or a work report) against the figures the year-N+1
    report's review gives: a ``Verdict`` per quantitative target, and the review's claims no target
    used.  ``UnreadableInput`` when the first has no targets or the second no review part.
    ``found``: the first document's tasks (``tasks_from_document``), if already extracted."""
    return _verify.verify_documents(targets_doc, report_doc, targets_name, found)


# --- dates and units ------------------------------------------------------------------------

def deadline_date(text: str, year: int) -> date | None:
    """The date a deadline as written means in ``year``: 年底/年内 → 31 December, 6月底/六月份 →
    the month's last day; None when it names no date."""
    return _assess.deadline_date(text, year)


def expected_pct(as_of: date, deadline: date | None = None) -> float:
    """序时进度: the share (%) of the way from 1 January to the deadline (default 31 December)."""
    return _assess.expected_pct(as_of, deadline)


def base_unit(unit: str, scale: str = "") -> tuple[str, float]:
    """(unit without its scale, multiplier): 万平方米 → (平方米, 1e4), (亿元, 亿) → (元, 1e8).
    Two figures are comparable when their base units are equal."""
    return _vocab.base_unit(unit, scale)


def unit_kind(unit: str) -> str:
    """count, money, mass, area, length, volume, energy, duration or percent; "" for an unknown unit."""
    return _vocab.unit_kind(unit)


# --- honours --------------------------------------------------------------------------------

def honour_level(title: str = "", issuer: str = "", honour: str = "") -> str:
    """national / provincial / city / district, or "": from the table title, else the issuer, else
    the honour's name, else a title naming the district (luoshi/engine/honours.py)."""
    return _honours.honour_level(title, issuer, honour)


def honour_year(title: str = "", date: str = "", honour: str = "") -> int | None:
    """The year an honour counts for: the last year of a range in the title (2015—2017年度 → 2017),
    else the title's year, else the award date's, else the honour name's."""
    return _honours.honour_year(title, date, honour)


def honour_rows(tables: Sequence[Table] | Sequence[dict]) -> list[HonourRow]:
    """The rows of award tables that name a unit, with level and year (tables as read, or their JSON)."""
    return _honours.honour_rows(tables)


# --- exports ----------------------------------------------------------------------------------------

def safe_cell(value):
    """A value as written to a spreadsheet cell (.xlsx or .csv): numbers and None as they are, text
    without control characters and with a leading apostrophe when it would start a formula."""
    return _export.safe_cell(value)
