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
        "bought_in_use_count_met",
        "工作任务：为城管执法大队配置巡查电动车24台。责任处室：装备保障处",
        "三季度进展：24台巡查电动车已全部采购到位，完成登记上牌和标识喷涂，并已投入日常巡查。",
        date(2026, 9, 30),
        "completed",
        "24 of 24 bought and in daily use is read as a count below the pace to term (74.8%), behind; every unit is "
        "bought and in use, the count met, completed",
    ),
    (
        "start_deadline_passed_only_approvals",
        "工作任务：某某物流园一期工程9月底前开工。责任处室：项目推进处",
        "三季度进展：项目林地使用审核已获批复，初步设计正在报市住建局审查，尚未开工。",
        date(2026, 9, 30),
        "seriously_behind",
        "an approval granted (…使用审核已获批复) is read as the task said done, completed; the task is a start by a "
        "deadline now reached, the project is still at approvals and has not begun, seriously behind",
    ),
    (
        "works_done_served_over_count",
        "目标任务：实施集中供水管网延伸工程，解决1500人安全饮水问题。",
        "完成情况：管网延伸工程已全部完工并通水，惠及群众1620人。",
        date(2026, 12, 31),
        "completed",
        "the works finished and water flowing is read as part of the work done at the year's end, behind; the works are "
        "done and 1,620 served of 1,500 is over the count, completed",
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
        "coverage_short_rest_not_begun",
        "目标任务：农村户厕改造实现行政村全覆盖。",
        "完成情况：已在21个行政村推行户厕改造，其余4个村尚未启动。",
        date(2026, 12, 31),
        "behind",
        "the villages done are read as work reported with no quantity, on track; full coverage at the year's end with "
        "21 villages done and 4 not begun is short of the whole, behind",
    ),
    (
        "zero_aim_one_found_year_end",
        "目标任务：全年工业企业违法排污“零发生”。",
        "完成情况：全年在线监测发现企业超标排放1次，已依法立案查处，并对企业负责人约谈问责。",
        date(2026, 12, 31),
        "behind",
        "the handling of the case is read as work reported with no quantity, on track; a zero aim for the year with one "
        "occurrence found is not kept, and the year is over, behind",
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
