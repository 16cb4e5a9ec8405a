"""Import confirm at scale (导入确认): a decomposition table and a progress table of ``--rows``
rows (5,600 by default), built from the samples' own rows and narratives, imported through
the real actions (upload → preview → confirm), each confirm timed with its SQL queries.

    .venv/bin/python bench/imports.py                   # SQLite in a temporary LUOSHI_HOME
    .venv/bin/python bench/imports.py --rows 500        # a quick run
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/luoshi_imports .venv/bin/python bench/imports.py

A confirm of more rows than ``LUOSHI_IMPORT_CONFIRM_BACKGROUND_ROWS`` is made as the page makes
it: queued by its request, then saved by the ``confirm_import`` job, run in this process as the
worker runs it (the time and queries are the job's; the request's own time is printed beside).
Per confirm it prints seconds, queries and queries per row, and beside them a baseline
measured in the same process: the engine's own work on the same rows with no database
(reading the file; for progress also judging every row), so the ratio says what the
database writes cost on top of the reading they cannot avoid, however loaded the machine.
``--sizes`` confirms smaller files first and prints how the query count grows with rows
(it should not: a constant number of queries per confirm, whatever its size).

The plan's tasks are the sample decomposition table's rows, repeated with a 片区 number so
each row names a distinct task; the progress rows open with the task's 序号, as such
tables do, and carry the 上城 H1 sample's narratives in turn (the 拱墅 page is scored and left out).

``--shapes`` (default: all) writes the same progress rows as each page shape real bulletins print: ``pipe``, a
table with a header row, the baseline; and the numbered pages with no header row (numbered.py: ``line``
1、task：progress, ``next``, ``labelled`` 进展情况：/责任单位： lines, ``inline`` 1、task，牵头部门：unit。progress,
``spaced``), up to 999 rows, each uploaded and confirmed against the same plan; it prints the rows each shape's
preview read and the submissions it made beside the tabled page's.
First run of the numbered shapes (2 December 2026, the engine and web app at 1ea9a13, ``--rows 200 --sizes 50``,
SQLite): every numbered page read as a plan and previewed as an update of the plan's tasks (mode plan_update) — 0
rows imported in every shape, against the tabled page's 50 and 200 submissions.  With the reader's numbered pages
(numbered.page_table): 50 rows: line 50, next 50, labelled 50, inline 49, spaced 50 submissions; 200 rows: line 198,
next 200, labelled 200, inline 193, spaced 200 (the pipe table's own 155 sure links; line 153, inline 151).  The
losses are the shapes' own: a task holding a colon is cut there on one line (line), a task holding a comma is cut
at it before 牵头部门 (inline), and the cut task links worse.  Queries per confirm as the tabled page's (54 and 62).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLES = ROOT / "luoshi" / "samples"


def setup_django(home: str | None) -> None:
    if home:
        os.environ["LUOSHI_HOME"] = home
    os.environ["DJANGO_SETTINGS_MODULE"] = "luoshi.web.settings"
    os.environ.setdefault("LUOSHI_DEBUG", "1")
    os.environ["LUOSHI_TASKS"] = "database"   # a confirm is queued; this process runs the job (timed_confirm)
    import django

    django.setup()


def decomposition_rows() -> tuple[list[str], list[str]]:
    """(header lines, data rows) of the sample decomposition table's first annex."""
    lines = (SAMPLES / "shangcheng-2019-decomposition.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("序号 |"))
    rows = []
    for line in lines[start + 1:]:
        if not line[:1].isdigit():
            break
        rows.append(line)
    return lines[:start + 1], rows


def plan_file(n: int) -> bytes:
    head, rows = decomposition_rows()
    out = list(head)
    for i in range(n):
        cells = rows[i % len(rows)].split(" | ")
        cells[0] = str(i + 1)
        cells[1] = f"{cells[1]}（第{i // len(rows) + 1}片区）"
        out.append(" | ".join(cells))
    return ("\n".join(out) + "\n").encode()


def narratives() -> list[str]:
    from luoshi.engine import reader
    from luoshi.engine.pipeline import progress_table

    report = SAMPLES / "shangcheng-2020-work-report.txt"
    out = []
    # the 上城 H1 page's texts only: the 拱墅 page is a scored document, not read by a bench of speed
    for name in ("shangcheng-2020-h1-progress.txt",):
        doc = reader.read(SAMPLES / name, reference=reader.reference_sentences(report))
        out += [r.get("progress").replace("|", "｜") for r in progress_table(doc).rows if r.get("progress")]
    return out


SHAPES = ("pipe", "line", "next", "labelled", "inline", "spaced")
NUMBERED_MAX = 999      # numbered.py reads row numbers of up to three digits: no real numbered page runs longer


def progress_file(n: int, plan_bytes: bytes, texts: list[str], shape: str = "pipe") -> bytes:
    """The progress page of ``n`` rows in ``shape``: ``pipe``, a table with a header row; the numbered pages with
    no header row real bulletins print (numbered.py): ``line`` 1、task：progress; ``next`` the progress on the next
    line; ``labelled`` 进展情况：/责任单位： lines; ``inline`` 1、task，牵头部门：unit。progress; ``spaced`` cells
    two spaces apart under a header line."""
    rows = plan_bytes.decode().splitlines()
    data = rows[next(i for i, r in enumerate(rows) if r.startswith("序号 |")) + 1:]
    lines = {"pipe": ["进展情况表", "序号 | 工作任务 | 进展情况 | 责任单位"],
             "spaced": ["进展情况表", "序号  工作任务  进展情况  责任单位"]}.get(shape, ["重点工作推进情况通报"])
    for i in range(n):
        cells = data[i].split(" | ")
        seq, task, text, unit = cells[0], cells[1], texts[i % len(texts)], cells[3]
        lines += {"pipe": [f"{seq} | {task} | {text} | {unit}"],
                  "line": [f"{seq}、{task}：{text}"],
                  "next": [f"{seq}、{task}", text],
                  "labelled": [f"{seq}、{task}", f"进展情况：{text}", f"责任单位：{unit}"],
                  "inline": [f"{seq}、{task}，牵头部门：{unit}。{text}"],
                  "spaced": [f"{seq}  {task}  {' '.join(text.split())}  {unit}"]}[shape]
    return ("\n".join(lines) + "\n").encode()


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, execute, sql, params, many, context):
        self.n += 1
        return execute(sql, params, many, context)


def timed_confirm(batch, corrections, user) -> tuple[float, int, object, float]:
    """(seconds, queries, the confirmed batch, seconds of the request) of a confirm as the web
    page makes it: a large one queued by its request (``do_queue_confirm_import``, the database
    queue) and saved by the ``confirm_import`` job, run here as the worker runs it; a small one
    in its request."""
    from django.db import connection

    from luoshi.supervision.actions import imports as import_actions
    from luoshi.supervision.models import ImportBatch
    from luoshi.supervision.tasks import confirm_import

    counter = Counter()
    if not import_actions.confirm_in_background(batch):
        t0 = time.perf_counter()
        with connection.execute_wrapper(counter):
            done = import_actions.do_confirm_import(batch, corrections, acting_user=user)
        secs = time.perf_counter() - t0
        return secs, counter.n, done, secs
    t0 = time.perf_counter()
    queued = import_actions.do_queue_confirm_import(batch, corrections, acting_user=user)
    request = time.perf_counter() - t0
    assert queued.state == "confirming", queued.state
    t0 = time.perf_counter()
    with connection.execute_wrapper(counter):
        outcome = confirm_import.call(batch.pk)
    secs = time.perf_counter() - t0
    done = ImportBatch.objects.get(pk=batch.pk)
    if outcome != "confirmed":
        raise SystemExit(f"confirm {outcome}: {done.error}")
    return secs, counter.n, done, request


def engine_baseline(data: bytes, name: str, progress_of=None) -> float:
    """Seconds of the engine's work on the file with no database: reading it (tasks, or
    progress rows judged against the plan's engine tasks)."""
    from luoshi.engine import api

    t0 = time.perf_counter()
    doc = api.read_document(data, name)
    if progress_of is None:
        api.extract_tasks(doc, name)
    else:
        tasks, end, links = progress_of
        rows = api.parse_progress_table(api.progress_table(doc))
        by_id = {t.id: t for t in tasks}
        for r in rows:
            code = links.get(r.row)
            if code in by_id:
                api.assess_row(r, by_id[code], end, task_id=code)
    return time.perf_counter() - t0


def run(n: int, office, texts: list[str], out=print, shapes=("pipe",)) -> dict:
    from luoshi.supervision.actions import imports as import_actions
    from luoshi.supervision.models import Plan, Submission
    from luoshi.supervision.services import plans

    year = 2030 + n % 70
    pdata = plan_file(n)
    t0 = time.perf_counter()
    batch = import_actions.do_start_import(pdata, f"分解表{n}.txt", year=year, title=f"导入测试计划{n}",
                                           acting_user=office)
    plan_preview = time.perf_counter() - t0
    secs, queries, batch, request = timed_confirm(batch, {"frequency": "half_yearly", "confirm_new_units": True},
                                                  office)
    plan = Plan.objects.get(pk=batch.corrections["result"]["plan"])
    tasks = plan.tasks.count()
    base = engine_baseline(pdata, f"分解表{n}.txt")
    where = f"in the worker (request {request * 1000:.0f} ms)" if request < secs else "in the request"
    out(f"plan      {n:6} rows → {tasks} tasks: preview {plan_preview:6.1f} s; confirm {secs:6.2f} s {where}, "
        f"{queries} queries ({queries / n:.2f}/row); engine alone {base:5.2f} s (confirm ÷ engine {secs / base:.1f}×)")
    result = {"rows": n, "plan_s": secs, "plan_q": queries, "plan_base": base}

    period = plan.periods.order_by("end").first()
    engine_tasks = [plans.to_engine_task(t) for t in plan.tasks.prefetch_related("lead", "cooperating", "part")]
    for shape in shapes:
        if shape != "pipe" and n > NUMBERED_MAX:
            continue
        gdata = progress_file(n, pdata, texts, shape)
        name = f"进展{n}-{shape}.txt"
        t0 = time.perf_counter()
        batch = import_actions.do_start_import(gdata, name, plan=plan, period=period, acting_user=office)
        preview = time.perf_counter() - t0
        kind = batch.document.kind
        if batch.preview.get("mode") != "progress":
            # the page taken for something else (before numbered pages were read: a plan of its lines)
            out(f"progress  {n:6} rows, {shape:8}: read as {kind}, preview {batch.preview.get('mode')} — 0 rows imported")
            result.setdefault("shapes", {})[shape] = 0
            continue
        rows = batch.preview["rows"]
        sure = sum(r["confidence"] == "sure" for r in rows)
        secs, queries, batch, request = timed_confirm(batch, {"confirm_new_units": True}, office)
        made = Submission.objects.filter(source_document=batch.document).count()
        links = {r["row"]: r["link"] for r in rows}
        base = engine_baseline(gdata, name, (engine_tasks, period.end, links))
        where = f"in the worker (request {request * 1000:.0f} ms)" if request < secs else "in the request"
        out(f"progress  {n:6} rows, {shape:8}: {len(rows)} read ({sure} sure links) → {made} submissions: "
            f"preview {preview:6.1f} s; confirm {secs:6.2f} s {where}, {queries} queries ({queries / n:.2f}/row); "
            f"engine alone {base:5.2f} s (confirm ÷ engine {secs / base:.1f}×)")
        result.setdefault("shapes", {})[shape] = made
        if shape == "pipe":
            result.update(progress_s=secs, progress_q=queries, progress_base=base, submissions=made,
                          progress_preview_s=preview)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5600)
    parser.add_argument("--sizes", default="50,500", help="smaller files confirmed first (comma-separated)")
    parser.add_argument("--shapes", default=",".join(SHAPES),
                        help="progress page shapes (comma-separated): pipe, the tabled page, is the baseline; the "
                             f"numbered pages with no header row only up to {NUMBERED_MAX} rows")
    args = parser.parse_args()
    home = None if os.environ.get("DATABASE_URL") else tempfile.mkdtemp(prefix="luoshi-imports-")
    setup_django(home)
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection

    settings.LUOSHI_IMPORT_BACKGROUND_BYTES = 1 << 40   # read in this process, not a job
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    call_command("migrate", verbosity=0)
    call_command("create_demo_accounts", verbosity=0, stdout=open(os.devnull, "w"))
    office = get_user_model().objects.get(username="office")
    texts = narratives()
    results = []
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    if "pipe" not in shapes or any(s not in SHAPES for s in shapes):
        parser.error(f"--shapes: some of {', '.join(SHAPES)}, pipe among them")
    for n in [int(s) for s in args.sizes.split(",") if s.strip()] + [args.rows]:
        results.append(run(n, office, texts, shapes=shapes))
    for r in results:
        if len(r.get("shapes", {})) > 1:
            pipe = r["shapes"]["pipe"]
            print(f"numbered pages, {r['rows']} rows: submissions per shape "
                  + ", ".join(f"{s} {m}" for s, m in r["shapes"].items() if s != "pipe")
                  + f" against the tabled page's {pipe} (baseline)")
    if len(results) > 1:
        a, b = results[0], results[-1]
        print(f"queries, {a['rows']} rows → {b['rows']} rows: plan {a['plan_q']} → {b['plan_q']}, "
              f"progress {a['progress_q']} → {b['progress_q']}")
    last = results[-1]
    print(f"aim: progress confirm of {last['rows']} rows ≤ 10 s in the worker: "
          f"{'met' if last['progress_s'] <= 10 else 'NOT met'} ({last['progress_s']:.1f} s); "
          f"preview {last['progress_preview_s']:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
