"""Issue 10, statusc (stop 53): a target answered in the next year's review by a rate written as a range
(Claim.value_high its upper end) meets it only if each end does: the upper end decides a cap or a lower-is-better
level, the lower end a floor or a fall target, both a band (左右) within the half point the single figure has
(bench/labels/verify_real/README.md; the status labels' README rule question 35).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine

_JOBLESS = "城镇调查失业率"


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    # a cap: the upper end decides (over it: not met; under it: met, never exceeded by the lower end alone)
    ("城镇调查失业率控制在4.8%以内", "城镇调查失业率为4.6%-5.0%。", _JOBLESS, "not_met"),
    ("城镇调查失业率控制在4.8%以内", "城镇调查失业率为4.3-4.7%。", _JOBLESS, "achieved"),
    # a band on a price rise: both ends within half a point over it
    ("居民消费价格涨幅3%左右", "居民消费价格上涨3.1-3.7%。", "居民消费价格涨幅", "not_met"),
    ("居民消费价格涨幅3%左右", "居民消费价格上涨2.4-3.3%。", "居民消费价格涨幅", "achieved"),
    # guards: a floor by its lower end; a fall target by the smaller fall; a single figure unchanged
    ("地区生产总值增长6%", "地区生产总值增长5.7-6.4%。", "地区生产总值", "not_met"),
    ("地区生产总值增长6%", "地区生产总值增长6.1%-6.4%。", "地区生产总值", "achieved"),
    ("单位地区生产总值能耗下降3%", "单位地区生产总值能耗下降2.6%-3.4%。", "单位地区生产总值能耗", "not_met"),
    ("城镇调查失业率控制在4.8%以内", "城镇调查失业率为4.7%。", _JOBLESS, "achieved"),
], ids=["cap over", "cap under", "band over", "band within", "floor straddled", "floor met", "fall short",
        "single under cap"])
def test_range_against_target(target, said, metric, outcome):
    x = verdict_against(REVIEW, target, "review", said, metric)
    assert x.outcome == outcome, x.reason


def test_cap_met_by_range_is_not_exceeded_by_its_lower_end():
    # 4.3-4.7 against 4.8以内: the lower end alone would be more than 5% under the cap; the upper end is not
    x = verdict_against(REVIEW, "城镇调查失业率控制在4.8%以内", "review", "城镇调查失业率为4.3-4.7%。", _JOBLESS)
    assert x.verdict == "met", x.reason
