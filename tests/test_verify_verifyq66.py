"""The lead's answers of stop 66 to the questions the decision on a metric named in words only left open (issue 10;
bench/labels/verify_real/README.md, "Decision, stop 66 (continued)"), written into the engine by verifyq.  Every
sentence below was written for this file, in other words than any label row:

- the work done for a metric said in the year's review with the state it reached (促进…平稳增长, 推动物价总体平稳: a verb
  of words.toml verify.work_result_verb right before the metric's own name, a word of how it went right after) names
  the metric with how it went: `unclear`, the sentence quoted (mentions._work_said), not `not_reported`;
- a whole investment's share of its yearly plan against a growth target (…完成年度计划的N%) is a related figure only
  (D2): `unclear`, quoted, with a reason naming the share (verify/judge, verify.share_of_plan);
- a difficulty ahead said of the metric (…压力较大, …面临挑战: verify.difficulty) says nothing of how the year went:
  `not_reported`;
- the employment situation (就业局势) names an unemployment rate's matter; the jobs work (稳就业工作, its effect) does not —
  its measure is the new jobs.

Near misses (guards): the same words in the next year's plan part, or after a word of the future (要, 将, 力争:
verify.work_future), are an aim, no result; a measure's or a policy's name (…增长的措施: verify.work_named_after); a
part of the metric (an industry's or a zone's investment, a kind of the metric) or another measure; the nation's
figure; a figure of the metric decides; a part's share of its plan answers nothing of the whole.
"""

from __future__ import annotations

import pytest

from tests.verify_pair_answers import corpus
from tests.verify_pair_helpers import PLAN, doc

pytestmark = pytest.mark.engine

REVIEW = (
    "某县人民政府工作报告\n\n一、过去一年工作回顾\n\n过去一年，全县经济稳中有进，地区生产总值增长6.4%。{said}\n\n"
    "同时，我们也清醒认识到，发展中还面临一些困难和问题：{problems}\n\n"
    "二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。{plan}\n"
)

RETAIL = ("社会消费品零售总额增长9%", "社会消费品零售总额")
INDUSTRY = ("规模以上工业增加值增长7.5%", "规模以上工业增加值")
PRICES = ("居民消费价格涨幅控制在2.8%左右", "居民消费价格涨幅")
INVEST = ("固定资产投资增长12%", "固定资产投资")


def _verdict(target: tuple[str, str], said: str, problems: str = "城乡发展还不够协调。", plan: str = ""):
    from luoshi.engine import verify

    found, _ = verify.verify_documents(doc(PLAN.format(target=target[0])),
                                       doc(REVIEW.format(said=said, problems=problems, plan=plan)), "t.txt")
    return next(v for v in found if v.metric == target[1])


@pytest.mark.parametrize(("target", "said", "plan", "expected"), [
    # the work done, said in the review with the state it reached: unclear
    (RETAIL, "举办家电下乡活动30场，促进社会消费品零售总额平稳增长。", "", "unclear"),
    (RETAIL, "出台促消费十条，推动全县社会消费品零售总额稳步增长。", "", "unclear"),
    (INDUSTRY, "兑现惠企资金2.1亿元，推动规上工业增加值较快增长。", "", "unclear"),
    (PRICES, "加强粮油肉菜保供稳价，推动物价总体平稳。", "", "unclear"),
    (INVEST, "新开工项目85个，推动固定资产投资持续增长。", "", "unclear"),
    # guards: the plan part's words, a word of the future before the verb: an aim
    (RETAIL, "举办家电下乡活动30场。", "要促进社会消费品零售总额平稳增长。", "not_reported"),
    (RETAIL, "我们将推动社会消费品零售总额较快增长。", "", "not_reported"),
    (RETAIL, "力争推动社会消费品零售总额稳步增长。", "", "not_reported"),
    (PRICES, "今年要推动物价总体平稳。", "", "not_reported"),
    # guards: a measure's or a policy's name
    (RETAIL, "印发促进社会消费品零售总额增长的若干措施。", "", "not_reported"),
    (INDUSTRY, "制定推动规上工业增加值稳定增长政策。", "", "not_reported"),
    # guards: a part of the metric, another measure, the nation's
    (INVEST, "推动工业固定资产投资较快增长。", "", "not_reported"),
    (INVEST, "推动民间投资稳步增长。", "", "not_reported"),
    (INDUSTRY, "推动开发区规上工业增加值较快增长。", "", "not_reported"),
    (PRICES, "推动消费品以旧换新。", "", "not_reported"),
    (INVEST, "推动全国固定资产投资稳步增长。", "", "not_reported"),
], ids=["retail, a review's work", "retail with the county named", "industry, short name", "prices said steady",
        "investment", "the plan part", "将", "力争", "要, prices", "a measure's name", "a policy's name",
        "industry's investment", "private investment", "a zone's industry", "another thing pushed", "the nation's"])
def test_work_done_with_the_state_reached(target, said, plan, expected):
    verdict = _verdict(target, said, plan=plan)
    assert corpus.outcome(verdict) == expected, verdict.reason
    if expected == "unclear":
        assert verdict.evidence, "the sentence is quoted"


@pytest.mark.parametrize(("target", "said", "expected"), [
    # a figure of the metric decides, work said or not
    (RETAIL, "推动社会消费品零售总额较快增长，全年增长10.2%。", "achieved"),
    (INDUSTRY, "推动规上工业增加值较快增长，全年增长5.1%。", "not_met"),
], ids=["over", "under"])
def test_a_figure_decides_beside_the_work(target, said, expected):
    assert corpus.outcome(_verdict(target, said)) == expected


@pytest.mark.parametrize(("target", "problems"), [
    (INDUSTRY, "工业稳增长压力依然较大，"),
    (RETAIL, "推动社会消费品零售总额保持较快增长面临挑战，"),
    (("单位地区生产总值能耗下降3.2%", "单位地区生产总值能耗"), "能耗双控压力加大，"),
], ids=["pressure", "a challenge ahead", "dual control's pressure"])
def test_a_difficulty_ahead_is_no_result(target, problems):
    assert corpus.outcome(_verdict(target, "开展各类招商活动20场。", problems=problems)) == "not_reported"


@pytest.mark.parametrize(("said", "expected", "share"), [
    # the whole's share of its yearly plan against a rate: a related figure only, quoted
    ("固定资产投资完成年度计划的78%。", "unclear", "78%"),
    ("全县固定资产投资完成年度投资计划的104%。", "unclear", "104%"),
    # guards: the rate beside it decides; a part's share answers nothing of the whole
    ("固定资产投资完成年度计划的78%，增长4.6%。", "not_met", None),
    ("工业投资完成年度计划的90%。", "not_reported", None),
], ids=["under the plan", "over the plan", "the rate beside it", "a part's share"])
def test_a_whole_share_of_its_plan_against_a_rate(said, expected, share):
    verdict = _verdict(INVEST, said)
    assert corpus.outcome(verdict) == expected, verdict.reason
    if share:
        assert share in verdict.reason and "计划" in verdict.reason


@pytest.mark.parametrize(("said", "expected"), [
    # the employment situation names an unemployment rate's matter (stop 66; D7 stands beside it)
    ("全县就业局势保持总体稳定。", "unclear"),
    # guards: the jobs work names the new jobs' measure, not the rate
    ("稳就业工作扎实推进。", "not_reported"),
    ("稳就业成效明显。", "not_reported"),
], ids=["the employment situation", "the jobs work", "the jobs work's effect"])
def test_the_employment_situation_and_the_jobs_work(said, expected):
    target = ("城镇调查失业率控制在5.4%以内", "城镇调查失业率")
    assert corpus.outcome(_verdict(target, said)) == expected
