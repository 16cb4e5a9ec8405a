"""A target of a fall with no figure (主要污染物排放总量持续减少, 单位地区生产总值能耗持续下降; issue 10, stop 45, found by the
held-out pair v188) against the review's rates: the metric's own rate settles it — a fall met, a rise not met; failing that,
the rates of the parts the metric's neighbours name (verify.neighbours: 化学需氧量, 氨氮, 二氧化硫, 氮氧化物, 挥发性有机物
for the main pollutants), all four of the main pollutants in one sentence and every one a fall, say the whole fell (met).
Fewer parts than the whole has (two of the four say nothing of the others: tests/test_verify_ways_more.py's row), a part
rising, a part of the year, or a quota handed down (完成市下达任务, which the parts' falls do not settle) stay unclear, the
neighbour quoted.  Every sentence below was written for these tests, each outcome by reading before the engine was run."""

from __future__ import annotations

import pytest

from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine

_EMISSIONS = "主要污染物排放总量"
_ENERGY = "单位地区生产总值能耗"


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("主要污染物排放总量持续减少", "化学需氧量、氨氮、氮氧化物、挥发性有机物排放量分别下降3.4%、2.7%、3.8%、2.2%。", _EMISSIONS,
     "achieved"),
    ("主要污染物排放总量持续减少", "化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别比上年减少2.4%、1.9%、4.6%和3.3%。", _EMISSIONS,
     "achieved"),
    ("主要污染物排放总量持续减少", "主要污染物排放总量下降2.6%。", _EMISSIONS, "achieved"),
    ("主要污染物排放总量持续减少", "主要污染物排放总量比上年增长1.7%。", _EMISSIONS, "not_met"),
    ("单位地区生产总值能耗持续下降", "单位地区生产总值能耗下降2.7%。", _ENERGY, "achieved"),
    ("单位地区生产总值能耗持续下降", "单位地区生产总值能耗上升0.6%。", _ENERGY, "not_met"),
    # (guards) a part rising, one part alone, part of the year, a quota the falls do not settle, nothing said
    ("主要污染物排放总量持续减少", "化学需氧量排放量下降3.4%，氨氮排放量增长1.3%。", _EMISSIONS, "unclear"),
    ("主要污染物排放总量持续减少", "化学需氧量排放量下降3.4%。", _EMISSIONS, "unclear"),
    ("主要污染物排放总量持续减少", "化学需氧量、氨氮、氮氧化物排放量分别下降3.4%、2.7%、3.8%。", _EMISSIONS, "unclear"),
    ("主要污染物排放总量持续减少", "前三季度，化学需氧量、氨氮排放量分别下降3.4%、2.3%。", _EMISSIONS, "unclear"),
    ("主要污染物排放总量完成市下达任务", "化学需氧量、氨氮排放量分别下降2.3%和2.6%。", _EMISSIONS, "unclear"),
    ("主要污染物排放总量持续减少", "空气质量优良天数比例91.4%。", _EMISSIONS, "not_reported"),
], ids=["four parts falling", "four parts 减少 比上年", "the total falling", "the total rising", "intensity falling",
        "intensity rising", "a part rising", "one part alone", "three of the four",
        "part of the year", "a quota", "nothing said"])
def test_a_fall_without_a_figure(target, said, metric, outcome):
    x = verdict_against(REVIEW, target, "review", said, metric)
    assert x.outcome == outcome, x.reason
