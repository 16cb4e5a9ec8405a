"""Issue 11, statusd (stop 56): the misses of stop 56's held-out invented status sets — invented225, invented226 and
invented227 (bench/labels/status/, sealed by holdout, committed in 9efcc9fc) — first runs judged once by the lead (57
of 66).  The sets are dev now; each case here is written in other words than its row (another task, another field,
other figures, the same way of writing), with the status the row's reading gives.  Four that recur in how progress
pages are written were mended by general rules at stop 56 (MENDED_HELDOUT56, with more cases in other words and
guards); the five left as strict xfails then were mended at stop 57 (HELDOUT56_MENDED_STOP57, MENDED_STOP57,
GUARDS_STOP57)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


# statusa, stop 57: stop 56's five held-out misses, once strict xfails here, mended by general rules of how progress
# reports are written — the rows' own readings (the first five cases), then the same ways of writing in other words, and
# guards (GUARDS_STOP57):
# * a task with no figure of its own whose reply opens by saying its work finished by a date or as scheduled (…工作已于
#   2月底前完成, 已按期完成) and then counts what it covered (共核查机构540家) is completed (inv227-009;
#   rules/status_statements.py _opens_dated_done);
# * a step another awaits said not yet taken in a clause of cause (因省级申报通知尚未印发), and a stage word naming a
#   document not yet issued (申报通知尚未…: words.toml stage.not_begun_document), are no stage of the work: a start due by
#   its reached deadline with nothing begun is seriously behind (rule question 19; inv227-013; progress.py _stage);
# * a task whose result is a step of the works itself (主体结构封顶: judging.toml words.works_step_task) keeps
#   first_step_late for its works below ground — no fitting-out to time after it (rule question 4; inv225-005;
#   rules/works.py works_late);
# * a task measured by the works' size, its works all under way (施工单位已全部进场: words.toml
#   status.works_all_under_way), holds a stated share short within the serious share before measure_rest_late (rule
#   question 4; inv225-015; StatedRate);
# * the rest first said under way as a whole (其余13座正在推进) then broken down by 其中 into parts adding up to it is
#   decided by its parts, one still at its approval holding no pace (inv227-006's way of writing; rules/judging.py
#   _broken_down).
HELDOUT56_MENDED_STOP57 = [
    ("topping_out_due_autumn_still_below_ground", "7　10月底前完成区档案馆新馆主体结构封顶　区档案局",
     "项目已完成土方开挖和基坑支护，地下室底板钢筋正在绑扎。", date(2026, 7, 31), "on_track"),
    ("works_all_under_way_share_under_band_midyear", "12　完成农村公路提质改造120公里　县交通运输局",
     "120公里农村公路提质改造工程已完成招标，施工单位已全部进场，完成工程量的36%。", date(2026, 6, 30), "on_track"),
    ("rest_partly_at_approval_under_own_deadline_pace", "督办事项：6月底前完成危桥改造30座；办结时限：6月30日；责任处室：公路建设处",
     "5月推进情况：已完成改造17座；其余13座正在推进，其中9座正在施工，4座尚在办理涉河审批。", date(2026, 5, 31), "behind"),
    ("check_done_by_its_deadline_with_counts",
     "督办事项：2月底前完成2025年度房地产经纪机构备案信息核查；办结时限：2月28日；责任处室：房地产市场处",
     "3月推进情况：核查工作已于2月底前完成，共核查机构540家，注销备案18家。", date(2026, 3, 31), "completed"),
    ("start_due_now_not_begun_awaiting_upper_notice",
     "督办事项：5月底前启动第三批历史文化街区保护利用项目申报；办结时限：5月31日；责任处室：历史文化保护处",
     "5月推进情况：因省级申报通知尚未印发，申报工作暂未启动。", date(2026, 5, 31), "seriously_behind"),
]

MENDED_STOP57 = [
    ("check_done_dated_with_counts", "督办事项：3月底前完成全市网约车平台合规检查；办结时限：3月31日；责任处室：运输管理处",
     "4月推进情况：检查工作已于3月25日完成，共检查平台12家，责令整改3家。", date(2026, 4, 30), "completed"),
    ("count_taking_done_on_schedule_with_counts", "6月底前完成农村集体资产清查。",
     "清查工作已按期完成，共清查村级集体经济组织286个，登记资产12.6亿元。", date(2026, 6, 30), "completed"),
    ("bare_dated_done_with_counts", "完成2026年度食品小作坊登记复核。", "已于5月底前完成，共复核小作坊312家，注销登记15家。",
     date(2026, 6, 30), "completed"),
    ("tender_start_due_not_begun_plan_awaited", "督办事项：4月底前启动老旧供水管网改造项目招标；办结时限：4月30日；责任处室：城市建设处",
     "5月推进情况：因区级改造实施方案尚未印发，招标工作暂未启动。", date(2026, 5, 31), "seriously_behind"),
    ("review_start_due_not_begun_document_awaited", "6月底前启动第二批市级非遗代表性项目评审。",
     "由于省级评审通知尚未印发，评审工作尚未开展。", date(2026, 6, 30), "seriously_behind"),
    ("topping_out_due_september_basement_at_midyear", "9月底前完成区文化中心主体结构封顶。", "已完成桩基施工，地下室底板正在浇筑。",
     date(2026, 6, 30), "on_track"),
    ("topping_out_due_november_basement_in_august", "11月底前实现区体育馆主体结顶。", "基坑支护已完成，地下室结构正在施工。",
     date(2026, 8, 31), "on_track"),
    ("pipes_all_builders_on_site_share_under_midyear", "完成城区雨污分流管网改造45公里。",
     "45公里管网改造工程施工单位已全部进场，完成工程量的38%。", date(2026, 6, 30), "on_track"),
    ("fields_all_begun_share_under_midyear", "完成高标准农田建设2.5万亩。", "2.5万亩高标准农田建设项目已全面开工，完成总工程量的37%。",
     date(2026, 6, 30), "on_track"),
    ("rest_broken_down_part_at_approval", "督办事项：7月底前完成城区破损人行道修复60处；办结时限：7月31日；责任处室：市政管理处",
     "6月推进情况：已完成修复38处；其余22处正在推进，其中15处正在施工，7处尚在办理占道审批。", date(2026, 6, 30), "behind"),
]
GUARDS_STOP57 = [
    ("dated_done_of_a_batch_only", "5月底前完成全市房地产经纪机构备案信息核查。", "第一批核查工作已于2月底前完成，共核查机构300家。",
     date(2026, 3, 31), "on_track"),
    ("dated_done_forecast", "5月底前完成全市房地产经纪机构备案信息核查。", "核查工作预计于5月底前完成，目前已核查机构300家。",
     date(2026, 3, 31), "on_track"),
    ("counted_task_said_done_short", "完成老旧小区改造40个。", "已按期完成，共改造小区32个。", date(2026, 12, 31), "behind"),
    ("start_not_begun_before_its_deadline", "9月底前启动第三批历史文化街区保护利用项目申报。", "因省级申报通知尚未印发，申报工作暂未启动。",
     date(2026, 6, 30), "not_started"),
    ("topping_out_near_deadline_still_below_ground", "11月底前实现区体育馆主体结顶。", "基坑支护已完成，地下室结构正在施工。",
     date(2026, 10, 31), "behind"),
    ("building_to_finish_still_below_ground", "10月底前建成区档案馆新馆。", "项目已完成土方开挖和基坑支护，地下室底板钢筋正在绑扎。",
     date(2026, 7, 31), "behind"),
    ("pipes_all_on_site_share_far_under", "完成城区雨污分流管网改造45公里。", "45公里管网改造工程施工单位已全部进场，完成工程量的18%。",
     date(2026, 6, 30), "seriously_behind"),
    ("pipes_some_on_site_share_under", "完成城区雨污分流管网改造45公里。", "已有30公里管网改造工程施工单位进场，完成工程量的38%。",
     date(2026, 6, 30), "behind"),
    ("pipes_all_on_site_share_under_late", "完成城区雨污分流管网改造45公里。", "45公里管网改造工程施工单位已全部进场，完成工程量的55%。",
     date(2026, 9, 30), "behind"),
    ("rest_broken_down_all_building", "督办事项：7月底前完成城区破损人行道修复60处；办结时限：7月31日；责任处室：市政管理处",
     "6月推进情况：已完成修复38处；其余22处正在推进，其中15处正在施工，7处正在铺设面层。", date(2026, 6, 30), "on_track"),
]


@pytest.mark.parametrize("phenomenon,task,progress,as_of,expected",
                         HELDOUT56_MENDED_STOP57 + MENDED_STOP57 + GUARDS_STOP57,
                         ids=[c[0] for c in HELDOUT56_MENDED_STOP57 + MENDED_STOP57 + GUARDS_STOP57])
def test_heldout56_mended_stop57(phenomenon, task, progress, as_of, expected):
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
    # a rest testing is at its works' last step, under way: on pace (rule question 38, statusc, stop 57; was ahead)
    ("coverage_rest_testing_on_pace", "实现全县村卫生室医保结算全覆盖。", "全县村卫生室共158个，已开通医保结算142个，其余16个设备已到位，正在调试。",
     date(2026, 8, 31), "on_track"),
    # coverage over the pace with no stage said of the rest stays ahead
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
