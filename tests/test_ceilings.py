"""Ceilings and ranges (invented examples, labelled before the engine was run on them): a figure
under a ceiling word (控制在/不超过/低于 before it, 以内/以下/之内 after it) is read as ``<=``; a range
under a ceiling word (控制在3%-3.5%) is a ceiling range, ``<=`` with ``value`` its low end and
``value_high`` its high end; a range otherwise (增长6%-7%) a floor range, ``>=``.  Judging and
verification hold a result to the end that matters: at most the high end of a ceiling range, at
least the low end of a floor range."""

from datetime import date

import pytest

from luoshi.engine import targets
from luoshi.engine.assess import judge_figure
from luoshi.engine.indicators import parse
from luoshi.engine.judgement import Indicator
from tests.test_verify import _one_verdict

pytestmark = pytest.mark.engine

# text → (metric, low/only value, high end, unit, comparator)
CEILINGS = [
    ("城镇调查失业率控制在6%以内", ("城镇调查失业率", 6, None, "%", "<=")),
    ("城镇登记失业率控制在3.5%以下", ("城镇登记失业率", 3.5, None, "%", "<=")),
    ("城镇登记失业率控制在4%之内", ("城镇登记失业率", 4.0, None, "%", "<=")),
    ("居民消费价格涨幅不超过3%", ("居民消费价格涨幅", 3.0, None, "%", "<=")),
    ("城镇登记失业率低于4.5%", ("城镇登记失业率", 4.5, None, "%", "<=")),
    ("新增政府债务不超过20亿元", ("新增政府债务", 20.0, None, "亿元", "<=")),
    ("新增贷款不低于200亿元", ("新增贷款", 200.0, None, "亿元", ">=")),        # 不低于 is a floor
    # ranges: under a ceiling word a ceiling range, otherwise a floor range
    ("居民消费价格涨幅控制在3%-3.5%", ("居民消费价格涨幅", 3.0, 3.5, "%", "<=")),
    ("城镇调查失业率控制在5%—5.5%以内", ("城镇调查失业率", 5.0, 5.5, "%", "<=")),
    ("城镇登记失业率不超过3%～3.5%", ("城镇登记失业率", 3.0, 3.5, "%", "<=")),
    ("城镇登记失业率3%-3.5%以内", ("城镇登记失业率", 3.0, 3.5, "%", "<=")),
    ("规上工业增加值增长6%-7%", ("规上工业增加值", 6.0, 7.0, "%", ">=")),
    ("万元生产总值用水量下降3%-4%", ("万元生产总值用水量", 3.0, 4.0, "%", ">=")),   # a fall of at least 3%
]


@pytest.mark.parametrize(("text", "expected"), CEILINGS)
def test_indicators_read_ceilings_and_ceiling_ranges(text, expected):
    found = [i for i in parse(text)[0] if not i.stretch]
    assert [(i.metric, i.value, i.value_high, i.unit, i.comparator) for i in found] == [expected]
    assert text[found[0].span[0]:found[0].span[1]] == found[0].text


@pytest.mark.parametrize(("text", "expected"), CEILINGS + [
    # a bare range of a lower-is-better rate is a ceiling range, as a bare figure is a ceiling
    ("居民消费价格涨幅2%-3%", ("居民消费价格涨幅", 2.0, 3.0, "%", "<=")),
])
def test_the_target_reader_reads_them_alike(text, expected):
    found = targets.parse_clause(text)
    assert [(i.metric, i.value, i.value_high, i.unit, i.comparator) for i in found] == [expected]


def _range(low, high, comparator, unit="%", kind="ratio", metric="城镇调查失业率"):
    return Indicator(metric=metric, value=low, value_high=high, unit=unit, comparator=comparator, kind=kind)


@pytest.mark.parametrize(("target", "figure", "status"), [
    # a ceiling range is held at or under its high end
    (_range(3, 3.5, "<="), 3.2, "on_track"),
    (_range(3, 3.5, "<="), 3.5, "on_track"),
    (_range(3, 3.5, "<="), 2.5, "on_track"),
    (_range(3, 3.5, "<="), 3.8, "behind"),
    (_range(10, 12, "<=", unit="亿元", kind="amount", metric="新增政府债务"), 11, "completed"),
    (_range(10, 12, "<=", unit="亿元", kind="amount", metric="新增政府债务"), 13, "behind"),
    # a floor range at or over its low end
    (_range(6, 7, ">=", kind="growth_rate", metric="地区生产总值"), 6.2, "on_track"),
    (_range(6, 7, ">=", kind="growth_rate", metric="地区生产总值"), 5.8, "behind"),
])
def test_judging_holds_a_figure_to_the_right_end(target, figure, status):
    assert judge_figure(target, figure, date(2026, 12, 31)).status == status


@pytest.mark.parametrize(("target", "said", "metric", "outcome"), [
    ("城镇调查失业率控制在5%-5.5%", "城镇调查失业率5.3%。", "城镇调查失业率", "achieved"),
    ("城镇调查失业率控制在5%-5.5%", "城镇调查失业率5.8%。", "城镇调查失业率", "not_met"),
    ("居民消费价格涨幅控制在2.5%-3%", "居民消费价格上涨2.8%。", "居民消费价格涨幅", "achieved"),
    ("城镇登记失业率控制在3.5%以下", "城镇登记失业率3.2%。", "城镇登记失业率", "achieved"),
    ("城镇登记失业率控制在3.5%之内", "城镇登记失业率3.9%。", "城镇登记失业率", "not_met"),
    ("地区生产总值增长6%-7%", "地区生产总值增长6.3%。", "地区生产总值", "achieved"),
    ("地区生产总值增长6%-7%", "地区生产总值增长5.6%。", "地区生产总值", "not_met"),
])
def test_verify_holds_a_result_to_the_right_end(tmp_path, target, said, metric, outcome):
    v = _one_verdict(tmp_path, target, said, metric)
    assert v.outcome == outcome, v.reason
