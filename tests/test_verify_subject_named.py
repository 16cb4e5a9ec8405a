"""A qualitative target on how far its subject has come (高质量发展水平不断提升, 对外开放水平进一步提高) answered by a review
naming the subject without the measure's word and with another predicate (推动高质量发展取得新成效): the target's subject
named, its predicate not said — quoted, unclear (verify.level_word, verify/qualitative._measured).  Issue 10, stop 50.
Sentences written for these tests (某市), each outcome by reading before the engine was run."""

from __future__ import annotations

import pytest

from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("target", "metric", "said", "outcome"), [
    ("科技创新水平明显提高", "科技创新水平", "科技创新取得新突破，新增高新技术企业35家。", "unclear"),
    ("高质量发展水平不断提升", "高质量发展水平", "全市高质量发展水平不断提升，新增规上企业42家。", "achieved"),
    ("对外开放水平进一步提高", "对外开放水平", "对外开放迈出新步伐，新开国际航线2条。", "unclear"),
], ids=["another predicate", "its own words", "对外开放 named alone"])
def test_the_subject_named_without_its_level_word(target, metric, said, outcome):
    x = verdict_against(REVIEW, target, "review", said, metric)
    assert x.metric == metric and x.outcome == outcome, x.reason
