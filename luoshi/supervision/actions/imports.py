"""Import with preview (导入预览): start (store the document, read it or hand it to the job),
confirm what the preview shows with a person's corrections (a large import's confirm in the
``confirm_import`` job: the request stores the decision and queues it), or cancel.

What a document yields and how corrections apply is services/imports/ (one module per kind)."""

from __future__ import annotations

from pathlib import PurePath

from django.utils.translation import gettext as _

from luoshi.core import audit
from luoshi.core.actions import action, after_commit
from luoshi.core.actions.documents import check_upload_size, import_document, known_document
from luoshi.core.forms import ALLOWED_EXTENSIONS
from luoshi.core.services import ImportRefused
from luoshi.engine import api

from ..models import ImportBatch, Plan, ReportingPeriod
from ..services import plans
from ..services.imports import background_bytes, confirm_background_rows, json_safe
from ..services.review import actor
from ..tasks import confirm_import, read_import
from .import_confirm import QUEUED, QUEUED_BY, do_confirm_import, open_batch
from .import_preview import do_build_import_preview

__all__ = ["confirm_in_background", "do_cancel_import", "do_choose_import_kind", "do_confirm_import",
           "do_queue_confirm_import", "do_start_import"]


@action
def do_start_import(data: bytes, name: str, plan: Plan | None = None, period: ReportingPeriod | None = None,
                    year: int | None = None, title: str = "", *, acting_user) -> ImportBatch:
    """Store the document and read it into a preview (导入预览).

    Raises ``ImportRefused`` (shown as a form error) for an empty, too large,
    unreadable or unusable file; then nothing at all is stored."""
    name = PurePath(name or "").name.strip()[:255]
    if not name:
        raise ImportRefused(_("缺少文件名"))
    if not name.lower().endswith(ALLOWED_EXTENSIONS):
        raise ImportRefused(f"不支持的文件类型，请上传 {' '.join(ALLOWED_EXTENSIONS)}")
    if not data:
        raise ImportRefused(_("文件为空"))
    if period is not None and plan is not None and period.plan_id != plan.pk:
        raise ImportRefused("所选报送周期不属于所选计划")
    if period is not None and plan is None:
        plan = period.plan
    corrections = {"year": year, "title": (title or "").strip()[:200]}
    if len(data) > background_bytes():
        # A large file is only stored here: the worker reads it (bounded child reader),
        # links and assesses it with its progress shown; the request returns at once.
        check_upload_size(data, name)
        document = known_document(data)
        if document is None:
            try:  # the cheap raw-byte checks: a hostile file is a form error at once, nothing stored
                api.check_document(data, name)
            except api.UnreadableInput as e:
                raise ImportRefused(str(e)) from e
        batch = ImportBatch.objects.create(
            document=document, upload=None if document else data, name=name,
            kind=document.kind if document else "", plan=plan, period=period, state="reading",
            corrections=corrections, created_by=actor(acting_user))
        audit.record(acting_user, "import.start", batch, detail={
            "name": name, "document": document.pk if document else None, "kind": batch.kind,
            "new_document": document is None, "background": True, "size": len(data),
            "plan": plan.pk if plan else None, "period": period.pk if period else None})
        after_commit(lambda: read_import.enqueue(batch.pk))
        return batch
    result = import_document(data, name, acting_user)
    document = result.document
    batch = ImportBatch.objects.create(
        document=document, name=name, kind=document.kind, plan=plan, period=period, state="reading",
        corrections=corrections, created_by=actor(acting_user))
    audit.record(acting_user, "import.start", batch, detail={
        "name": name, "document": document.pk, "kind": document.kind, "new_document": result.created,
        "plan": plan.pk if plan else None, "period": period.pk if period else None})
    try:
        return do_build_import_preview(batch, acting_user=acting_user)
    except plans.PlanError as e:
        raise ImportRefused(str(e)) from e


@action
def do_choose_import_kind(batch: ImportBatch, plan: Plan | None = None, period: ReportingPeriod | None = None,
                          as_plan: bool = False, *, acting_user) -> ImportBatch:
    """What a progress table uploaded without a plan is for (确认文件类型): the progress of the
    chosen plan (and period; the plan's current one when none is chosen), or, when the office
    says it is a plan document after all, a new plan read from it.  The preview is read again."""
    batch = open_batch(batch)
    if batch.preview.get("mode") != "kind_check":
        raise ImportRefused(_("该导入无需确认文件类型"))
    if as_plan == (plan is not None):
        raise ImportRefused(_("请选择要关联的计划，或选择按计划文件导入"))
    if period is not None and (plan is None or period.plan_id != plan.pk):
        raise ImportRefused(_("所选报送周期不属于所选计划"))
    batch.plan, batch.period = plan, period
    batch.corrections = {**(batch.corrections or {}), "as_plan": bool(as_plan)}
    batch.state = "reading"
    batch.save(update_fields=["plan", "period", "corrections", "state"])
    audit.record(acting_user, "import.kind", batch, detail={
        "name": batch.name, "as_plan": bool(as_plan), "plan": plan.pk if plan else None,
        "period": period.pk if period else None})
    if len(bytes(batch.document.content)) > background_bytes():
        after_commit(lambda: read_import.enqueue(batch.pk))
        return batch
    try:
        return do_build_import_preview(batch, acting_user=acting_user)
    except plans.PlanError as e:
        raise ImportRefused(str(e)) from e


def confirm_in_background(batch: ImportBatch) -> bool:
    """Whether a batch's confirm is the worker's (``confirm_import``): a preview of more rows or
    tasks than ``LUOSHI_IMPORT_CONFIRM_BACKGROUND_ROWS``; a small one is saved in its request."""
    preview = batch.preview or {}
    size = max(len(preview.get("rows") or []), len(preview.get("tasks") or []), len(preview.get("honours") or []))
    return size > confirm_background_rows()


@action
def do_queue_confirm_import(batch: ImportBatch, corrections: dict | None = None, *, acting_user) -> ImportBatch:
    """Confirm in the background (后台确认): the person's decision (their corrections) is stored
    with the batch, which says 保存中, and the ``confirm_import`` job saves it as
    ``do_confirm_import`` would; the batch page shows how far it is, then the result, or the
    preview again with the reason the confirm was refused (nothing saved)."""
    batch = open_batch(batch)
    if (batch.preview or {}).get("mode") == "kind_check":
        raise ImportRefused(_("请先确认文件类型：选择该进展表所属的计划"))
    wanted = json_safe(corrections or {})
    batch.corrections = {**(batch.corrections or {}), **wanted, QUEUED: wanted,
                         QUEUED_BY: getattr(acting_user, "pk", None)}
    batch.state, batch.error, batch.done, batch.total = "confirming", "", 0, 0
    batch.note = _("已排队，等待后台保存……")
    batch.save(update_fields=["corrections", "state", "error", "done", "total", "note"])
    audit.record(acting_user, "import.confirm_queue", batch, detail={"name": batch.name,
                                                                     "mode": batch.preview.get("mode")})
    after_commit(lambda: confirm_import.enqueue(batch.pk))
    return batch


@action
def do_cancel_import(batch: ImportBatch, *, acting_user) -> ImportBatch:
    """Drop a preview: nothing it read is saved (the document stays, as imported)."""
    batch = ImportBatch.objects.select_for_update(of=("self",)).get(pk=batch.pk)
    if batch.state in ("confirmed", "cancelled"):
        raise ImportRefused("该导入已确认或已取消")
    if batch.state == "confirming":
        raise ImportRefused(_("该导入正在后台保存，请稍候"))
    batch.state = "cancelled"
    batch.save(update_fields=["state"])
    audit.record(acting_user, "import.cancel", batch, detail={"name": batch.name})
    return batch
