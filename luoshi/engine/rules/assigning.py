"""Facts to parts (``_assign``): each figure of a progress row given to the part of its task it answers — by
unit and name (``_match``), a terse figure naming only the target's verb, a scope's items, a running total's
thing, and the figures of one sentence that are parts of one figure (months, places, a road's layers).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import vocab
from ..progress import PLAN_SHARE_END, stated_shares
from ..text import bigrams, for_parsing
from .base import (
    _ALREADY_LEAD,
    _AMONG,
    _COMPLETION_BRING_IN,
    _COMPLETION_LANDED,
    _COMPLETION_LANDING_TARGET,
    _COMPLETION_SIGNED,
    _FIGURE_FUNDS_AVAILABLE,
    _FIGURE_FUNDS_UNAVAILABLE,
    _GENERIC,
    _NON_WORD,
    _NON_WORD_OR_DIGIT,
    _NOT_HAN_CHAR,
    _STAGE_WORK_STEP,
    _TASK_REMOVAL,
    _TASK_SIGNED_MEASURE,
    _is_level,
    _quick,
    _sim,
    _sim_form,
    _sim_grams,
    pattern,
    threshold,
)
from .building import _SCOPE_TAIL, _THIS_YEAR, own_verb_joined
from .case import _VERB_HEADS, Case, Fact, Part, _head, _unit_of
from .clauses import (
    _GENERIC_SUBJECTS,
    clause_stage,
)
from .roles import _IN_USE_DONE
from .task_parts import PER_PERIOD

_FIGURE_DONE = vocab.pattern("figure.done_word")
# 增长, 同比增长, 增速: a figure's name that is only a change (words.toml forecast.bare_change), no measure of its own.
_ESTIMATE_CHANGE_ONLY = re.compile(f"^(?:{vocab.alternation('forecast.bare_change')})$")
_DISTINCT_MEASURE = [tuple(w.split(">", 1)) for w in vocab.words("figure.distinct_measure")]


@lru_cache(maxsize=4096)
def _target_words(metric: str) -> tuple[str | None, str, str]:
    """(the stock word the target's name holds, its verb, the two characters it ends with), read once per
    target: _match asks them for every figure of the row."""
    # 规模以上/限额以上 name a class of firms, not a stock (规上 written out first).
    stock = pattern("stock_head").search(pattern("firm_class").sub("", vocab.full_names(metric)))
    # (年内交付600套: a deadline before the verb is no part of it)
    verb = _METRIC_VERB.sub("", _METRIC_DEADLINE.sub("", _METRIC_PERIOD.sub("", metric)))[:2]
    # 招商引资项目落地15个 answered by 已落地开工5个: the verb after the object is the target's own verb too.
    tail = _NON_WORD.sub("", metric or "")[-2:]
    return (stock.group(0) if stock else None), verb, tail


def _other_measure(target, fact: Fact) -> bool:
    """The figure measures another thing than the target by a defining word (words.toml figure.distinct_measure), or
    each names a rate of its own (_other_rate)."""
    return any(a in target.metric and b in fact.fact.metric and a not in fact.fact.metric
               for a, b in _DISTINCT_MEASURE) or _other_rate(target.metric or "", fact.fact.metric or "")


# A name ending in a rate: the two characters before 率 say what is counted (接通率, 办结率, 满意率).
_RATE_END = re.compile(r"([\u4e00-\u9fff]{2})率$")
_STATED_RATE = frozenset(vocab.words("progress.stated_rate"))


def _other_rate(target: str, said: str) -> bool:
    """热线接通率达到95% answered by 办结率99.1%, 满意率97.3%: a target and a figure each named by a rate, the words
    before 率 differing and neither's words in the other's name — another measure of the same service, no answer
    (the labels' README rule 6).  A completion rate the reply states (完成率, 执行率: progress.stated_rate) is the
    task's share done, whatever the target's measure."""
    t, f = _RATE_END.search(_NON_WORD.sub("", target)), _RATE_END.search(_NON_WORD.sub("", said))
    if not t or not f or t.group(1) == f.group(1) or f.group(0) in _STATED_RATE:
        return False
    return f.group(1) not in target and t.group(1) not in said     # (签约覆盖率 for 签约率: the same rate, qualified)


def _plan_share_for_change(part: Part, fact: Fact) -> bool:
    """完成年度预算的72.1%, 占年度计划的51.3% for 一般公共预算收入增长5%: the share of the year's budget or plan done
    answers no growth or decline target (the 同比 figure beside it does)."""
    return part.indicator is not None and part.indicator.kind in ("growth_rate", "decline_rate") \
        and bool(_PLAN_SHARE_METRIC.search(fact.fact.metric))


# A figure's name ending in a change on the year (…投入同比增长, …增加值增长, …下降: words.toml [change.basis_lead],
# [change.growth], [change.fall]) — the figure is that change.
_CHANGE_AT_END = re.compile(rf"(?:{vocab.alternation('change.basis_lead')})?"
                            rf"(?:{vocab.alternation('change.growth', 'change.fall')})$")
_CHANGE_IN_NAME = re.compile(f"(?:{vocab.alternation('change.growth', 'change.fall')})")


def _change_for_level(t, fact: Fact) -> bool:
    """研发经费投入同比增长18% for 研发投入强度达到1.5%, 增加值同比增长9.6% for …占规上工业比重达到50%: a change on the
    year answers no level (a share, an intensity, a rate to reach) — only a target whose own name is a change
    (增长率达到8%) is answered by one."""
    return t.kind == "ratio" and bool(_CHANGE_AT_END.search(_NON_WORD.sub("", fact.fact.metric))) \
        and not _CHANGE_IN_NAME.search(t.metric or "")


def _match(part: Part, fact: Fact) -> float:
    t = part.indicator
    assert t is not None
    if _change_for_level(t, fact):
        return 0.0
    if t.kind in ("growth_rate", "decline_rate") and _SHARE_IN_METRIC.search(fact.fact.metric) \
            or _plan_share_for_change(part, fact):
        return 0.0       # 工业投资…，占固定资产投资比重42% against 固定资产投资增长10%: a share of the whole, no growth
    if vocab.measured_unit(t.unit, t.scale)[0] != vocab.measured_unit(fact.fact.unit, fact.fact.scale)[0]:
        return 0.0
    if fact.role == "done" and pattern("benefit_verb").match(fact.fact.metric) \
            and pattern("problem_noun").search((t.metric or "")[-2:]):
        # 惠及群众1620人 for 解决1500人安全饮水问题: the people a finished work benefits, read as done only for a task
        # to solve a problem for people (building.py, words.solve_for_people) — the count, named otherwise: loose.
        return threshold("match")
    if _other_measure(t, fact):
        return 0.0       # 规上工业总产值增长8.3% against 规模以上工业增加值增长7%: another measure of the same firms
    if fact.fact.cumulative and PER_PERIOD.match(t.metric):
        return 0.0       # 1-5月累计完成7个 against 每月完成…2个: a running total, not one month's quota
    stock, verb, tail = _target_words(t.metric)
    if stock and stock not in vocab.full_names(fact.fact.metric) \
            and len(_NON_WORD.sub("", fact.fact.metric)) > 2 and not pattern("stock_held").search(fact.fact.metric):
        return 0.0       # 基金规模扩大到5亿元 against 基金使用金额3000万元: a flow, not the stock (实际库存: the stock held)
    # 改建330万户厕: a one-character unit that begins the noun after it (户 of 户厕) is part of the thing's name.
    target_words = _named_with_unit(part) if part.noun and _named_with_unit(part) != t.metric else f"{t.metric}{part.noun}"
    same_verb = 0.5 if len(verb) == 2 and verb not in _GENERIC and fact.fact.metric.startswith(verb) else 0.0
    if tail in _VERB_HEADS and tail not in _GENERIC and _ALREADY_LEAD.sub("", fact.fact.metric).startswith(tail):
        same_verb = 0.5
    # 完成全区3000户困难家庭走访慰问: the count before its noun and verb, so the target's words run on past it.
    # 征收签约378户 for 完成…征收600户: what is signed is the thing compared, the signing is read by its role.
    signed = _SIGNED_END.sub("", fact.fact.metric) if not _COMPLETION_SIGNED.search(t.metric) else fact.fact.metric
    # 护岸工程完成3公里 for 新建护岸8公里 beside 某某治理工程（完成清淤…）: the works word after the part's noun is no name.
    signed = _WORKS_WORD_IN_NAME.sub("", signed)
    # 3个试点小区 for 完成12个小区…改造: a first share of the target's own items (words.toml figure.subset_lead).
    own_noun = _SUBSET_LEAD.sub("", fact.noun or "")
    own_noun = own_noun if len(own_noun) >= 2 else fact.noun
    own_metric = _METRIC_PERIOD.sub("", t.metric)
    score = max(same_verb, _sim(t.metric, signed), _sim(own_metric, signed) if len(own_metric) >= 2 else 0.0,
                _sim(target_words, own_noun) if own_noun else 0.0,
                _sim(target_words, fact.fact.metric) if part.noun and len(part.noun) >= 4 else 0.0)
    if _TASK_SIGNED_MEASURE.search(t.metric) and _TASK_SIGNED_MEASURE.search(fact.fact.metric) and _COMPLETION_SIGNED.search(fact.fact.metric):
        score = max(score, threshold("match"))      # 已签订征收协议412户 for 完成…征收800户: its agreements, the count
    noun = _task_work_cut(fact.noun, t.metric)
    if noun and len(noun) == 1 and f"{t.metric}{part.noun}".endswith(noun) \
            and "未" not in fact.words and _FIGURE_DONE.search(fact.words):
        score = max(score, threshold("match"))      # 3个村 for …特色精品村3个: the noun ends the target's name
    head = _head(fact.noun or fact.fact.metric)
    if score < threshold("match") and head and head in (_head(t.metric), _head(part.noun)) \
            and _GAIN.search(fact.fact.metric):
        # 签约落地项目4个 against 招引亿元以上产业项目20个: the same thing gained (项目), named otherwise — a
        # loose match, flagged weak; 提供岗位1.2万个 gains no 就业岗位.
        score = threshold("match")
    recognised = _RECOGNITION.search(fact.noun) if fact.noun and score < threshold("match") else None
    if recognised and _head(fact.noun[:recognised.start()]) in {_head(t.metric), _head(part.noun)} - {""}:
        # 12家企业通过省级认定 for 新增省级专精特新企业20家: the subject recognised (企业) is the target's head — a
        # loose match, flagged weak, as a thing gained named otherwise is.
        return threshold("match")
    only = _RECOGNISED_ONLY.fullmatch(_ALREADY_LEAD.sub("", fact.noun or fact.fact.metric)) \
        if score < threshold("match") else None
    if only and (not only.group("level") or only.group("level") in t.metric):
        # 已有14家通过省级认定, 已获省级认定9家 for 新增省级示范家庭农场30家: a count of items recognised naming
        # nothing else (no noun of its own) is of the target's recognised items — loose, flagged weak.
        return threshold("match")
    if fact.noun and len(fact.noun) >= 2 and _sim(target_words, own_noun) == 0 and _sim(
            target_words, fact.fact.metric) < 0.5:
        return 0.0       # 等3个项目120个停车位: 3个 counts another noun
    if score < threshold("match") and t.kind == "growth_rate":
        # 完成投资96.8亿元,增速13.3% for 固定资产投资增长10%以上: the reply's measure, its growth words and 同比 aside, the
        # end of the target's own name (投资 of 固定资产投资) — the same measure said short; a loose match, flagged weak.
        said = _GROWTH_ASIDE.sub("", _NON_WORD.sub("", fact.fact.metric))
        own = _GROWTH_ASIDE.sub("", _NON_WORD.sub("", t.metric or ""))
        if len(said) >= 2 and own.endswith(said) and own != said:
            return threshold("match")
    return score


# 同比, 增长, 增速, 增幅 in a measure's name, and the words of a total done before it (words.toml change.growth_name,
# verify.year_on_year, figure.growth_aside): set aside to compare it.
_GROWTH_ASIDE = re.compile(f"(?:{vocab.alternation('change.growth_name', 'verify.year_on_year', 'figure.growth_aside')})")


_GAIN = vocab.pattern("completion.gain")
_SUBSET_LEAD = re.compile(f"^(?:{vocab.alternation('figure.subset_lead')})")
_TASK_WORK = re.compile(f"^(?P<noun>.+?)的?(?P<verb>[\u4e00-\u9fff]{{2}})(?:{vocab.alternation('figure.task_work_word')})$")


def _named_with_unit(p: Part) -> str:
    """The target's name with the noun after its figure, a one-character unit joined to it when it opens that noun
    (改建330万户厕 → 改建户厕: 户 of 户厕)."""
    t = p.indicator
    own_unit = t.unit[len(t.scale):] if t.scale and t.unit.startswith(t.scale) else t.unit
    return f"{t.metric}{own_unit}{p.noun}" if len(own_unit) == 1 and p.noun else t.metric


def _task_work_cut(noun: str, metric: str) -> str:
    """The counted noun without the task's own work named after it (村创建工作 → 村 for 创建…精品村6个: words.toml
    figure.task_work_word after the target's verb); any other noun as it is."""
    m = _TASK_WORK.match(noun or "")
    return m.group("noun") if m and m.group("verb") in metric else (noun or "")
# A figure's metric ending on the year's budget or plan and 的 (完成年度预算的, 占年度计划的: words.toml
# [figure.plan_share_whole]): the share of it done, no growth — the reader's own pattern (progress.py).
_PLAN_SHARE_METRIC = PLAN_SHARE_END
# 占固定资产投资比重: a figure's metric naming it a share of a whole (words.toml verify.share_word after 占).
_SHARE_IN_METRIC = re.compile(f"占[^,;。，；]*?(?:{vocab.alternation('verify.share_word')})")
# A road's layer laid before its surface (路基, 基层: words.toml figure.earlier_step).
_EARLIER_STEP = vocab.pattern("figure.earlier_step")


def _earlier_step_beside(f: Fact, mine: list[Fact], norm: str) -> bool:
    """已完成入户评估430户，完成改造210户 for 完成…适老化改造500户: a larger count of a step taken before the work
    (words.toml figure.earlier_step) beside the count matched to the target, in its sentence, whose clause names no
    such step — a step before the work, no part of it (statusd, stop 56)."""
    return _EARLIER_STEP.search(norm, f.clause[0], f.fact.span[0]) is not None and any(
        m.sentence == f.sentence and m.fact.value < f.fact.value
        and _EARLIER_STEP.search(norm, m.clause[0], m.fact.span[0]) is None for m in mine)
# 企业通过省级认定: the subject before a recognition won (words.toml [figure.recognition_lead], [figure.recognition]).
_RECOGNITION = re.compile(f"(?:{vocab.alternation('figure.recognition_lead')})[^,;。，；]{{0,6}}?"
                          f"(?:{vocab.alternation('figure.recognition')})")
# 通过省级认定, 获市级认定, 完成第一批认定: a recognition naming only its level or batch (words.toml
# [figure.recognition_level]), the figure's own words with nothing counted named.
_RECOGNISED_ONLY = re.compile(f"(?:有)?(?:{vocab.alternation('figure.recognition_lead')}"
                              f"|{vocab.alternation('figure.recognition_own_lead')})?"
                              f"(?:(?P<level>{vocab.alternation('figure.recognition_level')})|(?:首|第[一二三四五六七八九十\\d])批)?"
                              f"(?:{vocab.alternation('figure.recognition')})")
_METRIC_VERB = re.compile(f"^(?:{vocab.alternation('figure.metric_verb')})")
_METRIC_DEADLINE = re.compile(f"^(?:{vocab.alternation('figure.metric_deadline')})")
# The period a target's name opens with, and its plan word (1—6月计划开工项目, 1—6计划开复工, 上半年计划投资, 一季度目标): the time the
# figure is for, no part of the thing compared (开工项目 against 实际开工62项).
_METRIC_PERIOD = re.compile(r"^(?:(?:1\s*[-—–~～至到]\s*\d{1,2}|一至[二三四五六七八九十]{1,2})月份?|"
                            rf"1\s*[-—–~～至到]\s*\d{{1,2}}(?={vocab.alternation('time.period_plan')})|"
                            f"(?:{vocab.alternation('figure.metric_period')}))"
                            f"(?:{vocab.alternation('time.period_plan')})?")


_TERSE_LEAD = re.compile(f"^(?:{vocab.alternation('figure.terse_lead')})+")
_TERSE_VERB = re.compile(f"^(?:{vocab.alternation('figure.terse_verb')})+")


# A doer the figure's words open with (由区教育局统一…, 区住建局已…): who did the work, not what was counted.
# Opened by 由 or followed by how it did it (统一, 牵头, 已 …): a verb ending like a name (举办展览, 承办赛事,
# 督办事项, 布局) is no doer, and what follows it is another thing counted.
_AGENT_HOW = f"(?:{vocab.alternation('figure.agent_manner')})"
_AGENT = re.compile(f"^(?:由[^\\d]{{1,8}}?(?:{pattern('agent_suffix').pattern})|[^\\d]{{1,8}}?"
                    f"(?:{pattern('agent_suffix').pattern})(?={_AGENT_HOW})){_AGENT_HOW}*")


# Only a change on the year (同比增长, 增长, 同比下降: words.toml [change.basis_lead], [change.growth], [change.fall]).
_CHANGE_WORDS_ONLY = re.compile(rf"(?:{vocab.alternation('change.basis_lead')})?"
                                rf"(?:{vocab.alternation('change.growth', 'change.fall')})")


def _terse(f: Fact, p: Part) -> bool:
    """A figure whose words are only a period, an adverb and the target's own verb (2020年已完成改造4个 for
    完成老旧小区改造15个): it names nothing else; a doer before the verb (由区教育局统一完成改造) is no other
    thing named."""
    core = _NON_WORD_OR_DIGIT.sub("", _THIS_YEAR.sub("", f.fact.metric))
    core = _TERSE_LEAD.sub("", core)
    doer = _AGENT.match(core)
    if doer and doer.end() < len(core):
        core = _TERSE_LEAD.sub("", core[doer.end():])
    if len(core) <= 2:
        return True
    if p.indicator is not None and p.indicator.kind in ("growth_rate", "decline_rate") and _CHANGE_WORDS_ONLY.fullmatch(core) \
            and "占" not in (p.indicator.metric or ""):
        # 同比增长5.2% for 固定资产投资增长8%: a change on the year naming nothing else, the target's own (not for a
        # share raised, 占GDP比重提升至5%, whose change is no growth of a measure)
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


def _amount_of_named(f: Fact, p: Part, norm: str) -> bool:
    """The figure is an amount named by an amount's measure word and at most two characters before it (登记金额,
    融资额: words.amount_noun), and the target's own name (four characters or more, its verb of doing aside) stands
    earlier in the figure's sentence (办理知识产权质押融资登记37笔，登记金额2.36亿元): the amount of the thing that
    sentence names."""
    if p.indicator is None or vocab.unit_kind(f.fact.unit) != "money":
        return False
    metric = _NOT_HAN_CHAR.sub("", f.fact.metric)
    m = pattern("amount_noun").search(metric)
    if not m or m.end() != len(metric) or m.start() > 2:
        return False
    name = _NOT_HAN_CHAR.sub("", _DOING_LEAD.sub("", p.indicator.metric or ""))
    return len(name) >= 4 and name in _NOT_HAN_CHAR.sub("", norm[f.sentence[0]:f.fact.span[0]])


_DOING_LEAD = re.compile(f"^(?:{vocab.alternation('deadline.year_end')})?(?:{pattern('amount_target_lead').pattern})?")


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


# 发现安全隐患52处，已整改到位20处: what a survey found, then how much of it is put right, in the same unit.
_FOUND_FIXED = _quick(re.compile(
    f"(?:{vocab.alternation('report.survey_found')})" r"[^\d,;。，；]{0,10}?(?<![\d.])(?P<whole>\d+)"
    f"(?P<unit>{vocab.unit_alternation_of('count')})" r"[^\d。]{0,12}?"
    f"(?:{vocab.alternation('stage.survey_remedy')})" r"[^\d,;。，；]{0,8}?(?<![\d.])(?P<part>\d+)(?P=unit)"))


_SURVEY_FOUND = vocab.pattern("report.survey_found")


def _found_before(case: Case, f: Fact, norm: str) -> Fact | None:
    """The figure a survey found (排查发现问题1320个) when ``f`` is the count of it put right after it (已整改销号865个:
    report.survey_found, then stage.survey_remedy, in one unit), or None."""
    for m in _FOUND_FIXED.finditer(norm):
        if m.start("part") <= f.fact.span[0] < m.end("part"):
            return next((g for g in case.facts if g is not f and g.fact.span[0] <= m.start("whole") < g.fact.span[1]), None)
    return None


def _stock_before(case: Case, f: Fact, p: Part) -> float:
    """How well the running total or stock standing before ``f`` in its sentence, of its unit, matches ``p``
    (0 with none)."""
    return max((_match(p, g) for g in case.facts if g.role == "stock" and g.sentence == f.sentence
                and g.fact.span[1] <= f.fact.span[0] and _unit_of(g.fact) == _unit_of(f.fact)), default=0.0)


def _step_fits(f: Fact, p: Part) -> bool:
    """A figure's step the part's own: begun for a part asking a start (required underway), finished for one asking a
    finish — the tie-break among parts a figure matches alike (_assign_facts)."""
    return (f.role == "started" and p.required == "underway") or (f.role == "done" and p.required == "done")


def _breakdown_named(f: Fact, p: Part) -> bool:
    """The part is the task's breakdown (其中10亿元以上项目3个) and the figure is named as it, word for word (其中10亿元以上项目1个):
    the tie-break among parts a figure matches alike — the whole's name (亿元以上项目) is found in the breakdown's too."""
    metric = p.indicator.metric if p.indicator is not None else ""
    return bool(_AMONG.match(metric)) and _NON_WORD.sub("", _AMONG.sub("", metric)) == _NON_WORD.sub("", f.fact.metric)


def _assign_facts(case: Case) -> dict[int, list[Fact]]:
    """Facts to parts: each fact to the part it matches best, so several figures answer several targets.
    A lone figure of a unit answers the lone target of that unit unless its noun is another's."""
    out: dict[int, list[Fact]] = {}
    numeric = [(i, p) for i, p in enumerate(case.parts) if p.indicator is not None]
    norm = for_parsing(case.progress)
    for f in case.facts:
        if f.role in ("scope", "compared", "whole"):
            continue
        unit = _unit_of(f.fact)
        same = [(i, p) for i, p in numeric if _unit_of(p.indicator) == unit
                and (f.role != "stock" or _is_level(p.indicator)) and not _plan_share_for_change(p, f)]
        # 25个老旧小区中，已完工8个，在建12个 beside another target of the unit: figures with no noun of their own after a
        # scope (N个X中) in the same part of the sentence count the items of the scope's target.
        scope = _scope_before(case, f, norm) if len(same) > 1 and not f.noun else None
        hits = [i for i, p in same if _match(p, scope) >= threshold("match")] if scope else []
        if len(hits) == 1:
            out.setdefault(hits[0], []).append(f)
            continue
        mine = [g for g in case.facts if _unit_of(g.fact) == unit
                and g.role not in ("scope", "stock", "compared", "whole", "within")
                and not (same and all(_plan_share_for_change(p, g) for _, p in same))]
        # (a running total named by its month's figure, 8月新入规企业2家，累计新增7家, is the lone one done beside firms
        # still awaiting review: 另有3家企业已报送入规材料，待审核)
        lone = len(same) == 1 and (len(mine) == 1 or f.named_by is not None and f.role == "done"
                                   and sum(g.role != "pending" for g in mine) == 1)
        # 1所已建成,2所正在设计 against 新建幼儿园3所: figures that name no noun of their own count the
        # lone target of their unit.
        # Only one of them done: several done figures may count one set of items at different steps.
        # (2个主体施工 in a list by stage with items only prepared or not begun, 1个完成招标: a stage written after
        # the count is no noun of its own; with every item done or under way the stage decides, as before)
        staged = any(g.role in ("preparing", "not_started") for g in mine)
        bare = len(same) == 1 and all(not g.noun or g.noun in _GENERIC_SUBJECTS or staged and clause_stage(g.noun) in (
            "underway", "preparing", "nearly_done", "done", "not_started") for g in mine) \
            and sum(g.role == "done" and not _signed_only(g, same[0][1]) for g in mine) <= 1
        # (D区2个项目尚未开工: 项目 names no other thing; 已签订加装协议41部 beside 已竣工投用9部 for 加装电梯40部: the
        # signed count is no second count done — judge_indicator reads it under way — so the stages still count the lone
        # target's items)
        if f.role == "within":
            lone = bare = False     # (其中城区11条 after 新增15条: a breakdown answers a part only by its own name)
        scored = []
        enough = threshold("match")
        for i, p in same:
            if _other_measure(p.indicator, f):
                continue     # (营业收入增长8.1% beside 利润增长5.0% for 增加值增长7%: no reading lets another measure answer)
            if _dwarfs_target(f, p):
                continue     # (挂接数据资源2.3亿条 beside 目录186条 for 新增目录500条: what the items hold)
            # (累计新增7家 after 8月新增规上工业企业2家: the total named as the month's figure before it is named)
            score = max(_match(p, f), _match(p, f.named_by) if f.named_by else 0.0)
            # (each reading below only where the ones before it have not already let the figure answer the part)
            kept = score >= enough
            if not kept and (lone or bare):
                # 已建成19个, 仅完成2个, 其余13个: a verb with at most an adverb or 其余 before it
                kept = (not f.noun and _terse(f, p)) or (bare and len(mine) > 1 and not _signed_only(f, p)) \
                    or p.indicator.kind == "duration"     # a time limit and one duration reported
            if not kept and lone:
                kept = _lone_named(case, f, p, score, norm)
            if not kept and f.role == "done" and not f.noun and _THIS_YEAR.search(f.words) and len(
                    _TERSE_LEAD.sub("", _NON_WORD_OR_DIGIT.sub("", _THIS_YEAR.sub("", f.fact.metric)))) <= 3:
                # 累计达到68家，今年新认定4家 for 新增…龙头企业10家: this year's figure after the running total (a stock)
                # in its sentence, named by no more than its verb (新认定, 净增; not 今年新建停车场3个), counts the
                # total's thing
                stock = _stock_before(case, f, p)
                kept = stock >= enough
                score = max(score, stock) if kept else score
            if not kept and lone and f.role == "done" and not f.noun:
                # 排查发现问题1320个，已整改销号865个 for 清理整治问题1000个: a count put right after what a survey found, in
                # the same unit and sentence and naming no thing of its own, counts the found figure's thing
                found = _found_before(case, f, norm)
                thing = _SURVEY_FOUND.split(found.fact.metric)[-1] if found is not None else ""
                kept = len(thing) >= 2 and thing in (p.indicator.metric or "")
            if kept:
                # (among parts the figure matches alike, a count begun answers the one to begin and a count finished the
                # one to finish: 8个项目已开工建设 for 22个项目新开工 beside 推进190个区级重大项目建设 — not the programme's
                # whole before it —, 6个项目已竣工 for 10个项目竣工 after 18个项目新开工)
                scored.append((score, _breakdown_named(f, p), _step_fits(f, p), -i, i))
        if scored:
            best = max(scored)
            f.weak = best[0] < 0.5
            # (a breakdown matched by its own name, 其中普惠性3所 for 其中普惠性幼儿园5所, is that part's count done)
            out.setdefault(best[-1], []).append(f if f.role != "within" else replace(f, role="done"))
    _within_whole(case, out, numeric)
    used = _parts_summed(case, out, numeric, norm)
    _whole_from_kinds(case, out, numeric, used, norm)
    _funds_made_available(case, out, numeric, used)
    for i, fs in out.items():
        later = _later_layer_within(case, fs, norm, used)
        if later is not None:
            # 农村公路提档升级已完成路基工程18公里，其中完成路面铺筑11公里 for 完成农村公路提档升级35公里: the layer laid
            # first matched the target by its subject; the surface counted within it is the work done.
            out[i] = [replace(later, role="done", weak=True)]
    if case.outdated:
        _outdated_given_way(case, out, used)
    return out



def _lone_named(case: Case, f: Fact, p: Part, score: float, norm: str) -> bool:
    """The lone figure of a unit answers the lone target of the unit by its name read loosely: its noun's head, the
    head with a pair of characters, a verb of works or of holding on each side, the measure or amount named, near
    words, a compound unit of visits, its items in use, or the task's own verb joined to a served word."""
    # 15所学校食堂改造已全部完工 for 完成中小学食堂提升改造15所: the lone figure of the unit, its noun's
    # head (食堂) in the target's name
    # (改建254万户农村户厕 for 改建330万户厕: the target's one-character unit opens its noun, 户 of 户厕)
    head = _head(f.noun) and _head(f.noun) in _named_with_unit(p)
    # 已开展招商活动5场 for 组织开展“双招双引”活动12场: with no noun after the count, the figure's name's head
    # and another pair of its characters (开展) in the target's (提供岗位 gains no 就业岗位: no other pair)
    named = _head(f.fact.metric) if not f.noun else ""
    head = head or (named and named in p.indicator.metric and bool(
        (bigrams(f.fact.metric) - {named}) & bigrams(p.indicator.metric)))
    # 已更换LED路灯2300盏 for 完成城区主干道路灯节能改造3000盏: the head (路灯) shared and a verb of works on
    # each side (更换, 改造: words.toml figure.works_verb), the same items worked on in other words
    head = head or (named and named in p.indicator.metric and bool(_WORKS_VERB.search(f.fact.metric))
                    and bool(_WORKS_VERB.search(p.indicator.metric)))
    # 举办讲座24期 for 开展统计法治宣传讲座30期: the head (讲座) shared and a verb of holding on each side (举办,
    # 开展: words.toml figure.hold_verb), the same sessions held in other words
    head = head or (named and named in p.indicator.metric and bool(_HOLD_VERB.search(f.fact.metric))
                    and bool(_HOLD_VERB.search(p.indicator.metric)))
    # 已铺设管道22公里 for 新建污水管网50公里: the lone figure of a length or an area named by a verb of works,
    # the target too (铺设, 新建: words.toml figure.works_verb) — the works' own extent in other words, not
    # one step of them (面层, 沥青: stage.work_step)
    head = head or (vocab.unit_kind(f.fact.unit) in ("length", "area") and bool(_WORKS_VERB.search(
        f.fact.metric)) and bool(_WORKS_VERB.search(p.indicator.metric)) and not _STAGE_WORK_STEP.search(f.words))
    # 改造建筑面积共计21.6万㎡ for 完成老旧小区综合改造20万平方米: the lone figure of the unit named by the
    # measure the unit is of (面积), beside at most the target's own words
    head = head or _measure_named(f, p)
    # 办理知识产权质押融资登记37笔，登记金额2.36亿元 for 实现知识产权质押融资2亿元: the lone amount named only by
    # an amount's measure (金额: words.amount_noun), the target's own name earlier in its sentence
    head = head or _amount_of_named(f, p, norm)
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
    # 首批30辆已上牌并投入运营 for 配备新能源出租车100辆: the lone figure of the unit, its items said in use
    # (roles._IN_USE_DONE), are the target's items delivered — in use is the end of any equipping or building
    head = head or (f.role == "done" and bool(_IN_USE_DONE.search(f.words)))
    # 45名人员已全部到岗, 已录用人员45名 for 公开招聘社区专职工作者45名: the lone count of persons named by a
    # generic noun of persons (words.toml figure.generic_person) with only a selection's or an appointment's
    # words beside it, for a selection task counting persons (README rule question 58)
    head = head or _generic_persons(f, p, case)
    # 搬迁入住1856户 for 实施易地扶贫搬迁1856户: the lone figure of the unit named by the task's own verb joined to
    # a served word (入住) — the task's work said finished in one compound verb
    head = head or (f.role == "done" and own_verb_joined(f.words, case.task_text))
    return bool(head)


def _within_whole(case: Case, out: dict[int, list[Fact]], numeric) -> None:
    """The count a breakdown that answered its own part by name breaks down, left unanswered, answers the one other
    part of its unit left unanswered."""
    # 已建成6所，其中普惠性3所 for 新建幼儿园10所，其中普惠性5所: the breakdown answered the task's own 其中 part by its
    # name; the count it breaks down, left unanswered, answers the one other part of its unit left unanswered.
    for f in case.facts:
        if f.role != "within" or not any(g.fact is f.fact for fs in out.values() for g in fs):
            continue
        whole = next((g for g in reversed(case.facts) if g.role == "done" and g.sentence == f.sentence
                      and g.fact.span[1] <= f.fact.span[0] and _unit_of(g.fact) == _unit_of(f.fact)), None)
        left = [i for i, p in numeric if _unit_of(p.indicator) == _unit_of(f.fact) and i not in out]
        if whole is not None and len(left) == 1 and not any(g is whole for fs in out.values() for g in fs):
            whole.weak = True
            out[left[0]] = [whole]


def _parts_summed(case: Case, out: dict[int, list[Fact]], numeric, norm: str) -> set[int]:
    """Figures of a unit listed as parts of one figure (or a total of them) added to the lone part of their unit;
    the ids of the figures assigned, returned."""
    # Parts of one figure: a sentence that names the target and lists figures of its unit
    # (盘活存量土地:一期300亩,二期400亩) answers it with their sum.
    used = {id(f) for fs in out.values() for f in fs}
    for i, p in numeric:
        unit = _unit_of(p.indicator)
        if sum(_unit_of(q.indicator) == unit for _, q in numeric) != 1:
            continue
        free = [f for f in case.facts if id(f) not in used and f.role == "done" and _unit_of(f.fact) == unit
                and not _signed_only(f, p)     # (a signed count is no part of the count done)
                and not _plan_share_for_change(p, f)
                and not _other_measure(p.indicator, f)     # (接通率92% beside 满意率96%: another rate, no part of it)
                and not _reach_of_items(f, p)      # (覆盖行政村58个 after 便民商店62个: what the items reach)
                and not _dwarfs_target(f, p)       # (挂接数据资源2.3亿条 beside 目录186条 for 500条: what they hold)
                and (not f.noun or _match(p, f) > 0)]      # 等3个项目: a figure of another noun
        mine = out.get(i, [])
        if mine:
            # 1050亩,其中工业用地620亩,商服用地430亩: the figures after 其中 break the first down.
            extra = [f for f in free if any(f.sentence == m.sentence and (
                "其中" not in norm[m.fact.span[1]:f.fact.span[0]] or _COMPLETION_SIGNED.search(m.words)) for m in mine)
                and not _other_work_listed(f, mine, p, norm)
                and not _earlier_step_beside(f, mine, norm)]
            # 已签约项目7个,其中5个已注册落地: of the signed items, those landed are the count done.
        else:
            extra = []
            for sent in {f.sentence for f in free}:
                group = [f for f in free if f.sentence == sent]
                head = norm[sent[0]:group[0].fact.span[0]]
                total = _places_total(group, norm)
                if total is not None:
                    # 东城社区新增312个、西湖社区新增268个、南苑社区新增301个，合计881个: the places' figures summed by the
                    # reply itself — its total is the figure, not a fourth part to add.
                    extra.append(total)
                elif len(group) >= 2 and (_sim(p.indicator.metric, head) >= 0.5 or _months_apart(group, norm)
                                          or _places_apart(group, norm)):
                    extra += group
                elif _kinds_listed(group, norm, p.indicator.metric):
                    # 共完成人工造林2.1万亩、封山育林0.6万亩 for 完成植树造林3万亩: kinds of the one work listed after a
                    # total's verb, parts of one figure — their sum, a loose match (flagged weak)
                    for g in group:
                        g.weak = True
                    extra += group
                elif len(group) == 2 and _EARLIER_STEP.search(norm, group[0].clause[0], group[0].fact.span[0]) \
                        and not _EARLIER_STEP.search(norm, group[1].clause[0], group[1].fact.span[0]) \
                        and group[1].fact.value < group[0].fact.value:
                    # 已完成路基60公里，路面铺设42公里 for 完成农村公路改造80公里: a count of a road's layer laid before
                    # its surface (words.toml figure.earlier_step) beside a smaller count of its unit after it, neither
                    # naming the target: the later layer's count is the work done
                    group[1].weak = True
                    extra.append(group[1])
        if extra:
            out.setdefault(i, []).extend(extra)
            used |= {id(f) for f in extra}
    return used


def _outdated_given_way(case: Case, out: dict[int, list[Fact]], used: set[int]) -> None:
    """An actual figure of an earlier period gives way to the estimate of a period ended answering the same part."""
    # 1-5月增长5.8%，预计1-6月增长6.6% at 30 June: an actual figure of an earlier period gives way to the estimate of a
    # period ended that answers the same part — the later figure decides (the lead's decision D6, stop 51).
    # (1-2月…增长10.2%；一季度预计增长7.1%: the estimate in a sentence of its own, naming only its change, answers
    # the part the actual it outdates answers — the measure is the one the sentence before named)
    for i, fs in out.items():
        for f in list(fs):
            later = case.outdated.get(f.fact.span, set())
            for g in case.facts:
                if g.fact.span in later and id(g) not in used and g.role == "done" and not g.noun \
                        and _ESTIMATE_CHANGE_ONLY.match(_NON_WORD_OR_DIGIT.sub("", g.fact.metric)):
                    fs.append(g)
                    used.add(id(g))
        spans = {f.fact.span for f in fs}
        out[i] = [f for f in fs if not case.outdated.get(f.fact.span, set()) & spans]


# 其中 opening a task's part: a part named of the whole before it (全年治理80平方公里，其中坡耕地治理20平方公里).
_WITHIN_PART = re.compile(f"^(?:{vocab.alternation('target.within_lead')})")


def _whole_from_kinds(case: Case, out: dict[int, list[Fact]], numeric, used: set[int], norm: str) -> None:
    """全年完成治理80平方公里，其中坡耕地治理20平方公里 answered by 完成坡耕地治理21平方公里，完成封育保护、生态修复等45平方公里:
    a whole no figure answers, its part under 其中 (words.toml target.within_lead) answered, and figures of the unit done
    that answer no part, each in a clause of its own — the kinds that with the part make the whole's work: their sum is
    the whole's figure (README rule question 52, the lead's decision, stop 65; a loose match, flagged weak).  Not when the
    whole and its part differ in unit, nor for a figure signed only, of another measure or of what the items reach."""
    for j, q in numeric:
        if j not in out or not _WITHIN_PART.match(_NON_WORD.sub("", q.text)):
            continue
        unit = _unit_of(q.indicator)
        whole = next(((i, p) for i, p in reversed(numeric) if i < j and _unit_of(p.indicator) == unit), None)
        if whole is None or whole[0] in out:
            continue
        i, p = whole
        mine = [f for f in out[j] if f.role == "done"]
        kinds = [f for f in case.facts if id(f) not in used and f.role == "done" and _unit_of(f.fact) == unit
                 and not _signed_only(f, p) and not _other_measure(p.indicator, f) and not _reach_of_items(f, p)
                 and all(f.clause != m.clause for m in mine)]
        if not mine or not kinds:
            continue
        for f in kinds:
            f.weak = True
        out[i] = [replace(f, weak=True) for f in mine] + kinds
        used |= {id(f) for f in kinds}


_FUNDS_INPUT = vocab.pattern("target.funds_input")
_CLAUSE_MARKS = re.compile(r"[,;。，；：:]")
_FUNDS_WON = vocab.pattern("target.funds_won")
_FUNDS_WORD = vocab.pattern("figure.funds_word")


def _funds_qualifier(f: Fact) -> str | None:
    """What a money figure's name says of its funds beside its verb of money made available and the generic word of money
    (财政 of 累计筹集财政资金; '' of 拨付资金, 已拨付): None when the name has no such verb, or plans or asks for it."""
    metric = _NOT_HAN_CHAR.sub("", f.fact.metric or "")
    if not _FIGURE_FUNDS_AVAILABLE.search(metric) or _FIGURE_FUNDS_UNAVAILABLE.search(metric):
        return None
    return _FUNDS_WORD.sub("", _TERSE_LEAD.sub("", _FIGURE_FUNDS_AVAILABLE.sub("", metric)))


def _funds_made_available(case: Case, out: dict[int, list[Fact]], numeric, used: set[int]) -> None:
    """全年计划投入资金67亿元 answered by 累计筹集财政资金55亿元 and 拨付资金27亿元: for a target of funds to put to a work
    (words.toml target.funds_input) no figure answers, the money made available to it (figure.funds_available: 拨付, 投入,
    支出, 到位, 筹集) answers — the figure whose funds are named as the target names them: no word of its own the target
    lacks (财政资金 does not answer 投入资金; it answers 各级财政投入), the most of the target's words, then a name of
    money over a bare verb (已到位资金 before 已拨付).  Never money planned, applied for or needed alone, nor a target of
    funds won (rule question 25), nor a 其中 part of such a target (its funds are the whole's) — README rule question 54."""
    for i, p in numeric:
        t = p.indicator
        # (其中各级财政投入59.46亿元: a name the target's reader leaves out is read from the task's words before its figure)
        before = _CLAUSE_MARKS.split(for_parsing(case.task_text)[:t.span[0]])[-1]
        name = _NOT_HAN_CHAR.sub("", t.metric or before)
        if i in out or vocab.unit_kind(t.unit) != "money" or not _FUNDS_INPUT.search(name) or _FUNDS_WON.search(name):
            continue
        if _WITHIN_PART.match(_NON_WORD.sub("", p.text)) and any(
                k < i and vocab.unit_kind(q.indicator.unit) == "money" for k, q in numeric):
            continue
        ranked = []
        for n, f in enumerate(case.facts):
            if id(f) in used or f.role != "done" or vocab.unit_kind(f.fact.unit) != "money" or case.in_forecast(f.fact.span[0]):
                continue
            own = _funds_qualifier(f)
            if own is None or any(ch not in name for ch in own):
                continue
            ranked.append((len(own), bool(_FUNDS_WORD.search(f.fact.metric or "")), -n, f))
        if ranked:
            f = max(ranked, key=lambda r: r[:3])[3]
            f.weak = True
            out[i] = [f]
            used.add(id(f))


# 覆盖, 辐射 opening a figure's clause (words.toml figure.reach_lead), 已 or 共 before it or not.
_REACH_LEAD = re.compile(f"^(?:{vocab.alternation('figure.terse_lead')})*(?:{vocab.alternation('figure.reach_lead')})")
_REACH_WORD = vocab.pattern("figure.reach_lead")


# A figure a hundredfold and more the whole year's target in its unit (新增编目目录186条，挂接数据资源2.3亿条 for 新增目录
# 500条): no answer to it nor a part of the year's work — what the items hold or serve.
_DWARFS = 100.0


def _dwarfs_target(f: Fact, p: Part) -> bool:
    """``f`` in its unit's base is at least _DWARFS times ``p``'s target in the same base (a count, no rate)."""
    t, v = p.indicator, f.fact
    if t.kind == "ratio" or not t.value or v.value is None or t.value <= 0:
        return False
    tu, tm = vocab.base_unit(t.unit or "", t.scale or "")
    fu, fm = vocab.base_unit(v.unit or "", v.scale or "")
    return tu == fu and v.value * fm >= _DWARFS * t.value * tm


def _reach_of_items(f: Fact, p: Part) -> bool:
    """已完成新建改造便民商店62个，覆盖行政村58个 for 新建改造…便民商店80个: a figure whose clause opens with a word of reach
    (覆盖, 辐射: words.toml figure.reach_lead) counts what the items reach, not more items — no part of one figure with the
    count before it.  Not for a task whose own name holds the word (覆盖…行政村120个: the reach is its measure)."""
    return bool(_REACH_LEAD.match(_NON_WORD.sub("", f.words))) and not _REACH_WORD.search(p.indicator.metric or "")


def _later_layer_within(case: Case, fs: list[Fact], norm: str, used: set[int]) -> Fact | None:
    """For one figure matched to a part whose clause names a layer laid before the work's own (已完成路基工程18公里:
    words.toml figure.earlier_step), a smaller figure of its unit broken down from it after 其中 in the same sentence,
    its own clause naming no earlier layer (其中完成路面铺筑11公里): the later layer, the count of the work done."""
    if len(fs) != 1 or fs[0].role != "done":
        return None
    m = fs[0]
    if not _EARLIER_STEP.search(norm, m.clause[0], m.fact.span[0]):
        return None
    for g in case.facts:
        if g.role not in ("done", "within") or id(g) in used or g is m or g.sentence != m.sentence or g.fact.span[0] <= m.fact.span[1]:
            continue
        if _unit_of(g.fact) != _unit_of(m.fact) or not g.fact.value or not m.fact.value or g.fact.value >= m.fact.value:
            continue
        if "其中" in norm[m.fact.span[1]:g.fact.span[0]] and not _EARLIER_STEP.search(norm, g.clause[0],
                                                                                  g.fact.span[0]):
            return g
    return None


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


# 共完成, 合计新增: a total's word before a verb of work done, opening a list of its kinds.
_TOTAL_DONE_LEAD = re.compile(f"(?:{vocab.alternation('figure.total_lead')})(?:{vocab.alternation('completion.finish', 'completion.gain')})")


def _kinds_listed(group: list[Fact], norm: str, target: str) -> bool:
    """Figures of one clause listed with 、 after a total's verb (共完成人工造林2.1万亩、封山育林0.6万亩), each named
    after the mark before it and no other verb of a stage between, one of them sharing a word pair with the target's
    name (造林 of 植树造林): the kinds of one work, parts of its figure."""
    if len(group) < 2 or any(g.clause != group[0].clause for g in group):
        return False
    if not any((bigrams(g.fact.metric) & bigrams(target)) - _GENERIC for g in group):
        return False
    if not _TOTAL_DONE_LEAD.search(norm, group[0].clause[0], group[0].fact.span[0]):
        return False
    return all(norm[a.fact.span[1]:b.fact.span[0]].startswith("、") and clause_stage(norm[a.fact.span[1]:b.fact.span[0]])
               is None for a, b in zip(group, group[1:], strict=False))


def _other_work_listed(f: Fact, mine: list[Fact], p: Part, norm: str) -> bool:
    """A figure listed with 、 in the clause of the part's own figure, named by words of its own that do not name the
    part, the list closed in its sentence by a stated share of the whole's task (完成人工种草0.8万亩、退化草原修复2万亩、
    草原围栏1.1万亩,完成全年任务的48.2% for 退化草原修复2万亩): the works of the whole listed one by one, another
    work's figure, not a piece of the part's — unless the list is of places (城关镇8个、河口镇7个).  (With no share of
    the whole after it, 已完成河道清淤5.2公里、护岸砌筑4.6公里 may be the steps of the one work.)"""
    name = _NOT_HAN_CHAR.sub("", _TERSE_LEAD.sub("", f.fact.metric or ""))
    if len(name) < 2 or f.noun or _match(p, f) >= threshold("match"):
        return False
    last = max([f.fact.span[1]] + [m.fact.span[1] for m in mine if m.clause == f.clause])
    if not any(last <= sp[0] < f.sentence[1] for _, sp in stated_shares(norm)):
        return False
    for m in mine:
        if m.clause != f.clause:
            continue
        a, b = sorted((m, f), key=lambda g: g.fact.span[0])
        if "、" in norm[a.fact.span[1]:b.fact.span[0]] and not _places_apart([a, b], norm):
            return True
    return False


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


_TOTAL_LEAD = re.compile(f"(?:{vocab.alternation('figure.total_lead')})")


def _places_total(group: list[Fact], norm: str) -> Fact | None:
    """The last figure of a sentence opened in its own clause by a total's word (合计881个, 共计12处), after two or more
    figures each right after its own place (_places_apart) or listed one after another with 、 (宫颈癌筛查1.1万人次、
    乳腺癌筛查0.9万人次，合计2万人次: the kinds of one work) that add up to it: the reply's own total, else None."""
    if len(group) < 3:
        return None
    *parts, last = group
    if not _TOTAL_LEAD.fullmatch(norm[max(last.clause[0], parts[-1].fact.span[1]):last.fact.span[0]].strip(" \t,，")):
        return None
    if last.fact.unit != parts[0].fact.unit or any(f.fact.unit != last.fact.unit for f in parts):
        return None
    if abs(sum(f.fact.value for f in parts) - last.fact.value) > max(0.5, 0.005 * last.fact.value):
        return None
    return last if _places_apart(parts, norm) or _listed_with_mark(parts, norm) else None


def _listed_with_mark(parts: list[Fact], norm: str) -> bool:
    """Figures of one clause each after the one before it with 、 between them (筛查1.1万人次、…0.9万人次) and no
    stage word between: items of one list."""
    return all(a.clause == b.clause and "、" in norm[a.fact.span[1]:b.fact.span[0]]
               and clause_stage(norm[a.fact.span[1]:b.fact.span[0]]) is None
               for a, b in zip(parts, parts[1:], strict=False))


_WORKS_VERB = vocab.pattern("figure.works_verb")
_HOLD_VERB = vocab.pattern("figure.hold_verb")


# 人员, 人选: a generic noun of persons (words.toml figure.generic_person); the words a selection's count of them may carry
# beside it (task.selection_verb, stage.selection_appoint, figure.generic_person_lead: 已, 新, 全部); a task choosing
# people (task.selection_verb, no event after it: task.selection_event); the appointment still awaited (待, 拟).
_GENERIC_PERSON = vocab.pattern("figure.generic_person")
_PERSON_SELECTION_WORDS = re.compile(
    f"(?:{vocab.alternation('task.selection_verb', 'stage.selection_appoint', 'figure.generic_person_lead')})")
_PERSON_SELECTION_TASK = re.compile(
    f"(?:{vocab.alternation('task.selection_verb')})(?!{vocab.alternation('task.selection_event')})")
_PERSON_AWAITED = re.compile(r"(?:待|拟)[^,;。，；\d]{0,10}?" f"(?:{vocab.alternation('stage.selection_appoint')})")


def _generic_persons(f: Fact, p: Part, case: Case) -> bool:
    """45名人员已全部到岗, 已录用人员45名 for 公开招聘社区专职工作者45名 (README rule question 58): a count of persons
    (名, 人) named by a generic noun of persons (人员, 人选: figure.generic_person) and nothing else but a selection's or
    an appointment's words (录用, 聘用, 到岗, 已, 全部), for a selection task (task.selection_verb, not 招聘会) whose count
    is of persons, no other count of persons in the reply, the appointment not still awaited (拟录用, 待聘用) — those
    persons are the task's."""
    if _unit_of(p.indicator) != "人" or _unit_of(f.fact) != "人" or f.role != "done":
        return False
    if not _PERSON_SELECTION_TASK.search(for_parsing(case.task_text)) or _PERSON_AWAITED.search(f.words):
        return False
    name = _NON_WORD_OR_DIGIT.sub("", f.noun or f.fact.metric)
    rest = _PERSON_SELECTION_WORDS.sub("", name)
    if not _GENERIC_PERSON.fullmatch(rest):
        return False
    return sum(_unit_of(g.fact) == "人" and g.role not in ("scope", "compared") for g in case.facts) == 1


def _signed_only(f: Fact, p: Part) -> bool:
    """A figure said done only by its signing (已签订加装协议41部, 均已完成签约) for a part that names no signing: under
    way, not done (judge_indicator reads it so), unless it also landed or started.  Not on a task of taking buildings
    down (城中村拆迁: words.toml task.removal), whose signing judge_indicator reads as the removal's earlier step, nor
    on a target of bringing in alone (引进/招引…, no 落地 or 开工), which is counted by the contract signed, nor on a task of
    expropriation (征收: words.toml task.signed_measure), counted by its agreements signed."""
    return f.role == "done" and "签" not in p.text and not _TASK_SIGNED_MEASURE.search(p.text) and bool(_COMPLETION_SIGNED.search(f.words)) \
        and not _COMPLETION_LANDED.search(f.words) and not _TASK_REMOVAL.search(p.text) and not (
            _COMPLETION_BRING_IN.search(p.text) and not _COMPLETION_LANDING_TARGET.search(p.text))
_SIGNED_END = re.compile(f"(?:{vocab.alternation('completion.signed')})$")
# 护岸工程完成, 管网工程已完成, 护岸工程: a works word after a noun of two characters or more, with the verb of its
# figure after it, ending its name (words.toml figure.works_word_in_name, _adverb, _verb): dropped with that verb.
_WORKS_WORD_IN_NAME = re.compile(f"(?<=[\u4e00-\u9fff]{{2}})(?:{vocab.alternation('figure.works_word_in_name')})"
                                 f"(?:{vocab.alternation('figure.works_word_adverb')})?"
                                 f"(?:{vocab.alternation('figure.works_word_verb')})?$")
