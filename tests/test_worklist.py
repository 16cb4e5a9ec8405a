"""The work list (待办): each role lands on its own work, and an item leaves when the work is done."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from luoshi.supervision.actions import submissions as submission_actions
from luoshi.supervision.models import Plan, Submission, SupervisionOrder
from luoshi.supervision.services import worklist

from .demo import login

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_today")]   # seeded once: conftest

TODAY = date(2026, 11, 30)


def _section(sections, key):
    return next(s for s in sections if s.key == key)


def test_login_lands_on_the_work_list(client):
    r = client.post(reverse("login"), {"username": "reporter", "password": "luoshi-demo"})
    assert r.status_code == 302 and r["Location"] == reverse("worklist")


def test_every_role_gets_its_work_list(client, demo_plan):
    for username in ("office", "reporter", "head", "leader", "stats", "inspector", "zhujian"):
        login(client, username)
        r = client.get(reverse("worklist"))
        assert r.status_code == 200 and "待办" in r.content.decode(), username
    assert client.get(reverse("worklist") + "x").status_code == 404


def test_department_sees_returned_report_due_periods_and_orders(demo_plan, django_user_model):
    reporter = django_user_model.objects.get(username="reporter")
    sections = worklist.sections(reporter, TODAY)
    returned = _section(sections, "returned")
    assert len(returned.items) == 1 and "退回意见" in returned.items[0].detail
    periods = _section(sections, "periods")
    due = [i for i in periods.items if demo_plan.title in i.title]
    assert [i.urgency for i in due][:1] == ["overdue"] and "1 / " in due[0].detail  # only the returned one left
    # zhujian has the 督办 order to answer; weijian has everything to report, overdue.
    zhujian = django_user_model.objects.get(username="zhujian")
    order = SupervisionOrder.objects.get(task__plan=demo_plan)
    assert [i.url for i in _section(worklist.sections(zhujian, TODAY), "orders").items] == [
        reverse("order_detail", args=[order.pk])]
    weijian = django_user_model.objects.get(username="weijian-head")
    items = _section(worklist.sections(weijian, TODAY), "periods").items
    assert items[0].urgency == "overdue" and "已逾期" in items[0].detail


def test_an_item_leaves_when_the_work_is_done(demo_plan, django_user_model):
    reporter = django_user_model.objects.get(username="reporter")
    sub = Submission.objects.get(period__plan=demo_plan, state="returned")
    submission_actions.do_save_and_submit_submission(sub.task, sub.period, sub.narrative + "补充：完成率100%。",
                                                     acting_user=reporter)
    sections = worklist.sections(reporter, TODAY)
    assert not _section(sections, "returned").items
    assert not [i for i in _section(sections, "periods").items if sub.period.name in i.title]
    office = django_user_model.objects.get(username="office")
    queue = _section(worklist.sections(office, TODAY), "review")
    assert any(sub.task.code in i.title for i in queue.items)


def test_office_sees_review_queue_missing_units_and_flagged(demo_plan, django_user_model):
    office = django_user_model.objects.get(username="office")
    sections = worklist.sections(office, TODAY)
    queue = _section(sections, "review")
    assert queue.total >= 1 and all("区住房和城建局" in i.title for i in queue.items)
    assert any("逾期报送" in i.detail for i in queue.items)
    assert any(i.title == "区卫生健康局" for i in _section(sections, "missing").items)
    assert _section(sections, "flagged").total >= 0


def test_work_list_shows_nothing_of_another_unit(client, demo_plan):
    login(client, "weijian")
    page = client.get(reverse("worklist")).content.decode()
    assert "区住房和城建局" not in page and "退回意见" not in page


def test_notifications_do_not_403_for_the_head(client):
    login(client, "head")
    assert client.get(reverse("notifications")).status_code == 200


def test_flagged_verdicts_counted_and_cut_as_every_verdict_read_in_python(demo_plan):
    """The office's 待人工确认 list (``_flagged``: one statement that looks the task order up only
    for the rows that can be shown) against every verdict read and sorted in Python, on invented
    verdicts spread over two open periods ending on different days, more than a page of them;
    by hand: a withdrawn task's, an overridden, a confirmed and a superseded verdict are never
    listed, and a sure verdict (not needs_person, not unclear) is no work."""
    from datetime import timedelta

    from django.utils import timezone

    from luoshi.supervision.models import Assessment, Override, ReportingPeriod, Task

    other = Plan.objects.create(year=2026, title="待确认研判测试计划")
    early, late = (ReportingPeriod.objects.create(plan=other, name=n, frequency="monthly", start=s, end=e,
                                                  deadline=e + timedelta(days=10))
                   for n, s, e in (("9月", date(2026, 9, 1), date(2026, 9, 30)),
                                   ("10月", date(2026, 10, 1), date(2026, 10, 31))))
    tasks = [Task.objects.create(plan=other, code=f"Q{k}", order=k, text=f"任务{k}") for k in range(1, 31)]
    made = {}
    for k, task in enumerate(tasks):
        for period in (early, late):
            made[task.code, period.name] = Assessment.objects.create(
                task=task, period=period, status="unclear" if k % 2 else "on_track", needs_person=k % 3 == 0,
                reason="无法判断")
    now = timezone.now()
    Task.objects.filter(pk=tasks[1].pk).update(withdrawn_at=now)
    Override.objects.create(assessment=made["Q4", "10月"], status="behind", reason="人工研判")
    Assessment.objects.filter(pk=made["Q6", "10月"].pk).update(confirmed_at=now)
    Assessment.objects.filter(pk=made["Q8", "10月"].pk).update(current=False)
    never = {made[k].pk for k in (("Q2", "9月"), ("Q2", "10月"), ("Q4", "10月"), ("Q6", "10月"), ("Q8", "10月"),
                                  ("Q3", "10月"))}  # Q3 (k=2): on_track and sure

    period_ids = [*ReportingPeriod.objects.filter(closed=False).values_list("pk", flat=True),
                  *worklist._latest_closed_periods().values_list("pk", flat=True)]
    overridden = set(Override.objects.values_list("assessment_id", flat=True))
    expected = sorted((a for a in Assessment.objects.filter(period_id__in=period_ids, current=True,
                                                              confirmed_at__isnull=True).select_related("task", "period")
                       if (a.status == "unclear" or a.needs_person) and a.pk not in overridden),
                      key=lambda a: (-a.period.end.toordinal(), a.task.order, a.pk))
    mine = [a.pk for a in expected if a.task.plan_id == other.pk]
    assert len(mine) > worklist.LIMIT and not never & set(mine)
    assert {a.period_id for a in expected if a.task.plan_id == other.pk} == {early.pk, late.pk}
    for limit in (worklist.LIMIT, len(expected) + 5):
        total, first = worklist._flagged(period_ids, limit)
        assert total == len(expected) and first == [a.pk for a in expected][:limit]
        assert not never & set(first)
    assert worklist._flagged([], worklist.LIMIT) == (0, [])
