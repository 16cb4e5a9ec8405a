"""Stop 63's held-out verify sets, judged once at the stop's second round by the lead with the first round's last engine
(the real pairs heldout_realh19, r214–r216, 28/30, and the invented eighty-seventh set, v254–v256, 29/30) and dev since.
Every miss of that run is recorded here row by row as a strict xfail — the pair, the labelled metric or target, the
label's verdict, what the engine does and why — so that a fix shows; each shape is also written again in sentences of
this file's own (cases in other words, with guards).  tests/test_verify_real_pairs.py and tests/test_verify_invented.py
take their xfails for those rows from here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.verify_pair_answers import heldout_tests
from tests.verify_pair_helpers import outcomes_by_metric

pytestmark = pytest.mark.engine

# (pair, labelled metric) → (the label's verdict, why the engine's answer is not the label's).
REAL_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (r215's year estimate after a clause placing the metric's growth by rank over a streak of quarters, …增速连续N个季度
    # 保持全省前N位，预计全年增长N%左右, not given the placed metric: mended at stop 63, verifye — claims._RANK_CLAUSE takes
    # the streak, words.toml verify.rank_streak_period, 保持 in verify.rank_clause_verb; the case in other words below)
    ("r215", "农村居民人均可支配收入"): (
        "unclear",
        "the pair's second rate of a 分别 list of three quarters only, under the target but not under half of it: read "
        "not_met, the label's alternative (part-year figures, stop 41's decision); left as the alternative reading",
    ),
}


def _targets_by_metric(name: str) -> dict[str, str]:
    """The labelled target of each metric of an invented pair: its rows named by their metric (a target's own words may
    be a clause every report writes, which tests/test_hygiene.py keeps out of the suite)."""
    folder = Path(__file__).resolve().parent.parent / "bench" / "labels" / "verify_invented"
    pair = json.loads(next(folder.glob(name + "_*.json")).read_text(encoding="utf-8"))
    return {r["metric"]: r["target"] for r in pair["results"]}


V256 = _targets_by_metric("v256")

# (pair, labelled target) → (the label's verdict, why).
INVENTED_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (v256's target on a line led by its metric and a colon on the same basis, …收入：同口径增长N%, read as a target of the
    # basis word: mended at stop 63, verifye — targets._COLON_BEFORE_BASIS and tasks/report._LABEL_BASIS_TAIL keep the
    # mark with the metric's name, verify/judge takes the same-basis figure for a same-basis target
    # (words.toml verify.same_basis_target); the case in other words below)
}

# The misses of that run mended since: ordinary cases, (folder, pair, labelled metric or target).
MENDED: list[tuple[str, str, str]] = [
    ("verify_real", "r215", "地区生产总值"),
    ("verify_invented", "v256", V256["一般公共预算收入"]),
]


(
    test_real_heldout_row,
    test_invented_heldout_row,
    test_mended_heldout_row,
    test_the_misses_name_labelled_rows,
) = heldout_tests(REAL_MISSES, INVENTED_MISSES, MENDED, joined_invented=True)


# The same shapes in this file's own sentences.
NT = "某某市政府工作报告\n\n二、2031年工作安排\n\n主要预期目标是：地区生产总值增长8%左右，{target}。\n"
N1T = (
    "某某市政府工作报告\n——2031年12月28日在某某市人民代表大会上\n\n一、2031年工作回顾\n\n2031年，全市城镇新增就业1.2万人。\n\n"
    "{review}\n\n二、2032年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n"
)


@pytest.mark.parametrize(
    ("review", "verdict"),
    [
        # r215's shape (mended): a year's estimate after a clause placing the metric's growth by rank over a streak of
        # months or quarters, the sentence opened by a clause of its own — the placed metric's estimate
        ("全市上下攻坚克难，规模以上工业增加值增速连续4个月保持全省前2位，预计全年增长5.5%左右。", "not_met"),
        ("面对需求收缩，我们稳企纾困，规模以上工业增加值增速连续两个季度位居全省第一，预计全年增长9.2%。", "achieved"),
    ],
)
def test_a_years_estimate_after_the_metrics_rank_clause(review, verdict):
    got = outcomes_by_metric(NT.format(target="规模以上工业增加值增长8%"), N1T.format(review=review))
    assert got.get("规模以上工业增加值") == verdict


@pytest.mark.parametrize(
    ("review", "verdict"),
    [
        # guards: the rank clause opening its sentence, and the estimate with no rank clause, are read already; an
        # estimate naming its own metric is that metric's; another metric placed, or a growth placed with no name, names
        # nothing of the target's
        ("全市上下攻坚克难，规模以上工业增加值增速连续4个月保持全省前2位，固定资产投资预计全年增长5.5%左右。", "unclear"),
        ("全市上下攻坚克难，工业投资增速连续4个月保持全省前2位，预计全年增长5.5%左右。", "not_reported"),
        ("全市上下攻坚克难，增速连续4个月保持全省前2位，预计全年增长5.5%左右。", "not_reported"),
        ("规模以上工业增加值增速连续4个月保持全省前2位，预计全年增长5.5%左右。", "not_met"),
        ("全市上下攻坚克难，规模以上工业增加值预计全年增长9.2%。", "achieved"),
    ],
)
def test_a_years_estimate_of_the_metric_guards(review, verdict):
    got = outcomes_by_metric(NT.format(target="规模以上工业增加值增长8%"), N1T.format(review=review))
    assert got.get("规模以上工业增加值") == verdict


COLON_PLAN = (
    "某某省人民政府工作报告\n\n一、2030年工作回顾\n\n过去一年，全省经济稳中有进。\n\n二、2031年主要预期目标\n\n"
    "今年全省经济社会发展的主要预期目标：\n地区生产总值：增长6%左右。\n{line}\n城镇新增就业：30万人以上。\n\n三、重点工作\n\n（一）扩大内需。\n"
)
COLON_REVIEW = (
    "某某省人民政府工作报告\n\n一、2031年工作回顾\n\n初步核算，全省地区生产总值增长6.2%，{said}城镇新增就业31万人。\n\n"
    "二、2032年工作安排\n\n今年目标：地区生产总值增长5%左右。\n"
)


@pytest.mark.parametrize(
    ("line", "said", "verdict"),
    [
        # v256's shape (mended): a metric-colon target line on the same basis (…收入：同口径增长N%) is the metric's
        # target on that basis, judged on the review's same-basis figure (the headline one beside it another basis)
        ("地方一般公共预算收入：同口径增长6%。", "地方一般公共预算收入完成300亿元，增长1.5%，扣除减税因素后同口径增长6.8%。", "achieved"),
        ("地方一般公共预算收入：同口径增长6%。", "地方一般公共预算收入完成300亿元，增长1.5%，同口径增长5.2%。", "not_met"),
    ],
)
def test_a_metric_colon_target_on_the_same_basis(line, said, verdict):
    got = outcomes_by_metric(COLON_PLAN.format(line=line), COLON_REVIEW.format(said=said))
    assert got.get("地方一般公共预算收入同口径") == verdict


@pytest.mark.parametrize(
    ("target", "said", "metric", "verdict"),
    [
        # the same-basis target in a sentence of targets: the same-basis figure answers it, the headline one aside
        ("地方一般公共预算收入同口径增长6%", "地方一般公共预算收入完成300亿元，增长1.5%，扣除减税因素后同口径增长6.8%。",
         "地方一般公共预算收入同口径", "achieved"),
        ("地方一般公共预算收入同口径增长6%", "地方一般公共预算收入完成300亿元，增长7.5%，同口径增长5.1%。",
         "地方一般公共预算收入同口径", "not_met"),
        ("地方一般公共预算收入同口径增长6%", "地方一般公共预算收入完成300亿元，同口径增长6.8%。", "地方一般公共预算收入同口径",
         "achieved"),
        # guard: a headline target with the two bases on either side of it stays unclear
        ("地方一般公共预算收入增长6%", "地方一般公共预算收入完成300亿元，增长1.5%，同口径增长6.8%。", "地方一般公共预算收入", "unclear"),
    ],
)
def test_a_same_basis_target_takes_the_same_basis_figure(target, said, metric, verdict):
    plan = COLON_PLAN.replace("今年全省经济社会发展的主要预期目标：\n地区生产总值：增长6%左右。\n{line}\n城镇新增就业：30万人以上。",
                              "今年全省经济社会发展的主要预期目标：地区生产总值增长6%左右，{line}，城镇新增就业30万人以上。")
    got = outcomes_by_metric(plan.format(line=target), COLON_REVIEW.format(said=said))
    assert got.get(metric) == verdict


def test_a_metric_colon_target_guard():
    # guard: the nominal target on the same kind of line, both rates under it
    got = outcomes_by_metric(COLON_PLAN.format(line="地方一般公共预算收入：增长6%。"),
                             COLON_REVIEW.format(said="地方一般公共预算收入完成300亿元，增长1.5%，同口径增长5.2%。"))
    assert got.get("地方一般公共预算收入") == "not_met"


@pytest.mark.xfail(strict=True, reason="r215's rural income: the second rate of a 分别 list of three quarters, under the "
                   "target but not under half of it, read not_met — the label's alternative (stop 41's decision), left")
def test_three_quarters_second_rate_of_a_respective_list_is_unclear():
    got = outcomes_by_metric(NT.format(target="城乡居民人均可支配收入分别增长9%、11%"),
                             N1T.format(review="前三季度城镇和农村常住居民人均可支配收入分别增长6.2%、8.4%。"))
    assert got.get("农村居民人均可支配收入") == "unclear"
