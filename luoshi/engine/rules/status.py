"""What the status rules (研判规则) share: ``StatusRule`` (``judge(case)`` gives an ``Outcome``, or None
when the rule does not apply), a completion share against 序时进度 (``_paced``), where a text says the work is
behind its pace (``behind_cues``; a lag of an earlier period, a lag caught up since), a deadline to finish or to
start missed outright (``_missed_outright``) and a status's word (``status_word``).

The rules themselves, by theme, each module importing only those before it: ``status_parts`` (the parts one by
one, found and fixed, zero held), ``status_measures`` (a rank held, a rate without its figure, a ratio capped,
coverage by count, the unit's own workload, a planned amount), ``status_stage`` (the stage against the deadline,
concrete work, unclear) and ``status_statements`` (a stated rate, the whole said done, cancelled, not started, a
pace statement, the unit's statement).  judging.toml ``[[rules]]`` orders them (``verdict.RULE_CLASSES``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .. import vocab
from ..judgement import STATUS_LABELS, Evidence
from ..text import for_parsing
from .base import _CLAUSE, _CLAUSE_MARK, PERIOD_END_MONTH, RuleObject, _fmt, by_pace, pattern, words
from .case import Case, Outcome, _spans, clause_around, month_number


class StatusRule(RuleObject):
    """A status rule: ``judge(case)`` gives an Outcome, or None when the rule does not apply."""

    def judge(self, case: Case) -> Outcome | None:   # pragma: no cover - every rule overrides it
        raise NotImplementedError


def _pace_words(status: str, expected: float) -> str:
    e = _fmt(expected)
    return {"completed": "已完成目标", "ahead": f"超过序时进度{e}%", "on_track": f"与序时进度{e}%相当",
            "behind": f"低于序时进度{e}%", "seriously_behind": f"不足序时进度{e}%的一半"}.get(status, "")


def _level_words(status: str, compared: str) -> str:
    """What a level's or a cap's figure was compared with, for the reason: the level held, under it, a cap kept or
    exceeded — never 序时进度, which a level is not held to (保持在98%以上 is held or not, all year)."""
    if compared == "cap":
        said = "在目标上限以内" if status in ("completed", "on_track") else "超出目标上限"
    elif compared == "rest_idle":
        said = "未达全覆盖，其余尚未启动或仍在准备"     # (a coverage's count in the band, its rest not under way)
    else:
        said = "达到目标水平" if status in ("completed", "on_track", "ahead") else "低于目标水平"
        if compared == "fall":
            said = "同比下降，" + said    # (a growth target met by a fall: seriously behind)
    if status == "on_track":
        said += "，须保持至期末"
    return f"{said}，判{status_word(status)}"


# A sheet's row label opening a task's text (重点任务3 …, 序号12｜, 目标任务17 …, a category in brackets 【综合】): the
# row's, not the measure's words — left out where a reason names the measure.  The number is followed by a break or
# by a word that is no unit (任务2项 is a count, kept).
_ROW_LABEL = re.compile(r"^[\s\u3000]*(?:【[^【】\d]{1,10}】[\s\u3000]*)?"
                        f"(?:(?:{vocab.alternation('task.row_number_label')})" r"[\s\u3000]*(?:\d{1,3}|[一二三四五六七八九十]{1,3})"
                        r"(?:[\s\u3000｜|:：、.．)）]+|(?=[\u4e00-\u9fff【])"
                        f"(?!(?:{vocab.scale_alternation()})|{vocab.unit_group()}))"
                        r"[\s\u3000]*(?:【[^【】\d]{1,10}】[\s\u3000]*)?)?")


def shown_measure(text: str) -> str:
    """A task's or a target's text as a reason names the measure: without the sheet's row label before it."""
    rest = text[_ROW_LABEL.match(text).end():]
    return rest if rest.strip() else text


_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九十", 0)} | {"两": 2}


def _paced(case: Case, completion: float, what: str, evidence: list[Evidence]) -> Outcome:
    """A completion share of the task's own work against 序时进度, basis figures, the reason saying what it is."""
    status = by_pace(completion, case.expected)
    return Outcome(status, completion, "figures", f"{what}，{_pace_words(status, case.expected)}", evidence)


_RESUMED = vocab.pattern("report.resumed")
_RESUME_UNDECIDED = vocab.pattern("report.resume_undecided")


def _resumed(norm: str) -> bool:
    """A word of resuming (复工) that says the work has resumed: not one whose date is still undecided (复工时间待定)
    nor one negated (尚未复工)."""
    for m in _RESUMED.finditer(norm):
        after = _RESUME_UNDECIDED.match(norm, m.end())
        before = any(_RESUME_UNDECIDED.match(norm, i) and _RESUME_UNDECIDED.match(norm, i).end() == m.start()
                     for i in range(max(0, m.start() - 2), m.start()))
        if not (after and after.group(0) != "未" or before):
            return True
    return False


# Asked at import (the vocabulary test finds dead lists); the pattern itself waits for judging.toml.
_PACE_SUBJECT = vocab.alternation("pace.subject")


_PACE_DEGREE = vocab.alternation("pace.degree")


@cache
def _pace_word_rx() -> re.Pattern:
    words_ = "|".join(vocab.longest_first(words("behind_pace_word")))
    return re.compile(f"(?:{_PACE_SUBJECT})" r"[^,;。，；\d未不无没]{0,8}?"
                      f"(?:{_PACE_DEGREE})?(?:" + words_ + ")")


# The pace said to be affected (影响签约进度, 影响了工程进展, 影响了移民安置项目的实施进度 — the work's name between, twelve
# characters at most; 施工进度受到一定影响, 工期受影响): a lag written as its effect.  Not when the effect is denied or prevented right before 影响 (不影响进度, 以免影响工期: pace.affected_denied),
# nor 影响评价 / 影响评估 (环境影响评价, an assessment) or 影响力, nor an effect said slight (进度受到的影响不大:
# pace.affected_slight).
_AFFECTED = vocab.alternation("pace.affected")
_SLIGHT = vocab.alternation("pace.affected_slight")
_AFFECTED_PACE = re.compile(f"影响(?!{vocab.alternation('pace.affected_not')})" r"(?:了)?[^,;。，；\d未不]{0,12}?"
                            f"(?:{_AFFECTED})"
                            rf"|(?:{_AFFECTED})(?:{vocab.alternation('pace.affected_by')})(?:了)?[^,;。，；\d]{{0,4}}?"
                            f"影响(?!{_SLIGHT})")
_AFFECTED_DENIED = re.compile(f"(?:{vocab.alternation('pace.affected_denied')})$")


def _affected_pace(norm: str) -> list[re.Match]:
    out = []
    for m in _AFFECTED_PACE.finditer(norm):
        at = m.start() if m.group(0).startswith("影响") else m.end() - 2
        if not _AFFECTED_DENIED.search(norm, max(0, at - 4), at):
            out.append(m)
    return out


# Work paused, the pause closing its clause (受疫情影响线下培训暂停; not 暂停营业, a measure taken).
_PAUSED_END = re.compile(r"暂停(?:了)?(?=[,;。，；]|$)")


# 责令停工整改项目3个, 停工整改通知书12份: an order to stop others' works (words.halt_order_lead right before the halt
# word, words.halt_order_paper within three characters after it) — enforcement done, no halt of the task's own work.
_HALT_ORDER_LEAD = re.compile(f"(?:{'|'.join(re.escape(w) for w in words('halt_order_lead'))})$")
_HALT_ORDER_PAPER = re.compile(f"[^,;。，；]{{0,3}}?(?:{'|'.join(re.escape(w) for w in words('halt_order_paper'))})")


def _halt_ordered(norm: str, m: re.Match) -> bool:
    """The halt word ``m`` names an order to stop works the unit gave (责令停工, 下发停工整改通知书), not its own work halted."""
    return bool(_HALT_ORDER_LEAD.search(norm, max(0, m.start() - 3), m.start())
                or _HALT_ORDER_PAPER.match(norm, m.end()))


# A tracking sheet's verdict word alone (…实际完成1.2亿元,滞后。 / 滞后:完成48公里 / 滞后(完成3条)).
_BARE_LAG = re.compile(r"(?:^|(?<=[,;。，；]))\s*滞后\s*(?=[:：(（,;。，；]|$)")


@lru_cache(maxsize=4096)
def behind_cues(norm: str) -> tuple[re.Match, ...]:
    """Where a text says the work is behind its pace: a behind statement (未达序时, 进展缓慢), a pace word
    after the work's pace (进度有所滞后, 开工时间延后), or work halted and not resumed (施工暂停).  Cached:
    three rules ask it of a row."""
    found = list(pattern("behind_statement").finditer(norm)) + list(_pace_word_rx().finditer(norm)) + list(
        _BARE_LAG.finditer(norm)) + _affected_pace(norm)
    if not _resumed(norm):
        found += [m for m in pattern("halted").finditer(norm) if not _halt_ordered(norm, m)] + list(
            _PAUSED_END.finditer(norm))
    return tuple(sorted(found, key=lambda m: m.start()))


def _past_lag(case: Case, norm: str, m: re.Match) -> bool:
    """A lag word (behind_cues) with an earlier period of the year before it in its clause (words.past_period)."""
    clause = clause_around(norm, *m.span())
    return _past_period(case, norm[clause[0]:m.start()])


def _past_period(case: Case, before: str) -> bool:
    """Before a lag word in its clause, an earlier period of the year (judging.toml words.past_period): 年初, 一度,
    前期 (not 前期工作, the preparation), 上半年 or 一季度 once the report is past them."""
    for m in pattern("past_period").finditer(before):
        w = m.group(0)
        if w == "前期" and pattern("preparation_after_past").match(before, m.end()):
            continue
        if w in PERIOD_END_MONTH and not case.month_ended(PERIOD_END_MONTH[w]):
            continue
        return True
    return False


def _caught_up_after(case: Case, norm: str, end: int) -> bool:
    """A later clause than the lag's says the work has since caught up (上半年进度有所滞后,…进度已追上序时:
    judging.toml words.pace_caught_up, with 已 before it in its clause)."""
    stop = _CLAUSE_MARK.search(norm, end)
    if stop is None:
        return False
    for a, b in _spans(_CLAUSE, norm[stop.end():]):
        a, b = a + stop.end(), b + stop.end()
        m = pattern("pace_caught_up").search(norm, a, b)
        if m and "已" in norm[a:m.start()] and not case.in_forecast(a):
            return True
    return False


def _missed_outright(case: Case) -> bool:
    """The deadline passed with the work not begun (not begun in words, or only its preparation), and that is a
    serious lag, whether the deadline is to finish the work (6月底前完成…建设 at tender at 30 September) or to start
    it (6月底前开工 at tender at 30 September, 3月底前开工 with its papers being sought at 30 June, 年内未能开工 at 31
    December): the labels' rule question 19, the lead's decision of 1 December 2026."""
    return case.expected >= 100 or _start_date_passed(case)


# A dated start in the task (3月底前开工, 上半年启动, 二季度动工), beside its finish (年底前完工): due at its own date.
@cache
def _start_by() -> re.Pattern:
    return re.compile(r"(?<![\d.年])(?:((?:\d{1,2}|[一二三四五六七八九十]{1,2})月)(?:底|末|份)?|("
                      f"{vocab.alternation('time.mid_year_lead')}|第?[一二三]季度)"
                      f"(?:末|底)?)(?:{vocab.alternation('time.before_mark')})?(?=" + pattern("start_verb").pattern + ")")


def _start_date_passed(case: Case) -> bool:
    """The task's own dated start (3月底前开工，年底前完工; 2026年3月底前开工 in a report of 2026: Case.this_years_months)
    has passed at the report's date."""
    if case.as_of is None:
        return False
    for m in _start_by().finditer(case.this_years_months(for_parsing(case.task_text))):
        month = month_number(m.group(1)[:-1]) if m.group(1) else PERIOD_END_MONTH[m.group(2)]
        if case.month_end_reached(month):
            return True
    return False


def status_word(status: str | None) -> str:
    return STATUS_LABELS.get(status or "", status or "")
