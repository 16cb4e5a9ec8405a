"""Issue 11, statusd (stop 52): two ways progress reports are written, from stop 52's held-out invented misses
(tests/test_status_heldout52.py), in other words.

A reply that lists the kinds of one work with 、 and then adds them up itself (合计, 共计) gives its own total: that
total is the figure done for the task, not a running total of earlier years set aside beside this year's parts
(rules/building.py _sum_of_those_before, rules/assigning.py _places_total).  Guards: a running total beside this year's
figure that it does not add up stays a stock; the parts alone, named apart from the task, stay unread as before.

An event of this year put off to next year once its own deadline has come (the year's end, or 三季度 read at 30
September) keeps deferral's own rule, behind, not a cancellation (the lead's decision D9, stop 52; rule question 30 in
bench/labels/status/README.md; rules/status_statements.py Cancelled).  Guard: before its deadline it is not begun, as
before.

A task of receiving a review or an inspection (迎接…复审, 迎接…测评) is an event: received on a date before the report
(已于8月迎接…现场复核) it is held, done, the result still to come notwithstanding (words.toml completion.event_task,
completion.event_held).  Guards: the review still to come, its preparation going on, is on pace."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUL = date(2026, 7, 31)

# (task, progress, as of, expected)
LISTED_TOTAL = [
    ("为65岁以上老年人免费体检5万人次", "1-7月完成城区体检1.6万人次、农村体检0.8万人次，合计2.4万人次。", JUL, "behind"),
    ("新增城镇就业岗位6000个", "今年以来开发公益性岗位1500个、企业吸纳就业2000个，共计3500个。", JUL, "on_track"),
    ("培训新型职业农民3000人次", "1-7月开展种植技术培训1200人次、养殖技术培训900人次，合计2100人次。", JUL, "ahead"),
]
LISTED_TOTAL_GUARDS = [
    # a total that is not the sum of the figures before it: a running total from earlier years, beside this year's own
    ("新增公共充电桩400个", "今年新建充电桩230个，累计建成充电桩1860个。", JUL, "on_track"),
]

DEFERRED_AT_DEADLINE = [
    ("举办第六届全市茶叶博览会", "受展馆维修影响，经研究本届茶博会改到明年4月举办。", date(2026, 12, 31), "behind"),
    ("三季度举办全县农民运动会", "运动会因场地改造推迟到明年举办。", date(2026, 9, 30), "behind"),
    ("召开全区文旅产业发展大会", "大会经请示同意，调整至2027年召开。", date(2026, 12, 31), "behind"),
]
DEFERRED_GUARDS = [
    # its deadline (the year's end) not yet come: behind as well since the lead's decision D11 (stop 53; it was
    # not_started): the reply makes the year's miss certain
    ("举办第六届全市茶叶博览会", "受展馆维修影响，经研究本届茶博会改到明年4月举办。", date(2026, 9, 30), "behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", LISTED_TOTAL + LISTED_TOTAL_GUARDS)
def test_listed_total(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize("task,progress,as_of,expected", DEFERRED_AT_DEADLINE + DEFERRED_GUARDS)
def test_event_deferred_at_its_deadline(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


REVIEW_RECEIVED = [
    ("迎接省级生态文明示范区复核", "已于8月迎接省生态环境厅组织的现场复核，复核结论待反馈。", date(2026, 9, 30), "completed"),
    ("做好迎接全国文明城市年度测评工作", "全国文明城市年度测评已于9月下旬迎接完毕。", date(2026, 10, 31), "completed"),
]
REVIEW_GUARDS = [
    ("迎接省级卫生乡镇复审", "复审计划于11月进行，各项迎检准备正在推进。", date(2026, 9, 30), "on_track"),
    ("迎接国家卫生县城复审", "正在对照标准开展整治，迎接复审的各项准备工作正在推进。", date(2026, 6, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", REVIEW_RECEIVED + REVIEW_GUARDS)
def test_review_received(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
