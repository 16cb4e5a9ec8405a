"""Document kind (文档类型): what sort of document this is.

Decided from what was recovered (table columns, report structure) and from
the words such documents use, scored so the strongest evidence wins.
"""

from __future__ import annotations

import re

from . import vocab
from .model import Section, Table
from .parts import PROGRESS_BULLETIN, is_minutes
from .text import for_parsing

KINDS = ("work_report", "decomposition_table", "progress_table", "awards_table", "plan", "notice", "minutes")

_PLAN_WORDS = vocab.pattern("kind.plan")
_PHASE_WORDS = re.compile(rf"(第[一二三四五]阶段|{vocab.alternation('kind.plan_phase')}|到20\d\d年|20\d\d[—-]20\d\d年)")
_NOTICE_HEAD = re.compile(rf"^[^\n]{{0,60}}({vocab.alternation('kind.notice_addressee')})[^\n]{{0,40}}[:：]", re.M)
_NOTICE_WORDS = vocab.pattern("kind.notice")
_REPORT_WORDS = vocab.pattern("kind.report")
_REPORT_TITLE = vocab.pattern("kind.report_title")
_PROGRESS_TITLE = vocab.pattern("kind.progress_title")
_TITLE_LINE = re.compile(r"[^\n]*\S[^\n]*")
MINUTES_SCORE = 200     # the title or opening says what the document is: above any count of words (a work report
                        # named in every item, 10 a word); a table document's rows may still outweigh it (divided below)
HEAD = 3000            # the document's opening part, where the words of each kind are counted
TITLE_MAX = 80          # a first line longer than this is a paragraph, not a title


def _rows(tables: list[Table], *columns: str) -> int:
    return sum(len(t.rows) for t in tables if all(c in t.columns for c in columns))


def detect(text: str, tables: list[Table], sections: list[Section]) -> str:
    """Return one of KINDS, or ``unknown``."""
    head = text[:HEAD]
    scores = dict.fromkeys(KINDS, 0.0)

    scores["decomposition_table"] += _rows(tables, "lead", "indicator") + 2 * _rows(tables, "target_class")
    # A list of tasks each with its lead unit and deadline (重点任务 / 牵头单位 / 配合单位 / 完成时限) read as a table of
    # its own is a decomposition, whatever notice issues it; tab rows are a report's own lines, read in place.
    scores["decomposition_table"] += _rows([t for t in tables if t.layout != "tabbed"], "task", "lead", "deadline")
    if "分解" in head:
        scores["decomposition_table"] += 5
    scores["progress_table"] += _rows(tables, "progress")
    scores["awards_table"] += _rows(tables, "honour") + _rows(tables, "category")

    parts = {s.role for s in sections if s.level == 0}
    if {"review", "plan"} <= parts:
        scores["work_report"] += 40
    scores["work_report"] += 10 * len(_REPORT_WORDS.findall(head))

    scores["plan"] += 3 * len(_PLAN_WORDS.findall(head)) + 2 * len(_PHASE_WORDS.findall(text[:20000]))
    if _NOTICE_HEAD.search(head):
        scores["notice"] += 8
    scores["notice"] += 2 * len(_NOTICE_WORDS.findall(head))
    # Minutes of a meeting (…常务会议纪要, 现将会议议定事项纪要如下：): whatever plan or report their items name.
    if is_minutes(text):
        scores["minutes"] += MINUTES_SCORE

    # A document whose tables hold most of it is a table document, whatever its preamble says.
    table_rows = sum(len(t.rows) for t in tables)
    if table_rows >= 5:
        for kind in ("notice", "plan", "work_report", "minutes"):
            scores[kind] /= 4

    kind, best = max(scores.items(), key=lambda kv: kv[1])
    return kind if best >= 3 else "unknown"


_TITLE_OPENING = re.compile(r"^关于\S+的\S{2,4}$")     # 关于…的通报 / 通知 / 实施方案: a title line
_HEADER_LINES = 6


def header_titles(text: str) -> list[str]:
    """The title lines (关于…的通报) among the first lines of a document's header block (an office's name, 督查通报, an
    issue line), before its addressees or first sentence (a line ending in a colon or holding a full stop)."""
    out: list[str] = []
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_HEADER_LINES]
    for line in lines:
        if line.endswith(("：", ":")) or "。" in line or "\t" in line or "|" in line:
            break
        if _TITLE_OPENING.match(for_parsing(line)):
            out.append(line)
    return out


def report_words(text: str) -> list[tuple[int, int]]:
    """The spans of the work report's words (kind.report) in the part of the text ``detect`` scores them in."""
    return [m.span() for m in _REPORT_WORDS.finditer(text[:HEAD])]


def progress_title(text: str) -> str:
    """The document's title when it names a work report and how far its tasks have got
    (2019年县政府工作报告三季度完成情况通报, 关于2024年《政府工作报告》重点任务落实情况的通报): a
    progress bulletin or report on the work report, which an import as a plan would read for
    tasks and find none (or the wrong ones); else "".  The title is the first line with text,
    up to TITLE_MAX characters, or under a header block its 关于… line (header_titles); a work report's own
    title (政府工作报告) has no progress word."""
    line = _TITLE_LINE.search(text[:2000])
    first = line.group().strip() if line else ""
    # (under a header block — the office's name, 督查通报, an issue line — the title is its 关于… line)
    for title in (first, *header_titles(text[:2000])):
        if len(title) <= TITLE_MAX and (_REPORT_TITLE.search(title) and _PROGRESS_TITLE.search(title)
                                        or PROGRESS_BULLETIN.search(for_parsing(title))):
            return title        # (or a bulletin on the works' progress naming no report: …重点工作推进情况的通报)
    return ""
