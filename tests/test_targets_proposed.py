"""The coming year's targets proposed with no word naming them (issue 10, stop 43; found by a real pair's miss): a report
that names no expected targets (no 主要预期目标, 预期目标是, 主要目标是 …) may propose them in its year's part in the
government's voice — …，我们提出：2027年地区生产总值增速保持高于全省平均水平，…，就业形势保持总体稳定，…进一步降低。
A proposal word and a colon (words.toml part.targets_proposed), right after it the year the report plans (or 今年, 全年)
and clauses stating three targets or more (figures or none) make the sentence the year's targets
(structure._targets_proposed); the year opening the first clause is its scope, not the metric's name
(targets._SCOPE_PREFIX).  A review recalling an earlier year's proposal, a proposal of one or two aims, or a report
that names its targets otherwise is read as before.  The reports below were written for these tests (某某 names)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from luoshi.engine import reader, targets
from luoshi.engine.model import SourceText

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.engine

_REPORT = """2027年某某市政府工作报告
（2027年1月12日）
在某某市第十届人民代表大会第六次会议上
某某市人民政府市长 某某
各位代表：
一、2026年工作回顾
2026年，全市地区生产总值增长5.1%，一般公共预算收入增长4.2%。{review}
二、2027年工作安排
{plan}
今年工作的总体思路是：坚持稳中求进工作总基调，推动高质量发展。
今年将重点抓好以下工作：
"""


def _targets(plan, review=""):
    doc = reader.read_text(SourceText(_REPORT.format(plan=plan, review=review), "txt"), "n.txt")
    return sorted((t["metric"], t["comparator"], t["value"], t["kind"]) for t in corpus.engine_targets(doc))


@pytest.mark.parametrize(("plan", "expected"), [
    ("考虑到外部环境的不确定性，我们提出：2027年地区生产总值增速保持高于全省平均水平，一般公共预算收入与经济增长基本同步，"
     "就业形势保持总体稳定，单位地区生产总值能耗进一步降低。",
     [("一般公共预算收入", "=", None, "qualitative"), ("单位地区生产总值能耗", "<=", None, "qualitative"),
      ("地区生产总值", ">=", None, "qualitative"), ("就业形势", "=", None, "qualitative")]),
    ("综合各方面因素，我们提出：今年全市地区生产总值增长5%左右，城镇调查失业率控制在5.6%以内，居民人均可支配收入与经济增长同步。",
     [("地区生产总值", "=", 5.0, "growth_rate"), ("城镇调查失业率", "<=", 5.6, "ratio"),
      ("居民人均可支配收入", "=", None, "qualitative")]),
    # guards: a proposal of one aim, a proposal of another year, no proposal word: no target read
    ("我们提出：今年要打造营商环境最优城市。", []),
    ("我们提出：2030年地区生产总值突破5000亿元，一般公共预算收入突破300亿元，常住人口城镇化率达到70%。", []),
    ("今年地区生产总值增速保持高于全省平均水平，就业形势保持总体稳定，单位地区生产总值能耗进一步降低。", []),
])
def test_a_proposal_of_the_year_s_targets(plan, expected):
    assert _targets(plan) == expected


def test_a_review_recalling_last_year_s_proposal_is_no_target():
    review = "年初我们提出：2026年地区生产总值增长5%，一般公共预算收入增长4%，城镇调查失业率控制在5.6%以内。"
    assert _targets("今年要抓好十个方面的工作。", review=review) == []


def test_targets_named_otherwise_are_read_as_before():
    plan = ("今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长4%。\n"
            "围绕这些目标，我们提出：今年就业形势保持总体稳定，居民收入稳步增长，生态环境质量持续改善。")
    assert _targets(plan) == [("一般公共预算收入", ">=", 4.0, "growth_rate"), ("地区生产总值", "=", 5.0, "growth_rate")]


@pytest.mark.parametrize(("clause", "metric"), [
    ("2027年地区生产总值增长5.3%左右", "地区生产总值"),
    ("2027年全市规模以上工业增加值增长6%", "规模以上工业增加值"),
    # guards: a date inside the year and the year's 年度 stay as they were
    ("2027年底前城镇污水处理率达到95%", "2027年底前城镇污水处理率"),
    ("2027年度一般公共预算收入增长5%", "2027年度一般公共预算收入"),
])
def test_a_year_opening_the_clause_is_its_scope(clause, metric):
    assert targets.parse_clause(clause)[0].metric == metric
