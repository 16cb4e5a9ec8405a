"""Issue 11, statusd (stop 49): a clause of the gap left to the target (距完成…降幅3%的目标任务还差0.4个百分点, 距离年度
目标还差12户) restates the target with what is still short: its figures are the target's and the gap's, no work done
(rules/building.py _GAP_TO_TARGET, words.toml report.gap_lead / report.gap_short).  Before, the restated 3% was read as
the fall reached and the row completed.  Cases in other words and figures than any label."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

_YEAR_END = date(2012, 12, 31)

CASES = [
    (("单位生产总值能耗下降3%。", "全年单位生产总值能耗下降2.6%，距年度目标还差0.4个百分点。", _YEAR_END), "behind"),
    (("新建农村户厕500户。", "已建成488户，距离年度目标还差12户。", _YEAR_END), "behind"),
    # guard: the target restated as met, not as a gap, is completed as before
    (("完成市定降幅4%的目标任务", "全市单位能耗降幅达5.2%,完成市定降幅4%的目标任务。", _YEAR_END), "completed"),
]


@pytest.mark.parametrize("given,expected", CASES)
def test_gap_left(given, expected):
    assert judge(*given).status == expected


# the target named only by its noun (完成省定降幅3%的目标任务): the fall's own figure is not matched to it
_NAMED_ONLY = ("完成省定降幅3%的目标任务", "全市万元工业增加值用水量降幅为2.6%,距完成省定降幅3%的目标任务还差0.4个百分点。",
               _YEAR_END)


def test_gap_left_never_completed():
    assert judge(*_NAMED_ONLY).status != "completed"


@pytest.mark.xfail(strict=True, reason="the fall's figure (降幅为2.6%) not matched to a target named only by its noun "
                                       "(省定降幅3%): unclear, not behind")
def test_gap_left_named_only_behind():
    assert judge(*_NAMED_ONLY).status == "behind"
