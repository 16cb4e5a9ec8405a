"""Statistics figures (统计数据): only the statistician enters and locks; a locked figure
is frozen and feeds the assessment of the matching expected-target task."""

import pytest
from django.urls import reverse

from luoshi.core.models import AuditEvent
from luoshi.supervision.actions import statistics as stat_actions
from luoshi.supervision.models import Assessment, Plan, StatisticFigure, StatisticMetric
from luoshi.supervision.services import statistics as service

from .demo import login, user

pytestmark = pytest.mark.django_db


@pytest.fixture
def period():
    plan = Plan.objects.get(year=2020, title__startswith="上城区2020")
    return plan.periods.get(name="2020年上半年")


NAMES = {"gdp": "地区生产总值", "services": "服务业增加值", "investment": "固定资产投资",
         "retail": "社会消费品零售总额", "revenue": "一般公共预算收入", "employment": "新增城镇就业"}


def m(period, key):
    """The demo's metric of the period's plan (the demo office set the expected targets as metrics)."""
    return StatisticMetric.objects.get(plan=period.plan, name=NAMES[key])


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
        "period": period.pk, "metric": m(period, "gdp").pk, "value": "6.1", "unit": "%", "note": ""})
    assert response.status_code == status
    assert StatisticFigure.objects.filter(period=period).exists() == (status == 302)


def test_anonymous_cannot_post(client, period):
    response = client.post(reverse("statistic_enter"), {"period": period.pk, "metric": m(period, "gdp").pk, "value": "1", "unit": "%"})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not StatisticFigure.objects.exists()


def test_service_refuses_other_roles(period):
    for name in ("office", "reporter", "leader", "inspector"):
        with pytest.raises(service.NotStatistician):
            stat_actions.do_enter_statistic_figure(period, m(period, "gdp"), 6.1, "%", acting_user=user(name))
    figure = stat_actions.do_enter_statistic_figure(period, m(period, "gdp"), 6.1, "%", acting_user=user("stats"))
    with pytest.raises(service.NotStatistician):
        stat_actions.do_lock_statistic_figure(figure, acting_user=user("office"))
    figure.refresh_from_db()
    assert not figure.locked


def test_new_value_is_a_new_version_until_locked(period):
    stats = user("stats")
    first = stat_actions.do_enter_statistic_figure(period, m(period, "services"), 7.0, "%", "初步数", acting_user=stats)
    second = stat_actions.do_enter_statistic_figure(period, m(period, "services"), 7.4, "%", "核实数", acting_user=stats)
    assert (first.version, second.version) == (1, 2)
    first.refresh_from_db()
    assert first.value == 7.0  # history kept
    with pytest.raises(service.StatisticsError):
        stat_actions.do_lock_statistic_figure(first, acting_user=stats)  # only the latest version is locked
    stat_actions.do_lock_statistic_figure(second, acting_user=stats)
    with pytest.raises(service.StatisticsError, match="锁定"):
        stat_actions.do_enter_statistic_figure(period, m(period, "services"), 8.0, "%", acting_user=stats)
    assert StatisticFigure.objects.filter(period=period, metric=m(period, "services")).count() == 2
    assert AuditEvent.objects.filter(action="statistics.lock", object_id=str(second.pk)).exists()


def test_locked_figure_refused_in_the_view(client, period):
    stats = user("stats")
    figure = stat_actions.do_enter_statistic_figure(period, m(period, "retail"), 8.5, "%", acting_user=stats)
    stat_actions.do_lock_statistic_figure(figure, acting_user=stats)
    login(client, "stats")
    response = client.post(reverse("statistic_enter"), {
        "period": period.pk, "metric": m(period, "retail").pk, "value": "9", "unit": "%"})
    assert response.status_code == 400
    assert "已锁定" in response.content.decode()
    response = client.post(reverse("statistic_lock", args=[figure.pk]))
    assert response.status_code == 302
    assert StatisticFigure.objects.filter(period=period, metric=m(period, "retail")).count() == 1


def test_lock_feeds_the_expected_target(period):
    stats = user("stats")
    task = period.plan.tasks.get(kind="expected_target", text__contains="地区生产总值")
    figure = stat_actions.do_enter_statistic_figure(period, m(period, "gdp"), 6.1, "%", acting_user=stats)
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
        stat_actions.do_enter_statistic_figure(period, m(period, "revenue"), -2.5, "%", acting_user=stats), acting_user=stats)
    assert revenue and revenue[0].status == "seriously_behind"
    jobs = stat_actions.do_lock_statistic_figure(
        stat_actions.do_enter_statistic_figure(period, m(period, "employment"), 6000, "人", acting_user=stats), acting_user=stats)
    assert jobs and jobs[0].completion_pct == 60.0
    # A figure in a unit unlike its metric's is refused, not stored.
    with pytest.raises(service.StatisticsError, match="单位"):
        stat_actions.do_enter_statistic_figure(period, m(period, "investment"), 130, "亿元", acting_user=stats)
    assert not StatisticFigure.objects.filter(period=period, metric=m(period, "investment")).exists()


def test_closed_period_accepts_figures(period):
    assert period.closed
    assert stat_actions.do_enter_statistic_figure(period, m(period, "gdp"), 5.0, "%", acting_user=user("stats")).version == 1


@pytest.mark.parametrize("data,message", [
    ({"value": "abc", "unit": "%"}, ""),
    ({"value": "6.1", "unit": "亿元"}, ""),
    ({"value": "", "unit": "%"}, ""),
    ({"value": "1e400", "unit": "%"}, ""),
    ({"value": "6.1", "unit": "x" * 30}, ""),
    ({"value": "6.1", "unit": "%", "metric": "nonsense"}, ""),
])
def test_bad_input(client, period, data, message):
    login(client, "stats")
    post = {"period": period.pk, "metric": m(period, "gdp").pk, "note": ""} | data
    response = client.post(reverse("statistic_enter"), post)
    assert response.status_code == 400
    assert not StatisticFigure.objects.filter(period=period).exists()


def test_foreign_ids(client, period):
    login(client, "stats")
    assert client.post(reverse("statistic_lock", args=[999999])).status_code == 404
    assert client.get(reverse("statistics") + "?period=999999").status_code == 404
    assert client.get(reverse("statistics") + "?period=abc").status_code == 404
    assert client.post(reverse("statistic_enter"), {"period": "999999", "metric": m(period, "gdp").pk, "value": "1",
                                                    "unit": "%"}).status_code == 404


def test_hostile_note_is_escaped(client, period):
    stat_actions.do_enter_statistic_figure(period, m(period, "gdp"), 6.1, "%", "<script>alert(1)</script>",
                                           acting_user=user("stats"))
    login(client, "leader")
    text = client.get(reverse("statistics") + f"?period={period.pk}").content.decode()
    assert "<script>alert(1)</script>" not in text and "&lt;script&gt;" in text


# --- metrics as data (统计指标): the office defines them --------------------------------------

def test_entry_form_offers_the_plans_metrics_only(client, period):
    login(client, "stats")
    text = client.get(reverse("statistics") + f"?period={period.pk}").content.decode()
    assert ">地区生产总值（%）</option>" in text
    gongshu = Plan.objects.get(title="拱墅区2020年重点工作")
    other = StatisticMetric.objects.get(plan=gongshu, name="全社会R&D经费支出")
    assert ">全社会R&amp;D经费支出（%）</option>" not in text
    # Another plan's metric is refused for this period: a form error, nothing stored.
    response = client.post(reverse("statistic_enter"), {"period": period.pk, "metric": other.pk, "value": "16"})
    assert response.status_code == 400 and not StatisticFigure.objects.exists()
    with pytest.raises(service.StatisticsError):
        stat_actions.do_enter_statistic_figure(period, other, 16, acting_user=user("stats"))


def test_rd_spending_growth_is_entered_and_judged(client):
    """An expected target of the 拱墅 plan that was not one of the old six fixed metrics."""
    plan = Plan.objects.get(title="拱墅区2020年重点工作")
    q2 = plan.periods.get(name__contains="第二季度")
    metric = StatisticMetric.objects.get(plan=plan, name="全社会R&D经费支出")
    assert (metric.unit, metric.comparator, metric.target_value) == ("%", ">=", 15.0)
    login(client, "stats")
    response = client.post(reverse("statistic_enter"), {"period": q2.pk, "metric": metric.pk, "value": "12.5",
                                                       "unit": ""})
    assert response.status_code == 302
    figure = StatisticFigure.objects.get(period=q2, metric=metric)
    assert (figure.value, figure.unit) == (12.5, "%")    # the metric's unit when none is typed
    client.post(reverse("statistic_lock", args=[figure.pk]))
    a = Assessment.objects.get(task=metric.task, period=q2, current=True)
    assert a.status == "behind" and "全社会R&D经费支出" in a.reason and "12.5" in a.evidence[0]["text"]


def test_office_defines_a_new_metric_in_the_form(client, period):
    task = period.plan.tasks.filter(kind="task").order_by("order").first()
    login(client, "office")
    page = client.get(reverse("statistic_metrics") + f"?plan={period.plan_id}").content.decode()
    assert "地区生产总值" in page and "新增指标" in page
    response = client.post(reverse("statistic_metric_define"), {
        "plan": period.plan_id, "name": "研发经费投入强度", "unit": "%", "comparator": ">=",
        "target_value": "15", "task": task.pk})
    assert response.status_code == 302
    metric = StatisticMetric.objects.get(plan=period.plan, name="研发经费投入强度")
    event = AuditEvent.objects.get(action="statistics.metric_define", object_id=str(metric.pk))
    assert event.detail["target_value"] == 15.0 and event.detail["task"] == task.code
    stats = user("stats")
    figure = stat_actions.do_enter_statistic_figure(period, metric, 16.2, "%", acting_user=stats)
    [a] = stat_actions.do_lock_statistic_figure(figure, acting_user=stats)
    assert a.task == task and a.status == "on_track"
    # The same name again is a form error, not a second metric.
    again = client.post(reverse("statistic_metric_define"), {
        "plan": period.plan_id, "name": "研发经费投入强度", "unit": "%", "comparator": ">="})
    assert again.status_code == 400 and "同名" in again.content.decode()


def test_lower_is_better_metric(period):
    office, stats = user("office"), user("stats")
    metric = stat_actions.do_define_statistic_metric(
        period.plan, "城镇登记失业率", "%", "<=", 3.5, period.plan.tasks.order_by("order").last(), acting_user=office)
    figure = stat_actions.do_enter_statistic_figure(period, metric, 4.1, acting_user=stats)
    [a] = stat_actions.do_lock_statistic_figure(figure, acting_user=stats)
    assert a.status == "behind"


def test_pick_a_target_of_the_plan(client, period):
    login(client, "office")
    candidates = service.candidates(period.plan)
    assert candidates and all(c["task"].plan_id == period.plan_id for c in candidates)
    assert not any(c["indicator"].metric == "地区生产总值" for c in candidates)    # already a metric
    pick = candidates[0]
    response = client.post(reverse("statistic_metric_pick"), {"plan": period.plan_id, "indicator": pick["indicator"].pk})
    assert response.status_code == 302
    metric = StatisticMetric.objects.get(plan=period.plan, task=pick["task"], name=pick["indicator"].metric)
    assert metric.unit == pick["indicator"].unit and metric.target_value == pick["indicator"].value
    # Picked twice: refused with a form error.
    response = client.post(reverse("statistic_metric_pick"), {"plan": period.plan_id, "indicator": pick["indicator"].pk})
    assert response.status_code == 400


def test_a_candidates_label_writes_its_target_as_the_office_does(period):
    """A range keeps both ends and a ceiling its sign, the way pages and exports write a target."""
    pick = service.candidates(period.plan)[0]
    ind = pick["indicator"]
    ind.comparator, ind.value, ind.value_high, ind.unit = ">=", 6, 7.5, "%"
    ind.save()
    assert service.candidate(period.plan, ind.pk)["label"].endswith(f"{ind.metric} ≥6–7.5%")
    ind.comparator, ind.value_high = "<=", None
    ind.save()
    assert service.candidate(period.plan, ind.pk)["label"].endswith(f"{ind.metric} ≤6%")


@pytest.mark.parametrize("data", [
    {"name": "", "unit": "%", "comparator": ">="},
    {"name": "x", "unit": "", "comparator": ">="},
    {"name": "x", "unit": "%", "comparator": "!="},
    {"name": "x", "unit": "%", "comparator": ">=", "target_value": "nan"},
    {"name": "x", "unit": "%", "comparator": ">=", "target_value": "1e400"},
    {"name": "x" * 201, "unit": "%", "comparator": ">="},
    {"name": "x", "unit": "%", "comparator": ">=", "task": "999999"},
])
def test_bad_metric_definitions_are_form_errors(client, period, data):
    login(client, "office")
    before = StatisticMetric.all_objects.count()
    response = client.post(reverse("statistic_metric_define"), {"plan": period.plan_id} | data)
    assert response.status_code == 400
    assert StatisticMetric.all_objects.count() == before


def test_a_task_of_another_plan_is_refused(period):
    other = Plan.objects.get(title="拱墅区2020年重点工作").tasks.first()
    with pytest.raises(service.StatisticsError):
        stat_actions.do_define_statistic_metric(period.plan, "某指标", "%", ">=", 1, other, acting_user=user("office"))


@pytest.mark.parametrize("who", ["reporter", "leader", "stats", "inspector"])
def test_only_the_office_defines(client, period, who):
    login(client, who)
    before = StatisticMetric.all_objects.count()
    response = client.post(reverse("statistic_metric_define"), {
        "plan": period.plan_id, "name": "某指标", "unit": "%", "comparator": ">="})
    assert response.status_code == 403
    with pytest.raises(service.StatisticsError):
        stat_actions.do_define_statistic_metric(period.plan, "某指标", "%", acting_user=user(who))
    assert StatisticMetric.all_objects.count() == before


def test_withdraw_keeps_figures(client, period):
    metric = m(period, "retail")
    figure = stat_actions.do_enter_statistic_figure(period, metric, 8.5, "%", acting_user=user("stats"))
    login(client, "office")
    client.post(reverse("statistic_metric_withdraw", args=[metric.pk]), {"reason": ""})
    assert StatisticMetric.objects.filter(pk=metric.pk).exists()     # no reason: refused
    client.post(reverse("statistic_metric_withdraw", args=[metric.pk]), {"reason": "统计局不再单列"})
    assert not StatisticMetric.objects.filter(pk=metric.pk).exists()
    assert StatisticFigure.objects.filter(pk=figure.pk).exists()
    assert AuditEvent.objects.filter(action="statistics.metric_withdraw", object_id=str(metric.pk)).exists()
    login(client, "stats")
    page = client.get(reverse("statistics") + f"?period={period.pk}").content.decode()
    assert "社会消费品零售总额" in page and "已停用" in page       # its figure still shows
    assert ">社会消费品零售总额（%）</option>" not in page               # but it is no longer offered
    assert ">服务业增加值（%）</option>" in page
    response = client.post(reverse("statistic_enter"), {"period": period.pk, "metric": metric.pk, "value": "9"})
    assert response.status_code == 400


def test_department_is_not_asked_for_a_statistical_figure(period):
    from luoshi.supervision.services import review

    task = m(period, "gdp").task
    assert review.figure_indicators(task) == []
    assert [i.metric for i in review.statistical_indicators(task)] == ["地区生产总值"]


def test_api_marks_the_indicator_a_statistics_metric_names(client, period):
    """The API's ``statistical`` flag follows the same rule as the report form: an indicator is the
    statistician's when a statistics metric of the task names it, not only when flagged on import."""
    task = m(period, "gdp").task
    login(client, "office")
    data = client.get(f"/api/v1/tasks/{task.pk}/").json()
    flags = {i["metric"]: i["statistical"] for i in data["indicators"]}
    assert flags.get("地区生产总值") is True
    assert all(i["statistical"] for i in data["indicators"] if i["metric"] == "地区生产总值")
    # withdrawn, the metric no longer names it: the department enters the figure again
    metric = m(period, "gdp")
    stat_actions.do_withdraw_statistic_metric(metric, "改由部门填报", acting_user=user("office"))
    data = client.get(f"/api/v1/tasks/{task.pk}/").json()
    assert not any(i["statistical"] for i in data["indicators"] if i["metric"] == "地区生产总值")


def test_hostile_metric_name_is_escaped(client, period):
    stat_actions.do_define_statistic_metric(period.plan, "<b>x</b>", "%", acting_user=user("office"))
    login(client, "stats")
    text = client.get(reverse("statistics") + f"?period={period.pk}").content.decode()
    assert "<b>x</b>" not in text and "&lt;b&gt;x&lt;/b&gt;" in text
