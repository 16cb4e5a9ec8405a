"""Status rules from the first runs of invented105–108 (statusa, issue 11): a running total or a whole count
standing now beside the year's own figure, a lag stated as 不够理想, and items named by the generic 站点.  One
table per rule, each with twins that must not move.  Rows are invented in the manner of progress reports; the
held-out invented109 is in none of them."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _ids(table):
    return [f"{t}→{p}@{d}" for t, p, d, *_ in table]


# A figure of this year after the running total in its sentence, named by no more than its verb (今年新认定4家,
# 较年初净增18家, 今年上半年新增620个), counts the total's thing: the year's figure answers a target of gains, the
# total is set aside.  A whole count standing now (总数达到142家: words.toml figure.stock_total) beside the year's own
# figure is such a total too, against targets of gains (新增…: words.toml completion.gain); 较年初/比年初 open the
# year's own change (words.toml time.this_year).  First-run misses inv108-008 (unclear), inv108-011 (on pace by the
# car parks under way) and inv108-016 (the total read as 142 new, completed).
YEAR_BESIDE_TOTAL = [
    ("新增市级以上农业产业化龙头企业10家", "全县市级以上龙头企业累计达到68家，今年新认定4家。", date(2020, 8, 31), "behind"),
    ("新增省级农民专业合作社示范社12家", "全市省级示范社累计达到56家，今年新评定9家。", date(2020, 9, 30), "on_track"),
    ("新增国家高新技术企业30家", "全县有效期内高新技术企业总数达到142家，较年初净增18家。", date(2020, 10, 31), "behind"),
    ("新增科技型中小企业50家", "全区科技型中小企业总数达到326家，比年初净增41家。", date(2020, 10, 31), "on_track"),
    ("新增国家高新技术企业30家", "今年新认定高新技术企业21家，全县总数达到142家。", date(2020, 10, 31), "behind"),
    ("新增城市公共停车泊位2000个", "历年累计建成公共停车泊位1.26万个，今年上半年新增620个，另有3个停车场项目正在施工。",
     date(2020, 6, 30), "behind"),
    ("新增新能源汽车充电桩800个", "历年累计建成充电桩5400个，今年新增430个，另有2个充电站正在施工。", date(2020, 6, 30),
     "on_track"),
    # twins: the year's figure already read beside a total (其中今年新建), unchanged
    ("新增充电桩300个", "累计建成充电桩1260个，其中今年新建150个。", date(2020, 7, 31), "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", YEAR_BESIDE_TOTAL, ids=_ids(YEAR_BESIDE_TOTAL))
def test_the_years_figure_beside_a_running_total_answers_the_target(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


def test_a_years_figure_naming_another_thing_beside_a_total_is_not_the_targets():
    # 今年新建停车场3个 names car parks, not berths: it counts no berth of the target
    a = judge("新增城市公共停车泊位2000个", "历年累计建成公共停车泊位1.26万个，今年新建停车场3个。", date(2020, 6, 30))
    assert a.completion_pct is None, (a.rule, a.reason)


# A lag stated as 不够理想 / 不太理想 after the work's pace (进度, 进展) is a behind statement like 进度不理想
# (judging.toml words.behind_statement), also beside done items with the rest under way.  First-run miss inv106-011.
LAG_NOT_IDEAL = [
    ("完成棚户区改造安置房建设1200套", "已交付安置房520套，其余680套正在主体施工，进度不够理想。", date(2020, 8, 31), "behind"),
    ("完成城区道路提升改造20条", "已完成11条，其余9条正在施工，受雨季影响进展不太理想。", date(2020, 8, 31), "behind"),
    # twins: the satisfaction, not the pace, is not ideal; no lag said
    ("完成城区道路提升改造20条", "已完成11条，其余9条正在施工，群众满意度不够理想。", date(2020, 8, 31), "on_track"),
    ("完成城区道路提升改造20条", "已完成11条，其余9条正在施工。", date(2020, 8, 31), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", LAG_NOT_IDEAL, ids=_ids(LAG_NOT_IDEAL))
def test_a_pace_said_to_be_not_ideal_is_behind(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# 站点 names the items of a task of stations or service points generically (words.toml task.generic_subject), as
# 项目 and 工程 do: 10个站点…其中3个已开工 are the task's items by stage.  First-run miss inv105-015.
SITES = [
    ("建成乡镇综合文化站标准化提升工程10个", "10个站点已全部完成设计，其中3个已开工建设。", date(2020, 6, 30), "behind"),
    ("新建村级综合服务站30个", "30个站点均已完成选址和设计，其中8个已开工。", date(2020, 8, 31), "behind"),
    # twins: all under way; 站点 as the task's own noun, counted as before
    ("新建村级综合服务站30个", "30个站点均已开工建设，其中12个已完工。", date(2020, 8, 31), "on_track"),
    ("建成农村电商服务站点200个", "已建成站点152个，其余站点正在选址，力争年底前全部建成。", date(2020, 10, 31), "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", SITES, ids=_ids(SITES))
def test_sites_named_generically_are_the_tasks_items(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# A count of a road's layer laid before its surface (路基, 基层: words.toml figure.earlier_step) beside a smaller count
# of its unit after it in the sentence, neither naming the target, is a step: the later layer's count is the length
# done (category B, an earlier step's count beside the result's).  Mends inv78-017 and inv99-009 (the held-out miss of
# statusa's earlier stop, never fitted until now) and test_stages' strict xfail of the same kind.
ROAD_LAYERS = [
    ("年内完成农村公路改造80公里", "已完成路基60公里，其中完成路面铺设42公里。", date(2020, 10, 31), "behind"),
    ("新建改建农村公路100公里", "已完成路基工程95公里，完成路面铺设62公里。", date(2020, 10, 31), "behind"),
    ("完成农村公路提档升级60公里", "已完成路基52公里，路面铺设47公里。", date(2020, 9, 30), "on_track"),
]
# twins: two kinds of road, no layer named; a surface longer than the base (no step order): no length read as done
NOT_ROAD_LAYERS = [
    ("完成农村公路改造100公里", "已完成新建道路30公里，改建道路20公里。", date(2020, 6, 30)),
    ("完成农村公路改造100公里", "已完成路基60公里，路面铺设70公里。", date(2020, 10, 31)),
]


@pytest.mark.parametrize("task,progress,as_of,status", ROAD_LAYERS, ids=_ids(ROAD_LAYERS))
def test_a_roads_surface_beside_its_base_is_the_length_done(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of", NOT_ROAD_LAYERS, ids=_ids(NOT_ROAD_LAYERS))
def test_lengths_not_in_layer_order_are_not_taken_as_the_length_done(task, progress, as_of):
    a = judge(task, progress, as_of)
    assert a.completion_pct is None, (a.rule, a.reason)


# Category C for the rest of several items: items under way beside the done ones hold the count on pace only while
# their works have reached the step the time gone asks for, read on their clause alone as for one project
# (works_late: still at the first step from first_step_late on, in the main works from main_works_late on).  A clause
# naming no step but the start (其余4个已全部开工) tells no step reached and still holds.  Mends inv95-004 and inv77-009.
REST_WORKS_LATE = [
    ("年内建成安置区5个", "已建成安置区3个，其余2个安置区正在进行主体结构施工。", date(2020, 11, 30), "behind"),
    ("新建公办幼儿园6所", "已建成4所，其余2所正在进行基础施工。", date(2020, 10, 31), "behind"),
    ("完成老旧小区改造20个", "已完成改造12个，其余小区正在进行主体施工。", date(2020, 11, 30), "behind"),
    # twins: the same earlier in the year; the rest fitting out; the rest only said to have started
    ("年内建成安置区5个", "已建成安置区3个，其余2个安置区正在进行主体结构施工。", date(2020, 8, 31), "on_track"),
    ("年内建成安置区5个", "已建成安置区3个，其余2个安置区正在进行室内装修。", date(2020, 11, 30), "on_track"),
    ("完成城市更新项目12个", "已完成8个，其余4个已全部开工。", date(2020, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", REST_WORKS_LATE, ids=_ids(REST_WORKS_LATE))
def test_the_rest_under_way_holds_pace_only_at_the_step_the_time_asks_for(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# invented109's first run (engine 66eee0d, the held-out check of statusa's stop, judged once after every rule above):
# 14/16.  Both its misses, once strict xfails here, are mended: items done and under way beside others still settling
# the traders' move (statusb, tests/test_status_items_works_late.py REST_COORDINATING); schools all begun, most still at
# their piles in August, with the start said to be two months late (开工时间较计划推迟: 较计划 a comparison, not a plan;
# statusa, tests/test_status_real_tables.py COMPARED_WITH_THE_PLAN).


# Category E, a share under the pace in words: a share of the task's works' whole written in tenths after 总量的
# (完成…工程总量的三成; words.toml task.whole_noun) is the completion stated, as 工程量的 and 任务的 were, also beside the
# rest under way.  Mends inv81-009 and test_status_rules' strict xfail of invented80/81 of the kind (now here).
SHARE_OF_WHOLE_IN_TENTHS = [
    ("完成城区雨水管网改造工程", "已完成雨水管网改造工程总量的三成，其余路段正在施工。", date(2020, 6, 30), "behind"),
    ("完成城南片区供水管网改造工程", "管网改造完成了工程总量的四成，其余管段正在铺设施工。", date(2020, 9, 30), "behind"),
    ("完成城区雨水管网改造工程", "已完成雨水管网改造工程总量的五成。", date(2020, 6, 30), "on_track"),
    # twin: a share of a larger whole (the city's), not of the task's works
    ("推动工业经济高质量发展", "全区规上工业产值占全市总量的三成，同比增长6.2%。", date(2020, 6, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", SHARE_OF_WHOLE_IN_TENTHS, ids=_ids(SHARE_OF_WHOLE_IN_TENTHS))
def test_a_share_of_the_works_whole_in_tenths_is_the_completion(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
