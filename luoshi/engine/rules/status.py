"""The status rules (研判规则), each a ``StatusRule`` whose ``judge(case)`` gives an ``Outcome`` or None
when it does not apply: a stated rate, the whole said done, cancelled, not started, a pace statement,
found and fixed, the parts one by one, the unit's own workload, a planned amount, zero held, a rank
held, the unit's statement, a rate without its figure, a ratio capped, coverage by count, the stage
against the deadline, concrete work, unclear.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache, lru_cache

from .. import vocab
from ..judgement import STATUS_LABELS, Evidence, SubTarget
from ..progress import stated_shares
from ..text import for_parsing
from .base import (
    _BARE_DONE,
    _CLAUSE,
    _CLAUSE_MARK,
    _COVERAGE_GOAL,
    _DIGIT,
    _EVERY_DONE,
    _GENERIC,
    _NON_WORD,
    _NON_WORD_OR_DIGIT,
    _NOT_CJK,
    _PACE_OF,
    _PIECE,
    _SENTENCE,
    _STATEMENT_FILL,
    RuleObject,
    _fmt,
    _is_level,
    _quick,
    _sim,
    _target_value,
    _value,
    by_pace,
    pattern,
    threshold,
    words,
)
from .case import (
    _SECTION_LABEL,
    _SECTION_NONE,
    _SURVEY_REMEDY,
    _THIS_YEAR,
    _TOTAL_LEAD,
    Case,
    Fact,
    Outcome,
    _spans,
    _survey_done,
    _unit_of,
)
from .clauses import (
    _AIM,
    _COUNT_NOT_BEGUN,
    _DONE_EVENT,
    _EVENT_TASK,
    _MUST,
    _PACE_MET,
    _PREP_OBJECT,
    _PROCESS_VERB,
    _REMAINING,
    _REST_NAMED,
    _REST_OPENS,
    _REST_OR_OTHER_OPENS,
    _STRONG_UNDERWAY,
    _THEN_MUST,
    _task_prep_after,
    clause_stage,
)
from .judging import (
    _COVERED_OF_WHOLE,
    _EVENT_DONE,
    _PROCESS_TASK,
    _WORK_STEP,
    _assign,
    _content_bigrams,
    _event_held_dated,
    _held,
    _opened_later,
    _rest_under_way,
    case_expected_done,
    combine,
    judge_clause,
    judge_indicator,
)
from .works import (
    _OWN_ITEMS,
    _PLAN_DRAFT,
    _PLAN_FINISHED,
    _READY_TO_BUILD,
    _SHARE_DONE,
    _claim_only,
    _item_lagging,
    _item_works_late,
    _measure_short,
    _one_project,
    _preparation_passed,
    _project_works_late,
    preparation_late,
    works_late,
)


class StatusRule(RuleObject):
    """A status rule: ``judge(case)`` gives an Outcome, or None when the rule does not apply."""

    def judge(self, case: Case) -> Outcome | None:   # pragma: no cover - every rule overrides it
        raise NotImplementedError


def _pace_words(status: str, expected: float) -> str:
    e = _fmt(expected)
    return {"completed": "已完成目标", "ahead": f"超过序时进度{e}%", "on_track": f"与序时进度{e}%相当",
            "behind": f"低于序时进度{e}%", "seriously_behind": f"不足序时进度{e}%的一半"}.get(status, "")


_FRACTION = re.compile(r"完成[^,;。，；\d]{0,10}?" f"(?:{vocab.alternation('task.whole_noun')})" r"(?:量)?的(一半|([二三四五六七八九十])分之([一二三四五六七八九]))")
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九十", 0)} | {"两": 2}
# Done over the target written as a fraction (12/20, 完成3/8), the denominator the task's own figure.
_RATIO = _quick(re.compile(r"(?<![\d./\-年月])(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)(?![\d./%年月日号])"), digits=True)
# 已完成年度任务的七成 / 已完成近九成 / 已完成两成 / 已完成过半: a share in tenths, or past half, written in words.
_TENTHS = re.compile(r"完成(?:[^,;。，；\d]{0,10}?" f"(?:{vocab.alternation('task.whole_noun')})" r"(?:量)?的)?"
                     f"(?:{vocab.alternation('figure.share_hedge')})?" r"(?:([一二三四五六七八九两])成(?![效果员立本品交])|过半)")


def _paced(case: Case, completion: float, what: str, evidence: list[Evidence]) -> Outcome:
    """A completion share of the task's own work against 序时进度, basis figures, the reason saying what it is."""
    status = by_pace(completion, case.expected)
    return Outcome(status, completion, "figures", f"{what}，{_pace_words(status, case.expected)}", evidence)


class StatedRate(StatusRule):
    help_text = ("The report states its own completion rate (完成率45%, 完成年度任务的60%): compared with "
                 "序时进度 (±band points on pace, under serious_share of the pace seriously behind).  On a task "
                 "of several measures, a rate stated in the sentence of one measure (its figure or its name) "
                 "while others are reported apart answers that measure alone: the parts are judged as "
                 "SubTargets judges them, the rate standing for its measure where no figure of it does.")

    def judge(self, case):
        r = case.row
        frac = _FRACTION.search(for_parsing(case.progress))
        if r.stated_pct is None and frac and not case.in_forecast(frac.start()):
            # 已完成全年任务的一半 / 三分之一: a share written in words.
            c = 50.0 if frac.group(1) == "一半" else round(100.0 * _CN_DIGIT.get(frac.group(3), 0) / max(
                1, _CN_DIGIT.get(frac.group(2), 1)), 1)
            a, b = frac.span()
            return _paced(case, c, f"报告完成{frac.group(1)}（{_fmt(c)}%）", [Evidence(case.progress[a:b], a, b)])
        if r.stated_pct is None and not case.numeric:
            for f in case.facts:
                m = f.fact
                share = _SHARE_DONE.search(for_parsing(case.progress)[f.clause[0]:m.span[0]])
                if vocab.is_rate(m.unit) and share and 0 < m.value <= 100 and f.role == "done" \
                        and not case.in_forecast(m.span[0]) and m.span[1] >= f.clause[1] - 1 \
                        and len(_content_bigrams(share.group(1)) & _content_bigrams(case.task_text)) >= 2:
                    # 累计完成管网改造35% for 完成全区农村供水管网改造: the share of the task's own work done.
                    c = round(m.value, 1)
                    return _paced(case, c, f"报告{m.metric}{_fmt(c)}%", [Evidence(m.text, *m.span)])
        ratio = next((m for m in _RATIO.finditer(for_parsing(case.progress)) if not case.in_forecast(m.start())
                      and 0 < float(m.group(1)) <= float(m.group(2))
                      and any(t.value == float(m.group(2)) for t in case.numeric)), None)
        if r.stated_pct is None and ratio:
            # 12/20, 完成3/8 for a target of 20, of 8: done over the target.
            c = round(100.0 * float(ratio.group(1)) / float(ratio.group(2)), 1)
            a, b = ratio.span()
            return _paced(case, c, f"报告完成{ratio.group(0)}（{_fmt(c)}%）", [Evidence(case.progress[a:b], a, b)])
        tenths = _TENTHS.search(for_parsing(case.progress))
        if r.stated_pct is None and tenths and not case.in_forecast(tenths.start()):
            c = 10.0 * _CN_DIGIT[tenths.group(1)] if tenths.group(1) else 50.0
            a, b = tenths.span()
            return _paced(case, c, f"报告{case.progress[a:b]}（约{_fmt(c)}%）", [Evidence(case.progress[a:b], a, b)])
        if r.stated_pct is None or (r.stated_pct_span and case.in_forecast(r.stated_pct_span[0])):
            return None
        c = round(r.stated_pct, 1)
        s, e = r.stated_pct_span or (0, 0)
        norm = for_parsing(case.progress)
        shares = [(v, sp) for v, sp in stated_shares(norm) if not case.in_forecast(sp[0])
                  and "其中" not in norm[max(0, sp[0] - 12):sp[0]]]
        if not case.numeric and len(shares) >= 2:
            # 湘湖三期…占年度计划的76%;白马湖二期…仅占年度计划的41%: several projects of a task with no number
            # of its own, each its share of its plan; the worst decides, as between parts.
            v, (s, e) = min(shares, key=lambda x: x[0])
            c = round(v, 1)
            return _paced(case, c, f"报告各项目完成率中最低为{_fmt(c)}%", [Evidence(case.progress[s:e], s, e)])
        return self._one_part(case, c, s, e) or _paced(case, c, f"报告完成率{_fmt(c)}%",
                                                         [Evidence(case.progress[s:e], s, e)])

    @staticmethod
    def _one_part(case: Case, c: float, s: int, e: int) -> Outcome | None:
        """A share stated in the sentence of one measure of a task of several, the others reported apart
        (合同利用外资0.52亿美元;实际利用内资16.3亿元，完成全年目标的54.3%; 河道治理已完成总工程量的60%;3座泵站中1座已完工…):
        the share answers that measure alone, and the parts are judged as SubTargets judges them, the share
        standing for its part where no figure of that part does."""
        if len(case.parts) < 2:
            return None
        norm = for_parsing(case.progress)
        a = max((m.end() for m in _SENTENCE_END.finditer(norm, 0, s)), default=0)
        b = next((m.start() for m in _SENTENCE_END.finditer(norm, e)), len(norm))
        assigned = _assign(case)
        inside = {i for i, fs in assigned.items() for f in fs if a <= f.fact.span[0] < b}
        if not inside:
            words = _content_bigrams(norm[a:s])
            inside = {i for i, p in enumerate(case.parts) if len(words & _content_bigrams(p.text)) >= 2}
        if len(inside) != 1 or not any(f.fact.span[0] < a or f.fact.span[0] >= b for f in case.facts):
            # 工程已铺设主管网60公里，占总工程量的65%，…受益人口1.8万人 for 完成…工程，受益人口5万人: in one sentence, the
            # share stands after the words of the one part no figure answers, and another part's figure stands beside.
            words = _content_bigrams(norm[a:e])
            bare = [j for j, p in enumerate(case.parts) if not assigned.get(j)]
            bare = bare if len(bare) == 1 and words & _content_bigrams(case.parts[bare[0]].text) else []
            if len(bare) != 1 or not any(assigned.get(j) for j in range(len(case.parts)) if j != bare[0]):
                return None
            inside = {bare[0]}
        i = inside.pop()
        case.shares = {i: SubTarget(case.parts[i].text, case.progress[s:e], by_pace(c, case.expected), c, "figures",
                                    [Evidence(case.progress[s:e], s, e)])}
        try:
            out = SubTargets().judge(case)
        finally:
            case.shares = None
        if out is None:
            return None
        bits = [f"{x.target}：{status_word(x.status) if x.status else '未报告'}" for x in out.sub_targets]
        reason = (f"报告完成率{_fmt(c)}%仅指其中一项；{len(out.sub_targets)}个分项（" + "；".join(bits)
                  + f"），最差分项定为{status_word(out.status)}")
        return Outcome(out.status, out.completion, out.basis, reason[:300], out.evidence, out.sub_targets,
                       out.flags)


# A sentence's end: a stated share belongs to the sentence it stands in.
_SENTENCE_END = re.compile(r"[;。；!！?？\n]")


_WHOLE_SCOPE_DONE = _quick(re.compile(f"(?<![未没])完成(?:了)?(?:{vocab.alternation('task.whole_year_lead')})?"
                                      r"[^,;。，；\d]{0,4}?(?:" + "|".join(words("whole_scope"))
                               + r")(?![的\d])"))

# The year's task named first, then said done, the clause ending there (年度目标任务已全部完成，…; 全年任务均已顺利完成。):
# the same statement as 完成全年任务 in the other order; not 年度任务已完成80% (a share) nor a forecast (预计…完成).
_WHOLE_SCOPE_DONE_AFTER = _quick(re.compile(r"(?:^|(?<=[,;。，；]))[^,;。，；\d]{0,4}?(?:" + "|".join(words("whole_scope"))
                                     + f")(?:已经?|{vocab.alternation('report.every_done_lead')})"
                                     f"(?:{vocab.alternation('completion.whole_manner')})?完成(?=[,;。，；]|$)"))


# A clause that is only the whole done (已全部完成, 均已全面完成): no object of its own.
_BARE_ALL_DONE = _quick(re.compile(f"(?:已经?|{vocab.alternation('report.every_done_lead')})?(?:{vocab.alternation('report.all_of')})"
                                   f"(?:{vocab.alternation('completion.finish')})"))


# A task that opens (within its first two characters: 制定出台…) with a verb of a one-off result (出台, 组建, 举办, 建成…).
_RESULT_TASK = re.compile(f"\\s*.{{0,2}}?(?:{vocab.alternation('completion.opened')}|{vocab.alternation('completion.must')})")


def _opens_done(case: Case, norm: str, first: tuple[int, int]) -> bool:
    """A task with no figure of its own that opens with a verb of a one-off result (出台…政策, 建成…平台, 组建…公司),
    not a process, whose reply opens by saying its object issued, opened, set up or held (_DONE_EVENT), no preparation
    in that clause, and no clause of the reply still under way, preparing or not begun: the figures after it count
    what the thing did since, not the task."""
    a, b = first
    clause = norm[a:b]
    if case.numeric or case.in_forecast(a) or _PROCESS_TASK.match(case.task_text) or not _RESULT_TASK.match(
            case.task_text) or not _DONE_EVENT.search(clause) \
            or _PREP_OBJECT.search(clause) or _PLAN_DRAFT.search(clause) or behind_cues(norm):
        return False
    return all(clause_stage(norm[x:y]) in (None, "done") for x, y in _spans(_CLAUSE, norm) if norm[x:y].strip())


class WholeStatement(StatusRule):
    help_text = ("The cell is only a completion statement (已完成。, 已全部完成), or states the whole year's task "
                 "done (全面完成全年任务, 已超额完成年度目标任务), or opens with the whole done (已全部完成，共…), "
                 "with no figure that answers a part: the whole task is completed, basis statement.")

    def judge(self, case):
        if _PACE_MET.search(for_parsing(case.progress)):
            return None          # 已完成序时进度 is a claim of pace (UnitStatement), not a completion
        if _SURVEY_REMEDY.search(case.task_text) and _survey_done(case.progress):
            return None          # 隐患排查已经结束 for 完成…排查整治: the survey done, the works it calls for not said
        text = _STATEMENT_FILL.sub("", case.progress)
        m = pattern("completion_statement").fullmatch(text) or _BARE_DONE.fullmatch(text)
        if m:
            return Outcome("completed", None, "statement", "报告整项任务已完成",
                           [Evidence(case.progress.strip(), 0, len(case.progress.strip()))])
        norm = for_parsing(case.progress)
        if any(not _past_lag(case, norm, m) for m in behind_cues(norm)):
            return None     # a lag of an earlier period (上半年…一度滞后) beside the whole said done does not stand
        # 全面完成全年任务 / 已超额完成年度目标: the statement's object is the whole year's task.
        scope = _WHOLE_SCOPE_DONE.search(norm) or _WHOLE_SCOPE_DONE_AFTER.search(norm)
        if scope and case.in_forecast(scope.start()):
            scope = None
        if case.facts or case.forecast_spans:
            # Beside figures, the statement decides only when the figures answer no part (新增城镇就业6200人,
            # 已完成全年目标 against 新增就业岗位5000个); otherwise the figures are judged.
            span = scope.span() if scope else None
            first = next(((a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()), None)
            if span is None and first and _BARE_ALL_DONE.fullmatch(norm[first[0]:first[1]].strip()) \
                    and not case.in_forecast(first[0]):
                span = first     # 已全部完成，共改造学校食堂103所: the reply opens by saying the whole is done
            if span is None and first and _opens_done(case, norm, first):
                span = first     # 政策已于9月印发实施，已兑现补贴860万元: the task's one object issued or opened first
            if not span or SubTargets().judge(case) is not None:
                return None
            return Outcome("completed", None, "statement", "报告已完成全年目标任务，所报数字与目标口径不同",
                           [Evidence(case.progress[span[0]:span[1]], span[0], span[1])])
        # One sentence whose every clause says done (平台已上线运行, 已于5月成功举办).
        sentences = [x for x in _spans(_SENTENCE, norm) if norm[x[0]:x[1]].strip()]
        clauses = [norm[a:b] for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()]
        # (实施细则初稿已完成: only a draft of it done, the document still ahead — no whole task done.)
        lone = len(sentences) == 1 and clauses and all(clause_stage(c) == "done" and not _PLAN_DRAFT.search(c)
                                                       for c in clauses)
        if not scope and not lone:
            return None
        ev = case.progress.strip()
        return Outcome("completed", None, "statement", "报告整项任务已完成", [Evidence(ev, 0, len(ev))])


class Cancelled(StatusRule):
    help_text = ("The report says the work or event was cancelled (停办, 取消举办, 该项目已取消, or a clause "
                 "closed by 取消 whose subject is the task's own object: 今年运动会取消): not started, and a person "
                 "should look.  取消 with a count (取消证明材料56项) is the work itself; only some of it called off (部分场次取消, "
                 "个别活动取消: words.toml [report.only_some]) is no cancellation of the task.")

    def judge(self, case):
        m = next((c for c in pattern("cancelled").finditer(case.progress) if not _only_some(case.progress, c.start())),
                 None) or _cancelled_clause(case)
        if not m:
            return None
        return Outcome("not_started", None, "statement", "报告该项工作已取消或停办，需人工确认",
                       [Evidence(m.group(0), m.start(), m.end())], flags=["cancelled"])


# A clause that ends in 取消 (今年运动会取消, 该活动已被取消), not denied or planned before it.
_CANCELLED_END = re.compile(r"(?<![^,;。!?，；！？\n])[^,;。!?，；！？\n]*?(?<![未不没拟将])(?:被)?取消了?(?=\s*(?:[,;。!?，；！？\n]|$))")


def _cancelled_clause(case: Case) -> re.Match | None:
    """A clause closed by 取消 whose subject is the task's own object (its words) or a project or event
    (项目, 活动): the work cancelled.  A clause with a figure (37项审批事项已取消) counts the work done."""
    if "取消" not in (case.progress or ""):
        return None         # (every match names it: the pattern's lazy lead is not tried from each character)
    for m in _CANCELLED_END.finditer(case.progress):
        clause = m.group(0)
        if _DIGIT.search(clause) or case.in_forecast(m.start()) or _ONLY_SOME.search(clause):
            continue
        if _content_bigrams(clause) & _content_bigrams(case.task_text) or _CANCELLED_ITEM.search(clause):
            return m
    return None


# 部分线下场次取消, 个别活动取消: only some of the work called off (words.toml [report.only_some]), not the task.
_ONLY_SOME = vocab.pattern("report.only_some")


def _only_some(text: str, at: int) -> bool:
    """The clause before ``at`` says only some of the work (部分, 个别, 少数)."""
    start = max((text.rfind(c, 0, at) for c in ",;。!?，；！？\n"), default=-1) + 1
    return bool(_ONLY_SOME.search(text, start, at))


# Figures not yet published (统计数据尚未发布, 暂无法提供): no verdict, not work not begun.
_CANCELLED_ITEM = vocab.pattern("report.cancelled_item")
_NO_DATA = vocab.pattern("report.no_data")


class NotStarted(StatusRule):
    help_text = ("The report says work has not begun (暂未改造, 尚未启动) and reports nothing done: not started; once "
                 "the deadline has passed with all the work still to do, the task's deadline being to finish or to start "
                 "it (年内未能开工 at 31 December; 3月底前开工 still not begun at 30 June), seriously behind.  "
                 "Figures not yet published (统计数据尚未发布) are no verdict of the work.")

    def judge(self, case):
        r = case.row
        if r.stage != "not_started" or any(f.role in ("done", "started", "underway") for f in case.facts):
            return None
        if _NO_DATA.search(case.progress):
            return None
        if behind_cues(for_parsing(case.progress)):
            return None      # 尚未达到序时进度: begun, but behind (PaceStatement)
        s, e = r.stage_span or (0, 0)
        if _missed_outright(case):
            # 年内未能开工 at 31 December, 尚未启动 after a 9月底前完成 deadline: nothing begun when the time is up.
            return Outcome("seriously_behind", 0.0 if case.numeric else None, "stage", "任务期限已过，报告尚未启动，判严重滞后",
                           [Evidence(case.progress[s:e], s, e)])
        return Outcome("not_started", 0.0 if case.numeric else None, "stage", "报告尚未启动",
                       [Evidence(case.progress[s:e], s, e)])


_RESUMED = vocab.pattern("report.resumed")
# Asked at import (the vocabulary test finds dead lists); the pattern itself waits for judging.toml.
_PACE_SUBJECT = vocab.alternation("pace.subject")
_PACE_DEGREE = vocab.alternation("pace.degree")


@cache
def _pace_word_rx() -> re.Pattern:
    words_ = "|".join(vocab.longest_first(words("behind_pace_word")))
    return re.compile(f"(?:{_PACE_SUBJECT})" r"[^,;。，；\d未不无没]{0,8}?"
                      f"(?:{_PACE_DEGREE})?(?:" + words_ + ")")


# Work paused, the pause closing its clause (受疫情影响线下培训暂停; not 暂停营业, a measure taken).
_PAUSED_END = re.compile(r"暂停(?:了)?(?=[,;。，；]|$)")
# A tracking sheet's verdict word alone (…实际完成1.2亿元,滞后。 / 滞后:完成48公里 / 滞后(完成3条)).
_BARE_LAG = re.compile(r"(?:^|(?<=[,;。，；]))\s*滞后\s*(?=[:：(（,;。，；]|$)")


@lru_cache(maxsize=4096)
def behind_cues(norm: str) -> tuple[re.Match, ...]:
    """Where a text says the work is behind its pace: a behind statement (未达序时, 进展缓慢), a pace word
    after the work's pace (进度有所滞后, 开工时间延后), or work halted and not resumed (施工暂停).  Cached:
    three rules ask it of a row."""
    found = list(pattern("behind_statement").finditer(norm)) + list(_pace_word_rx().finditer(norm)) + list(
        _BARE_LAG.finditer(norm))
    if not _RESUMED.search(norm):
        found += list(pattern("halted").finditer(norm)) + list(_PAUSED_END.finditer(norm))
    return tuple(sorted(found, key=lambda m: m.start()))


_NEGATED = re.compile(f"(?:{vocab.alternation('report.negation_before')})[^,;。，；而因致使]{{0,3}}$")
# A forecast that the work will finish (or start) only next year, on a task of this year: a lag the unit
# states itself (主体正在施工, 预计明年3月竣工 for 年内建成投用).
_LATE_FORECAST = re.compile(f"(?:{vocab.alternation('forecast.late_lead')})"
                            f"[^,;。，；]{{0,12}}?(?:{vocab.alternation('forecast.next_year')})"
                            f"[^,;。，；]{{0,12}}?(?:{vocab.alternation('forecast.late_result')})")


@cache
def _late_forecast_by_year(year: int) -> re.Pattern:
    """_LATE_FORECAST with next year by its number (预计2021年6月投入使用 in a report of 2020)."""
    return re.compile(f"(?:{vocab.alternation('forecast.late_lead')})[^,;。，；]{{0,12}}?{year + 1}年"
                      f"[^,;。，；]{{0,12}}?(?:{vocab.alternation('forecast.late_result')})")


_LATER_TASK = _quick(re.compile(rf"{vocab.alternation('time.later')}|\d{{4}}年|[一二三]年内"), digits=True)
# An office naming the units that have not finished their task (未完成建设任务的县区为…).
_UNFINISHED = re.compile(f"未(?:能)?(?:{vocab.alternation('report.unfinished_manner')})?完成" r"[^,;。，；:：]{0,8}?"
                         f"(?:{vocab.alternation('task.goal_noun')})")


class PaceStatement(StatusRule):
    help_text = ("The report, or the office's bulletin, says the work is not on pace (未达序时, 进度滞后, 进展缓慢, "
                 "相对较慢) or names a unit that has not finished its task (未完成…任务): behind, basis statement; "
                 "严重滞后 → seriously behind.  A negated mention (未出现进度滞后) or one inside a plan (力争扭转…) "
                 "does not count, nor one that a later clause says has since been caught up (进度已追上序时: "
                 "words.pace_caught_up).  Work paused at the end of its clause (线下培训暂停) is a lag where no figure "
                 "answers the task; where one does, the figure decides.")

    def judge(self, case):
        norm = for_parsing(case.progress)
        found = None
        for key, status in (("seriously_behind_statement", "seriously_behind"), ("behind_statement", "behind")):
            found_ = pattern(key).finditer(norm) if key != "behind_statement" else behind_cues(norm)
            for m in found_:
                if not case.in_forecast(m.start()) and not _NEGATED.search(norm[:m.start()]) \
                        and not _caught_up_after(case, norm, m.end()):
                    found = found or (status, m)
        if found is None:
            m = next((m for m in _UNFINISHED.finditer(norm) if not case.in_forecast(m.start())), None)
            if m is not None:
                found = ("behind", m)
        if found is None and not _LATER_TASK.search(case.task_text):
            m = _LATE_FORECAST.search(norm) or (_late_forecast_by_year(case.as_of.year).search(norm) if case.as_of else None)
            if m is not None:
                found = ("behind", m)
                # 施工图正在审查，计划明年3月开工 at the year's end for 年内开工…: the deadline passed with only the
                # preparation done is missed outright, whatever is forecast (rule question 19).
                missed = StageAgainstDeadline().judge(case) if _missed_outright(case) else None
                if missed is not None and missed.status == "seriously_behind":
                    return missed
        if found is None:
            return None
        status, m = found
        # Figures that put the work behind too decide the degree (完成3条, 进度滞后: seriously behind).
        figures = SubTargets().judge(case)
        if figures is not None and figures.basis == "figures" and figures.status in ("behind", "seriously_behind"):
            return figures
        if figures is not None and figures.basis == "figures" and _PAUSED_END.fullmatch(m.group(0)):
            # 上半年现场讲座暂停,改为网络授课60期: one way of the work paused, the figures of the rest decide.
            return figures
        clause = next(((a, b) for a, b in _spans(_CLAUSE, norm) if a <= m.start() < b), (m.start(), m.end()))
        if figures is not None and figures.basis == "figures" and _past_period(case, norm[clause[0]:m.start()]):
            # 年初因征地问题推进较慢,目前已明显加快,累计完成9.5公里: a lag of an earlier period; the figures decide.
            return figures
        if figures is not None and figures.basis == "figures" and _SUB_UNIT.search(norm[clause[0]:m.start()]):
            # 全市已完成168公里…C县进度较慢: one county lags; the figure of the whole decides the task.
            figures.flags = [*figures.flags, "conflict"]
            return figures
        flags = ["conflict"] if figures is not None and figures.basis == "figures" and figures.status in (
            "completed", "ahead") else []
        return Outcome(status, None, "statement", f"报告称{case.progress[m.start():m.end()]}，判{status_word(status)}",
                       [Evidence(case.progress[m.start():m.end()], m.start(), m.end())], flags=flags)


_PERIOD_END_MONTH = {"上半年": 6, "一季度": 3, "第一季度": 3}


def _past_lag(case: Case, norm: str, m: re.Match) -> bool:
    """A lag word (behind_cues) with an earlier period of the year before it in its clause (words.past_period)."""
    clause = next(((a, b) for a, b in _spans(_CLAUSE, norm) if a <= m.start() < b), (m.start(), m.end()))
    return _past_period(case, norm[clause[0]:m.start()])


def _past_period(case: Case, before: str) -> bool:
    """Before a lag word in its clause, an earlier period of the year (judging.toml words.past_period): 年初, 一度,
    前期 (not 前期工作, the preparation), 上半年 or 一季度 once the report is past them."""
    for m in pattern("past_period").finditer(before):
        w = m.group(0)
        if w == "前期" and pattern("preparation_after_past").match(before, m.end()):
            continue
        if w in _PERIOD_END_MONTH and (case.as_of is None or case.as_of.month <= _PERIOD_END_MONTH[w]):
            continue
        return True
    return False


def _caught_up_after(case: Case, norm: str, end: int) -> bool:
    """A later clause than the lag's says the work has since caught up (上半年进度有所滞后,…进度已追上序时:
    judging.toml words.pace_caught_up, with 已 before it in its clause)."""
    stop = _CLAUSE_MARK.search(norm, end)
    if stop is None:
        return False
    for a, b in _spans(_CLAUSE, norm[stop.end():]):
        a, b = a + stop.end(), b + stop.end()
        m = pattern("pace_caught_up").search(norm, a, b)
        if m and "已" in norm[a:m.start()] and not case.in_forecast(a):
            return True
    return False


# A place below the one the task is about, as a clause's subject (C县, D区, 东湖镇, 城南街道): its lag is its own.
_SUB_UNIT = re.compile(rf"^\s*[^\d,;。，；]{{1,6}}?(?:{vocab.alternation('report.sub_unit_suffix')})(?:等)?$")


_PERIOD_MONTH = {"一季度": 3, "第一季度": 3, "上半年": 6, "年中": 6, "二季度": 6, "第二季度": 6, "三季度": 9,
                 "第三季度": 9}
_INTERIM_DATE = _quick(re.compile(r"(?<![\d.年])(\d{1,2})月(?:\d{1,2}日)?(?:底|末|份)?(?:之?前|内)"
                                  rf"|(?<!下)({vocab.alternation('time.mid_year_lead')}|第?[一二三]季度)(?:末|底)?(?:{vocab.alternation('time.before_mark')})?"),
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
    dates = [_INTERIM_DATE.search(p.indicator.metric or "") for p in (a, b)]
    if bool(dates[0]) == bool(dates[1]):
        return assigned, due
    k, year, m = (i, j, dates[0]) if dates[0] else (j, i, dates[1])
    if _target_value(case.parts[k].indicator) >= _target_value(case.parts[year].indicator):
        return assigned, due
    month = int(m.group(1)) if m.group(1) else _PERIOD_MONTH.get(m.group(2), 12)
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


# 发现安全隐患52处，已整改到位20处: what a survey found, then how much of it is put right, in the same unit.
_FOUND_FIXED = _quick(re.compile(
    f"(?:{vocab.alternation('report.survey_found')})" r"[^\d,;。，；]{0,10}?(?<![\d.])(?P<whole>\d+)"
    f"(?P<unit>{vocab.unit_alternation_of('count')})" r"[^\d。]{0,12}?"
    f"(?:{vocab.alternation('stage.survey_remedy')})" r"[^\d,;。，；]{0,8}?(?<![\d.])(?P<part>\d+)(?P=unit)"))


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
                     [Evidence(case.progress[a:b], a, b)])
        if out.status == "ahead":
            # what a survey found is no year's plan: a share of it put right over the pace is on pace, not a lead
            reason = out.reason.replace(_pace_words("ahead", case.expected), _pace_words("on_track", case.expected))
            out = Outcome("on_track", c, "figures", reason, out.evidence)
        elif out.status in ("behind", "seriously_behind") and case.expected < 100 and _rest_under_way(case):
            # 已整治31户，其余11户正在整治: the rest all being put right is on pace before the deadline (rule question 4)
            out = Outcome("on_track", c, "figures", f"排查发现{m.group('whole')}{m.group('unit')}，已整治{m.group('part')}"
                          f"{m.group('unit')}，其余正在整治，按阶段判断达进度", out.evidence)
        return out


class SubTargets(StatusRule):
    help_text = ("Every measurable part of the task (each indicator; each 开工/完工/建成/完成 clause) is judged on "
                 "its own against the facts that answer it (unit and noun matched, forecasts ignored, several "
                 "figures of one list summed, items under way counted as on pace, but past mid-year items begun short of the "
                 "target beside the rest only being prepared (其余…正在办理前期手续) are behind; a signed total holds the "
                 "landed ones (共签约13个，已落地5个)); the worst part decides, "
                 "completed only when every part is, a part with no fact caps the task at on_track, completion "
                 "is the mean of the answered parts.  An event to hold beside measures (举办…) is a part: held "
                 "done, cancelled not begun, otherwise on pace until the year is over; a zero target beside measures "
                 "(实现…“零增长”, 零事故) is a part held or broken over the whole year, so it keeps the task from "
                 "completed before the year's end.  Applies when at least one part is answered.")

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
                  and clause_stage(norm[a:b]) in ("underway", "nearly_done")
                  and (_STRONG_UNDERWAY.search(norm[a:b]) or _own_verb_underway(norm[a:b], case.task_text)
                       or _WORK_STEP.search(norm[a:b]))      # 其余…正在进行室内装修: a step of the works going on
                  and not any(a <= f.fact.span[0] < b for f in case.facts)]
        rest_moving = len([p for p in case.parts if p.indicator is not None]) == 1 and bool(moving)
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
        subs = []
        for i, part in enumerate(case.parts):
            if part.indicator is not None:
                taken = frozenset(id(f.fact) for j, fs in assigned.items() if j != i for f in fs)
                mine = assigned.get(i, [])
                own_rest = rest_moving or bool(mine) and all(
                    any(s <= f.fact.span[0] < e for s, e in moving_pieces) for f in mine)
                sub = judge_indicator(part, mine, due.get(i, case.expected), case.facts, own_rest, taken, rest_preparing)
                if sub.status is None and len(case.parts) == 1 and part.indicator.value == 1 \
                        and not any(_unit_of(f.fact) == _unit_of(part.indicator) for f in case.facts) \
                        and not _is_level(part.indicator):
                    # 打造特色美食街区1条: 美食街区已于4月开街运营 — one item, its stage in words (a figure of another
                    # unit, 设12个班 beside 新建幼儿园1所, counts no such item).
                    stage_sub = judge_clause(case, part)
                    if stage_sub.status is not None:
                        sub = stage_sub
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
                subs.append(judge_clause(case, part))
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
                    sub.reported, sub.evidence = case.progress[a:b], [Evidence(case.progress[a:b], a, b)]
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
            reason = f"目标{s.target}，报告{s.reported}{pct}，{_pace_words(status, case.expected) or status_word(status)}"
        else:
            bits = [f"{s.target}：{status_word(s.status) if s.status else '未报告'}" for s in subs]
            reason = f"{len(subs)}个分项（" + "；".join(bits) + f"），最差分项定为{status_word(status)}"
        if status in ("behind", "seriously_behind") and any(f.role in ("underway", "started") for f in case.facts) \
                and basis == "figures" and len(subs) == 1:
            flags.append("conflict")
        return Outcome(status, completion, basis, reason[:300], evidence, subs, flags)


# An assigned quota (完成市下达的节能任务): a unit's word cannot show it is met.
_QUOTA = re.compile(f"(?:{vocab.alternation('task.quota_issuer')})(?:里)?下达")


_RATE_AIM = re.compile(f"{vocab.alternation('task.rate_aim')}|率(?:{vocab.alternation('task.rate_aim_after_rate')})")


def _said(case: Case, norm: str) -> str:
    """The progress (``norm``: as ``for_parsing`` gives it) without its section labels, the sections of
    none and what it forecasts (进展情况：正常推进,存在问题：无,下步计划：继续推进: the labels, a section of none
    and the plans say nothing)."""
    text = _SECTION_LABEL.sub(lambda x: " " * len(x.group(0)), _SECTION_NONE.sub(lambda x: " " * len(x.group(0)), norm))
    if not case.forecast_spans:
        return text
    return "".join(ch for i, ch in enumerate(text) if not case.in_forecast(i))


class UnitStatement(StatusRule):
    help_text = ("The unit's own statement of normal progress (正常推进, 有序推进) with nothing checkable: on_track "
                 "with basis unit_statement, except where the only targets are rates or levels, or the task is a "
                 "quota assigned from above (完成市下达的…任务): a unit cannot vouch for what it has not measured, "
                 "so unclear.  Beside one project's works short of the step the time gone asks for (主体结构已开始施工 "
                 "at 31 October), the works' step speaks, not the claim.")

    def judge(self, case):
        m = pattern("unit_statement").search(case.progress)
        if not m:
            return None
        norm = for_parsing(case.progress)
        if not (case.row.neutral or len(_NON_WORD.sub("", case.progress)) <= 20
                or len(_NON_WORD.sub("", _said(case, norm))) <= 20):
            return None
        if any(clause_stage(norm[a:b]) in ("preparing", "not_started") for a, b in _spans(_CLAUSE, norm)
               if not a <= m.start() < b and not case.in_forecast(a)):
            return None      # 进展顺利,目前已完成初步设计批复: the stage reported speaks, not the claim
        if _project_works_late(case, norm):
            return None      # 主体已开始施工,项目推进正常 at 31 October for 年底前建成…: the works' step speaks
        ev = [Evidence(m.group(0), m.start(), m.end())]
        if case.numeric and all(_is_level(t) for t in case.numeric):
            return Outcome("unclear", None, "none", "目标为比率或水平，单位仅自述正常推进，无可比数据", ev)
        if _QUOTA.search(case.task_text):
            return Outcome("unclear", None, "none", "目标为上级下达的任务量，单位仅自述正常推进，无可比数据", ev)
        if not case.numeric and not case.parts and _RATE_AIM.search(case.task_text):
            # 实现城乡居民收入增长与经济增长基本同步: a rate with no number, which a unit's word cannot show.
            return Outcome("unclear", None, "none", "目标为增长或比率，单位仅自述正常推进，无可比数据", ev)
        return Outcome("on_track", None, "unit_statement", "单位自述正常推进，未经核实，按达进度计", ev,
                       flags=["unit_statement"])


# A report that none occurred (上半年未发生重大安全生产事故, 实现零发生) and one that some did (发生…2起).
_NONE_OCCURRED = _quick(re.compile(f"(?:{vocab.alternation('report.none_before')})(?:{vocab.alternation('report.occurred')})"
                            f"|{vocab.alternation('report.none_occurred')}"))
_OCCURRED = _quick(re.compile(r"(?<![未没无零不])发生[^,;。，；]{0,12}?\d+" f"(?:{vocab.alternation('report.incident_unit')})"))


# A zero word in quotes in a task (实现生活垃圾“零增长”, “零事故”).
_QUOTED_ZERO = re.compile(r"[“\"](零[^”\"\s,;。，；、]{1,4})[”\"]")


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
    m = _OCCURRED.search(norm) or _NONE_OCCURRED.search(norm)
    if m is not None and not case.in_forecast(m.start()):
        sub.status = "behind" if _OCCURRED.search(norm) else _held(case.expected)
        sub.reported, sub.basis = case.progress[m.start():m.end()], "statement"
        sub.evidence = [Evidence(sub.reported, m.start(), m.end())]
    return sub


class ZeroHeld(StatusRule):
    help_text = ("A zero target (零发生, 不发生…风险) answered by a report that none occurred (未发生, 实现零…): held, on_track "
                 "until the year is over (completed after it), basis statement; a report that some occurred "
                 "(发生…2起) → behind.")

    def judge(self, case):
        if not any(t.kind == "zero" for t in case.targets) or case.numeric:
            return None
        norm = for_parsing(case.progress)
        bad = _OCCURRED.search(norm)
        m = bad or _NONE_OCCURRED.search(norm)
        if m is None or case.in_forecast(m.start()):
            return None
        ev = [Evidence(case.progress[m.start():m.end()], m.start(), m.end())]
        if bad:
            return Outcome("behind", None, "statement", "零目标未守住：报告已发生", ev)
        status = _held(case.expected)
        return Outcome(status, None, "statement", "零目标：报告期内未发生，判" + status_word(status), ev)


# A rank to reach or hold (保持全省前三, 进入全市前十, 位居全省第一) and the rank reported (位列第二, 排名第5).
_RANK_TASK = re.compile(f"(?:{vocab.alternation('rank.task_lead')})"
                        r"[^,;。，；]{0,10}?(?:前([一二三四五六七八九十\d]{1,2})|" f"{vocab.alternation('rank.top')})")
_RANK_REPORT = re.compile(f"(?:{vocab.alternation('rank.report_lead')})"
                          r"[^,;。，；\d]{0,6}?第([一二三四五六七八九十\d]{1,2})")


def _rank(text: str | None) -> int | None:
    if not text:
        return 1
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _CN_DIGIT.get(text[1:], 0)
    return _CN_DIGIT.get(text)


class RankHeld(StatusRule):
    help_text = ("A rank to reach or hold (保持全省前三, 位居全省第一) answered by the rank reported (位列第二): within it "
                 "→ on_track (completed once the year is over), outside it → behind, basis figures.")

    def judge(self, case):
        task = _RANK_TASK.search(case.task_text)
        report = _RANK_REPORT.search(for_parsing(case.progress))
        if not task or not report or case.in_forecast(report.start()):
            return None
        want, got = _rank(task.group(1)), _rank(report.group(1))
        if want is None or got is None:
            return None
        ok = got <= want
        status = _held(case.expected) if ok else "behind"
        a, b = report.span()
        return Outcome(status, None, "figures", f"目标{task.group(0)}，报告排名第{got}，判{status_word(status)}",
                       [Evidence(case.progress[a:b], a, b)])


# A rank or level to hold (保持全省领先, 位居全市前列) and what would answer it (排名, 第一, 领先).
_LEVEL_TASK = re.compile(f"(?:{vocab.alternation('rank.level_task_lead')})[^,;。，；]{{0,14}}?"
                         f"(?:{vocab.alternation('rank.level')})")
_LEVEL_REPORT = re.compile(f"{vocab.alternation('rank.level_report')}"
                           r"|第[一二三四五六七八九十\d]+[名位]|指数[^,;。，；]{0,6}\d")


_FALL_WORDS = re.compile(f"同比(?:{vocab.alternation('change.fall_on_year')})|负增长")


class RateWithoutFigure(StatusRule):
    help_text = ("Every measurable target is a rate or level (增长5%, 满意率95%), or the task's only checkable aim "
                 "is a rank or level to hold (保持全省领先, 位居全市前列), and no comparable figure or rank is "
                 "reported: activity cannot show a rate or a rank, so unclear.  A rate of 100% answered by every "
                 "item meeting it in words (均达到考核要求, 全部达标) is held.")

    def judge(self, case):
        rates = [t for t in case.numeric if _is_level(t)]
        level = _LEVEL_TASK.search(case.task_text)
        if level and not case.numeric and not case.parts and not _LEVEL_REPORT.search(case.progress):
            return Outcome("unclear", None, "none", f"目标为{level.group(0)}（水平或排名），报告中无可比数据")
        if not rates or len(rates) != len(case.numeric) or case.row.stage == "nearly_done":
            return None
        if any(p.indicator is None for p in case.parts):
            return None
        norm = for_parsing(case.progress)
        fall = _FALL_WORDS.search(norm)
        growth = next((t for t in rates if t.kind == "growth_rate"), None)
        if fall and growth and len(rates) == 1 and not case.in_forecast(fall.start()) and _sim(
                growth.metric, norm[max(0, fall.start() - 12):fall.start()]) >= 0.5:
            # 财政收入同比下降 against 财政收入增长5%: a fall said in words is a fall.
            a, b = fall.span()
            return Outcome("seriously_behind", None, "statement", f"目标{growth.metric}{growth.text}，报告同比下降，判严重滞后",
                           [Evidence(case.progress[a:b], a, b)])
        every = _ALL_MEET.search(norm)
        if len(rates) == 1 and rates[0].value == 100 and every and not case.in_forecast(every.start()) \
                and not behind_cues(norm):
            # 8个市控断面水质均达到考核要求 for 断面水质达标率100%: every item meets it, the rate is held.
            a, b = every.span()
            status = _held(case.expected)
            return Outcome(status, None, "statement", f"目标{rates[0].metric}100%，报告均已达到，判{status_word(status)}",
                           [Evidence(case.progress[a:b], a, b)])
        return Outcome("unclear", None, "none", f"目标为{rates[0].text or rates[0].metric}，报告中无可比数据")


_ALL_MEET = re.compile(f"(?:{vocab.alternation('report.all_meet_lead')})(?:已经?)?"
                       f"(?:{vocab.alternation('report.all_meet_verb')})")
# 居民收入增长与经济增长同步: a rate tied to another measure (group 1), judged only beside that measure.
_TIED = re.compile(f"与([^,;。，；与]{{2,12}}?)(?:{vocab.alternation('task.tied_measure')})")


_WHOLE = vocab.pattern("completion.whole")


_WHOLE_SUBJECT_END = vocab.pattern("report.whole_subject_end")


def _names_whole_object(clause: str, task_text: str) -> bool:
    """The clause's subject is the whole object the task ends with (长效管护机制已全面建立 for 完善农村人居环境长效管护
    机制), not one aspect of it."""
    subject = _NON_WORD_OR_DIGIT.sub("", _WHOLE_SUBJECT_END.split(clause)[0])
    return len(subject) >= 4 and _NON_WORD_OR_DIGIT.sub("", task_text).endswith(subject)


def _missed_outright(case: Case) -> bool:
    """The deadline passed with the work not begun (not begun in words, or only its preparation), and that is a
    serious lag, whether the deadline is to finish the work (6月底前完成…建设 at tender at 30 September) or to start
    it (6月底前开工 at tender at 30 September, 3月底前开工 with its papers being sought at 30 June, 年内未能开工 at 31
    December): the labels' rule question 19, the lead's decision of 1 December 2026."""
    return case.expected >= 100 or _start_date_passed(case)


# A dated start in the task (3月底前开工, 上半年启动, 二季度动工), beside its finish (年底前完工): due at its own date.
@cache
def _start_by() -> re.Pattern:
    return re.compile(r"(?<![\d.年])(?:((?:\d{1,2}|[一二三四五六七八九十]{1,2})月)(?:底|末|份)?|("
                      f"{vocab.alternation('time.mid_year_lead')}|第?[一二三]季度)"
                      f"(?:末|底)?)(?:{vocab.alternation('time.before_mark')})?(?=" + pattern("start_verb").pattern + ")")


_START_PERIOD_MONTH = {"上半年": 6, "年中": 6, "一季度": 3, "二季度": 6, "三季度": 9}


def _start_date_passed(case: Case) -> bool:
    """The task's own dated start (3月底前开工，年底前完工) has passed at the report's date."""
    if case.as_of is None:
        return False
    for m in _start_by().finditer(for_parsing(case.task_text)):
        if m.group(1):
            raw = m.group(1)[:-1]
            month = int(raw) if raw.isdigit() else "一二三四五六七八九十".index(raw[-1]) + 1 + (10 if len(raw) == 2 else 0)
        else:
            month = _START_PERIOD_MONTH[m.group(2).lstrip("第")]
        if 1 <= month <= 12 and case.as_of >= date(case.as_of.year, month,
                                                   calendar.monthrange(case.as_of.year, month)[1]):
            return True
    return False


# A forecast of the start only (即将开工建设, 计划8月开工, 拟于下半年启动), no finishing word in it.
_START_WORD = vocab.pattern("forecast.start_word")
_FINISH_WORD = re.compile(f"{vocab.alternation('stage.done')}|完成")


def _start_forecast_only(case: Case, norm: str) -> Outcome | None:
    """From half_year on, a report with no stage of its own whose forecasts name only the start (3座中转站即将开工建设)
    for a task that must finish something: nothing has begun yet, so it is behind."""
    if case.expected < threshold("half_year") or case.facts or not case.parts:
        return None
    must = next((m for m in _MUST.finditer(case.task_text)
                 if not _AIM.search(case.task_text[max(0, m.start() - 3):m.start()])), None)
    if must is None or _task_prep_after(case.task_text, must.end()) or pattern(
            "start_verb").search(must.group(0)):
        return None      # (a task to start: its start forecast within the year is its own deadline, no lag to tell)
    starts = [(a, b) for a, b in _spans(_CLAUSE, norm) if case.in_forecast(a)
              and _START_WORD.search(norm[a:b]) and not _FINISH_WORD.search(norm[a:b])]
    if not starts or len(starts) != len(case.forecast_spans):
        return None
    a, b = starts[0]
    return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，报告仅有开工计划，尚未开工，判欠进度",
                   [Evidence(case.progress[a:b], a, b)])


_RATIO_METRIC = f"(?:{vocab.alternation('status.ratio_cap_metric_end')})"
_RATIO_VERB = f"(?:{vocab.alternation('status.ratio_cap_verb')})"
# 城乡居民收入比控制在1.7以内 (also 1.7:1): the ratio, a few words, a verb, a bare number; never 收入比上年 (比 as
# "than"), never a number with a unit or a share after it.
_RATIO_LEVEL = re.compile(f"{_RATIO_METRIC}(?!(?:{vocab.alternation('verify.year_before')}|同期))"
                          f"[^\\d,;。，；]{{0,6}}?{_RATIO_VERB}(\\d+(?:\\.\\d+)?)(?:[:：]1)?(?![\\d.%％:：])")
_RATIO_CAP = re.compile(f"{_RATIO_LEVEL.pattern}\\s*(?:{vocab.alternation('comparator.ceiling_after')})")


class RatioCap(StatusRule):
    help_text = ("A cap on a ratio with no unit (城乡居民收入比控制在1.7以内) against the ratio reported (收入比为1.66): "
                 "held at or under the cap is on pace until the deadline and completed after it; over the cap, "
                 "behind.  The number has no unit, so no figure was read from it.")

    def judge(self, case):
        if case.numeric:
            return None
        cap = _RATIO_CAP.search(for_parsing(case.task_text))
        if not cap:
            return None
        norm = for_parsing(case.progress)
        got = next((m for m in _RATIO_LEVEL.finditer(norm) if not case.in_forecast(m.start())), None)
        if got is None:
            return None
        limit, value = float(cap.group(1)), float(got.group(1))
        status = _held(case.expected) if value <= limit else "behind"
        a, b = got.span()
        return Outcome(status, None, "figures", f"目标比值控制在{cap.group(1)}以内，报告{got.group(1)}",
                       [Evidence(case.progress[a:b], a, b)])


class CoverageByCount(StatusRule):
    help_text = ("A goal of covering the whole (实现城市社区智慧安防全覆盖) with no figure of its own, answered only by "
                 "counts of things done that name no coverage (已安装智慧安防摄像头420个, 已建成5G基站86个): a count "
                 "measures no share of the whole, so nothing answers the goal — unclear, not work on pace.")

    def judge(self, case):
        if case.numeric or not _COVERAGE_GOAL.search(case.task_text) or "覆盖" in case.progress:
            return None
        norm = for_parsing(case.progress)
        clauses = [(a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()]
        counts = [f for f in case.facts if f.role in ("done", "other") and not case.in_forecast(f.fact.span[0])]
        # Only a reply of counts: every clause holds one (a stage or work in words still speaks for itself).
        if not counts or not all(any(a <= f.fact.span[0] < b for f in counts) for a, b in clauses):
            return None
        if any(self._counts_covered(f, case.task_text) for f in counts):
            return None     # 全区48所中小学已全部完成空调安装: the units to be covered, counted
        return Outcome("unclear", None, "none", "目标为全覆盖，报告仅有数量，未说明覆盖情况")

    @staticmethod
    def _counts_covered(f: Fact, task_text: str) -> bool:
        """The figure counts the units the goal covers (48所中小学, 186个小区 for 小区…全覆盖): its noun after it,
        or the head noun just before it (…摄像头420个: 像头), is in the task."""
        if f.noun and _content_bigrams(f.noun[:4]) & _content_bigrams(task_text):
            return True
        before = f.words[:f.words.find(f.fact.text)] if f.fact.text in f.words else ""
        head = _NOT_CJK.sub("", before)[-2:]
        return len(head) == 2 and head in task_text


class StageAgainstDeadline(StatusRule):
    help_text = ("With no answered part, the most advanced stage the report describes against the stage the "
                 "task must reach: only preparation (方案, 设计, 招标, 审批) for a task that must start or finish "
                 "something (a result verb whose object is not itself a plan), from half_year of the pace on → "
                 "behind; anything under way or nearly done → on_track, unless one project to be finished has not reached the "
                 "step of its works the time gone asks for (words.works_begun, works_main, works_finishing: only begun "
                 "from first_step_late, main works just begun (words.works_main_begun: 首层, 刚出正负零) likewise, the main "
                 "works still going on from main_works_late → behind), or a task that "
                 "is itself preparation is still at a first step (words.preparation_first) from first_step_late; a "
                 "task to finish one step of preparation (完成…立项) is completed by a later step approved "
                 "(words.preparation_order).  Finishing some piece of work is on_track: "
                 "only a statement covering the whole task completes it, or, for an event (举办, 召开), a report "
                 "that it was held.  Process verbs alone (积极推进, 深入落实) with no concrete work are no stage, nor a "
                 "clause only claiming normal progress (项目正常推进中) beside one that reports a stage.  A "
                 "report whose only words forecast the start (即将开工建设, 计划8月开工), from half_year on, for a task "
                 "that must finish something: nothing has begun → behind.  Once the deadline to finish or to start has passed "
                 "(the task's own date, 3月底前开工 beside 年底前完工, or the year's end), only preparation or nothing "
                 "begun is seriously behind.  Where the works are under way or partly done, the one figure done in "
                 "the target's own measure (a length, an area, an amount, a mass) under another verb or noun "
                 "(完成管道铺设2.6公里 for 完成…管网改造30公里), short of the pace, is behind, under half of it "
                 "seriously behind (flagged weak_match), unless the rest is said to be under way.  Past half_year, the rest, "
                 "or some items opened by their count (但2个镇的项目…尚未启动), not begun or only prepared beside work "
                 "done → behind.")

    def judge(self, case):
        norm = for_parsing(case.progress)
        found, claims = [], []
        for s, e in _spans(_CLAUSE, norm):
            if case.in_forecast(s):
                continue
            st = clause_stage(norm[s:e])
            if st and st != "not_started":
                (claims if _claim_only(norm[s:e]) else found).append((st, s, e))
        # 项目正常推进中,目前仅完成方案设计: a clause only claiming normal progress is no stage where another
        # clause reports one.
        found = found or claims
        if not found:
            held = _event_held_dated(case, norm)
            if held and not case.numeric and _EVENT_TASK.search(case.task_text):
                # 第五届茶文化旅游节于8月16日至18日在县城举行 and no other stage word: the event was held.
                a, b = held.span()
                return Outcome("completed", None, "statement", "报告活动已举办，任务已完成",
                               [Evidence(case.progress[a:b], a, b)])
            return _start_forecast_only(case, norm)
        rank = {"active": 0, "preparing": 1, "underway": 2, "nearly_done": 3, "done": 4}
        st, s, e = max(found, key=lambda f: rank[f[0]])
        if st == "active":
            # Only process verbs (积极推进…, 深入落实…) and no concrete work (出台, 召开, 上线, figures of
            # work done): the task restated, nothing checkable — unclear.
            if case.numeric or (_concrete(case) is None and not any(f.role in ("done", "other") for f in case.facts)):
                return None
            st = "underway"
        ev = [Evidence(case.progress[s:e], s, e)]
        held = _EVENT_DONE.search(norm)
        dated = _event_held_dated(case, norm) if not held else None
        if dated:
            held, st = dated, "done"
        if st == "done" and held and not case.numeric and _EVENT_TASK.search(case.task_text) \
                and not case.in_forecast(held.start()):
            a, b = held.span()
            return Outcome("completed", None, "statement", "报告活动已举办，任务已完成",
                           [Evidence(case.progress[a:b], a, b)])
        if st == "done" and not case.numeric and _WHOLE.search(norm[s:e]) and len(
                _content_bigrams(norm[s:e]) & _content_bigrams(case.task_text)) >= 2 and (not _PROCESS_TASK.match(
                case.task_text) or _names_whole_object(norm[s:e], case.task_text)):
            # 全区56所食堂已全部完成阳光厨房改造 for 实现阳光厨房全覆盖: the whole of the task's own object.
            return Outcome("completed", None, "statement", "报告任务对象已全部完成", ev)
        opened = _DONE_EVENT.search(norm[s:e])
        subject = _NON_WORD_OR_DIGIT.sub("", norm[s:s + opened.start()]) if opened else ""
        if st == "done" and not opened:
            # 平台已完成开发和部署，于8月正式上线运行: the object opened in a later clause of the same sentence, dated
            # on or before the report's day (no 已), its subject the first clause's.
            later = _opened_later(case, norm, s, e)
            if later:
                opened, s, e, subject = later
                ev = [Evidence(case.progress[s:e], s, e)]
        obj = _NON_WORD_OR_DIGIT.sub("", norm[s + opened.end():e]) if opened and len(subject) < 2 and not any(
            s <= f.fact.span[0] < e for f in case.facts) else ""
        if st == "done" and opened and not case.numeric and not case.in_forecast(s) and not _PROCESS_TASK.match(
                case.task_text) \
                and not any(f[0] in ("preparing", "underway", "nearly_done") and _sim(case.task_text, norm[f[1]:f[2]]) >= 0.5
                            or f[0] == "nearly_done" for f in found) \
                and ((len(subject) >= 2 and _sim(subject, case.task_text) >= 0.5)
                     or (len(obj) >= 4 and _sim(obj, case.task_text) >= 0.6)):
            # 平台已正式上线运行, 中心已挂牌成立 for 建设…平台, 成立…中心: the task's own object opened, and
            # nothing of it is reported still under way.
            return Outcome("completed", None, "statement", "报告任务对象已建成启用或办结，任务已完成", ev)
        rest_idle = next(((a, b) for a, b in _spans(_CLAUSE, norm) if clause_stage(norm[a:b]) in ("not_started", "preparing")
                          and (_REST_OR_OTHER_OPENS.match(norm[a:b]) or _COUNT_NOT_BEGUN.match(norm[a:b])
                               and clause_stage(norm[a:b]) == "not_started")), None)
        # A verb after an aim adverb (有效改善…风貌, 进一步完善) states an aim, not a stage to reach.
        must = next((m for m in _MUST.finditer(case.task_text)
                     if not _AIM.search(case.task_text[max(0, m.start() - 3):m.start()])), None)
        plan_only = must and _task_prep_after(case.task_text, must.end())
        then = plan_only and _THEN_MUST.search(case.task_text, must.end())
        if then and not _task_prep_after(case.task_text, then.end()):
            plan_only = None     # 完成…设计并开工: the preparation is a step, the task goes on to a result of the works
        if must is None and any(not _is_level(t) and t.unit not in ("%",) for t in case.numeric):
            # 建设数字乡村示范村10个: a count of things to deliver within the year is a result to reach.
            must = _DIGIT.search(case.task_text)
        if plan_only and not case.numeric and not any(f[0] in ("underway", "nearly_done") for f in found) \
                and not _REMAINING.search(norm) and not _REST_NAMED.search(norm):
            # 规划成果已编制完成,已报市政府审批 for 完成…规划编制: the task is the plan itself, and it is finished
            # (a draft, 初稿/征求意见稿, is not).
            drawn = next(((a, b) for _, a, b in found if _PLAN_FINISHED.search(norm[a:b])
                          and _PREP_OBJECT.search(norm[a:b]) and not _PLAN_DRAFT.search(norm[a:b])
                          and _content_bigrams(norm[a:b]) & _content_bigrams(case.task_text)), None)
            if drawn:
                a, b = drawn
                return Outcome("completed", None, "statement", "任务本身为编制规划、方案或立项等前期工作，报告已完成或获批",
                               [Evidence(case.progress[a:b], a, b)])
            passed = _preparation_passed(case, norm, case.task_text[must.end():])
            ready = next(((a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)
                          and _READY_TO_BUILD.search(norm[a:b])), None) if "前期" in case.task_text[must.end():] else None
            if ready:
                # 施工图审查已完成，具备开工条件 for 完成…前期工作: the whole of the preparation done, the works ready
                # to begin.
                a, b = ready
                return Outcome("completed", None, "statement", "任务为完成前期工作，报告已具备开工条件",
                               [Evidence(case.progress[a:b], a, b)])
            if passed:
                # 项目可研已批复 for 完成…立项: a later step of preparation approved, the task's own step passed.
                a, b = passed
                return Outcome("completed", None, "statement", "任务为前期工作的一个环节，报告已完成其后的环节",
                               [Evidence(case.progress[a:b], a, b)])
        if st in ("underway", "nearly_done", "done"):
            words_ = {"nearly_done": "主体基本完成", "done": "已完成部分工作"}.get(st, "正在实施")
            # (a start target, 启动…, is reached once work is under way: never behind for still going on)
            if must and case.expected >= 100 and not pattern("start_verb").search(must.group(0)):
                return Outcome("behind", None, "stage", f"任务期限已到，报告{words_}，尚未完成，判欠进度", ev)
            # (not for a start target, 开工…项目11个, where one item still at 征收 is one share of many started)
            lagging = _item_lagging(case, norm) if must and not plan_only and not rest_idle and not pattern(
                "start_verb").search(must.group(0)) else None
            if lagging and case.expected >= threshold("half_year"):
                # 北区消防站主体施工中;南区消防站正在进行用地报批 for 新建北区、南区两个消防站: past mid-year an
                # item of several, named on its own, has not begun.
                a, b = lagging
                return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，报告其中一项尚未开工或仍在前期，判欠进度",
                               ev + [Evidence(case.progress[a:b], a, b)])
            if must and not plan_only and rest_idle and case.expected >= threshold("half_year"):
                # 完成主体施工2家,其余尚未动工: past mid-year the rest has not begun.
                a, b = rest_idle
                return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，报告其余部分尚未开工或仍在前期，判欠进度",
                               ev + [Evidence(case.progress[a:b], a, b)])
            late = works_late(case, norm) if must and not plan_only and _one_project(case) and not pattern(
                "start_verb").search(must.group(0)) else preparation_late(case, norm) if plan_only else None
            if late is None and must and not plan_only and not _one_project(case) and not pattern(
                    "start_verb").search(must.group(0)):
                # 1所正在进行桩基施工 beside others done at 30 September for 新建幼儿园4所: one item of several, given
                # its own sentence, has not reached the step of its works the time gone asks for.
                late = _item_works_late(case, norm)
            if late:
                # 主体结构施工至第8层 at 30 November, 项目于8月开工…基础施工 at 30 September for 建成投用…: the works
                # have not reached the step the time gone asks for.
                a, b = late[1]
                return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，{late[0]}，判欠进度",
                               [Evidence(case.progress[a:b], a, b)])
            short = _measure_short(case, norm)
            if short:
                # 目前完成管道铺设2.6公里 for 完成…管网改造30公里: the one figure done in the target's own measure
                # (a length, an area, an amount), under another verb or noun, falls short of the pace.
                f, c, status = short
                return Outcome(status, c, "figures", f"目标{case.numeric[0].metric}{case.numeric[0].text}，报告同一计量单位完成{f.fact.text}，"
                               f"完成率{_fmt(c)}%，低于序时进度{_fmt(case.expected)}%，判欠进度",
                               [Evidence(f.fact.text, *f.fact.span)], flags=["weak_match"])
            return Outcome("on_track", None, "stage", f"报告{words_}，按阶段判断达进度", ev)
        if must and not plan_only and _missed_outright(case):
            # 6月底前完成…建设 still at tender at 30 September, 年内未能开工 at 31 December
            return Outcome("seriously_behind", None, "stage", "任务期限已过，报告仍处前期准备阶段、尚未开工，判严重滞后", ev)
        if must and not plan_only and case.expected >= threshold("half_year"):
            return Outcome("behind", None, "stage",
                           f"任务须开工或建成，过序时进度{_fmt(case.expected)}%仍处前期准备阶段，判欠进度", ev)
        if must and case.expected >= 100:
            # 4月底前完成…摸底排查: even a task that is itself preparation is due by its deadline.
            return Outcome("behind", None, "stage", "任务期限已到，报告仍在进行，尚未完成，判欠进度", ev)
        late = preparation_late(case, norm) if plan_only else None
        if late:
            # 正在开展前期调研 at 30 November for 完成…前期工作: a quarter of the time left, still at the first step.
            a, b = late[1]
            return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，{late[0]}，判欠进度",
                           [Evidence(case.progress[a:b], a, b)])
        if must and not plan_only:
            # 已完成土地摘牌，正在进行方案设计 at 30 June for 明年底前建成…: a quarter of its time gone.
            return Outcome("on_track", None, "stage",
                           f"报告处于前期准备阶段，序时进度{_fmt(case.expected)}%未过半，按阶段判断达进度", ev)
        return Outcome("on_track", None, "stage", "报告处于前期准备阶段，任务无必达阶段，按阶段判断达进度", ev)


class OwnWorkload(StatusRule):
    help_text = ("A task with no number measured by its own workload: a rate of the task's own work "
                 "(积案化解率87%, 完成年度工程量60%) is its completion, compared with 序时进度.  For a 全覆盖 task, "
                 "the coverage reached (覆盖率, a share of the whole, or a part of the whole counted in the same "
                 "unit: 240个自然村中已有150个, 全区9个街道已有5个, or the whole first and the part done after it: 共60条，已完成…38条) is a "
                 "level to reach: short of the whole behind, the whole completed.")

    def judge(self, case):
        if case.numeric:
            return None
        norm = for_parsing(case.progress)
        items = _OWN_ITEMS.search(norm)
        whole, done = (items.group(1) or items.group(2), items.group(3)) if items else ("0", "0")
        if items and not case.in_forecast(items.start()) and float(whole) >= float(done) > 0:
            # 专项行动共12项任务,已完成7项 / 15项重点任务中,已完成6项: the task's own list of items.
            c = round(100.0 * float(done) / float(whole), 1)
            a, b = items.span()
            return _paced(case, c, f"任务自身{whole}项已完成{done}项",
                          [Evidence(case.progress[a:b], a, b)])
        covered = (_COVERED_OF_WHOLE.search(norm) or _WHOLE_THEN_PART.search(norm)) if _COVERAGE_GOAL.search(case.task_text) else None
        if covered and not case.in_forecast(covered.start()) and 0 < float(covered.group("part")) <= float(
                covered.group("whole")):
            # 全镇240个自然村中已有150个完成改厕 for …自然村全覆盖: the part of the whole reached is the coverage,
            # a level to reach by the year's end, held only when it is the whole.
            c = round(100.0 * float(covered.group("part")) / float(covered.group("whole")), 1)
            status = "completed" if c >= 100 else "behind"
            a, b = covered.span()
            return Outcome(status, c, "figures", f"目标全覆盖，报告{covered.group('whole')}{covered.group('unit')}中"
                           f"{covered.group('part')}{covered.group('unit')}，覆盖{_fmt(c)}%，判{status_word(status)}",
                           [Evidence(case.progress[a:b], a, b)])
        whole = next(((w, d) for w in case.facts if w.role == "scope" and _TOTAL_LEAD.search(norm[w.clause[0]:w.fact.span[0]])
                      for d in case.facts if d.role == "done" and d.sentence == w.sentence and d.fact.span[0] > w.fact.span[1]
                      and _unit_of(d.fact) == _unit_of(w.fact) and 0 < d.fact.value <= w.fact.value),
                     None) if _COVERAGE_GOAL.search(case.task_text) else None
        if whole:
            # 背街小巷共60条，已完成亮化提升38条 for …全覆盖: the whole first (共N), then the part done — the
            # coverage reached, a level held only when it is the whole.
            w, d = whole
            c = round(100.0 * d.fact.value / w.fact.value, 1)
            status = "completed" if c >= 100 else "behind"
            a, b = w.fact.span[0], d.fact.span[1]
            return Outcome(status, c, "figures", f"目标全覆盖，报告共{w.fact.text}，已完成{d.fact.text}，覆盖{_fmt(c)}%，"
                           f"判{status_word(status)}", [Evidence(case.progress[a:b], a, b)])
        task = _NON_WORD_OR_DIGIT.sub("", case.task_text)
        for f in case.facts:
            pace = _PACE_OF.search(f.fact.metric)
            if vocab.is_rate(f.fact.unit) and pace and pace.group(1) in task and 0 < f.fact.value <= 100:
                # 排查进度达到85% for 完成全区房屋安全隐患排查: the progress of the task's own work.
                c = round(f.fact.value, 1)
                return _paced(case, c, f"任务本身工作的{f.fact.metric}{_fmt(c)}%", [Evidence(f.fact.text, *f.fact.span)])
            m = f.fact
            if vocab.is_rate(m.unit) and _COVERAGE_GOAL.search(case.task_text) and _SHARE_OF_WHOLE.match(m.metric) \
                    and 0 < m.value <= 100 and not case.in_forecast(m.span[0]):
                # 已覆盖52条，占城区背街小巷总数86条的60% for …全覆盖: the share of the whole covered is the coverage.
                status = "completed" if m.value >= 100 else "behind"
                return Outcome(status, m.value, "figures", f"目标全覆盖，报告占总数的{_fmt(m.value)}%，"
                               f"判{status_word(status)}", [Evidence(m.text, *m.span)])
            if vocab.is_rate(m.unit) and m.metric.endswith("率") and 0 < m.value <= 100 and f.role == "done":
                if _COVERAGE_GOAL.search(case.task_text) and m.metric.endswith("覆盖率"):
                    # 覆盖率92% for …全覆盖: a level to reach, held only at 100.
                    status = "completed" if m.value >= 100 else "behind"
                    return Outcome(status, m.value, "figures", f"目标全覆盖，报告{m.metric}{_fmt(m.value)}%，"
                                   f"判{status_word(status)}", [Evidence(m.text, *m.span)])
                core = m.metric[-4:-1]
                if len(core) >= 2 and any(core[i:i + 2] in task for i in range(len(core) - 1)):
                    c = round(m.value, 1)
                    return _paced(case, c, f"任务本身工作量的完成{m.metric}{_fmt(c)}%", [Evidence(m.text, *m.span)])
        return None


# 全区9个街道已有5个 / 辖区登记残疾人家庭318户，已完成…204户: the whole, opened by a word of the whole area or a
# register (words.toml [report.whole_lead]), then the part already reached, in the same unit.
_WHOLE_THEN_PART = _quick(re.compile(
    f"(?:{vocab.alternation('report.whole_lead')})" r"[^\d,;。，；]{0,10}?(?<![\d.])(?P<whole>\d+)"
    f"(?P<unit>{vocab.unit_alternation_of('count')})" r"[^\d。；;]{0,16}?" f"(?:{vocab.alternation('report.part_reached')})"
    r"[^\d,;。，；]{0,12}?"
    r"(?<![\d.])(?P<part>\d+)(?P=unit)"))


# 占城区背街小巷总数86条的 / 占总数的: a share of the whole (the whole named as 总数, 总量).
_SHARE_OF_WHOLE = re.compile(r"占[^,;。，；]{0,16}?总(?:数|量)[^,;。，；]{0,10}?的?$")


# The year's plan the report states itself (年度计划投资8亿元, 全年目标完成投资12亿元).
_OWN_PLAN = re.compile(f"(?:{vocab.alternation('time.own_year')})(?:{vocab.alternation('task.plan_object')})"
                       r"(?:完成)?(?:总)?([^\d,;。，；]{0,8}?)"
                       r"(\d+(?:\.\d+)?)\s*([亿万千]?元)")


_TERSE_PERIOD = vocab.pattern("figure.terse_period")


def _terse_period(metric: str) -> bool:
    """上半年完成 / 截至6月底完成: a period and a verb, naming nothing else."""
    core = _NON_WORD_OR_DIGIT.sub("", _THIS_YEAR.sub("", metric))
    return len(_TERSE_PERIOD.sub("", core)) == 0


_NOT_DONE_AMOUNT = vocab.pattern("figure.not_done_amount")


class PlannedAmount(StatusRule):
    help_text = ("A task with no number whose report states the year's planned amount and the amount done so far "
                 "(年度计划投资8亿元, 1-6月完成投资2.1亿元): the share done is the completion, compared with 序时进度.")

    def judge(self, case):
        if case.numeric:
            return None
        norm = for_parsing(case.progress)
        for m in _OWN_PLAN.finditer(norm):
            unit, factor = vocab.comparable_unit(m.group(3), m.group(3)[0] if m.group(3)[0] in "亿万千" else "")
            plan = float(m.group(2)) * factor
            metric = _NON_WORD.sub("", m.group(1))
            done = [f for f in case.facts if f.role == "done" and not m.start() <= f.fact.span[0] < m.end()
                    and _unit_of(f.fact) == unit and not _NOT_DONE_AMOUNT.search(f.words)
                    and (not metric or metric[:2] in f.fact.metric or _terse_period(f.words.replace(f.fact.text, "")))]
            if not done or not plan:
                continue
            f = next((g for g in done if _THIS_YEAR.search(g.words)), None) or next(
                (g for g in done if g.fact.cumulative), done[0])
            c = round(100.0 * _value(f.fact) / plan, 1)
            return _paced(case, c, f"报告年度计划{m.group(2)}{m.group(3)}，已完成{f.fact.text}，完成率{_fmt(c)}%",
                          [Evidence(case.progress[m.start():m.end()], m.start(), m.end()),
                           Evidence(f.fact.text, *f.fact.span)])
        return None


# Asked at import, as every engine module asks its word lists (the vocabulary test finds dead lists).
_ACTION = vocab.pattern("status.action")


_PROCESS_ACTION = frozenset(vocab.words("status.process_action"))


def _concrete(case: Case) -> re.Match | None:
    """The first word of concrete work reported (出台, 召开, 上线): not a process verb (推进, 落实), not an
    attribute (出台的政策), not in a plan."""
    progress = case.progress or ""
    restated = [m.span() for m in _RESTATED_VERB.finditer(progress)]
    return next((m for m in _ACTION.finditer(progress) if m.group(0) not in _PROCESS_ACTION
                 and progress[m.end():m.end() + 1] != "的" and not case.in_forecast(m.start())
                 and not _NOUN_ACTION.match(progress, m.start())
                 and not any(a <= m.start() < b for a, b in restated)), None)


# 已启动相关工作, 已部署各项工作: a verb whose only object is the task itself restates it — no concrete work.
_RESTATED_VERB = re.compile(f"(?:已)?(?:{vocab.alternation('task.restated_verb')})(?:了)?"
                            f"(?:{vocab.alternation('task.restated_scope')})(?:{vocab.alternation('task.work_noun')})")


# An action word inside a noun (加强组织领导, 强化组织保障): no work reported.
_NOUN_ACTION = re.compile(f"组织(?:{vocab.alternation('task.organisation_noun')})")


class ConcreteWork(StatusRule):
    help_text = ("Concrete work or results reported (出台, 召开, 上线, figures of work done …) on a task with no "
                 "measurable part: on_track, basis stage.  On a task whose parts no figure measures (完成…排查整治), "
                 "figures of the task's own work (已排查隐患点位1236处) before its deadline: on_track, basis stage.  "
                 "Not for a rate tied to another measure (与经济增长同步) whose other side the reply does not name,.")

    def judge(self, case):
        if case.numeric:
            return None
        tied = _TIED.search(for_parsing(case.task_text))
        if tied and tied.group(1) not in for_parsing(case.progress):
            return None     # 收入增长5.2% for 收入增长与经济增长同步: the other side is not reported
        if case.parts:
            # 已排查隐患点位1236处,整改1180处 for 完成辖区消防安全隐患排查整治: figures of the task's own work (its
            # words) on a task no figure measures, before its deadline — work under way, never the task done.
            if case_expected_done(case.expected):
                return None
            own = next((f for f in case.facts if f.role == "done" and not case.in_forecast(f.fact.span[0])
                        and _content_bigrams(f.words) & _content_bigrams(case.task_text)), None)
            if own is None:
                return None
            s, e = own.clause
            return Outcome("on_track", None, "stage", "已报告任务本身工作的数量，任务无量化目标，判断达进度",
                           [Evidence(case.progress[s:e], s, e)])
        m = _concrete(case)
        if not m:
            # 走访企业1200家: on a task with no measurable part, people served are its work.
            done = next((f for f in case.facts if f.role in ("done", "other")), None)
            if done is None:
                return None
            s, e = done.clause
            return Outcome("on_track", None, "stage", "已报告具体工作成效，任务无量化目标，判断达进度",
                           [Evidence(case.progress[s:e], s, e)])
        s, e = m.start(), min(len(case.progress), m.start() + 30)
        return Outcome("on_track", None, "stage", "已报告具体工作进展，任务无量化目标，判断达进度",
                       [Evidence(case.progress[s:e], s, e)])


class Unclear(StatusRule):
    help_text = "Nothing above applies: the text does not support a verdict (unclear), the honest answer."

    def judge(self, case):
        if case.numeric:
            t = case.numeric[0]
            return Outcome("unclear", None, "none", f"目标为{t.text or t.metric}，报告中无可比数据")
        return Outcome("unclear", None, "none", "进展内容不足以判断")


def status_word(status: str | None) -> str:
    return STATUS_LABELS.get(status or "", status or "")
