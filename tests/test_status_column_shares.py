"""Issue 11, pagesx: a flattened table's cells keep their column words before the figure — the share's words, the header's
ratio word and unit, a colon, then the figure (投资完成率(%):59.55%, 完成年度投资目标比例(%):56.09%, 占年计划的%:103.7%) — as real
key-project tables print them across governments (a prefecture's tables by type and sector, a district's by sector); the
share is the page's own share of the year's plan (progress._COLUMN_TAIL, words.toml progress.column_share_tail), and a cell
of funds arrived before it ends at its figure (progress._SHARE_STRETCH_END), so the works' share is not the funds'.  Every row
here is written for this file in other words and figures than the pages'; none is a page's sentence or a scored row."""

from datetime import date

import pytest

from luoshi.engine.progress import parse_row
from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN, NOV = date(2022, 6, 30), date(2022, 11, 30)

COLUMN_SHARES = [
    ("在建项目 全年投资计划(万元):356000", "1-6月累计投资(万元):212000 投资完成率(%):59.55%", JUN, "ahead"),
    ("前期项目 全年投资计划(万元):82000", "1-6月累计投资(万元):9800 投资完成率(%):11.95%", JUN, "seriously_behind"),
    ("文化旅游 项目数:12 总投资:45.6 年度计划投资(亿元):6.8", "1-本月累计完成投资(亿元):7.1 占年计划的%:104.4% "
     "与序时进度比较%:12.9%", NOV, "completed"),
    ("生态环保 年度投资目标(万元):52000 上半年投资目标(万元):24000", "1-6月累计完成投资(万元):26800 完成年度投资目标比例(%):"
     "51.5% 完成上半年投资目标比例(%):111.7%", JUN, "on_track"),
    # a cell of funds arrived before the works' cells: the funds' cell ends at its figure (progress._funds_share)
    ("收尾项目 年度投资目标(万元):48000", "1-6月底累计到位资金(万元):46100 1-6月底累计完成投资(万元):45900 "
     "完成投资占年度投资目标的比例(%):95.6%", JUN, "ahead"),
    ("储备项目 年度投资目标(万元):64000", "1-6月底累计到位资金(万元):9100 1-6月底累计完成投资(万元):8800 "
     "完成投资占年度投资目标的比例(%):13.8%", JUN, "seriously_behind"),
    ("社会事业 项目数:9 年度计划投资(亿元):3.2", "1-本月累计完成投资(亿元):1.3 占年计划的%:40.6% 与序时进度比较%:-51.0%", NOV,
     "seriously_behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", COLUMN_SHARES, ids=[r[0][:12] for r in COLUMN_SHARES])
def test_a_column_worded_share_is_the_page_share(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


@pytest.mark.parametrize("progress,expected", [
    ("投资完成率(%):59.55%", 59.55),
    ("累计完成投资(亿元):7.1 占年计划的%:104.4%", 104.4),
    ("完成年度投资目标比例(%):51.5%", 51.5),
    ("完成率:62%", 62.0),
    # guards: the gap to the pace is no share; a growth column; an amount column
    ("与序时进度比较%:12.9%", None),
    ("同比增长(%):8.5%", None),
    ("累计完成投资(亿元):7.1", None),
    # the funds' own share stays none, in prose and in a cell
    ("全县累计到位资金3.1亿元,占年度计划82.4%", None),
    ("累计到位资金(万元):9100 到位资金占年度计划的比例(%):41.2%", None),
])
def test_the_column_share_read(progress, expected):
    assert parse_row(progress, task="某类项目").stated_pct == expected
