"""Data model of understanding and judging (理解与研判): targets, tasks,
progress facts and assessments.  Plain dataclasses; ``to_json`` gives the
CLI's JSON.  Spans are (start, end) character offsets into the text the item
was parsed from (a sentence, a table cell or a document — the owner says which).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

COMPARATORS = (">=", "<=", "=")
INDICATOR_KINDS = ("growth_rate", "decline_rate", "count", "amount", "ratio", "duration", "zero", "deadline",
                   "qualitative", "level", "rank")
STAGES = ("not_started", "preparing", "underway", "nearly_done", "done")
STATUSES = ("completed", "ahead", "on_track", "behind", "seriously_behind", "not_started", "unclear")

BASES = ("figures", "statement", "stage", "unit_statement", "none")
BASIS_LABELS = {"figures": "数据", "statement": "完成表述", "stage": "工作阶段", "unit_statement": "单位自述", "none": "无依据"}

# Why a verdict is flagged, as the office reads it (the web layer shows its own translated copy:
# luoshi/supervision/services/review.py FLAG_LABELS, which a test keeps to the same keys).
FLAG_LABELS = {
    "part_without_fact": "有分项未报告进展", "weak_match": "数据与目标名称仅部分对应", "conflict": "两种读法结论不同",
    "forecast": "含计划或预计表述（未计为完成）", "cancelled": "报告已取消或停办", "unit_statement": "单位自述，未经核实",
    "unclear": "无法判断", "figures_unanswered": "任务有量化目标，研判仅依据文字表述",
    "implausible": "完成率远超全年目标，可能为累计数或其他对象的数字",
    "done_unplaced": "报告有完成表述，无法判断是否为整项任务",
    "done_with_more": "判为完成，但报告仍有在建、待验收或计划事项",
    "statement_scope": "完成表述可能只覆盖部分分项",
    "several_figures": "有多个候选数字，取法不同结论不同",
    "late_forecast": "报告预计的完成或开工时间晚于进度要求",
    "figures_unused": "报告中的金额或比例未用于研判",
    "unit_mismatch": "报告数字的单位与目标不同",
    "share_of_what": "百分比可能是覆盖水平、时间或投资的比例，而非任务完成比例",
    "interim_target": "任务有全年与阶段两个目标，按哪个时点判断需确认",
    "past_deadline": "期限已过，判达进度须确认是已完成还是欠进度",
    "forecast_only": "报告仅有计划或预计表述，未计为完成",
    "estimate": "依据为已结束时段的预计数，不作完成，需确认",
    "done_read_as_lag": "报告称已完成，研判却为滞后或未启动",
    "pace_on_preparation": "过半时点仍处前期准备，按阶段判达进度需确认",
    "rest_holds_pace": "已完成部分低于序时进度，达进度依赖其余部分在建或待定，需确认",
    "part_named_unread": "报告提及某分项但未能读出其进展，需确认",
    "done_short_of_figure": "报告称已完成，但所报数据未达目标，需确认",
    "result_by_activity": "任务要求达成结果，报告仅有工作开展情况，是否已达成需确认",
    "stage_barely": "报告称仅完成或刚开始某一步骤，判达进度需确认",
    "lag_how_deep": "报告称滞后且有事项尚未开工或仅完成少量，是否严重滞后需确认",
    "lag_stated": "报告自述进度滞后或推迟，研判却为达进度或已完成，需确认",
}

STATUS_LABELS = {
    "completed": "已完成", "ahead": "超进度", "on_track": "达进度", "behind": "欠进度",
    "seriously_behind": "严重滞后", "not_started": "未启动", "unclear": "无法判断",
}


@dataclass
class Indicator:
    """A quantitative target (指标): 新增上云企业1900家, 增长5.5%以上, 最多90天, 零信访."""

    metric: str                 # the phrase naming what is measured, as written
    value: float | None         # the number as written (Chinese numerals converted); 0 for a zero target (零事故); None: no number
    unit: str                   # as written: %, 家, 人, 亿元, 个工作日 …
    scale: str = ""             # 万 / 亿 kept apart from the value (3.5万 → value 3.5, scale 万)
    comparator: str = ">="      # >=, <=, =
    kind: str = "count"         # one of INDICATOR_KINDS
    qualifier: str = ""         # 力争, 市下达指标, 确保 …
    cumulative: bool = False    # 累计 … (against 新增 …)
    stretch: bool = False       # the 力争 half of "X家，力争Y家"
    text: str = ""              # the indicator's text as written
    span: tuple[int, int] = (0, 0)
    value_high: float | None = None  # the high end of a range (下降2%—3%: value 2, value_high 3, comparator >=)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def bound(self) -> float | None:
        """The figure a result is held to: the high end of a ceiling range (控制在3%-3.5%, ``<=``:
        at most 3.5), else ``value`` (a floor range, 增长6%-7%, ``>=``: at least 6)."""
        return self.value_high if self.comparator == "<=" and self.value_high is not None else self.value

    def shown_value(self) -> str:
        """The value as shown and exported: 6, 6–7 for a range; "" without a value."""
        if self.value is None:
            return ""
        return f"{self.value:g}" + ("" if self.value_high is None else f"–{self.value_high:g}")


@dataclass
class Milestone:
    """A target with no number: 完成出让, 开工, 竣工验收, 纳入试点名单."""

    text: str
    stage: str = "done"         # the stage that meets it (see STAGES)
    deadline: str = ""          # 年底, 6月底 … as written
    span: tuple[int, int] = (0, 0)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Task:
    """A target task (目标任务) a department can be held to."""

    id: str
    source: dict[str, Any]      # {"file": name, "start": int, "end": int} (or "row": n for tables)
    text: str
    part: str = ""
    heading: str = ""
    name: str = ""              # a table row's 任务名称
    indicator_text: str = ""    # a table row's 指标要求
    lead: list[str] = field(default_factory=list)
    cooperating: list[str] = field(default_factory=list)
    target_class: str = ""      # A / B / C
    kind: str = "task"          # task | expected_target | livelihood
    indicators: list[Indicator] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    five_year: bool = False     # read from a work report's five-year part (今后五年, “十四五”时期): no task of the year's plan

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["indicators"] = [i.to_json() for i in self.indicators]
        d["milestones"] = [m.to_json() for m in self.milestones]
        return d


@dataclass
class ProgressFact:
    """A figure a department reports (进展数据): 完成安置938套, 累计新增342台."""

    metric: str
    value: float
    unit: str
    scale: str = ""
    cumulative: bool = False    # 累计 (to date) against for-the-period
    text: str = ""
    span: tuple[int, int] = (0, 0)
    # A rate written as a range (增长4.8%-5.2%): ``value`` is its lower end, ``value_high`` its upper end (None for a
    # single figure).  A floor is judged by the lower end, a cap or a lower-is-better level by the upper end
    # (bench/labels/status/README.md rule questions 32 and 35).
    value_high: float | None = None

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        if self.value_high is None:
            del out["value_high"]       # a single figure's JSON as before
        return out


@dataclass
class ProgressRow:
    """One row of a progress report with what was found in it."""

    row: int                    # 1-based row number in its table
    task: str
    units: str
    progress: str
    facts: list[ProgressFact] = field(default_factory=list)
    stated_pct: float | None = None           # 完成率45%
    stated_pct_span: tuple[int, int] | None = None
    stage: str | None = None                  # one of STAGES, or None when not stated
    stage_span: tuple[int, int] | None = None
    neutral: bool = False                     # 正常进行中 / 正常推进: says nothing measurable
    section: str = ""
    line: int | None = None
    deadline: str = ""                        # the table's 时间节点 / 完成时限 cell as written
    stated: str = ""                          # the unit's own word on its status (完成状态, 是否滞后) as written
    stated_lag: bool = False                  # that word says the work lags (滞后; 是 under 是否滞后)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["facts"] = [f.to_json() for f in self.facts]
        return d


@dataclass
class Evidence:
    """A quoted span that decided a verdict."""

    text: str
    start: int
    end: int
    source: str = "progress"    # progress | task

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SubTarget:
    """One measurable part of a task (分项目标) judged on its own: an indicator or a result clause."""

    target: str                         # the part as the task states it
    reported: str | None                # the progress text that answers it, None when nothing does
    status: str | None                  # one of STATUSES; None when unanswered
    completion_pct: float | None = None
    basis: str = "none"                 # one of BASES
    evidence: list[Evidence] = field(default_factory=list)
    # How the figure was compared, for the reason's words only (not exported): "level" a level or rate held or not
    # (保持在98%以上), "cap" a ceiling kept or not (控制在…以内), "rest_idle" a coverage's count in the band with its rest
    # not under way (rules/judging.py), "" a share against 序时进度 or a stage.
    compared: str = ""

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("compared")
        d["evidence"] = [e.to_json() for e in self.evidence]
        return d


@dataclass
class Assessment:
    """A verdict on one progress row (研判结果).

    ``basis`` is the strongest kind of evidence behind it (BASES); ``confidence``
    0–1; ``needs_person`` when the reading is unsure or two readings conflict,
    ``flags`` saying why; ``sub_targets`` the parts of a multi-part task; ``rule``
    the name of the status rule that decided (luoshi/engine/rules/)."""

    row: int
    task_id: str | None
    status: str                         # one of STATUSES
    completion_pct: float | None
    expected_pct: float | None          # 序时进度
    evidence: list[Evidence]
    reason: str                         # one line of Chinese
    basis: str = "none"
    confidence: float = 0.0
    needs_person: bool = False
    flags: list[str] = field(default_factory=list)
    sub_targets: list[SubTarget] = field(default_factory=list)
    rule: str = ""

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["evidence"] = [e.to_json() for e in self.evidence]
        d["sub_targets"] = [s.to_json() for s in self.sub_targets]
        return d


# --- linking and verification (issue 4) ------------------------------------------------

CONFIDENCES = ("sure", "check", "none")
VERDICTS = ("met", "exceeded", "not_met", "unclear")

VERDICT_LABELS = {"met": "完成", "exceeded": "超额完成", "not_met": "未完成", "unclear": "无法判断"}

OUTCOMES = ("achieved", "not_met", "not_reported", "unclear")
OUTCOME_LABELS = {"achieved": "已完成", "not_met": "未完成", "not_reported": "未报告", "unclear": "无法判断"}


@dataclass
class Candidate:
    """A task a progress row may report on, with its similarity score."""

    task_id: str
    task_text: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Link:
    """A progress row linked to the task it reports on (关联).

    ``confidence``: sure (a quote, or a clear best), check (a person confirms),
    none (no task: ``task_id`` is None).  ``task_ids`` lists every task the row
    covers when it quotes several (the first is ``task_id``); ``candidates``
    the next best tasks.  ``method``: key, quote, similar (+several) or none."""

    row: int
    row_text: str
    task_id: str | None
    task_text: str
    score: float
    confidence: str                     # one of CONFIDENCES
    candidates: list[Candidate] = field(default_factory=list)
    task_ids: list[str] = field(default_factory=list)
    method: str = ""

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["candidates"] = [c.to_json() for c in self.candidates]
        return d


@dataclass
class Verdict:
    """Whether a quantitative target of year N was met, by the figure the year N+1
    report's review gives for the same metric (目标核验).

    ``target``: {value, unit, comparator, text}; ``actual``: {value, unit, scale,
    text, start, end} (offsets into the report) or None; ``verdict`` one of VERDICTS."""

    task_id: str
    metric: str
    target: dict[str, Any]
    actual: dict[str, Any] | None
    verdict: str
    evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""
    # The verdict in the terms of a target → result check (OUTCOMES): achieved (met or exceeded),
    # not_met, not_reported (the review gives no figure for it) or unclear (a figure or mention that
    # does not settle it).
    outcome: str = ""
    estimate: bool = False              # the figure is the year's estimate (预计)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["evidence"] = [e.to_json() for e in self.evidence]
        return d


@dataclass
class Claim:
    """A figure the review part of a report states (成绩): 一般公共预算收入增长5.6%.
    ``start``/``end`` are offsets of the figure into the report."""

    metric: str
    value: float
    unit: str
    text: str
    start: int
    end: int
    kind: str = "count"                 # growth_rate, decline_rate, ratio, count, amount, duration
    sentence: str = ""                  # the review sentence that states it
    sentence_start: int = 0             # its offsets into the report
    sentence_end: int = 0
    context: str = ""                   # the clause before, when the metric alone is terse (土地面积)
    estimate: bool = False              # 预计: the year's estimate, not the final figure
    same_basis: bool = False            # 同口径 / 可比: on a comparable basis
    positive: bool = False              # 实现正增长: a growth above zero, no figure (value 0)
    year_uncertain: bool = False        # in a review of five years, nothing says it is the year's figure
    several_years: bool = False         # a plan-end review's five-year cumulative or average figure (累计, 年均)
    part_year: bool = False             # 上半年, 前三季度, 1—11月: a figure of part of the year
    short_part: bool = False            # 一季度, 上半年, 12月份: a part of the year too short to settle anything
    current_prices: bool = False        # 现价增长: a growth at current prices, not the real growth
    part_of_area: bool = False          # a part of the area's (经济开发区…): answers no target, quoted where none does
    value_high: float | None = None     # a range's upper end (增长4.8%-5.2%: value 4.8, value_high 5.2), else None

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        if self.value_high is None:
            del out["value_high"]       # a single figure's JSON as before
        return out
