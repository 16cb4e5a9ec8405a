"""Background exports' files (后台导出) kept in pieces (ExportChunk) and sent a piece at a time:
no step holds a finished file whole in memory or in one row, so an export of any size (the
audit log of millions of events) costs the worker and the download about one piece; every app
server reads the pieces from the one database.  Files expire after LUOSHI_EXPORT_KEEP_DAYS,
said on the job's page beforehand and afterwards, and each deletion is an audit event."""

import hashlib
import os
import tempfile
import tracemalloc
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from luoshi.core.models import AuditEvent
from luoshi.supervision.actions import exports as export_actions
from luoshi.supervision.models import ExportChunk, ExportJob
from luoshi.supervision.services import exports

from .demo import login

pytestmark = pytest.mark.django_db

MB = 2**20


def finished_job(data, *, owner="office", kind="audit_xlsx", name="审计日志.xlsx"):
    """A job finished as the worker finishes it: its file read from a temporary file."""
    user = get_user_model().objects.get(username=owner)
    job = export_actions.do_request_export(kind, {}, acting_user=user)
    with tempfile.TemporaryFile() as out:
        out.write(data)
        out.seek(0)
        return export_actions.do_complete_export(job, name, exports.XLSX, out, acting_user=user)


def test_a_large_file_is_stored_and_downloaded_a_piece_at_a_time(client):
    """A 24 MB file: stored as pieces of 1 MB, sent streaming with its length; neither storing
    it nor sending it allocates more than a few pieces' worth of memory, whatever the file's
    size (whole, either would take 24 MB or more).  On PostgreSQL a piece costs about 7 MB on its
    way in: the driver writes a bytea as text, twice its size, and encodes the query."""
    data = os.urandom(24 * MB + 12345)    # random: no compression anywhere can hide a whole copy
    user = get_user_model().objects.get(username="office")
    job = export_actions.do_request_export("audit_xlsx", {}, acting_user=user)
    with tempfile.TemporaryFile() as out:
        out.write(data)
        out.seek(0)
        tracemalloc.start()
        export_actions.do_complete_export(job, "审计日志.xlsx", exports.XLSX, out, acting_user=user)
        stored_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    job.refresh_from_db()
    assert job.state == "done" and job.size == len(data)
    pieces = list(ExportChunk.objects.filter(job=job).order_by("seq").values_list("seq", flat=True))
    assert pieces == list(range(25))
    assert stored_peak < 10 * MB, stored_peak

    login(client, "office")
    client.get(reverse("export_job", args=[job.pk]))   # the first request's imports are not the file's
    tracemalloc.start()
    response = client.get(reverse("export_job_download", args=[job.pk]))
    digest, length, largest = hashlib.sha256(), 0, 0
    for piece in response.streaming_content:
        digest.update(piece)
        length += len(piece)
        largest = max(largest, len(piece))
    sent_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert response.status_code == 200 and response.streaming
    assert response["Content-Length"] == str(len(data)) and response["Content-Type"] == exports.XLSX
    assert digest.hexdigest() == hashlib.sha256(data).hexdigest() and length == len(data)
    assert largest == ExportChunk.CHUNK_BYTES
    assert sent_peak < 10 * MB, sent_peak
    assert AuditEvent.objects.order_by("-id").first().action == "export.download"


def test_a_file_of_a_piece_or_less_and_an_empty_one(client):
    login(client, "office")
    for data in (b"PK\x03\x04 small", b"x" * ExportChunk.CHUNK_BYTES, b""):
        job = finished_job(data)
        assert job.chunks.count() == (len(data) + ExportChunk.CHUNK_BYTES - 1) // ExportChunk.CHUNK_BYTES
        response = client.get(reverse("export_job_download", args=[job.pk]))
        assert b"".join(response.streaming_content) == data


def test_a_job_finished_twice_keeps_its_first_file():
    """A worker thought lost may finish the same job after its retry did: the file is not stored twice."""
    job = finished_job(b"first")
    again = export_actions.do_complete_export(job, "again.xlsx", exports.XLSX, b"second", acting_user=None)
    assert again.filename == "审计日志.xlsx" and b"".join(exports.stored_pieces(job)) == b"first"
    assert AuditEvent.objects.filter(action="export.complete", object_id=str(job.pk)).count() == 1


def test_only_the_owner_in_a_role_for_its_kind_downloads_it(client):
    from luoshi.core.models import Profile, Role

    job = finished_job(b"secret")
    for username in ("inspector", "leader", "reporter"):
        other = login(client.__class__(), username)
        assert other.get(reverse("export_job_download", args=[job.pk])).status_code in (403, 404)
    login(client, "office")
    Profile.objects.filter(user__username="office").update(role=Role.LEADER)   # no longer reads the log
    assert client.get(reverse("export_job_download", args=[job.pk])).status_code == 403


def test_files_expire_after_the_keeping_time_said_on_the_page_and_audited(client, settings):
    settings.LUOSHI_EXPORT_KEEP_DAYS = 3
    login(client, "office")
    old, fresh = finished_job(b"old" * 1000), finished_job(b"fresh")
    page = client.get(reverse("export_job", args=[fresh.pk])).content.decode()
    until = timezone.localtime(fresh.finished_at + timedelta(days=3)).strftime("%Y-%m-%d %H:%M")
    assert "文件保留 3 天" in page and until in page and "审计日志" in page

    ExportJob.objects.filter(pk=old.pk).update(finished_at=timezone.now() - timedelta(days=3, minutes=1))
    assert export_actions.expire_due_exports() == 1
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert old.state == "expired" and old.expired_at and not old.chunks.exists()
    assert fresh.state == "done" and fresh.chunks.exists()
    event = AuditEvent.objects.get(action="export.expire")
    assert event.object_id == str(old.pk) and event.actor_name == "system"
    assert event.detail["filename"] == "审计日志.xlsx" and event.detail["size"] == 3000
    assert event.detail["keep_days"] == 3
    assert export_actions.expire_due_exports() == 0      # once only

    page = client.get(reverse("export_job", args=[old.pk])).content.decode()
    assert "过期删除" in page and "重新导出" in page and reverse("export_job_download", args=[old.pk]) not in page
    response = client.get(reverse("export_job_download", args=[old.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("export_job", args=[old.pk])
    assert client.get(reverse("export_job_status", args=[old.pk])).json()["state"] == "expired"


def test_a_file_past_its_time_is_not_sent_even_before_the_worker_sweeps(client, settings):
    settings.LUOSHI_EXPORT_KEEP_DAYS = 1
    login(client, "office")
    job = finished_job(b"late")
    ExportJob.objects.filter(pk=job.pk).update(finished_at=timezone.now() - timedelta(days=2))
    response = client.get(reverse("export_job_download", args=[job.pk]))
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.state == "expired" and not job.chunks.exists()
    assert AuditEvent.objects.filter(action="export.expire", object_id=str(job.pk)).count() == 1


def test_the_worker_sweeps_expired_files_when_it_writes_an_export(client, settings, monkeypatch):
    settings.LUOSHI_EXPORT_KEEP_DAYS = 2
    old = finished_job(b"old")
    ExportJob.objects.filter(pk=old.pk).update(finished_at=timezone.now() - timedelta(days=5))
    monkeypatch.setattr(exports, "INLINE_ROWS", 0)
    login(client, "office")
    response = client.get(reverse("export_audit_xlsx"))     # a job, run at once by the immediate backend
    assert response.status_code == 302
    old.refresh_from_db()
    assert old.state == "expired"
    new = ExportJob.objects.exclude(pk=old.pk).get()
    assert new.state == "done" and new.chunks.exists()
