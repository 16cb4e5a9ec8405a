"""Judgement (研判): a status for each progress row, with its evidence.

Implements docs/status-rules.md through the ordered rule objects of rules/
(configured in data/judging.toml).  The inputs are a parsed progress row
(progress.ProgressRow) and, where known, the task it reports on
(judgement.Task, whose indicators are the targets).  Nothing here guesses:
where the text does not support a verdict the status is ``unclear``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from . import rules, vocab
from .indicators import ABOUT_POINTS, deadline_date, expected_pct, lower_is_better, month_plan_deadline
from .judgement import STATUS_LABELS, Assessment, Evidence, Indicator, ProgressFact, ProgressRow, Task
from .text import for_parsing

# --- expected pace ------------------------------------------------------------
# expected_pct (序时进度) lives in indicators, beside deadline_date, so that the rules share it without a cycle.

# The web layer's old name for deadline_date; it moves to api.deadline_date (web-house), then this goes.
_deadline_date = deadline_date


# --- comparing figures -------------------------------------------------------

def _base_unit(unit: str, scale: str) -> tuple[str, float]:
    """(unit without its 万/亿 prefix, synonyms merged, multiplier): 万平方米 → (平方米, 1e4)."""
    return vocab.comparable_unit(unit, scale)


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
    return rules.by_pace(completion, expected)


_PACE_WORDS = {
    "completed": "已完成目标", "ahead": "超过序时进度{e}%", "on_track": "与序时进度{e}%相当",
    "behind": "低于序时进度{e}%", "seriously_behind": "不足序时进度{e}%的一半",
}


def compare(target: Indicator, fact: ProgressFact, expected: float) -> tuple[str, float | None, str] | None:
    """(status, completion %, reason) of a reported figure against a target of the same unit,
    or None when the two cannot be compared (no value on either side, a zero target).

    A rate or level target (增长5%, 满意率95%) is held or not: on_track or behind
    (seriously_behind when a positive growth target meets a fall).  A ceiling
    (最多80天) is completed at or under it.  Otherwise the completion is the
    figure's share of the target, judged against 序时进度 ``expected``."""
    # a range is held to one end: at most the high end of a ceiling range, at least the low end otherwise
    tv, fv = _value(target.bound(), target.unit, target.scale), _value(fact.value, fact.unit, fact.scale)
    if tv is None or fv is None or target.kind == "zero":
        return None     # (a zero target's 0 is no quantity a figure's share is taken of: the statement rules read it)
    shown = _fmt(target.value) + ("" if target.value_high is None else f"–{_fmt(target.value_high)}")
    target_txt = f"目标{target.metric}{shown}{_unit(target)}"
    fact_txt = f"{'累计' if fact.cumulative else ''}{_fmt(fact.value)}{_unit(fact)}"
    if target.kind in ("growth_rate", "decline_rate", "ratio") or vocab.is_rate(target.unit):
        better = fv >= tv if target.comparator != "<=" else fv <= tv
        if target.kind == "decline_rate":
            better = fv >= tv
        elif target.comparator == "=" and lower_is_better(target):
            better = fv <= tv + ABOUT_POINTS      # 失业率5.5%左右: a ceiling by nature, within the hedge's half point
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


# A deadline the task states (6月底前完成…): the pace runs to it.  Several different ones in one
# task belong to different parts, so none is used for the whole task.
_TEXT_DEADLINE = vocab.quick(re.compile(r"(?<![\d.年])((?:\d{1,2}|[一二三四五六七八九十]{1,2})月)(?:底|末|份)?"
                                         f"(?:{vocab.alternation('time.before')})"),
                             digits=True)
# The same with the report's own year named before the month (完成时限：2026年8月底前, a project table's task cell):
# due at that month's end; a month of another year is left to _later_deadline or is no deadline of this year's pace.
_YEAR_MONTH_DEADLINE = vocab.quick(re.compile(r"(?<!\d)(20\d\d)年((?:\d{1,2}|[一二三四五六七八九十]{1,2})月)(?:底|末|份)?"
                                              f"(?:{vocab.alternation('time.before')})"), digits=True)


# A part of the year before a result verb (上半年完成…, 一季度实现…, 三季度末前建成…): due at its end.
_PERIOD_DEADLINE = vocab.quick(re.compile(rf"(?<!下)({vocab.alternation('time.mid_year_lead')}|第?[一二三]季度)(?:末|底)?"
                                           f"(?:{vocab.alternation('time.before_mark')})?"
                                           f"(?={vocab.alternation('time.period_result_verb')})"))
# A month with 份 right before a result verb (承诺4月份开复工40项): the work of that month, due at its end.
_MONTH_DEADLINE = vocab.quick(re.compile(r"(?<![\d.年])((?:\d{1,2}|[一二三四五六七八九十]{1,2})月)份"
                                          f"(?={vocab.alternation('time.period_result_verb')})"), digits=True)
# A bare month opening the task or one of its clauses before a result verb (5月举办全区艺术节, 6月召开全市大会): the
# event's month, due at its end.  Not a month inside a range (1-5月完成) nor one after a year or a day.
_OPENING_MONTH = vocab.quick(re.compile(r"(?<![^,;。，；:：\s])((?:\d{1,2}|[一二三四五六七八九十]{1,2})月)"
                                        f"(?={vocab.alternation('time.period_result_verb')})"), digits=True)
# A span of months from January, or the first half, heading its own plan (1—6月计划开工80项, 1-9月计划投资30亿元, a
# table's 1—6计划 with its 月 left out, 一至六月目标任务, 上半年计划投资): the period's plan, due at the span's last month.
_SPAN_PLAN = vocab.quick(re.compile(r"(?:(?<![\d.年])1\s*[-—–~～至到]\s*(1[0-2]|[2-9])月?"
                                     r"|(?<![一二三四五六七八九十])一至(十[一二]?|[二三四五六七八九])月)份?"
                                     f"(?=(?:{vocab.alternation('time.period_plan')}))"
                                     f"|({vocab.alternation('figure.metric_period')})"
                                     f"(?=(?:{vocab.alternation('time.period_plan')}))"), digits=True)
# The year's end named beside a dated part (全年引进3000人,上半年完成50%以上; 年度计划投资800万元,上半年完成平台
# 上线): the date is an interim target or one part's own, not the whole task's deadline.
# 年度目标：… is a heading of the year's list (time.year_heading), no deadline beside the task's own.
_WHOLE_YEAR = vocab.quick(re.compile(rf"{vocab.alternation('time.whole_year_named')}|(?<![上下前去])年度"
                                     rf"(?!(?:{vocab.alternation('time.year_heading')})[:：])"))
# A date in brackets (完成移交20处(6月底前10处)): an interim target, not the task's deadline.  One character in
# brackets is a word's alternative (开(复)工: 开工 or 复工), never a date: kept.
_BRACKETED = re.compile(r"[(（](?![^()（）][)）])[^()（）]*[)）]")
_PERIOD_END = {"上半年": "6月", "年中": "6月", "一季度": "3月", "二季度": "6月", "三季度": "9月"}


# A deadline named by a season, a school term or a holiday (汛期前, 秋季开学前, 国庆前): due at its month's end.
_SEASON_DEADLINE = {month: vocab.pattern(f"deadline.{key}")
                    for month, key in (("5月", "may_end"), ("8月", "august_end"), ("9月", "september_end"))}


# A year named right before a season's deadline (明年秋季开学前, 2021年汛期前): that year's, not this one's.
_NAMED_YEAR_BEFORE = re.compile(r"(?:明年|\d{4}年)$")


def _period_end(period: str) -> str:
    """The month a part of the year ends in (上半年 → 6月, 前三季度 / 第三季度 → 9月)."""
    return _PERIOD_END.get(period) or f"{3 * '一二三四'.index(period[-3]) + 3}月"


# An item's number and its point opening the task or a table's cell right before a month (8.6月底前举办…, 招商引资|
# 8.6月底前…): the item's text starts on its deadline, the number is no decimal's — blanked so the month is read.
_ITEM_BEFORE_MONTH = re.compile(r"(?:^|(?<=[|\s]))\d{1,2}\.(?=(?:1[0-2]|[1-9])月)")


# 【完成时限：3月底】, （完成时限：10月底）, 完成期限：2026年6月 after the task: a deadline column's label and its cell written
# into the task's text (words.toml task.deadline_label) — the task's own deadline, read as a table's column is
# (_column_deadline), bracketed or not, with or without 前.
_LABELLED_DEADLINE = vocab.quick(re.compile(rf"(?:{vocab.alternation('task.deadline_label')})\s*[:：]([^】)）\]\n,;。，；]{{1,16}})"))


# A day's date before 前 (11月1日前, 10月15日供暖季前, 9月1日开学前: a date, then at most a few words naming the event it
# opens, never a result verb or 前期): the task's own deadline is that day, the pace running to it (statusa, stop 62).
_DAY_DEADLINE = vocab.quick(re.compile(r"(?<![\d.年])(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})日"
                                       r"(?P<event>[^\d,;。，；、]{0,5}?)(?:之)?前(?!期)"), digits=True)
_RESULT_VERB = vocab.pattern("time.period_result_verb")


def _cn_number(raw: str) -> int:
    """12, 十二, 二十五 → the number."""
    if raw.isdigit():
        return int(raw)
    tens, _, units = raw.rpartition("十")
    if "十" not in raw:
        return "一二三四五六七八九".index(raw) + 1
    return (("一二三四五六七八九".index(tens) + 1) if tens else 1) * 10 + (("一二三四五六七八九".index(units) + 1) if units else 0)


def _day_deadlines(text: str, year: int) -> tuple[set[date], list[tuple[int, int]]]:
    """The days the task dates its deadline to (11月1日供暖季前完成…), in ``year``, and the spans naming them."""
    days, spans = set(), []
    for m in _DAY_DEADLINE.finditer(text):
        if _RESULT_VERB.search(m.group("event")):
            continue
        month, day = _cn_number(m.group(1)), _cn_number(m.group(2))
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            days.add(date(year, month, day))
            spans.append(m.span())
    return days, spans


def _text_deadline(text: str, as_of: date) -> date | None:
    labelled = {d for m in _LABELLED_DEADLINE.finditer(text) if (d := _column_deadline(m.group(1), as_of))}
    if len(labelled) == 1:
        return labelled.pop()
    text = for_parsing(text)
    text = _ITEM_BEFORE_MONTH.sub(lambda m: "，" * len(m.group(0)), text)
    text = _BRACKETED.sub(lambda m: "，" * len(m.group(0)), text)
    found = {m.group(1) for m in _TEXT_DEADLINE.finditer(text)} | {m.group(1) for m in _MONTH_DEADLINE.finditer(text)}
    found |= {m.group(2) for m in _YEAR_MONTH_DEADLINE.finditer(text) if int(m.group(1)) == as_of.year}
    found |= {m.group(1) for m in _OPENING_MONTH.finditer(text)}
    found |= {f"{m.group(1) or m.group(2)}月" if m.group(1) or m.group(2) else _period_end(m.group(3))
              for m in _SPAN_PLAN.finditer(text)}
    days, day_spans = _day_deadlines(text, as_of.year)
    # (9月1日秋季开学前: the season named after its day is that day's event, the day the deadline)
    found |= {month for month, rx in _SEASON_DEADLINE.items() for m in rx.finditer(text)
              if not _NAMED_YEAR_BEFORE.search(text, 0, m.start()) and not any(a <= m.start() < b for a, b in day_spans)}
    if found or _PERIOD_DEADLINE.search(text):
        found |= {"12月" for _ in _WHOLE_YEAR.finditer(text)}
    if days and not found and not _PERIOD_DEADLINE.search(text):
        found |= {"12月" for _ in _WHOLE_YEAR.finditer(text)}
    found |= {_PERIOD_END[m.group(1).lstrip("第")] for m in _PERIOD_DEADLINE.finditer(text)}
    dates = {deadline_date(month, as_of.year) for month in found} | days
    if len(dates) != 1:
        return None
    d = dates.pop()
    return d if d and d.year == as_of.year else None


# A deadline in a later year than the report's (明年底前, 明年6月底前, 到2021年底, 2021年6月前): the pace runs from
# 1 January of the report's year to it, not to this year's end.  Only a deadline's form counts (…前, 到/至…, 明年内),
# not a year named otherwise (为明年打基础).
_LATER_DEADLINE = vocab.quick(re.compile(
    r"(?P<lead>到|至|于)?(?:(?P<next>明年)|(?P<year>20\d\d)年)(?:(?P<month>1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})月(?:底|末|份)?"
    r"|(?P<end>年?底|年?末))?(?P<tail>(?:之)?前|内)?"))


# A part of the year right after a later year (明年上半年开工, 2027年一季度建成): due at that part's end in that year.
_LATER_PERIOD = vocab.quick(re.compile(rf"({vocab.alternation('time.mid_year_lead')}|第?[一二三]季度)"))


# A year named right before a result verb (2025年完成…建设, 2026年建成投用): the work is due by that year's end.
_YEAR_RESULT = vocab.quick(re.compile(rf"(?<!\d)(20\d\d)年(?:{vocab.alternation('time.period_result_verb')})"), digits=True)


def _later_deadline(text: str, as_of: date) -> date | None:
    """The deadline the task states in a later year than ``as_of``'s, or None.  A later year before a result verb
    (2025年完成…) is one too, unless the task names a result of ``as_of``'s own year beside it (2024年完成A,2025年全面
    完成: this year's step is the task's, the later year the whole's)."""
    years = {int(m.group(1)) for m in _YEAR_RESULT.finditer(text or "")}
    if years and as_of.year not in years and max(years) > as_of.year:
        return date(max(years), 12, 31)
    for m in _LATER_DEADLINE.finditer(text or ""):
        year = as_of.year + 1 if m.group("next") else int(m.group("year"))
        bare = not (m.group("month") or m.group("end") or m.group("tail"))
        season = next((month for month, rx in _SEASON_DEADLINE.items() if rx.match(text, m.end())), None) \
            if bare else None
        if season and year > as_of.year:
            return deadline_date(season, year)      # 明年秋季开学前: that season's month, next year
        period = _LATER_PERIOD.match(text, m.end()) if bare else None
        if period and year > as_of.year:
            return deadline_date(_period_end(period.group(1).lstrip("第")), year)   # 明年上半年开工: next year's June
        if year <= as_of.year or not (m.group("tail") or m.group("lead") and (m.group("month") or m.group("end"))):
            continue
        if m.group("tail") == "内" and (m.group("month") or m.group("end")):
            continue
        d = deadline_date(f"{m.group('month')}月" if m.group("month") else "年底", year)
        if d:
            return d
    return None


# A quarter's own target heading the figures it sets (第二季度 任务目标 …达到55%, 三季度目标：新增30家): due at that
# quarter's end — the figures after it are the quarter's, not the year's (a year's target before it keeps the year's end).
_QUARTER_TARGET = vocab.quick(re.compile(r"第?([一二三四])季度\s*(?:的)?\s*"
                                         rf"(?:{vocab.alternation('deadline.quarter_target')})\s*[:：]?"))
_QUARTER_END = {"一": 3, "二": 6, "三": 9, "四": 12}


def _quarter_target_deadline(text: str, targets: list[Indicator], as_of: date) -> date | None:
    """The end of the quarter whose own target heads every figure the task sets (第二季度 任务目标 村集体经济收入超过
    10万元的村达到55%), or None: one quarter named so, and no target figure before it."""
    found = list(_QUARTER_TARGET.finditer(text or ""))
    if len({m.group(1) for m in found}) != 1 or not targets:
        return None
    if any(t.span[0] < found[0].end() for t in targets):
        return None
    month = _QUARTER_END[found[0].group(1)]
    return date(as_of.year, month, calendar.monthrange(as_of.year, month)[1])


def _column_deadline(cell: str, as_of: date) -> date | None:
    """The deadline a table's 时间节点 / 完成时限 cell names (9月底, 2026年8月, 8月底前建成) in ``as_of``'s year; a cell
    naming another year, several months or none (全年, 长期) gives none."""
    if not cell:
        return None
    years = {int(y) for y in _CELL_YEAR.findall(cell)}
    if years - {as_of.year} or len(set(_CELL_MONTH.findall(for_parsing(cell)))) > 1:
        return None
    d = deadline_date(cell, as_of.year)
    return d if d and d.year == as_of.year else None


_CELL_YEAR = re.compile(r"(\d{4})\s*年")
_CELL_MONTH = re.compile(r"(?<![\d.])(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月")


def _task_deadline(task: Task | None, as_of: date) -> date | None:
    """The task's deadline: the last of its milestones' dates (6月底前完成方案，年底前建成 → 31 December), the date
    its completion is due; an earlier one is an interim milestone, compared at its own date (rules.InterimMissed)."""
    if task is None:
        return None
    dates = [d for m in task.milestones if (d := deadline_date(m.deadline, as_of.year))]
    return max(dates) if dates else None


def assess_row(prow: ProgressRow, task: Task | None, as_of: date, targets: list[Indicator] | None = None,
               task_id: str | None = None, task_text: str | None = None) -> Assessment:
    """Judge one progress row against its task's targets as of ``as_of``: the ordered status
    rules of luoshi/engine/rules/ (configured in data/judging.toml) decide; the verdict carries
    its basis, confidence, flags, sub-targets and the deciding rule.  ``task_text``: the task as
    the row states it, when it differs from ``task.text``."""
    if targets is None:
        targets = list(task.indicators) if task else []
    tid = task_id if task_id is not None else (task.id if task else None)
    text = task_text if task_text is not None else (task.text if task else prow.task)
    deadline = _later_deadline(text or "", as_of) or month_plan_deadline(text or "", as_of) \
        or _quarter_target_deadline(text or "", targets, as_of) or _task_deadline(task, as_of) or _text_deadline(text or "", as_of) or _column_deadline(prow.deadline, as_of)
    expected = expected_pct(as_of, deadline)
    case = rules.build_case(prow, text or "", targets, expected, as_of)
    case.deadline = deadline
    rule, out = rules.evaluate(case)
    conf, flags, needs = rules.review(out, case, rule.name)
    return Assessment(prow.row, tid, out.status, out.completion, expected, out.evidence, out.reason,
                      basis=out.basis, confidence=conf, needs_person=needs, flags=flags,
                      sub_targets=out.sub_targets, rule=rule.name)


def review_again(prow: ProgressRow, verdict: Assessment, as_of: date, targets: list[Indicator],
                 task_text: str | None = None) -> tuple[float, list[str], bool]:
    """(confidence, flags, needs a person) that today's flag checks give ``verdict``, a verdict on ``prow``
    that may come from an earlier engine (bench/status_first_runs.py): the row is read again, the rule's
    own flags are kept (rules.RULE_FLAGS), the rest are decided as assess_row decides them."""
    text = task_text if task_text is not None else prow.task
    expected = expected_pct(as_of, _later_deadline(text or "", as_of) or month_plan_deadline(text or "", as_of)
                            or _text_deadline(text or "", as_of))
    case = rules.build_case(prow, text or "", targets, expected)
    out = rules.Outcome(verdict.status, verdict.completion_pct, verdict.basis, verdict.reason, list(verdict.evidence),
                        list(verdict.sub_targets), [f for f in verdict.flags if f in rules.RULE_FLAGS])
    return rules.review(out, case, verdict.rule)


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
                          f"数据单位“{scale + unit if not unit.startswith(scale) else unit}”与目标单位“{_unit(target)}”不同，无法比较",
                          basis="none", confidence=float(rules.config()["confidence"]["none"]), needs_person=True,
                          flags=["unclear"], rule="judge_figure")
    fact = ProgressFact(metric=target.metric, value=float(value), unit=unit, scale=scale,
                        text=f"{_fmt(float(value))}{unit}")
    judged = compare(target, fact, expected)
    if judged is None:
        return Assessment(0, tid, "unclear", None, expected, evidence, "目标无可比较的数值", basis="none",
                          confidence=float(rules.config()["confidence"]["none"]), needs_person=True,
                          flags=["unclear"], rule="judge_figure")
    status, completion, reason = judged
    return Assessment(0, tid, status, completion, expected, evidence, reason, basis="figures",
                      confidence=float(rules.config()["confidence"]["figures"]), rule="judge_figure")


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)
