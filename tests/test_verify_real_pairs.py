"""The real consecutive-year pairs of bench/labels/verify_real/ (excerpts of non-scored governments' reports,
labelled by reading before the engine was run on them; first run in bench/verify_real.py), row by row, and the
rules written from that first run: a qualitative target asking a metric to hold (or grow) its size while its
quality improves (量稳质升, 稳量提质, 促稳提质, 量增质升, 量质齐升) is read as a target and answered by the metric's
growth rate, as 保持稳定 and 稳中有增 are; the whole trade's figure (进出口) beside an export target (出口总额) is a
neighbouring metric's, quoted and unclear.  Inputs of the tables are this file's own wording."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from luoshi.engine import reader, targets, verify
from luoshi.engine.errors import UnreadableInput
from luoshi.engine.model import SourceText

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "bench" / "labels" / "verify_real"
sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.engine

PAIRS = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("r*.json"))]


def _doc_file(name):
    return reader.read_text(SourceText((HERE / name).read_text(encoding="utf-8"), "txt"), name)


def _answers(pair):
    verdicts, _ = verify.verify_documents(_doc_file(pair["targets_file"]), _doc_file(pair["review_file"]),
                                          pair["targets_file"])
    match = corpus.assign(pair["targets"], corpus.verdict_targets(verdicts))
    return [corpus.outcome(verdicts[j]) if j is not None else "missing" for j in match]


FIVE_YEAR_READ = ("the five-year paragraph tagged 主要预期目标 (年均增长…) is read as the year's targets; the year's are an "
                  "untagged 力争… list opening the part on the coming year")
# The first run's misses not fitted (bench/labels/verify_real/README.md): strict, so a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("r09", "城乡常住居民人均可支配收入"): "incomes against an economy said flat in words (与上年基本持平) is read as no rate to "
                                 "compare (labelled achieved: both rates above a flat economy)",
    ("r10", "地方一般公共预算收入"): FIVE_YEAR_READ,
    ("r10", "固定资产投资"): FIVE_YEAR_READ,
    ("r10", "社会消费品零售总额"): FIVE_YEAR_READ,
    ("r10", "城镇居民人均可支配收入"): FIVE_YEAR_READ,
    ("r10", "农村居民人均可支配收入"): FIVE_YEAR_READ,
    ("r11", "外贸进出口总额"): "a corridor's trade value with no rate (新通道…进出口额) is quoted against the whole trade's growth "
                         "(labelled not_reported: a part answers nothing)",
}
KNOWN_PAIR_MISSES: dict[str, str] = {}

ROWS = [(p["targets_file"].split("_")[0], i, r["metric"], r["verdict"]) for p in PAIRS for i, r in enumerate(p["results"])]
_CACHE: dict[str, list[str]] = {}


@pytest.mark.parametrize(("name", "index", "metric", "label"),
                         [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[row[0], row[2]]))
                          if (row[0], row[2]) in KNOWN_MISSES
                          else pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_PAIR_MISSES[row[0]]))
                          if row[0] in KNOWN_PAIR_MISSES else row for row in ROWS],
                         ids=[f"{n}-{i}-{m}" for n, i, m, _ in ROWS])
def test_real_pair_row(name, index, metric, label):
    pair = next(p for p in PAIRS if p["targets_file"].startswith(name + "_"))
    if name not in _CACHE:
        try:
            _CACHE[name] = _answers(pair)
        except UnreadableInput:
            _CACHE[name] = ["missing"] * len(pair["results"])
    assert _CACHE[name][index] == label


def test_there_are_real_pairs():
    assert len(PAIRS) >= 3 and len(ROWS) >= 30


# --- the rule: size held (or grown) with quality, as a target and as a verdict --------------------------------

def _read(clause):
    return [(i.metric, i.comparator, i.kind) for i in targets.parse_clause(clause)]


@pytest.mark.parametrize(("clause", "expected"), [
    ("外贸出口量稳质升", [("外贸出口", ">=", "qualitative")]),
    ("货物贸易进出口量增质升", [("货物贸易进出口", ">=", "qualitative")]),
    ("利用外资稳量提质", [("利用外资", ">=", "qualitative")]),
    ("利用外资、外贸出口促稳提质", [("利用外资", ">=", "qualitative"), ("外贸出口", ">=", "qualitative")]),
    ("服务贸易量质齐升", [("服务贸易", ">=", "qualitative")]),
    # guards: a figure keeps its own reading; the words already read stay as they were
    ("外贸出口增长4%以上", [("外贸出口", ">=", "growth_rate")]),
    ("利用外资稳中提质", [("利用外资", ">=", "qualitative")]),
])
def test_size_with_quality_is_a_target(clause, expected):
    assert _read(clause) == expected


def test_size_with_quality_keeps_the_rates_around_it():
    passage = "地区生产总值增长6%左右，外贸出口量稳质升，农村居民人均可支配收入增长8%左右。"
    found = [(i.metric, i.kind) for _, f in targets.parse_targets(passage) for i in f]
    assert found == [("地区生产总值", "growth_rate"), ("外贸出口", "qualitative"), ("农村居民人均可支配收入", "growth_rate")]


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


N = "某某市政府工作报告\n\n二、2024年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，{target}。\n"
N1 = ("某某市政府工作报告\n\n一、2024年工作回顾\n\n过去一年，全市地区生产总值增长6.2%，{review}。\n\n"
      "我们也清醒认识到，发展中还存在一些困难和问题。\n")


@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("外贸出口量稳质升", "外贸出口", "外贸出口增长12.5%", "achieved"),            # a rise holds the size
    ("外贸出口量稳质升", "外贸出口", "外贸出口下降0.3%", "achieved"),             # within half a point of steady
    ("外贸出口量稳质升", "外贸出口", "外贸出口下降6.1%", "not_met"),              # a fall well past steady
    ("利用外资稳量提质", "利用外资", "实际利用外资增长3.1%", "achieved"),
    ("货物贸易进出口量增质升", "货物贸易进出口", "货物贸易进出口下降2.4%", "not_met"),  # asked to grow, it fell
    ("货物贸易进出口量增质升", "货物贸易进出口", "货物贸易进出口增长2.4%", "achieved"),
    # guard: the metric not named at all in the review is no answer
    ("外贸出口量稳质升", "外贸出口", "社会消费品零售总额增长5.1%", "not_reported"),
])
def test_size_with_quality_answered_by_the_growth(target, metric, review, outcome):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(review=review)), "t.txt")
    assert [corpus.outcome(v) for v in verdicts if v.metric == metric] == [outcome], [(v.metric, v.reason) for v in verdicts]


# --- the whole trade beside an export target: a neighbouring metric (words.toml verify.neighbours 出口总额>进出口) ----

@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("出口总额增长5%", "出口总额", "外贸进出口增长8.3%", "unclear"),
    ("出口总额稳中提质", "出口总额", "进出口增长8.3%，其中机电产品出口增长12.1%", "unclear"),
    # guards: the export figure itself answers; the whole trade answers a trade target; an emissions task beside
    # air quality only is not answered at all (the dev labels' reading, bench/labels/corpus/pairs/019-020.json)
    ("出口总额增长5%", "出口总额", "出口总额增长6.2%", "achieved"),
    ("进出口总额增长5%", "进出口总额", "进出口总额增长6.2%", "achieved"),
    ("主要污染物排放总量完成省下达任务", "主要污染物排放总量", "PM2.5平均浓度29微克/立方米，空气优良天数比率92.1%",
     "not_reported"),
])
def test_whole_trade_for_an_export_target(target, metric, review, outcome):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(review=review)), "t.txt")
    assert [corpus.outcome(v) for v in verdicts if v.metric == metric] == [outcome], [(v.metric, v.reason) for v in verdicts]


# --- a freight volume is no trade value (words.toml verify.distinct 总额>货运量, verify.neighbours 进出口>货运量) -------

@pytest.mark.parametrize(("target", "metric", "review", "outcome"), [
    ("进出口总额增长10%左右", "进出口总额", "全市港口进出口货运量增长21.4%", "unclear"),
    # guards: the trade value itself answers; a freight-volume target keeps its own figure
    ("进出口总额增长10%左右", "进出口总额", "进出口总额增长12.1%，港口进出口货运量增长21.4%", "achieved"),
    ("港口货运量增长5%", "港口货运量", "港口货运量增长6.3%", "achieved"),
])
def test_freight_volume_for_a_trade_value(target, metric, review, outcome):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(review=review)), "t.txt")
    assert [corpus.outcome(v) for v in verdicts if v.metric == metric] == [outcome], [(v.metric, v.reason) for v in verdicts]
