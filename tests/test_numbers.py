from hypothesis import given
from hypothesis import strategies as st

from luoshi.engine.numbers import apply_scale, parse_number, split_scale


def test_forms():
    assert parse_number("1,200") == 1200
    assert parse_number("１２３") == 123
    assert parse_number("3.5") == 3.5
    assert parse_number("0.5") == 0.5
    assert parse_number("一千一百") == 1100
    assert parse_number("两万") == 20000
    assert parse_number("三分之二") == 0.6667
    assert split_scale("3.5万") == (3.5, "万")
    assert apply_scale(3.5, "万") == 35000


def test_bad_input():
    for s in ["", "abc", "万", "分之", "x" * 100000, None]:
        parse_number(s)
        split_scale(s)


@given(st.text())
def test_never_raises(s):
    parse_number(s)
    split_scale(s)
