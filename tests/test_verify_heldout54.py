"""Stop 54's held-out real verify set, judged once at the stop's second round (bench/verify_real.py --set heldout_realh10,
r139–r141, 14/25; the stop's starting engine the same) and dev since.  Every miss of that run is recorded here row by row
as a strict xfail — the pair, the labelled metric, the label's verdict, what the engine does and why — so that a fix
shows; tests/test_verify_real_pairs.py takes its xfails for those rows from here.  r141's misses, mended at the stop (verifye),
are written below as examples in this file's own words (sentences written here, none a label's row), with guards."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText
from tests.verify_pair_answers import heldout_tests

pytestmark = pytest.mark.engine

# (pair, labelled metric) → (the label's verdict, why the engine's answer is not the label's).
REAL_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (r141's ；-sentence of the year's estimates, each clause a metric's rank among the province's, level and rate, the
    # last revenue's rate on a like-for-like basis; its economy's clause after a quarter's frame; its incomes given as
    # levels with their growth said short in the problems paragraph: mended at stop 54, verifye — the cases below)
}

# This file records the real set only.
INVENTED_MISSES: dict[tuple[str, str], tuple[str, str]] = {}

# The misses of that run mended since: ordinary cases, (folder, pair, labelled metric or target).
MENDED: list[tuple[str, str, str]] = [
    ("verify_real", "r141", "地区生产总值"),
    ("verify_real", "r141", "规模以上工业增加值"),
    ("verify_real", "r141", "固定资产投资"),
    ("verify_real", "r141", "社会消费品零售总额"),
    ("verify_real", "r141", "城镇居民人均可支配收入"),
    ("verify_real", "r141", "农村居民人均可支配收入"),
    # (an energy-intensity quota and rate written with GDP's Latin name: read and judged as labelled all along, the
    # bench's matching now names GDP as 地区生产总值 — stop 55, verifyx; tests/test_verify_stop55x.py)
    ("verify_real", "r139", "单位生产总值能耗"),
    ("verify_real", "r140", "单位生产总值能耗"),
    # (a cap and incomes answered only in a paragraph opening on the five years: quoted unclear under D3 — stop 55,
    # verifyx: verify/claims.py keeps an undated figure of such a paragraph as the years', judge._same_measure_rate
    # lets both groups' target take either group's rate)
    ("verify_real", "r139", "城镇登记失业率"),
    ("verify_real", "r140", "城乡居民人均可支配收入"),
    # (industry's value added answered only by the gross output's rate: the lead's convention D8 of stop 55 reads a
    # neighbouring measure of the whole sector as the corpus README reads neighbouring figures, unclear with the quote;
    # the label relabelled with changed_from, the engine's answer unchanged)
    ("verify_real", "r139", "规模以上工业增加值"),
]


(
    test_real_heldout_row,
    test_invented_heldout_row,
    test_mended_heldout_row,
    test_the_misses_name_labelled_rows,
) = heldout_tests(REAL_MISSES, INVENTED_MISSES, MENDED, joined_invented=True)


# The plain errors in this file's own words: a year's plan and the next report's review.
N = "某市人民政府工作报告\n\n二、今年工作安排\n\n今年全市经济社会发展的主要预期目标是：{first}。\n"
N1 = (
    "某市人民政府工作报告\n\n一、过去一年工作回顾\n\n{review}\n\n二、今年工作安排\n\n"
    "今年主要预期目标是：地区生产总值增长5%。\n"
)


def _outcomes(first: str, review: str) -> dict[str, str]:
    def doc(text):
        return reader.read_text(SourceText(text, "txt"), "t.txt")

    verdicts, _ = verify.verify_documents(doc(N.format(first=first)), doc(N1.format(review=review)), "t.txt")
    return {v.metric: v.outcome for v in verdicts}


_RANKED = (
    "这一年，全县经济回升向好。地区生产总值增速居全省第4位，预计全年完成300亿元，增长6.5%；规模以上工业增加值增速居全省"
    "第2位，预计全年完成50亿元，增长9%；固定资产投资增速居全省第5位，预计全年完成200亿元，增长10%；一般公共预算收入增速"
    "居全省第8位，预计全年完成20亿元，同口径增长4%。"
)


def test_a_same_basis_rate_belongs_to_its_own_clause():
    """A ；-list of clauses each naming its metric before nameless figures: the last clause's like-for-like rate is
    its own metric's, no second basis of the clauses before it (verify/naming._other_basis)."""
    got = _outcomes(
        "地区生产总值增长6%，规模以上工业增加值增长7%，固定资产投资增长8%，一般公共预算收入增长5%", _RANKED
    )
    assert got == {
        "地区生产总值": "achieved",
        "规模以上工业增加值": "achieved",
        "固定资产投资": "achieved",
        "一般公共预算收入": "not_met",
    }


@pytest.mark.parametrize(
    ("first", "review", "outcome"),
    [
        # two bases of one metric in one clause still disagree (the headline rate met, the like-for-like not)
        (
            "一般公共预算收入增长5%",
            "全市一般公共预算收入增速居全省第8位，预计全年完成20亿元，增长9%，同口径增长4%。",
            "unclear",
        ),
        (
            "一般公共预算收入增长5%",
            "一般公共预算收入完成20亿元，增长9%，同口径增长4%；固定资产投资增长10%。",
            "unclear",
        ),
        # the same clauses without ranks, as before
        (
            "规模以上工业增加值增长7%",
            "规模以上工业增加值预计全年完成50亿元，增长9%；一般公共预算收入预计全年完成20亿元，"
            "同口径增长4%。",
            "achieved",
        ),
    ],
)
def test_guards_two_bases_of_one_clause(first, review, outcome):
    metric = first[: first.index("增长")]
    assert _outcomes(first, "这一年，经济稳中向好。" + review).get(metric) == outcome


@pytest.mark.parametrize(
    ("review", "outcome"),
    [
        # a metric's growth placed by rank names the bare figures after it; the year's estimate (预计全年) after a
        # quarter's frame opening the part is the year's (verify/claims._placed_before, part_year)
        ("前三季度，地区生产总值增速居全省第5位，预计全年完成300亿元，增长6.5%。", "achieved"),
        ("地区生产总值增速居全省第5位，达到300亿元，增长5.2%。", "not_met"),
        # guards: the quarter's figures with no whole year said stay the quarter's; a place's growth placed names nothing
        ("前三季度，地区生产总值增速居全省第5位，增长6.5%。", "unclear"),
        ("前三季度，地区生产总值增长6.5%，增速居全省第5位。", "unclear"),
        ("全市增速居全省第5位，达到300亿元，增长6.5%。", "not_reported"),
    ],
)
def test_the_metric_placed_by_rank_names_the_year_s_estimate(review, outcome):
    assert _outcomes("地区生产总值增长6%", "这一年，经济稳中向好。" + review).get("地区生产总值") == outcome


_SHORT = "\n\n同时，我们也清醒看到，{}，产业结构不优。"


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        # both groups' growth said short together (城乡居民收入…与预期目标还有差距): each group's target missed
        (
            "城乡居民人均可支配收入预计全年达到3.2万元、1.3万元。"
            + _SHORT.format("全市城乡居民收入增速与预期目标还有差距"),
            ("not_met", "not_met"),
        ),
        (
            "经济运行总体平稳。" + _SHORT.format("财政收入、城乡居民收入、旅游收入增速与预期目标还有差距"),
            ("not_met", "not_met"),
        ),
        # guards: one group said short is that group's only; the gap between the groups is no shortfall
        (
            "城乡居民人均可支配收入预计全年达到3.2万元、1.3万元。"
            + _SHORT.format("城镇居民收入增速与预期目标还有差距"),
            ("not_met", "unclear"),
        ),
        (
            "城镇、农村居民人均可支配收入分别增长7.5%、9.6%。" + _SHORT.format("城乡居民收入差距仍然较大"),
            ("achieved", "achieved"),
        ),
    ],
)
def test_both_groups_said_short_together(review, expected):
    got = _outcomes("城乡居民人均可支配收入分别增长7%、9%", "这一年，经济稳中向好。" + review)
    assert (got.get("城镇居民人均可支配收入"), got.get("农村居民人均可支配收入")) == expected
