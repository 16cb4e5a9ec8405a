"""Supervision bulletins (督察通报): figures equal the stored assessments, publication
freezes them, the .docx and .pdf are real documents (rendered to PNG and looked at),
roles are enforced and user text is escaped."""

import io
import os
import shutil
import subprocess
from collections import Counter
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from django.urls import reverse

from luoshi.core.models import AuditEvent
from luoshi.supervision.actions import bulletins as bulletin_actions
from luoshi.supervision.models import Assessment, Bulletin, Override, ReportingPeriod, Submission
from luoshi.supervision.services import bulletins as service

from .demo import login

pytestmark = pytest.mark.django_db

ARTIFACTS = Path(__file__).resolve().parent.parent / "var" / "test-artifacts"
SHANGCHENG = "上城区2020年政府工作报告重点工作"
GONGSHU = "拱墅区2020年重点工作"


def need(binary):
    """A system binary the rendering tests need; CI fails rather than skips (bin/system-packages)."""
    path = shutil.which(binary)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{binary} is missing (bin/system-packages installs it)")
        pytest.skip(f"{binary} is not installed (apt: poppler-utils / libreoffice-writer-nogui)")
    return path


@pytest.fixture
def h1(db):
    return ReportingPeriod.objects.get(plan__title=SHANGCHENG, name="2020年上半年")


@pytest.fixture
def q2(db):
    return ReportingPeriod.objects.get(plan__title=GONGSHU, name="2020年第二季度")


@pytest.fixture
def bulletin(q2):
    return bulletin_actions.do_draft_bulletin(q2, "拱督通〔2020〕9号", service.default_title(q2), "2020-07-20",
                                              acting_user=None)


def effective_counts(period):
    return Counter(a.effective_status for a in Assessment.objects.filter(period=period, current=True).counted())


@pytest.mark.parametrize("which", ["h1", "q2"])
def test_totals_equal_stored_assessments(request, which):
    period = request.getfixturevalue(which)
    content = service.bulletin_content(period)
    counts = effective_counts(period)
    totals = content["totals"]
    assert totals["assessed"] == sum(counts.values()) == Assessment.objects.filter(period=period, current=True).counted().count()
    assert totals["assessed"] > 0 and totals["tasks"] == period.plan.tasks.count()
    by = totals["by_status"]
    assert by["completed"] + by["completed_late"] == counts["completed"]
    for status in ("ahead", "on_track", "behind", "seriously_behind", "not_started", "unclear"):
        assert by[status] == counts[status]
    # Parts cover every task once; each department's figures are those of the tasks it leads.
    assert sum(p["tasks"] for p in content["parts"]) == totals["tasks"]
    assert sum(p["assessed"] for p in content["parts"]) == totals["assessed"]
    for dept in content["departments"]:
        led = period.plan.tasks.filter(lead__name=dept["name"])
        assert dept["tasks"] == led.count()
        assert dept["assessed"] == Assessment.objects.filter(period=period, current=True, task__in=led).counted().count()
    lagging = {a.task.code for a in Assessment.objects.filter(period=period, current=True).counted().select_related("task")
               if a.effective_status in ("behind", "seriously_behind", "not_started")}
    assert {t["code"] for t in content["lagging"]} == lagging
    for t in content["lagging"]:
        assert t["expected_pct"] is not None or t["completion_pct"] is None
    assert any(t["evidence"] for t in content["lagging"])
    import json
    json.dumps(content)  # stored in a JSONField as is


def test_lagging_tasks_quote_the_narrative(q2):
    content = service.bulletin_content(q2)
    quoted = [(t, e) for t in content["lagging"] for e in t["evidence"]]
    assert quoted
    for t, e in quoted:
        a = Assessment.objects.get(period=q2, current=True, task__code=t["code"])
        assert e["text"] in a.submission.narrative
        assert t["leads"] == [o.name for o in a.task.lead.all()]


def test_completed_late_is_kept_apart(q2):
    a = next(a for a in Assessment.objects.filter(period=q2, current=True).counted().select_related("submission")
             if a.effective_status == "completed")
    before = service.bulletin_content(q2)["totals"]["by_status"]
    sub = a.submission
    # A unit's own submission (not an office import) that came after the deadline.
    sub.source_document = None
    sub.submitted_at = sub.submitted_at.replace(year=q2.deadline.year, month=q2.deadline.month,
                                                day=q2.deadline.day) + timedelta(days=3)
    sub.save()
    content = service.bulletin_content(q2)
    after = content["totals"]["by_status"]
    assert after["completed_late"] == before["completed_late"] + 1
    assert after["completed"] == before["completed"] - 1
    late = [u for u in content["not_on_time"] if a.task.code in u["late"]]
    assert [u["name"] for u in late] == [sub.organisation.name]


def test_units_not_reporting_are_listed(q2):
    sub = Submission.objects.filter(period=q2, state="accepted").select_related("task", "organisation").first()
    Submission.objects.filter(period=q2, task=sub.task, organisation=sub.organisation).update(state="returned")
    content = service.bulletin_content(q2)
    row = next(u for u in content["not_on_time"] if u["name"] == sub.organisation.name)
    assert sub.task.code in row["missing"] and row["count"] >= 1
    assert "不按时报送" in service.render_html(content) and sub.organisation.name in service.render_html(content)


def test_change_since_previous_period(q2):
    q3 = ReportingPeriod.objects.get(plan=q2.plan, name="2020年第三季度")
    content = service.bulletin_content(q2)
    assert content["change"]["previous"]["name"] == "2020年第一季度"
    assert all(d["delta"] == d["now"] for d in content["change"]["delta"].values())  # Q1 had none
    assert service.bulletin_content(ReportingPeriod.objects.get(plan__title=SHANGCHENG, name="2020年上半年"))[
        "change"] is None
    a = next(a for a in Assessment.objects.filter(period=q2, current=True).counted() if a.effective_status == "on_track")
    b = next(a for a in Assessment.objects.filter(period=q2, current=True).counted() if a.effective_status == "behind")
    Assessment.objects.create(task=a.task, period=q3, status="seriously_behind", current=True)
    Assessment.objects.create(task=b.task, period=q3, status="completed", current=True)
    change = service.bulletin_content(q3)["change"]
    assert [r["code"] for r in change["worse"]] == [a.task.code]
    assert [r["code"] for r in change["better"]] == [b.task.code]
    assert change["delta"]["seriously_behind"]["now"] == 1
    assert change["delta"]["on_track"]["delta"] == -effective_counts(q2)["on_track"]


def test_publish_freezes(q2, bulletin):
    assert not bulletin.published
    published = bulletin_actions.do_publish_bulletin(bulletin, acting_user=None)
    stored = dict(published.content)
    assert published.published and published.html and bytes(published.pdf)[:4] == b"%PDF"
    assert bytes(published.docx)[:2] == b"PK"
    assert AuditEvent.objects.filter(action="bulletin.publish", object_id=str(bulletin.pk)).exists()
    # The figures change afterwards; the published bulletin does not.
    a = next(a for a in Assessment.objects.filter(period=q2, current=True).counted() if a.effective_status == "on_track")
    Override.objects.create(assessment=a, status="not_started", reason="复核")
    live = service.bulletin_content(q2)
    assert live["totals"]["by_status"]["not_started"] == stored["totals"]["by_status"]["not_started"] + 1
    frozen = Bulletin.objects.get(pk=bulletin.pk)
    assert frozen.content == stored and service.document_content(frozen) == stored
    assert frozen.html == published.html
    with pytest.raises(service.BulletinError):
        bulletin_actions.do_update_bulletin(frozen, "新文号", "新标题", "2020-08-01", acting_user=None)
    with pytest.raises(service.BulletinError):
        bulletin_actions.do_publish_bulletin(frozen, acting_user=None)
    assert Bulletin.objects.get(pk=bulletin.pk).number == "拱督通〔2020〕9号"


def test_docx_is_an_official_document(q2, bulletin):
    from docx import Document
    from docx.oxml.ns import qn

    content = service.document_content(bulletin)
    doc = Document(io.BytesIO(service.render_docx(content)))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "督察通报" in text and "拱督通〔2020〕9号" in text and "2020年7月20日" in text
    totals = content["totals"]
    assert f"共有目标任务{totals['tasks']}项" in text and f"研判{totals['assessed']}项" in text
    assert f"达进度{totals['by_status']['on_track']}项" in text
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "合计" in cells and str(totals["by_status"]["on_track"]) in cells
    fonts = {r._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))
             for p in doc.paragraphs for r in p.runs if r._element.rPr is not None
             and r._element.rPr.find(qn("w:rFonts")) is not None}
    assert {"仿宋_GB2312", "黑体", "方正小标宋简体"} <= fonts
    section = doc.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.top_margin.cm, 1) == 3.7


def test_pdf_has_pages_and_text(q2, bulletin):
    from pypdf import PdfReader

    data = service.render_pdf(service.document_content(bulletin))
    assert data[:4] == b"%PDF"
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2
    first = reader.pages[0].extract_text()
    assert "拱督通" in first and "通报" in first
    assert round(float(reader.pages[0].mediabox.width) / 72 * 25.4) == 210  # A4


def _pngs(pdf: Path, stem: str) -> list[Path]:
    subprocess.run([need("pdftoppm"), "-r", "60", "-png", "-f", "1", "-l", "2", str(pdf), str(ARTIFACTS / stem)],
                   check=True, timeout=120)
    made = sorted(ARTIFACTS.glob(f"{stem}-*.png"))
    assert made and all(p.stat().st_size > 5000 for p in made)
    return made


def test_render_pdf_and_docx_to_png(q2, bulletin, tmp_path):
    """Renders both to var/test-artifacts/bulletin-{pdf,docx}-N.png for a person to look at."""
    need("pdftoppm")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("bulletin-*.png"):
        old.unlink()
    published = bulletin_actions.do_publish_bulletin(bulletin, acting_user=None)
    pdf = ARTIFACTS / "bulletin.pdf"
    pdf.write_bytes(bytes(published.pdf))
    _pngs(pdf, "bulletin-pdf")

    soffice = need("soffice")
    docx = ARTIFACTS / "bulletin.docx"
    docx.write_bytes(bytes(published.docx))
    profile = tmp_path / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx)], check=True, timeout=240, capture_output=True)
    converted = tmp_path / "bulletin.pdf"
    assert converted.exists() and converted.read_bytes()[:4] == b"%PDF"
    _pngs(converted, "bulletin-docx")


@pytest.mark.parametrize("user,read,create", [
    (None, 302, 302),
    ("office", 200, 302),
    ("reporter", 403, 403),
    ("leader", 200, 403),
    ("stats", 403, 403),
    ("inspector", 200, 403),
])
def test_role_matrix(client, q2, bulletin, user, read, create):
    if user:
        login(client, user)
    for name in ("bulletins",):
        assert client.get(reverse(name)).status_code == read
    for name in ("bulletin_detail", "bulletin_docx", "bulletin_html"):
        assert client.get(reverse(name, args=[bulletin.pk])).status_code == read, name
    # a draft's PDF is a background job: the reader is sent to its page (or refused, or to log in)
    pdf = client.get(reverse("bulletin_pdf", args=[bulletin.pk]))
    assert pdf.status_code == (302 if read == 200 else read)
    if read == 200:
        assert "/exports/jobs/" in pdf["Location"]
    count = Bulletin.objects.count()
    response = client.post(reverse("bulletins"), {"period": q2.pk, "number": "测试〔2020〕1号", "title": "",
                                                   "issued_on": "2020-07-21"})
    assert response.status_code == create
    assert Bulletin.objects.count() == count + (1 if create == 302 and user else 0)
    edit = client.post(reverse("bulletin_edit", args=[bulletin.pk]),
                       {"number": "改", "title": "改", "issued_on": "2020-07-22"})
    assert edit.status_code == create
    publish = client.post(reverse("bulletin_publish", args=[bulletin.pk]))
    assert publish.status_code == create
    assert Bulletin.objects.get(pk=bulletin.pk).published == (create == 302 and user == "office")


def test_office_flow_through_pages(client, q2):
    login(client, "office")
    page = client.get(reverse("bulletins")).content.decode()
    latest = service.latest_closed_period()
    assert f'value="{latest.pk}" selected' in page  # defaults to the latest closed period
    response = client.post(reverse("bulletins"), {"period": q2.pk, "number": "拱督通〔2020〕10号", "title": "",
                                                  "issued_on": "2020-07-21"})
    b = Bulletin.objects.get(number="拱督通〔2020〕10号")
    assert response.status_code == 302 and b.title == service.default_title(q2)
    detail = client.get(reverse("bulletin_detail", args=[b.pk])).content.decode()
    assert "srcdoc=" in detail and "拱督通〔2020〕10号" in detail and "发布" in detail
    assert client.post(reverse("bulletin_publish", args=[b.pk])).status_code == 302
    b.refresh_from_db()
    assert b.published
    docx = client.get(reverse("bulletin_docx", args=[b.pk]))
    assert docx.status_code == 200 and docx.content == bytes(b.docx)
    assert "attachment" in docx["Content-Disposition"]
    assert client.get(reverse("bulletin_pdf", args=[b.pk])).content == bytes(b.pdf)
    assert client.get(reverse("bulletin_html", args=[b.pk])).content.decode() == b.html
    # Published: edits and a second publication are refused, nothing changes.
    refused = client.post(reverse("bulletin_edit", args=[b.pk]), {"number": "x", "title": "y", "issued_on": "2020-08-01"})
    assert refused.status_code == 400
    assert client.post(reverse("bulletin_publish", args=[b.pk])).status_code == 400
    b.refresh_from_db()
    assert b.number == "拱督通〔2020〕10号"
    assert "发布" in client.get(reverse("bulletin_detail", args=[b.pk])).content.decode()


@pytest.mark.parametrize("data", [
    {"number": "", "issued_on": "2020-07-21"},
    {"number": "x" * 101, "issued_on": "2020-07-21"},
    {"number": "a", "title": "t" * 201, "issued_on": "2020-07-21"},
    {"number": "a", "issued_on": "not-a-date"},
    {"number": "a", "issued_on": "2020-07-21", "period": "999999"},
    {"number": "a", "issued_on": "2020-07-21", "period": "abc"},
])
def test_bad_input_is_a_form_error(client, q2, data):
    login(client, "office")
    data = {"period": q2.pk, "title": "", **data}
    count = Bulletin.objects.count()
    response = client.post(reverse("bulletins"), data)
    assert response.status_code == 400 and "errorlist" in response.content.decode()
    assert Bulletin.objects.count() == count


def test_missing_bulletin_and_wrong_methods(client, db):
    login(client, "office")
    assert client.get(reverse("bulletin_detail", args=[999999])).status_code == 404
    assert client.get(reverse("bulletin_pdf", args=[999999])).status_code == 404
    assert client.post(reverse("bulletin_publish", args=[999999])).status_code == 404
    assert client.get(reverse("bulletin_publish", args=[1])).status_code == 405


def test_hostile_text_is_escaped(client, q2):
    a = next(a for a in Assessment.objects.filter(period=q2, current=True).counted().select_related("submission", "task")
             if a.effective_status in ("behind", "seriously_behind") and a.evidence)
    hostile = "<script>1</script>\x07"  # short enough to sit inside the quoted context
    sub, e = a.submission, a.evidence[0]
    sub.narrative = sub.narrative[:e["start"]] + hostile + sub.narrative[e["start"]:]
    sub.save()
    a.evidence = [dict(x, start=x["start"] + len(hostile), end=x["end"] + len(hostile)) for x in a.evidence]
    a.save()
    a.task.name = '<img src=x onerror="alert(1)">'
    a.task.save()
    content = service.bulletin_content(q2)
    html = service.render_html(content)
    assert "<script>" not in html and "&lt;script&gt;1&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x" in html
    docx = service.render_docx(content)  # control characters do not break the .docx
    from docx import Document

    assert "<script>1</script>" in "\n".join(p.text for p in Document(io.BytesIO(docx)).paragraphs)
    b = bulletin_actions.do_draft_bulletin(q2, "<b>文号</b>", "标题", "2020-07-20", acting_user=None)
    login(client, "office")
    page = client.get(reverse("bulletin_detail", args=[b.pk])).content.decode()
    assert "<script>1" not in page and "<b>文号</b>" not in page and "<img src=x" not in page
    listing = client.get(reverse("bulletins")).content.decode()
    assert "<b>文号</b>" not in listing and "&lt;b&gt;文号" in listing


def test_draft_pdf_is_a_background_job_with_its_steps_and_the_owner_s_download(client, bulletin):
    from luoshi.core.models import Profile, Role
    from luoshi.supervision.models import ExportJob

    login(client, "leader")
    response = client.get(reverse("bulletin_pdf", args=[bulletin.pk]))
    job = ExportJob.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))
    # run at once by the tests' immediate backend: three steps (figures, page, PDF), then the file
    assert (job.kind, job.state, job.done, job.total) == ("bulletin_pdf", "done", 3, 3)
    page = client.get(reverse("export_job", args=[job.pk])).content.decode()
    assert "3 / 3" in page and reverse("export_job_download", args=[job.pk]) in page
    pdf = client.get(reverse("export_job_download", args=[job.pk]))
    assert b"".join(pdf.streaming_content)[:4] == b"%PDF" and pdf["Content-Type"] == "application/pdf"
    assert quote("-草稿.pdf") in pdf["Content-Disposition"]
    assert AuditEvent.objects.filter(action="export.complete", object_id=str(job.pk)).exists()
    # the office cannot take the leader's file; a leader who no longer reads bulletins cannot either
    other = client.__class__()
    login(other, "office")
    assert other.get(reverse("export_job_download", args=[job.pk])).status_code == 404
    Profile.objects.filter(user__username="leader").update(role=Role.STATISTICIAN)
    assert client.get(reverse("export_job_download", args=[job.pk])).status_code == 403


def test_a_job_queued_for_a_role_since_taken_away_fails_without_the_file(client, bulletin, settings):
    from luoshi.core.models import Profile, Role
    from luoshi.supervision.models import ExportJob
    from luoshi.supervision.tasks import run_export

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}  # queued, not run
    login(client, "leader")
    response = client.get(reverse("bulletin_pdf", args=[bulletin.pk]))
    job = ExportJob.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))
    assert job.state == "queued"
    assert 'http-equiv="refresh"' in client.get(reverse("export_job", args=[job.pk])).content.decode()
    Profile.objects.filter(user__username="leader").update(role=Role.STATISTICIAN)
    run_export.call(job.pk)     # what the worker does
    job.refresh_from_db()
    assert job.state == "failed" and "无权限" in job.error and not job.chunks.exists()


def test_published_pdf_is_the_stored_file_at_once(client, bulletin):
    bulletin_actions.do_publish_bulletin(bulletin, acting_user=None)
    bulletin.refresh_from_db()
    login(client, "inspector")
    response = client.get(reverse("bulletin_pdf", args=[bulletin.pk]))
    assert response.status_code == 200 and response.content == bytes(bulletin.pdf)
