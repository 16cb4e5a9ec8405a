"""Issue 11, statusa (stop 46): a reply saying the task's indicator is counted by the quarter or the year (该指标为季度
指标, 该项为年度考核指标, 按年度统计) with no figure of the indicator's own measure for the period — only a sector's
revenue for a GDP growth, or an earlier year's figure — is unclear: the period's figure is not out (rules
PeriodicIndicator).  Prompted by pages33's first-quarter table misses (a district's work-report tasks), in other words;
guards: the indicator's own figure for the period beside the same words is judged by it, and a reply without the words
is left as it was."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    ("社会消费品零售总额增长9%", "该指标为季度指标，目前商务局限上企业数据已上报，限上零售额增长12.3%。", date(2024, 3, 31), "unclear"),
    ("单位工业增加值能耗下降3%", "该项为年度考核指标，目前正在有序推进节能监察。去年全年单位工业增加值能耗下降4.2%。",
     date(2024, 6, 30), "unclear"),
    ("推进节能降耗，完成单位地区生产总值能耗降低目标",
     "该指标按年度统计，目前正在开展重点用能单位节能监察。2023年全区单位地区生产总值能耗下降3.6%。", date(2024, 6, 30), "unclear"),
    # stop 48: the count of the indicators the reply names (等2项指标) is no figure of one
    ("年初区人代会确定的主要指标:城镇登记失业率", "城镇登记失业率和居民人均可支配收入增长2项指标是按季度统计,目前各项工作有序推进。",
     date(2024, 5, 31), "unclear"),
    # guards: the indicator's own figure for the period
    ("地区生产总值增长7%", "该指标为季度指标，一季度地区生产总值增长6.8%。", date(2024, 3, 31), "behind"),
    ("规上工业增加值增长8%", "该指标按季度统计，1-3月规上工业增加值增长9.1%。", date(2024, 3, 31), "on_track"),
    # guards: no such words (left as the other rules read them)
    ("单位工业增加值能耗下降3%", "正在有序推进节能监察。去年全年单位工业增加值能耗下降4.2%。", date(2024, 6, 30), "on_track"),
    ("地区生产总值增长7%", "目前统计局规上服务业指标已报送，营业收入增长5.1%。", date(2024, 3, 31), "unclear"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CASES, ids=[f"{c[0]}|{c[1]}" for c in CASES])
def test_periodic_indicator(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
