"""Issue 11, "no verdict that reads a forecast as done" (statusc, stop 55).

Two readings mended, so a plan never counts as work done:

* a count's clause whose finishing word finishes only a step of preparation the task does not name, then a clause
  with no subject of its own that plans the items' work (其余N套已完成资格审核，将于N月集中配租): the step before the work
  is done, the work itself is the plan (rules/building.py ``_step_before_plan``);
* a count with no verb of its own in a list of items named and counted (甲村道路硬化5公里,乙村道路硬化3公里,…) takes
  what a later clause says of all of them (均已完成勘察设计) and never a forecast (预计下半年开工); with only a forecast
  after it, the count is what is planned (rules/building.py ``_said_after_count``).

And bench/status.py's count made honest: a row counts as a forecast read as done only when a clause that carried the
completed verdict's evidence holds a plan or forecast (``carried_clauses``); completed rows with a forecast word
elsewhere are listed apart.  Rows written in other words than any label.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.status_judge import judge

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import status as bench_status  # noqa: E402

pytestmark = pytest.mark.engine

SEP = date(2025, 9, 30)   # the year's pace 74.8% (on pace 69.8-79.8)
JUNE = date(2025, 6, 30)  # 49.6%

# (task, progress, as of, expected status)
STEP_BEFORE_PLAN = [
    # the rest only checked for eligibility, their choosing of flats planned: 300 of 400 allotted, on pace
    ("完成人才公寓分配400套。", "已分配入住人才公寓300套，其余100套已完成资格审核，将于11月集中选房。", SEP, "on_track"),
    ("完成人才公寓分配400套。", "已分配人才公寓300套，其余100套已完成资格审核，将于11月分配。", SEP, "on_track"),
    # the rest only surveyed as unsafe, their works to start in November: 120 of 160 done
    ("完成农村危房改造160户", "已完成改造120户，其余40户已完成危房鉴定，将于11月开工改造。", SEP, "on_track"),
]
STEP_GUARDS = [
    # what was finished is the works themselves; the plan is a later step
    ("新建公厕24座", "已建成公厕24座，将于10月投入使用。", SEP, "completed"),
    ("完成农村危房改造160户", "已完成改造160户，将于10月组织验收。", SEP, "completed"),
    # the step is the task's own work
    ("完成困难家庭资格审核500户", "已完成资格审核500户，将于10月发放补助。", SEP, "completed"),
]

LIST_OF_COUNTS = [
    # three roads named with their lengths, all of them only designed at mid-year, works planned for the second half
    (
        "东河村道路硬化3公里",
        "西河村道路硬化5公里,东河村道路硬化3公里,南山村道路硬化均已完成勘察设计,计划下半年施工。",
        JUNE,
        "behind",
    ),
    (
        "东河村道路硬化3公里",
        "西河村道路硬化5公里,东河村道路硬化3公里,南山村道路硬化均已完成勘察设计。",
        JUNE,
        "behind",
    ),
]
LIST_GUARDS = [
    # all of them said finished: done
    ("东河村道路硬化3公里", "西河村道路硬化5公里,东河村道路硬化3公里,均已全部完工。", JUNE, "completed"),
    # a cause of delay after the counts names no step the items reached: the counts are the work done
    ("新建游园10处、步道40公里", "全年新建游园4处、步道18公里，受征地影响进度偏慢。", date(2025, 12, 31),
     "seriously_behind"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"),
                         STEP_BEFORE_PLAN + STEP_GUARDS + LIST_OF_COUNTS + LIST_GUARDS)
def test_plans_are_no_work_done(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


def test_counts_with_only_a_forecast_are_not_done():
    """Two roads named with their lengths and only a start forecast for the second half: nothing is done."""
    row = judge("东河村道路硬化3公里", "西河村道路硬化5公里,东河村道路硬化3公里,预计下半年开工。", JUNE)
    assert row.status != "completed"


# Mended (statusf, stop 55): the rest only checked for eligibility, with no plan after it, is no letting — an
# eligibility review (资格审核, 资格审查, 资格复核) is a preparatory object (words.toml stage.preparatory_object, judging.toml
# words.preparing), the task's own step when it counts it (stage.own_step).
def test_eligibility_review_alone_is_no_letting():
    row = judge("完成人才公寓分配400套。", "已分配入住人才公寓300套，其余100套已完成资格审核。", SEP)
    assert row.status != "completed"


# --- bench/status.py's count ---------------------------------------------------------------------------------------

# (progress, where the evidence is quoted, carried clauses hold a plan)
CARRIED = [
    # the rest's clause, then a clause with no subject planning their step
    ("已完工90户，其余30户已完成入户核查，将于11月开工。", "30户", True),
    # a list of counts with no verb, the verb after them, then the plan
    ("甲镇路面硬化3公里,乙镇路面硬化2公里,均已完成设计,预计下半年实施。", "3公里", True),
    # the forecast is another part's: the evidence's clause has its own verb
    ("设备已全部安装到位，软件正在调试，预计11月联调。", "设备", False),
    # a plan's noun is no plan
    ("全年完成投资12亿元，完成年度计划的105%。", "105%", False),
    ("当年完成投资3亿元，占目标计划的40%。", "40%", False),
    ("业主大会筹备组已成立，正在推选委员。", "筹备组", False),
    # a forecast in the evidence's own clause
    ("剩余路段计划10月底前全部完工。", "剩余", True),
]


@pytest.mark.parametrize(("progress", "quoted", "planned"), CARRIED)
def test_carried_clauses(progress, quoted, planned):
    clauses = bench_status.carried_clauses(progress, progress.index(quoted))
    assert any(bench_status._forecast_in(c) for c in clauses) == planned


def _verdict(progress: str, quoted: str, status: str = "completed") -> SimpleNamespace:
    at = progress.index(quoted)
    ev = SimpleNamespace(text=quoted, start=at, end=at + len(quoted), source="progress")
    return SimpleNamespace(status=status, evidence=[ev])


def test_counted_and_listed_apart():
    """A completed verdict resting on a planned clause counts; one whose forecast word sits elsewhere is listed apart;
    a row labelled completed is neither."""
    planned = "已完工90户，其余30户已完成入户核查，将于11月开工。"
    elsewhere = "设备已全部安装到位，软件正在调试，预计11月联调。"
    lab = {"status": "on_track", "progress": planned}
    assert bench_status.forecast_read_as_done(lab, _verdict(planned, "30户"))
    assert not bench_status.forecast_elsewhere(lab, _verdict(planned, "30户"))
    lab = {"status": "on_track", "progress": elsewhere}
    assert not bench_status.forecast_read_as_done(lab, _verdict(elsewhere, "设备"))
    assert bench_status.forecast_elsewhere(lab, _verdict(elsewhere, "设备"))
    lab = {"status": "completed", "progress": planned}
    assert not bench_status.forecast_read_as_done(lab, _verdict(planned, "30户"))
    assert not bench_status.forecast_elsewhere(lab, _verdict(planned, "30户"))
