"""An estimate of a period that has ended by the report's date (issue 11; the lead's decision of stop 47, the labels'
README rule question 29): a table of (task, progress, as of) → verdict.  Every row is invented for this file.

预计上半年完成…, 1-9月份,预计完成…, 一季度预计增长…, and 预计全年… in a report at 31 December estimate a period already over:
the estimate is that period's figure for the pace — on track, behind or ahead by it — never work done (at the year's
end an estimate at or over the target is on track), and the verdict needs a person (flag ``estimate``).  An estimate
of a period still to come (预计全年 at 30 June, 预计11月底完成) stays a forecast and counts for nothing."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

ENDED = [
    # a half-year's estimate at 30 June, short of the pace
    (("全年完成工业投资80亿元", "上半年预计完成工业投资28亿元。", date(2021, 6, 30)), "behind"),
    # a range of months ending at the report's month, the period in a short clause of its own
    (("全年招商引资到位资金200亿元", "1-9月份,预计到位资金152亿元。", date(2021, 9, 30)), "on_track"),
    # a quarter's estimate over the pace
    (("全年新增市场主体8000户", "一季度预计新增市场主体2600户。", date(2022, 3, 31)), "ahead"),
    # the whole year's estimate at its end, at or over the target: on pace, never completed
    (("全年接待游客1200万人次", "预计全年接待游客1260万人次。", date(2022, 12, 31)), "on_track"),
    (("城镇居民人均可支配收入增长7%", "预计全年城镇居民人均可支配收入增长7.4%。", date(2022, 12, 31)), "on_track"),
    # the whole year's estimate at its end, short of the target
    (("全年完成外贸进出口额50亿元", "预计全年完成外贸进出口额41亿元。", date(2022, 12, 31)), "behind"),
]

TO_COME = [
    # the whole year estimated at mid-year: a forecast, no figure
    (("全年新增规上服务业企业12家", "预计全年可新增规上服务业企业12家。", date(2021, 6, 30)), "unclear"),
    # a quarter still to come estimated
    (("全年新增规上工业企业20家", "预计四季度新增规上工业企业8家。", date(2021, 9, 30)), "unclear"),
]


@pytest.mark.parametrize("row,expected", ENDED, ids=[r[1] for r, _ in ENDED])
def test_an_estimate_of_a_period_ended_is_its_figure(row, expected):
    a = judge(*row)
    assert a.status == expected, (a.rule, a.reason)
    assert "estimate" in a.flags and a.needs_person


@pytest.mark.parametrize("row,expected", TO_COME, ids=[r[1] for r, _ in TO_COME])
def test_an_estimate_of_a_period_to_come_stays_a_forecast(row, expected):
    a = judge(*row)
    assert a.status == expected, (a.rule, a.reason)
    assert "estimate" not in a.flags
