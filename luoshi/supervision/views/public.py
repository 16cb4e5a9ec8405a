"""The public page (政务公开): published progress, no login, no internal fields."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from ..models import Plan
from ..services import dashboard as figures
from ..services import releases

PAGE_SIZE = 200  # tasks per page of the public table


def public_home(request):
    return render(request, "supervision/public/home.html", {"plans": figures.published_plans()})


def public_plan(request, pk):
    plan = get_object_or_404(Plan, pk=pk)
    if not releases.is_released(plan) or not plan.tasks.filter(published=True).exists():
        raise Http404  # only what the office released (公开发布) is public
    periods = figures.published_periods(plan)
    period = figures.public_period(plan, periods)
    raw = request.GET.get("period", "")
    if raw:
        chosen = next((p for p in periods if str(p.pk) == raw), None)
        if chosen is None:
            # only periods with published progress may be asked for; anything else is not found
            return render(request, "supervision/public/plan.html", {
                "plan": plan, "periods": periods, "period": None, "rows": [],
                "error": _("没有该周期的公开进展")}, status=404)
        period = chosen
    # A province's plan has thousands of tasks: the table is paged, and only the shown
    # page's tasks and progress are read (issue 16).
    page = Paginator(figures.public_tasks(plan), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "supervision/public/plan.html", {
        "plan": plan, "periods": periods, "period": period, "page": page,
        "rows": figures.public_rows(plan, period, page.object_list, first_seq=page.start_index() or 1),
    })
