"""Issue 11, statusd (stop 49): an event of the year put off to a later month once its own deadline has come (三季度举办
read at 30 September: 时间调整至11月) is behind — not preparation on pace (rules.Cancelled, words.toml
forecast.put_off_lead).  Before its deadline the same words are a plan.  Cases in other words than any label."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    (("三季度举办全区农民丰收节。", "受连续降雨影响，丰收节时间调整至11月，相关筹备正在进行。", date(2026, 9, 30)), "behind"),
    (("二季度举办区第五届文化艺术节。", "受场地维修影响，艺术节推迟到10月举办。", date(2026, 6, 30)), "behind"),  # was a KNOWN_MISSES_173 xfail
    (("上半年举办全县职业技能大赛。", "因赛场改造，大赛改在8月举办。", date(2026, 6, 30)), "behind"),
]
GUARDS = [
    # next year, its 三季度 deadline come: behind (the lead's decision D9, stop 52; it was not_started)
    (("三季度举办全区农民丰收节。", "丰收节推迟至明年举办。", date(2026, 9, 30)), "behind"),
]


@pytest.mark.parametrize("given,expected", CASES + GUARDS)
def test_event_put_off_to_a_later_month(given, expected):
    assert judge(*given).status == expected


def test_event_put_off_before_its_deadline_not_behind():
    assert judge("四季度举办全区农民丰收节。", "丰收节时间调整至12月，筹备工作正在进行。", date(2026, 9, 30)).status != "behind"
