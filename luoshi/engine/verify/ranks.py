"""A target of a place in a ranking (kind ``rank``, targets.py) against the places the review states.

A review states a place after the metric, in the same part of its sentence (up to ；or 。): 增速居全市第二,
排名全省第3位, 跃升至全省第八位, 连续五年位居全市第一, 进入全省前五; a move as places gained or lost against
the year before: 较上年前移1位, 位次较上年倒退2位, 提升3个位次, or as the two places (由全市第七位升至第五位: two
gained; the place now answers a place target), or with no count (实现进位, 排名稳步前移, 位次有所下滑: one place
either way — enough for a target naming no count, unclear for one naming a count; 力争进位 is an aim, no move).  A place target (unit 名) is met by a place
within it (``<=``) or the place itself (``=``, the first); a move target (unit 位) by at least the places asked
(any place gained when it names none).  A place where a move was asked, or a move where a place was, a 前N
wider than the target, or the metric named with no place: unclear, quoted.  A standing with no number
(第一方阵, 前列: a qualitative target) is met when the review states a standing of those words for the metric.

A rank never answers a rate or a level (固定资产投资增长7.5%，增速居全市第四 is the rate's result): only a
target of kind ``rank`` is judged here, and a rank target takes no figure of another kind.
"""

from __future__ import annotations

import re

from .. import vocab
from ..judgement import Evidence, Indicator, Task, Verdict
from ..numbers import parse_number
from ..text import for_parsing, normalise
from .mentions import _keys
from .naming import _is_economy

_NUM = r"[0-9一二两三四五六七八九十百]{1,3}"
_SCOPE = f"(?:{vocab.alternation('target.rank_scope')})?(?:{vocab.alternation('target.rank_word')})?"
# 居全市第二, 排名第3位, 跃升至全省第八位, 进入全省前五 (not 第一方阵, 第三产业, 前三季度, 前列); or after the ranking's own
# word with no verb, its field between (考核中位次全省第三, 排名全市前五: target.rank_word).
_PLACE_SAID = re.compile(f"(?:{vocab.alternation('verify.rank_said')}"
                         f"|(?:{vocab.alternation('target.rank_word')})(?=(?:{vocab.alternation('target.rank_scope')})?[第前])){_SCOPE}"
                         f"(?:第(?P<nth>{_NUM})[名位]?(?!{vocab.alternation('verify.rank_not_place')})"
                         f"|前(?P<top>{_NUM})[名位强]?(?!{vocab.alternation('verify.rank_not_top')})"
                         f"|(?P<first>{vocab.alternation('target.rank_first')})"
                         # 跻身全国百强县, 进入全省综合实力十强区: within the top N of a list of places
                         f"|[\u4e00-\u9fff]{{0,6}}?(?P<strong>{_NUM})强(?:{vocab.alternation('target.rank_strong_kind')}))")
# 营商环境考评第一名 (the place right after the ranking's name, no verb): a place counted in 名 or 位 only.
_PLACE_AT_NAME = re.compile(f"{_SCOPE}第(?P<nth>{_NUM})[名位](?P<top>)(?P<first>)(?P<strong>)")
# 较上年前移四位, 位次较上年倒退2位, 提升3个位次 (a count of places: 位次, 位, 名 after the number).
_MOVE_SAID = re.compile(f"(?:(?P<up>{vocab.alternation('target.rank_up')})|(?P<down>{vocab.alternation('target.rank_down')}))"
                        f"(?P<n>{_NUM})个?(?:{vocab.alternation('target.rank_unit')})(?!数)")
# 由全市第七位升至第五位, 从第12名下滑到第15名: the places of the year before and now (the move is their difference).
_FROM_TO = re.compile(f"(?:{vocab.alternation('verify.rank_from')}){_SCOPE}第(?P<was>{_NUM})[名位]?[,，]?"
                      f"(?:{vocab.alternation('verify.rank_to')}){_SCOPE}第(?P<now>{_NUM})[名位]?")
# 实现进位, 进位明显 (no count of places; 进位3位 is _MOVE_SAID's); 排名前移, 位次有所下滑 (after the ranking's own word).
_BARE_MOVE = re.compile(f"(?P<up>{vocab.alternation('verify.rank_moved_bare')})(?![0-9一二两三四五六七八九十])"
                        f"|(?:{vocab.alternation('target.rank_word')})(?:{vocab.alternation('verify.rank_move_manner')})?"
                        f"(?:(?P<word_up>{vocab.alternation('verify.rank_word_moved_up')})"
                        f"|(?P<down>{vocab.alternation('verify.rank_word_moved_down')}))(?![至到0-9一二两三四五六七八九十])")
_ASPIRED_BEFORE = re.compile(f"(?:{vocab.alternation('verify.rank_moved_aspired')})[\u4e00-\u9fff]{{0,2}}$")
_GROUP_SAID = vocab.pattern("target.rank_group")
_ASSESSMENT_TAILS = tuple(sorted(vocab.words("verify.rank_assessment_tail"), key=len, reverse=True))
_PLAIN_TAILS = tuple(vocab.words("verify.rank_assessment_plain_tail"))
# Words a review may put between an assessment's subject and its end (县域经济 高质量发展 综合考核): a short qualifier.
_NAME_INSERT = 6
_PART_END = re.compile(r"[;。]")
_MEASURES = tuple(sorted(vocab.words("target.rank_measure"), key=len, reverse=True))
_ECONOMY_NAMES = vocab.words("verify.economy_mention")
# A list of the top N places named as the metric itself (全国百强县, from 力争进入全国百强县行列).
_LIST_METRIC = re.compile(f"(?P<strong>{_NUM})强(?:{vocab.alternation('target.rank_strong_kind')})$")
_NEGATED_BEFORE = re.compile(rf"(?:{vocab.alternation('verify.negation')})(?:{vocab.alternation('verify.negation_manner')})*"
                             r"[\u4e00-\u9fff]{0,2}$")


def _measure(metric: str) -> str:
    """The measure a metric ends in (地区生产总值增速: 增速), or ""."""
    return next((m for m in _MEASURES if metric.endswith(m) and len(metric) > len(m) + 1), "")


def _loosely_named(metric: str, body: str) -> int:
    """Where a review names the assessment ``metric`` with a short qualifier inside its name (县域经济高质量发展综合考核
    for 县域经济综合考核: the subject, up to six characters of Chinese, then the same end), or, for a plain end, on
    another plain one (营商环境便利度考评, 营商环境工作考核 for 营商环境评价): the name's end, or -1.  Only a name ending in
    an assessment word (考核, 评价…) with a subject of two characters or more."""
    tail = next((t for t in _ASSESSMENT_TAILS if metric.endswith(t) and len(metric) - len(t) >= 2), "")
    if not tail:
        return -1
    head = metric[:-len(tail)]
    at = body.find(head)
    while at >= 0:
        inner = at + len(head)
        for other in (tail, *(t for t in _PLAIN_TAILS if t != tail and tail in _PLAIN_TAILS)):
            end = body.find(other, inner, inner + _NAME_INSERT + len(other))
            # (the name's own end right after its subject is the name itself, found by the caller)
            if (end > inner or (end == inner and other != tail)) \
                    and all("\u4e00" <= c <= "\u9fff" for c in body[inner:end]):
                return end + len(other)
        at = body.find(head, at + 1)
    return -1


def _parts(metric: str, mentions: list, also: tuple[str, ...] = ()):
    """Each review sentence part naming ``metric`` (from the name to the part's end, ；or 。), with the
    sentence and where the part starts in it; a metric ending in a measure (地区生产总值增速) named by its core
    has the part start at that measure (增长6.9%，增速居全市第二).  ``also``: other names of the metric (经济增速
    for the economy's growth)."""
    measure = _measure(metric)
    keys = tuple(dict.fromkeys((*_keys(metric), normalise(for_parsing(metric)), *also)))
    for sentence in mentions:
        body = for_parsing(sentence.text)
        for key in keys:
            at = body.find(key)
            if at < 0:
                continue
            start = at + len(key)
            end = _PART_END.search(body, start)
            end = end.start() if end else len(body)
            if measure and not key.endswith(measure):
                inner = body.find(measure, start, end)
                if inner < 0:
                    yield sentence, body, start, start      # the metric named, not its measure's place
                    break
                start = inner + len(measure)
            yield sentence, body, start, end
            break
        else:
            start = _loosely_named(normalise(for_parsing(metric)), body)
            if start >= 0:
                end = _PART_END.search(body, start)
                yield sentence, body, start, end.start() if end else len(body)


def _actual(sentence, m: re.Match, value: float | None, unit: str) -> dict:
    return {"value": value, "unit": unit, "scale": "", "text": m.group(), "start": sentence.start + m.start(),
            "end": sentence.start + m.end(), "estimate": False, "same_basis": False}


_VERDICT_OF = {"achieved": "met", "not_met": "not_met", "unclear": "unclear"}


def _said(task: Task, metric: str, target: dict, sentence, actual: dict | None, outcome: str, reason: str) -> Verdict:
    """A verdict quoting the review sentence that states the place (or names the metric)."""
    ev = [Evidence(text=sentence.text, start=sentence.start, end=sentence.end, source="report")]
    return Verdict(task.id, metric, target, actual, _VERDICT_OF[outcome], ev, reason, outcome=outcome)


def _place(m: re.Match) -> tuple[float | None, bool]:
    """The place a match states and whether it is a 前N (within N) rather than the place itself."""
    if m.group("first"):
        return 1.0, False
    return parse_number(m.group("nth") or m.group("top") or m.group("strong")), bool(m.group("top") or m.group("strong"))


def _moved(body: str, start: int, end: int) -> tuple[re.Match, float | None] | None:
    """A move said in the part with no count of places: (the match, the places gained — the difference of a
    from-to, 由第七位升至第五位: 2 — or None for any place, +1.0 / -1.0 for a bare move up or down); None when the
    part says none.  A bare 进位 after an aim's verb (力争进位) is no move; after a negation (未能实现进位) it is none
    made (-0.0: not gained)."""
    fromto = _FROM_TO.search(body, start, end)
    if fromto is not None:
        was, now = parse_number(fromto.group("was")), parse_number(fromto.group("now"))
        if was is not None and now is not None:
            return fromto, was - now
    for m in _BARE_MOVE.finditer(body, start, end):
        if m.group("up") and _ASPIRED_BEFORE.search(body, 0, m.start()):
            continue
        if _NEGATED_BEFORE.search(body, 0, m.start()):
            return m, -0.0
        return m, (1.0 if m.group("up") or m.group("word_up") else -1.0)
    return None


def _entered_list(task: Task, ind: Indicator, metric: str, target: dict, mentions: list) -> Verdict | None:
    """A target naming a list of the top N places as its metric (力争进入全国百强县行列: 全国百强县) against a review
    saying the place entered it (成功跻身全国百强县: achieved) or did not (未能进入全国百强县: not_met); None when the
    metric is no such list or no review sentence says either."""
    if ind.unit != "名" or not _LIST_METRIC.search(metric):
        return None
    key = normalise(for_parsing(metric))
    for sentence in mentions:
        body = for_parsing(sentence.text)
        for m in _PLACE_SAID.finditer(body):
            if m.group("strong") and key in m.group():
                done = _NEGATED_BEFORE.search(body, 0, m.start()) is None
                return _said(task, metric, target, sentence, _actual(sentence, m, ind.value, "名"),
                             "achieved" if done else "not_met",
                             f"目标{ind.qualifier}，回顾称“{body[max(0, m.start() - 2):m.end()]}”，" + ("完成" if done else "未完成"))
    return None


# Before a place said in its sentence part, words naming what is ranked (an assessment, a measure, a ranking's name):
# the place is that one's, not an unnamed one (verify.rank_assessment_tail, target.rank_measure, target.rank_word).
_RANKED_NAMED = re.compile("|".join(f"(?:{vocab.alternation(k)})" for k in (
    "verify.rank_assessment_tail", "target.rank_measure", "target.rank_word")))
_PART_START = re.compile(r"[;。]")
_SCOPE_WORD = re.compile(f"(?:{vocab.alternation('target.rank_scope')})")
_YEAR_NAMED = re.compile(r"(?:19|20)[0-9]{2}年")      # (2024年，…首次进入全省前十: a year is no figure)


def _place_unnamed(ind: Indicator, mentions: list) -> tuple | None:
    """A review sentence part saying the target's own place (进入全省前十 for a target of 前十 in 全省) with nothing
    before it in the part naming what is ranked (no assessment, measure, ranking's name, figure or other place:
    首次进入全省前十, 县域经济发展势头强劲，成功进入全省前十) and no aim or negation before it: (sentence, match), or None."""
    scope = _SCOPE_WORD.search(ind.qualifier or "")
    for sentence in mentions:
        body = for_parsing(sentence.text)
        for m in _PLACE_SAID.finditer(body):
            got, within = _place(m)
            if got != ind.value or within != (ind.comparator == "<=") or m.group("strong"):
                continue
            said_scope = _SCOPE_WORD.search(m.group())
            if scope is not None and (said_scope is None or said_scope.group() != scope.group()):
                continue        # 进入全国前十 for 全省前十: another field
            start = max((x.end() for x in _PART_START.finditer(body, 0, m.start())), default=0)
            before = body[start:m.start()]
            # (…跃居全省第八位，首次进入全省前十: a place said before it is of the ranking named there)
            if _RANKED_NAMED.search(before) or any(ch.isdigit() for ch in _YEAR_NAMED.sub("", before)) \
                    or _PLACE_SAID.search(before) \
                    or _ASPIRED_BEFORE.search(body, 0, m.start()) or _NEGATED_BEFORE.search(body, 0, m.start()):
                continue
            return sentence, m
    return None


def judge_rank(task: Task, ind: Indicator, metric: str, target: dict, mentions: list) -> Verdict:
    """The verdict on a target of kind ``rank`` (the module docstring)."""
    entered = _entered_list(task, ind, metric, target, mentions)
    if entered is not None:
        return entered
    want = ind.value
    named = None
    measure = _measure(metric)
    # 地区生产总值增速保持全市前三 answered 全市经济增速居全市第二: the economy's growth by its other name
    also = tuple(w for w in _ECONOMY_NAMES if measure and w.endswith(measure)) if _is_economy(ind) else ()
    for sentence, body, start, end in _parts(metric, mentions, also):
        named = named or sentence
        if start == end:
            continue
        place = _PLACE_SAID.search(body, start, end) or _PLACE_AT_NAME.match(body, start, end)
        move = _MOVE_SAID.search(body, start, end)
        if ind.unit == "位":
            if move is not None:
                n = parse_number(move.group("n")) or 0.0
                gained = n if move.group("up") else -n
                ok = gained > 0 if want is None else gained >= want
                return _said(task, metric, target, sentence, _actual(sentence, move, gained, "位"),
                             "achieved" if ok else "not_met",
                             f"目标{ind.qualifier}，回顾称{move.group()}，" + ("完成" if ok else "未完成"))
            moved = _moved(body, start, end)
            if moved is not None:
                m, gained = moved
                counted = m.re is _FROM_TO
                if want is not None and not counted and gained > 0:
                    return _said(task, metric, target, sentence, None, "unclear",
                                 f"目标{ind.qualifier}，回顾称“{m.group()}”，未说明前移位数，无法核对")
                ok = gained > 0 if want is None else gained >= want
                return _said(task, metric, target, sentence, _actual(sentence, m, gained if counted else None, "位"),
                             "achieved" if ok else "not_met",
                             f"目标{ind.qualifier}，回顾称“{m.group()}”，" + ("完成" if ok else "未完成"))
            if place is not None:
                return _said(task, metric, target, sentence, _actual(sentence, place, _place(place)[0], "名"), "unclear",
                             f"目标{ind.qualifier}（位次变化），回顾仅报告名次“{place.group()}”，未说明较上年变化，无法核对")
            continue
        if place is not None:
            got, within = _place(place)
            if got is not None and want is not None:
                if within and got > want:
                    return _said(task, metric, target, sentence, _actual(sentence, place, got, "名"), "unclear",
                                 f"目标{ind.qualifier}，回顾称“{place.group()}”，范围宽于目标，无法核对")
                ok = got == want if ind.comparator == "=" and not within else got <= want
                return _said(task, metric, target, sentence, _actual(sentence, place, got, "名"),
                             "achieved" if ok else "not_met",
                             f"目标{ind.qualifier}，回顾称“{place.group()}”，" + ("完成" if ok else "未完成"))
        fromto = _FROM_TO.search(body, start, end)
        now = parse_number(fromto.group("now")) if fromto is not None else None
        if now is not None and want is not None:
            # 由全市第七位升至第五位: the place now is the one reached
            ok = now == want if ind.comparator == "=" else now <= want
            return _said(task, metric, target, sentence, _actual(sentence, fromto, now, "名"),
                         "achieved" if ok else "not_met",
                         f"目标{ind.qualifier}，回顾称“{fromto.group()}”，" + ("完成" if ok else "未完成"))
        if move is not None:
            return _said(task, metric, target, sentence, None, "unclear",
                         f"目标{ind.qualifier}（名次），回顾仅报告位次变化“{move.group()}”，无法核对")
    if named is not None:
        return _said(task, metric, target, named, None, "unclear", f"回顾提及“{metric}”，但未报告名次")
    unnamed = _place_unnamed(ind, mentions) if ind.unit == "名" and want is not None else None
    if unnamed is not None:
        # 县域经济发展势头强劲，首次进入全省前十 for 县域经济综合考核进入全省前十: the target's place said with no ranking named
        sentence, m = unnamed
        return _said(task, metric, target, sentence, None, "unclear",
                     f"目标{ind.qualifier}，回顾称“{m.group()}”，未写明所指排名，无法核对")
    return Verdict(task.id, metric, target, None, "unclear", [], f"回顾部分未报告“{metric}”的名次",
                   outcome="not_reported")


def standing_said(task: Task, ind: Indicator, metric: str, target: dict, mentions: list) -> Verdict | None:
    """A qualitative standing with no number (进入全省第一方阵, 保持全省前列): met when a review part naming the
    metric states a standing of those words (位列全省第一方阵); None otherwise (the qualitative reading goes on)."""
    if not _GROUP_SAID.search(ind.qualifier or ""):
        return None
    for sentence, body, start, end in _parts(metric, mentions):
        group = _GROUP_SAID.search(body, start, end)
        if group is not None:
            return _said(task, metric, target, sentence, None, "achieved",
                         f"目标{ind.qualifier}，回顾称{metric}{body[start:group.end()]}，完成")
    return None

