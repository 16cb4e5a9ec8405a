"""Issue 11, statusb (stop 45): a share said of one part after 其中 is not the share of a task of several items.

Invented rows (no page's sentence, no scored row), from pages32's miss in other words: works all under way, then 其中
one named project's share of its own works, read as the task's share (ahead).  A stated share in a clause opened by 其中
and a part's name (words.toml progress.part_share_lead), for a task counting several items, is that part's share
(progress._part_share); the task is read by its other words.  Guards: a share of the task's own whole, a task of one
item."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

AUG = date(2024, 8, 31)     # pace 66.6%

CASES = [
    (("滨河路改造等6个城建项目", "滨河路改造等6个城建项目均已开工建设,其中滨河路改造项目完成总工程量的90%。", AUG), "on_track"),
    # guards
    (("滨河路改造等6个城建项目", "6个城建项目均已开工建设,完成年度计划投资的91%。", AUG), "ahead"),
    (("建设滨河路改造工程", "项目已开工建设,完成总工程量的90%。", AUG), "ahead"),
]


@pytest.mark.parametrize("given,expected", CASES, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_part_share(given, expected):
    assert judge(*given).status == expected
