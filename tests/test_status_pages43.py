"""Issue 11, statusr (stop 53): the misses of pages43 (bench/labels/status/pages43.json), stop 53's held-out real rows
of 14 public pages of 11 non-scored governments (汕尾, 汕尾市城区, 潮州, 通化, 珲春, 陵水, 卢氏, 桐城, 绥芬河, 穆棱,
仙桃), judged once on main after the first round's last rule landing (b6c19ab: 22 of 25), three wrong rows, recorded
as strict xfails.  The set has been judged and is dev from now on, so its rows' task and progress are quoted as
labelled.  Each fails today with the engine's wrong answer for the reason given; a fix makes its case pass (and moves
it to MENDED_PAGES43: pg43-017, statusr stop 53)."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

# (label set row, task, progress, as of, the label's status, what the engine does today and why that is wrong)
MISSES_PAGES43 = [
    ('pg43-024', '武汉城市圈环线高速公路仙桃段 建设工期48个月',
     '8月25日,记者从市发改委了解到:武汉城市圈环线高速公路仙桃段已完成投资30.52亿元,占总投资的64%。',
     date(2014, 8, 25), 'ahead',
     "a works' share of its total investment (64%) against a construction period in months (48个月) is judged by "
     "stage, on_track; the label paces it over the period from its start (2 May 2013, given elsewhere on the page: "
     "32.9%), ahead — the start is in neither the task nor the progress"),
]

# Rows mended by general rules move here as ordinary cases — statusr, stop 53: a reply whose first clause is the task's
# own sentence word for word restates the task, its count no count done (rules/building.py _task_echoed;
# tests/test_status_stop53r.py); the 8 done early beside the rest unreported read by stage, on track.
MENDED_PAGES43 = [
    ('pg43-017', '该市今年共实施32项民生工程',
     '该市今年共实施32项民生工程,目前农村危房改造、农村饮水安全巩固提升等8个项目已提前完成任务。',
     date(2017, 6, 30), 'on_track'),
    # statush, stop 65: funds to put in answered by the money made available to them (README rule question 54,
    # rules/assigning._funds_made_available; tests/test_status_statush65.py FUNDS): the amount in place, 79.8% against
    # the pace at mid-year, ahead
    ('pg43-018', '计划投入资金13.6亿元',
     '计划投入资金13.6亿元,截至6月底,已到位资金10.85亿元,占计划投资的79.8%;拨付资金10.48亿元,占计划的77%,'
     '项目实施进度已远远超过序时进度。',
     date(2017, 6, 30), 'ahead'),
]


@pytest.mark.parametrize(
    "row,task,progress,as_of,expected",
    [pytest.param(row, task, progress, as_of, expected, id=row,
                  marks=pytest.mark.xfail(strict=True, reason=reason))
     for row, task, progress, as_of, expected, reason in MISSES_PAGES43],
)
def test_pages43_miss(row, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize("row,task,progress,as_of,expected", MENDED_PAGES43)
def test_pages43_mended(row, task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
