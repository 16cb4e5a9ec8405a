"""What the office has released to the public (公开发布): read-only queries.

A plan reaches /public/ and /api/v1/public/ only while a release of it stands (not
withdrawn) and the plan itself is not withdrawn; a period's progress only while a
release of that period stands as well.  The writes are actions/releases.py.
"""

from __future__ import annotations

from ..models import Plan, PublicRelease


def standing(plan: Plan, period=None):
    """The standing release of ``plan`` (or of one of its periods), or None."""
    return (PublicRelease.objects.filter(plan=plan, period=period, withdrawn_at__isnull=True)
            .order_by("-id").first())


def released_plans():
    """Plans released and not withdrawn, newest year first."""
    standing_ids = PublicRelease.objects.filter(period__isnull=True, withdrawn_at__isnull=True).values("plan_id")
    return Plan.objects.filter(pk__in=standing_ids).order_by("-year", "title")


def is_released(plan: Plan) -> bool:
    return plan.withdrawn_at is None and standing(plan) is not None


def released_period_ids(plan: Plan) -> set[int]:
    return set(PublicRelease.objects.filter(plan=plan, period__isnull=False, withdrawn_at__isnull=True,
                                            period__withdrawn_at__isnull=True)
               .values_list("period_id", flat=True))


def releases_by_plan(plan_ids=None) -> dict[int, dict]:
    """{plan id: {"plan": release or None, "periods": {period id: release}}} of standing releases
    (of the plans ``plan_ids`` only, when given)."""
    out: dict[int, dict] = {}
    qs = PublicRelease.objects.filter(withdrawn_at__isnull=True).select_related("released_by")
    if plan_ids is not None:
        qs = qs.filter(plan_id__in=list(plan_ids))
    for r in qs:
        entry = out.setdefault(r.plan_id, {"plan": None, "periods": {}})
        if r.period_id is None:
            entry["plan"] = r
        else:
            entry["periods"][r.period_id] = r
    return out
