"""Confirming an import (导入确认): save what the preview shows, with a person's corrections, in one
transaction — in the request for a small import, in the ``confirm_import`` job for a large one
(``actions/imports.py`` stores the decision and queues it).  Kept apart from actions/imports.py,
which enqueues the jobs: the job imports this module, and nothing here imports the jobs (no cycle)."""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter

from django.contrib.auth import get_user_model
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.actions.organisations import organisations_for
from luoshi.core.models import Organisation, Role, SourceDocument
from luoshi.core.permissions import role_of
from luoshi.core.services import ImportRefused, registry
from luoshi.engine import api

from ..models import Honour, ImportBatch, Indicator, Part, Plan, TargetVersion, Task
from ..services import plans
from ..services.imports import (
    FREQUENCIES,
    confirm_year,
    corrected,
    correction_reason,
    corrections_by_task,
    free_code,
    imported_codes,
    json_safe,
    names_of,
    progress_rows,
    task_from_json,
)
from ..services.plans import ID_CHUNK
from ..services.task_edits import facts_of
from . import periods as period_actions
from . import plans as plan_actions
from . import tasks as task_actions
from . import withdrawals
from .import_preview import record_step

log = logging.getLogger(__name__)
QUEUED = "queued"   # the corrections of a confirm waiting for the worker, in ``batch.corrections``
QUEUED_BY = "queued_by"   # and the id of the person who confirmed (the job acts as them)


def open_batch(batch: ImportBatch, state: str = "preview") -> ImportBatch:
    """The batch locked for a change, refused unless it is in ``state``."""
    locked = ImportBatch.objects.select_for_update(of=("self",)).get(pk=batch.pk)
    if locked.state != state:
        raise ImportRefused({"reading": "文件仍在识别中，请稍候", "preview": "该导入尚未提交确认",
                             "confirming": "该导入正在后台保存，请稍候",
                             "confirmed": "该导入已确认", "cancelled": "该导入已取消",
                             "failed": "该导入识别失败，无法确认"}.get(locked.state, "该导入无法确认"))
    return locked


@action
def do_confirm_import(batch: ImportBatch, corrections: dict | None = None, *, acting_user, queued: bool = False,
                      rows: list | None = None) -> ImportBatch:
    """Save what the preview shows, with a person's corrections, in one transaction.

    ``queued``: the ``confirm_import`` job saving a batch ``do_queue_confirm_import`` left
    saving; ``rows``: a progress table's rows it has read again already.

    ``corrections`` by mode —
    plan: ``{"title", "year", "frequency", "tasks": {code: {"lead", "cooperating", "text",
    "exclude"}}, "keep": [old codes not to withdraw], "new_plan": bool, "include_five_year": bool}``
    (a work report's five-year tasks are left out of the year's plan unless ``include_five_year``);
    progress: ``{"links": {row: task code or None}}`` (rows a person looked at);
    awards: ``{"exclude": [rows]}``.  A file already imported changes nothing."""
    batch = open_batch(batch, "confirming" if queued else "preview")
    corrections = corrections or {}
    preview = batch.preview
    mode = preview.get("mode")
    if mode == "plan_update" and corrections.get("new_plan"):
        mode = "plan_new"
    # One confirm per document at a time: the same file previewed twice and confirmed in
    # both (two tabs, two people) must not make two plans with the same tasks.
    SourceDocument.objects.select_for_update(of=("self",)).filter(pk=batch.document_id).first()
    if (mode in ("plan_new", "progress_plan") and not preview.get("already")
            and Plan.objects.filter(documents=batch.document_id).exists()):
        raise ImportRefused("该文件已由另一次导入确认并建立计划，无需重复确认")
    result: dict = {"mode": mode}
    organisations_before = set(Organisation.objects.values_list("name", flat=True))
    if preview.get("already"):
        result["already"] = True
    elif mode in ("plan_new", "progress_plan"):
        result.update(_confirm_new_plan(batch, acting_user, corrections))
    elif mode == "plan_update":
        result.update(_confirm_update(batch, acting_user, corrections))
    elif mode == "progress":
        result.update(_confirm_progress(batch, acting_user, corrections, rows))
    elif mode == "awards":
        result.update(_confirm_awards(batch, acting_user, corrections))
    elif mode == "kind_check":
        raise ImportRefused(_("请先确认文件类型：选择该进展表所属的计划"))
    else:
        raise ImportRefused("无法确认该导入")
    new_units = sorted(set(Organisation.objects.values_list("name", flat=True)) - organisations_before)
    if new_units and not corrections.get("confirm_new_units"):
        # A unit is created only when a person has seen its name (a look-alike such as
        # 区\u200d财政局 is folded to the known name first): the whole confirm rolls back.
        raise ImportRefused("以下单位尚未登记，将作为新单位建立，请核对名称后勾选“确认新建单位”再确认导入："
                            + "、".join(new_units)[:1000])
    if new_units:
        result["new_units"] = new_units
    batch.state = "confirmed"
    batch.confirmed_at = timezone.now()
    kept = {k: v for k, v in batch.corrections.items() if k not in (QUEUED, QUEUED_BY)}
    batch.corrections = {**kept, **json_safe(corrections), "result": result}
    batch.error, batch.note = "", ""
    fields = ["state", "confirmed_at", "corrections", "error", "note"]
    if queued:
        batch.done = batch.total = 2
        fields += ["done", "total"]
    batch.save(update_fields=fields)
    audit.record(acting_user, "import.confirm", batch, detail={"name": batch.name, **result})
    return batch


@action
def do_return_import(batch_id: int, error: str, *, acting_user) -> None:
    """A confirm the worker could not save (refused, failed, or its worker lost for good): the
    batch is a preview again, its page saying why; nothing of it was saved (one transaction)."""
    ImportBatch.objects.filter(pk=batch_id, state="confirming").update(
        state="preview", error=error[:2000], note="", done=0, total=0)
    audit.record(acting_user, "import.confirm_fail", object_type="ImportBatch",
                 detail={"batch": batch_id, "error": error[:500]})


def note_confirm_retry(batch_id: int, message: str) -> None:
    """The worker saving this batch died (its transaction rolled back) and the job waits in the
    queue again: the batch page says so (the lost-job recovery calls this)."""
    ImportBatch.objects.filter(pk=batch_id, state="confirming").update(done=0, total=0, note=message[:300])


def run_confirm(batch_id: int) -> str:
    """The ``confirm_import`` job's body: save a queued confirm, or return the batch to its
    preview with the reason.  It acts as the person who confirmed, whose office role is
    checked again (it may have been taken away while the job waited); a progress table is
    read again outside the transaction, so the page shows the steps."""
    batch = (ImportBatch.objects.filter(pk=batch_id, state="confirming")
             .select_related("document", "plan", "period").first())
    if batch is None:
        return "skipped"
    user = get_user_model().objects.filter(pk=(batch.corrections or {}).get(QUEUED_BY)).first()
    if user is None or not user.is_active or role_of(user) != Role.OFFICE:
        do_return_import(batch_id, _("无权限确认该导入"), acting_user=user)
        return "refused"
    corrections = (batch.corrections or {}).get(QUEUED) or {}
    try:
        rows = None
        if batch.preview.get("mode") == "progress" and not batch.preview.get("already") and batch.plan:
            record_step(batch, 0, 2, _("正在重新读取文件并核对预览……"))
            rows = progress_rows(batch.document, batch.plan)
        record_step(batch, 1, 2, _("正在保存（一次写入，完成前不会保存任何部分）……"))
        do_confirm_import(batch, corrections, acting_user=user, queued=True, rows=rows)
    except (ImportRefused, plans.PlanError) as e:
        do_return_import(batch_id, str(e), acting_user=user)
        return "refused"
    except Exception as e:  # the owner sees why on the batch page; the worker records the job failed
        log.exception("confirm of import %s failed", batch_id)
        do_return_import(batch_id, _("保存失败（%(error)s），未保存任何内容，请重新确认。") % {
            "error": type(e).__name__}, acting_user=user)
        raise
    return "confirmed"


def _confirm_new_plan(batch: ImportBatch, user, corrections: dict) -> dict:
    reg = registry()
    found = [task_from_json(d) for d in batch.preview["tasks"]]
    fixes = corrections_by_task(corrections, found)
    five_year = _five_year_counts(found, corrections)
    chosen = [et for et in found if five_year["five_year_included"] or not et.five_year]
    # the plan's codes run without gaps where five-year tasks were left out (R1-0-1, not R1-0-17)
    codes = imported_codes(found, bool(five_year["five_year_left_out"]))
    kept = [dataclasses.replace(corrected(et, fixes.get(et.id, {}), reg), id=codes[et.id])
            for et in chosen if not fixes.get(et.id, {}).get("exclude")]
    if not kept:
        if five_year["five_year_left_out"]:
            raise ImportRefused(_("本年度部分没有可导入的任务；如需导入五年规划部分的任务，请勾选“同时导入五年规划部分的任务”"))
        raise ImportRefused("至少保留一项任务")
    year = confirm_year(batch, corrections)
    title = (corrections.get("title") or batch.preview.get("title") or "").strip()[:200]
    if not title:
        raise ImportRefused("请填写计划名称")
    plan = plan_actions.do_create_plan(batch.document, year, title, found=kept, acting_user=user)
    frequency = corrections.get("frequency") or ""
    history: list = []
    if frequency:
        if frequency not in FREQUENCIES:
            raise ImportRefused("报送频次无效")
        made = period_actions.do_create_periods(plan, frequency, acting_user=user)
        if corrections.get("close_history"):
            # a past year's plan kept as an archive (the person ticked it): its periods long due are
            # history, not chased; unticked, they stay open as any plan's (a rehearsal on an old report)
            history = period_actions.do_close_history_periods(made, acting_user=user)
    batch.plan = plan
    batch.save(update_fields=["plan"])
    out = {"plan": plan.pk, "tasks": len(kept), "excluded": len(chosen) - len(kept), **five_year}
    if history:
        out["history_periods"] = len(history)
    return out


def _five_year_counts(found: list[api.Task], corrections: dict) -> dict:
    """How many of the found tasks come from a work report's five-year part, and whether they go
    into the year's plan (only when the person ticked ``include_five_year``): what the import's
    ``import.confirm`` event says, so no task is left out unseen (both 0 when there are none)."""
    count = sum(1 for et in found if et.five_year)
    if not count:
        return {"five_year_left_out": 0, "five_year_included": 0}
    included = bool(corrections.get("include_five_year"))
    return {"five_year_left_out": 0 if included else count, "five_year_included": count if included else 0}


def _apply_changes(plan: Plan, work: list[tuple[dict, api.Task, dict]], batch: ImportBatch, user, reg,
                   reason: str, counts: Counter) -> None:
    """The matched tasks as the new file (and the person's corrections) has them, in a fixed
    number of queries however many (a changed task took about 13 one by one): per task its units,
    then one new version from the file (the text as the file or the person has it; the
    office's text where the file did not change it) — what ``do_add_target_version`` makes,
    inserted together, with one ``task.units_change`` and one ``task.target_change`` event each."""
    ids = [item["task"] for item, _et, _fix in work]
    tasks: dict[int, Task] = {}
    for start in range(0, len(ids), ID_CHUNK):
        tasks.update((t.pk, t) for t in plan.tasks.filter(pk__in=ids[start:start + ID_CHUNK]).prefetch_related(
            "lead", "cooperating", Prefetch("target_versions", queryset=TargetVersion.objects.prefetch_related(
                "indicators"))))
    unit_changes: list[tuple[Task, api.Task]] = []
    versions: list[tuple[Task, TargetVersion | None, str, list, list, dict, bool]] = []
    for item, et, fix in work:
        task = tasks.get(item["task"])
        if task is None:
            raise ImportRefused(_("任务已不存在（已被撤销或删除），请重新导入：%(code)s") % {"code": item["code"]})
        read_text = et.text
        if not et.lead and not et.cooperating:
            # The new version names no units (a work report): the plan's units stand.
            et.lead, et.cooperating = list(item["old_lead"]), list(item["old_cooperating"])
        et = corrected(et, fix, reg)
        current = task.current_target
        current_text = current.text if current else task.text
        wants_text = "text" in fix or item["text_changed"]
        text = et.text if wants_text else current_text
        text_differs = api.normalise_text(text) != api.normalise_text(current_text)
        wants_units = "lead" in fix or "cooperating" in fix or item["units_changed"]
        units_differ = wants_units and (et.lead or et.cooperating) and (
            sorted(et.lead) != names_of(task.lead.all()) or sorted(et.cooperating) != names_of(task.cooperating.all()))
        if units_differ:
            unit_changes.append((task, et))
            counts["units"] += 1
        if text_differs or units_differ:
            if text_differs:
                indicators, milestones = et.indicators, et.milestones
            else:
                indicators, milestones = plans.engine_indicators(current), plans.engine_milestones(current)
            file = {"file_text": read_text, "file_lead": sorted(item["new_lead"]),
                    "file_cooperating": sorted(item["new_cooperating"])}
            versions.append((task, current, text, indicators, milestones, file, bool(text_differs)))
            if text_differs:
                counts["changed"] += 1
    units = _set_units_many(unit_changes, user, reg, reason)
    _add_versions(versions, units, batch, user, reason)


def _add_tasks(plan: Plan, added: list[tuple[api.Task, str]], order: int, batch: ImportBatch, user, reg,
               reason: str) -> int:
    """Tasks a corrected version adds (``(task as corrected, its text as read)``), numbered from
    ``order``, with their units, baseline versions (what the file said beside them) and one
    ``task.create`` event each, inserted together (a dozen queries a task one by one)."""
    if not added:
        return 0
    taken = set(plan.tasks.values_list("code", flat=True))
    parts = _part_finder(plan)
    tasks = []
    for offset, (et, _read) in enumerate(added):
        tasks.append(Task(
            plan=plan, part=parts(et), code=free_code(plan, et.id, taken), order=order + offset, name=et.name[:300],
            text=et.text, kind=et.kind, target_class=et.target_class or "", source_document=batch.document,
            source=et.source, deadline_text=next((m.deadline for m in et.milestones if m.deadline), "")[:100]))
    pairs = list(zip(Task.objects.bulk_create(tasks), [et for et, _read in added], strict=True))
    _link_units(pairs, user, reg)
    task_actions.add_baselines(pairs, document=batch.document, file_texts=[read for _et, read in added],
                               acting_user=user)
    audit.record_many(user, [("task.create", task, {"code": task.code, "text": et.text, "reason": reason})
                             for task, et in pairs])
    return len(pairs)


def _part_finder(plan: Plan):
    """An added task's part (板块) and sub-heading, found by title or made (numbered after the
    plan's parts): the plan's parts read once for all the tasks, a missing one made once."""
    parts = list(plan.parts.order_by("order", "id"))
    known: dict[tuple[str, int | None], Part] = {}
    for part in parts:
        known.setdefault((part.title, part.parent_id), part)
    made = [len(parts)]

    def part(et: api.Task) -> Part | None:
        title = et.part or ("民生实事" if et.kind == "livelihood" else "")
        if not title:
            return None
        top = known.get((title[:300], None))
        if top is None:
            made[0] += 1
            top = known[(title[:300], None)] = Part.objects.create(plan=plan, title=title[:300], order=made[0])
        heading = et.heading if et.heading and et.heading != title else ""
        if not heading:
            return top
        sub = known.get((heading[:300], top.pk))
        if sub is None:
            made[0] += 1
            sub = known[(heading[:300], top.pk)] = Part.objects.create(plan=plan, parent=top, title=heading[:300],
                                                                        order=made[0])
        return sub
    return part


def _set_units_many(changes: list[tuple[Task, api.Task]], user, reg, reason: str) -> dict[int, tuple[list, list]]:
    """The units of ``changes`` replaced by the file's (``task.lead.set`` of each, together);
    returns {task id: (lead names, cooperating names)} as stored."""
    if not changes:
        return {}
    ids = [task.pk for task, _et in changes]
    for start in range(0, len(ids), ID_CHUNK):
        Task.lead.through.objects.filter(task_id__in=ids[start:start + ID_CHUNK]).delete()
        Task.cooperating.through.objects.filter(task_id__in=ids[start:start + ID_CHUNK]).delete()
    stored = _link_units(changes, user, reg)
    audit.record_many(user, [("task.units_change", task, {"lead": et.lead, "cooperating": et.cooperating,
                                                           "reason": reason}) for task, et in changes])
    return stored


def _link_units(pairs: list[tuple[Task, api.Task]], user, reg) -> dict[int, tuple[list, list]]:
    """Each task's lead and cooperating units as its engine task names them (each unit once),
    inserted together; returns {task id: (lead names, cooperating names)} as stored."""
    orgs = organisations_for({n for _task, et in pairs for n in [*et.lead, *et.cooperating]}, acting_user=user, reg=reg)
    lead_model, coop_model = Task.lead.through, Task.cooperating.through
    leads, coops, stored = [], [], {}
    for task, et in pairs:
        lead = list(dict.fromkeys(orgs[n] for n in et.lead))
        coop = list(dict.fromkeys(orgs[n] for n in et.cooperating))
        leads += [lead_model(task_id=task.pk, organisation_id=o.pk) for o in lead]
        coops += [coop_model(task_id=task.pk, organisation_id=o.pk) for o in coop]
        stored[task.pk] = ([o.name for o in lead], [o.name for o in coop])
    lead_model.objects.bulk_create(leads)
    coop_model.objects.bulk_create(coops)
    return stored


def _add_versions(versions: list, units: dict[int, tuple[list, list]], batch: ImportBatch, user, reason: str) -> None:
    """``do_add_target_version`` of many tasks at once (each after its last version, the
    statistician's indicators staying theirs, the task's text following its new target)."""
    if not versions:
        return
    if not reason.strip():
        raise plans.PlanError(_("调整目标须说明理由"))
    who = user if getattr(user, "pk", None) else None
    made = TargetVersion.objects.bulk_create([TargetVersion(
        task=task, version=(last.version + 1) if last else 1, text=text,
        milestones=[m.to_json() for m in milestones], reason=reason, document=batch.document,
        facts={**facts_of(task, *units.get(task.pk, (None, None))), **file}, created_by=who)
        for task, last, text, _indicators, milestones, file, _record in versions])
    rows, renamed, events = [], [], []
    for (task, last, text, indicators, _milestones, _file, record), tv in zip(versions, made, strict=True):
        statistical = ({(i.metric, i.comparator, i.value, i.unit) for i in last.indicators.all() if i.statistical}
                       if last is not None else set())
        rows += [task_actions._indicator(task, tv, ind, statistical) for ind in indicators]
        if last is not None and task.text != text:
            # Lists, exports, linking and the public page show the task's current target.
            task.text = text
            renamed.append(task)
        if record:
            events.append(("task.target_change", task, {"version": tv.version, "text": text, "reason": reason}))
    Indicator.objects.bulk_create(rows)
    Task.objects.bulk_update(renamed, ["text"], batch_size=ID_CHUNK)
    audit.record_many(user, events)


def _confirm_update(batch: ImportBatch, user, corrections: dict) -> dict:
    """Apply a corrected version: changed targets become new TargetVersions (the baseline
    stays), new tasks are added, tasks no longer in it are withdrawn (not deleted); where the
    office corrected a task by hand since the last file, its version stands unless the office
    chose the file's (``conflicts``); a task the office withdrew is restored only when asked."""
    plan = Plan.objects.select_for_update(of=("self",)).get(pk=batch.preview["plan"])
    reg = registry()
    reason = correction_reason(batch.name)
    found = {d["id"]: task_from_json(d) for d in batch.preview["tasks"]}
    fixes = corrections_by_task(corrections, list(found.values()))
    diff = batch.preview["diff"]
    counts = Counter()
    next_order = (Task.all_objects.filter(plan=plan).order_by("-order").values_list("order", flat=True).first()
                  or 0) + 1
    choices = corrections.get("conflicts") or {}
    for code, choice in choices.items():
        if choice not in ("office", "file"):
            raise ImportRefused(_("冲突的处理方式无效：%(code)s") % {"code": str(code)[:40]})
    work = []
    for item in diff["changed"] + diff.get("conflicts", []):
        fix = fixes.get(item["code"], {})
        conflict = "file_text" in item
        if fix.get("exclude") or (conflict and choices.get(item["code"], "office") != "file"):
            counts["office_kept" if conflict and not fix.get("exclude") else "skipped"] += 1
            continue
        work.append((item, found[item["code"]], fix))
    _apply_changes(plan, work, batch, user, reg, reason, counts)
    added = []
    include_five_year = bool(corrections.get("include_five_year"))
    for code in diff["added"]:
        fix = fixes.get(code, {})
        if found[code].five_year:
            if not include_five_year:
                counts["five_year_left_out"] += 1     # a five-year task the plan does not have: not added unasked
                continue
            counts["five_year_included"] += 1
        if fix.get("exclude"):
            counts["skipped"] += 1
            continue
        added.append((corrected(found[code], fix, reg), found[code].text))
    counts["added"] += _add_tasks(plan, added, next_order, batch, user, reg, reason)
    restore = {str(c) for c in corrections.get("restore") or []}
    for item in diff.get("withdrawn", []):
        if item["old_code"] not in restore:
            counts["withdrawn_kept"] += 1
            continue
        task = Task.all_objects.get(pk=item["task"], plan=plan)
        if task.withdrawn_at is not None:
            withdrawals.do_restore_task(task, _("%(reason)s（更正版本中仍有此任务）") % {"reason": reason},
                                        acting_user=user)
            counts["restored"] += 1
    keep = {str(c) for c in corrections.get("keep") or []}
    gone = []
    for item in diff["removed"]:
        if item["code"] in keep:
            counts["kept"] += 1
        else:
            gone.append(item["task"])
    # Unpublished together (a few queries however many), one task.withdraw event each.
    unpublished = []
    for start in range(0, len(gone), ID_CHUNK):
        unpublished += plan.tasks.filter(pk__in=gone[start:start + ID_CHUNK], published=True)
    for start in range(0, len(unpublished), ID_CHUNK):
        Task.objects.filter(pk__in=[t.pk for t in unpublished[start:start + ID_CHUNK]]).update(published=False)
    audit.record_many(user, [("task.withdraw", task, {"code": task.code, "reason": f"{reason}（更正版本中已无此任务）"})
                             for task in unpublished])
    counts["withdrawn"] += len(unpublished)
    plan.documents.add(batch.document)
    audit.record(user, "plan.correct", plan, detail={"document": batch.document.name, "reason": reason, **counts})
    return {"plan": plan.pk, **counts}


def _confirm_progress(batch: ImportBatch, user, corrections: dict, prows: list | None = None) -> dict:
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
    if prows is None:
        prows = progress_rows(batch.document, plan)
    if [p.row for p in prows] != [r["row"] for r in rows]:
        raise ImportRefused(_("文件内容与预览不一致，请重新导入"))
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
