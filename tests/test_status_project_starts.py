"""Issue 11, statusy: counts of project starts read from the task.  Key-project progress pages count the projects newly
begun against the year's list; these rules read those counts as such.  Every row here is written for this file; none is
a page's sentence or a scored row.

* A count before the year's plan it belongs to (words.toml figure.year_plan_after): 60个年度计划新开工项目 is sixty
  projects, not sixty years — 年度 opens the counted thing's name after a count's unit (indicators._excluded);
  连续3个年度 stays years (below, YEAR_PLAN_COUNT).
* The planned items named, then said begun (words.toml progress.plan_done_mark, progress.plan_done_verb): in
  年度计划新开工项目已开工36个 or 年度计划新开项目实际开工60个 the figure is the plan's work done, not a plan
  (progress._PLAN_THEN_DONE, rules/forecasts._PLANNED_NOUN_DONE); 计划新开工项目25个 or 预计开工25个 stays a plan
  (below, PLAN_THEN_DONE).  新开项目 (the projects newly begun) is a start target (judging.toml words.start_verb): a
  count of them is met by the starts.
* Examples closed before a count (words.toml target.examples_close): in 推进甲路、乙路等12条道路建设 the count is of the
  noun after it (道路建设), not of the examples; so in a reply (甲园、丙园等5个项目已开工) (below, EXAMPLES_CLOSED).
* Projects carried over are no new starts (words.toml status.new_start_target, status.carried_over_items): beside a
  count of new starts short of the pace, 35个在建项目加快推进 are other projects, not the rest of the new starts going on;
  the rest of the starts themselves under way (其余项目正在进场施工) still holds the pace (below, CARRIED_OVER).
* A stated share of money beside a count (words.toml status.share_money_measure; rules/status_statements.StatedRate):
  占年度计划投资的55% against 新开工项目36宗, which names no money, with 已开工6宗 in the reply — the count of starts
  answers the task, not the investment's share; with no count, or a task naming its investment, the share still
  speaks (below, MONEY_SHARE_BESIDE_COUNT).
* Every item begun beside a done share short of the pace (words.toml status.all_started): 已完成15件,完成率37.5%;
  40件实事均已开工 in October — the rest under way holds the pace (the labels' rule question 4); at the deadline, or for a
  measure of the works (公里), it does not (below, ALL_BEGUN).
* Starts promised for a month (assess._MONTH_DEADLINE; words.toml time.period_result_verb with 开复工, 复工): a month
  with 份 right before a result verb (承诺5月份开复工24项) is the task's deadline, its month's end; projects not yet
  begun again (未开复工: stage.not_started, not_yet.not_begun) are no starts, so 18 of 24 at the month's end is behind
  (below, MONTH_OF_STARTS).
* A breakdown in brackets (rules/task_parts._bracketed_split): figures in brackets right after a figure of their unit
  that add up to it (开复工项目40项(续建31项,新建9项)) are its split, no parts of their own, nor their clauses; figures
  that do not add up, or outside brackets, stay parts (below, BRACKETED_BREAKDOWN).
* A part of a planned whole (words.toml progress.whole_part_mark; progress._part_of_planned_whole): in
  40个拟建项目中已有15个开工 or 40个争取开工项目中15个项目已经开工 the plan word (拟, 争取, 计划) names the whole before 中,
  and the count after 中, said begun or done (已 after 中 or after the count), is work done, not a plan; a count after 中
  with no 已 (预计40个项目中30个年内开工) stays a plan (pagesx, from pages10's miss; below, PART_OF_PLANNED_WHOLE).
* A count joined to a start's count (rules/task_parts._joined_start): in 新开工改造老旧小区30个、涉及居民5000户 or
  新开工改造老旧小区30个、5000户 the second count, with no verb of its own, counts what the same start covers, so the
  households begun answer it as the estates begun answer the first (a bare second count also takes the start's name:
  pagesfix's _second_measure).  A second count with its own verb (、建成5000户) or after a comma stays a finish (pagesx, from pages24's
  misses; below, JOINED_START).
* A figure matching several count parts alike answers the one its step fits (rules/assigning._step_fits): a count
  begun (6个项目已开工建设) the part asking a start (力促18个项目新开工), not the programme's whole before it
  (推进120个区级重点项目建设); a count finished (6个项目已竣工) the part asking a finish (推动10个项目竣工), not the starts
  before it.  A figure with one part only still answers it (pagesx, from pages5's and pages12's misses; below,
  STEP_FITS).
"""

from datetime import date

import pytest

from luoshi.engine.indicators import parse
from luoshi.engine.progress import parse_row
from tests.status_judge import judge

pytestmark = pytest.mark.engine

APR, JUN, OCT, DEC = date(2021, 4, 30), date(2021, 6, 30), date(2021, 10, 31), date(2021, 12, 31)   # 32.9, 49.6, 83.3, 100

YEAR_PLAN_COUNT = [
    ("60个年度计划新开工项目", [("年度计划新开工项目", 60.0, "个")]),
    ("完成35项年度重点任务", [("年度重点任务", 35.0, "项")]),
    ("推进12个年度续建项目建设", [("年度续建项目建设", 12.0, "个")]),
    # guards: years, not a count of the plan's items
    ("连续3个年度考核优秀", []),
    ("近5个年度平均增长", []),
]


@pytest.mark.parametrize("text,expected", YEAR_PLAN_COUNT, ids=[r[0] for r in YEAR_PLAN_COUNT])
def test_year_plan_count(text, expected):
    assert [(i.metric, i.value, i.unit) for i in parse(text)[0]] == expected


PLAN_THEN_DONE = [
    ("48个年度计划新开工项目", "48个年度计划新开工项目已开工36个", JUN, "ahead"),
    ("150个年度计划新开项目", "年度计划新开项目实际开工60个", JUN, "behind"),
    ("150个年度计划新开项目", "年度计划新开项目实际开工120个", JUN, "ahead"),
    ("40个年度计划新开工项目", "年度计划新开工项目已开工8个", JUN, "seriously_behind"),
    # guards: the plan itself, or a forecast, is no work done
    ("计划新开工项目30个", "计划新开工项目25个", JUN, "unclear"),
    ("年度计划新开工项目30个", "年度计划新开工项目预计开工25个", JUN, "unclear"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", PLAN_THEN_DONE, ids=[r[1] for r in PLAN_THEN_DONE])
def test_plan_then_done(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


EXAMPLES_CLOSED = [
    ("推进甲路、乙路等12条道路建设", [("道路建设", 12.0, "条")]),
    ("实施东区、西区等8个项目开工", [("项目开工", 8.0, "个")]),
    # guards: 等 before another noun, or a word ending in 等, is no list of examples closed before the count
    ("引进A、B等企业10家", [("引进A、B等企业", 10.0, "家")]),
    ("建设高等5所", [("建设高等", 5.0, "所")]),
]


@pytest.mark.parametrize("text,expected", EXAMPLES_CLOSED, ids=[r[0] for r in EXAMPLES_CLOSED])
def test_examples_closed(text, expected):
    assert [(i.metric, i.value, i.unit) for i in parse(text)[0]] == expected


CARRIED_OVER = [
    ("力促甲园、乙园等16个项目新开工;推进35个在建项目建设", "甲园、丙园等5个项目已开工,35个在建项目加快推进。", JUN, "behind"),
    ("新开工项目16个", "已开工5个,续建项目12个加快建设", JUN, "behind"),
    # guards: the rest of the starts themselves under way holds the pace; a target of works done is no count of starts
    ("力促甲园、乙园等16个项目新开工", "甲园、丙园等5个项目已开工,其余项目正在进场施工。", JUN, "on_track"),
    ("新开工项目16个", "已开工5个,其余11个正在施工", JUN, "on_track"),
    ("完成20个项目建设", "已完成7个,40个在建项目有序施工", JUN, "on_track"),
    # guard: examples before a count whose clause goes on to another figure (…等3个项目新增车位210个) leave that figure
    # its own noun — the 3 projects are no spaces
    ("新增停车位600个", "建成停车楼等3个项目新增停车位210个。", JUN, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CARRIED_OVER, ids=[r[1] for r in CARRIED_OVER])
def test_carried_over(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


MONEY_SHARE_BESIDE_COUNT = [
    ("新开工项目36宗", "新开工项目36宗,已开工6宗,完成投资12亿元,占年度计划投资的55%。", APR, "behind"),
    ("新开工项目36个", "已开工20个,完成年度计划投资的30%", APR, "ahead"),
    # guards: no count beside the share; a task naming its investment; a task that is no count
    ("新开工项目36个", "完成年度计划投资的55%", APR, "ahead"),
    ("新开工项目36个,年度计划投资50亿元", "已开工6个,完成年度计划投资的55%", APR, "behind"),
    ("实施重点项目30个", "完成投资12亿元,占年度计划投资的55%", APR, "ahead"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", MONEY_SHARE_BESIDE_COUNT,
                         ids=[r[1] for r in MONEY_SHARE_BESIDE_COUNT])
def test_money_share_beside_count(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


ALL_BEGUN = [
    ("办好40件为民实事", "已完成15件,完成率37.5%;40件实事均已开工", OCT, "on_track"),
    ("办好40件为民实事", "40件实事已办结15件,办结率37.5%;其余事项开工率达100%", OCT, "on_track"),
    # guards: at the deadline; nothing said begun; a measure of the works late in the year
    ("办好40件为民实事", "已完成15件,完成率37.5%;40件实事均已开工", DEC, "seriously_behind"),
    ("办好40件为民实事", "已完成15件,完成率37.5%", OCT, "seriously_behind"),
    ("新建道路12公里", "已完成5公里,完成率42%,项目已全部开工", OCT, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", ALL_BEGUN, ids=[f"{r[1]}|{r[2]}" for r in ALL_BEGUN])
def test_all_begun(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


MAY = date(2021, 5, 31)

MONTH_OF_STARTS = [
    ("承诺5月份开复工24项", "已开复工18项,未开复工6项", MAY, "behind"),
    ("承诺5月份开复工24项", "已开复工24项", MAY, "completed"),
    ("各镇5月份复工项目24个", "已复工20个", MAY, "behind"),
    ("全年新开工项目24个", "已开工10个,未开复工4个", MAY, "on_track"),
    # guards: before the month the pace runs to its end; a month with 份 and no result verb after it is no deadline
    ("承诺5月份开复工24项", "已开复工18项,未开复工6项", date(2021, 3, 31), "ahead"),
    ("全年新开工项目24个,5月份以来加快推进", "已开工10个", MAY, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", MONTH_OF_STARTS, ids=[f"{r[0]}|{r[1]}|{r[2]}" for r in MONTH_OF_STARTS])
def test_month_of_starts(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


BRACKETED_BREAKDOWN = [
    ("开复工项目40项(续建31项,新建9项)", 1),
    ("新建学校5所(其中小学3所、初中2所)", 1),
    # guards: a split that does not add up; figures beside, not in brackets
    ("开复工项目40项(续建31项,新建8项)", 3),
    ("新建学校5所,改造校舍3所", 2),
]


@pytest.mark.parametrize("text,parts", BRACKETED_BREAKDOWN, ids=[r[0] for r in BRACKETED_BREAKDOWN])
def test_bracketed_breakdown(text, parts):
    from luoshi.engine.rules.task_parts import task_parts

    assert len(task_parts(text, parse(text)[0])) == parts


PART_OF_PLANNED_WHOLE = [
    ("争取开工项目40个", "40个争取开工项目中18个项目已经开工,其余正在办理前期手续。", APR, "ahead"),
    ("新开工项目40个", "40个拟开工项目中已开工12个。", JUN, "behind"),
    ("新开工项目40个", "40个计划新开工项目中已有26个开工。", JUN, "ahead"),
    ("新开工项目40个", "40个计划新开工项目中20个已开工,20个正在办理施工许可。", JUN, "on_track"),
    # (tests/test_status_real_pages10.py's strict xfail for this miss in other words, now read right)
    ("40个力争开工项目", "40个力争开工项目中18个已经开工,22个正在办理前期手续。", date(2016, 4, 30), "ahead"),
    # guards: a count after 中 with no 已 is still what is planned or forecast
    ("新开工项目40个", "预计40个项目中30个将于年内开工。", JUN, "not_started"),
    ("新开工项目40个", "计划40个项目中今年开工30个。", JUN, "unclear"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", PART_OF_PLANNED_WHOLE,
                         ids=[r[1] for r in PART_OF_PLANNED_WHOLE])
def test_part_of_planned_whole(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


JULY = date(2021, 7, 31)     # 58.1

JOINED_START = [
    ("计划新开工改造老旧小区40个、涉及居民6000户", "已开工改造31个、惠及居民4700户", JULY, "ahead"),
    ("新开工改造老旧小区40个、6000户", "已开工改造31个、4700户", JULY, "ahead"),
    ("新开工改造老旧小区40个、涉及居民6000户", "已开工改造31个、惠及居民2500户", JULY, "behind"),
    # guards: a second count with its own verb, or apart by a comma, is still a finish the starts do not answer
    ("新开工改造老旧小区40个、建成6000户", "已开工改造31个、已建成2500户", JULY, "behind"),
    ("新开工改造老旧小区40个,惠及居民6000户", "已开工改造31个,已开工4700户", JULY, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", JOINED_START, ids=[r[0] + "|" + r[1] for r in JOINED_START])
def test_joined_start(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


def test_joined_start_parts():
    from luoshi.engine.rules.task_parts import task_parts

    for text, required in (("新开工改造老旧小区40个、涉及居民6000户", ["underway", "underway"]),
                           ("新开工改造老旧小区40个、建成6000户", ["underway", "done"]),
                           ("新开工改造老旧小区40个,惠及居民6000户", ["underway", "done"])):
        assert [p.required for p in task_parts(text, parse(text)[0])] == required


STEP_FITS = [
    ("扎实推进120个区级重点项目建设,力促18个项目新开工,推动10个项目竣工", "东湖片、南站等6个项目已开工建设,30个在建项目有序施工。",
     JUN, "behind"),
    ("推进120个重点项目建设,力促18个项目新开工", "东湖片、南站等4个项目已开工建设。", JUN, "seriously_behind"),
    ("力促18个项目新开工,推动10个项目竣工", "6个项目已竣工投用。", JUN, "on_track"),
    # guard: a figure of a step no part asks still answers the part it matches
    ("推进120个重点项目建设,推动10个项目竣工", "6个项目已开工建设。", JUN, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", STEP_FITS, ids=[r[0] + "|" + r[1] for r in STEP_FITS])
def test_step_fits(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


def test_step_fits_assigns_the_start_and_the_finish():
    from luoshi.engine.rules.assigning import _assign
    from luoshi.engine.rules.building import build_case

    task = "力促18个项目新开工,推动10个项目竣工"
    case = build_case(parse_row("东湖片等12个项目已开工建设,南站等6个项目已竣工。", task=task), task, parse(task)[0], 49.6, JUN)
    got = {case.parts[i].indicator.value: [f.fact.value for f in fs] for i, fs in _assign(case).items()}
    assert got == {18.0: [12.0], 10.0: [6.0]}

