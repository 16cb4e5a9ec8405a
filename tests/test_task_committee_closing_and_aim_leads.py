"""A report to the congress's standing committee (a bureau's half-year plan report, issue 10, stop 56) closes with an
address to the committee's chair and members and a pledge: the closing, never tasks (words.toml part.address).  An
aim's lead and the time it is for (确保全年…, 力争三季度末…) are no part of any figure's metric in the tasks' reading
(indicators.counted_thing: target.aim_lead, target.aim_time_lead); a part of the area between a verb and a count
(完成城区…所…) is no part of the counted thing, named by its noun after the count (target.place_before_count).

The texts below were written for these tests (某某 names, other figures than any label's)."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.tasks.table_rows import _parse
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_REPORT = """关于某某市2028年上半年国民经济和社会发展计划执行情况的报告
——2028年7月20日在某某市第九届人民代表大会常务委员会第十一次会议上

市发展和改革委员会主任　某某

{address}：

受市人民政府委托，现将全市2028年上半年国民经济和社会发展计划执行情况报告如下，请予审议。

一、上半年计划执行情况

上半年，全市地区生产总值增长5.4%。

二、下半年主要工作

（一）抓实项目投资

开工建设城东物流园等重点项目30个。深化工程建设项目审批制度改革。

{address}，{closing}
"""

# (the address, the closing after it)
CLOSINGS = [
    ("主任、各位副主任、各位委员", "做好下半年工作意义重大。我们将在市委的坚强领导下，自觉接受市人大及其常委会的监督，确保完成全年目标。"),
    ("主任、各位副主任、秘书长、各位委员", "下半年工作任务十分繁重。我们将坚定信心、真抓实干，全力完成市人大常委会审议批准的年度计划。"),
    ("主任、副主任、秘书长、各位委员", "我们将以更加饱满的精神状态，奋力完成全年各项目标任务。"),
]


def _found(tmp_path, address, closing):
    (tmp_path / "r.txt").write_text(_REPORT.format(address=address, closing=closing), encoding="utf-8")
    return [for_parsing(t.text).strip() for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt"))
            if t.kind == "task"]


@pytest.mark.parametrize("address,closing", CLOSINGS)
def test_the_address_to_the_committee_and_its_pledge_close_the_report(tmp_path, address, closing):
    found = _found(tmp_path, address, closing)
    # (guard: the measures before the closing stay tasks)
    assert [s[:6] for s in found] == ["开工建设城东", "深化工程建设"]


# (a task's words, its figures as (metric, value, unit) for a person reading the plan)
FIGURES = [
    ("确保全年完成固定资产投资120亿元", [("完成固定资产投资", 120.0, "亿元")]),
    ("力争三季度末重点项目开工率达到95%", [("重点项目开工率", 95.0, "%")]),
    ("争取年底前城市生活垃圾分类覆盖率达到90%", [("城市生活垃圾分类覆盖率", 90.0, "%")]),
    ("力争上半年新增城镇就业1500人", [("新增城镇就业", 1500.0, "人")]),
    ("全年完成投资30亿元", [("完成投资", 30.0, "亿元")]),
    # a part of the area between the verb and the count: the counted thing named after the count
    ("完成城区5所小学改扩建", [("完成小学改扩建", 5.0, "所")]),
    ("完成主城区6所初中扩建", [("完成初中扩建", 6.0, "所")]),
    ("新建农村2座污水处理站", [("新建污水处理站", 2.0, "座")]),
    # guards: the plan stating itself (计划) and intent (将) keep their words; a place inside the thing before the
    # count is part of it
    ("计划全年完成投资30亿元", [("计划全年完成投资", 30.0, "亿元")]),
    ("将新建标准厂房15万平方米", [("将新建标准厂房", 15.0, "万平方米")]),
    ("新建城区学校3所", [("新建城区学校", 3.0, "所")]),
]


@pytest.mark.parametrize("text,expected", FIGURES)
def test_an_aims_lead_its_time_and_a_place_before_the_count_are_no_part_of_a_metric(text, expected):
    found, _ = _parse(text)
    assert [(i.metric, i.value, i.unit) for i in found] == expected
