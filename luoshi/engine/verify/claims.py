"""Finding results (claims) in a report's review and problems parts: the review's sentences, tables and
headings read into ``Claim`` s with their metric, kind, year and scope.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .. import indicators, numbers, progress, targets, vocab
from ..errors import ParseError, parses
from ..judgement import Claim
from ..model import Document
from ..parts import is_review, report_year, top_section
from ..text import for_parsing, normalise
from .patterns import (
    _ACTUAL_ONLY,
    _BARE_NAMES,
    _BARE_RATE_NAME,
    _BASIS_WORDS,
    _CLAUSE_END,
    _COMPARED_YEAR,
    _CONSTANT_PRICES,
    _COPULA_ONLY,
    _COUNTED,
    _CUMULATIVE,
    _DOUBLE_DIGIT,
    _DOUBLED,
    _FALL_AFTER,
    _FALL_SAID,
    _FORECAST,
    _FORECAST_AFTER,
    _GENERIC,
    _GROWTH,
    _GROWTH_AFTER,
    _GROWTH_MULTIPLE,
    _GROWTH_NAME_ONLY,
    _GROWTH_RATE_NAMES,
    _GROWTH_RATE_WORD,
    _HEADLINE_BASIS,
    _INCREMENT_ONLY,
    _LEVEL_IN_WORDS,
    _LEVEL_REACHED,
    _LEVEL_WITH,
    _MEASURE_ONLY,
    _MULTI_YEAR,
    _NEGATIVE,
    _NO_METRIC_LEAD,
    _ONE_YEAR,
    _PART_END,
    _PLACE_PREFIX,
    _PLANNED,
    _POINTER_NAMES,
    _POSITIVE,
    _PRICE_BASIS_BRACKET,
    _PRICE_INDEX,
    _RATE_WORD_END,
    _RATE_WORDS,
    _SAME_BASIS,
    _SCALES,
    _TAIL_END,
    _YEAR_NAMED,
    _YEAR_ON_YEAR_LEAD,
    _YEAR_OPENING,
    DOUBLE_DIGITS,
    DOUBLED,
    _clean_metric,
    _kind,
)


def _reviewing(doc: Document) -> list:
    """The sentences that review the year: the review part and its problems paragraph, and the headline
    figures a speech gives before its first part (现在，我代表…。2024年，全市地区生产总值增长5.8%…)."""
    year = report_year(doc.text)
    coming = [s for s in doc.sections if s.level == 0 and s.role in ("plan", "targets")]
    if not any(is_review(s.role) for s in doc.sentences) and not any(_past_part(s, year) for s in coming):
        return []
    # Everything before the first part on the coming year reviews (a part the structure could not name
    # is "other" there; the government's own conduct in the past year is part of the review too), and
    # so does a part read as the coming year's whose title says it is the past year's (2024年目标任务
    # 完成情况, 2024年主要工作 in the 2025 report).
    plan = next((s.start for s in coming if not _past_part(s, year)), len(doc.text))
    annexed = _past_annex(doc, year)
    return [s for s in doc.sentences
            if is_review(s.role) or (s.start < plan and s.role in ("other", "conduct", "plan", "targets"))
            or s.start in annexed or (s.role in ("plan", "targets") and (_reasons_naming_the_year(doc, s, year)
                                                                         or _the_year_before_the_targets(doc, s, year)))]


_TARGET_REASONS = vocab.pattern("verify.target_reasons")
_LAST_YEAR = re.compile(rf"^(?:{vocab.alternation('verify.year_before_named')})")


def _reasons_naming_the_year(doc: Document, sentence, year: int | None) -> bool:
    """A sentence of the coming year's part that explains its targets (提出上述目标，主要考虑：…, words.toml
    verify.target_reasons) with a clause opened by the reviewed year (2024年全区规上工业增加值增长9.4%; 去年…): that
    clause gives the year's result, as the review does."""
    if year is None:
        return False
    text = for_parsing(doc.text[sentence.start:sentence.end])
    reason = _TARGET_REASONS.search(text)
    if reason is None:
        return False
    past = f"{year - 1}年"
    return any(c.startswith(past) and not c.startswith((past + "以来", past + "来")) or _LAST_YEAR.match(c)
               for c in (c.strip() for c in _CLAUSE_END.split(text[reason.end():])))


_COMING_WORDS = re.compile(f"今年|{vocab.alternation('verify.target_noun')}")


_DIGIT = re.compile(r"\d")


def _the_year_before_the_targets(doc: Document, sentence, year: int | None) -> bool:
    """A sentence of the coming year's part opened by the reviewed year and stating its figures, before the targets
    are set out (2023年，全市地区生产总值增长6.2%，…。在此基础上，今年主要预期目标是…): the year's results, as the
    review gives them.  Not one naming the coming year or a target (2023年增长6.2%，今年预期目标5.5%左右)."""
    if year is None:
        return False
    text = for_parsing(doc.text[sentence.start:sentence.end]).strip()
    past = f"{year - 1}年"
    opened = (text.startswith(past) and not text.startswith((past + "以来", past + "来"))) or _LAST_YEAR.match(text)
    return bool(opened) and _DIGIT.search(text[len(past):]) is not None and f"{year}年" not in text \
        and _COMING_WORDS.search(text) is None


def _past_annex(doc: Document, year: int | None) -> set[int]:
    """Where the sentences of an annex under a heading line naming the past year start (附件 / 2024年主要指标
    完成情况 / 地区生产总值增长6.7%…, printed after the closing words of the 2025 report): they review the
    year as the review part does.  An annex on the coming year (2025年民生实事项目) does not.  Numbered lines of
    指标：result (1.地区生产总值：完成…亿元，增长6.2%) may be read as a glossary's entries: under such a heading they
    are the year's results all the same (a glossary's own heading, 名词解释, names no past year)."""
    out: set[int] = set()
    past = False
    for s in doc.sentences:
        if s.role not in ("annex", "glossary"):
            past = False
            continue
        line = for_parsing(s.text).strip()
        if len(line) <= 30 and not _DIGIT.search(_TITLE_YEAR.sub("", line)) and not _PART_END.search(line) \
                and not _cells(line):
            past = _past_title(line, year)      # a heading line (a table's header row or rule is none)
        elif past:
            out.add(s.start)
    return out


_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)年")
_DONE_TITLE = vocab.pattern("verify.past_part")


def _past_part(section, year: int | None) -> bool:
    """A part's title says it reports the past: it names only years before the report's own year
    (2024年主要工作 in the 2025 report), or, naming none of the coming years, what was done (目标任务
    完成情况, 计划执行情况)."""
    return _past_title(for_parsing(section.title), year)


def _past_title(title: str, year: int | None) -> bool:
    """``title`` (as ``for_parsing`` gives it) says its part reports the past (see ``_past_part``)."""
    years = [int(y) for y in _TITLE_YEAR.findall(title)]
    if years and year is not None:
        return max(years) < year
    return bool(_DONE_TITLE.search(title))


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


@parses("verify.review_claims")
def review_claims(doc: Document, failures: list | None = None) -> list[Claim]:
    """Every figure stated in the sentences of ``doc``'s review part.  ``failures``: when given, a
    sentence the rules fail on is left out and its error appended there (the other sentences are
    still read); otherwise the error is raised."""
    out: list[Claim] = []
    year = report_year(doc.text)
    carry, paragraph = None, None
    column = None       # in a table of the year's figures: the column of results
    growth = None       # …and the column of growth rates beside the levels (比上年增长（%）)
    units = None        # …and the column of units, where the units stand in one of their own (单位)
    pieces = [row for whole in _reviewing(doc) for piece in _blank_line_pieces(whole) for row in _markdown_rows(piece)]
    for sentence, given in _cell_lines(doc, pieces):
        if sentence.paragraph != paragraph:
            carry, paragraph = None, sentence.paragraph
        cells = given if given is not None else _cells(sentence.text)
        if len(cells) < 2:
            column = units = growth = None
        elif all(_ONLY_DASHES_COLONS.fullmatch(c) for c in cells):
            continue        # a table's rule (|---|---|)
        elif not _DIGIT.search(_HEADER_YEAR.sub("", "".join(cells[1:]))):
            column = next((k for k, c in enumerate(cells) if k and _RESULT_HEAD.search(c)), None)
            units = next((k for k, c in enumerate(cells) if k and _UNIT_HEAD.fullmatch(normalise(c))), None)
            # a table of the year's figures with no result column: its level column (指标 | 单位 | 绝对值 | 比上年增长（%）)
            if column is None:
                column = next((k for k, c in enumerate(cells) if k and _LEVEL_HEAD.fullmatch(_header_text(c))), None)
            if column is None:
                # …or the latest of its columns headed by a year alone (指标 | 2023年 | 2024年 | 增长（%）)
                years = [(int(m.group(1)), k) for k, c in enumerate(cells)
                         if k and (m := _BARE_YEAR_HEAD.fullmatch(_header_text(c))) is not None]
                column = max(years)[1] if years else None
            growth = next((k for k, c in enumerate(cells) if k and k != column and _GROWTH_HEAD.fullmatch(_header_text(c))),
                          None)
            continue        # a table's header row (指标 | 年度目标 | 完成情况)
        elif (column is not None and column < len(cells)) or (growth is not None and growth < len(cells)):
            try:
                unit = cells[units] if units is not None and units < len(cells) else ""
                if column is not None and column < len(cells):
                    out += _table_claims(doc, sentence, year, cells[0], cells[column], unit)
                if growth is not None and growth < len(cells):
                    out += _growth_claims(doc, sentence, year, cells[0], cells[growth], unit)
            except ParseError as e:
                if failures is None:
                    raise
                failures.append(e)
            continue
        try:
            found = _sentence_claims(doc, sentence, year, carry)
            out += found
            # A sentence opening on a bare figure (…突破3000亿元。全年增长6.7%) takes the last metric before it, or
            # the metric heading its sub-part ((一)地区生产总值。全年完成286.5亿元，增长7.4%。).
            carry = (found[-1].metric, found[-1].context) if found else _metric_heading(sentence.text)
        except ParseError as e:
            if failures is None:
                raise
            failures.append(e)
    return out


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


_CLAIM_TRAIL = vocab.quick(re.compile(f"(?:{vocab.alternation('verify.claim_trail')})+$"))
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


# Part of the year before a figure in its own list item (上半年增长5.9%, 1-11月增长8.4%), and current prices (现价增长6.9%).
_PART_YEAR = re.compile(rf"{vocab.alternation('verify.part_year')}|前(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})个?月"
                        r"|\d{1,2}[-—–~至]\d{1,2}月|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月"
                        r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份|" + vocab.alternation("verify.part_year_month"))
# A part of the year long enough for its figure to settle the year's (three quarters or more: 前三季度, 1—11月, 前10个月);
# a shorter one (一季度, 上半年, 12月份) settles nothing, whether above or below the target.
_MOST_OF_YEAR = re.compile(r"前三个?季度|前(?:9|10|11|九|十|十一)个?月|1[-—–~至](?:9|10|11)月|一至(?:九|十|十一)月")
# A sentence part opening on the part of the year alone (1—11月，规上工业增加值增长5.4%，固定资产投资增长8.1%): every
# figure of the part is of that part of the year.
_PART_YEAR_OPENING = re.compile(rf"(?:(?:19|20)\d\d年)?(?:{_PART_YEAR.pattern})(?:份)?[,:]")
_CURRENT_PRICES = vocab.pattern("verify.current_prices")
_WHOLE_YEAR = vocab.pattern("verify.whole_year")
# The year before's figure, set against the year's (由上年的下降2.1%转为增长8.1%): no result of the year.
# (在去年增长7.4%的高基数上继续增长: the year before's rate, the base the year grew on)
_BASE_YEAR = re.compile(rf"(?:(?:由|从)(?:{vocab.alternation('verify.year_before')}|(?:19|20)\d\d年)|在(?:{vocab.alternation('verify.year_before')}))"
                        rf"(?:同期)?的?[^,;:。\d]{{0,4}}$")
# A bracketed qualifier between a metric and its figure (固定资产投资（不含农户）增长9.6%).
_BRACKETED = re.compile(r"[(（][^()（）]{1,16}[)）]")
_OWN_SCOPE = re.compile(f"^(?:{vocab.alternation('verify.own_scope')})")
_OTHER_SCOPE = re.compile(f"^(?:{vocab.alternation('verify.other_scope')})")
_OWN_SCOPE_ANY = re.compile(vocab.alternation("verify.own_scope"))
# A clause opening on a wider area's name (全区外贸进出口下降4.1%; 在全国外贸进出口仅增长0.2%的情况下): that area's figure.
_ACCOUNTED = vocab.pattern("verify.accounted")


def _estimated(raw: str, at: int) -> bool:
    """The figure at ``at`` of the sentence ``raw`` is an estimate: an estimate word (预计) before it with no word of
    the statistics' accounting between (曾预计…6%左右；据统计部门最终核算，…增长5.4%: the second figure is accounted)."""
    ends = [m.end() for m in _FORECAST.finditer(raw, 0, at)]
    return bool(ends) and not _ACCOUNTED.search(raw, ends[-1], at)


# After a rate: 的, a metric's name and its growth word (…6.2%的经济增长, …5.6%的地区生产总值增速).
_NAMED_AFTER = re.compile(f"的(?P<name>[^,;:。的\\d]{{2,12}}?)(?:{vocab.alternation('change.growth')})")
_LEAD_IN_MARKS = ("：", ":")      # a colon ending a lead-in (主要指标完成情况是：…) before the part's subject
_OTHER_SCOPE_LEAD = re.compile(f"(?:在)?({vocab.alternation('verify.other_scope')})")
# The nation (verify.nation_scope): never a local report's own area, whether or not the sentence names that area.
_NATION = frozenset(vocab.words("verify.nation_scope"))


def _scope_level(word: str) -> str:
    """The kind of area an own or other scope word names (我县, 本县 → 县; 全自治区 → 自治区; 全省平均, 省内 → 省)."""
    return word.lstrip("全我本").removesuffix("平均").removesuffix("内")
_PART_OF_AREA = re.compile(rf"^(?:其中)?[^,;:。、\d]{{0,8}}?(?P<zone>{vocab.alternation('verify.part_of_area')})")
_PER_UNIT = vocab.pattern("verify.per_unit")
_PER_UNIT_BEFORE = re.compile(f"(?:{vocab.alternation('verify.per_unit')})$")
_SHARE_OF = re.compile(f"占(?P<whole>[^,;:。]{{2,20}}?)的?(?:{vocab.alternation('verify.share_word')})")
TITLE_LINES = 3       # a report's title lines (where a development zone's own report names it)
# A figure that is the year's target restated (坚持年初确定的地区生产总值增长6.5%左右的目标): after it, the target's
# noun; before it, the target named (预期目标6%, 目标为6%).
_TARGET_AFTER = re.compile(r"^(?:{})?的?(?:(?:{})?(?:{})?(?:{}))".format(
    vocab.alternation("verify.target_hedge"),
    vocab.alternation("verify.target_period"), vocab.alternation("verify.target_kind"), vocab.alternation("verify.target_noun")))
# …several targets restated in one list (年初确定的地区生产总值增长7%、固定资产投资增长10%的目标任务): each figure but
# the last is followed by the rest of the list, then the target's noun.
_TARGET_LIST_AFTER = re.compile(r"^(?:{0})?(?:、[^,;:，；：。、\d]{{1,20}}?\d+(?:\.\d+)?\s*%?(?:{0})?)+的?(?:(?:{1})?(?:{2})?(?:{3}))".format(
    vocab.alternation("verify.target_hedge"),
    vocab.alternation("verify.target_period"), vocab.alternation("verify.target_kind"), vocab.alternation("verify.target_noun")))
_TARGET_BEFORE = vocab.quick(re.compile(r"(?:(?:{})?(?:{})?(?:{}))(?:为|是)?(?:{})?$".format(
    vocab.alternation("verify.target_period"), vocab.alternation("verify.target_kind"), vocab.alternation("verify.target_noun"),
    vocab.alternation("verify.target_change"))))


# A figure named only as a share of the year's budget or plan (为年度预算的103.2%): no metric of its own.
_PLAN_SHARE_NAME = re.compile(f"(?:{vocab.alternation('verify.plan_share_lead')})?(?:{vocab.alternation('verify.plan_share_whole')})的?")
_INNER_SPACE = re.compile(r"\s+")
_ITEM_MARK = re.compile("[,;:、]")      # where a list item may start (after it)
# A claim's name that is its change word alone (上涨 after 居民消费价格指数（CPI）): no metric of its own.
_CHANGE_ONLY = re.compile(f"^(?:{vocab.alternation('change.growth', 'change.fall', 'verify.rise')})$")
# Only durations are taken from indicators.parse (the rest progress reads): a sentence with no duration
# unit in it is not parsed for them (most review sentences).
_DURATION_UNIT = re.compile(vocab.unit_alternation_of("duration"))


def _basis_end(norm: str, end: int, clause_end: int) -> int:
    """Where the words qualifying the basis of the figure ending at ``end`` stop: its clause's end, or a bracket
    after it holding a figure of its own (下降3.5%(剔除留抵退税因素,同口径增长6.4%): the basis in the brackets is
    the second figure's, the first is on the headline basis; 增长6.4%(同口径): the bracket qualifies the figure)."""
    b = norm.find("(", end, clause_end)
    if b < 0:
        return clause_end
    close = norm.find(")", b)
    inside = norm[b:close if close >= 0 else len(norm)]
    return b if any(ch.isdigit() for ch in inside) else clause_end


def _bracket_cut(tail: str) -> str:
    """A claim's tail without a bracket opening a figure of its own (增长6.4%(自然口径下降3.5%): the tail stops
    at the bracket) or closing one the figure stood in (…下降3.5%))."""
    b = tail.find("(")
    if b >= 0 and ")" not in tail[b:]:
        return tail[:b]
    return tail.rstrip(")") if "(" not in tail else tail


@parses("verify.sentence_claims")
def _sentence_claims(doc: Document, sentence, year: int | None,
                     carry: tuple[str, str] | None = None) -> list[Claim]:
    """The figures of one review sentence (see ``review_claims``).  ``carry``: the metric (and its
    context) of the last figure of the sentence before in the paragraph, for a figure the sentence
    opens on with no metric of its own.  A sentence wrapped over lines or spaced (地区生产总值增长\n6.7%,
    增长 6.7 %) is read with its white space left out, each figure quoted from the sentence as written."""
    raw = sentence.text
    if not _INNER_SPACE.search(raw.strip()):
        return _claims_of(doc, sentence, year, carry)
    kept = [i for i, ch in enumerate(raw) if not ch.isspace()]
    if not kept:
        return []
    compact = replace(sentence, text="".join(raw[i] for i in kept))
    out = []
    for c in _claims_of(doc, compact, year, carry):
        a, b = c.start - sentence.start, c.end - sentence.start
        a, b = kept[a], (kept[b - 1] + 1 if b > 0 else kept[0])
        out.append(replace(c, text=raw[a:b], start=sentence.start + a, end=sentence.start + b, sentence=raw))
    return out


_CIRCUMSTANCE = re.compile(rf"(?<=[^\W\d_])在[^,;。:，；：\d０-９]{{2,40}}?的?(?:{vocab.alternation('verify.circumstance_end')})")


_STATE_LEAD = re.compile(rf"(?P<subject>[\u4e00-\u9fff]{{0,8}}?)(?:{vocab.alternation('verify.state_subject')})?"
                         rf"(?:{vocab.alternation('verify.state_lead')}),")
_STATE_SUBJECT_END = re.compile(f"(?:{vocab.alternation('verify.state_subject')})+$")
_ECONOMY_OUTPUT = re.compile(vocab.alternation("verify.economy_output"))


def _opens_on(norm: str, clause_start: int, carry: tuple[str, str]) -> bool:
    """Whether a figure's clause, at ``clause_start`` of its sentence, has before it nothing that names
    another metric: it opens the sentence, or one clause on the state of the economy or of a sector goes
    before it (经济运行稳中向好，增长6.4%; 工业运行稳中向好，增速达9.5%) whose subject is the economy, where the
    last metric of the sentence before (``carry``) is its output, or a word of that metric's name."""
    if clause_start == 0:
        return True
    lead = _STATE_LEAD.fullmatch(norm[:clause_start])
    if lead is None:
        return False
    subject = _STATE_SUBJECT_END.sub("", _PLACE_PREFIX.sub("", lead.group("subject")))
    metric = normalise(carry[0])
    if not subject:
        return _ECONOMY_OUTPUT.search(metric) is not None
    return len(subject) >= 2 and subject in metric


def _claims_of(doc: Document, sentence, year: int | None, carry: tuple[str, str] | None) -> list[Claim]:
    """``_sentence_claims`` on a sentence with no white space inside it."""
    out: list[Claim] = []
    span = _five_years(doc, sentence)
    raw = sentence.text
    # A sentence of a five-year review whose first clause names the year (2021年，全市…) is the year's.
    five = span != YEAR and not _names_year(for_parsing(raw), year)
    # 预计 marks the year's estimate in a review: reported, not planned (same length, offsets kept).
    text = _FORECAST.sub(lambda m: " " * len(m.group()), raw)
    text = _PRICE_BASIS_BRACKET.sub(lambda m: " " * len(m.group()), text)
    # 地区生产总值在外部需求减弱、要素成本上升的情况下实现6.3%的增长: the circumstance (no figure in it) set aside
    text = _CIRCUMSTANCE.sub(lambda m: " " * len(m.group()), text) if "在" in text else text
    norm = for_parsing(text)
    found: list[tuple[int, int, str, float, str, str]] = []   # start, end, metric, value, unit, scale
    for fact in progress.row_facts(text):
        found.append((fact.span[0], fact.span[1], fact.metric, fact.value, fact.unit, fact.scale))
    if "倍" in text:
        # 实际使用外资增长1.2倍: a growth in multiples, the year before's figure times 1.2 added, a 120% growth
        for m in _GROWTH_MULTIPLE.finditer(text):
            a, b = m.span("figure")
            if not any(x <= a < y for x, y, *_ in found):
                lead = text[max((text.rfind(c, 0, a) for c in "，,；;。："), default=-1) + 1:a]
                found.append((a, b, lead, (numbers.parse_number(m.group("number")) or 0.0) * 100, "%", ""))
    if "亿元" in text or "万元" in text:
        # 突破千亿元大关, 迈上两千亿元台阶: a level reached written in characters, read as its digits would be
        for m in _LEVEL_IN_WORDS.finditer(text):
            a, b = m.span("figure")
            value = numbers.parse_number(m.group("number"))
            if value is not None and not any(x <= a < y for x, y, *_ in found):
                lead = text[max(text.rfind(c, 0, a) for c in "，,；;。：") + 1:a]
                found.append((a, b, lead, value, m.group("unit"), m.group("unit")[0]))
    for ind in indicators.parse(text)[0] if _DURATION_UNIT.search(text) else ():
        if ind.kind == "duration" and ind.value is not None and not any(
                a <= ind.span[0] < b for a, b, *_ in found):
            found.append((ind.span[0], ind.span[1], ind.metric, ind.value, ind.unit, ind.scale))
    found.sort()
    groups, headless = _respectively(norm, [(a, b) for a, b, *_ in found])
    named: dict[int, list[str]] = {}      # sentence part → the metrics of its figures so far, in order
    previous: dict[int, tuple[str, str]] = {}
    figure_names: list[tuple[int, int, str]] = []     # each figure's sentence part, start and metric, in order
    kinds: dict[int, str] = {}
    others: set[int] = set()      # claims (their index in out) named for another area than the report's
    # The report's own area named in the sentence (我县, 我区): a clause opening on an area of another kind (全区 for a
    # region in a county's report, 全市 in a district's, 全国) gives that area's figure, as 全省…，我市… does.
    own_levels = {_scope_level(m.group()) for m in _OWN_SCOPE_ANY.finditer(norm)}
    last_end = 0
    # Where each sentence part, list item and clause mark ends (each one character), found once: a figure's
    # part, item and clause are the marks just before it (and the clause's end the one just after).
    part_ends = [m.end() for m in _PART_END.finditer(norm)]
    item_ends = [m.end() for m in _ITEM_MARK.finditer(norm)]
    clause_ends = [m.end() for m in _CLAUSE_END.finditer(norm)]
    for start, end, metric, value, unit, _scale in found:
        k = bisect.bisect_right(part_ends, start)
        part = part_ends[k - 1] if k else 0
        # the figure's own list item: from the clause start, the last 、 or the figure before
        k = bisect.bisect_right(item_ends, start)
        item = norm[max(last_end, part, item_ends[k - 1] if k else 0):start]
        last_end = end
        k = bisect.bisect_right(clause_ends, start)
        clause_start = clause_ends[k - 1] if k else 0
        k = bisect.bisect_right(clause_ends, end)     # (the first mark at or after ``end`` ends past it)
        clause_end = clause_ends[k] - 1 if k < len(clause_ends) else len(norm)
        before = norm[clause_start:start]
        after = norm[end:clause_end]
        kind = _kind(unit, before.replace(" ", ""))    # (a blanked basis bracket: 比上年增长（按可比价格计算）6.4%)
        if kind == "ratio" and vocab.is_rate(unit):
            # 实现了6.2%的增长, 保持7.5%的增速: the change word after the figure.
            kind = "growth_rate" if _GROWTH_AFTER.match(after) else "decline_rate" if _FALL_AFTER.match(after) else kind
        named_after = _NAMED_AFTER.match(after) if kind == "ratio" and vocab.is_rate(unit) else None
        if named_after is not None:
            # 全年实现6.2%的经济增长, 实现5.6%的地区生产总值增速: the metric named after the figure, none before it.
            # (the figure's reading takes the name after it already; its tail is no more of the name)
            kind = "growth_rate"
            if len(normalise(_GENERIC.sub("", _clean_metric(metric)))) < 2:
                metric = named_after.group("name")
        if (start in groups or start in headless) and kind == "ratio" and part in kinds:
            kind = kinds[part]      # …分别增长5.5%、7.4%: the second rate is a growth too
        kinds[part] = kind
        name = groups.get(start) or _clean_metric(metric)
        if start in headless:
            # …接待游客5600万人次，实现旅游总收入620亿元，分别增长12%和15%: the metrics of the figures before, in order.
            i, n = headless[start]
            prior = named.get(part, [])
            if len(prior) >= n:
                name = prior[len(prior) - n + i] if i < n else name
        # (a clause of the part naming the whole year is not of the part: 前三季度，…增长4.6%，预计全年增长5.5%左右)
        part_year = bool(_PART_YEAR.search(item)) or (_PART_YEAR_OPENING.match(norm, part) is not None
                                                      and not _WHOLE_YEAR.search(before))
        current = bool(_CURRENT_PRICES.search(item))
        if part_year or current:
            # 一季度增长5.1%、前三季度增长6.3%: the period (or the price basis) names no metric.
            name = _clean_metric(_CURRENT_PRICES.sub("", _PART_YEAR.sub("", name)))
        own = _OWN_SCOPE.match(name)
        if own is not None and len(normalise(name[own.end():])) < 2 and part in previous:
            # 全省…增长5.3%，我市增长7.1%: the report's own figure of the metric named for the wider area.
            wider = previous[part][0]
            scope = _OTHER_SCOPE.match(wider)
            if scope is not None:
                others.update(k for k, c in enumerate(out) if c.sentence_start == sentence.start
                              and c.metric.startswith(wider))
                name = wider[scope.end():]
        counted = _COUNTED.search(name) if unit in _SCALES else None
        if counted is not None:
            unit += counted.group(1)    # 就业人数达到5.3万: 5.3万人
        if name.startswith("增") and "新" + name in before:
            name = "新" + name      # progress takes 新 of 新增 for a lead-in (新增就业5.3万人 → 增就业)
        lead = subject = ""
        if len(normalise(_GENERIC.sub("", name))) <= 4 and clause_start > part:
            # A terse metric (土地面积) is named by the clause before it (…地块完成收储,土地面积393.54亩).
            prev_start = max((m.end() for m in _CLAUSE_END.finditer(norm, part, clause_start - 1)), default=part)
            lead = norm[prev_start:clause_start - 1]
        if len(normalise(_GENERIC.sub("", _CHANGE_ONLY.sub("", name)))) < 2 and _BRACKETED.search(item):
            # 固定资产投资（不含农户）增长9.6%, 居民消费价格指数（CPI）上涨1.2%: what the brackets qualify is the metric.
            name = _clean_metric(_CLAIM_TRAIL.sub("", _BRACKETED.sub("", item).strip())) or name
        bare_name = normalise(_GENERIC.sub("", _BASIS_WORDS.sub("", name)))
        # 增收132亿元, 比上年增收132亿元: an increase, whatever it is compared with (增加6.2%: the growth of the
        # metric before, read as a bare rate)
        increment_word = _YEAR_ON_YEAR_LEAD.sub("", bare_name) in _INCREMENT_ONLY and part in previous
        increment = increment_word and not vocab.is_rate(unit)
        # …完成96.3亿元，同比增长率8.3%: a growth rate named by its change word alone, the metric before's growth
        # (or opening its sentence, the last metric of the sentence before's: …总量突破600亿元。增速达7.5%)
        rate_named = _BARE_RATE_NAME.fullmatch(_YEAR_ON_YEAR_LEAD.sub("", bare_name)) \
            if vocab.is_rate(unit) and (part in previous or (carry is not None and _opens_on(norm, clause_start, carry))) else None
        if rate_named is not None:
            kind = "growth_rate" if rate_named.group("word") in _GROWTH_RATE_NAMES else "decline_rate"
        # …总量突破600亿元，增速达7.5% (or 。增速达7.5% opening the next sentence): the growth named by its word alone
        # (…达到512亿元。该项指标增长6.5%: a name pointing back, verify.pointer_name, the same)
        growth_named = (bare_name in _POINTER_NAMES or vocab.is_rate(unit) and bare_name in _GROWTH_NAME_ONLY) and (
            part in previous or (carry is not None and _opens_on(norm, clause_start, carry)))
        if len(bare_name) < 2 or bare_name in _ACTUAL_ONLY or increment_word or rate_named is not None or growth_named or (part in previous and _MEASURE_ONLY.match(bare_name)) or (
                _MULTI_YEAR.search(norm[part:clause_start]) and _LEVEL_REACHED.fullmatch(normalise(name))):
            # A bare figure (…达到4015亿元，增长5.8%; …完成328亿元，扣除留抵退税因素后增长6.3%: its basis alone names
            # no metric; …按可比口径增长6.2%，总量增长5.1%: what is measured alone, after a figure; a level reached after a clause on several years: …年均增长6.1%，
            # 2024年突破3000亿元) takes the metric of the figure before it, or with no figure before, the subject
            # of its sentence part (固定资产投资再破千亿大关，…，增长27.6%).
            if part in previous:
                name, lead = previous[part]
                if kind == "ratio" and vocab.is_rate(unit) and _GROWTH_RATE_WORD.search(name) \
                        and _COPULA_ONLY.fullmatch(item):
                    kind = "growth_rate"    # …增速较上年回落2.1个百分点，为4.6%: the growth named before
            elif carry is not None and (clause_start == 0 or _NO_METRIC_LEAD.fullmatch(norm[:clause_start])
                                        or _opens_on(norm, clause_start, carry)):
                # the sentence opens on the figure, on its basis alone (按可比价计算，比上年增长7.2%) or on the
                # state of what that metric measures (工业运行稳中向好，增速达9.5%): the last metric of the sentence before
                name, lead = carry
            elif clause_start > part:
                first = next((m.start() for m in _CLAUSE_END.finditer(norm, part)), clause_start)
                lead = subject = norm[part:first]
                colon = max(norm.rfind(mark, part, clause_start) for mark in _LEAD_IN_MARKS)
                if colon != -1 and colon + 1 < clause_start:
                    # 主要指标完成情况是：地区生产总值年度目标增长6%左右，实际增长6.2%: the subject may be after the colon
                    # (or before it: 固定资产投资：年度目标增长10%，实际增长11.2%): the clause after it is the lead too
                    lead = norm[part:next((m.start() for m in _CLAUSE_END.finditer(norm, colon + 1)), clause_start)]
            elif start - len(item) > clause_start:
                # 全年地区生产总值将达到3287亿元、增长6.7%左右: the list's subject, before the item
                lead = norm[clause_start:start - len(item)]
        if kind == "ratio" and vocab.is_rate(unit) and lead and len(normalise(_GENERIC.sub("", name))) < 2 \
                and _GROWTH.search(normalise(subject or lead)):
            kind = "growth_rate"    # 地区生产总值增长：目标6.5%左右，完成6.7%: the growth its subject names
        if name.startswith("占") and part in previous and clause_start > part:
            # A share with no subject (…研发投入113.7亿元，占GDP比重提高到3.85%): the figure before's.
            name = previous[part][0] + name
        if start not in headless:
            named.setdefault(part, []).append(name)
        if not _PLAN_SHARE_NAME.fullmatch(normalise(name)):
            previous[part] = (name, lead)   # (…为年度预算的103.2%，增长5.8%: the growth is the metric's before the share)
        figure_names.append((part, start, name))
        if increment:
            continue        # 增收1350元: the metric before's increase, no result of it
        if _BASE_YEAR.search(item):
            continue        # 由上年的下降2.1%转为增长8.1%: the year before's figure
        compared = _COMPARED_YEAR.search(item) if year is not None and vocab.is_rate(unit) else None
        if compared is not None and int(compared.group("year")) < year - 2:
            continue        # 比2022年增长8.3% in the review of 2024: a change over two years or more, no rate of the year
        if _PLANNED.search(norm[clause_start:clause_end]):
            continue
        if _TARGET_AFTER.match(after) or _TARGET_LIST_AFTER.match(after) or _TARGET_BEFORE.search(item):
            continue        # 坚持年初确定的…增长6.5%左右的目标, （目标4.2%）: the target restated, no result
        # 五年来…累计, 年均增长: never the year's result.  A sentence part that opens on the year (2024年，
        # 是“十四五”承上启下的一年，…; 过去一年，是五年来…的一年，…) is about that year: only a word of several
        # years in the figure's own clause makes its figure several years'.
        earlier = _YEAR_OPENING.match(norm, part) if year is not None else None
        if earlier is not None and int(earlier.group(1)) < year - 1 \
                and not _one_year(norm[earlier.end():start], year):
            continue        # 2022年，全市…增长4.1% in the review of 2024: an earlier year's figure, no result of the year
        about_year = _names_year(norm[part:clause_start], year)
        if _MULTI_YEAR.search(norm[clause_start:clause_end]):
            continue
        # …年均增长6.1%，达到3287亿元: a level reached after a clause on the years is the level at their end,
        # the reviewed year's, though no word dates it: kept, marked uncertain (quoted where nothing else answers).
        reached = not vocab.is_rate(unit) and _LEVEL_REACHED.match(before) is not None
        if not about_year and _MULTI_YEAR.search(norm[part:clause_start]) and not reached \
                and not _one_year(norm[clause_start:clause_end], year):
            continue        # (…两年平均增长6.2%，全年增长9.1%: a clause naming the year is the year's)
        uncertain = reached and not about_year and _MULTI_YEAR.search(norm[part:clause_start]) is not None
        if five and not uncertain and not _one_year(norm[clause_start:clause_end], year):
            # A review of five years: a figure of one year only where it says so.  One in a part on five
            # years that no word dates (no 五年来, 累计, 年均 near it) may still be the year's: kept, marked.
            if span == FIVE or _CUMULATIVE.search(norm[part:clause_end]):
                continue
            uncertain = True
        if kind in ("growth_rate", "decline_rate"):
            # 全年投资增长9.6%, 外贸增长7.4%: a growth named in its own item by a bare head word alone
            # (verify.bare_names); not one that takes it from the figure before (…完成投资1100亿元，增长12%).
            # (规上工业增速7.4%: a rate word the name keeps is no part of the bare word)
            bare = _RATE_WORD_END.sub("", _PLACE_PREFIX.sub("", normalise(_GENERIC.sub("", name))))
            if bare in _BARE_NAMES and bare in item:
                name = _BARE_NAMES[bare]
        tail = "" if start in groups or start in headless or named_after is not None else _bracket_cut(_TAIL_END.split(after.strip())[0])[:16]
        # (全国经济增长5.0%，全县…: the nation's figure even where the sentence names no own area)
        if (scope := _OTHER_SCOPE_LEAD.match(norm, clause_start)) is not None \
                and (own_levels or scope.group(1) in _NATION) and _scope_level(scope.group(1)) not in own_levels:
            others.add(len(out))
        out.append(Claim(metric=name + tail, context=lead, value=float(value), unit=unit,
                         text=raw[start:end], start=sentence.start + start, end=sentence.start + end,
                         kind=kind, sentence=raw, sentence_start=sentence.start,
                         sentence_end=sentence.end, estimate=_estimated(raw, start) or bool(_FORECAST_AFTER.match(for_parsing(raw[end:end + 8]))),
                         # (…同口径增长5.3%、自然口径增长2.1%: an item naming the headline basis is on it)
                         same_basis=not _HEADLINE_BASIS.search(item) and bool(
                             _SAME_BASIS.search(_CONSTANT_PRICES.sub("", norm[clause_start:_basis_end(norm, end, clause_end)]))),
                         year_uncertain=uncertain, part_year=part_year, current_prices=current,
                         short_part=part_year and not _MOST_OF_YEAR.search(
                             item if _PART_YEAR.search(item) else norm[part:clause_start])))
        if kind in ("growth_rate", "decline_rate") and start not in groups and start not in headless:
            # 规模以上工业增加值、固定资产投资均增长6%以上: the figure is each listed metric's too.
            claim = out[-1]
            out += [replace(claim, metric=other + tail) for other in _shared_names(before, name)]
    # 其中，某某经济开发区实现地区生产总值…, 某某高新区实际使用外资增长21%: a part of the area's figure, not the
    # area's (unless the report is that part's own).
    zones = [(k, m.group("zone")) for k, c in enumerate(out) if (m := _PART_OF_AREA.match(normalise(c.metric))) is not None]
    if zones:
        title = "".join(doc.text.lstrip().split("\n", TITLE_LINES)[:TITLE_LINES])
        others.update(k for k, zone in zones if zone not in title)
    out = [c for k, c in enumerate(out) if k not in others]
    words = ([(m, True, 0.0, "growth_rate") for m in _POSITIVE.finditer(norm)]
             + [(m, False, 0.0, "growth_rate") for m in _LEVEL_WITH.finditer(norm)]
             + [(m, True, DOUBLE_DIGITS, "growth_rate") for m in _DOUBLE_DIGIT.finditer(norm)]
             + [(m, False, DOUBLED, "growth_rate") for m in _DOUBLED.finditer(norm) if not _YEAR_NAMED.search(norm, 0, m.start())]
             + [(m, True, 0.0, "decline_rate") for m in _NEGATIVE.finditer(norm)]
             + [(m, True, 0.0, "decline_rate") for m in _FALL_SAID.finditer(norm)])
    for m, positive, floor, kind in words:
        # 外贸出口额实现正增长: a growth above zero, no figure (value 0, text 正增长); 与上年持平: zero;
        # 保持两位数增长: a growth of at least 10%, no figure (value 10); 出现负增长: a fall, no figure.
        clause_start = max((c.end() for c in _CLAUSE_END.finditer(norm, 0, m.start())), default=0)
        clause_end = next((c.start() for c in _CLAUSE_END.finditer(norm, m.end())), len(norm))
        name = _clean_metric(_CLAIM_TRAIL.sub("", norm[clause_start:m.start()]))
        if len(normalise(_YEAR_ON_YEAR_LEAD.sub("", name))) < 2:
            # …实际使用外资3.2亿美元，同比持平: no name in its clause, the metric of the figure before in its sentence part
            k = bisect.bisect_right(part_ends, m.start())
            part = part_ends[k - 1] if k else 0
            name = next((n for p, a, n in reversed(figure_names) if p == part and a < clause_start), name)
        if len(normalise(name)) < 2 or _PLANNED.search(norm[clause_start:clause_end]):
            continue
        if m.re is _FALL_SAID and (_RATE_WORDS.search(norm[clause_start:m.start()]) or _DIGIT.search(norm[clause_start:clause_end])):
            continue        # 增速下降: a slower growth; …下降2.3%: the figure's own claim
        if _MULTI_YEAR.search(norm[clause_start:clause_end]) or (
                five and not _one_year(norm[clause_start:clause_end], year) and not _names_year(norm, year)):
            continue
        out.append(Claim(metric=name, value=floor, unit="%", text=raw[m.start():m.end()],
                         start=sentence.start + m.start(), end=sentence.start + m.end(), kind=kind,
                         sentence=raw, sentence_start=sentence.start, sentence_end=sentence.end,
                         estimate=_estimated(raw, m.start()), positive=positive))
    for m in _PRICE_INDEX.finditer(norm):
        # 居民消费价格总指数为101.8 (上年=100): prices rose 1.8%.
        clause_start = max((c.end() for c in _CLAUSE_END.finditer(norm, 0, m.start())), default=0)
        clause_end = next((c.start() for c in _CLAUSE_END.finditer(norm, m.end())), len(norm))
        if _MULTI_YEAR.search(norm[clause_start:clause_end]) or (
                five and not _one_year(norm[clause_start:clause_end], year) and not _names_year(norm, year)):
            continue
        a, b = m.span("index")
        out.append(Claim(metric=m.group("name"), value=round(float(m.group("index")) - 100, 6), unit="%",
                         text=raw[a:b], start=sentence.start + a, end=sentence.start + b, kind="ratio",
                         sentence=raw, sentence_start=sentence.start, sentence_end=sentence.end,
                         estimate=_estimated(raw, a)))
    return out


def _five_year_paragraph(doc: Document, sentence) -> bool:
    """The sentence's paragraph opens on five years (——五年来，我们…): every figure in it is the five
    years', unless its clause names the year."""
    return _year_context(doc).get(sentence.paragraph) == FIVE


FIVE, FIVE_PART, YEAR = "five", "five_part", "year"
# What a paragraph opens with, its heading number and markup set aside (（一）, 二、, ——, **, 各位代表！).
_OPENING = re.compile(r"^(?:\s|\*|#|各位代表[!,:]?|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[、.]|——)*")
_YEAR_OPENER = re.compile(rf"^(?:{vocab.alternation('verify.year_opener')}|(?:{vocab.alternation('verify.year_opener_lead')})?"
                          rf"((?:19|20)\d\d)年(?!{vocab.alternation('verify.year_not_alone')}|[—–-]|\d))")
_FIVE_OPENER = vocab.pattern("verify.five_year_opener")
_CONTEXTS: dict[int, tuple[Document, dict[int, str]]] = {}


_CLAUSE_MARK = re.compile(r"[,;。:]")


def _year_context(doc: Document) -> dict[int, str]:
    """Each review paragraph's span of years: ``FIVE`` when its first words say several years (五年来，…),
    ``FIVE_PART`` when it only sits in a review of five years (过去五年的工作回顾) with nothing saying
    which year, ``YEAR`` otherwise.  In a review of five years, a paragraph opening on the year
    (刚刚过去的一年，… / 2022年，全市… / 一年来) makes it and the paragraphs after it the year's, until one
    opens on five years again; the problems paragraph is the year's unless it opens on five years."""
    cached = _CONTEXTS.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    year = report_year(doc.text)
    out: dict[int, str] = {}
    top: int | None = -1
    state = YEAR
    for sentence in doc.sentences:
        p = sentence.paragraph
        if p is None or p in out or not is_review(sentence.role) or not 0 <= p < len(doc.paragraphs):
            continue
        here = top_section(sentence.section, doc.sections) if sentence.section is not None else None
        five_part = here is not None and doc.sections[here].five_year
        if here != top:
            top, state = here, (FIVE_PART if five_part else YEAR)
        para = doc.paragraphs[p]
        head = for_parsing(doc.text[para.start:min(para.end, para.start + 80)])   # its own words only
        head = head[_OPENING.match(head).end():]
        opener = _YEAR_OPENER.match(head)
        said_year = opener is not None and (year is None or opener.group(1) is None
                                            or int(opener.group(1)) >= year - 1)
        five = _FIVE_OPENER.search(head[:40])
        if five and said_year and _CLAUSE_MARK.search(head[:five.start()]):
            # 2024年，面对“十四五”时期以来…: the paragraph is about the year it opens on; five years named
            # after its first clause say when the year fell, not whose figures follow.
            five = None
        if five:
            out[p] = FIVE
            state = FIVE_PART   # the paragraphs after it (——综合实力…) are the five years' until one opens on the year
        elif said_year:
            out[p] = YEAR
            state = YEAR
        else:
            out[p] = YEAR if sentence.role == "problems" else state
    _CONTEXTS.clear()
    _CONTEXTS[id(doc)] = (doc, out)
    return out


def _five_years(doc: Document, sentence) -> str:
    """``FIVE``, ``FIVE_PART`` or ``YEAR`` for a review sentence (see ``_year_context``)."""
    return _year_context(doc).get(sentence.paragraph, YEAR)


def _one_year(text: str, year: int | None) -> bool:
    """``text`` names the reviewed year (去年, 全年, 2024年 — not an earlier year of the five when the
    report's own year is known)."""
    return any(m.group(1) is None or year is None or int(m.group(1)) >= year - 1 for m in _ONE_YEAR.finditer(text))


def _names_year(text: str, year: int | None = None) -> bool:
    """A sentence's first clause names the reviewed year (2017年，全省… / 去年 / 全年): the sentence is the year's."""
    first = _CLAUSE_END.split(text, maxsplit=1)[0]
    return _one_year(first, year) and not _MULTI_YEAR.search(first)


_RESPECTIVE_TRAIL = vocab.quick(re.compile(f"(?:{vocab.alternation('verify.respective_trail')})+$"))
# A、B均增长6%以上: one figure after a list of metrics and a word saying it is each one's (verify.shared_rate),
# with only what the figure is compared with and its change word between.
_SHARED_RATE = re.compile(f"(?P<names>[^,;。:]+[、和及][^,;。:]+?)(?:{vocab.alternation('verify.shared_rate')})"
                          f"(?:{vocab.alternation('verify.year_on_year')})?"
                          f"(?:{vocab.alternation('change.growth', 'change.fall')})[^,;。:]{{0,2}}$")


def _shared_names(before: str, name: str) -> list[str]:
    """The other metrics of a list sharing one figure (规模以上工业增加值、固定资产投资均增长6%以上: 规模以上工业增加值
    for the figure named 固定资产投资), each named as 分别 lists name theirs; [] when the clause is no such list."""
    m = _SHARED_RATE.fullmatch(before)
    if m is None:
        return []
    names = [targets.strip_metric(g) for g in targets.split_metrics(m.group("names"))]
    if len(names) < 2 or any(len(normalise(x)) < 2 for x in names):
        return []
    own = normalise(_clean_metric(name))
    return [x for x in names if normalise(x) not in own]


_RESPECTIVELY = re.compile("分别")
_COMMA_OR_COLON = re.compile(r"[,:]")


def _respectively(norm: str, spans: list[tuple[int, int]]) -> tuple[dict[int, str], dict[int, tuple[int, int]]]:
    """Metrics of the figures of a 分别 list (城镇和农村居民人均可支配收入分别增长5%、6%): start of
    each figure → its own metric, when the list names as many metrics as it gives figures; and a 分别
    list naming none in its clause (…，分别增长12%和15%): start of each figure → (its place, how many)."""
    out: dict[int, str] = {}
    headless: dict[int, tuple[int, int]] = {}
    for m in _RESPECTIVELY.finditer(norm):
        clause_start = max((c.end() for c in _PART_END.finditer(norm, 0, m.start())), default=0)
        clause_start = max([clause_start] + [c.end() for c in _COMMA_OR_COLON.finditer(norm[:m.start()])])
        clause_end = next((c.start() for c in _CLAUSE_MARK.finditer(norm[m.end():])), len(norm) - m.end()) + m.end()
        figures = [a for a, b in spans if m.end() <= a < clause_end]
        head = _RESPECTIVE_TRAIL.sub("", norm[clause_start:m.start()])
        names = [targets.strip_metric(g) for g in targets.split_metrics(head)]
        if len(figures) >= 2 and len(names) == len(figures):
            out.update(zip(figures, names, strict=True))
        elif len(figures) >= 2 and not any(len(normalise(x)) >= 2 for x in names) and not any(a < m.start() for a, _ in spans if a >= clause_start):
            headless.update((a, (i, len(figures))) for i, a in enumerate(figures))
        elif len(figures) == 2 and len(names) == 1 and names[0].startswith("城乡居民"):
            rest = names[0][len("城乡居民"):]
            out.update(zip(figures, ["城镇居民" + rest, "农村居民" + rest], strict=True))
        if len(figures) >= 2 and all(a in out for a in figures) and norm[clause_end:clause_end + 1] == ",":
            # …分别达到41256元、21380元，增长5.8%、8.3%: a second list right after, opened by a change word
            # alone, gives the same metrics' rates in the same order.
            nxt = next((c.start() for c in _CLAUSE_MARK.finditer(norm[clause_end + 1:])),
                       len(norm) - clause_end - 1) + clause_end + 1
            more = [(a, b) for a, b in spans if clause_end < a < nxt]
            if len(more) == len(figures) and _SECOND_LIST_LEAD.fullmatch(norm[clause_end + 1:more[0][0]]) and all(
                    norm[b:a] in _LIST_JOINS for (_, b), (a, _) in zip(more, more[1:], strict=False)):
                out.update(zip([a for a, _ in more], [out[a] for a in figures], strict=True))
    return out, headless


# What opens a list of rates right after a 分别 list (…，增长5.8%、8.3%; …，同比分别增长…; the year compared with named,
# 比2023年分别增长…) and joins its items.
_SECOND_LIST_LEAD = re.compile(f"(?:{vocab.alternation('verify.year_on_year')}|[比较](?:19|20)\\d\\d年(?:同期)?)?(?:分别)?"
                               f"(?:{vocab.alternation('change.growth', 'change.fall')})")
_LIST_JOINS = ("、", "和", "及", "与")
