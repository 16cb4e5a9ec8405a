"""Maintaining a plan after import (计划维护): what the office types to add, edit or split a
task, checked into a ``TaskChange``; the facts a target version records; the differences
between two versions, for the task page's history.

Storing is the actions' (actions/task_edits.py); this module only reads and checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop as N_

from luoshi.core.actions import ActionRefused
from luoshi.core.models import Organisation
from luoshi.core.services import registry
from luoshi.engine import api

from ..models import TargetVersion, Task
from .review import MAX_REASON, MAX_TARGET, ReviewError, clean_text

MAX_NAME = 300
MAX_WEIGHT = Decimal("1000")
SPLIT_MAX = 6                 # parts one split may make (the form shows this many at most)


@dataclass
class TaskChange:
    """A task as the office wants it: every field, not only the changed ones."""

    text: str
    name: str = ""
    deadline: date | None = None
    deadline_text: str = ""
    weight: Decimal = Decimal("1")
    lead: list[str] = field(default_factory=list)
    cooperating: list[str] = field(default_factory=list)
    indicators: list[api.Indicator] = field(default_factory=list)
    milestones: list[api.Milestone] = field(default_factory=list)


def facts_of(task: Task, lead: list[str] | None = None, cooperating: list[str] | None = None) -> dict:
    """The task's facts besides its target text, as a version records them (the units given
    when the caller already has them)."""
    weight = Decimal(str(task.weight))
    return {
        "name": task.name,
        "deadline": task.deadline.isoformat() if task.deadline else "",
        "deadline_text": task.deadline_text,
        "weight": str(weight.normalize()),
        "lead": sorted(lead if lead is not None else (o.name for o in task.lead.all())),
        "cooperating": sorted(cooperating if cooperating is not None else (o.name for o in task.cooperating.all())),
    }


FACT_LABELS = {
    "name": N_("任务名称"), "deadline": N_("完成时限"), "deadline_text": N_("时限原文"), "weight": N_("权重"),
    "lead": N_("牵头单位"), "cooperating": N_("配合单位"),
}


def _shown(value) -> str:
    if isinstance(value, list):
        value = "、".join(value)
    return str(value) if value else "—"


def fact_changes(before: dict, after: dict) -> list[dict]:
    """What changed between two versions' facts, as (label, old, new) rows; a version
    recorded before facts were kept (empty dict) shows no rows rather than guesses."""
    if not before or not after:
        return []
    out = []
    for key, label in FACT_LABELS.items():
        old, new = before.get(key, ""), after.get(key, "")
        if old != new:
            out.append({"field": key, "label": _(label), "old": _shown(old), "new": _shown(new)})
    return out


def history(task: Task) -> list[dict]:
    """Every version of a task, newest first, each with the changes it made."""
    versions = list(TargetVersion.objects.filter(task=task).select_related("created_by", "document")
                    .prefetch_related("indicators").order_by("version"))
    out, previous = [], None
    for v in versions:
        text_changed = previous is not None and api.normalise_text(previous.text) != api.normalise_text(v.text)
        inds = [i.text or i.metric for i in v.indicators.all()]
        old_inds = [i.text or i.metric for i in previous.indicators.all()] if previous else inds
        out.append({"v": v, "text_changed": text_changed, "facts": fact_changes(previous.facts if previous else {},
                                                                                v.facts),
                    "indicators_changed": previous is not None and inds != old_inds,
                    "milestones_changed": previous is not None and previous.milestones != v.milestones})
        previous = v
    return out[::-1]


# --- checking what the office typed -------------------------------------------------

def _refuse(e: ReviewError):
    return ActionRefused(str(e))


def unit_names(text: str, label: str) -> list[str]:
    """Units typed into one field (区财政局、区统计局), each a name the directory knows: a
    plan's units are chosen from the directory here (a new unit comes from an import, where
    a person ticks it, or from the organisations page)."""
    reg = registry()
    names: list[str] = []
    unknown: list[str] = []
    for part in reg.split_list(text or ""):
        name = reg.normalise(part) or part.strip()
        if not name:
            continue
        if not (Organisation.objects.filter(name=name).exists()
                or Organisation.objects.filter(aliases__alias=name).exists()):
            unknown.append(part.strip())
            continue
        org = Organisation.objects.filter(name=name).first() or Organisation.objects.filter(aliases__alias=name).first()
        if org.name not in names:
            names.append(org.name)
    if unknown:
        raise ActionRefused(_("%(label)s不在单位名录中：%(names)s（请从名录中选择，新单位请先在单位页登记）")
                            % {"label": _(label), "names": "、".join(unknown)[:200]})
    return names


def parse_weight(value) -> Decimal:
    try:
        weight = Decimal(str(value).strip() or "1")
    except InvalidOperation:
        raise ActionRefused(_("权重须为数字")) from None
    if not weight.is_finite() or weight < 0 or weight > MAX_WEIGHT:
        raise ActionRefused(_("权重应在 0–1000 之间"))
    return weight.quantize(Decimal("0.01"))


def parse_value(value: str) -> float | None:
    value = (value or "").strip().replace(",", "").replace("，", "")
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise ActionRefused(_("指标目标值须为数字：%(v)s") % {"v": value[:30]}) from None
    if number != number or abs(number) > 1e12:
        raise ActionRefused(_("指标目标值超出范围：%(v)s") % {"v": value[:30]})
    return number


def indicator_key(i: api.Indicator) -> tuple:
    """What the office sets of an indicator (指标, 比较, 目标值, 上限, 单位): two versions whose
    indicators have the same keys have the same indicators."""
    return (i.metric, i.comparator, i.value, i.value_high, i.unit)


def keep_unposted_highs(rows: list[dict], current: list[api.Indicator]) -> list[dict]:
    """Rows that post no upper end at all (a page opened before the 上限 column, an API client)
    keep the stored upper end of the current indicator of the same metric, or else of the one
    shown in the same place (its metric renamed): only a posted ``value_high`` (empty to clear)
    changes it, so a person's figure is never dropped unseen."""
    unused = list(range(len(current)))
    out = []
    for n, row in enumerate(rows):
        metric = (row.get("metric") or "").strip()[:200]
        if "value_high" not in row and metric:
            k = next((k for k in unused if current[k].metric == metric), n if n in unused else None)
            if k is not None:
                unused.remove(k)
                high = current[k].value_high
                row = {**row, "value_high": "" if high is None else f"{high:g}"}
        out.append(row)
    return out


def indicator_rows(rows: list[dict], current: list[api.Indicator]) -> list[api.Indicator]:
    """Indicator rows of the form ({metric, comparator, value, value_high, unit}); ``value_high``
    the upper end of a range (增长6%-7%), empty otherwise; a row equal to a current indicator keeps
    that indicator's other readings (kind, scale, 力争…)."""
    out = []
    for row in keep_unposted_highs(rows, current):
        metric = (row.get("metric") or "").strip()[:200]
        if not metric:
            continue
        comparator = row.get("comparator") or ">="
        if comparator not in api.COMPARATORS:
            raise ActionRefused(_("比较方式无效"))
        value, unit = parse_value(row.get("value")), (row.get("unit") or "").strip()[:30]
        high = parse_value(row.get("value_high"))
        same = next((i for i in current if indicator_key(i) == (metric, comparator, value, high, unit)), None)
        if same is not None:
            out.append(same)
            continue
        if high is not None and value is None:
            raise ActionRefused(_("指标“%(m)s”填写了上限，须同时填写目标值（区间的下端）") % {"m": metric[:30]})
        if high is not None and high <= value:
            raise ActionRefused(_("指标“%(m)s”的上限须大于目标值：%(low)s–%(high)s")
                                % {"m": metric[:30], "low": f"{value:g}", "high": f"{high:g}"})
        if high is not None and comparator == "=":
            raise ActionRefused(_("指标“%(m)s”为区间目标，比较方式须为“≥”（达到下端即完成）或“≤”（不超过上限即完成）")
                                % {"m": metric[:30]})
        kind = "growth_rate" if unit == "%" and comparator == ">=" else (
            "decline_rate" if unit == "%" else ("count" if value is not None else "qualitative"))
        words = {">=": "不低于", "<=": "不高于", "=": ""}[comparator]
        shown = "" if value is None else f"{value:g}" + ("" if high is None else f"–{high:g}")
        text = f"{metric}{words}{shown}{unit}"
        out.append(api.Indicator(metric=metric, value=value, unit=unit, comparator=comparator, kind=kind,
                                 text=text[:300], value_high=high))
    return out


def milestone_rows(rows: list[dict]) -> list[api.Milestone]:
    """Milestone rows of the form ({text, deadline}): 节点目标 and when, as written (6月底, 2026-09-30)."""
    out = []
    for row in rows:
        text = (row.get("text") or "").strip()[:300]
        if not text:
            continue
        out.append(api.Milestone(text=text, stage="done", deadline=(row.get("deadline") or "").strip()[:40]))
    return out


def change_from(data: dict, current_indicators: list[api.Indicator] | None = None) -> TaskChange:
    """A ``TaskChange`` from a form's cleaned data: text, name, deadline, weight, units (names
    from the directory), indicator and milestone rows; ``reread`` (or ``reread_indicators``,
    ``reread_milestones``) reads them from the text instead."""
    try:
        text = clean_text(data.get("text"), "目标内容", MAX_TARGET)
        name = clean_text(data.get("name"), "任务名称", MAX_NAME, required=False)
    except ReviewError as e:
        raise _refuse(e) from e
    lead = unit_names(data.get("lead", ""), "牵头单位")
    cooperating = [n for n in unit_names(data.get("cooperating", ""), "配合单位") if n not in lead]
    read_inds, read_miles = api.parse_indicators(text)
    indicators = (read_inds if data.get("reread") or data.get("reread_indicators")
                  else indicator_rows(data.get("indicator_rows") or [], current_indicators or []))
    milestones = (read_miles if data.get("reread") or data.get("reread_milestones")
                  else milestone_rows(data.get("milestone_rows") or []))
    return TaskChange(text=text, name=name, deadline=data.get("deadline"),
                      deadline_text=(data.get("deadline_text") or "").strip()[:100],
                      weight=parse_weight(data.get("weight", "1")), lead=lead, cooperating=cooperating,
                      indicators=indicators, milestones=milestones)


def reason_of(reason) -> str:
    try:
        return clean_text(reason, "调整理由", MAX_REASON)
    except ReviewError as e:
        raise _refuse(e) from e
