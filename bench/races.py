"""Racing requests against a live server (issue 13 item 6): each race is two people (or two
tabs) sending the same kind of request at the same instant, released by a barrier.

Races, each for --rounds rounds:
  first_draft   two tabs of one reporter save the first draft of the same report
  edit_draft    two tabs edit the same draft, each from the page it loaded
  same_file     the same new file uploaded twice at once
  double_confirm  the same import confirmed twice at once
  twin_preview  the same file previewed in two imports, both confirmed at once
  two_reviewers two office users accept / return the same submission at once

Counted: HTTP 5xx, duplicates (two drafts, two documents, two plans for one file, two
reviews), lost edits (both saves reported success, so one person's text vanished), and
after everything the audit log's forks and broken links (manage.py verify_audit).
Each race must end with exactly one success and, for the other request, a clear message.

Starts gunicorn exactly as deployed (tests/deploy_servers.py) on SQLite in a temporary
home, or on PostgreSQL in a fresh database when --postgres URL is given.

    .venv/bin/python bench/races.py [--rounds 5] [--postgres postgres://postgres@127.0.0.1:5432]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import threading
import urllib.parse
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.deploy_servers import AppServer, Browser, manage, production_env  # noqa: E402

SETUP = r"""
import json
from luoshi.core.models import Profile
from luoshi.supervision.models import ReportingPeriod, Submission, Task
from luoshi.supervision.actions import submissions as S
from django.contrib.auth import get_user_model
User = get_user_model()
reporter = User.objects.get(username="reporter")
org = reporter.profile.organisation
free = []
for period in ReportingPeriod.objects.filter(closed=False).order_by("end"):
    for task in Task.objects.filter(plan=period.plan, lead=org).order_by("pk"):
        if not Submission.objects.filter(task=task, period=period, organisation=org).exists():
            free.append((task.pk, period.pk))
need = int(NEED)
assert len(free) >= 3 * need, f"only {len(free)} free reports"
drafts, edits, reviews = free[:need], free[need:2 * need], free[2 * need:3 * need]
edit_ids = []
for t, p in edits:
    edit_ids.append(S.do_save_submission_draft(Task.objects.get(pk=t), ReportingPeriod.objects.get(pk=p),
                                               "原有草稿", acting_user=reporter).pk)
review_ids = []
for t, p in reviews:
    review_ids.append(S.do_save_and_submit_submission(Task.objects.get(pk=t), ReportingPeriod.objects.get(pk=p),
                                                      "已完成全年任务的一半", acting_user=reporter).pk)
print(json.dumps({"drafts": drafts, "edits": edits, "reviews": review_ids, "org": org.pk}))
"""

COUNT = r"""
import json
from luoshi.core.models import SourceDocument
from luoshi.supervision.models import Plan, Submission
args = json.loads(ARGS)
drafts = [Submission.objects.filter(task_id=t, period_id=p, organisation_id=args["org"]).count()
          for t, p in args["drafts"]]
edits = [list(Submission.objects.filter(task_id=t, period_id=p, organisation_id=args["org"])
              .values_list("narrative", flat=True)) for t, p in args["edits"]]
docs = [SourceDocument.objects.filter(sha256=h).count() for h in args["hashes"]]
plans = [Plan.objects.filter(documents__sha256=h).distinct().count() for h in args["plan_hashes"]]
reviews = [Submission.objects.get(pk=s).state for s in args["reviews"]]
print(json.dumps({"drafts": drafts, "edits": edits, "docs": docs, "plans": plans, "reviews": reviews}))
"""


# Not a race to pass: the edit race with forms that do not say which version they were
# filled from (the pages before the optimistic check), to show what the check prevents.
BASELINE = "baseline_unchecked_edit"


def shell(env: dict, code: str) -> dict:
    out = manage(env, "shell", "-c", code)
    return json.loads(out.strip().splitlines()[-1])


def csrf_of(page: bytes) -> str:
    m = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert m, "no CSRF token"
    return m.group(1).decode()


def field_of(page: bytes, name: str) -> str:
    m = re.search(rb'name="' + name.encode() + rb'" value="([^"]*)"', page) or re.search(
        rb'value="([^"]*)" name="' + name.encode() + rb'"', page)
    return m.group(1).decode() if m else ""


def form_body(fields: dict) -> tuple[bytes, dict]:
    return urllib.parse.urlencode(fields).encode(), {"Content-Type": "application/x-www-form-urlencoded"}


def multipart(fields: dict, files: dict) -> tuple[bytes, dict]:
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
             for k, v in fields.items()]
    for k, (filename, content) in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"; filename="{filename}"\r\n'
                     f'Content-Type: application/octet-stream\r\n\r\n'.encode() + content + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), {
        "Content-Type": f"multipart/form-data; boundary={boundary}"}


def at_once(requests: list) -> list[tuple[int, bytes]]:
    """Send each (browser, url, body, headers) from its own thread, released together."""
    barrier = threading.Barrier(len(requests))
    results: list = [None] * len(requests)

    def run(i, browser, url, body, headers):
        barrier.wait()
        try:
            status, _, content = browser.request(url, body, headers)
        except OSError as e:     # a dropped connection counts as a server failure
            status, content = 599, str(e).encode()
        results[i] = (status, content)

    threads = [threading.Thread(target=run, args=(i, *r)) for i, r in enumerate(requests)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results


def plan_file(tag: str) -> bytes:
    rows = "".join(f"{i} | 竞态测试任务{tag}第{i}项建设示范点{i}处 | {i}处 | 区财政局\n" for i in range(1, 4))
    return f"2041年目标任务分解表{tag}\n序号 | 任务名称 | 指标要求 | 牵头单位\n{rows}".encode()


class Tally:
    def __init__(self):
        self.rows: dict[str, dict] = {}

    def add(self, race: str, statuses: list[int], ok: int, clear: bool, duplicates: int = 0, lost: int = 0):
        row = self.rows.setdefault(race, {"rounds": 0, "http_5xx": 0, "one_success": 0, "clear_message": 0,
                                           "duplicates": 0, "lost_edits": 0})
        row["rounds"] += 1
        row["http_5xx"] += sum(1 for s in statuses if s >= 500)
        row["one_success"] += ok == 1
        row["clear_message"] += clear
        row["duplicates"] += duplicates
        row["lost_edits"] += lost


def run(rounds: int, database_url: str | None = None, log_dir: Path | None = None) -> dict:
    """Every race ``rounds`` times; returns the tally and the audit check."""
    home = Path(tempfile.mkdtemp(prefix="luoshi-races-"))
    extra = {"LUOSHI_DEBUG": "1"}
    if database_url:
        name = f"luoshi_races_{uuid.uuid4().hex[:8]}"
        import psycopg

        with psycopg.connect(database_url.rstrip("/") + "/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        extra["DATABASE_URL"] = database_url.rstrip("/") + "/" + name
    env = production_env(home, **extra)
    manage(env, "migrate", "--noinput")
    manage(env, "load_samples")
    manage(env, "create_demo_accounts")
    setup = shell(env, SETUP.replace("NEED", str(rounds)))
    server = AppServer("races", env, log_dir or home, workers=2, threads=4)
    tally = Tally()
    hashes, plan_hashes = [], []
    try:
        url = server.url

        def person(username):
            b = Browser()
            b.login(url, username)
            return b

        tab1, tab2 = person("reporter"), person("reporter")
        office1, office2 = person("office"), person("office")

        for (task, period) in setup["drafts"]:              # two tabs, the first draft
            page_url = f"{url}/portal/tasks/{task}/periods/{period}/"
            reqs = []
            for i, tab in enumerate((tab1, tab2)):
                _, _, page = tab.get(page_url)
                fields = {"csrfmiddlewaretoken": csrf_of(page), "based_on": field_of(page, "based_on"),
                          "narrative": f"第{i + 1}个窗口的进展", "action": "save"}
                reqs.append((tab, page_url, *form_body(fields)))
            res = at_once(reqs)
            statuses = [s for s, _ in res]
            ok = statuses.count(302)
            clear = all(s == 302 or (s in (400, 409) and ("未保存" in c.decode(errors="replace")))
                        for s, c in res)
            tally.add("first_draft", statuses, ok, clear)

        for (task, period) in setup["edits"]:               # two tabs edit one draft
            page_url = f"{url}/portal/tasks/{task}/periods/{period}/"
            reqs = []
            for i, tab in enumerate((tab1, tab2)):
                _, _, page = tab.get(page_url)
                fields = {"csrfmiddlewaretoken": csrf_of(page), "based_on": field_of(page, "based_on"),
                          "narrative": f"窗口{i + 1}的修改", "action": "save"}
                reqs.append((tab, page_url, *form_body(fields)))
            res = at_once(reqs)
            statuses = [s for s, _ in res]
            ok = statuses.count(302)
            tally.add("edit_draft", statuses, ok,
                      all(s == 302 or "未保存" in c.decode(errors="replace") for s, c in res),
                      lost=1 if ok > 1 else 0)

        for (task, period) in setup["edits"]:               # baseline: the same, without the version field
            page_url = f"{url}/portal/tasks/{task}/periods/{period}/"
            reqs = []
            for i, tab in enumerate((tab1, tab2)):
                _, _, page = tab.get(page_url)
                fields = {"csrfmiddlewaretoken": csrf_of(page), "narrative": f"无版本校验窗口{i + 1}", "action": "save"}
                reqs.append((tab, page_url, *form_body(fields)))
            res = at_once(reqs)
            statuses = [s for s, _ in res]
            ok = statuses.count(302)
            tally.add(BASELINE, statuses, ok, True, lost=1 if ok > 1 else 0)

        for r in range(rounds):                             # the same file twice at once
            data = plan_file(f"S{r}-{uuid.uuid4().hex[:6]}")
            import hashlib

            hashes.append(hashlib.sha256(data).hexdigest())
            reqs = []
            for office in (office1, office2):
                _, _, page = office.get(url + "/import/")
                body, headers = multipart({"csrfmiddlewaretoken": csrf_of(page), "year": "2041"},
                                          {"file": ("同一文件.txt", data)})
                reqs.append((office, url + "/import/", body, headers))
            res = at_once(reqs)
            statuses = [s for s, _ in res]
            tally.add("same_file", statuses, min(1, statuses.count(302)),
                      all(s in (302, 400, 409) for s in statuses))

        def new_batch(office, data, name):
            _, _, page = office.get(url + "/import/")
            body, headers = multipart({"csrfmiddlewaretoken": csrf_of(page), "year": "2041"}, {"file": (name, data)})
            status, headers, _ = office.request(url + "/import/", body, headers)
            assert status == 302, f"import start: {status}"
            return int(headers["Location"].rstrip("/").split("/")[-1])

        for r in range(rounds):                             # one import confirmed twice
            data = plan_file(f"C{r}-{uuid.uuid4().hex[:6]}")
            plan_hashes.append(hashlib.sha256(data).hexdigest())
            batch = new_batch(office1, data, "确认两次.txt")
            reqs = []
            for office in (office1, office2):
                _, _, page = office.get(f"{url}/import/{batch}/")
                reqs.append((office, f"{url}/import/{batch}/confirm/",
                             *form_body({"csrfmiddlewaretoken": csrf_of(page)})))
            res = at_once(reqs)
            statuses = [s for s, _ in res]
            tally.add("double_confirm", statuses, statuses.count(302),
                      all(s == 302 or "已确认" in c.decode(errors="replace") for s, c in res))

        for r in range(rounds):                             # one file, two previews, both confirmed
            data = plan_file(f"T{r}-{uuid.uuid4().hex[:6]}")
            plan_hashes.append(hashlib.sha256(data).hexdigest())
            batches = [new_batch(office1, data, "预览两次.txt"), new_batch(office2, data, "预览两次.txt")]
            reqs = []
            for office, batch in zip((office1, office2), batches, strict=True):
                _, _, page = office.get(f"{url}/import/{batch}/")
                reqs.append((office, f"{url}/import/{batch}/confirm/",
                             *form_body({"csrfmiddlewaretoken": csrf_of(page)})))
            res = at_once(reqs)
            statuses = [s for s, _ in res]
            # the second is either refused ("已由另一次导入确认") or, if it read after the
            # first committed, confirmed as "already imported" without a second plan
            tally.add("twin_preview", statuses, min(1, statuses.count(302)),
                      all(s == 302 or "重复确认" in c.decode(errors="replace") for s, c in res))

        for i, sub in enumerate(setup["reviews"]):          # two reviewers, one submission
            reqs = []
            for j, office in enumerate((office1, office2)):
                _, _, page = office.get(f"{url}/review/{sub}/")
                action = "accept" if (i + j) % 2 == 0 else "return"
                reqs.append((office, f"{url}/review/{sub}/",
                             *form_body({"csrfmiddlewaretoken": csrf_of(page), "action": action,
                                         "comment": f"审核人{j + 1}意见"})))
            res = at_once(reqs)
            statuses = [s for s, _ in res]
            tally.add("two_reviewers", statuses, statuses.count(302),
                      all(s == 302 or "只有待审核" in c.decode(errors="replace") for s, c in res))

        counts = shell(env, COUNT.replace("ARGS", repr(json.dumps({**setup, "hashes": hashes,
                                                                    "plan_hashes": plan_hashes}))))
        for n in counts["drafts"]:
            tally.rows["first_draft"]["duplicates"] += max(0, n - 1)
        for n in counts["docs"]:
            tally.rows["same_file"]["duplicates"] += max(0, n - 1)
        for i, n in enumerate(counts["plans"]):
            key = "double_confirm" if i < rounds else "twin_preview"
            tally.rows[key]["duplicates"] += max(0, n - 1)
        for narratives in counts["edits"]:
            tally.rows["edit_draft"]["duplicates"] += max(0, len(narratives) - 1)
        verified = json.loads(manage(env, "verify_audit", "--json").strip().splitlines()[-1])
    except RuntimeError as e:
        verified = {"ok": False, "error": str(e)[-500:], "broken": [], "count": 0}
    finally:
        server.stop()
        if database_url:
            import psycopg

            with psycopg.connect(database_url.rstrip("/") + "/postgres", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{extra["DATABASE_URL"].rsplit("/", 1)[1]}" WITH (FORCE)')
    forks = sum(1 for b in verified.get("broken", []) if b["kind"] == "fork")
    return {"database": "postgresql" if database_url else "sqlite", "races": tally.rows,
            "audit": {"ok": verified.get("ok"), "events": verified.get("count"), "forks": forks,
                      "broken": len(verified.get("broken", []))}}


def report(result: dict) -> str:
    lines = [f"== {result['database']} ==",
             f"{'race':<26}{'rounds':>7}{'5xx':>6}{'one success':>13}{'clear msg':>11}{'duplicates':>12}{'lost edits':>12}"]
    for race, r in result["races"].items():
        lines.append(f"{race:<26}{r['rounds']:>7}{r['http_5xx']:>6}{r['one_success']:>13}{r['clear_message']:>11}"
                     f"{r['duplicates']:>12}{r['lost_edits']:>12}")
    totals = {k: sum(r[k] for name, r in result["races"].items() if name != BASELINE)
              for k in ("http_5xx", "duplicates", "lost_edits")}
    a = result["audit"]
    lines.append(f"totals: {totals['http_5xx']} × 5xx, {totals['duplicates']} duplicates, {totals['lost_edits']} lost edits; "
                 f"audit log: {a['events']} events, {a['forks']} forks, {a['broken']} broken links "
                 f"({'intact' if a['ok'] else 'BROKEN'})")
    lines.append(f"(totals without {BASELINE}: the edit race with forms that carry no version, as before the "
                 "check; its lost edits are what the check prevents)")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--postgres", help="a PostgreSQL server URL without database name; also run there")
    args = parser.parse_args()
    results = [run(args.rounds)]
    if args.postgres:
        results.append(run(args.rounds, args.postgres))
    bad = 0
    for result in results:
        print(report(result))
        rows = [r for name, r in result["races"].items() if name != BASELINE]
        bad += sum(r["http_5xx"] + r["duplicates"] + r["lost_edits"] for r in rows) + result["audit"]["broken"]
        bad += sum(r["rounds"] - r["one_success"] + r["rounds"] - r["clear_message"] for r in rows)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
