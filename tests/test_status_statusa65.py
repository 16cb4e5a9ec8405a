"""Stop 65, statusa: known status misses recorded as strict xfails in earlier stops, mended by general rules.  Each table
is written in other words than any label row (other places, works, figures), with near-miss guards that must not move."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

APR = date(2026, 4, 30)
JUN = date(2026, 6, 30)
SEP = date(2026, 9, 30)

# A closing clause with no subject of its own that dates the finish of all the clauses before it (均于1月底前发放到位,
# 已于5月25日前全部维护到位), the date reached at the report's date, for a task with no figure of its own: done
# (rules/status_statements._closes_dated_done).
DATED_CLOSE = [
    pytest.param(
        "春季学期农村学生营养餐补助3月底前拨付到位",
        "已拨付营养餐补助资金156万元，惠及学生5200名，均于3月底前拨付到位。",
        JUN,
        "completed",
        id="meal_aid_paid_by_march",
    ),
    pytest.param(
        "4 | 河道清障 | 汛期到来前完成城区河道阻水障碍清理 | 4月底前 | 河湖管理股",
        "1—6月：共清理河道阻水障碍物37处，已于4月20日前全部清理到位。",
        JUN,
        "completed",
        id="sheet_river_obstacles_cleared_by_april",
    ),
    pytest.param(
        "6月底前完成全县中小学校舍安全隐患排查",
        "共排查校舍312栋，发现隐患14处，均已于6月15日前完成。",
        SEP,
        "completed",
        id="school_buildings_checked_by_mid_june",
    ),
]

DATED_CLOSE_GUARDS = [
    # the date still to come at the report's date: a plan
    pytest.param(
        "春季学期农村学生营养餐补助7月底前拨付到位",
        "已拨付营养餐补助资金156万元，惠及学生5200名，均于7月底前拨付到位。",
        JUN,
        "completed",
        id="date_to_come_is_a_plan",
    ),
    # a plan said as one
    pytest.param(
        "春季学期农村学生营养餐补助7月底前拨付到位",
        "已拨付营养餐补助资金156万元，其余计划于7月底前全部拨付到位。",
        JUN,
        "completed",
        id="planned_date_is_no_finish",
    ),
    # a clause before it still under way
    pytest.param(
        "6月底前完成全县中小学校舍安全隐患排查",
        "共排查校舍312栋，隐患整改正在推进中，均于5月底前完成排查。",
        SEP,
        "completed",
        id="clause_under_way_beside_it",
    ),
    # a task with a figure of its own is answered by its figures
    pytest.param(
        "发放春季学期营养餐补助资金200万元",
        "已拨付营养餐补助资金156万元，均于3月底前拨付到位。",
        JUN,
        "completed",
        id="task_with_its_own_figure",
    ),
    # a part named as the closing clause's subject is no whole
    pytest.param(
        "4月底前完成城区河道阻水障碍清理",
        "共清理障碍物37处，部分已于4月20日前清理到位。",
        JUN,
        "completed",
        id="a_part_said_done_by_a_date",
    ),
]


@pytest.mark.parametrize("task,progress,as_of,status", DATED_CLOSE)
def test_dated_close_is_done(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,status", DATED_CLOSE_GUARDS)
def test_dated_close_guards(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status != status, (a.rule, a.reason)


# A clause of a date and a bare finish (汛前完工, 年底前竣工) whose rest is only a field in a bracket (〔完成时限：…〕,
# 【责任单位：…】): the deadline's or the unit's column, no object of the verb — no part of its own
# (rules/task_parts._FIELD_AFTER); the works counted before it are the part.
DATE_AND_FINISH_BEFORE_FIELD = [
    pytest.param(
        "（12）病险水库——完成小型病险水库除险加固9座，汛前完工〔完成时限：2026年5月底；责任处室：水库管理处〕",
        "进展：9座水库除险加固工程已全部完工并通过蓄水验收。",
        SEP,
        "completed",
        id="reservoirs_done_field_after_finish",
    ),
    pytest.param(
        "（4）农村公路——完成农村公路提档升级60公里，年底前完工【责任单位：县交通运输局】",
        "进展：已完成提档升级62公里。",
        SEP,
        "completed",
        id="roads_done_unit_field_after_finish",
    ),
]

DATE_AND_FINISH_GUARDS = [
    # the works short at the deadline: not done
    pytest.param(
        "（12）病险水库——完成小型病险水库除险加固9座，汛前完工〔完成时限：2026年5月底；责任处室：水库管理处〕",
        "进展：已完工6座，其余3座正在进行坝体施工。",
        SEP,
        "completed",
        id="reservoirs_short_at_deadline",
    ),
    # a finish with an object of its own after it stays a part (汛前完成…清淤 unanswered)
    pytest.param(
        "完成小型病险水库除险加固9座，汛前完成库区清淤〔完成时限：2026年5月底〕",
        "进展：9座水库除险加固工程已全部完工。",
        SEP,
        "completed",
        id="finish_with_its_own_object_stays_a_part",
    ),
]


@pytest.mark.parametrize("task,progress,as_of,status", DATE_AND_FINISH_BEFORE_FIELD)
def test_date_and_finish_before_field_is_no_part(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,status", DATE_AND_FINISH_GUARDS)
def test_date_and_finish_guards(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status != status, (a.rule, a.reason)


# A time cap in days (压缩至3个工作日以内) whose subject the reply says closed within its day (全部实现当日办结, 即时办结):
# the errand's time at one day — met (rules/building._same_day_closed; words.toml report.same_day_close).
SAME_DAY = [
    pytest.param(
        "工程建设项目施工许可审批压缩至5个工作日以内，供水报装压缩至2个工作日以内",
        "施工许可审批平均用时3.5个工作日，供水报装全部实现当日办结。",
        SEP,
        "completed",
        id="water_connection_same_day",
    ),
    pytest.param(
        "工程建设项目竣工联合验收时限压缩至5个工作日以内",
        "竣工联合验收已全部实现当天办结。",
        SEP,
        "completed",
        id="joint_acceptance_same_day_alone",
    ),
]

SAME_DAY_GUARDS = [
    # a cap in hours is not answered by a day
    pytest.param(
        "企业开办全流程压缩至4小时以内",
        "企业开办全流程全部实现当日办结。",
        SEP,
        "completed",
        id="cap_in_hours",
    ),
    # a cap under a day is not answered by a day
    pytest.param(
        "社保卡补换压缩至0.5个工作日以内",
        "社保卡补换全部实现当日办结。",
        SEP,
        "completed",
        id="cap_under_a_day",
    ),
    # the close denied
    pytest.param(
        "工程建设项目施工许可审批压缩至5个工作日以内，供水报装压缩至2个工作日以内",
        "施工许可审批平均用时3.5个工作日，供水报装尚未实现当日办结。",
        SEP,
        "completed",
        id="same_day_denied",
    ),
    # another errand closed the same day, the cap's own subject unanswered
    pytest.param(
        "工程建设项目施工许可审批压缩至5个工作日以内，供水报装压缩至2个工作日以内",
        "施工许可审批平均用时3.5个工作日，排水报装全部实现当日办结。",
        SEP,
        "completed",
        id="another_errand_same_day",
    ),
]


@pytest.mark.parametrize("task,progress,as_of,status", SAME_DAY)
def test_same_day_close_meets_a_day_cap(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,status", SAME_DAY_GUARDS)
def test_same_day_close_guards(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status != status, (a.rule, a.reason)


# A count's noun after it, the cell closed by a bar between spaces (完成全区12家加油站企业安全现状评价 | 9月底前): the space
# before the bar ends the noun as the bar does — the count names what it counts (indicators._NOUN_FIRST).
SPACED_BAR = [
    pytest.param(
        "8 | 安全评价 | 完成全区12家加油站企业安全现状评价 | 9月底前 | 应急管理股",
        "1—9月：12家企业安全现状评价已全部完成，评价报告已备案。",
        SEP,
        "completed",
        id="sheet_petrol_station_appraisals_all_done",
    ),
    pytest.param(
        "3 | 消防检查 | 完成全镇26处人员密集场所消防安全检查 | 全年 | 消防工作站",
        "1—4月：已完成9处场所消防安全检查。",
        APR,
        "on_track",
        id="sheet_crowded_places_checked_on_pace",
    ),
]

SPACED_BAR_GUARDS = [
    # the count short at the deadline
    pytest.param(
        "8 | 安全评价 | 完成全区12家加油站企业安全现状评价 | 9月底前 | 应急管理股",
        "1—9月：已完成7家企业安全现状评价。",
        SEP,
        "completed",
        id="sheet_appraisals_short_at_deadline",
    ),
]


def test_spaced_bar_ends_the_counted_noun():
    from luoshi.engine.indicators import parse

    for text in ("完成全区12家加油站企业安全现状评价 | 9月底前", "完成全区12家加油站企业安全现状评价｜9月底前",
                 "完成全区12家加油站企业安全现状评价，9月底前"):
        (ind,), _ = parse(text)
        assert ind.metric == "完成加油站企业安全现状评价", text


@pytest.mark.parametrize("task,progress,as_of,status", SPACED_BAR)
def test_spaced_bar_counts(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,status", SPACED_BAR_GUARDS)
def test_spaced_bar_guards(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status != status, (a.rule, a.reason)


# An activity dated by a month alone (11月份组织开展“…宣传月”系列活动, 5月在…开展防汛应急演练), for a task to hold it: held
# once the month is over or its last day has come (rules/clauses._ACTIVITY_MONTH, rules/judging_clauses._event_held_dated;
# words.toml completion.activity_month_noun for a month's campaign) — README rule question 6.
MONTH_ACTIVITY = [
    pytest.param(
        "12 | 安全生产月 | 组织开展“安全生产月”活动 | 6月 | 安全监管股",
        "1—6月：6月份组织开展“安全生产月”系列宣传活动，开展应急演练3场，发放宣传资料5000份。",
        JUN,
        "completed",
        id="safety_month_held_seen_on_its_last_day",
    ),
    pytest.param(
        "5月组织开展全县防汛应急演练",
        "5月在某某水库组织开展防汛应急演练，参演人员120人。",
        JUN,
        "completed",
        id="flood_drill_held_last_month",
    ),
]

MONTH_ACTIVITY_GUARDS = [
    # the month not over at the report's date: the campaign may still be going on
    pytest.param(
        "组织开展“质量月”活动 | 9月",
        "9月份组织开展“质量月”系列活动，举办质量讲座2场。",
        date(2026, 9, 15),
        "completed",
        id="quality_month_mid_month",
    ),
    # a month with 起: a campaign's start
    pytest.param(
        "组织开展“质量月”活动 | 9月",
        "9月起组织开展“质量月”系列活动，举办质量讲座2场。",
        date(2026, 9, 15),
        "completed",
        id="month_with_qi_is_a_start",
    ),
]


@pytest.mark.parametrize("task,progress,as_of,status", MONTH_ACTIVITY)
def test_month_activity_held(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,status", MONTH_ACTIVITY_GUARDS)
def test_month_activity_guards(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status != status, (a.rule, a.reason)
