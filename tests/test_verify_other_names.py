"""A review's result linked to its target when the names differ (issue 10 item 4): the target's name without its size
word, a rate named by its growth word alone after a level (in the same sentence or opening the next), a revenue figure on
the headline basis beside a same-basis one, a short name of the industrial metric, a wider group or a neighbouring
measure (unclear), and a figure of another noun after a clause naming the target's metric with no figure.  Each row one
invented target and one invented passage, its outcome written by reading before the engine was run on it, under the
readings of bench/labels/corpus/README.md and bench/labels/verify_invented/README.md; every rule has a guard row."""

import pytest

from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine


def _verdict(target, said, metric, place="review"):
    return verdict_against(REVIEW, target, place, said, metric)


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    # the target's name without its size word is the same metric (出口 for 出口总额), not the whole trade's
    ("出口总额增长6%", "全市进出口总值完成86.5亿元，增长3.1%，其中出口增长8.0%。", "出口总额", "achieved"),
    ("出口总额增长6%", "全市进出口总值增长3.1%，其中出口增长4.0%。", "出口总额", "not_met"),
    # (guard) the whole trade's figure answers no import target
    ("进口总额增长6%", "全市进出口总值增长3.1%。", "进口总额", "not_reported"),
    # a rate named by its growth word alone takes the metric of the level before it
    ("规模以上工业增加值增长8%", "规上工业增加值首次突破500亿元。增速达8.6%，居全省前列。", "规模以上工业增加值", "achieved"),
    ("规模以上工业增加值增长8%", "规上工业增加值首次突破500亿元，增速为7.1%。", "规模以上工业增加值", "not_met"),
    # (guard) …and not another metric's
    ("固定资产投资增长8%", "规上工业增加值首次突破500亿元。增速达9.2%。", "固定资产投资", "not_reported"),
    # the headline basis beside a same-basis figure: two readings either side of the target, or both above it
    ("一般公共预算收入增长6%", "一般公共预算收入可比增长6.4%、按自然口径增长3.0%。", "一般公共预算收入", "unclear"),
    ("一般公共预算收入增长6%", "一般公共预算收入同口径增长7.2%、自然口径增长6.5%。", "一般公共预算收入", "achieved"),
    # 规工, a short name of 规模以上工业
    ("规模以上工业增加值增长8%", "全年规工增加值增长8.8%。", "规模以上工业增加值", "achieved"),
    # a neighbouring measure (value added for gross output) and a wider group (all residents for the urban ones)
    ("规模以上工业总产值增长10%", "规上工业增加值增长11.2%。", "规模以上工业总产值", "unclear"),
    ("城镇居民人均可支配收入增长6%", "全体居民人均可支配收入增长6.3%。", "城镇居民人均可支配收入", "unclear"),
    # (guard) the group's own figure decides over the wider one's
    ("城镇居民人均可支配收入增长6%", "全体居民人均可支配收入增长6.3%，城镇居民人均可支配收入增长5.5%。",
     "城镇居民人均可支配收入", "not_met"),
    # a figure of another noun after a clause naming the target's metric with no figure
    ("城镇新增就业1万人", "城镇新增就业保持稳定，新增技术工人5200人。", "城镇新增就业", "unclear"),
    # (guard) a figure with no noun of its own is still the metric's named before it
    ("城镇新增就业1万人", "城镇新增就业稳步扩大，全年达到1.3万人。", "城镇新增就业", "achieved"),
], ids=["export inside trade", "export inside trade short", "import not the trade", "growth word next sentence",
        "growth word same sentence", "growth word not another metric", "two bases either side", "two bases above",
        "guigong", "value added for gross output", "all residents for urban", "urban figure decides",
        "another noun after a mention", "no noun of its own"])
def test_results_under_other_names(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# Sector words (consumption, industry, investment) listed together before a count of indicators (三大指标, 两项指标) and
# said to have gone some way with no figure: each names its metric (verify.bare_names), a mention, unclear.
@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("社会消费品零售总额增长6%", "消费、工业两项指标增速均快于全省平均。", "社会消费品零售总额", "unclear"),
    ("规模以上工业增加值增长7%", "消费、工业两项指标增速均快于全省平均。", "规模以上工业增加值", "unclear"),
    # (guard) a metric the bundle does not name stays unreported
    ("外贸进出口总额增长4%", "消费、工业两项指标增速均快于全省平均。", "外贸进出口总额", "not_reported"),
    # (guard) 工业 inside a longer name (工业投资) is that metric, not the industrial output
    ("规模以上工业增加值增长7%", "工业投资增长12.3%。", "规模以上工业增加值", "not_reported"),
], ids=["consumption in a bundle", "industry in a bundle", "not in the bundle", "industry inside a longer name"])
def test_sector_words_in_a_bundle(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# --- a probe round on the same focus (expected outcomes written before the run): short names, a figure's basis, a
# wider or narrower scope of revenue and income, a level and its rate in two sentences, the problems paragraph ---------

@pytest.mark.parametrize(("target", "said", "metric", "outcome", "place"), [
    ("社会消费品零售总额增长6%", "社零增幅5.2%。", "社会消费品零售总额", "not_met", "review"),
    ("地区生产总值增长6.5%左右", "全年实现地区生产总值612亿元。按不变价格计算，同比增长6.9%。", "地区生产总值", "achieved", "review"),
    ("一般公共预算收入增长5%", "一般公共预算收入完成45.2亿元。增幅为4.1%，低于年初预期。", "一般公共预算收入", "not_met", "review"),
    ("地区生产总值达到1000亿元", "地区生产总值增长6.2%。", "地区生产总值", "unclear", "review"),
    ("规模以上工业增加值增长6%", "规上工业增加值仅增长4.2%，未完成预期目标，", "规模以上工业增加值", "not_met", "problems"),
    ("一般公共预算收入增长5%", "预计全年一般公共预算收入增长5.5%左右。", "一般公共预算收入", "achieved", "review"),
    ("一般公共预算收入增长3%", "一般公共预算收入自然口径下降1.2%、同口径增长3.5%。", "一般公共预算收入", "unclear", "review"),
    ("实际使用外资增长5%", "招商引资签约项目86个，总投资320亿元。", "实际使用外资", "not_reported", "review"),
    ("外贸进出口总额增长4%", "外贸进出口保持增长。", "外贸进出口总额", "unclear", "review"),
    ("城镇居民人均可支配收入增长6%", "城乡居民人均可支配收入增长6.5%。", "城镇居民人均可支配收入", "unclear", "review"),
    ("一般公共预算收入增长6%", "地方财政收入增长6.3%。", "一般公共预算收入", "achieved", "review"),
    ("一般公共预算收入增长6%", "财政总收入增长8.1%，其中一般公共预算收入增长5.2%。", "一般公共预算收入", "not_met", "review"),
    # a total revenue target is not answered by the budget revenue's figure, another metric (the lead's method decision
    # of stop 43): named nowhere, not a neighbour's quote
    ("财政总收入增长7%", "一般公共预算收入增长7.5%。", "财政总收入", "not_reported", "review"),
    ("进出口总额增长5%", "出口增长8.2%，进口下降3.5%。", "进出口总额", "unclear", "review"),
    ("固定资产投资增长8%", "固定资产投资完成680亿元。其中，工业投资增长15.3%。", "固定资产投资", "unclear", "review"),
    ("实际使用外资增长10%", "实际使用外资1.2亿美元，增长15.6%。", "实际使用外资", "achieved", "review"),
    ("规模以上工业增加值增长7%", "规上工业增加值同比增长7.1%，增速较上年提高1.5个百分点。", "规模以上工业增加值", "achieved", "review"),
])
def test_probe_other_names(target, said, metric, outcome, place):
    x = _verdict(target, said, metric, place)
    assert x.outcome == outcome, x.reason


# --- a second probe round (expected outcomes written before the run): a level and its rate in two sentences, shortfalls
# with figures in the problems paragraph, 预计 and 同口径, a level target answered by a rate of a neighbouring measure,
# work done against a metric named with no figure ------------------------------------------------------------------

@pytest.mark.parametrize(("target", "said", "metric", "outcome", "place"), [
    ("一般公共预算收入增长6%", "全县一般公共预算收入完成18.6亿元。比上年增长6.2%。", "一般公共预算收入", "achieved", "review"),
    ("社会消费品零售总额增长6%", "社会消费品零售总额达到356亿元。同比增长率为4.8%。", "社会消费品零售总额", "not_met", "review"),
    ("一般公共预算收入增长6%", "财政总收入完成56亿元。其中，一般公共预算收入32.1亿元，增长7.3%。", "一般公共预算收入", "achieved",
     "review"),
    ("社会消费品零售总额增长6%", "社会消费品零售总额仅增长3.2%，与年度目标差距较大，", "社会消费品零售总额", "not_met", "problems"),
    ("一般公共预算收入增长5%", "一般公共预算收入同口径增长4.1%，未完成年初预算，", "一般公共预算收入", "not_met", "problems"),
    ("规模以上工业增加值增长8%", "规上工业增加值增速比预期目标低1.6个百分点，", "规模以上工业增加值", "not_met", "problems"),
    ("外贸进出口总额增长4%", "预计全年外贸进出口总额下降2.3%，未完成预期目标，", "外贸进出口总额", "not_met", "problems"),
    ("常住人口城镇化率达到62%", "常住人口城镇化率提高1.1个百分点。", "常住人口城镇化率", "unclear", "review"),
    ("研发经费投入强度达到2.5%", "全社会研发经费投入增长12.3%。", "研发经费投入强度", "unclear", "review"),
    ("实际使用外资增长5%", "开展招商推介活动42场，引进外资项目15个。", "实际使用外资", "not_reported", "review"),
    ("实际使用外资增长5%", "实际使用外资规模保持稳定。", "实际使用外资", "unclear", "review"),
    ("一般公共预算收入增长6%", "一般公共预算收入按同口径计算增长6.1%。", "一般公共预算收入", "achieved", "review"),
    ("规模以上工业增加值增长8%", "规上增加值增长8.2%。", "规模以上工业增加值", "achieved", "review"),
    ("社会消费品零售总额增长6%", "限上消费品零售额增长8.2%。", "社会消费品零售总额", "unclear", "review"),
    ("地区生产总值增长6%左右", "全年GDP增速达到6.1%。", "地区生产总值", "achieved", "review"),
    ("地区生产总值增长6%左右", "预计地区生产总值可达1250亿元左右、增长5.8%左右。", "地区生产总值", "achieved", "review"),
])
def test_second_probe_other_names(target, said, metric, outcome, place):
    x = _verdict(target, said, metric, place)
    assert x.outcome == outcome, x.reason


# --- a third probe round (expected outcomes written before the run): a rate in multiples (增长1.2倍), a level in words of
# magnitude (突破千亿元, 迈上两千亿元台阶), a level and its rate with the economy's words between, a 预计 floor, a count
# against its target with the share done ------------------------------------------------------------------------------

@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    # (first run: 5 of 10 right; the misses strict xfail, each described in other words)
    # (a clause on the state of the economy or of a sector opening the sentence after a level, verify.state_lead: read
    # after the fortieth invented set's run; the guards: another sector's state, the economy's state after another metric)
    ("地区生产总值增长6%左右", "全市地区生产总值达到3120亿元。经济运行稳中向好，增长6.4%。", "地区生产总值", "achieved"),
    ("规模以上工业增加值增长9%", "规模以上工业增加值完成98.2亿元。工业运行稳中向好，增速达9.5%。", "规模以上工业增加值", "achieved"),
    ("规模以上工业增加值增长9%", "规模以上工业增加值完成98.2亿元。工业经济持续回升，增长8.1%。", "规模以上工业增加值", "not_met"),
    ("地区生产总值增长6%左右", "全市地区生产总值达到3120亿元。消费市场稳中向好，增长6.4%。", "地区生产总值", "unclear"),
    ("规模以上工业增加值增长9%", "规模以上工业增加值完成98.2亿元。服务业运行稳中向好，增速达9.5%。", "规模以上工业增加值", "unclear"),
    ("固定资产投资增长8%", "固定资产投资完成520亿元。经济运行稳中向好，增长6.4%。", "固定资产投资", "unclear"),
    ("规模以上工业增加值增长7%", "预计全年规上工业增加值增长7%以上。", "规模以上工业增加值", "achieved"),
    # (a growth in multiples, verify.growth_multiple: read after the first run)
    ("实际使用外资增长10%", "实际使用外资增长1.2倍。", "实际使用外资", "achieved"),
    ("实际使用外资增长10%", "实际使用外资规模稳中有升，同比增长0.05倍。", "实际使用外资", "not_met"),
    # (guard) a multiple after no growth word, of another noun, is no growth of the metric
    ("实际使用外资增长10%", "新设外资企业数量是上年的1.2倍。", "实际使用外资", "not_reported"),
    ("实际使用外资增长10%", "实际使用外资增长一倍。", "实际使用外资", "achieved"),
    ("城镇新增就业1万人", "城镇新增就业1.02万人，完成年度任务的102%。", "城镇新增就业", "achieved"),
    ("研发经费投入强度达到2.5%", "研发经费投入强度2.6%左右。", "研发经费投入强度", "achieved"),
    ("地区生产总值达到1万亿元", "地区生产总值达到10250亿元。", "地区生产总值", "achieved"),
    # (a level reached written in characters: read after the first run)
    ("地区生产总值达到1000亿元", "地区生产总值突破千亿元大关。", "地区生产总值", "achieved"),
    ("地区生产总值达到2000亿元", "地区生产总值迈上两千亿元台阶。", "地区生产总值", "achieved"),
    # (guard) an amount in characters naming a class of things (千亿元级), no level reached
    ("地区生产总值达到1000亿元", "打造千亿元级产业集群。", "地区生产总值", "not_reported"),
    ("社会消费品零售总额增长6%", "社会消费品零售总额812亿元（同比增长5.6%）。", "社会消费品零售总额", "not_met"),
])
def test_third_probe_magnitudes_and_multiples(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# --- a fourth probe round (expected outcomes written before the run): shortfalls said against the target in points for
# two metrics at once, difficulties that are no result, a rate named by 该项指标 in the sentence after its level, a figure
# deciding over words of a slowdown ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("target", "said", "metric", "outcome", "place"), [
    ("规模以上工业增加值增长7%", "规上工业增加值、社零总额增速分别低于目标1.2和0.8个百分点，", "规模以上工业增加值", "not_met",
     "problems"),
    ("社会消费品零售总额增长6%", "规上工业增加值、社零总额增速分别低于目标1.2和0.8个百分点，", "社会消费品零售总额", "not_met",
     "problems"),
    ("固定资产投资增长8%", "固定资产投资增速与目标差距较大，", "固定资产投资", "not_met", "problems"),
    ("一般公共预算收入增长6%", "财政收入增长乏力，", "一般公共预算收入", "unclear", "problems"),
    ("社会消费品零售总额增长6%", "消费需求依然不足，", "社会消费品零售总额", "not_reported", "problems"),
    ("一般公共预算收入增长5%", "一般公共预算收入增长5.1%（剔除留抵退税因素）。", "一般公共预算收入", "achieved", "review"),
    ("固定资产投资增长5%", "地区生产总值、规上工业增加值分别增长6.1%、7.3%，固定资产投资下降2.1%。", "固定资产投资", "not_met",
     "review"),
    ("社会消费品零售总额增长6%", "社会消费品零售总额达到512亿元。该项指标增长6.5%，居全市第一。", "社会消费品零售总额", "achieved",
     "review"),
    ("一般公共预算收入增长6%", "一般公共预算收入未完成年度目标。", "一般公共预算收入", "not_met", "review"),
    # (guard, written after the first run: 8 of 9 right, 该项指标 read as a name of its own; verify.pointer_name since) the
    # name pointing back takes the metric before, whichever it is
    ("社会消费品零售总额增长6%", "固定资产投资完成680亿元。该项指标增长9.1%。", "社会消费品零售总额", "not_reported", "review"),
    ("固定资产投资增长8%", "固定资产投资完成680亿元。该项指标增长9.1%。", "固定资产投资", "achieved", "review"),
])
def test_fourth_probe_problems_and_pointers(target, said, metric, outcome, place):
    x = _verdict(target, said, metric, place)
    assert x.outcome == outcome, x.reason


# --- a fifth probe round (expected outcomes written before the run): a part after 其中 that is the target's own metric,
# 服务业 and 第三产业 for one another, the whole after its parts, a result hedged at the target, completion in words ---

@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("城镇新增就业1万人", "全年城镇新增就业目标任务超额完成。", "城镇新增就业", "achieved"),
    ("外贸进出口总额增长4%", "外贸进出口总额增长4%左右。", "外贸进出口总额", "achieved"),
    ("一般公共预算收入增长6%", "一般公共预算收入增长6%。", "一般公共预算收入", "achieved"),
    ("第三产业增加值增长7%", "服务业增加值增长7.8%。", "第三产业增加值", "achieved"),
    ("服务业增加值增长7%", "第三产业增加值增长6.1%。", "服务业增加值", "not_met"),
    ("高技术制造业增加值增长10%", "规上工业增加值增长8.1%，其中高技术制造业增长12.3%。", "高技术制造业增加值", "achieved"),
    # (guards, written after the first run: 7 of 8 right, the industry's growth by its name alone read as nothing;
    # verify.growth_measure since) another measure of the industry, another industry
    ("高技术制造业增加值增长10%", "其中高技术制造业投资增长12.3%。", "高技术制造业增加值", "not_reported"),
    ("高技术制造业增加值增长10%", "规上工业增加值增长8.1%，其中装备制造业增长12.3%。", "高技术制造业增加值", "not_reported"),
    ("民间投资增长5%", "固定资产投资增长6.2%，其中民间投资下降1.1%。", "民间投资", "not_met"),
    ("进出口总额增长5%", "出口增长8.2%，进口下降3.5%，进出口总额增长3.1%。", "进出口总额", "not_met"),
])
def test_fifth_probe_parts_and_wholes(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# Bare head words as the items of a list (verify.bare_names; the forty-sixth invented set's first run): each item is its
# metric when the list stands before a change or mention word, a count of indicators or the 外 closing an exception,
# and a 分别 list of bare words only takes each word's metric.  Guards: a list of bare words before anything else (a
# policy, a field of policy, firms) names no metric.
@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("固定资产投资增长8%", "除投资、外贸外，其他主要经济指标均完成年度目标。", "固定资产投资", "not_met"),
    ("外贸进出口总额增长5%", "除投资、外贸外，其他主要经济指标均完成年度目标。", "外贸进出口总额", "not_met"),
    ("社会消费品零售总额增长7%", "除消费外，其余指标均完成年度目标。", "社会消费品零售总额", "not_met"),
    ("社会消费品零售总额增长7%", "消费、外资两项指标均完成年度目标。", "社会消费品零售总额", "achieved"),
    ("实际使用外资3亿美元", "消费、外资两项指标均完成年度目标。", "实际使用外资", "achieved"),
    ("固定资产投资增长6%", "投资、消费增速分别为4.1%和6.2%。", "固定资产投资", "not_met"),
    ("社会消费品零售总额增长6%", "投资、消费分别增长4.1%和6.2%。", "社会消费品零售总额", "achieved"),
    ("实际使用外资增长5%", "外资、外贸分别增长6.2%和3.5%。", "实际使用外资", "achieved"),
    # one figure shared by a list of bare words (verify.shared_rate)
    ("外贸进出口总额增长5%", "外贸、外资双双增长10%以上。", "外贸进出口总额", "achieved"),
    ("实际使用外资增长5%", "外贸、外资均下降3%。", "实际使用外资", "not_met"),
    ("地区生产总值增长6%", "外贸、外资双双增长10%以上。", "地区生产总值", "not_reported"),
    # (guards) the excepted metrics are not the others; a list before a policy or a count of firms names no metric
    ("地区生产总值增长6%", "除消费外，其余指标均完成年度目标。", "地区生产总值", "not_reported"),
    ("固定资产投资增长6%", "坚持投资、消费双轮驱动，新开工项目120个。", "固定资产投资", "not_reported"),
    ("实际使用外资3亿美元", "新设外资企业57家，外资企业营业收入增长8%。", "实际使用外资", "not_reported"),
    ("固定资产投资增长6%", "扩投资、促消费，新开工项目120个。", "固定资产投资", "not_reported"),
    ("固定资产投资增长6%", "投资、消费、外贸等领域政策持续发力。", "固定资产投资", "not_reported"),
])
def test_bare_words_as_list_items(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# A figure over all units for a target over the units above a size (verify.size_scope; the forty-sixth invented set's
# first run): a wider neighbouring metric, quoted, unclear; and a metric the review says is not comparable with its
# target (不可比, 不具可比性; verify.mention_predicate): a mention with no verdict.  Guards: the target's own scope under its
# short name or after 其中 answers it; the same words with no size answer a target with none; a count of firms said
# not comparable names no metric.
@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("规模以上工业增加值增长7%", "预计全年工业增加值增长7.6%。", "规模以上工业增加值", "unclear"),
    ("规模以上工业增加值增长7%", "全市工业增加值增长6.1%。", "规模以上工业增加值", "unclear"),
    ("限额以上社会消费品零售额增长7%", "社会消费品零售额增长7.6%。", "限额以上社会消费品零售额", "unclear"),
    ("实际利用外资1.2亿美元", "受统计口径调整影响，实际利用外资与年初目标不可比，按新口径完成1.06亿美元。", "实际利用外资", "unclear"),
    ("实际利用外资1.2亿美元", "因统计口径调整，实际利用外资数据不具可比性。", "实际利用外资", "unclear"),
    # (guards)
    ("规模以上工业增加值增长7%", "全市工业增加值增长7.6%，其中规模以上工业增加值增长8.1%。", "规模以上工业增加值", "achieved"),
    ("规模以上工业增加值增长7%", "规上工业增加值增长6.6%。", "规模以上工业增加值", "not_met"),
    ("规模以上工业增加值增长7%", "规模以上工业实现增加值1200亿元，增长7.6%。", "规模以上工业增加值", "achieved"),
    ("工业增加值增长7%", "工业增加值增长7.6%。", "工业增加值", "achieved"),
    ("实际利用外资1.2亿美元", "实际利用外资1.35亿美元，按可比口径增长8%。", "实际利用外资", "achieved"),
    ("实际利用外资1.2亿美元", "新设外资企业12家，与上年不可比。", "实际利用外资", "not_reported"),
])
def test_wider_units_and_figures_not_comparable(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# What is measured alone (verify.growth_measure: 增加值) after a clause of other things' figures takes the subject of its
# sentence part, the opening clause with no figure (the forty-sixth invented set's first run).  Guards: with no such
# subject (the part opens on a figure) it names nothing, and the subject answers no other sector's target.
@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("规模以上工业增加值增长6%", "规模以上工业经受住了市场需求不足的考验，新能源汽车、锂电池产量分别增长32%和21%，全年增加值增长6.8%。",
     "规模以上工业增加值", "achieved"),
    ("规模以上工业增加值增长6%", "规模以上工业顶住下行压力，新能源汽车产量增长32%，增加值增长5.1%。", "规模以上工业增加值", "not_met"),
    ("规模以上工业增加值增长6%", "规模以上工业经受住了市场需求不足的考验，全年增加值增长6.8%。", "规模以上工业增加值", "achieved"),
    # (guards)
    ("规模以上工业增加值增长6%", "新能源汽车产量增长32%，增加值增长6.8%。", "规模以上工业增加值", "not_reported"),
    ("服务业增加值增长6%", "规模以上工业经受住了考验，新能源汽车产量增长32%，增加值增长6.8%。", "服务业增加值", "not_reported"),
])
def test_measure_alone_after_other_figures(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# A probe of the forty-sixth set's rules on other words, each row written and labelled by reading before the engine was
# run on it: bare words as the items of an exception with a count, a pair sharing 双双, a metaphor of three names, a
# whole county's industry beside its 规上 part, a metric said not comparable with the year before, products' falls
# before the subject's 增加值, two bare words sharing a shortfall against the target in points.  First run: 9/10 — the pair
# sharing 双双 before its predicate named nothing (unclear read as not_reported); fitted (verify.shared_rate between a list
# of bare words and its predicate); one figure shared by bare words (外贸、外资双双增长10%以上) after it, in the table above.
SIXTH_PROBE = [
    ("固定资产投资增长8%", "除外贸、投资两项指标外，其余主要指标均完成年度目标。", "固定资产投资", "not_met"),
    ("外贸进出口总额增长5%", "除外贸、投资两项指标外，其余主要指标均完成年度目标。", "外贸进出口总额", "not_met"),
    ("实际使用外资增长5%", "外贸、外资双双实现正增长。", "实际使用外资", "unclear"),
    ("社会消费品零售总额增长7%", "投资、消费、出口三驾马车协同发力。", "社会消费品零售总额", "not_reported"),
    ("规模以上工业增加值增长7%", "全县工业增加值增长7.6%，其中规上工业增加值增长6.2%。", "规模以上工业增加值", "not_met"),
    ("规模以上工业增加值增长7%", "全部工业增加值增长7.6%。", "规模以上工业增加值", "unclear"),
    ("一般公共预算收入增长5%", "受减税降费政策影响，一般公共预算收入与上年不可比。", "一般公共预算收入", "unclear"),
    ("规模以上工业增加值增长6%", "规模以上工业克服原材料价格上涨等不利因素，钢材、水泥产量分别下降3.2%和5.1%，增加值增长4.3%。",
     "规模以上工业增加值", "not_met"),
    ("社会消费品零售总额增长6%", "消费、投资增速分别低于年度目标1.2个和2.3个百分点。", "社会消费品零售总额", "not_met"),
    ("固定资产投资增长6%", "消费、投资增速分别低于年度目标1.2个和2.3个百分点。", "固定资产投资", "not_met"),
]


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), SIXTH_PROBE)
def test_sixth_probe_bare_lists_and_scopes(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# A clause opened by a word sharing its figure (verify.shared_rate: 均增长…) after a 分别 list of levels in its sentence part:
# the figure is each listed metric's (v129's incomes, read after its first run for the right reason).  Guards: a floor under
# the target by less than a point stays unclear (a whole point under is not_met, the lead's D18), and a metric not in the
# list takes nothing.
@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("农村居民人均可支配收入增长6%", "城镇居民人均可支配收入、农村居民人均可支配收入分别达到58620元、31250元，均增长7%以上。",
     "农村居民人均可支配收入", "achieved"),
    ("城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入、农村居民人均可支配收入分别达到58620元、31250元，均增长7%以上。",
     "城镇居民人均可支配收入", "achieved"),
    ("城镇居民人均可支配收入增长6%", "城镇和农村居民人均可支配收入分别达到58620元和31250元，均比上年增长5.2%。",
     "城镇居民人均可支配收入", "not_met"),
    # (guards)
    ("城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入、农村居民人均可支配收入分别达到58620元、31250元，均增长5%以上。",
     "城镇居民人均可支配收入", "not_met"),
    ("城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入、农村居民人均可支配收入分别达到58620元、31250元，均增长5.5%以上。",
     "城镇居民人均可支配收入", "unclear"),
    ("固定资产投资增长6%", "城镇居民人均可支配收入、农村居民人均可支配收入分别达到58620元、31250元，均增长7%以上。",
     "固定资产投资", "not_reported"),
])
def test_shared_rate_after_a_respective_list(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# A rate in brackets right after the metric's name, no level between (固定资产投资（增长7.4%）保持较快增长): the metric's
# rate, as after a level (…亿元（增长5.2%）).  Stop 43, from an invented pair's miss; written in other words.
@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("固定资产投资增长8%", "全区固定资产投资（增长8.9%）继续保持较快增长。", "固定资产投资", "achieved"),
    ("固定资产投资增长8%", "全区实现地区生产总值301.2亿元（增长6.1%），固定资产投资（同比增长7.3%）稳中有进。",
     "固定资产投资", "not_met"),
    ("规模以上工业增加值增长7%", "规上工业增加值（比上年增长7.6%）创近年新高。", "规模以上工业增加值", "achieved"),
    ("社会消费品零售总额增长6%", "社会消费品零售总额（下降2.3%）受到冲击。", "社会消费品零售总额", "not_met"),
    # guards: a level before the bracket names it as before; a bracket of another note keeps no figure of the metric
    ("社会消费品零售总额增长6%", "社会消费品零售总额96.4亿元（增长6.8%）。", "社会消费品零售总额", "achieved"),
    ("固定资产投资增长8%", "固定资产投资（不含农户）保持稳定，工业投资增长12.5%。", "固定资产投资", "unclear"),
], ids=["rate in brackets", "rate in brackets after a level's clause", "year on year in brackets", "fall in brackets",
        "level then bracket", "note in brackets, another metric's rate"])
def test_a_rate_in_brackets_after_the_name(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# 社消总额, a short name of 社会消费品零售总额 (words.toml verify.aliases, as 社零 and 社零总额).  Stop 43, from a real pair's
# miss; written in other words.
@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("社会消费品零售总额增长7.5%", "全年社消总额增长6.2%。", "社会消费品零售总额", "not_met"),
    ("社会消费品零售总额增长7.5%", "预计社消总额增长9.1%左右。", "社会消费品零售总额", "achieved"),
    # guard: another short name of retail is read as before
    ("社会消费品零售总额增长7.5%", "全年社零增长8.4%。", "社会消费品零售总额", "achieved"),
], ids=["short name under", "short name over", "she ling"])
def test_a_short_name_of_retail_sales(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason


# The job situation held stable (就业局势/就业形势…保持稳定) answered only by an unemployment rate or the new jobs: related
# figures, quoted, unclear (words.toml verify.neighbours); said stable in its own words it is met.  Stop 43, from a real
# pair's miss; written in other words.
@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("就业局势保持总体稳定", "城镇登记失业率3.1%。", "就业局势", "unclear"),
    ("就业形势保持稳定", "城镇调查失业率5.2%，城镇新增就业4.2万人。", "就业形势", "unclear"),
    # guards: the target's own words; nothing on jobs; a jobs target answered by its own figure
    ("就业形势保持稳定", "就业形势保持稳定，城镇新增就业4.2万人。", "就业形势", "achieved"),
    ("就业局势保持总体稳定", "粮食产量稳定在300万吨。", "就业局势", "not_reported"),
    ("城镇新增就业4万人", "城镇新增就业4.2万人，城镇登记失业率3.1%。", "城镇新增就业", "achieved"),
], ids=["registered rate", "surveyed rate and new jobs", "own words", "nothing on jobs", "own figure"])
def test_the_job_situation_beside_related_figures(target, said, metric, outcome):
    x = _verdict(target, said, metric)
    assert x.outcome == outcome, x.reason
