"""A section's own paragraphs before its first sub-section frame it (城市是…。我们将… before 1．…), unless they hold its
measures.  A paragraph opening on two figures or more is measures (tasks.report._figures_open); framing comes before the
measures, never after them, so every paragraph after such a one or one opened by a short result to check
(tasks.report._result_paragraphs) up to the first sub-section (here a run-in title) is
measures too, however few figures it holds — a ；-sentence of two objects with one figure or none is two tasks.  A
section whose paragraphs before its first sub-section hold no such opening frames it still (issue 10).

The reports below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_HEAD = """某某县人民政府工作报告
——2025年1月8日在某某县第十八届人民代表大会第四次会议上

各位代表：

一、2024年工作回顾

过去一年，全县地区生产总值增长5.9%。

二、2025年重点工作

（一）推进城乡建设

{body}

打造宜居乡村。新建农村户厕1200座，改造农村公路45公里。

（二）增进民生福祉

新增城镇就业4000人，开展职业技能培训6000人次。

各位代表！让我们团结一心，奋勇前进！
"""


def _starts(tmp_path, body):
    (tmp_path / "r.txt").write_text(_HEAD.format(body=body), encoding="utf-8")
    return [for_parsing(t.text).strip() for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt"))
            if t.kind == "task"]


# (the paragraphs before the run-in title 打造宜居乡村。, the task starts expected among them)
AFTER_MEASURES = [
    ("全年实施县城更新项目18个，完成投资22亿元。\n\n推进某某新区建设，完成房屋征收600户；某某客运站年内建成投用。",
     ["全年实施县城更新项目18个", "推进某某新区建设", "某某客运站年内建成投用"]),
    ("新建保障性住房800套，改造老旧小区16个。\n\n启动某某河公园二期建设；某某大桥年底前通车。",
     ["新建保障性住房800套", "启动某某河公园二期建设", "某某大桥年底前通车"]),
    ("完成城区雨污分流改造30公里，新增停车泊位2000个。\n\n加快某某片区棚户区改造，年内完成搬迁。",
     ["完成城区雨污分流改造30公里", "加快某某片区棚户区改造"]),
]

# Framing with no paragraph of measures before it: no task read from it.
FRAMING_STILL = [
    ("城市建设事关群众切身利益，我们将坚持规划引领，推动县城建设提档升级。", ["城市建设事关群众切身利益"]),
    ("今年，全县将实施城建项目40个。\n\n围绕补短板、强功能，重点抓好以下工作。",
     ["今年，全县将实施城建项目40个", "围绕补短板"]),
]


@pytest.mark.parametrize("body,starts", AFTER_MEASURES)
def test_paragraphs_after_a_measures_paragraph_are_measures(tmp_path, body, starts):
    found = _starts(tmp_path, body)
    for start in starts:
        assert any(f.startswith(start) for f in found), (start, found)


@pytest.mark.parametrize("body,openings", FRAMING_STILL)
def test_framing_with_no_measures_before_it_is_no_task(tmp_path, body, openings):
    found = _starts(tmp_path, body)
    for opening in openings:
        assert not any(f.startswith(opening) for f in found), (opening, found)
