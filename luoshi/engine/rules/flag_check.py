"""What the flag checks share: ``FlagCheck``, a second reading of a judged row, and the row's clauses outside a
forecast with their stages (``_live_clauses``), read once per case for all the checks.
"""

from __future__ import annotations

from ..text import for_parsing
from .base import _CLAUSE, RuleObject
from .case import Case, Outcome, _spans
from .clauses import clause_stage

# --- needs a person: the flag checks ----------------------------------------------------------------
#
# After a rule has decided, each check reads the row again another way and raises its flag when that
# reading disagrees with the verdict or cannot be told apart from a wrong one.  A flag caps the
# confidence at its own share right (judging.toml [confidence_flag]); a flag of needs_person_flags sends
# the verdict to a person.  The checks see only the case (the row as read) and the outcome (status,
# completion, basis), so they can be applied to any verdict, also one an earlier engine gave
# (bench/status_first_runs.py).


class FlagCheck(RuleObject):
    """A second reading of a judged row: ``check(case, outcome)`` is True when the flag applies."""

    flag = ""

    def check(self, case: Case, outcome: Outcome) -> bool:   # pragma: no cover - every check overrides it
        raise NotImplementedError


def _live_clauses(case: Case) -> list[tuple[str, str | None]]:
    """(clause, its stage) of every clause outside a forecast, read once per case for all the checks."""
    if case.live is None:
        norm = for_parsing(case.progress)
        case.live = [(norm[a:b], clause_stage(norm[a:b])) for a, b in _spans(_CLAUSE, norm)
                     if norm[a:b].strip() and not case.in_forecast(a)]
    return case.live
