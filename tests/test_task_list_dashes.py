"""A list line's dash or bullet (——改造…, ·新建…) is a mark of the layout, no part of the task a person imports, nor of
the run-in title it may open (——抓招商强产业。 then its measures: the group 抓招商强产业), as an item's number is not
(tasks.report._ITEM_OPEN, _LIST_MARK).  A dash inside a name (某某—某某快速路) or a minus stays (issue 10).

The report below was written for these tests (某某 names) and read before the engine ran on it."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_REPORT = """某某县人民政府工作报告
——2027年1月6日在某某县第十九届人民代表大会第二次会议上

各位代表：

一、2026年工作回顾

过去一年，全县地区生产总值增长5.7%。

二、2027年重点工作

（一）做强县域产业

——抓招商强产业。新引进亿元以上项目25个，到位资金80亿元。

——抓平台育集群。建成某某食品产业园二期。

（二）补齐民生短板

——新建农村幼儿园4所，新增学位900个。

——完成某某—某某快速路拓宽改造工程。

·为全县中小学配备心理健康教师40名。

各位代表！让我们团结一心，奋勇前进！
"""


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    path = tmp_path_factory.mktemp("dash") / "r.txt"
    path.write_text(_REPORT, encoding="utf-8")
    return {for_parsing(t.text).strip(): for_parsing(t.heading or t.part).strip()
            for t in tasks.tasks_from_document(reader.read(path)) if t.kind == "task"}


@pytest.mark.parametrize(("start", "group"), [
    ("新引进亿元以上项目25个", "抓招商强产业"),          # after a dashed run-in title: the title, dash off
    ("建成某某食品产业园二期", "抓平台育集群"),
    ("新建农村幼儿园4所", "补齐民生短板"),                # a dashed line of measures: its heading
    ("完成某某—某某快速路拓宽改造工程", "补齐民生短板"),  # (guard) the dash inside the road's name stays
    ("为全县中小学配备心理健康教师40名", "补齐民生短板"),  # a bullet
])
def test_a_list_lines_dash_is_no_part_of_its_task_or_title(found, start, group):
    task = next((t for t in found if t.startswith(start)), None)
    assert task is not None, (start, list(found))
    assert found[task] == group


def test_no_task_keeps_a_dash_or_bullet(found):
    assert not [t for t in found if t.startswith(("—", "-", "·"))]
