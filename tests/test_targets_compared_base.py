"""What a target's change is measured against is no part of its metric (issue 10, stop 49; found by a held-out invented
pair's miss, v209): 湿地保护率较上年提高0.3个百分点 names 湿地保护率, so the review's level of it is found (and quoted,
unclear: a level answers no rise in points) instead of nothing (targets.strip_metric, words.toml verify.year_on_year).
The clauses below were written for these tests."""

from __future__ import annotations

import pytest

from luoshi.engine import targets

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("clause", "metric"), [
    ("湿地保护率较上年提高0.3个百分点", "湿地保护率"),
    ("研发经费投入强度比上年提升0.15个百分点", "研发经费投入强度"),
    ("规上工业增加值同比增长7.5%", "规上工业增加值"),
    # guards: a name holding such words inside it, not at its end
    ("同比口径一般公共预算收入增长5%", "同比口径一般公共预算收入"),
])
def test_the_base_of_a_change_is_no_part_of_the_metric(clause, metric):
    assert targets.parse_clause(clause)[0].metric == metric
