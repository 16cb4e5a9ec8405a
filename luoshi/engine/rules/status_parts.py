"""The status rules that judge a task part by part: ``SubTargets`` (every measurable part against the facts
that answer it, an interim target of a measure due at its own date, a zero target beside measures; the worst part
decides), ``FoundAndFixed`` (what a survey found and how much of it is put right) and ``ZeroHeld`` (a zero target
held or broken).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from .. import vocab
from ..judgement import Evidence, SubTarget
from ..progress import stated_shares
from ..text import for_parsing
from .assigning import _FOUND_FIXED, _assign
from .base import (
    _CLAUSE,
    _COMPLETION_IN_USE,
    _COVERAGE_GOAL,
    _DIGIT,
    _EVERY_DONE,
    _FIGURE_WITHIN_LEAD,
    _GENERIC,
    _INTENTION_PLANNED,
    _PIECE,
    _REPORT_WORKS_QUANTITY_SHARE,
    _SENTENCE,
    _SENTENCE_MARK,
    _STAGE_WORK_STEP,
    PERIOD_END_MONTH,
    _fmt,
    _is_level,
    _quick,
    _target_value,
    by_pace,
    pattern,
    threshold,
    words,
)
from .case import Case, Fact, Outcome, Part, _head, _spans, _unit_of, quoting
from .clauses import _PROCESS_VERB, _REST_OPENS, _STRONG_UNDERWAY, clause_stage
from .judging import _WORKS_SHARE_TARGET, _content_bigrams, _held, combine, judge_indicator
from .judging_clauses import _rest_under_way, judge_clause
from .roles import _SURVEY_REMEDY
from .status import StatusRule, _level_words, _pace_words, _paced, shown_measure, status_word
from .status_measures import _rate_of_counts, _rest_all_under_way
from .works import _item_lagging, names_works_step, rest_at_step, works_late

# 已建成8个，剩余正在有序推进中: the unit's formula that the rest goes on as planned (words.toml report.rest_orderly).
_REST_ORDERLY = vocab.pattern("report.rest_orderly")
# 18个小区全部进场施工，完工5个: every item of the task said begun (words.toml status.all_items_begun), no plan in the
# clause: beside a count done, the rest is all under way (rule question 4, decided at stop 47: items under way hold the
# pace up to the deadline).
_ALL_BEGUN = vocab.pattern("status.all_items_begun")
_SAME_SUBJECT_NEXT = re.compile(f"\\s*(?:{vocab.alternation('report.same_subject_next')})")



_INTERIM_DATE = _quick(re.compile(r"(?<![\d.年])(\d{1,2})月(?:\d{1,2}日)?(?:底|末|份)?(?:之?前|内)"
                                  rf"|(?<!下)({vocab.alternation('time.mid_year_lead')}|第?[一二三]季度)(?:末|底)?(?:{vocab.alternation('time.before_mark')})?"
                                  # 1~6月份计划新开工项目150个: the months from January to the interim's own month
                                  r"|(?<![\d.])1\s*[-~～—至到]\s*(\d{1,2})月份?"),
                       digits=True)


def _interim_shared(case: Case, assigned: dict[int, list[Fact]]) -> tuple[dict[int, list[Fact]], dict[int, float]]:
    """A year's target and an interim one of the same measure (全年完成造林1.5万亩,一季度完成8000亩; 移交20处(6月底前
    10处)): the figures answering either answer both, and the interim one is due at its own date (序时进度 100%
    once it has passed, else linear to it)."""
    numeric = [(i, p) for i, p in enumerate(case.parts) if p.indicator is not None]
    due: dict[int, float] = {}
    if len(numeric) != 2 or case.as_of is None:
        return assigned, due
    (i, a), (j, b) = numeric
    if _unit_of(a.indicator) != _unit_of(b.indicator):
        return assigned, due
    dates = [_INTERIM_DATE.search(case.this_years_months(p.indicator.metric or "")) for p in (a, b)]
    if bool(dates[0]) == bool(dates[1]):
        return assigned, due
    k, year, m = (i, j, dates[0]) if dates[0] else (j, i, dates[1])
    if _target_value(case.parts[k].indicator) >= _target_value(case.parts[year].indicator):
        return assigned, due
    month = int(m.group(1) or m.group(3)) if m.group(1) or m.group(3) else PERIOD_END_MONTH.get(m.group(2), 12)
    if not 1 <= month <= 12:
        return assigned, due
    out = dict(assigned)
    if not out.get(k) and out.get(year):
        out[k] = list(out[year])
    elif not out.get(year) and out.get(k):
        out[year] = list(out[k])
    start = date(case.as_of.year, 1, 1)
    end = date(case.as_of.year, month, calendar.monthrange(case.as_of.year, month)[1])
    due[k] = 100.0 if case.as_of >= end else round(100.0 * ((case.as_of - start).days + 1) / ((end - start).days + 1), 1)
    return out, due


def _period_paces(case: Case, norm: str, assigned: dict[int, list[Fact]], due: dict[int, float]) -> dict[int, float]:
    """A part answered only by running figures of one period that ended before the report's date and before the task's
    deadline month (1-10月完成…, 截至10月底… in a report of 30 November: Case.period_month) is judged against the pace at
    that period's end (Case.period_pace), not the report's: statistics come a month late, and the unit is measured on
    what it could report (README rule question 51, the lead's decision, stop 65).  An interim target's own due pace
    stays (_interim_shared)."""
    if case.as_of is None:
        return due
    out = dict(due)
    for i, part in enumerate(case.parts):
        facts = assigned.get(i)
        if part.indicator is None or i in due or not facts or _is_level(part.indicator) \
                or part.indicator.comparator == "<=" or part.indicator.kind not in ("count", "amount"):
            continue        # (a rate, a level or a cap is held or not, never paced: no period's pace for it)
        months = {case.period_month(norm[f.sentence[0]:f.fact.span[0]]) for f in facts}
        month = months.pop() if len(months) == 1 else 0
        if month and case.month_ended(month) and month < case.due_month:
            out[i] = case.period_pace(month)
    return out


def _within_part(case: Case, i: int, assigned: dict[int, list[Fact]]) -> list[Fact] | None:
    """The facts of a part written as within part i (全年完成造林2万亩，其中春季造林1.5万亩: 其中 before the second, the
    same unit, a smaller target), when part i has none of its own: what is done of the part is done of the whole."""
    part = case.parts[i]
    if part.indicator is None or assigned.get(i):
        return None
    for j, other in enumerate(case.parts):
        if j == i or other.indicator is None or not assigned.get(j) or other.span[0] < part.span[1] \
                or not _FIGURE_WITHIN_LEAD.match(other.text) or _unit_of(other.indicator) != _unit_of(part.indicator) \
                or _target_value(other.indicator) >= _target_value(part.indicator):
            continue
        return [f for f in assigned[j] if f.role == "done"] or None
    return None


_ACCEPTED = vocab.pattern("completion.accepted_only")


def _awaiting_use(case: Case, norm: str, f: Fact) -> bool:
    """A count said done whose clause says only the works accepted (通过竣工验收: words.toml completion.accepted_only), no
    use, and a later clause of its sentence, no plan, a step between acceptance and use going on (正在进行软装配置,
    搬迁: judging.toml words.use_fitting, words.use_step)."""
    if f.role != "done" or pattern("use_target").search(f.words) or not _ACCEPTED.search(f.words):
        return False
    s, e = f.sentence
    return any(a >= f.clause[1] and not case.in_forecast(a) and clause_stage(norm[a:b]) != "done"
               and (pattern("use_fitting").search(norm, a, b) or pattern("use_step").search(norm, a, b))
               for a, b in _spans(_CLAUSE, norm[:e]) if a >= s)


def _works_late_in(case: Case, norm: str, clause: tuple[int, int]) -> bool:
    """The works of one clause (其余2个正在进行主体结构施工) short of the step the time gone asks for (works_late, the
    clause read alone).  A clause that names no step but the start (其余4个已全部开工, 均已开工) tells no step reached."""
    a, b = clause
    # 其余4个小区均已进场，正在进行外立面施工: a clause right after it in its sentence with no subject of its own
    # (words.toml report.same_subject_next: 正在…) tells the same items' step; the two are read together.
    nxt = next(((c, d) for c, d in _spans(_CLAUSE, norm) if c >= b and not _SENTENCE_MARK.search(norm[b:c])), None)
    if nxt and _SAME_SUBJECT_NEXT.match(norm, nxt[0]) and names_works_step(norm, nxt):
        b = nxt[1]
        clause = (a, b)
    if not names_works_step(norm, clause):
        return False
    return works_late(case, "。" * a + norm[a:b] + "。" * (len(norm) - b)) is not None


def _item_not_begun(case: Case, norm: str) -> bool:
    """An item named on its own (works._item_lagging) whose works have not begun (尚未开工: a clause not begun that
    names a start, judging.toml words.start_verb) — not one still designing, nor a check not yet held (暗访评估尚未开展)."""
    lagging = _item_lagging(case, norm)
    if lagging is None:
        return False
    end = next((b for a, b in _spans(_SENTENCE, norm) if a <= lagging[0] < b), lagging[1])
    # (the item's sentence: 实验学校改扩建项目因规划调整，正在办理规划变更手续，尚未开工)
    return any(clause_stage(norm[a:b]) == "not_started" and pattern("start_verb").search(norm[a:b])
               for a, b in _spans(_CLAUSE, norm) if lagging[0] <= a < end)

class FoundAndFixed(StatusRule):
    help_text = ("A task to survey and put right what the survey finds (排查整治, 排查整改: words.toml "
                 "[stage.survey_remedy]) with no number of its own, whose report gives what the survey found and then "
                 "how much of it is put right, in the same unit (发现安全隐患52处，已整改到位20处): the share put "
                 "right is the completion, compared with 序时进度 (over the pace on pace, not ahead: what a survey "
                 "found is no year's plan; under it with the rest all being put right, 其余…正在整治, on pace before the "
                 "deadline, rule question 4).  The survey said done (隐患排查已经结束) is the task's first step, not "
                 "the task.")

    def judge(self, case):
        if case.numeric or not _SURVEY_REMEDY.search(case.task_text):
            return None
        norm = for_parsing(case.progress)
        m = _FOUND_FIXED.search(norm)
        if not m or case.in_forecast(m.start()):
            return None
        whole, part = float(m.group("whole")), float(m.group("part"))
        if not 0 < part <= whole:
            return None
        c = round(100.0 * part / whole, 1)
        a, b = m.span()
        out = _paced(case, c, f"排查发现{m.group('whole')}{m.group('unit')}，已整治{m.group('part')}{m.group('unit')}",
                     [case.quote(a, b)])
        if out.status == "ahead":
            # what a survey found is no year's plan: a share of it put right over the pace is on pace, not a lead
            reason = out.reason.replace(_pace_words("ahead", case.expected), _pace_words("on_track", case.expected))
            out = Outcome("on_track", c, "figures", reason, out.evidence)
        elif out.status in ("behind", "seriously_behind") and case.expected < 100 and _rest_under_way(case):
            # 已整治31户，其余11户正在整治: the rest all being put right is on pace before the deadline (rule question 4)
            out = Outcome("on_track", c, "figures", f"排查发现{m.group('whole')}{m.group('unit')}，已整治{m.group('part')}"
                          f"{m.group('unit')}，其余正在整治，按阶段判断达进度", out.evidence)
        return out


def _items_named_moving(case: Case, norm: str, assigned: dict, moving: list) -> list[tuple[int, int]]:
    """2家已投用；某某镇卫生院正在进行内部装修 for 建成投用乡镇卫生院3家: the items left of a count named each on its own
    clause (no figure, no plan, the target's head noun in it: 卫生院) with its works going on — as many clauses as items
    left — are the rest under way, as 其余…正在施工 is (rule question 4)."""
    numeric = [(i, p) for i, p in enumerate(case.parts) if p.indicator is not None]
    if len(numeric) != 1 or vocab.unit_kind(numeric[0][1].indicator.unit) != "count":
        return []
    i, part = numeric[0]
    head = _head(part.indicator.metric or "")
    done = [f for f in assigned.get(i, []) if f.role == "done"]
    if not head or len(done) != 1:
        return []
    named = [(a, b) for a, b in _spans(_CLAUSE, norm) if (a, b) not in moving and head in norm[a:b]
             and not case.in_forecast(a) and not _DIGIT.search(norm, a, b)
             and clause_stage(norm[a:b]) in ("underway", "nearly_done")
             and (_STRONG_UNDERWAY.search(norm[a:b]) or _STAGE_WORK_STEP.search(norm[a:b]))
             and not _works_late_in(case, norm, (a, b))]
    left = (part.indicator.value or 0) - done[0].fact.value
    return named if named and left == len(named) else []


def _piece_stage(case: Case, norm: str, a: int, b: int) -> str | None:
    """One named item's stage over its piece: done only when every clause with a stage says done and none is a plan
    (滨河托育点装修已完成，正在进行环境检测，预计9月开园 is under way, not done); else the first stage short of done."""
    said = [(clause_stage(norm[a + s:a + e]), s) for s, e in _spans(_CLAUSE, norm[a:b])]
    staged = [(st, s) for st, s in said if st is not None and not case.in_forecast(a + s)]
    if not staged:
        return None
    short = next((st for st, _ in staged if st != "done"), None)
    if short is None and any(case.in_forecast(a + s) for _, s in said):
        return "underway"
    return short or "done"


def _items_named_by_stage(case: Case, norm: str, part, expected: float) -> SubTarget | None:
    """某某基地已于2月正式投入使用；某某基地仍处于可行性研究阶段 for 建成…基地2个: no figure answers the count, but the reply
    names its items one a piece (as many pieces as the count, each with the target's head noun, no figure of its own, a
    stage read from it): those said done are the count done, against the pace as a figure is; the rest all under way
    holds the pace before the deadline (README rule question 4).  None otherwise (statusa, stop 58)."""
    t = part.indicator
    n = t.value or 0
    head = _head(t.metric or "")
    if not head or vocab.unit_kind(t.unit) != "count" or not 2 <= n <= 6 or n != int(n) or _is_level(t):
        return None
    pieces = [(a, b) for a, b in _spans(_PIECE, norm) if norm[a:b].strip()]
    if len(pieces) != n or any(head not in norm[a:b] or case.in_forecast(a)
                               or any(a <= f.fact.span[0] < b for f in case.facts) for a, b in pieces):
        return _items_listed_by_clause(case, norm, part, n, head, expected)
    stages = [_piece_stage(case, norm, a, b) for a, b in pieces]
    if any(st is None for st in stages):
        return None
    done = sum(st == "done" for st in stages)
    if done == 0:
        return None          # nothing done: the stage rules read the items' steps
    c = round(100.0 * done / n, 1)
    status = "completed" if done == n else by_pace(c, expected)
    if status in ("behind", "seriously_behind") and expected < 100 \
            and all(st in ("done", "underway", "nearly_done") for st in stages):
        status = "on_track"
    ev = [case.quote(a, b) for a, b in pieces]
    return SubTarget(part.text, "；".join(case.progress[a:b] for a, b in pieces), status, c, "figures", ev)


def _items_listed_by_clause(case: Case, norm: str, part, n: float, head: str, expected: float) -> SubTarget | None:
    """已改造完成甲市场、乙市场、丙市场，丁市场已完成方案设计 for 改造4座农贸市场 (or 建成甲公园、乙公园、丙公园3个): no figure
    answers the count, but the reply names its items, several to a clause joined by 、 under the clause's one stage —
    every clause naming the target's head noun (市场) names only such items (each 、-piece holds the head, no figure, no
    plan; a date is no figure), and the items named are as many as the count.  Those said done are the count done, against the pace as a
    figure is; the rest all under way holds the pace before the deadline, and past mid-year an item still at preparation
    makes a count within the band behind — not one the done items alone carry over it (3 of 4 done at mid-year, the
    fourth designed: ahead) (README rule question 4; statusc, stop 61).  None otherwise."""
    items: list[tuple[int, int, str]] = []
    for a, b in _spans(_CLAUSE, norm):
        if head not in norm[a:b]:
            continue
        if case.in_forecast(a) or any(a <= f.fact.span[0] < b for f in case.facts):
            return None
        stage = clause_stage(norm[a:b])
        names = norm[a:b].split("、")
        if stage is None or any(head not in name for name in names):
            return None
        items += [(a, b, stage)] * len(names)
    if len(items) != n or len({(a, b) for a, b, _ in items}) < 2:
        return None
    done = sum(st == "done" for _, _, st in items)
    if done == 0:
        return None
    c = round(100.0 * done / n, 1)
    status = "completed" if done == n else by_pace(c, expected)
    if status in ("behind", "seriously_behind") and expected < 100 \
            and all(st in ("done", "underway", "nearly_done") for _, _, st in items):
        status = "on_track"
    if status == "on_track" and expected >= threshold("half_year") \
            and any(st in ("preparing", "not_started") for _, _, st in items):
        status = "behind"    # past mid-year an item named still at preparation makes the task behind (rule question 4)
    spans = sorted({(a, b) for a, b, _ in items})
    ev = [case.quote(a, b) for a, b in spans]
    return SubTarget(part.text, "；".join(case.progress[a:b] for a, b in spans), status, c, "figures", ev)


# 完成…规划编制并启动一期改造: 并 joining a second result to the clause's first (words.toml result_verb after it).
_AND_THEN = re.compile(f"并(?=(?:{'|'.join(words('result_verb'))}))")


def _second_step_short(case: Case, part, sub: SubTarget) -> SubTarget | None:
    """A clause part of two steps joined by 并 (完成老城片区更新规划编制并启动一期改造) read done by a statement of its first
    step alone (更新规划已编制完成): the second step (启动一期改造), read on its own, short of done (一期改造尚未启动; 一期工程
    正在进行基础施工 for 建成一期工程) decides — the plan finished is not the whole clause (statusa, stop 58).  None
    otherwise."""
    if sub.status != "completed" or sub.basis != "statement" or not sub.evidence:
        return None
    m = next((m for m in _AND_THEN.finditer(part.text) if m.start() >= 2
              and pattern("result_verb").search(part.text, 0, m.start())), None)
    if m is None:
        return None
    text = part.text[m.end():]
    second = Part(text, (part.span[0] + m.end(), part.span[1]),
                  required="underway" if pattern("start_verb").match(text) else "done")
    later = judge_clause(case, second)
    first = sub.evidence[0]
    if later.status in (None, "completed") or not later.evidence \
            or (later.evidence[0].start, later.evidence[0].end) == (first.start, first.end):
        return None
    return SubTarget(part.text, later.reported, later.status, later.completion_pct, later.basis,
                     [first] + later.evidence)


# A clause's edge before a stated share; the base of one works' own quantity right before a share (总工程量的).
_CLAUSE_EDGE = re.compile(r"[,;。，；:：!?！？\n]")


def _works_share_part(case: Case, norm: str, part, expected: float) -> SubTarget | None:
    """A part that is itself a share of one works (完成路基工程的70%: words.toml figure.works_share_target) answered by a
    stated share of that works' quantity (路基工程已完成总工程量的67%: report.works_quantity_share), the clause naming it
    (two word pairs of the part's metric): the way gone to it, 67 of 70, against the pace; None otherwise."""
    t = part.indicator
    if not (vocab.is_rate(t.unit) and t.comparator == ">=" and 0 < t.value < 100 and _WORKS_SHARE_TARGET.search(t.metric or "")):
        return None
    found = []
    for v, (s, e) in stated_shares(norm):
        a = max((m.end() for m in _CLAUSE_EDGE.finditer(norm, 0, s)), default=0)
        said = norm[a:e]
        if not case.in_forecast(s) and 0 < v <= 100 and _REPORT_WORKS_QUANTITY_SHARE.search(said) \
                and len(_content_bigrams(said) & _content_bigrams(t.metric or "")) >= 2:
            found.append((v, s, e))
    if len(found) != 1:
        return None
    v, s, e = found[0]
    c = round(100.0 * v / t.value, 1)
    return SubTarget(part.text, case.progress[s:e], by_pace(c, expected), c, "figures", [case.quote(s, e)])


# 第5轮巡查方案已制定，定于12月下旬开展: the last round of a count of rounds by its ordinal (words.toml report.round_ordinal_unit),
# then, in the same sentence, its own month (intention.clause_lead or 定, then 于 and the month) and the round held
# (intention.round_held).
_ROUND_ORDINAL = re.compile(rf"第(?P<n>\d{{1,2}})(?:{vocab.alternation('report.round_ordinal_unit')})")
_ROUND_DATED = re.compile(rf"(?:{vocab.alternation('intention.clause_lead')}|定)于?(?P<month>1[0-2]|[1-9])月份?"
                          rf"(?:{vocab.alternation('time.month_part')})?[^,;。，；\d]{{0,8}}?"
                          rf"(?:{vocab.alternation('intention.round_held')})")


def _last_rounds_dated(case: Case, norm: str) -> list[tuple[int, int]]:
    """For a task of one count of rounds (全年开展…5轮) with all but the last done (已完成4轮), the last round named by its
    ordinal (第5轮) in a sentence that dates
    it to a month after the report's and no later than the task's deadline (定于12月下旬开展): the round still to come is
    not yet due, its preparation on pace as an event's is (README rule question 6) — the span of that sentence, as a rest
    under way, or none."""
    counts = [t for t in case.numeric if vocab.unit_kind(t.unit) == "count" and t.value]
    if case.as_of is None or len(counts) != 1:
        return []
    n = int(counts[0].value)
    if not any(f.role == "done" and _unit_of(f.fact) == _unit_of(counts[0]) and f.fact.value == n - 1 for f in case.facts):
        return []       # (3 of 5 done, the fifth dated: the fourth is not accounted for)
    spans = []
    for a, b in _spans(_SENTENCE, norm):
        ordinal = _ROUND_ORDINAL.search(norm, a, b)
        dated = _ROUND_DATED.search(norm, a, b)
        if ordinal and dated and int(ordinal.group("n")) == n \
                and case.month_due_later(int(dated.group("month"))):
            spans.append((a, b))
    return spans


# 创建国家级…示范县, 争创省级…: a task to win a title (words.toml task.recognition_verb); 评审结果尚未公布, 待省级认定,
# 材料已上报: the title not yet granted (status.recognition_pending).
_RECOGNITION_TASK = re.compile(rf"(?:{vocab.alternation('task.recognition_lead')})?(?:{vocab.alternation('task.recognition_verb')})")
_RECOGNITION_PENDING = vocab.pattern("status.recognition_pending")


def _title_awaited(case: Case, norm: str) -> bool:
    """A task to win a title whose reply says the title not yet granted (已通过市级验收，待命名), not in a forecast."""
    return bool(_RECOGNITION_TASK.search(for_parsing(case.task_text))) and any(
        not case.in_forecast(m.start()) for m in _RECOGNITION_PENDING.finditer(norm))


# 营收亿元企业, 税收超千万元企业: a size class by a sum (a scale and 元, a number before it or none, words.toml
# comparator.over_before before it, figure.size_class_after after it) of the items after it (figure.size_class_item).
_SIZE_CLASS = re.compile(rf"(?:{vocab.alternation('comparator.over_before')})?(?:(?<![\d.])(?P<num>\d+(?:\.\d+)?))?"
                         rf"(?P<scale>{vocab.scale_alternation()})元(?:{vocab.alternation('figure.size_class_after')})?"
                         rf"(?:{vocab.alternation('figure.size_class_item')})$")


def _one_of_size_class(case: Case, part: Part, expected: float) -> SubTarget | None:
    """One item of a size class to reach (培育营收亿元企业1家) answered by one amount done in money and no other (某某科技
    1-9月实现营业收入7600万元; a forecast beside it is no figure): that amount's share of the class's sum, against the pace
    — the item is reached once its amount reaches the sum."""
    t = part.indicator
    cls = _SIZE_CLASS.search(for_parsing(t.metric or ""))
    if cls is None or t.value != 1:
        return None
    money = [f for f in case.facts if vocab.measured_unit(f.fact.unit, f.fact.scale)[0] == "元"]
    done = [f for f in money if f.role == "done" and not case.in_forecast(f.fact.span[0])]
    if len(done) != 1 or len(money) != len(done) + sum(case.in_forecast(f.fact.span[0]) for f in money):
        return None
    f = done[0]
    whole = float(cls.group("num") or 1) * vocab.scales()[cls.group("scale")]
    c = round(100.0 * f.fact.value * vocab.measured_unit(f.fact.unit, f.fact.scale)[1] / whole, 1)
    return SubTarget(part.text, f.fact.text, by_pace(c, expected), min(c, 100.0), "figures",
                     [Evidence(f.fact.text, *f.fact.span)])


class SubTargets(StatusRule):
    help_text = ("Every measurable part of the task (each indicator; each 开工/完工/建成/完成 clause) is judged on "
                 "its own against the facts that answer it (unit and noun matched, forecasts ignored, several "
                 "figures of one list summed, items under way counted as on pace, but past mid-year items begun short of the "
                 "target beside the rest only being prepared (其余…正在办理前期手续) are behind, and from measure_rest_late "
                 "a length, an area or an amount short of the pace is behind though the rest is under way (其余路段正在施工: "
                 "the figure is how far the work has come), unless the rest is at the last step of its works or at the "
                 "step the task itself asks for (年内主体完工: 其余厂房正在进行主体施工); a signed total holds the "
                 "landed ones (共签约13个，已落地5个); the items left named each in a clause of their own with their works "
                 "going on, as many clauses as items left, are the rest under way: 2家已投用；某某镇卫生院正在进行内部装修 for "
                 "3家); the worst part decides, "
                 "completed only when every part is, a part with no fact caps the task at on_track, completion "
                 "is the mean of the answered parts.  An event to hold beside measures (举办…) is a part: held "
                 "done, cancelled not begun, otherwise on pace until the year is over; a zero target beside measures "
                 "(实现…“零增长”, 零事故) is a part held or broken over the whole year, so it keeps the task from "
                 "completed before the year's end.  A hand-over for use reported done (已于8月底交付使用 for 新建教学楼等5栋，8月底前"
                 "交付使用) makes the one count before it, with no word of its own, done as well: what is handed over "
                 "was built.  A figure right after another across a 、 with no name of its own and another unit (改造老旧"
                 "小区5.1万个、840万户) counts the same things in another measure: a part named, and due at the step, as the "
                 "first (rules/task_parts.py _second_measure).  A measure per head of a population (每千人口…托位数达到4.5个: "
                 "words.toml level.per_population) is a ratio level as a rate is: short of it before the deadline is behind, "
                 "never a count along the year; a count of rounds with all but the last done, the last named by its ordinal and "
                 "dated by the reply to a month after its date and no later than the deadline (已完成4轮，第5轮…定于12月下旬开展: "
                 "_last_rounds_dated), holds the pace as a rest under way does — the round still to come is not yet due "
                 "(README rule question 6); one level shared by the rates a target lists (A率、B率均达到90%以上: rules/judging."
                 "_listed_rates) is held only when each listed rate reaches it, one short is behind; a year's target that is itself a share of the works (年内完成主体结构工程的70%: "
                 "figure.works_share_target) is built up as a rate of the way is (40% of 70% against the pace); a count with "
                 "none done past mid-year and more than half its items said not begun (4座桥梁中1座已开始施工，其余3座…未能开工) "
                 "is seriously behind (README rule question 4: the figure decides).  Running totals each opened by a "
                 "name of their own (甲水库累计完成投资1.5亿元) beside a figure of the period naming the target's measure "
                 "more fully (1-6月全县完成水利投资9.8亿元 for 完成水利投资20亿元) are the task's projects, the period's "
                 "figure the whole it counts; a count with no noun of its own (已完成3项，其余尚未启动) in another item "
                 "counter than the task's counts the task's items (words.toml progress.bare_count_verb).  A count the task "
                 "asks reached by a verb of level with no word of gain or work (设备达到1.3万台, 入驻企业达到300家: words.toml "
                 "level.reach before the figure, level.reach_stock_unit) answered by a running total (累计…) is a stock "
                 "(README rule question 10): short of it before the deadline on pace, never ahead, reached early only held "
                 "(rules/judging._reach_stock).  "
                 "A count no figure answers whose items the reply names one a piece (某某基地已投入使用；某某基地仍在可研 "
                 "for 建成…基地2个) is counted by the pieces said done; a part that is itself a share of one works beside "
                 "other measures (完成路基工程的70%) is answered by that works' stated share (路基工程已完成总工程量的67%) as "
                 "the way gone to it; a clause of two steps joined by 并 (完成…规划编制并启动一期改造) read done by a "
                 "statement of its first step alone is judged by its second step read on its own; a part's amount done then its "
                 "share of the whole (完成管网铺设8公里，占总量的60%: words.toml figure.share_of_whole_name) by that share; a "
                 "rate part no figure answers, by the rate the reply's counts give (收集诉求420个，已办结350个 for 诉求办结率"
                 "达到90%以上 beside 走访企业500家); a clause naming one phase (一期) answers no part naming another (二期), "
                 "and one phase done beside another under way is no whole of several phases done.  "
                 "A survey task's clause part (完成…普查工作) answered by a step of the survey said done is at that rung of its "
                 "ladder, not done (README rule question 57).  A part counting two items or more answered by a clause under "
                 "way, beside a later clause of its sentence opened by the other item or the rest (另一处…, 其余…) still "
                 "preparing or not begun past mid-year, is behind (README rule question 4).  A coverage's count "
                 "(实现…全覆盖（共52个）) in the band of the pace, its rest said not begun or only preparing (其余18个尚未动工, "
                 "其余…尚在选址), is behind before the deadline: a coverage is a share of the whole to reach (README rule "
                 "questions 22 and 10).  "
                 "Applies when at least one part is answered.")

    def judge(self, case):
        # Three earlier rules ask for this verdict too (StatedRate with a part's share set, WholeStatement,
        # PaceStatement): without a share it is read once per case.
        if case.shares is not None:
            return self._judge(case)
        if case.by_parts is None:
            case.by_parts = (self._judge(case),)
        return case.by_parts[0]

    def _judge(self, case):
        if not case.parts:
            return None
        assigned = _assign(case)
        norm = for_parsing(case.progress)
        sentences = _spans(_SENTENCE, norm)
        moving = [(a, b) for a, b in _spans(_CLAUSE, norm)
                  if _REST_OPENS.match(norm[a:b]) and not case.in_forecast(a)
                  and (clause_stage(norm[a:b]) in ("underway", "nearly_done")
                       and (_STRONG_UNDERWAY.search(norm[a:b]) or _own_verb_underway(norm[a:b], case.task_text)
                            or _STAGE_WORK_STEP.search(norm[a:b]))     # 其余…正在进行室内装修: a step of the works going on
                       # 剩余正在有序推进中, 其余正按计划推进: the unit's word that the rest goes on as planned
                       or clause_stage(norm[a:b]) in ("underway", "active") and _REST_ORDERLY.search(norm[a:b]))
                  and not any(a <= f.fact.span[0] < b for f in case.facts)
                  and not _works_late_in(case, norm, (a, b))]
        moving += [(a, b) for a, b in _spans(_CLAUSE, norm) if (a, b) not in moving and _ALL_BEGUN.search(norm[a:b])
                   and not _INTENTION_PLANNED.search(norm[a:b]) and not any(a <= f.fact.span[0] < b for f in case.facts)
                   and not _works_late_in(case, norm, (a, b))]
        moving += _items_named_moving(case, norm, assigned, moving)
        moving += [span for span in _last_rounds_dated(case, norm) if span not in moving]
        rest_moving = len([p for p in case.parts if p.indicator is not None]) == 1 and bool(moving)
        # (the rest at a named step of its works, 其余厂房正在进行主体施工, holds even a measure in the last quarter)
        at_step = frozenset(id(f.fact) for f in case.facts if f.role in ("underway", "started")
                            and rest_at_step(case, norm, f.clause)) | ({-1} if any(
                                rest_at_step(case, norm, m) for m in moving) else frozenset())
        # 已建成安置区3个，其余2个正在进行主体结构施工 at 30 November: items whose works have not reached the step the
        # time gone asks for (works_late, read on their clause alone, as for one project) hold no pace for the rest.
        late = frozenset(id(f.fact) for f in case.facts if f.role in ("underway", "started")
                         and _works_late_in(case, norm, f.clause))
        # 交付安置房800套，其余安置房正在进行室内装修 beside 开工安置房3200套: of several measures, the rest under way in
        # the sentence of a measure's figure is that measure's rest.
        # (a part of the sentence between semicolons: 25个老旧小区中…；“微更新”项目已完成4个，其余正在施工 is the second's)
        pieces = [(m.start(), m.end()) for m in _PIECE.finditer(norm)]
        moving_pieces = frozenset(next(((s, e) for s, e in pieces if s <= a < e), (a, b)) for a, b in moving)
        # 其余项目正在办理前期手续: the rest, with no figure of its own, is only being prepared.
        rest_preparing = frozenset(
            next((s, e) for s, e in sentences if s <= a < e) for a, b in _spans(_CLAUSE, norm)
            # (a plan for the rest whose step is itself preparation, 其余小区计划下半年完成设计, says the rest is no
            # further on than preparing)
            if _REST_OPENS.match(norm[a:b])
            and clause_stage(norm[a:b]) == "preparing" and not any(a <= f.fact.span[0] < b for f in case.facts))
        assigned, due = _interim_shared(case, assigned)
        due = _period_paces(case, norm, assigned, due)
        subs = []
        for i, part in enumerate(case.parts):
            if part.indicator is not None:
                taken = frozenset(id(f.fact) for j, fs in assigned.items() if j != i for f in fs)
                mine = assigned.get(i, [])
                if pattern("use_target").search(part.text):
                    # 一期300套已通过竣工验收，正在进行软装配置 for 建成投用…600套: accepted, a step before the use going on
                    # in its sentence — nearly done, under way, not counted done (rule question 21; statusa, stop 59).
                    mine = [Fact(f.fact, "underway", f.noun, f.clause, f.sentence, f.weak, f.words)
                            if _awaiting_use(case, norm, f) else f for f in mine]
                own_rest = rest_moving or bool(mine) and all(
                    any(s <= f.fact.span[0] < e for s, e in moving_pieces) for f in mine)
                sub = judge_indicator(part, mine, due.get(i, case.expected), case.facts, own_rest, taken, rest_preparing,
                                      late, at_step, case.task_text)
                within = _within_part(case, i, assigned)
                if sub.status is None and within is not None:
                    # 全年完成造林2万亩，其中春季造林1.5万亩 answered only by 春季造林已完成1.52万亩: the part done is done
                    # of the whole too — a floor, so it answers the whole only when that floor is on pace or better.
                    floor = judge_indicator(part, within, due.get(i, case.expected), case.facts, own_rest, taken,
                                            rest_preparing, late, at_step, case.task_text)
                    if floor.status in ("on_track", "ahead", "completed") and floor.basis == "figures":
                        sub = floor
                if sub.status == "on_track" and sub.basis == "stage" and len(case.parts) == 1 \
                        and part.required == "done" and case.expected >= threshold("half_year") \
                        and _item_not_begun(case, norm):
                    # 2所幼儿园正在主体施工 beside 实验学校改扩建项目尚未开工 for 新建、改扩建…5所: the count read only under
                    # way, past mid-year an item named on its own has not begun its works (as StageAgainstDeadline
                    # reads it when no figure answers).
                    sub.status = "behind"
                if sub.status == "ahead" and sub.basis == "figures" and _COVERAGE_GOAL.search(part.text) \
                        and mine and _rest_all_under_way(case, norm, max(f.fact.span[1] for f in mine if f.role == "done")
                                                         if any(f.role == "done" for f in mine) else 0):
                    # 完成…照明改造全覆盖（共150所） answered by 已完成104所，其余46所正在安装调试: a coverage counted
                    # by its whole in the task's own figure, the rest all at its works — on pace, not ahead by the share
                    # (rule questions 22, 38), as OwnWorkload reads the whole given in the reply (statusa, stop 59).
                    sub.status = "on_track"
                if sub.status is None and not mine:
                    # 某某基地已投入使用；某某基地仍在可研 for 建成…基地2个: the items named one a piece, the done counted.
                    sub = _items_named_by_stage(case, norm, part, due.get(i, case.expected)) or sub
                if sub.status is None and len(case.parts) == 1 and not mine:
                    # 培育营收亿元企业1家（某某科技） answered by 某某科技…实现营业收入7600万元: the one item's amount against
                    # its class's sum (76%), against the pace.
                    sub = _one_of_size_class(case, part, due.get(i, case.expected)) or sub
                if sub.status is None and len(case.parts) == 1 and part.indicator.value == 1 \
                        and not any(_unit_of(f.fact) == _unit_of(part.indicator) for f in case.facts) \
                        and not _is_level(part.indicator):
                    # 打造特色美食街区1条: 美食街区已于4月开街运营 — one item, its stage in words (a figure of another
                    # unit, 设12个班 beside 新建幼儿园1所, counts no such item).
                    stage_sub = judge_clause(case, part)
                    if stage_sub.status == "completed" and _title_awaited(case, norm):
                        # 已通过市级验收，待命名 for 创建…示范村1个: the review passed, the title still awaited — the
                        # creation under way before the deadline, short at it (README rule question 12).
                        stage_sub.status = "on_track" if due.get(i, case.expected) < 100 else "behind"
                    if stage_sub.status is not None:
                        sub = stage_sub
                if sub.status is None and not mine and len(case.parts) > 1 and _is_level(part.indicator):
                    # 走访企业500家，诉求办结率达到90%以上 answered by 收集诉求420个，已办结350个: the rate the counts give,
                    # as for a task of the rate alone (RateWithoutFigure; statuse, stop 60).
                    counted = _rate_of_counts(case, norm, part.indicator)
                    if counted:
                        c, (a, b) = counted
                        sub = SubTarget(part.text, case.progress[a:b], _held(due.get(i, case.expected))
                                        if c >= part.indicator.value else "behind", round(c, 1), "figures",
                                        [case.quote(a, b)])
                if sub.status is None and len(case.parts) > 1:
                    # 路基工程已完成总工程量的67% for 完成路基工程的70% beside 年度计划投资: a share of the part's own works
                    # answers a part that is itself a share of them, as the way gone to it (statusa, stop 58).
                    sub = _works_share_part(case, norm, part, due.get(i, case.expected)) or sub
                if sub.status is None and len(case.parts) > 1:
                    # No figure, but a clause naming the part's object tells its stage (口袋公园尚在选址).
                    stage_sub = judge_clause(case, part)
                    if stage_sub.status in ("behind", "not_started", "on_track") or (
                            stage_sub.status == "completed" and part.indicator.value == 1
                            and not _is_level(part.indicator)):
                        # 区级养老服务中心已于5月底建成投用 for 建成…中心1家 beside other measures: the one item
                        # done, as for a task of that one part.
                        sub = stage_sub
                subs.append(sub)
            else:
                sub = judge_clause(case, part)
                later = _second_step_short(case, part, sub)
                subs.append(later or sub)
            if case.shares and i in case.shares and subs[-1].basis not in ("figures", "statement"):
                subs[-1] = case.shares[i]   # the share stated for the part outweighs a stage read from words
        every = len(subs) > 1 and all(p.indicator is None for p in case.parts) and next(
            ((a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)
             and _EVERY_DONE.search(norm[a:b]) and clause_stage(norm[a:b]) == "done"), None)
        if every:
            # 三个项目均已竣工并投入使用 for 建成A、B、C: every object done, none named.
            a, b = every
            for sub in subs:
                if sub.status is None:
                    sub.status, sub.basis = "completed", "statement"
                    sub.reported, sub.evidence = case.progress[a:b], [case.quote(a, b)]
        handed = next((j for j, (p, sub) in enumerate(zip(case.parts, subs, strict=True)) if p.indicator is None
                       and sub.status == "completed" and _COMPLETION_IN_USE.search(p.text)), None)
        if handed is not None and sum(p.indicator is not None for p in case.parts[:handed]) == 1:
            # 新建教学楼等5栋，8月底前交付使用 answered by 已于8月底交付使用: what is handed over for use was built,
            # so the one count before the hand-over, with no word of its own, is done with it (of several
            # counts, 教学楼5栋、操场2个, the hand-over reported may be of one only).
            for p, sub in zip(case.parts[:handed], subs[:handed], strict=True):
                if sub.status is None and p.indicator is not None and not _COMPLETION_IN_USE.search(p.text):
                    sub.status, sub.basis = "completed", "statement"
                    sub.reported, sub.evidence = subs[handed].reported, list(subs[handed].evidence)
        if subs and case.expected < 100:
            # 完成…小区建设100个，实现生活垃圾“零增长”: a zero target beside measures is held or broken over the
            # whole year, so before its end it is no part done: on pace when held, behind once broken, and with
            # no word of it a part without a fact (either way the task is not completed yet).
            for t in case.targets:
                if t.kind == "zero" and not t.stretch and not any(p.span[0] <= t.span[0] < p.span[1] for p in case.parts):
                    subs.append(_zero_part(case, t.text if t.metric in t.text else f"{t.metric}{t.text}"))
            for q in _QUOTED_ZERO.finditer(case.task_text):
                # a quoted zero word (“零增长”) is read as a name by the indicators, but it is the target itself
                if not any(p.span[0] <= q.start() < p.span[1] for p in case.parts) and not any(
                        t.kind == "zero" and t.span[0] <= q.start() + 1 < t.span[1] for t in case.targets):
                    subs.append(_zero_part(case, q.group(1)))
        answered = [s for s in subs if s.status]
        if not answered:
            return None
        # A count answered only by stage words while figures of the task stay unanswered says little.
        if not any(s.basis in ("figures", "statement") for s in answered) and all(
                p.indicator is not None for p in case.parts) and len(answered) < len(subs):
            return None
        status, completion, flags = combine(subs, case.expected)
        if status == "not_started" and any(
                clause_stage(norm[a:b]) in ("preparing", "underway", "nearly_done", "done")
                for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)):
            # 方案初稿已完成,…尚未报区政府审定: the step not taken is not the task not begun.
            status = "behind" if case.expected >= threshold("half_year") else "on_track"
        if any(f.weak for fs in assigned.values() for f in fs):
            flags.append("weak_match")
        basis = next((b for b in ("figures", "statement", "stage") if any(s.basis == b for s in answered)), "none")
        evidence = [e for s in subs for e in s.evidence]
        if len(subs) == 1:
            s = subs[0]
            pct = f"，完成率{_fmt(s.completion_pct)}%" if s.completion_pct is not None else ""
            if s.compared:
                # 保持在98%以上 answered by 98.6%: the level held or not, never a share against 序时进度.
                said = _level_words(status, s.compared)
            else:
                # (a running figure of a period ended is paced at that period's end: its pace named — rule question 51)
                pace = due.get(0, case.expected) if len(case.parts) == 1 else case.expected
                said = _pace_words(status, pace) or status_word(status)
            reason = f"目标{shown_measure(s.target)}，报告{s.reported}{pct}，{said}"
        else:
            bits = [f"{shown_measure(s.target)}：{status_word(s.status) if s.status else '未报告'}" for s in subs]
            reason = f"{len(subs)}个分项（" + "；".join(bits) + f"），最差分项定为{status_word(status)}"
        if status in ("behind", "seriously_behind") and any(f.role in ("underway", "started") for f in case.facts) \
                and basis == "figures" and len(subs) == 1:
            flags.append("conflict")
        return Outcome(status, completion, basis, reason[:300], evidence, subs, flags)


# A report that none occurred (上半年未发生重大安全生产事故, 实现零发生) and one that some did (发生…2起).
_NONE_OCCURRED = _quick(re.compile(f"(?:{vocab.alternation('report.none_before')})(?:{vocab.alternation('report.occurred')})"
                            f"|{vocab.alternation('report.none_occurred')}"))


_OCCURRED = _quick(re.compile(r"(?<![未没无零不])发生[^,;。，；]{0,12}?\d+" f"(?:{vocab.alternation('report.incident_unit')})"
                              # 发生一起粉尘爆炸较大事故: the count in words right after 发生, the incident named after it
                              # (statusb, stop 64)
                              # (never after a word of none: 没有发生一起, 未发生一起 — "not a single one")
                              r"|(?<![未没无零不有])发生了?[一两二三四五六七八九十]" f"(?:{vocab.alternation('report.incident_unit')})"))


# 发现秸秆焚烧火点1个 for 秸秆露天焚烧火点“零发生”: a thing found with a count, not after a word of none.
_FOUND = _quick(re.compile(f"(?<![未没无零不])(?:{vocab.alternation('report.found_verb')})"
                           r"([^\d,;。，；]{2,12}?)\d+" f"(?:{vocab.alternation('report.found_unit')})"))


_GRADED_AIM = vocab.pattern("report.incident_grade_named")
_LOWEST_GRADE = vocab.pattern("report.incident_grade_lowest")


def _below_graded_aim(aim: str, norm: str, m: re.Match) -> bool:
    """The incidents of m said of the lowest grade (发生一般森林火灾2起) against an aim naming a grade (不发生重大森林火灾):
    below the aim's grade, no breach of it."""
    end = next((i for i in range(m.end(), len(norm)) if norm[i] in ",;。!?，；！？\n"), len(norm))
    return bool(_GRADED_AIM.search(aim)) and bool(_LOWEST_GRADE.search(norm, m.start(), end))


def _occurred(case: Case, norm: str, aim: str = "") -> re.Match | None:
    """Some of a zero target's thing occurred: 发生…2起, or the thing the task names found or turned up with a count
    (全年监测发现秸秆焚烧火点1个 for 秸秆露天焚烧火点“零发生”) — the found thing's last word (火点) must be one the task
    names, so hidden dangers found and fixed (排查发现安全隐患32处) do not break a zero-accident target — or, for a zero
    aim on unlawful acts (违法排污“零发生”), any thing found and handled as an offence in its sentence (发现企业超标排放
    1次，已依法立案查处: words.toml report.case_filed).  Incidents of the lowest grade are no breach of an aim naming a
    grade (_below_graded_aim)."""
    m = next((m for m in _OCCURRED.finditer(norm) if not _below_graded_aim(aim or case.task_text, norm, m)), None)
    if m is not None:
        return m
    task = _content_bigrams(case.task_text)
    unlawful = _UNLAWFUL_AIM.search(case.task_text)
    for f in _FOUND.finditer(norm):
        head = _content_bigrams(f.group(1)[-2:])
        if case.in_forecast(f.start()):
            continue
        if head and head <= task:
            return f
        # 发现企业超标排放1次，已依法立案查处 for 违法排污“零发生”: an offence under another name, handled as one
        end = next((i for i in range(f.end(), len(norm)) if norm[i] in "。;；!?！？\n"), len(norm))
        if unlawful and _CASE_FILED.search(norm, f.end(), end):
            return f
    return None


_UNLAWFUL_AIM = vocab.pattern("report.unlawful_aim")
_CASE_FILED = vocab.pattern("report.case_filed")


# A zero word in quotes in a task (实现生活垃圾“零增长”, “零事故”).
_QUOTED_ZERO = re.compile(r"[“\"](零[^”\"\s,;。，；、]{1,4})[”\"]")
_NOT_ZERO = tuple(vocab.words("zero.not_zero"))


_INCIDENCE_RATE = vocab.pattern("report.incidence_rate")


def _none_of_incidence(case: Case, norm: str) -> re.Match | None:
    """The task's targets all caps on a rate of incidents (受害率, 发病率 ≤ X) and the report saying none of the
    rate's thing occurred, in the clause naming it (未发生森林火灾 for 森林火灾受害率): the rate at zero, the cap held.
    None when the report counts some that occurred (发生…2起): the rate is then its figure's to say."""
    caps = case.numeric
    if not caps or _OCCURRED.search(norm) or not all(
            t.kind == "ratio" and t.comparator == "<=" and _INCIDENCE_RATE.search(t.metric or "") for t in caps):
        return None
    things = [_content_bigrams(_INCIDENCE_RATE.split(t.metric)[0]) for t in caps]
    for m in _NONE_OCCURRED.finditer(norm):
        if case.in_forecast(m.start()):
            continue
        end = next((i for i in range(m.end(), len(norm)) if norm[i] in ",;。!?，；！？\n"), len(norm))
        said = _content_bigrams(norm[m.end():end])
        if all(thing and thing & said for thing in things):
            return m
    return None


def _quoted_zero(case: Case) -> bool:
    """The task's only aim a zero word in quotes (重特大安全生产事故“零发生”, 实现“零事故”): the indicators read a quoted
    word as a name, but it is the target itself (not 零部件, 零售: words.toml zero.not_zero)."""
    return any(not q.group(1).startswith(_NOT_ZERO) for q in _QUOTED_ZERO.finditer(for_parsing(case.task_text)))


_DOING = re.compile(f"正在(?:{vocab.alternation('stage.doing_verb')})?" r"([\u4e00-\u9fff]{2})|([\u4e00-\u9fff]{2})中(?=[,;。，；]|$)")


def _own_verb_underway(clause: str, task_text: str) -> bool:
    """其余正在整治中 for 完成…排污口整治200个: the task's own work verb (not a process verb, not preparation)
    under way (正在…, …中) — the work itself going on, as 施工 is."""
    for m in _DOING.finditer(clause):
        verb = m.group(1) or m.group(2)
        if verb in task_text and not _PROCESS_VERB.search(verb) and not pattern("preparing").search(verb) \
                and (verb not in _GENERIC or verb in words("result_verb")) and verb != "完成":
            return True
    return False


def _zero_part(case: Case, target: str) -> SubTarget:
    sub = SubTarget(target=target, reported=None, status=None)
    norm = for_parsing(case.progress)
    bad = _occurred(case, norm, target)
    m = bad or _NONE_OCCURRED.search(norm)
    if m is not None and not case.in_forecast(m.start()):
        sub.status = "behind" if bad else _held(case.expected)
        sub.reported, sub.basis = case.progress[m.start():m.end()], "statement"
        sub.evidence = [Evidence(sub.reported, m.start(), m.end())]
    return sub


class ZeroHeld(StatusRule):
    help_text = ("A zero target (零发生, 不发生…风险; a quoted “零发生” when it is the task's only aim) answered by a report "
                 "that none occurred (未发生, 实现零…): held, on_track "
                 "until the year is over (completed after it), basis statement; a report that some occurred "
                 "(发生…2起) → behind.  So too a task whose only targets are caps on a rate of incidents (森林火灾受害率"
                 "控制在0.9‰以内: words.toml report.incidence_rate) answered by none of that thing having occurred "
                 "(今年以来未发生森林火灾): the rate is zero, the cap held; a count of some that occurred leaves the rate "
                 "to its figure.")

    def judge(self, case):
        norm = for_parsing(case.progress)
        if case.numeric or not (any(t.kind == "zero" for t in case.targets) or (not case.parts and _quoted_zero(case))):
            m = _none_of_incidence(case, norm)
            if m is None:
                return None
            status = _held(case.expected)
            return quoting(case, m.span(), status, "发生率上限：报告期内未发生，判" + status_word(status))
        bad = _occurred(case, norm)
        m = bad or _NONE_OCCURRED.search(norm)
        if m is None or case.in_forecast(m.start()):
            return None
        ev = [case.quote(*m.span())]
        if bad:
            return Outcome("behind", None, "statement", "零目标未守住：报告已发生", ev)
        status = _held(case.expected)
        return Outcome(status, None, "statement", "零目标：报告期内未发生，判" + status_word(status), ev)
