"""A few of a count's items nearly done, or a first share of them (statusy, issue 11; words.toml figure.subset_lead,
rules/judging.judge_indicator, judging.toml words.preparing 测绘).

A count to finish in the year answered at mid-year or later only by a few items nearly done (基本完成), fewer than the
pace asks, with nothing said of the rest under way, is behind: nearly done is never done, and the rest is not shown
moving.  A first share of the target's own items (试点, 首批: 3个试点小区 for 12个小区) counts toward the target.  The
rest only surveyed (测绘) is preparation.  Every row is written for this file in other words than any label row."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    ("年内完成10所学校食堂明厨亮灶改造", "县教体局：首批2所学校改造已基本完成。", date(2025, 7, 31), "behind"),
    ("年内建成15个村级养老服务站", "县民政局：4个试点村养老服务站已建成。", date(2025, 6, 30), "behind"),
    ("年内完成6个村的道路硬化", "镇政府：2个村已基本完工，其余村正在测绘。", date(2025, 8, 31), "behind"),
    # guards: the rest under way, most of the count nearly done, or early in the year, hold the pace
    ("年内完成10所学校食堂明厨亮灶改造", "县教体局：首批2所学校改造已基本完成，其余8所正在施工。", date(2025, 7, 31), "on_track"),
    ("年内完成10所学校食堂明厨亮灶改造", "县教体局：7所学校改造已基本完成。", date(2025, 7, 31), "on_track"),
    ("年内完成10所学校食堂明厨亮灶改造", "县教体局：首批2所学校改造已基本完成。", date(2025, 3, 31), "on_track"),
    # guard: a first share over the pace counts as the count it is
    ("年内建成15个村级养老服务站", "县民政局：9个试点村养老服务站已建成。", date(2025, 6, 30), "ahead"),
]


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}|{p[:14]}|{s}" for t, p, _, s in CASES])
def test_a_few_items_nearly_done(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# invented162's misses left open (statusy, stop 39), in other words than its rows; a fix makes its case pass.
KNOWN_MISSES_162 = [
    pytest.param("年内完成10个村的雨污分流改造", "镇政府：目前3个试点村已基本完工，其余村正在勘察设计。", date(2025, 6, 30),
                 "seriously_behind", marks=pytest.mark.xfail(
                     strict=True, reason="none of the count done at mid-year, a few nearly done and the rest only being "
                                         "prepared, read behind from the rest's preparation, not seriously behind "
                                         "(the label's alternative)"), id="pilots-rest-preparing"),
    pytest.param("年内完成危旧房改造500户", "县住建局：已开工改造320户，占年度计划的64%，竣工100户。", date(2025, 9, 30),
                 "seriously_behind", marks=pytest.mark.xfail(
                     strict=True, reason="the starts' share of the year's plan read as the completion of a task to "
                                         "finish, the finished count under half the pace unread (the label's "
                                         "alternative behind)"), id="starts-share-for-a-finish"),
]


@pytest.mark.parametrize("task,progress,as_of,status", KNOWN_MISSES_162)
def test_known_misses_162(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status
