"""Verify mends of stop 55 (verifyx, issue 10).  Every sentence below was written for these tests (某市 and made-up
figures, in other words than any label), each outcome by reading before the engine was run on it.

- An energy-intensity target given as a quota with no figure (…控制在省下达的指标以内, 完成省下达的节能减排目标任务,
  能耗双控完成国家下达任务, 万元GDP能耗降低率完成市下达的目标任务, 单位生产总值能源消耗降低完成省下达目标) is a
  qualitative target, no number invented: a ceiling when it is to be kept within the quota (<=), else the quota to be
  done (>=); the metric is the energy intensity however it is written (the fall's rate 降低率 after its name is no part
  of it: words.toml target.quota_fall_rate; 能源消耗 the same as 能耗: target.lower_is_better, verify.aliases).  The next
  year's review saying the quota done (完成 / 超额完成…下达的…目标) settles it achieved, 未完成 not met, silence not
  reported.
- A paragraph of the review opening on the five years (五年来，…): a rate, a count or a cap said kept in it that no word
  dates (城镇登记失业率控制在3.5%以内, 城镇新增就业18.6万人) is the years', quoted unclear where nothing of the year answers
  (the lead's convention D3), never dropped; a level it names (为3.4%) stays dropped;
  an in-step income target on both groups (城乡居民…与经济增长同步) takes either group's rate over the years so (D3).
"""

from __future__ import annotations

import pytest

from tests.verify_pair_helpers import PLAN, REVIEW, verdicts_of

pytestmark = pytest.mark.engine


def _verdicts(plan: str, review: str):
    return verdicts_of(plan, review)


QUOTAS = [
    # (the target clause, its metric, comparator)
    ("单位地区生产总值能耗控制在省下达的指标以内", "单位地区生产总值能耗", "<="),
    ("单位地区生产总值能耗下降完成省下达任务", "单位地区生产总值能耗", ">="),
    ("完成省下达的节能减排目标任务", "节能减排", ">="),
    ("能耗双控完成国家下达任务", "能耗双控", ">="),
    ("万元GDP能耗降低率完成市下达的目标任务", "万元GDP能耗", ">="),
    ("单位生产总值能源消耗降低完成省下达目标", "单位生产总值能源消耗", ">="),
    ("单位GDP能耗力争完成省下达指标任务", "单位GDP能耗", ">="),
]


@pytest.mark.parametrize(("target", "metric", "comparator"), QUOTAS)
def test_an_energy_quota_is_a_qualitative_target(target, metric, comparator):
    got = _verdicts(PLAN.format(target=target), REVIEW.format(said=""))
    assert len(got) == 1
    assert got[0].metric == metric
    assert got[0].target["kind"] == "qualitative"
    assert got[0].target["value"] is None          # no number invented
    assert got[0].target["comparator"] == comparator


SAID = [
    ("全面完成市下达的能耗双控目标。", "achieved"),
    ("超额完成省下达的节能减排任务。", "achieved"),
    ("单位地区生产总值能耗下降3.6%，完成省下达目标。", "achieved"),
    ("未完成省下达的能耗强度目标。", "not_met"),
    ("城乡面貌持续改善。", "not_reported"),
]


@pytest.mark.parametrize(("said", "outcome"), SAID)
@pytest.mark.parametrize(
    "target",
    [
        "单位地区生产总值能耗控制在省下达的指标以内",
        "万元GDP能耗降低率完成市下达的目标任务",
        "单位生产总值能源消耗降低完成省下达目标",
        "单位GDP能耗力争完成省下达指标任务",
    ],
)
def test_an_energy_quota_against_the_next_review(target, said, outcome):
    got = _verdicts(PLAN.format(target=target), REVIEW.format(said=said))
    assert [v.outcome for v in got] == [outcome], got[0].reason


FIVE_REVIEW = (
    "某市人民政府工作报告\n——2025年1月8日在某市第十届人民代表大会第一次会议上\n\n各位代表：\n\n"
    "现在，我代表市人民政府，向大会报告工作，请予审议。\n\n{title}\n\n{five}\n\n{year}\n\n"
    "同时，我们也清醒认识到，发展中还存在不少困难和问题。\n\n三、2025年工作安排\n\n"
    "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
)
YEAR_PARA = "刚刚过去的2024年，我们预计地区生产总值增长6%，固定资产投资增长8%。"


@pytest.mark.parametrize("title", ["一、过去五年和2024年工作回顾", "一、“十四五”时期工作回顾"])
@pytest.mark.parametrize(
    ("target", "five", "metric", "outcome"),
    [
        # an undated cap in a paragraph opening on the five years: the years' figure, quoted (D3)
        ("城镇登记失业率控制在4.2%以内", "五年来，我们倾力办好民生实事。城镇登记失业率控制在3.4%以内。", "城镇登记失业率",
         "unclear"),
        ("城镇新增就业4万人以上", "五年来，我们倾力办好民生实事。城镇新增就业18.6万人。", "城镇新增就业", "unclear"),
        # both groups' in-step incomes answered by each group's average over the years (D3)
        ("城乡居民人均可支配收入与经济增长基本同步",
         "——过去五年，全市发展稳中向好。城镇居民人均可支配收入年均增长6.3%，农村居民人均可支配收入年均增长7.4%。",
         "城乡居民人均可支配收入", "unclear"),
        # guards: a five-year paragraph naming the metric with no figure answers nothing (D7); the year's figure decides
        ("城镇登记失业率控制在4.2%以内", "五年来，我们倾力办好民生实事，就业大局总体稳定。", "城镇登记失业率",
         "not_reported"),
        # a level the paragraph names (为3.4%, 突破60%) is the period end's, no rate of the years: dropped as before
        ("城镇登记失业率控制在4.2%以内", "五年来，我们倾力办好民生实事。城镇登记失业率为3.4%。", "城镇登记失业率",
         "not_reported"),
    ],
)
def test_a_five_year_paragraph_s_undated_figures_are_the_years(title, target, five, metric, outcome):
    got = _verdicts(PLAN.format(target=target), FIVE_REVIEW.format(title=title, five=five, year=YEAR_PARA))
    assert [(v.metric, v.outcome) for v in got] == [(metric, outcome)], [v.reason for v in got]


def test_the_year_s_own_figure_still_decides_beside_the_five_years():
    year = YEAR_PARA + "城镇登记失业率3.1%。"
    got = _verdicts(
        PLAN.format(target="城镇登记失业率控制在4.2%以内"),
        FIVE_REVIEW.format(title="一、过去五年和2024年工作回顾",
                           five="五年来，我们倾力办好民生实事。城镇登记失业率控制在3.4%以内。", year=year),
    )
    assert [(v.outcome, v.actual and v.actual["text"]) for v in got] == [("achieved", "3.1%")]


# One sector's value added is no other sector's (words.toml verify.distinct): construction answered by industry's rate,
# the primary sector (第一产业, 一产) by the services' — nothing said of the target's own sector.
@pytest.mark.parametrize(
    ("target", "said", "outcome"),
    [
        ("建筑业增加值增长5%", "规上工业增加值增长6.8%，三产增加值增长2.1%。", "not_reported"),
        ("第一产业增加值增长4%", "服务业增加值增长1.6%，规上工业增加值增长6.8%。", "not_reported"),
        ("一产增加值增长4%", "规上工业增加值增长6.8%。", "not_reported"),
        # guards: the sector's own rate answers
        ("建筑业增加值增长5%", "规上工业增加值增长6.8%，建筑业增加值增长3.9%。", "not_met"),
        ("第一产业增加值增长4%", "第一产业增加值增长4.6%，服务业增加值增长1.6%。", "achieved"),
    ],
)
def test_one_sector_s_value_added_is_no_other_s(target, said, outcome):
    got = _verdicts(PLAN.format(target=target), REVIEW.format(said=said))
    assert [v.outcome for v in got] == [outcome], [v.reason for v in got]
