"""Reminders, overdue notices, escalation and status-change notices: one digest per person,
a DingTalk robot message per unit, never twice for the same event."""

import io
import json
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from luoshi.core.models import AuditEvent, Organisation, Profile, Role
from luoshi.supervision.actions import notifications
from luoshi.supervision.models import Assessment, Notification, Plan, ReportingPeriod, Submission
from luoshi.supervision.services import reminders
from luoshi.supervision.services.plans import missing_reports
from luoshi.supervision.tasks import send_reminders_job

from .demo import login, user

pytestmark = pytest.mark.django_db

HOOK = "https://oapi.dingtalk.com/robot/send?access_token=test-token"
# 上城 2020 下半年 and 拱墅 Q4 are due 2021-01-10; 拱墅 Q3 (2020-10-10) and 上城 2019年度
# (2020-01-10) are long overdue on this day.
DAY = date(2021, 1, 8)


@pytest.fixture
def reporter():
    u = user("reporter")
    u.email = "reporter@luoshi.example"
    u.save()
    return u


@pytest.fixture
def org(reporter):
    return reporter.profile.organisation


@pytest.fixture
def head(org):
    """The unit's head (单位负责人); the demo accounts have one for the reporter's unit."""
    u = get_user_model().objects.filter(profile__organisation=org, profile__is_head=True).first()
    if u is None:
        u = get_user_model().objects.create_user("head", password="luoshi-demo")
        Profile.objects.create(user=u, role=Role.REPORTER, organisation=org, is_head=True)
    u.email, u.first_name = "head@luoshi.example", "局长"
    u.save()
    return u


@pytest.fixture
def headless(org):
    """The reporter's unit without a head."""
    Profile.objects.filter(organisation=org, is_head=True).update(is_head=False)
    return org


class FakeSender:
    def __init__(self, fail=False):
        self.calls = []
        self.fail = fail

    def __call__(self, url, payload):
        json.dumps(payload)  # what would be posted must be JSON
        self.calls.append((url, payload))
        if self.fail:
            raise OSError("robot down")


def mails_to(address):
    return [m for m in mail.outbox if address in m.to]


def missing_codes(org, period):
    return next(([t.code for t in tasks] for o, tasks in missing_reports(period) if o == org), [])


# --- digests -------------------------------------------------------------------------

def test_one_digest_per_person_across_plans(reporter, org):
    summary = notifications.send_due(DAY)
    mine = mails_to(reporter.email)
    assert len(mine) == 1, "one mail, however many tasks and plans"
    body = mine[0].body
    sc = ReportingPeriod.objects.get(plan__title="上城区2020年政府工作报告重点工作", name="2020年下半年")
    gs = ReportingPeriod.objects.get(plan__title="拱墅区2020年重点工作", name="2020年第四季度")
    for period in (sc, gs):
        codes = missing_codes(org, period)
        assert codes, period
        assert period.plan.title in body
        for code in codes:
            assert code in body
    assert "即将截止，尚未报送" in body and "已逾期，尚未报送" in body
    assert "还有 2 天" in body
    assert "尚未报送" in mine[0].subject
    assert summary.email_sent >= 1
    keys = set(Notification.objects.filter(recipient=reporter, channel="email").values_list("key", flat=True))
    assert f"remind:{sc.pk}:{reporter.pk}:2021-01-10" in keys
    assert Notification.objects.filter(recipient=reporter, state="sent").count() == len(keys)
    assert AuditEvent.objects.filter(action="reminders.send").exists()


def test_a_second_run_sends_nothing(reporter):
    notifications.send_due(DAY)
    sent, rows = len(mail.outbox), Notification.objects.count()
    assert sent and rows
    summary = notifications.send_due(DAY)
    assert len(mail.outbox) == sent and Notification.objects.count() == rows
    assert (summary.email_sent, summary.email_failed, summary.webhook_sent, summary.no_head) == (0, 0, 0, 0)
    # A later day adds nothing for the same deadlines either.
    notifications.send_due(DAY + timedelta(days=1))
    assert len(mail.outbox) == sent


def test_reminder_window_follows_the_setting(reporter, settings):
    settings.LUOSHI_REMIND_DAYS_BEFORE = 3
    events = reminders.due_reminders(date(2021, 1, 5))
    assert not [e for e in events if e.kind == "remind"]
    settings.LUOSHI_REMIND_DAYS_BEFORE = 5
    events = reminders.due_reminders(date(2021, 1, 5))
    reminds = [e for e in events if e.kind == "remind"]
    assert reminds and {e.period.deadline for e in reminds} == {date(2021, 1, 10)}
    assert all(e.days == 5 for e in reminds)


def test_closed_periods_are_not_chased(reporter):
    events = reminders.due_reminders(DAY)
    assert events and all(not e.period.closed for e in events if e.kind != "status")


def test_user_without_email_is_recorded_not_mailed(reporter):
    reporter.email = ""
    reporter.save()
    notifications.send_due(DAY)
    assert not mails_to("reporter@luoshi.example")
    rows = Notification.objects.filter(recipient=reporter)
    assert rows and all(r.state == "failed" and r.error == reminders.NO_EMAIL for r in rows)
    before = Notification.objects.count()
    notifications.send_due(DAY)
    assert Notification.objects.count() == before


def test_failed_mail_is_retried_once_it_works(reporter, monkeypatch):
    from django.core.mail import EmailMessage

    original = EmailMessage.send

    def broken(self, fail_silently=False):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr(EmailMessage, "send", broken)
    notifications.send_due(DAY)
    rows = Notification.objects.filter(recipient=reporter)
    assert rows and all(r.state == "failed" and "smtp down" in r.error for r in rows)
    monkeypatch.setattr(EmailMessage, "send", original)
    notifications.send_due(DAY)
    assert len(mails_to(reporter.email)) == 1
    assert all(r.state == "sent" for r in Notification.objects.filter(recipient=reporter))
    notifications.send_due(DAY)
    assert len(mails_to(reporter.email)) == 1


# --- DingTalk / 浙政钉 robot ------------------------------------------------------------

def test_webhook_payload_is_a_dingtalk_markdown_message(reporter, org, settings):
    settings.LUOSHI_WEBHOOKS_ENABLED = True
    org.webhook_url = HOOK
    org.save()
    sender = FakeSender()
    summary = notifications.send_due(DAY, webhook_sender=sender)
    assert len(sender.calls) == 1 and summary.webhook_sent == 1
    url, payload = sender.calls[0]
    assert url == HOOK
    assert payload["msgtype"] == "markdown"
    assert set(payload["markdown"]) == {"title", "text"}
    assert org.name in payload["markdown"]["title"] and "督查" in payload["markdown"]["title"]
    text = payload["markdown"]["text"]
    sc = ReportingPeriod.objects.get(plan__title="上城区2020年政府工作报告重点工作", name="2020年下半年")
    first = sc.plan.tasks.get(code=missing_codes(org, sc)[0])
    assert first.code in text and " ".join(first.name.split())[:10].replace("*", "＊") in text
    assert payload["at"] == {"atMobiles": [], "isAtAll": False}
    rows = Notification.objects.filter(channel="dingtalk", address=HOOK)
    assert rows and all(r.state == "sent" and r.organisation == org for r in rows)
    notifications.send_due(DAY, webhook_sender=sender)
    assert len(sender.calls) == 1, "never twice"


def test_webhooks_disabled_are_recorded_as_skipped(reporter, org, settings):
    settings.LUOSHI_WEBHOOKS_ENABLED = False
    org.webhook_url = HOOK
    org.save()
    sender = FakeSender()
    summary = notifications.send_due(DAY, webhook_sender=sender)
    assert sender.calls == [] and summary.webhook_skipped == 1
    assert all(r.state == "skipped" for r in Notification.objects.filter(channel="dingtalk"))


def test_failing_robot_is_recorded_and_retried(reporter, org, settings):
    settings.LUOSHI_WEBHOOKS_ENABLED = True
    org.webhook_url = HOOK
    org.save()
    down = FakeSender(fail=True)
    notifications.send_due(DAY, webhook_sender=down)
    assert all(r.state == "failed" and "robot down" in r.error for r in Notification.objects.filter(channel="dingtalk"))
    up = FakeSender()
    notifications.send_due(DAY, webhook_sender=up)
    assert len(up.calls) == 1
    notifications.send_due(DAY, webhook_sender=up)
    assert len(up.calls) == 1


def test_post_webhook_refuses_other_schemes():
    with pytest.raises(reminders.WebhookError):
        reminders.post_webhook("file:///etc/passwd", {"msgtype": "markdown"})


# --- escalation -------------------------------------------------------------------------

def test_escalation_to_the_head_after_the_grace_period(reporter, org, head, settings):
    settings.LUOSHI_ESCALATE_AFTER_DAYS = 5
    q3 = ReportingPeriod.objects.get(plan__title="拱墅区2020年重点工作", name="2020年第三季度")
    assert missing_codes(org, q3)
    within = q3.deadline + timedelta(days=5)
    assert not [e for e in reminders.due_reminders(within) if e.kind == "escalate" and e.period == q3]
    after = q3.deadline + timedelta(days=6)
    notifications.send_due(after)
    to_head = mails_to(head.email)
    assert len(to_head) == 1
    assert "升级提醒单位负责人" in to_head[0].body and "局长" in to_head[0].body
    for code in missing_codes(org, q3):
        assert code in to_head[0].body
    found = [e for e in reminders.escalations() if e.period == q3 and e.organisation == org]
    assert len(found) == 1
    esc = found[0]
    assert esc.heads == ["head"] and esc.delivered and esc.missing_now == len(missing_codes(org, q3))
    assert not esc.resolved
    assert reminders.escalations(q3) and not reminders.escalations(
        ReportingPeriod.objects.get(plan__title="拱墅区2020年重点工作", name="2020年第四季度"))
    notifications.send_due(after + timedelta(days=3))
    assert len(mails_to(head.email)) == 1
    # a task withdrawn since (撤销) is no longer missing: the count follows missing_reports
    from luoshi.supervision.actions.withdrawals import do_withdraw_task
    from luoshi.supervision.models import Task

    do_withdraw_task(Task.objects.get(plan=q3.plan, code=missing_codes(org, q3)[0]), "重复任务",
                     acting_user=get_user_model().objects.get(username="office"))
    [esc] = [e for e in reminders.escalations() if e.period == q3 and e.organisation == org]
    assert esc.missing_now == len(missing_codes(org, q3))


def test_escalation_without_a_head_is_noted(reporter, headless):
    org = headless
    q3 = ReportingPeriod.objects.get(plan__title="拱墅区2020年重点工作", name="2020年第三季度")
    summary = notifications.send_due(q3.deadline + timedelta(days=30))
    assert summary.no_head > 0
    mine = [e for e in reminders.escalations(q3) if e.organisation == org]
    assert mine and mine[0].heads == [] and not mine[0].delivered and reminders.NO_HEAD in mine[0].note
    rows = Notification.objects.filter(key=f"escalate:{q3.pk}:{org.pk}")
    assert rows.count() == 1


# --- status changes ---------------------------------------------------------------------

@pytest.fixture
def changed(org):
    """A task of the reporter's unit whose accepted progress was corrected, giving a new status."""
    period = ReportingPeriod.objects.get(plan__title="上城区2020年政府工作报告重点工作", name="2020年上半年")
    old = (Assessment.objects.filter(period=period, current=True, task__lead=org)
           .exclude(status="completed").select_related("task", "submission").first())
    assert old is not None
    sub = old.submission
    new_sub = Submission.objects.create(
        task=sub.task, period=period, organisation=sub.organisation, version=sub.version + 1, supersedes=sub,
        narrative="已全面完成", state="accepted", late=True, submitted_at=timezone.now())
    Assessment.objects.filter(pk=old.pk).update(current=False)
    new = Assessment.objects.create(task=old.task, period=period, submission=new_sub, status="completed",
                                    completion_pct=100, current=True)
    return old, new


QUIET_DAY = date(2019, 6, 1)  # no period is due: only status changes are sent


def test_status_change_found_by_the_job(reporter, changed):
    old, new = changed
    summary = notifications.send_due(QUIET_DAY)
    assert summary.events >= 1
    mine = mails_to(reporter.email)
    assert len(mine) == 1
    assert "研判状态变化" in mine[0].body and old.task.code in mine[0].body and "已完成" in mine[0].body
    assert Notification.objects.filter(key=f"status:{new.pk}", recipient=reporter, state="sent").exists()
    notifications.send_due(QUIET_DAY)
    assert len(mails_to(reporter.email)) == 1


def test_status_change_hook_then_job_sends_once(reporter, changed, django_capture_on_commit_callbacks):
    old, new = changed
    with django_capture_on_commit_callbacks(execute=True):
        notifications.notify_status_change(new.task, new.period, old, new)
    assert len(mails_to(reporter.email)) == 1
    notifications.send_due(QUIET_DAY)
    assert len(mails_to(reporter.email)) == 1


def test_old_changes_and_rows_of_one_import_are_not_announced(changed, settings):
    old, new = changed
    assert [e.key for e in reminders.status_changes()] == [f"status:{new.pk}"] * len(new.task.lead.all())
    Assessment.objects.filter(pk=new.pk).update(created_at=timezone.now() - timedelta(days=40))
    assert reminders.status_changes() == []


def test_same_status_is_not_a_change(reporter, changed, django_capture_on_commit_callbacks):
    old, new = changed
    with django_capture_on_commit_callbacks(execute=True):
        notifications.notify_status_change(new.task, new.period, new, new)
        notifications.notify_status_change(new.task, new.period, "behind", "behind")
    assert mail.outbox == []


# --- the job, the command, the page --------------------------------------------------------

def test_job_and_command(reporter):
    result = send_reminders_job.enqueue(DAY.isoformat())
    assert result.return_value["email_sent"] >= 1
    out = io.StringIO()
    call_command("send_reminders", "--date", DAY.isoformat(), stdout=out)
    assert "提醒事项" in out.getvalue() and "邮件发送 0 封" in out.getvalue()
    with pytest.raises(CommandError):
        call_command("send_reminders", "--date", "2021-13-45", stdout=io.StringIO())


def test_notifications_page_lists_what_was_sent(client, reporter, org):
    notifications.send_due(DAY)
    login(client, "office")
    page = client.get(reverse("notifications")).content.decode()
    assert reporter.email in page and "已发送" in page and "逾期升级" in page
    assert org.name in page
    page = client.get(reverse("notifications") + "?kind=escalate&state=failed&channel=email").content.decode()
    assert reminders.NO_HEAD in page and reporter.email not in page
    assert client.get(reverse("notifications") + "?kind=<x>&page=-1").status_code == 200


@pytest.mark.parametrize("username,expected", [
    (None, 302), ("office", 200), ("reporter", 200), ("head", 200), ("leader", 200), ("stats", 200),
    ("inspector", 200)])
def test_notifications_role_matrix(client, username, expected):
    if username:
        login(client, username)
    assert client.get(reverse("notifications")).status_code == expected


def test_notifications_page_shows_others_only_their_own(client, reporter, org):
    notifications.send_due(DAY)
    sent = Notification.objects.exclude(recipient=None)
    mine = sent.filter(recipient__username="reporter")
    assert mine.exists() and sent.exclude(recipient__username="reporter").exists()
    login(client, "reporter")
    page = client.get(reverse("notifications")).content.decode()
    others = {n.address for n in sent.exclude(recipient__username="reporter").exclude(organisation=org)}
    assert reporter.email in page and not any(a in page for a in others if a)
    assert "逾期升级" not in page  # the escalation overview is the office's


def test_hostile_text_is_escaped_in_mail_records_and_robot(client, reporter, org, settings):
    plan = Plan.objects.get(title="上城区2020年政府工作报告重点工作")
    task = plan.tasks.filter(lead=org).first()
    task.name = "<script>alert(1)</script>**粗体** [链接](http://x)"
    task.save()
    settings.LUOSHI_WEBHOOKS_ENABLED = True
    org.webhook_url = HOOK
    org.save()
    sender = FakeSender()
    notifications.send_due(DAY, webhook_sender=sender)
    text = sender.calls[0][1]["markdown"]["text"]
    assert "**粗体**" not in text and "[链接]" not in text  # user text cannot restyle the robot message
    login(client, "inspector")
    page = client.get(reverse("notifications")).content.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_escalations_ignore_foreign_keys():
    Notification.objects.create(key="escalate:bogus", channel="email", address="")
    Notification.objects.create(key="escalate:999999:999999", channel="email", address="")
    assert reminders.escalations() == []


def test_organisation_without_reporters_gets_no_mail(reporter):
    org = Organisation.objects.get(name="区财政局")
    events = [e for e in reminders.due_reminders(DAY) if e.organisation == org]
    assert events and all(e.recipients == [] for e in events if e.kind != "escalate")
    notifications.send_due(DAY)
    assert not Notification.objects.filter(organisation=org, channel="email").exclude(key__startswith="escalate:")
