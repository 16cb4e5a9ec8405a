"""A case's objects: ``Fact`` (a reported figure and what its clause says of it), ``Part`` (a measurable part of
a task), ``Case`` (one progress row read against its task, built by ``building.build_case``) and a rule's
``Outcome``; and what every reader of a case asks: a text's clauses and sentences (``_spans``, cached), a unit's
base (``_unit_of``), a noun phrase's head (``_head``), a month named against the report's date and the task's deadline
(``Case.month_ended``, ``day_reached``, ``month_to_come`` …) and a date's month and day (``month_number``,
``date_named``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .. import vocab
from ..judgement import Evidence, Indicator, ProgressFact, ProgressRow, SubTarget
from .base import (
    _CLAUSE,
    _GENERIC,
    _NOT_HAN_RUN,
    _SENTENCE,
    words,
)

# A year in figures right before a month (2026年6月, 2026年十二月): blanked by Case.this_years_months when it is the
# report's own.
_YEAR_BEFORE_MONTH = re.compile(r"(?<!\d)(\d{4})\s*年(?=\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)")
# The task set for a later year (明年, 三年内, a year in figures: Case.task_for_later_year, which reads the report's own
# year as this one).
_LATER_TASK = vocab.quick(re.compile(rf"{vocab.alternation('time.later')}|(?P<year>\d{{4}})年|[一二三]年内"), digits=True)


# --- the case ------------------------------------------------------------------------------

@dataclass
class Fact:
    """A reported figure with what its clause says about it."""

    fact: ProgressFact
    role: str            # done | started | underway | preparing | pending | scope | compared | stock | whole | within (…)
    noun: str            # the words right after the unit (共3个项目120个停车位 → 停车位)
    clause: tuple[int, int]
    sentence: tuple[int, int]
    weak: bool = False   # matched to its target by a loose likeness only
    words: str = ""      # the clause's text up to the next figure (已完成签约5个)
    named_by: Fact | None = None   # a running total named by no more than its verb: the month's figure before it


@dataclass
class Part:
    """A measurable part of a task: an indicator, or a result clause with no figure."""

    text: str
    span: tuple[int, int]
    indicator: Indicator | None = None
    required: str = "done"          # for a clause part: the stage it must reach (underway for 开工)
    noun: str = ""


@dataclass
class Case:
    row: ProgressRow
    task_text: str
    targets: list[Indicator]
    expected: float
    progress: str = ""
    forecast_spans: list[tuple[int, int]] = field(default_factory=list)
    estimate_spans: list[tuple[int, int]] = field(default_factory=list)   # estimates of a period ended (never done)
    # an actual figure of an earlier period → the later ended estimates that outdate it (D6; building._outdated_by_estimate)
    outdated: dict[tuple[int, int], set[tuple[int, int]]] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    live: list[tuple[str, str | None]] | None = None     # the flag checks' clauses and stages, read once
    assigned: dict[int, list[Fact]] | None = None      # facts to parts (_assign), read once
    as_of: date | None = None
    shares: dict[int, SubTarget] | None = None          # a part's stated share (StatedRate._one_part)
    by_parts: tuple[Outcome | None] | None = None       # SubTargets' verdict without a share, read once
    deadline: date | None = None                        # the task's own deadline, where assess found one

    # --- a month (or month and day) of the report's year against the report's date and the task's deadline --------
    # A date a reply or task names by its month alone (6月, 6月18日, 6月底前) is of the report's year: these compare
    # it with ``as_of`` and are False where there is none.  Year boundary: a January named in a December report is this
    # year's January, long ended, never the next year's (a later year is said by its number or 明年, which the rules
    # read on their own); nothing is "to come" after December.  Read a date's month and day with ``date_named``.

    @property
    def due_month(self) -> int:
        """The month of the report's year the task is due by: its deadline's month when the deadline falls in the
        report's year, else 12 (no deadline found, or one in another year: the report's year runs to its end)."""
        if self.deadline is not None and self.as_of is not None and self.deadline.year == self.as_of.year:
            return self.deadline.month
        return 12

    def _of_year(self, month: int) -> bool:
        """A report date to compare with, and a month of the year (1–12; 0 is what the readers give for none)."""
        return self.as_of is not None and 1 <= month <= 12

    def month_ended(self, month: int, year: int | None = None) -> bool:
        """The month ended before the report's month began ((year, month) before as_of's): 5月 at any day of June;
        not 6月 at 30 June — a report speaks within its own month, even on its last day (a deadline by a month's end,
        6月底前, is due that day: ``month_end_reached``).  The year the report's unless given (2025年12月 in a report of
        January 2026 has ended)."""
        return self._of_year(month) and (year or self.as_of.year, month) < (self.as_of.year, self.as_of.month)

    def month_end_reached(self, month: int) -> bool:
        """The report is dated on or after the last day of the month of its year: a date by a month's end (6月底前开工,
        上半年 as June, 月底 or 月末 as its last day) is due — 6月 at 30 June, not at 29 June."""
        return self._of_year(month) and self.as_of >= date(self.as_of.year, month,
                                                           calendar.monthrange(self.as_of.year, month)[1])

    def day_reached(self, month: int, day: int | None = None, year: int | None = None) -> bool:
        """The day named is on or before the report's ((year, month, day) ≤ as_of): 9月18日 at 30 September, 9月30日
        at 30 September.  With no day, the month's first day (a month named alone is reached once it has begun: 9月 at
        1 September); a part of the month by the day it opens (``date_named``: 9月下旬 at 11 September is not reached).
        The year the report's unless given."""
        return self._of_year(month) \
            and (year or self.as_of.year, month, day or 1) <= (self.as_of.year, self.as_of.month, self.as_of.day)

    def month_to_come(self, month: int) -> bool:
        """A month of the report's year after the report's own (10月 at 30 September): never the report's own month,
        whatever its day or part (9月下旬 at 11 September is not a month to come: ``day_reached`` reads the day); none
        after December."""
        return self._of_year(month) and month > self.as_of.month

    def after_deadline(self, month: int) -> bool:
        """A month of the report's year after the month the task is due by (``due_month``): 8月 for 6月底前完成; none
        after a deadline of December or in a later year."""
        return 1 <= month <= 12 and month > self.due_month

    def month_due_later(self, month: int) -> bool:
        """A month still to come at the report and no later than the deadline's (``month_to_come``, not
        ``after_deadline``): what is dated to it is not yet due, and not late (定于10月开展 at 30 September for 年底前)."""
        return self.month_to_come(month) and not self.after_deadline(month)

    # --- a year in figures: the report's own, or a later one ------------------------------------------------------
    # A task cell often names the report's own year before a month or a deadline (完成时限：2026年12月底前, 2026年6月底前
    # 开工 in a report of 2026): that year is this year, as a month named alone is — never a later year, a five-year
    # aim or another year's date.  Every reader of a task's time asks these two (statusd's question, stop 65).

    def later_year(self, year: int) -> bool:
        """A year in figures after the report's own (2027 in a report of 2026); with no report date, any year is read
        as later (nothing to place it against)."""
        return self.as_of is None or year > self.as_of.year

    def this_years_months(self, text: str) -> str:
        """``text`` with the report's own year in figures before a month (2026年6月底前 in a report of 2026) blanked,
        its length kept: the month then reads as a month of this year, as 6月底前 alone does.  Another year's month
        (2027年6月底前) is left as written (its readers set it aside)."""
        if self.as_of is None:
            return text
        own = str(self.as_of.year)
        return _YEAR_BEFORE_MONTH.sub(lambda m: " " * len(m.group(0)) if m.group(1) == own else m.group(0), text)

    def task_for_later_year(self) -> bool:
        """The task is set for later than this year (明年, 三年内, 2027年 in a report of 2026: _LATER_TASK); a year in
        figures that is the report's own (完成时限：2026年12月底前) sets none (later_year)."""
        return any(not m.group("year") or self.later_year(int(m.group("year")))
                   for m in _LATER_TASK.finditer(self.task_text or ""))

    def period_month(self, before: str) -> int:
        """The month whose end a running figure of the year is given to, from the text of its sentence ``before`` it:
        the nearest period named there (1-10月, 1至10月, 前10个月, 截至10月底 or 10月末 or 10月31日, 前三季度, 上半年, 一季度:
        words.toml time.period_q1, time.period_h1, time.period_q3) — not one the figure is compared with (较1-9月:
        time.period_compared), and none when a later month's own figure comes between (1-5月…，6月完成8公里; 本月:
        time.period_later_month).  0 for none."""
        found = None
        for m in _PERIOD_TO.finditer(before):
            if not _PERIOD_COMPARED.search(before, max(0, m.start() - 2), m.start()):
                found = m
        if found is None or _LATER_MONTH.search(before, found.end()):
            return 0
        g = found.groupdict()
        if g["q1"] or g["h1"] or g["q3"]:
            return 3 if g["q1"] else 6 if g["h1"] else 9
        month = month_number(g["a"] or g["b"] or g["c"] or "")
        if g["d"] and self.as_of is not None and month and \
                int(g["d"]) != calendar.monthrange(self.as_of.year, month)[1]:
            return 0        # 截至10月20日: a day within the month, no month's end
        return month

    def period_pace(self, month: int) -> float:
        """序时进度 at the end of the month of the report's year (``period_month``'s), to the task's deadline (31 December
        unless ``deadline`` is one of the report's year) — the pace a running figure given to that month is judged by
        (README rule question 51: statistics come a month late; the unit is measured on what it could report)."""
        year = self.as_of.year
        end = date(year, month, calendar.monthrange(year, month)[1])
        due = self.deadline if self.deadline is not None and self.deadline.year == year else date(year, 12, 31)
        if end >= due:
            return 100.0
        return round(100.0 * ((end - date(year, 1, 1)).days + 1) / ((due - date(year, 1, 1)).days + 1), 1)

    @property
    def numeric(self) -> list[Indicator]:
        return [t for t in self.targets if t.kind not in ("zero", "deadline") and not t.stretch]

    def quote(self, a: int, b: int) -> Evidence:
        """The row's own words from ``a`` to ``b`` as evidence: what nearly every verdict quotes, written once."""
        return Evidence(self.progress[a:b], a, b)

    def in_estimate(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.estimate_spans)

    def in_forecast(self, pos: int) -> bool:
        for s, e in self.forecast_spans:      # (a loop, not any(): asked for every clause and figure by every rule)
            if s <= pos < e:
                return True
        return False


@dataclass
class Outcome:
    status: str
    completion: float | None
    basis: str
    reason: str
    evidence: list[Evidence] = field(default_factory=list)
    sub_targets: list[SubTarget] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


def quoting(case: Case, span: tuple[int, int], status: str, reason: str, basis: str = "statement") -> Outcome:
    """A verdict with no completion figure resting on one stretch of the row's words, quoted as its evidence: the shape
    of most statement and stage verdicts (任务为出台文件，报告已印发 on 印发《…实施方案》), written once instead of in
    every rule that gives one."""
    return Outcome(status, None, basis, reason, [case.quote(*span)])


def _spans(rx: re.Pattern, text: str) -> tuple[tuple[int, int], ...]:
    """Where ``rx`` matches in ``text``; a row's clauses and sentences from a cache (every rule, flag check and
    guard asks for them again)."""
    if rx is _CLAUSE:
        return _clause_spans(text)
    if rx is _SENTENCE:
        return _sentence_spans(text)
    return tuple((m.start(), m.end()) for m in rx.finditer(text))


def clause_around(norm: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``norm`` holding ``start`` (a match's, a figure's), else (start, end) itself: the words a verdict
    quotes around what decided it, looked up the same way by every rule that quotes them."""
    return next(((a, b) for a, b in _spans(_CLAUSE, norm) if a <= start < b), (start, end))


@lru_cache(maxsize=4096)
def _clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _CLAUSE.finditer(text))


@lru_cache(maxsize=4096)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _SENTENCE.finditer(text))


_VERB_HEADS = frozenset(words("result_verb")) | (_GENERIC - {"项目"})


@lru_cache(maxsize=4096)
def _head(phrase: str) -> str:
    """The last two characters of a noun phrase (its head noun: 项目, 企业, 泊位), or "" for a verb.  Cached:
    _match asks it of the target's name and noun for every figure."""
    h = _NOT_HAN_RUN.sub("", phrase)[-2:]
    return h if len(h) == 2 and h not in _VERB_HEADS else ""


def _unit_of(item) -> str:
    # units of one measure are one (12000米 for 25公里: units.toml [conversions])
    return _measured_base(item.unit, item.scale)


@lru_cache(maxsize=1024)
def _measured_base(unit: str, scale: str) -> str:
    """(cached: the rules compare the units of every pair of figures and targets of a row)"""
    return vocab.measured_unit(unit, scale)[0]


# --- reading a date ------------------------------------------------------------------------

# A running figure's period (Case.period_month): 1-10月, 1至10月份, 前10个月, 截至10月底 / 10月末 / 10月31日, and the named
# quarters and half (words.toml time.period_q1, time.period_h1, time.period_q3).
_MONTH_WORD = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
_PERIOD_TO = re.compile(rf"(?<![\d.])[1一]\s*[-~～—–至到]\s*(?P<a>{_MONTH_WORD})\s*月份?"
                        rf"|截[至止]\s*(?:\d{{4}}年)?(?P<c>{_MONTH_WORD})月(?:[底末份]|(?P<d>\d{{1,2}})日)"
                        rf"|前\s*(?P<b>{_MONTH_WORD})\s*个月"
                        f"|(?P<q3>{vocab.alternation('time.period_q3')})"
                        f"|(?<!前)(?P<q1>{vocab.alternation('time.period_q1')})"
                        f"|(?P<h1>{vocab.alternation('time.period_h1')})")
_PERIOD_COMPARED = re.compile(f"(?:{vocab.alternation('time.period_compared')})$")
_LATER_MONTH = re.compile(rf"(?<![\d.\-~～—–至到])(?<!前){_MONTH_WORD}月(?!底|末)|(?:{vocab.alternation('time.period_later_month')})")

_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
# The day a part of the month opens on (中旬 the 11th; 下旬, 底, 末 the 21st; 上旬, 初 its first day).
_PART_OPENS = {w: 11 for w in vocab.words("time.month_part_middle")} | {w: 21 for w in vocab.words("time.month_part_late")}


def month_number(text: str) -> int:
    """The month a text names in digits or Chinese numerals (6, 06, 六, 十, 十一, 十二 → 1–12); 0 for no month of the
    year (13, 二十, "")."""
    n = int(text) if text.isdigit() else _CN_MONTH.get(text, 0)
    return n if 1 <= n <= 12 else 0


def date_named(m: re.Match) -> tuple[int, int | None]:
    """The month and day a date match names, from its groups ``month`` (digits or Chinese numerals: ``month_number``),
    ``day`` and ``part`` where it has them: 9月18日 → (9, 18), 9月 → (9, None), 九月 → (9, None).  A part of the month
    names the day it opens on: 9月中旬, 9月中 → (9, 11), 9月下旬, 9月底, 9月末 → (9, 21) (words.toml
    time.month_part_middle, time.month_part_late); 上旬 or 初 its start, (9, None).  Month 0 for no month of the year."""
    g = m.groupdict()
    month = month_number(g.get("month") or "")
    if g.get("day"):
        return month, int(g["day"])
    return month, _PART_OPENS.get(g.get("part") or "")
