"""The expected targets (主要预期目标) a plan part states: the lead-in's clauses (``_target_clauses``), bulleted
targets (``_bullet_span``), the targets continued in the sentences after it (``_continued_targets``) and a targets
table written in the text (``_table_targets``).
"""

from __future__ import annotations

import re

from .. import targets, vocab
from ..judgement import Indicator
from ..model import Document, Sentence
from ..structure import SLOGAN_LEAD
from ..text import for_parsing

_CLAUSE_CHARS = re.compile(r"[^\s,，;；:：。!！?？、“”\"'()（）]")
_TARGETS_LEAD = re.compile(rf"^.*?(?:{vocab.alternation('part.targets', 'part.targets_short', 'part.targets_plain')})[^:]*:")
# …主要预期目标安排如下。 / …主要目标建议如下： closing its sentence: the lead-in says the targets follow it (part.targets_as_follows), on
# the lines after it (under field heads: 在经济发展方面：…), none of its own clauses a target.
_AS_FOLLOWS_END = re.compile(rf"(?:{vocab.alternation('part.targets', 'part.targets_short', 'part.targets_plain')})"
                             rf"[^,。:;!]{{0,4}}?(?:{vocab.alternation('part.targets_as_follows')})\s*[:。]?\s*$")
# …主要预期目标安排如下（见表1）。: a lead-in closed by a bracket sending to a numbered table (part.targets_see_table) a few
# characters after the targets' name — the targets are that table's rows (_table_targets), none of the lead-in's own
# clauses.  A bracket closing a list of targets (…，实际利用外资1.8亿美元（见表2）。) is far from the name: clauses read.
_SEE_TABLE_END = re.compile(rf"(?:{vocab.alternation('part.targets', 'part.targets_short', 'part.targets_plain')})"
                            rf"[^,。:;!]{{0,6}}?\((?:{vocab.alternation('part.targets_see_table')})\s*\d{{1,2}}\)\s*[。.]?\s*$")
# …我们提出：2020年…: the lead-in of targets proposed with no word naming them (structure._targets_proposed).
_PROPOSED_LEAD = re.compile(rf"^.*?(?:{vocab.alternation('part.targets_proposed')})\s*:")
# 民生和生态环境方面的目标设定为：…: a field's targets set by a verb (structure._targets_set), the lead-in up to its colon.
_SET_FIELD_LEAD = re.compile(rf"^.*?(?:{vocab.alternation('part.targets_set_noun')})"
                             rf"(?:{vocab.alternation('part.targets_set_verb')})(?:为|是)\s*:")
# A listed target after the lead-in: ——, a bullet, or an item number (1. / （1）).
_BULLET = re.compile(r"^\s*(?:\*\*)?(?:[—－-]{1,2}|[·•●▪◆]|\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）])\s*")

# The head of a group of targets set out under labelled heads after a lead-in ending in a colon (…主要预期目标分四个方面
# 安排： then （一）经济发展：…；…。 / 【民生保障】… / **绿色发展：**… / 2.质量效益： / 经济增长方面： / （三）民生保障 on a line
# of its own): a number or mark, a field's name of two to ten characters, and a colon, the bracket's or bold's close or
# the line's end; its targets follow on the same line or the next (_group_head).
_GROUP_MARK = r"(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d)|[—－]{1,2})"
_GROUP_NAME = r"[\u4e00-\u9fff、]{2,10}?"
_GROUP_HEAD = re.compile(
    rf"^(?:\*\*{_GROUP_MARK}?\s*{_GROUP_NAME}:?\*\*:?"             # **绿色发展：** / **(四)绿色发展**
    rf"|{_GROUP_MARK}?\s*【{_GROUP_NAME}】"                           # 【民生保障】
    rf"|{_GROUP_MARK}\s*{_GROUP_NAME}(?::|$)"                        # (一)经济发展： / 2.质量效益 / (三)民生保障
    rf"|{_GROUP_NAME}:)\s*")                                        # 经济增长方面： (unmarked: a colon)

_NOT_TARGET = vocab.pattern("target.not_target")
_AFTER_TARGETS = vocab.pattern("target.after_targets")
# The header cells of a targets table flattened one cell per line: metric, unit, target value.
_TABLE_HEADERS = {
    "index": re.compile(rf"^(?:{vocab.alternation('target.table_index_header')})$"),
    "other": re.compile(rf"^(?:(?:19|20)\d\d年(?:度)?|{vocab.alternation('time.last_year')})?(?:{vocab.alternation('target.table_other_header')})"
                        r"(?:\(%\)|\(单位\))?$"),
    "metric": re.compile(rf"^(?:{vocab.alternation('target.table_metric_header')})(?:\(单位\))?$"),
    "unit": re.compile(rf"^(?:{vocab.alternation('target.table_unit_header')})$"),
    "value": re.compile(rf"^(?:(?:19|20)\d\d年(?:度)?|{vocab.alternation('time.one_year_lead')})?"
                        rf"(?:{vocab.alternation('target.table_value_header')})"
                        r"(?:\(%\)|\(单位\))?$"),
}
_NUMBERED_HEAD = re.compile(r"^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)")
_CELL_VALUE = re.compile(r"^(\d+(?:\.\d+)?)(.{0,8})$")
# A sign opening a value cell (≥7, ≤5.5): the figure a floor or a ceiling, read as the word saying so after it.
_CELL_SIGNS = ((re.compile(rf"^(?:{vocab.alternation('target.table_cell_floor')})\s*(?=\d)"),
                vocab.words_of("comparator.floor_after")[0]),
               (re.compile(rf"^(?:{vocab.alternation('target.table_cell_ceiling')})\s*(?=\d)"),
                vocab.words_of("comparator.ceiling_after")[0]))
# A table's caption line between the lead-in and the header (表1　2024年全市…主要预期目标): passed over.
_CAPTION = re.compile(rf"^(?:{vocab.alternation('target.table_caption')})\s*\d{{1,2}}(?:[\s:.、]|$)")
# A table line whose cells are parted by bars with no outer bar (指标名称｜2023年实际｜2024年预期目标).
_INNER_BAR = re.compile(r"[^|\s]\s*\|\s*[^|\s]")
# A markdown table's line (| 地区生产总值增长 | % | 5.5左右 |): its cells between the outer pipes; its rule line.
_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
# A table line from a PDF's text layer, its columns aligned by runs of spaces (地区生产总值增长（%）      5.9      6左右): two
# spaces or more between cells, a cell's own words at most one apart.
_SPACED = re.compile(r"\S[ \u3000]{2,}\S")
_SPACED_CELL = re.compile(r"\S+(?:[ \u3000]\S+)*")
# The unit in a metric cell's parentheses (一般公共预算收入（亿元）, 地区生产总值增长（%）) when no column holds the unit.
_CELL_UNIT = re.compile(r"^(.+?)\(([^()\d]{1,6})\)$")
# A sentence announcing the work that follows (重点做好八个方面的工作。): no target.
_ANNOUNCE = re.compile(f"(?:{vocab.alternation('part.announce_scope')})的?"
                       f"(?:{vocab.alternation('part.announce_object')})" r"[。.]?$")


def _bullet_span(text: str, sentence: Sentence) -> tuple[int, int]:
    """A ——bulleted target's span without its dash and final ；/。."""
    body = text[sentence.start:sentence.end]
    marker = _BULLET.match(for_parsing(body))
    lead = marker.end() if marker else 0
    stripped = body.rstrip("；;。. 　*")
    return sentence.start + lead, sentence.start + len(stripped)


def _target_clauses(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """The target clauses of an expected-targets sentence: after its lead-in colon, cut at ，；;."""
    body = for_parsing(sentence.text)
    if _AS_FOLLOWS_END.search(body) or _SEE_TABLE_END.search(body):
        return []
    m = _TARGETS_LEAD.match(body) or _PROPOSED_LEAD.match(body) or SLOGAN_LEAD.match(body) or _SET_FIELD_LEAD.match(body)
    offset = m.end() if m else 0
    base = sentence.start + offset
    return [(_past_lead(text, base + a, base + b), base + b) for a, b in targets.clauses(sentence.text[offset:])
            if _CLAUSE_CHARS.search(text[base + a:base + b])]


def _past_lead(text: str, a: int, b: int) -> int:
    """Where the target starts in the clause ``text[a:b]``: after a second lead-in naming targets that opens it (…；主要约束性
    指标为：森林覆盖率保持在45%以上 — the binding targets after the expected ones in one sentence), no part of the target;
    ``a`` when it opens on none (or on one holding a figure)."""
    lead = _TARGETS_LEAD.match(for_parsing(text[a:b]))
    return a + lead.end() if lead is not None and lead.end() < b - a and not _DIGIT.search(lead.group()) else a


# A targets table's metric cell that is a figure, not a name: digits and no two Chinese characters together.
_DIGIT = re.compile(r"\d")
_TWO_HAN = re.compile(r"[\u4e00-\u9fff]{2}")


def _table_targets(doc: Document, sentence: Sentence) -> tuple[list[tuple[int, int, list[Indicator]]], int]:
    """A targets table flattened one cell per line after the lead-in (主要预期目标如下表：): header cells
    naming the metric, target and perhaps unit columns (a row number, 序号, and columns holding no target,
    2024年完成 or 备注, passed over), then rows of as many cells.  Each row is read as
    the clause its cells make (工业总产值 + 52 + 亿元 → 工业总产值52亿元), so every rule of the target reader
    holds; the indicator's span is its value cell.  Returns the rows (start, end, indicators) and where
    the table ends; no rows when the lines after the lead-in are no such table."""
    text = doc.text
    cells = []          # (start, end, cell) of the one-line paragraphs after the lead-in, a tabbed line's cells each
    after = doc.paragraphs[sentence.paragraph + 1:] if sentence.paragraph is not None else []
    if after and _CAPTION.match(for_parsing(text[after[0].start:after[0].end]).strip()):
        after = after[1:]                       # 表1　…主要预期目标: the caption over the table
    for p in after:
        line = _tab_cells(text, p.start, p.end)
        if any(not cell or len(cell) > 30 or "。" in cell or _NUMBERED_HEAD.match(cell) for _, _, cell in line):
            break
        cells += line
    columns: list[str] = []
    for _, _, cell in cells:
        kind = next((k for k, pattern in _TABLE_HEADERS.items() if pattern.match(cell.replace(" ", ""))), None)
        if kind is None or kind in columns and kind != "other":
            break
        columns.append(kind)
    if "metric" not in columns or "value" not in columns:
        return [], 0
    n = len(columns)
    rows, end = [], 0
    for k in range(n, len(cells) - n + 1, n):
        row = {kind: cell for kind, cell in zip(columns, cells[k:k + n], strict=True) if kind != "other"}
        cell = row["value"][2].replace(" ", "")
        sign = ""
        for pattern, word in _CELL_SIGNS:
            if m := pattern.match(cell):
                cell, sign = cell[m.end():], word      # ≥7 → 7 … 以上
        value = _CELL_VALUE.match(cell)
        metric = row["metric"][2]
        if _DIGIT.search(metric) and not _TWO_HAN.search(metric):
            break
        unit = row["unit"][2] if "unit" in row and row["unit"][2] not in ("-", "—", "/") else ""
        if "unit" not in row and (named := _CELL_UNIT.match(metric.replace(" ", ""))):
            metric, unit = named.groups()       # 一般公共预算收入（亿元） / 30: the unit from the name's parentheses
        if value is not None:
            clause = f"{metric}{value.group(1)}{unit}{value.group(2)}{sign}"
        elif _TWO_HAN.search(cell) and not _DIGIT.search(cell):
            clause = f"{metric}{cell}"          # 与经济增长同步, 完成市下达任务: a target in words, read with its metric
        else:
            break
        found = [i for i in targets.parse_clause(clause) if not i.stretch]
        if not found:
            break
        start, stop = cells[k][0], cells[k + n - 1][1]
        cell_start = row["value"][0] - start
        for ind in found:
            ind.text, ind.span = text[row["value"][0]:row["value"][1]], (cell_start, cell_start + row["value"][1] - row["value"][0])
        rows.append((start, stop, found))
        end = stop
    return rows, end


def _tab_cells(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The cells of a paragraph that is one line of a table: the whole line, or its cells apart by tabs (a table
    pasted from Word, 指标\t预期目标 / 地区生产总值增长\t5%左右) or between pipes (a markdown table, | 指标 | 单位 |
    预期目标 |; its rule line | --- | --- | has none) or between bars with no outer bar (指标名称｜单位｜目标), each
    (start, end, cell as parsed)."""
    line = text[start:end]
    piped = _PIPE_ROW.match(line)
    barred = not piped and bool(_INNER_BAR.search(for_parsing(line)))     # 指标名称｜单位｜目标: bars inside only
    if piped:
        if _PIPE_RULE.match(line):
            return []
        start += piped.start(1)
        line = piped.group(1)
    if not piped and not barred and "\t" not in line.strip() and _SPACED.search(line):
        # a PDF's text layer: the cells apart by runs of spaces, each span its own words
        return [(start + m.start(), start + m.end(), for_parsing(m.group()).strip()) for m in _SPACED_CELL.finditer(line)]
    out, pos = [], start
    for part in for_parsing(line).split("|") if piped or barred else line.split("\t") if "\t" in line.strip() else [line]:
        # a pipe cell's span without the spaces around it
        lead, trail = (len(part) - len(part.lstrip()), len(part) - len(part.rstrip())) if piped or barred else (0, 0)
        out.append((pos + lead, pos + len(part) - trail, for_parsing(part).strip()))
        pos += len(part) + 1
    return out


def _continued_targets(text: str, sentence: Sentence, previous: tuple[str, str] = ("", "")
                       ) -> list[tuple[int, int, list[Indicator]]]:
    """Targets a sentence after the expected-targets sentence of the same paragraph states: its
    clauses that read as targets, unless it announces the work to follow (重点做好八个方面的工作),
    explains the targets (确定上述目标的主要考虑…), exhorts (在实际工作中…) or opens on the targets
    to start the year's work (为实现上述目标，…).  ``previous``: the last target's metric and kind."""
    body = for_parsing(sentence.text).strip()
    if body.endswith(":") or _ANNOUNCE.search(body):
        return []
    spans = [(sentence.start + a, sentence.start + b) for a, b in targets.clauses(sentence.text)
             if _CLAUSE_CHARS.search(sentence.text[a:b])]
    first = for_parsing(text[spans[0][0]:spans[0][1]]) if spans else ""
    if not spans or _NOT_TARGET.search(first) or _AFTER_TARGETS.search(first):
        return []
    return _parse_spans(text, spans, previous)


def _group_head(body: str) -> tuple[int, str] | None:
    """Where the targets start in ``body`` (a normalised, stripped sentence) when it opens on the head of a group of
    targets under labelled heads (（一）经济发展：地区生产总值增长6%左右；… → after 经济发展：; 【民生保障】 alone → its
    end), and the head's shape with its name and number left out ((N)X:, 【X】, **X:**, N.X, X:), so the heads of one
    list can be told from a sub-heading of another shape after it; None when it opens on no such head."""
    m = _GROUP_HEAD.match(body)
    if not m:
        return None
    return m.end(), _GROUP_SHAPE.sub("X", _GROUP_NUMBER.sub("N", m.group().strip()))


_GROUP_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}(?=[)）、])|\d{1,2}")
_GROUP_SHAPE = re.compile(r"[\u4e00-\u9fff、]{2,10}")


def _span_targets(text: str, start: int, end: int, previous: tuple[str, str] = ("", "")
                  ) -> tuple[list[tuple[int, int, list[Indicator]]], int]:
    """The clauses of ``text[start:end]`` cut at ，；; that read as targets ((start, end, indicators) each), and how many
    clauses it holds.  ``previous``: the last target's metric and kind."""
    spans = [(start + a, start + b) for a, b in targets.clauses(text[start:end])
             if _CLAUSE_CHARS.search(text[start + a:start + b])]
    return _parse_spans(text, spans, previous), len(spans)


def _parse_spans(text: str, spans: list[tuple[int, int]], previous: tuple[str, str]
                 ) -> list[tuple[int, int, list[Indicator]]]:
    """The spans of ``text`` that read as targets, each with its indicators; a clause with no metric of its own
    takes the previous target's (``previous``: its metric and kind)."""
    out = []
    for a, b in spans:
        a = _past_lead(text, a, b)
        found = targets.parse_clause(text[a:b], *previous)
        if found:
            previous = (found[-1].metric, found[-1].kind)
            out.append((a, b, found))
    return out
