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

The package keeps these names; its modules split them by concern: ``common`` (the judging
configuration and the small shared patterns), ``case`` (the case and its helpers), ``judging``
(judging one part, and combining the parts), ``status`` (the status rules, ``evaluate`` and
``review``), ``flags`` (the flag checks) and ``guarding`` (the guards).
"""

from __future__ import annotations

from ..text import for_parsing
from .case import _PLANNED_ITEMS_DONE, _SURVEY_ONLY, Case, Fact, Outcome, Part, build_case, task_parts
from .common import DATA, SEVERITY, _quick, config, pattern, threshold, words
from .flags import (
    FLAG_CLASSES,
    RULE_FLAGS,
    DoneReadAsLag,
    DoneShortOfFigure,
    DoneUnplaced,
    DoneWithMoreToDo,
    FiguresUnused,
    FlagCheck,
    Implausible,
    InterimTarget,
    LateForecast,
    PaceOnPreparation,
    PartNamedUnread,
    PastDeadline,
    RestHoldsPace,
    SeveralFigures,
    ShareOfWhat,
    StatementScope,
    UnitMismatch,
    flag_checks,
)
from .guarding import (
    GUARD_CLASSES,
    ForecastNotDone,
    Guard,
    InterimMissed,
    IssuePending,
    NotYetInPlace,
    RestStillToCome,
    WorksForecast,
    guards,
    intention_clause,
)
from .judging import (
    _assign_facts,
    _clause_stage,
    by_pace,
    case_expected_done,
    clause_stage,
    combine,
    judge_clause,
    judge_indicator,
)
from .status import (
    _TENTHS,
    _WHOLE_SCOPE_DONE_AFTER,
    _WORKS_LADDER,
    RULE_CLASSES,
    Cancelled,
    ConcreteWork,
    CoverageByCount,
    FoundAndFixed,
    NotStarted,
    OwnWorkload,
    PaceStatement,
    PlannedAmount,
    RankHeld,
    RateWithoutFigure,
    RatioCap,
    RuleObject,
    StageAgainstDeadline,
    StatedRate,
    StatusRule,
    SubTargets,
    Unclear,
    UnitStatement,
    WholeStatement,
    ZeroHeld,
    _concrete,
    _pace_words,
    behind_cues,
    confidence,
    evaluate,
    ladder_step,
    needs_person,
    preparation_late,
    review,
    rules,
    status_word,
    works_late,
)

__all__ = ["for_parsing", "DATA", "SEVERITY", "_quick", "config", "pattern", "threshold", "words", "Case",
           "Fact", "Outcome", "Part", "_PLANNED_ITEMS_DONE", "_SURVEY_ONLY", "build_case", "task_parts",
           "_assign_facts", "_clause_stage", "by_pace", "case_expected_done", "clause_stage", "combine",
           "judge_clause", "judge_indicator", "Cancelled", "ConcreteWork", "CoverageByCount",
           "FoundAndFixed", "NotStarted", "OwnWorkload", "PaceStatement", "PlannedAmount", "RULE_CLASSES",
           "RankHeld", "RateWithoutFigure", "RatioCap", "RuleObject", "StageAgainstDeadline", "StatedRate",
           "StatusRule", "SubTargets", "Unclear", "UnitStatement", "WholeStatement", "ZeroHeld", "_TENTHS",
           "_WHOLE_SCOPE_DONE_AFTER", "_WORKS_LADDER", "_concrete", "_pace_words", "behind_cues",
           "confidence", "evaluate", "ladder_step", "needs_person", "preparation_late", "review", "rules",
           "status_word", "works_late", "DoneReadAsLag", "DoneShortOfFigure", "DoneUnplaced",
           "DoneWithMoreToDo", "FLAG_CLASSES", "FiguresUnused", "FlagCheck", "Implausible",
           "InterimTarget", "LateForecast", "PaceOnPreparation", "PartNamedUnread", "PastDeadline",
           "RULE_FLAGS", "RestHoldsPace", "SeveralFigures", "ShareOfWhat", "StatementScope",
           "UnitMismatch", "flag_checks", "ForecastNotDone", "GUARD_CLASSES", "Guard", "InterimMissed",
           "IssuePending", "NotYetInPlace", "RestStillToCome", "WorksForecast", "guards",
           "intention_clause"]
