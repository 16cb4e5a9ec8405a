"""Guards (``Guard``, judging.toml ``[[guards]]``): what no verdict may say, whichever rule decided —
a forecast read as done, the rest still to come, works forecast, not yet in place, a document adopted
but not issued.  (The module is named so that it does not shadow ``guards()``.)
"""

from __future__ import annotations

import re
from functools import cache

from .. import vocab
from ..judgement import Evidence
from ..text import for_parsing
from .base import _CLAUSE, _MEASURE_CHAR, _SENTENCE, RuleObject, pattern, words
from .case import Case, Outcome, _spans
from .clauses import _REST_OPENS
from .forecasts import (
    _PLANNED_FOR_DONE,
    _PLANNED_NOUN_DONE,
    _PLANNED_NOUN_RATE,
    _TARGET_LABEL,
    starts_fulfilled,
    target_sections,
)
from .judging import _content_bigrams, case_expected_done
from .status import status_word
from .status_statements import named_done_apart

# --- guards: what no verdict may say, whichever rule decided -----------------------------------------
#
# After the deciding rule, each guard (judging.toml [[guards]]) may replace its outcome.  A guard is the
# last word on one promise of issue 11, written apart from the rules so that a new rule cannot break it.

class Guard(RuleObject):
    """A check of the deciding rule's outcome: ``guard(case, outcome)`` gives the outcome to keep instead,
    or None when the outcome stands."""

    def guard(self, case: Case, outcome: Outcome) -> Outcome | None:   # pragma: no cover - every guard overrides it
        raise NotImplementedError


# An intention word (judging.toml [words.forecast]) not after 已/按/超/原 (已计划, 按计划完成, 超计划), then later
# in its clause a result (完成, 建成, 投用…): 预计9月完成, 目标将8月底全部完成, 确保国庆前建成.
_GUARD_RESULT = re.compile(f"{vocab.alternation('intention.clause_result')}|{vocab.alternation('completion.verb')}"
                           f"|{'|'.join(re.escape(w) for w in vocab.longest_first(words('completion_statement')))}")


@cache
def _guard_intention() -> re.Pattern:
    return re.compile(rf"(?<![已按超原])(?:{'|'.join(re.escape(w) for w in vocab.longest_first(words('forecast')))})")


# 计划生育, 计划单列: nouns that hold 计划 and plan nothing (words.toml intention.plan_noun), blanked before a clause is
# read for an intention (计划生育家庭特别扶助年度任务全面完成 is work done); so are drafting verbs that hold 拟
# (已草拟实施方案: words.toml intention.drafting).
_PLAN_NOUN = vocab.pattern("intention.plan_noun", "intention.drafting")


def intention_clause(clause: str) -> bool:
    """A clause that states a plan, forecast or intention with a result after it (not a rate of it, 计划完成率)
    and no 已 before that result; a noun that holds 计划 and plans nothing (计划生育) is no intention."""
    clause = _PLAN_NOUN.sub(lambda n: "　" * len(n.group(0)), clause)
    if _PLANNED_FOR_DONE.match(clause) or _PLANNED_NOUN_DONE.match(clause) or _PLANNED_NOUN_RATE.match(clause):
        # 一季度拟开工项目的全部审批手续已全部完成, 计划新开工项目已开工30个, 计划开工项目开工率100%: the plan names the
        # items, the clause says how far they have come
        return False
    m = _guard_intention().search(clause)
    if not m:
        return False
    r = _GUARD_RESULT.search(clause, m.end())
    return bool(r) and "已" not in clause[:r.end()] and not _MEASURE_CHAR.match(clause[r.end():])


def estimate_evidence(case: Case, outcome: Outcome) -> bool:
    """Whether every piece of the verdict's evidence from the report stands in an estimate of a period that has
    ended (Case.estimate_spans: 1-7月份,预计完成…; 预计全年… at 31 December), and there is some."""
    if not case.estimate_spans:
        return False
    norm = for_parsing(case.progress)
    quoted = [e for e in outcome.evidence if e.source == "progress"]
    for e in quoted:
        start = e.start if norm[e.start:e.end] == for_parsing(e.text) else norm.find(for_parsing(e.text))
        if start < 0 or not case.in_estimate(start):
            return False
    return bool(quoted)


class EstimateNotDone(Guard):
    help_text = ("A completed verdict whose every piece of evidence stands in an estimate of a period that has ended by "
                 "the report's date (1-7月份,预计完成…; 预计全年增长6.2% at 31 December: words.toml forecast.estimate_word "
                 "beside forecast.estimate_period) is on track, never completed: the estimate is that period's figure "
                 "for the pace, not work done (flag estimate; the labels' README rule question 29).")

    def guard(self, case, outcome):
        if outcome.status != "completed" or not estimate_evidence(case, outcome):
            return None
        return Outcome("on_track", outcome.completion, outcome.basis,
                       "报告为已结束时段的预计数，按其数字已达到目标，但预计不作完成，判达进度", list(outcome.evidence),
                       list(outcome.sub_targets), [*outcome.flags, "estimate"])


class ForecastNotDone(Guard):
    help_text = ("A completed verdict whose every piece of evidence from the report stands in a clause of plan, "
                 "forecast or intention (预计9月底完成, 目标将8月底全部完成, 力争年内建成, 确保国庆前完成, 下一步将全面完成) "
                 "is never completed: nothing in the report says the work is done, so the verdict is unclear "
                 "(flag forecast_only) and a person reads the row.")

    def guard(self, case, outcome):
        if outcome.status != "completed":
            return None
        norm = for_parsing(case.progress)
        quoted = [e for e in outcome.evidence if e.source == "progress"]
        if not quoted:
            return None
        clauses = _spans(_CLAUSE, norm)
        for e in quoted:
            start = e.start if norm[e.start:e.end] == for_parsing(e.text) else norm.find(for_parsing(e.text))
            if start < 0:
                return None
            s, t = next(((s, t) for s, t in clauses if s <= start < t), (start, start + len(e.text)))
            if not intention_clause(norm[s:t]):
                return None
        return Outcome("unclear", None, "none", "报告仅有计划、预计或打算的表述，未计为完成", list(outcome.evidence),
                       list(outcome.sub_targets), [*outcome.flags, "forecast_only"])


_REST_GOING_ON = re.compile(f"(?:{vocab.alternation('status.rest_going_on')})")


_FIGURE_UNIT = re.compile(r"(\d+(?:\.\d+)?)([^\d\s.,;，；。、:：])")
_SENTENCE_PART_MARKS = "；;。"


def _rest_of_other_count(norm: str, at: int, clause: str, case: Case) -> bool:
    """主汛期以来新增水毁设施12处，已修复7处，其余5处正在抢修 beside 汛前已完成85处: the rest's count is what is left of a
    scope and a count done before it in its own part of the sentence (12 − 7 = 5, between semicolons), so it is that
    batch's rest, not the task's — the task's count reached stays done.  Only when the task's own count in the rest's
    unit is reached by a figure in an earlier part of the reply, and that scope is not the task's own figure; or when
    every part of the task is a figure and none is counted in the rest's unit (隐患…其余4条 beside a coverage of 100%)."""
    rest = _FIGURE_UNIT.search(clause[_REST_OPENS.match(clause).end():][:6])
    if rest is None:
        return False
    start = max(norm.rfind(mark, 0, at) for mark in _SENTENCE_PART_MARKS) + 1
    values = [float(v) for v, unit in _FIGURE_UNIT.findall(norm[start:at]) if unit == rest.group(2)]
    left = float(rest.group(1))
    own = [p.indicator.value for p in case.parts if p.indicator is not None and p.indicator.unit == rest.group(2)
           and p.indicator.value]
    # 发现问题隐患263条，已整改259条，其余4条正在督促整改 beside 完成…监督检查全覆盖 for a coverage of 100%: a task whose
    # targets are all figures, none counted in the rest's unit, has no rest in it — that batch's rest is another thing's.
    measured = [p for p in case.parts if p.indicator is not None]
    other_unit = not own and bool(measured) and len(measured) == len(case.parts)
    reached = any(float(v) >= min(own) for v, unit in _FIGURE_UNIT.findall(norm[:start]) if unit == rest.group(2)) \
        if own else other_unit
    if not own:
        # (全区86个行政村中已有79个村…，其余7个村预计年底前可以达标: a whole the task itself names — its clause shares the
        # task's words — is the task's own, so is its rest)
        task_words = _content_bigrams(case.task_text)
        part = norm[start:at]
        wholes = [(float(m.group(1)), m.start()) for m in _FIGURE_UNIT.finditer(part) if m.group(2) == rest.group(2)]
        return reached and any(
            abs(whole - done - left) < 1e-9 and not (_content_bigrams(_clause_at(part, pos)) & task_words)
            for whole, pos in wholes for done, _ in wholes if whole > done)
    return reached and any(abs(whole - done - left) < 1e-9 and whole not in own for whole in values for done in values
                           if whole > done)


def _clause_at(text: str, pos: int) -> str:
    """The clause of ``text`` holding ``pos`` (between commas, semicolons or full stops)."""
    start = max(text.rfind(mark, 0, pos) for mark in ",，;；。") + 1
    ends = [i for i in (text.find(mark, pos) for mark in ",，;；。") if i >= 0]
    return text[start:min(ends) if ends else len(text)]


# 其中9座已通过完工验收 after 12座…已全部完工: a subset of the whole done, at a later step of its own.
_AMONG_FIGURE = re.compile(r"其中\s*(\d+(?:\.\d+)?)([^\d\s.,;，；。、:：])")
# The later steps a subset may be counted at (验收, 投用, 交付: judging.toml words.main_works_task_not).
_LATER_STEPS = tuple(words("main_works_task_not"))


def _rest_of_subset(norm: str, at: int, clause: str, case: Case) -> bool:
    """12座…主体工程已全部完工，…其中9座已通过完工验收，其余3座正在整理验收资料 for 完成12座…主体工程: the rest's count is what
    is left of a subset (其中 M) of a whole said done before it in its sentence (12 = 9 + 3), the whole reaching the task's
    own count, and the subset counted at a later step the task does not ask (验收, 投用: words.main_works_task_not) — the
    rest of that step, not of the task, whose count reached stays done (statusd, stop 62)."""
    rest = _FIGURE_UNIT.search(clause[_REST_OPENS.match(clause).end():][:6])
    if rest is None:
        return False
    start = max(norm.rfind(mark, 0, at) for mark in _SENTENCE_PART_MARKS) + 1
    among = [m for m in _AMONG_FIGURE.finditer(norm, start, at) if m.group(2) == rest.group(2)]
    own = [p.indicator.value for p in case.parts if p.indicator is not None and p.indicator.unit == rest.group(2)
           and p.indicator.value]
    if not among or not own:
        return False
    sub = among[-1]
    task = for_parsing(case.task_text or "")
    if any(w in norm[sub.start():at] and w in task for w in _LATER_STEPS) \
            or not any(w in norm[sub.start():at] for w in _LATER_STEPS):
        return False
    whole = float(sub.group(1)) + float(rest.group(1))
    return any(abs(float(v) - whole) < 1e-9 and float(v) >= min(own)
               for v, unit in _FIGURE_UNIT.findall(norm[start:sub.start()]) if unit == rest.group(2))


class RestStillToCome(Guard):
    help_text = ("A completed verdict beside a clause that says the rest of the task is still to come or still going "
                 "on (剩余2个计划10月完工, 后续活动持续开展至10月: report.the_rest, then a plan, forecast or intention, or work "
                 "going on) is on track, not completed: part of the work is not done (flag forecast).  Once the "
                 "deadline has passed (序时进度 100%: 全年…共9个，已竣工7个，其余2个正在扫尾 at 31 December) it is "
                 "behind: the time is over and part of the work is not done (rule question 18).  The rest of "
                 "another batch (主汛期以来新增…，其余5处正在抢修 beside the task's count reached) or of a subset counted at a later step the task does not ask "
                 "(其中5座已通过验收，其余3座正在组织验收 beside 8座…主体工程已全部完工 for 完成8座…主体工程) is no rest of "
                 "the task's.")

    def guard(self, case, outcome):
        if outcome.status != "completed":
            return None
        norm = for_parsing(case.progress)
        intention = _guard_intention()
        for s, t in _spans(_CLAUSE, norm):
            clause = norm[s:t].strip()
            if _REST_OPENS.match(clause) and (intention.search(clause) or _REST_GOING_ON.search(clause)) \
                    and not _rest_of_other_count(norm, s, clause, case) and not _rest_of_subset(norm, s, clause, case):
                if case_expected_done(case.expected):
                    return Outcome("behind", None, outcome.basis, "期限已过，报告称其余部分尚在计划或进行中，判欠进度",
                                   list(outcome.evidence), list(outcome.sub_targets),
                                   [*outcome.flags, *(["forecast"] if "forecast" not in outcome.flags else [])])
                return Outcome("on_track", None, outcome.basis, "报告称其余部分尚在计划或进行中，未计为全部完成",
                               list(outcome.evidence), list(outcome.sub_targets),
                               [*outcome.flags, *(["forecast"] if "forecast" not in outcome.flags else [])])
        return None


class WorksForecast(Guard):
    help_text = ("A completed verdict beside a clause that forecasts or plans a step of the works themselves "
                 "(主体设备安装预计9月完成, 计划11月通水调试, 预计10月竣工, or a result dated after the report, 11月底前完工 at 31 "
                 "October: a plan, forecast or intention naming a step of the works ladder, words.works_begun, "
                 "works_main or works_finishing) is "
                 "not completed: what is finished is a component (厂房已建成, 土建已完成) and the works go on — on "
                 "track before the deadline, behind once it has passed (序时进度 100%).  Not where the task is itself "
                 "a step of the works (完成主体结顶: words.works_step_task), whose later steps are no part of it, nor a "
                 "count reached (已完成改造10个 for 10个: basis figures), which later steps do not undo, nor a "
                 "forecast in another sentence that does not name the task while an office's list in the reply names "
                 "it among the items done (A、B 2个项目全面完成任务。C、D 2个项目预计9月底前开工 for A: the other "
                 "items' plan; status_statements.named_done_apart).")

    def guard(self, case, outcome):
        if outcome.status != "completed" or outcome.basis == "figures" or _WORKS_STEP_TASK.search(case.task_text):
            return None     # (a count reached, 已完成改造10个 for 10个, is done whatever follows it: 将于下月组织验收)
        norm = for_parsing(case.progress)
        spans = _spans(_CLAUSE, norm)
        # (8月份目标：进场施工。进展情况：已完成全年目标任务: the period's target restated in its section, no forecast)
        sections = set(target_sections(norm, spans))
        for k, (s, t) in enumerate(spans):
            clause = norm[s:t].strip()
            if _TARGET_LABEL.match(norm, s) or (s, t) in sections:
                continue
            if _REST_OPENS.match(clause) or not (intention_clause(clause) or case.in_forecast(s) and "已" not in clause) \
                    or not _WORKS_STEP.search(clause):
                continue
            if starts_fulfilled(norm, (s, t), spans[k + 1] if k + 1 < len(spans) else None):
                continue     # 本年度计划新开工项目9个,已全部开工: the planned starts all made, no plan left
            if named_done_apart(case, norm, s):
                continue     # A、B 2个项目全面完成任务。C、D 2个项目预计9月底前开工 for A: other items' plan
            status = "behind" if case_expected_done(case.expected) else "on_track"
            ev = [*outcome.evidence, Evidence(case.progress[s:t].strip(), s + len(norm[s:t]) - len(norm[s:t].lstrip()),
                                              t - len(norm[s:t]) + len(norm[s:t].rstrip()))]
            return Outcome(status, None, "stage", f"报告部分工程已完成，但{clause}尚属计划或预计，未计为完成，"
                           f"判{status_word(status)}", ev, list(outcome.sub_targets),
                           [*outcome.flags, *(["forecast"] if "forecast" not in outcome.flags else [])])
        return None


class NotYetInPlace(Guard):
    help_text = ("A completed verdict not resting on figures beside a clause, not of a plan, that says the result is "
                 "not yet in service on a task of use (建成投用, 上线运行: 平台尚未上线, 尚未投入使用: words.not_in_service) or "
                 "that its equipment is still "
                 "being bought or has not arrived (终端设备尚在采购, 硬件正在政府采购中, 设备尚未到货: words.still_buying) "
                 "is not completed: what is done is a part (软件系统已开发完成, 装修已完成) — on track before the "
                 "deadline, behind once it has passed (序时进度 100%).")

    def guard(self, case, outcome):
        if outcome.status != "completed" or outcome.basis == "figures":
            return None
        norm = for_parsing(case.progress)
        for s, t in _spans(_CLAUSE, norm):
            if case.in_forecast(s):
                continue
            m = _STILL_BUYING.search(norm, s, t) or (
                _NOT_IN_SERVICE.search(norm, s, t) if pattern("use_target").search(case.task_text) else None)
            if m:
                status = "behind" if case_expected_done(case.expected) else "on_track"
                ev = [*outcome.evidence, case.quote(s, t)]
                return Outcome(status, None, "stage", f"报告部分工作已完成，但{norm[s:t].strip()}，未计为完成，"
                               f"判{status_word(status)}", ev, list(outcome.sub_targets), list(outcome.flags))
        return None


_NOT_IN_SERVICE = pattern("not_in_service")
_STILL_BUYING = pattern("still_buying")


# A step of the works ladder named in a forecast clause (WorksForecast), and a task that is itself such a step.
_WORKS_STEP = re.compile("|".join(re.escape(w) for w in vocab.longest_first(
    (*words("works_begun"), *words("works_main"), *words("works_finishing")))))
_WORKS_STEP_TASK = pattern("works_step_task")


# 《细则》经区长办公会审议通过，待印发: a document adopted (审议通过), its issue (印发, 发布, 发文, 出台) still to
# come in the same sentence (待, 将, 拟, 即将, 尚未, 正在履行…).
_ADOPTED = vocab.pattern("status.adopted")
_ISSUE_PENDING = re.compile(f"(?:{vocab.alternation('status.issue_pending')})[^,;。!?，；！？]{{0,8}}?"
                            f"(?:{vocab.alternation('status.issue')})")


class IssuePending(Guard):
    help_text = ("A completed verdict on a row that says a document was adopted (审议通过, 通过审议) and, later in the "
                 "same sentence, that its issue is still to come (待印发, 近期将正式印发, 尚未发文, 正在履行发文程序): "
                 "adopted is not issued, so the work is nearly done — on track before the deadline, behind once it "
                 "has passed (序时进度 100%).")

    def guard(self, case, outcome):
        if outcome.status != "completed":
            return None
        norm = for_parsing(case.progress)
        for a, b in _spans(_SENTENCE, norm):
            adopted = _ADOPTED.search(norm, a, b)
            pending = _ISSUE_PENDING.search(norm, adopted.end(), b) if adopted else None
            if pending:
                status = "behind" if case_expected_done(case.expected) else "on_track"
                ev = [Evidence(case.progress[adopted.start():pending.end()], adopted.start(), pending.end())]
                return Outcome(status, None, "stage", f"报告文件已审议通过，尚待印发，未计为完成，判{status_word(status)}",
                               ev, list(outcome.sub_targets), list(outcome.flags))
        return None
