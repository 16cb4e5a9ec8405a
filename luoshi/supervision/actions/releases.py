"""Release to the public (公开发布) and its withdrawal (撤回): recorded acts of the office."""

from __future__ import annotations

from django.utils.translation import gettext as _

from luoshi.core import audit
from luoshi.core.actions import ActionRefused, action

from ..models import Plan, PublicRelease, ReportingPeriod
from ..services import releases
from .withdrawals import reason_given, withdraw


@action
def do_release_plan(plan: Plan, period: ReportingPeriod | None = None, *, acting_user) -> PublicRelease:
    """Release a plan to the public page and API, or (``period``) that period's accepted progress."""
    plan = Plan.all_objects.select_for_update(of=("self",)).get(pk=plan.pk)
    if plan.withdrawn_at is not None:
        raise ActionRefused(_("该计划已撤销，不能公开发布"))
    if period is not None:
        if period.plan_id != plan.pk:
            raise ActionRefused(_("该周期不属于此计划"))
        if period.withdrawn_at is not None:
            raise ActionRefused(_("该周期已撤销，不能公开发布"))
        if releases.standing(plan) is None:
            raise ActionRefused(_("请先公开发布计划，再发布某一周期的进展"))
    existing = releases.standing(plan, period)
    if existing is not None:
        return existing
    release = PublicRelease.objects.create(plan=plan, period=period, released_by=acting_user)
    audit.record(acting_user, "release.publish", release, detail={
        "plan": plan.pk, "plan_title": plan.title, "period": period.pk if period else None,
        "period_name": period.name if period else ""})
    return release


@action
def do_withdraw_release(release: PublicRelease, reason: str, *, acting_user) -> PublicRelease:
    """Take a release back (撤回) with a reason: the plan (and with it all its periods) or the
    period leaves the public page and API at once; the release stays on record."""
    release = PublicRelease.objects.select_for_update(of=("self",)).get(pk=release.pk)
    reason = reason_given(reason, _("撤回须填写理由"))
    withdraw(release, reason, acting_user, already=_("该发布已撤回"))
    audit.record(acting_user, "release.withdraw", release, detail={
        "plan": release.plan_id, "period": release.period_id, "reason": reason})
    return release
