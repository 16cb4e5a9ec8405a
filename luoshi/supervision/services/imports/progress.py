"""Progress tables for a chosen plan: their rows and the task each links to, with the
confidence (sure / check / none) and the candidates, linked a chunk at a time."""

from __future__ import annotations

from collections import Counter

from django.utils.translation import gettext as _

from luoshi.core.models import SourceDocument
from luoshi.core.services import registry
from luoshi.engine import api
from luoshi.engine.api import UnreadableInput

from ...models import ImportBatch, Plan, TaskLink
from .. import plans

LINK_CHUNK = 25                 # progress rows linked per step (the progress bar's grain)


def _stored_tables(document: SourceDocument) -> list | None:
    """The tables as read when the file was uploaded and stored (``document.reading``), or None
    for a reading stored before it kept each row's line."""
    tables = (document.reading or {}).get("tables")
    if tables is None or any("row_lines" not in t for t in tables):
        return None
    return [api.Table(title=t.get("title", ""), columns=t["columns"], layout=t.get("layout", ""),
                      header=t.get("header", []), notes=t.get("notes", []),
                      rows=[api.Row(values=v, line=line) for v, line in zip(t["rows"], t["row_lines"], strict=True)])
            for t in tables]


def progress_rows(document: SourceDocument, plan: Plan) -> list:
    """The rows of a progress table for ``plan``.  Read when uploaded (without a reference) and
    stored whole; read again only when the plan's work report is the reference its layout may
    need (a table quoting the report's sentences without marks between the columns): a
    preview of 5,600 rows read the file twice, and its confirm a third time."""
    reference = plans.plan_reference(plan) or None
    stored = _stored_tables(document) if reference is None else None
    if stored is not None:
        doc = api.Document(name=document.name, text="", tables=stored)
    else:
        doc = plans.read_document(document, reference=reference)
    try:
        table = api.progress_table(doc)
    except UnreadableInput as e:
        raise plans.PlanError(str(e)) from e
    return api.parse_progress_table(table)


def progress_preview(batch: ImportBatch, step) -> dict:
    """Rows and links like ``plans.read_progress``, linked a chunk at a time so a long
    table shows its progress."""
    document, plan = batch.document, batch.plan
    period = batch.period or plans.current_period(plan)
    if period is None:
        raise plans.PlanError("该计划尚无报送周期，请先建立报送周期")
    batch.period = period                 # stored with the preview
    rows = progress_rows(document, plan)
    if not rows:
        raise plans.PlanError(_("进展情况表中没有数据行"))
    step(0, len(rows))
    plan_tasks = list(plans.engine_tasks_of(plan.tasks.all()).values())
    out = []
    linker = api.row_linker(plan_tasks)     # the plan indexed once, not once per chunk
    for start in range(0, len(rows), LINK_CHUNK):
        chunk = rows[start:start + LINK_CHUNK]
        for prow, link in zip(chunk, linker.link([r.task for r in chunk]), strict=True):
            out.append({
                "row": prow.row, "task": prow.task, "progress": prow.progress, "units": prow.units,
                "link": link.task_id, "link_text": link.task_text, "score": link.score,
                "confidence": link.confidence, "candidates": [c.to_json() for c in link.candidates],
            })
        step(min(start + LINK_CHUNK, len(rows)))
    already = TaskLink.objects.filter(document=document, plan=plan).exists()
    counts = Counter(r["confidence"] for r in out)
    return {"mode": "progress", "plan": plan.pk, "plan_title": plan.title, "period": period.pk,
            "period_name": period.name, "period_closed": period.closed, "rows": out,
            "counts": {c: counts.get(c, 0) for c in ("sure", "check", "none")}, "already": already}


def progress_unit_names(rows: list[dict]) -> list[str]:
    """The units a progress table's 责任单位 cells name (split as the confirm splits them):
    those a confirm may give to tasks that have none, so the preview asks about new ones."""
    reg = registry()
    return sorted({reg.normalise(n) or n for r in rows for n in reg.split_list(r.get("units") or "")
                   if reg.looks_like_org(n)})
