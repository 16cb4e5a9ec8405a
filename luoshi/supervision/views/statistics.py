"""Statistics figures (统计数据): the statistician enters and locks; office and leaders read."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from luoshi.core.models import Role
from luoshi.core.permissions import role_of, role_required

from ..actions import statistics as stat_actions
from ..models import Plan, ReportingPeriod, StatisticFigure, StatisticMetric, Task
from ..services import plans
from ..services import statistics as service

READ = (Role.OFFICE, Role.LEADER, Role.STATISTICIAN)


class FigureForm(forms.Form):
    """The statistician's entry: one of the metrics the office defined for the period's plan."""

    metric = forms.ModelChoiceField(label=gettext_lazy("指标"), queryset=StatisticMetric.objects.none(),
                                    empty_label=None)
    value = forms.FloatField(label=gettext_lazy("数值"))
    unit = forms.CharField(label=gettext_lazy("单位"), max_length=service.MAX_UNIT, required=False,
                           help_text=gettext_lazy("留空则用指标的单位；可用同类单位（如亿元、万元）"))
    note = forms.CharField(label=gettext_lazy("说明"), max_length=service.MAX_NOTE, required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, period: ReportingPeriod | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        qs = StatisticMetric.objects.filter(plan=period.plan) if period else StatisticMetric.objects.none()
        self.fields["metric"].queryset = qs.order_by("order", "id")
        self.fields["metric"].label_from_instance = lambda m: f"{m.name}（{m.unit}）"


class MetricForm(forms.Form):
    """A new metric the office defines (统计指标): name, unit, comparator, target, the task it judges."""

    name = forms.CharField(label=gettext_lazy("指标名称"), max_length=service.MAX_NAME,
                           help_text=gettext_lazy("如：研发经费投入强度"))
    unit = forms.CharField(label=gettext_lazy("单位"), max_length=service.MAX_UNIT,
                           help_text=gettext_lazy("如：%、亿元、人"))
    comparator = forms.ChoiceField(label=gettext_lazy("比较"), choices=StatisticMetric.COMPARATORS, initial=">=")
    target_value = forms.FloatField(label=gettext_lazy("目标值"), required=False,
                                    help_text=gettext_lazy("如：15；留空则只记录数据、不研判"))
    task = forms.ModelChoiceField(label=gettext_lazy("对应任务"), queryset=Task.objects.none(), required=False,
                                  empty_label=gettext_lazy("（不对应任务，只记录）"),
                                  help_text=gettext_lazy("锁定的数据作为该任务的研判依据"))

    def __init__(self, *args, plan: Plan | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["task"].queryset = plan.tasks.order_by("order", "id") if plan else Task.objects.none()
        self.fields["task"].label_from_instance = lambda t: f"{t.code} {(t.name or t.text)[:40]}"


class PickForm(forms.Form):
    """A metric taken from one of the plan's quantitative targets."""

    indicator = forms.TypedChoiceField(label=gettext_lazy("计划中的量化目标"), coerce=int, choices=())

    def __init__(self, *args, plan: Plan | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].choices = [(c["indicator"].pk, c["label"]) for c in
                                            (service.candidates(plan) if plan else [])]


def _period(request) -> ReportingPeriod | None:
    raw = request.GET.get("period") or request.POST.get("period")
    if raw:
        if not (str(raw).isascii() and str(raw).isdigit()) or len(str(raw)) > 12:   # ², ① are no ids
            raise Http404
        return get_object_or_404(ReportingPeriod, pk=int(raw))
    with_figures = StatisticFigure.objects.order_by("-entered_at").select_related("period").first()
    if with_figures:
        return with_figures.period
    plan = Plan.objects.first()
    return plans.current_period(plan) if plan else None


def _page(request, period, form=None, status=200):
    can_edit = role_of(request.user) == Role.STATISTICIAN
    return render(request, "supervision/statistics/index.html", {
        "period": period, "rows": service.table(period) if period else [],
        "periods": ReportingPeriod.objects.select_related("plan").order_by("plan__title", "end"),
        "can_edit": can_edit, "form": form or FigureForm(period=period),
        "can_define": role_of(request.user) == Role.OFFICE,
    }, status=status)


@role_required(*READ)
def statistics(request):
    return _page(request, _period(request))


@role_required(Role.STATISTICIAN)
@require_POST
def statistic_enter(request):
    period = _period(request)
    if period is None:
        raise Http404
    form = FigureForm(request.POST, period=period)
    if form.is_valid():
        d = form.cleaned_data
        try:
            stat_actions.do_enter_statistic_figure(period, d["metric"], d["value"], d["unit"], d["note"],
                                                   acting_user=request.user)
        except service.StatisticsError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, _("已录入统计数据"))
            return redirect(reverse("statistics") + f"?period={period.pk}")
    return _page(request, period, form, status=400)


@role_required(Role.STATISTICIAN)
@require_POST
def statistic_lock(request, pk):
    figure = get_object_or_404(StatisticFigure, pk=pk)
    try:
        made = stat_actions.do_lock_statistic_figure(figure, acting_user=request.user)
    except service.StatisticsError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已锁定，生成研判结果 %(n)d 条") % {"n": len(made)})
    return redirect(reverse("statistics") + f"?period={figure.period_id}")


@role_required(Role.STATISTICIAN)
@require_POST
def statistic_unlock(request, pk):
    """Unlock a figure with a reason (解锁): statistics bureaus revise figures."""
    figure = get_object_or_404(StatisticFigure, pk=pk)
    try:
        stat_actions.do_unlock_statistic_figure(figure, request.POST.get("reason", ""), acting_user=request.user)
    except service.StatisticsError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已解锁；可录入修订后的数据（新版本）"))
    return redirect(reverse("statistics") + f"?period={figure.period_id}")


# --- the metrics the bureau enters (统计指标), defined by the office --------------------------

def _plan(request) -> Plan | None:
    raw = request.GET.get("plan") or request.POST.get("plan")
    if raw:
        if not (str(raw).isascii() and str(raw).isdigit()) or len(str(raw)) > 12:
            raise Http404
        return get_object_or_404(Plan, pk=int(raw))
    return Plan.objects.order_by("-year", "title").first()


def _metrics_page(request, plan, pick_form=None, metric_form=None, status=200):
    metrics = []
    if plan is not None:
        for m in StatisticMetric.all_objects.filter(plan=plan).select_related("task").order_by("order", "id"):
            metrics.append({"metric": m, "target": service.target_text(m), "figures": m.figures.count()})
    return render(request, "supervision/statistics/metrics.html", {
        "plan": plan, "plans": Plan.objects.order_by("-year", "title"), "metrics": metrics,
        "can_define": role_of(request.user) == Role.OFFICE,
        "pick_form": pick_form or PickForm(plan=plan), "metric_form": metric_form or MetricForm(plan=plan),
    }, status=status)


def _back(plan) -> str:
    return reverse("statistic_metrics") + f"?plan={plan.pk}"


@role_required(*READ)
def statistic_metrics(request):
    return _metrics_page(request, _plan(request))


@role_required(Role.OFFICE)
@require_POST
def statistic_metric_pick(request):
    plan = _plan(request)
    if plan is None:
        raise Http404
    form = PickForm(request.POST, plan=plan)
    if form.is_valid():
        try:
            metric = stat_actions.do_define_statistic_metric_from_target(plan, form.cleaned_data["indicator"],
                                                                         acting_user=request.user)
        except service.StatisticsError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, _("已设为统计指标：%(name)s") % {"name": metric.name})
            return redirect(_back(plan))
    return _metrics_page(request, plan, pick_form=form, status=400)


@role_required(Role.OFFICE)
@require_POST
def statistic_metric_define(request):
    plan = _plan(request)
    if plan is None:
        raise Http404
    form = MetricForm(request.POST, plan=plan)
    if form.is_valid():
        d = form.cleaned_data
        try:
            metric = stat_actions.do_define_statistic_metric(plan, d["name"], d["unit"], d["comparator"],
                                                             d["target_value"], d["task"], acting_user=request.user)
        except service.StatisticsError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, _("已新增统计指标：%(name)s") % {"name": metric.name})
            return redirect(_back(plan))
    return _metrics_page(request, plan, metric_form=form, status=400)


@role_required(Role.OFFICE)
@require_POST
def statistic_metric_withdraw(request, pk):
    metric = get_object_or_404(StatisticMetric.all_objects.select_related("plan"), pk=pk)
    try:
        stat_actions.do_withdraw_statistic_metric(metric, request.POST.get("reason", ""), acting_user=request.user)
    except service.StatisticsError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已停用统计指标：%(name)s；已录入的数据保留") % {"name": metric.name})
    return redirect(_back(metric.plan))
