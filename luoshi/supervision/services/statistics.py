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

from ..models import ReportingPeriod, StatisticFigure, Task
from . import plans
from .formatting import format_number

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


class StatisticsError(ActionRefused):
    """A refused entry or lock; the message is shown as is."""


class NotStatistician(StatisticsError):
    """Only the statistician enters and locks figures."""


def check_statistician(user) -> None:
    if role_of(user) != Role.STATISTICIAN:
        raise NotStatistician(_("只有统计员可以录入或锁定统计数据"))


def latest(period: ReportingPeriod, metric: str) -> StatisticFigure | None:
    return StatisticFigure.objects.filter(period=period, metric=metric).order_by("-version").first()


def clean_entry(metric: str, value, unit: str, note: str = "") -> tuple[float, str, str]:
    """(value, unit, note) of an entry, or ``StatisticsError`` saying what is wrong."""
    if metric not in METRICS:
        raise StatisticsError(_("未知的统计指标"))
    try:
        number = float(str(value).strip().replace(",", "").replace("，", ""))
    except (TypeError, ValueError):
        raise StatisticsError(_("数值须为数字")) from None
    if not math.isfinite(number) or abs(number) > MAX_VALUE:
        raise StatisticsError(_("数值超出范围"))
    unit = (unit or "").strip()
    if not unit:
        raise StatisticsError(_("请填写单位"))
    if len(unit) > 20:
        raise StatisticsError(_("单位过长"))
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise StatisticsError(_("说明过长"))
    return number, unit, note


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


# --- feeding the assessment --------------------------------------------------------------

def _base_unit(unit: str) -> str:
    return api.base_unit(unit)[0]


def matches(metric: str, text: str) -> bool:
    """Whether an indicator's metric (or a task's text) names this statistics metric."""
    norm = api.normalise_text(text)
    return any(api.normalise_text(name) in norm for name in METRIC_NAMES[metric] if len(name) >= 3)


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


def figure_text(figure: StatisticFigure) -> str:
    """The figure as the evidence quotes it: 地区生产总值 6.1%."""
    return f"{METRICS[figure.metric]} {format_number(figure.value, 2)}{figure.unit}"


def judgements(period: ReportingPeriod, figures: list[StatisticFigure]) -> list[tuple[Task, StatisticFigure, api.Assessment]]:
    """(task, figure, the engine's verdict) for every task a locked figure answers: the figure reaches
    the engine as a number (``api.judge_figure``) against the task's indicator of the same metric."""
    out = []
    for figure in figures:
        if not figure.locked:
            continue
        unit = _base_unit(figure.unit)
        for task in matching_tasks(period, figure):
            et = plans.to_engine_task(task)
            indicator = next(i for i in et.indicators if matches(figure.metric, i.metric) and _base_unit(i.unit) == unit)
            verdict = api.judge_figure(indicator, figure.value, period.end, unit=figure.unit, task=et,
                                       task_id=task.code)
            out.append((task, figure, verdict))
    return out
