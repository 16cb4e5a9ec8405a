"""Economic figures (统计数据) entered and locked by the statistics bureau.

Rules (docs/yearend.md, “统计数据”):

* only the statistician (统计员) enters and locks figures — checked by the
  actions (luoshi/supervision/actions/statistics.py) as well as the views;
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
  judged by the engine on the figure (a number, ``api.judge_figure``), with
  the figure quoted as evidence.
"""

from __future__ import annotations

import math

from django.utils.translation import gettext as _

from luoshi.core.actions import ActionRefused
from luoshi.core.models import Role
from luoshi.core.permissions import role_of
from luoshi.engine import api
from luoshi.engine.api import Indicator as EngineIndicator

from ..models import Plan, ReportingPeriod, StatisticFigure, StatisticMetric, Task
from . import plans
from .formatting import format_number, format_target

MAX_VALUE = 1e15
MAX_NOTE = 2000
MAX_NAME = 200
MAX_UNIT = 20
COMPARATORS = dict(StatisticMetric.COMPARATORS)


class StatisticsError(ActionRefused):
    """A refused entry or lock; the message is shown as is."""


class NotStatistician(StatisticsError):
    """Only the statistician enters and locks figures."""


def check_statistician(user) -> None:
    if role_of(user) != Role.STATISTICIAN:
        raise NotStatistician(_("只有统计员可以录入或锁定统计数据"))


def check_office(user) -> None:
    """The office defines metrics; ``None`` is the system itself (load_samples, the demo)."""
    if user is not None and role_of(user) != Role.OFFICE:
        raise StatisticsError(_("只有督查科可以设置统计指标"))


def latest(period: ReportingPeriod, metric: StatisticMetric) -> StatisticFigure | None:
    return StatisticFigure.objects.filter(period=period, metric=metric).order_by("-version").first()


def _number(value, message: str) -> float:
    try:
        number = float(str(value).strip().replace(",", "").replace("，", ""))
    except (TypeError, ValueError):
        raise StatisticsError(message) from None
    if not math.isfinite(number) or abs(number) > MAX_VALUE:
        raise StatisticsError(_("数值超出范围"))
    return number


def same_unit(a: str, b: str) -> bool:
    """Whether two units measure alike (亿元 and 万元 do; % and 亿元 do not)."""
    return _base_unit(a) == _base_unit(b)


def clean_entry(metric: StatisticMetric, value, unit: str, note: str = "") -> tuple[float, str, str]:
    """(value, unit, note) of an entry, or ``StatisticsError`` saying what is wrong.  The unit defaults
    to the metric's and must measure alike (a figure in 万元 for a metric in 亿元 is fine)."""
    if not isinstance(metric, StatisticMetric) or metric.withdrawn_at is not None:
        raise StatisticsError(_("未知的统计指标"))
    number = _number(value, _("数值须为数字"))
    unit = (unit or "").strip() or metric.unit
    if len(unit) > MAX_UNIT:
        raise StatisticsError(_("单位过长"))
    if not same_unit(unit, metric.unit):
        raise StatisticsError(_("单位“%(unit)s”与指标的单位“%(expected)s”不一致") % {"unit": unit, "expected": metric.unit})
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise StatisticsError(_("说明过长"))
    return number, unit, note


def clean_metric(plan: Plan, name: str, unit: str, comparator: str, target_value, task: Task | None,
                 ) -> dict:
    """The fields of a metric the office defines, or ``StatisticsError`` saying what is wrong."""
    name = " ".join((name or "").split())
    if not name:
        raise StatisticsError(_("请填写指标名称"))
    if len(name) > MAX_NAME:
        raise StatisticsError(_("指标名称过长"))
    unit = (unit or "").strip()
    if not unit:
        raise StatisticsError(_("请填写单位"))
    if len(unit) > MAX_UNIT:
        raise StatisticsError(_("单位过长"))
    if comparator not in COMPARATORS:
        raise StatisticsError(_("比较方式须为 ≥、≤ 或 ="))
    number = None if target_value in (None, "") else _number(target_value, _("目标值须为数字"))
    if task is not None and task.plan_id != plan.pk:
        raise StatisticsError(_("对应任务不属于该计划"))
    if StatisticMetric.objects.filter(plan=plan, name=name).exists():
        raise StatisticsError(_("该计划已有同名统计指标“%(name)s”") % {"name": name})
    return {"name": name, "unit": unit, "comparator": comparator, "target_value": number, "task": task}


def candidates(plan: Plan) -> list[dict]:
    """The plan's quantitative targets the office can pick as statistics metrics (expected targets
    first), without those already defined: {indicator, task, label}."""
    defined = {(m.task_id, m.name) for m in StatisticMetric.objects.filter(plan=plan)}
    out = []
    tasks = list(plan.tasks.prefetch_related("target_versions__indicators").order_by("order", "id"))
    tasks.sort(key=lambda t: t.kind != "expected_target")   # stable: the plan's order within each kind
    for task in tasks:
        tv = task.current_target
        for ind in (tv.indicators.all() if tv else []):
            if ind.value is None or not ind.unit or (task.pk, ind.metric) in defined:
                continue
            out.append({"indicator": ind, "task": task, "label": f"{task.code} {ind.metric} "
                        f"{format_target(ind.value, ind.value_high, ind.unit, ind.comparator)}"})
    return out


def candidate(plan: Plan, indicator_pk: int) -> dict | None:
    return next((c for c in candidates(plan) if c["indicator"].pk == indicator_pk), None)


def table(period: ReportingPeriod) -> list[dict]:
    """One row per metric of the period's plan: the metric, its latest version (or None) and earlier
    versions.  A withdrawn metric with figures in this period still shows (history)."""
    figures = list(StatisticFigure.objects.filter(period=period).select_related("entered_by", "locked_by")
                   .order_by("metric_id", "-version"))
    with_figures = {f.metric_id for f in figures}
    metrics = [m for m in StatisticMetric.all_objects.filter(plan=period.plan).select_related("task")
               .order_by("order", "id") if m.withdrawn_at is None or m.pk in with_figures]
    out = []
    for metric in metrics:
        versions = [f for f in figures if f.metric_id == metric.pk]
        out.append({"metric": metric, "label": metric.name, "figure": versions[0] if versions else None,
                    "history": versions[1:], "target": target_text(metric)})
    return out


def target_text(metric: StatisticMetric) -> str:
    """The metric's target as the page shows it: ≥ 15%; "" without a target value."""
    if metric.target_value is None:
        return ""
    sign = {">=": "≥", "<=": "≤", "=": "="}.get(metric.comparator, metric.comparator)
    return f"{sign} {format_number(metric.target_value, 2)}{metric.unit}"


# --- feeding the assessment --------------------------------------------------------------

def _base_unit(unit: str) -> str:
    return api.base_unit(unit)[0]


def _names_alike(a: str, b: str) -> bool:
    na, nb = api.normalise_text(a), api.normalise_text(b)
    return bool(na and nb) and (na in nb or nb in na)


def engine_indicator(metric: StatisticMetric, et: api.Task | None, unit: str):
    """The target a figure of the metric is judged against: the linked task's current indicator of
    the same name and unit (the office may have revised the target since the metric was defined),
    else the only one of the same unit, else the metric's own definition; None without a target."""
    if et is not None:
        alike = [i for i in et.indicators if _base_unit(i.unit) == _base_unit(unit) and i.value is not None]
        named = [i for i in alike if _names_alike(i.metric, metric.name)]
        if named or len(alike) == 1:
            return (named or alike)[0]
    if metric.target_value is None:
        return None
    return EngineIndicator(metric=metric.name, value=metric.target_value, unit=metric.unit,
                           comparator=metric.comparator, kind="ratio" if api.unit_kind(metric.unit) == "percent" else "count",
                           text=f"{metric.name}{target_text(metric)}")


def figure_text(figure: StatisticFigure) -> str:
    """The figure as the evidence quotes it: 地区生产总值 6.1%."""
    return f"{figure.metric.name} {format_number(figure.value, 2)}{figure.unit}"


def judgements(period: ReportingPeriod, figures: list[StatisticFigure]) -> list[tuple[Task, StatisticFigure, api.Assessment]]:
    """(task, figure, the engine's verdict) for every locked figure whose metric answers a task of the
    period's plan: the figure reaches the engine as a number (``api.judge_figure``) against the
    task's target."""
    out = []
    for figure in figures:
        metric = figure.metric
        task = metric.task
        if not figure.locked or task is None or task.withdrawn_at is not None or task.plan_id != period.plan_id:
            continue
        et = plans.to_engine_task(task)
        indicator = engine_indicator(metric, et, figure.unit)
        if indicator is None:
            continue
        verdict = api.judge_figure(indicator, figure.value, period.end, unit=figure.unit, task=et,
                                   task_id=task.code)
        out.append((task, figure, verdict))
    return out

