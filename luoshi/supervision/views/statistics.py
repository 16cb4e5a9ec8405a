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
from ..models import Plan, ReportingPeriod, StatisticFigure
from ..services import plans
from ..services import statistics as service

READ = (Role.OFFICE, Role.LEADER, Role.STATISTICIAN)


class FigureForm(forms.Form):
    metric = forms.ChoiceField(label=gettext_lazy("指标"), choices=StatisticFigure.METRICS)
    value = forms.FloatField(label=gettext_lazy("数值"))
    unit = forms.CharField(label=gettext_lazy("单位"), max_length=20)
    note = forms.CharField(label=gettext_lazy("说明"), max_length=service.MAX_NOTE, required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))


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
        "can_edit": can_edit, "form": form or FigureForm(),
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
    form = FigureForm(request.POST)
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
