"""Issue 11, statusy (stop 40): a report whose every clause is a forecast of the work's start or beginning
(预计…开工, 计划…启动, 拟于…开展) and nothing done: not started — not unclear for want of a figure.  From invented167's
first run and the real held-out misses of pages20 (two governments) and pages1; the rows here are written in other
words, places and figures.  Guards: a fact beside the forecast, work going on in the forecast's own words (将继续开展,
按计划有序实施), a forecast of finishing only, a task to finish something past mid-year (behind there, as before)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    # only a start or a beginning forecast: nothing begun
    (("新建城西垃圾中转站", "区城管局：预计8月开工建设。", date(2026, 4, 30)), "not_started"),
    (("开工建设北山游客服务中心", "计划9月中旬进场施工。", date(2026, 7, 31)), "not_started"),
    (("为800名低保家庭学生发放助学补贴。", "预计9月开始发放。", date(2026, 5, 31)), "not_started"),
    (("开展全县中小学生脊柱侧弯筛查2万人", "预计9月开学后开展筛查，11月底前全部完成。", date(2026, 6, 30)),
     "not_started"),
    (("市卫健委60套", "市卫健委预计8月启动项目建设", date(2026, 4, 30)), "not_started"),
    # a start forecast whose deadline has passed: nothing begun when the time is up
    (("6月底前开工建设南湖泵站", "预计10月开工。", date(2026, 9, 30)), "seriously_behind"),
    # guards: a fact beside the forecast, work going on, a forecast of finishing only
    (("开工建设北山游客服务中心", "已完成施工招标，计划7月中旬进场施工。", date(2026, 5, 31)), "on_track"),
    (("新建城西垃圾中转站", "区城管局：预计11月开工建设。", date(2026, 7, 31)), "behind"),
    (("开展老年人防诈骗宣传活动", "将继续开展进社区宣传活动。", date(2026, 6, 30)), "unclear"),
    (("建设智慧停车平台", "平台按计划有序实施。", date(2026, 6, 30)), "on_track"),
    (("改造农贸市场3个", "预计年底前全部完成改造。", date(2026, 6, 30)), "unclear"),
]


@pytest.mark.parametrize("given,expected", CASES, ids=[f"{g[0]}|{g[1]}" for g, _ in CASES])
def test_forecast_start_only(given, expected):
    assert judge(*given).status == expected
