"""Verify mends of stop 67 (verifyy, issue 10), from the known misses of stop 66's sets (the ninetieth invented set,
v263 and v264; the real pairs r243 and r182).  Every sentence below was written for this file, in other words than any label row, with
guards:

- the coming year's targets set by a verb, with no word naming the targets as a whole — each metric's growth target in
  turn (建议把全县地区生产总值增长目标确定为6%左右，…: structure._targets_set, targets._GROWTH_TARGET with
  part.targets_set_verb, the proposal before the metric left out of its name: words.toml target.proposal_lead), or a
  field's targets after a colon (社会事业方面的指标确定为：…: part.targets_set_noun) — read as the year's targets; a
  task's single aim set so, or such a sentence in a report that names its targets, adds none;
- a fine-particle level measured as the year's mean (年均浓度) is no average over several years (words.toml
  change.year_mean_level), so the field's sentence holding it states the year's targets;
- R&D written by its official long name (研究与试验发展) or its letters (R&D) is 研发 inside every name (words.toml
  verify.alias_words, read before verify.aliases), so a share of GDP under any of the names is the R&D intensity; on the
  status side, a reply calling the measure a yearly statistic (研发经费为年度统计数据: report.periodic_indicator) with only
  an earlier year's figure stays unclear;
- a farmland or grain-capacity quota answered only by the result of the duty's assessment (粮食安全党政同责考核位列全市
  第二: verify.duty_topic, verify.duty_assessment, verify.assessment_result) names a related measure and a rank — unclear,
  quoted (D2; verify/qualitative._duty_assessed), not unreported;
- a results box's line putting the figure before its metric (6.1%　地区生产总值增速) gives the growth of the metric named
  after it (verify/claims._BOX_NAMED_AFTER, _BOX_LINE).
"""

from __future__ import annotations

import pytest

from tests.verify_pair_helpers import outcome_with_problems, outcomes_by_metric

pytestmark = pytest.mark.engine

_HEAD = "某县人民政府工作报告\n\n一、过去一年工作回顾\n\n过去一年，全县地区生产总值增长5.8%。\n\n二、今年工作的总体要求和目标\n\n"
_REVIEW = ("某县人民政府工作报告\n\n一、过去一年工作回顾\n\n过去一年，全县经济稳中向好，地区生产总值增长6.3%，一般公共预算收入"
           "增长4.1%，农村居民人均可支配收入增长7.2%，城镇新增就业8600人，城镇登记失业率为2.9%。\n\n"
           "二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n")

_SET_PER_METRIC = ("结合发展实际，建议把全县地区生产总值增长目标确定为6%左右，一般公共预算收入增长目标确定为5%，"
                   "农村居民人均可支配收入增长目标确定为7%。\n\n")
_SET_FIELD = "社会事业方面的指标确定为：城镇新增就业8000人，城镇登记失业率控制在3.5%以内，空气中细颗粒物年均浓度控制在28微克/立方米以内。\n\n"
_WORK = "三、今年重点工作\n\n（一）抓好项目建设。全年招商引资目标设定为50亿元，新开工项目40个。\n"


def _targets(plan: str) -> dict[str, str]:
    """The verdicts of the plan's targets (the work part's figures, 新开工项目40个, left out: they are tasks)."""
    return {m: v for m, v in outcomes_by_metric(plan, _REVIEW).items() if m not in _WORK_METRICS}


_WORK_METRICS = {"招商引资目标设定", "新开工项目", "引进亿元以上项目", "完成投资"}


@pytest.mark.parametrize(("plan", "expected"), [
    (_HEAD + _SET_PER_METRIC + _WORK,
     {"地区生产总值": "achieved", "一般公共预算收入": "not_met", "农村居民人均可支配收入": "achieved"}),
    (_HEAD + _SET_PER_METRIC + _SET_FIELD + _WORK,
     {"地区生产总值": "achieved", "一般公共预算收入": "not_met", "农村居民人均可支配收入": "achieved",
      "城镇新增就业": "achieved", "城镇登记失业率": "achieved", "空气中细颗粒物年均浓度": "not_reported"}),
    (_HEAD + "经济和民生方面的目标设定为：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业8000人。\n\n" + _WORK,
     {"地区生产总值": "achieved", "一般公共预算收入": "not_met", "城镇新增就业": "achieved"}),
    # guard: two growth targets set are too few for a list of the year's targets
    (_HEAD + "建议把全县地区生产总值增长目标确定为6%左右，一般公共预算收入增长目标确定为5%。\n\n" + _WORK, {}),
], ids=["each metric's growth target set", "and a field's targets set after a colon", "a field's set alone",
        "two growth targets set"])
def test_targets_set_by_a_verb(plan, expected):
    assert _targets(plan) == expected


def test_a_tasks_aims_set_after_the_named_targets_add_nothing():
    named = _HEAD + "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n\n三、今年重点工作\n\n（一）抓好项目建设。"
    set_so = named + "全年招商引资目标设定为：引进亿元以上项目30个，新开工项目40个，完成投资80亿元。\n"
    assert _targets(set_so) == {"地区生产总值": "achieved"}


@pytest.mark.parametrize(("target", "metric", "said", "expected"), [
    ("全县研究与试验发展经费支出占地区生产总值比重达到2.6%", "研究与试验发展经费支出占地区生产总值比重",
     "全县研发投入占GDP比重提高到2.7%，新增高新技术企业31家。", "achieved"),
    ("研究与试验发展经费投入占地区生产总值比重2.6%左右", "研究与试验发展经费投入占地区生产总值比重",
     "R&D经费投入强度达到2.6%。", "achieved"),
    ("R&D经费占GDP比重达到2.2%", "R&D经费占GDP比重", "研发经费占地区生产总值比重达到2.4%。", "achieved"),
    # (a share under its target in a review early in the next year may be the year before's statistic: unclear)
    ("研究与试验发展经费支出占地区生产总值比重达到2.6%", "研究与试验发展经费支出占地区生产总值比重",
     "研发投入强度为2.3%。", "unclear"),
    # guards: another spending's share of GDP is no R&D intensity; the spending's growth is no share
    ("研究与试验发展经费支出占地区生产总值比重达到2.6%", "研究与试验发展经费支出占地区生产总值比重",
     "教育经费支出占地区生产总值比重达到4.1%。", "not_reported"),
    ("研究与试验发展经费投入增长12%", "研究与试验发展经费投入", "R&D经费投入强度达到2.3%。", "unclear"),
], ids=["the long name and the short name", "the long name and the letters", "the letters and the short name",
        "under the target", "education's share", "the spending's growth"])
def test_rd_under_its_long_name_and_its_letters(target, metric, said, expected):
    assert outcome_with_problems(target, metric, said) == expected


@pytest.mark.parametrize(("target", "metric", "said", "expected"), [
    ("耕地保有量和永久基本农田保护面积完成市下达任务", "耕地保有量", "耕地保护目标责任考核获评优秀等次，新建高标准农田3.2万亩。",
     "unclear"),
    ("粮食综合生产能力完成市下达任务", "粮食综合生产能力", "全县粮食安全党政同责考核位列全市第二。", "unclear"),
    # guards: the quota said met decides; an assessment with no result, a place of another measure, another duty's
    # assessment and the other quota's assessment are no answer
    ("耕地保有量完成市下达任务", "耕地保有量", "耕地保有量完成市下达任务，耕地保护目标责任考核获评优秀等次。", "achieved"),
    ("粮食综合生产能力完成市下达任务", "粮食综合生产能力", "认真迎接粮食安全党政同责考核。", "not_reported"),
    ("粮食综合生产能力完成市下达任务", "粮食综合生产能力", "粮食单产居全市第一。", "not_reported"),
    ("耕地保有量完成市下达任务", "耕地保有量", "安全生产目标责任考核获评优秀等次。", "not_reported"),
    ("耕地保有量完成市下达任务", "耕地保有量", "粮食安全党政同责考核位列全市第二。", "not_reported"),
], ids=["farmland by its assessment's grade", "grain capacity by its assessment's place", "the quota said met",
        "an assessment awaited", "a place of the yield", "another duty's assessment", "the other quota's assessment"])
def test_a_quota_answered_by_its_duty_assessment(target, metric, said, expected):
    assert outcome_with_problems(target, metric, said) == expected


# The status side of R&D's one spelling (vocab.full_names is the status rules' noun matching too): a task on R&D under its
# long name now finds the reply's 研发 figures, so a reply saying the measure is a yearly statistic (研发经费为年度统计
# 数据: words.toml report.periodic_indicator) with only an earlier year's figure stays unclear (rules PeriodicIndicator).
@pytest.mark.parametrize(("task", "progress", "expected"), [
    ("全社会研究与试验发展经费投入增长10%", "研发经费为年度统计数据，目前正在组织企业填报。2023年全市研发经费投入增长12.6%。",
     "unclear"),
    # guards: the period's own figure decides; the words alone with no figure are unclear too
    ("全社会研究与试验发展经费投入增长10%", "研发经费为年度统计数据，1-6月全市研发经费投入增长11.2%。", "on_track"),
    ("全社会研发经费投入增长10%", "研发经费为季度统计数据，目前正在组织企业填报。", "unclear"),
], ids=["an earlier year's figure", "the period's figure", "no figure"])
def test_rd_said_a_yearly_statistic(task, progress, expected):
    from datetime import date

    from tests.status_judge import judge
    assert judge(task, progress, date(2024, 6, 30)).status == expected


# A results box's lines, each figure before its metric (【数字看2024】 then 6.1%　地区生产总值增速): the growth of the metric
# named after the figure (verify/claims._BOX_NAMED_AFTER), the space between kept (claims._BOX_LINE).
_BOXED = ("某市人民政府工作报告\n\n一、过去一年工作回顾\n\n过去一年，全市经济稳中有进。\n\n【数字看2024】\n{box}\n\n"
          "二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n")
_BOX_PLAN = ("某市人民政府工作报告\n\n二、今年工作安排\n\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，"
             "规模以上工业增加值增长7%，城镇调查失业率控制在5.3%以内。\n")


@pytest.mark.parametrize(("box", "expected"), [
    ("6.1%　地区生产总值增速\n6.4%　规上工业增加值增长\n5.1%　城镇调查失业率",
     {"地区生产总值": "achieved", "规模以上工业增加值": "not_met", "城镇调查失业率": "achieved"}),
    ("6.1%  地区生产总值增幅\n7.8%　规模以上工业增加值增速",
     {"地区生产总值": "achieved", "规模以上工业增加值": "achieved", "城镇调查失业率": "not_reported"}),
    # guard: a box line of a level (a share, no growth word) keeps its reading; a spaced sentence is read as before
    ("5.1%　城镇调查失业率\n地区生产总值增长 6.1 %，规模以上工业增加值增长 7.8 %。",
     {"地区生产总值": "achieved", "规模以上工业增加值": "achieved", "城镇调查失业率": "achieved"}),
], ids=["growth words after each figure", "wide spaces and another growth word", "a level's line and a spaced sentence"])
def test_a_results_box_names_each_figure_after_it(box, expected):
    assert outcomes_by_metric(_BOX_PLAN, _BOXED.format(box=box)) == expected
