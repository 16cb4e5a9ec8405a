"""Jobs that survive a crash (issue 13 item 5): a worker killed in the middle of a job.

In process: which RUNNING queue rows are lost (dead process on this machine, lease expired,
no lease), retry then failure with the owner's message, the status poll that finds them.
In subprocesses: a real ``db_worker`` on a SQLite file, SIGKILLed mid-job; the job is found
by a status poll, by the next worker's start-up and by ``manage.py recover_jobs``, retried,
and failed with its message after its last attempt; a large upload is read by the worker,
not the request."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from luoshi.core import jobs
from luoshi.core.actions import jobs as job_actions
from luoshi.core.models import AuditEvent, JobLease

from .deploy_servers import Process, manage, production_env

ROOT = Path(__file__).resolve().parent.parent
READ_IMPORT = "luoshi.supervision.tasks.read_import"


def _dead_pid() -> int:
    """The id of a process that existed and is gone (reaped)."""
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def _running_row(task_path: str, args: list, *, attempts: int = 1, started_ago: float = 1.0):
    from django_tasks_db.models import DBTaskResult, get_date_max

    return DBTaskResult.objects.create(
        status="RUNNING", args_kwargs={"args": args, "kwargs": {}}, task_path=task_path,
        backend_name="default", run_after=get_date_max(), worker_ids=[f"w{i}" for i in range(attempts)],
        started_at=timezone.now() - timedelta(seconds=started_ago))


def _lease(row, *, host: str | None = None, pid: int | None = None, beat_ago: float = 0.0):
    return JobLease.objects.create(task_id=str(row.pk), task_path=row.task_path, worker_id="w",
                                   host=host or jobs.this_host(), pid=os.getpid() if pid is None else pid,
                                   beat_at=timezone.now() - timedelta(seconds=beat_ago))


def _reading_batch():
    from luoshi.supervision.models import ImportBatch

    return ImportBatch.objects.create(name="big.txt", state="reading", upload=b"x" * 100, done=3, total=10)


# --- which jobs are lost ----------------------------------------------------------------------


@pytest.mark.django_db
def test_a_job_is_lost_when_its_worker_is_gone_or_silent_and_not_while_it_beats(settings):
    settings.LUOSHI_JOB_LEASE_SECONDS = 30
    alive = _running_row(READ_IMPORT, [1])
    _lease(alive)                                            # this process, beating now
    dead = _running_row(READ_IMPORT, [2])
    _lease(dead, pid=_dead_pid())                            # killed: found at once, no waiting
    silent = _running_row(READ_IMPORT, [3], started_ago=100)
    _lease(silent, host="another-machine", pid=1, beat_ago=31)  # cannot look at its process: the lease ran out
    beating_elsewhere = _running_row(READ_IMPORT, [4], started_ago=100)
    _lease(beating_elsewhere, host="another-machine", pid=1, beat_ago=5)
    unleased_old = _running_row(READ_IMPORT, [5], started_ago=31)
    unleased_new = _running_row(READ_IMPORT, [6], started_ago=1)  # just claimed, lease not yet written
    lost = {j.id: j.reason for j in jobs.lost_jobs()}
    assert lost == {str(dead.pk): "process gone", str(silent.pk): "lease expired", str(unleased_old.pk): "no lease"}
    assert str(alive.pk) not in lost and str(beating_elsewhere.pk) not in lost and str(unleased_new.pk) not in lost


def test_a_killed_unreaped_process_counts_as_gone():
    p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert jobs.process_alive(p.pid)
        os.kill(p.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while jobs.process_alive(p.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not jobs.process_alive(p.pid)   # a zombie until reaped: not alive
    finally:
        p.kill()
        p.wait()
    assert not jobs.process_alive(p.pid)


# --- retried, then failed with a message the owner sees ---------------------------------------


@pytest.mark.django_db
def test_a_lost_import_is_retried_then_failed_and_the_status_poll_says_so(office_client, settings):
    from django_tasks_db.models import DBTaskResult

    settings.LUOSHI_JOB_MAX_ATTEMPTS = 2
    batch = _reading_batch()
    row = _running_row(READ_IMPORT, [batch.pk], attempts=1)
    _lease(row, pid=_dead_pid())
    status = office_client.get(reverse("import_status", args=[batch.pk])).json()   # the poll finds it
    row.refresh_from_db()
    assert row.status == "READY" and row.started_at is None                # back in the queue
    assert not JobLease.objects.filter(task_id=str(row.pk)).exists()
    assert status["state"] == "reading" and (status["done"], status["total"]) == (0, 0)
    assert "工作进程已停止" in status["note"] and "第 2 次" in status["note"]
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "第 2 次" in page and "0 / 0" not in page
    event = AuditEvent.objects.filter(action="job.lost").latest("id")
    assert event.detail["outcome"] == "retried" and event.detail["job"] == str(row.pk)

    # the second worker dies too: that was the last attempt
    DBTaskResult.objects.filter(pk=row.pk).update(status="RUNNING", worker_ids=["w1", "w2"],
                                                  started_at=timezone.now())
    _lease(row, pid=_dead_pid())
    status = office_client.get(reverse("import_status", args=[batch.pk])).json()
    row.refresh_from_db()
    assert row.status == "FAILED" and row.finished_at and row.exception_class_path.endswith("WorkerLost")
    assert status["state"] == "failed"
    assert "工作进程已停止" in status["error"] and "共尝试 2 次" in status["error"]
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "识别失败" in page and "共尝试 2 次" in page
    batch.refresh_from_db()
    assert batch.upload is None
    assert AuditEvent.objects.filter(action="job.lost").latest("id").detail["outcome"] == "failed"
    assert job_actions.recover() == []                                     # nothing left to do


@pytest.mark.django_db
def test_an_inline_reading_cut_off_is_failed_when_its_page_is_opened(office_client, settings):
    """Without a worker the reading runs in the upload's request: no job row to find, so a batch
    reading long after any request could still be at it is failed; a recent one is left alone."""
    from luoshi.supervision.models import ImportBatch

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    recent, old = _reading_batch(), _reading_batch()
    ImportBatch.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=1))
    assert office_client.get(reverse("import_status", args=[recent.pk])).json()["state"] == "reading"
    status = office_client.get(reverse("import_status", args=[old.pk])).json()
    assert status["state"] == "failed" and "读取中断" in status["error"]
    assert "读取中断" in office_client.get(reverse("import_preview", args=[old.pk])).content.decode()
    assert AuditEvent.objects.filter(action="import.fail").latest("id").detail["batch"] == old.pk
    # with a worker, the job rows and their leases decide (above), never the age alone
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    third = _reading_batch()
    ImportBatch.objects.filter(pk=third.pk).update(created_at=timezone.now() - timedelta(hours=1))
    assert office_client.get(reverse("import_status", args=[third.pk])).json()["state"] == "reading"


@pytest.mark.django_db
def test_a_lost_export_is_requeued_then_failed(office_client, settings):
    from django.contrib.auth.models import User

    from luoshi.supervision.models import ExportJob

    settings.LUOSHI_JOB_MAX_ATTEMPTS = 2
    user = User.objects.get(username="office")
    job = ExportJob.objects.create(kind="tasks_xlsx", state="running", done=40, total=100, created_by=user)
    row = _running_row("luoshi.supervision.tasks.run_export", [job.pk], attempts=1)
    _lease(row, pid=_dead_pid())
    status = office_client.get(reverse("export_job_status", args=[job.pk])).json()
    assert status["state"] == "queued" and status["done"] == 0
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(pk=row.pk).update(status="RUNNING", worker_ids=["w1", "w2"])
    _lease(row, pid=_dead_pid())
    page = office_client.get(reverse("export_job", args=[job.pk])).content.decode()
    job.refresh_from_db()
    assert job.state == "failed" and "共尝试 2 次" in job.error and "共尝试 2 次" in page


@pytest.mark.django_db
def test_a_large_hostile_upload_is_a_form_error_at_once_and_stores_nothing(office_client, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from bench import hostile
    from luoshi.core.models import SourceDocument
    from luoshi.supervision.models import ImportBatch

    settings.LUOSHI_IMPORT_BACKGROUND_BYTES = 10     # every upload goes to the worker
    far = next(c for c in hostile.corpus(quick=True) if c.name == "far-cell.xlsx").build()
    before = (SourceDocument.objects.count(), ImportBatch.objects.count(), AuditEvent.objects.count())
    r = office_client.post(reverse("import_start"), {"file": SimpleUploadedFile("far-cell.xlsx", far)})
    assert r.status_code == 400 and "表格" in r.content.decode()
    assert (SourceDocument.objects.count(), ImportBatch.objects.count(), AuditEvent.objects.count()) == before


@pytest.mark.django_db
def test_recovery_happens_once_and_a_finished_job_is_left_alone(settings):
    from django_tasks_db.models import DBTaskResult

    batch = _reading_batch()
    row = _running_row(READ_IMPORT, [batch.pk])
    _lease(row, pid=_dead_pid())
    lost = jobs.lost_jobs()
    assert [j.id for j in lost] == [str(row.pk)]
    DBTaskResult.objects.filter(pk=row.pk).update(status="SUCCESSFUL")   # finished meanwhile
    assert job_actions.do_recover_job(lost[0], acting_user=None) == ""
    batch.refresh_from_db()
    assert batch.done == 3 and batch.note == ""


# --- a real worker, SIGKILLed mid-job ----------------------------------------------------------


class Site:
    """A deployment on a SQLite file with the database queue (LUOSHI_TASKS=database)."""

    def __init__(self, home: Path, **extra: str):
        self.home = home
        self.env = production_env(home, LUOSHI_TASKS="database", LUOSHI_JOB_LEASE_SECONDS="2",
                                   LUOSHI_JOB_MAX_ATTEMPTS="2", PYTHONPATH=str(ROOT), **extra)
        manage(self.env, "migrate", "--noinput", timeout=900)
        manage(self.env, "create_demo_accounts")
        self.workers: list[Process] = []

    def sql(self, query: str, *args):
        db = sqlite3.connect(self.home / "var" / "luoshi.sqlite3", timeout=30)
        try:
            return db.execute(query, args).fetchall()
        finally:
            db.close()

    def python(self, code: str) -> str:
        return manage(self.env, "shell", "-c", code).strip()

    def worker(self) -> Process:
        w = Process(f"worker{len(self.workers)}", [sys.executable, "-m", "django", "db_worker", "--no-reload",
                                                    "--no-startup-delay", "--interval", "0.2", "-v", "2"],
                    self.env, self.home)
        self.workers.append(w)
        return w

    def job(self, batch_id: int) -> tuple[str, int]:
        rows = self.sql("SELECT status, worker_ids FROM django_tasks_database_dbtaskresult"
                        " WHERE json_extract(args_kwargs, '$.args[0]') = ?", batch_id)
        assert len(rows) == 1, rows
        return rows[0][0], len(json.loads(rows[0][1]))

    def wait_for(self, what, timeout: float = 60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = what()
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError("timed out; workers said:\n" + "\n".join(w.output()[-2000:] for w in self.workers))

    def kill(self, w: Process) -> None:
        os.kill(w.process.pid, signal.SIGKILL)
        w.process.wait(timeout=20)
        w.stop()

    def batch(self, batch_id: int) -> dict:
        state, note, error, done, total, doc = self.sql(
            "SELECT state, note, error, done, total, document_id FROM supervision_importbatch WHERE id = ?", batch_id)[0]
        return {"state": state, "note": note, "error": error, "done": done, "total": total, "document": doc}

    def status_poll(self, batch_id: int) -> dict:
        """What the batch page's poll gets (the office's session through Django's test client)."""
        out = self.python(
            "import json; from django.test import Client; from django.test.utils import setup_test_environment;"
            "setup_test_environment(); c = Client(); assert c.login(username='office', password='luoshi-demo');"
            "from django.urls import reverse;"
            f"r = c.get(reverse('import_status', args=[{batch_id}])); print(json.dumps(r.json(), ensure_ascii=False))")
        return json.loads(out.splitlines()[-1])


PROGRESS = ("2020年工作任务进展情况表\n序号 | 工作任务 | 进展情况 | 责任单位\n"
            "1 | 新建停车泊位300个 | 已完成。 | 区财政局\n")


def _start(site: Site, slow_attempts: int) -> int:
    """A batch stored by the upload action in background mode, its job the killable one."""
    out = site.python("from tests.job_tasks import start_slow_import;"
                      f"print(start_slow_import({PROGRESS.encode()!r}, 'p.txt', {slow_attempts}))")
    return int(out.splitlines()[-1])


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    s = Site(tmp_path_factory.mktemp("jobs"), LUOSHI_IMPORT_BACKGROUND_BYTES="10")
    yield s
    for w in s.workers:
        w.stop()


@pytest.fixture(autouse=True)
def _no_worker_outlives_its_test(request):
    """A test that fails half-way leaves its workers running; stopped here so that they cannot
    take the next test's job (one failure would otherwise fail every test after it)."""
    yield
    if "site" in request.fixturenames:
        for w in request.getfixturevalue("site").workers:
            w.stop()


def test_a_worker_killed_mid_job_is_found_by_the_poll_and_the_next_worker_finishes_it(site):
    batch_id = _start(site, slow_attempts=1)
    assert site.batch(batch_id)["document"] is None     # stored unread: the worker reads it
    w = site.worker()
    site.wait_for(lambda: site.job(batch_id) == ("RUNNING", 1))
    site.wait_for(lambda: site.sql("SELECT pid FROM core_joblease") == [(w.process.pid,)])
    site.kill(w)
    assert site.job(batch_id) == ("RUNNING", 1)          # what django-tasks alone leaves for ever
    status = site.status_poll(batch_id)                 # the office's page asks: found at once
    assert status["state"] == "reading" and "第 2 次" in status["note"]
    assert site.job(batch_id) == ("READY", 1)
    site.worker()
    site.wait_for(lambda: site.batch(batch_id)["state"] == "preview")
    # the batch is ready a moment before the queue marks its job finished
    site.wait_for(lambda: site.job(batch_id) == ("SUCCESSFUL", 2))
    b = site.batch(batch_id)
    assert b["document"] and b["note"] == "" and b["done"] == b["total"] > 0
    site.workers[-1].stop()


def test_a_running_worker_finds_another_workers_lost_job_without_anyone_asking(site):
    batch_id = _start(site, slow_attempts=1)
    first = site.worker()
    site.wait_for(lambda: site.job(batch_id) == ("RUNNING", 1))
    site.wait_for(lambda: site.sql("SELECT pid FROM core_joblease") == [(first.process.pid,)])
    second = site.worker()          # idle: nothing is lost when it starts
    site.wait_for(lambda: "Starting worker" in second.output() or "worker_id" in second.output(), timeout=60)
    time.sleep(1)
    site.kill(first)
    # its monitor looks every half lease (1 s here), puts the job back, and its loop runs it
    site.wait_for(lambda: site.batch(batch_id)["state"] == "preview")
    site.wait_for(lambda: site.job(batch_id) == ("SUCCESSFUL", 2))
    second.stop()


def test_the_last_attempt_fails_with_a_message_and_a_new_worker_recovers_at_start_up(site):
    batch_id = _start(site, slow_attempts=9)
    for attempt in (1, 2):
        w = site.worker()
        site.wait_for(lambda a=attempt: site.job(batch_id) == ("RUNNING", a))
        site.wait_for(lambda w=w: site.sql("SELECT pid FROM core_joblease") == [(w.process.pid,)])
        site.kill(w)
        # after the first kill nobody polls: the next worker finds the job at start-up
    # the second worker was killed too: recover_jobs fails the job after its last attempt
    out = manage(site.env, "recover_jobs")
    assert "failed" in out and "process gone" in out
    assert site.job(batch_id) == ("FAILED", 2)
    b = site.batch(batch_id)
    assert b["state"] == "failed" and "工作进程已停止" in b["error"] and "共尝试 2 次" in b["error"]
    status = site.status_poll(batch_id)
    assert status["state"] == "failed" and "共尝试 2 次" in status["error"]
    assert site.sql("SELECT count(*) FROM core_joblease") == [(0,)]


def test_a_silent_worker_elsewhere_is_found_when_its_lease_runs_out(site):
    batch_id = _start(site, slow_attempts=1)
    w = site.worker()
    site.wait_for(lambda: site.job(batch_id) == ("RUNNING", 1))
    site.wait_for(lambda: site.sql("SELECT pid FROM core_joblease") == [(w.process.pid,)])
    # a worker on another machine: its process cannot be looked at, only its lease
    os.kill(w.process.pid, signal.SIGSTOP)
    try:
        db = sqlite3.connect(site.home / "var" / "luoshi.sqlite3")
        db.execute("UPDATE core_joblease SET host = 'another-machine'")
        db.commit()
        db.close()
        time.sleep(2.5)                                         # its lease (2 s) runs out
        out = manage(site.env, "recover_jobs")
        assert "lease expired: retried" in out
    finally:
        os.kill(w.process.pid, signal.SIGKILL)
        w.process.wait(timeout=20)
        w.stop()
    assert site.job(batch_id) == ("READY", 1)
    site.worker()
    site.wait_for(lambda: site.batch(batch_id)["state"] == "preview")
    site.workers[-1].stop()


def test_a_large_upload_is_stored_by_the_request_and_read_by_the_worker(site):
    """The request stores the file and enqueues; the reader runs only in the worker."""
    out = site.python(
        "from unittest import mock; from django.contrib.auth.models import User;"
        "from luoshi.supervision.actions import imports; import luoshi.core.actions.documents as d;"
        "calls = [];"
        "real = d.read_document;"
        "spy = lambda *a, **k: calls.append(1) or real(*a, **k);"
        "p = mock.patch.object(d, 'read_document', spy); p.start();"
        f"b = imports.do_start_import({(PROGRESS + '2 | 建设城市书房3处 | 已建成。 | 区文广旅体局' + chr(10)).encode()!r},"
        " 'q.txt', acting_user=User.objects.get(username='office'));"
        "print(b.pk, len(calls), b.state, b.document_id, len(bytes(b.upload)))")
    batch_id, calls, state, document, size = out.splitlines()[-1].split()
    assert (calls, state, document) == ("0", "reading", "None") and int(size) > 0
    batch_id = int(batch_id)
    site.worker()
    site.wait_for(lambda: site.batch(batch_id)["state"] == "preview")
    b = site.batch(batch_id)
    assert b["document"] and b["done"] == b["total"] > 0
    assert site.sql("SELECT upload FROM supervision_importbatch WHERE id = ?", batch_id) == [(None,)]
    site.workers[-1].stop()


@pytest.mark.django_db
def test_a_hook_that_fails_leaves_the_job_for_the_next_look(monkeypatch):
    """One job's broken hook rolls back that job's recovery only (it stays RUNNING, found again)."""
    from django_tasks_db.models import DBTaskResult

    assert jobs.hook_for(READ_IMPORT) is not None   # registered: the patch below is undone to it
    batch = _reading_batch()
    row = _running_row(READ_IMPORT, [batch.pk])
    _lease(row, pid=_dead_pid())

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the hook")

    monkeypatch.setitem(jobs._HOOKS, READ_IMPORT, broken)
    assert job_actions.recover() == []
    row.refresh_from_db()
    assert row.status == "RUNNING" and JobLease.objects.filter(task_id=str(row.pk)).exists()
    assert not AuditEvent.objects.filter(action="job.lost", detail__job=str(row.pk)).exists()
    monkeypatch.undo()
    assert [outcome for _job, outcome in job_actions.recover()] == ["retried"]
    assert DBTaskResult.objects.get(pk=row.pk).status == "READY"
    batch.refresh_from_db()
    assert "第 2 次" in batch.note                    # the real hook ran this time
