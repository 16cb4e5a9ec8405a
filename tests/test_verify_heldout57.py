"""Stop 57's held-out verify sets, judged once at the stop's second round by the lead (the real pairs heldout_realh13,
r160–r162, 24/27, and the invented eighty-first set, v236–v238, 30/31) and dev since.  Every miss of that run is recorded
here row by row as a strict xfail — the pair, the labelled metric or target, the label's verdict, what the engine does
and why — so that a fix shows; each shape is also written again in sentences of this file's own (cases in other words,
with guards).  tests/test_verify_real_pairs.py and tests/test_verify_invented.py take their xfails for those rows from
here."""

from __future__ import annotations

import pytest

from luoshi.engine import targets
from tests.verify_pair_answers import heldout_tests
from tests.verify_pair_helpers import outcomes_by_metric

pytestmark = pytest.mark.engine

# (pair, labelled metric) → (the label's verdict, why the engine's answer is not the label's).
REAL_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (r160's both groups' incomes answered by the short name of both with two levels and two rates in order: mended at
    # stop 58, verifyy — verify/respective._groups_unsaid; tests/test_verify_stop58y.py)
    ("r162", "主要污染物排放"): (
        "unclear",
        "an emissions quota set by the province (主要污染物排放控制在省上下达的指标之内) answered only by related measures "
        "(燃煤锅炉全部达标排放, air and water quality): read not reported where the label quotes them, unclear (D2)",
    ),
}

# (pair, labelled target text) → (the label's verdict, why).
INVENTED_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (v238's livestock stock in 万头只 read with its unit cut to 万头: mended at stop 57, verifye — units.toml 头只 a
    # count unit, the same thing as 头; the case in other words below)
}

# The misses of that run mended since: ordinary cases, (folder, pair, labelled metric or target).
MENDED: list[tuple[str, str, str]] = [
    ("verify_invented", "v238", "牲畜存栏稳定在120万头只"),
    ("verify_real", "r160", "城镇常住居民人均可支配收入"),
    ("verify_real", "r160", "农村常住居民人均可支配收入"),
]


(
    test_real_heldout_row,
    test_invented_heldout_row,
    test_mended_heldout_row,
    test_the_misses_name_labelled_rows,
) = heldout_tests(REAL_MISSES, INVENTED_MISSES, MENDED, joined_invented=True)


# The same shapes in this file's own sentences.
N = "某某市政府工作报告\n\n二、2031年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
N1 = (
    "某某市政府工作报告\n\n一、2030年工作回顾\n\n过去一年，全市地区生产总值增长6.2%。{review}。\n\n"
    "我们也清醒认识到，发展中还存在一些困难和问题。\n"
)


def _outcomes(target: str, review: str) -> dict[str, str]:
    return outcomes_by_metric(N.format(target=target), N1.format(review=review))


SHORT_NAME_OF_BOTH_GROUPS = "城乡常住居民人均可支配收入分别增长7.5%和8.5%以上"


@pytest.mark.parametrize(
    ("review", "urban", "rural"),
    [
        pytest.param(
            "城乡居民收入达到45210元和18930元，增长8%和9%",
            "achieved",
            "achieved",
        ),
        pytest.param(
            "城乡居民收入达到45210元和18930元，增长7%和8%",
            "not_met",
            "not_met",
        ),
    ],
)
def test_both_groups_incomes_answered_by_their_short_name(review, urban, rural):
    got = _outcomes(SHORT_NAME_OF_BOTH_GROUPS, review)
    assert (got.get("城镇常住居民人均可支配收入"), got.get("农村常住居民人均可支配收入")) == (urban, rural)


@pytest.mark.xfail(
    strict=True, reason="an emissions quota answered only by related measures read not reported"
)
def test_an_emissions_quota_answered_by_related_measures_is_unclear():
    got = _outcomes(
        "主要污染物排放量控制在省下达的指标以内",
        "大气污染防治深入推进，96台燃气锅炉全部实现达标排放，城区空气优良天数比例达到90.4%",
    )
    assert got.get("主要污染物排放量") == "unclear"


@pytest.mark.parametrize(
    ("clause", "unit"),
    [
        # head and small animals run together (头只): the whole unit, as the bracketed one (units.toml)
        ("牲畜存栏稳定在85万头只", "万头只"),
        # guards: the bracketed word and head alone as before
        ("牲畜存栏稳定在85万头（只）", "万头(只)"),
        ("生猪存栏稳定在85万头", "万头"),
    ],
)
def test_a_livestock_stock_in_head_and_small_animals_run_together(clause, unit):
    assert [(i.value, i.unit) for i in targets.parse_clause(clause)] == [(85.0, unit)]


@pytest.mark.parametrize(
    ("review", "outcome"),
    [
        ("牲畜饲养量保持稳定，牲畜存栏84.2万头只", "not_met"),
        # the same stock counted in head alone or with the bracketed word answers it
        ("牲畜存栏86.3万头", "achieved"),
        ("牲畜存栏84.9万头（只）", "not_met"),
        # guard: another measure of the herd is no answer
        ("牲畜出栏92万头只", "not_reported"),
    ],
)
def test_a_livestock_stock_in_head_and_small_animals_verified(review, outcome):
    assert _outcomes("牲畜存栏稳定在85万头只", review).get("牲畜存栏") == outcome
