"""Issue 11, statusd (stop 58): the misses of stop 58's held-out invented status sets — invented233, invented234 and
invented235 (bench/labels/status/, sealed by holdout, committed in 71751efb) — first runs judged once by the lead (57
of 66).  The sets are dev now, their rows still held out of the fitted figures; each case here is written in other words
than its row (another task, another field, other figures, the same way of writing), with the status the row's reading
gives.  Known misses are strict xfails, each with a reason describing the phenomenon as the label row reads it."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


# Mended by statusd at stop 58 (cases below in MENDED_HELDOUT58 and GUARDS_HELDOUT58): an item's number glued to its
# month (5.6月底前…) no decimal, the task's own deadline read (inv234-008); a coverage rate of 100% answered by full
# coverage said reached (inv235-015).  Mended by statusa at stop 59 (cases in MENDED_HELDOUT58_STATUSA and its guards):
# an event's preparation said not begun before its date; the rest of a count all entered on site; a document passed by
# a body then issued, and a reply's period heading (上半年进展：); a coverage counted by the task's whole with the rest at
# its works; the drafter of a plan chosen by tender, no plan finished; a count accepted with its furnishing going on, for
# a target of use, no count in use.  The rest stay strict xfails.
KNOWN_MISSES_HELDOUT58 = [
    pytest.param(
        "9.体育惠民——举办第五届全民健身运动会（责任单位：市体育局）",
        "运动会计划于11月中旬举办，现阶段筹备工作尚未启动。",
        date(2026, 9, 30),
        "not_started",
        id="event_due_later_preparation_not_begun",
    ),
    pytest.param(
        "3.教育惠民——建成市实验中学新校区（责任单位：市教育局）",
        "新校区教学楼已于7月全部封顶，目前正在进行幕墙施工和室内装修，预计明年春季交付使用。",
        date(2026, 9, 30),
        "on_track",
        id="build_task_topped_out_fitting_use_next_year",
        # mended by statusa at stop 60 (README rule question 41: a 建成 target asks the works finished, not the use; the
        # dev rows that read it the other way relabelled) — a normal test now.
    ),
    pytest.param(
        "对外开放｜5.6月底前在京津冀、成渝地区举办产业链对接会6场｜责任部门：商务局",
        "已在北京、成都举办对接会3场，5月份计划赴天津、重庆举办3场。",
        date(2026, 4, 30),
        "behind",
        id="events_half_held_under_own_deadline_pace",
    ),
    pytest.param(
        "载体建设｜12.6月底前完成生物医药产业园规划编制｜责任部门：自然资源局",
        "规划编制单位已于2月完成招标，目前正在开展现场踏勘和初步方案编制。",
        date(2026, 4, 30),
        "on_track",
        id="plan_drafting_under_way_preparatory_step_done",
    ),
    pytest.param(
        "民生保障｜20.建成投用保障性租赁住房600套｜责任部门：住建局",
        "一期300套已通过竣工验收，正在进行软装配置；二期300套正在进行主体施工，已建至9层。",
        date(2026, 4, 30),
        "on_track",
        id="two_phases_one_accepted_furnishing_other_building",
    ),
    pytest.param(
        "3.【学前教育】秋季开学前完成10所公办幼儿园户外场地改造（责任股室：学前教育股；完成时限：8月底）",
        "上半年进展：已完成场地改造4所，其余6所已进场施工，计划暑期集中完工。",
        date(2026, 6, 30),
        "on_track",
        id="items_some_done_rest_all_building_before_autumn",
    ),
    pytest.param(
        "6.【职业教育】3月底前制定2026年中职学校招生工作方案（责任股室：职业教育股；完成时限：3月底）",
        "上半年进展：《2026年县中等职业学校招生工作实施方案》已于4月20日经局党组会议审定后印发。",
        date(2026, 6, 30),
        "completed",
        id="plan_issued_after_its_own_deadline",
    ),
    pytest.param(
        "8.【食品安全】中小学校食堂“明厨亮灶”覆盖率达到100%（责任股室：后勤保障股；完成时限：12月底）",
        "上半年进展：全县中小学校食堂“明厨亮灶”实现全覆盖，家长满意率97.1%。",
        date(2026, 6, 30),
        "on_track",
        id="full_coverage_rate_reached_before_year_end",
    ),
    pytest.param(
        "19.【智慧校园】完成全县中小学校教室照明改造全覆盖（共150所）（责任股室：装备股；完成时限：12月底）",
        "上半年进展：已完成104所学校教室照明改造并通过检测，其余46所灯具已到货，正在安装调试。",
        date(2026, 6, 30),
        "on_track",
        id="coverage_count_rest_installing_and_testing",
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT58)
def test_heldout58_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# statusd, stop 58: mended by general rules, the rows' own cases in other words first, then more and guards:
# * an item's number and its point opening the task or a table's cell right before a month (招商引资｜8.6月底前…) is no
#   decimal: the month is the task's own deadline and the pace runs to it (assess._ITEM_BEFORE_MONTH; inv234-008);
# * a coverage rate of 100% answered by full coverage said reached (实现全覆盖; words.toml report.full_coverage) is held,
#   on track until the deadline (rules.RateWithoutFigure, rule questions 10, 17; inv235-015).
MENDED_HELDOUT58 = [
    (
        "item_number_before_month_deadline_count_short",
        "9.6月底前举办“企业家沙龙”活动8期",
        "已举办企业家沙龙4期。",
        date(2026, 4, 30),
        "behind",
    ),
    (
        "item_number_in_cell_before_month_deadline_on_pace",
        "项目建设｜3.9月底前完成老旧管网改造60公里｜责任部门：住建局",
        "已完成老旧管网改造40公里。",
        date(2026, 6, 30),
        "on_track",
    ),
    (
        "coverage_rate_full_said_reached_midyear",
        "12.【卫生健康】家庭医生签约服务重点人群覆盖率达到100%（完成时限：12月底）",
        "上半年进展：全区重点人群家庭医生签约服务已实现全面覆盖。",
        date(2026, 6, 30),
        "on_track",
    ),
]

GUARDS_HELDOUT58 = [
    # a decimal before 月 with no item's place is left alone, and an item's number before a count is read as before
    (
        "item_number_before_count_year_pace",
        "9.举办“企业家沙龙”活动8期",
        "已举办企业家沙龙4期。",
        date(2026, 6, 30),
        "on_track",
    ),
    # full coverage only nearly reached, or only planned, holds no rate
    (
        "coverage_nearly_full_not_held",
        "12.【卫生健康】家庭医生签约服务重点人群覆盖率达到100%（完成时限：12月底）",
        "上半年进展：全区重点人群家庭医生签约服务已基本实现全覆盖。",
        date(2026, 6, 30),
        "unclear",
    ),
    (
        "coverage_full_only_planned_not_held",
        "12.【卫生健康】家庭医生签约服务重点人群覆盖率达到100%（完成时限：12月底）",
        "上半年进展：正在摸排重点人群底数，计划年底前实现全覆盖。",
        date(2026, 6, 30),
        "unclear",
    ),
]


@pytest.mark.parametrize(
    "phenomenon,task,progress,as_of,expected",
    MENDED_HELDOUT58 + GUARDS_HELDOUT58,
    ids=[c[0] for c in MENDED_HELDOUT58 + GUARDS_HELDOUT58],
)
def test_heldout58_mended(phenomenon, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# statusa, stop 59: mended by general rules, in other words than the rows, then guards that stay as they were:
# * an event's preparation said not begun (筹备工作尚未启动) beside its date to come is nothing begun — not started (rule
#   question 19 before the deadline; status_statements._not_begun_beside_plans, words.toml completion.event_preparing);
#   the event itself said not begun beside its month (尚未启动，计划12月举办) stays on pace (inv126-024's reading);
# * the rest of a count of works said entered on site (其余7个已进场施工) names no step past the start, as 已全部开工 does:
#   no works late for the time, the rest all under way holds the count on pace before its deadline (rule question 4;
#   judging.toml words.works_start_only, works.names_works_step);
# * a document passed by a body then issued (已于5月12日经…审议通过后印发) is issued (words.toml completion.passed_by_lead,
#   passed_by_end; clauses._DONE_EVENT, _OPENED_DATED), and a reply's period heading (上半年进展：, 1-6月完成情况：) is
#   no part of the year said done nor a stage (clauses._PERIOD_HEADING, words.toml report.period_heading_tail);
# * a coverage counted by the task's own whole (…全覆盖（共60个）) with the rest all at its works is on pace, not ahead by
#   the share (rule questions 22, 38; status_parts, as status_measures._rest_all_under_way reads it);
# * a finishing word of a plan's task that only finishes choosing who draws it (编制单位已完成招标, 通过比选确定: words.toml
#   status.drafter_chosen) is the plan's first step, not the plan finished (status_stage._plan_finished);
# * for a target of use (建成投用…套), a count said accepted (通过竣工验收: words.toml completion.accepted_only) with a step
#   before the use going on later in its sentence (正在进行软装配置, 家具采购: judging.toml words.use_fitting) is nearly
#   done, under way, not counted in use (rule question 21; status_parts._awaiting_use).
MENDED_HELDOUT58_STATUSA = [
    (
        "event_preparation_not_begun_before_its_month",
        "举办第二届乡村美食文化节",
        "美食节定于10月下旬举办，目前筹备工作尚未启动。",
        date(2026, 8, 31),
        "not_started",
    ),
    (
        "count_rest_entered_on_site_before_own_deadline",
        "5.【体育设施】暑期前完成12个社区多功能运动场改造（完成时限：8月底）",
        "已完成运动场改造5个，其余7个已进场施工。",
        date(2026, 6, 30),
        "on_track",
    ),
    (
        "measures_passed_by_meeting_then_issued_late",
        "4月底前出台促进消费若干措施",
        "《关于促进消费的若干措施》已于5月12日经市政府常务会议审议通过后印发。",
        date(2026, 6, 30),
        "completed",
    ),
    (
        "plan_issued_under_period_heading",
        "4.【安全生产】5月底前制定校园安全隐患排查整治工作方案（完成时限：5月底）",
        "上半年工作进展：工作方案已于5月20日印发实施。",
        date(2026, 6, 30),
        "completed",
    ),
    (
        "plan_issued_under_months_heading",
        "4.【安全生产】5月底前制定校园安全隐患排查整治工作方案（完成时限：5月底）",
        "1-6月完成情况：《校园安全隐患排查整治工作方案》已印发。",
        date(2026, 6, 30),
        "completed",
    ),
    (
        "coverage_of_task_whole_rest_building",
        "完成全区社区卫生服务站标准化改造全覆盖（共60个）（完成时限：12月底）",
        "已完成42个站点改造，其余18个正在施工。",
        date(2026, 6, 30),
        "on_track",
    ),
    (
        "accepted_batch_furnishing_for_use_target",
        "建成投用人才公寓400套",
        "首批200套已通过竣工验收，正在进行家具配置；其余200套正在进行主体施工。",
        date(2026, 5, 31),
        "on_track",
    ),
    (
        "plan_drafter_chosen_by_tender_drafting_on",
        "9月底前完成老城区控制性详细规划编制",
        "编制单位已完成招标，正在开展现状调研。",
        date(2026, 6, 30),
        "on_track",
    ),
]

GUARDS_HELDOUT58_STATUSA = [
    # the event itself not begun beside its month to come; its preparation going on
    ("event_not_begun_its_month_to_come", "举办第二届乡村美食文化节", "尚未启动，计划12月举办。", date(2026, 9, 30), "on_track"),
    (
        "event_preparation_going_on",
        "举办第二届乡村美食文化节",
        "美食节定于10月下旬举办，筹备工作正在推进。",
        date(2026, 8, 31),
        "on_track",
    ),
    # a length short in the last third with the rest entered; one project only entered late in the year
    ("length_short_rest_entered_late", "年内完成道路改造20公里", "已完成8公里，其余路段已进场施工。", date(2026, 9, 30), "behind"),
    ("project_only_entered_late", "年底前建成城南体育馆", "体育馆已进场施工。", date(2026, 10, 31), "behind"),
    # the half year's share said done stays under way; a draft still to go before the body past the deadline
    ("half_year_share_done_not_whole", "全年完成征兵任务", "已圆满完成上半年征兵任务。", date(2026, 6, 30), "on_track"),
    (
        "measures_draft_to_go_before_meeting_late",
        "4月底前出台促进消费若干措施",
        "《关于促进消费的若干措施》已形成送审稿，拟于7月提请市政府常务会议审议。",
        date(2026, 6, 30),
        "seriously_behind",
    ),
    # a batch accepted and in use is counted; a target only to build counts the accepted batch
    ("accepted_batch_in_use_counted", "建成投用人才公寓400套", "首批200套已通过竣工验收并投入使用；其余200套正在进行主体施工。",
     date(2026, 5, 31), "ahead"),
    ("accepted_batch_for_build_target", "建成人才公寓400套", "首批200套已通过竣工验收，正在进行家具配置；其余200套正在进行主体施工。",
     date(2026, 5, 31), "ahead"),
    # the plan itself said drawn up stays done
    ("plan_drawn_up_sent_for_approval", "9月底前完成老城区控制性详细规划编制", "规划已编制完成，已报市政府审批。", date(2026, 6, 30),
     "completed"),
    # a plain count (no coverage) over the pace with the rest building stays ahead
    ("plain_count_rest_building_ahead", "完成社区卫生服务站标准化改造60个", "已完成42个，其余18个正在施工。", date(2026, 6, 30), "ahead"),
]


@pytest.mark.parametrize(
    "phenomenon,task,progress,as_of,expected",
    MENDED_HELDOUT58_STATUSA + GUARDS_HELDOUT58_STATUSA,
    ids=[c[0] for c in MENDED_HELDOUT58_STATUSA + GUARDS_HELDOUT58_STATUSA],
)
def test_heldout58_mended_statusa(phenomenon, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
