"""Warning-light pages (预警灯): lights per task and department; the rules (office edits)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from luoshi.core.models import Role
from luoshi.core.permissions import role_of, role_required

from .. import choice
from ..actions import warnings as actions
from ..models import STATUS_CHOICES, Plan, ReportingPeriod, WarningRule
from ..permissions import READERS
from ..services import dashboard as dashboard_figures
from ..services import warnings as service

PAGE_SIZE = 100  # tasks per page of lights


class RuleForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("名称"), max_length=100)
    colour = forms.ChoiceField(label=gettext_lazy("颜色"), choices=WarningRule.COLOURS)
    order = forms.IntegerField(label=gettext_lazy("顺序"), min_value=0, max_value=100000, initial=100)
    statuses = forms.MultipleChoiceField(label=gettext_lazy("状态（任一）"), choices=STATUS_CHOICES, required=False,
                                         widget=forms.CheckboxSelectMultiple)
    min_gap = forms.FloatField(label=gettext_lazy("落后序时进度不少于（百分点）"), min_value=0, max_value=100,
                               required=False)
    active = forms.BooleanField(label=gettext_lazy("启用"), required=False, initial=True)


def _id(raw: str | None) -> int | None:
    if raw in (None, ""):
        return None
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 12:   # ², ① are no ids
        raise Http404
    return int(raw)


@role_required(*READERS)
@require_GET
def warnings(request):
    plan_id, period_id = _id(request.GET.get("plan")), _id(request.GET.get("period"))
    period = get_object_or_404(ReportingPeriod.objects.select_related("plan"), pk=period_id) if period_id else None
    chosen = None if plan_id or period_id else choice.remembered(request)
    if plan_id:
        plan = get_object_or_404(Plan, pk=plan_id)
    elif period:
        plan = period.plan
    elif chosen:
        plan, period = chosen.plan, chosen
    else:
        plan = dashboard_figures.default_plan()
    if plan is None:
        return render(request, "supervision/warnings/lights.html", {"plans": [], "plan": None})
    if period is None:
        period = choice.remembered(request, plan=plan) or choice.default_period(plan)
    elif period.plan_id != plan.pk:
        raise Http404
    elif period_id:
        choice.remember(request, period)
    rules = service.active_rules()
    only = request.GET.get("light", "")
    if only not in ("red", "yellow", "green", "none"):
        only = ""
    # Counted and paged in SQL (issue 16): only the shown page of tasks is loaded.
    if period:
        counts = service.light_counts(plan, period, rules)
        departments = service.department_lights(plan, period, rules)
        page = Paginator(service.tasks_by_light(plan, period, only, rules), PAGE_SIZE).get_page(
            request.GET.get("page"))
        tasks = service.task_lights(plan, period, rules, tasks=page.object_list)
    else:
        counts, departments, page, tasks = {"red": 0, "yellow": 0, "green": 0, "none": 0}, [], None, []
    return render(request, "supervision/warnings/lights.html", {
        "plans": Plan.objects.all(), "plan": plan, "period": period, "periods": plan.periods.all(),
        "tasks": tasks, "page": page, "departments": departments, "counts": counts, "rules": rules, "only": only,
        "labels": dict(STATUS_CHOICES), "colour_labels": service.COLOUR_LABELS,
    })


def _rules_page(request, form, status=200):
    return render(request, "supervision/warnings/rules.html", {
        "rules": WarningRule.objects.all(), "form": form, "can_edit": role_of(request.user) == Role.OFFICE,
        "labels": dict(STATUS_CHOICES),
    }, status=status)


@role_required(*READERS)
@require_http_methods(["GET", "POST"])
def warning_rules(request):
    is_office = role_of(request.user) == Role.OFFICE
    if request.method == "POST":
        if not is_office:
            raise PermissionDenied
        form = RuleForm(request.POST)
        if form.is_valid():
            try:
                actions.do_create_warning_rule(**form.cleaned_data, acting_user=request.user)
            except service.RuleError as e:
                form.add_error(None, str(e))
            else:
                messages.success(request, _("已新增预警规则"))
                return redirect("warning_rules")
        return _rules_page(request, form, status=400)
    if is_office:
        # The defaults become real, editable rows the first time the office opens this page.
        actions.do_install_default_warning_rules(acting_user=request.user)
    return _rules_page(request, RuleForm())


@role_required(Role.OFFICE)
@require_http_methods(["GET", "POST"])
def warning_rule_edit(request, pk):
    rule = get_object_or_404(WarningRule, pk=pk)
    status = 200
    if request.method == "POST":
        form = RuleForm(request.POST)
        if form.is_valid():
            try:
                actions.do_update_warning_rule(rule, **form.cleaned_data, acting_user=request.user)
            except service.RuleError as e:
                form.add_error(None, str(e))
            else:
                messages.success(request, _("已保存预警规则"))
                return redirect("warning_rules")
        status = 400
    else:
        form = RuleForm(initial={"name": rule.name, "colour": rule.colour, "order": rule.order,
                                 "statuses": rule.statuses, "min_gap": rule.min_gap, "active": rule.active})
    return render(request, "supervision/warnings/rule_edit.html", {"rule": rule, "form": form}, status=status)
