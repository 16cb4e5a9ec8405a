"""Status rules (研判规则) as small configured objects, tried in order.

Django's password validators are the model: each rule is a class with options
and a help text (``get_help_text``); ``judge(case)`` returns an ``Outcome`` or
None when the rule does not apply.  The order and the options come from
``data/judging.toml`` (``[[rules]]``), as do the thresholds and the cue words;
docs/reference/status-rules.md is generated from the rules and that file.

A *case* is one progress row read against its task: the task's measurable
parts (every non-stretch indicator, and every clause with a result verb when
the task has no figure for it), the progress split into clauses with
forecasts set aside, and the expected pace (序时进度).  ``SubTargets`` judges
each part on its own and combines them: the worst part decides, completed only
when every part is, a part with no fact caps the task at on_track, completion
is the mean of the answered parts (each counted at most 100).
"""

from __future__ import annotations

import calendar
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from . import vocab
from .indicators import deadline_date
from .indicators import parse as parse_task
from .judgement import STATUS_LABELS, Evidence, Indicator, ProgressFact, ProgressRow, SubTarget
from .progress import REMAINDER_LEAD, stated_shares
from .text import bigrams, for_parsing, normalise

DATA = Path(__file__).with_name("data") / "judging.toml"


@cache
def config() -> dict:
    with DATA.open("rb") as f:
        return tomllib.load(f)


def threshold(name: str) -> float:
    return float(config()["thresholds"][name])


def words(key: str) -> tuple[str, ...]:
    return tuple(config()["words"][key]["words"])


@cache
def pattern(key: str) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in vocab.longest_first(words(key))))


# A pattern whose matches can begin with a few characters only, checked for them first (vocab.quick).
_quick = vocab.quick


# Severity when parts are combined: the worst part decides.
SEVERITY = {"completed": 0, "ahead": 1, "on_track": 2, "behind": 3, "not_started": 3, "seriously_behind": 4}
_CLAUSE = re.compile(r"[^,;。!?\n，；！？]+")
_SENTENCE = re.compile(r"[^;。!?\n；！？]+")

# Small patterns the judging asks for every row, compiled once (re's own cache costs a lookup per call).
_ALREADY_LEAD = re.compile(r"^已经?")
_AMONG = re.compile(r"其中")
_BARE_DONE = re.compile(r"(?:已|均已|全部)?(?:完成|竣工|完工)")
_CLAUSE_MARK = re.compile(r"[,;。，；]")
_COLON = re.compile(r"[:：]")
_COUNT_OR_ALL = re.compile(r"\d|均|全部|各")
_DIGIT = re.compile(r"\d")
_DIGIT_OR_MAIN = re.compile(r"\d|主体")
_DONE_OR_ALREADY = re.compile(r"(?<!未)完成|已")
_EVERY_DONE = re.compile(f"{vocab.alternation('report.every_item')}|均(?:已经)?(?:{vocab.alternation('completion.finish')})")
_LIST_ITEM = re.compile(r"[^、及和]+")
_LIST_MARK = re.compile(r"[,、，]")
_MEASURE_CHAR = re.compile(r"[率度量数额值]")
_NON_WORD = re.compile(r"\W")
_NON_WORD_OR_DIGIT = re.compile(r"[\W\d]")
_NON_WORD_OR_DIGIT_ALT = re.compile(r"\W|\d")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_NOT_HAN_CHAR = re.compile(r"[\W\d_A-Za-z]")
_NOT_HAN_RUN = re.compile(r"[\W\d_A-Za-z]+")
_NOUN_RUN = re.compile(r"[^\d,;。、，；:：()（）!！?？\s]{0,8}")
_PACE_OF = re.compile(r"([^\W\d]{2})进度" f"(?:{vocab.alternation('figure.reach_tail')})?$")
_PIECE = re.compile(r"[^。；;!?！？]+")
_REACH_TAIL = re.compile(f"(?:{vocab.alternation('figure.reach_tail')})$")
_SENTENCE_MARK = re.compile(r"[;。；]")
_STARTED_WORD = re.compile(f"开工(?!前期)|{vocab.alternation('stage.started')}")
_STATEMENT_FILL = re.compile(r"[\s。.,，;；!！]")
_GENERIC = set(vocab.words("stage.generic_bigram"))


def _fmt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


def _unit(item) -> str:
    return item.unit if item.unit.startswith(item.scale) else item.scale + item.unit


_NOT_HAN = re.compile(r"[\d\W_A-Za-z]+")


@lru_cache(maxsize=8192)
def _sim_form(text: str) -> str:
    """A noun phrase as ``_sim`` compares it (cached: a row's phrases meet every target's)."""
    return _NOT_HAN.sub("", vocab.full_names(normalise(text)))


@lru_cache(maxsize=8192)
def _sim_grams(form: str) -> frozenset[str]:
    return frozenset((bigrams(form) or {form}) - _GENERIC)


@lru_cache(maxsize=16384)
def _sim(a: str, b: str) -> float:
    """How alike two noun phrases are: containment 1.0, else the share of shared character pairs; short
    names written out first (规上工业企业 is 规模以上工业企业, vocab.full_names).  Cached: a part's target is
    compared with the same clause or figure several times."""
    a, b = _sim_form(a), _sim_form(b)
    if not a or not b:
        return 0.0
    if len(a) >= 2 and len(b) >= 2 and (a in b or b in a):
        return 1.0
    x, y = _sim_grams(a), _sim_grams(b)
    if not x or not y:
        return 0.0
    return len(x & y) / max(1, min(len(x), len(y)))


def _is_rate(t: Indicator) -> bool:
    return t.kind in ("growth_rate", "decline_rate", "ratio") or vocab.is_rate(t.unit)


# A stock or level to reach or hold (总数达到800家, 稳定在10万亩以上, 增至78家, 规模扩大到5亿元), not a count of
# work done in the year.
_LEVEL_METRIC = _quick(re.compile(f"(?:{vocab.alternation('level.metric')})(?:{vocab.alternation('level.metric_reach')})?$"
                           f"|(?:{vocab.alternation('level.reach')})$"))


def _is_level(t: Indicator) -> bool:
    """A rate, or a stock or level to reach or hold: a unit's word of normal progress cannot vouch for it."""
    return _is_rate(t) or bool(_LEVEL_METRIC.search(t.metric or ""))


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
_DATED_RESULT = _quick(re.compile(r"(?<![\d年\-—～~至到])(?P<month>1[0-2]|[1-9])月份?(?:上旬|中旬|下旬|初|底|末|中)?[前起]?"
                           rf"(?:{vocab.alternation('intention.dated_adverb')})?"
                           rf"(?:{vocab.alternation('intention.dated_result')})"))
# The same dated by a part of the year (下半年开工, 暑期集中施工, 四季度进场): the month it opens (words.toml
# [intention.season_*]).
_SEASON_MONTH = {w: month for key, month in (("intention.season_july", 7), ("intention.season_september", 9),
                                             ("intention.season_october", 10)) for w in vocab.words(key)}
_SEASON_RESULT = _quick(re.compile(rf"(?P<season>{vocab.alternation('intention.season_july', 'intention.season_september', 'intention.season_october')})"
                                   r"(?:前|起|内|期间)?"
                                   rf"(?:{vocab.alternation('intention.dated_adverb')})?"
                                   rf"(?:{vocab.alternation('intention.dated_result')})"))


# A clause saying all of what the clause before it planned is done (已于6月提前全部完成, 现已全面完成).
_PLANNED_ITEMS_DONE = re.compile(rf"\s*(?:{vocab.alternation('intention.plan_listed')})?"
                                 rf"(?:{vocab.alternation('intention.plan_year')})?计划[^,;。，；\d的]{{0,10}}的\d+[^,;。，；\d]{{0,10}}?"
                                 r"(?:均|都|现|目前)?已")
_PLAN_FULFILLED = re.compile(rf"\s*(?:{vocab.alternation('report.plan_fulfilled_lead')})?已"
                             r"(?:于\d{1,2}月份?(?:底|末|中旬|上旬|下旬)?)?"
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


_STRONG_UNDERWAY = _quick(re.compile(f"施工(?!{vocab.alternation('underway.construction_not')})"
                              f"|开工(?!{vocab.alternation('underway.start_not')})"
                              f"|{vocab.alternation('underway.strong')}|(?:{vocab.alternation('underway.doing')})中"
                              # 均已进入装修阶段: a step of the works entered is work under way
                              f"|进入(?:{vocab.alternation('stage.work_step')})"
                              # 目前均在装修: 在 before work in hand
                              f"|(?<![不未])在(?:{vocab.alternation('underway.doing')})"))
# Not yet begun (暂未开工, 尚未进场施工, 仍未具备开工条件); 尚未完成 is under way, 尚未达到序时 a pace statement.
# 施工 naming the work's papers or parties (施工单位已确定, 施工合同): no work under way by that word.
_CONSTRUCTION_PAPERS = re.compile(f"施工(?:{vocab.alternation('underway.construction_not')})")
_NOT_YET = _quick(re.compile(f"(?:{vocab.alternation('not_yet.adverb')})未(?!{vocab.alternation('not_yet.not_before')})"
                             f"|{vocab.alternation('not_yet.not_begun')}"))
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
        elif role == "preparing" and any(not case.in_forecast(m.start()) and not re.search(
                r"未能?$", norm[max(0, m.start() - 2):m.start()]) for m in _STRONG_UNDERWAY.finditer(norm, cl[1], se[1])) and not any(cl[1] <= g.span[0] < se[1] for g in facts):
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
    for f in case.facts:
        if f.role != "done" or not f.fact.cumulative or _THIS_YEAR.search(f.words):
            continue
        beside = any(g is not f and g.role == "done" and g.sentence == f.sentence and _unit_of(g.fact) == _unit_of(f.fact)
                     and _THIS_YEAR.search(g.words) for g in case.facts)
        if beside or _ALL_TIME.search(f.words):
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
        m = re.search(rf"未(?:{'|'.join(words('none_done_verb'))})?(?:任何)?{re.escape(head)}(?=[,;。，；]|$)", norm)
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
                        r"|(?<![自从])\d{4}年(?!以来|起|底前)|1[-—~至到]\d{1,2}月|截至\d{1,2}月")
_ALL_TIME = re.compile(rf"(?:自|从)\d{{4}}年(?:以来|起)|{vocab.alternation('time.all_time')}")


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


# --- judging one part ------------------------------------------------------------------------

def by_pace(completion: float, expected: float) -> str:
    band, serious = threshold("band"), threshold("serious_share")
    if completion >= 100:
        return "completed"
    if expected >= 100:
        # The deadline has passed: short of the whole is behind, however near (96% at the year's end).
        return "seriously_behind" if completion < expected * serious else "behind"
    if completion > expected + band:
        return "ahead"
    if completion >= expected - band:
        return "on_track"
    if completion < expected * serious:
        return "seriously_behind"
    return "behind"


_FIGURE_DONE = vocab.pattern("figure.done_word")
_RECOGNISED = vocab.pattern("completion.recognised")
# 待市级考核验收, 待省级认定: a decision still to come after a figure (words.toml [report.decision_awaited]).
_DECISION_AWAITED = re.compile(rf"待[^,;。，；\d待]{{0,6}}?(?:{vocab.alternation('report.decision_awaited')})")


@lru_cache(maxsize=4096)
def _target_words(metric: str) -> tuple[str | None, str, str]:
    """(the stock word the target's name holds, its verb, the two characters it ends with), read once per
    target: _match asks them for every figure of the row."""
    # 规模以上/限额以上 name a class of firms, not a stock (规上 written out first).
    stock = pattern("stock_head").search(pattern("firm_class").sub("", vocab.full_names(metric)))
    # (年内交付600套: a deadline before the verb is no part of it)
    verb = _METRIC_VERB.sub("", _METRIC_DEADLINE.sub("", metric))[:2]
    # 招商引资项目落地15个 answered by 已落地开工5个: the verb after the object is the target's own verb too.
    tail = _NON_WORD.sub("", metric or "")[-2:]
    return (stock.group(0) if stock else None), verb, tail


def _match(part: Part, fact: Fact) -> float:
    t = part.indicator
    assert t is not None
    if vocab.measured_unit(t.unit, t.scale)[0] != vocab.measured_unit(fact.fact.unit, fact.fact.scale)[0]:
        return 0.0
    stock, verb, tail = _target_words(t.metric)
    if stock and stock not in vocab.full_names(fact.fact.metric) \
            and len(_NON_WORD.sub("", fact.fact.metric)) > 2:
        return 0.0       # 基金规模扩大到5亿元 against 基金使用金额3000万元: a flow, not the stock
    target_words = f"{t.metric}{part.noun}"
    same_verb = 0.5 if len(verb) == 2 and verb not in _GENERIC and fact.fact.metric.startswith(verb) else 0.0
    if tail in _VERB_HEADS and tail not in _GENERIC and _ALREADY_LEAD.sub("", fact.fact.metric).startswith(tail):
        same_verb = 0.5
    # 完成全区3000户困难家庭走访慰问: the count before its noun and verb, so the target's words run on past it.
    score = max(same_verb, _sim(t.metric, fact.fact.metric), _sim(target_words, fact.noun) if fact.noun else 0.0,
                _sim(target_words, fact.fact.metric) if part.noun and len(part.noun) >= 4 else 0.0)
    if fact.noun and len(fact.noun) == 1 and f"{t.metric}{part.noun}".endswith(fact.noun) \
            and "未" not in fact.words and _FIGURE_DONE.search(fact.words):
        score = max(score, threshold("match"))      # 3个村 for …特色精品村3个: the noun ends the target's name
    head = _head(fact.noun or fact.fact.metric)
    if score < threshold("match") and head and head in (_head(t.metric), _head(part.noun)) \
            and _GAIN.search(fact.fact.metric):
        # 签约落地项目4个 against 招引亿元以上产业项目20个: the same thing gained (项目), named otherwise — a
        # loose match, flagged weak; 提供岗位1.2万个 gains no 就业岗位.
        score = threshold("match")
    if fact.noun and len(fact.noun) >= 2 and _sim(target_words, fact.noun) == 0 and _sim(
            target_words, fact.fact.metric) < 0.5:
        return 0.0       # 等3个项目120个停车位: 3个 counts another noun
    return score


_VERB_HEADS = frozenset(words("result_verb")) | (_GENERIC - {"项目"})


_GAIN = vocab.pattern("completion.gain")
_METRIC_VERB = re.compile(f"^(?:{vocab.alternation('figure.metric_verb')})")
_METRIC_DEADLINE = re.compile(f"^(?:{vocab.alternation('figure.metric_deadline')})")


@lru_cache(maxsize=4096)
def _head(phrase: str) -> str:
    """The last two characters of a noun phrase (its head noun: 项目, 企业, 泊位), or "" for a verb.  Cached:
    _match asks it of the target's name and noun for every figure."""
    h = _NOT_HAN_RUN.sub("", phrase)[-2:]
    return h if len(h) == 2 and h not in _VERB_HEADS else ""


_TERSE_LEAD = re.compile(f"^(?:{vocab.alternation('figure.terse_lead')})+")
_TERSE_VERB = re.compile(f"^(?:{vocab.alternation('figure.terse_verb')})+")


# A doer the figure's words open with (由区教育局统一…, 区住建局已…): who did the work, not what was counted.
# Opened by 由 or followed by how it did it (统一, 牵头, 已 …): a verb ending like a name (举办展览, 承办赛事,
# 督办事项, 布局) is no doer, and what follows it is another thing counted.
_AGENT_HOW = f"(?:{vocab.alternation('figure.agent_manner')})"
_AGENT = re.compile(f"^(?:由[^\\d]{{1,8}}?(?:{pattern('agent_suffix').pattern})|[^\\d]{{1,8}}?"
                    f"(?:{pattern('agent_suffix').pattern})(?={_AGENT_HOW})){_AGENT_HOW}*")


def _terse(f: Fact, p: Part) -> bool:
    """A figure whose words are only a period, an adverb and the target's own verb (2020年已完成改造4个 for
    完成老旧小区改造15个): it names nothing else; a doer before the verb (由区教育局统一完成改造) is no other
    thing named."""
    core = _NON_WORD_OR_DIGIT_ALT.sub("", _THIS_YEAR.sub("", f.fact.metric))
    core = _TERSE_LEAD.sub("", core)
    doer = _AGENT.match(core)
    if doer and doer.end() < len(core):
        core = _TERSE_LEAD.sub("", core[doer.end():])
    if len(core) <= 2:
        return True
    own = p.indicator.metric if p.indicator is not None else p.text
    for i in range(len(own) - 1):
        core = core.replace(own[i:i + 2], "")
    return len(_TERSE_VERB.sub("", core)) == 0


def _measure_named(f: Fact, p: Part) -> bool:
    """The figure's name is the measure its unit is of (words.measure_noun: 面积, 里程) and, beside it, only words of
    the target's own name (改造建筑面积 for 完成老旧小区综合改造…平方米; not 拆除违建面积 for 新增绿地面积)."""
    metric = _NOT_HAN_CHAR.sub("", f.fact.metric)
    m = pattern("measure_noun").search(metric)
    if not m or p.indicator is None:
        return False
    rest = _TERSE_LEAD.sub("", metric[:m.start()]) + metric[m.end():]
    own = p.indicator.metric + p.noun
    return all(rest[i:i + 2] in own for i in range(len(rest) - 1)) and (len(rest) != 1 or rest in own)


def _unit_of(item) -> str:
    # units of one measure are one (12000米 for 25公里: units.toml [conversions])
    return _measured_base(item.unit, item.scale)


@lru_cache(maxsize=1024)
def _measured_base(unit: str, scale: str) -> str:
    """(cached: the rules compare the units of every pair of figures and targets of a row)"""
    return vocab.measured_unit(unit, scale)[0]


def _assign(case: Case) -> dict[int, list[Fact]]:
    """Facts to parts (_assign_facts), once per case: several rules and a flag check ask."""
    if case.assigned is None:
        case.assigned = _assign_facts(case)
    return case.assigned


def _scope_before(case: Case, f: Fact, norm: str) -> Fact | None:
    """The scope figure (N个X中) that opens the part of the sentence (between semicolons) ``f`` stands in, or None."""
    a = f.fact.span[0]
    start = max(norm.rfind(c, 0, a) for c in "。；;") + 1
    return next((g for g in case.facts if g.role == "scope" and start <= g.fact.span[0] < a
                 and _unit_of(g.fact) == _unit_of(f.fact)
                 and _SCOPE_TAIL.match(norm, g.fact.span[1]) and not _AMONG.search(norm[g.fact.span[1]:a])), None)


def _assign_facts(case: Case) -> dict[int, list[Fact]]:
    """Facts to parts: each fact to the part it matches best, so several figures answer several targets.
    A lone figure of a unit answers the lone target of that unit unless its noun is another's."""
    out: dict[int, list[Fact]] = {}
    numeric = [(i, p) for i, p in enumerate(case.parts) if p.indicator is not None]
    norm = for_parsing(case.progress)
    for f in case.facts:
        if f.role in ("scope", "compared"):
            continue
        unit = _unit_of(f.fact)
        same = [(i, p) for i, p in numeric if _unit_of(p.indicator) == unit
                and (f.role != "stock" or _is_level(p.indicator))]
        # 25个老旧小区中，已完工8个，在建12个 beside another target of the unit: figures with no noun of their own after a
        # scope (N个X中) in the same part of the sentence count the items of the scope's target.
        scope = _scope_before(case, f, norm) if len(same) > 1 and not f.noun else None
        hits = [i for i, p in same if _match(p, scope) >= threshold("match")] if scope else []
        if len(hits) == 1:
            out.setdefault(hits[0], []).append(f)
            continue
        mine = [g for g in case.facts if _unit_of(g.fact) == unit and g.role not in ("scope", "stock", "compared")]
        lone = len(same) == 1 and len(mine) == 1
        # 1所已建成,2所正在设计 against 新建幼儿园3所: figures that name no noun of their own count the
        # lone target of their unit.
        # Only one of them done: several done figures may count one set of items at different steps.
        # (2个主体施工 in a list by stage with items only prepared or not begun, 1个完成招标: a stage written after
        # the count is no noun of its own; with every item done or under way the stage decides, as before)
        staged = any(g.role in ("preparing", "not_started") for g in mine)
        bare = len(same) == 1 and all(not g.noun or g.noun in _GENERIC_SUBJECTS or staged and clause_stage(g.noun) in (
            "underway", "preparing", "nearly_done", "done", "not_started") for g in mine) \
            and sum(g.role == "done" for g in mine) <= 1      # (D区2个项目尚未开工: 项目 names no other thing)
        scored = []
        enough = threshold("match")
        for i, p in same:
            score = _match(p, f)
            # (each reading below only where the ones before it have not already let the figure answer the part)
            kept = score >= enough
            if not kept and (lone or bare):
                # 已建成19个, 仅完成2个, 其余13个: a verb with at most an adverb or 其余 before it
                kept = (not f.noun and _terse(f, p)) or (bare and len(mine) > 1) \
                    or p.indicator.kind == "duration"     # a time limit and one duration reported
            if not kept and lone:
                # 15所学校食堂改造已全部完工 for 完成中小学食堂提升改造15所: the lone figure of the unit, its noun's
                # head (食堂) in the target's name
                head = _head(f.noun) and _head(f.noun) in p.indicator.metric
                # 已开展招商活动5场 for 组织开展“双招双引”活动12场: with no noun after the count, the figure's name's head
                # and another pair of its characters (开展) in the target's (提供岗位 gains no 就业岗位: no other pair)
                named = _head(f.fact.metric) if not f.noun else ""
                head = head or (named and named in p.indicator.metric and bool(
                    (bigrams(f.fact.metric) - {named}) & bigrams(p.indicator.metric)))
                # 改造建筑面积共计21.6万㎡ for 完成老旧小区综合改造20万平方米: the lone figure of the unit named by the
                # measure the unit is of (面积), beside at most the target's own words
                head = head or _measure_named(f, p)
                # 开展职业技能培训4860人次 for 培训企业职工技能10000人次: the lone figure of the unit, named in near
                # words (two word pairs of the target's name shared, and no stock against a flow) — a loose match,
                # flagged weak
                head = head or (score > 0 and len(_sim_grams(_sim_form(p.indicator.metric)) & _sim_grams(
                    _sim_form(f.fact.metric))) >= 2)
                # 已检查商户460家次 for 开展消防安全检查800家次: the lone figure of a compound unit of visits (家次, 人次, 户次:
                # the thing counted and the times, as specific as a name) with the target's verb (a word pair shared);
                # the noun before it is what the visits went to
                head = head or (len(f.fact.unit) >= 2 and f.fact.unit.endswith("次") and bool(
                    bigrams(_NOT_HAN_CHAR.sub("", f.fact.metric)) & bigrams(p.indicator.metric)))
                kept = bool(head)
            if kept:
                scored.append((score, -i, i))
        if scored:
            best = max(scored)
            f.weak = best[0] < 0.5
            out.setdefault(best[2], []).append(f)
    # Parts of one figure: a sentence that names the target and lists figures of its unit
    # (盘活存量土地:一期300亩,二期400亩) answers it with their sum.
    norm = for_parsing(case.progress)
    used = {id(f) for fs in out.values() for f in fs}
    for i, p in numeric:
        unit = _unit_of(p.indicator)
        if sum(_unit_of(q.indicator) == unit for _, q in numeric) != 1:
            continue
        free = [f for f in case.facts if id(f) not in used and f.role == "done" and _unit_of(f.fact) == unit
                and (not f.noun or _match(p, f) > 0)]      # 等3个项目: a figure of another noun
        mine = out.get(i, [])
        if mine:
            # 1050亩,其中工业用地620亩,商服用地430亩: the figures after 其中 break the first down.
            extra = [f for f in free if any(f.sentence == m.sentence and (
                "其中" not in norm[m.fact.span[1]:f.fact.span[0]] or _SIGNED.search(m.words)) for m in mine)]
            # 已签约项目7个,其中5个已注册落地: of the signed items, those landed are the count done.
        else:
            extra = []
            for sent in {f.sentence for f in free}:
                group = [f for f in free if f.sentence == sent]
                head = norm[sent[0]:group[0].fact.span[0]]
                if len(group) >= 2 and (_sim(p.indicator.metric, head) >= 0.5 or _months_apart(group, norm)
                                        or _places_apart(group, norm)):
                    extra += group
        if extra:
            out.setdefault(i, []).extend(extra)
            used |= {id(f) for f in extra}
    return out


# A clause that opens with the period its figure is for: 3月, 1-5月, 二季度, 上半年.
_CLAUSE_PERIOD = re.compile(r"\s*(?:(?P<a>1[0-2]|[1-9])\s*[-—～~至到]\s*(?P<b>1[0-2]|[1-9])月|(?P<m>1[0-2]|[1-9])月份?"
                            r"(?:当月)?|(?:第)?(?P<q>[一二三四])季度|(?P<h>上|下)半年)")


def _clause_months(f: Fact, norm: str) -> set[int] | None:
    """The months of the year a figure's clause opens with (1-5月完成35公里 → 1..5), or None."""
    m = _CLAUSE_PERIOD.match(norm[f.clause[0]:f.fact.span[0]])
    if not m:
        return None
    if m.group("a"):
        a, b = int(m.group("a")), int(m.group("b"))
        return set(range(a, b + 1)) if a <= b else None
    if m.group("m"):
        return {int(m.group("m"))}
    if m.group("q"):
        q = "一二三四".index(m.group("q"))
        return {3 * q + 1, 3 * q + 2, 3 * q + 3}
    return set(range(1, 7)) if m.group("h") == "上" else set(range(7, 13))


def _months_apart(group: list[Fact], norm: str) -> bool:
    """Figures of one sentence, each in a clause opening with its own period, the periods not overlapping
    (1月420人，2月180人…; 1-5月完成35公里，6月完成8公里): the months' figures, parts of the period's figure.
    A running total beside one of its months (1-6月…，其中6月…) overlaps, and is no such list."""
    seen: set[int] = set()
    for f in group:
        months = _clause_months(f, norm)
        if not months or months & seen or f.fact.cumulative:
            return False
        seen |= months
    return True


# The place a figure is for, just before it (城关镇完成410户, 、河口镇7个): a town, a district, a village.
_PLACE_LEAD = re.compile(rf"[、,，\s]*(?P<place>[^\d,;。，；、:：]{{1,6}}?(?:{vocab.alternation('report.place_suffix')}))"
                         rf"(?:已)?(?:{vocab.alternation('report.place_verb')})?$")


def _places_apart(group: list[Fact], norm: str) -> bool:
    """Figures of one sentence, each right after its own place (城关镇完成410户，河口镇完成380户…; 城关镇8个、
    河口镇7个已全部建成): the places' parts of the whole's figure.  Each place once, none a running total."""
    seen: set[str] = set()
    for f in group:
        start = max([g.fact.span[1] for g in group if g.fact.span[1] <= f.fact.span[0]] + [f.clause[0]])
        m = _PLACE_LEAD.fullmatch(norm[start:f.fact.span[0]])
        if not m or m.group("place") in seen or f.fact.cumulative:
            return False
        seen.add(m.group("place"))
    return True


def _value(f: ProgressFact) -> float:
    return f.value * vocab.measured_unit(f.unit, f.scale)[1]


def _target_value(t: Indicator) -> float:
    # a range is held to one end: at most the high end of a ceiling range, at least the low end otherwise
    return (t.bound() or 0.0) * vocab.measured_unit(t.unit, t.scale)[1]


def case_expected_done(expected: float) -> bool:
    """The deadline has passed (序时进度 100%)."""
    return expected >= 100


def _held(expected: float) -> str:
    """A level, a rank or a zero held: on pace until the deadline, done once it has passed."""
    return "completed" if case_expected_done(expected) else "on_track"


_SIGNED = vocab.pattern("completion.signed")
_LANDED = vocab.pattern("completion.landed")
_BRING_IN = vocab.pattern("completion.bring_in")      # 签约落地项目4个: signed and landed, brought in


def judge_indicator(part: Part, facts: list[Fact], expected: float, others: list[Fact] = (),
                    rest_moving: bool = False, taken: frozenset[int] = frozenset(),
                    rest_preparing: frozenset[tuple[int, int]] = frozenset()) -> SubTarget:
    """One indicator against the figures assigned to it (taken: ids of the figures assigned to other parts;
    rest_preparing: the sentences whose clause on the rest, with no figure, says it is only being prepared)."""
    t = part.indicator
    assert t is not None
    sub = SubTarget(target=part.text, reported=None, status=None)
    served = pattern("other_verb").search(t.metric or "")
    facts = [f for f in facts if f.role != "other" or (served and served.group(0) in f.words)]
    if not facts:
        return sub
    ev = [Evidence(f.fact.text, *f.fact.span) for f in facts]
    sub.evidence = ev
    sub.reported = "、".join(f.fact.text for f in facts)
    # 5家城市书房已完成装修 for 开放运营城市书房5家: a step of the works done, the result still ahead.
    facts = [Fact(f.fact, "underway", f.noun, f.clause, f.sentence, f.weak, f.words)
             if f.role == "done" and _step_only(f.words, t.metric or "") else f for f in facts]
    # 已完成供地780亩 for 完成年度供地1500亩: a preparatory word that is the target's own work is work done.
    facts = [Fact(f.fact, "done", f.noun, f.clause, f.sentence, f.weak, f.words)
             if f.role == "preparing" and any(m.group(0) in (t.metric or "") for m in pattern("preparing").finditer(f.words))
             else f for f in facts]
    # 另有5宗已挂牌 for 完成…出让20宗: land listed for sale is not yet sold (pending, no count).
    if pattern("land_sale").search(t.metric or ""):
        facts = [Fact(f.fact, "pending", f.noun, f.clause, f.sentence, f.weak, f.words)
                 if f.role == "done" and pattern("land_listed").search(f.words)
                 and not pattern("land_sale").search(f.words) else f for f in facts]
    # 其中已落地开工8个 for 引进…项目20个: a project landed (and started) is one brought in.
    if _BRING_IN.search(t.metric or ""):
        facts = [Fact(f.fact, "done", f.noun, f.clause, f.sentence, f.weak, f.words)
                 if f.role == "started" and _LANDED.search(f.words) else f for f in facts]
    # 均已完成签约: signed items are under way, not brought in or built, unless signing is the target.
    if "签" not in part.text:
        facts = [Fact(f.fact, "underway", f.noun, f.clause, f.sentence, f.weak, f.words)
                 if f.role == "done" and _SIGNED.search(f.words) and not _LANDED.search(f.words) else f for f in facts]
    done = [f for f in facts if f.role in ("done", "started" if part.required == "underway" else "done")
            or (f.role == "stock" and _is_level(t)) or f.role == "other"]
    if t.comparator == "<=" or t.kind == "duration" or _is_rate(t):
        done = [f for f in facts if f.role not in ("pending", "other")]     # a level or limit, not a count of work
    if _is_rate(t):
        f = (done or facts)[0]
        fv, tv = _value(f.fact), _target_value(t)
        if t.kind == "decline_rate":
            better = -fv >= tv if fv < 0 else fv >= tv
        elif t.comparator == "<=":
            better = fv <= tv
        else:
            better = fv >= tv
        # Held: on pace until the deadline, met once it has passed (失业率3.1% over the year against 3.5%以内).
        sub.status = _held(expected) if better else ("seriously_behind" if fv < 0 < tv and t.kind == "growth_rate"
                                                     else "behind")
        sub.basis = "figures"
        return sub
    tv = _target_value(t)
    level = next((g for g in done if g.role == "stock" or g.fact.cumulative), None) if _is_level(t) else None
    if level is not None and tv and t.comparator != "<=" and _value(level.fact) >= tv:
        # 总数达到800家 answered by 累计达到810家: a level reached is held (the total, not this year's gain), on
        # pace before the deadline, not done — the year may still lose it.
        c = round(100.0 * _value(level.fact) / tv, 1)
        sub.status = _held(expected)
        sub.completion_pct, sub.basis = c, "figures"
        sub.evidence, sub.reported = [Evidence(level.fact.text, *level.fact.span)], level.fact.text
        return sub
    if t.comparator == "<=" or t.kind == "duration":
        f = (done or facts)[0]
        met = _value(f.fact) <= tv
        # 最多80天 met is done; a level kept under a cap (PM2.5浓度控制在35微克以内) is held until the year is over.
        process = t.kind == "duration" or case_expected_done(expected)
        sub.status = ("completed" if process else "on_track") if met else "behind"
        sub.completion_pct = 100.0 if sub.status == "completed" else None
        sub.basis = "figures"
        return sub
    if not tv:
        return sub
    if not done:
        # Only work under way, in preparation or pending: the stage speaks, not a count.
        # Items of the same unit in the same sentence still at preparation (2个已开工, 2个处于方案设计阶段).
        roles = {f.role for f in facts} | {g.role for g in others if g not in facts and g.role == "preparing"
                                           and _unit_of(g.fact) == _unit_of(t)
                                           and any(g.sentence == f.sentence for f in facts)}
        if any(f.sentence in rest_preparing for f in facts):
            roles.add("preparing")      # 已开工12个，其余项目正在办理前期手续: the rest, no figure, only prepared
        late = expected >= threshold("half_year")
        moving = sum(_value(f.fact) for f in facts if f.role in ("underway", "started", "pending"))
        if expected >= 100 and "preparing" in roles and roles <= {"preparing", "not_started"} \
                and part.required in ("done", "underway"):
            # 3所卫生院均已完成初步设计…年内未能开工 at 31 December: the time is up with nothing begun, only prepared
            # (the labels' rule question 19).
            sub.status, sub.basis = "seriously_behind", "stage"
        elif late and "preparing" in roles and part.required == "done" and (
                pattern("result_verb").match(t.metric) or (moving < _target_value(t) and not _PROCESS_TASK.match(t.metric))):
            # 2个已开工, 2个处于方案设计阶段 for 完成…4个; 洽谈15个, 签约3个 for 引进10家: past mid-year the items
            # under way fall short and the rest are only prepared.
            sub.status, sub.basis = "behind", "stage"
        elif roles & {"underway", "started", "pending"} and "not_started" in roles and late \
                and part.required == "done":
            # 2家已完成主体施工,1家暂未开工 for 建成…3家: past mid-year an item has not begun.
            sub.status, sub.basis = "behind", "stage"
        elif roles & {"underway", "started", "pending"}:
            sub.status = "behind" if expected >= 100 and part.required == "done" else "on_track"
            sub.basis = "stage"
        elif "preparing" in roles:
            sub.status, sub.basis = ("behind" if expected >= threshold("half_year") else "on_track"), "stage"
        elif roles == {"not_started"}:
            sub.status, sub.basis = "not_started", "stage"
        return sub
    # Several figures in one list of the same unit are parts of one figure (300亩,400亩,350亩).
    cumulative = [f for f in done if f.fact.cumulative]
    plain = [f for f in done if not f.fact.cumulative]
    if cumulative and plain and _value(cumulative[0].fact) > tv * threshold("implausible_pct") / 100:
        cumulative, done = [], plain     # 已建成4个, …, 累计建成32个 for 新建10个: a running total, not the year's
    chosen = cumulative[:1] or done
    value = sum(_value(f.fact) for f in chosen) if len({f.sentence for f in chosen}) == 1 else max(
        _value(f.fact) for f in chosen)
    c = round(100.0 * value / tv, 1)
    status = by_pace(c, expected)
    # Items under way beside the done ones: assigned, or of the same unit in the same sentence (完成2个,施工8个).
    mine = {id(f.fact) for f in facts}      # (facts re-roled above are new objects of the same figures)
    # (a start counted done for a start target (开工) is not also the rest under way)
    rest = [f for f in facts if f.role in ("underway", "started", "pending") and f not in done] + [
        f for f in others if id(f.fact) not in mine and _unit_of(f.fact) == _unit_of(t)
        and (f.role in ("underway", "started") or (f.role == "pending" and id(f.fact) not in taken))
        and any(f.sentence == d.sentence for d in done)]
    # (新认定星创天地1家,另有2家已提交申报材料: a count pending beside the done ones, answering no other part, is of
    # the same items, though another part counts in 家 and it was not assigned.)
    if status in ("behind", "seriously_behind") and rest_moving and not case_expected_done(expected) \
            and len(done) == 1 and not rest:
        status = "on_track"          # 已完成3.5万平方米,其余正在施工: the rest, all of it, under way
    if status in ("behind", "seriously_behind") and rest:
        under = sum(_value(f.fact) for f in rest)
        # 已签约项目7个,其中5个已注册落地: the done items are among the signed ones, not beside them.
        under -= sum(_value(f.fact) for f in chosen if "其中" in f.words)
        # 共签约项目13个，已落地开工5个: a signed total (no 另) holds the landed ones too, as the later step of the same
        # items; only those signed and not yet landed are under way beside them.
        signed = sum(_value(f.fact) for f in rest if _SIGNED.search(f.words) and not _LANDED.search(f.words)
                     and "另" not in f.words)
        landed = sum(_value(f.fact) for f in chosen if _LANDED.search(f.words) and "其中" not in f.words)
        if signed >= landed:
            under -= landed
        # 组织企业申报技改项目45个，已竣工投产21个: a count pending before the done one in its sentence, with no 另,
        # is the total they were drawn from, holding the done ones as the signed total does.
        applied = sum(_value(f.fact) for f in rest if f.role == "pending" and "另" not in f.words
                      and any(d.sentence == f.sentence and d.fact.span[0] > f.fact.span[0] for d in chosen))
        # 已开工180户，竣工96户: a count begun before the done one in its sentence, with no 另, holds the done ones
        # the same way, the finished among the begun (其中 before the done one is taken off above).
        begun = sum(_value(f.fact) for f in rest if f.role == "started" and "另" not in f.words
                    and any(d.sentence == f.sentence and d.fact.span[0] > f.fact.span[0] and "其中" not in d.words
                            for d in chosen))
        if (applied >= value or begun >= value) and not (landed and signed >= landed):
            under -= value
        if value + under >= tv and not case_expected_done(expected):
            status = "on_track"      # some done and every other item under way
    # 完成1.15万亩，剩余0.05万亩推迟至明年春季: a share of the year's count put off to next year is not done this year.
    if status in ("on_track", "ahead") and value < tv and any(
            f.role == "not_started" and _NEXT_YEAR.search(f.words) and _unit_of(f.fact) == _unit_of(t)
            for f in list(facts) + list(others)):
        status = "behind"
    sub.status, sub.completion_pct, sub.basis = status, c, "figures"
    return sub


_PREP_OBJECT = re.compile("|".join(vocab.words("stage.preparatory_object")))
_NEXT_YEAR = vocab.pattern("forecast.next_year")
# 征迁安置房, 拆迁安置小区: a preparation word before 安置 names the housing of those moved, a thing to build or hand
# over (words.toml stage.resettled), not the preparation itself.
_RESETTLED = re.compile(f"(?:{'|'.join(vocab.words('stage.preparatory_object'))})(?=(?:{vocab.alternation('stage.resettled')}))")


def _task_prep(text: str) -> re.Match | None:
    """A preparatory object in a task's words (完成…方案设计, 前期工作), not one inside the name of housing for those
    moved (完成征迁安置房分配)."""
    return _PREP_OBJECT.search(_RESETTLED.sub(lambda m: "·" * len(m.group(0)), text))


# 完成城东污水处理厂扩建项目前期工作: the preparation of a project named at length, at the end of the verb's clause.
_PREP_WHOLE = re.compile(r"[^,;。，；、]{0,24}?前期" f"(?:{vocab.alternation('stage.preparation_whole')})")


def _task_prep_after(task_text: str, end: int) -> re.Match | None:
    """A preparatory object right after a task's result verb (ending at ``end``): within its next twelve characters,
    or the project's 前期工作 closing the verb's clause however long the project's name."""
    return _task_prep(task_text[end:end + 12]) or _PREP_WHOLE.match(task_text, end)


# 主体工程已完工: the shell is done, the work is not (fitting-out follows).
_SHELL_DONE = re.compile(f"主体[^,;。，；]{{0,6}}?(?:{vocab.alternation('completion.finish')})")


# An event held, a policy issued, a facility opened (已于4月顺利举办, 已正式印发实施, 已开通运营): done.
_DONE_EVENT = _quick(re.compile(r"(?:已(?:于[^,;。，；]{1,8}?)?(?:由[^,;。，；]{1,10}?)?"
                         f"(?:{vocab.alternation('completion.manner')})?"
                         r"|(?:于[^,;。，；]{1,8}?)?" f"(?:{vocab.alternation('completion.event_manner')}))"
                         f"(?:{vocab.alternation('completion.opened')})"
                         r"|已通过[^,;。，；]{0,6}?验收"
                         r"|(?:全面|全部|已经?|均已)结束"
                         r"|(?<!待)(?<!申请)获[^,;。，；]{0,12}?" f"(?:{vocab.alternation('completion.granted')})"
                         f"|(?:{vocab.alternation('completion.approved_manner')})获批"
                         f"|已(?:正式)?(?:{vocab.alternation('completion.set_up')})"
                         f"|(?:{vocab.alternation('completion.event_ended_manner')})(?:{vocab.alternation('completion.event_ended')})"
                         f"|{vocab.alternation('completion.event_ended_alone')}"
                         f"|(?<!待)(?<!提交)审议通过|并(?:正式)?(?:{vocab.alternation('completion.issued')})"
                         f"|{vocab.alternation('completion.issued_phrase')}"))
# A task that is an event (举办…节, 召开…大会): held is done.
_EVENT_TASK = vocab.pattern("completion.event_task")
_EVENT_DONE = _quick(re.compile(f"(?:已|{vocab.alternation('completion.event_manner')})[^,;。，；]{{0,8}}?"
                                f"(?:{vocab.alternation('completion.event_held')})"
                                f"|(?:{vocab.alternation('completion.event_ended_manner')})"
                                f"(?:{vocab.alternation('completion.event_ended')})"
                                f"|{vocab.alternation('completion.event_ended_alone')}"))


# 于9月18日至20日在我市举行: an event dated on or before the report's day, said without 已, was held (将于/计划于 are
# forecasts, set aside by the case's forecast spans).
_EVENT_DATED = re.compile(r"于(?P<month>1[0-2]|[1-9])月(?:(?P<day>[1-3]?\d)[日号])?(?:[至到—-](?:1[0-2]|[1-9]月)?[1-3]?\d[日号])?"
                          f"[^,;。，；]{{0,12}}?(?:{vocab.alternation('completion.event_held')})")


# 于8月正式上线运行 (no 已): a facility opened at a date on or before the report's day.
_OPENED_DATED = re.compile(r"(?:已经?)?于(?P<month>1[0-2]|[1-9])月(?:(?P<day>[1-3]?\d)[日号])?(?:份|底|初|中旬|上旬|下旬)?"
                           f"(?:{vocab.alternation('completion.manner')})?(?:{vocab.alternation('completion.opened')})")
# The subject a clause opens with, before its stage words (南区消防站|正在进行用地报批, 西溪污水处理厂|因征地…;
# 平台|已完成开发和部署).
_SUBJECT_END = vocab.pattern("report.subject_end")


def _opened_later(case, norm: str, s: int, e: int) -> tuple[re.Match, int, int, str] | None:
    """After a done clause (s, e) that names its subject (平台已完成开发和部署), a later clause of the same sentence with
    no subject of its own saying the object opened (于8月正式上线运行 at 30 September, 已正式上线运行): the opening, the
    clause and the first clause's subject."""
    head = _SUBJECT_END.search(norm, s, e)
    subject = re.sub(r"[\W\d]", "", norm[s:head.start()]) if head else ""
    if len(subject) < 2:
        return None
    for a, b in _spans(_CLAUSE, norm):
        if a < e or case.in_forecast(a):
            continue
        if re.search(r"[。；;]", norm[e:a]):
            break
        clause = norm[a:b]
        lead = len(clause) - len(clause.lstrip())
        m = _DONE_EVENT.match(clause, lead)
        if m is None and case.as_of is not None:
            d = _OPENED_DATED.match(clause, lead)
            if d and (int(d.group("month")), int(d.group("day") or 1)) <= (case.as_of.month, case.as_of.day):
                m = d
        if m:
            return m, a, b, subject
    return None


def _event_held_dated(case, text: str, offset: int = 0) -> re.Match | None:
    if case.as_of is None:
        return None
    for m in _EVENT_DATED.finditer(text):
        month, day = int(m.group("month")), int(m.group("day") or 1)
        if (month, day) <= (case.as_of.month, case.as_of.day) and not case.in_forecast(offset + m.start()):
            return m
    return None


# 已完成序时进度 / 达到序时进度要求: the unit says it is on pace (a claim), nothing is finished.
_PACE_MET = re.compile(f"(?:{vocab.alternation('pace.met_verb')})(?:了)?(?:{vocab.alternation('pace.schedule_word')})")


_WORKS_DONE = vocab.pattern("report.works_done")
_REMAINING = vocab.pattern("report.remaining")
_PROCESS_VERB = vocab.pattern("report.process_verb")
_FINISHED_WORKS = vocab.pattern("completion.finished_works")
_DONE_OR_FINISHED = _quick(re.compile(f"(?<!未)(?<!基本)(?<!初步)(?:完成(?!{vocab.alternation('completion.noun_after')})"
                                      f"|{_FINISHED_WORKS.pattern})"))
_IN_USE = vocab.pattern("completion.in_use")
_BEGUN = vocab.pattern("stage.begun")
_IN_USE_OR_ACCEPTED = re.compile(f"{_IN_USE.pattern}|通过[^,;。，；]{{0,4}}?验收|验收合格")
_ACCEPTANCE_PENDING = re.compile(f"未(?:{vocab.alternation('completion.acceptance_verb')})" r"[^,;。，；]{0,4}?验收|正在[^,;。，；]{0,6}?"
                                 f"(?:{vocab.alternation('report.acceptance_pending')})" r"[^,;。，；]{0,4}?验收")


_RESTATED = re.compile(r"[^,;。，；]{0,6}?(?:已)?" f"(?:{vocab.alternation('task.restated_verb')})"
                       f"(?:了)?(?:{vocab.alternation('task.restated_scope')})(?:{vocab.alternation('task.work_noun')})")
_PART_OF_YEAR = re.compile(rf"{vocab.alternation('time.part_of_year')}|1[-—至]\d{{1,2}}月")
_THE_REST = vocab.alternation("report.the_rest")
# (compiled once: SubTargets and StageAgainstDeadline ask of every clause whether it opens on the rest)
_REST_OPENS = re.compile(rf"\s*(?:{_THE_REST})")
_REST_OR_OTHER_OPENS = re.compile(rf"\s*(?:{_THE_REST}|另外?)")
_OTHER_ITEMS = vocab.alternation("report.other_items")
# A clause opened by a count of items (但2个镇的项目…尚未启动; 其中3个村…尚未动工): some of the items, not begun.
_COUNT_NOT_BEGUN = re.compile(rf"\s*(?:{vocab.alternation('report.some_items_lead')})?(?:\d+|[一两二三四五六七八九十]{{1,3}})"
                              f"(?:{vocab.alternation('report.item_unit', 'report.item_place')})")
_REST_NAMED = re.compile(rf"(?:{_THE_REST})|另有|仍在")


# 98个行政村已全部实施…，实现全覆盖: a bare clause after the items done, the coverage reached (with a 基本, 力争 or
# an object of its own it is no such clause).
_COVERAGE_REACHED = re.compile(r"\s*(?:并|均)?实现了?全(?:面)?覆盖\s*")
_BOOK_TITLE = re.compile(r"《[^《》]{1,60}》")


# 已实现常态化开展, 形成常态长效机制: a routine reached — recurring work that goes on (实现 is no completion here).
_ROUTINE = re.compile(f"(?:{vocab.alternation('status.routine_verb')})(?:了)?(?:{vocab.alternation('status.routine')})")


@lru_cache(maxsize=8192)
def clause_stage(clause: str) -> str | None:
    """The stage one progress clause reports: done, nearly_done, underway, preparing, not_started or None.
    Cached: the rules ask it of a row's clauses again and again."""
    if _NOT_YET.search(clause):
        return "not_started"
    if _PACE_MET.search(clause):
        return "underway"        # 已完成序时进度: on pace, not done
    if _OPENED_DATED.match(clause.strip()):
        return "done"            # 于8月正式上线运行 (no 已): opened at that date (a forecast's date is set aside by its span)
    if _RESTATED.fullmatch(clause.strip()):
        return "active"          # 已启动相关工作: a verb with no object of its own is the task restated
    if pattern("nearly_done").search(clause) or _SHELL_DONE.search(clause):
        # 设计方案调研基本完成: preparation nearly done is still preparation.
        if _PREP_OBJECT.search(clause) and not _WORKS_DONE.search(clause):
            return "preparing"
        return "nearly_done"
    if _REMAINING.search(clause):
        return "underway"
    if _ROUTINE.search(clause):
        return "underway"        # 巡河工作已实现常态化: work made routine goes on, it is not finished
    if _ACCEPTANCE_PENDING.search(clause):
        return "nearly_done"     # 尚未完成竣工验收, 正在办理竣工验收手续: the work done, its acceptance pending
    done = pattern("completion_statement").search(clause) or _DONE_EVENT.search(clause) or _DONE_OR_FINISHED.search(
        clause) or _COVERAGE_REACHED.fullmatch(clause)
    # 完成设计 / 初步设计已完成: finishing a preparatory object is preparation (a document's own title, 《工作方案》已印发,
    # is the document itself, not its preparation).
    untitled = _BOOK_TITLE.sub(lambda m: "《" + "·" * (len(m.group(0)) - 2) + "》", clause)
    # (交付方案已报审定: a finishing word right before a preparatory object names the plan, not work finished)
    if done and not (_PREP_OBJECT.search(untitled[max(0, done.start() - 6):]) and not _FINISHED_WORKS.search(clause)
                     or _PREP_OBJECT.match(untitled, done.end())):
        # 已圆满完成上半年征兵任务: the half year's share done, not the year's task.
        return "underway" if _PART_OF_YEAR.search(clause) else "done"
    if _STRONG_UNDERWAY.search(clause):
        return "underway"
    if pattern("preparing").search(clause) or done:
        return "preparing"
    if pattern("pending").search(clause) or pattern("underway").search(_CONSTRUCTION_PAPERS.sub("", clause)) or _BEGUN.search(
            clause):
        return "underway"
    if _PROCESS_VERB.search(clause):
        return "active"          # a process verb: under way, but no more than the task restated
    return None


_DONE_WORD = vocab.pattern("completion.finish")
_GENERIC_OBJECT = _quick(re.compile(f"[并和及]?(?:{vocab.alternation('completion.generic_object')}|(?:通过)?验收)"))


_WORK_STEP = vocab.pattern("stage.work_step")
_RESULT_REACHED = vocab.pattern("completion.result_reached")


def _step_only(clause: str, target: str) -> bool:
    """A clause done only as far as a step of the works the target does not name (5家已完成装修 for 开放运营
    城市书房5家; 路基施工已完成 for 建成…道路: judging.toml words.works_begun/works_main too): the work nearly
    done, not its result."""
    m = _WORK_STEP.search(clause) or pattern("works_main").search(clause) or pattern("works_begun").search(clause)
    return bool(m) and m.group(0) not in target and not _RESULT_REACHED.search(clause)


def _other_object(clause: str, target: str = "") -> bool:
    """A done clause whose verb has an object of its own after it (完成机房装修), not a bare 已全面完成 nor the
    task's own object (已完成全部成果转化工作 for 完成…普查成果转化)."""
    m = _DONE_WORD.search(clause)
    if not m:
        return False
    rest = _GENERIC_OBJECT.sub("", _NON_WORD_OR_DIGIT.sub("", clause[m.end():]))
    return len(rest) >= 2 and not (target and rest in target)


# Subjects every task shares (工程, 项目, 改革): naming one says nothing of which part.
_GENERIC_SUBJECTS = frozenset(vocab.words("task.generic_subject"))
_PLAN_APPROVED = re.compile(f"(?:{vocab.alternation('completion.plan_object')})[^,;。，；]{{0,12}}?"
                            f"(?:{vocab.alternation('completion.plan_approved')})")


_RESULT_VERB_LEAD = re.compile(r"^(?:" + "|".join(words("result_verb")) + f")(?:{vocab.alternation('task.verb_work_noun')})?")


_BUILT = re.compile(f"已(?:{vocab.alternation('report.all_of')})?(?:{vocab.alternation('completion.built')})")
# A plan or design drawn up (已拟定, 已编制完成): for a part that is itself one, its work done.
_PLAN_DRAWN = vocab.pattern("completion.plan_drawn")


_GENERIC_HEADS = frozenset(vocab.words("task.generic_head")) | _GENERIC


def _measure_head(part: Part) -> str:
    """The head noun of a measure's name, its last two characters (新增城市路灯 → 路灯), unless every task has it."""
    if part.indicator is None:
        return ""
    name = _NOT_CJK.sub("", part.indicator.metric or "")
    head = name[-2:]
    return head if len(head) == 2 and head not in _GENERIC_HEADS and head not in _GENERIC_SUBJECTS else ""


# 新大楼已完成竣工验收: the works accepted as finished — the building built (not yet in use).
_BUILT_ACCEPTED = re.compile(f"(?:{vocab.alternation('completion.acceptance_verb')})" r"[^,;。，；]{0,2}?竣工验收")


# A step of the works a part may itself ask for (完成主体结顶, 年底前封顶, 主体完工): reached, it is the part done.
_STEP_REACHED = re.compile(f"(?<!未)(?<!未能)(?:{vocab.alternation('stage.topped_out')})")

_DAY = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:[至到—-](?:\d{1,2}月)?\d{1,2}[日号])?")


_WORKS_RESULT = vocab.pattern("stage.works_result")


def _own_prep_finished(clause: str, part_text: str, task_text: str) -> bool:
    """A clause that finishes a preparatory object (方案设计已完成, 项目招标已完成, 已完成选址) every one of whose
    preparatory words the part names itself (完成…方案设计, 完成…项目招标, 完成…选址), in a task with no works to start
    or build: the part is that step, done — not a draft (初稿, 征求意见稿), nor another step (已完成可研编制 for
    完成…前期工作)."""
    if not _DONE_OR_FINISHED.search(clause) or _NOT_YET.search(clause) or _PLAN_DRAFT.search(clause) \
            or _WORKS_RESULT.search(task_text):
        return False      # (…完成设计，10月底前全部开工: a task to start or build is more than its preparation)
    objects = [m.group(0) for m in _PREP_OBJECT.finditer(clause)]
    return bool(objects) and all(o in part_text for o in objects)


def _clause_stage(case: Case, part: Part) -> tuple[str | None, Evidence | None]:
    """The stage the progress reports for a clause part: the most advanced of the clauses naming its object."""
    norm = for_parsing(case.progress)
    target = _RESULT_VERB_LEAD.sub("", part.text)
    best: tuple[int, str, tuple[int, int]] | None = None
    rank = {"not_started": 0, "preparing": 1, "underway": 2, "nearly_done": 3, "done": 4}
    # A task of one part and a report of one sentence: the report speaks of that part (项目已全面完成).
    lone = len(case.parts) == 1 and len(_spans(_SENTENCE, norm)) == 1 and not case.facts
    others = [_RESULT_VERB_LEAD.sub("", p.text) for p in case.parts if p is not part]
    sentences = _spans(_SENTENCE, norm)
    named: tuple[int, int] | None = None      # the sentence whose earlier clause named the part
    head = _measure_head(part)
    if head and any(head in o for o in others):
        head = ""
    for s, e in _spans(_CLAUSE, norm):
        if case.in_forecast(s):
            continue
        clause = norm[s:e]
        sent = next((x for x in sentences if x[0] <= s < x[1]), None)
        subject = _GENERIC_OBJECT.sub("", _NON_WORD_OR_DIGIT.sub("", _CLAUSE_SUBJECT_END.split(clause)[0]))
        if len(subject) >= 2 and subject in target and subject not in _GENERIC_SUBJECTS and not (
                clause_stage(clause) == "done" and _other_object(clause, target)
                and not (_BUILT_ACCEPTED.search(clause) and not pattern("use_target").search(case.task_text))):
            clause = target + clause     # 整治工作已全面完成: its subject is the part's own object
        elif others and subject in _GENERIC_SUBJECTS and subject in target and not any(subject in o for o in others) \
                and not _DIGIT.search(clause) and not _other_object(clause, target):
            clause = target + clause     # 工程已全面完工 for 完成…提标工程 beside 受益人口…: the one part a 工程
        elif head and head in clause and not _DIGIT.search(_DAY.sub("", clause)):
            # 新增路灯工程正在招标 for 新增城市路灯1000盏: the measure's head noun names it (a date, 已于9月1日正式开园,
            # is no figure)
            clause = target + clause
        if _sim(target, clause) >= 0.5:
            named = sent
        elif named == sent and not any(_sim(o, clause) >= 0.5 for o in others) and (
                _SUBJECTLESS_PART.match(clause) or _OPENED_DATED.match(clause.strip())):
            # 区妇幼保健院已完成施工招标,6月底进场; 平台已完成系统部署,于7月正式上线运行: a clause with no subject of
            # its own goes on about the part.
            opened = _OPENED_DATED.match(clause.strip())
            if opened and case.as_of is not None and (int(opened.group("month")), int(opened.group("day") or 1)) > (
                    case.as_of.month, case.as_of.day):
                continue         # (opened at a date after the report's: not yet)
            clause = target + clause
        # 目前主体施工至第11层 for 完成主体结顶: the main works still going on answer a part that names a later step
        # of the works ladder, when no other part is named there.
        ladder = _sim(target, clause) < 0.5 and bool(pattern("works_finishing").search(target)) and bool(
            pattern("works_main").search(clause)) and not any(_sim(o, clause) >= 0.5 for o in others)
        if _sim(target, clause) < 0.5 and not lone and not ladder:
            continue
        st = clause_stage(clause)
        if st == "done" and _PLAN_DRAFT.search(clause):
            st = "underway"      # 细则征求意见稿已完成 for 出台…细则: a draft of the document done, the document still ahead
        if st in (None, "preparing") and _PREP_OBJECT.search(part.text) and _PLAN_DRAWN.search(clause) \
                and not _PLAN_DRAFT.search(clause):
            st = "done"          # 规划已拟定 for 完成…规划编制: the plan the part is, drawn up
        period = _PART_OF_YEAR.search(clause)
        if st == "underway" and period and period.group(0) in case.task_text \
                and clause_stage(clause.replace(period.group(0), "")) == "done":
            st = "done"          # 上半年征兵任务已圆满完成 for 上半年完成征兵任务: the period the task is due in
        reached_start = lone and part.required == "underway" and st == "underway"
        if st is None or (_sim(target, clause) < 0.5 and st not in ("done", "nearly_done") and not reached_start
                          and not ladder):
            continue
        if st == "done" and _sim(target, clause) < 0.5 and _other_object(clause, target):
            st = "underway"      # 完成机房装修 for 建成数据中心: a step of the work, not the work
        if st == "active":
            st = "underway"
        step = _STEP_REACHED.search(clause) if st == "nearly_done" else None
        if step and step.group(0) in part.text:
            st = "done"          # 主体已结顶 for 完成主体结顶: the part is that step of the works, and it is reached
        if st == "nearly_done" and _BUILT.search(clause) and pattern("use_step").search(clause) \
                and not pattern("use_target").search(part.text):
            st = "done"          # 平台已建成并试运行 for 建成…平台: built; the trial run toward use is what follows
        if st == "done" and _step_only(clause, part.text):
            st = "nearly_done"   # 新址装修工程已完成 for 完成…搬迁: a step of the works, the result still ahead
        if st == "done" and _PLAN_APPROVED.search(clause) and not _PREP_OBJECT.search(part.text):
            st = "preparing"     # 重组方案已经区委常委会审议通过 for 完成…整合重组: the plan, not the work
        if st == "done" and _survey_done(norm[s:e]) and _SURVEY_REMEDY.search(part.text):
            st = "underway"      # 隐患排查已经结束 for 完成…隐患排查整治: the survey, the task's first step, done
        if st == "preparing" and part.indicator is None and _own_prep_finished(clause, part.text, case.task_text):
            st = "done"          # 方案设计已完成 for 完成…方案设计: the step the part is, finished
        if st == "preparing" and _PREP_OBJECT.search(part.text):
            st = "underway"      # the part is itself a plan or design: drafting it is the work
        if st == "preparing" and _DOCUMENT_TASK.search(part.text) and _DONE_OR_ALREADY.search(clause):
            st = "done"          # 完成城市体检评估工作: the report compiled and sent is the work done
        if best is None or rank[st] > rank[best[1]]:
            best = (rank[st], st, (s, e))
    if best is None:
        return None, None
    s, e = best[2]
    if best[1] == "done" and _phase_left(case, norm, s, e):
        return "underway", Evidence(case.progress[s:e], s, e)     # 一期已建成投产,二期设备正在安装: one phase
    if best[1] == "done" and _ACCEPTANCE_PENDING.search(norm) and not _IN_USE_OR_ACCEPTED.search(norm[s:e]):
        return "nearly_done", Evidence(case.progress[s:e], s, e)    # 已完工, 正在办理竣工验收: not yet done
    if best[1] == "done" and _moving_in(case, norm, part.text, (s, e)):
        return "nearly_done", Evidence(case.progress[s:e], s, e)    # 已通过竣工验收,正在进行搬迁: not yet in use
    return best[1], Evidence(case.progress[s:e], s, e)


_PHASE = re.compile(r"[一二三四五六七八九首]期")


def _phase_left(case: Case, norm: str, s: int, e: int) -> bool:
    """The clause that says done names a phase (一期) the task does not, and another clause names another
    phase still under way, in preparation or not begun (二期设备正在安装): one phase of the task done."""
    m = _PHASE.search(norm[s:e])
    if not m or m.group(0) in case.task_text:
        return False
    for a, b in _spans(_CLAUSE, norm):
        other = _PHASE.search(norm[a:b])
        if (a, b) != (s, e) and other and other.group(0) != m.group(0) and other.group(0) not in case.task_text \
                and not case.in_forecast(a) and clause_stage(norm[a:b]) in ("underway", "preparing", "not_started",
                                                                            "nearly_done"):
            return True
    return False


def _moving_in(case: Case, norm: str, target: str, done: tuple[int, int]) -> bool:
    """A target asking for the thing in use (建成投用, 开放运营) whose done clause does not say it is in use, beside
    another clause with a step toward use still going on (正在进行搬迁, 试运行中) or forecasting the use (计划7月投入使用):
    the works done, the use not yet."""
    if not pattern("use_target").search(target) or pattern("use_target").search(norm[done[0]:done[1]]):
        return False
    return any((a, b) != done and not case.in_forecast(a) and pattern("use_step").search(norm[a:b])
               and clause_stage(norm[a:b]) in ("underway", "nearly_done") for a, b in _spans(_CLAUSE, norm)) or any(
        # 已竣工验收，计划7月1日正式投入使用: the use itself still forecast
        (a, b) != done and case.in_forecast(a) and pattern("use_target").search(norm[a:b]) for a, b in _spans(_CLAUSE, norm))


# A task whose object is a document, an assessment or a survey (完成城市体检评估工作, 完成…普查): finishing
# its report is finishing the task, not preparation for it.
_DOCUMENT_TASK = vocab.pattern("task.document")
# 修订…考核办法: a written rule's draft out for comment is the work itself under way.
_WRITTEN_RULE = vocab.pattern("task.written_rule")


def _rest_under_way(case: Case) -> bool:
    """A clause of the report, not a plan, opened by the rest (其余11户正在整治, 其余正在施工) whose stage is under way
    or nearly done."""
    norm = for_parsing(case.progress)
    return any(_REST_OPENS.match(norm[a:b]) and not case.in_forecast(a)
               and clause_stage(norm[a:b]) in ("underway", "nearly_done") for a, b in _spans(_CLAUSE, norm))


def judge_clause(case: Case, part: Part) -> SubTarget:
    sub = SubTarget(target=part.text, reported=None, status=None)
    if part.required == "event":
        return _judge_event(case, part, sub)
    stage, ev = _clause_stage(case, part)
    if stage is None or ev is None:
        return sub
    sub.reported, sub.evidence = ev.text, [ev]
    reached = stage == "done" or (part.required == "underway" and stage in ("underway", "nearly_done"))
    covered = _COVERED_OF_WHOLE.search(for_parsing(case.progress), ev.start, ev.end) \
        if stage == "done" and "全覆盖" not in case.task_text else None
    if covered and 0 < float(covered.group("part")) < float(covered.group("whole")):
        # 全市1260个物业小区中已有1010个完成划线 for 完成全市物业小区…划线: the part of the whole done is the part's
        # completion against 序时进度, not the whole done (a 全覆盖 task is a level: OwnWorkload).
        c = round(100.0 * float(covered.group("part")) / float(covered.group("whole")), 1)
        sub.status, sub.basis, sub.completion_pct = by_pace(c, case.expected), "figures", c
        if sub.status in ("behind", "seriously_behind") and case.expected < 100 and _rest_under_way(case):
            sub.status = "on_track"     # the rest all under way (其余正在施工): on pace, as for items (rule question 4)
    elif reached:
        sub.status, sub.basis = "completed", "statement"
    elif stage in ("underway", "nearly_done"):
        # The deadline passed with the work still under way (year end, 主体已结顶): behind.
        sub.status = "behind" if case.expected >= 100 and part.required == "done" else "on_track"
        sub.basis = "stage"
        late = works_late(case, for_parsing(case.progress)) if part.required == "done" and _one_project(case) \
            and not _PREP_OBJECT.search(part.text) else None
        if late:
            a, b = late[1]      # 主体结构施工至第8层 at 30 November for 建成投用…: the works short of their step
            sub.status, sub.reported, sub.evidence = "behind", case.progress[a:b], [Evidence(case.progress[a:b], a, b)]
    elif case.expected >= 100 and part.required in ("done", "underway") and not (
            _PREP_OBJECT.search(case.task_text) or _WRITTEN_RULE.search(case.task_text)):
        # 3月底前启动…: 尚未启动，正在重新论证方案 at 30 June — the part's deadline passed with nothing begun, only
        # prepared or not begun in words, is missed outright (the labels' rule question 19).  Not when the task's
        # product is itself a plan or a written rule (完成方案编制并报审定, 修订…办法): its draft and consultation are
        # that work begun, so a step still ahead of it is behind (rule question 18).
        sub.status, sub.basis = "seriously_behind", "stage"
    elif stage == "preparing":
        sub.status = "behind" if case.expected >= threshold("half_year") else "on_track"
        sub.basis = "stage"
    else:
        sub.status, sub.basis = "not_started", "stage"
    return sub


def _judge_event(case: Case, part: Part, sub: SubTarget) -> SubTarget:
    """An event part by the clause that names it: held is done, cancelled not begun, otherwise (preparing,
    put off to later in the year) on pace until the year is over; no clause names it, no fact."""
    norm = for_parsing(case.progress)
    name = _content_bigrams(_EVENT_TASK.sub("", part.text))
    for a, b in _spans(_CLAUSE, norm):
        clause = norm[a:b]
        if len(_content_bigrams(clause) & name) < 2:
            continue
        sub.reported, sub.evidence, sub.basis = case.progress[a:b], [Evidence(case.progress[a:b], a, b)], "statement"
        if (_EVENT_DONE.search(clause) and not case.in_forecast(a)) or _event_held_dated(case, clause, a):
            sub.status = "completed"
        elif pattern("cancelled").search(clause) or _ITEM_CANCELLED.search(clause):
            sub.status = "not_started"
        else:
            sub.status, sub.basis = ("behind" if case.expected >= 100 else "on_track"), "stage"
        return sub
    return sub


def combine(subs: list[SubTarget], expected: float) -> tuple[str, float | None, list[str]]:
    """Worst part decides; completed (or ahead) only when every part is answered; completion the mean."""
    answered = [s for s in subs if s.status]
    flags = ["part_without_fact"] * (len(subs) - len(answered))
    statuses = [s.status for s in answered]
    if all(s == "not_started" for s in statuses) and len(answered) == len(subs):
        status = "not_started"      # (a part not begun beside parts unreported is no task not begun)
    else:
        statuses = ["behind" if s == "not_started" and expected >= threshold("half_year") else
                    ("on_track" if s == "not_started" else s) for s in statuses]
        status = max(statuses, key=lambda s: SEVERITY[s])
        if status == "completed" and any(s == "ahead" for s in statuses):
            status = "ahead"
        if status in ("completed", "ahead") and len(answered) < len(subs):
            status = "on_track"      # a part without a fact caps the task at on pace
    pcts = [min(100.0, s.completion_pct if s.completion_pct is not None else 100.0)
            for s in answered if s.completion_pct is not None or s.basis == "statement" and s.status == "completed"]
    has_figures = any(s.basis == "figures" and s.completion_pct is not None for s in answered)
    completion = round(sum(pcts) / len(pcts), 1) if pcts and has_figures else None
    if len(subs) == 1 and answered and answered[0].completion_pct is not None:
        completion = answered[0].completion_pct     # one part: its own figure, over 100 where it is
    return status, completion, flags


# --- the rules ---------------------------------------------------------------------------------

class RuleObject:
    """What a status rule and a flag check share: the options judging.toml configures it with, its
    name (the class's) and its help text."""

    help_text = ""

    def __init__(self, **options):
        self.options = options

    @property
    def name(self) -> str:
        return type(self).__name__

    def get_help_text(self) -> str:
        return self.help_text


class StatusRule(RuleObject):
    """A status rule: ``judge(case)`` gives an Outcome, or None when the rule does not apply."""

    def judge(self, case: Case) -> Outcome | None:   # pragma: no cover - every rule overrides it
        raise NotImplementedError


def _pace_words(status: str, expected: float) -> str:
    e = _fmt(expected)
    return {"completed": "已完成目标", "ahead": f"超过序时进度{e}%", "on_track": f"与序时进度{e}%相当",
            "behind": f"低于序时进度{e}%", "seriously_behind": f"不足序时进度{e}%的一半"}.get(status, "")


_FRACTION = re.compile(r"完成[^,;。，；\d]{0,10}?" f"(?:{vocab.alternation('task.whole_noun')})" r"(?:量)?的(一半|([二三四五六七八九十])分之([一二三四五六七八九]))")
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九十", 0)} | {"两": 2}
# Done over the target written as a fraction (12/20, 完成3/8), the denominator the task's own figure.
_RATIO = _quick(re.compile(r"(?<![\d./\-年月])(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)(?![\d./%年月日号])"), digits=True)
# 已完成年度任务的七成 / 已完成近九成 / 已完成两成 / 已完成过半: a share in tenths, or past half, written in words.
_TENTHS = re.compile(r"完成(?:[^,;。，；\d]{0,10}?" f"(?:{vocab.alternation('task.whole_noun')})" r"(?:量)?的)?"
                     f"(?:{vocab.alternation('figure.share_hedge')})?" r"(?:([一二三四五六七八九两])成(?![效果员立本品交])|过半)")


def _paced(case: Case, completion: float, what: str, evidence: list[Evidence]) -> Outcome:
    """A completion share of the task's own work against 序时进度, basis figures, the reason saying what it is."""
    status = by_pace(completion, case.expected)
    return Outcome(status, completion, "figures", f"{what}，{_pace_words(status, case.expected)}", evidence)


class StatedRate(StatusRule):
    help_text = ("The report states its own completion rate (完成率45%, 完成年度任务的60%): compared with "
                 "序时进度 (±band points on pace, under serious_share of the pace seriously behind).  On a task "
                 "of several measures, a rate stated in the sentence of one measure (its figure or its name) "
                 "while others are reported apart answers that measure alone: the parts are judged as "
                 "SubTargets judges them, the rate standing for its measure where no figure of it does.")

    def judge(self, case):
        r = case.row
        frac = _FRACTION.search(for_parsing(case.progress))
        if r.stated_pct is None and frac and not case.in_forecast(frac.start()):
            # 已完成全年任务的一半 / 三分之一: a share written in words.
            c = 50.0 if frac.group(1) == "一半" else round(100.0 * _CN_DIGIT.get(frac.group(3), 0) / max(
                1, _CN_DIGIT.get(frac.group(2), 1)), 1)
            a, b = frac.span()
            return _paced(case, c, f"报告完成{frac.group(1)}（{_fmt(c)}%）", [Evidence(case.progress[a:b], a, b)])
        if r.stated_pct is None and not case.numeric:
            for f in case.facts:
                m = f.fact
                share = _SHARE_DONE.search(for_parsing(case.progress)[f.clause[0]:m.span[0]])
                if vocab.is_rate(m.unit) and share and 0 < m.value <= 100 and f.role == "done" \
                        and not case.in_forecast(m.span[0]) and m.span[1] >= f.clause[1] - 1 \
                        and len(_content_bigrams(share.group(1)) & _content_bigrams(case.task_text)) >= 2:
                    # 累计完成管网改造35% for 完成全区农村供水管网改造: the share of the task's own work done.
                    c = round(m.value, 1)
                    return _paced(case, c, f"报告{m.metric}{_fmt(c)}%", [Evidence(m.text, *m.span)])
        ratio = next((m for m in _RATIO.finditer(for_parsing(case.progress)) if not case.in_forecast(m.start())
                      and 0 < float(m.group(1)) <= float(m.group(2))
                      and any(t.value == float(m.group(2)) for t in case.numeric)), None)
        if r.stated_pct is None and ratio:
            # 12/20, 完成3/8 for a target of 20, of 8: done over the target.
            c = round(100.0 * float(ratio.group(1)) / float(ratio.group(2)), 1)
            a, b = ratio.span()
            return _paced(case, c, f"报告完成{ratio.group(0)}（{_fmt(c)}%）", [Evidence(case.progress[a:b], a, b)])
        tenths = _TENTHS.search(for_parsing(case.progress))
        if r.stated_pct is None and tenths and not case.in_forecast(tenths.start()):
            c = 10.0 * _CN_DIGIT[tenths.group(1)] if tenths.group(1) else 50.0
            a, b = tenths.span()
            return _paced(case, c, f"报告{case.progress[a:b]}（约{_fmt(c)}%）", [Evidence(case.progress[a:b], a, b)])
        if r.stated_pct is None or (r.stated_pct_span and case.in_forecast(r.stated_pct_span[0])):
            return None
        c = round(r.stated_pct, 1)
        s, e = r.stated_pct_span or (0, 0)
        norm = for_parsing(case.progress)
        shares = [(v, sp) for v, sp in stated_shares(norm) if not case.in_forecast(sp[0])
                  and "其中" not in norm[max(0, sp[0] - 12):sp[0]]]
        if not case.numeric and len(shares) >= 2:
            # 湘湖三期…占年度计划的76%;白马湖二期…仅占年度计划的41%: several projects of a task with no number
            # of its own, each its share of its plan; the worst decides, as between parts.
            v, (s, e) = min(shares, key=lambda x: x[0])
            c = round(v, 1)
            return _paced(case, c, f"报告各项目完成率中最低为{_fmt(c)}%", [Evidence(case.progress[s:e], s, e)])
        return self._one_part(case, c, s, e) or _paced(case, c, f"报告完成率{_fmt(c)}%",
                                                         [Evidence(case.progress[s:e], s, e)])

    @staticmethod
    def _one_part(case: Case, c: float, s: int, e: int) -> Outcome | None:
        """A share stated in the sentence of one measure of a task of several, the others reported apart
        (合同利用外资0.52亿美元;实际利用内资16.3亿元，完成全年目标的54.3%; 河道治理已完成总工程量的60%;3座泵站中1座已完工…):
        the share answers that measure alone, and the parts are judged as SubTargets judges them, the share
        standing for its part where no figure of that part does."""
        if len(case.parts) < 2:
            return None
        norm = for_parsing(case.progress)
        a = max((m.end() for m in _SENTENCE_END.finditer(norm, 0, s)), default=0)
        b = next((m.start() for m in _SENTENCE_END.finditer(norm, e)), len(norm))
        assigned = _assign(case)
        inside = {i for i, fs in assigned.items() for f in fs if a <= f.fact.span[0] < b}
        if not inside:
            words = _content_bigrams(norm[a:s])
            inside = {i for i, p in enumerate(case.parts) if len(words & _content_bigrams(p.text)) >= 2}
        if len(inside) != 1 or not any(f.fact.span[0] < a or f.fact.span[0] >= b for f in case.facts):
            # 工程已铺设主管网60公里，占总工程量的65%，…受益人口1.8万人 for 完成…工程，受益人口5万人: in one sentence, the
            # share stands after the words of the one part no figure answers, and another part's figure stands beside.
            words = _content_bigrams(norm[a:e])
            bare = [j for j, p in enumerate(case.parts) if not assigned.get(j)]
            bare = bare if len(bare) == 1 and words & _content_bigrams(case.parts[bare[0]].text) else []
            if len(bare) != 1 or not any(assigned.get(j) for j in range(len(case.parts)) if j != bare[0]):
                return None
            inside = {bare[0]}
        i = inside.pop()
        case.shares = {i: SubTarget(case.parts[i].text, case.progress[s:e], by_pace(c, case.expected), c, "figures",
                                    [Evidence(case.progress[s:e], s, e)])}
        try:
            out = SubTargets().judge(case)
        finally:
            case.shares = None
        if out is None:
            return None
        bits = [f"{x.target}：{status_word(x.status) if x.status else '未报告'}" for x in out.sub_targets]
        reason = (f"报告完成率{_fmt(c)}%仅指其中一项；{len(out.sub_targets)}个分项（" + "；".join(bits)
                  + f"），最差分项定为{status_word(out.status)}")
        return Outcome(out.status, out.completion, out.basis, reason[:300], out.evidence, out.sub_targets,
                       out.flags)


# A sentence's end: a stated share belongs to the sentence it stands in.
_SENTENCE_END = re.compile(r"[;。；!！?？\n]")


_WHOLE_SCOPE_DONE = _quick(re.compile(f"(?<![未没])完成(?:了)?(?:{vocab.alternation('task.whole_year_lead')})?"
                                      r"[^,;。，；\d]{0,4}?(?:" + "|".join(words("whole_scope"))
                               + r")(?![的\d])"))

# The year's task named first, then said done, the clause ending there (年度目标任务已全部完成，…; 全年任务均已顺利完成。):
# the same statement as 完成全年任务 in the other order; not 年度任务已完成80% (a share) nor a forecast (预计…完成).
_WHOLE_SCOPE_DONE_AFTER = _quick(re.compile(r"(?:^|(?<=[,;。，；]))[^,;。，；\d]{0,4}?(?:" + "|".join(words("whole_scope"))
                                     + f")(?:已经?|{vocab.alternation('report.every_done_lead')})"
                                     f"(?:{vocab.alternation('completion.whole_manner')})?完成(?=[,;。，；]|$)"))


# A clause that is only the whole done (已全部完成, 均已全面完成): no object of its own.
_BARE_ALL_DONE = _quick(re.compile(f"(?:已经?|{vocab.alternation('report.every_done_lead')})?(?:{vocab.alternation('report.all_of')})"
                                   f"(?:{vocab.alternation('completion.finish')})"))


class WholeStatement(StatusRule):
    help_text = ("The cell is only a completion statement (已完成。, 已全部完成), or states the whole year's task "
                 "done (全面完成全年任务, 已超额完成年度目标任务), or opens with the whole done (已全部完成，共…), "
                 "with no figure that answers a part: the whole task is completed, basis statement.")

    def judge(self, case):
        if _PACE_MET.search(for_parsing(case.progress)):
            return None          # 已完成序时进度 is a claim of pace (UnitStatement), not a completion
        if _SURVEY_REMEDY.search(case.task_text) and _survey_done(case.progress):
            return None          # 隐患排查已经结束 for 完成…排查整治: the survey done, the works it calls for not said
        text = _STATEMENT_FILL.sub("", case.progress)
        m = pattern("completion_statement").fullmatch(text) or _BARE_DONE.fullmatch(text)
        if m:
            return Outcome("completed", None, "statement", "报告整项任务已完成",
                           [Evidence(case.progress.strip(), 0, len(case.progress.strip()))])
        norm = for_parsing(case.progress)
        if any(not _past_lag(case, norm, m) for m in behind_cues(norm)):
            return None     # a lag of an earlier period (上半年…一度滞后) beside the whole said done does not stand
        # 全面完成全年任务 / 已超额完成年度目标: the statement's object is the whole year's task.
        scope = _WHOLE_SCOPE_DONE.search(norm) or _WHOLE_SCOPE_DONE_AFTER.search(norm)
        if scope and case.in_forecast(scope.start()):
            scope = None
        if case.facts or case.forecast_spans:
            # Beside figures, the statement decides only when the figures answer no part (新增城镇就业6200人,
            # 已完成全年目标 against 新增就业岗位5000个); otherwise the figures are judged.
            span = scope.span() if scope else None
            first = next(((a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()), None)
            if span is None and first and _BARE_ALL_DONE.fullmatch(norm[first[0]:first[1]].strip()) \
                    and not case.in_forecast(first[0]):
                span = first     # 已全部完成，共改造学校食堂103所: the reply opens by saying the whole is done
            if not span or SubTargets().judge(case) is not None:
                return None
            return Outcome("completed", None, "statement", "报告已完成全年目标任务，所报数字与目标口径不同",
                           [Evidence(case.progress[span[0]:span[1]], span[0], span[1])])
        # One sentence whose every clause says done (平台已上线运行, 已于5月成功举办).
        sentences = [x for x in _spans(_SENTENCE, norm) if norm[x[0]:x[1]].strip()]
        clauses = [norm[a:b] for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()]
        # (实施细则初稿已完成: only a draft of it done, the document still ahead — no whole task done.)
        lone = len(sentences) == 1 and clauses and all(clause_stage(c) == "done" and not _PLAN_DRAFT.search(c)
                                                       for c in clauses)
        if not scope and not lone:
            return None
        ev = case.progress.strip()
        return Outcome("completed", None, "statement", "报告整项任务已完成", [Evidence(ev, 0, len(ev))])


class Cancelled(StatusRule):
    help_text = ("The report says the work or event was cancelled (停办, 取消举办, 该项目已取消, or a clause "
                 "closed by 取消 whose subject is the task's own object: 今年运动会取消): not started, and a person "
                 "should look.  取消 with a count (取消证明材料56项) is the work itself; only some of it called off (部分场次取消, "
                 "个别活动取消: words.toml [report.only_some]) is no cancellation of the task.")

    def judge(self, case):
        m = next((c for c in pattern("cancelled").finditer(case.progress) if not _only_some(case.progress, c.start())),
                 None) or _cancelled_clause(case)
        if not m:
            return None
        return Outcome("not_started", None, "statement", "报告该项工作已取消或停办，需人工确认",
                       [Evidence(m.group(0), m.start(), m.end())], flags=["cancelled"])


# A clause that ends in 取消 (今年运动会取消, 该活动已被取消), not denied or planned before it.
_CANCELLED_END = re.compile(r"(?<![^,;。!?，；！？\n])[^,;。!?，；！？\n]*?(?<![未不没拟将])(?:被)?取消了?(?=\s*(?:[,;。!?，；！？\n]|$))")


def _cancelled_clause(case: Case) -> re.Match | None:
    """A clause closed by 取消 whose subject is the task's own object (its words) or a project or event
    (项目, 活动): the work cancelled.  A clause with a figure (37项审批事项已取消) counts the work done."""
    if "取消" not in (case.progress or ""):
        return None         # (every match names it: the pattern's lazy lead is not tried from each character)
    for m in _CANCELLED_END.finditer(case.progress):
        clause = m.group(0)
        if _DIGIT.search(clause) or case.in_forecast(m.start()) or _ONLY_SOME.search(clause):
            continue
        if _content_bigrams(clause) & _content_bigrams(case.task_text) or _CANCELLED_ITEM.search(clause):
            return m
    return None


# 部分线下场次取消, 个别活动取消: only some of the work called off (words.toml [report.only_some]), not the task.
_ONLY_SOME = vocab.pattern("report.only_some")


def _only_some(text: str, at: int) -> bool:
    """The clause before ``at`` says only some of the work (部分, 个别, 少数)."""
    start = max((text.rfind(c, 0, at) for c in ",;。!?，；！？\n"), default=-1) + 1
    return bool(_ONLY_SOME.search(text, start, at))


# Figures not yet published (统计数据尚未发布, 暂无法提供): no verdict, not work not begun.
_CANCELLED_ITEM = vocab.pattern("report.cancelled_item")
_NO_DATA = vocab.pattern("report.no_data")


class NotStarted(StatusRule):
    help_text = ("The report says work has not begun (暂未改造, 尚未启动) and reports nothing done: not started; once "
                 "the deadline has passed with all the work still to do, the task's deadline being to finish or to start "
                 "it (年内未能开工 at 31 December; 3月底前开工 still not begun at 30 June), seriously behind.  "
                 "Figures not yet published (统计数据尚未发布) are no verdict of the work.")

    def judge(self, case):
        r = case.row
        if r.stage != "not_started" or any(f.role in ("done", "started", "underway") for f in case.facts):
            return None
        if _NO_DATA.search(case.progress):
            return None
        if behind_cues(for_parsing(case.progress)):
            return None      # 尚未达到序时进度: begun, but behind (PaceStatement)
        s, e = r.stage_span or (0, 0)
        if _missed_outright(case):
            # 年内未能开工 at 31 December, 尚未启动 after a 9月底前完成 deadline: nothing begun when the time is up.
            return Outcome("seriously_behind", 0.0 if case.numeric else None, "stage", "任务期限已过，报告尚未启动，判严重滞后",
                           [Evidence(case.progress[s:e], s, e)])
        return Outcome("not_started", 0.0 if case.numeric else None, "stage", "报告尚未启动",
                       [Evidence(case.progress[s:e], s, e)])


_RESUMED = vocab.pattern("report.resumed")
# Asked at import (the vocabulary test finds dead lists); the pattern itself waits for judging.toml.
_PACE_SUBJECT = vocab.alternation("pace.subject")
_PACE_DEGREE = vocab.alternation("pace.degree")


@cache
def _pace_word_rx() -> re.Pattern:
    words_ = "|".join(vocab.longest_first(words("behind_pace_word")))
    return re.compile(f"(?:{_PACE_SUBJECT})" r"[^,;。，；\d未不无没]{0,8}?"
                      f"(?:{_PACE_DEGREE})?(?:" + words_ + ")")


# Work paused, the pause closing its clause (受疫情影响线下培训暂停; not 暂停营业, a measure taken).
_PAUSED_END = re.compile(r"暂停(?:了)?(?=[,;。，；]|$)")
# A tracking sheet's verdict word alone (…实际完成1.2亿元,滞后。 / 滞后:完成48公里 / 滞后(完成3条)).
_BARE_LAG = re.compile(r"(?:^|(?<=[,;。，；]))\s*滞后\s*(?=[:：(（,;。，；]|$)")


@lru_cache(maxsize=4096)
def behind_cues(norm: str) -> tuple[re.Match, ...]:
    """Where a text says the work is behind its pace: a behind statement (未达序时, 进展缓慢), a pace word
    after the work's pace (进度有所滞后, 开工时间延后), or work halted and not resumed (施工暂停).  Cached:
    three rules ask it of a row."""
    found = list(pattern("behind_statement").finditer(norm)) + list(_pace_word_rx().finditer(norm)) + list(
        _BARE_LAG.finditer(norm))
    if not _RESUMED.search(norm):
        found += list(pattern("halted").finditer(norm)) + list(_PAUSED_END.finditer(norm))
    return tuple(sorted(found, key=lambda m: m.start()))


_NEGATED = re.compile(f"(?:{vocab.alternation('report.negation_before')})[^,;。，；而因致使]{{0,3}}$")
# A forecast that the work will finish (or start) only next year, on a task of this year: a lag the unit
# states itself (主体正在施工, 预计明年3月竣工 for 年内建成投用).
_LATE_FORECAST = re.compile(f"(?:{vocab.alternation('forecast.late_lead')})"
                            f"[^,;。，；]{{0,12}}?(?:{vocab.alternation('forecast.next_year')})"
                            f"[^,;。，；]{{0,12}}?(?:{vocab.alternation('forecast.late_result')})")


@cache
def _late_forecast_by_year(year: int) -> re.Pattern:
    """_LATE_FORECAST with next year by its number (预计2021年6月投入使用 in a report of 2020)."""
    return re.compile(f"(?:{vocab.alternation('forecast.late_lead')})[^,;。，；]{{0,12}}?{year + 1}年"
                      f"[^,;。，；]{{0,12}}?(?:{vocab.alternation('forecast.late_result')})")


_LATER_TASK = _quick(re.compile(rf"{vocab.alternation('time.later')}|\d{{4}}年|[一二三]年内"), digits=True)
# An office naming the units that have not finished their task (未完成建设任务的县区为…).
_UNFINISHED = re.compile(f"未(?:能)?(?:{vocab.alternation('report.unfinished_manner')})?完成" r"[^,;。，；:：]{0,8}?"
                         f"(?:{vocab.alternation('task.goal_noun')})")


class PaceStatement(StatusRule):
    help_text = ("The report, or the office's bulletin, says the work is not on pace (未达序时, 进度滞后, 进展缓慢, "
                 "相对较慢) or names a unit that has not finished its task (未完成…任务): behind, basis statement; "
                 "严重滞后 → seriously behind.  A negated mention (未出现进度滞后) or one inside a plan (力争扭转…) "
                 "does not count, nor one that a later clause says has since been caught up (进度已追上序时: "
                 "words.pace_caught_up).  Work paused at the end of its clause (线下培训暂停) is a lag where no figure "
                 "answers the task; where one does, the figure decides.")

    def judge(self, case):
        norm = for_parsing(case.progress)
        found = None
        for key, status in (("seriously_behind_statement", "seriously_behind"), ("behind_statement", "behind")):
            found_ = pattern(key).finditer(norm) if key != "behind_statement" else behind_cues(norm)
            for m in found_:
                if not case.in_forecast(m.start()) and not _NEGATED.search(norm[:m.start()]) \
                        and not _caught_up_after(case, norm, m.end()):
                    found = found or (status, m)
        if found is None:
            m = next((m for m in _UNFINISHED.finditer(norm) if not case.in_forecast(m.start())), None)
            if m is not None:
                found = ("behind", m)
        if found is None and not _LATER_TASK.search(case.task_text):
            m = _LATE_FORECAST.search(norm) or (_late_forecast_by_year(case.as_of.year).search(norm) if case.as_of else None)
            if m is not None:
                found = ("behind", m)
                # 施工图正在审查，计划明年3月开工 at the year's end for 年内开工…: the deadline passed with only the
                # preparation done is missed outright, whatever is forecast (rule question 19).
                missed = StageAgainstDeadline().judge(case) if _missed_outright(case) else None
                if missed is not None and missed.status == "seriously_behind":
                    return missed
        if found is None:
            return None
        status, m = found
        # Figures that put the work behind too decide the degree (完成3条, 进度滞后: seriously behind).
        figures = SubTargets().judge(case)
        if figures is not None and figures.basis == "figures" and figures.status in ("behind", "seriously_behind"):
            return figures
        if figures is not None and figures.basis == "figures" and _PAUSED_END.fullmatch(m.group(0)):
            # 上半年现场讲座暂停,改为网络授课60期: one way of the work paused, the figures of the rest decide.
            return figures
        clause = next(((a, b) for a, b in _spans(_CLAUSE, norm) if a <= m.start() < b), (m.start(), m.end()))
        if figures is not None and figures.basis == "figures" and _past_period(case, norm[clause[0]:m.start()]):
            # 年初因征地问题推进较慢,目前已明显加快,累计完成9.5公里: a lag of an earlier period; the figures decide.
            return figures
        if figures is not None and figures.basis == "figures" and _SUB_UNIT.search(norm[clause[0]:m.start()]):
            # 全市已完成168公里…C县进度较慢: one county lags; the figure of the whole decides the task.
            figures.flags = [*figures.flags, "conflict"]
            return figures
        flags = ["conflict"] if figures is not None and figures.basis == "figures" and figures.status in (
            "completed", "ahead") else []
        return Outcome(status, None, "statement", f"报告称{case.progress[m.start():m.end()]}，判{status_word(status)}",
                       [Evidence(case.progress[m.start():m.end()], m.start(), m.end())], flags=flags)


_PERIOD_END_MONTH = {"上半年": 6, "一季度": 3, "第一季度": 3}


def _past_lag(case: Case, norm: str, m: re.Match) -> bool:
    """A lag word (behind_cues) with an earlier period of the year before it in its clause (words.past_period)."""
    clause = next(((a, b) for a, b in _spans(_CLAUSE, norm) if a <= m.start() < b), (m.start(), m.end()))
    return _past_period(case, norm[clause[0]:m.start()])


def _past_period(case: Case, before: str) -> bool:
    """Before a lag word in its clause, an earlier period of the year (judging.toml words.past_period): 年初, 一度,
    前期 (not 前期工作, the preparation), 上半年 or 一季度 once the report is past them."""
    for m in pattern("past_period").finditer(before):
        w = m.group(0)
        if w == "前期" and pattern("preparation_after_past").match(before, m.end()):
            continue
        if w in _PERIOD_END_MONTH and (case.as_of is None or case.as_of.month <= _PERIOD_END_MONTH[w]):
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


# A place below the one the task is about, as a clause's subject (C县, D区, 东湖镇, 城南街道): its lag is its own.
_SUB_UNIT = re.compile(rf"^\s*[^\d,;。，；]{{1,6}}?(?:{vocab.alternation('report.sub_unit_suffix')})(?:等)?$")


_PERIOD_MONTH = {"一季度": 3, "第一季度": 3, "上半年": 6, "年中": 6, "二季度": 6, "第二季度": 6, "三季度": 9,
                 "第三季度": 9}
_INTERIM_DATE = _quick(re.compile(r"(?<![\d.年])(\d{1,2})月(?:\d{1,2}日)?(?:底|末|份)?(?:之?前|内)"
                                  r"|(?<!下)(上半年|年中|第?[一二三]季度)(?:末|底)?(?:之前|前|内)?"), digits=True)


def _interim_shared(case: Case, assigned: dict[int, list[Fact]]) -> tuple[dict[int, list[Fact]], dict[int, float]]:
    """A year's target and an interim one of the same measure (全年完成造林1.5万亩,一季度完成8000亩; 移交20处(6月底前
    10处)): the figures answering either answer both, and the interim one is due at its own date (序时进度 100%
    once it has passed, else linear to it)."""
    numeric = [(i, p) for i, p in enumerate(case.parts) if p.indicator is not None]
    due: dict[int, float] = {}
    if len(numeric) != 2 or case.as_of is None:
        return assigned, due
    (i, a), (j, b) = numeric
    if _unit_of(a.indicator) != _unit_of(b.indicator):
        return assigned, due
    dates = [_INTERIM_DATE.search(p.indicator.metric or "") for p in (a, b)]
    if bool(dates[0]) == bool(dates[1]):
        return assigned, due
    k, year, m = (i, j, dates[0]) if dates[0] else (j, i, dates[1])
    if _target_value(case.parts[k].indicator) >= _target_value(case.parts[year].indicator):
        return assigned, due
    month = int(m.group(1)) if m.group(1) else _PERIOD_MONTH.get(m.group(2), 12)
    if not 1 <= month <= 12:
        return assigned, due
    out = dict(assigned)
    if not out.get(k) and out.get(year):
        out[k] = list(out[year])
    elif not out.get(year) and out.get(k):
        out[year] = list(out[k])
    start = date(case.as_of.year, 1, 1)
    end = date(case.as_of.year, month, calendar.monthrange(case.as_of.year, month)[1])
    due[k] = 100.0 if case.as_of >= end else round(100.0 * ((case.as_of - start).days + 1) / ((end - start).days + 1), 1)
    return out, due


# 发现安全隐患52处，已整改到位20处: what a survey found, then how much of it is put right, in the same unit.
_FOUND_FIXED = _quick(re.compile(
    f"(?:{vocab.alternation('report.survey_found')})" r"[^\d,;。，；]{0,10}?(?<![\d.])(?P<whole>\d+)"
    f"(?P<unit>{vocab.unit_alternation_of('count')})" r"[^\d。]{0,12}?"
    f"(?:{vocab.alternation('stage.survey_remedy')})" r"[^\d,;。，；]{0,8}?(?<![\d.])(?P<part>\d+)(?P=unit)"))


class FoundAndFixed(StatusRule):
    help_text = ("A task to survey and put right what the survey finds (排查整治, 排查整改: words.toml "
                 "[stage.survey_remedy]) with no number of its own, whose report gives what the survey found and then "
                 "how much of it is put right, in the same unit (发现安全隐患52处，已整改到位20处): the share put "
                 "right is the completion, compared with 序时进度 (over the pace on pace, not ahead: what a survey "
                 "found is no year's plan; under it with the rest all being put right, 其余…正在整治, on pace before the "
                 "deadline, rule question 4).  The survey said done (隐患排查已经结束) is the task's first step, not "
                 "the task.")

    def judge(self, case):
        if case.numeric or not _SURVEY_REMEDY.search(case.task_text):
            return None
        norm = for_parsing(case.progress)
        m = _FOUND_FIXED.search(norm)
        if not m or case.in_forecast(m.start()):
            return None
        whole, part = float(m.group("whole")), float(m.group("part"))
        if not 0 < part <= whole:
            return None
        c = round(100.0 * part / whole, 1)
        a, b = m.span()
        out = _paced(case, c, f"排查发现{m.group('whole')}{m.group('unit')}，已整治{m.group('part')}{m.group('unit')}",
                     [Evidence(case.progress[a:b], a, b)])
        if out.status == "ahead":
            # what a survey found is no year's plan: a share of it put right over the pace is on pace, not a lead
            reason = out.reason.replace(_pace_words("ahead", case.expected), _pace_words("on_track", case.expected))
            out = Outcome("on_track", c, "figures", reason, out.evidence)
        elif out.status in ("behind", "seriously_behind") and case.expected < 100 and _rest_under_way(case):
            # 已整治31户，其余11户正在整治: the rest all being put right is on pace before the deadline (rule question 4)
            out = Outcome("on_track", c, "figures", f"排查发现{m.group('whole')}{m.group('unit')}，已整治{m.group('part')}"
                          f"{m.group('unit')}，其余正在整治，按阶段判断达进度", out.evidence)
        return out


class SubTargets(StatusRule):
    help_text = ("Every measurable part of the task (each indicator; each 开工/完工/建成/完成 clause) is judged on "
                 "its own against the facts that answer it (unit and noun matched, forecasts ignored, several "
                 "figures of one list summed, items under way counted as on pace, but past mid-year items begun short of the "
                 "target beside the rest only being prepared (其余…正在办理前期手续) are behind; a signed total holds the "
                 "landed ones (共签约13个，已落地5个)); the worst part decides, "
                 "completed only when every part is, a part with no fact caps the task at on_track, completion "
                 "is the mean of the answered parts.  An event to hold beside measures (举办…) is a part: held "
                 "done, cancelled not begun, otherwise on pace until the year is over; a zero target beside measures "
                 "(实现…“零增长”, 零事故) is a part held or broken over the whole year, so it keeps the task from "
                 "completed before the year's end.  Applies when at least one part is answered.")

    def judge(self, case):
        # Three earlier rules ask for this verdict too (StatedRate with a part's share set, WholeStatement,
        # PaceStatement): without a share it is read once per case.
        if case.shares is not None:
            return self._judge(case)
        if case.by_parts is None:
            case.by_parts = (self._judge(case),)
        return case.by_parts[0]

    def _judge(self, case):
        if not case.parts:
            return None
        assigned = _assign(case)
        norm = for_parsing(case.progress)
        sentences = _spans(_SENTENCE, norm)
        moving = [(a, b) for a, b in _spans(_CLAUSE, norm)
                  if _REST_OPENS.match(norm[a:b]) and not case.in_forecast(a)
                  and clause_stage(norm[a:b]) in ("underway", "nearly_done")
                  and (_STRONG_UNDERWAY.search(norm[a:b]) or _own_verb_underway(norm[a:b], case.task_text)
                       or _WORK_STEP.search(norm[a:b]))      # 其余…正在进行室内装修: a step of the works going on
                  and not any(a <= f.fact.span[0] < b for f in case.facts)]
        rest_moving = len([p for p in case.parts if p.indicator is not None]) == 1 and bool(moving)
        # 交付安置房800套，其余安置房正在进行室内装修 beside 开工安置房3200套: of several measures, the rest under way in
        # the sentence of a measure's figure is that measure's rest.
        # (a part of the sentence between semicolons: 25个老旧小区中…；“微更新”项目已完成4个，其余正在施工 is the second's)
        pieces = [(m.start(), m.end()) for m in _PIECE.finditer(norm)]
        moving_pieces = frozenset(next(((s, e) for s, e in pieces if s <= a < e), (a, b)) for a, b in moving)
        # 其余项目正在办理前期手续: the rest, with no figure of its own, is only being prepared.
        rest_preparing = frozenset(
            next((s, e) for s, e in sentences if s <= a < e) for a, b in _spans(_CLAUSE, norm)
            # (a plan for the rest whose step is itself preparation, 其余小区计划下半年完成设计, says the rest is no
            # further on than preparing)
            if _REST_OPENS.match(norm[a:b])
            and clause_stage(norm[a:b]) == "preparing" and not any(a <= f.fact.span[0] < b for f in case.facts))
        assigned, due = _interim_shared(case, assigned)
        subs = []
        for i, part in enumerate(case.parts):
            if part.indicator is not None:
                taken = frozenset(id(f.fact) for j, fs in assigned.items() if j != i for f in fs)
                mine = assigned.get(i, [])
                own_rest = rest_moving or bool(mine) and all(
                    any(s <= f.fact.span[0] < e for s, e in moving_pieces) for f in mine)
                sub = judge_indicator(part, mine, due.get(i, case.expected), case.facts, own_rest, taken, rest_preparing)
                if sub.status is None and len(case.parts) == 1 and part.indicator.value == 1 \
                        and not any(_unit_of(f.fact) == _unit_of(part.indicator) for f in case.facts) \
                        and not _is_level(part.indicator):
                    # 打造特色美食街区1条: 美食街区已于4月开街运营 — one item, its stage in words (a figure of another
                    # unit, 设12个班 beside 新建幼儿园1所, counts no such item).
                    stage_sub = judge_clause(case, part)
                    if stage_sub.status is not None:
                        sub = stage_sub
                if sub.status is None and len(case.parts) > 1:
                    # No figure, but a clause naming the part's object tells its stage (口袋公园尚在选址).
                    stage_sub = judge_clause(case, part)
                    if stage_sub.status in ("behind", "not_started", "on_track") or (
                            stage_sub.status == "completed" and part.indicator.value == 1
                            and not _is_level(part.indicator)):
                        # 区级养老服务中心已于5月底建成投用 for 建成…中心1家 beside other measures: the one item
                        # done, as for a task of that one part.
                        sub = stage_sub
                subs.append(sub)
            else:
                subs.append(judge_clause(case, part))
            if case.shares and i in case.shares and subs[-1].basis not in ("figures", "statement"):
                subs[-1] = case.shares[i]   # the share stated for the part outweighs a stage read from words
        every = len(subs) > 1 and all(p.indicator is None for p in case.parts) and next(
            ((a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)
             and _EVERY_DONE.search(norm[a:b]) and clause_stage(norm[a:b]) == "done"), None)
        if every:
            # 三个项目均已竣工并投入使用 for 建成A、B、C: every object done, none named.
            a, b = every
            for sub in subs:
                if sub.status is None:
                    sub.status, sub.basis = "completed", "statement"
                    sub.reported, sub.evidence = case.progress[a:b], [Evidence(case.progress[a:b], a, b)]
        if subs and case.expected < 100:
            # 完成…小区建设100个，实现生活垃圾“零增长”: a zero target beside measures is held or broken over the
            # whole year, so before its end it is no part done: on pace when held, behind once broken, and with
            # no word of it a part without a fact (either way the task is not completed yet).
            for t in case.targets:
                if t.kind == "zero" and not t.stretch and not any(p.span[0] <= t.span[0] < p.span[1] for p in case.parts):
                    subs.append(_zero_part(case, t.text if t.metric in t.text else f"{t.metric}{t.text}"))
            for q in _QUOTED_ZERO.finditer(case.task_text):
                # a quoted zero word (“零增长”) is read as a name by the indicators, but it is the target itself
                if not any(p.span[0] <= q.start() < p.span[1] for p in case.parts) and not any(
                        t.kind == "zero" and t.span[0] <= q.start() + 1 < t.span[1] for t in case.targets):
                    subs.append(_zero_part(case, q.group(1)))
        answered = [s for s in subs if s.status]
        if not answered:
            return None
        # A count answered only by stage words while figures of the task stay unanswered says little.
        if not any(s.basis in ("figures", "statement") for s in answered) and all(
                p.indicator is not None for p in case.parts) and len(answered) < len(subs):
            return None
        status, completion, flags = combine(subs, case.expected)
        if status == "not_started" and any(
                clause_stage(norm[a:b]) in ("preparing", "underway", "nearly_done", "done")
                for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)):
            # 方案初稿已完成,…尚未报区政府审定: the step not taken is not the task not begun.
            status = "behind" if case.expected >= threshold("half_year") else "on_track"
        if any(f.weak for fs in assigned.values() for f in fs):
            flags.append("weak_match")
        basis = next((b for b in ("figures", "statement", "stage") if any(s.basis == b for s in answered)), "none")
        evidence = [e for s in subs for e in s.evidence]
        if len(subs) == 1:
            s = subs[0]
            pct = f"，完成率{_fmt(s.completion_pct)}%" if s.completion_pct is not None else ""
            reason = f"目标{s.target}，报告{s.reported}{pct}，{_pace_words(status, case.expected) or status_word(status)}"
        else:
            bits = [f"{s.target}：{status_word(s.status) if s.status else '未报告'}" for s in subs]
            reason = f"{len(subs)}个分项（" + "；".join(bits) + f"），最差分项定为{status_word(status)}"
        if status in ("behind", "seriously_behind") and any(f.role in ("underway", "started") for f in case.facts) \
                and basis == "figures" and len(subs) == 1:
            flags.append("conflict")
        return Outcome(status, completion, basis, reason[:300], evidence, subs, flags)


# An assigned quota (完成市下达的节能任务): a unit's word cannot show it is met.
_QUOTA = re.compile(f"(?:{vocab.alternation('task.quota_issuer')})(?:里)?下达")


_RATE_AIM = re.compile(f"{vocab.alternation('task.rate_aim')}|率(?:{vocab.alternation('task.rate_aim_after_rate')})")


def _said(case: Case, norm: str) -> str:
    """The progress (``norm``: as ``for_parsing`` gives it) without its section labels, the sections of
    none and what it forecasts (进展情况：正常推进,存在问题：无,下步计划：继续推进: the labels, a section of none
    and the plans say nothing)."""
    text = _SECTION_LABEL.sub(lambda x: " " * len(x.group(0)), _SECTION_NONE.sub(lambda x: " " * len(x.group(0)), norm))
    if not case.forecast_spans:
        return text
    return "".join(ch for i, ch in enumerate(text) if not case.in_forecast(i))


class UnitStatement(StatusRule):
    help_text = ("The unit's own statement of normal progress (正常推进, 有序推进) with nothing checkable: on_track "
                 "with basis unit_statement, except where the only targets are rates or levels, or the task is a "
                 "quota assigned from above (完成市下达的…任务): a unit cannot vouch for what it has not measured, "
                 "so unclear.  Beside one project's works short of the step the time gone asks for (主体结构已开始施工 "
                 "at 31 October), the works' step speaks, not the claim.")

    def judge(self, case):
        m = pattern("unit_statement").search(case.progress)
        if not m:
            return None
        norm = for_parsing(case.progress)
        if not (case.row.neutral or len(_NON_WORD.sub("", case.progress)) <= 20
                or len(_NON_WORD.sub("", _said(case, norm))) <= 20):
            return None
        if any(clause_stage(norm[a:b]) in ("preparing", "not_started") for a, b in _spans(_CLAUSE, norm)
               if not a <= m.start() < b and not case.in_forecast(a)):
            return None      # 进展顺利,目前已完成初步设计批复: the stage reported speaks, not the claim
        if _project_works_late(case, norm):
            return None      # 主体已开始施工,项目推进正常 at 31 October for 年底前建成…: the works' step speaks
        ev = [Evidence(m.group(0), m.start(), m.end())]
        if case.numeric and all(_is_level(t) for t in case.numeric):
            return Outcome("unclear", None, "none", "目标为比率或水平，单位仅自述正常推进，无可比数据", ev)
        if _QUOTA.search(case.task_text):
            return Outcome("unclear", None, "none", "目标为上级下达的任务量，单位仅自述正常推进，无可比数据", ev)
        if not case.numeric and not case.parts and _RATE_AIM.search(case.task_text):
            # 实现城乡居民收入增长与经济增长基本同步: a rate with no number, which a unit's word cannot show.
            return Outcome("unclear", None, "none", "目标为增长或比率，单位仅自述正常推进，无可比数据", ev)
        return Outcome("on_track", None, "unit_statement", "单位自述正常推进，未经核实，按达进度计", ev,
                       flags=["unit_statement"])


# A report that none occurred (上半年未发生重大安全生产事故, 实现零发生) and one that some did (发生…2起).
_NONE_OCCURRED = _quick(re.compile(f"(?:{vocab.alternation('report.none_before')})(?:{vocab.alternation('report.occurred')})"
                            f"|{vocab.alternation('report.none_occurred')}"))
_OCCURRED = _quick(re.compile(r"(?<![未没无零不])发生[^,;。，；]{0,12}?\d+" f"(?:{vocab.alternation('report.incident_unit')})"))


# A zero word in quotes in a task (实现生活垃圾“零增长”, “零事故”).
_QUOTED_ZERO = re.compile(r"[“\"](零[^”\"\s,;。，；、]{1,4})[”\"]")


_DOING = re.compile(f"正在(?:{vocab.alternation('stage.doing_verb')})?" r"([\u4e00-\u9fff]{2})|([\u4e00-\u9fff]{2})中(?=[,;。，；]|$)")


def _own_verb_underway(clause: str, task_text: str) -> bool:
    """其余正在整治中 for 完成…排污口整治200个: the task's own work verb (not a process verb, not preparation)
    under way (正在…, …中) — the work itself going on, as 施工 is."""
    for m in _DOING.finditer(clause):
        verb = m.group(1) or m.group(2)
        if verb in task_text and not _PROCESS_VERB.search(verb) and not pattern("preparing").search(verb) \
                and (verb not in _GENERIC or verb in words("result_verb")) and verb != "完成":
            return True
    return False


def _zero_part(case: Case, target: str) -> SubTarget:
    sub = SubTarget(target=target, reported=None, status=None)
    norm = for_parsing(case.progress)
    m = _OCCURRED.search(norm) or _NONE_OCCURRED.search(norm)
    if m is not None and not case.in_forecast(m.start()):
        sub.status = "behind" if _OCCURRED.search(norm) else _held(case.expected)
        sub.reported, sub.basis = case.progress[m.start():m.end()], "statement"
        sub.evidence = [Evidence(sub.reported, m.start(), m.end())]
    return sub


class ZeroHeld(StatusRule):
    help_text = ("A zero target (零发生, 不发生…风险) answered by a report that none occurred (未发生, 实现零…): held, on_track "
                 "until the year is over (completed after it), basis statement; a report that some occurred "
                 "(发生…2起) → behind.")

    def judge(self, case):
        if not any(t.kind == "zero" for t in case.targets) or case.numeric:
            return None
        norm = for_parsing(case.progress)
        bad = _OCCURRED.search(norm)
        m = bad or _NONE_OCCURRED.search(norm)
        if m is None or case.in_forecast(m.start()):
            return None
        ev = [Evidence(case.progress[m.start():m.end()], m.start(), m.end())]
        if bad:
            return Outcome("behind", None, "statement", "零目标未守住：报告已发生", ev)
        status = _held(case.expected)
        return Outcome(status, None, "statement", "零目标：报告期内未发生，判" + status_word(status), ev)


# A rank to reach or hold (保持全省前三, 进入全市前十, 位居全省第一) and the rank reported (位列第二, 排名第5).
_RANK_TASK = re.compile(f"(?:{vocab.alternation('rank.task_lead')})"
                        r"[^,;。，；]{0,10}?(?:前([一二三四五六七八九十\d]{1,2})|" f"{vocab.alternation('rank.top')})")
_RANK_REPORT = re.compile(f"(?:{vocab.alternation('rank.report_lead')})"
                          r"[^,;。，；\d]{0,6}?第([一二三四五六七八九十\d]{1,2})")


def _rank(text: str | None) -> int | None:
    if not text:
        return 1
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _CN_DIGIT.get(text[1:], 0)
    return _CN_DIGIT.get(text)


class RankHeld(StatusRule):
    help_text = ("A rank to reach or hold (保持全省前三, 位居全省第一) answered by the rank reported (位列第二): within it "
                 "→ on_track (completed once the year is over), outside it → behind, basis figures.")

    def judge(self, case):
        task = _RANK_TASK.search(case.task_text)
        report = _RANK_REPORT.search(for_parsing(case.progress))
        if not task or not report or case.in_forecast(report.start()):
            return None
        want, got = _rank(task.group(1)), _rank(report.group(1))
        if want is None or got is None:
            return None
        ok = got <= want
        status = _held(case.expected) if ok else "behind"
        a, b = report.span()
        return Outcome(status, None, "figures", f"目标{task.group(0)}，报告排名第{got}，判{status_word(status)}",
                       [Evidence(case.progress[a:b], a, b)])


# A rank or level to hold (保持全省领先, 位居全市前列) and what would answer it (排名, 第一, 领先).
_LEVEL_TASK = re.compile(f"(?:{vocab.alternation('rank.level_task_lead')})[^,;。，；]{{0,14}}?"
                         f"(?:{vocab.alternation('rank.level')})")
_LEVEL_REPORT = re.compile(f"{vocab.alternation('rank.level_report')}"
                           r"|第[一二三四五六七八九十\d]+[名位]|指数[^,;。，；]{0,6}\d")


_FALL_WORDS = re.compile(f"同比(?:{vocab.alternation('change.fall_on_year')})|负增长")


class RateWithoutFigure(StatusRule):
    help_text = ("Every measurable target is a rate or level (增长5%, 满意率95%), or the task's only checkable aim "
                 "is a rank or level to hold (保持全省领先, 位居全市前列), and no comparable figure or rank is "
                 "reported: activity cannot show a rate or a rank, so unclear.  A rate of 100% answered by every "
                 "item meeting it in words (均达到考核要求, 全部达标) is held.")

    def judge(self, case):
        rates = [t for t in case.numeric if _is_level(t)]
        level = _LEVEL_TASK.search(case.task_text)
        if level and not case.numeric and not case.parts and not _LEVEL_REPORT.search(case.progress):
            return Outcome("unclear", None, "none", f"目标为{level.group(0)}（水平或排名），报告中无可比数据")
        if not rates or len(rates) != len(case.numeric) or case.row.stage == "nearly_done":
            return None
        if any(p.indicator is None for p in case.parts):
            return None
        norm = for_parsing(case.progress)
        fall = _FALL_WORDS.search(norm)
        growth = next((t for t in rates if t.kind == "growth_rate"), None)
        if fall and growth and len(rates) == 1 and not case.in_forecast(fall.start()) and _sim(
                growth.metric, norm[max(0, fall.start() - 12):fall.start()]) >= 0.5:
            # 财政收入同比下降 against 财政收入增长5%: a fall said in words is a fall.
            a, b = fall.span()
            return Outcome("seriously_behind", None, "statement", f"目标{growth.metric}{growth.text}，报告同比下降，判严重滞后",
                           [Evidence(case.progress[a:b], a, b)])
        every = _ALL_MEET.search(norm)
        if len(rates) == 1 and rates[0].value == 100 and every and not case.in_forecast(every.start()) \
                and not behind_cues(norm):
            # 8个市控断面水质均达到考核要求 for 断面水质达标率100%: every item meets it, the rate is held.
            a, b = every.span()
            status = _held(case.expected)
            return Outcome(status, None, "statement", f"目标{rates[0].metric}100%，报告均已达到，判{status_word(status)}",
                           [Evidence(case.progress[a:b], a, b)])
        return Outcome("unclear", None, "none", f"目标为{rates[0].text or rates[0].metric}，报告中无可比数据")


_ALL_MEET = re.compile(f"(?:{vocab.alternation('report.all_meet_lead')})(?:已经?)?"
                       f"(?:{vocab.alternation('report.all_meet_verb')})")
# 居民收入增长与经济增长同步: a rate tied to another measure (group 1), judged only beside that measure.
_TIED = re.compile(f"与([^,;。，；与]{{2,12}}?)(?:{vocab.alternation('task.tied_measure')})")


_WHOLE = vocab.pattern("completion.whole")


def _content_bigrams(text: str) -> set[str]:
    s = _NOT_HAN_RUN.sub("", normalise(text))
    return {s[i:i + 2] for i in range(len(s) - 1)} - _GENERIC


_WHOLE_SUBJECT_END = vocab.pattern("report.whole_subject_end")


def _names_whole_object(clause: str, task_text: str) -> bool:
    """The clause's subject is the whole object the task ends with (长效管护机制已全面建立 for 完善农村人居环境长效管护
    机制), not one aspect of it."""
    subject = _NON_WORD_OR_DIGIT.sub("", _WHOLE_SUBJECT_END.split(clause)[0])
    return len(subject) >= 4 and _NON_WORD_OR_DIGIT.sub("", task_text).endswith(subject)


# A task that is a process (深化医共体建设, 持续推进…): one aspect fully covered does not finish it.
_PROCESS_TASK = re.compile(rf"\s*(?:{vocab.alternation('task.process_lead')})")
_MUST = vocab.pattern("completion.must")
_AIM = re.compile(f"(?:{vocab.alternation('task.aim_adverb')})$")


def _missed_outright(case: Case) -> bool:
    """The deadline passed with the work not begun (not begun in words, or only its preparation), and that is a
    serious lag, whether the deadline is to finish the work (6月底前完成…建设 at tender at 30 September) or to start
    it (6月底前开工 at tender at 30 September, 3月底前开工 with its papers being sought at 30 June, 年内未能开工 at 31
    December): the labels' rule question 19, the lead's decision of 1 December 2026."""
    return case.expected >= 100 or _start_date_passed(case)


# A dated start in the task (3月底前开工, 上半年启动, 二季度动工), beside its finish (年底前完工): due at its own date.
@cache
def _start_by() -> re.Pattern:
    return re.compile(r"(?<![\d.年])(?:((?:\d{1,2}|[一二三四五六七八九十]{1,2})月)(?:底|末|份)?|(上半年|年中|第?[一二三]季度)"
                      r"(?:末|底)?)(?:之前|前|内)?(?=" + pattern("start_verb").pattern + ")")


_START_PERIOD_MONTH = {"上半年": 6, "年中": 6, "一季度": 3, "二季度": 6, "三季度": 9}


def _start_date_passed(case: Case) -> bool:
    """The task's own dated start (3月底前开工，年底前完工) has passed at the report's date."""
    if case.as_of is None:
        return False
    for m in _start_by().finditer(for_parsing(case.task_text)):
        if m.group(1):
            raw = m.group(1)[:-1]
            month = int(raw) if raw.isdigit() else "一二三四五六七八九十".index(raw[-1]) + 1 + (10 if len(raw) == 2 else 0)
        else:
            month = _START_PERIOD_MONTH[m.group(2).lstrip("第")]
        if 1 <= month <= 12 and case.as_of >= date(case.as_of.year, month,
                                                   calendar.monthrange(case.as_of.year, month)[1]):
            return True
    return False


# A forecast of the start only (即将开工建设, 计划8月开工, 拟于下半年启动), no finishing word in it.
_START_WORD = vocab.pattern("forecast.start_word")
_FINISH_WORD = re.compile(f"{vocab.alternation('stage.done')}|完成")


def _start_forecast_only(case: Case, norm: str) -> Outcome | None:
    """From half_year on, a report with no stage of its own whose forecasts name only the start (3座中转站即将开工建设)
    for a task that must finish something: nothing has begun yet, so it is behind."""
    if case.expected < threshold("half_year") or case.facts or not case.parts:
        return None
    must = next((m for m in _MUST.finditer(case.task_text)
                 if not _AIM.search(case.task_text[max(0, m.start() - 3):m.start()])), None)
    if must is None or _task_prep_after(case.task_text, must.end()) or pattern(
            "start_verb").search(must.group(0)):
        return None      # (a task to start: its start forecast within the year is its own deadline, no lag to tell)
    starts = [(a, b) for a, b in _spans(_CLAUSE, norm) if case.in_forecast(a)
              and _START_WORD.search(norm[a:b]) and not _FINISH_WORD.search(norm[a:b])]
    if not starts or len(starts) != len(case.forecast_spans):
        return None
    a, b = starts[0]
    return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，报告仅有开工计划，尚未开工，判欠进度",
                   [Evidence(case.progress[a:b], a, b)])


_COVERAGE_GOAL = vocab.pattern("status.coverage_goal")
_RATIO_METRIC = f"(?:{vocab.alternation('status.ratio_cap_metric_end')})"
_RATIO_VERB = f"(?:{vocab.alternation('status.ratio_cap_verb')})"
# 城乡居民收入比控制在1.7以内 (also 1.7:1): the ratio, a few words, a verb, a bare number; never 收入比上年 (比 as
# "than"), never a number with a unit or a share after it.
_RATIO_LEVEL = re.compile(f"{_RATIO_METRIC}(?!(?:{vocab.alternation('verify.year_before')}|同期))"
                          f"[^\\d,;。，；]{{0,6}}?{_RATIO_VERB}(\\d+(?:\\.\\d+)?)(?:[:：]1)?(?![\\d.%％:：])")
_RATIO_CAP = re.compile(f"{_RATIO_LEVEL.pattern}\\s*(?:{vocab.alternation('comparator.ceiling_after')})")


class RatioCap(StatusRule):
    help_text = ("A cap on a ratio with no unit (城乡居民收入比控制在1.7以内) against the ratio reported (收入比为1.66): "
                 "held at or under the cap is on pace until the deadline and completed after it; over the cap, "
                 "behind.  The number has no unit, so no figure was read from it.")

    def judge(self, case):
        if case.numeric:
            return None
        cap = _RATIO_CAP.search(for_parsing(case.task_text))
        if not cap:
            return None
        norm = for_parsing(case.progress)
        got = next((m for m in _RATIO_LEVEL.finditer(norm) if not case.in_forecast(m.start())), None)
        if got is None:
            return None
        limit, value = float(cap.group(1)), float(got.group(1))
        status = _held(case.expected) if value <= limit else "behind"
        a, b = got.span()
        return Outcome(status, None, "figures", f"目标比值控制在{cap.group(1)}以内，报告{got.group(1)}",
                       [Evidence(case.progress[a:b], a, b)])


class CoverageByCount(StatusRule):
    help_text = ("A goal of covering the whole (实现城市社区智慧安防全覆盖) with no figure of its own, answered only by "
                 "counts of things done that name no coverage (已安装智慧安防摄像头420个, 已建成5G基站86个): a count "
                 "measures no share of the whole, so nothing answers the goal — unclear, not work on pace.")

    def judge(self, case):
        if case.numeric or not _COVERAGE_GOAL.search(case.task_text) or "覆盖" in case.progress:
            return None
        norm = for_parsing(case.progress)
        clauses = [(a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()]
        counts = [f for f in case.facts if f.role in ("done", "other") and not case.in_forecast(f.fact.span[0])]
        # Only a reply of counts: every clause holds one (a stage or work in words still speaks for itself).
        if not counts or not all(any(a <= f.fact.span[0] < b for f in counts) for a, b in clauses):
            return None
        if any(self._counts_covered(f, case.task_text) for f in counts):
            return None     # 全区48所中小学已全部完成空调安装: the units to be covered, counted
        return Outcome("unclear", None, "none", "目标为全覆盖，报告仅有数量，未说明覆盖情况")

    @staticmethod
    def _counts_covered(f: Fact, task_text: str) -> bool:
        """The figure counts the units the goal covers (48所中小学, 186个小区 for 小区…全覆盖): its noun after it,
        or the head noun just before it (…摄像头420个: 像头), is in the task."""
        if f.noun and _content_bigrams(f.noun[:4]) & _content_bigrams(task_text):
            return True
        before = f.words[:f.words.find(f.fact.text)] if f.fact.text in f.words else ""
        head = _NOT_CJK.sub("", before)[-2:]
        return len(head) == 2 and head in task_text


class StageAgainstDeadline(StatusRule):
    help_text = ("With no answered part, the most advanced stage the report describes against the stage the "
                 "task must reach: only preparation (方案, 设计, 招标, 审批) for a task that must start or finish "
                 "something (a result verb whose object is not itself a plan), from half_year of the pace on → "
                 "behind; anything under way or nearly done → on_track, unless one project to be finished has not reached the "
                 "step of its works the time gone asks for (words.works_begun, works_main, works_finishing: only begun "
                 "from first_step_late, main works just begun (words.works_main_begun: 首层, 刚出正负零) likewise, the main "
                 "works still going on from main_works_late → behind), or a task that "
                 "is itself preparation is still at a first step (words.preparation_first) from first_step_late; a "
                 "task to finish one step of preparation (完成…立项) is completed by a later step approved "
                 "(words.preparation_order).  Finishing some piece of work is on_track: "
                 "only a statement covering the whole task completes it, or, for an event (举办, 召开), a report "
                 "that it was held.  Process verbs alone (积极推进, 深入落实) with no concrete work are no stage, nor a "
                 "clause only claiming normal progress (项目正常推进中) beside one that reports a stage.  A "
                 "report whose only words forecast the start (即将开工建设, 计划8月开工), from half_year on, for a task "
                 "that must finish something: nothing has begun → behind.  Once the deadline to finish or to start has passed "
                 "(the task's own date, 3月底前开工 beside 年底前完工, or the year's end), only preparation or nothing "
                 "begun is seriously behind.  Where the works are under way or partly done, the one figure done in "
                 "the target's own measure (a length, an area, an amount, a mass) under another verb or noun "
                 "(完成管道铺设2.6公里 for 完成…管网改造30公里), short of the pace, is behind, under half of it "
                 "seriously behind (flagged weak_match), unless the rest is said to be under way.  Past half_year, the rest, "
                 "or some items opened by their count (但2个镇的项目…尚未启动), not begun or only prepared beside work "
                 "done → behind.")

    def judge(self, case):
        norm = for_parsing(case.progress)
        found, claims = [], []
        for s, e in _spans(_CLAUSE, norm):
            if case.in_forecast(s):
                continue
            st = clause_stage(norm[s:e])
            if st and st != "not_started":
                (claims if _claim_only(norm[s:e]) else found).append((st, s, e))
        # 项目正常推进中,目前仅完成方案设计: a clause only claiming normal progress is no stage where another
        # clause reports one.
        found = found or claims
        if not found:
            held = _event_held_dated(case, norm)
            if held and not case.numeric and _EVENT_TASK.search(case.task_text):
                # 第五届茶文化旅游节于8月16日至18日在县城举行 and no other stage word: the event was held.
                a, b = held.span()
                return Outcome("completed", None, "statement", "报告活动已举办，任务已完成",
                               [Evidence(case.progress[a:b], a, b)])
            return _start_forecast_only(case, norm)
        rank = {"active": 0, "preparing": 1, "underway": 2, "nearly_done": 3, "done": 4}
        st, s, e = max(found, key=lambda f: rank[f[0]])
        if st == "active":
            # Only process verbs (积极推进…, 深入落实…) and no concrete work (出台, 召开, 上线, figures of
            # work done): the task restated, nothing checkable — unclear.
            if case.numeric or (_concrete(case) is None and not any(f.role in ("done", "other") for f in case.facts)):
                return None
            st = "underway"
        ev = [Evidence(case.progress[s:e], s, e)]
        held = _EVENT_DONE.search(norm)
        dated = _event_held_dated(case, norm) if not held else None
        if dated:
            held, st = dated, "done"
        if st == "done" and held and not case.numeric and _EVENT_TASK.search(case.task_text) \
                and not case.in_forecast(held.start()):
            a, b = held.span()
            return Outcome("completed", None, "statement", "报告活动已举办，任务已完成",
                           [Evidence(case.progress[a:b], a, b)])
        if st == "done" and not case.numeric and _WHOLE.search(norm[s:e]) and len(
                _content_bigrams(norm[s:e]) & _content_bigrams(case.task_text)) >= 2 and (not _PROCESS_TASK.match(
                case.task_text) or _names_whole_object(norm[s:e], case.task_text)):
            # 全区56所食堂已全部完成阳光厨房改造 for 实现阳光厨房全覆盖: the whole of the task's own object.
            return Outcome("completed", None, "statement", "报告任务对象已全部完成", ev)
        opened = _DONE_EVENT.search(norm[s:e])
        subject = _NON_WORD_OR_DIGIT.sub("", norm[s:s + opened.start()]) if opened else ""
        if st == "done" and not opened:
            # 平台已完成开发和部署，于8月正式上线运行: the object opened in a later clause of the same sentence, dated
            # on or before the report's day (no 已), its subject the first clause's.
            later = _opened_later(case, norm, s, e)
            if later:
                opened, s, e, subject = later
                ev = [Evidence(case.progress[s:e], s, e)]
        obj = _NON_WORD_OR_DIGIT.sub("", norm[s + opened.end():e]) if opened and len(subject) < 2 and not any(
            s <= f.fact.span[0] < e for f in case.facts) else ""
        if st == "done" and opened and not case.numeric and not case.in_forecast(s) and not _PROCESS_TASK.match(
                case.task_text) \
                and not any(f[0] in ("preparing", "underway", "nearly_done") and _sim(case.task_text, norm[f[1]:f[2]]) >= 0.5
                            or f[0] == "nearly_done" for f in found) \
                and ((len(subject) >= 2 and _sim(subject, case.task_text) >= 0.5)
                     or (len(obj) >= 4 and _sim(obj, case.task_text) >= 0.6)):
            # 平台已正式上线运行, 中心已挂牌成立 for 建设…平台, 成立…中心: the task's own object opened, and
            # nothing of it is reported still under way.
            return Outcome("completed", None, "statement", "报告任务对象已建成启用或办结，任务已完成", ev)
        rest_idle = next(((a, b) for a, b in _spans(_CLAUSE, norm) if clause_stage(norm[a:b]) in ("not_started", "preparing")
                          and (_REST_OR_OTHER_OPENS.match(norm[a:b]) or _COUNT_NOT_BEGUN.match(norm[a:b])
                               and clause_stage(norm[a:b]) == "not_started")), None)
        # A verb after an aim adverb (有效改善…风貌, 进一步完善) states an aim, not a stage to reach.
        must = next((m for m in _MUST.finditer(case.task_text)
                     if not _AIM.search(case.task_text[max(0, m.start() - 3):m.start()])), None)
        plan_only = must and _task_prep_after(case.task_text, must.end())
        if must is None and any(not _is_level(t) and t.unit not in ("%",) for t in case.numeric):
            # 建设数字乡村示范村10个: a count of things to deliver within the year is a result to reach.
            must = _DIGIT.search(case.task_text)
        if plan_only and not case.numeric and not any(f[0] in ("underway", "nearly_done") for f in found) \
                and not _REMAINING.search(norm) and not _REST_NAMED.search(norm):
            # 规划成果已编制完成,已报市政府审批 for 完成…规划编制: the task is the plan itself, and it is finished
            # (a draft, 初稿/征求意见稿, is not).
            drawn = next(((a, b) for _, a, b in found if _PLAN_FINISHED.search(norm[a:b])
                          and _PREP_OBJECT.search(norm[a:b]) and not _PLAN_DRAFT.search(norm[a:b])
                          and _content_bigrams(norm[a:b]) & _content_bigrams(case.task_text)), None)
            if drawn:
                a, b = drawn
                return Outcome("completed", None, "statement", "任务本身为编制规划、方案或立项等前期工作，报告已完成或获批",
                               [Evidence(case.progress[a:b], a, b)])
            passed = _preparation_passed(case, norm, case.task_text[must.end():])
            ready = next(((a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)
                          and _READY_TO_BUILD.search(norm[a:b])), None) if "前期" in case.task_text[must.end():] else None
            if ready:
                # 施工图审查已完成，具备开工条件 for 完成…前期工作: the whole of the preparation done, the works ready
                # to begin.
                a, b = ready
                return Outcome("completed", None, "statement", "任务为完成前期工作，报告已具备开工条件",
                               [Evidence(case.progress[a:b], a, b)])
            if passed:
                # 项目可研已批复 for 完成…立项: a later step of preparation approved, the task's own step passed.
                a, b = passed
                return Outcome("completed", None, "statement", "任务为前期工作的一个环节，报告已完成其后的环节",
                               [Evidence(case.progress[a:b], a, b)])
        if st in ("underway", "nearly_done", "done"):
            words_ = {"nearly_done": "主体基本完成", "done": "已完成部分工作"}.get(st, "正在实施")
            # (a start target, 启动…, is reached once work is under way: never behind for still going on)
            if must and case.expected >= 100 and not pattern("start_verb").search(must.group(0)):
                return Outcome("behind", None, "stage", f"任务期限已到，报告{words_}，尚未完成，判欠进度", ev)
            # (not for a start target, 开工…项目11个, where one item still at 征收 is one share of many started)
            lagging = _item_lagging(case, norm) if must and not plan_only and not rest_idle and not pattern(
                "start_verb").search(must.group(0)) else None
            if lagging and case.expected >= threshold("half_year"):
                # 北区消防站主体施工中;南区消防站正在进行用地报批 for 新建北区、南区两个消防站: past mid-year an
                # item of several, named on its own, has not begun.
                a, b = lagging
                return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，报告其中一项尚未开工或仍在前期，判欠进度",
                               ev + [Evidence(case.progress[a:b], a, b)])
            if must and not plan_only and rest_idle and case.expected >= threshold("half_year"):
                # 完成主体施工2家,其余尚未动工: past mid-year the rest has not begun.
                a, b = rest_idle
                return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，报告其余部分尚未开工或仍在前期，判欠进度",
                               ev + [Evidence(case.progress[a:b], a, b)])
            late = works_late(case, norm) if must and not plan_only and _one_project(case) and not pattern(
                "start_verb").search(must.group(0)) else preparation_late(case, norm) if plan_only else None
            if late is None and must and not plan_only and not _one_project(case) and not pattern(
                    "start_verb").search(must.group(0)):
                # 1所正在进行桩基施工 beside others done at 30 September for 新建幼儿园4所: one item of several, given
                # its own sentence, has not reached the step of its works the time gone asks for.
                late = _item_works_late(case, norm)
            if late:
                # 主体结构施工至第8层 at 30 November, 项目于8月开工…基础施工 at 30 September for 建成投用…: the works
                # have not reached the step the time gone asks for.
                a, b = late[1]
                return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，{late[0]}，判欠进度",
                               [Evidence(case.progress[a:b], a, b)])
            short = _measure_short(case, norm)
            if short:
                # 目前完成管道铺设2.6公里 for 完成…管网改造30公里: the one figure done in the target's own measure
                # (a length, an area, an amount), under another verb or noun, falls short of the pace.
                f, c, status = short
                return Outcome(status, c, "figures", f"目标{case.numeric[0].metric}{case.numeric[0].text}，报告同一计量单位完成{f.fact.text}，"
                               f"完成率{_fmt(c)}%，低于序时进度{_fmt(case.expected)}%，判欠进度",
                               [Evidence(f.fact.text, *f.fact.span)], flags=["weak_match"])
            return Outcome("on_track", None, "stage", f"报告{words_}，按阶段判断达进度", ev)
        if must and not plan_only and _missed_outright(case):
            # 6月底前完成…建设 still at tender at 30 September, 年内未能开工 at 31 December
            return Outcome("seriously_behind", None, "stage", "任务期限已过，报告仍处前期准备阶段、尚未开工，判严重滞后", ev)
        if must and not plan_only and case.expected >= threshold("half_year"):
            return Outcome("behind", None, "stage",
                           f"任务须开工或建成，过序时进度{_fmt(case.expected)}%仍处前期准备阶段，判欠进度", ev)
        if must and case.expected >= 100:
            # 4月底前完成…摸底排查: even a task that is itself preparation is due by its deadline.
            return Outcome("behind", None, "stage", "任务期限已到，报告仍在进行，尚未完成，判欠进度", ev)
        late = preparation_late(case, norm) if plan_only else None
        if late:
            # 正在开展前期调研 at 30 November for 完成…前期工作: a quarter of the time left, still at the first step.
            a, b = late[1]
            return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，{late[0]}，判欠进度",
                           [Evidence(case.progress[a:b], a, b)])
        if must and not plan_only:
            # 已完成土地摘牌，正在进行方案设计 at 30 June for 明年底前建成…: a quarter of its time gone.
            return Outcome("on_track", None, "stage",
                           f"报告处于前期准备阶段，序时进度{_fmt(case.expected)}%未过半，按阶段判断达进度", ev)
        return Outcome("on_track", None, "stage", "报告处于前期准备阶段，任务无必达阶段，按阶段判断达进度", ev)


def _claim_only(clause: str) -> bool:
    """A clause that only claims normal progress (项目正常推进中, 各项工作有序推进) or only says the work is being
    pushed on (工程正在加快推进, words.toml [report.pushed_on]): the unit's word and at most a subject of four
    characters."""
    m = pattern("unit_statement").search(clause) or _PUSHED_ON.search(clause)
    return m is not None and len(_NOT_CJK.sub("", clause[:m.start()] + clause[m.end():])) <= 4


_PUSHED_ON = vocab.pattern("report.pushed_on")


# The works ready to begin (具备开工条件, 具备施工条件): the preparation done (not 尚不具备, 未具备).
_READY_TO_BUILD = re.compile(f"(?<!不)(?<!未)具备(?:了)?(?:{vocab.alternation('report.works_condition')})条件")


# The stage ladder of a project's works (judging.toml [words.works_*]), in order: begun, main works, finishing.
_WORKS_LADDER = ("works_begun", "works_main", "works_finishing")
_SHARE_SHORT = re.compile(r"(?<!\d)(\d+(?:\.\d+)?)\s*[%％]")


# A step only about to begin (正准备开展主体施工, 准备开始装修): not begun.
_ABOUT_TO = re.compile(f"准备(?:{vocab.alternation('stage.about_to')})")
# Finishing words that are only the verb of a finished step when an earlier step is named (桩基已完工).
_FINISHED_VERB_ONLY = frozenset(words("finished_verb_only"))


def ladder_step(case: Case, norm: str, ladder: tuple[str, ...], own: str = "") -> tuple[int, tuple[int, int]] | None:
    """The most advanced step of ``ladder`` (word keys of judging.toml, in order) that the report's clauses reach,
    outside forecasts and clauses not begun or still preparing, with its clause.  A step finished without a share
    short of 100 (完成桩基施工, 主体结构已完工; not 土建完成80%) counts as the next step begun, unless another clause
    says the works are still at that step (桩基工程已完成，正在进行承台施工: still the first step).  Words the task's
    own text holds (``own``) are the task itself, not a step toward it."""
    best: tuple[int, tuple[int, int]] | None = None
    open_at: set[int] = set()       # steps a clause not finished stands at
    finished: list[tuple[int, tuple[int, int]]] = []
    idle_at: set[int] = set()       # steps a clause says are only being prepared or not begun (正准备开展主体施工)
    for a, b in _spans(_CLAUSE, norm):
        if case.in_forecast(a):
            continue
        clause = norm[a:b]
        st = clause_stage(clause)
        if (st in ("not_started", "preparing") or _ABOUT_TO.search(clause)) and ladder == _WORKS_LADDER:
            idle_at.update(k for k, key in enumerate(ladder) if pattern(key).search(clause))
            continue
        lower = False
        for k, key in enumerate(ladder):
            m = next((m for m in pattern(key).finditer(clause) if m.group(0) not in own), None)
            if m is None:
                continue
            share = _works_share(clause)
            if st == "done" and not (share is not None and share < 100):
                if lower and m.group(0) in _FINISHED_VERB_ONLY:
                    continue     # 桩基及地下室已完工: 完工 is the verb of the earlier step, not the works finished
                finished.append((k, (a, b)))
                lower = True
                continue
            open_at.add(k)
            if best is None or k >= best[0]:
                best = (k, (a, b))     # (at the same step, the later clause: 施工至第8层 after 完成桩基施工)
    for k, span in finished:
        # (基坑开挖已结束，正准备开展主体施工: the next step not begun, the works still at the one finished)
        k = k if k in open_at or k + 1 in idle_at else min(k + 1, len(ladder) - 1)
        if best is None or k > best[0] or k == best[0] and span[0] > best[1][0]:
            best = (k, span)
    return best


def works_late(case: Case, norm: str, own: str = "") -> tuple[str, tuple[int, int]] | None:
    """For one project to be finished by its deadline (建成, 完工, 投用), not yet due: the step its works have reached
    against the time gone — only begun from first_step_late on, or the main works still going on from main_works_late
    on, is late.  Gives the reason's words and the clause."""
    if case.expected >= 100:
        return None
    step = ladder_step(case, norm, _WORKS_LADDER, own)
    if step is None:
        return None
    k, span = step
    idle = next(((a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)
                 and clause_stage(norm[a:b]) == "not_started" and pattern("finishing_idle").search(norm[a:b])), None)
    if idle and case.expected >= threshold("main_works_late"):
        return "装修或设备安装等收尾工程尚未开始", idle      # 主体已封顶,设备尚未进场 at 30 November
    if k == 0 and case.expected >= threshold("first_step_late"):
        return "工程刚开工或仅完成基础施工", span
    if k == 1 and case.expected >= threshold("first_step_late") and _main_just_begun(case, norm[span[0]:span[1]]):
        return "主体工程刚开始施工，尚未说明完成比例", span
    if k == 1 and case.expected >= threshold("main_works_late"):
        return "主体或土建工程仍在施工，装修、安装和验收尚未开始", span
    share = _works_share(norm[span[0]:span[1]])
    if k == 1 and share is not None and share <= threshold("main_works_share_max") \
            and case.expected >= threshold("first_step_late"):
        return f"主体或土建工程仅完成约{_fmt(share)}%", span
    return None


_MONTH_IN_CLAUSE = re.compile(r"(?<![\d.年])(\d{1,2})月")
# The numerals before 一层/首层 that make it another floor (施工至十一层).
_FLOOR_NUMERAL = "0123456789一二三四五六七八九十百"
_FIRST_FLOOR = frozenset(words("first_floor"))


def _main_just_begun(case: Case, clause: str) -> bool:
    """A clause of the main works with no share of themselves that says they have only just begun (正在进行首层结构
    施工, 主体结构刚出正负零, 主体结构已开始施工: judging.toml words.works_main_begun), not dated more than two months
    before the report (主体结构于3月开始施工 at 31 October has been going on since)."""
    if _works_share(clause) is not None:
        return False
    m = next((m for m in pattern("works_main_begun").finditer(clause)
              if not (m.group(0) in _FIRST_FLOOR and m.start() and clause[m.start() - 1] in _FLOOR_NUMERAL)), None)
    if m is None:
        return False
    if case.as_of is not None:
        months = [int(x) for x in _MONTH_IN_CLAUSE.findall(clause) if 1 <= int(x) <= 12]
        if any(case.as_of.month - mo > 2 for mo in months):
            return False
    return True


_FLOORS = re.compile(r"(?:至|到)第?([\d一二三四五六七八九十]+)层[^,;。，；]{0,4}?[(（]?(?:共|地上)([\d一二三四五六七八九十]+)层")


# A sentence about some of a task's items, opened by their count (1所…; 其中2个…; 另有3座…).
_ITEM_COUNT_LEAD = re.compile(rf"\s*(?:{vocab.alternation('report.item_count_lead')})?(?P<n>\d+|[一两二三四五六七八九十]{{1,3}})"
                              f"(?:{vocab.alternation('report.item_unit')})")


def _item_works_late(case: Case, norm: str) -> tuple[str, tuple[int, int]] | None:
    """On a task of several items to be finished, a sentence of its own opened by a count of items (1所正在进行桩基
    施工) whose works have not reached the step the time gone asks for (works_late, read on that sentence alone).
    Not a sentence about every item (3个项目征迁工作均已完成,正在进行拆除清零 for 实施城中村改造3个): that is the task's
    own stage."""
    total = max((t.value for t in case.numeric if t.value and not _is_level(t)), default=None)
    for a, b in _spans(_SENTENCE, norm):
        lead = _ITEM_COUNT_LEAD.match(norm[a:b])
        if case.in_forecast(a) or not lead or re.search(r"均|全部|各|都", norm[a:b]):
            continue
        n = _cn_number(lead.group("n").replace("两", "二"))
        if n is None or total is not None and n >= total:
            continue
        late = works_late(case, "。" * a + norm[a:b] + "。" * (len(norm) - b))
        if late:
            return f"其中部分项目{late[0]}", late[1]
    return None


def _project_works_late(case: Case, norm: str) -> bool:
    """One project to be finished (建成, 完工, 投用; not a start, not a task of preparation) whose works have not
    reached the step the time gone asks for (works_late), as StageAgainstDeadline reads it."""
    if case.expected >= 100 or case.expected < threshold("first_step_late"):
        return False
    must = next((m for m in _MUST.finditer(case.task_text)
                 if not _AIM.search(case.task_text[max(0, m.start() - 3):m.start()])), None)
    if must is None or _task_prep_after(case.task_text, must.end()) or pattern("start_verb").search(must.group(0)):
        return False
    return _one_project(case) and works_late(case, norm) is not None


def _works_share(clause: str) -> float | None:
    """The share of its works a clause states: 完成60%, or the floors reached of all (施工至第三层（共六层）)."""
    m = _FLOORS.search(clause)
    if m:
        done, whole = (_cn_number(g) for g in m.groups())
        return 100.0 * done / whole if done is not None and whole else None
    m = _SHARE_SHORT.search(clause)
    if m:
        return float(m.group(1))
    m = _SHARE_WORDS.search(clause)
    if not m:
        return None
    if m.group("tenths"):
        return 10.0 * _cn_number(m.group("tenths"))
    if m.group("den"):
        den, num = _cn_number(m.group("den")), _cn_number(m.group("num"))
        return 100.0 * num / den if den and num else None
    return 50.0       # 一半, 过半, 近半


# A share in words (一半, 过半, 七成, 三分之一): how much of a step of the works is done.
_SHARE_WORDS = _quick(re.compile(r"一半|过半|近半|(?P<tenths>[一二三四五六七八九])成|(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])"))


def _cn_number(text: str) -> int | None:
    """一 … 九十九 or digits."""
    if text.isdigit():
        return int(text)
    digits = "一二三四五六七八九"
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)
    return digits.index(text) + 1 if len(text) == 1 and text in digits else None


def preparation_late(case: Case, norm: str) -> tuple[str, tuple[int, int]] | None:
    """For a task that is itself preparation (完成…前期工作), not yet due: still at a first step of preparation
    (项目建议书, 需求调研) the task does not name, from first_step_late of its time on, is late."""
    if case.expected >= 100 or case.expected < threshold("first_step_late"):
        return None
    step = ladder_step(case, norm, ("preparation_first",), own=case.task_text)
    own = [k for k, w in enumerate(_PREP_ORDER) if w in case.task_text]
    at = [k for k, w in enumerate(_PREP_ORDER) if step and w in norm[step[1][0]:step[1][1]]]
    if own and at and max(own) - max(at) <= 1:
        return None      # 正在编制项目建议书 for 完成…立项: the step right before the task's own is the task's work
    later = [(a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)
             and (_PLAN_FINISHED.search(norm[a:b]) or _STRONG_UNDERWAY.search(norm[a:b]))]
    if step is None or later:
        return None
    return "前期工作仍处于起步环节", step[1]


def _one_project(case: Case) -> bool:
    """A task of one project: one part, and no count of two or more things to deliver."""
    return len(case.parts) <= 1 and not any(t.value and t.value >= 2 and not _is_level(t) for t in case.numeric)


# A plan or design finished (已编制完成, 编制工作已完成), or approved (取得立项批复, 已获批), not a draft of it
# (初稿, 征求意见稿).
_PLAN_FINISHED = _quick(re.compile(r"(?<![未基初])(?:编制)?完成|已编制|已完成"
                                   f"|(?:{vocab.alternation('completion.obtain_verb')})" r"[^,;。，；]{0,6}?"
                                   f"(?:{vocab.alternation('completion.approval', 'completion.approval_paper')})"
                                   f"|(?<![未待])获批|已(?:经|通过)?(?:{vocab.alternation('completion.approval')})"))
# The steps of preparation in their order (judging.toml [words.preparation_order]; the list's order, not longest first).
_PREP_ORDER = tuple(words("preparation_order"))


def _preparation_passed(case: Case, norm: str, after: str) -> tuple[int, int] | None:
    """For a task to finish one step of preparation (完成…立项: the last step of words.preparation_order in ``after``,
    the task's words after its verb), a clause with a later step finished or approved (项目可研已批复) or the works
    begun (已进场施工): the task's step is passed."""
    own = [k for k, w in enumerate(_PREP_ORDER) if w in after]
    if not own:
        return None
    later = _PREP_ORDER[max(own) + 1:]
    for a, b in _spans(_CLAUSE, norm):
        clause = norm[a:b]
        if case.in_forecast(a) or _NOT_YET.search(clause) or _PLAN_DRAFT.search(re.sub("|".join(_PREP_ORDER), "", clause)):
            continue
        if any(w in clause for w in later) and _PLAN_FINISHED.search(clause) or _STRONG_UNDERWAY.search(clause):
            return a, b
    return None
_PLAN_DRAFT = vocab.pattern("stage.plan_draft")


# (_SUBJECT_END, the subject a clause opens with, is defined above _opened_later.)
_CLAUSE_SUBJECT_END = vocab.pattern("report.clause_subject_end")
# A clause with no subject of its own: it goes on about what its sentence named before it.
_SUBJECTLESS = re.compile(f"\\s*(?:{vocab.alternation('report.subjectless_lead')})")
_SUBJECTLESS_PART = re.compile(f"\\s*(?:{vocab.alternation('report.subjectless_lead', 'report.subjectless_work')}|\\d)")


# Measures whose unit alone names what is measured closely enough (words.toml has the kinds: units.toml).
_DISTINCT_MEASURES = ("length", "area", "money", "mass", "volume")


def _measure_short(case: Case, norm: str) -> tuple[Fact, float, str] | None:
    """On a task with one figure to reach, in a length, an area, an amount or a mass, the one figure the report
    gives as done in the same measure, unplaced (another verb or noun: 完成管道铺设 for 管网改造), when it is short of
    the pace: (the figure, its completion, behind or seriously_behind).  Not when the report says the rest is
    under way or put off (其余…, 剩余…, 另有…: rule 4 and its kin decide), nor for a figure compared on the year."""
    if len(case.numeric) != 1:
        return None
    t = case.numeric[0]
    if _is_level(t) or t.comparator not in (None, "", ">=") or vocab.unit_kind(t.unit) not in _DISTINCT_MEASURES:
        return None
    tv = _target_value(t)
    measure = vocab.measured_unit(t.unit, t.scale)[0]
    same = [f for f in case.facts if vocab.measured_unit(f.fact.unit, f.fact.scale)[0] == measure]
    if not tv or len(same) != 1 or same[0].role != "done" or same[0].fact.cumulative and re.search(r"以来|历年", same[0].words):
        return None
    if _REMAINING.search(norm) or re.search(rf"(?:{_THE_REST})|另有", norm):
        return None
    c = round(100.0 * _value(same[0].fact) / tv, 1)
    status = by_pace(c, case.expected)
    return (same[0], c, status) if status in ("behind", "seriously_behind") else None


def _item_lagging(case: Case, norm: str) -> tuple[int, int] | None:
    """On a task of several items (a count of two or more, or a list of objects), a clause naming one item on its
    own that has not begun or is still at preparation, beside another item under way or done."""
    several = len(case.parts) >= 2 or any(t.value and t.value >= 2 and not _is_level(t) for t in case.numeric)
    if not several:
        return None
    stages = [(clause_stage(norm[a:b]), a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)]
    if not any(st in ("underway", "nearly_done", "done") for st, _, _ in stages):
        return None
    for k, (st, a, b) in enumerate(stages):
        nxt = stages[k + 1] if k + 1 < len(stages) else None
        if st == "preparing" and nxt and nxt[0] in ("underway", "nearly_done", "done") \
                and not _SENTENCE_MARK.search(norm[b:nxt[1]]) and _SUBJECTLESS.match(norm[nxt[1]:nxt[2]]):
            continue         # 项目已完成招标,正在施工: the same item, its next clause with no subject of its own has moved on
        head = _SUBJECT_END.split(norm[a:b])[0]
        subject = _NON_WORD_OR_DIGIT.sub("", head)
        # one item named on its own: not a count of them (3个项目征迁工作均已完成), nor a plan (创建方案已通过评审), nor
    # the task's own object (危桥改造…)
        if st in ("not_started", "preparing") and len(subject) >= 2 and subject not in _GENERIC_SUBJECTS \
                and not _COUNT_OR_ALL.search(norm[a:b]) and not _PREP_OBJECT.search(subject) \
                and (subject not in _NON_WORD_OR_DIGIT.sub("", case.task_text)     # 危桥改造已完成设计招标: all of them
                     or re.search(f"[、，,（(]{re.escape(subject)}|{re.escape(subject)}[、，,）)]", case.task_text)):
            return a, b
    return None


_OWN_ITEMS = _quick(re.compile(r"(?:共(\d+)项[^,;。，；\d]{0,8}|(?<![\d.])(\d+)项[^,;。，；\d]{0,8}?中)[,，]?[^,;。，；\d]{0,6}?(?:已)?"
                               f"(?:{vocab.alternation('completion.items_done')})" r"(\d+)项"), digits=True)


# A share of work done written as its verb and object and a percentage (累计完成管网改造35%).
_SHARE_DONE = re.compile(r"完成([^\d,;。，；%率]{2,12})$")


class OwnWorkload(StatusRule):
    help_text = ("A task with no number measured by its own workload: a rate of the task's own work "
                 "(积案化解率87%, 完成年度工程量60%) is its completion, compared with 序时进度.  For a 全覆盖 task, "
                 "the coverage reached (覆盖率, a share of the whole, or a part of the whole counted in the same "
                 "unit: 240个自然村中已有150个, 全区9个街道已有5个, or the whole first and the part done after it: 共60条，已完成…38条) is a "
                 "level to reach: short of the whole behind, the whole completed.")

    def judge(self, case):
        if case.numeric:
            return None
        norm = for_parsing(case.progress)
        items = _OWN_ITEMS.search(norm)
        whole, done = (items.group(1) or items.group(2), items.group(3)) if items else ("0", "0")
        if items and not case.in_forecast(items.start()) and float(whole) >= float(done) > 0:
            # 专项行动共12项任务,已完成7项 / 15项重点任务中,已完成6项: the task's own list of items.
            c = round(100.0 * float(done) / float(whole), 1)
            a, b = items.span()
            return _paced(case, c, f"任务自身{whole}项已完成{done}项",
                          [Evidence(case.progress[a:b], a, b)])
        covered = (_COVERED_OF_WHOLE.search(norm) or _WHOLE_THEN_PART.search(norm)) if "全覆盖" in case.task_text else None
        if covered and not case.in_forecast(covered.start()) and 0 < float(covered.group("part")) <= float(
                covered.group("whole")):
            # 全镇240个自然村中已有150个完成改厕 for …自然村全覆盖: the part of the whole reached is the coverage,
            # a level to reach by the year's end, held only when it is the whole.
            c = round(100.0 * float(covered.group("part")) / float(covered.group("whole")), 1)
            status = "completed" if c >= 100 else "behind"
            a, b = covered.span()
            return Outcome(status, c, "figures", f"目标全覆盖，报告{covered.group('whole')}{covered.group('unit')}中"
                           f"{covered.group('part')}{covered.group('unit')}，覆盖{_fmt(c)}%，判{status_word(status)}",
                           [Evidence(case.progress[a:b], a, b)])
        whole = next(((w, d) for w in case.facts if w.role == "scope" and _TOTAL_LEAD.search(norm[w.clause[0]:w.fact.span[0]])
                      for d in case.facts if d.role == "done" and d.sentence == w.sentence and d.fact.span[0] > w.fact.span[1]
                      and _unit_of(d.fact) == _unit_of(w.fact) and 0 < d.fact.value <= w.fact.value),
                     None) if "全覆盖" in case.task_text else None
        if whole:
            # 背街小巷共60条，已完成亮化提升38条 for …全覆盖: the whole first (共N), then the part done — the
            # coverage reached, a level held only when it is the whole.
            w, d = whole
            c = round(100.0 * d.fact.value / w.fact.value, 1)
            status = "completed" if c >= 100 else "behind"
            a, b = w.fact.span[0], d.fact.span[1]
            return Outcome(status, c, "figures", f"目标全覆盖，报告共{w.fact.text}，已完成{d.fact.text}，覆盖{_fmt(c)}%，"
                           f"判{status_word(status)}", [Evidence(case.progress[a:b], a, b)])
        task = _NON_WORD_OR_DIGIT.sub("", case.task_text)
        for f in case.facts:
            pace = _PACE_OF.search(f.fact.metric)
            if vocab.is_rate(f.fact.unit) and pace and pace.group(1) in task and 0 < f.fact.value <= 100:
                # 排查进度达到85% for 完成全区房屋安全隐患排查: the progress of the task's own work.
                c = round(f.fact.value, 1)
                return _paced(case, c, f"任务本身工作的{f.fact.metric}{_fmt(c)}%", [Evidence(f.fact.text, *f.fact.span)])
            m = f.fact
            if vocab.is_rate(m.unit) and "全覆盖" in case.task_text and _SHARE_OF_WHOLE.match(m.metric) \
                    and 0 < m.value <= 100 and not case.in_forecast(m.span[0]):
                # 已覆盖52条，占城区背街小巷总数86条的60% for …全覆盖: the share of the whole covered is the coverage.
                status = "completed" if m.value >= 100 else "behind"
                return Outcome(status, m.value, "figures", f"目标全覆盖，报告占总数的{_fmt(m.value)}%，"
                               f"判{status_word(status)}", [Evidence(m.text, *m.span)])
            if vocab.is_rate(m.unit) and m.metric.endswith("率") and 0 < m.value <= 100 and f.role == "done":
                if "全覆盖" in case.task_text and m.metric.endswith("覆盖率"):
                    # 覆盖率92% for …全覆盖: a level to reach, held only at 100.
                    status = "completed" if m.value >= 100 else "behind"
                    return Outcome(status, m.value, "figures", f"目标全覆盖，报告{m.metric}{_fmt(m.value)}%，"
                                   f"判{status_word(status)}", [Evidence(m.text, *m.span)])
                core = m.metric[-4:-1]
                if len(core) >= 2 and any(core[i:i + 2] in task for i in range(len(core) - 1)):
                    c = round(m.value, 1)
                    return _paced(case, c, f"任务本身工作量的完成{m.metric}{_fmt(c)}%", [Evidence(m.text, *m.span)])
        return None


# 240个自然村中已有150个 / 全区128个村中有96个: a part of a whole counted in the same unit.
_COVERED_OF_WHOLE = _quick(re.compile(rf"(?<![\d.])(?P<whole>\d+)(?P<unit>{vocab.unit_alternation_of('count')})"
                                      r"[^\d,;。，；]{1,12}?中[,，]?(?:目前|现)?(?:已有|已|有|共有|共)?(?P<part>\d+)(?P=unit)"),
                           digits=True)


# 全区9个街道已有5个 / 辖区登记残疾人家庭318户，已完成…204户: the whole, opened by a word of the whole area or a
# register (words.toml [report.whole_lead]), then the part already reached, in the same unit.
_WHOLE_THEN_PART = _quick(re.compile(
    f"(?:{vocab.alternation('report.whole_lead')})" r"[^\d,;。，；]{0,10}?(?<![\d.])(?P<whole>\d+)"
    f"(?P<unit>{vocab.unit_alternation_of('count')})" r"[^\d。；;]{0,16}?" f"(?:{vocab.alternation('report.part_reached')})"
    r"[^\d,;。，；]{0,12}?"
    r"(?<![\d.])(?P<part>\d+)(?P=unit)"))


# 占城区背街小巷总数86条的 / 占总数的: a share of the whole (the whole named as 总数, 总量).
_SHARE_OF_WHOLE = re.compile(r"占[^,;。，；]{0,16}?总(?:数|量)[^,;。，；]{0,10}?的?$")


# The year's plan the report states itself (年度计划投资8亿元, 全年目标完成投资12亿元).
_OWN_PLAN = re.compile(f"(?:{vocab.alternation('time.own_year')})(?:{vocab.alternation('task.plan_object')})"
                       r"(?:完成)?(?:总)?([^\d,;。，；]{0,8}?)"
                       r"(\d+(?:\.\d+)?)\s*([亿万千]?元)")


_TERSE_PERIOD = vocab.pattern("figure.terse_period")


def _terse_period(metric: str) -> bool:
    """上半年完成 / 截至6月底完成: a period and a verb, naming nothing else."""
    core = _NON_WORD_OR_DIGIT_ALT.sub("", _THIS_YEAR.sub("", metric))
    return len(_TERSE_PERIOD.sub("", core)) == 0


_NOT_DONE_AMOUNT = vocab.pattern("figure.not_done_amount")


class PlannedAmount(StatusRule):
    help_text = ("A task with no number whose report states the year's planned amount and the amount done so far "
                 "(年度计划投资8亿元, 1-6月完成投资2.1亿元): the share done is the completion, compared with 序时进度.")

    def judge(self, case):
        if case.numeric:
            return None
        norm = for_parsing(case.progress)
        for m in _OWN_PLAN.finditer(norm):
            unit, factor = vocab.comparable_unit(m.group(3), m.group(3)[0] if m.group(3)[0] in "亿万千" else "")
            plan = float(m.group(2)) * factor
            metric = _NON_WORD.sub("", m.group(1))
            done = [f for f in case.facts if f.role == "done" and not m.start() <= f.fact.span[0] < m.end()
                    and _unit_of(f.fact) == unit and not _NOT_DONE_AMOUNT.search(f.words)
                    and (not metric or metric[:2] in f.fact.metric or _terse_period(f.words.replace(f.fact.text, "")))]
            if not done or not plan:
                continue
            f = next((g for g in done if _THIS_YEAR.search(g.words)), None) or next(
                (g for g in done if g.fact.cumulative), done[0])
            c = round(100.0 * _value(f.fact) / plan, 1)
            return _paced(case, c, f"报告年度计划{m.group(2)}{m.group(3)}，已完成{f.fact.text}，完成率{_fmt(c)}%",
                          [Evidence(case.progress[m.start():m.end()], m.start(), m.end()),
                           Evidence(f.fact.text, *f.fact.span)])
        return None


# Asked at import, as every engine module asks its word lists (the vocabulary test finds dead lists).
_ACTION = vocab.pattern("status.action")


_PROCESS_ACTION = frozenset(vocab.words("status.process_action"))


def _concrete(case: Case) -> re.Match | None:
    """The first word of concrete work reported (出台, 召开, 上线): not a process verb (推进, 落实), not an
    attribute (出台的政策), not in a plan."""
    progress = case.progress or ""
    restated = [m.span() for m in _RESTATED_VERB.finditer(progress)]
    return next((m for m in _ACTION.finditer(progress) if m.group(0) not in _PROCESS_ACTION
                 and progress[m.end():m.end() + 1] != "的" and not case.in_forecast(m.start())
                 and not _NOUN_ACTION.match(progress, m.start())
                 and not any(a <= m.start() < b for a, b in restated)), None)


# 已启动相关工作, 已部署各项工作: a verb whose only object is the task itself restates it — no concrete work.
_RESTATED_VERB = re.compile(f"(?:已)?(?:{vocab.alternation('task.restated_verb')})(?:了)?"
                            f"(?:{vocab.alternation('task.restated_scope')})(?:{vocab.alternation('task.work_noun')})")


# An action word inside a noun (加强组织领导, 强化组织保障): no work reported.
_NOUN_ACTION = re.compile(f"组织(?:{vocab.alternation('task.organisation_noun')})")


class ConcreteWork(StatusRule):
    help_text = ("Concrete work or results reported (出台, 召开, 上线, figures of work done …) on a task with no "
                 "measurable part: on_track, basis stage.  On a task whose parts no figure measures (完成…排查整治), "
                 "figures of the task's own work (已排查隐患点位1236处) before its deadline: on_track, basis stage.  "
                 "Not for a rate tied to another measure (与经济增长同步) whose other side the reply does not name,.")

    def judge(self, case):
        if case.numeric:
            return None
        tied = _TIED.search(for_parsing(case.task_text))
        if tied and tied.group(1) not in for_parsing(case.progress):
            return None     # 收入增长5.2% for 收入增长与经济增长同步: the other side is not reported
        if case.parts:
            # 已排查隐患点位1236处,整改1180处 for 完成辖区消防安全隐患排查整治: figures of the task's own work (its
            # words) on a task no figure measures, before its deadline — work under way, never the task done.
            if case_expected_done(case.expected):
                return None
            own = next((f for f in case.facts if f.role == "done" and not case.in_forecast(f.fact.span[0])
                        and _content_bigrams(f.words) & _content_bigrams(case.task_text)), None)
            if own is None:
                return None
            s, e = own.clause
            return Outcome("on_track", None, "stage", "已报告任务本身工作的数量，任务无量化目标，判断达进度",
                           [Evidence(case.progress[s:e], s, e)])
        m = _concrete(case)
        if not m:
            # 走访企业1200家: on a task with no measurable part, people served are its work.
            done = next((f for f in case.facts if f.role in ("done", "other")), None)
            if done is None:
                return None
            s, e = done.clause
            return Outcome("on_track", None, "stage", "已报告具体工作成效，任务无量化目标，判断达进度",
                           [Evidence(case.progress[s:e], s, e)])
        s, e = m.start(), min(len(case.progress), m.start() + 30)
        return Outcome("on_track", None, "stage", "已报告具体工作进展，任务无量化目标，判断达进度",
                       [Evidence(case.progress[s:e], s, e)])


class Unclear(StatusRule):
    help_text = "Nothing above applies: the text does not support a verdict (unclear), the honest answer."

    def judge(self, case):
        if case.numeric:
            t = case.numeric[0]
            return Outcome("unclear", None, "none", f"目标为{t.text or t.metric}，报告中无可比数据")
        return Outcome("unclear", None, "none", "进展内容不足以判断")


def status_word(status: str | None) -> str:
    return STATUS_LABELS.get(status or "", status or "")


RULE_CLASSES: dict[str, type[StatusRule]] = {
    c.__name__: c for c in (StatedRate, WholeStatement, Cancelled, NotStarted, PaceStatement, FoundAndFixed, SubTargets, OwnWorkload,
                            PlannedAmount, ZeroHeld, RankHeld, UnitStatement, RateWithoutFigure, RatioCap, CoverageByCount, StageAgainstDeadline, ConcreteWork, Unclear)
}


@cache
def rules() -> tuple[StatusRule, ...]:
    """The configured rules in order (judging.toml ``[[rules]]``); an unknown name raises KeyError."""
    out = []
    for spec in config()["rules"]:
        options = {k: v for k, v in spec.items() if k != "name"}
        out.append(RULE_CLASSES[spec["name"]](**options))
    return tuple(out)


def confidence(outcome: Outcome, case: Case, rule: str = "") -> tuple[float, list[str]]:
    """A verdict's confidence (0–1) and its flags: the rule's own, the verdict's kind (forecast, unclear,
    figures_unanswered) and those of the flag checks.  The confidence is the share right among first-run
    verdicts like it (judging.toml [confidence], bench/calibration.py): with no flag, that of its basis, or of
    its deciding rule and basis where [confidence_rule] names them; with flags, at most that of the verdicts
    carrying its most doubtful flag ([confidence_flag])."""
    flags = list(outcome.flags)
    if case.forecast_spans:
        flags.append("forecast")
    if outcome.status == "unclear":
        flags.append("unclear")
    elif case.numeric and outcome.basis in ("stage", "unit_statement") and "part_without_fact" not in flags:
        flags.append("figures_unanswered")     # the task has figures, the verdict rests on words only
    flags += [c.flag for c in flag_checks() if c.flag not in flags and c.check(case, outcome)]
    cfg = config()
    conf = float(cfg["confidence_rule"].get(f"{rule}/{outcome.basis}", cfg["confidence"].get(outcome.basis, 0.3)))
    by_flag = cfg["confidence_flag"]
    conf = min([conf, *(float(by_flag[f]) for f in flags if f in by_flag)])
    return round(max(0.0, min(1.0, conf)), 2), flags


def needs_person(conf: float, flags: list[str]) -> bool:
    """Below needs_person_below, or with a flag of needs_person_flags: a person confirms before it counts."""
    return conf < threshold("needs_person_below") or bool(set(flags) & set(config()["thresholds"]["needs_person_flags"]))


def review(outcome: Outcome, case: Case, rule: str = "") -> tuple[float, list[str], bool]:
    """(confidence, flags, needs a person) of a verdict on a case by the rule named ``rule``: the one place
    assess_row and the first-run bench (an earlier engine's verdict, read again by today's checks) decide it."""
    conf, flags = confidence(outcome, case, rule)
    return conf, flags, needs_person(conf, flags)


def evaluate(case: Case) -> tuple[RuleObject, Outcome]:
    """The first rule that gives a verdict, and its outcome; a guard (judging.toml [[guards]]) that replaces
    the outcome is named instead of the rule."""
    for rule in rules():
        outcome = rule.judge(case)
        if outcome is not None:
            for g in guards():
                kept = g.guard(case, outcome)
                if kept is not None:
                    return g, kept
            return rule, outcome
    raise AssertionError("the last rule always applies")   # pragma: no cover


# --- needs a person: the flag checks ----------------------------------------------------------------
#
# After a rule has decided, each check reads the row again another way and raises its flag when that
# reading disagrees with the verdict or cannot be told apart from a wrong one.  A flag caps the
# confidence at its own share right (judging.toml [confidence_flag]); a flag of needs_person_flags sends
# the verdict to a person.  The checks see only the case (the row as read) and the outcome (status,
# completion, basis), so they can be applied to any verdict, also one an earlier engine gave
# (bench/status_first_runs.py).

# The flags a rule sets itself while judging (the rest come from confidence() and the flag checks).
RULE_FLAGS = frozenset({"part_without_fact", "weak_match", "conflict", "cancelled", "unit_statement"})


class FlagCheck(RuleObject):
    """A second reading of a judged row: ``check(case, outcome)`` is True when the flag applies."""

    flag = ""

    def check(self, case: Case, outcome: Outcome) -> bool:   # pragma: no cover - every check overrides it
        raise NotImplementedError


def _live_clauses(case: Case) -> list[tuple[str, str | None]]:
    """(clause, its stage) of every clause outside a forecast, read once per case for all the checks."""
    if case.live is None:
        norm = for_parsing(case.progress)
        case.live = [(norm[a:b], clause_stage(norm[a:b])) for a, b in _spans(_CLAUSE, norm)
                     if norm[a:b].strip() and not case.in_forecast(a)]
    return case.live


class DoneWithMoreToDo(FlagCheck):
    flag = "done_with_more"
    help_text = ("A completed verdict on a row that also says something is still under way, awaiting acceptance, "
                 "remaining or not begun (正在验收, 尚未完成竣工验收, 其余正在施工), or forecasts a result to come "
                 "(预计9月投用): the completion may be of a piece, not of the task.")

    def check(self, case, outcome):
        if outcome.status != "completed":
            return False
        norm = for_parsing(case.progress)
        if any(_FORECAST.search(norm[a:b]) and not vocab.pattern("intention.next_step").search(norm[a:b])
               for a, b in _spans(_CLAUSE, norm)):
            return True
        # A task to start something (开工建设…) is done once it is under way, its permits beside it.
        started = bool(case.parts) and all(p.required == "underway" for p in case.parts)
        short = ("not_started",) if started else ("underway", "nearly_done", "preparing", "not_started")
        return any(st in short and not _PACE_MET.search(c) and not (st == "underway" and pattern("follow_on").search(c))
                   for c, st in _live_clauses(case))


class DoneUnplaced(FlagCheck):
    flag = "done_unplaced"
    help_text = ("A verdict short of completed, resting on a stage, a unit's word or nothing, on a row with a "
                 "clause that states something done and nothing under way (平台已正式上线运行, 三个项目均已竣工), or, "
                 "for a task to start something, work under way: the rules could not tell whether the done thing is "
                 "the whole task.  Not for a process (深化…, 推进…), on pace with pieces done.")

    def check(self, case, outcome):
        if outcome.status in ("completed", "ahead") or outcome.basis not in ("stage", "none", "unit_statement"):
            return False
        if _PROCESS_TASK.match(case.task_text):
            return False     # 深化…, 推进…: a process is on pace with pieces done, never finished by one
        stages = [st for _, st in _live_clauses(case)]
        if bool(case.parts) and all(p.required == "underway" for p in case.parts):
            # A task to start something (开工建设…) has reached its stage once work is under way.
            return any(st in ("done", "underway", "nearly_done") for st in stages)
        # 已完成桩基工程,正在进行地下室施工: a step done and the work going on reads as on pace; work that follows a
        # result (正在推广应用, 正在扩大接入范围) is not the work going on (as for DoneWithMoreToDo).
        return "done" in stages and not any(st in ("underway", "nearly_done") and not (
            st == "underway" and pattern("follow_on").search(c)) for c, st in _live_clauses(case))


class UnitMismatch(FlagCheck):
    flag = "unit_mismatch"
    help_text = ("A verdict other than unclear on a task whose figures the row answers only in other units "
                 "(目标新增岗位5000个, 报告新增就业6200人): the figures may or may not measure the target.")

    def check(self, case, outcome):
        units = {_unit_of(t) for t in case.numeric if not _is_rate(t)}
        done = [f for f in case.facts if f.role in ("done", "stock")]
        return (outcome.status != "unclear" and bool(units) and bool(done)
                and not any(_unit_of(f.fact) in units for f in done))


# A percentage that is a level (覆盖率, 普及率), or a share of time or money (时间进度, 投资完成率), not of the work;
# a share of the year's plan or target (占年度计划的38.7%) is the work's own.
_SHARE_OTHER = re.compile(f"{vocab.alternation('time.share_of_level')}$|{vocab.alternation('time.share_of')}")
_SHARE_OF_TARGET = re.compile(r"占[^,;。，；]{0,6}?" f"(?:{vocab.alternation('task.plan_object')})的?$")


class ShareOfWhat(FlagCheck):
    flag = "share_of_what"
    help_text = ("A verdict of on pace or ahead read from a percentage that may be a level (覆盖率92%) or a share "
                 "of time or of the investment (时间进度过半, 投资完成率60%), not the share of the task's own work done "
                 "(占年度计划的38.7% is).")

    def check(self, case, outcome):
        # A level read as behind does no harm; one read as done or on pace may hide a shortfall.
        if outcome.basis != "figures" or outcome.completion is None or outcome.status not in ("ahead", "on_track"):
            return False
        # What each percentage is a share of: a figure's metric, or the words before a stated rate (投资完成率55%).
        shares = [(f.fact.value, f.fact.metric) for f in case.facts if vocab.is_rate(f.fact.unit)]
        r = case.row
        if r.stated_pct is not None and r.stated_pct_span:
            norm = for_parsing(case.progress)
            start = max((m.end() for m in _CLAUSE_MARK.finditer(norm[:r.stated_pct_span[0]])), default=0)
            shares.append((r.stated_pct, re.sub(r"[\d.]+\s*%$", "", norm[start:r.stated_pct_span[1]])))
        return any(abs(v - outcome.completion) < 0.05 and not _SHARE_OF_TARGET.search(what)
                   and _SHARE_OTHER.search(_REACH_TAIL.sub("", what)) for v, what in shares)


# A date or part of the year the task names (9月底前, 上半年完成…), and the year named beside it (全年, 年度, 年底).
_DATED_TASK = _quick(re.compile(r"(?<![\d.年])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}日)?(?:底|末|份)?(?:之?前|内)"
                                r"|(?<!下)(?:上半年|年中|第?[一二三]季度)(?:末|底)?(?:之前|前|内)?"
                                f"(?:{vocab.alternation('task.dated_verb')})"),
                     digits=True)
_WHOLE_YEAR = vocab.pattern("time.whole_year")


class InterimTarget(FlagCheck):
    flag = "interim_target"
    help_text = ("A verdict on a task with two time frames, the year's target and an interim one (全年引进3000人，"
                 "上半年完成50%以上; 移交20处（6月底前10处）): which target the pace is judged against is a reading a "
                 "person should confirm.")

    def check(self, case, outcome):
        task = for_parsing(case.task_text)
        dated = _DATED_TASK.search(task)
        if outcome.status == "unclear" or not dated:
            return False
        return bool(_WHOLE_YEAR.search(task)) or bool(re.search(r"[(（][^)）]*$", task[:dated.start()]))


class PastDeadline(FlagCheck):
    flag = "past_deadline"
    help_text = ("A verdict of on pace or ahead once the deadline has passed (序时进度 100%): on pace then means done, "
                 "so either the work is completed or it is behind (全年完成81.6亿元 of 85亿元; a cap held over the year).")

    def check(self, case, outcome):
        return case_expected_done(case.expected) and outcome.status in ("on_track", "ahead")


class LateForecast(FlagCheck):
    flag = "late_forecast"
    help_text = ("A verdict of on pace or better on a row that forecasts the result only next year (预计明年3月竣工) "
                 "for a task of this year, or, from half_year of the pace on, forecasts the start itself (力争年内开工): "
                 "the unit's own forecast says the work is later than its pace.")

    def check(self, case, outcome):
        if outcome.status not in ("completed", "ahead", "on_track"):
            return False
        norm = for_parsing(case.progress)
        if not _LATER_TASK.search(case.task_text) and _LATE_FORECAST.search(norm):
            return True
        return case.expected >= threshold("half_year") and any(
            pattern("start_verb").search(norm[a:b]) for a, b in case.forecast_spans)


class SeveralFigures(FlagCheck):
    flag = "several_figures"
    help_text = ("A verdict on figures where a part has several candidate figures of its unit (1050亩,其中620亩,430亩; "
                 "for a completed verdict also a running total, 今年新增5家,累计46家) and one reading would complete "
                 "the part while another would not.")

    def check(self, case, outcome):
        if outcome.basis != "figures" or not case.parts or sum(f.role in ("done", "stock", "started")
                                                                  for f in case.facts) < 2:
            return False
        assigned = _assign(case)
        for i, part in enumerate(case.parts):
            t = part.indicator
            if t is None or _is_rate(t) or not _target_value(t) or t.comparator == "<=":
                continue
            # Every figure of the part's unit when the part is the lone one of it, else those assigned.
            lone = sum(p.indicator is not None and _unit_of(p.indicator) == _unit_of(t) for p in case.parts) == 1
            facts = [f for f in case.facts if _unit_of(f.fact) == _unit_of(t)] if lone else assigned.get(i, [])
            # A running total beside this year's figure (累计46家 beside 今年新增5家) is a reading only for a
            # verdict that completes the part: one short of it has taken this year's figure, as it should.
            roles = ("done", "stock", "started") if outcome.status == "completed" else ("done", "started")
            done = [f for f in facts if f.role in roles]
            if len(done) < 2:
                continue
            values = [_value(f.fact) for f in done]
            readings = {by_pace(round(100.0 * v / _target_value(t), 1), case.expected) for v in [*values, sum(values)]}
            if "completed" in readings and len(readings) > 1:
                return True     # one reading finishes the part, another does not
        return False


class Implausible(FlagCheck):
    flag = "implausible"
    help_text = ("A completion above implausible_pct of the year's target before the deadline (460% by "
                 "mid-year): more likely a running total since earlier years, a project's total or another "
                 "noun's figure.")

    def check(self, case, outcome):
        pcts = [outcome.completion] + [s.completion_pct for s in outcome.sub_targets]
        return not case_expected_done(case.expected) and any(
            p is not None and p > threshold("implausible_pct") for p in pcts)


# A percentage of change or a level (同比下降5.8%, 优良率88.5%), not a share of the work done.
_RATE_OF_CHANGE = re.compile(f"{vocab.alternation('change.of_rate')}|{vocab.alternation('time.share_of_level')}")


class FiguresUnused(FlagCheck):
    flag = "figures_unused"
    help_text = ("A verdict on a stage, a unit's word or nothing while the row reports an amount or a share "
                 "done (1-6月完成投资2.1亿元, 完成总工程量的30%) that no rule read: the figure may say more than "
                 "the words.  A change or a level (同比下降5.8%, 优良率88.5%) is no share of work done.")

    def check(self, case, outcome):
        if outcome.basis not in ("stage", "unit_statement", "none"):
            return False
        r = case.row
        if r.stated_pct is not None and not (r.stated_pct_span and case.in_forecast(r.stated_pct_span[0])):
            return True      # a stated completion rate (完成总工程量的40%) the verdict did not read
        return any(f.role == "done" and (_unit(f.fact).endswith("元") or (
            vocab.is_rate(f.fact.unit) and _FIGURE_DONE.search(f.fact.metric) and not _RATE_OF_CHANGE.search(f.fact.metric)))
            for f in case.facts)


class DoneShortOfFigure(FlagCheck):
    flag = "done_short_of_figure"
    help_text = ("A completed verdict on a completion statement while the row reports a figure done of the task's own "
                 "unit short of the target (已完成疏浚4万立方米 for 12万立方米), or a share of the whole under 100% (占工程"
                 "总量的四成, 完成年度投资计划的64%): the words say done, the figure does not, and a person reads which.")

    def check(self, case, outcome):
        if outcome.status != "completed" or outcome.basis != "statement":
            return False
        r = case.row
        if r.stated_pct is not None and r.stated_pct < 100 and not (
                r.stated_pct_span and case.in_forecast(r.stated_pct_span[0])):
            return True
        for t in case.numeric:
            tv = _target_value(t)
            if _is_level(t) or vocab.is_rate(t.unit) or tv <= 0:
                continue
            if any(f.role == "done" and _unit_of(f.fact) == _unit_of(t) and 0 < _value(f.fact) < tv for f in case.facts):
                return True
        return False


class StatementScope(FlagCheck):
    flag = "statement_scope"
    help_text = ("A completed verdict on a completion statement, for a task of several parts or a process "
                 "(深化…, 持续推进…), or on a row that names a part of the whole (一半, 三分之一, 一期, 首批): the "
                 "statement may close one part, not every one.")

    def check(self, case, outcome):
        if outcome.status != "completed" or outcome.basis != "statement":
            return False
        return len(case.parts) > 1 or bool(_PROCESS_TASK.match(case.task_text)) or bool(
            pattern("part_of_whole").search(for_parsing(case.progress)))


class DoneReadAsLag(FlagCheck):
    flag = "done_read_as_lag"
    help_text = ("A verdict of behind, seriously behind or not started on words alone (a stage, a statement, a "
                 "unit's word or nothing), for a task of one part, on a row whose clauses state the work done "
                 "(征兵任务已圆满完成, 各项准备工作均已就绪) with no count, no part of the whole (主体, 一期, 部分) and not the "
                 "finishing of a preparatory step (已完成方案设计), and nothing else under way, pending or not begun: "
                 "the statement and the verdict disagree.")

    def check(self, case, outcome):
        if (outcome.status not in ("behind", "seriously_behind", "not_started") or outcome.basis == "figures"
                or len(case.parts) > 1):
            return False
        stated = False
        for clause, stage in _live_clauses(case):
            m = pattern("completion_statement").search(clause)
            if m and not (_DIGIT_OR_MAIN.search(clause) or pattern("part_of_whole").search(clause)
                          or _NOT_YET.search(clause) or _prep_finished(clause, m)):
                stated = True
            elif stage not in (None, "done") and not (stage == "underway" and pattern("follow_on").search(clause)):
                return False     # something else is under way, in preparation or not begun: the lag may be right
        return stated


class PaceOnPreparation(FlagCheck):
    flag = "pace_on_preparation"
    help_text = ("A verdict of on pace or ahead on a stage, from half_year of the pace on, for a task whose parts "
                 "must be started or finished, on a row whose every clause with a stage is preparation (设计, 招标, "
                 "施工图审查, 办理施工许可) with no work under way on site (施工, 开工): preparation alone is "
                 "behind by then, whatever word of doing (正在进行…) it is written with.  Not for a task that is "
                 "itself a preparatory step (完成方案设计, 前期工作).")

    def check(self, case, outcome):
        if outcome.status not in ("on_track", "ahead") or outcome.basis != "stage" or case.expected < threshold(
                "half_year") or not case.parts:
            return False
        if pattern("preparing").search(for_parsing(case.task_text)):
            return False     # the task is itself a preparatory step (完成方案设计, 前期工作): its own stage
        staged = [c for c, st in _live_clauses(case) if st is not None]
        return bool(staged) and all(pattern("preparing").search(c) and not _STRONG_UNDERWAY.search(c)
                                    and st != "done" for c, st in _live_clauses(case) if st is not None)


# A clause on the rest or on other items (其余3个…, 剩余…, 另有3个…, 另外…): words.toml [report.the_rest] and
# [report.other_items].
_REST_OR_OTHER_LEAD = re.compile(rf"(?:{_THE_REST}|{_OTHER_ITEMS})")


class RestHoldsPace(FlagCheck):
    flag = "rest_holds_pace"
    help_text = ("A verdict of on pace or ahead for a count whose items done fall short of the pace by themselves, "
                 "beside other items of the same count under way, pending or only prepared, or a clause on the rest "
                 "(已引进4个，另有3个已签约待落地; 已完成9条，剩余3条推迟至11月施工): the verdict rests on the rest being "
                 "done in time, which a person should confirm.")

    def check(self, case, outcome):
        if outcome.status not in ("on_track", "ahead") or case_expected_done(case.expected):
            return False
        norm = for_parsing(case.progress)
        # (the rest all under way, 其余7个正在施工, is the plain reading of such rows, not flagged)
        rest_clause = any(_REST_OR_OTHER_LEAD.match(norm, a) and clause_stage(norm[a:b]) not in ("underway", "nearly_done", "done")
                          for a, b in _spans(_CLAUSE, norm))
        for t in case.numeric:
            tv = _target_value(t)
            if _is_level(t) or vocab.is_rate(t.unit) or tv <= 0:
                continue
            mine = [f for f in case.facts if _unit_of(f.fact) == _unit_of(t)]
            done = sum(_value(f.fact) for f in mine if f.role == "done")
            moving = any(f.role in ("pending", "preparing", "not_started") for f in mine)
            if done and (moving or rest_clause) and by_pace(100.0 * done / tv, case.expected) in (
                    "behind", "seriously_behind"):
                return True
        return False


class PartNamedUnread(FlagCheck):
    flag = "part_named_unread"
    help_text = ("A verdict with a measurable part no figure or clause answered (part_without_fact) while the report "
                 "names that part's object (新增路灯工程正在招标 for 新增城市路灯1000盏; 公租房项目已完成土地摘牌 for 新建公共"
                 "租赁住房500套): the report speaks of the part and the rules could not read it, so the verdict, held at "
                 "the other parts' level, may be wrong.  A part the report does not name at all is only capped.")

    def check(self, case, outcome):
        if "part_without_fact" not in outcome.flags or outcome.status not in ("on_track", "ahead", "completed"):
            return False
        assigned = _assign(case)
        said = _content_bigrams(case.progress)
        for i, part in enumerate(case.parts):
            if part.indicator is None or assigned.get(i):
                continue
            if len(_content_bigrams(part.indicator.metric or part.text) & said) >= 2:
                return True
        return False


FLAG_CLASSES: dict[str, type[FlagCheck]] = {
    c.__name__: c for c in (DoneWithMoreToDo, DoneUnplaced, StatementScope, SeveralFigures, Implausible, FiguresUnused,
                            LateForecast, UnitMismatch, ShareOfWhat, InterimTarget, PastDeadline, DoneReadAsLag,
                            PaceOnPreparation, RestHoldsPace, PartNamedUnread, DoneShortOfFigure)
}


@cache
def flag_checks() -> tuple[FlagCheck, ...]:
    """The configured flag checks (judging.toml ``[[flags]]``); an unknown name raises KeyError."""
    return tuple(FLAG_CLASSES[spec["name"]](**{k: v for k, v in spec.items() if k != "name"})
                 for spec in config().get("flags", []))


# --- guards: what no verdict may say, whichever rule decided -----------------------------------------
#
# After the deciding rule, each guard (judging.toml [[guards]]) may replace its outcome.  A guard is the
# last word on one promise of issue 11, written apart from the rules so that a new rule cannot break it.

class Guard(RuleObject):
    """A check of the deciding rule's outcome: ``guard(case, outcome)`` gives the outcome to keep instead,
    or None when the outcome stands."""

    def guard(self, case: Case, outcome: Outcome) -> Outcome | None:   # pragma: no cover - every guard overrides it
        raise NotImplementedError


# An intention word (judging.toml [words.forecast]) not after 已/按/超/原 (已计划, 按计划完成, 超计划), then later
# in its clause a result (完成, 建成, 投用…): 预计9月完成, 目标将8月底全部完成, 确保国庆前建成.
_GUARD_RESULT = re.compile(f"{vocab.alternation('intention.clause_result')}|{vocab.alternation('completion.verb')}"
                           f"|{'|'.join(re.escape(w) for w in vocab.longest_first(words('completion_statement')))}")


@cache
def _guard_intention() -> re.Pattern:
    return re.compile(rf"(?<![已按超原])(?:{'|'.join(re.escape(w) for w in vocab.longest_first(words('forecast')))})")


def intention_clause(clause: str) -> bool:
    """A clause that states a plan, forecast or intention with a result after it (not a rate of it, 计划完成率)
    and no 已 before that result."""
    m = _guard_intention().search(clause)
    if not m:
        return False
    r = _GUARD_RESULT.search(clause, m.end())
    return bool(r) and "已" not in clause[:r.end()] and not _MEASURE_CHAR.match(clause[r.end():])


class ForecastNotDone(Guard):
    help_text = ("A completed verdict whose every piece of evidence from the report stands in a clause of plan, "
                 "forecast or intention (预计9月底完成, 目标将8月底全部完成, 力争年内建成, 确保国庆前完成, 下一步将全面完成) "
                 "is never completed: nothing in the report says the work is done, so the verdict is unclear "
                 "(flag forecast_only) and a person reads the row.")

    def guard(self, case, outcome):
        if outcome.status != "completed":
            return None
        norm = for_parsing(case.progress)
        quoted = [e for e in outcome.evidence if e.source == "progress"]
        if not quoted:
            return None
        clauses = _spans(_CLAUSE, norm)
        for e in quoted:
            start = e.start if norm[e.start:e.end] == for_parsing(e.text) else norm.find(for_parsing(e.text))
            if start < 0:
                return None
            s, t = next(((s, t) for s, t in clauses if s <= start < t), (start, start + len(e.text)))
            if not intention_clause(norm[s:t]):
                return None
        return Outcome("unclear", None, "none", "报告仅有计划、预计或打算的表述，未计为完成", list(outcome.evidence),
                       list(outcome.sub_targets), [*outcome.flags, "forecast_only"])


_REST_GOING_ON = re.compile(f"(?:{vocab.alternation('status.rest_going_on')})")


class RestStillToCome(Guard):
    help_text = ("A completed verdict beside a clause that says the rest of the task is still to come or still going "
                 "on (剩余2个计划10月完工, 后续活动持续开展至10月: report.the_rest, then a plan, forecast or intention, or work "
                 "going on) is on track, not completed: part of the work is not done (flag forecast).  Once the "
                 "deadline has passed (序时进度 100%: 全年…共9个，已竣工7个，其余2个正在扫尾 at 31 December) it is "
                 "behind: the time is over and part of the work is not done (rule question 18).")

    def guard(self, case, outcome):
        if outcome.status != "completed":
            return None
        norm = for_parsing(case.progress)
        intention = _guard_intention()
        for s, t in _spans(_CLAUSE, norm):
            clause = norm[s:t].strip()
            if _REST_OPENS.match(clause) and (intention.search(clause) or _REST_GOING_ON.search(clause)):
                if case_expected_done(case.expected):
                    return Outcome("behind", None, outcome.basis, "期限已过，报告称其余部分尚在计划或进行中，判欠进度",
                                   list(outcome.evidence), list(outcome.sub_targets),
                                   [*outcome.flags, *(["forecast"] if "forecast" not in outcome.flags else [])])
                return Outcome("on_track", None, outcome.basis, "报告称其余部分尚在计划或进行中，未计为全部完成",
                               list(outcome.evidence), list(outcome.sub_targets),
                               [*outcome.flags, *(["forecast"] if "forecast" not in outcome.flags else [])])
        return None


class WorksForecast(Guard):
    help_text = ("A completed verdict beside a clause that forecasts or plans a step of the works themselves "
                 "(主体设备安装预计9月完成, 计划11月通水调试, 预计10月竣工, or a result dated after the report, 11月底前完工 at 31 "
                 "October: a plan, forecast or intention naming a step of the works ladder, words.works_begun, "
                 "works_main or works_finishing) is "
                 "not completed: what is finished is a component (厂房已建成, 土建已完成) and the works go on — on "
                 "track before the deadline, behind once it has passed (序时进度 100%).  Not where the task is itself "
                 "a step of the works (完成主体结顶: words.works_step_task), whose later steps are no part of it, nor a "
                 "count reached (已完成改造10个 for 10个: basis figures), which later steps do not undo.")

    def guard(self, case, outcome):
        if outcome.status != "completed" or outcome.basis == "figures" or _WORKS_STEP_TASK.search(case.task_text):
            return None     # (a count reached, 已完成改造10个 for 10个, is done whatever follows it: 将于下月组织验收)
        norm = for_parsing(case.progress)
        for s, t in _spans(_CLAUSE, norm):
            clause = norm[s:t].strip()
            if _REST_OPENS.match(clause) or not (intention_clause(clause) or case.in_forecast(s) and "已" not in clause) \
                    or not _WORKS_STEP.search(clause):
                continue
            status = "behind" if case_expected_done(case.expected) else "on_track"
            ev = [*outcome.evidence, Evidence(case.progress[s:t].strip(), s + len(norm[s:t]) - len(norm[s:t].lstrip()),
                                              t - len(norm[s:t]) + len(norm[s:t].rstrip()))]
            return Outcome(status, None, "stage", f"报告部分工程已完成，但{clause}尚属计划或预计，未计为完成，"
                           f"判{status_word(status)}", ev, list(outcome.sub_targets),
                           [*outcome.flags, *(["forecast"] if "forecast" not in outcome.flags else [])])
        return None


class NotYetInPlace(Guard):
    help_text = ("A completed verdict not resting on figures beside a clause, not of a plan, that says the result is "
                 "not yet in service on a task of use (建成投用, 上线运行: 平台尚未上线, 尚未投入使用: words.not_in_service) or "
                 "that its equipment is still "
                 "being bought or has not arrived (终端设备尚在采购, 硬件正在政府采购中, 设备尚未到货: words.still_buying) "
                 "is not completed: what is done is a part (软件系统已开发完成, 装修已完成) — on track before the "
                 "deadline, behind once it has passed (序时进度 100%).")

    def guard(self, case, outcome):
        if outcome.status != "completed" or outcome.basis == "figures":
            return None
        norm = for_parsing(case.progress)
        for s, t in _spans(_CLAUSE, norm):
            if case.in_forecast(s):
                continue
            m = _STILL_BUYING.search(norm, s, t) or (
                _NOT_IN_SERVICE.search(norm, s, t) if pattern("use_target").search(case.task_text) else None)
            if m:
                status = "behind" if case_expected_done(case.expected) else "on_track"
                ev = [*outcome.evidence, Evidence(case.progress[s:t], s, t)]
                return Outcome(status, None, "stage", f"报告部分工作已完成，但{norm[s:t].strip()}，未计为完成，"
                               f"判{status_word(status)}", ev, list(outcome.sub_targets), list(outcome.flags))
        return None


_NOT_IN_SERVICE = pattern("not_in_service")
_STILL_BUYING = pattern("still_buying")


# A step of the works ladder named in a forecast clause (WorksForecast), and a task that is itself such a step.
_WORKS_STEP = re.compile("|".join(re.escape(w) for w in vocab.longest_first(
    (*words("works_begun"), *words("works_main"), *words("works_finishing")))))
_WORKS_STEP_TASK = pattern("works_step_task")


# 《细则》经区长办公会审议通过，待印发: a document adopted (审议通过), its issue (印发, 发布, 发文, 出台) still to
# come in the same sentence (待, 将, 拟, 即将, 尚未, 正在履行…).
_ADOPTED = vocab.pattern("status.adopted")
_ISSUE_PENDING = re.compile(f"(?:{vocab.alternation('status.issue_pending')})[^,;。!?，；！？]{{0,8}}?"
                            f"(?:{vocab.alternation('status.issue')})")


class IssuePending(Guard):
    help_text = ("A completed verdict on a row that says a document was adopted (审议通过, 通过审议) and, later in the "
                 "same sentence, that its issue is still to come (待印发, 近期将正式印发, 尚未发文, 正在履行发文程序): "
                 "adopted is not issued, so the work is nearly done — on track before the deadline, behind once it "
                 "has passed (序时进度 100%).")

    def guard(self, case, outcome):
        if outcome.status != "completed":
            return None
        norm = for_parsing(case.progress)
        for a, b in _spans(_SENTENCE, norm):
            adopted = _ADOPTED.search(norm, a, b)
            pending = _ISSUE_PENDING.search(norm, adopted.end(), b) if adopted else None
            if pending:
                status = "behind" if case_expected_done(case.expected) else "on_track"
                ev = [Evidence(case.progress[adopted.start():pending.end()], adopted.start(), pending.end())]
                return Outcome(status, None, "stage", f"报告文件已审议通过，尚待印发，未计为完成，判{status_word(status)}",
                               ev, list(outcome.sub_targets), list(outcome.flags))
        return None


# Two dates of the milestone vocabulary in a task (6月底前完成方案设计，年底前建成…): asked before the task is parsed.
_MILESTONE_DATE = re.compile(rf"{vocab.alternation('deadline.year_end', 'deadline.mid_year')}|(?<!\d)\d+月底|(?<!\d)\d+月份?前")


@lru_cache(maxsize=4096)
def _dated_milestones(task_text: str, year: int) -> tuple[tuple[date, str, str], ...]:
    """The task's milestones with a date (indicators.parse: a task with no figure), as (date, clause, stage)."""
    if len(_MILESTONE_DATE.findall(task_text)) < 2:
        return ()
    out = []
    for m in parse_task(task_text)[1]:
        d = deadline_date(m.deadline, year)
        if d:
            out.append((d, m.text, m.stage))
    return tuple(out)


# A share of the work done rather than a step reached (已完成七成, 完成60%, 过半).
_STEP_SHARE = re.compile(r"\d|[一二三四五六七八九两]成|过半|一半")


def _interim_met(case: Case, milestone: str, stage: str) -> bool:
    """An interim milestone the report shows reached on the stage ladder: for a start (开工) or a preparatory step
    (完成方案设计, 完成招标, 完成选址), a clause of a later step under way or further on (主体结构正在施工), or a clause
    that names the step's object finished whole (方案设计已完成; not 征地拆迁正在推进, 已完成七成); the rules' own
    reading of a step of the works (完成主体结构) decides the rest."""
    preparatory = stage == "underway" or bool(pattern("preparing").search(milestone) or _PREP_OBJECT.search(milestone))
    if not preparatory:
        return False
    rest = _MILESTONE_DATE.sub("", milestone)
    verb = _DONE_OR_FINISHED.search(rest)
    obj = _content_bigrams(rest[verb.end():] if verb else rest)      # 方案设计 of 6月底前完成方案设计
    for clause, st in _live_clauses(case):
        share = _STEP_SHARE.search(clause)
        if _content_bigrams(clause) & obj:
            # the step itself: met when finished whole (方案设计已完成), not while under way (征地拆迁正在推进)
            if pattern("completion_statement").search(clause) and not share and not _NOT_YET.search(clause):
                return True
        elif st in ("underway", "nearly_done", "done") and not share:
            return True      # a later step under way (主体结构正在施工); a share done (已完成七成) is no step
    return False


class InterimMissed(Guard):
    help_text = ("A verdict of on pace or ahead on a task of two dated milestones or more (6月底前完成方案设计，年底前"
                 "建成…; 9月底前开工，年底前完成主体结构): the task's deadline is the last, and each earlier milestone whose "
                 "date has passed is judged on its own, the report read against that milestone alone at its date (序时"
                 "进度 100%).  When that reading is behind or not started (正在编制方案 at 30 September for 6月底前完成方案"
                 "设计), the interim milestone was missed: the task is behind (flag interim_target).")

    def guard(self, case, outcome):
        if outcome.status not in ("on_track", "ahead") or case.as_of is None:
            return None
        dated = _dated_milestones(case.task_text, case.as_of.year)
        if len(dated) < 2:
            return None
        last = max(d for d, _, _ in dated)
        for d, text, stage in dated:
            if d >= last or d > case.as_of or _interim_met(case, text, stage):
                continue
            sub = build_case(case.row, text, parse_task(text)[0], 100.0, case.as_of)
            _, missed = evaluate(sub)
            if missed.status in ("behind", "seriously_behind", "not_started"):
                return Outcome("behind", outcome.completion, missed.basis,
                               f"阶段目标“{text}”期限已过，{missed.reason}，判欠进度",
                               list(missed.evidence) or list(outcome.evidence), list(outcome.sub_targets),
                               [*outcome.flags, *(["interim_target"] if "interim_target" not in outcome.flags else [])])
        return None


GUARD_CLASSES: dict[str, type[Guard]] = {c.__name__: c for c in (ForecastNotDone, RestStillToCome, WorksForecast,
                                                                NotYetInPlace, IssuePending, InterimMissed)}


@cache
def guards() -> tuple[Guard, ...]:
    """The configured guards (judging.toml ``[[guards]]``); an unknown name raises KeyError."""
    return tuple(GUARD_CLASSES[spec["name"]](**{k: v for k, v in spec.items() if k != "name"})
                 for spec in config().get("guards", []))
