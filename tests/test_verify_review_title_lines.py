"""A review's results given as lines each opened by the metric's name and a colon, restating the year's target before
the result (issue 10, stop 49; found by a held-out invented pair's misses, v212): 某指标：年度目标…，完成…，完成率…%.
Where several such names are short, the structure reads each as a run-in title of its own line and cuts it off as a
sentence of its own; the rest of the line (年度目标…，完成…) then named no metric and every figure was lost.  The title
is read again with the rest of its line (verify/review._titled_lines), as a line the structure leaves whole is: the
restated target left out, the result judged.  Two readings found on the same pair: a growth after an amount of part of
the year whose name holds the months (…1—11月完成…亿元，增长…%) is of those months too (verify/claims), and the livestock
sector's output answered only by the animals sold is a neighbouring measure (words.toml verify.neighbours), unclear.
The reports below were written for these tests (某某 names)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.engine

N = ("某某林场工作报告\n\n二、2025年工作安排\n\n今年主要预期目标：{targets}。\n")
N1 = ("某某林场工作报告\n\n一、2025年工作回顾\n\n一年来，各项指标完成情况如下：\n\n{lines}\n\n"
      "二、存在的问题\n\n林下经济规模偏小。\n")


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


def _outcomes(targets, lines):
    verdicts, _ = verify.verify_documents(_doc(N.format(targets=targets)), _doc(N1.format(lines=lines)), "t.txt")
    return {v.metric: corpus.outcome(v) for v in verdicts}


TARGETS = "林业总产值增长5%，造林面积1.5万亩，木材产量12万立方米，森林蓄积量保持在900万立方米以上"
LINES = ("林业总产值：年度目标增长5%，完成6.4亿元，增长4.1%。\n"
         "造林面积：年度目标1.5万亩，完成1.62万亩，完成率108%。\n"
         "木材产量：年度目标12万立方米，完成11.3万立方米，完成率94.2%。\n"
         "森林蓄积量：年度目标900万立方米以上，达到921万立方米。")


@pytest.mark.parametrize(("metric", "outcome"), [
    ("林业总产值", "not_met"),      # the growth under the restated target's
    ("造林面积", "achieved"),       # over it, the restated figure no result
    ("木材产量", "not_met"),        # a whole-year amount short
    ("森林蓄积量", "achieved"),     # a level over its floor
])
def test_lines_restating_their_target_under_short_titles(metric, outcome):
    assert _outcomes(TARGETS, LINES)[metric] == outcome


@pytest.mark.parametrize(("lines", "metric", "outcome"), [
    # guards: a line the structure leaves whole is read as before
    ("林业总产值：年度目标增长5%，完成6.4亿元，增长5.6%。", "林业总产值", "achieved"),
    # the restated target alone is no result
    ("林业总产值：年度目标增长5%。\n造林面积：年度目标1.5万亩。", "林业总产值", "not_reported"),
    # a title whose line has a period of part of the year: settles nothing
    ("造林面积：年度目标1.5万亩，完成1.62万亩。\n木材产量：年度目标12万立方米，1—11月完成12.4万立方米。",
     "木材产量", "unclear"),
])
def test_title_lines_guards(lines, metric, outcome):
    assert _outcomes(TARGETS, lines)[metric] == outcome


@pytest.mark.parametrize(("targets", "review", "metric", "outcome"), [
    # a growth after a part-year amount named with its months: those months' growth, unclear
    ("木材加工产值增长6%", "木材加工产值1—10月完成3.2亿元，增长7.7%。", "木材加工产值", "unclear"),
    ("木材加工产值增长6%", "木材加工产值：年度目标增长6%，1—11月完成3.5亿元，增长6.9%。\n造林面积：完成1.6万亩。",
     "木材加工产值", "unclear"),
    # guard: the whole year's amount and growth settle it
    ("木材加工产值增长6%", "木材加工产值完成3.8亿元，增长4.4%。", "木材加工产值", "not_met"),
    # the livestock sector's output answered only by the animals sold: a neighbouring measure
    ("畜牧业增加值增长9%", "全年肉牛出栏2.1万头，生猪出栏8.4万头，增长11.2%。", "畜牧业增加值", "unclear"),
    ("畜牧业产值增长9%", "全年牛羊出栏14万头只，增长3.5%。", "畜牧业产值", "unclear"),
])
def test_part_year_names_and_livestock_neighbours(targets, review, metric, outcome):
    assert _outcomes(targets, review)[metric] == outcome
