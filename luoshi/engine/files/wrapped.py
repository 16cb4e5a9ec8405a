"""A text laid out by a PDF's page, read as it was written.

A PDF's text layer, and a text copied from one, breaks every line at the page's width wherever it falls — inside
a word (社会消费品零 / 售总额), between a figure and its hedge (32万吨 / 以上) — and leaves the page numbers
(— 3 —) on lines of their own, often in the middle of a sentence.  The breaks are the page's, not the writer's:
read as they stand, a metric holds a line break and a sentence stops at a page number.  ``unwrapped`` joins them:

- a page-number line (— 3 —, - 3 -, －3－, 第3页, 第3页 共12页: words.toml page.number_*) between a line broken off mid-sentence and the line carrying the
  sentence on is dropped, with its line breaks, whatever the layout;
- when the text is wrapped at a width — at least ``_MIN_BROKEN`` lines broken off mid-sentence, many of them
  inside a word or a figure (a writer breaks a line after a mark, a page anywhere), most of them of one width
  (within ``_WIDTH_SLACK`` half-width places of their median, no narrower than a page's column) and few prose lines
  wider (a page has none: many are the writer's own lines, a numbered task with its progress on the next line) —
  each line broken off mid-sentence, or full and ending on a clause mark, is joined to the line carrying it on.

A line is broken off mid-sentence when it is prose (running punctuation, Chinese) ending with no sentence end,
colon, semicolon or closing mark; the next line carries it on when it is prose opening with no indent, heading
or item number.  A text written with a line per paragraph, or one whose short lines end where their writer ended
them (titles, table cells one per line, list items), has no such run of lines of one width and is left as it is.
"""

from __future__ import annotations

import re
import statistics

from .. import vocab

_OPEN, _CLOSE, _TOTAL = (vocab.alternation(f"page.number_{k}") for k in ("open", "close", "total"))
# — 3 —, - 3 -, －3－; 第3页, 第 3 页 共 12 页
_PAGE_NUMBER = re.compile(r"^[ \t]*(?:[—\-–－·•]{1,2}[ \t]*\d{1,4}[ \t]*[—\-–－·•]{1,2}"
                          rf"|(?:{_OPEN})[ \t]*\d{{1,4}}[ \t]*(?:{_CLOSE})(?:[ \t,，/]*(?:{_TOTAL})[ \t]*\d{{1,4}}[ \t]*(?:{_CLOSE}))?)"
                          r"[ \t]*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PROSE = re.compile(r"[，、；：。！？,;:!?]")
_SENTENCE_END = re.compile(r"[。！？!?][”’）)\]」』】〕》*]*\s*$")
_SHUT = re.compile(r"[。！？；：!?;:”’）)\]」』】〕》*]\s*$")
# A line opening a paragraph, heading or item: an indent, a numbered heading (一、 （一） 1. 1、 第一), a table
# row's number apart from its cells by spaces or a tab (2  某某工程  已完工), a dash, a circled number, a bold or
# markdown mark.
_OPENS = re.compile(r"^(?:[ \t\u3000]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．](?!\d)"
                    r"|\d{1,3}(?:[ \t\u3000]{2,}|\t)|\d+\.(?!\d)|第[一二三四五六七八九十]+|——|[①-⑳❶-❿⑴-⒇⒈-⒛]|\*|#|\|)")
# 1、 2. （一） 一、: a line's own item number, its mark no clause mark of the text after it
_ITEM_NUMBER = re.compile(r"^[ \t\u3000]*(?:\d{1,3}[、．.](?!\d)|[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十\d]{1,3}[）)])")
_MIN_BROKEN = 5
_WIDTH_SLACK = 4
_SHARE_OF_ONE_WIDTH = 0.75
_SHARE_MID_WORD = 0.4       # of the broken lines, those ending inside a word or figure (no mark)
_NARROWEST = 30             # half-width places: a page's column is no narrower


def _width(line: str) -> int:
    """Half-width places: a Chinese or full-width character two, an ASCII one."""
    return sum(1 if ord(c) < 128 else 2 for c in line)


def _broken(line: str) -> bool:
    body = line.rstrip()
    return bool(body) and not _SHUT.search(body) and bool(_PROSE.search(body)) and bool(_CJK.search(body)) \
        and "\t" not in body


def _carries_on(line: str) -> bool:
    return bool(line.strip()) and not _OPENS.match(line) and bool(_CJK.search(line) or _PROSE.search(line)) \
        and "\t" not in line and not _PAGE_NUMBER.match(line)


def _numbered_title(line: str) -> bool:
    """1、6月底前完成城北堤防加固工程: a numbered line whose only clause mark is its number's — a task's title the
    writer ended there (its progress on the next line), no evidence of a page's width."""
    m = _ITEM_NUMBER.match(line)
    return m is not None and _PROSE.search(line, m.end()) is None


def _line_width(lines: list[str]) -> float | None:
    """The width the text is wrapped at (the median of its lines broken off mid-sentence), or None when it is not
    wrapped at a width: too few such lines, or not most of them of one width."""
    broken = [a.rstrip() for a, b in zip(lines, lines[1:], strict=False)
              if _broken(a) and _carries_on(b) and not _numbered_title(a)]
    if len(broken) < _MIN_BROKEN or sum(not _PROSE.match(a[-1]) for a in broken) < _SHARE_MID_WORD * len(broken):
        return None      # a writer breaks a line after a mark; a page breaks it inside words too
    widths = [_width(a) for a in broken]
    middle = statistics.median(widths)
    if middle < _NARROWEST or sum(abs(w - middle) <= _WIDTH_SLACK for w in widths) < _SHARE_OF_ONE_WIDTH * len(widths):
        return None
    # a page wrapped at a width has no prose line wider: many wider lines are the writer's own (numbered tasks
    # with their progress on the next line, each as long as it is written)
    wider = sum(_width(a.rstrip()) > middle + _WIDTH_SLACK and _PROSE.search(a) is not None for a in lines)
    if wider >= _MIN_BROKEN and wider * 2 >= len(broken):
        return None
    return middle


def unwrapped(text: str) -> str:
    """``text`` with the page's line breaks and the page numbers inside sentences taken out (module docstring);
    the text itself when it has none."""
    lines = text.split("\n")
    if len(lines) < 3:
        return text
    width = _line_width([line for line in lines if not _PAGE_NUMBER.match(line)])

    def runs_on(line: str) -> bool:
        # broken off mid-sentence; in a text wrapped at a width, also a full line ending on a clause mark
        # (…主要预期目标是： at the line's end), not on a sentence end
        return _broken(line) or (width is not None and _width(line.rstrip()) >= width - _WIDTH_SLACK
                                 and _PROSE.search(line) is not None and not _SENTENCE_END.search(line))

    out: list[str] = []
    # The last kept line as the lines joined into it, with what the checks above need of all but its last piece:
    # joining into one string and searching it again at each line is quadratic in a long run of broken lines.
    pieces: list[str] = []
    before = {"width": 0, "prose": False, "cjk": False, "tab": False}

    def last_runs_on() -> bool:
        tail = pieces[-1]
        if len(pieces) == 1:
            return runs_on(tail)
        body = tail.rstrip()
        end = pieces[-2][-16:] + body           # the marks at the joined line's end
        prose = before["prose"] or _PROSE.search(body) is not None
        if not _SHUT.search(end) and prose and (before["cjk"] or _CJK.search(body)) and not before["tab"] \
                and "\t" not in body:
            return True
        return (width is not None and before["width"] + _width(body) >= width - _WIDTH_SLACK and prose
                and not _SENTENCE_END.search(end))

    def keep(line: str) -> None:
        if pieces:
            out.append("".join(pieces))
        pieces[:] = [line]
        before.update(width=0, prose=False, cjk=False, tab=False)

    page = False                 # a page number dropped after the last line kept, inside its sentence
    changed = False
    for i, line in enumerate(lines):
        if _PAGE_NUMBER.match(line) and pieces and last_runs_on() and i + 1 < len(lines) \
                and _carries_on(lines[i + 1]):
            page = changed = True
            continue
        if pieces and last_runs_on() and _carries_on(line) and (width is not None or page):
            body = pieces[-1].rstrip()
            pieces[-1] = body
            before["width"] += _width(body)
            before["prose"] = before["prose"] or _PROSE.search(body) is not None
            before["cjk"] = before["cjk"] or _CJK.search(body) is not None
            before["tab"] = before["tab"] or "\t" in body
            pieces.append(line)
            changed = True
        else:
            keep(line)
        page = False
    if not changed:
        return text
    keep("")
    return "\n".join(out)
