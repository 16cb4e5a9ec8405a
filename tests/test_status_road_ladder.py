"""A road's own stage ladder (statusy, issue 11; judging.toml words.works_begun 路基, rules/works._one_work,
words.toml not_yet.not_begun 未施工).

A road's works go roadbed (路基), base (基层, 水稳层), surface (面层, 沥青): the roadbed is the road's first step, as
the foundations are a building's, so a road to be opened or finished in the year still at its roadbed from
first_step_late of its time on is behind.  A task of one road measured by its length beside the result it must reach
(新建…路2.4公里，年内建成通车) is one project's works, read on their ladder.  Every row is written for this file in
other words than any label row."""

from datetime import date

import pytest

from luoshi.engine.rules.clauses import clause_stage
from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    ("新建工业园经二路1.8公里，年内建成通车", "县住建局：经二路5月开工，目前路基填筑完成，基层尚未铺筑，面层未施工。",
     date(2025, 10, 31), "behind"),
    ("城南支路改造工程:全长1.2公里(年内完工)", "支路于5月开工，目前正在路基碾压。", date(2025, 10, 15), "behind"),
    # guards: the last layer being laid late in the year, the roadbed at mid-year, are on pace
    ("新建工业园经二路1.8公里，年内建成通车", "县住建局：路基、基层已完成，正在摊铺沥青面层。", date(2025, 10, 31), "on_track"),
    ("新建工业园经二路1.8公里，年内建成通车", "县住建局：经二路正在进行路基填筑。", date(2025, 6, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}|{p[:14]}|{s}" for t, p, _, s in CASES])
def test_a_roads_ladder(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("clause,stage", [("沥青面层未施工", "not_started"), ("基层未开始施工", "not_started"),
                                          # guard: a share not yet finished is under way
                                          ("面层施工尚未完成", "underway")])
def test_not_built_yet(clause, stage):
    assert clause_stage(clause) == stage


# A building's ground works (地基, judging.toml words.works_begun) are its first step too.
@pytest.mark.parametrize("as_of,status", [(date(2025, 10, 31), "behind"), (date(2025, 5, 31), "on_track")])
def test_ground_works_are_the_first_step(as_of, status):
    assert judge("新建镇卫生院业务楼，年内完成主体工程", "镇卫健办：业务楼正在进行地基处理。", as_of).status == status
