"""Verify mends of stop 67's second round (verifye, issue 10), from the misses of the stop's held-out sets (the ninety-first
invented set; tests/test_verify_heldout67.py).  Every sentence below was written for this file, in
other words than any label row, with guards:

- an infographic's box of the year's targets: a bracketed title naming the targets only (【…年主要预期目标】,
  structure.heads_targets_only) over a metric's bare name on its own line with its figure on the line below it — each
  name and the figure lines under it one sentence (structure._figure_under_name), each read as a target; a name over a
  line of prose, or over a date, stays apart.
"""

from __future__ import annotations

import pytest

from luoshi.engine import structure
from tests.verify_pair_helpers import outcomes_by_metric

pytestmark = pytest.mark.engine

_BOX = ("图说｜2026年某某区政府工作报告\n\n2月3日，某某区第九届人民代表大会第二次会议开幕。\n\n【2026年主要预期目标】\n"
        "地区生产总值\n增长5.5%左右\n一般公共预算收入\n增长3%\n城镇新增就业\n4100人以上\n森林覆盖率\n稳定在61%以上\n\n"
        "【2026年重点工作】\n01 扩大有效投资\n实施区级重点项目86个，完成年度投资64亿元\n\n图文：某某区融媒体中心\n")
_BOX_REVIEW = ("某某区人民政府工作报告\n\n一、2026年工作回顾\n\n2026年，全区地区生产总值增长5.9%，一般公共预算收入增长2.1%，"
               "城镇新增就业4380人，森林覆盖率达到61.4%。\n\n二、2027年主要目标\n\n今年主要预期目标是：地区生产总值增长5%。\n")


def test_an_infographics_targets_box_is_read_target_by_target():
    found = outcomes_by_metric(_BOX, _BOX_REVIEW)
    assert {m: v for m, v in found.items() if m not in ("实施区级重点项目", "完成年度投资")} == {
        "地区生产总值": "achieved", "一般公共预算收入": "not_met", "城镇新增就业": "achieved", "森林覆盖率": "achieved"}


@pytest.mark.parametrize(("lines", "joined"), [
    ("森林覆盖率\n稳定在61%以上", True),
    ("地区生产总值\n318.6亿元\n增长6.2%", True),                 # a results box: the level and the rate under one name
    ("某某区人民政府\n2026年1月8日", False),                      # guard: a signature over its date
    ("扩大有效投资\n实施区级重点项目86个，完成年度投资64亿元", False),  # guard: a title over a line of prose
    ("【主要目标】\n增长5%", False),                              # guard: a bracketed title is no metric's name
])
def test_a_figure_line_joins_the_bare_name_over_it(lines, joined):
    _, _, sentences = structure.parse_structure(lines + "\n")
    assert (len(sentences) == 1) is joined


@pytest.mark.parametrize("title", ["【2026年主要预期目标】", "2026年主要预期目标", "（一）主要预期目标"])
def test_a_bracketed_targets_title_names_the_targets(title):
    assert structure.heads_targets_only(title.removeprefix("（一）"))


def test_a_bracketed_title_of_other_words_names_no_targets():
    assert not structure.heads_targets_only("【2026年重点工作】")

