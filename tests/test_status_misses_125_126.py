"""invented125 and invented126's misses left after statusa's fixes of this stop (issue 11), each in other words,
strict: a fix makes its row pass and the test fail, so it must be moved to the passing tables.  None is a scored row."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def miss(given, expected, reason):
    return pytest.param(given, expected, marks=pytest.mark.xfail(strict=True, reason=reason), id=given[1])


KNOWN_MISSES_125_126 = [
    miss(("推进县图书馆新馆项目前期工作，年内完成立项。", "县图书馆：已完成用地选址和项目建议书编制，可行性研究报告正在编制中。",
          date(2020, 6, 30)), "on_track",
         "a preparation task whose named step (立项) is still ahead, with an earlier step finished and the next one being "
         "written, is read as the plan itself drawn up (completed): the finished clause shares the task's words only through the "
         "reporting unit's name before it"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_125_126)
def test_known_misses_125_126(given, expected):
    assert judge(*given).status == expected
