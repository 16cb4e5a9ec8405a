"""Issue 11, pagesx: an approximate figure with its approximation before the scale (590多万元, 3十余万人 as 3余万) is the figure as
written, as one after the scale (2万余人) always was (progress._NUM) — how amounts and counts are said across the real rows'
governments (a township's investment 多万元 beside its share of the plan; a county's 近/多 counts left, see
tests/test_status_real_pages17.py).  Every row here is written for this file in other words and figures than the pages';
none is a page's sentence or a scored row."""

from datetime import date

import pytest

from luoshi.engine.progress import parse_row
from tests.status_judge import judge

pytestmark = pytest.mark.engine

DEC, JUN = date(2023, 12, 31), date(2023, 6, 30)


@pytest.mark.parametrize("progress,value,unit", [
    ("完成投资380多万元", 380.0, "万元"),
    ("累计完成投资12余亿元", 12.0, "亿元"),
    ("培训农民工6多万人次", 6.0, "万人次"),
    # as before: after the scale, or with no scale
    ("培训2万余人", 2.0, "万人"),
    ("完成造林1200余亩", 1200.0, "亩"),
    ("完成投资380万元", 380.0, "万元"),
])
def test_an_approximation_before_the_scale_keeps_the_figure(progress, value, unit):
    facts = parse_row(progress, task="x").facts
    assert [(f.value, f.unit) for f in facts] == [(value, unit)]


@pytest.mark.parametrize("task,progress,as_of,expected", [
    ("东坪村计划投入资金300万元,西岭村计划投入资金250万元", "目前,东坪村已实际完成投资380多万元,是计划300万元的127%,"
     "西岭村实际完成投资260万元,是计划250万元的104%。", date(2020, 12, 31), "completed"),
    ("南岗乡计划投入资金500万元,北岗乡计划投入资金420万元", "南岗乡已完成投资610多万元,北岗乡完成投资430万元。", DEC, "completed"),
    ("全年完成农村公路投资800万元", "上半年完成投资400多万元。", JUN, "on_track"),
    # guards: an approximate amount short of the pace; a figure far short at the year's end
    ("全年完成农村公路投资800万元", "上半年完成投资100多万元。", JUN, "seriously_behind"),
    ("南岗乡计划投入资金500万元,北岗乡计划投入资金420万元", "南岗乡已完成投资310多万元,北岗乡完成投资430万元。", DEC, "behind"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 20 else None)
def test_an_approximate_amount_answers_its_part(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)
