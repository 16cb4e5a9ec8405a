"""A share of the year's plan said as reached (statusy, issue 11; words.toml progress.stated_share_said 达到).

Starts or works counted, then 达到年计划的X% opening the next clause, is the page's own share of the year's plan — the
row's completion, against the pace as any stated share — not a stage read from the words around it.  Every row is
written for this file in other words than any label row."""

from datetime import date

import pytest

from luoshi.engine.progress import parse_row
from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    ("社区卫生服务站建设", "截至8月底卫生服务站开工4个,达到年计划的40%,另完成设备采购2批。", date(2025, 8, 31), "behind"),
    ("城乡公益性岗位开发", "1-9月新开发公益性岗位350个，达到年度计划的72%，发放岗位补贴120万元。", date(2025, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}|{s}" for t, _, _, s in CASES])
def test_a_share_reached(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("progress,share", [
    ("截至8月底卫生服务站开工4个,达到年计划的40%,另完成设备采购2批。", 40.0),
    # guards: a pace reached is no share, nor a share of another place's figure
    ("卫生服务站建设进度达到序时进度要求。", None),
    ("全县开工率达到全市平均水平的90%以上。", None),
])
def test_the_share_read(progress, share):
    assert parse_row(progress, task="社区卫生服务站建设").stated_pct == share
