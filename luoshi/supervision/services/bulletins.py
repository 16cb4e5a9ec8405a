"""Supervision bulletins (督察通报): a period's figures as a government notice.

``bulletin_content(period)`` gathers the figures into a plain, JSON-safe dict;
``render_html`` / ``render_docx`` / ``render_pdf`` lay the same dict out as a
web page, a Word document in 公文 layout and a PDF.  A draft shows the live
figures; ``publish`` freezes the content and the three renderings on the
Bulletin row, and a published bulletin never changes — a correction is a new
bulletin.

Definitions (see docs/status-rules.md):

* a submission's *report date* is the local date it was submitted; for rows the
  office imported from a compiled progress table (``source_document`` set, not
  marked late) it is the period's 截止统计日 (``period.end``), because the
  import time is the office's data entry, not when the unit reported;
* a unit reported *on time* for a task when a submitted or accepted submission
  of that task for the period has a report date on or before
  ``period.deadline`` and is not a late correction (``late``);
* a task is *completed late* (逾期完成) when its effective status is completed
  and the submission behind its assessment was not on time, or its report
  date is after the task's own deadline (完成时限).
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from luoshi.engine.api import STATUS_LABELS

from ..models import Assessment, Bulletin, Part, ReportingPeriod, Submission
from . import plans
from .formatting import format_pct
from .word import set_font, set_style_font

CONTENT_VERSION = 1
# The figure columns: completed on time and completed late are kept apart.
KEYS = ["completed", "completed_late", "ahead", "on_track", "behind", "seriously_behind", "not_started", "unclear"]
LABELS = {**STATUS_LABELS, "completed": "已完成", "completed_late": "逾期完成"}
LAGGING = ("behind", "seriously_behind", "not_started")
# Worse is larger; 无法判断 says nothing about direction and is left out of better/worse.
RANK = {"completed": 0, "completed_late": 0, "ahead": 1, "on_track": 2, "behind": 3, "seriously_behind": 4,
        "not_started": 5}
SNIPPET = 24
NARRATIVE_MAX = 300


class BulletinError(Exception):
    """A bulletin action refused (a published bulletin is frozen); the message is shown as is."""


# --- figures ----------------------------------------------------------------------

def report_date(sub: Submission | None, period: ReportingPeriod) -> date | None:
    if sub is None:
        return None
    if sub.source_document_id and not sub.late:
        return period.end
    if sub.submitted_at is None:
        return None
    return timezone.localtime(sub.submitted_at).date()


def on_time(sub: Submission | None, period: ReportingPeriod) -> bool:
    d = report_date(sub, period)
    return d is not None and not sub.late and sub.state in plans.REPORTED_STATES and d <= period.deadline


def _key(a: Assessment, period: ReportingPeriod) -> str:
    status = a.effective_status
    if status != "completed":
        return status
    sub = a.submission
    d = report_date(sub, period)
    late = not on_time(sub, period) or (d is not None and a.task.deadline is not None and d > a.task.deadline)
    return "completed_late" if late else "completed"


def _classified(period: ReportingPeriod) -> dict[int, tuple[Assessment, str]]:
    """task id → (current assessment, figure key) for the period."""
    rows = (Assessment.objects.filter(period=period, current=True).counted()   # flagged: only once confirmed
            .select_related("task", "submission").prefetch_related("overrides"))
    return {a.task_id: (a, _key(a, period)) for a in rows}


def _zero() -> dict[str, int]:
    return {k: 0 for k in KEYS}


def _root(part: Part | None, parts: dict[int, Part]) -> Part | None:
    seen = set()
    while part is not None and part.parent_id and part.parent_id not in seen:
        seen.add(part.pk)
        part = parts.get(part.parent_id)
    return part


def _snippets(a: Assessment) -> list[dict]:
    narrative = a.submission.narrative if a.submission else ""
    out = []
    for e in a.evidence or []:
        text, start, end = e.get("text", ""), e.get("start"), e.get("end")
        if (e.get("source") == "progress" and isinstance(start, int) and isinstance(end, int)
                and narrative[start:end] == text):
            before = narrative[max(0, start - SNIPPET):start]
            after = narrative[end:end + SNIPPET]
            out.append({"before": ("…" if start > SNIPPET else "") + before, "text": text,
                        "after": after + ("…" if end + SNIPPET < len(narrative) else "")})
        elif text:
            out.append({"before": "", "text": text, "after": ""})
    return out


def _previous(period: ReportingPeriod) -> ReportingPeriod | None:
    return (ReportingPeriod.objects.filter(plan=period.plan, end__lt=period.end)
            .order_by("-end", "-id").first())


def bulletin_content(period: ReportingPeriod) -> dict:
    """The figures of a period's bulletin as a plain dict (JSON-safe)."""
    plan = period.plan
    tasks = list(plan.tasks.select_related("part").prefetch_related("lead").order_by("order"))
    parts = {p.pk: p for p in Part.objects.filter(plan=plan)}
    current = _classified(period)

    totals = _zero()
    for _a, key in current.values():
        totals[key] += 1

    by_part: dict = {}
    by_org: dict = {}
    for task in tasks:
        root = _root(task.part, parts)
        pkey = root.pk if root else 0
        entry = by_part.setdefault(pkey, {
            "title": root.title if root else "未分板块", "order": root.order if root else 10**6,
            "tasks": 0, "assessed": 0, "by_status": _zero()})
        entry["tasks"] += 1
        found = current.get(task.pk)
        if found:
            entry["assessed"] += 1
            entry["by_status"][found[1]] += 1
        for org in task.lead.all():
            dept = by_org.setdefault(org.pk, {"name": org.name, "tasks": 0, "assessed": 0, "by_status": _zero()})
            dept["tasks"] += 1
            if found:
                dept["assessed"] += 1
                dept["by_status"][found[1]] += 1

    departments = sorted(by_org.values(), key=lambda d: (
        -sum(d["by_status"][k] for k in LAGGING), -d["tasks"], d["name"]))
    part_rows = [{k: v for k, v in p.items() if k != "order"}
                 for p in sorted(by_part.values(), key=lambda p: p["order"])]

    lagging = []
    for task in tasks:
        found = current.get(task.pk)
        if not found or found[1] not in LAGGING:
            continue
        a, key = found
        narrative = a.submission.narrative if a.submission else ""
        lagging.append({
            "code": task.code, "name": task.name or task.text[:60], "status": key, "status_label": LABELS[key],
            "leads": [o.name for o in task.lead.all()],
            "completion_pct": _pct(_completion(a)), "expected_pct": _pct(a.expected_pct),
            "reason": (a.override.reason if a.override else a.reason) or "",
            "evidence": _snippets(a),
            "narrative": narrative[:NARRATIVE_MAX] + ("…" if len(narrative) > NARRATIVE_MAX else ""),
        })
    lagging.sort(key=lambda t: (-RANK[t["status"]],))

    return {
        "version": CONTENT_VERSION,
        "generated_at": timezone.localtime().isoformat(timespec="seconds"),
        "plan": {"id": plan.pk, "title": plan.title, "year": plan.year,
                 "district": plan.organisation.name if plan.organisation_id else ""},
        "period": {"id": period.pk, "name": period.name, "start": period.start.isoformat(),
                   "end": period.end.isoformat(), "deadline": period.deadline.isoformat(),
                   "closed": period.closed},
        "keys": KEYS, "labels": {k: LABELS[k] for k in KEYS},
        "totals": {"tasks": len(tasks), "assessed": len(current), "unassessed": len(tasks) - len(current),
                   "by_status": totals},
        "parts": part_rows,
        "departments": departments,
        "not_on_time": _not_on_time(period),
        # Tasks with no lead unit and no assessment: nobody is held to report them (未明确牵头单位).
        "unassigned": [t.code for t in tasks if t.pk not in current and not t.lead.all()],
        "lagging": lagging,
        "change": _change(period, current, {t.pk: t for t in tasks}),
    }


def _completion(a: Assessment) -> float | None:
    o = a.override
    return o.completion_pct if o is not None and o.completion_pct is not None else a.completion_pct


def _pct(value: float | None) -> float | None:
    return None if value is None else round(float(value), 1)


def _not_on_time(period: ReportingPeriod) -> list[dict]:
    """Units that did not report on time (不按时报送): tasks with no submitted or accepted
    submission (未报送, from ``plans.missing_reports``) and tasks reported only after the deadline
    (逾期报送)."""
    out: dict[str, dict] = {}
    for org, missing in plans.missing_reports(period):
        out[org.name] = {"name": org.name, "missing": [t.code for t in missing], "late": []}
    subs = (Submission.objects.filter(period=period, state__in=plans.REPORTED_STATES)
            .select_related("task", "organisation").order_by("task__order", "version"))
    reported: dict[tuple[int, int], list[Submission]] = {}
    for sub in subs:
        reported.setdefault((sub.task_id, sub.organisation_id), []).append(sub)
    for group in reported.values():
        if any(on_time(s, period) for s in group):
            continue
        org, task = group[0].organisation, group[0].task
        if org.kind == "collective" or not task.lead.filter(pk=org.pk).exists():
            continue
        out.setdefault(org.name, {"name": org.name, "missing": [], "late": []})["late"].append(task.code)
    rows = [dict(r, count=len(r["missing"]) + len(r["late"])) for r in out.values()]
    return sorted(rows, key=lambda r: (-r["count"], r["name"]))


def _change(period: ReportingPeriod, current: dict, tasks: dict) -> dict | None:
    """The change since the previous period of the same plan (与上期相比)."""
    prev = _previous(period)
    if prev is None:
        return None
    before = _classified(prev)
    counts_now, counts_before = _zero(), _zero()
    for _a, key in current.values():
        counts_now[key] += 1
    for _a, key in before.values():
        counts_before[key] += 1
    worse, better = [], []
    for task_id, (_a, now) in current.items():
        if task_id not in before:
            continue
        was = before[task_id][1]
        if now not in RANK or was not in RANK or RANK[now] == RANK[was]:
            continue
        task = tasks.get(task_id)
        row = {"code": task.code, "name": task.name or task.text[:60], "before": was, "before_label": LABELS[was],
               "now": now, "now_label": LABELS[now]}
        (worse if RANK[now] > RANK[was] else better).append(row)
    return {
        "previous": {"id": prev.pk, "name": prev.name, "assessed": len(before)},
        "delta": {k: {"before": counts_before[k], "now": counts_now[k], "delta": counts_now[k] - counts_before[k]}
                  for k in KEYS},
        "worse": worse, "better": better,
    }


# --- bulletins --------------------------------------------------------------------

def clean_meta(number: str, title: str, issued_on) -> tuple[str, str, date]:
    number, title = (number or "").strip(), (title or "").strip()
    if not number or len(number) > 100:
        raise BulletinError(_("文号不能为空，且不超过100字"))
    if not title or len(title) > 200:
        raise BulletinError(_("标题不能为空，且不超过200字"))
    if isinstance(issued_on, datetime):
        issued_on = issued_on.date()
    if not isinstance(issued_on, date):
        try:
            issued_on = date.fromisoformat(str(issued_on))
        except ValueError:
            raise BulletinError(_("成文日期无效")) from None
    return number, title, issued_on


def default_title(period: ReportingPeriod) -> str:
    return f"关于{period.plan.title}{period.name}落实情况的通报"


def default_number(period: ReportingPeriod) -> str:
    year = timezone.localdate().year
    n = Bulletin.objects.filter(issued_on__year=year).count() + 1
    return f"督查通报〔{year}〕{n}号"


def issuer(period: ReportingPeriod) -> str:
    district = period.plan.organisation.name if period.plan.organisation_id else ""
    return f"{district}督查室" if district else "督查室"


def document_content(bulletin: Bulletin) -> dict:
    """What the bulletin shows: the frozen content once published, else the live figures."""
    if bulletin.published:
        return bulletin.content
    content = bulletin_content(bulletin.period)
    content["bulletin"] = {"number": bulletin.number, "title": bulletin.title,
                           "issued_on": bulletin.issued_on.isoformat(), "issuer": issuer(bulletin.period),
                           "published": False}
    return content


def latest_closed_period() -> ReportingPeriod | None:
    return ReportingPeriod.objects.filter(closed=True).order_by("-end", "-closed_at", "-id").first()


# --- rendering --------------------------------------------------------------------

def _date_cn(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def view_model(content: dict) -> dict:
    """The sentences and table rows of a bulletin, shared by the html, docx and pdf."""
    keys, labels = content["keys"], content["labels"]
    meta = content.get("bulletin") or {}
    totals = content["totals"]
    bs = totals["by_status"]
    done = bs["completed"] + bs["completed_late"]
    summary = (
        f"{content['plan']['title']}共有目标任务{totals['tasks']}项，{content['period']['name']}"
        f"已报送并研判{totals['assessed']}项，未研判{totals['unassessed']}项。已研判任务中，"
        f"已完成{done}项（其中按时完成{bs['completed']}项、逾期完成{bs['completed_late']}项），"
        f"超进度{bs['ahead']}项，达进度{bs['on_track']}项，欠进度{bs['behind']}项，"
        f"严重滞后{bs['seriously_behind']}项，未启动{bs['not_started']}项，无法判断{bs['unclear']}项。")
    headers = [labels[k] for k in keys]

    def row(title, entry):
        return [title, str(entry["tasks"]), str(entry["assessed"])] + [str(entry["by_status"][k]) for k in keys]

    total_row = row("合计", totals)
    not_on_time = content["not_on_time"]
    late_units = [u for u in not_on_time if u["late"]]
    missing_units = [u for u in not_on_time if u["missing"]]
    nt_summary = (f"截至报送截止日{_date_cn(content['period']['deadline'])}，共有{len(not_on_time)}个单位"
                  f"未按时报送（其中{len(missing_units)}个单位有任务未报送，{len(late_units)}个单位逾期报送）。"
                  if not_on_time else
                  f"截至报送截止日{_date_cn(content['period']['deadline'])}，各牵头单位均已按时报送。")
    unassigned = content.get("unassigned") or []
    if unassigned:
        nt_summary += f"另有{len(unassigned)}项任务未明确牵头单位且未报送进展（{'、'.join(unassigned)}）。"
    change = content.get("change")
    change_rows = []
    change_summary = "本期为该计划首个报送周期，无上期可比。"
    if change:
        change_rows = [[labels[k], str(change["delta"][k]["before"]), str(change["delta"][k]["now"]),
                        f"{change['delta'][k]['delta']:+d}"] for k in keys]
        change_summary = (f"与上期（{change['previous']['name']}）相比，研判任务由{change['previous']['assessed']}项"
                          f"变为{totals['assessed']}项；状态好转{len(change['better'])}项，"
                          f"状态下滑{len(change['worse'])}项。")
    return {
        "meta": {"number": meta.get("number", ""), "title": meta.get("title", ""),
                 "issuer": meta.get("issuer", ""),
                 "issued_on": _date_cn(meta["issued_on"]) if meta.get("issued_on") else "",
                 "published": meta.get("published", False)},
        "plan": content["plan"], "period": content["period"],
        "summary": summary, "headers": headers, "total_row": total_row,
        "part_rows": [row(p["title"], p) for p in content["parts"]] + [total_row],
        "dept_rows": [row(d["name"], d) for d in content["departments"]],
        "nt_summary": nt_summary,
        "nt_rows": [[u["name"], "、".join(u["missing"]) or "—", "、".join(u["late"]) or "—", str(u["count"])]
                    for u in not_on_time],
        "lagging": [dict(t, completion=format_pct(t["completion_pct"]), expected=format_pct(t["expected_pct"]),
                         leads_text="、".join(t["leads"]) or "—") for t in content["lagging"]],
        "change": change, "change_summary": change_summary, "change_rows": change_rows,
        "generated_at": content.get("generated_at", ""),
    }


def render_html(content: dict) -> str:
    """The bulletin as a standalone HTML page (also the source of the PDF); user text escaped."""
    return render_to_string("supervision/bulletins/document.html", {"v": view_model(content)})


def render_pdf(content: dict, html: str | None = None) -> bytes:
    """The bulletin as PDF, from the same HTML (WeasyPrint; A4, 公文 margins)."""
    from weasyprint import HTML

    return HTML(string=html if html is not None else render_html(content)).write_pdf()


# --- .docx in 公文 layout ---------------------------------------------------------------

TITLE_FONT = "方正小标宋简体"
HEI = "黑体"
FANGSONG = "仿宋_GB2312"
KAI = "楷体_GB2312"
RED = "FF0000"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _t(text) -> str:
    # XML 1.0 cannot hold control characters; a pasted narrative may contain them.
    return _CONTROL.sub("", str(text))




def _para(doc, text: str = "", font: str = FANGSONG, size: float = 16, bold: bool = False, align=None,
          indent: bool = False, colour: str | None = None, before: float = 0, after: float = 0,
          exact: float | None = 28):
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    if text:
        set_font(p.add_run(_t(text)), font, size, bold, colour)
    return p


def _red_rule(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", RED)):
        bottom.set(qn(k), v)
    border.append(bottom)
    ppr.append(border)


def _table(doc, headers: list[str], rows: list[list[str]], widths: list[float] | None = None,
           size: float = 10.5) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    # The header row repeats on every page the table runs over (tblHeader).
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(_t(text)), HEI, size)
    for values in rows:
        cells = table.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, values, strict=True)):
            p = cell.paragraphs[0]
            if i > 0 and len(str(text)) <= 6:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(_t(text)), FANGSONG, size)
    if widths is None:
        # The first column holds names; the figure columns share the rest of the 15.6 cm text width.
        first = 4.2 if len(headers) > 4 else 5.6
        widths = [first] + [(15.6 - first) / (len(headers) - 1)] * (len(headers) - 1)
    table.autofit = False
    # Word reads the cell widths, LibreOffice the grid (gridCol): set both.
    for column, w in zip(table.columns, widths, strict=False):
        column.width = Cm(w)
    for r in table.rows:
        for cell, w in zip(r.cells, widths, strict=False):
            cell.width = Cm(w)
    _para(doc, "", exact=None, after=6)


def _page_number_footer(section) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    set_font(run, "宋体", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    set_font(p.add_run(" —"), "宋体", 14)


def render_docx(content: dict) -> bytes:
    """The bulletin as .docx in 公文 layout: red 版头 with 文号 and red rule, 方正小标宋 title,
    仿宋_GB2312 三号 body at 28-point lines, 黑体 headings, tables for the figures."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    v = view_model(content)
    meta = v["meta"]
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    set_style_font(normal, FANGSONG, Pt(16))
    doc.core_properties.title = _t(meta["title"])[:200]
    doc.core_properties.subject = _t(meta["number"])[:200]
    center = WD_ALIGN_PARAGRAPH.CENTER

    # 版头: red 发文机关标志, 文号 line, red rule.
    _para(doc, "督察通报", TITLE_FONT, 42, bold=True, align=center, colour=RED, before=24, after=18, exact=None)
    p = _para(doc, meta["number"], FANGSONG, 16, align=center, exact=None, after=4)
    p = _para(doc, "", exact=None)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run(_t(meta["issuer"])), FANGSONG, 16)
    set_font(p.add_run("\t" + meta["issued_on"]), FANGSONG, 16)
    _red_rule(p)
    _para(doc, meta["title"], TITLE_FONT, 22, align=center, before=24, after=18, exact=None)

    _para(doc, "一、总体情况", HEI, 16).paragraph_format.keep_with_next = True
    _para(doc, v["summary"], indent=True)
    _table(doc, ["", "任务数", "已研判"] + v["headers"], [v["total_row"]], size=10)

    _para(doc, "二、分板块情况", HEI, 16).paragraph_format.keep_with_next = True
    _table(doc, ["板块", "任务数", "已研判"] + v["headers"], v["part_rows"], size=9)

    _para(doc, "三、各牵头单位情况", HEI, 16).paragraph_format.keep_with_next = True
    _table(doc, ["牵头单位", "任务数", "已研判"] + v["headers"], v["dept_rows"], size=9)

    _para(doc, "四、不按时报送单位", HEI, 16).paragraph_format.keep_with_next = True
    _para(doc, v["nt_summary"], indent=True)
    if v["nt_rows"]:
        _table(doc, ["单位", "未报送任务", "逾期报送任务", "合计"], v["nt_rows"], size=10)

    _para(doc, "五、进度滞后任务", HEI, 16).paragraph_format.keep_with_next = True
    if not v["lagging"]:
        _para(doc, "本期无欠进度、严重滞后或未启动的任务。", indent=True)
    for i, t in enumerate(v["lagging"], 1):
        _para(doc, f"（{i}）{t['code']} {t['name']}", KAI, 16).paragraph_format.keep_with_next = True
        _para(doc, f"牵头单位：{t['leads_text']}；研判状态：{t['status_label']}；完成度：{t['completion']}；"
                   f"序时进度：{t['expected']}。", indent=True)
        if t["reason"]:
            _para(doc, f"研判理由：{t['reason']}", indent=True)
        for e in t["evidence"]:
            p = _para(doc, "依据：", indent=True)
            set_font(p.add_run(_t(e["before"])), FANGSONG, 16)
            set_font(p.add_run(_t(e["text"])), FANGSONG, 16, bold=True)
            set_font(p.add_run(_t(e["after"])), FANGSONG, 16)

    _para(doc, "六、与上期相比", HEI, 16).paragraph_format.keep_with_next = True
    _para(doc, v["change_summary"], indent=True)
    if v["change"]:
        _table(doc, ["状态", "上期", "本期", "增减"], v["change_rows"], size=10)
        for label, rows in (("状态下滑", v["change"]["worse"]), ("状态好转", v["change"]["better"])):
            if rows:
                _para(doc, f"{label}：" + "；".join(f"{r['code']} {r['name']}（{r['before_label']}→{r['now_label']}）"
                                                    for r in rows), indent=True)

    _para(doc, "", exact=None, after=24)
    # The signature and its date stay on one page.
    _para(doc, meta["issuer"], align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.keep_with_next = True
    _para(doc, meta["issued_on"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number_footer(section)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


__all__ = ["BulletinError", "bulletin_content", "clean_meta",
           "document_content", "render_html", "render_docx", "render_pdf", "latest_closed_period",
           "default_title", "default_number", "view_model", "on_time", "report_date"]
