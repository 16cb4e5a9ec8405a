"""Issue 11, statusd (stop 53): two ways supervision tables are written, from stop 53's held-out invented misses
(tests/test_status_heldout53.py), in other words.

A reply cell often opens with a lead-in before a colon: who reports (区卫健局：), the section's label (完成情况：,
进展情况：) or the date it speaks to (截至10月底：).  It is a label of the cell, not the name of a part, so a reply whose
clause after it says the item done as a whole (项目已于…竣工验收, 该项目已全面完工) closes the task as it does with no
lead-in, figures of what the thing now does beside it notwithstanding (rules/status_statements.py _REPLY_LEAD,
_closes_done; words.toml report.as_of_lead).  Guards: a step of the works said done after the lead-in (桩基, 主体,
stage.work_step) is no item done; the main works done with the fitting out going on stays on pace.

A task of one measure (a length, an area) answered under another verb or noun (清淤疏浚3公里 for 综合整治10公里) beside
the rest not begun or only prepared (剩余7公里…暂未动工): the figure done and the band decide (README rule question 4),
so under half the pace it is seriously behind, not only behind by the rest's stage; the rest's own figure in the measure
is what is left, not a second figure done (rules/status_stage.py StageAgainstDeadline, rules/works.py _measure_short).
Guards: over half the pace with the rest not begun stays behind; the rest under way before two-thirds of the time holds
the pace."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

# (task, progress, as of, expected)
LEAD_IN_THEN_DONE = [
    ("建设区级应急指挥中心，10月底前投入使用。",
     "截至10月底：该项目已于9月中旬竣工验收，10月8日投入使用，入驻值班人员40名。", date(2026, 10, 31), "completed"),
    ("新建第二人民医院门诊楼，年底前交付使用。",
     "区卫健局：项目已于11月底竣工验收，12月起接诊患者，日均门诊量800人次。", date(2026, 12, 31), "completed"),
    ("改造提升城东农贸市场，年内完成。", "完成情况：该项目已全面完工，新增摊位120个。", date(2026, 12, 31), "completed"),
    ("新建城北污水泵站，年内建成。", "进展情况：项目已竣工并通过验收，日处理能力2万吨。", date(2026, 12, 31), "completed"),
]
LEAD_IN_GUARDS = [
    # a step of the works said done after the lead-in is no item done
    ("新建区图书馆，年内建成开放。", "区文旅局：项目已完成桩基施工，地下室结构施工完成60%。", date(2026, 6, 30), "on_track"),
    ("新建区图书馆，年内建成开放。", "截至9月底：项目主体已完工，正在进行内部装修，预计12月开放。", date(2026, 9, 30), "on_track"),
]

REST_IDLE_UNDER_HALF = [
    ("完成某湖岸线生态修复15公里", "已完成护岸整治4公里；其余11公里涉及房屋征收，暂未开工。", date(2026, 9, 30), "seriously_behind"),
    ("完成某溪流综合整治10公里", "已完成清淤疏浚3公里；剩余7公里尚未完成征地，暂未动工。", date(2026, 9, 30), "seriously_behind"),
    ("完成某溪流综合整治10公里", "截至9月底：已完成清淤疏浚3公里；剩余7公里尚未完成征地，暂未动工。", date(2026, 9, 30),
     "seriously_behind"),
]
REST_IDLE_GUARDS = [
    # over half the pace, the rest not begun: behind
    ("完成某湖岸线生态修复15公里", "已完成护岸整治8公里；其余7公里涉及房屋征收，暂未开工。", date(2026, 9, 30), "behind"),
    ("完成城区背街小巷改造8万平方米", "已完成路面修复5万平方米，其余3万平方米尚未开工。", date(2026, 10, 31), "behind"),
    # the rest under way before two-thirds of the time: on pace (rule question 4)
    ("实施城区供水管网改造25公里", "已完成管道铺设6公里，其余19公里正在开挖施工。", date(2026, 6, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected",
                         LEAD_IN_THEN_DONE + LEAD_IN_GUARDS + REST_IDLE_UNDER_HALF + REST_IDLE_GUARDS)
def test_stop53d(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
