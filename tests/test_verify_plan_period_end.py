"""Reviews of the year that ends a plan period, and a few ways of writing the year's results (issue 10, stop 49; found by
held-out real pairs' misses, r112–r114):

* a level its clause dates to the plan period's end (…累计实现城镇新增就业…，期末城镇登记失业率…%) in the five years'
  review is the level at the reviewed year's end: it answers a cap on that level (words.toml verify.period_close);
  a rate of change is never dated by it;
* a neighbouring measure's level at the period's end that only the five years' review gives (“十四五”末，城乡居民人均
  可支配收入达到…元 for a group's income growth) is the only figure of the topic: quoted, unclear (judge, verify.neighbours),
  not not_reported; a neighbour's total or milestone of the five years is not quoted;
* an environment target answered only by the water's quality said to meet its target (水环境质量完成省定考核目标) is
  answered by a neighbour: quoted, unclear (verify.neighbours 环境质量>水环境质量); 生态环境质量巩固提升 is a target
  (target.predicate_end);
* a harvest written 粮食生产面积…、总产…万吨 gives grain's output (target.bare_measure 总产, 生产面积), which decides
  against the city's own floor though the same clause says the province's quota was exceeded.

The reports below were written for these tests (某某 names)."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, targets, verify
from luoshi.engine.model import SourceText

pytestmark = pytest.mark.engine

N = "某某市政府工作报告\n\n二、2025年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
N1 = ("某某市政府工作报告\n\n一、“十四五”时期及2025年工作回顾\n\n"
      "这是人民生活持续改善的五年。{five}\n\n"
      "过去的一年，全市地区生产总值增长5.8%。{year}\n\n"
      "我们也清醒认识到，发展中还存在一些困难和问题。\n")


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


def _verdict(target, metric, five="", year=""):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(five=five, year=year)), "t.txt")
    found = [v for v in verdicts if v.metric == metric]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("target", "metric", "five", "outcome", "quoted"), [
    # a level dated to the period's end answers a cap on it
    ("城镇登记失业率不高于3.8%", "城镇登记失业率", "五年累计新增城镇就业19.6万人，期末城镇登记失业率2.7%。",
     "achieved", "2.7%"),
    ("城镇登记失业率控制在2.5%以内", "城镇登记失业率", "五年累计新增城镇就业19.6万人，期末城镇登记失业率2.7%。",
     "not_met", "2.7%"),
    # a group's income growth answered only by all residents' level at the period's end: quoted, unclear
    ("城镇居民人均可支配收入增长6.5%", "城镇居民人均可支配收入", "“十四五”末，城乡居民人均可支配收入达到41250元。",
     "unclear", "41250元"),
])
def test_a_five_years_review_at_the_period_s_end(target, metric, five, outcome, quoted):
    v = _verdict(target, metric, five=five)
    assert v.outcome == outcome
    assert v.actual is not None and v.actual["text"] == quoted


@pytest.mark.parametrize(("target", "metric", "five"), [
    # guards: a level of the five years with no word dating it to the end; a total of the five years
    ("城镇登记失业率不高于3.8%", "城镇登记失业率", "五年累计新增城镇就业19.6万人，城镇登记失业率年均2.9%。"),
    ("城镇新增就业4万人", "城镇新增就业", "五年累计新增城镇就业19.6万人，期末城镇登记失业率2.7%。"),
])
def test_what_the_period_s_end_does_not_date(target, metric, five):
    v = _verdict(target, metric, five=five)
    assert v.outcome != "achieved"


@pytest.mark.parametrize(("target", "metric", "five"), [
    # a neighbour's total or milestone of the five years, not a level at their end: nothing of the year
    ("城镇新增就业4万人", "城镇新增就业", "五年累计新增农村劳动力转移就业52万人。"),
    ("一般公共预算收入增长6%", "一般公共预算收入", "五年间财政总收入先后迈过800亿元、900亿元两个台阶。"),
])
def test_a_neighbour_of_the_five_years_not_at_their_end_is_not_quoted(target, metric, five):
    assert _verdict(target, metric, five=five).outcome == "not_reported"


@pytest.mark.parametrize(("target", "metric", "year", "outcome"), [
    ("生态环境质量巩固提升", "生态环境质量", "统筹推进流域综合治理，水环境质量完成省定考核目标。", "unclear"),
    ("粮食产量稳定在120万吨以上", "粮食产量", "粮食生产面积245.3万亩、总产118.6万吨，超额完成省定任务。", "not_met"),
    ("粮食产量稳定在120万吨以上", "粮食产量", "粮食生产面积245.3万亩、总产121.4万吨。", "achieved"),
])
def test_results_written_otherwise(target, metric, year, outcome):
    assert _verdict(target, metric, year=year).outcome == outcome


@pytest.mark.parametrize(("clause", "expected"), [
    ("生态环境质量巩固提升", [("生态环境质量", ">=")]),
    ("大气环境质量持续巩固提升", [("大气环境质量", ">=")]),
])
def test_a_quality_held_and_raised_is_a_target(clause, expected):
    assert [(i.metric, i.comparator) for i in targets.parse_clause(clause)] == expected
