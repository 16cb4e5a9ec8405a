"""A plan part's years: tasks of the five years marked (``_mark_five_year``: a part naming the five years, a
lead sentence switching the marking), the sentences that give one year's targets beside several years'
(``_year_target_sentences``), and a sentence saying what the coming year is (``_YEAR_IS``).
"""

from __future__ import annotations

import bisect
import re

from .. import vocab
from ..judgement import Task
from ..kinds import header_titles
from ..model import Document
from ..parts import is_plan, report_year
from ..text import for_parsing

_FIVE_YEAR = vocab.pattern("part.five_year")
_PLAN_YEAR = vocab.pattern("part.plan_year")


def _mark_five_year(doc: Document, tasks: list[Task]) -> None:
    """Mark the tasks read from a five-year part (parts.py's ``five_year``: 今后五年, “十四五”时期):
    goals of several years, which a year's plan imports only when asked to.

    A part whose title names the coming year as well (“十四五”时期重大举措及2021年工作部署, “十五五”时期主要
    任务和2026年工作安排, …和今年工作) holds both, each run under its lead: a sentence opening on the five years
    (今后五年，…; 未来五年，是…; “十五五”期间，…; 展望“十五五”，…) opens the five years' run, one opening on the coming year
    (2026年是…开局之年; 今年，…; 2026年经济社会发展的主要预期目标是) the year's, and a task is marked by the run
    it stands in (its own sentence's lead counting).  Before any lead, a task of such a part stays unmarked.

    Wherever it stands, a task opened by a later year than the one planned (到2029年，全市…达到…, in a 2027 report),
    or by the period of the five-year plan the year is in (“十五五”期间，力争…; “十五五”时期，全县将…; 到“十五五”末，…, in a
    2026 report), states a goal of several years, not the year's: it is marked too (a year's task naming the plan
    inside — 着眼“十五五”发展，谋划…; 编制“十五五”规划 — is not opened by its period, and stays the year's)."""
    year = report_year(doc.text) or _plan_title_year(doc) or _title_year(doc)
    _mark_later_periods(tasks, year)
    if not any(s.five_year for s in doc.sections):
        return
    starts = [s.start for s in doc.sentences]
    leads: dict[int, tuple[list[int], list[bool]]] = {}     # a mixed part's leads: their starts, five years or not
    for task in tasks:
        i = bisect.bisect_right(starts, task.source["start"]) - 1
        section = doc.sentences[i].section if i >= 0 else None
        if section is None or not doc.sections[section].five_year:
            continue
        top = section
        while doc.sections[top].parent is not None:
            top = doc.sections[top].parent
        title = for_parsing(doc.sections[top].title)
        if not (_PLAN_YEAR.search(title) or (year is not None and f"{year}年" in title)):
            task.five_year = True
            continue
        if top not in leads:
            leads[top] = _period_leads(doc, top, year)
        at, five = leads[top]
        k = bisect.bisect_right(at, task.source["start"]) - 1
        task.five_year = task.five_year or (k >= 0 and five[k])


def _mark_later_periods(tasks: list[Task], year: int | None) -> None:
    """Mark the tasks opened by a later year than ``year`` (到2030年，…) or by the period of the five-year plan it is in
    (“十五五”期间，…): goals of several years wherever they stand."""
    for task in tasks:
        if task.kind != "task":
            continue
        norm = for_parsing(task.text)
        later = _LATER_YEAR.match(norm)
        if later and year is not None and int(later.group(1)) > year:
            task.five_year = True
        plan = _PLAN_PERIOD_LEAD.match(norm)
        if plan and (year is None or _PLAN_START[plan.group(1)] <= year <= _PLAN_START[plan.group(1)] + 4):
            task.five_year = True   # “十五五”期间，力争…; 到“十五五”末，… in the year's part: the plan's years, not the year's


def mark_table_five_year(doc: Document, tasks: list[Task]) -> None:
    """Mark the rows of a table of tasks that state a goal of several years: a row opened by a later year than the
    one the document sets out (到2030年，… in a 2026年度…责任书 or a 2026 decomposition table) or by the five-year plan's
    period.  The year is the report's date's, else the one year the document's title names (某某县2026年度…,
    2026年重点工作台账), else the table's title's."""
    year = report_year(doc.text) or _title_year(doc)
    _mark_later_periods(tasks, year)


def _title_year(doc: Document) -> int | None:
    """The one year the document's first line names, else a table's title, else the title of a header block (an
    office's name, 督查通报, an issue line, then 关于2026年…的督查通报 before the addressees: kinds.header_titles), else
    the year of its sign-off date (_signed_year)."""
    first = next((line for line in doc.text.splitlines() if line.strip()), "")
    first = "" if "\t" in first or "|" in first else first     # a table's row, no title
    for title in (first, *(t.title for t in doc.tables), *header_titles(doc.text)):
        years = {int(y) for y in _TITLE_YEAR.findall(for_parsing(title))}
        if len(years) == 1:
            return years.pop()
    return _signed_year(doc.text)


# A full date alone on its line: a notice's or bulletin's sign-off under its office (某某县人民政府督查室 / 2027年7月12日).
DATE_ALONE = re.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日")
_SIGN_OFF_LINES = 4


def _signed_year(text: str) -> int | None:
    """The year of the date a document is signed off with, alone on one of its last lines, when no title names one:
    a bulletin titled 关于上半年…的督查通报 and signed 2027年7月12日 sets out 2027's works."""
    for line in [line.strip() for line in text.splitlines() if line.strip()][-_SIGN_OFF_LINES:]:
        m = DATE_ALONE.fullmatch(for_parsing(line))
        if m:
            return int(m.group(1))
    return None


_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)年")


def _plan_title_year(doc: Document) -> int | None:
    """The year planned when no date line gives it (a bureau's …2025年工作总结和2026年工作计划, printed with no date): the
    one year the title of its part planning the year names (三、2026年工作计划), none when no such part names one year."""
    years = {int(y) for s in doc.sections if s.parent is None and s.role == "plan" and not s.five_year
             for y in _TITLE_YEAR.findall(for_parsing(s.title))}
    return years.pop() if len(years) == 1 else None


# A task opened by a year it is to be reached by (到2029年，…; 力争到2030年底，…; after its ordinal or number).
# (The space after the ordinal sits inside its group: a bare \s* after \W* overlapped it, quadratic on a long run of
# spaces that matches nothing.)
_LATER_YEAR = re.compile(r"\W*(?:(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}是)\s*)?(?:力争)?到((?:19|20)\d\d)年(?:底|末)?,")
# A task opened by a five-year plan's period (“十五五”期间，…; “十五五”时期，…; 到“十五五”末，…; 力争到“十五五”末期，…) and the
# first year of each plan by its number (十五 → 2026: the plans run 1951 + 5n … 1955 + 5n).
_PLAN_PERIOD_LEAD = re.compile(r"\W*(?:(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}是)\s*)?(?:力争)?(?:到|在)?“?十([一二三四五六七八九])五”?"
                               rf"(?:规划)?(?:{vocab.alternation('part.plan_period')}),")
_PLAN_START = {n: 1951 + 5 * (10 + k) for k, n in enumerate("一二三四五六七八九", start=1)}
# A sentence opening on the five years (今后五年，…; “十五五”期间，…) or on the coming year (今年，…; 2026年是…).
_FIVE_YEAR_OPENING = re.compile(rf"\W*(?:(?:{vocab.alternation('part.five_year_lead')})\W*)?(?:{vocab.alternation('part.five_year')})")


def _period_leads(doc: Document, top: int, year: int | None) -> tuple[list[int], list[bool]]:
    """The sentences of part ``top`` opening on a period: their starts, and whether the period is the five
    years (True) or the coming year (False).  A year in figures leads only as the report's own year."""
    part = doc.sections[top]
    at: list[int] = []
    five: list[bool] = []
    for s in doc.sentences:
        if s.start < part.start or s.start >= part.end:
            continue
        norm = for_parsing(s.text).strip().lstrip("*")
        one = _ONE_YEAR_LEAD.match(norm)
        if one and (not _YEAR_FIGURE.match(one.group()) or (year is not None and f"{year}年" in one.group())):
            at.append(s.start)
            five.append(False)
        elif not one and _FIVE_YEAR_OPENING.match(norm):
            at.append(s.start)
            five.append(True)
    return at, five


def _year_target_sentences(doc: Document) -> set[int]:
    """Starts of the expected-targets sentences that set the coming year's targets: those outside a
    five-year part (今后五年的奋斗目标), unless the report has no other."""
    found = [s for s in doc.sentences if "expected_targets" in s.tags and is_plan(s.role)]
    year = [s for s in found if (s.section is None or not doc.sections[s.section].five_year)
            and not _several_years(s.text)]
    if not year:
        year = [s for s in found if not _several_years(s.text)]
    if not year and found:
        year = _year_list(doc)
    if not found:
        # none tagged at all: the coming year's list under its lead in a part on the five years only
        # (今年，是…开局之年。要力争地区生产总值增长10%以上；…), no plan part's first sentence
        year = _year_list(doc, in_five_year_only=True)
    return {s.start for s in (year or found)}


_YEAR_LIST_RATES = 3


def _year_list(doc: Document, in_five_year_only: bool = False) -> list:
    """In a report whose expected-targets sentences all set several years' targets (a new congress's first report:
    今后五年…主要预期目标是：…年均增长…), the coming year's stated without the word: the first sentence of a plan
    part not on the five years, in the part's own opening before any sub-section, holding rates of several
    targets and no yearly averages (三、2022年重点工作 / …力争地区生产总值增长7%左右，…收入增长5%，…增长15%，…).
    In a part on the five years the coming year's run counts too: a sentence under a lead on the coming year
    (今年，是…开局之年。要力争地区生产总值增长10%以上；…; 今年是“十五五”开局之年，要力争实现：…), after the five
    years' goals."""
    year = report_year(doc.text)
    leads: dict[int, tuple[list[int], list[bool]]] = {}
    for k, s in enumerate(doc.sentences):
        if not is_plan(s.role) or s.section is None:
            continue
        part = doc.sections[s.section]
        if part.parent is not None or _several_years(s.text) or in_five_year_only and not part.five_year:
            continue
        if part.five_year:
            if s.section not in leads:
                leads[s.section] = _period_leads(doc, s.section, year)
            at, five = leads[s.section]
            j = bisect.bisect_right(at, s.start) - 1
            if j < 0 or five[j]:
                continue        # the five years' run, or before any lead
        rates = len(_FIGURE.findall(for_parsing(s.text)))
        # (…今年地区生产总值增长6%左右。一般公共预算收入增长4%。社会消费品零售总额增长7%。…: one short sentence
        # a target, the run of its paragraph's sentences that each hold a rate counted together)
        for t in doc.sentences[k + 1:] if 0 < rates < _YEAR_LIST_RATES else ():
            more = len(_FIGURE.findall(for_parsing(t.text)))
            if t.paragraph != s.paragraph or not more or _several_years(t.text):
                break
            rates += more
        if rates >= _YEAR_LIST_RATES:
            return [s]
    return []


# (细颗粒物年均浓度控制在30微克/立方米以内: a level measured as the year's mean, change.year_mean_level, is no average over
# years)
_AVERAGE = re.compile(f"年均(?!{vocab.alternation('change.year_mean_level')})(?:{vocab.alternation('change.annual_average')})?")
_FIGURE = vocab.quick(re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*%"), digits=True)
# A sentence opened by this year, next year or a year in figures: one year's targets, whatever plan it names.
_ONE_YEAR_LEAD = re.compile(rf"\W*(?:{vocab.alternation('time.one_year_lead')}|(?:19|20)\d\d年)")
_YEAR_FIGURE = re.compile(r"\W*(?:19|20)\d\d年")
# A sentence saying what the coming year is (2026年是…开局之年, 今年是…, 2021年，是…): framing, no task.
_YEAR_IS = re.compile(rf"{_ONE_YEAR_LEAD.pattern},?是")


def _several_years(text: str) -> bool:
    """An expected-targets sentence for several years: it opens on them (今后五年…的主要预期目标是,
    “十五五”时期…), or most of its rates are yearly averages (地区生产总值年均增长6.5%)."""
    norm = for_parsing(text)
    if _FIVE_YEAR.search(norm[:20]) and not _ONE_YEAR_LEAD.match(norm):
        return True         # not 今年是“十四五”开局之年，…的主要预期目标是
    rates = _FIGURE.findall(norm)
    return bool(rates) and len(_AVERAGE.findall(norm)) * 2 >= len(rates)
