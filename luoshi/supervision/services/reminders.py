"""Reminders, overdue notices, escalations and status-change notices (催报提醒 / 逾期 / 升级 / 状态变化).

``due_reminders(today)`` computes the events that are due; ``send_due(today)``
sends them: one e-mail digest per person (Django's mail) and one DingTalk /
浙政钉 group-robot message per unit (its ``Organisation.webhook_url``).

Why the ``Notification`` table: each event has a key ("remind:{period}:{user}:
{deadline}", "overdue:{period}:{user}", "escalate:{period}:{org}",
"status:{assessment}"), and (key, channel, address) is unique, so an event is
claimed once before it is sent and a second run sends nothing — even two
workers at once.  A claim whose sending failed is retried on the next run;
a claim that was sent or skipped never is.
"""

from __future__ import annotations

import json
import logging
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, Min, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from luoshi.core.models import Organisation, Role
from luoshi.engine.api import STATUS_LABELS

from ..models import Assessment, Notification, ReportingPeriod, Submission, Task
from .plans import REPORTED_STATES, missing_reports

log = logging.getLogger(__name__)

KINDS = ("remind", "overdue", "escalate", "status")
KIND_TITLES = {  # section headings of a digest
    "remind": "即将截止，尚未报送",
    "overdue": "已逾期，尚未报送",
    "escalate": "逾期超过宽限期（升级提醒单位负责人）",
    "status": "研判状态变化",
}
# A robot message has a size limit (about 20 KB); long lists are cut, the mail has them all.
WEBHOOK_MAX_TASKS = 15
WEBHOOK_TIMEOUT = 10
NO_HEAD = "该单位未设置负责人，升级提醒无人接收"
NO_EMAIL = "该用户未设置邮箱地址"
WEBHOOKS_OFF = "未启用钉钉推送（LUOSHI_WEBHOOKS_ENABLED）"


def remind_days_before() -> int:
    return int(getattr(settings, "LUOSHI_REMIND_DAYS_BEFORE", 3))


def status_lookback_days() -> int:
    """Only assessments this recent are compared by the job, so that a first run on an old
    database does not announce every change in its history."""
    return int(getattr(settings, "LUOSHI_STATUS_LOOKBACK_DAYS", 30))


def escalate_after_days() -> int:
    return int(getattr(settings, "LUOSHI_ESCALATE_AFTER_DAYS", 5))


# --- events ------------------------------------------------------------------------

@dataclass
class Event:
    """One thing to tell people: a unit's missing tasks in a period, or a task's new status."""

    kind: str                           # remind | overdue | escalate | status
    organisation: Organisation
    period: ReportingPeriod
    tasks: list[Task]
    recipients: list = field(default_factory=list)   # users to mail
    days: int = 0                       # days left (remind) or days overdue (overdue, escalate)
    old: str = ""                       # status change: previous effective status
    new: str = ""                       # status change: new effective status
    assessment_id: int | None = None    # status change: the new assessment
    key: str = ""                       # set for events keyed by unit (escalate) or assessment (status)

    def email_key(self, user) -> str:
        if self.kind == "remind":
            return f"remind:{self.period.pk}:{user.pk}:{self.period.deadline.isoformat()}"
        if self.kind == "overdue":
            return f"overdue:{self.period.pk}:{user.pk}"
        return self.key

    def webhook_key(self) -> str:
        if self.kind == "remind":
            return f"remind:{self.period.pk}:org{self.organisation.pk}:{self.period.deadline.isoformat()}"
        if self.kind == "overdue":
            return f"overdue:{self.period.pk}:org{self.organisation.pk}"
        return self.key


def reporters_of(org: Organisation) -> list:
    """Active department reporters (部门填报员) of a unit."""
    User = get_user_model()
    return list(User.objects.filter(is_active=True, profile__role=Role.REPORTER, profile__organisation=org)
                .order_by("username"))


def heads_of(org: Organisation) -> list:
    """Active users marked head of the unit (单位负责人, ``Profile.is_head``)."""
    User = get_user_model()
    return list(User.objects.filter(is_active=True, profile__is_head=True, profile__organisation=org)
                .order_by("username"))


def _status(value) -> str:
    if isinstance(value, Assessment):
        return value.effective_status
    return str(value or "")


def status_event(task: Task, period: ReportingPeriod, old, new) -> list[Event]:
    """Events telling the task's lead units that its status changed (one per lead unit)."""
    old_s, new_s = _status(old), _status(new)
    if not new_s or old_s == new_s:
        return []
    if isinstance(new, Assessment):
        key = f"status:{new.pk}"
        aid = new.pk
    else:  # without the assessment the change itself names the event
        key = f"status:t{task.pk}:p{period.pk}:{old_s}>{new_s}"
        aid = None
    return [Event("status", org, period, [task], reporters_of(org), old=old_s, new=new_s,
                  assessment_id=aid, key=key)
            for org in task.lead.all() if org.kind != "collective"]


def status_changes() -> list[Event]:
    """Status changes found by comparing each (task, period)'s two latest assessments,
    so that changes are notified even where nobody called ``notify_status_change``;
    only current assessments made in the last LUOSHI_STATUS_LOOKBACK_DAYS days (30)."""
    since = timezone.now() - timedelta(days=status_lookback_days())
    recent = Assessment.objects.filter(current=True, created_at__gte=since).values("task_id", "period_id")
    pairs = (Assessment.objects.filter(task_id__in=recent.values("task_id"))
             .values("task_id", "period_id").annotate(n=Count("id")).filter(n__gt=1)
             .order_by("period_id", "task_id"))
    events: list[Event] = []
    for pair in pairs:
        latest = list(Assessment.objects.filter(task_id=pair["task_id"], period_id=pair["period_id"])
                      .select_related("task", "period", "submission").prefetch_related("overrides")
                      .order_by("-created_at", "-id")[:2])
        new, old = latest
        if not new.current or new.created_at < since:
            continue
        if new.submission is not None and new.submission.state != "accepted":
            continue
        # Two rows of one imported table on the same task are one result, not a change.
        old_doc = old.submission.source_document_id if old.submission else None
        if old_doc is not None and new.submission is not None and new.submission.source_document_id == old_doc:
            continue
        events += status_event(new.task, new.period, old, new)
    return events


def due_reminders(today: date | None = None) -> list[Event]:
    """The events due on ``today`` (not yet filtered by what was already sent):

    (a) remind — an open period's deadline is within LUOSHI_REMIND_DAYS_BEFORE days
        (default 3) and a lead unit has tasks without a submission → its reporters;
    (b) overdue — the deadline has passed and submissions are missing → its reporters;
    (c) escalate — still missing more than LUOSHI_ESCALATE_AFTER_DAYS days (default 5)
        after the deadline → the unit's heads (``Profile.is_head``);
    (d) status — a task's current assessment has another effective status than the
        one before → the lead unit's reporters.
    Closed periods are not chased: closing a period ends the round.
    """
    today = today or timezone.localdate()
    window = today + timedelta(days=remind_days_before())
    grace = escalate_after_days()
    events: list[Event] = []
    reporters: dict[int, list] = {}
    heads: dict[int, list] = {}
    periods = (ReportingPeriod.objects.filter(closed=False, deadline__lte=window)
               .select_related("plan").order_by("deadline", "plan__title", "pk"))
    for period in periods:
        days = (period.deadline - today).days
        for org, tasks in missing_reports(period):
            if org.pk not in reporters:
                reporters[org.pk] = reporters_of(org)
            if days >= 0:
                events.append(Event("remind", org, period, tasks, reporters[org.pk], days=days))
                continue
            events.append(Event("overdue", org, period, tasks, reporters[org.pk], days=-days))
            if -days > grace:
                if org.pk not in heads:
                    heads[org.pk] = heads_of(org)
                events.append(Event("escalate", org, period, tasks, heads[org.pk], days=-days,
                                    key=f"escalate:{period.pk}:{org.pk}"))
    return events + status_changes()


# --- rendering ---------------------------------------------------------------------

def _task_line(task: Task) -> str:
    name = " ".join((task.name or task.text[:60]).split())
    return f"{task.code} {name}"


def section_head(ev: Event) -> str:
    plan = ev.period.plan.title
    if ev.kind == "remind":
        when = _("今天截止") if ev.days == 0 else _("还有 %(n)d 天") % {"n": ev.days}
        return _("%(plan)s · %(period)s（%(deadline)s 截止，%(when)s）%(org)s 未报送 %(n)d 项") % {
            "plan": plan, "period": ev.period.name, "deadline": ev.period.deadline.isoformat(), "when": when,
            "org": ev.organisation.name, "n": len(ev.tasks)}
    if ev.kind in ("overdue", "escalate"):
        return _("%(plan)s · %(period)s（%(deadline)s 截止，已逾期 %(n)d 天）%(org)s 未报送 %(count)d 项") % {
            "plan": plan, "period": ev.period.name, "deadline": ev.period.deadline.isoformat(), "n": ev.days,
            "org": ev.organisation.name, "count": len(ev.tasks)}
    return _("%(plan)s · %(period)s：%(task)s 由「%(old)s」变为「%(new)s」") % {
        "plan": plan, "period": ev.period.name, "task": _task_line(ev.tasks[0]),
        "old": _(STATUS_LABELS.get(ev.old, ev.old or "—")), "new": _(STATUS_LABELS.get(ev.new, ev.new))}


def _grouped(events: list[Event]) -> list[tuple[str, list[Event]]]:
    return [(k, [e for e in events if e.kind == k]) for k in KINDS if any(e.kind == k for e in events)]


def _site_line() -> str:
    url = getattr(settings, "LUOSHI_SITE_URL", "")
    return _("请登录落实督查系统办理：%(url)s") % {"url": url} if url else _("请登录落实督查系统办理。")


def render_digest(user, events: list[Event]) -> tuple[str, str]:
    """Subject and plain-text body of one person's digest (all their events in one mail)."""
    tasks = {t.pk for e in events if e.kind != "status" for t in e.tasks}
    if tasks:
        subject = _("【落实督查】报送提醒：%(n)d 项任务尚未报送") % {"n": len(tasks)}
    else:
        subject = _("【落实督查】任务研判状态变化 %(n)d 项") % {"n": len(events)}
    name = user.get_full_name() or user.username
    lines = [_("%(name)s，您好：") % {"name": name}, ""]
    listed = {(e.period.pk, e.organisation.pk) for e in events if e.kind == "overdue"}
    for kind, group in _grouped(events):
        lines.append(f"【{_(KIND_TITLES[kind])}】")
        for ev in group:
            lines.append(section_head(ev))
            if ev.kind == "escalate" and (ev.period.pk, ev.organisation.pk) in listed:
                lines.append("  " + _("（任务清单见上）"))  # a head who also reports gets the list once
            elif ev.kind != "status":
                lines += [f"  - {_task_line(t)}" for t in ev.tasks]
        lines.append("")
    lines += [_site_line(), "", _("（本邮件由落实督查系统自动发送，同一事项只提醒一次。）")]
    return subject[:200], "\n".join(lines)


def _md(text: str) -> str:
    # Markdown control characters in task names would change the robot message's layout.
    return " ".join(text.split()).replace("*", "＊").replace("#", "＃").replace("[", "［").replace("]", "］")


def dingtalk_payload(org: Organisation, events: list[Event]) -> dict:
    """A DingTalk / 浙政钉 custom-robot message (自定义机器人, msgtype markdown).

    The format the robot accepts: {"msgtype": "markdown", "markdown": {"title": …,
    "text": …}, "at": {"atMobiles": [], "isAtAll": false}}.  The title is what the
    conversation list shows; it contains 督查 so a robot secured by the keyword
    "督查" accepts it."""
    title = _("落实督查提醒：%(org)s") % {"org": org.name}
    lines = [f"#### {_md(title)}", ""]
    for kind, group in _grouped(events):
        lines.append(f"**{_(KIND_TITLES[kind])}**")
        lines.append("")
        for ev in group:
            lines.append(f"> {_md(section_head(ev))}")
            lines.append("")
            if ev.kind != "status":
                shown = ev.tasks[:WEBHOOK_MAX_TASKS]
                lines += [f"- {_md(_task_line(t))}" for t in shown]
                if len(ev.tasks) > len(shown):
                    lines.append("- " + _("……等共 %(n)d 项") % {"n": len(ev.tasks)})
                lines.append("")
    lines.append(_md(_site_line()))
    return {"msgtype": "markdown", "markdown": {"title": title[:100], "text": "\n".join(lines)},
            "at": {"atMobiles": [], "isAtAll": False}}


# --- sending -----------------------------------------------------------------------

class WebhookError(Exception):
    pass


def post_webhook(url: str, payload: dict, timeout: float = WEBHOOK_TIMEOUT) -> None:
    """POST a robot message; raise ``WebhookError`` unless the robot answers errcode 0."""
    if not url.lower().startswith(("https://", "http://")):
        raise WebhookError("webhook URL must be http(s)")
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
        body = response.read(65536).decode("utf-8", "replace")
    try:
        answer = json.loads(body or "{}")
    except ValueError as e:
        raise WebhookError(f"unexpected answer: {body[:200]}") from e
    if answer.get("errcode", 0) != 0:
        raise WebhookError(f"errcode {answer.get('errcode')}: {answer.get('errmsg', '')}"[:500])


WebhookSender = Callable[[str, dict], None]


@dataclass
class Summary:
    """What a run did (JSON-friendly through ``as_dict``)."""

    events: int = 0
    email_sent: int = 0
    email_failed: int = 0
    webhook_sent: int = 0
    webhook_failed: int = 0
    webhook_skipped: int = 0
    no_head: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)

    def line(self) -> str:
        return _("提醒事项 %(events)d 条：邮件发送 %(es)d 封、失败 %(ef)d 封；钉钉发送 %(ws)d 条、失败 %(wf)d 条、"
                 "未启用 %(wk)d 条；未设负责人的升级 %(nh)d 条。") % {
            "events": self.events, "es": self.email_sent, "ef": self.email_failed, "ws": self.webhook_sent,
            "wf": self.webhook_failed, "wk": self.webhook_skipped, "nh": self.no_head}


# --- escalations for the dashboard -------------------------------------------------

@dataclass
class Escalation:
    """An escalation of a unit's missing submissions (逾期升级), as recorded."""

    key: str
    period: ReportingPeriod
    organisation: Organisation
    first_at: object                 # datetime of the first record
    heads: list[str]                 # usernames of the heads it went to
    delivered: bool                  # at least one mail or robot message went out
    note: str                        # e.g. 该单位未设置负责人
    missing_now: int                 # tasks still without a submission today

    @property
    def resolved(self) -> bool:
        return self.missing_now == 0


def escalations(period: ReportingPeriod | None = None, plan=None, limit: int | None = None) -> list[Escalation]:
    """Escalations recorded by the reminder job (Notification rows keyed "escalate:…"),
    newest first; one per (period, unit) whatever the channels and heads.  ``plan``
    keeps one plan's and ``limit`` the newest, both in SQL."""
    rows = Notification.objects.filter(key__startswith="escalate:")
    if period is not None:
        rows = rows.filter(key__startswith=f"escalate:{period.pk}:")
    if plan is not None:
        wanted = Q()
        for pk in plan.periods.values_list("pk", flat=True):
            wanted |= Q(key__startswith=f"escalate:{pk}:")
        rows = rows.filter(wanted) if wanted else rows.none()
    if limit is not None:
        keys = list(rows.values("key").annotate(first=Min("sent_at")).order_by("-first", "-key")
                    .values_list("key", flat=True)[:limit])
        rows = rows.filter(key__in=keys)
    rows = rows.select_related("recipient").order_by("sent_at", "id")
    grouped: dict[str, list[Notification]] = {}
    for row in rows:
        grouped.setdefault(row.key, []).append(row)
    ids = [k.split(":") for k in grouped]
    periods = {p.pk: p for p in ReportingPeriod.objects.filter(pk__in=[int(i[1]) for i in ids if len(i) == 3
                                                                          and i[1].isdigit()])
               .select_related("plan")}
    orgs = Organisation.objects.in_bulk([int(i[2]) for i in ids if len(i) == 3 and i[2].isdigit()])
    wanted_orgs: dict[int, set[int]] = {}
    for parts in ids:
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            wanted_orgs.setdefault(int(parts[1]), set()).add(int(parts[2]))
    missing = _missing_counts(list(periods.values()), wanted_orgs)
    out = []
    for key, group in grouped.items():
        parts = key.split(":")
        if len(parts) != 3 or not parts[1].isdigit() or not parts[2].isdigit():
            continue
        p, org = periods.get(int(parts[1])), orgs.get(int(parts[2]))
        if p is None or org is None:
            continue
        out.append(Escalation(
            key=key, period=p, organisation=org, first_at=group[0].sent_at,
            heads=[r.recipient.username for r in group if r.recipient is not None],
            delivered=any(r.state == "sent" for r in group),
            note="；".join(sorted({r.error for r in group if r.error})),
            missing_now=missing[p.pk].get(org.pk, 0)))
    out.sort(key=lambda e: e.first_at, reverse=True)
    return out


def _missing_counts(periods: list[ReportingPeriod], wanted: dict[int, set[int]]) -> dict[int, dict[int, int]]:
    """period id → organisation id → tasks of the period's plan the unit leads without a
    reported submission (``plans.missing_reports`` counted in SQL): two queries for any
    number of periods, the tasks each unit leads by plan and those it reported by period."""
    org_ids = set().union(*wanted.values()) if wanted else set()
    if not org_ids:
        return {}
    Lead = Task.lead.through
    leads: dict[tuple[int, int], int] = {}
    # withdrawn tasks (撤销) are no longer asked for, as in ``missing_reports``
    for row in (Lead.objects.filter(task__plan_id__in={p.plan_id for p in periods}, organisation_id__in=org_ids,
                                    task__withdrawn_at__isnull=True)
                .exclude(organisation__kind="collective")
                .values("task__plan_id", "organisation_id").annotate(n=Count("id")).order_by()):
        leads[(row["task__plan_id"], row["organisation_id"])] = row["n"]
    leads_it = Lead.objects.filter(task=OuterRef("task"), organisation=OuterRef("organisation"))
    reported: dict[tuple[int, int], int] = {}
    for row in (Submission.objects.filter(period__in=periods, organisation_id__in=org_ids,
                                          state__in=REPORTED_STATES, task__withdrawn_at__isnull=True)
                .filter(Exists(leads_it)).values("period_id", "organisation_id")
                .annotate(n=Count("task", distinct=True)).order_by()):
        reported[(row["period_id"], row["organisation_id"])] = row["n"]
    return {p.pk: {o: max(0, leads.get((p.plan_id, o), 0) - reported.get((p.pk, o), 0)) for o in wanted.get(p.pk, ())}
            for p in periods}
