"""The demo's plans, periods and progress, from the sample documents (idempotent)."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone

from luoshi.core import audit
from luoshi.core.models import Organisation, Profile, SourceDocument

from ..models import Assessment, Plan, ReportingPeriod, Submission
from . import honours, plans, review, yearend

SHANGCHENG = "上城区人民政府"
GONGSHU = "拱墅区人民政府"


def _district(name: str) -> Organisation:
    org, created = Organisation.objects.get_or_create(name=name, defaults={"kind": "other"})
    if created:
        audit.record(None, "organisation.create", org, detail={"name": name})
    return org


def _doc(name: str) -> SourceDocument | None:
    return SourceDocument.objects.filter(name=name).first()


@transaction.atomic
def seed() -> list[Plan]:
    """Plans from the samples: 上城 2020 (work report; H1 progress accepted, 上半年 closed,
    下半年 open), 上城 2019 (decomposition table, A/B/C classes, for the year-end
    assessment), 拱墅 2020 (its Q2 task list; Q1–Q2 closed, Q3 open)."""
    made = []
    report = _doc("shangcheng-2020-work-report.txt")
    h1 = _doc("shangcheng-2020-h1-progress.txt")
    if report and not Plan.objects.filter(year=2020, documents=report).exists():
        sc = _district(SHANGCHENG)
        plan = plans.create_plan(report, 2020, "上城区2020年政府工作报告重点工作", district=sc)
        halves = plans.create_periods(plan, "half_yearly")
        if h1:
            plans.import_progress(h1, plan, halves[0])
        plans.close_period(halves[0])
        made.append(plan)
    table = _doc("shangcheng-2019-decomposition.txt")
    if table and not Plan.objects.filter(year=2019, documents=table).exists():
        plan = plans.create_plan(table, 2019, "上城区2019年目标任务分解", district=_district(SHANGCHENG))
        plans.create_periods(plan, "yearly")
        if report:
            # The 2020 report's review says how the 2019 targets ended (luoshi verify).
            yearend.store_year_verdicts(plan, report)
        made.append(plan)
    q2 = _doc("gongshu-2020-q2-progress.txt")
    if q2 and not Plan.objects.filter(year=2020, documents=q2).exists():
        plan = plans.create_plan(q2, 2020, "拱墅区2020年重点工作", district=_district(GONGSHU))
        quarters = plans.create_periods(plan, "quarterly")
        plans.import_progress(q2, plan, quarters[1])
        plans.close_period(quarters[0])
        plans.close_period(quarters[1])
        made.append(plan)
    honours.seed_honours()
    return made


# --- the demo as of today (bin/demo) -------------------------------------------------
#
# The sample documents are from 2019–2020: shown as they are, every deadline lies years
# in the past ("已逾期 2516 天") and every reminder fires.  ``seed_today`` replays the
# 2020 work report's tasks as this year's plan with periods placed around today, so a
# visitor meets a cycle in motion: one period closed with the sample's accepted
# progress, one whose deadline passed a few days ago (some units reported on time,
# some late, some not at all), one still open.  The historical plans stay, closed.

REPLAY_TITLE = "上城区{year}年重点工作（演示：以2020年政府工作报告按今天的日期重放）"
DUE_DAYS_AGO = 4      # the overdue period's deadline, days before today
OPEN_DAYS_AHEAD = 6   # the open period's deadline, days after today


def _month(d: date) -> tuple[date, date]:
    return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])


def demo_months(today: date) -> tuple[tuple[date, date], tuple[date, date], tuple[date, date]]:
    """Three consecutive months (first day, last day): closed, due (ended at least a few
    days before its deadline ``today - DUE_DAYS_AGO``) and open."""
    due_start, due_end = _month(today - timedelta(days=DUE_DAYS_AGO + 1))
    if due_end >= today - timedelta(days=DUE_DAYS_AGO):
        due_start, due_end = _month(due_start - timedelta(days=1))
    closed = _month(due_start - timedelta(days=1))
    following = _month(due_end + timedelta(days=1))
    return closed, (due_start, due_end), following


def _period_name(start: date) -> str:
    return f"{start.year}年{start.month}月"


def replay_plan() -> Plan | None:
    """The demo's plan of this year, once seeded."""
    return Plan.objects.filter(title__startswith="上城区", title__contains="按今天的日期重放").first()


@transaction.atomic
def seed_today(today: date | None = None) -> Plan | None:
    """The demo's live cycle (idempotent; needs the sample documents and demo accounts)."""
    from django.contrib.auth import get_user_model

    today = today or timezone.localdate()
    User = get_user_model()
    office = User.objects.filter(username="office").first()
    report, h1 = _doc("shangcheng-2020-work-report.txt"), _doc("shangcheng-2020-h1-progress.txt")
    if office is None or report is None or h1 is None:
        return None
    # History is history: periods of the sample years are closed, nothing is chased for them.
    for period in ReportingPeriod.objects.filter(closed=False, plan__year__lt=today.year - 1):
        plans.close_period(period, office)
    existing = replay_plan()
    if existing is not None:
        return existing
    closed, due, following = demo_months(today)
    year = closed[0].year
    plan = plans.create_plan(report, year, REPLAY_TITLE.format(year=year), user=office,
                             district=_district(SHANGCHENG))
    made = {}
    for (start, end), deadline in ((closed, closed[1] + timedelta(days=10)),
                                   (due, today - timedelta(days=DUE_DAYS_AGO)),
                                   (following, max(following[1], today) + timedelta(days=OPEN_DAYS_AHEAD))):
        made[start] = review.create_period(office, plan, "monthly", name=_period_name(start), start=start,
                                           end=end, deadline=deadline)[0]
    p_closed, p_due, p_open = made[closed[0]], made[due[0]], made[following[0]]
    plans.import_progress(h1, plan, p_closed, user=office)
    plans.close_period(p_closed, office)
    _activity(plan, p_closed, p_due, p_open, office, today)
    return plan


# Who does what in the due and the open period: the demo's department accounts
# (create_demo_accounts.DEPARTMENTS) report on time, late or not at all.
ON_TIME, LATE = "on_time", "late"


def _activity(plan, p_closed, p_due, p_open, office, today) -> None:
    from django.contrib.auth import get_user_model

    from . import orders

    User = get_user_model()
    before_deadline = timezone.make_aware(
        datetime.combine(p_due.deadline - timedelta(days=2), datetime.min.time()).replace(hour=10))
    accepted_before = {s.task_id: s for s in Submission.objects.filter(period=p_closed, state="accepted")}
    for username, behaviour in (("reporter", ON_TIME), ("zhujian", LATE), ("weijian", None)):
        user = User.objects.filter(username=username).select_related("profile__organisation").first()
        org = getattr(getattr(user, "profile", None), "organisation", None)
        if org is None:
            continue
        tasks = list(plan.tasks.filter(lead=org).order_by("order"))
        if behaviour is None or not tasks:
            continue  # 卫健局 has not reported: overdue, and its head is reminded
        for i, task in enumerate(tasks):
            earlier = accepted_before.get(task.pk)
            narrative = (earlier.narrative if earlier else "按计划推进。") + "（本月续报）"
            sub = review.save_and_submit(user, task, p_due, narrative)
            if behaviour == ON_TIME:
                Submission.objects.filter(pk=sub.pk).update(submitted_at=before_deadline)
                if i != 1:
                    review.accept(office, sub, "")
                else:
                    review.return_submission(office, sub, "请补充本月完成的具体数字（演示：退回待修改）")
        # The open period: a draft begun.
        review.save_draft(user, tasks[0], p_open, "本月进展（草稿，尚未提交）")
    # A 督办 order on a lagging task, awaiting the unit's answer.
    lagging = (Assessment.objects.filter(period=p_closed, current=True,
                                         status__in=("behind", "seriously_behind", "not_started"))
               .select_related("task").order_by("task__order"))
    for a in lagging:
        unit = orders.lead_unit(a.task)
        if unit is not None and Profile.objects.filter(organisation=unit).exists():
            orders.issue(office, a.task, "该任务进度滞后，请于期限内反馈整改措施（演示）",
                         today + timedelta(days=5), period=p_closed, today=today)
            break
