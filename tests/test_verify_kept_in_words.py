"""Rules written from the fifty-third invented set's first run (bench/labels/verify_invented/ v155–v157, labelled
before the engine was run on them) and stop 34's leftovers of the real pairs (r07), as tables of invented review
sentences with guards:

- a cap said kept in words with the target's own figure between the verb and the target's noun (登记失业率控制在4.2%
  的年度目标以内, 保持在…的目标之内, …预期目标下运行: verify.kept_within_verb, verify.kept_within_after) is the cap kept,
  achieved — the figure is the target's, no result; not kept when negated; a result figure beside it still decides;
- a growth of R&D spending answered only by its intensity (研发投入占生产总值比重, 研发经费投入强度) is a neighbouring
  metric's figure, quoted and unclear (verify.neighbours), as the intensity answered by the spending's growth was;
  the spending's own growth beside the intensity still decides;
- roughly in step said in words (与经济增长基本同步, verify.in_step_loose) for a target asking 同步 plainly is weaker
  than the target, unclear with no figures; a target itself asking 基本同步 is met by it, and growth figures of both
  decide when the review gives them;
- a growth named with no figure and followed by what drives it (投资增长由…拉动向…拉动转变, 主要靠…带动:
  verify.driven_by, verify.driver_verb) is a sentence on its drivers, no mention of a result: with nothing else said,
  not_reported (r06's reading: a part and a share answer nothing); 增长由负转正 (no driver verb) is still a mention;
- a ranked assessment named with a qualifier and another assessment word at its end (营商环境便利度考评, 营商环境工作考核
  for 营商环境评价: verify.rank_assessment_tail) is the same ranking, and a place right after its name with no verb
  (考核第三名, counted in 名 or 位) is its place.
"""

from __future__ import annotations

import pytest

from luoshi.engine import verify as v
from tests.test_verify_ways import PLAN, REVIEW, _read

pytestmark = pytest.mark.engine


def _verdict(target: str, metric: str, review: str):
    text = REVIEW.format(head="", review=review, bullet="", problems="")
    verdicts, _ = v.verify_documents(_read(PLAN.format(target=target), "n.txt"), _read(text, "n1.txt"))
    return next(x for x in verdicts if x.metric == metric)


CAP_KEPT_WITH_ITS_FIGURE = [
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "城镇登记失业率控制在4.2%的年度目标以内。", "achieved"),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "全年城镇登记失业率保持在4.2%的目标之内。", "achieved"),
    ("城镇调查失业率5.5%左右", "城镇调查失业率", "城镇调查失业率稳定在5.5%左右的预期目标以内。", "achieved"),
    ("城镇调查失业率控制在5.3%以内", "城镇调查失业率", "就业形势总体稳定，城镇调查失业率控制在5.3%预期目标下运行。",
     "achieved"),
    ("居民消费价格涨幅控制在3%以内", "居民消费价格涨幅", "居民消费价格涨幅控制在3%的预期目标范围内。", "achieved"),
    # guards: negated; a figure over the cap it names; a result figure beside the words; the bound with no within word
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "城镇登记失业率未能控制在4.2%的年度目标以内。", "not_met"),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "城镇登记失业率为4.8%，高于4.2%的年度目标。", "not_met"),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "城镇登记失业率为3.9%，控制在4.2%的年度目标以内。",
     "achieved"),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "城镇登记失业率为4.7%，控制在4.2%的年度目标以内。",
     "not_met"),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "新增城镇就业1.1万人，完成4.2%的年度目标任务。", "not_reported"),
]


@pytest.mark.parametrize(("target", "metric", "said", "outcome"), CAP_KEPT_WITH_ITS_FIGURE)
def test_a_cap_said_kept_with_its_own_figure(target, metric, said, outcome):
    x = _verdict(target, metric, said)
    assert x.outcome == outcome, x.reason


INTENSITY_AND_SPENDING = [
    ("研发经费投入增长12%", "研发经费投入", "研发经费投入强度提高到2.31%。", "unclear"),
    ("研发投入增长15%", "研发投入", "全社会研发投入占生产总值比重达到1.9%。", "unclear"),
    ("研发经费投入增长12%", "研发经费投入", "R&D经费投入强度达到2.3%，高新技术企业增至410家。", "unclear"),
    ("研发经费投入强度达到2.2%", "研发经费投入强度", "全社会研发经费投入增长14.6%。", "unclear"),
    # guards: the spending's own growth beside the intensity; the intensity's own level; nothing of R&D said
    ("研发经费投入增长12%", "研发经费投入", "研发经费投入增长11.2%，投入强度提高到2.31%。", "not_met"),
    ("研发经费投入增长12%", "研发经费投入", "研发经费投入强度提高到2.31%，研发经费投入增长13.5%。", "achieved"),
    ("研发经费投入强度达到2.2%", "研发经费投入强度", "研发经费投入强度达到2.26%。", "achieved"),
    ("研发经费投入增长12%", "研发经费投入", "新认定科技型中小企业260家。", "not_reported"),
]


@pytest.mark.parametrize(("target", "metric", "said", "outcome"), INTENSITY_AND_SPENDING)
def test_an_intensity_for_a_spending_growth(target, metric, said, outcome):
    x = _verdict(target, metric, said)
    assert x.outcome == outcome, x.reason


ROUGHLY_IN_STEP = [
    ("城乡居民收入和经济增长保持同步", "城乡居民收入", "城乡居民收入增长与经济增长基本同步。", "unclear"),
    ("居民人均可支配收入增长和经济增长同步", "居民人均可支配收入", "居民人均可支配收入增长和经济增长大体同步。", "unclear"),
    # guards: the target itself roughly in step; said plainly or faster; figures of both given
    ("城乡居民收入增长与经济增长基本同步", "城乡居民收入", "城乡居民收入增长与经济增长基本同步。", "achieved"),
    ("城乡居民收入和经济增长保持同步", "城乡居民收入", "城乡居民收入和经济增长同步。", "achieved"),
    ("城乡居民收入和经济增长保持同步", "城乡居民收入", "城乡居民收入增长快于经济增长。", "achieved"),
    ("居民收入增长与经济增长同步", "居民收入",
     "全市生产总值增长5.2%。全体居民人均可支配收入增长5.6%，与经济增长基本同步。", "achieved"),
    ("居民收入增长与经济增长同步", "居民收入",
     "全市生产总值增长5.9%。全体居民人均可支配收入增长5.4%，与经济增长基本同步。", "not_met"),
]


@pytest.mark.parametrize(("target", "metric", "said", "outcome"), ROUGHLY_IN_STEP)
def test_roughly_in_step_for_a_plain_in_step_target(target, metric, said, outcome):
    x = _verdict(target, metric, said)
    assert x.outcome == outcome, x.reason


DRIVEN_BY = [
    ("固定资产投资增长8%", "固定资产投资", "投资增长由传统基建带动向制造业和民间投资带动转变。", "not_reported"),
    ("固定资产投资增长8%", "固定资产投资", "全年投资增长主要靠一批重大产业项目拉动。", "not_reported"),
    ("社会消费品零售总额增长7%", "社会消费品零售总额", "社会消费品零售总额增长主要由汽车和家电消费支撑。", "not_reported"),
    # guards: a turn in direction, a growth said plainly, a figure beside the drivers
    ("固定资产投资增长8%", "固定资产投资", "固定资产投资增长由负转正。", "unclear"),
    ("固定资产投资增长8%", "固定资产投资", "固定资产投资平稳增长，结构持续优化。", "unclear"),
    ("固定资产投资增长8%", "固定资产投资", "固定资产投资增长8.6%，由基建拉动向产业拉动转变。", "achieved"),
]


@pytest.mark.parametrize(("target", "metric", "said", "outcome"), DRIVEN_BY)
def test_what_drives_a_growth_is_no_result(target, metric, said, outcome):
    x = _verdict(target, metric, said)
    assert x.outcome == outcome, x.reason


RANKING_NAMED_OTHERWISE = [
    ("营商环境评价保持全省前五", "营商环境评价", "在全省营商环境便利度考评中位列第四。", "achieved"),
    ("政务服务满意度评价进入全市前三", "政务服务满意度评价", "政务服务满意度考核位居全市第二。", "achieved"),
    ("营商环境评价保持全省前五", "营商环境评价", "荣获全省营商环境考核第三名。", "achieved"),
    ("营商环境评价保持全省前五", "营商环境评价", "全省营商环境工作考评排名第七。", "not_met"),
    # guards: the subject said with no ranking; another subject's ranking; a figure after the name that is no place
    ("营商环境评价保持全省前五", "营商环境评价", "营商环境持续优化，经营主体增长12%。", "not_reported"),
    ("营商环境评价保持全省前五", "营商环境评价", "政务服务考核位居全省第一。", "not_reported"),
    ("营商环境评价保持全省前五", "营商环境评价", "营商环境考评第三产业得分提高。", "unclear"),
]


@pytest.mark.parametrize(("target", "metric", "said", "outcome"), RANKING_NAMED_OTHERWISE)
def test_a_ranking_named_with_another_assessment_word(target, metric, said, outcome):
    x = _verdict(target, metric, said)
    assert x.outcome == outcome, x.reason
