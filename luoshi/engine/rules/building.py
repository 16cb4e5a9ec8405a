"""Building the case (``build_case``): a progress row read against its task — the task's parts, the progress's
figures with their roles, nouns and periods, forecasts and plans set aside, totals, scopes and running totals told
from the year's work, a measure said not done, and the expected pace.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from .. import vocab
from ..indicators import parse as parse_indicators
from ..judgement import Indicator, ProgressFact, ProgressRow
from ..progress import (
    DONE_DISPOSAL,
    ONE_MONTH_PERIOD,
    PERIOD_SO_FAR,
    REMAINDER_LEAD,
    in_cause,
    own_part,
    parse_row,
    planned_whole_part_done,
)
from ..targets import spread_respective
from ..text import bigrams, for_parsing
from .base import (
    _AMONG,
    _CLAUSE,
    _CLAUSE_MARK,
    _COLON,
    _COMPLETION_FINISH,
    _COMPLETION_IN_USE,
    _COMPLETION_SIGNED,
    _COMPLETION_VERB,
    _COVERAGE_GOAL,
    _DIGIT,
    _EVERY_ITEM_GOAL,
    _FIGURE_FUNDS_AVAILABLE,
    _FIGURE_FUNDS_UNAVAILABLE,
    _FIGURE_STOCK_TOTAL,
    _GENERIC,
    _LIST_MARK,
    _NON_WORD_OR_DIGIT,
    _REPORT_ITEMS_PUSHED_ON,
    _SENTENCE,
    _SENTENCE_MARK,
    _STAGE_WORK_STEP,
    _STATUS_INVESTMENT_PLAN_LABEL,
    _STATUS_LIFE_SHARE_LEAD,
    PERIOD_END_MONTH,
    _is_level,
    _is_rate,
    _target_value,
    _value,
    pattern,
    threshold,
    words,
)
from .case import Case, Fact, _head, _spans, _unit_of, clause_around, month_number
from .clauses import _ACCEPTANCE_PENDING, _READY_FOR, _REST_OPENS, _STRONG_UNDERWAY, clause_stage
from .forecasts import (
    _FORECAST,
    _PLAN_FULFILLED,
    _PLAN_NOUN,
    _PLANNED_FOR_DONE,
    _PLANNED_ITEMS_DONE,
    _PLANNED_NOUN_DONE,
    _PLANNED_NOUN_RATE,
    _TARGET_LABEL,
    _later_month_spans,
    starts_fulfilled,
    target_sections,
)
from .roles import _before_others, _pending, _role, _without_others, survey_pool
from .task_parts import PER_PERIOD, _noun_after, task_parts
from .works import main_works_count_task, main_works_said_done

# 棉被3000床已完成采购，计划9月入库: the items bought, their delivery or storing foretold later in the sentence (words.toml
# judging words.handover_step) — not yet in place, so the buying is no count done for a task to equip or lay in a stock
# (statusb, stop 64; README rule question 24): the work under way, as bought items being installed are.
_HANDOVER_STEP = pattern("handover_step")


def _handover_foretold(case: Case, norm: str, start: int, end: int) -> bool:
    """A forecast clause between ``start`` and ``end`` (the rest of the figure's sentence) names the items' delivery or
    storing (计划9月入库, 预计10月交付, 预计下月到货)."""
    return any(start <= a < end and _HANDOVER_STEP.search(norm, a, b) for a, b in case.forecast_spans)


# 均已, 全部, 都已 opening a clause: every item counted before it (words.toml report.every_item).
_EVERY_ITEM_LEAD = vocab.pattern("report.every_item")
# 列入, 纳入 (words.toml intention.plan_listed): items put on a list or plan.
_PUT_ON_LIST = vocab.pattern("intention.plan_listed")
# 据年度变更调查初步成果，全县耕地保有量86.9万亩: the words before a figure naming only its source (words.toml
# report.figure_source_lead … report.figure_source) — no survey under way, no stage of the figure's own.
_FIGURE_SOURCE = re.compile(f"(?:{vocab.alternation('report.figure_source_lead')})[^，,。；;：:]{{0,24}}"
                            f"(?:{vocab.alternation('report.figure_source')})[，,:：]?")
# A date a clause opens with (6月底前, 3月底, 年底前, 一季度末): when its step was reached.
_DATED_LEAD = re.compile(r"^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末|份)?|第?[一二三四]季度(?:末|底)?|"
                         f"{vocab.alternation('deadline.year_end', 'deadline.mid_year')})(?:之)?前?")
# A task to solve a problem for a count of people or households (解决1500人安全饮水问题: judging.toml
# words.solve_for_people): the people a finished work benefits (惠及, 受益: words.benefit_verb) answer its count.
# The problem or the level named after the count (…问题, …困难, …保障水平: words.problem_noun): 提升改造老旧小区1200户
# names households whose houses are rebuilt, no people a work benefits (statush, stop 64).
_SOLVE_FOR_PEOPLE = re.compile(rf"(?:{'|'.join(words('solve_for_people'))})[^,;。，；\d]{{0,6}}\d[\d.]*万?[人户]"
                               rf"[^,;。，；\d]{{0,12}}(?:{'|'.join(words('problem_noun'))})")

_CARRY_OUT = re.compile(f"(?:{vocab.alternation('task.carry_out')})" r"[^,;。，；]{0,24}$")


_PROJECT_SIZE = re.compile(f"(?:{vocab.alternation('status.project_size')})(?:{vocab.alternation('status.project_size_tail')}){{0,2}}$")
_A_YEARS_OWN = vocab.pattern("status.project_size_year_own")
# 开工建设第二水厂（设计规模5万吨/日）: a works' design size in brackets after the works (words.toml status.works_capacity),
# the metric's end an opened bracket and the size word — the works' description, as a project's whole investment is.
_WORKS_CAPACITY = re.compile(rf"[(（]\s*(?:{vocab.alternation('status.works_capacity_lead')})?"
                             rf"(?:{vocab.alternation('status.works_capacity')})"
                             rf"(?:{vocab.alternation('status.project_size_tail')}){{0,2}}\s*$")
# 建设区应急指挥中心（总投资4800万元）: the works' whole investment in brackets right after them describes the works as their
# design size does — no amount to reach, beside a stage alone too (words.toml status.project_size; statusb, stop 64).
_SIZE_IN_BRACKETS = re.compile(rf"[(（]\s*(?:{vocab.alternation('status.project_size')})"
                               rf"(?:{vocab.alternation('status.project_size_tail')}){{0,2}}\s*$")


# 全年建设任务8个, 年度建设任务为6处, 今年目标任务共12个 (after the answering unit's colon): the year's task and its count,
# the target said again — no work done (progress.stated_share_year for the year's words).
_TASK_COUNT_SAID = re.compile(rf"\s{{0,2}}(?:[^\d\s,;。，；:：]{{1,12}}[:：])?\s{{0,2}}"
                              rf"(?:{vocab.alternation('progress.stated_share_year')})"
                              r"[^\d,;。，；:：]{0,4}?任务(?:为|共|是)?\s?\d{1,8}(?:\.\d{1,4})?\s?[^\d,;。，；:：]{0,4}$")

# 距完成省定降幅3%的目标任务还差0.4个百分点 (a reply's clause of the gap left): the target restated with what is still
# short of it — no work done, its figures the target's and the gap's (report.gap_lead, report.gap_short).
_GAP_TO_TARGET = re.compile(rf"\s{{0,2}}[^\d,;。，；:：]{{0,4}}?(?:{vocab.alternation('report.gap_lead')})"
                            rf"[^,;。，；]{{1,40}}?(?:{vocab.alternation('report.gap_short')})")


# A reply's first clause that is the task's own sentence word for word (该区今年共实施20项惠民工程，…6项已完工): the task
# written again as the subject of the facts after it, no work done — unless it says done (已, a verb of finishing).
_ECHO_STRIP = re.compile(r"[\s,;。，；:：、]+")


def _task_echoed(task_text: str, norm: str, clauses: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The reply's first clause when it repeats the task's whole text (spaces and stops aside), holding a figure, in a
    sentence that goes on after it to a figure said done with 已 (no breakdown, 其中…), with nothing said done in the
    clause itself (no 已, no verb of finishing): the task restated."""
    task = _ECHO_STRIP.sub("", for_parsing(task_text))
    sentences = _spans(_SENTENCE, norm)
    if len(task) < 6 or not _DIGIT.search(task) or not clauses or not sentences:
        return None
    a, b = clauses[0]
    said = _ECHO_STRIP.sub("", norm[a:b])
    if said != task or b >= sentences[0][1] or "已" in said or _COMPLETION_FINISH.search(said):
        return None
    # (a later clause of its sentence says a figure done with 已, no breakdown of it (其中…): else the terse reply
    # 新建…800公里，其中县道120公里 gives the task's figure as done)
    later = [(c, d) for c, d in clauses[1:] if d <= sentences[0][1] and not _BREAKDOWN_LEAD.match(norm, c)]
    return (a, b) if any("已" in norm[c:d] and _DIGIT.search(norm, c, d) for c, d in later) else None


def _project_size(t: Indicator) -> bool:
    """A target named as the project's whole investment (总投资3.4亿元), no year's amount (年度…, 年内完成…)."""
    metric = _NON_WORD_OR_DIGIT.sub("", t.metric or "")
    m = _PROJECT_SIZE.search(metric)
    return m is not None and t.kind not in ("growth_rate", "decline_rate") and not _A_YEARS_OWN.search(metric[:m.start()])


def _works_capacity(t: Indicator) -> bool:
    """A figure named as a works' design size in brackets right after the works (开工建设第二水厂（设计规模5万吨/日）), or
    the works' whole investment so (建设应急指挥中心（总投资4800万元），年内完成主体工程: statusb, stop 64)."""
    return t.kind not in ("growth_rate", "decline_rate") and (
        _WORKS_CAPACITY.search(t.metric or "") is not None or _SIZE_IN_BRACKETS.search(t.metric or "") is not None)


def _policy_name(t: Indicator, task_text: str) -> bool:
    """A count of 条 written in Chinese numerals after 贯彻/落实/实施 (落实…发展二十八条): a policy's name."""
    if t.unit != "条" or _DIGIT.search(t.text or "") or not t.span or t.span[1] <= 0:
        return False
    return bool(_CARRY_OUT.search(for_parsing(task_text)[:t.span[0]]))


_CHANGE_ON_YEAR = re.compile(f"(?:{vocab.alternation('verify.year_on_year')})[^\\d,;。，；]{{0,2}}?"
                             f"(?:{pattern('change_on_year').pattern})了?$")
_FALL_BEFORE = re.compile(f"(?:{'|'.join(words('fall'))})[^\\d,;。，；]{{0,3}}$")


# 共8个 / 总计12条 right before a figure: the figure is a total (build_case: the whole, when a figure of its unit done follows).
_TOTAL_LEAD = re.compile(f"(?<!公)(?:{vocab.alternation('figure.total_lead')})有?$")


_NOT_ABLE_END = re.compile(r"未能?$")


# The place a task is about, opening it (高新区新增规上工业企业20家, 东湖镇完成农村户厕改造600户, 城南街道…): a name of two
# to six characters ending as a place below the report's own does (words.toml [report.sub_unit_suffix]).
_TASK_AREA = re.compile(rf"\s*(?P<area>[^\d\s,;。，；、:：“”()（）]{{2,6}}?(?:{vocab.alternation('report.sub_unit_suffix')}))")
_AREA_NOT = vocab.pattern("report.area_not_lead")
_WHOLE_AREA = vocab.pattern("report.whole_area")


# 受理信访事项200件，尚未办结30件: a clause opening on not yet (words.toml report.remainder_not_yet) and a verb, then its
# count, after a whole received or found (report.rate_whole_lead) in the same unit earlier in the sentence.
_REMAINDER_NOT_YET = re.compile(f"\\s*(?:{vocab.alternation('report.remainder_not_yet')})"
                                r"(?P<verb>[\u4e00-\u9fff]{2})[^\d,;。，；:：]{0,4}$")
_WHOLE_RECEIVED = vocab.pattern("report.rate_whole_lead")


def _closed_of_received(case: Case, norm: str) -> None:
    """受理群众诉求800件，尚未办结100件: the count not yet done after a whole received is the remainder, so the whole
    less it is the part done in the remainder's verb (700 办结) — work done, no statement that nothing is done
    (statuse, stop 60).  The fact keeps its place in the reply; its value and name become the part done."""
    for k, f in enumerate(case.facts):
        said = _REMAINDER_NOT_YET.match(norm, f.clause[0], f.fact.span[0]) if f.role == "not_started" else None
        if said is None:
            continue
        whole = next((g for g in reversed(case.facts[:k]) if g.sentence == f.sentence
                      and g.role not in ("compared", "except") and "未" not in norm[g.clause[0]:g.clause[1]]
                      and _unit_of(g.fact) == _unit_of(f.fact) and g.fact.value > f.fact.value
                      and _WHOLE_RECEIVED.search(norm, g.clause[0], g.fact.span[0])), None)
        if whole is None or case.in_forecast(f.fact.span[0]):
            continue
        pf = ProgressFact(said.group("verb"), whole.fact.value - f.fact.value, f.fact.unit, f.fact.scale, False,
                          f.fact.text, f.fact.span)
        case.facts[k] = Fact(pf, "done", f.noun, f.clause, f.sentence, words=f.words)


def _whole_beside_area(case: Case, norm: str, task_text: str) -> None:
    """A task about one place (高新区新增规上工业企业20家) answered by the whole's figure and then the place's own
    (全市新增46家，其中高新区10家; 全县完成2350户，东湖镇完成460户): the whole's figure — its clause opened by 全市, 全县…
    (words.toml [report.whole_area]) before it, the place not named there — is no work of the task's: its role becomes
    ``whole`` and the place's own figure of the unit answers.  A task of the whole (全县完成…3000户) names no place."""
    m = _TASK_AREA.match(for_parsing(task_text))
    if m is None or _AREA_NOT.match(m.group("area")):
        return
    area = m.group("area")
    own = {_unit_of(f.fact) for f in case.facts if area in norm[f.clause[0]:f.fact.span[0]]}
    if not own:
        return
    for f in case.facts:
        lead = norm[f.clause[0]:f.fact.span[0]]
        if _unit_of(f.fact) in own and area not in lead and _WHOLE_AREA.search(lead):
            f.role = "whole"


def _projects_size_beside_done(case: Case) -> None:
    """重点推进项目398个，总投资772.4亿元，当年已完成投资26.3亿元 for 力争实现投资300亿元: a money figure named as the
    projects' size over their life (总投资, 计划总投资: words.toml [status.project_size], its own name ending so) beside
    another figure of its unit said done in the reply is the projects' size, no work done — its role becomes ``whole``
    and the amount done answers.  A task asking the size itself (总投资3.4亿元 as a target) keeps it."""
    if any(_project_size(t) for t in case.targets):
        return
    sizes = [f for f in case.facts if _PROJECT_SIZE.search(_NON_WORD_OR_DIGIT.sub("", f.fact.metric or ""))
             and f.role not in ("scope", "whole")]
    for f in sizes:
        if any(g is not f and g not in sizes and g.role == "done" and _unit_of(g.fact) == _unit_of(f.fact)
               for g in case.facts):
            f.role = "whole"


def _life_total_beside_share(case: Case, norm: str) -> None:
    """累计完成投资18.6亿元，占总投资的62% for 年度计划投资6亿元: an amount done whose sentence then gives its share of the
    project's whole investment (words.toml status.life_share_lead) counts the project since its start, not the year —
    its role becomes ``whole``, no answer to the year's plan (rule question 25).  Only for a task asking a year's plan
    (status.investment_plan_label), not the whole investment itself."""
    if not _STATUS_INVESTMENT_PLAN_LABEL.search(for_parsing(case.task_text)) or any(_project_size(t) for t in case.targets):
        return
    for f in case.facts:
        # (今年以来完成投资1.2亿元，累计完成6.3亿元，占总投资的70%: the share the nearer figure's, the year's stands)
        end = min([g.fact.span[0] for g in case.facts if g.fact.span[0] > f.fact.span[1]] + [f.sentence[1]])
        if f.role == "done" and vocab.unit_kind(f.fact.unit) == "money" and _STATUS_LIFE_SHARE_LEAD.search(norm, f.fact.span[1], end):
            f.role = "whole"


# 全市老旧小区改造共36个 (words.toml report.programme_size_lead): the programme's size said with 共 right before the count.
_SIZE_LEAD = re.compile(f"(?:{vocab.alternation('report.programme_size_lead')})\\s*$")
_SIZE_LEAD_NOT = re.compile(f"已|{vocab.alternation('report.programme_size_not')}")


def _programme_size(case: Case, norm: str) -> None:
    """全市老旧小区改造共36个，分布在5个区。截至10月底，已完成改造14个: a count with 共 right before it and no word of
    work done or gained before that (已, 完成, 新增: words.toml report.programme_size_not), then a smaller count of its
    unit said done with 已 or 完成 later in the reply — the first is the programme's size, its role ``scope``, no work
    done (before, read as the whole done)."""
    for f in case.facts:
        lead = norm[f.clause[0]:f.fact.span[0]]
        if f.role != "done" or not _SIZE_LEAD.search(lead) or _SIZE_LEAD_NOT.search(lead):
            continue
        if any(g.role == "done" and g.fact.span[0] > f.fact.span[1] and _unit_of(g.fact) == _unit_of(f.fact)
               and g.fact.value < f.fact.value and _SIZE_LEAD_NOT.search(norm[g.clause[0]:g.fact.span[0]])
               for g in case.facts):
            f.role = "scope"


# 完成年度计划的104%, 占全年目标的60%: a clause that is only a share of the plan or target (words.toml report.share_only_clause).
_SHARE_ONLY = re.compile(rf"(?:{vocab.alternation('report.share_only_clause')})[^\d,;。，；]{{0,14}}?"
                         r"(?:\d+(?:\.\d+)?[^\d,;。，；%]{0,4})?的?\s*\d+(?:\.\d+)?\s*%[。.;；]?")


# The check an acceptance pending names (words.toml report.acceptance_check: 验收, 销号) said passed in the figure's own
# clause (已完成整改并销号12项, 已通过验收5个): the pending check is not this figure's (statusa, stop 62).
_CHECK_PASSED = re.compile(rf"(?:{vocab.alternation('report.check_passed_lead')})[^,;。，；\d]{{0,2}}?"
                           rf"(?P<check>{vocab.alternation('report.acceptance_check')})")


def _check_passed_own(pending: str, clause: str) -> bool:
    """The check ``pending`` names is said done in the figure's own ``clause`` (并销号, 已验收, 通过验收)."""
    return any(m.group("check") in pending for m in _CHECK_PASSED.finditer(clause))


# 、 right after a figure: the next figure of the clause is listed beside it (已开工9个、竣工2个).
_LISTED_AFTER = re.compile(r"、")


def _prep_finished_own(words: str, after: str) -> bool:
    """A listed figure's own words (6台完成治理方案编制) hold a finishing word, every one of which finishes a
    preparatory object, and no work under way: the items are prepared only (roles._role reads them preparing)."""
    return bool(_COMPLETION_FINISH.search(words)) and _role(words, after) == "preparing"


# Words of a step short of the finish that a task may itself count its items at (基本建成, 基本完成: words.toml
# stage.nearly_done_word).
_NEARLY_DONE_WORDS = vocab.words("stage.nearly_done_word")


# A task counting items to start (words.toml status.start_items_target) and a count of them said all started after it
# (status.all_started_count).
_START_ITEMS_TASK = vocab.pattern("status.start_items_target")
_ALL_STARTED_COUNT = vocab.pattern("status.all_started_count")


def _own_nearly_done(clause: str, task_norm: str) -> bool:
    """The clause says its figure is at a nearly-done step (基本建成) that the task's own target names: 全国计划基本建成
    470万套 answered by 基本建成544万套 — the step the task counts, so the figure is done; 建成…470套 answered by 基本建成
    is not (the task asks for the finish), nor is a step of the works at it (主体工程基本建成, words.toml stage.work_step)
    where the task names no such step."""
    if _STAGE_WORK_STEP.search(clause) and not _STAGE_WORK_STEP.search(task_norm):
        return False
    return any(w in clause and w in task_norm for w in _NEARLY_DONE_WORDS)


# 宫颈癌、乳腺癌免费检查各8000人, 开展防溺水、防诈骗宣传各20场: a list of items (words.toml [task.each_list_mark]) before
# 各 and one figure — the figure is each item's.
_EACH_END = re.compile(r"各\s*$")
_EACH_LIST_MARK = re.compile(f"(?:{vocab.alternation('task.each_list_mark')})")


# A clause that opens with an intention (将于10月集中选房, 预计下月分配): no subject of its own, it plans the step of the
# items the clause before it counts.
_PLAN_OPENS = re.compile(rf"\s*(?:{vocab.alternation('intention.clause_lead')})")
# Steps of preparation, the status rules' and the stage ladder's (审核 of eligibility, 设计, 招标 …).
_PREP_STEP = re.compile("|".join(re.escape(w) for w in vocab.longest_first((*vocab.words("stage.preparing"), *words("preparing")))))


def _step_before_plan(case: Case, norm: str, clauses, cl: tuple[int, int], se: tuple[int, int], task_norm: str) -> bool:
    """A count's clause whose every finishing word finishes a step of preparation (stage.preparing) the task does not
    name, then in its sentence a clause with no subject of its own forecasting the items' next step (其余52套已完成资格
    审核，将于10月集中选房 for 完成公租房分配200套): only the step before the work is done, the work itself is the plan
    — never work done.  (已建成学校6所，将于9月投用: what was finished is the works, done; 完成编制3个 for 编制规划3个: the
    task's own work.)"""
    finished = list(_COMPLETION_FINISH.finditer(norm, cl[0], cl[1]))
    if not finished:
        return False
    for m in finished:
        steps = [p.group(0) for p in _PREP_STEP.finditer(norm, m.end(), cl[1])]
        if not steps or any(w in task_norm for w in steps):
            return False
    nxt = next(((a, b) for a, b in clauses if a >= cl[1]), None)
    return nxt is not None and nxt[0] < se[1] and nxt in case.forecast_spans and bool(
        _PLAN_OPENS.match(norm, nxt[0]) and _FORECAST.search(norm, nxt[0], nxt[1]))


def _said_after_count(case: Case, norm: str, f: ProgressFact, facts: list, every: list, clauses,
                      cl: tuple[int, int], se: tuple[int, int]) -> str | None:
    """What a count with no verb of its own is said to have reached by the figureless clauses after it in its
    sentence (4个托育点受场地影响，目前均未开工); ``facts`` are the row's figures read as facts, ``every`` all its
    figures, planned ones too.  Over the further counts of a list with no verb of their own, a
    clause that says it of all of them (均已, 全部: report.every_item) speaks of this count's items too (甲路硬化4公里,
    乙路硬化2公里,丙路硬化均已完成项目设计: each only designed).  A forecast among them (预计下半年实施) tells no step
    reached; "planned" when nothing else is said of the items but a forecast follows in the sentence, after only counts
    of the same unit (甲路4公里,乙路2公里,预计下半年实施): their work is the plan, never work done."""
    def forecast(a: int, b: int) -> bool:
        return (a, b) in case.forecast_spans and bool(_FORECAST.search(norm, a, b))

    later = min([g.span[0] for g in facts if g.span[0] >= cl[1]] + [se[1]])
    if _role(norm[cl[1]:later], "") == "not_started":
        return "not_started"
    after = [(a, b) for a, b in clauses if cl[1] <= a < se[1]]
    others = next((i for i, (a, b) in enumerate(after) if REMAINDER_LEAD.match(norm, a, b)), len(after))
    after = after[:others]      # (另有3个正在洽谈: other items than those counted, and what follows is theirs)
    said = _role("，".join(norm[a:b] for a, b in after if a < later and not forecast(a, b)), "")
    if said is None:
        for a, b in after:
            r = None if a < later or forecast(a, b) else _role(norm[a:b], "")
            if r is None:
                continue        # another item of the list, named or counted with no verb, or a plan
            if not _DIGIT.search(norm, a, b) and _EVERY_ITEM_LEAD.search(norm, a, b):
                said = r
            break
    plan = next((i for i, (a, b) in enumerate(after) if forecast(a, b)), None)
    if said is None and plan is not None and all(any(a <= g.span[0] < b and _unit_of(g) == _unit_of(f) for g in every)
                                                 for a, b in after[:plan]):
        return "planned"        # (only counts of the same unit between: the list's other items, then their plan)
    steps = [m.start() for m in pattern("preparing").finditer(norm, cl[1], se[1])] if said == "preparing" else []
    if steps and all(in_cause(norm, at) for at in steps):
        return None             # 受土地征收影响进展缓慢: what holds the work up, no step its items reached
    return said


def _each_listed(targets: list[Indicator]) -> list[Indicator]:
    """A count target written for each item of a list (完成适龄儿童免费口腔检查和窝沟封闭各6000人): one target per item, each of
    the figure, named by its item's stretch of the name (完成适龄儿童免费口腔检查 | 窝沟封闭) — each answered by its own
    figure and the worst deciding, never the items' figures summed against one.  A rate or a list of more than four
    items is left whole."""
    out = []
    for t in targets:
        name = _EACH_END.sub("", t.metric or "")
        items = [x for x in _EACH_LIST_MARK.split(name) if x.strip()] if name != (t.metric or "") else []
        if t.kind != "count" or not 2 <= len(items) <= 4 or any(len(_NON_WORD_OR_DIGIT.sub("", x)) < 2 for x in items):
            out.append(t)
            continue
        out += [replace(t, metric=x) for x in items]
    return out


# 建成长三角…供应基地3优质专用粮食基地喜获丰收: a figure with no unit right between two runs of words — its unit and the
# clause mark lost in copying a table — after the very name a count target of the task ends on (…供应基地6个): that
# target's count, in its unit.  Not before a unit, a date's or an order's word (3月, 2期, 第3批: words.toml
# figure.unit_lost_not), nor where the names of several targets fit.
_BARE_BETWEEN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,6}(?=[\u4e00-\u9fff])")
_UNIT_LOST_NOT = re.compile(f"(?:{vocab.unit_alternation()}|{vocab.alternation('figure.unit_lost_not')})")
_UNIT_LOST_NAME = 4     # characters of the target's name the words before the figure must end on


def _unit_lost(norm: str, targets: list[Indicator], facts: list[ProgressFact]) -> list[ProgressFact]:
    out = []
    counts = [t for t in targets if t.kind == "count" and len(t.metric or "") >= _UNIT_LOST_NAME]
    if not counts:
        return out
    for m in _BARE_BETWEEN_WORDS.finditer(norm):
        s, e = m.span()
        if any(f.span[0] <= s < f.span[1] for f in facts) or _UNIT_LOST_NOT.match(norm, e) or norm[s - 1] == "第":
            continue
        before = norm[max(0, s - 40):s]
        before = before[max(before.rfind(c) for c in ",;。，；:：、") + 1:]
        hits = [t for t in counts if for_parsing(t.metric).endswith(before[-_UNIT_LOST_NAME:])]
        if len(before) >= _UNIT_LOST_NAME and len(hits) == 1:
            t = hits[0]
            out.append(ProgressFact(metric=before, value=float(m.group(0)), unit=t.unit, scale=t.scale,
                                    text=m.group(0), span=(s, e)))
    return out


# 1-7月份,预计完成固定资产投资61亿元 at 31 July, 预计全年增长5.8% at 31 December: an estimate (words.toml
# forecast.estimate_word) of a period (forecast.estimate_period, or 1-N月) that has ended by the report's date, in its
# clause or in a short clause just before it naming only the period, is that period's figure for the pace — not a
# forecast, never work done (guard EstimateNotDone; the labels' README rule question 29).  A period of another year
# (明年上半年: forecast.estimate_not) or still to come (预计全年 at 30 June) stays a forecast.
_ESTIMATE_WORD = vocab.pattern("forecast.estimate_word")
_ESTIMATE_PERIOD = re.compile(rf"(?P<w>{vocab.alternation('forecast.estimate_period')})"
                              r"|(?<![\d.])(?:1|一)\s*[-—–~至到]\s*(?P<m>1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])\s*月")
_ESTIMATE_NOT = re.compile(f"(?:{vocab.alternation('forecast.estimate_not')})$")
_PERIOD_ONLY_CLAUSE = 10    # characters at most of a clause before the estimate that names only its period


def _period_end_month(m: re.Match) -> int:
    """The last month of the period an _ESTIMATE_PERIOD match names (1-5月 → 5, 一季度 → 3, 上半年 → 6), 0 for none."""
    return PERIOD_END_MONTH.get(m.group("w") or "") or month_number(m.group("m") or "")


# 预计增长3% read at 31 December for 地区生产总值增长6%: a clause that is only an estimate's word, a change and a per-cent
# figure, no measure and no period named — in a reply to a task of one per-cent measure, read at the year's end, it is
# the year's estimate, the period ended (rule question 29; pg40-012's shape, statusb stop 53).
_BARE_ESTIMATE = re.compile(rf"^\s*(?:{vocab.alternation('forecast.estimate_word')})"
                            rf"(?:{vocab.alternation('forecast.bare_change')})约?\d+(?:\.\d+)?%\s*$")


def _bare_year_estimate(clause: str, case: Case) -> bool:
    return case.month_end_reached(12) and len(case.targets) == 1 \
        and case.targets[0].unit == "%" and _BARE_ESTIMATE.match(clause) is not None


# 续建项目预计完成投资62亿元，占年计划的60%; 预估实现营收3.1亿元，完成全年目标的58% in a report at a month's last day: an
# estimate naming no period and no date in its sentence, giving a share of the year's plan or target, is the estimate of
# the year so far — the period ended by the report's date, whose actual figure is not yet out (rule question 29).  Not
# with a time in its sentence outside the share (预计9月底完成, 预计年底前…: a date; 1-6月… the period the rule above
# reads), a modal right after the word (预计可完成, 预计将达到: a forecast), a condition to come right before it (投用后预计新增
# …: what the work will give), or a report dated within a month.
_UNNAMED_SHARE = vocab.pattern("forecast.unnamed_estimate_share")
_UNNAMED_TIME = vocab.pattern("forecast.unnamed_estimate_time")
_UNNAMED_AHEAD = re.compile(f"(?:{vocab.alternation('forecast.unnamed_estimate_ahead')})")
_UNNAMED_AFTER = re.compile(f"(?:{vocab.alternation('forecast.unnamed_estimate_after')})$")


def _unnamed_estimate(norm: str, w: re.Match, case: Case) -> bool:
    if not case.month_end_reached(case.as_of.month) or _UNNAMED_AHEAD.match(norm, w.end()) \
            or _UNNAMED_AFTER.search(norm, 0, w.start()):
        return False
    s, e = next(((s, e) for s, e in _spans(_SENTENCE, norm) if s <= w.start() < e), (w.start(), len(norm)))
    share = _UNNAMED_SHARE.search(norm, w.end(), e)
    if share is None or not _DIGIT.search(norm, w.end(), share.start()):
        return False
    sentence = _UNNAMED_SHARE.sub(lambda x: "　" * len(x.group(0)), norm[s:e])
    return _UNNAMED_TIME.search(sentence) is None


def _estimates_of_ended(norm: str, clauses: tuple[tuple[int, int], ...], case: Case) -> list[tuple[int, int]]:
    if case.as_of is None:
        return []
    out = []
    for k, (a, b) in enumerate(clauses):
        if not _DIGIT.search(norm[a:b]):
            continue
        w = _ESTIMATE_WORD.search(norm, a, b)
        if not w:
            continue
        if _bare_year_estimate(norm[a:b], case):
            out.append((a, b))
            continue
        # the period after the estimate's word in its clause, else the last before it, else a short clause just
        # before naming only the period (1-7月份,预计完成…)
        after = [m for m in _ESTIMATE_PERIOD.finditer(norm, w.end(), b)]
        before = [m for m in _ESTIMATE_PERIOD.finditer(norm, a, w.start())]
        if not after and not before and k and b - a > 0:
            pa, pb = clauses[k - 1]
            if pb - pa <= _PERIOD_ONLY_CLAUSE and not _SENTENCE_MARK.search(norm[pb:a]):
                before = list(_ESTIMATE_PERIOD.finditer(norm, pa, pb))
        m = after[0] if after else before[-1] if before else None
        if m is None and _unnamed_estimate(norm, w, case):
            end = next((e for s, e in _spans(_SENTENCE, norm) if s <= a < e), b)
            out.append((a, max(b, end)))
            continue
        if m is None or _ESTIMATE_NOT.search(norm[max(0, m.start() - 3):m.start()]):
            continue
        if case.month_end_reached(_period_end_month(m)):
            # (预计完成…61亿元,完成全年…的40.1%: the rest of its sentence is the estimate's)
            end = next((e for s, e in _spans(_SENTENCE, norm) if s <= a < e), b)
            out.append((a, max(b, end)))
    return out


def _period_end_before(norm: str, pos: int, start: int) -> int:
    """The last month of the period named last before pos from start (1-5月 → 5, 一季度 → 3, 上半年 → 6), 0 for none or
    for one of another year (上年一季度: forecast.estimate_not)."""
    found = list(_ESTIMATE_PERIOD.finditer(norm, start, pos))
    m = found[-1] if found else None
    if m is None or _ESTIMATE_NOT.search(norm[max(0, m.start() - 3):m.start()]):
        return 0
    return _period_end_month(m)


def _kind_of(f: ProgressFact) -> tuple[str, bool]:
    # (a growth and a share are both per cent: 增长6.2% answers a growth, 占年度计划的52% a share)
    return f.unit, bool(_GROWTH_WORD.search(f.metric[-4:]))


_GROWTH_WORD = vocab.pattern("forecast.estimate_change")


def _outdated_by_estimate(case: Case, norm: str, facts: list[ProgressFact]) -> dict[tuple[int, int], set[tuple[int, int]]]:
    """1-5月增长5.8%，预计上半年增长6.6% at 30 June; 1-2月增速9.5%，一季度预计增速7.2% at 31 March: an actual figure of an
    earlier period before the estimate of a period ended by the report's date (Case.estimate_spans) is outdated by it —
    the ended period's estimate is the later figure and decides the pace (the lead's decision D6, stop 51; the labels'
    README rule question 29).  Only a figure of the same kind (unit; a growth or not) whose own period, named before it
    in its sentence, ends before the estimate's; a figure with no period named keeps its place.  The actual's span to the
    spans of the estimates that outdate it: it gives way only where one of them answers the same part (_assign)."""
    if not case.estimate_spans:
        return {}
    sentences = _spans(_SENTENCE, norm)
    est = []
    for g in facts:
        if case.in_estimate(g.span[0]):
            a, b = next((s, e) for s, e in case.estimate_spans if s <= g.span[0] < e)
            # (a bare year estimate, _bare_year_estimate: the year's, whatever period its sentence named before it)
            end = 12 if _BARE_ESTIMATE.match(norm[a:b]) else _period_end_before(norm, g.span[0], a) or _period_end_before(
                norm, g.span[0], next((s for s, e in sentences if s <= a < e), a))
            if end:
                est.append((g, end))
    out = {}
    for f in facts:
        if case.in_estimate(f.span[0]):
            continue
        se = next((s for s, e in sentences if s <= f.span[0] < e), f.span[0])
        mine = _period_end_before(norm, f.span[0], se)
        later = {g.span for g, end in est if mine and g.span[0] > f.span[0] and end > mine and _kind_of(g) == _kind_of(f)}
        if later:
            out[f.span] = later
    return out


def _estimate_facts(row: ProgressRow, case: Case, norm: str, task_text: str) -> list[ProgressFact]:
    """The figures of the estimates of a period ended (Case.estimate_spans), which the reader leaves out as planned:
    read again with the estimate's word blanked, at their own places."""
    if not case.estimate_spans or len(norm) != len(row.progress or ""):
        return []
    text = list(row.progress or "")
    for a, b in case.estimate_spans:
        for m in _ESTIMATE_WORD.finditer(norm, a, b):
            text[m.start():m.end()] = "　" * (m.end() - m.start())
    have = {f.span for f in row.facts}
    return [f for f in parse_row("".join(text), task=row.task or task_text).facts
            if case.in_estimate(f.span[0]) and f.span not in have]


def _sum_of_those_before(case: Case, f: Fact) -> bool:
    """f adds up the two or more figures of its unit just before it in its sentence (宫颈癌筛查1.1万人次、乳腺癌筛查
    0.9万人次，合计2万人次): the reply's own sum of the figures it listed, not a running total from earlier years."""
    before = [g for g in case.facts if g is not f and g.sentence == f.sentence and g.fact.span[1] <= f.fact.span[0]
              and g.role == "done" and _unit_of(g.fact) == _unit_of(f.fact)]
    return len(before) >= 2 and abs(sum(g.fact.value for g in before) - f.fact.value) <= max(0.05, 0.005 * f.fact.value)


# A document's title inside its marks (《某某省…行动计划（2026—2028年）》): its words are a name, no intention.
_TITLE_INSIDE = re.compile(r"(?<=《)[^《》\n]{1,60}(?=》)")


def _blank_plan_nouns(clause: str) -> str:
    """``clause`` with its plan nouns (words.toml intention.plan_noun, drafting) and the inside of its documents' titles
    blanked, the length kept."""
    clause = _TITLE_INSIDE.sub(lambda m: "　" * len(m.group(0)), clause)
    return _PLAN_NOUN.sub(lambda m: "　" * len(m.group(0)), clause)


# After a figure, a list mark then a verb of its own (、开工8座, 、正在施工3座): the list's next item, its words not the
# figure's (the figure's role is read before the mark when its words there say one).
_LIST_ITEM_VERB = re.compile(r"、\s*[\u4e00-\u9fff]")


# After the rest's clause, a comma and a clause with no subject of its own (words.toml report.subjectless_lead:
# 正在安装调试): the same rest's step.
_SUBJECTLESS_NEXT = re.compile(f"[,，]\\s*(?=(?:{vocab.alternation('report.subjectless_lead')}))([^,;。!?\\n，；！？]+)")


def _rest_next_underway(norm: str, end: int) -> bool:
    """The clause after the rest's, ending at ``end``, has no subject of its own and says works going on."""
    m = _SUBJECTLESS_NEXT.match(norm, end)
    return bool(m) and not _DIGIT.search(m.group(1)) and _role(m.group(1), "") == "underway"


def _funds_in_hand(f: ProgressFact) -> bool:
    """A sum of money whose own name says it is in hand (到位资金420万元, 拨付资金, 资金到位): done by its name — the verb
    of a figure before it in the sentence (已申报资金1900万元，到位资金420万元: the application is the other sum's) is not
    its own (README rule question 25: funds won answer 争取, funds applied for never)."""
    metric = f.metric or ""
    return vocab.unit_kind(f.unit) == "money" and bool(_FIGURE_FUNDS_AVAILABLE.search(metric)) \
        and not _FIGURE_FUNDS_UNAVAILABLE.search(metric)


_FUNDS_APPLIED = vocab.pattern("figure.funds_applied")


def _funds_applied(f: ProgressFact) -> bool:
    """A sum of money whose own name says it is only applied for (已申请补助资金3600万元, 申报资金2500万元: words.toml
    figure.funds_applied): pending, never money won or in hand (README rule question 25)."""
    return vocab.unit_kind(f.unit) == "money" and bool(_FUNDS_APPLIED.search(f.metric or ""))


# A plan's clause closed by its date (原计划是12月底前, 计划于年底前: words.toml forecast.date_close after a month, a
# season or the year's words), and the next clause of the same sentence opened by no word of work done or going on
# (forecast.date_close_done): that clause is the plan's predicate (完成道路开通), a forecast as its date is.
_DATE_CLOSED = re.compile(rf"(?:{vocab.alternation('forecast.date_close')})[是为]?\s*$")
_DATE_CLOSE_DONE = re.compile(rf"\s*(?:{vocab.alternation('forecast.date_close_done')})")


def _plan_predicate(norm: str, clauses: list[tuple[int, int]], planned: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses that are the predicate of a plan's clause closed by its date (see _DATE_CLOSED)."""
    out = []
    for c, nxt in zip(clauses, clauses[1:], strict=False):
        if c in planned and nxt not in planned and not _SENTENCE_MARK.search(norm[c[1]:nxt[0]]) \
                and _DATE_CLOSED.search(norm, c[0], c[1]) and not _DATE_CLOSE_DONE.match(norm, nxt[0], nxt[1]) \
                and "已" not in norm[nxt[0]:nxt[1]]:
            out.append(nxt)
    return out


def _case_targets(row: ProgressRow, task_text: str, targets: list[Indicator], norm: str):
    """The task's text and targets a case judges: a lead target the reply restates taken for them, each figure after
    分别 its own item's, a policy's name, a works' design size and a project's size beside the year's figure set
    aside, the items listed each their own.  (lead, task_text, targets, size): size, the project-size targets."""
    lead = _lead_target(row, task_text, targets, norm)
    if lead is not None:
        task_text, targets = lead[1], lead[2]
    if "分别" in task_text and any(not t.metric for t in targets):
        # 进口、出口整体通关时间分别压缩至30小时、1.2小时以内: each figure after 分别 is its own item's (statuse, stop 60)
        targets = [replace(t) for t in targets]
        spread_respective(for_parsing(task_text), targets, shared_name=True)
    # 贯彻落实支持民营企业发展二十八条: the name of a policy, not a count to reach.
    targets = [t for t in targets if not _policy_name(t, task_text)]
    # 某项目：总投资2.6亿元，年度计划投资1.2亿元: the project's size over its life beside a target of the year's own
    # figure, no target itself.  (Beside only a stage to reach it is kept: the parts of the stage then change.)
    # 开工建设第二水厂（设计规模5万吨/日）: the works' design size in brackets describes the works the stage is asked of,
    # no amount to reach, beside a stage alone too (the works' start or finish is the task).
    targets = [t for t in targets if not _works_capacity(t)]
    size = [t for t in targets if _project_size(t)]
    if size and len(size) < len(targets):
        targets = [t for t in targets if t not in size]
    targets = _each_listed(targets)
    return lead, task_text, targets, size


def _restatements(case: Case, row: ProgressRow, task_text: str, targets: list[Indicator], norm: str,
                 clauses: list[tuple[int, int]], lead) -> None:
    """case.forecast_spans: the clauses that are a forecast or plan, or that restate the target, the task or its
    count (no work done), less the plans said fulfilled or whose items are said done."""
    # (a clause holds a plan noun only where the text does: blanked only then; so a document's title in 《》, whose 计划
    # names it — 《…行动计划（2026—2028年）》已于3月20日印发 is a document issued, no plan — blanked inside its marks)
    nouns = _PLAN_NOUN.search(norm) is not None or "《" in norm
    # (已于7月1日起将低保标准提高至…: 将 marks the object after 已, the change made — read as 已将, no forecast)
    case.forecast_spans = [(a, b) for a, b in clauses if _FORECAST.search(DONE_DISPOSAL.sub("已将",
        _blank_plan_nouns(norm[a:b]) if nouns else norm[a:b]))]
    case.estimate_spans = _estimates_of_ended(norm, clauses, case)
    case.forecast_spans = [c for c in case.forecast_spans if not case.in_estimate(c[0])]
    # 原计划是12月底前，完成道路开通: a plan's clause closed by its date, its verb in the next clause — a plan too.
    case.forecast_spans += [c for c in _plan_predicate(norm, clauses, case.forecast_spans) if c not in case.forecast_spans]
    case.forecast_spans += [c for c in _later_month_spans(norm, clauses, case) if c not in case.forecast_spans]
    # 年度目标：完成老旧小区改造20个: a clause opened by the label of a target or plan restates it, never work done.
    case.forecast_spans += [c for c in clauses if _TARGET_LABEL.match(norm, c[0]) and c not in case.forecast_spans]
    # 8月份目标：确定承接商。…完成安装1000户。进展情况：正在… — a target's section runs to the next section's label.
    case.forecast_spans += [c for c in target_sections(norm, clauses) if c not in case.forecast_spans]
    # 全年建设任务8个, 年度建设任务为6处: a clause saying the year's task and its count restates the target.
    case.forecast_spans += [c for c in clauses if _TASK_COUNT_SAID.match(norm, c[0], c[1]) and c not in case.forecast_spans]
    # 距完成…3%的目标还差0.4个百分点: the gap left to the target restates it, no work done.
    gaps = [c for c in clauses if _GAP_TO_TARGET.match(norm, c[0], c[1])]
    case.forecast_spans += [c for c in gaps if c not in case.forecast_spans]
    if lead is not None and lead[0] not in case.forecast_spans:
        case.forecast_spans.append(lead[0])     # the target's clause restates it: no work done
    restated = _lead_restated(row, targets, norm) if lead is None else None
    if restated is not None and restated not in case.forecast_spans:
        case.forecast_spans.append(restated)    # the task's target written again before the facts
    echoed = _task_echoed(task_text, norm, clauses)
    if echoed is not None and echoed not in case.forecast_spans:
        case.forecast_spans.append(echoed)      # the task's own sentence written again before the facts
    # 157个新开工项目完成投资98亿元,…其中已开工38个: the task's own count of items as the subject of what follows
    case.forecast_spans += [c for c in _scope_counts(row, targets, norm) if c not in case.forecast_spans]
    # 已建设的100所幼儿园中,完工63所; 100个重点项目完成投资43.7亿元: the task's own count as its clause's subject
    case.forecast_spans += [c for c in _scope_subject(row, targets, norm) if c not in case.forecast_spans]
    # 全县120个标准化村卫生室创建工作，正在进行县级审查确认: the task's own count naming its work as a clause's subject
    case.forecast_spans += [c for c in _own_work_named(row, targets, norm, clauses) if c not in case.forecast_spans]
    # 原计划年底完成的20个小区改造，已于6月提前全部完成: the plan fulfilled, its count done.
    fulfilled = {c for c, nxt in zip(clauses, clauses[1:], strict=False)
                 if c in case.forecast_spans and nxt not in case.forecast_spans
                 and not _SENTENCE_MARK.search(norm[c[1]:nxt[0]]) and (_PLAN_FULFILLED.match(norm[nxt[0]:nxt[1]])
                                                                  or starts_fulfilled(norm, c, nxt))}
    case.forecast_spans = [c for c in case.forecast_spans if c not in fulfilled]
    # 计划实施的36个项目已全部开工, 列入计划的40个项目均已开工: the plan names the items (a modifier before 的), and the
    # clause says what has been done with them: no plan.
    case.forecast_spans = [c for c in case.forecast_spans if not _PLANNED_ITEMS_DONE.match(norm, c[0], c[1])
                           and not _PLANNED_NOUN_DONE.match(norm, c[0], c[1])
                           # 计划开工项目开工率100%: the planned items measured by their rate of starts
                           and not _PLANNED_NOUN_RATE.match(norm, c[0], c[1])
                           # 一季度拟开工项目的全部审批手续已全部完成: the planned items' own step all done
                           and not _PLANNED_FOR_DONE.match(norm, c[0], c[1])
                           # 50个争取开工项目中23个项目已经开工: the plan word names the whole, its part is said begun.
                           and not planned_whole_part_done(norm, c[0], c[1])]
    # 城市书房8家，计划于9月底前建成: a count with no verb of its own before a plan in its sentence is what is planned.
    for c, nxt in zip(clauses, clauses[1:], strict=False):
        if nxt in case.forecast_spans and nxt not in gaps and c not in case.forecast_spans and _DIGIT.search(norm[c[0]:c[1]]) \
                and not _SENTENCE_MARK.search(norm[c[1]:nxt[0]]) and _role(norm[c[0]:c[1]], "") is None:
            case.forecast_spans.append(c)
    # 预计全年完成投资52亿元,完成年度计划的104%: a clause that is only a share of the plan, right after a forecast with its
    # figure in the same sentence, is the forecast's share — no work done (words.toml report.share_only_clause).
    for c, nxt in zip(clauses, clauses[1:], strict=False):
        if c in case.forecast_spans and nxt not in case.forecast_spans and _DIGIT.search(norm[c[0]:c[1]]) \
                and not _SENTENCE_MARK.search(norm[c[1]:nxt[0]]) and _SHARE_ONLY.fullmatch(norm[nxt[0]:nxt[1]].strip()):
            case.forecast_spans.append(nxt)
    case.forecast_spans = [c for c in case.forecast_spans if not case.in_estimate(c[0])]


def _stock_figures(case: Case, norm: str, size: list[Indicator]) -> None:
    """Figures that are a stock standing now, not the year's work: role "stock"."""
    # 今年新增加装电梯23台,累计加装电梯186台: the running total since earlier years is a stock, not this
    # year's work, when this year's figure stands beside it (or it says since when: 自2018年以来累计).
    # So is a whole count standing now (高新技术企业总数达到142家) beside the year's own (较年初净增18家).
    for f in case.facts:
        # (a whole count only against targets of gains: 新增…30家, not 总数达到150家, whose answer it is)
        total = f.fact.cumulative or (_FIGURE_STOCK_TOTAL.search(f.fact.metric) or _HAVE_REACHED.search(
            norm, f.clause[0], f.fact.span[0])) and all(
            _GAIN_TARGET.match(t.metric) for t in case.targets if _unit_of(t) == _unit_of(f.fact))
        if f.role != "done" or not total or _THIS_YEAR.search(f.words) or _sum_of_those_before(case, f):
            continue
        # (beside a whole count, a figure named as gained, 新增充电桩320个, is the year's own too)
        # (beside a running total past the year's target of gains, 累计达到4350个 for 新建…2000个, a figure named as
        # gained, 全市新开通5G基站1126个, is the year's own: the total cannot be this year's work)
        # (a count a survey looked at, 全市已排查入河排污口1156个, is no year's work beside the total: rules/roles.survey_pool)
        beside = any(g is not f and g.role == "done" and g.sentence == f.sentence and _unit_of(g.fact) == _unit_of(f.fact)
                     and not survey_pool(g.words)
                     and (_THIS_YEAR.search(g.words) or (not f.fact.cumulative and _GAIN_TARGET.match(g.words))
                          or (f.fact.cumulative and _GAINED.match(g.words) and _past_years_gain(case, f, g)))
                     for g in case.facts)
        # (已累计 alone says no start: the task's own period's total, unless the task names the project's whole and the
        # total is past every target of its unit — 总投资20亿元，年度计划6亿元 beside 已累计完成投资8.5亿元)
        if beside or (f.fact.cumulative and _ALL_TIME.search(f.words)) or (
                f.fact.cumulative and _RUNNING_TOTAL_BARE.search(f.words) and size and _past_every_target(case, f)):
            f.role = "stock"


def _scope_figures(case: Case, norm: str, task_text: str, targets: list[Indicator]) -> None:
    """Figures within another (a month's within the total, a breakdown after 其中 or in brackets) or the whole a
    later figure counts in (N个X中, 共N, a pool found, items chosen): their roles set so, never work done."""
    # 8月新入规企业2家，累计新增7家: a month's own figure before the running total of its unit in its sentence is within
    # it, not more work — the total, named by no more than its verb, counts the same thing and answers the target.
    _month_within_total(case, norm, month_first=True)
    # 累计完成投资：1.2亿元；当月完成投资：2500万元: the same after the total, in a table's labelled fields (statusc, stop 56).
    _month_within_total(case, norm, month_first=False)
    # 今年以来新增就业2400人，当月新增260人: the month's own figure after the year so far is within it (statusa, stop 58).
    _month_after_so_far(case, norm)
    # 培训…860人次，其中8月份培训140人次: a period's part after 其中 is within the figure before it (statusb, stop 67).
    _period_among_within(case, norm)
    _month_figures_alone(case, norm, task_text)
    # 现已新增15条，其中夜班线路3条; 已完成搬迁入住1200人(其中:低保户300人): a count done by its own verb, then after 其中
    # in its sentence counts of its unit no larger that say no stage of their own — the first count's breakdown by
    # kind or place, within it, no more work and no other count done (not 已签约7个,其中5个已落地: a stage of its own).
    for a in case.facts:
        lead = norm[a.clause[0]:a.fact.span[0]]
        if a.role != "done" or not (_COMPLETION_VERB.search(lead) or _GAINED.search(lead)) or _COMPLETION_SIGNED.search(lead):
            continue     # (已签约18个，其中落地11个: what was signed, then a later step of some of it)
        for b in case.facts:
            if b.fact.span[0] <= a.fact.span[1] or b.sentence != a.sentence or b.role != "done" \
                    or _unit_of(b.fact) != _unit_of(a.fact) or _value(b.fact) > _value(a.fact):
                continue
            among = _AMONG.search(norm, a.fact.span[1], b.fact.span[0])
            own = norm[among.end():b.fact.span[0]] if among else ""
            if among and _role(own, "") is None and not _STEP_WORD.search(own) \
                    and _role(norm[b.fact.span[1]:b.clause[1]], "") is None:
                b.role = "within"
    # 全年粮食播种面积62.8万亩(夏粮20.5万亩、秋粮42.3万亩): figures in brackets right after a figure of their unit that
    # add up to it are its breakdown, within it — no more work, and the figure before them no scope.
    for a in case.facts:
        opened = _BRACKET_OPEN.match(norm, a.fact.span[1])
        close = norm.find(")", a.fact.span[1]) if opened else -1
        inner = [b for b in case.facts if opened and a.fact.span[1] < b.fact.span[0] < close
                 and _unit_of(b.fact) == _unit_of(a.fact)]
        if a.role == "done" and len(inner) >= 2 and abs(sum(_value(b.fact) for b in inner) - _value(a.fact)) <= 0.01 * _value(a.fact):
            for b in inner:
                b.role = "within"
    # N个X中M个 / 6个街道级儿童之家4个: the first figure is the scope the second counts in.
    for a, b in zip(case.facts, case.facts[1:], strict=False):
        if b.role == "within":
            continue
        same_unit = vocab.comparable_unit(a.fact.unit, a.fact.scale)[0] == vocab.comparable_unit(
            b.fact.unit, b.fact.scale)[0]
        between = norm[a.fact.span[1]:b.fact.span[0]]
        if (same_unit and a.clause == b.clause and b.fact.value <= a.fact.value
                and not _LIST_MARK.search(between) and len(between) <= 14):
            a.role = "scope"
    # 6所学校中,2所已完工;3所正在施工: a clause that is only a count and 中 is the scope the next figures count in.
    for a in case.facts:
        later = [b for b in case.facts if b.fact.span[0] > a.fact.span[1] and b.fact.value <= a.fact.value
                 and _unit_of(b.fact) == _unit_of(a.fact)]
        # (区民政局：5个综合体中，…: the unit answering, before its colon, is no word of the clause)
        lead = _SPEAKER.sub("", _SECTION_LABEL.sub("", norm[a.clause[0]:a.fact.span[0]]))
        tail = _COLON.split(norm[a.fact.span[1]:a.clause[1]])[0]     # 5项工程中：2项完工
        # (5家施工中,5家完成建设 for 完成10家…: work in hand before 中 — 施工中, 设计中 — is a stage of some of the items,
        # not a scope, unless the count is the task's whole: 8条主干道路面改造中，已完成3条 for …8条)
        if later and len(lead) <= 4 and _SCOPE_TAIL.fullmatch(tail) and not (
                _STAGE_BEFORE_ZHONG.search(tail) and not any(t.value == a.fact.value for t in targets)):
            a.role = "scope"
    # 今年的8大类20个民生实事项目,已开工建设18个: a clause that is only the task's own count and its noun, no word of its
    # own and no plan, before a clause of its sentence counting fewer of its unit started, under way, preparing or not
    # begun, is the whole the later figure counts in — not the whole said done.
    # (新建口袋公园12个，另有5个正在施工: a clause with a verb of gain or work is work done; the rest, 另有…, is other items.)
    for a in case.facts:
        own = norm[a.clause[0]:a.clause[1]]
        if a.role != "done" or _role(own, "") is not None or case.in_forecast(a.clause[0]) \
                or _GAINED.search(own) or _COMPLETION_VERB.search(own) or not any(
                _unit_of(t) == _unit_of(a.fact) and _target_value(t) == _value(a.fact) for t in targets):
            continue      # (only the task's own count written again: 续建项目38个全部复工 is no whole restated)
        if any(b.fact.span[0] > a.fact.span[1] and b.sentence == a.sentence and b.clause != a.clause
               and _unit_of(b.fact) == _unit_of(a.fact) and _value(b.fact) < _value(a.fact)
               and not REMAINDER_LEAD.match(norm, b.clause[0])
               and _role(norm[b.clause[0]:b.clause[1]], "") in ("started", "underway", "preparing", "not_started")
               for b in case.facts):
            a.role = "scope"
    # 15座公厕已全部完成选址，其中6座已建成投用，9座正在主体施工: a count only prepared split by 其中 into figures of
    # its unit further on in its sentence, some done and some under way, is the whole they count in.  (均已开工，其中
    # 3座已完工: the count begun stays the rest under way; 达成意向8家，其中2家已注册: no split into both.)
    for a in case.facts:
        split = {b.role for b in case.facts if b.fact.span[0] > a.fact.span[1] and b.sentence == a.sentence
                 and _unit_of(b.fact) == _unit_of(a.fact) and b.fact.value <= a.fact.value
                 and _AMONG.search(norm, a.fact.span[1], b.fact.span[0])}
        if a.role == "preparing" and {"done", "underway"} <= split:
            a.role = "scope"
        # 已完成12条道路的改造方案设计，…5条道路完成路面铺装，其余7条正在施工: a count only prepared, then figures of its
        # unit further on in its sentence that are all at or past the works and add up to it, is the same items at an
        # earlier step — the whole they count in, not items left at preparation (statusb, stop 55).
        later = [b for b in case.facts if b.fact.span[0] > a.fact.span[1] and b.sentence == a.sentence
                 and _unit_of(b.fact) == _unit_of(a.fact)]
        if a.role == "preparing" and len(later) >= 2 and all(b.role in _PAST_PREPARING for b in later) \
                and abs(sum(_value(b.fact) for b in later) - _value(a.fact)) <= 0.01 * _value(a.fact):
            a.role = "scope"
    # 全年改造项目共9个，已竣工7个: a total (共N right before it, no verb of the work in its clause) before a figure
    # of its unit done in the same sentence is the whole the second counts in, not work done.
    for a in case.facts:
        lead = norm[a.clause[0]:a.fact.span[0]]
        if a.role in ("done", None) and _TOTAL_LEAD.search(lead) and not _COMPLETION_VERB.search(lead) and any(
                b.fact.span[0] > a.fact.span[1] and b.sentence == a.sentence and b.clause != a.clause
                and b.role == "done" and _unit_of(b.fact) == _unit_of(a.fact) and b.fact.value <= a.fact.value
                for b in case.facts):
            a.role = "scope"
    # 收集问题386个,已解决253个: what was found or collected is the pool a later figure of its unit is taken from.
    # (确定改造对象450户: a work verb inside the pool's own noun — 改造对象, 帮扶名单 — names the pool, not work done.)
    # (上半年完成：排查发现问题1320个: a header before a colon, the cell's, is no verb of the clause's own)
    for a in case.facts:
        lead = _COLON.split(norm[a.clause[0]:a.fact.span[0]])[-1]
        found = pattern("found_verb").search(lead)
        if a.role in ("done", None) and found and found.group(0) not in case.task_text \
                and (not _COMPLETION_VERB.search(lead) or _POOL_NOUN.search(lead)) \
                and any(
                b.fact.span[0] > a.fact.span[1] and b.sentence == a.sentence and b.role == "done"
                and _unit_of(b.fact) == _unit_of(a.fact) and b.fact.value <= a.fact.value for b in case.facts):
            a.role = "scope"
    # 确定改造提升互助养老点12个: a count the clause opens by choosing (words.toml found.choose_verb) is the items chosen,
    # never work done, whatever work verb names them — unless choosing is the task's own work (确定…试点村10个). Nor is
    # it the items' work at preparation where a plan drawn beside it lends it that role (已制定实施方案，确定创建单位10个,
    # 正在开展创建): the chosen items are the scope, the clauses' own stages judge them.
    for a in case.facts:
        # (5月底进展：已确定…名单: a cell's header before a colon opens no clause of its own)
        chosen = _CHOOSE_LEAD.match(_COLON.split(norm[a.clause[0]:a.fact.span[0]])[-1])
        made = chosen and _CHOSEN_IS_MADE.search(norm[a.clause[0]:min(a.fact.span[1] + 4, a.clause[1])])
        if a.role in ("done", None, "preparing") and chosen and chosen.group(1) not in case.task_text and not (
                made and made.group(0) in case.task_text):
            a.role = "scope"


def build_case(row: ProgressRow, task_text: str, targets: list[Indicator], expected: float,
               as_of: date | None = None) -> Case:
    task_text = task_text or row.task or ""
    progress = own_part(row.progress or "", row.task or task_text)   # the parts naming another work blanked
    norm = for_parsing(progress)
    lead, task_text, targets, size = _case_targets(row, task_text, targets, norm)
    case = Case(row, task_text, list(targets), expected, progress, as_of=as_of)
    clauses = _spans(_CLAUSE, norm)
    _restatements(case, row, task_text, targets, norm, clauses, lead)
    sentences = _spans(_SENTENCE, norm)
    task_norm = for_parsing(task_text)
    lost = _unit_lost(norm, targets, row.facts) + _estimate_facts(row, case, norm, task_text)
    facts = [f for f in sorted(row.facts + lost, key=lambda f: f.span[0]) if not case.in_forecast(f.span[0])]
    case.outdated = _outdated_by_estimate(case, norm, facts)
    for f in facts:
        cl = next(((s, e) for s, e in clauses if s <= f.span[0] < e), (f.span[0], f.span[1]))
        if any(f is g for g in lost):
            cl = (cl[0], f.span[1])     # (its clause mark lost with its unit: the words after are another clause's)
        se = next(((s, e) for s, e in sentences if s <= f.span[0] < e), cl)
        # The role is read from the clause up to the next figure (完成2个,施工8个).
        nxt = min([g.span[0] for g in facts if g.span[0] > f.span[0]] + [cl[1]])
        clause_text = norm[cl[0]:max(nxt, f.span[1])]
        if _LIST_ITEM_VERB.match(norm, f.span[1], max(nxt, f.span[1])) and _role(norm[cl[0]:f.span[1]], "") is not None:
            # 已完成施工图设计4座、开工8座: after the list mark the next item's own verb, not this figure's.
            clause_text = norm[cl[0]:f.span[1]]
        role = _role(clause_text, norm[f.span[1]:cl[1]])
        if REMAINDER_LEAD.fullmatch(norm, cl[0], f.span[0]) and _CAUSE_OPENS.match(norm, f.span[1]) \
                and not _CAUSE_CLOSED.match(norm, f.span[1], cl[1]):
            # 剩余1个因所在片区实施城市更新改造，调整至明年建设: the rest's count, then why it waits (因, 由于, 受: words.toml
            # stage.cause_lead) running to its clause's end, no word closing the cause (stage.cause: 其余6个因资金未到位暂缓
            # keeps its own 暂缓) — the work named in the cause is none of the rest's, nor is the work of the clauses before
            # it (剩余2个因面积较大，目前正在进行绿化施工): what the figureless clauses after it say of the rest, up to the
            # clause of the next figure, is its step (statusd, stop 65).
            ahead = min([g.span[0] for g in facts if g.span[0] >= cl[1]] + [se[1]])
            later = min(max([a for a, _ in clauses if cl[1] <= a <= ahead] + [cl[1]]), se[1]) if ahead < se[1] else se[1]
            said = _role(norm[cl[1]:later], "")
            role = said if said is not None else role
        if role == "preparing" and all(m.group(0) in task_norm for m in pattern("preparing").finditer(clause_text)) \
                and _ONE_STEP_TASK.search(task_norm):
            role = "done"       # 累计完成诊断108家 for 完成企业诊断200家: the step is the task's own work (statusb, stop 55)
        if role == "preparing" and pattern("notice_served").search(task_norm) \
                and pattern("notice_served").search(clause_text):
            role = "done"       # 约谈企业12家 for 约谈重点企业20家: the notice or summons is the task's own work
        if role == "preparing" and pattern("equip_task").search(task_norm) \
                and not pattern("install_task").search(task_norm) and pattern("delivered_only").search(clause_text) \
                and not pattern("underway").search(norm, f.span[1], se[1]):
            # 30辆执法车辆已全部采购到位 for 配备执法车辆30辆: the buying is the task's own work; bought with their delivery
            # or storing foretold later in the sentence (计划9月入库), the work under way, not done
            role = "underway" if _handover_foretold(case, norm, f.span[1], se[1]) else "done"
        if role == "underway" and _own_nearly_done(clause_text, task_norm):
            # 基本建成544万套 for 全国计划基本建成470万套: the task counts its items at that very step (基本建成, 基本完成:
            # words.toml stage.nearly_done_word), so the figure at it is the task's own measure done, not works going on.
            role = "done"
        if role == "underway" and main_works_said_done(clause_text) and main_works_count_task(task_norm):
            # 12座水库除险加固主体工程已全部完工 for 完成12座…除险加固主体工程: the task counts works at their main works
            # finished, so the figure at that step is its own measure done, not works nearly done.
            role = "done"
        if role in ("underway", "started") and _ALL_STARTED_COUNT.search(norm, f.span[1], cl[1]) \
                and _START_ITEMS_TASK.search(task_norm):
            # 30个二季度开复工项目全部开工 for 30个二季度开复工项目: the task counts items to start, all of them said started
            # — its own measure done, not works going on.
            role = "done"
        if role is None and nxt < cl[1] and _role(norm[nxt:cl[1]], "") == "underway" \
                and _REPORT_ITEMS_PUSHED_ON.search(norm, nxt, cl[1]):
            # 119项重点工作和39项实事项目均按进度推进中: the formula of items going on, after the clause's last count, is
            # said of every count the clause lists.
            role = "underway"
        # 已开工9个、竣工2个: a figure listed after another of its clause (、 after the one before it) whose own words
        # finish the work is done, not started or under way by the first figure's verb (the 已 before the list is shared).
        # (施工4条、设计1条: a step other than the finish keeps the reading of the list as a whole.)
        prev = max((g.span[1] for g in facts if cl[0] <= g.span[1] <= f.span[0] and g is not f), default=None)
        if role in ("started", "underway") and prev is not None and _LISTED_AFTER.match(norm, prev) \
                and _role(norm[prev + 1:max(nxt, f.span[1])], norm[f.span[1]:cl[1]]) == "done":
            role = "done"
        # 其余15台中9台正在施工、6台完成治理方案编制: a figure listed after another whose own words finish only a
        # preparatory object (its own 完成 before it: 完成…方案编制, 完成施工图设计) is at preparation, not under way by the
        # first figure's verb (statusa, stop 62; a bare 设计1条 after 施工4条 keeps the list's reading, as above).
        listed = norm.rfind("、", prev, f.span[0]) if prev is not None else -1
        if role in ("started", "underway") and listed >= 0 \
                and _prep_finished_own(norm[listed + 1:max(nxt, f.span[1])], norm[f.span[1]:cl[1]]):
            role = "preparing"
        if (role == "preparing" or role == "done" and pattern("delivered_only").search(clause_text)
                and not pattern("equip_task").search(task_norm)) \
                and _REST_OPENS.match(norm, cl[0]) and _rest_next_underway(norm, cl[1]):
            # 其余6块设备已到货，正在进行安装: the rest prepared (or its equipment delivered), then, in a clause with no
            # subject of its own, its works going on — the rest under way (as rules/status_stage._rest_goes_on reads it
            # with no figure).
            role = "underway"
        if role == "other" and vocab.is_rate(f.unit):
            role = "done"       # 政务服务事项网上可办率达到96.3%: a rate is a level reached, never people served
        if role in ("other", "done") and pattern("benefit_verb").search(clause_text) \
                and _SOLVE_FOR_PEOPLE.search(task_norm):
            # 已完工并通水，惠及群众1620人 for 解决1500人安全饮水问题: the people the finished work benefits are the
            # count; not while the rest of the works go on (其余7处正在施工，已受益群众0.58万人: the people served so
            # far are no share of the pace, the stage decides)
            role = "done" if _COMPLETION_FINISH.search(norm, se[0], f.span[0]) and not any(
                clause_stage(norm[a:b]) in ("underway", "preparing", "not_started")
                for a, b in clauses if se[0] <= a < se[1]) else "other"
        if role == "other" and own_verb_joined(clause_text, task_text):
            role = "done"       # 搬迁入住1856户 for 实施易地扶贫搬迁1856户: moved and in, the task's own work finished
        if role is None and REMAINDER_LEAD.fullmatch(norm, cl[0], f.span[0]) and pattern("halted").search(
                clause_text):
            # 已建成8个，另外7个因资金问题暂缓: a clause opened by the rest's count is about other items than the
            # clauses before it, so it never takes their work; halted, they are not begun.
            role = "not_started"
        if role == "done" and _step_before_plan(case, norm, clauses, cl, se, task_norm):
            role = "preparing"  # 其余52套已完成资格审核，将于10月集中选房: a step before the work, the work itself the plan
        ready = _READY_FOR.search(clause_text) if role in (None, "done", "started", "underway") else None
        if ready:
            # 300套公租房已具备交付条件, 10个项目均已具备开工条件: ready for the step, not through it — ready to finish is
            # nearly done (under way), ready to start is still preparing.
            role = "preparing" if clause_stage(ready.group("step")) in ("underway", "preparing", "active") else "underway"
        if role == "done" and not _COMPLETION_FINISH.search(clause_text):
            # 今年新增改造小区20个，均已完成设计招标: a count with no finish of its own, the clause after it (no figure)
            # saying what all of them (均已, 全部, 都已) have reached — a preparatory step, a start or works under way
            # (均已开工, 均已完成招标，正在施工): the count is at that stage, not done.
            later = min([g.span[0] for g in facts if g.span[0] >= cl[1]] + [se[1]])
            after_all = norm[cl[1]:later].lstrip(",，;； ")
            if _EVERY_ITEM_LEAD.match(after_all) and _role(after_all, "") in ("preparing", "started", "underway"):
                role = _role(after_all, "")
        if role == "preparing" and _ALL_ITEMS_BEGUN.match(
                norm, cl[1], min([g.span[0] for g in facts if g.span[0] >= cl[1]] + [se[1]])):
            # 已完成30家企业的数字化诊断评估，改造项目全部启动实施: a count only prepared, the figureless clause after it
            # saying every item has begun its works (words.toml status.all_items_begun), is that far on — under way, not
            # left at preparation (statusb, stop 55).
            role = "underway"
        if role == "pending" and _PUT_ON_LIST.search(clause_text):
            # 26个项目被列入二季度集中开工项目,6月底前全部开工建设: a count put on a list, the figureless clause after it
            # saying every one of them (全部, 均已) has reached a step — by a date or not — is at that step, not pending.
            later = min([g.span[0] for g in facts if g.span[0] >= cl[1]] + [se[1]])
            after_all = _DATED_LEAD.sub("", norm[cl[1]:later].lstrip(",，;； "))
            if _EVERY_ITEM_LEAD.match(after_all) and _role(after_all, "") in ("started", "underway", "done"):
                role = _role(after_all, "")
        if role is None and _funds_in_hand(f):
            role = "done"       # 已申报资金1900万元，到位资金420万元: money named as in hand is done by its own name
        if role == "done" and _funds_applied(f):
            role = "pending"    # 已申请补助资金3600万元: money only applied for, none won
        if role is None and not _REST_OPENS.match(norm, cl[0]):
            # 涉及面积82万平方米: the sentence before the clause says what it is — not for the rest's count (其余44个图斑位于
            # 偏远区域): the rest is what the clauses before it did not reach, so only the clauses after it say its stage
            before = norm[se[0]:cl[0]]
            source = _FIGURE_SOURCE.search(before)
            role = _role(before[:source.start()] + before[source.end():] if source else before, "")
            if role == "preparing" and any(m.group(0) in task_text for m in pattern("preparing").finditer(before)):
                role = "done"   # 完成土地出让8宗，收入16.2亿元 for 完成土地出让收入…: the task's own work, done
        if role is None:        # 4个托育点受场地影响，目前均未开工: or the figureless clauses after it
            said = _said_after_count(case, norm, f, facts, row.facts, clauses, cl, se)
            if said == "planned":
                continue        # 甲路4公里,乙路2公里,预计下半年实施: the items' work is the plan, no work done
            if _REST_OPENS.match(norm, cl[0]):
                # (其余900户长期不在家，工作人员正在预约上门: the rest at the stage said after it; nothing said, no work done)
                role = said if said is not None else "other"
            else:
                role = said if said in ("not_started", "preparing") else "done"
        elif role == "done" and _pending(_without_others(norm, se, cl)) and not (
                _RECOGNISED.search(clause_text) and not _pending(clause_text)):
            role = "pending"    # 三家企业已通过辅导验收, 申报材料获受理: a count still pending
            # (申报68家,已通过认定52家: the clause's own recognition is done)
        elif role == "done" and _DECISION_AWAITED.search(norm, f.span[1], _before_others(norm, f.span[1], se[1])):
            role = "pending"    # 2个街道已通过区级验收，待市级考核验收: the higher level's decision still to come
        elif role == "done" and (pending := _ACCEPTANCE_PENDING.search(norm, se[0], _before_others(norm, f.span[1], se[1]))) \
                and not _COMPLETION_IN_USE.search(norm[cl[0]:cl[1]]) and not _check_passed_own(pending.group(0), clause_text) \
                and not (main_works_count_task(task_norm) and main_works_said_done(clause_text)):
            # 2个扩建工程均已完工,正在进行验收: finished, acceptance pending — in the figure's sentence up to a clause about
            # other items (已完成整改并销号7项，其余5项已完成整改，正在履行销号程序: the closing pending is the rest's, not
            # the seven closed; statusa, stop 62).  (8座…主体工程已全部完工，其余3座正在组织验收 for 完成8座…主体工程: the
            # acceptance no step the task asks; statusd, stop 62.)
            role = "underway"
        elif role == "preparing" and any(not case.in_forecast(m.start()) and not _NOT_ABLE_END.search(
                norm[max(0, m.start() - 2):m.start()]) and not _start_to_come(case, norm, m.start())
                for m in _STRONG_UNDERWAY.finditer(norm, cl[1], se[1])) \
                and not any(cl[1] <= g.span[0] < se[1] for g in facts):
            role = "underway"   # 8个项目均已完成招标,正在施工: the same items, now under way (拟于7月开工: not yet)
        if not vocab.is_rate(f.unit) and _CHANGE_ON_YEAR.search(norm[cl[0]:f.span[0]]):
            role = "compared"   # 已培育6家,同比增加2家: the change on the year, not work done
        if role == "done" and _EXCEPT_ALL_DONE.search(norm[se[0]:se[1]]) and _EXCEPT_OPEN.search(norm, cl[0], f.span[0]):
            role = "except"     # 除1个小区外已全部完成: the items left out of the whole done, the rest of the target done
        value, high = f.value, f.value_high
        if vocab.is_rate(f.unit) and _FALL_BEFORE.search(norm[cl[0]:f.span[0]]) and value > 0:
            value = -value       # 同比下降1.8%: a fall keeps its sign (下降1.5%-2%: both ends of the range)
            high = None if high is None else -high
        text, span = f.text, f.span
        if not vocab.is_rate(f.unit) and _each_of(norm[cl[0]:f.span[0]]) > 1:
            value *= _each_of(norm[cl[0]:f.span[0]])     # 防汛、消防演练各1次: once for each item listed
            at = row.progress.rindex("各", 0, f.span[0])
            text, span = row.progress[at:f.span[1]], (at, f.span[1])
        pf = ProgressFact(f.metric, value, f.unit, f.scale, f.cumulative, text, span, value_high=high)
        case.facts.append(Fact(pf, role, _noun_after(norm, f.span[1]), cl, se, words=clause_text))
    _closed_of_received(case, norm)
    _whole_beside_area(case, norm, task_text)
    _programme_size(case, norm)
    _projects_size_beside_done(case)
    _life_total_beside_share(case, norm)
    _stock_figures(case, norm, size)
    _scope_figures(case, norm, task_text, targets)
    whole = _rate_whole(case.task_text, targets)
    if whole is not None:
        targets = case.targets = [t for t in targets if t is not whole[0]]
        _count_as_share(case, *whole)
    case.parts = task_parts(case.task_text, targets)
    if not case.facts:
        case.facts += _none_done(case, norm, clauses, sentences)
    case.facts += _same_day_closed(case, norm, clauses, sentences)
    return case


# What makes a row's first clause a fact or a scope rather than a numbered page's target (words.toml
# report.lead_target_not), and a count that only opens a scope (6所学校中).
_LEAD_NOT_TARGET = re.compile(f"(?<!公)(?:{vocab.alternation('report.lead_target_not')})")     # (公共 is no 共)
_LEAD_SCOPE = re.compile(r"中\s*[:：]?\s*$")
_RATE_WORD = re.compile("率")
_NUMBER = re.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![\d.A-Za-z])")     # (5G, 4K: names, no figures)


def _lead_count_clause(row: ProgressRow, norm: str):
    """The progress's first clause when it could be a target written before the facts (_lead_target,
    _lead_restated): it ends before its sentence does, holds one figure, a count or measure (no rate), and says
    nothing done, under way, totalled, dated or found (words.toml report.lead_target_not), opens no scope (6所学校中)
    and is no section label.  Gives (the clauses, its span, its sentence's end, its fact) or None."""
    clauses, sentences = _spans(_CLAUSE, norm), _spans(_SENTENCE, norm)
    if not clauses or not sentences:
        return None
    (a, b), end = clauses[0], sentences[0][1]
    if b >= end or _LEAD_NOT_TARGET.search(norm, a, b) or _LEAD_SCOPE.search(norm[a:b]) \
            or _SECTION_LABEL.match(norm, a) or len(_NUMBER.findall(norm, a, b)) != 1:
        return None
    own = [f for f in row.facts if a <= f.span[0] < b]
    if len(own) != 1 or vocab.is_rate(own[0].unit):
        return None
    return clauses, (a, b), end, own[0]


def _lead_target(row: ProgressRow, task_text: str, targets: list[Indicator], norm: str
                 ) -> tuple[tuple[int, int], str, list[Indicator]] | None:
    """公共停车：新增公共停车泊位1500个，已建成1620个 — a numbered page's row cut at its colon, the title the task and
    the target written first after it: when the task holds no figure and the progress opens on a clause with one
    count or measure (no rate) that says nothing done, under way, totalled, dated or found (words.toml
    report.lead_target_not), and a later clause of that sentence counts the same unit with 已 before it, the first
    clause is the task's target.  Gives the clause, the task with it, and the task's targets read from both."""
    title = for_parsing(task_text).strip().rstrip("。；;")
    # (a title: no figure, no clause of its own, no coverage to reach whose whole the first clause would give, nor every
    # item to reach a verb, 全面复工, whose whole it would give: rules.OwnWorkload reads those)
    if any(t.value is not None and t.kind != "zero" for t in targets) or _DIGIT.search(title) or _CLAUSE_MARK.search(title) \
            or _COVERAGE_GOAL.search(title) or _EVERY_ITEM_GOAL.search(title):
        return None
    lead = _lead_count_clause(row, norm)
    if lead is None:
        return None
    clauses, (a, b), end, own = lead
    unit = vocab.comparable_unit(own.unit, own.scale)[0]

    def done_later(f) -> bool:
        cl = next(((s, e) for s, e in clauses if s <= f.span[0] < e), (f.span[0], f.span[1]))
        return "已" in norm[cl[0]:f.span[0]] and vocab.comparable_unit(f.unit, f.scale)[0] == unit

    if not any(b <= f.span[0] < end and done_later(f) for f in row.facts):
        return None
    text = f"{task_text}：{row.progress[a:b].strip()}"
    found = [t for t in parse_indicators(text)[0] if t.value is not None and t.kind not in ("zero", "deadline")]
    if not found or any(vocab.is_rate(t.unit) for t in found):
        return None
    return (a, b), text, parse_indicators(text)[0]


def _rate_whole(task_text: str, targets: list[Indicator]) -> tuple[Indicator, Indicator, str] | None:
    """全县210个行政村农村生活垃圾分类覆盖率达到90%: a count before a rate in one clause of the task, a rate's word
    (率) between them, is the whole the rate is a share of (the units it covers), not a second target.  Gives the
    count, the rate and the units' noun."""
    norm = for_parsing(task_text)
    for c in targets:
        if c.value is None or vocab.is_rate(c.unit) or c.kind in ("zero", "deadline") or not c.span[1]:
            continue
        noun = _noun_after(norm, c.span[1])
        rate = next((r for r in targets if r is not c and vocab.is_rate(r.unit) and r.value is not None
                     and r.span[0] >= c.span[1] and _RATE_WORD.search(norm, c.span[1], r.span[0])
                     and not _CLAUSE_MARK.search(norm, c.span[1], r.span[0])), None)
        if rate is not None and len(noun) >= 2:
            return c, rate, noun
    return None


def _count_as_share(case: Case, whole: Indicator, rate: Indicator, noun: str) -> None:
    """With no figure of the rate's own reported, a count done of the whole's units (已推行垃圾分类的行政村有170个,
    of 全县210个行政村) is that share of the whole (81%), the figure that answers the rate (rule question 22)."""
    if any(vocab.is_rate(f.fact.unit) and f.role == "done" for f in case.facts):
        return
    base = vocab.comparable_unit(whole.unit, whole.scale)
    for k, f in enumerate(case.facts):
        named = noun in f.words or noun[-2:] in f.words or f.noun and f.noun in noun
        if f.role == "done" and named and vocab.comparable_unit(f.fact.unit, f.fact.scale) == base \
                and 0 < f.fact.value <= whole.value:
            share = round(100.0 * f.fact.value / whole.value, 1)
            pf = ProgressFact(rate.metric, share, rate.unit, rate.scale, False, f.fact.text, f.fact.span)
            case.facts[k] = Fact(pf, "done", f.noun, f.clause, f.sentence, words=f.words)
            return


# A clause that only breaks the figure before it down (其中县道120公里, 包括…, 含…): no count of its own.
_BREAKDOWN_LEAD = re.compile(f"\\s*(?:{vocab.alternation('report.breakdown_lead')})")
# 带动54万人脱贫, 惠及群众3000人: a clause opened by a verb of driving or benefiting (words.toml report.benefit_count_lead).
_BENEFIT_COUNT_LEAD = re.compile(rf"\s*(?:{vocab.alternation('report.benefit_count_lead')})")


def _lead_restated(row: ProgressRow, targets: list[Indicator], norm: str) -> tuple[int, int] | None:
    """新建农村公路800公里，已完成450公里 for 新建农村公路800公里 — the task's own target written again before the
    facts: a first clause holding one figure, equal in value and unit to a target's, that says nothing done, under
    way, totalled, dated or found (words.toml report.lead_target_not), before a later figure of the same unit in its
    sentence (not a breakdown, 其中…), restates the target: no work done — when no other target counts that unit."""
    lead = _lead_count_clause(row, norm) if targets else None
    if lead is None:
        return None
    clauses, (a, b), end, own = lead
    unit, mult = vocab.comparable_unit(own.unit, own.scale)
    # (one target of that unit: beside another, 新建停车场5个、新增泊位2000个, the later figure may answer it)
    if sum(t.value is not None and t.kind != "zero" and vocab.comparable_unit(t.unit, t.scale)[0] == unit for t in targets) != 1:
        return None
    if not any(t.value is not None and vocab.comparable_unit(t.unit, t.scale) == (unit, mult) and t.value == own.value
               or t.value is not None and vocab.comparable_unit(t.unit, t.scale)[0] == unit
               and abs(t.value * vocab.comparable_unit(t.unit, t.scale)[1] - own.value * mult) < 1e-6 for t in targets):
        return None

    def later(f) -> bool:
        cl = next(((s, e) for s, e in clauses if s <= f.span[0] < e), (f.span[0], f.span[1]))
        # (带动54万人脱贫, 惠及群众3000人: a later clause counting whom the work drives or benefits, words.toml
        # report.benefit_count_lead, is its effect, no later figure of the task's own measure)
        return not _BREAKDOWN_LEAD.match(norm, cl[0]) and not _BENEFIT_COUNT_LEAD.match(norm, cl[0]) \
            and vocab.comparable_unit(f.unit, f.scale)[0] == unit

    return (a, b) if any(b <= f.span[0] < end and later(f) for f in row.facts) else None


def _counts_equal_to_target(row: ProgressRow, targets: list[Indicator]):
    """The reply's counts (no rates) equal in value and unit to the task's one target of that unit, each with that
    target, the comparable unit and the count's multiplier: the candidates _scope_counts and _scope_subject test."""
    units = [vocab.comparable_unit(t.unit, t.scale) for t in targets if t.value is not None and t.kind != "zero"]
    for f in row.facts:
        if vocab.is_rate(f.unit):
            continue
        unit, mult = vocab.comparable_unit(f.unit, f.scale)
        if sum(u[0] == unit for u in units) != 1:
            continue
        t = next(t for t in targets if t.value is not None and t.kind != "zero" and vocab.comparable_unit(t.unit, t.scale)[0] == unit)
        _, tm = vocab.comparable_unit(t.unit, t.scale)
        if abs(t.value * tm - f.value * mult) <= 1e-6:
            yield f, t, unit, mult


def _scope_counts(row: ProgressRow, targets: list[Indicator], norm: str) -> list[tuple[int, int]]:
    """157个新开工项目完成投资98亿元,…其中已开工38个 (or 其中新开工项目148个,已开工95个) for a task counting those items:
    a count equal in value and unit to the task's one target of that unit, right before or after the target's own
    noun (two word pairs of its name), with nothing said done before it in its clause (no 已, no verb of finishing),
    and a smaller count of that unit later in its sentence said with 已 — the items the task counts, the subject of
    the figures after it, not a count done: its figure's span (as restated targets are)."""
    out = []
    for f, t, unit, mult in _counts_equal_to_target(row, targets):
        start = max(norm.rfind(c, 0, f.span[0]) for c in ",;。，；") + 1
        before = norm[start:f.span[0]]
        after = norm[f.span[1]:f.span[1] + 12]
        name = bigrams(t.metric or "") - _GENERIC
        if len(name & (bigrams(before) | bigrams(after))) < 2 or "已" in before or _COMPLETION_FINISH.search(before):
            continue
        end = _SENTENCE_MARK.search(norm, f.span[1])
        end = end.start() if end else len(norm)
        if any(f.span[1] <= g.span[0] < end and not vocab.is_rate(g.unit) and vocab.comparable_unit(g.unit, g.scale)[0] == unit
               and g.value * vocab.comparable_unit(g.unit, g.scale)[1] < f.value * mult
               and "已" in norm[max(norm.rfind(c, 0, g.span[0]) for c in ",;。，；") + 1:g.span[0]]
               for g in row.facts):
            out.append(f.span)
    return out


_SCOPE_AMONG = re.compile(rf"[^,;。，；\d]{{0,20}}?(?:{vocab.alternation('report.scope_among')})\s*[,，:：]")
_SCOPE_WHOLE = vocab.pattern("report.scope_whole_said")
# ，改造项目全部启动实施 (words.toml status.all_items_begun, after a clause mark and a few words naming the items).
_ALL_ITEMS_BEGUN = re.compile(rf"[,，;；]\s*[^,;。，；\d]{{0,8}}?(?:{vocab.alternation('status.all_items_begun')})")
# A task whose own work is an assessment of items (完成企业诊断200家, 完成危房鉴定300户: words.toml stage.own_step):
# that step counted is the task's measure done.
_ONE_STEP_TASK = vocab.pattern("stage.own_step")
# The roles of items at or past their works (done, begun, under way): no longer at a preparatory step.
_PAST_PREPARING = frozenset({"done", "started", "underway"})


def _scope_subject(row: ProgressRow, targets: list[Indicator], norm: str) -> list[tuple[int, int]]:
    """The task's own count of items as the subject of its clause, the figures after it being of those items: a
    count equal in value and unit to the task's one target of that unit, beside the target's own noun (two word pairs
    of its name), with nothing said done before it in its clause, and either closed by 中 (已建设的100所幼儿园中,完工63所:
    words.toml report.scope_among) or followed in its own clause, the whole not said (report.scope_whole_said), by a
    figure of another unit, not a rate (100个重点项目完成投资43.7亿元) or by a verb and
    a smaller count of its unit (72个项目开复工71个), a full share (8个公园100%完成) saying the whole — the items the task counts, not a count done: its figure's span
    (as _scope_counts, which asks the smaller count said with 已 anywhere in the sentence)."""
    out = []
    for f, t, unit, mult in _counts_equal_to_target(row, targets):
        start = max(norm.rfind(c, 0, f.span[0]) for c in ",;。，；") + 1
        before = norm[start:f.span[0]]
        end = _CLAUSE_MARK.search(norm, f.span[1])
        end = end.start() if end else len(norm)
        after = norm[f.span[1]:end]
        name = bigrams(t.metric or "") - _GENERIC
        if len(name & (bigrams(before) | bigrams(norm[f.span[1]:f.span[1] + 12]))) < 2:
            continue
        among = _SCOPE_AMONG.match(norm, f.span[1])
        if among and not _SCOPE_WHOLE.search(among.group(0)) and clause_stage(among.group(0)) is None \
                and "在" not in among.group(0):
            out.append(f.span)      # (not 30项实事项目都在积极推进过程中: a stage said of them, not among them)
            continue
        if "已" in before or _COMPLETION_FINISH.search(before) or _SCOPE_WHOLE.search(after):
            continue
        later = [g for g in row.facts if f.span[1] <= g.span[0] < end]
        if any(vocab.is_rate(g.unit) and g.value >= 100 for g in later):
            continue        # 8个口袋公园已100%完成建设: the whole said by its full share — the count is the items done
        # (a rate after the count is the count's own share, 35个项目开工率68.6%: the count stays for it)
        if any(not vocab.is_rate(g.unit) and vocab.comparable_unit(g.unit, g.scale)[0] != unit for g in later) \
                or any(g.value * vocab.comparable_unit(g.unit, g.scale)[1] < f.value * mult
                       and (_COMPLETION_FINISH.search(norm, f.span[1], g.span[0]) or clause_stage(norm[f.span[1]:g.span[0]]))
                       for g in later if not vocab.is_rate(g.unit)
                       and vocab.comparable_unit(g.unit, g.scale)[0] == unit):
            out.append(f.span)
    return out


_WORK_NOUN_END = re.compile(f"(?:{vocab.alternation('task.work_noun')})\\s*$")


def _own_work_named(row: ProgressRow, targets: list[Indicator], norm: str,
                    clauses: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """滨州市200处标准化基层医疗卫生服务机构创建工作，正在进行市级审查确认 for 200处…创建: a clause that is only the task's
    own count and work named as the subject of what follows — one figure, equal in value and unit to a target's, the
    clause ending on the work's noun (task.work_noun: …创建工作) and saying nothing done, under way, totalled or found
    (words.toml report.lead_target_not) — restates the task: no count done."""
    out = []
    for a, b in clauses:
        text = norm[a:b].strip()
        if not _WORK_NOUN_END.search(text) or _LEAD_NOT_TARGET.search(text) or len(_NUMBER.findall(text)) != 1:
            continue
        own = [f for f in row.facts if a <= f.span[0] < b]
        if len(own) != 1 or vocab.is_rate(own[0].unit):
            continue
        # (the count opens the clause, after at most a place: 完成10座…勘查工作, 全面完成30条…任务 say work done)
        pre = norm[a:own[0].span[0]].strip()
        if len(pre) > 6 or clause_stage(pre) is not None or _COMPLETION_FINISH.search(pre):
            continue
        unit, mult = vocab.comparable_unit(own[0].unit, own[0].scale)
        if any(t.value is not None and t.kind != "zero" and vocab.comparable_unit(t.unit, t.scale)[0] == unit
               and abs(t.value * vocab.comparable_unit(t.unit, t.scale)[1] - own[0].value * mult) < 1e-6 for t in targets):
            out.append((a, b))
    return out


@lru_cache(maxsize=1024)
def _none_done_of(head: str) -> re.Pattern:
    """未 (+ words.none_done_verb) (+ 任何) + a measure's head noun at a clause's end: built per head noun, cached."""
    return re.compile(rf"未(?:{'|'.join(words('none_done_verb'))})?(?:任何)?{re.escape(head)}(?=[,;。，；]|$)")


def _none_done(case: Case, norm: str, clauses: tuple[tuple[int, int], ...],
               sentences: tuple[tuple[int, int], ...]) -> list[Fact]:
    """工程尚未开工，上半年未完成投资 for 年内完成投资2亿元: a report with no figure that says the work has not begun and
    writes a measure's own head noun as not done (未 + words.none_done_verb + 投资 at the clause's end): that measure
    at 0."""
    if not any(clause_stage(norm[a:b]) == "not_started" for a, b in clauses if not case.in_forecast(a)):
        return []
    out = []
    for p in case.parts:
        t = p.indicator
        head = _head(t.metric) if t is not None else ""      # a noun (投资), not the work's verb (暂未改造: a stage)
        if t is None or _is_rate(t) or _is_level(t) or not head:
            continue
        m = _none_done_of(head).search(norm)
        if m is None or case.in_forecast(m.start()):
            continue
        cl = next(((a, b) for a, b in clauses if a <= m.start() < b), m.span())
        se = next(((a, b) for a, b in sentences if a <= m.start() < b), cl)
        pf = ProgressFact(head, 0.0, t.unit, t.scale, False, case.progress[m.start():m.end()], m.span())
        out.append(Fact(pf, "done", "", cl, se, words=norm[cl[0]:cl[1]]))
    return out


# 当日办结, 即时办结, 即来即办 (words.toml report.same_day_close): an errand closed within its day, the least of a day's
# time — a time cap in days (压缩至3个工作日以内, 最多5天) met; a cap's verb closing its name (压缩, 缩短) left off it
# (report.time_cap_verb) before its subject is sought in the reply's clause.
_SAME_DAY_CLOSE = re.compile(f"(?<![未不没])(?:{vocab.alternation('report.same_day_close')})")
_TIME_CAP_VERB = re.compile(f"(?:{vocab.alternation('report.time_cap_verb')})+$")
# 尚未实现当日办结, 未能当日办结: the close denied within the few characters before it (denial.short_before).
_SAME_DAY_DENIED = re.compile(f"(?:{vocab.alternation('report.same_day_denied')})")
_DAY_UNITS = frozenset(vocab.words("report.day_cap_unit"))
_SAME_DAY_SUBJECT = 4   # the last characters of the cap's subject that must stand in the clause (抵押登记, not 查封登记)


def _same_day_closed(case: Case, norm: str, clauses: tuple[tuple[int, int], ...],
                     sentences: tuple[tuple[int, int], ...]) -> list[Fact]:
    """简易注销全部实现当日办结 for 简易注销压缩至3个工作日以内: a time cap in days (a duration, comparator <=, unit
    report.day_cap_unit, a day or more) whose subject (its name less the cap's verb, after its last dash or mark; its last
    four characters) stands before a same-day close in one clause of the reply, no figure in that clause, not in a
    forecast: the errand's time at one day, in the cap's unit — met.  A cap under a day (0.5个工作日) or in hours is not
    answered so."""
    out = []
    for p in case.parts:
        t = p.indicator
        if t is None or t.kind != "duration" or t.comparator != "<=" or t.unit not in _DAY_UNITS \
                or t.value is None or t.value < 1:
            continue
        subject = _TIME_CAP_VERB.sub("", _NON_WORD_OR_DIGIT.split(t.metric or "")[-1])
        if len(subject) < 2:
            continue
        for m in _SAME_DAY_CLOSE.finditer(norm):
            cl = next(((a, b) for a, b in clauses if a <= m.start() < b), None)
            if cl is None or case.in_forecast(m.start()) or _DIGIT.search(norm, cl[0], cl[1]) \
                    or subject[-_SAME_DAY_SUBJECT:] not in norm[cl[0]:m.start()] \
                    or _SAME_DAY_DENIED.search(norm, max(cl[0], m.start() - 4), m.start()):
                continue
            se = next(((a, b) for a, b in sentences if a <= m.start() < b), cl)
            pf = ProgressFact(subject, 1.0, t.unit, t.scale, False, case.progress[m.start():m.end()], m.span())
            out.append(Fact(pf, "done", "", cl, se, words=norm[cl[0]:cl[1]]))
            break
    return out


def _each_of(lead: str) -> int:
    """How many items a figure after 各 counts for: the items listed before it in its clause (防汛防台、危化品泄漏综合
    应急演练各1次 → 2; A、B和C各2场 → 3), or 1."""
    lead = lead.rstrip()
    if not lead.endswith("各"):
        return 1
    items = _CLAUSE_MARK.split(lead[:-1])[-1]
    if "、" not in items:
        return 1
    last = items.rsplit("、", 1)[-1]
    return items.count("、") + 1 + any(c in last[1:] for c in "和及与")


# The label of a section in a reply (进展情况：…存在问题：无。下步打算：…) and a section that says there is none.
_SECTION_LABEL = re.compile(f"(?:{vocab.alternation('report.section_label')})\\s*[:：]")
_SECTION_NONE = re.compile(f"(?:{vocab.alternation('report.section_label')})\\s*[:：]\\s*(?:暂)?无(?:[,;。，；]|$)")


# What follows a count that only opens a scope (6所学校中, 12个项目当中): a noun and 中.
# The unit answering before its colon at a clause's start (区民政局：, 县住建局:): not the clause's own words.
_SPEAKER = re.compile(r"^[^\d,;。，；:：]{2,12}[:：]")
_SCOPE_TAIL = re.compile(r"[^\d,;。，；、已正均]{0,10}?(?:当)?中"
                         # (9个进行综合整治改造的老旧小区中: a modifier closed by 的 before the scope's noun)
                         r"|[^\d,;。，；、已正均]{1,16}的[^\d,;。，；、已正均的]{1,10}?(?:当)?中")
# The noun closing a pool's lead before its count (确定改造对象450户, 遴选帮扶名单120户): the chosen, not the done.
_POOL_NOUN = re.compile(f"(?:{vocab.alternation('found.pool_noun')})$")
# A clause opening by choosing the items (确定…, 已选定…, 遴选…) before its count (words.toml found.choose_verb).
_CHOOSE_LEAD = re.compile(rf"\s*已?({vocab.alternation('found.choose_verb')})")
# Items made what the task counts by their choosing (已确定8个试点镇 for 试点…8个镇: words.toml found.chosen_is_made).
_CHOSEN_IS_MADE = re.compile(f"(?:{vocab.alternation('found.chosen_is_made')})")
# A stage word in that tail (施工中, 建设中, 设计中, 招标中, 装修中): the items' work in hand, not the scope's noun.
_STAGE_BEFORE_ZHONG = re.compile("|".join(f"(?:{pattern(name).pattern})" for name in ("underway", "preparing", "nearly_done")))


# This year's period before a figure (今年以来, 2020年, 1-6月, 上半年) and a total since earlier years.
_THIS_YEAR = re.compile(f"{vocab.alternation('time.this_year')}"
                        rf"|(?<![自从])\d{{4}}年(?!{vocab.alternation('time.since_tail')}|底前)|1[-—~至到]\d{{1,2}}月|截至\d{{1,2}}月")
_ALL_TIME = re.compile(rf"(?:自|从)\d{{4}}年(?:{vocab.alternation('time.since_tail')})|{vocab.alternation('time.all_time')}")
# A running total said with no start (已累计: words.toml time.running_total_bare): all years only past a project's year.
_RUNNING_TOTAL_BARE = vocab.pattern("time.running_total_bare")
# 全市有进出口实绩企业达到412家: 有, the things' name, then a verb of reaching right before the figure (words.toml
# figure.stock_have_reach) — the whole count there is now.
_HAVE_REACHED = re.compile(f"(?<![没未])有[^\\d,;。，；:：]{{2,16}}?(?:{vocab.alternation('figure.stock_have_reach')})$")
# 因, 由于, 受 right after a figure: what follows is why its items wait (words.toml stage.cause_lead); closed by a word of
# cause within ten characters (因资金未到位, 受征地影响: stage.cause), the clause goes on after it.
_CAUSE_OPENS = vocab.pattern("stage.cause_lead")
_CAUSE_CLOSED = re.compile(f"(?:{vocab.alternation('stage.cause_lead')})[^,;。，；\\d]{{0,10}}?(?:{vocab.alternation('stage.cause')})")
# A target of items gained (新增, 新建, 引进 …: words.toml completion.gain) at the start of its name.
_GAIN_TARGET = re.compile(f"[^\\d,;。，；]{{0,3}}?(?:{vocab.alternation('completion.gain')})")


# 除1个小区外已全部完成, 除城东1个小区…外，其余均已完成: a figure between 除 and 外, the whole but it said done after (words.toml
# report.except_all_done); 除…外，还新增… (besides) is none.
_EXCEPT_OPEN = re.compile(r"除[^,;。，；除]{0,12}$")
_EXCEPT_ALL_DONE = re.compile(r"除[^。；;]{0,24}?外[,，]?" f"(?:{vocab.alternation('report.the_rest')})?" r"[^,;。，；]{0,4}?"
                              f"(?:{vocab.alternation('report.except_all_done')})"
                              f"(?:{vocab.alternation('completion.finish')})")


def own_verb_joined(clause: str, task: str) -> bool:
    """A served word (judging.toml words.other_verb: 入住) right after two characters of the task's own text that are no
    served word themselves (搬迁入住 for 实施易地扶贫搬迁): the compound verb says the task's work finished — the people
    moved and in — not a later step counted apart (竣工480户；入住450户 for 农村危房改造: 入住 stands alone)."""
    return any(m.start() >= 2 and for_parsing(clause[m.start() - 2:m.start()]) in for_parsing(task)
               and not pattern("other_verb").fullmatch(clause, m.start() - 2, m.start())
               for m in pattern("other_verb").finditer(clause))


# 6月份起, 当月以来: a month a stretch of time runs from, not the month's own figure (words.toml time.month_from).
_MONTH_ON = vocab.pattern("time.month_from")


def _month_figures_alone(case: Case, norm: str, task_text: str) -> None:
    """当月完成固定资产投资1.8亿元 for 完成固定资产投资20亿元: where every figure done of a unit is one month's own (本月,
    当月, 10月份: progress.ONE_MONTH_PERIOD, no period so far beside it) and none is a running total, the row gives no
    figure of the year's work of that unit — the month's figures are set aside (compared), not paced as the year's.
    Not for a rate or level (a month's rate is read as before), a quota per period (每月…), a task of one month, nor in
    January (the month is the year so far)."""
    if case.as_of is not None and case.as_of.month == 1 or ONE_MONTH_PERIOD.search(for_parsing(task_text)):
        return
    done = [f for f in case.facts if f.role == "done"]
    for unit in {_unit_of(f.fact) for f in done}:
        mine = [f for f in done if _unit_of(f.fact) == unit]
        targets = [t for t in case.targets if _unit_of(t) == unit]
        if not targets or any(_is_level(t) or PER_PERIOD.match(t.metric or "") for t in targets) \
                or any(f.fact.cumulative or _THIS_YEAR.search(f.words) for f in mine):
            continue
        # (in the figure's own clause, and no month a stretch runs from: 6月份起陆续恢复，已开展35场 is the year's count)
        months = [f for f in mine if any(not _MONTH_ON.match(norm, m.end()) for m in ONE_MONTH_PERIOD.finditer(
            norm, f.clause[0], f.fact.span[0])) and not PERIOD_SO_FAR.search(norm, f.clause[0], f.fact.span[0])]
        if months and len(months) == len(mine):
            for f in months:
                f.role = "compared"


_BRACKET_OPEN = re.compile(r"\s*\(")
# 本月新增0个；累计新增655个: the month's clause and the running total's, parted by a semicolon only (no full stop) — one
# statement of the month and the total, as in one sentence.
_SEMICOLON_ONLY = re.compile(r"[^。!?！？\n]*[;；][^。!?！？\n]*")
# One month's or one week's own figure (8月新入规2家, 本月新增, 当月完成, 本周进展：铺筑路面2.6公里), not a span of months (1-8月) nor a date (截至8月底).
_ONE_MONTH = re.compile(r"(?<![\d\-—至到~])(?:1[0-2]|[1-9])月份?(?![底末中初以\-—至到~\d])"
                        f"|{vocab.alternation('time.one_month', 'time.one_week')}")


# A verb of a step the breakdown itself states (其中落地11个, 其中已开工5个, 其中完成3个): a stage of some items, no kind.
_STEP_WORD = re.compile(f"(?:{vocab.alternation('completion.landed', 'completion.registered', 'completion.verb')})"
                        f"|{pattern('start_verb').pattern}")
_GAINED = re.compile(f"[^\\d,;。，；]{{0,3}}?(?:{vocab.alternation('completion.gain', 'completion.gain_new')})")


def _past_every_target(case: Case, total: Fact) -> bool:
    """A running total past every target of its unit (已累计完成投资8.5亿元 for 年度计划投资6亿元): not the year's work
    when the task names the project's whole beside the year's amount."""
    targets = [_target_value(t) for t in case.targets if _unit_of(t) == _unit_of(total.fact)]
    return bool(targets) and all(_value(total.fact) > tv for tv in targets)


def _past_years_gain(case: Case, total: Fact, gained: Fact) -> bool:
    """A running total past every target of gains of its unit by more than implausible_pct, with the gained figure
    beside it within that: the total is the stock, not the year's work (累计达到4350个 beside 新开通1126个 for 新建2000个)."""
    targets = [_target_value(t) for t in case.targets if _unit_of(t) == _unit_of(total.fact) and _GAIN_TARGET.match(t.metric)]
    return bool(targets) and all(0 < tv and _value(total.fact) > tv * threshold("implausible_pct") / 100
                                 and _value(gained.fact) <= tv * threshold("implausible_pct") / 100 for tv in targets)


_RECOGNISED = vocab.pattern("completion.recognised")
# 待市级考核验收, 待省级认定: a decision still to come after a figure (words.toml [report.decision_awaited]).
# 下半年集中开工, 10月开工 at 30 September: a part of the year or a month not over yet before the start (no 已 between).
_LATER_PERIOD = re.compile(f"(?:{vocab.alternation('time.later_in_year')})|(?<![\\d.])(?P<month>\\d{{1,2}})月")


def _start_to_come(case: Case, norm: str, at: int) -> bool:
    """The start at ``at`` is dated to a part of the year not over at the report (下半年集中开工 at 30 September, 11月
    开工 at 31 October) with no 已 before it in its clause: still to come, not work under way."""
    if case.as_of is None:
        return False
    clause = clause_around(norm, at, at)
    before = norm[clause[0]:at]
    if "已" in before:
        return False
    for m in _LATER_PERIOD.finditer(before):
        if case.month_to_come(int(m.group("month")) if m.group("month") else 12):
            return True     # (a part of the year later than the report's month: 下半年 to December)
    return False


_DECISION_AWAITED = re.compile(rf"待[^,;。，；\d待]{{0,6}}?(?:{vocab.alternation('report.decision_awaited')})")


_SO_FAR = vocab.pattern("time.so_far_to_date")
_MONTH_OWN = vocab.pattern("time.one_month")


_AMONG_PERIOD = re.compile(rf"其中\s*(?:{vocab.alternation('time.among_period')}|\d{{1,2}}月份?|[一二三四五六七八九十]{{1,3}}月份?)")


def _period_among_within(case: Case, norm: str) -> None:
    """A figure after 其中 and a period (其中8月份培训140人次, 其中本月新增3家) following a figure of its unit no smaller in
    its sentence: that period's part of the earlier figure, within it ("compared", as a month's beside the year so far)
    — the earlier figure is the count done, whatever verb names it (培训…860人次: the task's own verb, none of finishing)."""
    for a in case.facts:
        for b in case.facts:
            if b.fact.span[0] > a.fact.span[1] and b.sentence == a.sentence and a.role == b.role == "done" \
                    and _unit_of(b.fact) == _unit_of(a.fact) and _value(b.fact) <= _value(a.fact) \
                    and _AMONG_PERIOD.match(norm, b.clause[0] + len(norm[b.clause[0]:b.clause[1]]) - len(
                        norm[b.clause[0]:b.clause[1]].lstrip())):
                b.role = "compared"     # (as _month_after_so_far: no breakdown a part's name could claim)


def _month_after_so_far(case: Case, norm: str) -> None:
    """A figure of the year so far (今年以来, 累计: words.toml time.so_far_to_date) then, in its sentence or across a bare
    semicolon, one month's own figure of its unit no larger (当月新增260人, 本月完成…): the month's is within the year's
    ("compared"), not added to it.  Only the month's own words (本月, 当月), never a month by number: 上半年…，7月… adds
    a month the total does not hold."""
    for total, month in zip(case.facts, case.facts[1:], strict=False):
        if month.role == "done" and total.role == "done" and _MONTH_OWN.match(month.words) \
                and _SO_FAR.search(total.words) and not _SO_FAR.search(month.words) \
                and (month.sentence == total.sentence
                     or _SEMICOLON_ONLY.fullmatch(norm, total.fact.span[1], month.fact.span[0])) \
                and _unit_of(month.fact) == _unit_of(total.fact) and _value(month.fact) <= _value(total.fact):
            month.role = "compared"


def _month_within_total(case: Case, norm: str, month_first: bool) -> None:
    """A month's own figure next to the running total of its unit (before it when ``month_first``, else right after
    it, its label opening the words), in one sentence or across a bare semicolon: the month's figure is within the
    total ("compared"), and the total is named by it."""
    month_words = _ONE_MONTH.search if month_first else _ONE_MONTH.match
    for a, b in zip(case.facts, case.facts[1:], strict=False):
        month, total = (a, b) if month_first else (b, a)
        if month.role == "done" and total.role == "done" and total.fact.cumulative and not month.fact.cumulative \
                and (month.sentence == total.sentence or _SEMICOLON_ONLY.fullmatch(norm, a.fact.span[1], b.fact.span[0])) \
                and _unit_of(month.fact) == _unit_of(total.fact) and _value(month.fact) <= _value(total.fact) \
                and month_words(month.words) and not _THIS_YEAR.search(total.words) and not total.noun \
                and len(_NON_WORD_OR_DIGIT.sub("", total.fact.metric)) <= 3:
            month.role, total.named_by = "compared", month
