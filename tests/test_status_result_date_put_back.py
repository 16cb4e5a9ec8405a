"""The date of a task's result put back (开馆时间推迟至明年一季度, 通车时间延后) is a lag (statusb, issue 11: behind read as
on pace, from invented121's first run), as a table of (task, progress, as of) → verdict.  Every row is invented for
this file.  words.toml pace.subject names the dates of a result whose slipping is a lag; it held 投用时间 and
开放时间 but not the opening of a hall, a park, a shop or a road, so a main body finished beside its opening put
back to next year was read on pace."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

SEP, OCT = date(2020, 9, 30), date(2020, 10, 31)


MENDED = [
    ("建成投用市图书馆新馆", "主体建筑已完工，因消防整改，开馆时间推迟至明年一季度。", OCT),
    ("建成城北滨河公园", "园区绿化已基本完成，受配套工程影响，开园时间推迟至明年春节前。", OCT),
    ("建成投用社区邻里中心", "主体工程已完工，室内装修已基本完成，开业时间推迟至明年。", OCT),
]

# Must not change: an opening dated ahead without a slip, an opening held.
GUARDS = [
    ("建成投用市图书馆新馆", "主体建筑已完工，正在进行内部装修，开馆时间定于12月下旬。", OCT, "on_track"),
    ("建成城北滨河公园", "公园已于9月28日正式开园。", SEP, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of", MENDED, ids=[r[1] for r in MENDED])
def test_a_result_date_put_back_is_a_lag(task, progress, as_of):
    a = judge(task, progress, as_of)
    assert a.status == "behind", (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,expected", GUARDS, ids=[r[1] for r in GUARDS])
def test_guards(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)
