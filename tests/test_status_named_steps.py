"""The steps a task names to finish, each said done, complete it (statusy, issue 11).

Supervision tables give a project's steps due by a date (要求5月底前完成改造方案评审和施工招标); the reply says each
done, often dated and before the deadline (改造方案已于4月12日通过专家评审，施工招标已于5月26日完成), and goes on to the
next work (中标单位已进场, 现正在进行主体施工).  Every named step said done in a clause of its own — its action word
(its last two characters) and another of its words, after 已/全部完成/于…月…完成, with no share, count, work still going
on or forecast in that clause, nor the same step still going on in another — completes the task
(rules/status_stage._named_steps_done; words.toml status.named_steps_*, status.named_step_*).  Before, the deadline
passed read the steps as work still going on after it (behind).  Guards: a step still going on, a count of places
done beside others still at it, another step finished (已完成方案设计), a step short by a share or a forecast, a
structure not yet topped out."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

NAMED_STEPS = [
    # (statusx's invented139–140 misses, strict xfails in tests/test_status_leftovers_139_140.py until this rule)
    ("某仓储中心项目，要求6月底前完成土地摘牌和初步设计审查。", "土地已于5月摘牌，初步设计已于6月18日通过审查。",
     date(2020, 8, 31), "completed"),
    ("北区棚户区改造项目，要求9月底前完成外墙保温改造。", "外墙保温改造已于8月完成，目前正在进行道路修复。",
     date(2020, 10, 31), "completed"),
    # (pages1's miss, a strict xfail in tests/test_status_real_pages.py KNOWN_MISSES_PAGES1 until this rule)
    ("某物流园项目，要求6月底完成场地平整。", "任务完成较好。场地平整任务已提前完成。", date(2020, 7, 3), "completed"),
    # in other words
    ("某学校扩建项目，要求7月底前完成教学楼加固和操场改造。", "教学楼加固已于6月完成，操场改造于7月20日全部完成，9月1日正常开学。",
     date(2021, 8, 31), "completed"),
    ("某体育公园项目，要求4月底前完成方案论证和施工招标。", "方案论证已于3月完成，施工招标已于4月22日完成，施工单位已进场。",
     date(2021, 6, 30), "completed"),
    ("某污水管网工程，要求9月底前完成管道铺设。", "管道铺设已于9月10日全部完成，正在开展闭水试验。", date(2021, 9, 30), "completed"),
    # guards: a step still going on; a count of places beside others still at it; another step finished; a share and a
    # forecast; a structure still rising; a step's forecast before the deadline
    ("某物流园项目，要求8月底前完成场地平整和桩基施工。", "场地平整已于6月完成，桩基施工正在进行。", date(2021, 9, 30), "behind"),
    ("9月底前完成全县农村危房摸底排查", "已完成9个乡镇的摸底排查，另有3个乡镇仍在排查中。", date(2021, 9, 30), "behind"),
    ("城西片区改造项目，要求10月底前完成外立面改造和雨污管网改造。", "城西片区改造已完成方案设计，正在进行施工招标。",
     date(2021, 11, 30), "seriously_behind"),
    ("县城北供水管网改造，要求9月底前完成管网铺设。", "管网铺设完成约85%，预计10月中旬全部完成。", date(2021, 9, 30), "behind"),
    ("某安置房项目，要求9月底前完成主体结构封顶。", "主体结构已施工至18层（共20层），计划10月中旬封顶。", date(2021, 9, 30), "behind"),
    ("某产业园道路工程，要求10月底前完成路基施工和管线敷设。", "路基施工已于7月完成，管线敷设计划于10月完成。",
     date(2021, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,status", NAMED_STEPS, ids=[p for _, p, _, _ in NAMED_STEPS])
def test_the_steps_named_said_done_complete_the_task(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
