"""The progress preview page shortens its texts in the view (``_short``) rather than with
``truncatechars`` in the template, which walked every character of some 28,000 texts on a
5,600-row preview: the result is the filter's own, for texts shorter than, as long as and
longer than the limit, with combining marks, compatibility characters and spaces."""

from __future__ import annotations

import pytest
from django.template.defaultfilters import truncatechars

from luoshi.supervision.views.imports import _short

TEXTS = [
    "",
    "短",
    "已完成。",
    "全年累计减税降费3.2亿元，已完成。" * 3,
    "a" * 40,
    "a" * 41,
    "a" * 39 + "e\u0301",
    "e\u0301" * 40,
    "e\u0301" * 41,
    "Ａ" * 45,
    "ｶﾞ" * 30,
    "  空格  " * 8,
    "深入开展“全民阅读·书香上城”活动" * 2,
    "\u200b" * 50,
    "第一行\n第二行" * 10,
]


@pytest.mark.parametrize("length", [1, 2, 39, 40, 41, 160])
def test_short_is_truncatechars(length):
    for text in TEXTS:
        assert _short(text, length) == truncatechars(text, length), (text, length)
