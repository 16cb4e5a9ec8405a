"""A quota handed down by a level above (全面完成省下达的…约束性指标和…目标) answered in the review's own words
(issue 10, stop 50; the commonest phenomenon among the real pairs' misses): the quota's field said done with the
verb before it (完成节能减排降碳任务 for 年度节能减排降碳约束性指标: _field_done), its subject said to change as the
quota asks (生态环境质量持续改善 for 环境质量改善目标: _goal_said) — met, or not met when negated; and an energy and
emissions quota answered only by energy intensity in words (单位GDP能耗完成省下达任务, 能耗继续下降): a neighbour of
two characters (能耗), quoted, unclear (verdicts.SHORT_NEIGHBOUR).  Every sentence below was written for these tests
(某市), each outcome by reading before the engine was run."""

from __future__ import annotations

import pytest

from tests.test_verify_ways import REVIEW, verdict_against

pytestmark = pytest.mark.engine

_BUNDLE = "全面完成省下达的年度节能减排降碳约束性指标和环境质量改善目标"


@pytest.mark.parametrize(("said", "outcome"), [
    ("全市完成节能减排降碳任务，新建充电桩3200个。", "achieved"),
    ("圆满完成省下达的年度节能减排降碳目标任务。", "achieved"),
    ("受重化工项目投产影响，未完成节能减排降碳任务。", "not_met"),
], ids=["完成…任务", "完成省下达的…目标任务", "未完成"])
def test_a_quota_field_said_done_before_its_name(said, outcome):
    x = verdict_against(REVIEW, _BUNDLE, "review", said, "年度节能减排降碳约束性指标")
    assert "节能减排降碳" in x.metric and x.outcome == outcome, x.reason
    assert x.evidence and said.rstrip("。") in x.evidence[0].text


def test_a_list_of_fields_is_no_one_field():
    # (guard) 节能减排、安全生产等约束性指标: a bundle of items, read item by item, not as one field said done
    x = verdict_against(REVIEW, "全面完成省下达的节能减排、安全生产等约束性指标任务", "review",
                        "完成节能减排任务。", "节能减排、安全生产等约束性指标")
    assert x.metric == "节能减排、安全生产等约束性指标" and x.outcome == "unclear", x.reason


@pytest.mark.parametrize(("said", "outcome"), [
    ("（五）坚持生态优先，生态环境质量持续改善。", "achieved"),
    ("全市环境质量明显改善，空气优良天数比例达到88.6%。", "achieved"),
], ids=["生态环境质量持续改善", "环境质量明显改善"])
def test_a_quota_subject_said_changed_as_asked(said, outcome):
    x = verdict_against(REVIEW, _BUNDLE, "review", said, "环境质量改善")
    assert "环境质量" in x.metric and x.outcome == outcome, x.reason


def test_a_subject_said_not_changed_is_no_answer():
    # (guard) 未明显改善: the negation between subject and change — never read as the quota met
    x = verdict_against(REVIEW, _BUNDLE, "review", "全市环境质量未明显改善。", "环境质量改善")
    assert x.metric == "环境质量改善" and x.outcome != "achieved", x.reason


@pytest.mark.parametrize(("said", "outcome"), [
    ("单位地区生产总值能耗继续下降，新建充电桩3200个。", "unclear"),
    ("单位GDP能耗完成省下达任务。", "unclear"),
    ("新建充电桩3200个。", "not_reported"),
], ids=["能耗继续下降", "单位GDP能耗完成省下达任务", "nothing of energy"])
def test_energy_alone_for_an_energy_and_emissions_quota(said, outcome):
    x = verdict_against(REVIEW, "节能减排完成省下达的目标任务", "review", said, "节能减排")
    assert x.metric == "节能减排" and x.outcome == outcome, x.reason
