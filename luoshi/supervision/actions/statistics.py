"""Economic figures (统计数据): entered, locked, and fed to the assessment (services/statistics.py: the rules)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from luoshi.core import audit
from luoshi.core.actions import action

from ..models import Assessment, Plan, ReportingPeriod, StatisticFigure, StatisticMetric, Task
from ..services import plans
from ..services.formatting import format_number
from ..services.statistics import (
    StatisticsError,
    candidate,
    check_office,
    check_statistician,
    clean_entry,
    clean_metric,
    figure_text,
    judgements,
    latest,
)
from .assessments import supersede_assessment


def _metric_detail(metric: StatisticMetric) -> dict:
    return {"plan": metric.plan_id, "name": metric.name, "unit": metric.unit, "comparator": metric.comparator,
            "target_value": metric.target_value, "task": metric.task.code if metric.task else None}


@action
def do_define_statistic_metric(plan: Plan, name: str, unit: str, comparator: str = ">=", target_value=None,
                               task: Task | None = None, *, acting_user) -> StatisticMetric:
    """A figure the statistics bureau will enter for the plan (统计指标), defined by the office: a
    target of the plan or a new one.  A locked figure of it judges ``task`` when one is given."""
    check_office(acting_user)
    fields = clean_metric(plan, name, unit, comparator, target_value, task)
    last = StatisticMetric.all_objects.filter(plan=plan).order_by("-order").first()
    metric = StatisticMetric.objects.create(plan=plan, order=(last.order + 1) if last else 0,
                                            created_by=acting_user, **fields)
    audit.record(acting_user, "statistics.metric_define", metric, detail=_metric_detail(metric))
    return metric


@action
def do_define_statistic_metric_from_target(plan: Plan, indicator_pk: int, *, acting_user) -> StatisticMetric:
    """A statistics metric taken from one of the plan's quantitative targets (its name, unit,
    comparator and value: of a range, the end a figure is held to, ``Indicator.bound``), judging
    that target's task."""
    check_office(acting_user)
    found = candidate(plan, indicator_pk)
    if found is None:
        raise StatisticsError(_("该目标不是本计划可选的量化目标，或已设为统计指标"))
    ind = found["indicator"]
    return do_define_statistic_metric(plan, ind.metric, ind.unit, ind.comparator if ind.comparator in ("<=", "=") else ">=",
                                      ind.bound(), found["task"], acting_user=acting_user)


@action
def do_withdraw_statistic_metric(metric: StatisticMetric, reason: str, *, acting_user) -> StatisticMetric:
    """Stop asking for a metric (停用) with a reason; its figures stay on record."""
    check_office(acting_user)
    metric = StatisticMetric.objects.select_for_update(of=("self",)).filter(pk=metric.pk).first()
    if metric is None:
        raise StatisticsError(_("该统计指标已停用"))
    reason = (reason or "").strip()
    if not reason:
        raise StatisticsError(_("停用须填写理由"))
    if len(reason) > 500:
        raise StatisticsError(_("理由过长"))
    metric.withdrawn_at, metric.withdrawn_by, metric.withdraw_reason = timezone.now(), acting_user, reason
    metric.save(update_fields=["withdrawn_at", "withdrawn_by", "withdraw_reason"])
    audit.record(acting_user, "statistics.metric_withdraw", metric, detail=_metric_detail(metric) | {"reason": reason})
    return metric


@action
def do_enter_statistic_figure(period: ReportingPeriod, metric: StatisticMetric, value, unit: str = "", note: str = "", *,
                              acting_user) -> StatisticFigure:
    """A new version of a figure (录入).  Refused for a locked figure or a bad value."""
    check_statistician(acting_user)
    if metric.plan_id != period.plan_id:
        raise StatisticsError(_("该统计指标不属于此报送周期的计划"))
    number, unit, note = clean_entry(metric, value, unit, note)
    # Lock the rows of this (period, metric) so two entries cannot take the same version.
    last = (StatisticFigure.objects.select_for_update(of=("self",)).filter(period=period, metric=metric)
            .order_by("-version").first())
    if last is not None and last.locked:
        raise StatisticsError(_("该数据已锁定，不能修改"))
    figure = StatisticFigure.objects.create(
        period=period, metric=metric, value=number, unit=unit, note=note,
        version=(last.version + 1) if last else 1, entered_by=acting_user)
    audit.record(acting_user, "statistics.enter", figure, detail={
        "period": period.pk, "metric": metric.name, "metric_id": metric.pk, "value": number, "unit": unit,
        "version": figure.version, "note": note})
    return figure


@action
def do_lock_statistic_figure(figure: StatisticFigure, *, acting_user) -> list[Assessment]:
    """Lock the latest version of a figure (锁定) and feed it to the assessment."""
    check_statistician(acting_user)
    figure = StatisticFigure.objects.select_for_update(of=("self",)).get(pk=figure.pk)
    if figure.locked:
        raise StatisticsError(_("该数据已锁定"))
    newest = latest(figure.period, figure.metric)
    if newest is not None and newest.pk != figure.pk:
        raise StatisticsError(_("只能锁定最新版本"))
    figure.locked = True
    figure.locked_by = acting_user
    figure.locked_at = timezone.now()
    figure.save(update_fields=["locked", "locked_by", "locked_at"])
    audit.record(acting_user, "statistics.lock", figure, detail={
        "period": figure.period_id, "metric": figure.metric.name, "value": figure.value, "unit": figure.unit,
        "version": figure.version})
    return do_assess_from_statistics(figure.period, [figure], acting_user=acting_user)


@action
def do_assess_from_statistics(period: ReportingPeriod, figures: list[StatisticFigure] | None = None, *,
                              acting_user) -> list[Assessment]:
    """New current assessments of the tasks the period's locked figures answer (all of them by default)."""
    if figures is None:
        figures = [f for f in (latest(period, m) for m in period.plan.statistic_metrics.all())
                   if f is not None and f.locked]
    made = []
    for task, figure, verdict in judgements(period, figures):
        label = figure.metric.name
        value = f"{format_number(figure.value, 2)}{figure.unit}"
        text = figure_text(figure)
        evidence = [{
            "text": text, "start": 0, "end": len(text), "source": "statistics",
            "statistic_figure": figure.pk, "version": figure.version,
            "quote": f"{label} {value}（统计局锁定数据，第{figure.version}版）",
        }] + [e.to_json() for e in verdict.evidence if e.source == "task"]
        a = supersede_assessment(
            task, period, acting_user=acting_user, submission=None, status=verdict.status,
            completion_pct=verdict.completion_pct, expected_pct=verdict.expected_pct, evidence=evidence,
            reason=f"{verdict.reason}（依据统计局锁定数据：{label}{value}）",
            engine_version=plans.ENGINE_VERSION, **plans.verdict_account(verdict))
        audit.record(acting_user, "statistics.assess", a, detail={
            "task": task.code, "figure": figure.pk, "status": a.status})
        made.append(a)
    return made


@action
def do_unlock_statistic_figure(figure: StatisticFigure, reason: str, *, acting_user) -> StatisticFigure:
    """Unlock a locked figure with a reason (解锁): the bureau revises a figure.  The next entry
    is a new version; the assessments made from the locked one stay on record (a person's
    override of them stands, see actions/overrides.py)."""
    check_statistician(acting_user)
    figure = StatisticFigure.objects.select_for_update(of=("self",)).get(pk=figure.pk)
    reason = (reason or "").strip()
    if not reason:
        raise StatisticsError(_("解锁须填写理由"))
    if not figure.locked:
        raise StatisticsError(_("该数据未锁定"))
    was = {"locked_by": figure.locked_by.username if figure.locked_by else "",
           "locked_at": figure.locked_at.isoformat() if figure.locked_at else None}
    figure.locked, figure.locked_by, figure.locked_at = False, None, None
    figure.save(update_fields=["locked", "locked_by", "locked_at"])
    audit.record(acting_user, "statistics.unlock", figure, detail={
        "period": figure.period_id, "metric": figure.metric.name, "value": figure.value, "version": figure.version,
        "reason": reason, "was": was})
    return figure
