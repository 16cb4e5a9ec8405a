"""Issue 11, statusr (stop 53, second round): a way real progress pages are written that pages43's first run misread,
as a rule for how such pages are written, tested on sentences written here in other words.

* A reply whose first clause is the task's own sentence word for word (the task copied as the subject of the facts
  after it, in a sentence that goes on) restates the task: its figure is the target, no work done — unless the
  clause itself says done (已, a verb of finishing).  (rules/building.py _task_echoed)
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    # the task copied before the facts: its count is no count done
    ("全镇今年共推进15项惠民实事", "全镇今年共推进15项惠民实事，目前村道硬化、路灯安装等4个项目已完工。",
     date(2021, 6, 30), "on_track"),
    ("全县年内安排20个农村供水项目", "全县年内安排20个农村供水项目,截至6月底已建成8个。", date(2022, 6, 30), "behind"),
    ("全县年内安排20个农村供水项目", "全县年内安排20个农村供水项目,截至6月底已建成10个。", date(2022, 6, 30), "on_track"),
    # guards: a first clause saying done is a fact, and a reply that is only the task's words is no echo before facts
    ("改造农贸市场6个", "改造农贸市场6个已全部完成。", date(2022, 9, 30), "completed"),
    ("全年新建公厕12座", "全年新建公厕12座,已建成12座。", date(2022, 11, 30), "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CASES, ids=[f"{c[0][:8]}|{c[1][-8:]}" for c in CASES])
def test_statusr53_echo(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected
