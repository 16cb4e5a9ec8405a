"""Issue 11, statusc (stop 58): older strict xfails of the status judge mended by general rules, each tested on
sentences written here in other words than any label row, with guards that must not move.

* (a) The whole of a facility's works as the subject of 已完成 and a share (主体工程已完成约40%, 改造工程已完成60%, a clause
  opened by 工程 alone) is the works' share done, read against the pace to the task's deadline as 形象进度 is (README rule
  question 23: a share of the whole) — before, it was read as the works going on, on pace whatever the share
  (words.toml progress.works_share_subject; progress._WORKS_SUBJECT_SHARE).  Not a step's share (土建工程完成60%: rule
  question 3), not for a task counting items (one item's works among several), and not beside the unit's own lag
  (工期延后约1个月: progress.works_share_lag), where the stage and the lag decide as before.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN = date(2026, 6, 30)
SEP = date(2026, 9, 30)
NOV = date(2026, 11, 30)

WORKS_SHARES = [
    # under the pace to the year's end or to the task's own deadline: behind; under half of it: seriously behind
    ("年内建成城南体育馆。", "体育馆主体工程已完成约55%，正在进行屋面钢结构施工。", SEP, "behind"),
    ("年内建成区图书馆新馆。", "工程已完成30%，正在进行主体施工。", SEP, "seriously_behind"),
    ("8月底前建成并开放城北游泳馆。", "场馆主体工程已完成约45%，正在进行钢结构吊装，总体进展平稳。", JUN, "behind"),
    # in the band or over it
    ("10月底前建成投用城西菜市场。", "改造工程已完成60%，正在进行内部装修。", JUN, "on_track"),
    ("年内建成城北污水处理厂。", "建设工程已完成85%，设备已进场安装。", SEP, "ahead"),
]

WORKS_SHARE_GUARDS = [
    # a task counting items: one item's works among several is no share of the task (the stage decides, as before)
    ("建成口袋公园5个。", "2个已建成开放，其余3个改造工程已完成60%。", SEP, "on_track"),
    # a step's share (rule question 3): the stage decides, as before
    ("年内建成城东变电站。", "土建工程完成60%，电气设备尚未到货。", NOV, "behind"),
    # the unit's own lag beside a share over the pace: the lag decides, as before
    ("建成城东文化中心。", "主体工程已完成70%，受雨季影响工期延后约1个月。", JUN, "behind"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), WORKS_SHARES + WORKS_SHARE_GUARDS)
def test_statusc58_works_shares(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
