"""Numbered progress pages (编号进展): a progress page with no header row, read as a progress table.

Real 督查通报 and half-year bulletins often list their rows as numbered paragraphs, not as a table:

* ``1、task：progress`` — the task and its progress on one line, apart by the first full-width colon;
* ``1、task，牵头部门：unit。progress`` — the unit named after the task, the progress after it;
* ``1、task`` then the progress on the next line(s), up to the next numbered row or heading (一、 / （一）);
* ``1、task`` then ``进展情况：progress`` (and ``责任单位：unit``) on lines of their own: a line opening with
  a header word of headers.toml and a colon puts its text in that column (progress, units, lead, deadline …);
* a header line and rows whose cells stand apart by two or more spaces or a tab (a table pasted as text):
  the header's cells named by headers.toml, a row taken when it has as many cells as the header.

``numbered_table(text)`` → a ``model.Table`` (layout ``numbered``) with task and progress columns, or None.
``page_table(text, tables, kind)`` decides whether a read document is such a page: the reader calls it, so the
table is among the document's tables and its kind is progress_table wherever the reading goes (the CLI's
pipeline.progress_table, the web upload's stored reading and its progress import).
Guards (page_table reads only a document with no table of a progress column, not found to be a work report
unless titled as a progress bulletin on one):
numbers run 1, 2, 3 … (a run may start again at 1 under a new heading); at least half the rows' progress
texts state progress: a stage, a figure, a completion rate or a neutral formula (progress.py), or work done or
its pace in a word (已生产, 均未达序时: words.toml [table.numbered_progress]) — a plan's numbered measures
(1.加快… 2.推进…) state intentions and are no progress (a glossary's numbered terms may hold figures: the
work-report guard keeps a report's glossary out); a row's task is at most ``MAX_TASK`` long.
"""

from __future__ import annotations

import re

from . import kinds, vocab
from .model import Row, Table
from .progress import parse_row
from .tables.columns import column_for, columns_for

MAX_TASK = 400
_ITEM = re.compile(r"^[ \t\u3000]*(\d{1,3})(?:、|[.．](?![\d.．]))[ \t\u3000]*(\S.*?)\s*$")
_SPACED_ROW = re.compile(r"^[ \t\u3000]*(\d{1,3})[、.．]?(?:[ \t\u3000]{2,}|\t)(\S.*?)\s*$")
_CELL_GAP = re.compile(r"(?:[ \t\u3000]{2,}|\t)")
_LABEL = re.compile(r"^[ \t\u3000]*([^：:，。；\s]{2,8})[：:][ \t\u3000]*(.*?)\s*$")
_COLON = re.compile(r"[：:]")
# 一、城市建设 / （二）社会事业: a heading between runs of rows closes the row before it (not its progress text); a
# short title with no clause mark or figure — (一)开展培训1.05万人次；(二)… is a progress text listing its parts
_HEADING = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]{1,3}[）)])"
                      r"[^，。；;,:：\d]{1,24}$")
# 1、task，牵头部门：unit。progress — the unit named inline after the task, the progress after it.
_INLINE = re.compile(r"^(?P<task>[^：:，,]+)[，,][ \t\u3000]*(?P<label>[^，,：:。；\s]{2,6})[：:][ \t\u3000]*"
                     r"(?P<value>[^。；;]+)[。；;][ \t\u3000]*(?P<rest>.*)$")
_PROGRESS_WORD = vocab.pattern("table.numbered_progress")
_DONE_OPENING = re.compile(r"^[^，。；,;\s]{0,4}已")     # 已…, 均已…, 目前已…: work done, its first clause


def numbered_table(text: str) -> Table | None:
    """The page's numbered rows as a progress table, or None when it holds none (see the module's doc)."""
    rows = _spaced(text) or _numbered(text)
    if not rows or not _in_sequence([n for n, _ in rows]):
        return None
    table_rows = [Row(values=v, start=start, end=end, line=line) for _, (v, start, end, line) in rows]
    if not _reports_progress(table_rows):
        return None
    columns = ["seq", "task", "progress"] + sorted({c for r in table_rows for c in r.values} - {"seq", "task", "progress"})
    return Table(title="", columns=columns, rows=table_rows, layout="numbered",
                 start=table_rows[0].start, end=table_rows[-1].end)


def page_table(text: str, tables: list[Table], kind: str) -> Table | None:
    """The numbered progress table of a document read with ``tables`` as ``kind``: None when a table already has
    a progress column (that table is the page's) or the document is a work report (its numbered measures and
    glossary are no progress rows, however many figures they hold).  A page titled after the work report and its
    progress (…政府工作报告重点工作推进情况, kinds.progress_title) is read for its words as a report, but is a
    bulletin on one: its numbered rows are read as any other page's (a report's own title names no progress)."""
    if any("progress" in t.columns for t in tables) or (kind == "work_report" and not kinds.progress_title(text)):
        return None
    return numbered_table(text)


def _lines(text: str):
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        yield number, offset, line.rstrip("\r\n")
        offset += len(line)


def _spaced(text: str) -> list | None:
    header: list[str] | None = None
    rows: list = []
    for number, offset, line in _lines(text):
        cells = [c for c in _CELL_GAP.split(line.strip()) if c]
        if header is None:
            if len(cells) >= 2:
                named = columns_for(cells)
                if named and "progress" in named and "task" in named:
                    header = named
            continue
        m = _SPACED_ROW.match(line)
        if m and len(cells) == len(header):
            values = {c: v for c, v in zip(header, cells, strict=True) if c != "seq"}
            rows.append((int(m.group(1)), ({"seq": m.group(1), **values}, offset, offset + len(line), number)))
    return rows or None


def _numbered(text: str) -> list | None:
    lines = list(_lines(text))
    numbers = [int(m.group(1)) if (m := _ITEM.match(line)) else None for _, _, line in lines]
    rows: list = []
    current = None
    last = 0
    headed = False      # the last line with text was a heading: a 1 under it opens a new run
    for k, (number, offset, line) in enumerate(lines):
        if _opens_row(numbers, k, last) or (headed and numbers[k] == 1):
            headed = False
            m = _ITEM.match(line)
            last = int(m.group(1))
            body = m.group(2)
            values = {"seq": m.group(1), "task": body, "progress": ""}
            parts = _COLON.split(body, maxsplit=1)
            inline = _INLINE.match(body)
            named = column_for(inline.group("label")) if inline else None
            if named is not None and named not in ("seq", "task", "progress"):
                values.update(task=inline.group("task").strip(), progress=inline.group("rest").strip())
                values[named] = inline.group("value").strip()
            elif len(parts) == 2 and parts[1].strip() and column_for(parts[0]) is None:
                values["task"], values["progress"] = parts[0].strip(), parts[1].strip()
            current = [last, [values, offset, offset + len(line), number]]
            rows.append(current)
            continue
        if not line.strip():
            continue
        if _HEADING.match(line):
            current, headed = None, True
            continue
        headed = False
        if current is None:
            continue
        values = current[1][0]
        labelled = _LABEL.match(line)
        column = column_for(labelled.group(1)) if labelled else None
        if column is not None and column != "seq":
            values[column] = f"{values.get(column, '')}{labelled.group(2)}" if column == "progress" else labelled.group(2)
        else:
            values["progress"] = f"{values['progress']}{line.strip()}"
        current[1][2] = offset + len(line)
    out = [(n, tuple(v)) for n, v in rows]
    return out or None


def _opens_row(numbers: list[int | None], k: int, last: int) -> bool:
    """A numbered line opens the next row when its number follows the last row's; a 1 after rows starts a new
    run (under a new heading) only when a 2 is the next numbered line — else it opens a list inside a row's
    progress text (1.… 2.… go on as that text when they do not follow the row's own number).  (A 1 right under a
    heading 一、 / （一） opens a run of its own, one row or more: the caller's ``headed``.)"""
    n = numbers[k]
    if n is None:
        return False
    if n == last + 1:
        return True
    if n == 1:
        following = next((m for m in numbers[k + 1:] if m is not None), None)
        return following == 2
    return False


def _in_sequence(numbers: list[int]) -> bool:
    return bool(numbers) and numbers[0] == 1 and all(b == a + 1 or b == 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _reports_progress(rows: list[Row]) -> bool:
    if any(len(r.get("task")) > MAX_TASK or not r.get("task").strip() for r in rows):
        return False
    found = 0
    for r in rows:
        progress = r.get("progress").strip()
        if not progress:
            continue
        p = parse_row(progress, r.get("task"), r.get("units") or r.get("lead"), 0)
        if (p.stage or p.facts or p.neutral or p.stated_pct is not None or _DONE_OPENING.match(progress)
                or _PROGRESS_WORD.search(progress)):
            found += 1
    return 2 * found >= len(rows)
