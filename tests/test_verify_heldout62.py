"""Stop 62's held-out verify sets, judged once at the stop's second round by the lead with the first round's last engine
(the real pairs heldout_realh18, r205–r207, 19/30, and the invented eighty-sixth set, v251–v253, 21/33) and dev since.
Every miss of that run is recorded here row by row as a strict xfail — the pair, the labelled metric or target, the
label's verdict, what the engine does and why — so that a fix shows; each shape is also written again in sentences of
this file's own (cases in other words, with guards).  tests/test_verify_real_pairs.py and tests/test_verify_invented.py
take their xfails for those rows from here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from luoshi.engine import parts
from luoshi.engine.text import for_parsing
from tests.verify_pair_answers import heldout_tests
from tests.verify_pair_helpers import outcomes_by_metric

pytestmark = pytest.mark.engine

# (pair, labelled metric) → (the label's verdict, why the engine's answer is not the label's).
REAL_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    ("r205", "公共财政预算收入"): (
        "not_met",
        "a revenue growth target answered only in the problems paragraph by a fall said in words (财税大幅减收) beside the "
        "year's level (仅完成…亿元): the level is read against the rate, another basis, unclear; the fall said in words "
        "is not read as under the floor",
    ),
    # (r206's review under a part titled as the outgoing government's targets and tasks said completed, 十二届州人民政府
    # 各项目标任务圆满完成, read as a part of targets, and year N+1's own targets paragraph read as the year's results:
    # mended at stop 62, verifye — parts.targets_done, words.toml part.targets_done / part.targets_striven; the case in
    # other words below)
    # (r207's whole industry answered only by a kind of it and a cluster's output, under a heading saying the industrial
    # economy improved in words (工业经济提质提效): read unclear since stop 66 by the lead's decision on a metric named in
    # words only (verifyy — mentions._topic_mention, words.toml verify.topic_said; tests/test_verify_decision66.py), the
    # label's verdict though not its quote)
    ("r207", "进出口总值"): (
        "unclear",
        "the whole trade answered only by exports, a part, said in words to be steadying (出口形势趋稳向好): not quoted, "
        "not_reported",
    ),
}

def _targets_by_metric(name: str) -> dict[str, str]:
    """The labelled target of each metric of an invented pair: its rows named by their metric (a target's own words may
    be a clause every report writes, which tests/test_hygiene.py keeps out of the suite)."""
    folder = Path(__file__).resolve().parent.parent / "bench" / "labels" / "verify_invented"
    pair = json.loads(next(folder.glob(name + "_*.json")).read_text(encoding="utf-8"))
    return {r["metric"]: r["target"] for r in pair["results"]}


V251 = _targets_by_metric("v251")

# (pair, labelled target) → (the label's verdict, why).
INVENTED_MISSES: dict[tuple[str, str], tuple[str, str]] = {
    # (v251's targets on lines each led by its field, 在经济发展方面：…, under a part of targets whose lead sentence ends
    # 安排如下。, none read: mended at stop 62, verifye — tasks/expected._AS_FOLLOWS_END, the lead-in closing on 如下 states
    # no target itself, its field-led lines after it do; the case in other words below)
}

# The misses of that run mended since: ordinary cases, (folder, pair, labelled metric or target).
MENDED: list[tuple[str, str, str]] = [
    ("verify_real", "r207", "规模以上工业增加值"),
    *[("verify_real", "r206", metric) for metric in ("地区生产总值", "固定资产投资", "社会消费品零售总额", "进出口总额", "居民消费价格",
                                                  "居民收入", "粮食产量", "万元单位生产总值能耗")],
    *[("verify_invented", "v251", target) for target in V251.values()],
]


(
    test_real_heldout_row,
    test_invented_heldout_row,
    test_mended_heldout_row,
    test_the_misses_name_labelled_rows,
) = heldout_tests(REAL_MISSES, INVENTED_MISSES, MENDED, joined_invented=True)


# The same shapes in this file's own sentences.
PLAN = (
    "某某州政府工作报告\n——2030年2月1日在某某州人民代表大会上\n\n各位代表：\n\n一、2029年工作回顾\n\n过去一年，全州经济平稳增长。\n\n"
    "二、2030年工作安排\n\n今年经济社会发展的主要预期目标建议为：地区生产总值增长7%以上，固定资产投资增长10%，"
    "外贸进出口总额增长12%，居民消费价格涨幅控制在3.2%左右。\n\n围绕上述目标，重点抓好以下工作。\n"
)
REVIEW_DONE = (
    "某某州政府工作报告\n——2031年2月1日在某某州人民代表大会上\n\n各位代表：\n\n一、{title}\n\n（一）关于过去五年的工作\n\n"
    "过去五年，全州经济总量年均增长8%。\n\n（二）关于2030年的工作\n\n刚刚过去的2030年，我们坚持稳中求进，地区生产总值增长8.1%，固定资产投资增长13.2%。"
    "外贸进出口总额增长25%。\n\n二、乘势而上，奋力谱写全州高质量发展新篇章\n\n（一）关于今后五年的工作\n\n（二）关于2031年的工作\n\n"
    "今年经济社会发展的主要预期目标建议为：地区生产总值增长6%以上，固定资产投资增长8%以上，外贸进出口总额增长10%以上，"
    "居民消费价格涨幅控制在3%以内。\n"
)
DONE_RIGHT = {"地区生产总值": "achieved", "固定资产投资": "achieved", "外贸进出口总额": "achieved",
              "居民消费价格涨幅": "not_reported"}


@pytest.mark.parametrize("title", ["砥砺奋进，十届州人民政府各项目标任务全面完成", "攻坚克难，本届政府目标任务顺利完成"])
def test_a_part_titled_as_the_targets_completed_is_the_review(title):
    # the part on the past (its title saying the targets were carried out, no year, no review word) is the review; the
    # next part with a flowery title is the plan, its targets paragraph no source of results
    got = outcomes_by_metric(PLAN, REVIEW_DONE.format(title=title))
    assert got == DONE_RIGHT


@pytest.mark.parametrize(
    ("title", "done"),
    [
        ("砥砺奋进，十届州人民政府各项目标任务全面完成", True),
        ("攻坚克难，本届政府目标任务顺利完成", True),
        ("过去一年，全年目标任务超额完成", True),
        # guards: the completion striven for or assured is the plan's; the targets named alone are the targets' part
        ("凝心聚力，确保全年目标任务圆满完成", False),
        ("奋力推动今年各项目标任务全面完成", False),
        ("2031年主要目标任务", False),
        ("完成全年目标任务的主要举措", False),
    ],
)
def test_a_title_saying_the_targets_completed(title, done):
    assert parts.targets_done(for_parsing(title)) is done
    assert (parts.title_role(title) == "review") is done


FIELD_PLAN = (
    "某某省人民政府工作报告\n——2031年1月20日在某某省人民代表大会上\n\n各位代表：\n\n一、过去五年工作回顾\n\n"
    "过去五年，全省综合实力明显增强。\n\n二、2031年工作总体要求和主要目标\n\n"
    "综合考虑各方面因素，今年全省经济社会发展的主要预期目标安排如下。\n\n{lines}\n\n三、2031年重点工作\n\n"
    "（一）扩大内需。新开工亿元以上项目1000个。\n"
)
FIELD_REVIEW = (
    "某某省人民政府工作报告\n——2032年1月21日在某某省人民代表大会上\n\n各位代表：\n\n一、2031年工作回顾\n\n"
    "初步核算，全年地区生产总值增长6.2%，一般公共预算收入增长3.1%，城镇新增就业42万人，居民消费价格上涨1.1%。\n\n"
    "二、2032年工作安排\n\n2032年主要预期目标是：地区生产总值增长5%以上。\n"
)
FIELD_LINES = ("在经济增长方面：地区生产总值增长6%左右，一般公共预算收入增长4%。\n\n"
               "在民生改善方面：城镇新增就业40万人，居民消费价格涨幅3%左右。")


FIELD_RIGHT = {"地区生产总值": "achieved", "一般公共预算收入": "not_met", "城镇新增就业": "achieved", "居民消费价格涨幅": "achieved"}


@pytest.mark.parametrize(
    "lines",
    [
        FIELD_LINES,
        FIELD_LINES.replace("在经济增长方面", "经济增长方面").replace("在民生改善方面", "民生改善方面"),
        # guard: the targets on the lead's own line after its colon are read as before
        "地区生产总值增长6%左右，一般公共预算收入增长4%，城镇新增就业40万人，居民消费价格涨幅3%左右。",
    ],
)
def test_targets_on_field_led_lines_are_read(lines):
    plan = FIELD_PLAN.format(lines=lines)
    if not lines.startswith(("在", "经济")):
        plan = plan.replace("安排如下。\n\n", "安排如下：")
    got = outcomes_by_metric(plan, FIELD_REVIEW)
    assert {k: got.get(k) for k in FIELD_RIGHT} == FIELD_RIGHT


NT = "某某市政府工作报告\n\n二、2031年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
N1T = (
    "某某市政府工作报告\n\n一、2030年工作回顾\n\n2030年，全市地区生产总值增长6.3%。\n\n{review}\n\n"
    "同时，我们也清醒地看到，发展中还存在一些困难和问题。主要是：{problems}\n"
)


@pytest.mark.xfail(strict=True, reason="r205's shape: a revenue rate answered in the problems only by a fall said in "
                   "words beside the year's level (财政收入大幅减少…仅完成…亿元), read unclear")
def test_revenue_said_to_fall_sharply_with_only_its_level_is_under_a_growth_floor():
    got = outcomes_by_metric(NT.format(target="一般公共预算收入增长3%"),
                             N1T.format(review="全年新增城镇就业1.1万人。",
                                        problems="受主导产业下行影响，财政收入大幅减少，全市一般公共预算收入仅完成9.6亿元，"
                                                 "收支矛盾突出。"))
    assert got.get("一般公共预算收入") == "not_met"


@pytest.mark.xfail(strict=True, reason="r207's shape: the whole industry's value added answered only by a kind of it "
                   "(高新技术产业增加值增长…%): not quoted, not_reported where a part is unclear")
def test_a_kind_of_industrys_value_added_is_a_part_of_the_whole():
    got = outcomes_by_metric(NT.format(target="规模以上工业增加值增长7%"),
                             N1T.format(review="产业升级加快推进，装备制造业集群产值突破五百亿元，高新技术产业增加值增长12.4%。",
                                        problems="产业层次较低。"))
    assert got.get("规模以上工业增加值") == "unclear"


@pytest.mark.xfail(strict=True, reason="r207's shape: the whole trade answered only by exports said in words to be "
                   "steadying (出口形势趋稳向好): not quoted, not_reported where a part in words is unclear")
def test_exports_said_steadying_in_words_answer_the_trade_unclear():
    got = outcomes_by_metric(NT.format(target="进出口总值增长5%"),
                             N1T.format(review="多措并举稳外贸，组织企业参加境外展会20场，出口形势企稳回升。",
                                        problems="产业层次较低。"))
    assert got.get("进出口总值") == "unclear"
