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
latest run is the result shown.  A scheme's rules are edited in a form until
its first run; once it has run they cannot change (a changed rule is a new
scheme, which the form can start from a copy), so every stored result is
explained by its scheme's config.  Every breakdown item names its source object.

Split by concern: ``config`` (the scheme's rules as data), ``scoring`` (verdicts,
scores, ranks, awards), ``exports`` (.xlsx, .docx).  Storing schemes, verdicts
and runs are actions (luoshi/supervision/actions/yearend.py).
"""

from __future__ import annotations

from .config import (
    ADVANCED,
    DEFAULT_CONFIG,
    GROUPS,
    MAX_CONFIG_CHARS,
    MOST_IMPROVED,
    SETTINGS,
    SHARE_KEYS,
    STATUSES,
    UNCLASSIFIED_CHOICES,
    WINNER,
    YearEndError,
    clean_scheme,
    config_from_values,
    default_config,
    form_values,
    parse_config,
    validate_config,
)
from .exports import EXPORT_HEADERS, detail_rows, docx, export_rows, xlsx
from .scoring import (
    NO_EVIDENCE,
    check_runnable,
    has_evidence,
    latest_run,
    previous_ranks,
    rank,
    results,
    score_unit,
    scoring_run,
    source_objects,
    targets_document,
    units,
    year_verdicts,
)

__all__ = ["ADVANCED", "DEFAULT_CONFIG", "MAX_CONFIG_CHARS", "MOST_IMPROVED", "SHARE_KEYS", "STATUSES", "WINNER",
           "YearEndError", "clean_scheme", "default_config", "parse_config", "validate_config", "GROUPS", "SETTINGS",
           "UNCLASSIFIED_CHOICES", "config_from_values", "form_values", "EXPORT_HEADERS",
           "detail_rows", "docx", "export_rows", "xlsx", "latest_run", "previous_ranks", "rank", "results",
           "NO_EVIDENCE", "check_runnable", "has_evidence", "score_unit", "scoring_run", "source_objects", "targets_document", "units", "year_verdicts"]
