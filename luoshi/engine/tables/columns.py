"""Header vocabulary: which column a header cell as written stands for.

Government tables name the same column many ways (牵头部门, 牵头单位, 责任单位 …)
and often space the characters out (任 务 名 称).  Matching is on the compacted
header, first by exact name, then by a keyword the name contains; the names
and keywords are data (data/headers.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import vocab
from ..text import compact, for_parsing

# Exact header names (compacted) → column, and keyword rules tried in order
# when no exact name matches: data/headers.toml, read once by vocab.
EXACT = vocab.headers().exact
KEYWORDS = vocab.headers().keywords


def column_for(header: str) -> str | None:
    """Column name for one header cell, or None when it is not a known header."""
    key = compact(header)
    if not key:
        return None
    if key in EXACT:
        return EXACT[key]
    for word, column in KEYWORDS:
        if word in key:
            return column
    return None


def columns_for(headers: list[str], min_known: int = 2) -> list[str] | None:
    """Columns for a whole header row, or None if it is not a header row.

    Unknown cells get ``col_N``; a row with fewer than ``min_known`` recognised
    cells is not a header.  A repeated column gets a numeric suffix.
    """
    cols: list[str] = []
    taken: set[str] = set()
    resume: dict[str, str] = {}   # a repeated name → its last suffix: linear in a row of 10,000 repeats
    known = 0
    for i, h in enumerate(headers):
        c = column_for(h)
        if c is None:
            if known + len(headers) - i - 1 < min_known:
                return None      # too few cells left to make it a header (most rows asked are no header)
            c = f"col_{i + 1}"
        else:
            known += 1
        base = c
        c = resume.get(base, c)
        while c in taken:
            c = c + "_2" if not c[-1].isdigit() else c[:-1] + str(int(c[-1]) + 1)
        resume[base] = c
        taken.add(c)
        cols.append(c)
    if known >= min_known and "section_title" not in cols:
        cols = _parent_work(headers, cols)
    if known >= min_known and "investment" in cols and "progress" not in cols:
        cols = _key_projects(headers, cols)
    return cols if known >= min_known else None


_PROJECT_NAME = frozenset(vocab.words("table.project_name_header"))
# A header naming the year's own work (2027年建设目标, 年度建设内容, 本年形象进度目标): the year's goal of a project.
_YEAR_GOAL = re.compile(rf"^(?:\d{{4}}年度?|{vocab.alternation('table.year_word')}).*(?:{vocab.alternation('table.year_goal_word')})")


def _key_projects(headers: list[str], cols: list[str]) -> list[str]:
    """A key projects' plan table (序号 | 项目名称 | 建设规模及主要内容 | 总投资 | 2027年计划投资 | 2027年建设目标 | 责任单位):
    beside the year's planned investment, the project's name is the task — each row one project — the column of the
    year's goal (a header naming the year and a goal or content) its indicator text, and a content column naming no
    year the project's whole scale (``scale``: no task, no target of the year).  A progress sheet of the projects (形象
    进度, 完成情况 beside them) is not one: its rows report, their content cell the task as before."""
    at = next((i for i, h in enumerate(headers) if compact(h) in _PROJECT_NAME), None)
    if at is None:
        return cols
    out = list(cols)
    goal = next((i for i, h in enumerate(headers) if i != at and _YEAR_GOAL.match(for_parsing(compact(h)))), None)
    for i, c in enumerate(cols):
        if i == at:
            out[i] = "task"
        elif i == goal and "indicator" not in cols[:i] + cols[i + 1:]:
            out[i] = "indicator"
        elif c == "task":
            out[i] = "scale"
    return out


_PARENT_WORK = frozenset(vocab.words("table.parent_work_header"))


def _parent_work(headers: list[str], cols: list[str]) -> list[str]:
    """A key work's column (重点工作) beside a column of its sub-tasks (分项任务, 具体任务): the sub-tasks' group,
    ``section_title``; alone, the table's task column."""
    at = next((i for i, h in enumerate(headers) if cols[i].startswith("col_") and compact(h) in _PARENT_WORK), None)
    if at is None:
        return cols
    return [("section_title" if "task" in cols else "task") if i == at else c for i, c in enumerate(cols)]


# --- a figure column named as progress ---------------------------------------
# 1-9月完成情况 over 完成数 | 完成率, or 完成情况（%） before 工作进展: a column the header names as progress holding
# only figures, beside one holding the progress text.  The text is the progress; the figures are the rate
# (a header naming a rate or %, or every figure a percentage) or the amount done.

_BARE_FIGURE = re.compile(r"^(?:[-—–/]+|-?\d[\d,]*(?:\.\d+)?\s*(?:[万亿千百]|%)?[^\u4e00-\u9fff\d]{0,4})$")
_PERCENT_CELL = re.compile(r"%\s*$")
_RATE_HEADER = re.compile(r"率|%|百分比")
_STATE_WORD = vocab.pattern("table.state_word")


def header_of(table, column: str) -> str:
    """The header cell as written over ``column`` ("" when the table has none): the section columns a grid puts
    before the header's own are not in its header."""
    if column not in table.columns:
        return ""
    i = table.columns.index(column) - max(0, len(table.columns) - len(table.header))
    return table.header[i] if 0 <= i < len(table.header) else ""


def settle_figure_columns(table) -> None:
    """Rename a progress column of bare figures beside a progress column of text (see above), and one holding only
    the unit's word on its status (已完成, 正在推进, 滞后: words.toml ``table.state_word``) the ``state``, in place."""
    named = [c for c in table.columns if c == "progress" or c.startswith("progress_")]
    if len(named) < 2:
        return
    cells = {c: [for_parsing(r.get(c)).strip() for r in table.rows] for c in named}
    figures = [c for c in named if any(cells[c]) and all(_BARE_FIGURE.match(v) for v in cells[c] if v)]
    states = [c for c in named if c not in figures and any(cells[c]) and "state" not in table.columns
              and all(len(v) <= 8 and _STATE_WORD.search(v) for v in cells[c] if v)][:1]
    texts = [c for c in named if c not in figures and c not in states and any(cells[c])]
    if not (figures or states) or not texts:
        return
    renamed: dict[str, str] = {}
    for c in figures:
        header = compact(header_of(table, c))
        percent = all(_PERCENT_CELL.search(v) for v in cells[c] if v and v[0].isdigit())
        new = "rate" if (_RATE_HEADER.search(header) or percent) else "amount"
        while new in table.columns or new in renamed.values():
            new = new + "_2" if not new[-1].isdigit() else new[:-1] + str(int(new[-1]) + 1)
        renamed[c] = new
    renamed.update({c: "state" for c in states})
    if "progress" in renamed:
        renamed[texts[0]] = "progress"
    table.columns = [renamed.get(c, c) for c in table.columns]
    for r in table.rows:
        r.values = {renamed.get(k, k): v for k, v in r.values.items()}


# --- cell shapes: which column a cell belongs to by what it looks like ------
# Used to repair rows whose cells shifted (a missing cell, an extra blank).

SEQ = re.compile(r"^\d{1,4}[.、]?$")
# 目标类型 as written: A类, B类, 一类, 甲类 (sometimes 类目标).
TARGET_CLASS = re.compile(r"^(?:[A-Ea-e]|[一二三四五]|[甲乙丙丁])类(?:目标)?$")
DATE = re.compile(r"^\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?$|^\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?$")
# Cells whose shape is unmistakable: they go to their column wherever they sit.
SHAPED = {"target_class": TARGET_CLASS, "date": DATE}
# Columns that hold organisation names; anchored from the right of a row.
ORG_COLUMNS = ("lead", "cooperating", "units")


def _orgish(cell: str, registry) -> bool:
    """An organisation list: every item org-shaped, or most items of a longer list."""
    parts = registry.split_list(cell)
    if not parts or any(ch in cell for ch in "。;；:："):
        return False
    hits = sum(registry.looks_like_org(p) for p in parts)
    return hits == len(parts) or (len(parts) >= 3 and hits * 3 >= len(parts) * 2)


def _fits(columns: list[str], cells: list[str], registry, orgish=None) -> bool:
    """True when each cell has the shape its position's column expects.  ``orgish``: ``_orgish`` with
    the registry bound, remembering its answers (``assign`` asks of a cell again, and a table's rows
    name the same units again: ``table_orgish``)."""
    # The shaped columns the table has, found once per row, not once per cell.
    shaped = [p for c, p in SHAPED.items() if c in columns]
    for col, cell in zip(columns, cells, strict=True):
        if not cell:
            continue
        if col == "seq" and not SEQ.match(cell):
            return False
        if col in SHAPED:
            if not SHAPED[col].match(cell):
                return False
        elif any(p.match(cell) for p in shaped):
            return False
        if col in ORG_COLUMNS and not (orgish(cell) if orgish else _orgish(cell, registry)):
            return False
    return True


def table_orgish(registry):
    """``_orgish`` for the cells of one table, each cell asked once: a table's rows name the same lead
    and cooperating units row after row (the registry does not change while a table is read)."""
    seen: dict[str, bool] = {}

    def orgish(cell: str) -> bool:
        if cell not in seen:
            seen[cell] = _orgish(cell, registry)
        return seen[cell]
    return orgish


@dataclass
class Cell:
    """A cell as written (stripped) with its offsets in the document."""

    text: str
    start: int
    end: int

    def joined(self, other: Cell, sep: str = "") -> Cell:
        if not self.text:
            return other
        if not other.text:
            return self
        return Cell(self.text + sep + other.text, self.start, other.end)


def assign(columns: list[str], cells: list[Cell], registry, orgish=None) -> dict[str, Cell]:
    """Map a row's cells to columns, repairing shifted or missing cells.

    Rules, each general to how such tables are exported:
    1. cells in place (right count, right shapes) are taken by position;
    2. a shaped cell (A类, 2018年5月) goes to its column wherever it sits;
       the first cell goes to 序号 when it is a number;
    3. what is left is taken by position if it now fits; otherwise empty
       cells are dropped, organisation lists are anchored to the org columns
       from the right (they close a row) and text fills the rest from the left;
       surplus text is joined into the last text column.

    ``orgish``: the table's ``table_orgish`` (one is made for the row without it).
    """
    text = [for_parsing(c.text).strip() for c in cells]
    while len(text) > len(columns) and not text[-1]:
        text.pop()
    orgish = orgish or table_orgish(registry)
    if len(text) == len(columns) and _fits(columns, text, registry, orgish):
        return dict(zip(columns, cells, strict=False))
    out: dict[str, Cell] = {}
    rest: list[tuple[Cell, str]] = []
    for cell, t in zip(cells, text, strict=False):
        col = next((c for c, p in SHAPED.items() if c in columns and c not in out and p.match(t)), None)
        if col:
            out[col] = cell
        else:
            rest.append((cell, t))
    if "seq" in columns and rest and SEQ.match(rest[0][1]):
        out["seq"] = rest.pop(0)[0]
    left = [c for c in columns if c not in out]
    trimmed = list(rest)
    while len(trimmed) > len(left) and not trimmed[-1][1]:
        trimmed.pop()
    if len(trimmed) == len(left) and _fits(left, [t for _, t in trimmed], registry, orgish):
        out.update(zip(left, (c for c, _ in trimmed), strict=True))
        return out
    rest = [(c, t) for c, t in rest if t]
    org_cols = [c for c in left if c in ORG_COLUMNS]
    text_cols = [c for c in left if c not in ORG_COLUMNS]
    k = 0
    while k < len(org_cols) and k < len(rest) and orgish(rest[-1 - k][1]):
        k += 1
    orgs, texts = [c for c, _ in rest[len(rest) - k:]], [c for c, _ in rest[:len(rest) - k]]
    out.update(zip(org_cols, orgs, strict=False))
    if text_cols and len(texts) > len(text_cols):
        last = texts[len(text_cols) - 1]
        for extra in texts[len(text_cols):]:
            last = last.joined(extra, " | ")
        texts = texts[:len(text_cols) - 1] + [last]
    out.update(zip(text_cols, texts, strict=False))
    return out
