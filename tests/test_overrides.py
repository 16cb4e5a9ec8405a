"""Human decisions stand (人工研判不被机器推翻): an override survives every later engine
re-assessment (statistics lock, a new accepted version, a re-import); when the engine's new
verdict contradicts it on new evidence, the office is told and decides."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from luoshi.core.models import AuditEvent
from luoshi.supervision.actions import assessments as assessment_actions
from luoshi.supervision.actions import statistics as stat_actions
from luoshi.supervision.models import Assessment, Override, Plan
from luoshi.supervision.services import latest
from luoshi.supervision.services.review import ReviewError

from .demo import user

pytestmark = pytest.mark.django_db


@pytest.fixture
def gdp(db):
    """The 上城 2020 GDP expected target, its first half, and the office's override on it."""
    plan = Plan.objects.get(year=2020, title__startswith="上城区2020")
    period = plan.periods.get(name="2020年上半年")
    task = plan.tasks.get(kind="expected_target", text__contains="地区生产总值")
    stats = user("stats")
    figure = stat_actions.do_enter_statistic_figure(period, period.plan.statistic_metrics.get(name="地区生产总值"), 3.0, "%", acting_user=stats)
    stat_actions.do_lock_statistic_figure(figure, acting_user=stats)
    first = Assessment.objects.get(task=task, period=period, current=True)
    assessment_actions.do_override_assessment(first, "seriously_behind", None, "实地核查：重大项目停工",
                                              acting_user=user("office"))
    return task, period, first


def current(task, period):
    return Assessment.objects.prefetch_related("overrides").get(task=task, period=period, current=True)


def revise(period, value):
    """The bureau unlocks, enters a revised figure and locks it: a new engine assessment."""
    stats = user("stats")
    locked = period.statistics.filter(metric__name="地区生产总值", locked=True).order_by("-version").first()
    stat_actions.do_unlock_statistic_figure(locked, "统计局修订", acting_user=stats)
    figure = stat_actions.do_enter_statistic_figure(period, period.plan.statistic_metrics.get(name="地区生产总值"), value, "%", acting_user=stats)
    stat_actions.do_lock_statistic_figure(figure, acting_user=stats)


def test_a_statistics_lock_does_not_undo_the_office_s_override(gdp):
    task, period, first = gdp
    revise(period, 6.1)  # the engine now says on_track on new evidence
    a = current(task, period)
    assert a.pk != first.pk and a.status != "seriously_behind"
    assert a.effective_status == "seriously_behind"  # the person's decision stands
    carried = a.override
    assert carried.reason == "实地核查：重大项目停工" and carried.carried_from.assessment_id == first.pk
    assert carried.needs_review  # ... and the office is told
    event = AuditEvent.objects.filter(action="override.carry").order_by("-id").first()
    assert event.detail["needs_review"] and event.detail["engine_status"] == a.status


def test_the_office_sees_the_flag_and_decides(client, gdp):
    task, period, _first = gdp
    revise(period, 6.1)
    override = current(task, period).override
    client.force_login(user("office"))
    page = client.get(reverse("review_queue")).content.decode()
    assert "人工研判待复核" in page and "实地核查：重大项目停工" in page
    client.post(reverse("override_decide", args=[override.pk]), {"decision": "keep", "note": "仍未复工"})
    a = current(task, period)
    assert a.effective_status == "seriously_behind" and not a.override.needs_review
    assert AuditEvent.objects.filter(action="override.keep").order_by("-id").first().detail["note"] == "仍未复工"
    assert "人工研判待复核" not in client.get(reverse("review_queue")).content.decode()
    # Kept: a later re-assessment with the same verdict and evidence asks nothing again.
    with pytest.raises(ReviewError):
        assessment_actions.do_decide_override(a.override, True, acting_user=user("office"))


def test_adopting_the_engine_s_verdict_keeps_the_override_on_record(client, gdp):
    task, period, _first = gdp
    revise(period, 6.1)
    override = current(task, period).override
    client.force_login(user("office"))
    client.post(reverse("override_decide", args=[override.pk]), {"decision": "engine"})
    a = current(task, period)
    assert a.effective_status == a.status != "seriously_behind"
    assert Override.objects.filter(pk=override.pk, active=False).exists()
    assert AuditEvent.objects.filter(action="override.set_aside").exists()
    # the figures computed in SQL (dashboard, task list filters, warnings) agree with the page
    figures = latest.with_effective(Assessment.objects.filter(pk=a.pk)).get()
    assert (figures.eff_status, figures.overridden) == (a.status, False)
    assert latest.status_by_task(period.pk, task.plan_id)[task.pk] == a.status
    revise(period, 6.2)  # set aside stays set aside
    assert current(task, period).effective_status == current(task, period).status


def test_a_new_verdict_that_agrees_raises_no_flag(gdp):
    task, period, _first = gdp
    revise(period, -3.0)  # the engine now agrees: seriously behind
    a = current(task, period)
    assert a.effective_status == "seriously_behind"
    assert a.override is not None and not a.override.needs_review


def test_only_the_office_decides(gdp):
    task, period, _first = gdp
    revise(period, 6.1)
    with pytest.raises(PermissionDenied):
        assessment_actions.do_decide_override(current(task, period).override, False, acting_user=user("leader"))
