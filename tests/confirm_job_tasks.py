"""A confirm job for tests/test_import_confirm_crash.py that a worker can be killed in the middle
of: on its first ``slow_attempts`` runs it stops inside the confirm's transaction, after the
links, submissions and assessments are written (it leaves a marker file, then waits long enough
to be killed); later runs save as the real ``confirm_import`` does, and its batch is told of a
crash by the real job's hook."""

from __future__ import annotations

import os
import time
from pathlib import Path

from django_tasks import task

from luoshi.core.jobs import when_lost
from luoshi.supervision.actions.import_confirm import run_confirm
from luoshi.supervision.tasks import _confirm_import_lost

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"


def marker() -> Path:
    return Path(os.environ["LUOSHI_HOME"]) / "inside-the-confirm"


@task(takes_context=True)
def slow_confirm_import(context, batch_id: int, slow_attempts: int) -> str:
    if context.attempt <= slow_attempts:
        from luoshi.supervision.actions import plans as plan_actions

        real = plan_actions.assess_submissions

        def slow(*args, **kwargs):
            made = real(*args, **kwargs)
            marker().write_text(str(os.getpid()))
            time.sleep(120)
            return made

        plan_actions.assess_submissions = slow
    return run_confirm(batch_id)


@when_lost(slow_confirm_import)
def _lost(batch_id: int, slow_attempts: int, **lost) -> None:
    _confirm_import_lost(batch_id, **lost)


def prepare(rows: int) -> str:
    """A plan from the sample decomposition table, and a progress table of its first ``rows``
    tasks previewed against it: '<batch id> <document id>'."""
    from django.contrib.auth.models import User

    from luoshi.supervision.actions import imports

    office = User.objects.get(username="office")
    data = (SAMPLES / "shangcheng-2019-decomposition.txt").read_bytes()
    batch = imports.do_start_import(data, "分解表.txt", year=2019, title="分解表", acting_user=office)
    batch = imports.do_confirm_import(
        batch, {"frequency": "half_yearly", "confirm_new_units": True}, acting_user=office
    )
    plan = batch.plan
    lines = data.decode().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("序号 |"))
    table = ["进展情况表", "序号 | 工作任务 | 进展情况 | 责任单位"]
    for line in lines[start + 1 : start + 1 + rows]:
        cells = line.split(" | ")
        table.append(f"{cells[0]} | {cells[1]} | 已全部完成。 | {cells[3]}")
    progress = imports.do_start_import(
        ("\n".join(table) + "\n").encode(),
        "进展.txt",
        plan=plan,
        period=plan.periods.order_by("end").first(),
        acting_user=office,
    )
    assert progress.state == "preview", progress.state
    return f"{progress.pk} {progress.document_id}"


def queue(batch_id: int, slow_attempts: int) -> str:
    """The confirm page's request, enqueueing this job instead of ``confirm_import``."""
    from django.contrib.auth.models import User

    from luoshi.supervision.actions import imports
    from luoshi.supervision.models import ImportBatch

    class Twin:
        @staticmethod
        def enqueue(batch_id):
            return slow_confirm_import.enqueue(batch_id, slow_attempts)

    real, imports.confirm_import = imports.confirm_import, Twin
    try:
        batch = imports.do_queue_confirm_import(
            ImportBatch.objects.get(pk=batch_id),
            {"confirm_new_units": True},
            acting_user=User.objects.get(username="office"),
        )
    finally:
        imports.confirm_import = real
    return batch.state
