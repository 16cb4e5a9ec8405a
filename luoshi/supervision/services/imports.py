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
from django.utils.translation import gettext as _

from luoshi.core.models import Organisation, OrganisationAlias, SourceDocument
from luoshi.core.services import ImportRefused, registry
from luoshi.engine import api
from luoshi.engine.api import Indicator as EngineIndicator
from luoshi.engine.api import Milestone as EngineMilestone
from luoshi.engine.api import Task as EngineTask
from luoshi.engine.api import UnreadableInput

from ..models import Honour, ImportBatch, Plan, Task, TaskLink
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


def preview_of(batch: ImportBatch, step) -> dict:
    """What the engine reads in the batch's document, as the preview JSON; ``step(done, total=None)``
    is told how far the reading is (a long progress table links chunk by chunk)."""
    document = batch.document
    step(0, 1)
    has_progress = any("progress" in t.get("columns", []) for t in document.reading.get("tables", []))
    if batch.plan is not None and (document.kind == "progress_table" or has_progress):
        return _progress_preview(batch, step)
    if document.kind == "awards_table":
        return _awards_preview(batch, step)
    return _plan_preview(batch, step)


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
    unknown = {n for n, _hint in new_units(names)}
    return [{"name": n, "known": n not in unknown} for n in names]


def progress_unit_names(rows: list[dict]) -> list[str]:
    """The units a progress table's 责任单位 cells name (split as the confirm splits them):
    those a confirm may give to tasks that have none, so the preview asks about new ones."""
    reg = registry()
    return sorted({reg.normalise(n) or n for r in rows for n in reg.split_list(r.get("units") or "")
                   if reg.looks_like_org(n)})


def new_units(names) -> list[tuple[str, str | None]]:
    """The names (as the engine normalised them: NFKC, invisible characters removed, aliases
    followed) that no stored organisation or alias has, each with the one stored name it may
    be a slip of: what confirming the import would create, for a person to check first."""
    reg = registry()
    canonical = {n: reg.normalise(n) or n for n in names}
    wanted = set(canonical.values())
    known = set(Organisation.objects.filter(name__in=wanted).values_list("name", flat=True))
    known |= set(OrganisationAlias.objects.filter(alias__in=wanted).values_list("alias", flat=True))
    return [(c, reg.suggest(c) if reg.suggest(c) != c else None)
            for c in sorted({c for c in canonical.values() if c not in known})]


def _existing_plan(batch: ImportBatch, year: int | None) -> Plan | None:
    """The plan a corrected version of this document would change: the chosen plan, or
    the latest plan of the same year built from a document of the same kind."""
    if batch.plan is not None:
        return batch.plan
    if year is None:
        return None
    return (Plan.objects.filter(year=year, documents__kind=batch.document.kind)
            .exclude(documents=batch.document).order_by("-created_at", "-pk").first())


def _plan_preview(batch: ImportBatch, step) -> dict:
    document = batch.document
    found = plans.engine_tasks(document)       # PlanError when it states no tasks
    step(1, 2)
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


def names_of(orgs) -> list[str]:
    return sorted(o.name for o in orgs)


def plan_diff(plan: Plan, found: list[EngineTask]) -> dict:
    """Differences of a new version of a plan's document against the stored plan:
    tasks matched by the same text, then by code when similar, then by the most
    similar text; the rest are added (new) or removed (old)."""
    old = list(plan.tasks.prefetch_related("lead", "cooperating", "target_versions").order_by("order"))
    current = {t.pk: (t.current_target.text if t.current_target else t.text) for t in old}
    norm_old = {t.pk: api.normalise_text(current[t.pk]) for t in old}
    by_code = {t.code: t for t in old}
    pairs: dict[int, Task] = {}         # index in found → old task
    taken: set[int] = set()
    by_text: dict[str, list[Task]] = {}
    for t in old:
        by_text.setdefault(norm_old[t.pk], []).append(t)
    for i, et in enumerate(found):
        for t in by_text.get(api.normalise_text(et.text), []):
            if t.pk not in taken:
                pairs[i] = t
                taken.add(t.pk)
                break
    for i, et in enumerate(found):
        t = by_code.get(et.id)
        if i not in pairs and t is not None and t.pk not in taken and api.text_similarity(et.text, current[t.pk]) >= SIMILAR:
            pairs[i] = t
            taken.add(t.pk)
    for i, et in enumerate(found):
        if i in pairs:
            continue
        scored = [(api.text_similarity(et.text, current[t.pk]), t) for t in old if t.pk not in taken]
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
        text_changed = api.normalise_text(et.text) != norm_old[t.pk]
        old_lead, old_coop = names_of(t.lead.all()), names_of(t.cooperating.all())
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


def progress_rows(document: SourceDocument, plan: Plan) -> list:
    doc = plans.read_document(document, reference=plans.plan_reference(plan) or None)
    try:
        table = api.progress_table(doc)
    except UnreadableInput as e:
        raise plans.PlanError(str(e)) from e
    return api.parse_progress_table(table)


def _progress_preview(batch: ImportBatch, step) -> dict:
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
    plan_tasks = [plans.to_engine_task(t) for t in plan.tasks.prefetch_related("lead", "cooperating", "part")]
    out = []
    for start in range(0, len(rows), LINK_CHUNK):
        chunk = rows[start:start + LINK_CHUNK]
        for prow, link in zip(chunk, api.link_rows([r.task for r in chunk], plan_tasks), strict=True):
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


def _awards_preview(batch: ImportBatch, step) -> dict:
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
        raise plans.PlanError(_("荣誉表中未找到获奖单位"))
    already = Honour.objects.filter(document=batch.document).exists()
    return {"mode": "awards", "honours": out, "skipped": skipped, "already": already}


# --- confirm / cancel ----------------------------------------------------------------


# --- confirming: a person's corrections -------------------------------------------

def json_safe(value):
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [json_safe(v) for v in value]
    return value


def orgnames_of(text: str, reg) -> list[str]:
    """Units a person typed (区财政局、区统计局): each must look like an organisation."""
    names = []
    for part in reg.split_list(text or ""):
        if not reg.looks_like_org(part):
            raise ImportRefused(f"无法识别的单位名称：{part[:50]}")
        name = reg.normalise(part) or part
        if name not in names:
            names.append(name)
    return names


def corrected(et: EngineTask, fix: dict, reg) -> EngineTask:
    """A found task with a person's corrections (text, lead, cooperating)."""
    if "text" in fix:
        text = (fix.get("text") or "").strip()
        if not text:
            raise ImportRefused(f"任务 {et.id} 的内容不能为空")
        if len(text) > MAX_TEXT:
            raise ImportRefused(f"任务 {et.id} 的内容过长（上限 {MAX_TEXT} 字）")
        if text != et.text:
            et.text = text
            et.indicators, et.milestones = api.parse_indicators(text)
    if "lead" in fix:
        et.lead = orgnames_of(fix.get("lead", ""), reg)
    if "cooperating" in fix:
        et.cooperating = [n for n in orgnames_of(fix.get("cooperating", ""), reg) if n not in et.lead]
    return et


def corrections_by_task(corrections: dict, found: list[EngineTask]) -> dict:
    fixes = corrections.get("tasks") or {}
    codes = {et.id for et in found}
    unknown = [c for c in fixes if c not in codes]
    if unknown:
        raise ImportRefused(f"未知任务编号：{', '.join(map(str, unknown))[:100]}")
    return fixes


def confirm_year(batch: ImportBatch, corrections: dict) -> int:
    year = corrections.get("year") or batch.preview.get("year")
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise ImportRefused("请填写计划年度") from None
    if not 2000 <= year <= 2100:
        raise ImportRefused("年度应在 2000–2100 之间")
    return year


def free_code(plan: Plan, code: str) -> str:
    if not plan.tasks.filter(code=code).exists():
        return code
    n = 2
    while plan.tasks.filter(code=f"{code}-{n}").exists():
        n += 1
    return f"{code}-{n}"


def directory_names() -> list[str]:
    """The organisations' names a unit field offers (the directory, 单位名录), for a datalist."""
    return list(Organisation.objects.order_by("name").values_list("name", flat=True))


def unknown_in(texts) -> dict[str, list[str]]:
    """For each unit field's text (区财政局、区统计局) the parts that name no stored organisation
    or alias: confirming would create them, so the preview marks the rows that hold them."""
    reg = registry()
    split = {text: reg.split_list(text or "") for text in set(texts)}
    canonical = {p: reg.normalise(p) or p for parts in split.values() for p in parts}
    wanted = set(canonical.values())
    known = set(Organisation.objects.filter(name__in=wanted).values_list("name", flat=True))
    known |= set(OrganisationAlias.objects.filter(alias__in=wanted).values_list("alias", flat=True))
    return {text: [p for p in parts if canonical[p] not in known] for text, parts in split.items()}
