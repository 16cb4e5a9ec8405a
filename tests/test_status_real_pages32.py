"""Issue 11, pagesh: the misses of the held-out real rows (bench/labels/status/pages32.json, labels landed in 5edc951
at 18:29 UTC on 4 December 2026, after the 18:20 rule deadline and before any engine run, judged once right after,
no rule written from them), as strict xfails by phenomenon.  Every row here is written for this file in other words,
places and figures than the pages'; none is a page's sentence or a scored row.  A fix makes its case pass and the
test fail.  Misses judged right in the other wordings tried (a quarter's start set all started, read behind on the page),
and the labels' alternatives, have no case here (README row of pages32).  Stop 45 (statusb) mended all seven: they
are plain cases now, each with the reason it once missed."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def mended(given, expected, why):
    return pytest.param(given, expected, id=f"{given[0]}|{given[1]}")


# All seven mended by statusb at stop 45 (thousands separators, budget shares, start rates, 有序推进 at the year's end,
# a share of the year's whole written as its amount, a part's share after 其中): kept as plain cases.
MENDED_PAGES32 = [
    mended(("41个县级重点项目", "污水管网改造等41个县级重点项目已开工29个,开工率71%;", date(2022, 4, 25)), "ahead",
         "key projects' start rate far over an early pace read on pace"),
    mended(("务工收入 全年21.6亿元", "务工收入11.2亿元,占全年21.6亿元的51.85%;", date(2019, 6, 30)), "on_track",
         "an income's share of the year in the band, beside a count before it, read as done"),
    mended(("税收收入 全县全年预算58,460万元",
          "其中:税收收入完成39,120万元,为县人民代表大会批准全县全年预算58,460万元的66.9%,比上年同期增收512万元,",
          date(2022, 9, 30)), "behind", "a share of a budget written with thousands separators, under the band, read as done"),
    mended(("9个前期项目", "9个前期项目正有序推进。", date(2019, 12, 31)), "on_track",
         "preparatory projects said 正有序推进 at the year's end read as done"),
    mended(("契税 预算", "契税完成4.6亿元,占税收收入21.3%,为预算51.2%,同比增长88%;", date(2022, 4, 30)), "ahead",
         "a share of an unprinted budget (为预算…%) far over the pace read on pace"),
    mended(("一般公共预算支出 预算", "2022年1-4月,一般公共预算支出完成18.3亿元,为预算22.7%,同比下降9.4%;", date(2022, 4, 30)),
         "behind", "a share of an unprinted budget (为预算…%) under the band read on pace"),
    mended(("城南片区棚改等5个市政项目", "城南片区棚改等5个市政项目已全部开工建设,其中城南片区棚改项目完成总工程量的85%。",
          date(2023, 8, 31)), "on_track", "works all under way read ahead by one project's share of its own works"),
]


@pytest.mark.parametrize("given,expected", MENDED_PAGES32)
def test_mended_pages32(given, expected):
    assert judge(*given).status == expected


# statusb, stop 49: a task counting items to start (开复工项目, 新开工项目: words.toml status.start_items_target) with its
# count said all started (全部开工, 均已开工: status.all_started_count) has its own measure done — 开工 is no mere step of
# the works where the task joins the start and the restart (开复工: milestone.start_joint).  Guards: a part started at a
# passed deadline, a finish target with all started.
START_ITEMS_ALL_STARTED = [
    (("实验小学等30个二季度开复工项目", "实验小学等30个二季度开复工项目全部开工。", date(2022, 6, 30)), "completed"),
    (("2个市级重点项目、实验小学等30个二季度开复工项目",
      "其中,城北污水处理厂等2个市级重点项目、实验小学等30个二季度开复工项目全部开工,", date(2022, 6, 30)), "completed"),
    (("一季度开复工项目45个", "一季度开复工项目45个均已开工。", date(2023, 3, 31)), "completed"),
    (("一季度开复工项目45个", "一季度开复工项目已开工31个。", date(2023, 3, 31)), "behind"),
    (("年内建成项目20个", "20个项目全部开工。", date(2023, 9, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", START_ITEMS_ALL_STARTED, ids=[f"{g[0]}|{g[1]}" for g, _ in START_ITEMS_ALL_STARTED])
def test_start_items_all_started(given, expected):
    assert judge(*given).status == expected
