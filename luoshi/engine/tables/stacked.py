"""Layout: stacked — a grid flattened one cell per line, header included, empty cells kept.

Copying a web or Word table cell by cell leaves one cell per line: first the header cells, then
each row's cells in order.  Two shapes recur in assessment and 民生工程 documents:

* a plain grid whose header names every column (项目 / 分值 / 目标任务 / 监考单位); merged cells
  (the 项目 of several rows) and blank cells survive as empty lines, so a row is exactly as many
  lines as the header has cells, blank ones included;
* a grid with a column group per sub-indicator: the header gives the row key (县区, 单位) and then,
  for each sub-indicator, its name followed by the same sub-columns (目标任务 / 进度 / 完成比例),
  or all the names first and then the sub-columns once per name; one row per area follows.

The header is a run of lines that are header names (data/headers.toml), with group names (short
lines that are no header name) between them.  The body is cut into rows of the header's width and
ends at the first row whose cells do not fit their columns (a figure where a figure belongs, an
organisation or name where one belongs) or at a blank run wider than the table's own.

Output: a plain grid gives one row per grid row, an empty 项目 cell carrying down the one above;
a grouped grid gives one row per area and sub-indicator (task = the sub-indicator, units = the
area, indicator / progress / rate = its sub-columns), so a 民生工程 completion table reads as a
progress table whose rows state their own tasks.
"""

from __future__ import annotations

import re

from .. import vocab
from ..model import Row, Table
from ..text import compact, line_spans
from .columns import column_for

MIN_HEADER = 3           # header cells of a plain grid
MIN_ROWS = 2
# A progress page of one row copied cell by cell (序号 / 工作任务 / 进展情况 / 1 / task / progress, and nothing after):
# the header names the row number, the task and its progress, so one row under it is a table, not prose.
_ONE_ROW_COLUMNS = ("seq", "task", "progress")
MAX_HEADER_CELL = 12     # characters of a header cell
# A figure cell: a number with a unit or a scale and a unit of units.toml (12户, 3.5万元, 98%, 2公里) or a score's 分 —
# a superset of the inline class of ten units it replaces (元人户个项座条家所台套 after 万 or 亿), checked to change no
# reading (hygienex, stop 63).
_NUMBER = re.compile(rf"^[-+]?\d+(?:\.\d+)?\s*(?:(?:{vocab.scale_alternation()})?(?:{vocab.unit_group()})|分)?$")
_GROUP_NAME = re.compile(r"^[^\d,.;:。，；：]{2,24}$")
# Columns whose cells are figures (or empty).
_FIGURES = ("seq", "score", "rate")


def _lines(text: str) -> list[tuple[str, int, int, int]]:
    """(cell text, start, end, line number) of every line, blank ones included (empty cells)."""
    out = []
    for n, (s, e) in enumerate(line_spans(text), 1):
        raw = text[s:e]
        lead = len(raw) - len(raw.lstrip())
        out.append((raw.strip(), s + lead, s + len(raw.rstrip()), n))
    return out


def _header_name(cell: str) -> str | None:
    """The column a header cell names: a short cell only (a prose line mentioning 任务 is none)."""
    # len(compact(cell)) without normalising every prose line: compact drops exactly the spaces.
    return column_for(cell) if cell and len("".join(cell.split())) <= MAX_HEADER_CELL else None


def _header_at(lines, i: int) -> tuple[int, list[tuple[str, str]]] | None:
    """A header block starting at line ``i``: (end line, [(cell, column or "" for a group name)])."""
    cells: list[tuple[str, str]] = []
    j = i
    while j < len(lines):
        cell = lines[j][0]
        if not cell:
            break
        col = _header_name(cell)
        if col is None:
            # A group name: a short line followed by a header name.
            ahead = [x[0] for x in lines[j + 1:j + 9]]
            ahead = ahead[:ahead.index("")] if "" in ahead else ahead
            if cells and _GROUP_NAME.match(cell) and any(_header_name(x) for x in ahead):
                cells.append((cell, ""))
                j += 1
                continue
            break
        cells.append((cell, col))
        j += 1
    known = [c for c in cells if c[1]]
    if len(known) < MIN_HEADER:
        return None
    return j, cells


def _leaf_columns(cells: list[tuple[str, str]]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Leading columns and column groups [(group name, sub-columns)] of a header block."""
    names = [k for k, (_, col) in enumerate(cells) if not col]
    if not names:
        return [col for _, col in cells], []
    lead = [col for _, col in cells[:names[0]]]
    rest = cells[names[0]:]
    groups: list[tuple[str, list[str]]] = []
    group_names = [c for c, col in rest if not col]
    subs = [col for _, col in rest if col]
    interleaved = any(not col for _, col in rest[1:]) and not all(not col for _, col in rest[:len(group_names)])
    if interleaved:
        for cell, col in rest:
            if not col:
                groups.append((cell, []))
            else:
                groups[-1][1].append(col)
    elif subs and len(subs) % len(group_names) == 0:
        # All names first, then the sub-columns once per name (or once for all).
        width = len(subs) // len(group_names)
        for k, name in enumerate(group_names):
            groups.append((name, subs[k * width:(k + 1) * width]))
    elif subs:
        for name in group_names:
            groups.append((name, list(subs)))
    return lead, groups


def _fits(column: str, cell: str) -> bool:
    if not cell:
        return True
    if column in _FIGURES:
        return bool(_NUMBER.match(cell.replace(",", "")))
    return True


def _row_fits(columns: list[str], cells: list[str]) -> bool:
    if not any(cells):
        return False
    return all(_fits(c, v) for c, v in zip(columns, cells, strict=True))


def _body(lines, start: int, columns: list[str]) -> tuple[list[list[tuple[str, int, int, int]]], int]:
    """Rows of ``len(columns)`` lines from ``start`` while they fit; the line after the last row."""
    width = len(columns)
    rows, i = [], start
    while i < len(lines) and not lines[i][0]:
        i += 1      # blank lines between header and body
    while i + width <= len(lines):
        chunk = lines[i:i + width]
        if not _row_fits(columns, [c[0] for c in chunk]):
            break
        rows.append(chunk)
        i += width
    return rows, i


def _one_row_page(lines, columns: list[str], body, after: int) -> bool:
    """A lone row under a progress header closing the text: the header names the row number, the task and the
    progress (_ONE_ROW_COLUMNS), the row's number is a figure, its task and progress cells are filled, and only
    blank lines follow it (a page of one task's progress; a one-row grid inside prose stays prose)."""
    if len(body) != 1 or any(c not in columns for c in _ONE_ROW_COLUMNS):
        return False
    cells = dict(zip(columns, (c[0] for c in body[0]), strict=True))
    if not (cells["seq"].isdigit() and cells["task"] and cells["progress"]):
        return False
    return all(not line[0] for line in lines[after:])


def _title(lines, i: int) -> str:
    for k in range(i - 1, max(-1, i - 4), -1):
        if lines[k][0]:
            return lines[k][0] if len(lines[k][0]) <= 60 else ""
    return ""


def find(text: str, registry=None, reference: list[str] | None = None) -> list[Table]:
    lines = _lines(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        if not lines[i][0] or (i > 0 and lines[i - 1][0] and _header_name(lines[i - 1][0])):
            i += 1
            continue
        head = _header_at(lines, i)
        if head is None:
            i += 1
            continue
        end, cells = head
        lead, groups = _leaf_columns(cells)
        columns = lead + [c for _, subs in groups for c in subs]
        if groups and not any(c in ("progress", "rate", "indicator") for _, subs in groups for c in subs):
            i += 1
            continue
        if not groups and "task" not in columns:
            i += 1
            continue
        body, after = _body(lines, end, columns)
        if len(body) < MIN_ROWS and not _one_row_page(lines, columns, body, after):
            i += 1
            continue
        table = _grouped(lines, i, cells, lead, groups, body) if groups else _plain(lines, i, cells, columns, body)
        table.start = lines[i][1]
        table.end = body[-1][-1][2] if body[-1][-1][0] else max(c[2] for c in body[-1] if c[0])
        tables.append(table)
        i = after
    return tables


def _plain(lines, i, cells, columns, body) -> Table:
    rows = []
    carried: dict[str, str] = {}
    for chunk in body:
        values = {}
        for col, cell in zip(columns, chunk, strict=True):
            value = cell[0]
            if col == "section":
                # A merged 项目 cell: blank below its first row.
                value = value or carried.get(col, "")
                carried[col] = value
            values[col] = value
        filled = [c for c in chunk if c[0]]
        rows.append(Row(values=values, start=filled[0][1], end=filled[-1][2], line=filled[0][3]))
    return Table(title=_title(lines, i), columns=list(columns), rows=rows, layout="stacked",
                 header=[c for c, _ in cells])


def _grouped(lines, i, cells, lead, groups, body) -> Table:
    rows = []
    key_col = next((c for c in lead if c in ("area", "units", "unit_name", "lead")), None)
    for chunk in body:
        values = [c[0] for c in chunk]
        base = dict(zip(lead, values[:len(lead)], strict=True))
        area = base.get(key_col, "") if key_col else ""
        k = len(lead)
        for name, subs in groups:
            group = dict(zip(subs, values[k:k + len(subs)], strict=True))
            k += len(subs)
            if not any(group.values()):
                continue
            row = {"seq": base.get("seq", ""), "task": name, "units": area,
                   "indicator": group.get("indicator", "") or group.get("task", ""),
                   "progress": group.get("progress", ""), "rate": group.get("rate", "")}
            filled = [c for c in chunk if c[0]]
            rows.append(Row(values=row, start=filled[0][1], end=filled[-1][2], line=filled[0][3]))
    columns = ["seq", "task", "units", "indicator", "progress", "rate"]
    return Table(title=_title(lines, i), columns=columns, rows=rows, layout="stacked",
                 header=[compact(c) for c, _ in cells])
