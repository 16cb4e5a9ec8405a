"""``for_parsing`` gives the same text whichever way it maps it: ``str.translate`` for short
texts (and wherever numpy is not loaded), one numpy pass over the code points for long ones."""

from __future__ import annotations

import random

import numpy  # noqa: F401  (loaded: long texts take the numpy pass)
import pytest

from luoshi.engine import text

pytestmark = pytest.mark.engine


def _translated(s: str) -> str:
    return s.translate(text._TABLE)


def test_long_texts_map_as_translate_does():
    # every mapped character, the characters beside them, Chinese, lone surrogates and code
    # points past the basic plane (past the numpy table: left as they are)
    pool = ([chr(c) for c in range(0x20, 0x80)] + [chr(c) for c in range(0xFEFF, 0xFF70)]
            + [chr(c) for c in text._FULLWIDTH] + list("中华人民共和国，。；：（）")
            + ["\ud800", "\udc80", "\uffff", "\U00010000", "\U0001f600", "\U0010ffff"])
    rng = random.Random(16)
    for n in (text._LONG - 1, text._LONG, text._LONG + 1, 4000):
        for _ in range(50):
            s = "".join(rng.choice(pool) for _ in range(n))
            got = text.for_parsing.__wrapped__(s)
            assert got == _translated(s) and len(got) == len(s)
    basic = "".join(rng.choice(pool[:-3]) for _ in range(3000))     # the basic plane only
    assert text.for_parsing.__wrapped__(basic) == _translated(basic)
    assert text.for_parsing.__wrapped__("０１２ＡＢ，　" * 100) == "012AB, " * 100


def test_compact_removes_what_the_space_pattern_matches():
    T = text
    spaces = [chr(c) for c in range(0x110000) if T._SPACE.match(chr(c)) or chr(c).isspace()]
    assert "\u3000" in spaces and "\x1c" in spaces
    rng = random.Random(9)
    pool = spaces + list("任务名称ａＢ1２ ")
    for _ in range(3000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert T.compact(s) == T._SPACE.sub("", T.for_parsing(s)), repr(s)


def test_a_slice_of_a_mapped_text_is_the_slice_mapped():
    # ``parts._body`` takes a paragraph's words as a slice of its document's ``for_parsing``: the same
    # string as mapping the paragraph alone, whichever way either length is mapped (about ``_LONG``).
    pool = list("中华人民共和国，。；：（）ＡＢ０１２　 ab12\n") + [chr(c) for c in text._FULLWIDTH]
    rng = random.Random(28)
    for n in (40, text._LONG, 3000):
        for _ in range(40):
            s = "".join(rng.choice(pool) for _ in range(n))
            whole = text.for_parsing.__wrapped__(s)
            for _ in range(10):
                a = rng.randint(0, n)
                b = rng.randint(a, min(n, a + rng.choice((10, text._LONG, n))))
                assert whole[a:b] == text.for_parsing.__wrapped__(s[a:b]), (n, a, b)


OUTSIDE_BRACKETS = [
    # (text, marks found outside brackets, with an unclosed opener hiding the rest)
    ("任务（单位：局）：已完成", [8], [8]),
    ("任务(单位:局):已完成", [8], [8]),
    ("推进“改革（含：网办）”（牵头：局）：已", [18], [18]),
    ("任务（单位：局)：已", [8], [8]),
    ("任务：已完成", [2], [2]),
    ("任务（单位：局：已完成", [5, 7], []),
    ("任务）：已（其中：5个", [3, 8], [3]),
]


@pytest.mark.parametrize(("s", "want", "hidden"), OUTSIDE_BRACKETS)
def test_marks_outside_brackets(s, want, hidden):
    assert text.outside_brackets(s, "：:") == want
    assert text.outside_brackets(s, "：:", unclosed_hides=True) == hidden
