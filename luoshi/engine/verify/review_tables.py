"""A review's tables and headings read into claims: a table's cells (``_cells``, spaced, piped or one per line),
its header's run of names, years and units (``_cell_lines``), the claims of a row (``_table_claims``) and of a
growth column (``_growth_claims``), pieces between blank lines, and a numbered heading that names a metric
alone (``_metric_heading``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import vocab
from ..judgement import Claim
from ..model import Document
from ..text import normalise
from .claims import _claims_of

_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n\s*")


def _blank_line_pieces(sentence) -> list:
    """``sentence`` cut at its blank lines: lines with no closing mark, each a paragraph of its own (a box of the
    year's results: 地区生产总值：856.2亿元，增长6.3% / 一般预算收入：52.6亿元，增长4.2%), are read one by one, as
    their own sentences, not as one run of figures."""
    if "\n" not in sentence.text or not _BLANK_LINE.search(sentence.text):
        return [sentence]
    pieces, at = [], 0
    for m in [*_BLANK_LINE.finditer(sentence.text), None]:
        end = m.start() if m is not None else len(sentence.text)
        if sentence.text[at:end].strip():
            pieces.append(replace(sentence, text=sentence.text[at:end], start=sentence.start + at,
                                  end=sentence.start + end))
        at = m.end() if m is not None else end
    return pieces


def _markdown_rows(sentence) -> list:
    """``sentence`` cut into its lines where each is a markdown table's row (| 地区生产总值 | 1520亿元，增长6.3% |: a row
    whose cells hold a sentence's marks is joined to the next by the reader); otherwise ``sentence`` alone."""
    lines = sentence.text.split("\n")
    if len(lines) < 2 or not all(x.strip().startswith("|") and x.strip().endswith("|") for x in lines):
        return [sentence]
    pieces, at = [], 0
    for x in lines:
        pieces.append(replace(sentence, text=x, start=sentence.start + at, end=sentence.start + at + len(x)))
        at += len(x) + 1
    return pieces


_ONLY_DASHES_COLONS = re.compile(r"[-:：—\s]*")


_NAME_HEAD = vocab.pattern("verify.name_column")
_NUMBER_HEAD = vocab.pattern("verify.number_column")
CELL_LINE = 16          # characters of a table's cell copied onto a line of its own, at most
HEADER_CELLS = (3, 8)   # cells of such a table's header, at least and at most


def _cell_line(text: str) -> bool:
    """``text`` could be one table cell copied onto a line of its own: short, one line, no mark of a sentence."""
    t = text.strip()
    return bool(t) and "\n" not in t and len(t) <= CELL_LINE and not _PROSE_MARK.search(t)


_HEADER_CELL = re.compile("(?:{})".format(vocab.alternation("verify.result_column", "verify.unit_column",
                                                               "verify.other_column")))


def _header_cell(text: str) -> bool:
    """``text`` is a whole header cell of a table of the year's results (年度目标, 2024年目标, 完成情况, 单位, 备注)."""
    if not _cell_line(text):
        return False
    cell = _UNIT_IN_NAME.sub("", _HEADER_YEAR.sub("", normalise(text.strip()), count=1))
    return cell == "" or _HEADER_CELL.fullmatch(cell) is not None      # (a year alone heads its column too)


def _header_run(pieces: list, at: int) -> int:
    """The number of cells of a table header copied one cell per line that opens at ``pieces[at]`` (指标名称 / 单位 /
    年度目标 / 完成情况): a name column's head, then whole header cells, one of them a result column's head, up to the
    first line that is none (the first row's name); 0 when ``pieces[at]`` opens none."""
    k = at + 1 if _NUMBER_HEAD.fullmatch(normalise(pieces[at].text.strip())) else at
    if k >= len(pieces) or not _NAME_HEAD.fullmatch(normalise(pieces[k].text.strip())):
        return 0
    end = k + 1
    while end < len(pieces) and end - at < HEADER_CELLS[1] and _header_cell(pieces[end].text):
        end += 1
    n = end - at
    heads = [normalise(p.text.strip()) for p in pieces[k + 1:end]]
    if n < HEADER_CELLS[0] or not any(_RESULT_HEAD.search(h) or _LEVEL_HEAD.fullmatch(_header_text(h))
                                      or _GROWTH_HEAD.fullmatch(_header_text(h))
                                      or _BARE_YEAR_HEAD.fullmatch(_header_text(h)) for h in heads):
        return 0
    return n


_FIGURE_CHARS = re.compile(r"[-\d.%％]+")


def _cell_lines(doc: Document, pieces: list):
    """(sentence, cells) for each piece of the review, cells None but where a table of the year's results was copied
    one cell per line (表1 … / 指标名称 / 单位 / 年度目标 / 完成情况 / 地区生产总值增速 / % / 6左右 / 5.8 / …): its header and
    each of its rows as one sentence over their lines with their cells (a leading 序号 column dropped), read as a
    table's lines are.  The rows end at the first line that is no cell or a row whose name is a bare figure."""
    at = 0
    while at < len(pieces):
        n = _header_run(pieces, at)
        if not n:
            yield pieces[at], None
            at += 1
            continue
        drop = 1 if _NUMBER_HEAD.fullmatch(normalise(pieces[at].text.strip())) else 0
        row = pieces[at:at + n]
        while True:
            cells = [p.text.strip() for p in row][drop:]
            yield replace(row[0], text=doc.text[row[0].start:row[-1].end], end=row[-1].end), cells
            at += len(row)
            row = pieces[at:at + n]
            if (len(row) < n or not all(_cell_line(p.text) for p in row)
                    or _FIGURE_CHARS.fullmatch(row[drop].text.strip())):
                break


# A sub-part's heading that is a metric's name alone, numbered: （一）地区生产总值。, 2.固定资产投资：
_HEADING_NUMBER = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*")
_HEADING_END = re.compile(r"[。:：]\s*$")
HEADING_NAME = 14      # characters of a metric's name at most


_DIGIT_OR_SEPARATOR = re.compile(r"[\d，,；;、]")


def _metric_heading(text: str) -> tuple[str, str] | None:
    """The metric a numbered sentence names and nothing else ((一)地区生产总值。): the subject of a sentence after
    it opening on a bare figure; None for any other sentence."""
    number = _HEADING_NUMBER.match(text)
    if number is None or not _HEADING_END.search(text):
        return None
    name = _HEADING_END.sub("", text[number.end():]).strip()
    if not 2 <= len(name) <= HEADING_NAME or _DIGIT_OR_SEPARATOR.search(name):
        return None
    return name, ""


# A year naming a header cell (2023年目标 | 2023年实际完成): no figure of a row.
_HEADER_YEAR = re.compile(r"(?:19|20)\d\d年度?")
_RESULT_HEAD = vocab.pattern("verify.result_column")
_UNIT_HEAD = vocab.pattern("verify.unit_column")
_UNIT_IN_NAME = re.compile(r"[(（](%|％|[^()（）]{1,4})[)）]\s*$")


def _cells(text: str) -> list[str]:
    """The cells of a table row written as a line (| a | b | c |, cells apart by tabs, or lined up by spaces:
    地区生产总值增速　　　%　　6　　5.8, a full-width space or a run of spaces between short cells with no
    sentence's marks); [] for prose."""
    line = text.strip()
    if "|" in line:
        cells = [c.strip() for c in line.strip("|").split("|")]
        # a markdown row of two cells (| 指标 | 完成情况 |): a row still, its marks say so
        return cells if len(cells) >= 3 or (len(cells) == 2 and line.startswith("|")) else []
    elif "\t" in line:
        cells = [c.strip() for c in line.split("\t")]
    elif _SPACED.search(line):
        cells = _SPACED.split(line)
        if any(len(c) > SPACED_CELL or _PROSE_MARK.search(c) for c in cells):
            return []
    else:
        return []
    return cells if len(cells) >= 3 else []


# Cells lined up by spaces: a full-width space or two spaces or more between them, each short, with no mark of a
# sentence (a line of prose broken by a wide space is no row).
_SPACED = re.compile("[ \u3000]{2,}|\u3000")
_PROSE_MARK = re.compile("[，。；：,;:！？]")
SPACED_CELL = 24


_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _table_claims(doc: Document, sentence, year: int | None, name: str, cell: str, unit_cell: str = "") -> list[Claim]:
    """The figure of one row of a table of the year's figures (地区生产总值增长 | 6.5%左右 | 6.7%): the row's
    name with its result cell read as one clause; a unit in the name (地区生产总值增长（%）| … | 5.7), or in
    the row's cell of a units column (地区生产总值增速 | % | 6左右 | 6.2), goes after the bare figure.  The
    figure is quoted from the row as written."""
    unit = _UNIT_IN_NAME.search(name)
    value = cell
    bare = _PLAIN_NUMBER.fullmatch(cell.strip()) is not None
    if unit is not None:
        name = name[:unit.start()]
        if bare:
            value = cell.strip() + unit.group(1)
    elif bare and unit_cell.strip():
        value = cell.strip() + unit_cell.strip()
    text = f"{name}{value}"
    at = sentence.text.find(cell)
    out = []
    for c in _claims_of(doc, replace(sentence, text=text), year, None):
        out.append(replace(c, text=cell, start=sentence.start + at, end=sentence.start + at + len(cell),
                           sentence=sentence.text))
    return out
_LEVEL_HEAD = vocab.pattern("verify.level_column")
_BARE_YEAR_HEAD = re.compile(r"((?:19|20)\d\d)年度?")
_GROWTH_HEAD = re.compile("(?:(?:{})|[比较](?:19|20)\\d\\d年(?:同期)?)?(?:{})|(?:{})".format(
    vocab.alternation("verify.year_on_year"), vocab.alternation("verify.growth_column"),
    vocab.alternation("verify.year_on_year")))


def _header_text(cell: str) -> str:
    """A header cell as compared: normalised, a unit in brackets after it (（%）) and a ± taken off."""
    return _UNIT_IN_NAME.sub("", normalise(cell.strip())).replace("±", "").strip()


def _growth_claims(doc: Document, sentence, year: int | None, name: str, cell: str, unit_cell: str = "") -> list[Claim]:
    """The growth of one row of a table of the year's figures with a column of growth rates beside the levels
    (地区生产总值 | 亿元 | 312.5 | 6.8 under 比上年增长（%）): the row's name with 增长 and the rate read as one clause;
    none for a row measured in percent itself (城镇调查失业率 | % | 5.1 | -0.2: a change in points, no growth)."""
    unit = _UNIT_IN_NAME.search(name)
    measured = unit.group(1) if unit is not None else unit_cell.strip()
    if measured in ("%", "％", "‰") or _PLAIN_NUMBER.fullmatch(cell.strip()) is None:
        return []
    if unit is not None:
        name = name[:unit.start()]
    text = f"{name}增长{cell.strip()}%"
    at = sentence.text.rfind(cell)
    return [replace(c, text=cell, start=sentence.start + at, end=sentence.start + at + len(cell), sentence=sentence.text)
            for c in _claims_of(doc, replace(sentence, text=text), year, None)]
