"""A table's header unit written into the task cell (statusx, issue 11).

Supervision tables flattened into rows put a column's unit in brackets after the indicator's name and give the
figure bare (城镇登记失业率低于(%)4.5 | 全县3.9): the target's unit is the bracket's, moved after its figure as a
target writes it (indicators.parse, vocab.header_unit_pattern), and a bare figure in the progress cell (3.6, 全县3.9,
1-9月均值41) is in that unit (progress.parse_row).  Guards: brackets that hold no unit, a progress cell with words
beside its figure, a bracket after a figure."""

from datetime import date

import pytest

from luoshi.engine import api
from tests.status_judge import judge

pytestmark = pytest.mark.engine

SEPT_30, YEAR_END = date(2020, 9, 30), date(2020, 12, 31)

HEADER_UNIT = [
    # (pages3's miss, a strict xfail in tests/test_status_real_pages3.py KNOWN_MISSES_PAGES3 until this rule)
    ("城镇登记失业率低于(%)4.5", "全县3.9", YEAR_END, "completed"),
    # in other words
    ("城镇调查失业率（%）控制在5以内", "4.6", SEPT_30, "on_track"),
    ("城镇调查失业率（%）控制在5以内", "4.7", YEAR_END, "completed"),
    ("城镇调查失业率（%）控制在5以内", "5.4", YEAR_END, "behind"),
    ("细颗粒物年均浓度（微克/立方米）不高于35", "1-9月均值39", SEPT_30, "behind"),
    ("单位地区生产总值能耗下降(%)3.2", "3.5", YEAR_END, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", HEADER_UNIT, ids=[f"{t}→{p}" for t, p, _, _ in HEADER_UNIT])
def test_a_header_unit_in_the_task_cell(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("text,target", [
    ("城镇登记失业率低于(%)4.5", ("城镇登记失业率", 4.5, "%", "<=")),
    ("细颗粒物年均浓度（微克/立方米）不高于35", ("细颗粒物年均浓度", 35.0, "微克/立方米", "<=")),
    ("城镇登记失业率低于4.5%", ("城镇登记失业率", 4.5, "%", "<=")),
])
def test_the_header_unit_moves_after_its_figure(text, target):
    (ind,), _ = api.parse_indicators(text)
    assert (ind.metric, ind.value, ind.unit, ind.comparator) == target
    assert "(" in ind.text or "（" in ind.text or "(" not in text      # the cell's own words quoted


@pytest.mark.parametrize("text", [
    "新建幼儿园(含民办)3所",          # brackets of words, no unit
    "完成投资12(含续建项目)",
])
def test_brackets_of_words_are_no_header_unit(text):
    assert not any(i.unit == "含民办" for i in api.parse_indicators(text)[0])
    assert api.parse_indicators("完成投资12(含续建项目)")[0] == []


@pytest.mark.parametrize("task,progress", [
    ("城镇调查失业率（%）控制在5以内", "就业形势总体稳定，新增就业3.6万人"),   # words beside a figure of its own unit
    ("城镇调查失业率控制在5.2%以内", "4.6"),                                 # no header unit: a bare figure stays unread
])
def test_a_bare_figure_needs_a_header_unit(task, progress):
    facts = api.parse_progress(progress, task=task).facts
    assert not any(f.unit == "%" and f.value == 3.6 for f in facts)
    if progress == "4.6":
        assert facts == []
