"""Numbers in messy forms (luoshi/engine/numbers.py), as a table of examples."""

import pytest
from hypothesis import given, settings
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


def _cn2an(s: str):
    import cn2an

    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError):
        return None


_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"


def test_numerals_read_without_cn2an_are_read_as_cn2an_reads_them():
    # every numeral of up to three characters the engine reads itself, and the common forms past that
    import itertools

    from luoshi.engine.numbers import _read_numeral

    read = 0
    for n in range(1, 4):
        for chars in itertools.product(_NUMERAL_CHARS, repeat=n):
            s = "".join(chars)
            value = _read_numeral(s)
            if value is not None:
                read += 1
                assert float(value) == _cn2an(s), s
    assert read > 200
    for s, value in [("二十八", 28), ("五千", 5000), ("三万二千", 32000), ("一百零五", 105), ("两千零二十", 2020),
                     ("十二万三千四百五十六", 123456), ("三亿零五百万", 305000000), ("〇", 0)]:
        assert _read_numeral(s) == value == _cn2an(s), s


@settings(deadline=None)     # (the first example loads cn2an)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([(), ("二", "两"), ("零", "〇"), ("一十", "十")]))
def test_numerals_of_any_size_read_without_cn2an_agree_with_it(n, variant):
    import cn2an

    from luoshi.engine.numbers import _read_numeral

    s = cn2an.an2cn(n)
    if variant:
        s = s.replace(*variant, 1)
    value = _read_numeral(s)
    if value is not None:
        assert float(value) == _cn2an(s), s


@pytest.mark.parametrize("s", ["一二三", "一万二", "十十", "十十一", "万万", "一千二十", "三点五", "零十", "亿"])
def test_forms_cn2an_rewrites_or_refuses_are_left_to_it(s):
    from luoshi.engine.numbers import _numeral, _read_numeral

    assert _read_numeral(s) is None
    assert _numeral(s) == _cn2an(s)
