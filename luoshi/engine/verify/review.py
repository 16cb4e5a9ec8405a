"""The results a report states for the year it reviews (``review_claims``): the sentences reviewing the year
(``_reviewing``: the review and problems parts, a past year's annex or part, a coming part's sentences that
give the year's results) read as sentences, tables and headings into ``Claim`` s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import targets, vocab
from ..errors import ParseError, parses
from ..judgement import Claim
from ..model import Document
from ..parts import is_review, report_year, reports_past_year, states_result
from ..text import for_parsing, normalise
from .claims import _DIGIT, _sentence_claims
from .patterns import (
    _CLAUSE_END,
    _PART_END,
)
from .review_tables import (
    _BARE_YEAR_HEAD,
    _GROWTH_HEAD,
    _HEADER_YEAR,
    _LEVEL_HEAD,
    _ONLY_DASHES_COLONS,
    _RESULT_HEAD,
    _UNIT_HEAD,
    _blank_line_pieces,
    _cell_lines,
    _cells,
    _growth_claims,
    _header_text,
    _markdown_rows,
    _metric_heading,
    _table_claims,
)


def _reviewing(doc: Document) -> list:
    """The sentences that review the year: the review part and its problems paragraph, and the headline
    figures a speech gives before its first part (现在，我代表…。2024年，全市地区生产总值增长5.8%…)."""
    year = report_year(doc.text)
    coming = [s for s in doc.sections if s.level == 0 and s.role in ("plan", "targets")]
    if not any(is_review(s.role) for s in doc.sentences) and not any(_past_part(s, year) for s in coming) \
            and not _untitled_first_part(doc, coming):
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


# A piece of a sentence on the coming year (今年…增长6.5%左右; 新的一年…; 预期增长…; 明年…), not one saying the year fell short
# of or beat what was expected (低于预期, 好于年初预期, 不及预期, 超出预期): in a document with no review part, it states a target.
_COMING_SAID = vocab.pattern("verify.coming_said")
_SHORT_OR_BEYOND = re.compile(rf"(?:{vocab.alternation('verify.short_or_beyond')})(?:{vocab.alternation('verify.expected_when')})?预期")


def _coming(text: str) -> bool:
    return _COMING_SAID.search(_SHORT_OR_BEYOND.sub("", text)) is not None


def _whole_document(doc: Document) -> list:
    """Where no review part is found (a statistics bureau's communiqué, 统计公报; a newspaper's account of the congress's
    opening; questions and answers on the report), the sentences that may still give the year's results: every sentence
    of the next document but those of a part on the coming year (今年主要预期目标…), and, in the others, the pieces (to
    ；or 。) that speak of the coming year (报告提出，今年…增长6.5%左右), which state targets, not results.  The verdicts
    drawn from them say so (verify_documents)."""
    out = []
    for sentence in doc.sentences:
        if sentence.role in ("plan", "targets"):
            continue
        if not _coming(sentence.text):
            out.append(sentence)
            continue
        ends = [0] + [e.end() for e in _PART_END.finditer(sentence.text)]
        for a, b in zip(ends, ends[1:] + [len(sentence.text)], strict=True):
            piece = sentence.text[a:b]
            if piece.strip() and not _coming(piece):
                out.append(replace(sentence, text=piece, start=sentence.start + a, end=sentence.start + b))
    return out


def _untitled_first_part(doc: Document, coming: list) -> bool:
    """The first part has lost its title: the report's first part is on the coming year and numbered after one
    (二、…, with no 一、 before it), and the sentences before it report the past year's results (一年来，…增长2.2%:
    parts.reports_past_year) — they are the review whose heading is missing.  A first part numbered one, or text
    before it giving no past result (an opening address alone), leaves the report with no review."""
    tops = [s for s in doc.sections if s.level == 0]
    if not tops or tops[0] not in coming or tops[0].number in ("", "一", "1"):
        return False
    own = [for_parsing(s.text) for s in doc.sentences if s.start < tops[0].start]
    return reports_past_year(own, [for_parsing(s.text) for s in doc.sentences]) or _the_year_was(own, coming)


# A sentence calling a year "a year" (2020年是厦门发展极不平凡的一年, 2019年是新中国成立70周年，也是…关键之年):
# the review's opening of that year.
_YEAR_WAS = re.compile(rf"^\s*((?:19|20)\d\d)年,?是[^。!]*?(?:{vocab.alternation('verify.year_called')})")
_TITLE_YEAR_ONLY = re.compile(r"((?:19|20)\d\d)年")


def _the_year_was(own: list[str], coming: list) -> bool:
    """The text before the first part opens the year's review in words that name the year (2020年是极不平凡的一年),
    the year before the one a coming part plans (三、2021年主要工作), and then gives a result's figure with no word
    of what is to be done (全市地区生产总值增长5.7%): the review whose heading is missing, though no sentence holding
    a figure says 过去一年 itself."""
    planned = {int(y) for s in coming for y in _TITLE_YEAR_ONLY.findall(s.title)}
    opened = False
    for text in own:
        m = _YEAR_WAS.match(text)
        if m is not None:
            opened = int(m.group(1)) + 1 in planned
            continue
        if opened and states_result(text):
            return True
    return False


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


# A metric's name and a colon alone (生产总值：), the structure's run-in title of a line in a run of such lines
# (生产总值：年度目标增长6%，完成…。 / 粮食总产量：年度目标…，完成…。): the name of the sentence after it on its line.
_COLON_TITLE = re.compile(r"\s*([^\d,;:，；：、。!?！？()（）]{2,14})[:：]\s*")


def _titled_lines(doc: Document, pieces: list) -> list:
    """``pieces`` with each line's run-in title (a metric's name and a colon, ``_COLON_TITLE``) read as one sentence
    with the rest of its line, as a line the structure left whole is (生产总值：年度目标增长6%，完成28.5亿元，增长5.2%):
    the figures after the colon are the named metric's, the target the line restates before them left out."""
    out, at = [], 0
    while at < len(pieces):
        title, rest = pieces[at], pieces[at + 1] if at + 1 < len(pieces) else None
        if rest is not None and rest.paragraph == title.paragraph and _COLON_TITLE.fullmatch(title.text) \
                and "\n" not in doc.text[title.end:rest.start] and not doc.text[title.end:rest.start].strip():
            out.append(replace(title, text=doc.text[title.start:rest.end], end=rest.end))
            at += 2
            continue
        out.append(title)
        at += 1
    return out


# 城乡常住居民人均可支配收入均增长6%左右: one rate said of both groups alike (verify.both_groups_alike after the name).
# (the claim's name keeps the bound word after its figure, 左右, 以上: kept after the group's name)
_ALIKE_END = re.compile(f"(?:{vocab.alternation('verify.both_groups_alike')})"
                        f"((?:{vocab.alternation('comparator.about_after', 'comparator.floor_after', 'comparator.ceiling_after')})?)$")


def _both_groups_alike(found: list[Claim]) -> list[Claim]:
    """A claim on both groups with a word saying they grew alike after the name (城乡居民人均可支配收入均增长7.5%): the
    urban and the rural group's claims, each with the rate (targets.urban_and_rural names them), as a 分别 list of
    the two gives them; a name of no two groups (地区生产总值均…) is left as it is."""
    out: list[Claim] = []
    for c in found:
        alike = _ALIKE_END.search(c.metric)
        groups = targets.urban_and_rural(c.metric[:alike.start()]) if alike is not None else []
        out += [replace(c, metric=g + alike.group(1)) for g in groups] if alike is not None and len(groups) == 2 else [c]
    return out


@parses("verify.review_claims")
def review_claims(doc: Document, failures: list | None = None, several_years: bool = False,
                  sentences: list | None = None) -> list[Claim]:
    """Every figure stated in the sentences of ``doc``'s review part.  ``failures``: when given, a
    sentence the rules fail on is left out and its error appended there (the other sentences are
    still read); otherwise the error is raised.  ``several_years``: also a plan-end review's five-year
    cumulative and average figures (``Claim.several_years``), which verdicts quote only where nothing
    of the year answers.  ``sentences``: the sentences to read in place of the review part (``_whole_document``, where
    no review part was found)."""
    out: list[Claim] = []
    year = report_year(doc.text)
    carry, paragraph = None, None
    column = None       # in a table of the year's figures: the column of results
    growth = None       # …and the column of growth rates beside the levels (比上年增长（%）)
    units = None        # …and the column of units, where the units stand in one of their own (单位)
    pieces = _titled_lines(doc, [row for whole in (_reviewing(doc) if sentences is None else sentences) for piece in _blank_line_pieces(whole)
                                 for row in _markdown_rows(piece)])
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
            found = _both_groups_alike(_sentence_claims(doc, sentence, year, carry))
            out += found
            # A sentence opening on a bare figure (…突破3000亿元。全年增长6.7%) takes the last metric before it, or
            # the metric heading its sub-part ((一)地区生产总值。全年完成286.5亿元，增长7.4%。).
            # (a part of the area's figure lends its name to none: 经济开发区…; verify.part_of_area)
            whole = [c for c in found if not c.part_of_area and not c.several_years]
            carry = (whole[-1].metric, whole[-1].context) if whole else _metric_heading(sentence.text)
        except ParseError as e:
            if failures is None:
                raise
            failures.append(e)
    return out if several_years else [c for c in out if not c.several_years]
