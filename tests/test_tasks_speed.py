"""The task reader's searches written for speed find what their plain forms find."""

import random
from pathlib import Path

import pytest

from luoshi.engine import indicators, structure

pytestmark = pytest.mark.engine

SAMPLES = Path(structure.__file__).resolve().parent.parent / "samples"


def _befores() -> list[str]:
    rng = random.Random(16)
    words = list(indicators._LE_BEFORE) + ["控制", "压缩", "至", "最", "不", "于"]
    pieces = words + list("的在到人口增长率")
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(5000)]


def test_ceiling_word_before_a_figure_is_the_word_by_word_test():
    hits = 0
    for before in _befores():
        plain = any(before.endswith(w) or w in before[-4:] for w in indicators._LE_BEFORE)
        fast = bool(before.endswith(indicators._LE_BEFORE)
                    or indicators._LE_BEFORE_TAIL.search(before, max(0, len(before) - 4)))
        assert fast == plain, before
        hits += plain
    assert 500 < hits < 4500


def test_milestone_words_hold_no_clause_mark():
    # parse cuts a text at _MILESTONE_SPLIT only when _MILE finds a word in the whole text: a clause is
    # a piece of it, so a word in a clause is a word in the text
    assert not indicators._MILE.pattern.startswith("^") and "(?<" not in indicators._MILE.pattern
    for text in ("项目年内建成", "加快推进，力争建成", "完善制度", "", "开工;投入使用。"):
        norm = text.replace("；", ";")
        assert bool(indicators._MILE.search(norm)) == any(
            indicators._MILE.search(c) for c in indicators._MILESTONE_SPLIT.split(norm))
