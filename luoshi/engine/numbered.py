"""Numbered progress pages (编号进展): a progress page with no header row, read as a progress table.

Real 督查通报 and half-year bulletins often list their rows as numbered paragraphs, not as a table:

* ``1、task：progress`` — the task and its progress on one line, apart by a full-width colon: the first whose
  text reports facts (已…, 目前…, 截至…, 1-9月…, a stated rate), else the first (1、推进老旧小区改造：改造32个
  小区：已完成24个 keeps its first colon in the task); a colon inside brackets or quotes parts nothing
  (完成…（责任单位：县发改局）：已完成… parts at the colon after the bracket);
* ``1、task，牵头部门：unit。progress`` — the unit named after the task, the progress after it (a deadline
  labelled after it, 完成时限：…, is that cell, not progress);
* ``1、task`` then the progress on the next line(s), up to the next numbered row or a heading (二、…, （二）…);
  the last heading's title, without its number, is the ``section_title`` of the rows under it (the group a
  bulletin files them under: （一）扩大有效投资 over 1．… 3．);
* ``1、task`` then ``进展情况：progress`` (and ``责任单位：unit``) on lines of their own: a line opening with
  a header word of headers.toml and a colon puts its text in that column (progress, units, lead, deadline …; a
  task line, 工作任务：…, under the numbered title is its measure, task_2).  Where the progress stands on later
  lines, a colon inside the numbered line parts nothing unless the text after it reports facts: the text after
  it is the task's own measure or target (1、推进工业技改：实施技改项目40个 / 进展情况：…);
* a header line and rows whose cells stand apart by two or more spaces or a tab (a table pasted as text):
  the header's cells named by headers.toml, a row taken when it has as many cells as the header.

``numbered_table(text)`` → a ``model.Table`` (layout ``numbered``) with task and progress columns, or None.
``page_table(text, tables, kind)`` decides whether a read document is such a page: the reader calls it, so the
table is among the document's tables and its kind is progress_table wherever the reading goes (the CLI's
pipeline.progress_table, the web upload's stored reading and its progress import).
Guards, sufficient without the caller's work-report check (page_table reads only a document with no table of a
progress column, not found to be a work report unless titled as a progress bulletin on one): numbers run 1, 2, 3 … (a run may start again at 1 under a new heading); the numbered
lines after a glossary's title (名词解释) are no rows; at least half the rows' progress texts state progress (a
stage, a figure, a completion rate or a neutral formula, progress.py; or work done or its pace in a word,
words.toml [table.numbered_progress]) and fewer than half as many rows plan (``_plans``: a row whose text opens
with a plan's, a decision's or a definition's lead — 将, 力争, 一是全力…, 会议要求…, 指…, 到2027年… — or sets a
target, 增长6%左右, with no work reported in it; a row whose task is a notice's field, 检查时间, 联系人).  So a
numbered glossary, plan, list of targets, notice, minutes or decomposition list is not read as progress
(bench/numbered_invented.py); a row's task is at most ``MAX_TASK`` long.
"""

from __future__ import annotations

import re

from . import kinds, vocab
from .model import Row, Table
from .progress import parse_row
from .tables.columns import column_for, columns_for
from .text import NOT_A_DECIMAL, outside_brackets

MAX_TASK = 400
MAX_LABEL = 6     # the longest column label before a colon on a numbered line (完成时限要求, 计划完成时间)
_ITEM = re.compile(rf"^[ \t\u3000]*(\d{{1,3}})(?:、|[.．](?![.．]){NOT_A_DECIMAL})[ \t\u3000]*(\S.*?)\s*$")
_SPACED_ROW = re.compile(r"^[ \t\u3000]*(\d{1,3})[、.．]?(?:[ \t\u3000]{2,}|\t)(\S.*?)\s*$")
_CELL_GAP = re.compile(r"(?:[ \t\u3000]{2,}|\t)")
_LABEL = re.compile(r"^[ \t\u3000]*([^：:，。；\s]{2,8})[：:][ \t\u3000]*(.*?)\s*$")
# 一、城市建设 / （二）社会事业: a heading between runs of rows closes the row before it (not its progress text); a
# short title with no clause mark or figure — (一)开展培训1.05万人次；(二)… is a progress text listing its parts
_HEADING = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]{1,3}[）)])"
                      r"[ \t\u3000]*([^，。；;,:：\d]{1,24})$")
# 1、task，牵头部门：unit。progress — the unit named inline after the task, the progress after it.
_INLINE = re.compile(r"^(?P<task>[^：:，,]+)[，,][ \t\u3000]*(?P<label>[^，,：:。；\s]{2,6})[：:][ \t\u3000]*"
                     r"(?P<value>[^。；;]+)[。；;][ \t\u3000]*(?P<rest>.*)$")
_PROGRESS_WORD = vocab.pattern("table.numbered_progress")
_DONE_OPENING = re.compile(r"^[^，。；,;\s]{0,4}已")     # 已…, 均已…, 目前已…: work done, its first clause
# 1-9月…, 截至9月底…, 目前…: a text opening so reports facts (after a colon inside a numbered line: the progress)
_FACT_LEAD = re.compile(rf"^(?:{vocab.alternation('table.numbered_fact_lead')}|\d{{1,2}}\s*[-—－~至]\s*\d{{1,2}}月)")
_DONE_WORD = vocab.pattern("table.numbered_done")
_PLAN_LEAD = re.compile(rf"^(?:{vocab.alternation('table.numbered_enumerator')})?[，,、]?"
                        rf"(?:{vocab.alternation('table.numbered_plan_lead')})")
_TARGET_BY = re.compile(rf"^(?:{vocab.alternation('table.numbered_target_by')})\d{{2,4}}年")
_TARGET_AFTER = re.compile(rf"\d[%‰]?[^\d，。；,;\s]{{0,3}}(?:{vocab.alternation('table.numbered_target_after')})")
_DEFINITION = re.compile(rf"^(?:{vocab.alternation('table.numbered_definition')})"
                         rf"(?!{vocab.alternation('table.numbered_definition_not')})")
_FIELD_END = re.compile(rf"(?:{vocab.alternation('table.numbered_field')})$")
_SPACE = re.compile(r"\s+")
_GLOSSARY_TITLE = vocab.pattern("table.numbered_glossary_title")
MAX_TITLE = 12      # the longest line taken for a glossary's title (有关名词解释)


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


class _Open:
    """A numbered row being read: its numbered line's text, the progress its later lines give, other cells."""

    def __init__(self, seq: str, body: str, start: int, end: int, line: int):
        self.seq, self.body, self.start, self.end, self.line = seq, body, start, end, line
        self.later = ""
        self.values: dict[str, str] = {}

    def row(self) -> tuple:
        values = {"seq": self.seq, "task": self.body, "progress": ""}
        inline = _INLINE.match(self.body)
        named = column_for(inline.group("label")) if inline else None
        if inline is not None and named is not None and named not in ("seq", "task", "progress"):
            values.update(task=inline.group("task").strip())
            values[named] = inline.group("value").strip()
            rest = inline.group("rest").strip()
            # 1、task，牵头单位：unit。完成时限：date。 — a decomposition's row: the rest is another cell, not progress
            labelled = _LABEL.match(rest)
            column = column_for(labelled.group(1)) if labelled else None
            if column is not None and column not in ("seq", "task", "progress"):
                values[column], rest = labelled.group(2), ""
            values["progress"] = f"{rest}{self.later}"
        else:
            values["task"], values["progress"] = _cut(self.body, self.later)
        for column, value in self.values.items():
            values[column] = value
        return values, self.start, self.end, self.line


def _cut(body: str, later: str) -> tuple[str, str]:
    """(task, progress) of a numbered line and the progress its later lines give.  A colon parts the task from its
    progress just after a bracketed column note closing the task (…（责任单位：某某局）：…, when the progress is on
    the line); else where the text after it reports facts (已…, 目前…, 截至…, a stated rate); where none does, at the
    first colon — unless the later lines give the progress: then the text after the colon is the task's own
    measure or target (1、推进工业技改：实施技改项目40个 / 进展情况：…) and the line is the task whole."""
    colons = outside_brackets(body, "：:")     # 完成…（责任单位：县发改局）：已完成…: a bracket's colon parts nothing
    if not colons or _names_column(body[:colons[0]]):
        return body.strip(), later.strip()
    note = _after_note(body, colons) if not later.strip() else None
    if note is not None:
        return body[:note].strip(), body[note + 1:].strip()
    for k, at in enumerate(colons):
        segment = body[at + 1:colons[k + 1] if k + 1 < len(colons) else len(body)]
        if _reports_facts(segment):
            return body[:at].strip(), f"{body[at + 1:].strip()}{later}".strip()
    head, after = body[:colons[0]].strip(), body[colons[0] + 1:].strip()
    if later.strip() or not after:
        return body.strip(), later.strip()
    return head, after


def _after_note(body: str, colons: list[int]) -> int | None:
    """The colon just after a bracketed column note (…（责任单位：某某局）：progress, …（完成时限：10月底）：…) with
    text after it: the note closes the task, whatever colon the task holds before it (一、某某｜1.某某：measure。
    （责任部门：…）：progress).  None when there is none."""
    for at in colons:
        close = at - 1
        while close >= 0 and body[close].isspace():
            close -= 1
        if close < 0 or body[close] not in "）)" or at + 1 == len(body) or body[at + 1:].isspace():
            continue
        opener = max(body.rfind("（", 0, close), body.rfind("(", 0, close))     # the nearest: one bracket's text
        inner = body[opener + 1:close] if opener >= 0 else ""
        cut = min((i for i in (inner.find("："), inner.find(":")) if i > 0), default=-1)
        if cut > 0 and _names_column(inner[:cut]):
            return at
    return None


def _names_column(head: str) -> bool:
    """The text before a colon is a column's label (责任单位：, 完成时限：), not a task that a header keyword is
    found in (完成全年植树造林任务：…): a label is short."""
    return len(_SPACE.sub("", head)) <= MAX_LABEL and column_for(head) is not None


def _reports_facts(text: str) -> bool:
    text = text.strip()
    return bool(_DONE_OPENING.match(text) or _FACT_LEAD.match(text) or parse_row(text).stated_pct is not None)


def _numbered(text: str) -> list | None:
    lines = list(_lines(text))
    numbers = [int(m.group(1)) if (m := _ITEM.match(line)) else None for _, _, line in lines]
    rows: list[tuple[int, _Open]] = []
    current: _Open | None = None
    last = 0
    headed = False      # the last line with text was a heading: a 1 under it opens a new run
    section = ""        # the last heading's title, without its number: the group of the rows under it
    glossary = False
    for k, (number, offset, line) in enumerate(lines):
        if _opens_row(numbers, k, last) or (headed and numbers[k] == 1):
            headed = False
            m = _ITEM.match(line)
            last = int(m.group(1))
            current = _Open(m.group(1), m.group(2), offset, offset + len(line), number)
            if section:
                current.values["section_title"] = section
            if not glossary:
                rows.append((last, current))
            continue
        if not line.strip():
            continue
        heading = _HEADING.match(line)
        if heading:
            current, headed, glossary = None, True, False
            section = heading.group(1).strip().rstrip("。")
            continue
        if len(_SPACE.sub("", line)) <= MAX_TITLE and _GLOSSARY_TITLE.search(line):
            current, glossary = None, True   # 名词解释: the numbered lines after it define terms
            continue
        headed = False
        if current is None:
            continue
        labelled = _LABEL.match(line)
        column = column_for(labelled.group(1)) if labelled else None
        if column == "progress":
            current.later += labelled.group(2)
        elif column == "task":
            # 工作任务：… under a numbered title: the title stays the task, this line its measure (as a 具体举措 cell)
            current.values["task_2"] = f"{current.values.get('task_2', '')}{labelled.group(2)}"
        elif column is not None and column != "seq":
            current.values[column] = labelled.group(2)
        else:
            current.later += line.strip()
        current.end = offset + len(line)
    out = [(n, o.row()) for n, o in rows]
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
    """At least half the rows state progress, and fewer than half of those plan, decide, define or name a field
    (a plan's measures, minutes, a glossary, a notice: see ``_plans``)."""
    if any(len(r.get("task")) > MAX_TASK or not r.get("task").strip() for r in rows):
        return False
    found = planned = 0
    for r in rows:
        progress = r.get("progress").strip()
        if not progress:
            continue
        if _plans(r.get("task"), progress):
            planned += 1
            continue
        p = parse_row(progress, r.get("task"), r.get("units") or r.get("lead"), 0)
        if (p.stage or p.facts or p.neutral or p.stated_pct is not None or _DONE_OPENING.match(progress)
                or _PROGRESS_WORD.search(progress)):
            found += 1
    return 2 * found >= len(rows) and 2 * planned < found


def _plans(task: str, progress: str) -> bool:
    """The row is no progress: its task names a field (检查时间, 办理对象, 联系人), its text defines (指…), or it
    plans or decides (将…, 力争…, 会议要求…, 到2027年底…) or sets a target (增长6%左右, 控制在5.5%以内) with no
    work reported in it (已, 正在, 完成率 …)."""
    compact = _SPACE.sub("", task)
    if len(compact) <= 4 and _FIELD_END.search(compact):
        return True
    if _DEFINITION.match(progress):
        return True
    if _DONE_WORD.search(progress) or _reports_facts(progress):
        return False
    return bool(_PLAN_LEAD.match(progress) or _TARGET_BY.match(progress) or _TARGET_AFTER.search(progress))
