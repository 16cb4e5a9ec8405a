"""The flag checks that read a row's words, stages and dates again (judging.toml ``[[flags]]``): a completed
verdict with more to do or on a statement of one part, a thing done the verdict did not place, a lag read from
words the row's own clauses deny, two time frames, a deadline passed, a late forecast, preparation or activity
alone read as on pace, a stage barely reached, a lag stated in words.
"""

from __future__ import annotations

import re

from .. import vocab
from ..text import for_parsing
from .base import _CLAUSE, _DIGIT_OR_MAIN, _quick, pattern, threshold
from .case import _spans
from .clauses import _NOT_YET, _PACE_MET, _STRONG_UNDERWAY
from .flag_check import FlagCheck, _live_clauses
from .forecasts import _FORECAST
from .judging import _PROCESS_TASK, case_expected_done
from .roles import _prep_finished
from .status import _past_lag, behind_cues
from .status_statements import _LATE_FORECAST, _RESULT_TASK


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


# A date or part of the year the task names (9月底前, 上半年完成…), and the year named beside it (全年, 年度, 年底).
_DATED_TASK = _quick(re.compile(r"(?<![\d.年])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}日)?(?:底|末|份)?(?:之?前|内)"
                                rf"|(?<!下)(?:{vocab.alternation('time.mid_year_lead')}|第?[一二三]季度)(?:末|底)?(?:{vocab.alternation('time.before_mark')})?"
                                f"(?:{vocab.alternation('task.dated_verb')})"),
                     digits=True)
_WHOLE_YEAR = vocab.pattern("time.whole_year")


_OPEN_BRACKET_END = re.compile(r"[(（][^)）]*$")
# Words of a task that name no second time frame: a deadline field's cell (完成时限：12月底前, 整改时限：汛期前（5月底前）),
# the label of the year's target (年度目标：, words.toml task.target_label) and a year's number before 年度 (2025年度考核):
# masked before the interim check reads the task.
_NOT_A_FRAME = re.compile(rf"(?:(?:{vocab.alternation('task.deadline_label')})"
                          rf"|[\u4e00-\u9fff]{{0,4}}(?:{vocab.alternation('task.deadline_field_end')}))\s*[:：]"
                          r"[^｜|;；。\n]*"
                          rf"|(?:{vocab.alternation('task.target_label')})\s*[:：]|(?<=\d)年度")
# The year's last month (12月底前, 十二月31日前): the year's end, no interim date.
_YEAR_END_MONTH = re.compile(r"^(?:12|十二)月")
# A bracket glossing a time word before it (汛前（5月底前）): the same date said twice, not a part with its own date.
_TIME_GLOSS = re.compile(r"[前期](?:[(（])$")


def _interim_dates(task: str) -> list[re.Match]:
    """The task's dated marks that may be an interim date: not in a deadline field, not the year's last month."""
    masked = _NOT_A_FRAME.sub(lambda m: " " * len(m.group()), task)
    return [m for m in _DATED_TASK.finditer(masked) if not _YEAR_END_MONTH.match(m.group())
            and not _TIME_GLOSS.search(masked[max(0, m.start() - 2):m.start()])]


class InterimTarget(FlagCheck):
    flag = "interim_target"
    help_text = ("A verdict on a task with two time frames, the year's target and an interim one (全年引进3000人，"
                 "上半年完成50%以上; 移交20处（6月底前10处）): which target the pace is judged against is a reading a "
                 "person should confirm.  Not for a deadline field's cell (完成时限：12月底前), the year's last month, "
                 "the label 年度目标： or a year's number (2025年度), nor a date glossing a time word (汛前（5月底前）).")

    def check(self, case, outcome):
        task = case.this_years_months(for_parsing(case.task_text))     # (2026年6月底前 in 2026: 6月底前)
        if outcome.status == "unclear":
            return False
        dated = _interim_dates(task)
        if not dated:
            return False
        masked = _NOT_A_FRAME.sub(lambda m: " " * len(m.group()), task)
        return bool(_WHOLE_YEAR.search(masked)) or bool(_OPEN_BRACKET_END.search(task[:dated[0].start()]))


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
        if not case.task_for_later_year() and _LATE_FORECAST.search(norm):
            return True
        return case.expected >= threshold("half_year") and any(
            pattern("start_verb").search(norm[a:b]) for a, b in case.forecast_spans)


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
