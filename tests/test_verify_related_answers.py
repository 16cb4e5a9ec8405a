"""Targets answered only by related figures (issue 10, stop 50): quoted, unclear, never a verdict — an income target on
both groups kept in step with the economy (城乡居民人均可支配收入与经济增长同步) answered by the two groups' levels in
turn (城镇居民和农村居民人均可支配收入分别达到5.2万元、2.6万元: qualitative._qualitative, the groups' names).
Every sentence below was written for these tests (某市), each outcome by reading before the engine was run."""

from __future__ import annotations

import pytest

from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("said", "outcome", "quoted"), [
    ("城镇居民和农村居民人均可支配收入分别达到5.2万元、2.6万元。", "unclear", "5.2万元"),
    ("城镇居民和农村居民人均可支配收入分别增长5.1%、5.3%，地区生产总值增长5.5%。", "not_met", None),
    ("新建保障性住房1200套。", "not_reported", None),
], ids=["the groups' levels in turn", "rates against the economy", "nothing of incomes"])
def test_both_groups_in_step_answered_by_their_levels(said, outcome, quoted):
    x = verdict_against(REVIEW, "城乡居民人均可支配收入与经济增长同步", "review", said, "城乡居民人均可支配收入")
    assert x.outcome == outcome, x.reason
    if quoted is not None:
        assert x.actual and x.actual["text"] == quoted, x.reason

