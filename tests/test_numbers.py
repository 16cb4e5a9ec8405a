"""Numbers in messy forms (luoshi/engine/numbers.py), as a table of examples."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from luoshi.engine.numbers import apply_scale, parse_number, split_scale

pytestmark = pytest.mark.engine

NUMBERS = [
    # token as written → value
    ("1,200", 1200), ("１２３", 123), ("3.5", 3.5), ("0.5", 0.5), ("12,345.6", 12345.6),
    ("一千一百", 1100), ("两万", 20000), ("十二", 12), ("一二三", 123), ("三分之二", 0.6667), ("百", 100),
    ("3.5万", 35000), ("1.2万亿", 1.2e12), ("〇", 0),
    # no number
    ("", None), (None, None), ("abc", None), ("万万", None), ("十十", None), ("十十一", None), ("点", None), ("分之", None),
    ("x" * 100, None), ("1" * 41, None),
]


@pytest.mark.parametrize("token,value", NUMBERS, ids=[repr(t)[:12] for t, _ in NUMBERS])
def test_parse_number(token, value):
    assert parse_number(token) == value


SCALED = [
    ("3.5万", (3.5, "万")), ("两万", (2.0, "万")), ("1100", (1100.0, "")), ("12亿", (12.0, "亿")),
    ("1.2万亿", (1.2, "万亿")), ("3千万", (3.0, "千万")), ("万", (10000.0, "")), ("", (None, "")),
]


@pytest.mark.parametrize("token,split", SCALED, ids=[t for t, _ in SCALED])
def test_split_scale(token, split):
    assert split_scale(token) == split


@pytest.mark.parametrize("value,scale,result", [(3.5, "万", 35000), (2, "亿", 2e8), (7, "", 7), (None, "万", None)])
def test_apply_scale(value, scale, result):
    assert apply_scale(value, scale) == result


@given(st.text(max_size=60))
def test_any_text_is_a_number_or_none(s):
    value = parse_number(s)
    assert value is None or isinstance(value, float)
    v, scale = split_scale(s)
    assert (v is None or isinstance(v, float)) and scale in ("", "万", "十万", "百万", "千万", "亿", "万亿")
