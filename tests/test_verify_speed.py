"""Verification's patterns written for speed find what the plain patterns find."""

import importlib
import random
import re

import pytest

from luoshi.engine import verify, vocab
from luoshi.engine.text import for_parsing, normalise
from luoshi.engine.verify import claims, mentions, naming, patterns, restated

pytestmark = pytest.mark.engine


def test_bare_names_are_found_with_their_first_characters_checked_first():
    plain = re.compile(patterns._BARE_NAME.pattern.split(")", 1)[1])
    assert patterns._BARE_NAME.pattern.startswith("(?=[") and plain.pattern.startswith("(?:^|")
    chars = sorted({ch for name in patterns._BARE_NAMES for ch in name} | set("，,、和增长下降回落较快"))
    rng = random.Random(16)
    texts = ["".join(rng.choice(chars) for _ in range(40)) for _ in range(3000)]
    texts += ["投资增长较快", "全市外贸回落，规上工业增长6%", "民间投资增长"]
    for text in texts:
        assert [m.span(1) for m in patterns._BARE_NAME.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


SAID = ["全年地区生产总值增长6.5%，完成年度目标", "除地区生产总值外，其他指标均完成了年度目标任务", "节能减排完成省下达的目标任务",
        "物价涨幅控制在目标以内，城镇登记失业率实现预期目标", "规模以上工业增加值增速比年初目标低2个百分点，高于全省1个百分点",
        "固定资产投资增长9%，高于预期目标1个百分点", "城镇新增就业完成年度目标的110%", "粮食产量稳定增长。"]


def _sentences():
    from pathlib import Path

    samples = Path(verify.__file__).resolve().parent.parent.parent / "samples"
    text = (samples / "shangcheng-2020-work-report.txt").read_text(encoding="utf-8")
    return SAID + [s for s in re.split(r"(?<=[。；])", text) if s.strip()]


def test_clauses_said_in_words_or_against_the_target_are_found_as_by_reading_every_clause():
    # _said_clauses and _versus_clauses pass over a sentence whose whole text, written out, holds no done word
    # (no word against the target): the same as reading each of its clauses
    for text in _sentences():
        written = restated._written(text)
        saying = []
        before = ""
        for clause in patterns._CLAUSE_END.split(written):
            body = normalise(clause).replace("了", "")
            done = patterns._DONE_IN_WORDS.search(body)
            if done is not None and not patterns._RATE_FIGURE.search(clause):
                # (a clause with no subject, a negation only or a bare change word says it of the clause before)
                if before and (mentions._SUBJECTLESS_DONE.fullmatch(body, 0, done.start())
                               or mentions._BARE_CHANGE_SUBJECT.fullmatch(body, 0, done.start())):
                    saying.append((before + body, len(before) + done.start()))
                else:
                    saying.append((body, done.start()))
            before = body
        excepting = [normalise(part).replace("了", "") for part in patterns._PART_END.split(written)
                     if "除" in normalise(part) and "外" in normalise(part)
                     and not patterns._RATE_FIGURE.search(part)]
        said_excepting, said_saying = mentions._said_clauses(text)     # (each part with the names it excepts)
        assert (tuple(body for body, _ in said_excepting), said_saying) == (tuple(excepting), tuple(saying)), text
        versus = []
        for body in restated._written_clauses(text):
            above, below = mentions._ABOVE_TARGET.search(body), mentions._BELOW_TARGET.search(body)
            if above or below:
                versus.append((body, (above or below).start(), bool(above) and not below))
        assert mentions._versus_clauses(text) == tuple(versus), text
    assert mentions._said_clauses(SAID[1])[0] and mentions._said_clauses(SAID[2])[1]
    assert mentions._versus_clauses(SAID[4]) and mentions._versus_clauses(SAID[5])


def test_quick_patterns_find_what_the_plain_patterns_find():
    # verify.QUICK: each pattern with its first characters checked first (vocab.quick) against the pattern itself
    texts = _sentences() + ["2023年全市实现正增长", "比上年增长6%，保持两位数增长", "均同比", "未能实现地区生产总值增长7%的目标"]
    for name in verify.QUICK:
        module, attribute = name.split(".")
        quick = getattr(importlib.import_module(f"{verify.__name__}.{module}"), attribute)
        assert quick.pattern.startswith("(?=["), name
        plain = re.compile(quick.pattern.split("])", 1)[1][3:-1])
        for text in texts:
            assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)
            assert quick.sub("", text) == plain.sub("", text)


def _plain_per_unit(phrase, claim_metric):
    key = normalise(patterns._PLACE_PREFIX.sub("", phrase))
    if len(key) < 2 or not claims._PER_UNIT.search(claim_metric):
        return False
    body = normalise(claim_metric)
    at = body.find(key)
    return at > 0 and claims._PER_UNIT_BEFORE.search(body, max(0, at - 2), at) is not None


def _plain_share_of_whole(phrase, claim_metric):
    m = claims._SHARE_OF.search(normalise(claim_metric))
    key = normalise(patterns._PLACE_PREFIX.sub("", phrase))
    return m is not None and len(key) >= 2 and key in m.group("whole") \
        and key not in normalise(claim_metric)[:m.start()]


def test_per_unit_and_share_of_whole_ask_the_claim_first_and_say_the_same():
    phrases = ["地区生产总值", "全市地区生产总值", "固定资产投资", "全省固定资产投资", "税收", "集体经营性收入", "GDP", "", "市",
               "居民人均可支配收入"]
    metrics = ["人均地区生产总值", "全市人均地区生产总值", "工业投资占固定资产投资比重", "民间投资占全省固定资产投资的比例",
               "亩均税收", "村均集体经营性收入", "地区生产总值", "固定资产投资占比", "占地区生产总值比重", "单位面积GDP", "",
               "户均收入", "城镇居民人均可支配收入"]
    said = {"per": 0, "share": 0}
    for p in phrases:
        for c in metrics:
            per, share = naming._per_unit(p, c), naming._share_of_whole(p, c)
            assert per == _plain_per_unit(p, c), (p, c)
            assert share == _plain_share_of_whole(p, c), (p, c)
            said["per"] += per
            said["share"] += share
    assert said["per"] and said["share"]


def test_share_clauses_are_those_the_share_pattern_finds():
    # every verify.share_of_target word holds the head the clauses are checked for first
    assert mentions._SHARE_HEAD and all(mentions._SHARE_HEAD in w for w in vocab.words("verify.share_of_target"))
    texts = _sentences() + ["城镇新增就业完成年度目标的110%，完成计划的98.5%", "固定资产投资完成年度计划的105%"]
    found = 0
    for text in texts:
        plain = tuple(c for c in patterns._CLAUSE_END.split(patterns._review_names(for_parsing(text)).replace(" ", ""))
                      if mentions._SHARE_OF_TARGET.search(c))
        assert mentions._share_clauses(text) == plain, text
        found += bool(plain)
    assert found >= 2
