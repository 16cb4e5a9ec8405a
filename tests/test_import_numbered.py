"""A numbered progress page uploaded in the web app is imported as progress (issue 11 items 5 and 7).

A page of numbered rows with no header row (1、task：progress; task then progress on the next line;
进展情况：/责任单位： lines; 1、task，牵头部门：unit。progress; cells apart by spaces under a header) is read by
the engine's reader as a progress table (numbered.page_table), so the stored reading of the upload holds the
table and its kind is progress_table: the import previews its rows linked to the plan's tasks, confirms them
as submissions with their assessments, and the office sees them in review, as for a tabled page.  Without a
plan it asks which plan the page reports on.  The pages (tests/fixtures/numbered) are invented in the manner
of district progress bulletins, against the 上城 2020 plan; they were landed before the import first ran on
them.  First run: four of the five read; the page titled after the work report (…政府工作报告重点工作…推进
情况, line.txt) was taken for the report and imported as a plan — now read as a bulletin on one.  The browser
test (tests/test_browser_numbered.py) then showed labelled.txt's heading between runs (二、社会事业) appended to the
progress of the row before it: a heading now closes that row.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.urls import reverse

from luoshi.core.models import SourceDocument
from luoshi.engine import api
from luoshi.supervision.models import Assessment, ImportBatch, Plan, Submission, TaskLink

from .demo import sc2020
from .uploads import start_import

PAGES = Path(__file__).resolve().parent / "fixtures" / "numbered"
SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"
CORPUS = Path("/work/shared/corpus")
TAG = re.compile(r"(?s)<style.*?</style>|<[^>]+>")

# (page, rows, the plan task each row reports on, submissions made).  A row becomes a submission when its task
# has a reporting unit or the row names one: line.txt and next.txt name none and the plan gives R4-3-8 and R4-2-2
# none (as for a tabled page: their links are kept, for the office to give the tasks a unit).
SHAPES = [
    ("line.txt", 4, ["R4-3-8", "R4-3-5", "R5-2-2", "R4-2-3"], 3),
    ("next.txt", 3, ["R4-2-2", "R4-2-8", "R5-3-7"], 2),
    ("labelled.txt", 4, ["R4-3-10", "R4-3-6", "R5-2-7", "R5-1-6"], 4),
    ("inline.txt", 3, ["L9", "L8", "L4"], 3),
    ("spaced.txt", 3, ["R3-1-5", "R4-2-6b", "R4-2-1"], 3),
]


def upload(client, name: str, **fields) -> ImportBatch:
    return start_import(client, name, (PAGES / name).read_bytes(), **fields)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "n", "links", "made"), SHAPES)
def test_a_numbered_page_is_imported_as_progress(office_client, name, n, links, made):
    plan = sc2020()
    period = plan.periods.get(name="2020年下半年")
    batch = upload(office_client, name, plan=plan.pk, period=period.pk)
    document = SourceDocument.objects.get(pk=batch.document_id)
    assert document.kind == "progress_table"
    assert [t["layout"] for t in document.reading["tables"]] == ["numbered"]
    assert batch.preview["mode"] == "progress", batch.preview
    rows = batch.preview["rows"]
    assert len(rows) == n and [r["link"] for r in rows] == links
    assert not any("社会事业" in r["progress"] for r in rows)
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert rows[0]["progress"][:8] in page and "2020年下半年" in page

    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {"confirm_new_units": "on"})
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.state == "confirmed"
    subs = Submission.objects.filter(period=period, source_document=batch.document)
    assert subs.count() == made
    assessments = Assessment.objects.filter(submission__in=subs, current=True)
    assert assessments.count() == made and not {a.status for a in assessments} <= {"unclear"}
    assert TaskLink.objects.filter(document=batch.document, plan=plan).count() == n
    assert not Plan.objects.filter(documents=batch.document).exists()      # no plan made of it
    sub = subs.select_related("task").first()
    review = office_client.get(reverse("review_submission", args=[sub.pk])).content.decode()
    shown = "".join(TAG.sub("", review).split())        # the narrative's figures are marked up one by one
    assert "".join(sub.narrative.split())[:12] in shown and sub.task.code in shown


@pytest.mark.django_db
def test_without_a_plan_it_asks_which_plan(office_client):
    batch = upload(office_client, "labelled.txt")
    assert batch.preview["mode"] == "kind_check" and batch.preview["year"] == 2020
    assert sc2020().pk in [p["id"] for p in batch.preview["plans"]]


# --- one engine function decides, for the CLI and the web alike -------------------------------------------


@pytest.mark.parametrize("name", [s[0] for s in SHAPES])
def test_the_cli_reads_the_rows_the_web_stores(name):
    path = PAGES / name
    by_path = api.parse_progress_table(api.progress_table(api.read_document(path)))
    stored = api.read_document(path.read_bytes(), name).to_json()["tables"]
    assert [r.task for r in by_path] == [r["task"] for r in stored[0]["rows"]]
    assert [r.progress for r in by_path] == [r["progress"] for r in stored[0]["rows"]]


GUARDS = [SAMPLES / "shangcheng-2020-work-report.txt", SAMPLES / "shangcheng-2019-decomposition.txt",
          SAMPLES / "shangcheng-yearbook-awards-and-plans.txt"]
# dev corpus work reports whose numbered measures or glossary would pass for numbered rows on their own
CORPUS_REPORTS = ["001_shenzhen_nanshan_2022_work_report.txt", "031_karamay_2020_work_report.txt",
                  "039_sichuan_2025_work_report.txt", "040_sichuan_2026_work_report.txt",
                  "043_hunan_2019_work_report.txt"]


@pytest.mark.parametrize("path", GUARDS + [CORPUS / n for n in CORPUS_REPORTS], ids=lambda p: p.name[:24])
def test_no_work_report_or_plan_is_taken_for_a_numbered_page(path):
    if not path.exists():
        pytest.skip("the shared corpus is not on this machine")
    doc = api.read_document(path)
    assert doc.kind != "progress_table" and all(t.layout != "numbered" for t in doc.tables)
