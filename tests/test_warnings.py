"""Warning lights (预警灯): rules in order, first active match wins, configurable by the
office, never deleted; lights per task and per department on the demo data."""

import pytest
from django.urls import reverse

from luoshi.core.models import AuditEvent
from luoshi.supervision.actions import warnings as actions
from luoshi.supervision.models import Assessment, Override, ReportingPeriod, WarningRule
from luoshi.supervision.services import warnings as service

from .demo import login

pytestmark = pytest.mark.django_db

GONGSHU = "拱墅区2020年重点工作"


@pytest.fixture
def q2(db):
    return ReportingPeriod.objects.get(plan__title=GONGSHU, name="2020年第二季度")


def rule(colour, statuses=(), min_gap=None, active=True, order=0):
    return WarningRule(name="r", colour=colour, statuses=list(statuses), min_gap=min_gap, active=active, order=order)


def test_rule_matching():
    red = rule("red", ["seriously_behind"], 20)
    assert service.rule_matches(red, "seriously_behind", None)
    assert service.rule_matches(red, "on_track", 20.0)          # gap alone is enough
    assert not service.rule_matches(red, "on_track", 19.9)
    assert not service.rule_matches(red, "on_track", None)      # no gap known
    assert service.rule_matches(rule("green"), "anything", None)  # catch-all
    only_gap = rule("yellow", min_gap=10)
    assert service.rule_matches(only_gap, "completed", 10) and not service.rule_matches(only_gap, "behind", None)


@pytest.mark.parametrize("status,gap,light", [
    ("seriously_behind", None, "red"), ("not_started", None, "red"), ("on_track", 25.0, "red"),
    ("on_track", 12.0, "yellow"), ("behind", None, "yellow"), ("unclear", None, "yellow"),
    ("completed", None, "green"), ("ahead", -15.0, "green"), ("on_track", 9.9, "green"),
])
def test_default_rules(status, gap, light):
    rules = [WarningRule(active=True, **spec) for spec in service.DEFAULT_RULES]
    assert service.light_for(status, gap, rules) == light


def test_first_active_rule_wins_and_inactive_rules_are_skipped():
    rules = [rule("yellow", ["behind"], order=1, active=False), rule("red", ["behind"], order=2),
             rule("green", order=3)]
    assert service.light_for("behind", None, rules) == "red"
    assert service.light_for("on_track", None, [rule("red", ["behind"])]) == "green"  # nothing matches


def test_ensure_default_rules_once_with_audit(db):
    WarningRule.objects.all().delete()  # whatever the session holds; rolled back after the test
    before = AuditEvent.objects.filter(action="warning_rule.create").count()
    made = actions.do_install_default_warning_rules(acting_user=None)
    assert [r.colour for r in made] == ["red", "yellow", "green"]
    assert AuditEvent.objects.filter(action="warning_rule.create").count() == before + 3
    actions.do_install_default_warning_rules(acting_user=None)
    assert WarningRule.objects.count() == 3


def test_task_lights_follow_the_rules_on_demo(q2):
    lights = service.task_lights(q2.plan, q2)
    assert len(lights) == q2.plan.tasks.count()
    current = Assessment.objects.filter(period=q2, current=True)
    assert sum(1 for t in lights if t.light) == current.count()
    for t in lights:
        if t.status in ("seriously_behind", "not_started") or (t.gap is not None and t.gap >= 20):
            assert t.light == "red"
        elif t.status in ("behind", "unclear") or (t.gap is not None and t.gap >= 10):
            assert t.light == "yellow"
        elif t.status:
            assert t.light == "green"
    assert any(t.light == "red" for t in lights) and any(t.light == "green" for t in lights)


def test_department_light_is_worst_of_its_lead_tasks(q2):
    severity = service.SEVERITY
    depts = service.department_lights(q2.plan, q2)
    assert depts
    lights = service.task_lights(q2.plan, q2)
    for d in depts:
        led = [t for t in lights if d.organisation in t.leads]
        assert d.light == max((t.light for t in led), key=lambda c: severity[c])
        assert d.counts == {c: sum(1 for t in led if (t.light or "none") == c)
                            for c in ("red", "yellow", "green", "none")}
        assert sum(d.counts.values()) == len(led) == q2.plan.tasks.filter(lead=d.organisation).count()
    # Worst first.
    assert [severity[d.light] for d in depts] == sorted((severity[d.light] for d in depts), reverse=True)


def test_lights_in_sql_agree_with_the_rules_in_python(q2):
    """The page counts and filters in SQL (light_expression); each task's light there is the
    one light_for gives from its assessment, under the defaults and under configured rules."""
    def check(rules):
        lights = service.task_lights(q2.plan, q2, rules)
        for t in lights:
            assert t.light == service.task_light(t.assessment, rules), t.task.code
        counts = service.light_counts(q2.plan, q2, rules)
        assert counts == {c: sum(1 for t in lights if (t.light or "none") == c)
                          for c in ("red", "yellow", "green", "none")}
        for colour in ("red", "yellow", "green", "none"):
            shown = {t.pk for t in service.tasks_by_light(q2.plan, q2, colour, rules)}
            assert shown == {t.task.pk for t in lights if (t.light or "none") == colour}
        return counts

    defaults = check(service.active_rules())
    assert defaults["red"] and defaults["green"]
    a = Assessment.objects.filter(period=q2, current=True, status="on_track").first()
    Override.objects.create(assessment=a, status="seriously_behind", reason="人工研判", completion_pct=1.0)
    check(service.active_rules())
    # a gap-only rule first, an inactive rule, a catch-all in the middle (later rules unreachable)
    check([rule("yellow", min_gap=5, order=1), rule("red", ["on_track"], active=False, order=2),
           rule("red", ["completed"], order=3), rule("yellow", order=4), rule("red", ["behind"], order=5)])
    assert check([rule("red", ["unclear"])])["green"]


def test_lights_page_is_paged(client, q2, monkeypatch):
    from luoshi.supervision.views import warnings as view

    monkeypatch.setattr(view, "PAGE_SIZE", 3)
    login(client, "office")
    first = client.get(reverse("warnings"), {"plan": q2.plan_id, "period": q2.pk})
    assert len(first.context["tasks"]) == 3 and first.context["page"].paginator.num_pages > 1
    assert sum(first.context["counts"].values()) == q2.plan.tasks.count()
    second = client.get(reverse("warnings"), {"plan": q2.plan_id, "period": q2.pk, "page": 2})
    assert not {t.task.pk for t in first.context["tasks"]} & {t.task.pk for t in second.context["tasks"]}
    red = client.get(reverse("warnings"), {"plan": q2.plan_id, "period": q2.pk, "light": "red"})
    assert red.context["page"].paginator.count == first.context["counts"]["red"]
    assert all(t.light == "red" for t in red.context["tasks"])


def test_configured_rule_changes_a_light(q2):
    actions.do_install_default_warning_rules(acting_user=None)
    a = next(a for a in Assessment.objects.filter(period=q2, current=True)
             if a.effective_status == "on_track" and service.gap(a) is None)
    assert service.task_light(a) == "green"
    actions.do_create_warning_rule("达进度也亮红灯（测试）", "red", 0, ["on_track"], None, acting_user=None)
    assert service.task_light(a) == "red"
    # Deactivating it restores the light; the rule stays, inactive.
    r = WarningRule.objects.get(name="达进度也亮红灯（测试）")
    actions.do_update_warning_rule(r, r.name, r.colour, r.order, r.statuses, r.min_gap, active=False,
                                   acting_user=None)
    assert service.task_light(a) == "green" and WarningRule.objects.filter(pk=r.pk, active=False).exists()
    assert AuditEvent.objects.filter(action="warning_rule.update", object_id=str(r.pk)).exists()


def test_override_status_counts(q2):
    a = next(a for a in Assessment.objects.filter(period=q2, current=True) if a.status == "on_track")
    Override.objects.create(assessment=a, status="not_started", reason="人工研判：实际未启动")
    assert service.task_light(a) == "red"


@pytest.mark.parametrize("user,page,rules_get,rules_post,edit", [
    (None, 302, 302, 302, 302),
    ("office", 200, 200, 302, 200),
    ("reporter", 403, 403, 403, 403),
    ("leader", 200, 200, 403, 403),
    ("stats", 200, 200, 403, 403),
    ("inspector", 200, 200, 403, 403),
])
def test_role_matrix(client, q2, user, page, rules_get, rules_post, edit):
    if user:
        login(client, user)
    actions.do_install_default_warning_rules(acting_user=None)
    pk = WarningRule.objects.first().pk
    assert client.get(reverse("warnings"), {"plan": q2.plan_id, "period": q2.pk}).status_code == page
    assert client.get(reverse("warning_rules")).status_code == rules_get
    data = {"name": "新规则", "colour": "yellow", "order": 5, "statuses": ["behind"], "min_gap": "", "active": "on"}
    assert client.post(reverse("warning_rules"), data).status_code == rules_post
    assert client.get(reverse("warning_rule_edit", args=[pk])).status_code == edit
    assert WarningRule.objects.filter(name="新规则").exists() == (rules_post == 302 and user == "office")


def test_lights_page_shows_departments_and_tasks(client, q2):
    login(client, "leader")
    page = client.get(reverse("warnings"), {"plan": q2.plan_id, "period": q2.pk}).content.decode()
    red = [t for t in service.task_lights(q2.plan, q2) if t.light == "red"]
    assert red and red[0].task.code in page and "light-red" in page
    only = client.get(reverse("warnings"), {"plan": q2.plan_id, "period": q2.pk, "light": "red"}).content.decode()
    assert only.count('class="light light-red" title') >= len(red)
    # Without parameters: a closed period with assessments.
    assert client.get(reverse("warnings")).status_code == 200


@pytest.mark.parametrize("params", [{"plan": "abc"}, {"plan": "999999"}, {"period": "999999"},
                                    {"period": "1x"}])
def test_bad_parameters_are_404(client, q2, params):
    login(client, "office")
    assert client.get(reverse("warnings"), params).status_code == 404


def test_period_of_another_plan_is_404(client, q2):
    login(client, "office")
    other = ReportingPeriod.objects.exclude(plan=q2.plan).first()
    assert client.get(reverse("warnings"), {"plan": q2.plan_id, "period": other.pk}).status_code == 404


@pytest.mark.parametrize("data", [
    {"name": "", "colour": "red", "order": 1},
    {"name": "x", "colour": "purple", "order": 1},
    {"name": "x", "colour": "red", "order": "one"},
    {"name": "x", "colour": "red", "order": 1, "min_gap": "abc"},
    {"name": "x", "colour": "red", "order": 1, "min_gap": "500"},
    {"name": "x", "colour": "red", "order": 1, "statuses": ["bogus"]},
    {"name": "x" * 101, "colour": "red", "order": 1},
])
def test_bad_rule_input_is_a_form_error(client, db, data):
    login(client, "office")
    client.get(reverse("warning_rules"))
    count = WarningRule.objects.count()
    response = client.post(reverse("warning_rules"), data)
    assert response.status_code == 400 and "errorlist" in response.content.decode()
    assert WarningRule.objects.count() == count


def test_edit_rule_through_page_and_hostile_name_escaped(client, db):
    login(client, "office")
    client.get(reverse("warning_rules"))
    r = WarningRule.objects.get(colour="red")
    response = client.post(reverse("warning_rule_edit", args=[r.pk]), {
        "name": "<script>alert(1)</script>", "colour": "red", "order": r.order,
        "statuses": ["seriously_behind"], "min_gap": "15"})
    assert response.status_code == 302
    r.refresh_from_db()
    assert r.min_gap == 15 and r.active is False and r.statuses == ["seriously_behind"]
    page = client.get(reverse("warning_rules")).content.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert client.post(reverse("warning_rule_edit", args=[999999]), {}).status_code == 404


def test_service_refuses_bad_rules(db):
    with pytest.raises(service.RuleError):
        actions.do_create_warning_rule("x", "blue", 1, [], None, acting_user=None)
    with pytest.raises(service.RuleError):
        actions.do_create_warning_rule("x", "red", 1, ["late"], None, acting_user=None)
    with pytest.raises(service.RuleError):
        actions.do_create_warning_rule("x", "red", 1, [], -5, acting_user=None)
