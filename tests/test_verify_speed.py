"""Verification's patterns written for speed find what the plain patterns find."""

import random
import re

import pytest

from luoshi.engine import verify

pytestmark = pytest.mark.engine


def test_bare_names_are_found_with_their_first_characters_checked_first():
    plain = re.compile(verify._BARE_NAME.pattern.split(")", 1)[1])
    assert verify._BARE_NAME.pattern.startswith("(?=[") and plain.pattern.startswith("(?:^|")
    chars = sorted({ch for name in verify._BARE_NAMES for ch in name} | set("，,、和增长下降回落较快"))
    rng = random.Random(16)
    texts = ["".join(rng.choice(chars) for _ in range(40)) for _ in range(3000)]
    texts += ["投资增长较快", "全市外贸回落，规上工业增长6%", "民间投资增长"]
    for text in texts:
        assert [m.span(1) for m in verify._BARE_NAME.finditer(text)] == [m.span(1) for m in plain.finditer(text)]
