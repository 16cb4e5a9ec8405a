"""Release to the public, withdraw, reopen, unlock (公开发布、撤回、撤销、重新开放、解锁):
recorded acts of the office (or the statistics bureau), each reversible, each with a reason
where it undoes something, all in the audit log; nothing is deleted."""

import pytest
from django.urls import reverse

from luoshi.core.actions import ActionRefused
from luoshi.core.models import AuditEvent
from luoshi.supervision.actions import releases as release_actions
from luoshi.supervision.actions import statistics as stat_actions
from luoshi.supervision.actions import withdrawals
from luoshi.supervision.models import Plan, PublicRelease, ReportingPeriod, StatisticFigure, Task
from luoshi.supervision.services import releases

from .demo import user

pytestmark = pytest.mark.django_db


def office_client(client):
    client.force_login(user("office"))
    return client


def last(action):
    return AuditEvent.objects.filter(action=action).order_by("-id").first()


def test_nothing_is_public_until_the_office_releases_it(client, demo):
    plan = Plan.objects.get(title="上城区2019年目标任务分解")  # imported, with published tasks
    assert plan.tasks.filter(published=True).exists()
    assert client.get(reverse("public_plan", args=[plan.pk])).status_code == 404
    assert client.get(reverse("api_public_plan", args=[plan.pk])).status_code == 404
    assert plan.title not in client.get(reverse("public_home")).content.decode()
    assert plan.pk not in {p["id"] for p in client.get(reverse("api_public_plans")).json()["results"]}

    office_client(client).post(reverse("plan_release", args=[plan.pk]))
    assert last("release.publish").detail["plan"] == plan.pk
    client.logout()
    assert client.get(reverse("public_plan", args=[plan.pk])).status_code == 200
    assert plan.pk in {p["id"] for p in client.get(reverse("api_public_plans")).json()["results"]}

    release = releases.standing(plan)
    office_client(client).post(reverse("release_withdraw", args=[release.pk]), {"reason": ""})
    assert releases.standing(plan) is not None  # a withdrawal needs its reason
    client.post(reverse("release_withdraw", args=[release.pk]), {"reason": "发布有误"})
    release.refresh_from_db()
    assert release.withdrawn_at is not None and release.withdraw_reason == "发布有误"  # kept on record
    assert last("release.withdraw").detail["reason"] == "发布有误"
    client.logout()
    assert client.get(reverse("public_plan", args=[plan.pk])).status_code == 404
    assert client.get(reverse("api_public_plan", args=[plan.pk])).status_code == 404


def test_a_period_s_progress_is_public_only_once_released(client, demo):
    plan = Plan.objects.get(title="上城区2020年政府工作报告重点工作")
    period = plan.periods.get(name="2020年上半年")
    assert releases.standing(plan, period) is not None  # the demo's office released it
    page = client.get(reverse("public_plan", args=[plan.pk])).content.decode()
    api = client.get(reverse("api_public_plan", args=[plan.pk])).json()
    shown = [r["progress"] for r in api["rows"] if r.get("progress")]
    assert shown and all(p in page for p in shown[:5])
    assert api["period"]["id"] == period.pk
    release_actions.do_withdraw_release(releases.standing(plan, period), "数据待核", acting_user=user("office"))
    page = client.get(reverse("public_plan", args=[plan.pk])).content.decode()
    assert not any(p in page for p in shown[:5])
    api = client.get(reverse("api_public_plan", args=[plan.pk])).json()
    assert api["period"] is None and not any(r.get("progress") for r in api["rows"])
    assert client.get(reverse("api_public_plan", args=[plan.pk]), {"period": period.pk}).status_code == 404


def test_the_public_api_carries_exactly_the_page_s_rows(client, demo):
    plan = Plan.objects.get(title="拱墅区2020年重点工作")
    page = client.get(reverse("public_plan", args=[plan.pk]))
    # Both are paged (issue 16): the API's page of the same size carries the page's rows.
    size = page.context["page"].paginator.per_page
    api = client.get(reverse("api_public_plan", args=[plan.pk]), {"limit": size, "offset": 0}).json()
    rows = [{k: v for k, v in r.items() if k != "rowspan"} for r in page.context["rows"]]
    assert api["count"] == page.context["page"].paginator.count
    assert api["rows"] == rows
    body = str(api)
    for internal in ("status", "evidence", "completion", "reviewed_by", "code"):
        assert f"'{internal}" not in body


def test_release_refusals(demo):
    plan = Plan.objects.get(title="上城区2019年目标任务分解")
    period = plan.periods.first()
    with pytest.raises(ActionRefused, match="请先公开发布计划"):
        release_actions.do_release_plan(plan, period, acting_user=user("office"))
    first = release_actions.do_release_plan(plan, acting_user=user("office"))
    assert release_actions.do_release_plan(plan, acting_user=user("office")) == first  # once is enough


def test_withdraw_a_task_leaves_lists_and_public_and_keeps_it(client, demo):
    plan = Plan.objects.get(title="拱墅区2020年重点工作")
    task = plan.tasks.order_by("order").first()
    before = client.get(reverse("api_public_plan", args=[plan.pk])).json()["count"]
    office_client(client).post(reverse("task_withdraw", args=[task.pk]), {"reason": "重复导入"})
    assert not Task.objects.filter(pk=task.pk).exists()
    kept = Task.all_objects.get(pk=task.pk)
    assert kept.withdraw_reason == "重复导入" and kept.submissions.exists()  # history kept
    assert last("task.withdraw").detail == {"code": task.code, "reason": "重复导入"}
    page = client.get(reverse("task_detail", args=[task.pk]))  # the office still opens it: history, restore
    assert page.status_code == 200 and "该任务已撤销" in page.content.decode()
    client.force_login(user("leader"))
    assert client.get(reverse("task_detail", args=[task.pk])).status_code == 404
    api = client.get(reverse("api_public_plan", args=[plan.pk])).json()
    assert api["count"] == before - 1
    withdrawals.do_restore_task(kept, "误撤销", acting_user=user("office"))
    assert Task.objects.filter(pk=task.pk).exists() and last("task.restore")


def test_withdraw_a_plan_ends_its_releases_and_can_be_restored(client, demo):
    plan = Plan.objects.get(title="拱墅区2020年重点工作")
    office_client(client).post(reverse("plan_withdraw", args=[plan.pk]), {"reason": "导入错误"})
    assert not Plan.objects.filter(pk=plan.pk).exists()
    assert not Task.objects.filter(plan_id=plan.pk).exists()
    assert not PublicRelease.objects.filter(plan_id=plan.pk, withdrawn_at__isnull=True).exists()
    page = client.get(reverse("periods")).content.decode()
    assert "已撤销的计划" in page and "导入错误" in page
    client.logout()
    assert client.get(reverse("public_plan", args=[plan.pk])).status_code == 404
    office_client(client).post(reverse("plan_restore", args=[plan.pk]))
    assert Plan.objects.filter(pk=plan.pk).exists() and last("plan.restore")
    assert releases.standing(Plan.objects.get(pk=plan.pk)) is None  # released again only by the office


def test_reopen_a_period_with_a_reason(client, demo):
    period = ReportingPeriod.objects.filter(closed=True).first()
    office_client(client).post(reverse("period_reopen", args=[period.pk]), {"reason": ""})
    period.refresh_from_db()
    assert period.closed
    client.post(reverse("period_reopen", args=[period.pk]), {"reason": "区长要求补报"})
    period.refresh_from_db()
    assert not period.closed
    assert last("period.reopen").detail["reason"] == "区长要求补报"


def test_withdraw_a_period(client, demo):
    period = ReportingPeriod.objects.filter(closed=False).first()
    office_client(client).post(reverse("period_withdraw", args=[period.pk]), {"reason": "周期设置错误"})
    assert not ReportingPeriod.objects.filter(pk=period.pk).exists()
    assert ReportingPeriod.all_objects.get(pk=period.pk).withdraw_reason == "周期设置错误"


def test_unlock_a_statistic_with_a_reason(client, demo):
    period = Plan.objects.get(title__startswith="上城区2020年政府").periods.get(name="2020年上半年")
    stats = user("stats")
    figure = stat_actions.do_enter_statistic_figure(period, period.plan.statistic_metrics.get(name="社会消费品零售总额"), 8.5, "%", acting_user=stats)
    stat_actions.do_lock_statistic_figure(figure, acting_user=stats)
    client.force_login(stats)
    client.post(reverse("statistic_unlock", args=[figure.pk]), {"reason": ""})
    assert StatisticFigure.objects.get(pk=figure.pk).locked
    client.post(reverse("statistic_unlock", args=[figure.pk]), {"reason": "统计局修订数据"})
    assert not StatisticFigure.objects.get(pk=figure.pk).locked
    assert last("statistics.unlock").detail["reason"] == "统计局修订数据"
    revised = stat_actions.do_enter_statistic_figure(period, period.plan.statistic_metrics.get(name="社会消费品零售总额"), 8.9, "%", acting_user=stats)
    assert revised.version == figure.version + 1
    client.force_login(user("office"))
    assert client.post(reverse("statistic_unlock", args=[figure.pk]), {"reason": "x"}).status_code == 403
