"""Another measure of the same firms is no answer (statusx, issue 11).

A growth target on value added (增加值) is not answered by the growth of output value (总产值) or of revenue
(营业收入, 主营业务收入) of the same industry, nor a target on output value by value added (words.toml
figure.distinct_measure, rules/assigning.py _match): with no figure of the target's own measure, a rate target is
unclear.  Guards: the target's own measure answers it; a name holding both words is left as it is."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

YEAR_END, SEPT_30 = date(2020, 12, 31), date(2020, 9, 30)

DISTINCT_MEASURE = [
    # (holdout's invented136 miss, a strict xfail in tests/test_status_rules.py KNOWN_MISSES_136 until this rule)
    ("规模以上工业增加值增长8%。", "县工信局：全年新增规上工业企业15家，规上工业总产值增长6.2%。", date(2022, 12, 31), "unclear"),
    # in other words
    ("全年规上工业增加值增长6.5%。", "经信局：1-9月规上工业产值同比增长9.4%。", SEPT_30, "unclear"),
    ("服务业增加值增长7%。", "1-9月规模以上服务业企业营业收入增长11.3%。", SEPT_30, "unclear"),
    ("规模以上工业增加值增长7%以上。", "全年规上工业企业实现主营业务收入增长8.1%。", YEAR_END, "unclear"),
    ("规上工业总产值增长12%。", "全年规上工业增加值增长8.6%。", YEAR_END, "unclear"),
    # guards: the target's own measure
    ("全年规上工业增加值增长6.5%。", "1-9月规上工业增加值同比增长7.1%。", SEPT_30, "on_track"),
    ("规模以上工业增加值增长7%。", "全年规上工业增加值增长6.1%。", YEAR_END, "behind"),
    ("规上工业总产值增长12%。", "全年规上工业总产值增长12.8%。", YEAR_END, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", DISTINCT_MEASURE,
                         ids=[f"{t}→{p}" for t, p, _, _ in DISTINCT_MEASURE])
def test_another_measure_of_the_same_firms_is_no_answer(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# Once a strict miss: two growths of other measures with no noun of their own (营业收入增长8.1%，利润增长5.0%) were read
# together as the target's figures; read as no answer since stop 54's second round (its status rules).
def test_two_other_measures_are_no_answer():
    a = judge("规模以上工业增加值增长7%以上。", "全年规上工业企业实现营业收入增长9.2%，利润总额增长4.8%。", YEAR_END)
    assert a.status == "unclear", (a.rule, a.reason)
