"""Layout: tab-separated tables (yearbook award tables and the like).

A printed table split over pages comes out as parts: ``表 19`` with a title
line above it, a header row and rows; then ``续表 19`` with the header repeated
and more rows.  Parts are merged into one table per number, repeated headers
are dropped, and lines between parts that are not labels go to ``notes``.
A part with no label that repeats the previous header right after it (a page
break without 续表) continues that table too.  A row cut short by a line
break (fewer cells than the header) is continued by the next line; lines with no tab after a full row, with the
table's rows going on below them, carry on its last cell (a cell holding line breaks).
A spreadsheet's rows copied out as text quote a cell holding a line break or a quote mark ("1.…。 then 2.…。" over two
lines, "打造""某某""品牌"): the cell goes on to its closing quote whatever its lines hold, and is read without its quotes,
a doubled quote one.  A header of two rows (责任分工 merged over two columns, 牵头单位 and 配合单位 under it on a row empty
but for them) is read as one.

A task table whose cells are set apart by runs of spaces instead (a PDF's text layer copied with its layout) is made
tab-separated before any layout reads it (``spaced_as_tabbed``, called by the reader), the text keeping its length.
"""

from __future__ import annotations

import re

from .. import vocab
from ..model import Row, Table
from ..text import compact, for_parsing, line_spans
from .columns import Cell, assign, column_for, columns_for, table_orgish
from .pipe import clean, header_columns, is_note

# 表 19 / 续表 19 / 表19-2 (title may follow the number on the same line).
LABEL = re.compile(rf"^({vocab.alternation('table.label')})\s*(\d+(?:[-—–.]\d+)?)\s*(.*)$")


# A list item pasted from Word: its marker (1. / 1、 / （一） / —— / ●), a tab, its sentence.
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.、．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|——|[●•·■◆▪])"
                   r"\s*\t[^\t]*[。；;！!？?]\s*$")


# Cells set apart by runs of spaces (a PDF's text layer copied with its layout, 序号  项目名称  建设内容及目标  责任单位):
# two spaces or more, ASCII or ideographic — one space stays inside a cell (县发展改革局　张某某).
_SPACE_RUN = re.compile(r"[ \u3000]{2,}")
_ROW_NUMBER = re.compile(r"\d{1,3}")


def _spaced_cells(line: str) -> list[str]:
    return [c for c in _SPACE_RUN.split(line.strip()) if c]


def _spaced_header(line: str) -> bool:
    """A header row of three cells or more set apart by runs of spaces, naming a task column and no progress column (a
    progress page set out so is numbered.numbered_table's: its rows numbered, their progress beside them)."""
    if "\t" in line or "|" in line or not _SPACE_RUN.search(line.strip()):
        return False
    cells = _spaced_cells(line)
    columns = header_columns(cells) if len(cells) >= 3 else None
    return bool(columns) and "task" in columns and "progress" not in columns


def spaced_as_tabbed(text: str) -> str:
    """``text`` with a table whose cells are set apart by runs of spaces read as a tab-separated one: under a
    header row of three known cells or more naming a task column (and no progress column), each row after it opening on its number
    (1  某某工程  新建…。  县教育局  2026年8月底前) has the first space of every run between its cells made a tab
    (the others the next cell's margin), so the text keeps its length; the rows end at the first line that is no such row.  Prose with a double
    space inside, a line with no header above it, is left as it is."""
    if "  " not in text and "\u3000\u3000" not in text and " \u3000" not in text and "\u3000 " not in text:
        return text
    spans = line_spans(text)
    chars: list[str] | None = None
    i = 0
    while i < len(spans):
        s, e = spans[i]
        if not _spaced_header(for_parsing(text[s:e])):
            i += 1
            continue
        rows = [i]
        j = i + 1
        while j < len(spans):
            line = text[spans[j][0]:spans[j][1]]
            if not line.strip():
                j += 1
                continue
            cells = _spaced_cells(for_parsing(line))
            if "\t" in line or len(cells) < 3 or not _ROW_NUMBER.fullmatch(cells[0]):
                break
            rows.append(j)
            j += 1
        if len(rows) > 1:
            chars = chars if chars is not None else list(text)
            for k in rows:
                a, b = spans[k]
                body = text[a:b]
                lead = len(body) - len(body.lstrip())
                inner = body.strip()
                for m in _SPACE_RUN.finditer(inner):
                    chars[a + lead + m.start()] = "\t"     # one tab, the run's other spaces the next cell's margin
        i = j
    return text if chars is None else "".join(chars)


def _label(line: str):
    """The 表 N / 续表 N label a line opens with (most lines hold no 表: nothing to clean)."""
    return LABEL.match(clean(line)) if "表" in line else None


def _list_item(line: str, columns: int) -> bool:
    """A line of prose set out as a list item (1.\t加强统筹调度，…。), no row of a table of ``columns`` columns
    (more than the item's two)."""
    return columns > 2 and bool(_ITEM.match(line))


def _cells(text: str, start: int, end: int) -> list[Cell]:
    cells, pos = [], start
    for part in text[start:end].split("\t"):
        lead = len(part) - len(part.lstrip())
        s, e = pos + lead, pos + len(part.rstrip())
        cells.append(Cell(text[s:e] if e > s else "", s, max(s, e)))
        pos += len(part) + 1
    return cells


def _header(line: str) -> list[str] | None:
    return header_columns(line.split("\t")) if "\t" in line else None


def _sub_header(header: list[str], line: str) -> list[str] | None:
    """The header's names with a second header row's put in (a spreadsheet's header of two rows: 责任分工 merged over
    two columns, then 牵头单位 and 责任单位 under it, the cells beside them merged down and left empty), or None when
    ``line`` is no such row: every filled cell a known header name, the first cell empty, at least one name under an
    empty header cell (the merged title's second column)."""
    if "\t" not in line:
        return None
    cells = [c.strip() for c in line.split("\t")]
    if len(cells) > len(header) or cells[0]:
        return None
    filled = [k for k, c in enumerate(cells) if c]
    if not filled or any(column_for(cells[k]) is None for k in filled) or not any(not header[k] for k in filled):
        return None
    return [cells[k] if k < len(cells) and cells[k] else h for k, h in enumerate(header)]


def _heading(line: str) -> bool:
    """A short line that can title a table (no sentence end, not a lead-in)."""
    s = clean(for_parsing(line))
    return 0 < len(s) <= 60 and "。" not in s and not s.endswith(":") and "\t" not in line


def find(text: str, registry, reference: list[str] | None = None) -> list[Table]:
    spans = line_spans(text)
    raw = [text[s:e] for s, e in spans]
    norm = for_parsing(text)   # one character for one, so a line of it is the line normalised
    lines = [norm[s:e] for s, e in spans]
    tables: list[Table] = []
    by_label: dict[str, Table] = {}
    floor = 0
    i = 0
    while i < len(lines):
        columns = _header(lines[i])
        label = _label(lines[i])
        headerless = False
        if label and label.group(1) == "续表" and label.group(2) in by_label:
            nxt = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].strip()), "")
            headerless = "\t" in nxt and not _header(nxt)
        if not columns and not headerless:
            i += 1
            continue
        # The part's preamble: label, title and notes between the last part and here.
        first = i
        pre = [k for k in range(floor, i) if clean(lines[k])]
        labels = [(k, m) for k in pre if (m := _label(lines[k]))]
        if label:
            labels.append((i, label))
        kind, number, title_here = labels[-1][1].groups() if labels else ("", "", "")
        prev = tables[-1] if tables else None
        others = [k for k in pre if not _label(lines[k])]
        if not columns:                        # 续表 N whose header was left out
            columns = by_label[number].columns
            header_line = None
            i += 1
        else:
            header_line = i
        continues = (kind == "续表" and number in by_label) or (
            not labels and prev is not None and not others and prev.columns == columns
        )
        if continues:
            table = by_label[number] if kind == "续表" else prev
            table.notes.extend(clean(raw[k]) for k in others)
        else:
            title = clean(title_here) if title_here else ""
            notes = [clean(raw[k]) for k in others if is_note(lines[k])]
            # the title sits just above the label (or the header): the nearest short line
            above = [k for k in others if not is_note(lines[k]) and (not labels or k < labels[-1][0])]
            titled = [k for k in above[-2:] if _heading(lines[k])]
            if not title and titled:
                title = clean(raw[titled[-1]])
                first = titled[-1]
            elif labels:
                first = labels[-1][0]
            header = [c.strip() for c in raw[header_line].split("\t")] if header_line is not None else []
            merged = _sub_header(header, raw[i + 1]) if header_line is not None and i + 1 < len(raw) else None
            if merged and (named := columns_for(merged)):
                header, columns, i = merged, named, i + 1     # the second header row read into the first
            table = Table(title=title, columns=list(columns), rows=[], layout="tabbed", header=header,
                          notes=notes, start=spans[first][0])
            tables.append(table)
            if number:
                by_label[number] = table
        i = _read_rows(text, spans, lines, i + (header_line is not None), table, registry)
        table.end = spans[i - 1][1]
        floor = i
    return [t for t in tables if t.rows]


def _open_quote(cell: Cell) -> bool:
    """A cell a spreadsheet quoted because it holds a line break (or a quote mark) whose closing quote has not come yet:
    it opens on ``"`` and holds an odd number of them (a quote mark inside it is doubled, ``""``)."""
    return cell.text.startswith('"') and cell.text.count('"') % 2 == 1


def _unquoted(cell: Cell) -> Cell:
    """A cell as a spreadsheet quoted it (``"1.…。\n2.…。"``, ``"打造""某某""品牌。"``) without its quotes, a doubled
    quote mark made one; a cell written with quote marks of its own (no doubled one inside) is left as it is."""
    body = cell.text
    if len(body) < 2 or not (body.startswith('"') and body.endswith('"')):
        return cell
    inner = body[1:-1]
    if '"' in inner.replace('""', ""):
        return cell
    if "\n" not in inner and '""' not in inner:
        return cell
    return Cell(inner.replace('""', '"').strip(), cell.start + 1, cell.end - 1)


def _cell_goes_on(lines: list[str], j: int, table: Table, pending) -> bool:
    """Line ``j``, with no tab, carries on the last cell of the full row above it: the lines with no tab from it on
    (no blank line, note, list item or 表 label among them) lead to a row of the table's width, not a header — the
    table goes on below them, so they are a cell's own lines (a progress cell of three paragraphs), not the text
    after the table."""
    if pending is None or len(pending[0]) != len(table.columns):
        return False
    for k in range(j, len(lines)):
        line = lines[k]
        if not line.strip() or is_note(line) or _label(line) or _list_item(line, len(table.columns)):
            return False
        if "\t" in line:
            return len(line.split("\t")) == len(table.columns) and not _header(line)
    return False


def _read_rows(text, spans, lines, j, table, registry) -> int:
    """Read rows from line ``j``; returns the line after the part's last row."""
    header_key = [compact(h) for h in table.header]
    pending: tuple[list[Cell], int] | None = None
    last = j - 1
    orgish = table_orgish(registry)

    def flush():
        if pending:
            cells, line = pending
            cells = [_unquoted(c) for c in cells]
            got = assign(table.columns, cells, registry, orgish)
            ends = [c.end for c in cells if c.text]
            table.rows.append(Row(values={c: got[c].text if c in got else "" for c in table.columns},
                                  start=spans[line][0], end=max(ends) if ends else spans[line][1],
                                  line=line + 1))

    while j < len(lines):
        line = lines[j]
        if not line.strip():
            nxt = next((k for k in range(j + 1, len(lines)) if lines[k].strip()), None)
            if nxt is None or "\t" not in lines[nxt] or _header(lines[nxt]) \
                    or _list_item(lines[nxt], len(table.columns)):
                break
            j += 1
            continue
        if _list_item(line, len(table.columns)):
            break                                  # prose below the table, a list item's tab after its number
        cells = _cells(text, *spans[j])
        if pending is not None and pending[0] and _open_quote(pending[0][-1]):
            # a cell a spreadsheet quoted, its line break its own: the line carries it on, then the row's next cells
            pending = (pending[0][:-1] + [pending[0][-1].joined(cells[0], "\n")] + cells[1:], pending[1])
            last = j
            j += 1
            continue
        # A wrapped row: the row above is short and this line's cells complete it.
        short = (pending is not None and len(pending[0]) < len(table.columns)
                 and len(pending[0]) + len(cells) - 1 <= len(table.columns)
                 and not line.rstrip().endswith("。"))
        if "\t" not in line and not short and _cell_goes_on(lines, j, table, pending):
            # a cell holding line breaks (a Word or Excel cell pasted): the line carries on the row's last cell
            pending = (pending[0][:-1] + [pending[0][-1].joined(cells[0], "\n")], pending[1])
            last = j
            j += 1
            continue
        if "\t" not in line and not short:
            break
        if "\t" in line and [compact(c.text) for c in cells] == header_key:
            pass                                   # header repeated inside a part
        elif _header(line):
            break                                  # another table's header
        elif short and pending is not None:
            joined = pending[0][:-1] + [pending[0][-1].joined(cells[0])] + cells[1:]
            pending = (joined, pending[1])
        else:
            flush()
            pending = (cells, j)
        last = j
        j += 1
    flush()
    # 注: lines right after the rows are the table's own notes.
    k = last + 1
    while k < len(lines) and (not lines[k].strip() or is_note(lines[k])):
        if lines[k].strip():
            table.notes.append(clean(text[spans[k][0]:spans[k][1]]))
            last = k
        k += 1
    return last + 1
