"""A comparable basis written between a figure and its change (…88亿元，按同口径增长6.2%) or closing a target's name
(一般公共预算收入按可比口径增长6%) names no more of the metric: the rate is the amount's metric on that basis, and a target
so named is answered under the name without it (verify/patterns._BASIS_TAIL, read in claims and naming._target_phrases).
Stop 46: the change words' basis lead (change.basis_lead, 同口径/可比口径, landed for progress reports) had left it in the
claim's name.  Rows invented; outcomes by reading."""

import pytest

from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("税收收入增长5%", "全年税收收入88亿元，按同口径增长6.2%。", "税收收入", "achieved"),
    ("税收收入增长5%", "全年税收收入88亿元，按可比口径增长3.1%。", "税收收入", "not_met"),
    ("一般公共预算收入按可比口径增长6%左右", "一般公共预算收入完成150亿元，同口径增长6.3%。", "一般公共预算收入按可比口径",
     "achieved"),
    # guards: a total revenue on a comparable basis stays a neighbour of the budget revenue; the basis before a
    # headline figure's own name is no tail
    ("一般公共预算收入增长6%", "财政总收入310亿元，按可比口径增长7.4%。", "一般公共预算收入", "unclear"),
    ("一般公共预算收入增长6%", "按可比口径计算，一般公共预算收入增长5.1%。", "一般公共预算收入", "not_met"),
], ids=["same basis over", "comparable basis under", "target on a basis", "total revenue", "basis leading"])
def test_a_basis_closing_a_name(target, said, metric, outcome):
    x = verdict_against(REVIEW, target, "review", said, metric)
    assert x.metric == metric, (x.metric, x.reason)
    assert x.outcome == outcome, x.reason
