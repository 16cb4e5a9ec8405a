"""Issue 11, statusa (stop 46): a task to win a title (创建…示范区, 争创省级…城市) whose deadline has come with the title
still pending — the application filed, the result not out (材料已上报, 评审结果尚未公布, 待省级命名: words.toml
status.recognition_pending) — is behind, not work on pace (rules StageAgainstDeadline).  Prompted by invented187's miss
(a county's year-end list with its own traffic lights), in other words; guards: before the deadline it is on pace, the
title granted is completed."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

YEAR_END = date(2025, 12, 31)

CASES = [
    ("创建省级森林城市。", "创建材料已上报省林业局，待省级命名。", YEAR_END, "behind"),
    ("争创国家农产品质量安全县。", "【黄灯】申报材料已提交农业农村部，评审结果尚未公布。", YEAR_END, "behind"),
    # guards: before the deadline, and the title granted
    ("创建省级森林城市。", "创建材料已上报省林业局，待省级命名。", date(2025, 9, 30), "on_track"),
    ("创建省级森林城市。", "已成功创建省级森林城市。", YEAR_END, "completed"),
    ("创建国家级全域旅游示范区。", "已获文化和旅游部命名。", YEAR_END, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CASES, ids=[f"{c[0]}|{c[1]}" for c in CASES])
def test_recognition_pending(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
