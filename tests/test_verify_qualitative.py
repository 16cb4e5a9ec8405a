"""Qualitative and amount targets (issue 10): how a targets paragraph states them (split, named, compared) and how
the next year's review states their result.  Probe rows written and labelled by reading before the engine was run
on them (the readings of bench/labels/corpus/README.md: a qualitative target keeps its predicate, = for 保持 / 同步
/ 稳定, <= for a fall or a cap, >= otherwise; its result is achieved when the review says it plainly or gives the
figures that settle it, unclear when it mentions the metric with no checkable claim, not_reported when silent)."""

import pytest

from luoshi.engine import targets
from tests.test_verify_ways import _check, _verdict

pytestmark = pytest.mark.engine

Q = "qualitative"

# A first batch of target clauses: two metrics sharing one predicate and a head noun, predicates of improvement and
# stability, caps set by a higher government, amounts after 达到 / 突破 / 保持在 / 完成 and beside a rate.
TARGET_PROBES = [
    ("粮食播种面积和产量保持稳定", [("粮食播种面积", "=", None, None, "", Q), ("粮食产量", "=", None, None, "", Q)]),
    ("单位地区生产总值能耗和二氧化碳排放降低完成省下达任务", [("单位地区生产总值能耗", ">=", None, None, "", Q),
                                           ("单位地区生产总值二氧化碳排放", ">=", None, None, "", Q)]),
    ("耕地保有量和永久基本农田保护面积完成省下达任务", [("耕地保有量", ">=", None, None, "", Q),
                                     ("永久基本农田保护面积", ">=", None, None, "", Q)]),
    ("生态环境质量持续改善", [("生态环境质量", ">=", None, None, "", Q)]),
    ("生态环境质量稳中向好", [("生态环境质量", ">=", None, None, "", Q)]),
    ("城镇调查失业率控制在省下达目标以内", [("城镇调查失业率", "<=", None, None, "", Q)]),
    ("主要污染物排放总量持续减少", [("主要污染物排放总量", "<=", None, None, "", Q)]),
    ("城乡居民收入差距持续缩小", [("城乡居民收入差距", "<=", None, None, "", Q)]),
    ("森林覆盖率保持稳定", [("森林覆盖率", "=", None, None, "", Q)]),
    ("研发经费投入强度稳步提高", [("研发经费投入强度", ">=", None, None, "", Q)]),
    ("居民人均可支配收入增长快于经济增长", [("居民人均可支配收入", ">=", None, None, "", Q)]),
    ("一般公共预算收入达到86亿元", [("一般公共预算收入", ">=", 86.0, None, "亿元", "amount")]),
    ("固定资产投资力争突破500亿元", [("固定资产投资", ">=", 500.0, None, "亿元", "amount")]),
    ("社会消费品零售总额达到1200亿元左右", [("社会消费品零售总额", "=", 1200.0, None, "亿元", "amount")]),
    ("外贸进出口总额保持在80亿美元以上", [("外贸进出口总额", ">=", 80.0, None, "亿美元", "amount")]),
    ("规模以上工业总产值完成2000亿元以上", [("规模以上工业总产值", ">=", 2000.0, None, "亿元", "amount")]),
    ("粮食总产量稳定在8.5亿斤以上", [("粮食总产量", ">=", 8.5, None, "亿斤", "amount")]),
    ("全社会固定资产投资保持在千亿元以上", [("全社会固定资产投资", ">=", 1000.0, None, "亿元", "amount")]),
    ("一般公共预算收入完成86亿元、增长5.5%", [("一般公共预算收入", ">=", 86.0, None, "亿元", "amount"),
                                  ("一般公共预算收入", ">=", 5.5, None, "%", "growth_rate")]),
    ("地区生产总值增长6%、总量突破3000亿元", [("地区生产总值", ">=", 6.0, None, "%", "growth_rate"),
                                 ("地区生产总值", ">=", 3000.0, None, "亿元", "amount")]),
]

# A first batch of results of qualitative targets: stability answered by a rate or by 持平, improvement said in
# other words, a task said done or not done, a cap set by a higher government with a figure, a shared head noun.
# First run (rows landed before, fd9594e): targets 17/20, results 7/14; the misses are strict xfail below.
VERDICT_PROBES = [
    ("外贸进出口保持稳定", "review", "外贸进出口总额增长1.8%。", "外贸进出口", "achieved", None),
    ("外贸进出口保持稳定", "review", "外贸进出口总额下降9.4%。", "外贸进出口", "not_met", None),
    ("固定资产投资保持稳定", "review", "固定资产投资下降0.3%。", "固定资产投资", "achieved", None),
    ("实际使用外资保持稳定", "review", "实际使用外资与上年基本持平。", "实际使用外资", "achieved", None),
    ("粮食产量保持稳定", "review", "粮食总产量达到31.5亿斤，与上年持平。", "粮食产量", "achieved", None),
    ("粮食播种面积和产量保持稳定", "review", "粮食播种面积稳定在126万亩，粮食总产量9.8亿斤、增长0.6%。", "粮食产量",
     "achieved", None),
    ("生态环境质量稳中向好", "review", "生态环境质量持续向好。", "生态环境质量", "achieved", None),
    ("生态环境质量持续改善", "review", "生态环境质量进一步改善。", "生态环境质量", "achieved", None),
    ("生态环境质量持续改善", "review", "生态环境质量总体稳定。", "生态环境质量", "unclear", None),
    ("节能减排完成省下达任务", "review", "超额完成省下达的节能减排任务。", "节能减排", "achieved", None),
    ("节能减排完成省下达任务", "review", "节能减排任务未能全面完成。", "节能减排", "not_met", None),
    ("居民收入增长与经济增长同步", "review", "居民收入增长与经济增长保持同步。", "居民收入", "achieved", None),
    ("城镇调查失业率控制在省下达目标以内", "review", "城镇调查失业率4.8%，控制在省下达目标以内。", "城镇调查失业率",
     "achieved", None),
    ("居民消费价格涨幅控制在省定目标以内", "review", "居民消费价格上涨0.9%。", "居民消费价格涨幅", "unclear", None),
    # (written after the first run) the cap's metric given a figure, or not named at all
    ("城镇调查失业率控制在省下达目标以内", "review", "城镇调查失业率5.1%。", "城镇调查失业率", "unclear", "5.1%"),
    ("城镇登记失业率控制在省控目标以内", "review", "新增城镇就业1.2万人。", "城镇登记失业率", "not_reported", None),
]


def _read(clause):
    return [(i.metric, i.comparator, i.value, i.value_high, i.unit, i.kind) for i in targets.parse_clause(clause)]


@pytest.mark.parametrize(("clause", "expected"), TARGET_PROBES, ids=[getattr(p, "values", p)[0] for p in TARGET_PROBES])
def test_qualitative_and_amount_target_clauses(clause, expected):
    assert _read(clause) == expected


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), VERDICT_PROBES)
def test_results_of_qualitative_targets(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# A second batch, written and labelled by reading before the engine was run on it (not yet collected): a bare measure
# in the clause after its object's, a verb before the metric (完成/实现…亿元), amounts in words and after 不低于 /
# 超过, caps and completions set by a higher government, two metrics sharing a predicate after 、.
TARGET_PROBES_2 = [
    ("粮食播种面积稳定在1200万亩以上、产量稳定在95亿斤以上", [("粮食播种面积", ">=", 1200.0, None, "万亩", "amount"),
                                             ("粮食产量", ">=", 95.0, None, "亿斤", "amount")]),
    ("确保粮食总产量不低于110亿斤", [("粮食总产量", ">=", 110.0, None, "亿斤", "amount")]),
    ("全年完成固定资产投资1500亿元", [("固定资产投资", ">=", 1500.0, None, "亿元", "amount")]),
    ("实现地区生产总值3000亿元", [("地区生产总值", ">=", 3000.0, None, "亿元", "amount")]),
    ("一般公共预算收入超过120亿元", [("一般公共预算收入", ">=", 120.0, None, "亿元", "amount")]),
    ("社会消费品零售总额突破千亿元", [("社会消费品零售总额", ">=", 1000.0, None, "亿元", "amount")]),
    ("地区生产总值达到1.2万亿元左右", [("地区生产总值", "=", 1.2, None, "万亿元", "amount")]),
    ("能耗强度、碳排放强度完成国家下达目标", [("能耗强度", ">=", None, None, "", Q), ("碳排放强度", ">=", None, None, "", Q)]),
    ("污染防治攻坚任务完成市下达目标", [("污染防治攻坚任务", ">=", None, None, "", Q)]),
    ("城镇登记失业率控制在省控目标以内", [("城镇登记失业率", "<=", None, None, "", Q)]),
    ("城镇新增就业完成省下达任务", [("城镇新增就业", ">=", None, None, "", Q)]),
    ("地表水国考断面水质优良比例达到省定目标", [("地表水国考断面水质优良比例", ">=", None, None, "", Q)]),
    ("生态环境质量总体改善", [("生态环境质量", ">=", None, None, "", Q)]),
    ("居民收入增长和经济增长同步", [("居民收入", "=", None, None, "", Q)]),
    ("确保完成省下达的单位地区生产总值能耗降低目标", [("单位地区生产总值能耗", ">=", None, None, "", Q)]),
]

# First run (rows landed before, d0f3359): targets 12/15, results 11/12; the misses are strict xfail.
VERDICT_PROBES_2 = [
    ("污染防治攻坚任务完成市下达目标", "review", "细颗粒物平均浓度下降4.1%，污染防治攻坚任务全面完成。", "污染防治攻坚任务",
     "achieved", None),
    ("能耗强度完成国家下达目标", "review", "能耗强度下降2.8%。", "能耗强度", "unclear", None),
    ("城镇登记失业率控制在省控目标以内", "review", "城镇登记失业率2.9%。", "城镇登记失业率", "unclear", None),
    ("城镇新增就业完成省下达任务", "review", "城镇新增就业5.6万人，超额完成省下达任务。", "城镇新增就业", "achieved", None),
    ("居民收入增长和经济增长同步", "review", "地区生产总值增长5.2%，居民人均可支配收入增长5.6%。", "居民收入", "achieved", None),
    ("居民收入增长和经济增长同步", "review", "居民人均可支配收入增长5.1%，快于经济增长0.3个百分点。", "居民收入", "achieved", None),
    ("城乡居民收入差距持续缩小", "review", "城乡居民收入比缩小至1.85。", "城乡居民收入差距", "achieved", None),
    ("粮食播种面积稳定在1200万亩以上、产量稳定在95亿斤以上", "review", "粮食总产量96.3亿斤，播种面积1212万亩。", "粮食产量",
     "achieved", None),
    ("实现地区生产总值3000亿元", "review", "全市地区生产总值达到2968亿元，增长5.4%。", "地区生产总值", "not_met", None),
    ("确保粮食总产量不低于110亿斤", "review", "粮食总产量112.6亿斤，再创历史新高。", "粮食总产量", "achieved", None),
    pytest.param("地表水国考断面水质优良比例达到省定目标", "review", "国考断面水质优良比例达到92.3%，高于省定目标2.3个百分点。",
     "地表水国考断面水质优良比例", "achieved", None, marks=pytest.mark.xfail(strict=True, reason="a rate named in the reply without the word for what is measured that opens the target's name is not found (not reported)")),
    ("生态环境质量总体改善", "review", "全年未开展生态环境专项督察。", "生态环境质量", "not_reported", None),
]


@pytest.mark.parametrize(("clause", "expected"), TARGET_PROBES_2, ids=[getattr(p, "values", p)[0] for p in TARGET_PROBES_2])
def test_qualitative_and_amount_target_clauses_2(clause, expected):
    assert _read(clause) == expected


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), VERDICT_PROBES_2)
def test_results_of_qualitative_targets_2(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# Written after the twentieth set's first run (v63): 相协调 / 相适应 keep a metric in step with the economy as 同步 does, and
# 稳中有增 asks for growth as 保持稳定增长 does.
FITTED_ROWS = [
    ("一般公共预算收入增长与经济增长相协调", "review", "地区生产总值增长5.1%，一般公共预算收入增长6.2%。", "一般公共预算收入",
     "achieved", None),
    ("一般公共预算收入增长与经济发展相适应", "review", "地区生产总值增长5.1%，一般公共预算收入增长3.9%。", "一般公共预算收入",
     "not_met", None),
    ("外贸进出口稳中有增", "review", "外贸进出口总额增长4.4%。", "外贸进出口", "achieved", None),
    ("外贸进出口稳中有增", "review", "外贸进出口总额下降2.7%。", "外贸进出口", "not_met", None),
    # (after the twenty-second set's first run, v65) an improvement said for a 向好 target
    ("生态环境质量稳中向好", "review", "生态环境质量持续改善。", "生态环境质量", "achieved", None),
    ("生态环境质量稳中向好", "review", "生态环境质量明显好转。", "生态环境质量", "achieved", None),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), FITTED_ROWS)
def test_in_step_and_growth_in_other_words(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# A third batch, written and labelled by reading before the engine was run on it (not yet collected): amounts in
# words and after 超 / 大关, a size after 、, a bare 强度 after 总量, completion of the budget; results given as a
# share of the budget or the task, a related figure only, a standing instead of an improvement.
TARGET_PROBES_3 = [
    ("一般公共预算收入超百亿元", [("一般公共预算收入", ">=", 100.0, None, "亿元", "amount")]),
    ("经济总量突破6000亿元", [("经济总量", ">=", 6000.0, None, "亿元", "amount")]),
    ("规上工业总产值增长10%、突破3000亿元", [("规上工业总产值", ">=", 10.0, None, "%", "growth_rate"),
                                 ("规上工业总产值", ">=", 3000.0, None, "亿元", "amount")]),
    ("实际利用外资1.5亿美元以上", [("实际利用外资", ">=", 1.5, None, "亿美元", "amount")]),
    ("社会消费品零售总额力争突破500亿元大关", [("社会消费品零售总额", ">=", 500.0, None, "亿元", "amount")]),
    ("地方一般公共预算收入完成年度预算", [("地方一般公共预算收入", ">=", None, None, "", Q)]),
    ("能源消费总量和强度控制在省下达目标内", [("能源消费总量", "<=", None, None, "", Q), ("能源消费强度", "<=", None, None, "", Q)]),
    ("居民人均可支配收入与经济增长同步提高", [("居民人均可支配收入", "=", None, None, "", Q)]),
]

# First run (rows landed before, 5c5004e): targets 7/8 (强度 after 能源消费总量 named bare), results 9/10 (完成年度预算的96.5%
# read as done); both fitted (target.bare_measure, verify._SHARE_DONE).
VERDICT_PROBES_3 = [
    ("节能减排完成省下达任务", "review", "单位地区生产总值能耗下降3.1%。", "节能减排", "unclear", None),
    ("居民收入增长与经济增长同步", "review", "地区生产总值增长5.5%，城乡居民人均可支配收入分别增长5.8%、7.1%。", "居民收入",
     "achieved", None),
    ("生态环境质量持续改善", "review", "生态环境质量保持全省前列。", "生态环境质量", "unclear", None),
    ("一般公共预算收入超百亿元", "review", "一般公共预算收入达到103.6亿元，增长4.2%。", "一般公共预算收入", "achieved", None),
    ("经济总量突破6000亿元", "review", "地区生产总值达到6128亿元，增长5.3%。", "经济总量", "achieved", None),
    ("能源消费总量和强度控制在省下达目标内", "review", "能源消费总量和强度控制在省下达目标内。", "能源消费强度", "achieved", None),
    ("地方一般公共预算收入完成年度预算", "review", "地方一般公共预算收入完成年度预算的102.3%。", "地方一般公共预算收入",
     "achieved", None),
    ("地方一般公共预算收入完成年度预算", "review", "地方一般公共预算收入完成年度预算的96.5%。", "地方一般公共预算收入",
     "not_met", None),
    ("粮食产量保持稳定", "review", "受严重旱灾影响，粮食总产量下降8.2%。", "粮食产量", "not_met", None),
    ("城镇新增就业完成省下达任务", "review", "城镇新增就业4.2万人，完成省下达任务的112%。", "城镇新增就业", "achieved", None),
    # (written after the first run) a share under 100 of a task said done
    ("节能减排完成市下达任务", "review", "节能减排完成市下达任务的95%。", "节能减排", "not_met", None),
]


@pytest.mark.parametrize(("clause", "expected"), TARGET_PROBES_3, ids=[getattr(p, "values", p)[0] for p in TARGET_PROBES_3])
def test_qualitative_and_amount_target_clauses_3(clause, expected):
    assert _read(clause) == expected


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), VERDICT_PROBES_3)
def test_results_of_qualitative_targets_3(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)


# A target on both groups (城乡居民人均可支配收入…同步) answered by a review naming the two groups in turn before their
# shared rest (城镇、农村居民…; 城镇和农村常住居民…; 城镇与农村居民…: words.toml verify.both_groups_join) said in step,
# ahead or behind in words.  Seen in r63 (佳木斯, the review) and r54 (曲靖, the target written so).  Guard: one group
# named alone answers no target on both.
BOTH_GROUPS_IN_TURN = [
    ("城乡居民人均可支配收入增速与经济增速同步", "review", "城镇、农村居民人均可支配收入增速与经济增长保持同步。",
     "城乡居民人均可支配收入", "achieved", None),
    ("城乡常住居民人均可支配收入增长快于经济增长", "review", "城镇和农村常住居民人均可支配收入增速均快于经济增速。",
     "城乡常住居民人均可支配收入", "achieved", None),
    ("城乡居民人均可支配收入与经济增长同步", "review", "城镇与农村居民人均可支配收入增速低于经济增速。",
     "城乡居民人均可支配收入", "not_met", None),
    # guard: the urban group alone
    ("城乡居民人均可支配收入增速与经济增速同步", "review", "城镇居民人均可支配收入增速与经济增长保持同步。",
     "城乡居民人均可支配收入", "not_reported", None),
]


@pytest.mark.parametrize(("target", "place", "said", "metric", "outcome", "quoted"), BOTH_GROUPS_IN_TURN)
def test_both_groups_named_in_turn(target, place, said, metric, outcome, quoted):
    _check(_verdict(target, place, said, metric), said, outcome, quoted)
