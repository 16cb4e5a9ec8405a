"""A count's unit with a bracketed alternative (牲畜存栏稳定在80万头（只）以上: head of cattle, or of sheep counted as
只), read whole, so the target keeps the unit the report wrote, and a review figure in it, or in head alone, answers it
(units.toml: 头(只) a count, the same as 头).  Issue 10, stop 50.  Sentences written for these tests (某旗), each
outcome by reading before the engine was run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from luoshi.engine import reader
from luoshi.engine.model import SourceText
from tests.test_verify_ways import PLAN, REVIEW, verdict_against

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.engine

_TARGET = "牲畜存栏稳定在80万头（只）以上"


def test_the_target_keeps_its_bracketed_unit():
    doc = reader.read_text(SourceText(PLAN.format(target=_TARGET), "txt"), "n.txt")
    got = [(t["metric"], t["unit"], t["value"], t["comparator"]) for t in corpus.engine_targets(doc)]
    assert ("牲畜存栏", "万头(只)", 80.0, ">=") in got, got


@pytest.mark.parametrize(("said", "outcome", "quoted"), [
    ("牧业年度牲畜存栏达到82.6万头（只），新建标准化养殖场12个。", "achieved", "82.6万头（只）"),
    ("牲畜存栏76.5万头（只），受旱情影响有所下降。", "not_met", "76.5万头（只）"),
    ("牲畜存栏81万头。", "achieved", "81万头"),
], ids=["met in 头（只）", "short in 头（只）", "met in 头 alone"])
def test_a_review_figure_in_the_bracketed_unit_or_in_head(said, outcome, quoted):
    x = verdict_against(REVIEW, _TARGET, "review", said, "牲畜存栏")
    assert x.metric == "牲畜存栏" and x.outcome == outcome, x.reason
    assert x.actual and x.actual["text"] == quoted, x.reason
