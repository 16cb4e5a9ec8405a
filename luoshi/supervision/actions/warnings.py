"""Warning-light rules (预警规则): created, changed, retired (deactivated, never deleted)."""

from __future__ import annotations

from luoshi.core import audit
from luoshi.core.actions import action

from ..models import WarningRule
from ..services.warnings import DEFAULT_RULES, clean_rule, rule_detail


@action
def do_install_default_warning_rules(*, acting_user) -> list[WarningRule]:
    """The default rules (默认预警规则), created once when no rule exists at all."""
    if WarningRule.objects.exists():
        return list(WarningRule.objects.all())
    made = [WarningRule.objects.create(active=True, **spec) for spec in DEFAULT_RULES]
    for rule in made:
        audit.record(acting_user, "warning_rule.create", rule, detail={**rule_detail(rule), "default": True})
    return made


@action
def do_create_warning_rule(name: str, colour: str, order, statuses, min_gap, active: bool = True, *,
                           acting_user) -> WarningRule:
    """A new rule (新增预警规则); the defaults are installed first, so the new one joins them."""
    fields = clean_rule(name, colour, order, statuses, min_gap)
    do_install_default_warning_rules(acting_user=acting_user)
    rule = WarningRule.objects.create(active=bool(active), **fields)
    audit.record(acting_user, "warning_rule.create", rule, detail=rule_detail(rule))
    return rule


@action
def do_update_warning_rule(rule: WarningRule, name: str, colour: str, order, statuses, min_gap, active: bool, *,
                           acting_user) -> WarningRule:
    """Change a rule; deactivating is how a rule is retired.  An unchanged rule records nothing."""
    rule = WarningRule.objects.select_for_update(of=("self",)).get(pk=rule.pk)
    before = rule_detail(rule)
    for key, value in clean_rule(name, colour, order, statuses, min_gap).items():
        setattr(rule, key, value)
    rule.active = bool(active)
    after = rule_detail(rule)
    if after != before:
        rule.save()
        audit.record(acting_user, "warning_rule.update", rule, detail={"before": before, "after": after})
    return rule
