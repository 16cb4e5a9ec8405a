"""The period a user chose (所选报送周期), remembered in the session for every page.

A period picked on one page — dashboard, warning lights, task list, my tasks —
is the one the next page shows, until another is picked.  Where nothing was
picked, every page uses the same default (``default_period``): the plan's
latest period with verdicts, else its open period due soonest.
"""

from __future__ import annotations

from .models import Plan, ReportingPeriod
from .services import dashboard as figures

SESSION_KEY = "luoshi_period"


def remember(request, period: ReportingPeriod | None) -> None:
    # Set only when it changes: setting it marks the session modified, and every page
    # showing the period chosen before would write the session again.
    if period is not None and hasattr(request, "session") and request.session.get(SESSION_KEY) != period.pk:
        request.session[SESSION_KEY] = period.pk


def remembered(request, plan: Plan | None = None, plans=None) -> ReportingPeriod | None:
    """The chosen period, if it still exists and belongs to ``plan`` (or to one of ``plans``)."""
    pk = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
    if not isinstance(pk, int):
        return None
    qs = ReportingPeriod.objects.filter(pk=pk).select_related("plan")
    if plan is not None:
        qs = qs.filter(plan=plan)
    if plans is not None:
        qs = qs.filter(plan__in=plans)
    return qs.first()


def default_period(plan: Plan) -> ReportingPeriod | None:
    return figures.latest_assessed_period(plan)
