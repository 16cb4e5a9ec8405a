"""The dashboard (驾驶舱), the task list and the task page: counts are the demo's
assessments (overrides win, drafts do not count), weights move the roll-up,
reporters see only their own tasks, every number drills down, data reaches the
charts through json_script, user text is escaped."""

import json
import re
from collections import Counter
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils.html import escape

from luoshi.core.models import Role
from luoshi.supervision import permissions
from luoshi.supervision.actions import tasks as task_actions
from luoshi.supervision.actions.assessments import assess_submission
from luoshi.supervision.highlight import highlight
from luoshi.supervision.models import Assessment, Override, Plan, Submission, Task
from luoshi.supervision.services import dashboard as figures
from luoshi.supervision.services import plans as plan_services

from .demo import login

pytestmark = pytest.mark.django_db


def assessed_plans():
    return [p for p in Plan.objects.all() if Assessment.objects.filter(period__plan=p, current=True).counted().exists()]


def expected_counts(plan, period):
    current = Assessment.objects.filter(period=period, current=True).counted()
    counts = Counter(a.effective_status for a in current)
    counts["not_reported"] = plan.tasks.count() - current.count()
    return {k: counts.get(k, 0) for k in figures.STATUS_KEYS}


def gongshu():
    plan = Plan.objects.get(title="拱墅区2020年重点工作")
    return plan, figures.latest_assessed_period(plan)


# --- services ---------------------------------------------------------------------

def test_summary_counts_equal_demo_assessments(demo):
    plans = assessed_plans()
    assert len(plans) >= 2
    for plan in plans:
        period = figures.latest_assessed_period(plan)
        assert period.assessments.filter(current=True).exists()
        s = figures.summary(plan, period)
        assert s["counts"] == expected_counts(plan, period)
        assert s["total"] == plan.tasks.count() == sum(s["counts"].values())
        assert [r["status"] for r in s["statuses"]] == figures.STATUS_KEYS
        # by part: every task once; by department: once per lead unit (or under 未明确牵头单位)
        assert sum(p["total"] for p in s["parts"]) == s["total"]
        leads = sum(max(t.lead.count(), 1) for t in plan.tasks.all())
        assert sum(d["total"] for d in s["departments"]) == leads
        for d in s["departments"]:
            assert sum(d["counts"].values()) == d["total"]
        json.dumps(s)  # plain data, ready for the API


def test_part_rows_cover_their_subtree(demo):
    plan = Plan.objects.get(title="上城区2020年政府工作报告重点工作")
    s = figures.summary(plan, figures.latest_assessed_period(plan))
    for row in s["parts"]:
        if row["id"] is None:
            assert row["total"] == plan.tasks.filter(part__isnull=True).count()
            continue
        ids = [row["id"]] + [c["id"] for c in row["children"]]
        assert row["total"] == plan.tasks.filter(part_id__in=ids).count()
        assert row["total"] == sum(c["total"] for c in row["children"]) + plan.tasks.filter(part_id=row["id"]).count()
    assert any(row["children"] for row in s["parts"])


def test_default_plan_and_period_have_assessments(demo):
    plan = figures.default_plan()
    period = figures.latest_assessed_period(plan)
    assert period.plan_id == plan.pk and period.assessments.filter(current=True).exists()
    assert plan.year == max(p.year for p in assessed_plans())


def test_override_changes_the_count(demo, client):
    plan, period = gongshu()
    a = next(a for a in Assessment.objects.filter(period=period, current=True).counted() if a.effective_status == "on_track")
    before = figures.summary(plan, period)["counts"]
    Override.objects.create(assessment=a, status="seriously_behind", completion_pct=3.0, reason="人工核实进度严重滞后")
    after = figures.summary(plan, period)["counts"]
    assert after["on_track"] == before["on_track"] - 1
    assert after["seriously_behind"] == before["seriously_behind"] + 1
    row = next(r for r in figures.lagging(plan, period) if r["task_id"] == a.task_id)
    assert row["overridden"] and row["engine_status"] == "on_track" and row["completion_pct"] == 3.0
    assert row["reason"] == "人工核实进度严重滞后"
    login(client, "leader")
    page = client.get(reverse("dashboard"), {"plan": plan.pk, "period": period.pk})
    assert page.context["summary"]["counts"]["seriously_behind"] == before["seriously_behind"] + 1


def test_draft_and_submitted_versions_do_not_change_counts(demo):
    plan, period = gongshu()
    before = figures.summary(plan, period)
    lagging_before = figures.lagging(plan, period)
    sub = Submission.objects.filter(period=period, state="accepted").order_by("pk").first()
    for n, state in enumerate(("draft", "submitted", "returned"), 1):
        Submission.objects.create(task=sub.task, period=period, organisation=sub.organisation,
                                  version=sub.version + n, supersedes=sub, narrative="尚未开工，未启动。",
                                  state=state)
    assert figures.summary(plan, period) == before
    assert figures.lagging(plan, period) == lagging_before


def test_weights_move_the_rollup(demo):
    plan, period = gongshu()
    s = figures.summary(plan, period)
    part_row = next(p for p in s["parts"] if p["score"] is not None and 0 < p["score"] < 100)
    part = plan.parts.get(pk=part_row["id"])
    status = figures.statuses(period, part.tasks.all())
    behind = next(t for t in part.tasks.all() if status[t.pk] not in figures.ON_PACE)
    on_pace = next(t for t in part.tasks.all() if status[t.pk] in figures.ON_PACE)
    # the default weights give the plain share of tasks on pace
    assert part_row["score"] == round(100 * part_row["on_pace"] / part_row["total"], 1)
    behind.weight = Decimal("10")
    behind.save()
    lower = figures.rollup(part, period)["score"]
    assert lower < part_row["score"]
    on_pace.weight = Decimal("50")
    on_pace.save()
    assert figures.rollup(part, period)["score"] > lower
    # the plan's score moves with it, counts do not
    s2 = figures.summary(plan, period)
    assert s2["counts"] == s["counts"] and s2["score"] != s["score"]


def test_part_weight_moves_the_parent_part(demo):
    plan = Plan.objects.get(title="上城区2020年政府工作报告重点工作")
    period = figures.latest_assessed_period(plan)
    s = figures.summary(plan, period)
    top = next(p for p in s["parts"] if len({c["score"] for c in p["children"]}) > 1)
    worst = min(top["children"], key=lambda c: c["score"])
    child = plan.parts.get(pk=worst["id"])
    child.weight = Decimal("20")
    child.save()
    moved = figures.rollup(plan.parts.get(pk=top["id"]), period)
    assert moved["score"] < top["score"]
    assert moved["score"] > worst["score"]  # a weighted mean stays between its parts


def test_parent_task_rolls_up_its_children(demo):
    plan, period = gongshu()
    status = figures.statuses(period, plan.tasks.all())
    part = next(p for p in plan.parts.all() if
                sum(status[t.pk] in figures.ON_PACE for t in p.tasks.all()) >= 1
                and sum(status[t.pk] not in figures.ON_PACE for t in p.tasks.all()) >= 2)
    tasks = list(part.tasks.order_by("order"))
    parent = next(t for t in tasks if status[t.pk] in figures.ON_PACE)
    children = [t for t in tasks if status[t.pk] not in figures.ON_PACE][:2]
    before = figures.rollup(part, period)
    for c in children:
        c.parent = parent
        c.save()
    after = figures.rollup(part, period)
    # the parent on pace now scores 0 from its lagging children; the part has one root item
    # on pace fewer in its numerator and two fewer in its denominator
    roots = len(tasks) - 2
    on_pace_roots = sum(status[t.pk] in figures.ON_PACE for t in tasks) - 1
    assert after["score"] == round(100 * on_pace_roots / roots, 1)
    assert after["counts"] == before["counts"]  # counts stay per task


def test_trend_counts_each_period(demo):
    plan, _period = gongshu()
    rows = figures.trend(plan)
    # Open periods with nothing accepted yet are left out: no figure is not 0% (issue 15).
    assert [r["period"]["name"] for r in rows] == [p.name for p in plan.periods.order_by("end")
                                                   if p.closed or p.assessments.exists()]
    assert len(rows) >= 2
    for r in rows:
        period = plan.periods.get(pk=r["period"]["id"])
        assert r["counts"] == expected_counts(plan, period)
    assert any(r["assessed"] for r in rows)


def test_trend_counts_a_persons_latest_override(demo):
    """Two overrides of one verdict, the later one different: the trend counts the later (as the
    summary does), whatever the engine said; the overrides are read apart from the verdicts."""
    plan, period = gongshu()
    a = Assessment.objects.filter(period=period, current=True).counted().order_by("pk").first()
    engine = a.status
    Override.objects.create(assessment=a, status="completed" if engine != "completed" else "on_track",
                            reason="人工研判（先）")
    later = "seriously_behind" if engine != "seriously_behind" else "not_started"
    Override.objects.create(assessment=a, status=later, reason="人工研判（后）")
    row = next(r for r in figures.trend(plan) if r["period"]["id"] == period.pk)
    assert row["counts"] == expected_counts(plan, period) == figures.summary(plan, period)["counts"]
    assert row["counts"][later] >= 1


def test_trend_score_is_the_rollup_score_of_each_period(demo):
    """The trend sums each task's share of the score (worked out once); the summary walks the
    tree for its period: with task weights, a part weight and a parent task they agree."""
    plan, period = gongshu()
    tasks = list(plan.tasks.order_by("order"))
    tasks[0].weight = Decimal("3")
    tasks[1].weight = Decimal("0.5")
    tasks[3].parent, tasks[4].parent = tasks[2], tasks[2]
    tasks[4].weight = Decimal("4")
    for t in tasks[:5]:
        t.save()
    part = plan.parts.exclude(tasks=None).order_by("order").last()
    part.weight = Decimal("2.5")
    part.save()
    rows = figures.trend(plan)
    assert any(r["assessed"] for r in rows)
    for r in rows:
        shown = plan.periods.get(pk=r["period"]["id"])
        assert r["score"] == figures.summary(plan, shown)["score"], r["period"]["name"]


def test_not_reported_is_missing_reports_counted_and_cut(demo):
    """Every unit and count of ``missing_reports``, the first tasks of each in the plan's order."""
    plan, _period = gongshu()
    for period in plan.periods.order_by("end"):
        expected = [(o.pk, o.name, len(ts), [t.pk for t in ts[:3]]) for o, ts in plan_services.missing_reports(period)]
        got = [(u["id"], u["name"], u["count"], [t["id"] for t in u["tasks"]]) for u in figures.not_reported(period, 3)]
        assert sorted(got) == sorted(expected), period.name
        assert [u[2] for u in got] == sorted((u[2] for u in got), reverse=True)


def test_missing_units_count_missing_reports_of_many_periods(demo):
    """The work list's overdue units, counted in SQL over many periods at once: every (period,
    unit, count) of ``missing_reports``, in the periods' order, most missing first within each."""
    from luoshi.supervision.models import ReportingPeriod

    periods = ReportingPeriod.objects.all()
    expected = [(p.pk, o.pk, len(ts)) for p in periods.select_related("plan")
                for o, ts in plan_services.missing_reports(p)]
    total, rows = plan_services.missing_units(periods, 10**6)
    assert total == len(expected) and expected
    assert [(p.pk, o.pk, n) for p, o, n in rows] == expected
    total, first = plan_services.missing_units(periods, 3)
    assert total == len(expected) and [(p.pk, o.pk, n) for p, o, n in first] == expected[:3]


def test_missing_units_cases_written_by_hand(db):
    """Invented plan, counted by hand: a unit's report counts for the tasks it leads only (a
    cooperating unit's report is not its lead's), two reported versions count once, a draft or
    returned version does not count, a withdrawn task is not missing, collectives are no units;
    rows come in the plans' order (newest year first, then title), then by period end, each
    period's units most missing first and by name."""
    from datetime import date

    from django.utils import timezone

    from luoshi.core.models import Organisation
    from luoshi.supervision.models import ReportingPeriod

    a, b, c = (Organisation.objects.create(name=n) for n in ("甲局", "乙局", "丙局"))
    streets = Organisation.objects.create(name="各相关乡镇", kind="collective")
    older = Plan.objects.create(year=2019, title="旧计划")
    plan = Plan.objects.create(year=2020, title="新计划")
    t = [Task.objects.create(plan=plan, code=f"T{k}", order=k, text=f"任务{k}") for k in range(1, 6)]
    for task, lead in zip(t, [a, a, a, b, b], strict=True):
        task.lead.add(lead)
    t[0].lead.add(streets)
    t[3].cooperating.add(c)
    old_task = Task.objects.create(plan=older, code="O1", order=1, text="旧任务")
    old_task.lead.add(c)
    p1, p2 = (ReportingPeriod.objects.create(plan=plan, name=f"{m}月", frequency="monthly", start=date(2020, m, 1),
                                             end=date(2020, m, 28), deadline=date(2020, m, 28)) for m in (1, 2))
    old_p = ReportingPeriod.objects.create(plan=older, name="12月", frequency="monthly", start=date(2019, 12, 1),
                                           end=date(2019, 12, 28), deadline=date(2019, 12, 28))
    now = timezone.now()

    def report(task, period, org, state, version=1):
        Submission.objects.create(task=task, period=period, organisation=org, version=version, state=state,
                                  narrative="已完成", submitted_at=now)

    report(t[0], p1, a, "accepted")
    report(t[0], p1, a, "submitted", version=2)   # a second reported version: still one task
    report(t[1], p1, a, "draft")                   # a draft is not reported
    report(t[2], p1, a, "returned")                # nor a returned version
    report(t[3], p1, c, "accepted")                # the cooperating unit's, not b's
    report(t[4], p2, b, "accepted")
    report(t[2], p2, a, "accepted")                # reported, then withdrawn: counts for nothing
    Task.objects.filter(pk=t[2].pk).update(withdrawn_at=now)  # withdrawn: missing nowhere
    # by hand: p1: 甲局 misses T2 (1), 乙局 misses T4 and T5 (2); p2: 甲局 misses T1, T2 (2),
    # 乙局 misses T4 (1); the older plan's period: 丙局 misses O1 (1)
    expected = [(p1.pk, b.pk, 2), (p1.pk, a.pk, 1), (p2.pk, a.pk, 2), (p2.pk, b.pk, 1), (old_p.pk, c.pk, 1)]
    periods = ReportingPeriod.objects.filter(pk__in=[p1.pk, p2.pk, old_p.pk])
    total, rows = plan_services.missing_units(periods, 10)
    assert total == 5 and [(p.pk, o.pk, n) for p, o, n in rows] == expected
    total, first = plan_services.missing_units(periods, 2)
    assert total == 5 and [(p.pk, o.pk, n) for p, o, n in first] == expected[:2]
    assert plan_services.missing_units(periods.none(), 10) == (0, [])


def test_lagging_and_not_reported(demo):
    plan, period = gongshu()
    rows = figures.lagging(plan, period)
    expected = {a.task_id for a in Assessment.objects.filter(period=period, current=True).counted()
                if a.effective_status in figures.LAGGING}
    assert {r["task_id"] for r in rows} == expected and rows
    assert [figures.LAGGING.index(r["status"]) for r in rows] == sorted(figures.LAGGING.index(r["status"]) for r in rows)
    open_period = plan_services.current_period(plan)
    missing = plan_services.missing_reports(open_period)
    got = figures.not_reported(open_period)
    assert [(u["id"], u["count"]) for u in got] == [(o.pk, len(ts)) for o, ts in missing]


# --- pages ------------------------------------------------------------------------

@pytest.mark.parametrize("user,dash,tasks,own_task,other_task", [
    (None, 302, 302, 302, 302),
    ("office", 200, 200, 200, 200),
    ("reporter", 403, 200, 200, 403),
    ("leader", 200, 200, 200, 200),
    ("stats", 200, 200, 200, 200),
    ("inspector", 200, 200, 200, 200),
])
def test_role_matrix(client, demo, user, dash, tasks, own_task, other_task):
    reporter = User.objects.get(username="reporter")
    visible = permissions.visible_tasks(reporter, Task.objects.all())
    own = visible.first()
    other = Task.objects.exclude(pk__in=visible.values("pk")).first()
    if user:
        login(client, user)
    assert client.get(reverse("dashboard")).status_code == dash
    assert client.get(reverse("task_list")).status_code == tasks
    assert client.get(reverse("task_detail", args=[own.pk])).status_code == own_task
    assert client.get(reverse("task_detail", args=[other.pk])).status_code == other_task
    assert client.get(reverse("public_home")).status_code == 200


def test_reporter_sees_only_own_tasks(client, demo):
    reporter = User.objects.get(username="reporter")
    assert reporter.profile.role == Role.REPORTER
    visible = set(permissions.visible_tasks(reporter, Task.objects.all()).values_list("pk", flat=True))
    login(client, "reporter")
    seen, page = set(), 1
    while True:
        r = client.get(reverse("task_list"), {"plan": "", "page": page})
        assert r.status_code == 200
        seen |= {row["task"].pk for row in r.context["rows"]}
        if not r.context["page"].has_next():
            break
        page += 1
    assert seen == visible and len(seen) < Task.objects.count()
    # a filter naming another unit's plan part still shows only own tasks
    plan, period = gongshu()
    r = client.get(reverse("task_list"), {"plan": plan.pk, "status": "on_track"})
    assert {row["task"].pk for row in r.context["rows"]} <= visible


def test_task_list_shows_a_task_of_two_leads_once(client, demo):
    """A task led by two units, one of which also cooperates, is one row: for the office, for
    each lead unit's filter, and for a reporter of a unit that both leads and cooperates."""
    plan, _period = gongshu()
    reporter = User.objects.get(username="reporter")
    home = reporter.profile.organisation
    task = plan.tasks.exclude(lead=home).order_by("order").first()
    other = task.lead.first()
    task.lead.add(home)
    task.cooperating.add(home)

    def rows(username, **params):
        login(client, username)
        r = client.get(reverse("task_list"), {"plan": plan.pk, "q": task.code, **params})
        assert r.status_code == 200
        return [row["task"].pk for row in r.context["rows"] if row["task"].code == task.code]

    assert rows("office") == [task.pk]
    assert rows("office", department=home.pk) == [task.pk]
    assert rows("office", department=other.pk) == [task.pk]
    assert rows("reporter") == [task.pk]


def test_dashboard_page_numbers_drill_down(client, demo):
    plan, period = gongshu()
    login(client, "leader")
    r = client.get(reverse("dashboard"))
    assert r.status_code == 200
    assert r.context["plan"] == figures.default_plan() and r.context["period"] == period
    s = r.context["summary"]
    page = r.content.decode()
    for row in s["statuses"]:
        assert row["url"].replace("&", "&amp;") in page
        listed = client.get(row["url"])
        assert listed.status_code == 200
        assert listed.context["page"].paginator.count == row["count"], row["status"]
    part = next(p for p in s["parts"] if p["id"])
    assert client.get(part["url"]).context["page"].paginator.count == part["total"]
    dept = s["departments"][0]
    assert client.get(dept["url"]).context["page"].paginator.count == dept["total"]
    lagging = client.get(r.context["lagging_url"])
    assert lagging.context["page"].paginator.count == s["lagging"]
    for row in r.context["lagging"][:3]:
        assert reverse("task_detail", args=[row["task_id"]]) in page


def test_dashboard_charts_get_data_through_json_script(client, demo):
    login(client, "office")
    r = client.get(reverse("dashboard"))
    page = r.content.decode()
    match = re.search(r'<script id="dashboard-data" type="application/json">(.*?)</script>', page, re.S)
    assert match
    data = json.loads(match.group(1))
    assert {s["key"]: s["count"] for s in data["statuses"]} == r.context["summary"]["counts"]
    assert data["parts"]["names"] == [p["title"] for p in r.context["summary"]["parts"]]
    assert len(data["trend"]["names"]) == len(r.context["trend"])
    assert "/static/vendor/echarts.min.js" in page
    # Every script and stylesheet is served from this site (no CDN): relative or root-relative URLs only.
    assets = re.findall(r'<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"', page)
    assert assets and not [a for a in assets if "//" in a or not a.startswith("/")]
    assert 'class="tile st-behind"' in page


def test_dashboard_selectors(client, demo):
    login(client, "stats")
    plan = Plan.objects.get(title="上城区2020年政府工作报告重点工作")
    r = client.get(reverse("dashboard"), {"plan": plan.pk})
    assert r.context["period"] == figures.latest_assessed_period(plan)
    assert r.context["summary"]["counts"] == expected_counts(plan, r.context["period"])
    open_period = plan.periods.get(closed=False)
    r = client.get(reverse("dashboard"), {"plan": plan.pk, "period": open_period.pk})
    assert r.context["summary"]["counts"]["not_reported"] == plan.tasks.count()


@pytest.mark.parametrize("url,params,status", [
    ("dashboard", {"plan": "abc"}, 400),
    ("dashboard", {"plan": "99999999"}, 404),
    ("dashboard", {"plan": "-3"}, 400),
    ("dashboard", {"period": "x"}, 400),
    ("task_list", {"status": "nonsense"}, 400),
    ("task_list", {"q": "字" * 101}, 400),
    ("task_list", {"part": "abc"}, 400),
    ("task_list", {"department": "1 OR 1=1"}, 400),
    ("task_list", {"part": "99999999"}, 404),
    ("task_list", {"page": "abc"}, 200),
    ("task_list", {"page": "99999"}, 200),
    ("task_list", {"q": "<script>alert(1)</script>"}, 200),
])
def test_bad_filters(client, demo, url, params, status):
    login(client, "office")
    r = client.get(reverse(url), params)
    assert r.status_code == status
    assert b"<script>alert(1)</script>" not in r.content


def test_period_of_another_plan_is_not_found(client, demo):
    login(client, "office")
    plan, period = gongshu()
    other = Plan.objects.exclude(pk=plan.pk).first()
    assert client.get(reverse("dashboard"), {"plan": other.pk, "period": period.pk}).status_code == 404
    assert client.get(reverse("task_list"), {"plan": other.pk, "period": period.pk}).status_code == 404
    assert client.get(reverse("task_detail", args=[99999999])).status_code == 404


def test_task_list_filters(client, demo):
    login(client, "inspector")
    plan, period = gongshu()
    task = plan.tasks.order_by("order")[3]
    r = client.get(reverse("task_list"), {"plan": plan.pk, "q": task.code})
    assert [row["task"].pk for row in r.context["rows"]] == [task.pk]
    word = task.text[2:8]
    r = client.get(reverse("task_list"), {"plan": plan.pk, "q": word})
    assert task.pk in {row["task"].pk for row in r.context["rows"]}
    assert all(word in row["task"].text or word in row["task"].name for row in r.context["rows"])


def test_task_page_shows_targets_timeline_and_evidence(client, demo):
    plan, period = gongshu()
    a = next(a for a in Assessment.objects.filter(period=period, current=True).counted().select_related("submission")
             if a.evidence and a.evidence[0].get("source") == "progress")
    task = a.task
    task_actions.do_add_target_version(task, task.text + "（调整后）", [], [], reason="上级调整目标", acting_user=None)
    Override.objects.create(assessment=a, status="behind", reason="人工研判理由甲")
    login(client, "leader")
    page = client.get(reverse("task_detail", args=[task.pk])).content.decode()
    assert "基线" in page and "现行" in page and "上级调整目标" in page and "（调整后）" in page
    for o in task.lead.all():
        assert escape(o.name) in page
    assert f'<span class="evidence">{escape(a.evidence[0]["text"])}</span>' in page
    assert "引擎研判" in page and "人工研判理由甲" in page and "st-behind" in page
    assert escape(a.reason) in page
    assert reverse("document", args=[task.source_document.pk]) in page
    for ind in task.current_target.indicators.all() or task.baseline.indicators.all():
        assert escape(ind.metric) in page


def test_task_page_timeline_versions_and_escaping(client, demo):
    plan, period = gongshu()
    reporter = User.objects.get(username="reporter")
    org = reporter.profile.organisation
    task = plan.tasks.filter(lead=org).order_by("order").first()
    prev = Submission.objects.filter(task=task, period=period, organisation=org).order_by("-version").first()
    v = prev.version if prev else 0
    hostile = "<script>alert('x')</script>已开工2个项目"
    accepted = Submission.objects.create(
        task=task, period=period, organisation=org, version=v + 1, supersedes=prev, narrative=hostile,
        state="accepted", late=True, review_comment="<b>审核意见</b>")
    assess_submission(accepted)
    Submission.objects.create(task=task, period=period, organisation=org, version=v + 2, supersedes=accepted,
                              narrative="草稿：尚未提交的文字", state="draft")
    login(client, "office")
    page = client.get(reverse("task_detail", args=[task.pk])).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;审核意见&lt;/b&gt;" in page and "逾期更正" in page
    assert "草稿：尚未提交的文字" not in page  # drafts stay with the department
    client.logout()
    login(client, "reporter")
    page = client.get(reverse("task_detail", args=[task.pk])).content.decode()
    assert "草稿：尚未提交的文字" in page and "<script>alert" not in page


def test_highlight_cuts_and_falls_back():
    text = "完成安置938套，累计新增342台"
    assert highlight(text, [{"text": "938套", "start": 4, "end": 8, "source": "progress"}]) == [
        ("完成安置", False), ("938套", True), ("，累计新增342台", False)]
    # wrong offsets: found by its text; task-sourced quotes and junk are not marked in the narrative
    got = highlight(text, [{"text": "342台", "start": 0, "end": 2}, {"text": "完成", "source": "task"}, "junk",
                           {"text": "不在文中"}])
    assert ("342台", True) in got and "".join(s for s, _e in got) == text
    # overlapping spans do not duplicate text
    got = highlight(text, [{"text": "安置938", "start": 2, "end": 7}, {"text": "938套", "start": 4, "end": 8}])
    assert "".join(s for s, _e in got) == text
    assert highlight("", [{"text": "x", "start": 0, "end": 1}]) == []


@pytest.mark.parametrize("number", ["1", "2", "3", "99", "zz", "-1", None])
def test_task_list_filtered_by_status_pages_as_the_paginator(client, demo, monkeypatch, number):
    """The list filtered by a status reads its page and the count in one query (a window count);
    every page, a page past the end and a bad page number give what Django's Paginator gives."""
    from django.core.paginator import Paginator

    from luoshi.supervision.views import dashboard as views

    monkeypatch.setattr(views, "PAGE_SIZE", 3)
    login(client, "office")
    plan, period = gongshu()
    s = figures.summary(plan, period)
    tried = 0
    for status in ["lagging", *[k for k in figures.STATUS_KEYS if s["counts"][k]]]:
        wanted = ({t for t, st in figures.statuses(period, plan.tasks.all()).items() if st in figures.LAGGING}
                  if status == "lagging" else
                  {t for t, st in figures.statuses(period, plan.tasks.all()).items() if st == status})
        params = {"plan": plan.pk, "period": period.pk, "status": status}
        if number is not None:
            params["page"] = number
        r = client.get(reverse("task_list"), params)
        page = r.context["page"]
        expected = Paginator(plan.tasks.filter(pk__in=wanted).order_by("order", "pk"), 3).get_page(number)
        assert page.paginator.count == len(wanted) == expected.paginator.count
        assert page.number == expected.number and page.paginator.num_pages == expected.paginator.num_pages
        assert [row["task"].pk for row in r.context["rows"]] == [t.pk for t in expected.object_list]
        assert all(row["status"] in (figures.LAGGING if status == "lagging" else (status,))
                   for row in r.context["rows"])
        tried += len(wanted) > 3
    assert tried  # at least one status fills more than a page
