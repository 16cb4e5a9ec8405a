"""Two readings of a review against the year's targets (issue 10, stop 44; found by last stop's held-out pairs v195 and
r93's neighbour r76, now development material):

- A problems sentence lists several complaints, each a clause of its own, and one says a target was missed (全市经济总量
  不大、产业层次不高，有效投资后劲不足，消费复苏不及预期): the clause holding the shortfall word names the metric missed,
  and the metrics of the other complaints are not said missed (verify.entry._own_clause_allows).  A clause naming no
  target before its word (…，未完成年度目标) names what the clause before it names; a clause saying a target's result in
  other words (…增速与年度目标相差…, …增速下降: words.toml verify.shortfall_own_clause) names its own; a shortfall word
  heading a list after a colon says every item missed.
- A count target of the year's new ones (新增市场主体5000户: verify.new_count) answered by the whole stock standing
  (市场主体总量突破6万户: figure.stock_total) is another measure: unclear, quoted (verify.judge._stock_for_new).

Each row an invented plan and review (某某 names), its outcome written by reading before the engine was run on it."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText

pytestmark = pytest.mark.engine

_PLAN = """某某市人民政府工作报告
——2025年1月8日在某某市第十届人民代表大会第四次会议上

各位代表：

一、2024年工作回顾

2024年，全市地区生产总值增长5.1%。

二、2025年工作安排

今年全市经济社会发展的主要预期目标是：{targets}。

各位代表，让我们团结奋进！
"""
_REVIEW = """某某市人民政府工作报告
——2026年1月7日在某某市第十届人民代表大会第五次会议上

各位代表：

一、2025年工作回顾

2025年，全市经济运行稳中有进。{review}

同时，我们也清醒看到，{problems}。

二、2026年工作安排

今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右。

各位代表，让我们团结奋进！
"""
_TARGETS = "地区生产总值增长6%，社会消费品零售总额增长7%，固定资产投资增长9%，外贸进出口总额增长5%"


def _outcomes(review, problems, targets=_TARGETS):
    plan = reader.read_text(SourceText(_PLAN.format(targets=targets), "txt"), "n.txt")
    report = reader.read_text(SourceText(_REVIEW.format(review=review, problems=problems), "txt"), "n1.txt")
    verdicts, _ = verify.verify_documents(plan, report)
    return {v.metric: v.outcome for v in verdicts}


@pytest.mark.parametrize(
    ("review", "problems", "metric", "outcome"),
    [
        # the shortfall clause names retail: the economy's size complained of before it is not said missed
        (
            "全市地区生产总值增长6.4%，社会消费品零售总额增长5.2%。",
            "全市经济总量不大、产业层次不高，招商引资后劲不足，消费复苏不及预期",
            "地区生产总值",
            "achieved",
        ),
        (
            "全市地区生产总值增长6.4%，社会消费品零售总额增长5.2%。",
            "全市经济总量不大、产业层次不高，招商引资后劲不足，消费复苏不及预期",
            "社会消费品零售总额",
            "not_met",
        ),
        # …and the trade figure over its floor, beside a complaint about investment falling short
        (
            "外贸进出口总额增长6.8%。",
            "外贸企业经营压力较大，固定资产投资增速低于年初预期",
            "外贸进出口总额",
            "achieved",
        ),
        # (guard) a clause naming nothing before its word names what the clause before it names
        (
            "全市地区生产总值增长6.4%。",
            "固定资产投资受项目接续不足影响，未完成年度目标，创新能力不强",
            "固定资产投资",
            "not_met",
        ),
        # (guard) a clause saying the result in other words names its own metric
        (
            "全市社会消费品零售总额增长7.5%。",
            "地区生产总值增速与年度目标相差0.5个百分点，消费复苏不及预期",
            "地区生产总值",
            "not_met",
        ),
        # (guard) a shortfall word heading a list after a colon: every item said missed
        (
            "全市地区生产总值增长6.4%。",
            "部分指标未完成年度目标：外贸进出口增速放缓，消费复苏不及预期",
            "外贸进出口总额",
            "not_met",
        ),
    ],
    ids=[
        "economy-size-complaint",
        "retail-own-clause",
        "other-complaint",
        "bare-clause-reaches-back",
        "other-words-own-clause",
        "colon-list",
    ],
)
def test_the_shortfall_clause_names_the_metric(review, problems, metric, outcome):
    assert _outcomes(review, problems)[metric] == outcome


@pytest.mark.parametrize(
    ("targets", "review", "metric", "outcome"),
    [
        ("新增市场主体5000户", "深化商事制度改革，市场主体总量突破6万户。", "新增市场主体", "unclear"),
        (
            "新培育高新技术企业30家",
            "创新主体不断壮大，高新技术企业总数达到420家。",
            "新培育高新技术企业",
            "unclear",
        ),
        # (guard) the year's new ones beside the stock: the new ones answer
        ("新增市场主体5000户", "新增市场主体6200户，市场主体总量突破6万户。", "新增市场主体", "achieved"),
        # (guard) a stock target answered by the stock
        ("高新技术企业总数达到400家", "高新技术企业总数达到420家。", "高新技术企业总数", "achieved"),
    ],
    ids=["stock-for-new", "total-for-newly-grown", "new-beside-stock", "stock-for-stock"],
)
def test_a_stock_does_not_answer_new_ones(targets, review, metric, outcome):
    outcomes = _outcomes(review, "民生领域还有短板", targets=targets)
    got = outcomes.get(metric, next(iter(outcomes.values())))
    assert got == outcome, outcomes
