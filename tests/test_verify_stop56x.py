"""Verify mends of stop 56 (verifyx, issue 10).  Every sentence below was written for these tests (某市 and made-up
figures, in other words than any label), each outcome by reading before the engine was run on it.

- A neighbouring measure (verify.neighbours: 总产值 for a 增加值 target) answers a target only when it is the same
  sector's: a review figure whose own metric names another sector than the target's (规模以上工业总产值 or 工业投资 for
  第一产业增加值 or 服务业增加值; verify.distinct, read against the target named on the neighbour's measure) is no
  neighbour of it, quoted or not — another sector is no answer (the lead's convention D8 of stop 55: not_reported);
  the same sector's gross output stays a neighbour (unclear, D8).
"""

from __future__ import annotations

import pytest

from tests.verify_pair_helpers import verdicts_for

pytestmark = pytest.mark.engine


def _outcome(target: str, said: str) -> str:
    got = verdicts_for(target, said)
    assert len(got) == 1
    return got[0].outcome


OTHER_SECTOR = [
    # (target clause, review sentence, outcome): another sector's output or investment is no neighbour
    ("第一产业增加值增长3.5%", "工业经济稳步回升，全年完成规模以上工业总产值860亿元，工业投资增长12%以上。", "not_reported"),
    ("服务业增加值增长7%", "制造业提质增效，规上工业总产值增长9.3%。", "not_reported"),
    ("农业增加值增长4%", "规模以上工业总产值突破500亿元，增长8.8%。", "not_reported"),
    # guards: the same sector's gross output stays a neighbour, quoted (unclear, D8); the sector's own figure answers
    ("规模以上工业增加值增长8%", "工业经济稳步回升，规模以上工业总产值增长9.3%。", "unclear"),
    ("规上工业增加值增长8%", "全年完成规上工业总产值860亿元，工业投资增长12%以上。", "unclear"),
    ("第一产业增加值增长3.5%", "农业生产稳定，第一产业增加值增长3.8%，规模以上工业总产值增长9.3%。", "achieved"),
]


@pytest.mark.parametrize(("target", "said", "outcome"), OTHER_SECTOR)
def test_another_sectors_output_is_no_neighbour(target, said, outcome):
    assert _outcome(target, said) == outcome
