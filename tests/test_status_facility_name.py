"""Issue 11, pagesx (stop 41): a task that is only the name of a facility or a road — a livelihood list's bare item, one
name or several between 、, a section after it at most (龙山公园B区 kind, 十五号路支巷 kind) — is works to carry out: past
mid-year a reply at preparation only (方案设计, 立项, 测绘, 前期工作) is behind, as for a programme of works by its name
(…工程, …项目).  Seen in the real rows of three governments (pages9, pages15, pages20: a district's list of items still
in preparation at 30 June, a district's roads designing late in September, a city's cycleway at its design in October);
the rows here are in other words and names.  Guards: before mid-year, a process lead before the name, a figurative road,
an activity verb in the task, works under way."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    (("滨河湿地公园东区", "目前正在开展方案设计，用地预审已上报。", date(2026, 8, 31)), "behind"),
    (("建设北路、建设北路支路", "已完成可研批复和地形测绘，施工图设计正在编制。", date(2026, 9, 30)), "behind"),
    (("沿湖慢行道", "项目处于前期工作阶段，设计方案已征求意见。", date(2026, 10, 31)), "behind"),
    (("城西街心游园二期", "立项已批复，正在进行施工图设计。", date(2026, 7, 31)), "behind"),
    # guards: before mid-year; a process lead; a figurative road; an activity verb; works under way
    (("滨河湿地公园东区", "目前正在开展方案设计，用地预审已上报。", date(2026, 4, 30)), "on_track"),
    (("推进滨河湿地公园", "目前正在开展方案设计，用地预审已上报。", date(2026, 9, 30)), "on_track"),
    (("拓宽产业发展思路", "正在开展课题调研，方案初稿已形成。", date(2026, 9, 30)), "on_track"),
    (("开展文明游园", "活动方案已制定，正在征求意见。", date(2026, 9, 30)), "on_track"),
    (("建设北路、建设北路支路", "两条道路均已开工，正在进行管网施工。", date(2026, 6, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", CASES, ids=[f"{g[0]}|{g[1]}" for g, _ in CASES])
def test_facility_name_task(given, expected):
    assert judge(*given).status == expected


# Strict xfails of tests/test_status_real_pages15.py and tests/test_status_real_pages20.py this rule mended (moved here,
# plain cases).
MENDED = [
    (("纬三路、纬三路东段", "纬三路、纬三路东段已办理立项批复和可研评审,正在设计施工图。", date(2021, 9, 30)), "behind"),
    (("滨河自行车绿道", "已确定项目方案征集单位,现正进行方案设计工作;", date(2013, 10, 31)), "behind"),
]


@pytest.mark.parametrize("given,expected", MENDED, ids=[f"{g[0]}|{g[1]}" for g, _ in MENDED])
def test_mended_strict_xfail(given, expected):
    assert judge(*given).status == expected
