"""A qualitative target that asks a pace or a hold — incomes in step with the economy (与经济增长同步), output held steady
(保持稳定) — answered by the metric's level alone (分别达到4.1万元、2.2万元; 产量达到86.5万吨), with no rate and no year
before's level to compare: the metric named with a figure that settles nothing, quoted, unclear (verify/qualitative, as a
level for a growth target already was in verify/judge).  Stop 46 (issue 10), from real pairs' misses; rows invented in
other words, outcomes by reading before the engine ran."""

import pytest

from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("城镇和农村居民人均可支配收入与经济增长同步", "城镇、农村居民人均可支配收入分别达到4.1万元、2.2万元。",
     "城镇居民人均可支配收入", "unclear"),
    ("粮食产量保持稳定", "全年粮食产量达到86.5万吨。", "粮食产量", "unclear"),
    # guards: both rates given; held steady said in its own words; another crop's level
    ("全体居民人均可支配收入与经济增长保持同步", "地区生产总值增长5.2%，全体居民人均可支配收入增长5.6%。", "全体居民人均可支配收入",
     "achieved"),
    ("粮食产量保持稳定", "粮食产量保持稳定，达到86.5万吨。", "粮食产量", "achieved"),
    ("粮食产量保持稳定", "全年蔬菜产量达到86.5万吨。", "粮食产量", "not_reported"),
], ids=["incomes as levels", "grain as a level", "both rates", "own words", "another crop"])
def test_a_level_for_a_pace_or_a_hold(target, said, metric, outcome):
    x = verdict_against(REVIEW, target, "review", said, metric)
    assert x.metric == metric, (x.metric, x.reason)
    assert x.outcome == outcome, x.reason
