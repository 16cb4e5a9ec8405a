"""Stop 60's held-out verify sets, judged once at the stop's second round by the lead with the first round's last engine
(the real pairs heldout_realh16, r187–r189, 29/34, and the invented eighty-fourth set, v245–v247, 26/28) and dev since.
Every miss of that run is recorded here row by row as a strict xfail — the pair, the labelled metric or target, the
label's verdict, what the engine does and why — so that a fix shows; each shape is also written again in sentences of
this file's own (cases in other words, with guards).  tests/test_verify_real_pairs.py and tests/test_verify_invented.py
take their xfails for those rows from here."""

from __future__ import annotations

import pytest

from tests.verify_pair_answers import heldout_tests
from tests.verify_pair_helpers import outcomes_by_metric

pytestmark = pytest.mark.engine

# (pair, labelled metric) → (the label's verdict, why the engine's answer is not the label's).
REAL_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (r187's COD, ammonia nitrogen and NOx in a 分别 list, answered only by the bundle said met in words, 节能减排完成…任务:
    # mended at stop 60, verifye — words.toml verify.neighbours, each pollutant>节能减排, and a name shorter than four
    # characters, 氨氮, given its neighbours, mentions._neighbour_names; the case in other words below)
    ("r187", "人口自然增长率"): (
        "not_reported",
        "a per-mille cap written 7.6％。以内 (the source's ‰ as ％。): read as a percentage, so the labelled ‰ target is not "
        "matched (missing); source noise, left as it is",
    ),
    # (r188's in-step incomes, …与地区生产总值增速保持同步, answered achieved: labelled first with the comparator >= where the
    # earlier labels of the same wording (r63, r137) read =; the lead relabelled the comparator (changed_from, verdict
    # unchanged) after the one judging, so the row is matched as labelled)
}

# (pair, labelled target) → (the label's verdict, why).
INVENTED_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (v246's trade said to fall in the problems with a bare 下降 after its name without 总额: mended at stop 60, verifye —
    # patterns._FALL_SAID, words.toml verify.fall_total_said; v246's R&D intensity answered by its spending said raised,
    # 持续加大: mended at stop 60, verifye — words.toml verify.mention_predicate 加大; the cases in other words below)
}

# The misses of that run mended since: ordinary cases, (folder, pair, labelled metric or target).
MENDED: list[tuple[str, str, str]] = [
    ("verify_real", "r187", "化学需氧量排放量"),
    ("verify_real", "r187", "氨氮排放量"),
    ("verify_real", "r187", "氮氧化物排放量"),
    ("verify_invented", "v246", "外贸进出口总额增速\t%\t5"),
    ("verify_invented", "v246", "研发经费投入强度\t%\t4.5"),
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
# A zone's targets in a tab-separated table, its review with a problems paragraph.
NT = (
    "某某高新技术产业开发区管理委员会2031年工作报告\n——2031年2月3日在高新区经济工作会议上\n\n一、2030年工作回顾\n\n"
    "2030年，高新区主要经济指标保持全市前列。\n\n二、2031年主要预期目标\n\n2031年主要预期目标如下表：\n\n指标名称\t单位\t2031年目标\n"
    "地区生产总值增速\t%\t7\n规模以上工业增加值增速\t%\t9\n{target}\n高新技术企业总数\t家\t200\n\n三、重点工作\n\n"
    "（一）抓招商。开展精准招商。\n"
)
N1T = (
    "某某高新技术产业开发区管理委员会2032年工作报告\n——2032年2月1日在高新区经济工作会议上\n\n一、2031年工作回顾\n\n"
    "2031年，高新区经济运行总体平稳。\n\n经济总量稳步提升。实现地区生产总值300亿元，增长7.2%。\n\n{review}\n\n"
    "同时，我们也清醒地看到，{problems}\n\n二、2032年工作安排\n\n2032年主要预期目标是：地区生产总值增长6%左右。\n"
)
POLLUTANTS = "二氧化硫、化学需氧量、氮氧化物、氨氮排放量分别减少2.5%、2%、3%和2.2%"


def _outcome(target: str, metric: str, review: str) -> str | None:
    return outcomes_by_metric(N.format(target=target), N1.format(review=review)).get(metric)


def _zone_outcome(row: str, metric: str, review: str, problems: str) -> str | None:
    return outcomes_by_metric(NT.format(target=row), N1T.format(review=review, problems=problems)).get(metric)


@pytest.mark.parametrize(
    ("review", "metric", "outcome"),
    [
        # each pollutant of the list, the last carrying the list's 排放量 and a name of two characters among them
        ("绿色发展扎实推进。全面完成市下达的节能减排任务，单位生产总值能耗下降4.1%，关停落后产能企业12家。", "化学需氧量排放量", "unclear"),
        ("绿色发展扎实推进。全面完成市下达的节能减排任务，单位生产总值能耗下降4.1%，关停落后产能企业12家。", "氨氮排放量", "unclear"),
        ("节能减排目标顺利实现，全年关停落后产能企业12家。", "二氧化硫排放量", "unclear"),
        # guards: the pollutant's own figure answers; nothing of the bundle or the pollutant stays not reported
        ("全面完成市下达的节能减排任务，二氧化硫削减2.6%。", "二氧化硫排放量", "achieved"),
        ("全面完成市下达的节能减排任务，二氧化硫削减1.2%。", "二氧化硫排放量", "not_met"),
        ("绿色发展扎实推进。关停落后产能企业12家，新增造林面积2.1万亩。", "氨氮排放量", "not_reported"),
    ],
)
def test_a_pollutants_cut_answered_only_by_the_bundle_met_in_words_is_quoted(review, metric, outcome):
    assert _outcome(POLLUTANTS, metric, review) == outcome


@pytest.mark.xfail(strict=True, reason="seen while mending r187's shape: the list's last pollutant keeps the list's "
                   "shared 排放量 (氨氮排放量), and another pollutant's figure written with 排放量 (化学需氧量排放量减少2.6%) "
                   "is taken as the last one's, not its own")
def test_a_pollutants_figure_with_the_lists_suffix_answers_its_own_target():
    got = outcomes_by_metric(N.format(target=POLLUTANTS), N1.format(review="化学需氧量排放量减少2.6%，关停落后产能企业12家。"))
    assert (got.get("化学需氧量"), got.get("氨氮排放量")) == ("achieved", "not_reported")


def test_a_short_pollutants_name_answered_by_the_bundle_is_quoted():
    # 氨氮 alone, shorter than four characters, has the bundle for its neighbour too
    got = _outcome("化学需氧量、氨氮分别减少2%、2.2%", "氨氮", "全面完成市下达的节能减排任务，关停落后产能企业12家。")
    assert got == "unclear"


@pytest.mark.xfail(strict=True, reason="r187's shape: a pollutant named bare in a five-year claim after another "
                   "(化学需氧量和氨氮提前完成“十三五”减排任务) is not read as its mention (the first's bare name is read so "
                   "only where the claim says 实现)")
def test_a_pollutant_named_in_a_five_year_claim_is_quoted():
    review = "绿色发展扎实推进。单位生产总值能耗下降4.1%，化学需氧量和氨氮提前完成“十三五”减排任务。"
    assert _outcome(POLLUTANTS, "氨氮排放量", review) == _outcome(POLLUTANTS, "化学需氧量", review) == "unclear"


@pytest.mark.xfail(strict=True, reason="r187's shape: a per-mille cap written ％。 (source noise, left)")
def test_a_per_mille_cap_written_with_a_stray_stop_is_read_per_mille():
    assert _outcome("人口自然增长率控制在6％。以内", "人口自然增长率", "人口自然增长率为4.3‰，城镇登记失业率3.2%。") == "achieved"


# r188's miss was the label's comparator, not the engine's answer (relabelled): no case in other words.


@pytest.mark.parametrize(
    ("row", "metric", "problems", "outcome"),
    [
        ("外贸进出口总额增速\t%\t6", "外贸进出口总额", "受国际市场需求疲弱影响，外贸进出口减少，部分企业订单不足。", "not_met"),
        ("进出口总额增速\t%\t6", "进出口总额", "受国际市场需求疲弱影响，进出口下降，部分企业订单不足。", "not_met"),
        # guards: 下滑 may be a slower growth, a mention; a rate's fall is a slower growth; a cap's metric falling is
        # no verdict without its size
        ("外贸进出口总额增速\t%\t6", "外贸进出口总额", "受国际市场需求疲弱影响，外贸进出口有所下滑，部分企业订单不足。", "unclear"),
        ("单位工业增加值能耗降低\t%\t3", "单位工业增加值能耗", "单位工业增加值能耗下降，但部分企业订单不足。", "unclear"),
    ],
)
def test_a_fall_said_bare_in_the_problems_misses_a_growth_target(row, metric, problems, outcome):
    assert _zone_outcome(row, metric, "创新能力持续增强。新增高新技术企业40家。", problems) == outcome


def test_a_rates_fall_said_bare_is_no_fall_of_the_metric():
    problems = "受国际市场需求疲弱影响，进出口增速下降，部分企业订单不足。"
    got = _zone_outcome("进出口总额增速\t%\t6", "进出口总额", "创新能力持续增强。新增高新技术企业40家。", problems)
    assert got in ("unclear", "not_reported")


@pytest.mark.parametrize(
    ("said", "outcome"),
    [
        ("新增高新技术企业40家，研发投入不断加大。", "unclear"),
        ("新增高新技术企业40家，研发经费投入力度持续加大。", "unclear"),
        # guards: work done for it is no result (加大研发投入), nor a pressure growing (压力加大)
        ("新增高新技术企业40家，引导企业加大研发投入。", "not_reported"),
    ],
)
def test_rd_spending_said_raised_in_words_is_quoted_for_an_intensity_target(said, outcome):
    assert _zone_outcome("研发经费投入强度\t%\t3.5", "研发经费投入强度", said, "部分企业订单不足。") == outcome
