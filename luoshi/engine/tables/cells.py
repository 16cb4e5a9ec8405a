"""Layout: cells — one table cell per line, as left by copying a web page.

A header block (项目名称 / 项目内容 / 责任单位 / 进展情况, one cell a line) is
followed by section rows ("(一)" then its title, or "(十一)加强城市管理")
and task rows.  Nothing marks where a row ends, so the units cell (责任单位, a
list of organisations) is the anchor: the cells before it are the task, the
cells after it, up to the next row's task, are the progress.  A row may lack
its progress cell and a progress may run over several lines, so rows are cut
by a small dynamic programme that prefers clear organisation lists.

Web pages are often saved with their content twice (a print view, a second
frame).  A later header block whose rows repeat earlier rows is such a copy:
its rows are merged into the earlier ones, keeping the more complete version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from .. import vocab
from ..model import Row, Table
from ..text import compact, for_parsing, line_spans
from .columns import column_for

ANCHORS = ("units", "lead")          # a column whose cell is a list of organisations
_SECTION = re.compile(r"^\s*(?:\(([一二三四五六七八九十百零]+)\)|([一二三四五六七八九十百零]+)、)\s*(.*)$")
_PARENS = re.compile(r"\([^()]*\)")
_SENTENCE = re.compile(r"[。;:“”\"%]")
_ADMIN = ("区", "市", "县", "省", "各", "相关", "有关", "镇", "乡")
_TITLE_WORDS = ("情况", "表", "清单", "计划", "任务", "汇总")
# A line that closes the page (欢迎社会各界监督。, 特此通报。, 联系电话：…) ends the table: the last row's progress
# does not run on into it.
_CLOSING = re.compile(rf"^\s*(?:{vocab.alternation('table.closing_line', 'table.signature_mark')})")
MISSING_PENALTY = 0.5   # a row without progress is allowed but not preferred
ORPHAN_PENALTY = 1.0    # leading cells continuing the previous row across a break
FIELD_TITLE_MAX = 20    # a field row's title (优化要素保障): a name, not a task cell's sentence


@dataclass
class Cell:
    text: str
    start: int
    end: int
    line: int        # 1-based
    gap: int         # blank lines before it


_DIGIT = re.compile(r"\d")
_CELL_MARKS = re.compile(r"[|:;。]")      # a whole row or a note, not one header cell

def _cells(text: str) -> list[Cell]:
    """Non-empty lines as cells.  Lines of only &nbsp;/全角 spaces are empty
    cells of the page, not blank lines, so they count in no gap."""
    cells, gap = [], 0
    for n, (s, e) in enumerate(line_spans(text), 1):
        raw = text[s:e]
        if not raw.strip(" \t\r"):
            gap += 1
            continue
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            cells.append(Cell(raw.strip(), s + lead, s + len(raw.rstrip()), n, gap))
        else:   # a cell left empty: it keeps its place in the row (the next cell is not its row's)
            cells.append(Cell("", s, s, n, gap))
        gap = 0
    return cells


def unit_score(line: str, registry) -> float:
    """How surely ``line`` is a cell listing organisations: 1 clear, 0.6 a list
    with descriptive members (…领导小组成员单位), 0.3 a bare short name, 0 not."""
    flat = _PARENS.sub("", for_parsing(line))   # 区委统战部(区民宗局): a second name
    if _SENTENCE.search(flat) or _DIGIT.search(flat):
        return 0.0
    parts = registry.split_list(flat)
    if not parts or any(len(compact(p)) > 30 for p in parts):
        return 0.0
    shaped = sum(registry.looks_like_org(p) for p in parts)
    known = any(registry.lookup(p) is not None for p in parts)
    if shaped == len(parts) and (known or len(parts) > 1 or parts[0].startswith(_ADMIN)):
        return 1.0
    if shaped * 2 >= len(parts):
        return 0.6
    if len(compact(flat)) <= 6 and "," not in flat:
        return 0.3
    return 0.0


def _header_cell(text: str) -> str | None:
    """The column a line names when the whole line is one short header cell."""
    if len(text) > 10 and len("".join(text.split())) > 10:
        return None   # as below without normalising a long line: compact keeps the non-spaces, one for one
    key = compact(text)
    if len(key) > 10 or _CELL_MARKS.search(key):   # a whole row or a note, not one cell
        return None
    return column_for(key)


def _header_blocks(cells: list[Cell]) -> list[tuple[int, int, list[str]]]:
    """(first, after-last, columns) of every run of ≥3 header cells with an anchor."""
    blocks, i = [], 0
    heads = [_header_cell(c.text) for c in cells]   # once per cell, not once per block that tries it
    while i < len(cells):
        j, cols = i, []
        while j < len(cells) and heads[j] and heads[j] not in cols:
            cols.append(heads[j])
            j += 1
        if j - i >= 3 and any(a in cols for a in ANCHORS):
            blocks.append((i, j, cols))
            i = j
        else:
            i += 1
    return blocks


def _split_rows(cells: list[Cell], pre: int, score) -> tuple[list[int], list[tuple[int, int]]]:
    """Cut ``cells`` into rows of ``pre`` cells + anchor + any progress cells.

    Returns (orphan cell indexes, [(row start, row end)]).  Maximises the sum of
    anchor scores, penalising rows without progress and orphans."""
    n = len(cells)
    scores = [score(c.text) for c in cells]
    best: list[tuple[float, int] | None] = [None] * (n + 1)
    best[n] = (0.0, n)
    for i in range(n - 1, -1, -1):
        a = i + pre
        if a >= n or scores[a] <= 0:
            continue
        for j in range(a + 1, n + 1):
            if best[j] is None:
                continue
            value = scores[a] - (MISSING_PENALTY if j == a + 1 else 0) + best[j][0]
            if best[i] is None or value > best[i][0]:
                best[i] = (value, j)
    first, top = n, 0.0 if n == 0 else None
    for k in range(n + 1):   # k leading orphan cells
        if best[k] is not None:
            value = best[k][0] - ORPHAN_PENALTY * k
            if top is None or value > top:
                first, top = k, value
    if top is None:
        return list(range(n)), []
    rows, i = [], first
    while i < n:
        rows.append((i, best[i][1]))
        i = best[i][1]
    return list(range(first)), rows


def _title(cells: list[Cell], first: int) -> str:
    for c in reversed(cells[max(0, first - 8):first]):
        t = for_parsing(c.text)
        if ":" not in t and t.endswith(_TITLE_WORDS):
            return c.text
    return ""


def _same(a: Row, b: Row) -> bool:
    """Rows of two copies of a page: same section, one task a prefix of the other."""
    if a.get("section") != b.get("section"):
        return False
    ta, tb = compact(a.get(_task_col(a))), compact(b.get(_task_col(b)))
    return bool(ta and tb) and (ta.startswith(tb) or tb.startswith(ta))


def _task_col(row: Row) -> str:
    return "task" if "task" in row.values else next(iter(row.values), "")


def _size(row: Row) -> int:
    return sum(len(compact(v)) for v in row.values.values())


def _field_row(raw: str) -> bool:
    """A field row merged across a table whose header names no section column (一、提升政务服务效能 on a line of
    its own between rows, as a PDF's text gives it): a numbered short title, no sentence in it."""
    m = _SECTION.match(for_parsing(raw))
    return bool(m and m.group(3)) and len(m.group(3)) <= FIELD_TITLE_MAX and not _SENTENCE.search(m.group(3))


def _runs(body: list[Cell], section: str, title: str, sectioned: bool):
    """Split ``body`` at section rows: [(section, title, cells)] and the last
    section, which carries on into the next header block (a page break)."""
    runs: list[tuple[str, str, list[Cell]]] = []
    k = 0
    while k < len(body):
        raw = body[k].text
        m = _SECTION.match(for_parsing(raw)) if sectioned or _field_row(raw) else None
        if m:
            # "(十一)加强城市管理" on one line, or "(一)" then its title.
            section = raw[:m.start(3)].strip()
            if m.group(3):
                title = raw[m.start(3):].strip()
                k += 1
            else:
                title = body[k + 1].text if k + 1 < len(body) else ""
                k += 2
            runs.append((section, title, []))
            continue
        if not runs:
            runs.append((section, title, []))
        runs[-1][2].append(body[k])
        k += 1
    return runs, section, title


def find(text: str, registry, reference: list[str] | None = None) -> list[Table]:
    cells = _cells(text)
    blocks = _header_blocks(cells)
    if not blocks:
        return []
    first = blocks[0]
    header = [c.text for c in cells[first[0]:first[1]]]
    columns = ["section", "section_title"] + [c for c in first[2] if c != "section"]
    # (a header naming no section column keeps none unless field rows stand between its rows)
    if "section" not in first[2] and not any(_field_row(c.text) for c in cells[first[1]:]):
        columns = columns[2:]
    anchor = next(c for c in columns if c in ANCHORS)
    pre_cols = [c for c in columns[: columns.index(anchor)] if c not in ("section", "section_title")]
    post_cols = columns[columns.index(anchor) + 1:]
    score = partial(unit_score, registry=registry)

    rows: list[Row] = []
    notes: list[str] = []
    end = cells[first[1] - 1].end
    section, section_title = "", ""
    for b, (h0, h1, _cols) in enumerate(blocks):
        stop = blocks[b + 1][0] if b + 1 < len(blocks) else len(cells)
        body_gap = cells[h0 + 1].gap
        body: list[Cell] = []
        for c in cells[h1:stop]:
            if body and (c.gap > body_gap or _CLOSING.match(c.text)):   # a wider gap, a closing line: the end
                break
            body.append(c)
        segment: list[Row] = []
        runs, section, section_title = _runs(body, section, section_title, "section" in columns)
        for sec, title, run in runs:
            orphans, spans = _split_rows(run, len(pre_cols), score)
            if orphans:
                prev = segment[-1] if segment else (rows[-1] if rows else None)
                extra = "\n".join(run[o].text for o in orphans)
                if prev is not None and post_cols:
                    col = post_cols[-1]
                    prev.values[col] = "\n".join(v for v in (prev.get(col), extra) if v)
                    prev.end = run[orphans[-1]].end
                else:
                    notes.append(extra)
            for s, e in spans:
                part = run[s:e]
                values = {"section": sec, "section_title": title} if "section" in columns else {}
                for col, c in zip(pre_cols, part, strict=False):
                    values[col] = c.text
                values[anchor] = part[len(pre_cols)].text
                rest = [c.text for c in part[len(pre_cols) + 1:]]
                for i, col in enumerate(post_cols):
                    last = i == len(post_cols) - 1
                    values[col] = "\n".join(rest[i:] if last else rest[i:i + 1])
                segment.append(Row(values, part[0].start, part[-1].end, part[0].line))
        if body:
            end = max(end, body[-1].end)
        _merge(rows, segment, notes)
    if not rows:
        return []
    return [Table(_title(cells, first[0]), columns, rows, "cells", header, notes,
                  cells[first[0]].start, end)]


def _merge(rows: list[Row], segment: list[Row], notes: list[str]) -> None:
    """Append ``segment``; if it opens by repeating an earlier row it is a copy
    of the page, and each of its rows replaces its twin when more complete."""
    if not segment or not any(_same(segment[0], r) for r in rows):
        rows.extend(segment)
        return
    notes.append(f"内容重复出现（第{segment[0].line}行起），已合并为一份")
    for row in segment:
        twin = next((i for i, r in enumerate(rows) if _same(row, r)), None)
        if twin is None:
            rows.append(row)
        elif _size(row) > _size(rows[twin]):
            rows[twin] = row
