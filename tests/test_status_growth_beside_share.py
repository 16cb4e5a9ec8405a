"""Issue 11, statusy (stop 40): a growth target (…收入增长5%, 投资增长8%) answered by the amount, its share of the
year's budget or plan (完成年度预算的72.1%, 为年度计划的72%) and its change on the year: the change answers the growth —
a fall is seriously behind, a rise under the target behind — and the share of the plan is no growth.  A change on the
year alone in a terse cell (同比增长8.6%) answers a growth target too.  From invented167's first run (a revenue fall read
on pace by its share) and invented159; the rows here are in other words and figures.  Guards: an amount target beside
the same share and fall (the share answers), a growth target with only the plan's share (as before), a share of GDP
raised answered by another measure's fall."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    (("税收收入增长7%", "区税务局：1-8月完成税收收入12.6亿元，完成年度预算的68.2%，同比下降3.5%。", date(2026, 8, 31)),
     "seriously_behind"),
    (("地方一般公共预算收入增长6.5%", "上半年完成5.1亿元，占年度预算的50.8%，同比增长7.2%。", date(2026, 6, 30)),
     "on_track"),
    (("社会消费品零售总额增长7%", "前三季度实现社会消费品零售总额61亿元，为年度计划的73%，同比增长4.4%。",
      date(2026, 9, 30)), "behind"),
    (("规模以上工业增加值增长8%", "同比增长8.6%", date(2026, 6, 30)), "on_track"),
    (("固定资产投资增长9%", "1-10月同比下降2.3%", date(2026, 10, 31)), "seriously_behind"),
    # guards
    (("完成一般公共预算收入12亿元", "完成9亿元，完成年度预算的75%，同比下降2%。", date(2026, 9, 30)), "on_track"),
    (("固定资产投资增长8%", "完成固定资产投资80亿元，占年度计划的76%。", date(2026, 9, 30)), "on_track"),
    (("文化产业增加值占GDP比重提升至5%", "规上文化企业营业收入同比下降12%。", date(2026, 6, 30)), "unclear"),
]


@pytest.mark.parametrize("given,expected", CASES, ids=[f"{g[0]}|{g[1]}" for g, _ in CASES])
def test_growth_beside_plan_share(given, expected):
    assert judge(*given).status == expected
