"""Issue 11, pagesb: real published township, street and city-bureau rows (bench/labels/status/pages13.json, dev).

The set was labelled by reading and landed before any engine run on it; its first run is recorded in
bench/labels/status/README.md and bench/status_first_runs.py.  Rules written from its misses come with tables of examples
in other words than the pages' and the guards they must not fire on; misses left are strict xfails below.  Every row here
is written for this file; none is a page's sentence or a scored row.
"""

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def miss(given, expected, reason):
    return pytest.param(*given, expected, marks=pytest.mark.xfail(strict=True, reason=reason), id=f"{given[0]}|{given[1]}")


# pages13's misses left after the rules of this file, each in other words than the page's, strict: a fix makes its row
# pass and its mark must then go.
KNOWN_MISSES_PAGES13 = []


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_PAGES13)
def test_known_misses_pages13(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
