"""Stop 59's verify rules from the thirty-first real set (r175–r177) and the older real-pair misses, in other words.

- A level given with what it holds in a bracket, then a bare rate (税收收入40亿元（含留抵退税3亿元），同口径增长6%): the
  bracket's figure is an aside (words.toml verify.bracket_holds), the rate after it still the level's metric's
  (claims._HOLDING_BRACKET); a figure inside the bracket stays the aside's.
- A rate target on one population group's income answered in a plan-end review only by the whole population's years'
  rate (五年来…居民人均可支配收入年均增长…): a wider group's several years' figure, quoted, unclear (D3) — r183's
  shape, mended at the same stop by verifyy (judge._whole_population_rate); these are more cases in other words and guards.
- “十五五”时期 opening a review paragraph reports several years, as “十四五”时期 does (words.toml verify.five_year_opener).
- Mended since (the lead's D18, verifye): a result written as a floor exactly a point under a bare floor (r50's and r177's shape).
"""

from __future__ import annotations

import pytest

from luoshi.engine.verify.review import review_claims
from tests.verify_pair_answers import corpus
from tests.verify_pair_helpers import REVIEW, doc, verdicts_for, verdicts_of

pytestmark = pytest.mark.engine


def _outcomes(target: str, said: str) -> list[tuple[str, str]]:
    return [(v.metric, corpus.outcome(v)) for v in verdicts_for(target, said)]


def _named(said: str) -> list[tuple[str, float]]:
    """The review skeleton's figures with ``said`` in it, GDP's left out, as (metric, value)."""
    return [(c.metric, c.value) for c in review_claims(doc(REVIEW.format(said=said))) if c.metric != "地区生产总值"]


# --- a bracket of what a level holds -------------------------------------------------------------------------------

@pytest.mark.parametrize(("target", "said", "outcome"), [
    ("税收收入增长5%", "税收收入40亿元（含留抵退税3亿元），同口径增长6%。", "achieved"),
    ("税收收入增长8%", "税收收入40亿元（含留抵退税3亿元），同口径增长6%。", "not_met"),
    ("非税收入增长4%", "非税收入18.6亿元（其中罚没收入2.1亿元），增长7.5%。", "achieved"),
    ("一般公共预算收入增长6%", "区级一般公共预算收入52亿元（包括退库4亿元），同比增长3.2%。", "not_met"),
])
def test_a_rate_after_a_bracket_of_what_the_level_holds(target, said, outcome):
    assert [o for _, o in _outcomes(target, said)] == [outcome]


def test_a_rate_inside_the_bracket_stays_the_asides():
    # the part's own rate, inside the bracket, is the part's; the rate after the bracket the whole's
    assert _named("税收收入40亿元（其中增值税12亿元，增长8%），增长6%，非税收入增长3%。") == [
        ("税收收入", 40.0), ("增值税", 12.0), ("增值税", 8.0), ("税收收入", 6.0), ("非税收入", 3.0)]


@pytest.mark.parametrize(("said", "named"), [
    # guards: a bracket with no figure of its own after a level, and a bracket right after a name, as before
    ("税收收入40亿元（剔除留抵退税因素），增长6.1%。", [("税收收入(剔除留抵退税因素)", 40.0), ("税收收入", 6.1)]),
    ("固定资产投资（不含农户）增长9.6%。", [("固定资产投资", 9.6)]),
    # a bracket of what it holds with no rate after it: the next metric named is its own
    ("税收收入40亿元（含留抵退税3亿元），非税收入增长3%。", [("税收收入", 40.0), ("含留抵退税", 3.0), ("非税收入", 3.0)]),
])
def test_brackets_that_are_no_aside_of_a_level(said, named):
    assert _named(said) == named


# --- a group's income answered by the whole population's years' rate ----------------------------------------------

FIVE = ("某市人民政府工作报告\n\n一、过去五年工作回顾\n\n过去一年，全市地区生产总值增长6.4%。\n\n"
        "五年来，我们坚持以人民为中心，民生福祉持续改善。{said}\n\n二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n")
PLAN = "某市人民政府工作报告\n\n二、今年工作安排\n\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%，{target}。\n"


def _five_outcomes(target: str, said: str) -> dict[str, str]:
    return {v.metric: corpus.outcome(v) for v in verdicts_of(PLAN.format(target=target), FIVE.format(said=said))}


@pytest.mark.parametrize(("target", "said", "outcomes"), [
    ("农村居民人均可支配收入增长9%", "全市居民人均可支配收入年均增长8.1%，农村劳动力转移就业12万人。",
     {"农村居民人均可支配收入": "unclear"}),
    ("城镇和农村居民人均可支配收入分别增长6.5%和8%", "全体居民人均可支配收入年均增长7.2%。",
     {"城镇居民人均可支配收入": "unclear", "农村居民人均可支配收入": "unclear"}),
])
def test_a_groups_income_answered_by_all_residents_years_rate(target, said, outcomes):
    assert _five_outcomes(target, said) == outcomes


@pytest.mark.parametrize(("target", "said", "outcomes"), [
    # guards: the other group's years' rate answers nothing of this group's target
    ("城镇居民人均可支配收入增长7%", "农村居民人均可支配收入年均增长9.3%。", {"城镇居民人均可支配收入": "not_reported"}),
    # another measure of the whole population (its consumption) is no income
    ("城镇居民人均可支配收入增长7%", "居民人均消费支出年均增长6.6%。", {"城镇居民人均可支配收入": "not_reported"}),
    # a target on all residents answered by their own years' rate: quoted as before (D3)
    ("居民人均可支配收入增长7%", "居民人均可支配收入年均增长7.5%。", {"居民人均可支配收入": "unclear"}),
])
def test_a_groups_income_guards(target, said, outcomes):
    assert _five_outcomes(target, said) == outcomes


def test_the_year_of_all_residents_still_a_neighbour():
    # a one-year all-residents rate for a group's target: a neighbour's figure, quoted (unchanged)
    assert _outcomes("城镇居民人均可支配收入增长7%", "全体居民人均可支配收入增长6%。") == [("城镇居民人均可支配收入", "unclear")]


# --- the fifteenth five-year plan's period opening a paragraph ------------------------------------------------------

PLAN_2031 = ("某市人民政府工作报告（2031年1月8日）\n\n二、2031年工作安排\n\n今年全市经济社会发展的主要预期目标是："
             "地区生产总值增长5%，规模以上工业增加值增长7%。\n")
REVIEW_2031 = ("某市人民政府工作报告（2031年1月8日）\n\n一、2030年和过去五年工作回顾\n\n2030年，全市地区生产总值增长5.4%。\n\n"
               "{said}\n\n二、2031年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n")


def _industry(said: str) -> str:
    found = verdicts_of(PLAN_2031, REVIEW_2031.format(said=said))
    return next(corpus.outcome(v) for v in found if v.metric == "规模以上工业增加值")


@pytest.mark.parametrize("opening", ["“十五五”时期", "十五五时期"])
def test_the_fifteenth_plan_period_opens_several_years(opening):
    # its figures are the five years', quoted, never the year's result
    assert _industry(f"{opening}，全市规模以上工业增加值增长45%，固定资产投资增长38%。") == "unclear"


@pytest.mark.parametrize(("said", "outcome"), [
    # guards: the fourteenth's period as before; a paragraph opening on the year that names the period later is the year's
    ("“十四五”时期，全市规模以上工业增加值增长45%，固定资产投资增长38%。", "unclear"),
    ("2030年，面对“十五五”时期的新任务，全市规模以上工业增加值增长8.5%，固定资产投资增长9%。", "achieved"),
])
def test_the_plan_period_guards(said, outcome):
    assert _industry(said) == outcome


# --- mended since-------------------------------------------------------------------------------------------------------

# (a result written as a floor exactly a point under a bare floor: mended at stop 59 by the lead's D18, verifye —
# tests/test_verify_d18.py)
def test_a_floor_result_a_whole_point_under():
    assert _outcomes("固定资产投资增长12%", "固定资产投资预计增长11%以上。") == [("固定资产投资", "not_met")]
