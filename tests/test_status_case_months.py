"""A month (or month and day) of the report's year against the report's date and the task's deadline: the one set of
comparisons every status rule asks (rules/case.py: Case.month_ended, month_end_reached, day_reached, month_to_come,
after_deadline, month_due_later, due_month) and the one reader of a date's month and day (month_number, date_named).
Tables of examples: a month before, equal to and after the report's; a day given or not; a part of the month (上旬,
中旬, 下旬, 底); December and January at the year's edges; a deadline in the report's year, in another, or none; and
no report date at all (every comparison False)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from luoshi.engine.judgement import ProgressRow
from luoshi.engine.rules.case import Case, date_named, month_number

pytestmark = pytest.mark.engine


def _case(as_of: date | None, deadline: date | None = None) -> Case:
    return Case(ProgressRow(1, "", "", ""), "", [], 0.0, as_of=as_of, deadline=deadline)


# (as_of, month, year or None, ended?)
@pytest.mark.parametrize("as_of,month,year,ended", [
    (date(2026, 6, 30), 5, None, True),        # the month before the report's
    (date(2026, 6, 1), 5, None, True),
    (date(2026, 6, 30), 6, None, False),       # the report's own month, even on its last day
    (date(2026, 6, 15), 7, None, False),       # a month to come
    (date(2026, 1, 31), 12, None, False),      # December of the report's year, not last year's
    (date(2026, 1, 31), 12, 2025, True),       # 2025年12月 in a January report: ended
    (date(2026, 12, 31), 1, None, True),       # January at the year's end: long ended
    (date(2026, 12, 31), 1, 2027, False),      # next year's January
    (date(2026, 6, 30), 0, None, False),       # no month of the year
    (date(2026, 6, 30), 13, None, False),
    (None, 5, None, False),                    # no report date
])
def test_month_ended(as_of, month, year, ended):
    assert _case(as_of).month_ended(month, year) is ended


# (as_of, month, reached?): the report on or after the month's last day (6月底前 due at 30 June)
@pytest.mark.parametrize("as_of,month,reached", [
    (date(2026, 6, 30), 6, True),
    (date(2026, 6, 29), 6, False),
    (date(2026, 7, 1), 6, True),
    (date(2026, 2, 28), 2, True),              # February's last day in a common year
    (date(2028, 2, 28), 2, False),             # a leap year: the 29th is its last
    (date(2026, 12, 31), 12, True),            # the year's last day
    (date(2026, 12, 30), 12, False),
    (date(2026, 1, 31), 12, False),            # December of the report's year, still to come
    (date(2026, 6, 30), 0, False),
    (None, 6, False),
])
def test_month_end_reached(as_of, month, reached):
    assert _case(as_of).month_end_reached(month) is reached


# (as_of, month, day, year, reached?): the day on or before the report's; a month alone from its first day
@pytest.mark.parametrize("as_of,month,day,year,reached", [
    (date(2026, 9, 30), 9, 18, None, True),
    (date(2026, 9, 30), 9, 30, None, True),    # the report's own day
    (date(2026, 9, 17), 9, 18, None, False),   # a day later in the report's month
    (date(2026, 9, 1), 9, None, None, True),   # a month alone: reached once begun
    (date(2026, 8, 31), 9, None, None, False),
    (date(2026, 9, 11), 9, 21, None, False),   # 9月下旬 (the 21st) at 11 September
    (date(2026, 9, 11), 9, 11, None, True),    # 9月中旬 (the 11th) at 11 September
    (date(2026, 9, 30), 10, 1, None, False),
    (date(2026, 1, 10), 12, 20, None, False),  # December of the report's year
    (date(2026, 1, 10), 12, 20, 2025, True),   # 2025年12月20日 in a January report
    (date(2026, 12, 31), 1, 5, None, True),    # January at the year's end
    (date(2026, 9, 30), 0, 5, None, False),
    (None, 9, 18, None, False),
])
def test_day_reached(as_of, month, day, year, reached):
    assert _case(as_of).day_reached(month, day, year) is reached


# (as_of, month, to come?): a month after the report's own, of the report's year
@pytest.mark.parametrize("as_of,month,to_come", [
    (date(2026, 9, 30), 10, True),
    (date(2026, 9, 1), 9, False),              # the report's own month, whatever its day
    (date(2026, 9, 30), 8, False),
    (date(2026, 11, 30), 12, True),
    (date(2026, 12, 31), 1, False),            # nothing to come after December (next January is next year's)
    (date(2026, 1, 31), 12, True),
    (date(2026, 9, 30), 13, False),
    (None, 10, False),
])
def test_month_to_come(as_of, month, to_come):
    assert _case(as_of).month_to_come(month) is to_come


# (as_of, deadline, due month, month, after deadline?, due later?)
@pytest.mark.parametrize("as_of,deadline,due,month,after,later", [
    (date(2026, 6, 30), date(2026, 9, 30), 9, 8, False, True),    # after the report, before the deadline
    (date(2026, 6, 30), date(2026, 9, 30), 9, 9, False, True),    # the deadline's own month
    (date(2026, 6, 30), date(2026, 9, 30), 9, 10, True, False),   # past the deadline
    (date(2026, 6, 30), date(2026, 9, 30), 9, 6, False, False),   # the report's own month
    (date(2026, 6, 30), date(2026, 9, 30), 9, 3, False, False),   # already passed
    (date(2026, 6, 30), None, 12, 12, False, True),               # no deadline: the year's end
    (date(2026, 6, 30), date(2027, 3, 31), 12, 12, False, True),  # a deadline in a later year: the year's end
    (date(2026, 6, 30), date(2025, 3, 31), 12, 11, False, True),  # a deadline in another year: the year's end
    (date(2026, 12, 31), date(2026, 12, 31), 12, 12, False, False),  # December's report: nothing still due later
    (date(2026, 1, 31), date(2026, 1, 31), 1, 2, True, False),    # a January deadline, February past it
    (None, date(2026, 9, 30), 12, 8, False, False),               # no report date: the year is unknown
])
def test_deadline(as_of, deadline, due, month, after, later):
    case = _case(as_of, deadline)
    assert case.due_month == due
    assert case.after_deadline(month) is after
    assert case.month_due_later(month) is later


@pytest.mark.parametrize("text,month", [
    ("6", 6), ("06", 6), ("12", 12), ("六", 6), ("十", 10), ("十一", 11), ("十二", 12),
    ("13", 0), ("0", 0), ("二十", 0), ("一一", 0), ("", 0), ("上半年", 0),
])
def test_month_number(text, month):
    assert month_number(text) == month


_DATE = re.compile(r"(?P<month>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:(?P<day>[1-3]?\d)日)?(?P<part>上旬|中旬|下旬|底|末|中|初)?")
_MONTH_ONLY = re.compile(r"(?P<month>\d{1,2})月")


@pytest.mark.parametrize("text,named", [
    ("9月18日", (9, 18)),
    ("9月", (9, None)),
    ("九月", (9, None)),
    ("十二月", (12, None)),
    ("9月上旬", (9, None)),       # the month's start
    ("9月初", (9, None)),
    ("9月中旬", (9, 11)),
    ("9月中", (9, 11)),
    ("9月下旬", (9, 21)),
    ("9月底", (9, 21)),
    ("9月末", (9, 21)),
    ("9月5日下旬", (9, 5)),       # a day named wins over a part
])
def test_date_named(text, named):
    assert date_named(_DATE.fullmatch(text)) == named


def test_date_named_reads_only_the_groups_a_pattern_has():
    assert date_named(_MONTH_ONLY.fullmatch("11月")) == (11, None)
    assert date_named(_MONTH_ONLY.fullmatch("15月")) == (0, None)      # no month of the year
