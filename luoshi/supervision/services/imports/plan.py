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
from .common import new_units, orgnames_of

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


def free_code(plan: Plan, code: str) -> str:
    if not plan.tasks.filter(code=code).exists():
        return code
    n = 2
    while plan.tasks.filter(code=f"{code}-{n}").exists():
        n += 1
    return f"{code}-{n}"
