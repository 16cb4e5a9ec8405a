"""statusa, stop 61: the held-out misses of stop 60 (tests/test_status_heldout60.py) mended by general rules, each rule
shown here in texts of our own — other tasks, other fields, other figures, the same way of writing — with guards that
stay as they were.  None of these is a held-out row's text."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

D = date

# A task's label with its own number before the colon (目标任务17：, 目标任务二：, 年度任务（三）：; task_parts._HEAD_TARGET_LABEL,
# words.toml task.target_label): no head of the verb after it, so the clause is the task's part — a document said issued
# after it, with the next step written beside it, is the task done.
NUMBERED_LABEL = [
    ("label_number_document_issued_next_step_beside", "目标任务5：6月底前出台《某某区促进楼宇经济高质量发展若干措施》",
     "《若干措施》已于6月3日经区政府常务会议审议通过并印发实施。下一步：抓好政策兑现。", D(2026, 6, 30), "completed"),
    ("label_cn_number_document_issued_after_section_label", "目标任务二：9月底前出台《某某县促进文旅消费若干措施》",
     "完成情况：《若干措施》已于9月12日经县政府常务会议研究通过并印发执行。下步打算：开展政策宣讲。", D(2026, 9, 30), "completed"),
    ("label_number_platform_online_next_step_beside", "目标任务12：5月底前建成区级政务服务“一网通办”平台",
     "平台已于5月20日上线运行。下半年工作打算：扩大事项覆盖。", D(2026, 6, 30), "completed"),
    # guard: a draft only, at the deadline, stays short
    ("label_number_draft_only_at_deadline", "目标任务8：6月底前出台《某某区支持小微企业融资若干办法》",
     "《若干办法》征求意见稿已完成，正在征求部门意见。下一步提请常务会议审议。", D(2026, 6, 30), "behind"),
]

# A count done at the homes under another works verb than the task's (入户更换, 上门安装, 逐户改造: words.toml
# figure.terse_verb): the count of the task's items done — not a step of preparation done at the homes (入户调查).
DOOR_TO_DOOR = [
    ("door_to_door_install_count_on_pace", "年内完成3000户困难家庭适老化改造", "已上门安装1600户。", D(2026, 6, 30), "on_track"),
    ("door_to_door_replace_after_tender_under_half", "完成农村低压电表智能化改造2万户", "已完成电表招标采购，已入户更换4200户。",
     D(2026, 6, 30), "seriously_behind"),
    ("house_by_house_count_in_band", "完成城区二次供水设施改造8000户", "已逐户改造6100户。", D(2026, 9, 30), "on_track"),
    # guard: a survey at the homes is preparation, no count done
    ("door_to_door_survey_no_count", "完成老旧小区燃气表具更新改造1.5万户", "已入户调查9000户，正在组织招标。", D(2026, 6, 30),
     "behind"),
]

# A title or approval applied for (提交…申请 with its name between), a first review passed (通过…初审), a decision awaited
# from its body (待…评定/评审): submitted for a later decision, under way (rule question 12; clauses._applied_or_awaited).
APPLIED_OR_AWAITED = [
    ("application_filed_awaiting_decision", "创建国家级全域旅游示范区",
     "已向文化和旅游部递交示范区创建验收申请，待国家组织评定。", D(2026, 9, 30), "on_track"),
    ("first_review_passed_sent_up", "新增省级工业设计中心2家", "某某机械、某某电子已通过市工信局初审，材料已报省工信厅。",
     D(2026, 6, 30), "on_track"),
    ("self_check_done_awaiting_body_review", "创建国家级绿色矿山1座", "某某矿业公司已完成自评，待自然资源部组织专家评审。",
     D(2026, 8, 31), "on_track"),
    # guard: the title still awaited at the year's end is short
    ("title_still_awaited_year_end", "创建国家级绿色工厂1家", "某某纺织公司已提交绿色工厂评价申请，待国家组织评定。",
     D(2026, 12, 31), "behind"),
]

# A measure per head counted in occurrences (每千人4批次, 每万人2次: words.toml level.per_head_flow_unit) is built up along
# the year as a count is; a measure per head counted in things held (托位数…个) stays a level (rule question 9).
PER_HEAD_FLOW = [
    ("per_head_sampling_half_year_on_pace", "食品抽检量达到每千人4批次", "1-6月已完成食品抽检每千人2.1批次。", D(2026, 6, 30),
     "on_track"),
    ("per_head_monitoring_under_half_september", "全年农产品质量安全监测量达到每千人1.5批次",
     "截至9月底，全市农产品监测每千人0.5批次。", D(2026, 9, 30), "seriously_behind"),
    ("per_head_checks_reached_october", "特种设备监督检查量达到每万人2次", "今年以来累计监督检查每万人2.2次。", D(2026, 10, 31),
     "completed"),
    # guard: a stock per head short at mid-year stays behind
    ("per_head_stock_level_short", "每千人口拥有3岁以下婴幼儿托位数达到4.5个", "目前每千人口托位数4.1个。", D(2026, 6, 30),
     "behind"),
]

# A task asking one step of the works itself (完成…内部装修, 完成…布展: words.toml stage.work_step after its result verb),
# its own step still at its preparation past mid-year beside another step finished (主体工程已完工, 土建已全部完工): the
# other step is work before the task's, the task's own step is read where it stands — behind by the stage ladder (rule
# question 4; clauses.other_work_step, own_step_preparing).
OTHER_STEP_DONE = [
    ("fit_out_at_tender_past_midyear_shell_done", "年内完成区文化馆内部装修并投入使用", "文化馆主体工程已完工，装修施工正在招标。",
     D(2026, 7, 31), "behind"),
    ("exhibits_at_design_past_midyear_building_done", "年底前完成城市展览馆布展并对外开放",
     "展览馆土建已全部完工，布展设计方案正在编制。", D(2026, 9, 30), "behind"),
    # guards: before mid-year at tender, the own step under way, a task to build the whole
    ("fit_out_at_tender_early_shell_done", "年内完成区文化馆内部装修并投入使用", "文化馆主体工程已完工，装修施工正在招标。",
     D(2026, 4, 30), "on_track"),
    ("fit_out_under_way_shell_done", "年内完成区文化馆内部装修并投入使用", "文化馆主体工程已完工，装修已进场施工。", D(2026, 7, 31),
     "on_track"),
    ("whole_building_task_shell_done_fit_out_designing", "年内建成区文化馆", "文化馆主体工程已完工，装修设计正在深化。",
     D(2026, 7, 31), "on_track"),
]

# Land requisition (征地) is preparation, as 征收 and 征迁 are (judging.toml words.preparing): a start target past its
# deadline with only the land being requisitioned has not begun.
LAND_REQUISITION = [
    ("start_target_land_requisition_only_year_end", "年内开工建设某某水厂",
     "项目可研已获批复，正在开展征地工作，年内未能开工。", D(2026, 12, 31), "seriously_behind"),
    ("build_target_land_requisition_past_midyear", "年内建成某某物流园道路",
     "正在开展征地工作。", D(2026, 8, 31), "behind"),
]

CASES = NUMBERED_LABEL + DOOR_TO_DOOR + APPLIED_OR_AWAITED + PER_HEAD_FLOW + OTHER_STEP_DONE + LAND_REQUISITION


@pytest.mark.parametrize("phenomenon,task,progress,as_of,expected", CASES, ids=[c[0] for c in CASES])
def test_statusa61(phenomenon, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
