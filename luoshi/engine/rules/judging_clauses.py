"""Judging a clause's part by the stage its clauses state (``judge_clause``): the most advanced clause naming the
part's object, a step of the works or a phase short of the result, an event held, a part of a whole counted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from ..judgement import Evidence, SubTarget
from ..text import for_parsing
from .base import (
    _CLAUSE,
    _COMPLETION_FINISH,
    _COMPLETION_MUST,
    _COVERAGE_GOAL,
    _DIGIT,
    _DONE_OR_ALREADY,
    _GENERIC,
    _NON_WORD_OR_DIGIT,
    _NOT_CJK,
    _SENTENCE,
    _quick,
    _sim,
    by_pace,
    pattern,
    threshold,
    words,
)
from .case import Case, Part, _spans, date_named, month_number
from .clauses import (
    _ACCEPTANCE_PENDING,
    _ACTIVITY_DATED,
    _ACTIVITY_MONTH,
    _ACTIVITY_TASK,
    _DONE_EVENT,
    _DONE_OR_FINISHED,
    _EVENT_TASK,
    _GENERIC_SUBJECTS,
    _HELD_WAY,
    _IN_USE_OR_ACCEPTED,
    _LABEL_ONLY_LEAD,
    _NOT_YET,
    _OPENED_DATED,
    _PART_OF_YEAR,
    _PREP_OBJECT,
    _REST_OPENS,
    _REST_OR_OTHER_OPENS,
    _SUBJECT_END,
    _THEN_MUST,
    clause_stage,
    other_work_step,
    own_step_preparing,
)
from .judging import _COVERED_OF_WHOLE, _content_bigrams, _step_only
from .roles import _ITEM_CANCELLED, _SURVEY_REMEDY, _survey_done
from .works import (
    _CLAUSE_SUBJECT_END,
    _PLAN_DRAFT,
    _SUBJECTLESS_PART,
    _one_project,
    _one_work,
    main_works_result,
    main_works_said_done,
    works_late,
)

# (已于4-5月以线上方式举办: the way it was held may stand before the verb, clauses._HELD_WAY)
_EVENT_DONE = _quick(re.compile(f"(?:已|{vocab.alternation('completion.event_manner')})[^,;。，；]{{0,8}}?" + _HELD_WAY +
                                f"(?:{vocab.alternation('completion.event_held')})"
                                f"|(?:{vocab.alternation('completion.event_ended_manner')})"
                                f"(?:{vocab.alternation('completion.event_ended')})"
                                f"|{vocab.alternation('completion.event_ended_alone')}"))


# 于9月18日至20日在我市举行: an event dated on or before the report's day, said without 已, was held (将于/计划于 are
# forecasts, set aside by the case's forecast spans).
_EVENT_DATED = re.compile(r"于(?P<month>1[0-2]|[1-9])月(?:(?P<day>[1-3]?\d)[日号])?(?:[至到—-](?:1[0-2]|[1-9]月)?[1-3]?\d[日号])?"
                          f"[^,;。，；]{{0,12}}?(?:{vocab.alternation('completion.event_held')})")


_SENTENCE_OR_SEMICOLON = re.compile(r"[。；;]")


def _opened_later(case, norm: str, s: int, e: int) -> tuple[re.Match, int, int, str] | None:
    """After a done clause (s, e) that names its subject (平台已完成开发和部署), a later clause of the same sentence with
    no subject of its own saying the object opened (于8月正式上线运行 at 30 September, 已正式上线运行): the opening, the
    clause and the first clause's subject."""
    head = _SUBJECT_END.search(norm, s, e)
    subject = _NON_WORD_OR_DIGIT.sub("", norm[s:head.start()]) if head else ""
    if len(subject) < 2:
        return None
    for a, b in _spans(_CLAUSE, norm):
        if a < e or case.in_forecast(a):
            continue
        if _SENTENCE_OR_SEMICOLON.search(norm[e:a]):
            break
        clause = norm[a:b]
        lead = len(clause) - len(clause.lstrip())
        m = _DONE_EVENT.match(clause, lead)
        if m is None and case.as_of is not None:
            d = _OPENED_DATED.match(clause, lead)
            if d and case.day_reached(*date_named(d)):
                m = d
        if m:
            return m, a, b, subject
    return None


# 9月26日闭幕, 于10月8日圆满落幕: an event's close dated (words.toml completion.event_closed, or 圆满/顺利 before 结束);
# on or before the report's day, the event was held, though its opening clause named it (运动会已于9月23日开幕,…).
_EVENT_CLOSED_DATED = re.compile(r"(?<![\d年月])(?P<month>1[0-2]|[1-9])月(?P<day>[1-3]?\d)[日号][^,;。，；\d]{0,6}?"
                                 f"(?:{vocab.alternation('completion.event_closed')}"
                                 f"|(?:{vocab.alternation('completion.event_ended_manner')})结束)")


# 樱花节已于3月18日开幕 (words.toml completion.event_opened): the event's opening said done with 已, dated or not; the
# opening ceremony's preparation (已完成开幕式筹备) is no opening.
_EVENT_OPENED = re.compile(r"已经?(?:于(?P<month>1[0-2]|[1-9])月(?:(?P<day>[1-3]?\d)[日号])?)?[^,;。，；]{0,12}?"
                           f"(?:{vocab.alternation('completion.event_opened')})(?![式前])")
# 油菜花节于3月18日开幕 (no 已): a dated opening is as much a fact as 已于…开幕 once its day has come (将于/计划于 are
# forecasts, set aside by the case's forecast spans; a later day is still to come).
_EVENT_OPENED_ON = re.compile(r"(?<![已经])于(?P<month>1[0-2]|[1-9])月(?:(?P<day>[1-3]?\d)[日号])?[^,;。，；]{0,12}?"
                              f"(?:{vocab.alternation('completion.event_opened')})(?![式前])")
_EVENT_SERIES = vocab.pattern("completion.event_series")
_CLOSE_NAMED = re.compile(f"{vocab.alternation('completion.event_closed', 'completion.event_ended')}")
# 原定于5月举办 (words.toml completion.event_first_date): the date first set, then changed — no event held on it.
_FIRST_DATE = re.compile(f"(?:{vocab.alternation('completion.event_first_date')})$")


def _event_held_dated(case, text: str, offset: int = 0) -> re.Match | None:
    """An event held by its date (于9月18日至20日在我市举行) or closed by its date (9月26日闭幕), on or before the
    report's day and not in a plan nor the date first set (原定于5月举办); for a task to hold the event (not a series of activities), its opening said done
    (已于3月18日开幕, its days running on: rule question 6) when no close is named (a close past is read above; one
    still to come, 10月5日闭幕 at 30 September, 预计10月15日闭幕, leaves the event not yet held)."""
    if case.as_of is None:
        return None
    # (美食节已于9月28日开幕，10月5日闭幕 at 30 September: a close named and still to come — the opening is no event held)
    opened = () if _EVENT_SERIES.search(case.task_text or "") or _CLOSE_NAMED.search(text) else (
        *_EVENT_OPENED.finditer(text), *_EVENT_OPENED_ON.finditer(text))
    # (5月26日在某某河开展…应急演练 for 组织开展…应急演练: an activity held on its day, rules/clauses._ACTIVITY_DATED)
    activity = _ACTIVITY_DATED.finditer(text) if _ACTIVITY_TASK.search(case.task_text or "") else ()
    # (11月份组织开展“消防宣传月”系列活动 for 组织开展…宣传月活动: a month alone, held once the month is over or on its last day)
    for m in _ACTIVITY_MONTH.finditer(text) if _ACTIVITY_TASK.search(case.task_text or "") else ():
        month = month_number(m.group("month"))
        if (case.month_ended(month) or case.month_end_reached(month)) and not case.in_forecast(offset + m.start()):
            return m
    for m in (*_EVENT_DATED.finditer(text), *_EVENT_CLOSED_DATED.finditer(text), *opened, *activity):
        month, day = date_named(m)
        if case.day_reached(month or case.as_of.month, day) and not case.in_forecast(offset + m.start()) \
                and not _FIRST_DATE.search(text, max(0, m.start() - 4), m.start()):
            return m
    return None


# (并通过市级检查验收: the finish accepted by a level named between, no other object — statusb, stop 67)
_GENERIC_OBJECT = _quick(re.compile(f"[并和及]?(?:{vocab.alternation('completion.generic_object')}"
                                    f"|(?:通过(?:{vocab.alternation('completion.check_level')})?(?:{vocab.alternation('completion.check_kind')})?)?验收)"))
_SUBJECT_PERIOD_LEAD = re.compile(f"^(?:{vocab.alternation('completion.subject_period_lead')})")


def _other_object(clause: str, target: str = "") -> bool:
    """A done clause whose verb has an object of its own after it (完成机房装修), not a bare 已全面完成 nor the
    task's own object (已完成全部成果转化工作 for 完成…普查成果转化)."""
    m = _COMPLETION_FINISH.search(clause)
    if not m:
        return False
    rest = _GENERIC_OBJECT.sub("", _NON_WORD_OR_DIGIT.sub("", clause[m.end():]))
    return len(rest) >= 2 and not (target and rest in target)


_PLAN_APPROVED = re.compile(f"(?:{vocab.alternation('completion.plan_object')})[^,;。，；]{{0,12}}?"
                            f"(?:{vocab.alternation('completion.plan_approved')})")


_RESULT_VERB_LEAD = re.compile(r"^(?:" + "|".join(words("result_verb")) + f")(?:{vocab.alternation('task.verb_work_noun')})?")


_BUILT = re.compile(f"已(?:{vocab.alternation('report.all_of')})?(?:{vocab.alternation('completion.built')})")
# A plan or design drawn up (已拟定, 已编制完成): for a part that is itself one, its work done.
_PLAN_DRAWN = vocab.pattern("completion.plan_drawn")


_GENERIC_HEADS = frozenset(vocab.words("task.generic_head")) | _GENERIC


def _measure_head(part: Part) -> str:
    """The head noun of a measure's name, its last two characters (新增城市路灯 → 路灯), unless every task has it."""
    if part.indicator is None:
        return ""
    name = _NOT_CJK.sub("", part.indicator.metric or "")
    head = name[-2:]
    return head if len(head) == 2 and head not in _GENERIC_HEADS and head not in _GENERIC_SUBJECTS else ""


# 新大楼已完成竣工验收: the works accepted as finished — the building built (not yet in use).
_BUILT_ACCEPTED = re.compile(f"(?:{vocab.alternation('completion.acceptance_verb')})" r"[^,;。，；]{0,2}?竣工验收")


# A step of the works a part may itself ask for (完成主体结顶, 年底前封顶, 主体完工): reached, it is the part done.
_STEP_REACHED = re.compile(f"(?<!未)(?<!未能)(?:{vocab.alternation('stage.topped_out')})")

_DAY = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:[至到—-](?:\d{1,2}月)?\d{1,2}[日号])?")


_WORKS_RESULT = vocab.pattern("stage.works_result")


def _own_prep_finished(clause: str, part_text: str, task_text: str) -> bool:
    """A clause that finishes a preparatory object (方案设计已完成, 项目招标已完成, 已完成选址) every one of whose
    preparatory words the part names itself (完成…方案设计, 完成…项目招标, 完成…选址), in a task with no works to start
    or build: the part is that step, done — not a draft (初稿, 征求意见稿), nor another step (已完成可研编制 for
    完成…前期工作)."""
    if not _DONE_OR_FINISHED.search(clause) or _NOT_YET.search(clause) or _PLAN_DRAFT.search(clause) \
            or _WORKS_RESULT.search(task_text):
        return False      # (…完成设计，10月底前全部开工: a task to start or build is more than its preparation)
    objects = [m.group(0) for m in _PREP_OBJECT.finditer(clause)]
    return bool(objects) and all(o in part_text for o in objects)


_LABEL_LEAD = re.compile(r"^\s*[^,;。:：\d\s]{2,14}[:：]")


def _clause_stage(case: Case, part: Part) -> tuple[str | None, Evidence | None]:
    """The stage the progress reports for a clause part: the most advanced of the clauses naming its object."""
    norm = for_parsing(case.progress)
    target = _RESULT_VERB_LEAD.sub("", part.text)
    best: tuple[int, str, tuple[int, int]] | None = None
    rank = {"not_started": 0, "preparing": 1, "underway": 2, "nearly_done": 3, "done": 4}
    # A task of one part and a report of one sentence: the report speaks of that part (项目已全面完成).
    lone = len(case.parts) == 1 and len(_spans(_SENTENCE, norm)) == 1 and not case.facts
    others = [_RESULT_VERB_LEAD.sub("", p.text) for p in case.parts if p is not part]
    sentences = _spans(_SENTENCE, norm)
    named: tuple[int, int] | None = None      # the sentence whose earlier clause named the part
    head = _measure_head(part)
    if head and any(head in o for o in others):
        head = ""
    own_phases = set(_PHASE.findall(part.text))
    # 文化馆主体工程已完工 beside 装修施工正在招标 for 完成…内部装修并投入使用: another step of the works done is no stage of
    # the part's own step, still at its preparation (clauses.other_work_step, own_step_preparing).
    own_step_prep = own_step_preparing(part.text, [(clause_stage(norm[a:b]), norm[a:b]) for a, b in _spans(_CLAUSE, norm)
                                                   if not case.in_forecast(a)])
    for s, e in _spans(_CLAUSE, norm):
        if case.in_forecast(s):
            continue
        clause = norm[s:e]
        lead = _LABEL_ONLY_LEAD.match(clause)
        if lead and lead.end() < len(clause):
            # (完成情况：《办法》已印发, 上半年完成情况：…: the reply's label before its colon is no word of the clause —
            # its 完成 no verb done on another object)
            clause = clause[lead.end():]
        said_phases = set(_PHASE.findall(clause)) if own_phases else set()
        if said_phases and not said_phases & own_phases:
            continue         # 一期已上线 for 建成二期并上线运行: another phase than the part's own (statuse, stop 60)
        sent = next((x for x in sentences if x[0] <= s < x[1]), None)
        # (县水利局：工程已全部完工: the answering unit's label before its colon is no subject of the clause)
        going_on = ""
        # (年度除治任务已全面完成: the year before the subject no word of its object)
        subject = _SUBJECT_PERIOD_LEAD.sub("", _GENERIC_OBJECT.sub("", _NON_WORD_OR_DIGIT.sub("", _CLAUSE_SUBJECT_END.split(
            _LABEL_LEAD.sub("", clause))[0])))
        if len(subject) >= 2 and subject in target and subject not in _GENERIC_SUBJECTS and not (
                clause_stage(clause) == "done" and _other_object(clause, target)
                and not (_BUILT_ACCEPTED.search(clause) and not pattern("use_target").search(case.task_text))):
            clause = target + clause     # 整治工作已全面完成: its subject is the part's own object
        elif others and subject in _GENERIC_SUBJECTS and subject in target and not any(subject in o for o in others) \
                and not _DIGIT.search(clause) and not _other_object(clause, target):
            clause = target + clause     # 工程已全面完工 for 完成…提标工程 beside 受益人口…: the one part a 工程
        elif head and head in clause and not _DIGIT.search(_DAY.sub("", clause)):
            # 新增路灯工程正在招标 for 新增城市路灯1000盏: the measure's head noun names it (a date, 已于9月1日正式开园,
            # is no figure)
            clause = target + clause
        if said_phases and _sim(target, clause) < 0.5:
            clause = target + clause     # 一期工程已竣工 for 完成某某园区一期: the part's own phase names it
        if _sim(target, clause) >= 0.5:
            named = sent
        elif named == sent and not any(_sim(o, clause) >= 0.5 for o in others) and (
                _SUBJECTLESS_PART.match(clause) or _OPENED_DATED.match(clause.strip())):
            # 区妇幼保健院已完成施工招标,6月底进场; 平台已完成系统部署,于7月正式上线运行: a clause with no subject of
            # its own goes on about the part.
            opened = _OPENED_DATED.match(clause.strip())
            if opened and case.as_of is not None and not case.day_reached(*date_named(opened)):
                continue         # (opened at a date after the report's: not yet)
            going_on = clause        # (the clause as written: its own object after a done verb is a step, below)
            clause = target + clause
        # 目前主体施工至第11层 for 完成主体结顶: the main works still going on answer a part that names a later step
        # of the works ladder, when no other part is named there.
        ladder = _sim(target, clause) < 0.5 and bool(pattern("works_finishing").search(target)) and bool(
            pattern("works_main").search(clause)) and not any(_sim(o, clause) >= 0.5 for o in others)
        if _sim(target, clause) < 0.5 and not lone and not ladder:
            continue
        st = clause_stage(clause)
        if st == "done" and _PLAN_DRAFT.search(clause):
            st = "underway"      # 细则征求意见稿已完成 for 出台…细则: a draft of the document done, the document still ahead
        if st in (None, "preparing") and _PREP_OBJECT.search(part.text) and _PLAN_DRAWN.search(clause) \
                and not _PLAN_DRAFT.search(clause):
            st = "done"          # 规划已拟定 for 完成…规划编制: the plan the part is, drawn up
        period = _PART_OF_YEAR.search(clause)
        if st == "underway" and period and period.group(0) in case.task_text \
                and clause_stage(clause.replace(period.group(0), "")) == "done":
            st = "done"          # 上半年征兵任务已圆满完成 for 上半年完成征兵任务: the period the task is due in
        reached_start = lone and part.required == "underway" and st == "underway"
        if st is None or (_sim(target, clause) < 0.5 and st not in ("done", "nearly_done") and not reached_start
                          and not ladder):
            continue
        if st == "done" and (_sim(target, clause) < 0.5 or going_on) and _other_object(going_on or clause, target):
            # 完成机房装修 for 建成数据中心: a step of the work, not the work (清查工作正在推进，已完成清查底册核对 for
            # 完成…清查工作: the clause going on about the part likewise)
            st = "underway"
        if st == "active":
            st = "underway"
        step = _STEP_REACHED.search(clause) if st == "nearly_done" else None
        if step and step.group(0) in part.text:
            st = "done"          # 主体已结顶 for 完成主体结顶: the part is that step of the works, and it is reached
        if st == "nearly_done" and _BUILT.search(clause) and pattern("use_step").search(clause) \
                and not pattern("use_target").search(part.text):
            st = "done"          # 平台已建成并试运行 for 建成…平台: built; the trial run toward use is what follows
        if st == "done" and _step_only(clause, part.text):
            st = "nearly_done"   # 新址装修工程已完成 for 完成…搬迁: a step of the works, the result still ahead
        if st in ("nearly_done", "done") and main_works_result(part.text) and main_works_said_done(clause):
            st = "done"          # 场馆主体结构已全部完成 for 年底前完成场馆主体结构: the part is the main works, finished
        if st == "done" and _PLAN_APPROVED.search(clause) and not _PREP_OBJECT.search(part.text):
            st = "preparing"     # 重组方案已经区委常委会审议通过 for 完成…整合重组: the plan, not the work
        if st == "done" and _survey_done(norm[s:e]) and _SURVEY_REMEDY.search(part.text):
            st = "underway"      # 隐患排查已经结束 for 完成…隐患排查整治: the survey, the task's first step, done
        if st == "preparing" and part.indicator is None and _own_prep_finished(clause, part.text, case.task_text):
            st = "done"          # 方案设计已完成 for 完成…方案设计: the step the part is, finished
        if st == "preparing" and _PREP_OBJECT.search(part.text):
            st = "underway"      # the part is itself a plan or design: drafting it is the work
        if st == "preparing" and _DOCUMENT_TASK.search(part.text) and _DONE_OR_ALREADY.search(clause):
            st = "done"          # 完成城市体检评估工作: the report compiled and sent is the work done
        if own_step_prep and st in ("underway", "nearly_done", "done") and other_work_step(norm[s:e], part.text):
            continue
        if best is None or rank[st] > rank[best[1]]:
            best = (rank[st], st, (s, e))
    if best is None:
        return None, None
    s, e = best[2]
    if best[1] == "done" and _phase_left(case, part.text, norm, s, e):
        return "underway", case.quote(s, e)     # 一期已建成投产,二期设备正在安装: one phase
    if best[1] == "done" and _ACCEPTANCE_PENDING.search(norm) and not _IN_USE_OR_ACCEPTED.search(norm[s:e]):
        return "nearly_done", case.quote(s, e)    # 已完工, 正在办理竣工验收: not yet done
    if best[1] == "done" and _moving_in(case, norm, part.text, (s, e)):
        return "nearly_done", case.quote(s, e)    # 已通过竣工验收,正在进行搬迁: not yet in use
    return best[1], case.quote(s, e)


_PHASE = re.compile(r"[一二三四五六七八九首]期")
# 两期, 分三期: a task counting its phases (建成…两期并上线) asks for every one of them.
_PHASES_COUNTED = vocab.pattern("task.phases_counted")


def _phase_left(case: Case, part_text: str, norm: str, s: int, e: int) -> bool:
    """The clause that says done names a phase (一期), and another clause names another phase still under way, in
    preparation or not begun (二期设备正在安装): one phase of the task done, the rest of the whole still going on.  The
    done phase is the part's own only when the part names it alone (建成某某平台一期 beside 建成二期…), or when the task
    names it as its only phase; a task naming several phases (一期、二期, 两期) asks for them all (statuse, stop 60)."""
    m = _PHASE.search(norm[s:e])
    if not m:
        return False
    own = set(_PHASE.findall(part_text))
    task_phases = set(_PHASE.findall(case.task_text)) | ({"counted"} if _PHASES_COUNTED.search(case.task_text) else set())
    if own == {m.group(0)} or not own and m.group(0) in case.task_text and len(task_phases) < 2:
        return False
    for a, b in _spans(_CLAUSE, norm):
        other = _PHASE.search(norm[a:b])
        if (a, b) != (s, e) and other and other.group(0) != m.group(0) \
                and (other.group(0) not in case.task_text or not own or other.group(0) in own) \
                and not case.in_forecast(a) and clause_stage(norm[a:b]) in ("underway", "preparing", "not_started",
                                                                            "nearly_done"):
            return True
    return False


def _moving_in(case: Case, norm: str, target: str, done: tuple[int, int]) -> bool:
    """A target asking for the thing in use (建成投用, 开放运营) whose done clause does not say it is in use, beside
    another clause with a step toward use still going on (正在进行搬迁, 试运行中) or forecasting the use (计划7月投入使用):
    the works done, the use not yet."""
    if not pattern("use_target").search(target) or pattern("use_target").search(norm[done[0]:done[1]]):
        return False
    return any((a, b) != done and not case.in_forecast(a) and pattern("use_step").search(norm[a:b])
               and clause_stage(norm[a:b]) in ("underway", "nearly_done") for a, b in _spans(_CLAUSE, norm)) or any(
        # 已通过竣工验收，正在进行教学设备采购安装: its equipment still being bought or fitted (read as preparing)
        (a, b) != done and not case.in_forecast(a) and pattern("use_fitting").search(norm[a:b])
        and clause_stage(norm[a:b]) in ("underway", "nearly_done", "preparing") for a, b in _spans(_CLAUSE, norm)) or any(
        # 已竣工验收，计划7月1日正式投入使用: the use itself still forecast
        (a, b) != done and case.in_forecast(a) and pattern("use_target").search(norm[a:b]) for a, b in _spans(_CLAUSE, norm))


# A task whose object is a document, an assessment or a survey (完成城市体检评估工作, 完成…普查): finishing
# its report is finishing the task, not preparation for it.
_DOCUMENT_TASK = vocab.pattern("task.document")
# 修订…考核办法: a written rule's draft out for comment is the work itself under way.
_WRITTEN_RULE = vocab.pattern("task.written_rule")


def _rest_under_way(case: Case) -> bool:
    """A clause of the report, not a plan, opened by the rest (其余11户正在整治, 其余正在施工) whose stage is under way
    or nearly done."""
    norm = for_parsing(case.progress)
    return any(_REST_OPENS.match(norm[a:b]) and not case.in_forecast(a)
               and clause_stage(norm[a:b]) in ("underway", "nearly_done") for a, b in _spans(_CLAUSE, norm))


# 室内装修已完成约40%, 完成安装约55%: a share of the part's own works after its finishing verb (a hedge between,
# words.toml figure.share_hedge) — how far that part has come, not the part done.
_SHARE_TAIL = (r"了?(?P<obj>[^,;。，；\d%率]{0,6}?)" f"(?:{vocab.alternation('figure.share_hedge')})?"
               r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*%")
_PART_SHARE_DONE = re.compile(f"(?:{vocab.alternation('completion.finish')})" + _SHARE_TAIL)


def _own_verb_share(part_text: str, norm: str, a: int, b: int) -> re.Match | None:
    """The share said after the part's own result verb (施工用地已交付约95% for 6月底前交付施工用地), as after a finishing
    verb (_PART_SHARE_DONE)."""
    verb = pattern("result_verb").search(part_text)
    if verb is None:
        return None
    return _verb_share(verb.group(0)).search(norm, a, b)


@lru_cache(maxsize=256)
def _verb_share(verb: str) -> re.Pattern:
    return re.compile(re.escape(verb) + _SHARE_TAIL)


def _part_share(case: Case, part: Part, ev: Evidence) -> tuple[float, int, int] | None:
    """A share under the whole said done of a clause part's own works (室内装修已完成约40% for 完成室内装修; 安装工作已于7月
    上旬启动，完成安装约55% for 8月底前完成设备安装): in the clause that answers the part, or in a clause after it in its
    sentence that opens with the finishing verb or names the part's own object — (the share, the clause's span).  Not in a
    forecast, nor a part that is itself a plan or a count."""
    if part.indicator is not None or _PREP_OBJECT.search(part.text):
        return None
    norm = for_parsing(case.progress)
    own = _content_bigrams(_RESULT_VERB_LEAD.sub("", part.text))
    sent_end = next((b for a, b in _spans(_SENTENCE, norm) if a <= ev.start < b), ev.end)
    for a, b in _spans(_CLAUSE, norm):
        if b <= ev.start or a >= sent_end or case.in_forecast(a):
            continue
        m = _PART_SHARE_DONE.search(norm, a, b) or _own_verb_share(part.text, norm, a, b)
        if m is None:
            continue
        obj = _content_bigrams(m.group("obj"))
        if obj and not obj & own:
            continue      # (区图书馆完成装修工程量的60% for 新建区图书馆: a share of another step of the works)
        if a <= ev.start < b or not norm[a:m.start()].strip() or _content_bigrams(norm[a:m.start("pct")]) & own:
            return float(m.group("pct")), a, b
    after = next(((a, b) for a, b in _spans(_CLAUSE, norm) if ev.end <= a < sent_end), None)
    whole = _SHARE_OF_WHOLE.match(norm, after[0], after[1]) if after and not case.in_forecast(after[0]) else None
    if whole and ev.start < after[0] and not norm[ev.end:whole.start()].strip(" ,，"):
        # 二期工程完成管网铺设8公里，占总量的60% for 完成…二期工程: the amount done, then its share of the whole
        return float(whole.group("pct")), ev.start, after[1]
    return None


# 占总量的60%, 占总工程量的45%: a clause opening on the share of the whole works the amount before it is
# (words.toml figure.share_of_whole_name).
_SHARE_OF_WHOLE = re.compile(f"\\s*占(?:{vocab.alternation('figure.share_of_whole_name')})的?"
                             r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*%")


# 完成2026年度城市体检工作, 开展全县农房安全体检评估: a survey, census, check-up or assessment the task asks done (words.toml
# task.survey_lead before task.survey_noun, within the task's phrase); not with works to start or build after it.
_SURVEY_TASK = re.compile(f"(?:{vocab.alternation('task.survey_lead')})[^,;。，；｜|:：]{{0,24}}?"
                          f"(?:{vocab.alternation('task.survey_noun')})")
_SURVEY_STEP = vocab.pattern("stage.survey_step")
_SURVEY_DRAFTING = vocab.pattern("stage.survey_drafting")
_SURVEY_REPORT = vocab.pattern("stage.survey_report")
_SURVEY_REVIEW = vocab.pattern("stage.survey_review")
_SURVEY_ISSUED = re.compile(f"(?:{vocab.alternation('stage.survey_report')})[^,;。，；]{{0,16}}?(?<![待未])"
                            f"(?:{vocab.alternation('stage.survey_issued')})")


def survey_task(case: Case) -> bool:
    """A task asking a survey, census, check-up or assessment done (完成…城市体检, 体检评估, 普查, 调查, 评估: words.toml
    task.survey_noun after task.survey_lead), with no result of works besides 完成 (建成, 开工, 改造…: completion.must) and
    nothing to do after it (…并开工建设): its own steps are its work (README rule question 57)."""
    task = for_parsing(case.task_text)
    if not _SURVEY_TASK.search(task) or _THEN_MUST.search(task):
        return False
    return all(m.group(0) == "完成" for m in _COMPLETION_MUST.finditer(task))


def survey_stage(clause: str, asked: str = "") -> str | None:
    """The rung of a survey's ladder one reply clause reaches (README rule question 57): its report through review or
    issued (体检报告已通过专家评审, 评估报告已报送市政府: stage.survey_issued) done; its report at review
    (stage.survey_review) nearly done; its report being drafted (编制…报告, 报告初稿: stage.survey_drafting) or its data
    being collected (入户调查, 数据采集, 现场踏勘, 问卷: stage.survey_step) under way — never preparation.  None: no rung
    named, or the clause denies its start (尚未开展入户调查).  ``asked``: the task's text — a step of collection the task
    itself names as its whole (完成…普查清查工作: 清查) said done is the top rung too."""
    st = clause_stage(clause)
    if st == "not_started":
        return None
    if _SURVEY_REVIEW.search(clause):
        return "nearly_done"
    if _SURVEY_ISSUED.search(clause):
        return "done"
    if st == "done" and any(m.group(0) in asked for m in _SURVEY_STEP.finditer(clause)):
        return "done"
    if _SURVEY_DRAFTING.search(clause) and _SURVEY_REPORT.search(clause) or _SURVEY_STEP.search(clause):
        return "underway"
    return None


def _other_item_idle(case: Case, part: Part, norm: str, ev: Evidence) -> tuple[int, int] | None:
    """For a part counting two items or more (公厕2处) answered by a clause under way, a later clause of its sentence
    opened by the other items or the rest (另一处…, 其余…: clauses._REST_OR_OTHER_OPENS) still preparing or not begun,
    past mid-year: that item is behind, so the part is (README rule question 4 — the rest not all under way — and the
    items named on their own past mid-year, docs/status-rules.md).  Its span, or None."""
    if part.indicator is None or (part.indicator.value or 0) < 2 or case.expected >= 100 \
            or case.expected < threshold("half_year"):
        return None
    end = min((i for i in (norm.find(c, ev.end) for c in "。；;") if i >= 0), default=len(norm))
    for a, b in _spans(_CLAUSE, norm):
        if ev.end <= a < end and not case.in_forecast(a) and _REST_OR_OTHER_OPENS.match(norm, a, b) \
                and clause_stage(norm[a:b]) in ("preparing", "not_started"):
            return a, b
    return None


def judge_clause(case: Case, part: Part) -> SubTarget:
    sub = SubTarget(target=part.text, reported=None, status=None)
    if part.required == "event":
        return _judge_event(case, part, sub)
    stage, ev = _clause_stage(case, part)
    if stage is None or ev is None:
        return sub
    sub.reported, sub.evidence = ev.text, [ev]
    share = _part_share(case, part, ev) if stage in ("done", "underway", "nearly_done") and part.required == "done" else None
    if share:
        # 室内装修已完成约40% at 31 July for 年内完成室内装修: the part's share of its works against 序时进度, a figure
        # outranking the stage (README rule question 23).
        c, a, b = share
        sub.status, sub.basis, sub.completion_pct = by_pace(c, case.expected), "figures", c
        sub.reported, sub.evidence = case.progress[a:b], [case.quote(a, b)]
        return sub
    if stage == "done" and part.required == "done" and survey_task(case):
        # 入户登记已完成 for 完成…农业普查工作: a step of the survey done is a rung of its ladder, not the survey done — only
        # its report through review or issued, or the one step the task names, is (README rule question 57).
        stage = survey_stage(ev.text, for_parsing(case.task_text)) or stage
    reached = stage == "done" or (part.required == "underway" and stage in ("underway", "nearly_done")) \
        or stage == "nearly_done" and _nearly_asked_and_said(case, part, ev.text)
    covered = _COVERED_OF_WHOLE.search(for_parsing(case.progress), ev.start, ev.end) \
        if stage == "done" and not _COVERAGE_GOAL.search(case.task_text) else None
    if covered and 0 < float(covered.group("part")) < float(covered.group("whole")):
        # 全市1260个物业小区中已有1010个完成划线 for 完成全市物业小区…划线: the part of the whole done is the part's
        # completion against 序时进度, not the whole done (a 全覆盖 task is a level: OwnWorkload).
        c = round(100.0 * float(covered.group("part")) / float(covered.group("whole")), 1)
        sub.status, sub.basis, sub.completion_pct = by_pace(c, case.expected), "figures", c
        if sub.status in ("behind", "seriously_behind") and case.expected < 100 and _rest_under_way(case):
            sub.status = "on_track"     # the rest all under way (其余正在施工): on pace, as for items (rule question 4)
    elif reached:
        sub.status, sub.basis = "completed", "statement"
    elif stage in ("underway", "nearly_done"):
        # The deadline passed with the work still under way (year end, 主体已结顶): behind.
        sub.status = "behind" if case.expected >= 100 and part.required == "done" else "on_track"
        sub.basis = "stage"
        norm = for_parsing(case.progress)
        one = _one_project(case) or _one_work(case)
        late = works_late(case, norm) if part.required == "done" and one and not _PREP_OBJECT.search(part.text) else None
        if late is None and part.required == "done" and not one and not _PREP_OBJECT.search(part.text):
            late = _own_piece_late(case, norm, ev.start)
        if late:
            a, b = late[1]      # 主体结构施工至第8层 at 30 November for 建成投用…: the works short of their step
            sub.status, sub.reported, sub.evidence = "behind", case.progress[a:b], [case.quote(a, b)]
        idle = _other_item_idle(case, part, norm, ev) if sub.status == "on_track" else None
        if idle:
            a, b = idle         # 一处公厕主体完成80%，另一处公厕仍在方案设计中 at 31 August for 公厕2处
            sub.status, sub.evidence = "behind", sub.evidence + [case.quote(a, b)]
    elif case.expected >= 100 and part.required in ("done", "underway") and not (
            _PREP_OBJECT.search(case.task_text) or _WRITTEN_RULE.search(case.task_text)):
        # 3月底前启动…: 尚未启动，正在重新论证方案 at 30 June — the part's deadline passed with nothing begun, only
        # prepared or not begun in words, is missed outright (the labels' rule question 19).  Not when the task's
        # product is itself a plan or a written rule (完成方案编制并报审定, 修订…办法): its draft and consultation are
        # that work begun, so a step still ahead of it is behind (rule question 18).
        sub.status, sub.basis = "seriously_behind", "stage"
    elif stage == "preparing":
        sub.status = "behind" if case.expected >= threshold("half_year") else "on_track"
        sub.basis = "stage"
    else:
        sub.status, sub.basis = "not_started", "stage"
    return sub


# 基本完成, 基本建成 (words.toml stage.nearly_asked): a target that is itself nearly done (README rule question 43).
_NEARLY_ASKED = re.compile(f"基本(?:{vocab.alternation('stage.nearly_asked')})")


def _nearly_asked_and_said(case: Case, part: Part, said: str) -> bool:
    """A part whose own target is itself 基本完成 or 基本建成 (基本完成…改造 — the 基本 right before the part's text in the
    task), answered by a clause saying the same 基本 word: the target reached (README rule question 43)."""
    task = for_parsing(case.task_text or "")
    at = task.find(part.text)
    asked = _NEARLY_ASKED.match(task, max(0, at - 2)) if at >= 2 and task[at - 2:at] == "基本" else _NEARLY_ASKED.match(part.text)
    return bool(asked) and asked.group(0) in for_parsing(said)


def _own_piece_late(case: Case, norm: str, at: int) -> tuple[str, tuple[int, int]] | None:
    """For one item of several to be finished (完成A、B建设), the works of its own part of the sentence (between
    semicolons, holding the clause that answers it at ``at``) short of the step the time gone asks for, as for one
    project (works_late): 城南幼儿园…5月中旬才开工，目前正在进行基础施工 at 30 June for a school due at the autumn term."""
    start = max(norm.rfind(c, 0, at) for c in "。；;") + 1
    end = min((i for i in (norm.find(c, at) for c in "。；;") if i >= 0), default=len(norm))
    return works_late(case, "。" * start + norm[start:end] + "。" * (len(norm) - end))


def _judge_event(case: Case, part: Part, sub: SubTarget) -> SubTarget:
    """An event part by the clause that names it: held is done, cancelled not begun, otherwise (preparing,
    put off to later in the year) on pace until the year is over; no clause names it, no fact."""
    norm = for_parsing(case.progress)
    name = _content_bigrams(_EVENT_TASK.sub("", part.text))
    for a, b in _spans(_CLAUSE, norm):
        clause = norm[a:b]
        if len(_content_bigrams(clause) & name) < 2:
            continue
        sub.reported, sub.evidence, sub.basis = case.progress[a:b], [case.quote(a, b)], "statement"
        rest = _SENTENCE_OR_SEMICOLON.search(norm, b)
        if (_EVENT_DONE.search(clause) and not case.in_forecast(a)) or _event_held_dated(
                case, norm[a:rest.start() if rest else len(norm)], a):
            # (运动会已于9月23日开幕,…,9月26日闭幕: the close in a later clause of its sentence)
            sub.status = "completed"
        elif pattern("cancelled").search(clause) or _ITEM_CANCELLED.search(clause):
            sub.status = "not_started"
        else:
            sub.status, sub.basis = ("behind" if case.expected >= 100 else "on_track"), "stage"
        return sub
    return sub
