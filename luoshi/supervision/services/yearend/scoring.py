"""Scoring a year (年终考核): year-over-year verdicts, each unit's score, ranks and awards."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import IntegerField, Max
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop as N_

from luoshi.core.models import Organisation, SourceDocument
from luoshi.engine import api
from luoshi.engine.api import STATUS_LABELS, VERDICT_LABELS

from ...models import (
    Assessment,
    Honour,
    Plan,
    ReportingPeriod,
    ScoringScheme,
    StatisticFigure,
    Submission,
    SupervisionOrder,
    Task,
    YearVerdict,
)
from .. import plans
from ..honours import LEVEL_LABELS, PERSONAL
from .config import ADVANCED, MOST_IMPROVED, WINNER, YearEndError, validate_config

# --- year-over-year verdicts ---------------------------------------------------------------

def targets_document(plan: Plan) -> SourceDocument:
    docs = list(plan.documents.all().order_by("id"))
    for kind in ("decomposition_table", "work_report"):
        for d in docs:
            if d.kind == kind:
                return d
    if docs:
        return docs[0]
    raise YearEndError(_("计划没有来源文件，无法核验"))


def year_verdicts(plan: Plan, report_document: SourceDocument) -> tuple[SourceDocument, list[api.Verdict]]:
    """The plan's targets document and the engine's verdicts on its year-N targets against the
    year N+1 report (``luoshi verify``); nothing stored."""
    targets = targets_document(plan)
    if targets.pk == report_document.pk:
        raise YearEndError(_("核验报告不能是计划本身的来源文件"))
    try:
        verdicts, _claims = api.verify(plans.read_document(targets), plans.read_document(report_document),
                                       targets.name)
    except (plans.PlanError, api.UnreadableInput) as e:
        raise YearEndError(str(e)) from e
    return targets, verdicts


# --- computing -----------------------------------------------------------------------------

def units(plan: Plan) -> list[Organisation]:
    """The units assessed: departments and streets leading at least one task of the plan."""
    return list(Organisation.objects.filter(lead_tasks__plan=plan, kind__in=("department", "street"))
                .distinct().order_by("name"))


def _task_class(task: Task, config: dict) -> str:
    return task.target_class or config.get("unclassified_as", "A")


def _latest_assessments(plan: Plan) -> dict[int, Assessment]:
    out: dict[int, Assessment] = {}
    qs = (Assessment.objects.filter(task__plan=plan, current=True).select_related("period", "submission")
          .prefetch_related("overrides").order_by("period__end", "id"))
    for a in qs:
        out[a.task_id] = a  # the latest period wins
    return out


def _round(x: float, digits: int = 4) -> float:
    """Items keep 4 decimals (their sum is the total), totals and scores 2."""
    return round(x + 0.0, digits)


def _years(plan: Plan, config: dict) -> list[int]:
    years = config["classes"]["C"].get("years")
    return list(years) if years is not None else [plan.year - 1, plan.year]


def _capped(items: list[dict], cap) -> float:
    """Sum the items' points, trimming those past the cap (kept, marked capped)."""
    total = 0.0
    for item in items:
        p = item["points"]
        if cap is not None and abs(total + p) > cap:
            keep = max(0.0, cap - abs(total)) * (1 if p >= 0 else -1)
            item["raw_points"] = p
            item["points"] = _round(keep)
            item["capped"] = True
        total += item["points"]
    return _round(total, 2)


def score_unit(plan: Plan, org: Organisation, config: dict, cache: dict) -> dict:
    """The breakdown of one unit's score: every item with its points and source."""
    classes = config["classes"]
    items: list[dict] = []
    tasks = [t for t in cache["tasks"] if org.pk in t.lead_ids]

    # A: full × weighted mean share of the lead A tasks.
    a_tasks = [t for t in tasks if _task_class(t, config) == "A"]
    total_weight = sum(float(t.weight) for t in a_tasks)
    a_items = []
    for t in a_tasks:
        a = cache["assessments"].get(t.pk)
        status = a.effective_status if a else "none"
        share = float(classes["A"]["shares"].get(status, 0))
        points = classes["A"]["full"] * float(t.weight) * share / total_weight if total_weight else 0
        a_items.append(_task_item("A", t, a, status, share, points))
    items += a_items
    a_total = _round(sum(i["points"] for i in a_items), 2)

    # B: a bonus per incentive task, capped.
    b_items = []
    for t in tasks:
        if _task_class(t, config) != "B":
            continue
        a = cache["assessments"].get(t.pk)
        status = a.effective_status if a else "none"
        share = float(classes["B"]["shares"].get(status, 0))
        b_items.append(_task_item("B", t, a, status, share, classes["B"]["bonus"] * share))
    b_total = _capped(b_items, classes["B"]["cap"])
    items += b_items

    # C: honours by level, capped (highest first, so the cap trims the least).
    c_items = []
    for h in sorted(cache["honours"].get(org.pk, []), key=lambda h: (-_honour_points(h, config), h.pk)):
        points = _honour_points(h, config)
        c_items.append({
            "kind": "honour", "class": "C", "points": _round(points), "honour": h.pk, "document": h.document_id,
            "row": h.row, "level": h.level, "year": h.year,
            "label": f"{h.honour}（{LEVEL_LABELS.get(h.level, h.level or '级别不明')}，{h.issuer or h.category}）"})
    c_total = _capped(c_items, classes["C"]["cap"])
    items += c_items

    # Year-over-year verdicts.
    v_items = []
    for v in cache["verdicts"]:
        if org.pk not in cache["lead_of"].get(v.task_id, ()):
            continue
        points = float(config["year_verdicts"].get(v.verdict, 0))
        v_items.append({
            "kind": "verdict", "points": _round(points), "year_verdict": v.pk, "task": cache["code"][v.task_id],
            "task_id": v.task_id, "verdict": v.verdict, "document": v.report_id,
            "label": f"{v.metric}：{VERDICT_LABELS.get(v.verdict, v.verdict)}（{v.reason}）"})
    items += v_items
    v_total = _round(sum(i["points"] for i in v_items), 2)

    # Deductions.
    d = config["deductions"]
    d_items = []
    for o in cache["orders"].get(org.pk, []):
        escalated = o.state == "escalated" or o.level > 1
        d_items.append({
            "kind": "order", "points": -float(d["order_escalated"] if escalated else d["order"]), "order": o.pk,
            "task": cache["code"][o.task_id], "task_id": o.task_id, "state": o.state,
            "label": f"督办单{o.number or o.pk}" + ("（已升级）" if escalated else "")})
    for s in cache["late"].get(org.pk, []):
        d_items.append({
            "kind": "late", "points": -float(d["late"]), "submission": s.pk, "task": cache["code"][s.task_id],
            "task_id": s.task_id, "period": s.period_id, "label": f"逾期报送：{s.period.name} 第{s.version}版"})
    for period, task in cache["missing"].get(org.pk, []):
        d_items.append({
            "kind": "missing", "points": -float(d["missing"]), "task": task.code, "task_id": task.pk,
            "period": period.pk, "label": f"未报送：{period.name}"})
    for i in d_items:
        i["points"] = _round(i["points"])
    d_total = _capped(d_items, d["cap"])
    items += d_items

    totals = {"A": a_total, "B": b_total, "C": c_total, "verdicts": v_total, "deductions": d_total}
    return {"items": items, "totals": totals, "score": _round(sum(totals.values()), 2),
            "tasks": len(tasks), "a_tasks": len(a_tasks)}


def _honour_points(h: Honour, config: dict) -> float:
    c = config["classes"]["C"]
    points = float(c["points"].get(h.level, 0))
    if h.category == PERSONAL:
        points *= float(c["personal_share"])
    return points


def _task_item(cls: str, t: Task, a: Assessment | None, status: str, share: float, points: float) -> dict:
    item = {"kind": "task", "class": cls, "task": t.code, "task_id": t.pk, "status": status,
            "share": share, "weight": float(t.weight), "points": _round(points),
            "label": f"{t.code} {(t.name or t.text)[:60]}：{STATUS_LABELS.get(status, '未研判')}"}
    if a is not None:
        item.update({"assessment": a.pk, "submission": a.submission_id, "period": a.period_id})
        figure = next((e.get("statistic_figure") for e in a.evidence if isinstance(e, dict)
                       and e.get("statistic_figure")), None)
        if figure:
            item["statistic_figure"] = figure
        if a.override is not None:
            item["override"] = a.override.pk
    return item


def _cache(plan: Plan, config: dict) -> dict:
    tasks = list(plan.tasks.prefetch_related("lead").order_by("order"))
    lead_of: dict[int, set[int]] = {}
    for t in tasks:
        t.lead_ids = {o.pk for o in t.lead.all()}
        lead_of[t.pk] = t.lead_ids
    years = _years(plan, config)
    honours: dict[int, list[Honour]] = defaultdict(list)
    for h in Honour.objects.filter(organisation__isnull=False, year__in=years):
        honours[h.organisation_id].append(h)
    orders: dict[int, list[SupervisionOrder]] = defaultdict(list)
    for o in SupervisionOrder.objects.filter(task__plan=plan).order_by("id"):
        orders[o.organisation_id].append(o)
    late: dict[int, list[Submission]] = defaultdict(list)
    seen = set()
    for s in Submission.objects.filter(task__plan=plan, late=True).select_related("period").order_by("id"):
        key = (s.task_id, s.period_id, s.organisation_id)
        if key not in seen:  # one late report per task and period, however many versions
            seen.add(key)
            late[s.organisation_id].append(s)
    missing: dict[int, list] = defaultdict(list)
    for period in plan.periods.filter(closed=True).order_by("end"):
        for org, missed in plans.missing_reports(period):
            for task in missed:
                missing[org.pk].append((period, task))
    return {
        "tasks": tasks, "lead_of": lead_of, "code": {t.pk: t.code for t in tasks},
        "assessments": _latest_assessments(plan), "honours": honours, "orders": orders, "late": late,
        "missing": missing,
        "verdicts": list(YearVerdict.objects.filter(task__plan=plan).order_by("id")),
    }


def has_evidence(plan: Plan) -> bool:
    """Whether the plan has anything a ranking could rest on: accepted progress (已采纳的进展)
    or verdicts stored from the next year's work report.  Without either every unit would
    score only its honours and deductions, which reads like a ranking of the work and is not."""
    return (Submission.objects.filter(task__plan=plan, state="accepted").exists()
            or YearVerdict.objects.filter(task__plan=plan).exists())


NO_EVIDENCE = N_("该计划尚无已采纳的进展（也无目标核验结果），不计算排名：请先审核采纳各单位报送的进展，"
               "或导入次年政府工作报告进行目标核验")


def rank(scores: list[tuple[Organisation, float]]) -> list[tuple[Organisation, float, int]]:
    """Competition ranking (1, 2, 2, 4) by score, highest first; ties listed by name."""
    ordered = sorted(scores, key=lambda item: (-item[1], item[0].name))
    out = []
    for i, (org, score) in enumerate(ordered):
        r = out[-1][2] if out and out[-1][1] == score else i + 1
        out.append((org, score, r))
    return out


def latest_run(scheme: ScoringScheme) -> int:
    run = Cast(KeyTextTransform("run", "breakdown"), IntegerField())
    return scheme.results.aggregate(m=Max(run))["m"] or 0


def results(scheme: ScoringScheme, run: int | None = None):
    run = run or latest_run(scheme)
    return scheme.results.filter(breakdown__run=run).select_related("organisation").order_by("rank", "organisation__name")


def previous_ranks(plan: Plan) -> tuple[ScoringScheme | None, dict[int, int]]:
    """Ranks of the latest run of the previous year's plan of the same district."""
    prev_plans = Plan.objects.filter(year=plan.year - 1, organisation=plan.organisation) if plan.organisation_id \
        else Plan.objects.none()
    best = None
    for scheme in ScoringScheme.objects.filter(plan__in=prev_plans).order_by("-created_at", "-id"):
        if scheme.results.exists():
            best = scheme
            break
    if best is None:
        return None, {}
    return best, {r.organisation_id: r.rank for r in results(best)}


def check_runnable(scheme: ScoringScheme) -> list[Organisation]:
    """The units a run would score; ``YearEndError`` (shown as is) when it cannot run: rules
    that do not validate, no unit, no accepted progress.  Cheap: asked before a job is queued."""
    errors = validate_config(scheme.config)
    if errors:
        raise YearEndError("；".join(errors))
    assessed = units(scheme.plan)
    if not assessed:
        raise YearEndError(_("计划中没有可考核的单位"))
    if not has_evidence(scheme.plan):
        raise YearEndError(_(NO_EVIDENCE))
    return assessed


def scoring_run(scheme: ScoringScheme, on_progress=None) -> tuple[int, list[dict]]:
    """The next run of a scheme, computed (nothing stored): its number and, per unit in rank
    order, the organisation, score, rank, awards and breakdown.  ``on_progress(done, total)``
    is told after each unit scored (the background job's progress bar)."""
    plan, config = scheme.plan, scheme.config
    assessed = check_runnable(scheme)
    cache = _cache(plan, config)
    step = on_progress or (lambda done, total: None)
    breakdowns = {}
    step(0, len(assessed))
    for n, org in enumerate(assessed, 1):
        breakdowns[org.pk] = score_unit(plan, org, config, cache)
        step(n, len(assessed))
    ranked = rank([(org, breakdowns[org.pk]["score"]) for org in assessed])
    n = len(ranked)
    aw = config["awards"]
    winners = max(1, round(n * aw["winner_share"])) if aw["winner_share"] > 0 else 0
    advanced = round(n * (aw["winner_share"] + aw["advanced_share"]))
    prev_scheme, prev = previous_ranks(plan)
    gains = {org.pk: prev[org.pk] - r for org, _s, r in ranked if org.pk in prev}
    # 进位显著: the largest rises in rank, the higher score first among equal rises.
    risers = sorted(((pk, g) for pk, g in gains.items() if g >= aw["most_improved_min_gain"]),
                    key=lambda x: (-x[1], -breakdowns[x[0]]["score"]))
    improved = {pk for pk, _g in risers[:int(aw["most_improved_count"])]}
    run = latest_run(scheme) + 1
    rows = []
    for org, score, r in ranked:
        awards = []
        if r <= winners:
            awards.append(WINNER)
        elif r <= advanced:
            awards.append(ADVANCED)
        if org.pk in improved:
            awards.append(MOST_IMPROVED)
        b = breakdowns[org.pk]
        b.update({"run": run, "previous_scheme": prev_scheme.pk if prev_scheme else None,
                  "previous_rank": prev.get(org.pk), "rank_gain": gains.get(org.pk)})
        rows.append({"organisation": org, "score": score, "rank": r, "award": "、".join(awards), "breakdown": b,
                     "winner": r <= winners})
    return run, rows


def source_objects(item: dict) -> list[tuple[str, object]]:
    """The stored objects a breakdown item names (for tests and drill-down links)."""

    models = {"assessment": Assessment, "submission": Submission, "honour": Honour, "document": SourceDocument,
              "order": SupervisionOrder, "year_verdict": YearVerdict, "task_id": Task,
              "period": ReportingPeriod, "statistic_figure": StatisticFigure}
    out = []
    for key, model in models.items():
        pk = item.get(key)
        if pk:
            qs = model.objects.filter(pk=pk)
            if model is SourceDocument:
                qs = qs.defer("content")
            out.append((key, qs.first()))
    return out
