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
from tests.test_verify_ways import PLAN, REVIEW, _check, _read

pytestmark = pytest.mark.engine

# The same next-year report, with an annex printed after the closing words and a glossary.
ANNEXED = REVIEW + """
各位代表！让我们团结一心，奋力开创新局面！

{annex}
"""


def _verdict(target, place, said, metric):
    parts = dict.fromkeys(("head", "review", "bullet", "problems", "annex"), "")
    parts[place] = f"\n{said}\n" if place in ("head", "bullet") else said
    verdicts, _ = v.verify_documents(_read(PLAN.format(target=target), "n.txt"), _read(ANNEXED.format(**parts), "n1.txt"))
    return next((x for x in verdicts if x.metric == metric), verdicts[0])


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
    # known miss: 投资 alone names 固定资产投资 here, but written out as an alias it would also turn 民间投资 and
    # 工业投资 into narrower 固定资产投资 metrics that a shortfall of theirs would be read against
    pytest.param(INVEST, "problems", "投资增速未达预期，", "固定资产投资", "not_met", None,
                 marks=pytest.mark.xfail(strict=True, reason="投资 alone is not read as 固定资产投资")),
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
