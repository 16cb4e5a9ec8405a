"""Issue 11, statuse (stop 63, second round): stop 63's held-out status misses (invented255–257) mended by general
rules, tested on sentences written here in other words than any label row, each with guards that must not move.

* A ledger's bare target field before a quarter and a start (目标：三季度开工建设…, words.toml task.target_label 目标)
  is no head of the start verb: the clause is the start target, reached once the works have begun (permit, ceremony,
  piles under way) before the quarter's deadline — completed (README rule questions 13, 42, 45).
* The amount owed then the amount already collected or paid (应缴…万元，已收缴…万元: words.toml figure.amount_due) for a
  task with no figure of its own is the collection's share, against the pace to the task's own deadline
  (rules/status_measures.AmountDueShare).
* Things to build only conceived (已初步谋划4条线路, judging.toml words.preparing 初步谋划) are in preparation: a count of
  them never completes a build or 打造 task; at the year's end only preparation is behind (rule question 28).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

APRIL = date(2026, 4, 30)
JUNE = date(2026, 6, 30)
AUG = date(2026, 8, 31)
DEC20 = date(2026, 12, 20)

STATUS = [
    # a start target behind a bare target field and a quarter, begun before the quarter ends
    ("【重点任务3】产业项目｜目标：二季度开工建设某某新能源电池材料项目｜责任处室：产业发展处｜完成时限：6月底",
     "1-5月进展：已取得施工许可证，5月20日举行开工仪式，目前正在进行桩基施工。", date(2026, 5, 31), "completed"),
    ("重点项目｜目标：三季度开工建设县第二人民医院迁建工程", "已办理施工许可，7月8日正式开工，正在进行基础施工。", AUG, "completed"),
    # guard: the same field and quarter, the works still at their permit a month before the quarter's end — no start
    # reached, short of it (as without the field)
    ("重点项目｜目标：三季度开工建设县第二人民医院迁建工程", "已完成施工图审查，正在办理施工许可。", AUG, "behind"),
    # guard: a finish asked behind the field (建成) is not reached by a start
    ("重点项目｜目标：年内建成县第二人民医院迁建工程", "已办理施工许可，7月8日正式开工，正在进行基础施工。", AUG, "on_track"),
    # the amount owed then the amount collected, against the task's own deadline
    ("目标：6月底前完成2025年度国有资产处置收入收缴｜完成时限：6月底", "1-4月进展：应缴国有资产处置收入8000万元，已收缴7200万元。",
     APRIL, "ahead"),
    ("完成年度行政事业性收费清缴", "应收各类行政事业性收费2.4亿元，已收缴1.3亿元。", JUNE, "on_track"),
    ("9月底前完成年度稳岗返还资金拨付", "应拨付稳岗返还资金1.5亿元，已拨付0.6亿元。", JUNE, "behind"),
    # guard: no amount owed before it — the amount collected alone is no share
    ("完成年度行政事业性收费清缴", "已收缴各类行政事业性收费1.4亿元。", JUNE, "on_track"),
    # routes or sites to build only conceived at the year's end: preparation, behind — never completed by their count
    ("任务：打造乡村骑行精品线路5条　牵头单位：县体育局", "截至12月20日：已初步谋划5条骑行线路，正在编制线路规划。", DEC20, "behind"),
    ("任务：建设口袋公园6个", "截至12月20日：已初步谋划6处口袋公园选址，正在编制设计方案。", DEC20, "behind"),
    # guards: the routes built and opened are the count done; a planning task's own count stays its count
    ("任务：打造乡村骑行精品线路5条　牵头单位：县体育局", "截至12月20日：5条骑行线路均已建成并对外开放。", DEC20, "completed"),
    ("任务：谋划储备重大项目30个　牵头单位：县发改局", "截至12月20日：已谋划储备重大项目32个。", DEC20, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", STATUS)
def test_statuse63(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
