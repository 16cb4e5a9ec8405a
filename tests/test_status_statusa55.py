"""Issue 11, statusa (stop 55): the miss of pages46's first run (bench/labels/status/pages46.json, real rows of a city and a
county), a rule for how such pages are written, tested on sentences written here in other words.

* Items a task counts with one counter and its reply with another (实事项目40件 against 项目18个; 民生工程25项 against
  工程9个): 个, 项 and 件 count the same items when the figure's noun is the task's own (words.toml progress.item_counter,
  progress.item_counter_noun; progress._in_task_counter), so the figure answers the task's count; a task counting in two
  counters, or a reply already in the task's counter, is left as written.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    # the reply's counter differs from the task's, the noun is the task's: the figure answers the count
    ("办好年度民生实事项目40件。", "目前已开工项目18个，其中已完工项目2个，其余正在推进。", date(2024, 4, 30), "seriously_behind"),
    ("办好年度民生实事项目40件。", "已完工项目26个，其余项目均在施工。", date(2024, 6, 30), "ahead"),
    ("实施重点民生工程25项。", "已完成工程9个，在建工程16个。", date(2024, 5, 31), "on_track"),
    ("实施重点民生工程25项。", "已完成工程4个，其余正在开展前期设计。", date(2024, 8, 31), "seriously_behind"),
    ("完成为民办实事项目12项。", "12个项目已全部完成。", date(2024, 10, 31), "completed"),
    # the reply's counter is the task's: as before
    ("办好年度民生实事项目40件。", "已完成20件。", date(2024, 6, 30), "on_track"),
    # another counter with another noun: no answer to the count (a stage or nothing)
    ("办好年度民生实事项目40件。", "已覆盖乡镇12个，各项工作有序推进。", date(2024, 6, 30), "on_track"),
    # mended (statusf, stop 55): a count with no noun of its own in another item counter, the task's items understood
    # (progress._bare_count; more in tests/test_status_statusf55.py)
    ("办好年度民生实事20件。", "截至目前已完成3项，其余尚未启动。", date(2024, 9, 30), "seriously_behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CASES, ids=[f"{c[0][:8]}|{c[1][:10]}" for c in CASES])
def test_statusa55(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
