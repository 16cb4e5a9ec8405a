"""Reading (读取): a file or bytes → a Document with tables, structure and kind.

``read`` and ``read_bytes`` read in a bounded child process (luoshi/engine/limits.py): the
file's format limits are checked before loading, and memory, CPU and wall-clock time are
capped, so a hostile file costs the caller one ``UnreadableInput`` line, never its memory.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from pathlib import Path

from . import files, kinds, limits, numbered, parts, structure
from .collector import paused
from .limits import Limits
from .model import Document, SourceText
from .orgs import Registry
from .tables import recover_tables
from .tables.tabbed import spaced_as_tabbed


def read(path: str | Path, registry: Registry | None = None, reference: list[str] | None = None,
         max_bytes: int | None = None, limits: Limits | None = None) -> Document:
    """Read one file.  Raises files.UnreadableInput with a one-line message."""
    bounds = _limits_of(limits, max_bytes)
    _precheck_path(Path(path), bounds)
    return _bounded(_read_path, (str(path), registry, reference, bounds), bounds, Path(path).name)


def _precheck_path(path: Path, bounds: Limits) -> None:
    """The raw-byte checks of a file that fits the size limit, before a child starts (the child
    says what is wrong with a file it cannot open or that is too large)."""
    try:
        if path.stat().st_size > bounds.max_bytes:
            return
        data = path.read_bytes()
    except OSError:
        return
    files.check_bytes(data, path.name, limits=bounds)


def read_bytes(data: bytes, name: str, registry: Registry | None = None,
               reference: list[str] | None = None, max_bytes: int | None = None,
               limits: Limits | None = None) -> Document:
    bounds = _limits_of(limits, max_bytes)
    # The raw-byte checks here, before a child starts: a hostile file costs no process start-up.
    files.check_bytes(data, name, limits=bounds)
    return _bounded(_read_data, (data, name, registry, reference, bounds), bounds, Path(name or "").name)


def _limits_of(given: Limits | None, max_bytes: int | None) -> Limits:
    return limits.resolve(given, max_bytes)


def _bounded(fn, args: tuple, bounds: Limits, name: str) -> Document:
    return limits.run(fn, args, {}, bounds, name or "(unnamed)")


def _read_path(path: str, registry, reference, bounds: Limits) -> Document:
    """In the child: the file, read and checked, then its tables and structure."""
    return _checked(files.read_source(path, limits=bounds), Path(path).name, registry, reference, bounds)


def _read_data(data: bytes, name: str, registry, reference, bounds: Limits) -> Document:
    return _checked(files.read_bytes(data, name, limits=bounds), name, registry, reference, bounds)


def _checked(source: SourceText, name: str, registry, reference, bounds: Limits) -> Document:
    shown = Path(name or "").name or "(unnamed)"
    limits.check_text(source.text, bounds, shown)
    limits.check_cells(source.grids, bounds, shown)
    return read_text(source, name, registry, reference)


def read_text(source: SourceText, name: str = "", registry: Registry | None = None,
              reference: list[str] | None = None) -> Document:
    """A decoded source → Document, in this process (no limits: ``read``/``read_bytes`` check first)."""
    with paused():      # the cyclic garbage collector off while reading (``collector.paused``)
        return _read_text(source, name, registry, reference)


def _read_text(source: SourceText, name: str, registry: Registry | None, reference: list[str] | None) -> Document:
    registry = registry or Registry.default()
    spaced = spaced_as_tabbed(source.text)
    if spaced is not source.text:
        # a table pasted with its cells set apart by runs of spaces: read as the tab-separated table it is
        source = replace(source, text=spaced)
    tables = recover_tables(source, registry, reference)
    sections, paragraphs, sentences = _outside(source.text, tables)
    kind = kinds.detect(source.text, tables, sections)
    page = numbered.page_table(source.text, tables, kind)
    if page is not None:
        # A page of numbered progress rows with no header row: its rows are a progress table wherever the
        # reading goes (a web upload keeps the reading, not the text), so the document is one.
        tables = [*tables, page]
        kind = "progress_table"
        sections, paragraphs, sentences = _outside(source.text, tables)
    if kind == "work_report" and any(t.layout == "tabbed" for t in tables):
        # A tab-separated table inside a work report (the year's figures beside their targets, lines pasted
        # from Word): still a table, and its lines still the text of the part they sit in, as the same
        # table written with pipes is; the report's parts and verification read them there.
        sections, paragraphs, sentences = _outside(source.text, [t for t in tables if t.layout != "tabbed"])
    doc = Document(name=name, text=source.text, format=source.format, encoding=source.encoding,
                   tables=tables, sections=sections, paragraphs=paragraphs, sentences=sentences,
                   warnings=list(source.warnings))
    doc.kind = kind
    if doc.kind == "work_report":
        labels = {"review": "工作回顾 (review)部分", "plan": "今年工作 (plan)部分",
                  "targets": "主要预期目标 (expected targets)段落"}
        doc.warnings += [f"未找到报告的{labels[r]}" for r in parts.missing_roles(sections, sentences)]
    return doc


def _outside(text: str, tables: list) -> tuple[list, list, list]:
    """Sections, paragraphs and sentences of ``text``; headings and sentences inside one of ``tables`` are
    cells, not prose, and are left out."""
    sections, paragraphs, sentences = structure.parse_structure(text)
    spans = [(t.start, t.end) for t in tables if t.start is not None and t.end is not None]
    if spans:
        inside = _Spans(spans).covers
        sentences = [s for s in sentences if not inside(s.start)]
        kept = [i for i, s in enumerate(sections) if not inside(s.start)]
        sections = _renumber(sections, kept)
        # One old → new map for all the sentences (built per sentence it made reading quadratic).
        new_index = {old: new for new, old in enumerate(kept)}
        for s in sentences:
            if s.section is not None:
                s.section = new_index.get(s.section)
    return sections, paragraphs, sentences


def reference_sentences(path: str | Path) -> list[str]:
    """Sentences of a document given as reference (the work report a progress table quotes)."""
    doc = read(path)
    return [s.text for s in doc.sentences]


class _Spans:
    """Whether an offset lies in one of some (start, end) spans, which may overlap or nest: a
    bisection on the sorted starts and the largest end among the spans opening at or before it
    (a scan of every table per sentence and section cost a document with many tables dearly)."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach, furthest = [], None
        for _, b in ordered:
            furthest = b if furthest is None or b > furthest else furthest
            self.reach.append(furthest)

    def covers(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset)
        return i > 0 and offset < self.reach[i - 1]


def _renumber(sections, kept: list[int]):
    """Keep only ``kept`` sections, with parent indexes pointing into the new list."""
    new_index = {old: new for new, old in enumerate(kept)}
    out = []
    for old in kept:
        s = sections[old]
        parent = s.parent
        while parent is not None and parent not in new_index:
            parent = sections[parent].parent
        s.parent = new_index.get(parent) if parent is not None else None
        out.append(s)
    return out
