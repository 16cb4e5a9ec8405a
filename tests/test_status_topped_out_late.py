"""Topped out at the deadline (statusy, issue 11; judging.toml words.works_topped_out, rules/works.works_late).

A building to be finished or put in use whose works have only just been topped out (封顶, 结顶), with no step of the
finishing (装修, 安装, 验收) under way, stands at the main works just finished: from main_works_late of its time on
(about the last month) it is behind — fitting-out, installation and acceptance are left to days.  Earlier in the year,
or with the finishing under way, it is on pace; a task asking for the topping out itself is done by it.  Every row is
written for this file in other words than any label row."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    ("建成区图书馆新馆，年底前开馆", "区文旅局：新馆主体结构已于12月上旬结顶，内墙砌筑正在进行。", date(2025, 12, 15), "behind"),
    ("完成乡镇卫生院业务用房建设", "县卫健局：业务用房主体工程于11月底封顶。", date(2025, 12, 10), "behind"),
    # guards: topped out earlier in the year, or with the finishing under way, is on pace
    ("建成区图书馆新馆，年底前开馆", "区文旅局：新馆主体结构已于8月中旬结顶，内墙砌筑正在进行。", date(2025, 8, 31), "on_track"),
    ("完成乡镇卫生院业务用房建设", "县卫健局：业务用房主体已封顶，室内装修和水电安装正在施工。", date(2025, 12, 10), "on_track"),
    ("完成乡镇卫生院业务用房建设", "县卫健局：业务用房主体已封顶，装修尚未开始。", date(2025, 6, 30), "on_track"),
    # guard: a task asking for the topping out itself is done by it
    ("区图书馆新馆年内主体结构结顶", "区文旅局：新馆主体结构已于12月上旬结顶。", date(2025, 12, 15), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,status", CASES, ids=[f"{t}|{p[:12]}|{s}" for t, p, _, s in CASES])
def test_topped_out_against_the_deadline(task, progress, as_of, status):
    a = judge(task, progress, as_of)
    assert a.status == status, (a.rule, a.reason)
