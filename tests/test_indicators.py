"""Targets (指标) in a task's text (luoshi/engine/indicators.py), as tables of examples.

Examples are the dev labels' (tests/fixtures/labels/indicators_dev.json) or made up;
the held-out labels are scored by bench/accuracy.py only."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from luoshi.engine.indicators import parse, score_indicators

pytestmark = pytest.mark.engine

LABELS = Path(__file__).parent / "fixtures" / "labels"


def targets(text):
    return [(i.value, i.unit, i.comparator, i.kind) for i in parse(text)[0]]


TARGETS = [
    # text → [(value, unit as written, comparator, kind)]
    ("供应保障性住房6千套以上", [(6000, "套", ">=", "count")]),      # digits then 千: six thousand
    ("完成植树造林一万亩", [(1, "万亩", ">=", "amount")]),            # 一 before a scale is one, not "a"
    ("疏浚河道十万立方米", [(10, "万立方米", ">=", "amount")]),        # Chinese numerals before 立方米
    ("新建绿道六点五公里", [(6.5, "公里", ">=", "amount")]),           # 点 between Chinese digits
    ("增长8%", [(8, "%", ">=", "growth_rate")]),
    ("地区生产总值增长6%以上", [(6, "%", ">=", "growth_rate")]),
    ("增速7.5%", [(7.5, "%", ">=", "growth_rate")]),
    ("单位能耗下降3%以上", [(3, "%", ">=", "decline_rate")]),
    ("提高2个百分点", [(2, "个百分点", ">=", "growth_rate")]),
    ("提高两个百分点", [(2, "个百分点", ">=", "growth_rate")]),
    ("群众满意率达96%", [(96, "%", ">=", "ratio")]),
    ("全区50岁以下公务员普通话达标率达100%", [(100, "%", ">=", "ratio")]),
    ("人口出生率控制在9‰以内", [(9, "‰", "<=", "ratio")]),
    ("确保新增财力四分之三以上用于教育", [(0.75, "", ">=", "ratio")]),
    ("压缩企业开办时间至3个工作日", [(3, "个工作日", "<=", "duration")]),
    ("不动产登记“最多5天”", [(5, "天", "<=", "duration")]),
    ("审批时间控制在三个工作日以内", [(3, "个工作日", "<=", "duration")]),
    ("新设24小时综合自助服务机10台以上", [(10, "台", ">=", "count")]),
    ("全年完成各类培训5次以上", [(5, "次", ">=", "count")]),
    ("帮扶困难职工约3000名", [(3000, "名", "=", "count")]),
    ("新增就业岗位不少于8000个", [(8000, "个", ">=", "count")]),
    ("化解积案不低于25起", [(25, "起", ">=", "count")]),
    ("征迁一千二百户", [(1200, "户", ">=", "count")]),
    ("完成１２０套", [(120, "套", ">=", "count")]),
    ("完成2,500套", [(2500, "套", ">=", "count")]),
    ("完成山海协作援建资金300万元", [(300, "万元", ">=", "amount")]),
    ("完成固定资产投资150亿元", [(150, "亿元", ">=", "amount")]),
    ("地区生产总值突破1.5万亿元", [(1.5, "万亿元", ">=", "amount")]),
    ("源头减量4万吨", [(4, "万吨", ">=", "amount")]),
    ("改扩绿2万平方米", [(2, "万平方米", ">=", "amount")]),
    ("完成土地出让7宗(150.2亩)", [(7, "宗", ">=", "count"), (150.2, "亩", ">=", "amount")]),
    # units figures carry are units targets carry
    ("新增绿地5公顷", [(5, "公顷", ">=", "amount")]),
    ("新建绿道12千米", [(12, "千米", ">=", "amount")]),
    ("新建道路8公里", [(8, "公里", ">=", "amount")]),
    ("安装充电桩300根", [(300, "根", ">=", "count")]),
    ("新增蓄水量2亿立方米", [(2, "亿立方米", ">=", "amount")]),
    ("加装电梯120部", [(120, "部", ">=", "count")]),
    ("新增托位2000张", [(2000, "张", ">=", "count")]),
    ("开展入户走访3万户次", [(3, "万户次", ">=", "count")]),
    ("植树50万株、造林2万亩", [(50, "万株", ">=", "count"), (2, "万亩", ">=", "amount")]),
]


@pytest.mark.parametrize("text,expected", TARGETS, ids=[t for t, _ in TARGETS])
def test_targets(text, expected):
    assert targets(text) == expected


DETAILS = [
    # text → [(metric, qualifier, cumulative, stretch)]
    # a reserve figure (力争28家) is the floor's metric's, not a metric named 力争
    ("新增国家高新技术企业25家,力争28家(市下达指标)",
     [("新增国家高新技术企业", "", False, False), ("新增国家高新技术企业", "力争", False, True)]),
    ("全区新增上云企业1900家，累计上云企业突破6400家",
     [("新增上云企业", "", False, False), ("累计上云企业", "", True, False)]),
    ("增长5.5%(市下达指标)", [("", "市下达指标", False, False)]),      # a bare rate: the row's name is its metric
    ("确保完成安置房交付600套", [("确保完成安置房交付", "确保", False, False)]),
    ("现有养老机构12家", [("现有养老机构", "", True, False)]),
    # the bound of the figure before is not the next metric's
    ("新增省级服务型制造企业6家以上、省级工业设计中心2家以上",
     [("新增省级服务型制造企业", "以上", False, False), ("省级工业设计中心", "以上", False, False)]),
    # a rate after a sum and a verb of change is that sum's growth
    ("全年实现网络零售额650亿元，增长12%", [("网络零售额", "", False, False), ("网络零售额", "", False, False)]),
    # a sum qualifying the counted noun is no figure of its own
    ("新增营收超5亿元企业8家", [("新增营收超5亿元企业", "", False, False)]),
    ("力争引进投资过10亿元的工业项目30个", [("力争引进投资过10亿元的工业项目", "力争", False, False)]),
    ("招引千万元以上农业项目60个", [("招引千万元以上农业项目", "", False, False)]),
    # a verb before the count, the counted thing after it
    ("加快建设12个社区养老服务综合体", [("加快建设社区养老服务综合体", "", False, False)]),
    ("培育30家以上专精特新企业", [("培育专精特新企业", "以上", False, False)]),
    # 分别/均 before the figures is no part of the metric (年均, 人均 are)
    ("养老床位、托育床位分别达到5千张、2千张", [("养老床位、托育床位", "", False, False), ("", "", False, False)]),
    ("参保率均达98%以上", [("参保率", "以上", False, False)]),
    ("筹资标准提高到人均80元", [("筹资标准提高到人均", "", False, False)]),
    ("全镇30%的行政村实现垃圾分类", [("行政村实现垃圾分类", "", False, False)]),
]


@pytest.mark.parametrize("text,expected", DETAILS)
def test_metric_qualifier_cumulative_stretch(text, expected):
    assert [(i.metric, i.qualifier, i.cumulative, i.stretch) for i in parse(text)[0]] == expected


ZERO = [
    # text → metrics of the zero targets (value None, comparator <=, kind zero)
    ("实现零信访", ["信访"]),
    ("实现零信访、零诉讼", ["信访", "诉讼"]),          # each zero of a 、 list
    ("确保全年不发生此类事故", ["此类事故"]),
    ("年度新增违建零增长", ["年度新增违建"]),
    ("全面完成存量违建清零", ["存量违建"]),
]


@pytest.mark.parametrize("text,metrics", ZERO)
def test_zero_targets(text, metrics):
    found = parse(text)[0]
    assert all((i.value, i.unit, i.comparator, i.kind) == (0.0, "", "<=", "zero") for i in found)     # D5: value 0
    assert [i.metric for i in found] == metrics


NOT_TARGETS = [
    "挂牌认定第五批示范基地",               # an ordinal
    "修缮二元坊巷7号历史建筑",               # a numeral and a house number in a name
    "2019年", "科学编制“十四五”规划",         # years and plan periods
    "完成4A级景区评估",                      # a grade
    "推广24小时政务服务自助机",              # a duration naming a thing
    "打造“1+X”托管新模式", "大力推进152工程",  # codes and names
    "开放3.0方案", "涉及7方面内容",           # a unit's character that is no unit
    "划分8片区开展整治", "呈现一片繁荣景象",  # 片 counts courts and plots, never in 片区 nor after a Chinese numeral
    "加快零部件产业发展", "发展汽车零配件等产业", "打造零碳产业园区",   # 零 opening a word, no zero target
    "建设一批低（零）碳工厂", "实现国家级奖项零的突破",
    "建设二期工程", "开展一批试点",           # 二期, 一批: no count
    "召开区委五届三次全体会议",               # a session's number
    # a policy named by its article count, the object of carrying it out: a name, nothing to count
    "认真贯彻落实省支持民营经济高质量发展三十一条", "全面落实稳增长一揽子政策33条和接续措施",
    "执行新十条、落实二十条", "兑现惠企政策28条，优化营商环境",
    # 二次 before a noun is "secondary" (a count of two times is 两次), 八项规定 a regulation's name
    "推进老旧小区二次供水设施改造", "推动开发区二次创业", "严格遵守中央八项规定及其实施细则精神",
]

# ... while a count of 条 that is built, opened or issued stays a target, also after such a verb
COUNTED_ARTICLES = [
    ("新建城市支路4条", 4), ("落实资金，建成绿道5条", 5), ("出台支持小微企业发展12条措施", 12),
    ("落实公交优先，新开通公交线路3条", 3), ("落实河长制，完成黑臭河道整治6条", 6),
]

# ... and times counted stay targets, in digits, with 两 or with 二 closing the clause
COUNTED_TIMES = [("开展消防安全检查3次", 3), ("组织应急演练两次", 2), ("全年开展集中整治二次，形成长效机制", 2)]


@pytest.mark.parametrize("text,value", COUNTED_TIMES)
def test_counted_times_stay_targets(text, value):
    assert [(i.value, i.unit) for i in parse(text)[0]] == [(value, "次")]


@pytest.mark.parametrize("text,value", COUNTED_ARTICLES)
def test_counted_articles_stay_targets(text, value):
    assert [(i.value, i.unit) for i in parse(text)[0]] == [(value, "条")]


@pytest.mark.parametrize("text", NOT_TARGETS)
def test_not_targets(text):
    assert parse(text)[0] == []


MILESTONES = [
    # text with no number → [(stage, deadline)]
    ("推进商务中心建设,力争年底竣工", [("done", "年底")]),
    ("6月底前完成出让", [("done", "6月底")]),
    ("开工", [("underway", "")]),
    ("开工建设霞晖北村地块教育配套项目", [("underway", "")]),
    ("纳入第二批试点名单", [("done", "")]),
    ("区体育中心完成工程验收", [("done", "")]),
    ("持续深化城市治理", []),                 # a process, not a milestone
]


@pytest.mark.parametrize("text,expected", MILESTONES, ids=[t for t, _ in MILESTONES])
def test_milestones(text, expected):
    found, milestones = parse(text)
    assert found == [] and [(m.stage, m.deadline) for m in milestones] == expected


@pytest.mark.parametrize("text", ["", None, "。。。", "\x00\ufffd" * 10, "1" * 100_000, "增长" * 20_000])
def test_bad_input_gives_nothing(text):
    found, milestones = parse(text)
    assert found == [] and milestones == []


@given(st.text(alphabet=st.sampled_from(list("0123456789１２,.%‰万亿元家公顷增长下降零第号年“”一二十百千力争以上最多天完成开工;，"))
               | st.characters()))
def test_spans_slice_back_into_the_text(t):
    ind, ms = parse(t)
    for x in list(ind) + list(ms):
        s, e = x.span
        assert 0 <= s <= e <= len(t)
    for i in ind:
        assert t[i.span[0]:i.span[1]] == i.text


def test_dev_accuracy_floor():
    items = json.loads((LABELS / "indicators_dev.json").read_text(encoding="utf-8"))
    res = score_indicators(items)
    for f in ("value", "unit", "comparator", "kind"):
        p, r = res[f]
        assert p >= 0.95 and r >= 0.95, (f, p, r)


RANGES = [
    # text → [(metric, low end, high end, unit, comparator)]: a range is its low end with value_high,
    # >= (at least the low end) or, under a ceiling word, <= (at most the high end)
    ("全区规上工业增加值增长6%-7%", [("规上工业增加值", 6, 7, "%", ">=")]),
    ("服务业增加值增长6.5%至7%", [("服务业增加值", 6.5, 7, "%", ">=")]),
    ("单位生产总值能耗下降3%——4%", [("单位生产总值能耗", 3, 4, "%", ">=")]),
    ("居民消费价格涨幅控制在2%-2.5%", [("居民消费价格涨幅", 2, 2.5, "%", "<=")]),   # a ceiling range
    ("新增城镇就业1.5万-2万人", [("新增城镇就业", 1.5, 2, "万人", ">=")]),
    ("研发投入增长10-12%，专利授权800件", [("研发投入", 10, 12, "%", ">="), ("专利授权", 800, None, "件", ">=")]),
    # not a range: years
    ("实施2024年至2026年行动计划", []),
]


@pytest.mark.parametrize(("text", "expected"), [
    # a hedge after a range keeps it a range (>= its low end), the hedge its qualifier
    ("地区生产总值增长6%-7%左右", ("地区生产总值", 6, 7, ">=", "左右")),
    ("服务业增加值增长6.5%—7%左右", ("服务业增加值", 6.5, 7, ">=", "左右")),
    ("居民消费价格涨幅控制在3%-3.5%左右", ("居民消费价格涨幅", 3, 3.5, "<=", "左右")),
    # a hedge after a single figure still makes it approximate
    ("地区生产总值增长6%左右", ("地区生产总值", 6, None, "=", "左右")),
])
def test_a_hedged_range_stays_a_range(text, expected):
    from luoshi.engine import targets

    for found in (parse(text)[0], targets.parse_clause(text)):
        assert [(i.metric, i.value, i.value_high, i.comparator, i.qualifier) for i in found] == [expected]


@pytest.mark.parametrize("text,expected", RANGES)
def test_ranges(text, expected):
    got = [(i.metric, i.value, i.value_high, i.unit, i.comparator) for i in parse(text)[0]]
    assert got == expected
    for i in parse(text)[0]:
        assert text[i.span[0]:i.span[1]] == i.text
