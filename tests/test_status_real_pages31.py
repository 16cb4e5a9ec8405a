"""Issue 11, pagesa (stop 44): the first run's misses of the real dev rows of bench/labels/status/pages31.json (labels
landed in 4790dd5 before any engine run, first run 18/32 = 0.562): the rules written from them, each with its table of
cases in its own words, and the misses left, as strict xfails by phenomenon.  Every row here is written for this file in
other words, places and figures than the pages'; none is a page's sentence.  A fix makes its case pass and the xfail
fail.  Misses judged right in the other wordings tried (schools built and 正筹备办学 read completed; stages read on pace
where a part was unbegun, the labels' alternative) have no case here (README row of pages31)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


# An office's list of items done, named in quotes with 等N项, said done before the due date (超前完成): each named item is
# done, as with 超额完成 and 提前完成 (words.toml report.items_done).  Not inside a plan, nor an item not named.
ITEMS_DONE_BEFORE_THE_DUE_DATE = [
    (
        (
            "为1800名退役军人提供就业培训",
            "其中“为1800名退役军人提供就业培训”等12项超前完成(于10月底前完成)。",
            date(2021, 12, 31),
        ),
        "completed",
    ),
    (
        ("新建8个社区图书室", "“新建8个社区图书室”“改造3座公厕”等9项已超前完成。", date(2022, 12, 31)),
        "completed",
    ),
    (
        ("改造3座公厕", "“新建8个社区图书室”“改造3座公厕”等9项超前完成,其余按计划推进。", date(2022, 9, 30)),
        "completed",
    ),
]


@pytest.mark.parametrize(
    "given,expected", ITEMS_DONE_BEFORE_THE_DUE_DATE, ids=lambda v: v[1] if isinstance(v, tuple) else v
)
def test_items_done_before_the_due_date(given, expected):
    assert judge(*given).status == expected


def test_items_to_be_done_before_the_due_date_are_not_done():
    # a plan to finish early (力争…超前完成) is no item done
    assert (
        judge("新建8个社区图书室", "“新建8个社区图书室”等9项力争年底前超前完成。", date(2022, 9, 30)).status
        != "completed"
    )


# A list item's own number opening the task ((3)选取…, 2.新建…, 四、…, (二)…) is no part of the counted thing: the count's
# metric is read from the words after the number as it is for the same task with no number, so a reply of the count done
# answers it.
ITEM_NUMBER_OPENING_THE_TASK = [
    (
        (
            "(3)选取8个村试点推进由镇农技站统一管理村级农资服务点工作。",
            "8个试点村农资服务点全部完成建设。",
            date(2019, 12, 31),
        ),
        "completed",
    ),
    (
        (
            "(3)选取8个村试点推进由镇农技站统一管理村级农资服务点工作。",
            "8个试点村农资服务点完成建设5个。",
            date(2019, 12, 31),
        ),
        "behind",
    ),
    (
        (
            "(二)选取10所学校试点推进由教育集团统一管理学校食堂工作。",
            "10所试点学校食堂全部完成建设。",
            date(2020, 12, 31),
        ),
        "completed",
    ),
]


@pytest.mark.parametrize(
    "given,expected", ITEM_NUMBER_OPENING_THE_TASK, ids=lambda v: v[1] if isinstance(v, tuple) else v
)
def test_item_number_opening_the_task(given, expected):
    assert judge(*given).status == expected


# statusa (stop 45): a key-project category's share of its year plan, beside the rate of its projects begun (开工率…%), for
# a task that asks no start: the start rate is no target of the task and no works of it still building, so a share over
# 100 is the year's plan done (status_statements._other_works_short, _START_RATE_ONLY).  Guards: a clause of works still
# building beside the share keeps it on pace; a share under the pace stays behind; a task of starts keeps its start rate.
START_RATE_BESIDE_THE_YEAR_PLAN = [
    (("区重点项目中的城市更新项目,全年计划投资", "城市更新项目完成投资41.2亿元,完成年度计划的103.6%,开工率84.4%。",
      date(2023, 11, 30)), "completed"),
    (("区重点项目中的城市更新项目", "城市更新项目完成投资41.2亿元,完成年度计划的108%,项目开复工率达90%。",
      date(2023, 11, 30)), "completed"),
    # guards
    (("区重点项目中的城市更新项目,全年计划投资", "城市更新项目完成投资41.2亿元,完成年度计划的103.6%,4个项目正在施工。",
      date(2023, 11, 30)), "on_track"),
    (("区重点项目中的城市更新项目,全年计划投资", "城市更新项目完成投资31.2亿元,完成年度计划的78.5%,开工率84.4%。",
      date(2023, 11, 30)), "behind"),
]


@pytest.mark.parametrize(
    "given,expected", START_RATE_BESIDE_THE_YEAR_PLAN, ids=lambda v: v[1] if isinstance(v, tuple) else v
)
def test_start_rate_beside_the_year_plan(given, expected):
    assert judge(*given).status == expected


# statusa (stop 45): a reply whose first sentence only says the item done as a whole (该项目已完成。, 本工程已全部完工。:
# words.toml report.whole_item_subject), then tells how in clauses done or of no stage, with no figure a rule reads
# against a part: the whole done (status_statements._opens_bare_done, WholeStatement).  Guards: a later clause still
# under way or foretold, a figure short of the task's count, a preparation done.
ITEM_SAID_DONE_THEN_HOW = [
    (("创建示范性家庭医生工作室12个。", "该项目已完成。完成城关卫生院等4家中心卫生院和8家一般卫生院的示范性家庭医生工作室创建。",
      date(2025, 6, 30)), "completed"),
    (("建成区智慧停车管理平台", "本项目已完成。平台于4月上线运行,接入泊位5200个。", date(2025, 6, 30)), "completed"),
    # guards
    (("建成区智慧停车管理平台", "该项目已完成。平台预计8月上线运行。", date(2025, 6, 30)), "on_track"),
    (("新建社区议事厅12个。", "该项目已完成。新建社区议事厅8个。", date(2025, 6, 30)), "ahead"),
    (("新建社区议事厅12个。", "该项目已完成前期工作。正在施工。", date(2025, 9, 30)), "behind"),
]


@pytest.mark.parametrize("given,expected", ITEM_SAID_DONE_THEN_HOW, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_item_said_done_then_how(given, expected):
    assert judge(*given).status == expected


# statusa (stop 45): the task's count reached by the reply's first figure, then in another sentence a building's
# completion foretold past the deadline (核定床位…, 计划明年4月竣工): the forecast is of a source of the count, not the
# task's finish — the figures decide (status_statements._count_reached_apart, PaceStatement).  Guards: the count short;
# the forecast in the sentence of the figure; a step of the works (路基) done with the finish foretold.
COUNT_REACHED_THEN_A_BUILDING_FORETOLD = [
    ("新增普惠性托位300个。", "实际新增托位318个。城西托育中心核定托位120个,2023年9月主体完工,计划2024年5月交付。",
     date(2023, 12, 31)),
    ("新建道路12公里", "已建成道路12公里。另有4公里支路计划明年5月竣工。", date(2023, 12, 31)),
]
# guards: the count short; the forecast in the sentence of the figure; a step of the works (路基) done, the finish foretold
COUNT_SHORT_OR_FINISH_FORETOLD = [
    ("新增普惠性托位300个。", "新增托位210个。城西托育中心核定托位120个,计划2024年5月交付。", date(2023, 12, 31)),
    ("新建道路12公里", "已完成12公里路基施工,计划明年5月竣工。", date(2023, 12, 31)),
    ("新建道路12公里", "已完成12公里路基施工。全线计划明年5月竣工。", date(2023, 12, 31)),
]


@pytest.mark.parametrize("given", COUNT_REACHED_THEN_A_BUILDING_FORETOLD, ids=lambda v: f"{v[0]}|{v[1]}")
def test_count_reached_then_a_building_foretold(given):
    assert judge(*given).status == "completed"


@pytest.mark.parametrize("given", COUNT_SHORT_OR_FINISH_FORETOLD, ids=lambda v: f"{v[0]}|{v[1]}")
def test_count_short_or_finish_foretold(given):
    assert judge(*given).status != "completed"


# statusa (stop 45): schools, kindergartens and clinics counted with 间 (southern usage) against a target in 所: an
# institution noun in the few characters after the count, or ending the list before 等, makes the count one in 所
# (progress._institution_counted, words.toml progress.institution_noun).  Guards: rooms (教室, 校舍) counted with 间 stay
# in 间; a count short stays short.
INSTITUTIONS_COUNTED_WITH_JIAN = [
    (("新建6所社区幼儿园", "6间社区幼儿园全部建成并开园。", date(2022, 12, 31)), "completed"),
    (("选取4所学校试点推进由街道统一配送学校午餐工作。", "4间试点学校午餐配送点全部完成建设,超额完成任务。", date(2022, 12, 31)),
     "completed"),
    (("改造提升村卫生室10所", "东岭村卫生室、西岭村卫生室等10间已完成改造。", date(2022, 12, 31)), "completed"),
    # guards
    (("新建6所社区幼儿园", "4间社区幼儿园已建成。", date(2022, 12, 31)), "behind"),
    (("新建6所社区幼儿园", "改造教室24间。", date(2022, 12, 31)), "unclear"),
    (("改造校舍18间", "完成18间校舍改造。", date(2022, 12, 31)), "completed"),
]


@pytest.mark.parametrize(
    "given,expected", INSTITUTIONS_COUNTED_WITH_JIAN, ids=lambda v: v[1] if isinstance(v, tuple) else v
)
def test_institutions_counted_with_jian(given, expected):
    assert judge(*given).status == expected


def miss(given, expected, why):
    return pytest.param(
        given, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=f"{given[0]}|{given[1]}"
    )


KNOWN_MISSES_PAGES31 = [
    miss(
        (
            "五、微改造提升社区公园环境。",
            "编制了《某区社区公园微改造提升工作方案》,选取8个街道的15个社区公园纳入了微改造,微改造项目共60个,"
            "按计划2019年须完成的52个微改造项目已基本完工。",
            date(2019, 12, 31),
        ),
        "behind",
        "the works due this year said 基本完工 at the year's end read seriously behind by the plan's drafting",
    ),
    # (a category's year-plan share over 100 beside a start rate short of 100, read on pace, is mended by statusa:
    # START_RATE_BESIDE_THE_YEAR_PLAN above)
    # (schools counted with 间 against a target in 所, the whole said 超额完成任务, read as partly done at the deadline,
    # is mended by statusa: INSTITUTIONS_COUNTED_WITH_JIAN above; the page's own row, its schools named before 等6间
    # 试点以及拓展的…, is still read behind)
    miss(
        (
            "城镇居民人均可支配收入,全年预期增速:与经济增长同步",
            "上半年绝对值:31250元;上半年增速:6.2%",
            date(2019, 6, 30),
        ),
        "on_track",
        "an income growth against a target of 与经济增长同步 (no figure) read unclear",
    ),
    # (a half-year share of a year plan said with 预计完成, once read unclear, is mended by statusc at stop 62:
    # ESTIMATE_NAMING_NO_PERIOD below)
    # (the item said done, then two parts summing to the target under other names, read on pace, is mended by statusa:
    # ITEM_SAID_DONE_THEN_HOW above)
    # (the count exceeded, then another building's future completion date, read behind, is mended by statusa:
    # COUNT_REACHED_THEN_A_BUILDING_FORETOLD above)
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_PAGES31)
def test_known_misses_pages31(given, expected):
    assert judge(*given).status == expected


# Once a strict xfail of KNOWN_MISSES_PAGES31 ("a half-year share of a year plan said with 预计完成 read unclear"),
# mended by statusc at stop 62 (rules/building._unnamed_estimate: an estimate naming no period, giving a share of the
# year's plan, at a month's last day is the year so far, rule question 29) — a normal case now.
ESTIMATE_NAMING_NO_PERIOD = [
    (("服务贸易出口额年计划", "服务贸易出口额预计完成1.9亿美元,完成年计划66%。", date(2021, 6, 30)), "ahead"),
]


@pytest.mark.parametrize("given,expected", ESTIMATE_NAMING_NO_PERIOD, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_estimate_naming_no_period_pages31(given, expected):
    assert judge(*given).status == expected
