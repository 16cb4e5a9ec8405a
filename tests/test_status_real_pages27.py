"""Issue 11, pagesa (stop 42): the first run's misses of the real dev rows of bench/labels/status/pages27.json (labels
landed in feae3af before any engine run, first run 0.821), left as strict xfails by phenomenon until a rule mends them.
Every row here is written for this file in other words, places and figures than the pages'; none is a page's sentence."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def miss(given, expected, why):
    return pytest.param(given, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=f"{given[0]}|{given[1]}")


# (1) A relocation counted in households and persons at once (N户M人) and answered by a compound verb (搬迁入住), with
#     one 分别 clause giving the shares of two plans in the order opposite to the tasks': the count is not matched, the
#     clause is left unread and the programme's 已全面完成项目建设任务 is read as part of the work done at the deadline.
# (2) A single month's share of the year plan (仅10月一个月 / 10月份) written before the cumulative share of the same plan:
#     both are read as parts and the month's small share decides.
# (3) A year's planned input of funds answered by funds raised (到位率) and disbursed (拨付): no comparable figure is
#     found (the labels' alternatives read the raised funds, ahead).
KNOWN_MISSES_PAGES27 = [
    miss(("2021年全县计划实施易地搬迁320户1150人",
          "搬迁入住320户1150人,分别占市计划、县计划的128%、100%。", date(2021, 12, 31)),
         "completed", "a count in households and persons answered by 搬迁入住 with two plans' shares in one 分别 clause"),
    miss(("市计划下达240户870人",
          "年内已全面完成安置房建设任务;搬迁入住307户1114人,分别占市计划、县计划的128%、100%。", date(2021, 12, 31)),
         "completed", "the second plan of a 分别 clause whose count is in households and persons"),
    miss(("全区重点项目年度投资计划",
          "仅10月一个月,全区重点项目完成投资8.2亿元,完成年度投资计划的9.1%。1-10月,累计完成投资92.4亿元,完成年度计划的102.6%。",
          date(2022, 10, 31)), "completed", "a month's own share of the year plan read beside the cumulative share"),
    miss(("全年计划投入民生资金12.4亿元",
          "截至4月底,全县累计筹集资金10.9亿元,资金到位率达88%,拨付资金4.6亿元。", date(2021, 4, 30)),
         "on_track", "a planned input of funds answered by funds raised and disbursed: no comparable figure"),
]


@pytest.mark.parametrize("given,expected", KNOWN_MISSES_PAGES27, ids=lambda v: v[1] if isinstance(v, tuple) else v)
def test_known_misses_pages27(given, expected):
    assert judge(*given).status == expected
