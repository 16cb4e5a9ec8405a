"""A task's figure checked against the next year's review (issue 10's tasks' review checks): a review's figure of a
neighbouring kind of the same thing (民俗文化活动 for the task's 群众性文化活动) is no answer to it.  Left open at stop 50
(tasksx): the metrics share their head (文化活动) at a similarity of 0.54, so the neighbour's figure decides the task
not met.  The report below was written for this test (某某 names)."""

from __future__ import annotations

import pytest

from luoshi.engine import reader
from luoshi.engine.judgement import Indicator, Task
from luoshi.engine.verify import verify_tasks
from luoshi.engine.verify.review import review_claims

pytestmark = pytest.mark.engine

_REVIEW = """某某市人民政府工作报告
——2027年1月12日在某某市第九届人民代表大会第七次会议上

各位代表：

一、2026年工作回顾

过去一年，我们扎实推进文化惠民。成功举办某某民俗文化节，全年开展民俗文化活动187场，新建城市书房12个。

二、2027年工作安排

今年，我们将继续推进文化惠民工程。

各位代表，让我们团结奋斗！
"""


@pytest.mark.xfail(strict=True, reason="a neighbouring kind's figure (民俗文化活动187场) answers the task's 群众性文化活动1000场次 "
                                       "at a similarity of 0.54: not_met, where the review reports no figure of the task's")
def test_a_neighbouring_kind_of_activity_answers_no_task(tmp_path):
    (tmp_path / "r.txt").write_text(_REVIEW, encoding="utf-8")
    task = Task(id="T1", source={}, text="开展群众性文化活动1000场次", indicators=[
        Indicator(metric="群众性文化活动", value=1000, unit="场次", text="1000场次", kind="count")])
    (verdict,), _ = verify_tasks([task], review_claims(reader.read(tmp_path / "r.txt")))
    assert verdict.outcome == "not_reported"
