"""Needs a person: the flag checks (``FlagCheck``, judging.toml ``[[flags]]``) by name (``FLAG_CLASSES``), the
configured ones in order (``flag_checks``), and the flags a rule sets itself (``RULE_FLAGS``).  After a rule has
decided, each check reads the row again another way and raises its flag when that reading disagrees with the
verdict or cannot be told apart from a wrong one; the checks are defined in ``flags_stages`` and
``flags_figures``, what they share in ``flag_check``.
"""

from __future__ import annotations

from functools import cache

from .base import config
from .flag_check import FlagCheck
from .flags_figures import (
    DoneShortOfFigure,
    FiguresUnused,
    Implausible,
    PartNamedUnread,
    RestHoldsPace,
    SeveralFigures,
    ShareOfWhat,
    UnitMismatch,
)
from .flags_stages import (
    DoneReadAsLag,
    DoneUnplaced,
    DoneWithMoreToDo,
    InterimTarget,
    LagHowDeep,
    LagStated,
    LateForecast,
    PaceOnPreparation,
    PastDeadline,
    ResultByActivity,
    StageBarely,
    StatementScope,
)

# The flags a rule sets itself while judging (the rest come from confidence() and the flag checks).
RULE_FLAGS = frozenset({"part_without_fact", "weak_match", "conflict", "cancelled", "unit_statement"})


FLAG_CLASSES: dict[str, type[FlagCheck]] = {
    c.__name__: c for c in (DoneWithMoreToDo, DoneUnplaced, StatementScope, SeveralFigures, Implausible, FiguresUnused,
                            LateForecast, UnitMismatch, ShareOfWhat, InterimTarget, PastDeadline, DoneReadAsLag,
                            PaceOnPreparation, RestHoldsPace, PartNamedUnread, DoneShortOfFigure,
                            ResultByActivity, StageBarely, LagHowDeep, LagStated)
}


@cache
def flag_checks() -> tuple[FlagCheck, ...]:
    """The configured flag checks (judging.toml ``[[flags]]``); an unknown name raises KeyError."""
    return tuple(FLAG_CLASSES[spec["name"]](**{k: v for k, v in spec.items() if k != "name"})
                 for spec in config().get("flags", []))
