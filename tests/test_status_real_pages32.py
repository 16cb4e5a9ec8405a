"""Issue 11, pagesh: the misses of the held-out real rows (bench/labels/status/pages32.json, labels landed in 5edc951
at 18:29 UTC on 4 December 2026, after the 18:20 rule deadline and before any engine run, judged once right after,
no rule written from them), as strict xfails by phenomenon.  Every row here is written for this file in other words,
places and figures than the pages'; none is a page's sentence or a scored row.  A fix makes its case pass and the
test fail.  Misses judged right in the other wordings tried (a quarter's start set all started, read behind on the page),
and the labels' alternatives, have no case here (README row of pages32)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def miss(given, expected, why):
    return pytest.param(given, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=f"{given[0]}|{given[1]}")


KNOWN_MISSES_PAGES32 = [
    miss(("城南片区棚改等5个市政项目", "城南片区棚改等5个市政项目已全部开工建设,其中城南片区棚改项目完成总工程量的85%。",
          date(2023, 8, 31)), "on_track", "works all under way read ahead by one project's share of its own works"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_PAGES32)
def test_known_misses_pages32(given, expected):
    assert judge(*given).status == expected
