"""Plan documents (work report, decomposition table, any task list): their tasks as the preview
shows them; when a plan of the same year already comes from a document of the same kind, the
differences against it (a corrected version); a person's corrections applied before confirming."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath

from luoshi.core.models import SourceDocument
from luoshi.core.services import ImportRefused
from luoshi.engine import api
from luoshi.engine.api import Indicator as EngineIndicator
from luoshi.engine.api import Milestone as EngineMilestone
from luoshi.engine.api import Task as EngineTask

from ...models import ImportBatch, Plan, Task
from .. import plans
from .common import correction_reason, new_units, orgnames_of

PLAN_KINDS = ("work_report", "decomposition_table", "plan")
MAX_TEXT = 4000                 # a corrected task text
SIMILAR = 0.5                   # a task of the new version is "the same task, changed" above this


def task_json(et: EngineTask) -> dict:
    d = et.to_json()
    d["source"] = {k: v for k, v in et.source.items() if k != "file"}
    return d


def task_from_json(d: dict) -> EngineTask:
    inds = [EngineIndicator(**{**i, "span": tuple(i.get("span", (0, 0)))}) for i in d.get("indicators", [])]
    miles = [EngineMilestone(**{**m, "span": tuple(m.get("span", (0, 0)))}) for m in d.get("milestones", [])]
    fields = {k: v for k, v in d.items() if k not in ("indicators", "milestones")}
    return EngineTask(**fields, indicators=inds, milestones=miles)


_YEAR_NAMED = re.compile(r"(20\d\d)\s*年")


def guess_year(document: SourceDocument) -> int | None:
    """The year a plan document is for: for a work report, the year its plan or targets parts name in
    their titles (三、2022年工作安排, 统筹抓好2024年政府工作) — its opening reviews the year before, which
    it names most; otherwise, or when those titles name none, the year named most often near its start."""
    if document.kind == "work_report":
        named = Counter(int(y) for s in document.reading.get("sections", [])
                        if s.get("role") in ("plan", "targets") and s.get("level", 9) <= 2
                        for y in _YEAR_NAMED.findall(s.get("title", "")))
        if named:
            return max(named.items(), key=lambda kv: (kv[1], kv[0]))[0]
    text = " ".join(s.get("text", "") for s in document.reading.get("sentences", [])[:200])
    text += " ".join(t.get("title", "") for t in document.reading.get("tables", []))
    years = Counter(int(y) for y in _YEAR_NAMED.findall(text))
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


# Where a work report names its government near its start: the congress it is delivered to (——2022年1月
# 10日在某某市第十七届人民代表大会第一次会议上) or the government it speaks for (我代表某某区人民政府).
# A name is a run of Han characters ending in a level (省, 市, 区, 县, 自治区 …); lazy, so the shortest
# name before the congress or 人民政府 (深圳市龙华区 as a whole, where both levels are written).
_LEVEL = r"(?:自治区|自治州|自治县|省|市|区|县|州|盟|旗)"
_GOVERNMENT = re.compile(rf"在([\u4e00-\u9fff]{{1,12}}?{_LEVEL})第[一二三四五六七八九十]{{1,3}}届人民代表大会"
                         rf"|代表([\u4e00-\u9fff]{{1,12}}?{_LEVEL})人民政府")


def _government(document: SourceDocument) -> str:
    """The government a work report names near its start, or ""."""
    head = "\n".join(s.get("text", "") for s in document.reading.get("sentences", [])[:40])
    m = _GOVERNMENT.search(head)
    return (m.group(1) or m.group(2)) if m else ""


def _default_title(document: SourceDocument, year: int | None) -> str:
    for t in document.reading.get("tables", []):
        if t.get("title"):
            return t["title"][:200]
    government = _government(document) if document.kind == "work_report" else ""
    if government and year:   # as an office names it: 某某市2022年政府工作报告重点工作, not the file's name
        return f"{government}{year}年政府工作报告重点工作"[:200]
    stem = PurePath(document.name).stem
    return (f"{year}年{stem}" if year and str(year) not in stem else stem)[:200]


def _departments(found: list[EngineTask]) -> list[dict]:
    names = sorted({n for et in found for n in (*et.lead, *et.cooperating)})
    unknown = {n for n, _hint in new_units(names)}
    return [{"name": n, "known": n not in unknown} for n in names]


def _existing_plan(batch: ImportBatch, year: int | None) -> Plan | None:
    """The plan a corrected version of this document would change: the chosen plan, or
    the latest plan of the same year built from a document of the same kind."""
    if batch.plan is not None:
        return batch.plan
    if year is None:
        return None
    return (Plan.objects.filter(year=year, documents__kind=batch.document.kind)
            .exclude(documents=batch.document).order_by("-created_at", "-pk").first())


def plan_preview(batch: ImportBatch, step) -> dict:
    document = batch.document
    found = plans.engine_tasks(document)       # PlanError when it states no tasks
    step(1, 2)
    year = batch.corrections.get("year") or guess_year(document)
    preview = {
        "mode": "plan_new" if document.kind != "progress_table" else "progress_plan",
        "year": year,
        "title": batch.corrections.get("title") or _default_title(document, year),
        "tasks": [task_json(et) for et in found],
        "departments": _departments(found),
        # tasks of a work report's five-year part (今后五年, “十四五”时期): shown marked, left out of the
        # year's plan unless the person asks for them (include_five_year)
        "five_year": sum(1 for et in found if et.five_year),
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


def file_version(task: Task):
    """The latest version of a task that came from a file (an import or a correction import):
    what the office's own versions since then are compared with.  Versions stored before files
    were recorded on them count when they are the baseline or a correction import's."""
    versions = sorted(task.target_versions.all(), key=lambda v: v.version)
    for v in reversed(versions):
        if v.document_id or v.version == 1 or v.reason.startswith(correction_reason("")):
            return v
    return None


def file_facts(et: EngineTask) -> dict:
    """What a file said of a task, kept on the version it made (the next correction import's base)."""
    return {"file_text": et.text, "file_lead": sorted(et.lead), "file_cooperating": sorted(et.cooperating)}


def _bases(t: Task) -> dict:
    """A stored task's current text and units, and what the last file said of them."""
    versions = sorted(t.target_versions.all(), key=lambda v: v.version)
    current = versions[-1] if versions else None
    base = file_version(t)
    current_text = current.text if current else t.text
    lead, coop = names_of(t.lead.all()), names_of(t.cooperating.all())
    facts = (base.facts or {}) if base else {}
    base_text = facts.get("file_text") or (base.text if base else current_text)
    stated = "file_lead" in facts and (facts["file_lead"] or facts["file_cooperating"])
    base_units = (facts["file_lead"], facts["file_cooperating"]) if stated else (lead, coop)
    office = [v for v in versions if base is None or v.version > base.version]
    return {"text": current_text, "base_text": base_text, "lead": lead, "cooperating": coop,
            "base_units": base_units, "office": office[-1] if office else None}


def plan_diff(plan: Plan, found: list[EngineTask]) -> dict:
    """Differences of a new version of a plan's document against the stored plan as the office
    keeps it now: tasks matched by the same text (as the office has it, or as the last file had
    it), then by code when similar, then by the most similar text; the rest are added (new) or
    removed (old).  Three texts meet for each matched task — the last file's, the office's
    current version, the new file's —, so a task the office corrected by hand is neither
    reverted nor re-added silently:

    * the new file says what the office has: unchanged;
    * the office changed it and the new file did not: the office's version stands (``kept``);
    * the office did not change it and the new file did: ``changed``;
    * both changed it, differently: a ``conflict``, for the office to choose;
    * a task the office withdrew (or split) that the new file still has: ``withdrawn``, kept
      withdrawn unless the office restores it.

    Tasks the office added by hand are not in any file: they stay, never ``removed``."""
    old = list(Task.all_objects.filter(plan=plan).prefetch_related("lead", "cooperating", "target_versions")
               .order_by("order", "pk"))
    bases = {t.pk: _bases(t) for t in old}
    norms = {t.pk: {api.normalise_text(bases[t.pk]["text"]), api.normalise_text(bases[t.pk]["base_text"])}
             for t in old}
    by_code = {t.code: t for t in old}
    pairs: dict[int, Task] = {}         # index in found → old task
    taken: set[int] = set()
    by_text: dict[str, list[Task]] = {}
    for t in old:
        for n in norms[t.pk]:
            by_text.setdefault(n, []).append(t)

    def similarity(et, t) -> float:
        return max(api.text_similarity(et.text, bases[t.pk]["text"]),
                   api.text_similarity(et.text, bases[t.pk]["base_text"]))

    for i, et in enumerate(found):
        for t in by_text.get(api.normalise_text(et.text), []):
            if t.pk not in taken:
                pairs[i] = t
                taken.add(t.pk)
                break
    for i, et in enumerate(found):
        t = by_code.get(et.id)
        if i not in pairs and t is not None and t.pk not in taken and similarity(et, t) >= SIMILAR:
            pairs[i] = t
            taken.add(t.pk)
    for i, et in enumerate(found):
        if i in pairs:
            continue
        scored = [(similarity(et, t), t) for t in old if t.pk not in taken]
        if scored:
            best, t = max(scored, key=lambda st: st[0])
            if best >= SIMILAR:
                pairs[i] = t
                taken.add(t.pk)
    added, changed, conflicts, kept, withdrawn, unchanged = [], [], [], [], [], 0
    for i, et in enumerate(found):
        t = pairs.get(i)
        if t is None:
            added.append(et.id)
            continue
        b = bases[t.pk]
        if t.withdrawn_at is not None:
            withdrawn.append({"code": et.id, "task": t.pk, "old_code": t.code, "text": b["text"],
                              "new_text": et.text, "reason": t.withdraw_reason,
                              "at": t.withdrawn_at.isoformat()})
            continue
        new_norm = api.normalise_text(et.text)
        text_changed = new_norm != api.normalise_text(b["text"])
        office_text = api.normalise_text(b["text"]) != api.normalise_text(b["base_text"])
        file_text = new_norm != api.normalise_text(b["base_text"])
        states_units = bool(et.lead or et.cooperating)
        new_units = (sorted(et.lead), sorted(et.cooperating))
        units_changed = states_units and new_units != (b["lead"], b["cooperating"])
        office_units = (b["lead"], b["cooperating"]) != tuple(b["base_units"])
        file_units = states_units and new_units != tuple(b["base_units"])
        if not (text_changed or units_changed):
            unchanged += 1
            continue
        item = {"code": et.id, "task": t.pk, "old_code": t.code, "old_text": b["text"],
                "new_text": et.text, "text_changed": text_changed, "units_changed": units_changed,
                "old_lead": b["lead"], "old_cooperating": b["cooperating"],
                "new_lead": sorted(et.lead), "new_cooperating": sorted(et.cooperating)}
        text_conflict = text_changed and office_text and file_text
        units_conflict = units_changed and office_units and file_units
        text_kept = text_changed and office_text and not file_text
        units_kept = units_changed and office_units and not file_units
        if text_conflict or units_conflict:
            office = b["office"]
            conflicts.append({**item, "file_text": b["base_text"], "file_lead": list(b["base_units"][0]),
                              "file_cooperating": list(b["base_units"][1]),
                              "text_conflict": text_conflict, "units_conflict": units_conflict,
                              "office_version": office.version if office else None,
                              "office_reason": office.reason if office else "",
                              "office_by": office.created_by.username if office and office.created_by else ""})
        elif (text_kept or not text_changed) and (units_kept or not units_changed):
            kept.append({"code": et.id, "task": t.pk, "old_code": t.code, "text": b["text"],
                         "file_text": b["base_text"], "text_kept": text_kept, "units_kept": units_kept})
        else:
            # one side changed cleanly, the other is the office's to keep
            item["text_changed"] = text_changed and not text_kept
            item["units_changed"] = units_changed and not units_kept
            if text_kept:
                item["new_text"] = b["text"]
            if units_kept:
                item["new_lead"], item["new_cooperating"] = b["lead"], b["cooperating"]
            changed.append(item)
    removed = [{"code": t.code, "task": t.pk, "text": bases[t.pk]["text"]} for t in old
               if t.pk not in taken and t.published and t.withdrawn_at is None and t.source_document_id]
    office_added = [t.code for t in old if t.pk not in taken and t.withdrawn_at is None and not t.source_document_id]
    return {"added": added, "changed": changed, "conflicts": conflicts, "kept": kept, "withdrawn": withdrawn,
            "removed": removed, "office_added": office_added, "unchanged": unchanged}


# --- confirming: a person's corrections -------------------------------------------

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


# A work report's task code as the engine numbers it: R<part>-<sub-heading>-<sentence>, a letter per clause.
_REPORT_CODE = re.compile(r"R(\d+)-(\d+)-(\d+)([a-z]?)")


def imported_codes(tasks, five_year_left_out: bool) -> dict[str, str]:
    """{engine code: code in the plan} of a work report's tasks.  The engine numbers the sentences
    of a part's sub-heading one after the other, five-year ones included (a part of the five
    years and the year's tasks under one heading: the year's start at R1-0-17); when the
    five-year tasks are left out of the year's plan, the sentences imported are numbered again
    from 1 under each heading, in order, each clause keeping its letter — the plan's codes run
    without gaps.  Other codes (a table's, an expected target's E…) stay as read.  ``tasks``:
    engine tasks or their preview JSON (``id``, ``five_year``)."""
    def field(t, name):
        return t.get(name) if isinstance(t, dict) else getattr(t, name)
    out: dict[str, str] = {}
    if not five_year_left_out:
        return {field(t, "id"): field(t, "id") for t in tasks}
    sentences: dict[tuple[str, str, str], int] = {}
    counters: dict[tuple[str, str], int] = {}
    for t in tasks:
        code = field(t, "id")
        m = _REPORT_CODE.fullmatch(code or "")
        if field(t, "five_year") or m is None:
            out[code] = code
            continue
        part, head, sentence, letter = m.groups()
        key = (part, head, sentence)
        if key not in sentences:
            counters[(part, head)] = counters.get((part, head), 0) + 1
            sentences[key] = counters[(part, head)]
        out[code] = f"R{part}-{head}-{sentences[key]}{letter}"
    return out


def free_code(plan: Plan, code: str, taken: set[str] | None = None) -> str:
    """``code``, else ``code-2``, ``code-3`` … whichever no task of the plan has; ``taken``: the
    plan's codes read already (naming many tasks at once; the code returned joins it)."""
    used = (lambda c: c in taken) if taken is not None else (lambda c: plan.tasks.filter(code=c).exists())
    candidate, n = code, 2
    while used(candidate):
        candidate, n = f"{code}-{n}", n + 1
    if taken is not None:
        taken.add(candidate)
    return candidate
