"""Scale bench (规模测试): a database the size of a city or a province, every page and
API route timed with its query count, beside hand-written SQL for the same aggregate.

    .venv/bin/python bench/scale.py --small                 # SQLite, 2,000 tasks, a minute
    .venv/bin/python bench/scale.py --tasks 20000           # SQLite in a temporary LUOSHI_HOME
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/luoshi_scale .venv/bin/python bench/scale.py
                                                            # PostgreSQL, 100k tasks, ~1M progress rows
    .venv/bin/python bench/scale.py --load http://127.0.0.1:8000 --reuse   # load mode, see below

The data comes from the samples' own tasks and narratives (read by the engine),
repeated across plans and units, and is written with ``bulk_create`` (the model
methods and audit events of a real import would take hours at this size; the
point is the shape of the tables). Per task: one lead unit, one baseline target,
a monthly period, an accepted submission and a current assessment for each
elapsed month (``--months``, 10 by default, so 100k tasks make 1M progress
rows), 3% awaiting review in the open month, 1% overridden, 1% with a 督办 order.

For every page and route it prints: median and p95 of ``--repeat`` requests in
milliseconds, the number of SQL queries, the time the request spent in them (DB ms:
each query timed around the driver's execute), the hand-written SQL for the same
figures (where one is written here; timed in the same process, so the ratios survive
a noisy machine) with two ratios to it — the whole request's (× SQL: template,
session and middleware included) and the request's time in the database (DB÷SQL) —
and the peak of Python memory allocated during one request (tracemalloc).

``--export-all`` times the task list of every plan as .xlsx (the background job, run in the
request by the immediate backend) instead of the pages: wall and CPU seconds, queries per chunk
of tasks, time in the database; opt-in, as it takes about a minute on 100k tasks.

``--load URL`` runs the load mode against a server already serving the database
(loopback addresses only): 50 reporters log in, open their tasks, save and
submit; 5 leaders refresh the dashboard; it reports p50/p95/p99 per action,
errors, and lost writes (a submission acknowledged by the server that is not
in the database afterwards).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLES = ROOT / "luoshi" / "samples"
YEAR = 2020
STATUSES = ["completed", "ahead", "on_track", "behind", "seriously_behind", "not_started", "unclear"]
STATUS_WEIGHTS = [10, 5, 45, 20, 6, 4, 10]
REPORTERS = 50
LEADERS = 5
PASSWORD = "luoshi-scale-bench"


def setup_django(home: str | None) -> None:
    if home:
        os.environ["LUOSHI_HOME"] = home
    # the application's settings with a cheap password hasher (bench/scale_settings.py)
    sys.path.insert(0, str(ROOT / "bench"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "scale_settings"
    os.environ.setdefault("LUOSHI_DEBUG", "1")  # as the demo: no secret key or collectstatic needed
    import django

    django.setup()


# --- the samples' texts --------------------------------------------------------------

def sample_texts() -> tuple[list[str], list[str], list[str]]:
    """(task texts, progress narratives, unit names) read by the engine from the samples."""
    from luoshi.engine import reader, tasks
    from luoshi.engine.pipeline import progress_table

    report = SAMPLES / "shangcheng-2020-work-report.txt"
    found = tasks.tasks_from_document(reader.read(report))
    found += tasks.tasks_from_document(reader.read(SAMPLES / "shangcheng-2019-decomposition.txt"))
    texts = [t.text for t in found if t.text]
    units = sorted({u for t in found for u in t.lead + t.cooperating if u})
    narratives = []
    for name in ("shangcheng-2020-h1-progress.txt", "gongshu-2020-q2-progress.txt"):
        doc = reader.read(SAMPLES / name, reference=reader.reference_sentences(report))
        narratives += [r.get("progress") for r in progress_table(doc).rows if r.get("progress")]
    return texts, narratives, units


# --- generation ------------------------------------------------------------------------

def query_timer(into: list[float], scale: float = 1.0):
    """A ``connection.execute_wrapper`` appending each query's time (seconds × ``scale``) to ``into``:
    every query timed around the driver's execute (on PostgreSQL psycopg reads the whole result
    there; server-side cursors' later fetches are not counted)."""
    def timed(execute, sql, params, many, context):
        t = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            into.append((time.perf_counter() - t) * scale)
    return timed


def generate(n_tasks: int, n_orgs: int, months: int, seed: int = 16, out=print) -> dict:
    """Fill an empty, migrated database; returns what was made (counts and the ids the pages use)."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import transaction
    from django.utils import timezone

    from luoshi.core.models import Organisation, Profile, Role
    from luoshi.supervision.models import (
        Assessment,
        Notification,
        Override,
        Part,
        Plan,
        ReportingPeriod,
        Submission,
        SupervisionOrder,
        TargetVersion,
        Task,
    )

    rnd = random.Random(seed)
    texts, narratives, unit_names = sample_texts()
    t0 = time.perf_counter()
    call_command("create_demo_accounts", verbosity=0, stdout=open(os.devnull, "w"), stderr=open(os.devnull, "w"))
    home_org = Organisation.objects.get(name="区发改经信局")
    batch = 5000
    with transaction.atomic():
        have = set(Organisation.objects.values_list("name", flat=True))
        names = []
        i = 0
        while len(names) < n_orgs - 1:
            base = unit_names[i % len(unit_names)] if unit_names else "区单位"
            name = base if i < len(unit_names) else f"{base}{i // max(1, len(unit_names))}"
            i += 1
            if name not in have:
                have.add(name)
                names.append(name)
        Organisation.objects.bulk_create([Organisation(name=n, kind="department") for n in names], batch_size=batch)
        orgs = list(Organisation.objects.filter(kind="department").order_by("pk"))
        per_plan = 2000 if n_tasks >= 20000 else max(200, n_tasks // 10)
        n_plans = max(1, -(-n_tasks // per_plan))
        plans = Plan.objects.bulk_create([Plan(year=YEAR, title=f"规模测试计划{p + 1:03d}") for p in range(n_plans)])
        parts = Part.objects.bulk_create([Part(plan=plan, title=f"第{k + 1}部分", order=k + 1)
                                          for plan in plans for k in range(10)])
        parts_of = {}
        for part in parts:
            parts_of.setdefault(part.plan_id, []).append(part)
        periods = []
        for plan in plans:
            for m in range(1, 13):
                end = date(YEAR, m, 28) if m == 2 else date(YEAR, m, 30 if m in (4, 6, 9, 11) else 31)
                periods.append(ReportingPeriod(plan=plan, name=f"{YEAR}年{m}月", frequency="monthly",
                                               start=date(YEAR, m, 1), end=end, deadline=end + timedelta(days=10),
                                               closed=m < months, closed_at=timezone.now() if m < months else None))
        periods = ReportingPeriod.objects.bulk_create(periods, batch_size=batch)
        periods_of = {}
        for p in periods:
            periods_of.setdefault(p.plan_id, []).append(p)
        tasks = []
        made = 0
        for plan in plans:
            count = min(per_plan, n_tasks - made)
            for k in range(count):
                text = texts[(made + k) % len(texts)]
                tasks.append(Task(plan=plan, part=parts_of[plan.pk][k * 10 // max(1, count)], code=f"T{k + 1}",
                                  order=k + 1, name=text[:30], text=text, kind="task",
                                  target_class="ABC"[k % 3], source={"row": k + 1}))
            made += count
        tasks = Task.objects.bulk_create(tasks, batch_size=batch)
        out(f"  {len(orgs)} units, {len(plans)} plans, {len(tasks)} tasks ({time.perf_counter() - t0:.0f} s)")
        Lead = Task.lead.through
        Coop = Task.cooperating.through
        leads, coops = [], []
        for t in tasks:
            # the demo reporter's unit leads a share of every plan (a unit in every plan, as a
            # 发改 bureau is); the rest spread over all units
            org = home_org if t.order % 40 == 1 else orgs[rnd.randrange(len(orgs))]
            leads.append(Lead(task_id=t.pk, organisation_id=org.pk))
            if rnd.random() < 0.3:
                other = orgs[rnd.randrange(len(orgs))]
                if other.pk != org.pk:
                    coops.append(Coop(task_id=t.pk, organisation_id=other.pk))
        Lead.objects.bulk_create(leads, batch_size=batch)
        Coop.objects.bulk_create(coops, batch_size=batch)
        TargetVersion.objects.bulk_create([TargetVersion(task_id=t.pk, version=1, text=t.text) for t in tasks],
                                          batch_size=batch)
        lead_of = {link.task_id: link.organisation_id for link in leads}
    now = timezone.now()
    n_subs = n_assess = 0
    for plan in plans:  # one transaction per plan: memory stays at one plan's rows
        with transaction.atomic():
            plan_tasks = [t for t in tasks if t.plan_id == plan.pk]
            plan_periods = periods_of[plan.pk]
            month_of = {p.pk: p.end.month for p in plan_periods}
            subs = []
            for period in plan_periods[:months]:
                open_month = period.end.month == months
                for t in plan_tasks:
                    pending = open_month and rnd.random() < 0.03
                    subs.append(Submission(
                        task_id=t.pk, period_id=period.pk, organisation_id=lead_of[t.pk], version=1,
                        narrative=narratives[rnd.randrange(len(narratives))],
                        state="submitted" if pending else "accepted", submitted_at=now,
                        reviewed_at=None if pending else now))
            subs = Submission.objects.bulk_create(subs, batch_size=batch)
            assessments = []
            for s in subs:
                if s.state != "accepted":
                    continue
                status = rnd.choices(STATUSES, STATUS_WEIGHTS)[0]
                expected = round(100 * month_of[s.period_id] / 12, 1)
                assessments.append(Assessment(
                    task_id=s.task_id, period_id=s.period_id, submission_id=s.pk, status=status,
                    completion_pct=round(100 * rnd.random(), 1), expected_pct=expected,
                    evidence=[{"text": s.narrative[:20], "start": 0, "end": 20, "source": "progress"}],
                    reason="规模测试", engine_version="0.4", current=True))
            assessments = Assessment.objects.bulk_create(assessments, batch_size=batch)
            Override.objects.bulk_create([Override(assessment_id=a.pk, status="on_track", reason="规模测试人工研判")
                                          for a in assessments if rnd.random() < 0.01], batch_size=batch)
            n_subs += len(subs)
            n_assess += len(assessments)
            lagging = [a for a in assessments[-len(plan_tasks):] if a.status in ("behind", "seriously_behind")]
            SupervisionOrder.objects.bulk_create([
                SupervisionOrder(task_id=a.task_id, period_id=a.period_id, organisation_id=lead_of[a.task_id],
                                 number=f"督办〔{YEAR}〕{plan.pk}-{k + 1}号", requirement="请于限期内整改到位。",
                                 deadline=date(YEAR, months, 1) + timedelta(days=rnd.randrange(-20, 40)),
                                 state=rnd.choice(["issued", "issued", "answered", "closed", "escalated"]))
                for k, a in enumerate(lagging[:max(1, len(plan_tasks) // 100)])], batch_size=batch)
        out(f"  plan {plan.pk}: {n_subs} submissions, {n_assess} assessments so far "
            f"({time.perf_counter() - t0:.0f} s)")
    open_period = periods_of[plans[0].pk][months - 1]
    Notification.objects.bulk_create([
        Notification(key=f"escalate:{open_period.pk}:{org.pk}", channel="email", address=f"head{org.pk}@example",
                     subject="未报送", body="") for org in orgs[:20]])
    User = get_user_model()
    users = []
    for k in range(REPORTERS):
        users.append(("r", f"scale-reporter{k + 1:02d}", Role.REPORTER, orgs[k % len(orgs)]))
    for k in range(LEADERS):
        users.append(("l", f"scale-leader{k + 1}", Role.LEADER, None))
    from django.contrib.auth.hashers import make_password

    hashed = make_password(PASSWORD)
    made_users = User.objects.bulk_create([User(username=u[1], password=hashed) for u in users])
    Profile.objects.bulk_create([Profile(user=mu, role=u[2], organisation=u[3])
                                 for mu, u in zip(made_users, users, strict=True)])
    release_all(months)
    elapsed = time.perf_counter() - t0
    out(f"generated in {elapsed:.0f} s: {len(tasks)} tasks, {n_subs} submissions, {n_assess} assessments")
    return {"tasks": len(tasks), "submissions": n_subs, "assessments": n_assess, "plans": len(plans),
            "seconds": elapsed}


def release_all(months: int = 10) -> int:
    """Release every plan and its elapsed months to the public (公开发布), as the office would,
    so the public page and API have something to show; returns the releases made (none when
    the database already has some)."""
    from luoshi.supervision.models import Plan, PublicRelease, ReportingPeriod

    if PublicRelease.objects.exists():
        return 0
    made = PublicRelease.objects.bulk_create([PublicRelease(plan_id=pk) for pk in Plan.objects.values_list("pk", flat=True)])
    made += PublicRelease.objects.bulk_create([
        PublicRelease(plan_id=plan_id, period_id=pk) for pk, plan_id in
        ReportingPeriod.objects.filter(end__month__lte=months).values_list("pk", "plan_id")], batch_size=5000)
    return len(made)


# --- pages -------------------------------------------------------------------------------

def handwritten(plan_id: int, period_id: int, org_id: int) -> dict[str, list[str]]:
    """The same figures or page of rows, written by hand in SQL (portable between SQLite and
    PostgreSQL): for each page, the statements a person would write to show what the page shows
    (its timed figure is their sum).  A page's own session and user queries have none here.

    Like for like: a list shows how many rows match beside its page, the
    names it prints (plan, part, unit, period) and its filter choices; the computed dashboard
    shows the period's counts by part and unit, the trend of every period, the most serious
    lagging tasks with their count and the units that have not reported; the review queue
    shows the versions still awaiting review (no newer reported version), the recently
    reviewed, the verdicts awaiting confirmation with their count and the flagged decisions."""
    effective = ("COALESCE((SELECT o.status FROM supervision_override o WHERE o.assessment_id = a.id "
                 "ORDER BY o.id DESC LIMIT 1), a.status)")
    lagging_in = "('seriously_behind', 'not_started', 'behind')"
    severity = ("CASE {s} WHEN 'seriously_behind' THEN 0 WHEN 'not_started' THEN 1 WHEN 'behind' THEN 2 "
                "ELSE 9 END")
    plan_task_page = (f"SELECT t.id FROM supervision_task t WHERE t.plan_id = {plan_id} "
                      f"ORDER BY t.\"order\", t.id LIMIT {{n}}")

    def units_of(page: str, table: str = "supervision_task_lead") -> str:
        return (f"SELECT l.task_id, g.name FROM {table} l JOIN core_organisation g ON g.id = l.organisation_id "
                f"WHERE l.task_id IN ({page})")

    # a plan's task list: its page with the count, the lead units of the page's tasks, and the
    # filter choices (the plan's periods, parts and lead units)
    filters = [f"SELECT id, name FROM supervision_reportingperiod WHERE plan_id = {plan_id} ORDER BY \"end\"",
               f"SELECT id, title FROM supervision_part WHERE plan_id = {plan_id} ORDER BY \"order\"",
               (f"SELECT g.id, g.name FROM core_organisation g WHERE g.id IN (SELECT l.organisation_id FROM "
                f"supervision_task_lead l JOIN supervision_task t ON t.id = l.task_id WHERE t.plan_id = {plan_id}) "
                f"ORDER BY g.name")]
    task_rows = (f"SELECT t.id, t.\"order\" AS o, t.code, t.name, t.text, t.deadline, pt.title, {effective} AS s, "
                 f"a.completion_pct, a.expected_pct FROM supervision_task t "
                 f"LEFT JOIN supervision_part pt ON pt.id = t.part_id LEFT JOIN supervision_assessment a "
                 f"ON a.task_id = t.id AND a.period_id = {period_id} AND a.current WHERE t.plan_id = {plan_id}")
    lagging_rows = f"SELECT x.*, COUNT(*) OVER () FROM ({task_rows}) x WHERE s IN {lagging_in} ORDER BY x.o, x.id LIMIT 50"

    def with_units(rows: str) -> str:
        """A page of task rows with their lead units' names (a row per lead unit)."""
        return (f"SELECT y.*, g.name FROM ({rows}) y LEFT JOIN supervision_task_lead l ON l.task_id = y.id "
                f"LEFT JOIN core_organisation g ON g.id = l.organisation_id")
    return {
        "dashboard": [
            f"SELECT id, parent_id, title, weight FROM supervision_part WHERE plan_id = {plan_id}",
            # the period's verdict of every task with its part and lead units: counts by status, part, unit
            (f"SELECT t.id, t.part_id, t.parent_id, t.weight, l.organisation_id, g.name, {effective} "
             f"FROM supervision_task t LEFT JOIN supervision_task_lead l ON l.task_id = t.id "
             f"LEFT JOIN core_organisation g ON g.id = l.organisation_id "
             f"LEFT JOIN supervision_assessment a ON a.task_id = t.id AND a.period_id = {period_id} AND a.current "
             f"WHERE t.plan_id = {plan_id}"),
            # the trend: counts by status in every period of the plan
            (f"SELECT a.period_id, {effective} AS s, COUNT(*) FROM supervision_assessment a "
             f"JOIN supervision_task t ON t.id = a.task_id WHERE t.plan_id = {plan_id} AND a.current "
             f"GROUP BY a.period_id, s"),
            # the most serious lagging tasks and how many
            (f"SELECT x.*, COUNT(*) OVER () FROM (SELECT t.id, t.\"order\" AS o, t.code, t.name, a.status, "
             f"{effective} AS s, a.completion_pct, a.expected_pct, a.reason FROM supervision_assessment a "
             f"JOIN supervision_task t ON t.id = a.task_id WHERE t.plan_id = {plan_id} AND a.period_id = {period_id} "
             f"AND a.current) x WHERE s IN {lagging_in} "
             f"ORDER BY {severity.format(s='s')}, x.expected_pct - x.completion_pct DESC, x.o, x.id LIMIT 50"),
            # the units that have not reported: how many tasks each, and its first eight
            (f"SELECT * FROM (SELECT l.organisation_id, g.name, t.id, t.code, ROW_NUMBER() OVER (PARTITION BY "
             f"l.organisation_id ORDER BY t.\"order\", t.id) AS rn, COUNT(*) OVER (PARTITION BY l.organisation_id) "
             f"AS n FROM supervision_task t JOIN supervision_task_lead l ON l.task_id = t.id "
             f"JOIN core_organisation g ON g.id = l.organisation_id WHERE t.plan_id = {plan_id} "
             f"AND NOT EXISTS (SELECT 1 FROM supervision_submission s WHERE s.task_id = t.id "
             f"AND s.period_id = {period_id} AND s.organisation_id = l.organisation_id "
             f"AND s.state IN ('submitted', 'accepted'))) x WHERE rn <= 8"),
        ],
        # the count apart: a window count would compute every task's verdict for a page of 50
        "tasks": [with_units(f"{task_rows} ORDER BY t.\"order\", t.id LIMIT 50"),
                  f"SELECT COUNT(*) FROM supervision_task WHERE plan_id = {plan_id}", *filters],
        "api_tasks": [
            with_units(f"SELECT t.id, t.code, t.name, t.text, t.kind, t.target_class, t.deadline, p.title, "
                       f"pt.title, {effective}, a.completion_pct, a.expected_pct, a.reason, a.evidence "
                       f"FROM supervision_task t JOIN supervision_plan p ON p.id = t.plan_id "
                       f"LEFT JOIN supervision_part pt ON pt.id = t.part_id LEFT JOIN supervision_assessment a "
                       f"ON a.task_id = t.id AND a.period_id = {period_id} AND a.current "
                       f"WHERE t.plan_id = {plan_id} ORDER BY t.\"order\", t.id LIMIT 100"),
            f"SELECT COUNT(*) FROM supervision_task WHERE plan_id = {plan_id}",
            # each task's latest accepted report of the period
            (f"SELECT s.task_id, s.narrative, s.figures, g.name FROM supervision_submission s "
             f"JOIN core_organisation g ON g.id = s.organisation_id WHERE s.period_id = {period_id} "
             f"AND s.state = 'accepted' AND s.task_id IN ({plan_task_page.format(n=100)}) AND NOT EXISTS "
             f"(SELECT 1 FROM supervision_submission n WHERE n.task_id = s.task_id AND n.period_id = s.period_id "
             f"AND n.state = 'accepted' AND n.version > s.version)"),
            units_of(plan_task_page.format(n=100), "supervision_task_cooperating"),
        ],
        # a list filtered by status: its first page and how many in all, the page's lead units
        # and the filter choices
        "lagging": [with_units(lagging_rows), *filters],
        "submissions": [
            (f"SELECT s.id, s.narrative, s.figures, t.code, g.name, p.name, COUNT(*) OVER () "
             f"FROM supervision_submission s JOIN supervision_task t ON t.id = s.task_id "
             f"JOIN supervision_reportingperiod p ON p.id = s.period_id "
             f"JOIN core_organisation g ON g.id = s.organisation_id "
             f"WHERE t.plan_id = {plan_id} AND s.state <> 'draft' "
             f"ORDER BY p.\"end\", t.\"order\", g.name, s.version, s.id LIMIT 100")],
        "orders": [
            ("SELECT o.id, o.number, o.requirement, o.state, o.deadline, o.level, o.issued_at, t.code, t.name, "
             "pl.title, g.name FROM supervision_supervisionorder o "
             "JOIN supervision_task t ON t.id = o.task_id JOIN supervision_plan pl ON pl.id = t.plan_id "
             "JOIN core_organisation g ON g.id = o.organisation_id "
             "ORDER BY o.issued_at DESC, o.id DESC LIMIT 100"),
            "SELECT COUNT(*) FROM supervision_supervisionorder"],
        "review": [
            # the versions awaiting review (not replaced by a newer reported version): a page and the count
            ("SELECT s.id, s.version, s.submitted_at, t.code, t.name, g.name, p.name, pl.title "
             "FROM supervision_submission s JOIN supervision_task t ON t.id = s.task_id "
             "JOIN supervision_reportingperiod p ON p.id = s.period_id JOIN supervision_plan pl ON pl.id = p.plan_id "
             "JOIN core_organisation g ON g.id = s.organisation_id WHERE s.state = 'submitted' AND NOT EXISTS "
             "(SELECT 1 FROM supervision_submission n WHERE n.task_id = s.task_id AND n.period_id = s.period_id "
             "AND n.organisation_id = s.organisation_id AND n.version > s.version AND n.version > 1 "
             "AND n.state <> 'draft') ORDER BY s.submitted_at, s.id LIMIT 50"),
            ("SELECT COUNT(*) FROM supervision_submission s WHERE s.state = 'submitted' AND NOT EXISTS "
             "(SELECT 1 FROM supervision_submission n WHERE n.task_id = s.task_id AND n.period_id = s.period_id "
             "AND n.organisation_id = s.organisation_id AND n.version > s.version AND n.version > 1 "
             "AND n.state <> 'draft')"),
            # the recently reviewed
            ("SELECT s.id, s.state, s.reviewed_at, t.code, g.name, p.name FROM supervision_submission s "
             "JOIN supervision_task t ON t.id = s.task_id JOIN supervision_reportingperiod p ON p.id = s.period_id "
             "JOIN core_organisation g ON g.id = s.organisation_id WHERE s.state IN ('accepted', 'returned') "
             "AND s.reviewed_by_id IS NOT NULL ORDER BY s.reviewed_at DESC, s.id DESC LIMIT 20"),
            # verdicts awaiting the office's confirmation, least confident first
            ("SELECT a.id, a.status, a.confidence, a.flags, t.code, p.name FROM supervision_assessment a "
             "JOIN supervision_task t ON t.id = a.task_id JOIN supervision_reportingperiod p ON p.id = a.period_id "
             "WHERE a.current AND a.needs_person AND a.confirmed_at IS NULL AND NOT EXISTS "
             "(SELECT 1 FROM supervision_override o WHERE o.assessment_id = a.id) "
             "ORDER BY a.confidence, p.\"end\", a.task_id LIMIT 50"),
            # the people's decisions a newer engine verdict contradicts
            ("SELECT o.id, o.status, a.status, t.code, p.name FROM supervision_override o "
             "JOIN supervision_assessment a ON a.id = o.assessment_id JOIN supervision_task t ON t.id = a.task_id "
             "JOIN supervision_reportingperiod p ON p.id = a.period_id "
             "WHERE o.needs_review AND o.active AND a.current ORDER BY o.id DESC LIMIT 50"),
            # the filter choices: plans, periods, the units that have reported
            "SELECT id, title FROM supervision_plan ORDER BY year DESC, title",
            ("SELECT p.id, p.name, pl.title FROM supervision_reportingperiod p JOIN supervision_plan pl "
             "ON pl.id = p.plan_id ORDER BY p.plan_id, p.\"end\""),
            ("SELECT g.id, g.name FROM core_organisation g WHERE EXISTS "
             "(SELECT 1 FROM supervision_submission s WHERE s.organisation_id = g.id) ORDER BY g.name"),
        ],
        "portal": [
            (f"SELECT t.id, t.code, t.plan_id FROM supervision_task t JOIN supervision_task_lead l "
             f"ON l.task_id = t.id WHERE l.organisation_id = {org_id} ORDER BY t.plan_id, t.\"order\"")],
    }


def time_sql(statements: list[str], repeat: int) -> float:
    """The median over ``repeat`` runs of the time the statements take one after another (ms)."""
    from django.db import connection

    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        with connection.cursor() as cur:
            for sql in statements:
                cur.execute(sql)
                cur.fetchall()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def drain(response) -> None:
    """Read a streamed answer as a browser does, a piece at a time (joining the pieces would
    measure the bench's own copy of the whole file)."""
    for _piece in getattr(response, "streaming_content", ()):
        pass


def pages(repeat: int, memory: bool, only: str = "") -> list[dict]:
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection, reset_queries
    from django.test import Client

    from luoshi.core.models import Organisation
    from luoshi.supervision.models import Plan, ReportingPeriod, Submission, SupervisionOrder, Task

    settings.ALLOWED_HOSTS = ["*"]
    # as the server's workers do once they start (luoshi/web/gunicorn_conf.py post_worker_init):
    # every view imported, then what lives as long as the process frozen out of the collector's
    # reach (full collections walking it took 30-140 ms in the middle of a timed request)
    import gc

    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports every view
    gc.collect()
    gc.freeze()
    plan = Plan.objects.order_by("pk").first()
    period = (ReportingPeriod.objects.filter(plan=plan, assessments__current=True).order_by("-end").first()
              or ReportingPeriod.objects.filter(plan=plan).first())
    task = Task.objects.filter(plan=plan).order_by("order").first()
    org = Organisation.objects.get(name="区发改经信局")
    reporter_task = Task.objects.filter(plan=plan, lead=org).order_by("order").first()
    open_period = ReportingPeriod.objects.filter(plan=plan, closed=False).order_by("end").first() or period
    pending = Submission.objects.filter(state="submitted").order_by("pk").first()
    order = SupervisionOrder.objects.order_by("pk").first()
    sql = handwritten(plan.pk, period.pk, org.pk)

    office, reporter, leader, anonymous = Client(), Client(), Client(), Client()
    office.login(username="office", password="luoshi-demo")
    reporter.login(username="reporter", password="luoshi-demo")
    leader.login(username="leader", password="luoshi-demo")
    q = f"plan={plan.pk}&period={period.pk}"
    routes = [
        ("login page (baseline)", anonymous, "/login/", None),
        ("dashboard", leader, f"/dashboard/?{q}", "dashboard"),
        ("dashboard (uncached)", leader, f"/dashboard/?{q}", "dashboard", "uncached"),
        ("待办 office landing", office, "/todo/", None),
        ("待办 office landing (uncached)", office, "/todo/", None, "uncached"),
        ("待办 leader landing", leader, "/todo/", None),
        ("task list page 1", office, f"/tasks/?{q}", "tasks"),
        ("task list, lagging", office, f"/tasks/?{q}&status=lagging", "lagging"),
        ("task page", office, f"/tasks/{task.pk}/", None),
        ("warnings", office, f"/warnings/?{q}", None),
        ("督办 orders page", office, "/orders/", "orders"),
        ("order page", office, f"/orders/{order.pk}/" if order else "/orders/", None),
        ("review queue", office, "/review/", "review"),
        ("review one submission", office, f"/review/{pending.pk}/" if pending else "/review/", None),
        ("periods page", office, "/periods/", None),
        ("我的任务 portal", reporter, "/portal/", "portal"),
        ("report form", reporter, f"/portal/tasks/{reporter_task.pk}/periods/{open_period.pk}/", None),
        ("public home", anonymous, "/public/", None),
        ("public plan", anonymous, f"/public/plans/{plan.pk}/", None),
        ("bulletins", office, "/bulletins/", None),
        ("statistics", office, "/statistics/", None),
        ("year-end", office, "/yearend/", None),
        ("notifications", office, "/notifications/", None),
        ("API plans", office, "/api/v1/plans/", None),
        ("API plan", office, f"/api/v1/plans/{plan.pk}/", None),
        ("API tasks (100)", office, f"/api/v1/tasks/?{q}&limit=100", "api_tasks"),
        ("API task", office, f"/api/v1/tasks/{task.pk}/", None),
        ("API periods", office, f"/api/v1/periods/?plan={plan.pk}", None),
        ("API submissions", office, f"/api/v1/submissions/?plan={plan.pk}", "submissions"),
        ("API assessments", office, f"/api/v1/assessments/?{q}", None),
        ("API organisations", office, "/api/v1/organisations/", None),
        ("API public plans", anonymous, "/api/v1/public/plans/", None),
        ("API public plan", anonymous, f"/api/v1/public/plans/{plan.pk}/", None),
        ("xlsx of one plan", office, f"/exports/tasks.xlsx?{q}", None),
        ("missing.xlsx", office, f"/exports/missing.xlsx?period={open_period.pk}", None),
    ]

    def job_download(url):
        """The download of a background export's file, the job made once before it is timed (the
        bench's immediate backend runs the job inside that request)."""
        def make():
            job = office.get(url)["Location"].rstrip("/").rsplit("/", 1)[1]
            return f"/exports/jobs/{job}/download/"
        return make

    routes.append(("xlsx job's download", office, job_download(f"/exports/tasks.xlsx?{q}"), None))
    if only:
        wanted = [part for part in only.split(",") if part]
        routes = [r for r in routes if any(part in r[0] for part in wanted) or r[0].startswith("login")]
    rows = []
    base = base_db = None
    print("median / p95: the whole request (session, middleware, view, template) in ms; DB ms: the time the\n"
          "request spent in its SQL queries (median); SQL ms: the hand-written SQL for the same figures;\n"
          "× SQL: the whole request ÷ SQL ms, and DB ÷ SQL: the request's time in the database ÷ SQL ms")
    print(f"{'page':<26}{'median':>8}{'p95':>8}{'× login':>8}{'queries':>8}{'DB ms':>8}{'SQL ms':>8}"
          f"{'× SQL':>7}{'DB÷SQL':>7}{'peak MB':>8}  status")
    for name, client, url, sql_key, *fresh in routes:
        url = url() if callable(url) else url
        response = client.get(url)  # warm

        if fresh and "locmem" not in settings.CACHES["default"]["BACKEND"].lower():
            print(f"{name:<26}skipped: the cache is shared (emptying it would end other people's entries)")
            continue

        def before(fresh=fresh):
            if fresh:  # this process's own cache emptied first: the figures computed, not read back
                cache.clear()

        in_db: list[float] = []
        timed = query_timer(in_db, scale=1000)   # ms

        times, db_times, counts = [], [], []
        for _ in range(repeat):
            before()
            reset_queries()
            in_db.clear()
            # no 9,000-query cap, unlike connection.queries
            with connection.execute_wrapper(timed):
                t = time.perf_counter()
                response = client.get(url)
                drain(response)
                times.append((time.perf_counter() - t) * 1000)
            db_times.append(sum(in_db))
            counts.append(len(in_db))
        peak = None
        if memory:
            before()
            tracemalloc.start()
            response = client.get(url)
            drain(response)
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        median = statistics.median(times)
        p95 = sorted(times)[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        db_ms = statistics.median(db_times)
        base = base or median
        base_db = base_db if base_db is not None else db_ms
        sql_ms = time_sql(sql[sql_key], repeat) if sql_key else None
        row = {"page": name, "median": median, "p95": p95, "queries": max(counts), "db_ms": db_ms,
               "sql_ms": sql_ms, "peak_mb": peak, "status": response.status_code}
        rows.append(row)
        print(f"{name:<26}{median:>8.0f}{p95:>8.0f}{median / base:>8.1f}{row['queries']:>8}{db_ms:>8.1f}"
              f"{'' if sql_ms is None else f'{sql_ms:.1f}':>8}"
              f"{'' if sql_ms is None else f'{median / max(sql_ms, 0.05):.0f}':>7}"
              f"{'' if sql_ms is None else f'{db_ms / max(sql_ms, 0.05):.1f}':>7}"
              f"{'' if peak is None else f'{peak:.0f}':>8}  {response.status_code}")
    if base_db is not None:
        print(f"the login page (no figures: session, user and the page) spends {base_db:.1f} ms in the database")
    return rows


def all_tasks_export(repeat: int = 1) -> dict:
    """The task list of every plan as .xlsx (任务清单, all plans: a background job, run by the
    bench's immediate backend inside the office's request), timed ``repeat`` times: wall and CPU
    seconds, queries (and per chunk of ``exports.CHUNK`` tasks), time in the database, the file's
    size.  Opt-in (``--export-all``): about a minute on the 100k database."""
    import resource

    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from luoshi.supervision.models import ExportJob
    from luoshi.supervision.services import exports

    settings.ALLOWED_HOSTS = ["*"]
    office = Client()
    office.login(username="office", password="luoshi-demo")
    print(f"{'all-tasks .xlsx job':<22}{'tasks':>8}{'wall s':>8}{'CPU s':>8}{'queries':>9}{'per chunk':>10}"
          f"{'DB s':>7}{'MB':>6}")
    walls, cpus = [], []
    row = {}
    for _ in range(repeat):
        in_db: list[float] = []
        timed = query_timer(in_db)   # s

        with connection.execute_wrapper(timed):
            t, c = time.perf_counter(), time.process_time()
            response = office.get("/exports/tasks.xlsx")
            wall, cpu = time.perf_counter() - t, time.process_time() - c
        job = ExportJob.objects.order_by("-pk").first()
        if response.status_code != 302 or job is None or job.state != "done":
            print(f"the job did not finish: {response.status_code} {job and job.state} {job and job.error}")
            return {}
        chunks = max(1, -(-job.total // exports.CHUNK))
        walls.append(wall)
        cpus.append(cpu)
        row = {"tasks": job.total, "wall": wall, "cpu": cpu, "queries": len(in_db), "db": sum(in_db),
               "size": job.size, "per_chunk": len(in_db) / chunks}
        print(f"{'':<22}{job.total:>8}{wall:>8.1f}{cpu:>8.1f}{len(in_db):>9}{len(in_db) / chunks:>10.1f}"
              f"{sum(in_db):>7.1f}{job.size / 2**20:>6.1f}")
        job.delete()     # its stored file (ExportChunk pieces) with it: the database stays as it was
    if repeat > 1:
        print(f"{'median':<22}{'':>8}{statistics.median(walls):>8.1f}{statistics.median(cpus):>8.1f}")
    print(f"peak resident memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return row


# --- load mode ---------------------------------------------------------------------------

def serve(database_url: str, workers: int, threads: int, cache_url: str, log_dir: str):
    """Start gunicorn on a free loopback port with the production settings (DEBUG off) and the
    bench's cheap hasher; returns (process, url, access log path).  The caller stops it."""
    import secrets
    import socket
    import subprocess
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LUOSHI_", "DATABASE_URL", "REDIS_URL", "WEB_CONCURRENCY", "DJANGO_"))}
    env.update({
        "PYTHONPATH": str(ROOT / "bench"), "DJANGO_SETTINGS_MODULE": "scale_settings",
        "LUOSHI_HOME": log_dir, "LUOSHI_SECRET_KEY": secrets.token_urlsafe(50),
        "LUOSHI_ALLOWED_HOSTS": "127.0.0.1,localhost", "LUOSHI_HTTPS": "0", "PYTHONUNBUFFERED": "1",
        "DATABASE_URL": database_url, "LUOSHI_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers),
        "LUOSHI_GUNICORN_THREADS": str(threads), "LUOSHI_TASKS": "database",
        "LUOSHI_ACCESS_LOG": str(Path(log_dir) / "access.log"), "LUOSHI_LOG_FORMAT": "text",
        "LUOSHI_LOG_LEVEL": "WARNING",
    })
    if cache_url:
        env["LUOSHI_CACHE_URL"] = cache_url
    subprocess.run([sys.executable, "-m", "django", "collectstatic", "--noinput", "-v0"], env=env, cwd=ROOT,
                   check=True)
    log = open(Path(log_dir) / "server.log", "w")
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    process = subprocess.Popen([gunicorn, "-c", "python:luoshi.web.gunicorn_conf", "luoshi.web.wsgi"], env=env,
                               cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(url + "/login/", timeout=10):
                break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        raise SystemExit(f"the app server did not start: see {log.name}")
    print(f"serving {database_url.rsplit('/', 1)[-1]} at {url}: {workers} gthread workers × {threads} threads, "
          f"cache {'Redis' if cache_url else 'per process'}; logs in {log_dir}")
    return process, url, Path(log_dir) / "access.log"


def slow_requests(access_log: Path, top: int = 12) -> None:
    """From gunicorn's access log: the paths (ids as N) by total time, and the slowest requests."""
    import re

    line_re = re.compile(r'method=(\S+) path="([^"]*)" status=(\d+) .*duration_ms=(\d+)')
    rows = []
    for line in access_log.read_text(errors="replace").splitlines():
        m = line_re.search(line)
        if m:
            rows.append((m.group(1), m.group(2), int(m.group(3)), int(m.group(4))))
    if not rows:
        return
    by_path: dict[str, list[int]] = {}
    for method, path, _status, ms in rows:
        by_path.setdefault(method + " " + re.sub(r"/\d+", "/N", path), []).append(ms)
    total = sum(ms for *_x, ms in rows)
    print(f"server side (access log, {len(rows)} requests, {total / 1000:.0f} s of worker threads' time):")
    print(f"{'path':<44}{'n':>6}{'share':>7}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for path, times in sorted(by_path.items(), key=lambda kv: -sum(kv[1]))[:top]:
        times.sort()
        print(f"{path[:43]:<44}{len(times):>6}{sum(times) / max(1, total):>7.0%}{times[len(times) // 2]:>9}"
              f"{times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]:>9}{times[-1]:>9}")
    print("slowest requests:", ", ".join(f"{m} {p} {ms} ms" for m, p, _s, ms in sorted(rows, key=lambda r: -r[3])[:5]))


def load(url: str, seconds: float, reporters: int = REPORTERS, leaders: int = LEADERS, think: float = 0) -> int:
    """Reporters save and submit, leaders refresh the dashboard, against a running server on loopback.

    Bounded: ``reporters + leaders`` clients, each one request at a time, for ``seconds``
    (a request in flight at the end is waited for, up to its 120 s timeout).  A form post is
    timed on its own (its redirect is not followed; the page it leads to is the next action).
    ``think``: each client pauses a random 0–2×``think`` seconds after each answer, as a person
    reads a page; 0 (the default) sends the next request at once, so the run measures the
    server saturated: each request then waits behind the other clients' (Little's law: a
    time of about clients ÷ requests per second).
    """
    import http.cookiejar
    import re
    import threading
    import urllib.error
    import urllib.parse
    import urllib.request
    from ipaddress import ip_address
    from socket import gethostbyname

    host = urllib.parse.urlsplit(url).hostname or ""
    if not ip_address(gethostbyname(host)).is_loopback:
        print("load mode runs against a loopback address only (127.0.0.1, localhost)", file=sys.stderr)
        return 2
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    from luoshi.core.models import Profile
    from luoshi.supervision.models import ReportingPeriod, Submission, Task

    # The bench's people get a cheap hash (bench/scale_settings.py), so 55 logins measure the
    # pages, not the password hasher; the server must run with the same settings module.
    get_user_model().objects.filter(username__startswith="scale-").update(password=make_password(PASSWORD))
    print(f"passwords of the bench's users hashed with {settings.PASSWORD_HASHERS[0].rsplit('.', 1)[1]} "
          "(bench settings only: the server must run with DJANGO_SETTINGS_MODULE=scale_settings)")
    timings: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    acknowledged: list[tuple[int, int, int, str]] = []
    lock = threading.Lock()
    csrf_re = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):
            return None  # a 302 comes back as an HTTPError: the post is timed alone

    def session():
        jar = http.cookiejar.CookieJar()
        return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

    pause = random.Random(16)

    def call(opener, action, path, data=None):
        """(status, body, location)."""
        if think:
            with lock:
                wait = pause.uniform(0, 2 * think)
            time.sleep(wait)
        t = time.perf_counter()
        location = ""
        try:
            body = urllib.parse.urlencode(data).encode() if data is not None else None
            req = urllib.request.Request(url.rstrip("/") + path, data=body, headers={"Referer": url})
            with opener.open(req, timeout=120) as resp:
                text = resp.read().decode("utf-8", "replace")
                code = resp.status
        except urllib.error.HTTPError as e:
            text, code = "", e.code
            location = e.headers.get("Location", "") if 300 <= e.code < 400 else ""
            e.close()
        except Exception:  # noqa: BLE001 - a connection failure is an error to count, not a crash
            text, code = "", 0
        ms = (time.perf_counter() - t) * 1000
        with lock:
            timings.setdefault(action, []).append(ms)
            if code >= 400 or code == 0:
                errors[action] = errors.get(action, 0) + 1
        return code, text, urllib.parse.urlsplit(location).path

    def login(opener, username):
        _c, page, _l = call(opener, "login page", "/login/")
        m = csrf_re.search(page)
        code, _t, landing = call(opener, "login", "/login/", {"csrfmiddlewaretoken": m.group(1) if m else "",
                                                             "username": username, "password": PASSWORD})
        if code == 302 and landing:
            call(opener, "landing (待办)", landing)
        elif code != 302:
            with lock:
                errors["login"] = errors.get("login", 0) + 1

    def reporter(profile, tasks):
        opener = session()
        login(opener, profile.user.username)
        n = 0
        while time.monotonic() < stop and tasks:
            task, period = tasks[n % len(tasks)]
            n += 1
            call(opener, "portal", "/portal/")
            path = f"/portal/tasks/{task}/periods/{period}/"
            _c, form, _l = call(opener, "open report form", path)
            m = csrf_re.search(form)
            marker = f"负载测试 {profile.user.username} 第{n}次"
            code, _t, _l = call(opener, "save draft", path, {"csrfmiddlewaretoken": m.group(1) if m else "",
                                                            "narrative": marker, "action": "save"})
            if code != 302:
                with lock:
                    errors["save draft"] = errors.get("save draft", 0) + (code < 400 and code != 0)
            _c, form, _l = call(opener, "open report form", path)
            m = csrf_re.search(form)
            code, _t, _l = call(opener, "submit", path, {"csrfmiddlewaretoken": m.group(1) if m else "",
                                                        "narrative": marker + "（提交）", "action": "submit"})
            if code == 302:  # the server's acknowledgement: saved, redirected to the form
                with lock:
                    acknowledged.append((task, period, profile.organisation_id, marker + "（提交）"))
            elif code < 400 and code != 0:
                with lock:  # a form error (400 counted above) or a page instead of the redirect
                    errors["submit"] = errors.get("submit", 0) + 1

    def leader(profile):
        opener = session()
        login(opener, profile.user.username)
        while time.monotonic() < stop:
            call(opener, "dashboard", "/dashboard/")

    threads = []
    people = Profile.objects.filter(user__username__startswith="scale-").select_related("user").order_by("pk")
    n_reporters = n_leaders = 0
    for profile in people:
        if profile.role == "leader":
            if n_leaders < leaders:
                n_leaders += 1
                threads.append(threading.Thread(target=leader, args=(profile,)))
            continue
        if n_reporters >= reporters:
            continue
        n_reporters += 1
        work = []
        for task in Task.objects.filter(lead=profile.organisation).order_by("plan", "order")[:5]:
            period = ReportingPeriod.objects.filter(plan_id=task.plan_id, closed=False).order_by("end").first()
            if period:
                work.append((task.pk, period.pk))
        threads.append(threading.Thread(target=reporter, args=(profile, work)))
    print(f"load: {n_reporters} reporters + {n_leaders} leaders for {seconds:.0f} s against {url}"
          + (f", pausing 0–{2 * think:g} s between requests" if think else ", no pause between requests"))
    started = time.monotonic()
    stop = started + seconds
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    print(f"{'action':<20}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}")
    for action, times in sorted(timings.items()):
        times.sort()

        def pct(p, times=times):
            return times[min(len(times) - 1, int(round(p * (len(times) - 1))))]

        print(f"{action:<20}{len(times):>6}{pct(0.5):>9.0f}{pct(0.95):>9.0f}{pct(0.99):>9.0f}{times[-1]:>9.0f}"
              f"{errors.get(action, 0):>8}")
    n_requests = sum(len(t) for t in timings.values())
    lost = sum(1 for task, period, org, text in acknowledged
               if not Submission.objects.filter(task_id=task, period_id=period, organisation_id=org,
                                                narrative=text).exists())
    print(f"requests: {n_requests} in {elapsed:.0f} s ({n_requests / elapsed:.1f}/s); "
          f"errors: {sum(errors.values())}; acknowledged submissions: {len(acknowledged)}, lost writes: {lost}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--small", action="store_true", help="2,000 tasks (SQLite, quick runs)")
    parser.add_argument("--orgs", type=int, default=300)
    parser.add_argument("--months", type=int, default=10, help="elapsed months with progress (1..12)")
    parser.add_argument("--repeat", type=int, default=None, help="requests timed per page (default 7; --export-all: 1)")
    parser.add_argument("--home", help="LUOSHI_HOME to keep the SQLite database in (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true", help="time the database already there, generate nothing")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    parser.add_argument("--only", default="", help="time only the pages whose name contains this (several: comma-separated)")
    parser.add_argument("--export-all", action="store_true",
                        help="time the all-tasks .xlsx job instead of the pages (about a minute on 100k tasks; "
                             "--repeat times, default once here)")
    parser.add_argument("--load", metavar="URL", help="load mode against a running server (loopback only)")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--serve", action="store_true",
                        help="load mode: start gunicorn (production settings, bench hasher) on a free loopback "
                             "port against DATABASE_URL, run the load, print the slowest paths, stop it")
    parser.add_argument("--workers", type=int, default=4, help="--serve: gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=int(os.environ.get("LUOSHI_GUNICORN_THREADS", "0") or 0),
                        help="--serve: threads per worker (default: the production setting)")
    parser.add_argument("--cache", default=os.environ.get("LUOSHI_CACHE_URL", "redis://127.0.0.1:6379/0"),
                        help="--serve: the shared cache (Redis URL; empty: each process's own)")
    parser.add_argument("--think", type=float, default=0,
                        help="load mode: mean pause in seconds after each answer (0: none, the server saturated)")
    parser.add_argument("--reporters", type=int, default=REPORTERS)
    parser.add_argument("--leaders", type=int, default=LEADERS)
    args = parser.parse_args()
    if args.small:
        args.tasks = 2000
        args.orgs = min(args.orgs, 100)
    home = args.home or (None if os.environ.get("DATABASE_URL") else tempfile.mkdtemp(prefix="luoshi-scale-"))
    setup_django(home)
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_test_environment

    if args.serve:
        if not os.environ.get("DATABASE_URL"):
            print("--serve needs DATABASE_URL (PostgreSQL: SQLite admits one writer at a time)", file=sys.stderr)
            return 2
        from luoshi.web import gunicorn_conf

        log_dir = tempfile.mkdtemp(prefix="luoshi-load-")
        process, url, access_log = serve(os.environ["DATABASE_URL"], args.workers,
                                         args.threads or gunicorn_conf.threads, args.cache, log_dir)
        try:
            load(url, args.seconds, args.reporters, args.leaders, args.think)
        finally:
            process.terminate()
            process.wait(timeout=60)
        slow_requests(access_log)
        return 0
    if args.load:
        return load(args.load, args.seconds, args.reporters, args.leaders, args.think)
    setup_test_environment()
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    if not args.reuse:
        call_command("migrate", verbosity=0)
        from luoshi.supervision.models import Task

        if Task.objects.exists():
            print("the database already has tasks: use --reuse, or an empty database", file=sys.stderr)
            return 2
        generate(args.tasks, args.orgs, max(1, min(12, args.months)))
    else:
        release_all(max(1, min(12, args.months)))
    if connection.vendor == "postgresql":
        # planner statistics and the visibility map: a bulk-loaded database, or a copy made with
        # createdb -T, has neither (autovacuum would make both in time, as on a running server;
        # until then pages would be timed on wrong plans, and index-only scans would read the
        # table anyway).  Quick once done: VACUUM skips the pages already all visible.
        with connection.cursor() as cur:
            cur.execute("VACUUM (ANALYZE)")
    if args.export_all:
        all_tasks_export(args.repeat or 1)
        return 0
    pages(args.repeat or 7, memory=not args.no_memory, only=args.only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
