"""What a figure's clause says of it (``_role``): done, started, under way, preparing, pending, not begun or
another verb's — a preparatory object finished (``_prep_finished``), work awaiting a decision (``_pending``), an
item cancelled, a survey alone (``_survey_done``), and the clauses about other items than those counted.
"""

from __future__ import annotations

import re

from .. import vocab
from ..progress import REMAINDER_LEAD
from .base import (
    _CLAUSE,
    _CLAUSE_MARK,
    _COMPLETION_FINISH,
    _COMPLETION_SIGNED,
    _COMPLETION_VERB,
    _DIGIT,
    _REPORT_ITEMS_PUSHED_ON,
    _STARTED_WORD,
    _quick,
    pattern,
    words,
)
from .case import _spans
from .clauses import (
    _NEEDS_GATHERED,
    _NOT_YET,
    _PLAN_LISTED,
    _PREP_OBJECT,
    _SHELL_DONE,
    _STRONG_UNDERWAY,
    LICENCE_ITEMS,
    mask_inspected_sites,
)

# The rest of a clause after a finishing word that is a preparatory object after a few words (改造方案设计).
# (and a list of them, 完成用地摘牌和方案设计: each one preparatory)
_PREP_ONE = rf"[^\d,;。，；和及与、]{{0,6}}?(?:{vocab.alternation('stage.preparatory_object')})(?:工作)?"
_PREP_TAIL = re.compile(rf"{_PREP_ONE}(?:[和及与、]{_PREP_ONE})*")


def _prep_finished(text: str, m: re.Match) -> bool:
    """The finishing word ``m`` finishes a preparatory object: right after it (完成设计), after the object's own
    words (完成改造方案设计), or before it in its clause (改造方案均已完成)."""
    if _PREP_OBJECT.match(text, m.end()):
        return True
    if _PREP_TAIL.fullmatch(_CLAUSE_MARK.split(text[m.end():])[0]):
        return True
    before = _CLAUSE_MARK.split(text[:m.start()])[-1]
    return bool(_PREP_OBJECT.search(before[-6:])) and not _DIGIT.search(before[-6:])


# A figure's clause closed by 取消 (1处因用地问题取消): that item is cancelled, not begun.
_ITEM_CANCELLED = _quick(re.compile(r"(?<![未不没拟将])(?:被)?取消了?\s*$"))


# 已入库21.3亿元: money put into the treasury (revenue collected), not a project or firm listed (入库) and pending.
_MONEY_IN = re.compile(r"入库[^,;。，；\d]{0,4}?\d[\d.]*(?:万|亿)?元")
# 新入库科技型中小企业86家, 新增入库“四上”企业17家, 已入库: entered, the count itself (not a pool still to be decided on); so is 入库 after a
# few words a done 已 opens (已评价入库, 已新增入库, 已实现升规入库), not one whose entry is only applied for (已提交入库申请,
# 正在办理入库手续: _ENTRY_ASKED after it); so is 入库 right after the firm reached the scale (3家企业达规入库, 升规入库,
# 上规入库: the entry that follows reaching it, not an application).
# (累计入库…家, 累计评价入库: a running total of entries made, a few words between as after 已 — words.toml
# report.entered_running)
_ENTERED = re.compile(r"(?:新增?|已|已[^,;。，；\d待申报办提]{1,4}?|"
                      f"{vocab.alternation('report.scale_reached')}|"
                      f"(?:{vocab.alternation('report.entered_running')})" r"[^,;。，；\d待申报办提]{0,4}?)$")
_ENTRY_ASKED = vocab.pattern("report.entry_asked")


# 列入计划的14个小区已全部完工: the pending word names what the items were (a modifier before 的), and the clause
# goes on to finish them.
_MODIFIER_THEN = re.compile(r"[^,;。，；\d]{0,6}?的([^,;。，；]{0,24})")


# 各县区上报已建成56个; 据各区上报，已建成110个: 上报 telling whose count it is (据 before it, or 已 right after it) —
# the units' report of work done, the source of the figure, not work submitted for a later decision.
_SOURCE_BEFORE = re.compile(r"据[^,;。，；\d]{0,8}$")
_DONE_AFTER_REPORT = re.compile(r"[^,;。，；\d]{0,2}?已")

# 经申报、推荐和评审，认定…56家; 经逐级推荐，获评…: a clause opened by 经 names the steps the result went through, not
# work still awaiting them (not 待, which says what is still to come).
_VIA_STEPS = re.compile(r"(?:^|[,;。，；:：])\s*经过?[^,;。，；:：待\d]{0,10}$")


# 第二批4项已报省政府审定: items sent up (报, not 报告/报道/报表/报名) to a body for a decision still to come (words.toml
# report.sent_for_decision), not one the clause says taken (审定通过, 批准同意) nor a paper 经 a body decided.
_SENT_FOR_DECISION = re.compile(f"报(?!{vocab.alternation('report.sent_for_decision_not')})" r"[^,;。，；\d经]{0,8}?"
                                f"(?:{vocab.alternation('report.sent_for_decision')})"
                                f"(?!{vocab.alternation('report.sent_for_decision_taken')})")


def _pending(text: str) -> bool:
    """Work submitted for a later decision (judging.toml [words.pending]), but money put into the treasury, not a
    word of that kind that only names the items which the clause then says are finished, and not 上报 naming whose
    count it is (各县区上报已建成56个: _SOURCE_BEFORE, _DONE_AFTER_REPORT), and not the steps a clause opened by 经 says
    the result went through (经申报、推荐和评审，认定…: _VIA_STEPS).  Items sent up for a body's decision
    (已报省政府审定: _SENT_FOR_DECISION) are pending too."""
    def finished_after(m: re.Match) -> bool:
        then = _MODIFIER_THEN.match(text, m.end())
        return bool(then and _COMPLETION_FINISH.search(then.group(1)) and "未" not in then.group(1))
    def entered(m: re.Match) -> bool:
        return bool(_ENTERED.search(text, 0, m.start())) and not _ENTRY_ASKED.match(text, m.end())
    def source(m: re.Match) -> bool:
        return m.group(0) == "上报" and bool(_SOURCE_BEFORE.search(text, 0, m.start())
                                             or _DONE_AFTER_REPORT.match(text, m.end()))
    if _SENT_FOR_DECISION.search(text):
        return True
    return any(not (m.group(0) == "入库" and (_MONEY_IN.match(text, m.start()) or entered(m)))
               and not finished_after(m) and not source(m) and not (m.group(0)[0] not in "待等" and _VIA_STEPS.search(text, 0, m.start()))
               for m in pattern("pending").finditer(text))


# A clause opening on other items than those counted (另有3家…, 其余…): the rest's lead (progress.REMAINDER_LEAD).
_OTHERS_LEAD = REMAINDER_LEAD


def _without_others(norm: str, sentence: tuple[int, int], own: tuple[int, int]) -> str:
    """A figure's sentence less the clauses about other items (另有3家已完成入库申报, 其余…): what they await is
    not what the figure's own items await.  The clauses after such a clause go on about the other items (另有8家已
    达到规上标准，正在办理入库手续: the entry pending is theirs), so they are left out too; so is a clause of the work
    going on after an intention (下半年将继续做好入库辅导工作: _GO_ON), the coming work's, not the figure's wait."""
    s, e = sentence
    kept, others = [], False
    for a, b in _spans(_CLAUSE, norm):
        if not s <= a < e:
            continue
        if (a, b) == own:
            kept.append(norm[a:b])
        elif _GO_ON.search(norm[a:b]):
            continue            # (下半年将继续做好入库辅导工作: the work to come, not what the figure's items await)
        elif _OTHERS_LEAD.match(norm[a:b]) or a > own[0] and _OTHER_BATCH.match(norm[a:b]):
            others = True       # (第二批申报材料正在评审中 after 已完成第一批认定62家: another batch's wait)
        elif not others and not _DIGIT.search(norm[a:b]):
            # (a clause with a count of its own speaks of its own items: 组织企业申报技改项目45个，已竣工投产21个)
            kept.append(norm[a:b])
    return "".join(kept)


# 将继续, 下步持续 (words.toml intention.clause_lead or intention.next_step, then intention.go_on): the work goes on
# beyond the figure.
_GO_ON = re.compile(rf"(?:{vocab.alternation('intention.clause_lead', 'intention.next_step')})[^,;。，；\d]{{0,8}}?"
                    rf"(?:{vocab.alternation('intention.go_on')})")


# A clause opened by another batch (第二批…): about other items than a batch's count before it.
_OTHER_BATCH = re.compile(r"\s*第[二三四五六七八九十2-9]批")
# A clause opened by a count of its own (5个村已申报待省里考核) or by another batch (第二批申报材料正在评审中): about
# other items than a count before it.
_OWN_COUNT_LEAD = re.compile(r"\s*(?:\d|第[二三四五六七八九十2-9]批)")


def _before_others(norm: str, start: int, end: int) -> int:
    """Where the first clause about other items (另有4台待审批后开工; 5个村已申报待省里考核, a count of its own)
    opens after ``start``, or ``end``."""
    return next((a for a, b in _spans(_CLAUSE, norm) if start <= a < end and (
        _OTHERS_LEAD.match(norm[a:b]) or a > start and _OWN_COUNT_LEAD.match(norm[a:b]))), end)


# 服务 heading a noun (服务业, 服务站, 服务中心, 服务点, 便民服务大厅): a thing to build or a sector, not people served.
_SERVICE_NOUN = re.compile(f"服务(?={vocab.alternation('report.service_place')})")


# 完成排查 (a survey), not 完成排查整治 (the survey and the works that put right what it found).
_SURVEY_ONLY = re.compile(rf"排查(?!(?:和|及|并|与)?(?:{vocab.alternation('stage.survey_remedy')}))")
# 已排查入河排污口1156个, 摸排农村危房320户 (judging.toml words.survey_verb), no 排查整治 and no finishing word
# (completion.finish; 已完成排查 is _SURVEY_ONLY's): the pool a survey looked at.
_SURVEY_POOL = re.compile(f"(?:{'|'.join(words('survey_verb'))})(?!(?:和|及|并|与)?(?:{vocab.alternation('stage.survey_remedy')}))")


def survey_pool(clause: str) -> bool:
    """The clause counts what a survey looked at (全市已排查入河排污口1156个), no work finished."""
    return bool(_SURVEY_POOL.search(clause)) and not _COMPLETION_FINISH.search(clause)


_SURVEY_REMEDY = re.compile(rf"排查(?:和|及|并|与)?(?:{vocab.alternation('stage.survey_remedy')})")


def _survey_done(clause: str) -> bool:
    """A clause finishing a survey alone (隐患排查已经结束, 已完成排查): 排查 not followed by the works that put right
    what it found, and none of those works named in the clause."""
    return bool(_SURVEY_ONLY.search(clause)) and not vocab.pattern("stage.survey_remedy").search(clause)


# 已全部采购到位并投入使用: bought (a preparation word) and then in use — done; after 已 only, so a plan or a wait
# (计划11月投入使用, 待验收后投用) is not.
_IN_USE_DONE = re.compile(rf"已[^,;。，；\d待将拟未]{{0,12}}?(?:{pattern('put_in_use').pattern})")


# A plan or a design right before a word of waiting (改造方案公示, 设计方案已上报, 可研正在报送: words.toml
# stage.plan_awaiting; a few words between, 正在进行): the plan awaits its decision, so its items are still being
# prepared, not pending.
_PLAN_AWAITING = re.compile(f"(?:{vocab.alternation('stage.plan_awaiting')})[^,;。，；\\d]{{0,4}}?"
                            f"(?:{pattern('pending').pattern})")


# 在 before work in hand (均在安装调试, 都在装修: words.toml underway.doing), not 不在/未在.
_AT_WORK = re.compile(f"(?<![不未正])在(?:{vocab.alternation('underway.doing')})")


_PUSHED_ON_FINISHED = vocab.pattern("report.pushed_on_finished")
# 改造正有序推进, 建设工作稳步推进: a verb of the work right before the formula (words.toml report.pushed_on_between
# between them) is the work's name, the formula what is said of it.
_WORK_PUSHED_ON = re.compile(f"(?:{vocab.alternation('completion.verb')})(?:{vocab.alternation('report.pushed_on_between')})*"
                             f"(?:{vocab.alternation('report.items_pushed_on')})")


def items_pushed_on(words: str) -> bool:
    """14个前期项目正有序推进 for 14个前期项目: the items said to go on, nothing said finished (words.toml
    report.items_pushed_on, report.pushed_on_finished) — the target's own preparatory work under way, not done."""
    return bool(_REPORT_ITEMS_PUSHED_ON.search(words)) and not _PUSHED_ON_FINISHED.search(words)


# 待施工, 待开工 (words.toml stage.awaiting_works): the works themselves still to begin.
_AWAITING_WORKS = vocab.pattern("stage.awaiting_works")


# A count's measure word: every unit of units.toml's count kind (个, 项, 处, 座, 户, 栋, 套, 间 …; 2部门 or 3片区 is none)
# — a superset of the class of twelve counters it replaces, checked to change no verdict (hygienex, stop 63).
_COUNTED = vocab.unit_group_of("count")


# 其余9个已确定物业服务企业, 5个均已选定运营单位: a count whose items have only had the party to do their work chosen
# (words.toml found.choose_verb before stage.party_noun, the count with its measure word before them, not a date's
# 9月) — preparation, not the work done
# (statusb, stop 53).
_PARTY_CHOSEN = re.compile(rf"\d\s*(?:{_COUNTED})[^,;。，；\d]{{0,5}}?(?:{vocab.alternation('found.choose_verb')})了?"
                           rf"[^,;。，；\d]{{0,8}}?(?:{vocab.alternation('stage.party_noun')})")


# 其余54户已排定入户计划, 剩余12个已制定施工计划: a count whose items have only had their schedule set (words.toml
# stage.schedule_verb before stage.schedule_noun, the count with its measure word before them) — planned, not done
# (statusa, stop 58; the work named inside the schedule, 施工计划, is no work under way).
_SCHEDULED = re.compile(rf"\d\s*(?:{_COUNTED})[^,;。，；\d]{{0,5}}?(?:{vocab.alternation('stage.schedule_verb')})了?"
                        rf"[^,;。，；\d]{{0,6}}?(?:{vocab.alternation('stage.schedule_noun')})")


def _role(clause: str, after: str) -> str | None:
    """What a figure's clause says of it: done, started, underway, preparing, pending, other; None when
    the clause has no word of its own."""
    clause = mask_inspected_sites(clause)     # 检查在建工程项目226项次: the sites inspected, no works under way
    if (pattern("awaiting").search(clause) or _pending(clause)) and _COMPLETION_FINISH.search(clause) and _PREP_OBJECT.search(clause):
        return "preparing"      # 另3条已完成线路规划，待开通, 均已完成…改造方案公示: only the plan is finished
    if _pending(clause) and _NEEDS_GATHERED.search(clause):
        return "preparing"      # 各村上报改造需求共计86座: the needs gathered, the scope of the work, nothing pending
    if _PLAN_AWAITING.search(clause):
        return "preparing"      # 2个正在进行方案公示: the plan awaits its decision, the items are being prepared
    if _AWAITING_WORKS.search(clause):
        return "preparing"      # 3座完成屋顶荷载检测待施工: the works themselves still awaited, only what comes before done
    if _PLAN_LISTED.search(clause) and not _STRONG_UNDERWAY.search(clause):
        return "preparing"      # 12个村的…改造项目已全部列入县级年度实施计划: the works put on a plan, not begun
    if _pending(clause) or pattern("awaiting").search(clause):
        return "pending"        # 申报; 另有3个已签约待落地 (awaiting landing: not yet brought in)
    if pattern("intent").search(clause):
        return "preparing"      # 已与8家机构达成入驻意向: an intention only, nothing brought in
    if pattern("notice_served").search(clause):
        return "preparing"      # 其余28户已下达限期整改通知书: the work ordered by a notice, not done
    if _SCHEDULED.search(clause) and not _STRONG_UNDERWAY.search(_SCHEDULED.sub("", clause)):
        return "preparing"      # 其余54户已排定入户计划: the items' schedule set, their work still to come
    if _PARTY_CHOSEN.search(clause) and not _STRONG_UNDERWAY.search(clause):
        return "preparing"      # 其余9个已确定物业服务企业: who is to do the items' work chosen, the work not yet done
    if pattern("put_off").search(clause) or _ITEM_CANCELLED.search(clause):
        return "not_started"    # 剩余3条推迟至11月施工; 1处因用地问题取消
    if _NOT_YET.search(clause):
        return "not_started"    # 2个项目暂未开工, 其余13个尚未进场施工
    if pattern("other_verb").search(_SERVICE_NOUN.sub("", clause)) and not _COMPLETION_VERB.search(clause):
        return "other"
    if pattern("nearly_done").search(clause) or _SHELL_DONE.search(clause):
        return "underway"
    if _IN_USE_DONE.search(clause):
        return "done"
    if pattern("preparing").search(LICENCE_ITEMS.sub("", clause)) and not _STRONG_UNDERWAY.search(clause) and not any(
            not _prep_finished(after, m) for m in _COMPLETION_FINISH.finditer(after)):
        return "preparing"      # 招标1处; 1个完成设计, 8个项目均已完成招标 (完成 of a preparatory object)
    if _STARTED_WORD.search(clause):
        return "started"
    if pattern("underway").search(clause) or _AT_WORK.search(clause):
        return "underway"       # (其余46个村基站均在安装调试: 在 before work in hand, as 正在)
    finished = list(_COMPLETION_FINISH.finditer(after))
    if finished and all(_prep_finished(after, m) or _SURVEY_ONLY.match(after, m.end()) for m in finished) \
            and not _STRONG_UNDERWAY.search(clause):
        return "preparing"      # 3个工业园区已全部完成排查: every finishing word finishes a preparatory object
    if _WORK_PUSHED_ON.search(clause) and not _PUSHED_ON_FINISHED.search(clause):
        return "underway"   # 12个小区改造正有序推进: the work's verb names what goes on, nothing said finished
    if _COMPLETION_VERB.search(clause) or pattern("completion_statement").search(clause) or _COMPLETION_SIGNED.search(clause):
        return "done"       # (正式签约项目3个: signed, its own word, not the clause before it; judge_indicator reads it)
    if _REPORT_ITEMS_PUSHED_ON.search(clause):
        return "underway"   # 全区32项民生实事全部按序时推进: the items counted go on as planned, none said done
    return None
