"""Reading a result's figure against a target's: the claim's kind as the target reads it, its sign in
the target's direction, and the verdict (met/exceeded/not_met) of a figure against a target.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from ..indicators import ABOUT_POINTS, lower_is_better
from ..judgement import Claim, Indicator
from ..text import for_parsing, normalise
from .patterns import _CLAUSE_END, _DECLINE, _LOWER_BETTER, _PRICE_RISE, EXCEED_MARGIN, _base

_NAMED_GROWTH = re.compile(f"(?:{vocab.alternation('change.rate_name')})率$")


def _claim_kind(ind: Indicator, claim: Claim) -> str:
    """The claim's kind as the target reads it: a rate named by its change word (固定资产投资增长率9%) is
    read as a level (人口自然增长率4.1‰), but against a growth or decline target on a metric that is no
    rate itself it is that metric's growth (下降率: its fall)."""
    if claim.kind == "ratio" and ind.kind in ("growth_rate", "decline_rate") and "率" not in ind.metric:
        m = _NAMED_GROWTH.search(normalise(claim.metric))
        if m is not None:
            return "decline_rate" if _DECLINE.search(m.group()[:-1]) else "growth_rate"
    return claim.kind


# 城镇新增就业岗位51万个 answered by 城镇新增就业51.4万人: posts counted by the persons who fill them
# (verify.posts_filled: the metric's end, then the target's unit > the review's).
_POSTS_FILLED = [(re.compile(f"{end}$"), tuple(units.split(">", 1)))
                 for end, units in (w.split(":", 1) for w in vocab.words("verify.posts_filled"))]


def answering_units(ind: Indicator) -> tuple[str, ...]:
    """The base units a result's figure for ``ind`` may be in: the target's, and for posts the persons'."""
    t_unit, _ = _base(ind.unit, ind.scale)
    return (t_unit,) + tuple(units[1] for end, units in _POSTS_FILLED if units[0] == t_unit and end.search(ind.metric))


def _compatible(ind: Indicator, claim: Claim) -> bool:
    t_unit, _ = _base(ind.unit, ind.scale)
    c_unit, _ = _base(claim.unit, "")
    if t_unit and t_unit != c_unit and c_unit in answering_units(ind):
        c_unit = t_unit
    if not t_unit or t_unit != c_unit:
        return False
    if vocab.is_rate(t_unit):
        want = ind.kind if ind.kind in ("growth_rate", "decline_rate") else "ratio"
        kind = _claim_kind(ind, claim)
        if want in ("growth_rate", "decline_rate") or _PRICE_RISE.search(ind.metric):
            # 下降1.7% answers 增长5%: a growth of -1.7%; 上升1.2% answers 下降3%: a fall of -1.2%;
            # 居民消费价格指数增长1.8% answers a 涨幅 of 3%
            return kind in ("growth_rate", "decline_rate") or (want == "ratio" and kind == want)
        return kind == want
    # 降低1微克/立方米 against 16微克/立方米: a fall by an amount is answered by a fall, a level by a level.
    return (ind.kind == "decline_rate") == (_claim_kind(ind, claim) == "decline_rate")


def _signed(ind: Indicator, claim: Claim) -> float:
    """The claim's value in the target's direction: a fall against a growth target (or a price rise) is
    negative."""
    kind = _claim_kind(ind, claim)
    if ind.kind in ("growth_rate", "ratio") and kind == "decline_rate":
        return -claim.value
    if ind.kind == "decline_rate" and kind == "growth_rate":
        return -claim.value
    return claim.value


def _signed_ends(ind: Indicator, claim: Claim) -> tuple[float, ...]:
    """``_signed`` of each end of a range (增长4.8%-5.2%: Claim.value_high its upper end), or of the single figure."""
    v = _signed(ind, claim)
    if claim.value_high is None:
        return (v,)
    return (v, -claim.value_high if v != claim.value else claim.value_high)


_VERDICT_RANK = {"not_met": 0, "met": 1, "exceeded": 2}


def _deciding_end(ind: Indicator, claim: Claim, mult: float, target: float) -> float:
    """The claim's signed value (times ``mult``) that decides its verdict: the single figure, or the end of a range
    whose verdict is the worse — a range meets a target only if each end does, so its lower end decides a floor, its
    upper end a cap or a lower-is-better level (城镇调查失业率5.2%-5.6% against 控制在5.5%以内: 5.6%, not met), both a
    band (the labels' README rule question 35; bench/labels/verify_real/README.md's conventions)."""
    ends = [a * mult for a in _signed_ends(ind, claim)]
    if len(ends) == 1:
        return ends[0]
    cap = ind.comparator == "<=" or (ind.comparator == "=" and lower_is_better(ind))
    return min(ends, key=lambda a: (_VERDICT_RANK[_verdict(ind, a, target)[0]], -a if cap else a))


def _verdict(ind: Indicator, actual: float, target: float) -> tuple[str, str]:
    comp = ind.comparator
    margin = abs(target) * EXCEED_MARGIN
    rate = vocab.is_rate(ind.unit)
    if comp == "<=":
        if actual <= target:
            return ("exceeded", "优于目标上限5%以上，超额完成") if actual < target - margin else ("met", "未超过上限，完成")
        return "not_met", "高于目标上限，未完成"
    if comp == "=":
        # 增长6%左右: met within half a point (a rate) or 5%, or beyond it in the favourable direction.
        slack = ABOUT_POINTS if rate else margin
        # a lower-is-better metric's level or rise (失业率5.5%左右) is met at or under it; its fall
        # (能耗下降3%左右, a decline target) is met at or beyond it, as any growth is
        if lower_is_better(ind):
            return ("met", "不高于目标（含半个百分点），完成") if actual <= target + slack else \
                ("not_met", "高于目标，未完成")
        if actual < target - slack:
            return "not_met", "低于目标，未完成"
        return ("exceeded", "高于目标5%以上，超额完成") if actual > target + margin else ("met", "与目标相当，完成")
    if actual >= target:
        return ("exceeded", "高于目标5%以上，超额完成") if actual > target + margin else ("met", "达到目标，完成")
    return "not_met", "低于目标，未完成"


def _clause(claim: Claim) -> str:
    """The clause of the claim's sentence that holds its figure."""
    norm = for_parsing(claim.sentence)
    a, b = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    start = max((m.end() for m in _CLAUSE_END.finditer(norm, 0, a)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(norm, b)), len(norm))
    return norm[start:end]


def _fmt(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


def _outcome(verdict: str, actual: dict | None) -> str:
    if verdict in ("met", "exceeded"):
        return "achieved"
    if verdict == "not_met":
        return "not_met"
    return "unclear" if actual else "not_reported"


@lru_cache(maxsize=8192)
def _lower_better(metric: str) -> bool:
    """A lower-is-better metric (能耗下降, 失业率): cached, every target meets every claim's metric."""
    return _LOWER_BETTER.search(metric) is not None
