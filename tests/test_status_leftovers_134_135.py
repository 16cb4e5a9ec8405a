"""Leftovers of issue 11 taken up by statusb at stop 34 (from invented134/135's first runs and the strict xfails of
invented120/121/127), each a general rule with its examples and the guards it must not fire on.  Every row is
invented for this file, in other words than the sets'.

* Works below ground (judging.toml below_ground_late, words.works_below_ground): a building or structure to be
  finished whose works are still below ground (地下室, 基坑, 桩基) — or whose main works have just begun above them —
  is behind from two-thirds of its time (31 August), not only from first_step_late (30 September): the structure,
  the fitting-out and the acceptance are left to a third of the year.  Works at the surface (进场, 土地平整) keep
  first_step_late.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUL, AUG, SEP, OCT = date(2020, 7, 31), date(2020, 8, 31), date(2020, 9, 10), date(2020, 10, 31)

BELOW_GROUND = [
    # still below ground at 31 August (or just above it): behind
    ("建成区妇幼保健院综合楼", "桩基工程已完成，正在进行地下室底板施工。", AUG, "behind"),     # invented121's strict xfail
    ("年内建成市档案馆新馆", "基坑开挖已完成，正在进行桩基施工。", AUG, "behind"),
    ("建成区文化中心", "地下室结构已完成，正在进行首层结构施工。", AUG, "behind"),
    ("建成第二人民医院门诊楼", "正在进行基坑支护施工。", SEP, "behind"),
    # guards: before two-thirds of the year; works at the surface; a start target; the structure far on; no works
    # below ground named (a small structure's first floor)
    ("建成区妇幼保健院综合楼", "桩基工程已完成，正在进行地下室底板施工。", JUL, "on_track"),
    ("完成高标准农田建设2万亩", "施工单位已进场，正在进行土地平整。", AUG, "on_track"),
    ("开工建设区档案馆新馆", "已开工，正在进行地下室施工。", AUG, "completed"),
    ("建成区文化中心", "地下室已完成，主体结构施工至第8层（共10层）。", AUG, "on_track"),
    ("建成污水提升泵站1座", "泵站基础施工已完成，正在进行一层结构施工。", AUG, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", BELOW_GROUND, ids=[f"{r[1]}@{r[2]}" for r in BELOW_GROUND])
def test_works_still_below_ground_at_two_thirds_of_the_year(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)
