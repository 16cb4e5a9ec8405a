"""The year's funds won from above, said in a review as 全年争取上级…资金… (issue 10, stop 49; found by a held-out invented
pair's miss, v205): 争取 after 全年 (the whole year's) reports money won, not money striven for, so the figure answers a
target to win funds (words.toml intention.plan_won).  争取 in a clause of the coming year's aim stays a plan.  The reports
below were written for these tests (某某 names)."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText

pytestmark = pytest.mark.engine

N = "某某镇人民政府工作报告\n\n二、2025年工作安排\n\n今年主要目标是：规上工业产值增长8%，{target}。\n"
N1 = "某某镇人民政府工作报告\n\n一、2025年工作回顾\n\n全年规上工业产值增长8.3%。{review}\n\n我们也清醒看到，工作中还存在一些短板。\n"


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


@pytest.mark.parametrize(("target", "review", "outcome"), [
    ("争取上级资金2亿元", "全年争取上级各类资金2.35亿元，创历史新高。", "achieved"),
    ("争取上级资金2亿元", "全年共争取上级补助资金1.8亿元。", "not_met"),
    # guard: the coming year's aim, 争取 a plan
    ("争取上级资金2亿元", "明年力争争取上级资金2.5亿元。", "not_reported"),
])
def test_funds_won_in_the_year(target, review, outcome):
    verdicts, _ = verify.verify_documents(_doc(N.format(target=target)), _doc(N1.format(review=review)), "t.txt")
    found = [v for v in verdicts if v.metric.startswith("争取上级资金")]
    assert len(found) == 1 and found[0].outcome == outcome
