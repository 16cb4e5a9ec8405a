"""The verdict's reason says what was compared (statusf, stop 63).

A level target (保持在…以上, 稳定在…, 不低于…, a rate to hold) is held or not all year: its reason said 与序时进度…相当 or
低于序时进度…, comparing the level with the linear pace, which is false for a level.  Now the reason says the level held
(达到目标水平，须保持至期末), the level under (低于目标水平), a cap kept or exceeded (在目标上限以内 / 超出目标上限), and a
level held to the year's end whose figure falls short says so.  And a sheet's row label before the measure (任务7 …,
序号9｜…, a category 【…】) is the row's, not the measure's words: the reason names the measure without it.  Every row
is written for this file in other words than any label row; the statuses are those the engine gave before (the reason
alone changes).  Guards: a count or an amount against the pace keeps its pace words; a count of 项 after 任务 is no
row label."""

from datetime import date

import pytest

from luoshi.engine.rules.status import shown_measure
from tests.status_judge import judge

pytestmark = pytest.mark.engine

MID = date(2025, 6, 30)
END = date(2025, 12, 31)

# (task, progress, as_of, status, a fragment the reason holds, a fragment it must not hold)
CASES = [
    ("全县适龄儿童疫苗接种率保持在95%以上", "上半年全县适龄儿童疫苗接种率96.4%。", MID, "on_track",
     "达到目标水平，须保持至期末，判达进度", "序时进度"),
    ("农村集中供水率稳定在92%以上", "截至6月底农村集中供水率为90.3%。", MID, "behind", "低于目标水平，判欠进度", "序时进度"),
    ("政务服务好评率不低于99%", "全年政务服务好评率99.6%。", END, "completed", "达到目标水平，判已完成", "序时进度"),
    ("城镇登记失业率控制在3.5%以内", "二季度末城镇登记失业率3.1%。", MID, "on_track",
     "在目标上限以内，须保持至期末，判达进度", "序时进度"),
    ("城镇登记失业率控制在3.5%以内", "二季度末城镇登记失业率3.9%。", MID, "behind", "超出目标上限，判欠进度", "序时进度"),
    ("全县一般公共预算收入增长6%", "上半年一般公共预算收入同比下降4.2%。", MID, "seriously_behind",
     "同比下降，低于目标水平，判严重滞后", "序时进度"),
    ("生猪存栏量稳定在20万头以上", "年末生猪存栏18.7万头。", END, "behind", "低于目标水平，判欠进度", "序时进度"),
    # guards: a count or an amount done along the year keeps its pace words
    ("新建村级文化广场40个", "上半年已建成村级文化广场21个。", MID, "on_track", "与序时进度", "目标水平"),
    ("全年完成农田水利投资2.4亿元", "1-6月完成农田水利投资0.7亿元。", MID, "behind", "低于序时进度", "目标水平"),
]


@pytest.mark.parametrize("task,progress,as_of,status,said,unsaid", CASES, ids=[f"{t}|{p[:8]}" for t, p, *_ in CASES])
def test_level_reason(task, progress, as_of, status, said, unsaid):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
    assert said in a.reason and unsaid not in a.reason, a.reason


# (text as a sheet writes the task, the measure a reason names)
LABELS = [
    ("任务7 新建乡镇污水处理站5座", "新建乡镇污水处理站5座"),
    ("序号9｜森林覆盖率稳定在62%以上", "森林覆盖率稳定在62%以上"),
    ("重点任务3新增城镇就业2000人", "新增城镇就业2000人"),
    ("事项12　改造老旧管网8公里", "改造老旧管网8公里"),
    ("【民生保障】城乡低保标准提高到每月800元", "城乡低保标准提高到每月800元"),
    ("【产业发展】任务4 培育专精特新企业10家", "培育专精特新企业10家"),
    # guards: a count of tasks or items after the word is the measure, never a label
    ("完成改革任务12项", "完成改革任务12项"),
    ("任务2项已部署", "任务2项已部署"),
    ("任务3万亩造林", "任务3万亩造林"),
    ("新建村级文化广场40个", "新建村级文化广场40个"),
]


@pytest.mark.parametrize("text,measure", LABELS, ids=[t for t, _ in LABELS])
def test_shown_measure(text, measure):
    assert shown_measure(text) == measure


def test_reason_names_the_measure_not_the_row():
    a = judge("任务6 新建口袋公园12个", "上半年已建成口袋公园7个。", MID)
    assert a.reason.startswith("目标新建口袋公园12个"), a.reason
