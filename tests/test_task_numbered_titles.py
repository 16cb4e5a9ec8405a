"""Numbered run-in titles in a work report's plan (issue 10, stop 35, fitted to t21–t23 of bench/labels/tasks_invented/):
a paragraph opened by a number and a short title ending in 。 with its measures after it on the line (1.做大数字经济。
实施…, 2、…, （3）…) is headed by that title — no task, the group its measures are shown under, its number no part of
it — as an un-numbered run-in title is.  A short result to check after the number (1.新建城区幼儿园2所。…) is an item of
a list written as prose, a task without its number; a numbered line whose first sentence is long or has a comma stays
a task; so is one in a list after a lead-in (…如下：) or prose, where the numbered paragraphs are items.  A worth
statement with no 的 (人才就是第一资源，必须…) or with 的 and a promise with no measure (…是…的前提，我们要守牢底线。)
is no task.

The reports below were written for these tests (某某 names)."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_REPORT = """某某市人民政府工作报告
——2026年1月12日在某某市第十六届人民代表大会第四次会议上

各位代表：

一、2025年工作回顾

过去一年，全市地区生产总值增长5.6%。新建学校8所。

二、2026年重点工作

（一）加快产业转型，培育发展新动能

{body}

（二）扩大有效投资，增强发展后劲

全年实施重点项目260个，完成投资600亿元以上。

各位代表！让我们团结一心，奋勇前进！
"""


def _tasks(tmp_path, body: str) -> list:
    path = tmp_path / "r.txt"
    path.write_text(_REPORT.format(body=body), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(path)) if t.kind == "task"]


def _shown(found: list, starts: list[str]) -> list[tuple[str, str]]:
    """(group the import shows, the task's opening as long as the expected one) of each task of the first
    sub-section."""
    rows = [(for_parsing(t.heading or t.part).strip(), for_parsing(t.text).strip()) for t in found
            if not for_parsing(t.text).startswith("全年实施重点项目")]
    return [(g, text[:len(s)]) for (g, text), s in zip(rows, starts + [""] * len(rows), strict=False)]


@pytest.mark.parametrize("body, expected", [
    # full-width dot, two titles, each with its measures on its line
    ("1．做大数字经济。实施数字产业倍增计划，新增数字经济核心企业40家。推动某某算力中心投运。\n\n"
     "2．壮大现代服务业。建设某某现代物流园，推进某某会展中心运营。",
     [("做大数字经济", "实施数字产业倍增计"), ("做大数字经济", "推动某某算力中心投"), ("壮大现代服务业", "建设某某现代物流园")]),
    # ASCII dot and 、
    ("1.提升园区能级。推进某某高新区扩区，新建标准厂房50万平方米。\n\n2、强化企业梯队。新认定专精特新企业30家。",
     [("提升园区能级", "推进某某高新区扩区"), ("强化企业梯队", "新认定专精特新企业")]),
    # bracketed Arabic numbers, full-width
    ("（1）稳住工业基本盘。规上工业增加值增长7%，新增规上企业60家。\n\n（2）做强农业特色产业。新建高标准农田5万亩。",
     [("稳住工业基本盘", "规上工业增加值增长"), ("做强农业特色产业", "新建高标准农田5万")]),
    # a short result to check opening the run is a task, and the run goes on past it
    ("1.建成某某跨江大桥。年内建成通车。\n\n2.提升园区能级。推进某某高新区扩区，新建标准厂房50万平方米。",
     [("加快产业转型,培育发展新动能", "建成某某跨江大桥"), ("加快产业转型,培育发展新动能", "年内建成通车"),
      ("提升园区能级", "推进某某高新区扩区")]),
])
def test_a_numbered_run_in_title_heads_its_measures(tmp_path, body, expected):
    assert _shown(_tasks(tmp_path, body), [e for _, e in expected]) == expected


@pytest.mark.parametrize("body, kept", [
    # a short result to check after the number: an item written as prose, a task without its number
    ("1.新建城区幼儿园3所。新增学位1200个，缓解入园难。\n\n2.改造老旧小区20个。加装电梯60部。", ["新建城区幼儿园3所", "改造老旧小区20个"]),
    # a long first sentence with a comma: a numbered measure, a task
    ("1.加快某某新材料产业园建设，年内建成标准厂房10万平方米。推动入园企业投产。", ["加快某某新材料产业园建设"]),
    # a title with nothing after it on its line: a heading of its own line (no task)
    ("1．做大数字经济\n\n实施数字产业倍增计划，新增数字经济核心企业40家。", ["实施数字产业倍增计划"]),
])
def test_numbered_lines_that_are_no_run_in_title(tmp_path, body, kept):
    texts = [for_parsing(t.text).strip() for t in _tasks(tmp_path, body)]
    for start in kept:
        assert any(text.startswith(start) for text in texts), texts


def test_the_title_is_no_task_and_keeps_no_number(tmp_path):
    body = "（1）稳住工业基本盘。规上工业增加值增长7%，新增规上企业60家。"
    found = _tasks(tmp_path, body)
    assert not any("稳住工业基本盘" in for_parsing(t.text) for t in found)
    assert found[0].heading == "稳住工业基本盘"


# What something is worth as a bare noun phrase (no 的), or with 的 then the government's promise with no measure in it:
# a statement, no task (tasks.report._worth); (sentence, a task)
_WORTH = [
    ("人才就是第一资源，必须引育并举、久久为功。", False),
    ("科技是国家强盛之基，务必摆在突出位置。", False),
    ("生态环境是最普惠的民生福祉，我们将一以贯之、常抓不懈。", False),
    ("安全是发展的前提，我们要守牢底线。", False),
    # guards: a verb of a result or a measure after 是, a figure, 是一项…, a measure after the promise, no exhortation
    ("重点是建成某某物流园，必须确保年内投运。", True),
    ("关键是推动某某项目投产，必须全力以赴。", True),
    ("人才是第一资源，必须新引进博士200名。", True),
    ("安全是发展的前提，我们将实施燃气管道更新改造工程。", True),
    ("人才就是第一资源，实施某某英才计划。", True),
]


@pytest.mark.parametrize(("sentence", "task"), _WORTH)
def test_a_worth_statement_is_no_task(tmp_path, sentence, task):
    body = f"1．做大数字经济。实施数字产业倍增计划，新增数字经济核心企业40家。{sentence}推动某某算力中心投运。"
    texts = [for_parsing(t.text).strip() for t in _tasks(tmp_path, body)]
    assert (for_parsing(sentence) in texts) is task, texts


# A numbered run-in title governs the paragraphs of prose after its own up to the next number or heading (stop 37,
# fitted to t27): its run ends at a paragraph opening on a number, a marked line, a heading, or a line that is no prose.
@pytest.mark.parametrize("body, expected", [
    # a paragraph with no title of its own after a numbered title's: under that title
    ("1．做大数字经济。实施数字产业倍增计划，新增数字经济核心企业40家。\n\n"
     "围绕算力、数据两大方向，建设某某城市算力中心。\n\n2．壮大现代服务业。建设某某现代物流园。",
     [("做大数字经济", "实施数字产业倍增计"), ("做大数字经济", "围绕算力、数据两大"), ("壮大现代服务业", "建设某某现代物流园")]),
    # two such paragraphs, then the sub-section's end
    ("1.提升园区能级。推进某某高新区扩区。\n\n加快某某片区开发，完成土地收储900亩；某某孵化大楼年内封顶。\n\n"
     "新建标准厂房50万平方米。",
     [("提升园区能级", "推进某某高新区扩区"), ("提升园区能级", "加快某某片区开发"), ("提升园区能级", "某某孵化大楼年内封"),
      ("提升园区能级", "新建标准厂房50万平")]),
])
def test_a_numbered_run_in_title_heads_the_paragraphs_after_it(tmp_path, body, expected):
    assert _shown(_tasks(tmp_path, body), [e for _, e in expected]) == expected


@pytest.mark.parametrize("body, opening, group", [
    # the next number that is an item, no title: back under the sub-section
    ("1.提升园区能级。推进某某高新区扩区，新建标准厂房50万平方米。\n\n2.落实园区基础设施建设经费。",
     "落实园区基础设施建设经费", "加快产业转型,培育发展新动能"),
    # a bold line after the run: its own title
    ("1.提升园区能级。推进某某高新区扩区。\n\n**强化要素保障。**盘活低效用地3000亩。", "盘活低效用地3000亩", "强化要素保障"),
    # an un-numbered run-in title after the run: its own paragraph's title
    ("1.提升园区能级。推进某某高新区扩区。\n\n强化要素保障。盘活低效用地3000亩，新增园区融资50亿元。",
     "盘活低效用地3000亩", "强化要素保障"),
])
def test_the_run_of_a_numbered_title_ends(tmp_path, body, opening, group):
    task = next(t for t in _tasks(tmp_path, body) if for_parsing(t.text).strip().startswith(opening))
    assert for_parsing(task.heading or task.part).strip().rstrip("。") == group
