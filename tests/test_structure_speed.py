"""The structure reader's searches written for speed find what its plain patterns find."""

import random
from pathlib import Path

import pytest

from luoshi.engine import structure
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

SAMPLE = Path(structure.__file__).resolve().parent.parent / "samples" / "shangcheng-2020-work-report.txt"


def _texts() -> list[str]:
    rng = random.Random(26)
    chars = "。!?”’」』)]*．.、1２٣ 9a年增长\t"
    texts = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    texts += ["一是加快建设。二是“数字经济”!**三是**?!」", "1.扩大投资；2、稳定就业", "增长2.5%、3、", "٣.阿拉伯数字"]
    return texts + for_parsing(SAMPLE.read_text(encoding="utf-8")).splitlines()


def test_sentence_ends_are_those_the_end_pattern_finds():
    rng = random.Random(27)
    for text in _texts():
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        for start, end in ((0, len(text)), (a, b)):
            assert structure._ends(text, start, end) == [m.end() for m in structure._END.finditer(text, start, end)], \
                (text, start, end)
    whole = for_parsing(SAMPLE.read_text(encoding="utf-8"))
    assert structure._ends(whole, 0, len(whole)) == [m.end() for m in structure._END.finditer(whole)]


def test_item_hint_is_the_hint_pattern():
    texts = _texts()
    assert sum(structure._item_hint(t) for t in texts) > 100
    for text in texts:
        assert structure._item_hint(text) == bool(structure._ITEM_HINT.search(text)), text


def test_targets_patterns_are_asked_only_of_sentences_holding_what_every_word_holds():
    from luoshi.engine import vocab

    for held, keys, rx in ((structure._TARGETS_HELD, ("part.targets", "part.targets_short"), structure._TARGETS),
                           (structure._TARGETS_PLAIN_HELD, ("part.targets_plain",), structure._TARGETS_PLAIN)):
        assert held and all(held in w for w in vocab.words_of(*keys))
        for line in _texts() + ["今年全市经济社会发展的主要预期目标是：", "主要目标是：地区生产总值增长6%", "预期指标为"]:
            if rx.search(line):
                assert held in line, line
    assert structure._held_by_all(["民生实事", "民生项目", "实事项目"]) == ""
    assert structure._held_by_all(["民生实事", "实事项目"]) == "实事"
