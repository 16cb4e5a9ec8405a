"""What in a progress row is a plan, not work done: a clause that forecasts or intends (``_FORECAST``), a result
dated by a month still to come (``_later_month_spans``), nouns that plan nothing, a target's label, and a clause
saying what was planned is done.
"""

from __future__ import annotations

import re

from .. import vocab
from .base import (
    _quick,
)
from .case import Case, date_named
from .clauses import _ACTIVITY_DATED, _OPENED_DATED

# A clause that forecasts, plans or intends (issue 11 item 2): its completion words and figures are
# not work done.  The forms are words.toml [intention.*].
_INTENT_RESULT = vocab.alternation("intention.clause_result")
# 已按计划完成 is done as planned; 按计划于9月底完成 is dated by its month (_later_month_spans), not a plan by its words;
# “凤凰行动”计划 after a closing quote is a programme's name; 较(节点)计划滞后 is a lag against the plan, no plan.
_MONTH = r"(?:1[0-2]|[1-9])月"
_FORECAST = _quick(re.compile(
    rf"(?<![已”》」较比])(?<!较节点)(?<!比节点)(?<!已按)(?<!已按照)(?!(?<=按)计划于?{_MONTH})(?!(?<=按照)计划于?{_MONTH})"
    rf"(?:{vocab.alternation('intention.clause_lead')})[^,;。，；]{{0,16}}?(?:{_INTENT_RESULT})"
    rf"|(?<![许认已半])(?:{vocab.alternation('intention.able')})(?:{vocab.alternation('intention.again')})?"
    rf"(?:{vocab.alternation('intention.result_manner')})?(?:{_INTENT_RESULT})"
    rf"|(?<![接招对期款等])(?:{vocab.alternation('intention.pending')})[^,;。，；]{{1,12}}?后[^,;。，；]{{0,4}}?"
    rf"(?:{_INTENT_RESULT}|{vocab.alternation('intention.pending_result')})"
    rf"|(?:{vocab.alternation('intention.once_built')})(?:{vocab.alternation('intention.once_built_then')})"
    rf"|{vocab.alternation('intention.next_step')}"))


# 计划生育, 计划单列: nouns that plan nothing, and 草拟, 拟订: drafting verbs (words.toml intention.drafting), blanked
# before a clause is read for a plan.
_PLAN_NOUN = vocab.pattern("intention.plan_noun", "intention.drafting")


# A result dated by a month of the year and no 已 before it (7月份开工, 9月底竣工): a plan when the month is after
# the report's date, a fact when before (4月开工 in a reply of 30 June).
# (10月12日开放运营: a day may date it, still to come after the report's day — rules/clauses reads 于7月12日开放运营
# as done.)
_DATED_RESULT = _quick(re.compile(r"(?<![\d年\-—～~至到])(?P<month>1[0-2]|[1-9])月份?(?:(?P<day>[1-3]?\d)[日号])?"
                           f"(?P<part>{vocab.alternation('time.month_part')})?" r"[前起]?"
                           rf"(?:{vocab.alternation('intention.dated_adverb')})?"
                           rf"(?:{vocab.alternation('intention.dated_result')})"))
# The same dated by a part of the year (下半年开工, 暑期集中施工, 四季度进场): the month it opens (words.toml
# [intention.season_*]).
_SEASON_MONTH = {w: month for key, month in (("intention.season_july", 7), ("intention.season_september", 9),
                                             ("intention.season_october", 10)) for w in vocab.words(key)}
_SEASON_RESULT = _quick(re.compile(rf"(?P<season>{vocab.alternation('intention.season_july', 'intention.season_september', 'intention.season_october')})"
                                   f"(?:{vocab.alternation('time.season_within')})?"
                                   rf"(?:{vocab.alternation('intention.dated_adverb')})?"
                                   rf"(?:{vocab.alternation('intention.dated_result')})"))


# A clause saying all of what the clause before it planned is done (已于6月提前全部完成, 现已全面完成).
_PLANNED_ITEMS_DONE = re.compile(rf"\s*(?:{vocab.alternation('intention.plan_listed')})?"
                                 rf"(?:{vocab.alternation('intention.plan_year')})?计划[^,;。，；\d的]{{0,10}}的\d+[^,;。，；\d]{{0,10}}?"
                                 f"(?:{vocab.alternation('report.already_lead')})?已")
# 年度计划新开工项目已开工70个, 90个计划竣工项目已竣工52个, 40个计划新开工项目已全部开工: the plan's items named as a noun
# (no 的), then said begun or done by the plan's own verb after 已 (全部 between them at most) — the clause counts the
# work done, no plan.  The class of their list may stand before 计划 (13项省重点计划开工项目已开工4项: words.toml
# intention.plan_class).
_PLANNED_NOUN_DONE = re.compile(r"\s*(?:\d+[\u4e00-\u9fff]?)?"
                                rf"(?:{vocab.alternation('intention.plan_class')})?"
                                rf"(?:{vocab.alternation('intention.plan_listed')})?"
                                rf"(?:{vocab.alternation('intention.plan_year')})?计划[^,;。，；\d的]{{1,10}}?"
                                f"(?:{vocab.alternation('report.already_lead')})?"
                                f"(?:{vocab.alternation('progress.plan_done_mark')})"
                                f"(?:{vocab.alternation('report.all_of')})?"
                                f"(?:{vocab.alternation('progress.plan_done_verb')})")
# 计划开工项目开工率100%, 计划竣工项目竣工率85%: the plan's items named as a noun, then measured by the rate of a step
# they reach (words.toml figure.building_rate) — the clause says how far the items have come, no plan.
_PLANNED_NOUN_RATE = re.compile(r"\s*(?:\d+[\u4e00-\u9fff]?)?"
                                rf"(?:{vocab.alternation('intention.plan_listed')})?"
                                rf"(?:{vocab.alternation('intention.plan_year')})?计划[^,;。，；\d的]{{1,10}}?项目"
                                f"(?:{vocab.alternation('figure.building_rate')})"
                                rf"(?![^,;。，；\d]{{0,4}}(?:{vocab.alternation('intention.planned')}))")
# 一季度拟开工项目的全部审批手续已全部完成: a plan word naming the items (a modifier before 的, a period at most
# before it, no figure), then a thing of theirs said all done after 已 — the clause tells work done, no plan.
_PLANNED_FOR_DONE = re.compile(r"\s*[^,;。，；\d]{0,6}?"
                               f"(?:{vocab.alternation('intention.plan_modifier')})" r"[^,;。，；\d的]{1,10}的[^,;。，；\d]{1,12}?"
                               f"(?:{vocab.alternation('report.already_lead')})?已经?(?:{vocab.alternation('report.all_of')})"
                               f"(?:{vocab.alternation('completion.finish')})")
# 本年度计划新开工项目9个,已全部开工: a planned count of new starts (words.toml status.new_start_target) with its
# figure, and the clause after it saying every item begun (status.all_started) — the plan fulfilled, its count begun.
_NEW_START_PLANNED = re.compile(f"(?:{vocab.alternation('status.new_start_target')})" r"[^,;。，；\d]{0,8}\d")
_SENTENCE_END = re.compile(r"[;。!?；！？\n]")
_ALL_STARTED_CLAUSE = re.compile(rf"\s*(?:{vocab.alternation('status.all_started')})\s*$")


def starts_fulfilled(norm: str, clause: tuple[int, int], nxt: tuple[int, int] | None) -> bool:
    """本年度计划新开工项目9个,已全部开工: the clause a planned count of new starts, the next in its sentence saying every
    item begun — the plan fulfilled."""
    return bool(nxt) and not _SENTENCE_END.search(norm, clause[1], nxt[0]) \
        and bool(_NEW_START_PLANNED.search(norm, clause[0], clause[1])) and bool(_ALL_STARTED_CLAUSE.match(norm[nxt[0]:nxt[1]]))


_PLAN_FULFILLED = re.compile(rf"\s*(?:{vocab.alternation('report.plan_fulfilled_lead')})?已"
                             rf"(?:于\d{{1,2}}月份?(?:{vocab.alternation('time.month_end_part')})?)?"
                             f"(?:{vocab.alternation('completion.on_schedule')})?(?:{vocab.alternation('report.all_of')})"
                             rf"(?:{vocab.alternation('completion.finish')})(?:任务)?\s*$")


# The label of a target or plan opening a clause (年度目标：, 目标数：, 全年计划：).
# (a month's own label before it, 8月份目标：, 7月工作计划：, the period the target is set for)
_TARGET_LABEL = re.compile(rf"\s*(?:\d{{1,2}}月份?)?[^\d,;。，；:：]{{0,4}}?(?:{vocab.alternation('intention.planned')})"
                           r"[^\d,;。，；:：]{0,3}[:：]")


_SECTION_OPENS = re.compile(f"\\s*(?:{vocab.alternation('report.section_label')})\\s*[:：]")


def target_sections(norm: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses after one opened by a target's or plan's label (8月份目标：, 一季度目标：, 7月工作计划：) up to the next
    clause opened by a section's label (进展情况：, 完成情况：: words.toml report.section_label) — the target's section of a
    cell written in sections, no work done.  With no section's label after it, only the labelled clause (as before)."""
    out: list[tuple[int, int]] = []
    for k, c in enumerate(clauses):
        if not _TARGET_LABEL.match(norm, c[0]):
            continue
        ahead = next((j for j in range(k + 1, len(clauses)) if _SECTION_OPENS.match(norm, clauses[j][0])
                      or _TARGET_LABEL.match(norm, clauses[j][0])), None)
        if ahead is not None and _SECTION_OPENS.match(norm, clauses[ahead][0]):
            out += clauses[k + 1:ahead]
    return out


def _later_month_spans(norm: str, clauses: tuple[tuple[int, int], ...], case: Case) -> list[tuple[int, int]]:
    """Clauses that date a result by a month after the report's with no 已 before it, or by a day or a part of its own
    month that opens after its day (9月下旬进场 at 11 September: ``date_named``): plans, not work done."""
    if case.as_of is None:
        return []
    out = []
    for s, e in clauses:
        # (本届文化节于9月20日在江滨举行 at 30 June: a facility opened or an event held at a date, a place between —
        # rules/clauses._OPENED_DATED, read as done when the date has passed)
        dated = [(m, None) for m in _DATED_RESULT.finditer(norm, s, e)] + [(m, 1) for m in _OPENED_DATED.finditer(norm, s, e)] \
            + [(m, 1) for m in _ACTIVITY_DATED.finditer(norm, s, e)]     # (6月26日在…开展…应急演练 at 31 May)
        later = [m.start("month") if whole_month else m.start() for m, whole_month in dated
                 if not case.day_reached(*date_named(m))]
        later += [m.start() for m in _SEASON_RESULT.finditer(norm, s, e) if case.month_to_come(_SEASON_MONTH[m.group("season")])]
        if any("已" not in norm[s:at] for at in later):
            out.append((s, e))
    return out

