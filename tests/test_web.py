"""The web application's foundation: samples load once, roles are enforced,
bad uploads get form errors and leave nothing behind, the audit log holds."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from luoshi.core import audit
from luoshi.core.models import AuditEvent, Organisation, OrganisationAlias, SourceDocument

from .demo import login

pytestmark = pytest.mark.django_db


def test_samples_load_once(demo):
    assert SourceDocument.objects.count() == 5
    kinds = dict(SourceDocument.objects.values_list("name", "kind"))
    assert kinds["shangcheng-2019-decomposition.txt"] == "decomposition_table"
    assert kinds["shangcheng-2020-work-report.txt"] == "work_report"
    events = AuditEvent.objects.count()
    call_command("load_samples", verbosity=0)
    assert SourceDocument.objects.count() == 5
    assert AuditEvent.objects.count() == events
    assert audit.verify_chain() == []


def test_organisations_learned_under_canonical_names(demo):
    names = set(Organisation.objects.values_list("name", flat=True))
    assert "区发改经信局" in names
    assert "区审管办" not in names  # stored as its canonical name
    assert Organisation.objects.get(name="各街道").kind == "collective"


def test_anonymous_is_sent_to_login(client, demo):
    for name in ("home", "organisations", "audit"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.parametrize("user,home,upload,audit_page", [
    ("office", 200, 302, 200),
    ("reporter", 200, 403, 403),
    ("leader", 200, 403, 403),
    ("stats", 200, 403, 403),
    ("inspector", 200, 403, 200),
])
def test_role_matrix(client, demo, user, home, upload, audit_page):
    login(client, user)
    assert client.get(reverse("home")).status_code == home
    doc = SourceDocument.objects.get(name="shangcheng-2019-decomposition.txt")
    assert client.get(reverse("document", args=[doc.pk])).status_code == 200
    f = SimpleUploadedFile("new.txt", "序号 | 任务名称 | 牵头部门\n1 | 测试任务 | 区财政局\n".encode())
    assert client.post(reverse("upload"), {"file": f}).status_code == upload
    assert client.get(reverse("audit")).status_code == audit_page


def test_document_page_shows_rows_in_chinese(client, demo):
    login(client, "leader")
    doc = SourceDocument.objects.get(name="shangcheng-2019-decomposition.txt")
    page = client.get(reverse("document", args=[doc.pk]), HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "目标任务分解表" in page
    assert "一般公共预算收入" in page and "增长8.2%" in page


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "文件为空"),
    ("binary.txt", bytes(range(256)) * 20, ""),
    ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "不支持的文件类型"),
    ("broken.xlsx", b"PK\x03\x04garbage" * 20, ""),
])
def test_bad_upload_is_a_form_error_and_stores_nothing(client, demo, name, content, message):
    login(client, "office")
    before = (SourceDocument.objects.count(), AuditEvent.objects.count())
    response = client.post(reverse("upload"), {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 400
    assert "errorlist" in response.content.decode()
    assert message in response.content.decode()
    assert (SourceDocument.objects.count(), AuditEvent.objects.count()) == before


def test_too_big_upload(client, demo, settings):
    settings.LUOSHI_MAX_UPLOAD_BYTES = 100
    login(client, "office")
    response = client.post(reverse("upload"), {"file": SimpleUploadedFile("big.txt", "测试".encode() * 100)})
    assert response.status_code == 400 and "文件过大" in response.content.decode()


def test_upload_then_same_file_again_changes_nothing(client, demo):
    login(client, "office")
    body = "序号 | 任务名称 | 指标要求 | 牵头部门\n1 | 建设停车泊位 | 300个 | 区住房和城建局\n".encode()
    r1 = client.post(reverse("upload"), {"file": SimpleUploadedFile("t.txt", body)})
    assert r1.status_code == 302
    count = (SourceDocument.objects.count(), AuditEvent.objects.count())
    r2 = client.post(reverse("upload"), {"file": SimpleUploadedFile("t-again.txt", body)})
    assert r2.status_code == 302
    assert (SourceDocument.objects.count(), AuditEvent.objects.count()) == count


def test_user_text_is_escaped(client, demo):
    login(client, "office")
    body = "序号 | 任务名称 | 指标要求 | 牵头部门\n1 | <script>alert(1)</script> | 300个 | 区财政局\n".encode()
    response = client.post(reverse("upload"), {"file": SimpleUploadedFile("x.txt", body)}, follow=True)
    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_alias_added_by_office_is_audited(client, demo):
    login(client, "office")
    org = Organisation.objects.get(name="区财政局")
    client.post(reverse("add_alias", args=[org.pk]), {"alias": "财政局"})
    assert OrganisationAlias.objects.filter(organisation=org, alias="财政局").exists()
    assert AuditEvent.objects.filter(action="organisation.alias_add", object_id=str(org.pk)).exists()
    client.logout()
    login(client, "reporter")
    assert client.post(reverse("add_alias", args=[org.pk]), {"alias": "财政"}).status_code == 403


def test_audit_log_cannot_be_rewritten(demo):
    event = AuditEvent.objects.first()
    event.action = "forged"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.update(action="x")


def test_chinese_first_whatever_the_browser_says(client, demo):
    login(client, "leader")
    page = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "来源文件" in page


def test_english_is_available(client, demo):
    login(client, "leader")
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("home")).content.decode()
    assert "Source documents" in page
