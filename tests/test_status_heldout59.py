"""Issue 11, statusd (stop 59): the misses of stop 59's held-out invented status sets — invented237, invented238 and
invented239 (bench/labels/status/, sealed by holdout, committed in 0071f5b1) — first runs judged once by the lead (58
of 66).  The sets are dev now, their rows still held out of the fitted figures; each case here is written in other words
than its row (another task, another field, other figures, the same way of writing), with the status the row's reading
gives.  Known misses are strict xfails, each with a reason describing the phenomenon as the label row reads it."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


# Mended by statusa at stop 60: the start asked of works named to build (inv239-011, its case below kept in place
# without its mark).  Mended by statusd at stop 59 (cases below in MENDED_HELDOUT59 and GUARDS_HELDOUT59): an assessment's result circulated
# after the government's assent (inv237-021); ordinals listed after one 第 no count done (inv239-016).  The rest stay
# strict xfails; statusf mended three at stop 61 (the first of two rounds done, a periodic meeting held as planned, an
# inspection received: cases kept in place without their marks, tests/test_status_statusf61.py); statusa mended the
# last, the level of one named firm, at stop 63 (its case kept in place without its mark).
KNOWN_MISSES_HELDOUT59 = [
    pytest.param(
        "任务名称：志愿者培训　目标要求：完成社区志愿者全员轮训2轮　责任科室：社会事务办公室",
        "完成情况：已完成第一轮全员轮训，参训志愿者320人，第二轮计划于12月上旬开展。",
        date(2026, 9, 30),
        "behind",
        id="rounds_first_of_two_done_second_planned",
        # mended by statusf at stop 61 (rules/status_stage._ordinal_rounds_done): the first of a count's rounds said
        # done is one of two, 50% under the band — a normal test now.
    ),
    pytest.param(
        "任务名称：总部经济　目标要求：培育营收亿元企业1家（某某科技）　责任科室：招商服务中心",
        "完成情况：某某科技1-9月实现营业收入7600万元，预计年底可突破1亿元。",
        date(2026, 9, 30),
        "on_track",
        id="level_of_one_named_firm_in_band_forecast_beside",
        # mended by statusa at stop 63 (rules/status_parts._one_of_size_class, tests/test_status_statusa63.py): one item
        # of a size class by a sum (营收亿元企业1家) answered by its one amount done is that amount's share of the sum
        # against the pace — a normal test now; the reason was: a target of one firm reaching a level is answered by
        # the firm's figure against the level (7600万/1亿 = 76%, in the band); the forecast of passing it is no figure;
        # read as no figure
    ),
    pytest.param(
        "任务名称：村民议事　目标要求：各村每季度召开“村民说事”会议不少于1次　责任科室：党建工作办公室",
        "完成情况：各村均按计划召开村民说事会议，群众参与积极。",
        date(2026, 9, 30),
        "on_track",
        id="periodic_meeting_held_as_planned_unit_words",
        # mended by statusf at stop 61 (rules/status_stage.PeriodQuotaHeld): a quota per period answered by the unit's
        # word that it is held on schedule (均按计划召开) is on pace — a normal test now.
    ),
    pytest.param(
        "任务名称：卫生城市复审　目标要求：做好国家卫生城市复审暗访检查迎检工作　责任科室：城市管理办公室",
        "完成情况：暗访检查已于9月中旬完成，辖区点位未发现扣分问题。",
        date(2026, 9, 30),
        "completed",
        id="inspection_to_receive_held_no_points_lost",
        # mended by statusf at stop 61 (rules/status_stage._inspection_received): a task to receive an inspection
        # (做好…迎检工作) whose inspection is said finished is the event held (rule question 6) — a normal test now.
    ),
    pytest.param(
        "督办事项08｜污水处理厂｜年度目标：新建污水处理厂1座（5万吨/日），年内开工建设｜责任部门：项目管理部",
        "截至11月30日：项目已于6月开工建设，目前主体结构完成45%。",
        date(2026, 11, 30),
        "completed",
        id="start_asked_within_year_started_structure_rising",
        # mended by statusa at stop 60 (README rule question 42): a year's target that asks the start (年内开工建设)
        # beside the works it names is reached by the start said — a normal test now.
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT59)
def test_heldout59_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# statusd, stop 59: mended by general rules, the rows' own cases in other words first, then more and guards:
# * a result circulated (已于…经市政府同意后通报, 已于3月25日通报) is a done event as a document issued is (words.toml
#   completion.opened 通报; rules/clauses._DONE_EVENT, passed_by_lead … passed_by_end before it): beside the assessment said
#   finished, the whole task done at its own deadline (inv237-021);
# * the last of a run of ordinals after one 第 (第四、五、六次, 第3、4批, 第五至六期) is an ordinal too, no count done
#   (progress._ORDINAL_RUN_TAIL in _excluded, as 第3 is): the count said held alone is the count done (inv239-016).
MENDED_HELDOUT59 = [
    # statusb, stop 60: the subject said opened is read after the reply's lead-in (截至11月30日：, clauses._REPLY_LEAD), so
    # a first phase said online before its deadline (建成…一期并上线运行) is the task's own object opened — done; this was a
    # strict xfail of the held-out inv239 shape, mended by that general rule (tests/test_status_statusb60.py).
    (
        "first_phase_online_before_own_deadline",
        "督办事项03｜数字档案｜年度目标：8月底前建成档案数字化管理系统一期并上线运行｜责任部门：综合办公室",
        "截至11月30日：系统一期已于8月20日上线运行，录入档案数据12.6万条。",
        date(2026, 11, 30),
        "completed",
    ),
    (
        "assessment_done_result_circulated_at_own_deadline",
        "（六）任务：4月底前完成2025年度河长制工作考核〔牵头处室：河湖管理处；完成时限：4月30日〕",
        "1-4月进展：考核工作已完成，考核结果已于4月22日经市政府同意后通报。",
        date(2026, 4, 30),
        "completed",
    ),
    (
        "review_finished_result_circulated_after_assent",
        "6月底前完成2025年度耕地保护目标责任制考核",
        "考核工作已完成，考核结果已于6月18日经县政府研究同意后通报。",
        date(2026, 6, 30),
        "completed",
    ),
    (
        "drills_half_held_rest_by_ordinal_not_held",
        "督办事项12｜消防演练｜年度目标：开展厂站消防应急演练6次｜责任部门：安全管理部",
        "截至11月30日：已开展消防应急演练3次，第四、五、六次演练因设备检修未开展，拟明年上半年补开。",
        date(2026, 11, 30),
        "behind",
    ),
    (
        "sessions_some_held_rest_by_ordinal_digits_put_off",
        "举办企业家培训班5期",
        "已举办培训班2期，第3、4、5期因师资调整未举办，推迟至明年。",
        date(2026, 12, 15),
        "behind",
    ),
]

GUARDS_HELDOUT59 = [
    # a result only to be circulated, in a plan, is no event held; a problem notified beside rectification going on stays
    # under way
    (
        "assessment_going_on_result_to_be_circulated",
        "6月底前完成2025年度耕地保护目标责任制考核",
        "考核工作正在进行，考核结果拟于7月经县政府同意后通报。",
        date(2026, 6, 30),
        "behind",
    ),
    ("problems_notified_rectification_going_on", "开展占道经营专项整治", "发现问题已通报相关单位，正在督促整改。",
     date(2026, 6, 30), "on_track"),
    # counts named by their batch (第一批3期、第二批2期) stay counts; a count after 、 with no ordinal before it stays a count
    ("counts_by_batch_stay_counts", "举办农技培训班8期", "已举办第一批培训班3期、第二批培训班2期。", date(2026, 6, 30), "ahead"),
    ("two_counts_after_comma_stay_counts", "开展防汛应急演练10次", "已开展应急演练2次、桌面推演3次。", date(2026, 6, 30),
     "on_track"),
]


@pytest.mark.parametrize(
    "phenomenon,task,progress,as_of,expected",
    MENDED_HELDOUT59 + GUARDS_HELDOUT59,
    ids=[c[0] for c in MENDED_HELDOUT59 + GUARDS_HELDOUT59],
)
def test_heldout59_mended(phenomenon, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
