"""Import with preview (导入): upload, preview and correct, confirm or cancel.  Office only."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_noop as N_
from django.views.decorators.http import require_POST

from luoshi.core.actions.jobs import recover
from luoshi.core.forms import UploadForm
from luoshi.core.models import AuditEvent, Role
from luoshi.core.services import ImportRefused

from ..actions import import_confirm as confirm_actions
from ..actions import import_preview as preview_actions
from ..actions import imports as import_actions
from ..models import ImportBatch, Plan, ReportingPeriod
from ..permissions import role_required
from ..services import imports as import_services
from ..services.formatting import format_indicator

KIND_LABELS = {
    "work_report": N_("政府工作报告"), "decomposition_table": N_("目标任务分解表"),
    "progress_table": N_("进展情况表"), "awards_table": N_("荣誉表彰表"), "plan": N_("规划计划"),
    "notice": N_("通知"), "minutes": N_("会议纪要"), "unknown": N_("未识别"),
}
MODE_LABELS = {
    "plan_new": N_("新建计划"), "plan_update": N_("更正已有计划"), "progress": N_("导入进展"),
    "progress_plan": N_("由进展表新建计划"), "awards": N_("导入荣誉"), "kind_check": N_("确认文件类型"),
}
FREQUENCY_CHOICES = [("", gettext_lazy("暂不建立")), *ReportingPeriod.FREQ_CHOICES]


class ImportForm(UploadForm):
    """The upload (上传) with what it is for: a plan and period for progress, a year for a plan."""

    plan = forms.ModelChoiceField(label=gettext_lazy("计划（导入进展或更正计划时选择）"),
                                  queryset=Plan.objects.all(), required=False)
    period = forms.ModelChoiceField(label=gettext_lazy("报送周期（导入进展时选择）"),
                                    queryset=ReportingPeriod.objects.select_related("plan"), required=False)
    year = forms.IntegerField(label=gettext_lazy("年度（新建计划时）"), min_value=2000, max_value=2100,
                              required=False)
    title = forms.CharField(label=gettext_lazy("计划名称（可选）"), max_length=200, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].label_from_instance = lambda p: f"{p.plan.title} · {p.name}"

    def clean(self):
        data = super().clean()
        plan, period = data.get("plan"), data.get("period")
        if plan and period and period.plan_id != plan.pk:
            self.add_error("period", _("所选报送周期不属于所选计划"))
        return data


def _recent():
    return (ImportBatch.objects.defer("preview", "upload").select_related("plan", "period", "created_by")
            .order_by("-created_at", "-pk")[:20])


def _start_page(request, form, status=200):
    return render(request, "supervision/imports/start.html", {
        "form": form, "batches": _recent(), "kind_labels": KIND_LABELS}, status=status)


@role_required(Role.OFFICE)
def import_start(request):
    if request.method != "POST":
        return _start_page(request, ImportForm())
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _start_page(request, form, status=400)
    f = form.cleaned_data["file"]
    try:
        batch = import_actions.do_start_import(f.read(), f.name, plan=form.cleaned_data["plan"],
                                               period=form.cleaned_data["period"],
                                               year=form.cleaned_data["year"],
                                               title=form.cleaned_data["title"], acting_user=request.user)
    except ImportRefused as e:
        form.add_error("file", str(e))
        return _start_page(request, form, status=400)
    return redirect("import_preview", pk=batch.pk)


def _shown_units(preview: dict) -> dict[str, tuple[str, str]]:
    """The units shown in a task's fields: as read; for a changed task whose new version
    names no units, the units the plan's task has now (so leaving them means no change)."""
    shown = {t["id"]: ("、".join(t["lead"]), "、".join(t["cooperating"])) for t in preview.get("tasks", [])}
    for item in (preview.get("diff") or {}).get("changed", []):
        if not item["new_lead"] and not item["new_cooperating"]:
            shown[item["code"]] = ("、".join(item["old_lead"]), "、".join(item["old_cooperating"]))
    return shown


def _plan_rows(batch: ImportBatch) -> list[dict]:
    """The found tasks with their form field names and shown values (corrections kept)."""
    fixes = (batch.corrections or {}).get("tasks") or {}
    shown = _shown_units(batch.preview)
    # a five-year task (今后五年, “十四五”时期) is marked, and left out unless the person includes them
    left_out = not (batch.corrections or {}).get("include_five_year")
    # a new plan's codes as they will be saved (numbered without the five-year tasks left out)
    tasks = batch.preview.get("tasks", [])
    codes = (import_services.imported_codes(tasks, left_out) if batch.preview.get("mode") != "plan_update"
             else {t["id"]: t["id"] for t in tasks})
    rows = []
    for i, t in enumerate(batch.preview.get("tasks", [])):
        fix = fixes.get(t["id"], {})
        five_year = bool(t.get("five_year"))
        # each indicator as the office writes it (地区生产总值≥9%, 一般公共预算收入基本同步), not ">= 9.0%"
        indicators = [{**ind, "shown": format_indicator(ind["metric"], ind.get("value"), ind.get("value_high"),
                                                        ind.get("unit", ""), ind.get("comparator", ""),
                                                        ind.get("qualifier", ""), ind.get("kind", ""))}
                      for ind in t.get("indicators", [])]
        rows.append({**t, "indicators": indicators, "i": i, "lead_text": fix.get("lead", shown[t["id"]][0]),
                     "coop_text": fix.get("cooperating", shown[t["id"]][1]),
                     "edit_text": fix.get("text", t["text"]), "exclude": fix.get("exclude", False),
                     "five_year": five_year, "five_year_out": five_year and left_out,
                     # a row left out has no code in the plan (its engine code would read as a year's task's)
                     "code": "—" if five_year and left_out else codes[t["id"]]})
    return rows


def _section_of(tasks: list[dict]) -> list[int]:
    """Each found task's section (板块) number, in order of first appearance: the preview's
    collapsible groups, and what the bulk fields of a section (exclude-section-K,
    lead-section-K) apply to."""
    numbers: dict[str, int] = {}
    return [numbers.setdefault(t.get("part") or "", len(numbers)) for t in tasks]


def _sections(rows: list[dict]) -> list[dict]:
    """The rows grouped by section; a section needing attention (a row without a lead unit,
    or naming a unit not in the directory) is shown open, the others collapsed."""
    sections: list[dict] = []
    for row, k in zip(rows, _section_of(rows), strict=True):
        if k == len(sections):
            sections.append({"k": k, "part": row.get("part") or "", "rows": []})
        sections[k]["rows"].append(row)
    for section in sections:
        section["attention"] = sum(1 for r in section["rows"] if r.get("attention"))
        section["excluded"] = all(r["exclude"] for r in section["rows"])
        section["five_year"] = all(r["five_year"] for r in section["rows"])   # a five-year part: said on its head
    return sections


def _mark_units(rows: list[dict]) -> None:
    """Mark each row's unit names that are not in the directory, and rows needing attention."""
    unknown = import_services.unknown_in(t for r in rows for t in (r["lead_text"], r["coop_text"]))
    for r in rows:
        if r["exclude"] or r["five_year_out"]:   # a row not imported creates nothing
            r["new_names"], r["attention"] = [], False
            continue
        r["new_names"] = unknown.get(r["lead_text"], []) + unknown.get(r["coop_text"], [])
        r["attention"] = not r["lead_text"].strip() or bool(r["new_names"])


def _context(batch: ImportBatch, error: str = "") -> dict:
    preview = batch.preview or {}
    mode = preview.get("mode", "")
    ctx = {"batch": batch, "preview": preview, "mode": mode, "error": error,
           "mode_label": MODE_LABELS.get(mode, ""), "kind_label": KIND_LABELS.get(batch.kind, batch.kind),
           "status_url": reverse("import_status", args=[batch.pk]),
           "frequency_choices": FREQUENCY_CHOICES,
           "can_confirm": batch.state == "preview" and mode != "kind_check",
           # a file already imported is shown as read: confirming it changes nothing
           "editable": batch.state == "preview" and not preview.get("already")}
    if batch.state == "confirming":   # the page shows the saving's progress only, not the rows
        return ctx
    if mode in ("plan_new", "plan_update", "progress_plan"):
        rows = _plan_rows(batch)
        ctx["tasks"] = rows
        if ctx["editable"]:
            _mark_units(rows)
            ctx["directory"] = import_services.directory_names()
            ctx["new_name_warning"] = _("新单位（名录中没有，确认导入时将新建）：")
        ctx["sections"] = _sections(rows)
        ctx["five_year"] = preview.get("five_year") or sum(1 for r in rows if r["five_year"])
        # a past year's plan: its periods long due will be closed as history (do_close_history_periods)
        year = preview.get("year")
        ctx["past_year"] = isinstance(year, int) and year < timezone.localdate().year
        ctx["include_five_year"] = bool((batch.corrections or {}).get("include_five_year"))
        ctx["close_history"] = bool((batch.corrections or {}).get("close_history"))
        if ctx["editable"]:
            ctx["new_units"] = import_services.new_units(d["name"] for d in preview.get("departments", []))
            ctx["confirm_new_units"] = bool((batch.corrections or {}).get("confirm_new_units"))
        if mode == "plan_update":
            by_code = {r["id"]: r for r in rows}
            diff = preview["diff"]
            ctx["added"] = [by_code[c] for c in diff["added"]]
            ctx["changed"] = [{**item, "form": by_code[item["code"]]} for item in diff["changed"]]
            ctx["removed"] = diff["removed"]
            chosen = (batch.corrections or {}).get("conflicts") or {}
            ctx["conflicts"] = [{**item, "choice": chosen.get(item["code"], "office")}
                                for item in diff.get("conflicts", [])]
            ctx["kept"] = diff.get("kept", [])
            restore = set((batch.corrections or {}).get("restore") or [])
            ctx["withdrawn"] = [{**item, "restore": item["old_code"] in restore} for item in diff.get("withdrawn", [])]
            ctx["office_added"] = diff.get("office_added", [])
    if mode == "progress":
        links = (batch.corrections or {}).get("links") or {}
        # the texts shortened here as ``truncatechars`` would in the template, thousands of times faster
        ctx["rows"] = [{**r, "chosen": links.get(str(r["row"]), r["link"] or ""),
                        "progress_short": _short(r["progress"], 160), "link_short": _short(r["link_text"] or "", 40),
                        "candidates": [{**c, "text_short": _short(c["task_text"], 40)} for c in r["candidates"]]}
                       for r in preview["rows"]]
        if ctx["editable"]:
            # a task without units takes them from the table's 责任单位: new names need a person's tick
            ctx["new_units"] = import_services.new_units(import_services.progress_unit_names(preview["rows"]))
            ctx["confirm_new_units"] = bool((batch.corrections or {}).get("confirm_new_units"))
    if mode == "awards":
        ctx["honours"] = preview["honours"]
    return ctx


def _short(text: str, length: int) -> str:
    """``text|truncatechars:length``: the filter's own result, with a fast path for a text
    short enough to be left whole (most are; the filter walks every character of each)."""
    text = str(text)
    whole = unicodedata.normalize("NFC", text)
    return whole if len(whole) <= length else Truncator(text).chars(length)


@role_required(Role.OFFICE)
def import_preview(request, pk):
    batch = _batch(ImportBatch.objects.defer("upload").select_related("document", "plan", "period"), pk)
    # a confirm the worker refused or could not save: the preview again, with the reason
    return render(request, "supervision/imports/preview.html",
                  _context(batch, error=batch.error if batch.state == "preview" else ""))


def _batch(queryset, pk) -> ImportBatch:
    """A batch still being read is first checked for a dead worker: its job is then retried
    (the batch says so) or failed with the reason, never left reading for ever."""
    batch = get_object_or_404(queryset, pk=pk)
    if batch.state in ("reading", "confirming") and (recover() or _inline_reading_lost(batch)):
        batch = get_object_or_404(queryset, pk=pk)
    return batch


# Longer than any inline reading takes: the reader's child is stopped by its own wall clock
# (LUOSHI_READ_*), and linking a 5,600-row table takes about a minute and a half.
INLINE_READING_LOST_AFTER = timedelta(minutes=15)


def _inline_reading_lost(batch: ImportBatch) -> bool:
    """Without a worker (the immediate backend: the demo, one small server) a large file is read
    inside its upload's own request, with no job row the recovery could find; a batch still
    reading long after that request must have ended was cut off (the server stopped) and is
    failed with the reason, never left reading for ever."""
    if not settings.TASKS["default"]["BACKEND"].endswith("ImmediateBackend"):
        return False
    if timezone.now() - batch.created_at < INLINE_READING_LOST_AFTER:
        return False
    if batch.state == "confirming":   # its transaction rolled back: nothing saved, confirm again
        queued = (AuditEvent.objects.filter(action="import.confirm_queue", object_type="ImportBatch",
                                            object_id=str(batch.pk)).order_by("-id").values_list("at", flat=True).first())
        if timezone.now() - (queued or batch.created_at) < INLINE_READING_LOST_AFTER:
            return False
        confirm_actions.do_return_import(
            batch.pk, _("保存中断：服务在保存该导入时停止，未保存任何内容，请重新确认。"), acting_user=None)
        return True
    preview_actions.do_fail_import(
        batch.pk, _("读取中断：服务在读取该文件时停止，请重新上传。"), acting_user=None)
    return True


@role_required(Role.OFFICE)
def import_status(request, pk):
    batch = _batch(ImportBatch.objects.defer("preview", "upload"), pk)
    return JsonResponse({"state": batch.state, "done": batch.done, "total": batch.total, "note": batch.note,
                         "error": batch.error, "url": reverse("import_preview", args=[batch.pk])})


def _corrections(request, batch: ImportBatch) -> dict:
    """The corrections a person made on the preview form (only what differs from the reading)."""
    post = request.POST
    preview = batch.preview or {}
    mode = preview.get("mode")
    out: dict = {}
    if mode in ("plan_new", "plan_update", "progress_plan"):
        fixes = {}
        units = _shown_units(preview)
        tasks = preview.get("tasks", [])
        for i, (t, k) in enumerate(zip(tasks, _section_of(tasks), strict=True)):
            fix = {}
            # a section's bulk fields (whole section not imported, one lead unit for all its
            # rows) win over the rows' own fields
            if f"exclude-{i}" in post or f"exclude-section-{k}" in post:
                fix["exclude"] = True
            values = {"lead": post.get(f"lead-section-{k}", "").strip() or post.get(f"lead-{i}"),
                      "coop": post.get(f"coop-{i}"), "text": post.get(f"text-{i}")}
            lead, coop = units[t["id"]]
            for field, key, shown in (("lead", "lead", lead), ("coop", "cooperating", coop),
                                      ("text", "text", t["text"])):
                value = values[field]
                if value is not None and value.strip() != shown.strip():
                    fix[key] = value
            if fix:
                fixes[t["id"]] = fix
        out["tasks"] = fixes
        for key in ("title", "year", "frequency"):
            if key in post:
                out[key] = post[key].strip()
        out["new_plan"] = "new_plan" in post
        out["include_five_year"] = "include_five_year" in post
        out["close_history"] = "close_history" in post
        out["keep"] = post.getlist("keep")
        out["restore"] = post.getlist("restore")
        out["conflicts"] = {key[7:]: value for key, value in post.items() if key.startswith("choose-")}
    elif mode == "progress":
        out["links"] = {key[5:]: value for key, value in post.items() if key.startswith("link-")}
    elif mode == "awards":
        out["exclude"] = post.getlist("exclude")
    # Any kind of import may name a unit the directory lacks (a progress table's 责任单位 too):
    # the person's tick counts whatever the mode.
    out["confirm_new_units"] = "confirm_new_units" in post
    return out


@role_required(Role.OFFICE)
@require_POST
def import_confirm(request, pk):
    batch = get_object_or_404(ImportBatch, pk=pk)
    corrections = _corrections(request, batch)
    try:
        if import_actions.confirm_in_background(batch):
            batch = import_actions.do_queue_confirm_import(batch, corrections, acting_user=request.user)
            batch.refresh_from_db()   # without a worker (the immediate backend) the job has run already
            if batch.state == "confirming":
                messages.info(request, _("已提交确认，正在后台保存：%(name)s") % {"name": batch.name})
            if batch.state != "confirmed":   # saving, or refused: the page shows progress or why
                return redirect("import_preview", pk=batch.pk)
        else:
            batch = import_actions.do_confirm_import(batch, corrections, acting_user=request.user)
    except ImportRefused as e:
        batch.refresh_from_db()
        batch.corrections = {**(batch.corrections or {}), **corrections}  # shown again, not saved
        return render(request, "supervision/imports/preview.html", _context(batch, error=str(e)), status=400)
    result = batch.corrections.get("result", {})
    if result.get("already"):
        messages.info(request, _("该文件已导入，未作改动：%(name)s") % {"name": batch.name})
    else:
        messages.success(request, _("已确认导入：%(name)s") % {"name": batch.name})
    return redirect("import_preview", pk=batch.pk)


@role_required(Role.OFFICE)
@require_POST
def import_kind(request, pk):
    """确认文件类型: a progress table uploaded without a plan is linked to the plan chosen here,
    or read as a plan document when the office says so."""
    batch = get_object_or_404(ImportBatch, pk=pk)
    as_plan = request.POST.get("as_plan") == "1"
    plan = period = None
    if not as_plan:
        plan = Plan.objects.filter(pk=_int(request.POST.get("plan"))).first()
        period = ReportingPeriod.objects.filter(pk=_int(request.POST.get("period"))).first()
    try:
        import_actions.do_choose_import_kind(batch, plan, period, as_plan=as_plan, acting_user=request.user)
    except ImportRefused as e:
        messages.error(request, str(e))
    return redirect("import_preview", pk=batch.pk)


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@role_required(Role.OFFICE)
@require_POST
def import_cancel(request, pk):
    batch = get_object_or_404(ImportBatch, pk=pk)
    try:
        import_actions.do_cancel_import(batch, acting_user=request.user)
    except ImportRefused as e:
        messages.error(request, str(e))
        return redirect("import_preview", pk=batch.pk)
    messages.info(request, _("已取消导入：%(name)s") % {"name": batch.name})
    return redirect("import_start")
