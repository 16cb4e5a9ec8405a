"""Which years a review's figure is of: each paragraph's span (``_year_context``: the year, five years, or a
paragraph within a review of five years), a sentence's span (``_five_years``), and a text naming the reviewed
year (``_one_year``, ``_names_year``).
"""

from __future__ import annotations

import re

from .. import vocab
from ..model import Document
from ..parts import is_review, report_year, top_section
from ..text import for_parsing
from .patterns import (
    _CLAUSE_END,
    _MULTI_YEAR,
    _ONE_YEAR,
)


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


_TURNS: dict[int, tuple[Document, dict[int, int]]] = {}


def turned_to_years(doc: Document, sentence) -> bool:
    """The sentence follows, in its paragraph of the year, a sentence opening on five years (2020年主要目标任务的完成，
    标志着“十三五”规划顺利收官。“十三五”时期，是…的五年。…年均增长9.4%): the paragraph has turned to the plan's years,
    so an average or sum over several years after it is theirs — kept for D3's quote, not dropped as a year's review
    drops one."""
    cached = _TURNS.get(id(doc))
    if cached is None or cached[0] is not doc:
        turns: dict[int, int] = {}
        for s in doc.sentences:
            if s.paragraph is None or s.paragraph in turns or not is_review(s.role):
                continue
            head = for_parsing(s.text[:40])
            head = head[_OPENING.match(head).end():]
            five = _FIVE_OPENER.match(head)
            if five is not None and not _YEAR_OPENER.match(head):
                turns[s.paragraph] = s.start
        _TURNS.clear()
        _TURNS[id(doc)] = cached = (doc, turns)
    turn = cached[1].get(sentence.paragraph)
    return turn is not None and turn <= sentence.start


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
