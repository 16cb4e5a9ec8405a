"""Two ways reports are written that the rules had not met (issue 10, stop 45; found by the held-out pairs v176 and v199):
the year's targets given in two labelled sentences, the expected ones and the binding ones (主要预期性指标为：…。
主要约束性指标为：…。), both read — 预期性指标 / 预期性目标 name the expected targets as 预期指标 does, 约束性目标 the binding
ones as 约束性指标 does (part.targets_short); and a quota handed down by a level above (…完成省下达任务, 控制在市下达目标
以内), which has no figure, said done in the review under another name of the same quota (节能降耗完成省下达年度目标,
全面完成市下达的能耗双控目标任务 for an energy-intensity quota): met, or not met when negated — a target with a figure
stays unclear against such words (verify.quota_set_above).  The reviews may also say a result within the quota of a
prefecture, a city or the level above (控制在州下达目标以内, 控制在上级下达的目标以内: verify.done_in_words).  Every
report and sentence below was written for these tests (某某 names), each outcome by reading before the engine was run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from luoshi.engine import reader
from luoshi.engine.model import SourceText
from tests.test_verify_ways import REVIEW, verdict_against

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.engine

_PLAN = """某某县人民政府工作报告
——2026年1月12日在某某县第十八届人民代表大会第六次会议上

县长　某某

各位代表：

一、2025年工作回顾

2025年，全县地区生产总值增长4.7%，一般公共预算收入增长2.6%。

二、2026年工作安排

{targets}

（一）扩大有效投资。全年实施县级重点项目80个，完成投资150亿元。

各位代表，让我们团结一心、开拓奋进，奋力谱写某某高质量发展新篇章！
"""


def _targets(targets):
    doc = reader.read_text(SourceText(_PLAN.format(targets=targets), "txt"), "n.txt")
    return sorted((t["metric"], t["comparator"], t["value"]) for t in corpus.engine_targets(doc))


_BOTH = [
    ("城镇常住居民人均可支配收入", ">=", 6.0),
    ("森林覆盖率", ">=", 45.0),
    ("社会消费品零售总额", ">=", 5.5),
    ("粮食产量", ">=", 30.0),
    ("县地区生产总值", "=", 5.3),
]


@pytest.mark.parametrize("targets", [
    "今年全县经济社会发展的主要预期性指标为：县地区生产总值增长5.3%左右，社会消费品零售总额增长5.5%，城镇常住居民人均"
    "可支配收入增长6%，粮食产量稳定在30万吨以上。主要约束性指标为：森林覆盖率保持在45%以上。",
    "2026年主要预期性目标是：县地区生产总值增长5.3%左右，社会消费品零售总额增长5.5%，城镇常住居民人均可支配收入增长6%，"
    "粮食产量稳定在30万吨以上；主要约束性目标是：森林覆盖率保持在45%以上。",
], ids=["预期性指标为, 约束性指标为", "预期性目标是, 约束性目标是"])
def test_expected_and_binding_targets_in_two_labelled_sentences(targets):
    assert _targets(targets) == sorted(_BOTH)


def test_the_labelled_words_without_为_or_是_name_no_targets():
    # (guard) 预期性指标 in a sentence about how targets are set, with no 为/是 and colon after it: no targets
    got = _targets("我们将统筹预期性指标和约束性指标的关系，县地区生产总值增长5.3%左右的安排留有余地。"
                   "全年实施县级重点项目80个。")
    assert ("社会消费品零售总额", ">=", 5.5) not in got and ("森林覆盖率", ">=", 45.0) not in got


_ENERGY = "单位地区生产总值能耗"


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    # a quota handed down, said done under another name of the same quota
    ("单位地区生产总值能耗下降完成市下达任务", "节能降耗完成市下达的年度目标。", _ENERGY, "achieved"),
    ("单位地区生产总值能耗降低完成省下达任务", "全年节能降碳完成省下达年度任务。", _ENERGY, "achieved"),
    ("单位地区生产总值能耗降低完成省下达任务", "圆满完成省下达的能耗双控目标任务。", _ENERGY, "achieved"),
    ("单位地区生产总值能耗降低完成省下达任务", "节能降耗未完成省下达年度目标。", _ENERGY, "not_met"),
    # (guard) a target with a figure against the same words: no figure to set against it
    ("单位地区生产总值能耗降低3%", "节能降耗完成省下达年度目标。", _ENERGY, "unclear"),
    # (guard) the quota only hoped to be done
    ("单位地区生产总值能耗降低完成省下达任务", "节能降耗年度任务有望完成。", _ENERGY, "unclear"),
    # (guard) the metric's own name still settles it
    ("单位地区生产总值能耗降低完成省下达任务", "单位地区生产总值能耗下降完成省下达目标。", _ENERGY, "achieved"),
], ids=["节能降耗 done", "节能降碳 done", "能耗双控 done before", "节能降耗 not done", "a figure target", "hoped",
        "its own name"])
def test_a_quota_said_done_under_another_name(target, said, metric, outcome):
    x = verdict_against(REVIEW, target, "review", said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("城镇调查失业率控制在市下达目标以内", "城镇调查失业率控制在市下达目标以内。", "城镇调查失业率", "achieved"),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率控制在上级下达的目标以内。", "城镇登记失业率", "achieved"),
    ("主要污染物排放总量完成市下达任务", "主要污染物排放总量控制在市下达指标以内。", "主要污染物排放总量", "achieved"),
    # (guard) the figure given beside the words settles it
    ("城镇调查失业率控制在5.1%以内", "城镇调查失业率5.4%，未控制在市下达目标以内。", "城镇调查失业率", "not_met"),
], ids=["市下达 quota", "上级下达 quota for a cap", "市下达 quota of emissions", "a figure above the cap"])
def test_within_the_quota_of_a_level_above(target, said, metric, outcome):
    x = verdict_against(REVIEW, target, "review", said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "outcome"), [
    # a quota with no number on a name with its other name in brackets, the review giving the level under either name:
    # named, but no figure to set against the quota (unclear, quoted)
    ("细颗粒物（PM2.5）年均浓度完成省下达任务", "全县PM2.5年均浓度为27微克/立方米。", "unclear"),
    ("细颗粒物（PM2.5）年均浓度完成省下达任务", "细颗粒物年均浓度26微克/立方米。", "unclear"),
    # (guard) the quota said done in the name without brackets; nothing said of it
    ("细颗粒物（PM2.5）年均浓度完成省下达任务", "细颗粒物年均浓度完成省下达目标。", "achieved"),
    # a related measure only (the good days' share): quoted unclear by the lead's convention D2 of stop 50, as 能耗 is for
    # 节能减排 (docs/reading-reports.md, verifyf); before it this read not_reported
    ("细颗粒物（PM2.5）年均浓度完成省下达任务", "空气质量优良天数比例达到90.3%。", "unclear"),
], ids=["the other name", "the name without brackets", "said done", "not said"])
def test_a_bracketed_name_of_a_quota_target(target, said, outcome):
    x = verdict_against(REVIEW, target, "review", said, None)
    assert x.outcome == outcome, x.reason
