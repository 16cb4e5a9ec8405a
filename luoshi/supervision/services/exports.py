"""Exports (导出): any list to .xlsx; shared by every area's list pages."""

from __future__ import annotations

import io
import json
from urllib.parse import quote

from django.db.models import Count, OuterRef, Subquery
from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from luoshi.core.models import AuditEvent, Organisation
from luoshi.engine.api import safe_cell

from ..models import ExportChunk, Indicator, ReportingPeriod, Submission, TargetVersion, Task
from . import api as q
from . import review
from .formatting import format_indicator
from .plans import missing_reports
from .word import set_font, set_style_font

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def xlsx_bytes(title: str, headers: list[str], rows: list[list]) -> bytes:
    """One sheet: a bold header row, wrapped text, frozen header."""
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31] or "Sheet1"
    ws.append([str(h) for h in headers])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F0E6E6")
    for row in rows:
        ws.append([_cell(v) for v in row])
    for column in ws.columns:
        width = max((len(str(c.value or "")) for c in column[:200]), default=8)
        ws.column_dimensions[column[0].column_letter].width = min(60, max(8, width * 1.6))
        for c in column[1:]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _cell(value):
    # The engine's one rule for every spreadsheet cell: no control characters, no formulas.
    return "" if value is None else safe_cell(value)


def download(data: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return response


def stored_pieces(job):
    """A background export's file (its ``ExportChunk`` pieces, in order), read one piece a
    query: sending a file of any size holds one piece (about 1 MB) at a time."""
    ids = list(ExportChunk.objects.filter(job=job).order_by("seq").values_list("pk", flat=True))
    for pk in ids:
        data = ExportChunk.objects.filter(pk=pk).values_list("data", flat=True).first()
        if data is None:    # expired while it was being sent: the file ends short of its length
            return
        yield bytes(data)


def stored_download(job) -> StreamingHttpResponse:
    """The finished file of a background export, streamed piece by piece with its length."""
    response = StreamingHttpResponse(stored_pieces(job), content_type=job.content_type or XLSX)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(job.filename)}"
    response["Content-Length"] = str(job.size)
    return response


def xlsx_response(filename: str, headers: list[str], rows: list[list], title: str = "") -> HttpResponse:
    return download(xlsx_bytes(title or filename.rsplit(".", 1)[0], headers, rows), filename, XLSX)


# --- the exports of the supervision lists (导出清单) ----------------------------------
# Each builder takes the user and the query string, applies the same visibility as
# the matching page (reporters only their own organisation's tasks and submissions),
# and returns (filename, headers, rows) for xlsx_response, or the bytes of a .docx.



def safe_filename(text: str, limit: int = 80) -> str:
    """A file name from user text: no path separators or control characters."""
    cleaned = ILLEGAL_CHARACTERS_RE.sub("", str(text))
    for ch in '/\\:*?"<>|\r\n\t':
        cleaned = cleaned.replace(ch, "_")
    return cleaned.strip(" .")[:limit] or "导出"


def _local(dt) -> str:
    return timezone.localtime(dt).strftime("%Y-%m-%d %H:%M") if dt else ""


def _pct(value):
    return round(value, 1) if value is not None else ""


def _pct_text(value) -> str:
    return f"{_pct(value)}%" if value is not None else "—"


def _names(orgs) -> str:
    return "、".join(o.name for o in orgs)


def _task_scope(sel) -> str:
    if sel.period is not None:
        return sel.period.name
    if sel.plan is not None:
        return sel.plan.title
    return "全部"


TASK_HEADERS = ["序号", "年度计划", "编号", "板块", "任务名称", "任务内容", "量化指标", "牵头单位", "配合单位", "目标类型",
                "完成时限", "最新状态", "研判周期", "完成度(%)", "序时进度(%)", "最新进展（已采纳）", "进展周期"]


def task_rows(user, params, on_progress=None):
    """The task list (任务清单) with each task's latest effective status and accepted progress.

    Returns (selection, rows) where each row is a dict; raises services.api.ApiError.
    ``on_progress(done, total)`` after each chunk."""
    sel = q.select_tasks(user, params)
    total = sel.tasks.count() if on_progress is not None else 0
    rows = []
    for chunk in _row_chunks(sel):
        rows += chunk
        if on_progress is not None:
            on_progress(len(rows), total)
    return sel, rows


#: tasks read per query when an export walks a selection: memory stays at one chunk's rows
CHUNK = 500


def _row_chunks(sel, chunk: int | None = None):
    """The selection's rows, ``chunk`` (default ``CHUNK``, read when called) tasks at a time (ids
    first, in the selection's order; then each chunk's tasks with their verdicts): a constant
    number of queries per chunk."""
    chunk = chunk or CHUNK
    ids = list(sel.tasks.values_list("pk", flat=True))
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        found = {t.pk: t for t in sel.tasks.model.objects.filter(pk__in=part)
                 .select_related("plan", "part", "part__parent")}
        tasks = [found[pk] for pk in part if pk in found]
        units = _unit_names(part)
        indicators = _indicator_texts(part)
        assessments, accepted = q.verdicts(sel, tasks)
        yield [_task_row(t, assessments.get(t.pk), accepted.get(t.pk), units, indicators.get(t.pk, ()))
               for t in tasks]


def _indicator_texts(task_ids) -> dict[int, list[str]]:
    """Task id → its current target's indicators as text (规上工业增加值≥6–7%: a range with both
    ends), in one query a chunk: the indicators of each task's latest target version."""
    latest = (TargetVersion.objects.filter(task_id=OuterRef("target_version__task_id"))
              .order_by("-version").values("id")[:1])
    out: dict[int, list[str]] = {}
    for task_id, metric, value, high, unit, comparator, qualifier, kind in (
            Indicator.objects.filter(target_version__task_id__in=task_ids, target_version_id=Subquery(latest))
            .order_by("id").values_list("target_version__task_id", "metric", "value", "value_high", "unit",
                                        "comparator", "qualifier", "kind")):
        out.setdefault(task_id, []).append(format_indicator(metric, value, high, unit, comparator, qualifier, kind))
    return out


def _unit_names(task_ids) -> dict[tuple[str, int], list[str]]:
    """("lead" or "cooperating", task id) → the units' names in name order, two queries a chunk
    (a prefetch builds a queryset per task and relation: more than the rest of the row costs)."""
    out: dict[tuple[str, int], list[str]] = {}
    for role, through in (("lead", Task.lead.through), ("cooperating", Task.cooperating.through)):
        for task_id, name in (through.objects.filter(task_id__in=task_ids)
                              .order_by("organisation__name", "organisation_id")
                              .values_list("task_id", "organisation__name")):
            out.setdefault((role, task_id), []).append(name)
    return out


def _task_row(t, a, s, units, indicators=()) -> dict:
    status = a.effective_status if a else ""
    part = t.part
    return {
        "task": t, "plan": t.plan.title, "code": t.code,
        "part": (f"{part.parent.title} / {part.title}" if part and part.parent_id else part.title) if part else "",
        "name": t.name, "text": t.text, "indicators": "；".join(indicators),
        "lead": "、".join(units.get(("lead", t.pk), ())),
        "cooperating": "、".join(units.get(("cooperating", t.pk), ())),
        "target_class": str(t.get_target_class_display()) if t.target_class else "",
        "deadline": t.deadline.isoformat() if t.deadline else t.deadline_text,
        "status": status, "status_label": str(q.STATUS_LABELS.get(status, "未研判")) if status else "未研判",
        "period": a.period.name if a else "",
        "completion": a.effective_completion if a else None,
        "expected": a.expected_pct if a else None,
        "progress": s.narrative if s else "", "progress_period": s.period.name if s else "",
    }


def _task_table_row(i: int, r: dict) -> list:
    return [i, r["plan"], r["code"], r["part"], r["name"], r["text"], r["indicators"], r["lead"], r["cooperating"],
            r["target_class"], r["deadline"], r["status_label"], r["period"], _pct(r["completion"]),
            _pct(r["expected"]), r["progress"], r["progress_period"]]


def tasks_filename(sel) -> str:
    return safe_filename(f"任务清单-{_task_scope(sel)}") + ".xlsx"


#: rows an export may write within its request; a larger one is a background job (后台导出)
#: written by the worker with its progress, so no request's time or memory grows with the data
INLINE_ROWS = 1000
#: tasks a Word document may hold (python-docx keeps the whole document in memory, even in the worker)
DOCX_MAX_ROWS = 5000


def spans_plans(user, params) -> bool:
    """Whether the task export asked for covers more than one plan (then it runs as a job)."""
    sel = q.select_tasks(user, params)
    return sel.plan is None and sel.period is None and sel.tasks.values("plan_id").distinct().count() > 1


def tasks_as_job(user, params) -> bool:
    """Whether a task export runs as a job: it covers more than one plan, or more than
    ``INLINE_ROWS`` tasks."""
    return spans_plans(user, params) or q.select_tasks(user, params).tasks.count() > INLINE_ROWS


def tasks_docx_as_job(user, params) -> bool:
    """Whether the task list as .docx runs as a job (more than ``INLINE_ROWS`` tasks); more than
    ``DOCX_MAX_ROWS`` is refused with a message pointing to the .xlsx."""
    n = q.select_tasks(user, params).tasks.count()
    if n > DOCX_MAX_ROWS:
        raise q.ApiError(f"任务清单超过 {DOCX_MAX_ROWS} 项（共 {n} 项），Word 文档过大：请缩小筛选范围，或导出 .xlsx")
    return n > INLINE_ROWS


def submissions_as_job(user, params) -> bool:
    """Whether the submissions export runs as a job (more than ``INLINE_ROWS`` versions)."""
    qs, _period = q.select_submissions(user, params)
    return qs.order_by().count() > INLINE_ROWS


def write_tasks_xlsx(user, params, out, on_progress=None) -> str:
    """The task list as .xlsx written to the binary file ``out`` in openpyxl's write-only
    (streaming) mode, chunk by chunk, so memory does not grow with the number of tasks;
    ``on_progress(done, total)`` every ``CHUNK`` rows and at the end.  Returns the file name."""
    sel = q.select_tasks(user, params)

    def rows():
        done = 0
        for chunk in _row_chunks(sel):
            for r in chunk:
                done += 1
                yield _task_table_row(done, r)

    write_xlsx_stream(out, tasks_filename(sel).rsplit(".", 1)[0], TASK_HEADERS,
                      (6, 20, 10, 20, 24, 60, 30, 20, 20, 10, 12, 10, 12, 10, 10, 60, 12), rows(),
                      sel.tasks.count(), on_progress=on_progress, numbered=False)
    return tasks_filename(sel)


def tasks_table(user, params):
    sel, rows = task_rows(user, params)
    table = [_task_table_row(i, r) for i, r in enumerate(rows, 1)]
    return tasks_filename(sel), TASK_HEADERS, table


DOCX_COLUMNS = [("序号", 11), ("编号", 20), ("任务内容", 66), ("牵头单位", 26), ("配合单位", 24),
                ("完成时限", 20), ("落实状态", 18), ("完成度/序时进度", 20), ("最新进展（已采纳）", 52)]
BODY_FONT, HEADING_FONT = "仿宋", "黑体"




def _docx_text(value) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", str(value or ""))


def tasks_docx(user, params, on_progress=None) -> tuple[str, bytes]:
    """The task list with statuses as a Word document (任务清单及落实情况): landscape A4,
    a title, the date, a summary by status and a table whose header row repeats on every page."""
    sel, rows = task_rows(user, params, on_progress)
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(20))
    section.top_margin = section.bottom_margin = Mm(18)
    normal = doc.styles["Normal"]
    set_style_font(normal, BODY_FONT, Pt(12))

    scope = _task_scope(sel)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(title.add_run(_docx_text(f"{scope}任务清单及落实情况" if scope != "全部" else "任务清单及落实情况")),
                HEADING_FONT, Pt(18), True)
    today = timezone.localdate()
    meta = doc.add_paragraph()
    meta.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(meta.add_run(f"导出日期：{today.year}年{today.month}月{today.day}日"), BODY_FONT, Pt(12))
    described = sel.describe()
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["status_label"]] = counts.get(r["status_label"], 0) + 1
    order = [str(q.STATUS_LABELS[s]) for s in q.STATUS_ORDER] + ["未研判"]
    summary = "；".join(f"{label}{counts[label]}项" for label in order if counts.get(label))
    p = doc.add_paragraph()
    set_font(p.add_run(_docx_text(f"筛选条件：{described or '全部'}。共{len(rows)}项" + (f"，其中{summary}。" if summary
                                                                                        else "。"))),
                BODY_FONT, Pt(12))

    table = doc.add_table(rows=1, cols=len(DOCX_COLUMNS))
    table.style = "Table Grid"
    table.autofit = False
    for col, (_label, width) in zip(table.columns, DOCX_COLUMNS, strict=True):
        col.width = Mm(width)  # the grid (LibreOffice, WPS) as well as each cell (Word)
    header = table.rows[0]
    tr_pr = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)  # the header row repeats at the top of each page
    for cell, (label, width) in zip(header.cells, DOCX_COLUMNS, strict=True):
        cell.width = Mm(width)
        para = cell.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(para.add_run(label), HEADING_FONT, Pt(11), True)
    for i, r in enumerate(rows, 1):
        text = r["text"]
        if r["name"] and not text.startswith(r["name"]):
            text = f"{r['name']}：{text}"
        if r["indicators"]:
            text += f"\n量化指标：{r['indicators']}"
        pct = "" if r["completion"] is None and r["expected"] is None else (
            f"{_pct_text(r['completion'])} / {_pct_text(r['expected'])}")
        values = [i, r["code"], text, r["lead"], r["cooperating"], r["deadline"], r["status_label"], pct,
                  (f"（{r['progress_period']}）" if r["progress_period"] else "") + r["progress"]]
        cells = table.add_row().cells
        for cell, value, (_label, width) in zip(cells, values, DOCX_COLUMNS, strict=True):
            cell.width = Mm(width)
            set_font(cell.paragraphs[0].add_run(_docx_text(value)), BODY_FONT, Pt(10.5))
    out = io.BytesIO()
    doc.save(out)
    return safe_filename(f"任务清单-{scope}") + ".docx", out.getvalue()


SUBMISSION_HEADERS = ["序号", "年度计划", "任务编号", "任务内容", "报送单位", "报送周期", "版本", "状态", "逾期更正",
                      "进展情况", "提交时间", "审核时间", "审核意见"]


def submissions_table(user, params):
    """The submissions (进展报送) this user may see: the review queue with ``state=submitted``."""
    qs, period = q.select_submissions(user, params)
    rows = [_submission_row(i, s) for i, s in enumerate(qs, 1)]
    base = "审核队列" if params.get("state") == "submitted" else "进展报送"
    scope = period.name if period is not None else "全部"
    return safe_filename(f"{base}-{scope}") + ".xlsx", SUBMISSION_HEADERS, rows


SUBMISSION_WIDTHS = (6, 20, 10, 40, 20, 14, 6, 10, 8, 60, 16, 16, 30)


def write_xlsx_stream(out, title: str, headers: list[str], widths, rows, total: int, on_progress=None,
                      every: int | None = None, numbered: bool = True) -> None:
    """One sheet written to the binary file ``out`` in openpyxl's write-only (streaming) mode
    from the iterator ``rows`` (lists of values, without the 序号 column: it is added, unless
    ``numbered`` is false and the rows carry their own first column): a bold header row, fixed
    column widths, frozen header; memory does not grow with the rows.
    ``on_progress(done, total)`` every ``every`` (default ``CHUNK``) rows and at the end."""
    every = every or CHUNK
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=title[:31] or "Sheet1")
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    header = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=str(h))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F0E6E6")
        header.append(cell)
    ws.append(header)
    done = 0
    for row in rows:
        done += 1
        ws.append([_cell(v) for v in ([done, *row] if numbered else row)])
        if on_progress is not None and done % every == 0:
            on_progress(done, total)
    if on_progress is not None:
        on_progress(done, total)
    wb.save(out)


def write_submissions_xlsx(user, params, out, on_progress=None, chunk: int | None = None) -> str:
    """The submissions export written streaming (``write_xlsx_stream``), ``chunk`` rows a query:
    the same columns as ``submissions_table``.  Returns the file name."""
    chunk = chunk or CHUNK
    qs, period = q.select_submissions(user, params)
    base = "审核队列" if params.get("state") == "submitted" else "进展报送"
    name = safe_filename(f"{base}-{period.name if period is not None else '全部'}") + ".xlsx"
    # plain tuples, not four model instances a row: a million rows is minutes of the worker's CPU
    labels = {value: str(label) for value, label in Submission.STATE_CHOICES}
    fields = ("task__plan__title", "task__code", "task__name", "task__text", "organisation__name", "period__name",
              "version", "state", "late", "narrative", "submitted_at", "reviewed_at", "review_comment")
    rows = ([plan, code, task_name or text, unit, period_name, version, labels.get(state, state), "是" if late else "",
             narrative, _local(submitted), _local(reviewed), comment]
            for (plan, code, task_name, text, unit, period_name, version, state, late, narrative, submitted, reviewed,
                 comment) in qs.values_list(*fields).iterator(chunk_size=chunk))
    write_xlsx_stream(out, name.rsplit(".", 1)[0], SUBMISSION_HEADERS, SUBMISSION_WIDTHS, rows,
                      qs.order_by().count(), on_progress, chunk)
    return name


def _submission_row(i: int, s) -> list:
    return [i, s.task.plan.title, s.task.code, s.task.name or s.task.text, s.organisation.name, s.period.name,
            s.version, str(s.get_state_display()), "是" if s.late else "", s.narrative, _local(s.submitted_at),
            _local(s.reviewed_at), s.review_comment]


ASSESSMENT_HEADERS = ["序号", "任务编号", "任务内容", "牵头单位", "研判状态", "引擎研判", "人工研判理由", "完成度(%)",
                      "序时进度(%)", "依据原文", "研判理由", "报送编号", "引擎版本", "提示"]


def assessments_table(user, params):
    """The current assessments (研判结果) of a period with their evidence and reason; why the engine doubts
    a verdict (提示) only in the office's download (review.sees_flag_reasons)."""
    period = q.assessment_period(params)
    reasons = review.sees_flag_reasons(user)
    rows = [_assessment_row(i, a, reasons) for i, a in enumerate(q.period_assessments(user, period), 1)]
    return safe_filename(f"研判结果-{period.name}") + ".xlsx", ASSESSMENT_HEADERS, rows


def _assessment_row(i: int, a, reasons: bool = False) -> list:
    override = a.override
    status = a.effective_status
    evidence = "；".join(str(e.get("text", "")) for e in (a.evidence or []) if isinstance(e, dict))
    return [i, a.task.code, a.task.name or a.task.text, _names(a.task.lead.all()),
            str(q.STATUS_LABELS.get(status, status)), str(q.STATUS_LABELS.get(a.status, a.status)),
            override.reason if override else "", _pct(a.effective_completion), _pct(a.expected_pct),
            evidence, a.reason, a.submission_id or "", a.engine_version,
            "；".join(review.flag_labels(a.flags)) if reasons else ""]


ASSESSMENT_WIDTHS = (6, 10, 40, 20, 10, 10, 30, 10, 10, 60, 40, 10, 12, 40)


def assessments_as_job(user, params) -> bool:
    """Whether a period's assessments export runs as a job (more than ``INLINE_ROWS``)."""
    return q.period_assessments(user, q.assessment_period(params)).order_by().count() > INLINE_ROWS


def write_assessments_xlsx(user, params, out, on_progress=None, chunk: int | None = None) -> str:
    """A period's assessments written streaming, ``chunk`` rows (with their prefetches) at a time."""
    chunk = chunk or CHUNK
    period = q.assessment_period(params)
    qs = q.period_assessments(user, period)
    name = safe_filename(f"研判结果-{period.name}") + ".xlsx"
    reasons = review.sees_flag_reasons(user)
    rows = (_assessment_row(0, a, reasons)[1:] for a in qs.iterator(chunk_size=chunk))
    write_xlsx_stream(out, name.rsplit(".", 1)[0], ASSESSMENT_HEADERS, ASSESSMENT_WIDTHS, rows,
                      qs.order_by().count(), on_progress, chunk)
    return name


MISSING_HEADERS = ["序号", "单位", "未报送任务数", "任务编号", "任务内容"]


def missing_table(params):
    """Units that have not reported for a period (未报送单位), from services.plans.missing_reports."""
    period_id = q.int_param(params, "period", required=True)
    period = ReportingPeriod.objects.filter(pk=period_id).first()
    if period is None:
        raise q.ApiError("报送周期不存在", 404)
    rows = [[i, org.name, len(tasks), "、".join(t.code for t in tasks),
             "\n".join(f"{t.code} {t.name or t.text}" for t in tasks)]
            for i, (org, tasks) in enumerate(missing_reports(period), 1)]
    return safe_filename(f"未报送单位-{period.name}") + ".xlsx", MISSING_HEADERS, rows


ORGANISATION_HEADERS = ["序号", "名称", "类别", "上级", "别名", "牵头任务数", "配合任务数"]


def organisations_table():
    qs = (Organisation.objects.select_related("parent").prefetch_related("aliases")
          .annotate(n_lead=Count("lead_tasks", distinct=True), n_coop=Count("cooperating_tasks", distinct=True))
          .order_by("kind", "name"))
    rows = [[i, o.name, str(o.get_kind_display()), o.parent.name if o.parent else "",
             "、".join(a.alias for a in o.aliases.all()), o.n_lead, o.n_coop] for i, o in enumerate(qs, 1)]
    return "组织机构.xlsx", ORGANISATION_HEADERS, rows


AUDIT_HEADERS = ["编号", "时间", "操作人", "操作", "对象类型", "对象", "详情", "哈希"]


def audit_table():
    """The whole audit log (审计日志), oldest first, as it is chained."""
    return AUDIT_FILENAME, AUDIT_HEADERS, list(_audit_rows(AuditEvent.objects.all()))


AUDIT_FILENAME = "审计日志.xlsx"
AUDIT_WIDTHS = (10, 16, 16, 24, 16, 12, 80, 66)
_AUDIT_FIELDS = ("id", "at", "actor_name", "action", "object_type", "object_id", "detail", "hash")


def _audit_rows(events, chunk: int | None = None):
    """The rows of ``events`` (a queryset of AuditEvent) in the log's order, read as plain tuples
    (``values_list``), ``chunk`` at a time: no model instance per event."""
    for pk, at, actor, action, object_type, object_id, detail, digest in (
            events.order_by("id").values_list(*_AUDIT_FIELDS).iterator(chunk_size=chunk or CHUNK)):
        yield [pk, _local(at), actor, action, object_type, object_id,
               json.dumps(detail, ensure_ascii=False, default=str), digest]


def audit_as_job() -> bool:
    """Whether the audit log export runs as a job: more than ``INLINE_ROWS`` events (found by
    reading at most ``INLINE_ROWS + 1`` ids of the index, not by counting millions)."""
    return AuditEvent.objects.order_by("id").values_list("id", flat=True)[INLINE_ROWS:INLINE_ROWS + 1].exists()


def last_audit_id() -> int:
    """The id of the log's latest event (0 for an empty log): a job's export stops there."""
    return AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0


def write_audit_xlsx(params, out, on_progress=None, chunk: int | None = None) -> str:
    """The audit log written streaming (``write_xlsx_stream``), oldest first, up to the event
    ``params["upto"]`` (the latest when the job was asked for: the log as it stood then, not
    the events the job itself adds on its way).  Returns the file name."""
    chunk = chunk or CHUNK
    events = AuditEvent.objects.all()
    if params.get("upto") is not None:
        events = events.filter(id__lte=int(params["upto"]))
    write_xlsx_stream(out, AUDIT_FILENAME.rsplit(".", 1)[0], AUDIT_HEADERS, AUDIT_WIDTHS,
                      _audit_rows(events, chunk), events.order_by().count(), on_progress, chunk, numbered=False)
    return AUDIT_FILENAME
