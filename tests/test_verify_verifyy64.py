"""Verify mends of stop 64 (verifyy, issue 10), from the forty-second real set's first run.  Every sentence below was
written for this file, with guards:

- a trade target named with the word for goods before it (商品出口总值, 货物出口总额: verify.goods_word) is answered by the
  review's short name without that word and without the size word (…，其中出口增长9.2%), as 出口总额 is by 出口
  (verify.naming._without_size); a target on services' exports, or on another goods word's measure, is not;
- industry BELOW the size (规下工业增加值, 规模以下…; retail 限额以下…: verify.size_scope_below) is neither an answer to a
  target over the units above the size nor its wider neighbour (verify.distinct, verify.naming._wider_scope); all
  units' figure (全部工业增加值) stays the wider neighbour, quoted unclear.
"""

from __future__ import annotations

import pytest

from tests.verify_pair_helpers import outcomes_by_metric, verdicts_for

pytestmark = pytest.mark.engine


def _outcomes(target: str, said: str) -> dict[str, str]:
    from tests.verify_pair_answers import corpus

    return {v.metric: corpus.outcome(v) for v in verdicts_for(target, said)}


@pytest.mark.parametrize(
    ("target", "said", "expected"),
    [
        ("商品出口总值增长8%", "外贸进出口总值2100亿元，增长4.3%，其中出口增长9.2%。", "achieved"),
        ("货物出口总额增长12%", "全年进出口总额856亿元，增长6.1%，其中出口增长7.5%。", "not_met"),
        ("商品进口总值增长5%", "全年外贸进出口总额410亿美元，增长3.3%，其中进口增长6.8%。", "achieved"),
        # guards: the target without a goods word reads as before; services' exports are no goods exports; a goods
        # word opening another measure (商品房) takes no short name
        ("出口总值增长8%", "外贸进出口总值2100亿元，增长4.3%，其中出口增长9.2%。", "achieved"),
        ("服务出口总额增长10%", "外贸进出口总值2100亿元，增长4.3%，其中出口增长9.2%。", "unclear"),
        ("商品房销售面积增长5%", "商品房销售额增长3%，其中住宅销售增长4%。", "not_reported"),
    ],
)
def test_a_goods_trade_target_and_its_short_name_after_qizhong(target, said, expected):
    got = _outcomes(target, said)
    assert list(got.values()) == [expected]


@pytest.mark.parametrize(
    ("target", "said", "expected"),
    [
        ("规模以上工业增加值增长16%", "新增规上工业企业52家，规下工业增加值增长12.3%。", "not_reported"),
        # (the units below answer nothing; the industrial economy said rising in words is the target's matter with no
        # figure — unclear by the lead's decision of stop 66, not_reported before)
        ("规上工业增加值增长9%", "工业经济稳步回升，规模以下工业增加值增长10.6%。", "unclear"),
        ("限额以上消费品零售额增长10%", "消费市场回暖，限额以下消费品零售额增长12.5%。", "not_reported"),
        # guards: the target's own figure beside the units below is read; all units' figure stays the wider
        # neighbour (quoted unclear)
        ("规模以上工业增加值增长8%", "规模以上工业增加值增长9.1%，规下工业增加值增长12.3%。", "achieved"),
        ("规上工业增加值增长8%", "全部工业增加值增长7.2%。", "unclear"),
        ("限额以上消费品零售额增长10%", "社会消费品零售总额增长7.6%。", "unclear"),
    ],
)
def test_the_units_below_the_size_answer_no_target_above_it(target, said, expected):
    got = _outcomes(target, said)
    assert list(got.values()) == [expected]


# Known misses of the forty-second set's shapes, written in other words (strict: a mend shows).

PLAN_N = "某市人民政府工作报告\n\n二、今年工作安排\n\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%，{target}。\n"
FIVE_N1 = (
    "某市人民政府工作报告\n\n一、过去五年工作回顾\n\n{five}\n\n过去一年，地区生产总值增长6.4%。\n\n"
    "二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="two groups' levels under 预计 with a time word as the clause's head (预计去年分别达…), "
    "then their five years' rates as a second list (年均增速分别为…): the time word read as the metric, the "
    "rates named 年均增速 — not quoted for an in-step income target on both groups (D3; r226)",
)
def test_the_groups_levels_then_their_years_rates_in_a_second_list():
    five = "五年来，城乡居民收入较快增长，预计去年分别达5.2万元、2.1万元，年均增速分别为8.5%、9.6%。"
    got = outcomes_by_metric(
        PLAN_N.format(target="城乡居民收入增长与经济增长基本同步"), FIVE_N1.format(five=five)
    )
    assert got.get("城乡居民收入") == "unclear"


@pytest.mark.xfail(
    strict=True,
    reason="a 分别 list of the province's and the city's key projects sharing one name "
    "(省、市重点项目分别完成投资…): the first item read as 省 alone and the measure after 分别 dropped, so "
    "the parts are not quoted for the whole investment (r228; stops 47–48)",
)
def test_key_projects_of_two_levels_in_one_respective_list():
    got = _outcomes("固定资产投资增长12%", "省、市重点项目分别完成投资120.5亿元、260.3亿元，为发展提供支撑。")
    assert got.get("固定资产投资") == "unclear"


def test_one_levels_key_projects_quoted_for_the_whole_investment():
    # the guard the xfail above is measured against: one level's key projects, named whole, are quoted
    got = _outcomes("固定资产投资增长12%", "市重点项目完成投资260.3亿元，为发展提供支撑。")
    assert got.get("固定资产投资") == "unclear"
