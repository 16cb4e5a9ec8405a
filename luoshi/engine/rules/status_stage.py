"""The status rules of the stage reached: the stage against the deadline (``StageAgainstDeadline``), concrete
work on a task with no measurable part (``ConcreteWork``) and the last rule, nothing applies (``Unclear``).
"""

from __future__ import annotations

import re

from .. import vocab
from ..indicators import MONTH_PLAN
from ..judgement import Evidence
from ..numbers import parse_number
from ..text import for_parsing
from .base import (
    _CLAUSE,
    _COMPLETION_EVENT_PREPARING,
    _DIGIT,
    _LEVEL_PER_HEAD_PERIOD,
    _NON_WORD_OR_DIGIT,
    _STATUS_LIFE_SHARE_LEAD,
    _fmt,
    _is_level,
    _sim,
    _target_value,
    _value,
    by_pace,
    pattern,
    threshold,
)
from .building import _SUBJECTLESS_NEXT
from .case import Case, Fact, Outcome, _spans, _unit_of, clause_around, date_named, quoting
from .clauses import (
    _ACTIVITY_TASK,
    _COUNT_NOT_BEGUN,
    _DONE_EVENT,
    _EVENT_TASK,
    _OPENED_DATED,
    _PREP_OBJECT,
    _REMAINING,
    _REPLY_LEAD,
    _REST_NAMED,
    _REST_OR_OTHER_OPENS,
    _THEN_MUST,
    _task_prep_after,
    clause_stage,
    finish_of_build_asked,
    other_work_step,
    own_step_preparing,
    task_must,
)
from .judging import _PROCESS_TASK, _content_bigrams, case_expected_done
from .judging_clauses import _EVENT_DONE, _event_held_dated, _opened_later, survey_stage, survey_task
from .status import StatusRule, _missed_outright, behind_cues
from .status_parts import _RECOGNITION_PENDING, _RECOGNITION_TASK, _works_late_in
from .works import (
    _DISTINCT_MEASURES,
    _MAIN_WORKS_PARTIAL,
    _PLAN_DRAFT,
    _PLAN_FINISHED,
    _READY_TO_BUILD,
    _REPORTER_LABEL,
    _SINCE_LEAD,
    _THE_REST_OR_ANOTHER,
    _all_items_works_late,
    _claim_only,
    _item_lagging,
    _item_works_late,
    _measure_short,
    _one_project,
    _preparation_passed,
    items_done_share,
    main_works_result,
    main_works_said_done,
    preparation_late,
    works_late,
)

# 居民收入增长与经济增长同步: a rate tied to another measure (group 1), judged only beside that measure.
_TIED = re.compile(f"与([^,;。，；与]{{2,12}}?)(?:{vocab.alternation('task.tied_measure')})")
# 收入增长高于经济增长: a rate to stay above another measure's growth (group 1, its growth word kept), tied the same way.
_TIED_ABOVE = re.compile(f"(?:{vocab.alternation('task.tied_above')})"
                         f"([^,;。，；与]{{2,8}}?(?:{vocab.alternation('change.growth')}))")
# 增速高于全省平均水平: a rate to stay above a wider place's average (group 1: 全省平均), tied the same way.
_TIED_AVERAGE = re.compile(f"(?:{vocab.alternation('task.tied_above')})"
                           f"((?:{vocab.alternation('task.tied_average_scope')})平均)")


_WHOLE = vocab.pattern("completion.whole")
# A task to issue a document (出台, 印发, 发布: words.toml status.issue).
_ISSUE_TASK = vocab.pattern("status.issue")
# A task to make a document (制定, 修订, 编制: words.toml status.paper_verb), due as one to issue is (statusd, stop 66).
_PAPER_TASK = vocab.pattern("status.paper_verb")


_WHOLE_SUBJECT_END = vocab.pattern("report.whole_subject_end")


def _names_whole_object(clause: str, task_text: str) -> bool:
    """The clause's subject is the whole object the task ends with (长效管护机制已全面建立 for 完善农村人居环境长效管护
    机制), not one aspect of it."""
    subject = _NON_WORD_OR_DIGIT.sub("", _WHOLE_SUBJECT_END.split(clause)[0])
    return len(subject) >= 4 and _NON_WORD_OR_DIGIT.sub("", task_text).endswith(subject)


def _han_bigrams(text: str) -> set[str]:
    """Every pair of Chinese characters running in ``text``, its verbs kept (改造 of 线路改造 and 改造农村班线)."""
    return {text[i:i + 2] for i in range(len(text) - 1) if _HAN.fullmatch(text[i:i + 2])}


_HAN = re.compile(r"[\u4e00-\u9fff]{2}")


def _rest_goes_on(norm: str, end: int) -> bool:
    """The rest's clause ending at ``end`` prepared (设备已采购到位) and the next clause, with no subject of its own and
    after a comma only (building._SUBJECTLESS_NEXT: 其余站点设备已到货，正在安装调试), saying the same rest's works going on
    or done (正在安装调试): the rest is under way, not idle."""
    m = _SUBJECTLESS_NEXT.match(norm, end)
    return bool(m) and clause_stage(m.group(1)) in ("underway", "nearly_done", "done")


def _measure_met(case: Case, norm: str) -> tuple[object, float] | None:
    """On a task with one figure to reach, the one figure the report gives as done in the same measure, unplaced
    (another verb or noun: 完成路面铺设216公里 for 建成农村公路200公里, 已完成10条线路改造 for 改造农村班线10条), at or over
    the target: (the figure, its completion) — the mirror of works._measure_short.  A count (条, 个, 户) only when the
    figure's words share two characters running with the task's, a verb too (改造 of 线路改造 and 改造农村班线); a length, an area, an amount, a mass or a
    volume by its measure alone.  Not beside a clause still under way, nearly done, preparing or not begun, nor the rest
    or another named (其余…, 另有…), nor a lag stated, nor a figure counted since the works began (开工以来)."""
    if len(case.numeric) != 1:
        return None
    t = case.numeric[0]
    if _is_level(t) or t.comparator not in (None, "", ">="):
        return None
    kind = vocab.unit_kind(t.unit)
    if kind not in _DISTINCT_MEASURES and kind != "count":
        return None
    tv = _target_value(t)
    measure = vocab.measured_unit(t.unit, t.scale)[0]
    same = [f for f in case.facts if vocab.measured_unit(f.fact.unit, f.fact.scale)[0] == measure]
    if not tv or len(same) != 1 or same[0].role != "done" or case.in_forecast(same[0].fact.span[0]) \
            or same[0].fact.cumulative and _SINCE_LEAD.search(same[0].words):
        return None
    if kind == "count" and not (_han_bigrams(same[0].words) & _han_bigrams(case.task_text)):
        return None
    if behind_cues(norm) or _REMAINING.search(norm) or _THE_REST_OR_ANOTHER.search(norm) or any(
            clause_stage(norm[a:b]) in ("underway", "nearly_done", "preparing", "not_started")
            for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()):
        return None
    c = round(100.0 * _value(same[0].fact) / tv, 1)
    return (same[0], c) if c >= 100 else None


def _count_under_half(case: Case, rest: tuple[int, int]) -> tuple[Fact, float] | None:
    """On a task with one count to reach, the one figure done of its unit outside the rest's clause, under half the
    pace: (the figure, its completion)."""
    if len(case.numeric) != 1:
        return None
    t = case.numeric[0]
    if _is_level(t) or t.comparator not in (None, "", ">=") or vocab.unit_kind(t.unit) != "count":
        return None
    tv = _target_value(t)
    measure = vocab.measured_unit(t.unit, t.scale)[0]
    same = [f for f in case.facts if vocab.measured_unit(f.fact.unit, f.fact.scale)[0] == measure
            and not rest[0] <= f.fact.span[0] < rest[1]]
    if not tv or len(same) != 1 or same[0].role != "done" or case.in_forecast(same[0].fact.span[0]):
        return None
    c = round(100.0 * _value(same[0].fact) / tv, 1)
    return (same[0], c) if by_pace(c, case.expected) == "seriously_behind" else None


# A forecast of the start only (即将开工建设, 计划8月开工, 拟于下半年启动), no finishing word in it.
_START_WORD = vocab.pattern("forecast.start_word")


_FINISH_WORD = re.compile(f"{vocab.alternation('stage.done')}|完成")


def _start_forecast_only(case: Case, norm: str) -> Outcome | None:
    """From half_year on, a report with no stage of its own whose forecasts name only the start (3座中转站即将开工建设)
    for a task that must finish something: nothing has begun yet, so it is behind."""
    if case.expected < threshold("half_year") or case.facts or not case.parts:
        return None
    must = task_must(case.task_text)
    if must is None or _task_prep_after(case.task_text, must.end()) or pattern(
            "start_verb").search(must.group(0)):
        return None      # (a task to start: its start forecast within the year is its own deadline, no lag to tell)
    starts = [(a, b) for a, b in _spans(_CLAUSE, norm) if case.in_forecast(a)
              and _START_WORD.search(norm[a:b]) and not _FINISH_WORD.search(norm[a:b])]
    if not starts or len(starts) != len(case.forecast_spans):
        return None
    return quoting(case, starts[0], "behind", f"过序时进度{_fmt(case.expected)}%，报告仅有开工计划，尚未开工，判欠进度", "stage")


def _start_item_lagging(case: Case, norm: str) -> tuple[int, int] | None:
    """For a start target of few items (开工建设东山镇、西山镇2家中心敬老院), an item named on its own not begun
    (_item_lagging) when, even with every other item started, the share started is short of the pace: one of two
    not begun at 30 September (50%) is behind; one of eleven still at 征收 is one share of many started."""
    counts = [t.value for t in case.numeric if t.value and t.value >= 2 and not _is_level(t)]
    items = max(counts) if counts else len(case.parts)
    if items < 2 or by_pace(100.0 * (items - 1) / items, case.expected) not in ("behind", "seriously_behind"):
        return None
    return _item_lagging(case, norm)

_STEP_TASK = pattern("works_step_task")
_STEP_REACHED = pattern("step_reached")
_AFTER_TOPPING = pattern("works_after_topping")


def _step_reached(case: Case, norm: str, found: list[tuple[str, int, int]]) -> Outcome | None:
    """年内实现主体结构封顶 answered by 8幢住宅楼已全部封顶: the task's result is a step of the works (words.step_reached),
    said reached with 已 and every stage the report names at it or beyond — completed (not the nearly-done ladder step
    a task to finish the building reads it as)."""
    if case.numeric or not _STEP_TASK.search(case.task_text) or not _STEP_REACHED.search(case.task_text):
        return None
    if any(st not in ("nearly_done", "done") and not _AFTER_TOPPING.search(norm, s, e) for st, s, e in found):
        return None      # (1-6号楼已封顶，7号楼施工至第15层: one still rising; 正在进行砌体施工 follows the step reached)
    for _, s, e in found:
        m = _STEP_REACHED.search(norm, s, e)
        if m and "已" in norm[s:m.start()] and "未" not in norm[s:e]:
            return quoting(case, (s, e), "completed", "报告任务所定工程节点已达到")
    return None


_COMPILE_TASK = pattern("compile_task")
_COMPILE_PASSED = re.compile(f"已(?:经)?通过[^,;。，；]{{0,14}}?(?:{pattern('compile_review').pattern})")
_COMPILE_DRAFT = pattern("compile_draft")
_APPROVAL = vocab.pattern("completion.approval")      # (完成…编制并获批复: the approval is the task's own result)


def _plan_compiled(case: Case, norm: str) -> tuple[int, int] | None:
    """规划成果已通过区规划委员会审议 for 完成《…规划》编制: the document passed its review, the compiling done (the
    approval above it, 上报审批, is another body's step).  Not an outline or a draft passed (纲要, 初稿), nor a task with a
    figure or one to approve (批复)."""
    if case.numeric or not _COMPILE_TASK.search(case.task_text) or _APPROVAL.search(case.task_text) \
            or pattern("compile_revising").search(norm):
        return None     # (可研报告已通过专家评审，正在按评审意见修改完善: still being revised)
    for a, b in _spans(_CLAUSE, norm):
        m = _COMPILE_PASSED.search(norm, a, b)
        if m and not case.in_forecast(a) and not _COMPILE_DRAFT.search(norm, a, m.start()) and "未" not in norm[a:m.start()]:
            return a, b
    return None


_STEPS_VERB = vocab.pattern("status.named_steps_verb")
_STEPS_JOIN = vocab.pattern("status.named_steps_joiner")
_STEP_GENERIC = re.compile(f"(?:{vocab.alternation('status.named_steps_generic')})$")
_STEP_DONE = re.compile(f"{vocab.alternation('status.named_step_done')}|于\\d{{1,2}}月[^,;。，；]{{0,8}}完成")
_STEP_NOT_DONE = vocab.pattern("status.named_step_not_done")
_STEPS_TAIL_END = re.compile(r"[,;。，；:：()（）]")
_AFTER_FINISH_EMPTY = re.compile(f"[了的\\s]|{vocab.alternation('status.named_steps_generic')}|全部")   # 完成了, 完成…任务
# a figure that is no date; anchored at a run of digits and dots so a long run is scanned once (tests/test_regex_linear.py)
_COUNTED = re.compile(r"(?<![\d.])\.*\d[\d.]*(?![\d.年月日号])")


def _named_steps(task: str) -> list[str]:
    """The steps a task names after 完成, up to its clause's end (要求5月底前完成方案评审和施工招标 → 方案评审, 施工招标)."""
    m = _STEPS_VERB.search(task)
    if not m or "基本" in task[max(0, m.start() - 2):m.start()]:
        return []
    tail = _STEPS_TAIL_END.split(task[m.end():], maxsplit=1)[0]
    steps = [x.strip() for x in _STEPS_JOIN.split(tail)]
    if not steps or any(len(x) < 2 or _DIGIT.search(x) or _STEP_GENERIC.search(x) for x in steps):
        return []
    return steps


def _step_said_done(step: str, clause: str) -> bool:
    """土地已于5月摘牌 for the step 土地摘牌, 施工招标已于5月26日完成 for 施工招标: the step's action (its last two
    characters) and another of its words in a clause that says it done, the action after the done word or nothing
    after the clause's 完成 (老旧小区改造已完成方案设计 finishes another step)."""
    action, words = step[-2:], {step[i:i + 2] for i in range(len(step) - 2)}
    at, done = clause.find(action), _STEP_DONE.search(clause)
    if at < 0 or done is None or _STEP_NOT_DONE.search(clause) or _COUNTED.search(clause) \
            or not (len(step) <= 2 or any(w in clause for w in words)):
        return False     # (已完成12个街道的摸底排查: a count of the places done, a part)
    if at > done.start():
        return True
    fin = clause.rfind("完成")
    return fin > at and not _AFTER_FINISH_EMPTY.sub("", clause[fin + 2:])


# The works a task asks for after its named preparatory steps, in a later clause (…，5月底前开工, …，年底前建成投产).
_LATER_WORKS = vocab.pattern("status.named_steps_later_works")


# 已于5月下旬完成摸排, 10月12日完成全县地名普查外业调查: a clause opening (after a cell's short label and its colon,
# 完成值：, 8月进展：) on a date and the finish (words.toml time.month_part, report.dated_close_manner between them), what
# follows the finish the object finished.
_DATED_FINISH = re.compile(r"(?:[^\s\d,;。，；:：]{1,6}[:：]|(?:1[0-2]|[1-9])月(?:份)?[^\s\d,;。，；:：]{1,4}[:：])?\s*(?:已经?)?于?"
                           r"(?P<month>1[0-2]|[1-9])月(?:(?P<day>[1-3]?\d)[日号]|(?P<part>"
                           f"{vocab.alternation('time.month_part')}))?(?:{vocab.alternation('report.dated_close_manner')})?"
                           r"完成(?P<obj>[^,;。，；]*)$")


def _dated_finish(case: Case, step: str, clause: str) -> bool:
    """已于7月中旬完成清理 for the step 部门规范性文件…专项清理, 8月25日完成全市清查底册整理 for 经济普查单位清查底册整理: a clause
    that opens on a date already reached at the report's day and the finish, its object the step's action alone (the
    task's own work named short) or the action with another of the step's words — the step done on that date, before
    or after its deadline.  Not a date still to come (9月20日完成… at 10 September is a plan), nor another object
    (已于6月完成摸底排查 for …清理)."""
    m = _DATED_FINISH.match(clause.lstrip())
    if m is None or _STEP_NOT_DONE.search(clause) or _COUNTED.search(m.group("obj")):
        return False
    month, day = date_named(m)
    if not case.day_reached(month, day):
        return False
    obj, action = _NON_WORD_OR_DIGIT.sub("", m.group("obj")), step[-2:]
    words = {step[i:i + 2] for i in range(len(step) - 2)}
    return obj == action or obj.endswith(action) and any(w in obj for w in words)


def _named_steps_done(case: Case, norm: str) -> tuple[int, int] | None:
    """要求5月底前完成改造方案评审和施工招标 answered by 改造方案已于4月12日通过专家评审，施工招标已于5月26日完成: every step the
    task names to finish is said done in a clause of its own (no share, nothing still going on in that clause, no
    forecast), whatever work comes after them — completed.  The span of the reply's clauses that say so."""
    if case.numeric:
        return None
    steps = _named_steps(case.task_text)
    if not steps:
        return None
    verb = _STEPS_VERB.search(case.task_text)
    rest = _STEPS_TAIL_END.split(case.task_text[verb.end():], maxsplit=1)
    if len(rest) > 1 and _LATER_WORKS.search(rest[1]):
        # 3月底前完成土地摘牌，5月底前开工: the steps named to finish lead to the works the task also asks for by a later
        # node — they are not the whole task (statusd, stop 50).
        return None
    clauses = [(a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)]
    spans = []
    for step in steps:
        hit = next(((a, b) for a, b in clauses if _step_said_done(step, norm[a:b]) or _dated_finish(case, step, norm[a:b])),
                   None)
        words = {step[i:i + 2] for i in range(len(step) - 2)}
        if hit is None or any(step[-2:] in norm[a:b] and any(w in norm[a:b] for w in words)
                              and _STEP_NOT_DONE.search(norm[a:b]) for a, b in clauses):
            return None     # (东区管网铺设仍在进行: the same step still going on elsewhere)
        spans.append(hit)
    return min(a for a, _ in spans), max(b for _, b in spans)


def _month_step_of_project(task: str) -> bool:
    """A project named before its month's plan whose step to finish is preparation (北区污水泵站建设 6月工作计划：完成
    设备采购招标; indicators.MONTH_PLAN): the month's plan is one step of the project, not the project."""
    plan = MONTH_PLAN.search(task)
    if plan is None or len(_NON_WORD_OR_DIGIT.sub("", task[:plan.start()])) < 2:
        return False
    verb = _STEPS_VERB.search(task, plan.end())
    return bool(verb and _task_prep_after(task, verb.end()))


_WORK_STEP_WORDS = tuple(vocab.words("stage.work_step"))


def _step_finished(subject: str, task: str) -> bool:
    """The subject said finished ends on a step of the works the task does not name (文体中心目前硬装已经结束, 主体已完工:
    words.toml stage.work_step): that step done, the works nearly so — never the task's object opened."""
    tail = subject[-6:]
    return any(w in tail and w not in task for w in _WORK_STEP_WORDS)


def _opened_subject(norm: str, s: int, opened: re.Match | None) -> str:
    """The words before an opening word (上线, 投入使用) in its clause, the subject said opened — after the reply's lead-in
    when the clause opens the cell (截至11月底进展：平台已于8月正式上线运行, 完成情况：中心已投入使用: the date or section
    label is no part of the subject, clauses._REPLY_LEAD), else ""."""
    if opened is None:
        return ""
    lead = _REPLY_LEAD.match(norm, s, s + opened.start())
    return _NON_WORD_OR_DIGIT.sub("", norm[lead.end() if lead else s:s + opened.start()])


_BACK_REFERENCE = re.compile(f"(?:{vocab.alternation('report.back_reference')})")
_SENTENCE_BREAK = re.compile(r"[。;；!?！？]")


def _back_referred(case: Case, norm: str, s: int) -> str:
    """该中心投入资金900万元,…,已于6月18日正式投入使用: the clause opened with no subject of its own, its sentence opening
    with a word pointing back (words.toml report.back_reference) at the noun ending the task's name — the task's own
    object is the subject (the task text then), else ""."""
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(norm, 0, s)), default=0)
    m = _BACK_REFERENCE.match(norm, start + len(norm[start:s]) - len(norm[start:s].lstrip()))
    if m is None:
        return ""
    task = _NON_WORD_OR_DIGIT.sub("", case.task_text)
    # the noun right after it, up to six characters, ending the task's own name (该中心 for 新建…服务中心, 这一污水处理厂)
    after = _NON_WORD_OR_DIGIT.split(norm[m.end():m.end() + 6])[0]
    return case.task_text if any(task.endswith(after[:k]) for k in range(len(after), 0, -1)) else ""


# (_RECOGNITION_TASK, _RECOGNITION_PENDING: a task to win a title and the title not yet granted, from status_parts)


# 被授予市级“文明村镇”称号, 已获省级卫生乡镇称号: the title granted (words.toml status.title_granted, or 获/获得 with a
# title noun after it, status.title_noun), not after a word of waiting or intending (status.title_not_yet).
_TITLE_GRANTED = re.compile(f"(?:{vocab.alternation('status.title_granted')}"
                            f"|获得?[^,;。，；]{{0,20}}?(?:{vocab.alternation('status.title_noun')}))")
_TITLE_NOT_YET = vocab.pattern("status.title_not_yet")
# A task to win a title, after a label (目标任务：创建…): the verb opening a clause, then the title.
_TITLE_TASK = re.compile(rf"(?:^|[:：,，;；。])\s*{_RECOGNITION_TASK.pattern}(?P<title>[^,;。，；]{{2,40}})")


def _opened_dated_by(case: Case, clause: str) -> re.Match | None:
    """A dated opening inside a done clause with no 于 before its date (净水厂10月30日正式通水), dated on or before the
    report's day (原定于5月举办 is a plan's date, no opening)."""
    if case.as_of is None:
        return None
    d = _OPENED_DATED.search(clause)
    if d and not d.group(0).startswith(("于", "已")) \
            and case.day_reached(*date_named(d)):
        return d
    return None


_OPENED_WORD = vocab.pattern("completion.opened")


# A task's ask after its title's colon, its brackets (（责任单位：…）) aside, and the marks that join several asks in it.
_ASK_BRACKETS = re.compile(r"[（(][^（(）)]*[）)]")
_ASK_SEVERAL = re.compile(r"[，,；;、]")


def _task_own_opening(case: Case, opened: re.Match) -> bool:
    """10月30日正式通水 for 10月底前建成通水: the opening's own word (words.toml completion.opened) is the finishing word of
    the task's one ask, so the object opened is the task's, whatever subject the clause names or leaves out — not for a
    task of several asks (增加…班次、增开…班次，开通…班次: the one opened is one of them)."""
    word = _OPENED_WORD.search(opened.group(0))
    ask = _ASK_BRACKETS.sub("", case.task_text).split("：")[-1].strip().rstrip("。.;；")
    return word is not None and len(word.group(0)) >= 2 and word.group(0) in ask and not _ASK_SEVERAL.search(ask)


_TRIAL_STEP = vocab.pattern("completion.trial_step")
_TRIAL_DATED = re.compile(r"(?<![\d.])(?:1[0-2]|[1-9])月")
_TRIAL_SENTENCE_END = re.compile(r"[。；;!?！？\n]")


def _trial_before(norm: str, f: tuple[str, int, int], opened_at: int) -> bool:
    """10月18日开始调试运行，10月30日正式通水: a dated clause of the works' trial (words.toml completion.trial_step) before
    the opening in the same sentence is a step the works passed on the way to it, not the works still nearly done (二期正在调试,
    undated, is a part still testing)."""
    return f[2] <= opened_at and bool(_TRIAL_STEP.search(norm, f[1], f[2])) and bool(_TRIAL_DATED.search(norm, f[1], f[2])) \
        and not _TRIAL_SENTENCE_END.search(norm, f[2], opened_at)


class TitleGranted(StatusRule):
    help_text = ("A task to win a title with no figure (创建市级文明村镇, 争创省级卫生乡镇: words.toml "
                 "task.recognition_verb opening a clause) whose reply says the title granted (被授予…称号, 被命名为…, "
                 "荣获…, 已获…称号: status.title_granted, status.title_noun) in a clause naming the title (two of its "
                 "words' character pairs), not a forecast, not after a word of waiting or intending (待命名, 拟授予: "
                 "status.title_not_yet, or words.forecast, before it in its clause), with no title still pending in the reply (status.recognition_pending): the "
                 "creation's aim is the title, so the task is completed, whatever work is listed beside it "
                 "(statusd, stop 55).")

    def judge(self, case):
        if case.numeric:
            return None
        task = _TITLE_TASK.search(for_parsing(case.task_text).strip())
        if task is None:
            return None
        norm = for_parsing(case.progress)
        if _RECOGNITION_PENDING.search(norm):
            return None
        title = _content_bigrams(task.group("title"))
        for a, b in _spans(_CLAUSE, norm):
            m = _TITLE_GRANTED.search(norm, a, b)
            if m is None or case.in_forecast(a) or _TITLE_NOT_YET.search(norm, a, m.start()) \
                    or pattern("forecast").search(norm, a, m.start()):
                continue     # (力争明年获评…, 拟命名为…: the grant still to come)
            if len(title & _content_bigrams(norm[a:b])) >= 2:
                return Outcome("completed", None, "statement", "任务为创建或争创称号，报告已获授予或命名，任务已完成",
                               [Evidence(case.progress[a:b].strip(), a, b)])
        return None


# 实施完成了城东体育中心改造提升工程, 已建成…: a done verb right before the task's whole name (words.toml
# status.named_task_done_verb); 实施了…工程 likewise once the deadline has come (status.named_task_done_past).
_NAMED_DONE_VERB = re.compile(f"(?:{vocab.alternation('status.named_task_done_verb')})了?\\s*$")
_NAMED_DONE_PAST = re.compile(f"(?:{vocab.alternation('status.named_task_done_past')})\\s*$")
_NAME_END = re.compile(r"\s*(?:[,;。，；、!！]|$|为)")
_NAME_BREAK = re.compile(r"[,;。!?:，；！？：\d]")


def _task_named_done(case: Case, norm: str) -> tuple[int, int] | None:
    """A task that is only a name (an object or a programme, no figure: 城东体育中心改造提升工程), said done by a clause
    with the whole name right after a done verb (实施完成了…, 已建成…: status.named_task_done_verb) — or, once the deadline
    has come, after a past verb (实施了…: status.named_task_done_past) — and nothing after the name in its clause but a
    break or the good it did (,为…): the span from the verb to the name's end.  Not in a forecast, not beside a lag or
    anything remaining, nor beside another clause not begun, preparing or nearly done, or the rest still under way."""
    if case.numeric:
        return None
    name = for_parsing(case.task_text or "").strip().rstrip("。.;；")
    if len(_HAN.findall(name)) < 3 or _NAME_BREAK.search(name) or behind_cues(norm) or _REMAINING.search(norm):
        return None
    at = norm.find(name)
    while at >= 0:
        head = norm[max(0, at - 8):at]
        verb = _NAMED_DONE_VERB.search(head) or (_NAMED_DONE_PAST.search(head) if case.expected >= 100 else None)
        if verb and not case.in_forecast(at) and _NAME_END.match(norm, at + len(name)) and "未" not in head:
            span = at - len(head) + verb.start(), at + len(name)
            break
        at = norm.find(name, at + 1)
    else:
        return None
    for a, b in _spans(_CLAUSE, norm):
        if b <= span[0] or a >= span[1]:
            st = clause_stage(norm[a:b]) if not case.in_forecast(a) else None
            if st in ("not_started", "preparing", "nearly_done") or st == "underway" and _REST_NAMED.search(norm, a, b):
                return None     # (…已建成，其余2处正在施工: a part of it still going on)
    return span


_HEADING_TASK = re.compile(f"[\u4e00-\u9fff]{{2,12}}(?:{vocab.alternation('task.heading_tail')})[。:：]?")
_HEADING_WORKS_DONE = re.compile(f"\\s*已?(?:{vocab.alternation('status.heading_works_done_verb')})")
_HEADING_WORKS_WORD = vocab.pattern("status.heading_works_word")


def _heading_works_done(case: Case, norm: str) -> tuple[int, int] | None:
    """A task that is only a page's heading over a group of its works (生态环境方面: task.heading_tail, no figure)
    answered clause by clause, every clause a works said finished or opened (完成…提升工程、…工程;完成新改建公厕3座;
    新开优化公交线路4条: status.heading_works_done_verb opening it, status.heading_works_word in it), two clauses at
    least, none in a forecast, no lag and nothing remaining: the heading's works done (README rule question 44) — the
    span of the reply's clauses.  A clause of a service given, a purchase, an activity or a count of people
    (完成…托养服务, 开展…演出14场, 支持创业530人), or one still going on, leaves the group on pace as before."""
    if case.numeric or not _HEADING_TASK.fullmatch(for_parsing(case.task_text or "").strip()):
        return None
    if behind_cues(norm) or _REMAINING.search(norm):
        return None
    spans = [(a, b) for a, b in _spans(_CLAUSE, norm) if norm[a:b].strip()]
    if len(spans) < 2 or any(case.in_forecast(a) or not _HEADING_WORKS_DONE.match(norm[a:b])
                             or not _HEADING_WORKS_WORD.search(norm[a:b])
                             or clause_stage(norm[a:b]) not in (None, "done") for a, b in spans):
        return None
    return spans[0][0], spans[-1][1]


_START_CEREMONY = re.compile(f"(?:(?:{vocab.alternation('stage.start_ceremony_verb')})[^,;。，；·]{{0,8}}?)?"
                             f"(?:{vocab.alternation('stage.start_ceremony')})")


def _ceremony_before_start(case: Case, norm: str, found: list) -> list:
    """A works' start ceremony (已进行项目开工奠基, 举行开工仪式: words.toml stage.start_ceremony) in a clause that says
    nothing more, beside the works' own start still forecast in another clause (将于近期启动建设, 计划9月开工: a start
    verb in a forecast): the ceremony is no start, the works still to begin — the clause is preparation.  With no start
    forecast the ceremony stays a start (README rule question 39)."""
    if not any(st in ("underway", "done") and _START_CEREMONY.search(norm[s:e]) for st, s, e in found):
        return found
    start = pattern("start_verb")
    if not any(case.in_forecast(a) and start.search(norm[a:b]) for a, b in _spans(_CLAUSE, norm)):
        return found
    out = []
    for st, s, e in found:
        clause = norm[s:e]
        if st in ("underway", "done") and _START_CEREMONY.search(clause) and clause_stage(
                _START_CEREMONY.sub(lambda m: "·" * len(m.group(0)), clause)) in (None, "preparing"):
            st = "preparing"
        out.append((st, s, e))
    return out


def _other_step_done(case: Case, norm: str, found: list) -> list:
    """A task asking one step of the works itself (年内完成内部装修并开馆运行), answered by another step finished beside
    its own step still at its preparation (clauses.other_step_beside_own_preparing): the step finished is set aside,
    the task's own step read where it stands (README rule question 4: the stage ladder).  Not for a task with figures
    nor a start target."""
    must = task_must(case.task_text)
    if must is None or case.numeric or pattern("start_verb").search(must.group(0)):
        return found
    asked = case.task_text[must.end():]
    spans = [(st, s, e) for st, s, e in found]
    if not own_step_preparing(asked, [(st, norm[s:e]) for st, s, e in spans]):
        return found
    kept = [(st, s, e) for st, s, e in found
            if not (st in ("underway", "nearly_done", "done") and other_work_step(norm[s:e], asked))]
    return kept or found


def _survey_found(case: Case, norm: str, found: list) -> list:
    """For a survey task (survey_task), each reply clause naming a rung of the survey's own ladder read at that rung
    (survey_stage) in place of the stage its words give elsewhere (入户调查 and 编制 are a works' preparation, not a
    survey's): the survey's steps under way are on pace before its deadline (README rule question 57)."""
    if not survey_task(case):
        return found
    asked = for_parsing(case.task_text)
    return _ladder_found(case, norm, found, lambda clause: survey_stage(clause, asked))


def _ladder_found(case: Case, norm: str, found: list, rung_of) -> list:
    """``found`` with each reply clause outside a forecast (figures not set aside) that ``rung_of`` reads on a task's own
    ladder put at that rung in place of the stage its words gave, in the clauses' order."""
    rungs = {(s, e): rung_of(norm[s:e]) for s, e in _spans(_CLAUSE, norm)
             if not case.in_forecast(s) and not _figures_set_aside(case, s, e)}
    rungs = {k: v for k, v in rungs.items() if v}
    if not rungs:
        return found
    kept = [(st, s, e) for st, s, e in found if (s, e) not in rungs]
    return sorted(kept + [(st, s, e) for (s, e), st in rungs.items()], key=lambda f: f[1])


# 公开招聘…人员60名, 完成…监督员选聘30名: a task choosing people by a public procedure (words.toml task.selection_verb, no
# word of an event after it: task.selection_event) — its own steps are its work.
_SELECTION_TASK = re.compile(f"(?:{vocab.alternation('task.selection_verb')})(?!{vocab.alternation('task.selection_event')})")
_SELECTION_STEP = vocab.pattern("stage.selection_step")
# 待县政府研究聘任, 拟聘用人员名单正在公示: the appointment still to come (待, 拟 before stage.selection_appoint in its clause).
_APPOINT_AWAITED = re.compile(r"(?:待|拟)[^,;。，；\d]{0,10}?" f"(?:{vocab.alternation('stage.selection_appoint')})")


def selection_task(case: Case) -> bool:
    """A task choosing people by a public procedure (公开招聘…60名, 完成…选聘30名, 选拔…干部: words.toml
    task.selection_verb, not 招聘会 or 招聘活动: task.selection_event), any count it asks one of people (名, 人)."""
    if not _SELECTION_TASK.search(for_parsing(case.task_text)):
        return False
    return all(_unit_of(t) == "人" for t in case.numeric)


def selection_stage(clause: str) -> str | None:
    """The rung of a selection's procedure one reply clause reaches (README rule questions 12 and 57 read for a
    selection): the appointment awaited (待县政府研究聘任, 拟聘用人员名单公示: stage.selection_appoint after 待 or 拟)
    nearly done; a step of the procedure (报名, 资格审核, 笔试, 面试, 考察, 体检, 公示: stage.selection_step) done or going
    on, under way — never a works' preparation, and never the selection done.  None: no step named, or its start denied."""
    if clause_stage(clause) == "not_started":
        return None
    if _APPOINT_AWAITED.search(clause):
        return "nearly_done"
    if _SELECTION_STEP.search(clause):
        return "underway"
    return None


def _selection_found(case: Case, norm: str, found: list) -> list:
    """For a selection task (selection_task), each reply clause naming a step of the selection's own procedure read at
    its rung (selection_stage) in place of the stage its words give elsewhere (资格审核 prepares a housing allocation,
    已完成面试 is no selection done): the steps under way are on pace before the deadline, behind after it."""
    if not selection_task(case):
        return found
    return _ladder_found(case, norm, found, selection_stage)


# 印发《…实施方案》: a document issued by its title (words.toml status.issue right before 《, 了 at most between); a
# document's title carries no stage of its own (its 方案 is the document, not a plan being drawn).
_ISSUED_TITLE = re.compile(f"(?:{vocab.alternation('status.issue')})了?《([^》]{{2,80}})》")
_ISSUE_PENDING_WORD = vocab.pattern("status.issue_pending")


def _event_still_prepared(case: Case, norm: str) -> re.Match | None:
    """An event's preparation said going on or ready outside a plan (目前正在开展招商等筹备工作, 各项筹备工作已就绪):
    beside an event said held, another of the task's events or the same one put off is still to come."""
    for m in _COMPLETION_EVENT_PREPARING.finditer(norm):
        if not case.in_forecast(m.start()):
            return m
    return None


_DRAFTER_CHOSEN = re.compile(f"了?(?:{vocab.alternation('status.drafter_chosen')})")


def _plan_finished(clause: str, task_text: str) -> bool:
    """A finishing word of the plan in the clause (_PLAN_FINISHED), not only of choosing who draws it (规划编制单位已于
    2月完成招标: words.toml status.drafter_chosen after the finishing word) — unless the choosing is the task's own
    object (完成…施工招标)."""
    def chooses(m: re.Match) -> bool:
        chosen = _DRAFTER_CHOSEN.match(clause, m.end())
        return bool(chosen) and chosen.group(0).lstrip("了") not in task_text
    return any(not chooses(m) for m in _PLAN_FINISHED.finditer(clause))


def _drawn_then_begun(case: Case, norm: str, found: list) -> list[tuple[int, int]] | None:
    """For a task to finish a plan and then start works (完成…规划编制并启动一期建设), no figure and no rest named: a
    clause saying the plan finished (not a draft) and another, later, saying the works begun (a start verb, past
    the start's stage) — their spans."""
    if case.numeric or _REMAINING.search(norm) or _REST_NAMED.search(norm):
        return None
    drawn = next(((a, b) for _, a, b in found if _plan_finished(norm[a:b], case.task_text) and _PREP_OBJECT.search(norm[a:b])
                  and not _PLAN_DRAFT.search(norm[a:b])
                  and _content_bigrams(_REPORTER_LABEL.sub("", norm[a:b])) & _content_bigrams(case.task_text)), None)
    begun = next(((a, b) for st, a, b in found if drawn and a >= drawn[1] and st in ("underway", "nearly_done", "done")
                  and pattern("start_verb").search(norm, a, b)), None)
    return [drawn, begun] if begun else None


_INSPECTION_TASK = vocab.pattern("completion.inspection_task")
# 暗访检查已于9月中旬完成, 复审工作已顺利结束, 测评均已完成: the inspection named, then said finished (not 未, 尚: no
# negation may stand between, the characters between are a date or a manner only).
_INSPECTION_DONE = re.compile(f"(?:{vocab.alternation('completion.inspection_noun')})(?:工作)?"
                              f"(?:{vocab.alternation('completion.inspection_done_lead')})"
                              r"(?:于[^,;。，；未尚没]{1,10}?)?"
                              f"(?:{vocab.alternation('completion.event_ended_manner')})?"
                              f"(?:{vocab.alternation('completion.inspection_done_verb')})")


def _inspection_received(case: Case, norm: str) -> re.Match | None:
    """A task to receive an inspection (做好…迎检工作, 迎接…复审: words.toml completion.inspection_task), no figure,
    answered by the inspection said finished (暗访检查已于9月中旬完成: completion.inspection_noun) outside a forecast:
    the event held (README rule question 6), the match."""
    if case.numeric or not _INSPECTION_TASK.search(case.task_text or ""):
        return None
    return next((m for m in _INSPECTION_DONE.finditer(norm) if not case.in_forecast(m.start())), None)


def _not_all_held(case: Case, norm: str) -> Outcome | None:
    """An event said held beside another still prepared (马拉松已于4月举办；音乐节定于10月举办，正在筹备): on pace, not done."""
    m = _event_still_prepared(case, norm)
    if m is None:
        return None
    return quoting(case, clause_around(norm, *m.span()), "on_track",
                   "报告活动筹备仍在进行，任务所列活动未全部举办，按阶段判断达进度", "stage")


def _document_issued(case: Case, norm: str) -> tuple[int, int] | None:
    """A task of one clause to issue something (出台…政策措施: words.toml status.issue in it), no figure, answered by a
    clause issuing a document by its title (印发《…》), the title sharing two pairs of characters with the task, no
    pending word before the verb in its clause (待印发, 拟出台: status.issue_pending), not in a forecast: the span of
    the verb and title."""
    task = for_parsing(case.task_text or "").strip().rstrip("。.;；")
    if case.numeric or not _ISSUE_TASK.search(task) or _NAME_BREAK.search(_DIGIT.sub("", task)) or behind_cues(norm):
        return None
    for a, b in _spans(_CLAUSE, norm):
        m = _ISSUED_TITLE.search(norm, a, b)
        if m and not case.in_forecast(a) and not _ISSUE_PENDING_WORD.search(norm, a, m.start()) \
                and len(_content_bigrams(m.group(1)) & _content_bigrams(task)) >= 2:
            return m.span()
    return None


_BATCH_LEAD = vocab.pattern("report.batch_lead")
_BATCH_ALL_DONE = re.compile(f"(?:{vocab.alternation('report.all_of')})[^,;。，；\\d]{{0,4}}?已?(?:{vocab.alternation('stage.done')}|完成)"
                             f"|{vocab.alternation('report.batch_all_done')}")
_BATCH_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*([^\d\s,;。，；、%（）()]{1})")


def _batches_done(case: Case, norm: str):
    """A count answered batch by batch (第一批60户已全部完成改造；第二批90户已完成改造55户): when the batches' own counts
    add up to the task's one count, a batch said all done counts whole and another by the count said done in it —
    (their sum, the target); None otherwise."""
    counts = [t for t in case.numeric if not _is_level(t) and t.value]
    if len(counts) != 1 or case.facts and any(f.role == "done" and f.fact.unit == counts[0].unit and f.fact.value
                                               >= counts[0].value for f in case.facts):
        return None
    t = counts[0]
    leads = list(_BATCH_LEAD.finditer(norm))
    if len(leads) < 2:
        return None
    total = done = 0.0
    for k, m in enumerate(leads):
        end = leads[k + 1].start() if k + 1 < len(leads) else len(norm)
        seg = norm[m.end():end]
        figs = [(float(f.group(1)), m.end() + f.start()) for f in _BATCH_FIGURE.finditer(seg) if f.group(2) == t.unit]
        if not figs:
            return None
        total += figs[0][0]
        if len(figs) >= 2 and not case.in_forecast(figs[1][1]):
            done += figs[1][0]       # (第二批90户已完成改造55户: the second figure of the batch's unit, its count done)
        elif len(figs) == 1 and _BATCH_ALL_DONE.search(seg):
            done += figs[0][0]       # (第一批60户已全部完成改造: the batch whole)
    if abs(total - t.value) > 1e-6 or not done:
        return None
    return done, t


_ROUND_UNIT = vocab.alternation("report.ordinal_round_unit")
# 已完成第一轮全员轮训, 第二批已全部完成: the Nth of a count's rounds said done (the ordinal a numeral or digits).
_ORDINAL_DONE = re.compile(r"已经?完成第(?P<n>[一二三四五六七八九十]|\d{1,2})" f"(?P<u>{_ROUND_UNIT})"
                           r"|第(?P<n2>[一二三四五六七八九十]|\d{1,2})" f"(?P<u2>{_ROUND_UNIT})"
                           r"[^,;。，；\d未尚没]{0,10}?已经?" f"(?:{vocab.alternation('report.all_of')})?完成")


def _ordinal_rounds_done(case: Case, norm: str):
    """A count in rounds (完成…轮训2轮, 举办培训班3期: words.toml report.ordinal_round_unit) answered by the Nth round
    said done (已完成第一轮全员轮训) and no count of its own in that unit: N done — (N, the target); None otherwise."""
    counts = [t for t in case.numeric if not _is_level(t) and t.value]
    if len(counts) != 1 or counts[0].unit not in vocab.words("report.ordinal_round_unit"):
        return None
    t = counts[0]
    if any(f.fact.unit == t.unit for f in case.facts):
        return None
    done = 0
    for m in _ORDINAL_DONE.finditer(norm):
        unit = m.group("u") or m.group("u2")
        if unit != t.unit or case.in_forecast(m.start()):
            continue
        n = parse_number(m.group("n") or m.group("n2"))
        done = max(done, int(n or 0))
    return (float(done), t) if done else None


def _bare_works_name(task_text: str) -> bool:
    """A task that is only a programme of works or a facility's name (words.toml task.works_programme,
    task.facility_name_tail), not 建设 of no works nor an area developed over years, nor a list of projects kept for
    their preparation (task.prep_list)."""
    bare = for_parsing(task_text or "").strip().rstrip("。.;；")
    if _PREP_LIST_TASK.search(bare):
        return False        # (重点前期项目: a list kept for its preparation, asking no works)
    return bool(_WORKS_PROGRAMME_TASK.fullmatch(bare) and not _ABSTRACT_BUILD.search(bare)
                or _FACILITY_NAME_TASK.fullmatch(bare))


def _figures_set_aside(case: Case, s: int, e: int) -> bool:
    """A clause whose figures, of a unit the task counts in, were all set aside as compared (当月完成投资1.8亿元 with no
    running total: rules/building._month_figures_alone): the figure is its content, no stage of the year's work."""
    mine = [f for f in case.facts if s <= f.fact.span[0] < e]
    units = {_unit_of(t) for t in case.targets}
    return bool(mine) and all(f.role == "compared" and _unit_of(f.fact) in units or _life_total(case, f) for f in mine)


def _life_total(case: Case, f: Fact) -> bool:
    """累计完成投资21亿元，占总投资的52.5% for a year's plan: the project's amount since its start, set aside as its whole
    (rules/building._life_total_beside_share; README rule question 25) — no answer to the year's plan, and no stage of the
    year's work either: alone it leaves the reply unclear."""
    return f.role == "whole" and vocab.unit_kind(f.fact.unit) == "money" \
        and bool(_STATUS_LIFE_SHARE_LEAD.search(for_parsing(case.progress), f.fact.span[1], f.sentence[1]))


class StageAgainstDeadline(StatusRule):
    help_text = ("With no answered part, the most advanced stage the report describes against the stage the "
                 "task must reach (a document to issue or an event to hold, 出台/印发/召开…: words.toml status.issued_task, "
                 "still drafted or prepared once a date of the task's own before the year's end has come, is behind): "
                 "only preparation (方案, 设计, 招标, 审批) for a task that must start or finish "
                 "something (a result verb whose object is not itself a plan, or 打造/建设 opening a clause whose object is a "
                 "facility or place: words.toml task.built_object; or a task that is only a programme of works by its name, "
                 "words.toml task.works_programme: 城区夜景亮化工程, 社区充电桩项目, 乡村公共广播建设, or only a facility's or a road's "
                 "name, task.facility_name_tail: 龙山公园B区, 十五号路、十五号路支巷 — not 建设 of a system "
                 "or a team, task.abstract_build, nor of an area developed over years, task.area_build: 新片区建设, nor after 开展, task.works_programme_not_lead), from half_year of the pace on → "
                 "behind; anything under way or nearly done → on_track, unless one project to be finished has not reached the "
                 "step of its works the time gone asks for (words.works_begun, works_main, works_finishing: only begun "
                 "from first_step_late, main works just begun (words.works_main_begun: 首层, 刚出正负零) likewise — both from "
                 "below_ground_late when the works named are below ground (words.works_below_ground: 地下室, 基坑, 桩基), except for a "
                 "task whose result is a step of the works itself (words.works_step_task: 主体结构封顶), which leaves no "
                 "fitting-out to time and keeps first_step_late —, the main "
                 "works still going on, or only topped out with no step of the finishing under way (words.works_topped_out: 封顶, 结顶), "
                 "from main_works_late → behind; of a task partly done, the rest's clause, 其余厂房正在进行"
                 "基础施工 at 31 October for 年内主体完工, read on its own likewise), or a task that "
                 "is itself preparation is still at a first step (words.preparation_first) from first_step_late; a "
                 "task to finish one step of preparation (完成…立项) is completed by a later step approved "
                 "(words.preparation_order); a task that is a paper to make, its making closing the task's clause however "
                 "long the document's name (完成《…》修订, 完成…细则起草: words.toml stage.paper_closing), is read as a plan "
                 "is — its drafts, consultations and review its own work, past its deadline behind, never works only "
                 "prepared and missed outright.  Finishing some piece of work is on_track: "
                 "only a statement covering the whole task completes it, or, for an event (举办, 召开), a report "
                 "that it was held.  Process verbs alone (积极推进, 深入落实) with no concrete work are no stage, nor a "
                 "clause only claiming normal progress (项目正常推进中) beside one that reports a stage.  A "
                 "report whose only words forecast the start (即将开工建设, 计划8月开工), from half_year on, for a task "
                 "that must finish something: nothing has begun → behind.  Once the deadline to finish or to start has passed "
                 "(the task's own date, 3月底前开工 beside 年底前完工, or the year's end), only preparation or nothing "
                 "begun is seriously behind; past half_year a piece of the works named in a clause of its own ending on its start "
                 "denied (路侧地磁设备安装尚未启动: not_yet.not_begun) beside work done, for a task to finish, is behind; a node the task dates itself before the year's end (7月底前取得项目核准批复, 上半年…), whatever "
                 "its verb (not a process: task.process_lead), passed with its work still going on is behind.  Where the works are under way or partly done, the one figure done in "
                 "the target's own measure (a length, an area, an amount, a mass; the task's one target in it, beside figures of other kinds "
                 "— a list's count, a growth rate) under another verb or noun "
                 "(完成管道铺设2.6公里 for 完成…管网改造30公里), short of the pace, is behind, under half of it "
                 "seriously behind (flagged weak_match; past half_year beside the rest, or an item, not begun or only prepared the figure and the "
                 "band decide, README rule question 4, so under half the pace it is seriously behind, the rest's own figure being what is left), "
                 "unless the rest is said to be under way (from measure_rest_late only at the last step of its works or "
                 "the step the task asks for).  The same one figure at or over the target (完成路面铺设216公里 for 建成200公里农村公路; "
                 "a count, 已完成10条线路改造 for 改造农村班线10条, only when its words share two characters with the task's), "
                 "the works said done, no clause still going, no rest named and no lag → completed (flagged weak_match).  "
                 "Past half_year, the rest, "
                 "or some items opened by their count (但2个镇的项目…尚未启动), not begun or only prepared beside work "
                 "done → behind.  Every step a task names after 完成 (要求5月底前完成方案评审和施工招标) said done in a "
                 "clause of its own (no share, count, work still going on or forecast; words.toml status.named_step_*), "
                 "whatever comes after, → completed; once the deadline has come, the year's task or target itself said only nearly done (基本完成年度建设任务: words.toml stage.nearly_done_word before time.whole_year) → behind, whatever the task names; but a month's plan of preparation for the project named before it (泵站建设 6月工作计划：完成设备采购招标; words.toml deadline.month_plan) done is the project on pace, on_track.  "
                 "First of all, a task that is only a name (no figure) said done by its whole name right after a done verb "
                 "(实施完成了…改造提升工程, 已建成…: words.toml status.named_task_done_verb), or once the deadline has come after a "
                 "past verb (实施了…提标工程: status.named_task_done_past), nothing after the name in its clause but a break or "
                 "the good it did (,为…), no lag, nothing remaining and no other clause not begun, preparing or nearly done → "
                 "completed, basis statement; so is a task of one clause to issue something (出台…政策措施: words.toml "
                 "status.issue), no figure, answered by a document issued by its title (印发《…》, the title sharing two pairs "
                 "of characters with the task, no pending word before the verb: status.issue_pending) — the title's 方案 is "
                 "the document, no plan being drawn.  A task that is only a programme of works or a facility's name (as "
                 "above, not a list kept for its preparation: task.prep_list) is read on the ladder of its works as one "
                 "project to finish is (工人文化宫建设工程 only topped out late in December → behind).  An event said "
                 "held beside an event's preparation said going on or ready outside a plan (音乐节定于10月举办，正在筹备; "
                 "原定于9月23日举办，推迟至10月，筹备工作已就绪: words.toml completion.event_preparing) is not every "
                 "event held: on_track.  Past mid-year, on a task of two to five items finished items each named in a "
                 "clause of their own beside an item not begun decide by their share and the band (README rule question "
                 "4: one of two finished at 30 June on pace, at 30 September behind), not the item not begun.  A count answered "
                 "batch by batch (第一批60户已全部完成；第二批90户已完成55户: words.toml report.batch_lead), the batches' counts "
                 "adding up to the task's, is the sum done — a batch said all done whole, another by its count done.  A "
                 "clause whose figures were all set aside (a month's own figure alone, 当月完成投资1.8亿元 with no running "
                 "total: rules/building._month_figures_alone) states no stage.  A task to finish a plan and then start works "
                 "(完成…规划编制并启动一期建设) answered by the plan finished and, in a later clause, the works begun is done "
                 "(README rule question 13), not works short of their finish on the ladder.  An event's date first set "
                 "(原定于5月举办: words.toml completion.event_first_date) is no event held on it.  A start target of one works "
                 "(年内开工建设…, or works named by a build verb and asked only to start: 新建…1座，年内开工建设) answered by the "
                 "start said (已于6月开工建设) is done, however far its works have come since (README rule questions 13, 42).  "
                 "A works' bare name with no deadline written, said only nearly done (基本完工, 进入扫尾阶段) at the year's end, "
                 "is behind: the year's end is its deadline (README rule question 43).  A task that is only a page's "
                 "heading over a group of its works (生态环境方面: words.toml task.heading_tail, no figure) answered by two "
                 "clauses or more, every one a works said finished or opened (status.heading_works_done_verb opening it, "
                 "status.heading_works_word in it: 完成…提升工程；完成新改建公厕3座；新开…公交线路4条), none forecast, "
                 "lagging or left over, is the heading's works done → completed (README rule question 44).  A works' start "
                 "ceremony (开工奠基, 举行开工仪式: words.toml stage.start_ceremony) in a clause saying nothing more, beside the "
                 "works' own start still forecast (将于近期启动建设, 计划9月开工), is no start: the clause is preparation "
                 "(README rule question 45).  A task asking one step of the works itself (年内完成内部装修并开馆运行: "
                 "words.toml stage.work_step after its result verb) whose own step is still at its preparation (装修工程正在组织"
                 "招标) beside another step finished (土建工程已完工) is read at its own step: the other step is work before "
                 "the task's (clauses.other_work_step; README rule question 4).  A task to complete a survey, census, check-up or "
                 "assessment (完成…城市体检, 体检评估, 普查, 调查, 评估: words.toml task.survey_noun after task.survey_lead, no "
                 "works to start or build after it) has the survey's own steps as its work, on a ladder — data collection "
                 "(入户调查, 数据采集, 现场踏勘, 问卷: stage.survey_step) and report drafting (编制…报告, 报告初稿: "
                 "stage.survey_drafting) under way, review or issue awaited (提交专家评审, 审定后印发: stage.survey_review) nearly "
                 "done — never preparation: on pace before its deadline, not done at it behind; its report through review or "
                 "issued (通过专家评审, 已印发, 已报送: stage.survey_issued), or the one step the task names said done "
                 "(完成…普查清查工作 answered 清查工作已全部完成), with no review still awaited, is completed (README rule "
                 "question 57).  A survey of a works before its build (地质勘察 for 建成…大桥) stays the works' preparation.  A task "
                 "choosing people by a public procedure (公开招聘…60名, 完成…选聘30名: words.toml task.selection_verb, not "
                 "招聘会) has the selection's own steps as its work — sign-up, qualification review, examinations, "
                 "inspection, public notice (stage.selection_step) under way, the appointment awaited (待…聘任, 拟聘用: "
                 "stage.selection_appoint) nearly done — never a works' preparation (README rule questions 12 and 57 read for "
                 "a selection).  A facility's subject said finished on a step of its works the task does not name (文化站"
                 "目前土建已经结束, 硬装已完工: words.toml stage.work_step) is that step done, never the facility opened.")

    def judge(self, case):
        norm = for_parsing(case.progress)
        said = _whole_said_done(case, norm)
        if said:
            return said
        found = _stages_found(case, norm)
        top = next(((s, e) for st, s, e in found if st == "done"
                    and survey_stage(norm[s:e], for_parsing(case.task_text)) == "done"), None) \
            if survey_task(case) and not case.numeric else None
        if top and not any(st in ("not_started", "preparing") or st == "nearly_done" and survey_stage(
                norm[s:e], for_parsing(case.task_text)) == "nearly_done" for st, s, e in found):
            # 城市体检报告已通过专家评审并报送市政府: the survey's top rung, its report through review or issued.
            return quoting(case, top, "completed", "任务为调查评估，报告已到其最后环节（成果通过评审或印发报送，或任务所列环节全部完成）")
        if not found:
            held = _event_held_dated(case, norm)
            if held and not case.numeric and (_EVENT_TASK.search(case.task_text) or _ACTIVITY_TASK.search(case.task_text)):
                # 第五届茶文化旅游节于8月16日至18日在县城举行 and no other stage word: the event was held.
                still = _not_all_held(case, norm)
                if still:
                    return still
                return quoting(case, held.span(), "completed", "报告活动已举办，任务已完成")
            return _start_forecast_only(case, norm)
        rank = {"active": 0, "preparing": 1, "underway": 2, "nearly_done": 3, "done": 4}
        reached = _step_reached(case, norm, found)
        if reached:
            return reached
        steps = _named_steps_done(case, norm)
        if steps:
            # 土地已于5月摘牌，初步设计已于6月18日通过审查 for 要求6月底前完成土地摘牌和初步设计审查: the steps named done.
            a, b = steps
            if _month_step_of_project(case.task_text):
                # 泵站建设 6月工作计划：完成设备采购招标, the tender done: the month's step of preparation reached, the
                # project it prepares goes on — on pace, not the task done.
                return quoting(case, (a, b), "on_track", "当月计划的前期环节已完成，项目本身仍在推进", "stage")
            return quoting(case, (a, b), "completed", "任务所列须完成的环节，报告均已完成")
        st, s, e = max(found, key=lambda f: rank[f[0]])
        held = _EVENT_DONE.search(norm) or _inspection_received(case, norm)
        dated = _event_held_dated(case, norm) if not held else None
        if dated:
            # (油菜花节已于3月12日开幕 beside its events going on: held, whatever stage the clause's words give)
            held, st = dated, "done"
        if st == "active":
            # Only process verbs (积极推进…, 深入落实…) and no concrete work (出台, 召开, 上线, figures of
            # work done): the task restated, nothing checkable — unclear.
            if case.numeric or (_concrete(case) is None and not any(f.role in ("done", "other") for f in case.facts)):
                return None
            st = "underway"
        ev = [case.quote(s, e)]
        said, ev = _done_said(case, norm, found, st, s, e, held, ev)
        if said:
            return said
        rest_idle = next(((a, b) for a, b in _spans(_CLAUSE, norm) if clause_stage(norm[a:b]) in ("not_started", "preparing")
                          and (_REST_OR_OTHER_OPENS.match(norm[a:b]) or _COUNT_NOT_BEGUN.match(norm[a:b])
                               and clause_stage(norm[a:b]) == "not_started") and not _rest_goes_on(norm, b)), None)
        # A verb after an aim adverb (有效改善…风貌, 进一步完善) states an aim, not a stage to reach.
        # (…｜完成时限：10月 before October: the label's 完成 asks no stage of the work yet — statusb, stop 64)
        must = task_must(case.task_text, before_deadline=case.expected < 100)
        plan_only = must and _task_prep_after(case.task_text, must.end())
        then = plan_only and _THEN_MUST.search(case.task_text, must.end())
        if then and not _task_prep_after(case.task_text, then.end()):
            plan_only = None     # 完成…设计并开工: the preparation is a step, the task goes on to a result of the works
        begun = _drawn_then_begun(case, norm, found) if then and pattern("start_verb").search(then.group(0)) else None
        if begun:
            # 完成片区规划编制并启动一期建设 answered 规划已编制完成…；一期已于10月启动拆除: the plan finished and the works
            # asked only to start said begun — the task done (rule question 13), not works short of their finish.
            return Outcome("completed", None, "statement", "任务为完成前期工作并启动建设，报告前期已完成、建设已启动",
                           [case.quote(a, b) for a, b in begun])
        if must is None:
            # 打造大运河文化带核心展示园, 建设省级应急物资储备库: a build verb opening a clause whose object is a facility
            # or place (words.toml task.built_object) is a result to reach, as 建成 is.
            must = _BUILT_OBJECT_TASK.search(for_parsing(case.task_text))
        if must is None:
            # 羊角古镇幼儿园建设: the facility's name with a build noun after it, the whole task.
            must = _BUILT_OBJECT_NOUN_TASK.fullmatch(for_parsing(case.task_text).strip().rstrip("。.;；"))
        if must is None and any(not _is_level(t) and t.unit not in ("%",) for t in case.numeric):
            # 建设数字乡村示范村10个: a count of things to deliver within the year is a result to reach.
            must = _DIGIT.search(case.task_text)
        drawn = _preparation_done(case, norm, found, must, plan_only)
        if drawn:
            return drawn
        compiled = _plan_compiled(case, norm)
        if compiled:
            return quoting(case, compiled, "completed", "任务为编制规划或方案，报告成果已通过审议或评审")
        begun_ = _start_said(case, norm) if must and not plan_only and pattern("start_verb").search(must.group(0)) \
            and not any(t.value and t.value >= 2 and vocab.unit_kind(t.unit) == "count" for t in case.numeric) \
            and not _ITEMS_COUNTED.search(case.task_text) and not finish_of_build_asked(case.task_text) else None
        if begun_ and st in ("underway", "nearly_done", "done"):
            # 年内开工建设某某污水处理厂 (or 新建…1座，年内开工建设) answered by 项目已于6月开工建设，主体结构完成45%: a start
            # target of one works reached by the start said, whatever its works have come to since (rule questions 13, 42).
            return quoting(case, begun_, "completed", "任务为开工建设，报告已开工，已完成目标")
        if st in ("underway", "nearly_done", "done"):
            words_ = {"nearly_done": "主体基本完成", "done": "已完成部分工作"}.get(st, "正在实施")
            judged = _due_not_done(case, norm, st, must, words_, ev)
            if judged is None:
                judged = _items_idle(case, norm, must, plan_only, rest_idle, ev)
            return judged if judged is not None else _works_short(case, norm, st, must, plan_only, words_, ev)
        return _only_prepared(case, norm, must, plan_only, then, ev)


def _whole_said_done(case: Case, norm: str) -> Outcome | None:
    """The task said done whole before any stage is read: a document issued by its title, the task's whole name said
    done, or every work under a page's heading finished."""
    named = _task_named_done(case, norm)
    issued = _document_issued(case, norm) if not named else None
    if issued:
        # 印发《…实施方案》 for 出台…政策措施: the document issued, the task's own result.
        return quoting(case, issued, "completed", "任务为出台文件，报告已印发")
    if named:
        # 实施完成了城东体育中心改造提升工程 for that name: the task itself said done.
        return quoting(case, named, "completed", "报告以任务全称称其已完成")
    heading = _heading_works_done(case, norm)
    if heading:
        # 完成某某片区环境提升工程、某某巷景观提升工程;完成新改建公厕3座 for 生态环境方面: every work listed under
        # the heading said finished, nothing going on — the group's work done (README rule question 44).
        return quoting(case, heading, "completed", "任务为页面分组标题，报告所列工程均已完成")
    return None


def _stages_found(case: Case, norm: str) -> list[tuple[str, int, int]]:
    """The stages the report's clauses state (not forecast, set aside or self-assessed), claims of normal progress
    only where no other stage is, read for a start's ceremony, another step of the works, a survey or a selection."""
    found, claims = [], []
    title_task = bool(_RECOGNITION_TASK.search(for_parsing(case.task_text)))
    for s, e in _spans(_CLAUSE, norm):
        if case.in_forecast(s) or _figures_set_aside(case, s, e) or _SELF_ASSESSED.match(norm, s, e):
            continue
        st = clause_stage(norm[s:e])
        if st is None and title_task and _RECOGNITION_PENDING.search(norm, s, e):
            st = "underway"     # 已通过省级评审，待公布 for 创建…示范村: the title awaited, under way (README rule question 12)
        if st and st != "not_started":
            (claims if _claim_only(norm[s:e]) else found).append((st, s, e))
    # 项目正常推进中,目前仅完成方案设计: a clause only claiming normal progress is no stage where another
    # clause reports one.
    found = found or claims
    # 已进行项目开工奠基。将于近期启动建设: a start's ceremony beside the start forecast is preparation.
    found = _ceremony_before_start(case, norm, found)
    # 土建工程已完工 beside 装修工程正在组织招标 for 年内完成内部装修…: another step of the works done is no part of the
    # task's own step.
    found = _other_step_done(case, norm, found)
    # 已完成入户调查，正在编制体检报告 for 完成…体检评估: the survey's own steps, under way (README rule question 57).
    found = _survey_found(case, norm, found)
    # 已完成公开报名和资格审核，待县政府研究聘任 for 完成…选聘30名: the selection's own steps, under way.
    found = _selection_found(case, norm, found)
    return found


def _done_said(case: Case, norm: str, found: list, st: str, s: int, e: int, held,
               ev: list[Evidence]) -> tuple[Outcome | None, list[Evidence]]:
    """The most advanced clause said done, read as the task's whole: an event held, the whole of its object, or its
    object opened (the opening may be found in a later clause, whose quote is then the evidence returned)."""
    if st == "done" and held and not case.numeric and (_EVENT_TASK.search(case.task_text) or _ACTIVITY_TASK.search(case.task_text)) \
            and not case.in_forecast(held.start()):
        still = _not_all_held(case, norm)
        if still:
            # 某某马拉松已于4月16日成功举办；某某音乐节定于10月举办，正在筹备: one held, another still to come.
            return still, ev
        return quoting(case, held.span(), "completed", "报告活动已举办，任务已完成"), ev
    if st == "done" and not case.numeric and _WHOLE.search(norm[s:e]) and len(
            _content_bigrams(norm[s:e]) & _content_bigrams(case.task_text)) >= 2 and (not _PROCESS_TASK.match(
            case.task_text) or _names_whole_object(norm[s:e], case.task_text)):
        # 全区56所食堂已全部完成阳光厨房改造 for 实现阳光厨房全覆盖: the whole of the task's own object.
        return Outcome("completed", None, "statement", "报告任务对象已全部完成", ev), ev
    opened = _DONE_EVENT.search(norm[s:e])
    subject = _opened_subject(norm, s, opened)
    step_only = _step_finished(subject, case.task_text)     # (in the finish's own clause; not a later opening's)
    if st == "done" and not opened:
        # 平台已完成开发和部署，于8月正式上线运行: the object opened in a later clause of the same sentence, dated
        # on or before the report's day (no 已), its subject the first clause's.
        later = _opened_later(case, norm, s, e)
        if later:
            opened, s, e, subject = later
            ev = [case.quote(s, e)]
    if st == "done" and not opened:
        # 净水厂10月30日正式通水 (no 已, no 于): the facility named, then opened at a date on or before the report's day.
        opened = _opened_dated_by(case, norm[s:e])
        subject = _opened_subject(norm, s, opened)
    if opened and len(subject) < 2:
        subject = _back_referred(case, norm, s) or subject
    obj = _NON_WORD_OR_DIGIT.sub("", norm[s + opened.end():e]) if opened and len(subject) < 2 and not any(
        s <= f.fact.span[0] < e for f in case.facts) else ""
    if st == "done" and opened and not case.numeric and not case.in_forecast(s) and not _PROCESS_TASK.match(
            case.task_text) and not step_only \
            and not any(f[0] in ("preparing", "underway", "nearly_done") and _sim(case.task_text, norm[f[1]:f[2]]) >= 0.5
                        and not _trial_before(norm, f, s) or f[0] == "nearly_done" and not _trial_before(norm, f, s)
                        for f in found) \
            and ((len(subject) >= 2 and _sim(subject, case.task_text) >= 0.5)
                 or (len(obj) >= 4 and _sim(obj, case.task_text) >= 0.6)
                 or _task_own_opening(case, opened) and not any(
                     f[0] in ("preparing", "underway", "nearly_done") and not _trial_before(norm, f, s) for f in found)):
        # 平台已正式上线运行, 中心已挂牌成立 for 建设…平台, 成立…中心: the task's own object opened, and
        # nothing of it is reported still under way.
        return Outcome("completed", None, "statement", "报告任务对象已建成启用或办结，任务已完成", ev), ev
    return None, ev


def _preparation_done(case: Case, norm: str, found: list, must: re.Match | None, plan_only) -> Outcome | None:
    """A task that is itself preparation (a plan, its preparatory work, one step of it) said finished, ready to
    build or passed by a later step."""
    if plan_only and not case.numeric and not any(f[0] in ("underway", "nearly_done") for f in found) \
            and not _REMAINING.search(norm) and not _REST_NAMED.search(norm):
        # 规划成果已编制完成,已报市政府审批 for 完成…规划编制: the task is the plan itself, and it is finished
        # (a draft, 初稿/征求意见稿, is not).
        drawn = next(((a, b) for _, a, b in found if _plan_finished(norm[a:b], case.task_text)
                      and _PREP_OBJECT.search(norm[a:b]) and not _PLAN_DRAFT.search(norm[a:b])
                      and _content_bigrams(_REPORTER_LABEL.sub("", norm[a:b])) & _content_bigrams(case.task_text)), None)
        if drawn:
            return quoting(case, drawn, "completed", "任务本身为编制规划、方案或立项等前期工作，报告已完成或获批")
        passed = _preparation_passed(case, norm, case.task_text[must.end():])
        ready = next(((a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)
                      and _READY_TO_BUILD.search(norm[a:b])), None) if "前期" in case.task_text[must.end():] else None
        if ready:
            # 施工图审查已完成，具备开工条件 for 完成…前期工作: the whole of the preparation done, the works ready
            # to begin.
            return quoting(case, ready, "completed", "任务为完成前期工作，报告已具备开工条件")
        if passed:
            # 项目可研已批复 for 完成…立项: a later step of preparation approved, the task's own step passed.
            return quoting(case, passed, "completed", "任务为前期工作的一个环节，报告已完成其后的环节")
    return None


def _due_not_done(case: Case, norm: str, st: str, must: re.Match | None, words_: str,
                  ev: list[Evidence]) -> Outcome | None:
    """Work going on once its deadline has come: the year's task nearly done, a result or document due, a bare
    works' year's end, a node the task dates itself, a title still awaited."""
    nearly = _YEAR_TASK_NEARLY.search(norm) if case.expected >= 100 else None
    if nearly and not case.in_forecast(nearly.start()):
        # 重点工程基本完成年度建设任务 at the year's end: the year's task itself said only nearly done, whatever
        # the task names — short of the whole once the deadline has come (as a result to reach is, above).
        a, b = nearly.span()
        return Outcome("behind", None, "stage", "任务期限已到，报告仅基本完成年度任务，尚未全部完成，判欠进度",
                       ev + [case.quote(a, b)])
    # (a start target, 启动…, is reached once work is under way: never behind for still going on)
    # (出台《…措施》 at the year's end, drafted and awaiting its meeting: a document to issue is due as a result is)
    if (must and not pattern("start_verb").search(must.group(0)) or _ISSUE_TASK.search(case.task_text)
            or _PAPER_TASK.search(case.task_text)) and case.expected >= 100:
        return Outcome("behind", None, "stage", f"任务期限已到，报告{words_}，尚未完成，判欠进度", ev)
    if must is None and st == "nearly_done" and case.expected >= 100 and case.deadline is None \
            and _bare_works_name(case.task_text) and _one_project(case):
        # 某某河道综合治理工程 answered by 该工程已基本完工 at 31 December: works with no deadline written are due at
        # the year's end, and nearly done then is not done (README rule question 43).
        return Outcome("behind", None, "stage", f"任务未写期限，以年底为限，报告{words_}，尚未完成，判欠进度", ev)
    own_dated = case.this_years_months(for_parsing(case.task_text))    # (2026年7月底前 in 2026: 7月底前)
    if must is None and case.expected >= 100 and _OWN_DATE.search(own_dated) \
            and not _PROCESS_TASK.match(_OWN_DATE.sub("", own_dated).strip()):
        # 7月底前取得项目核准批复 at 31 July, the application sent and the review done: a node the task dates
        # itself, whatever its verb, passed with its work still going on (README rule question 18).
        return Outcome("behind", None, "stage", f"任务所定节点期限已到，报告{words_}，尚未完成，判欠进度", ev)
    pending = _RECOGNITION_PENDING.search(norm) if case.expected >= 100 and _RECOGNITION_TASK.match(
        for_parsing(case.task_text).strip()) else None
    if pending and not case.in_forecast(pending.start()):
        # 创建国家级…示范县 at the year's end, 申报材料已报送…，评审结果尚未公布: the title still to be granted
        # once the time is up — behind, not work on pace.
        a, b = pending.span()
        return Outcome("behind", None, "stage", "任务期限已到，创建或认定结果尚未取得，判欠进度",
                       ev + [case.quote(a, b)])
    return None


def _items_idle(case: Case, norm: str, must: re.Match | None, plan_only, rest_idle: tuple[int, int] | None,
                ev: list[Evidence]) -> Outcome | None:
    """Past mid-year, an item, a piece of the works or the rest not begun or only prepared beside work going on (the
    share of items finished or the one figure in the target's measure deciding where the README's rule 4 says)."""
    # (not for a start target, 开工…项目11个, where one item still at 征收 is one share of many started)
    lagging = _item_lagging(case, norm) if must and not plan_only and not rest_idle and not pattern(
        "start_verb").search(must.group(0)) else None
    if lagging is None and must and not plan_only and not rest_idle and pattern("start_verb").search(
            must.group(0)) and case.expected >= threshold("half_year"):
        lagging = _start_item_lagging(case, norm)
    share = items_done_share(case, norm) if lagging and must and case.expected >= threshold(
        "half_year") and not pattern("start_verb").search(must.group(0)) else None
    if share and by_pace(100.0 * share[0] / share[1], case.expected) in ("on_track", "ahead"):
        # 城东客运站改造已完工；城南客运站…尚未开工 at 30 June for 完成客运站提升改造2个: one of two finished is
        # half the count, in the band — the figure decides, not the item not begun (README rule question 4).
        a, b = lagging
        c = round(100.0 * share[0] / share[1], 1)
        status = by_pace(c, case.expected)
        return Outcome(status, c, "figures", f"任务{share[1]}项中{share[0]}项已完成，完成率{_fmt(c)}%，其余尚未开工或仍在前期，"
                       f"按数字判断{'超进度' if status == 'ahead' else '达进度'}",
                       ev + [case.quote(a, b)])
    idle = (lagging or rest_idle) if must and not plan_only and case.expected >= threshold("half_year") else None
    short = _measure_short(case, norm) if idle else None
    if short and short[2] == "seriously_behind":
        # 已完成护岸整治3公里，其余9公里尚未开工 at 30 September for 完成…整治12公里: the rest not begun, the one
        # figure done in the target's measure and the band decide (README rule question 4) — under half the pace.
        f, c, status, t = short
        return Outcome(status, c, "figures", f"目标{t.metric}{t.text}，报告同一计量单位完成{f.fact.text}，"
                       f"完成率{_fmt(c)}%，其余尚未开工或仍在前期，低于序时进度{_fmt(case.expected)}%的一半，判严重滞后",
                       [Evidence(f.fact.text, *f.fact.span)] + [case.quote(*idle)],
                       flags=["weak_match"])
    if lagging and case.expected >= threshold("half_year"):
        # 北区消防站主体施工中;南区消防站正在进行用地报批 for 新建北区、南区两个消防站: past mid-year an
        # item of several, named on its own, has not begun.
        a, b = lagging
        return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，报告其中一项尚未开工或仍在前期，判欠进度",
                       ev + [case.quote(a, b)])
    if must and not plan_only and not rest_idle and case.expected >= threshold("half_year") \
            and not pattern("start_verb").search(must.group(0)):
        # 平台软件开发完成;路侧地磁设备安装尚未启动 at 11 September for 10月底前建成…平台: past mid-year a piece of
        # the works, named in a clause of its own that ends on its start denied, has not begun.
        piece = next(((a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)
                      and clause_stage(norm[a:b]) == "not_started" and _IDLE_CLAUSE_END.search(norm[a:b])), None)
        if piece:
            a, b = piece
            return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，报告工程的一部分尚未启动，判欠进度",
                           ev + [case.quote(a, b)])
    if must and not plan_only and rest_idle and case.expected >= threshold("half_year"):
        # 完成主体施工2家,其余尚未动工: past mid-year the rest has not begun.
        a, b = rest_idle
        under = _count_under_half(case, rest_idle)
        if under:
            # 已建成并联网运行42个，其余站点正在开展选址和设备采购 at 30 September for 建设…微站150个: the one count
            # done in the task's own words under half the pace, the rest only preparing (rule question 2).
            f, c = under
            return Outcome("seriously_behind", c, "figures", f"报告完成{f.fact.text}，完成率{_fmt(c)}%，其余尚未开工或"
                           f"仍在前期，低于序时进度{_fmt(case.expected)}%的一半，判严重滞后",
                           [Evidence(f.fact.text, *f.fact.span), case.quote(a, b)])
        return Outcome("behind", None, "stage", f"过序时进度{_fmt(case.expected)}%，报告其余部分尚未开工或仍在前期，判欠进度",
                       ev + [case.quote(a, b)])
    return None


def _works_short(case: Case, norm: str, st: str, must: re.Match | None, plan_only, words_: str,
                 ev: list[Evidence]) -> Outcome:
    """Work going on read on the ladder of its works and by its figures: a step short of the time gone, the one
    figure in the target's measure short or met, a part idle at the deadline, batches done; else on pace."""
    late = works_late(case, norm) if must and not plan_only and _one_project(case) and not pattern(
        "start_verb").search(must.group(0)) else preparation_late(case, norm) if plan_only else None
    if late is None and must is None and _bare_works_name(case.task_text) and _one_project(case):
        # 工人文化宫建设工程 with its main works only topped out at 26 December: a bare works name is works to
        # finish within the year, read on the ladder of its works as a project to finish is.
        late = works_late(case, norm)
    if late is None and must and not plan_only and not _one_project(case) and not pattern(
            "start_verb").search(must.group(0)):
        # 1所正在进行桩基施工 beside others done at 30 September for 新建幼儿园4所: one item of several, given
        # its own sentence, has not reached the step of its works the time gone asks for.
        late = _item_works_late(case, norm) or _all_items_works_late(case, norm)
    if late is None and st == "done" and must and not plan_only and not pattern("start_verb").search(
            must.group(0)):
        # 已完成主体结构4万平方米，其余厂房正在进行基础施工 at 31 October for 年内主体完工: part done, the rest's
        # works, read on their own clause, short of the step the time gone asks for.
        late = next((("其余部分工程未达到时间进度应有的施工阶段", (a, b)) for a, b in _spans(_CLAUSE, norm)
                     if _REST_OR_OTHER_OPENS.match(norm[a:b]) and not case.in_forecast(a)
                     and _works_late_in(case, norm, (a, b))), None)
    if late:
        # 主体结构施工至第8层 at 30 November, 项目于8月开工…基础施工 at 30 September for 建成投用…: the works
        # have not reached the step the time gone asks for.
        return quoting(case, late[1], "behind", f"过序时进度{_fmt(case.expected)}%，{late[0]}，判欠进度", "stage")
    short = _measure_short(case, norm)
    if short:
        # 目前完成管道铺设2.6公里 for 完成…管网改造30公里: the one figure done in the target's own measure
        # (a length, an area, an amount), under another verb or noun, falls short of the pace.
        f, c, status, t = short
        return Outcome(status, c, "figures", f"目标{t.metric}{t.text}，报告同一计量单位完成{f.fact.text}，"
                       f"完成率{_fmt(c)}%，低于序时进度{_fmt(case.expected)}%，判欠进度",
                       [Evidence(f.fact.text, *f.fact.span)], flags=["weak_match"])
    met = _measure_met(case, norm) if st == "done" else None
    if met:
        # 现已完成路面铺设216公里 for 建成农村公路200公里: the one figure done in the target's own measure, under
        # another verb or noun, reaches the target.
        f, c = met
        return Outcome("completed", c, "figures", f"目标{case.numeric[0].metric}{case.numeric[0].text}，报告同一计量单位完成"
                       f"{f.fact.text}，完成率{_fmt(c)}%，已完成目标",
                       [Evidence(f.fact.text, *f.fact.span)], flags=["weak_match"])
    idle = _part_idle_at_deadline(case, norm) if case.expected >= 100 else None
    if idle:
        # 其余工作已基本完成，但…泵站改造工程本年度没有开工 at the year's end: a part of the year's work never begun —
        # the worst part decides, and nothing begun after the deadline is seriously behind (README rule question 19).
        a, b = idle
        return Outcome("seriously_behind", None, "stage", "任务期限已到，报告其中一部分本年度没有开工，判严重滞后",
                       ev + [case.quote(a, b)])
    batches = _batches_done(case, norm) or _ordinal_rounds_done(case, norm)
    if batches:
        # 第一批60户已全部完成改造；第二批90户已完成改造55户 for 完成…改造150户: 115 of 150 done.
        done, t = batches
        c = round(100.0 * done / t.value, 1)
        status = "completed" if c >= 100 else by_pace(c, case.expected)
        return Outcome(status, min(c, 100.0), "figures", f"目标{t.metric}{t.text}，报告分批完成合计{_fmt(done)}{t.unit}，"
                       f"完成率{_fmt(c)}%，序时进度{_fmt(case.expected)}%", ev, flags=["weak_match"])
    return Outcome("on_track", None, "stage", f"报告{words_}，按阶段判断达进度", ev)


def _only_prepared(case: Case, norm: str, must: re.Match | None, plan_only, then: re.Match | None,
                   ev: list[Evidence]) -> Outcome:
    """The report only at preparation: against the stage the task must reach, its deadline and the pace."""
    if must and not plan_only and _missed_outright(case):
        # 6月底前完成…建设 still at tender at 30 September, 年内未能开工 at 31 December
        return Outcome("seriously_behind", None, "stage", "任务期限已过，报告仍处前期准备阶段、尚未开工，判严重滞后", ev)
    # 完成…前期工作，年底前开工 (or 并开工): the year's first step is the preparation the task asks itself, so it is on
    # pace while it goes on until first_step_late — not from mid-year as for works only to start or finish.
    prep_first = then and pattern("start_verb").search(then.group(0))
    if must and not plan_only and case.expected >= threshold("first_step_late" if prep_first else "half_year"):
        return Outcome("behind", None, "stage",
                       f"任务须开工或建成，过序时进度{_fmt(case.expected)}%仍处前期准备阶段，判欠进度", ev)
    if must and case.expected >= 100:
        # 4月底前完成…摸底排查: even a task that is itself preparation is due by its deadline.
        return Outcome("behind", None, "stage", "任务期限已到，报告仍在进行，尚未完成，判欠进度", ev)
    late = preparation_late(case, norm) if plan_only else None
    if late:
        # 正在开展前期调研 at 30 November for 完成…前期工作: a quarter of the time left, still at the first step.
        return quoting(case, late[1], "behind", f"过序时进度{_fmt(case.expected)}%，{late[0]}，判欠进度", "stage")
    if must and not plan_only:
        # 已完成土地摘牌，正在进行方案设计 at 30 June for 明年底前建成…: a quarter of its time gone.
        if prep_first:
            return Outcome("on_track", None, "stage", "任务先完成前期工作再开工，报告前期工作正在进行，按阶段判断达进度", ev)
        return Outcome("on_track", None, "stage",
                       f"报告处于前期准备阶段，序时进度{_fmt(case.expected)}%未过半，按阶段判断达进度", ev)
    bare = for_parsing(case.task_text).strip().rstrip("。.;；")
    if must is None and case.expected >= threshold("half_year") \
            and (_WORKS_PROGRAMME_TASK.fullmatch(bare) and not _ABSTRACT_BUILD.search(bare)
                 or _FACILITY_NAME_TASK.fullmatch(bare)):
        # 公共文化空间工程 with only its sites chosen, 实施“…达标工程” still at tender, past mid-year: a programme of
        # works by its name is works to carry out, and only prepared (its other stages are read as before); so is a
        # facility's or road's bare name (龙山公园B区 still in 前期工作 at 30 June, 十五号路 designing at 25 September).
        return Outcome("behind", None, "stage",
                       f"任务为工程项目，过序时进度{_fmt(case.expected)}%仍处前期准备阶段，判欠进度", ev)
    if must is None and case.expected >= 100 and case.deadline is not None and case.deadline.month < 12 \
            and _ISSUED_TASK.search(for_parsing(case.task_text)):
        # 上半年出台…措施 with only its draft out for comment at 30 June: a document or an event due by a date of the
        # task's own, still being prepared when that date has come, is behind (as 4月底前完成…摸底排查 is above).
        return Outcome("behind", None, "stage", "任务期限已到，报告仍处起草或筹备阶段，尚未完成，判欠进度", ev)
    return Outcome("on_track", None, "stage", "报告处于前期准备阶段，任务无必达阶段，按阶段判断达进度", ev)


# 已于6月开工建设, 已正式开工, 已于7月28日动工 (not 已具备开工条件, 已完成开工准备): the start said reached (words.toml
# task.start_of_build; README rule question 42).
_START_SAID = re.compile(r"已(?:于[^,;。，；\d]{0,2}\d{1,2}月(?:\d{1,2}[日号])?|经)?"
                         f"(?:{vocab.alternation('task.start_said_manner')})?"
                         f"(?:{vocab.alternation('task.start_of_build')})(?!{vocab.alternation('task.start_said_not')})")
# 已开工70个: a count right after the start said (the items of a list started, no one works).
_COUNT_AFTER = re.compile(r"\s*\d")


# 部门自评：完成, 单位自评：基本完成 (words.toml report.self_assessment_label): the unit's own verdict in its column, no stage of
# the work (README rule question 43: the self-assessment is no more than the facts beside it).
_SELF_ASSESSED = re.compile(f"\\s*(?:{vocab.alternation('report.self_assessment_label')})\\s*[:：]")


# 推进90个计划新开工项目开工建设: a count of items in the task (a figure and an item counter), no one works to start.
_ITEMS_COUNTED = re.compile(r"(?<![\d.第])(?:[2-9]|\d{2,})\s*(?:个|项|座|所|家|条|处|栋|幢|宗|批)")


def _start_said(case: Case, norm: str) -> tuple[int, int] | None:
    """The clause, no forecast and no denial in it, that says the works started (_START_SAID) and counts no items
    (已开工70个 is a share of a list): its span."""
    return next(((a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a) and "未" not in norm[a:b]
                 and (m := _START_SAID.search(norm, a, b)) and not _COUNT_AFTER.match(norm, m.end(), b)), None)


# A task that issues a document or holds an event (出台…措施, 印发…方案, 召开…大会: words.toml status.issued_task).
_ISSUED_TASK = vocab.pattern("status.issued_task", "status.paper_verb")


# A date of the task's own before the year's end (7月底前, 9月前, 上半年): a node it sets itself.
_OWN_DATE = re.compile(rf"(?<![\d年\-—~至到])(?:1[01]|[1-9])月(?:底|末|份)?前|{vocab.alternation('deadline.mid_year')}")


# 基本完成年度建设任务, 基本完成了全年目标任务: the year's task or target itself only nearly done (words.toml
# stage.nearly_done_word, time.whole_year, status.year_task_noun).
_YEAR_TASK_NEARLY = re.compile(f"(?:{vocab.alternation('stage.nearly_done_word')})了?[^,;。，；\\d]{{0,6}}?"
                               f"(?:{vocab.alternation('time.whole_year')})[^,;。，；\\d]{{0,6}}?"
                               f"(?:{vocab.alternation('status.year_task_noun')})")


# A task counting a list of projects kept for their preparation (words.toml task.prep_list).
_PREP_LIST_TASK = vocab.pattern("task.prep_list")


# A clause ending on a start denied (…泵站改造工程本年度没有开工。; 其余2处尚未开工): a part of the work not begun
# (words.toml not_yet.not_begun); not 原未开工的3个项目已全部开工 (the denial inside a clause reporting the start).
_IDLE_CLAUSE_END = re.compile(rf"(?:{vocab.alternation('not_yet.not_begun')})\s*[。;；,，.]?\s*$")


def _part_idle_at_deadline(case: Case, norm: str) -> tuple[int, int] | None:
    """At or after the task's deadline, a clause of the reply (no forecast) reporting a part of the work not begun:
    its span."""
    return next(((a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)
                 and clause_stage(norm[a:b]) == "not_started" and _IDLE_CLAUSE_END.search(norm[a:b])), None)


class PreparatoryList(StatusRule):
    help_text = ("A task that counts a list of projects kept for their preparation (列入重大前期项目清单3个, 8个储备项目: "
                 "words.toml task.prep_list) asks no start: before the year's end, a reply whose every staged clause is "
                 "preparation under way or a step of it done (规划正在编制, 正在编制初步设计, 已完成施工招标) is on pace, basis "
                 "stage.  A reply with a lag in words, a start, works or a finish in it, or a forecast only, is left to the "
                 "rules after.")

    def judge(self, case):
        if not _PREP_LIST_TASK.search(for_parsing(case.task_text)) or case.expected >= 100:
            return None
        norm = for_parsing(case.progress)
        if behind_cues(norm):
            return None
        staged = []
        for a, b in _spans(_CLAUSE, norm):
            clause = norm[a:b]
            st = clause_stage(clause) if clause.strip() and not case.in_forecast(a) else None
            if st is None:
                continue
            if st == "done" and _PREP_OBJECT.search(clause):
                st = "preparing"             # 已完成施工招标: a step of the preparation done
            if st not in ("preparing", "underway") or (st == "underway" and not _PREP_OBJECT.search(clause)):
                return None
            staged.append((a, b))
        if not staged:
            return None
        return Outcome("on_track", None, "stage", "任务为前期项目清单，报告前期工作正在推进，按阶段判断达进度",
                       [case.quote(a, b) for a, b in staged[:3]])


class MainWorksDone(StatusRule):
    help_text = ("A task whose own result is the main works of a building finished (年内完成主体结构施工, 实现主体工程"
                 "完工, 二季度主体结构封顶, 完成县人民医院门诊综合楼主体工程 — a building's name of up to sixteen characters "
                 "between: judging.toml words.main_works_task), with no figure and no later step as a "
                 "result (建成, 竣工, 投入使用, 装修: words.main_works_task_not), answered by a clause saying the main "
                 "works finished (主体结构已完工, 主体施工完成, 已完成主体结构施工, 主体已于7月封顶, 主体工程已于11月顺利封顶: "
                 "words.main_works_done_verb), is completed, basis statement — whatever the date: the step is the "
                 "task's result, not the nearly-done rung a building to finish reads it as.  Every other clause with a "
                 "stage must be at that step or a work after it (砌体, 装修: words.works_after_topping); one still "
                 "rising (4号楼施工至12层), a part or a share (基本完工, 完成80%, words.main_works_partial), a lag in "
                 "words or a forecast leaves the row to the rules after.")

    def judge(self, case):
        if case.numeric or not main_works_result(for_parsing(case.task_text)):
            return None
        norm = for_parsing(case.progress)
        if behind_cues(norm):
            return None
        done = None
        for a, b in _spans(_CLAUSE, norm):
            clause = norm[a:b]
            if not clause.strip() or case.in_forecast(a):
                continue
            if main_works_said_done(clause):
                done = done or (a, b)
                continue
            st = clause_stage(clause)
            if st is None or st == "done":
                continue
            if not _AFTER_TOPPING.search(clause) or _MAIN_WORKS_PARTIAL.search(clause) and "主体" in clause:
                return None       # (4号楼主体施工至第12层: one still rising; 主体结构完成80%: a share)
        if done is None:
            return None
        return quoting(case, done, "completed", "任务为完成主体工程，报告主体工程已完成")


# A build verb opening a task's clause (after a deadline word at most) whose object ends the clause on a facility or
# place: 打造…休闲街区, 年内建设…储备库 (not 推进…中心建设, 积极打造…品牌).
_BUILT_OBJECT_TASK = re.compile(rf"(?<![^,;。，；\s])(?:{vocab.alternation('time.whole_year')})?"
                                f"(?:{vocab.alternation('task.build_verb')})"
                                rf"(?=[^,;。，；\d]{{1,30}}?(?:{vocab.alternation('task.built_object')})\s*(?:[,;。，；]|$))")


# 羊角古镇幼儿园建设, 城南农贸市场新建项目: a task that is only a facility's name and a build noun after it (words.toml
# task.built_object_tail) — the facility is a result to reach, as after a build verb; not after a process lead
# (推进城东公园建设, 加快…幼儿园建设: task.process_lead), nor with more after the build noun (幼儿园建设管理).
_BUILT_OBJECT_NOUN_TASK = re.compile(f"(?!(?:{vocab.alternation('task.process_lead')}))" r"[^,;。，；\d]{0,30}?"
                                     f"(?:{vocab.alternation('task.built_object')})"
                                     f"(?:{vocab.alternation('task.built_object_tail')})")

# 公共文化空间工程, 实施“教育光环境达标工程”: a task that is only a programme of works by its name (words.toml
# task.works_programme), an optional 实施 before it — works to carry out; not after a process lead (推进…工程).
_WORKS_PROGRAMME_TASK = re.compile(f"(?!(?:{vocab.alternation('task.process_lead')}))"
                                   # (四季度开展…建设: an activity verb after a few words of time)
                                   f"(?![^,;。，；]{{0,4}}?(?:{vocab.alternation('task.works_programme_not_lead')}))"
                                   f"(?:{vocab.alternation('task.works_programme_lead')})?" r"[“\"「]?[^,;。，；\d]{2,30}?"
                                   f"(?:{vocab.alternation('task.works_programme')})" r"[”\"」]?")
# 龙山公园B区, 十五号路、十五号路支巷, 环南台岛自行车休闲道: a task that is only the name of a facility or a road (one or
# several, between 、), a section after it at most (words.toml task.facility_name_tail, task.built_object,
# task.facility_section) — a livelihood list's bare item, works to carry out; not after a process lead (推进…公园), not
# with an activity verb in it (开展…), not a figurative road (拓宽发展思路: task.facility_name_not).
_FACILITY_NAME = (r"[“\"「]?[^,;。，；\d、\s]{1,24}?"
                  f"(?:{vocab.alternation('task.built_object', 'task.facility_name_tail')})"
                  f"(?:{vocab.alternation('task.facility_section')})?" r"[”\"」]?")
_FACILITY_NAME_TASK = re.compile(f"(?!(?:{vocab.alternation('task.process_lead')}))"
                                 f"(?![^,;。，；]*?(?:{vocab.alternation('task.works_programme_not_lead')}))"
                                 f"(?![^,;。，；]*?(?:{vocab.alternation('task.facility_name_not')})$)"
                                 f"{_FACILITY_NAME}(?:[、和及]{_FACILITY_NAME})*")
# 法治政府建设, 干部队伍建设: 建设 of an object built only in a figurative sense (words.toml task.abstract_build) closes no
# programme of works.
# 高铁新片区建设, 滨海新区建设: an area developed over years (task.area_build) likewise — no one works with a result in the
# year, read by its stages as a process.
_ABSTRACT_BUILD = re.compile(f"(?:{vocab.alternation('task.abstract_build', 'task.area_build')})建设[”\"」]?$")

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


_ROLLOUT_TASK = vocab.pattern("task.rollout_verb")
_ROLLED_OUT = vocab.pattern("report.rolled_out")
_ROLLED_NOT = re.compile(f"未|尚|(?:{vocab.alternation('intention.planned')})")


def _rolled_out(case: Case) -> tuple[int, int] | None:
    """A rollout task (在全区中小学推开…: words.toml task.rollout_verb) with no figure to reach, and a clause saying with 已
    that the rollout covers the whole (已…全面铺开: report.rolled_out), nothing denied or planned before it there: the
    clause's span, else None."""
    if case.parts or not _ROLLOUT_TASK.search(for_parsing(case.task_text)):
        return None
    norm = for_parsing(case.progress)
    for s, e in _spans(_CLAUSE, norm):
        m = _ROLLED_OUT.search(norm, s, e)
        if m and not case.in_forecast(s) and "已" in norm[s:m.start()] and not _ROLLED_NOT.search(norm, s, m.start()):
            return s, e
    return None


_TASK_RATE_AIM = vocab.pattern("task.rate_aim")
_TASK_QUOTA = re.compile(f"(?:{vocab.alternation('task.quota_issuer')})(?:里)?下达")


def _claim_beside_routine(case: Case) -> re.Match | None:
    """On a task with no figure and no part to reach, before its deadline, a unit's word of normal progress (judging.toml
    words.unit_statement: 正常开展, 有序推进) in a clause of the reply that is no plan, beside routine work that names no
    stage of preparation, nothing not begun and no lag: the word's match, else None.  Not for a rate aimed at (增长,
    占比: task.rate_aim) nor a quota assigned from above, which a unit cannot vouch for (UnitStatement)."""
    if case.numeric or case.parts or case.expected >= 100:
        return None
    task = for_parsing(case.task_text)
    if _TASK_RATE_AIM.search(task) or _TASK_QUOTA.search(task):
        return None
    norm = for_parsing(case.progress)
    m = next((m for m in pattern("unit_statement").finditer(norm) if not case.in_forecast(m.start())), None)
    if m is None or behind_cues(norm):
        return None
    if any(clause_stage(norm[a:b]) in ("preparing", "not_started") for a, b in _spans(_CLAUSE, norm)):
        return None
    return m


class ConcreteWork(StatusRule):
    help_text = ("Concrete work or results reported (出台, 召开, 上线, figures of work done …) on a task with no "
                 "measurable part: on_track, basis stage.  On a task whose parts no figure measures (完成…排查整治), "
                 "figures of the task's own work (已排查隐患点位1236处) before its deadline: on_track, basis stage; "
                 "with no figure in the reply at all, its concrete work (1.完善…功能 2.出台…举措 for 出台…政策、升级…平台) "
                 "is read as on a task with no parts.  "
                 "Not for a rate tied to another measure (与经济增长同步, 高于经济增长) or to a wider place's average "
                 "(高于全省平均水平) whose other side the reply does not name.  A rollout task with no measurable part "
                 "(在全区中小学推开…: words.toml task.rollout_verb) whose reply says with 已 that the rollout covers the whole "
                 "(已…全面铺开: report.rolled_out): completed, basis statement.  With no concrete work and no figure, a unit's word of "
                 "normal progress (正常开展, 有序推进) beside routine work that names no preparation, nothing not begun and "
                 "no lag, on a task with no figure, no part, no rate and no quota, before its deadline: on_track, basis "
                 "unit_statement (rule 5: the claim beside its routine).")

    def judge(self, case):
        if case.numeric:
            return None
        task = for_parsing(case.task_text)
        tied = _TIED.search(task) or _TIED_ABOVE.search(task) or _TIED_AVERAGE.search(task)
        if tied and tied.group(1) not in for_parsing(case.progress):
            return None     # 收入增长5.2% for 收入增长与经济增长同步: the other side is not reported
        if case.parts:
            # 已排查隐患点位1236处,整改1180处 for 完成辖区消防安全隐患排查整治: figures of the task's own work (its
            # words) on a task no figure measures, before its deadline — work under way, never the task done.
            if case_expected_done(case.expected):
                return None
            own = next((f for f in case.facts if f.role == "done" and not case.in_forecast(f.fact.span[0])
                        and _content_bigrams(f.words) & _content_bigrams(case.task_text)), None)
            if own is not None:
                return quoting(case, own.clause, "on_track", "已报告任务本身工作的数量，任务无量化目标，判断达进度", "stage")
            if case.facts:
                return None
            # 1.完善…功能 2.出台…举措，建立…名单 for 出台…政策，升级…平台: parts no figure measures, a reply with no
            # figure at all that reports concrete work — the concrete-word reading below, as for a task with no parts.
        rolled = _rolled_out(case)
        if rolled is not None:
            # 课后延时服务已在全区58所中小学全面铺开 for 在全区中小学推开课后延时服务: the rollout the task asks, reached
            return quoting(case, rolled, "completed", "任务为推开实施，报告已全面铺开，任务已完成")
        m = _concrete(case)
        if not m:
            # 走访企业1200家: on a task with no measurable part, people served are its work.
            done = next((f for f in case.facts if f.role in ("done", "other")), None)
            if done is None:
                claim = _claim_beside_routine(case)
                if claim is None:
                    return None
                # 河长制各项工作正常开展，各级河长按要求巡河… for 落实河长制各项工作: the unit's word of normal progress
                # beside its routine work, too long for UnitStatement's bare claim, no lag and no stage said (rule 5).
                return Outcome("on_track", None, "unit_statement", "单位自述正常推进，所报为常规工作，未经核实，按达进度计",
                               [case.quote(*claim.span())],
                               flags=["unit_statement"])
            return quoting(case, done.clause, "on_track", "已报告具体工作成效，任务无量化目标，判断达进度", "stage")
        s, e = m.start(), min(len(case.progress), m.start() + 30)
        return quoting(case, (s, e), "on_track", "已报告具体工作进展，任务无量化目标，判断达进度", "stage")


# 低保标准将于10月1日起提高至每人每月950元: a standard's raise foretold from a month (level.raise_foretold_lead), to a level
# per head and period (level.reach, level.per_head_period).
_RAISE_DATED = re.compile(rf"(?:{vocab.alternation('level.raise_foretold_lead')})\s*(?P<month>\d{{1,2}})\s*月"
                          r"(?:\s*\d{1,2}\s*日)?起?[^\d,;。，；]{0,12}?"
                          rf"(?:{vocab.alternation('level.reach')})(?:{vocab.alternation('level.per_head_period')})"
                          r"\s*(?P<value>\d+(?:\.\d+)?)\s*元")


class StandardRaiseDated(StatusRule):
    help_text = ("A task raising a standard paid per head and period (低保标准提高到每人每月950元: words.toml "
                 "level.per_head_period) with no figure of it reached, whose reply says the standard will be raised from "
                 "a month after the report's date (将于10月1日起提高至每人每月950元: level.raise_foretold_lead): the raise "
                 "decided and dated — on_track, basis stage, when the month falls before the task's deadline and the level "
                 "reaches the task's; behind when the level is short of it.  A month already passed or after the "
                 "deadline decides nothing here.")

    def judge(self, case):
        if len(case.numeric) != 1 or case.as_of is None:
            return None
        t = case.numeric[0]
        if t.unit != "元" or t.scale or not _LEVEL_PER_HEAD_PERIOD.search(t.metric or ""):
            return None
        norm = for_parsing(case.progress)
        m = _RAISE_DATED.search(norm)
        if m is None:
            return None
        if not case.month_due_later(int(m.group("month"))):
            return None     # (a month passed: the raise should be made by now; after the deadline: too late)
        ev = [case.quote(*m.span())]
        if float(m.group("value")) < t.value:
            return Outcome("behind", None, "stage", "报告提标已定但标准低于目标，判欠进度", ev)
        return Outcome("on_track", None, "stage", "报告提标已定于期限前实施，标准达到目标，判达进度", ev)


_PER_PERIOD = vocab.pattern("figure.per_period")
# 各村均按计划召开村民说事会议, 按时开展: the manner of holding on schedule, then the activity's verb (no negation before).
_HELD_AS_PLANNED = re.compile(f"(?<![未没不])(?:{vocab.alternation('report.held_as_planned')})"
                              f"(?:{vocab.alternation('report.held_as_planned_verb')})")


class PeriodQuotaHeld(StatusRule):
    help_text = ("A task whose every figure is a quota per period (各村每季度召开…会议不少于1次, 每月开展…2次: words.toml "
                 "figure.per_period in the figure's words), with no figure in the reply, answered by the unit's word that the "
                 "activity is held on its schedule (均按计划召开, 按时开展: report.held_as_planned then "
                 "report.held_as_planned_verb), outside a forecast, with no lag said: each period's activity held as "
                 "planned — on_track, basis unit_statement (README rule question 6: an activity held; the unit's word of "
                 "its schedule, not a count).")

    def judge(self, case):
        if not case.numeric or not all(_PER_PERIOD.search(t.metric or "") for t in case.numeric):
            return None
        if any(not case.in_forecast(f.fact.span[0]) for f in case.facts):
            return None
        norm = for_parsing(case.progress)
        if behind_cues(norm):
            return None
        m = next((m for m in _HELD_AS_PLANNED.finditer(norm) if not case.in_forecast(m.start())), None)
        if m is None:
            return None
        return Outcome("on_track", None, "unit_statement", "任务为每期活动频次，单位自述按计划开展，按达进度计",
                       [case.quote(*clause_around(norm, *m.span()))], flags=["unit_statement"])


class Unclear(StatusRule):
    help_text = "Nothing above applies: the text does not support a verdict (unclear), the honest answer."

    def judge(self, case):
        if case.numeric:
            t = case.numeric[0]
            return Outcome("unclear", None, "none", f"目标为{t.text or t.metric}，报告中无可比数据")
        return Outcome("unclear", None, "none", "进展内容不足以判断")


# A year's list of projects counted by the task (计划实施356个重点项目, 新开工项目43个, 第一批260个项目集中开复工) and the
# reply's count of them started (已开复工301个) or its start rate (开复工率63.3%, 52%的新建项目已开工): judging.toml
# words.list_project_marker, list_finish_asked, list_start_verb, list_start_rate, list_not_a_start.
_LIST_MARKER = pattern("list_project_marker")
_LIST_FINISH = pattern("list_finish_asked")
_LIST_TASK = re.compile(r"(?:(?<![\d.])(\d+(?:\.\d+)?)\s*(?:个|项)[^，,；;。]{0,24}?项目)|(?:项目\s*(\d+(?:\.\d+)?)\s*(?:个|项))")
_LIST_STARTED = re.compile(f"(?:已经?|实际)?(?:{pattern('list_start_verb').pattern})" r"(?:项目)?\s*(\d+(?:\.\d+)?)\s*(?:个|项)")
_LIST_RATE = re.compile(f"(?:{pattern('list_start_rate').pattern})" r"(?:达到?|为)?\s*(\d+(?:\.\d+)?)%")
_LIST_RATE_OF = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)%的[^，,；;。]{0,6}项目已?" f"(?:{pattern('list_start_verb').pattern})")
_LIST_NOT_START = pattern("list_not_a_start")
_PERCENT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*%")


class ListStarts(StatusRule):
    help_text = ("A year's list of projects counted by the task with no finish asked of them (计划实施356个重点项目, "
                 "新开工项目43个, 第一批260个项目集中开复工) and a reply counting those started (已开复工301个, "
                 "开复工171项) or giving the start rate (开复工率63.3%, 52%的新建项目已开工建设), with no share of an "
                 "investment plan and no count finished beside it: key-project bulletins measure such a list by its "
                 "starts, so the share started against 序时进度 decides — ahead over the band, on pace within it. A share "
                 "under the band, all started, a finish counted or an investment share beside it are left to the other "
                 "rules (starts come early in a year; a short start share alone is thin evidence of a lag).")

    def judge(self, case):
        task = for_parsing(case.task_text)
        if case.expected >= 100 or _LIST_FINISH.search(task) or not _LIST_MARKER.search(task):
            return None
        whole = _LIST_TASK.search(task)
        if whole is None or len(_LIST_TASK.findall(task)) != 1:
            return None
        n = float(whole.group(1) or whole.group(2))
        norm = for_parsing(case.progress)
        if _LIST_NOT_START.search(norm):
            return None     # a finish counted, or an investment share: the list is measured otherwise
        share, span = None, None
        counts = [m for m in _LIST_STARTED.finditer(norm)
                  if not case.in_forecast(m.start()) and not _before_in_clause(norm, m.start(), ("计划", "拟", "预计", "未"))]
        rates = [m for rx in (_LIST_RATE, _LIST_RATE_OF) for m in rx.finditer(norm) if not case.in_forecast(m.start())]
        if len(counts) > 1 or len(rates) > 1:
            return None
        if len(_PERCENT.findall(norm)) > len(rates):
            return None     # a share of something else beside the starts (投资完成率, 占年度计划)
        if counts and n:
            share, span = 100.0 * float(counts[0].group(1)) / n, counts[0].span()
        if rates:
            rate = float(rates[0].group(1))
            if share is not None and abs(rate - share) > 2.0:
                return None     # the rate is of another whole than the task's count
            if share is None:
                share, span = rate, rates[0].span()
        if share is None or share >= 100:
            return None
        status = by_pace(share, case.expected)
        if status not in ("ahead", "on_track"):
            return None
        a, b = span
        return Outcome(status, round(share, 1), "figures",
                       f"目标为{_fmt(n)}个项目，报告已开工{_fmt(share)}%，序时进度{_fmt(case.expected)}%",
                       [case.quote(a, b)])


def _before_in_clause(norm: str, at: int, cues: tuple[str, ...]) -> bool:
    """One of ``cues`` between the clause's start and ``at`` (计划开复工项目418个, 未开工3个)."""
    start = max(norm.rfind(c, 0, at) for c in "，,；;。：:")
    return any(c in norm[start + 1:at] for c in cues)
