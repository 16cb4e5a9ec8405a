"""Exports (导出): every list to .xlsx and the task list with statuses to .docx, with the
same permissions as the pages, the rows the ORM has, Chinese file names, and user text
that stays text (no formulas, no markup, no broken files)."""

import io
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from luoshi.core.models import AuditEvent, Organisation
from luoshi.supervision.models import Assessment, Plan, Submission, Task
from luoshi.supervision.permissions import visible_tasks
from luoshi.supervision.services import exports
from luoshi.supervision.services.plans import missing_reports

from .demo import login

pytestmark = pytest.mark.django_db

SC2020 = "上城区2020年政府工作报告重点工作"
SC2019 = "上城区2019年目标任务分解"
GS2020 = "拱墅区2020年重点工作"
ROLES = ["office", "reporter", "leader", "stats", "inspector"]
HOSTILE = "=cmd|' /C calc'!A0"
SCRIPT = "<script>alert('x')</script>"


def plan(title):
    return Plan.objects.get(title=title)


def sheet(response):
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == exports.XLSX
    data = b"".join(response.streaming_content) if response.streaming else response.content
    ws = load_workbook(io.BytesIO(data)).active
    rows = list(ws.iter_rows())
    return [c.value for c in rows[0]], rows[1:]


def column(headers, rows, name):
    i = headers.index(name)
    return [r[i].value for r in rows]


def filename_of(response):
    return response["Content-Disposition"].split("filename*=UTF-8''", 1)[1]


@pytest.fixture
def hostile_task():
    """A task of the reporter's organisation whose text would be a formula and markup."""
    p = plan(SC2020)
    t = Task.objects.create(plan=p, code="ZZ-1", order=9999, name=SCRIPT, text=HOSTILE + "\x01\x0b尾")
    t.lead.add(Organisation.objects.get(name="区发改经信局"))
    return t


# --- permissions ------------------------------------------------------------------

def export_urls():
    p = plan(SC2020)
    period = p.periods.get(name="2020年上半年")
    return {
        "tasks_xlsx": reverse("export_tasks_xlsx") + f"?plan={p.pk}",
        "tasks_docx": reverse("export_tasks_docx") + f"?plan={p.pk}",
        "submissions": reverse("export_submissions_xlsx") + f"?period={period.pk}",
        "assessments": reverse("export_assessments_xlsx") + f"?period={period.pk}",
        "missing": reverse("export_missing_xlsx") + f"?period={p.periods.get(name='2020年下半年').pk}",
        "organisations": reverse("export_organisations_xlsx"),
        "audit": reverse("export_audit_xlsx"),
    }


MATRIX = {
    #            tasks_xlsx tasks_docx submissions assessments missing organisations audit
    "office":    (200, 200, 200, 200, 200, 200, 200),
    "reporter":  (200, 200, 200, 200, 403, 200, 403),
    "leader":    (200, 200, 200, 200, 200, 200, 403),
    "stats":     (200, 200, 200, 200, 200, 200, 403),
    "inspector": (200, 200, 200, 200, 200, 200, 200),
}


def test_anonymous_is_sent_to_login(client):
    for url in export_urls().values():
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"], url


@pytest.mark.parametrize("user", ROLES)
def test_role_matrix(client, user):
    login(client, user)
    for (name, url), expected in zip(export_urls().items(), MATRIX[user], strict=True):
        assert client.get(url).status_code == expected, (user, name)


@pytest.mark.parametrize("url_name,params", [
    ("export_tasks_xlsx", {"plan": "abc"}), ("export_tasks_xlsx", {"period": "999999"}),
    ("export_tasks_xlsx", {"status": "<script>"}), ("export_tasks_docx", {"organisation": "-1"}),
    ("export_submissions_xlsx", {"state": "bogus"}), ("export_assessments_xlsx", {}),
    ("export_assessments_xlsx", {"period": "x"}), ("export_missing_xlsx", {}),
    ("export_missing_xlsx", {"period": "999999"}),
])
def test_bad_filters_are_refused_with_a_message(client, url_name, params):
    login(client, "office")
    response = client.get(reverse(url_name), params)
    assert response.status_code in (400, 404)
    text = response.content.decode()
    assert text and "<script>" not in text and response["Content-Type"].startswith("text/plain")


# --- task list ----------------------------------------------------------------------

def test_tasks_xlsx_has_every_task_with_its_effective_status(client):
    p = plan(GS2020)
    q2 = p.periods.get(name="2020年第二季度")
    login(client, "office")
    response = client.get(reverse("export_tasks_xlsx"), {"plan": p.pk, "period": q2.pk})
    assert filename_of(response) == quote("任务清单-2020年第二季度.xlsx")
    headers, rows = sheet(response)
    assert headers[:4] == ["序号", "年度计划", "编号", "板块"] and "序时进度(%)" in headers
    assert len(rows) == p.tasks.count() == 128
    codes = column(headers, rows, "编号")
    assert codes == list(p.tasks.order_by("order").values_list("code", flat=True))
    statuses = dict(zip(codes, column(headers, rows, "最新状态"), strict=True))
    from luoshi.supervision.services.api import STATUS_LABELS
    for a in Assessment.objects.filter(period=q2, current=True).counted().select_related("task"):
        assert statuses[a.task.code] == STATUS_LABELS[a.effective_status]
    progress = dict(zip(codes, column(headers, rows, "最新进展（已采纳）"), strict=True))
    sub = Submission.objects.filter(period=q2, state="accepted").select_related("task").first()
    assert progress[sub.task.code] == sub.narrative


def test_tasks_xlsx_status_filter_matches_the_orm(client):
    p = plan(SC2020)
    period = p.periods.get(name="2020年上半年")
    expected = {a.task.code for a in Assessment.objects.filter(period=period, current=True).counted() if
                a.effective_status == "on_track"}
    login(client, "leader")
    headers, rows = sheet(client.get(reverse("export_tasks_xlsx"), {"plan": p.pk, "status": "on_track"}))
    assert set(column(headers, rows, "编号")) == expected and len(rows) == len(expected)


def test_reporter_exports_only_its_own_tasks(client, hostile_task):
    login(client, "reporter")
    user = get_user_model().objects.get(username="reporter")
    response = client.get(reverse("export_tasks_xlsx"))
    assert response.status_code == 302  # every plan: a background export (后台导出), then the download
    page = client.get(response["Location"])
    assert "已完成" in page.content.decode()
    headers, rows = sheet(client.get(response["Location"] + "download/"))
    visible = visible_tasks(user, Task.objects.all())
    assert len(rows) == visible.count()
    assert set(column(headers, rows, "编号")) == set(visible.values_list("code", flat=True))
    for lead, coop in zip(column(headers, rows, "牵头单位"), column(headers, rows, "配合单位"), strict=True):
        assert "区发改经信局" in f"{lead}、{coop}"
    document = Document(io.BytesIO(client.get(reverse("export_tasks_docx")).content))
    assert len(document.tables[0].rows) == visible.count() + 1


def test_user_text_stays_text_in_xlsx(client, hostile_task):
    login(client, "office")
    headers, rows = sheet(client.get(reverse("export_tasks_xlsx"), {"plan": hostile_task.plan_id}))
    row = next(r for r in rows if r[headers.index("编号")].value == "ZZ-1")
    text_cell = row[headers.index("任务内容")]
    assert text_cell.data_type == "s" and not str(text_cell.value).startswith("=")
    assert text_cell.value == "'" + HOSTILE + "尾"  # control characters dropped, formula neutralised
    assert row[headers.index("任务名称")].value == SCRIPT
    assert all(c.data_type != "f" for r in rows for c in r)


def test_tasks_docx_is_a_landscape_table_with_fonts_and_repeated_header(client, hostile_task):
    p = plan(SC2020)
    login(client, "office")
    response = client.get(reverse("export_tasks_docx"), {"plan": p.pk})
    assert response.status_code == 200 and response["Content-Type"] == exports.DOCX
    assert filename_of(response) == quote(f"任务清单-{SC2020}.docx")
    doc = Document(io.BytesIO(response.content))
    section = doc.sections[0]
    assert section.page_width > section.page_height and abs(section.page_width.mm - 297) < 1
    assert "任务清单及落实情况" in doc.paragraphs[0].text and "导出日期" in doc.paragraphs[1].text
    table = doc.tables[0]
    assert len(table.rows) == p.tasks.count() + 1
    header = table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in header.cells][:3] == ["序号", "编号", "任务内容"]
    header_font = header.cells[0].paragraphs[0].runs[0]._element.rPr.rFonts.get(qn("w:eastAsia"))
    body_font = table.rows[1].cells[2].paragraphs[0].runs[0]._element.rPr.rFonts.get(qn("w:eastAsia"))
    assert (header_font, body_font) == ("黑体", "仿宋")
    assert doc.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋"
    codes = [r.cells[1].text for r in table.rows[1:]]
    assert codes == list(p.tasks.order_by("order").values_list("code", flat=True))
    hostile_row = table.rows[codes.index("ZZ-1") + 1]
    assert SCRIPT in hostile_row.cells[2].text and HOSTILE in hostile_row.cells[2].text
    statuses = {r.cells[1].text: r.cells[6].text for r in table.rows[1:]}
    a = Assessment.objects.filter(period__plan=p, current=True).counted().select_related("task").first()
    from luoshi.supervision.services.api import STATUS_LABELS
    assert statuses[a.task.code] == STATUS_LABELS[a.effective_status]
    assert statuses["ZZ-1"] == "未研判"


# --- the other lists ------------------------------------------------------------------

def test_submissions_xlsx_matches_what_each_role_sees(client):
    p = plan(GS2020)
    q2 = p.periods.get(name="2020年第二季度")
    org = Organisation.objects.get(name="区发改经信局")
    Submission.objects.create(task=p.tasks.filter(lead=org).first(), period=p.periods.get(name="2020年第三季度"),
                              organisation=org, narrative="=1+1 草稿", state="draft")
    login(client, "office")
    response = client.get(reverse("export_submissions_xlsx"), {"period": q2.pk})
    assert filename_of(response) == quote("进展报送-2020年第二季度.xlsx")
    headers, rows = sheet(response)
    assert len(rows) == Submission.objects.filter(period=q2).exclude(state="draft").count()
    headers, rows = sheet(client.get(reverse("export_submissions_xlsx")))
    assert len(rows) == Submission.objects.exclude(state="draft").count()
    queue = client.get(reverse("export_submissions_xlsx"), {"state": "submitted"})
    assert filename_of(queue) == quote("审核队列-全部.xlsx")
    client.logout()
    login(client, "reporter")
    headers, rows = sheet(client.get(reverse("export_submissions_xlsx")))
    assert len(rows) == Submission.objects.filter(organisation=org).count()
    assert set(column(headers, rows, "报送单位")) == {org.name}
    assert "'=1+1 草稿" in column(headers, rows, "进展情况")


def test_assessments_xlsx_has_evidence_and_reason(client):
    p = plan(SC2020)
    period = p.periods.get(name="2020年上半年")
    login(client, "office")
    response = client.get(reverse("export_assessments_xlsx"), {"plan": p.pk})
    assert filename_of(response) == quote("研判结果-2020年上半年.xlsx")
    headers, rows = sheet(response)
    current = Assessment.objects.filter(period=period, current=True).counted().select_related("task")
    assert len(rows) == current.count()
    by_code = {r[headers.index("任务编号")].value: r for r in rows}
    a = next(x for x in current if x.evidence)
    row = by_code[a.task.code]
    assert row[headers.index("研判理由")].value == a.reason
    assert a.evidence[0]["text"] in row[headers.index("依据原文")].value


def test_assessments_xlsx_of_a_department_holds_its_own_tasks_only(client):
    """A reporter's verdict export of a whole plan: the rows of its unit's tasks (lead or cooperating),
    none of another unit's, though the plan has them (a download route, beside the pages and the API)."""
    p = plan(SC2020)
    period = p.periods.get(name="2020年上半年")
    login(client, "reporter")
    user = get_user_model().objects.get(username="reporter")
    headers, rows = sheet(client.get(reverse("export_assessments_xlsx"), {"plan": p.pk}))
    own = set(visible_tasks(user, p.tasks.all()).values_list("code", flat=True))
    every = {a.task.code for a in Assessment.objects.filter(period=period, current=True).select_related("task")}
    assert rows and set(column(headers, rows, "任务编号")) <= own
    assert every - own        # the plan has other units' verdicts the export leaves out
    assert set(column(headers, rows, "任务编号")) == {
        a.task.code for a in Assessment.objects.filter(period=period, current=True).counted().select_related("task")
        if a.task.code in own}


def test_missing_xlsx_matches_missing_reports(client):
    period = plan(SC2020).periods.get(name="2020年下半年")
    login(client, "leader")
    response = client.get(reverse("export_missing_xlsx"), {"period": period.pk})
    assert filename_of(response) == quote("未报送单位-2020年下半年.xlsx")
    headers, rows = sheet(response)
    expected = missing_reports(period)
    assert len(rows) == len(expected) > 0
    assert column(headers, rows, "单位") == [org.name for org, _tasks in expected]
    assert column(headers, rows, "未报送任务数") == [len(tasks) for _org, tasks in expected]


def test_organisations_and_audit_xlsx(client):
    login(client, "inspector")
    headers, rows = sheet(client.get(reverse("export_organisations_xlsx")))
    assert len(rows) == Organisation.objects.count()
    names = column(headers, rows, "名称")
    i = names.index("区发改经信局")
    org = Organisation.objects.get(name="区发改经信局")
    assert rows[i][headers.index("牵头任务数")].value == org.lead_tasks.count()
    response = client.get(reverse("export_audit_xlsx"))
    assert filename_of(response) == quote("审计日志.xlsx")
    headers, rows = sheet(response)
    # the download itself is the log's last event, recorded after the file was made
    assert len(rows) == AuditEvent.objects.count() - 1
    assert AuditEvent.objects.order_by("-id").first().action == "export.download"
    assert column(headers, rows, "哈希")[-1] == AuditEvent.objects.order_by("-id")[1].hash


def _job_of(response):
    from luoshi.supervision.models import ExportJob

    assert response.status_code == 302, response.status_code
    return ExportJob.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))


def values(rows):
    return [[c.value for c in r] for r in rows]


def test_audit_log_over_the_inline_rows_is_a_job_with_the_same_rows(client, monkeypatch):
    """A log of more than INLINE_ROWS events is written by the worker, streaming, chunk by chunk:
    the same columns and cells as the file written in the request, up to the log's last event
    when it was asked for (not the job's own events)."""
    from luoshi.core import audit

    audit.record(None, "test.note", plan(SC2020), detail={"text": HOSTILE, "script": SCRIPT, "n": [1, "二"]})
    login(client, "inspector")
    inline_headers, inline_rows = sheet(client.get(reverse("export_audit_xlsx")))
    inline = values(inline_rows)
    assert len(inline) > 7 and HOSTILE not in str(inline)   # the formula stays text
    monkeypatch.setattr(exports, "INLINE_ROWS", 7)
    monkeypatch.setattr(exports, "CHUNK", 3)
    last = AuditEvent.objects.order_by("-id").first().pk   # the inline download's own event
    job = _job_of(client.get(reverse("export_audit_xlsx")))
    assert job.kind == "audit_xlsx" and job.params == {"upto": last}
    assert job.state == "done" and job.done == job.total == AuditEvent.objects.filter(id__lte=last).count()
    assert job.filename == "审计日志.xlsx"
    headers, rows = sheet(client.get(reverse("export_job_download", args=[job.pk])))
    assert headers == inline_headers
    assert values(rows)[:len(inline)] == inline
    assert len(rows) == len(inline) + 1 and rows[-1][0].value == last
    assert rows[-1][headers.index("操作")].value == "export.download"
    # the job's own request and completion are later events, not in its file
    assert AuditEvent.objects.filter(id__gt=last, action="export.request", object_id=str(job.pk)).exists()
    assert "export.request" not in column(headers, rows, "操作")


def test_audit_log_job_is_only_for_its_owner_while_in_an_audit_role(client, monkeypatch, settings):
    from luoshi.core.models import Profile, Role
    from luoshi.supervision.tasks import run_export

    monkeypatch.setattr(exports, "INLINE_ROWS", 0)
    login(client, "office")
    job = _job_of(client.get(reverse("export_audit_xlsx")))
    assert job.state == "done"
    for username in ("inspector", "leader", "reporter"):   # another user, even one who reads the log
        other = login(client.__class__(), username)
        assert other.get(reverse("export_job_download", args=[job.pk])).status_code in (403, 404)
        assert other.get(reverse("export_job", args=[job.pk])).status_code in (403, 404)
    assert login(client.__class__(), "reporter").get(reverse("export_audit_xlsx")).status_code == 403
    # the owner whose role no longer reads the log cannot download it any more
    Profile.objects.filter(user__username="office").update(role=Role.LEADER)
    assert client.get(reverse("export_job_download", args=[job.pk])).status_code == 403
    # a job queued for a role taken away before the worker runs it fails without the file
    Profile.objects.filter(user__username="office").update(role=Role.OFFICE)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}  # queued, not run
    job = _job_of(client.get(reverse("export_audit_xlsx")))
    assert job.state == "queued"
    Profile.objects.filter(user__username="office").update(role=Role.LEADER)
    run_export.call(job.pk)     # what the worker does
    job.refresh_from_db()
    assert job.state == "failed" and "无权限" in job.error and not job.chunks.exists()


def test_safe_filename():
    assert exports.safe_filename("a/b\\c:d\x00\n") == "a_b_c_d_"
    assert exports.safe_filename("  ") == "导出"


def test_export_of_every_plan_is_a_background_job_with_progress(client):
    from luoshi.supervision.models import ExportJob

    login(client, "office")
    response = client.get(reverse("export_tasks_xlsx"))
    assert response.status_code == 302
    job = ExportJob.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))
    assert job.state == "done" and job.done == job.total == Task.objects.count()  # progress, then the file
    assert client.get(reverse("export_job_status", args=[job.pk])).json()["state"] == "done"
    headers, rows = sheet(client.get(reverse("export_job_download", args=[job.pk])))
    assert len(rows) == Task.objects.count()
    assert set(column(headers, rows, "年度计划")) == set(Plan.objects.values_list("title", flat=True))
    assert AuditEvent.objects.filter(action__in=["export.request", "export.complete"]).count() == 2
    # another user's export is not theirs to see
    other = client.__class__()
    login(other, "leader")
    assert other.get(reverse("export_job_download", args=[job.pk])).status_code == 404


def test_one_plan_exports_at_once_streaming_in_chunks(client, monkeypatch):
    """CHUNK set after import is the chunk the export uses (read when called, not bound as a
    default): the plan is written in several chunks, each chunk's verdicts read once, and the
    cells are those of the same export in one chunk."""
    login(client, "office")
    p = plan(SC2020)
    whole_headers, whole = sheet(client.get(reverse("export_tasks_xlsx"), {"plan": p.pk}))
    assert len(whole) < exports.CHUNK       # one chunk
    calls = []
    verdicts = exports.q.verdicts

    def counted(sel, tasks):
        calls.append(len(tasks))
        return verdicts(sel, tasks)

    monkeypatch.setattr(exports.q, "verdicts", counted)
    monkeypatch.setattr(exports, "CHUNK", 7)  # several chunks even for a sample plan
    headers, rows = sheet(client.get(reverse("export_tasks_xlsx"), {"plan": p.pk}))
    n = p.tasks.count()
    assert n > 14
    assert calls == [7] * (n // 7) + ([n % 7] if n % 7 else [])
    assert column(headers, rows, "编号") == list(p.tasks.order_by("order", "pk").values_list("code", flat=True))
    assert column(headers, rows, "序号") == list(range(1, n + 1))
    assert headers == whole_headers
    assert [[c.value for c in r] for r in rows] == [[c.value for c in r] for r in whole]
    assert {r[headers.index("最新状态")].value for r in rows} - {"未研判"}   # verdicts in the rows, chunk by chunk
