"""What one clause of a progress report says, read on its own: its stage (``clause_stage``: done, under
way, begun, prepared or not yet begun), the words of completion, events held and facilities opened,
preparation and the works' steps, shared by the case, the judging of a part and the rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from ..progress import CAUSE_OPENING
from .base import _COMPLETION_IN_USE, _COMPLETION_MUST, _quick, pattern

# (进场 is read apart below: the builders on site may still be getting ready)
_STRONG_WORDS = "|".join(re.escape(w) for w in sorted(vocab.words("underway.strong"), key=len, reverse=True) if w != "进场")
_STRONG_UNDERWAY = _quick(re.compile(f"施工(?!{vocab.alternation('underway.construction_not')})"
                              # 开复工, also written 开(复)工: started or restarted, a start as 开工 is
                              f"|开(?:复|\\(复\\)|（复）)?工(?!{vocab.alternation('underway.start_not')})"
                              f"|{_STRONG_WORDS}|(?:{vocab.alternation('underway.doing')})中"
                              # 施工单位已进场做好施工准备工作: on site, still preparing (words.toml underway.on_site_not)
                              f"|进场(?![^,;。，；]{{0,4}}?(?:{vocab.alternation('underway.on_site_not')}))"
                              # 均已进入装修阶段: a step of the works entered is work under way
                              f"|进入(?:{vocab.alternation('stage.work_step')})"
                              # 目前均在装修: 在 before work in hand
                              f"|(?<![不未])在(?:{vocab.alternation('underway.doing')})"))
# 施工单位正在进场: the builders still moving onto the site (words.toml underway.arriving), the works' preparation, not
# the works begun (正在进场施工 is works under way: the works' own word after it).
# (正在组织施工单位进场: who moves in may stand between them, underway.arriving_who)
_ARRIVING = re.compile(f"(?:{vocab.alternation('underway.arriving')})(?:{vocab.alternation('underway.arriving_who')})?进场(?!{vocab.alternation('underway.arriving_to_work')})")
# Not yet begun (暂未开工, 尚未进场施工, 仍未具备开工条件); 尚未完成 is under way, 尚未达到序时 a pace statement.
# 施工 naming the work's papers or parties (施工单位已确定, 施工合同): no work under way by that word.
_CONSTRUCTION_PAPERS = re.compile(f"施工(?:{vocab.alternation('underway.construction_not')})")
_NOT_YET = _quick(re.compile(f"(?:{vocab.alternation('not_yet.adverb')})未(?!{vocab.alternation('not_yet.not_before')})"
                             f"|{vocab.alternation('not_yet.not_begun')}"))


_PREP_OBJECT = re.compile("|".join(vocab.words("stage.preparatory_object")))
# 全乡23个村上报县农办村庄亮化项目: the project sent up for approval, the clause closing on it — preparation, whatever
# works its name holds (words.toml stage.project_submitted).
_PROJECT_SUBMITTED = re.compile(f"(?:{vocab.alternation('stage.project_submitted')})[^,;。，；、]{{0,16}}?项目\\s*$")
# 已向工业和信息化部提交绿色工厂评价申请, 已通过省工信厅初审, 待国家组织评定: an application filed with its name between
# the verb and 申请, a first review passed, a decision awaited with its body between 待 and the verb (words.toml
# stage.application_filed, stage.first_review, stage.awaited_decision) — submitted for a later decision, under way as
# words.pending's 提交申请, 初验, 待认定 are (README rule question 12).
_APPLICATION_FILED = re.compile(f"(?:{vocab.alternation('stage.application_filed')})[^,;。，；]{{0,12}}?申请")
_FIRST_REVIEW_PASSED = re.compile(f"通过[^,;。，；]{{0,8}}?(?:{vocab.alternation('stage.first_review')})")
_DECISION_AWAITED = re.compile(f"待[^,;。，；]{{0,6}}?(?:{vocab.alternation('stage.awaited_decision')})")


def _applied_or_awaited(clause: str) -> bool:
    return any(rx.search(clause) for rx in (_APPLICATION_FILED, _FIRST_REVIEW_PASSED, _DECISION_AWAITED))
# 征迁安置房, 拆迁安置小区: a preparation word before 安置 names the housing of those moved, a thing to build or hand
# over (words.toml stage.resettled), not the preparation itself; 审批管理系统, 招标投标交易平台: before a system or platform
# it names that thing (stage.prep_named_system).
_RESETTLED = re.compile(f"(?:{'|'.join(vocab.words('stage.preparatory_object'))})"
                        f"(?=(?:{vocab.alternation('stage.resettled', 'stage.prep_named_system')}))")


def _task_prep(text: str) -> re.Match | None:
    """A preparatory object in a task's words (完成…方案设计, 前期工作), not one inside the name of housing for those
    moved (完成征迁安置房分配)."""
    return _PREP_OBJECT.search(_RESETTLED.sub(lambda m: "·" * len(m.group(0)), text))


# 完成城东污水处理厂扩建项目前期工作: the preparation of a project named at length, at the end of the verb's clause.
_PREP_WHOLE = re.compile(r"[^,;。，；、]{0,24}?前期" f"(?:{vocab.alternation('stage.preparation_whole')})")
# 完成长期护理保险第三方经办机构招标: a tender closing the verb's clause, the thing tendered named at length (words.toml
# stage.preparation_closing; statusd, stop 64).
# (完成《某某市物业管理条例》修订: a paper's making closing the clause, words.toml stage.paper_closing — the task is that paper,
# as a plan is; statusd, stop 66.)
_PREP_CLOSING = re.compile(r"[^,;。，；、｜|]{0,24}?" f"(?:{vocab.alternation('stage.preparation_closing', 'stage.paper_closing')})"
                           r"(?=\s*(?:$|[,;。，；｜|]))")


# （设计规模5万吨/日） after the works: their design size (words.toml status.works_capacity), whose 设计 is no design to do.
_CAPACITY_BRACKET = re.compile(rf"[(（]\s*(?:{vocab.alternation('status.works_capacity')})")


def _task_prep_after(task_text: str, end: int) -> re.Match | None:
    """A preparatory object right after a task's result verb (ending at ``end``): within its next twelve characters
    (up to a works' design size in brackets, 开工建设第二水厂（设计规模…）), or the project's 前期工作 or a tender closing
    the verb's clause however long the project's name."""
    near = task_text[end:end + 12]
    size = _CAPACITY_BRACKET.search(near)
    return _task_prep(near[:size.start()] if size else near) or _PREP_WHOLE.match(task_text, end) \
        or _PREP_CLOSING.match(task_text, end)


# 主体工程已完工: the shell is done, the work is not (fitting-out follows).
_SHELL_DONE = re.compile(f"主体[^,;。，；]{{0,6}}?(?:{vocab.alternation('completion.finish')})")


# An event held, a policy issued, a facility opened (已于4月顺利举办, 已正式印发实施, 已开通运营): done.  A date with its
# year reads as one without (已于2014年5月30日通车试运营 as 已于5月30日通车试运营).  Where it opened may stand after 已 and
# its date (已在全市二级及以上医院全部上线运行, 已于8月20日在全市定点药店上线: statusd, stop 64).
# (已于4-5月以“线上+线下”方式举办: the way it was held, words.toml completion.held_way_lead … held_way_end, may stand
# before the verb; so may the body a document passed before its issue, 已于4月20日经局党组会议审定后印发: words.toml
# completion.passed_by_lead … passed_by_end)
_PASSED_BY = (f"(?:{vocab.alternation('completion.passed_by_lead')})[^,;。，；]{{1,14}}?"
              f"(?:{vocab.alternation('completion.passed_by_end')})")
_HELD_WAY = (f"(?:(?:{vocab.alternation('completion.held_way_lead')})[^,;。，；]{{1,14}}?"
             f"(?:{vocab.alternation('completion.held_way_end')})|{_PASSED_BY})?")
_DONE_EVENT = _quick(re.compile(r"(?:已(?:于(?:\d{4}年)?[^,;。，；]{1,8}?)?(?:由[^,;。，；]{1,10}?)?(?:在[^,;。，；\d]{1,20}?)?" + _HELD_WAY +
                         f"(?:{vocab.alternation('completion.manner')})?"
                         r"|(?:于(?:\d{4}年)?[^,;。，；]{1,8}?)?" f"(?:{vocab.alternation('completion.event_manner')}))"
                         f"(?:{vocab.alternation('completion.opened')})"
                         r"|已通过[^,;。，；]{0,6}?验收"
                         # 10月15日通过县农业农村局验收: a dated pass of an office's acceptance, past (a forecast's date is
                         # set aside by its span); its first digit written out as literals (\d{1,2} as (?:0|…|9)\d?) so
                         # that vocab.quick can still list the pattern's first characters
                         r"|(?<![\d.])(?:0|1|2|3|4|5|6|7|8|9)\d?月\d{1,2}日通过[^,;。，；\d]{0,8}?验收"
                         r"|(?:全面|全部|已经?|均已)结束"
                         r"|(?<!待)(?<!申请)获[^,;。，；]{0,12}?" f"(?:{vocab.alternation('completion.granted')})"
                         f"|(?:{vocab.alternation('completion.approved_manner')})获批"
                         f"|已(?:正式)?(?:{vocab.alternation('completion.set_up')})"
                         f"|(?:{vocab.alternation('completion.event_ended_manner')})(?:{vocab.alternation('completion.event_ended')})"
                         f"|{vocab.alternation('completion.event_ended_alone')}"
                         f"|(?<!待)(?<!提交)审议通过|并(?:正式)?(?:{vocab.alternation('completion.issued')})"
                         f"|{vocab.alternation('completion.issued_phrase')}"))
# 已于9月25日全部拆除清零, 已全部整改清零: the stock cleared, whatever date, 全部 or verb of clearing stands between 已 and
# the zero (words.toml completion.cleared); never 基本清零 (nearly done) nor a negation between (已排查，尚未清零).
_CLEARED = _quick(re.compile(r"已经?(?:于[^,;。，；]{1,10}?)?[^,;。，；\d未没尚]{0,6}?(?<!基本)"
                             f"(?:{vocab.alternation('completion.cleared')})"))
# A task that is an event (举办…节, 召开…大会): held is done.
_EVENT_TASK = vocab.pattern("completion.event_task")


# 于8月正式上线运行 (no 已): a facility opened at a date on or before the report's day; where it was issued or to whom
# may come between (于5月18日在区政府门户网站向社会发布: words.toml completion.opened_where), and 公布 counts only so
# (于5月20日向社会公布; 已公布前三季度数据 is the statistics out, no work of the task).
_OPENED_DATED = re.compile(r"(?:(?:已经?)?于|(?<![\d年月.])(?=(?:1[0-2]|[1-9])月[1-3]?\d[日号]))(?P<month>1[0-2]|[1-9])月(?:(?P<day>[1-3]?\d)[日号])?"
                           f"(?:{vocab.alternation('time.month_opened_part')})?"
                           r"(?:在[\u4e00-\u9fff]{1,12}?)?" f"(?:{_PASSED_BY})?"
                           f"(?:(?:{vocab.alternation('completion.opened_where')})?"
                           f"(?:{vocab.alternation('completion.manner')})?(?:{vocab.alternation('completion.opened')})"
                           f"|(?:{vocab.alternation('completion.opened_where')})(?:{vocab.alternation('completion.made_public')}))")
# 展览馆于7月12日开放运营: the facility named before the dated opening (no 已 either) — a subject of a few characters, no
# plan word in it (计划于, 将于: words.toml intention.clause_lead; a date still to come is set aside as a plan by
# rules/forecasts._later_month_spans).
_SUBJECT_BEFORE_DATE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?=于(?:1[0-2]|[1-9])月)")
_PLAN_IN_SUBJECT = re.compile(vocab.alternation("intention.clause_lead"))
# The subject a clause opens with, before its stage words (南区消防站|正在进行用地报批, 西溪污水处理厂|因征地…;
# 平台|已完成开发和部署).
_SUBJECT_END = vocab.pattern("report.subject_end")


# 已完成序时进度 / 达到序时进度要求: the unit says it is on pace (a claim), nothing is finished.  The work the pace is of
# may stand between (已完成减排序时进度, 达到全年投资时序进度): up to four characters, no figure and no break, when 进度
# follows the schedule word.
_PACE_MET = re.compile(f"(?:{vocab.alternation('pace.met_verb')})(?:了)?"
                       f"(?:[^\\d,;。，；、：:（(\\s未不没]{{1,4}}?(?=(?:{vocab.alternation('pace.schedule_word')})进度))?"
                       f"(?:{vocab.alternation('pace.schedule_word')})")


_WORKS_DONE = vocab.pattern("report.works_done")
_REMAINING = vocab.pattern("report.remaining")
_PROCESS_VERB = vocab.pattern("report.process_verb")
_FINISHED_WORKS = vocab.pattern("completion.finished_works")
_DONE_OR_FINISHED = _quick(re.compile(f"(?<!未)(?<!基本)(?<!初步)(?:完成(?!{vocab.alternation('completion.noun_after')})"
                                      f"|{_FINISHED_WORKS.pattern})"))
_BEGUN = vocab.pattern("stage.begun")
_IN_USE_OR_ACCEPTED = re.compile(f"{_COMPLETION_IN_USE.pattern}|通过[^,;。，；]{{0,4}}?验收|验收合格")
_ACCEPTANCE_PENDING = re.compile(f"未(?:{vocab.alternation('completion.acceptance_verb')})" r"[^,;。，；]{0,4}?验收|正在[^,;。，；]{0,6}?"
                                 f"(?:{vocab.alternation('report.acceptance_pending')})" r"[^,;。，；]{0,4}?"
                                 f"(?:{vocab.alternation('report.acceptance_check')})"
                                 # 竣工验收资料正在整理: the acceptance's papers still being made ready after its noun
                                 r"|验收[^,;。，；正已]{0,4}?正在"
                                 f"(?:{vocab.alternation('report.acceptance_papers_verb')})")


_RESTATED = re.compile(r"[^,;。，；]{0,6}?(?:已)?" f"(?:{vocab.alternation('task.restated_verb')})"
                       f"(?:了)?(?:{vocab.alternation('task.restated_scope')})(?:{vocab.alternation('task.work_noun')})")
_PART_OF_YEAR = re.compile(rf"{vocab.alternation('time.part_of_year')}|1[-—至]\d{{1,2}}月")
# 上半年进展：, 1-6月完成情况：: the period a reply's heading covers, before its colon (words.toml report.section_label,
# report.period_heading_tail) — the reply's period, no part of the year said done in the clause after it.
_PERIOD_HEADING = re.compile(rf"^\s*(?:{_PART_OF_YEAR.pattern})份?(?:工作)?"
                             f"(?:{vocab.alternation('report.section_label', 'report.period_heading_tail')})\\s*[:：]")
# A reply's lead-in before its colon at the cell's start — who reports (区教育局：, judging.toml words.agent_suffix), the
# section's label (完成情况：, words.toml report.section_label), that label after the period the reply covers (上半年完成情况：,
# 1-6月工作进展：, as _PERIOD_HEADING reads it) or the date it speaks to (截至9月底：, report.as_of_lead): a label of the
# cell, not the name of a part (艳阳路西延：), so the clause after it is read as the reply's own.
_LEAD_LABELS = (f"(?:{_PART_OF_YEAR.pattern})份?(?:工作)?"
                f"(?:{vocab.alternation('report.section_label', 'report.period_heading_tail')})"
                f"|(?:{vocab.alternation('report.section_label')})"
                f"|(?:{vocab.alternation('report.as_of_lead')})[^,;。，；:：]{{0,10}}")
# A section's label alone before its colon opening a clause (完成值：, 推进情况：): no word of the work (clause_stage).
_SECTION_LEAD = re.compile(f"\\s*(?:{vocab.alternation('report.section_label')})\\s*[:：]")
_REPLY_LEAD = re.compile(f"\\s*(?:[^\\d,;。，；:：]{{1,10}}?(?:{pattern('agent_suffix').pattern})|{_LEAD_LABELS})\\s*[:：]\\s*")
# The same lead-in but who reports: a section's label, with the period it covers, or the date (上半年完成情况：, 截至9月底：) —
# no word of the clause after it (rules/judging_clauses._clause_stage).  The reporting unit's name stays, as before.
_LABEL_ONLY_LEAD = re.compile(f"\\s*(?:{_LEAD_LABELS})\\s*[:：]\\s*")
_THE_REST = vocab.alternation("report.the_rest")
# (compiled once: SubTargets and StageAgainstDeadline ask of every clause whether it opens on the rest)
_REST_OPENS = re.compile(rf"\s*(?:{_THE_REST})")
_REST_OR_OTHER_OPENS = re.compile(rf"\s*(?:{_THE_REST}|另外?)")
_OTHER_ITEMS = vocab.alternation("report.other_items")
# A clause opened by a count of items (但2个镇的项目…尚未启动; 其中3个村…尚未动工): some of the items, not begun.
_COUNT_NOT_BEGUN = re.compile(rf"\s*(?:{vocab.alternation('report.some_items_lead')})?(?:\d+|[一两二三四五六七八九十]{{1,3}})"
                              f"(?:{vocab.alternation('report.item_unit', 'report.item_place')})")
_REST_NAMED = re.compile(rf"(?:{_THE_REST})|{vocab.alternation('report.rest_named')}")


# 98个行政村已全部实施…，实现全覆盖: a bare clause after the items done, the coverage reached (with a 基本, 力争 or
# an object of its own it is no such clause).
_COVERAGE_REACHED = re.compile(r"\s*(?:并|均)?实现了?全(?:面)?覆盖\s*")
_BOOK_TITLE = re.compile(r"《[^《》]{1,60}》")


# 已实现常态化开展, 形成常态长效机制: a routine reached — recurring work that goes on (实现 is no completion here).
_ROUTINE = re.compile(f"(?:{vocab.alternation('status.routine_verb')})(?:了)?(?:{vocab.alternation('status.routine')})")

# 尚无完工路段, 暂无建成项目: none of it finished yet (words.toml not_yet.none_yet before not_yet.not_before).
_NONE_YET = re.compile(f"(?:{vocab.alternation('not_yet.none_yet')})[^,;。，；\\d]{{0,2}}?"
                       f"(?:{vocab.alternation('not_yet.not_before')})")


# A finish denied (年内未能竣工, 没有完成, 无法按期投用, 未能如期建成投用): a negation, how (按期, 全面, 能), the finishing
# verbs; never the work done.  Followed by 的 it names the unfinished items (未完成的2个已于12月完成), no statement.
_NEG_VERB = vocab.alternation("completion.negated_verb")
_NEGATED_DONE = re.compile(f"(?P<neg>{vocab.alternation('completion.negation_failed', 'completion.negation_plain')})"
                           f"(?P<how>(?:{vocab.alternation('completion.negation_manner')}){{0,3}})"
                           f"(?:{_NEG_VERB})(?:[、和并及与]?(?:{_NEG_VERB})){{0,3}}")
_FAILED = re.compile(f"(?:{vocab.alternation('completion.negation_failed')})")
_DEADLINE_WORD = re.compile(f"(?:{vocab.alternation('completion.negation_deadline')})")
_CLAUSE_MARK = re.compile(r"[,;。!?，；！？\n]")


def negated_done(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """The finishes a clause (``text[start:end]``) denies (年内未能竣工, 没有完成, 尚未建成), not those naming the
    unfinished items (未完成的…)."""
    end = len(text) if end is None else end
    if not any(w in text[start:end] for w in ("未", "没", "无法", "难以", "不能")):
        return []
    return [m for m in _NEGATED_DONE.finditer(text, start, end) if not text.startswith("的", m.end())]


def failed_finish(text: str, m: re.Match) -> bool:
    """A denied finish (``negated_done``) that says the finish failed or cannot happen, not only that it is still to
    come: a negation of failure (未能, 无法, 难以) or a deadline word in it or just before it in its clause (未按期完成,
    年内未竣工)."""
    before = _CLAUSE_MARK.split(text[max(0, m.start() - 4):m.start()])[-1]
    return bool(_FAILED.fullmatch(m.group("neg")) or _DEADLINE_WORD.search(m.group("how")) or _DEADLINE_WORD.search(before))

# 东闸已完成全部工程量的70%, 已完成总工程量的85%: a finishing verb with a share under the whole of the works after it
# (words.toml completion.share_of_works) says how far the works have come, never that they are finished.
_DONE_SHARE = re.compile(f"(?:{vocab.alternation('completion.finish')})(?:了)?"
                         f"(?:(?:{vocab.alternation('completion.share_of_works')})的?|(?:{vocab.alternation('figure.share_hedge')})?(?=\\d))"
                         r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*[%％]")


# 5月26日在某某河开展全市防汛应急演练, 3月22日至28日在全市组织开展系列宣传活动: a day of the month (or a span of days)
# opening the clause, a place at most, then an activity's verb and a bounded activity of a day or a week (words.toml
# completion.activity_dated_verb, completion.activity_held_noun) — the activity held on that day, as 于…举行 is; a month
# alone (5月开展…, 3月起开展…) may be a campaign's start and stays as before.  A day still to come is set aside as a
# plan by the case's forecast spans (rules/forecasts._later_month_spans), as for _OPENED_DATED.
_ACTIVITY_DATED = re.compile(r"(?:^|(?<=[,;。，；:：]))\s*(?:已经?)?于?(?P<month>1[0-2]|[1-9])月(?P<day>[1-3]?\d)[日号]"
                             r"(?:[至到—-](?:(?:1[0-2]|[1-9])月)?[1-3]?\d[日号])?(?:在[^,;。，；]{1,12}?)?"
                             f"(?:{vocab.alternation('completion.activity_dated_verb')})"
                             r"[^,;。，；\d]{0,20}?" f"(?:{vocab.alternation('completion.activity_held_noun')})")
# The activity's object before its noun: words with no figure, or a quoted name that may hold one (“119消防宣传月”,
# “3·15”主题活动: the name, no count) with the noun inside it or after it.
_ACTIVITY_OBJECT = (r"(?:[^,;。，；\d]{0,24}?|[^,;。，；\d“]{0,8}?“[^”,;。，；]{0,16}?”?[^,;。，；\d“]{0,6}?)")
_ACTIVITY_NOUN = f"(?:{vocab.alternation('completion.activity_held_noun', 'completion.activity_month_noun')})"
# A task to hold such an activity (组织开展全市防汛应急演练, 开展…系列宣传活动, 组织开展“安全生产月”活动): held by its day is
# done, as an event is (completion.event_task; rules/status_stage.StageAgainstDeadline,
# rules/judging_clauses._event_held_dated).
_ACTIVITY_TASK = re.compile(f"(?:{vocab.alternation('completion.activity_dated_verb')})" + _ACTIVITY_OBJECT + _ACTIVITY_NOUN)
# 11月份组织开展“消防宣传月”系列活动, 5月在某某水库开展防汛应急演练: a month alone (份 after it or not) opening the clause,
# a place at most, then the activity's verb and a bounded activity (completion.activity_held_noun) or a month's campaign
# (completion.activity_month_noun) — held once that month is over, or on its last day (rules/judging_clauses
# ._event_held_dated); before then it may be still going on, and a month with 起 (3月起开展…) a campaign's start.
_ACTIVITY_MONTH = re.compile(r"(?:^|(?<=[,;。，；:：]))\s*(?:已经?)?于?(?P<month>1[0-2]|[1-9])月份?(?:在[^,;。，；]{1,12}?)?"
                             f"(?:{vocab.alternation('completion.activity_dated_verb')})" + _ACTIVITY_OBJECT + _ACTIVITY_NOUN)


def _after_label_lead(clause: str) -> str:
    """The clause after the cell's lead-in at most (截至5月31日：, 推进情况：), stripped: the words a dated clause opens on."""
    lead = _LABEL_ONLY_LEAD.match(clause)
    return clause[lead.end():].strip() if lead else clause.strip()


def _activity_dated(clause: str) -> bool:
    """A bounded activity held on its day (_ACTIVITY_DATED), after the cell's lead-in at most (截至5月31日：, 完成情况：)."""
    return bool(_ACTIVITY_DATED.match(_after_label_lead(clause)))


def _opened_dated_after_subject(clause: str) -> bool:
    """展览馆于7月12日开放运营: a facility named, then opened at a date — as 于7月12日开放运营 alone; not opened on trial
    (平台于5月上线试运行: judging.toml nearly_done)."""
    subject = _SUBJECT_BEFORE_DATE.match(clause)
    return bool(subject) and not _PLAN_IN_SUBJECT.search(subject.group(0)) \
        and bool(_OPENED_DATED.match(clause, subject.end())) and not pattern("nearly_done").search(clause)


@lru_cache(maxsize=8192)
def clause_stage(clause: str) -> str | None:
    """The stage one progress clause reports: done, nearly_done, underway, preparing, not_started or None.
    Cached: the rules ask it of a row's clauses again and again."""
    if _PERIOD_HEADING.match(clause):
        # 上半年进展：方案已于5月20日印发: the reply's period heading states no stage; the words after it do.
        return clause_stage(clause[_PERIOD_HEADING.match(clause).end():])
    label = _SECTION_LEAD.match(clause)
    if label:
        # 完成值：按计划持续推进中, 完成情况：未发生: the cell's section label before its colon (words.toml
        # report.section_label) is no word of the work — its 完成 no finish; the words after it give the stage.
        return clause_stage(clause[label.end():])
    cause = _CAUSE_OPENING.match(clause)
    if cause and not (pattern("preparing").search(cause.group(0)) or _PREP_OBJECT.search(cause.group(0))):
        # 因上级政策正在调整: a cause opening the clause (words.toml stage.cause_lead … stage.cause) says why the work waits —
        # what goes on in it (正在调整) is no stage of the task's work; the words after it give the stage.  A preparation
        # it names (因施工图设计调整) is the work's own state still, and the clause is read whole, as before.
        clause = "·" * cause.end() + clause[cause.end():]
    # 正在按方案组织实施: what the work goes by (words.toml stage.by_plan) is no preparatory object worked on.
    clause = _BY_PLAN.sub(lambda m: "·" * len(m.group(0)), clause)
    # 已公布取消和下放行政许可事项第一批18项: the licensing items counted, no permit in preparation.
    clause = LICENCE_ITEMS.sub(lambda m: "·" * len(m.group(0)), clause)
    clause = mask_inspected_sites(clause)     # 检查在建工程项目226项次: the sites inspected, no works under way
    if _NOT_YET.search(clause):
        return "not_started"
    ready = _READY_FOR.search(clause)
    if ready and clause_stage(ready.group("step")) == "done":
        # 已具备交付条件: ready for the finishing step, not yet through it — nearly done, unless the rest of the clause
        # says the work done (a step to start, 具备开工条件, is left to the rules of preparation).
        rest = clause_stage(clause[:ready.start()] + "·" * (ready.end() - ready.start()) + clause[ready.end():])
        return rest if rest == "done" else "nearly_done"
    if _NONE_YET.search(clause):
        return "underway"        # 尚无完工路段: none finished yet, as 尚未完工 (under way, not done)
    if _PACE_MET.search(clause):
        return "underway"        # 已完成序时进度: on pace, not done
    if _DONE_SHARE.search(clause):
        return "underway"        # 已完成全部工程量的70%, 主体工程已完成约40%: a share of the works done, the works going on
    # (推进情况：3月22日召开…推进会: the dated clause after the cell's lead-in as without it — statusd, stop 63)
    bare = _after_label_lead(clause)
    if _OPENED_DATED.match(bare) or _opened_dated_after_subject(bare) or _activity_dated(clause):
        return "done"            # 于8月正式上线运行 (no 已): opened at that date (a forecast's date is set aside by its span)
    if _RESTATED.fullmatch(clause.strip()):
        return "active"          # 已启动相关工作: a verb with no object of its own is the task restated
    if _PROJECT_SUBMITTED.search(clause):
        return "preparing"       # 各村上报路灯安装项目: the project sent up, not its works begun
    if pattern("nearly_done").search(clause) or _SHELL_DONE.search(clause):
        # 设计方案调研基本完成: preparation nearly done is still preparation.
        if _PREP_OBJECT.search(clause) and not _WORKS_DONE.search(clause):
            return "preparing"
        return "nearly_done"
    if _REMAINING.search(clause):
        return "underway"
    if _ROUTINE.search(clause):
        return "underway"        # 巡河工作已实现常态化: work made routine goes on, it is not finished
    if _ACCEPTANCE_PENDING.search(clause):
        return "nearly_done"     # 尚未完成竣工验收, 正在办理竣工验收手续: the work done, its acceptance pending
    denied = negated_done(clause)
    if denied:
        # 年内未能竣工, 没有完成: the finish denied — the rest of the clause's stage (主体已封顶但未能竣工: nearly
        # done), never done; with no other stage, under way (尚未完成 is under way).
        rest = clause
        for m in denied:
            rest = rest[:m.start()] + "·" * (m.end() - m.start()) + rest[m.end():]
        st = clause_stage(rest)
        return st if st in ("nearly_done", "underway", "preparing", "not_started") else "underway"
    done = pattern("completion_statement").search(clause) or _DONE_EVENT.search(clause) or _DONE_OR_FINISHED.search(
        clause) or _COVERAGE_REACHED.fullmatch(clause) or _CLEARED.search(clause)
    # 完成设计 / 初步设计已完成: finishing a preparatory object is preparation (a document's own title, 《工作方案》已印发,
    # is the document itself, not its preparation).
    untitled = _BOOK_TITLE.sub(lambda m: "《" + "·" * (len(m.group(0)) - 2) + "》", clause)
    # (交付方案已报审定: a finishing word right before a preparatory object names the plan, not work finished)
    if done and not (_prep_near(untitled, done.start()) and not _FINISHED_WORKS.search(clause)
                     or _PREP_OBJECT.match(untitled, done.end())):
        # 已圆满完成上半年征兵任务: the half year's share done, not the year's task.
        return "underway" if _PART_OF_YEAR.search(clause) else "done"
    arriving = _ARRIVING.search(clause)
    if _STRONG_UNDERWAY.search(_ARRIVING.sub(lambda m: "·" * len(m.group(0)), clause) if arriving else clause):
        return "underway"
    if arriving or pattern("preparing").search(clause) or done:
        return "preparing"
    if _PLAN_LISTED.search(clause):
        return "preparing"       # 已全部列入县级年度实施计划: the works put on a plan, not begun (README rule question 4)
    if pattern("pending").search(clause) and _NEEDS_GATHERED.search(clause):
        return "preparing"       # 各村上报改造需求共计86座: the needs reported, the scope gathered before the work
    if pattern("pending").search(clause) or pattern("underway").search(_CONSTRUCTION_PAPERS.sub("", clause)) or _BEGUN.search(
            clause) or _applied_or_awaited(clause):
        return "underway"
    if _PROCESS_VERB.search(clause):
        return "active"          # a process verb: under way, but no more than the task restated
    return None


def _prep_near(untitled: str, at: int) -> bool:
    """A preparatory object from six characters before a finishing word on, or a long one reaching into those six
    (可行性研究报告已获批复: the report's name is longer than the reach)."""
    lo = max(0, at - 6)
    return bool(_PREP_OBJECT.search(untitled[lo:])) or any(
        m.start() < lo < m.end() for m in _PREP_OBJECT.finditer(untitled, max(0, lo - 8), at))


_NEEDS_GATHERED = vocab.pattern("stage.needs_gathered")
# 12个村的供水管网改造项目已全部列入县级年度实施计划: works put on a plan of works or of the year (words.toml
# stage.plan_listed, stage.plan_listed_into).
_PLAN_LISTED = re.compile(f"(?:{vocab.alternation('stage.plan_listed')})[^,;。，；:：]{{0,16}}?"
                          f"(?:{vocab.alternation('stage.plan_listed_into')})")
_READY_FOR = re.compile(f"(?:{vocab.alternation('stage.ready_lead')})了?(?P<step>[^,;。，；\\s]{{1,6}}?)条件")
_BY_PLAN = re.compile(f"按照?(?:{vocab.alternation('stage.by_plan')})")
_CAUSE_OPENING = re.compile("^" + CAUSE_OPENING.pattern)
# 取消和下放省级行政许可事项18项: licensing items a reform task counts, not a permit won before works (words.toml
# stage.licence_items) — masked before the words of preparation (许可) are looked for; so is a statistic's name that holds
# one (合同外资2.35亿美元: the foreign capital contracted, no contract of works signed — stage.measure_names; statusd, stop 65).
LICENCE_ITEMS = vocab.pattern("stage.licence_items", "stage.measure_names")
# 累计检查在建工程项目226项次: works under construction as the object of an inspection (words.toml stage.inspect_verb,
# within six characters before stage.site_in_building) — the sites looked at, no work under way; masked before a clause's
# stage or a figure's role is read (statusb, stop 65).
_INSPECTED_SITE = re.compile(f"((?:{vocab.alternation('stage.inspect_verb')})[^,;。，；:：\\d]{{0,6}}?)"
                             f"(?:{vocab.alternation('stage.site_in_building')})")


def mask_inspected_sites(clause: str) -> str:
    """``clause`` with the sites an inspection looked at (检查在建工程项目 → 检查····项目) blanked, its length kept."""
    return _INSPECTED_SITE.sub(lambda m: m.group(1) + "·" * (len(m.group(0)) - len(m.group(1))), clause)


# Subjects every task shares (工程, 项目, 改革): naming one says nothing of which part.
_GENERIC_SUBJECTS = frozenset(vocab.words("task.generic_subject"))
_AIM = re.compile(f"(?:{vocab.alternation('task.aim_adverb')})$")
# 从改善社会心理预期入手: the way in to the task's work, not its result.
_APPROACH = re.compile(f"从[^,;。，；]{{1,24}}?(?:{vocab.alternation('task.approach_end')})")


# README rule question 42: 新建污水处理厂1座（5万吨/日），年内开工建设 — the works named by a build verb opening a clause,
# then only their start asked (words.toml task.build_named, task.start_of_build) and no finish anywhere in the task
# (task.finish_of_build; 完成 not before an investment): the year's target is the start, as for 开工建设… (rule question 13).
_BUILD_NAMED = re.compile(f"(?:^|[,;。，；:：｜|\\s])(?:{vocab.alternation('task.build_named')})")
_START_OF_BUILD = vocab.pattern("task.start_of_build")
# 某某排涝泵站新建工程4月底前开工建设, 某某中学改扩建项目年内开工: the build verb inside the works' name, after the thing built
# and before 工程 or 项目 (words.toml task.build_named, task.works_name_noun) — it names the works as a verb opening the clause
# does, and the start asked after it is the year's target (README rule question 42; statusd, stop 62).
_BUILD_IN_NAME = re.compile(f"(?<=[\u4e00-\u9fff])(?:{vocab.alternation('task.build_named')})"
                            f"(?:{vocab.alternation('task.works_name_noun')})")
_FINISH_OF_BUILD = re.compile(f"{vocab.alternation('task.finish_of_build')}|完成(?![^,;。，；]{{0,6}}?投资)")


def finish_of_build_asked(task_text: str) -> bool:
    """A finish of the works asked anywhere in the task (建成, 竣工, 年底前完工, 主体封顶; 完成 not before an investment)."""
    return bool(_FINISH_OF_BUILD.search(task_text))


def start_asked_of_build(task_text: str):
    """The start verb a task asks of the works it names with a build verb (新建…1座，年内开工建设), when it asks no finish
    of them: the start is the task's result (README rule question 42) — else None."""
    named = _BUILD_NAMED.search(task_text) or _BUILD_IN_NAME.search(task_text)
    if named is None or _FINISH_OF_BUILD.search(task_text):
        return None
    return _START_OF_BUILD.search(task_text, named.end())


def task_must(task_text: str, before_deadline: bool = False):
    """The first result verb of a task (completion.must: 建成, 改造, 改善) that states no aim (有效改善, 进一步完善) and
    stands in no approach phrase (从改善营商环境入手, 从源头抓起: how the work is entered, not what it must reach) — or,
    for works named by a build verb and asked only to start (新建…，年内开工建设), the start (start_asked_of_build).
    ``before_deadline``: a deadline column's label (完成时限：10月) asks no stage of the work before its date — its 完成
    is passed over then (after it the work is due finished, as the label says)."""
    start = start_asked_of_build(task_text)
    if start is not None:
        return start
    ways_in = [(m.start(), m.end()) for m in _APPROACH.finditer(task_text)]
    return next((m for m in _COMPLETION_MUST.finditer(task_text)
                 if not _AIM.search(task_text[max(0, m.start() - 3):m.start()])
                 and not any(a <= m.start() < b for a, b in ways_in)
                 and not (before_deadline and _DEADLINE_FIELD.match(task_text, m.start()))), None)


# ｜完成时限：10月, 完成时间：年底前 in a ledger's task cell: a deadline column's label before its colon (words.toml
# task.deadline_label): before its date its 完成 asks no stage of the work (statusb, stop 64).
_DEADLINE_FIELD = re.compile(rf"(?:{vocab.alternation('task.deadline_label')})\s*[:：]")


# 并开工 / 并建成 after a preparatory object in a task (完成…方案设计并开工建设): a result of the works follows it; so does a
# clause of its own opening on the year's time and the verb (完成…前期工作，年内开工建设: words.toml task.then_clause_lead).
_THEN_MUST = re.compile(f"(?:并|[,，;；](?:{vocab.alternation('task.then_clause_lead')}))(?:{vocab.alternation('completion.must')})")


_WORK_STEPS = tuple(vocab.words("stage.work_step"))


def other_work_step(clause: str, asked: str) -> bool:
    """A clause naming a step of the works (words.toml stage.work_step: 土建, 主体, 装修, 布展) none of the steps the task
    asks for itself (年内完成内部装修…: 装修), when the task asks for one: another step, not the task's own work."""
    own = [w for w in _WORK_STEPS if w in asked]
    return bool(own) and not any(w in clause for w in own) and any(w in clause for w in _WORK_STEPS)


def own_step_preparing(asked: str, staged: list[tuple[str | None, str]]) -> bool:
    """The step of the works the task asks for (stage.work_step in ``asked``: 完成内部装修) named by a clause at its
    preparation (装修工程正在组织招标, 室内装修设计已经专家论证) and by none further on; ``staged``: (stage, clause)."""
    own = [w for w in _WORK_STEPS if w in asked]
    mine = [st for st, c in staged if any(w in c for w in own)]
    return "preparing" in mine and not any(st in ("underway", "nearly_done", "done") for st in mine)
