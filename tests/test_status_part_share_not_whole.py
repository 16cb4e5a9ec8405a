"""Some works said all done beside another a share short (pagesx, issue 11; stop 43).

A build's reply often says its early works are all finished, then gives the share of a later one and the planned
opening: 路基和桥梁已全部完工，路面铺设完成80%，预计10月底建成通车.  The first clause read as every item of the task finished
(rules/status_statements._all_said_done), so the row was completed — a forecast read as done (the held-out invented176's
first run).  A share of some work said done short of its whole (完成80%) in a clause not foretold now stops that
reading; the stage decides.  Every row is written for this file in other words than any label row.  Guards: the items
all finished with no share beside them stay completed; a rate that is no share of the works (满意率96%) stops nothing."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    ("建成某某大道并通车。", "路基和桥涵已全部完工，路面摊铺完成70%，计划10月底通车。", date(2024, 6, 30), "on_track"),
    ("建成区应急指挥中心。", "土建和装修已全部完成，设备安装完成60%，预计9月投用。", date(2024, 7, 31), "on_track"),
    # guards
    ("新建两处公厕。", "两处公厕已全部完工。", date(2024, 6, 30), "completed"),
    ("新建城市书房3处。", "3处城市书房均已建成开放，读者满意率96%。", date(2024, 9, 30), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}|{s}" for t, _, _, s in CASES])
def test_part_share_not_whole(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# The strict xfail of tests/test_status_rules.py KNOWN_MISSES_176 this rule mended (moved here, its words unchanged).
MENDED_176 = [
    # a build's part done and a share of one works beside a forecast opening read as the whole task done (forecast read
    # as done)
    (("建成某某快速路并通车。", "路基和桥梁已全部完工，路面铺设完成80%，预计10月底建成通车。", date(2026, 4, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", MENDED_176)
def test_mended_part_share_not_whole(given, expected):
    assert judge(*given).status == expected
