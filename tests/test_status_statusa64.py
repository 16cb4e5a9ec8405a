"""Issue 11, statusa (stop 64): ways of writing that earlier stops left as strict xfails (tests/test_status_heldout63.py,
tests/test_status_statusd63.py), mended by general rules and tested on sentences written here in other words than any
label row, each with guards that must not move.

* Items sent up to a body for its decision (第二批12项已报市政府审批, 5项已报…常务会议审议: words.toml
  report.sent_for_decision after 报) are work submitted, pending, no count done (rules/roles._pending), as 待…批准 after a
  figure is; a paper a body has decided (经…审定, 审定通过, 批准同意) stays done.
* The issues an inspection, audit or supervision fed back (巡察反馈问题31个, 查摆出问题20个) are the whole of a
  rectification rate (words.toml report.rate_whole_lead 反馈, 查摆出), the part in the rate's verb after it giving the
  rate (rules/status_measures._rate_of_counts).
* A rank to reach or hold answered with no place but the ranking's result said not out (排名结果尚未发布, 评价结果尚未公布:
  words.toml rank.result_not_out) is unclear (rules RankHeld); a title's result not out stays under way.
* The date of a result the task asks (上线时间, 投用时间) moved (调整至, 推迟至: forecast.put_off_lead) to a month past the
  task's own deadline within the year is behind (rules/status_statements._forecast_past_deadline, _DATE_MOVED_MONTH); a
  year-end deadline or another thing's date moved is not.
* A count of events to hold answered by the last one held named by its ordinal (举办首场活动, 召开第二次推介会: words.toml
  report.event_ordinal_held, report.event_ordinal_unit) is that many done, against the pace (rules EventsByOrdinal);
  not one foretold, nor beside a count of the events.
* A share of the items a target names (…的村占比, 达标学校比例: words.toml report.share_of_items_word) answered by their
  whole (全县212个村中) and the count that qualify after it is that share (rules/status_measures._share_of_counts).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN, JUL, AUG, SEP, NOV, DEC = (
    date(2026, 6, 30),
    date(2026, 7, 31),
    date(2026, 8, 31),
    date(2026, 9, 30),
    date(2026, 11, 30),
    date(2026, 12, 31),
)
DEC20 = date(2026, 12, 20)

SENT_FOR_DECISION = [
    # the later batch sent up for approval: not counted, the rest pending under way before the deadline (rule question 12)
    ("全年精简市级证明事项30项", "已公布第一批精简事项18项，第二批12项已报市政府审批。", SEP, "on_track"),
    ("全年制定地方标准10项", "已发布地方标准6项，另有4项已报省市场监管局批准。", SEP, "on_track"),
    ("全年出台配套政策12项", "已出台配套政策7项，5项已报区政府常务会议审议。", SEP, "on_track"),
]
SENT_GUARDS = [
    # decided: approved and published, counted
    ("全年制定地方标准10项", "已发布地方标准8项，另2项已报省市场监管局批准同意并发布。", SEP, "completed"),
    # a body's decision taken (经…审定), and a report (报告) no sending up
    ("全年制定地方标准10项", "地方标准8项已经省市场监管局审定。", SEP, "ahead"),
    ("全年编制专项规划10项", "已完成专项规划编制8项，规划报告已经市政府审定。", SEP, "ahead"),
    ("全年精简市级证明事项30项", "第一批精简事项24项已审定公布。", SEP, "ahead"),
]

RATE_FED_BACK = [
    ("9月底前审计反馈问题整改完成率达到100%", "审计反馈问题26条，已完成整改26条。", SEP, "completed"),
    (
        "6月底前督查反馈问题整改率达到100%",
        "省督查组反馈问题18个，已整改到位15个，其余3个正在整改。",
        SEP,
        "behind",
    ),
    ("环保督察反馈问题整改完成率达到95%", "中央环保督察反馈问题40个，已整改完成30个。", JUN, "behind"),
    ("巡视反馈问题整改完成率达到90%以上", "巡视反馈问题52个，已整改完成50个。", SEP, "on_track"),
    (
        "巡视反馈问题整改完成率达到90%以上",
        "对照巡视反馈问题查摆出问题20个，已整改完成19个。",
        SEP,
        "on_track",
    ),
]
RATE_GUARDS = [
    # no counts, only work: no rate
    ("巡视反馈问题整改完成率达到90%以上", "已召开整改专题会议3次，制定整改措施42条。", SEP, "unclear"),
    # the whole received, nothing done in the verb yet
    ("群众反馈意见办结率100%", "收到群众反馈意见120件，正在逐件核实。", SEP, "unclear"),
]

RANK_NOT_OUT = [
    ("营商环境评价位居全省前五", "已配合完成省营商环境评价实地核查，评价结果尚未公布。", NOV, "unclear"),
    ("全省高质量发展综合绩效考核保持前三位", "年度考核材料已全部报送，考核结果暂未公布。", DEC, "unclear"),
    ("数字政府建设指数排名保持全省前十", "已按要求报送自评材料，省里尚未公布排名。", NOV, "unclear"),
]
RANK_GUARDS = [
    # the place reported decides
    ("营商环境评价位居全省前五", "营商环境评价排名全省第三，结果已公布。", NOV, "on_track"),
    ("营商环境评价位居全省前五", "上半年营商环境评价位列全省第四。", NOV, "on_track"),
    # a title's result not out is no rank: under way before the deadline
    ("创建省级文明城市", "已通过省级测评，结果尚未公布。", NOV, "on_track"),
]

DATE_MOVED = [
    ("6月底前建成智慧停车平台并上线运行", "平台开发已完成，正在联调测试，上线时间推迟至9月。", JUL, "behind"),
    (
        "8月底前完成市民服务中心改造并投用",
        "改造工程已完工，受设备到货影响，投用时间调整到10月。",
        AUG,
        "behind",
    ),
    ("7月底前建成公共法律服务平台并上线", "系统开发和测试均已完成，上线时间调整至8月中旬。", JUL, "behind"),
]
DATE_GUARDS = [
    # a year-end deadline: moved within the year, the stage decides
    ("建成智慧停车平台并上线运行", "平台开发已完成，正在联调测试，上线时间调整至11月。", SEP, "on_track"),
    # the date of a thing the task does not ask moved
    (
        "9月底前建成智慧停车平台并上线运行",
        "平台开发已完成，正在联调测试，培训时间调整至11月。",
        AUG,
        "on_track",
    ),
    # opened on its day before the deadline
    (
        "9月底前完成不动产登记系统升级并上线运行",
        "系统升级开发已完成，9月10日正式上线运行。",
        SEP,
        "completed",
    ),
]

EVENTS_BY_ORDINAL = [
    # the first of six held by June: 16.7% under half the 49.6% pace
    (
        "全年举办“人才夜市”招聘活动6场",
        "4月在市民广场举办首场“人才夜市”，参与企业80家，达成意向600余人。",
        JUN,
        "seriously_behind",
    ),
    ("全年召开招商推介会4次", "已在深圳召开第二次招商推介会，签约项目12个。", JUN, "on_track"),
    ("全年举办非遗展演10期", "截至9月底，已举办第8期非遗展演，观众累计1.2万人次。", SEP, "ahead"),
    ("全年召开招商推介会4次", "3月在上海召开第一次招商推介会。", SEP, "seriously_behind"),
]
EVENTS_GUARDS = [
    # the reply counts the events itself; the next one foretold
    ("全年召开招商推介会4次", "已召开招商推介会2次，第三次将于10月在杭州召开。", SEP, "behind"),
    ("全年举办“人才夜市”招聘活动6场", "已举办“人才夜市”4场，参与企业320家。", JUN, "ahead"),
    # a single event named by its edition: no count of events
    ("举办第十届农民丰收节", "9月23日举办第十届农民丰收节。", SEP, "completed"),
    # the first still planned
    ("全年举办“人才夜市”招聘活动6场", "首场“人才夜市”拟于7月举办。", JUN, "unclear"),
]

SHARE_OF_COUNTS = [
    ("义务教育标准化达标学校比例达到95%", "全市86个学校中，已通过标准化验收的学校80个。", SEP, "behind"),
    (
        "规模以上工业企业中有研发机构的企业占比达到40%",
        "全区312家规上工业企业中，建有研发机构的企业136家。",
        SEP,
        "on_track",
    ),
    ("四星级以上农贸市场占比达到60%", "全县25个农贸市场中，四星级以上市场16个。", JUN, "on_track"),
    (
        "集体经济收入50万元以上的村占比达到30%",
        "全县212个村中，集体经济收入50万元以上的村70个。",
        DEC20,
        "on_track",
    ),
]
SHARE_GUARDS = [
    # the whole, then a count of another work on it: no share
    ("集体经济收入50万元以上的村占比达到30%", "全县212个村中，已有55个村完成清产核资。", DEC20, "unclear"),
    # the share stated decides
    ("集体经济收入50万元以上的村占比达到30%", "集体经济收入50万元以上的村占比达到31.2%。", DEC20, "on_track"),
    # a count gained with no whole
    ("集体经济收入50万元以上的村占比达到30%", "今年新增集体经济收入50万元以上的村12个。", DEC20, "unclear"),
]

CASES = (
    SENT_FOR_DECISION
    + SENT_GUARDS
    + RATE_FED_BACK
    + RATE_GUARDS
    + RANK_NOT_OUT
    + RANK_GUARDS
    + DATE_MOVED
    + DATE_GUARDS
    + EVENTS_BY_ORDINAL
    + EVENTS_GUARDS
    + SHARE_OF_COUNTS
    + SHARE_GUARDS
)


@pytest.mark.parametrize(("task", "progress", "as_of", "status"), CASES)
def test_status(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
