"""Trade with a group of partner countries (issue 10, stop 44; found by last stop's held-out real pair r93, now
development material): 与“一带一路”沿线国家和地区实现进出口额…, 对东盟进出口增长…, 对RCEP成员国进出口… is that part of the
trade, as a channel's is (words.toml verify.part_of_trade): it answers no target on the whole trade unless the target
names the partners too — it is quoted, unclear (the lead's decision of stop 47 on a figure of the topic on a part,
followed at stop 48: naming._part_claim).  Each row an invented plan and review (某某 names), its outcome written by reading before the
engine was run on it."""

from __future__ import annotations

import pytest

from tests.test_verify_problem_clauses import _outcomes

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(
    ("targets", "review", "metric", "outcome"),
    [
        (
            "外贸进出口总额增长8%",
            "与“一带一路”沿线48个国家和地区实现进出口额36.5亿元，增长21.3%。",
            "外贸进出口总额",
            "unclear",
        ),
        (
            "外贸进出口总额增长8%",
            "对东盟进出口增长17.6%，对欧盟进出口增长9.2%。",
            "外贸进出口总额",
            "unclear",
        ),
        ("进出口总额增长10%", "对RCEP成员国进出口额增长15%。", "进出口总额", "unclear"),
        # (guard) the whole trade beside the partners' part: the whole answers
        (
            "外贸进出口总额增长8%",
            "外贸进出口总额增长6.1%，其中对东盟进出口增长17.6%。",
            "外贸进出口总额",
            "not_met",
        ),
        # (guard) a target on the partners' trade is answered by it
        ("对东盟进出口额增长15%", "对东盟进出口额增长17.6%。", "对东盟进出口额", "achieved"),
    ],
    ids=["belt-and-road", "asean-and-eu", "rcep", "whole-beside-part", "partner-target"],
)
def test_trade_with_partners_is_a_part(targets, review, metric, outcome):
    outcomes = _outcomes(review, "民生领域还有短板", targets=targets)
    got = outcomes.get(metric, next(iter(outcomes.values())))
    assert got == outcome, outcomes
