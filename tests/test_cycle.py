"""The areas working together: an accepted report that changes a task's status
notifies its lead unit; overdue 督办 orders and escalations reach the dashboard;
the task page offers the office its actions and nobody else."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.urls import reverse

from luoshi.supervision.actions import orders as order_actions
from luoshi.supervision.actions import submissions as submission_actions
from luoshi.supervision.models import Assessment, Notification, ReportingPeriod, Task

from .demo import user

pytestmark = pytest.mark.django_db


def _reporter_task():
    """A task of the 上城 2020 plan led by the reporter's unit, with a first-half verdict."""
    reporter = user("reporter")
    org = reporter.profile.organisation
    task = (Task.objects.filter(plan__title="上城区2020年政府工作报告重点工作", lead=org,
                                assessments__period__name="2020年上半年").distinct().first())
    assert task is not None
    return reporter, task, ReportingPeriod.objects.get(plan=task.plan, name="2020年下半年")


def test_accepting_a_changed_status_notifies_the_lead_unit(django_capture_on_commit_callbacks):
    reporter, task, period = _reporter_task()
    before = Assessment.objects.filter(task=task).order_by("-id").first()
    # A report that says nothing has started: the status cannot stay what it was.
    sub = submission_actions.do_save_and_submit_submission(task, period, "该项工作尚未启动。", acting_user=reporter)
    with django_capture_on_commit_callbacks(execute=True):
        after = submission_actions.do_accept_submission(sub, acting_user=user("office"))
    assert after.status != before.status
    notices = Notification.objects.filter(key__startswith="status:")
    assert notices.exists()
    assert any(task.code in m.body for m in mail.outbox)


def test_overdue_orders_and_escalations_reach_the_dashboard(client):
    office = user("office")
    _reporter, task, period = _reporter_task()
    order = order_actions.do_issue_order(task, "请于期限内报送整改措施。", date.today() + timedelta(days=1),
                                         period=period, acting_user=office)
    order.deadline = date.today() - timedelta(days=3)  # time passes: the deadline is gone
    order.save(update_fields=["deadline"])
    client.force_login(office)
    page = client.get(reverse("dashboard"), {"plan": task.plan.pk}).content.decode()
    assert order.number in page
    assert "逾期督办" in page


@pytest.mark.parametrize("username,sees_actions", [("office", True), ("leader", False), ("inspector", False)])
def test_task_page_actions_only_for_the_office(client, username, sees_actions):
    _reporter, task, _period = _reporter_task()
    client.force_login(user(username))
    page = client.get(reverse("task_detail", args=[task.pk])).content.decode()
    assert (reverse("order_issue", args=[task.pk]) in page) is sees_actions


def test_the_dashboards_cached_alarms_end_with_an_audited_change(client):
    """The alarms are cached with the dashboard's figures: an order issued after a visit is on
    the next one (its audit event ends the cached alarms)."""
    office = user("office")
    _reporter, task, period = _reporter_task()
    client.force_login(office)
    assert client.get(reverse("dashboard"), {"plan": task.plan.pk}).status_code == 200  # cached now
    order = order_actions.do_issue_order(task, "请于期限内报送整改措施。", date.today() + timedelta(days=1),
                                         period=period, acting_user=office)
    order.deadline = date.today() - timedelta(days=3)
    order.save(update_fields=["deadline"])
    page = client.get(reverse("dashboard"), {"plan": task.plan.pk}).content.decode()
    assert order.number in page
    assert "逾期督办" in page
