"""spaces, stop 51: a figure written with spaces between its number and its unit or per-cent sign (text taken from a PDF
or a web table: 增长7.4 %, 完成 15.2 亿元, 下降 1.3 个百分点) reads as the figure written without them; a number before a
word that is no unit of it (a year, an ordinal, a list of numbers) stays apart.  Written for this file."""

from datetime import date

import pytest

from luoshi.engine.progress import close_spaced_units, parse_row
from luoshi.engine.text import for_parsing
from tests.status_judge import judge

pytestmark = pytest.mark.engine

# (progress text, the figures read: (value, unit))
SPACED = [
    ("前三季度工业增加值同比增长7.4 %。", [(7.4, "%")]),
    ("前三季度工业增加值同比增长7.4\u3000%。", [(7.4, "%")]),
    ("前三季度工业增加值同比增长7.4\u00a0%。", [(7.4, "%")]),
    ("前三季度工业增加值同比增长7.4\uff05。", [(7.4, "%")]),
    ("1-9月完成投资 15.2 亿元，同比增长3 %。", [(15.2, "亿元"), (3.0, "%")]),
    ("全年实现税收收入 8.75  万元。", [(8.75, "万元")]),
    ("城镇登记失业率较上年下降 1.3 个百分点。", [(1.3, "个百分点")]),
    ("前三季度能耗同比下降 -0.5 %。", [(-0.5, "%")]),
]

# (progress text, a figure that must not be read)
APART = [
    ("2023 年完成招标，第 3 季度开工。", 2023.0),
    ("2023 年完成招标，第 3 季度开工。", 3.0),
    ("目标 1 2 3 均已完成。", 123.0),
]


@pytest.mark.parametrize("text,expected", SPACED)
def test_spaced_unit_is_the_figure(text, expected):
    assert [(f.value, f.unit) for f in parse_row(text).facts] == expected


@pytest.mark.parametrize("text,value", APART)
def test_a_number_before_no_unit_stays_apart(text, value):
    facts = parse_row(text).facts
    assert value not in [f.value for f in facts]
    assert not any(f.unit in ("%", "亿元", "万元") for f in facts)


def test_offsets_and_lengths_are_kept():
    text = "增长8.6\u3000%，完成 12.3 亿元，2023 年"
    moved, norm = close_spaced_units(text, for_parsing(text))
    assert len(moved) == len(norm) == len(text)
    assert "8.6%" in norm and "12.3亿元" in norm and "2023 年" in norm
    assert sorted(moved) == sorted(text)


@pytest.mark.parametrize("progress,expected", [
    ("1-9月，全县完成固定资产投资41.3 亿元，同比增长9.2 %。", "on_track"),
    ("1-9月，全县完成固定资产投资41.3 亿元，同比增长2.1 %。", "behind"),
])
def test_a_spaced_growth_is_judged(progress, expected):
    assert judge("固定资产投资增长7%以上。", progress, date(2025, 9, 30)).status == expected


def test_a_spaced_growth_is_the_amount_before_it():
    facts = parse_row("前三季度，全县实现 生产总值 96.4 亿元，同比增长 5.3 %。").facts
    assert [(f.metric, f.value, f.unit) for f in facts] == [("生产总值", 96.4, "亿元"), ("生产总值同比增长", 5.3, "%")]
