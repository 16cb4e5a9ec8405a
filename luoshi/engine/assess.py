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

from . import linking
from .judgement import STATUS_LABELS, Assessment, Evidence, Indicator, ProgressFact, ProgressRow, Task

# Points around 序时进度 (expected pace); see docs/status-rules.md.
AHEAD_MARGIN = 10.0
BEHIND_MARGIN = 10.0
SERIOUS_MARGIN = 30.0
# By the end of the first half (30 June ≈ 49.7%) a build task should be past preparation.
HALF_YEAR = 49.0

_SCALE = {"": 1.0, "十": 10.0, "百": 100.0, "千": 1000.0, "万": 1e4, "十万": 1e5, "百万": 1e6,
          "千万": 1e7, "亿": 1e8}
# Concrete work reported in the past or present tense: enough for a task whose target is not a number.
_ACTION = re.compile(
    r"(已|完成|出台|印发|制定|召开|开展|举办|上线|建成|启动|推出|组织|签订|签约|实现|成立|发布|"
    r"编制|开通|落地|引进|新增|开工|建立|推进|落实|部署|通过)"
)


# --- expected pace ------------------------------------------------------------

def _deadline_date(deadline: str, year: int) -> date | None:
    """年底 / 年内 → 31 Dec; 6月底 / 6月份 / 六月底 → end of that month."""
    if not deadline:
        return None
    if re.search(r"年底|年内|全年|年末", deadline):
        return date(year, 12, 31)
    m = re.search(r"(\d{1,2}|[一二三四五六七八九十]{1,2})月", deadline)
    if m:
        raw = m.group(1)
        month = int(raw) if raw.isdigit() else "一二三四五六七八九十".index(raw[-1]) + 1 + (10 if len(raw) == 2 else 0)
        if 1 <= month <= 12:
            return date(year, month, calendar.monthrange(year, month)[1])
    return None


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
    """(unit without its 万/亿 prefix, multiplier): 万平方米 → (平方米, 1e4), 亿元 → (元, 1e8)."""
    mult = _SCALE.get(scale, 1.0)
    for prefix in ("百万", "千万", "十万", "万", "亿"):
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return unit[len(prefix):], mult * (_SCALE[prefix] if not scale else 1.0)
    return unit, mult


def _metric_similarity(a: str, b: str) -> float:
    """How alike two metric phrases are: containment 1.0, else bigram overlap (digits ignored)."""
    a, b = re.sub(r"\d+", "", linking.normalise(a)), re.sub(r"\d+", "", linking.normalise(b))
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    x, y = linking.bigrams(a) or {a}, linking.bigrams(b) or {b}
    return len(x & y) / max(1, min(len(x), len(y)))


# A figure in a clause about work still pending counts as nothing done:
# "10座老旧垃圾房提升改造准备发布招投标公告", "10家照料中心正在加紧施工".
_PENDING = re.compile(r"准备|拟|计划|将于|将在|设计|勘查|勘察|方案|正在|施工中|在建|推进中|招标|招投标|前期|筹备|待")
_BUILDING = re.compile(r"施工|进场")
_CLAUSE_END = re.compile(r"[,，;；。!！?？:：]")


def _clause(text: str, span: tuple[int, int]) -> str:
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, span[0])), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(text, span[1])), len(text))
    return text[start:end]


def _done_facts(progress: str, facts: list[ProgressFact], target_metric: str) -> list[ProgressFact]:
    """Facts that report work done, not work pending (unless starting work is the target)."""
    starting = bool(re.search(r"开工|施工|启动", target_metric))
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


def _task_deadline(task: Task | None, as_of: date) -> date | None:
    if task is None:
        return None
    for m in task.milestones:
        d = _deadline_date(m.deadline, as_of.year)
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

    # 1. A stated completion rate (完成率34.2%) is the department's own measure.
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
        quote(fact.span)
        quote(target.span, "task")
        tv, fv = _value(target.value, target.unit, target.scale), _value(fact.value, fact.unit, fact.scale)
        target_txt = f"目标{target.metric}{_fmt(target.value)}{_unit(target)}" if target.value is not None else "目标"
        fact_txt = f"{'累计' if fact.cumulative else ''}{_fmt(fact.value)}{_unit(fact)}"
        if target.kind in ("growth_rate", "decline_rate", "ratio") or target.unit == "%":
            # A rate or level target is held or not; there is no share of it to complete.
            if tv is None or fv is None:
                continue
            better = fv >= tv if target.comparator != "<=" else fv <= tv
            if target.kind == "decline_rate":
                better = fv >= tv
            status = "on_track" if better else ("seriously_behind" if fv < 0 < tv else "behind")
            words = "达到目标" if better else "未达目标"
            return verdict(status, None, f"{target_txt}，实际{fact_txt}，{words}")
        if target.comparator == "<=":
            if tv is None or fv is None:
                continue
            status = "completed" if fv <= tv else "behind"
            return verdict(status, None, f"{target_txt}以内，实际{fact_txt}，{'达到' if fv <= tv else '未达到'}要求")
        if not tv:
            continue
        c = round(100.0 * fv / tv, 1)
        status = _by_pace(c, expected)
        return verdict(status, c, f"{target_txt}，{fact_txt}，完成率{_fmt(c)}%，" + _PACE_WORDS[status].format(e=_fmt(expected)))

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
    rates = [t for t in numeric if t.kind in ("growth_rate", "decline_rate", "ratio") or t.unit == "%"]
    if rates and len(rates) == len(numeric) and stage != "nearly_done":
        # An outcome rate is not shown by activity: only a figure can answer it.
        return verdict("unclear", None, f"目标为{rates[0].text or rates[0].metric}，报告中无可比数据")
    if numeric and not stage:
        return verdict("unclear", None, f"目标为{numeric[0].text or numeric[0].metric}，报告中无可比数据")
    if stage in ("underway", "nearly_done"):
        words = "主体基本完成" if stage == "nearly_done" else "正在实施"
        return verdict("on_track", None, f"报告{words}，无量化完成数据，按阶段判断达进度")
    if stage == "preparing":
        must_build = bool(task and re.search(r"建成|完成|竣工|开工|投入使用|交付", task.text or "")) or bool(
            re.search(r"建成|完成|竣工|开工|投入使用|交付", prow.task))
        if must_build and expected >= HALF_YEAR:
            return verdict("behind", None, f"任务要求年内建成或完成，过半时仍处前期准备阶段，低于序时进度{_fmt(expected)}%")
        return verdict("on_track", None, "报告处于前期准备阶段，任务无量化目标，按阶段判断达进度")
    m = _ACTION.search(prow.progress or "")
    if m and not numeric:
        quote((m.start(), min(len(prow.progress), m.start() + 30)))
        return verdict("on_track", None, "已报告具体工作进展，任务无量化目标，判断达进度")
    return verdict("unclear", None, "进展内容不足以判断")


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)
