"""Delivering reminders (催报提醒): the Notification rows that make each send happen once.

Not one transaction: a delivery run claims each (event, channel, address) by
creating its row in a transaction of its own, then sends over the network,
then records the outcome, so a crash or a second worker never sends twice and
a failed send is retried by the next run.  What is due, and what the messages
say, is services/reminders.py.  ``send_due`` is the ``send_reminders_job``'s
body; ``notify_status_change`` is called by ``do_accept_submission`` and sends
after that action commits.
"""

from __future__ import annotations

import logging
from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.models import Organisation

from ..models import Notification, NotificationRead, ReportingPeriod, Task
from ..services import notices
from ..services.reminders import (
    NO_EMAIL,
    NO_HEAD,
    WEBHOOKS_OFF,
    Event,
    Summary,
    WebhookSender,
    dingtalk_payload,
    due_reminders,
    post_webhook,
    render_digest,
    section_head,
    status_event,
)

log = logging.getLogger(__name__)


def _claim(key: str, channel: str, address: str, recipient=None, organisation=None) -> Notification | None:
    """The Notification row for this event and address if this run may send it, else None.

    Creating the row is the claim: the unique (key, channel, address) makes a second
    run — or a concurrent worker — find it taken.  A row whose sending failed (to a
    real address) is taken over for a retry."""
    try:
        with transaction.atomic():
            return Notification.objects.create(
                key=key[:200], channel=channel, address=address[:300], recipient=recipient,
                organisation=organisation, state="sending")
    except IntegrityError:
        pass
    existing = Notification.objects.filter(key=key[:200], channel=channel, address=address[:300]).first()
    if existing and existing.address and existing.state == "failed":
        if Notification.objects.filter(pk=existing.pk, state="failed").update(state="sending"):
            return existing
    return None


def _finish(rows: list[Notification], state: str, subject: str = "", body: str = "", error: str = "") -> None:
    Notification.objects.filter(pk__in=[r.pk for r in rows]).update(
        state=state, subject=subject[:200], body=body, error=error[:2000])


def _send_mail(events: list[Event], summary: Summary, connection) -> None:
    by_user: dict[int, tuple[object, list[tuple[Event, str]]]] = {}
    for ev in events:
        for user in ev.recipients:
            by_user.setdefault(user.pk, (user, []))[1].append((ev, ev.email_key(user)))
    for user, items in by_user.values():
        address = (user.email or "").strip()
        claimed = []
        for ev, key in items:
            row = _claim(key, "email", address, user, ev.organisation)
            if row is not None:
                claimed.append((ev, row))
        if not claimed:
            continue
        rows = [row for _ev, row in claimed]
        subject, body = render_digest(user, [ev for ev, _row in claimed])
        if not address:
            _finish(rows, "failed", subject, body, NO_EMAIL)
            summary.email_failed += 1
            continue
        try:
            EmailMessage(subject, body, to=[address], connection=connection).send()
        except Exception as e:  # noqa: BLE001 - any mail failure is recorded and retried next run
            log.warning("reminder mail to %s failed: %s", address, e)
            _finish(rows, "failed", subject, body, f"{type(e).__name__}: {e}")
            summary.email_failed += 1
        else:
            _finish(rows, "sent", subject, body)
            summary.email_sent += 1


def _note_missing_heads(events: list[Event], summary: Summary) -> None:
    # An escalation with nobody to receive it is still recorded, so the dashboard shows it.
    for ev in events:
        if ev.kind == "escalate" and not ev.recipients:
            row = _claim(ev.key, "email", "", None, ev.organisation)
            if row is not None:
                _finish([row], "failed", section_head(ev), "", NO_HEAD)
                summary.no_head += 1


def _send_webhooks(events: list[Event], summary: Summary, sender: WebhookSender | None) -> None:
    by_org: dict[int, tuple[Organisation, list[Event]]] = {}
    for ev in events:
        if ev.organisation.webhook_url:
            by_org.setdefault(ev.organisation.pk, (ev.organisation, []))[1].append(ev)
    enabled = getattr(settings, "LUOSHI_WEBHOOKS_ENABLED", False)
    sender = sender or post_webhook
    for org, group in by_org.values():
        url = org.webhook_url
        claimed = []
        for ev in group:
            row = _claim(ev.webhook_key(), "dingtalk", url, None, org)
            if row is not None:
                claimed.append((ev, row))
        if not claimed:
            continue
        rows = [row for _ev, row in claimed]
        payload = dingtalk_payload(org, [ev for ev, _row in claimed])
        subject, body = payload["markdown"]["title"], payload["markdown"]["text"]
        if not enabled:
            _finish(rows, "skipped", subject, body, WEBHOOKS_OFF)
            summary.webhook_skipped += 1
            continue
        try:
            sender(url, payload)
        except Exception as e:  # noqa: BLE001 - a robot that is down must not stop the other units
            log.warning("reminder webhook for %s failed: %s", org.name, e)
            _finish(rows, "failed", subject, body, f"{type(e).__name__}: {e}")
            summary.webhook_failed += 1
        else:
            _finish(rows, "sent", subject, body)
            summary.webhook_sent += 1


def send_events(events: list[Event], webhook_sender: WebhookSender | None = None,
                connection=None) -> Summary:
    """Send what has not been sent yet: one mail per person, one robot message per unit."""
    summary = Summary(events=len(events))
    _note_missing_heads(events, summary)
    _send_mail(events, summary, connection)
    _send_webhooks(events, summary, webhook_sender)
    if any(v for k, v in summary.as_dict().items() if k != "events"):
        audit.record(None, "reminders.send", object_type="Notification", detail=summary.as_dict())
    return summary


def send_due(today: date | None = None, webhook_sender: WebhookSender | None = None,
             connection=None) -> Summary:
    """Compute today's events and send those not sent before (the background job's body).

    ``webhook_sender(url, payload)`` replaces the HTTP POST (tests pass a fake);
    ``connection`` is an optional Django mail connection."""
    return send_events(due_reminders(today), webhook_sender=webhook_sender, connection=connection)


def notify_status_change(task: Task, period: ReportingPeriod, old, new,
                         webhook_sender: WebhookSender | None = None) -> None:
    """Hook for the review code: tell the task's lead unit its status changed.

    ``old`` and ``new`` are Assessments (preferred: the key is then the new
    assessment's, the same the job would use, so it is never sent twice) or
    status codes.  Sent after the surrounding transaction commits, so a
    rolled-back review sends nothing."""
    events = status_event(task, period, old, new)
    if not events:
        return

    def send():
        try:
            send_events(events, webhook_sender=webhook_sender)
        except Exception:  # noqa: BLE001 - a notice must never break the review that caused it
            log.exception("status-change notice for task %s failed", task.pk)

    transaction.on_commit(send)


# --- read (已读): a person marks the notices it has seen ---------------------------------------

@action
def do_mark_notification_read(notification: Notification, *, acting_user) -> bool:
    """Mark one notice read for this person; False when it already was.  A notice the person may
    not see is refused (PermissionDenied), not marked."""
    if not notices.visible_to(acting_user).filter(pk=notification.pk).exists():
        raise PermissionDenied
    _read, created = NotificationRead.objects.get_or_create(notification=notification, user=acting_user)
    if created:
        audit.record(acting_user, "notification.read", notification, detail={"key": notification.key})
    return created


@action
def do_mark_all_notifications_read(*, acting_user) -> int:
    """Mark every notice this person sees and has not read as read (全部已读); how many."""
    ids = list(notices.unread(acting_user).values_list("pk", flat=True))
    NotificationRead.objects.bulk_create([NotificationRead(notification_id=pk, user=acting_user) for pk in ids],
                                         ignore_conflicts=True)
    audit.record(acting_user, "notification.read_all", object_type="Notification", detail={"count": len(ids)})
    return len(ids)
