"""Statusf's rules of stop 61 (issue 11, second round): older strict xfails of status mended by general rules, tested on
sentences written here in other words than any label row, each with guards that must not move.

* A task to receive an inspection or review (做好…迎检工作, 迎接…复审: words.toml completion.event_task 迎检,
  completion.inspection_task) whose inspection is said finished (暗访检查已于9月中旬完成, 测评工作已顺利结束:
  completion.inspection_noun) is the event held, done (README rule question 6; rules/status_stage._inspection_received).
* A task whose every figure is a quota per period (各村每季度召开…会议不少于1次: figure.per_period) answered with no
  figure by the unit's word that the activity is held on its schedule (均按计划召开, 按时开展: report.held_as_planned)
  is on pace by the unit's word (rules/status_stage.PeriodQuotaHeld).
* A count in rounds (轮训2轮, 培训班4期: words.toml report.ordinal_round_unit) answered by the Nth round said done
  (已完成第一轮全员轮训) and no count of its own in that unit has N done, against the pace as any count
  (rules/status_stage._ordinal_rounds_done, beside _batches_done).
* A count asked by the year's end (新增…40家) answered at the deadline only by the unit's claim of normal progress (and a
  forecast) is unclear: the time is up, so the claim gives no pace, and no figure vouches for the count (rule question
  7; rules/status_statements.UnitStatement) — a task asked finished (完成, 建成) stays behind as before.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN, SEP, OCT, DEC = date(2026, 6, 30), date(2026, 9, 30), date(2026, 10, 31), date(2026, 12, 31)

STATUS = [
    # an inspection received, said finished
    ("迎接省级文明城市年度复查测评", "测评工作已于8月下旬顺利完成，全市测评成绩位列全省第三。", SEP, "completed"),
    ("第4项｜做好国家食品安全示范城市验收迎检工作｜责任单位：市场监管局", "省验收检查已于10月中旬完成，反馈问题已全部整改。", OCT,
     "completed"),
    # a quota per period, held on its schedule by the unit's word
    ("各社区每月开展一次消防安全检查，每月不少于1次", "各社区均按时开展消防安全检查，未发现重大隐患。", SEP, "on_track"),
    ("各镇街每季度召开安全生产形势分析会不少于1次", "各镇街均按计划召开分析会，研究部署重点工作。", JUN, "on_track"),
    # a count at the deadline answered only by normal progress and a forecast
    ("新引进规模以上工业企业15家", "据单位报告，招引工作有序推进，预计可完成年度目标。", DEC, "unclear"),
    # the Nth of a count's rounds said done, no count of its own: N done against the pace
    ("开展中层干部轮训3轮", "已完成第二轮轮训，第三轮定于10月举办。", JUN, "ahead"),
    ("任务名称：网格员培训　目标要求：完成网格员集中轮训4轮", "完成情况：已完成第一轮集中轮训，参训网格员210人，其余计划四季度开展。",
     SEP, "seriously_behind"),
]

GUARDS = [
    # the inspection still to come, its preparation done: not the event held
    ("做好国家卫生城市复审迎检工作", "迎检准备工作已完成，检查组预计10月下旬到达。", SEP, "on_track"),
    # the inspection not yet finished
    ("迎接省级文明城市年度复查测评", "测评工作正在进行，各点位整改正在推进。", SEP, "on_track"),
    # a task of an inspection to carry out (no receiving): its own work done, read as before
    ("开展全区消防安全大检查", "检查已于9月完成，共排查单位320家，整改隐患85处。", SEP, "completed"),
    # a quota per period held only in a plan, or with a lag said: no on pace by the manner word
    ("各镇街每季度召开安全生产形势分析会不少于1次", "分析会计划下月按时召开。", SEP, "unclear"),
    ("各镇街每季度召开安全生产形势分析会不少于1次", "部分镇街未按计划召开分析会，进度滞后。", SEP, "behind"),
    # a round only planned is none done; a count said in the rounds' unit is read as before
    ("举办农民夜校培训班4期", "第二期培训计划于10月完成。", SEP, "unclear"),
    ("举办农民夜校培训班4期", "已举办培训班3期，第四期定于12月开班。", SEP, "on_track"),
    # a count at mid-year with a claim of normal progress: on pace as before
    ("新引进规模以上工业企业15家", "招引工作有序推进。", JUN, "on_track"),
    # a task asked finished at the deadline with only the claim: behind as before
    ("完成老旧小区改造10个", "项目正按计划有序推进。", DEC, "behind"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), STATUS)
def test_status(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), GUARDS)
def test_guards(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
