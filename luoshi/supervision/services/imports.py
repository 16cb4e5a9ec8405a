"""Import with preview (导入预览): upload → what the engine read → correct → confirm.

``start_import`` stores the document (idempotent by its sha256) and builds an
``ImportBatch`` whose ``preview`` JSON holds what the engine read, by kind:

* a plan document (work report, decomposition table, any task list): its
  tasks; when a plan of the same year already comes from a document of the
  same kind, the differences against that plan (a corrected version);
* a progress table for a chosen plan: its rows and the task each links to,
  with the confidence (sure / check / none) and the candidates; without a
  plan, a table stating its own tasks (拱墅) becomes a new plan;
* an award table: its honour rows with the organisation each names.

Nothing but the document and the batch is stored before ``confirm_import``,
which saves everything in one transaction and records it in the audit log.
Large files are read by a background job (``luoshi.supervision.tasks``) that
updates ``done``/``total`` as it goes.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions.documents import import_document
from luoshi.core.actions.organisations import organisation_for
from luoshi.core.forms import ALLOWED_EXTENSIONS
from luoshi.core.models import Organisation, OrganisationAlias, SourceDocument
from luoshi.core.services import ImportRefused, registry
from luoshi.engine import indicators as engine_indicators
from luoshi.engine import linking, pipeline, progress
from luoshi.engine.files import UnreadableInput
from luoshi.engine.judgement import Indicator as EngineIndicator
from luoshi.engine.judgement import Milestone as EngineMilestone
from luoshi.engine.judgement import Task as EngineTask

from ..actions import periods as period_actions
from ..actions import plans as plan_actions
from ..actions import tasks as task_actions
from ..models import Honour, ImportBatch, Part, Plan, ReportingPeriod, Task, TaskLink
from . import plans

PLAN_KINDS = ("work_report", "decomposition_table", "plan")
LINK_CHUNK = 25                 # progress rows linked per step (the progress bar's grain)
MAX_TEXT = 4000                 # a corrected task text
SIMILAR = 0.5                   # a task of the new version is "the same task, changed" above this
# Files larger than this are read in the background; tests lower it to 0.
DEFAULT_BACKGROUND_BYTES = 150_000
FREQUENCIES = ("monthly", "quarterly", "half_yearly", "yearly")


def background_bytes() -> int:
    return int(getattr(settings, "LUOSHI_IMPORT_BACKGROUND_BYTES", DEFAULT_BACKGROUND_BYTES))


def correction_reason(name: str) -> str:
    return f"导入更正版本：{name}"


# --- start -----------------------------------------------------------------------


def start_import(data: bytes, name: str, user, plan: Plan | None = None, period: ReportingPeriod | None = None,
                 year: int | None = None, title: str = "") -> ImportBatch:
    """Store the document and read it into a preview (导入预览).

    Raises ``ImportRefused`` (shown as a form error) for an empty, too large,
    unreadable or unusable file; then nothing at all is stored."""
    name = PurePath(name or "").name.strip()[:255]
    if not name:
        raise ImportRefused("缺少文件名 (no file name)")
    if not name.lower().endswith(ALLOWED_EXTENSIONS):
        raise ImportRefused(f"不支持的文件类型，请上传 {' '.join(ALLOWED_EXTENSIONS)}")
    if not data:
        raise ImportRefused("文件为空 (empty file)")
    if period is not None and plan is not None and period.plan_id != plan.pk:
        raise ImportRefused("所选报送周期不属于所选计划")
    if period is not None and plan is None:
        plan = period.plan
    background = len(data) > background_bytes()
    with transaction.atomic():
        result = import_document(data, name, user)
        document = result.document
        batch = ImportBatch.objects.create(
            document=document, name=name, kind=document.kind, plan=plan, period=period, state="reading",
            corrections={"year": year, "title": (title or "").strip()[:200]},
            created_by=user if getattr(user, "pk", None) else None)
        audit.record(user, "import.start", batch, detail={
            "name": name, "document": document.pk, "kind": document.kind, "new_document": result.created,
            "plan": plan.pk if plan else None, "period": period.pk if period else None})
        if not background:
            try:
                build_preview(batch)
            except plans.PlanError as e:
                raise ImportRefused(str(e)) from e
    if background:
        from ..tasks import read_import

        read_import.enqueue(batch.pk)
        batch.refresh_from_db()
    return batch


def run_preview(batch_id: int) -> str:
    """The background job's body: read a batch, or mark it failed with the reason."""
    batch = ImportBatch.objects.filter(pk=batch_id, state="reading").first()
    if batch is None:
        return "skipped"
    try:
        with transaction.atomic():
            build_preview(batch)
    except (plans.PlanError, ImportRefused, UnreadableInput) as e:
        ImportBatch.objects.filter(pk=batch_id).update(state="failed", error=str(e)[:2000])
        return "failed"
    except Exception as e:  # noqa: BLE001 - a job that dies must still say so on the batch page
        ImportBatch.objects.filter(pk=batch_id).update(state="failed", error=f"读取失败 (reading failed): {e}"[:2000])
        raise
    return "preview"


def _step(batch: ImportBatch, done: int, total: int | None = None) -> None:
    """Progress of a reading, saved at once so the status endpoint sees it."""
    batch.done = done
    fields = ["done"]
    if total is not None:
        batch.total = total
        fields.append("total")
    ImportBatch.objects.filter(pk=batch.pk).update(**{f: getattr(batch, f) for f in fields})


def build_preview(batch: ImportBatch) -> ImportBatch:
    """What the engine reads in the batch's document, as the preview JSON."""
    document = batch.document
    kind = document.kind
    _step(batch, 0, 1)
    has_progress = any("progress" in t.get("columns", []) for t in document.reading.get("tables", []))
    if batch.plan is not None and (kind == "progress_table" or has_progress):
        preview = _progress_preview(batch)
    elif kind == "awards_table":
        preview = _awards_preview(batch)
    else:
        preview = _plan_preview(batch)
    batch.preview = preview
    batch.state = "preview"
    batch.done = batch.total
    batch.save(update_fields=["preview", "state", "done", "total"])
    return batch


# --- plan documents ----------------------------------------------------------------


def task_json(et: EngineTask) -> dict:
    d = et.to_json()
    d["source"] = {k: v for k, v in et.source.items() if k != "file"}
    return d


def task_from_json(d: dict) -> EngineTask:
    inds = [EngineIndicator(**{**i, "span": tuple(i.get("span", (0, 0)))}) for i in d.get("indicators", [])]
    miles = [EngineMilestone(**{**m, "span": tuple(m.get("span", (0, 0)))}) for m in d.get("milestones", [])]
    fields = {k: v for k, v in d.items() if k not in ("indicators", "milestones")}
    return EngineTask(**fields, indicators=inds, milestones=miles)


def _guess_year(document: SourceDocument) -> int | None:
    """The year a plan document is for: the year it names most often near its start."""
    text = " ".join(s.get("text", "") for s in document.reading.get("sentences", [])[:200])
    text += " ".join(t.get("title", "") for t in document.reading.get("tables", []))
    years = Counter(int(y) for y in re.findall(r"(20\d\d)\s*年", text))
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _default_title(document: SourceDocument, year: int | None) -> str:
    for t in document.reading.get("tables", []):
        if t.get("title"):
            return t["title"][:200]
    stem = PurePath(document.name).stem
    return (f"{year}年{stem}" if year and str(year) not in stem else stem)[:200]


def _departments(found: list[EngineTask]) -> list[dict]:
    names = sorted({n for et in found for n in (*et.lead, *et.cooperating)})
    known = set(Organisation.objects.filter(name__in=names).values_list("name", flat=True))
    known |= set(OrganisationAlias.objects.filter(alias__in=names).values_list("alias", flat=True))
    return [{"name": n, "known": n in known} for n in names]


def _existing_plan(batch: ImportBatch, year: int | None) -> Plan | None:
    """The plan a corrected version of this document would change: the chosen plan, or
    the latest plan of the same year built from a document of the same kind."""
    if batch.plan is not None:
        return batch.plan
    if year is None:
        return None
    return (Plan.objects.filter(year=year, documents__kind=batch.document.kind)
            .exclude(documents=batch.document).order_by("-created_at", "-pk").first())


def _plan_preview(batch: ImportBatch) -> dict:
    document = batch.document
    found = plans.engine_tasks(document)       # PlanError when it states no tasks
    _step(batch, 1, 2)
    year = batch.corrections.get("year") or _guess_year(document)
    preview = {
        "mode": "plan_new" if document.kind != "progress_table" else "progress_plan",
        "year": year,
        "title": batch.corrections.get("title") or _default_title(document, year),
        "tasks": [task_json(et) for et in found],
        "departments": _departments(found),
        "already": False,
    }
    used = Plan.objects.filter(documents=document).order_by("pk").first()
    if used is not None:
        preview.update(already=True, plan=used.pk, plan_title=used.title)
        return preview
    target = _existing_plan(batch, year)
    if target is not None:
        preview.update(mode="plan_update", plan=target.pk, plan_title=target.title,
                       diff=plan_diff(target, found))
    return preview


def _names(orgs) -> list[str]:
    return sorted(o.name for o in orgs)


def plan_diff(plan: Plan, found: list[EngineTask]) -> dict:
    """Differences of a new version of a plan's document against the stored plan:
    tasks matched by the same text, then by code when similar, then by the most
    similar text; the rest are added (new) or removed (old)."""
    old = list(plan.tasks.prefetch_related("lead", "cooperating", "target_versions").order_by("order"))
    current = {t.pk: (t.current_target.text if t.current_target else t.text) for t in old}
    norm_old = {t.pk: linking.normalise(current[t.pk]) for t in old}
    by_code = {t.code: t for t in old}
    pairs: dict[int, Task] = {}         # index in found → old task
    taken: set[int] = set()
    by_text: dict[str, list[Task]] = {}
    for t in old:
        by_text.setdefault(norm_old[t.pk], []).append(t)
    for i, et in enumerate(found):
        for t in by_text.get(linking.normalise(et.text), []):
            if t.pk not in taken:
                pairs[i] = t
                taken.add(t.pk)
                break
    for i, et in enumerate(found):
        t = by_code.get(et.id)
        if i not in pairs and t is not None and t.pk not in taken and linking.score(et.text, current[t.pk]) >= SIMILAR:
            pairs[i] = t
            taken.add(t.pk)
    for i, et in enumerate(found):
        if i in pairs:
            continue
        scored = [(linking.score(et.text, current[t.pk]), t) for t in old if t.pk not in taken]
        if scored:
            best, t = max(scored, key=lambda st: st[0])
            if best >= SIMILAR:
                pairs[i] = t
                taken.add(t.pk)
    added, changed, unchanged = [], [], 0
    for i, et in enumerate(found):
        t = pairs.get(i)
        if t is None:
            added.append(et.id)
            continue
        text_changed = linking.normalise(et.text) != norm_old[t.pk]
        old_lead, old_coop = _names(t.lead.all()), _names(t.cooperating.all())
        states_units = bool(et.lead or et.cooperating)
        units_changed = states_units and (sorted(et.lead) != old_lead or sorted(et.cooperating) != old_coop)
        if not (text_changed or units_changed):
            unchanged += 1
            continue
        changed.append({"code": et.id, "task": t.pk, "old_code": t.code, "old_text": current[t.pk],
                        "new_text": et.text, "text_changed": text_changed, "units_changed": units_changed,
                        "old_lead": old_lead, "old_cooperating": old_coop,
                        "new_lead": sorted(et.lead), "new_cooperating": sorted(et.cooperating)})
    removed = [{"code": t.code, "task": t.pk, "text": current[t.pk]} for t in old
               if t.pk not in taken and t.published]
    return {"added": added, "changed": changed, "removed": removed, "unchanged": unchanged}


# --- progress ------------------------------------------------------------------------


def _progress_rows(document: SourceDocument, plan: Plan) -> list:
    doc = plans.read_document(document, reference=plans.plan_reference(plan) or None)
    try:
        table = pipeline.progress_table(doc)
    except UnreadableInput as e:
        raise plans.PlanError(str(e)) from e
    return progress.parse_table(table)


def _progress_preview(batch: ImportBatch) -> dict:
    """Rows and links like ``plans.read_progress``, linked a chunk at a time so a long
    table shows its progress."""
    document, plan = batch.document, batch.plan
    period = batch.period or plans.current_period(plan)
    if period is None:
        raise plans.PlanError("该计划尚无报送周期，请先建立报送周期")
    if batch.period is None:
        batch.period = period
        batch.save(update_fields=["period"])
    rows = _progress_rows(document, plan)
    if not rows:
        raise plans.PlanError("进展情况表中没有数据行 (no rows)")
    _step(batch, 0, len(rows))
    plan_tasks = [plans.to_engine_task(t) for t in plan.tasks.prefetch_related("lead", "cooperating", "part")]
    out = []
    for start in range(0, len(rows), LINK_CHUNK):
        chunk = rows[start:start + LINK_CHUNK]
        for prow, link in zip(chunk, linking.link([r.task for r in chunk], plan_tasks), strict=True):
            out.append({
                "row": prow.row, "task": prow.task, "progress": prow.progress, "units": prow.units,
                "link": link.task_id, "link_text": link.task_text, "score": link.score,
                "confidence": link.confidence, "candidates": [c.to_json() for c in link.candidates],
            })
        _step(batch, min(start + LINK_CHUNK, len(rows)))
    already = TaskLink.objects.filter(document=document, plan=plan).exists()
    counts = Counter(r["confidence"] for r in out)
    return {"mode": "progress", "plan": plan.pk, "plan_title": plan.title, "period": period.pk,
            "period_name": period.name, "period_closed": period.closed, "rows": out,
            "counts": {c: counts.get(c, 0) for c in ("sure", "check", "none")}, "already": already}


# --- awards --------------------------------------------------------------------------

_LEVELS = (("national", re.compile(r"国家级|部级|全国|国家")), ("provincial", re.compile(r"省")),
           ("city", re.compile(r"市级|市")), ("district", re.compile(r"区")))


def _level(title: str) -> str:
    for level, pattern in _LEVELS:
        if pattern.search(title or ""):
            return level
    return ""


def _year_of(*texts: str) -> int | None:
    for text in texts:
        m = re.search(r"(20\d\d|19\d\d)\s*(?:年|—|-)", text or "")
        if m:
            return int(m.group(1))
    return None


def _organisation_for(name: str, reg) -> Organisation | None:
    canonical = reg.normalise(name) or name
    return (Organisation.objects.filter(name=canonical).first()
            or Organisation.objects.filter(aliases__alias=canonical).first())


def _awards_preview(batch: ImportBatch) -> dict:
    """Honour rows (荣誉) of an award table: rows naming a unit; rows naming only a
    person are counted, not kept (an honour here belongs to an organisation)."""
    reg = registry()
    out, skipped, number = [], 0, 0
    tables = batch.document.reading.get("tables", [])
    for table in tables:
        for row in table.get("rows", []):
            number += 1
            unit = (row.get("unit_name") or "").strip()
            if not unit:
                skipped += 1
                continue
            org = _organisation_for(unit, reg)
            honour = (row.get("honour") or "").strip()
            person = (row.get("person") or "").strip()
            if person:
                honour = f"{honour}（{person}）" if honour else person
            out.append({
                "row": number, "unit": unit[:300], "honour": honour[:300],
                "issuer": (row.get("issuer") or "").strip()[:200], "date": (row.get("date") or "").strip(),
                "category": ((row.get("category") or "").strip() or table.get("title", ""))[:200],
                "level": _level(table.get("title", "")),
                "year": _year_of(row.get("date", ""), table.get("title", "")),
                "organisation": org.name if org else "", "organisation_id": org.pk if org else None,
            })
    if not out:
        raise plans.PlanError("荣誉表中未找到获奖单位 (no honour rows naming a unit)")
    already = Honour.objects.filter(document=batch.document).exists()
    return {"mode": "awards", "honours": out, "skipped": skipped, "already": already}


# --- confirm / cancel ----------------------------------------------------------------


def _open(batch: ImportBatch) -> ImportBatch:
    locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if locked.state != "preview":
        raise ImportRefused({"reading": "文件仍在识别中，请稍候",
                             "confirmed": "该导入已确认", "cancelled": "该导入已取消",
                             "failed": "该导入识别失败，无法确认"}.get(locked.state, "该导入无法确认"))
    return locked


@transaction.atomic
def confirm_import(batch: ImportBatch, user, corrections: dict | None = None) -> ImportBatch:
    """Save what the preview shows, with a person's corrections, in one transaction.

    ``corrections`` by mode —
    plan: ``{"title", "year", "frequency", "tasks": {code: {"lead", "cooperating", "text",
    "exclude"}}, "keep": [old codes not to withdraw], "new_plan": bool}``;
    progress: ``{"links": {row: task code or None}}`` (rows a person looked at);
    awards: ``{"exclude": [rows]}``.  A file already imported changes nothing."""
    batch = _open(batch)
    corrections = corrections or {}
    preview = batch.preview
    mode = preview.get("mode")
    if mode == "plan_update" and corrections.get("new_plan"):
        mode = "plan_new"
    result: dict = {"mode": mode}
    if preview.get("already"):
        result["already"] = True
    elif mode in ("plan_new", "progress_plan"):
        result.update(_confirm_new_plan(batch, user, corrections))
    elif mode == "plan_update":
        result.update(_confirm_update(batch, user, corrections))
    elif mode == "progress":
        result.update(_confirm_progress(batch, user, corrections))
    elif mode == "awards":
        result.update(_confirm_awards(batch, user, corrections))
    else:
        raise ImportRefused("无法确认该导入")
    batch.state = "confirmed"
    batch.confirmed_at = timezone.now()
    batch.corrections = {**batch.corrections, **_json_safe(corrections), "result": result}
    batch.save(update_fields=["state", "confirmed_at", "corrections"])
    audit.record(user, "import.confirm", batch, detail={"name": batch.name, **result})
    return batch


@transaction.atomic
def cancel_import(batch: ImportBatch, user) -> ImportBatch:
    """Drop a preview: nothing it read is saved (the document stays, as imported)."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.state in ("confirmed", "cancelled"):
        raise ImportRefused("该导入已确认或已取消")
    batch.state = "cancelled"
    batch.save(update_fields=["state"])
    audit.record(user, "import.cancel", batch, detail={"name": batch.name})
    return batch


def _json_safe(value):
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_json_safe(v) for v in value]
    return value


def _org_names(text: str, reg) -> list[str]:
    """Units a person typed (区财政局、区统计局): each must look like an organisation."""
    names = []
    for part in reg.split_list(text or ""):
        if not reg.looks_like_org(part):
            raise ImportRefused(f"无法识别的单位名称：{part[:50]}")
        name = reg.normalise(part) or part
        if name not in names:
            names.append(name)
    return names


def _corrected(et: EngineTask, fix: dict, reg) -> EngineTask:
    """A found task with a person's corrections (text, lead, cooperating)."""
    if "text" in fix:
        text = (fix.get("text") or "").strip()
        if not text:
            raise ImportRefused(f"任务 {et.id} 的内容不能为空")
        if len(text) > MAX_TEXT:
            raise ImportRefused(f"任务 {et.id} 的内容过长（上限 {MAX_TEXT} 字）")
        if text != et.text:
            et.text = text
            et.indicators, et.milestones = engine_indicators.parse(text)
    if "lead" in fix:
        et.lead = _org_names(fix.get("lead", ""), reg)
    if "cooperating" in fix:
        et.cooperating = [n for n in _org_names(fix.get("cooperating", ""), reg) if n not in et.lead]
    return et


def _fixes(corrections: dict, found: list[EngineTask]) -> dict:
    fixes = corrections.get("tasks") or {}
    codes = {et.id for et in found}
    unknown = [c for c in fixes if c not in codes]
    if unknown:
        raise ImportRefused(f"未知任务编号：{', '.join(map(str, unknown))[:100]}")
    return fixes


def _year(batch: ImportBatch, corrections: dict) -> int:
    year = corrections.get("year") or batch.preview.get("year")
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise ImportRefused("请填写计划年度") from None
    if not 2000 <= year <= 2100:
        raise ImportRefused("年度应在 2000–2100 之间")
    return year


def _confirm_new_plan(batch: ImportBatch, user, corrections: dict) -> dict:
    reg = registry()
    found = [task_from_json(d) for d in batch.preview["tasks"]]
    fixes = _fixes(corrections, found)
    kept = [_corrected(et, fixes.get(et.id, {}), reg) for et in found if not fixes.get(et.id, {}).get("exclude")]
    if not kept:
        raise ImportRefused("至少保留一项任务")
    year = _year(batch, corrections)
    title = (corrections.get("title") or batch.preview.get("title") or "").strip()[:200]
    if not title:
        raise ImportRefused("请填写计划名称")
    plan = plan_actions.do_create_plan(batch.document, year, title, found=kept, acting_user=user)
    frequency = corrections.get("frequency") or ""
    if frequency:
        if frequency not in FREQUENCIES:
            raise ImportRefused("报送频次无效")
        period_actions.do_create_periods(plan, frequency, acting_user=user)
    batch.plan = plan
    batch.save(update_fields=["plan"])
    return {"plan": plan.pk, "tasks": len(kept), "excluded": len(found) - len(kept)}


def _part_for(plan: Plan, et: EngineTask) -> Part | None:
    title = et.part or ("民生实事" if et.kind == "livelihood" else "")
    if not title:
        return None
    top = plan.parts.filter(title=title[:300], parent=None).first()
    if top is None:
        top = Part.objects.create(plan=plan, title=title[:300], order=plan.parts.count() + 1)
    heading = et.heading if et.heading and et.heading != title else ""
    if not heading:
        return top
    sub = plan.parts.filter(title=heading[:300], parent=top).first()
    return sub or Part.objects.create(plan=plan, parent=top, title=heading[:300], order=plan.parts.count() + 1)


def _free_code(plan: Plan, code: str) -> str:
    if not plan.tasks.filter(code=code).exists():
        return code
    n = 2
    while plan.tasks.filter(code=f"{code}-{n}").exists():
        n += 1
    return f"{code}-{n}"


def _set_units(task: Task, et: EngineTask, user, reg, reason: str) -> None:
    task.lead.set([organisation_for(n, acting_user=user, reg=reg) for n in et.lead])
    task.cooperating.set([organisation_for(n, acting_user=user, reg=reg) for n in et.cooperating])
    audit.record(user, "task.units_change", task, detail={
        "lead": et.lead, "cooperating": et.cooperating, "reason": reason})


def _confirm_update(batch: ImportBatch, user, corrections: dict) -> dict:
    """Apply a corrected version: changed targets become new TargetVersions (the baseline
    stays), new tasks are added, tasks no longer in it are withdrawn (not deleted)."""
    plan = Plan.objects.select_for_update().get(pk=batch.preview["plan"])
    reg = registry()
    reason = correction_reason(batch.name)
    found = {d["id"]: task_from_json(d) for d in batch.preview["tasks"]}
    fixes = _fixes(corrections, list(found.values()))
    diff = batch.preview["diff"]
    counts = Counter()
    next_order = (plan.tasks.order_by("-order").values_list("order", flat=True).first() or 0) + 1
    for item in diff["changed"]:
        fix = fixes.get(item["code"], {})
        if fix.get("exclude"):
            counts["skipped"] += 1
            continue
        task = plan.tasks.get(pk=item["task"])
        et = found[item["code"]]
        if not et.lead and not et.cooperating:
            # The new version names no units (a work report): the plan's units stand.
            et.lead, et.cooperating = list(item["old_lead"]), list(item["old_cooperating"])
        et = _corrected(et, fix, reg)
        current = task.current_target
        if linking.normalise(et.text) != linking.normalise(current.text if current else task.text):
            task_actions.do_add_target_version(task, et.text, et.indicators, et.milestones, reason=reason,
                                               acting_user=user)
            counts["changed"] += 1
        wants_units = "lead" in fix or "cooperating" in fix or item["units_changed"]
        if wants_units and (et.lead or et.cooperating) and (
                sorted(et.lead) != _names(task.lead.all()) or sorted(et.cooperating) != _names(task.cooperating.all())):
            _set_units(task, et, user, reg, reason)
            counts["units"] += 1
    for code in diff["added"]:
        fix = fixes.get(code, {})
        if fix.get("exclude"):
            counts["skipped"] += 1
            continue
        et = _corrected(found[code], fix, reg)
        task = Task.objects.create(
            plan=plan, part=_part_for(plan, et), code=_free_code(plan, et.id), order=next_order,
            name=et.name[:300], text=et.text, kind=et.kind, target_class=et.target_class or "",
            source_document=batch.document, source=et.source,
            deadline_text=next((m.deadline for m in et.milestones if m.deadline), "")[:100])
        next_order += 1
        task.lead.set([organisation_for(n, acting_user=user, reg=reg) for n in et.lead])
        task.cooperating.set([organisation_for(n, acting_user=user, reg=reg) for n in et.cooperating])
        task_actions.do_add_target_version(task, et.text, et.indicators, et.milestones, reason="",
                                           record=False, acting_user=user)
        audit.record(user, "task.create", task, detail={"code": task.code, "text": et.text, "reason": reason})
        counts["added"] += 1
    keep = {str(c) for c in corrections.get("keep") or []}
    for item in diff["removed"]:
        if item["code"] in keep:
            counts["kept"] += 1
            continue
        task = plan.tasks.get(pk=item["task"])
        if task.published:
            task.published = False
            task.save(update_fields=["published"])
            audit.record(user, "task.withdraw", task, detail={
                "code": task.code, "reason": f"{reason}（更正版本中已无此任务）"})
            counts["withdrawn"] += 1
    plan.documents.add(batch.document)
    audit.record(user, "plan.correct", plan, detail={"document": batch.document.name, "reason": reason, **counts})
    return {"plan": plan.pk, **counts}


def _confirm_progress(batch: ImportBatch, user, corrections: dict) -> dict:
    plan, period = batch.plan, batch.period
    if plan is None or period is None or period.plan_id != plan.pk:
        raise ImportRefused("计划或报送周期已不存在")
    codes = set(plan.tasks.values_list("code", flat=True))
    rows = batch.preview["rows"]
    by_row = {r["row"]: r for r in rows}
    overrides: dict[int, str | None] = {}
    for key, value in (corrections.get("links") or {}).items():
        try:
            number = int(key)
        except (TypeError, ValueError):
            raise ImportRefused("行号无效") from None
        if number not in by_row:
            raise ImportRefused(f"第 {number} 行不存在")
        code = value or None
        if code is not None and code not in codes:
            raise ImportRefused(f"未知任务编号：{str(code)[:40]}")
        # A row a person changed, or a doubtful row a person looked at, is confirmed by them.
        if code != by_row[number]["link"] or by_row[number]["confidence"] == "check":
            overrides[number] = code
    prows = _progress_rows(batch.document, plan)
    if [p.row for p in prows] != [r["row"] for r in rows]:
        raise ImportRefused("文件内容与预览不一致，请重新导入")
    preview = plans.ProgressPreview(prows, [(r["link"], r["score"], r["confidence"], r["candidates"]) for r in rows])
    made = plan_actions.do_import_progress(batch.document, plan, period, preview=preview, overrides=overrides,
                                           acting_user=user)
    return {"plan": plan.pk, "period": period.pk, "submissions": len(made), "confirmed_rows": len(overrides)}


def _confirm_awards(batch: ImportBatch, user, corrections: dict) -> dict:
    exclude = set()
    for value in corrections.get("exclude") or []:
        try:
            exclude.add(int(value))
        except (TypeError, ValueError):
            raise ImportRefused("行号无效") from None
    made = 0
    for h in batch.preview["honours"]:
        if h["row"] in exclude:
            continue
        org = Organisation.objects.filter(pk=h["organisation_id"]).first() if h["organisation_id"] else None
        Honour.objects.create(document=batch.document, row=h["row"], year=h["year"], unit_name=h["unit"],
                              organisation=org, honour=h["honour"], issuer=h["issuer"], level=h["level"],
                              category=h["category"])
        made += 1
    audit.record(user, "honour.import", batch.document, detail={"document": batch.document.name, "honours": made})
    return {"honours": made, "excluded": len(exclude)}
