"""Year-end assessment (年终考核): scores by class from the scheme's config, deductions,
year-over-year verdicts, ranking, awards, traceable breakdowns, exports and roles."""

import io
import json
from datetime import date

import pytest
from django.urls import reverse

from luoshi.core.models import AuditEvent, Organisation, SourceDocument
from luoshi.supervision.actions import honours as honour_actions
from luoshi.supervision.actions import periods as period_actions
from luoshi.supervision.actions import yearend as yearend_actions
from luoshi.supervision.models import (
    Assessment,
    Honour,
    Plan,
    ScoringScheme,
    Submission,
    SupervisionOrder,
    Task,
    YearEndResult,
    YearVerdict,
)
from luoshi.supervision.services import yearend as service

from .demo import login, office_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def small():
    """A constructed plan: unit X leads A1, A2 (B-less A pair) and B1; unit Y leads A3 and C1."""
    district = Organisation.objects.create(name="测试区人民政府", kind="other")
    x = Organisation.objects.create(name="测试区甲局", kind="department")
    y = Organisation.objects.create(name="测试区乙街道", kind="street")
    plan = Plan.objects.create(year=2031, title="测试区2031年目标", organisation=district)
    tasks = {}
    for order, (code, cls, org) in enumerate([("A1", "A", x), ("A2", "A", x), ("B1", "B", x),
                                              ("A3", "A", y), ("C1", "C", y)], 1):
        t = Task.objects.create(plan=plan, code=code, order=order, text=f"任务{code}", target_class=cls)
        t.lead.set([org])
        tasks[code] = t
    first, second = period_actions.do_create_periods(plan, "half_yearly", acting_user=None)
    period_actions.do_close_period(first, acting_user=None)

    def report(code, status, late=False):
        sub = Submission.objects.create(task=tasks[code], period=first, organisation=tasks[code].lead.first(),
                                        narrative="进展", state="accepted", late=late)
        return Assessment.objects.create(task=tasks[code], period=first, submission=sub, status=status, current=True)

    report("A1", "completed")
    report("A2", "behind", late=True)
    report("B1", "completed")
    doc = SourceDocument.objects.get(name="shangcheng-yearbook-awards-and-plans.txt")
    honours = [
        Honour.objects.create(document=doc, row=90001, year=2031, unit_name=y.name, organisation=y,
                              honour="全国示范", level="national"),
        Honour.objects.create(document=doc, row=90002, year=2031, unit_name=y.name, organisation=y,
                              honour="市级先进", level="city"),
        Honour.objects.create(document=doc, row=90003, year=2031, unit_name=y.name, organisation=y,
                              honour="省级先进（某人）", level="provincial", category="先进个人"),
        Honour.objects.create(document=doc, row=90004, year=2020, unit_name=y.name, organisation=y,
                              honour="太早的荣誉", level="national"),
    ]
    SupervisionOrder.objects.create(task=tasks["A2"], period=first, organisation=x, requirement="加快",
                                    deadline=date(2031, 8, 1))
    SupervisionOrder.objects.create(task=tasks["A3"], period=first, organisation=y, requirement="加快",
                                    deadline=date(2031, 8, 1), state="escalated", level=2)
    report_doc = SourceDocument.objects.get(name="shangcheng-2020-work-report.txt")
    YearVerdict.objects.create(task=tasks["A3"], report=report_doc, metric="测试", target={}, verdict="met")
    # last year's ranking of the same district: Y was 3rd, X 1st
    prev_plan = Plan.objects.create(year=2030, title="测试区2030年目标", organisation=district)
    prev = ScoringScheme.objects.create(plan=prev_plan, name="2030", config=service.default_config())
    YearEndResult.objects.create(scheme=prev, organisation=x, score=90, rank=1, breakdown={"run": 1})
    YearEndResult.objects.create(scheme=prev, organisation=y, score=50, rank=3, breakdown={"run": 1})
    return {"plan": plan, "x": x, "y": y, "tasks": tasks, "honours": honours, "prev": prev}


def test_scores_by_hand(small):
    config = json.dumps({"awards": {"winner_share": 0.5, "advanced_share": 0.5}})
    scheme = yearend_actions.do_create_scoring_scheme(small["plan"], "测试办法", config, acting_user=office_user())
    made = yearend_actions.do_compute_yearend(scheme, acting_user=office_user())
    assert len(made) == 2
    c = scheme.config
    a_shares, b = c["classes"]["A"]["shares"], c["classes"]["B"]
    full, pts, d = c["classes"]["A"]["full"], c["classes"]["C"]["points"], c["deductions"]
    by = {r.organisation_id: r for r in made}
    x, y = by[small["x"].pk], by[small["y"].pk]
    # X: A1 completed, A2 behind; B1 completed; one order; one late submission.
    x_expected = (full * (a_shares["completed"] + a_shares["behind"]) / 2 + b["bonus"] * b["shares"]["completed"]
                  - d["order"] - d["late"])
    # Y: A3 unassessed; national + city + a personal provincial honour (2020 is out of the window);
    # a met verdict; an escalated order; A3 and C1 missing from the closed period.
    y_expected = (full * a_shares["none"]
                  + pts["national"] + pts["city"] + pts["provincial"] * c["classes"]["C"]["personal_share"]
                  + c["year_verdicts"]["met"] - d["order_escalated"] - 2 * d["missing"])
    assert x.score == pytest.approx(x_expected)
    assert y.score == pytest.approx(y_expected)
    assert (x.rank, y.rank) == (1, 2)
    assert x.award == service.WINNER
    assert service.ADVANCED in y.award and service.MOST_IMPROVED in y.award  # rose from 3rd to 2nd
    assert y.breakdown["previous_rank"] == 3 and y.breakdown["rank_gain"] == 1
    for r in made:
        assert sum(i["points"] for i in r.breakdown["items"]) == pytest.approx(r.score, abs=0.01)
        assert r.breakdown["run"] == 1


def test_breakdown_items_reference_existing_objects(small):
    scheme = yearend_actions.do_create_scoring_scheme(small["plan"], "测试办法", "", acting_user=office_user())
    for r in yearend_actions.do_compute_yearend(scheme, acting_user=office_user()):
        kinds = {i["kind"] for i in r.breakdown["items"]}
        assert kinds
        for item in r.breakdown["items"]:
            sources = service.source_objects(item)
            assert sources, item
            assert all(obj is not None for _key, obj in sources), item
    y = YearEndResult.objects.get(scheme=scheme, organisation=small["y"])
    assert {"task", "honour", "verdict", "order", "missing"} <= {i["kind"] for i in y.breakdown["items"]}


def test_caps(small):
    config = json.dumps({"classes": {"C": {"cap": 6}}, "deductions": {"cap": 1}})
    scheme = yearend_actions.do_create_scoring_scheme(small["plan"], "上限", config, acting_user=office_user())
    yearend_actions.do_compute_yearend(scheme, acting_user=office_user())
    y = YearEndResult.objects.get(scheme=scheme, organisation=small["y"])
    assert y.breakdown["totals"]["C"] == 6
    assert y.breakdown["totals"]["deductions"] == -1
    assert any(i.get("capped") for i in y.breakdown["items"])


def test_runs_are_versioned_not_deleted(small):
    scheme = yearend_actions.do_create_scoring_scheme(small["plan"], "测试办法", "", acting_user=office_user())
    yearend_actions.do_compute_yearend(scheme, acting_user=office_user())
    Assessment.objects.filter(task=small["tasks"]["A2"]).update(status="completed")
    yearend_actions.do_compute_yearend(scheme, acting_user=office_user())
    assert YearEndResult.objects.filter(scheme=scheme).count() == 4
    assert service.latest_run(scheme) == 2
    old = service.results(scheme, 1).get(organisation=small["x"])
    new = service.results(scheme, 2).get(organisation=small["x"])
    assert new.score > old.score


def test_ranking_ties_share_a_rank():
    a, b, c = (Organisation(name=n) for n in ("甲", "乙", "丙"))
    ranked = service.rank([(a, 10.0), (b, 12.0), (c, 10.0)])
    assert [(o.name, r) for o, _s, r in ranked] == [("乙", 1), ("丙", 2), ("甲", 2)]


@pytest.mark.parametrize("text,message", [
    ("{bad json", "JSON"),
    ("[1, 2]", "JSON 对象"),
    ('{"classes": {"A": {"full": "many"}}}', "classes.A.full"),
    ('{"classes": {"A": {"shares": {"behind": 2}}}}', "classes.A.shares.behind"),
    ('{"awards": {"winner_share": 0.8, "advanced_share": 0.5}}', "不能大于 1"),
    ('{"classes": {"C": {"years": ["x"]}}}', "years"),
])
def test_bad_config(text, message):
    with pytest.raises(service.YearEndError, match=message):
        service.parse_config(text)


def test_store_year_verdicts_on_the_demo():
    plan = Plan.objects.get(year=2019)
    report = SourceDocument.objects.get(name="shangcheng-2020-work-report.txt")
    made = yearend_actions.do_store_year_verdicts(plan, report, acting_user=office_user())
    assert len(made) > 50
    t5 = [v for v in made if v.task.code == "T5"]
    assert t5 and t5[0].verdict == "not_met" and t5[0].evidence
    assert len(yearend_actions.do_store_year_verdicts(plan, report, acting_user=office_user())) == len(made)  # stored once
    assert YearVerdict.objects.filter(task__plan=plan).count() == len(made)
    with pytest.raises(service.YearEndError):
        yearend_actions.do_store_year_verdicts(plan,
                                               SourceDocument.objects.get(name="shangcheng-2019-decomposition.txt"),
                                               acting_user=None)


def test_demo_2019_uses_verdicts_and_honours():

    honour_actions.do_seed_honours(acting_user=None)
    plan = Plan.objects.get(year=2019)
    yearend_actions.do_store_year_verdicts(plan,
                                           SourceDocument.objects.get(name="shangcheng-2020-work-report.txt"),
                                           acting_user=None)
    scheme = yearend_actions.do_create_scoring_scheme(plan, "2019年度综合考评", "", acting_user=office_user())
    made = yearend_actions.do_compute_yearend(scheme, acting_user=office_user())
    assert len(made) > 20
    assert any(r.breakdown["totals"]["C"] > 0 for r in made)
    assert any(r.breakdown["totals"]["verdicts"] != 0 for r in made)
    assert any(r.award == service.WINNER for r in made)
    finance = next(r for r in made if r.organisation.name == "区财政局")
    assert any(i["kind"] == "verdict" and i["verdict"] == "not_met" for i in finance.breakdown["items"])


@pytest.mark.parametrize("who,page,create", [
    (None, 302, 302), ("office", 200, 302), ("reporter", 403, 403), ("leader", 200, 403),
    ("stats", 403, 403), ("inspector", 200, 403),
])
def test_role_matrix(client, small, who, page, create):
    scheme = yearend_actions.do_create_scoring_scheme(small["plan"], "测试办法", "", acting_user=office_user())
    yearend_actions.do_compute_yearend(scheme, acting_user=office_user())
    if who:
        login(client, who)
    assert client.get(reverse("yearend")).status_code == page
    assert client.get(reverse("yearend") + f"?scheme={scheme.pk}&org={small['y'].pk}").status_code == page
    assert client.get(reverse("yearend_xlsx", args=[scheme.pk])).status_code == page
    assert client.get(reverse("yearend_docx", args=[scheme.pk])).status_code == page
    before = ScoringScheme.objects.count()
    response = client.post(reverse("yearend_scheme_create"), form_post(small["plan"], "新办法"))
    assert response.status_code == create
    assert ScoringScheme.objects.count() == before + (1 if who == "office" else 0)
    runs = YearEndResult.objects.count()
    assert client.post(reverse("yearend_run", args=[scheme.pk])).status_code == create
    assert YearEndResult.objects.count() == runs + (2 if who == "office" else 0)


def test_page_shows_ranking_and_drilldown(client, small):
    scheme = yearend_actions.do_create_scoring_scheme(small["plan"], "测试办法", "", acting_user=office_user())
    yearend_actions.do_compute_yearend(scheme, acting_user=office_user())
    login(client, "leader")
    text = client.get(reverse("yearend") + f"?scheme={scheme.pk}&org={small['y'].pk}").content.decode()
    assert small["x"].name in text and small["y"].name in text
    assert "全国示范" in text and service.WINNER in text
    assert reverse("order_detail", args=[SupervisionOrder.objects.get(organisation=small["y"]).pk]) in text
    assert "计算（新一次）" not in text  # leaders read only


def form_post(plan, name, **changes) -> dict:
    """The rules form as the browser posts it: every setting at its default, ``changes`` applied."""
    values = {k: ("" if v is None else v) for k, v in service.form_values({}).items()}
    return {"plan": plan.pk if plan else "", "name": name} | values | changes


def test_the_form_creates_the_rules_it_shows(client, small):
    login(client, "office")
    page = client.get(reverse("yearend_scheme_create")).content.decode()
    # In-app help: each group explains itself, each setting has its help; no pointer to a repository file.
    assert "A 类 责任目标" in page and "按任务权重取平均" in page and "优胜单位比例" in page
    assert "docs/yearend.md" not in page and "JSON" not in page
    response = client.post(reverse("yearend_scheme_create"), form_post(
        small["plan"], "表单办法", classes__A__full="80", classes__B__cap="", c_years="2030、2031",
        awards__winner_share="0.5", awards__advanced_share="0.5", unclassified_as="B"))
    assert response.status_code == 302
    scheme = ScoringScheme.objects.get(name="表单办法")
    c = scheme.config
    assert c["classes"]["A"]["full"] == 80 and c["classes"]["B"]["cap"] is None
    assert c["classes"]["C"]["years"] == [2030, 2031] and c["unclassified_as"] == "B"
    assert c["classes"]["A"]["shares"] == service.default_config()["classes"]["A"]["shares"]
    assert AuditEvent.objects.filter(action="yearend.scheme_create", object_id=str(scheme.pk)).exists()


@pytest.mark.parametrize("changes,message", [
    ({"classes__A__full": "many"}, "输入一个数字"),
    ({"classes__A__full": ""}, "这个字段是必填项"),
    ({"classes__A__shares__behind": "2"}, "小于或等于"),
    ({"classes__A__full": "-5"}, "大于或等于"),
    ({"classes__A__full": "nan"}, "输入一个数字"),
    ({"classes__A__full": "1e400"}, "输入一个数字"),
    ({"awards__winner_share": "0.8", "awards__advanced_share": "0.5"}, "之和不能大于 1"),
    ({"c_years": "去年"}, "年份须为"),
    ({"awards__most_improved_count": "1.5"}, "输入整数"),
    ({"unclassified_as": "D"}, "选择一个有效的选项"),
    ({"name": ""}, "这个字段是必填项"),
    ({"plan": "999999"}, "选择一个有效的选项"),
])
def test_bad_values_are_form_errors(client, small, changes, message):
    login(client, "office")
    before = ScoringScheme.objects.count()
    response = client.post(reverse("yearend_scheme_create"), form_post(small["plan"], "坏规则") | changes)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert ScoringScheme.objects.count() == before


def test_edit_until_the_first_run(client, small):
    scheme = yearend_actions.do_create_scoring_scheme(small["plan"], "测试办法", "", acting_user=office_user())
    login(client, "office")
    page = client.get(reverse("yearend_scheme_edit", args=[scheme.pk])).content.decode()
    assert 'value="60' in page                      # the stored rules fill the form
    data = form_post(None, "测试办法（改）", deductions__order="3")
    del data["plan"]
    response = client.post(reverse("yearend_scheme_edit", args=[scheme.pk]), data)
    assert response.status_code == 302
    scheme.refresh_from_db()
    assert scheme.config["deductions"]["order"] == 3 and scheme.name == "测试办法（改）"
    event = AuditEvent.objects.get(action="yearend.scheme_update", object_id=str(scheme.pk))
    assert event.detail["changes"]["deductions.order"] == [1, 3]
    assert event.detail["changes"]["name"] == ["测试办法", "测试办法（改）"]
    # Bad input while editing: a form error, the stored rules unchanged.
    response = client.post(reverse("yearend_scheme_edit", args=[scheme.pk]), data | {"deductions__order": "-1"})
    assert response.status_code == 400
    scheme.refresh_from_db()
    assert scheme.config["deductions"]["order"] == 3
    # Once it has run its rules stay: the edit is refused with a message, and a copy can start a new scheme.
    yearend_actions.do_compute_yearend(scheme, acting_user=office_user())
    response = client.post(reverse("yearend_scheme_edit", args=[scheme.pk]), data | {"deductions__order": "5"})
    assert response.status_code == 400 and "已计算过" in response.content.decode()
    scheme.refresh_from_db()
    assert scheme.config["deductions"]["order"] == 3
    page = client.get(reverse("yearend") + f"?scheme={scheme.pk}").content.decode()
    assert reverse("yearend_scheme_edit", args=[scheme.pk]) not in page
    copy = client.get(reverse("yearend_scheme_create") + f"?copy={scheme.pk}").content.decode()
    assert "测试办法（改）（修订）" in copy and 'name="deductions__order" value="3' in copy


def test_only_the_office_edits(client, small):
    scheme = yearend_actions.do_create_scoring_scheme(small["plan"], "测试办法", "", acting_user=office_user())
    for who in ("leader", "inspector", "reporter", "stats"):
        login(client, who)
        assert client.get(reverse("yearend_scheme_edit", args=[scheme.pk])).status_code == 403
        assert client.post(reverse("yearend_scheme_edit", args=[scheme.pk]),
                           form_post(None, "x")).status_code == 403
    scheme.refresh_from_db()
    assert scheme.name == "测试办法"


def test_hostile_text_escaped(client, small):
    login(client, "office")
    response = client.post(reverse("yearend_scheme_create"), form_post(small["plan"], "<script>alert(1)</script>"))
    assert response.status_code == 302
    text = client.get(response["Location"]).content.decode()
    assert "<script>alert(1)</script>" not in text and "&lt;script&gt;" in text


def test_foreign_ids(client, small):
    login(client, "office")
    assert client.get(reverse("yearend") + "?scheme=999999").status_code == 404
    assert client.get(reverse("yearend") + "?scheme=abc").status_code == 404
    assert client.post(reverse("yearend_run", args=[999999])).status_code == 404
    scheme = yearend_actions.do_create_scoring_scheme(small["plan"], "未计算", "", acting_user=office_user())
    assert client.get(reverse("yearend_xlsx", args=[scheme.pk])).status_code == 404
    yearend_actions.do_compute_yearend(scheme, acting_user=office_user())
    assert client.get(reverse("yearend_xlsx", args=[scheme.pk]) + "?run=7").status_code == 404
    assert client.get(reverse("yearend") + f"?scheme={scheme.pk}&org=999999").status_code == 404


def test_exports_open(client, small):
    from docx import Document
    from openpyxl import load_workbook

    scheme = yearend_actions.do_create_scoring_scheme(small["plan"], "测试办法", "", acting_user=office_user())
    yearend_actions.do_compute_yearend(scheme, acting_user=office_user())
    login(client, "inspector")
    wb = load_workbook(io.BytesIO(client.get(reverse("yearend_xlsx", args=[scheme.pk])).content))
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "名次" and {r[1] for r in rows[1:]} == {small["x"].name, small["y"].name}
    detail = list(wb["得分明细"].iter_rows(values_only=True))
    assert any("honour=" in (r[6] or "") for r in detail[1:])
    doc = Document(io.BytesIO(client.get(reverse("yearend_docx", args=[scheme.pk])).content))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "年终考核结果" in text and service.WINNER in text
    assert doc.tables and doc.tables[0].rows[1].cells[1].text == small["x"].name


def test_verify_view(client):
    login(client, "office")
    plan = Plan.objects.get(year=2019)
    report = SourceDocument.objects.get(name="shangcheng-2020-work-report.txt")
    response = client.post(reverse("yearend_verify"), {"plan": plan.pk, "report": report.pk})
    assert response.status_code == 302
    assert YearVerdict.objects.filter(task__plan=plan).exists()
    assert client.post(reverse("yearend_verify"), {"plan": plan.pk, "report": 999999}).status_code == 400
    login(client, "leader")
    assert client.post(reverse("yearend_verify"), {"plan": plan.pk, "report": report.pk}).status_code == 403


def test_no_ranking_without_accepted_progress(client):
    """A plan whose progress nobody has accepted gets a warning, not a ranking (issue 15 item 7)."""
    district = Organisation.objects.create(name="无进展区人民政府", kind="other")
    unit = Organisation.objects.create(name="无进展区甲局", kind="department")
    plan = Plan.objects.create(year=2032, title="无进展区2032年目标", organisation=district)
    task = Task.objects.create(plan=plan, code="A1", order=1, text="任务A1", target_class="A")
    task.lead.set([unit])
    first, _second = period_actions.do_create_periods(plan, "half_yearly", acting_user=None)
    Submission.objects.create(task=task, period=first, organisation=unit, narrative="草稿中", state="submitted")
    scheme = yearend_actions.do_create_scoring_scheme(plan, "测试办法", "", acting_user=office_user())
    with pytest.raises(service.YearEndError, match="尚无已采纳的进展"):
        yearend_actions.do_compute_yearend(scheme, acting_user=office_user())
    login(client, "office")
    response = client.post(reverse("yearend_run", args=[scheme.pk]), follow=True)
    text = response.content.decode()
    assert "尚无已采纳的进展" in text and "no-evidence" in text
    assert YearEndResult.objects.filter(scheme=scheme).count() == 0
    # once a report is accepted the same scheme ranks, and the warning is gone
    Submission.objects.filter(task=task).update(state="accepted")
    assert len(yearend_actions.do_compute_yearend(scheme, acting_user=office_user())) == 1
    text = client.get(reverse("yearend") + f"?scheme={scheme.pk}").content.decode()
    assert "no-evidence" not in text and unit.name in text


def test_a_run_is_a_background_job_with_a_unit_per_step_and_its_result_to_download(client, small):
    from luoshi.supervision.models import ExportJob

    scheme = yearend_actions.do_create_scoring_scheme(small["plan"], "测试办法", "", acting_user=office_user())
    login(client, "office")
    response = client.post(reverse("yearend_run", args=[scheme.pk]))
    job = ExportJob.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))
    # run at once by the tests' immediate backend: one step per unit scored, then the result
    assert (job.kind, job.state, job.done, job.total) == ("yearend_run", "done", 2, 2)
    assert YearEndResult.objects.filter(scheme=scheme).count() == 2
    assert AuditEvent.objects.filter(action="yearend.compute", object_id=str(scheme.pk)).count() == 1
    page = client.get(reverse("export_job", args=[job.pk])).content.decode()
    assert f"?scheme={scheme.pk}" in page and "2 / 2" in page
    download = client.get(reverse("export_job_download", args=[job.pk]))
    data = b"".join(download.streaming_content)
    assert download.status_code == 200 and data[:2] == b"PK"
    assert ".xlsx" in download["Content-Disposition"]
    from openpyxl import load_workbook

    def cells(data):
        return [[c.value for c in row] for ws in load_workbook(io.BytesIO(data)) for row in ws.iter_rows()]

    assert cells(data) == cells(service.xlsx(scheme, 1))


def test_scoring_reports_each_unit_and_a_stale_run_is_scored_again(small):
    scheme = yearend_actions.do_create_scoring_scheme(small["plan"], "测试办法", "", acting_user=office_user())
    steps = []
    computed = service.scoring_run(scheme, on_progress=lambda done, total: steps.append((done, total)))
    assert steps == [(0, 2), (1, 2), (2, 2)] and computed[0] == 1
    yearend_actions.do_compute_yearend(scheme, acting_user=office_user())          # another run came first
    made = yearend_actions.do_compute_yearend(scheme, computed=computed, acting_user=office_user())
    assert {r.breakdown["run"] for r in made} == {2}


def test_a_run_that_cannot_start_says_why_at_once_and_queues_nothing(client):
    from luoshi.supervision.models import ExportJob

    plan = Plan.objects.create(year=2033, title="空计划")
    scheme = yearend_actions.do_create_scoring_scheme(plan, "测试办法", "", acting_user=office_user())
    login(client, "office")
    jobs = ExportJob.objects.count()
    text = client.post(reverse("yearend_run", args=[scheme.pk]), follow=True).content.decode()
    assert "计划中没有可考核的单位" in text and ExportJob.objects.count() == jobs
