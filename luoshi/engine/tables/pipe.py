"""Layout: pipe-separated tables (``序号 | 任务名称 | … |``).

What Word/Excel → text exports of a decomposition table look like: one row a
line, cells between ``|``, usually a closing ``|``; a header row whose names
may be spaced out (任 务 名 称); a preamble with the 附件N marker, the title and
notes (注: A类指…).  Rows are repaired by shape (see ``columns.assign``); a
line that does not open with a 序号 continues the row above (a cell that held
a line break).
"""

from __future__ import annotations

import re

from .. import vocab
from ..model import Row, Table
from ..text import compact, for_parsing, line_spans
from .columns import SEQ, Cell, assign, columns_for, table_orgish

# 附件1 / 附件 2: / 附件1 2019年…分解表 (the marker that opens an attachment).
ATTACH_MARK = re.compile(r"^附件\s*(\d+)\s*[:：]?\s*(.*)$")
# 附件:1. title   (the notice's list of attachments; later items are "2. title").
ATTACH_LIST = re.compile(r"^附件\s*[:：]\s*(?:(\d+)\s*[.．、]\s*)?(.+)$")
ATTACH_ITEM = re.compile(r"^(\d+)\s*[.．、]\s*(.+)$")
NOTE = re.compile(rf"^[(（]?\s*(?:{vocab.alternation('table.note_mark')})\s*[:：\d]")
TITLE_END = re.compile(rf"(?:{vocab.alternation('table.title_end')})\s*(?:[(（][^()（）]*[)）])?$")
MARKUP = re.compile(r"^[#*\s]+|[*\s]+$")
SEPARATOR = re.compile(r"[|:\-\s]+")        # a markdown separator row |---|---| (fullmatch)
_NON_DIGIT = re.compile(r"\D")
# A header's unit in brackets at its end: (万元), （亿元）, (个).
_UNIT_CLOSE = re.compile(r"[(（][^()（）]{1,4}[)）]$")


def clean(line: str) -> str:
    """A line without markdown heading/bold marks and stray pipes (what ``MARKUP`` removes, cut
    from the ends by ``str`` methods: the pattern's trailing branch was tried at every character
    of every line, a long paragraph's too; ``\\s`` is what ``str.isspace`` calls space)."""
    s = line.strip().strip("|").strip()
    start, end = 0, len(s)
    while start < end and (s[start] in "#*" or s[start].isspace()):
        start += 1
    while end > start and (s[end - 1] == "*" or s[end - 1].isspace()):
        end -= 1
    return s[start:end]


def is_note(line: str) -> bool:
    if "注" not in line and "说明" not in line:
        return False        # most lines (every row of a table is asked): no note word, nothing to clean
    return bool(NOTE.match(clean(for_parsing(line))))


def is_title(line: str) -> bool:
    """A table title: a short line, no sentence end, naming a table (…表, …清单, …情况)."""
    s = clean(for_parsing(line))
    return 0 < len(s) <= 60 and "。" not in s and not s.endswith((":", "：")) and bool(TITLE_END.search(s))


def attachment_titles(lines: list[str]) -> dict[int, str]:
    """The notice's 附件 list: {1: '2019年《政府工作报告》目标任务分解表', 2: …}.  ``lines`` are
    normalised (``for_parsing``) already."""
    titles: dict[int, str] = {}
    for i, line in enumerate(lines):
        m = ATTACH_LIST.match(clean(line)) if "附件" in line else None   # most lines: no 附件, nothing to clean
        if not m:
            continue
        titles[int(m.group(1) or 1)] = clean(line)[len(clean(line)) - len(m.group(2)):]
        for nxt in lines[i + 1:]:
            item = ATTACH_ITEM.match(clean(nxt))
            if not item:
                break
            titles[int(item.group(1))] = clean(nxt)[len(clean(nxt)) - len(item.group(2)):]
        break
    return titles


def _bars(norm: str) -> list[int]:
    """Where a line (normalised: a full-width ｜ is a ``|`` there) has a bar."""
    out, k = [], norm.find("|")
    while k >= 0:
        out.append(k)
        k = norm.find("|", k + 1)
    return out


def _spaced(norm: str, k: int) -> bool:
    """A bar with space (or the line's end) on both sides: how a table's own separators are written."""
    return (k == 0 or norm[k - 1].isspace()) and (k + 1 == len(norm) or norm[k + 1].isspace())


def _style(raw: str, norm: str) -> tuple[bool, bool]:
    """(ASCII, spaced): whether the header line's bars are all ASCII ``|`` and all set apart by spaces (its
    ends aside) — the table's separators are written that way, and a bar written otherwise inside a row's
    cell can be text."""
    bars = _bars(norm)
    inner = [k for k in bars if norm[:k].strip() and norm[k + 1:].strip()]
    return (bool(bars) and all(raw[k] == "|" for k in bars),
            bool(inner) and all(_spaced(norm, k) for k in inner))


def _text_bars(raw: str, norm: str, width: int, style: tuple[bool, bool]) -> set[int]:
    """The bars of a row's line that are text, not separators: only when the line has more cells than the
    header (``width``), and only bars written unlike the header's — a full-width ｜ where the header's are
    ASCII, then a bar with no space about it where the header's are spaced (一、经营指标｜1.营业收入…,
    A|B类) — from the left, until the line has the header's cell count; and only where the line's bars
    written as the header's are enough for its cells (a row written all in ｜ keeps them as separators)."""
    bars = _bars(norm)
    inner = [k for k in bars if norm[:k].strip() and norm[k + 1:].strip()]
    extra = len(inner) + 1 - width
    if width < 2 or extra <= 0:
        return set()
    ascii_, spaced = style
    # a kind of bar is text only where the line's bars written as the header's still make its cells
    full = [k for k in inner if raw[k] != "|"]
    full = full if ascii_ and len(inner) - len(full) >= width - 1 else []
    tight = [k for k in inner if k not in full and not _spaced(norm, k)]
    tight = tight if spaced and len(inner) - len(full) - len(tight) >= width - 1 else []
    return set((full + tight)[:extra])


def _split(text: str, start: int, end: int, opening: bool, norm: str | None = None,
           width: int = 0, style: tuple[bool, bool] = (False, False)) -> tuple[list[Cell], bool]:
    """Cells of one line and whether the line closes its row with a ``|``.

    ``opening``: the table opens its rows with a ``|`` too (markdown style), so
    a leading ``|`` is not a blank first cell.  ``norm``: the line normalised, when the caller has it
    (``find``'s lines: a slice of the whole text normalised, which is the same, ``for_parsing`` mapping
    one character for one) — not normalised again, a row's line at a time.  ``width`` and ``style``: the
    header's cell count and how its bars are written (``_style``), which say which of a line's bars are a
    cell's text (``_text_bars``).
    """
    norm = for_parsing(text[start:end]) if norm is None else norm
    body = norm.rstrip()
    closed = body.endswith("|")
    keep = _text_bars(text[start:start + len(body)], body, width, style) if width else set()
    cells: list[Cell] = []
    pos = 0
    for k in [*(k for k in _bars(body) if k not in keep), len(body)]:
        part = body[pos:k]
        lead = len(part) - len(part.lstrip())
        s, e = start + pos + lead, start + pos + len(part.rstrip())
        cells.append(Cell(text[s:e] if e > s else "", s, max(s, e)))
        pos = k + 1
    if opening and body.lstrip().startswith("|") and not cells[0].text:
        cells.pop(0)            # markdown-style opening pipe
    if closed:
        cells.pop()             # the closing pipe, not an empty cell
    return cells, closed


def header_columns(cells: list[str]) -> list[str] | None:
    """Columns when ``cells`` are a header row: short names, most of them known."""
    # Every line with a | or tab is asked: a row's 序号 or a long cell says no before the rest is compacted.
    if len(cells) < 2 or SEQ.match(compact(cells[0]) or "-"):
        return None
    # (a unit in brackets closing a header, 截至上年底累计完成投资（万元）, is no part of its name's length)
    if any(len(_UNIT_CLOSE.sub("", compact(c))) > 16 for c in cells):
        return None
    return columns_for(cells, min_known=max(2, (len(cells) + 1) // 2))


def _header(line: str) -> list[str] | None:
    if "|" not in line:
        return None
    return header_columns([c.strip() for c in line.strip().strip("|").split("|")])


class _Raw:
    """A row being read: cells so far, and whether its last cell is still open."""

    def __init__(self, cells: list[Cell], closed: bool, line: int, sub: bool = False):
        self.cells, self.open, self.line, self.sub = cells, not closed, line, sub

    def extend(self, cells: list[Cell], closed: bool, has_pipe: bool) -> None:
        """A wrapped line: its first piece continues the open cell, the rest are new cells."""
        if cells:
            self.cells[-1] = self.cells[-1].joined(cells[0])
            self.cells.extend(cells[1:])
        self.open = not closed if has_pipe else True

    def merge_cellwise(self, cells: list[Cell]) -> None:
        """A continuation line laid out like a row (blank 序号): append cell by cell."""
        for i, cell in enumerate(cells):
            if i < len(self.cells):
                self.cells[i] = self.cells[i].joined(cell)
            else:
                self.cells.append(cell)


# A field row's number in the 序号 cell (一, 二、, （三）): the row names the field of the rows below it.
_FIELD_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、?|[(（][一二三四五六七八九十]{1,3}[)）])$")
# A sub-task's own number opening its task cell ((2)新开工…, 2.…): a sub-row of the key work above.
_SUB_NUMBER = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.．、](?!\d))")
# The cells a key work's sub-rows leave empty because the export kept a merged cell's text in its first row only.
_MERGED = ("section_title", "leader", "lead", "cooperating", "units", "deadline", "target_class")


def _field(cells: list[Cell]) -> tuple[str, str] | None:
    """(number, title) when a row is a field row: a Chinese numeral alone in its first cell and one other cell
    filled (| 一 | 扩大有效投资 |  |  |); None otherwise."""
    if len(cells) < 3 or not _FIELD_NUMBER.match(for_parsing(cells[0].text)):
        return None
    filled = [c.text for c in cells[1:] if c.text]
    return (cells[0].text, filled[0]) if len(filled) == 1 else None


def _sub_row(columns: list[str], cells: list[Cell]) -> bool:
    """A row with a blank 序号 whose task cell, in its place, opens on a sub-task's number ((2)新开工…): the key
    work's next sub-task, a row of its own however few of its cells are filled (its merged cells left empty)."""
    if "task" not in columns or len(cells) != len(columns):
        return False
    return bool(_SUB_NUMBER.match(for_parsing(cells[columns.index("task")].text)))


def _seq_of(cells: list[Cell]) -> int | None:
    if cells and SEQ.match(for_parsing(cells[0].text)):
        return int(_NON_DIGIT.sub("", for_parsing(cells[0].text)))
    return None


def find(text: str, registry, reference: list[str] | None = None) -> list[Table]:
    spans = line_spans(text)
    norm = for_parsing(text)   # one character for one, so a line of it is the line normalised
    lines = [norm[s:e] for s, e in spans]
    attachments = attachment_titles(lines)
    tables: list[Table] = []
    floor = 0  # lines before ``floor`` belong to an earlier table
    i = 0
    while i < len(lines):
        columns = _header(lines[i])
        if not columns:
            i += 1
            continue
        table, i = _read(text, spans, lines, i, columns, floor, attachments, registry)
        floor = i
        if table.rows:
            tables.append(table)
    return tables


def _preamble(text, spans, lines, h, floor, attachments):
    """Title, notes and first line of the lines just above header line ``h``.

    Title = the nearest title-shaped line above the header (skipping notes);
    failing that, the 附件N marker resolved against the notice's 附件 list.
    The scan stops at the 附件 marker or at any other kind of line.
    """
    title, notes, first = "", [], h
    for k in range(h - 1, floor - 1, -1):
        raw = clean(text[spans[k][0]:spans[k][1]])
        s = clean(lines[k])
        if not s:
            continue
        if is_note(s):
            notes.insert(0, raw)
        elif (m := ATTACH_MARK.match(s)) is not None:
            first = k
            if not title:
                rest = raw[len(raw) - len(m.group(2)):] if m.group(2) else ""
                title = rest if rest and is_title(rest) else attachments.get(int(m.group(1)), "")
            break
        elif not title and is_title(s):
            title = raw
        else:
            break
        first = k
    return title, notes, first


def _read(text, spans, lines, h, columns, floor, attachments, registry):
    title, notes, first = _preamble(text, spans, lines, h, floor, attachments)
    header = [c.strip() for c in text[spans[h][0]:spans[h][1]].strip().strip("|").split("|")]
    width = len(lines[h].strip().strip("|").split("|"))       # the header's cells, which a row's line fills
    style = _style(text[spans[h][0]:spans[h][1]].rstrip(), lines[h].rstrip())
    raws: list[_Raw] = []
    fields: dict[int, tuple[str, str]] = {}     # the field rows, by the number of rows read before each
    last = h
    j = h + 1
    # A table written with no outer bars (指标名称｜单位｜目标): its rows close with no bar, so a row holding the header's
    # cells is whole, and after it a blank line ends the table (三、重点工作 under it is no wrapped cell of it).
    barless = not lines[h].rstrip().endswith("|")
    blank = False
    while j < len(lines):
        line = lines[j].strip()
        if not line:
            blank = True
            j += 1
            continue
        if blank and barless and raws and raws[-1].open and "|" not in line and len(raws[-1].cells) >= width:
            break
        blank = False
        if is_note(line):
            notes.append(text[spans[j][0]:spans[j][1]].strip())
            last = j
            j += 1
            continue
        separator = SEPARATOR.fullmatch(line)
        if ("附件" in line and ATTACH_MARK.match(clean(line))) or _header(line) or separator:
            if separator:   # markdown separator row |---|---|
                j += 1
                continue
            break
        cells, closed = _split(text, *spans[j], opening=lines[h].lstrip().startswith("|"), norm=lines[j],
                               width=width, style=style)
        has_pipe = "|" in line
        field = _field(cells) if has_pipe and not (raws and raws[-1].open) else None
        if field is not None:
            # | 一 | 扩大有效投资 |  |  |: the field of the rows below, no row (as a grid's section row is)
            fields[len(raws)] = field
            last = j
            j += 1
            continue
        seq = _seq_of(cells) if has_pipe and len(cells) > 1 else None
        prev = raws[-1] if raws else None
        prev_seq = _seq_of(prev.cells) if prev else None
        if seq is not None and not (prev and prev.open and prev_seq is not None and seq != prev_seq + 1):
            raws.append(_Raw(cells, closed, j))
        elif prev and prev.open:
            prev.extend(cells, closed, has_pipe)
        elif prev and has_pipe and cells and not cells[0].text:
            filled = sum(1 for c in cells if c.text)
            if _sub_row(columns, cells):
                raws.append(_Raw(cells, closed, j, sub=True))    # |  |  | （2）新开工… |: a key work's next sub-task
            elif filled * 2 < len(columns):
                prev.merge_cellwise(cells)
            else:
                raws.append(_Raw(cells, closed, j))   # a sub-row with a blank 序号
        else:
            break
        last = j
        j += 1
    rows = []
    orgish = table_orgish(registry)
    # the field rows' columns after the header's own: a row's cells are assigned to the header's columns alone
    kept = [*columns, *(c for c in ("section", "section_title") if fields and c not in columns)]
    own = "section_title" in columns        # the table's own column for the rows' group (重点工作)
    field: tuple[str, str] | None = None
    for k, raw in enumerate(raws):
        field = fields.get(k, field)
        got = assign(columns, raw.cells, registry, orgish)
        ends = [c.end for c in raw.cells if c.text]
        values = {c: got[c].text if c in got else "" for c in kept}
        if raw.sub and rows:
            for c in _MERGED:       # a merged cell left empty in the key work's later rows: the first row's
                if c in values and not values[c]:
                    values[c] = rows[-1].values.get(c, "")
        if field is not None:
            # the field's title is the rows' group unless the table has a column of its own for it (重点工作)
            values["section"] = values.get("section") or (field[1] if own else field[0])
            if not own:
                values["section_title"] = values.get("section_title") or field[1]
        rows.append(Row(values=values, start=spans[raw.line][0], end=max(ends) if ends else spans[raw.line][1],
                        line=raw.line + 1))
    table = Table(title=title, columns=kept, rows=rows, layout="pipe", header=header,
                  notes=notes, start=spans[first][0], end=spans[last][1])
    return table, last + 1
