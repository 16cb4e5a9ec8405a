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


SAID = ["全年地区生产总值增长6.5%，完成年度目标", "除地区生产总值外，其他指标均完成了年度目标任务", "节能减排完成省下达的目标任务",
        "物价涨幅控制在目标以内，城镇登记失业率实现预期目标", "规模以上工业增加值增速比年初目标低2个百分点，高于全省1个百分点",
        "固定资产投资增长9%，高于预期目标1个百分点", "城镇新增就业完成年度目标的110%", "粮食产量稳定增长。"]


def _sentences():
    from pathlib import Path

    samples = Path(verify.__file__).resolve().parent.parent / "samples"
    text = (samples / "shangcheng-2020-work-report.txt").read_text(encoding="utf-8")
    return SAID + [s for s in re.split(r"(?<=[。；])", text) if s.strip()]


def test_clauses_said_in_words_or_against_the_target_are_found_as_by_reading_every_clause():
    # _said_clauses and _versus_clauses pass over a sentence whose whole text, written out, holds no done word
    # (no word against the target): the same as reading each of its clauses
    for text in _sentences():
        written = verify._written(text)
        saying = []
        for clause in verify._CLAUSE_END.split(written):
            body = verify.normalise(clause).replace("了", "")
            done = verify._DONE_IN_WORDS.search(body)
            if done is not None and not verify._RATE_FIGURE.search(clause):
                saying.append((body, done.start()))
        excepting = [verify.normalise(part).replace("了", "") for part in verify._PART_END.split(written)
                     if "除" in verify.normalise(part) and "外" in verify.normalise(part)
                     and not verify._RATE_FIGURE.search(part)]
        assert verify._said_clauses(text) == (tuple(excepting), tuple(saying)), text
        versus = []
        for body in verify._written_clauses(text):
            above, below = verify._ABOVE_TARGET.search(body), verify._BELOW_TARGET.search(body)
            if above or below:
                versus.append((body, (above or below).start(), bool(above) and not below))
        assert verify._versus_clauses(text) == tuple(versus), text
    assert verify._said_clauses(SAID[1])[0] and verify._said_clauses(SAID[2])[1]
    assert verify._versus_clauses(SAID[4]) and verify._versus_clauses(SAID[5])


def test_quick_patterns_find_what_the_plain_patterns_find():
    # verify.QUICK: each pattern with its first characters checked first (vocab.quick) against the pattern itself
    texts = _sentences() + ["2023年全市实现正增长", "比上年增长6%，保持两位数增长", "均同比", "未能实现地区生产总值增长7%的目标"]
    for name in verify.QUICK:
        quick = getattr(verify, name)
        assert quick.pattern.startswith("(?=["), name
        plain = re.compile(quick.pattern.split("])", 1)[1][3:-1])
        for text in texts:
            assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)
            assert quick.sub("", text) == plain.sub("", text)
