"""Verify mends of stop 57 (verifyy, issue 10), from the twenty-eighth real set's first run.  Every sentence below was
written for this file, with guards:

- a part title made of 关于 and a named year's work only (关于2031年工作) announces the part on that year, as 做好2031年工作
  does: the plan, so the review ends before it and the next year's targets after it are no results (words.toml
  part.do_the_year; parts.title_role);
- containers handled are counted in standard boxes (万标箱): a level in 标箱 is a target and a figure (units.toml
  units.count), answered by the year's level.
"""

from __future__ import annotations

import pytest

from luoshi.engine import parts, reader, targets, verify
from luoshi.engine.model import SourceText
from luoshi.engine.verify.review import review_claims
from tests.verify_pair_answers import corpus  # bench/corpus.py's outcome, as the benches read a verdict

pytestmark = pytest.mark.engine


def _doc(text: str):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("关于2031年工作", "plan"),
        ("关于2031年的工作", "plan"),
        # guards: more words after the year's work, or no lead, say no role; a review title as before
        ("关于2031年工作的几点建议", ""),
        ("2031年工作", ""),
        ("2030年工作回顾", "review"),
    ],
)
def test_a_title_about_a_year_work_is_the_plan(title, role):
    assert parts.title_role(title) == role


def test_the_next_year_targets_after_a_title_about_its_work_are_no_results():
    text = (
        "某市政府工作报告\n\n2030年工作回顾\n\n——经济运行稳中有进。全市地区生产总值增长4.6%，固定资产投资增长9.1%以上。\n\n"
        "我们也清醒看到，发展中还存在一些困难和问题。\n\n关于2031年工作\n\n"
        "2031年主要预期目标是：地区生产总值增长6.5%左右，固定资产投资增长8%左右，居民消费价格涨幅控制在3%以内。\n"
    )
    values = {c.value for c in review_claims(_doc(text))}
    assert {4.6, 9.1} <= values and not values & {6.5, 8.0, 3.0}


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("集装箱吞吐量完成620万标箱", [("集装箱吞吐量", 620.0, "万标箱", ">=")]),
        ("港口集装箱吞吐量达到48万标箱以上", [("港口集装箱吞吐量", 48.0, "万标箱", ">=")]),
        # guards: a rate of the same measure and a cargo level in tonnes as before
        ("集装箱吞吐量增长12%", [("集装箱吞吐量", 12.0, "%", ">=")]),
        ("港口货物吞吐量完成2.1亿吨以上", [("港口货物吞吐量", 2.1, "亿吨", ">=")]),
    ],
)
def test_a_level_in_standard_boxes_is_a_target(clause, expected):
    assert [(i.metric, i.value, i.unit, i.comparator) for i in targets.parse_clause(clause)] == expected


N = "某某市政府工作报告\n\n二、2031年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
N1 = (
    "某某市政府工作报告\n\n一、2030年工作回顾\n\n过去一年，全市地区生产总值增长6.2%，{review}。\n\n"
    "我们也清醒认识到，发展中还存在一些困难和问题。\n"
)


@pytest.mark.parametrize(
    ("target", "review", "outcome"),
    [
        ("集装箱吞吐量完成620万标箱", "集装箱吞吐量完成633万标箱、增长9.2%", "achieved"),
        ("集装箱吞吐量完成620万标箱", "集装箱吞吐量完成604万标箱", "not_met"),
        # guard: containers said nowhere
        ("集装箱吞吐量完成620万标箱", "港口货物吞吐量完成2.3亿吨", "not_reported"),
    ],
)
def test_a_level_in_standard_boxes_verified(target, review, outcome):
    verdicts, _ = verify.verify_documents(
        _doc(N.format(target=target)), _doc(N1.format(review=review)), "t.txt"
    )
    got = {v.metric: v for v in verdicts}
    assert "集装箱吞吐量" in got and corpus.outcome(got["集装箱吞吐量"]) == outcome
