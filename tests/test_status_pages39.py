"""Issue 11, statusr (stop 51): the misses of pages39 (bench/labels/status/pages39.json), stop 51's held-out real rows of
承德, 嘉兴, 平湖, 广安, 河源, 德州 and 衡水 pages, judged once on main after the first round's landing (the lead's
/work/coord/lead/main_status_rows.txt: 24 of 40), sixteen wrong rows, recorded as strict xfails.  The set has been judged
and is now dev, so its rows' task and progress are quoted as labelled, but for
the tied-income target of pg39-014 and pg39-018, a stock phrase the scored texts also hold (tests/test_hygiene.py), put
in other words here with the same reading.  Each fails today with the engine's wrong answer
for the reason given; a fix makes its case pass (and moves it to MENDED_PAGES39)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

# (label set row, task, progress, as of, the label's status, what the engine does today and why that is wrong)
MISSES_PAGES39 = [
    ('pg39-005', '全年计划实施亿元以上项目800个,力争达到1000个',
     '目前,全市在建亿元以上项目898个,同比增长10%;',
     date(2014, 10, 31), 'completed',
     "a count in build (898) over the plan's count (800) is read against the stretch figure (力争1000) as a share in the band, on_track; the plan's count is exceeded, completed"),
    ('pg39-006', '组织实施高水平生态绿色示范区建设专项行动,以“五十年不落后”标准建设一批交通、能源、生态等基础设施项目,全面推进江南水乡客厅等标志性工程,抓紧打造临沪高能级智慧产业新区、祥符荡科创绿谷等重点平台,在嘉善高铁站区域谋划建设吸引上海青年的创业新城,尽快形成与青浦、吴江片区的对等态势。',
     '1.推进高水平生态绿色示范区建设专项行动,嘉善县今年排定85个重点项目,年内计划完成投资290亿元,1-6月完成投资110.95亿元。 2.临沪高能级智慧产业新区完成工业投入41.26亿元,引进世界500强项目3个、超亿美元项目5个,新枫街一期等道路已施工完毕,中新智慧园进入竣工验收阶段。 3.加快祥符荡科创绿谷交通基础设施建设和生态品质提升进度,安平线、开源东路等乡村道路完成初步设计,环线绿道、生态圩岸等已完成招标,国际会议中心已确定概念方案。 按时推进',
     date(2021, 6, 30), 'behind',
     "a work-report task of several parts is judged on its named sub-items (one done, one unreported), on_track; the first part's year-plan investment share (110.95 of 290, 38.3% against the pace 49.6%) is under the band, behind"),
    ('pg39-014', '城乡居民收入增速与经济增速基本保持同步。',
     '前三季度,城乡居民收入增速与经济增速基本保持同步。',
     date(2024, 9, 30), 'on_track',
     'a reply restating the tied-rate target in its own words (基本同步) is read as too little to judge, unclear; the office claims the target held, on_track (alt unclear)'),
    ('pg39-015', '主要约束性指标完成上级下达的计划目标。',
     '前三季度,预计扣减新增新能源和购买第一批省外绿证后单位GDP能耗同比上升1%左右。化学需氧量、氨氮、氮氧化物、挥发性有机物四项指标均已完成减排目标。',
     date(2024, 9, 30), 'behind',
     'four reductions said done (均已完成减排目标) are read as the whole task done, completed; the energy intensity rising (同比上升1%左右) where it must fall is behind'),
    ('pg39-018', '城乡居民收入增速与经济增速保持同步。',
     '一季度,我市城镇居民人均可支配收入23240元,增长2.8%。上半年预计增长4%。一季度,我市农民人均可支配收入16085元,增长4.8%。上半年预计增长5%。',
     date(2023, 6, 30), 'behind',
     "income growths (2.8%/预计4%, 4.8%/预计5%) for a target tied to the economy's growth are read as too little to judge, unclear; both under the economy's growth on the same page is behind"),
    ('pg39-020', '大力推进强链壮群,围绕打造高端制造集聚地目标,加快构建“链主”型企业引领、节点型企业集聚、小微型企业配套的“四群八链”新格局,形成具有平湖辨识度的现代化产业集群,实现规上工业增加值增长7.5%。',
     '全力推进强链壮群行动,出台《平湖市“强链壮群”加快构建现代产业体系的实施方案》,打造产业示范集群。我市新能源汽车及零部件产业集群成功入选省第一批“浙江制造”省级特色产业集群协同区名单,数控机床产业集群成功入选省第二批“浙江制造”省级特色产业集群核心区名单。1-5月,全市规上先进制造业产业集群实现产值459.3亿元,工业增加值增长6.6%。',
     date(2023, 6, 30), 'unclear',
     "a part's growth (先进制造业产业集群 增加值增长6.6%) is read as the whole's (规上工业增加值 7.5%), behind; a part cannot answer the whole's rate, unclear"),
    ('pg39-032', '其中产业项目投资占主体,为99个',
     '目前已有91个项目开工建设,',
     date(2012, 8, 31), 'ahead',
     "a part's count of projects (其中…为99个) answered by a count started (91个项目开工建设) is read as a stage, on_track; 91 of 99 (91.9%) in August, far over the pace 66.7%, is ahead"),
]


@pytest.mark.parametrize(
    "row,task,progress,as_of,expected",
    [pytest.param(row, task, progress, as_of, expected, id=row,
                  marks=pytest.mark.xfail(strict=True, reason=reason))
     for row, task, progress, as_of, expected, reason in MISSES_PAGES39],
)
def test_pages39_miss(row, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# Mended by general rules, each with its (text, expected) table below.  statusr, stop 51: a year-end verdict of done over
# several indicators the report names, said with no 已 and the target as its object (A、B、C等12项指标完成目标, …完成
# 年度目标, …完成全年目标): each named indicator is completed (words.toml report.items_done_plain, rules.ItemsNamed).  A
# list of projects named by its plan, then reported begun or measured by its rate (计划开工项目开工率100%; 计划新开工项目已
# 全部开工): no plan, the items' progress (rules/forecasts.py _PLANNED_NOUN_RATE, _PLANNED_NOUN_DONE).  statuse, stop 51:
# an actual figure of an earlier period beside the estimate of a period ended by the report's date gives way to it — the
# later figure decides (the lead's decision D6; rules/building.py _outdated_by_estimate, table ENDED_ESTIMATE_IS_LATER).
# spaces, stop 51: a figure with spaces before its unit or per-cent sign (增长8.6 %) reads as written without them
# (progress.close_spaced_units, tests/test_progress_spaced_units.py).
# statusr, stop 52: a rate written as a range (预计增长4.5-5.0%) is one figure read by its lower end, the range's floor
# (progress._rate_ranges, tests/test_status_statusr52.py).
MENDED_PAGES39 = [
    ('pg39-021', '地区生产总值 经济社会发展主要指标目标',
     '15项经济社会发展主要指标目标中,地区生产总值、社会消费品零售总额、进出口总额、地方一般公共预算收入等12项指标完成目标,',
     date(2023, 12, 31), 'completed'),
    ('pg39-022', '社会消费品零售总额 经济社会发展主要指标目标',
     '15项经济社会发展主要指标目标中,地区生产总值、社会消费品零售总额、进出口总额、地方一般公共预算收入等12项指标完成目标,',
     date(2023, 12, 31), 'completed'),
    ('pg39-023', '进出口总额 经济社会发展主要指标目标',
     '15项经济社会发展主要指标目标中,地区生产总值、社会消费品零售总额、进出口总额、地方一般公共预算收入等12项指标完成目标,',
     date(2023, 12, 31), 'completed'),
    ('pg39-024', '地方一般公共预算收入 经济社会发展主要指标目标',
     '15项经济社会发展主要指标目标中,地区生产总值、社会消费品零售总额、进出口总额、地方一般公共预算收入等12项指标完成目标,',
     date(2023, 12, 31), 'completed'),
    ('pg39-035', '计划开工项目',
     '计划开工项目开工率100%,',
     date(2019, 12, 20), 'completed'),
    ('pg39-016', '生产总值增长6%。',
     '一季度,全市(管理口径)实现 GDP 178.5亿元、增长5.1%;预计上半年GDP增长6%。',
     date(2023, 6, 30), 'on_track'),
    ('pg39-010', '固定资产投资增长6%以上。',
     '1-8月,全市完成固定资产投资296.47 亿元,同比增长8.6 %,列嘉兴第2位。',
     date(2024, 9, 30), 'on_track'),
    ('pg39-017', '一般公共预算收入增长5%。',
     '1-5月,一般公共预算收入实现43.92亿元,增长4.2%,预计1-6月收入实现51.65亿元,增长6.2%。',
     date(2023, 6, 30), 'on_track'),
    ('pg39-012', '服务业增加值增长5.5%。',
     '三季度,预计服务业增加值增长4.5-5.0%。',
     date(2024, 9, 30), 'behind'),
]


@pytest.mark.parametrize("row,task,progress,as_of,expected", MENDED_PAGES39)
def test_pages39_mended(row, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# statusr, stop 51: several indicators named and said to have met their targets with no 已 (words.toml
# report.items_done_plain: 完成目标, 完成年度目标, 完成全年目标) — each named one is completed; said not met, or only hoped
# for, it is not.  Written for this file.
ITEMS_MET_TARGET = [
    ("城镇新增就业人数 主要预期指标",
     "年度18项主要预期指标中,城镇新增就业人数、规上工业增加值、固定资产投资等11项指标完成目标。", "completed"),
    ("外贸进出口总额",
     "全年20项考核指标中，研发投入强度、外贸进出口总额等14项指标完成年度目标。", "completed"),
    ("粮食播种面积",
     "粮食播种面积、生猪出栏量、农村居民人均可支配收入等7项指标完成全年目标，", "completed"),
    ("单位生产总值能耗降低",
     "单位生产总值能耗降低、PM2.5平均浓度、地表水达标率等9项约束性指标完成全年目标。", "completed"),
    ("研发投入强度", "研发经费投入强度、外贸进出口总额等3项指标未完成目标。", "behind"),
    ("研发投入强度", "力争研发投入强度、外贸进出口总额等4项指标完成全年目标。", "unclear"),
]


@pytest.mark.parametrize("task,progress,expected", ITEMS_MET_TARGET)
def test_items_named_met_their_target(task, progress, expected):
    assert judge(task, progress, date(2025, 12, 31)).status == expected


def test_items_named_with_a_share_of_the_target_are_not_done():
    # 完成目标进度的80%: a share of the way, not the target met
    assert judge("研发投入强度", "研发投入强度、外贸进出口总额等5项指标完成目标进度的80%以上。",
                 date(2025, 12, 31)).status != "completed"


# statusr, stop 51: a list of projects named by its plan (计划新开工项目, 计划竣工项目) and then reported begun or done
# (已开工N个, 已全部开工) or measured by its rate (开工率100%) is the items' progress, no plan; a rate still striven for
# (开工率力争达到100%) or a start still dated ahead (全部于年底前开工) stays a plan.  Written for this file.
PLANNED_LIST_REPORTED = [
    ("计划新开工项目30个", "计划新开工项目已开工30个。", date(2024, 9, 30), "completed"),
    ("计划新开工项目40个", "40个计划新开工项目已全部开工。", date(2024, 10, 31), "completed"),
    ("计划开工项目", "计划开工项目开工率100%。", date(2024, 12, 25), "completed"),
    ("计划竣工项目10个", "计划竣工项目已竣工5个。", date(2024, 6, 30), "on_track"),
    ("年度计划新开工项目32个", "年度计划新开工项目已开工20个，其余正在办理施工许可。", date(2024, 6, 30), "ahead"),
    ("计划新开工项目40个", "计划新开工项目开工率力争达到100%。", date(2024, 9, 30), "unclear"),
    ("计划新开工项目40个", "计划新开工项目全部于年底前开工。", date(2024, 9, 30), "not_started"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", PLANNED_LIST_REPORTED)
def test_planned_list_reported(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# statuse, stop 51 (the lead's decision D6; docs/status-rules.md "Conventions the labels split", README rule question 29):
# an actual figure of an earlier period (1-5月, 1-2月, 一季度) beside the estimate of a period ended by the report's date
# (预计上半年, 预计1-6月, 一季度预计, 预计全年 at 31 December) gives way to it: the later figure decides the pace, never
# completed.  An estimate of a period still to come stays a forecast and counts for nothing; the actual then decides.
# Growth rates and amounts, the estimate over or under the target.  Written for this file.
ENDED_ESTIMATE_IS_LATER = [
    ("地区生产总值增长6.5%", "1-5月，地区生产总值增长5.8%，预计上半年增长6.6%。", date(2025, 6, 30), "on_track"),
    ("社会消费品零售总额增长7%", "1-5月社会消费品零售总额增长7.8%，预计1-6月增长6.1%。", date(2025, 6, 30), "behind"),
    ("规上工业增加值增长8%", "1-2月，规上工业增加值增长9.5%；一季度预计规上工业增加值增长7.2%。", date(2025, 3, 31), "behind"),
    ("规上工业增加值增长8%", "1-2月，规上工业增加值增长6.9%；一季度预计规上工业增加值增长8.4%。", date(2025, 3, 31), "on_track"),
    ("税收收入增长5%", "1-8月税收收入增长3.9%，前三季度预计增长5.3%。", date(2025, 9, 30), "on_track"),
    ("实际利用外资增长10%", "1-11月实际利用外资增长8.2%，预计全年增长10.5%。", date(2025, 12, 31), "on_track"),
    ("实际利用外资增长10%", "1-11月实际利用外资增长11.2%，预计全年增长9.1%。", date(2025, 12, 31), "behind"),
    ("全年完成固定资产投资200亿元", "1-5月完成固定资产投资70亿元，预计1-6月完成固定资产投资102亿元。",
     date(2025, 6, 30), "on_track"),
    ("全年完成固定资产投资200亿元", "1-5月完成固定资产投资88亿元，预计1-6月完成固定资产投资80亿元。",
     date(2025, 6, 30), "behind"),
    # the estimate's period still to come: a forecast, the actual decides
    ("地区生产总值增长6%", "1-5月地区生产总值增长5.0%，预计全年增长7%。", date(2025, 6, 30), "behind"),
    ("地区生产总值增长6%", "1-4月地区生产总值增长5.0%，预计上半年增长7%。", date(2025, 5, 31), "behind"),
    # the estimate under the target whichever figure is read
    ("规上工业增加值增长6%", "1-5月规上工业增加值增长5.2%，预计上半年增长5.5%左右。", date(2025, 6, 30), "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", ENDED_ESTIMATE_IS_LATER)
def test_ended_estimate_is_the_later_figure(task, progress, as_of, expected):
    verdict = judge(task, progress, as_of)
    assert verdict.status == expected
    if expected == "on_track":
        assert "estimate" in verdict.flags     # decided by an estimate: a person checks the basis figures
