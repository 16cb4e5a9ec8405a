"""Year-end assessment (年终考核 / 综合考评): scores by target class, deductions,
year-over-year verdicts, ranking and award categories.

The rules are in docs/yearend.md; in short, for every unit (a department or
street leading at least one task of the plan):

* A 责任目标 (and unclassified tasks, ``unclassified_as``): ``full`` ×
  the weighted mean of each lead task's share for its status (the effective
  status of the task's latest current assessment; no assessment counts as
  ``none``);
* B 激励目标: ``bonus`` × share per lead B task, capped;
* C 争先创优: points per honour matched to the unit by level (national,
  provincial, city, district; 先进个人 at ``personal_share``), for honours of
  the years in ``years`` (default: the plan's year and the one before, since
  yearbooks publish a year's honours the year after), capped;
* year-over-year verdicts (目标核验, ``YearVerdict``): points per verdict on
  the unit's lead tasks (met/exceeded add, not_met subtracts);
* deductions: per 督办 order to the unit on the plan's tasks (escalated ones
  more), per late submission (逾期更正) and per task missing from a closed
  period (未报送), optionally capped;
* ranking by score (equal scores share a rank); 优胜单位 the top
  ``winner_share``, 先进单位 the next ``advanced_share``, 进位显著奖 the units
  that rose most against the latest run of a scheme of the previous year's
  plan of the same district.

Runs are versioned, nothing is deleted: each ``compute`` stores a new set of
``YearEndResult`` rows whose ``breakdown["run"]`` is the run number; the
latest run is the result shown.  A scheme's rules cannot change once it has
run (a changed rule is a new scheme), so every stored result is explained by
its scheme's config.  Every breakdown item names its source object.
"""

from __future__ import annotations

import copy
import json
import math
from collections import defaultdict

from django.db.models import IntegerField, Max
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast

from luoshi.core.actions import ActionRefused
from luoshi.core.models import Organisation, SourceDocument
from luoshi.engine import api
from luoshi.engine.api import STATUS_LABELS, VERDICT_LABELS

from ..models import (
    Assessment,
    Honour,
    Plan,
    ScoringScheme,
    Submission,
    SupervisionOrder,
    Task,
    YearVerdict,
)
from . import plans
from .honours import LEVEL_LABELS, PERSONAL
from .word import set_font

WINNER = "优胜单位"
ADVANCED = "先进单位"
MOST_IMPROVED = "进位显著奖"
STATUSES = ["completed", "ahead", "on_track", "behind", "seriously_behind", "not_started", "unclear"]
SHARE_KEYS = STATUSES + ["none"]

DEFAULT_CONFIG: dict = {
    "classes": {
        "A": {"label": "责任目标", "full": 60,
              "shares": {"completed": 1, "ahead": 1, "on_track": 1, "behind": 0.6, "seriously_behind": 0.3,
                         "not_started": 0, "unclear": 0.5, "none": 0.5}},
        "B": {"label": "激励目标", "bonus": 2, "cap": 10,
              "shares": {"completed": 1, "ahead": 1, "on_track": 0.5, "behind": 0, "seriously_behind": 0,
                         "not_started": 0, "unclear": 0, "none": 0}},
        "C": {"label": "争先创优", "points": {"national": 5, "provincial": 3, "city": 2, "district": 1},
              "personal_share": 0.5, "cap": 15, "years": None},
    },
    "unclassified_as": "A",
    "year_verdicts": {"met": 1, "exceeded": 2, "not_met": -2, "unclear": 0},
    "deductions": {"order": 1, "order_escalated": 2, "late": 0.5, "missing": 0.5, "cap": None},
    "awards": {"winner_share": 0.2, "advanced_share": 0.3, "most_improved_count": 3, "most_improved_min_gain": 1},
}

MAX_CONFIG_CHARS = 20000


class YearEndError(ActionRefused):
    """A refused year-end action; the message is shown as is."""


# --- the scheme's configuration ------------------------------------------------------------

def default_config() -> dict:
    return copy.deepcopy(DEFAULT_CONFIG)


def _merge(base: dict, extra: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _number(value, where: str, errors: list[str], minimum: float | None = 0, maximum: float | None = None,
            allow_null: bool = False) -> None:
    if value is None and allow_null:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        errors.append(f"{where} 须为数字")
        return
    if minimum is not None and value < minimum:
        errors.append(f"{where} 不能小于 {minimum}")
    if maximum is not None and value > maximum:
        errors.append(f"{where} 不能大于 {maximum}")


def parse_config(text: str) -> dict:
    """A scheme's rules from the JSON a person wrote: merged onto the defaults and checked.

    Raises YearEndError with every problem found."""
    if len(text or "") > MAX_CONFIG_CHARS:
        raise YearEndError("规则过长 (config too long)")
    try:
        raw = json.loads(text) if (text or "").strip() else {}
    except json.JSONDecodeError as e:
        raise YearEndError(f"规则不是有效的 JSON：第{e.lineno}行第{e.colno}列 {e.msg}") from None
    if not isinstance(raw, dict):
        raise YearEndError("规则须为 JSON 对象 (a JSON object)")
    config = _merge(DEFAULT_CONFIG, raw)
    errors = validate_config(config)
    if errors:
        raise YearEndError("；".join(errors))
    return config


def validate_config(config: dict) -> list[str]:
    errors: list[str] = []
    try:
        classes = config["classes"]
        a, b, c = classes["A"], classes["B"], classes["C"]
        _number(a["full"], "classes.A.full", errors, maximum=1000)
        _number(b["bonus"], "classes.B.bonus", errors, maximum=1000)
        _number(b["cap"], "classes.B.cap", errors, allow_null=True)
        for cls, block in (("A", a), ("B", b)):
            if not isinstance(block["shares"], dict):
                errors.append(f"classes.{cls}.shares 须为对象")
                continue
            for key in SHARE_KEYS:
                _number(block["shares"].get(key), f"classes.{cls}.shares.{key}", errors, maximum=1)
        if not isinstance(c["points"], dict):
            errors.append("classes.C.points 须为对象")
        else:
            for level in LEVEL_LABELS:
                _number(c["points"].get(level), f"classes.C.points.{level}", errors, maximum=1000)
        _number(c["personal_share"], "classes.C.personal_share", errors, maximum=1)
        _number(c["cap"], "classes.C.cap", errors, allow_null=True)
        years = c["years"]
        if years is not None and (not isinstance(years, list) or not all(
                isinstance(y, int) and not isinstance(y, bool) and 1900 <= y <= 2100 for y in years)):
            errors.append("classes.C.years 须为年份列表或 null")
        if config["unclassified_as"] not in ("A", "B", "C", ""):
            errors.append("unclassified_as 须为 A、B、C 或空")
        for key in ("met", "exceeded", "not_met", "unclear"):
            _number(config["year_verdicts"].get(key), f"year_verdicts.{key}", errors, minimum=-1000, maximum=1000)
        d = config["deductions"]
        for key in ("order", "order_escalated", "late", "missing"):
            _number(d.get(key), f"deductions.{key}", errors, maximum=1000)
        _number(d.get("cap"), "deductions.cap", errors, allow_null=True)
        w = config["awards"]
        _number(w.get("winner_share"), "awards.winner_share", errors, maximum=1)
        _number(w.get("advanced_share"), "awards.advanced_share", errors, maximum=1)
        if not errors and w["winner_share"] + w["advanced_share"] > 1:
            errors.append("awards.winner_share + advanced_share 不能大于 1")
        _number(w.get("most_improved_count"), "awards.most_improved_count", errors, maximum=1000)
        _number(w.get("most_improved_min_gain"), "awards.most_improved_min_gain", errors, minimum=1, maximum=1000)
    except (KeyError, TypeError, AttributeError) as e:
        errors.append(f"规则缺少或格式错误的项：{e}")
    return errors


def clean_scheme(name: str, config_text: str) -> tuple[str, dict]:
    """(name, configuration) of a new scheme, or ``YearEndError`` saying what is wrong."""
    name = (name or "").strip()
    if not name:
        raise YearEndError("请填写名称 (a name is required)")
    if len(name) > 200:
        raise YearEndError("名称过长 (name too long)")
    return name, parse_config(config_text)


# --- year-over-year verdicts ---------------------------------------------------------------

def targets_document(plan: Plan) -> SourceDocument:
    docs = list(plan.documents.all().order_by("id"))
    for kind in ("decomposition_table", "work_report"):
        for d in docs:
            if d.kind == kind:
                return d
    if docs:
        return docs[0]
    raise YearEndError("计划没有来源文件，无法核验 (the plan has no source document)")


def year_verdicts(plan: Plan, report_document: SourceDocument) -> tuple[SourceDocument, list[api.Verdict]]:
    """The plan's targets document and the engine's verdicts on its year-N targets against the
    year N+1 report (``luoshi verify``); nothing stored."""
    targets = targets_document(plan)
    if targets.pk == report_document.pk:
        raise YearEndError("核验报告不能是计划本身的来源文件 (choose the next year's report)")
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


def scoring_run(scheme: ScoringScheme) -> tuple[int, list[dict]]:
    """The next run of a scheme, computed (nothing stored): its number and, per unit in rank
    order, the organisation, score, rank, awards and breakdown."""
    plan, config = scheme.plan, scheme.config
    errors = validate_config(config)
    if errors:
        raise YearEndError("；".join(errors))
    cache = _cache(plan, config)
    assessed = units(plan)
    if not assessed:
        raise YearEndError("计划中没有可考核的单位 (no unit leads a task of this plan)")
    breakdowns = {org.pk: score_unit(plan, org, config, cache) for org in assessed}
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
    from ..models import ReportingPeriod, StatisticFigure

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


# --- exports -------------------------------------------------------------------------------

EXPORT_HEADERS = ["名次", "单位", "总分", "A 责任目标", "B 激励目标", "C 争先创优", "目标核验", "扣分", "奖项",
                  "上年名次", "进位"]


def export_rows(scheme: ScoringScheme, run: int | None = None) -> list[list]:
    rows = []
    for r in results(scheme, run):
        t = r.breakdown.get("totals", {})
        rows.append([r.rank, r.organisation.name, r.score, t.get("A"), t.get("B"), t.get("C"), t.get("verdicts"),
                     t.get("deductions"), r.award, r.breakdown.get("previous_rank"), r.breakdown.get("rank_gain")])
    return rows


def detail_rows(scheme: ScoringScheme, run: int | None = None) -> list[list]:
    """Every contribution of every unit with its source, for the second sheet."""
    rows = []
    for r in results(scheme, run):
        for item in r.breakdown.get("items", []):
            source = "；".join(f"{k}={item[k]}" for k in ("assessment", "submission", "statistic_figure", "honour",
                                                         "document", "row", "order", "year_verdict")
                              if item.get(k))
            rows.append([r.organisation.name, item.get("kind"), item.get("class", ""), item.get("task", ""),
                         item.get("label", ""), item.get("points"), source])
    return rows


def xlsx(scheme: ScoringScheme, run: int | None = None) -> bytes:
    from openpyxl import load_workbook

    from .exports import xlsx_bytes

    data = xlsx_bytes("考核结果", EXPORT_HEADERS, export_rows(scheme, run))
    # The breakdown as a second sheet: every figure with where it came from.
    import io

    wb = load_workbook(io.BytesIO(data))
    detail = load_workbook(io.BytesIO(xlsx_bytes("得分明细", ["单位", "类别", "目标类型", "任务", "内容", "分值", "来源"],
                                                 detail_rows(scheme, run)))).active
    ws = wb.create_sheet("得分明细")
    for row in detail.iter_rows(values_only=True):
        ws.append(list(row))
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


HEI = "黑体"
FANGSONG = "仿宋_GB2312"




def docx(scheme: ScoringScheme, run: int | None = None) -> bytes:
    """The result as a Word document: title in 黑体, body and table in 仿宋."""
    import io

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(f"{scheme.plan.title}年终考核结果"), HEI, 22)
    run = run or latest_run(scheme)
    rows = export_rows(scheme, run)
    intro = d.add_paragraph()
    set_font(intro.add_run(f"考核办法：{scheme.name}（第{run}次计算），参加考核单位{len(rows)}个。"), FANGSONG, 16)
    for award in (WINNER, ADVANCED, MOST_IMPROVED):
        names = [r[1] for r in rows if award in (r[8] or "")]
        if names:
            para = d.add_paragraph()
            set_font(para.add_run(f"{award}："), HEI, 16)
            set_font(para.add_run("、".join(names)), FANGSONG, 16)
    table = d.add_table(rows=1, cols=len(EXPORT_HEADERS) - 2)
    table.style = "Table Grid"
    for cell, h in zip(table.rows[0].cells, EXPORT_HEADERS[:-2], strict=True):
        set_font(cell.paragraphs[0].add_run(h), HEI, 10.5)
    for row in rows:
        cells = table.add_row().cells
        for cell, v in zip(cells, row[:-2], strict=True):
            set_font(cell.paragraphs[0].add_run("" if v is None else str(v)), FANGSONG, 10.5)
    note = d.add_paragraph()
    set_font(note.add_run("说明：各项得分的来源（研判结果、报送、荣誉表彰、督办单、目标核验）见系统得分明细及Excel导出的“得分明细”表。"),
          FANGSONG, 12)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()
