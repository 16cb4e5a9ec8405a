"""Rules written from the fifty-fifth invented set's first run (bench/labels/verify_invented/ v161, labelled before
the engine was run on it), as tables of invented review sentences with guards:

- a result said below its target with no figure (…低于预期目标, 低于年初目标) is short for an ordinary metric but met for a
  cap or a metric where lower is better (失业率, PM2.5 …: verify.shortfall_below); said above it (高于预期目标) the other
  way round; a fall target said below its target is still short; a result figure beside the words decides;
- a result said above or below the target it restates with no result figure (固定资产投资增速高于10%的年度目标, 低于5%的
  预期目标) is said above or below the target in words, the figure the target's (restated._VERSUS_RESTATED), not a
  restated target dropped;
- a cap said within its target range (运行在4.2%的目标区间内, 保持在目标区间以内: verify.kept_within_after,
  verify.done_in_words) is kept, met;
- a place said after the ranking's own word with no verb (考核中位次全省第三, 排名全市前五: target.rank_word) is its place;
- a ranking target in a paragraph of its own right after the targets' paragraph (同时，…，营商环境评价考核进入全省前五) is
  a target of the year (tasks/report.py), a target of another kind there is not;
- a metric named in the review without what its name gives in brackets (细颗粒物平均浓度 for 细颗粒物（PM2.5）平均浓度) is
  named (mentions._keys).
"""

from __future__ import annotations

import pytest

from luoshi.engine import verify as v
from tests.test_verify_ways import PLAN, REVIEW, _read

pytestmark = pytest.mark.engine


def _verdict(target: str, key: str, review: str = "", problems: str = ""):
    text = REVIEW.format(head="", review=review, bullet="", problems=problems)
    verdicts, _ = v.verify_documents(_read(PLAN.format(target=target), "n.txt"), _read(text, "n1.txt"))
    return next(x for x in verdicts if key in x.metric)


BELOW_OR_ABOVE_IN_WORDS = [
    ("城镇调查失业率控制在5.2%以内", "城镇调查失业率", "全年城镇调查失业率低于年初预期目标。", "", "achieved"),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "", "城镇登记失业率高于预期目标，", "not_met"),
    ("细颗粒物（PM2.5）平均浓度控制在30微克/立方米以内", "平均浓度", "", "细颗粒物平均浓度高于预期目标，", "not_met"),
    ("细颗粒物（PM2.5）平均浓度控制在30微克/立方米以内", "平均浓度", "细颗粒物平均浓度低于年度目标。", "", "achieved"),
    # guards: an ordinary growth below (short) or above (met) its target; a fall below its target (short); a figure
    # over the cap beside the words; the cap's metric said nowhere
    ("规模以上工业增加值增长8%", "规模以上工业增加值", "", "规模以上工业增加值增长低于年初预期，", "not_met"),
    ("一般公共预算收入增长6%", "一般公共预算收入", "一般公共预算收入增长高于预期。", "", "achieved"),
    ("单位地区生产总值能耗下降3%", "能耗", "", "单位地区生产总值能耗降幅低于预期目标，", "not_met"),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "城镇登记失业率为4.3%。", "城镇登记失业率低于预期目标，", "not_met"),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "", "消费增长低于预期，", "not_reported"),
]


@pytest.mark.parametrize(("target", "key", "review", "problems", "outcome"), BELOW_OR_ABOVE_IN_WORDS)
def test_below_or_above_the_target_in_words(target, key, review, problems, outcome):
    x = _verdict(target, key, review, problems)
    assert x.outcome == outcome, x.reason


VERSUS_THE_TARGET_IT_NAMES = [
    ("固定资产投资增长10%", "固定资产投资", "固定资产投资增长高于10%的年度目标。", "achieved"),
    ("外贸进出口总额增长5%", "进出口总额", "外贸进出口总额增速低于5%的预期目标。", "not_met"),
    ("地区生产总值增长6.5%左右", "地区生产总值", "全市地区生产总值增速高于6.5%左右的预期目标。", "achieved"),
    # guards: a result figure beside the words decides; an average, not the target; points over the target
    ("固定资产投资增长10%", "固定资产投资", "固定资产投资增长9.1%，低于10%的年度目标。", "not_met"),
    ("固定资产投资增长10%", "固定资产投资", "固定资产投资增长8.4%，高于8%的全省平均水平。", "not_met"),
    ("社会消费品零售总额增长7%", "社会消费品零售总额", "社会消费品零售总额增速高于年初目标0.8个百分点。", "achieved"),
]


@pytest.mark.parametrize(("target", "key", "review", "outcome"), VERSUS_THE_TARGET_IT_NAMES)
def test_above_or_below_the_target_it_names(target, key, review, outcome):
    x = _verdict(target, key, review)
    assert x.outcome == outcome, x.reason


WITHIN_THE_TARGET_RANGE = [
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "城镇登记失业率运行在4.2%的目标区间内。", "achieved"),
    ("居民消费价格涨幅3%左右", "居民消费价格", "物价涨幅保持在目标区间以内。", "achieved"),
    # guards: negated; a result figure over the cap beside it
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "城镇登记失业率未能保持在目标区间内。", "not_met"),
    ("城镇调查失业率控制在5.3%以内", "城镇调查失业率", "城镇调查失业率为5.8%，运行在5.3%的目标区间内。", "not_met"),
]


@pytest.mark.parametrize(("target", "key", "review", "outcome"), WITHIN_THE_TARGET_RANGE)
def test_within_the_target_range(target, key, review, outcome):
    x = _verdict(target, key, review)
    assert x.outcome == outcome, x.reason


PLACE_AFTER_THE_RANKING_WORD = [
    ("高质量发展综合考核进入全市前三", "高质量发展综合考核", "高质量发展综合考核位次全市第二。", "achieved"),
    ("营商环境评价进入全省前十", "营商环境评价", "在全省营商环境评价中排名第十二。", "not_met"),
    ("科技创新考核进入全市前五", "科技创新考核", "科技创新考核名次全市前三。", "achieved"),
    # guards: a group of places, a part of the year, a move with no place
    ("科技创新考核进入全市前五", "科技创新考核", "科技创新考核位次全市第一方阵。", "unclear"),
    ("科技创新考核进入全市前五", "科技创新考核", "科技创新考核位次前三季度保持稳定。", "unclear"),
    ("科技创新考核进入全市前五", "科技创新考核", "科技创新考核位次较上年前移3位。", "unclear"),
]


@pytest.mark.parametrize(("target", "key", "review", "outcome"), PLACE_AFTER_THE_RANKING_WORD)
def test_a_place_after_the_ranking_word(target, key, review, outcome):
    x = _verdict(target, key, review)
    assert x.outcome == outcome, x.reason


RANKING_IN_THE_NEXT_PARAGRAPH = [
    ("此外，着力打造一流营商环境，县域经济综合考核进入全省前十", True),
    ("同时，科技创新考核保持全市第一", True),
    # guards: another kind of target in the next paragraph; the work to follow; a place in a sentence of its own
    # two paragraphs after
    ("同时，研发经费投入增长12%", False),
    ("实现上述目标，要重点做好以下工作", False),
    ("\n\n今年是关键之年。\n\n县域经济综合考核进入全省前十", False),
]


@pytest.mark.parametrize(("after", "ranked"), RANKING_IN_THE_NEXT_PARAGRAPH)
def test_a_ranking_target_in_the_paragraph_after_the_targets(after, ranked):
    plan = PLAN.format(target="地区生产总值增长6%。\n\n" + after)
    verdicts, _ = v.verify_documents(_read(plan, "n.txt"), _read(REVIEW.format(head="", review="", bullet="", problems=""),
                                                                  "n1.txt"))
    assert any(x.target.get("kind") == "rank" for x in verdicts) == ranked
    assert not any("研发" in x.metric for x in verdicts)
