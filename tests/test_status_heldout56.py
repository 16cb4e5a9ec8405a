"""Issue 11, statusd (stop 56): the misses of stop 56's held-out invented status sets — invented225, invented226 and
invented227 (bench/labels/status/, sealed by holdout, committed in 9efcc9fc) — first runs judged once by the lead (57
of 66).  The sets are dev now; each case here is written in other words than its row (another task, another field,
other figures, the same way of writing), with the status the row's reading gives.  Known misses are strict xfails,
each with a reason describing the phenomenon as the label row reads it."""

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
        "实事四 放心消费工程｜2.实现全区农贸市场智慧计量全覆盖｜区市场监管局",
        "全区42个农贸市场已完成改造38个，其余4个正在施工。",
        date(2026, 9, 30), "on_track", id="coverage_share_rest_under_way_read_ahead",
        marks=_xfail("full coverage is counted by the whole (rule question 22): the rest all under way is on pace, the "
                     "share covered over the pace no ahead (inv226-003, alt ahead)"),
    ),
    pytest.param(
        "实事五 助残工程｜1.完成困难残疾人家庭无障碍改造300户｜区残联",
        "已完成上门评估260户，完成改造120户。",
        date(2026, 9, 30), "behind", id="households_assessed_beside_households_done",
        marks=_xfail("households assessed are a step before the work, not the work: the households adapted alone "
                     "against the target (42% at 30 September), under the pace by more than five points: behind "
                     "(inv226-006)"),
    ),
    pytest.param(
        "实事三 健康惠民工程｜4.脱贫人口家庭医生签约率达到95%｜区卫健局",
        "截至10月底，全区脱贫人口家庭医生签约率为91.7%。",
        date(2026, 10, 31), "behind", id="family_doctor_rate_short_of_its_level",
        marks=_xfail("a rate of people covered by a service (家庭医生签约率) is a level to reach by the year's end "
                     "(rule question 9): a rate under it in the autumn is short of it, behind, not a share of the way "
                     "(inv226-008, alt on_track)"),
    ),
    pytest.param(
        "督办事项：6月底前完成危桥改造30座；办结时限：6月30日；责任处室：公路建设处",
        "5月推进情况：已完成改造17座；其余13座正在推进，其中9座正在施工，4座尚在办理涉河审批。",
        date(2026, 5, 31), "behind", id="rest_partly_at_approval_under_own_deadline_pace",
        marks=_xfail("against its own near deadline the count done is under the pace by more than five points; the "
                     "rest is not all under construction, part still awaiting approval, so rule question 4 does not "
                     "hold it on pace: behind (inv227-006)"),
    ),
    pytest.param(
        "督办事项：实现全市加油站油气回收在线监控全覆盖；办结时限：12月31日；责任处室：大气环境处",
        "4月推进情况：全市加油站286个，已联网监控261个，其余25个已下达整改通知，正在安装。",
        date(2026, 4, 30), "on_track", id="coverage_share_rest_being_rectified_early",
        marks=_xfail("full coverage is counted by the whole (rule question 22): the rest all being rectified is on "
                     "pace, a large share covered early in the year no ahead (inv227-008)"),
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
