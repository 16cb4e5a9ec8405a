"""A task of several items or a quantity to be finished, with nothing of it reported done, whose most advanced works
anywhere in the report are short of the step the time gone asks for (statusb, issue 11: the stage ladder, cause C of
the pooled first runs' behind read as on pace), as a table of (task, progress, as of) → verdict.  Every row is
invented for this file, none copied from a labelled set.

One project to be finished was already judged on the ladder (rules.works.works_late: only begun from
first_step_late, 74% of its time, on; the main works just begun likewise; the main works still going on from
main_works_late); an item of several given its own sentence too (_item_works_late).  A task of many items or of a
length or area was not: builders just entered at 30 September, a first batch at its foundations, buildings at
their first floor were "under way, on pace" though none of it can be finished in the quarter left.  Now the whole
report's most advanced step is read the same way (rules.works._all_items_works_late) — not beside items done (the
figure judges them), not when a sentence opened by the items' count is about every one of them (the task's own
stage), never for a start target, never before first_step_late."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN, AUG, SEP, OCT = date(2020, 6, 30), date(2020, 8, 31), date(2020, 9, 30), date(2020, 10, 31)


# Each was read as under way on pace before.
MENDED = [
    ("年内新建城区公共自行车停放点60个", "停放设施采购已完成，第一批20个进场安装中。", SEP),
    ("建成人才公寓200套", "桩基已全部完成，A栋施工至一层，B栋正在基础施工。", SEP),
    ("完成城区雨水管网改造45公里", "施工队伍已于9月上旬进场，正在开挖沟槽，尚无完工路段。", SEP),
    ("新建农村污水处理站12座", "设备采购招标已完成，首批4座站点正在进行基础施工。", OCT),
    ("完成高标准农田建设2万亩", "项目8月完成招标，施工单位9月陆续进场，目前尚无完工地块。", SEP),
    ("建成保障性租赁住房300套", "1号楼施工至首层，2号楼正在进行基础施工。", SEP),
    ("年内完成灌区节水配套改造1.8万亩", "工程6月完成招标，施工队伍9月上旬陆续进场，暂无完工片区。", SEP),
    # 土建基础施工: the foundations of the civil works, the first step (not 土建, the main works, before it)
    ("新建乡镇垃圾中转站10座", "设备招标已完成，首批3座正在进行土建基础施工。", OCT),
]

# 尚无完工路段 / 暂无完工片区 says none of it is finished (words.toml not_yet.none_yet): the work under way, as
# 尚未完工 is — before, 完工 in it was read as the works' finishing step reached and the clause as work done.
NONE_YET = [
    ("尚无完工路段", "underway"),
    ("目前暂无建成项目", "underway"),
    ("已有3个路段完工", "done"),
]


@pytest.mark.parametrize("clause,stage", NONE_YET, ids=[r[0] for r in NONE_YET])
def test_none_finished_yet_is_under_way(clause, stage):
    from luoshi.engine.rules.clauses import clause_stage
    assert clause_stage(clause) == stage

# Must not change: a stage of the works far enough on, before first_step_late, a start target, items done beside
# the rest beginning, a sentence opened by the items' count about all of them, the finishing step reached by some.
GUARDS = [
    ("完成城区雨水管网改造45公里", "施工队伍已进场，正在开挖沟槽。", JUN, "on_track"),
    ("新建农村污水处理站12座", "首批4座站点已进入设备安装调试，其余正在进行基础施工。", SEP, "on_track"),
    ("开工建设农村污水处理站12座", "已有9座站点进场施工，正在进行基础开挖。", SEP, "on_track"),
    ("实施城中村改造3个", "3个项目征迁工作均已完成,正在进行拆除清零。", SEP, "on_track"),
    ("建成保障性租赁住房300套", "1号、2号楼主体结构施工已完成70%。", SEP, "on_track"),
    ("完成高标准农田建设2万亩", "项目施工单位已进场，正在进行土地平整。", AUG, "on_track"),
    ("建成区全民健身中心", "土建工程已进入主体结构施工阶段。", SEP, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of", MENDED, ids=[r[1] for r in MENDED])
def test_works_short_of_the_step_the_time_asks_for_on_every_item_are_behind(task, progress, as_of):
    a = judge(task, progress, as_of)
    assert a.status == "behind", (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,expected", GUARDS, ids=[r[1] for r in GUARDS])
def test_guards(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


# Items still coordinating (尚在协调经营户安置, 仍在协调: judging.toml words.preparing) are no work under way beside the
# items done: they do not hold a short count on pace as the rest under way does (statusb, from the pooled first runs).
REST_COORDINATING = [
    ("完成农贸市场提升改造9个", "已完成改造4个，另有2个正在施工，3个尚在协调商户搬迁。", AUG, "behind"),
    ("完成社区菜市场提升改造10个", "已完成提升改造4个，另有4个正在施工，2个仍在协调商户搬迁。", AUG, "behind"),
    ("完成农贸市场提升改造9个", "已完成改造6个，其余3个正在施工。", AUG, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", REST_COORDINATING, ids=[r[1] for r in REST_COORDINATING])
def test_items_still_coordinating_are_not_under_way(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


# Items only designed with their start dated to a part of the year not over yet and no 已 (下半年集中开工 at 30
# September: words.toml time.later_in_year, or a later month) are still preparing — the start is to come, not work
# under way (rules.building._start_to_come; statusb, from the pooled first runs).
START_TO_COME = [
    ("新建社区游园6个", "6个游园均已完成设计，下半年集中开工。", SEP, "behind"),
    ("新建社区游园6个", "6个游园均已完成设计，11月开工。", OCT, "behind"),
    # guards: the start already made, or dated to a month gone by
    ("新建社区游园6个", "6个游园均已完成设计，已于下半年陆续开工。", SEP, "on_track"),
    ("新建社区游园6个", "6个游园均已完成设计，8月开工。", SEP, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", START_TO_COME, ids=[r[1] for r in START_TO_COME])
def test_a_start_dated_later_in_the_year_is_still_to_come(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)
