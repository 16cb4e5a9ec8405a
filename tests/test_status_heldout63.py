"""Stop 63, statuse: the misses of stop 63's held-out invented status sets — invented255, invented256 and invented257
(bench/labels/status/, sealed by holdout, committed in 9bf8500e) — first runs judged once by the lead (53/66; thirteen
misses: one of invented255, five of invented256, seven of invented257).  The sets are dev now, their rows still held
out of the fitted figures; each case here is written in other words than its row (another task, another field, other
figures, the same way of writing), with the status the row's reading gives.  Known misses are strict xfails, each with
a reason describing the phenomenon as the label row reads it.  Three rows' engine answer is the label's alt_status:
their cases are recorded too, but as cases a rule may leave (each reason says so)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


MAY = date(2026, 5, 31)
APRIL = date(2026, 4, 30)
JUNE = date(2026, 6, 30)
DEC20 = date(2026, 12, 20)

KNOWN_MISSES_HELDOUT63 = [
    pytest.param(
        "〔9〕老年助餐服务｜为65周岁以上困难老年人提供助餐服务，服务对象不少于3000人｜老龄工作科｜12月底",
        "截至5月底：已完成助餐服务机构招标并签订协议，4月起开展送餐上门服务，服务对象2910人。",
        MAY,
        "on_track",
        id="meal_service_clients_level_near_floor_in_may",
        marks=_xfail(
            "a case a rule may leave (the engine gives the label's alt_status, ahead): a floor of clients served"
            " (不少于3000人) is a level the service holds by the year's end, 2910 of 3000 (97.0%) in May is on track"
            " (rule question 10); the engine compares the count with the year's pace and says ahead"
        ),
    ),
    pytest.param(
        "【重点任务4】重大项目｜目标：三季度开工建设某某智能装备产业园一期｜责任处室：投资促进处｜完成时限：9月底",
        "1-6月进展：已办理施工许可证，6月12日举行项目开工仪式，目前正在进行桩基施工。",
        JUNE,
        "completed",
        id="equipment_park_started_before_its_quarter",
        # mended by statuse at stop 63 (tests/test_status_statuse63.py) — a normal case now:
        # a bare target field (目标：) before a quarter is no head of the start verb (words.toml task.target_label);
        # the reason was: a start task (开工建设) whose permit is in hand, whose ceremony is held and whose piles are
        # being driven has started before its quarter's deadline — completed (rule questions 13, 42, 45); the engine
        # reads the stages as work under way and says on track
    ),
    pytest.param(
        "【重点任务6】企业治理｜目标：区属国有企业党组织书记、董事长“一肩挑”全覆盖｜责任处室：组织人事处｜完成时限：12月底",
        "1-4月进展：14家区属一级企业中已有13家实现“一肩挑”，某某城投公司正按程序调整。",
        APRIL,
        "on_track",
        id="chair_secretary_one_post_thirteen_of_fourteen",
        marks=_xfail(
            "a case a rule may leave (the engine gives the label's alt_status, ahead): full coverage 13 of 14 (92.9%)"
            " with the last one in process is in progress, on track (rule questions 22, 38); the engine takes the"
            " share against the pace and says ahead"
        ),
    ),
    pytest.param(
        "【重点任务8】股权多元化改革｜目标：完成国有企业股权多元化改革6户｜责任处室：企业改革处｜完成时限：12月底",
        "1-4月进展：某某建设公司已完成增资扩股并办理工商变更；另有3户正在开展审计评估。",
        APRIL,
        "behind",
        id="equity_reform_one_of_six_in_april",
        # mended by statush at stop 64 (tests/test_status_statush64.py) — a normal case now: a firm named by its own
        # name and said done is one of the firms a task counts (rules/status_measures.NamedFirmsDone); the reason was:
        # one firm of six reformed (16.7%) is more than five points under the pace (32.9%) and over half of it; firms
        # only audited are preparation — behind; the engine reads the stages and says on track
    ),
    pytest.param(
        "【重点任务12】土地出让收入｜目标：6月底前完成2025年度土地出让金清缴｜责任处室：财务管理处｜完成时限：6月底",
        "1-4月进展：应缴土地出让金5.2亿元，已清缴4.6亿元。",
        APRIL,
        "ahead",
        id="land_fees_collected_over_pace_to_june",
        # mended by statuse at stop 63 (tests/test_status_statuse63.py) — a normal case now:
        # the amount owed then collected is the share (rules/status_measures.AmountDueShare, words.toml figure.amount_due);
        # the reason was: an amount collected against its own amount due (4.6 of 5.2, 88.5%) is a share; against the
        # task's own deadline (6月底, pace 66.3%) it is more than five points over — ahead; the engine finds no figure
        # in the task, reads the report as preparation and says on track
    ),
    pytest.param(
        "【重点任务16】政企恳谈｜目标：举办“政企恳谈日”活动5场｜责任处室：营商环境处｜完成时限：12月底",
        "1-4月进展：3月份在某某工业园区举办首场活动，邀请企业代表60人参加。",
        APRIL,
        "behind",
        id="business_talk_days_one_of_five_in_april",
        # mended by statusa at stop 64 (tests/test_status_statusa64.py) — a normal case now: the last event held named
        # by its ordinal (首场, 第二次) is the count of events done (rules/status_measures.EventsByOrdinal);
        # the reason was: the first of five events held (20.0%) is more than five points under the pace (32.9%) and
        # over half of it — behind (or on track reading the events as spread over the year); the engine finds no
        # count of events and says unclear
    ),
    pytest.param(
        "3. 任务：学生资助　指标：脱贫家庭学生学前至高中阶段资助春秋两季应助尽助　牵头单位：县教育局",
        "截至12月20日：春季学期资助2310人、秋季学期资助2456人，资助资金均已发放到位。",
        DEC20,
        "completed",
        id="student_aid_both_terms_paid",
        marks=_xfail(
            "an aid for both terms to all who qualify (春秋两季应助尽助), each term's aid paid in full, is done —"
            " completed; the engine reads it as work reported without a figure and says on track"
        ),
    ),
    pytest.param(
        "5. 任务：饮水安全　指标：实施农村饮水安全巩固提升工程20处，提升1.8万人饮水安全保障水平　牵头单位：县水务局",
        "截至12月20日：20处工程已全部建成通水，受益群众2.1万人。",
        DEC20,
        "completed",
        id="drinking_water_works_all_built",
        # mended by statush at stop 64 (tests/test_status_statush64.py) — a normal case now: a field's label after a
        # full-width space is no part of the measure before it (indicators._FIELD_GAP), and the people whose level of a
        # service is raised (提升…万人…保障水平) are answered by those a finished work benefits (judging.toml
        # words.solve_for_people, words.problem_noun); the reason was: 20 of 20 works built and 21,000 people served
        # over the 18,000 is done — completed; the engine does not take those who benefit for the people whose supply
        # is improved and says on track by the one part
    ),
    pytest.param(
        "8. 任务：农村电商　指标：农产品网络零售额达到3亿元　牵头单位：县商务局",
        "截至12月20日：截至11月底实现农产品网络零售额2.7亿元，预计全年可达3.1亿元。",
        DEC20,
        "on_track",
        id="online_farm_sales_november_figure_with_forecast",
        # mended by statusq at stop 65 (README rule question 51; tests/test_status_statusq65.py) — a normal case now: a
        # figure dated at the end of November (2.7 of 3, 90.0%) is judged at its own period's end (91.5%), on track;
        # the year's forecast counts for nothing (rule 2)
    ),
    pytest.param(
        "9. 任务：驻村工作　指标：9月底前完成乡镇驻村工作队员轮换　牵头单位：县委组织部",
        "截至12月20日：8月下旬完成新一轮轮换，选派驻村工作队员96名，均已到岗。",
        DEC20,
        "completed",
        id="village_team_rotation_done_by_september",
        # mended by statuse at stop 63 (tests/test_status_statuse63.py) — a normal case now:
        # the task's own work said finished at a date with no 已 (rules/status_statements._DATE_THEN_DONE);
        # the reason was: a rotation done before its own deadline (8月下旬 for 9月底), all in post, is done — completed;
        # the engine reads the deadline past and the work as partial and says behind
    ),
    pytest.param(
        "11. 任务：集体经济　指标：集体经济收入50万元以上的村占比达到30%　牵头单位：县农业农村局",
        "截至12月20日：全县212个村中，集体经济收入50万元以上的村55个。",
        DEC20,
        "behind",
        id="village_income_share_given_as_counts",
        # mended by statusa at stop 64 (tests/test_status_statusa64.py) — a normal case now: a share of the items a
        # target names answered by their whole (N个村中) and the count that qualify is that share
        # (rules/status_measures._share_of_counts, words.toml report.share_of_items_word);
        # the reason was: a share of villages given as counts, 55 of 212 (25.9%), is short of the 30% in December —
        # behind (or on track as the collective incomes settle at the year's end); the engine finds no share and says
        # unclear
    ),
    pytest.param(
        "14. 任务：巡察整改　指标：10月底前巡察反馈问题整改完成率100%　牵头单位：县纪委监委",
        "截至12月20日：巡察反馈问题31个，已整改完成28个，3个正在整改（需长期推进）。",
        DEC20,
        "behind",
        id="inspection_issues_three_open_after_october",
        # mended by statusa at stop 64 (tests/test_status_statusa64.py) — a normal case now: the issues an inspection or
        # audit fed back are the whole of a rectification rate (words.toml report.rate_whole_lead 反馈);
        # the reason was: a rectification rate given as counts after its own deadline, 28 of 31 (90.3%) with three
        # still open, is short — behind (rule question 18); the engine finds no rate and says unclear
    ),
    pytest.param(
        "16. 任务：研学旅游　指标：打造红色研学精品线路4条　牵头单位：县文化和旅游局",
        "截至12月20日：已初步谋划4条线路，正在编制线路规划。",
        DEC20,
        "behind",
        id="study_tour_routes_only_planned_in_december",
        # mended by statuse at stop 63 (tests/test_status_statuse63.py) — a normal case now:
        # things only conceived (初步谋划) are in preparation (judging.toml words.preparing);
        # the reason was: routes to build (打造) only conceived and being planned at the year's end are in preparation —
        # behind (rule question 28; or on track as work under way); the engine counts the routes planned and says
        # completed
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT63)
def test_heldout63_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
