"""Judging a target with no figure (`_qualitative`): kept in step with the economy or faster than a group,
against an average, held steady or growing, zero incidents, an income gap narrowed, the target's predicate said
in the review's words (or loosely, or only the subject's state), a bundle's items, a neighbouring metric.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from .. import targets, vocab
from ..judgement import Claim, Indicator, Task, Verdict
from ..text import for_parsing, normalise
from .figures import _fmt, _outcome
from .mentions import (
    _DIFFICULTY,
    _IN_BRACKETS,
    _keys,
    _neighbour_names,
    _said_in_words,
    _topic_mention,
    _unbracketed,
)
from .naming import (
    _HEAD_TRAIL,
    _WHOLE_RESIDENTS,
    _best_claim,
    _population,
    _related_claim,
    _whole_named,
    similarity,
)
from .patterns import (
    _BARE_ECONOMY,
    _BARE_NAMES,
    _CAP_WORD,
    _CLAUSE_END,
    _ECONOMY,
    _FASTER_THAN_GROUP,
    _IN_STEP,
    _IN_STEP_WITH,
    _LOOSE_STEP,
    _LOWER_BETTER,
    _MEASURE_ONLY,
    _NEGATION,
    _NEIGHBOURS,
    _PART_END,
    _PREDICATE_SYNONYMS,
    _SHARE_DONE,
    _SOFT_QUALIFIER,
    _STEP_AHEAD,
    _STEP_BEHIND,
    _TOLD_LATER,
    _ZERO_KEPT,
    _asks_steady,
    _has,
    _review_names,
)
from .restated import _written_clauses, _written_out
from .verdicts import _actual, _evidence, _in_words, _near, _quoting, _split_groups, _unclear

# In a qualitative target's predicate: the quota is one a level above set (完成省下达任务, 控制在市定目标以内).
_QUOTA_ABOVE = vocab.pattern("verify.quota_set_above")
_INCOME_NAMES = [tuple(w.split(">", 1)) for w in vocab.words("verify.income_name")]
_INCOME_BOTH = frozenset(vocab.words("verify.income_both_groups"))
_GROUPS_JOINED = vocab.words("verify.both_groups_join")


def _income_names(key: str) -> tuple[str, ...]:
    """The names a review gives a target's residents' income written short (verify.income_name: 城乡居民收入 →
    城乡居民人均可支配收入, and 居民人均可支配收入 for a target on both groups or the whole population)."""
    out: list[str] = []
    for short, full in _INCOME_NAMES:
        if key.endswith(short):
            group = key[:-len(short)]
            out.append(group + full)
            if group in _INCOME_BOTH or not group:
                out.append(full)
        elif key.endswith(full) and key[:-len(full)] in _INCOME_BOTH:
            # 城乡居民人均可支配收入…基本同步 answered by 居民收入增长与经济增长基本同步: the whole population's short name
            out.append(short)
    return tuple(out)


_ONE_GROUP = tuple(vocab.words("verify.one_group_word"))
# A change word right before a figure (增长8%): a rate, said by a claim, not a state in words.
_SAID_RATE = re.compile(f"(?:{vocab.alternation('change.growth', 'change.fall')})\\d")
_GROWTH_SAID = re.compile(f"(?:{vocab.alternation('change.growth', 'change.fall')})")
TOLD_REACH = 16     # characters after a group's metric where how it stands is said (verify.mention_predicate)


def _one_group_before(body: str, name: str, key: str) -> bool:
    """``name`` is found in ``body`` only right after a single group's word (城镇居民收入 for 居民收入) where the target
    ``key`` names no such group: one group's income, no answer to a target on both (城乡居民…) or on all residents."""
    pos = body.find(name)
    return name not in key and any(body[:pos].endswith(g) for g in _ONE_GROUP) and not any(g in key for g in _ONE_GROUP)


def _lone_group_said(sentence, keys: list[str], key: str) -> bool:
    """The sentence names a target's metric only for one group where the target names none (_one_group_before), and
    says in words how it stands right after, with no figure of its own there (农村居民收入连续20年保持全省首位:
    verify.mention_predicate)."""
    for body in (normalise(sentence.text), _written_out(sentence.text)):
        for name in keys:
            at = body.find(name)
            after = body[at + len(name):at + len(name) + TOLD_REACH]
            if at >= 0 and _one_group_before(body, name, key) and _TOLD_LATER.match(after) \
                    and not _SAID_RATE.search(after) and not _GROWTH_SAID.search(after):
                # (城镇居民收入增长同经济增长基本同步: one group's growth in words is no mention of both, as before)
                return True
    return False


def _both_groups_written(metric: str) -> tuple[str, ...]:
    """The names a review gives a target on both groups (城乡居民X) by naming the two groups in turn before the shared
    rest (城镇、农村居民X; 城镇和农村居民X; 城镇与农村常住居民X), normalised; () for a metric of no both groups."""
    groups = targets.urban_and_rural(metric)
    if not groups:
        return ()
    urban, rural = groups
    shared = len(os.path.commonprefix([urban[::-1], rural[::-1]]))
    return tuple(dict.fromkeys(normalise(urban[:len(urban) - shared] + join + rural) for join in _GROUPS_JOINED))


_LEVEL_WORD = re.compile(f"(?:{vocab.alternation('verify.level_word')})$")


def _measured(key: str) -> tuple[str, ...]:
    """What a qualitative target's metric measures, named in a review without the measure's word (高质量发展 for
    高质量发展水平), four characters or more; () where the metric has no such word."""
    m = _LEVEL_WORD.search(key)
    return (key[:m.start()],) if m is not None and m.start() >= 4 else ()


def _growth(ind_metric: str, claims: list[Claim]) -> int | None:
    """The claim giving the growth of ``ind_metric`` (a rate after 增长); a metric that is a bare head word as a
    whole (外贸基本盘保持稳定: 外贸) is the metric it names (verify.bare_names: 外贸进出口总额)."""
    ind_metric = _BARE_NAMES.get(normalise(ind_metric), ind_metric)
    key = normalise(ind_metric)
    exact = next((j for j, c in enumerate(claims) if c.kind == "growth_rate" and normalise(c.metric) == key), None)
    if exact is None and not _population(ind_metric):
        # 全体居民人均可支配收入 after the urban and rural rates: the whole population's, the target's own.
        exact = next((j for j, c in enumerate(claims) if c.kind == "growth_rate" and _population(c.metric) == "全体"
                      and _whole_named(c.metric) == key), None)
    if exact is not None:
        return exact       # 居民人均可支配收入 itself before 城镇居民人均可支配收入
    probe = Indicator(metric=ind_metric, value=0.0, unit="%", kind="growth_rate")
    if "收入" in ind_metric and not _population(ind_metric):
        # 城乡居民收入 (no group named): the whole population's income growth, where the review gives one, before
        # either group's (城镇…增长4.9%、农村…增长6.7%。全省居民人均可支配收入增长5.7%; 居民… with no group named).
        whole = [j for j, c in enumerate(claims) if c.kind == "growth_rate" and "收入" in c.metric
                 and _WHOLE_RESIDENTS.match(normalise(c.metric))]
        if whole:
            k = _best_claim(probe, [ind_metric], [claims[j] for j in whole])[0]
            if k is not None:
                return whole[k]
    return _best_claim(probe, [ind_metric], claims)[0]


_FALLS = vocab.pattern("change.fall")
# The parts that make a whole: the main pollutants are four in either five-year plan's list (化学需氧量、氨氮、二氧化硫、
# 氮氧化物; 化学需氧量、氨氮、氮氧化物、挥发性有机物); two or three of them falling say nothing of the others.
WHOLE_PARTS = 4


def _fall_said(task: Task, ind: Indicator, metric: str, target: dict, claims: list[Claim]) -> Verdict | None:
    """A fall with no figure (主要污染物排放总量持续减少, 排放量进一步下降) against the review's rates: the metric's own rate — a
    fall is met, a rise is not; failing that, the rates of the parts its neighbours name (verify.neighbours: 化学需氧量、氨氮、
    氮氧化物、挥发性有机物排放量分别下降3.1%、2.9%、3.5%、2.6% for the main pollutants), as many as the whole has
    (WHOLE_PARTS) in one sentence, every one a fall: the whole fell, met.  A part rising, or fewer parts than the whole has, settles nothing (None: the neighbour is quoted, unclear)."""
    def change(c: Claim) -> float:
        return c.value if c.kind == "growth_rate" else -c.value
    j = _growth(metric, claims)
    if j is not None and not claims[j].positive and claims[j].kind in ("growth_rate", "decline_rate") \
            and change(claims[j]) != 0 and _has(normalise(_written_out(metric)), _written_out(claims[j].context + claims[j].metric)):
        claim = claims[j]
        ok = change(claim) < 0
        return Verdict(task.id, metric, target, _actual(claim), "met" if ok else "not_met", _evidence(claim),
                       f"目标{ind.qualifier}，回顾报告{metric}{'下降' if ok else '增长'}{_fmt(abs(change(claim)))}%"
                       + ("，完成" if ok else "，未完成"), outcome="achieved" if ok else "not_met", estimate=claim.estimate)
    key = _written_out(metric)
    words = [normalise(w) for t, w in _NEIGHBOURS if normalise(t) in key and not _has(normalise(w), key)]
    parts = [k for k, c in enumerate(claims) if c.kind in ("growth_rate", "decline_rate") and not c.part_year
             and not c.year_uncertain and any(_has(w, _written_out(c.context + c.metric)) for w in words)]
    same = [k for k in parts if claims[k].sentence_start == claims[parts[0]].sentence_start] if parts else []
    if len(same) < WHOLE_PARTS or any(change(claims[k]) >= 0 for k in same):
        return None
    evidence = _evidence(claims[same[0]])
    return Verdict(task.id, metric, target, _actual(claims[same[0]]), "met", evidence,
                   f"目标{ind.qualifier}，回顾报告所列各项（{'、'.join(claims[k].metric for k in same)}）均下降，完成",
                   outcome="achieved", estimate=any(claims[k].estimate for k in same))


_AHEAD_OF_ECONOMY = vocab.pattern("verify.ahead_of_economy")
_TASK_NOUN = vocab.pattern("verify.task_noun")
_NOT_DONE = re.compile(f"(?:{vocab.alternation('verify.not_done_before')})能?(?:全面)?完成")
_DONE_MANNER = vocab.quick(re.compile(f"(?:{vocab.alternation('verify.done_manner')})?完成"))
_DONE_DENIED = vocab.pattern("verify.done_denied")


_QUOTA_NOUN = re.compile(f"(?:{vocab.alternation('verify.quota_noun')})$")
_QUOTA_PERIOD = re.compile(f"(?:{vocab.alternation('verify.quota_period')})")
FIELD_DONE_LEAD = 8      # characters between 完成 and the field's name (完成省下达的年度节能减排降碳任务)
FIELD_DONE_TAIL = 4      # characters between the field's name and the task noun (节能减排降碳目标任务)


@lru_cache(maxsize=256)
def _field_said(field: str) -> re.Pattern:
    """完成, a few characters, ``field``, a few more and a task noun (完成省下达的节能减排降碳目标任务)."""
    return re.compile(f"完成[^,;:。]{{0,{FIELD_DONE_LEAD}}}?{re.escape(field)}[^,;:。]{{0,{FIELD_DONE_TAIL}}}?"
                      f"(?:{_TASK_NOUN.pattern})")


def _field_done(metric: str, mentions: list, whole: bool = False):
    """(sentence, met) for the first review clause saying a quota's field done with the verb before it (完成节能减排降碳
    任务 for 年度节能减排降碳约束性指标; 未完成…任务: not met), or None.  The field is the metric without the target's
    kind at its end (verify.quota_noun) and its period at its start, four characters or more, one field only (a list,
    节能减排、安全生产等, is a bundle read item by item).  ``whole``: a metric with no such kind at its end is the field
    itself (主要污染物减排, said 完成省下达的主要污染物减排任务)."""
    key = normalise(metric)
    period = _QUOTA_PERIOD.match(key)
    key = key[period.end():] if period is not None else key
    noun = _QUOTA_NOUN.search(key)
    field = key[:noun.start()] if noun is not None else key if whole else ""
    if len(field) < 4 or _LIST_JOIN.search(field) or "等" in field:
        return None
    said = _field_said(field)
    for sentence in mentions:
        body = normalise(sentence.text)
        m = said.search(body) if field in body else None
        if m is not None and not _DIFFICULTY.search(sentence.text):
            return sentence, _NOT_DONE.search(body, max(0, m.start() - 4), m.start() + 2) is None
    return None


_GOAL_PREDICATE = re.compile(f"(?:{vocab.alternation('verify.goal_predicate')})$")
GOAL_MANNER = 4     # characters of manner between the subject and the change (持续, 进一步, 明显)


@lru_cache(maxsize=256)
def _goal_pattern(subject: str, change: str) -> re.Pattern:
    """``subject``, a few characters of manner (kept as group 1), then ``change`` (生态环境质量持续改善)."""
    return re.compile(f"{re.escape(subject)}([^,;:。]{{0,{GOAL_MANNER}}}?){re.escape(change)}")


def _goal_said(metric: str, mentions: list):
    """(sentence, True) for the first review clause saying a quota's subject changed as the quota asks, in its own
    words (生态环境质量持续改善 for 环境质量改善目标), or None; a negation between them (未明显改善) says nothing."""
    key = normalise(metric)
    period = _QUOTA_PERIOD.match(key)
    key = key[period.end():] if period is not None else key
    noun = _QUOTA_NOUN.search(key)
    key = key[:noun.start()] if noun is not None else key
    goal = _GOAL_PREDICATE.search(key)
    subject = key[:goal.start()] if goal is not None else ""
    if len(subject) < 4:
        return None
    said = _goal_pattern(subject, goal.group())
    for sentence in mentions:
        body = normalise(sentence.text)
        m = said.search(body) if subject in body else None
        if m is not None and not _NEGATION.search(m.group(1)):
            return sentence, True
    return None


_CLAUSE_MARK = re.compile(r"[,;:。]")
_DIGIT = re.compile(r"\d")


def _named_as_difficulty(body: str, keys: list[str]) -> bool:
    """The clause of a review sentence opening on a metric's name (``body``, normalised) ends on a difficulty ahead
    (verify.difficulty: 节能减排降碳和要素保障压力加大; 完成…目标任务艰巨), with no figure between: the metric named
    among the pressures, no result of it."""
    key = next((k for k in keys if body.startswith(k)), "")
    clause = _CLAUSE_MARK.split(body[len(key):], 1)[0]
    return bool(key) and _DIFFICULTY.search(clause) is not None and not _DIGIT.search(clause)


# 城乡居民收入水平仍然较低: the metric's level said low, right after its name (qualitative._level_said_low).
_LEVEL_SAID_LOW = re.compile(f"^的?水平(?:{vocab.alternation('verify.level_said_low_still')})?"
                             f"(?:{vocab.alternation('verify.level_said_low')})")


def _level_said_low(body: str, keys: list[str]) -> bool:
    """The clause of a review sentence opening on a metric's name (``body``, normalised) goes on with its level said low
    (城乡居民收入水平仍然较低: 水平, an adverb of verify.level_said_low_still at most, a word of verify.level_said_low),
    no figure in it: how the level stands, not the year's growth."""
    key = next((k for k in keys if body.startswith(k)), "")
    clause = _CLAUSE_MARK.split(body[len(key):], 1)[0]
    return bool(key) and _LEVEL_SAID_LOW.match(clause) is not None and not _DIGIT.search(clause)


_LIST_JOIN = re.compile(r"[、和及]")
_ETC_TAIL = re.compile(r"等[^、]*$")


def _qualitative(task: Task, ind: Indicator, metric: str, target: dict, claims: list[Claim],
                 mentions: list) -> Verdict:
    """A target with no figure.  Kept in step with the economy (同步, 快于): the metric's growth
    against the economy's, both from the review.  Otherwise the review repeating the metric with
    the target's predicate (出口占全省份额基本稳定) meets it, a mention without it is unclear, and
    silence is not_reported."""
    if ind.comparator == "<=" and _INCOME_GAP.search(_written_out(metric)):
        gap = _gap_narrowed(task, metric, target, claims, mentions)
        if gap is not None:
            return gap
    versus = _VERSUS_TARGET.search(ind.qualifier or "") or _VERSUS_TARGET.search(ind.text or "")
    pending = None      # the metric's growth with no economy's to set it against: unclear, unless words settle it
    if versus is not None:
        # 不低于全省平均水平: the review saying the metric is above (or below) the same average.
        told = _versus(metric, versus.group("whom"), mentions)
        margin = _MARGIN_POINTS.search(ind.qualifier or "")
        if told is not None and told[1] and margin is not None:
            # 高于全省增速0.5个百分点: above by how much, as the review says it (高于全省1.4个百分点); above with no
            # figure settles no margin; a hedged margin (…1个百分点左右) is reached within half a point.
            sentence, _ = told
            said = _margin_said(sentence.text, versus.group("whom"))
            if said is None:
                return _quoting(task, metric, target, sentence, "unclear",
                                f"回顾称{metric}高于{versus.group('whom')}，未说明高出多少，目标{ind.qualifier}")
            wanted = float(margin.group(1)) - (HEDGED_MARGIN_BAND if margin.group(2) else 0.0)
            ok = said >= wanted - 1e-9
            return _quoting(task, metric, target, sentence, "achieved" if ok else "not_met",
                            f"目标{ind.qualifier}，回顾称{metric}高于{versus.group('whom')}{_fmt(said)}个百分点"
                            + ("，完成" if ok else "，未完成"))
        if told is not None:
            sentence, ok = told
            return _quoting(task, metric, target, sentence, "achieved" if ok else "not_met",
                            f"目标{ind.qualifier}，回顾称{metric}{'高于' if ok else '低于'}{versus.group('whom')}")
    group = _FASTER_THAN_GROUP.search(ind.text or "")
    if group is not None and "收入" in metric:
        # 农村居民收入增长快于城镇居民: the group's income growth against the other group's, both from the review.
        other = _population(group.group("whom"))
        j = _growth(metric, claims)
        theirs = next((c for c in claims if c.kind == "growth_rate" and "收入" in c.metric
                       and _population(c.metric) == other), None)
        if j is not None and theirs is not None and _population(claims[j].metric) not in ("", other):
            mine = claims[j]
            ok = mine.value > theirs.value
            return Verdict(task.id, metric, target, _actual(mine), "met" if ok else "not_met",
                           _evidence(mine) + ([] if theirs.sentence_start == mine.sentence_start else _evidence(theirs)),
                           f"目标{ind.text}：{metric}增长{_fmt(mine.value)}%，{group.group('whom')}增长{_fmt(theirs.value)}%，"
                           + ("完成" if ok else "未完成"), outcome="achieved" if ok else "not_met",
                           estimate=mine.estimate or theirs.estimate)
    if _IN_STEP.search(ind.qualifier or "") or _IN_STEP.search(ind.text or ""):
        j = _growth(metric, claims)
        economy = next((k for k, c in enumerate(claims) if c.kind in ("growth_rate", "decline_rate")
                        and (_ECONOMY.search(c.metric) or ((len(normalise(c.metric)) < 2 or _MEASURE_ONLY.match(
                            normalise(c.metric))) and _ECONOMY.search(c.context))
                             or _BARE_ECONOMY.match(normalise(c.metric)))
                        and not _LOWER_BETTER.search(c.metric) and not _ECONOMY.search(metric)), None)
        if j is not None and (_IN_STEP_WITH.search(ind.text or "") or versus is not None):
            claim = claims[j]
            return _unclear(task, metric, target, claim, f"目标为与上级同步，回顾报告{metric}{claim.text}，未报告上级增速")
        if j is not None and economy is not None:
            mine, theirs = claims[j], claims[economy]
            faster = bool(_AHEAD_OF_ECONOMY.search(ind.qualifier or ""))
            mine_v = mine.value if mine.kind == "growth_rate" else -mine.value
            theirs_v = theirs.value if theirs.kind == "growth_rate" else -theirs.value
            split = _split_groups(mine, claims)
            # In step (同步, 基本同步) allows a group's growth under the economy's by IN_STEP_BAND (the lead's convention
            # D1, stop 50); ahead of it (快于) allows nothing.
            floor = theirs_v if faster else theirs_v - IN_STEP_BAND - 1e-9
            # 农村居民人均可支配收入增长5.8%，高于城镇居民收入增速 for all residents' income: one group's rate alone, the
            # other's not given, says nothing of the whole; of a target on both groups (城乡居民…) it settles only a
            # shortfall (D1: both groups follow the group further under).
            group = _population(mine.metric)     # (城镇 or 农村: a single group; 全体: all residents)
            lone = not split and bool(group) and group != "全体" and not _population(metric)
            if lone and not mine.positive and not theirs.positive \
                    and (not targets.urban_and_rural(metric) or (mine_v > floor if faster else mine_v >= floor)):
                return Verdict(task.id, metric, target, _actual(mine), "unclear",
                               _evidence(mine) + ([] if theirs.sentence_start == mine.sentence_start else _evidence(theirs)),
                               f"目标{ind.qualifier or '同步'}：回顾仅报告{mine.metric}{mine.text}，未报告{metric}整体增速，"
                               "无法判断是否同步", outcome="unclear", estimate=mine.estimate or theirs.estimate)
            if mine.positive or theirs.positive:
                # 实现正增长 has no figure: settled only against a fall of the economy.
                ok = (mine.positive and not theirs.positive and theirs_v < mine.value) or None
            elif split and min(split) < floor and theirs_v <= max(split):
                # one group ahead of the economy, the other under it further than the band: no overall figure.  A group
                # under by no more than the band is in step (D1: 城镇3% beside 经济3.1% with 农村6.8% is in step, no
                # undecided pair); both under, the group further under decides (D1).
                ok = None
            elif split:
                ok = min(split) > floor if faster else min(split) >= floor
            else:
                ok = mine_v > floor if faster else mine_v >= floor
            if ok is None:
                return Verdict(task.id, metric, target, _actual(mine), "unclear",
                               _evidence(mine) + ([] if theirs.sentence_start == mine.sentence_start else _evidence(theirs)),
                               f"目标{ind.qualifier or '同步'}：回顾报告{metric}{mine.text}，经济{theirs.text}，"
                               "无法判断是否同步", outcome="unclear", estimate=mine.estimate or theirs.estimate)
            verdict = "met" if ok else "not_met"
            reason = (f"目标{ind.qualifier or '同步'}：{metric}增长{_fmt(mine_v)}%，经济增长{_fmt(theirs_v)}%，"
                      + ("完成" if ok else "未完成"))
            evidence = _evidence(mine) + ([] if theirs.sentence_start == mine.sentence_start else _evidence(theirs))
            return Verdict(task.id, metric, target, _actual(mine), verdict, evidence, reason,
                           outcome=_outcome(verdict, {}), estimate=mine.estimate or theirs.estimate)
        pending = claims[j] if j is not None else None
    said = _said_in_words(metric, mentions)
    if said is not None:
        return _in_words(task, metric, target, *said)     # 完成省下达的节能减排目标任务
    if _GROWS.search(ind.qualifier or "") and not _IN_STEP.search(ind.qualifier or ""):
        # 保持稳定增长 answered by the metric's growth rate: above zero is met, a fall is not.
        j = _growth(metric, claims)
        if j is not None:
            claim = claims[j]
            value = claim.value if claim.kind == "growth_rate" else -claim.value
            if claim.positive or value != 0:
                ok = (claim.positive and claim.kind == "growth_rate") or value > 0     # 负增长 is a fall
                fell = value < 0 or claim.kind == "decline_rate"
                if claim.part_year:
                    # 连续6个月实现单月正增长: months' growth, not the year's (the lead's decision of stop 41): unclear.
                    return _unclear(task, metric, target, claim,
                                    f"目标{ind.qualifier}，回顾仅报告部分时段{metric}{claim.text}，非全年结果")
                if ok and _LARGE_DEGREE.search(ind.qualifier or ""):
                    # 大幅增长 with no figure: a rise says the metric grew, not by how much the target asked.
                    return _unclear(task, metric, target, claim,
                                    f"目标{ind.qualifier}，回顾报告{metric}{claim.text}，未说明是否达到{ind.qualifier}")
                return Verdict(task.id, metric, target, _actual(claim), "met" if ok else "not_met", _evidence(claim),
                               f"目标{ind.qualifier}，回顾报告{metric}{'下降' if fell and not claim.positive else ''}{claim.text}"
                               + ("，完成" if ok else "，未完成"), outcome="achieved" if ok else "not_met",
                               estimate=claim.estimate)
    if ind.comparator == "<=" and _FALLS.search(ind.qualifier or "") and not _QUOTA_ABOVE.search(ind.qualifier or ""):
        fell = _fall_said(task, ind, metric, target, claims)
        if fell is not None:
            return fell
    if _asks_steady(ind.qualifier) and not _LOWER_BETTER.search(metric):
        # 保持稳定 answered by the metric's growth rate: a rise, or a fall within half a point, holds it steady.
        j = _growth(metric, claims)
        if j is not None and not claims[j].positive:
            claim = claims[j]
            value = claim.value if claim.kind == "growth_rate" else -claim.value
            ok = value >= -STEADY_BAND
            return Verdict(task.id, metric, target, _actual(claim), "met" if ok else "not_met", _evidence(claim),
                           f"目标{ind.qualifier}，回顾报告{metric}{'下降' if value < 0 else '增长'}{_fmt(abs(value))}%"
                           + ("，完成" if ok else "，未完成"), outcome="achieved" if ok else "not_met",
                           estimate=claim.estimate)
    key = normalise(metric)
    # 城乡居民X said as 城镇、农村居民X (the two groups named in turn, the rest shared): the same target's name.
    # 细颗粒物（PM2.5）平均浓度 said 细颗粒物平均浓度 or PM2.5平均浓度: its name without the brackets (mentions._unbracketed).
    keys = [k for k in dict.fromkeys((key, _written_out(metric), *_income_names(key), *_both_groups_written(metric), *_measured(key),
                                      *((_unbracketed(metric),) if _IN_BRACKETS.search(metric) else ())))
            if len(k) >= 2]
    qual = normalise(ind.qualifier)
    # 基本同步 is met by a review saying 同步 (or 快于, for 同步), 保持稳定 by 稳定.
    quals = [q for q in dict.fromkeys((qual, _SOFT_QUALIFIER.sub("", qual))) if len(q) >= 2]
    # 保持稳定 is said 总体平稳, 进一步缩小 持续收窄 (verify.predicate_synonyms).
    quals += [q.replace(a, b) for q in list(quals) for a, b in _PREDICATE_SYNONYMS if a in q and len(q) - len(a) <= 2]
    in_step = bool(_IN_STEP.search(ind.qualifier or "")) and not _IN_STEP_WITH.search(ind.text or "")
    if in_step and "快于" not in qual:
        quals.append("快于")
    if ind.kind == "zero":
        broken = _zero_broken(metric, mentions)
        if broken is not None:
            return _quoting(task, metric, target, broken, "not_met", f"回顾称发生“{metric}”，未实现零发生")
    seen = lone = None
    for sentence in mentions:
        body = next((b[b.find(k):] for b in (normalise(sentence.text), _written_out(sentence.text))
                     for k in keys if k in b and not _one_group_before(b, k, key)), None)
        if body is None and lone is None and in_step and _lone_group_said(sentence, keys, key):
            lone = sentence
        if body is not None and _PROBLEMS_AFTER.match(body, next(len(k) for k in keys if body.startswith(k))):
            # 长江经济带生态环境突出问题整改…，空气质量改善幅度…: the metric names the problems put right, not its state.
            body = None
        if body is not None and ind.kind == "zero":
            text = normalise(sentence.text)
            at = next((text.find(k) for k in keys if k in text), -1)
            lead = _CLAUSE_MARK.split(text[:max(at, 0)])[-1]
            if at >= 0 and _ZERO_KEPT.search(lead[-12:]):
                # 全年未发生重特大生产安全事故 for 重特大生产安全事故零发生: the event did not happen.
                return _quoting(task, metric, target, sentence, "achieved", f"回顾称未发生“{metric}”，完成")
        if body is not None:
            if in_step and _STEP_BEHIND.search(body[:40]):
                # 居民收入增速低于经济增速: said behind the economy, no figures needed.
                return _quoting(task, metric, target, sentence, "not_met", f"回顾称“{metric}”增长慢于经济增长，未完成")
            if in_step and _STEP_AHEAD.search(body[:40]):
                return _quoting(task, metric, target, sentence, "achieved", f"回顾称“{metric}”增长不慢于经济增长，完成")
            if quals and (any(q in body for q in quals) or _said_done(qual, body)):
                q = next((q for q in quals if q in body), None)
                loose = _LOOSE_STEP.search(body) if in_step and q and not _LOOSE_STEP.search(qual) else None
                if loose is not None and loose.end() == body.find(q) + len(q):
                    # 与经济增长基本同步 for a target asking 同步 plainly: roughly in step, weaker words, no figures.
                    return _quoting(task, metric, target, sentence, "unclear",
                                    f"回顾称“{metric}”{loose.group()}，弱于目标“{ind.qualifier}”，无法判断是否完成")
                raw = for_parsing(sentence.text)      # (normalise drops the figure's point and %)
                share = _SHARE_DONE.match(raw, raw.find(q) + len(q)) if q and "完成" in q and q in raw else None
                if share is not None and float(share.group(1)) < 100:
                    # 完成年度预算的96.5%: the task done in part, short of it.
                    return _quoting(task, metric, target, sentence, "not_met",
                                    f"回顾称“{metric}”{q}的{share.group(1)}%，未完成")
                return _quoting(task, metric, target, sentence, "achieved", f"回顾称“{metric}{ind.qualifier}”，完成")
            near = body[:40]
            if "完成" in (ind.qualifier or "") and _NOT_DONE.search(near) \
                    and _TASK_NOUN.search(near):
                return _quoting(task, metric, target, sentence, "not_met", f"回顾称“{metric}”未完成")
            done = _field_done(metric, [sentence], whole=True) if "完成" in (ind.qualifier or "") else None
            if done is not None:
                # 完成省下达的主要污染物减排任务 for the same words as a target: the done word before the quota's field,
                # as the target itself writes it (未完成…: not met).
                return _in_words(task, metric, target, *done)
            if _named_as_difficulty(body, keys):
                # …、节能减排降碳和要素保障压力加大: the quota named among the pressures ahead, no word of how it went.
                continue
            if in_step and _level_said_low(body, keys):
                # 城乡居民收入水平仍然较低 for incomes in step with the economy: the level's state, no word of the growth.
                continue
            seen = seen or sentence
    if pending is not None:
        # 居民人均可支配收入增长6.1% and no growth of the economy, nor words saying in step: unclear, quoted.
        return _unclear(task, metric, target, pending, f"回顾报告{metric}{pending.text}，未报告可比的经济增速")
    loose = None if seen is not None else (_said_loosely(metric, ind.qualifier or "", mentions)
                                           or _subject_changed(metric, ind.qualifier or "", mentions))
    if loose is not None:
        return _quoting(task, metric, target, loose, "achieved", f"回顾以其他说法称“{metric}{ind.qualifier}”，完成")
    if seen is None and len(key) >= 4:
        # A bundle (防范化解重大风险、精准脱贫、污染防治等省定任务): the review naming one of its items.
        items = [normalise(i) for i in _LIST_JOIN.split(_ETC_TAIL.sub("", metric))]
        items = [i for i in items if len(i) >= 4 and i != key]
        for sentence in mentions:
            body = normalise(sentence.text)
            if len(items) >= 2 and all(i in body for i in items) and _said_done(qual, body[body.find(items[0]):]):
                # 节能减排和环境保护约束性指标全面完成: every item of the bundle named, said done.
                return _quoting(task, metric, target, sentence, "achieved", f"回顾称“{metric}”{ind.qualifier}")
        seen = next((s for s in mentions if any(i in normalise(s.text) for i in items)), None)
    if ind.comparator == "<=" and _CAP_WORD.search(ind.qualifier or ""):
        # 居民消费价格涨幅控制在省定目标以内 answered by 居民消费价格上涨0.9%: the metric's own figure, but the
        # bound has no number here to set it against.
        for kind in ("ratio", "growth_rate"):
            j = _best_claim(Indicator(metric=metric, value=0.0, unit="%", kind=kind), [metric], claims)[0]
            if j is not None:
                return _unclear(task, metric, target, claims[j],
                                f"目标{ind.qualifier}，回顾报告{metric}{claims[j].text}，目标未给出数值，无法比较")
    if seen is not None:
        return _quoting(task, metric, target, seen, "unclear", f"回顾提及“{metric}”，但未说明是否{ind.qualifier or '完成'}")
    if lone is not None:
        # 农村居民收入连续20年保持全省首位 for incomes in step: one group named with how it stands, no figure — a
        # mention of the target, not an answer for both groups (as one group's rate alone, D1).
        return _quoting(task, metric, target, lone, "unclear", f"回顾仅提及单一群体的“{metric}”，未报告可比增速，"
                        f"无法判断是否{ind.qualifier or '完成'}")
    if _QUOTA_ABOVE.search(ind.qualifier or ""):
        # 单位地区生产总值能耗降低完成省下达任务 answered by 节能降耗完成省下达年度目标 / 全面完成市下达的能耗双控目标任务: a
        # quota handed down by the level above has no figure, and the review says it done (or not) under another name of
        # the same quota — settled in words, as the metric's own name would settle it.  (A target with a figure is not:
        # 能耗降低3% against 节能降耗完成…目标 stays unclear, _near.)
        said = _said_in_words(metric, mentions, _neighbour_names(metric))
        if said is not None and not _DIFFICULTY.search(said[0].text):
            return _in_words(task, metric, target, *said)
        done = _field_done(metric, mentions) or _goal_said(metric, mentions)
        if done is not None:
            return _in_words(task, metric, target, *done)
    # 节能减排完成省下达任务 for a target on 能耗: a neighbouring metric's result, in words.
    near = _near(task, metric, target, claims, mentions,
                 lambda c: f"回顾仅报告相关指标“{c.text}”，未说明“{metric}”是否{ind.qualifier or '完成'}",
                 f"回顾仅提及相邻口径，未说明“{metric}”是否{ind.qualifier or '完成'}")
    if near is not None:
        return near
    state = _head_state(metric, mentions)
    if state is not None:
        # 个别领域风险点依然不少 for 重大风险有效防控: the subject's state, no verdict on the target.
        return _quoting(task, metric, target, state, "unclear", f"回顾提及“{metric}”的现状，但未说明是否{ind.qualifier or '完成'}")
    if in_step or _asks_steady(qual):
        # 城镇和农村居民人均可支配收入分别达到4.2万元、2.1万元 for incomes in step with the economy (粮食总产量121万吨 for
        # grain held steady): the metric's level alone, no rate nor the year before's to compare: quoted, unclear.
        levels = [c for c in claims if not vocab.is_rate(c.unit)]
        # (城乡居民人均可支配收入 answered by 城镇居民和农村居民人均可支配收入分别超8万元、4.8万元: either group's level)
        j = next((j for name in (metric, *targets.urban_and_rural(metric))
                  if (j := _related_claim([name], levels)) is not None), None)
        if j is not None:
            level = levels[j]
            return _unclear(task, metric, target, level, f"回顾仅报告“{metric}”的水平{level.text}，未报告可比增速，"
                            f"无法判断是否{ind.qualifier or '完成'}")
    topic = _ABSTRACT_HEAD.search(normalise(metric))
    if topic is not None and len(topic.group(1)) >= 2:
        # 就业形势保持稳定 for 高校毕业生就业率95%: a figure of the topic, not of the target's state.
        j = next((k for k, c in enumerate(claims) if topic.group(1) in _written_out(c.context + c.metric)), None)
        if j is not None:
            return _unclear(task, metric, target, claims[j],
                            f"回顾仅报告相关指标“{claims[j].text}”，未说明“{metric}”是否{ind.qualifier or '完成'}")
    seen = _duty_assessed(metric, mentions)
    if seen is not None:
        # 粮食安全责任制考核排名全省第一 for 粮食综合生产能力完成省下达任务: the duty's assessment and its place, no word that
        # the quota was met — a related measure and a rank (D2), unclear, quoted.
        return _quoting(task, metric, target, seen, "unclear",
                        f"回顾仅报告“{metric}”所属责任考核的结果，未说明是否{ind.qualifier or '完成'}")
    seen = _topic_mention(metric, mentions)
    if seen is not None:
        # 能耗双控扎实推进 for 单位生产总值能耗完成省下达任务: the target's matter said in words by its topic's name, no figure
        # and no word that it was done — unclear, quoted (the lead's decision of stop 66), not unreported.
        return _quoting(task, metric, target, seen, "unclear", f"回顾仅以文字提及“{metric}”所属方面，未说明是否{ind.qualifier or '完成'}")
    return Verdict(task.id, metric, target, None, "unclear", [],
                   f"回顾部分未报告“{metric}”", outcome="not_reported")


# The duty's assessment a quota is judged by, said with its result (耕地保护和粮食安全首考全省第一, 粮食安全责任制考核排名全省第一
# for 耕地保有量、粮食综合生产能力完成省定目标): the quota's topic word (verify.duty_topic), an assessment word a few
# characters after it (verify.duty_assessment), then a place or a grade (verify.assessment_result).
_DUTY_TOPICS = tuple((normalise(t), normalise(w)) for t, w in (x.split(">", 1) for x in vocab.words("verify.duty_topic")))
_DUTY_ASSESSED = re.compile(rf"[^,;:。，；：]{{0,8}}?(?:{vocab.alternation('verify.duty_assessment')})[^,;:。，；：]{{0,6}}?"
                            rf"(?:{vocab.alternation('target.rank_scope')})?(?:{vocab.alternation('verify.assessment_result')})")


def _duty_assessed(metric: str, mentions: list):
    """The first review sentence giving the result of the duty's assessment a quota on ``metric`` is judged by (粮食安全
    责任制考核排名全省第一 for 粮食综合生产能力), or None.  An assessment with no result (开展粮食安全责任制考核) or a
    place of the metric itself with no assessment (粮食产量居全省第二) is none."""
    key = _written_out(metric)
    words = [w for t, w in _DUTY_TOPICS if t in key]
    for sentence in mentions if words else ():
        for clause in _written_clauses(sentence.text):
            if any(at != -1 and _DUTY_ASSESSED.match(clause, at + len(w)) for w in words for at in (clause.find(w),)):
                return sentence
    return None


# Right after a qualitative target's metric in a review sentence: problems or their rectification (生态环境突出问题整改).
_PROBLEMS_AFTER = re.compile(rf"[^,;:。，；：]{{0,4}}?(?:{vocab.alternation('verify.problems_after')})")


_INCOME_GAP = vocab.pattern("verify.income_gap")
_RURAL_INCOME = re.compile("农村居民人均可支配收入")
_GAP_FASTER = vocab.pattern("verify.gap_faster")
_GAP_SLOWER = vocab.pattern("verify.gap_slower")


_GRADE = re.compile(f"(?:{vocab.alternation('verify.incident_grade')})")
_INCIDENT_COUNT = re.compile(r"[^,;:。\d]{0,4}?(\d+)(?:起|次|例)")


_OCCURRED = vocab.pattern("report.occurred")


def _zero_broken(metric: str, mentions: list):
    """A review sentence counting incidents of the grade a zero target names (发生较大生产安全事故2起 for
    较大及以上生产安全事故零发生), or None.  Incidents of no grade, or of one the target's name does not hold
    (一般事故 for 重特大…), do not break it."""
    grades = _GRADE.findall(normalise(metric))
    core = _GRADE.sub("", normalise(metric))
    if len(core) < 3 or not grades:
        return None
    for sentence in mentions:
        body = normalise(sentence.text)
        at = body.find(core)
        while at != -1:
            lead = _OCCURRED.split(_CLAUSE_MARK.split(body[:at])[-1])
            count = _INCIDENT_COUNT.match(body, at + len(core))
            if len(lead) > 1 and not _NEGATION.search(lead[-2][-2:]) and lead[-1] \
                    and lead[-1] in normalise(metric) and count is not None and int(count.group(1)) > 0:
                return sentence
            at = body.find(core, at + len(core))
    return None


def _gap_narrowed(task: Task, metric: str, target: dict, claims: list[Claim], mentions: list) -> Verdict | None:
    """A target narrowing the urban–rural income gap (城乡居民收入差距缩小) settled by the review's rural income
    growth against the urban one: said in words (农村居民人均可支配收入增速快于城镇居民), or the two growth
    figures (城镇和农村居民人均可支配收入分别增长5.2%和7.3%).  None when the review gives neither."""
    for sentence in mentions:
        body = _written_out(sentence.text)
        at = body.find(_RURAL_INCOME.pattern)
        if at == -1:
            continue
        near = body[at:at + 24]
        faster, slower = _GAP_FASTER.search(near), _GAP_SLOWER.search(near)
        if faster or slower:
            ok = bool(faster) and not slower
            return _quoting(task, metric, target, sentence, "achieved" if ok else "not_met",
                            f"回顾称农村居民收入增速{'快于' if ok else '慢于'}城镇居民，城乡收入差距{'缩小' if ok else '未缩小'}")
    grows = [c for c in claims if c.kind == "growth_rate" and not c.positive and not c.part_year
             and "人均可支配收入" in _written_out(c.metric)]
    rural = next((c for c in grows if _population(c.metric) == "农村"), None)
    urban = next((c for c in grows if _population(c.metric) == "城镇"), None)
    if rural is None or urban is None or rural.value == urban.value:
        return None
    ok = rural.value > urban.value
    evidence = _evidence(rural) + ([] if urban.sentence_start == rural.sentence_start else _evidence(urban))
    return Verdict(task.id, metric, target, _actual(rural), "met" if ok else "not_met", evidence,
                   f"回顾报告农村居民收入增长{rural.text}、城镇居民{urban.text}，城乡收入差距{'缩小' if ok else '未缩小'}",
                   outcome="achieved" if ok else "not_met", estimate=rural.estimate or urban.estimate)


_ABSTRACT_HEAD = re.compile(f"([^的]{{2,6}})(?:{vocab.alternation('verify.abstract_head')})$")


STEADY_BAND = 0.5         # points a metric held steady (保持稳定) may fall by: the half point a 左右 target allows
LOOSE_SIMILARITY = 0.6    # a qualitative target's predicate said in other words (有效防控 / 得到有效防范)


def _said_loosely(metric: str, qualifier: str, mentions: list):
    """The first review sentence stating a qualitative target with the head noun of its metric and much
    the same predicate after it (金融风险有效防控: 重大风险得到有效防范和化解), or None.  The predicate
    must keep three characters once softening words are set aside: 改善 alone (营商环境持续改善 for
    生态环境进一步改善) says too little of which metric improved."""
    core = _HEAD_TRAIL.sub("", _written_out(metric))
    qual = _SOFT_QUALIFIER.sub("", normalise(qualifier))
    if len(core) < 4 or len(qual) < 3:
        return None
    head = core[-2:]
    for sentence in mentions:
        for clause in _CLAUSE_END.split(for_parsing(sentence.text)):
            body = _written_out(clause)
            at = body.find(head)
            if at == -1:
                continue
            if _held_bottom_line(body, at, head):
                return sentence     # 守住了不发生系统性风险的底线 for 重大风险有效防控
            after = body[at + 2:at + 2 + len(qual) + 8]
            if similarity(qual, after) >= LOOSE_SIMILARITY and not _NEGATION.search(after):
                return sentence
    return None


_QUALITY_NOUN = re.compile(f"(?:{vocab.alternation('verify.quality_noun')})$")
_CHANGE_NEEDED = vocab.pattern("verify.change_needed")


def _subject_changed(metric: str, qualifier: str, mentions: list):
    """The first review sentence saying the subject of a quality target changed as the target asks, the quality noun
    left out (三是生态环境持续改善 for 生态环境质量进一步改善), or None: the subject must keep four characters, and the
    change is the target's predicate with its softening words set aside, after a few characters of manner saying
    neither a negation (未明显改善) nor a need (仍需持续改善: the problems paragraph's words)."""
    key = normalise(metric)
    noun = _QUALITY_NOUN.search(key)
    change = _SOFT_QUALIFIER.sub("", normalise(qualifier))
    if noun is None or len(key[:noun.start()]) < 4 or len(change) < 2:
        return None
    said = _goal_pattern(key[:noun.start()], change)
    for sentence in mentions:
        m = said.search(normalise(sentence.text))
        if m is not None and not _NEGATION.search(m.group(1)) and not _CHANGE_NEEDED.search(m.group(1)):
            return sentence
    return None


_HEAD_STATE = re.compile(r"(?:{})?(?:[^,;:。]{{0,8}}?(?:{}))?(?P<head>..)[^,;:。]{{0,4}}?(?:{})?(?:{})".format(
    vocab.alternation("verify.head_scope"), vocab.alternation("verify.head_kind"), vocab.alternation("verify.still"),
    vocab.alternation("verify.head_state")))


def _head_state(metric: str, mentions: list):
    """The first review sentence with a clause opening on the head noun of a qualitative target's metric (its last two
    characters, the metric four or more), after a scope of fields at most (部分领域), and saying how its subject stands
    with no verdict (风险隐患仍然较多), or None."""
    core = _HEAD_TRAIL.sub("", _written_out(metric))
    if len(core) < 4:
        return None
    head = core[-2:]
    for sentence in mentions:
        if head not in sentence.text:
            continue
        for clause in _CLAUSE_END.split(for_parsing(sentence.text)):
            m = _HEAD_STATE.match(_written_out(clause))
            if m is not None and m["head"] == head:
                return sentence
    return None


_BOTTOM_LINE = re.compile(f"(?:{vocab.alternation('verify.bottom_line_held')})了?[^不]{{0,8}}?不发生")
_BOTTOM_LINE_WORDS = vocab.words("verify.bottom_line_word")


def _held_bottom_line(body: str, at: int, head: str) -> bool:
    """``body`` (a clause written out) says the bottom line of the head noun at ``at`` held: a word of
    verify.bottom_line_held, then 不发生 before the noun, then 底线 right after it (…风险的底线)."""
    held = _BOTTOM_LINE.search(body, 0, at)
    return held is not None and at - held.end() <= 8 and body.startswith(_BOTTOM_LINE_WORDS, at + len(head))


_GROWS = vocab.pattern("change.grows")
_LARGE_DEGREE = vocab.pattern("verify.large_degree")
VERSUS_REACH = 30     # characters from a metric's name to the average it is compared with
# A target against an average (不低于全省平均水平, 高于全国平均水平) and the review's answer to it.
_VERSUS_TARGET = re.compile(
    f"(?:{vocab.alternation('verify.versus_average')})(?P<whom>{vocab.alternation('verify.average_of')})"
    f"(?={vocab.alternation('verify.average_after')}|$|[,，。；;])")
_ABOVE = re.compile(f"(?:{vocab.alternation('comparator.above_other')})$")
_BELOW = re.compile(f"(?:{vocab.alternation('comparator.below_other')})$")


# A target's margin over an average in points (高于全省增速0.5个百分点左右): the points, and its hedge.
_MARGIN_POINTS = re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?)个百分点({vocab.alternation('comparator.about_after')})?")
# Growth kept in step with the economy's (与经济增长同步 / 基本同步) is in step when at most this far under it (D1,
# docs/reading-reports.md, verifyf stop 50): 8% beside 8.1% is in step, 5.6% beside 5.9% is not.
IN_STEP_BAND = 0.2
HEDGED_MARGIN_BAND = 0.5    # a hedged margin (…1个百分点左右) is reached within half a point, as a 左右 rate is


def _margin_said(text: str, whom: str) -> float | None:
    """The points a review sentence says a figure is above ``whom`` by (高于全省1.4个百分点), or None."""
    raw = for_parsing(text)
    at = raw.find(whom)
    m = _MARGIN_POINTS.search(raw, at, at + len(whom) + 12) if at != -1 else None
    return float(m.group(1)) if m is not None else None


def _versus(metric: str, whom: str, mentions: list):
    """(sentence, above) for the first review sentence part naming ``metric`` and saying, within a few
    words after it, that it is above (快于, 高于…) or below ``whom``'s average (规上工业增加值增速高于全省
    平均水平; 社会消费品零售总额增长6.1%，增速高于全省), or None."""
    keys = _keys(metric)
    for sentence in mentions:
        for part in _PART_END.split(_review_names(for_parsing(sentence.text))):
            body = normalise(part)
            at = next((body.find(k) for k in keys if k in body), -1)
            place = body.find(whom, at + 1, at + VERSUS_REACH) if at != -1 else -1
            if place == -1:
                continue
            if _ABOVE.search(body[:place]):
                return sentence, True
            if _BELOW.search(body[:place]):
                return sentence, False
    return None


def _said_done(qualifier: str, after: str) -> bool:
    """A completion target (完成省下达任务) the review says is done in its own words right after the metric
    (节能减排完成省下达的目标任务 / …目标任务全面完成), with no negation."""
    if "完成" not in qualifier:
        return False
    near = after[:40]
    done = _DONE_MANNER.search(near)
    return bool(done) and bool(_TASK_NOUN.search(near)) and not _DONE_DENIED.search(near[:done.end()])
