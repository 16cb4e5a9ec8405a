"""Demo seeding (load_samples, bin/demo): the samples' plans, and the demo as of today (see ``services.demo``)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.actions.organisations import do_create_organisation
from luoshi.core.models import Organisation, Profile

from ..models import Assessment, Plan, ReportingPeriod, Submission
from ..services import demo, orders, statistics
from . import periods as period_actions
from . import plans as plan_actions
from . import releases as release_actions
from . import statistics as stat_actions
from . import submissions as submission_actions
from . import yearend as yearend_actions
from .honours import do_seed_honours
from .orders import do_issue_order
from .signoff import do_set_unit_signoff


def _release(plan: Plan, periods, acting_user) -> None:
    """The demo's office released these sample plans and periods to the public (公开发布)."""
    release_actions.do_release_plan(plan, acting_user=acting_user)
    for period in periods:
        release_actions.do_release_plan(plan, period, acting_user=acting_user)


def _statistic_metrics(plan: Plan, acting_user) -> None:
    """The demo's office asks the statistics bureau for the plan's expected targets (主要预期目标)."""
    for c in statistics.candidates(plan):
        if c["task"].kind == "expected_target":
            stat_actions.do_define_statistic_metric_from_target(plan, c["indicator"].pk, acting_user=acting_user)


def _district(name: str, acting_user) -> Organisation:
    """The district government a demo plan belongs to."""
    return Organisation.objects.filter(name=name).first() or do_create_organisation(name, "other",
                                                                                   acting_user=acting_user)


@action
def do_seed_demo(*, acting_user=None) -> list[Plan]:
    """Plans from the samples: 上城 2020 (work report; H1 progress accepted, 上半年 closed,
    下半年 open), 上城 2019 (decomposition table, A/B/C classes, for the year-end
    assessment), 拱墅 2020 (its Q2 task list; Q1–Q2 closed, Q3 open)."""
    made = []
    report = demo.source_document("shangcheng-2020-work-report.txt")
    h1 = demo.source_document("shangcheng-2020-h1-progress.txt")
    if report and not Plan.objects.filter(year=2020, documents=report).exists():
        sc = _district(demo.SHANGCHENG, acting_user)
        plan = plan_actions.do_create_plan(report, 2020, "上城区2020年政府工作报告重点工作", district=sc,
                                           acting_user=acting_user)
        halves = period_actions.do_create_periods(plan, "half_yearly", acting_user=acting_user)
        _statistic_metrics(plan, acting_user)
        if h1:
            plan_actions.do_import_progress(h1, plan, halves[0], acting_user=acting_user)
        period_actions.do_close_period(halves[0], acting_user=acting_user)
        _release(plan, [halves[0]], acting_user)
        made.append(plan)
    table = demo.source_document("shangcheng-2019-decomposition.txt")
    if table and not Plan.objects.filter(year=2019, documents=table).exists():
        plan = plan_actions.do_create_plan(table, 2019, "上城区2019年目标任务分解", district=_district(demo.SHANGCHENG, acting_user),
                                           acting_user=acting_user)
        period_actions.do_create_periods(plan, "yearly", acting_user=acting_user)
        if report:
            # The 2020 report's review says how the 2019 targets ended (luoshi verify).
            yearend_actions.do_store_year_verdicts(plan, report, acting_user=acting_user)
        made.append(plan)
    q2 = demo.source_document("gongshu-2020-q2-progress.txt")
    if q2 and not Plan.objects.filter(year=2020, documents=q2).exists():
        plan = plan_actions.do_create_plan(q2, 2020, "拱墅区2020年重点工作", district=_district(demo.GONGSHU, acting_user),
                                           acting_user=acting_user)
        quarters = period_actions.do_create_periods(plan, "quarterly", acting_user=acting_user)
        _statistic_metrics(plan, acting_user)
        plan_actions.do_import_progress(q2, plan, quarters[1], acting_user=acting_user)
        period_actions.do_close_period(quarters[0], acting_user=acting_user)
        period_actions.do_close_period(quarters[1], acting_user=acting_user)
        _release(plan, [quarters[1]], acting_user)
        made.append(plan)
    do_seed_honours(acting_user=acting_user)
    if made:
        audit.record(acting_user, "demo.seed", object_type="Plan", detail={"plans": [p.pk for p in made]})
    return made



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
        period_actions.do_close_period(period, acting_user=office)
    existing = demo.replay_plan()
    if existing is not None:
        return existing
    closed, due, following = demo.demo_months(today)
    year = closed[0].year
    plan = plan_actions.do_create_plan(report, year, demo.REPLAY_TITLE.format(year=year),
                                       district=_district(demo.SHANGCHENG, office), acting_user=office)
    made = {}
    for (start, end), deadline in ((closed, closed[1] + timedelta(days=10)),
                                   (due, today - timedelta(days=demo.DUE_DAYS_AGO)),
                                   (following, max(following[1], today) + timedelta(days=demo.OPEN_DAYS_AHEAD))):
        made[start] = period_actions.do_create_period(plan, "monthly", name=demo.period_name(start),
                                                      start=start, end=end, deadline=deadline,
                                                      acting_user=office)[0]
    p_closed, p_due, p_open = made[closed[0]], made[due[0]], made[following[0]]
    _statistic_metrics(plan, office)
    plan_actions.do_import_progress(h1, plan, p_closed, acting_user=office)
    # 卫健局's reports pass its head (weijian-head) before the office sees them (审签).
    weijian = Organisation.objects.filter(name="区卫生健康局").first()
    if weijian is not None:
        do_set_unit_signoff(weijian, True, acting_user=office)
    period_actions.do_close_period(p_closed, acting_user=office)
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
            sub = submission_actions.do_save_and_submit_submission(task, p_due, narrative, acting_user=user)
            if behaviour == ON_TIME:
                Submission.objects.filter(pk=sub.pk).update(submitted_at=before_deadline)
                if i != 1:
                    submission_actions.do_accept_submission(sub, "", acting_user=office)
                else:
                    submission_actions.do_return_submission(sub, "请补充本月完成的具体数字（演示：退回待修改）", acting_user=office)
        # The open period: a draft begun.
        submission_actions.do_save_submission_draft(tasks[0], p_open, "本月进展（草稿，尚未提交）", acting_user=user)
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
