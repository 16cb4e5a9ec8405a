"""Verification (目标核验): year N's quantitative targets against the figures
the year N+1 work report's review (工作回顾) gives.

Targets are the indicators of the tasks a decomposition table or a work
report's plan part states (``tasks.tasks_from_document``).  Claims are the
figures in the sentences of the report's review part (sections of role
``review``), read with ``progress.parse_row`` — a review states achievements
as a progress report does — plus quoted durations (“最多90天”) read with
``indicators.parse``.  Rules (docs/linking.md):

* **Claim metric.**  The fact's metric and the words right after its unit
  (实施中大吴庄等11个高层住宅小区“二次供水”改造工程 → 实施中大吴庄等 +
  高层住宅小区二次供水改造工程).  A bare rate (…85亿元,增长5.6%) takes the
  metric of the figure before it in the same sentence part (一般公共预算收入).
  预计 (the year's estimate: 全年预计地区生产总值增长6%) counts as reported;
  a clause with 拟 (拟上市企业) reports no achievement.
* **Kind.**  A % after 增长/增幅/提高 is a growth rate, after 下降/减少/降低/压缩 a
  decline rate, otherwise a ratio; other units as in indicators.py.
* **Match.**  Same base unit (scale applied: 130亿元 against 140亿元, 件 and 起
  are both cases), same kind for percentages, and a metric similarity of at
  least ``MIN_SIMILARITY``: the mean of the shares of the target metric's
  characters and character bigrams found in the claim's metric (generic verbs
  完成/实现/新增/建成… and digits set aside).  The best claim wins; among equals
  the earliest, because a review opens with the district's headline figures
  before sector figures repeat the same metric (一般公共预算收入 of the district,
  then of 金融服务业).
* **Stage.**  A target to build or finish (建成/竣工/交付/完工) is not answered by
  a figure of work started (开工建设二期项目940套 against 建成蓝领公寓500套):
  unclear.
* **Verdict.**  ``>=`` targets: met when actual ≥ target, exceeded when actual
  beats the target by more than ``EXCEED_MARGIN`` (5%) of it (6% growth against
  5.5%; 1632件 against 1600件 is met), not_met below.  ``<=`` targets mirror it
  (at or under the ceiling is met; more than 5% under is exceeded).  ``=``
  (约) targets are met within 5% either way, exceeded above.  A zero target
  (零信访) or a target no claim answers is unclear.

Claims no target uses are returned as ``unanswered`` (成绩 that answer no target).

The public API is ``verify`` (two files), ``verify_documents`` and ``verify_tasks`` (``entry``); every other
name is imported from the module that defines it (``review``, ``review_tables``, ``claims``, ``years``,
``respective``, ``mentions``, ``naming``, ``patterns``, ``restated``, ``verdicts``, ``qualitative``, ``judge``,
``ranks``, ``figures``), as ``QUICK`` names its patterns.
"""

from __future__ import annotations

from .entry import verify, verify_documents, verify_tasks

# Patterns searched along a whole sentence or metric whose matches open with no fixed character (an optional
# group, a lookbehind, a run of trail words before $): re would try each in full at every character; with the
# characters a match can begin with checked first (vocab.quick) they find the same, several times faster.  Each
# is wrapped with vocab.quick where its module defines it; QUICK names them,
# each as module.name (tests/test_rules_quick.py, tests/test_verify_speed.py).
QUICK = ("patterns._TRAIL", "claims._CLAIM_TRAIL", "claims._TARGET_BEFORE", "restated._RESTATED_DONE", "naming._HEAD_TRAIL",
         "patterns._POSITIVE", "patterns._NEGATIVE", "qualitative._DONE_MANNER", "patterns._ONE_YEAR", "patterns._DOUBLE_DIGIT",
         "respective._RESPECTIVE_TRAIL")

__all__ = ["QUICK", "verify", "verify_documents", "verify_tasks"]
