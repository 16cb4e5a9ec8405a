"""A case's objects: ``Fact`` (a reported figure and what its clause says of it), ``Part`` (a measurable part of
a task), ``Case`` (one progress row read against its task, built by ``building.build_case``) and a rule's
``Outcome``; and what every reader of a case asks: a text's clauses and sentences (``_spans``, cached), a unit's
base (``_unit_of``), a noun phrase's head (``_head``).
"""

from __future__ import annotations

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

    @property
    def numeric(self) -> list[Indicator]:
        return [t for t in self.targets if t.kind not in ("zero", "deadline") and not t.stretch]

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


def _spans(rx: re.Pattern, text: str) -> tuple[tuple[int, int], ...]:
    """Where ``rx`` matches in ``text``; a row's clauses and sentences from a cache (every rule, flag check and
    guard asks for them again)."""
    if rx is _CLAUSE:
        return _clause_spans(text)
    if rx is _SENTENCE:
        return _sentence_spans(text)
    return tuple((m.start(), m.end()) for m in rx.finditer(text))


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
