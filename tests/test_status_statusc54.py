"""Issue 11, statusc (stop 54): stop 53's leftovers, each tested on sentences written here in other words.

* A stage of the works said done (桩基, 基础工程, 土方, 地下室, 路基, 场地平整: words.toml stage.works_stage, beside
  stage.work_step) is the works at that stage, not the task to build done: a reply whose every clause is only such a
  stage is read by the stage rules (on pace early in the year, behind late), not as the whole done
  (rules/status_statements.py WholeStatement, _works_stage_only).  The stage stays the result where the task names
  it (完成…桩基施工), a start task is met by it, and a clause saying the item itself done beside it stands.
* A target tied to the economy's growth (与经济增长同步) answered by a growth figure whose other side stands only in
  another row of the page: left as a strict xfail — the engine judges rows one by one and has no rule comparing a
  tied rate with the other figure even within one row (docs/status-rules.md, "### statusc, stop 54").
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    # a stage of the works done, the task to build the whole: on pace early, behind late
    ("年底前建成区妇幼保健院新院。", "该院已完成桩基工程。", date(2025, 5, 31), "on_track"),
    ("年底前建成区妇幼保健院新院。", "该院已完成桩基工程。", date(2025, 11, 30), "behind"),
    ("建成城西污水处理厂二期。", "已完成土方开挖及基坑支护。", date(2025, 4, 30), "on_track"),
    ("建成城北学校综合楼。", "综合楼地下室已全部完工。", date(2025, 6, 30), "on_track"),
    ("年内建成滨江大道北延段。", "路基工程已完成。", date(2025, 5, 31), "on_track"),
    ("年内建成滨江大道北延段。", "路基工程已完成。", date(2025, 11, 30), "behind"),
    ("年内建成市民中心。", "该项目已完成基础工程。", date(2025, 7, 31), "on_track"),
    ("年内建成市民中心。", "该项目已完成基础工程。", date(2025, 11, 30), "behind"),
    ("年内建成市民中心。", "目前场地平整已完成。", date(2025, 3, 31), "on_track"),
    # the stage is the task's own result
    ("6月底前完成区妇幼保健院新院桩基施工。", "桩基工程已完成。", date(2025, 6, 30), "completed"),
    # a start task is met by a stage of the works
    ("开工建设区档案馆新馆。", "已完成土方开挖。", date(2025, 6, 30), "completed"),
    # the item itself said done beside its stages
    ("年内建成市民中心。", "已完成基础及主体施工，项目已竣工验收。", date(2025, 12, 31), "completed"),
    # 基础设施 is no stage of the works
    ("完善产业园区基础设施。", "园区基础设施配套已全部完成。", date(2025, 12, 31), "completed"),
    ("完成城南老旧小区改造。", "改造工程已全部完工。", date(2025, 12, 31), "completed"),
]


@pytest.mark.parametrize(
    "task,progress,as_of,expected", CASES, ids=[f"{c[0][:8]}|{c[1][:10]}|{c[2]}" for c in CASES]
)
def test_statusc54(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# Left: a tied rate (与经济增长同步) is judged only where the reply names the other side, and then by no comparison of
# the two figures; a row-level comparison would come first, a page's other rows second (docs: statusc, stop 54).
KNOWN_MISSES = [
    # the other side in the same reply under another name (地区生产总值 for 经济增长): in step, read unclear
    (
        "税收收入增长与经济增长基本同步。",
        "1-9月全县地区生产总值增长5.4%，税收收入增长8.1%。",
        date(2024, 9, 30),
        "on_track",
    ),
    # the tied rate under the other side in the same reply: out of step, read on pace as concrete work
    (
        "农民收入增长与经济增长同步。",
        "上半年经济增长6.3%，农民人均可支配收入增长4.2%。",
        date(2024, 6, 30),
        "behind",
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES)
@pytest.mark.xfail(
    strict=True,
    reason="a tied rate against the other side's figure: no row-level comparison yet; not now (statusd, stop 55) — "
    "the dev errors of tied rates (six real rows) all give the economy's growth only in another row of the page, so a "
    "row-level rule would mend none of them, and a page-level one is beyond the per-row judgement",
)
def test_statusc54_tied_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
