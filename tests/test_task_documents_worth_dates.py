"""Three readings of a plan's tasks (issue 10):

* a short sentence opening a paragraph that draws up a document (编制…规划纲要, 修编…规划, 出台…实施方案; after a word of
  manner or none: 高质量, 科学, 高标准) is a task to check, not a run-in title heading the measures after it
  (structure.is_result_task: task.document_lead … task.document_end, task.result_manner); a topic on a plan
  (强化规划引领。, 完善规划体系。) stays a title;
* what something is worth with a quoted name, then an exhortation never to relax (生态环境是“金字招牌”，任何时候都不能丢。;
  安全生产是“生命线”，一刻也不能放松。) is a statement, no task (tasks.report._worth: task.worth_must);
* a clause's own date opening a figure's metric (年底前建成标准厂房8万平方米, 9月底前…, 三季度前…, 年内完成…) is no part of
  the metric (indicators._DEADLINE_LEAD); a metric that opens on a date word naming the thing (年末常住人口…) keeps it.

The reports below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import indicators, reader, tasks
from luoshi.engine.structure import is_result_task
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_HEAD = """某某市人民政府工作报告
——2026年1月12日在某某市第十七届人民代表大会第六次会议上

各位代表：

一、2025年工作回顾

过去一年，全市地区生产总值增长5.6%。

二、2026年重点工作

（一）深化改革开放

{body}

（二）推动产业升级

做强装备制造产业。支持龙头企业扩大产能，新增规上工业企业30家。

各位代表！让我们团结一心，奋勇前进！
"""


def _tasks(tmp_path, body):
    (tmp_path / "r.txt").write_text(_HEAD.format(body=body), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def _start(t):
    return for_parsing(t.text).strip().lstrip("*").strip()


# (paragraph, the opening of the task it starts with, the opening of the next task, which shows the group 深化改革开放)
DOCUMENT_TASKS = [
    ("高质量编制市“十五五”规划纲要。深化国资国企改革，完成市属企业重组3户。", "高质量编制市“十五五”规划纲要", "深化国资国企改革"),
    ("科学修编城市国土空间总体规划。推进要素市场化配置改革，盘活存量土地3000亩。", "科学修编城市国土空间总体规划", "推进要素市场化配置改革"),
    ("出台优化营商环境三年行动方案。推行“一照通行”改革，企业开办时间压缩至1天。", "出台优化营商环境三年行动方案", "推行“一照通行”改革"),
    ("编制“十五五”综合交通专项规划。开工建设某某港区三期，新增泊位4个。", "编制“十五五”综合交通专项规划", "开工建设某某港区三期"),
    ("高标准建成某某国际会展中心。举办各类展会30场以上。", "高标准建成某某国际会展中心", "举办各类展会30场以上"),
]


@pytest.mark.parametrize(("body", "task", "after"), DOCUMENT_TASKS)
def test_a_document_to_draw_up_is_a_task_not_a_title(tmp_path, body, task, after):
    got = _tasks(tmp_path, body)
    assert any(_start(t).startswith(task) for t in got)
    following = next(t for t in got if _start(t).startswith(after))
    assert for_parsing(following.heading or following.part).strip().rstrip("。") == "深化改革开放"


# Topics about plans or documents stay titles heading their measures.
TOPIC_TITLES = [
    ("强化规划引领。编制完成某某新区控制性详细规划，推进多规合一。", "强化规划引领", "编制完成某某新区控制性详细规划"),
    ("完善规划体系。推进城市设计全覆盖，完成片区规划8个。", "完善规划体系", "推进城市设计全覆盖"),
    ("做优营商环境。推行“一照通行”改革，企业开办时间压缩至1天。", "做优营商环境", "推行“一照通行”改革"),
]


@pytest.mark.parametrize(("body", "title", "after"), TOPIC_TITLES)
def test_topics_about_plans_stay_titles(tmp_path, body, title, after):
    got = _tasks(tmp_path, body)
    assert not any(_start(t).startswith(title) for t in got)
    following = next(t for t in got if _start(t).startswith(after))
    assert for_parsing(following.heading).strip().rstrip("。") == title


@pytest.mark.parametrize(("title", "task"), [
    ("编制县“十五五”规划纲要", True), ("高质量编制县“十五五”规划纲要", True), ("出台人才引进实施办法", True),
    ("高标准建成城南污水处理厂", True), ("新建城市口袋公园12个", True),
    ("强化规划引领", False), ("完善规划体系", False), ("高质量推进乡村振兴", False), ("编制工作提质增效", False),
    ("科学谋划发展", False),
])
def test_is_result_task(title, task):
    assert is_result_task(title) is task


WORTH = [
    "生态环境是“金字招牌”，任何时候都不能丢。",
    "安全生产是“生命线”，一刻也不能放松。",
    "耕地保护是“国之大者”，丝毫不能松懈。",
    "安全是“底线”，绝不能突破。",
]


@pytest.mark.parametrize("statement", WORTH)
def test_quoted_worth_statement_is_no_task(tmp_path, statement):
    body = statement + "深化“放管服”改革，政务服务事项网上可办率达到98%。"
    got = _tasks(tmp_path, body)
    assert not any(_start(t).startswith(statement[:4]) for t in got)
    assert any(_start(t).startswith("深化“放管服”改革") for t in got)


# A measure with a quoted name, or what a work is with a measure after it, stays a task.
WORTH_GUARDS = [
    "实施“金字招牌”培育工程，任何时候都不放松质量监管。",
    "重点是建成某某大桥，一刻也不能耽误工期。",
    "深化“一件事一次办”改革，企业开办时间压缩至1天。",
]


@pytest.mark.parametrize("sentence", WORTH_GUARDS)
def test_worth_guards_stay_tasks(tmp_path, sentence):
    got = _tasks(tmp_path, sentence + "推进要素市场化配置改革，盘活存量土地3000亩。")
    assert any(_start(t).startswith(sentence[:6]) for t in got)


DATED = [
    ("6月底前完成开发区扩区报批，年底前建成标准厂房8万平方米。", "建成标准厂房", 8, "万平方米"),
    ("9月底前建成投用人才公寓800套。", "建成投用人才公寓", 800, "套"),
    ("三季度前建成5G基站200个。", "建成5G基站", 200, "个"),
    ("年内完成燃气老旧管网更新改造12公里。", "完成燃气老旧管网更新改造", 12, "公里"),
    ("10月份前新建充电桩300个。", "新建充电桩", 300, "个"),
    # guards: a date word naming the thing counted, and the year's whole
    ("年末常住人口城镇化率达到62%。", "年末常住人口城镇化率", 62, "%"),
    ("全年新增城镇就业5000人。", "新增城镇就业", 5000, "人"),
]


@pytest.mark.parametrize(("text", "metric", "value", "unit"), DATED)
def test_a_clause_date_is_no_part_of_the_metric(text, metric, value, unit):
    got, _ = indicators.parse(text)
    assert [(i.metric, i.value, i.unit) for i in got][-1] == (metric, value, unit)
