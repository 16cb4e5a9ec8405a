"""The engine's view of many stored tasks read as plain rows (services/plans.py ``engine_tasks_of``,
what linking a progress table and assessing its rows use) is exactly ``to_engine_task`` of each
task, in the same order: on the samples' plans, after a task gains a second target version with
its own indicators and milestones, after units change, and for a task without any version."""

from __future__ import annotations

import pytest

from luoshi.core.models import Organisation
from luoshi.engine import api
from luoshi.supervision.actions import tasks as task_actions
from luoshi.supervision.models import Plan, TargetVersion, Task
from luoshi.supervision.services import plans

pytestmark = pytest.mark.django_db


def by_model(queryset) -> dict:
    return {t.pk: plans.to_engine_task(t) for t in plans.with_engine_fields(queryset)}


def test_engine_tasks_of_every_sample_plan_are_to_engine_task_in_order():
    seen = 0
    for plan in Plan.objects.all():
        fast, slow = plans.engine_tasks_of(plan.tasks.all()), by_model(plan.tasks.all())
        assert list(fast) == list(slow) and fast == slow
        seen += len(fast)
        assert any(t.indicators for t in fast.values()) and any(t.lead for t in fast.values())
    assert seen > 300


def test_a_new_version_units_and_a_task_without_versions_read_the_same(django_user_model):
    plan = Plan.objects.get(year=2020, title="上城区2020年政府工作报告重点工作")
    task = next(t for t in plan.tasks.all() if t.indicators.exists())
    text = "全年新增城市书房5处以上，力争6处，年底前全部开放。"
    found, _ = api.parse_indicators(text)
    milestones = [api.Milestone(text="年底前全部开放", stage="done", deadline="年底前", span=(16, 23))]
    assert found
    task_actions.do_add_target_version(task, text, found, milestones, reason="测试", acting_user=None)
    other = plan.tasks.exclude(pk=task.pk).first()
    units = list(Organisation.objects.order_by("-name")[:3])
    other.lead.set(units)  # several leads: read in name order
    other.cooperating.set(units[:2])
    bare = plan.tasks.exclude(pk__in=[task.pk, other.pk]).first()
    TargetVersion.objects.filter(task=bare).delete()  # read from the task's own text
    fast, slow = plans.engine_tasks_of(plan.tasks.all()), by_model(plan.tasks.all())
    assert fast == slow
    assert fast[task.pk].text == text and fast[task.pk].milestones
    assert [i.metric for i in fast[task.pk].indicators] == [i.metric for i in found]
    assert fast[bare.pk].text == Task.objects.get(pk=bare.pk).text and fast[bare.pk].indicators == []
    assert (
        fast[other.pk].lead
        == list(
            Organisation.objects.filter(pk__in=[u.pk for u in units])
            .order_by("name")
            .values_list("name", flat=True)
        )
        and len(fast[other.pk].cooperating) == 2
    )
