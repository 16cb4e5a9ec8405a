"""Issue 11, statusc (stop 53): a rate written as a range keeps both its ends (ProgressFact.value the lower,
value_high the upper), and each comparator is judged by the end that decides it — a range reaches a target only if
each end does: the lower end decides a floor (增长X%, X%以上: rule question 32, unchanged), the upper end a cap
(控制在X%以内, 不超过, 低于) or a level lower is better (失业率, 物价涨幅), both ends a band (X%左右) within the tolerance
the single-figure rule uses (the labels' README rule question 35).  Guards: a single figure unchanged, a date range
(1-6月) and a count range of things (3-5个) no rate range, a range with a fall word keeping its sign.  Sentences
written here for these tests, never a label's row text."""

from datetime import date

import pytest

from luoshi.engine.progress import parse_row
from tests.status_judge import judge

pytestmark = pytest.mark.engine

# (progress text, the figures read as (value, value_high, unit))
FIGURES = [
    ("一季度全镇城镇调查失业率为4.9%-5.3%。", [(4.9, 5.3, "%")]),
    ("前五个月物价涨幅2.1~2.6%。", [(2.1, 2.6, "%")]),
    ("人口出生率回落0.2-0.4个百分点。", [(0.2, 0.4, "个百分点")]),
    # guards: a single figure has no upper end; a date range is no figure; a range of months before a rate range
    ("一季度城镇登记失业率为3.1%。", [(3.1, None, "%")]),
    ("1-6月，完成技改投资12.5亿元。", [(12.5, None, "亿元")]),
    ("1—5月累计完成投资8.2亿元，增长3%-4%。", [(8.2, None, "亿元"), (3.0, 4.0, "%")]),
    # a count range of things is no rate range (no figure read from it, as before)
    ("截至5月底，已建成街角绿地3-5处。", []),
    # a fall word before the range: both ends are the fall's size, no minus read from the dash
    ("规上企业营业收入同比下降1.5%-2%。", [(1.5, 2.0, "%")]),
]


@pytest.mark.parametrize("text,figures", FIGURES, ids=[f[0][:12] for f in FIGURES])
def test_range_keeps_both_ends(text, figures):
    assert [(f.value, f.value_high, f.unit) for f in parse_row(text).facts] == figures


def test_a_single_figure_json_unchanged():
    (fact,) = parse_row("一季度城镇登记失业率为3.1%。").facts
    assert "value_high" not in fact.to_json()
    (fact,) = parse_row("一季度全镇城镇调查失业率为4.9%-5.3%。").facts
    assert fact.to_json()["value_high"] == 5.3


_JUNE, _SEPT = date(2025, 6, 30), date(2025, 9, 30)

# (task, progress, as of, expected)
CASES = [
    # a cap: the upper end decides
    ("全镇调查失业率全年控制在4.8%以内。", "上半年全镇调查失业率为4.6%-5.0%。", _JUNE, "behind"),
    ("全镇调查失业率全年控制在4.8%以内。", "上半年全镇调查失业率为4.3%-4.7%。", _JUNE, "on_track"),
    ("居民消费价格涨幅不超过3%。", "前三季度居民消费价格上涨2.6-3.3%。", _SEPT, "behind"),
    ("居民消费价格涨幅不超过3%。", "前三季度居民消费价格上涨2.2-2.9%。", _SEPT, "on_track"),
    ("城镇登记失业率低于3.5%。", "上半年城镇登记失业率为3.2%-3.6%。", _JUNE, "behind"),
    ("城镇登记失业率低于3.5%。", "上半年城镇登记失业率为3.1%-3.4%。", _JUNE, "on_track"),
    # a band on a level lower is better (左右): both ends within the half point over it
    ("城镇调查失业率5.5%左右。", "上半年城镇调查失业率为5.6%-6.2%。", _JUNE, "behind"),
    ("城镇调查失业率5.5%左右。", "上半年城镇调查失业率为5.3%-5.9%。", _JUNE, "on_track"),
    # a band on a growth: both ends within the half point under it (the lower end decides, as for a floor)
    ("限上单位消费品零售额增长6.5%左右。", "上半年限上单位消费品零售额增长5.8-7.2%。", _JUNE, "behind"),
    ("限上单位消费品零售额增长6.5%左右。", "上半年限上单位消费品零售额增长6.1%-7.2%。", _JUNE, "on_track"),
    # guards: a floor still by its lower end
    ("一般公共预算收入增长6%。", "上半年一般公共预算收入增长5.4%-6.6%。", _JUNE, "behind"),
    ("一般公共预算收入增长6%。", "上半年一般公共预算收入增长6.0%-6.6%。", _JUNE, "on_track"),
    ("森林覆盖率稳定在40%以上。", "全县森林覆盖率为39.6%-40.4%。", _JUNE, "behind"),
    # a fall target: the smaller fall decides
    ("单位生产总值能耗下降3%。", "上半年单位生产总值能耗下降2.4%-3.4%。", _JUNE, "behind"),
    ("单位生产总值能耗下降3%。", "上半年单位生产总值能耗下降3.2%-3.6%。", _JUNE, "on_track"),
    # a fall range against a growth floor keeps its sign
    ("规模以上工业增加值增长6%。", "上半年规模以上工业增加值同比下降1.5%-2%。", _JUNE, "seriously_behind"),
    # a single figure against a cap, unchanged
    ("全镇调查失业率全年控制在4.8%以内。", "上半年全镇调查失业率为4.7%。", _JUNE, "on_track"),
    ("全镇调查失业率全年控制在4.8%以内。", "上半年全镇调查失业率为4.9%。", _JUNE, "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CASES, ids=[f"{c[1][:16]}|{c[3]}" for c in CASES])
def test_range_judged_by_the_deciding_end(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
