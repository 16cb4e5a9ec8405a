"""What verdicts on a target share: the figure quoted as the actual (`_actual`), the claim's sentence as the
evidence, a verdict quoting a review sentence with no figure (`_quoting`, `_in_words`), an unclear one on a
claim (`_unclear`) or on a neighbouring metric (`_near`), and a group claim's urban and rural figures
(`_split_groups`).
"""

from __future__ import annotations

from .. import vocab
from ..judgement import Claim, Evidence, Task, Verdict
from .mentions import _DIFFICULTY, _mention, _neighbour, _neighbour_names, _said_in_words


def _actual(claim: Claim) -> dict:
    scale = next((x for x in vocab.longest_first(vocab.scales())
                  if claim.unit.startswith(x) and len(claim.unit) > len(x)), "")
    return {"value": claim.value, "unit": claim.unit, "scale": scale, "text": claim.text,
            "start": claim.start, "end": claim.end, "estimate": claim.estimate, "same_basis": claim.same_basis}


def _unclear(task: Task, metric: str, target: dict, claim: Claim, reason: str) -> Verdict:
    """A target the review cannot settle: ``claim`` quoted as the evidence, ``reason`` says why."""
    return Verdict(task.id, metric, target, _actual(claim), "unclear", _evidence(claim), reason,
                   outcome="unclear", estimate=claim.estimate)


def _evidence(claim: Claim) -> list[Evidence]:
    return [Evidence(text=claim.sentence, start=claim.sentence_start, end=claim.sentence_end, source="report")]


def _split_groups(claim: Claim, claims: list[Claim]) -> list[float]:
    """The urban and rural growth figures a group claim (城乡居民…) comes with in its sentence (城乡居民人均可支配
    收入分别增长4.4%、5.6%), when the review gives no overall figure; [] otherwise."""
    if "城镇" in claim.metric or "农村" in claim.metric or "城乡" in claim.metric:
        groups = [c for c in claims if c.sentence_start == claim.sentence_start and c.kind == "growth_rate"
                  and ("城镇" in c.metric or "农村" in c.metric or "农民" in c.metric) and "收入" in c.metric]
        if len(groups) >= 2:
            return [c.value for c in groups]
    return []


def _in_words(task: Task, metric: str, target: dict, sentence, met: bool) -> Verdict:
    """The verdict on a target whose result the review states in words (``_said_in_words``)."""
    return _quoting(task, metric, target, sentence, "achieved" if met else "not_met",
                    f"回顾称“{metric}”{'完成' if met else '未完成'}目标（无数字）")


_VERDICT_OF = {"achieved": "met", "not_met": "not_met", "unclear": "unclear"}


def _quoting(task: Task, metric: str, target: dict, sentence, outcome: str, reason: str) -> Verdict:
    """A verdict with no figure (``outcome`` achieved, not_met or unclear), quoting the review sentence
    that settles it or names the metric."""
    ev = [Evidence(text=sentence.text, start=sentence.start, end=sentence.end, source="report")]
    return Verdict(task.id, metric, target, None, _VERDICT_OF[outcome], ev, reason, outcome=outcome)


def _near(task: Task, metric: str, target: dict, claims: list[Claim], mentions: list,
          figure_reason, words_reason: str) -> Verdict | None:
    """Unclear on a neighbouring metric (verify.neighbours): its figure quoted (``figure_reason(claim)``),
    else the review sentence naming it in words (``words_reason``); None when the review has neither."""
    near = _neighbour(metric, claims, target.get("unit") or "")
    if near is not None:
        return _unclear(task, metric, target, claims[near], figure_reason(claims[near]))
    # (单位GDP能耗完成自治区下达任务, 能耗继续下降 for a 节能减排 quota: a short neighbour's name, verify.neighbour_short)
    seen = _mention(metric, mentions, neighbours=True, short=True)
    if seen is None:
        # 完成省下达的节能降碳年度任务 for an energy-intensity target: the neighbour's target said done, no figure.
        # (财政收入完成预算目标压力较大: the difficulty ahead, no result)
        said = _said_in_words(metric, mentions, _neighbour_names(metric, short=True))
        seen = None if said is None or _DIFFICULTY.search(said[0].text) else said[0]
    return None if seen is None else _quoting(task, metric, target, seen, "unclear", words_reason)
