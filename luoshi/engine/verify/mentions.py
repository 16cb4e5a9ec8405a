"""A target said in words (no figure) in the review's sentences: above or below target, share of the
plan, bundles of indicators, a neighbouring metric's claim.
"""

from __future__ import annotations

import bisect
import os
import re
from functools import lru_cache

from .. import vocab
from ..judgement import Claim
from ..text import for_parsing, normalise
from .claims import _NATION, _OWN_SCOPE_ANY, _PER_UNIT_BEFORE, _scope_level
from .index import _indexed
from .naming import _HEAD_TRAIL, _bundles, _share_of_whole, _wider_scope
from .patterns import (
    _ABOVE_WORDS,
    _CLAUSE_END,
    _DONE_IN_WORDS,
    _EXCEPT,
    _EXCEPT_ITEM,
    _EXCEPTED,
    _FALL_SAID_BEFORE,
    _LOWER_BETTER,
    _MENTION_PREDICATE,
    _NEGATED,
    _NEIGHBOURS,
    _OTHER_UNIT_NEIGHBOURS,
    _PART_AREA_BEFORE,
    _PART_END,
    _PART_OF_TRADE,
    _PART_OF_TRADE_WORD,
    _PART_TRADE_BEFORE,
    _PLACE_PREFIX,
    _RATE_FIGURE,
    _TOLD_LATER,
    EXCEPT_EXTRA,
    PART_AREA_REACH,
    _base,
    _defining,
    _distinct_pairs,
    _has,
    _review_names,
)
from .restated import _written, _written_clauses, _written_out


class _SentenceIndex:
    """Review sentences as ``bodies_of`` reads each (the texts a metric's keys are looked for in), all joined
    by a character no key has, and where each sentence starts in them: the sentences naming a key are found
    by one scan."""

    def __init__(self, mentions: list, bodies_of):
        self.bodies: list[tuple[str, ...]] = [bodies_of(s.text) for s in mentions]
        self.starts: list[int] = []
        self.ends: list[int] = []       # (where the next sentence starts)
        pieces, at = [], 0
        for bodies in self.bodies:
            piece = "\0".join(bodies)
            pieces.append(piece)
            self.starts.append(at)
            at += len(piece) + 1
            self.ends.append(at)
        self.joined = "\0".join(pieces)
        self._bundled: list[int] | None = None

    def naming(self, keys) -> list[int]:
        """The sentences one of whose bodies has one of ``keys``, in order."""
        if any(not k for k in keys):
            return list(range(len(self.bodies)))
        found: set[int] = set()
        for key in keys:
            at = self.joined.find(key)
            while at != -1:
                j = bisect.bisect_right(self.starts, at) - 1
                found.add(j)
                at = self.joined.find(key, self.ends[j])     # (on past this sentence: one is enough)
        return sorted(found)

    def bundled(self, mentions: list) -> list[int]:
        """The sentences naming a bundle of indicators (``_bundles``), in order."""
        if self._bundled is None:
            self._bundled = [j for j, s in enumerate(mentions) if _bundles(s.text)]
        return self._bundled


def _written_index(mentions: list) -> _SentenceIndex:
    """Each sentence written out (``_written_out``): where ``_mention`` looks."""
    return _SentenceIndex(mentions, lambda text: (_written_out(text),))


def _said_index(mentions: list) -> _SentenceIndex:
    """The clauses ``_said_in_words`` reads of each sentence (``_said_clauses``)."""
    def bodies(text: str) -> tuple[str, ...]:
        excepting, saying = _said_clauses(text)
        return tuple(body for body, _ in excepting) + tuple(body for body, _ in saying)
    return _SentenceIndex(mentions, bodies)


def _versus_index(mentions: list) -> _SentenceIndex:
    """The clauses ``_versus_target`` reads of each sentence (``_versus_clauses``)."""
    return _SentenceIndex(mentions, lambda text: tuple(body for body, _, _ in _versus_clauses(text)))


def _share_index(mentions: list) -> _SentenceIndex:
    """The clauses ``_share_said`` reads of each sentence (``_share_clauses``)."""
    return _SentenceIndex(mentions, _share_clauses)


@lru_cache(maxsize=4096)
def _keys(metric: str) -> tuple[str, ...]:
    """The names a review may give ``metric`` by, written out: the whole name and, four characters or
    more, its core without size and change words (居民消费价格涨幅 → 居民消费价格: 物价总体平稳)."""
    key = _PLACE_PREFIX.sub("", _written_out(metric))
    core = _HEAD_TRAIL.sub("", key)
    # …and the core as the target writes it, where writing out shortened it (外贸进出口总额 → 进出口总额:
    # 外贸进出口规模明显萎缩 names it by 外贸进出口).
    own = _HEAD_TRAIL.sub("", _PLACE_PREFIX.sub("", normalise(for_parsing(metric))))
    # …and the name without what it gives in brackets (_unbracketed)
    return tuple(k for k in dict.fromkeys((key, core, own, _unbracketed(metric))) if len(k) >= 4)


def _unbracketed(metric: str) -> str:
    """``metric`` without what its name gives in brackets, written out (细颗粒物（PM2.5）平均浓度 → 细颗粒物平均浓度, as
    细颗粒物平均浓度高于预期目标 names it)."""
    return _PLACE_PREFIX.sub("", _written_out(_IN_BRACKETS.sub("", for_parsing(metric))))


_IN_BRACKETS = re.compile(r"[(（][^()（）]{1,12}[)）]")
# A sector's, owner's or kind's word right before the name (工业固定资产投资): verify.part_by_kind, its longest word's reach.
_KIND_BEFORE = re.compile(f"(?:{vocab.alternation('verify.part_by_kind')})$")
KIND_REACH = max(len(w) for w in vocab.words("verify.part_by_kind"))


def _named(body: str, key: str, lower_better: bool):
    """Where ``key`` names the metric itself in ``body`` (both as ``_written_out`` gives them), left to
    right, none overlapping: not inside another metric (单位地区生产总值能耗下降, 研发投入占地区生产总值比重, 人均地区生产总值),
    nor a part of the area's (经济开发区规上工业增加值: verify.part_of_area), nor before its share (税收收入占…比重)."""
    at = body.find(key)     # (most sentences: one C scan finds nothing)
    while at != -1:
        around = body[max(0, at - 1):at + len(key) + 4]
        if not ((not lower_better and _LOWER_BETTER.search(around)) or around.startswith("占")
                or _PART_AREA_BEFORE.search(body, max(0, at - PART_AREA_REACH), at)
                # 跨境电商进出口额: a kind's part of the trade (verify.part_of_trade), unless the key names it
                or _PART_TRADE_BEFORE.search(body, max(0, at - PART_AREA_REACH), at) and not _PART_OF_TRADE_WORD.search(key)
                # 税收收入占一般公共预算收入比重: the metric's share, said of no change of it; 人均地区生产总值: per head
                or body.startswith("占", at + len(key)) or _PER_UNIT_BEFORE.search(body, max(0, at - 2), at)
                # 工业固定资产投资: a sector's part (verify.part_by_kind), unless the key names the sector
                or (k := _KIND_BEFORE.search(body, max(0, at - KIND_REACH), at)) and k.group() not in key):
            yield at
        at = body.find(key, at + len(key))


# The year's target named in a review (年初目标, 预期目标, 年度计划目标).
_TARGET_WORD = (f"(?:{vocab.alternation('verify.target_period')})?(?:{vocab.alternation('verify.target_kind')})?"
                f"(?:{vocab.alternation('verify.target_noun')})")
_ABOVE_TARGET = re.compile(f"(?:{vocab.alternation('verify.versus_target_above')}){_TARGET_WORD}\\d"
                           f"|(?:比|较){_TARGET_WORD}(?:{vocab.alternation('verify.versus_target_more')})出?\\d")
_BELOW_TARGET = re.compile(f"(?:{vocab.alternation('verify.versus_target_below')}){_TARGET_WORD}\\d"
                           f"|(?:比|较){_TARGET_WORD}(?:{vocab.alternation('verify.versus_target_less')})\\d")


@lru_cache(maxsize=4096)
def _versus_clauses(text: str) -> tuple[tuple[str, int, bool], ...]:
    """The clauses of a review sentence that set a figure against the year's target (高于年初目标0.5个百分点,
    比预期目标低2个百分点): each normalised, where that starts, and whether it is above.  Cached."""
    written = _written_out(text)
    if not _ABOVE_TARGET.search(written) and not _BELOW_TARGET.search(written):
        return ()       # (each clause's body is a piece of the whole written out: none can say it either)
    out = []
    for body in _written_clauses(text):
        above, below = _ABOVE_TARGET.search(body), _BELOW_TARGET.search(body)
        if above or below:
            out.append((body, (above or below).start(), bool(above) and not below))
    return tuple(out)


def _versus_target(metric: str, mentions: list, also: tuple[str, ...] = ()):
    """(sentence, above) for the first review clause naming ``metric`` before saying its figure is above or
    below the year's target by so much (规模以上工业增加值增速比年初目标低2个百分点), or None."""
    keys = _keys(metric) + also
    for j in _indexed(mentions, _versus_index).naming(keys):     # (the others name none of the keys)
        sentence = mentions[j]
        for body, at, above in _versus_clauses(sentence.text):
            if any(0 <= body.find(k) < at for k in keys):
                return sentence, above
    return None


def _said_in_words(metric: str, mentions: list, also: tuple[str, ...] = ()):
    """(sentence, met) for the first review clause naming ``metric`` that says in words whether its
    target was met (节能减排完成省下达的目标任务 / 物价涨幅控制在目标以内 / 城镇登记失业率实现预期目标; 未能完成…:
    not met), or None.  A clause giving a rate (完成年度目标的90%) is a figure, left to the claims.
    ``also``: other names of the metric (经济增长 for the economy's growth)."""
    keys = _keys(metric) + also
    lower_better = bool(_LOWER_BETTER.search(metric))
    for j in _indexed(mentions, _said_index).naming(keys):       # (the others name none of the keys)
        sentence = mentions[j]
        excepting, saying = _said_clauses(sentence.text)
        for body, names in excepting:
            # 除地区生产总值外，其他指标均完成年度目标: the exception missed its target; 除A、B、C外: each of them.
            for k in keys:
                at = body.find(k)
                end = body.find("外", at + len(k)) if at != -1 and _EXCEPT.search(body[:at]) else -1
                if end != -1 and end - at - len(k) <= EXCEPT_EXTRA and _DONE_IN_WORDS.search(body, end):
                    return sentence, False
            if any(k in item and len(item) - len(k) <= EXCEPT_EXTRA for item in names for k in keys):
                return sentence, False
        for body, done in saying:
            at = next((a for k in keys for a in _named(body, k, lower_better)), None)
            if at is not None and not _EXCEPT.search(body[:at]):
                # 高于年度目标 / 超过预期 on a lower-is-better metric (失业率, 能耗, PM2.5) is above its cap: not met
                # (下降幅度超过年度目标: the fall above its target, met)
                above = lower_better and body.startswith(_ABOVE_WORDS, done) and not _FALL_SAID_BEFORE.search(body, at, done)
                return sentence, (_NEGATED.search(body[:done]) is None) != above
    return None


@lru_cache(maxsize=4096)
def _said_clauses(text: str) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[tuple[str, int], ...]]:
    """What ``_said_in_words`` reads of a review sentence, whatever the metric (cached: every target's
    metric is looked for in every review sentence): the parts (to 。；) that may name an exception
    (除…外) and give no rate, each with the names of a list of exceptions before a claim of the rest done
    (除A、B、C外，其余指标均完成年度目标: A, B and C), and the clauses saying in words that a target was done
    and giving no rate, with where the done word starts; each as ``normalise`` gives it, 了 left out."""
    written = _written(text)
    excepting = []
    for part in (_PART_END.split(written) if "除" in written and "外" in written else ()):
        # (normalising keeps 除 and 外: a part without them is no exception's, and most sentences have none)
        if "除" in part and "外" in part and not _RATE_FIGURE.search(part):
            listed = _EXCEPTED.search(part)
            names = () if listed is None or not _DONE_IN_WORDS.search(normalise(part[listed.end():])) else \
                tuple(normalise(item) for item in _EXCEPT_ITEM.split(listed["names"]))
            excepting.append((normalise(part).replace("了", ""), names))
    saying = []
    # (each clause's body is a piece of the whole written out, 了 left out: where the whole has no done word,
    # none has — most sentences)
    before = ""
    for clause in (_CLAUSE_END.split(written) if _DONE_IN_WORDS.search(_written_out(text).replace("了", "")) else ()):
        body = normalise(clause).replace("了", "")
        done = _DONE_IN_WORDS.search(body)
        # (一般公共预算收入完成预算目标压力较大: the difficulty ahead after the done word, verify.difficulty, says none done)
        if done is not None and not _RATE_FIGURE.search(clause) and not _DIFFICULTY.search(body, done.start()):
            # 居民消费价格上涨2.7%，涨幅控制在省定标准以内: a clause whose subject is only a change word
            # (verify.bare_change_subject), or that has none (…累计涨幅1.6%，控制在省定目标范围内: it opens on the done
            # word, or on its negation, 未能控制在…), says it of the metric the clause before names
            if before and (_SUBJECTLESS_DONE.fullmatch(body, 0, done.start())
                           or _BARE_CHANGE_SUBJECT.fullmatch(body, 0, done.start())):
                saying.append((before + body, len(before) + done.start()))
            else:
                saying.append((body, done.start()))
        before = body
    return tuple(excepting), tuple(saying)


_BARE_CHANGE_SUBJECT = re.compile(f"(?:{vocab.alternation('verify.bare_change_subject')})")
# Nothing, or a negation only (未能, 没有, 尚未 and their manner: 未能全面), before a review clause's done word.
_SUBJECTLESS_DONE = re.compile(f"(?:(?:{vocab.alternation('verify.negation')})(?:{vocab.alternation('verify.negation_manner')})?)?")


_SHARE_OF_TARGET = re.compile(
    rf"[^,;。]{{0,6}}?(?:{vocab.alternation('verify.share_of_target')})的(\d+(?:\.\d+)?)(?:{vocab.unit_alternation_of('percent')})")
# What every verify.share_of_target word opens with (完成): a clause without it holds no match, and re, its pattern
# opening on no fixed character, would try it at every character (most clauses: none).
_SHARE_HEAD = os.path.commonprefix(vocab.words("verify.share_of_target"))


@lru_cache(maxsize=4096)
def _share_clauses(text: str) -> tuple[str, ...]:
    """The clauses of a review sentence that give a share of a target done (完成年度目标的110%), short
    names written out, as written (normalising drops the % sign).  Cached: every target's metric is
    looked for in every review sentence."""
    return tuple(c for c in _CLAUSE_END.split(_review_names(for_parsing(text)).replace(" ", ""))
                 if _SHARE_HEAD in c and _SHARE_OF_TARGET.search(c))


_SHARE_OF_PLAN = vocab.pattern("verify.share_of_plan")


def _share_said(metric: str, mentions: list, plan: bool = True):
    """(sentence, percent) for the first review clause naming ``metric`` and, right after it, the share
    of the year's target done (城镇新增就业完成年度目标的110%), or None.  ``plan`` False: a share of a plan
    (完成年度计划的105%) is none."""
    keys = _keys(metric)
    lower_better = bool(_LOWER_BETTER.search(metric))
    for j in _indexed(mentions, _share_index).naming(keys):      # (the others name none of the keys)
        sentence = mentions[j]
        for clause in _share_clauses(sentence.text):
            for k in keys:
                for at in _named(clause, k, lower_better):
                    m = _SHARE_OF_TARGET.match(clause, at + len(k))
                    if m is not None and (plan or not _SHARE_OF_PLAN.search(m.group())):
                        return sentence, float(m.group(1))
    return None


_NEIGHBOURS_NORMALISED = [(normalise(t), normalise(w)) for t, w in _NEIGHBOURS]
_SHORT_NEIGHBOURS = frozenset(normalise(w) for w in vocab.words("verify.neighbour_short"))


_INTENSITY = re.compile(rf"(?:{vocab.alternation('verify.intensity_lead')})(.+?)(?:{vocab.alternation('verify.intensity_measure')})")


def _neighbour_names(metric: str, short: bool = False) -> tuple[str, ...]:
    """The names of ``metric``'s neighbouring metrics (verify.neighbours, four characters or more, normalised):
    财政收入 for 一般公共预算收入, 节能减排 and 节能降碳 for 单位地区生产总值能耗.  ``short``: also the shorter names of
    verify.neighbour_short (能耗 for 节能减排), read where the neighbour is only quoted."""
    keys = _keys(metric)
    # (a name shorter than four characters, 氨氮 of a 分别 list of pollutants, has no keys: its own name written out)
    name = keys[0] if keys else _PLACE_PREFIX.sub("", _written_out(metric))
    per = _INTENSITY.match(_written_out(metric))      # (an intensity's denominator has no neighbours of its)
    return tuple(w for t, w in _NEIGHBOURS_NORMALISED if (len(w) >= 4 or short and w in _SHORT_NEIGHBOURS) and name and t in name and w not in name
                 and not (per is not None and t in per.group(1)))


def _mention(metric: str, mentions: list, neighbours: bool = False, also: tuple[str, ...] = (), short: bool = False):
    """The first review sentence naming ``metric`` (four characters or more, short names written out)
    with a word saying how it went after it (粮食产量稳定增收, 物价总体平稳), or None.  ``neighbours``:
    named by a neighbouring metric's name instead (财政收入保持增长 for 一般公共预算收入).  ``also``:
    other names of the metric (经济增速 for the economy's growth)."""
    keys = _neighbour_names(metric, short) if neighbours else _keys(metric) + also
    lower_better = bool(_LOWER_BETTER.search(metric))
    index = _indexed(mentions, _written_index)
    for j in index.naming(keys):        # (the others: neither test below can hold)
        sentence, body = mentions[j], index.bodies[j][0]
        for key in keys:
            if key not in body:
                continue
            # (a neighbour lower being better, 约束性指标 named by its GDP能耗: that neighbour's own direction)
            lower = lower_better or (neighbours and bool(_LOWER_BETTER.search(key)))
            if any(_MENTION_PREDICATE.match(body, at + len(key)) and _result_mention(body, at, key)
                   and not _another_measure(body, at + len(key), metric) and not _driven(body, at + len(key))
                   and not _in_a_name(body, at + len(key)) for at in _named(body, key, lower)):
                return sentence
            # further on in the metric's clause (固定资产投资特别是工业投资增长乏力)
            if any(_TOLD_LATER.match(clause, at + len(key)) and _result_mention(clause, at, key, body)
                   and not _another_measure(clause, at + len(key), metric) and not _driven(clause, at + len(key))
                   and not _in_a_name(clause, at + len(key))
                   for clause in _written_clauses(sentence.text) if key in clause
                   for at in _named(clause, key, lower)):
                return sentence
    key = normalise(metric)
    if len(key) < 4 or neighbours:
        return None
    for j in index.bundled(mentions):
        sentence = mentions[j]
        # 规模工业等主要经济指标增速位居全国前列: the metric named short in a bundle of indicators.
        for names, told in _bundles(sentence.text):
            if any(len(n) >= 3 and key.startswith(n) for n in names) and told:
                return sentence
    return None


# The names a review gives a target's matter said in words (verify.topic_said: 消费市场 for the retail sales, 就业形势 for an
# unemployment rate), and what may follow them: a word of how it went or of how its work advanced (verify.topic_state).
_TOPIC_SAID = tuple((normalise(t), normalise(w)) for t, w in (x.split(">", 1) for x in vocab.words("verify.topic_said")))
_TOPIC_STATE = re.compile(rf"[^,;:。，；：]{{0,6}}?(?:{vocab.alternation('change.growth', 'change.fall', 'verify.mention_predicate', 'verify.topic_state')})")
_OWN_STATE = re.compile(rf"[^,;:。，；：]{{0,4}}?(?:{vocab.alternation('verify.topic_state')})")
# Between a topic's name and its word of state: the change still needed (消费活力还需进一步提振, 有待提升), no result.
_STILL_NEEDED = vocab.pattern("verify.change_needed")
# A part of the topic right before its name (重点群体就业形势, 重点领域节能降碳, 农村消费市场): no mention of the whole.
_TOPIC_PART_BEFORE = re.compile(f"(?:{vocab.alternation('verify.topic_part')})[^,;:。，；：]{{0,3}}$")
TOPIC_PART_REACH = 12


def _topic_mention(metric: str, mentions: list):
    """The first review sentence saying in words how ``metric``'s matter went by a topic name of verify.topic_said
    (消费市场有序恢复 for 社会消费品零售总额, 就业形势保持稳定 for 城镇调查失业率, 能耗双控扎实推进 for 单位生产总值能耗), a
    word of how it went or how its work advanced right after the name (verify.topic_state), or by the metric's own name
    with a word of verify.topic_state only (物价较高, 制造业总量占比偏低; its other words are ``_mention``'s) — not the work
    done for it (推动…), a difficulty ahead (…压力较大), a part of the topic (重点群体就业形势: verify.topic_part), nor the
    name inside another metric (``_named``) — or None.  The lead's decision of stop 66: such a target is unclear, quoted,
    not unreported."""
    key = _written_out(metric)
    lower_better = bool(_LOWER_BETTER.search(metric))
    names = [(w, _TOPIC_STATE) for w in dict.fromkeys(w for t, w in _TOPIC_SAID if t in key and w not in key)]
    names += [(k, _OWN_STATE) for k in _keys(metric)]
    for sentence in mentions:
        whole = _written_out(sentence.text)
        if any(w in whole for w in _NATION) and not _OWN_SCOPE_ANY.search(whole):
            # (全国社会消费品零售总额增长3.5%，消费市场回暖: the nation's market, its own area named nowhere)
            continue
        for clause in _written_clauses(sentence.text):
            for name, told in names:
                if name not in clause:
                    continue
                for at in _named(clause, name, lower_better):
                    state = told.match(clause, at + len(name))
                    # (物价上涨联动机制: a mechanism's name, verify.mechanism_end, no word on how prices went)
                    if state is not None and not _MECHANISM_END.match(clause, state.end()) \
                            and not _STILL_NEEDED.search(clause, at + len(name), state.end()) \
                            and _result_mention(clause, at, name, whole) \
                            and not _TOPIC_PART_BEFORE.search(clause, max(0, at - TOPIC_PART_REACH), at):
                        return sentence
    return _work_said(metric, mentions)


# The work done for a metric said in the year's review with the state it reached (推动社会消费品零售总额较快增长, 推动物价
# 保持稳定: verify.work_result_verb right before the metric's own name, a word of how it went right after): the lead's
# decision of stop 66 (continued) — it names the metric with how it went, unclear, quoted.  Not an aim: a word of the
# future right before the verb (要, 将, 力争: verify.work_future), nor a measure's or a policy's name (…增长的若干措施:
# verify.work_named_after within a few characters after the word).
_WORK_VERB_BEFORE = re.compile(f"(?:{vocab.alternation('verify.work_result_verb')})(?:{vocab.alternation('verify.metric_lead')})?$")
_WORK_FUTURE_BEFORE = re.compile(f"(?:{vocab.alternation('verify.work_future')})[^,;:。，；：]{{0,2}}$")
_WORK_STATE = re.compile(rf"[^,;:。，；：]{{0,4}}?(?:{vocab.alternation('change.growth', 'change.fall', 'verify.mention_predicate')})")
_WORK_NAMED_AFTER = re.compile(rf"[^,;:。，；：]{{0,4}}?(?:{vocab.alternation('verify.work_named_after')})")
WORK_VERB_REACH = 6     # characters before the metric's name the verb and a lead word may take


def _work_said(metric: str, mentions: list):
    """The first review sentence saying the work done for ``metric`` with the state it reached (推动规模以上工业增加值稳步
    增长: a verb of verify.work_result_verb right before the metric's own name, a word of how it went right after it), or
    None.  Not an aim (将推动…, 力争…), not a measure's name (…增长的政策), not a part of the metric (verify.topic_part before
    the name, or the name inside another metric: ``_named``), not a difficulty ahead nor a wider area's."""
    lower_better = bool(_LOWER_BETTER.search(metric))
    keys = _keys(metric)
    for sentence in mentions:
        whole = _written_out(sentence.text)
        if not any(k in whole for k in keys):
            continue
        if any(w in whole for w in _NATION) and not _OWN_SCOPE_ANY.search(whole):
            continue
        for clause in _written_clauses(sentence.text):
            for key in keys:
                for at in _named(clause, key, lower_better) if key in clause else ():
                    verb = _WORK_VERB_BEFORE.search(clause, max(0, at - WORK_VERB_REACH), at)
                    state = _WORK_STATE.match(clause, at + len(key))
                    if verb is None or state is None or _WORK_FUTURE_BEFORE.search(clause, 0, verb.start()) \
                            or _WORK_NAMED_AFTER.match(clause, state.end()) \
                            or _STILL_NEEDED.search(clause, at + len(key), state.end()) \
                            or _DIFFICULTY.search(clause, at + len(key), at + len(key) + 12) \
                            or _other_area(clause, at, whole) \
                            or _TOPIC_PART_BEFORE.search(clause, max(0, at - TOPIC_PART_REACH), at):
                        continue
                    return sentence
    return None


# A crop's bare word right before a harvest word (大旱之年粮食丰收, 粮食再获丰收: verify.harvest_crop, verify.harvest_lead,
# verify.harvest_word): that crop's output said in words.
_HARVEST_CROPS = dict(w.split(">", 1) for w in vocab.words("verify.harvest_crop"))
_HARVEST = re.compile(f"({'|'.join(map(re.escape, _HARVEST_CROPS))})(?:{vocab.alternation('verify.harvest_lead')})?"
                      f"(?:{vocab.alternation('verify.harvest_word')})")


def _harvest_said(metric: str, mentions: list):
    """The first review sentence saying a crop's harvest in words (粮食丰收, 粮食再获丰收) where ``metric`` is that crop's
    output (粮食产量, 粮食总产量 written out): the output named by its crop and how it went, no figure — or None.  Not
    where the harvest is worked for (确保粮食丰收: ``_result_mention``)."""
    key = _written_out(metric)
    crops = [c for c, output in _HARVEST_CROPS.items() if _written_out(output) == key]
    if not crops:
        return None
    for sentence in mentions:
        body = _written_out(sentence.text)
        if any(m.group(1) in crops and _result_mention(body, m.start(), m.group(1)) for m in _HARVEST.finditer(body)):
            return sentence
    return None


_JOINED_SUBJECT = re.compile(r"[和及与、]")
_OTHER_MEASURE = re.compile(rf"[^,;:。，；：]{{0,8}}?({vocab.alternation('verify.other_measure')})")
OTHER_MEASURE_REACH = 8     # characters after the word saying how it went


def _another_measure(body: str, start: int, metric: str) -> bool:
    """The words after a metric's name at ``start`` of ``body`` and the word saying how it went name another measure
    (verify.other_measure: 规上工业实现营业收入…, 规上工业营收稳步增长): that measure went so, not ``metric`` (规模以上工业增加值);
    a measure ``metric``'s own name has (规模以上工业总产值) is its own."""
    said = _MENTION_PREDICATE.match(body, start)
    m = _OTHER_MEASURE.match(body, start, said.end() + OTHER_MEASURE_REACH) if said is not None else None
    # (财政收入和税收实现一定幅度增长: a second subject joined to the name, the word saying how it went said of both)
    return m is not None and m.group(1) not in _written_out(metric) and not _JOINED_SUBJECT.match(body, start)


_MECHANISM_END = re.compile(f"(?:{vocab.alternation('verify.mechanism_end')})")


def _in_a_name(body: str, start: int) -> bool:
    """The metric named before ``start`` and the word saying how it went open a mechanism's name (物价上涨联动机制:
    verify.mechanism_end right after the word): a mechanism, no word on how the metric went."""
    said = _MENTION_PREDICATE.match(body, start)
    return said is not None and _MECHANISM_END.match(body, said.end()) is not None


_ACTION_BEFORE = re.compile(f"(?:{vocab.alternation('verify.action_before')})(?:{vocab.alternation('verify.metric_lead')})?$")
_DIFFICULTY = vocab.pattern("verify.difficulty")
_AIM_AFTER = re.compile(f"(?:{vocab.alternation('verify.aim_after')})")
_CLAUSE_MARK = re.compile(r"[,;:。，；：]")
# 投资增长由房地产开发、基础设施拉动向产业投资拉动转变: after the word saying how it went, what drives the growth.
_DRIVEN_BY = re.compile(rf"(?:{vocab.alternation('verify.driven_by')})[^,;:。，；：]{{1,20}}?"
                        rf"(?:{vocab.alternation('verify.driver_verb')})")


def _driven(body: str, start: int) -> bool:
    """The word saying how the metric named before ``start`` went is followed by what drives that growth (由…拉动,
    主要靠…带动): a sentence on the drivers, no mention of a result."""
    said = _MENTION_PREDICATE.match(body, start)
    return said is not None and _DRIVEN_BY.match(body, said.end()) is not None


def _result_mention(body: str, at: int, key: str, sentence: str = "") -> bool:
    """The metric named at ``at`` of ``body`` is said to have gone some way, not worked for (推动固定资产投资
    稳定增长: verify.action_before) nor set as the difficulty ahead (…增长目标任务艰巨: verify.difficulty), nor
    a wider area's (``_other_area``; ``sentence``: the whole sentence ``body`` is a clause of)."""
    after = at + len(key)
    # (the difficulty anywhere in the metric's own clause too: …增加值保持两位数增长面临较大挑战; an aim right after the
    # name, …投资要保持两位数增长: verify.aim_after)
    clause_end = next((m.start() for m in _CLAUSE_MARK.finditer(body, after)), len(body))
    return not _ACTION_BEFORE.search(body, max(0, at - 6), at) and not _AIM_AFTER.match(body, after) and \
        not _DIFFICULTY.search(body, after, max(after + 12, clause_end)) and not _other_area(body, at, sentence or body)


_OTHER_SCOPE_BEFORE = re.compile(f"(?:{vocab.alternation('verify.other_scope')})$")


def _other_area(body: str, at: int, sentence: str) -> bool:
    """The name at ``at`` of ``body`` follows a wider area's (在全市社会消费品零售总额增长5.2%的带动下，我区…) in a
    ``sentence`` naming the report's own area (verify.own_scope) as another kind of area: that area's metric.  The
    nation's (verify.nation_scope: 面对全国经济增速低于预期…) is never the report's own, own area named or not."""
    scope = _OTHER_SCOPE_BEFORE.search(body, max(0, at - 5), at)
    if scope is None:
        return False
    own = {_scope_level(m.group()) for m in _OWN_SCOPE_ANY.finditer(sentence)}
    return (bool(own) or scope.group() in _NATION) and _scope_level(scope.group()) not in own


def _another_sector(key: str, target_word: str, word: str, claim_metric: str) -> bool:
    """A claim's own metric is another than the target's named on the neighbour's measure (``key`` with
    ``target_word`` put as ``word``: 第一产业总产值 for 第一产业增加值 beside 总产值) by a pair of verify.distinct not
    made of the neighbour's own words (第一产业 and 工业, not 增加值 and 总产值, nor 总额 and 货运量)."""
    pairs = _distinct_pairs(key.replace(target_word, word))
    if not pairs:
        return False
    has = _defining(claim_metric)
    return any(a not in has and b in has for a, b in pairs
               if a not in word and b not in word and a not in target_word and b not in target_word)


def _neighbour(metric: str, claims: list[Claim], unit: str = "") -> int | None:
    """A claim on a neighbouring metric (一般公共预算收入 for a target on 财政收入): the first one.  Short names
    written out (规上工业增加值).  ``unit``: the target's, when it counts something (万人): a neighbour's figure
    counting other things (组织高校毕业生招聘会120场) is none; when it is a rate, a neighbour's count of items is none."""
    key = _written_out(metric)
    base = _base(unit, "")[0] if unit and not vocab.is_rate(unit) else None
    own = _base(unit, "")[0] if unit else None
    rate = bool(unit) and vocab.is_rate(unit)
    # 万元工业增加值用水量: an intensity; its denominator's neighbours (规模以上工业增加值 for 工业增加值) are none of its.
    per = _INTENSITY.match(key)
    for target_word, review_word in _NEIGHBOURS:
        word = normalise(review_word)
        if per is not None and normalise(target_word) in per.group(1):
            continue
        if normalise(target_word) in key and not _has(word, key):
            # (a rate's neighbour counted in items is work done: 完成节能降碳改造项目420个 for 能耗降低2.5%)
            # (粮食播种面积 beside 粮食产量: a neighbour in another unit by its nature, verify.neighbours_other_unit)
            any_unit = (target_word, review_word) in _OTHER_UNIT_NEIGHBOURS
            # (规模以上工业总产值 or 工业投资 for 第一产业增加值: another sector's measure, by verify.distinct against the
            # target named on the neighbour's measure, 第一产业总产值, answers nothing, neighbour or not — D8)
            found = [k for k, c in enumerate(claims) if _has(word, _written_out(c.context + c.metric))
                     and not _another_sector(key, normalise(target_word), word, _written_out(c.metric))
                     and (base is None or any_unit or _base(c.unit, "")[0] == base)
                     and not _share_of_whole(metric, c.metric)
                     and not (rate and vocab.unit_kind(c.unit) == "count")
                     # (新通道进出口额65.8亿元: a channel's level is no neighbour of the whole trade; its growth is)
                     and not (_PART_OF_TRADE.match(normalise(c.metric)) and not vocab.is_rate(c.unit)
                              and not _PART_OF_TRADE_WORD.search(key))]
            if found:
                # the neighbour's figure in the target's own unit first (税收收入…48.2亿元，增长3.1% for a rate: 3.1%)
                return next((k for k in found if _base(claims[k].unit, "")[0] == own), found[0])
    # 工业增加值 over all units for a target over the units above a size (规模以上工业增加值): a wider neighbour
    found = [k for k, c in enumerate(claims) if (base is None or _base(c.unit, "")[0] == base)
             and _wider_scope(metric, c.context + c.metric)]
    return next((k for k in found if _base(claims[k].unit, "")[0] == own), found[0]) if found else None
