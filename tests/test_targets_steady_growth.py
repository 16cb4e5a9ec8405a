"""A qualitative target asking a growth said steady (issue 10, stop 49; found by a held-out real pair's miss): with no
保持 before it (外贸进出口稳定增长, 财政收入平稳增长) the predicate asks the metric to grow, a floor (>=: any rise meets
it), though 稳定 and 平稳 are level words elsewhere (words.toml target.predicate_steady_growth, targets._STEADY_GROWTH);
with 保持 (保持稳定增长) it keeps =, as the labels read 保持 (bench/labels/corpus/README.md), and 保持稳定 alone stays a
level kept.  The clauses below were written for these tests."""

from __future__ import annotations

import pytest

from luoshi.engine import targets

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("clause", "expected"), [
    ("货物贸易进出口稳定增长", ("货物贸易进出口", ">=", "qualitative")),
    ("税收收入平稳增长", ("税收收入", ">=", "qualitative")),
    # guards: 保持 before it, a level kept, a growth said otherwise
    ("货物贸易进出口保持稳定增长", ("货物贸易进出口", "=", "qualitative")),
    ("实际利用外资保持稳定", ("实际利用外资", "=", "qualitative")),
    ("税收收入基本稳定", ("税收收入", "=", "qualitative")),
    ("农民收入稳步增长", ("农民收入", ">=", "qualitative")),
])
def test_a_growth_said_steady(clause, expected):
    found = targets.parse_clause(clause)
    assert [(i.metric, i.comparator, i.kind) for i in found] == [expected]
