"""The permission matrix (权限矩阵): every route × every role, generated from the URL
configuration.  A new route without a rule here fails ``test_every_route_has_a_rule``.

The rules say who may (the view answers), the rest are refused (403/404 for staff, the
login page or 401 for the anonymous).  They encode issue 14's privacy rules: a draft is
its own unit's until submitted (pages, downloads and API alike); source documents in full
for the office, leaders and inspectors, a department's own rows for everyone else; the
public sees released plans only.
"""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from luoshi.core.models import Organisation, Profile, Role, SourceDocument
from luoshi.supervision.models import (
    Assessment,
    Attachment,
    Bulletin,
    ExportChunk,
    ExportJob,
    ImportBatch,
    Notification,
    OrderAttachment,
    OrderEvent,
    Override,
    Plan,
    ReportingPeriod,
    ScoringScheme,
    StatisticFigure,
    StatisticMetric,
    Submission,
    SupervisionOrder,
    Task,
    WarningRule,
)

pytestmark = pytest.mark.django_db

OF, R, R2, L, S, IN, ANON = "office", "reporter", "reporter2", "leader", "stats", "inspector", "anonymous"
USERS = (OF, R, R2, L, S, IN, ANON)
STAFF = {OF, R, R2, L, S, IN}
READERS = {OF, L, S, IN}
FULL = {OF, L, IN}          # read every document in full, every submitted report
PUBLIC = STAFF | {ANON}
NOBODY: set = set()

# name → {variant: (GET may, POST may)}; a variant names the object the route is asked about.
# POST "may" for a GET-only page means the view answers (it ignores or refuses the method).
RULES: dict[str, dict[str, tuple[set, set]]] = {
    # core
    "home": {"": (STAFF, STAFF)},
    "upload": {"": ({OF}, {OF})},
    # reporter2's unit is named in no document: it sees the work report's outline only
    "document": {"work_report": (STAFF, STAFF), "decomposition": (FULL | {R, S}, FULL | {R, S}),
                 "progress": (FULL | {R}, FULL | {R})},
    "organisations": {"": (STAFF, STAFF)},
    "add_alias": {"": ({OF}, {OF})},
    "audit": {"": ({OF, IN}, {OF, IN})},
    "audit_verify": {"": ({OF, IN}, {OF, IN})},
    "accounts": {"": ({OF}, {OF})},
    "account_create": {"": ({OF}, {OF})},
    "account_detail": {"": ({OF}, {OF})},
    "account_deactivate": {"": ({OF}, {OF})},
    "account_activate": {"": ({OF}, {OF})},
    "account_password": {"": ({OF}, {OF})},
    "password_change": {"": (STAFF, STAFF)},
    "password_reset": {"": (PUBLIC, PUBLIC)},
    "password_reset_done": {"": (PUBLIC, PUBLIC)},
    "password_reset_confirm": {"": (PUBLIC, PUBLIC)},
    "login": {"": (PUBLIC, PUBLIC)},
    # import (导入)
    "import_start": {"": ({OF}, {OF})},
    "import_preview": {"": ({OF}, {OF})},
    "import_status": {"": ({OF}, {OF})},
    "import_confirm": {"": ({OF}, {OF})},
    "import_kind": {"": ({OF}, {OF})},
    "import_cancel": {"": ({OF}, {OF})},
    # portal and review
    "portal": {"": ({R, R2}, {R, R2})},
    "portal_report": {"own": ({R}, {R})},
    "portal_submission": {"draft": ({R}, {R}), "submitted": ({R}, {R})},
    "submission_attachment": {"draft": ({R}, {R}), "submitted": (FULL | {R}, FULL | {R})},
    "review_queue": {"": ({OF}, {OF})},
    "review_submission": {"draft": (NOBODY, NOBODY), "submitted": (FULL, {OF})},
    "assessment_override": {"": ({OF}, {OF})},
    "assessment_confirm": {"": ({OF}, {OF})},
    "override_decide": {"": ({OF}, {OF})},
    "periods": {"": ({OF}, {OF})},
    "period_close": {"": ({OF}, {OF})},
    "task_target": {"own": (READERS, {OF})},
    # dashboard, tasks
    "dashboard": {"": (READERS, READERS)},
    "task_list": {"": (STAFF, STAFF)},
    "worklist": {"": (STAFF, STAFF)},  # each role's own to-do list
    "task_detail": {"own": (READERS | {R}, READERS | {R}), "other": (READERS | {R2}, READERS | {R2})},
    # exports
    "export_tasks_xlsx": {"": (STAFF, STAFF)},
    "export_tasks_docx": {"": (STAFF, STAFF)},
    "export_submissions_xlsx": {"": (STAFF, STAFF)},
    "export_assessments_xlsx": {"": (STAFF, STAFF)},
    "export_missing_xlsx": {"": (READERS, READERS)},
    "export_organisations_xlsx": {"": (STAFF, STAFF)},
    "export_audit_xlsx": {"": ({OF, IN}, {OF, IN})},
    # a background export is its owner's (here the office's) alone
    "export_job": {"": ({OF}, {OF})},
    "export_job_status": {"": ({OF}, {OF})},
    "export_job_download": {"": ({OF}, {OF})},
    # bulletins, warnings
    "bulletins": {"": (FULL, {OF})},
    "bulletin_detail": {"": (FULL, FULL)},
    "bulletin_edit": {"": ({OF}, {OF})},
    "bulletin_publish": {"": ({OF}, {OF})},
    "bulletin_docx": {"": (FULL, FULL)},
    "bulletin_pdf": {"": (FULL, FULL)},
    "bulletin_html": {"": (FULL, FULL)},
    "warnings": {"": (READERS, READERS)},
    "warning_rules": {"": (READERS, {OF})},
    "warning_rule_edit": {"": ({OF}, {OF})},
    # 督办
    "orders": {"": ({OF, R, R2, L, IN}, {OF, R, R2, L, IN})},  # a unit lists its own orders
    "order_detail": {"own": ({OF, R, L, IN}, {OF, R, L, IN})},
    "order_answer": {"own": ({R}, {R})},
    "order_attachment": {"own": ({OF, R, L, IN}, {OF, R, L, IN})},  # a file of the order's trail: as the order
    "order_close": {"own": ({OF}, {OF})},
    "order_escalate": {"own": ({OF}, {OF})},
    "order_return": {"own": ({OF}, {OF})},
    "order_issue": {"own": ({OF}, {OF})},
    # 领导批示 and 审签 (issue 15): leaders instruct; only the unit's head signs off
    "task_instruction": {"own": ({L}, {L})},
    "order_instruction": {"own": ({L}, {L})},
    "portal_signoff": {"submitted": (NOBODY, NOBODY)},
    "signoff_settings": {"": ({OF}, {OF})},
    "notifications": {"": (STAFF, STAFF)},
    "notifications_read_all": {"": (STAFF, STAFF)},  # each marks what it sees
    "notification_read": {"": (STAFF, {OF, IN})},  # a notice to no unit: only those who see every notice  # each sees what was sent to it or its unit; office, inspectors all
    # statistics, year end
    "statistics": {"": ({OF, L, S}, {OF, L, S})},
    "statistic_enter": {"": ({S}, {S})},
    "statistic_lock": {"": ({S}, {S})},
    "statistic_unlock": {"": ({S}, {S})},
    "statistic_metrics": {"": ({OF, L, S}, {OF, L, S})},  # the metrics the bureau enters: the office defines
    "statistic_metric_pick": {"": ({OF}, {OF})},
    "statistic_metric_define": {"": ({OF}, {OF})},
    "statistic_metric_withdraw": {"": ({OF}, {OF})},
    "yearend": {"": (FULL, FULL)},
    "yearend_scheme_create": {"": ({OF}, {OF})},
    "yearend_scheme_edit": {"": ({OF}, {OF})},
    "yearend_run": {"": ({OF}, {OF})},
    "yearend_verify": {"": ({OF}, {OF})},
    "yearend_xlsx": {"": (FULL, FULL)},
    "yearend_docx": {"": (FULL, FULL)},
    # release, withdraw, reopen (公开发布、撤销、重新开放): the office only
    "plan_release": {"": ({OF}, {OF})},
    "plan_withdraw": {"": ({OF}, {OF})},
    "plan_restore": {"": ({OF}, {OF})},
    "period_release": {"": ({OF}, {OF})},
    "period_withdraw": {"": ({OF}, {OF})},
    "period_reopen": {"": ({OF}, {OF})},
    "release_withdraw": {"": ({OF}, {OF})},
    "task_withdraw": {"": ({OF}, {OF})},
    # maintaining a plan after import (计划维护): the office only
    "task_add": {"": ({OF}, {OF})},
    "task_edit": {"own": ({OF}, {OF})},
    "task_split": {"own": ({OF}, {OF})},
    "task_restore": {"withdrawn": ({OF}, {OF})},
    "period_restore": {"withdrawn": ({OF}, {OF})},
    "withdrawn": {"": ({OF}, {OF})},
    # public (政务公开)
    "public_home": {"": (PUBLIC, PUBLIC)},
    "public_plan": {"released": (PUBLIC, PUBLIC), "unreleased": (NOBODY, NOBODY)},
    # API
    "api_plans": {"": (STAFF, STAFF)},
    "api_plan": {"": (READERS | {R, R2}, READERS | {R, R2})},  # both units have tasks in it
    "api_tasks": {"": (STAFF, STAFF)},
    "api_task": {"own": (READERS | {R}, READERS | {R}), "other": (READERS | {R2}, READERS | {R2})},
    "api_periods": {"": (STAFF, STAFF)},
    "api_submissions": {"": (STAFF, STAFF)},
    "api_submission": {"draft": ({R}, {R}), "submitted": (READERS | {R}, READERS | {R})},
    "api_assessments": {"": (STAFF, STAFF)},
    "api_organisations": {"": (STAFF, STAFF)},
    "api_public_plans": {"": (PUBLIC, PUBLIC)},
    "api_public_plan": {"released": (PUBLIC, PUBLIC), "unreleased": (NOBODY, NOBODY)},
    "api_openapi": {"": (PUBLIC, PUBLIC)},
    "api_docs": {"": (PUBLIC, PUBLIC)},
    "api_not_found": {"": (PUBLIC, PUBLIC)},
}

# Django's own routes, guarded by Django: the admin site (staff flag), the language switch, logout.
NOT_IN_MATRIX = {"set_language", "logout"}


def _names(patterns, namespace=""):
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = p.namespace or namespace
            if ns == "admin":
                continue
            yield from _names(p.url_patterns, ns)
        elif isinstance(p, URLPattern) and p.name:
            yield p.name


def test_every_route_has_a_rule():
    routes = set(_names(get_resolver().url_patterns)) - NOT_IN_MATRIX
    assert routes - set(RULES) == set(), "a route without a rule in the permission matrix"
    assert set(RULES) - routes == set(), "a rule for a route that no longer exists"


@pytest.fixture
def world(db):
    """Two units' worth of objects: unit A (the reporter's) and unit B (reporter2's)."""
    User = get_user_model()
    a = Organisation.objects.get(name="区发改经信局")
    b = Organisation.objects.create(name="区矩阵测试局")
    r2 = User.objects.create_user("reporter2", password="x")
    Profile.objects.create(user=r2, role=Role.REPORTER, organisation=b)
    office = User.objects.get(username="office")
    plan = Plan.objects.create(year=2031, title="矩阵测试计划")
    t_a = Task.objects.create(plan=plan, code="M1", text="A 的任务", order=1)
    t_a.lead.add(a)
    t_b = Task.objects.create(plan=plan, code="M2", text="B 的任务", order=2)
    t_b.lead.add(b)
    day = datetime.date(2031, 3, 31)
    period = ReportingPeriod.objects.create(plan=plan, name="2031年一季度", start=datetime.date(2031, 1, 1),
                                            end=day, deadline=day)
    draft = Submission.objects.create(task=t_a, period=period, organisation=a, version=2, narrative="草稿（保密）")
    submitted = Submission.objects.create(task=t_a, period=period, organisation=a, version=1,
                                          narrative="已提交", state="submitted")
    attachment = {}
    for key, sub in (("draft", draft), ("submitted", submitted)):
        attachment[key] = Attachment.objects.create(submission=sub, name=f"{key}.txt", content=b"x", size=1,
                                                    sha256="0" * 64)
    assessment = Assessment.objects.create(task=t_a, period=period, submission=submitted, status="on_track")
    override = Override.objects.create(assessment=assessment, status="behind", reason="核查", needs_review=True)
    order = SupervisionOrder.objects.create(task=t_a, period=period, organisation=a, requirement="加快",
                                            deadline=day)
    bulletin = Bulletin.objects.create(period=period, number="矩阵〔2031〕1号", title="通报", issued_on=day)
    metric = StatisticMetric.objects.create(plan=plan, name="地区生产总值", unit="%")
    figure = StatisticFigure.objects.create(period=period, metric=metric, value=5, unit="%")
    answer = OrderEvent.objects.create(order=order, kind="answer", text="已整改")
    order_file = OrderAttachment.objects.create(event=answer, name="证明.pdf", content=b"x", size=1, sha256="0" * 64)
    notice = Notification.objects.create(key="remind:matrix", channel="email", address="x@example.org")
    scheme = ScoringScheme.objects.create(plan=plan, name="考核办法")
    batch = ImportBatch.objects.create(name="x.txt", state="failed", created_by=office)
    rule = WarningRule.objects.create(name="红灯", colour="red")
    # withdrawn ones, for the restore routes (a refused restore leaves them withdrawn for the next role)
    now = datetime.datetime(2031, 4, 1, tzinfo=datetime.UTC)
    t_gone = Task.objects.create(plan=plan, code="M9", text="撤销的任务", order=9, withdrawn_at=now,
                                 withdraw_reason="矩阵")
    period_gone = ReportingPeriod.objects.create(plan=plan, name="撤销的周期", start=datetime.date(2031, 4, 1),
                                                 end=datetime.date(2031, 6, 30), deadline=datetime.date(2031, 7, 10),
                                                 withdrawn_at=now, withdraw_reason="矩阵")
    export = ExportJob.objects.create(kind="tasks_xlsx", state="done", filename="x.xlsx", size=1,
                                      created_by=office)
    ExportChunk.objects.create(job=export, seq=0, data=b"x")
    docs = {d.kind: d for d in SourceDocument.objects.all()}
    progress = SourceDocument.objects.get(name="shangcheng-2020-h1-progress.txt")
    released = Plan.objects.get(title="上城区2020年政府工作报告重点工作")
    release = released.releases.filter(period__isnull=True).get()
    # Published tasks with accepted progress, imported from a sample: not public until released.
    unreleased = Plan.objects.get(title="上城区2019年目标任务分解")
    return {
        "reporter2": r2, "plan": plan, "t_a": t_a, "t_b": t_b, "period": period, "draft": draft,
        "submitted": submitted, "attachment": attachment, "assessment": assessment, "override": override, "order": order,
        "bulletin": bulletin, "figure": figure, "metric": metric, "notice": notice, "order_file": order_file, "scheme": scheme, "batch": batch, "rule": rule,
        "docs": docs, "progress": progress, "release": release, "unreleased": unreleased, "released": released,
        "office": office, "export": export, "t_gone": t_gone, "period_gone": period_gone,
    }


def _kwargs(name: str, variant: str, w: dict) -> dict:
    pk = {
        "document": lambda: {"work_report": w["docs"]["work_report"], "decomposition": w["docs"]["decomposition_table"],
                             "progress": w["progress"]}[variant].pk,
        "add_alias": lambda: Organisation.objects.get(name="区发改经信局").pk,
        "account_detail": lambda: w["reporter2"].pk, "account_deactivate": lambda: w["reporter2"].pk,
        "account_activate": lambda: w["reporter2"].pk, "account_password": lambda: w["reporter2"].pk,
        "import_preview": lambda: w["batch"].pk, "import_status": lambda: w["batch"].pk,
        "import_confirm": lambda: w["batch"].pk, "import_cancel": lambda: w["batch"].pk,
        "import_kind": lambda: w["batch"].pk,
        "portal_submission": lambda: w[variant].pk,
        "submission_attachment": lambda: w["attachment"][variant].pk,
        "review_submission": lambda: w[variant].pk, "api_submission": lambda: w[variant].pk,
        "assessment_override": lambda: w["assessment"].pk, "assessment_confirm": lambda: w["assessment"].pk,
        "period_close": lambda: w["period"].pk,
        "task_target": lambda: w["t_a"].pk,
        "task_detail": lambda: w["t_a" if variant == "own" else "t_b"].pk,
        "api_task": lambda: w["t_a" if variant == "own" else "t_b"].pk,
        "api_plan": lambda: w["plan"].pk,
        "bulletin_detail": lambda: w["bulletin"].pk, "bulletin_edit": lambda: w["bulletin"].pk,
        "bulletin_publish": lambda: w["bulletin"].pk, "bulletin_docx": lambda: w["bulletin"].pk,
        "bulletin_pdf": lambda: w["bulletin"].pk, "bulletin_html": lambda: w["bulletin"].pk,
        "warning_rule_edit": lambda: w["rule"].pk,
        "order_detail": lambda: w["order"].pk, "order_answer": lambda: w["order"].pk,
        "order_close": lambda: w["order"].pk, "order_escalate": lambda: w["order"].pk,
        "order_return": lambda: w["order"].pk,
        "order_instruction": lambda: w["order"].pk, "task_instruction": lambda: w["t_a"].pk,
        "portal_signoff": lambda: w["submitted"].pk,
        "statistic_lock": lambda: w["figure"].pk,
        "yearend_run": lambda: w["scheme"].pk, "yearend_scheme_edit": lambda: w["scheme"].pk, "yearend_xlsx": lambda: w["scheme"].pk,
        "yearend_docx": lambda: w["scheme"].pk,
        "public_plan": lambda: w[variant].pk, "api_public_plan": lambda: w[variant].pk,
        "plan_release": lambda: w["plan"].pk, "plan_withdraw": lambda: w["plan"].pk,
        "plan_restore": lambda: w["plan"].pk, "period_release": lambda: w["period"].pk,
        "period_withdraw": lambda: w["period"].pk, "period_reopen": lambda: w["period"].pk,
        "release_withdraw": lambda: w["release"].pk, "task_withdraw": lambda: w["t_a"].pk,
        "statistic_unlock": lambda: w["figure"].pk, "statistic_metric_withdraw": lambda: w["metric"].pk,
        "notification_read": lambda: w["notice"].pk, "order_attachment": lambda: w["order_file"].pk, "override_decide": lambda: w["override"].pk,
        "export_job": lambda: w["export"].pk, "export_job_status": lambda: w["export"].pk,
        "export_job_download": lambda: w["export"].pk,
        "task_add": lambda: w["plan"].pk, "task_edit": lambda: w["t_a"].pk, "task_split": lambda: w["t_a"].pk,
        "task_restore": lambda: w["t_gone"].pk, "period_restore": lambda: w["period_gone"].pk,
    }
    if name in pk:
        return {"pk": pk[name]()}
    if name == "portal_report":
        return {"task_pk": w["t_a"].pk, "period_pk": w["period"].pk}
    if name == "order_issue":
        return {"task_pk": w["t_a"].pk}
    if name == "password_reset_confirm":
        return {"uidb64": "MQ", "token": "set-password"}
    if name == "api_not_found":
        return {"rest": "nothing-here"}
    return {}


ROUTES = [(name, variant) for name, variants in RULES.items() for variant in variants]
REFUSED = (403, 404, 405)


@pytest.mark.parametrize("name,variant", ROUTES, ids=[f"{n}[{v}]" if v else n for n, v in ROUTES])
def test_matrix(client, world, name, variant):
    """Each role GETs and POSTs the route; refused roles first, so that a permitted POST's
    change (a period closed, an account deactivated) cannot hide a refusal."""
    url = reverse(name, kwargs=_kwargs(name, variant, world))
    if name.startswith("export_"):
        url += f"?plan={world['plan'].pk}"  # the small plan: the rule, not the size, is tested here
    problems = []
    for method, may_set in zip(("GET", "POST"), RULES[name][variant], strict=True):
        for who in sorted(USERS, key=lambda u: u in may_set):
            client.logout()
            if who != ANON:
                client.force_login(get_user_model().objects.get(username=who))
            response = client.get(url) if method == "GET" else client.post(url, {})
            status, where = response.status_code, response.get("Location", "")
            to_login = status == 302 and "/login/" in where
            if status >= 500:
                problems.append(f"{method} as {who}: {status}")
            elif who in may_set:
                if status in (401, 403) or to_login:
                    problems.append(f"{method} as {who}: refused ({status})")
            elif who == ANON:
                if not (status in (401, *REFUSED) or to_login):
                    problems.append(f"{method} as anonymous: allowed ({status})")
            elif status not in REFUSED:
                problems.append(f"{method} as {who}: allowed ({status})")
    assert problems == [], f"{url}: " + "; ".join(problems)


def test_a_department_reads_only_its_own_rows_of_a_progress_table(client, world):
    doc = world["progress"]
    rows = [r for t in doc.reading["tables"] for r in t["rows"]]
    client.force_login(get_user_model().objects.get(username="reporter"))
    page = client.get(reverse("document", args=[doc.pk])).content.decode()
    own = [r for r in rows if "发改" in "".join(str(v) for v in r.values())]
    others = [r for r in rows if r not in own and r.get("progress")]
    assert own and others
    assert all(r["progress"][:20] in page for r in own if r.get("progress"))
    assert not any(r["progress"][:20] in page for r in others)
    client.force_login(get_user_model().objects.get(username="leader"))
    page = client.get(reverse("document", args=[doc.pk])).content.decode()
    assert all(r["progress"][:20] in page for r in others)


def test_a_draft_stays_with_its_unit_everywhere(client, world):
    draft = world["draft"]
    for who in ("office", "leader", "inspector", "stats"):
        client.force_login(get_user_model().objects.get(username=who))
        assert client.get(reverse("review_submission", args=[draft.pk])).status_code == 403
        assert client.get(reverse("submission_attachment", args=[world["attachment"]["draft"].pk])).status_code == 403
        assert client.get(reverse("api_submission", args=[draft.pk])).status_code == 403
        listed = client.get(reverse("api_submissions")).json()["results"]
        assert draft.pk not in {s["id"] for s in listed}
        page = client.get(reverse("review_submission", args=[world["submitted"].pk]))
        assert "草稿（保密）" not in page.content.decode()
    client.force_login(get_user_model().objects.get(username="reporter"))
    assert client.get(reverse("portal_submission", args=[draft.pk])).status_code == 200
    assert client.get(reverse("api_submission", args=[draft.pk])).status_code == 200
