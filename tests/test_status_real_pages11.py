"""Issue 11, pagesh: the misses of the held-out real rows (bench/labels/status/pages11.json, labels landed in 0d6e225
before any engine run, judged once at 10:47 UTC on 3 December 2026, no rule written from them), as strict xfails by
phenomenon.  Every row here is written for this file in other words than the pages'; none is a page's sentence or a
scored row.  A fix makes its case pass and the test fail."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def miss(given, expected, why):
    return pytest.param(given, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=f"{given[0]}|{given[1]}")


KNOWN_MISSES_PAGES11 = [
    miss(("信息技术", "全区重点项目完成年度计划的70.2%,其中制造、信息技术、物流项目投资完成率分别高于总体进度的3.1、11.6、1.2个百分点",
          date(2021, 9, 30)), "ahead",
         "a place in a 分别 list given as points above the whole's share (总体进度), not above the pace, read by stage"),
    miss(("市重大项目6个,其中开工项目4个", "3个已开工,1-3月完成投资0.8亿元,投资完成率为4.9%", date(2022, 3, 31)),
         "seriously_behind", "an investment rate under half the quarter's pace beside projects started read by stage"),
    miss(("乡村振兴项目等30个续建项目", "复工28个,完成投资5.2亿元", date(2021, 6, 20)), "on_track",
         "continuing projects resumed (复工) read as a share done over the pace (the label's alternative)"),
    # (mended by statusb, stop 47, rules/building.py _scope_subject: the projects' count as the subject of an amount
    # with no year plan was read as that many done, completed)
    (("120个县级重点项目", "上半年,120个县级重点项目完成投资36.5亿元", date(2021, 6, 30)), "unclear"),
    miss(("改造老旧供水管网30公里", "城市更新、改造老旧供水管网30公里、新建口袋公园等任务完成情况较好", date(2022, 3, 31)),
         "on_track", "the task named in an office's list of tasks doing well read as its count done: completed"),
    miss(("提升改造20条背街小巷", "已开工建设,完成55%。", date(2022, 11, 30)), "behind",
         "a bare works percentage far under the pace late in the year read by stage on pace"),
    miss(("原址重建的940户", "2650户城乡居民重建住房户中原址重建的940户已竣工890户", date(2021, 11, 10)), "ahead",
         "the whole programme's count before the subset's finished count read as done over the target: completed"),
    # (an estimate only, 预计完成…, with its share of the year's target after it, once read as work done: mended by pagesb's
    # rule of a share right after a forecast, stop 40; since stop 47 an estimate of a period that has ended, 1-8月份 at
    # 31 August, is that period's figure for the pace, never done — README rule question 29)
    pytest.param(("全年规上工业产值目标300亿元", "1-8月份,预计完成规上工业产值180亿元,完成全年目标300亿元的60%",
                  date(2020, 8, 31)), "behind", id="全年规上工业产值目标300亿元|预计完成…的60%"),
    # (two counts of items said all on schedule, once read as more than the task's count done: mended by pagesb's rule of
    # the programme's own count said to go on, stop 40 — a plain case now)
    pytest.param(("92项区委、区政府重点工作", "截至6月底,92项区委、区政府重点工作和30项区十件民生实事项目均按进度推进中。",
                  date(2021, 6, 30)), "on_track", id="92项区委、区政府重点工作|均按进度推进中"),
    miss(("新增垃圾分类达标小区180个。", "在40个小区,建成32个收集房,65个分类亭。", date(2022, 11, 30)), "seriously_behind",
         "works in a few of the items with other counts beside them summed as items done (the label's alternative behind)"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_PAGES11)
def test_known_misses_pages11(given, expected):
    assert judge(*given).status == expected


# Mended after the set was judged, by a rule written from pages16 (pagesb, stop 38: the whole's own amount between its name
# and 的 in a stated share, 完成全年计划投资X亿元的Y%), no rule written from this set: the case that was a strict xfail above.
MENDED_BY_LATER_RULES = [
    # (a budget share said with 为 beside the page's 高于序时进度, once read by stage on pace: mended by statusb's share of
    # the year's budget, stop 45)
    (("税收收入", "税收收入累计完成8.2亿元,为预算数的86.1%,同比增长3.4%,高于序时进度11.1个百分点", date(2021, 9, 30)), "ahead"),
    (("重点建设项目60个", "60个重点建设项目进展顺利,完成投资42.3亿元,完成全年计划投资110亿元的38.5%", date(2019, 7, 31)), "behind"),
]


@pytest.mark.parametrize("given,expected", MENDED_BY_LATER_RULES)
def test_mended_by_later_rules(given, expected):
    assert judge(*given).status == expected
