"""The lead's label conventions of stop 50 (verifyf; docs/reading-reports.md, bench/labels/verify_real/README.md):
D1, an income kept in step with the economy (与经济增长同步 / 基本同步) is in step when at most 0.2 percentage point
under the economy's growth, not met when further under; D2, a quota answered only by a related measure (good days'
share, a composite air index for a PM2.5 quota) is quoted unclear; D3, a one-year target answered in a plan-end review
only by a five-year cumulative or average figure of the same measure is quoted unclear, not unreported.  Every
sentence below was written for these tests (某某 names), each outcome by reading before the engine was run."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, targets, verify
from luoshi.engine.model import SourceText
from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("target", "said", "outcome"), [
    ("居民收入增长与经济增长同步", "地区生产总值增长6.3%，居民人均可支配收入增长6.1%。", "achieved"),
    ("居民收入增长与经济增长基本同步", "地区生产总值增长5.4%，居民人均可支配收入增长5.3%。", "achieved"),
    ("居民收入增长与经济增长同步", "地区生产总值增长6.3%，居民人均可支配收入增长6.0%。", "not_met"),
    ("居民收入增长与经济增长基本同步", "地区生产总值增长7.2%，居民人均可支配收入增长6.8%。", "not_met"),
    # (guard) ahead of the economy allows nothing under it
    ("居民收入增长快于经济增长", "地区生产总值增长6.3%，居民人均可支配收入增长6.2%。", "not_met"),
], ids=["0.2 under, in step", "0.1 under, roughly in step", "0.3 under", "0.4 under", "faster, 0.1 under"])
def test_in_step_allows_two_tenths_under(target, said, outcome):
    x = verdict_against(REVIEW, target, "review", said, "居民收入")
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "outcome"), [
    ("PM2.5平均浓度完成省下达任务", "全县空气质量综合指数4.35，优良天数265天。", "unclear"),
    ("细颗粒物平均浓度控制在35微克/立方米以内", "空气质量优良天数比例达到83.6%。", "unclear"),
    # (guard) the quota's own figure still settles it
    ("细颗粒物平均浓度控制在35微克/立方米以内", "细颗粒物平均浓度32微克/立方米，优良天数比例达到83.6%。", "achieved"),
], ids=["composite index", "good days' share", "its own figure"])
def test_a_fine_particle_quota_answered_by_a_related_measure(target, said, outcome):
    x = verdict_against(REVIEW, target, "review", said, None)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("said", "outcome"), [
    ("地区生产总值增长5.6%，城镇居民人均可支配收入增长5.4%，农村居民人均可支配收入增长5.5%。", "achieved"),
    ("地区生产总值增长5.6%，城镇居民人均可支配收入增长5.1%，农村居民人均可支配收入增长5.4%。", "not_met"),
], ids=["both within the band", "one group further under"])
def test_in_step_on_both_groups_is_decided_by_the_group_further_under(said, outcome):
    x = verdict_against(REVIEW, "城乡居民收入增长和经济增长同步", "review", said, "城乡居民收入")
    assert x.outcome == outcome, x.reason


_N = "某某市政府工作报告\n\n二、2025年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
_N1 = ("某某市政府工作报告\n\n一、“十四五”时期及2025年工作回顾\n\n"
       "这是经济实力大幅跃升的五年。{five}\n\n"
       "过去的一年，全市地区生产总值增长5.8%。{year}\n\n"
       "我们也清醒认识到，发展中还存在一些困难和问题。\n")


def _plan_end(target, metric, five="", year=""):
    read = [reader.read_text(SourceText(text, "txt"), "t.txt")
            for text in (_N.format(target=target), _N1.format(five=five, year=year))]
    verdicts, _ = verify.verify_documents(*read, "t.txt")
    return next(v for v in verdicts if v.metric == metric)


@pytest.mark.parametrize(("target", "metric", "five", "quoted"), [
    ("一般公共预算收入增长6%", "一般公共预算收入", "五年来，一般公共预算收入年均增长4.2%，固定资产投资年均增长7.5%。", "4.2%"),
    ("单位地区生产总值能耗下降3%", "单位地区生产总值能耗", "单位地区生产总值能耗累计下降16.8%，主要污染物排放持续减少。", "16.8%"),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率", "五年来，累计新增城镇就业12万人，城镇登记失业率控制在3.5%以内。", "3.5%"),
    ("节能减排降碳约束性指标完成省下达任务", "节能减排降碳约束性指标", "万元地区生产总值能耗累计下降15.2%。", "15.2%"),
], ids=["average rate", "cumulative fall", "cap said of five years", "a quota's neighbour"])
def test_a_five_year_figure_alone_is_quoted_unclear(target, metric, five, quoted):
    x = _plan_end(target, metric, five=five)
    assert x.outcome == "unclear", x.reason
    assert x.actual and x.actual["text"] == quoted, x.reason


def test_the_year_figure_still_decides_beside_a_five_year_one():
    # (guard) the year's own figure answers; the five years' average is no verdict's
    x = _plan_end("一般公共预算收入增长6%", "一般公共预算收入", five="五年来，一般公共预算收入年均增长4.2%。",
                  year="一般公共预算收入增长6.5%。")
    assert x.outcome == "achieved", x.reason


# D7 (the lead's decision, stop 52): a five years' part that only names the target's metric, with no figure of it
# (总量稳步扩大, 连年丰收, a place among peers in words or a rise of places), and nothing of the year answering it: the
# year's result is not reported.  A five-year FIGURE of the same measure stays unclear (D3, above).
@pytest.mark.parametrize(("target", "metric", "five"), [
    ("粮食总产量稳定在45万吨以上", "粮食总产量", "农业基础持续夯实，粮食连年丰收，特色产业不断壮大。"),
    ("社会消费品零售总额增长7%", "社会消费品零售总额", "五年来，社会消费品零售总额稳步扩大，消费市场日益活跃。"),
    ("森林覆盖率保持在62%以上", "森林覆盖率", "生态屏障更加牢固，森林覆盖率始终保持全省前列。"),
    ("一般公共预算收入增长6%", "一般公共预算收入", "一般公共预算收入在全省的位次由第9位前移到第6位。"),
], ids=["harvests in words", "a total grown in words", "a place in words", "a rise of places"])
def test_a_metric_only_named_in_a_five_year_part_is_not_reported(target, metric, five):
    x = _plan_end(target, metric, five=five)
    assert x.outcome == "not_reported", x.reason


def test_a_two_year_average_in_a_year_review_stays_no_answer():
    # (guard) 两年平均 in a review of one year (no five years' part): no result of the year, and not quoted
    n1 = ("某某市政府工作报告\n\n一、2025年工作回顾\n\n过去的一年，全市地区生产总值增长5.8%，两年平均增长5.1%；"
          "一般公共预算收入两年平均增长3.2%。\n\n我们也清醒认识到，发展中还存在一些困难和问题。\n")
    read = [reader.read_text(SourceText(text, "txt"), "t.txt")
            for text in (_N.format(target="一般公共预算收入增长6%"), n1)]
    verdicts, _ = verify.verify_documents(*read, "t.txt")
    x = next(v for v in verdicts if v.metric == "一般公共预算收入")
    assert x.outcome == "not_reported", x.reason


# Target reading (issue 10): a figure-less quota item after the figures' items of one 、 list is a target of its own;
# a count right after 以下 / 如下 numbers the work that follows and is none.
@pytest.mark.parametrize(("clause", "expected"), [
    ("单位地区生产总值能耗下降2.5%左右、主要污染物排放总量完成市下达任务",
     [("单位地区生产总值能耗", 2.5), ("主要污染物排放总量", None)]),
    ("森林覆盖率达到42%、耕地保有量完成省定目标", [("森林覆盖率", 42.0), ("耕地保有量", None)]),
    # (guard) an item with no subject of its own is no target
    ("粮食产量稳定在45万吨以上、完成省下达任务", [("粮食产量", 45.0)]),
    ("为实现上述目标，今年重点做好以下八个方面工作", []),
    ("全力抓好如下十项重点任务", []),
    # (guard) a count with 以下 after it is a ceiling, still a target
    ("较大以上生产安全事故控制在2起以下", [("较大以上生产安全事故", 2.0)]),
], ids=["quota item after a rate", "quota item after a share", "no subject", "以下八个方面", "如下十项", "a ceiling"])
def test_targets_of_a_clause(clause, expected):
    assert [(i.metric, i.value) for i in targets.parse_clause(clause)] == expected


# A 分别 list whose first rate carries its own 以上 before 和 (…分别增长9%以上和11%): two floors, one per group, as with 、;
# a threshold of a thing (10亿元以上项目) is still none (stop 52, r128's incomes).
@pytest.mark.parametrize(("clause", "expected"), [
    ("城乡居民人均可支配收入分别增长9%以上和11%",
     [("城镇居民人均可支配收入", 9.0, "以上"), ("农村居民人均可支配收入", 11.0, "")]),
    ("工业增加值和服务业增加值分别增长8%以上及6.5%",
     [("工业增加值", 8.0, "以上"), ("服务业增加值", 6.5, "")]),
    # (guard) a threshold of the thing counted stays an attribute of it
    ("新开工10亿元以上项目40个", [("新开工10亿元以上项目", 40.0, "")]),
], ids=["incomes", "two sectors", "thresholds of projects"])
def test_a_respective_list_joined_by_he_after_a_floor(clause, expected):
    assert [(i.metric, i.value, i.qualifier) for i in targets.parse_clause(clause)] == expected
