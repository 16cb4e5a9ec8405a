"""The verdict on a case: the configured rules and guards in order (``rules``, ``guards``), the first
rule's outcome with the guards after it (``evaluate``), the guard that judges each passed interim
milestone through ``evaluate`` again (``InterimMissed``), and a verdict's confidence, flags and whether
it needs a person (``confidence``, ``review``).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache

from .. import vocab
from ..indicators import deadline_date, expected_pct
from ..indicators import parse as parse_task
from ..progress import parse_row
from ..text import for_parsing
from .base import _STATUS_INVESTMENT_PLAN_LABEL, RuleObject, config, pattern, threshold
from .building import build_case
from .case import Case, Outcome
from .clauses import _DONE_OR_FINISHED, _NOT_YET, _PREP_OBJECT
from .flag_check import _live_clauses
from .flags import flag_checks
from .guarding import (
    EstimateNotDone,
    ForecastNotDone,
    Guard,
    IssuePending,
    NotYetInPlace,
    RestStillToCome,
    WorksForecast,
    estimate_evidence,
)
from .judging import _content_bigrams
from .status import StatusRule
from .status_measures import (
    AmountDueShare,
    BenchmarkGrowth,
    BenchmarkLevel,
    CapLineHeld,
    CoverageByCount,
    EventsByOrdinal,
    NamedFirmsDone,
    OwnWorkload,
    PlannedAmount,
    PlannedToDate,
    RankHeld,
    RateWithoutFigure,
    RatioCap,
)
from .status_parts import FoundAndFixed, SubTargets, ZeroHeld
from .status_stage import (
    ConcreteWork,
    ListStarts,
    MainWorksDone,
    PeriodQuotaHeld,
    PreparatoryList,
    StageAgainstDeadline,
    StandardRaiseDated,
    TitleGranted,
    Unclear,
)
from .status_statements import (
    AheadStatement,
    Cancelled,
    ItemsNamed,
    LedgerClosed,
    NotStarted,
    OfficeClass,
    PaceStatement,
    PeriodicIndicator,
    StatedRate,
    UnitStatement,
    WholeStatement,
)

RULE_CLASSES: dict[str, type[StatusRule]] = {
    c.__name__: c for c in (OfficeClass, StatedRate, ItemsNamed, WholeStatement, Cancelled, NotStarted, PaceStatement, LedgerClosed, FoundAndFixed, PreparatoryList, MainWorksDone, TitleGranted, PeriodicIndicator, AmountDueShare, SubTargets, OwnWorkload,
                            PlannedAmount, PlannedToDate, ZeroHeld, RankHeld, BenchmarkGrowth, BenchmarkLevel, AheadStatement, UnitStatement, RateWithoutFigure, RatioCap, CoverageByCount, ListStarts, EventsByOrdinal, NamedFirmsDone, CapLineHeld, StageAgainstDeadline, ConcreteWork, StandardRaiseDated, PeriodQuotaHeld, Unclear)
}


@cache
def rules() -> tuple[StatusRule, ...]:
    """The configured rules in order (judging.toml ``[[rules]]``); an unknown name raises KeyError."""
    out = []
    for spec in config()["rules"]:
        options = {k: v for k, v in spec.items() if k != "name"}
        out.append(RULE_CLASSES[spec["name"]](**options))
    return tuple(out)


def confidence(outcome: Outcome, case: Case, rule: str = "") -> tuple[float, list[str]]:
    """A verdict's confidence (0–1) and its flags: the rule's own, the verdict's kind (forecast, unclear,
    figures_unanswered) and those of the flag checks.  The confidence is the share right among first-run
    verdicts like it (judging.toml [confidence], bench/calibration.py): with no flag, that of its basis, or of
    its deciding rule and basis where [confidence_rule] names them; with flags, at most that of the verdicts
    carrying its most doubtful flag ([confidence_flag])."""
    flags = list(outcome.flags)
    if case.forecast_spans:
        flags.append("forecast")
    if "estimate" not in flags and estimate_evidence(case, outcome):
        flags.append("estimate")     # the verdict rests on an estimate of a period ended: a person confirms it
    if outcome.status == "unclear":
        flags.append("unclear")
    elif case.numeric and outcome.basis in ("stage", "unit_statement") and "part_without_fact" not in flags:
        flags.append("figures_unanswered")     # the task has figures, the verdict rests on words only
    flags += [c.flag for c in flag_checks() if c.flag not in flags and c.check(case, outcome)]
    cfg = config()
    conf = float(cfg["confidence_rule"].get(f"{rule}/{outcome.basis}", cfg["confidence"].get(outcome.basis, 0.3)))
    by_flag = cfg["confidence_flag"]
    conf = min([conf, *(float(by_flag[f]) for f in flags if f in by_flag)])
    return round(max(0.0, min(1.0, conf)), 2), flags


def needs_person(conf: float, flags: list[str]) -> bool:
    """Below needs_person_below, or with a flag of needs_person_flags: a person confirms before it counts."""
    return conf < threshold("needs_person_below") or bool(set(flags) & set(config()["thresholds"]["needs_person_flags"]))


def review(outcome: Outcome, case: Case, rule: str = "") -> tuple[float, list[str], bool]:
    """(confidence, flags, needs a person) of a verdict on a case by the rule named ``rule``: the one place
    assess_row and the first-run bench (an earlier engine's verdict, read again by today's checks) decide it."""
    conf, flags = confidence(outcome, case, rule)
    return conf, flags, needs_person(conf, flags)


def evaluate(case: Case) -> tuple[RuleObject, Outcome]:
    """The first rule that gives a verdict, and its outcome; a guard (judging.toml [[guards]]) that replaces
    the outcome is named instead of the rule."""
    for rule in rules():
        outcome = rule.judge(case)
        if outcome is not None:
            for g in guards():
                kept = g.guard(case, outcome)
                if kept is not None:
                    return g, kept
            return rule, outcome
    raise AssertionError("the last rule always applies")   # pragma: no cover


# Two dates of the milestone vocabulary in a task (6月底前完成方案设计，年底前建成…): asked before the task is parsed.
_MILESTONE_DATE = re.compile(rf"{vocab.alternation('deadline.year_end', 'deadline.mid_year')}|(?<!\d)\d+月底|(?<!\d)\d+月份?前")


@lru_cache(maxsize=4096)
def _dated_milestones(task_text: str, year: int) -> tuple[tuple[date, str, str], ...]:
    """The task's milestones with a date (indicators.parse: a task with no figure), as (date, clause, stage)."""
    if len(_MILESTONE_DATE.findall(task_text)) < 2:
        return ()
    out = []
    for m in parse_task(task_text)[1]:
        d = deadline_date(m.deadline, year)
        if d:
            out.append((d, m.text, m.stage))
    return tuple(out)


# A date in a clause (已于5月20日完工): no share of the work.
_DATE_IN_CLAUSE = re.compile(r"(?:\d{4}年)?(?:1[0-2]|[1-9])月(?:[1-3]?\d[日号])?(?:[上中下]旬)?")
# A share of the work done rather than a step reached (已完成七成, 完成60%, 过半).
_STEP_SHARE = re.compile(r"\d|[一二三四五六七八九两]成|" f"{vocab.alternation('figure.past_half')}")


def _interim_met(case: Case, milestone: str, stage: str) -> bool:
    """An interim milestone the report shows reached on the stage ladder: for a start (开工) or a preparatory step
    (完成方案设计, 完成招标, 完成选址), a clause of a later step under way or further on (主体结构正在施工), or a clause
    that names the step's object finished whole (方案设计已完成; not 征地拆迁正在推进, 已完成七成); the rules' own
    reading of a step of the works (完成主体结构) decides the rest."""
    preparatory = stage == "underway" or bool(pattern("preparing").search(milestone) or _PREP_OBJECT.search(milestone))
    rest = _MILESTONE_DATE.sub("", milestone)
    verb = _DONE_OR_FINISHED.search(rest)
    obj = _content_bigrams(rest[verb.end():] if verb else rest)      # 方案设计 of 6月底前完成方案设计
    if not preparatory:
        # 汛前完成主体工程 answered by 主体工程已于5月20日全部完工: a step of the works its own clause says finished whole
        # (two pairs of characters of the step's object, no share, nothing not yet) is met, whatever later steps still
        # go on (绿化收尾, 验收材料正在编制) for the later milestone.
        return any(len(_content_bigrams(clause) & obj) >= 2
                   and (st == "done" or pattern("completion_statement").search(clause))
                   and not _STEP_SHARE.search(_DATE_IN_CLAUSE.sub("", clause)) and not _NOT_YET.search(clause)
                   for clause, st in _live_clauses(case))
    for clause, st in _live_clauses(case):
        share = _STEP_SHARE.search(clause)
        if _content_bigrams(clause) & obj:
            # the step itself: met when finished whole (方案设计已完成), not while under way (征地拆迁正在推进)
            if pattern("completion_statement").search(clause) and not share and not _NOT_YET.search(clause):
                return True
        elif st in ("underway", "nearly_done", "done") and not share:
            return True      # a later step under way (主体结构正在施工); a share done (已完成七成) is no step
    return False


class InterimMissed(Guard):
    help_text = ("A verdict of on pace or ahead on a task of two dated milestones or more (6月底前完成方案设计，年底前"
                 "建成…; 9月底前开工，年底前完成主体结构): the task's deadline is the last, and each earlier milestone whose "
                 "date has passed is judged on its own, the report read against that milestone alone at its date (序时"
                 "进度 100%).  When that reading is behind or not started (正在编制方案 at 30 September for 6月底前完成方案"
                 "设计), the interim milestone was missed: the task is behind (flag interim_target).  A step of the works "
                 "(汛前完成主体工程) whose own clause says it finished whole (主体工程已于5月20日全部完工: two pairs of the "
                 "step's characters, no share, nothing not yet) is met, whatever later steps still go on.")

    def guard(self, case, outcome):
        if outcome.status not in ("on_track", "ahead") or case.as_of is None:
            return None
        dated = _dated_milestones(case.task_text, case.as_of.year)
        if len(dated) < 2:
            return None
        last = max(d for d, _, _ in dated)
        for d, text, stage in dated:
            if d >= last or d > case.as_of or _interim_met(case, text, stage):
                continue
            sub = build_case(case.row, text, parse_task(text)[0], 100.0, case.as_of)
            _, missed = evaluate(sub)
            if missed.status in ("behind", "seriously_behind", "not_started"):
                return Outcome("behind", outcome.completion, missed.basis,
                               f"阶段目标“{text}”期限已过，{missed.reason}，判欠进度",
                               list(missed.evidence) or list(outcome.evidence), list(outcome.sub_targets),
                               [*outcome.flags, *(["interim_target"] if "interim_target" not in outcome.flags else [])])
        return None


# 某项目｜年度建设目标：10月底前点火试运行｜年度计划投资：1.8亿元: a project row's works target after its label (words.toml
# status.works_target_label), beside the year's investment plan (status.investment_plan_label).
_WORKS_LABEL = re.compile(rf"(?:{vocab.alternation('status.works_target_label')})\s*[:：]\s*(?P<works>[^｜|;；。\n]+)")
_INVEST_CLAUSE = vocab.pattern("status.investment_clause")
_REPLY_CLAUSE = re.compile(r"[^,;。，；\n]+")
_TASK_CLAUSE = re.compile(r"[^,;。，；（）()\n]+")
# 8月底前完工, 秋季开学前投入使用: a date the works are due before — 截至7月底 is the report's own date, no deadline.
_DUE_BEFORE = vocab.pattern("status.works_due_before", "deadline.may_end", "deadline.august_end", "deadline.september_end")
_NAME_END = re.compile(r"^[^,;。，；:：]{2,40}[:：]")
# A deadline named by a season (秋季开学前, 汛期前, 国庆前: words.toml deadline.*_end), due at its month's end.
_SEASON_MONTH = {month: vocab.pattern(f"deadline.{key}") for month, key in ((5, "may_end"), (8, "august_end"),
                                                                          (9, "september_end"))}
_RANK = {"completed": 0, "ahead": 1, "on_track": 2, "behind": 3, "seriously_behind": 4, "not_started": 5}


def _works_deadline(works: str, year: int) -> date | None:
    d = deadline_date(works, year)
    if d is None:
        month = next((m for m, rx in _SEASON_MONTH.items() if rx.search(works)), None)
        d = deadline_date(f"{month}月", year) if month else None
    return d


def _unlabelled_works(task: str, year: int) -> str:
    """某项目：改造道路12条，年度计划投资3000万元，8月底前完工 — the works target a project row states with no label
    beside its year's investment plan: the task's clauses after the project's name other than the money's, when they
    give the works a deadline of their own before the year's end (rule question 31); else ""."""
    name = _NAME_END.match(task)
    body = task[name.end():] if name else task
    parts = [c.strip(" （）()") for c in _TASK_CLAUSE.findall(body)]
    works = "，".join(c for c in parts if c and not _STATUS_INVESTMENT_PLAN_LABEL.search(c))
    if not works or len(works) == len(body.strip("。；; ")):
        return ""
    deadline = _works_deadline(works, year)
    if deadline is None or deadline >= date(year, 12, 31) or not _DUE_BEFORE.search(works):
        return ""
    return works


class WorksTargetOwnPart(Guard):
    help_text = ("A verdict of completed, ahead or on pace on a project row with a works target after its label and "
                 "the year's investment plan beside it (某项目｜年度建设目标：10月底前点火试运行｜年度计划投资：1.8亿元; "
                 "创建国家4A级旅游景区 beside 1亿元): the works target, when it has no figure of its own, is a part of its "
                 "own — judged alone against the reply with the clauses of its money (完成投资…, 占年度计划的…) left out, "
                 "at its own deadline's pace where it names one (10月底前 passed: 100%), else at the year's. The worse of "
                 "the two decides, completed only when both are (an investment met beside a creation awaiting its naming "
                 "is on pace; a trial run put off past its own October deadline is behind, whatever the investment's "
                 "share; the labels' README rule question 31).  Before the works target's own deadline (or the year's end) "
                 "its reading only keeps the task from completed or ahead: works going on hold its pace (rule question 4); "
                 "once the deadline has passed any lag decides (rule question 18).")

    def guard(self, case, outcome):
        if outcome.status not in ("completed", "ahead", "on_track") or case.as_of is None:
            return None
        task = for_parsing(case.task_text)
        if not _STATUS_INVESTMENT_PLAN_LABEL.search(task):
            return None
        m = _WORKS_LABEL.search(task)
        works = m.group("works").strip() if m else _unlabelled_works(task, case.as_of.year)
        if not works:
            return None
        figure = bool(parse_task(works)[0])
        if figure and m is not None:
            return None     # (a works target with a figure of its own is a part of the task's already)
        norm = for_parsing(case.progress or "")
        if len(norm) != len(case.progress or ""):
            return None
        text = list(case.progress or "")
        for c in _REPLY_CLAUSE.finditer(norm):
            if _INVEST_CLAUSE.search(c.group(0)):
                # (the clause's own stop with it: a reply left opening on a bare stop reads as one more clause)
                end = c.end() + (c.end() < len(norm) and norm[c.end()] in ",;。，；")
                text[c.start():end] = "　" * (end - c.start())
        reply = "".join(text)
        if not reply.strip(" 　,;。，；\n"):
            return None
        deadline = _works_deadline(works, case.as_of.year)
        expected = expected_pct(case.as_of, deadline) if deadline else case.expected
        sub = build_case(parse_row(reply, task=works), works, parse_task(works)[0] if figure else [], expected,
                         case.as_of)
        sub.deadline = deadline
        _, alone = evaluate(sub)
        if figure and alone.basis != "figures":
            return None     # (a figure of the works the reply leaves uncounted: the task's own reading stands)
        status = alone.status
        if (not figure and (deadline is None or deadline > case.as_of)
                and _RANK.get(status, -1) > _RANK["on_track"]):
            # (主体结构已施工至18层（共22层） before the year's end: works going on before their own deadline hold the
            # works target's pace — the labels' rule question 4; they only keep the task from completed or ahead)
            status = "on_track"
        if _RANK.get(status, -1) <= _RANK[outcome.status]:
            return None
        return Outcome(status, outcome.completion, outcome.basis,
                       f"建设目标“{works}”单独判断：{alone.reason}；{outcome.reason}",
                       [*outcome.evidence, *alone.evidence], list(outcome.sub_targets), list(outcome.flags))


GUARD_CLASSES: dict[str, type[Guard]] = {c.__name__: c for c in (EstimateNotDone, ForecastNotDone, RestStillToCome, WorksForecast,
                                                                NotYetInPlace, IssuePending, InterimMissed,
                                                                WorksTargetOwnPart)}


@cache
def guards() -> tuple[Guard, ...]:
    """The configured guards (judging.toml ``[[guards]]``); an unknown name raises KeyError."""
    return tuple(GUARD_CLASSES[spec["name"]](**{k: v for k, v in spec.items() if k != "name"})
                 for spec in config().get("guards", []))
