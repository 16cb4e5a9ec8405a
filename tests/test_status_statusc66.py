"""Statusc's rules of stop 66 (issue 11): the misses of the real published dev rows (bench/labels/status/pages*.json of
the dev split) grouped by the way of writing, the general groups mended, each with a table of examples in other words
and near-miss guards.  Sentences invented in the manner of progress pages and supervision replies, no label row quoted.

Mended: (1) a lag said beside nothing begun once the deadline has passed, where the reply also writes the plan it
missed with the plan's verb in a clause after its date (原计划于11月底前，实现道路贯通: rules/building._plan_predicate,
words.toml forecast.date_close, forecast.date_close_done) or closes on the unit's aim of pushing the work on
(正在协调有关部门加快推进项目建设: progress.pushed_aim_clause, words.toml stage.pushed_through, stage.pushed_lead,
stage.pushed_work — the rest pushed on by the unit itself stays the rest going on), or names
the cause of the delay (受管线迁改影响) or the slowness itself (工作推进缓慢): none of these is a stage of the work, so the
task is missed outright (README rule question 19: seriously behind; rules/status_statements._not_begun_beside_plans);
(2) a cell written in sections whose first is a period's target (8月份目标：…, 二季度目标：…, 7月工作计划：…) up to the
next section's label (进展情况：, 完成情况：): every clause of the target's section restates the target, no work done
(rules/forecasts.target_sections, _TARGET_LABEL with a month before it); a section of the target is no forecast of the
works either (rules/guarding.WorksForecast).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

_MAY31, _JUN30, _AUG31, _SEP30, _OCT31, _DEC31 = (
    date(2025, 5, 31),
    date(2025, 6, 30),
    date(2025, 8, 31),
    date(2025, 9, 30),
    date(2025, 10, 31),
    date(2025, 12, 31),
)


def _ids(rows):
    return [f"{t}|{p}|{d}" for t, p, d, *_ in rows]


# (1) nothing begun at the deadline, beside the plan it missed, the unit's aim or the cause of the delay
NOTHING_BEGUN_BESIDE = [
    ("打通滨江路与某某大道连接线", "原计划于11月底前,实现道路贯通。受管线迁改影响,工程进展不理想,项目尚未动工。", _DEC31,
     "seriously_behind"),
    ("打通滨江路与某某大道连接线", "原定计划是10月底前,完成全线贯通。受征地影响,工作推进缓慢,项目还未开工。", _DEC31,
     "seriously_behind"),
    ("新建某某镇文化站", "受用地影响,项目尚未开工建设,目前正在抓紧协调有关部门加快推进项目建设。", _DEC31, "seriously_behind"),
    ("新建某某镇文化站", "工作进展缓慢,项目尚未开工建设,目前正在抓紧协调有关部门加快推进项目建设。", _DEC31,
     "seriously_behind"),
    # before the deadline the same words are a lag or nothing begun yet, never missed outright
    ("打通滨江路与某某大道连接线", "原计划于11月底前,实现道路贯通。受管线迁改影响,工程进展不理想,项目尚未动工。", _SEP30,
     "behind"),
    ("新建某某镇文化站", "受用地影响,项目尚未开工建设,目前正在抓紧协调有关部门加快推进项目建设。", _JUN30, "not_started"),
]

NOTHING_BEGUN_GUARDS = [
    # the plan said fulfilled in the clause after its date: no plan, the work done
    ("打通滨江路与某某大道连接线", "原计划于9月底前,现已提前实现道路贯通。", _SEP30, "on_track"),
    # a named step of the works being pushed on is a stage reached: begun, not missed outright
    ("新建某某镇文化站", "主体尚未开工,正在加快推进桩基施工。", _JUN30, "behind"),
    # the works begun, pushed on: under way
    ("新建某某镇文化站", "项目已开工,正在加快推进项目建设。", _JUN30, "on_track"),
    # one part not begun beside another building: begun
    ("新建某某镇文化站", "一期工程尚未开工,二期正在建设。", _JUN30, "behind"),
    # the rest pushed on by the unit itself (no one else brought to act) is the rest going on, not an aim
    ("新建社区养老服务站5个", "部分站点尚未开工,其余站点正在加快推进建设。", _JUN30, "behind"),
    ("新建社区养老服务站5个", "甲站点尚未开工,乙站点正在加快推进建设。", _JUN30, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,status", NOTHING_BEGUN_BESIDE + NOTHING_BEGUN_GUARDS,
                         ids=_ids(NOTHING_BEGUN_BESIDE + NOTHING_BEGUN_GUARDS))
def test_nothing_begun_beside_a_missed_plan_an_aim_or_a_cause(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# (2) a period's target written as the first section of a cell, up to the next section's label
TARGET_SECTION = [
    # the month's target (an installation count) is no work done: only the purchase is under way past two-thirds of
    # the year — preparation, behind
    ("为5000户独居老人安装智能烟感报警器", "9月份目标:完成设备采购,力争下旬进场,安装800户。 进展情况:正在办理政府采购手续。",
     _SEP30, "behind"),
    ("为5000户独居老人安装智能烟感报警器", "9月份目标:完成设备采购。进场安装800户。 进展情况:正在办理政府采购手续。",
     _SEP30, "behind"),
    # the month's count in its own target section is not added to the running count
    ("开展社区义诊活动40场", "5月份目标:开展义诊8场。联合医院开展义诊12场。 进展情况:累计开展义诊13场。", _MAY31, "behind"),
    # the period's target naming the works is no forecast holding a completion back
    ("新增普惠托位600个", "10月份目标:完成设备安装。 进展情况:已完成全年目标任务。", _OCT31, "completed"),
]

TARGET_SECTION_GUARDS = [
    # with no section's label after it, only the labelled clause restates the target: the fact after it stands
    ("新增普惠托位600个", "9月份目标:新增托位100个。已新增托位420个。", _SEP30, "on_track"),
    ("新增普惠托位600个", "年度目标:新增托位600个,已新增托位420个。", _SEP30, "on_track"),
    # the progress section's own figure decides
    ("开展社区义诊活动40场", "二季度目标:开展义诊12场。 进展情况:累计开展义诊22场。", _JUN30, "ahead"),
    ("完成老旧小区改造20个", "8月份目标:完工6个。 进展情况:已完工9个,其余正在施工。", _AUG31, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", TARGET_SECTION + TARGET_SECTION_GUARDS,
                         ids=_ids(TARGET_SECTION + TARGET_SECTION_GUARDS))
def test_a_periods_target_section(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# Known misses of the real dev rows left unmended this stop, in other words (strict: a fix must move them to a table
# above).  Each is a phenomenon of a real page, written again here; the engine's answer today is in the reason.
KNOWN_MISSES = [
    # one of two works asked to start within the year still at its feasibility study at mid-year, the other begun:
    # that one is behind (rule question 4, preparation past mid-year), the worst decides — read completed today (the
    # list's number before the first item taken for a count)
    ("统筹增加学位:甲路配套学校、乙村配套小学今年内动工。",
     "1.甲路配套学校:已取得施工许可,已启动桩基础施工。2.乙村配套小学:正在编制可行性研究报告。", _JUN30, "behind"),
    # a part to carry out a river's works (实施…综合整治) still at its budget review past two-thirds of the year beside two
    # sluices building: that part behind (rule question 28) — read on pace today, the part not taken from 实施
    ("完成东闸、西闸重建;实施某某河综合整治,包括步道建设、驳岸新建。",
     "东闸已完成全部工程量的70%,西闸已完成全部工程量的90%。某某河综合整治目前正在财政概算审核。", _SEP30, "behind"),
    # a list's starts over the half-year's own plan of starts and near the whole list at mid-year: ahead (the page's
    # plan of the period exceeded) — read on pace by stage today
    ("2025年全市列入省级重点项目320个", "1-6月计划开复工项目300个,实际开复工项目310个,开复工率103%。", _JUN30, "ahead"),
]


@pytest.mark.xfail(strict=True, reason="known misses of the real dev rows, not mended at stop 66 (statusc)")
@pytest.mark.parametrize("task,progress,as_of,status", KNOWN_MISSES, ids=_ids(KNOWN_MISSES))
def test_known_misses(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status
