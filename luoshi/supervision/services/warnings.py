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

from django.utils.translation import gettext_lazy as _

from luoshi.core.actions import ActionRefused
from luoshi.core.models import Organisation

from ..models import STATUS_ORDER, Assessment, Plan, ReportingPeriod, WarningRule

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
    tasks: list[TaskLight]


def task_lights(plan: Plan, period: ReportingPeriod, rules: list[WarningRule] | None = None) -> list[TaskLight]:
    """Every task of the plan with its light for the period (未报送 tasks: light None)."""
    rules = rules if rules is not None else active_rules()
    current = {a.task_id: a for a in Assessment.objects.filter(period=period, current=True)
               .prefetch_related("overrides")}
    out = []
    for task in plan.tasks.prefetch_related("lead").order_by("order"):
        a = current.get(task.pk)
        out.append(TaskLight(task=task, assessment=a, light=task_light(a, rules),
                             status=a.effective_status if a else None, gap=gap(a) if a else None,
                             leads=list(task.lead.all())))
    return out


def department_lights(plan: Plan, period: ReportingPeriod,
                      rules: list[WarningRule] | None = None) -> list[DepartmentLight]:
    """Each lead department's light: the worst light of the tasks it leads, with counts
    of red / yellow / green / unreported; worst departments first."""
    by_org: dict[int, DepartmentLight] = {}
    for tl in task_lights(plan, period, rules):
        for org in tl.leads:
            dl = by_org.setdefault(org.pk, DepartmentLight(
                organisation=org, light=None, counts={"red": 0, "yellow": 0, "green": 0, "none": 0}, tasks=[]))
            dl.tasks.append(tl)
            dl.counts[tl.light or "none"] += 1
            if SEVERITY[tl.light] > SEVERITY[dl.light]:
                dl.light = tl.light
    return sorted(by_org.values(), key=lambda d: (-SEVERITY[d.light], -d.counts["red"], -d.counts["yellow"],
                                                   d.organisation.name))
