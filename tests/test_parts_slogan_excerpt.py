"""A pasted excerpt of a work report with no opening address (各位代表) and slogans for part titles: the part
holding the sentence naming the main expected targets is the plan (structure._numbered_parts, parts._plan_from_targets),
so its targets are read; a plan or notice setting out its principles (一、指导思想) and a text naming no targets keep
their reading, and a speech keeps its roles by position.  Inputs are this file's own wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from luoshi.engine import reader, tasks, verify
from luoshi.engine.model import SourceText

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.engine


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


def _targets(text):
    return [(t.indicators[0].metric, t.indicators[0].value) for t in tasks.tasks_from_document(_doc(text), "t.txt")
            if t.kind == "expected_target"]


SLOGANS = """某某县人民政府工作报告

一、凝心聚力，各项事业呈现新气象

{review}

二、乘势而上，全力书写高质量发展新篇章

{lead}主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业3000人以上。

（一）聚力项目建设。实施重点项目85个，完成投资120亿元。

三、守正创新，建设人民满意政府

坚持依法行政，自觉接受监督。
"""
REVIEW = "过去一年，全县地区生产总值增长5.4%，一般公共预算收入增长6.2%，城镇新增就业3150人。"
EXPECTED = [("地区生产总值", 6), ("一般公共预算收入", 5), ("城镇新增就业", 3000)]


@pytest.mark.parametrize("lead", ["", "今年全县经济社会发展的", "综合考虑各方面因素，经济社会发展"])
def test_slogan_excerpt_targets_read(lead):
    assert _targets(SLOGANS.format(review=REVIEW, lead=lead)) == EXPECTED


def test_slogan_excerpt_verified():
    review = ("某某县人民政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n" + REVIEW +
              "\n\n我们也清醒认识到，发展中还存在一些困难和问题。\n")
    verdicts, _ = verify.verify_documents(_doc(SLOGANS.format(review="", lead="")), _doc(review), "t.txt")
    got = {v.metric: corpus.outcome(v) for v in verdicts if v.metric in dict(EXPECTED)}
    assert got == {"地区生产总值": "not_met", "一般公共预算收入": "achieved", "城镇新增就业": "achieved"}


def test_slogan_excerpt_parts_after_targets_are_plan_too_and_before_review():
    doc = _doc(SLOGANS.format(review=REVIEW, lead=""))
    assert [(s.level, s.role) for s in doc.sections if s.level == 0] == [(0, "review"), (0, "plan"), (0, "conduct")]


PLAN_DOCUMENT = """某某县2025年国民经济和社会发展计划

一、指导思想

以新发展理念为引领，推动高质量发展。

二、发展任务

主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。

三、保障措施

加强组织领导，强化督查考核。
"""


@pytest.mark.parametrize(("text", "parts"), [
    # guards: a plan setting out its principles keeps its 一、 headings as headings, not a report's parts
    (PLAN_DOCUMENT, 0),
    # slogans, no sentence naming the targets and a first part reporting no past results: nothing to hang the parts
    # on, headings stay headings (with the past year's results in its first part, a year N+1 excerpt finds its parts:
    # tests/test_parts_excerpt_no_targets.py)
    (SLOGANS.format(review="当前，外部环境复杂多变，我们要保持战略定力。", lead="").replace("主要预期目标是：", "我们将"), 0),
])
def test_slogan_excerpt_guards(text, parts):
    assert sum(1 for s in _doc(text).sections if s.level == 0) == parts


def test_speech_keeps_roles_by_position():
    text = SLOGANS.format(review=REVIEW, lead="").replace("某某县人民政府工作报告\n\n", "某某县人民政府工作报告\n\n各位代表：\n\n")
    doc = _doc(text)
    assert [s.role for s in doc.sections if s.level == 0] == ["review", "plan", "conduct"]
    assert _targets(text) == EXPECTED
