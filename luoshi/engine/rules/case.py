"""A case: one progress row read against its task (``build_case``): the task's measurable parts
(``task_parts``), the progress's facts and clauses with forecasts and plans set aside, the expected
pace; ``Fact``, ``Part``, ``Case`` and a rule's ``Outcome``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .. import vocab
from ..judgement import Evidence, Indicator, ProgressFact, ProgressRow, SubTarget
from ..progress import REMAINDER_LEAD
from ..text import for_parsing
from .base import (
    _CLAUSE,
    _CLAUSE_MARK,
    _COLON,
    _DIGIT,
    _GENERIC,
    _LIST_ITEM,
    _LIST_MARK,
    _NON_WORD,
    _NOT_HAN_RUN,
    _NOUN_RUN,
    _SENTENCE,
    _SENTENCE_MARK,
    _STARTED_WORD,
    _is_level,
    _is_rate,
    _quick,
    pattern,
    words,
)
from .clauses import (
    _ACCEPTANCE_PENDING,
    _DONE_WORD,
    _EVENT_TASK,
    _FINISHED_WORKS,
    _IN_USE,
    _NOT_YET,
    _PREP_OBJECT,
    _SHELL_DONE,
    _STRONG_UNDERWAY,
    clause_stage,
)

# --- the case ------------------------------------------------------------------------------

@dataclass
class Fact:
    """A reported figure with what its clause says about it."""

    fact: ProgressFact
    role: str            # done | started | underway | preparing | pending | scope
    noun: str            # the words right after the unit (共3个项目120个停车位 → 停车位)
    clause: tuple[int, int]
    sentence: tuple[int, int]
    weak: bool = False   # matched to its target by a loose likeness only
    words: str = ""      # the clause's text up to the next figure (已完成签约5个)


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
    facts: list[Fact] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    live: list[tuple[str, str | None]] | None = None     # the flag checks' clauses and stages, read once
    assigned: dict[int, list[Fact]] | None = None      # facts to parts (_assign), read once
    as_of: date | None = None
    shares: dict[int, SubTarget] | None = None          # a part's stated share (StatedRate._one_part)
    by_parts: tuple[Outcome | None] | None = None       # SubTargets' verdict without a share, read once

    @property
    def numeric(self) -> list[Indicator]:
        return [t for t in self.targets if t.kind not in ("zero", "deadline") and not t.stretch]

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


# A clause that forecasts, plans or intends (issue 11 item 2): its completion words and figures are
# not work done.  The forms are words.toml [intention.*].
_INTENT_RESULT = vocab.alternation("intention.clause_result")
# 已按计划完成 is done as planned; 按计划于9月底完成 is dated by its month (_later_month_spans), not a plan by its words;
# “凤凰行动”计划 after a closing quote is a programme's name.
_MONTH = r"(?:1[0-2]|[1-9])月"
_FORECAST = _quick(re.compile(
    rf"(?<![已”》」])(?<!已按)(?<!已按照)(?!(?<=按)计划于?{_MONTH})(?!(?<=按照)计划于?{_MONTH})"
    rf"(?:{vocab.alternation('intention.clause_lead')})[^,;。，；]{{0,16}}?(?:{_INTENT_RESULT})"
    rf"|(?<![许认已半])(?:{vocab.alternation('intention.able')})(?:{vocab.alternation('intention.again')})?"
    rf"(?:{vocab.alternation('intention.result_manner')})?(?:{_INTENT_RESULT})"
    rf"|(?<![接招对期款等])(?:{vocab.alternation('intention.pending')})[^,;。，；]{{1,12}}?后[^,;。，；]{{0,4}}?"
    rf"(?:{_INTENT_RESULT}|{vocab.alternation('intention.pending_result')})"
    rf"|{vocab.alternation('intention.next_step')}"))


# 计划生育, 计划单列: nouns that plan nothing, blanked before a clause is read for a plan.
_PLAN_NOUN = vocab.pattern("intention.plan_noun")


# A result dated by a month of the year and no 已 before it (7月份开工, 9月底竣工): a plan when the month is after
# the report's date, a fact when before (4月开工 in a reply of 30 June).
_DATED_RESULT = _quick(re.compile(r"(?<![\d年\-—～~至到])(?P<month>1[0-2]|[1-9])月份?"
                           f"(?:{vocab.alternation('time.month_part')})?" r"[前起]?"
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
_PLAN_FULFILLED = re.compile(rf"\s*(?:{vocab.alternation('report.plan_fulfilled_lead')})?已"
                             rf"(?:于\d{{1,2}}月份?(?:{vocab.alternation('time.month_end_part')})?)?"
                             f"(?:{vocab.alternation('completion.on_schedule')})?(?:{vocab.alternation('report.all_of')})"
                             rf"(?:{vocab.alternation('completion.finish')})(?:任务)?\s*$")


# The label of a target or plan opening a clause (年度目标：, 目标数：, 全年计划：).
_TARGET_LABEL = re.compile(rf"\s*[^\d,;。，；:：]{{0,4}}?(?:{vocab.alternation('intention.planned')})[^\d,;。，；:：]{{0,3}}[:：]")


def _later_month_spans(norm: str, clauses: tuple[tuple[int, int], ...], as_of: date | None) -> list[tuple[int, int]]:
    """Clauses that date a result by a month after ``as_of`` with no 已 before it: plans, not work done."""
    if as_of is None:
        return []
    out = []
    for s, e in clauses:
        months = [(int(m.group("month")), m.start()) for m in _DATED_RESULT.finditer(norm, s, e)]
        months += [(_SEASON_MONTH[m.group("season")], m.start()) for m in _SEASON_RESULT.finditer(norm, s, e)]
        if any(month > as_of.month and "已" not in norm[s:at] for month, at in months):
            out.append((s, e))
    return out


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


_DONE_VERB = vocab.pattern("completion.verb")


# The rest of a clause after a finishing word that is a preparatory object after a few words (改造方案设计).
# (and a list of them, 完成用地摘牌和方案设计: each one preparatory)
_PREP_ONE = rf"[^\d,;。，；和及与、]{{0,6}}?(?:{vocab.alternation('stage.preparatory_object')})(?:工作)?"
_PREP_TAIL = re.compile(rf"{_PREP_ONE}(?:[和及与、]{_PREP_ONE})*")


def _prep_finished(text: str, m: re.Match) -> bool:
    """The finishing word ``m`` finishes a preparatory object: right after it (完成设计), after the object's own
    words (完成改造方案设计), or before it in its clause (改造方案均已完成)."""
    if _PREP_OBJECT.match(text, m.end()):
        return True
    if _PREP_TAIL.fullmatch(_CLAUSE_MARK.split(text[m.end():])[0]):
        return True
    before = _CLAUSE_MARK.split(text[:m.start()])[-1]
    return bool(_PREP_OBJECT.search(before[-6:])) and not _DIGIT.search(before[-6:])


# A figure's clause closed by 取消 (1处因用地问题取消): that item is cancelled, not begun.
_ITEM_CANCELLED = _quick(re.compile(r"(?<![未不没拟将])(?:被)?取消了?\s*$"))


# 已入库21.3亿元: money put into the treasury (revenue collected), not a project or firm listed (入库) and pending.
_MONEY_IN = re.compile(r"入库[^,;。，；\d]{0,4}?\d[\d.]*(?:万|亿)?元")
# 新入库科技型中小企业86家, 已入库: entered, the count itself (not a pool still to be decided on)
_ENTERED = re.compile(r"(?:新|已)$")


# 列入计划的14个小区已全部完工: the pending word names what the items were (a modifier before 的), and the clause
# goes on to finish them.
_MODIFIER_THEN = re.compile(r"[^,;。，；\d]{0,6}?的([^,;。，；]{0,24})")


def _pending(text: str) -> bool:
    """Work submitted for a later decision (judging.toml [words.pending]), but money put into the treasury, and
    not a word of that kind that only names the items which the clause then says are finished."""
    def finished_after(m: re.Match) -> bool:
        then = _MODIFIER_THEN.match(text, m.end())
        return bool(then and _DONE_WORD.search(then.group(1)) and "未" not in then.group(1))
    return any(not (m.group(0) == "入库" and (_MONEY_IN.match(text, m.start()) or _ENTERED.search(text, 0, m.start())))
               and not finished_after(m) for m in pattern("pending").finditer(text))


# A clause opening on other items than those counted (另有3家…, 其余…): the rest's lead (progress.REMAINDER_LEAD).
_OTHERS_LEAD = REMAINDER_LEAD


def _without_others(norm: str, sentence: tuple[int, int], own: tuple[int, int]) -> str:
    """A figure's sentence less the clauses about other items (另有3家已完成入库申报, 其余…): what they await is
    not what the figure's own items await.  The clauses after such a clause go on about the other items (另有8家已
    达到规上标准，正在办理入库手续: the entry pending is theirs), so they are left out too."""
    s, e = sentence
    kept, others = [], False
    for a, b in _spans(_CLAUSE, norm):
        if not s <= a < e:
            continue
        if (a, b) == own:
            kept.append(norm[a:b])
        elif _OTHERS_LEAD.match(norm[a:b]):
            others = True
        elif not others and not _DIGIT.search(norm[a:b]):
            # (a clause with a count of its own speaks of its own items: 组织企业申报技改项目45个，已竣工投产21个)
            kept.append(norm[a:b])
    return "".join(kept)


def _before_others(norm: str, start: int, end: int) -> int:
    """Where the first clause about other items (另有4台待审批后开工) opens after ``start``, or ``end``."""
    return next((a for a, b in _spans(_CLAUSE, norm) if start <= a < end and _OTHERS_LEAD.match(norm[a:b])), end)


# 服务 heading a noun (服务业, 服务站, 服务中心, 服务点, 便民服务大厅): a thing to build or a sector, not people served.
_SERVICE_NOUN = re.compile(f"服务(?={vocab.alternation('report.service_place')})")


# 完成排查 (a survey), not 完成排查整治 (the survey and the works that put right what it found).
_SURVEY_ONLY = re.compile(rf"排查(?!(?:和|及|并|与)?(?:{vocab.alternation('stage.survey_remedy')}))")
_SURVEY_REMEDY = re.compile(rf"排查(?:和|及|并|与)?(?:{vocab.alternation('stage.survey_remedy')})")


def _survey_done(clause: str) -> bool:
    """A clause finishing a survey alone (隐患排查已经结束, 已完成排查): 排查 not followed by the works that put right
    what it found, and none of those works named in the clause."""
    return bool(_SURVEY_ONLY.search(clause)) and not vocab.pattern("stage.survey_remedy").search(clause)


def _role(clause: str, after: str) -> str | None:
    """What a figure's clause says of it: done, started, underway, preparing, pending, other; None when
    the clause has no word of its own."""
    if (pattern("awaiting").search(clause) or _pending(clause)) and _DONE_WORD.search(clause) and _PREP_OBJECT.search(clause):
        return "preparing"      # 另3条已完成线路规划，待开通, 均已完成…改造方案公示: only the plan is finished
    if _pending(clause) or pattern("awaiting").search(clause):
        return "pending"        # 申报; 另有3个已签约待落地 (awaiting landing: not yet brought in)
    if pattern("intent").search(clause):
        return "preparing"      # 已与8家机构达成入驻意向: an intention only, nothing brought in
    if pattern("put_off").search(clause) or _ITEM_CANCELLED.search(clause):
        return "not_started"    # 剩余3条推迟至11月施工; 1处因用地问题取消
    if _NOT_YET.search(clause):
        return "not_started"    # 2个项目暂未开工, 其余13个尚未进场施工
    if pattern("other_verb").search(_SERVICE_NOUN.sub("", clause)) and not _DONE_VERB.search(clause):
        return "other"
    if pattern("nearly_done").search(clause) or _SHELL_DONE.search(clause):
        return "underway"
    if pattern("preparing").search(clause) and not _STRONG_UNDERWAY.search(clause) and not any(
            not _prep_finished(after, m) for m in _DONE_WORD.finditer(after)):
        return "preparing"      # 招标1处; 1个完成设计, 8个项目均已完成招标 (完成 of a preparatory object)
    if _STARTED_WORD.search(clause):
        return "started"
    if pattern("underway").search(clause):
        return "underway"
    finished = list(_DONE_WORD.finditer(after))
    if finished and all(_prep_finished(after, m) or _SURVEY_ONLY.match(after, m.end()) for m in finished) \
            and not _STRONG_UNDERWAY.search(clause):
        return "preparing"      # 3个工业园区已全部完成排查: every finishing word finishes a preparatory object
    if _DONE_VERB.search(clause) or pattern("completion_statement").search(clause):
        return "done"
    return None


def _noun_after(norm: str, end: int) -> str:
    m = _NOUN_RUN.match(norm, end)
    noun = m.group(0) if m else ""
    noun = _NOUN_END.split(noun)[0]      # (剩余3所计划国庆施工: a plan, no noun)
    if len(noun) > 1 and noun[-1] in "和及与" and _DIGIT.match(norm[end + len(noun):end + len(noun) + 1]):
        noun = noun[:-1]                 # 1个示范乡镇和3个精品村: 和 joins the next count, no part of the noun
    return noun


# What ends the noun after a count (words.toml [figure.noun_end]); 中 too (10个X中M个) unless it opens one (中心, 中学, 中医).
_NOUN_END = re.compile(f"{vocab.alternation('figure.noun_end')}|中(?![心学医药小])")


_CARRY_OUT = re.compile(f"(?:{vocab.alternation('task.carry_out')})" r"[^,;。，；]{0,24}$")


def _policy_name(t: Indicator, task_text: str) -> bool:
    """A count of 条 written in Chinese numerals after 贯彻/落实/实施 (落实…发展二十八条): a policy's name."""
    if t.unit != "条" or _DIGIT.search(t.text or "") or not t.span or t.span[1] <= 0:
        return False
    return bool(_CARRY_OUT.search(for_parsing(task_text)[:t.span[0]]))


_CHANGE_ON_YEAR = re.compile(f"(?:{vocab.alternation('verify.year_on_year')})[^\\d,;。，；]{{0,2}}?"
                             f"(?:{pattern('change_on_year').pattern})了?$")
_FALL_BEFORE = re.compile(f"(?:{'|'.join(words('fall'))})[^\\d,;。，；]{{0,3}}$")


# 共8个 / 总计12条 right before a figure: the figure is a total (build_case: the whole, when a figure of its unit done follows).
_TOTAL_LEAD = re.compile(f"(?<!公)(?:{vocab.alternation('figure.total_lead')})有?$")


_NOT_ABLE_END = re.compile(r"未能?$")


def build_case(row: ProgressRow, task_text: str, targets: list[Indicator], expected: float,
               as_of: date | None = None) -> Case:
    progress = row.progress or ""
    norm = for_parsing(progress)
    task_text = task_text or row.task or ""
    # 贯彻落实支持民营企业发展二十八条: the name of a policy, not a count to reach.
    targets = [t for t in targets if not _policy_name(t, task_text)]
    case = Case(row, task_text, list(targets), expected, progress, as_of=as_of)
    clauses = _spans(_CLAUSE, norm)
    # (a clause holds a plan noun only where the text does: blanked only then)
    nouns = _PLAN_NOUN.search(norm) is not None
    case.forecast_spans = [(a, b) for a, b in clauses if _FORECAST.search(
        _PLAN_NOUN.sub(lambda m: "　" * len(m.group(0)), norm[a:b]) if nouns else norm[a:b])]
    case.forecast_spans += [c for c in _later_month_spans(norm, clauses, as_of) if c not in case.forecast_spans]
    # 年度目标：完成老旧小区改造20个: a clause opened by the label of a target or plan restates it, never work done.
    case.forecast_spans += [c for c in clauses if _TARGET_LABEL.match(norm, c[0]) and c not in case.forecast_spans]
    # 原计划年底完成的20个小区改造，已于6月提前全部完成: the plan fulfilled, its count done.
    fulfilled = {c for c, nxt in zip(clauses, clauses[1:], strict=False)
                 if c in case.forecast_spans and nxt not in case.forecast_spans
                 and not _SENTENCE_MARK.search(norm[c[1]:nxt[0]]) and _PLAN_FULFILLED.match(norm[nxt[0]:nxt[1]])}
    case.forecast_spans = [c for c in case.forecast_spans if c not in fulfilled]
    # 计划实施的36个项目已全部开工, 列入计划的40个项目均已开工: the plan names the items (a modifier before 的), and the
    # clause says what has been done with them: no plan.
    case.forecast_spans = [c for c in case.forecast_spans if not _PLANNED_ITEMS_DONE.match(norm, c[0], c[1])]
    # 城市书房8家，计划于9月底前建成: a count with no verb of its own before a plan in its sentence is what is planned.
    for c, nxt in zip(clauses, clauses[1:], strict=False):
        if nxt in case.forecast_spans and c not in case.forecast_spans and _DIGIT.search(norm[c[0]:c[1]]) \
                and not _SENTENCE_MARK.search(norm[c[1]:nxt[0]]) and _role(norm[c[0]:c[1]], "") is None:
            case.forecast_spans.append(c)
    sentences = _spans(_SENTENCE, norm)
    facts = [f for f in row.facts if not case.in_forecast(f.span[0])]
    for f in facts:
        cl = next(((s, e) for s, e in clauses if s <= f.span[0] < e), (f.span[0], f.span[1]))
        se = next(((s, e) for s, e in sentences if s <= f.span[0] < e), cl)
        # The role is read from the clause up to the next figure (完成2个,施工8个).
        nxt = min([g.span[0] for g in facts if g.span[0] > f.span[0]] + [cl[1]])
        clause_text = norm[cl[0]:max(nxt, f.span[1])]
        role = _role(clause_text, norm[f.span[1]:cl[1]])
        if role == "other" and vocab.is_rate(f.unit):
            role = "done"       # 政务服务事项网上可办率达到96.3%: a rate is a level reached, never people served
        if role is None and REMAINDER_LEAD.fullmatch(norm, cl[0], f.span[0]) and pattern("halted").search(
                clause_text):
            # 已建成8个，另外7个因资金问题暂缓: a clause opened by the rest's count is about other items than the
            # clauses before it, so it never takes their work; halted, they are not begun.
            role = "not_started"
        if role is None:        # 涉及面积82万平方米: the sentence before the clause says what it is
            before = norm[se[0]:cl[0]]
            role = _role(before, "")
            if role == "preparing" and any(m.group(0) in task_text for m in pattern("preparing").finditer(before)):
                role = "done"   # 完成土地出让8宗，收入16.2亿元 for 完成土地出让收入…: the task's own work, done
        if role is None:        # 4个托育点受场地影响，目前均未开工: or the figureless clauses after it
            later = min([g.span[0] for g in facts if g.span[0] >= cl[1]] + [se[1]])
            role = "not_started" if _role(norm[cl[1]:later], "") == "not_started" else "done"
        elif role == "done" and _pending(_without_others(norm, se, cl)) and not (
                _RECOGNISED.search(clause_text) and not _pending(clause_text)):
            role = "pending"    # 三家企业已通过辅导验收, 申报材料获受理: a count still pending
            # (申报68家,已通过认定52家: the clause's own recognition is done)
        elif role == "done" and _DECISION_AWAITED.search(norm, f.span[1], _before_others(norm, f.span[1], se[1])):
            role = "pending"    # 2个街道已通过区级验收，待市级考核验收: the higher level's decision still to come
        elif role == "done" and _ACCEPTANCE_PENDING.search(norm[se[0]:se[1]]) and not _IN_USE.search(
                norm[cl[0]:cl[1]]):
            role = "underway"   # 2个扩建工程均已完工,正在进行验收: finished, acceptance pending
        elif role == "preparing" and any(not case.in_forecast(m.start()) and not _NOT_ABLE_END.search(
                norm[max(0, m.start() - 2):m.start()]) for m in _STRONG_UNDERWAY.finditer(norm, cl[1], se[1])) \
                and not any(cl[1] <= g.span[0] < se[1] for g in facts):
            role = "underway"   # 8个项目均已完成招标,正在施工: the same items, now under way (拟于7月开工: not yet)
        if not vocab.is_rate(f.unit) and _CHANGE_ON_YEAR.search(norm[cl[0]:f.span[0]]):
            role = "compared"   # 已培育6家,同比增加2家: the change on the year, not work done
        value = f.value
        if vocab.is_rate(f.unit) and _FALL_BEFORE.search(norm[cl[0]:f.span[0]]) and value > 0:
            value = -value       # 同比下降1.8%: a fall keeps its sign
        text, span = f.text, f.span
        if not vocab.is_rate(f.unit) and _each_of(norm[cl[0]:f.span[0]]) > 1:
            value *= _each_of(norm[cl[0]:f.span[0]])     # 防汛、消防演练各1次: once for each item listed
            at = row.progress.rindex("各", 0, f.span[0])
            text, span = row.progress[at:f.span[1]], (at, f.span[1])
        pf = ProgressFact(f.metric, value, f.unit, f.scale, f.cumulative, text, span)
        case.facts.append(Fact(pf, role, _noun_after(norm, f.span[1]), cl, se, words=clause_text))
    # 今年新增加装电梯23台,累计加装电梯186台: the running total since earlier years is a stock, not this
    # year's work, when this year's figure stands beside it (or it says since when: 自2018年以来累计).
    # So is a whole count standing now (高新技术企业总数达到142家) beside the year's own (较年初净增18家).
    for f in case.facts:
        # (a whole count only against targets of gains: 新增…30家, not 总数达到150家, whose answer it is)
        total = f.fact.cumulative or _STOCK_TOTAL.search(f.fact.metric) and all(
            _GAIN_TARGET.match(t.metric) for t in case.targets if _unit_of(t) == _unit_of(f.fact))
        if f.role != "done" or not total or _THIS_YEAR.search(f.words):
            continue
        # (beside a whole count, a figure named as gained, 新增充电桩320个, is the year's own too)
        beside = any(g is not f and g.role == "done" and g.sentence == f.sentence and _unit_of(g.fact) == _unit_of(f.fact)
                     and (_THIS_YEAR.search(g.words) or (not f.fact.cumulative and _GAIN_TARGET.match(g.words)))
                     for g in case.facts)
        if beside or (f.fact.cumulative and _ALL_TIME.search(f.words)):
            f.role = "stock"
    # N个X中M个 / 6个街道级儿童之家4个: the first figure is the scope the second counts in.
    for a, b in zip(case.facts, case.facts[1:], strict=False):
        same_unit = vocab.comparable_unit(a.fact.unit, a.fact.scale)[0] == vocab.comparable_unit(
            b.fact.unit, b.fact.scale)[0]
        between = norm[a.fact.span[1]:b.fact.span[0]]
        if (same_unit and a.clause == b.clause and b.fact.value <= a.fact.value
                and not _LIST_MARK.search(between) and len(between) <= 14):
            a.role = "scope"
    # 6所学校中,2所已完工;3所正在施工: a clause that is only a count and 中 is the scope the next figures count in.
    for a in case.facts:
        later = [b for b in case.facts if b.fact.span[0] > a.fact.span[1] and b.fact.value <= a.fact.value
                 and _unit_of(b.fact) == _unit_of(a.fact)]
        lead = _SECTION_LABEL.sub("", norm[a.clause[0]:a.fact.span[0]])
        tail = _COLON.split(norm[a.fact.span[1]:a.clause[1]])[0]     # 5项工程中：2项完工
        if later and len(lead) <= 4 and _SCOPE_TAIL.fullmatch(tail):
            a.role = "scope"
    # 全年改造项目共9个，已竣工7个: a total (共N right before it, no verb of the work in its clause) before a figure
    # of its unit done in the same sentence is the whole the second counts in, not work done.
    for a in case.facts:
        lead = norm[a.clause[0]:a.fact.span[0]]
        if a.role in ("done", None) and _TOTAL_LEAD.search(lead) and not _DONE_VERB.search(lead) and any(
                b.fact.span[0] > a.fact.span[1] and b.sentence == a.sentence and b.clause != a.clause
                and b.role == "done" and _unit_of(b.fact) == _unit_of(a.fact) and b.fact.value <= a.fact.value
                for b in case.facts):
            a.role = "scope"
    # 收集问题386个,已解决253个: what was found or collected is the pool a later figure of its unit is taken from.
    for a in case.facts:
        lead = norm[a.clause[0]:a.fact.span[0]]
        found = pattern("found_verb").search(lead)
        if a.role in ("done", None) and found and found.group(0) not in case.task_text and not _DONE_VERB.search(lead) \
                and any(
                b.fact.span[0] > a.fact.span[1] and b.sentence == a.sentence and b.role == "done"
                and _unit_of(b.fact) == _unit_of(a.fact) and b.fact.value <= a.fact.value for b in case.facts):
            a.role = "scope"
    case.parts = task_parts(case.task_text, targets)
    if not case.facts:
        case.facts += _none_done(case, norm, clauses, sentences)
    return case


@lru_cache(maxsize=1024)
def _none_done_of(head: str) -> re.Pattern:
    """未 (+ words.none_done_verb) (+ 任何) + a measure's head noun at a clause's end: built per head noun, cached."""
    return re.compile(rf"未(?:{'|'.join(words('none_done_verb'))})?(?:任何)?{re.escape(head)}(?=[,;。，；]|$)")


def _none_done(case: Case, norm: str, clauses: tuple[tuple[int, int], ...],
               sentences: tuple[tuple[int, int], ...]) -> list[Fact]:
    """工程尚未开工，上半年未完成投资 for 年内完成投资2亿元: a report with no figure that says the work has not begun and
    writes a measure's own head noun as not done (未 + words.none_done_verb + 投资 at the clause's end): that measure
    at 0."""
    if not any(clause_stage(norm[a:b]) == "not_started" for a, b in clauses if not case.in_forecast(a)):
        return []
    out = []
    for p in case.parts:
        t = p.indicator
        head = _head(t.metric) if t is not None else ""      # a noun (投资), not the work's verb (暂未改造: a stage)
        if t is None or _is_rate(t) or _is_level(t) or not head:
            continue
        m = _none_done_of(head).search(norm)
        if m is None or case.in_forecast(m.start()):
            continue
        cl = next(((a, b) for a, b in clauses if a <= m.start() < b), m.span())
        se = next(((a, b) for a, b in sentences if a <= m.start() < b), cl)
        pf = ProgressFact(head, 0.0, t.unit, t.scale, False, case.progress[m.start():m.end()], m.span())
        out.append(Fact(pf, "done", "", cl, se, words=norm[cl[0]:cl[1]]))
    return out


def _each_of(lead: str) -> int:
    """How many items a figure after 各 counts for: the items listed before it in its clause (防汛防台、危化品泄漏综合
    应急演练各1次 → 2; A、B和C各2场 → 3), or 1."""
    lead = lead.rstrip()
    if not lead.endswith("各"):
        return 1
    items = _CLAUSE_MARK.split(lead[:-1])[-1]
    if "、" not in items:
        return 1
    last = items.rsplit("、", 1)[-1]
    return items.count("、") + 1 + any(c in last[1:] for c in "和及与")


# The label of a section in a reply (进展情况：…存在问题：无。下步打算：…) and a section that says there is none.
_SECTION_LABEL = re.compile(f"(?:{vocab.alternation('report.section_label')})\\s*[:：]")
_SECTION_NONE = re.compile(f"(?:{vocab.alternation('report.section_label')})\\s*[:：]\\s*(?:暂)?无(?:[,;。，；]|$)")


# What follows a count that only opens a scope (6所学校中, 12个项目当中): a noun and 中.
_SCOPE_TAIL = re.compile(r"[^\d,;。，；、已正均]{0,10}?(?:当)?中")


# This year's period before a figure (今年以来, 2020年, 1-6月, 上半年) and a total since earlier years.
_THIS_YEAR = re.compile(f"{vocab.alternation('time.this_year')}"
                        rf"|(?<![自从])\d{{4}}年(?!{vocab.alternation('time.since_tail')}|底前)|1[-—~至到]\d{{1,2}}月|截至\d{{1,2}}月")
_ALL_TIME = re.compile(rf"(?:自|从)\d{{4}}年(?:{vocab.alternation('time.since_tail')})|{vocab.alternation('time.all_time')}")
# A whole count standing now in a figure's name (总数, 总量: words.toml figure.stock_total).
_STOCK_TOTAL = vocab.pattern("figure.stock_total")
# A target of items gained (新增, 新建, 引进 …: words.toml completion.gain) at the start of its name.
_GAIN_TARGET = re.compile(f"[^\\d,;。，；]{{0,3}}?(?:{vocab.alternation('completion.gain')})")


_ITEM_LEAD = re.compile(f"(?:{vocab.alternation('task.item_lead')})?")


# A task's own numbered list (实施…工程：①人民路改造；②解放路改造；③…建设): each entry an item to finish.
_ITEM_MARK = _quick(re.compile(r"[①-⑳]|[(（][1-9]\d?[)）]"))
_ITEM_WORK = re.compile(f"(?:{'|'.join(words('result_verb'))}|{vocab.alternation('task.item_work')})")


def _numbered_items(task_text: str, norm: str, taken: list[tuple[int, int]]) -> list[Part]:
    """Entries of a numbered list in the task (①…；②…) naming work of their own (人民路改造, 滨江路延伸段建设), or led by
    a result verb (完成三项改革任务：①医共体改革；…), and holding no measure already read: one part each, to be finished.
    Fewer than two entries are no list."""
    marks = list(_ITEM_MARK.finditer(norm))
    if len(marks) < 2:
        return []
    # 完成三项改革任务：①医共体改革；②…: a result verb before the list is each entry's own
    led = bool(pattern("result_verb").match(norm[:marks[0].start()].strip()))
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(norm)
        stop = _CLAUSE_MARK.search(norm[m.end():end])
        a, b = m.end(), m.end() + stop.start() if stop else end
        item = norm[a:b].strip()
        if len(item) < 3 or not (led or _ITEM_WORK.search(item)) or any(a <= x < b for x, _ in taken):
            return []
        out.append(Part(task_text[a:b].strip(), (a, b), required="done"))
    return out


# A deadline opening a task's clause (三季度末前, 第二季度末, 10月底前, 上半年内): not the verb's head.
_HEAD_DEADLINE = re.compile(f"^(?:{vocab.alternation('task.deadline_lead')})?"
                            f"(?:第?[一二三四]季度|{vocab.alternation('time.half_or_mid_year')}|(?:1[0-2]|[1-9])月)"
                            f"(?:末|底|份)?(?:{vocab.alternation('time.before_mark')})?")


def task_parts(task_text: str, targets: list[Indicator]) -> list[Part]:
    """The measurable parts: every indicator that is not a stretch goal, a zero or a deadline, and
    every clause with a result verb and no figure (开工…, 完成…搬迁, 建成并投入使用)."""
    parts: list[Part] = []
    norm = for_parsing(task_text)
    for t in targets:
        if t.stretch or t.kind in ("zero", "deadline") or t.value is None:
            continue
        text = t.text if not t.metric or t.metric in t.text else f"{t.metric}{t.text}"
        required = "underway" if pattern("start_verb").search(t.metric) else "done"
        parts.append(Part(text, t.span, t, required, noun=_noun_after(norm, t.span[1]) if t.span[1] else ""))
    taken = [p.span for p in parts]
    result = pattern("result_verb")
    start = pattern("start_verb")
    for c in _CLAUSE.finditer(norm):
        s, e = c.span()
        if any(s <= a < e for a, _ in taken):
            continue
        clause = c.group(0)
        m = result.search(clause)
        if not m:
            continue
        head = clause[:m.start()]
        # The verb must open the clause (深入打造…, 开工建设…), not stand inside a process (推广…改造后…); a deadline
        # before it (三季度末前开工…, 第二季度末前建成…) is no part of the head.
        if len(_HEAD_DEADLINE.sub("", head)) > 4 or vocab.pattern("milestone.process").search(head):
            continue
        verb = m.group(0)
        rest = clause[m.end():]
        lead = _ITEM_LEAD.match(rest)
        verb, rest = verb + lead.group(0), rest[lead.end():]
        if len(_NON_WORD.sub("", rest)) < 2:
            continue
        required = "underway" if start.search(verb) and not _FINISHED_WORKS.search(clause) else "done"
        pos = s + m.end() + lead.end()
        items = [(i.start(), i.group(0)) for i in _LIST_ITEM.finditer(rest)]
        if len(items) > 1 and all(len(x.strip()) >= 2 for _, x in items):
            for off, item in items:
                a = pos + off
                parts.append(Part(verb + task_text[a:a + len(item)].strip(), (a, a + len(item)), required=required))
        else:
            parts.append(Part(task_text[s + len(head):e].strip(), (s + len(head), e), required=required))
    items = _numbered_items(task_text, norm, [p.span for p in parts])
    if items:
        # 完成三项改革任务：①…②…③…: a count before the list that is the list's length is the list itself.
        first = min(p.span[0] for p in items)
        parts = [p for p in parts if not (p.indicator is not None and p.span[1] <= first
                                          and p.indicator.value == len(items))] + items
    if parts:
        # 举办区运动会，组织全民健身活动200场次: an event to hold beside other measures is a part of its own
        # (judge_clause: held is done, cancelled not begun, otherwise on pace until the year is over).
        taken = [p.span for p in parts]
        for c in _CLAUSE.finditer(norm):
            ev = _EVENT_TASK.search(c.group(0))
            if ev and ev.start() <= 4 and not any(c.start() <= a < c.end() for a, _ in taken) \
                    and len(_NON_WORD.sub("", c.group(0)[ev.end():])) >= 2:
                parts.append(Part(task_text[c.start() + ev.start():c.end()].strip(), (c.start() + ev.start(), c.end()),
                                  required="event"))
    return parts


_RECOGNISED = vocab.pattern("completion.recognised")
# 待市级考核验收, 待省级认定: a decision still to come after a figure (words.toml [report.decision_awaited]).
_DECISION_AWAITED = re.compile(rf"待[^,;。，；\d待]{{0,6}}?(?:{vocab.alternation('report.decision_awaited')})")


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
