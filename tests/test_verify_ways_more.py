"""More ways a review states last year's results (issue 10 item 4): each row one invented target and one
invented passage of the next year's report, and the outcome a careful reader gives under the written
readings of bench/labels/corpus/README.md.  Labelled by reading before the engine was run on them; the
first run's agreement is in the commit that followed the labels.

The ways: a result far from its metric's name (全年实现地区生产总值…亿元、增长…%, the next sentence), a
table-like list (——, colons), the problems paragraph (…增速低于预期), another name or a parent/child metric,
an annex of the year's figures or a glossary, completion said in words (超额完成/未完成/好于预期/低于预期),
ranks, estimates (预计), an amount where the target is a rate and the other way round, a result split by
quarters, the two price bases (现价/可比价), and what is no result of the year (the target restated, the
country's growth, a plan to grow the metric)."""

import pytest

from luoshi.engine import verify as v
from tests.test_verify_ways import PLAN, REVIEW, _check, _read, verdict_against

pytestmark = pytest.mark.engine

# The same next-year report, with an annex printed after the closing words and a glossary.
ANNEXED = REVIEW + """
各位代表！让我们团结一心，奋力开创新局面！

{annex}
"""


def _verdict(target, place, said, metric):
    return verdict_against(ANNEXED, target, place, said, metric)


GDP = "地区生产总值增长6.5%左右"
IND = "规模以上工业增加值增长7.5%"
REV = "一般公共预算收入增长6.5%"
RETAIL = "社会消费品零售总额增长8.3%"
INVEST = "固定资产投资增长9%"

ROWS = [
    # the figure away from the metric's name: a lead verb, a level first, an aside between, the next sentence
    (GDP, "review", "全年实现地区生产总值3287亿元、增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "地区生产总值迈上3000亿元台阶，达到3287亿元，增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "经济总量达到3287亿元，增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "全市地区生产总值首次突破3000亿元。全年增长6.7%，增速居全省第二。", "地区生产总值", "achieved", "6.7%"),
    (IND, "review", "工业经济量质齐升，规模以上工业实现增加值1120亿元，增长8.1%。", "规模以上工业增加值", "achieved", "8.1%"),
    (RETAIL, "review", "消费市场持续回暖，全年实现社会消费品零售总额1460亿元，同比增长8.6%。", "社会消费品零售总额", "achieved",
     "8.6%"),
    (REV, "review", "财政实力稳步增强，一般公共预算收入完成268亿元，增长7.1%，税收占比达到78%。", "一般公共预算收入", "achieved",
     "7.1%"),
    # a table-like list
    (GDP, "bullet", "——地区生产总值：3287亿元，增长6.7%；", "地区生产总值", "achieved", "6.7%"),
    (IND, "bullet", "——规上工业增加值——增长8.1%；", "规模以上工业增加值", "achieved", "8.1%"),
    (INVEST, "review", "主要指标完成情况如下：地区生产总值增长6.7%；固定资产投资增长9.6%；社会消费品零售总额增长8.6%。",
     "固定资产投资", "achieved", "9.6%"),
    ("城镇登记失业率控制在4.2%以内", "review", "城镇登记失业率：3.4%（控制目标4.2%）。", "城镇登记失业率", "achieved", "3.4%"),
    # the problems paragraph
    (IND, "problems", "工业经济增长乏力，规上工业增加值增速低于预期，", "规模以上工业增加值", "not_met", None),
    # 投资 alone names 固定资产投资 where it stands alone before its change word (verify.bare_names); inside
    # 民间投资 or 工业投资 it is another metric
    (INVEST, "problems", "投资增速未达预期，", "固定资产投资", "not_met", None),
    (INVEST, "problems", "消费、投资增长乏力，", "固定资产投资", "unclear", None),
    (INVEST, "problems", "民间投资增速低于预期，", "固定资产投资", "not_reported", None),
    (REV, "problems", "一般公共预算收入增长4.2%，未完成年度预算目标，", "一般公共预算收入", "not_met", "4.2%"),
    (RETAIL, "problems", "消费市场恢复不及预期，社会消费品零售总额增速比年初目标低3.1个百分点，", "社会消费品零售总额",
     "not_met", None),
    (GDP, "problems", "受多重因素影响，经济增长未达到年初预期，", "地区生产总值", "not_met", None),
    # another name, a parent or a child metric
    ("工业增加值增长7%", "review", "规模以上工业增加值增长8.1%。", "工业增加值", "unclear", "8.1%"),
    (IND, "review", "全部工业增加值增长6.9%。", "规模以上工业增加值", "unclear", "6.9%"),
    (RETAIL, "review", "社零总额增长8.6%。", "社会消费品零售总额", "achieved", "8.6%"),
    ("城镇调查失业率控制在5.4%以内", "review", "城镇登记失业率为3.1%。", "城镇调查失业率", "unclear", "3.1%"),
    ("居民人均可支配收入增长6%", "review", "城镇居民人均可支配收入增长5.1%，农村居民人均可支配收入增长7.2%。",
     "居民人均可支配收入", "unclear", None),
    # an annex of the year's figures after the closing words; a glossary
    (GDP, "annex", "附件\n\n2024年主要指标完成情况\n\n地区生产总值增长6.7%，规模以上工业增加值增长8.1%。", "地区生产总值",
     "achieved", "6.7%"),
    (IND, "annex", "名词解释\n\n1.规模以上工业增加值：指年主营业务收入2000万元及以上工业法人企业的增加值。", "规模以上工业增加值",
     "not_reported", None),
    # (found by the sixth invented set's first run) the annex's results as a table: its header row and rule are no
    # heading lines that would end the year's annex
    (GDP, "annex", "附件\n\n2024年主要指标完成情况\n\n| 指标 | 预期目标 | 完成情况 |\n|---|---|---|\n| 地区生产总值增长（%） | 6.5左右 | 6.7 |",
     "地区生产总值", "achieved", "6.7"),
    (GDP, "annex", "附件\n\n2025年民生实事项目\n\n| 指标 | 预期目标 | 完成情况 |\n|---|---|---|\n| 地区生产总值增长（%） | 6.5左右 | 6.7 |",
     "地区生产总值", "not_reported", None),
    # completion said in words
    ("城镇新增就业5万人", "review", "城镇新增就业5.4万人，超额完成年度目标任务。", "城镇新增就业", "achieved", "5.4万人"),
    ("单位地区生产总值能耗下降3%", "review", "单位地区生产总值能耗降幅完成省定目标。", "单位地区生产总值能耗", "achieved", None),
    ("实际使用外资增长5%", "review", "实际使用外资未完成年度目标。", "实际使用外资", "not_met", None),
    ("外贸进出口总额增长6%", "review", "外贸进出口总额增速低于预期。", "外贸进出口总额", "not_met", None),
    (REV, "review", "一般公共预算收入超额完成年度预算。", "一般公共预算收入", "achieved", None),
    (INVEST, "review", "固定资产投资增长目标未能实现。", "固定资产投资", "not_met", None),
    (IND, "review", "规上工业增加值增速圆满完成年度目标。", "规模以上工业增加值", "achieved", None),
    (GDP, "review", "经济增速好于预期目标。", "地区生产总值", "achieved", None),
    ("居民人均可支配收入增长6%", "review", "居民收入增长好于预期。", "居民人均可支配收入", "achieved", None),
    ("外贸进出口总额增长6%", "review", "外贸进出口总额超额完成年度目标。", "外贸进出口总额", "achieved", None),
    # a rank
    (REV, "review", "一般公共预算收入总量跃居全省第三。", "一般公共预算收入", "unclear", None),
    # estimates
    (GDP, "review", "全年地区生产总值预计增长6.6%。", "地区生产总值", "achieved", "6.6%"),
    (RETAIL, "review", "预计全年社会消费品零售总额可达1460亿元，增长7.2%左右。", "社会消费品零售总额", "not_met", "7.2%"),
    # an amount for a rate, a rate for an amount
    (REV, "review", "一般公共预算收入达到268亿元。", "一般公共预算收入", "unclear", "268亿元"),
    ("一般公共预算收入达到260亿元", "review", "一般公共预算收入增长7.1%。", "一般公共预算收入", "unclear", "7.1%"),
    ("城镇新增就业5万人", "review", "城镇新增就业人数增长4%。", "城镇新增就业", "unclear", "4%"),
    # a result by quarters: the whole year's figure, else a part-year's that does not settle it
    (GDP, "review", "地区生产总值一季度增长5.1%、上半年增长5.9%、前三季度增长6.3%、全年增长6.7%。", "地区生产总值",
     "achieved", "6.7%"),
    (IND, "review", "规模以上工业增加值上半年增长6.2%。", "规模以上工业增加值", "unclear", "6.2%"),
    # current and constant prices: a growth target is a real growth
    (GDP, "review", "地区生产总值现价增长6.9%，按可比价格计算增长5.7%。", "地区生产总值", "not_met", "5.7%"),
    # what is no result of the year
    (GDP, "review", "面对严峻形势，我们坚持年初确定的地区生产总值增长6.5%左右的目标不动摇。", "地区生产总值", "not_reported",
     None),
    (GDP, "review", "在全国经济增长5.2%的大背景下，全市经济运行总体平稳。", "地区生产总值", "not_reported", None),
    (IND, "review", "实施规上工业企业培育计划，新增规上工业企业86家。", "规模以上工业增加值", "not_reported", None),
    (REV, "review", "全省一般公共预算收入增长5.3%，我市增长7.1%。", "一般公共预算收入", "achieved", "7.1%"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), ROWS)
def test_yet_more_ways_a_review_states_a_result(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- a second set (labelled before the engine was run on it): a review of five years with the year in it,
# the year's figure beside others of its sentence, and sentences on the metric that report no result ------

FIVE_YEARS = """政府工作报告
——2025年1月9日在某市人民代表大会上

各位代表：

现在，我代表市人民政府，向大会报告政府工作，请予审议。

一、过去五年工作回顾

过去五年，我们团结带领全市人民砥砺奋进。五年来，全市地区生产总值年均增长6.1%。

{five}

2024年是实施“十四五”规划的关键之年。{year}

同时，我们也清醒认识到，{problems}发展中还存在不少困难和问题。

二、2025年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。
"""


def _five_verdict(target, place, said, metric):
    return verdict_against(FIVE_YEARS, target, place, said, metric)


FIVE_ROWS = [
    (GDP, "five", "——综合实力大幅跃升。地区生产总值由2019年的2400亿元增加到2024年的3287亿元，2024年增长6.7%。", "地区生产总值",
     "achieved", "6.7%"),
    (GDP, "five", "——经济实力持续增强。去年地区生产总值增长6.7%，五年年均增长6.1%。", "地区生产总值", "achieved", "6.7%"),
    # the level reached at the end of the five years is the year's level (a level for a growth target: unclear,
    # quoted); the 年均 rate before it is the five years'
    (GDP, "five", "——综合实力大幅跃升。地区生产总值年均增长6.1%，达到3287亿元。", "地区生产总值", "unclear", "3287亿元"),
    (GDP, "five", "——综合实力大幅跃升。五年来，地区生产总值年均增长6.1%，2024年突破3000亿元。", "地区生产总值", "unclear",
     "3000亿元"),
    # (the lead's convention D3 of stop 50 (verifyf): a five-year cumulative or average figure of the same measure alone is
    # quoted unclear, not unreported)
    ("城镇新增就业5万人", "five", "——民生福祉持续增进。城镇新增就业年均5.2万人，累计达到26万人。", "城镇新增就业", "unclear",
     None),
    (GDP, "year", "刚刚过去的2024年，全市地区生产总值增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    (IND, "year", "一年来，规模以上工业增加值增长8.1%。", "规模以上工业增加值", "achieved", "8.1%"),
    (REV, "year", "2024年，全市一般公共预算收入完成268亿元、增长7.1%。", "一般公共预算收入", "achieved", "7.1%"),
    # (the lead's convention D3 of stop 50 (verifyf): a five-year cumulative or average figure of the same measure alone is
    # quoted unclear, not unreported)
    ("城镇新增就业5万人", "five", "——民生福祉持续增进。五年来，城镇新增就业累计达到26万人。", "城镇新增就业", "unclear", None),
    (GDP, "year", "2024年，全市经济增长6.7%，为五年来最高。", "地区生产总值", "achieved", "6.7%"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), FIVE_ROWS)
def test_the_year_in_a_review_of_five_years(target, place, said, metric, outcome, quoted):
    _check(_five_verdict(target, place, said, metric), said, outcome, quoted)


SECOND_ROWS = [
    (GDP, "review", "全市实现地区生产总值3287亿元，比上年增长6.7%，两年平均增长6.2%。", "地区生产总值", "achieved", "6.7%"),
    # the year's rate joined by 、 to an average of several years after it: the word of several years is the next item's
    (RETAIL, "review", "预计全年社会消费品零售总额增长9.4%、两年平均增长4.1%。", "社会消费品零售总额", "achieved", "9.4%"),
    (IND, "review", "规模以上工业增加值增长6.8%、三年平均增长5.5%，增速居全省第四。", "规模以上工业增加值", "not_met", "6.8%"),
    # a clause of several years, then the year's own change on the year before (比上年, 较上年: verify.one_year)
    (RETAIL, "review", "社会消费品零售总额达到410亿元，三年平均增长4.2%，比上年增长9.1%。", "社会消费品零售总额", "achieved", "9.1%"),
    (IND, "review", "规模以上工业增加值两年平均增长6.1%，较上年增长7.2%。", "规模以上工业增加值", "not_met", "7.2%"),
    # (guard) 同比 after a clause of several years may be a month's (12月当月同比…): no year's figure
    (IND, "review", "规模以上工业增加值两年平均增长6.1%，12月当月同比增长9.2%。", "规模以上工业增加值", "not_reported", None),
    # (guards) a word of several years before the figure in its clause covers it, and a list after it
    (IND, "review", "规模以上工业增加值年均增长8.2%、总量跃居全省第五。", "规模以上工业增加值", "not_reported", None),
    (GDP, "review", "地区生产总值增长6.7%，其中一产增长3.1%、二产增长7.2%、三产增长6.5%。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "经济增长6.7%，高于全国1.7个百分点。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "全市GDP同比增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "地区生产总值增长6.7%（预计数）。", "地区生产总值", "achieved", "6.7%"),
    (IND, "review", "规模以上工业增加值由上年的下降2.1%转为增长8.1%。", "规模以上工业增加值", "achieved", "8.1%"),
    (INVEST, "review", "固定资产投资增速由负转正，全年增长3.2%。", "固定资产投资", "not_met", "3.2%"),
    ("城镇新增就业5万人", "review", "城镇新增就业5.4万人，城镇调查失业率控制在5.1%。", "城镇新增就业", "achieved", "5.4万人"),
    ("居民人均可支配收入增长6%", "review", "居民人均可支配收入达到5.2万元，增长6.3%。", "居民人均可支配收入", "achieved", "6.3%"),
    ("城镇居民人均可支配收入增长6%", "review", "城乡居民人均可支配收入分别达到6.8万元和3.1万元，分别增长5.2%、7.1%。",
     "城镇居民人均可支配收入", "not_met", "5.2%"),
    (REV, "review", "一般公共预算收入268亿元，同口径增长7.1%。", "一般公共预算收入", "achieved", "7.1%"),
    ("外贸进出口总额增长6%", "review", "外贸进出口总额突破500亿元，增长12.3%，创历史新高。", "外贸进出口总额", "achieved", "12.3%"),
    ("实际使用外资增长5%", "review", "实际使用外资4.2亿美元，下降8.5%。", "实际使用外资", "not_met", "8.5%"),
    ("单位地区生产总值能耗下降3%", "review", "单位地区生产总值能耗预计下降3.4%。", "单位地区生产总值能耗", "achieved", "3.4%"),
    ("空气质量优良天数比例达到85%", "review", "空气质量优良天数比例88.5%，较上年提高2.1个百分点。", "空气质量优良天数比例", "achieved",
     "88.5%"),
    ("居民消费价格涨幅控制在3.2%左右", "review", "居民消费价格总水平上涨1.9%。", "居民消费价格涨幅", "achieved", "1.9%"),
    ("粮食产量稳定在50万吨以上", "review", "粮食总产量稳定在52.1万吨。", "粮食产量", "achieved", "52.1万吨"),
    (GDP, "problems", "地区生产总值增长5.6%，低于年初预期0.9个百分点，", "地区生产总值", "not_met", "5.6%"),
    (GDP, "review", "主要经济指标增速高于全省平均水平，地区生产总值增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    (RETAIL, "review", "社零总额同比增长8.6%，增速居全省第1。", "社会消费品零售总额", "achieved", "8.6%"),
    (REV, "review", "一般公共预算收入完成年度预算的102.3%，增长7.1%。", "一般公共预算收入", "achieved", "7.1%"),
    (INVEST, "review", "固定资产投资（不含农户）增长9.6%。", "固定资产投资", "achieved", "9.6%"),
    (INVEST, "review", "全社会固定资产投资完成1850亿元，同比增长9.6%。", "固定资产投资", "achieved", "9.6%"),
    ("旅游总收入增长10%", "review", "全年接待国内外游客5600万人次，实现旅游总收入620亿元，分别增长12%和15%。", "旅游总收入", "achieved",
     "15%"),
    (INVEST, "review", "地区生产总值增长6.7%、规模以上工业增加值增长8.1%、固定资产投资增长9.6%，分别高于年度目标0.2、0.6和0.6个百分点。",
     "固定资产投资", "achieved", "9.6%"),
    (GDP, "review", "全市经济运行稳中向好、进中提质，全年地区生产总值达到3287亿元，按不变价格计算，比上年增长6.7%。", "地区生产总值",
     "achieved", "6.7%"),
    # the work done for it said in the review with the state it reached: unclear, quoted, since the lead's answer of
    # stop 66 (bench/labels/verify_real/README.md "Decision, stop 66 (continued)"; it read not_reported before)
    (INVEST, "review", "我们积极扩大有效投资，推动固定资产投资稳定增长。", "固定资产投资", "unclear", None),
    # sentences on the metric that report no result of it: a measure's name, the coming year's difficulty
    (GDP, "problems", "稳增长压力较大，完成地区生产总值增长目标任务艰巨，", "地区生产总值", "not_reported", None),
    ("居民人均可支配收入增长6%", "review", "出台支持居民收入增长的若干措施。", "居民人均可支配收入", "not_reported", None),
    (RETAIL, "review", "社会消费品零售总额统计监测体系不断完善。", "社会消费品零售总额", "not_reported", None),
    ("城镇登记失业率控制在4.2%以内", "review", "城镇登记失业率等指标纳入考核。", "城镇登记失业率", "not_reported", None),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), SECOND_ROWS)
def test_the_year_figure_beside_others_and_no_result(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- a third set (labelled before the engine was run on it): the review part under other titles, and the
# text as documents carry it (a line wrapped inside a sentence, markdown bold, spaces, full-width signs, a note
# mark after the figure) ----------------------------------------------------------------------------------

_RETITLED = REVIEW.replace("一、2024年工作回顾", "{title}")


@pytest.mark.parametrize("title", [
    "一、过去一年的主要工作",
    "一、2024年经济社会发展回顾",
    "一、关于2024年工作",
    "一、2024年政府工作回顾",
    "一、过去一年工作回顾",
    "一、2024年工作总结",
    "一、砥砺奋进的2024年",
    "一、一年来的主要工作",
    "一、2024年主要工作进展",
    "一、2024年工作回顾和2025年工作安排",
])
def test_review_part_under_other_titles(title):
    verdicts, _ = v.verify_documents(_read(PLAN.format(target=GDP), "n.txt"), _read(
        _RETITLED.replace("{title}", title).format(head="", review="地区生产总值增长6.7%。", bullet="", problems=""), "n1.txt"))
    assert verdicts[0].outcome == "achieved", verdicts[0].reason
    assert verdicts[0].actual["value"] == 6.7, verdicts[0].reason


@pytest.mark.parametrize(("said", "outcome", "value"), [
    ("全市地区生产总值增长\n6.7%，规模以上工业增加值增长8.1%。", "achieved", 6.7),
    ("全市地区\n生产总值增长6.7%，规模以上工业增加值增长8.1%。", "achieved", 6.7),
    ("**地区生产总值增长6.7%**，规模以上工业增加值增长8.1%。", "achieved", 6.7),
    ("地区生产总值增长 6.7 %。", "achieved", 6.7),
    ("地区生产总值增长6.7％。", "achieved", 6.7),
    ("地区生产总值增长6.7%①，规模以上工业增加值增长8.1%。", "achieved", 6.7),
    ("地区生产总值增长5.7%①，规模以上工业增加值增长8.1%。", "not_met", 5.7),
    ("地区生产总值增长6.7%[1]。", "achieved", 6.7),
    ("地区生产总值增长6.7%（注：按可比价格计算）。", "achieved", 6.7),
])
def test_review_text_as_documents_carry_it(said, outcome, value):
    x = _verdict(GDP, "review", said, "地区生产总值")
    assert x.outcome == outcome, x.reason
    assert x.actual and x.actual["value"] == value, x.reason


# --- a fourth set (labelled before the engine was run on it): qualitative targets and what the review says
# of them — the predicate again in other words, a figure of the metric, a neighbour's figure, a rank, work
# done with the metric unnamed ------------------------------------------------------------------------------

QUALITATIVE_ROWS = [
    ("居民收入增长与经济增长基本同步", "review", "居民人均可支配收入增长6.1%，与经济增长基本同步。", "居民收入", "achieved", None),
    ("居民收入增长与经济增长基本同步", "review", "居民人均可支配收入增长6.1%，地区生产总值增长6.7%。", "居民收入", "not_met", None),
    ("就业形势保持稳定", "review", "就业形势总体稳定，城镇新增就业5.4万人。", "就业形势", "achieved", None),
    ("就业形势保持稳定", "review", "高校毕业生就业率保持在95%以上。", "就业形势", "unclear", None),
    ("财政收入稳定增长", "review", "一般公共预算收入增长7.1%。", "财政收入", "unclear", None),
    ("营商环境持续优化", "review", "营商环境持续优化，新增市场主体3.2万户。", "营商环境", "achieved", None),
    ("营商环境持续优化", "review", "营商环境评价位列全省第一档。", "营商环境", "unclear", None),
    ("营商环境持续优化", "review", "深化“放管服”改革，推行一网通办。", "营商环境", "not_reported", None),
    ("科技创新能力持续提升", "review", "科技创新能力显著增强。", "科技创新能力", "achieved", None),
    ("生态环境质量持续改善", "review", "生态环境质量稳中向好。", "生态环境质量", "achieved", None),
    ("生态环境质量持续改善", "review", "中央生态环境保护督察反馈问题整改完成。", "生态环境质量", "not_reported", None),
    ("粮食安全得到有效保障", "review", "粮食安全保障有力，粮食总产量52.1万吨。", "粮食安全", "achieved", None),
    ("居民收入稳步增长", "review", "居民人均可支配收入增长6.3%。", "居民收入", "achieved", None),
    ("居民收入稳步增长", "review", "居民人均可支配收入下降0.8%。", "居民收入", "not_met", None),
    ("主要污染物排放总量持续减少", "review", "化学需氧量、氨氮排放量分别下降3.1%、2.8%。", "主要污染物排放总量", "unclear", None),
    ("节能减排完成省下达任务", "review", "能耗强度下降3.4%。", "节能减排", "unclear", None),
    # a bare 缩小 opens a target's predicate (target.predicate); the gap narrowed is said, or the rural income
    # grew faster than the urban (verify.income_gap)
    ("城乡居民收入差距缩小", "review", "城乡居民收入比由2.01:1缩小到1.98:1。", "城乡居民收入差距", "achieved", None),
    ("城乡居民收入差距缩小", "review", "农村居民人均可支配收入增速快于城镇居民1.9个百分点。", "城乡居民收入差距", "achieved", None),
    ("城乡居民收入差距缩小", "review", "城镇和农村居民人均可支配收入分别增长5.2%和7.3%。", "城乡居民收入差距", "achieved", "7.3%"),
    ("城乡居民收入差距缩小", "review", "城镇和农村居民人均可支配收入分别增长6.2%和5.3%。", "城乡居民收入差距", "not_met", "5.3%"),
    ("城乡居民收入差距缩小", "review", "农民收入增速低于城镇居民。", "城乡居民收入差距", "not_met", None),
    ("城乡居民收入差距缩小", "review", "农村人居环境整治提升。", "城乡居民收入差距", "not_reported", None),
    ("宏观杠杆率基本稳定", "review", "政府债务风险总体可控。", "宏观杠杆率", "not_reported", None),
    ("民生福祉持续增进", "review", "民生支出占一般公共预算支出比重达到78%。", "民生福祉", "unclear", None),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), QUALITATIVE_ROWS)
def test_qualitative_targets_and_what_the_review_says(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- a fifth set (labelled before the engine was run on it): estimates, as reports delivered before the year's
# statistics are out write them (有望, 可望, 初步测算, 将达到, 预计 at the head of a list or after the metric) ------

ESTIMATE_ROWS = [
    (GDP, "review", "地区生产总值有望增长6.7%左右。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "全年地区生产总值可望增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "初步测算，全年地区生产总值增长6.7%左右。", "地区生产总值", "achieved", "6.7%"),
    (RETAIL, "review", "预计全年实现地区生产总值3287亿元，增长6.7%；规模以上工业增加值增长8.1%；社会消费品零售总额增长8.6%。",
     "社会消费品零售总额", "achieved", "8.6%"),
    (REV, "bullet", "——预计全年地区生产总值增长6.7%，一般公共预算收入增长7.1%。", "一般公共预算收入", "achieved", "7.1%"),
    (GDP, "review", "全年地区生产总值将达到3287亿元、增长6.7%左右。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "地区生产总值预计可达3287亿元，增长6.7%左右。", "地区生产总值", "achieved", "6.7%"),
    ("城镇新增就业5万人", "review", "预计全年城镇新增就业5.4万人。", "城镇新增就业", "achieved", "5.4万人"),
    (REV, "review", "预计全年一般公共预算收入增长5.1%，低于年初预期。", "一般公共预算收入", "not_met", "5.1%"),
    (GDP, "review", "预计2024年全市地区生产总值增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "地区生产总值增长6.7%左右（预计）。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "经初步核算，全年地区生产总值增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "全年经济增速预计在6.7%左右。", "地区生产总值", "achieved", "6.7%"),
    (INVEST, "review", "预计全年固定资产投资增长8%左右，规上工业增加值增长8.1%。", "固定资产投资", "not_met", "8%"),
    (GDP, "review", "全年有望实现地区生产总值增长6.5%左右的预期目标。", "地区生产总值", "achieved", None),
    (GDP, "review", "力争全年地区生产总值增长6.7%。", "地区生产总值", "not_reported", None),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), ESTIMATE_ROWS)
def test_estimates_as_written(target, place, said, metric, outcome, quoted):
    x = _verdict(target, place, said, metric)
    _check(x, said, outcome, quoted)
    if quoted is not None:
        assert x.estimate or "预计" not in said and "有望" not in said and "可望" not in said and "将" not in said, x.reason


# --- a sixth set (labelled before the engine was run on it): the year's figures set beside their targets, as a
# table in the review (markdown, tab-separated) or a line naming both --------------------------------------

@pytest.mark.parametrize(("said", "outcome", "value"), [
    ("主要指标完成情况如下：\n\n| 指标 | 年度目标 | 完成情况 |\n|---|---|---|\n| 地区生产总值增长 | 6.5%左右 | 6.7% |\n"
     "| 规模以上工业增加值增长 | 7.5% | 8.1% |", "achieved", 6.7),
    ("主要指标完成情况如下：\n\n| 指标 | 年度目标 | 完成情况 |\n|---|---|---|\n| 地区生产总值增长（%） | 6.5左右 | 5.7 |\n"
     "| 规模以上工业增加值增长（%） | 7.5 | 8.1 |", "not_met", 5.7),
    ("主要指标完成情况：\n\n指标\t年度目标\t完成情况\n地区生产总值增长\t6.5%左右\t6.7%\n规模以上工业增加值增长\t7.5%\t8.1%",
     "achieved", 6.7),
    # a header naming the year in its cells (2023年目标 | 实际完成), and a column of completion in words after the figures'
    ("主要指标完成情况如下：\n\n| 主要指标 | 2023年目标 | 实际完成 | 完成情况 |\n|---|---|---|---|\n"
     "| 地区生产总值增速（%） | 6.5 | 5.9 | 未完成 |\n| 规上工业增加值增速（%） | 8 | 8.4 | 完成 |", "not_met", 5.9),
    ("主要指标完成情况：\n\n指标\t2023年度目标\t2023年实绩\n地区生产总值增长\t6.5%左右\t6.7%\n规模以上工业增加值增长\t7.5%\t8.1%",
     "achieved", 6.7),
    ("地区生产总值增长：目标6.5%左右，完成6.7%。", "achieved", 6.7),
    ("地区生产总值增长6.7%（目标6.5%左右）。", "achieved", 6.7),
    ("地区生产总值增长5.7%，年度目标为6.5%左右。", "not_met", 5.7),
])
def test_figures_beside_their_targets(said, outcome, value):
    x = _verdict(GDP, "review", said, "地区生产总值")
    assert x.outcome == outcome, x.reason
    assert x.actual and x.actual["value"] == value, x.reason


def test_a_table_row_with_no_result_column_is_read_as_written():
    """A table in the review whose header names no column of results: its rows are read as sentences."""
    said = "| 指标 | 说明 | 备注 |\n|---|---|---|\n| 经济运行 | 地区生产总值增长6.7% | 稳中向好 |"
    x = _verdict(GDP, "review", said, "地区生产总值")
    assert x.outcome == "achieved" and x.actual["value"] == 6.7, x.reason


# --- a seventh set (labelled before the engine was run on it): what the problems paragraph says of last year's
# targets — a shortfall named, a shortfall of no named metric, a metric's trouble, the difficulty ahead ---------

PROBLEMS_ROWS = [
    (GDP, "problems", "部分经济指标未达预期，", "地区生产总值", "not_reported", None),
    (INVEST, "problems", "地区生产总值、固定资产投资等指标增速低于预期，", "固定资产投资", "not_met", None),
    (INVEST, "problems", "主要经济指标增速放缓，工业投资增长乏力，", "固定资产投资", "not_reported", None),
    ("外贸进出口总额增长6%", "problems", "外贸进出口承压明显，", "外贸进出口总额", "unclear", None),
    (RETAIL, "problems", "消费需求不足，社会消费品零售总额增速低于全省平均水平，", "社会消费品零售总额", "unclear", None),
    (IND, "problems", "规模以上工业增加值增速比年初目标低1.2个百分点，", "规模以上工业增加值", "not_met", None),
    ("城镇新增就业5万人", "problems", "城镇新增就业目标任务完成难度较大，", "城镇新增就业", "not_reported", None),
    (REV, "problems", "一般公共预算收入增长乏力，收支矛盾突出，", "一般公共预算收入", "unclear", None),
    (REV, "problems", "财政收入完成预算目标压力较大，", "一般公共预算收入", "not_reported", None),
    (GDP, "problems", "全年地区生产总值增长6.1%，距年初预期目标还有差距，", "地区生产总值", "not_met", "6.1%"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), PROBLEMS_ROWS)
def test_what_the_problems_paragraph_says(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- found by the first run of bench/labels/verify_invented/ (labelled before the engine was run on them): a
# level in one sentence and its growth in the next opened by its basis alone; a short name in a sentence that
# says the result in words ---------------------------------------------------------------------------------

NEXT_SENTENCE_ROWS = [
    (GDP, "review", "全县生产总值突破3000亿元，达到3287亿元。按可比价计算，比上年增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "全市地区生产总值达到3287亿元。按可比价格计算，增长5.7%。", "地区生产总值", "not_met", "5.7%"),
    (GDP, "review", "全市地区生产总值达到3287亿元。经初步核算，比上年增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "全市地区生产总值达到3287亿元。据初步统计，全年增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    # a sentence opening on another subject is no continuation of the one before
    (GDP, "review", "全市地区生产总值达到3287亿元。服务业增加值比上年增长6.7%。", "地区生产总值", "unclear", "3287亿元"),
    ("实际使用外资增长5%", "problems", "利用外资未完成年度目标，", "实际使用外资", "not_met", None),
    ("实际使用外资增长5%", "review", "利用外资超额完成年度目标。", "实际使用外资", "achieved", None),
    ("实际使用外资增长5%", "review", "合同利用外资增长12%。", "实际使用外资", "not_reported", None),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), NEXT_SENTENCE_ROWS)
def test_the_next_sentence_and_a_short_name_in_words(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- found by the first run of the second set of bench/labels/verify_invented/: the metric spoken of with no
# figure (规模持续扩大; employment in words for a count of new jobs), and metrics said done before others said
# short in one sentence -------------------------------------------------------------------------------------

SAID_ROWS = [
    (INVEST, "review", "固定资产投资规模持续扩大。", "固定资产投资", "unclear", None),
    (INVEST, "review", "持续扩大固定资产投资规模。", "固定资产投资", "not_reported", None),
    ("城镇新增就业5万人", "review", "就业形势总体稳定。", "城镇新增就业", "unclear", None),
    ("城镇新增就业5万人", "review", "就业形势总体稳定，城镇新增就业5.4万人。", "城镇新增就业", "achieved", "5.4万人"),
    (GDP, "review", "地区生产总值、一般公共预算收入等主要指标完成年度目标，固定资产投资增速低于预期。", "地区生产总值",
     "achieved", None),
    (INVEST, "review", "地区生产总值、一般公共预算收入等主要指标完成年度目标，固定资产投资增速低于预期。", "固定资产投资",
     "not_met", None),
    (GDP, "review", "固定资产投资完成年度目标，地区生产总值增速低于预期。", "地区生产总值", "not_met", None),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), SAID_ROWS)
def test_spoken_of_without_a_figure_and_done_before_short(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- found by the first run of the third set of bench/labels/verify_invented/: a table of the year's results whose
# units stand in a column of their own -----------------------------------------------------------------------

@pytest.mark.parametrize(("target", "said", "metric", "outcome", "value"), [
    (GDP, "主要指标完成情况如下：\n\n指标\t单位\t年度目标\t完成值\n地区生产总值增速\t%\t6.5左右\t6.7\n规上工业增加值增速\t%\t7.5\t8.1",
     "地区生产总值", "achieved", 6.7),
    (IND, "主要指标完成情况如下：\n\n指标\t单位\t年度目标\t完成值\n地区生产总值增速\t%\t6.5左右\t6.7\n规上工业增加值增速\t%\t7.5\t6.1",
     "规模以上工业增加值", "not_met", 6.1),
    (GDP, "主要指标完成情况如下：\n\n| 指标 | 计量单位 | 年度目标 | 实际完成 |\n|---|---|---|---|\n| 地区生产总值增长 | % | 6.5左右 | 5.7 |",
     "地区生产总值", "not_met", 5.7),
    ("一般公共预算收入达到260亿元", "主要指标完成情况如下：\n\n指标\t单位\t年度目标\t完成值\n一般公共预算收入\t亿元\t260\t268.4",
     "一般公共预算收入", "achieved", 268.4),
])
def test_a_results_table_with_a_units_column(target, said, metric, outcome, value):
    x = _verdict(target, "review", said, metric)
    assert x.outcome == outcome, x.reason
    assert x.actual and x.actual["value"] == value, x.reason


# --- a fifth set (labelled before the engine was run on it): the metric under the names and phrasings reports
# use for it (口径 in brackets, 增长了/增长达到/增幅/增长率, 企业 inside the name, 人员, 金额, 常住, 货物贸易), and a
# metric spoken of with no comparable figure ------------------------------------------------------------------

NAMES_ROWS = [
    (REV, "review", "地方级一般公共预算收入完成268亿元，增长7.1%。", "一般公共预算收入", "achieved", "7.1%"),
    (REV, "review", "一般公共预算收入（地方口径）增长7.1%。", "一般公共预算收入", "achieved", "7.1%"),
    (GDP, "review", "全市生产总值（GDP）增长6.7%。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "经济增长6.7%，高于预期目标0.2个百分点。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "地区生产总值增长达到6.7%。", "地区生产总值", "achieved", "6.7%"),
    (GDP, "review", "地区生产总值增长了6.7%。", "地区生产总值", "achieved", "6.7%"),
    (IND, "review", "规模以上工业企业增加值增长8.1%。", "规模以上工业增加值", "achieved", "8.1%"),
    (IND, "review", "规上工业增加值同比增长8.1%，增速比上年提高2个百分点。", "规模以上工业增加值", "achieved", "8.1%"),
    (RETAIL, "review", "社会消费品零售总额实现1460亿元，比上年增长8.6%。", "社会消费品零售总额", "achieved", "8.6%"),
    (RETAIL, "review", "全年社会消费品零售总额增幅8.6%。", "社会消费品零售总额", "achieved", "8.6%"),
    (INVEST, "review", "全年固定资产投资增长率达到9.6%。", "固定资产投资", "achieved", "9.6%"),
    ("城镇新增就业5万人", "review", "全年新增城镇就业人员5.4万人。", "城镇新增就业", "achieved", "5.4万人"),
    ("城镇调查失业率控制在5.6%以内", "review", "全年城镇调查失业率平均为5.1%。", "城镇调查失业率", "achieved", "5.1%"),
    ("居民消费价格涨幅控制在3.2%左右", "review", "居民消费价格指数（CPI）上涨1.2%。", "居民消费价格涨幅", "achieved", "1.2%"),
    ("外贸进出口总额增长6%", "review", "货物贸易进出口总值增长8.2%。", "外贸进出口总额", "achieved", "8.2%"),
    ("实际使用外资增长5%", "review", "实际使用外资金额增长6.2%。", "实际使用外资", "achieved", "6.2%"),
    ("单位地区生产总值能耗下降3%", "review", "单位GDP能耗下降3.4%。", "单位地区生产总值能耗", "achieved", "3.4%"),
    ("粮食产量稳定在50万吨以上", "review", "粮食总产量稳定在52.1万吨以上。", "粮食产量", "achieved", "52.1万吨"),
    ("居民人均可支配收入增长6%", "review", "全体居民人均可支配收入增长6.3%。", "居民人均可支配收入", "achieved", "6.3%"),
    ("城镇居民人均可支配收入增长6%", "review", "城镇常住居民人均可支配收入增长6.3%。", "城镇居民人均可支配收入", "achieved",
     "6.3%"),
    (GDP, "problems", "经济增速放缓至5.2%，", "地区生产总值", "not_met", "5.2%"),
    (INVEST, "review", "固定资产投资同比下降3.2%。", "固定资产投资", "not_met", "3.2%"),
    (REV, "review", "一般公共预算收入保持较快增长。", "一般公共预算收入", "unclear", None),
    (RETAIL, "review", "消费市场稳步回暖，社会消费品零售总额增速逐季回升。", "社会消费品零售总额", "unclear", None),
    ("外贸进出口总额增长6%", "review", "外贸进出口总额创历史新高。", "外贸进出口总额", "unclear", None),
    (GDP, "review", "经济运行稳中向好，经济总量迈上3000亿元新台阶。", "地区生产总值", "unclear", "3000亿元"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), NAMES_ROWS)
def test_names_and_phrasings_of_a_result(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- found by the first run of the fifth set of bench/labels/verify_invented/: a differently defined employment
# count (bench/labels/corpus/README.md: quoted, unclear) where no figure of the target's count is given ----------

@pytest.mark.parametrize(("said", "outcome", "quoted"), [
    ("高校毕业生留市就业2.1万人。", "unclear", "2.1万人"),
    ("农村劳动力转移就业3.2万人。", "unclear", "3.2万人"),
    ("城镇新增就业5.4万人，高校毕业生留市就业2.1万人。", "achieved", "5.4万人"),
    ("新引进外资企业42家，外贸企业新增备案820家。", "not_reported", None),
    # (written after a probe run of these two, which read the first as unclear) a neighbour's figure counting
    # other things than people is no employment count
    ("组织高校毕业生招聘会120场。", "not_reported", None),
    ("实施就业优先政策，就业形势保持稳定。", "unclear", None),
])
def test_a_differently_defined_employment_count(said, outcome, quoted):
    _check(_verdict("城镇新增就业5万人", "review", said, "城镇新增就业"), said, outcome, quoted)


# --- a sixth set (labelled before the engine was run on it): 全口径 and 一般公共预算, 其中, short names (外贸, 社消零,
# 城镇居民收入), two bases, the statistics' scope before the metric, a headline paragraph ------------------------

SCOPE_ROWS = [
    ("财政总收入增长6%", "review", "全口径财政收入完成86亿元，增长6.2%。", "财政总收入", "achieved", "6.2%"),
    (REV, "review", "财政总收入增长8.3%，其中一般公共预算收入增长5.2%。", "一般公共预算收入", "not_met", "5.2%"),
    (REV, "review", "全口径财政收入增长8.3%。", "一般公共预算收入", "unclear", "8.3%"),
    ("外贸进出口总额增长6%", "review", "外贸增长7.4%。", "外贸进出口总额", "achieved", "7.4%"),
    ("城镇居民人均可支配收入增长6%", "review", "城镇居民收入增长6.4%。", "城镇居民人均可支配收入", "achieved", "6.4%"),
    (IND, "review", "规上工业增加值增速达8.1%，高于全省1.2个百分点。", "规模以上工业增加值", "achieved", "8.1%"),
    (RETAIL, "review", "社消零总额增长8.6%。", "社会消费品零售总额", "achieved", "8.6%"),
    (GDP, "review", "全市GDP总量达3287亿元，增速6.7%。", "地区生产总值", "achieved", "6.7%"),
    (REV, "review", "一般公共预算收入自然口径增长3.1%，同口径增长7.2%。", "一般公共预算收入", "unclear", None),
    (INVEST, "review", "固定资产投资（含农户）增长9.6%。", "固定资产投资", "achieved", "9.6%"),
    (INVEST, "review", "500万元以上固定资产投资增长9.6%。", "固定资产投资", "achieved", "9.6%"),
    (GDP, "head", "2024年，全市地区生产总值增长6.7%，经济运行稳中向好。", "地区生产总值", "achieved", "6.7%"),
]


SCOPE_ROWS += [
    # written after the sixth set's first run: a growth named by 投资 alone in its own item is 固定资产投资's; one
    # that takes 投资 from the figure before (a project's investment) is not
    (INVEST, "review", "全年投资增长9.6%。", "固定资产投资", "achieved", "9.6%"),
    (INVEST, "review", "实施重点项目120个，完成投资1100亿元，增长12%。", "固定资产投资", "not_reported", None),
    # (the next row read not_reported until the seventh set of bench/labels/verify_invented/: exports alone are a
    # neighbouring metric's figure, quoted, unclear by bench/labels/corpus/README.md — never the target's own)
    ("外贸进出口总额增长6%", "review", "外贸出口增长12%。", "外贸进出口总额", "unclear", "12%"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), SCOPE_ROWS)
def test_scopes_and_short_names(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- found by the first run of the seventh set of bench/labels/verify_invented/: a narrower metric's figure alone
# (税收收入, 外贸出口) is quoted, unclear; a part of the area's figure (开发区) is no result of the whole area;
# a second list of rates right after a 分别 list of levels; the economy's growth named by 总量 after its subject ----

SEVENTH_ROWS = [
    (REV, "review", "税收收入完成48.2亿元，增长3.1%。", "一般公共预算收入", "unclear", "3.1%"),
    (REV, "review", "一般公共预算收入增长5.2%，其中税收收入增长7.1%。", "一般公共预算收入", "not_met", "5.2%"),
    ("进出口总额增长3%", "review", "外贸出口增长6.2%，进口下降1.2%。", "进出口总额", "unclear", "6.2%"),
    ("进出口总额增长3%", "review", "进出口总额增长4.1%，其中出口增长6.2%。", "进出口总额", "achieved", "4.1%"),
    # (a part of the area's figure alone: quoted, unclear by the lead's decision of stop 48; was not_reported)
    (IND, "review", "其中，经济开发区规上工业增加值增长15.2%。", "规模以上工业增加值", "unclear", "15.2%"),
    (REV, "review", "某某高新区一般公共预算收入完成28.6亿元，增长12.4%。", "一般公共预算收入", "unclear", "12.4%"),
    (IND, "review", "规上工业增加值增长6.9%，其中高新区增长15.2%。", "规模以上工业增加值", "not_met", "6.9%"),
    ("城镇居民人均可支配收入增长6.5%", "review", "城乡居民人均可支配收入分别达到41256元、21380元，增长5.8%、8.3%。",
     "城镇居民人均可支配收入", "not_met", "5.8%"),
    ("农村居民人均可支配收入增长8%", "review", "城乡居民人均可支配收入分别达到41256元、21380元，同比增长5.8%和8.3%。",
     "农村居民人均可支配收入", "achieved", "8.3%"),
    ("居民人均可支配收入与经济增长保持基本同步", "review",
     "全省生产总值迈上新台阶，总量达到58460亿元，增长5.2%。全体居民人均可支配收入增长5.6%。", "居民人均可支配收入", "achieved",
     "5.6%"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), SEVENTH_ROWS)
def test_narrower_metrics_parts_and_second_lists(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- found by the first run of the eleventh set of bench/labels/verify_invented/: 规上工业增长 (no 增加值) is the
# usual short form of 规上工业增加值增长 (verify.bare_names); a longer name after 规上工业 is another metric ----------

@pytest.mark.parametrize(("said", "outcome", "quoted"), [
    ("全年实现地区生产总值235.6亿元，同比增长6.9%；规上工业增长９.１％。", "achieved", "９.１％"),
    ("规模工业增长6.9%，固定资产投资增长8.4%。", "not_met", "6.9%"),
    ("新增规上工业企业32家，规上工业营业收入增长12%。", "not_reported", None),
    ("规上工业总产值增长12%。", "unclear", "12%"),
])
def test_industry_named_short(said, outcome, quoted):
    _check(_verdict(IND, "review", said, "规模以上工业增加值"), said, outcome, quoted)


# --- found by the first run of the twelfth set of bench/labels/verify_invented/: a results table lined up by spaces
# (full-width or runs of them) is read as the tab-separated and | tables are; a rate of the central district (中心城区)
# answers no rate target of the whole city, while a count there may still answer a task carried out there ------------

SPACED_HEAD = "2024年全市主要经济指标完成情况如下：\n指标名称　　　　　　单位　　年度目标　　完成情况\n"

SPACED_ROWS = [
    ("地区生产总值增长6%", "bullet", SPACED_HEAD + "地区生产总值增速　　%　　　6　　　　　5.8", "地区生产总值", "not_met", "5.8"),
    ("城镇调查失业率控制在5.8%以内", "bullet", SPACED_HEAD + "城镇调查失业率　　　%　　　5.8以内　　5.2", "城镇调查失业率",
     "achieved", "5.2"),
    ("固定资产投资增长7%", "bullet", SPACED_HEAD + "固定资产投资增速　　%　　　7　　　　　-2.6", "固定资产投资", "not_met", "-2.6"),
    # prose with wide spaces in it is no table
    ("地区生产总值增长6%", "review", "地区生产总值增长6.2%，　规上工业增加值增长7%，　固定资产投资增长5%。", "地区生产总值",
     "achieved", "6.2%"),
    ("地区生产总值增长6%", "review", "中心城区实现地区生产总值1236亿元，增长7.4%。", "地区生产总值", "not_reported", None),
    ("地区生产总值增长6%", "review", "中心城区实现地区生产总值1236亿元，增长7.4%；全市地区生产总值增长5.8%。", "地区生产总值",
     "not_met", "5.8%"),
    ("新增公共停车位2500个", "review", "主城区新增公共停车泊位3500个。", "新增公共停车位", "achieved", "3500个"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), SPACED_ROWS)
def test_tables_lined_up_by_spaces_and_the_central_district(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- found by the first run of the fourteenth set of bench/labels/verify_invented/: an annex of the year's results
# written as numbered 指标：result lines, which the reader takes for a glossary's entries when they are several, is
# read under its heading naming the past year; a glossary under its own heading (名词解释) still is not -----------

NUMBERED = ("附件\n\n2024年主要指标完成情况\n\n1.地区生产总值：完成3287亿元，同比增长了6.7%。\n"
            "2.一般公共预算收入：完成98.7亿元，增长4.6%。\n3.规模以上工业增加值：增长8.1%。\n"
            "4.固定资产投资：增长9.2%。\n5.城镇新增就业：1.08万人。")
GLOSSARY = ("附件\n\n名词解释\n\n1.规上工业：年主营业务收入2000万元及以上的工业企业。\n"
            "2.规上工业增加值：规上工业企业的增加值，2024年增长8.1%。\n3.固定资产投资：建造和购置固定资产的投资。\n"
            "4.城镇新增就业：城镇累计新就业人数。")


@pytest.mark.parametrize(("target", "said", "metric", "outcome", "quoted"), [
    (GDP, NUMBERED, "地区生产总值", "achieved", "6.7%"),
    (REV, NUMBERED, "一般公共预算收入", "not_met", "4.6%"),
    (INVEST, NUMBERED, "固定资产投资", "achieved", "9.2%"),
    (IND, GLOSSARY, "规模以上工业增加值", "not_reported", None),
])
def test_an_annex_of_numbered_results(target, said, metric, outcome, quoted):
    _check(_verdict(target, "annex", said, metric), said, outcome, quoted)


# --- found by the first run of the fifteenth set of bench/labels/verify_invented/: a figure whose own name is another
# metric on the target's noun (工业投资 for 固定资产投资) does not take the target's name from the clause before it ----

@pytest.mark.parametrize(("said", "outcome", "quoted"), [
    ("固定资产投资止跌回升，工业投资增长23.5%。", "unclear", None),
    ("固定资产投资增长9.6%，其中工业投资增长23.5%。", "achieved", "9.6%"),
    ("固定资产投资再创新高，全年增长9.6%。", "achieved", "9.6%"),
])
def test_a_narrower_investment_after_the_metric_named(said, outcome, quoted):
    _check(_verdict(INVEST, "review", said, "固定资产投资"), said, outcome, quoted)


# --- found by the first run of the twenty-ninth set of bench/labels/verify_invented/: a table of the year's results
# copied one cell per line (a header of name / unit / target / result cells, then each row's cells a line each, a
# leading 序号 column dropped) is read as the tables written on one line are; with no result column it is no table ----

LINED = "序号\n主要指标\n计量单位\n2024年目标\n实际完成\n1\n规上工业增加值增长\n%\n7以上\n6.4\n2\n全社会固定资产投资增长\n%\n8\n9.3\n3\n城镇新增就业人数\n万人\n1.5\n1.62"
LINED_NO_RESULT = "主要指标\n计量单位\n2024年目标\n规上工业增加值增长\n%\n7以上\n全社会固定资产投资增长\n%\n8"


@pytest.mark.parametrize(("target", "said", "metric", "outcome", "quoted"), [
    (IND, LINED, "规模以上工业增加值", "not_met", "6.4"),
    (INVEST, LINED, "固定资产投资", "achieved", "9.3"),
    ("城镇新增就业1.5万人", LINED, "城镇新增就业", "achieved", "1.62"),
    (INVEST, LINED_NO_RESULT, "固定资产投资", "unclear", None),
], ids=["industry", "investment", "jobs", "no result column"])
def test_a_results_table_copied_one_cell_per_line(target, said, metric, outcome, quoted):
    _check(_verdict(target, "bullet", said, metric), said, outcome, quoted)


# --- found by the same first run: two groups named in full before one head noun (城镇常住居民和农村常住居民人均可支配
# 收入) and their rates in a second list against the year by name (比2023年分别增长…); a clause naming the whole year
# in a part opened by part of the year (前三季度，…，预计全年增长…) is the year's; 未达到年度目标 is a shortfall said --------

@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), [
    ("城镇常住居民人均可支配收入增长5.5%", "review",
     "城镇常住居民和农村常住居民人均可支配收入分别为52310元、26480元，比2023年分别增长5.1%、6.9%。",
     "城镇常住居民人均可支配收入", "not_met", "5.1%"),
    ("农村常住居民人均可支配收入增长6.5%", "review",
     "城镇常住居民和农村常住居民人均可支配收入分别为52310元、26480元，比2023年分别增长5.1%、6.9%。",
     "农村常住居民人均可支配收入", "achieved", "6.9%"),
    (IND, "review", "1—11月，全市规上工业增加值增长7.1%，全年预计增长7.8%。", "规模以上工业增加值", "achieved", "7.8%"),
    (IND, "review", "1—11月，全市规上工业增加值增长7.1%，固定资产投资增长9.3%。", "规模以上工业增加值", "unclear", "7.1%"),
    ("单位地区生产总值能耗下降3%", "problems", "能耗强度降幅未达年度目标，", "单位地区生产总值能耗", "not_met", None),
    ("研发经费投入强度达到2.6%", "problems", "研发经费投入强度没有达到年度目标，", "研发经费投入强度", "not_met", None),
], ids=["urban group", "rural group", "whole year after 1-11", "1-11 alone", "energy short", "R&D short"])
def test_groups_in_full_the_whole_year_after_a_part_and_targets_not_reached(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- found by the first run of the thirty-first set of bench/labels/verify_invented/: a table of the year's figures
# with no result column but a level column and a growth column beside it (指标 | 计量单位 | 总量 | 同比±%) gives each row's
# level and its growth; a row measured in percent has no growth there (its change is in points) ---------------------

LEVELS = ("| 指标 | 计量单位 | 总量 | 同比±% |\n|---|---|---|---|\n| 全社会固定资产投资 | 亿元 | 236.4 | -3.1 |\n"
          "| 社会消费品零售额 | 亿元 | 418.2 | 7.6 |\n| 城镇调查失业率 | % | 5.3 | -0.2 |\n| 粮食产量 | 万吨 | 41.7 | 0.8 |")


@pytest.mark.parametrize(("target", "said", "metric", "outcome", "quoted"), [
    (INVEST, LEVELS, "固定资产投资", "not_met", "-3.1"),
    (RETAIL, LEVELS, "社会消费品零售总额", "not_met", "7.6"),
    ("社会消费品零售总额增长7%", LEVELS, "社会消费品零售总额", "achieved", "7.6"),
    ("城镇调查失业率控制在5.4%以内", LEVELS, "城镇调查失业率", "achieved", "5.3"),
    ("粮食产量稳定在40万吨以上", LEVELS, "粮食产量", "achieved", "41.7"),
], ids=["investment falls", "retail short", "retail", "unemployment level", "grain level"])
def test_a_table_of_levels_and_growth_rates(target, said, metric, outcome, quoted):
    _check(_verdict(target, "bullet", said, metric), said, outcome, quoted)


# --- found by probe rows written after the thirty-first set (expected outcomes written before the run; 23 of 24 right
# at once): a growth named as a rate (增速, 增幅) moved to its figure (提高到, 由上年的…回升至) or given after its change in
# points (…回落1.5个百分点，为3.8%) is the growth, not a ratio raised to a level; a share raised to its level stays one ---

@pytest.mark.parametrize(("target", "said", "metric", "outcome", "quoted"), [
    ("社会消费品零售总额增长6.6%", "社会消费品零售总额增幅由上年的1.3%提升至6.9%。", "社会消费品零售总额", "achieved", "6.9%"),
    ("规模以上工业增加值增长9%", "规上工业增加值增速提高到8.8%。", "规模以上工业增加值", "not_met", "8.8%"),
    ("一般公共预算收入增长5%", "一般公共预算收入增幅较上年回落1.5个百分点，为3.8%。", "一般公共预算收入", "not_met", "3.8%"),
    ("研发经费投入强度达到2.6%", "研发经费投入强度提高到2.7%。", "研发经费投入强度", "achieved", "2.7%"),
    # (a part's share: a figure of the topic on a part, quoted, unclear — the lead's decision of stop 47, at stop 48)
    ("固定资产投资增长8%", "工业投资占固定资产投资比重提高到45%。", "固定资产投资", "unclear", "45%"),
], ids=["retail moved up", "industry raised to", "revenue after points", "ratio raised to", "share raised to"])
def test_a_growth_named_as_a_rate_moved_to_its_figure(target, said, metric, outcome, quoted):
    _check(_verdict(target, "review", said, metric), said, outcome, quoted)


# --- found by a second round of probe rows (expected outcomes written before the run; 16 of 18 right at once): a fall's
# size named as a rate (降幅收窄至…, 降幅为…) is a fall of that size; a total said to fall with no figure (…总额有所下降) fell,
# as 规模下降 does, while 下滑 after a total may be a slower growth and stays a mention ------------------------------

@pytest.mark.parametrize(("target", "said", "metric", "outcome", "quoted"), [
    ("社会消费品零售总额增长6%", "社会消费品零售总额降幅收窄至1.7%。", "社会消费品零售总额", "not_met", "1.7%"),
    ("一般公共预算收入增长4%", "一般公共预算收入降幅为0.8%。", "一般公共预算收入", "not_met", "0.8%"),
    ("规模以上工业增加值增长7%", "规上工业增加值下降1.4%，降幅收窄2.6个百分点。", "规模以上工业增加值", "not_met", "1.4%"),
    ("进出口总额增长4%", "进出口总值明显减少。", "进出口总额", "not_met", None),
    ("社会消费品零售总额增长6%", "社会消费品零售总额有所下滑。", "社会消费品零售总额", "unclear", None),
], ids=["retail fall narrowed", "revenue fall size", "points after a fall", "total fell in words", "total slipped"])
def test_a_fall_named_as_a_rate_and_a_total_said_to_fall(target, said, metric, outcome, quoted):
    _check(_verdict(target, "review", said, metric), said, outcome, quoted)


# --- probe rows written after the twenty-ninth and thirty-first sets' rules, each with its expected outcome before the
# engine was run on it (three rounds: 23/24, 16/18 and 19/20 right at once; the first two rounds' misses fitted above):
# how reviews write a result — short and long names, 比上年/同比, 增长/下降, 预计, bases, ranks and comparisons beside the
# figure, completion and shortfalls in words, levels for rates, the problems paragraph, headings and markdown ----------

PROBE_ROWS = [
    ("地区生产总值增长6%左右", "review", "地区生产总值增长6.2%（预计数）。", "地区生产总值", "achieved"),
    ("地区生产总值增长6.5%左右", "review", "全年GDP同比增长5.8%。", "地区生产总值", "not_met"),
    ("地区生产总值增长6%左右", "review", "经济总量突破2000亿元大关，增速6.1%。", "地区生产总值", "achieved"),
    ("规模以上工业增加值增长9%", "review", "规上工业增加值增速达到9.3%，高于全省平均水平。", "规模以上工业增加值", "achieved"),
    ("社会消费品零售总额增长7%", "review", "社会消费品零售总额增长7.8%，增速排名全省第3。", "社会消费品零售总额", "achieved"),
    ("一般公共预算收入增长5%", "problems", "一般公共预算收入下降3.2%，财政收支矛盾加剧，", "一般公共预算收入", "not_met"),
    ("外贸进出口总额增长5%", "review", "进出口总额完成312亿元，下降4.5%。", "外贸进出口总额", "not_met"),
    ("实际使用外资增长10%", "review", "实际利用外资1.2亿美元，同比增长15%。", "实际使用外资", "achieved"),
    ("城镇新增就业1.5万人", "review", "城镇新增就业人数达到1.56万人。", "城镇新增就业", "achieved"),
    ("细颗粒物（PM2.5）平均浓度控制在35微克/立方米以内", "review", "PM2.5平均浓度降至32微克/立方米。", "细颗粒物（PM2.5）平均浓度", "achieved"),
    ("空气质量优良天数比例达到88%", "review", "空气质量优良天数比率为86.5%。", "空气质量优良天数比例", "not_met"),
    ("单位地区生产总值能耗下降3%左右", "review", "单位GDP能耗下降3.1%。", "单位地区生产总值能耗", "achieved"),
    ("居民消费价格涨幅3%左右", "review", "居民消费价格指数上涨1.2%。", "居民消费价格涨幅", "achieved"),
    ("常住人口城镇化率提高1个百分点", "review", "常住人口城镇化率提高1.1个百分点，达到65.3%。", "常住人口城镇化率", "achieved"),
    ("一般公共预算收入增长5%", "review", "一般公共预算收入实现了4.5%的增长。", "一般公共预算收入", "not_met"),
    ("规模以上工业增加值增长10.5%", "review", "全县规模以上工业增加值增长率达到10.7%。", "规模以上工业增加值", "achieved"),
    ("固定资产投资增长8%", "review", "固定资产投资完成额增长7.7%。", "固定资产投资", "not_met"),
    ("一般公共预算收入增长5%", "review", "财政一般公共预算收入增长5.2%。", "一般公共预算收入", "achieved"),
    ("外贸进出口总额增长5%", "review", "外贸进出口实现逆势增长，增长3.2%。", "外贸进出口总额", "not_met"),
    ("城镇居民人均可支配收入增长6%", "review", "城镇居民人均可支配收入增加2860元，增长5.7%。", "城镇居民人均可支配收入", "not_met"),
    ("固定资产投资增长8%", "review", "固定资产投资增速由上年的-5.2%回升至4.6%。", "固定资产投资", "not_met"),
    ("社会消费品零售总额增长7%", "review", "社会消费品零售总额增速比上年加快2.1个百分点。", "社会消费品零售总额", "unclear"),
    ("地区生产总值增长6%", "review", "地区生产总值增长6%，实现预期目标。", "地区生产总值", "achieved"),
    ("规模以上工业增加值增长8%", "review", "规上工业增加值同比增长7.96%。", "规模以上工业增加值", "not_met"),
    ("外贸进出口总额增长5%", "review", "外贸进出口总额有所下降。", "外贸进出口总额", "not_met"),
    ("实际使用外资增长5%", "review", "实际使用外资出现负增长。", "实际使用外资", "not_met"),
    ("固定资产投资增长8%", "review", "固定资产投资实现正增长。", "固定资产投资", "unclear"),
    ("规模以上工业增加值增长8%", "review", "规上工业增加值增速位居全市第一。", "规模以上工业增加值", "unclear"),
    ("一般公共预算收入增长5%", "review", "一般公共预算收入增长4.8%，完成预算的98%。", "一般公共预算收入", "not_met"),
    ("社会消费品零售总额增长6%", "review", "社会消费品零售总额增长5.5%，低于预期。", "社会消费品零售总额", "not_met"),
    ("城镇新增就业1.5万人", "review", "城镇新增就业完成年度目标任务。", "城镇新增就业", "achieved"),
    ("地区生产总值增长6%", "review", "地区生产总值首次突破千亿元。", "地区生产总值", "unclear"),
    ("外贸进出口总额增长5%", "review", "进出口总额突破500亿元。", "外贸进出口总额", "unclear"),
    ("规模以上工业增加值增长8%", "problems", "部分指标未完成年度目标，主要是规上工业增加值和固定资产投资；", "规模以上工业增加值", "not_met"),
    ("固定资产投资增长8%", "problems", "部分指标未完成年度目标，主要是规上工业增加值和固定资产投资；", "固定资产投资", "not_met"),
    ("社会消费品零售总额增长6%", "review", "社会消费品零售总额增速低于全省平均水平。", "社会消费品零售总额", "unclear"),
    ("城镇调查失业率控制在5.4%以内", "review", "城镇调查失业率控制在目标以内。", "城镇调查失业率", "achieved"),
    ("居民消费价格涨幅3%左右", "review", "居民消费价格涨幅低于全国平均水平。", "居民消费价格涨幅", "unclear"),
    ("地区生产总值增长6%左右", "review", "地区生产总值增长5.5%，与全国持平。", "地区生产总值", "achieved"),
    ("固定资产投资增长8%", "review", "固定资产投资降幅收窄至2.3%。", "固定资产投资", "not_met"),
    ("外贸进出口总额增长5%", "review", "外贸进出口总额由负转正，增长1.2%。", "外贸进出口总额", "not_met"),
    ("地区生产总值增长6%左右", "bullet", "（一）地区生产总值增长6.3%，经济运行稳中向好。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "bullet", "**地区生产总值增长6.3%**", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "bullet", "——经济实力：全年地区生产总值达到1520亿元，增长6.3%。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "review", "一是经济稳中有进。地区生产总值增长6.3%；二是结构持续优化。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "review", "GDP增速6.3%，居全省第一方阵。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "review", "实现地区生产总值增长6.3%的好成绩。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "review", "主要经济指标（地区生产总值增长6.3%、规上工业增加值增长9.1%）好于预期。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "review", "地区生产总值达到1520亿元，按可比价格计算增长6.3%。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "review", "地区生产总值预计增长6.3%左右。", "地区生产总值", "achieved"),
    ("规模以上工业增加值增长9%", "review", "规上工业增加值增长9.1%，高于全市平均2.1个百分点。", "规模以上工业增加值", "achieved"),
    ("固定资产投资增长8%", "review", "全年完成固定资产投资同比增长8.2%。", "固定资产投资", "achieved"),
    ("一般公共预算收入增长5%", "review", "一般公共预算收入48.6亿元，可比增长5.3%。", "一般公共预算收入", "achieved"),
    ("社会消费品零售总额增长6%", "review", "社会消费品零售总额增长6.1%（剔除汽车类后增长7.2%）。", "社会消费品零售总额", "achieved"),
    ("居民人均可支配收入增长6%", "review", "居民人均可支配收入达到3.2万元、增长5.8%。", "居民人均可支配收入", "not_met"),
    ("城镇居民人均可支配收入增长6%", "review", "城镇、农村居民人均可支配收入分别增长5.1%、6.9%。", "城镇居民人均可支配收入", "not_met"),
    ("农村居民人均可支配收入增长7%", "review", "城镇、农村居民人均可支配收入分别增长5.1%、6.9%。", "农村居民人均可支配收入", "not_met"),
    ("地区生产总值增长6%左右", "review", "全县生产总值完成286亿元，增长6.3%。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "review", "全市经济运行稳中有进，GDP增长6.3%。", "地区生产总值", "achieved"),
    ("外贸进出口总额增长5%", "review", "全年外贸进出口值达到420亿元，增长7.7%。", "外贸进出口总额", "achieved"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome"), PROBE_ROWS)
def test_probe_rows(target, place, said, metric, outcome):
    assert _verdict(target, place, said, metric).outcome == outcome


# A percentage written in characters (增长百分之九点五), as speeches and their transcripts say it, is the figure 9.5%:
# the measure before the number (progress._NUM's ``pct``), after a level in characters too, and for a fall.
@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("规模以上工业增加值增长9%", "规上工业增加值增长百分之九点五。", "规模以上工业增加值", "achieved"),
    ("规模以上工业增加值增长9%", "规上工业增加值增长百分之八点四。", "规模以上工业增加值", "not_met"),
    ("一般公共预算收入增长6%", "一般公共预算收入完成十二点四亿元，增长百分之六点三。", "一般公共预算收入", "achieved"),
    ("单位地区生产总值能耗下降3%", "单位地区生产总值能耗下降百分之二。", "单位地区生产总值能耗", "not_met"),
    ("城镇登记失业率控制在3.8%以内", "城镇登记失业率为百分之三点二。", "城镇登记失业率", "achieved"),
], ids=["above", "below", "after a level in characters", "a fall short", "a cap"])
def test_a_percentage_written_in_characters(target, said, metric, outcome):
    x = _verdict(target, "review", said, metric)
    assert x.outcome == outcome, x.reason


# --- found by a fourth round of probe rows, on tables (expected outcomes written before the run; 5 of 9 right at once):
# a markdown table of two columns (| 指标 | 完成情况 |) whose result cells hold a level and a rate (the reader joins such
# rows), and a table whose result columns are headed by the year alone or by 增长% (copied one cell per line too) -----

TWO_COLUMNS = ("| 主要指标 | 完成情况 |\n|---|---|\n| 规上工业增加值 | 412亿元，增长7.2% |\n| 社会消费品零售额 | 886亿元，增长5.4% |\n"
               "| 城镇新增就业 | 2.3万人 |")
YEAR_COLUMNS = "指标名称\n计量单位\n2024年\n增长%\n一般公共预算收入\n亿元\n76.5\n3.9\n外贸进出口总额\n亿元\n—\n8.8"
YEAR_TABS = "指标\t2023年\t2024年\t比上年增长（%）\n城镇调查失业率（%）\t5.4\t5.2\t\n全社会固定资产投资（亿元）\t\t\t6.6"


@pytest.mark.parametrize(("target", "said", "metric", "outcome", "quoted"), [
    (IND, TWO_COLUMNS, "规模以上工业增加值", "not_met", "412亿元，增长7.2%"),
    ("社会消费品零售总额增长5%", TWO_COLUMNS, "社会消费品零售总额", "achieved", "886亿元，增长5.4%"),
    ("城镇新增就业2万人", TWO_COLUMNS, "城镇新增就业", "achieved", "2.3万人"),
    (REV, YEAR_COLUMNS, "一般公共预算收入", "not_met", "3.9"),
    ("外贸进出口总额增长6%", YEAR_COLUMNS, "外贸进出口总额", "achieved", "8.8"),
    ("城镇调查失业率控制在5.4%以内", YEAR_TABS, "城镇调查失业率", "achieved", "5.2"),
    (INVEST, YEAR_TABS, "固定资产投资", "not_met", "6.6"),
], ids=["two columns industry", "two columns retail", "two columns jobs", "year column revenue", "year column trade",
        "year tabs unemployment", "year tabs investment"])
def test_tables_of_two_columns_and_of_year_columns(target, said, metric, outcome, quoted):
    _check(_verdict(target, "bullet", said, metric), said, outcome, quoted)


# --- found by a fifth round of probe rows, on shortfalls said in words (expected outcomes written before the run; 9 of
# 12 right at once): 低于年度目标 and 不及年初预期 with no figure are shortfalls; after 不 (不低于…) they are not: not below
# the target is at or above it, the target met in words (read as a mention, unclear, until the thirty-seventh invented set) -

@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome"), [
    ("固定资产投资增长8%", "problems", "固定资产投资增速低于全年目标，", "固定资产投资", "not_met"),
    ("社会消费品零售总额增长6%", "problems", "社会消费品零售总额增幅不及年初预期，", "社会消费品零售总额", "not_met"),
    ("一般公共预算收入增长5%", "review", "一般公共预算收入增速不低于年度目标。", "一般公共预算收入", "achieved"),
    ("固定资产投资增长10%", "review", "实施重点项目126个，固定资产投资增速不低于全年目标。", "固定资产投资", "achieved"),
    ("固定资产投资增长10%", "review", "固定资产投资增长8.2%，增速不低于预期。", "固定资产投资", "not_met"),
], ids=["below the year's target", "short of the expectation", "not below", "not below the whole year's",
        "a figure decides"])
def test_shortfalls_said_against_the_year_target(target, place, said, metric, outcome):
    assert _verdict(target, place, said, metric).outcome == outcome


# A fall said with its degree after it (进出口下降明显, 社会消费品零售总额下降较多), no figure in its clause: the metric fell,
# not_met against a growth target (words.toml verify.fall_degree_after); after a rate's name (增速下降明显) a slower growth,
# and against a decline target a fall of no stated size, both unclear.
@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome"), [
    ("进出口总额增长4%", "problems", "部分指标未达预期，进出口下降明显，", "进出口总额", "not_met"),
    ("社会消费品零售总额增长7.5%", "problems", "受需求不足影响，社会消费品零售总额下降较多，", "社会消费品零售总额", "not_met"),
    ("固定资产投资增长8%", "review", "固定资产投资增速下降明显。", "固定资产投资", "unclear"),
    ("单位地区生产总值能耗下降3%", "review", "单位地区生产总值能耗下降明显。", "单位地区生产总值能耗", "unclear"),
], ids=["bare name", "a total", "a rate slower", "a decline target"])
def test_a_fall_said_with_its_degree_after(target, place, said, metric, outcome):
    x = _verdict(target, place, said, metric)
    assert x.outcome == outcome, x.reason


# --- the reviewed year's figure given only in the coming year's part, where its targets are explained (提出上述目标，
# 主要考虑：2024年全市规上工业增加值增长9.4%…; words.toml verify.target_reasons): a clause opened by the reviewed year (or
# 去年, 上年) gives its result; the coming year's words there, a clause on the year before, or the same figure with no
# reasons sentence around it in the plan part are not read (found by the thirty-seventh invented set, v100) ---------------

REASONED = REVIEW.replace("今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。",
                          "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。{reasons}")


@pytest.mark.parametrize(("target", "reasons", "metric", "outcome"), [
    ("规模以上工业增加值增长9%", "提出上述目标，主要考虑：2024年全市规上工业增加值增长9.4%，一批新项目将陆续达产。",
     "规模以上工业增加值", "achieved"),
    ("固定资产投资增长8%", "这样安排，主要考虑：去年全市固定资产投资增长3.1%，今年扩大投资仍有压力。", "固定资产投资", "not_met"),
    ("规模以上工业增加值增长9%", "提出上述目标，主要考虑：今年规上工业增加值增长9%有新投产项目支撑。", "规模以上工业增加值",
     "not_reported"),
    ("规模以上工业增加值增长9%", "提出上述目标，主要考虑：2023年全市规上工业增加值增长9.4%，基数较高。", "规模以上工业增加值",
     "not_reported"),
], ids=["the reviewed year named", "last year", "the coming year's words", "the year before"])
def test_a_result_in_the_reasons_for_the_coming_targets(target, reasons, metric, outcome):
    x = verdict_against(REASONED, target, "reasons", reasons, metric)
    assert x.outcome == outcome, x.reason


# --- found by a round of probe rows after the thirty-seventh invented set's rules (expected outcomes written before the
# run; 13 of 16 right at once): percentages in characters after 同比, 了, 控制在 and 预计, 不低于 the target or the
# expectation, in-step words; the misses were a fall with its degree before it after a bare name (外贸进出口明显下降,
# 大幅下降) and a large fall said by its size (降幅较大), read as mentions — now falls with no figure; after a rate's name
# or against a cap or a decline target, still no verdict ------------------------------------------------------------------

@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome"), [
    ("地区生产总值增长6%左右", "review", "地区生产总值同比增长百分之六点三。", "地区生产总值", "achieved"),
    ("一般公共预算收入增长5%", "review", "一般公共预算收入增长了百分之四点二。", "一般公共预算收入", "not_met"),
    ("固定资产投资增长8%", "review", "固定资产投资增长百分之十。", "固定资产投资", "achieved"),
    ("城镇登记失业率控制在4.2%以内", "review", "城镇登记失业率控制在百分之三点五以内。", "城镇登记失业率", "achieved"),
    ("单位地区生产总值能耗下降3%", "review", "单位地区生产总值能耗下降了百分之三点二。", "单位地区生产总值能耗", "achieved"),
    ("地区生产总值增长6%左右", "review", "全年GDP预计增长百分之五点八左右。", "地区生产总值", "achieved"),
    ("进出口总额增长4%", "problems", "外贸进出口明显下降，", "进出口总额", "not_met"),
    ("进出口总额增长4%", "problems", "外贸进出口大幅下降，", "进出口总额", "not_met"),
    ("社会消费品零售总额增长7%", "problems", "社会消费品零售总额降幅较大，", "社会消费品零售总额", "not_met"),
    ("规模以上工业增加值增长8%", "review", "规上工业增加值增速不低于全年目标，增长势头良好。", "规模以上工业增加值", "achieved"),
    ("实际使用外资增长5%", "review", "实际使用外资不低于预期。", "实际使用外资", "achieved"),
    ("社会消费品零售总额增长7%", "review", "社会消费品零售总额增速略低于年度目标。", "社会消费品零售总额", "not_met"),
    ("居民收入增长和经济增长同步", "review", "居民人均可支配收入增速高于经济增速。", "居民收入", "achieved"),
    ("城乡居民收入增长和经济增长同步", "review", "城乡居民人均可支配收入增速均高于地区生产总值增速。", "城乡居民收入", "achieved"),
    ("城乡居民收入增长和经济增长同步", "review", "城乡居民收入增速双双跑赢经济增速。", "城乡居民收入", "achieved"),
    ("一般公共预算收入增长5%", "review", "一般公共预算收入增长百分之五点六，完成年度目标。", "一般公共预算收入", "achieved"),
    # guards: a rate's fall, a cap's fall and a decline target's fall of no stated size settle nothing
    ("固定资产投资增长8%", "review", "固定资产投资增速明显下降。", "固定资产投资", "unclear"),
    ("城镇登记失业率控制在4.2%以内", "review", "城镇登记失业率明显下降。", "城镇登记失业率", "unclear"),
    ("单位地区生产总值能耗下降3%", "review", "单位地区生产总值能耗大幅下降。", "单位地区生产总值能耗", "unclear"),
])
def test_probe_rows_after_the_thirty_seventh_set(target, place, said, metric, outcome):
    x = _verdict(target, place, said, metric)
    assert x.outcome == outcome, x.reason


# --- a second probe round after the thirty-seventh set (outcomes written before the run; 15 of 17 right at once): a
# result in the headline paragraph, a ——bullet, the problems paragraph, with 完成额, 低于预期目标…个百分点, 与上年基本持平,
# 完成年度目标的115%, 预计, 增幅回落至, 万元地区生产总值能耗, a floor kept several years, 与年度目标持平; the misses were a rate
# after 按同口径计算 (read as the level only; now a basis word, words.toml verify.same_basis) and 同比持平 in a clause of its own
# after the level (no name in its clause: now the metric of the figure before in its sentence part) ----------------------

@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome"), [
    ("地区生产总值增长6%左右", "head", "2024年，全市实现地区生产总值2860亿元、同比增长6.1%。", "地区生产总值", "achieved"),
    ("一般公共预算收入增长5%", "bullet", "——财政实力增强。一般公共预算收入完成186亿元，按同口径计算增长5.8%。", "一般公共预算收入",
     "achieved"),
    ("固定资产投资增长8%", "review", "全社会固定资产投资完成额同比增长8.5%。", "固定资产投资", "achieved"),
    ("社会消费品零售总额增长7%", "review", "全年实现社会消费品零售总额1020亿元，比上年增长6.2%，低于预期目标0.8个百分点。",
     "社会消费品零售总额", "not_met"),
    ("外贸进出口总额增长5%", "review", "外贸进出口总额与上年基本持平。", "外贸进出口总额", "not_met"),
    ("实际使用外资增长3%", "review", "实际使用外资3.2亿美元，同比持平。", "实际使用外资", "not_met"),
    ("城镇新增就业2万人", "review", "新增城镇就业2.3万人，完成年度目标的115%。", "城镇新增就业", "achieved"),
    ("城镇新增就业2万人", "review", "城镇新增就业人数达到1.8万人。", "城镇新增就业", "not_met"),
    ("规模以上工业增加值增长8%", "review", "规模以上工业增加值预计增长8.6%。", "规模以上工业增加值", "achieved"),
    ("居民人均可支配收入增长6%", "review", "居民人均可支配收入实现4.1万元，增长5.2%。", "居民人均可支配收入", "not_met"),
    ("一般公共预算收入增长5%", "problems", "一般公共预算收入仅增长2.1%，未完成年度目标，", "一般公共预算收入", "not_met"),
    ("地区生产总值增长6%左右", "bullet", "——经济运行稳中有进。全市生产总值增速5.6%，高于全国0.6个百分点。", "地区生产总值",
     "achieved"),
    ("固定资产投资增长8%", "review", "固定资产投资增幅回落至3.2%。", "固定资产投资", "not_met"),
    ("单位地区生产总值能耗下降3%", "review", "万元地区生产总值能耗下降3.4%。", "单位地区生产总值能耗", "achieved"),
    ("粮食产量稳定在50万吨以上", "review", "粮食总产量52.6万吨，连续五年稳定在50万吨以上。", "粮食产量", "achieved"),
    ("居民消费价格涨幅3%左右", "review", "居民消费价格指数同比上涨百分之零点八。", "居民消费价格涨幅", "achieved"),
    ("社会消费品零售总额增长7%", "review", "社会消费品零售总额增长7%，与年度目标持平。", "社会消费品零售总额", "achieved"),
    # with them: a positive growth after a level and its rate, and 与上年持平 after a level, on the figure before's metric
    ("实际使用外资增长3%", "review", "实际使用外资3.2亿美元，同比增长5.1%，实现正增长。", "实际使用外资", "achieved"),
    ("外贸进出口总额增长5%", "review", "外贸进出口总额达到320亿元，与上年持平。", "外贸进出口总额", "not_met"),
])
def test_second_probe_rows_after_the_thirty_seventh_set(target, place, said, metric, outcome):
    x = _verdict(target, place, said, metric)
    assert x.outcome == outcome, x.reason



# --- third and fourth probe rounds after the thirty-seventh set (outcomes written before each run): the border of a
# mention and of silence (a level for a rate, counts of firms, key projects' investment, vouchers, a share of revenue, 就业形势,
# a narrower or wider metric, prices in words, a comparison with the province, a half year: 14 of 14 right at once), and other
# names and phrasings of a result (14 of 16 right at once); the misses were a circumstance with a list mark inside between the
# metric and its figure (地区生产总值在…、…的情况下实现6.3%的增长: now set aside, words.toml verify.circumstance_end) and
# 地方级收入 for the local budget revenue (now a short name, verify.aliases) ------------------------------------------------

@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome"), [
    ("地区生产总值增长6%左右", "review", "经济总量跃上3000亿元新台阶。", "地区生产总值", "unclear"),
    ("规模以上工业增加值增长8%", "review", "新增规上工业企业32家。", "规模以上工业增加值", "not_reported"),
    # (the major projects' investment, a part of the whole, quoted: unclear by the lead's decision of stop 47, at stop 48)
    ("固定资产投资增长8%", "review", "重大项目完成投资215亿元。", "固定资产投资", "unclear"),
    ("社会消费品零售总额增长7%", "review", "发放消费券5000万元，带动消费超过10亿元。", "社会消费品零售总额", "not_reported"),
    ("一般公共预算收入增长5%", "review", "税收收入占一般公共预算收入比重达到78%。", "一般公共预算收入", "not_reported"),
    ("城镇新增就业1.5万人", "review", "就业形势保持稳定。", "城镇新增就业", "unclear"),
    ("外贸进出口总额增长5%", "review", "外贸出口增长8.2%。", "外贸进出口总额", "unclear"),
    ("居民消费价格涨幅3%左右", "review", "物价保持基本稳定。", "居民消费价格涨幅", "unclear"),
    ("地区生产总值增长6%左右", "problems", "经济增速低于全省平均水平，", "地区生产总值", "unclear"),
    ("规模以上工业增加值增长8%", "review", "工业经济稳中向好，规上工业增加值增长8.3%。", "规模以上工业增加值", "achieved"),
    ("一般公共预算收入增长5%", "review", "地方财政收入完成56.2亿元，增长5.9%。", "一般公共预算收入", "achieved"),
    ("城镇新增就业1.5万人", "review", "城镇新增就业1.62万人，城镇登记失业率2.8%。", "城镇新增就业", "achieved"),
    ("社会消费品零售总额增长7%", "review", "限上社零额增长9.5%。", "社会消费品零售总额", "unclear"),
    ("地区生产总值增长6%左右", "review", "上半年地区生产总值增长6.5%。", "地区生产总值", "unclear"),
    ("地区生产总值增长6%左右", "review", "地区生产总值在外部需求减弱、要素成本上升的情况下依然实现了6.3%的增长。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "review", "地区生产总值增长 6.3%。", "地区生产总值", "achieved"),
    ("居民人均可支配收入增长6%", "review", "全市人均可支配收入4.2万元，增长6.1%。", "居民人均可支配收入", "achieved"),
    ("农村居民人均可支配收入增长7%", "review", "农民人均可支配收入2.1万元，增长7.4%。", "农村居民人均可支配收入", "achieved"),
    ("实际使用外资增长5%", "review", "实际利用外资3.1亿美元，增长6.0%。", "实际使用外资", "achieved"),
    ("规模以上工业增加值增长8%", "review", "全部工业增加值增长8.4%。", "规模以上工业增加值", "unclear"),
    ("社会消费品零售总额增长7%", "review", "消费品市场零售额增长7.6%。", "社会消费品零售总额", "achieved"),
    ("城镇新增就业1.5万人", "review", "新增就业1.7万人。", "城镇新增就业", "achieved"),
    ("一般公共预算收入增长5%", "review", "地方级收入增长5.4%。", "一般公共预算收入", "achieved"),
    ("单位地区生产总值能耗下降3%", "review", "单位GDP能耗降低率3.5%。", "单位地区生产总值能耗", "achieved"),
    ("地区生产总值增长6%左右", "review", "全年经济增长6.3%，增速居全省第三位。", "地区生产总值", "achieved"),
    ("一般公共预算收入增长5%", "review", "一般公共预算收入跨越百亿元大关，达到102.3亿元，增长7.1%。", "一般公共预算收入", "achieved"),
    ("固定资产投资增长8%", "review", "全年完成固定资产投资增长8.5%，其中工业投资增长15.2%。", "固定资产投资", "achieved"),
    ("居民消费价格涨幅3%左右", "review", "居民消费价格同比上涨2.1%，涨幅低于全国平均水平。", "居民消费价格涨幅", "achieved"),
    ("城镇新增就业1.5万人", "review", "城镇新增就业1.2万人，完成年度任务的80%。", "城镇新增就业", "not_met"),
    ("社会消费品零售总额增长7%", "review", "社会消费品零售总额突破500亿元，增长率达到6.8%。", "社会消费品零售总额", "not_met"),
])
def test_third_and_fourth_probe_rows_after_the_thirty_seventh_set(target, place, said, metric, outcome):
    x = _verdict(target, place, said, metric)
    assert x.outcome == outcome, x.reason



# --- a fifth probe round after the thirty-seventh set (outcomes written before the run; 14 of 15 right at once): in-step
# words and figures, two bases, a floor met, 预计 within and past 左右's half point, gaps in points, a fall in characters; the
# miss was 能耗强度下降目标未完成 (目标未完成 not yet a shortfall word: now words.toml verify.shortfall) ----------------------

@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome"), [
    # (基本同步 for 同步: unclear since stop 35, the real pairs' reading, r07; weaker words than the target)
    ("居民收入增长和经济增长同步", "review", "居民收入增长与经济增长基本同步。", "居民收入", "unclear"),
    ("居民收入增长和经济增长同步", "review", "居民人均可支配收入增速低于经济增速0.4个百分点。", "居民收入", "not_met"),
    ("居民收入增长和经济增长同步", "review", "地区生产总值增长5.2%，居民人均可支配收入增长5.6%。", "居民收入", "achieved"),
    ("居民收入增长和经济增长同步", "review", "地区生产总值增长5.2%，居民人均可支配收入增长百分之四点九。", "居民收入", "not_met"),
    ("一般公共预算收入增长5%", "review", "一般公共预算收入自然口径下降1.2%、同口径增长5.3%。", "一般公共预算收入", "unclear"),
    ("固定资产投资增长8%", "review", "固定资产投资增长8%以上。", "固定资产投资", "achieved"),
    ("地区生产总值增长6%左右", "review", "地区生产总值预计增长5.5%左右。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "review", "地区生产总值预计增长5.4%。", "地区生产总值", "not_met"),
    ("规模以上工业增加值增长8%", "problems", "规上工业增加值增速较年初目标低1.5个百分点，", "规模以上工业增加值", "not_met"),
    ("社会消费品零售总额增长7%", "problems", "消费市场恢复不及预期，社会消费品零售总额增长4.1%，", "社会消费品零售总额", "not_met"),
    ("城镇调查失业率控制在5.6%以内", "review", "城镇调查失业率平均值为5.2%。", "城镇调查失业率", "achieved"),
    ("外贸进出口总额增长5%", "review", "外贸进出口总额下降百分之三点二。", "外贸进出口总额", "not_met"),
    ("粮食产量稳定在50万吨以上", "review", "粮食产量保持稳定。", "粮食产量", "unclear"),
    ("单位地区生产总值能耗下降3%", "problems", "能耗强度下降目标未完成，", "单位地区生产总值能耗", "not_met"),
    ("一般公共预算收入增长5%", "review", "一般公共预算收入完成年度预算的101.2%，增长5.6%。", "一般公共预算收入", "achieved"),
    ("固定资产投资增长8%", "problems", "固定资产投资增长目标没有完成，", "固定资产投资", "not_met"),
])
def test_fifth_probe_rows_after_the_thirty_seventh_set(target, place, said, metric, outcome):
    x = _verdict(target, place, said, metric)
    assert x.outcome == outcome, x.reason



# --- a sixth probe round after the thirty-seventh set (outcomes written before the run; 12 of 13 right at once): numbered
# and 分别 lists, a rate with 其中, price bases in brackets, leads over the province, 投资 alone short, 超额完成, a turn from a
# fall, 两位数增长; the miss was a doubling said with no rate (实际使用外资实现翻番: now a growth of 100%, words.toml
# verify.doubled); against a named earlier year (比2020年翻了一番) several years' change, a mention only --------------------

@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome"), [
    ("地区生产总值增长6%左右", "bullet", "1.地区生产总值增长6.1%，完成年度目标。", "地区生产总值", "achieved"),
    ("固定资产投资增长8%", "review", "GDP、规上工业增加值、固定资产投资分别增长6.1%、8.2%和9.0%。", "固定资产投资", "achieved"),
    ("社会消费品零售总额增长7%", "review", "规上工业增加值、社会消费品零售总额分别增长7.5%、6.1%，均低于年度目标。", "社会消费品零售总额", "not_met"),
    ("一般公共预算收入增长5%", "review", "一般公共预算收入增长5.2%，其中税收收入增长3.1%。", "一般公共预算收入", "achieved"),
    ("地区生产总值增长6%左右", "review", "全年地区生产总值增长6.1%（按可比价格计算）。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%左右", "review", "地区生产总值增长6.1%，增速比全省高0.8个百分点，比上年提高1.2个百分点。", "地区生产总值", "achieved"),
    ("固定资产投资增长8%", "problems", "投资增速不及预期，", "固定资产投资", "not_met"),
    ("城镇新增就业1.5万人", "review", "城镇新增就业1.62万人，超额完成省下达任务。", "城镇新增就业", "achieved"),
    ("居民消费价格涨幅3%左右", "review", "居民消费价格总水平上涨1.5%。", "居民消费价格涨幅", "achieved"),
    ("外贸进出口总额增长5%", "review", "外贸进出口总额由上年下降5.2%转为增长3.6%。", "外贸进出口总额", "not_met"),
    ("实际使用外资增长10%", "review", "实际使用外资实现翻番，达到4.6亿美元。", "实际使用外资", "achieved"),
    ("社会消费品零售总额增长7%", "review", "社会消费品零售总额实现两位数增长，达到12.3%。", "社会消费品零售总额", "achieved"),
    ("单位地区生产总值能耗下降3%", "review", "单位地区生产总值能耗预计下降3.2%，完成年度目标任务。", "单位地区生产总值能耗", "achieved"),
    ("实际使用外资增长10%", "review", "实际使用外资比2020年翻了一番。", "实际使用外资", "unclear"),
    ("外贸进出口总额增长5%", "review", "跨境电商交易额实现翻番。", "外贸进出口总额", "not_reported"),
])
def test_sixth_probe_rows_after_the_thirty_seventh_set(target, place, said, metric, outcome):
    x = _verdict(target, place, said, metric)
    assert x.outcome == outcome, x.reason
