"""Audit log export bench (审计日志导出): the request and the worker's peak memory and time for a
log of many events, beside the former export written whole inside the request.

    .venv/bin/python bench/audit_export.py                    # SQLite in a temporary LUOSHI_HOME, 200k events
    .venv/bin/python bench/audit_export.py --events 20000     # a quick run
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/luoshi_audit_bench .venv/bin/python bench/audit_export.py
                                                              # an empty PostgreSQL database of your own

The events are written with ``bulk_create`` (their hashes are random: the chain is not what
is measured), with details of the sizes real events carry.  It prints, for

- the former export (the whole log read as model instances and written by openpyxl's normal
  mode inside the request, the code before the export became a job, kept here as the baseline),
- the request now (it records a background job and answers with the job's page),
- the worker writing that job (values_list in chunks, openpyxl's write-only mode) and storing
  its file in pieces of 1 MB (ExportChunk),
- the owner's download of the file (read as a browser does, a piece at a time),

the wall time, the peak of Python memory allocated (tracemalloc, which slows every run alike)
and the ratio to the former export, then checks that the job's file holds every event.
Everything runs with DEBUG off, as deployed: with DEBUG on, Django keeps each query's SQL with
its parameters, and the file's pieces would be held several times over as text.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(home: str | None) -> None:
    if home:
        os.environ["LUOSHI_HOME"] = home
    sys.path.insert(0, str(ROOT / "bench"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "scale_settings"   # a cheap password hasher
    os.environ.setdefault("LUOSHI_DEBUG", "1")
    import django

    django.setup()


def generate(n: int, seed: int = 16) -> None:
    """``n`` events of the kinds the application writes, with details of their usual sizes."""
    from django.utils import timezone

    from luoshi.core.models import AuditEvent

    rng = random.Random(seed)
    texts = ["已完成项目立项，正在开展施工招标，预计年底前完工。", "按序时推进，累计完成投资 3.2 亿元，占年度计划的 64%。",
             "受疫情影响进度滞后，已制定追赶计划并报分管领导。"]
    actions = [("submission.submit", "submission", lambda i: {"task": i % 5000, "version": 1 + i % 3,
                                                              "narrative": rng.choice(texts) * (1 + i % 3)}),
               ("submission.accept", "submission", lambda i: {"task": i % 5000, "comment": ""}),
               ("assessment.override", "assessment", lambda i: {"status": "behind", "reason": rng.choice(texts)}),
               ("export.download", "", lambda i: {"method": "GET", "ip": "10.0.0.1",
                                                  "disposition": "attachment; filename*=UTF-8''%E4%BB%BB.xlsx"}),
               ("auth.login", "user", lambda i: {"ip": "10.0.0.2"})]
    now = timezone.now()
    batch = []
    for i in range(n):
        action, object_type, detail = rng.choice(actions)
        batch.append(AuditEvent(at=now, actor_name=f"scale-reporter{i % 50:02d}", action=action,
                                object_type=object_type, object_id=str(i), detail=detail(i),
                                previous_hash=f"{rng.getrandbits(256):064x}", hash=f"{rng.getrandbits(256):064x}"))
        if len(batch) == 5000:
            AuditEvent.objects.bulk_create(batch)
            batch = []
    AuditEvent.objects.bulk_create(batch)


def former_export() -> bytes:
    """The export as it was written inside the request before it became a job (the baseline)."""
    from luoshi.core.models import AuditEvent
    from luoshi.supervision.services import exports

    rows = [[e.pk, exports._local(e.at), e.actor_name, e.action, e.object_type, e.object_id,
             json.dumps(e.detail, ensure_ascii=False, default=str), e.hash]
            for e in AuditEvent.objects.order_by("id").iterator()]
    return exports.xlsx_response("审计日志.xlsx", exports.AUDIT_HEADERS, rows).content


def measure(fn):
    """(result, seconds, peak MB) of one call under tracemalloc."""
    tracemalloc.start()
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return result, seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--no-former", action="store_true", help="skip the former export (minutes at 200k)")
    args = parser.parse_args()
    home = None if os.environ.get("DATABASE_URL") else tempfile.mkdtemp(prefix="luoshi-audit-bench-")
    setup_django(home)

    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings
    from openpyxl import load_workbook

    from luoshi.core.models import AuditEvent, Profile, Role
    from luoshi.supervision.models import ExportJob
    from luoshi.supervision.tasks import run_export

    settings.DEBUG = False   # as deployed (the demo's LUOSHI_DEBUG only spared the secret key)
    call_command("migrate", verbosity=0)
    if AuditEvent.objects.exists():
        sys.exit("错误 (error): 审计日志非空，请使用空数据库 (the audit log is not empty: use an empty database)")
    t0 = time.perf_counter()
    generate(args.events)
    print(f"{connection.vendor}: {AuditEvent.objects.count():,} events written in {time.perf_counter() - t0:.0f} s")
    user = get_user_model().objects.create_user("bench-office", password="bench-password")
    Profile.objects.create(user=user, role=Role.OFFICE)
    client = Client()
    client.login(username="bench-office", password="bench-password")

    client.get("/exports/jobs/0/")   # a 404 that loads the URLs and views: not counted in the request below
    print(f"{'':<40}{'seconds':>9}{'peak MB':>9}{'× former':>10}")
    former = None
    if not args.no_former:
        data, seconds, peak = measure(former_export)
        former = peak
        print(f"{'former: whole log in the request':<40}{seconds:>9.1f}{peak:>9.0f}{1:>10.2f}   ({len(data) / 2**20:.1f} MB file)")

    def ratio(peak):
        return f"{peak / former:>10.3f}" if former else f"{'—':>10}"

    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        with CaptureQueriesContext(connection) as queries:   # (counts the queries even without DEBUG)
            response, seconds, peak = measure(lambda: client.get("/exports/audit.xlsx"))
    assert response.status_code == 302, response.status_code
    job = ExportJob.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))
    print(f"{'request now (records the job)':<40}{seconds:>9.2f}{peak:>9.1f}{ratio(peak)}   "
          f"({len(queries)} queries)")
    _result, seconds, peak = measure(lambda: run_export.call(job.pk))
    job.refresh_from_db()
    assert job.state == "done", job.error
    print(f"{'worker: the job written streaming':<40}{seconds:>9.1f}{peak:>9.1f}{ratio(peak)}   "
          f"({job.size / 2**20:.1f} MB file)")

    def download():
        response = client.get(f"/exports/jobs/{job.pk}/download/")
        assert response.status_code == 200, response.status_code
        for piece in response.streaming_content if response.streaming else [response.content]:
            copy.write(piece)

    with tempfile.TemporaryFile() as copy:
        _result, seconds, peak = measure(download)
        print(f"{'download by its owner (streamed)':<40}{seconds:>9.2f}{peak:>9.1f}{ratio(peak)}   "
              f"({copy.tell() / 2**20:.1f} MB sent)")
        copy.seek(0)
        rows = sum(1 for _ in load_workbook(copy, read_only=True).active.iter_rows()) - 1
    print(f"job file: {rows:,} rows for {job.params['upto'] - AuditEvent.objects.order_by('id').first().pk + 1:,} "
          f"events up to #{job.params['upto']}; progress {job.done:,}/{job.total:,}")


if __name__ == "__main__":
    main()
