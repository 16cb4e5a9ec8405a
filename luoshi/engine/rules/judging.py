"""Judging one part of a task: a figure's part against the facts assigned to it (``judge_indicator``),
a clause's part by the stage its clause states (``judge_clause``), and the parts combined (``combine``:
the worst part decides).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from ..indicators import ABOUT_POINTS, lower_is_better
from ..judgement import Evidence, SubTarget
from ..text import bigrams, for_parsing, normalise
from .base import (
    _ALREADY_LEAD,
    _AMONG,
    _CLAUSE,
    _COVERAGE_GOAL,
    _DIGIT,
    _DONE_OR_ALREADY,
    _GENERIC,
    _NON_WORD,
    _NON_WORD_OR_DIGIT,
    _NOT_CJK,
    _NOT_HAN_CHAR,
    _NOT_HAN_RUN,
    _SENTENCE,
    SEVERITY,
    _is_level,
    _is_rate,
    _quick,
    _sim,
    _sim_form,
    _sim_grams,
    _target_value,
    _value,
    by_pace,
    pattern,
    threshold,
    words,
)
from .case import (
    _ITEM_CANCELLED,
    _SCOPE_TAIL,
    _SURVEY_REMEDY,
    _THIS_YEAR,
    _VERB_HEADS,
    Case,
    Fact,
    Part,
    _head,
    _spans,
    _survey_done,
    _unit_of,
)
from .clauses import (
    _ACCEPTANCE_PENDING,
    _DONE_EVENT,
    _DONE_OR_FINISHED,
    _DONE_WORD,
    _EVENT_TASK,
    _GENERIC_SUBJECTS,
    _IN_USE_OR_ACCEPTED,
    _NOT_YET,
    _OPENED_DATED,
    _PART_OF_YEAR,
    _PREP_OBJECT,
    _REST_OPENS,
    _SUBJECT_END,
    clause_stage,
)
from .works import _CLAUSE_SUBJECT_END, _PLAN_DRAFT, _SUBJECTLESS_PART, _one_project, works_late

_FIGURE_DONE = vocab.pattern("figure.done_word")


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
    if t.kind in ("growth_rate", "decline_rate") and _SHARE_IN_METRIC.search(fact.fact.metric):
        return 0.0       # 工业投资…，占固定资产投资比重42% against 固定资产投资增长10%: a share of the whole, no growth
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
    # 征收签约378户 for 完成…征收600户: what is signed is the thing compared, the signing is read by its role.
    signed = _SIGNED_END.sub("", fact.fact.metric) if not _SIGNED.search(t.metric) else fact.fact.metric
    score = max(same_verb, _sim(t.metric, signed), _sim(target_words, fact.noun) if fact.noun else 0.0,
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
    recognised = _RECOGNITION.search(fact.noun) if fact.noun and score < threshold("match") else None
    if recognised and _head(fact.noun[:recognised.start()]) in {_head(t.metric), _head(part.noun)} - {""}:
        # 12家企业通过省级认定 for 新增省级专精特新企业20家: the subject recognised (企业) is the target's head — a
        # loose match, flagged weak, as a thing gained named otherwise is.
        return threshold("match")
    if fact.noun and len(fact.noun) >= 2 and _sim(target_words, fact.noun) == 0 and _sim(
            target_words, fact.fact.metric) < 0.5:
        return 0.0       # 等3个项目120个停车位: 3个 counts another noun
    return score


_GAIN = vocab.pattern("completion.gain")
# 占固定资产投资比重: a figure's metric naming it a share of a whole (words.toml verify.share_word after 占).
_SHARE_IN_METRIC = re.compile(f"占[^,;。，；]*?(?:{vocab.alternation('verify.share_word')})")
# A road's layer laid before its surface (路基, 基层: words.toml figure.earlier_step).
_EARLIER_STEP = vocab.pattern("figure.earlier_step")
# 企业通过省级认定: the subject before a recognition won (words.toml [figure.recognition_lead], [figure.recognition]).
_RECOGNITION = re.compile(f"(?:{vocab.alternation('figure.recognition_lead')})[^,;。，；]{{0,6}}?"
                          f"(?:{vocab.alternation('figure.recognition')})")
_METRIC_VERB = re.compile(f"^(?:{vocab.alternation('figure.metric_verb')})")
_METRIC_DEADLINE = re.compile(f"^(?:{vocab.alternation('figure.metric_deadline')})")


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
    core = _NON_WORD_OR_DIGIT.sub("", _THIS_YEAR.sub("", f.fact.metric))
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


def _stock_before(case: Case, f: Fact, p: Part) -> float:
    """How well the running total or stock standing before ``f`` in its sentence, of its unit, matches ``p``
    (0 with none)."""
    return max((_match(p, g) for g in case.facts if g.role == "stock" and g.sentence == f.sentence
                and g.fact.span[1] <= f.fact.span[0] and _unit_of(g.fact) == _unit_of(f.fact)), default=0.0)


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
            if not kept and f.role == "done" and not f.noun and _THIS_YEAR.search(f.words) and len(
                    _TERSE_LEAD.sub("", _NON_WORD_OR_DIGIT.sub("", _THIS_YEAR.sub("", f.fact.metric)))) <= 3:
                # 累计达到68家，今年新认定4家 for 新增…龙头企业10家: this year's figure after the running total (a stock)
                # in its sentence, named by no more than its verb (新认定, 净增; not 今年新建停车场3个), counts the
                # total's thing
                stock = _stock_before(case, f, p)
                kept = stock >= enough
                score = max(score, stock) if kept else score
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


def case_expected_done(expected: float) -> bool:
    """The deadline has passed (序时进度 100%)."""
    return expected >= 100


def _held(expected: float) -> str:
    """A level, a rank or a zero held: on pace until the deadline, done once it has passed."""
    return "completed" if case_expected_done(expected) else "on_track"


_SIGNED = vocab.pattern("completion.signed")
# A whole count standing now in a figure's name (总数, 总量, 保有量: words.toml figure.stock_total).
_STOCK_TOTAL = vocab.pattern("figure.stock_total")
_SIGNED_END = re.compile(f"(?:{vocab.alternation('completion.signed')})$")
_LANDED = vocab.pattern("completion.landed")
_BRING_IN = vocab.pattern("completion.bring_in")      # 签约落地项目4个: signed and landed, brought in


def judge_indicator(part: Part, facts: list[Fact], expected: float, others: list[Fact] = (),
                    rest_moving: bool = False, taken: frozenset[int] = frozenset(),
                    rest_preparing: frozenset[tuple[int, int]] = frozenset(),
                    late: frozenset[int] = frozenset()) -> SubTarget:
    """One indicator against the figures assigned to it (taken: ids of the figures assigned to other parts;
    rest_preparing: the sentences whose clause on the rest, with no figure, says it is only being prepared; late: ids
    of the figures under way whose works are short of the step the time gone asks for)."""
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
        elif lower_is_better(t):
            # 居民消费价格涨幅控制在2.7%左右, 城镇调查失业率5.5%左右: a ceiling by the metric's nature, held at or under it
            # within the hedge's half point (as verify meets it), behind when clearly above.
            better = fv <= tv + (ABOUT_POINTS if t.comparator == "=" else 0.0)
        else:
            better = fv >= tv
        # Held: on pace until the deadline, met once it has passed (失业率3.1% over the year against 3.5%以内).
        sub.status = _held(expected) if better else ("seriously_behind" if fv < 0 < tv and t.kind == "growth_rate"
                                                     else "behind")
        sub.basis = "figures"
        return sub
    tv = _target_value(t)
    level = next((g for g in done if g.role == "stock" or g.fact.cumulative or _STOCK_TOTAL.search(g.fact.metric)),
                 None) if _is_level(t) else None
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
    # 总数142家，较年初净增18家 for 总数达到150家: a whole count standing now answers a level target as a running
    # total does; the year's gain beside it is within it, not added.
    standing = [f for f in done if f.fact.cumulative or (_is_level(t) and _STOCK_TOTAL.search(f.fact.metric))]
    cumulative = standing
    plain = [f for f in done if f not in standing]
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
    rest = [f for f in rest if id(f.fact) not in late]      # (works short of the step the time asks for hold no pace)
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
        # 已有12家通过省级认定，另有9家正在评审 at 30 November: a month before the year's end, items only pending another body's
        # decision (beside the done ones, not the total they were drawn from) do not hold a short count on pace.
        waiting = sum(_value(f.fact) for f in rest if f.role == "pending") - applied \
            if expected >= threshold("pending_late") else 0
        if value + under - max(0.0, waiting) >= tv and not case_expected_done(expected):
            status = "on_track"      # some done and every other item under way
    # 完成1.15万亩，剩余0.05万亩推迟至明年春季: a share of the year's count put off to next year is not done this year.
    if status in ("on_track", "ahead") and value < tv and any(
            f.role == "not_started" and _NEXT_YEAR.search(f.words) and _unit_of(f.fact) == _unit_of(t)
            for f in list(facts) + list(others)):
        status = "behind"
    sub.status, sub.completion_pct, sub.basis = status, c, "figures"
    return sub


_NEXT_YEAR = vocab.pattern("forecast.next_year")
_EVENT_DONE = _quick(re.compile(f"(?:已|{vocab.alternation('completion.event_manner')})[^,;。，；]{{0,8}}?"
                                f"(?:{vocab.alternation('completion.event_held')})"
                                f"|(?:{vocab.alternation('completion.event_ended_manner')})"
                                f"(?:{vocab.alternation('completion.event_ended')})"
                                f"|{vocab.alternation('completion.event_ended_alone')}"))


# 于9月18日至20日在我市举行: an event dated on or before the report's day, said without 已, was held (将于/计划于 are
# forecasts, set aside by the case's forecast spans).
_EVENT_DATED = re.compile(r"于(?P<month>1[0-2]|[1-9])月(?:(?P<day>[1-3]?\d)[日号])?(?:[至到—-](?:1[0-2]|[1-9]月)?[1-3]?\d[日号])?"
                          f"[^,;。，；]{{0,12}}?(?:{vocab.alternation('completion.event_held')})")


_SENTENCE_OR_SEMICOLON = re.compile(r"[。；;]")


def _opened_later(case, norm: str, s: int, e: int) -> tuple[re.Match, int, int, str] | None:
    """After a done clause (s, e) that names its subject (平台已完成开发和部署), a later clause of the same sentence with
    no subject of its own saying the object opened (于8月正式上线运行 at 30 September, 已正式上线运行): the opening, the
    clause and the first clause's subject."""
    head = _SUBJECT_END.search(norm, s, e)
    subject = _NON_WORD_OR_DIGIT.sub("", norm[s:head.start()]) if head else ""
    if len(subject) < 2:
        return None
    for a, b in _spans(_CLAUSE, norm):
        if a < e or case.in_forecast(a):
            continue
        if _SENTENCE_OR_SEMICOLON.search(norm[e:a]):
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


_GENERIC_OBJECT = _quick(re.compile(f"[并和及]?(?:{vocab.alternation('completion.generic_object')}|(?:通过)?验收)"))


_WORK_STEP = vocab.pattern("stage.work_step")
# A task of taking buildings down (拆迁, 征迁, 拆违) and its result among the works' steps (拆除): words.toml.
_REMOVAL_TASK = vocab.pattern("task.removal")
_REMOVAL_STEP = vocab.pattern("stage.removal_step")
_RESULT_REACHED = vocab.pattern("completion.result_reached")


def _step_only(clause: str, target: str) -> bool:
    """A clause done only as far as a step of the works the target does not name (5家已完成装修 for 开放运营
    城市书房5家; 路基施工已完成 for 建成…道路: judging.toml words.works_begun/works_main too): the work nearly
    done, not its result."""
    m = _WORK_STEP.search(clause) or pattern("works_main").search(clause) or pattern("works_begun").search(clause)
    if m and _REMOVAL_STEP.fullmatch(m.group(0)) and _REMOVAL_TASK.search(target):
        return False        # 拆除2100户 for 完成城中村拆迁5000户: taking the houses down is the task's own result
    return bool(m) and m.group(0) not in target and not _RESULT_REACHED.search(clause)


def _other_object(clause: str, target: str = "") -> bool:
    """A done clause whose verb has an object of its own after it (完成机房装修), not a bare 已全面完成 nor the
    task's own object (已完成全部成果转化工作 for 完成…普查成果转化)."""
    m = _DONE_WORD.search(clause)
    if not m:
        return False
    rest = _GENERIC_OBJECT.sub("", _NON_WORD_OR_DIGIT.sub("", clause[m.end():]))
    return len(rest) >= 2 and not (target and rest in target)


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
        if stage == "done" and not _COVERAGE_GOAL.search(case.task_text) else None
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


def _content_bigrams(text: str) -> set[str]:
    s = _NOT_HAN_RUN.sub("", normalise(text))
    return {s[i:i + 2] for i in range(len(s) - 1)} - _GENERIC


# A task that is a process (深化医共体建设, 持续推进…): one aspect fully covered does not finish it.
_PROCESS_TASK = re.compile(rf"\s*(?:{vocab.alternation('task.process_lead')})")


# 240个自然村中已有150个 / 全区128个村中有96个: a part of a whole counted in the same unit.
_COVERED_OF_WHOLE = _quick(re.compile(rf"(?<![\d.])(?P<whole>\d+)(?P<unit>{vocab.unit_alternation_of('count')})"
                                      r"[^\d,;。，；]{1,12}?中[,，]?"
                                      f"(?:{vocab.alternation('report.now_lead')})?(?:{vocab.alternation('report.have_lead')})?"
                                      r"(?P<part>\d+)(?P=unit)"),
                           digits=True)
