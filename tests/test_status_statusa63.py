"""Stop 63, statusa: general rules for ways of writing stop 62's held-out sets showed (tests/test_status_heldout62.py),
written from texts of our own, each with guards it must not change:
* the rest of a count put off or arranged for next year (其余…安排在明年春季, 余…调整至明年, 剩余…留待今冬明春) is behind
  whatever the share done (README rule question 33; rules/status_statements._rest_to_next_year);
* a task's row number after its label at the text's opening (任务15　组织…) is no count of the unit the next word opens
  with (words.toml task.row_number_label; indicators._excluded);
* a stock's size said as what is held (实际库存) answers a stock target (储备规模保持在…以上: judging.toml words.stock_held);
* a per-item subsidy programme's subsidies counted in copies (兑付补贴…万份) are the count of its items in the task's
  unit (words.toml progress.per_item_subsidy_*; progress._subsidies_per_item);
* a growth whose measure's name holds a verb of service (服务外包执行额同比增长…) answers a target naming that measure
  (rules/judging.judge_indicator);
* a title awaited after its review or acceptance (已通过…评审，待公布; 已通过…验收，待命名) is the creation under way before
  the deadline, short at it (words.toml status.recognition_pending; rules/status_stage.StageAgainstDeadline,
  rules/status_parts._title_awaited);
* one item of a size class by a sum (培育营收亿元企业1家) answered by one amount of it done is that amount's share of the
  sum, against the pace (words.toml figure.size_class_item; rules/status_parts._one_of_size_class)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUNE = date(2026, 6, 30)
SEPT = date(2026, 9, 30)
OCT = date(2026, 10, 31)
NOV = date(2026, 11, 30)
DEC = date(2026, 12, 31)

REST_TO_NEXT_YEAR = [
    pytest.param("3、荒山造林。目标：完成人工造林1200亩。责任股室：林业股。时限：12月底。",
                 "进展情况：已完成造林1050亩；其余150亩因苗木未到，安排在明年春季造林。", OCT, "behind",
                 id="afforestation_in_band_rest_next_spring"),
    pytest.param("（5）完成高标准农田建设5000亩。牵头单位：农业农村局",
                 "已建成4300亩；余700亩涉及土地调整，调整至明年。", NOV, "behind", id="farmland_rest_moved_to_next_year"),
    pytest.param("7.补植补造——目标：完成退化林修复900亩。责任：林业站",
                 "完成800亩，剩余100亩留待今冬明春实施。", OCT, "behind", id="forest_repair_rest_this_winter_next_spring"),
    # guards: the rest arranged within the year, or no rest put off, keep the figure's reading
    pytest.param("3、荒山造林。目标：完成人工造林1200亩。责任股室：林业股。时限：12月底。",
                 "进展情况：已完成造林1050亩；其余150亩安排在11月造林。", OCT, "on_track",
                 id="guard_rest_arranged_in_november"),
    pytest.param("3、荒山造林。目标：完成人工造林1200亩。责任股室：林业股。时限：12月底。",
                 "进展情况：已完成造林1050亩；其余150亩安排在今冬栽植。", OCT, "on_track",
                 id="guard_rest_arranged_this_winter"),
    pytest.param("（5）完成高标准农田建设5000亩。牵头单位：农业农村局",
                 "已建成5000亩。明年计划再建3000亩，其余地块调整至明年。", NOV, "completed",
                 id="guard_count_reached_more_next_year"),
    pytest.param("（5）完成高标准农田建设5000亩。牵头单位：农业农村局",
                 "已建成4000万余元配套工程；其余资金明年到位。", NOV, "on_track", id="guard_funds_next_year_no_rest_count"),
]

ROW_NUMBER = [
    pytest.param("任务21　组织召开全省外贸企业座谈会。（责任处室：对外贸易处）",
                 "上半年进展：已印发会议方案，正在筹备。", JUNE, "on_track", id="meeting_preparation_under_row_number"),
    pytest.param("任务12　组织好第三届数字经济博览会招商推介工作。（责任处室：会展处）",
                 "上半年进展：招商推介方案已制定，参展企业报名正在进行。", JUNE, "on_track",
                 id="fair_preparation_under_row_number"),
    pytest.param("事项8 组织开展全市职业技能大赛。（责任科室：职业能力建设科）",
                 "大赛方案已起草，正在征求意见。", date(2026, 7, 31), "on_track", id="contest_preparation_under_matter_number"),
    # guards: a count right after the label, or a number with no space before the unit, is read as before
    pytest.param("任务3 新增市场主体1200户。（责任处室：登记注册处）",
                 "上半年新增市场主体800户。", JUNE, "ahead", id="guard_count_after_row_number"),
    pytest.param("新建15 个村级综合服务站。（责任单位：民政局）",
                 "已建成7个。", JUNE, "on_track", id="guard_spaced_count_without_row_label"),
]

STOCK_HELD = [
    pytest.param("任务4　做好粮食储备，市级储备粮规模保持在3万吨以上。（责任处室：储备处）",
                 "上半年进展：6月末市级储备粮实际库存3.2万吨，轮换有序。", JUNE, "on_track",
                 id="grain_reserve_stock_over_level"),
    pytest.param("（3）应急物资储备规模保持在500吨以上。牵头单位：应急管理局",
                 "截至9月底，应急物资实际库存520吨。", SEPT, "on_track", id="relief_goods_stock_over_level"),
    # guard: a flow of the same unit is no stock
    pytest.param("任务4　做好粮食储备，市级储备粮规模保持在3万吨以上。（责任处室：储备处）",
                 "上半年进展：完成储备粮轮换出库1.1万吨。", JUNE, "unclear", id="guard_rotation_flow_no_stock"),
]

SUBSIDY_COPIES = [
    pytest.param("任务7　推进农机报废更新，全年完成农机报废更新补贴3000台。（责任处室：农机处）",
                 "上半年进展：已发放报废更新补贴2300份，另有300份正在审核。", JUNE, "ahead",
                 id="farm_machine_scrapping_subsidies_paid"),
    pytest.param("任务6　开展电动自行车以旧换新，全年完成以旧换新10万辆。（责任处室：消费促进处）",
                 "上半年进展：以旧换新补贴已发放3.6万份，资金已拨付到位。", JUNE, "behind",
                 id="e_bike_trade_ins_paid_under_band"),
    # guards: copies counted for a task counting copies, and a count of copies with no subsidy, stay as they are
    pytest.param("任务5　发放惠民消费券50万份。（责任处室：消费促进处）",
                 "已发放消费券20万份。", JUNE, "behind", id="guard_vouchers_in_copies_own_unit"),
    pytest.param("任务6　开展电动自行车以旧换新，全年完成以旧换新10万辆。（责任处室：消费促进处）",
                 "上半年进展：印发宣传资料8万份，活动正在推进。", JUNE, "on_track", id="guard_leaflets_no_subsidy"),
]

SERVICE_MEASURE = [
    pytest.param("任务11　服务贸易出口额增长9%。（责任处室：服务贸易处）",
                 "上半年进展：1-5月全市服务贸易出口额86亿元，同比增长6.1%。", JUNE, "behind",
                 id="service_exports_growth_under_floor"),
    pytest.param("任务11　服务贸易出口额增长9%。（责任处室：服务贸易处）",
                 "上半年进展：1-5月全市服务贸易出口额86亿元，同比增长10.3%。", JUNE, "on_track",
                 id="service_exports_growth_over_floor"),
    # guard: people served are still no work done toward a count of firms
    pytest.param("（2）新增科技型中小企业60家。牵头单位：科技局",
                 "服务企业120家，新增科技型中小企业28家。", JUNE, "on_track", id="guard_firms_served_no_count"),
]

TITLE_AWAITED = [
    pytest.param("9.森林乡村创建——目标：创建省级森林村庄2个。责任：林业站",
                 "2个村已通过省级评审，待公布。", OCT, "on_track", id="forest_villages_reviewed_awaiting_list"),
    pytest.param("（7）创建市级卫生村3个。牵头单位：爱卫办",
                 "3个村已通过市级评审，待公示。", SEPT, "on_track", id="healthy_villages_reviewed_awaiting_notice"),
    pytest.param("5.美丽乡村建设——目标：创建省级美丽乡村精品村1个。责任：农办",
                 "省级验收已通过，正等待命名。", OCT, "on_track", id="model_village_accepted_awaiting_naming"),
    pytest.param("（4）创建省级特色小镇1个。牵头单位：发改局",
                 "已通过省级考核验收，待授牌。", NOV, "on_track", id="town_accepted_awaiting_plaque"),
    pytest.param("5.美丽乡村建设——目标：创建省级美丽乡村精品村1个。责任：农办",
                 "省级验收已通过，正等待命名。", DEC, "behind", id="model_village_awaiting_naming_at_deadline"),
    pytest.param("5.美丽乡村建设——目标：创建省级美丽乡村精品村1个。责任：农办",
                 "已通过省级验收，已被命名为省级美丽乡村精品村。", OCT, "completed", id="guard_model_village_named"),
    # at the deadline the title still awaited is behind; guard: an event's result awaited stays the event held
    pytest.param("9.森林乡村创建——目标：创建省级森林村庄2个。责任：林业站",
                 "2个村已通过省级评审，待公布。", DEC, "behind", id="title_awaited_at_deadline_behind"),
    pytest.param("迎接国家卫生城市复审。责任单位：爱卫办。完成时限：12月底",
                 "已于9月迎接国家组织的复审暗访，复审结果待公布。", OCT, "completed", id="guard_review_received_result_pending"),
]

SIZE_CLASS = [
    pytest.param("（3）培育税收超千万元企业1家（某某制造）。牵头单位：税务局",
                 "某某制造上半年入库税收520万元，预计全年可超过1000万元。", JUNE, "on_track",
                 id="tax_class_firm_in_band_forecast_beside"),
    pytest.param("8.税源培育——目标：培育纳税超5000万元企业1家（某某物流）。责任：财政所",
                 "某某物流1-9月纳税1400万元。", SEPT, "seriously_behind", id="taxpayer_class_far_under"),
    pytest.param("（3）培育营收超5亿元企业1家。牵头单位：经信局",
                 "某某公司1-10月营业收入5.3亿元。", OCT, "completed", id="revenue_class_firm_reached"),
    # guards: two amounts, or a class counted more than once, keep their earlier reading
    pytest.param("（3）培育税收超千万元企业1家。牵头单位：税务局",
                 "某某公司上半年入库税收520万元，另一家入库税收300万元。", JUNE, "on_track", id="guard_two_firms_amounts"),
    pytest.param("（3）新增营收超10亿元企业2家。牵头单位：经信局",
                 "某某公司上半年营收6亿元。", JUNE, "unclear", id="guard_class_count_of_two"),
]


@pytest.mark.parametrize("task,progress,as_of,expected",
                         REST_TO_NEXT_YEAR + ROW_NUMBER + STOCK_HELD + SUBSIDY_COPIES + SERVICE_MEASURE + TITLE_AWAITED
                         + SIZE_CLASS)
def test_statusa63_rules(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
