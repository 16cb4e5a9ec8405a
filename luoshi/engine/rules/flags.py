"""Needs a person: the flag checks (``FlagCheck``, judging.toml ``[[flags]]``).  After a rule has
decided, each check reads the row again another way and raises its flag when that reading disagrees
with the verdict or cannot be told apart from a wrong one.
"""

from __future__ import annotations

import re
from functools import cache

from .. import vocab
from ..text import for_parsing
from .assigning import _FIGURE_DONE, _assign
from .base import (
    _CLAUSE,
    _CLAUSE_MARK,
    _DIGIT_OR_MAIN,
    _REACH_TAIL,
    RuleObject,
    _is_level,
    _is_rate,
    _quick,
    _target_value,
    _unit,
    _value,
    by_pace,
    config,
    pattern,
    threshold,
)
from .case import Case, Outcome, _spans, _unit_of
from .clauses import _NOT_YET, _OTHER_ITEMS, _PACE_MET, _STRONG_UNDERWAY, _THE_REST, clause_stage
from .forecasts import _FORECAST
from .judging import _PROCESS_TASK, _content_bigrams, case_expected_done
from .roles import _prep_finished
from .status import _past_lag, behind_cues
from .status_statements import _LATE_FORECAST, _LATER_TASK, _RESULT_TASK

# --- needs a person: the flag checks ----------------------------------------------------------------
#
# After a rule has decided, each check reads the row again another way and raises its flag when that
# reading disagrees with the verdict or cannot be told apart from a wrong one.  A flag caps the
# confidence at its own share right (judging.toml [confidence_flag]); a flag of needs_person_flags sends
# the verdict to a person.  The checks see only the case (the row as read) and the outcome (status,
# completion, basis), so they can be applied to any verdict, also one an earlier engine gave
# (bench/status_first_runs.py).

# The flags a rule sets itself while judging (the rest come from confidence() and the flag checks).
RULE_FLAGS = frozenset({"part_without_fact", "weak_match", "conflict", "cancelled", "unit_statement"})


class FlagCheck(RuleObject):
    """A second reading of a judged row: ``check(case, outcome)`` is True when the flag applies."""

    flag = ""

    def check(self, case: Case, outcome: Outcome) -> bool:   # pragma: no cover - every check overrides it
        raise NotImplementedError


def _live_clauses(case: Case) -> list[tuple[str, str | None]]:
    """(clause, its stage) of every clause outside a forecast, read once per case for all the checks."""
    if case.live is None:
        norm = for_parsing(case.progress)
        case.live = [(norm[a:b], clause_stage(norm[a:b])) for a, b in _spans(_CLAUSE, norm)
                     if norm[a:b].strip() and not case.in_forecast(a)]
    return case.live


class DoneWithMoreToDo(FlagCheck):
    flag = "done_with_more"
    help_text = ("A completed verdict on a row that also says something is still under way, awaiting acceptance, "
                 "remaining or not begun (正在验收, 尚未完成竣工验收, 其余正在施工), or forecasts a result to come "
                 "(预计9月投用): the completion may be of a piece, not of the task.")

    def check(self, case, outcome):
        if outcome.status != "completed":
            return False
        norm = for_parsing(case.progress)
        if any(_FORECAST.search(norm[a:b]) and not vocab.pattern("intention.next_step").search(norm[a:b])
               for a, b in _spans(_CLAUSE, norm)):
            return True
        # A task to start something (开工建设…) is done once it is under way, its permits beside it.
        started = bool(case.parts) and all(p.required == "underway" for p in case.parts)
        short = ("not_started",) if started else ("underway", "nearly_done", "preparing", "not_started")
        return any(st in short and not _PACE_MET.search(c) and not (st == "underway" and pattern("follow_on").search(c))
                   for c, st in _live_clauses(case))


class DoneUnplaced(FlagCheck):
    flag = "done_unplaced"
    help_text = ("A verdict short of completed, resting on a stage, a unit's word or nothing, on a row with a "
                 "clause that states something done and nothing under way (平台已正式上线运行, 三个项目均已竣工), or, "
                 "for a task to start something, work under way: the rules could not tell whether the done thing is "
                 "the whole task.  Not for a process (深化…, 推进…), on pace with pieces done.")

    def check(self, case, outcome):
        if outcome.status in ("completed", "ahead") or outcome.basis not in ("stage", "none", "unit_statement"):
            return False
        if _PROCESS_TASK.match(case.task_text):
            return False     # 深化…, 推进…: a process is on pace with pieces done, never finished by one
        stages = [st for _, st in _live_clauses(case)]
        if bool(case.parts) and all(p.required == "underway" for p in case.parts):
            # A task to start something (开工建设…) has reached its stage once work is under way.
            return any(st in ("done", "underway", "nearly_done") for st in stages)
        # 已完成桩基工程,正在进行地下室施工: a step done and the work going on reads as on pace; work that follows a
        # result (正在推广应用, 正在扩大接入范围) is not the work going on (as for DoneWithMoreToDo).
        return "done" in stages and not any(st in ("underway", "nearly_done") and not (
            st == "underway" and pattern("follow_on").search(c)) for c, st in _live_clauses(case))


class UnitMismatch(FlagCheck):
    flag = "unit_mismatch"
    help_text = ("A verdict other than unclear on a task whose figures the row answers only in other units "
                 "(目标新增岗位5000个, 报告新增就业6200人): the figures may or may not measure the target.")

    def check(self, case, outcome):
        units = {_unit_of(t) for t in case.numeric if not _is_rate(t)}
        done = [f for f in case.facts if f.role in ("done", "stock")]
        return (outcome.status != "unclear" and bool(units) and bool(done)
                and not any(_unit_of(f.fact) in units for f in done))


# A percentage that is a level (覆盖率, 普及率), or a share of time or money (时间进度, 投资完成率), not of the work;
# a share of the year's plan or target (占年度计划的38.7%) is the work's own.
_SHARE_OTHER = re.compile(f"{vocab.alternation('time.share_of_level')}$|{vocab.alternation('time.share_of')}")
_SHARE_OF_TARGET = re.compile(r"占[^,;。，；]{0,6}?" f"(?:{vocab.alternation('task.plan_object')})的?$")


# (?<![\d.]): tried where a figure begins only, not again at each of its digits (linear on a long run)
_TRAILING_PERCENT = re.compile(r"(?<![\d.])[\d.]+\s*%$")


class ShareOfWhat(FlagCheck):
    flag = "share_of_what"
    help_text = ("A verdict of on pace or ahead read from a percentage that may be a level (覆盖率92%) or a share "
                 "of time or of the investment (时间进度过半, 投资完成率60%), not the share of the task's own work done "
                 "(占年度计划的38.7% is).")

    def check(self, case, outcome):
        # A level read as behind does no harm; one read as done or on pace may hide a shortfall.
        if outcome.basis != "figures" or outcome.completion is None or outcome.status not in ("ahead", "on_track"):
            return False
        # What each percentage is a share of: a figure's metric, or the words before a stated rate (投资完成率55%).
        shares = [(f.fact.value, f.fact.metric) for f in case.facts if vocab.is_rate(f.fact.unit)]
        r = case.row
        if r.stated_pct is not None and r.stated_pct_span:
            norm = for_parsing(case.progress)
            start = max((m.end() for m in _CLAUSE_MARK.finditer(norm[:r.stated_pct_span[0]])), default=0)
            shares.append((r.stated_pct, _TRAILING_PERCENT.sub("", norm[start:r.stated_pct_span[1]])))
        return any(abs(v - outcome.completion) < 0.05 and not _SHARE_OF_TARGET.search(what)
                   and _SHARE_OTHER.search(_REACH_TAIL.sub("", what)) for v, what in shares)


# A date or part of the year the task names (9月底前, 上半年完成…), and the year named beside it (全年, 年度, 年底).
_DATED_TASK = _quick(re.compile(r"(?<![\d.年])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}日)?(?:底|末|份)?(?:之?前|内)"
                                rf"|(?<!下)(?:{vocab.alternation('time.mid_year_lead')}|第?[一二三]季度)(?:末|底)?(?:{vocab.alternation('time.before_mark')})?"
                                f"(?:{vocab.alternation('task.dated_verb')})"),
                     digits=True)
_WHOLE_YEAR = vocab.pattern("time.whole_year")


_OPEN_BRACKET_END = re.compile(r"[(（][^)）]*$")


class InterimTarget(FlagCheck):
    flag = "interim_target"
    help_text = ("A verdict on a task with two time frames, the year's target and an interim one (全年引进3000人，"
                 "上半年完成50%以上; 移交20处（6月底前10处）): which target the pace is judged against is a reading a "
                 "person should confirm.")

    def check(self, case, outcome):
        task = for_parsing(case.task_text)
        dated = _DATED_TASK.search(task)
        if outcome.status == "unclear" or not dated:
            return False
        return bool(_WHOLE_YEAR.search(task)) or bool(_OPEN_BRACKET_END.search(task[:dated.start()]))


class PastDeadline(FlagCheck):
    flag = "past_deadline"
    help_text = ("A verdict of on pace or ahead once the deadline has passed (序时进度 100%): on pace then means done, "
                 "so either the work is completed or it is behind (全年完成81.6亿元 of 85亿元; a cap held over the year).")

    def check(self, case, outcome):
        return case_expected_done(case.expected) and outcome.status in ("on_track", "ahead")


class LateForecast(FlagCheck):
    flag = "late_forecast"
    help_text = ("A verdict of on pace or better on a row that forecasts the result only next year (预计明年3月竣工) "
                 "for a task of this year, or, from half_year of the pace on, forecasts the start itself (力争年内开工): "
                 "the unit's own forecast says the work is later than its pace.")

    def check(self, case, outcome):
        if outcome.status not in ("completed", "ahead", "on_track"):
            return False
        norm = for_parsing(case.progress)
        if not _LATER_TASK.search(case.task_text) and _LATE_FORECAST.search(norm):
            return True
        return case.expected >= threshold("half_year") and any(
            pattern("start_verb").search(norm[a:b]) for a, b in case.forecast_spans)


class SeveralFigures(FlagCheck):
    flag = "several_figures"
    help_text = ("A verdict on figures where a part has several candidate figures of its unit (1050亩,其中620亩,430亩; "
                 "for a completed verdict also a running total, 今年新增5家,累计46家) and one reading would complete "
                 "the part while another would not.")

    def check(self, case, outcome):
        if outcome.basis != "figures" or not case.parts or sum(f.role in ("done", "stock", "started")
                                                                  for f in case.facts) < 2:
            return False
        assigned = _assign(case)
        for i, part in enumerate(case.parts):
            t = part.indicator
            if t is None or _is_rate(t) or not _target_value(t) or t.comparator == "<=":
                continue
            # Every figure of the part's unit when the part is the lone one of it, else those assigned.
            lone = sum(p.indicator is not None and _unit_of(p.indicator) == _unit_of(t) for p in case.parts) == 1
            facts = [f for f in case.facts if _unit_of(f.fact) == _unit_of(t)] if lone else assigned.get(i, [])
            # A running total beside this year's figure (累计46家 beside 今年新增5家) is a reading only for a
            # verdict that completes the part: one short of it has taken this year's figure, as it should.
            roles = ("done", "stock", "started") if outcome.status == "completed" else ("done", "started")
            done = [f for f in facts if f.role in roles]
            if len(done) < 2:
                continue
            values = [_value(f.fact) for f in done]
            readings = {by_pace(round(100.0 * v / _target_value(t), 1), case.expected) for v in [*values, sum(values)]}
            if "completed" in readings and len(readings) > 1:
                return True     # one reading finishes the part, another does not
        return False


class Implausible(FlagCheck):
    flag = "implausible"
    help_text = ("A completion above implausible_pct of the year's target before the deadline (460% by "
                 "mid-year): more likely a running total since earlier years, a project's total or another "
                 "noun's figure.")

    def check(self, case, outcome):
        pcts = [outcome.completion] + [s.completion_pct for s in outcome.sub_targets]
        return not case_expected_done(case.expected) and any(
            p is not None and p > threshold("implausible_pct") for p in pcts)


# A percentage of change or a level (同比下降5.8%, 优良率88.5%), not a share of the work done.
_RATE_OF_CHANGE = re.compile(f"{vocab.alternation('change.of_rate')}|{vocab.alternation('time.share_of_level')}")


class FiguresUnused(FlagCheck):
    flag = "figures_unused"
    help_text = ("A verdict on a stage, a unit's word or nothing while the row reports an amount or a share "
                 "done (1-6月完成投资2.1亿元, 完成总工程量的30%) that no rule read: the figure may say more than "
                 "the words.  A change or a level (同比下降5.8%, 优良率88.5%) is no share of work done.")

    def check(self, case, outcome):
        if outcome.basis not in ("stage", "unit_statement", "none"):
            return False
        r = case.row
        if r.stated_pct is not None and not (r.stated_pct_span and case.in_forecast(r.stated_pct_span[0])):
            return True      # a stated completion rate (完成总工程量的40%) the verdict did not read
        return any(f.role == "done" and (_unit(f.fact).endswith("元") or (
            vocab.is_rate(f.fact.unit) and _FIGURE_DONE.search(f.fact.metric) and not _RATE_OF_CHANGE.search(f.fact.metric)))
            for f in case.facts)


class DoneShortOfFigure(FlagCheck):
    flag = "done_short_of_figure"
    help_text = ("A completed verdict on a completion statement while the row reports a figure done of the task's own "
                 "unit short of the target (已完成疏浚4万立方米 for 12万立方米), or a share of the whole under 100% (占工程"
                 "总量的四成, 完成年度投资计划的64%): the words say done, the figure does not, and a person reads which.")

    def check(self, case, outcome):
        if outcome.status != "completed" or outcome.basis != "statement":
            return False
        r = case.row
        if r.stated_pct is not None and r.stated_pct < 100 and not (
                r.stated_pct_span and case.in_forecast(r.stated_pct_span[0])):
            return True
        for t in case.numeric:
            tv = _target_value(t)
            if _is_level(t) or vocab.is_rate(t.unit) or tv <= 0:
                continue
            if any(f.role == "done" and _unit_of(f.fact) == _unit_of(t) and 0 < _value(f.fact) < tv for f in case.facts):
                return True
        return False


class StatementScope(FlagCheck):
    flag = "statement_scope"
    help_text = ("A completed verdict on a completion statement, for a task of several parts or a process "
                 "(深化…, 持续推进…), or on a row that names a part of the whole (一半, 三分之一, 一期, 首批): the "
                 "statement may close one part, not every one.")

    def check(self, case, outcome):
        if outcome.status != "completed" or outcome.basis != "statement":
            return False
        return len(case.parts) > 1 or bool(_PROCESS_TASK.match(case.task_text)) or bool(
            pattern("part_of_whole").search(for_parsing(case.progress)))


class DoneReadAsLag(FlagCheck):
    flag = "done_read_as_lag"
    help_text = ("A verdict of behind, seriously behind or not started on words alone (a stage, a statement, a "
                 "unit's word or nothing), for a task of one part, on a row whose clauses state the work done "
                 "(征兵任务已圆满完成, 各项准备工作均已就绪) with no count, no part of the whole (主体, 一期, 部分) and not the "
                 "finishing of a preparatory step (已完成方案设计), and nothing else under way, pending or not begun: "
                 "the statement and the verdict disagree.")

    def check(self, case, outcome):
        if (outcome.status not in ("behind", "seriously_behind", "not_started") or outcome.basis == "figures"
                or len(case.parts) > 1):
            return False
        stated = False
        for clause, stage in _live_clauses(case):
            m = pattern("completion_statement").search(clause)
            if m and not (_DIGIT_OR_MAIN.search(clause) or pattern("part_of_whole").search(clause)
                          or _NOT_YET.search(clause) or _prep_finished(clause, m)):
                stated = True
            elif stage not in (None, "done") and not (stage == "underway" and pattern("follow_on").search(clause)):
                return False     # something else is under way, in preparation or not begun: the lag may be right
        return stated


class PaceOnPreparation(FlagCheck):
    flag = "pace_on_preparation"
    help_text = ("A verdict of on pace or ahead on a stage, from half_year of the pace on, for a task whose parts "
                 "must be started or finished, on a row whose every clause with a stage is preparation (设计, 招标, "
                 "施工图审查, 办理施工许可) with no work under way on site (施工, 开工): preparation alone is "
                 "behind by then, whatever word of doing (正在进行…) it is written with.  Not for a task that is "
                 "itself a preparatory step (完成方案设计, 前期工作).")

    def check(self, case, outcome):
        if outcome.status not in ("on_track", "ahead") or outcome.basis != "stage" or case.expected < threshold(
                "half_year") or not case.parts:
            return False
        if pattern("preparing").search(for_parsing(case.task_text)):
            return False     # the task is itself a preparatory step (完成方案设计, 前期工作): its own stage
        staged = [c for c, st in _live_clauses(case) if st is not None]
        return bool(staged) and all(pattern("preparing").search(c) and not _STRONG_UNDERWAY.search(c)
                                    and st != "done" for c, st in _live_clauses(case) if st is not None)


# A clause on the rest or on other items (其余3个…, 剩余…, 另有3个…, 另外…): words.toml [report.the_rest] and
# [report.other_items].
_REST_OR_OTHER_LEAD = re.compile(rf"(?:{_THE_REST}|{_OTHER_ITEMS})")


class RestHoldsPace(FlagCheck):
    flag = "rest_holds_pace"
    help_text = ("A verdict of on pace or ahead for a count whose items done fall short of the pace by themselves, "
                 "beside other items of the same count under way, pending or only prepared, or a clause on the rest "
                 "(已引进4个，另有3个已签约待落地; 已完成9条，剩余3条推迟至11月施工): the verdict rests on the rest being "
                 "done in time, which a person should confirm.")

    def check(self, case, outcome):
        if outcome.status not in ("on_track", "ahead") or case_expected_done(case.expected):
            return False
        norm = for_parsing(case.progress)
        # (the rest all under way, 其余7个正在施工, is the plain reading of such rows, not flagged)
        rest_clause = any(_REST_OR_OTHER_LEAD.match(norm, a) and clause_stage(norm[a:b]) not in ("underway", "nearly_done", "done")
                          for a, b in _spans(_CLAUSE, norm))
        for t in case.numeric:
            tv = _target_value(t)
            if _is_level(t) or vocab.is_rate(t.unit) or tv <= 0:
                continue
            mine = [f for f in case.facts if _unit_of(f.fact) == _unit_of(t)]
            done = sum(_value(f.fact) for f in mine if f.role == "done")
            moving = any(f.role in ("pending", "preparing", "not_started") for f in mine)
            if done and (moving or rest_clause) and by_pace(100.0 * done / tv, case.expected) in (
                    "behind", "seriously_behind"):
                return True
        return False


class PartNamedUnread(FlagCheck):
    flag = "part_named_unread"
    help_text = ("A verdict with a measurable part no figure or clause answered (part_without_fact) while the report "
                 "names that part's object (新增路灯工程正在招标 for 新增城市路灯1000盏; 公租房项目已完成土地摘牌 for 新建公共"
                 "租赁住房500套): the report speaks of the part and the rules could not read it, so the verdict, held at "
                 "the other parts' level, may be wrong.  A part the report does not name at all is only capped.")

    def check(self, case, outcome):
        if "part_without_fact" not in outcome.flags or outcome.status not in ("on_track", "ahead", "completed"):
            return False
        assigned = _assign(case)
        said = _content_bigrams(case.progress)
        for i, part in enumerate(case.parts):
            if part.indicator is None or assigned.get(i):
                continue
            if len(_content_bigrams(part.indicator.metric or part.text) & said) >= 2:
                return True
        return False


class ResultByActivity(FlagCheck):
    flag = "result_by_activity"
    help_text = ("A verdict of on pace on a stage for a task with no figure that opens with a verb of a result, not a "
                 "process (实现…全覆盖, 举办…节, 建立…: rules.status_statements._RESULT_TASK; not 深化/推进/加强…), on a row "
                 "whose clauses name no stage of works (no 正在施工, 招标, 基本完成): the verdict rests on activity "
                 "reported, and whether the result is reached — done, or a part of the whole short — is for a person.")

    def check(self, case, outcome):
        if outcome.status != "on_track" or outcome.basis != "stage" or case.numeric \
                or _PROCESS_TASK.match(case.task_text) or not _RESULT_TASK.match(case.task_text):
            return False
        return not any(st in ("underway", "nearly_done", "preparing") for _, st in _live_clauses(case))


_BARELY = vocab.pattern("flag.barely")


class StageBarely(FlagCheck):
    flag = "stage_barely"
    help_text = ("A verdict of on pace on a stage where a clause of the row says the stage is reached only just or "
                 "only in part (仅完成方案设计, 刚出正负零, 尚未进场: words.toml flag.barely): the works may be short of "
                 "the step the time gone asks for.")

    def check(self, case, outcome):
        if outcome.status != "on_track" or outcome.basis != "stage":
            return False
        return any(_BARELY.search(c) for c, _ in _live_clauses(case))


class LagHowDeep(FlagCheck):
    flag = "lag_how_deep"
    help_text = ("A verdict of behind on a statement of lag (进展缓慢, 滞后) while a clause of the row says nothing is "
                 "begun (尚未开工, 年内未能开工, 暂缓实施) or only a little (words.toml flag.barely): the lag may be "
                 "serious, or the work not started, which a person should weigh.")

    def check(self, case, outcome):
        if outcome.status != "behind" or outcome.basis != "statement":
            return False
        return any(st == "not_started" or _BARELY.search(c) for c, st in _live_clauses(case))


class LagStated(FlagCheck):
    flag = "lag_stated"
    help_text = ("A verdict of on pace, ahead or done on a row that says in words that the work, or a part of it, is "
                 "behind its pace or put back (进度较慢, 推进缓慢, 慢于计划, 进度不够理想, 推迟至明年: rules.status."
                 "behind_cues), outside a forecast and not of an earlier period caught up since, or whose table's "
                 "status cell says so (滞后, 进度缓慢; 是 under 是否滞后: ProgressRow.stated_lag): the figure or the "
                 "stage and the unit's own word disagree, and which holds is for a person.")

    def check(self, case, outcome):
        if outcome.status not in ("on_track", "ahead", "completed"):
            return False
        if case.row.stated_lag:
            return True
        norm = for_parsing(case.progress)
        return any(not case.in_forecast(m.start()) and not _past_lag(case, norm, m) for m in behind_cues(norm))


FLAG_CLASSES: dict[str, type[FlagCheck]] = {
    c.__name__: c for c in (DoneWithMoreToDo, DoneUnplaced, StatementScope, SeveralFigures, Implausible, FiguresUnused,
                            LateForecast, UnitMismatch, ShareOfWhat, InterimTarget, PastDeadline, DoneReadAsLag,
                            PaceOnPreparation, RestHoldsPace, PartNamedUnread, DoneShortOfFigure,
                            ResultByActivity, StageBarely, LagHowDeep, LagStated)
}


@cache
def flag_checks() -> tuple[FlagCheck, ...]:
    """The configured flag checks (judging.toml ``[[flags]]``); an unknown name raises KeyError."""
    return tuple(FLAG_CLASSES[spec["name"]](**{k: v for k, v in spec.items() if k != "name"})
                 for spec in config().get("flags", []))
