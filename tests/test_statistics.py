"""Statistics figures (统计数据): only the statistician enters and locks; a locked figure
is frozen and feeds the assessment of the matching expected-target task."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from luoshi.core.models import AuditEvent
from luoshi.supervision.actions import statistics as stat_actions
from luoshi.supervision.models import Assessment, Plan, StatisticFigure
from luoshi.supervision.services import statistics as service

pytestmark = pytest.mark.django_db


def login(client, username):
    assert client.login(username=username, password="luoshi-demo")
    return client


def user(name):
    return get_user_model().objects.get(username=name)


@pytest.fixture
def period():
    plan = Plan.objects.get(year=2020, title__startswith="上城区2020")
    return plan.periods.get(name="2020年上半年")


@pytest.mark.parametrize("who,page", [
    (None, 302), ("office", 200), ("reporter", 403), ("leader", 200), ("stats", 200), ("inspector", 403),
])
def test_role_matrix_page(client, period, who, page):
    if who:
        login(client, who)
    response = client.get(reverse("statistics") + f"?period={period.pk}")
    assert response.status_code == page
    if page == 200:
        text = response.content.decode()
        assert "地区生产总值" in text and "新增城镇就业" in text
        assert ("录入数据" in text) == (who == "stats")


@pytest.mark.parametrize("who,status", [("office", 403), ("reporter", 403), ("leader", 403), ("inspector", 403),
                                        ("stats", 302)])
def test_only_the_statistician_enters(client, period, who, status):
    login(client, who)
    response = client.post(reverse("statistic_enter"), {
        "period": period.pk, "metric": "gdp", "value": "6.1", "unit": "%", "note": ""})
    assert response.status_code == status
    assert StatisticFigure.objects.filter(period=period).exists() == (status == 302)


def test_anonymous_cannot_post(client, period):
    response = client.post(reverse("statistic_enter"), {"period": period.pk, "metric": "gdp", "value": "1", "unit": "%"})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not StatisticFigure.objects.exists()


def test_service_refuses_other_roles(period):
    for name in ("office", "reporter", "leader", "inspector"):
        with pytest.raises(service.NotStatistician):
            stat_actions.do_enter_statistic_figure(period, "gdp", 6.1, "%", acting_user=user(name))
    figure = stat_actions.do_enter_statistic_figure(period, "gdp", 6.1, "%", acting_user=user("stats"))
    with pytest.raises(service.NotStatistician):
        stat_actions.do_lock_statistic_figure(figure, acting_user=user("office"))
    figure.refresh_from_db()
    assert not figure.locked


def test_new_value_is_a_new_version_until_locked(period):
    stats = user("stats")
    first = stat_actions.do_enter_statistic_figure(period, "services", 7.0, "%", "初步数", acting_user=stats)
    second = stat_actions.do_enter_statistic_figure(period, "services", 7.4, "%", "核实数", acting_user=stats)
    assert (first.version, second.version) == (1, 2)
    first.refresh_from_db()
    assert first.value == 7.0  # history kept
    with pytest.raises(service.StatisticsError):
        stat_actions.do_lock_statistic_figure(first, acting_user=stats)  # only the latest version is locked
    stat_actions.do_lock_statistic_figure(second, acting_user=stats)
    with pytest.raises(service.StatisticsError, match="锁定"):
        stat_actions.do_enter_statistic_figure(period, "services", 8.0, "%", acting_user=stats)
    assert StatisticFigure.objects.filter(period=period, metric="services").count() == 2
    assert AuditEvent.objects.filter(action="statistics.lock", object_id=str(second.pk)).exists()


def test_locked_figure_refused_in_the_view(client, period):
    stats = user("stats")
    figure = stat_actions.do_enter_statistic_figure(period, "retail", 8.5, "%", acting_user=stats)
    stat_actions.do_lock_statistic_figure(figure, acting_user=stats)
    login(client, "stats")
    response = client.post(reverse("statistic_enter"), {
        "period": period.pk, "metric": "retail", "value": "9", "unit": "%"})
    assert response.status_code == 400
    assert "已锁定" in response.content.decode()
    response = client.post(reverse("statistic_lock", args=[figure.pk]))
    assert response.status_code == 302
    assert StatisticFigure.objects.filter(period=period, metric="retail").count() == 1


def test_lock_feeds_the_expected_target(period):
    stats = user("stats")
    task = period.plan.tasks.get(kind="expected_target", text__contains="地区生产总值")
    figure = stat_actions.do_enter_statistic_figure(period, "gdp", 6.1, "%", acting_user=stats)
    made = stat_actions.do_lock_statistic_figure(figure, acting_user=stats)
    assert [a.task for a in made] == [task]
    a = Assessment.objects.get(task=task, period=period, current=True)
    assert a.status == "on_track"  # 6.1% against a 5% growth target
    assert a.submission is None
    assert a.evidence[0]["statistic_figure"] == figure.pk
    assert "6.1" in a.evidence[0]["text"] and "统计局锁定数据" in a.reason


def test_negative_growth_and_employment(period):
    stats = user("stats")
    revenue = stat_actions.do_lock_statistic_figure(
        stat_actions.do_enter_statistic_figure(period, "revenue", -2.5, "%", acting_user=stats), acting_user=stats)
    assert revenue and revenue[0].status == "seriously_behind"
    jobs = stat_actions.do_lock_statistic_figure(
        stat_actions.do_enter_statistic_figure(period, "employment", 6000, "人", acting_user=stats), acting_user=stats)
    assert jobs and jobs[0].completion_pct == 60.0
    # A figure in a unit no target of the plan uses assesses nothing.
    assert stat_actions.do_lock_statistic_figure(
        stat_actions.do_enter_statistic_figure(period, "investment", 130, "亿元", acting_user=stats), acting_user=stats) == []


def test_closed_period_accepts_figures(period):
    assert period.closed
    assert stat_actions.do_enter_statistic_figure(period, "gdp", 5.0, "%", acting_user=user("stats")).version == 1


@pytest.mark.parametrize("data,message", [
    ({"value": "abc", "unit": "%"}, ""),
    ({"value": "6.1", "unit": ""}, ""),
    ({"value": "", "unit": "%"}, ""),
    ({"value": "1e400", "unit": "%"}, ""),
    ({"value": "6.1", "unit": "x" * 30}, ""),
    ({"value": "6.1", "unit": "%", "metric": "nonsense"}, ""),
])
def test_bad_input(client, period, data, message):
    login(client, "stats")
    post = {"period": period.pk, "metric": "gdp", "note": ""} | data
    response = client.post(reverse("statistic_enter"), post)
    assert response.status_code == 400
    assert not StatisticFigure.objects.filter(period=period).exists()


def test_foreign_ids(client, period):
    login(client, "stats")
    assert client.post(reverse("statistic_lock", args=[999999])).status_code == 404
    assert client.get(reverse("statistics") + "?period=999999").status_code == 404
    assert client.get(reverse("statistics") + "?period=abc").status_code == 404
    assert client.post(reverse("statistic_enter"), {"period": "999999", "metric": "gdp", "value": "1",
                                                    "unit": "%"}).status_code == 404


def test_hostile_note_is_escaped(client, period):
    stat_actions.do_enter_statistic_figure(period, "gdp", 6.1, "%", "<script>alert(1)</script>",
                                           acting_user=user("stats"))
    login(client, "leader")
    text = client.get(reverse("statistics") + f"?period={period.pk}").content.decode()
    assert "<script>alert(1)</script>" not in text and "&lt;script&gt;" in text
