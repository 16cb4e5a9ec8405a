"""The lead's decision D18 (stop 59; bench/labels/verify_real/README.md, Rule questions): a result said only as a floor
(增长7%以上, 均增长5%以上) a whole point or more under the target's floor is not_met — a government that reached its target
says so; under a whole point it stays unclear, the floor quoted (judge.FLOOR_REACH).  The real rows r50 and r177 and the
invented v129 read so; the cases below are in this file's own words."""

from __future__ import annotations

import pytest

from tests.verify_pair_answers import corpus
from tests.verify_pair_helpers import verdicts_for

pytestmark = pytest.mark.engine


def _outcome(target: str, said: str, metric: str) -> str | None:
    return next((corpus.outcome(v) for v in verdicts_for(target, said) if v.metric == metric), None)


@pytest.mark.parametrize(
    ("target", "said", "metric", "outcome"),
    [
        # a whole point under a bare floor, under a floor with 以上, under by more: not met
        ("社会消费品零售总额增长9.3%", "全年社会消费品零售总额预计增长8.3%以上。", "社会消费品零售总额", "not_met"),
        ("一般公共预算收入增长6.7%以上", "一般公共预算收入增长5.7%以上。", "一般公共预算收入", "not_met"),
        ("规模以上工业增加值增长10.4%", "规模以上工业增加值增长7.6%以上。", "规模以上工业增加值", "not_met"),
        ("农村居民人均可支配收入增长8.2%",
         "城镇居民人均可支配收入、农村居民人均可支配收入分别达到41200元、18650元，均增长7.2%以上。",
         "农村居民人均可支配收入", "not_met"),
        # guards: under a whole point the floor settles nothing; at or over the target it is met; a bare result a
        # fraction under is short as before; a 多 floor reads as 以上
        ("社会消费品零售总额增长9.3%", "全年社会消费品零售总额预计增长8.5%以上。", "社会消费品零售总额", "unclear"),
        ("一般公共预算收入增长6.7%以上", "一般公共预算收入增长6.2%以上。", "一般公共预算收入", "unclear"),
        ("社会消费品零售总额增长9.3%", "全年社会消费品零售总额预计增长9.3%以上。", "社会消费品零售总额", "achieved"),
        ("社会消费品零售总额增长9.3%", "全年社会消费品零售总额增长8.9%。", "社会消费品零售总额", "not_met"),
        ("社会消费品零售总额增长9.3%", "全年社会消费品零售总额增长8.3%多。", "社会消费品零售总额", "not_met"),
        ("社会消费品零售总额增长9.3%", "全年社会消费品零售总额增长8.6%多。", "社会消费品零售总额", "unclear"),
    ],
)
def test_a_floor_result_a_whole_point_or_more_under_is_short(target, said, metric, outcome):
    assert _outcome(target, said, metric) == outcome


@pytest.mark.parametrize(
    ("target", "said", "metric", "outcome"),
    [
        # a ceiling of the result over a cap is not in the decision: under a point over it stays unclear, as before
        ("城镇调查失业率控制在5.3%以内", "城镇调查失业率控制在6.2%以内。", "城镇调查失业率", "unclear"),
        ("城镇调查失业率控制在5.3%以内", "城镇调查失业率控制在5.8%以内。", "城镇调查失业率", "unclear"),
    ],
)
def test_a_ceiling_over_its_cap_is_left_as_it_was(target, said, metric, outcome):
    assert _outcome(target, said, metric) == outcome
