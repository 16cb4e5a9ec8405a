"""How a review states the year's results: one invented target, one invented review sentence placed in
one part of the next year's report, and the outcome a careful reader gives (labelled before the engine
was run on them).  Every row is one way of writing a result: another name for the metric, a rank, a
completion said in words, a qualitative answer, a share, another scale or unit of the same measure,
a year-on-year phrasing, or a part of the report other than the review's opening."""

import string

import pytest

from luoshi.engine import reader
from luoshi.engine import verify as v
from luoshi.engine.model import SourceText

pytestmark = pytest.mark.engine

# Invent the targets' figures: the usual national wordings with their usual figures are often a
# held-out report's own clauses, and tests/test_hygiene.py (run it before landing) fails on them.

PLAN = """政府工作报告
——2024年1月8日在某市人民代表大会上

各位代表：

一、2023年工作回顾

过去一年，全市经济稳中有进。

二、2024年工作安排

今年经济社会发展的主要预期目标是：{target}。

（一）扩大有效投资。实施重点项目120个。

各位代表！让我们团结奋斗！
"""

# head: the headline figures a speech gives before its first part; review: the 过去一年 paragraph;
# bullet: a ——paragraph of the review; problems: the problems paragraph.
REVIEW = """政府工作报告
——2025年1月9日在某市人民代表大会上

各位代表：

现在，我代表市人民政府，向大会报告政府工作，请予审议。
{head}
一、2024年工作回顾

过去一年，全市经济运行稳中向好。{review}
{bullet}
同时，我们也清醒认识到，{problems}发展中还存在不少困难和问题。

二、2025年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。
"""


def _read(text: str, name: str):
    """Read in this process (no child process per file, as ``reader.read`` starts): the same reading."""
    return reader.read_text(SourceText(text, "txt"), name)


def verdict_against(report, target, place, said, metric):
    """The verdict on ``metric`` of a plan targeting ``target``, checked against the next year's ``report`` with
    ``said`` at its ``{place}`` (a heading or a bullet on a line of its own) and its other places empty."""
    parts = dict.fromkeys((name for _, name, _, _ in string.Formatter().parse(report) if name), "")
    parts[place] = f"\n{said}\n" if place in ("head", "bullet") else said
    verdicts, _ = v.verify_documents(_read(PLAN.format(target=target), "n.txt"), _read(report.format(**parts), "n1.txt"))
    return next((x for x in verdicts if x.metric == metric), verdicts[0])   # (the reader may tidy the name)


def _verdict(target, place, said, metric):
    return verdict_against(REVIEW, target, place, said, metric)


def _check(x, said, outcome, quoted):
    assert x.outcome == outcome, x.reason
    if quoted is not None:
        assert x.actual and x.actual["text"] == quoted, x.reason
    if outcome != "not_reported":
        # the evidence quotes the invented sentence (or the sentence that holds it)
        assert x.evidence and any(e.text in said or said.rstrip("。，") in e.text for e in x.evidence), x.reason


ROWS = [
    # the same metric by a short or other name
    ("城镇调查失业率控制在6%以内", "review", "调查失业率5.2%。", "城镇调查失业率", "achieved", "5.2%"),
    ("城镇登记失业率控制在4.3%以内", "review", "登记失业率3.2%。", "城镇登记失业率", "achieved", "3.2%"),
    ("常住人口城镇化率提高1个百分点", "review", "城镇化率达到62.5%，提高1.2个百分点。", "常住人口城镇化率", "achieved", "1.2个百分点"),
    ("高校毕业生留本市就业创业1万人以上", "review", "大学生留本市就业创业1.2万人。", "高校毕业生留本市就业创业", "achieved", "1.2万人"),
    ("实际使用外资增长5%", "review", "利用外资增长6.2%。", "实际使用外资", "achieved", "6.2%"),
    ("社会消费品零售总额增长7.8%", "review", "消费品零售总额增长8.5%。", "社会消费品零售总额", "achieved", "8.5%"),
    ("一般公共预算收入增长6%", "review", "地方一般公共预算收入增长6.5%。", "一般公共预算收入", "achieved", "6.5%"),
    ("地区生产总值增长6%左右", "review", "全市经济增速达到5.8%。", "地区生产总值", "achieved", "5.8%"),
    ("居民消费价格涨幅控制在3.4%左右", "review", "居民消费价格指数上涨1.2%。", "居民消费价格涨幅", "achieved", "1.2%"),
    ("居民消费价格涨幅控制在3.4%左右", "review", "CPI上涨1.2%。", "居民消费价格涨幅", "achieved", "1.2%"),
    ("粮食产量稳定在100亿斤以上", "review", "粮食产量达到52.3亿公斤。", "粮食产量", "achieved", "52.3亿公斤"),
    ("粮食产量稳定在100亿斤以上", "review", "粮食总产量达到510万吨。", "粮食产量", "achieved", "510万吨"),
    ("进出口总额增长5%", "review", "外贸进出口增长6%。", "进出口总额", "achieved", "6%"),
    # a rank or position: named, no figure to check
    ("地区生产总值增长6%左右", "review", "地区生产总值增速居全省第3位。", "地区生产总值", "unclear", None),
    ("地区生产总值增长6%左右", "review", "经济增速居全省第二。", "地区生产总值", "unclear", None),
    ("规模以上工业增加值增长7%", "review", "规上工业增加值增速位列全省第一。", "规模以上工业增加值", "unclear", None),
    ("固定资产投资增长10%", "review", "固定资产投资增速排名全省第五。", "固定资产投资", "unclear", None),
    ("外贸进出口保持稳定增长", "review", "外贸进出口总额居全省第4位。", "外贸进出口", "unclear", None),
    # the result said as a completion
    ("城镇调查失业率控制在6%以内", "review", "城镇调查失业率控制在省下达的目标之内。", "城镇调查失业率", "achieved", None),
    ("节能减排完成省下达任务", "review", "圆满完成省下达的节能减排目标任务。", "节能减排", "achieved", None),
    ("单位地区生产总值能耗下降3%", "review", "单位地区生产总值能耗下降完成省下达目标。", "单位地区生产总值能耗", "achieved", None),
    ("粮食产量稳定在50万吨以上", "review", "粮食生产完成省下达的目标任务。", "粮食产量", "achieved", None),
    ("城镇新增就业5万人以上", "review", "城镇新增就业超额完成年度目标。", "城镇新增就业", "achieved", None),
    ("城镇新增就业5万人以上", "review", "新增城镇就业目标任务圆满完成。", "城镇新增就业", "achieved", None),
    ("一般公共预算收入增长6%", "review", "一般公共预算收入完成预算的103%。", "一般公共预算收入", "unclear", None),
    # a qualitative target answered qualitatively
    ("居民人均可支配收入增长和经济增长同步", "review", "居民人均可支配收入增速高于经济增速。", "居民人均可支配收入", "achieved", None),
    ("居民人均可支配收入增长和经济增长同步", "review", "居民收入增长跑赢经济增长。", "居民人均可支配收入", "achieved", None),
    # (基本同步 in words is weaker than a target asking 同步 plainly: unclear — the real pairs' reading, r07, since stop 35)
    ("居民人均可支配收入增长和经济增长同步", "review", "居民收入增长与经济增长基本同步。", "居民人均可支配收入", "unclear", None),
    ("生态环境质量持续改善", "review", "生态环境质量持续改善。", "生态环境质量", "achieved", None),
    ("生态环境质量持续改善", "review", "空气质量优良天数比例达到88%，地表水国控断面水质优良比例100%。", "生态环境质量", "unclear", None),
    ("安全生产形势持续稳定", "review", "安全生产形势总体稳定。", "安全生产形势", "achieved", None),
    # a figure whose subject is the topic, not the metric's name
    ("固定资产投资增长10%", "review", "有效投资持续扩大，全年增长11.2%。", "固定资产投资", "unclear", None),
    # ratios and shares
    ("研发投入强度达到3%", "review", "全社会研发经费投入占地区生产总值比重达到3.1%。", "研发投入强度", "achieved", "3.1%"),
    ("服务业增加值占地区生产总值比重达到55%", "review", "服务业增加值占比提高到56%。", "服务业增加值占地区生产总值比重", "achieved", "56%"),
    ("空气质量优良天数比例达到85%", "review", "空气质量优良天数比率为88.2%。", "空气质量优良天数比例", "achieved", "88.2%"),
    ("常住人口城镇化率达到65%", "review", "常住人口城镇化率提高到65.3%。", "常住人口城镇化率", "achieved", "65.3%"),
    # scales
    ("接待游客1亿人次", "review", "接待游客1.05亿人次。", "接待游客", "achieved", "1.05亿人次"),
    ("进出口总额达到1000亿元", "review", "进出口总额突破千亿元。", "进出口总额", "achieved", None),
    # 同比 / 比上年 / 增长率 phrasings
    ("地区生产总值增长6%左右", "review", "全市地区生产总值3200亿元，按可比价格计算，比上年增长6.1%。", "地区生产总值", "achieved", "6.1%"),
    ("规模以上工业增加值增长7%", "review", "规模以上工业增加值比上年增长7.3%。", "规模以上工业增加值", "achieved", "7.3%"),
    ("规模以上工业增加值增长7%", "review", "规模以上工业增加值较上年增长7.3%。", "规模以上工业增加值", "achieved", "7.3%"),
    ("社会消费品零售总额增长7.8%", "review", "社会消费品零售总额同比增长8.5%。", "社会消费品零售总额", "achieved", "8.5%"),
    ("固定资产投资增长10%", "review", "固定资产投资增长率达到9%。", "固定资产投资", "not_met", "9%"),
    ("一般公共预算收入增长6%", "review", "一般公共预算收入增幅6.8%。", "一般公共预算收入", "achieved", "6.8%"),
    ("地区生产总值增长6%左右", "review", "地区生产总值增速达到6.2%。", "地区生产总值", "achieved", "6.2%"),
    # stated in another part of the report
    ("规模以上工业增加值增长7%", "problems", "规模以上工业增加值仅增长3.2%，低于预期目标，", "规模以上工业增加值", "not_met", "3.2%"),
    ("地区生产总值增长6%左右", "bullet", "——经济运行稳中向好。地区生产总值增长6.2%。", "地区生产总值", "achieved", "6.2%"),
    ("地区生产总值增长6%左右", "review", "主要指标完成情况：地区生产总值增长6.2%；规模以上工业增加值增长7.5%。", "地区生产总值", "achieved", "6.2%"),
    ("地区生产总值增长6%左右", "head", "2024年，全市地区生产总值增长6.2%。", "地区生产总值", "achieved", "6.2%"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), ROWS)
def test_ways_a_review_states_a_result(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- more of the same: names, scales, completion shares, phrasings of a growth ---------------------

MORE_ROWS = [
    ("粮食产量稳定在50万吨以上", "review", "粮食总产达到51.2万吨，连续5年稳定在50万吨以上。", "粮食产量", "achieved", "51.2万吨"),
    ("城镇调查失业率控制在6%以内", "review", "城镇调查失业率保持在5%以内。", "城镇调查失业率", "achieved", "5%"),
    ("单位地区生产总值能耗下降3%", "review", "单位GDP能耗下降3.2%。", "单位地区生产总值能耗", "achieved", "3.2%"),
    ("单位地区生产总值能耗完成省下达目标", "review", "能耗强度下降完成省下达任务。", "单位地区生产总值能耗", "achieved", None),
    ("PM2.5平均浓度控制在35微克/立方米以内", "review", "PM2.5平均浓度降至32微克/立方米。", "PM2.5平均浓度", "achieved", "32微克/立方米"),
    ("空气质量优良天数比例达到85%", "review", "空气质量优良天数比例为86.4%，居全省第二。", "空气质量优良天数比例", "achieved", "86.4%"),
    ("实际利用外资增长5%", "review", "实际利用外资5.2亿美元，增长4.1%。", "实际利用外资", "not_met", "4.1%"),
    ("一般公共预算收入增长6%", "review", "税收收入增长8%，一般公共预算收入增长5.5%。", "一般公共预算收入", "not_met", "5.5%"),
    ("固定资产投资增长10%", "review", "全社会固定资产投资增长12.1%，其中工业投资增长20%。", "固定资产投资", "achieved", "12.1%"),
    ("地区生产总值增长6%左右", "review", "全市生产总值增长5.9%。", "地区生产总值", "achieved", "5.9%"),
    ("地区生产总值增长6%左右", "review", "GDP达到3000亿元，增长6.3%。", "地区生产总值", "achieved", "6.3%"),
    ("地区生产总值增长6%左右", "review", "地区生产总值增长6.3%，增速比全省高0.5个百分点。", "地区生产总值", "achieved", "6.3%"),
    ("常住人口城镇化率提高1个百分点", "review", "常住人口城镇化率达到65%，比上年提高1.1个百分点。", "常住人口城镇化率", "achieved", "1.1个百分点"),
    ("城镇新增就业5万人以上", "review", "新增城镇就业5.2万人，完成年度目标的104%。", "城镇新增就业", "achieved", "5.2万人"),
    ("城镇新增就业5万人以上", "review", "城镇新增就业完成年度目标的110%。", "城镇新增就业", "achieved", None),
    ("城镇新增就业5万人以上", "review", "城镇新增就业完成年度目标的92%。", "城镇新增就业", "not_met", None),
    ("粮食播种面积稳定在100万亩以上", "review", "粮食播种面积6.8万公顷。", "粮食播种面积", "achieved", "6.8万公顷"),
    ("城镇新增就业5万人以上", "review", "城镇新增就业人数达到5.3万。", "城镇新增就业", "achieved", None),
    ("高新技术企业达到500家", "review", "高新技术企业总数达到520家。", "高新技术企业", "achieved", "520家"),
    ("城乡居民收入增长与经济增长基本同步", "review", "城乡居民收入增速快于经济增速。", "城乡居民收入", "achieved", None),
    ("主要污染物排放总量完成省下达任务", "review", "主要污染物减排完成省下达任务。", "主要污染物排放总量", "achieved", None),
    ("城镇登记失业率控制在4.3%以内", "review", "城镇登记失业率为3.1%。", "城镇登记失业率", "achieved", "3.1%"),
    ("居民消费价格涨幅控制在3.4%左右", "review", "居民消费价格指数涨幅为1.5%。", "居民消费价格涨幅", "achieved", "1.5%"),
    ("研发经费投入强度达到2.5%", "review", "R&D经费支出占GDP比重达到2.6%。", "研发经费投入强度", "achieved", "2.6%"),
    ("农村居民人均可支配收入增长7%", "review", "农民人均可支配收入增长7.5%。", "农村居民人均可支配收入", "achieved", "7.5%"),
    ("单位地区生产总值能耗下降3%", "review", "万元地区生产总值能耗下降3.5%。", "单位地区生产总值能耗", "achieved", "3.5%"),
    ("地区生产总值增长6%左右", "review", "全年经济增长6.2%。", "地区生产总值", "achieved", "6.2%"),
    ("外贸出口增长5%", "review", "出口总额增长8%。", "外贸出口", "achieved", "8%"),
    ("进出口总额增长5%", "review", "外贸进出口总额增长4.2%。", "进出口总额", "not_met", "4.2%"),
    ("地区生产总值增长6%左右", "review", "地区生产总值增长了6.2%。", "地区生产总值", "achieved", "6.2%"),
    ("地区生产总值增长6%左右", "review", "地区生产总值实现了6.2%的增长。", "地区生产总值", "achieved", "6.2%"),
    ("规模以上工业增加值增长7%", "review", "规模以上工业增加值保持7.5%的增速。", "规模以上工业增加值", "achieved", "7.5%"),
    ("地区生产总值增长6%左右", "review", "地区生产总值增长率达到6.2%。", "地区生产总值", "achieved", "6.2%"),
    ("一般公共预算收入增长6%", "review", "一般公共预算收入同口径增长6.3%。", "一般公共预算收入", "achieved", "6.3%"),
    ("社会消费品零售总额增长7.8%", "problems", "社会消费品零售总额仅增长3.1%，", "社会消费品零售总额", "not_met", "3.1%"),
    ("固定资产投资增长10%", "bullet", "——项目建设提速增效。固定资产投资增长11.3%，其中工业投资增长25%。", "固定资产投资", "achieved", "11.3%"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), MORE_ROWS)
def test_more_ways_a_review_states_a_result(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# --- clauses beside a five-year aside, a ratio of town to country, a growth said as 两位数 -------------

THIRD_ROWS = [
    ("城镇新增就业5万人以上", "bullet", "——民生保障更加有力。各项民生支出占比保持在80%以上，城镇新增就业完成年度目标，“十四五”以来年均新增5.5万人。", "城镇新增就业", "achieved", None),
    ("节能减排完成省下达任务", "bullet", "——生态环境持续改善。全面推进污染防治攻坚，节能减排完成省下达任务，单位地区生产总值能耗年均下降3%。", "节能减排", "achieved", None),
    ("粮食产量稳定在50万吨以上", "bullet", "——乡村振兴扎实推进。粮食生产再获丰收，年均产量稳定在50万吨以上。", "粮食产量", "unclear", None),
    ("城乡居民收入差距进一步缩小", "review", "城乡居民收入比缩小至1.8。", "城乡居民收入差距", "achieved", None),
    ("城乡居民收入倍差持续缩小", "review", "城乡收入比由1.85缩小到1.81。", "城乡居民收入倍差", "achieved", None),
    ("固定资产投资增长10%以上", "review", "固定资产投资保持两位数增长。", "固定资产投资", "achieved", None),
    ("固定资产投资增长12%", "review", "固定资产投资保持两位数增长。", "固定资产投资", "unclear", None),
    ("城镇调查失业率控制在6%以内", "review", "城镇调查失业率平均为5.1%。", "城镇调查失业率", "achieved", "5.1%"),
    ("城镇调查失业率控制在6%以内", "review", "城镇调查失业率下降0.3个百分点。", "城镇调查失业率", "unclear", None),
    ("地区生产总值增长6%左右", "problems", "经济增速有所放缓，", "地区生产总值", "unclear", None),
    ("营商环境持续优化", "review", "营商环境评价居全省第一。", "营商环境", "unclear", None),
    ("居民人均可支配收入增长6%", "review", "人均可支配收入增长6.4%。", "居民人均可支配收入", "achieved", "6.4%"),
    ("空气质量优良天数比例达到85%", "review", "空气优良天数比例达到87%。", "空气质量优良天数比例", "achieved", "87%"),
    ("PM2.5平均浓度控制在35微克/立方米以内", "review", "PM2.5浓度下降到33微克/立方米。", "PM2.5平均浓度", "achieved", "33微克/立方米"),
    ("一般公共预算收入增长6%", "review", "一般公共预算收入突破200亿元，增长6.8%，税收占比80%。", "一般公共预算收入", "achieved", "6.8%"),
    ("规模以上工业增加值增长7%", "review", "全市规上工业增加值增长7.8%，高于全省1.2个百分点。", "规模以上工业增加值", "achieved", "7.8%"),
    # the lead's method decision (stop 41): a part of the year at or above the year's target is not the year's result, unclear
    ("社会消费品零售总额增长7.8%", "review", "社会消费品零售总额前三季度增长8.6%。", "社会消费品零售总额", "unclear", "8.6%"),
    ("地区生产总值增长6%左右", "review", "预计全年地区生产总值增长6%左右。", "地区生产总值", "achieved", "6%"),
    ("一般公共预算收入增长6%", "review", "财政收入中，一般公共预算收入增长3.5%。", "一般公共预算收入", "not_met", "3.5%"),
    ("外贸进出口总额增长5%", "review", "外贸进出口逆势增长12%。", "外贸进出口总额", "achieved", "12%"),
    ("实际利用外资完成省下达目标", "review", "实际使用外资超额完成省下达任务。", "实际利用外资", "achieved", None),
    ("城镇新增就业5万人以上", "review", "就业形势总体稳定，城镇新增就业5.3万人。", "城镇新增就业", "achieved", "5.3万人"),
    ("居民消费价格涨幅控制在3.4%左右", "review", "物价总水平保持基本稳定，居民消费价格上涨1.6%。", "居民消费价格涨幅", "achieved", "1.6%"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), THIRD_ROWS)
def test_still_more_ways_a_review_states_a_result(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)

# --- the result set against the year's target in words (年初预期, 比年初目标低2个百分点) --------------------

AGAINST_TARGET_ROWS = [
    ("地区生产总值增长6%左右", "review", "地区生产总值增速好于年初预期。", "地区生产总值", "achieved", None),
    ("城镇新增就业5万人以上", "review", "城镇新增就业实现年初预期目标。", "城镇新增就业", "achieved", None),
    ("一般公共预算收入增长6%", "review", "一般公共预算收入完成年初预算目标。", "一般公共预算收入", "achieved", None),
    ("规模以上工业增加值增长7%", "review", "规模以上工业增加值增速比年初目标低2个百分点。", "规模以上工业增加值", "not_met", None),
    ("规模以上工业增加值增长7%", "review", "规模以上工业增加值增速高于年初目标0.5个百分点。", "规模以上工业增加值", "achieved", None),
    ("地区生产总值增长6%左右", "review", "地区生产总值增速未达到年初预期目标。", "地区生产总值", "not_met", None),
    ("固定资产投资增长10%", "review", "固定资产投资完成年度计划的105%。", "固定资产投资", "unclear", None),
    ("社会消费品零售总额增长7.8%", "review", "社会消费品零售总额增长6.9%，低于预期目标0.9个百分点。", "社会消费品零售总额", "not_met", "6.9%"),
    ("城镇调查失业率控制在6%以内", "review", "城镇调查失业率控制在预期目标以内。", "城镇调查失业率", "achieved", None),
    ("地区生产总值增长6%左右", "review", "全市经济增长好于预期。", "地区生产总值", "achieved", None),
    ("一般公共预算收入增长6%", "review", "一般公共预算收入完成年初预算。", "一般公共预算收入", "achieved", None),
    ("城镇新增就业5万人以上", "review", "城镇新增就业完成年初目标任务。", "城镇新增就业", "achieved", None),
    ("粮食产量稳定在50万吨以上", "review", "粮食产量达到年初预期。", "粮食产量", "achieved", None),
    ("居民消费价格涨幅控制在3.4%左右", "review", "居民消费价格涨幅低于调控目标。", "居民消费价格涨幅", "achieved", None),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), AGAINST_TARGET_ROWS)
def test_result_set_against_the_target(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)

# --- qualitative targets said in other words, bundles named whole ------------------------------------

QUALITATIVE_ROWS = [
    ("外贸进出口保持稳定", "review", "外贸进出口总体平稳。", "外贸进出口", "achieved", None),
    ("城乡居民收入差距进一步缩小", "review", "城乡居民收入差距持续收窄。", "城乡居民收入差距", "achieved", None),
    ("生态环境质量持续改善", "review", "生态环境质量明显好转。", "生态环境质量", "achieved", None),
    ("节能减排、环境保护等约束性指标完成国家下达任务", "review", "节能减排和环境保护约束性指标全面完成。", "节能减排、环境保护等约束性指标", "achieved", None),
    ("城镇新增就业5万人以上", "review", "新增就业岗位5.2万个。", "城镇新增就业", "unclear", None),
    ("居民人均可支配收入增长和经济增长同步", "review", "居民收入与经济增长保持同步。", "居民人均可支配收入", "achieved", None),
    ("粮食产量稳定在50万吨以上", "review", "粮食产量连续多年保持稳定。", "粮食产量", "unclear", None),
    ("外贸进出口保持稳定增长", "review", "外贸进出口总额达到850亿元，增长5.6%。", "外贸进出口", "achieved", "5.6%"),
    ("居民消费价格涨幅控制在3.4%左右", "review", "物价涨幅保持在合理区间。", "居民消费价格涨幅", "unclear", None),
    ("单位地区生产总值能耗下降3%", "review", "能耗强度下降完成年度目标。", "单位地区生产总值能耗", "achieved", None),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), QUALITATIVE_ROWS)
def test_qualitative_targets_in_other_words(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)

# --- the target's own metric written short or otherwise; per-head and group metrics --------------------

TARGET_NAME_ROWS = [
    ("GDP增长6%左右", "review", "地区生产总值增长6.2%。", "GDP", "achieved", "6.2%"),
    ("全市生产总值增长6%", "review", "地区生产总值增长6.2%。", "全市生产总值", "achieved", "6.2%"),
    ("地区生产总值（GDP）增长6%", "review", "全市GDP增长6.2%。", "地区生产总值（GDP）", "achieved", "6.2%"),
    ("规上工业增加值增长7%", "review", "规模以上工业增加值增长7.5%。", "规上工业增加值", "achieved", "7.5%"),
    ("社会消费品零售总额增长7.8%", "review", "社零额增长8.5%。", "社会消费品零售总额", "achieved", "8.5%"),
    ("一般公共预算收入增长6%", "review", "地方级一般公共预算收入增长6.5%。", "一般公共预算收入", "achieved", "6.5%"),
    ("城镇新增就业人数5万人", "review", "城镇新增就业5.3万人。", "城镇新增就业人数", "achieved", "5.3万人"),
    ("新增城镇就业5万人", "review", "城镇新增就业5.3万人。", "新增城镇就业", "achieved", "5.3万人"),
    ("CPI涨幅控制在3%左右", "review", "居民消费价格上涨1.5%。", "CPI涨幅", "achieved", "1.5%"),
    ("城镇调查失业率5.5%以内", "review", "城镇调查失业率控制在5.1%。", "城镇调查失业率", "achieved", "5.1%"),
    ("研发经费投入强度达到2.8%", "review", "全社会研发投入强度达到2.85%。", "研发经费投入强度", "achieved", "2.85%"),
    ("森林覆盖率达到45%", "review", "森林覆盖率提高到45.2%。", "森林覆盖率", "achieved", "45.2%"),
    ("空气质量优良天数比率达到90%", "review", "空气优良率91%。", "空气质量优良天数比率", "achieved", "91%"),
    ("人均GDP增长7%", "review", "人均地区生产总值增长7.5%。", "人均GDP", "achieved", "7.5%"),
    ("人均GDP增长7%", "review", "地区生产总值增长7.5%。", "人均GDP", "not_reported", None),
    ("全员劳动生产率增长7%", "review", "全员劳动生产率提高7.3%。", "全员劳动生产率", "achieved", "7.3%"),
    ("全体居民人均可支配收入增长6%", "review", "居民人均可支配收入增长6.1%。", "全体居民人均可支配收入", "achieved", "6.1%"),
    ("农村居民人均可支配收入增长7%", "review", "居民人均可支配收入增长7.5%。", "农村居民人均可支配收入", "not_reported", None),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), TARGET_NAME_ROWS)
def test_target_metric_written_otherwise(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)

# --- a metric named with how it went, no figure: unclear, quoted ----------------------------------------

HOW_IT_WENT_ROWS = [
    ("规模以上工业增加值增长7%", "review", "规模以上工业增加值增势强劲。", "规模以上工业增加值", "unclear", None),
    ("外贸进出口总额增长5%", "review", "外贸进出口总额逆势上扬。", "外贸进出口总额", "unclear", None),
    ("一般公共预算收入增长6%", "review", "一般公共预算收入承压运行。", "一般公共预算收入", "unclear", None),
    ("社会消费品零售总额增长7.8%", "review", "社会消费品零售总额有所下滑。", "社会消费品零售总额", "unclear", None),
    ("固定资产投资增长10%", "review", "固定资产投资跃升至全省第三位。", "固定资产投资", "unclear", None),
    ("地区生产总值增长6%左右", "review", "地区生产总值跨越3000亿元大关。", "地区生产总值", "unclear", None),
    ("居民消费价格涨幅控制在3.4%左右", "review", "居民消费价格温和上涨。", "居民消费价格涨幅", "unclear", None),
    ("粮食产量稳定在50万吨以上", "review", "粮食产量再创历史新高。", "粮食产量", "unclear", None),
    ("城镇新增就业5万人以上", "review", "城镇新增就业人数创历史新高。", "城镇新增就业", "unclear", None),
    ("外贸进出口总额增长5%", "review", "外贸进出口规模明显萎缩。", "外贸进出口总额", "unclear", None),
    ("规模以上工业增加值增长7%", "review", "加强规模以上工业增加值统计监测。", "规模以上工业增加值", "not_reported", None),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), HOW_IT_WENT_ROWS)
def test_metric_named_with_how_it_went(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)

# --- ranges, full-width figures, partial years; targets the problems part says were missed -------------

MISSED_AND_OTHER_ROWS = [
    ("地区生产总值增长6%-7%", "review", "地区生产总值增长6.5%。", "地区生产总值", "achieved", "6.5%"),
    ("城镇新增就业5万人", "review", "城镇新增就业5万人以上。", "城镇新增就业", "achieved", None),
    ("地区生产总值增长6%左右", "review", "地区生产总值增长６．２％。", "地区生产总值", "achieved", None),
    ("地区生产总值增长6%左右", "review", "地区生产总值增长6.2%，比全国、全省分别高1.2个和0.8个百分点。", "地区生产总值", "achieved", "6.2%"),
    ("一般公共预算收入增长6%", "review", "一般公共预算收入扣除留抵退税因素后增长6.5%。", "一般公共预算收入", "achieved", "6.5%"),
    ("规模以上工业增加值增长7%", "review", "全市规模以上工业增加值同比增长7.5个百分点。", "规模以上工业增加值", "unclear", None),
    # the lead's method decision (stop 41): a part of the year at or above the year's target is not the year's result, unclear
    ("社会消费品零售总额增长7.8%", "review", "社会消费品零售总额1—11月增长8.4%。", "社会消费品零售总额", "unclear", "8.4%"),
    ("地区生产总值增长6%左右", "problems", "地区生产总值增长5.6%，与预期目标还有差距，", "地区生产总值", "not_met", "5.6%"),
    ("地区生产总值增长6%左右", "problems", "有两项指标没有完成预期目标，分别是地区生产总值和固定资产投资增速，", "地区生产总值", "not_met", None),
    ("地区生产总值增长6%左右", "problems", "未完成年度目标的指标有地区生产总值、固定资产投资，", "地区生产总值", "not_met", None),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), MISSED_AND_OTHER_ROWS)
def test_missed_said_and_other_figures(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)

# --- a growth said as 负增长 (a fall of no stated size) or 正增长 -----------------------------------------

SIGN_ONLY_ROWS = [
    ("固定资产投资增长10%", "review", "固定资产投资出现负增长。", "固定资产投资", "not_met", "出现负增长"),
    ("外贸进出口保持稳定增长", "review", "外贸进出口负增长。", "外贸进出口", "not_met", None),
    ("单位地区生产总值能耗下降3%", "review", "单位地区生产总值能耗负增长。", "单位地区生产总值能耗", "unclear", None),
    ("地区生产总值增长6%左右", "review", "地区生产总值实现正增长。", "地区生产总值", "unclear", "实现正增长"),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), SIGN_ONLY_ROWS)
def test_growth_said_by_its_sign(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)

# --- what the broader search must not take ---------------------------------------------------------

@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("一般公共预算收入增长6%", "居民收入稳步提高，全年增长6%。", "一般公共预算收入", "not_reported"),  # not the topic
    ("社会消费品零售总额增长7.8%", "消费市场加快回暖，全年增长9%。", "社会消费品零售总额", "unclear"),   # the topic only
    ("地区生产总值增长6%左右", "推动经济增长的动力更加多元。", "地区生产总值", "not_reported"),
    ("地区生产总值增长6%左右", "服务业增加值占比提高到56%。", "地区生产总值", "not_reported"),
    ("居民人均可支配收入增长和经济增长同步", "居民人均可支配收入增速低于经济增速。", "居民人均可支配收入", "not_met"),
    ("居民人均可支配收入与全省保持同步增长", "居民人均可支配收入增速高于经济增速。", "居民人均可支配收入", "unclear"),
    ("人口自然增长率控制在6‰以内", "人口自然增长率5.1‰。", "人口自然增长率", "achieved"),      # a level, as before
    ("固定资产投资下降5%", "固定资产投资下降率为6%。", "固定资产投资", "achieved"),
    ("城镇新增就业5万人以上", "高校毕业生就业率完成年度目标的98%。", "城镇新增就业", "not_reported"),  # another metric's share
    # a narrower metric said above its own target: not the target's (a neighbour's words, unclear — not achieved)
    ("一般公共预算收入增长6%", "税收收入增速高于年初目标1个百分点。", "一般公共预算收入", "unclear"),
    ("节能减排、环境保护等约束性指标完成国家下达任务", "节能减排全面完成省下达任务。", "节能减排、环境保护等约束性指标",
     "unclear"),     # one item of the bundle said done: not the whole
    ("生态环境质量持续改善", "营商环境明显好转。", "生态环境质量", "not_reported"),
])
def test_what_the_search_leaves(target, said, metric, outcome):
    assert _verdict(target, "review", said, metric).outcome == outcome


# --- a review part under a title that reads like the coming year's (labelled before the run) ---------

_TITLED = REVIEW.replace("一、2024年工作回顾", "{title}")


@pytest.mark.parametrize(("title", "said", "outcome"), [
    ("一、2024年目标任务完成情况", "地区生产总值增长6.2%。", "achieved"),     # 完成情况: what was done
    ("一、2024年主要预期目标完成情况", "地区生产总值增长6.2%。", "achieved"),
    ("一、2024年主要工作", "地区生产总值增长6.2%。", "achieved"),           # the year before the report's
    ("一、2024年计划执行情况", "地区生产总值增长5.2%。", "not_met"),
    ("一、2024年目标任务完成情况", "全市经济运行平稳。", "not_reported"),
    ("一、2024年工作回顾", "全市经济运行平稳。", "not_reported"),          # the plan's 增长5%左右 is no result
])
def test_review_part_titled_as_targets_or_work(title, said, outcome):
    verdicts, _ = v.verify_documents(_read(PLAN.format(target="地区生产总值增长6%左右"), "n.txt"), _read(
        _TITLED.replace("{title}", title).format(head="", review=said, bullet="", problems=""), "n1.txt"))
    assert verdicts[0].outcome == outcome, verdicts[0].reason
