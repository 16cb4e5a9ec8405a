"""Issues 10 and 11, realh (stop 46): the misses of the held-out real rows (bench/labels/status/pages34.json, labels
landed in 6c45dc2 at 01:11 UTC on 5 December 2026, after the 01:10 rule deadline and before any engine run, judged once
at 01:14 UTC by main a189e90 and by the stop's starting engine 4c774d1 alike — ten wrong of thirty — no rule written
from them), as strict xfails by phenomenon.  Every row here is written for this file in other words, places and figures
than the pages'; none is a page's sentence or a scored row.  A fix makes its case pass and the test fail.  All ten misses
were missed the same way in the wordings here (a project's year plan exceeded was judged right, completed, in a first
wording with its equipment said installed, and missed once said moving in, 进场; a whole's start rate was judged right,
ahead, with its started count said 开工建设, and missed once said 开工在建); three of the ten give the row's
alternative label (a start rate over the band, on track by stage; a part's first-half start rate, ahead; new projects'
starts over the pace, ahead), kept here against the label's own reading."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def mended(given, expected, why):
    return pytest.param(given, expected, id=f"{given[0]}|{given[1]}")


def miss(given, expected, why):
    return pytest.param(given, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=f"{given[0]}|{given[1]}")


# one sentence of three lists: a whole's start rate, a provincial list's share, a city list's share
_THREE_LISTS = ("全市42个重大产业项目中,开工率达81%,累计完成投资60.3亿元;总投资120亿元的3个省重大项目,已完成投资30.1亿元,"
                "占年度计划的70%以上;列入市重点项目计划的12个项目,累计完成投资41.2亿元,占年度计划的57.5%。")
# a district's plan for the year with its first-half starts and its investment rate in one sentence
_HALF_YEAR = "今年全县计划实施重点项目120个,上半年,已开(复)工104个,开(复)工率86.7%;完成投资98亿元,投入率51.2%。"
# a category's start rate among others, and the first-half starts of the lists said made
_CATEGORIES = ("新开工工业项目86个,开工率94.1%,社会民生项目11个,开工率100%,市、省重点建设项目均已实现上半年100%开工。")

# Mended by statusb at stop 47 (a rate the task names read by its name, in its scope's clause; 开(复)工 read as
# 开复工: tests/test_status_named_rate.py): each case now passes, kept as a plain case with the miss it was.
MENDED_PAGES34 = [
    mended(("社会民生项目11个 开工率", _CATEGORIES, date(2021, 8, 31)), "completed",
           "a category's start rate of 100% beside its count, after another category's count and rate, read as the counts "
           "compared on pace instead of the category all started"),
    mended(("42个重大产业项目 开工率", _THREE_LISTS, date(2019, 7, 31)), "ahead",
           "a whole's start rate said with 中 and no started count (alt on track) read by the next list's count as the "
           "projects started, seriously behind"),
    mended(("12个项目 年度计划", _THREE_LISTS, date(2019, 7, 31)), "on_track",
           "the third list's year-plan share in the band read by the previous list's count as the projects done, "
           "seriously behind"),
    mended(("96个工业项目 开工率", "在96个工业项目中,已开工在建79个,开工率为82.3%。", date(2015, 8, 31)), "ahead",
           "a whole's start rate over the band, its started count said 开工在建, read by stage (under way) as on track "
           "(the label's alternative)"),
    mended(("全县重点项目上半年开(复)工率达85%", _HALF_YEAR, date(2023, 6, 30)), "completed",
           "a first-half start-rate target reached at mid-year (86.7% for 达85%) read against the year's pace, on track"),
    # (statusb, stop 48: a task that is only the year's plan has no works of its own to hold a share over 100)
    mended(("华锐电池项目 年计划", "其中华锐电池项目建设推进较快,1至8月完成投资2.4亿元,完成年计划的150%,目前生产线设备进场,"
            "项目进入试运行阶段。", date(2019, 8, 31)), "completed",
           "one project's year investment plan exceeded, beside its equipment moving in and a trial run, read as one part "
           "done with other work still under way, on track"),
    # its guard: a task with works of its own (建成) keeps the other works under way
    mended(("华锐电池项目 建成投产", "其中华锐电池项目建设推进较快,1至8月完成投资2.4亿元,完成年计划的150%,目前生产线设备进场,"
            "项目进入试运行阶段。", date(2019, 8, 31)), "on_track", "works of the task's own still in a trial run"),
    mended(("全县计划实施重点项目120个 投入率", _HALF_YEAR, date(2023, 6, 30)), "on_track",
           "the investment rate (投入率) the task names, in the band, passed over for the started count of the plan's "
           "projects, ahead"),
]


KNOWN_MISSES_PAGES34 = [
    miss(("市、省重点建设项目 上半年100%开工", _CATEGORIES, date(2021, 8, 31)), "completed",
         "a first-half start target said made (均已实现上半年100%开工) after its deadline read against the year's pace "
         "by the other categories' rates, behind"),
    miss(("省重点项目40个 开(复)工率", "其中,省重点项目40个,开(复)工37个,完成投资76亿元,开(复)工率和投入率分别为92.5%和55.1%。",
          date(2023, 6, 30)), "completed",
         "a part's first-half start rate, first of a 分别 pair, over the whole's first-half start target read against "
         "the year's pace, ahead (the label's alternative)"),
    miss(("计划新开工项目40个", "(3)计划新开工项目40个,已开工14个项目,1-3月完成投资22.1亿元,完成投资比例24.3%;",
          date(2024, 3, 31)), "on_track",
         "new projects' investment share at the pace (完成投资比例) passed over for their starts over it, ahead (the "
         "label's alternative)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_PAGES34)
def test_known_misses_pages34(given, expected):
    assert judge(*given).status == expected


@pytest.mark.parametrize("given,expected", MENDED_PAGES34)
def test_mended_pages34(given, expected):
    assert judge(*given).status == expected
