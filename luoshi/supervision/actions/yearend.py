"""The year-end assessment (年终考核): scoring schemes, year-over-year verdicts, scoring runs.

What is scored and how is services/yearend.py; these store the results."""

from __future__ import annotations

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.models import SourceDocument

from ..models import Plan, ScoringScheme, YearEndResult, YearVerdict
from ..services.review import actor
from ..services.yearend import clean_scheme, scoring_run, year_verdicts


@action
def do_create_scoring_scheme(plan: Plan, name: str, config_text: str, *, acting_user) -> ScoringScheme:
    """A scoring scheme (考核办法) for a plan: its rules as configuration, checked before it is stored."""
    name, config = clean_scheme(name, config_text)
    scheme = ScoringScheme.objects.create(plan=plan, name=name, config=config, created_by=actor(acting_user))
    audit.record(acting_user, "yearend.scheme_create", scheme, detail={"plan": plan.pk, "name": name, "config": config})
    return scheme


@action
def do_store_year_verdicts(plan: Plan, report_document: SourceDocument, *, acting_user) -> list[YearVerdict]:
    """Year-N targets of the plan against the year N+1 report, stored once per (plan, report)
    and keyed to the plan's tasks by code."""
    existing = list(YearVerdict.objects.filter(task__plan=plan, report=report_document))
    if existing:
        return existing
    targets, verdicts = year_verdicts(plan, report_document)
    by_code = {t.code: t for t in plan.tasks.all()}
    made = []
    for v in verdicts:
        task = by_code.get(v.task_id)
        if task is None:
            continue
        made.append(YearVerdict.objects.create(
            task=task, report=report_document, metric=v.metric[:200], target=v.target, actual=v.actual,
            verdict=v.verdict, evidence=[e.to_json() for e in v.evidence], reason=v.reason))
    audit.record(acting_user, "yearend.verify", plan, detail={
        "report": report_document.name, "targets": targets.name, "verdicts": len(made)})
    return made


@action
def do_compute_yearend(scheme: ScoringScheme, *, acting_user) -> list[YearEndResult]:
    """A new run of the scheme (计算): one YearEndResult per unit, ranked, with awards; earlier runs stay."""
    scheme = ScoringScheme.objects.select_for_update().get(pk=scheme.pk)
    run, rows = scoring_run(scheme)
    made = [YearEndResult.objects.create(scheme=scheme, organisation=r["organisation"], score=r["score"],
                                         breakdown=r["breakdown"], rank=r["rank"], award=r["award"])
            for r in rows]
    audit.record(acting_user, "yearend.compute", scheme, detail={
        "run": run, "units": len(rows), "winners": [r["organisation"].name for r in rows if r["winner"]]})
    return made
