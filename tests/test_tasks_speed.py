"""The task reader's searches written for speed find what their plain forms find."""

import random
import re
from pathlib import Path

import pytest

from luoshi.engine import indicators, structure
from luoshi.engine.text import for_parsing

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


def _livelihood_items_plain(text, paragraphs):
    """livelihood_items as written before its searches were made quick: every paragraph sliced and searched."""
    items = []
    for i, p in enumerate(paragraphs):
        body = text[p.start:p.end]
        if items or not structure._LIVELIHOOD.search(body):
            continue
        spans = [(n, p.start + a, p.start + b) for n, a, b in structure.inline_items(body)]
        if not spans and for_parsing(body).rstrip().endswith(":"):
            want = 1
            for q in paragraphs[i + 1:]:
                m = structure._LEVEL3.match(for_parsing(text[q.start:q.end]))
                if not m or int(m.group(1)) != want:
                    break
                spans.append((want, q.start, q.end))
                want += 1
        for number, a, b in spans:
            item = text[a:b].rstrip()
            body_start = structure._LEVEL3.match(for_parsing(item)).start(2)
            title = re.split(r"[。!?]", for_parsing(item[body_start:]), maxsplit=1)[0]
            items.append({"number": number, "title": item[body_start:body_start + len(title)],
                          "text": item, "start": a, "end": a + len(item)})
    return items


def test_livelihood_items_are_those_of_every_paragraph_searched():
    texts = [(SAMPLES / name).read_text(encoding="utf-8") for name in
             ("shangcheng-2020-work-report.txt", "shangcheng-yearbook-awards-and-plans.txt")]
    texts += ["一、回顾\n去年办好民生实事。\n二、今年工作\n今年将实施以下民生实事项目：\n1. 新建学校3所。\n2. 改造老旧小区10个。\n",
              "没有实事。\n1. 不是清单\n", "办好为民实事：1.新建公园2个；2.增设车位500个。"]
    found = 0
    for text in texts:
        sections, paragraphs, sentences = structure.parse_structure(text)
        items = structure.livelihood_items(text, paragraphs)
        assert items == _livelihood_items_plain(text, paragraphs)
        found += len(items)
        for s in sentences:
            inside = any(it["start"] <= s.start < it["end"] for it in items)
            assert s.tags.count("livelihood_item") == inside, s.text
    assert found >= 10


def _sentences_plain(norm, start, end, cuts):
    stops = set(structure._ends(norm, start, end)) | set(cuts) | {end}
    spans, prev = [], start
    for stop in sorted(stops):
        piece = norm[prev:stop]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            spans.append((prev + lead, prev + trail))
        prev = stop
    return spans


def test_sentence_spans_are_those_trimmed_by_strip():
    rng = random.Random(28)
    chars = "。!?” \u3000\t\n\xa0\u2028a任务增长1"
    texts = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    texts.append(for_parsing((SAMPLES / "shangcheng-2020-work-report.txt").read_text(encoding="utf-8")))
    for text in texts:
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        cuts = sorted(rng.sample(range(a, b + 1), min(2, b - a + 1)))
        for start, end, cut in ((0, len(text), []), (a, b, cuts)):
            assert structure._sentences(text, start, end, cut) == _sentences_plain(text, start, end, cut), text


def test_size_class_ranges_name_yuan_twice():
    # parse looks for a size class (100万元-500万元的企业5家) only in a text that holds 元 twice: none is found in another
    rng = random.Random(53)
    chars = "0123456789.万亿元-~至到的企业家个,。、()项目"
    texts = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    texts += [for_parsing(line) for line in
              (SAMPLES / "shangcheng-2020-work-report.txt").read_text(encoding="utf-8").splitlines()]
    found = 0
    for text in texts:
        spans = [m.span() for m in indicators._SIZE_CLASS_RANGE.finditer(text)]
        if text.count("元") < 2:
            assert not spans, text
        found += bool(spans)
    assert found > 0


def test_quick_refusals_of_the_report_sentences_are_the_patterns_words():
    # _statement asks every clause to rest on something only when the sentence names a word of it; _units_sentence
    # reads a sentence opened by 由 only; _CARRIES_OUT names 本 between its words
    from luoshi.engine.tasks import report

    assert report._UNITS_LEAD.pattern.startswith("由")
    assert ")本(?:" in report._CARRIES_OUT.pattern
    rng = random.Random(5)
    words = report._RESTS_ON_WORD.pattern.split("|")
    pieces = words + list("，,；;。发展关键在于的是")
    bodies = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    bodies += [for_parsing(s.text).strip() for s in structure.parse_structure(
        (SAMPLES / "shangcheng-2020-work-report.txt").read_text(encoding="utf-8"))[2]]
    rests = 0
    for body in bodies:
        clauses = [c for c in report._CLAUSE_SPLIT.split(body.rstrip("。!")) if c]
        plain = bool(clauses) and all(report._RESTS_ON.fullmatch(c) for c in clauses)
        if plain:
            assert report._RESTS_ON_WORD.search(body), body
        rests += plain
    assert rests > 0
