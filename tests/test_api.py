"""The JSON API (接口): shapes and counts against the ORM, the same permissions as the
pages, a reporter's draft through POST with CSRF, JSON errors, and an OpenAPI
document that covers every URL."""

import json
import re

import pytest
from django.test import Client
from django.urls import resolve, reverse

from luoshi.core.models import AuditEvent, Organisation, OrganisationAlias
from luoshi.supervision import api
from luoshi.supervision.models import (
    Assessment,
    Override,
    Plan,
    ReportingPeriod,
    Submission,
    Task,
)
from luoshi.supervision.openapi import document
from luoshi.supervision.permissions import visible_tasks
from luoshi.supervision.services import releases
from luoshi.supervision.urls import api as api_urls

from .demo import login, user

pytestmark = pytest.mark.django_db

SC2020 = "上城区2020年政府工作报告重点工作"
SC2019 = "上城区2019年目标任务分解"
GS2020 = "拱墅区2020年重点工作"
ROLES = ["office", "reporter", "leader", "stats", "inspector"]


def get(client, url, expect=200, **params):
    response = client.get(url, params)
    assert response.status_code == expect, (url, response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def plan(title):
    return Plan.objects.get(title=title)


def reporter_org():
    return Organisation.objects.get(name="区发改经信局")


def own_task(title=SC2020):
    return visible_tasks(user("reporter"), plan(title).tasks.all()).order_by("order").first()


def foreign_task(title=SC2020):
    return (plan(title).tasks.exclude(pk__in=visible_tasks(user("reporter"), Task.objects.all()))
            .filter(submissions__state="accepted").distinct().order_by("order").first())


# --- permissions ------------------------------------------------------------------

def list_urls():
    p = plan(SC2020)
    return [reverse("api_plans"), reverse("api_plan", args=[p.pk]), reverse("api_tasks"),
            reverse("api_task", args=[own_task().pk]), reverse("api_periods"), reverse("api_submissions"),
            reverse("api_assessments") + f"?plan={p.pk}", reverse("api_organisations")]


def test_anonymous_gets_401_json_except_public(client):
    for url in list_urls() + [reverse("api_submission", args=[Submission.objects.first().pk])]:
        response = client.get(url)
        assert response.status_code == 401, url
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["error"] == "请先登录"
    p = plan(SC2020)
    for url in (reverse("api_public_plans"), reverse("api_public_plan", args=[p.pk]), reverse("api_openapi"),
                reverse("api_docs")):
        assert client.get(url).status_code == 200, url
    response = client.post(reverse("api_submissions"), "{}", content_type="application/json")
    assert response.status_code in (401, 403) and "error" in response.json()


@pytest.mark.parametrize("user", ROLES)
def test_role_matrix(client, user):
    login(client, user)
    for url in list_urls():
        assert client.get(url).status_code == 200, (user, url)
    foreign = foreign_task()
    expected = 403 if user == "reporter" else 200
    assert client.get(reverse("api_task", args=[foreign.pk])).status_code == expected
    sub = Submission.objects.filter(task=foreign, state="accepted").first()
    assert client.get(reverse("api_submission", args=[sub.pk])).status_code == expected
    # Only a reporter writes drafts.
    response = client.post(reverse("api_submissions"), json.dumps({"task": own_task().pk}),
                           content_type="application/json")
    assert response.status_code == (400 if user == "reporter" else 403)


def test_unknown_ids_and_paths_are_json_404(client):
    login(client, "office")
    for name in ("api_plan", "api_task", "api_submission", "api_public_plan"):
        body = get(client, reverse(name, args=[999999]), 404)
        assert "不存在" in body["error"]
    assert get(client, "/api/v1/nothing/here", 404)["error"]
    assert get(client, "/api/v1/tasks/abc/", 404)["error"]
    response = client.delete(reverse("api_tasks"))
    assert response.status_code == 405 and response.json()["error"]


def test_bad_query_parameters_are_400(client):
    login(client, "office")
    for params in ({"plan": "x"}, {"plan": "-1"}, {"plan": "999999"}, {"status": "bogus"}, {"limit": "0"},
                   {"limit": "abc"}, {"offset": "-3"}, {"q": "字" * 201}, {"part": "1e3"},
                   {"period": str(ReportingPeriod.objects.filter(plan=plan(SC2019)).first().pk),
                    "plan": str(plan(SC2020).pk)}):
        body = get(client, reverse("api_tasks"), 400, **params)
        assert body["error"]
    assert "period" in get(client, reverse("api_assessments"), 400)["error"]
    assert get(client, reverse("api_periods"), 400, closed="maybe")["error"]
    assert get(client, reverse("api_organisations"), 400, kind="<script>")["error"]


def test_unexpected_failure_is_json_500(client, monkeypatch):
    login(client, "office")

    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(api.svc, "select_tasks", boom)
    response = client.get(reverse("api_tasks"))
    assert response.status_code == 500 and response.json() == {"error": "服务器内部错误"}


# --- shapes and counts ------------------------------------------------------------

def test_plans_list_and_detail_match_the_orm(client):
    login(client, "office")
    body = get(client, reverse("api_plans"))
    assert body["count"] == Plan.objects.count()
    by_title = {p["title"]: p for p in body["results"]}
    for p in Plan.objects.all():
        assert by_title[p.title]["task_count"] == p.tasks.count()
    p = plan(SC2020)
    detail = get(client, reverse("api_plan", args=[p.pk]))
    assert len(detail["parts"]) == p.parts.count()
    assert [x["name"] for x in detail["periods"]] == list(p.periods.order_by("end").values_list("name", flat=True))
    top = next(x for x in detail["parts"] if x["parent"] is None and x["task_count"])
    assert top["task_count"] == p.tasks.filter(part__parent_id=top["id"]).count() + p.tasks.filter(
        part_id=top["id"]).count()


def test_reporter_sees_only_plans_and_tasks_of_its_organisation(client):
    login(client, "reporter")
    org = reporter_org()
    body = get(client, reverse("api_plans"))
    for p in body["results"]:
        expected = Task.objects.filter(plan_id=p["id"]).filter(lead=org).count() + Task.objects.filter(
            plan_id=p["id"], cooperating=org).exclude(lead=org).count()
        assert p["task_count"] == expected
    tasks = get(client, reverse("api_tasks"), limit=500)
    assert tasks["count"] == visible_tasks(user("reporter"), Task.objects.all()).count()
    for t in tasks["results"]:
        assert org.pk in {o["id"] for o in t["lead"] + t["cooperating"]}


def test_task_list_filters_and_pages(client):
    login(client, "leader")
    p = plan(GS2020)
    body = get(client, reverse("api_tasks"), plan=p.pk, limit=10, offset=5)
    assert body["count"] == p.tasks.count()
    assert body["limit"] == 10 and len(body["results"]) == 10
    assert [t["code"] for t in body["results"]] == list(p.tasks.order_by("order").values_list("code", flat=True)[5:15])
    assert get(client, reverse("api_tasks"), limit=100000)["limit"] == 500
    assert get(client, reverse("api_tasks"), plan=p.pk, offset=100000)["results"] == []
    # status: the effective status of the current assessment
    q2 = p.periods.get(name="2020年第二季度")
    current = Assessment.objects.filter(period=q2, current=True).counted()
    behind = {a.task.code for a in current if a.effective_status == "behind"}
    body = get(client, reverse("api_tasks"), plan=p.pk, status="behind", limit=500)
    assert {t["code"] for t in body["results"]} == behind and body["count"] == len(behind)
    assert all(t["status"]["status"] == "behind" and t["status"]["period"]["name"] == q2.name
               for t in body["results"])
    unassessed = get(client, reverse("api_tasks"), plan=plan(SC2019).pk, status="none")
    assert unassessed["count"] == plan(SC2019).tasks.count()
    # organisation and part and q
    org = reporter_org()
    body = get(client, reverse("api_tasks"), organisation=org.pk, limit=500)
    assert body["count"] == Task.objects.filter(lead=org).count() + Task.objects.filter(
        cooperating=org).exclude(lead=org).count()
    part = plan(SC2020).parts.filter(parent__isnull=True, children__isnull=False).first()
    body = get(client, reverse("api_tasks"), part=part.pk, limit=500)
    assert body["count"] == Task.objects.filter(part__parent=part).count() + Task.objects.filter(part=part).count()
    task = p.tasks.order_by("order")[3]
    body = get(client, reverse("api_tasks"), q=task.code, plan=p.pk)
    assert task.code in [t["code"] for t in body["results"]]


def test_task_detail_has_targets_assessments_and_visible_submissions(client):
    task = own_task()
    org = reporter_org()
    period = task.plan.periods.get(name="2020年下半年")
    Submission.objects.create(task=task, period=period, organisation=org, narrative="草稿内容", state="draft")
    login(client, "reporter")
    body = get(client, reverse("api_task", args=[task.pk]))
    assert body["code"] == task.code and body["plan_title"] == task.plan.title
    assert len(body["target_versions"]) == task.target_versions.count()
    assert len(body["indicators"]) == task.current_target.indicators.count()
    assert len(body["assessments"]) == task.assessments.filter(current=True).count()
    a = body["assessments"][0]
    assert a["evidence"] == Assessment.objects.get(pk=a["id"]).evidence
    assert {s["organisation"]["id"] for s in body["submissions"]} == {org.pk}
    assert "draft" in {s["state"] for s in body["submissions"]}
    assert body["latest_progress"]["submission"] == task.submissions.filter(state="accepted").last().pk
    # A reader does not see the unit's draft.
    client.logout()
    login(client, "leader")
    body = get(client, reverse("api_task", args=[task.pk]))
    assert "draft" not in {s["state"] for s in body["submissions"]}
    assert len(body["submissions"]) == task.submissions.exclude(state="draft").count()


def test_override_wins_in_status(client):
    a = Assessment.objects.filter(current=True, period__plan__title=SC2020).counted().exclude(status="completed").first()
    Override.objects.create(assessment=a, status="completed", completion_pct=100, reason="人工核实")
    login(client, "office")
    t = get(client, reverse("api_task", args=[a.task_id]))
    assert t["status"]["status"] == "completed" and t["status"]["engine_status"] == a.status
    assert t["status"]["overridden"] is True and t["status"]["completion_pct"] == 100
    rows = get(client, reverse("api_assessments"), period=a.period_id)
    row = next(r for r in rows["results"] if r["id"] == a.pk)
    assert row["status"] == "completed" and row["override"]["reason"] == "人工核实"


def test_assessments_and_submissions_counts(client):
    p = plan(GS2020)
    q2 = p.periods.get(name="2020年第二季度")
    login(client, "office")
    body = get(client, reverse("api_assessments"), period=q2.pk)
    assert body["count"] == Assessment.objects.filter(period=q2, current=True).counted().count()
    assert get(client, reverse("api_assessments"), plan=p.pk)["period"]["id"] == q2.pk
    subs = get(client, reverse("api_submissions"), period=q2.pk, limit=500)
    assert subs["count"] == Submission.objects.filter(period=q2).exclude(state="draft").count()
    assert get(client, reverse("api_periods"), plan=p.pk)["count"] == 4
    assert get(client, reverse("api_periods"), plan=p.pk, closed="true")["count"] == 2
    orgs = get(client, reverse("api_organisations"))
    assert orgs["count"] == Organisation.objects.count()
    client.logout()
    login(client, "reporter")
    org = reporter_org()
    subs = get(client, reverse("api_submissions"), limit=500)
    assert subs["count"] == Submission.objects.filter(organisation=org).count()
    assert {s["organisation"]["id"] for s in subs["results"]} == {org.pk}
    body = get(client, reverse("api_assessments"), period=q2.pk)
    assert body["count"] == Assessment.objects.filter(
        period=q2, current=True, task__in=visible_tasks(user("reporter"), p.tasks.all())).counted().count()


def test_public_plan_has_published_fields_and_accepted_progress_only(client):
    p = plan(SC2020)
    hidden = p.tasks.order_by("order")[0]
    hidden.published = False
    hidden.save()
    t = p.tasks.filter(submissions__isnull=True).exclude(pk=hidden.pk).order_by("order").first()
    period = p.periods.get(name="2020年下半年")
    Submission.objects.create(task=t, period=period, organisation=t.lead.first() or reporter_org(),
                              narrative="尚未采纳的进展", state="submitted")
    # 下半年 is neither released nor has accepted progress: not public.
    get(client, reverse("api_public_plan", args=[p.pk]), expect=404, period=period.pk)
    body = get(client, reverse("api_public_plan", args=[p.pk]), limit=500)  # every task in one page
    tasks = [r for r in body["rows"] if r["kind"] == "task"]
    assert body["count"] == len(tasks) == p.tasks.filter(published=True).count()
    assert hidden.text not in {r["text"] for r in tasks}
    assert "尚未采纳的进展" not in json.dumps(body, ensure_ascii=False)
    # Exactly the public page's fields: no codes, no verdicts, no names of people.
    assert {frozenset(r) for r in body["rows"]} <= {frozenset({"kind", "title"}), frozenset(
        {"kind", "seq", "section", "text", "units", "progress"})}
    with_progress = [r for r in tasks if r["progress"]]
    accepted = Submission.objects.filter(task__plan=p, task__published=True, state="accepted",
                                         period_id=body["period"]["id"])
    assert len(with_progress) == accepted.values("task").distinct().count() > 0
    listed = get(client, reverse("api_public_plans"))
    assert {x["id"] for x in listed["results"]} == {pl.pk for pl in releases.released_plans()}


# --- the one write: a draft through POST with CSRF -----------------------------------

@pytest.fixture
def csrf_client():
    c = Client(enforce_csrf_checks=True)
    login(c, "reporter")
    c.get(reverse("api_plans"))  # any API GET hands out the csrftoken cookie
    return c


def post(c, data, token=True, raw=None, content_type="application/json"):
    headers = {"HTTP_X_CSRFTOKEN": c.cookies["csrftoken"].value} if token else {}
    body = raw if raw is not None else json.dumps(data, ensure_ascii=False)
    return c.post(reverse("api_submissions"), body, content_type=content_type, **headers)


def test_reporter_saves_and_updates_a_draft_with_csrf(csrf_client):
    task = own_task()
    period = task.plan.periods.get(name="2020年下半年")
    events = AuditEvent.objects.count()
    hostile = "<script>alert(1)</script> =cmd|' /C calc'!A0"
    response = post(csrf_client, {"task": task.pk, "period": period.pk, "narrative": hostile})
    assert response.status_code == 201, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["state"] == "draft" and body["narrative"] == hostile and body["version"] == 1
    sub = Submission.objects.get(pk=body["id"])
    assert sub.organisation == reporter_org() and sub.created_by.username == "reporter"
    ind = task.current_target.indicators.first()
    figures = [{"indicator": ind.pk, "value": 12.5, "unit": "%"}] if ind else []
    response = post(csrf_client, {"task": task.pk, "period": period.pk, "narrative": "更新后的进展",
                                  "figures": figures})
    assert response.status_code == 200 and response.json()["id"] == sub.pk
    sub.refresh_from_db()
    assert sub.narrative == "更新后的进展" and sub.version == 1
    # Stored as the portal stores them: the indicator's own metric and unit beside the value.
    assert [(f["indicator"], f["value"]) for f in sub.figures] == [(f["indicator"], f["value"]) for f in figures]
    actions = list(AuditEvent.objects.filter(id__gt=0).order_by("-id")[:2].values_list("action", flat=True))
    assert actions == ["submission.edit", "submission.draft"]  # the portal's audit actions
    assert AuditEvent.objects.count() == events + 2
    # The draft shows in the reporter's own list.
    listed = csrf_client.get(reverse("api_submissions"), {"task": task.pk, "state": "draft"}).json()
    assert [s["id"] for s in listed["results"]] == [sub.pk]


def test_draft_after_an_accepted_version_is_a_new_late_version(csrf_client):
    task = own_task()
    closed = task.plan.periods.get(name="2020年上半年")
    accepted = Submission.objects.filter(task=task, period=closed, state="accepted").order_by("-version").first()
    response = post(csrf_client, {"task": task.pk, "period": closed.pk, "narrative": "更正"})
    assert response.status_code == 201
    body = response.json()
    assert body["version"] == accepted.version + 1 and body["supersedes"] == accepted.pk and body["late"] is True
    accepted.refresh_from_db()
    assert accepted.state == "accepted" and accepted.narrative != "更正"


def test_post_without_csrf_token_is_refused_in_json(csrf_client):
    task = own_task()
    period = task.plan.periods.get(name="2020年下半年")
    response = post(csrf_client, {"task": task.pk, "period": period.pk, "narrative": "x"}, token=False)
    assert response.status_code == 403 and "CSRF" in response.json()["error"]
    assert not Submission.objects.filter(task=task, period=period, state="draft").exists()


def test_bad_drafts_are_400_or_403_and_save_nothing(csrf_client):
    task = own_task()
    period = task.plan.periods.get(name="2020年下半年")
    other_period = plan(SC2019).periods.first()
    foreign = foreign_task()
    ok = {"task": task.pk, "period": period.pk, "narrative": "进展"}
    before = Submission.objects.count()
    # A refused request (403) is recorded as access.denied; nothing else may be.
    changes = AuditEvent.objects.exclude(action="access.denied")
    events = changes.count()
    cases = [
        (None, "{not json", 400), (None, "\xff\xfe", 400), (None, "[1, 2]", 400), (None, "null", 400),
        ({**ok, "task": "1"}, None, 400), ({**ok, "task": True}, None, 400), ({**ok, "task": 999999}, None, 400),
        ({**ok, "period": other_period.pk}, None, 400), ({**ok, "period": 999999}, None, 400),
        ({**ok, "narrative": "   "}, None, 400), ({**ok, "narrative": 5}, None, 400),
        ({**ok, "narrative": "字" * 10001}, None, 400), ({**ok, "narrative": "a\x00b"}, None, 400),
        ({**ok, "figures": "12"}, None, 400), ({**ok, "figures": [{"indicator": 999999, "value": 1}]}, None, 400),
        ({**ok, "figures": [{"indicator": 1, "value": "NaN"}]}, None, 400),
        ({**ok, "state": "accepted"}, None, 400),
        ({**ok, "task": foreign.pk}, None, 403),
    ]
    for data, raw, status in cases:
        response = post(csrf_client, data, raw=raw)
        assert response.status_code == status, (data, raw, response.content)
        assert response.json()["error"], (data, raw)
    response = post(csrf_client, ok, content_type="text/plain")
    assert response.status_code == 400
    assert Submission.objects.count() == before and changes.count() == events


def test_office_cannot_post_a_draft():
    c = Client(enforce_csrf_checks=True)
    login(c, "office")
    c.get(reverse("api_plans"))
    task = own_task()
    response = post(c, {"task": task.pk, "period": task.plan.periods.last().pk, "narrative": "x"})
    assert response.status_code == 403 and response.json()["error"]


# --- the OpenAPI document -----------------------------------------------------------

def _documented_form(route: str) -> str:
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route)


def test_openapi_documents_every_url_and_every_path_resolves(client):
    doc = client.get(reverse("api_openapi")).json()
    assert doc["openapi"].startswith("3.1") and doc == json.loads(json.dumps(document()))
    patterns = [p for p in api_urls.urlpatterns if p.name != "api_not_found"]
    documented = set(doc["paths"])
    for p in patterns:
        assert _documented_form(str(p.pattern)) in documented, p.name
    assert len(documented) == len(patterns)
    names = {p.name for p in patterns}
    for path, item in doc["paths"].items():
        match = resolve(path.replace("{pk}", "1"))
        assert match.url_name in names, path
        for method, op in item.items():
            if method == "parameters":
                continue
            assert op["summary"] and op["responses"], (path, method)
            assert getattr(match.func, "__name__", "") == match.url_name
    schemas = doc["components"]["schemas"]
    refs = set(re.findall(r'"#/components/schemas/(\w+)"', json.dumps(doc)))
    assert refs <= set(schemas)
    assert doc["components"]["securitySchemes"]["cookieAuth"]["in"] == "cookie"
    post_op = doc["paths"]["/api/v1/submissions/"]["post"]
    assert post_op["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/DraftInput"}


def test_docs_page_lists_every_endpoint(client):
    page = client.get(reverse("api_docs")).content.decode()
    for path in document()["paths"]:
        assert path in page
    assert "<script" not in page  # no external (or any) JS


def test_organisations_list_each_unit_with_its_other_names(client):
    """Invented units: every field of the list, the other names in the database's order, a parent,
    a unit with none, and the kind filter."""
    parent = Organisation.objects.create(name="测试市发改委", kind="department")
    unit = Organisation.objects.create(name="测试区行政审批服务办", kind="department", parent=parent)
    for alias in ("区审管办", "区审批办"):
        OrganisationAlias.objects.create(organisation=unit, alias=alias)
    login(client, "office")
    body = get(client, reverse("api_organisations"))
    assert body["count"] == Organisation.objects.count() == len(body["results"])
    found = {o["id"]: o for o in body["results"]}
    assert found[unit.pk] == {"id": unit.pk, "name": "测试区行政审批服务办", "kind": "department",
                              "kind_label": "部门", "parent": parent.pk,
                              "aliases": list(unit.aliases.order_by("alias").values_list("alias", flat=True))}
    assert sorted(found[unit.pk]["aliases"]) == ["区审批办", "区审管办"]
    assert found[parent.pk]["aliases"] == [] and found[parent.pk]["parent"] is None
    assert [o["id"] for o in body["results"]] == list(Organisation.objects.order_by("kind", "name").values_list("pk", flat=True))
    streets = get(client, reverse("api_organisations"), kind="street")
    assert streets["count"] == Organisation.objects.filter(kind="street").count()
    assert all(o["kind"] == "street" for o in streets["results"])


def test_submissions_pages_cut_on_ids_keep_the_order_and_count(client):
    """The submissions list is ordered and cut on ids, then read by id: its pages laid end to end
    are the whole list in the same order, each page says the whole count, and a page past the end
    says it too with no rows."""
    p = plan(GS2020)
    login(client, "office")
    whole = get(client, reverse("api_submissions"), plan=p.pk, limit=500)
    n = whole["count"]
    assert n == Submission.objects.filter(task__plan=p).exclude(state="draft").count() and 7 < n <= 500
    ids = [s["id"] for s in whole["results"]]
    paged = []
    for offset in range(0, n, 7):
        page = get(client, reverse("api_submissions"), plan=p.pk, limit=7, offset=offset)
        assert page["count"] == n and len(page["results"]) == min(7, n - offset)
        paged += [s["id"] for s in page["results"]]
    assert paged == ids
    past = get(client, reverse("api_submissions"), plan=p.pk, limit=7, offset=n + 3)
    assert past["count"] == n and past["results"] == []
