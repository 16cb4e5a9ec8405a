"""Judgement (研判): a status for each progress row, with its evidence.

Implements docs/status-rules.md.  The inputs are a parsed progress row
(progress.ProgressRow) and, where known, the task it reports on
(judgement.Task, whose indicators are the targets).  Nothing here guesses:
where the text does not support a verdict the status is ``unclear``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from . import vocab
from .judgement import STATUS_LABELS, Assessment, Evidence, Indicator, ProgressFact, ProgressRow, Task
from .text import bigrams, normalise

# Points around 序时进度 (expected pace); see docs/status-rules.md.
AHEAD_MARGIN = 10.0
BEHIND_MARGIN = 10.0
SERIOUS_MARGIN = 30.0
# By the end of the first half (30 June ≈ 49.7%) a build task should be past preparation.
HALF_YEAR = 49.0

# Concrete work reported in the past or present tense: enough for a task whose target is not a number.
_ACTION = vocab.pattern("status.action")
_YEAR_END = vocab.pattern("deadline.year_end")
_MUST_DELIVER = vocab.pattern("status.must_deliver")
_STARTING = vocab.pattern("milestone.start")


# --- expected pace ------------------------------------------------------------

def deadline_date(deadline: str, year: int) -> date | None:
    """年底 / 年内 → 31 Dec; 6月底 / 6月份 / 六月底 → end of that month."""
    if not deadline:
        return None
    if _YEAR_END.search(deadline):
        return date(year, 12, 31)
    m = re.search(r"(\d{1,2}|[一二三四五六七八九十]{1,2})月", deadline)
    if m:
        raw = m.group(1)
        month = int(raw) if raw.isdigit() else "一二三四五六七八九十".index(raw[-1]) + 1 + (10 if len(raw) == 2 else 0)
        if 1 <= month <= 12:
            return date(year, month, calendar.monthrange(year, month)[1])
    return None


# The web layer's old name for deadline_date; it moves to api.deadline_date (web-house), then this goes.
_deadline_date = deadline_date


def expected_pct(as_of: date, deadline: date | None = None) -> float:
    """序时进度: the share of the way from 1 January to the deadline (default 31 December)."""
    start = date(as_of.year, 1, 1)
    end = deadline or date(as_of.year, 12, 31)
    if as_of >= end:
        return 100.0
    total = (end - start).days + 1
    return round(100.0 * ((as_of - start).days + 1) / total, 1)


# --- comparing figures -------------------------------------------------------

def _base_unit(unit: str, scale: str) -> tuple[str, float]:
    """(unit without its 万/亿 prefix, synonyms merged, multiplier): 万平方米 → (平方米, 1e4)."""
    return vocab.comparable_unit(unit, scale)


def _metric_similarity(a: str, b: str) -> float:
    """How alike two metric phrases are: containment 1.0, else bigram overlap (digits ignored)."""
    a, b = re.sub(r"\d+", "", normalise(a)), re.sub(r"\d+", "", normalise(b))
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    x, y = bigrams(a) or {a}, bigrams(b) or {b}
    return len(x & y) / max(1, min(len(x), len(y)))


# A figure in a clause about work still pending counts as nothing done:
# "10座老旧垃圾房提升改造准备发布招投标公告", "10家照料中心正在加紧施工".
_PENDING = vocab.pattern("status.pending")
_BUILDING = vocab.pattern("status.building")
_CLAUSE_END = re.compile(r"[,，;；。!！?？:：]")


def _clause(text: str, span: tuple[int, int]) -> str:
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, span[0])), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(text, span[1])), len(text))
    return text[start:end]


def _done_facts(progress: str, facts: list[ProgressFact], target_metric: str) -> list[ProgressFact]:
    """Facts that report work done, not work pending (unless starting work is the target)."""
    starting = bool(_STARTING.search(target_metric))
    kept = []
    for fact in facts:
        clause = _clause(progress, fact.span) if progress else ""
        if _PENDING.search(clause) or (not starting and _BUILDING.search(clause)):
            continue
        kept.append(fact)
    return kept


def _answer(target: Indicator, facts: list[ProgressFact]) -> ProgressFact | None:
    """The reported fact of the same unit and metric as ``target``, if any."""
    t_unit, _ = _base_unit(target.unit, target.scale)
    best, best_score = None, 0.0
    for fact in facts:
        f_unit, _ = _base_unit(fact.unit, fact.scale)
        if f_unit != t_unit or not t_unit:
            continue
        score = _metric_similarity(target.metric, fact.metric)
        # A lone figure of the right unit answers a lone target even with a terse metric (已建成19个).
        if score < 0.34 and not (len(facts) == 1 and not fact.metric):
            continue
        score += 0.2 if fact.cumulative == target.cumulative else 0.0
        if score > best_score:
            best, best_score = fact, score
    return best


def _value(v: float | None, unit: str, scale: str) -> float | None:
    if v is None:
        return None
    return v * _base_unit(unit, scale)[1]


def _unit(item) -> str:
    """The unit as written: the scale only where the unit does not already carry it (亿元)."""
    return item.unit if item.unit.startswith(item.scale) else item.scale + item.unit


def _fmt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


# --- the verdict --------------------------------------------------------------

def _by_pace(completion: float, expected: float) -> str:
    if completion >= 100:
        return "completed"
    if completion >= expected + AHEAD_MARGIN:
        return "ahead"
    if completion >= expected - BEHIND_MARGIN:
        return "on_track"
    if completion >= expected - SERIOUS_MARGIN:
        return "behind"
    return "seriously_behind"


_PACE_WORDS = {
    "completed": "已完成目标", "ahead": "超过序时进度{e}%", "on_track": "与序时进度{e}%相当",
    "behind": "低于序时进度{e}%", "seriously_behind": "远低于序时进度{e}%",
}


def compare(target: Indicator, fact: ProgressFact, expected: float) -> tuple[str, float | None, str] | None:
    """(status, completion %, reason) of a reported figure against a target of the same unit,
    or None when the two cannot be compared (no value on either side, a zero target).

    A rate or level target (增长5%, 满意率95%) is held or not: on_track or behind
    (seriously_behind when a positive growth target meets a fall).  A ceiling
    (最多80天) is completed at or under it.  Otherwise the completion is the
    figure's share of the target, judged against 序时进度 ``expected``."""
    tv, fv = _value(target.value, target.unit, target.scale), _value(fact.value, fact.unit, fact.scale)
    if tv is None or fv is None:
        return None
    target_txt = f"目标{target.metric}{_fmt(target.value)}{_unit(target)}"
    fact_txt = f"{'累计' if fact.cumulative else ''}{_fmt(fact.value)}{_unit(fact)}"
    if target.kind in ("growth_rate", "decline_rate", "ratio") or vocab.is_rate(target.unit):
        better = fv >= tv if target.comparator != "<=" else fv <= tv
        if target.kind == "decline_rate":
            better = fv >= tv
        status = "on_track" if better else ("seriously_behind" if fv < 0 < tv else "behind")
        return status, None, f"{target_txt}，实际{fact_txt}，{'达到目标' if better else '未达目标'}"
    if target.comparator == "<=":
        status = "completed" if fv <= tv else "behind"
        return status, None, f"{target_txt}以内，实际{fact_txt}，{'达到' if fv <= tv else '未达到'}要求"
    if not tv:
        return None
    c = round(100.0 * fv / tv, 1)
    status = _by_pace(c, expected)
    return status, c, f"{target_txt}，{fact_txt}，完成率{_fmt(c)}%，" + _PACE_WORDS[status].format(e=_fmt(expected))


def _task_deadline(task: Task | None, as_of: date) -> date | None:
    if task is None:
        return None
    for m in task.milestones:
        d = deadline_date(m.deadline, as_of.year)
        if d:
            return d
    return None


def assess_row(prow: ProgressRow, task: Task | None, as_of: date, targets: list[Indicator] | None = None,
               task_id: str | None = None) -> Assessment:
    """Judge one progress row against its task's targets as of ``as_of``."""
    if targets is None:
        targets = list(task.indicators) if task else []
    deadline = _task_deadline(task, as_of)
    expected = expected_pct(as_of, deadline)
    evidence: list[Evidence] = []
    tid = task_id if task_id is not None else (task.id if task else None)

    def quote(span, source="progress"):
        if span and span[1] > span[0]:
            text = prow.progress if source == "progress" else (task.text if task else prow.task)
            evidence.append(Evidence(text[span[0]:span[1]], span[0], span[1], source))

    def verdict(status, completion, reason):
        return Assessment(prow.row, tid, status, completion, expected, evidence, reason)

    floors = [t for t in targets if not t.stretch] or targets

    # 1. A stated completion rate (完成率45%) is the department's own measure.
    if prow.stated_pct is not None:
        quote(prow.stated_pct_span)
        c = round(prow.stated_pct, 1)
        status = _by_pace(c, expected)
        return verdict(status, c, f"报告完成率{_fmt(c)}%，" + _PACE_WORDS[status].format(e=_fmt(expected)))

    # 2. A reported figure answering a target of the same metric and unit.
    for target in floors:
        fact = _answer(target, _done_facts(prow.progress, prow.facts, target.metric + target.text))
        if fact is None:
            continue
        judged = compare(target, fact, expected)
        if judged is None:
            continue
        quote(fact.span)
        quote(target.span, "task")
        return verdict(*judged)

    # 3. The stage the report describes.
    stage = prow.stage
    if stage:
        quote(prow.stage_span)
    if stage == "done":
        return verdict("completed", 100.0 if not floors else None, "报告任务已完成")
    if stage == "not_started":
        return verdict("not_started", 0.0, "报告尚未启动")
    if prow.neutral and not prow.facts:
        return verdict("unclear", None, "仅报告“正常推进”，无可核实的进展")
    numeric = [t for t in floors if t.kind not in ("zero", "deadline")]
    rates = [t for t in numeric if t.kind in ("growth_rate", "decline_rate", "ratio") or vocab.is_rate(t.unit)]
    if rates and len(rates) == len(numeric) and stage != "nearly_done":
        # An outcome rate is not shown by activity: only a figure can answer it.
        return verdict("unclear", None, f"目标为{rates[0].text or rates[0].metric}，报告中无可比数据")
    if numeric and not stage:
        return verdict("unclear", None, f"目标为{numeric[0].text or numeric[0].metric}，报告中无可比数据")
    if stage in ("underway", "nearly_done"):
        words = "主体基本完成" if stage == "nearly_done" else "正在实施"
        return verdict("on_track", None, f"报告{words}，无量化完成数据，按阶段判断达进度")
    if stage == "preparing":
        must_build = bool(task and _MUST_DELIVER.search(task.text or "")) or bool(_MUST_DELIVER.search(prow.task))
        if must_build and expected >= HALF_YEAR:
            return verdict("behind", None, f"任务要求年内建成或完成，过半时仍处前期准备阶段，低于序时进度{_fmt(expected)}%")
        return verdict("on_track", None, "报告处于前期准备阶段，任务无量化目标，按阶段判断达进度")
    m = _ACTION.search(prow.progress or "")
    if m and not numeric:
        quote((m.start(), min(len(prow.progress), m.start() + 30)))
        return verdict("on_track", None, "已报告具体工作进展，任务无量化目标，判断达进度")
    return verdict("unclear", None, "进展内容不足以判断")


def judge_figure(target: Indicator, value: float, as_of: date, *, unit: str | None = None, scale: str = "",
                 task: Task | None = None, deadline: date | None = None, task_id: str | None = None) -> Assessment:
    """Judge a number (a figure the statistics bureau locked: 6.1 for 地区生产总值增长6.1%) against one target.

    ``unit`` is the figure's unit as written (default: the target's); figures
    in another base unit are not compared (unclear).  The pace is the task's
    deadline (or ``deadline``), else the end of the year.  Evidence quotes the
    target in ``task.text`` when a task is given; the figure itself has no
    text to quote, so the caller shows where it came from."""
    unit = target.unit if unit is None else unit
    expected = expected_pct(as_of, deadline or _task_deadline(task, as_of))
    tid = task_id if task_id is not None else (task.id if task else None)
    evidence: list[Evidence] = []
    if task is not None and target.span[1] > target.span[0]:
        a, b = target.span
        evidence.append(Evidence(task.text[a:b], a, b, "task"))
    if _base_unit(target.unit, target.scale)[0] != _base_unit(unit, scale)[0]:
        return Assessment(0, tid, "unclear", None, expected, evidence,
                          f"数据单位“{scale + unit if not unit.startswith(scale) else unit}”与目标单位“{_unit(target)}”不同，无法比较")
    fact = ProgressFact(metric=target.metric, value=float(value), unit=unit, scale=scale,
                        text=f"{_fmt(float(value))}{unit}")
    judged = compare(target, fact, expected)
    if judged is None:
        return Assessment(0, tid, "unclear", None, expected, evidence, "目标无可比较的数值")
    status, completion, reason = judged
    return Assessment(0, tid, status, completion, expected, evidence, reason)


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)
