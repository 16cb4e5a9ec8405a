"""Issue 11, pagesx: structural rules learnt from real published rows of several governments (bench/labels/status
pages1, pages16, pages17: dev), each with a table of examples in other words than the pages' and the guards it must
not fire on.  Every row here is written for this file; none is a page's sentence or a scored row.

* What has begun bounds what can be done (rules/judging.py judge_indicator): a count begun (已开工16个) answering a target
  with a result verb (改造…40个; judging.toml words.result_verb, now with 重建 and 加固), nothing done, nothing said of the
  rest, itself short of the pace, is behind — never seriously behind, the begun being on their way.  Starts on pace,
  the rest said under way, a process task (推进…), a programme's size (安排…项目60个: tests/test_status_real_pages4.py
  PROGRAMME_SIZE) or a target that is itself a start (开工建设…) are read as before.
* A survey and what comes before the start are preparation (words.toml stage.preparatory_object 测绘, 开工前;
  underway.start_not 前): 完成地形图测绘 and 已完成开工前各项准备 are steps before the works, never work done or begun —
  past mid-year, for a task that must build, only these is behind (米东 pg15-011's and 德积 pg16-018's readings; their
  verdicts turn on other words).  A task whose own work is the survey (完成…地形图测绘) is done by it.
"""

from datetime import date

import pytest

from luoshi.engine.rules.clauses import clause_stage
from tests.status_judge import judge

pytestmark = pytest.mark.engine

MAR, JUN, JUL, AUG = date(2023, 3, 31), date(2023, 6, 30), date(2023, 7, 31), date(2023, 8, 31)


STARTS_BOUND = [
    ("改造老旧小区40个", "已开工16个", JUN, "behind"),
    ("新建农村公路桥梁20座", "已开工3座", MAR, "behind"),
    ("改造雨污管网30公里", "目前已开工12公里", JUL, "behind"),
    ("加固危旧桥梁12座", "已开工4座", JUL, "behind"),
    # (strict xfails of tests/test_status_real_pages.py and tests/test_status_real_pages16.py this mended, plain cases now)
    ("城区中小学校舍改造年度任务是加固校舍9万平方米", "目前已开工3.2万平方米", JUN, "behind"),
    ("2021年,全区共实施政府投资项目20个,计划年度完成投资6亿元。", "全区15个项目均已开工,开工率75%;已完工项目5个,完工率25%;"
     "已开工项目共完成投资3亿元,占计划总投资的50%;", date(2021, 9, 20), "behind"),
    # guards: starts on pace; the rest said under way; a process task; a start target; some finished beside the starts
    ("改造老旧小区40个", "已开工22个", JUN, "on_track"),
    ("改造老旧小区40个", "已开工16个,其余小区正在施工", JUN, "on_track"),
    ("推进老旧小区改造40个", "已开工16个", JUN, "on_track"),
    ("开工建设保障房40套", "已开工32套", JUN, "ahead"),
    ("改造老旧小区40个", "已开工16个,完工6个", JUN, "seriously_behind"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", STARTS_BOUND, ids=[f"{r[0]}|{r[1]}" for r in STARTS_BOUND])
def test_a_count_begun_short_of_the_pace_bounds_the_count_done(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


@pytest.mark.parametrize("clause,stage", [
    ("并完成地形图测绘", "preparing"),
    ("已完成开工前各项准备", "preparing"),
    # guards: the start itself; the works begun with 前期 after the start
    ("已完成开工", "done"),
    ("项目已于5月开工，前期道路已完成", "underway"),
])
def test_a_survey_and_what_comes_before_the_start_are_preparation(clause, stage):
    assert clause_stage(clause) == stage


BEFORE_START = [
    ("建成城北文化活动中心", "已完成地形图测绘,正在进行方案设计", AUG, "behind"),
    ("新建社区体育公园", "已完成开工前各项准备", AUG, "behind"),
    # guards: early in the year; the survey is the task's own work
    ("新建社区体育公园", "已完成开工前各项准备", MAR, "on_track"),
    ("完成全区地形图测绘", "已完成地形图测绘", AUG, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", BEFORE_START, ids=[f"{r[0]}|{r[1]}" for r in BEFORE_START])
def test_only_a_survey_or_the_start_prepared_past_mid_year_is_behind(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)
