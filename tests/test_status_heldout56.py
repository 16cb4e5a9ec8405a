"""Issue 11, statusd (stop 56): the misses of stop 56's held-out invented status sets — invented225, invented226 and
invented227 (bench/labels/status/, sealed by holdout, committed in 9efcc9fc) — first runs judged once by the lead (57
of 66).  The sets are dev now; each case here is written in other words than its row (another task, another field,
other figures, the same way of writing), with the status the row's reading gives.  Known misses are strict xfails,
each with a reason describing the phenomenon as the label row reads it.  Four that recur in how progress pages are
written are mended by general rules (MENDED_HELDOUT56, with more cases in other words and guards)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


KNOWN_MISSES_HELDOUT56 = [
    pytest.param(
        "7　10月底前完成区档案馆新馆主体结构封顶　区档案局",
        "项目已完成土方开挖和基坑支护，地下室底板钢筋正在绑扎。",
        date(2026, 7, 31), "on_track", id="topping_out_due_autumn_still_below_ground",
        marks=_xfail("a structure's topping-out due by its own deadline in the autumn, the works below ground going on: "
                     "under construction, the stage moving (rule question 4), on pace — its alt behind (a basement to a "
                     "topped structure in three months is hard) the label leaves open (inv225-005)"),
    ),
    pytest.param(
        "12　完成农村公路提质改造120公里　县交通运输局",
        "120公里农村公路提质改造工程已完成招标，施工单位已全部进场，完成工程量的36%。",
        date(2026, 6, 30), "on_track", id="works_all_under_way_share_under_band_midyear",
        marks=_xfail("works by area or length, every part under construction before 31 August, is on pace (rule "
                     "question 4) though the share of the works stated is under the pace — alt behind (inv225-015)"),
    ),
    pytest.param(
        "督办事项：6月底前完成危桥改造30座；办结时限：6月30日；责任处室：公路建设处",
        "5月推进情况：已完成改造17座；其余13座正在推进，其中9座正在施工，4座尚在办理涉河审批。",
        date(2026, 5, 31), "behind", id="rest_partly_at_approval_under_own_deadline_pace",
        marks=_xfail("against its own near deadline the count done is under the pace by more than five points; the "
                     "rest is not all under construction, part still awaiting approval, so rule question 4 does not "
                     "hold it on pace: behind (inv227-006).  Mended (statusd, stop 56) where the approval names the "
                     "works (施工审批, 施工手续: MENDED_HELDOUT56); not here, where the rest is first said under way as a "
                     "whole (其余13座正在推进) and its count, summed with its breakdown, holds the pace"),
    ),
    pytest.param(
        "督办事项：2月底前完成2025年度房地产经纪机构备案信息核查；办结时限：2月28日；责任处室：房地产市场处",
        "3月推进情况：核查工作已于2月底前完成，共核查机构540家，注销备案18家。",
        date(2026, 3, 31), "completed", id="check_done_by_its_deadline_with_counts",
        marks=_xfail("the work said done before its own deadline, its counts only what the check covered: completed "
                     "(inv227-009)"),
    ),
    pytest.param(
        "督办事项：5月底前启动第三批历史文化街区保护利用项目申报；办结时限：5月31日；责任处室：历史文化保护处",
        "5月推进情况：因省级申报通知尚未印发，申报工作暂未启动。",
        date(2026, 5, 31), "seriously_behind", id="start_due_now_not_begun_awaiting_upper_notice",
        marks=_xfail("a start due by its own deadline, reached, with nothing begun (rule question 19): seriously "
                     "behind, whatever the cause — alt behind as the cause is the upper level's (inv227-013)"),
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT56)
def test_heldout56(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# statusd, stop 56: mended by general rules, each with more cases in other words and guards (GUARDS_HELDOUT56):
# * full coverage (全覆盖) answered by the part of the whole done with the rest all under way is on pace, not ahead —
#   coverage is counted by the whole (rule questions 22 and 4; rules/status_measures.py _rest_all_under_way);
# * a larger count of a step before the work (入户评估, 上门评估, 需求评估: words.toml figure.earlier_step) beside the
#   count done in its sentence is no part of the work (rules/assigning.py _earlier_step_beside);
# * a rate of the people a service reaches (家庭医生签约率: words.toml figure.rate_of_people) is a level to reach, no rate
#   that builds up (figure.building_rate) read as a share of the way (rules/judging.py _builds_up; rule question 9);
# * the works' approval still sought (尚在办理…施工审批, 施工手续: words.toml underway.construction_not) is preparation,
#   not works under way: the rest partly at it does not hold the pace (rule question 4).
MENDED_HELDOUT56 = [
    ("coverage_share_rest_under_way", "实事四 放心消费工程｜2.实现全区农贸市场智慧计量全覆盖｜区市场监管局",
     "全区42个农贸市场已完成改造38个，其余4个正在施工。", date(2026, 9, 30), "on_track"),
    ("coverage_share_rest_being_rectified", "督办事项：实现全市加油站油气回收在线监控全覆盖；办结时限：12月31日；责任处室：大气环境处",
     "4月推进情况：全市加油站286个，已联网监控261个，其余25个已下达整改通知，正在安装。", date(2026, 4, 30), "on_track"),
    ("coverage_whole_first_rest_building", "实现全县村卫生室标准化建设全覆盖。", "全县村卫生室共158个，已完成标准化建设142个，其余16个正在装修。",
     date(2026, 8, 31), "on_track"),
    ("households_assessed_beside_done", "实事五 助残工程｜1.完成困难残疾人家庭无障碍改造300户｜区残联", "已完成上门评估260户，完成改造120户。",
     date(2026, 9, 30), "behind"),
    ("needs_assessed_beside_adapted", "完成城镇老旧住宅适老化改造400户。", "已完成需求评估310户，完成改造180户。", date(2026, 10, 31),
     "behind"),
    ("family_doctor_rate_short", "实事三 健康惠民工程｜4.脱贫人口家庭医生签约率达到95%｜区卫健局", "截至10月底，全区脱贫人口家庭医生签约率为91.7%。",
     date(2026, 10, 31), "behind"),
    ("elderly_family_doctor_rate_short_midyear", "65岁以上老年人家庭医生签约率达到75%。", "截至6月底，全县65岁以上老年人家庭医生签约率为70.2%。",
     date(2026, 6, 30), "behind"),
    ("rest_partly_at_works_approval", "督办事项：6月底前完成背街小巷改造40条；办结时限：6月30日；责任处室：市容环境处",
     "5月推进情况：已完成改造23条；其余17条中，11条正在施工，6条正在办理施工审批手续。", date(2026, 5, 31), "behind"),
    ("rest_partly_at_works_papers", "3.9月底前完成农村危桥改造24座｜县交通运输局", "截至7月底，已完成改造12座；剩余12座中，7座正在施工，5座尚在办理施工手续。",
     date(2026, 7, 31), "behind"),
]

GUARDS_HELDOUT56 = [
    # coverage over the pace with nothing said of the rest stays ahead
    ("coverage_rest_testing_ahead", "实现全县村卫生室医保结算全覆盖。", "全县村卫生室共158个，已开通医保结算142个，其余16个设备已到位，正在调试。",
     date(2026, 8, 31), "ahead"),
    ("coverage_rest_pushed_on_ahead", "实现全区农贸市场智慧计量全覆盖。", "全区42个农贸市场中已有38个完成改造，剩余4个结合市场提升同步推进。",
     date(2026, 9, 30), "ahead"),
    ("coverage_share_no_rest_ahead", "实现全区农贸市场智慧计量全覆盖。", "全区42个农贸市场已完成改造38个。", date(2026, 9, 30), "ahead"),
    # a rate of items reaching a step still builds up; a people's rate reached is held
    ("start_rate_builds_up", "9月底前重点项目开工率达到90%。", "截至6月底，重点项目开工率达到62%。", date(2026, 6, 30), "on_track"),
    ("family_doctor_rate_reached_held", "重点人群家庭医生签约率达到80%。", "截至9月底，重点人群家庭医生签约率达到81.5%。", date(2026, 9, 30),
     "on_track"),
    # the count done alone, an assessment only planned beside it
    ("adapted_with_assessment_going_on", "完成城镇老旧住宅适老化改造400户。", "已完成改造300户，正在开展第二批入户评估。", date(2026, 9, 30),
     "on_track"),
    # the rest all under construction, its permits in hand, holds the pace
    ("rest_all_building", "督办事项：6月底前完成背街小巷改造40条；办结时限：6月30日；责任处室：市容环境处", "5月推进情况：已完成改造23条；其余17条正在施工。",
     date(2026, 5, 31), "on_track"),
    ("rest_permitted_building", "3.9月底前完成农村危桥改造24座｜县交通运输局", "截至7月底，已完成改造12座；剩余12座均已取得施工许可，正在施工。",
     date(2026, 7, 31), "on_track"),
]


@pytest.mark.parametrize("phenomenon,task,progress,as_of,expected", MENDED_HELDOUT56 + GUARDS_HELDOUT56,
                         ids=[c[0] for c in MENDED_HELDOUT56 + GUARDS_HELDOUT56])
def test_heldout56_mended(phenomenon, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
