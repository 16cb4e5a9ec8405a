"""A part of the area named before the verb of its result and then the metric (经济开发区完成规上工业增加值增长12.3%; issue 10,
stop 45, found by the held-out pair v159): the figure is still that part's, no answer of the whole area's target and no
mention of it (verify.part_area_verb between verify.part_of_area and the name); by the lead's decision of stop 48 it is
quoted, unclear, where nothing of the whole answers (was not_reported).  Every sentence below was written for these
tests, each outcome by reading before the engine was run."""

from __future__ import annotations

import pytest

from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("target", "said", "outcome"), [
    ("规模以上工业增加值增长8.5%", "经济开发区完成规上工业增加值增长11.7%，占全县工业比重提高到58%。", "unclear"),
    ("规模以上工业增加值增长8.5%", "高新区实现规模以上工业增加值增长10.2%。", "unclear"),
    ("地区生产总值增长6.5%", "经开区实现地区生产总值186亿元，增长7.9%。", "unclear"),
    # (guards) the whole area with the same verb; a part named in another clause before the whole's figure
    ("规模以上工业增加值增长8.5%", "全县完成规模以上工业增加值增长9.1%。", "achieved"),
    ("规模以上工业增加值增长8.5%", "经济开发区扩区提速，全县规上工业增加值增长7.6%。", "not_met"),
], ids=["开发区完成", "高新区实现", "经开区实现 a level and rate", "the whole with 完成", "a part in another clause"])
def test_a_part_of_the_area_with_the_verb_of_its_result(target, said, outcome):
    x = verdict_against(REVIEW, target, "review", said, None)
    assert x.outcome == outcome, x.reason
