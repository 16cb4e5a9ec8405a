"""Expected targets (targets.py) and part roles (parts.py) on other governments' ways of writing,
as tables of (input, expected).  Inputs are invented or dev-split phrasings only (never the scored
split's: tests/test_hygiene.py checks)."""

import pytest

from luoshi.engine import targets
from luoshi.engine.parts import title_role
from luoshi.engine.structure import parse_structure

pytestmark = pytest.mark.engine


def _read(clause):
    return [(i.metric, i.comparator, i.value, i.value_high, i.unit, i.kind) for i in targets.parse_clause(clause)]


CLAUSES = [
    # a figure, hedged or bounded
    ("地区生产总值增长6.5%左右", [("地区生产总值", "=", 6.5, None, "%", "growth_rate")]),
    ("固定资产投资增长9%以上", [("固定资产投资", ">=", 9.0, None, "%", "growth_rate")]),
    ("城镇登记失业率控制在4.2%以内", [("城镇登记失业率", "<=", 4.2, None, "%", "ratio")]),
    ("居民消费价格涨幅2.5%", [("居民消费价格涨幅", "<=", 2.5, None, "%", "ratio")]),     # lower is better: a cap
    ("常住人口城镇化率提高1.2个百分点", [("常住人口城镇化率", ">=", 1.2, None, "个百分点", "growth_rate")]),
    ("城镇新增就业4.5万人以上", [("城镇新增就业", ">=", 4.5, None, "万人", "count")]),
    ("粮食产量稳定在88万吨", [("粮食产量", ">=", 88.0, None, "万吨", "amount")]),
    ("一般公共预算收入127亿元", [("一般公共预算收入", ">=", 127.0, None, "亿元", "amount")]),
    ("全社会固定资产投资完成1250亿元", [("全社会固定资产投资", ">=", 1250.0, None, "亿元", "amount")]),
    ("地区生产总值跃上6000亿元新台阶", [("地区生产总值", ">=", 6000.0, None, "亿元", "amount")]),
    ("地区生产总值确保7%以上的增长", [("地区生产总值", ">=", 7.0, None, "%", "growth_rate")]),
    # ranges and falls
    ("单位生产总值能耗下降1%—2%", [("单位生产总值能耗", ">=", 1.0, 2.0, "%", "decline_rate")]),
    ("经济增长6%—6.5%", [("经济", ">=", 6.0, 6.5, "%", "growth_rate")]),
    ("万元GDP能耗下降1.8%", [("万元GDP能耗", ">=", 1.8, None, "%", "decline_rate")]),
    # a growth with no number
    ("一般公共预算收入与上年持平", [("一般公共预算收入", "=", 0.0, None, "%", "growth_rate")]),
    ("进出口总额保持正增长", [("进出口总额", ">=", 0.0, None, "%", "growth_rate")]),
    # one predicate, several metrics
    ("生产总值、人均GDP增速均为6%", [("生产总值", ">=", 6.0, None, "%", "growth_rate"),
                                 ("人均GDP", ">=", 6.0, None, "%", "growth_rate")]),
    ("城乡居民人均可支配收入分别增长6.5%、7.5%", [
        ("城镇居民人均可支配收入", ">=", 6.5, None, "%", "growth_rate"),
        ("农村居民人均可支配收入", ">=", 7.5, None, "%", "growth_rate")]),
    ("城镇居民和农村居民人均可支配收入分别增长5%和6%左右", [
        ("城镇居民人均可支配收入", "=", 5.0, None, "%", "growth_rate"),
        ("农村居民人均可支配收入", "=", 6.0, None, "%", "growth_rate")]),
    ("城镇居民和农民人均可支配收入增长8%", [
        ("城镇居民人均可支配收入", ">=", 8.0, None, "%", "growth_rate"),
        ("农民人均可支配收入", ">=", 8.0, None, "%", "growth_rate")]),
    # qualitative: the predicate is kept, no number is invented
    ("一般公共预算收入增长与经济增长基本同步", [("一般公共预算收入", "=", None, None, "", "qualitative")]),
    ("居民收入稳步增长", [("居民收入", ">=", None, None, "", "qualitative")]),
    ("城乡居民收入倍差进一步缩小", [("城乡居民收入倍差", "<=", None, None, "", "qualitative")]),
    ("外贸进出口和实际使用外资保持稳定增长", [("外贸进出口", "=", None, None, "", "qualitative"),
                                   ("实际使用外资", "=", None, None, "", "qualitative")]),
    ("全面完成省下达的节能减排约束性指标", [("节能减排约束性指标", ">=", None, None, "", "qualitative")]),
    ("节能减排、环境保护等指标完成国家下达任务", [("节能减排、环境保护等指标", ">=", None, None, "", "qualitative")]),
    ("农村贫困人口全部脱贫", [("农村贫困人口", "=", 0.0, None, "", "zero")]),
    ("对外贸易保持平稳增长", [("对外贸易", "=", None, None, "", "qualitative")]),       # 平稳, not 持平
    ("即居民收入与经济增长同步", [("居民收入", "=", None, None, "", "qualitative")]),  # after a list label
    # amounts in words, class levels, people counted in 万
    ("社会消费品零售总额迈上千亿规模", [("社会消费品零售总额", ">=", 1000.0, None, "亿元", "amount")]),
    ("工业总产值突破两千亿级", [("工业总产值", ">=", 2000.0, None, "亿元", "amount")]),
    ("国控断面水质稳定在Ⅱ类及以上", [("国控断面水质", "<=", 2.0, None, "类", "level")]),
    ("城镇困难人口减少3.5万以上", [("城镇困难人口", ">=", 3.5, None, "万", "count")]),
    # concentrations, per-mille rates, a bound before the next metric
    ("PM2.5平均浓度控制在33微克/立方米以内", [("PM2.5平均浓度", "<=", 33.0, None, "微克/立方米", "level")]),
    ("人口自然增长率控制在6.5‰以内", [("人口自然增长率", "<=", 6.5, None, "‰", "ratio")]),
    ("城镇新增就业8万人以上、城镇调查失业率控制在5.6%左右", [("城镇新增就业", ">=", 8.0, None, "万人", "count"),
                                               ("城镇调查失业率", "=", 5.6, None, "%", "ratio")]),
    ("新建绿道12千米", [("新建绿道", ">=", 12.0, None, "千米", "amount")]),
    ("安装充电桩260根", [("安装充电桩", ">=", 260.0, None, "根", "count")]),
    ("实际使用外资3亿美元", [("实际使用外资", ">=", 3.0, None, "亿美元", "amount")]),       # 美元 is its own unit
    ("人均地区生产总值突破1.5万美元", [("人均地区生产总值", ">=", 1.5, None, "万美元", "amount")]),
    ("每千人口拥有3岁以下婴幼儿托位数4.6个", [("每千人口拥有3岁以下婴幼儿托位数", ">=", 4.6, None, "个", "count")]),  # 千: a base
    ("实际使用外资稳中提质", [("实际使用外资", ">=", None, None, "", "qualitative")]),
    ("外贸进出口稳中有增", [("外贸进出口", ">=", None, None, "", "qualitative")]),
    # qualitative: stability, balance, in step, falls in words
    ("就业和物价总体稳定", [("就业", "=", None, None, "", "qualitative"), ("物价", "=", None, None, "", "qualitative")]),
    ("国际收支保持基本平衡", [("国际收支", "=", None, None, "", "qualitative")]),
    ("保持就业形势总体稳定", [("就业形势", "=", None, None, "", "qualitative")]),      # the verb before the metric
    ("努力实现居民收入增长和经济发展同步", [("居民收入", "=", None, None, "", "qualitative")]),
    ("外贸进出口保持稳中有升", [("外贸进出口", "=", None, None, "", "qualitative")]),    # 保持: =
    ("财政收入稳定增长", [("财政收入", ">=", None, None, "", "qualitative")]),    # a growth asked, no 保持: >= (stop 49)
    ("一般公共预算收入增长与经济增长相协调", [("一般公共预算收入", "=", None, None, "", "qualitative")]),
    ("城镇和农村居民收入增长与经济发展同步", [
        ("城镇居民收入", "=", None, None, "", "qualitative"),
        ("农村居民收入", "=", None, None, "", "qualitative")]),
    ("居民收入增长与经济增长同步、劳动报酬提高与劳动生产率提高同步", [
        ("居民收入", "=", None, None, "", "qualitative"), ("劳动报酬", "=", None, None, "", "qualitative")]),
    ("生产安全事故起数和死亡人数实现双下降", [("生产安全事故起数", "<=", None, None, "", "qualitative"),
                                   ("死亡人数", "<=", None, None, "", "qualitative")]),
    ("一般公共预算收入增长6%左右、与经济增长基本同步", [
        ("一般公共预算收入", "=", 6.0, None, "%", "growth_rate"),
        ("一般公共预算收入", "=", None, None, "", "qualitative")]),
    ("单位生产总值能耗降幅达到省考核要求", [("单位生产总值能耗降幅", ">=", None, None, "", "qualitative")]),
    ("工业经济平稳运行", [("工业经济", "=", None, None, "", "qualitative")]),
    ("城镇登记失业率稳中有降", [("城镇登记失业率", "<=", None, None, "", "qualitative")]),
    ("物价涨幅低于全省平均水平", [("物价涨幅", "<=", None, None, "", "qualitative")]),
    ("服务业增加值增速不低于全省平均水平", [("服务业增加值", ">=", None, None, "", "qualitative")]),
    # zero targets in words: the value 0
    ("较大以上安全事故零发生", [("较大以上安全事故", "=", 0.0, None, "", "zero")]),
    ("确保不发生重大环境污染事件", [("重大环境污染事件", "=", 0.0, None, "", "zero")]),
    ("实现零信访、零诉讼", [("零信访", "=", 0.0, None, "", "zero"), ("零诉讼", "=", 0.0, None, "", "zero")]),
    ("新增地方政府隐性债务为零", [("新增地方政府隐性债务", "=", 0.0, None, "", "zero")]),     # a count said to be none
    # counts: days counted, people counted in 万 after a noun, an amount in words
    ("空气质量优良天数达到320天", [("空气质量优良天数", ">=", 320.0, None, "天", "count")]),
    ("重污染天数控制在4天以内", [("重污染天数", "<=", 4.0, None, "天", "count")]),
    ("城镇新增就业人数6万以上", [("城镇新增就业人数", ">=", 6.0, None, "万", "count")]),
    ("生产总值迈上五千亿元台阶", [("生产总值", ">=", 5000.0, None, "亿元", "amount")]),
    ("细颗粒物平均浓度下降到30微克/立方米", [("细颗粒物平均浓度", "<=", 30.0, None, "微克/立方米", "level")]),
    # a 左右 at a line's end reaches back over 、 and 和 (a 分别 list), not over a clause
    ("城镇新增就业1.2万人，城镇调查失业率5.5%左右", [("城镇新增就业", ">=", 1.2, None, "万人", "count"),
                                        ("城镇调查失业率", "=", 5.5, None, "%", "ratio")]),
    ("城乡居民人均可支配收入分别增长6%、7%左右", [
        ("城镇居民人均可支配收入", "=", 6.0, None, "%", "growth_rate"),
        ("农村居民人均可支配收入", "=", 7.0, None, "%", "growth_rate")]),
    # a level in years after a verb of reaching (not a date)
    ("人均预期寿命达到80岁", [("人均预期寿命", ">=", 80.0, None, "岁", "level")]),
    ("劳动年龄人口平均受教育年限达到11.5年", [("劳动年龄人口平均受教育年限", ">=", 11.5, None, "年", "level")]),
    ("力争到2027年", []),
    # not a target
    ("做到“两个确保”", []),                     # the label of the list that follows (即…)
    ("力争实现更高增长", []),
    ("在实际工作中争取更好结果", []),
]


@pytest.mark.parametrize(("clause", "expected"), CLAUSES, ids=[c for c, _ in CLAUSES])
def test_target_clause(clause, expected):
    assert _read(clause) == expected


def test_qualifiers_kept():
    [about] = targets.parse_clause("社会消费品零售总额增长7%左右")
    assert about.qualifier == "左右"
    [step] = targets.parse_clause("居民人均可支配收入增长与全市经济增长同步")
    assert step.qualifier == "同步" and step.value is None


def _read_passage(passage):
    return [(i.metric, i.comparator, i.value, i.unit, i.kind)
            for _, found in targets.parse_targets(passage) for i in found]


@pytest.mark.parametrize(("passage", "expected"), [
    # a clause naming only a size, or keeping the metric in step, is the clause before's metric
    ("地区生产总值增长6.5%左右，达到2800亿元", [("地区生产总值", "=", 6.5, "%", "growth_rate"),
                                    ("地区生产总值", ">=", 2800.0, "亿元", "amount")]),
    ("社会消费品零售总额增长7%，总额突破900亿元", [("社会消费品零售总额", ">=", 7.0, "%", "growth_rate"),
                                       ("社会消费品零售总额", ">=", 900.0, "亿元", "amount")]),
    ("居民人均可支配收入增长6%，与经济增长基本同步", [("居民人均可支配收入", ">=", 6.0, "%", "growth_rate"),
                                        ("居民人均可支配收入", "=", None, "", "qualitative")]),
    # a growth named as the target of a growth
    ("经济增长预期目标6.5%左右", [("经济", "=", 6.5, "%", "growth_rate")]),
    # a clause that names its own metric keeps it
    ("地区生产总值增长6%，固定资产投资420亿元", [("地区生产总值", ">=", 6.0, "%", "growth_rate"),
                                    ("固定资产投资", ">=", 420.0, "亿元", "amount")]),
], ids=lambda v: v if isinstance(v, str) else "")
def test_clause_after_a_figure(passage, expected):
    assert _read_passage(passage) == expected


@pytest.mark.parametrize(("passage", "expected"), [
    # pieces numbered with one character (①, ❷, ⑶, ⒋): the number is no part of the metric, and a 分别 pair of groups
    # after it splits as it does unnumbered
    ("①一般公共预算收入增长4%；②城乡居民人均可支配收入分别增长5%和7%；③粮食总产量稳定在60万吨以上",
     [("一般公共预算收入", ">=", 4.0, "%", "growth_rate"), ("城镇居民人均可支配收入", ">=", 5.0, "%", "growth_rate"),
      ("农村居民人均可支配收入", ">=", 7.0, "%", "growth_rate"), ("粮食总产量", ">=", 60.0, "万吨", "amount")]),
    ("❶规模以上工业增加值增长8%；❷城镇登记失业率控制在3.8%以内",
     [("规模以上工业增加值", ">=", 8.0, "%", "growth_rate"), ("城镇登记失业率", "<=", 3.8, "%", "ratio")]),
    ("⑴固定资产投资增长9%；⒉外贸进出口总额增长3%",
     [("固定资产投资", ">=", 9.0, "%", "growth_rate"), ("外贸进出口总额", ">=", 3.0, "%", "growth_rate")]),
    # (guard) a figure that is no item number keeps its place (PM2.5, 5G)
    ("细颗粒物（PM2.5）平均浓度控制在32微克/立方米以内", [("细颗粒物(PM2.5)平均浓度", "<=", 32.0, "微克/立方米", "level")]),
], ids=lambda v: v if isinstance(v, str) else "")
def test_pieces_numbered_with_one_character(passage, expected):
    assert _read_passage(passage) == expected


@pytest.mark.parametrize("passage", ["地区生产总值增长5.5%以上，力争6.5%", "单位地区生产总值能耗下降2%左右，力争下降3%"])
def test_a_stretch_clause_is_no_second_target(passage):
    found = [i for _, inds in targets.parse_targets(passage) for i in inds]
    assert [i.stretch for i in found] == [False, True]
    assert found[1].metric == found[0].metric


TITLES = [
    ("2018年主要工作", "plan"),
    ("2024年工作安排建议", "plan"),
    ("新的一年", "plan"),
    ("2023年工作总体要求和预期目标", "targets"),
    ("2023年目标任务和重点工作", "plan"),
    ("今后五年的奋斗目标和重点任务", "five_year"),
    ("2021年工作回顾", "review"),
    ("过去五年工作回顾", "review"),
    ("全面加强政府自身建设", "conduct"),
    ("名词解释", "glossary"),
    ("持续提升政府公共服务和行政执行能力", "conduct"),  # 政府 improving itself
    ("加快转变政府职能", "conduct"),
    ("统筹抓好2025年政府工作", ""),              # 政府工作: the year's work, placed by position
    ("加快建设数字政府", ""),
    ("全面系统深入学习贯彻新思想", ""),        # thematic: its place decides
]


@pytest.mark.parametrize(("title", "role"), TITLES, ids=[t for t, _ in TITLES])
def test_part_title_role(title, role):
    assert title_role(title) == role


REPORT = """政府工作报告
——2024年1月10日在某市第一届人民代表大会第三次会议上

各位代表：

　　一、2023年工作回顾

　　过去一年，我们完成了全年主要目标。地区生产总值增长5.6%。

　　（一）产业发展取得新进展。新增规上企业80家。

　　（二）民生福祉持续增进。新建学校3所。

　　同时，我们也清醒认识到，发展中还存在一些困难和问题。

　　二、全面系统深入学习贯彻新思想，奋力开创新局面

　　今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，居民收入稳步增长。

　　（一）扩大有效投资。实施重点项目100个。

　　（二）更好发挥政府作用。加强法治政府建设。

　　各位代表！让我们团结一心，奋勇前进！

名词解释
　　1.规上企业：年主营业务收入2000万元及以上的工业企业。
"""


def _role_of(prefix):
    _, _, sentences = parse_structure(REPORT)
    return next(s.role for s in sentences if s.text.lstrip("　 ").startswith(prefix))


@pytest.mark.parametrize(("prefix", "role"), [
    ("政府工作报告", "other"),
    ("过去一年", "review"),
    ("新增规上企业", "review"),
    ("同时，我们也清醒认识到", "problems"),
    ("今年经济社会发展的主要预期目标是", "plan"),     # a thematic title after the review is the plan
    ("实施重点项目", "plan"),
    ("加强法治政府建设", "conduct"),                  # a sub-section on the government's own conduct
    ("让我们团结一心", "closing"),
    ("1.规上企业", "glossary"),
])
def test_part_roles_by_position_and_wording(prefix, role):
    assert _role_of(prefix) == role


def test_next_part_does_not_nest_under_the_review():
    sections, _, _ = parse_structure(REPORT)
    parts = [(s.number, s.role) for s in sections if s.level == 0]
    assert parts == [("一", "review"), ("二", "plan"), ("", "glossary")]


# --- targets stated in the paragraph's next sentences -----------------------------------------

_PLAN = """政府工作报告

　　一、2023年工作回顾

　　过去一年，地区生产总值增长5.6%。

　　二、2024年工作安排

　　今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，力争实现更高增长。{next}

　　（一）扩大有效投资。实施重点项目100个。
"""


def _expected(next_sentences):
    from luoshi.engine import reader, tasks
    from luoshi.engine.model import SourceText

    doc = reader.read_text(SourceText(_PLAN.format(next=next_sentences), "txt"), "plan.txt")
    return [(i.metric, i.comparator, i.value) for t in tasks.tasks_from_document(doc)
            if t.kind == "expected_target" for i in t.indicators]


@pytest.mark.parametrize(("next_sentences", "expected"), [
    # a second sentence of targets
    ("规模以上工业增加值增长5%，一般公共预算收入保持正增长。",
     [("地区生产总值", "=", 6.0), ("规模以上工业增加值", ">=", 5.0), ("一般公共预算收入", ">=", 0.0)]),
    # a clause outpacing the economy after a rate: the rate's metric, qualitative
    ("居民收入增长5%以上，高于经济增速。",
     [("地区生产总值", "=", 6.0), ("居民收入", ">=", 5.0), ("居民收入", ">=", None)]),
    # a size stated in the clause after a rate: the rate's metric
    ("一般公共预算收入增长5%，达到127亿元。",
     [("地区生产总值", "=", 6.0), ("一般公共预算收入", ">=", 5.0), ("一般公共预算收入", ">=", 127.0)]),
    # a labelled list after 即, in a second sentence
    ("坚持“两个同步”，即居民收入与经济增长同步，劳动报酬与劳动生产率同步提高。",
     [("地区生产总值", "=", 6.0), ("居民收入", "=", None), ("劳动报酬", "=", None)]),
    # the reasons, an exhortation and an announcement are no targets
    ("确定上述目标的主要考虑，一是保持经济稳定增长，二是兼顾需要和可能。", [("地区生产总值", "=", 6.0)]),
    ("在实际工作中，力争各项指标完成得更好一些。", [("地区生产总值", "=", 6.0)]),
    ("重点做好六个方面的工作。", [("地区生产总值", "=", 6.0)]),
    # a sentence opening on the targets starts the year's work: its figures are tasks
    ("为实现上述目标，要扩大有效投资，全年安排重点项目120个，完成投资260亿元。", [("地区生产总值", "=", 6.0)]),
    ("实现以上目标，重点抓好以下工作：一是做强先进制造业，新增规上工业企业25家。", [("地区生产总值", "=", 6.0)]),
])
def test_targets_in_next_sentences(next_sentences, expected):
    assert _expected(next_sentences) == expected


def test_targets_on_lines_of_their_own_then_the_work_announced():
    # ——target lines, then a paragraph opening on them that starts the work (一是…二是…)
    from luoshi.engine import reader, tasks
    from luoshi.engine.model import SourceText

    text = _PLAN.format(next="").replace("地区生产总值增长6%左右，力争实现更高增长。", "\n——地区生产总值增长6%左右；\n"
                                         "——城镇新增就业1.2万人，城镇调查失业率5.5%左右。\n\n实现上述目标，重点抓好以下工作："
                                         "一是做强先进制造业，新增规上工业企业25家。二是推进城市更新，完成老旧小区改造20个。")
    doc = reader.read_text(SourceText(text, "txt"), "plan.txt")
    assert [(i.metric, i.comparator, i.value) for t in tasks.tasks_from_document(doc)
            if t.kind == "expected_target" for i in t.indicators] == [
        ("地区生产总值", "=", 6.0), ("城镇新增就业", ">=", 1.2), ("城镇调查失业率", "=", 5.5)]


_REQ = "2024年政府工作的总体要求是：坚持稳中求进工作总基调，着力推动高质量发展，{targets}，为建设现代化新城开好局。"


@pytest.mark.parametrize(("sentence", "lead", "expected"), [
    # the targets inside the overall requirements, in a report naming no targets otherwise
    (_REQ.format(targets="确保地区生产总值增长6.5%，一般公共预算收入增长5.5%以上，城镇登记失业率控制在3.8%以内"), "",
     [("地区生产总值", ">=", 6.5), ("一般公共预算收入", ">=", 5.5), ("城镇登记失业率", "<=", 3.8)]),
    # (guard) overall requirements with fewer rates than a list of targets: no targets
    (_REQ.format(targets="确保地区生产总值增长6.5%"), "", []),
    # (guard) a report naming its targets in their own sentence: only those
    (_REQ.format(targets="确保地区生产总值增长6.5%，一般公共预算收入增长5.5%以上，城镇登记失业率控制在3.8%以内"),
     "今年经济社会发展的主要预期目标是：地区生产总值增长7%左右。", [("地区生产总值", "=", 7.0)]),
])
def test_targets_inside_the_overall_requirements(sentence, lead, expected):
    from luoshi.engine import reader, tasks
    from luoshi.engine.model import SourceText

    text = _PLAN.format(next="").replace("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，力争实现更高增长。",
                                         sentence + ("\n\n" + lead if lead else ""))
    doc = reader.read_text(SourceText(text, "txt"), "plan.txt")
    assert [(i.metric, i.comparator, i.value) for t in tasks.tasks_from_document(doc)
            if t.kind == "expected_target" for i in t.indicators] == expected


@pytest.mark.parametrize(("lines", "expected"), [
    # a heading word opening each ——line, its targets after it (one target, then two, then a qualitative one)
    ("——经济增长。地区生产总值增长6%左右。\n——对外开放。外贸进出口总额保持稳定，实际使用外资4亿美元以上。\n"
     "——民生改善。城乡居民收入差距持续缩小。",
     [("地区生产总值", "=", 6.0), ("外贸进出口总额", "=", None), ("实际使用外资", ">=", 4.0),
      ("城乡居民收入差距", "<=", None)]),
    ("——就业物价：城镇新增就业1.2万人，城镇调查失业率5.5%左右。",
     [("城镇新增就业", ">=", 1.2), ("城镇调查失业率", "=", 5.5)]),
    # (guard) a ——line of one short sentence that is a target itself, not a heading word
    ("——经济增长。地区生产总值增长6%左右。\n——生态环境质量持续改善。",
     [("地区生产总值", "=", 6.0), ("生态环境质量", ">=", None)]),
    # a ——line opening on a target in words before another metric's figure: two targets, not one metric of both
    ("——地区生产总值增长6%左右。\n——进出口总额保持稳定，实际利用外资5000万美元。",
     [("地区生产总值", "=", 6.0), ("进出口总额", "=", None), ("实际利用外资", ">=", 5000.0)]),
    ("——居民收入与经济增长同步，城镇新增就业8000人。", [("居民收入", "=", None), ("城镇新增就业", ">=", 8000.0)]),
    # (guard) the same metric's figure after its words (no metric of its own): one target, as before
    ("——外贸进出口保持稳定，增长3%左右。", [("外贸进出口保持稳定,", "=", 3.0)]),
    # (guard) a ——line whose heading word is followed by no target: nothing read from it
    ("——经济增长。地区生产总值增长6%左右。\n——改革开放。深化重点领域改革。",
     [("地区生产总值", "=", 6.0)]),
])
def test_targets_on_lines_opened_by_a_heading_word(lines, expected):
    from luoshi.engine import reader, tasks
    from luoshi.engine.model import SourceText

    text = _PLAN.format(next="").replace("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，力争实现更高增长。",
                                         "今年经济社会发展的主要预期目标是：\n" + lines)
    doc = reader.read_text(SourceText(text, "txt"), "plan.txt")
    assert [(i.metric, i.comparator, i.value) for t in tasks.tasks_from_document(doc)
            if t.kind == "expected_target" for i in t.indicators] == expected


_TABLE = "\n".join(["指标名称", "单位", "2025年目标", "工业总产值", "亿元", "52", "村级集体经济收入", "万元", "35以上",
                    "农村居民人均可支配收入增长", "%", "7左右"])


@pytest.mark.parametrize(("table", "expected"), [
    # metric / unit / target columns, one cell per line
    (_TABLE, [("工业总产值", ">=", 52.0, "亿元"), ("村级集体经济收入", ">=", 35.0, "万元"),
              ("农村居民人均可支配收入", "=", 7.0, "%")]),
    # no unit column: the unit written in the target cell
    ("指标\n预期目标\n固定资产投资\n10亿元\n城镇新增就业\n800人以上",
     [("固定资产投资", ">=", 10.0, "亿元"), ("城镇新增就业", ">=", 800.0, "人")]),
    # a row number and last year's result beside the target: passed over
    ("序号\n指标名称\n单位\n2024年完成\n2025年目标\n1\n地区生产总值增长\n%\n6.2\n6左右\n2\n城镇新增就业\n万人\n1.3\n1.2以上",
     [("地区生产总值", "=", 6.0, "%"), ("城镇新增就业", ">=", 1.2, "万人")]),
    # lines that are no table (no header naming the columns): nothing read
    ("工业总产值\n亿元\n52", []),
    # a markdown table: cells between pipes, its rule line passed over
    ("| 指标 | 单位 | 2025年预期目标 |\n| --- | --- | --- |\n| 地区生产总值增长 | % | 5.5左右 |\n"
     "| 城镇调查失业率 | % | 5.5以内 |\n| 规模以上工业增加值增长 | % | 6以上 |",
     [("地区生产总值", "=", 5.5, "%"), ("城镇调查失业率", "<=", 5.5, "%"), ("规模以上工业增加值", ">=", 6.0, "%")]),
    ("|指标名称|预期目标|\n|:---:|:---:|\n|固定资产投资|10亿元|\n|城镇新增就业|800人以上|",
     [("固定资产投资", ">=", 10.0, "亿元"), ("城镇新增就业", ">=", 800.0, "人")]),
    # (guard) a markdown table with no header naming the columns: nothing read
    ("| 工业总产值 | 亿元 | 52 |\n| --- | --- | --- |", []),
    # an attribute column (属性 / 指标属性: 预期性 or 约束性, as a 规划纲要's tables have) passed over, after the target
    # or between the metric and the target, in a markdown table or one cell per line
    ("| 编号 | 指标名称 | 单位 | 2027年目标 | 属性 |\n|---|---|---|---|---|\n| 1 | 一般公共预算收入增速 | % | 4.5 | 预期性 |\n"
     "| 2 | 粮食产量 | 万吨 | 82以上 | 约束性 |\n| 3 | 城镇新增就业 | 人 | 9000 | 预期性 |",
     [("一般公共预算收入", ">=", 4.5, "%"), ("粮食产量", ">=", 82.0, "万吨"), ("城镇新增就业", ">=", 9000.0, "人")]),
    ("指标\n指标属性\n预期目标\n规模以上工业增加值增长\n预期性\n7%\n单位地区生产总值能耗下降\n约束性\n3%",
     [("规模以上工业增加值", ">=", 7.0, "%"), ("单位地区生产总值能耗", ">=", 3.0, "%")]),
    # a PDF's text layer: columns aligned by runs of spaces, the unit in the name's parentheses, last year's result
    # passed over, a target in words read with its metric
    ("指标名称（单位）        上年完成        今年目标\n地区生产总值增长（%）      -1.5        5左右\n"
     "一般公共预算收入（亿元）    18.2      19\n城镇登记失业率（%）      3.1      3.5以内\n"
     "城乡居民收入增长（%）      6.0      与经济增长同步",
     [("地区生产总值", "=", 5.0, "%"), ("一般公共预算收入", ">=", 19.0, "亿元"), ("城镇登记失业率", "<=", 3.5, "%"),
      ("城乡居民收入", "=", None, "")]),
    ("指标　　　　单位　　　　目标值\n固定资产投资　　　　亿元　　　　12以上\n新增就业　　　　人　　　　900",
     [("固定资产投资", ">=", 12.0, "亿元"), ("新增就业", ">=", 900.0, "人")]),
    # (guard) prose lines with wide spaces after the lead-in and no header naming the columns: nothing read
    ("工业总产值      亿元      52", []),
    # (guard) a column named by no header word of a targets table (牵头单位): the lines are no table read
    ("| 指标 | 单位 | 2027年目标 | 牵头单位 |\n| --- | --- | --- | --- |\n| 固定资产投资增长 | % | 8 | 发改局 |", []),
])
def test_targets_table_flattened_one_cell_per_line(table, expected):
    from luoshi.engine import reader, tasks
    from luoshi.engine.model import SourceText

    text = _PLAN.format(next="").replace("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，力争实现更高增长。",
                                         "今年经济社会发展的主要预期目标如下表：\n" + table)
    doc = reader.read_text(SourceText(text, "txt"), "plan.txt")
    found = [t for t in tasks.tasks_from_document(doc) if t.kind == "expected_target"]
    assert [(i.metric, i.comparator, i.value, i.unit) for t in found for i in t.indicators] == expected
    for t in found:
        assert doc.text[t.source["start"]:t.source["end"]] == t.text
        assert all(t.text[i.span[0]:i.span[1]] == i.text for i in t.indicators)
    if expected:        # the cells are no tasks of their own
        assert not [t for t in tasks.tasks_from_document(doc) if t.kind != "expected_target" and "亿元" in t.text]


@pytest.mark.parametrize("lead", [
    "今年经济社会发展的主要预期目标是：",
    "综合考虑各方面因素，今年的预期目标建议为：",
    "今年全市经济社会发展的主要目标是：",            # no 预期: read when no sentence names expected targets
    "2024年经济社会发展主要目标建议为：",
    "今年全区经济社会发展的目标是：",
])
def test_targets_lead_in_wordings(lead):
    from luoshi.engine import reader, tasks
    from luoshi.engine.model import SourceText

    text = _PLAN.format(next="").replace("今年经济社会发展的主要预期目标是：", lead)
    doc = reader.read_text(SourceText(text, "txt"), "plan.txt")
    assert [(i.metric, i.comparator, i.value) for t in tasks.tasks_from_document(doc)
            if t.kind == "expected_target" for i in t.indicators] == [("地区生产总值", "=", 6.0)]


# --- the end of the body: pledges, an address alone, a 民生实事 list after the closing -------------

REPORT_END = """政府工作报告
——2024年1月10日在某市第一届人民代表大会第三次会议上

各位代表：

　　一、2023年工作回顾

　　过去一年，我们完成了全年主要目标。地区生产总值增长5.6%。

　　二、2024年工作安排

　　今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。

　　（一）扩大有效投资。实施重点项目100个。

　　（二）增进民生福祉。新建学校3所。

　　总之，我们将全力以赴完成全年各项任务。

　　我们将始终对党忠诚。坚定拥护“两个确立”。

　　我们将始终廉洁奉公。严格落实中央八项规定精神。

　　各位代表！让我们团结一心，奋勇前进！

**某市2024年民生实事**

**一、改善出行条件**

　　新建公共停车泊位2000个。

**二、提升教育质量**

　　新建改扩建中小学5所。
"""


@pytest.mark.parametrize(("prefix", "role"), [
    ("总之，我们将全力以赴", "plan"),           # a summary of the plan, not a pledge
    ("我们将始终对党忠诚", "conduct"),          # a run of pledges in the government's own voice before the closing
    ("严格落实中央八项规定", "conduct"),
    ("让我们团结一心", "closing"),
    ("**某市2024年民生实事", "annex"),         # a 民生实事 list printed after the closing …
    ("新建公共停车泊位", "annex"),              # … numbered anew: annex to the end
    ("新建改扩建中小学", "annex"),
])
def test_roles_at_the_end_of_the_body(prefix, role):
    _, _, sentences = parse_structure(REPORT_END)
    assert next(s.role for s in sentences if s.text.lstrip("　 ").startswith(prefix)) == role


def test_conduct_paragraph_after_an_address_alone():
    text = REPORT_END.replace("　　总之，我们将全力以赴完成全年各项任务。",
                              "各位代表！\n\n　　新形势新任务对政府自身建设提出了更高的要求。各级政府要坚持依法行政。")
    _, _, sentences = parse_structure(text)
    assert next(s.role for s in sentences if s.text.lstrip("　 ").startswith("新形势新任务")) == "conduct"


_CONDUCT_LAST = """政府工作报告
——2024年1月10日在某市第一届人民代表大会第三次会议上

各位代表：

一、2023年工作回顾

过去一年，地区生产总值增长5.6%。

同时，我们也清醒认识到，发展中还存在一些困难和问题。

二、2024年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。

三、加强政府自身建设

坚持依法行政。加强法治政府建设。

各位代表！让我们团结一心，奋勇前进！

{after}
"""


@pytest.mark.parametrize(("after", "roles"), [
    # what is printed after the closing, when the last part is the government's own conduct
    ("名词解释\n\n1.规上企业：年主营业务收入2000万元及以上的工业企业。", ["glossary", "glossary"]),
    ("注释：\n1.规上企业：年主营业务收入2000万元及以上的工业企业。", ["glossary", "glossary"]),
    ("**附：名词解释**\n\n1. 规上企业：年主营业务收入2000万元及以上的工业企业。", ["glossary", "glossary"]),
    # a bare 附件 marker before a glossary title is the glossary's heading
    ("附件\n\n名词解释\n\n1.规上企业：年主营业务收入2000万元及以上的工业企业。", ["glossary", "glossary", "glossary"]),
    ("附件：\n\n2024年市政府民生实事项目\n\n1.新建学校3所。", ["annex", "annex", "annex"]),
    # a longer glossary title ending in its word, other glossary words
    ("2024年政府工作报告名词解释\n\n1.规上企业：年主营业务收入2000万元及以上的工业企业。", ["glossary", "glossary"]),
    ("附件\n\n《政府工作报告》有关用语解释\n\n1.专精特新：指专业化、精细化、特色化、新颖化。",
     ["glossary", "glossary", "glossary"]),
    ("名词术语解释\n\n1.规上企业：年主营业务收入2000万元及以上的工业企业。", ["glossary", "glossary"]),
    # page residue after the glossary is other
    ("名词解释\n\n1.规上企业：年主营业务收入2000万元及以上的工业企业。\n\n责任编辑：王某", ["glossary", "glossary", "other"]),
    # a bare 附： marker: entries that define terms are a glossary, entries that state work an annex
    ("附：\n\n1.三区三线：指城镇空间、农业空间、生态空间。\n\n2.“一网通办”：即政务服务一网办理。",
     ["glossary", "glossary", "glossary"]),
    ("附件\n\n1.就业创业：新增城镇就业1万人。\n\n2.教育：新建学校3所。", ["annex", "annex", "annex"]),
    # the year's results as numbered 指标：result lines (a change word or a figure after the colon): an annex
    ("附件\n\n2023年主要指标完成情况\n\n1.地区生产总值：完成1286.4亿元，同比增长6.2%。\n\n2.规模以上工业增加值：增长7.9%。"
     "\n\n3.城镇新增就业：1.08万人。", ["annex"] * 5),
    ("附：\n\n1.地区生产总值：增长6.2%。\n\n2.一般公共预算收入：98.7亿元，增长4.6%。\n\n3.研发经费投入强度：预计达到3.1%。",
     ["annex"] * 4),
])
def test_after_the_closing_of_a_conduct_part(after, roles):
    _, _, sentences = parse_structure(_CONDUCT_LAST.format(after=after))
    at = next(k for k, s in enumerate(sentences) if s.text.startswith("让我们"))
    assert [s.role for s in sentences[at - 1:at + 1]] == ["closing", "closing"]
    assert [s.role for s in sentences[at + 1:]] == roles


# --- which expected-targets paragraph is the coming year's (a first session sets five years' too) ----

_FIRST_SESSION = """政府工作报告
——2022年1月10日在某市第十届人民代表大会第一次会议上

各位代表：

一、过去五年工作回顾

五年来，全市经济实力大幅提升。

{plan}

（一）扩大有效投资。实施重点项目120个。

各位代表！让我们团结奋斗！
"""
_FIVE = "今后五年经济社会发展的主要预期目标是：地区生产总值年均增长6.5%左右，一般公共预算收入年均增长6%。"
_YEAR = "经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长6.6%，城镇新增就业5万人以上。"


@pytest.mark.parametrize("plan", [
    f"二、今后五年的目标任务和2022年工作安排\n\n{_FIVE}\n\n2022年{_YEAR}",      # one part for both
    f"二、今后五年的奋斗目标\n\n{_FIVE}\n\n三、2022年工作安排\n\n今年{_YEAR}",     # a part each
    f"二、2022年工作安排\n\n今后五年，主要预期目标是：地区生产总值年均增长6.5%左右。今年{_YEAR}",  # one paragraph
    f"二、2022年工作安排\n\n今年是“十四五”开局之年，{_YEAR}",                    # 十四五 named in passing
], ids=["shared_part", "own_parts", "one_paragraph", "in_passing"])
def test_coming_years_targets_not_five_years(tmp_path, plan):
    from luoshi.engine import reader, tasks

    (tmp_path / "r.txt").write_text(_FIRST_SESSION.format(plan=plan), encoding="utf-8")
    found = [(i.metric, i.value) for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt"))
             if t.kind == "expected_target" for i in t.indicators if not i.stretch]
    assert found == [("地区生产总值", 7.0), ("一般公共预算收入", 6.6), ("城镇新增就业", 5.0)]


# --- the section (板块) of a task in a report whose parts are numbered 一、 ------------------------

_NUMBERED = """政府工作报告
——2024年1月10日在某市第一届人民代表大会第三次会议上

各位代表：

　　一、2023年工作回顾

　　过去一年，地区生产总值增长5.6%。

　　二、2024年总体要求和预期目标

　　坚持稳中求进工作总基调，统筹发展和安全。

　　三、2024年重点工作

　　（一）扩大有效投资

　　实施重点项目120个，完成投资300亿元。新开工亿元以上项目50个。

　　各位代表，项目为王、实干为先。

　　（二）增进民生福祉

　　 　　推进技能人才培训2万人次。新增托位500个。

　　各位代表！让我们团结一心，奋勇前进！
"""


def test_tasks_of_numbered_parts_have_their_section():
    from luoshi.engine import reader, tasks
    from luoshi.engine.model import SourceText

    doc = reader.read_text(SourceText(_NUMBERED, "txt"), "r.txt")
    found = {t.text.strip("。"): (t.id, t.part) for t in tasks.tasks_from_document(doc) if t.kind == "task"}
    # the sub-section right below a numbered part, however indented, and after an address closing
    # the sub-section before it
    assert found["实施重点项目120个，完成投资300亿元"] == ("R1-0-1", "扩大有效投资")
    assert found["新增托位500个"] == ("R2-0-2", "增进民生福祉")
    # the part stating the year's general requirement, a plan part after it, frames the plan: its principle
    # is no task (tests/test_plan_statements_and_count_lists.py)
    assert "坚持稳中求进工作总基调，统筹发展和安全" not in found


@pytest.mark.parametrize("body", [
    "（一）扩大有效投资。一是实施重点项目120个，完成投资300亿元。二是新开工项目50个。\n\n（二）增进民生福祉。新增托位500个，新建学校3所。",
    "**（一）扩大有效投资。**实施重点项目120个，完成投资300亿元。新开工项目50个。\n\n**（二）增进民生福祉。**新增托位500个，新建学校3所。",
    "（一）扩大有效投资\n\n（1）实施重点项目120个，完成投资300亿元。（2）新开工项目50个。\n\n（二）增进民生福祉\n\n新增托位500个，新建学校3所。",
], ids=["run_in", "bold_run_in", "own_line"])
def test_a_heading_running_into_its_body(body):
    # (一) run into its body (plain or bold): the body's sentences are tasks of that section
    from luoshi.engine import reader, tasks
    from luoshi.engine.model import SourceText

    text = _NUMBERED.split("　　二、")[0] + "二、2024年重点工作\n\n" + body + "\n\n各位代表！让我们团结一心，奋勇前进！\n"
    found = [(t.part, t.text) for t in tasks.tasks_from_document(reader.read_text(SourceText(text, "txt"), "r.txt"))]
    assert [p for p, _ in found] == ["扩大有效投资", "扩大有效投资", "增进民生福祉"]
    assert "新增托位500个，新建学校3所。" in found[-1][1]


@pytest.mark.parametrize("body", [
    "今年经济社会发展的主要预期目标是：\n1.地区生产总值增长6%左右；\n2.一般公共预算收入增长5%；\n3.城镇调查失业率控制在5.8%以内。",
    "今年经济社会发展的主要预期目标是：（1）地区生产总值增长6%左右；（2）一般公共预算收入增长5%；（3）城镇调查失业率控制在5.8%以内。",
    "今年经济社会发展的主要预期目标是：\n· 地区生产总值增长6%左右\n· 一般公共预算收入增长5%\n· 城镇调查失业率控制在5.8%以内",
    "（一）主要预期目标\n\n地区生产总值增长6%左右，一般公共预算收入增长5%，城镇调查失业率控制在5.8%以内。",
    "今年经济社会发展的主要预期目标是：\n\n地区生产总值增长6%左右；\n\n一般公共预算收入增长5%；\n\n城镇调查失业率控制在5.8%以内。",
], ids=["numbered_lines", "numbered_inline", "bullets", "heading", "unmarked_paragraphs"])
def test_targets_listed_in_any_style(body):
    from luoshi.engine import reader, tasks
    from luoshi.engine.model import SourceText

    text = _PLAN.replace("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，力争实现更高增长。{next}", body)
    doc = reader.read_text(SourceText(text, "txt"), "plan.txt")
    assert [(i.metric, i.comparator, i.value) for t in tasks.tasks_from_document(doc) if t.kind == "expected_target"
            for i in t.indicators] == [("地区生产总值", "=", 6.0), ("一般公共预算收入", ">=", 5.0), ("城镇调查失业率", "<=", 5.8)]



@pytest.mark.parametrize("after", ["奋楫扬帆正当时。", "同心筑梦再出发，砥砺奋进新征程。", "（完）"])
def test_a_slogan_after_the_closing_is_no_task(after):
    from luoshi.engine import reader, tasks
    from luoshi.engine.model import SourceText

    doc = reader.read_text(SourceText(_CONDUCT_LAST.format(after=after), "txt"), "r.txt")
    assert not [t.text for t in tasks.tasks_from_document(doc) if after.rstrip("。") in t.text]
    assert [s.role for s in doc.sentences[-3:]] == ["closing", "closing", "closing"]


def test_a_lead_in_under_the_targets_heading_ends_them_with_its_paragraph():
    from luoshi.engine import reader, tasks
    from luoshi.engine.model import SourceText

    body = ("（一）主要预期目标\n\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n\n"
            "实现上述目标，必须保持战略定力，持续推动经济实现质的有效提升。")
    text = _PLAN.replace("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，力争实现更高增长。{next}", body)
    doc = reader.read_text(SourceText(text, "txt"), "plan.txt")
    assert [(i.metric, i.value) for t in tasks.tasks_from_document(doc) if t.kind == "expected_target"
            for i in t.indicators] == [("地区生产总值", 6.0), ("一般公共预算收入", 5.0)]
