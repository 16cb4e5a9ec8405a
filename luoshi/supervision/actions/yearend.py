"""The year-end assessment (年终考核): scoring schemes, year-over-year verdicts, scoring runs.

What is scored and how is services/yearend.py; these store the results."""

from __future__ import annotations

from django.utils.translation import gettext as _

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.models import SourceDocument

from ..models import Plan, ScoringScheme, YearEndResult, YearVerdict
from ..services.review import actor
from ..services.yearend import YearEndError, clean_scheme, latest_run, scoring_run, year_verdicts


@action
def do_create_scoring_scheme(plan: Plan, name: str, config: str | dict, *, acting_user) -> ScoringScheme:
    """A scoring scheme (考核办法) for a plan: its rules (the form's dict, or JSON) checked before it is stored."""
    name, config = clean_scheme(name, config)
    scheme = ScoringScheme.objects.create(plan=plan, name=name, config=config, created_by=actor(acting_user))
    audit.record(acting_user, "yearend.scheme_create", scheme, detail={"plan": plan.pk, "name": name, "config": config})
    return scheme


def _changes(before, after, path: str = "") -> dict:
    """{dotted path: [before, after]} of the settings that differ."""
    if isinstance(before, dict) and isinstance(after, dict):
        out = {}
        for key in sorted(set(before) | set(after)):
            out |= _changes(before.get(key), after.get(key), f"{path}.{key}" if path else key)
        return out
    return {} if before == after else {path: [before, after]}


@action
def do_update_scoring_scheme(scheme: ScoringScheme, name: str, config: str | dict, *, acting_user) -> ScoringScheme:
    """Change a scheme's name and rules (修改考核办法) before its first run; once it has run its results
    are explained by its rules, and a changed rule is a new scheme."""
    scheme = ScoringScheme.objects.select_for_update(of=("self",)).get(pk=scheme.pk)
    if scheme.results.exists():
        raise YearEndError(_("该考核办法已计算过，规则不能再修改；请以它为基础新建考核办法"))
    name, config = clean_scheme(name, config)
    changes = _changes(scheme.config, config)
    if name != scheme.name:
        changes["name"] = [scheme.name, name]
    scheme.name, scheme.config = name, config
    scheme.save(update_fields=["name", "config"])
    audit.record(acting_user, "yearend.scheme_update", scheme, detail={"plan": scheme.plan_id, "changes": changes})
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
def do_compute_yearend(scheme: ScoringScheme, computed: tuple[int, list[dict]] | None = None, *,
                       acting_user) -> list[YearEndResult]:
    """A new run of the scheme (计算): one YearEndResult per unit, ranked, with awards; earlier runs stay.

    ``computed``: the run the background worker scored before (``scoring_run``, outside this
    transaction so that its progress shows); scored again here if another run came first."""
    scheme = ScoringScheme.objects.select_for_update(of=("self",)).get(pk=scheme.pk)
    if computed is not None and computed[0] == latest_run(scheme) + 1:
        run, rows = computed
    else:
        run, rows = scoring_run(scheme)
    made = YearEndResult.objects.bulk_create([
        YearEndResult(scheme=scheme, organisation=r["organisation"], score=r["score"], breakdown=r["breakdown"],
                      rank=r["rank"], award=r["award"]) for r in rows])
    audit.record(acting_user, "yearend.compute", scheme, detail={
        "run": run, "units": len(rows), "winners": [r["organisation"].name for r in rows if r["winner"]]})
    return made
