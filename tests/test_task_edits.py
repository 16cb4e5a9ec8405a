"""Maintaining a plan after import (计划维护, issue 15 item 5): the office adds, edits, splits,
withdraws and restores tasks, and restores periods; every change is a new target version with
its reason and an audit event; the task page shows the history; nobody else may."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from luoshi.core.actions import ActionRefused
from luoshi.core.models import AuditEvent, Organisation
from luoshi.engine import api
from luoshi.supervision.actions import task_edits, withdrawals
from luoshi.supervision.actions.tasks import do_add_target_version
from luoshi.supervision.models import Plan, ReportingPeriod, Task
from luoshi.supervision.services.task_edits import TaskChange

from .demo import user

pytestmark = pytest.mark.django_db


def last(action):
    return AuditEvent.objects.filter(action=action).order_by("-id").first()


@pytest.fixture
def plan(db):
    plan = Plan.objects.create(year=2031, title="维护测试计划")
    task = Task.objects.create(plan=plan, code="R1", text="新增城镇就业11000人以上", order=1)
    task.lead.add(Organisation.objects.get(name="区发改经信局"))
    inds, miles = api.parse_indicators(task.text)
    do_add_target_version(task, task.text, inds, miles, reason="", record=False, acting_user=None)
    return plan


def office(client):
    client.force_login(user("office"))
    return client


def edit_post(task, **fields):
    data = {"name": task.name, "text": task.current_target.text, "lead": "、".join(o.name for o in task.lead.all()),
            "cooperating": "", "deadline": "", "deadline_text": "", "weight": "1", "reason": "市里调整",
            "ind-metric": [], "ind-comparator": [], "ind-value": [], "ind-unit": [], "ms-text": [], "ms-deadline": []}
    for i in task.current_target.indicators.all():
        data["ind-metric"].append(i.metric)
        data["ind-comparator"].append(i.comparator)
        data["ind-value"].append(f"{i.value:g}" if i.value is not None else "")
        data["ind-unit"].append(i.unit)
    for key, blank in (("ind-metric", ""), ("ind-comparator", ">="), ("ind-value", ""), ("ind-unit", ""),
                       ("ms-text", ""), ("ms-deadline", "")):
        data[key] = data[key] + [blank, blank] if key not in fields else data[key]
    data.update(fields)
    return data


def test_edit_every_field_makes_a_version_with_reason_and_audit(client, plan):
    task = plan.tasks.get()
    finance = Organisation.objects.exclude(pk__in=task.lead.all()).filter(kind="department").first()
    response = office(client).post(reverse("task_edit", args=[task.pk]), edit_post(
        task, text="新增城镇就业12000人以上", deadline="2031-11-30", deadline_text="11月底", weight="2.5",
        cooperating=finance.name, **{"ms-text": ["完成招聘会"], "ms-deadline": ["6月底"]}))
    assert response.status_code == 302, response.content.decode()[:2000]
    task.refresh_from_db()
    tv = task.current_target
    assert tv.version == 2 and tv.reason == "市里调整" and tv.document is None
    assert [(i.value, i.unit) for i in tv.indicators.all()] == [(12000, "人")]  # read again from the new text
    assert [(m["text"], m["deadline"]) for m in tv.milestones] == [("完成招聘会", "6月底")]
    assert task.deadline == datetime.date(2031, 11, 30) and str(task.weight) == "2.50"
    assert list(task.cooperating.values_list("name", flat=True)) == [finance.name]
    assert tv.facts["cooperating"] == [finance.name] and task.baseline.text == "新增城镇就业11000人以上"
    # the lists, exports and public page show the current target, the baseline stays version 1
    assert task.text == "新增城镇就业12000人以上"
    listed = client.get(reverse("task_list") + f"?plan={plan.pk}").content.decode()
    assert "新增城镇就业12000人以上" in listed and "新增城镇就业11000人以上" not in listed
    event = last("task.edit")
    assert event.detail["reason"] == "市里调整" and "text" in event.detail["changed"]
    assert {"deadline", "weight", "cooperating"} <= set(event.detail["changed"])
    form = client.get(reverse("task_edit", args=[task.pk])).content.decode()
    assert 'value="2031-11-30"' in form  # the date field shows the deadline, so saving again keeps it
    page = client.get(reverse("task_detail", args=[task.pk])).content.decode()
    assert "版本记录" in page and "市里调整" in page and "11000" in page and "12000" in page
    assert finance.name in page and "督查科调整" in page


def test_edited_indicator_rows_win_over_the_text(client, plan):
    task = plan.tasks.get()
    response = office(client).post(reverse("task_edit", args=[task.pk]), edit_post(
        task, **{"ind-metric": ["新增城镇就业", "高校毕业生就业"], "ind-comparator": [">=", ">="],
                 "ind-value": ["11000", "3000"], "ind-unit": ["人", "人"]}))
    assert response.status_code == 302
    inds = list(task.current_target.indicators.order_by("id"))
    assert [(i.metric, i.value) for i in inds] == [(inds[0].metric, 11000), ("高校毕业生就业", 3000)]
    assert inds[0].metric == plan.tasks.get().baseline.indicators.get().metric  # kept as read


def test_edit_refusals(client, plan):
    task = plan.tasks.get()
    c = office(client)
    same = c.post(reverse("task_edit", args=[task.pk]), edit_post(task))
    assert same.status_code == 400 and "未作任何改动" in same.content.decode()
    no_reason = c.post(reverse("task_edit", args=[task.pk]), edit_post(task, weight="3", reason=""))
    assert no_reason.status_code == 400
    unknown = c.post(reverse("task_edit", args=[task.pk]), edit_post(task, lead="区不存在局"))
    assert unknown.status_code == 400 and "不在单位名录中" in unknown.content.decode()
    assert task.target_versions.count() == 1 and not Organisation.objects.filter(name="区不存在局").exists()
    client.force_login(user("leader"))
    assert client.post(reverse("task_edit", args=[task.pk]), edit_post(task, weight="3")).status_code == 403
    assert task.target_versions.count() == 1


def test_add_a_task_reads_its_indicators_and_records_why(client, plan):
    response = office(client).post(reverse("task_add", args=[plan.pk]), {
        "text": "完成老旧小区改造30个", "lead": "区发改经信局", "cooperating": "", "weight": "1", "kind": "task",
        "target_class": "A", "reason": "区委常委会新增", "code": "",
        "ind-metric": ["", ""], "ind-comparator": [">=", ">="], "ind-value": ["", ""], "ind-unit": ["", ""],
        "ms-text": [""], "ms-deadline": [""]})
    assert response.status_code == 302, response.content.decode()[:2000]
    task = plan.tasks.get(code="N1")
    tv = task.current_target
    assert tv.version == 1 and tv.reason == "区委常委会新增" and tv.facts["added"] is True
    assert [(i.value, i.unit) for i in tv.indicators.all()] == [(30, "个")]
    assert task.target_class == "A" and task.source_document is None
    assert last("task.create").detail["reason"] == "区委常委会新增"
    refused = client.post(reverse("task_add", args=[plan.pk]), {"text": "x", "weight": "1", "kind": "task",
                                                                 "reason": ""})
    assert refused.status_code == 400 and plan.tasks.count() == 2


def test_split_withdraws_the_task_and_keeps_the_trail(client, plan):
    task = plan.tasks.get()
    c = office(client)
    data = {"reason": "按街道分解"}
    for k, text in ((1, "新增城镇就业6000人以上"), (2, "新增城镇就业5000人以上")):
        data.update({f"p{k}-text": text, f"p{k}-lead": "区发改经信局", f"p{k}-weight": "1"})
    for k in range(3, 7):
        data.update({f"p{k}-lead": "区发改经信局", f"p{k}-weight": "1"})  # left as shown: ignored
    response = c.post(reverse("task_split", args=[task.pk]), data)
    assert response.status_code == 302, response.context["reason_form"].errors
    parts = list(plan.tasks.order_by("code"))
    assert [p.code for p in parts] == ["R1-1", "R1-2"]
    assert [p.current_target.indicators.get().value for p in parts] == [6000, 5000]
    assert parts[0].current_target.facts["split_from"] == "R1" and "按街道分解" in parts[0].current_target.reason
    gone = Task.all_objects.get(pk=task.pk)
    assert gone.withdrawn_at and "R1-1" in gone.withdraw_reason
    assert gone.current_target.facts["split_into"] == ["R1-1", "R1-2"] and gone.current_target.version == 2
    assert last("task.split").detail["into"][1]["code"] == "R1-2"
    page = c.get(reverse("task_detail", args=[parts[0].pk])).content.decode()
    assert "由 R1 拆分而来" in page
    one = c.post(reverse("task_split", args=[parts[0].pk]), {"reason": "x", "p1-text": "只有一项",
                                                              "p1-weight": "1", "p2-weight": "1"})
    assert one.status_code == 400 and plan.tasks.count() == 2


def test_withdraw_and_restore_a_task_and_a_period_through_the_pages(client, plan):
    task = plan.tasks.get()
    period = ReportingPeriod.objects.create(plan=plan, name="2031年一季度", start=datetime.date(2031, 1, 1),
                                            end=datetime.date(2031, 3, 31), deadline=datetime.date(2031, 4, 10))
    c = office(client)
    c.post(reverse("task_withdraw", args=[task.pk]), {"reason": "重复"})
    c.post(reverse("period_withdraw", args=[period.pk]), {"reason": "建错了"})
    page = c.get(reverse("withdrawn")).content.decode()
    assert "重复" in page and "建错了" in page and task.code in page
    refused = c.post(reverse("task_restore", args=[task.pk]), {"reason": ""})
    assert refused.status_code == 302 and not Task.objects.filter(pk=task.pk).exists()
    c.post(reverse("task_restore", args=[task.pk]), {"reason": "误撤销"})
    c.post(reverse("period_restore", args=[period.pk]), {"reason": "误撤销"})
    assert Task.objects.filter(pk=task.pk).exists() and ReportingPeriod.objects.filter(pk=period.pk).exists()
    assert last("task.restore").detail["reason"] == "误撤销" and last("period.restore").detail["reason"] == "误撤销"
    versions = list(task.target_versions.order_by("version"))
    assert not versions[0].facts.get("withdrawn") and len(versions) == 3
    assert versions[1].facts["withdrawn"] and versions[2].facts["restored"] and "误撤销" in versions[2].reason
    page = c.get(reverse("task_detail", args=[task.pk])).content.decode()
    assert "撤销：重复" in page and "恢复：误撤销" in page


def test_a_task_of_a_withdrawn_plan_comes_back_with_its_plan(plan):
    task = plan.tasks.get()
    withdrawals.do_withdraw_task(task, "重复", acting_user=user("office"))
    withdrawals.do_withdraw_plan(plan, "整体错误", acting_user=user("office"))
    with pytest.raises(ActionRefused, match="请先恢复计划"):
        withdrawals.do_restore_task(Task.all_objects.get(pk=task.pk), "x", acting_user=user("office"))


def test_actions_refuse_other_roles(plan):
    task = plan.tasks.get()
    change = TaskChange(text="新的内容")
    for who in ("leader", "reporter", "stats", "inspector"):
        with pytest.raises(PermissionDenied):
            task_edits.do_edit_task(task, change, "理由", acting_user=user(who))
        with pytest.raises(PermissionDenied):
            task_edits.do_add_task(plan, change, "理由", acting_user=user(who))
        with pytest.raises(PermissionDenied):
            task_edits.do_split_task(task, [change, change], "理由", acting_user=user(who))
    assert task.target_versions.count() == 1
