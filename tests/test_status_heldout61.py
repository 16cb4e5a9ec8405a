"""Stop 61, statuse: the misses of stop 61's held-out invented status sets — invented245, invented246 and invented247
(bench/labels/status/, sealed by holdout, committed in 80a136a2) — first runs judged once by the lead with the first
round's last engine a55375d3 (eleven misses: five of invented245, none of invented246, six of invented247).  The sets
are dev now, their rows still held out of the fitted figures; each case here is written in other words than its row
(another task, another field, other figures, the same way of writing), with the status the row's reading gives.  Known
misses are strict xfails, each with a reason describing the phenomenon as the label row reads it."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


SEPT = date(2026, 9, 30)
MARCH = date(2026, 3, 31)

# Mended by statuse at stop 61 by general rules written from texts of our own (tests/test_status_statuse61.py), the cases
# kept in place without their marks: a deadline column's label and cell in the task's text (【完成时限：3月底】) is the
# task's own deadline and no part of it (assess._LABELLED_DEADLINE, rules/task_parts._DEADLINE_LABEL) — the rate held
# answered by fairs is no stage under way once the field is no part left unreported; a document's title in 《》 holding
# 计划 (行动计划) names it, no intention (rules/building._blank_plan_nouns); a count a survey looked at (已排查…N个) is the
# pool, not the task's work, beside the count in the task's verb (rules/roles.survey_pool); one count done under half
# the pace with the rest only preparing is seriously behind by the figure (rules/status_stage._count_under_half).
# Mended by statusa at stop 62 the same way (tests/test_status_stop62a.py), the last five marks taken off: a rest's
# split with part only at a preparatory step (rules/building._prep_finished_own); the rest finished with its closing in
# hand (words.toml report.acceptance_check 销号; rules/building._check_passed_own); a day-dated deadline before an event
# (assess._day_deadlines); a full coverage's rate short with the rest at its last step (rules/status_measures.OwnWorkload);
# 覆盖率保持100% answered by 保持全覆盖 (words.toml report.full_coverage).
KNOWN_MISSES_HELDOUT61 = [
    pytest.param(
        "第5项　工业炉窑综合治理。目标任务：完成工业炉窑深度治理40台。牵头科室：大气环境科",
        "1-9月进展：已完成治理并通过验收25台，其余15台中9台正在施工、6台完成治理方案编制。",
        SEPT,
        "behind",
        id="count_done_under_band_rest_split_building_and_planning",
        # mended by statusa at stop 62 (tests/test_status_stop62a.py) — a normal case now; the reason was:
        # the count done and accepted (25 of 40, 62.5%) is more than five points under the pace (74.8%); the rest's
        # sub-counts (under construction, at plans) are no part of the done count, and not all of the rest is at its
        # last step (rule question 4) — behind; the engine reads the three counts as one and says on track
    ),
    pytest.param(
        "第9项　农村黑臭水体治理。目标任务：完成农村黑臭水体整治150条。牵头科室：水生态环境科",
        "1-9月进展：全市已排查农村黑臭水体430条，累计完成整治118条。",
        SEPT,
        "on_track",
        id="survey_count_beside_fixed_count",
    ),
    pytest.param(
        "第15项　环保督察交办问题整改。目标任务：完成省级生态环境保护督察交办问题整改销号12项。牵头科室：督察整改办公室",
        "1-9月进展：已完成整改并销号7项；其余5项已完成整改，正在履行销号程序。",
        SEPT,
        "on_track",
        id="items_closed_rest_all_awaiting_closure",
        # mended by statusa at stop 62 (tests/test_status_stop62a.py) — a normal case now; the reason was:
        # 7 of 12 closed (58.3%) under the pace, but every other item's rectification is finished and only the closing
        # procedure is under way — all the rest at the last step, the deadline not past (rule questions 4, 21): on
        # track; the engine reads the closed count alone and says behind
    ),
    pytest.param(
        "第16项　城市噪声自动监测站建设。目标任务：建设功能区噪声自动监测站200个。牵头科室：生态环境监测站",
        "1-9月进展：已建成并联网运行55个，其余站点正在开展选址和设备采购。",
        SEPT,
        "seriously_behind",
        id="stations_built_under_half_pace_rest_at_preparation",
    ),
    pytest.param(
        "第18项　城中村清洁取暖改造。目标任务：11月1日供暖季前完成城中村清洁取暖改造8000户。牵头科室：大气环境科",
        "1-9月进展：已完成改造6900户，剩余1100户正在施工安装，确保供暖季前全部完成。",
        SEPT,
        "on_track",
        id="own_date_before_heating_season_rest_installing",
        # mended by statusa at stop 62 (tests/test_status_stop62a.py) — a normal case now; the reason was:
        # the task's own date (11月1日) sets the pace (273/305 = 89.5%); 6900 of 8000 (86.3%) is within it and the rest
        # is installing before the date (rule question 4) — on track; the engine keeps the year's pace and says ahead
    ),
    pytest.param(
        "（3）做好退役军人就业工作，退役军人年度就业率保持在95%以上。【牵头处室：就业创业处】【完成时限：12月底】",
        "一季度进展：退役军人就业工作全面启动，组织开展春风送岗专项行动，举办专场招聘会45场，提供岗位2.3万个。",
        MARCH,
        "unclear",
        id="employment_rate_answered_by_fairs_and_posts",
    ),
    pytest.param(
        "（5）推进职业教育产教融合，印发实施职业教育产教融合行动计划。【牵头处室：职业教育处】【完成时限：3月底】",
        "一季度进展：《某某省职业教育产教融合行动计划（2026—2028年）》已于3月25日经省政府同意后印发实施。",
        MARCH,
        "completed",
        id="action_plan_document_issued_before_deadline",
    ),
    pytest.param(
        "（9）加强幼儿园安全管理，实现全省幼儿园视频监控全覆盖。【牵头处室：学前教育处】【完成时限：6月底】",
        "一季度进展：全省幼儿园视频监控覆盖率达到91.2%，其余幼儿园设备已到位，正在安装调试。",
        MARCH,
        "on_track",
        id="full_coverage_early_rest_testing_before_june",
        # mended by statusa at stop 62 (tests/test_status_stop62a.py) — a normal case now; the reason was:
        # a full-coverage task with its own date (6月底) reached 91.2% at the end of March, the rest at installing and
        # testing, the last step (rule questions 22, 38) — on track (or ahead by the ratio); the engine says behind
        # because the coverage is short of 100%
    ),
    pytest.param(
        "（15）积极争取上级支持，争取中央预算内投资40亿元以上。【牵头处室：规划发展处】【完成时限：12月底】",
        "一季度进展：已争取到位中央预算内投资12.6亿元，另有15亿元已完成项目申报。",
        MARCH,
        "ahead",
        id="funds_won_over_band_beside_funds_applied",
    ),
    pytest.param(
        "（20）推进平安校园建设，全省中小学校园“一键报警”覆盖率保持100%。【牵头处室：安全稳定处】【完成时限：12月底】",
        "一季度进展：全省中小学校园“一键报警”保持全覆盖，与公安机关联网率96.5%。",
        MARCH,
        "on_track",
        id="coverage_kept_full_beside_another_rate",
        # mended by statusa at stop 62 (tests/test_status_stop62a.py) — a normal case now; the reason was:
        # a level to keep (保持100%) answered by 保持全覆盖 so far in the year (rule questions 10, 17); the other rate is no
        # figure of the task — on track; the engine finds no comparable figure and says unclear
    ),
    pytest.param(
        "（21）开展义务教育“双减”落实情况专项督导，完成全省11个设区市实地督导。【牵头处室：教育督导局】【完成时限：3月底】",
        "一季度进展：已完成7个设区市的实地督导，其余4个市安排在4月中旬进行。",
        MARCH,
        "behind",
        id="visits_short_at_bracketed_march_deadline",
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT61)
def test_heldout61_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
