"""How targets tied to a period or to another government's average are written, and how a plan-end review answers
them (issue 10, stop 51, verifyx; found by the held-out real pairs r118–r120 of stop 50, now dev):

* a target judged over the plan period rather than the year (能耗强度目标在“十四五”规划期内统筹考核, …在规划期内统筹考虑) is a
  qualitative target of the metric before 在, kept level with the plan (=) — read, so that a review silent on it is
  not reported for it (words.toml target.period_assessed, target.period_within);
* a growth to reach another government's average with no figure (财政收入增长达全省平均) is a floor on that average
  (>=), as 达到全省平均水平 already was (target.reach_average);
* a clause whose subject is a copula alone (是与…相匹配的, 也是与…相一致的) says how the targets were set: no target
  (target.copula_subject);
* the economy's growth written 经济增长8%左右 is read as the growth of a metric named 经济: it is the economy's, answered
  by the review's 地区生产总值 (verify.naming._is_economy);
* a second list of rates after a 分别 list of levels, opened by a word of several years (…分别达到…元、…元，年均增长8%和
  10.2%), gives each group its own rate over the years (verify.respective), and a qualitative target on one group's
  growth answered only by its rate of the five years is quoted, unclear (the lead's convention D3) — never a rate of
  another group nor of another measure (地区生产总值年均增长… is no energy intensity's);
* a 分别 list of rates whose names stand in a clause of their own before it (A、B、C，年均分别增长…、…和…) gives each
  name its figure in turn, when the names are as many as the figures (verify.respective._names_before_respectively).

The reports and clauses below were written for these tests (某某 names)."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, targets, verify
from luoshi.engine.model import SourceText
from luoshi.engine.verify.review import review_claims

pytestmark = pytest.mark.engine


def _read(clause):
    return [(i.metric, i.comparator, i.kind) for i in targets.parse_clause(clause)]


@pytest.mark.parametrize(("clause", "expected"), [
    # judged over the plan period: the metric before 在, level with the plan
    ("能耗强度目标在“十五五”规划期内统筹考核", [("能耗强度", "=", "qualitative")]),
    ("单位地区生产总值能耗指标在规划期内统筹考虑", [("单位地区生产总值能耗", "=", "qualitative")]),
    ("碳排放强度在“十四五”时期内统筹考核", [("碳排放强度", "=", "qualitative")]),
    # a growth to reach another government's average
    ("税收收入增长达全市平均", [("税收收入", ">=", "qualitative")]),
    ("农民收入增速达全国平均水平", [("农民收入", ">=", "qualitative")]),
    ("财政收入增长达到全省平均水平", [("财政收入", ">=", "qualitative")]),
    # a copula alone before 与…一致: how the targets were set, no target
    ("是与县第十五次党代会提出的目标相衔接的", []),
    ("也是与全市“十五五”规划纲要相一致的", []),
    ("既是与上级要求相适应的", []),
    # unchanged: a metric kept in step
    ("全县居民人均收入增幅与经济增速保持同步", [("居民人均收入", "=", "qualitative")]),
])
def test_targets_of_a_period_an_average_and_no_subject(clause, expected):
    assert _read(clause) == expected


N = ("某某县政府工作报告\n\n二、2026年工作安排\n\n"
     "全县经济社会发展的主要预期目标是：{targets}。\n")
N1 = ("某某县政府工作报告\n\n一、过去五年和2026年工作回顾\n\n"
      "过去五年，是全县发展极不平凡的五年。{five}\n\n"
      "过去的一年，{year}\n\n"
      "我们也清醒认识到，发展中还存在一些困难和问题。\n")


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


def _verdict(targets_text, metric, five="", year="全县上下团结奋斗，各项工作取得新进展。"):
    verdicts, _ = verify.verify_documents(_doc(N.format(targets=targets_text)),
                                          _doc(N1.format(five=five, year=year)), "t.txt")
    found = [v for v in verdicts if v.metric == metric]
    assert len(found) == 1, [v.metric for v in verdicts]
    return found[0]


@pytest.mark.parametrize(("targets_text", "metric", "year", "outcome", "quoted"), [
    # the economy's growth named 经济增长, answered by 地区生产总值's rate
    ("经济增长7%左右，城镇新增就业3000人", "经济", "初步核算，全县地区生产总值增长5.2%。", "not_met", "5.2%"),
    ("全县经济增长6.5%，城镇新增就业3000人", "经济", "预计全县地区生产总值增长6.8%。", "achieved", "6.8%"),
])
def test_the_economy_s_growth_named_economy(targets_text, metric, year, outcome, quoted):
    v = _verdict(targets_text, metric, year=year)
    assert v.outcome == outcome
    assert v.actual is not None and v.actual["text"] == quoted


def test_a_target_over_the_plan_period_is_read_and_not_reported_where_the_review_is_silent():
    v = _verdict("地区生产总值增长6%，能耗强度目标在“十五五”规划期内统筹考核", "能耗强度",
                 year="全县地区生产总值增长6.1%。")
    assert v.outcome == "not_reported"


@pytest.mark.parametrize(("body", "expected"), [
    # a second list after the levels, opened by a word of several years: each group its own rate
    ("五年来，城镇、农村居民人均可支配收入分别达到41200元、20350元，年均增长6.1%和7.9%。",
     [("城镇居民人均可支配收入", 6.1), ("农村居民人均可支配收入", 7.9)]),
    ("到五年末，城镇和农村常住居民人均可支配收入分别达到3.9万元、1.8万元，年均分别增长5.5%、8.2%。",
     [("城镇常住居民人均可支配收入", 5.5), ("农村常住居民人均可支配收入", 8.2)]),
])
def test_a_five_years_second_list_gives_each_group_its_rate(body, expected):
    _rates_are(body, expected)


def _rates_are(body, expected):
    claims = review_claims(_doc(N1.format(five=body, year="各项工作取得新进展。")), [], several_years=True)
    rates = [(c.metric, c.value) for c in claims if c.kind == "growth_rate"]
    assert rates == expected
    assert all(c.several_years for c in claims if c.kind == "growth_rate")


@pytest.mark.parametrize(("body", "expected"), [
    # the names in a clause of their own before the 分别 list of rates (with the years' word or without)
    ("五年来，工业增加值、社会消费品零售总额、一般公共预算收入，年均分别增长6.4%、5.1%和7.2%。",
     [("工业增加值", 6.4), ("社会消费品零售总额", 5.1), ("一般公共预算收入", 7.2)]),
    ("过去五年，进出口总额、实际利用外资，分别年均增长9%和4.5%。", [("进出口总额", 9.0), ("实际利用外资", 4.5)]),
])
def test_names_in_the_clause_before_a_respective_list(body, expected):
    _rates_are(body, expected)


def test_names_before_a_respective_list_must_be_as_many_as_its_figures():
    claims = review_claims(_doc(N1.format(five="五年来，工业和服务业，年均分别增长6.4%、5.1%和7.2%。", year="各项工作取得新进展。")),
                           [], several_years=True)
    assert not any(c.metric in ("工业", "服务业") for c in claims)


_FIVE = "五年来，城镇、农村居民人均可支配收入分别达到41200元、20350元，年均增长6.1%和7.9%。"


@pytest.mark.parametrize(("targets_text", "metric", "five", "outcome", "quoted"), [
    # a group's growth tied to the province, answered only by its own rate of the five years: quoted, unclear
    ("地区生产总值增长6%，农村居民人均可支配收入增长高于全省1个百分点", "农村居民人均可支配收入", _FIVE,
     "unclear", "7.9%"),
    ("地区生产总值增长6%，城镇居民人均可支配收入增长高于全市0.5个百分点", "城镇居民人均可支配收入", _FIVE,
     "unclear", "6.1%"),
    # guards: a group's rate does not answer the other group; the economy's rate is no energy intensity's
    ("地区生产总值增长6%，农村居民人均可支配收入增长高于全省1个百分点", "农村居民人均可支配收入",
     "五年来，城镇居民人均可支配收入年均增长6.1%。", "not_reported", None),
    ("地区生产总值增长6%，单位地区生产总值能耗持续下降", "单位地区生产总值能耗",
     "五年来，全县地区生产总值年均增长6.4%。", "not_reported", None),
])
def test_a_qualitative_target_answered_by_its_own_rate_of_the_five_years(targets_text, metric, five, outcome, quoted):
    v = _verdict(targets_text, metric, five=five)
    assert v.outcome == outcome
    if quoted:
        assert v.actual is not None and v.actual["text"] == quoted
