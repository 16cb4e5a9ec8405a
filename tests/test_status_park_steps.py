"""A park's planting and paving are steps of its works (statusy, issue 11; words.toml stage.work_step 绿化种植, 铺装).

A count of parks or greenways said to have finished their planting or paving while the rest of their works go on (座椅,
路灯, 标识 being installed) is the works nearly done, not the items built; a task that names the step itself (铺装改造) is
done by it.  Every row is written for this file in other words than any label row."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    ("新建街头游园4处", "县住建局：4处游园均已完成绿化种植，正在铺设园路和安装路灯。", date(2025, 9, 30), "on_track"),
    ("建设滨水绿道2处", "2处绿道的透水铺装已完成，标识系统正在制作安装。", date(2025, 7, 31), "on_track"),
    # guards: the items built and opened, or a task naming the step, are done
    ("新建街头游园4处", "县住建局：4处游园已全部建成开放。", date(2025, 9, 30), "completed"),
    ("完成小区道路铺装改造5个", "5个小区道路铺装改造已全部完成。", date(2025, 9, 30), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}|{p[:12]}|{s}" for t, p, _, s in CASES])
def test_a_parks_steps(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
