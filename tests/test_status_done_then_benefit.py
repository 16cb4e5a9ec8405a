"""Issue 11, statusa (stop 45): a year-end reply of one sentence saying the task's works finished, then the good they do
in a clause of no stage (…改造提升工程，为群众提供家门口的健身场所; …，方便周边居民出行: words.toml report.benefit_lead) —
no work of the task is left, so the whole is done (rules.WholeStatement).  Every row is invented for this file; guards
are near wordings that must not change: the works still building, only their design finished, a benefit clause beside a
clause not done."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

DEC, SEP = date(2022, 12, 31), date(2022, 9, 30)

DONE_THEN_BENEFIT = [
    ("河滨公园、南湖绿道改造提升工程", "实施完成了河滨公园、南湖绿道改造提升工程,为群众提供休闲散步的去处;", DEC, "completed"),
    ("老城区背街小巷改造工程", "完成了老城区背街小巷改造工程,方便周边居民出行。", SEP, "completed"),
]

GUARDS = [
    ("老城区背街小巷改造工程", "老城区背街小巷改造工程正在施工,方便周边居民出行。", SEP, "completed"),
    ("老城区背街小巷改造工程", "完成了老城区背街小巷改造工程设计,方便周边居民出行。", SEP, "completed"),
    ("河滨公园、南湖绿道改造提升工程", "完成了河滨公园改造提升工程,南湖绿道正在施工,为群众提供休闲去处;", DEC, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", DONE_THEN_BENEFIT, ids=[f"{t}|{p}" for t, p, _, _ in DONE_THEN_BENEFIT])
def test_done_then_benefit(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,status", GUARDS, ids=[f"{t}|{p}" for t, p, _, _ in GUARDS])
def test_benefit_beside_work_not_done(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status != status, (a.rule, a.reason)
