"""Misses of the lead's one judging of the fifty-ninth held-out set (stop 61), in other words (texts written here,
某某 names): a city bureau's half-year summary and its plan for the second half — the plan's headings over numbered
run-in titles and measures, then a closing paragraph exhorting the whole bureau (全局上下要…) before the sign-off."""

from __future__ import annotations

import pytest

from tests.tasks_heldout_helpers import found_tasks, start_of

pytestmark = pytest.mark.engine

_HEAD = ("某某县文化和旅游局2027年上半年工作总结及下半年工作计划\n\n"
         "2027年上半年，县文化和旅游局紧紧围绕县委、县政府决策部署，各项工作取得积极成效。现将有关情况报告如下：\n\n"
         "一、上半年工作完成情况\n\n"
         "上半年，全县接待游客320万人次，同比增长12%。\n\n"
         "二、下半年工作计划\n\n"
         "下半年，我们将重点抓好以下工作：\n\n"
         "（一）提升旅游供给质量\n\n"
         "1.抓好景区提质。完成某某古镇游客中心改造，新增停车位300个。\n\n"
         "2.丰富文化活动。举办送戏下乡演出80场次以上。\n\n"
         "（二）加强行业队伍建设\n\n"
         "全年组织从业人员培训6期。\n\n")
_SIGN = "\n某某县文化和旅游局\n2027年7月8日\n"
_MEASURES = ["完成某某古镇游客中心改造,新增停车位300个。", "举办送戏下乡演出80场次以上。", "全年组织从业人员培训6期。"]


def _starts(tmp_path, closing: str) -> list[str]:
    return [start_of(t) for t in found_tasks(tmp_path, _HEAD + closing + _SIGN)]


@pytest.mark.xfail(strict=True, reason="t73 (stop 61): a closing paragraph exhorting the whole body with attitude "
                                       "words alone (全局上下要以…的紧迫感，主动作为…，确保…完成) is read as a task")
def test_a_closing_exhortation_of_the_whole_body_in_attitude_words_is_no_task(tmp_path):
    closing = "全系统上下要以只争朝夕的干劲，担当作为、狠抓落实，确保下半年各项工作任务全面完成。\n"
    assert _starts(tmp_path, closing) == _MEASURES
