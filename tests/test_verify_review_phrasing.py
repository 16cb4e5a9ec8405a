"""How a year N+1 review states last year's results in ways the rules had not met (issue 10; the thirty-ninth set of
bench/labels/verify_invented/, v105–v112): a fall on the headline basis with a same-basis rise in brackets after it, the
year's targets restated in the review as a list or after the work aimed at them, a decline target hedged 左右 on a
lower-is-better metric, a development zone named by its short name, a rate after a share of the year's budget, and
the reviewed year's figures opening the coming year's part before its targets, and an earlier year's figure in the review.  Each row one invented target and one invented
passage, its outcome written by reading before the engine was run on it, under the readings of
bench/labels/corpus/README.md and bench/labels/verify_invented/README.md; every rule has a guard row."""

import pytest

from luoshi.engine import vocab
from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine


def _verdict(target, said, metric, place="review"):
    return verdict_against(REVIEW, target, place, said, metric)


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    # a figure on the headline basis, then in brackets a same-basis figure of its own: two readings
    ("一般公共预算收入增长6%", "一般公共预算收入下降3.5%（剔除留抵退税因素，同口径增长6.4%）。", "一般公共预算收入", "unclear"),
    ("一般公共预算收入增长6%", "一般公共预算收入12.6亿元，增长-2.1%（扣除留抵退税因素，同口径增长7.0%）；", "一般公共预算收入",
     "unclear"),
    # the same-basis figure first and the headline one in brackets: the bracket is no part of the first's name
    ("一般公共预算收入增长6%", "一般公共预算收入同口径增长6.4%（自然口径下降3.5%）。", "一般公共预算收入", "unclear"),
    # (guard) both readings above the target
    ("一般公共预算收入增长6%", "一般公共预算收入增长6.5%（剔除留抵退税因素，同口径增长8.4%）。", "一般公共预算收入", "achieved"),
    # (guard) a bracket with no figure of its own qualifies the figure before it
    ("一般公共预算收入增长6%", "一般公共预算收入增长6.4%（同口径）。", "一般公共预算收入", "achieved"),
], ids=["headline fall, same basis in brackets", "negative growth, same basis in brackets", "headline basis in brackets",
        "both above",
        "bracket qualifies the figure"])
def test_a_second_basis_in_brackets(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    # several targets restated in one list before 的目标任务: none of the figures is a result
    ("地区生产总值增长7%", "面对年初确定的地区生产总值增长7%、固定资产投资增长10%的目标任务，全区上下迎难而上。"
     "全区地区生产总值完成425.6亿元，增长6.8%。", "地区生产总值", "not_met"),
    ("固定资产投资增长10%", "面对年初确定的地区生产总值增长7%、固定资产投资增长10%的目标任务，全区上下迎难而上。",
     "固定资产投资", "not_reported"),
    # (guard) a list of results said done after it is the results'
    ("地区生产总值增长7%", "全区地区生产总值增长7.2%、固定资产投资增长10.4%，均完成目标任务。", "地区生产总值", "achieved"),
    # a done word led by the work aimed at the target restates it: no claim it was met
    ("固定资产投资增长10%", "围绕实现固定资产投资增长10%的年度目标，开展项目攻坚行动，新开工项目86个。", "固定资产投资",
     "not_reported"),
    ("固定资产投资增长10%", "为确保完成固定资产投资增长10%的目标，开展项目攻坚行动。", "固定资产投资", "not_reported"),
    # (guard) the done word with no such lead says the target met
    ("固定资产投资增长10%", "全年实现固定资产投资增长10%的年度目标，新开工项目86个。", "固定资产投资", "achieved"),
], ids=["a list restated, result after", "a list restated, no result", "a list of results said done",
        "work aimed at the target", "to make sure of the target", "target said met"])
def test_targets_restated_in_the_review(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    # a decline target hedged 左右 on a lower-is-better metric: a fall more than half a point short misses it
    ("单位地区生产总值能耗下降3%左右", "全年能耗强度下降2.4%。", "单位地区生产总值能耗", "not_met"),
    ("单位地区生产总值能耗下降3%左右", "单位地区生产总值能耗下降2.7%。", "单位地区生产总值能耗", "achieved"),
    ("单位地区生产总值能耗下降3%左右", "单位地区生产总值能耗下降4.1%。", "单位地区生产总值能耗", "achieved"),
    # (guard) a lower-is-better level hedged 左右 is still met at or under it and missed well above it
    ("城镇调查失业率5.5%左右", "城镇调查失业率5.1%。", "城镇调查失业率", "achieved"),
    ("城镇调查失业率5.5%左右", "城镇调查失业率6.2%。", "城镇调查失业率", "not_met"),
], ids=["decline short", "decline within half a point", "decline beyond", "level under", "level well above"])
def test_a_decline_target_about_a_figure(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    # a development zone under its short name: the zone's figure, no result of the whole area — quoted, unclear (the
    # lead's decision of stop 48; was not_reported)
    ("实际使用外资1亿美元", "经开区实际使用外资0.8亿美元，新引进外资项目12个。", "实际使用外资", "unclear"),
    ("实际使用外资1亿美元", "综保区实际使用外资0.8亿美元。", "实际使用外资", "unclear"),
    # (guard) the whole area's figure with the zone's after 其中
    ("实际使用外资1亿美元", "全区实际使用外资1.2亿美元，其中经开区0.8亿美元。", "实际使用外资", "achieved"),
], ids=["economic development zone", "bonded zone", "whole area with the zone after"])
def test_a_zone_by_its_short_name(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    # a rate after a share of the year's budget or plan is the metric's before the share, not the budget's
    ("一般公共预算收入增长5%", "全年完成一般公共预算收入45.6亿元，为年度预算的103.2%，增长5.8%。", "一般公共预算收入", "achieved"),
    ("固定资产投资增长8%", "完成固定资产投资326亿元，占年度计划的97%，增长6.1%。", "固定资产投资", "not_met"),
    # (guard) the share alone is no growth rate
    ("一般公共预算收入增长5%", "全年完成一般公共预算收入45.6亿元，为年度预算的103.2%。", "一般公共预算收入", "unclear"),
], ids=["rate after a budget share", "rate after a plan share", "share alone"])
def test_a_rate_after_a_share_of_the_plan(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# The coming year's part opened by a sentence on the reviewed year's figures before the targets are set out
# (2024年，全市…增长6.2%…。在此基础上，今年主要预期目标是…): the year's results, as the review gives them.
PLANNED = REVIEW.replace("今年经济社会发展的主要预期目标是", "{plan}在此基础上，今年经济社会发展的主要预期目标是")


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("地区生产总值增长6%", "2024年，全市地区生产总值增长6.2%，城镇新增就业3.2万人。", "地区生产总值", "achieved"),
    ("一般公共预算收入增长5%", "去年，全市一般公共预算收入增长4.1%，固定资产投资增长9.3%。", "一般公共预算收入", "not_met"),
    # (guard) the coming year's own figures are no result of the reviewed year
    ("地区生产总值增长6%", "2025年，全市地区生产总值预计增长6.5%。", "地区生产总值", "not_reported"),
    # (guard) a sentence on the years since the reviewed one is no result of it
    ("一般公共预算收入增长5%", "2024年以来，全市一般公共预算收入累计增长8.1%。", "一般公共预算收入", "not_reported"),
], ids=["the reviewed year by name", "last year", "the coming year", "since the reviewed year"])
def test_the_year_before_the_targets(target, said, metric, outcome):
    x = verdict_against(PLANNED, target, "plan", said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    # a sentence part opened by a year before the reviewed one (the review of 2024 here): that year's figure
    ("地区生产总值增长6%", "2023年全市地区生产总值增长4.1%。", "地区生产总值", "not_reported"),
    ("地区生产总值增长6%", "2023年，全市地区生产总值增长6.4%；2024年，全市地区生产总值增长5.3%。", "地区生产总值", "not_met"),
    ("地区生产总值增长6%", "2023年，全市地区生产总值增长4.1%，2024年增长6.4%。", "地区生产总值", "achieved"),
    # (guard) the reviewed year by name, and a span opened by an earlier year (以来) with the year's figure after it
    ("地区生产总值增长6%", "2024年，全市地区生产总值增长6.3%。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%", "2023年以来，全市经济持续回升，全年地区生产总值增长6.3%。", "地区生产总值", "achieved"),
], ids=["an earlier year alone", "an earlier year, then the year", "the year named after", "the year by name",
        "a span since an earlier year"])
def test_an_earlier_years_figure(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    # shortfalls said in other words: a large gap still left, a gap in points to the target, the economy's growth
    # named bare, bare head words listed before 等
    ("固定资产投资增长10%", "固定资产投资与年度目标还有较大差距。", "固定资产投资", "not_met"),
    ("规模以上工业增加值增长8%", "规上工业增加值增速较年初目标差2.3个百分点。", "规模以上工业增加值", "not_met"),
    ("地区生产总值增长6.5%左右", "经济增速低于年初预期目标。", "地区生产总值", "not_met"),
    ("固定资产投资增长10%", "投资、消费等主要指标增速不及预期。", "固定资产投资", "not_met"),
    ("社会消费品零售总额增长7.5%", "投资、消费等主要指标增速不及预期。", "社会消费品零售总额", "not_met"),
], ids=["a large gap left", "a gap in points", "the economy bare", "investment in a bare list", "consumption in a bare list"])
def test_shortfalls_in_other_words(target, said, metric, outcome):
    x = _verdict(target, said, metric, "problems")
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "metric"), [
    # (guard) the nation's economy short of expectations is not the own economy's shortfall
    ("地区生产总值增长6.5%左右", "全国经济增速低于预期，外部环境复杂严峻。", "地区生产总值"),
    # (guard) a list of bare words said done is not short (the shortfall word is another metric's)
    ("固定资产投资增长10%", "投资、工业等指标完成年度目标，外贸进出口增速低于预期。", "固定资产投资"),
], ids=["the nation's economy", "a bare list said done"])
def test_shortfalls_in_other_words_not_anothers(target, said, metric):
    x = _verdict(target, said, metric, "problems")
    assert x.outcome != "not_met", x.reason


# --- found by the first run of the forty-third set (v120–v122): the nation's growth named as a pressure or set beside
# the area's is the nation's, whether or not the sentence names the area as 我县 (verify.nation_scope); and one sector's
# 增加值 never answers another sector's target however alike the names (verify.distinct, verify.narrower) ----------------

@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("地区生产总值增长6.5%", "面对全国经济增速低于预期、外部需求收缩等压力，全县经济运行稳中有进。", "地区生产总值",
     "not_reported"),
    ("地区生产总值增长6.5%左右", "全国经济增速低于预期，外部环境复杂严峻。", "地区生产总值", "not_reported"),
    ("地区生产总值增长6.5%", "全国经济增长5.0%，全县经济运行稳中有进。", "地区生产总值", "not_reported"),
    ("社会消费品零售总额增长7%", "全国社会消费品零售总额增长3.5%，消费市场回暖。", "社会消费品零售总额", "not_reported"),
    # (guard) the area's own figure after the nation's, or the nation's as the lead over it
    ("地区生产总值增长6.5%", "全国经济增长5.0%，全县地区生产总值增长6.8%。", "地区生产总值", "achieved"),
    ("地区生产总值增长6.5%", "全县地区生产总值增长6.2%，高于全国1.2个百分点。", "地区生产总值", "not_met"),
    ("社会消费品零售总额增长7%", "全国社会消费品零售总额增长3.5%，全市增长7.2%。", "社会消费品零售总额", "achieved"),
    # (guard) the area's own economy said slowing under the nation's pressure is a mention of its own
    ("地区生产总值增长6.5%", "受全国经济下行影响，我县经济增速放缓。", "地区生产总值", "unclear"),
    ("地区生产总值增长6.5%左右", "全县经济增速低于预期。", "地区生产总值", "not_met"),
], ids=["the nation's shortfall as a pressure", "the nation's shortfall alone", "the nation's figure, no own area",
        "the nation's retail sales", "own figure after the nation's", "the lead over the nation",
        "own figure by 全市 after the nation's", "own economy under the nation's pressure", "own economy short"])
def test_the_nations_figures_and_words(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("服务业增加值增长6%", "规模以上工业增加值增长8.0%。", "服务业增加值", "not_reported"),
    ("服务业增加值增长6%", "规模以上工业增加值增长8.0%；规模以上服务业营业收入增长11.3%。", "服务业增加值", "not_reported"),
    ("工业增加值增长6%", "服务业增加值增长8.0%。", "工业增加值", "not_reported"),
    ("第三产业增加值增长6%", "工业增加值增长8.0%。", "第三产业增加值", "not_reported"),
    ("农业增加值增长4%", "工业增加值增长8.0%。", "农业增加值", "not_reported"),
    ("工业投资增长10%", "服务业投资增长12%。", "工业投资", "not_reported"),
    # the services firms above a size: a narrower metric, quoted
    ("服务业增加值增长6%", "规上服务业增加值增长8.0%。", "服务业增加值", "unclear"),
    # (guard) the same sector, or the sector's own figure beside another's
    ("规模以上工业增加值增长7%", "规模以上工业增加值增长8.0%。", "规模以上工业增加值", "achieved"),
    ("第三产业增加值增长6%", "服务业增加值增长8.0%。", "第三产业增加值", "achieved"),
    ("服务业增加值增长6%", "服务业增加值增长5.0%，规模以上工业增加值增长8.0%。", "服务业增加值", "not_met"),
], ids=["industry for services", "industry and services turnover", "services for industry", "industry for the tertiary",
        "industry for farming", "services investment for industry's", "services above a size", "the same sector",
        "the tertiary as services", "services beside industry"])
def test_another_sectors_value_added(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


def test_the_nation_is_another_scope():
    assert set(vocab.words("verify.nation_scope")) <= set(vocab.words("verify.other_scope"))


# --- the known misses left by stop 30: a sector named with the word saying how it went and then another measure
# (规上工业实现营业收入…: verify.other_measure) is no mention of its 增加值; 全社会投资 is the short name of
# 全社会固定资产投资 (verify.aliases) --------------------------------------------------------------------------------

@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("规模以上工业增加值增长8%", "规上工业实现营业收入1250亿元，增长9.2%。", "规模以上工业增加值", "not_reported"),
    ("规模以上工业增加值增长8%", "规上工业营收稳步增长。", "规模以上工业增加值", "not_reported"),
    ("规模以上工业增加值增长8%", "规模以上工业完成产值860亿元。", "规模以上工业增加值", "not_reported"),
    # (guard) the target's own measure after the predicate, or the sector's state in words
    ("规模以上工业增加值增长8%", "规上工业实现增加值120亿元。", "规模以上工业增加值", "unclear"),
    ("规模以上工业总产值增长8%", "规上工业实现总产值1250亿元。", "规模以上工业总产值", "unclear"),
    ("规模以上工业增加值增长8%", "规上工业保持平稳增长。", "规模以上工业增加值", "unclear"),
    ("规模以上工业增加值增长8%", "规上工业增加值稳步增长，营业收入突破千亿元。", "规模以上工业增加值", "unclear"),
], ids=["turnover after 实现", "turnover short", "output after 完成", "value added after 实现", "output for an output target",
        "the sector steady", "value added steady, turnover after"])
def test_another_measure_after_the_sector(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "metric", "outcome", "place"), [
    ("固定资产投资增长10%", "全社会投资增长8.2%。", "固定资产投资", "not_met", "review"),
    ("固定资产投资增长10%", "全年完成全社会投资520亿元，增长12.2%。", "固定资产投资", "achieved", "review"),
    ("固定资产投资增长10%", "受房地产投资下滑影响，全社会投资增速低于预期。", "固定资产投资", "not_met", "problems"),
    # (guard) another kind of investment stays another metric: a part's figure, quoted (unclear: the lead's decision of
    # stop 47, followed at stop 48)
    ("固定资产投资增长10%", "民间投资增长12.2%。", "固定资产投资", "unclear", "review"),
    ("固定资产投资增长10%", "房地产投资下降，消费增长低于预期。", "固定资产投资", "not_reported", "problems"),
], ids=["short name, a rate", "short name after a level", "short name short of expectations", "private investment",
        "real-estate investment falling"])
def test_investment_of_the_whole_society(target, said, metric, outcome, place):
    x = _verdict(target, said, metric, place)
    assert x.outcome == outcome, x.reason


# --- found by a probe round of other names (32 rows, outcomes written before the run; 28 right, two of the four misses
# the probe's own error): 公共财政收入, the name 一般公共预算收入 had before 2014 and still written, is that metric
# (verify.aliases) ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("一般公共预算收入增长5%", "公共财政收入增长6.1%。", "一般公共预算收入", "achieved"),
    ("地方一般公共预算收入增长4.5%", "地方公共财政收入完成21亿元，增长4.2%。", "地方一般公共预算收入", "not_met"),
    # (guard) the longer old name, spending, and a target on the wider 财政收入 (a neighbour's figure, quoted)
    ("一般公共预算收入增长5%", "公共财政预算收入增长6.1%。", "一般公共预算收入", "achieved"),
    ("一般公共预算收入增长5%", "公共财政支出增长6.1%。", "一般公共预算收入", "not_reported"),
    ("财政收入增长5%", "公共财政收入增长6.1%。", "财政收入", "unclear"),
], ids=["the old name", "the old name with 地方", "the longer old name", "spending", "a wider target"])
def test_the_old_name_of_budget_revenue(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# --- found by the first run of the forty-fourth set (v123–v125, 22/25): a figure named only 实际 after a restated
# target takes its subject after a lead-in's colon, not the lead-in (主要指标完成情况是：…); an estimate recalled before
# the accounted figure yields to it (verify.accounted); 节能降碳 is a neighbour of energy intensity as 节能减排 is, and
# a neighbour's task said done with the done word first (完成省下达的节能降碳年度任务) is quoted, unclear ---------------

@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("地区生产总值增长6%左右", "主要指标完成情况是：地区生产总值年度目标增长6%左右，实际增长6.2%。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "对照年度目标，主要指标完成情况是：地区生产总值年度目标增长6%左右，实际增长6.2%。", "地区生产总值",
     "achieved"),
    ("固定资产投资增长8%", "主要指标：地区生产总值目标增长6%左右，实际增长6.2%；固定资产投资目标增长8%，实际增长3.1%。",
     "固定资产投资", "not_met"),
    # (guard) with no lead-in, and the lead-in's colon right before the figure
    ("地区生产总值增长6%左右", "地区生产总值年度目标增长6%左右，实际增长6.2%。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "地区生产总值完成情况：增长5.2%。", "地区生产总值", "not_met"),
], ids=["after a lead-in", "after a clause and a lead-in", "the second item after a lead-in", "no lead-in", "the colon before the figure"])
def test_the_actual_figure_after_a_lead_in(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("地区生产总值增长6%", "年底曾预计全区地区生产总值增长6%左右；据统计部门最终核算，全区地区生产总值增长5.4%。",
     "地区生产总值", "not_met"),
    ("地区生产总值增长6%", "此前预计地区生产总值增长5.6%，经初步核算，地区生产总值增长6.3%。", "地区生产总值", "achieved"),
    # (guard) an estimate alone, and the accounted part of the year before the estimate of the whole
    ("地区生产总值增长6%", "预计全区地区生产总值增长6.2%。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%", "据初步核算，前三季度地区生产总值增长5.1%，预计全年增长6.1%。", "地区生产总值", "achieved"),
], ids=["estimate then the final accounting", "estimate then the first accounting", "an estimate alone",
        "part of the year accounted, the year estimated"])
def test_an_estimate_then_the_accounted_figure(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("单位地区生产总值能耗降低2.5%", "节能降碳年度任务全面完成。", "单位地区生产总值能耗", "unclear"),
    ("单位地区生产总值能耗降低2.5%", "关停落后产能企业12家，完成省下达的节能降碳年度任务。", "单位地区生产总值能耗", "unclear"),
    ("单位地区生产总值能耗降低2.5%", "完成省下达的节能减排目标任务。", "单位地区生产总值能耗", "unclear"),
    # (guard) a count of projects is work done, and the metric's own task said done is met
    ("单位地区生产总值能耗降低2.5%", "完成重点行业节能降碳改造项目420个。", "单位地区生产总值能耗", "not_reported"),
    ("单位地区生产总值能耗降低2.5%", "完成省下达的能耗强度下降目标任务。", "单位地区生产总值能耗", "achieved"),
], ids=["节能降碳 done after", "节能降碳 done before", "节能减排 done before", "projects counted", "the metric itself done"])
def test_energy_saving_tasks_done(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# --- found by a probe round of result phrasings (30 rows, outcomes written before the run: 28 right): a rate before
# 的 and the metric's name with its growth word (全年实现6.2%的经济增长) is that metric's growth -----------------------

@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("地区生产总值增长6%", "全年实现6.2%的经济增长。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%", "全市实现5.6%的地区生产总值增速。", "地区生产总值", "not_met"),
    ("规模以上工业增加值增长8%", "全年保持8.6%的规上工业增加值增速。", "规模以上工业增加值", "achieved"),
    # (guard) the name before the figure and a bare growth word after it; another metric's growth after 的
    ("地区生产总值增长6%", "地区生产总值实现6.2%的增长。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%", "全年实现8.6%的规上工业增加值增速。", "地区生产总值", "not_reported"),
], ids=["the economy after the rate", "GDP after the rate", "industry after the rate", "the name before",
        "another metric after the rate"])
def test_a_rate_before_its_metric(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason
