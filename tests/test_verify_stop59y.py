"""Verify mends of stop 59 (verifyy, issue 10), from the thirty-second real set's first run.  Every sentence below was
written for this file, with guards:

- a figure after 力争 that names a thing of its own, after a 、 (地区生产总值增长6%、规上工业增加值力争增长8%; …增长10%以上、其中
  工业投资占比力争达到45%), is a target of its own, no stretch of the figure before (indicators._another_named); the
  stretch of the same thing (25家，力争28家; 增长6%以上、力争增长7%) stays one;
- a group's income target (城镇居民收入增长8%) answered in a plan-end review only by the whole population's rate over the
  years (全体居民人均可支配收入年均增长9.1%) is a neighbouring group's figure of the same measure: unclear, quoted (D3;
  verify/judge._whole_population_rate); another group's rate answers nothing;
- the review's words that every main indicator but some turned from falling to growing (除A、B外，其余N项实现由负转正) say
  the excepted ones' growth of the year is still not positive: a growth target above half a point on one of them, with
  no figure of the year, is not met (words.toml verify.turned_positive; verify/entry._not_turned_positive).
"""

from __future__ import annotations

import pytest

from luoshi.engine import targets
from tests.verify_pair_helpers import outcomes_by_metric

pytestmark = pytest.mark.engine


def _read(clause: str) -> list[tuple[str, float | None]]:
    return [(i.metric, i.value) for i in targets.parse_clause(clause)]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("地区生产总值增长6%、规上工业增加值力争增长8%", [("地区生产总值", 6.0), ("规上工业增加值", 8.0)]),
        ("固定资产投资增长9%以上、其中工业投资占比力争达到45%", [("固定资产投资", 9.0), ("工业投资占比", 45.0)]),
        ("社会消费品零售总额增长7%、网上零售额争取增长15%", [("社会消费品零售总额", 7.0), ("网上零售额", 15.0)]),
        # guards: the stretch of the same thing stays no target of its own
        ("地区生产总值增长6%以上、力争增长7%", [("地区生产总值", 6.0)]),
        ("新增规上工业企业40家、力争50家", [("新增规上工业企业", 40.0)]),
        ("固定资产投资增长9%以上、其中工业投资占比达到45%", [("固定资产投资", 9.0), ("工业投资占比", 45.0)]),
    ],
)
def test_a_figure_after_li_zheng_naming_its_own_thing_is_its_own_target(clause, expected):
    assert _read(clause) == expected


PLAN_N = "某某市政府工作报告\n\n二、2025年工作安排\n\n主要预期目标是：地区生产总值增长6%，{target}。\n"
PLAN_N1 = (
    "某某市政府工作报告\n\n一、“十四五”及2025年工作回顾\n\n“十四五”时期是极不平凡的五年。\n\n"
    "（一）综合实力明显增强。地区生产总值达到3100亿元（预计数，下同），年均增长6.4%。{review}。\n\n"
    "我们也清醒地看到发展中存在的困难和问题。\n"
)


@pytest.mark.parametrize(
    ("review", "outcome"),
    [
        ("全体居民人均可支配收入年均增长9.1%，增速排全省第3位", "unclear"),
        ("居民人均可支配收入年均增长8.7%", "unclear"),
        # guards: the group's own rate over the years as before (D3), another group's answers nothing, and a
        # figure of another measure of all residents' neither
        ("城镇居民人均可支配收入年均增长7.9%", "unclear"),
        ("农村居民人均可支配收入年均增长10.2%", "not_reported"),
        ("全体居民人均消费支出年均增长6.2%", "not_reported"),
    ],
)
def test_a_group_income_beside_the_whole_population_rate_over_the_years(review, outcome):
    got = outcomes_by_metric(PLAN_N.format(target="城镇居民收入增长8%"), PLAN_N1.format(review=review))
    assert got.get("城镇居民收入") == outcome


TURN_N = "某某市政府工作报告\n\n二、2031年工作安排\n\n主要预期目标是：地区生产总值增长6%，{target}。\n"
TURN_N1 = ("某某市政府工作报告\n\n一、2031年工作回顾\n\n过去一年，全市地区生产总值增长3.1%。{review}。\n\n"
           "我们也清醒认识到，发展中还存在一些困难和问题。\n")


@pytest.mark.parametrize(
    ("target", "review", "metric", "outcome"),
    [
        ("固定资产投资增长8%以上", "15项主要指标中除固定资产投资、进口总额外，其余13项均实现由负转正", "固定资产投资", "not_met"),
        ("社会消费品零售总额增长7%左右", "主要经济指标除社会消费品零售总额外全部实现正增长", "社会消费品零售总额", "not_met"),
        # guards: a metric not excepted turned positive (no verdict from the words), the year's own figure decides,
        # and a target of no growth above half a point is not settled by a growth not positive
        ("一般公共预算收入增长5%", "主要指标除进口总额外均实现由负转正", "一般公共预算收入", "not_reported"),
        ("固定资产投资增长8%以上", "主要指标除固定资产投资外均实现由负转正，固定资产投资增长9.2%", "固定资产投资", "achieved"),
        ("固定资产投资增长0.5%左右", "主要指标除固定资产投资外均实现由负转正", "固定资产投资", "unclear"),
    ],
)
def test_indicators_excepted_from_those_turned_positive_did_not_grow(target, review, metric, outcome):
    got = outcomes_by_metric(TURN_N.format(target=target), TURN_N1.format(review=review))
    assert got.get(metric) == outcome


# (r182's shape, a strict xfail until stop 67: a province's quota on the grain production capacity answered only by the
# provincial rank of the grain-security responsibility assessment is a related measure's rank, unclear (D2) — mended by
# verifyy, verify/qualitative._duty_assessed; tests/test_verify_verifyy67.py)
def test_a_grain_capacity_quota_beside_the_grain_duty_assessment_rank():
    got = outcomes_by_metric(TURN_N.format(target="粮食综合生产能力完成省下达任务"),
                             TURN_N1.format(review="粮食安全党政同责考核排名全省第二，新建高标准农田12万亩"))
    assert got.get("粮食综合生产能力") == "unclear"
