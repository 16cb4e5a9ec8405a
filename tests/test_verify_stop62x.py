"""Stop 62's verify rules (verifyx): two known misses of the brief and the thirty-seventh real set's (r202–r204), each
in other words than the label rows', with guards.

- A kind's part of the investment (房地产投资, 工业投资, 民间投资, 基础设施投资: verify.part_by_kind right before 投资) never
  answers a target on the whole investment, however alike the names: the part is quoted, unclear, where nothing of the
  whole answers (naming._part_before_end in _best_claim; ``_part_claim`` quotes it).  A unit's word alone
  (verify.part_of_whole: 第一产业增加值, 实际利用省外项目资金) still answers, and a target naming the kind takes its figure.

- A 分别 list with its unit written once, after its last figure (PM2.5、PM10平均浓度分别控制在35、60微克/立方米以内,
  分别达到900、1500家): each bare figure before the last takes that unit (indicators._respective_unit), so each item
  gets its own figure — not every item the last figure.

- Rates of a 分别 list set against a year several years before (比2013年分别增长50.3%、61.2%): the later rates too are
  the years' change, as the first one is (patterns._COMPARED_YEAR_LIST), no rate of the year.

- 台 opening 台阶 (再跨百亿台阶) counts no machines: no figure (words.toml figure.name_after 阶, progress._NAMING_AFTER).

- A month's growth said in words (连续5个月实现单月正增长: words.toml verify.part_year_month 单月) is part of the
  year: a qualitative growth target it alone answers is unclear, as a part-year figure is (the lead's decision of
  stop 41).

- A figureless cap said 不超过 (能耗和主要污染物排放量不超过省控目标, its own sentence after the targets sentence) is a
  qualitative target (words.toml target.predicate 不超过, as 不高于 and 低于 were): two targets, each a ceiling; a figure
  after 不超过 stays a cap of its own.
"""

from __future__ import annotations

import pytest

from luoshi.engine import indicators, progress, targets
from tests.verify_pair_answers import corpus
from tests.verify_pair_helpers import outcomes_by_metric, verdicts_for

pytestmark = pytest.mark.engine


def _outcome(target: str, said: str, metric: str) -> str:
    found = {v.metric: corpus.outcome(v) for v in verdicts_for(target, said)}
    return found.get(metric, f"no verdict for {metric}: {found}")


# --- a kind's part of the investment --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("固定资产投资增长8%", "房地产投资下降5%，工业投资增长12%。", "固定资产投资", "unclear"),
    ("固定资产投资增长7%以上", "民间投资增长3.5%，基础设施投资下降2%。", "固定资产投资", "unclear"),
    ("全社会固定资产投资增长11.5%", "房地产投资增长1.2%。", "全社会固定资产投资", "unclear"),
    ("固定资产投资增长9%左右", "工业投资下降4.4%，房地产开发投资增长2%。", "固定资产投资", "unclear"),
    # guards: the whole's own figure decides, before or after its parts
    ("固定资产投资增长8%", "固定资产投资增长9%，其中房地产投资下降5%。", "固定资产投资", "achieved"),
    ("固定资产投资增长8%", "房地产投资下降5%，固定资产投资增长6%。", "固定资产投资", "not_met"),
    # guards: a target naming the kind takes the kind's figure
    ("工业投资增长10%", "工业投资增长12.5%。", "工业投资", "achieved"),
    ("民间投资增长6%", "民间投资增长4%。", "民间投资", "not_met"),
    # guards: a unit's word is no kind here — a sector's own name, a fuller name of the same funds
    ("农业增加值增长4%", "第一产业增加值增长4.6%。", "农业增加值", "achieved"),
    ("实际利用省外资金增长8%", "实际利用省外项目资金增长9.1%。", "实际利用省外资金", "achieved"),
])
def test_a_kind_of_investment_answers_no_whole(target, said, metric, outcome):
    assert _outcome(target, said, metric) == outcome


# --- a 分别 list's unit written once ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("clause", "expected"), [
    ("PM2.5、PM10平均浓度分别控制在35、60微克/立方米以内",
     [("PM2.5平均浓度", 35.0, "微克/立方米", "<="), ("PM10平均浓度", 60.0, "微克/立方米", "<=")]),
    ("细颗粒物、可吸入颗粒物年均浓度分别下降到32、58微克/立方米",
     [("细颗粒物年均浓度", 32.0, "微克/立方米", "<="), ("可吸入颗粒物年均浓度", 58.0, "微克/立方米", "<=")]),
    ("高新技术企业、科技型中小企业分别达到420、900家",
     [("高新技术企业", 420.0, "家", ">="), ("科技型中小企业", 900.0, "家", ">=")]),
    ("城镇、农村居民人均可支配收入分别增长6、7.5%",
     [("城镇居民人均可支配收入", 6.0, "%", ">="), ("农村居民人均可支配收入", 7.5, "%", ">=")]),
    # guard: each figure with its own unit, as before
    ("PM2.5、PM10平均浓度分别控制在33微克/立方米、55微克/立方米以内",
     [("PM2.5平均浓度", 33.0, "微克/立方米", "<="), ("PM10平均浓度", 55.0, "微克/立方米", "<=")]),
])
def test_a_respective_list_shares_its_last_unit(clause, expected):
    got = [(i.metric, i.value, i.unit, i.comparator) for i in targets.parse_clause(clause)]
    assert got == expected


@pytest.mark.parametrize("text", [
    "地铁1、2号线分别开通运营",             # line numbers, no figures
    "分别于2020、2021年建成投用",           # years
    "分别建成1、2号楼共5万平方米",           # a building's number before a name: only the area is a figure
    "PM2.5、PM10平均浓度控制在35、60微克/立方米以内",   # no 分别: the bare number is not given the unit
])
def test_a_bare_number_borrows_no_unit_outside_a_respective_list(text):
    assert all(i.value not in (1.0, 2.0, 2020.0, 35.0) for i in indicators.parse(text)[0])


def test_pollutant_caps_written_once_are_verified_each():
    plan = ("某市人民政府工作报告\n\n二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长6%，"
            "PM2.5、PM10平均浓度分别控制在36、62微克/立方米以内。\n")
    review = ("某市人民政府工作报告\n\n一、过去一年工作回顾\n\n过去一年，地区生产总值增长6.4%。PM2.5平均浓度34微克/立方米，"
              "PM10平均浓度65微克/立方米。\n\n二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n")
    got = outcomes_by_metric(plan, review)
    assert (got.get("PM2.5平均浓度"), got.get("PM10平均浓度")) == ("achieved", "not_met")


# --- a 分别 list of rates against a year several years before -------------------------------------------------------------
PLAN_Y = ("某市人民政府工作报告\n\n一、2017年工作回顾\n\n二、2018年工作安排\n\n今年经济社会发展的主要预期目标是：地区生产总值增长7%，"
          "{target}。\n")
REVIEW_Y = ("某市人民政府工作报告（2019年1月10日）\n\n一、2018年工作回顾\n\n过去一年，全市地区生产总值增长7.3%。{said}\n\n二、2019年工作安排\n\n"
            "今年主要预期目标是：地区生产总值增长6.5%。\n")


# (a review of the year drops a change over several years, the later rates of its list too — the rural rate was read as
# the year's; a plan-end review keeps them as the years' figures, quoted unclear: r202's shape)
@pytest.mark.parametrize(("said", "outcome"), [
    # (the levels alone left: a level for a growth target, quoted unclear)
    ("城乡居民人均可支配收入分别达到40200元、21000元，比2013年分别增长50.3%、61.2%。", "unclear"),
    # (the incomes named with no figure of the year: a mention, unclear)
    ("城镇和农村居民人均可支配收入比2012年分别增长55%和63.4%。", "unclear"),
    # guards: against the year before, the year's own rates; the rate of the year given beside the years' change
    ("城乡居民人均可支配收入分别达到40200元、21000元，比2017年分别增长7.9%、8.6%。", "achieved"),
    ("城乡居民人均可支配收入比2013年分别增长50.3%、61.2%，农村居民人均可支配收入增长8.4%。", "achieved"),
])
def test_rates_of_a_list_against_an_early_year_are_no_rates_of_the_year(said, outcome):
    got = outcomes_by_metric(PLAN_Y.format(target="农村居民人均可支配收入增长8%"), REVIEW_Y.format(said=said))
    assert got.get("农村居民人均可支配收入") == outcome


# --- 台 opening 台阶 ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "values"), [
    ("全市生产总值再跨百亿台阶、突破1200亿元", [1200.0]),
    ("经济总量迈上千亿台阶", []),
    # guards: machines counted, a level in 亿元 before its step
    ("新增数控机床120台", [120.0]),
    ("地区生产总值迈上3000亿元台阶", [3000.0]),
])
def test_a_step_is_no_count_of_machines(text, values):
    assert [f.value for f in progress.row_facts(text)] == values
    assert [i.value for i in indicators.parse(text)[0]] == values


# --- a month's growth said in words ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("said", "outcome"), [
    ("规模以上工业增加值连续5个月实现单月正增长。", "unclear"),
    ("规模以上工业增加值自8月起单月增速由负转正，单月实现正增长。", "unclear"),
    # guards: the year's growth in words or by its figure
    ("规模以上工业增加值实现正增长。", "achieved"),
    ("规模以上工业增加值增长4.5%。", "achieved"),
])
def test_a_months_growth_in_words_is_part_of_the_year(said, outcome):
    assert _outcome("规模以上工业增加值实现合理增长", said, "规模以上工业增加值") == outcome


# --- a quota cap with no figure said 不超过 ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("clause", "expected"), [
    ("能耗和主要污染物排放量不超过省控目标", [("能耗", "<="), ("主要污染物排放量", "<=")]),
    ("化学需氧量排放总量不超过市下达指标", [("化学需氧量排放总量", "<=")]),
    # guards: the other cap words, as before
    ("二氧化硫排放量控制在省下达指标以内", [("二氧化硫排放量", "<=")]),
    ("居民消费价格涨幅不高于全省平均水平", [("居民消费价格涨幅", "<=")]),
])
def test_a_quota_cap_said_not_exceeded_is_a_target(clause, expected):
    got = targets.parse_clause(clause)
    assert [(i.metric, i.comparator) for i in got] == expected and all(i.kind == "qualitative" for i in got)


@pytest.mark.parametrize(("clause", "expected"), [
    # guards: a figure after 不超过 is a cap of its own, as before
    ("城镇登记失业率不超过4.5%", [("城镇登记失业率", 4.5, "<=", "ratio")]),
    ("单位产品能耗不超过0.8吨标准煤", [("单位产品能耗", 0.8, "<=", "amount")]),
])
def test_a_figure_after_not_exceeded_stays_a_figure(clause, expected):
    assert [(i.metric, i.value, i.comparator, i.kind) for i in targets.parse_clause(clause)] == expected


def test_a_quota_cap_sentence_after_the_targets_is_verified():
    plan = ("某市人民政府工作报告\n\n二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长6%，城镇新增就业2万人。"
            "能耗和主要污染物排放量不超过省控目标。\n")
    review = ("某市人民政府工作报告\n\n一、过去一年工作回顾\n\n过去一年，地区生产总值增长6.4%，城镇新增就业2.3万人。\n\n"
              "二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n")
    got = outcomes_by_metric(plan, review)
    assert (got.get("能耗"), got.get("主要污染物排放量")) == ("not_reported", "not_reported")
