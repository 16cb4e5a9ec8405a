"""Periods (报送周期): a department switches between open periods; one period chosen once
applies across the dashboard, warning lights and lists; the dashboard and its trend agree."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from luoshi.supervision.services import dashboard as figures

from .demo import login

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_today")]   # seeded once: conftest

TODAY = date(2026, 11, 30)


def test_department_sees_every_open_period_and_switches(client, demo_plan):
    _closed, due, open_ = demo_plan.periods.order_by("end")
    login(client, "reporter")
    page = client.get(reverse("portal")).content.decode()
    assert f'href="?period={due.pk}"' in page and f'href="?period={open_.pk}"' in page
    page = client.get(reverse("portal"), {"period": open_.pk}).content.decode()
    assert reverse("portal_report", args=[demo_plan.tasks.filter(lead__name="区发改经信局").first().pk, open_.pk]) in page
    # Remembered: the next visit shows the period chosen.
    page = client.get(reverse("portal")).content.decode()
    assert f'href="?period={open_.pk}" class="active"' in page
    assert client.get(reverse("portal"), {"period": "x' or 1"}).status_code == 200


def test_one_period_chosen_applies_to_dashboard_warnings_and_task_list(client, demo_plan):
    closed, due, _open = demo_plan.periods.order_by("end")
    login(client, "office")
    r = client.get(reverse("dashboard"))
    assert r.context["period"] == due  # the default everywhere: the latest period with verdicts
    assert client.get(reverse("warnings")).context["period"] == due
    assert client.get(reverse("task_list")).context["period"] == due
    client.get(reverse("dashboard"), {"plan": demo_plan.pk, "period": closed.pk})
    assert client.get(reverse("warnings")).context["period"] == closed
    assert client.get(reverse("task_list")).context["period"] == closed
    assert client.get(reverse("dashboard")).context["period"] == closed
    # Another plan named explicitly gets its own default, not a foreign period.
    other = demo_plan.__class__.objects.exclude(pk=demo_plan.pk).first()
    assert client.get(reverse("dashboard"), {"plan": other.pk}).context["period"].plan_id == other.pk


def test_dashboard_not_reported_uses_the_headline_period(client, demo_plan):
    _closed, due, _open = demo_plan.periods.order_by("end")
    login(client, "leader")
    r = client.get(reverse("dashboard"), {"plan": demo_plan.pk, "period": due.pk})
    names = {u["name"] for u in r.context["not_reported"]}
    assert "区卫生健康局" in names and "区住房和城建局" not in names
    assert r.context["summary"]["period"]["id"] == due.pk


def test_trend_leaves_out_open_periods_without_figures(demo_plan):
    closed, due, open_ = demo_plan.periods.order_by("end")
    names = [t["period"]["name"] for t in figures.trend(demo_plan)]
    assert closed.name in names and due.name in names  # due: some reports accepted
    assert open_.name not in names  # nothing accepted yet: not plotted as 0%
