"""Verify mends of stop 58 (verifyx, issue 10).  Every sentence below was written for these tests (某市 and made-up
figures, in other words than any label), each outcome by reading before the engine was run on it.

- Exports named 出口 alone (出口增长12%) are the exports of 出口总额: a review giving only the whole trade's growth
  (进出口增长20%) answers them as a neighbouring metric, quoted, unclear (verify.neighbours 出口>进出口), as it does
  出口总额's; the whole trade's own target is still answered by its own figure, and a target on the whole trade is not
  made a neighbour of itself.
- A standing to hold among the peers of a field (稳居全国重点城市前列, 保持全省地级市前列): the peers (target.rank_peers)
  are part of the field, no metric's name, so the clause is a qualitative target of a place held (=).
- A level said first as a bound passed (集装箱吞吐量突破300万标箱) and then as the year's level (完成326万标箱): the level
  itself answers the target (verify.bound_passed), not the bound; a bound alone still answers as written.
"""

from __future__ import annotations

import pytest

from luoshi.engine import targets
from tests.verify_pair_helpers import verdicts_for

pytestmark = pytest.mark.engine


def _outcomes(target: str, said: str) -> list[str]:
    return [v.outcome for v in verdicts_for(target, said)]


EXPORTS_ALONE = [
    # (target clause, review sentence, outcome)
    ("出口增长12%", "外贸保持活跃，全市进出口增长20.4%，总额达到860亿元。", "unclear"),
    ("出口增长12%", "外贸保持活跃，全市出口增长9.1%。", "not_met"),
    # guards: the whole trade's target answered by its own figure; exports said nowhere and no trade figure
    ("进出口总额增长8%", "外贸保持活跃，全市进出口增长10.2%，其中出口增长3%。", "achieved"),
    ("出口增长12%", "招商引资成效明显，新签约项目120个。", "not_reported"),
]


@pytest.mark.parametrize(("target", "said", "outcome"), EXPORTS_ALONE)
def test_exports_named_alone_have_the_whole_trade_as_neighbour(target, said, outcome):
    assert _outcomes(target, said) == [outcome]


def _read(clause):
    return [(i.metric, i.comparator, i.kind) for i in targets.parse_clause(clause)]


@pytest.mark.parametrize(("clause", "expected"), [
    ("水环境质量稳居全国重点城市前列", [("水环境质量", "=", "qualitative")]),
    ("营商环境保持全省地级市前列", [("营商环境", "=", "qualitative")]),
    ("空气质量进入全国大中城市前列", [("空气质量", ">=", "qualitative")]),
    # guards: the field alone as before, and a number of places still a rank
    ("水环境质量稳居全省前列", [("水环境质量", "=", "qualitative")]),
])
def test_a_standing_among_the_peers_of_a_field_is_a_target(clause, expected):
    assert _read(clause) == expected


BOUND_THEN_LEVEL = [
    # (target clause, review sentence, outcome)
    ("港口集装箱吞吐量达到320万标箱", "港口集装箱吞吐量突破300万标箱，航线加密。全年港口集装箱吞吐量完成326万标箱、增长9%。",
     "achieved"),
    ("港口集装箱吞吐量达到320万标箱", "港口集装箱吞吐量突破300万标箱。全年港口集装箱吞吐量完成312万标箱。", "not_met"),
    # guard: the bound alone answers as written (under the target, not met)
    ("港口集装箱吞吐量达到320万标箱", "港口集装箱吞吐量突破300万标箱，航线加密。", "not_met"),
]


@pytest.mark.parametrize(("target", "said", "outcome"), BOUND_THEN_LEVEL)
def test_the_level_itself_before_a_bound_it_passed(target, said, outcome):
    assert _outcomes(target, said) == [outcome]
