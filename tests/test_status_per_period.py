"""A quota per period beside the year's count (statusy, issue 11; words.toml figure.per_period,
rules/task_parts._per_period_noun, rules/assigning._match).

A task giving a quota per month or quarter and then the year's count with only its verb (每月…不少于2个，全年完成24个)
counts the same thing in both: the year's count names the quota's thing.  A running total of several months (累计,
1-8月) answers the year's count, never the quota of one period.  Every row is written for this file in other words than
any label row."""

from datetime import date

import pytest

from luoshi.engine.indicators import parse
from luoshi.engine.rules.task_parts import task_parts
from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    ("每月新增城镇就业不少于300人，全年新增3600人", "县人社局：1-8月累计新增城镇就业2100人，其中8月新增260人。",
     date(2025, 8, 31), "behind"),
    # the quota's thing holding a word of a works' step (市场主体: 主体) is no step of the works once it is the year's count's
    ("每月新增市场主体不少于500户，全年新增6000户", "县市场监管局：1-6月累计新增市场主体2400户。", date(2025, 6, 30), "behind"),
    # the year's count over the pace, the quarter's quota with no figure of its own: a part without a fact caps on pace
    ("每季度开展消防应急演练不少于3次，全年开展12次", "县消防大队：1-9月累计开展应急演练10次。", date(2025, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}|{s}" for t, _, _, s in CASES])
def test_a_quota_per_period_beside_the_years_count(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,noun", [
    ("每月完成农村户厕改造不少于50户，全年完成600户", "农村户厕改造"),
    # guards: the year's count naming its own thing, and no quota per period before it
    ("每月开展技能培训不少于2场，全年培训学员500人", ""),
    ("上半年完成农村户厕改造300户，全年完成600户", ""),
])
def test_the_years_count_names_the_quotas_thing(task, noun):
    parts = task_parts(task, parse(task)[0])
    assert parts[-1].noun == noun
