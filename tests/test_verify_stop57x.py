"""Verify mends of stop 57 (verifyx, issue 10).  Every sentence below was written for these tests (某市 and made-up
figures, in other words than any label), each outcome by reading before the engine was run on it.

- A target asking a metric to hold steady while its quality improves, written 稳中提质 (外贸进出口稳中提质), is of the
  family of 量稳质升, 稳量提质 and 促稳提质 (verify.steady): the quality has no figure, the size is what the review's
  growth rate answers — met by a rise or a fall within half a point, not met by a larger fall.  稳中 is also a
  softening word (稳中向好), which left only 提质 and no answer: the softening words are now set aside one by one
  (patterns._asks_steady), so 保持稳中提质 is 稳中提质.  A neighbour's rate (the whole trade for exports) or a share
  still answers nothing of the size: quoted, unclear.
- A quota framed by who set it and how (坚决完成省能耗“双控”统筹安排指标): the level above (target.quota_setter) and the
  quota's arrangement (target.quota_arrangement) are the predicate's, the metric is what stands between them, so the
  review's bare name (能耗双控) answers it.
- An in-step income target on both groups, or on all residents, answered only by one group's income named with how it
  stands in words and no figure (农村居民收入连续多年保持全省首位): a mention of the target, quoted, unclear — one group
  settles nothing of both (D1), as one group's rate alone does; one group named with no such words stays unreported.
"""

from __future__ import annotations

import pytest

from luoshi.engine import targets
from luoshi.engine.verify.patterns import _asks_steady
from tests.verify_pair_helpers import verdicts_for

pytestmark = pytest.mark.engine


def _outcome(target: str, said: str) -> str:
    got = verdicts_for(target, said)
    assert len(got) == 1
    return got[0].outcome


STEADY_WITH_QUALITY = [
    # (target clause, review sentence, outcome)
    ("实际利用外资稳中提质", "招商引资成效明显，实际利用外资12.3亿美元，增长4.1%。", "achieved"),
    ("进出口总额稳中提质", "受外需收缩影响，进出口总额下降3.2%。", "not_met"),
    ("进出口总额保持稳中提质", "外贸承压前行，进出口总额下降0.3%，其中出口增长2.6%。", "achieved"),
    # guards: a neighbour's rate (the whole trade for exports) and a share answer nothing of the size
    ("出口总额稳中提质", "外贸稳住基本盘，进出口增长7.1%。", "unclear"),
    ("实际使用外资稳中提质", "利用外资结构优化，实际使用外资规模占全省近三成。", "unclear"),
]


@pytest.mark.parametrize(("target", "said", "outcome"), STEADY_WITH_QUALITY)
def test_held_steady_while_its_quality_improves(target, said, outcome):
    assert _outcome(target, said) == outcome


ASKS_STEADY = [
    ("稳中提质", True),
    ("保持稳中提质", True),
    ("保持稳定", True),
    ("促稳提质", True),
    ("总体平稳", True),
    # guards: a growth or a better state asked, or the quality alone, is not a size held steady
    ("稳中向好", False),
    ("稳中有增", False),
    ("提质", False),
    ("持续改善", False),
]


@pytest.mark.parametrize(("qualifier", "steady"), ASKS_STEADY)
def test_asks_steady_sets_softening_words_aside_one_by_one(qualifier, steady):
    assert _asks_steady(qualifier) is steady


QUOTA_FRAMED = [
    # (clause, metric, qualifier)
    ("确保完成市主要污染物排放总量分解任务", "主要污染物排放总量", "确保完成市分解任务"),
    ("全面完成自治区能耗强度统筹安排目标", "能耗强度", "全面完成自治区统筹安排目标"),
    # guards: a quota handed down with 下达的, and no arrangement word, keep their reading
    ("全面完成省下达的节能减排目标任务", "节能减排", "全面完成省下达"),
]


@pytest.mark.parametrize(("clause", "metric", "qualifier"), QUOTA_FRAMED)
def test_a_quota_framed_by_who_set_it_and_how(clause, metric, qualifier):
    found = targets.parse_clause(clause, "", "")
    assert [(i.metric, i.qualifier, i.comparator) for i in found] == [(metric, qualifier, ">=")]


def test_a_framed_quota_answered_by_its_bare_name():
    assert (
        _outcome("坚决完成市主要污染物减排统筹安排指标", "生态治理持续加力，主要污染物减排完成年度目标任务。")
        == "achieved"
    )


LONE_GROUP = [
    # (target clause, review sentence, outcome)
    ("城乡居民人均可支配收入增速与经济增速同步", "城镇居民收入水平连续多年位居全省前列。", "unclear"),
    # (so before too, by the mention of all residents' shorter name: one group's standing quoted for all residents)
    (
        "居民人均可支配收入与经济增长基本同步",
        "共同富裕扎实推进，农村居民收入连续12年保持全省首位。",
        "unclear",
    ),
    ("城乡居民收入增长与经济增长基本同步", "农民收入水平连续五年位居全省前列。", "unclear"),
    # guard: one group named with no word of how it stands
    ("城乡居民人均可支配收入增速与经济增速同步", "深入实施农村居民收入倍增计划。", "not_reported"),
]


@pytest.mark.parametrize(("target", "said", "outcome"), LONE_GROUP)
def test_one_groups_standing_for_incomes_in_step(target, said, outcome):
    assert _outcome(target, said) == outcome
