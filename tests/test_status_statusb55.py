"""Issue 11, statusb (stop 55): how district quarter pages say a step finished on every item while the task goes on,
and a count met with more of the same work to come — in other words than any label.

An assessment or a diagnosis of the items before their works (已完成…户房屋安全鉴定, 已完成…家企业的节能诊断) is a
preparatory step (words.toml stage.preparatory_object, judging.toml words.preparing: 鉴定, 诊断): the rest at that
step is not done, and a count of it is no work done.

A count only prepared, then figures of its unit in the same sentence all at or past the works that add up to it
(已完成10座桥梁的检测设计，…4座完成加固，其余6座正在施工) is the same items at an earlier step: the whole they count in,
not items left at preparation (rules/building.py _PAST_PREPARING).  A count only prepared, then a clause with no figure
saying every item has begun (全部启动实施, 均已开工: words.toml status.all_items_begun) is under way.

A clause of work going on after an intention (下步将继续做好申报辅导, 下半年将持续开展入库培育: words.toml
intention.go_on) speaks of the work to come: its words of waiting are not what the figure's items still await, so a
count over its target beside it is completed (rules/roles._without_others)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN = date(2025, 6, 30)

# (task, progress, as of, expected)
STEP_OF_THE_REST = [
    # the rest only assessed, then being reinforced: 52 of 100 done, on pace
    ("完成农村危房改造100户", "已完成52户危房改造，其余48户已完成房屋安全鉴定，正在开展加固。", JUN, "on_track"),
    # the rest only assessed, nothing under way: 30 of 100, behind
    ("完成农村危房改造100户", "已完成30户危房改造，其余70户已完成房屋安全鉴定。", JUN, "behind"),
    # every firm diagnosed, the retrofits all begun, a third done: on pace
    (
        "推动20家企业完成节能改造",
        "已完成20家企业的节能诊断，节能改造项目全部启动实施，其中7家已完成改造。",
        JUN,
        "on_track",
    ),
    # every firm diagnosed, nothing begun at mid-year: behind, never completed
    ("推动20家企业完成节能改造", "已完成20家企业的节能诊断，改造方案正在编制。", JUN, "behind"),    # the diagnosis is the task's own work (words.toml stage.own_step): its count is the measure done
    ("完成中小企业节能诊断80家", "已累计完成节能诊断48家。", JUN, "ahead"),
    ("完成农村房屋安全鉴定500户", "已完成房屋安全鉴定240户。", JUN, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", STEP_OF_THE_REST)
def test_a_preparatory_step_of_the_items_is_no_work_done(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


EARLIER_STEP_OF_THE_SAME_ITEMS = [
    # the design of all ten bridges done, four at their last step, the other six building: on pace (rule question 4)
    (
        "完成10座桥梁加固改造",
        "已完成10座桥梁的加固方案设计，施工单位已全部进场，目前4座完成桥面铺装，其余6座正在进行支座更换和桥面施工。",
        JUN,
        "on_track",
    ),
    ("完成10座桥梁加固改造", "已完成10座桥梁的加固设计，目前4座桥梁完成加固，其余6座正在施工。", JUN, "on_track"),
]
EARLIER_STEP_GUARDS = [
    # the figures after it do not add up to the designed count: the rest is not said under way
    ("完成10座桥梁加固改造", "已完成10座桥梁的加固设计，目前3座桥梁完成加固，其余2座正在施工。", JUN, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", EARLIER_STEP_OF_THE_SAME_ITEMS + EARLIER_STEP_GUARDS)
def test_a_count_prepared_then_split_by_later_steps(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


COUNT_MET_WITH_WORK_TO_COME = [
    (
        "新增规上工业企业30家",
        "上半年新增规上工业企业34家，提前完成年度目标，下步将继续做好企业入库辅导工作。",
        JUN,
        "completed",
    ),
    (
        "新增专精特新企业15家",
        "已新增认定专精特新企业17家，下半年将持续开展梯度培育和申报辅导。",
        JUN,
        "completed",
    ),
]
WORK_TO_COME_GUARDS = [
    # the figure's own clause waits: pending, no count done
    ("新增专精特新企业15家", "已推荐申报专精特新企业17家，下半年将持续开展梯度培育。", JUN, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", COUNT_MET_WITH_WORK_TO_COME + WORK_TO_COME_GUARDS)
def test_a_count_met_beside_work_to_come(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# Known misses left (strict xfails): the status is right by the stage, but the count done beside the rest under way is
# not read as the figure — a count after 其中 under a clause with no figure (全部启动实施，其中7家已完成改造), and items at
# the works' last step (完成桥面铺装) beside the rest building — so the completion is missing and the basis is the stage.
COMPLETION_BY_THE_COUNT_DONE = [
    (
        "推动20家企业完成节能改造",
        "已完成20家企业的节能诊断，节能改造项目全部启动实施，其中7家已完成改造。",
        JUN,
        35.0,
    ),
    (
        "完成10座桥梁加固改造",
        "已完成10座桥梁的加固方案设计，施工单位已全部进场，目前4座完成桥面铺装，其余6座正在进行支座更换和桥面施工。",
        JUN,
        40.0,
    ),
]


@pytest.mark.xfail(strict=True, reason="the count done beside the rest under way is read by the stage, no completion; not "
                   "now (statusf, stop 55; statusa, stop 56): the status is right, only completion and basis miss, and "
                   "neither reading is a convention of the README yet — 其中7家已完成改造 after a clause with no figure "
                   "(全部启动实施) breaks down that clause's projects, and a breakdown answers a part only by its own name "
                   "(rules/assigning.py, role within); 4座完成桥面铺装 finishes a step of the works (桥面铺装), and no "
                   "rule question reads the last step named as the item done; no dev row's status turns on either")
@pytest.mark.parametrize("task,progress,as_of,completion", COMPLETION_BY_THE_COUNT_DONE)
def test_completion_by_the_count_done_beside_the_rest(task, progress, as_of, completion):
    verdict = judge(task, progress, as_of)
    assert verdict.basis == "figures" and verdict.completion_pct == completion
