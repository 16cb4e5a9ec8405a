"""Tables that arrive as real grids (.docx, .xlsx, .html, .csv).

The file readers have already expanded merged cells (the merged value is
repeated into every cell it covers), so the shapes here are:

- title rows above the header: one value across the width (表名) → the title;
- the header, found by its vocabulary (``columns.columns_for``) in the first
  rows, possibly two rows deep: a top header merged over sub-headers
  (责任单位 over 牵头 | 配合) repeats across those columns, while the other
  top cells are merged down and repeat in the second row (or are empty there);
- section rows: one value alone in the row (merged across the width, or one
  cell with the rest empty) → ``section``/``section_title`` of the rows below;
- the header repeated where the table continued onto a new page → dropped.

A grid with no header of its own but the width of the previous table is that
table continued (a table split over pages into two Word tables).
"""

from __future__ import annotations

import re

from .. import vocab
from ..model import Grid, Row, Table
from ..text import compact
from .columns import column_for, columns_for

HEADER_SEARCH_ROWS = 8   # titles and notes above the header rarely take more
_SECTION_NUMBER = re.compile(
    r"^\s*(第[一二三四五六七八九十百零〇]+部分|[一二三四五六七八九十百]+[、.．]"
    r"|[(（][一二三四五六七八九十百\d]+[)）]|\d+[、.．](?!\d))\s*"
)
_NOTE = re.compile(rf"^\s*({vocab.alternation('table.note_mark')})\s*[:：\d]")
# Who filled, checked or sent the table (填报人：陈某某, 联系电话：…, 填报单位（盖章）：…, （单位盖章）): a signature cell.
_SIGNATURE = re.compile(rf"^\s*(?:[(（]\s*)?(?:{vocab.alternation('table.signature_mark')})\s*"
                        r"(?:[(（][^()（）]{0,8}[)）]\s*)?(?:[:：]|[)）]\s*$|$)")
_TOTAL = re.compile(rf"^\s*(?:{vocab.alternation('table.total_mark')})\s*[:：]?\s*$")
# A row numbered as a group of the rows after it (1 over 1.1, 1.2; 2 over 2-1): its own sub-numbers follow it.
_SUB_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.．\-—]\s*\d{1,3}\s*$")
_SAME_AS_ABOVE = re.compile(rf"^\s*(?:{vocab.alternation('table.same_as_above')})\s*$")
# The unit columns a blank cell (or 同上) of a row of its own takes from the row above: a unit merged down over
# several rows comes out of a spreadsheet's CSV export in its first row only.
_CARRIED = ("lead", "units")


def tables_from_grids(grids: list[Grid], titles: list[str], registry=None) -> list[Table]:
    """One table per grid that has a header; ``registry`` is unused (cells stay as written)."""
    tables: list[Table] = []
    current: _Reading | None = None  # the last table, for a headerless continuation
    for i, raw in enumerate(grids):
        rows, keep = _clean(raw)
        if not keep:
            continue
        grid = [[r[j] for j in keep] for r in rows]
        title = titles[i] if i < len(titles) else ""
        found = _find_header(grid)
        if found is not None:
            start, depth, columns, header = found
            current = _Reading(grid[:start], title, columns, header, grid[start:start + depth])
            current.width, current.keep = len(rows[0]), keep
            current.add(grid[start + depth:])
            tables.append(current.table)
        elif current is not None and current.width == len(rows[0]):
            # Same raw width: the same table split in two; map through its columns.
            current.add([[r[j] for j in current.keep] for r in rows])
    for t in tables:
        fold_group_rows(t)
    return tables


def _clean(raw: Grid) -> tuple[Grid, list[int]]:
    """Strip cells and drop fully empty rows; also the indexes of non-empty columns."""
    width = max((len(r) for r in raw), default=0)
    rows = [[(c or "").strip() for c in r] + [""] * (width - len(r)) for r in raw]
    rows = [r for r in rows if any(r)]
    return rows, [j for j in range(width) if any(r[j] for r in rows)]


_DIGITS_AND_POINTS = re.compile(r"[\d.]+")


class _Reading:
    """A table being filled: kept across grids so a continuation can join it."""

    def __init__(self, above: Grid, title: str, columns: list[str], header: list[str], header_rows: Grid):
        title_rows = [_lone_value(r) or " ".join(dict.fromkeys(c for c in r if c)) for r in above]
        notes = [t for t in title_rows if _NOTE.match(t)]
        title = " ".join(t for t in title_rows if t not in notes) or title.strip()
        self.table = Table(title=title, columns=list(columns), rows=[], layout="grid",
                           header=header, notes=notes)
        self.positions = columns          # column name of each grid position
        self.header_keys = {compact("".join(r)) for r in header_rows}
        self.section: dict[str, str] = {}
        self.above: dict[str, str] = {}   # the unit cells of the row above in this section (``_CARRIED``)
        self.width, self.keep = 0, []   # raw grid width and the columns kept from it

    def add(self, grid: Grid) -> None:
        table = self.table
        for cells in grid:
            if compact("".join(cells)) in self.header_keys:
                continue  # the header repeated where the table continues on a new page
            if _signature(cells) or _total(cells):
                table.notes.append(" ".join(dict.fromkeys(c for c in cells if c)))
                continue
            lone = _lone_value(cells)
            if lone and not _DIGITS_AND_POINTS.fullmatch(lone):
                if _NOTE.match(lone):
                    table.notes.append(lone)
                    continue
                m = _SECTION_NUMBER.match(lone)
                self.section = {"section": m.group(1).strip() if m else "",
                                "section_title": lone[m.end():] if m else lone}
                missing = [k for k in ("section", "section_title") if k not in table.columns]
                table.columns[:0] = missing
                self.above = {}
                continue
            values = dict(zip(self.positions, cells, strict=True))
            self._carry(values)
            for key, value in self.section.items():
                if not values.get(key):   # a section column of the table's own wins
                    values[key] = value
            table.rows.append(Row(values))


    def _carry(self, values: dict[str, str]) -> None:
        """A row of its own (a task or progress cell) with its unit cell blank or 同上 takes the unit of the row
        above in its section; the row's units are then the row below's ``above``."""
        own = any(values.get(k) for k in ("task", "progress"))
        for column in _CARRIED:
            if column not in values:
                continue
            value = values[column]
            if own and (not value or _SAME_AS_ABOVE.match(value)) and self.above.get(column):
                values[column] = self.above[column]
            if values[column]:
                self.above[column] = values[column]


def _total(cells: list[str]) -> bool:
    """The row opens on a total word (合计, 小计): the sums of the rows above."""
    first = next((c for c in cells if c), "")
    return bool(_TOTAL.match(compact(first)))


def fold_group_rows(table: Table) -> None:
    """A row numbered N with nothing reported (no progress, no unit) followed by rows numbered N.1, N.2 … heads
    them: it is no row, and its task is their group (``section_title`` where they have none), in place."""
    rows = table.rows
    keep: list[Row] = []
    for k, row in enumerate(rows):
        seq = row.get("seq").strip()
        nxt = rows[k + 1].get("seq") if k + 1 < len(rows) else ""
        m = _SUB_NUMBER.match(nxt)
        if seq.isdigit() and m and m.group(1) == seq and not any(
                row.get(c).strip() for c in ("progress", "units", "lead", "state", "rate")):
            title = row.get("task").strip()
            for child in rows[k + 1:]:
                cm = _SUB_NUMBER.match(child.get("seq"))
                if not cm or cm.group(1) != seq:
                    break
                if title and not child.get("section_title"):
                    child.values["section_title"] = title
            if title and "section_title" not in table.columns:
                table.columns.insert(0, "section_title")
            continue
        keep.append(row)
    table.rows = keep


def _signature(cells: list[str]) -> bool:
    """Every filled cell of the row names who filled, checked or sent the table."""
    filled = [c for c in cells if c]
    return bool(filled) and all(_SIGNATURE.match(c) for c in filled)


def _find_header(grid: Grid) -> tuple[int, int, list[str], list[str]] | None:
    """(row index, 1 or 2 rows deep, columns, header cells as written) of the header."""
    for i in range(min(HEADER_SEARCH_ROWS, len(grid))):
        top = grid[i]
        if _lone_value(top):
            continue  # a title row, even if its words look like headers
        if i + 1 < len(grid) and _is_subheader(_widen(top, grid[i + 1]), grid[i + 1]):
            top, sub = _widen(top, grid[i + 1]), grid[i + 1]
            header = [t if not s or s == t else f"{t}/{s}" for t, s in zip(top, sub, strict=True)]
            # Name each column by its sub-header when that is known vocabulary
            # (牵头 under 责任单位), else by the top header (完成情况 over 1-3月).
            best = [s if s and column_for(s) else t if column_for(t) else (s or t) for t, s in zip(top, sub, strict=True)]
            columns = columns_for(best)
            if columns:
                return i, 2, columns, header
        columns = columns_for(top)
        if columns:
            return i, 1, columns, list(top)
    return None


def _widen(top: list[str], below: list[str]) -> list[str]:
    """Repeat a top header into the empty cells after it that have a sub-header
    beneath: a CSV or hand-made grid shows a merged top header only once."""
    out = list(top)
    for x in range(1, len(out)):
        if not out[x] and below[x] and out[x - 1]:
            out[x] = out[x - 1]
    return out


def _is_subheader(top: list[str], below: list[str]) -> bool:
    """``below`` holds sub-headers of a top header merged across them.

    Needs a run of equal top cells with differing cells beneath it, and every
    other column merged down (same value) or empty beneath.
    """
    spanned = False
    j = 0
    while j < len(top):
        k = j
        while k + 1 < len(top) and top[k + 1] == top[j]:
            k += 1
        if top[j] and k > j and len({below[x] for x in range(j, k + 1)}) > 1 \
                and all(below[x] and below[x] != top[j] for x in range(j, k + 1)):
            spanned = True
        elif any(below[x] and below[x] != top[x] for x in range(j, k + 1)):
            return False
        j = k + 1
    return spanned


def _lone_value(row: list[str]) -> str:
    """The value of a row that holds one value only (merged across, or one cell)."""
    values = {c for c in row if c}
    if len(values) != 1:
        return ""
    value = values.pop()
    filled = [j for j, c in enumerate(row) if c]
    # All cells equal = merged across the width; one cell alone must be near the
    # left (a section title), not a stray value in a data column.
    if len(row) > 1 and (len(filled) == len(row) or (len(filled) == 1 and filled[0] <= 1)):
        return value
    return ""
