"""Issue 11, statusd (stop 54): the plain errors among the misses of stop 54's held-out invented status sets —
invented217, invented218 and invented219 (bench/labels/status/, sealed by holdout, committed in 78e6d0d9) — held-out
first runs of stop 54, judged once by the lead (21, 18 and 16 of 22).  The sets are dev now; each case here is written
in other words than its row (another task, another field, the same way of writing), with the status the row's reading
gives.  Stop 54 mended four (MENDED_HELDOUT54) and left five strict xfails; stop 55 (statusd) mended those five by
general rules (MENDED_STOP55, each with more cases in other words and guards).  The other three misses (a behind read on track twice, once the label's alt,
and a seriously behind read behind, the label's alt) are not plain errors and are not cases here."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

# statusd, stop 55: the five strict xfails stop 54 left, mended by general rules — each the row's phenomenon in other
# words, with two or three more cases of how progress reports write it, and guards (GUARDS_STOP55):
# * a permit or study before the start approved (林地使用审核已获批复, 可行性研究报告已获批复: words.toml
#   stage.preparatory_object 使用审核, 可行性研究报告; judging.toml words.preparing 可行性研究, 使用审核; a long object's
#   name reaching into the six characters before the finish word, rules/clauses._prep_near) is preparation, not the
#   start done — past the start's deadline, not begun, seriously behind;
# * the people a finished work benefits (惠及群众1620人, 受益群众3500户: judging.toml words.benefit_verb) answer a task to
#   solve a problem for a count of people (解决1500人安全饮水问题: words.solve_for_people, words.problem_noun;
#   rules/building.py, rules/assigning._match) — not while the rest of the works go on;
# * a title granted (被授予…称号, 被命名为…, 已获…称号: words.toml status.title_granted, status.title_noun) is a
#   creation task done (rules TitleGranted) — not a grant waited for or intended (status.title_not_yet);
# * a zero aim on unlawful acts (违法排污“零发生”: words.toml report.unlawful_aim) broken by a thing found and handled as an
#   offence (发现企业超标排放1次，已依法立案查处: report.case_filed; rules/status_parts._occurred).
MENDED_STOP55 = [
    (
        "start_deadline_passed_approval_by_audit",
        "工作任务：某某物流园一期工程9月底前开工。责任处室：项目推进处",
        "三季度进展：项目林地使用审核已获批复，初步设计正在报市住建局审查，尚未开工。",
        date(2026, 9, 30),
        "seriously_behind",
    ),
    (
        "start_deadline_passed_feasibility_approved",
        "工作任务：某某物流园一期工程9月底前开工。责任处室：项目推进处",
        "三季度进展：项目可行性研究报告已获批复，尚未开工。",
        date(2026, 9, 30),
        "seriously_behind",
    ),
    ("sea_use_audit_approved_start_due", "开工建设渔港码头改造工程。", "项目海域使用审核已获批，施工图设计正在编制。",
     date(2026, 12, 31), "seriously_behind"),
    ("feasibility_approved_mid_year", "年内开工建设城西水厂二期。", "城西水厂二期可行性研究报告已批复，正在开展初步设计。",
     date(2026, 7, 31), "behind"),
    ("feasibility_approved_early", "年内开工建设城西水厂二期。", "城西水厂二期可行性研究报告已获市发改委批复。",
     date(2026, 3, 31), "on_track"),
    (
        "works_done_served_over_count",
        "目标任务：实施集中供水管网延伸工程，解决1500人安全饮水问题。",
        "完成情况：管网延伸工程已全部完工并通水，惠及群众1620人。",
        date(2026, 12, 31),
        "completed",
    ),
    ("road_built_households_benefit", "新建通村公路8公里，解决600户群众出行难问题。",
     "8公里通村公路已全部建成通车，受益群众650户。", date(2026, 12, 31), "completed"),
    ("works_done_served_short", "实施农村供水保障工程，解决2000人饮水不安全问题。",
     "工程已完工并通水，惠及群众1500人。", date(2026, 12, 31), "behind"),
    (
        "title_named_at_year_end",
        "目标任务：创建市级“文明村镇”。",
        "完成情况：各村均已修订村规民约，全年开展志愿服务活动120场次，12月经市文明委测评验收，被授予市级“文明村镇”称号。",
        date(2026, 12, 31),
        "completed",
    ),
    ("title_named_as", "创建省级卫生乡镇。", "已通过省爱卫会考核验收，被命名为省级卫生乡镇。", date(2026, 11, 30), "completed"),
    ("title_obtained_mid_year", "争创省级生态文明建设示范村。", "各项创建工作有序推进，已获省级生态文明建设示范村称号。",
     date(2026, 6, 30), "completed"),
    (
        "zero_aim_found_under_another_name",
        "目标任务：全年工业企业违法排污“零发生”。",
        "完成情况：全年在线监测发现企业超标排放1次，已依法立案查处，并对企业负责人约谈问责。",
        date(2026, 12, 31),
        "behind",
    ),
    ("zero_unlawful_land_broken", "全年违法用地“零新增”。", "卫片执法检查发现未批先建2宗，已立案查处并拆除复耕。",
     date(2026, 12, 31), "behind"),
]

# Guards: what the stop 55 rules leave alone.
GUARDS_STOP55 = [
    # the task's own work is the feasibility study: its report finished is the task done
    ("own_feasibility_study_done", "完成城西水厂二期可行性研究报告编制。", "城西水厂二期可行性研究报告已编制完成并通过专家评审。",
     date(2026, 9, 30), "completed"),
    # people benefiting so far while the rest of the works go on: the stage decides, not the count
    ("benefit_so_far_rest_under_way", "实施农村饮水安全巩固提升工程，解决1.2万人饮水问题。",
     "10处集中供水点中已完工4处，其余6处正在施工，已受益群众0.45万人。", date(2026, 6, 30), "on_track"),
    # people served by a service task are no count of another target
    ("service_people_served", "开展送医下乡服务群众2000人。", "已开展送医下乡活动，惠及群众1620人。", date(2026, 12, 31), "unclear"),
    # the benefit foretold: the works under way at the year's end
    ("benefit_foretold", "实施集中供水管网延伸工程，解决1500人安全饮水问题。", "管网延伸工程正在施工，建成后将惠及群众1620人。",
     date(2026, 12, 31), "behind"),
    # a title waited for, proposed or hoped for is not granted
    ("title_pending_naming", "争创国家级全域旅游示范区。", "申报材料已上报，待文旅部命名为国家全域旅游示范区。", date(2026, 12, 31),
     "behind"),
    ("title_proposed", "创建省级卫生乡镇。", "已通过省级暗访评估，拟命名为省级卫生乡镇，正在公示。", date(2026, 12, 31), "on_track"),
    ("title_hoped_next_year", "创建国家森林城市。", "已完成国家森林城市创建总体规划编制，力争明年获评国家森林城市。",
     date(2026, 6, 30), "on_track"),
    # a count of titled items answered by one of them: the figures decide
    ("titled_count_short", "创建省级示范性幼儿园2所。", "1所已被授予省级示范性幼儿园称号。", date(2026, 12, 31), "behind"),
    # a finding checked and found lawful is no offence
    ("found_lawful", "全年新增违法用地“零增长”。", "全年卫片执法检查发现疑似违法图斑3宗，经核实均为合法用地。", date(2026, 12, 31),
     "on_track"),
]


@pytest.mark.parametrize("phenomenon,task,progress,as_of,expected", MENDED_STOP55 + GUARDS_STOP55,
                         ids=[c[0] for c in MENDED_STOP55 + GUARDS_STOP55])
def test_heldout54_stop55(phenomenon, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# statusd, stop 54: mended by general rules — a count bought in place (采购到位) for a task of equipping is done, not
# preparation (judging.toml words.equip_task, rules/building.py); a study's 论证 approved is a paper before the start
# (words.toml stage.preparatory_object); coverage answered by the units reached and the rest counted as not begun is
# the share reached, short of the whole behind (rules/status_measures.py CoverageByCount, _covered_with_rest); a zero
# aim broken by the task's own thing found with a count (发现…火点1个: words.toml report.found_verb, rules/status_parts.py
# _occurred).  Each with a guard beside it: the neighbouring reading the rule must not take.
MENDED_HELDOUT54 = [
    (
        "bought_in_use_count_met",
        "工作任务：为城管执法大队配置巡查电动车24台。责任处室：装备保障处",
        "三季度进展：24台巡查电动车已全部采购到位，完成登记上牌和标识喷涂，并已投入日常巡查。",
        date(2026, 9, 30),
        "completed",
    ),
    (
        "bought_in_place_alone",
        "工作任务：为乡镇卫生院配备救护车6辆。责任处室：医政科",
        "三季度进展：6辆救护车已全部采购到位。",
        date(2026, 9, 30),
        "completed",
    ),
    (
        "start_deadline_passed_study_approved",
        "工作任务：某某物流园一期工程9月底前开工。责任处室：项目推进处",
        "三季度进展：项目林地使用论证报告已获批复，初步设计正在报市住建局审查，尚未开工。",
        date(2026, 9, 30),
        "seriously_behind",
    ),
    (
        "coverage_short_rest_not_begun",
        "目标任务：农村户厕改造实现行政村全覆盖。",
        "完成情况：已在21个行政村推行户厕改造，其余4个村尚未启动。",
        date(2026, 12, 31),
        "behind",
    ),
    (
        "coverage_under_half_rest_not_begun",
        "目标任务：村级综合服务站实现行政村全覆盖。",
        "完成情况：已在6个行政村建成综合服务站，剩余14个村尚未动工。",
        date(2026, 12, 31),
        "seriously_behind",
    ),
    (
        "coverage_rest_not_begun_mid_year",
        "目标任务：村级综合服务站实现行政村全覆盖。",
        "完成情况：已在10个行政村建成综合服务站，其余10个村尚未启动。",
        date(2026, 6, 30),
        "behind",
    ),
    (
        "zero_aim_own_thing_found",
        "目标任务：全年工业企业违法排污“零发生”。",
        "完成情况：全年执法检查发现企业违法排污1起，已依法立案查处。",
        date(2026, 12, 31),
        "behind",
    ),
]

# Guards: the neighbouring readings the mending rules leave alone.
GUARDS_HELDOUT54 = [
    # dangers found and put right are not the accident a zero target counts (the found thing's last word 隐患)
    (
        "zero_aim_dangers_found_none_occurred",
        "目标任务：全年较大及以上生产安全事故零发生。",
        "完成情况：全年排查发现生产安全隐患32处，已全部整改到位，未发生生产安全事故。",
        date(2026, 12, 31),
        "completed",
    ),
    # the rest under way, not counted as not begun: the coverage rule leaves it to the stage rules (rule question 22)
    (
        "coverage_rest_under_way_mid_year",
        "目标任务：村级综合服务站实现行政村全覆盖。",
        "完成情况：已在10个行政村建成综合服务站，其余10个村正在施工。",
        date(2026, 6, 30),
        "on_track",
    ),
    # a study report that is the task's own work stays done
    (
        "own_study_report_done",
        "工作任务：完成某某课题研究报告编写。",
        "三季度进展：已完成课题研究报告编写并通过专家评审。",
        date(2026, 9, 30),
        "completed",
    ),
]


@pytest.mark.parametrize("phenomenon,task,progress,as_of,expected", MENDED_HELDOUT54 + GUARDS_HELDOUT54)
def test_heldout54_mended(phenomenon, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
