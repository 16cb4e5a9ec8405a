"""Issue 11, statusa (stop 54): three ways real progress pages are written that the engine misread on pages44's first
run (bench/labels/status/pages44.json, real rows of a district, three counties, a county-level city and a city in 浙江),
each a rule for how such pages are written, tested on sentences written here in other words.

* A share of a period's own plan (完成1-5月投资计划的120%, 完成上半年计划的118%) beside a share of the year's plan is that
  period's schedule, which investment plans load onto the year's second half: the year's share is read
  (progress._period_plan_shares_beside_year); alone it stands.
* Approvals won (完成…专题批复) are preparation (words.toml stage.preparatory_object), and builders on site getting ready
  (施工单位已进场做好施工准备) have not begun the works (words.toml underway.on_site_not, rules/clauses.py): a start
  target past mid-year with only these is behind, not done.
* A works' bonds applied for (申报政府专项债) are its funding, not its works (judging.toml words.preparing, words.toml
  stage.preparing): preparation for a start target.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    # a period's own plan beside the year's: the year's share decides
    (
        "全年计划完成重点项目投资60亿元。",
        "1-5月完成投资10.2亿元，完成1-5月计划的126%，完成年度计划的17%。",
        date(2024, 5, 31),
        "seriously_behind",
    ),
    (
        "全年计划完成重点项目投资60亿元。",
        "上半年完成投资26.4亿元，完成上半年计划的118%，完成年度计划的44%。",
        date(2024, 6, 30),
        "behind",
    ),
    (
        "全年计划完成交通投资20亿元。",
        "1-8月完成投资14亿元，完成1-8月投资计划的105%，完成全年计划的70%。",
        date(2024, 8, 31),
        "on_track",
    ),
    # a period's plan alone stands (the only figure there is)
    (
        "上半年完成投资8亿元。",
        "上半年完成投资9.4亿元，完成上半年计划的117.5%。",
        date(2024, 6, 30),
        "completed",
    ),
    # approvals won and builders getting ready on site: a start target still at preparation past mid-year
    (
        "开工建设江北污水泵站。",
        "已完成环评、水保等专题批复，施工单位已进场做好施工准备。",
        date(2024, 7, 31),
        "behind",
    ),
    ("开工建设城西互通立交。", "完成初步设计及交通专题批复。", date(2024, 8, 31), "behind"),
    ("开工建设滨河路跨线桥。", "施工单位已进场开展施工准备工作。", date(2024, 9, 30), "behind"),
    # builders on site and at work: begun
    ("开工建设滨河路跨线桥。", "施工单位已进场施工，正在进行桩基作业。", date(2024, 9, 30), "completed"),
    # a plan approved (经…批复) is the task's own paper done, no approval for works to come
    ("完成城东片区详细规划修编。", "规划修编工作已完成并经市政府批复。", date(2024, 6, 30), "completed"),
    # bonds applied for beside design: preparation
    ("开工建设东环快速路二期。", "已完成施工图设计，项目已申报政府专项债。", date(2024, 7, 31), "behind"),
    # mended (statusf, stop 55): a listing target answered by inclusion in a draft plan (已纳入…规划初稿) is pending, on
    # pace — a draft (初稿, 草案, 送审稿) is preparation, as 征求意见稿 was (judging.toml words.preparing)
    (
        "争取城际铁路支线列入省“十五五”铁路规划。",
        "经多次汇报对接，已纳入省铁路“十五五”规划初稿备选项目。",
        date(2025, 6, 30),
        "on_track",
    ),
    # mended (statusf, stop 55): a total investment target whose task names one of its projects — the project's running
    # total is a part, the period's figure naming the target's measure the whole (rules/judging._named_running_totals)
    (
        "加快推进北环高架、滨江大道等一批重点交通工程建设,力争全年完成交通投资50亿元以上",
        "滨江大道累计完成年度投资2.1亿元,形象进度至40%;1-5月完成交通有效投资19.5亿元。",
        date(2025, 6, 30),
        "behind",
    ),
]


@pytest.mark.parametrize(
    "task,progress,as_of,expected", CASES, ids=[f"{c[0][:8]}|{c[1][:10]}" for c in CASES]
)
def test_statusa54(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# Left (pages44's first run), in other words.
KNOWN_MISSES = [
    # a task the page calls gradual (逐步打通…2条) answered at the year's end by each road's own share of its works: the
    # label reads a gradual aim under way (on_track, its alternative behind); the engine takes the lowest share as the
    # task's pace
    (
        "逐步贯通山区旅游环线2条。",
        "甲段路基施工，形象进度35%；乙段桥梁下部结构施工，形象进度50%。",
        date(2024, 12, 31),
        "on_track",
    ),
    # a workload target (完成工程量30%) answered by the unit's year investment (年度任务目标…亿元, 完成…亿元): the label
    # reads the year's task done (its alternative unclear); the engine finds no comparable figure
    (
        "东西大道改建完成工程量40%。",
        "年度任务目标6亿元，累计完成投资7.2亿元。",
        date(2024, 12, 31),
        "completed",
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES)
@pytest.mark.xfail(
    strict=True,
    reason="pages44's first-run misses left (statusa, stop 54): see the list's comments; not now (statusd and statusf, "
    "stop 55; statusa, stop 56) — each stands for one real row (pg44-… of pages44) and neither recurs among the other "
    "dev errors (bench/status.py --rows at stop 56): a gradual aim (逐步…) read at the year's end by each road's share, "
    "where the label's own alt (behind) is the engine's reading; a workload share (完成工程量40%) answered by the year's "
    "investment, another measure that rule question 23 lets answer only its own part",
)
def test_statusa54_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
