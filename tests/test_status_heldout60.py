"""Issue 11, statusd (stop 60): the misses of stop 60's held-out invented status sets — invented241, invented242 and
invented243 (bench/labels/status/, sealed by holdout, committed in d7bbfd61) — first runs judged once by the lead with
the first round's last engine (five misses).  The sets are dev now, their rows still held out of the fitted figures;
each case here is written in other words than its row (another task, another field, other figures, the same way of
writing), with the status the row's reading gives.  Known misses are strict xfails, each with a reason describing the
phenomenon as the label row reads it."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


# Mended by statusa at stop 61, each by a general rule written from texts of our own (tests/test_status_statusa61.py),
# the cases below kept in place without their marks: a title applied for and awaiting the deciding body's review under
# way (clauses._applied_or_awaited, rule question 12); a task's own step of the works still at its preparation past
# mid-year beside another step finished (clauses.other_work_step, own_step_preparing; rule question 4); a count done at
# the homes under another works verb (words.toml figure.terse_verb 入户, 更换); a task's label with its own number before
# its colon (task_parts._HEAD_TARGET_LABEL); a measure per head counted in occurrences built up along the year (words.toml
# level.per_head_flow_unit).
KNOWN_MISSES_HELDOUT60 = [
    pytest.param(
        "目标任务6：创建国家级绿色工厂1家（分管领导：某某；责任科室：节能环保科）",
        "上半年完成情况：某某纺织公司已通过省工信厅初审，已向工业和信息化部提交绿色工厂评价申请，待国家组织评定。"
        "下半年工作打算：对标补齐短板，迎接国家评定。",
        date(2026, 6, 30),
        "on_track",
        id="national_title_applied_for_awaiting_review",
    ),
    pytest.param(
        "目标任务9：市图书馆新馆年内完成内部装修并开馆运行（分管领导：某某；责任科室：公共服务科）",
        "上半年完成情况：新馆土建工程已完工并通过验收，室内装修设计已经专家论证，装修工程正在组织招标。"
        "下半年工作打算：8月进场装修，12月开馆试运行。",
        date(2026, 6, 30),
        "behind",
        id="fit_out_and_open_fit_out_still_at_tender_midyear",
    ),
    pytest.param(
        "目标任务11：完成老旧小区燃气表具更新改造1.5万户（分管领导：某某；责任科室：公用事业科）",
        "上半年完成情况：已完成智能燃气表集中采购，已入户更换3600户。下半年工作打算：分片区组织施工队伍，加快入户更换。",
        date(2026, 6, 30),
        "seriously_behind",
        id="households_count_under_other_verb_after_procurement",
    ),
    pytest.param(
        "目标任务17：4月底前出台《某某市支持夜间经济发展若干政策》（分管领导：某某；责任科室：综合规划科）",
        "上半年完成情况：《若干政策》已于4月16日经市政府常务会议研究通过并印发执行。下半年工作打算：跟踪政策兑现情况。",
        date(2026, 6, 30),
        "completed",
        id="policy_by_short_title_passed_and_issued_in_time",
    ),
    pytest.param(
        "（八）药品抽检：全省药品质量抽检量达到每万人3批次。（牵头单位：省药品监管局）",
        "截至11月底，全省已完成药品质量抽检每万人2.8批次。",
        date(2026, 11, 30),
        "on_track",
        id="sampling_per_head_accumulates_in_band",
    ),
]


@pytest.mark.parametrize("task,progress,as_of,expected", KNOWN_MISSES_HELDOUT60)
def test_heldout60_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


# statusd, stop 60: mended by general rules, in texts of our own (none of them a held-out row's):
# * a reply's heading naming the period it covers before a section's label (上半年完成情况：, 1-6月工作进展：, 上半年进展：)
#   is a lead-in of the cell as 完成情况： is (rules/clauses._REPLY_LEAD, words.toml report.section_label and
#   report.period_heading_tail), so the document said issued after it is the task's own object;
# * a clause part's stage is read with the cell's label before its colon set aside (clauses._LABEL_ONLY_LEAD in
#   judging_clauses._clause_stage): the 完成 of 完成情况： is no verb done on another object.  The reporting unit's name
#   before its colon (县交通运输局：) is kept there, as before.
MENDED_HELDOUT60 = [
    (
        "document_issued_after_period_heading_then_next_step",
        "5月底前出台《某某区支持小微企业融资若干办法》",
        "上半年完成情况：《若干办法》已于5月8日经区政府常务会议审议通过并印发实施。下一步将做好政策解读。",
        date(2026, 6, 30),
        "completed",
    ),
    (
        "document_passed_then_issued_after_section_label",
        "8月底前出台《某某市促进夜间经济发展若干措施》。（牵头单位：市商务局）",
        "完成情况：《若干措施》已于8月5日经市政府常务会议审议通过，8月15日印发实施，配套出台细则2项。",
        date(2026, 10, 31),
        "completed",
    ),
    (
        "document_issued_after_half_year_progress_heading",
        "6月底前出台《某某区支持小微企业融资若干办法》",
        "上半年进展：《若干办法》已于6月10日印发实施。下一步：加强政策宣传。",
        date(2026, 6, 30),
        "completed",
    ),
]

GUARDS_HELDOUT60 = [
    # a draft only, after the same heading, stays short of the document at its deadline; a month-range heading before a
    # plan issued stays done; the reporting unit's name before its colon is still no label set aside (one approval of
    # the preparation, the next step going on, is the preparation under way)
    (
        "draft_only_after_period_heading_at_deadline",
        "6月底前出台《某某区支持小微企业融资若干办法》",
        "上半年完成情况：《若干办法》征求意见稿已完成，正在征求部门意见。下一步将提请区政府常务会议审议。",
        date(2026, 6, 30),
        "behind",
    ),
    (
        "plan_issued_after_month_range_heading",
        "9月底前印发《某某县农村人居环境整治提升实施方案》",
        "1-9月进展：《实施方案》已于8月26日经县委农办审定后印发。下步打算：抓好方案落实。",
        date(2026, 9, 30),
        "completed",
    ),
    (
        "unit_lead_preparation_one_step_approved_next_going_on",
        "完成某某物流园项目前期工作，力争明年开工",
        "县交通运输局：项目可研已于8月批复，正在开展初步设计，预计11月完成设计审查。",
        date(2026, 10, 31),
        "on_track",
    ),
]


@pytest.mark.parametrize(
    "phenomenon,task,progress,as_of,expected",
    MENDED_HELDOUT60 + GUARDS_HELDOUT60,
    ids=[c[0] for c in MENDED_HELDOUT60 + GUARDS_HELDOUT60],
)
def test_heldout60_mended(phenomenon, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
