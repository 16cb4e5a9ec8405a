"""Verify mends of stop 67 (verifyy, issue 10), from the known misses of stop 66's sets (the ninetieth invented set,
v264; the real pair r243).  Every sentence below was written for this file, in other words than any label row, with
guards:

- the coming year's targets set by a verb, with no word naming the targets as a whole — each metric's growth target in
  turn (建议把全县地区生产总值增长目标确定为6%左右，…: structure._targets_set, targets._GROWTH_TARGET with
  part.targets_set_verb, the proposal before the metric left out of its name: words.toml target.proposal_lead), or a
  field's targets after a colon (社会事业方面的指标确定为：…: part.targets_set_noun) — read as the year's targets; a
  task's single aim set so, or such a sentence in a report that names its targets, adds none;
- a fine-particle level measured as the year's mean (年均浓度) is no average over several years (words.toml
  change.year_mean_level), so the field's sentence holding it states the year's targets;
- R&D written by its official long name (研究与试验发展) or its letters (R&D) is 研发 inside every name (words.toml
  verify.alias_words, read before verify.aliases), so a share of GDP under any of the names is the R&D intensity.
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
