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


@pytest.mark.parametrize(
    ("lead", "caption", "rows"),
    [
        # v260's shape (mended): a lead-in sending to a numbered table (…安排如下（见表2）。, （详见附表1）), the table's
        # caption on its own line, cells parted by full-width bars with no outer bar; the unit in the metric's brackets,
        # the comparator in the cell (≥ a floor, ≤ a ceiling, 左右), the column of the year's target read, not the column
        # of last year's figures (38 firms would read the 40 achieved)
        ("建议2031年全县经济社会发展主要预期目标安排如下（见表2）。", CAPTION, BARS),
        ("2031年全县经济社会发展主要预期目标建议如下（详见附表1）。", "附表1　2031年主要预期目标", BARS),
        # the same table with half-width bars, and with no caption line
        ("建议2031年全县经济社会发展主要预期目标安排如下（见表2）。", CAPTION, BARS.replace("｜", "|")),
        ("2031年全县主要预期目标如下表：", "", BARS),
    ],
    ids=["caption", "annex-caption", "half-width", "no-caption"],
)
def test_a_captioned_targets_table_with_full_width_bars(lead, caption, rows):
    plan = CAPTION_PLAN.replace("统筹考虑各方面因素，建议2031年全县经济社会发展主要预期目标安排如下（见表2）。", lead)
    got = outcomes_by_metric(plan.format(caption=caption, rows=rows).replace("\n\n\n", "\n\n"), CAPTION_REVIEW)
    assert {m: got.get(m) for m in CAPTION_VERDICTS} == CAPTION_VERDICTS


def test_the_parts_after_a_barless_table_stay_parts():
    # guard: the table's last row is whole and the blank line after it ends the table — the next part's heading and
    # task are read as the report's (once the part was taken for the row's wrapped cell, the text for a table document)
    from tests.verify_pair_helpers import doc
    read = doc(CAPTION_PLAN.format(caption=CAPTION, rows=BARS))
    assert read.kind == "work_report"
    assert "plan" in {s.role for s in read.sections if s.level == 0}


@pytest.mark.parametrize(
    ("lead", "rows"),
    [
        # guards: a table with no column of the year's target (指标｜2030年完成｜属性) gives no target; a bracket sending
        # to a table after a list of targets (…，实际利用外资1.8亿美元（见表2）。) leaves the list's own clauses read
        ("建议2031年全县经济社会发展主要预期目标安排如下（见表2）。",
         "指标｜2030年完成｜属性\n工业总产值增长（%）｜7.2｜预期性\n实际利用外资（亿美元）｜1.5｜预期性"),
    ],
)
def test_a_captioned_table_with_no_target_column(lead, rows):
    got = outcomes_by_metric(CAPTION_PLAN.format(caption=CAPTION, rows=rows), CAPTION_REVIEW)
    assert not set(got) & set(CAPTION_VERDICTS)


def test_a_see_table_bracket_after_a_list_of_targets():
    plan = CAPTION_PLAN.replace("统筹考虑各方面因素，建议2031年全县经济社会发展主要预期目标安排如下（见表2）。",
                                "2031年全县经济社会发展主要预期目标是：工业总产值增长8%左右，实际利用外资1.8亿美元以上（见表2）。")
    got = outcomes_by_metric(plan.format(caption=CAPTION, rows="指标｜2030年完成｜属性\n工业总产值增长（%）｜7.2｜预期性"),
                             CAPTION_REVIEW)
    assert got.get("工业总产值") == "achieved"


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
    "预计研发经费投入强度达到3.6%。\n\n二、2032年工作打算\n\n2032年，开发区地区生产总值增长7%。\n"
)
FIELDS_VERDICTS = {"地区生产总值": "achieved", "固定资产投资": "not_met", "实际利用外资": "achieved",
                   "新增高新技术企业": "achieved", "研发经费投入强度": "not_met"}


def test_target_lines_opened_by_a_bracketed_field():
    # v262's shape (mended): a part titled by the targets' name alone (一、主要目标), its lines each opened by a field in
    # square brackets (【经济】…), a line holding two targets — each line's targets read, the field no part of them
    got = outcomes_by_metric(FIELDS_PLAN.format(lines=FIELDS), FIELDS_REVIEW)
    assert {m: got.get(m) for m in FIELDS_VERDICTS} == FIELDS_VERDICTS


def test_target_lines_under_a_dated_targets_heading():
    # the same under a heading with the year (一、2031年主要指标)
    plan = FIELDS_PLAN.replace("一、主要目标", "一、2031年主要指标")
    got = outcomes_by_metric(plan.format(lines=FIELDS), FIELDS_REVIEW)
    assert {m: got.get(m) for m in FIELDS_VERDICTS} == FIELDS_VERDICTS


def _expected(plan: str) -> list[str]:
    from luoshi.engine import tasks
    from tests.verify_pair_helpers import doc
    return [t.text for t in tasks.tasks_from_document(doc(plan), "t.txt") if t.kind == "expected_target"]


@pytest.mark.parametrize(
    ("heading", "lines"),
    [
        # guards: the same lines under a heading of work (一、重点工作), not of the targets, are no expected targets; a
        # targets heading over words with no rate (one goal in words) states none either
        ("一、重点工作", FIELDS),
        ("一、主要目标", "【定位】建设具有全国影响力的科技创新园区。\n【导向】坚持项目为王、产业立区。"),
    ],
    ids=["work-heading", "no-rates"],
)
def test_bracketed_lines_read_as_targets_only_under_a_targets_heading(heading, lines):
    assert _expected(FIELDS_PLAN.replace("一、主要目标", heading).format(lines=lines)) == []


@pytest.mark.xfail(strict=True, reason="v262's 营业收入 row, left: a zone's own report naming its own firms' income (园区企业"
                   "营业收入) reads the review's figure as a part of the area (区域局部口径), unclear, though the target names "
                   "the same zone")
def test_a_zones_own_income_answered_in_its_own_summary():
    plan = FIELDS_PLAN.format(lines="【总量】园区规上企业营业收入突破900亿元。\n" + FIELDS)
    review = FIELDS_REVIEW.replace("2031年，开发区实现", "2031年，园区规上企业营业收入实现958亿元；开发区实现")
    assert outcomes_by_metric(plan, review).get("园区规上企业营业收入") == "achieved"


# (v262's energy row: an energy target answered only by the work's words, no figure — read unclear since stop 66 by the
# lead's decision on a metric named in words only, verifyy; it was a strict xfail, read not_reported)
def test_an_energy_target_answered_only_in_words():
    plan = FIELDS_PLAN.format(lines=FIELDS + "\n【绿色】单位地区生产总值能耗下降2.5%。")
    review = FIELDS_REVIEW.replace("预计研发经费投入强度达到3.6%。", "预计研发经费投入强度达到3.6%。开展重点用能单位节能监察，能耗双控工作稳步推进。")
    assert outcomes_by_metric(plan, review).get("单位地区生产总值能耗") == "unclear"


GROUPS_PLAN = "某某市人民政府工作报告\n\n二、2031年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
GROUPS_REVIEW = (
    "某某市人民政府工作报告\n\n一、2031年工作回顾\n\n过去一年，{review}\n\n"
    "二、2032年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n"
)


@pytest.mark.parametrize(
    "review",
    [
        # r234's shape (mended): a 分别 list of the two groups' levels, then after 、 a second 分别 list of their rates
        # (分别达X元和Y元、分别增长a%和b%) — the rates the groups' in turn, as without the second 分别 or after a comma
        "预计全市地区生产总值增长6.2%；城乡居民人均可支配收入分别达41200元和19800元、分别增长4%和7.5%。",
        "预计全市地区生产总值增长6.2%；城乡居民人均可支配收入分别达41200元和19800元、增长4%和7.5%。",
        "预计全市地区生产总值增长6.2%；城乡居民人均可支配收入分别达41200元、19800元，分别增长4%、7.5%。",
    ],
    ids=["second-fenbie", "second-list", "after-comma"],
)
def test_both_groups_levels_then_rates_by_fenbie(review):
    got = outcomes_by_metric(GROUPS_PLAN.format(target="城乡居民人均可支配收入分别增长6%、7%左右"),
                             GROUPS_REVIEW.format(review=review))
    assert [got.get(f"{g}居民人均可支配收入") for g in ("城镇", "农村")] == ["not_met", "achieved"]


def test_a_second_fenbie_list_naming_its_own_metrics():
    # guard: after the groups' levels, a 分别 list naming metrics of its own (工业和投资分别增长…) keeps them — no rate
    # of the groups' (read as before: the levels alone, unclear), its rates its own metrics'
    got = outcomes_by_metric(
        GROUPS_PLAN.format(target="城乡居民人均可支配收入分别增长6%、7%左右，规模以上工业增加值增长5%"),
        GROUPS_REVIEW.format(review="城乡居民人均可支配收入分别达41200元和19800元、规模以上工业增加值和固定资产投资分别增长4%和"
                                    "7.5%。"))
    assert [got.get(f"{g}居民人均可支配收入") for g in ("城镇", "农村")] == ["unclear", "unclear"]
    assert got.get("规模以上工业增加值") == "not_met"


@pytest.mark.xfail(strict=True, reason="r233's shape, left: the whole trade said only in words, back to a former level "
                   "with no figure — read not_reported, the label quotes it unclear (r207's reading)")
def test_a_trade_said_only_in_words():
    got = outcomes_by_metric(
        GROUPS_PLAN.format(target="进出口总额增长10%以上"),
        GROUPS_REVIEW.format(review="全市地区生产总值增长6.2%。重启边境口岸货运通道，对外贸易恢复到往年水平。"),
    )
    assert got.get("进出口总额") == "unclear"
