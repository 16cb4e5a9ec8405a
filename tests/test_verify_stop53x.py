"""Verify mends of stop 53 (verifyx), found by the twenty-second real set's first run (r130–r132) and the look at every
dev pair the engine answers ``unclear`` (bench/labels/verify_real/README.md, docs/reading-reports.md).  Every sentence
below was written for these tests (某某 and made-up figures, in other words than any label), each outcome by reading
before the engine was run on it.

- A figure-less clause naming a metric with a factor taken out after it (…，财政收入剔除减税因素后，同口径增长8%) names
  the bare same-basis rate after the comma: the rate is that metric's, not the figure's before it, and the figure before
  keeps its own reading (no second basis set beside it).
- D1 with the groups given apart: a group under the economy by no more than the band (0.2 point) is in step, so urban
  0.1 under with rural ahead is in step, not an undecided pair; one group further under and one ahead stays undecided
  (no overall figure), and with both groups under the economy the group further under decides (D1).
"""

from __future__ import annotations

import pytest

from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("target", "said", "metric", "outcome", "quoted"), [
    ("一般公共预算收入增长5%",
     "全区生产总值增长4.4%，一般公共预算收入剔除减税降费因素后，同口径增长7.6%，固定资产投资增长3%。",
     "一般公共预算收入", "achieved", "7.6%"),
    ("一般公共预算收入增长8%",
     "全区生产总值增长4.4%，一般公共预算收入扣除增值税留抵退税因素后，同口径增长5.9%。",
     "一般公共预算收入", "not_met", "5.9%"),
    ("税收收入增长6%",
     "税收收入扣除一次性因素后，按可比口径增长6.8%，非税收入下降2%。",
     "税收收入", "achieved", "6.8%"),
    # the figure before keeps its own reading: no second basis beside it
    ("社会消费品零售总额增长7%",
     "社会消费品零售总额增长3.5%，一般公共预算收入剔除留抵退税因素后，同口径增长12%。",
     "社会消费品零售总额", "not_met", "3.5%"),
    # (guard) a price factor taken out is a real growth, not the clause's own metric: the figure before's
    ("社会消费品零售总额增长7%",
     "社会消费品零售总额增长9%，扣除价格因素后，实际增长7.5%。",
     "社会消费品零售总额", "achieved", None),
], ids=["revenue after its basis clause", "revenue under after its basis clause", "taxes by 可比口径",
        "retail before it unchanged", "price factor (guard)"])
def test_a_rate_after_a_basis_clause_is_the_clause_metric(target, said, metric, outcome, quoted):
    x = verdict_against(REVIEW, target, "review", said, metric)
    assert x.outcome == outcome, x.reason
    if quoted is not None:
        assert x.actual and x.actual["text"] == quoted, x.reason


@pytest.mark.parametrize(("target", "said", "outcome"), [
    ("城乡居民人均可支配收入增长和经济增长基本同步",
     "全区生产总值增长5.2%，城乡居民人均可支配收入分别增长5.1%和7.4%。", "achieved"),
    ("城乡居民人均可支配收入与经济增长同步",
     "全区生产总值增长6%，城乡居民人均可支配收入分别增长6.9%、5.8%。", "achieved"),
    # (guard) one group further under than the band and one ahead: no overall figure
    ("居民收入增长与经济增长基本同步",
     "全区生产总值增长6%，城镇居民人均可支配收入增长5.2%，农村居民人均可支配收入增长7.9%。", "unclear"),
    # (guard) both groups under the economy: the group further under decides (D1): one 0.2 under, one 0.6 under
    ("城乡居民收入增长和经济增长同步",
     "全区生产总值增长6.4%，城镇居民人均可支配收入增长5.8%，农村居民人均可支配收入增长6.2%。", "not_met"),
    # (guard) both groups further under: not met
    ("城乡居民人均可支配收入增长和经济增长基本同步",
     "全区生产总值增长6%，城乡居民人均可支配收入分别增长5.5%和5.6%。", "not_met"),
], ids=["urban 0.1 under", "rural 0.2 under", "urban 0.8 under, rural ahead", "both groups, one further under",
                                    "both under"])
def test_in_step_with_groups_apart_uses_the_band(target, said, outcome):
    x = verdict_against(REVIEW, target, "review", said, None)
    assert x.outcome == outcome, x.reason
