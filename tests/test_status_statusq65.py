"""Issue 11, statusq (stop 65): the lead's decisions on four label questions (README rule questions 48–51), read by the
engine as general rules and tested on sentences written here in other words than any label row, each with guards that
must not move.

* 48 — a page's share in the band with its own note that a named item lags (76%（城西小学进度滞后）) is behind: the item
  said lagging is behind its own pace and any part behind is behind (progress._BARE_SHARE leaves the note to the
  statement readers).
* 49 — a growth of the wrong sign against a growth target (6% asked, a fall said) is seriously behind (rule question 2).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

SEP = date(2025, 9, 30)
OCT = date(2024, 10, 31)
MAR = date(2025, 3, 31)

STATUS = [
    # 48: a share in the band, its note naming an item that lags
    ("新建社区卫生服务站6个，新增床位300张。", "76%（城西服务站进度滞后）", SEP, "behind"),
    ("改造提升农贸市场9个。", "85%（东门、南关两个市场推进缓慢）", OCT, "behind"),
    ("新建社区卫生服务站6个。", "进度78%，其中城西服务站进度滞后。", SEP, "behind"),
    # 49: a fall against a growth target, a minus sign or 下降
    ("规模以上服务业营业收入，2025年目标任务为增速9%", "该指标为季报指标，1—3月增速-11.2%", MAR, "seriously_behind"),
    ("农产品出口额增长6%", "1-9月农产品出口额同比下降4.5%。", SEP, "seriously_behind"),
]

GUARDS = [
    # 48: a share in the band with no note, or a note that names no lag, stays on pace
    ("新建社区卫生服务站6个，新增床位300张。", "76%", SEP, "on_track"),
    ("改造提升农贸市场9个。", "85%（东门市场已完工）", OCT, "on_track"),
    # a lag once said and now made good is no lag
    ("年内完成河道清淤12公里", "前期因汛期影响进度较慢，现已全面加快，已完成9公里。", SEP, "on_track"),
    # 49: a rise short of the growth target is behind only; a fall beside a same-basis growth over the target holds it
    ("农产品出口额增长6%", "1-9月农产品出口额同比增长3.1%。", SEP, "behind"),
    ("农产品出口额增长6%", "1-9月农产品出口额同比下降2.1%，剔除去年同期一次性大额订单因素后，同口径增长6.8%。", SEP,
     "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", STATUS, ids=[p for _, p, _, _ in STATUS])
def test_statusq65_status(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,status", GUARDS, ids=[p for _, p, _, _ in GUARDS])
def test_statusq65_guards(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
