"""The demo as of today (bin/demo): see ``services.demo`` for why it exists."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.models import Profile

from ..models import Assessment, Plan, ReportingPeriod, Submission
from ..services import demo, orders, plans, review
from .orders import do_issue_order


@action
def do_seed_demo_today(today: date | None = None, *, acting_user=None) -> Plan | None:
    """The demo's live cycle (idempotent; needs the sample documents and demo accounts).
    The steps are done by the demo's own accounts (the office, the departments)."""
    today = today or timezone.localdate()
    User = get_user_model()
    office = User.objects.filter(username="office").first()
    report, h1 = demo.source_document("shangcheng-2020-work-report.txt"), demo.source_document("shangcheng-2020-h1-progress.txt")
    if office is None or report is None or h1 is None:
        return None
    # History is history: periods of the sample years are closed, nothing is chased for them.
    for period in ReportingPeriod.objects.filter(closed=False, plan__year__lt=today.year - 1):
        plans.close_period(period, office)
    existing = demo.replay_plan()
    if existing is not None:
        return existing
    closed, due, following = demo.demo_months(today)
    year = closed[0].year
    plan = plans.create_plan(report, year, demo.REPLAY_TITLE.format(year=year), user=office,
                             district=demo.district_of(demo.SHANGCHENG))
    made = {}
    for (start, end), deadline in ((closed, closed[1] + timedelta(days=10)),
                                   (due, today - timedelta(days=demo.DUE_DAYS_AGO)),
                                   (following, max(following[1], today) + timedelta(days=demo.OPEN_DAYS_AHEAD))):
        made[start] = review.create_period(office, plan, "monthly", name=demo.period_name(start), start=start,
                                           end=end, deadline=deadline)[0]
    p_closed, p_due, p_open = made[closed[0]], made[due[0]], made[following[0]]
    plans.import_progress(h1, plan, p_closed, user=office)
    plans.close_period(p_closed, office)
    _activity(plan, p_closed, p_due, p_open, office, today)
    audit.record(acting_user, "demo.seed_today", plan, detail={
        "today": today.isoformat(), "periods": [p.name for p in (p_closed, p_due, p_open)]})
    return plan


# Who does what in the due and the open period: the demo's department accounts
# (create_demo_accounts.DEPARTMENTS) report on time, late or not at all.
ON_TIME, LATE = "on_time", "late"


def _activity(plan, p_closed, p_due, p_open, office, today) -> None:
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
            do_issue_order(a.task, "该任务进度滞后，请于期限内反馈整改措施（演示）", today + timedelta(days=5),
                           period=p_closed, today=today, acting_user=office)
            break
