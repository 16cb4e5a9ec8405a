"""A share of the funds arrived is no completion (statusy, issue 11; words.toml progress.funds_arrived,
progress._funds_share).

Progress rows often give the money arrived or passed on with its share of the plan beside the work's own investment and
its share (到位资金…，占年度计划X%；完成投资…，占年度计划Y%): the money in hand says nothing of the work done, so its share
is not the row's completion — the work's share is.  When the task is itself to pass money on or to bring it in
(拨付…资金, 招商引资到位资金), the money's share is the task's.  Every row is written for this file in other words
than any label row."""

from datetime import date

import pytest

from luoshi.engine.progress import parse_row
from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    ("实施城区供水管网改造，年度计划投资8000万元",
     "截至8月底，到位资金7600万元，占年度计划的95%；完成投资3600万元，占年度计划的45%。", date(2025, 8, 31), "behind"),
    ("实施城区供水管网改造，年度计划投资8000万元",
     "到位资金7600万元，占年度计划的95%，完成投资5400万元，占年度计划的67.5%。", date(2025, 8, 31), "on_track"),
    # guards: a task to pass money on, or to bring it in, is answered by the money's share
    ("向各学校拨付营养餐补助资金1200万元", "县教体局：已拨付补助资金900万元，占年度任务的75%。", date(2025, 9, 30), "on_track"),
    ("招商引资实际到位资金30亿元", "县商务局：1-9月到位资金23亿元，完成年度任务的76.7%。", date(2025, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}|{p[:14]}|{s}" for t, p, _, s in CASES])
def test_the_funds_share(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


def test_the_works_share_is_the_stated_one():
    row = parse_row("截至8月底，到位资金7600万元，占年度计划的95%；完成投资3600万元，占年度计划的45%。",
                    task="实施城区供水管网改造，年度计划投资8000万元")
    assert row.stated_pct == 45.0
