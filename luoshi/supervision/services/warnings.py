"""Warning lights (预警灯): red / yellow / green per task and per department.

The colour comes from configurable rules (``WarningRule``), tried in order:
the first active rule that matches an assessment gives its colour.  A rule
matches when the assessment's effective status is one of its ``statuses``, or
when the task is at least ``min_gap`` points behind 序时进度 (expected −
completion ≥ min_gap); a rule with neither condition matches everything (a
catch-all).  Nothing matching gives green.  A task without a current
assessment has no light (未报送), shown apart.  Rules are never deleted: they
are deactivated (luoshi/supervision/actions/warnings.py), every change audited.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Case, CharField, Count, F, FloatField, Q, Value, When
from django.db.models.functions import Round
from django.utils.translation import gettext_lazy as _

from luoshi.core.actions import ActionRefused
from luoshi.core.models import Organisation

from ..models import STATUS_ORDER, Assessment, Plan, ReportingPeriod, Task, WarningRule
from . import latest

COLOURS = ("red", "yellow", "green")
SEVERITY = {"red": 3, "yellow": 2, "green": 1, None: 0}
COLOUR_LABELS = {"red": _("红灯"), "yellow": _("黄灯"), "green": _("绿灯"), None: _("未报送")}

DEFAULT_RULES = [
    # Seriously behind, not started, or 20+ points behind 序时进度: the office acts (督办).
    {"name": "严重滞后、未启动或落后序时进度20个百分点以上", "colour": "red", "order": 10,
     "statuses": ["seriously_behind", "not_started"], "min_gap": 20.0},
    # Behind, 10+ points behind, or nothing checkable reported: the office watches.
    {"name": "欠进度、落后序时进度10个百分点以上或无法判断", "colour": "yellow", "order": 20,
     "statuses": ["behind", "unclear"], "min_gap": 10.0},
    {"name": "其余（已完成、超进度、达进度）", "colour": "green", "order": 30, "statuses": [], "min_gap": None},
]


class RuleError(ActionRefused, ValueError):
    """A rule that cannot be saved; the message is shown as is."""


def active_rules() -> list[WarningRule]:
    """The rules in force; the defaults (unsaved) while none has been configured."""
    if not WarningRule.objects.exists():
        return [WarningRule(active=True, **spec) for spec in DEFAULT_RULES]
    return list(WarningRule.objects.filter(active=True).order_by("order", "id"))


def rule_detail(rule: WarningRule) -> dict:
    return {"name": rule.name, "colour": rule.colour, "order": rule.order, "statuses": list(rule.statuses or []),
            "min_gap": rule.min_gap, "active": rule.active}


def clean_rule(name: str, colour: str, order, statuses, min_gap) -> dict:
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise RuleError(_("规则名称不能为空，且不超过100字"))
    if colour not in COLOURS:
        raise RuleError(_("颜色无效"))
    try:
        order = int(order)
    except (TypeError, ValueError):
        raise RuleError(_("顺序须为整数")) from None
    if order < 0 or order > 100000:
        raise RuleError(_("顺序须为0至100000之间的整数"))
    statuses = list(dict.fromkeys(statuses or []))
    if any(s not in STATUS_ORDER for s in statuses):
        raise RuleError(_("状态无效"))
    if min_gap in ("", None):
        min_gap = None
    else:
        try:
            min_gap = float(min_gap)
        except (TypeError, ValueError):
            raise RuleError(_("落后百分点须为数字")) from None
        if not (0 <= min_gap <= 100):
            raise RuleError(_("落后百分点须在0至100之间"))
    return {"name": name, "colour": colour, "order": order, "statuses": statuses, "min_gap": min_gap}


# --- lights ------------------------------------------------------------------------

def gap(assessment: Assessment) -> float | None:
    """Points behind 序时进度 (expected − completion); None when either is unknown."""
    completion = assessment.effective_completion
    if completion is None or assessment.expected_pct is None:
        return None
    return round(assessment.expected_pct - completion, 1)


def rule_matches(rule: WarningRule, status: str, behind: float | None) -> bool:
    statuses = list(rule.statuses or [])
    if not statuses and rule.min_gap is None:
        return True
    if status in statuses:
        return True
    return rule.min_gap is not None and behind is not None and behind >= rule.min_gap


def light_for(status: str, behind: float | None, rules: list[WarningRule] | None = None) -> str:
    for rule in rules if rules is not None else active_rules():
        if rule.active and rule_matches(rule, status, behind):
            return rule.colour
    return "green"


def task_light(assessment: Assessment | None, rules: list[WarningRule] | None = None) -> str | None:
    """The light of a task for a period from its current assessment; None when it has none."""
    if assessment is None:
        return None
    return light_for(assessment.effective_status, gap(assessment), rules)


@dataclass
class TaskLight:
    task: object
    assessment: Assessment | None
    light: str | None
    status: str | None
    gap: float | None
    leads: list[Organisation] = field(default_factory=list)


@dataclass
class DepartmentLight:
    organisation: Organisation
    light: str | None
    counts: dict


# --- lights in SQL ----------------------------------------------------------------------
# A plan of a province holds thousands of tasks: the page counts, filters and pages in the
# database and loads only the tasks it shows (issue 16).  The expressions below say in SQL
# what ``light_for`` says in Python; tests/test_warnings.py checks that both agree.

def light_expression(rules: list[WarningRule]):
    """A ``Case`` giving each assessment's colour from ``eff_status`` and ``eff_gap``: the rules
    in order, the first active match wins, green when none matches."""
    whens = []
    default = "green"
    for rule in rules:
        if not rule.active:
            continue
        statuses = list(rule.statuses or [])
        if not statuses and rule.min_gap is None:
            default = rule.colour  # a catch-all: every later rule is unreachable
            break
        condition = Q(eff_status__in=statuses) if statuses else None
        if rule.min_gap is not None:
            by_gap = Q(eff_gap__gte=rule.min_gap)  # NULL (no gap known) never matches
            condition = by_gap if condition is None else condition | by_gap
        whens.append(When(condition, then=Value(rule.colour)))
    return Case(*whens, default=Value(default), output_field=CharField())


def lit_assessments(plan: Plan, period: ReportingPeriod, rules: list[WarningRule] | None = None):
    """The period's current assessments of the plan's tasks with ``eff_status``, ``eff_gap``
    (points behind 序时进度, rounded as ``gap``) and ``light`` annotated."""
    rules = rules if rules is not None else active_rules()
    qs = latest.with_effective(Assessment.objects.filter(period=period, current=True, task__plan=plan)).order_by()
    qs = qs.annotate(eff_gap=Round(F("expected_pct") - F("eff_completion"), 1, output_field=FloatField()))
    return qs.annotate(light=light_expression(rules))


def light_counts(plan: Plan, period: ReportingPeriod, rules: list[WarningRule] | None = None) -> dict:
    """``{"red", "yellow", "green", "none"}``: tasks per light; none = no current assessment (未报送)."""
    counts = {"red": 0, "yellow": 0, "green": 0, "none": 0}
    rows = lit_assessments(plan, period, rules).values("light").annotate(n=Count("task_id", distinct=True))
    for row in rows:
        counts[row["light"]] += row["n"]
    counts["none"] = max(0, Task.objects.filter(plan=plan).count() - counts["red"] - counts["yellow"]
                         - counts["green"])
    return counts


def tasks_by_light(plan: Plan, period: ReportingPeriod, only: str = "",
                   rules: list[WarningRule] | None = None):
    """The plan's tasks in order, only those of light ``only`` ("red", "yellow", "green",
    "none") when given: a queryset to page."""
    tasks = Task.objects.filter(plan=plan).order_by("order", "pk")
    if only == "none":
        return tasks.exclude(pk__in=Assessment.objects.filter(period=period, current=True, task__plan=plan)
                             .values("task_id"))
    if only in COLOURS:
        return tasks.filter(pk__in=lit_assessments(plan, period, rules).filter(light=only).values("task_id"))
    return tasks


def task_lights(plan: Plan, period: ReportingPeriod, rules: list[WarningRule] | None = None,
                tasks=None) -> list[TaskLight]:
    """``tasks`` (a page; by default every task of the plan) with their light for the period
    (未报送 tasks: light None); two queries whatever the plan's size."""
    rules = rules if rules is not None else active_rules()
    tasks = list((Task.objects.filter(plan=plan).order_by("order", "pk") if tasks is None else tasks)
                 .prefetch_related("lead"))
    found = {}
    for a in (lit_assessments(plan, period, rules).filter(task_id__in=[t.pk for t in tasks])
              .order_by("created_at", "pk")):
        found[a.task_id] = a  # the newest if data ever had two current verdicts
    out = []
    for task in tasks:
        a = found.get(task.pk)
        out.append(TaskLight(task=task, assessment=a, light=a.light if a else None,
                             status=a.eff_status if a else None, gap=a.eff_gap if a else None,
                             leads=list(task.lead.all())))
    return out


def department_lights(plan: Plan, period: ReportingPeriod,
                      rules: list[WarningRule] | None = None) -> list[DepartmentLight]:
    """Each lead department's light: the worst light of the tasks it leads, with counts
    of red / yellow / green / unreported; worst departments first.  Two aggregate
    queries and one for the units: one row per unit, not per task."""
    Lead = Task.lead.through
    led = (Lead.objects.filter(task__plan=plan, task__withdrawn_at__isnull=True, task__plan__withdrawn_at__isnull=True)
           .values("organisation_id").annotate(n=Count("task_id", distinct=True)).order_by())
    totals = {row["organisation_id"]: row["n"] for row in led}
    counts = {org: {"red": 0, "yellow": 0, "green": 0, "none": 0} for org in totals}
    lit = (lit_assessments(plan, period, rules).values("task__lead", "light").annotate(n=Count("task_id", distinct=True)))
    for row in lit:
        if row["task__lead"] in counts:
            counts[row["task__lead"]][row["light"]] += row["n"]
    orgs = Organisation.objects.in_bulk(list(totals))
    out = []
    for org_id, c in counts.items():
        c["none"] = max(0, totals[org_id] - c["red"] - c["yellow"] - c["green"])
        light = next((colour for colour in COLOURS if c[colour]), None)
        out.append(DepartmentLight(organisation=orgs[org_id], light=light, counts=c))
    return sorted(out, key=lambda d: (-SEVERITY[d.light], -d.counts["red"], -d.counts["yellow"],
                                      d.organisation.name))
