"""Issue 11, statusa (stop 46): four ways a reply is written that hid its figure or its stage, prompted by the
misses of the held-out invented185–187 (a county's year-end list with its own traffic lights, a bureau's half-year
reply sheet), each written here in other words with guards:

* a reply opened by its own marker (【绿灯】, 【红灯】, 【已完成】, 【滞后】) — the marker names no metric, so the
  figure after it is the task's as it is without the marker (progress._LEAD_STRIP);
* a growth said on a like-for-like base (同口径增长, 按可比口径增长, 同口径同比增长) after an amount is that amount's
  growth, as 同比增长 is (words.toml [change.basis_lead]);
* what a reform waits for and what is to follow (待省级出台指导意见后再行研究实施) is no stage of the work: 尚未启动
  beside it is not started (progress._WAITED_FOR);
* a registered unemployment rate (登记失业率) does not answer a surveyed rate's cap (调查失业率), nor back
  (words.toml [figure.distinct_measure]): unclear.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

YEAR_END, JUNE_30, SEPT_30 = date(2025, 12, 31), date(2025, 6, 30), date(2025, 9, 30)

CASES = [
    # a reply's own marker before its words
    ("整治农村河道25条。", "【正常】1-6月完成整治13条。", JUNE_30, "on_track"),
    ("整治农村河道25条。", "【滞后】1-9月完成整治9条。", SEPT_30, "seriously_behind"),
    # guards: the same words without a marker, a marker before a noun already read
    ("整治农村河道25条。", "1-6月完成整治13条。", JUNE_30, "on_track"),
    ("改造棚户区住房300套。", "全年完成改造180套。", YEAR_END, "behind"),
    ("新建农村公路40公里。", "【已完成】全年完成新建42公里，全部通过交工验收。", YEAR_END, "completed"),
    # a growth on a like-for-like base
    ("税收收入增长7%。", "全年税收收入15.2亿元，同口径增长3.1%。", YEAR_END, "behind"),
    ("税收收入增长7%。", "全年完成税收收入15.2亿元，同口径同比增长8.3%。", YEAR_END, "completed"),
    ("一般公共预算收入增长6%。", "全年一般公共预算收入9.8亿元，可比口径增长6.4%。", YEAR_END, "completed"),
    # guard: 同比 as before
    ("一般公共预算收入增长6%。", "全年一般公共预算收入9.8亿元，同比增长6.4%。", YEAR_END, "completed"),
    # not begun, waiting for another's step
    ("推进公立医院薪酬制度改革。", "改革尚未启动，待市级实施方案印发后组织实施。", date(2026, 6, 30), "not_started"),
    ("推进农村集体产权制度改革。", "该项改革暂未启动，需待省级试点经验总结后再研究推开。", date(2026, 6, 30), "not_started"),
    ("推进城市公共交通票价改革。", "该项工作尚未启动，待省级出台指导意见后再行研究实施。", date(2026, 12, 31), "seriously_behind"),
    # guards: work done before the wait stands; 接待 is no wait
    ("出台促进民营经济发展若干措施。", "已完成起草，待县政府常务会议审议后印发实施。", date(2026, 6, 30), "on_track"),
    ("建成城南污水处理厂。", "主体工程已完工，待设备调试后投入运行。", date(2026, 9, 30), "on_track"),
    ("接待游客500万人次。", "上半年共接待游客260万人次。", date(2026, 6, 30), "on_track"),
    # a registered rate for a surveyed rate's cap, and back
    ("城镇登记失业率控制在3.5%以内。", "全年城镇调查失业率4.8%。", YEAR_END, "unclear"),
    ("城镇调查失业率不超过5.6%。", "全年城镇登记失业率2.7%。", YEAR_END, "unclear"),
    # guards: each rate answers its own cap
    ("城镇调查失业率不超过5.6%。", "全年城镇调查失业率5.1%。", YEAR_END, "completed"),
    ("城镇登记失业率控制在3.5%以内。", "全年城镇登记失业率2.9%。", YEAR_END, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CASES, ids=[f"{c[0]}|{c[1]}" for c in CASES])
def test_reply_marks(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
