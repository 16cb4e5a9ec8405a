"""Department reporting and office review (部门填报与督查科审核): the rules.

A department's progress on a task for a period is a chain of versions
(``Submission``): a draft is edited in place, but once a version has been
submitted, returned or accepted it is frozen and an edit starts a new version
that ``supersedes`` it.  Only the office accepts or returns; only an accepted
version is assessed by the engine (``actions.assessments.assess_submission``), so drafts
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
from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luoshi.core.models import Role
from luoshi.core.permissions import role_of
from luoshi.engine import api

from ..models import (
    Assessment,
    Indicator,
    ReportingPeriod,
    StatisticMetric,
    Submission,
    Task,
)
from ..permissions import can_report_for, organisation_of
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

def actor(user):
    return user if getattr(user, "pk", None) else None


def require_office(user) -> None:
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


def statistic_metric_names(task: Task) -> list[str]:
    """The normalised names of the statistics metrics (统计指标) the office defined on this task."""
    return [n for n in (api.normalise_text(m.name) for m in StatisticMetric.objects.filter(task=task)) if n]


def is_statistical(indicator: Indicator, names: list[str]) -> bool:
    """Whether the statistician enters this indicator: flagged so, or named by one of ``names``."""
    if indicator.statistical:
        return True
    metric = api.normalise_text(indicator.metric) if indicator.metric else ""
    return bool(metric) and any(n in metric or metric in n for n in names)


def _indicators_by_kind(task: Task) -> tuple[list[Indicator], list[Indicator]]:
    """The current target's indicators, (the department's, the statistician's): the target,
    its indicators and the task's statistics metrics read once each."""
    tv = task.current_target
    if tv is None:
        return [], []
    names = statistic_metric_names(task)
    department, statistical = [], []
    for i in tv.indicators.all():
        (statistical if is_statistical(i, names) else department).append(i)
    return department, statistical


def statistical_indicators(task: Task) -> list[Indicator]:
    """The current target's indicators the statistician enters (统计指标): flagged so, or named by a
    statistics metric the office defined on this task."""
    return _indicators_by_kind(task)[1]


def figure_indicators(task: Task) -> list[Indicator]:
    """The indicators a department fills a figure for: the current target's, except the
    statistical ones (统计指标), which the statistician enters."""
    return _indicators_by_kind(task)[0]


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
        if kind == "rank":
            # a place (名) or places gained (位), as a report states them: 排名第8, 位次前移2位
            parts.append(f"{metric}排名第{format_number(f['value'])}" if f.get("unit") != "位"
                         else f"{metric}位次前移{format_number(f['value'])}位")
            continue
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
    # version__gt=1 says nothing new (versions start at 1, so a newer one is 2 or more) but lets
    # the planner read the small index of later versions (submission_later) instead of probing
    # the unique index once per submitted row
    newer = Submission.objects.filter(task=OuterRef("task"), period=OuterRef("period"),
                                      organisation=OuterRef("organisation"),
                                      version__gt=OuterRef("version")).filter(version__gt=1).exclude(state="draft")
    return Submission.objects.filter(state="submitted").exclude(Exists(newer))


def current_assessment(sub: Submission) -> Assessment | None:
    return sub.assessments.order_by("-id").first()


# --- reporting (部门填报) ----------------------------------------------------------

def reporter_org(user, task: Task, period: ReportingPeriod):
    if period.plan_id != task.plan_id:
        raise ReviewError("报送周期不属于该任务的年度计划")
    org = organisation_of(user)
    if org is None or not can_report_for(user, task, org):
        raise PermissionDenied
    return org


def read_upload(item) -> tuple[str, bytes, str]:
    if isinstance(item, (tuple, list)):
        name, content, *rest = item
        return str(name), bytes(content), (rest[0] if rest else "")
    limit = settings.LUOSHI_MAX_UPLOAD_BYTES
    if getattr(item, "size", 0) > limit:
        raise ReviewError(f"附件过大（上限 {limit // 2**20} MB）：{item.name}")
    return item.name, item.read(), getattr(item, "content_type", "") or ""


def clean_upload(item) -> tuple[str, bytes, str, str]:
    """(name, content, content type, sha256) of an uploaded file, or ReviewError saying why not: a
    known office or image extension, not empty, within LUOSHI_MAX_UPLOAD_BYTES, the name without
    any path.  One rule for report attachments and 督办 feedback files alike."""
    name, content, content_type = read_upload(item)
    name = clean_text(name.replace("\\", "/").rsplit("/", 1)[-1], "附件名", 255)
    if not name.lower().endswith(ATTACHMENT_EXTENSIONS):
        raise ReviewError(f"不支持的附件类型：{name}（可上传 {' '.join(ATTACHMENT_EXTENSIONS)}）")
    if not content:
        raise ReviewError(f"附件为空：{name}")
    limit = settings.LUOSHI_MAX_UPLOAD_BYTES
    if len(content) > limit:
        raise ReviewError(f"附件过大（上限 {limit // 2**20} MB）：{name}")
    return name, content, content_type[:100], hashlib.sha256(content).hexdigest()




def reported_before(sub: Submission) -> bool:
    return Submission.objects.filter(task=sub.task_id, period=sub.period_id, organisation=sub.organisation_id,
                                     version__lt=sub.version).exclude(state="draft").exists()


# --- review (督查科审核) -----------------------------------------------------------



def parse_pct(value) -> float | None:
    number = parse_number(value)
    if number is not None and not 0 <= number <= 1000:
        raise ReviewError("完成度须在 0 到 1000 之间")
    return number


# Why the engine flagged a verdict, as the office reads it (提示): one label per flag of
# luoshi.engine.api.FLAG_LABELS (a test keeps the keys the same), translated here because the engine
# has no translations.
FLAG_LABELS = {
    "part_without_fact": _("有分项未报告进展"),
    "weak_match": _("数据与目标名称仅部分对应"),
    "conflict": _("两种读法结论不同"),
    "forecast": _("含计划或预计表述（未计为完成）"),
    "cancelled": _("报告已取消或停办"),
    "unit_statement": _("单位自述，未经核实"),
    "unclear": _("无法判断"),
    "figures_unanswered": _("任务有量化目标，研判仅依据文字表述"),
    "implausible": _("完成率远超全年目标，可能为累计数或其他对象的数字"),
    "done_unplaced": _("报告有完成表述，无法判断是否为整项任务"),
    "done_with_more": _("判为完成，但报告仍有在建、待验收或计划事项"),
    "statement_scope": _("完成表述可能只覆盖部分分项"),
    "several_figures": _("有多个候选数字，取法不同结论不同"),
    "late_forecast": _("报告预计的完成或开工时间晚于进度要求"),
    "figures_unused": _("报告中的金额或比例未用于研判"),
    "unit_mismatch": _("报告数字的单位与目标不同"),
    "share_of_what": _("百分比可能是覆盖水平、时间或投资的比例，而非任务完成比例"),
    "interim_target": _("任务有全年与阶段两个目标，按哪个时点判断需确认"),
    "past_deadline": _("期限已过，判达进度须确认是已完成还是欠进度"),
    "forecast_only": _("报告仅有计划或预计表述，未计为完成"),
    "done_read_as_lag": _("报告称已完成，研判却为滞后或未启动"),
    "pace_on_preparation": _("过半时点仍处前期准备，按阶段判达进度需确认"),
    "rest_holds_pace": _("已完成部分低于序时进度，达进度依赖其余部分在建或待定，需确认"),
    "part_named_unread": _("报告提及某分项但未能读出其进展，需确认"),
    "done_short_of_figure": _("报告称已完成，但所报数据未达目标，需确认"),
    "result_by_activity": _("任务要求达成结果，报告仅有工作开展情况，是否已达成需确认"),
    "stage_barely": _("报告称仅完成或刚开始某一步骤，判达进度需确认"),
    "lag_how_deep": _("报告称滞后且有事项尚未开工或仅完成少量，是否严重滞后需确认"),
    "lag_stated": _("报告自述进度滞后或推迟，研判却为达进度或已完成，需确认"),
    "estimate": _("依据为已结束时段的预计数，不作完成，需确认"),
}


def sees_flag_reasons(user) -> bool:
    """Why the engine doubts a verdict (提示) is the supervision office's working note: the office confirms or
    corrects a flagged verdict before it counts (PRODUCT.md).  Leaders, inspectors and the units see the
    verdict, whether it awaits a person (needs_person) and its confidence, never the doubts about a unit's
    report before the office has decided: on the pages, in the download and in the API alike."""
    return role_of(user) == Role.OFFICE


def flag_labels(flags: list[str] | None) -> list[str]:
    """The labels of a verdict's flags, each once, in the office's language; an unknown flag as its name."""
    return [str(FLAG_LABELS.get(f, f)) for f in dict.fromkeys(flags or [])]


def unconfirmed_assessments():
    """Current verdicts the engine flagged as needing a person that the office has neither confirmed
    nor corrected (待确认研判): they do not count until it does.  Least confident first.  Each with its
    task and period; the queue links the report by its id (the report itself is not read)."""
    return (Assessment.objects.filter(current=True).pending()
            .select_related("task", "period").order_by("confidence", "period__end", "task_id"))


# --- targets (目标调整) -------------------------------------------------------------

# --- periods (报送周期) -------------------------------------------------------------

def days_left(period: ReportingPeriod, today: date | None = None) -> int:
    """Days to the deadline; negative when overdue."""
    return (period.deadline - (today or timezone.localdate())).days
