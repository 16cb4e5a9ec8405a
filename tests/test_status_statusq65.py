"""Issue 11, statusq (stop 65): the lead's decisions on four label questions (README rule questions 48–51), read by the
engine as general rules and tested on sentences written here in other words than any label row, each with guards that
must not move.

* 48 — a page's share in the band with its own note that a named item lags (76%（城西小学进度滞后）) is behind: the item
  said lagging is behind its own pace and any part behind is behind (progress._BARE_SHARE leaves the note to the
  statement readers).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

SEP = date(2025, 9, 30)
OCT = date(2024, 10, 31)

STATUS = [
    # 48: a share in the band, its note naming an item that lags
    ("新建社区卫生服务站6个，新增床位300张。", "76%（城西服务站进度滞后）", SEP, "behind"),
    ("改造提升农贸市场9个。", "85%（东门、南关两个市场推进缓慢）", OCT, "behind"),
    ("新建社区卫生服务站6个。", "进度78%，其中城西服务站进度滞后。", SEP, "behind"),
]

GUARDS = [
    # 48: a share in the band with no note, or a note that names no lag, stays on pace
    ("新建社区卫生服务站6个，新增床位300张。", "76%", SEP, "on_track"),
    ("改造提升农贸市场9个。", "85%（东门市场已完工）", OCT, "on_track"),
    # a lag once said and now made good is no lag
    ("年内完成河道清淤12公里", "前期因汛期影响进度较慢，现已全面加快，已完成9公里。", SEP, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", STATUS, ids=[p for _, p, _, _ in STATUS])
def test_statusq65_status(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,status", GUARDS, ids=[p for _, p, _, _ in GUARDS])
def test_statusq65_guards(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
