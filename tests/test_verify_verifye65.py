"""Stop 65's held-out verify misses (heldout_realh21 and the eighty-ninth invented set, recorded row by row in
tests/test_verify_heldout65.py) written again in this file's own sentences — other places, numbers and nouns, the same
ways of writing — with near-miss guards: a targets table under its caption with cells parted by full-width bars, target
lines each opened by a field in square brackets, a 分别 pair of two groups' levels then rates, a trade said only in
words."""

from __future__ import annotations

import pytest

from tests.verify_pair_helpers import outcomes_by_metric

pytestmark = pytest.mark.engine

CAPTION_PLAN = (
    "关于某某县2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划草案的报告\n"
    "——2031年1月9日在某某县第九届人民代表大会第二次会议上\n\n"
    "一、2030年国民经济和社会发展计划执行情况\n\n2030年，全县经济运行总体平稳，年度计划执行良好。\n\n"
    "二、2031年经济社会发展的主要目标\n\n"
    "统筹考虑各方面因素，建议2031年全县经济社会发展主要预期目标安排如下（见表2）。\n\n{caption}\n{rows}\n\n"
    "三、2031年计划的主要任务\n\n（一）扩大有效投资。全年实施县级重点项目120个。\n"
)
CAPTION = "表2　2031年全县经济社会发展主要预期目标"
BARS = (
    "指标｜2030年完成｜2031年目标｜属性\n"
    "工业总产值增长（%）｜7.2｜8左右｜预期性\n"
    "实际利用外资（亿美元）｜1.5｜≥1.8｜预期性\n"
    "新增高新技术企业（家）｜38｜≥45｜预期性\n"
    "城镇登记失业率（%）｜3.1｜≤4｜预期性\n"
    "森林覆盖率（%）｜—｜完成市下达任务｜约束性"
)
CAPTION_REVIEW = (
    "关于某某县2031年国民经济和社会发展计划执行情况与2032年国民经济和社会发展计划草案的报告\n\n"
    "一、2031年国民经济和社会发展计划执行情况\n\n"
    "2031年，全县工业总产值增长8.3%；实际利用外资2.0亿美元；新增高新技术企业40家；城镇登记失业率3.5%。\n\n"
    "二、2032年经济社会发展的主要目标\n\n2032年全县主要预期目标：工业总产值增长7%左右。\n"
)
CAPTION_VERDICTS = {"工业总产值": "achieved", "实际利用外资": "achieved", "新增高新技术企业": "not_met",
                    "城镇登记失业率": "achieved"}


@pytest.mark.xfail(strict=True, reason="v260's shape, not yet mended: a targets table under its caption, cells parted by "
                   "full-width bars with no outer bar — the reader takes the text for a table document, no target read")
def test_a_captioned_targets_table_with_full_width_bars():
    # the unit in the metric's brackets, the comparator in the cell (≥, ≤, 左右), the column of the year's target (not
    # the column of last year's figures: 38 firms would read the 40 achieved)
    got = outcomes_by_metric(CAPTION_PLAN.format(caption=CAPTION, rows=BARS), CAPTION_REVIEW)
    assert {m: got.get(m) for m in CAPTION_VERDICTS} == CAPTION_VERDICTS


FIELDS_PLAN = (
    "某某经开区管委会关于印发《某某经济技术开发区2031年工作要点》的通知\n\n某经开发〔2031〕2号\n\n"
    "各部门、各街道：\n\n现将《某某经济技术开发区2031年工作要点》印发给你们，请认真贯彻落实。\n\n"
    "某某经济技术开发区管理委员会\n2031年3月1日\n\n某某经济技术开发区2031年工作要点\n\n"
    "2031年，开发区将坚持项目为王、产业立区。\n\n一、主要目标\n{lines}\n\n二、重点任务\n"
    "（一）抓招商引资。全年引进亿元以上项目40个。\n（二）抓平台建设。建成标准厂房30万平方米。\n"
)
FIELDS = (
    "【经济】地区生产总值增长8%。\n【项目】固定资产投资增长12%。\n【外资】实际利用外资2亿美元。\n"
    "【科技】新增高新技术企业30家，研发经费投入强度达到4%。"
)
FIELDS_REVIEW = (
    "某某经济技术开发区2031年工作总结和2032年工作打算\n\n市人民政府：\n\n一、2031年工作总结\n\n"
    "2031年，开发区实现地区生产总值增长8.5%；固定资产投资增长10%；实际利用外资2.3亿美元；新增高新技术企业33家，"
    "研发经费投入强度3.6%。\n\n二、2032年工作打算\n\n2032年，开发区地区生产总值增长7%。\n"
)
FIELDS_VERDICTS = {"地区生产总值": "achieved", "固定资产投资": "not_met", "实际利用外资": "achieved",
                   "新增高新技术企业": "achieved", "研发经费投入强度": "not_met"}


@pytest.mark.xfail(strict=True, reason="v262's shape, not yet mended: target lines each opened by a field in square "
                   "brackets under a part titled 主要目标 of a zone's work points issued by a notice — no line read")
def test_target_lines_opened_by_a_bracketed_field():
    got = outcomes_by_metric(FIELDS_PLAN.format(lines=FIELDS), FIELDS_REVIEW)
    assert {m: got.get(m) for m in FIELDS_VERDICTS} == FIELDS_VERDICTS


GROUPS_PLAN = "某某市人民政府工作报告\n\n二、2031年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
GROUPS_REVIEW = (
    "某某市人民政府工作报告\n\n一、2031年工作回顾\n\n过去一年，{review}\n\n"
    "二、2032年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n"
)


@pytest.mark.xfail(strict=True, reason="r234's shape, not yet mended: a 分别 pair of the two groups' levels then their "
                   "rates in one sentence (分别达X元和Y元、分别增长a%和b%) — only the levels read, unclear")
def test_both_groups_levels_then_rates_by_fenbie():
    got = outcomes_by_metric(
        GROUPS_PLAN.format(target="城乡居民人均可支配收入分别增长6%、7%左右"),
        GROUPS_REVIEW.format(review="预计全市地区生产总值增长6.2%；城乡居民人均可支配收入分别达41200元和19800元、"
                                    "分别增长4%和7.5%。"),
    )
    assert [got.get(f"{g}居民人均可支配收入") for g in ("城镇", "农村")] == ["not_met", "achieved"]


@pytest.mark.xfail(strict=True, reason="r233's shape, left: the whole trade said only in words, back to a former level "
                   "with no figure — read not_reported, the label quotes it unclear (r207's reading)")
def test_a_trade_said_only_in_words():
    got = outcomes_by_metric(
        GROUPS_PLAN.format(target="进出口总额增长10%以上"),
        GROUPS_REVIEW.format(review="全市地区生产总值增长6.2%。重启边境口岸货运通道，对外贸易恢复到往年水平。"),
    )
    assert got.get("进出口总额") == "unclear"
