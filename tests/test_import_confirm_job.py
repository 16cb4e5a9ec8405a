"""A large import's confirm in the worker (issue 16 item 2): the request stores the person's
decision and queues the ``confirm_import`` job; the batch says 保存中 with its steps until the
job has saved everything in one transaction; a confirm the job refuses (a unit not ticked, the
office role taken away) or cannot save brings the preview back with the reason in Chinese and
nothing saved; a worker lost mid-confirm is retried, then the preview comes back saying so.
A small import is still confirmed in its request (tests/test_imports.py)."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from luoshi.core.models import AuditEvent, JobLease
from luoshi.supervision.models import ImportBatch, Submission, TaskLink

from .demo import sc2020
from .uploads import start_import

pytestmark = pytest.mark.django_db

CONFIRM_IMPORT = "luoshi.supervision.tasks.confirm_import"
OLD = "继续落实减税降费政策,进一步减轻企业税费负担。"
SENTENCE_A = "深入开展“全民阅读·书香上城”活动,打造城市书房3处。"


@pytest.fixture
def office_client(office_client, settings):
    """The office's signed-in client (tests/conftest.py), in a setting where a three-row table is large."""
    settings.LUOSHI_IMPORT_CONFIRM_BACKGROUND_ROWS = 2  # a three-row table is "large" here
    return office_client


def progress_table(unit: str = "区财政局") -> bytes:
    return (
        "2020年下半年重点工作进展情况表\n"
        "序号 | 工作任务 | 进展情况 | 责任单位\n"
        f"1 | {OLD} | 全年累计减税降费3.2亿元，已完成。 | {unit}\n"
        f"2 | {SENTENCE_A} | 已建成城市书房3处，全部开放。 | 区文广旅体局\n"
        "3 | 组织开展全区职工羽毛球比赛 | 比赛已于10月举办。 | 区总工会\n"
    ).encode()


def previewed(client, data: bytes = None) -> ImportBatch:
    plan = sc2020()
    batch = start_import(client, "h2.txt", data or progress_table(), plan=plan.pk,
                         period=plan.periods.get(name="2020年下半年").pk)
    assert batch.state == "preview" and len(batch.preview["rows"]) == 3
    return batch


def saved(batch) -> tuple[int, int]:
    return (
        Submission.objects.filter(source_document=batch.document_id).count(),
        TaskLink.objects.filter(document=batch.document_id).count(),
    )


def test_the_request_queues_the_confirm_and_the_worker_saves_it(office_client, django_capture_on_commit_callbacks):
    batch = previewed(office_client)
    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = office_client.post(reverse("import_confirm", args=[batch.pk]), {"link-2": ""})  # row 2 not linked
    assert response.status_code == 302 and response["Location"].endswith(f"/{batch.pk}/")
    batch.refresh_from_db()
    # the request stored the decision and nothing else
    assert batch.state == "confirming" and batch.corrections["queued"]["links"] == {"2": ""}
    assert saved(batch) == (0, 0)
    status = office_client.get(reverse("import_status", args=[batch.pk])).json()
    assert status["state"] == "confirming" and "排队" in status["note"]
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert 'id="status-url"' in page and "保存中" in page and "已提交确认，正在后台保存" in page
    assert 'name="link-1"' not in page  # its progress only: the rows come back with the result
    # a second confirm or a cancel while it is saving is refused
    assert office_client.post(reverse("import_confirm", args=[batch.pk])).status_code == 400
    office_client.post(reverse("import_cancel", args=[batch.pk]))
    batch.refresh_from_db()
    assert batch.state == "confirming"

    for callback in queued:  # the job (the immediate backend runs it here), and on PostgreSQL the audit's own
        callback()
    batch.refresh_from_db()
    assert batch.state == "confirmed" and batch.done == batch.total == 2 and not batch.error
    assert "queued" not in batch.corrections and batch.corrections["links"] == {"2": ""}
    result = batch.corrections["result"]
    assert result["mode"] == "progress" and result["submissions"] == 1 and result["confirmed_rows"] == 1
    assert saved(batch) == (1, 3)
    link = TaskLink.objects.get(document=batch.document_id, row=2)
    assert link.task is None and link.confirmed_by.username == "office"
    actions = list(
        AuditEvent.objects.filter(action__startswith="import.confirm").values_list("action", flat=True)
    )
    assert actions == ["import.confirm_queue", "import.confirm"]
    assert AuditEvent.objects.filter(action="progress.import", object_id=str(batch.document_id)).count() == 1
    status = office_client.get(reverse("import_status", args=[batch.pk])).json()
    assert status["state"] == "confirmed"
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "state-confirmed" in page and 'id="status-url"' not in page


def test_without_a_worker_the_queued_confirm_is_done_when_the_request_returns(
    office_client, django_capture_on_commit_callbacks
):
    batch = previewed(office_client)
    with django_capture_on_commit_callbacks(execute=True):
        response = office_client.post(reverse("import_confirm", args=[batch.pk]), {})
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.state == "confirmed" and saved(batch) == (2, 3)
    page = office_client.get(response["Location"]).content.decode()
    assert "state-confirmed" in page and 'id="status-url"' not in page


def test_a_confirm_the_worker_refuses_brings_the_preview_back_with_the_reason(
    office_client, django_capture_on_commit_callbacks
):
    batch = previewed(office_client, progress_table(unit="区新设办公室"))
    # a task without units would take the table's unit: a new unit needs a person's tick
    sc2020().tasks.get(code=batch.preview["rows"][0]["link"]).lead.clear()
    with django_capture_on_commit_callbacks(execute=True):
        office_client.post(reverse("import_confirm", args=[batch.pk]), {"link-2": batch.preview["rows"][1]["link"]})
    batch.refresh_from_db()
    assert batch.state == "preview" and "区新设办公室" in batch.error and "确认新建单位" in batch.error
    assert saved(batch) == (0, 0)  # the job's transaction rolled back
    assert AuditEvent.objects.filter(action="import.confirm_fail").latest("id").detail["batch"] == batch.pk
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "区新设办公室" in page and 'name="confirm_new_units"' in page
    # the person's corrections are kept for the next try, which succeeds with the tick
    assert batch.corrections["links"] == {"2": batch.preview["rows"][1]["link"]}
    with django_capture_on_commit_callbacks(execute=True):
        office_client.post(reverse("import_confirm", args=[batch.pk]), {"confirm_new_units": "on"})
    batch.refresh_from_db()
    assert batch.state == "confirmed" and not batch.error and saved(batch) == (2, 3)


def test_the_worker_checks_the_office_role_again(office_client, django_capture_on_commit_callbacks):
    from luoshi.supervision.tasks import confirm_import

    batch = previewed(office_client)
    with django_capture_on_commit_callbacks(execute=False):
        office_client.post(reverse("import_confirm", args=[batch.pk]), {})
    user = get_user_model().objects.get(username="office")
    user.is_active = False
    user.save()
    assert confirm_import.call(batch.pk) == "refused"
    batch.refresh_from_db()
    assert batch.state == "preview" and batch.error == "无权限确认该导入" and saved(batch) == (0, 0)
    assert confirm_import.call(batch.pk) == "skipped"  # run twice: only a saving batch is saved


def test_a_failure_inside_the_job_is_told_in_chinese_and_saves_nothing(
    office_client, monkeypatch, django_capture_on_commit_callbacks
):
    from luoshi.supervision.actions import plans as plan_actions
    from luoshi.supervision.tasks import confirm_import

    batch = previewed(office_client)
    with django_capture_on_commit_callbacks(execute=False):
        office_client.post(reverse("import_confirm", args=[batch.pk]), {})
    real = plan_actions.assess_submissions

    def broken(*args, **kwargs):
        real(*args, **kwargs)  # the first writes happen, then the failure rolls them back
        raise RuntimeError("disk full")

    monkeypatch.setattr(plan_actions, "assess_submissions", broken)
    with pytest.raises(RuntimeError):  # the worker records the job failed
        confirm_import.call(batch.pk)
    batch.refresh_from_db()
    assert batch.state == "preview" and batch.error.startswith("保存失败") and "未保存任何内容" in batch.error
    assert saved(batch) == (0, 0)


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def _lost_confirm(batch, attempts: int):
    from django_tasks_db.models import DBTaskResult, get_date_max

    from luoshi.core import jobs

    row = DBTaskResult.objects.create(
        status="RUNNING",
        args_kwargs={"args": [batch.pk], "kwargs": {}},
        task_path=CONFIRM_IMPORT,
        backend_name="default",
        run_after=get_date_max(),
        worker_ids=[f"w{i}" for i in range(attempts)],
        started_at=timezone.now() - timedelta(seconds=1),
    )
    JobLease.objects.create(
        task_id=str(row.pk),
        task_path=CONFIRM_IMPORT,
        worker_id="w",
        host=jobs.this_host(),
        pid=_dead_pid(),
        beat_at=timezone.now(),
    )
    return row


def test_a_worker_lost_mid_confirm_is_retried_then_the_preview_comes_back(
    office_client, settings, django_capture_on_commit_callbacks
):
    settings.LUOSHI_JOB_MAX_ATTEMPTS = 2
    batch = previewed(office_client)
    with django_capture_on_commit_callbacks(execute=False):
        office_client.post(reverse("import_confirm", args=[batch.pk]), {})
    _lost_confirm(batch, attempts=1)
    status = office_client.get(reverse("import_status", args=[batch.pk])).json()  # the poll finds it
    assert status["state"] == "confirming" and "第 2 次" in status["note"]
    JobLease.objects.all().delete()
    _lost_confirm(batch, attempts=2)
    status = office_client.get(reverse("import_status", args=[batch.pk])).json()
    assert status["state"] == "preview" and "共尝试 2 次" in status["error"]
    assert "共尝试 2 次" in office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert saved(batch) == (0, 0)


def test_an_inline_confirm_cut_off_comes_back_as_a_preview(
    office_client, settings, monkeypatch, django_capture_on_commit_callbacks
):
    from luoshi.supervision.views import imports as import_views

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    batch = previewed(office_client)
    with django_capture_on_commit_callbacks(execute=False):  # the server stopped before the job ran
        office_client.post(reverse("import_confirm", args=[batch.pk]), {})
    assert office_client.get(reverse("import_status", args=[batch.pk])).json()["state"] == "confirming"
    later = timezone.now() + timedelta(minutes=10)  # queued 10 minutes ago: maybe still saving
    monkeypatch.setattr(import_views, "timezone", SimpleNamespace(now=lambda: later))
    ImportBatch.objects.filter(pk=batch.pk).update(created_at=timezone.now() - timedelta(hours=2))
    assert office_client.get(reverse("import_status", args=[batch.pk])).json()["state"] == "confirming"
    later = timezone.now() + timedelta(hours=1)  # no request takes that long
    status = office_client.get(reverse("import_status", args=[batch.pk])).json()
    assert status["state"] == "preview" and "保存中断" in status["error"]


def test_a_small_import_is_still_confirmed_in_its_request(office_client, settings):
    settings.LUOSHI_IMPORT_CONFIRM_BACKGROUND_ROWS = 300
    batch = previewed(office_client)
    assert office_client.post(reverse("import_confirm", args=[batch.pk]), {}).status_code == 302
    batch.refresh_from_db()
    assert batch.state == "confirmed" and saved(batch) == (2, 3)
    assert not AuditEvent.objects.filter(action="import.confirm_queue").exists()


def test_the_job_acts_as_the_person_who_confirmed_not_the_uploader(
    office_client, client, django_capture_on_commit_callbacks
):
    from luoshi.core.models import Profile, Role
    from luoshi.supervision.tasks import confirm_import

    batch = previewed(office_client)  # uploaded by office
    colleague = get_user_model().objects.create_user("office2", password="x-long-password-2")
    Profile.objects.create(user=colleague, role=Role.OFFICE)
    client.force_login(colleague)
    with django_capture_on_commit_callbacks(execute=False):
        client.post(reverse("import_confirm", args=[batch.pk]), {"link-2": ""})
    assert confirm_import.call(batch.pk) == "confirmed"
    event = AuditEvent.objects.filter(action="import.confirm").latest("id")
    assert event.actor_name == "office2"
    assert TaskLink.objects.get(document=batch.document_id, row=2).confirmed_by == colleague
    batch.refresh_from_db()
    assert "queued_by" not in batch.corrections
