"""A growth said to miss its target by points (pagesx, issue 11; stop 43).

Economic rows of district and city pages (pages6's district half-year table, pages4's city bulletin) give the rate and
then how far it falls short of the target, often under a bare indicator's name with no target printed: 同比增长3.2%，
塌目标1.8个百分点; 增长5.1%，低于年度目标1.9个百分点; 同比下降37.8%，塌目标47.8个百分点.  Read as concrete work on pace before;
now (rules.PaceStatement, _growth_short; words.toml report.short_of_target) the rate short of its target is behind, and a
fall said to miss a growth target seriously behind, as the labels' rule question 2 reads a fall against a growth.  Every
row is written for this file in other words than any label row.  Guards: a fall short of a target that is itself a fall
is only behind; a count under a cap (投诉量…低于目标32件) is no growth missed; a growth over its target is not read here."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    ("地区生产总值增长", "上半年地区生产总值同比增长4.1%，低于年度目标2.4个百分点。", date(2024, 6, 30), "behind"),
    ("社会消费品零售总额", "1-6月社会消费品零售总额同比增长6.8%，比目标低1.2个百分点。", date(2024, 6, 30), "behind"),
    ("规上工业增加值", "1-9月规上工业增加值同比下降3.5%，塌目标10.5个百分点。", date(2024, 9, 30), "seriously_behind"),
    # guards
    ("单位GDP能耗下降3%", "全年单位GDP能耗下降2.1%，低于目标0.9个百分点。", date(2024, 12, 31), "behind"),
    ("全镇噪声投诉量控制在300件以内", "全年噪声投诉量268件，低于目标32件。", date(2024, 12, 31), "completed"),
    ("地区生产总值增长6.5%", "上半年地区生产总值同比增长7.8%，高于目标1.3个百分点。", date(2024, 6, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}|{s}" for t, _, _, s in CASES])
def test_growth_short(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


# Strict xfails of tests/test_status_real_pages6.py this rule mended (moved here, their words unchanged).
MENDED_PAGES6 = [
    # a growth the page says is so many points under its target (低于目标…个百分点), the target itself unwritten, read on pace
    (("全区税收收入", "上半年全区税收收入完成18.6亿元,同比增长2.1%,低于目标10.9个百分点", date(2020, 6, 30)), "behind"),
    # a fall beside the points under an unwritten growth target read on pace
    (("工业投资", "工业投资同比下降21.5%,低于目标31.5个百分点", date(2020, 6, 30)), "seriously_behind"),
]


@pytest.mark.parametrize("given,expected", MENDED_PAGES6)
def test_mended_growth_short(given, expected):
    assert judge(*given).status == expected
