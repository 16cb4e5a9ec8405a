"""Status rules from the held-out invented129–131's known misses (negation, issue 11), now dev material: one table
per rule, each with twins or guards that must not move.  Rows are invented in the manner of progress reports."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _ids(table):
    return [f"{t}→{p}@{d}" for t, p, d, *_ in table]


# A running total past the year's target of gains by more than implausible_pct (累计达到4350个 for 新建…2000个) is the
# stock since earlier years: a figure beside it in its sentence named as gained (新开通, 新认定, 新安装: words.toml
# completion.gain and completion.gain_new) is the year's own and answers the target, though named in other words
# than the target's.  Twins: the year's figure named as the target names it (unchanged), and a running total within
# the target (the year's own: 8月新建126个，累计新建1126个).
STOCK_PAST_TARGET = [
    ("新建5G基站2000个。", "市通信发展管理办公室：截至6月底，全市新开通5G基站1126个，累计达到4350个。", date(2021, 6, 30), "ahead", 56.3),
    ("新增国家高新技术企业30家", "全市新认定高企12家，累计达到386家。", date(2020, 6, 30), "behind", 40.0),
    ("新增公共充电桩500个", "全区新安装公共充电桩210个，累计达到2860个。", date(2020, 6, 30), "behind", 42.0),
    ("新增城市公共停车泊位3000个", "新开设公共停车泊位1650个，全市累计达到5.2万个。", date(2020, 6, 30), "ahead", 55.0),
    # twins
    ("新建5G基站2000个。", "8月新建5G基站126个，累计新建1126个。", date(2020, 8, 31), "behind", 56.3),
]


@pytest.mark.parametrize("task,progress,as_of,status,completion", STOCK_PAST_TARGET, ids=_ids(STOCK_PAST_TARGET))
def test_a_gain_beside_a_stock_past_the_target_is_the_years(task, progress, as_of, status, completion):
    a = judge(task, progress, as_of)
    assert (a.status, a.completion_pct) == (status, completion), (a.rule, a.reason)


# A month's own figure (8月…, 本月…) before the running total of its unit in its sentence (累计新增7家, named by no
# more than its verb) is within that total: the total answers the target, named as the month's figure is, and
# firms still awaiting review beside it (另有3家…待审核) do not take its place.  Twins: a span of months (1-8月) beside
# the stock, and a total named for this year (今年累计新增), unchanged.
MONTH_WITHIN_TOTAL = [
    ("新增规上工业企业12家。", "区工信局：8月新入规企业2家，累计新增7家；另有3家企业已报送入规材料，待市统计局审核。",
     date(2020, 8, 31), "behind", 58.3),
    ("新增规上工业企业12家。", "本月新入规企业2家，累计新增11家；另有2家已报送入规材料，待审核。", date(2020, 8, 31), "ahead", 91.7),
    ("新建5G基站2000个。", "本月新开通5G基站126个，累计开通1126个。", date(2020, 8, 31), "behind", 56.3),
    ("新增规上工业企业12家。", "8月新增规上工业企业2家，累计新增7家。", date(2020, 8, 31), "behind", 58.3),
    # twins: a span of months with the stock beside it, a total named for this year
    ("新增规上工业企业12家。", "1-8月新增规上工业企业7家，累计达到156家。", date(2020, 8, 31), "behind", 58.3),
    ("新增规上工业企业12家。", "8月新增规上工业企业2家，今年累计新增7家。", date(2020, 8, 31), "behind", 58.3),
]


@pytest.mark.parametrize("task,progress,as_of,status,completion", MONTH_WITHIN_TOTAL, ids=_ids(MONTH_WITHIN_TOTAL))
def test_a_months_figure_is_within_the_running_total_beside_it(task, progress, as_of, status, completion):
    a = judge(task, progress, as_of)
    assert (a.status, a.completion_pct) == (status, completion), (a.rule, a.reason)


# Persons counted once for each service they may have several of (宫颈癌筛查 and 乳腺癌筛查, 流感疫苗接种 and 肺炎疫苗接种:
# words.toml figure.per_person_service) are the same people twice: the largest figure is the count, not the sum.
# Guards: one figure alone; services for distinct groups or places (城区儿童接种, 农村儿童接种) add up.
SAME_PEOPLE = [
    ("为全县城乡适龄妇女免费开展“两癌”筛查1.5万人。", "县卫健局：已完成宫颈癌筛查1.12万人、乳腺癌筛查1.08万人。", date(2020, 9, 30),
     "on_track", 74.7),
    ("为65岁以上老年人免费接种疫苗2万人", "已完成流感疫苗接种1.3万人、肺炎疫苗接种0.9万人。", date(2020, 9, 30), "behind", 65.0),
    # guards
    ("开展“两癌”筛查1.5万人", "已完成宫颈癌筛查1.12万人。", date(2020, 9, 30), "on_track", 74.7),
    ("开展儿童疫苗接种2万人", "城区儿童接种0.9万人，农村儿童接种0.6万人。", date(2020, 9, 30), "on_track", 75.0),
]


@pytest.mark.parametrize("task,progress,as_of,status,completion", SAME_PEOPLE, ids=_ids(SAME_PEOPLE))
def test_the_same_people_counted_per_service_are_not_added(task, progress, as_of, status, completion):
    a = judge(task, progress, as_of)
    assert (a.status, a.completion_pct) == (status, completion), (a.rule, a.reason)


# Kinds of one work listed with 、 after a total's verb (共完成人工造林2.1万亩、封山育林0.6万亩, 合计新增公园绿地…、防护绿地…),
# one of them sharing a word pair with the lone target of their unit, are parts of its figure: their sum answers it
# (flagged weak).  Guards: a list of other things (城市绿地, 口袋公园 for 植树造林) answers nothing; the same people per
# service after 共完成 are still not added.
KINDS_LISTED = [
    ("完成植树造林3万亩。", "市林业局：春季造林已全部结束，共完成人工造林2.1万亩、封山育林0.6万亩，秋冬季造林计划10月启动。",
     date(2021, 6, 30), "ahead", 90.0),
    ("新增城市绿地30公顷", "合计新增公园绿地12公顷、防护绿地3公顷。", date(2020, 6, 30), "on_track", 50.0),
    # guards
    ("完成植树造林3万亩。", "合计新增城市绿地12公顷、口袋公园3公顷。", date(2021, 6, 30), "unclear", None),
    ("开展“两癌”筛查1.5万人", "共完成宫颈癌筛查1.12万人、乳腺癌筛查1.08万人。", date(2020, 9, 30), "on_track", 74.7),
]


@pytest.mark.parametrize("task,progress,as_of,status,completion", KINDS_LISTED, ids=_ids(KINDS_LISTED))
def test_kinds_of_one_work_listed_after_a_total_add_up(task, progress, as_of, status, completion):
    a = judge(task, progress, as_of)
    assert (a.status, a.completion_pct) == (status, completion), (a.rule, a.reason)


# Equipment tendered and its supplier still preparing the goods (中标供应商正在备货: judging.toml words.preparing) is
# before delivery — preparation, behind from half the year on for a task to equip; delivered and being installed is
# under way.
GOODS_BEING_PREPARED = [
    ("实施“智慧课堂”进校园工程，为全县中小学配备交互式智能平板800套。",
     "县教育局：设备采购已完成公开招标，中标供应商正在备货，预计10月底前完成安装调试。", date(2020, 9, 30), "behind"),
    ("为全县中小学配备交互式智能平板800套。", "设备采购已完成公开招标，中标供应商正在备货。", date(2020, 6, 30), "behind"),
    # guard: delivered, being installed
    ("实施“智慧课堂”进校园工程，为全县中小学配备交互式智能平板800套。", "设备已到货，正在安装调试。", date(2020, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", GOODS_BEING_PREPARED, ids=_ids(GOODS_BEING_PREPARED))
def test_goods_still_being_prepared_are_not_work_under_way(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# The reporting unit's label opening a cell (市水利局：, 区应急局：) names no item of the task: a clause after it that
# only says the tender is done, followed by the works begun, is the one project moving on, not an item still at
# preparation.  Guards: an item named after the label and still at preparation beside another under way is behind.
REPORTER_LABEL = [
    ("实施农村饮水安全巩固提升工程，年内受益人口12万人。", "市水利局：工程已完成招标，6月中旬施工队伍陆续进场，目前已开挖管沟35公里。",
     date(2021, 6, 30), "on_track"),
    ("实施农村饮水安全巩固提升工程，年内受益人口12万人。", "市水利局：工程已完成招标，施工队伍已进场。", date(2021, 6, 30), "on_track"),
    # guards
    ("新建北区、南区两个消防站", "区应急局：南区消防站正在进行用地报批；北区消防站主体施工中。", date(2020, 9, 30), "behind"),
    ("新建北区、南区两个消防站", "区应急局：北区消防站主体施工中；南区消防站正在进行用地报批。", date(2020, 9, 30), "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", REPORTER_LABEL, ids=_ids(REPORTER_LABEL))
def test_the_reporting_units_label_names_no_item(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# A clause opening with nothing found or happened (未发现问题, 未发生安全事故: words.toml report.nothing_found) says no
# stage of the work: a reply whose other clauses say the whole done is completed — the guard the negated-finish rule
# keeps (a negation that denies no finish flips no completion).  Guards: that clause alone says nothing; beside work
# still going on it completes nothing.
NOTHING_FOUND = [
    ("开展食品安全专项抽检。", "已全部完成，未发现问题。", date(2020, 12, 31), "completed"),
    ("开展食品安全专项抽检。", "已全部完成，未发现不合格产品。", date(2020, 12, 31), "completed"),
    # guards
    ("开展食品安全专项抽检。", "未发现问题。", date(2020, 12, 31), "unclear"),
    ("开展食品安全专项抽检。", "抽检正在进行，未发现问题。", date(2020, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", NOTHING_FOUND, ids=_ids(NOTHING_FOUND))
def test_nothing_found_says_no_stage(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# 除N…外已全部完成 (除…外，其余均已完成: words.toml report.except_all_done): the figure between 除 and 外 is the items left
# out, so the target less it is done — 19 of 20 — never a count of 1 done nor the whole done.  Guards: 除…外，还…
# (besides) is no exception; the whole count done stays completed.
EXCEPT_ALL_DONE = [
    ("完成老旧小区改造20个。", "除1个小区外已全部完成。", date(2020, 12, 31), "behind", 95.0),
    ("完成老旧小区改造20个。", "除城东1个小区因居民意见不统一外，其余均已完成改造。", date(2020, 12, 31), "behind", 95.0),
    ("完成老旧小区改造20个。", "除1个小区外已全部完成。", date(2020, 9, 30), "ahead", 95.0),
    # guards
    ("完成老旧小区改造20个。", "已完成改造20个。", date(2020, 12, 31), "completed", 100.0),
    ("完成老旧小区改造20个。", "除完成改造20个外，还新增停车位300个。", date(2020, 12, 31), "unclear", None),
]


@pytest.mark.parametrize("task,progress,as_of,status,completion", EXCEPT_ALL_DONE, ids=_ids(EXCEPT_ALL_DONE))
def test_all_done_but_the_items_excepted(task, progress, as_of, status, completion):
    a = judge(task, progress, as_of)
    assert (a.status, a.completion_pct) == (status, completion), (a.rule, a.reason)
