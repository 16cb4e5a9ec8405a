"""Stop 59's held-out verify sets, judged once at the stop's second round by the lead (the real pairs heldout_realh15,
r178–r180, 20/23, and the invented eighty-third set, v242–v244, 28/30) and dev since.  Every miss of that run is recorded
here row by row as a strict xfail — the pair, the labelled metric or target, the label's verdict, what the engine does
and why — so that a fix shows; each shape is also written again in sentences of this file's own (cases in other words,
with guards).  tests/test_verify_real_pairs.py and tests/test_verify_invented.py take their xfails for those rows from
here."""

from __future__ import annotations

import pytest

from tests.verify_pair_answers import heldout_tests
from tests.verify_pair_helpers import outcomes_by_metric

pytestmark = pytest.mark.engine

# (pair, labelled metric) → (the label's verdict, why the engine's answer is not the label's).
REAL_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    ("r178", "规模以上工业增加值"): (
        "unclear",
        "industry's value added answered only by one firm's output and its growth (…生产基地实现产值9.2亿元，同比增长55.3%): "
        "read not reported where the label quotes a part's other measure, unclear (r124, D8)",
    ),
    # (r178's 实际利用境外资金 answered by 实际利用外资: mended at stop 59, verifye — words.toml verify.aliases; the case in
    # other words below)
    # (r180's 生态环境质量进一步改善 answered by its paragraph's head, 四是生态环境持续改善, the quality noun left out: mended
    # at stop 61, verifyy — qualitative._subject_changed, words.toml verify.quality_noun; the case in other words below)
}

# (pair, labelled target text) → (the label's verdict, why).
INVENTED_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (v242's level then its same-basis rate, the year's target after it in a bracket (…完成21.3亿元、同口径增长5.4%（目标5%）),
    # read as a share of the target done: mended at stop 59, verifye — progress.row_facts, _RATE_BEFORE_BRACKET; the
    # case in other words below)
    # (v243's visitors' count by its verb and unit then its rate after a 、: mended at stop 59, verifye — naming.
    # _without_count_word, words.toml verify.count_word_in_name; the case in other words below)
}

# The misses of that run mended since: ordinary cases, (folder, pair, labelled metric or target).
MENDED: list[tuple[str, str, str]] = [
    ("verify_real", "r178", "实际利用境外资金"),
    ("verify_real", "r180", "生态环境质量"),
    ("verify_invented", "v242", "一般公共预算收入增长5%"),
    ("verify_invented", "v243", "接待游客人次增长12%"),
]


(
    test_real_heldout_row,
    test_invented_heldout_row,
    test_mended_heldout_row,
    test_the_misses_name_labelled_rows,
) = heldout_tests(REAL_MISSES, INVENTED_MISSES, MENDED, joined_invented=True)


# The same shapes in this file's own sentences.
N = "某某县政府工作报告\n\n二、2031年工作安排\n\n主要预期目标是：地区生产总值增长6%左右；{target}。\n"
N1 = (
    "某某县政府工作报告\n\n一、2030年工作回顾\n\n过去一年，全县地区生产总值增长6.3%。\n\n{review}\n\n"
    "我们也清醒认识到，发展中还存在一些困难和问题。\n"
)


def _outcome(target: str, metric: str, review: str) -> str | None:
    return outcomes_by_metric(N.format(target=target), N1.format(review=review)).get(metric)


@pytest.mark.xfail(strict=True, reason="r178's shape: one firm's output for industry's value added, read not reported")
def test_one_firms_output_for_the_sectors_value_added_is_quoted():
    review = "项目建设成效明显。全县最大的光伏组件生产基地实现产值12.6亿元，同比增长41.2%，带动配套企业落户。"
    assert _outcome("规模以上工业增加值增长7%", "规模以上工业增加值", review) == "unclear"


@pytest.mark.parametrize(
    ("target", "metric", "review", "outcome"),
    [
        ("实际利用境外资金增长5%", "实际利用境外资金", "开放水平稳步提升。全年实际利用外资1.2亿美元，增长14.5%。", "achieved"),
        ("实际利用境外资金增长5%", "实际利用境外资金", "全年实际使用外资1.2亿美元，下降4.5%。", "not_met"),
        ("实际利用外资增长5%", "实际利用外资", "全年实际利用境外资金1.2亿美元，增长8%。", "achieved"),
        # guard: the contracted funds are another statistic, under either name
        ("实际利用境外资金增长5%", "实际利用境外资金", "全年合同利用外资3.2亿美元，增长25%。", "not_reported"),
        ("实际利用外资增长5%", "实际利用外资", "全年合同利用境外资金3.2亿美元，增长25%。", "not_reported"),
    ],
)
def test_foreign_capital_under_its_usual_name_answers_a_target_on_funds_from_abroad(target, metric, review, outcome):
    assert _outcome(target, metric, review) == outcome


def test_a_themed_paragraphs_head_in_the_targets_words_answers_a_qualitative_target():
    # r180's shape, mended at stop 61 (verifyy): the subject said changed with the quality noun left out
    review = "三是生态环境持续改善。完成造林绿化3.5万亩，空气质量优良天数比例达到86.4%，地表水考核断面水质全部达标。"
    assert _outcome("生态环境质量进一步改善", "生态环境质量", review) == "achieved"


@pytest.mark.parametrize(
    ("target", "metric", "review", "outcome"),
    [
        ("一般公共预算收入增长6%", "一般公共预算收入", "全县一般公共预算收入完成9.6亿元、同口径增长6.3%（目标6%），税收占比提高。", "achieved"),
        ("一般公共预算收入增长6%", "一般公共预算收入", "全县一般公共预算收入完成9.6亿元、增长5.1%（目标6%）。", "not_met"),
        ("固定资产投资增长8%", "固定资产投资", "全县固定资产投资完成45亿元、增长9.2%(年度目标8%)。", "achieved"),
        # guards: a share of the year's target or budget done stays a share, no growth
        ("一般公共预算收入增长6%", "一般公共预算收入", "全县一般公共预算收入完成9.6亿元、完成年度目标的96%。", "unclear"),
        ("一般公共预算收入增长6%", "一般公共预算收入", "全县一般公共预算收入完成9.6亿元，为年度预算的96%。", "unclear"),
    ],
)
def test_a_rate_with_its_target_in_a_bracket_after_a_level_answers(target, metric, review, outcome):
    assert _outcome(target, metric, review) == outcome


@pytest.mark.parametrize(
    ("target", "metric", "review", "outcome"),
    [
        ("接待游客人次增长9%", "接待游客人次", "旅游业强劲复苏。全年接待游客1260万人次、增长10.8%，实现旅游总收入98亿元。", "achieved"),
        ("接待游客人次增长9%", "接待游客人次", "全年接待游客1260万人次、下降3%。", "not_met"),
        ("机场航班起降架次增长6%", "机场航班起降架次", "全年机场航班起降2.1万架次、增长7.4%。", "achieved"),
        # guards: a part of the visitors is no answer, nor is the count's rate another metric's
        ("接待游客人次增长9%", "接待游客人次", "全年接待入境游客12万人次、增长30%。", "not_reported"),
        ("旅游总收入增长9%", "旅游总收入", "全年接待游客1260万人次、增长10.8%。", "not_reported"),
    ],
)
def test_a_visitors_count_and_its_rate_answer_a_target_on_visits(target, metric, review, outcome):
    assert _outcome(target, metric, review) == outcome
