"""A count of works to begin in the year (新开工…40座) answered in the next review only by works finished (建成…30座): the
finished are no count of those begun, so the verdict is unclear with the figure quoted, not a shortfall (issue 10,
verification; verify.judge — the converse of a finish target answered by works begun).  A count of works begun answered
by works begun, and a finish target by works finished, are judged as before.

Written for these tests (某某 names, no label's words)."""

import pytest

from tests.test_verify_ways import REVIEW, _check, verdict_against

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("target", "said", "metric", "outcome", "quoted"), [
    ("新开工变电站40座", "建成变电站30座。", "新开工变电站", "unclear", "30座"),
    ("新开工重大项目120个", "建成投用重大项目95个。", "新开工重大项目", "unclear", "95个"),
    # guards: begun against begun, finished against finished
    ("新开工重大项目120个", "新开工重大项目95个。", "新开工重大项目", "not_met", "95个"),
    ("建成变电站30座", "建成变电站32座。", "建成变电站", "achieved", "32座"),
])
def test_a_count_to_begin_answered_by_works_finished(target, said, metric, outcome, quoted):
    _check(verdict_against(REVIEW, target, "review", said, metric), said, outcome, quoted)
