"""Issue 11, statusd (stop 54): the plain errors among the misses of stop 54's held-out invented status sets —
invented217, invented218 and invented219 (bench/labels/status/, sealed by holdout, committed in 78e6d0d9) — held-out
first runs of stop 54, judged once by the lead (21, 18 and 16 of 22).  The sets are dev now; each case here is written
in other words than its row (another task, another field, the same way of writing), with the status the row's reading
gives and a reason saying what the engine answers today and why that is wrong.  A fix makes its case pass (and moves it
to MENDED_HELDOUT54).  The other three misses (a behind read on track twice, once the label's alt,
and a seriously behind read behind, the label's alt) are not plain errors and are not cases here."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

# (phenomenon, task, progress, as of, the status by reading, why the engine errs today)
MISSES_HELDOUT54 = [
    (
        "start_deadline_passed_approval_by_audit",
        "工作任务：某某物流园一期工程9月底前开工。责任处室：项目推进处",
        "三季度进展：项目林地使用审核已获批复，初步设计正在报市住建局审查，尚未开工。",
        date(2026, 9, 30),
        "seriously_behind",
        "an audit approved (…使用审核已获批复: 审核 is no preparatory object, as it may be a recognition's own step) is read "
        "as the task said done, completed; the task is a start by a deadline now reached, the project is still at "
        "approvals and has not begun, seriously behind",
    ),
    (
        "start_deadline_passed_feasibility_approved",
        "工作任务：某某物流园一期工程9月底前开工。责任处室：项目推进处",
        "三季度进展：项目可行性研究报告已获批复，尚未开工。",
        date(2026, 9, 30),
        "seriously_behind",
        "the approval's preparatory object (可行性) stands more than six characters before 已获批, out of clause_stage's "
        "reach, so the approval is read as the task done, completed; not begun past the start's deadline, seriously behind",
    ),
    (
        "works_done_served_over_count",
        "目标任务：实施集中供水管网延伸工程，解决1500人安全饮水问题。",
        "完成情况：管网延伸工程已全部完工并通水，惠及群众1620人。",
        date(2026, 12, 31),
        "completed",
        "the people served (惠及, a verb of service, words.other_verb) are no count of the target, so the works finished "
        "and water flowing are read as part of the work done at the year's end, behind; the works are done and 1,620 "
        "served of 1,500 whose problem was to be solved is over the count, completed",
    ),
    (
        "title_named_at_year_end",
        "目标任务：创建市级“文明村镇”。",
        "完成情况：各村均已修订村规民约，全年开展志愿服务活动120场次，12月经市文明委测评验收，被授予市级“文明村镇”称号。",
        date(2026, 12, 31),
        "completed",
        "the work listed is read by stages, on track; the creation's aim is the title, and it was granted at the year's "
        "end, completed",
    ),
    (
        "zero_aim_found_under_another_name",
        "目标任务：全年工业企业违法排污“零发生”。",
        "完成情况：全年在线监测发现企业超标排放1次，已依法立案查处，并对企业负责人约谈问责。",
        date(2026, 12, 31),
        "behind",
        "the thing found (超标排放) is not the task's own word (排污), so the handling of the case is read as work with no "
        "quantity, on track; a zero aim for the year with one occurrence found is not kept, behind",
    ),
]


@pytest.mark.parametrize(
    "phenomenon,task,progress,as_of,expected",
    [
        pytest.param(
            ph, task, progress, as_of, expected, id=ph, marks=pytest.mark.xfail(strict=True, reason=reason)
        )
        for ph, task, progress, as_of, expected, reason in MISSES_HELDOUT54
    ],
)
def test_heldout54_miss(phenomenon, task, progress, as_of, expected):
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
