"""Layout: 【…】 result lists (综合考评 results, honour rolls).

How yearbooks and commendation notices print results without a table::

    【2017年度上城区综合考评先进集体】
    综合考评优胜单位
    区教育局、区委宣传部、区委组织部、望江街道
    **进位显著奖**
    区城管局、区科协、区科技局

A 【title】 opens a list; a short line naming an award (…奖, …单位, …人员,
or set in bold) opens a category; the lines after it are the names, split on
、，； for units, or on spaces for a roll of persons (where two-character names
are padded to three with a space: 徐 斌).  A list broken over lines is one
list.  One table per 【title】; ``rank`` is the order as listed.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .. import vocab
from ..model import Row, Table
from ..text import for_parsing, line_spans

BRACKET = re.compile(r"^【([^】]+)】(.*)$")
BOLD = re.compile(r"^\*\*(.+?)\*\*$")
# A category names an award or a result: 综合考评优胜单位, 进位显著奖, 三等功人员 …
CATEGORY_END = re.compile(f"(?:{vocab.alternation('honour.category_end')})$")
# What a result list is about; a 【…】 without it is not a result list.
RESULT_WORD = vocab.pattern("honour.result_word")
UNIT_SEP = re.compile(r"[、,，;；]")
PERSON = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
SOURCE = re.compile(r"^[(（][^()（）]{1,20}[)）]$")   # (年鉴编辑部): who compiled it
# A sentence end with more text after it: prose (a plan's 【数字经济】建设…。新建…。), never a line of names.
PROSE = re.compile(r"[。!?！？]\s*\S")


def _strip_marks(line: str) -> str:
    return line.strip().replace("**", "").strip()


class _Text:
    """Characters gathered from several lines with their offsets in the document."""

    def __init__(self):
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def add(self, text: str, start: int, end: int, sep: str = "") -> None:
        if self.chars and sep:
            self.chars.append(sep)
            self.offsets.append(start)
        for k in range(start, end):
            self.chars.append(text[k])
            self.offsets.append(k)

    def __str__(self) -> str:
        return "".join(self.chars)


_SPACE = re.compile(r"\s")


def find(text: str, registry, reference: list[str] | None = None) -> list[Table]:
    spans = line_spans(text)
    starts = [s for s, _ in spans]
    tables: list[Table] = []
    table: Table | None = None
    category = ""
    content: _Text | None = None
    kind = ""  # units | persons | single
    ranked = 0  # names listed so far in the current category

    def flush():
        nonlocal content, ranked
        if table is not None and content is not None and content.chars:
            rows = _rows(content, kind, category or table.title, starts, registry, ranked)
            ranked += len(rows)
            table.rows.extend(rows)
            table.end = max(table.end or 0, content.offsets[-1] + 1)
        content = None

    def close():
        nonlocal table
        flush()
        if table is not None and table.rows and RESULT_WORD.search(table.title + "".join(
                r.values["category"] for r in table.rows)):
            cols = [c for c in ("category", "rank", "unit_name", "person") if any(c in r.values for r in table.rows)]
            for r in table.rows:
                r.values = {c: r.values.get(c, "") for c in cols}
            table.columns = cols
            tables.append(table)
        table = None

    norm = for_parsing(text)   # one character for one, so a line of it is the line normalised
    for start, end in spans:
        raw = text[start:end]
        line = _strip_marks(norm[start:end])
        if not line:
            continue
        m = BRACKET.match(line)
        if m:
            close()
            table = Table(title=m.group(1).strip(), columns=[], rows=[], layout="bracket",
                          start=start, end=end)
            category, content, kind, ranked = "", None, "", 0
            rest = m.group(2).strip()
            if not rest:
                continue
            # The rest of the line after 】 is read like a line of its own.
            start += for_parsing(raw).find("】") + 1
            while start < end and text[start] in "* \u3000":
                start += 1
            raw, line = text[start:end], rest
        if table is None:
            continue
        if raw.lstrip().startswith("#") or "\t" in raw or PROSE.search(line):
            close()
            continue
        if SOURCE.match(line):
            table.notes.append(raw.strip())
            table.end = end
            close()
            continue
        bold = BOLD.match(for_parsing(raw).strip())
        if bold or (not UNIT_SEP.search(line) and not _SPACE.search(line)
                    and CATEGORY_END.search(line) and registry.lookup(line) is None):
            flush()
            category, ranked = line, 0
            continue
        this = "units" if UNIT_SEP.search(line) else "persons" if _SPACE.search(line) else "single"
        if this == "single" and not (registry.looks_like_org(line) or PERSON.match(line)):
            close()
            continue
        if content is not None and (this == "single" or kind == "single"):
            flush()                         # one name a line: each line is its own item
        if content is None:
            content, kind = _Text(), this
        body = text[start:end]
        s = start + len(body) - len(body.lstrip("* \u3000"))
        e = start + len(body.rstrip("* \u3000"))
        content.add(text, s, e, sep=" " if kind == "persons" else "")
    close()
    return tables


_SPACE_RUN = re.compile(r"\s+")
_NON_SPACE_RUN = re.compile(r"\S+")


def _rows(content: _Text, kind: str, category: str, starts, registry, ranked: int) -> list[Row]:
    """Split gathered list text into one row per name."""
    s = for_parsing(str(content))
    items: list[tuple[str, int, int]] = []   # (name, start, end) in ``s``
    if kind == "persons":
        tokens = [(m.group(), m.start(), m.end()) for m in _NON_SPACE_RUN.finditer(s)]
        k = 0
        while k < len(tokens):
            name, a, b = tokens[k]
            # 徐 斌: a two-character name padded to the width of three.
            if len(name) == 1 and k + 1 < len(tokens) and len(tokens[k + 1][0]) == 1:
                name, b = name + tokens[k + 1][0], tokens[k + 1][2]
                k += 1
            items.append((name, a, b))
            k += 1
    else:
        pos = 0
        for part in UNIT_SEP.split(s) + [""]:
            lead = len(part) - len(part.lstrip())
            if part.strip():
                items.append((part.strip(), pos + lead, pos + lead + len(part.strip())))
            pos += len(part) + 1
    rows = []
    for rank, (name, a, b) in enumerate(items, ranked + 1):
        start, end = content.offsets[a], content.offsets[b - 1] + 1
        written = "".join(content.chars[a:b])
        person = kind == "persons" or (kind == "single" and not registry.looks_like_org(name))
        values = {"category": category, "rank": str(rank)}
        values["person" if person else "unit_name"] = _SPACE_RUN.sub("", written) if person else written
        rows.append(Row(values=values, start=start, end=end, line=bisect_right(starts, start)))
    return rows
