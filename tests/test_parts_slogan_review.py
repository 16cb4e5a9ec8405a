"""The review of a pasted year N+1 excerpt with slogans for part titles and no opening address (各位代表): the parts
before the plan (the part holding the next year's main expected targets) whose titles say nothing are the review when
they report the past year's results (parts._review_before_plan) — a sentence naming that year (过去一年, 一年来, a year
before the targets', 主要指标) and a result's figure (增长…, 完成…).  The problems paragraph stays problems; a part
before the plan reporting no past results, a plan document and a speech keep their reading.  Inputs are this file's
own wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.engine


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


def _roles(text):
    return [s.role for s in _doc(text).sections if s.level == 0]


# Year N: an excerpt whose targets are read (tests/test_parts_slogan_excerpt.py's fallback).
YEAR_N = """某某市政府工作报告摘编

一、攻坚克难，城市发展蹄疾步稳

全市经济运行总体平稳。

二、锚定目标，加快建设区域中心城市

今年全市经济社会发展主要预期目标是：地区生产总值增长7%左右，规模以上工业增加值增长8%，居民人均可支配收入增长6.5%。

（一）做强工业支撑。新开工亿元以上项目30个。
"""

# Year N+1: the review in slogan parts, then the next year's targets.
YEAR_N1 = """一、{title}

{opening}地区生产总值增长7.3%，规模以上工业增加值增长6.1%，居民人均可支配收入增长6.6%。

（一）工业底盘更加厚实。新投产项目26个，技改投资增长15%。

同时也要看到，我们的工作还存在一些差距和不足：工业增长未达预期，城乡区域发展还不平衡。

二、乘风破浪，全力打造区域中心城市

2025年全市经济社会发展主要预期目标是：地区生产总值增长6.5%左右，规模以上工业增加值增长7%。

（一）持续壮大实体经济。新开工亿元以上项目32个。
"""

EXPECTED = {"地区生产总值": "achieved", "规模以上工业增加值": "not_met", "居民人均可支配收入": "achieved"}

REVIEW_FOUND = [
    # (part title, opening of the results paragraph)
    ("奋楫笃行，经济社会发展稳中有进", "过去一年，全市"),
    ("奋楫笃行，经济社会发展稳中有进", "一年来，全市"),
    ("同心协力，城市能级跃上新台阶", "2024年，全市上下克难奋进，"),
    ("同心协力，城市能级跃上新台阶", "主要指标稳中向好：全市"),
]


@pytest.mark.parametrize(("title", "opening"), REVIEW_FOUND)
def test_slogan_review_found_and_verified(title, opening):
    text = YEAR_N1.format(title=title, opening=opening)
    assert _roles(text) == ["review", "plan"]
    verdicts, _ = verify.verify_documents(_doc(YEAR_N), _doc(text), "t.txt")
    got = {v.metric: corpus.outcome(v) for v in verdicts if v.metric in EXPECTED}
    assert got == EXPECTED


def test_problems_paragraph_stays_problems():
    doc = _doc(YEAR_N1.format(title=REVIEW_FOUND[0][0], opening=REVIEW_FOUND[0][1]))
    roles = {s.text[:6]: s.role for s in doc.sentences}
    assert roles["同时也要看到"] == "problems"
    assert roles["新投产项目2"] == "review"


def test_review_over_two_slogan_parts():
    text = ("一、稳中求进，经济发展量质齐升\n\n过去一年，全市地区生产总值增长7.3%，规模以上工业增加值增长6.1%。\n\n"
            "二、民生为本，群众获得感持续增强\n\n全年居民人均可支配收入增长6.6%，新增城镇就业1.2万人。\n\n"
            "三、乘风破浪，全力打造区域中心城市\n\n2025年全市经济社会发展主要预期目标是：地区生产总值增长6.5%左右。\n\n"
            "（一）持续壮大实体经济。新开工项目32个。\n")
    assert _roles(text) == ["review", "review", "plan"]


GUARDS = [
    # a situation part before the plan saying nothing of the past year's results stays as it was
    ("一、把握大势，坚定发展信心\n\n当前，外部环境更趋复杂，我们要保持战略定力，抓住用好机遇。\n\n", ["other", "plan"]),
    # figures of years to come (a year after the targets') are no review
    ("一、对标一流，明确发展方位\n\n到2027年，力争地区生产总值突破1200亿元，工业增加值增长翻番。\n\n", ["other", "plan"]),
    # the past year named, but no result's figure
    ("一、回望来路，凝聚奋进力量\n\n过去一年，我们经受住了多重考验，积累了宝贵经验。\n\n", ["other", "plan"]),
]

PLAN_PART = ("二、乘风破浪，全力打造区域中心城市\n\n2025年全市经济社会发展主要预期目标是：地区生产总值增长6.5%左右。\n\n"
             "（一）持续壮大实体经济。新开工项目32个。\n")


@pytest.mark.parametrize(("before", "roles"), GUARDS)
def test_parts_before_plan_not_review(before, roles):
    assert _roles(before + PLAN_PART) == roles


def test_plan_document_keeps_its_reading():
    text = ("某某市2025年国民经济和社会发展计划\n\n一、指导思想\n\n坚持稳中求进。过去一年，地区生产总值增长7.3%。\n\n"
            "二、主要任务\n\n主要预期目标是：地区生产总值增长6.5%左右。\n")
    assert not any(s.role == "review" for s in _doc(text).sections)
