"""Economic indicators and livelihood tables as real progress replies write them (statusb, from the first runs of
invented110–112): an indicator's growth written after its amount with no name of its own (…亿元，同比增长6.8%), and a
livelihood table's bare 当前进度 share.  Rows invented in other words than the labels; each table has guards that must
not change."""

from datetime import date

import pytest

from luoshi.engine.assess import judge_figure
from luoshi.engine.indicators import parse
from luoshi.engine.progress import parse_row
from tests.status_judge import judge as judge_row

pytestmark = pytest.mark.engine

MID_YEAR = date(2020, 6, 30)
SEPTEMBER = date(2020, 9, 30)
YEAR_END = date(2020, 12, 31)


def judge(task_text, progress, as_of=MID_YEAR):
    return judge_row(task_text, progress, as_of)


# A percentage whose only words are a change on the year (同比增长, 增长, 下降), right after another figure of the
# sentence, is that figure's metric's growth or fall: the indicator's name is written once, before its amount.
FACT_METRICS = [
    ("全年实现地区生产总值512亿元，同比增长6.3%。", 1, "地区生产总值同比增长"),
    ("城镇居民人均可支配收入21000元，增长7.5%；农村居民人均可支配收入9800元，增长6.2%。", 3, "农村居民人均可支配收入增长"),
    ("完成固定资产投资88亿元，比上年下降3.2%。", 1, "固定资产投资比上年下降"),
    # guards: a percentage naming its own measure, a count's change in its own unit, two percentages in a row
    ("完成工业投资30亿元，占固定资产投资比重42%。", 1, "占固定资产投资比重"),
    ("已培育专精特新企业6家，同比增加2家。", 1, "同比增加"),
    ("增速为5.1%，同比增长0.6%。", 1, "同比增长"),
]


@pytest.mark.parametrize("progress,index,metric", FACT_METRICS, ids=[p for p, _, _ in FACT_METRICS])
def test_a_bare_change_after_an_amount_takes_the_amount_s_metric(progress, index, metric):
    assert parse_row(progress).facts[index].metric == metric


ROWS = [
    # the growth after the amount answers the growth target (each was unclear before: 报告中无可比数据)
    ("地区生产总值增长6%", "全年实现地区生产总值512亿元，同比增长6.3%。", YEAR_END, "completed"),
    ("社会消费品零售总额增长9.5%", "1-6月，社会消费品零售总额96.2亿元，同比增长5.1%。", MID_YEAR, "behind"),
    ("城镇居民人均可支配收入增长7%，农村居民人均可支配收入增长8%",
     "城镇居民人均可支配收入21000元，增长7.5%；农村居民人均可支配收入9800元，增长6.2%。", SEPTEMBER, "behind"),
    ("城镇居民人均可支配收入增长7%，农村居民人均可支配收入增长8%",
     "城镇居民人均可支配收入21000元，增长7.5%；农村居民人均可支配收入9800元，增长8.2%。", SEPTEMBER, "on_track"),
    # a livelihood table's bare share of the work (当前进度, 目前进度) is the completion (unclear before)
    ("建设农村公路40公里", "当前进度52%。", MID_YEAR, "on_track"),
    ("建设农村公路40公里", "目前进度30%。", MID_YEAR, "behind"),
    ("新建社区食堂8个", "当前进度86%。", SEPTEMBER, "ahead"),
    # guards (the same before): a fall said after the amount, a count's own growth beside its count
    ("固定资产投资增长10%", "完成固定资产投资88亿元，同比下降3.2%。", MID_YEAR, "seriously_behind"),
    ("新增规上工业企业20家", "新增规上工业企业12家，同比增长20%。", SEPTEMBER, "behind"),
    ("建设农村公路40公里", "完成率52%。", MID_YEAR, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", ROWS, ids=[f"{t}→{p}@{d}" for t, p, d, _ in ROWS])
def test_indicator_replies(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# A start target of few items named one by one (开工建设A、B2家…): an item not begun, its subject in the clause before
# (B因用地调整，尚未开工), leaves the share started short of the pace once even all the others started could not
# reach it — one of two at 30 September is behind; at 30 June half is on pace, and one of eleven is one share of many.
START_ITEMS = [
    ("开工建设东山镇、西山镇2家中心敬老院", "东山镇敬老院已于7月开工，正在进行基础施工；西山镇敬老院因用地调整，尚未开工，目前正在重新选址。",
     SEPTEMBER, "behind"),
    ("开工建设南湖、北湖2座污水泵站", "南湖泵站已于8月开工；北湖泵站受管线迁改影响，尚未开工。", SEPTEMBER, "behind"),
    # guards: half at mid-year, both begun, one of many
    ("开工建设东山镇、西山镇2家中心敬老院", "东山镇敬老院已于5月开工，正在进行基础施工；西山镇敬老院因用地调整，尚未开工，目前正在重新选址。",
     MID_YEAR, "on_track"),
    ("开工建设东山镇、西山镇2家中心敬老院", "东山镇敬老院已于7月开工，正在进行主体施工；西山镇敬老院已于9月开工。", SEPTEMBER, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", START_ITEMS, ids=[f"{t}→{p}@{d}" for t, p, d, _ in START_ITEMS])
def test_a_start_target_of_few_items_with_one_not_begun(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


def test_one_of_many_starts_not_begun_is_no_lag():
    a = judge("开工建设市级重点项目11个", "10个项目已开工建设；城北安置房项目正在征收，尚未开工。", SEPTEMBER)
    assert a.status not in ("behind", "seriously_behind"), (a.rule, a.reason)


# A count of items read only under way (2所幼儿园正在主体施工) beside an item named on its own whose works have not
# begun (实验学校改扩建项目…尚未开工): past mid-year the task is behind, as with no figure at all.
ITEM_NOT_BEGUN = [
    ("新建、改扩建中小学幼儿园5所", "城南小学扩建工程已竣工；城北中学主体已封顶；2所幼儿园正在主体施工；实验学校改扩建项目因规划调整，尚未开工。",
     MID_YEAR, "behind"),
    # guards: every item begun, a check not yet held (no works), before mid-year
    ("新建、改扩建中小学幼儿园5所", "城南小学扩建工程已竣工；城北中学主体已封顶；2所幼儿园正在主体施工；实验学校改扩建项目正在施工。",
     MID_YEAR, "on_track"),
    ("创建省级卫生乡镇3个", "3个乡镇均已完成创建申报材料报送，省级暗访评估尚未开展，目前各乡镇正在按标准开展环境整治。",
     date(2020, 8, 31), "on_track"),
    ("新建、改扩建中小学幼儿园5所", "城南小学扩建工程正在施工；2所幼儿园正在主体施工；实验学校改扩建项目因规划调整，尚未开工。",
     date(2020, 3, 31), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", ITEM_NOT_BEGUN,
                         ids=[f"{t}→{p}@{d}" for t, p, d, _ in ITEM_NOT_BEGUN])
def test_a_count_under_way_beside_an_item_not_begun(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# Left open from the first runs of invented110–113 (strict: each is read otherwise today).
@pytest.mark.xfail(strict=True, reason="an overall share in the band decides before the office's own note of one "
                                       "item's lag in brackets (flagged lag_stated for a person instead)")
def test_a_share_in_the_band_beside_a_noted_lag_is_behind():
    assert judge("新建城市书房10家", "总体进度76%（河西书房装修进度滞后）。", SEPTEMBER).status == "behind"


# (mended since by statusa: words.toml task.signed_measure; more cases in tests/test_status_rules.py
# EXPROPRIATION_BY_AGREEMENT)
def test_expropriation_agreements_signed_count_as_done():
    assert judge("完成棚户区征收800户", "已完成征收签约760户，签约率95%。", date(2020, 11, 30)).status == "on_track"


# A percentage named as a share of a whole (占固定资产投资比重42%) answers no growth target, though the whole's name is
# the target's (before, the share was read as the investment's growth, on pace); a share target still takes it.
SHARES = [
    ("固定资产投资增长10%", "完成工业投资30亿元，占固定资产投资比重42%。", MID_YEAR, "unclear"),
    # guards: the growth said beside the share, a share target answered by a share
    ("固定资产投资增长10%", "完成工业投资30亿元，占固定资产投资比重42%；全区固定资产投资同比增长11.2%。", MID_YEAR, "on_track"),
    ("研发投入占地区生产总值比重达到2.8%", "研发投入占地区生产总值比重为2.9%。", YEAR_END, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", SHARES, ids=[f"{t}→{p}@{d}" for t, p, d, _ in SHARES])
def test_a_share_of_the_whole_is_no_growth(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# A lower-is-better metric (涨幅, 失业率: words.toml target.lower_is_better, the words verify reads too) hedged with
# 左右 is a ceiling by its nature: held at or under it, within the hedge's half point, behind when clearly above.
ABOUT_CAPS = [
    ("居民消费价格涨幅控制在2.5%左右", "1-6月居民消费价格上涨3.2%。", "behind"),
    ("居民消费价格涨幅3%左右", "上半年居民消费价格同比上涨2.1%。", "on_track"),
    ("居民消费价格涨幅3%左右", "上半年居民消费价格同比上涨3.4%。", "on_track"),     # within the half point
    ("城镇调查失业率控制在5.6%左右", "城镇调查失业率5.3%。", "on_track"),
    ("城镇调查失业率控制在5.6%左右", "城镇调查失业率5.8%。", "on_track"),
    ("城镇调查失业率控制在5.6%左右", "城镇调查失业率6.3%。", "behind"),
    # guards: a growth hedged is no cap (above is held, well under is short); a fall keeps its sign; a bare cap
    ("地区生产总值增长7%左右", "地区生产总值增长7.8%。", "on_track"),
    ("地区生产总值增长7%左右", "地区生产总值增长5.1%。", "behind"),
    # (statusb, stop 48) a growth hedged is reached within the half point below it, as verify meets it; not beyond it,
    # and a growth not hedged has no half point
    ("地区生产总值增长7%左右", "地区生产总值增长6.6%。", "on_track"),
    ("地区生产总值增长7%左右", "地区生产总值增长6.4%。", "behind"),
    ("地区生产总值增长7%", "地区生产总值增长6.8%。", "behind"),
    ("单位地区生产总值能耗下降3%左右", "单位地区生产总值能耗下降3.6%。", "on_track"),
    ("单位地区生产总值能耗下降3%左右", "单位地区生产总值能耗下降1.2%。", "behind"),
    ("城镇登记失业率控制在4.1%以内", "城镇登记失业率4.2%。", "behind"),
]


@pytest.mark.parametrize("task,progress,status", ABOUT_CAPS, ids=[f"{t}→{p}" for t, p, _ in ABOUT_CAPS])
def test_a_lower_is_better_rate_about_a_figure_is_a_cap(task, progress, status):
    a = judge(task, progress)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,value,status", [
    ("城镇调查失业率5.5%左右", 5.2, "on_track"), ("城镇调查失业率5.5%左右", 6.4, "behind"),
    ("地区生产总值增长7%左右", 7.9, "on_track"),      # guard: a growth is no cap
])
def test_a_department_figure_for_a_lower_is_better_rate_about_a_figure(task, value, status):
    assert judge_figure(parse(task)[0][0], value, MID_YEAR).status == status
