"""Numbered progress pages (编号进展): a progress page with no header row, read as a progress table.

Real 督查通报 and half-year bulletins often list their rows as numbered paragraphs, not as a table:

* ``1、task：progress`` — the task and its progress on one line, apart by a full-width colon: the first whose
  text reports facts (已…, 目前…, 截至…, 1-9月…, a stated rate), else the first (1、推进老旧小区改造：改造32个
  小区：已完成24个 keeps its first colon in the task); a colon inside brackets or quotes parts nothing
  (完成…（责任单位：县发改局）：已完成… parts at the colon after the bracket); the row's labelled cells stay in
  the task (…｜目标任务：…｜完成时限：12月底前｜责任股室：某某股：progress, …攻坚目标任务：…。 第二季度工作任务
  安排：…：progress, …工程：3月底前开工，年底前完工：progress) and the progress column's own label opens the
  progress (…：进展情况（1-8月）：…) — see ``_cut``;
* ``1、task，牵头部门：unit。progress`` — the unit named after the task, the progress after it (a deadline
  labelled after it, 完成时限：…, is that cell, not progress);
* ``1、task`` then the progress on the next line(s), up to the next numbered row or a heading (二、…, （二）…);
  the last heading's title, without its number, is the ``section_title`` of the rows under it (the group a
  bulletin files them under: （一）扩大有效投资 over 1．… 3．);
* ``1、task`` then ``进展情况：progress`` (and ``责任单位：unit``) on lines of their own: a line opening with
  a header word of headers.toml and a colon puts its text in that column (progress, units, lead, deadline …; a
  task line, 工作任务：…, under the numbered title is its measure, task_2; a line opening with a verdict on the
  task, 超额完成年度任务：…, is progress: a word of work done beside the keyword found, 任务, names no column).  Where the progress stands on later
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
from .tables.columns import EXACT, KEYWORDS, column_for, columns_for
from .text import NOT_A_DECIMAL, compact, outside_brackets

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
_LABEL_DONE = vocab.pattern("table.numbered_label_done")
# columns whose labels name completion themselves (完成情况, 完成时限, 完成率, 完成数, 完成状态): 完成 in them is no report
_COMPLETION_COLUMNS = frozenset({"progress", "rate", "amount", "state", "deadline"})
# 全面完成年度任务, 超额完成全年任务: a verdict on the year's task as a whole, a report of facts
_VERDICT = re.compile(rf"^(?:{vocab.alternation('table.numbered_verdict')})了?"
                      rf"(?:{vocab.alternation('table.numbered_verdict_year')})(?:目标)?任务")
_NOTE_TAIL = re.compile(r"[（(][^（()）]{1,12}[）)]$")      # 进展情况（1-8月）: a label's bracketed period
_HEAD_STOP = "：:｜|，,。；;"
# 8月份完成情况, 1-8月进展情况, 三季度进展: a period before a progress label
_PERIOD_HEAD = re.compile(rf"^(?:{vocab.alternation('table.numbered_period_lead')})?"
                          r"(?:\d{1,2}\s*[-—－~至]\s*)?\d{1,2}月[份底末]?"
                          rf"|^(?:{vocab.alternation('table.numbered_period_head')})")
# 进展情况, 工作进展, 进度: a label naming the progress alone — before one naming completion (具体完成情况：当年完成 is
# the task's expected result on some pages, 目标完成情况：顺利推进 a verdict)
_PROGRESS_PROPER = vocab.words("table.numbered_progress_proper")
_TASK_TARGET = vocab.pattern("table.numbered_task_target")
_CELL_BREAK = re.compile(r"[，,。；;｜|]")
_PLAN_LABEL = re.compile(r"[\s，,。；;]([^\s：:｜|，,。；;]{2,10})$")
_PLAN_LABEL_END = re.compile(rf"(?:{vocab.alternation('table.numbered_plan_label')})$")
_TASK_COLUMNS = frozenset({"task", "indicator"})
_CLAUSE = re.compile(r"[，,。]")
_ITEMS = re.compile(r"[、；;]|[①-⑳]")
# a figure with a unit or a scale: every unit of units.toml (公里, 个, 床, 件 …, guarded against 方案-like words) and its
# scales (万, 亿) and table.numbered_figure_scale's 千, 百 — a superset of the inline class it replaces, but for a lone
# 公 or 里 (that class's characters of 公里: 12公路 or 3里程 is no measure)
_FIGURE_SCALE = "|".join(re.escape(w) for w in vocab.longest_first((*vocab.scales(),
                                                                    *vocab.words("table.numbered_figure_scale"))))
_FIGURE_UNIT = re.compile(rf"\d(?:\.\d+)?[ \t]?(?:{_FIGURE_SCALE}|{vocab.unit_group()})")
_NAME_RUN = re.compile(r"[\u4e00-\u9fff]+")
MAX_CELL = 40       # the longest value of a labelled cell inside a numbered line (责任单位：市发展改革委、市统计局)
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
    glossary are no progress rows, however many figures they hold) — unless the report's words all stand inside
    the page's rows (``_quotes_report``: the rows quote it as their source).  A page titled after the work report and its
    progress (…政府工作报告重点工作推进情况, kinds.progress_title) is read for its words as a report, but is a
    bulletin on one: its numbered rows are read as any other page's (a report's own title names no progress)."""
    if any("progress" in t.columns for t in tables):
        return None
    table = numbered_table(text)
    if kind == "work_report" and not kinds.progress_title(text) and not (table and _quotes_report(text, table)):
        return None
    return table


def _quotes_report(text: str, table: Table) -> bool:
    """Every word that made the document a work report stands inside one of the page's numbered rows: the rows
    name the report as their tasks' source (1、根据今年《政府工作报告》，新开工…任务为…：progress, 某某确定的10件
    民生实事) — a bulletin on the report, not the report, whose own title, address to the deputies (各位代表) and
    parts stand outside any row.  The rows were found by the page's own guards (numbered progress, few plans)."""
    spans = [(r.start, r.end) for r in table.rows if r.start is not None and r.end is not None]
    words = kinds.report_words(text)
    return bool(words) and all(any(a <= start and end <= b for a, b in spans) for start, end in words)


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
    the line); before the progress column's own label (…：进展情况（1-8月）：…, 9月份完成情况：…, kept with its text);
    after a labelled cell's value closing the task (…｜责任单位：某某局：督查核实：…, when the progress is on the
    line); else where the text after it reports facts (已…, 目前…, 截至…, a stated rate, a verdict on the year's task:
    超额完成年度任务); else, with the progress on the line, after the text of a label of the task's own target or plan
    standing after the task (某某工程 攻坚目标任务：…。 第二季度工作任务安排：…：progress) or after a segment holding
    the task's target (…工程：3月底前开工，年底前完工：progress) where work is reported after it; where none does,
    at the first colon — unless the later lines give the progress: then the text after the colon is the task's own
    measure or target (1、推进工业技改：实施技改项目40个 / 进展情况：…) and the line is the task whole."""
    colons = outside_brackets(body, "：:")     # 完成…（责任单位：县发改局）：已完成…: a bracket's colon parts nothing
    if colons and not later.strip() and _task_label(body, colons):
        # 1、年度目标任务：新增就业1.2万人：progress — the task's own label and its value, then the progress
        return body[:colons[1]].strip(), body[colons[1] + 1:].strip()
    if not colons or _names_column(body[:colons[0]]):
        return body.strip(), later.strip()
    note = _after_note(body, colons) if not later.strip() else None
    if note is not None:
        return body[:note].strip(), body[note + 1:].strip()
    labelled = [(at, opens) for at in colons if not later.strip() and (opens := _progress_label(body, at)) is not None
                and body[:opens].strip(" \t\u3000" + _HEAD_STOP)]
    proper = [(at, opens) for at, opens in labelled if any(w in body[opens:at] for w in _PROGRESS_PROPER)]
    if labelled:
        # …｜完成时限：12月底前：进展情况（1-8月）：… — the progress column's label parts the row, kept with its text
        opens = (proper or labelled)[0][1]
        return body[:opens].strip(" \t\u3000" + _HEAD_STOP), body[opens:].strip()
    cell = _after_cell(body, colons) if not later.strip() else None
    if cell is not None:
        return body[:cell].strip(" \t\u3000" + _HEAD_STOP), body[cell + 1:].strip()
    for k, at in enumerate(colons):
        segment = body[at + 1:colons[k + 1] if k + 1 < len(colons) else len(body)]
        if _reports_facts(segment):
            return body[:at].strip(), f"{body[at + 1:].strip()}{later}".strip()
    if not later.strip():
        planned = [at for at, _ in zip(colons, colons[1:], strict=False) if _labels_plan(body[:at])]
        if planned:
            # 某某工程 攻坚目标任务：…。 第二季度工作任务安排：…：progress — the task's target and plan, then progress
            at = colons[colons.index(planned[-1]) + 1]
            if body[at + 1:].strip():
                return body[:at].strip(), body[at + 1:].strip()
        for before, at in zip(colons, colons[1:], strict=False):
            # 1、某某工程：3月底前开工，年底前完工：项目手续正在办理 — the task's own target, then work reported
            target, rest = body[before + 1:at], body[at + 1:]
            # (a label alone, …：年度目标：…, is no target: the progress text's own label)
            if (_TASK_TARGET.search(target) and (len(compact(target)) > MAX_LABEL or _label_column(target) is None)
                    and "｜" not in target and "|" not in target and _reports_work(rest)):
                return body[:at].strip(), rest.strip()
            # 1、某某工程：新建管网12公里：全年铺设管网12.4公里 / 1、三项改造：①甲路；②乙路：①甲路已完工… — the
            # task's measure or list of items, reported on item by item after the next colon
            if _measure_reported(target, rest):
                return body[:at].strip(), rest.strip()
    head, after = body[:colons[0]].strip(), body[colons[0] + 1:].strip()
    if later.strip() or not after:
        return body.strip(), later.strip()
    return head, after


def _task_label(body: str, colons: list[int]) -> bool:
    """The numbered line opens with the label of the task's own column (目标任务, 年度目标, 工作任务) and its value
    runs to the next colon, a short name or measure with no clause mark or bar, text after it (1、年目标任务：新增
    就业1.2万人：截至9月底新增1.1万人): the label and value are the task, the rest its progress."""
    if len(colons) < 2 or not body[colons[1] + 1:].strip():
        return False
    head, value, rest = body[:colons[0]], body[colons[0] + 1:colons[1]], body[colons[1] + 1:]
    if len(compact(head)) > MAX_LABEL or _label_column(head) not in _TASK_COLUMNS or not value.strip():
        return False
    if len(value) <= MAX_CELL and not _CELL_BREAK.search(value):
        return True
    # 1、年度目标：建成8个…站点，总投资约300万元，计划于9月底前投用：8个站点均已建成 — a longer value holding the
    # task's own target words, stating no fact itself, and work or facts reported after the second colon, which is
    # no progress column's own label (1、目标任务：…。进展情况：… is parted at that label)
    return (bool(_TASK_TARGET.search(value)) and not _reports_facts(value) and "｜" not in value and "|" not in value
            and _progress_label(body, colons[1]) is None and (_reports_work(rest) or _reports_facts(rest)))


def _measure_reported(target: str, rest: str) -> bool:
    """A segment between two colons of a numbered line is the task's measure or list of items, the text after the
    second colon its progress: the segment states a figure with its unit or lists items (、 or ；, ①②), reports no
    work itself, and every name in it recurs in the text after (新建管网12公里 / 铺设管网12.4公里; ①甲路改造；
    ②乙路改造 / ①甲路改造已完工；②乙路改造…), which reports work.  Guards: a segment closing on a word leading
    a breakdown (…，其中：…) or holding a clause mark (，。) is progress already; a label alone (年度目标) names no
    measure."""
    target = target.strip()
    if (not target or len(target) > MAX_CELL or _CLAUSE.search(target) or _reports_work(target)
            or _reports_facts(target) or not _reports_work(rest)):
        return False
    listed = len(_ITEMS.split(target)) > 1
    if not listed and not _FIGURE_UNIT.search(target):
        return False
    names = [run for run in _NAME_RUN.findall(target) if len(run) >= 2]
    return bool(names) and all(run[:4] in rest or run[-4:] in rest for run in names)


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


def _after_cell(body: str, colons: list[int]) -> int | None:
    """The colon after a labelled cell's value closing the task (…｜责任单位：市某某局：督查核实：progress,
    …｜完成时限：12月底前：progress): the label names a column besides the task and the progress, its value a short
    name or date with no clause mark or bar, and text follows the colon after it.  None when there is none."""
    for at, then in zip(colons, colons[1:], strict=False):
        opens = _label_start(body, at)
        value = body[at + 1:then]
        if (opens == 0 or not value.strip() or len(value) > MAX_CELL or _CELL_BREAK.search(value)
                or not body[then + 1:].strip()):
            continue
        head = body[opens:at]
        if len(compact(head)) <= MAX_LABEL and _label_column(head) not in (None, "seq", "task", "progress"):
            return then
    return None


def _label_start(body: str, at: int) -> int:
    """Where the label before the colon at ``at`` opens: after the last colon, bar, clause mark or space before it
    (…施工 进展情况：…, …｜责任单位：…)."""
    k = at - 1
    while k >= 0 and (body[k] not in _HEAD_STOP and not body[k].isspace()):
        k -= 1
    return k + 1


def _labels_plan(before: str) -> bool:
    """The text before a colon ends with a label of the task's own target or plan (攻坚目标任务, 第二季度工作任务安排,
    9月工作计划 after a space or a clause mark): a label after the task's text, not the task itself (1、完成植树造林
    任务：植树3万株，其中：… keeps its first colon's text as its progress) nor one after a colon (…：年度目标：… is the
    progress text's own label)."""
    m = _PLAN_LABEL.search(before.rstrip())
    return bool(m and _PLAN_LABEL_END.search(m.group(1)))


def _reports_work(text: str) -> bool:
    """Work reported anywhere in the text: a word of work done or a stage of the work (全部建成, 主体工程完工)."""
    return bool(_DONE_WORD.search(text) or parse_row(text).stage)


def _names_column(head: str) -> bool:
    """The text before a colon is a column's label (责任单位：, 完成时限：), not a task that a header keyword is
    found in (完成全年植树造林任务：…): a label is short."""
    return len(_SPACE.sub("", head)) <= MAX_LABEL and _label_column(head) is not None


def _label_column(label: str) -> str | None:
    """The column a text before a colon labels, or None: a header's whole name, or one a keyword finds in it with
    no word of work done beside the keyword — 超额完成年度任务：… opens a progress text; 任务 found in it names
    no task column (完成情况, 1-9月完成情况, 完成时限: columns whose names hold 完成 themselves)."""
    key = compact(label)
    if not key or key in EXACT:
        return EXACT.get(key)
    for word, column in KEYWORDS:
        if word in key:
            if column not in _COMPLETION_COLUMNS and _LABEL_DONE.search(key.replace(word, "", 1)):
                return None
            return column
    return None


def _progress_label(body: str, at: int) -> int | None:
    """Where the progress column's label before the colon at ``at`` opens (…｜责任股室：某某股：进展情况（1-8月）：
    progress — the label, its period in brackets or none, after a colon, a bar or a clause mark), or None."""
    opens = _label_start(body, at)
    head = body[opens:at].strip()
    bare = _PERIOD_HEAD.sub("", _NOTE_TAIL.sub("", head))
    if opens == 0 or len(compact(bare)) > MAX_LABEL or _label_column(bare) != "progress":
        return None
    return opens + (len(body[opens:at]) - len(body[opens:at].lstrip()))


def _reports_facts(text: str) -> bool:
    text = text.strip()
    return bool(_DONE_OPENING.match(text) or _FACT_LEAD.match(text) or _VERDICT.match(text)
                or parse_row(text).stated_pct is not None)


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
        column = _label_column(labelled.group(1)) if labelled else None
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
