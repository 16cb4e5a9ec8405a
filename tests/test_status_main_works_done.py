"""Issue 11, statusa (stop 45): the main works of a building finished as a task's own result, or as one part of a
project row in a district's task table (rules.MainWorksDone; rules/judging_clauses._clause_stage through
works.main_works_result and works.main_works_said_done; judging.toml words.main_works_task, main_works_task_not,
main_works_done_verb, main_works_partial).  A district's quarterly or half-year table often sets a building's year
measure as its main works (年内完成主体结构施工, 年底前完成…主体结构, 二季度主体结构封顶): a reply saying them finished
(主体结构已完工, 已完成主体施工, 主体已于7月封顶) is that measure done, not the nearly-done rung of a building to finish.
Every row is invented for this file; guards are near wordings that must not change."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN, SEP, NOV, DEC = date(2026, 6, 30), date(2026, 9, 30), date(2026, 11, 30), date(2026, 12, 31)

# The task's whole result is the main works: said finished, it is completed at any date.
MAIN_WORKS_THE_TASK = [
    ("河西九年制学校新建工程 年内完成主体结构施工", "河西学校主体结构已完工,正在进行砌体施工。", SEP, "completed"),
    ("河西九年制学校新建工程 年内完成主体结构施工", "教学楼主体结构已于8月完成。", SEP, "completed"),
    ("河西九年制学校新建工程 年内完成主体结构施工", "教学楼、综合楼主体结构施工已完成。", DEC, "completed"),
    ("北岸人才公寓项目 年内实现主体工程完工", "5栋公寓主体均已完工,进入装饰装修阶段。", NOV, "completed"),
    ("北岸人才公寓项目 完成主体施工", "已完成主体施工,正在进行二次结构施工。", SEP, "completed"),
    ("北岸人才公寓项目 二季度主体结构封顶", "公寓主体结构已于5月下旬封顶。", JUN, "completed"),
]

# guards: a building still rising, a share or a floor of the main works, nearly done, a plan, a lag in words, and a task
# whose result is more than the main works (建成, 竣工, 装修) — none of them read completed by this rule
MAIN_WORKS_NOT_DONE = [
    ("北岸人才公寓项目 年内实现主体工程完工", "1-3号楼主体已完工,4号楼主体施工至第11层。", DEC, "completed"),
    ("北岸人才公寓项目 完成主体施工", "公寓主体结构完成75%。", SEP, "completed"),
    ("北岸人才公寓项目 完成主体施工", "公寓主体结构完成至第9层。", SEP, "completed"),
    ("北岸人才公寓项目 完成主体施工", "公寓主体基本完工。", SEP, "completed"),
    ("北岸人才公寓项目 完成主体施工", "公寓主体结构预计11月完工。", SEP, "completed"),
    ("北岸人才公寓项目 年内完成主体施工", "受雨季影响进度滞后,主体结构已完成。", SEP, "completed"),
    ("北岸人才公寓项目 年内建成", "公寓主体施工完成,进入装饰装修阶段。", SEP, "completed"),
    ("北岸人才公寓项目 6月底前主体结构封顶,年底前完成室内装修", "主体结构已于5月封顶,室内装修正在进行。", SEP, "completed"),
    # 主体 of no building (市场主体, 主体责任: judging.toml words.main_works_not)
    ("实现全区市场主体倍增", "全区市场主体已完成年度报告公示,新增市场主体900户。", SEP, "completed"),
    ("落实企业安全生产主体责任", "企业安全生产主体责任已完成签约落实。", SEP, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", MAIN_WORKS_THE_TASK,
                         ids=[f"{t}|{p}" for t, p, _, _ in MAIN_WORKS_THE_TASK])
def test_main_works_the_task_finished(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert (a.status, a.rule) == (status, "MainWorksDone"), a.reason


@pytest.mark.parametrize("task,progress,as_of,status", MAIN_WORKS_NOT_DONE,
                         ids=[f"{t}|{p}" for t, p, _, _ in MAIN_WORKS_NOT_DONE])
def test_main_works_not_finished_or_not_the_result(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status != status and a.rule != "MainWorksDone", a.reason


# A project row of a district table with the year's investment and the main works as its two parts: the main works said
# finished is that part done, so the row follows the investment's pace (over it ahead, under it behind); the main works
# still rising or nearly done is that part on pace.
MAIN_WORKS_A_PART = [
    ("区档案馆（年度计划投资6000万元，年底前完成馆舍主体结构）", "1-6月完成投资3800万元；馆舍主体结构已全部完成，正在进行外立面施工。",
     JUN, "ahead"),
    ("区档案馆（年度计划投资6000万元，年内完成主体结构施工）", "1-9月完成投资3400万元；主体结构已完工，正在进行砌体施工。", SEP, "behind"),
    # guards: the main works still rising or nearly done — the part on pace, the row on pace with the investment
    ("区档案馆（年度计划投资6000万元，年内完成主体结构施工）", "1-9月完成投资4900万元；主体结构施工至第4层。", SEP, "on_track"),
    ("区档案馆（年度计划投资6000万元，年内完成主体结构施工）", "1-9月完成投资4900万元；主体结构基本完工。", SEP, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", MAIN_WORKS_A_PART,
                         ids=[f"{t}|{p}" for t, p, _, _ in MAIN_WORKS_A_PART])
def test_main_works_a_part_of_the_row(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
