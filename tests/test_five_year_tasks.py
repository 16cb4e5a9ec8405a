"""Tasks read from a work report's five-year part (今后五年 / “十四五”时期) are marked ``five_year``:
a year's plan imports them only when the office asks (the import preview marks them 五年目标).

The invented reports below were labelled by reading them (which part each task sentence sits in)
before the engine was run on them."""

from __future__ import annotations

import json

import pytest

from luoshi.engine import reader, tasks

pytestmark = pytest.mark.engine

_HEAD = """政府工作报告
——2022年1月10日在某市第十七届人民代表大会第一次会议上

各位代表：

　　一、2021年以来的主要工作回顾

　　过去一年，地区生产总值增长8.1%。新建学校6所。

"""

# Each report: (text, {a word of a task: five_year?}).
_OWN_PARTS = _HEAD + """　　二、今后五年的奋斗目标和主要任务

　　今后五年，我们将重点抓好以下工作：

　　（一）建设科创策源新高地。五年内新增高新技术企业1000家，建成省级以上研发机构50个。

　　（二）打造生态文明示范区。完成长江岸线生态修复40公里，PM2.5平均浓度控制在30微克/立方米以内。

　　三、2022年工作安排

　　（一）扩大有效投资。实施重点项目120个，完成投资300亿元。

　　（二）增进民生福祉。新增托位500个，改造老旧小区30个。

　　各位代表！让我们团结一心，奋勇前进！
"""

_FOURTEENTH = _HEAD + """　　二、“十四五”时期的主要任务

　　（一）推动制造业转型升级。培育千亿级产业集群3个，规上工业企业突破3000家。

　　三、今年重点工作

　　（一）稳住工业基本盘。新增规上工业企业200家，技改投资增长15%。

　　各位代表！让我们团结一心，奋勇前进！
"""

# One part for the five years and the year, its tasks not told apart by any heading: none is marked
# (the year's tasks must not be left out of the year's plan).
_SHARED = _HEAD + """　　二、“十四五”时期重大举措及2022年工作部署

　　（一）推动制造业转型升级。培育千亿级产业集群3个，新增规上工业企业200家。

　　（二）增进民生福祉。新增托位500个，改造老旧小区30个。

　　各位代表！让我们团结一心，奋勇前进！
"""

_YEAR_ONLY = _HEAD + """　　二、2022年工作安排

　　（一）扩大有效投资。实施重点项目120个，完成投资300亿元。

　　（二）增进民生福祉。新增托位500个，改造老旧小区30个。

　　各位代表！让我们团结一心，奋勇前进！
"""


@pytest.mark.parametrize("text, expected", [
    (_OWN_PARTS, {"高新技术企业": True, "研发机构": True, "岸线生态修复": True, "PM2.5": True,
                  "重点项目": False, "托位": False, "老旧小区": False}),
    (_FOURTEENTH, {"产业集群": True, "3000家": True, "新增规上工业企业200家": False, "技改投资": False}),
    (_SHARED, {"产业集群": False, "托位": False, "老旧小区": False}),
    (_YEAR_ONLY, {"重点项目": False, "托位": False, "老旧小区": False}),
], ids=["five_years_then_year", "fourteenth_plan_then_year", "shared_part", "year_only"])
def test_five_year_tasks_marked(tmp_path, text, expected):
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    found = tasks.tasks_from_document(reader.read(tmp_path / "r.txt"))
    for word, five_year in expected.items():
        matching = [t for t in found if word in t.text]
        assert matching, word
        assert all(t.five_year is five_year for t in matching), (word, [(t.text, t.five_year) for t in matching])
    assert all("five_year" in t.to_json() for t in found)


def test_cli_json_carries_the_mark(tmp_path, capsys):
    from luoshi.engine.cli import main

    (tmp_path / "r.txt").write_text(_OWN_PARTS, encoding="utf-8")
    main(["tasks", str(tmp_path / "r.txt")])
    out = json.loads(capsys.readouterr().out)
    listed = out["tasks"] if isinstance(out, dict) else out
    assert {t["five_year"] for t in listed if "高新技术企业" in t["text"]} == {True}
    assert {t["five_year"] for t in listed if "托位" in t["text"]} == {False}
