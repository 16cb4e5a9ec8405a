"""Verify mends of stop 60 (verifyy, issue 10), from the thirty-fourth real set's first run.  Every sentence below was
written for this file, with guards:

- a review paragraph opening on the term since the congress first met (市某届人大一次会议以来，…), in a new congress's first
  report, reports several years, as 五年来 does (words.toml verify.five_year_opener): its figures and the dash-headed
  paragraphs after it (——综合实力…) are the term's until one opens on the year (一年来，…) — a cumulative rise or a count
  there is quoted unclear (D3), never judged as the year's;
- 人均生产总值 is 人均GDP written with the economy's short name (words.toml verify.aliases): per-capita GDP's growth target
  beside the term's level only is quoted unclear, not read as named nowhere.

Strict xfails: the three rows of the set left (an R&D intensity beside the R&D spending's average growth over the term; a
total revenue 财政收入 beside the general budget revenue, the lead's stop-43 decision against the engine's neighbour pair;
an in-step income target beside the income's level in the term's part, read unclear at the first run as a level of the
year and not reported once the term's paragraphs are the term's — the dev corpus labels of 047-048 read a level of the
five years for a rate-type qualitative target as not reported, so quoting it was not written).
"""

from __future__ import annotations

import pytest

from tests.verify_pair_helpers import outcomes_by_metric

pytestmark = pytest.mark.engine

PLAN_N = "某某市政府工作报告\n\n二、2030年工作总体要求和主要目标任务\n\n主要预期目标是：地区生产总值增长7%，{target}。\n"
TERM_N1 = (
    "某某市政府工作报告\n\n一、本届政府及2030年工作回顾\n\n"
    "{opener}，我们坚持稳中求进，圆满完成了各项任务。\n\n"
    "——城乡面貌日新月异。{term}。\n\n"
    "一年来，我们全力以赴稳住经济基本盘。\n\n"
    "——发展态势稳中向好。全年地区生产总值增长7.2%。{year}。\n\n"
    "我们也要清醒地认识到，发展中还存在一些困难和问题。\n"
)


@pytest.mark.parametrize(
    ("opener", "target", "term", "year", "metric", "outcome"),
    [
        ("市八届人大一次会议以来", "常住人口城镇化率提高1.5个百分点", "常住人口城镇化率累计提升6.2个百分点", "新建公园5个",
         "常住人口城镇化率", "unclear"),
        ("市八届人大一次会议以来", "城镇新增就业3万人", "新增城镇就业6.8万人、农村劳动力转移就业6万人", "新建公园5个",
         "城镇新增就业", "unclear"),
        ("某某市第八届人民代表大会第一次会议以来", "城镇新增就业3万人", "新增城镇就业6.8万人", "新建公园5个",
         "城镇新增就业", "unclear"),
        # guards: the year's paragraph after 一年来 still answers for the year; a paragraph with no such opener is read as before
        ("市八届人大一次会议以来", "城镇新增就业3万人", "新增城镇就业19.5万人", "城镇新增就业3.6万人",
         "城镇新增就业", "achieved"),
        ("面对复杂严峻的外部环境", "城镇新增就业3万人", "新增城镇就业3.6万人", "新建公园5个",
         "城镇新增就业", "achieved"),
    ],
)
def test_a_paragraph_opening_on_the_term_reports_several_years(opener, target, term, year, metric, outcome):
    got = outcomes_by_metric(PLAN_N.format(target=target), TERM_N1.format(opener=opener, term=term, year=year))
    assert got.get(metric) == outcome


@pytest.mark.parametrize(
    ("target", "term", "metric", "outcome"),
    [
        ("人均GDP增长6.5%", "人均生产总值突破8万元", "人均GDP", "unclear"),
        # guards: another measure's level answers neither; nothing of the measure stays not reported
        ("人均GDP增长6.5%", "新建公园12个", "人均GDP", "not_reported"),
    ],
)
def test_a_target_beside_the_term_level_of_its_measure(target, term, metric, outcome):
    got = outcomes_by_metric(PLAN_N.format(target=target),
                             TERM_N1.format(opener="市八届人大一次会议以来", term=term, year="新建公园5个"))
    assert got.get(metric) == outcome


@pytest.mark.xfail(strict=True, reason="r190's shape: an R&D intensity to reach answered only by the R&D spending's "
                   "average growth over the term is a neighbour's plan-end figure (D3, unclear); the engine quotes a "
                   "term figure for a valued target only of the same measure, and names no neighbour of an intensity")
def test_an_intensity_beside_the_spending_growth_over_the_term():
    got = outcomes_by_metric(PLAN_N.format(target="研发经费投入强度达到2.1%以上"),
                             TERM_N1.format(opener="市八届人大一次会议以来", term="全社会研发经费投入年均增长16.5%",
                                            year="新建公园5个"))
    assert got.get("研发经费投入强度") == "unclear"


@pytest.mark.xfail(strict=True, reason="r191's shape: a total revenue target (财政收入, the organised revenue where the "
                   "report's year before gives it so) is not answered by the general budget revenue (the lead's method "
                   "decision of stop 43: not_reported); the engine keeps 财政收入>一般公共预算收入 as neighbours, since "
                   "财政收入 also stands short for the budget revenue, and the text alone does not tell which")
def test_a_total_revenue_beside_the_budget_revenue():
    got = outcomes_by_metric(
        "某某市政府工作报告\n\n二、2030年工作安排\n\n主要预期目标为：地区生产总值增长7%，财政收入增长9%。\n",
        "某某市政府工作报告\n\n一、2030年工作回顾\n\n过去一年，全市地区生产总值增长7.2%；一般公共预算收入同口径增长5.1%。\n\n"
        "我们也要清醒地认识到，发展中还存在一些困难和问题。\n")
    assert got.get("财政收入") == "not_reported"


@pytest.mark.xfail(strict=True, reason="r190's shape: an in-step income target answered only by the income's level in the "
                   "term's part is labelled unclear (D3, a plan-end figure of the same measure); the engine quotes a term "
                   "figure for a qualitative target only as a rate or a quota's neighbour, and quoting levels there turned "
                   "four dev corpus rows (047-048: levels of the five years for rate-type qualitative targets, labelled "
                   "not_reported) unclear — a disagreement between the two label sets left for the lead")
def test_an_in_step_income_beside_the_term_level():
    got = outcomes_by_metric(PLAN_N.format(target="居民人均可支配收入与经济增长协调同步"),
                             TERM_N1.format(opener="市八届人大一次会议以来", term="居民人均可支配收入达3.1万元、高于全省平均水平",
                                            year="新建公园5个"))
    assert got.get("居民人均可支配收入") == "unclear"


# --- r183's GDP quote (stop 60): a measure per amount of GDP is no figure of GDP --------------------------------------

@pytest.mark.parametrize(
    ("phrase", "claim_metric", "expected"),
    [
        ("地区生产总值", "亿元GDP死亡人数", True),
        ("地区生产总值", "万元地区生产总值用水量", True),
        ("地区生产总值", "每亿元生产总值安全事故死亡率", False),      # (生产总值 alone: not the target's written name)
        # guards: the total itself, a level of it, and an intensity target against its own measure
        ("地区生产总值", "地区生产总值", False),
        ("地区生产总值", "GDP", False),
        ("单位GDP能耗", "单位地区生产总值能耗", False),
    ],
)
def test_a_measure_per_amount_of_the_total_is_not_the_total(phrase, claim_metric, expected):
    from luoshi.engine.verify.naming import _per_amount
    assert _per_amount(phrase, claim_metric) is expected


def test_a_growth_target_beside_a_death_rate_per_gdp_quotes_no_death_rate():
    from luoshi.engine import verify
    from tests.verify_pair_helpers import doc
    plan = "某某市政府工作报告\n\n二、2030年工作安排\n\n主要预期目标是：地区生产总值增长7%，城镇新增就业3万人。\n"
    review = ("某某市政府工作报告\n\n一、“十四五”及2030年工作回顾\n\n“十四五”时期是极不平凡的五年。\n\n"
              "（一）综合实力明显增强。地区生产总值达到2600亿元（预计数，下同），年均增长6.8%。\n\n"
              "（二）安全形势持续稳定。安全生产事故起数逐年下降，亿元GDP死亡人数下降65.5%。\n\n"
              "我们也清醒地看到发展中存在的困难和问题。\n")
    found, _ = verify.verify_documents(doc(plan), doc(review), "t.txt")
    gdp = next(v for v in found if v.metric == "地区生产总值")
    assert "65.5%" not in (gdp.actual or {}).get("text", "")
