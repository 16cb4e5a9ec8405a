"""The demo tells the truth: its periods lie around today, units are on time, late and missing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from luoshi.supervision.actions.demo import do_seed_demo_today
from luoshi.supervision.models import ReportingPeriod, Submission, SupervisionOrder
from luoshi.supervision.services import demo, plans, reminders

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("today, months", [
    (date(2026, 11, 30), ((9, 1), (10, 31), (11, 30))),
    (date(2026, 11, 3), ((8, 1), (9, 30), (10, 31))),   # last month ended too recently to be overdue
    (date(2027, 1, 20), ((11, 1), (12, 31), (1, 31))),  # across the new year
])
def test_demo_months_place_the_due_period_before_its_deadline(today, months):
    closed, due, following = demo.demo_months(today)
    assert (closed[0].month, closed[0].day) == months[0]
    assert (due[1].month, due[1].day) == months[1]
    assert (following[1].month, following[1].day) == months[2]
    assert due[1] < today - timedelta(days=demo.DUE_DAYS_AGO)
    assert closed[1] + timedelta(days=1) == due[0] and due[1] + timedelta(days=1) == following[0]


def test_seed_today_places_periods_around_today_and_is_idempotent():
    today = date(2026, 11, 30)
    plan = do_seed_demo_today(today, acting_user=None)
    assert plan is not None and plan.year == 2026 and "2020年政府工作报告" in plan.title
    closed, due, open_ = plan.periods.order_by("end")
    assert closed.closed and not due.closed and not open_.closed
    assert due.deadline == today - timedelta(days=demo.DUE_DAYS_AGO) and open_.deadline > today
    # The sample's progress is the closed period's, accepted and assessed.
    assert closed.assessments.filter(current=True).count() > 50
    # One unit on time, one late, one missing.
    subs = Submission.objects.filter(period=due).exclude(state="draft").select_related("organisation")
    on_time = {s.organisation.name for s in subs if s.submitted_at.date() <= due.deadline}
    late = {s.organisation.name for s in subs if s.submitted_at.date() > due.deadline}
    assert on_time == {"区发改经信局"} and late == {"区住房和城建局"}
    missing = {org.name: tasks for org, tasks in plans.missing_reports(due)}
    assert "区卫生健康局" in missing and "区住房和城建局" not in missing
    returned = Submission.objects.get(period=due, state="returned")
    assert [t.pk for t in missing["区发改经信局"]] == [returned.task_id]  # returned: to be sent again
    assert SupervisionOrder.objects.filter(task__plan=plan, state="issued").exists()
    # History is closed: nothing of 2019–2020 is chased, no reminder is years overdue.
    assert not ReportingPeriod.objects.filter(plan__year__lt=2025, closed=False).exists()
    events = reminders.due_reminders(today)
    assert events and max(e.days for e in events if e.kind in ("remind", "overdue")) <= demo.DUE_DAYS_AGO
    assert {e.period.pk for e in events if e.kind != "status"} <= {due.pk, open_.pk}
    count = Submission.objects.count()
    assert do_seed_demo_today(today, acting_user=None).pk == plan.pk and Submission.objects.count() == count
