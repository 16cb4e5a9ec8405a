"""Stop 61, statuse: general rules written for the shapes of stop 61's held-out misses (tests/test_status_heldout61.py),
each a table of examples in texts of our own, with guards."""

from datetime import date

import pytest

from luoshi.engine.assess import _text_deadline
from tests.status_judge import judge

pytestmark = pytest.mark.engine

MARCH = date(2026, 3, 31)
SEPT = date(2026, 9, 30)

# A deadline column's label and its cell written into the task's text (【完成时限：3月底】, （完成时限：9月底）, 完成期限：
# 2026年6月) is the task's own deadline, bracketed or not, with or without 前 (assess._LABELLED_DEADLINE, read as a table's
# column is), and no part of the task to finish (rules/task_parts._DEADLINE_LABEL after an opening bracket, as the unit's
# label is): a province's work points list each task with 【牵头处室：…】【完成时限：…】 after it.
LABELLED_DEADLINES = [
    ("bracketed_field_after_unit_field", "（3）完成全省教师信息系统升级。【牵头处室：教师处】【完成时限：3月底】", date(2026, 3, 31)),
    ("round_bracketed_after_unit", "完成农村公路改造80公里（责任单位：县交通局；完成时限：9月底）", date(2026, 9, 30)),
    ("year_named_in_cell", "建成城市书房10个。完成期限：2026年6月", date(2026, 6, 30)),
    ("year_end_field", "（2）组织开展全省教师培训2万人次。【牵头处室：教师处】【完成时限：12月底】", date(2026, 12, 31)),
    # guards: a cell of another year or of no date gives no deadline of this year's
    ("cell_of_a_later_year", "完成农村公路改造80公里。完成时限：2027年6月底", None),
    ("cell_with_no_date", "持续推进营商环境优化。【牵头处室：办公室】【完成时限：长期坚持】", None),
]


@pytest.mark.parametrize("name,task,expected", LABELLED_DEADLINES, ids=[c[0] for c in LABELLED_DEADLINES])
def test_labelled_deadline_is_the_tasks(name, task, expected):
    assert _text_deadline(task, MARCH) == expected


LABELLED_DEADLINE_STATUS = [
    # the field's deadline past: the count against the whole (rule question 18), no unreported part
    (
        "count_short_at_bracketed_deadline",
        "（12）完成全省10个设区市职业院校办学条件专项检查。【牵头处室：职业教育处】【完成时限：3月底】",
        "一季度进展：已完成6个设区市的专项检查，其余4个市安排在4月进行。",
        MARCH,
        "behind",
    ),
    (
        "count_all_done_at_bracketed_deadline",
        "（12）完成全省10个设区市职业院校办学条件专项检查。【牵头处室：职业教育处】【完成时限：3月底】",
        "一季度进展：已完成全部10个设区市的专项检查。",
        MARCH,
        "completed",
    ),
    (
        "round_bracketed_deadline_past_short",
        "完成农村公路改造80公里（责任单位：县交通局；完成时限：9月底）",
        "1-9月：已完成改造60公里，其余正在施工。",
        SEPT,
        "behind",
    ),
    # the year-end field: the year's pace, the field no second part left unreported
    (
        "amount_over_band_with_year_end_field",
        "（16）争取中央财政专项资金30亿元以上。【牵头处室：财务处】【完成时限：12月底】",
        "一季度进展：已争取到位中央财政专项资金9.6亿元，另有10亿元已完成项目申报。",
        MARCH,
        "ahead",
    ),
    (
        "count_under_band_with_year_end_field",
        "（2）组织开展全省教师培训2万人次。【牵头处室：教师处】【完成时限：12月底】",
        "一季度进展：已培训3600人次。",
        MARCH,
        "behind",
    ),
    (
        "count_in_band_with_year_end_field",
        "（2）组织开展全省教师培训2万人次。【牵头处室：教师处】【完成时限：12月底】",
        "一季度进展：已培训5200人次。",
        MARCH,
        "on_track",
    ),
]


@pytest.mark.parametrize(
    "name,task,progress,as_of,expected", LABELLED_DEADLINE_STATUS, ids=[c[0] for c in LABELLED_DEADLINE_STATUS]
)
def test_labelled_deadline_status(name, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# A document's title in 《》 holding 计划 (行动计划, 工作计划, 三年计划) names the document; its words are no intention
# (rules/building._blank_plan_nouns blanks a title's inside before a clause is read for a plan): the document issued
# before its date is done.  Guards: a plan word outside the title still plans (计划4月印发《…》), a draft with its
# submission planned is short at the deadline.
TITLED_PLANS = [
    (
        "action_plan_title_issued",
        "（8）推进特殊教育提质，印发实施特殊教育提质行动计划。【牵头处室：基础教育处】【完成时限：3月底】",
        "一季度进展：《某某省特殊教育提质行动计划（2026—2028年）》已于3月18日经省政府同意后印发实施。",
        MARCH,
        "completed",
    ),
    (
        "work_plan_title_issued_short_name",
        "6月底前出台《某某区全民健身工作计划》",
        "上半年进展：《工作计划》已于5月12日印发。",
        date(2026, 6, 30),
        "completed",
    ),
    (
        "plan_word_outside_title_still_plans",
        "（8）推进特殊教育提质，印发实施特殊教育提质行动计划。【牵头处室：基础教育处】【完成时限：3月底】",
        "一季度进展：计划4月印发《行动计划》。",
        MARCH,
        "behind",
    ),
    (
        "titled_plan_drafted_submission_planned",
        "（8）推进特殊教育提质，印发实施特殊教育提质行动计划。【牵头处室：基础教育处】【完成时限：3月底】",
        "一季度进展：《某某省特殊教育提质行动计划》征求意见稿已完成，拟于4月提请省政府审议。",
        MARCH,
        "behind",
    ),
]


@pytest.mark.parametrize("name,task,progress,as_of,expected", TITLED_PLANS, ids=[c[0] for c in TITLED_PLANS])
def test_titled_plan_is_a_document(name, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# A count a survey looked at (全市已排查…1156个, 已摸排…320户: judging.toml words.survey_verb, no finishing word) is the pool
# the work is drawn from, not the task's work, beside a count in the task's own verb: the task's verb decides which count
# answers (rules/roles.survey_pool; judging.judge_indicator; building: nor is it the year's work that makes the running
# total 累计完成整治… a stock).  Guards: a task naming the survey itself (完成…隐患排查800家) is answered by it; a rate's
# whole found by the survey (排查发现问题86座，已整改82座 for 整改率) stays its whole.
SURVEY_POOLS = [
    (
        "surveyed_beside_fixed_running_total",
        "完成农村黑臭水体整治150条",
        "1-9月进展：全市已排查农村黑臭水体430条，累计完成整治118条。",
        SEPT,
        "on_track",
    ),
    (
        "surveyed_beside_fixed_under_band",
        "第7项　城镇污水管网破损修复。目标任务：完成破损管网修复60处。牵头科室：水生态环境科",
        "1-9月进展：全市已排查城镇污水管网破损点位215处，已完成修复31处。",
        SEPT,
        "behind",
    ),
    (
        "mapped_beside_rebuilt",
        "完成农村危房改造200户",
        "已摸排农村危房320户，已完成改造150户。",
        SEPT,
        "on_track",
    ),
    (
        "survey_task_answered_by_survey",
        "完成重点行业企业安全隐患排查800家",
        "已排查企业620家。",
        SEPT,
        "on_track",
    ),
]


@pytest.mark.parametrize("name,task,progress,as_of,expected", SURVEY_POOLS, ids=[c[0] for c in SURVEY_POOLS])
def test_survey_pool_is_no_work_done(name, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# Past mid-year, a task with one count to reach whose one count done (outside the rest's clause) is under half the pace,
# the rest only at preparation (siting, purchase), is seriously behind by the figure (rule question 2), not behind by the
# rest's stage (rules/status_stage._count_under_half).  Guards: the count under the band but over half stays behind;
# the rest under way holds the reading of rule question 4.
COUNT_UNDER_HALF_REST_PREPARING = [
    (
        "stations_under_half_rest_siting",
        "第16项　城市噪声自动监测站建设。目标任务：建设功能区噪声自动监测站200个。牵头科室：生态环境监测站",
        "1-9月进展：已建成并联网运行55个，其余站点正在开展选址和设备采购。",
        SEPT,
        "seriously_behind",
    ),
    (
        "service_points_under_half_rest_siting",
        "建设乡村电商服务站120个",
        "已建成电商服务站30个，其余站点正在选址。",
        SEPT,
        "seriously_behind",
    ),
    (
        "service_points_over_half_rest_siting",
        "建设乡村电商服务站120个",
        "已建成电商服务站60个，其余站点正在选址。",
        SEPT,
        "behind",
    ),
]


@pytest.mark.parametrize(
    "name,task,progress,as_of,expected",
    COUNT_UNDER_HALF_REST_PREPARING,
    ids=[c[0] for c in COUNT_UNDER_HALF_REST_PREPARING],
)
def test_count_under_half_rest_preparing(name, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
