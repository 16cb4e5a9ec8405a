"""Status rules (研判规则) as small configured objects, tried in order.

Django's password validators are the model: each rule is a class with options
and a help text (``get_help_text``); ``judge(case)`` returns an ``Outcome`` or
None when the rule does not apply.  The order and the options come from
``data/judging.toml`` (``[[rules]]``), as do the thresholds and the cue words;
docs/reference/status-rules.md is generated from the rules and that file.

A *case* is one progress row read against its task: the task's measurable
parts (every non-stretch indicator, and every clause with a result verb when
the task has no figure for it), the progress split into clauses with
forecasts set aside, and the expected pace (序时进度).  ``SubTargets`` judges
each part on its own and combines them: the worst part decides, completed only
when every part is, a part with no fact caps the task at on_track, completion
is the mean of the answered parts (each counted at most 100).

The package's modules, each importing only those before it (no cycle): ``base`` (judging.toml's
configuration, shared patterns and helpers, ``RuleObject``), ``clauses`` (what one clause says: its
stage), ``case`` (the case's objects: ``Fact``, ``Part``, ``Case``, ``Outcome``; ``_spans``), ``task_parts`` (a
task's measurable parts), ``roles`` (what a figure's clause says of it), ``forecasts`` (plans set aside),
``building`` (``build_case``), ``works`` (a project's works and preparation against
its deadline), ``assigning`` (facts to parts: ``_assign``), ``judging`` (a figure's part judged:
``judge_indicator``; the parts combined: ``combine``), ``judging_clauses`` (a clause's part judged: ``judge_clause``),
``status`` (``StatusRule`` and what the rules share), the ``StatusRule`` classes by theme
(``status_parts``, ``status_measures``, ``status_stage``, ``status_statements``), ``flags`` (the
``FlagCheck`` classes), ``guarding`` (the ``Guard`` classes) and ``verdict`` (``rules``, ``guards``,
``evaluate``, ``confidence``, ``review``).

The public API, what the rest of the app uses (assess, docs generation, bench): ``config`` (judging.toml),
``build_case`` with ``Case`` and ``Outcome``, ``evaluate`` (the deciding rule's outcome, the guards after it),
``review`` (confidence, flags, needs_person), ``by_pace``, ``RULE_FLAGS``, and the configured ``rules()``,
``guards()`` and ``flag_checks()``.  Every other name is imported from the module that defines it
(``from luoshi.engine.rules.works import ladder_step``), so a test patching one patches it there.
"""

from __future__ import annotations

from .base import by_pace, config
from .building import build_case
from .case import Case, Outcome
from .flags import RULE_FLAGS, flag_checks
from .verdict import evaluate, guards, review, rules

__all__ = ["RULE_FLAGS", "Case", "Outcome", "build_case", "by_pace", "config", "evaluate", "flag_checks", "guards",
           "review", "rules"]
