"""The demo's plans, periods and progress, from the sample documents (idempotent)."""

from __future__ import annotations

from django.db import transaction

from luoshi.core import audit
from luoshi.core.models import Organisation, SourceDocument

from ..models import Plan
from . import honours, plans, yearend

SHANGCHENG = "上城区人民政府"
GONGSHU = "拱墅区人民政府"


def _district(name: str) -> Organisation:
    org, created = Organisation.objects.get_or_create(name=name, defaults={"kind": "other"})
    if created:
        audit.record(None, "organisation.create", org, detail={"name": name})
    return org


def _doc(name: str) -> SourceDocument | None:
    return SourceDocument.objects.filter(name=name).first()


@transaction.atomic
def seed() -> list[Plan]:
    """Plans from the samples: 上城 2020 (work report; H1 progress accepted, 上半年 closed,
    下半年 open), 上城 2019 (decomposition table, A/B/C classes, for the year-end
    assessment), 拱墅 2020 (its Q2 task list; Q1–Q2 closed, Q3 open)."""
    made = []
    report = _doc("shangcheng-2020-work-report.txt")
    h1 = _doc("shangcheng-2020-h1-progress.txt")
    if report and not Plan.objects.filter(year=2020, documents=report).exists():
        sc = _district(SHANGCHENG)
        plan = plans.create_plan(report, 2020, "上城区2020年政府工作报告重点工作", district=sc)
        halves = plans.create_periods(plan, "half_yearly")
        if h1:
            plans.import_progress(h1, plan, halves[0])
        plans.close_period(halves[0])
        made.append(plan)
    table = _doc("shangcheng-2019-decomposition.txt")
    if table and not Plan.objects.filter(year=2019, documents=table).exists():
        plan = plans.create_plan(table, 2019, "上城区2019年目标任务分解", district=_district(SHANGCHENG))
        plans.create_periods(plan, "yearly")
        if report:
            # The 2020 report's review says how the 2019 targets ended (luoshi verify).
            yearend.store_year_verdicts(plan, report)
        made.append(plan)
    q2 = _doc("gongshu-2020-q2-progress.txt")
    if q2 and not Plan.objects.filter(year=2020, documents=q2).exists():
        plan = plans.create_plan(q2, 2020, "拱墅区2020年重点工作", district=_district(GONGSHU))
        quarters = plans.create_periods(plan, "quarterly")
        plans.import_progress(q2, plan, quarters[1])
        plans.close_period(quarters[0])
        plans.close_period(quarters[1])
        made.append(plan)
    honours.seed_honours()
    return made
