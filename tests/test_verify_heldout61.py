"""Stop 61's held-out verify sets, judged once at the stop's second round by the lead with the first round's last engine
(the real pairs heldout_realh17, r196–r198, 24/28, and the invented eighty-fifth set, v248–v250, 30/30) and dev since.
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
    # (r197's in-step incomes answered only by the problems paragraph's words on their level, 城乡居民收入水平仍然较低:
    # mended at stop 61, verifye — qualitative._level_said_low, words.toml verify.level_said_low; the case in other
    # words below)
    # (r197's environment quality in a bundle with its setters before it and 全面完成 after it (国家和省下达的…和环境质量改善
    # 目标全面完成), read as three targets, 国家 one of them, its last keeping 目标: mended at stop 61, verifye —
    # targets._QUOTA_SETTER_LEAD; the case in other words below)
    # (r198's 分别 pair and a cap with no figure after it, in a sentence of targets with no lead-in before 为实现上述目标，…:
    # mended at stop 61, verifye — structure._targets_before_pursuit; the case in other words below)
}

# (pair, labelled target) → (the label's verdict, why): the eighty-fifth set read as labelled, no miss.
INVENTED_MISSES: dict[tuple[str, str], tuple[str, str]] = {}

# The misses of that run mended since: ordinary cases, (folder, pair, labelled metric or target).
MENDED: list[tuple[str, str, str]] = [
    ("verify_real", "r197", "环境质量改善目标"),
    ("verify_real", "r197", "城乡常住居民人均可支配收入"),
    ("verify_real", "r198", "农村居民收入"),
    ("verify_real", "r198", "城镇登记失业率"),
]


(
    test_real_heldout_row,
    test_invented_heldout_row,
    test_mended_heldout_row,
    test_the_misses_name_labelled_rows,
) = heldout_tests(REAL_MISSES, INVENTED_MISSES, MENDED, joined_invented=True)


# The same shapes in this file's own sentences.
N = "某某县政府工作报告\n\n二、2031年工作安排\n\n{target}\n"
N1 = (
    "某某县政府工作报告\n\n一、过去五年及2030年工作回顾\n\n{five}\n\n2030年，全县地区生产总值增长6.3%。\n\n{review}\n\n"
    "同时，我们也清醒地看到，发展中还存在一些困难和问题。主要是：{problems}\n"
)
LEAD = "主要预期目标是：地区生产总值增长6%左右，{target}。"


def _outcomes(target: str, review: str, five: str = "过去五年，全县经济实力稳步增强。",
              problems: str = "产业层次较低，创新能力不强。") -> dict[str, str]:
    return outcomes_by_metric(N.format(target=target), N1.format(five=five, review=review, problems=problems))


IN_STEP = "城乡居民人均可支配收入与经济增长保持同步"


@pytest.mark.parametrize(
    "problems",
    ["城乡居民收入水平仍然较低，民生领域短板较多。", "居民收入水平偏低，公共服务供给不足。", "城乡居民收入水平不高，消费拉动不足。"],
)
def test_incomes_said_low_in_the_problems_do_not_answer_an_in_step_target(problems):
    got = _outcomes(LEAD.format(target=IN_STEP), "全年新增城镇就业1.2万人。", problems=problems)
    assert got.get("城乡居民人均可支配收入") == "not_reported"


@pytest.mark.parametrize(
    ("review", "problems", "outcome"),
    [
        # guards: the year's rate answers; the five years' ranks alone say nothing of the year (D7); the growth said
        # behind the economy in the problems is an answer, not a level
        ("城乡居民人均可支配收入增长6.5%，新增城镇就业1.2万人。", "产业层次较低。", "achieved"),
        ("全年新增城镇就业1.2万人。", "产业层次较低。", "not_reported"),
        ("全年新增城镇就业1.2万人。", "城乡居民收入增速低于经济增速，消费拉动不足。", "not_met"),
    ],
)
def test_an_in_step_income_target_guards(review, problems, outcome):
    got = _outcomes(LEAD.format(target=IN_STEP), review, problems=problems,
                    five="过去五年，城镇居民收入增速位居全市前列，农村居民收入增速连续五年全市第一。")
    assert got.get("城乡居民人均可支配收入") == outcome


@pytest.mark.parametrize(
    ("target", "review", "outcome"),
    [
        # the setters before the bundle, its completion after it: the quality said improving in its paragraph's head
        ("上级下达的节能减排约束性指标和环境质量改善目标全面完成",
         "（五）强化污染防治，生态环境质量持续改善。全年造林3万亩，空气质量优良天数比例达到92%以上。", "achieved"),
        ("国家、省下达的节能减排约束性指标和环境质量改善目标全面完成",
         "（五）强化污染防治，生态环境质量持续改善。全年造林3万亩，空气质量优良天数比例达到92%以上。", "achieved"),
        # guards: the good days' share alone is a related measure, unclear; nothing said, not reported
        ("国家和省下达的节能减排约束性指标和环境质量改善目标全面完成", "全年造林3万亩，空气质量优良天数比例达到92%以上。",
         "unclear"),
        ("国家和省下达的节能减排约束性指标和环境质量改善目标全面完成", "全年造林3万亩，新建公园5个。", "not_reported"),
    ],
)
def test_a_quota_bundle_with_its_setters_before_it_is_read_as_after_a_verb(target, review, outcome):
    got = _outcomes(LEAD.format(target=target), review)
    assert got.get("环境质量改善") == outcome
    assert "国家" not in got and got.get("节能减排约束性指标") == "not_reported"


RATES_THEN_CAP = ("今年要坚持稳中求进，努力实现高质量发展。地区生产总值增长5.5%，一般公共预算收入增长6%，"
                  "城乡居民收入增长分别7%、9%，城镇登记失业率控制在省目标以内。\n\n为实现上述目标，重点抓好以下工作。")


def test_a_sentence_of_targets_with_no_lead_in_before_pursuing_them_is_read_as_targets():
    # no lead-in names the targets; the sentence after them opens on 为实现上述目标: each clause a target, the cap with
    # no figure too, and the 分别 pair's last rate a growth
    got = _outcomes(RATES_THEN_CAP, "预计全年城乡居民人均可支配收入分别增长7%和9%，新增城镇就业5200人。")
    assert (got.get("农村居民收入"), got.get("城镇登记失业率")) == ("achieved", "not_reported")


@pytest.mark.parametrize(
    "plan",
    [
        # guards: a sentence of work after the targets, pursuing them, is no target (its figures tasks); nor is a
        # sentence of fewer than three rates before such words
        "地区生产总值增长5.5%，一般公共预算收入增长6%，城乡居民收入增长7%。\n\n为实现上述目标，新建标准厂房10万平方米，"
        "城镇登记失业率控制在省目标以内。",
        "今年要坚持稳中求进。规上工业增加值增长8%，城镇登记失业率控制在省目标以内。\n\n为实现上述目标，重点抓好以下工作。",
    ],
)
def test_pursuing_the_targets_guards(plan):
    got = _outcomes(plan, "全年新增城镇就业5200人。")
    assert "城镇登记失业率" not in got


def test_a_cap_without_a_figure_after_a_respective_pair_under_a_lead():
    # guard: under a lead of targets the same sentence is read as two targets
    got = _outcomes(LEAD.format(target="城乡居民收入增长分别7%、9%，城镇登记失业率控制在省目标以内"),
                    "预计全年城乡居民人均可支配收入分别增长7%和9%，新增城镇就业5200人。")
    assert (got.get("城镇居民收入"), got.get("农村居民收入"), got.get("城镇登记失业率")) == (
        "achieved", "achieved", "not_reported")
