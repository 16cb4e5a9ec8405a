"""Leaders' instructions (领导批示): given by leaders only, shown to the unit, in the trail and the log."""

from __future__ import annotations

import pytest
from django.urls import reverse

from luoshi.core.models import AuditEvent
from luoshi.supervision.models import Instruction, OrderEvent, SupervisionOrder
from luoshi.supervision.services import worklist

from .demo import login

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_today")]   # seeded once: conftest


@pytest.fixture
def order(demo_today):
    return SupervisionOrder.objects.select_related("task").get(task__plan_id=demo_today)


def test_leader_instructs_on_an_order_and_the_unit_reads_it(client, order, django_user_model):
    login(client, "leader")
    r = client.post(reverse("order_instruction", args=[order.pk]), {"text": "请住建局本周内拿出整改方案。"})
    assert r.status_code == 302
    i = Instruction.objects.get()
    assert i.order == order and i.task == order.task and i.by.username == "leader"
    assert OrderEvent.objects.filter(order=order, kind="comment", text__contains="整改方案").exists()
    assert AuditEvent.objects.filter(action="instruction.give", object_id=str(i.pk)).exists()
    login(client, "zhujian")
    assert "请住建局本周内拿出整改方案" in client.get(reverse("order_detail", args=[order.pk])).content.decode()
    assert "请住建局本周内拿出整改方案" in client.get(reverse("task_detail", args=[order.task_id])).content.decode()
    zhujian = django_user_model.objects.get(username="zhujian")
    section = next(s for s in worklist.sections(zhujian) if s.key == "instructions")
    assert section.items and "整改方案" in section.items[0].detail
    weijian = django_user_model.objects.get(username="weijian")
    assert not next(s for s in worklist.sections(weijian) if s.key == "instructions").items


@pytest.mark.parametrize("username", ["office", "zhujian", "inspector", "stats"])
def test_only_leaders_instruct(client, order, username):
    login(client, username)
    r = client.post(reverse("task_instruction", args=[order.task_id]), {"text": "批示"})
    assert r.status_code == 403 and not Instruction.objects.exists()


def test_an_empty_instruction_is_refused_with_a_message(client, order):
    login(client, "leader")
    r = client.post(reverse("task_instruction", args=[order.task_id]), {"text": "   "}, follow=True)
    assert r.status_code == 200 and "请填写批示内容" in r.content.decode() and not Instruction.objects.exists()
    assert client.get(reverse("task_instruction", args=[order.task_id])).status_code == 405
