"""The reporter's pages, periods, year-end, the API and exports at scale (issue 16).

Query counts must not grow with the data (the same two databases as
test_scale_queries: the samples, then the samples plus generated plans with a
year of monthly progress); lists that could hold thousands of rows are paged.
Times are measured by bench/scale.py, not here.
"""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client

from luoshi.core.models import Organisation
from luoshi.supervision.models import Plan, Submission, Task
from luoshi.supervision.views import portal as portal_views
from luoshi.supervision.views import review as review_views

from .test_scale_queries import count, grow

pytestmark = pytest.mark.django_db


def routes(plan: Plan) -> dict[str, tuple[str, str]]:
    period = plan.periods.order_by("end")[2]
    task = plan.tasks.order_by("order").first()
    open_period = plan.periods.filter(closed=False).order_by("end").first()
    q = f"plan={plan.pk}&period={period.pk}"
    return {
        "portal, page 2": ("reporter", "/portal/?page=2"),
        "periods, page 2": ("office", "/periods/?page=2"),
        "year-end": ("office", "/yearend/"),
        "API plans": ("office", "/api/v1/plans/"),
        "API plan": ("office", f"/api/v1/plans/{plan.pk}/"),
        "API periods": ("office", f"/api/v1/periods/?plan={plan.pk}"),
        "API submissions": ("office", f"/api/v1/submissions/?plan={plan.pk}&limit=5"),
        "API assessments": ("office", f"/api/v1/assessments/?{q}&limit=5"),
        "API organisations": ("office", "/api/v1/organisations/"),
        "API task, reporter": ("reporter", f"/api/v1/tasks/{task.pk}/"),
        "xlsx of one plan": ("office", f"/exports/tasks.xlsx?{q}"),
        "missing.xlsx": ("office", f"/exports/missing.xlsx?period={open_period.pk}"),
    }


#: routes whose query count still grows with the data (recorded, not hidden)
GROWING: dict[str, str] = {
}


@pytest.mark.parametrize("name", [
    "portal, page 2", "periods, page 2", "year-end", "API plans", "API plan", "API periods", "API submissions", "API assessments",
    "API organisations", "API task, reporter", "xlsx of one plan", "missing.xlsx"])
def test_query_count_does_not_grow_with_data(name, monkeypatch):
    if name in GROWING:
        pytest.xfail(GROWING[name])
    monkeypatch.setattr(portal_views, "PORTAL_PAGE", 5)
    monkeypatch.setattr(review_views, "PERIODS_PAGE", 2)
    plan = grow(plans=1, tasks=12)
    clients = {"anonymous": Client()}
    for user in ("office", "leader", "reporter"):
        clients[user] = Client()
        clients[user].login(username=user, password="luoshi-demo")
    user, url = routes(plan)[name]
    count(clients[user], url)  # warm caches that are filled once per process
    small = count(clients[user], url)
    grow(plans=3, tasks=25, into=plan)
    count(clients[user], url)  # warm again: a page now holds other periods, cached under another key
    large = count(clients[user], url)
    assert large == small, f"{name}: {small} queries with little data, {large} with more"


def _portal_links(client: Client, page: int) -> tuple[list[int], str]:
    html = client.get(f"/portal/?page={page}").content.decode()
    return [int(pk) for pk in re.findall(r'href="/portal/tasks/(\d+)/periods/\d+/"', html)], html


def test_portal_pages_every_task_once_and_counts_them_all(monkeypatch):
    """我的任务 is paged by task rows; walking the pages shows each of the unit's tasks once,
    and each plan's heading counts all its tasks, not only the page's."""
    monkeypatch.setattr(portal_views, "PORTAL_PAGE", 7)
    plan = grow(plans=2, tasks=30, units=3)
    org = Organisation.objects.get(name="区发改经信局")
    mine = set(Task.objects.filter(lead=org).values_list("pk", flat=True)) | set(
        Task.objects.filter(cooperating=org).values_list("pk", flat=True))
    mine &= set(Task.objects.filter(plan__periods__isnull=False).values_list("pk", flat=True))
    client = Client()
    client.login(username="reporter", password="luoshi-demo")
    seen: list[int] = []
    lead_here, headed = plan.tasks.filter(lead=org).count(), 0
    pages = -(-len(mine) // 7)
    for page in range(1, pages + 1):
        links, html = _portal_links(client, page)
        assert 0 < len(links) <= 7, (page, len(links))
        seen += links
        assert f"第 {page} / {pages} 页" in html
        if f"{plan.title}</h2>" in html and "牵头任务" in html.split(f"{plan.title}</h2>")[1].split("</section>")[0]:
            headed += 1
            section = html.split(f"{plan.title}</h2>")[1].split("</section>")[0]
            assert f'牵头任务 <small class="meta">{lead_here}</small>' in section
    assert sorted(seen) == sorted(mine) and len(seen) == len(set(seen))
    assert headed and lead_here > 7  # the plan's lead tasks span pages; each heading counts them all
    # past the last page: the last page again (not an error)
    assert _portal_links(client, pages + 5)[0] == _portal_links(client, pages)[0]


def test_periods_page_shows_every_plan_once_with_its_counts(monkeypatch):
    """报送周期 is paged by plan; walking the pages shows each plan once with all its periods,
    and a period's counts are those of its own submissions."""
    monkeypatch.setattr(review_views, "PERIODS_PAGE", 2)
    plan = grow(plans=3, tasks=6)
    client = Client()
    client.login(username="office", password="luoshi-demo")
    n = Plan.objects.count()
    pages = -(-n // 2)
    seen = []
    for page in range(1, pages + 1):
        html = client.get(f"/periods/?page={page}").content.decode()
        seen += re.findall(r'action="/plans/(\d+)/withdraw/"', html)
        assert f"第 {page} / {pages} 页" in html
        if f"<h2>{plan.title} " in html:
            section = html.split(f"<h2>{plan.title} ")[1].split("</section>")[0]
            assert section.count('action="/periods/') >= plan.periods.count()
            # the third month: 5 accepted tasks of 6 and one awaiting review
            third = plan.periods.order_by("end")[2]
            row = section.split(f"<td>{third.name}</td>")[1].split("</tr>")[0]
            assert f'?period={third.pk}">1</a>' in row and "5 / 6" in row
    assert sorted(map(int, seen)) == sorted(Plan.objects.values_list("pk", flat=True))


# --- exports: more than a request's share of rows is a job ---------------------------------

def _job_of(response):
    from luoshi.supervision.models import ExportJob

    assert response.status_code == 302, response.status_code
    return ExportJob.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))


def _file(job) -> bytes:
    """A background export's stored file, its pieces joined."""
    from luoshi.supervision.services.exports import stored_pieces

    return b"".join(stored_pieces(job))


def _sheet(data: bytes):
    import io

    from openpyxl import load_workbook

    rows = [[c.value for c in r] for r in load_workbook(io.BytesIO(data)).active.iter_rows()]
    return rows[0], rows[1:]


def test_exports_over_the_inline_rows_are_jobs_with_the_same_rows(monkeypatch):
    """One plan's task list, its Word document, the submissions and a period's verdicts: written
    in the request up to INLINE_ROWS rows, by the worker (with progress) beyond; the same rows."""
    import io

    from docx import Document

    from luoshi.supervision.models import Submission
    from luoshi.supervision.services import exports

    plan = grow(plans=1, tasks=12)
    client = Client()
    client.login(username="office", password="luoshi-demo")
    inline_xlsx = b"".join(client.get(f"/exports/tasks.xlsx?plan={plan.pk}").streaming_content)
    inline_subs = client.get(f"/exports/submissions.xlsx?plan={plan.pk}").content
    inline_docx = client.get(f"/exports/tasks.docx?plan={plan.pk}").content
    third = plan.periods.order_by("end")[2]
    inline_assessments = client.get(f"/exports/assessments.xlsx?period={third.pk}").content
    monkeypatch.setattr(exports, "INLINE_ROWS", 10)
    monkeypatch.setattr(exports, "CHUNK", 5)

    job = _job_of(client.get(f"/exports/tasks.xlsx?plan={plan.pk}"))
    assert job.kind == "tasks_xlsx" and job.state == "done" and job.done == job.total == 12
    assert _sheet(_file(job)) == _sheet(inline_xlsx)

    job = _job_of(client.get(f"/exports/submissions.xlsx?plan={plan.pk}"))
    assert job.kind == "submissions_xlsx" and job.state == "done"
    assert job.total == Submission.objects.filter(task__plan=plan).exclude(state="draft").count() > 10
    assert job.done == job.total
    streamed, table = _sheet(_file(job)), _sheet(inline_subs)
    assert streamed[0] == table[0] and streamed[1] == table[1]
    assert job.filename == "进展报送-全部.xlsx"

    job = _job_of(client.get(f"/exports/assessments.xlsx?period={third.pk}"))
    assert job.kind == "assessments_xlsx" and job.state == "done" and job.done == job.total == 11
    streamed, table = _sheet(_file(job)), _sheet(inline_assessments)
    assert streamed[0] == table[0] and streamed[1] == table[1]

    job = _job_of(client.get(f"/exports/tasks.docx?plan={plan.pk}"))
    assert job.kind == "tasks_docx" and job.state == "done" and job.done == job.total == 12
    cells = [[c.text for c in r.cells] for r in Document(io.BytesIO(_file(job))).tables[0].rows]
    assert cells == [[c.text for c in r.cells] for r in Document(io.BytesIO(inline_docx)).tables[0].rows]
    download = client.get(f"/exports/jobs/{job.pk}/download/")
    assert download.status_code == 200 and download["Content-Type"] == exports.DOCX

    # beyond what a Word document holds: refused with a message, no job
    monkeypatch.setattr(exports, "DOCX_MAX_ROWS", 11)
    refused = client.get(f"/exports/tasks.docx?plan={plan.pk}")
    assert refused.status_code == 400 and ".xlsx" in refused.content.decode()
    # a reporter's job is written with the reporter's visibility only
    reporter = Client()
    reporter.login(username="reporter", password="luoshi-demo")
    monkeypatch.setattr(exports, "INLINE_ROWS", 0)
    job = _job_of(reporter.get(f"/exports/submissions.xlsx?plan={plan.pk}"))
    _header, rows = _sheet(_file(job))
    units = {r[_header.index("报送单位")] for r in rows}
    assert units == {"区发改经信局"}


def test_api_lists_attachments_without_reading_their_bytes():
    """The submissions API lists each attachment's name and size; the files' bytes (megabytes
    each) stay in the database, on the list and on one submission alike."""
    from django.db import connection

    from luoshi.supervision.models import Attachment, Submission

    plan = grow(plans=1, tasks=3)
    sub = Submission.objects.filter(task__plan=plan, state="accepted").order_by("pk").first()
    Attachment.objects.create(submission=sub, name="附件.pdf", content=b"%PDF" + b"x" * 1000, size=1004,
                              sha256="0" * 64, content_type="application/pdf")
    client = Client()
    client.login(username="office", password="luoshi-demo")
    for url in (f"/api/v1/submissions/?plan={plan.pk}&limit=500", f"/api/v1/submissions/{sub.pk}/",
                f"/api/v1/tasks/{sub.task_id}/"):
        seen = []
        with connection.execute_wrapper(lambda execute, sql, *a, seen=seen: seen.append(sql) or execute(sql, *a)):
            body = client.get(url).json()
        listed = body["results"] if "results" in body else [body] if "attachments" in body else body["submissions"]
        assert {"name": "附件.pdf", "size": 1004} in [
            {k: a[k] for k in ("name", "size")} for s in listed for a in s["attachments"]], url
        assert not [q for q in seen if '"supervision_attachment"."content"' in q], url


def _post_count(client: Client, url: str, data: dict) -> int:
    seen = []

    def wrapper(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(wrapper):
        response = client.post(url, data)
        assert response.status_code == 302, (url, response.status_code)
    return len(seen)


def test_saving_and_submitting_a_report_takes_few_queries_whatever_the_data():
    """The writes reporters make all day: a first draft, an edit of it, save-and-submit.  They
    read the target's indicators once each (not five times), lock only the task and the
    version, and submit the draft the save just checked without reading it all again."""
    plan = grow(plans=1, tasks=12)
    period = plan.periods.order_by("end")[6]   # open, nothing reported in it yet
    first, second = plan.tasks.filter(lead__name="区发改经信局").order_by("order")[:2]
    client = Client()
    client.login(username="reporter", password="luoshi-demo")

    def report(task) -> tuple[int, int, int]:
        url = f"/portal/tasks/{task.pk}/periods/{period.pk}/"
        assert client.get(url).status_code == 200
        return (_post_count(client, url, {"narrative": "已完成进度的七成", "action": "save"}),
                _post_count(client, url, {"narrative": "已完成进度的八成", "action": "save"}),
                _post_count(client, url, {"narrative": "已完成进度的八成，正在验收", "action": "submit"}))

    small = report(first)
    assert Submission.objects.get(task=first, period=period).state == "submitted"
    grow(plans=3, tasks=25, into=plan)
    large = report(second)
    assert large == small
    assert max(large) <= 28, large   # 33 and 46 before (a save, a save-and-submit)
