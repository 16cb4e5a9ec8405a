"""Economic figures (统计数据) entered and locked by the statistics bureau.

Rules (docs/yearend.md, “统计数据”):

* only the statistician (统计员) enters and locks figures — checked here as
  well as in the views;
* a figure is (period, metric, version): a new value for a figure that is not
  locked is a new version, earlier versions stay;
* a locked figure never changes: entering a value for a locked (period,
  metric) is refused — a correction after locking needs the office to open a
  new period or a written correction outside the system, never a silent edit;
* figures may be entered for open and closed periods alike: statistics arrive
  after the reporting deadline as a rule;
* locking feeds the assessment: every task of the period's plan whose
  indicator measures the same metric (the 主要预期目标 E1–E6 of a work report,
  the T1–T6 rows of a decomposition table) gets a new current Assessment
  judged by the engine on the figure, with the figure quoted as evidence.
"""

from __future__ import annotations

import math

from django.db import transaction
from django.utils import timezone

from luoshi.core import audit
from luoshi.core.models import Role
from luoshi.core.permissions import role_of
from luoshi.engine import api, linking, progress
from luoshi.engine import assess as engine_assess

from ..models import Assessment, ReportingPeriod, StatisticFigure, Task
from . import plans

METRICS = dict(StatisticFigure.METRICS)
# The words a report or table uses for each metric (the first is the canonical name).
METRIC_NAMES = {
    "gdp": ("地区生产总值", "GDP", "生产总值"),
    "services": ("服务业增加值",),
    "investment": ("固定资产投资",),
    "retail": ("社会消费品零售总额", "社零"),
    "revenue": ("一般公共预算收入",),
    "employment": ("新增城镇就业",),
}
MAX_VALUE = 1e15
MAX_NOTE = 2000


class StatisticsError(Exception):
    """A refused entry or lock; the message is shown as is."""


class NotStatistician(StatisticsError):
    """Only the statistician enters and locks figures."""


def _check(user) -> None:
    if role_of(user) != Role.STATISTICIAN:
        raise NotStatistician("只有统计员可以录入或锁定统计数据 (statistician only)")


def latest(period: ReportingPeriod, metric: str) -> StatisticFigure | None:
    return StatisticFigure.objects.filter(period=period, metric=metric).order_by("-version").first()


def table(period: ReportingPeriod) -> list[dict]:
    """One row per metric: its label, latest version (or None) and earlier versions."""
    figures = list(StatisticFigure.objects.filter(period=period).select_related("entered_by", "locked_by")
                   .order_by("metric", "-version"))
    out = []
    for code, label in StatisticFigure.METRICS:
        versions = [f for f in figures if f.metric == code]
        out.append({"metric": code, "label": label, "figure": versions[0] if versions else None,
                    "history": versions[1:]})
    return out


@transaction.atomic
def enter(user, period: ReportingPeriod, metric: str, value, unit: str, note: str = "") -> StatisticFigure:
    """A new version of a figure (录入).  Refused for a locked figure or a bad value."""
    _check(user)
    if metric not in METRICS:
        raise StatisticsError("未知的统计指标 (unknown metric)")
    try:
        number = float(str(value).strip().replace(",", "").replace("，", ""))
    except (TypeError, ValueError):
        raise StatisticsError("数值须为数字 (the value must be a number)") from None
    if not math.isfinite(number) or abs(number) > MAX_VALUE:
        raise StatisticsError("数值超出范围 (value out of range)")
    unit = (unit or "").strip()
    if not unit:
        raise StatisticsError("请填写单位 (a unit is required)")
    if len(unit) > 20:
        raise StatisticsError("单位过长 (unit too long)")
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise StatisticsError("说明过长 (note too long)")
    # Lock the rows of this (period, metric) so two entries cannot take the same version.
    last = (StatisticFigure.objects.select_for_update().filter(period=period, metric=metric)
            .order_by("-version").first())
    if last is not None and last.locked:
        raise StatisticsError("该数据已锁定，不能修改 (the figure is locked and cannot change)")
    figure = StatisticFigure.objects.create(
        period=period, metric=metric, value=number, unit=unit, note=note,
        version=(last.version + 1) if last else 1, entered_by=user)
    audit.record(user, "statistics.enter", figure, detail={
        "period": period.pk, "metric": metric, "value": number, "unit": unit, "version": figure.version,
        "note": note})
    return figure


@transaction.atomic
def lock(user, figure: StatisticFigure) -> list[Assessment]:
    """Lock the latest version of a figure (锁定) and feed it to the assessment."""
    _check(user)
    figure = StatisticFigure.objects.select_for_update().get(pk=figure.pk)
    if figure.locked:
        raise StatisticsError("该数据已锁定 (already locked)")
    newest = latest(figure.period, figure.metric)
    if newest is not None and newest.pk != figure.pk:
        raise StatisticsError("只能锁定最新版本 (only the latest version can be locked)")
    figure.locked = True
    figure.locked_by = user
    figure.locked_at = timezone.now()
    figure.save(update_fields=["locked", "locked_by", "locked_at"])
    audit.record(user, "statistics.lock", figure, detail={
        "period": figure.period_id, "metric": figure.metric, "value": figure.value, "unit": figure.unit,
        "version": figure.version})
    return feed_assessments(figure.period, figures=[figure], user=user)


# --- feeding the assessment --------------------------------------------------------------

def _base_unit(unit: str) -> str:
    return api.base_unit(unit)[0]


def matches(metric: str, text: str) -> bool:
    """Whether an indicator's metric (or a task's text) names this statistics metric."""
    norm = linking.normalise(text)
    return any(linking.normalise(name) in norm for name in METRIC_NAMES[metric] if len(name) >= 3)


def matching_tasks(period: ReportingPeriod, figure: StatisticFigure) -> list[Task]:
    """Tasks of the period's plan with an indicator of the figure's metric and unit."""
    out = []
    unit = _base_unit(figure.unit)
    for task in period.plan.tasks.prefetch_related("target_versions__indicators").order_by("order"):
        tv = task.current_target
        if tv is None:
            continue
        for ind in tv.indicators.all():
            if matches(figure.metric, ind.metric) and _base_unit(ind.unit) == unit:
                out.append(task)
                break
    return out


def _fmt(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


def narrative(figure: StatisticFigure) -> str:
    """The figure as a sentence the engine reads as a progress report: 地区生产总值增长6.1%."""
    name = METRIC_NAMES[figure.metric][0]
    if figure.unit == "%":
        return f"{name}增长{_fmt(figure.value)}%"
    return f"{name}{_fmt(figure.value)}{figure.unit}"


@transaction.atomic
def feed_assessments(period: ReportingPeriod, figures: list[StatisticFigure] | None = None,
                     user=None) -> list[Assessment]:
    """New current assessments of the tasks the period's locked figures answer."""
    if figures is None:
        figures = [f for f in (latest(period, code) for code in METRICS) if f is not None and f.locked]
    made = []
    for figure in figures:
        if not figure.locked:
            continue
        text = narrative(figure)
        for task in matching_tasks(period, figure):
            prow = progress.parse_row(text, task=task.text)
            verdict = engine_assess.assess_row(prow, plans.to_engine_task(task), period.end, task_id=task.code)
            label = METRICS[figure.metric]
            evidence = [{
                "text": text, "start": 0, "end": len(text), "source": "statistics",
                "statistic_figure": figure.pk, "version": figure.version,
                "quote": f"{label} {_fmt(figure.value)}{figure.unit}（统计局锁定数据，第{figure.version}版）",
            }] + [e.to_json() for e in verdict.evidence if e.source == "task"]
            Assessment.objects.filter(task=task, period=period, current=True).update(current=False)
            a = Assessment.objects.create(
                task=task, period=period, submission=None, status=verdict.status,
                completion_pct=verdict.completion_pct, expected_pct=verdict.expected_pct, evidence=evidence,
                reason=f"{verdict.reason}（依据统计局锁定数据：{label}{_fmt(figure.value)}{figure.unit}）",
                engine_version=plans.ENGINE_VERSION, current=True)
            audit.record(user, "statistics.assess", a, detail={
                "task": task.code, "figure": figure.pk, "status": a.status})
            made.append(a)
    return made

