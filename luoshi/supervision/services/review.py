"""Department reporting and office review (部门填报与督查科审核): the rules.

A department's progress on a task for a period is a chain of versions
(``Submission``): a draft is edited in place, but once a version has been
submitted, returned or accepted it is frozen and an edit starts a new version
that ``supersedes`` it.  Only the office accepts or returns; only an accepted
version is assessed by the engine (``plans.assess_submission``), so drafts
and pending versions never count in figures or statuses.  A closed period is
locked: the only way in is a late correction (逾期更正), a new version marked
``late``.  A task's target is never overwritten: a change is a new
``TargetVersion`` with its reason, the baseline (version 1) stays.

Permission problems raise ``PermissionDenied`` (403 in views); invalid input or
a state that does not allow the step raise ``ReviewError`` with a Chinese
message to show as is.
"""

from __future__ import annotations

import hashlib
import math
import re
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from luoshi.core import audit
from luoshi.core.models import Role
from luoshi.core.permissions import role_of
from luoshi.engine import indicators as engine_indicators
from luoshi.engine import progress as engine_progress

from ..models import (
    STATUS_ORDER,
    Assessment,
    Attachment,
    Indicator,
    Override,
    Plan,
    ReportingPeriod,
    Submission,
    Task,
)
from ..permissions import can_report_for, organisation_of
from . import plans
from .formatting import format_number

MAX_NARRATIVE = 20000
MAX_COMMENT = 2000
MAX_REASON = 2000
MAX_TARGET = 5000
MAX_ATTACHMENTS = 10
# A figure beyond this is a typing slip (a trillion of anything a district reports).
MAX_FIGURE = 1e12
ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".txt", ".csv", ".jpg", ".jpeg", ".png",
                         ".zip", ".ofd", ".wps", ".et")
FIGURES_HEADING = "填报数据："


class ReviewError(Exception):
    """A step that cannot be taken; the message (Chinese) is shown as is."""


# --- helpers ---------------------------------------------------------------------

def _user(user):
    return user if getattr(user, "pk", None) else None


def _require_office(user) -> None:
    if role_of(user) != Role.OFFICE:
        raise PermissionDenied


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text, label: str, limit: int, required: bool = True) -> str:
    """Text a person typed: control characters dropped, trimmed, length checked."""
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise ReviewError(f"{label}格式不正确")
    text = _CONTROL.sub("", text.replace("\r\n", "\n")).strip()
    if required and not text:
        raise ReviewError(f"请填写{label}")
    if len(text) > limit:
        raise ReviewError(f"{label}过长（不超过 {limit} 字，现 {len(text)} 字）")
    return text


def parse_number(value) -> float | None:
    """A figure as typed (``1,200`` ``3.5`` ``-2``); None when left empty."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ReviewError("数据须为数字")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().replace(",", "").replace("，", "").replace(" ", "")
        if not text:
            return None
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            raise ReviewError(f"“{str(value)[:20]}”不是数字")
        number = float(text)
    if not math.isfinite(number) or abs(number) > MAX_FIGURE:
        raise ReviewError(f"数字超出合理范围：{str(value)[:20]}")
    return number


def figure_indicators(task: Task) -> list[Indicator]:
    """The indicators a department fills a figure for: the current target's, except the
    statistical ones (统计指标), which the statistician enters."""
    tv = task.current_target
    if tv is None:
        return []
    return [i for i in tv.indicators.all() if not i.statistical]


def clean_figures(task: Task, figures) -> list[dict]:
    """Figures as stored: [{"indicator", "metric", "value", "unit"}] for the task's current
    indicators.  ``figures`` is {indicator id: value} or a list of {"indicator", "value"}."""
    if not figures:
        return []
    if isinstance(figures, dict):
        items = list(figures.items())
    elif isinstance(figures, (list, tuple)):
        try:
            items = [(f["indicator"], f.get("value")) for f in figures]
        except (TypeError, KeyError, AttributeError) as e:
            raise ReviewError("数据格式不正确") from e
    else:
        raise ReviewError("数据格式不正确")
    allowed = {i.pk: i for i in figure_indicators(task)}
    out = []
    seen = set()
    for key, raw in items:
        try:
            pk = int(key)
        except (TypeError, ValueError) as e:
            raise ReviewError("数据对应的指标不存在") from e
        ind = allowed.get(pk)
        if ind is None:
            raise ReviewError("数据对应的指标不属于该任务的当前目标")
        if pk in seen:
            continue
        seen.add(pk)
        value = parse_number(raw)
        if value is None:
            continue
        out.append({"indicator": pk, "metric": ind.metric, "value": value, "unit": ind.unit,
                    "kind": ind.kind})
    return out


def figures_text(task: Task, figures: list[dict]) -> str:
    """The figures as a sentence the engine reads: ``<metric><value><unit>``, e.g.
    引进10亿元以上项目5个; a rate keeps its 增长/下降 (地区生产总值增长6%)."""
    parts = []
    for f in figures or []:
        metric = (f.get("metric") or task.name or "").strip()
        kind = f.get("kind", "")
        if kind == "growth_rate" and "增长" not in metric:
            metric += "增长"
        elif kind == "decline_rate" and "下降" not in metric:
            metric += "下降"
        parts.append(f"{metric}{format_number(f['value'])}{f.get('unit', '')}")
    return "；".join(parts) + "。" if parts else ""


def assessed_text(sub: Submission) -> str:
    """The text the engine judged: the narrative, then the figure fields as a sentence.

    The engine reads narratives, not form fields, so a figure typed in a field
    counts only if it is written out; the evidence spans of an assessment are
    offsets into this text (the narrative's own offsets are unchanged)."""
    extra = figures_text(sub.task, sub.figures)
    return f"{sub.narrative}\n{FIGURES_HEADING}{extra}" if extra else sub.narrative


def latest_version(task: Task, period: ReportingPeriod, organisation) -> Submission | None:
    return (Submission.objects.filter(task=task, period=period, organisation=organisation)
            .order_by("-version").first())


def _newer_reported(sub: Submission):
    return Submission.objects.filter(task=sub.task_id, period=sub.period_id, organisation=sub.organisation_id,
                                     version__gt=sub.version).exclude(state="draft")


def is_stale(sub: Submission) -> bool:
    """A pending version that a later reported version replaced (已被新版本取代)."""
    return _newer_reported(sub).exists()


def pending_submissions():
    """Submitted versions awaiting review: not replaced by a later reported version."""
    newer = Submission.objects.filter(task=OuterRef("task"), period=OuterRef("period"),
                                      organisation=OuterRef("organisation"),
                                      version__gt=OuterRef("version")).exclude(state="draft")
    return Submission.objects.filter(state="submitted").exclude(Exists(newer))


def current_assessment(sub: Submission) -> Assessment | None:
    return sub.assessments.order_by("-id").first()


# --- reporting (部门填报) ----------------------------------------------------------

def _reporter_org(user, task: Task, period: ReportingPeriod):
    if period.plan_id != task.plan_id:
        raise ReviewError("报送周期不属于该任务的年度计划")
    org = organisation_of(user)
    if org is None or not can_report_for(user, task, org):
        raise PermissionDenied
    return org


def _read_upload(item) -> tuple[str, bytes, str]:
    if isinstance(item, (tuple, list)):
        name, content, *rest = item
        return str(name), bytes(content), (rest[0] if rest else "")
    limit = settings.LUOSHI_MAX_UPLOAD_BYTES
    if getattr(item, "size", 0) > limit:
        raise ReviewError(f"附件过大（上限 {limit // 2**20} MB）：{item.name}")
    return item.name, item.read(), getattr(item, "content_type", "") or ""


def _attach(sub: Submission, attachments) -> list[Attachment]:
    made = []
    if len(attachments) + sub.attachments.count() > MAX_ATTACHMENTS:
        raise ReviewError(f"附件过多（每个版本不超过 {MAX_ATTACHMENTS} 个）")
    limit = settings.LUOSHI_MAX_UPLOAD_BYTES
    for item in attachments:
        name, content, content_type = _read_upload(item)
        name = clean_text(name.replace("\\", "/").rsplit("/", 1)[-1], "附件名", 255)
        if not name.lower().endswith(ATTACHMENT_EXTENSIONS):
            raise ReviewError(f"不支持的附件类型：{name}（可上传 {' '.join(ATTACHMENT_EXTENSIONS)}）")
        if not content:
            raise ReviewError(f"附件为空：{name}")
        if len(content) > limit:
            raise ReviewError(f"附件过大（上限 {limit // 2**20} MB）：{name}")
        made.append(Attachment.objects.create(
            submission=sub, name=name, content=content, size=len(content),
            sha256=hashlib.sha256(content).hexdigest(), content_type=content_type[:100]))
    return made


@transaction.atomic
def save_draft(user, task: Task, period: ReportingPeriod, narrative, figures=None,
               attachments=()) -> Submission:
    """A reporter's draft for its own organisation (保存草稿).

    A draft is edited in place (the old text goes to the audit log); after a
    version was submitted, returned or accepted an edit is a new version that
    supersedes it.  In a closed period only a correction of a reported version
    is possible, marked late (逾期更正)."""
    org = _reporter_org(user, task, period)
    narrative = clean_text(narrative, "进展情况", MAX_NARRATIVE)
    figures = clean_figures(task, figures)
    attachments = list(attachments or [])
    # Lock the chain so two tabs cannot both make version N+1.
    previous = (Submission.objects.select_for_update()
                .filter(task=task, period=period, organisation=org).order_by("-version").first())
    if period.closed and (previous is None or (previous.state == "draft" and not previous.late
                                               and not _reported_before(previous))):
        raise ReviewError("该报送周期已关闭，只能对已报送的内容作逾期更正")
    if previous is not None and previous.state == "draft":
        old = {"narrative": previous.narrative, "figures": previous.figures}
        previous.narrative, previous.figures = narrative, figures
        previous.late = period.closed
        previous.save(update_fields=["narrative", "figures", "late", "updated_at"])
        made = _attach(previous, attachments)
        audit.record(user, "submission.edit", previous, detail={
            "task": task.code, "period": period.name, "version": previous.version, "old": old,
            "attachments": [a.name for a in made]})
        return previous
    sub = Submission.objects.create(
        task=task, period=period, organisation=org, version=(previous.version + 1) if previous else 1,
        supersedes=previous, narrative=narrative, figures=figures, state="draft", late=period.closed,
        created_by=_user(user))
    made = _attach(sub, attachments)
    audit.record(user, "submission.draft", sub, detail={
        "task": task.code, "period": period.name, "version": sub.version, "late": sub.late,
        "supersedes": previous.pk if previous else None, "attachments": [a.name for a in made]})
    return sub


def _reported_before(sub: Submission) -> bool:
    return Submission.objects.filter(task=sub.task_id, period=sub.period_id, organisation=sub.organisation_id,
                                     version__lt=sub.version).exclude(state="draft").exists()


@transaction.atomic
def submit(user, submission: Submission) -> Submission:
    """Send a draft to the office (提交); from now on the version is frozen."""
    sub = Submission.objects.select_for_update().get(pk=submission.pk)
    if not can_report_for(user, sub.task, sub.organisation):
        raise PermissionDenied
    if sub.state != "draft":
        raise ReviewError("只有草稿可以提交")
    if latest_version(sub.task, sub.period, sub.organisation).pk != sub.pk:
        raise ReviewError("该草稿已有更新版本，请提交最新版本")
    if not sub.narrative.strip():
        raise ReviewError("请填写进展情况")
    sub.state = "submitted"
    sub.submitted_at = timezone.now()
    sub.late = sub.period.closed
    sub.save(update_fields=["state", "submitted_at", "late", "updated_at"])
    audit.record(user, "submission.submit", sub, detail={
        "task": sub.task.code, "period": sub.period.name, "version": sub.version, "late": sub.late})
    submission.refresh_from_db()
    return sub


@transaction.atomic
def save_and_submit(user, task, period, narrative, figures=None, attachments=()) -> Submission:
    """Save and submit in one step; nothing is kept when either fails."""
    return submit(user, save_draft(user, task, period, narrative, figures, attachments))


# --- review (督查科审核) -----------------------------------------------------------

def _reviewable(submission: Submission) -> Submission:
    sub = Submission.objects.select_for_update().get(pk=submission.pk)
    if sub.state != "submitted":
        raise ReviewError("只有待审核（已提交）的报送可以采纳或退回")
    if is_stale(sub):
        raise ReviewError("该报送已有更新版本，请审核最新版本")
    return sub


@transaction.atomic
def accept(user, submission: Submission, comment: str = "") -> Assessment:
    """Accept a submitted version (采纳): it now counts, and the engine assesses it."""
    _require_office(user)
    comment = clean_text(comment, "审核意见", MAX_COMMENT, required=False)
    sub = _reviewable(submission)
    sub.state = "accepted"
    sub.reviewed_by = _user(user)
    sub.reviewed_at = timezone.now()
    sub.review_comment = comment
    sub.save(update_fields=["state", "reviewed_by", "reviewed_at", "review_comment", "updated_at"])
    prow = engine_progress.parse_row(assessed_text(sub), task=sub.task.text, row=sub.source_row or 0)
    # The status before: this period's current verdict, else the task's latest one.
    previous = (Assessment.objects.filter(task=sub.task, period=sub.period, current=True).first()
                or Assessment.objects.filter(task=sub.task).order_by("-period__end", "-id").first())
    assessment = plans.assess_submission(sub, prow=prow)
    if previous is not None:
        # A change of status notifies the lead unit (sent after commit, never twice).
        from . import reminders

        reminders.notify_status_change(sub.task, sub.period, previous, assessment)
    audit.record(user, "submission.accept", sub, detail={
        "task": sub.task.code, "period": sub.period.name, "version": sub.version, "late": sub.late,
        "comment": comment, "assessment": assessment.pk, "status": assessment.status})
    submission.refresh_from_db()
    return assessment


@transaction.atomic
def return_submission(user, submission: Submission, comment: str) -> Submission:
    """Return a submitted version with the office's comment (退回); the department edits anew."""
    _require_office(user)
    comment = clean_text(comment, "退回意见", MAX_COMMENT)
    sub = _reviewable(submission)
    sub.state = "returned"
    sub.reviewed_by = _user(user)
    sub.reviewed_at = timezone.now()
    sub.review_comment = comment
    sub.save(update_fields=["state", "reviewed_by", "reviewed_at", "review_comment", "updated_at"])
    audit.record(user, "submission.return", sub, detail={
        "task": sub.task.code, "period": sub.period.name, "version": sub.version, "comment": comment})
    submission.refresh_from_db()
    return sub


def parse_pct(value) -> float | None:
    number = parse_number(value)
    if number is not None and not 0 <= number <= 1000:
        raise ReviewError("完成度须在 0 到 1000 之间")
    return number


@transaction.atomic
def override(user, assessment: Assessment, status: str, completion_pct, reason: str) -> Override:
    """A person's verdict beside the engine's (人工研判); the engine's stays as it gave it."""
    _require_office(user)
    if status not in STATUS_ORDER:
        raise ReviewError("请选择有效的研判状态")
    completion = parse_pct(completion_pct)
    reason = clean_text(reason, "调整理由", MAX_REASON)
    made = Override.objects.create(assessment=assessment, status=status, completion_pct=completion,
                                   reason=reason, created_by=_user(user))
    audit.record(user, "assessment.override", assessment, detail={
        "task": assessment.task.code, "period": assessment.period.name,
        "engine_status": assessment.status, "status": status, "completion_pct": completion, "reason": reason})
    return made


# --- targets (目标调整) -------------------------------------------------------------

@transaction.atomic
def change_target(user, task: Task, new_text: str, reason: str):
    """A new version of a task's target with its reason; the baseline is never overwritten."""
    _require_office(user)
    new_text = clean_text(new_text, "目标内容", MAX_TARGET)
    reason = clean_text(reason, "调整理由", MAX_REASON)
    current = task.current_target
    if current is not None and current.text.strip() == new_text:
        raise ReviewError("目标内容未改变")
    found, milestones = engine_indicators.parse(new_text)
    try:
        return plans.add_target_version(task, new_text, found, milestones, reason=reason, user=user)
    except plans.PlanError as e:
        raise ReviewError(str(e)) from e


# --- periods (报送周期) -------------------------------------------------------------

@transaction.atomic
def create_period(user, plan: Plan, frequency: str, name: str = "", start: date | None = None,
                  end: date | None = None, deadline: date | None = None,
                  deadline_days: int = 10) -> list[ReportingPeriod]:
    """Periods of a plan: without a name, the year's months/quarters/halves/year by
    ``frequency`` (existing ones kept); with a name, one custom period."""
    _require_office(user)
    if frequency not in dict(ReportingPeriod.FREQ_CHOICES):
        raise ReviewError("请选择有效的报送频次")
    if not 0 <= deadline_days <= 120:
        raise ReviewError("报送截止天数须在 0 到 120 之间")
    name = clean_text(name, "周期名称", 100, required=False)
    if not name:
        before = set(plan.periods.values_list("pk", flat=True))
        made = plans.create_periods(plan, frequency, deadline_days=deadline_days, user=user)
        return [p for p in made if p.pk not in before]
    if start is None or end is None:
        raise ReviewError("自定义周期须填写开始日期和截止统计日")
    if start > end:
        raise ReviewError("开始日期不能晚于截止统计日")
    deadline = deadline or end + timedelta(days=deadline_days)
    if deadline < end:
        raise ReviewError("报送截止日期不能早于截止统计日")
    if plan.periods.filter(name=name).exists():
        raise ReviewError(f"该计划已有名为“{name}”的报送周期")
    period = ReportingPeriod.objects.create(plan=plan, name=name, frequency=frequency, start=start, end=end,
                                            deadline=deadline)
    audit.record(user, "period.create", period, detail={
        "name": name, "plan": plan.pk, "start": str(start), "end": str(end), "deadline": str(deadline)})
    return [period]


def close_period(user, period: ReportingPeriod) -> ReportingPeriod:
    """Lock a period (关闭); it is never reopened — later corrections are late versions."""
    _require_office(user)
    if period.closed:
        raise ReviewError("该报送周期已关闭")
    return plans.close_period(period, user)


def days_left(period: ReportingPeriod, today: date | None = None) -> int:
    """Days to the deadline; negative when overdue."""
    return (period.deadline - (today or timezone.localdate())).days
