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

# One part for the five years and the year, its tasks not told apart by any heading or lead: none is marked
# (the year's tasks must not be left out of the year's plan).
_SHARED = _HEAD + """　　二、“十四五”时期重大举措及2022年工作部署

　　（一）推动制造业转型升级。培育千亿级产业集群3个，新增规上工业企业200家。

　　（二）增进民生福祉。新增托位500个，改造老旧小区30个。

　　各位代表！让我们团结一心，奋勇前进！
"""

# One part for the five years and the year, each run under its lead (今后五年，… then 2022年是…): the five
# years' tasks marked, the year's not, even one naming the five-year plan inside (培育“十四五”…).
_LED_RUNS = _HEAD + """　　二、“十四五”时期主要任务和2022年工作安排

　　今后五年，是全面建设社会主义现代化的关键时期。实现今后五年目标，重点抓好以下任务：

　　（一）推动制造业转型升级。培育千亿级产业集群3个。建成城市环线快速路。

　　2022年是“十四五”承上启下之年。重点做好以下工作：

　　（一）扩大有效投资。实施重点项目120个。培育“十四五”重点产业链链主企业5家。

　　各位代表！让我们团结一心，奋勇前进！
"""

# The leads inside each sub-section's paragraph (“十四五”期间，… 到2025年，… 今年，…).
_LED_IN_PARAGRAPH = _HEAD + """　　二、“十四五”时期奋斗目标和今年工作

　　（一）建设科技创新高地

　　“十四五”期间，建设省级以上实验室5个。到2025年，建成区域科技创新中心。今年，新增高新技术企业320家。落实研发费用加计扣除政策。

　　（二）建设宜居城市

　　今后五年，累计改造地下管网1200公里。今年，改造老旧管网260公里。

　　各位代表！让我们团结一心，奋勇前进！
"""

# The five years' lead opened by a word looking ahead (展望“十四五”，…).
_LOOKING_AHEAD = _HEAD + """　　二、“十四五”时期目标任务和2022年重点工作

　　展望“十四五”，全市将锚定建成区域中心城市目标。重点在以下方面持续发力：

　　（一）打造先进制造业基地。推动装备制造产业规模倍增。

　　今年重点抓好以下工作：

　　（一）稳住工业增长。新增规上工业企业120家。

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
    (_LED_RUNS, {"产业集群": True, "环线快速路": True, "重点项目": False, "链主企业": False}),
    (_LED_IN_PARAGRAPH, {"实验室": True, "科技创新中心": True, "高新技术企业": False, "加计扣除": False,
                         "地下管网": True, "老旧管网": False}),
    (_LOOKING_AHEAD, {"装备制造": True, "规上工业企业120家": False}),
], ids=["five_years_then_year", "fourteenth_plan_then_year", "shared_part", "year_only", "led_runs",
        "led_in_paragraph", "looking_ahead"])
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


def test_what_the_year_is_is_no_task(tmp_path):
    """2022年是…之年 (or 今年是…, 2022年，是…) says what the coming year is: framing, never a task, wherever it stands."""
    (tmp_path / "r.txt").write_text(_LED_RUNS, encoding="utf-8")
    found = tasks.tasks_from_document(reader.read(tmp_path / "r.txt"))
    assert not [t for t in found if "承上启下" in t.text]
    assert [t for t in found if "链主企业" in t.text]
