"""Head sign-off (审签), optional per unit: a reporter's 提交 goes to the head first, the head
passes it to the office or returns it; units without it submit straight to the office."""

from __future__ import annotations

import pytest
from django.urls import reverse

from luoshi.core.models import AuditEvent
from luoshi.supervision.models import SignoffSetting, Submission
from luoshi.supervision.services import review, worklist

from .demo import login

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_today")]   # seeded once: conftest


def _report(client, plan, username="weijian"):
    _closed, due, _open = plan.periods.order_by("end")
    task = plan.tasks.filter(lead__name="区卫生健康局").order_by("order").first()
    login(client, username)
    r = client.post(reverse("portal_report", args=[task.pk, due.pk]),
                    {"narrative": "完成机构备案2家，完成率60%。", "action": "submit"})
    assert r.status_code == 302
    return Submission.objects.filter(task=task, period=due).order_by("-version").first()


def test_reporter_submission_waits_for_the_head_then_reaches_the_office(client, demo_plan, django_user_model):
    assert SignoffSetting.objects.get(organisation__name="区卫生健康局").required
    sub = _report(client, demo_plan)
    assert sub.state == "signoff" and sub.submitted_at is None
    assert not review.pending_submissions().filter(pk=sub.pk).exists()  # not yet the office's
    head = django_user_model.objects.get(username="weijian-head")
    items = next(s for s in worklist.sections(head) if s.key == "signoff").items
    assert [i.url for i in items] == [reverse("portal_report", args=[sub.task_id, sub.period_id])]
    reporter = django_user_model.objects.get(username="weijian")
    assert "signoff" not in [s.key for s in worklist.sections(reporter)]
    # Only the head signs off.
    assert client.post(reverse("portal_signoff", args=[sub.pk])).status_code == 403
    sub.refresh_from_db()
    assert sub.state == "signoff"
    login(client, "weijian-head")
    assert "待您审签" in client.get(reverse("portal_report", args=[sub.task_id, sub.period_id])).content.decode()
    client.post(reverse("portal_signoff", args=[sub.pk]), {"action": "approve"})
    sub.refresh_from_db()
    assert sub.state == "submitted" and sub.submitted_at is not None
    assert review.pending_submissions().filter(pk=sub.pk).exists()
    assert AuditEvent.objects.filter(action="submission.sign_off", object_id=str(sub.pk)).exists()


def test_head_returns_with_a_comment_and_the_reporter_sees_it(client, demo_plan, django_user_model):
    sub = _report(client, demo_plan)
    login(client, "weijian-head")
    client.post(reverse("portal_signoff", args=[sub.pk]), {"action": "return", "comment": "数字请与台账核对"})
    sub.refresh_from_db()
    assert sub.state == "returned" and "数字请与台账核对" in sub.review_comment
    reporter = django_user_model.objects.get(username="weijian")
    returned = next(s for s in worklist.sections(reporter) if s.key == "returned").items
    assert returned and "数字请与台账核对" in returned[0].detail
    r = client.post(reverse("portal_signoff", args=[sub.pk]), {"action": "return", "comment": "again"}, follow=True)
    assert "不在待审签状态" in r.content.decode()


def test_the_head_itself_and_units_without_signoff_submit_straight_to_the_office(client, demo_plan):
    assert _report(client, demo_plan, "weijian-head").state == "submitted"
    login(client, "office")
    r = client.get(reverse("signoff_settings"))
    assert r.status_code == 200 and "区卫生健康局" in r.content.decode()
    org = SignoffSetting.objects.get(organisation__name="区卫生健康局").organisation
    client.post(reverse("signoff_settings"), {"organisation": org.pk, "required": "0"})
    assert not SignoffSetting.objects.get(organisation=org).required
    assert client.post(reverse("signoff_settings"), {"organisation": "x"}).status_code == 302
    login(client, "reporter")
    assert client.get(reverse("signoff_settings")).status_code == 403
