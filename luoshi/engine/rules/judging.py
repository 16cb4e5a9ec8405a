"""Judging one part of a task: a figure's part against the facts assigned to it (``judge_indicator``), and the
parts combined (``combine``: the worst part decides); what the parts' judging shares (a step of the works only,
a level held, a part of a whole counted).  A clause's part is judged in ``judging_clauses``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import vocab
from ..indicators import ABOUT_POINTS, lower_is_better
from ..judgement import Evidence, SubTarget
from ..text import normalise
from .base import (
    _COMPLETION_BRING_IN,
    _COMPLETION_LANDED,
    _COMPLETION_LANDING_TARGET,
    _COMPLETION_SIGNED,
    _COMPLETION_VERB,
    _COVERAGE_GOAL,
    _FIGURE_START_RATE,
    _FIGURE_STOCK_TOTAL,
    _FIGURE_WITHIN_LEAD,
    _GENERIC,
    _LEVEL_PER_HEAD_PERIOD,
    _MILESTONE_START,
    _NOT_HAN_RUN,
    _REPORT_ONLY_SOME,
    _STAGE_WORK_STEP,
    _TASK_REMOVAL,
    _TASK_SIGNED_MEASURE,
    SEVERITY,
    _ends,
    _is_level,
    _is_rate,
    _quick,
    _target_value,
    _value,
    by_pace,
    pattern,
    rest_holds_pace,
    threshold,
)
from .case import (
    Fact,
    Part,
    _unit_of,
)
from .clauses import _REST_OPENS, clause_stage
from .roles import items_pushed_on, survey_pool

_SAME_BASIS = vocab.pattern("status.same_basis")


def _builds_up(metric: str) -> bool:
    """A rate of items reaching a step once (开工率, 签约率: figure.building_rate), not one of people served
    (家庭医生签约率: figure.rate_of_people, a level of coverage)."""
    return bool(_BUILDING_RATE.search(metric)) and not _RATE_OF_PEOPLE.search(metric)


def _before_figure(f: Fact) -> str:
    """The fact's clause words before its figure (同口径增长 of 同口径增长6.2%)."""
    cut = f.words.find(f.fact.text)
    return f.words[:cut] if cut >= 0 else ""


def case_expected_done(expected: float) -> bool:
    """The deadline has passed (序时进度 100%)."""
    return expected >= 100


def _held(expected: float) -> str:
    """A level, a rank or a zero held: on pace until the deadline, done once it has passed."""
    return "completed" if case_expected_done(expected) else "on_track"


# A stock level's target (高新技术企业总数达到260家, 保有量达到900辆: figure.stock_total in its name) answered by a count with no
# word of gain (completion.gain: 新增, 引进…): the level standing now.
_STOCK_TARGET = vocab.pattern("figure.stock_total", "level.enrolled")
_HOLD_TARGET = re.compile(f"(?:{vocab.alternation('level.hold')})$")
# 储备满足3000人…需要: a capacity to keep is held; 新建避难场所满足3000人…需要, the capacity of works the task makes, is a count
# (words.toml level.capacity_hold, level.capacity_built; statusb, stop 64).
_CAPACITY_HOLD = re.compile(f"(?:{vocab.alternation('level.capacity_hold')})$")
_CAPACITY_BUILT = vocab.pattern("level.capacity_built")
# 提高到每人每月900元 (words.toml level.per_head_period after level.reach): a standard raised, a level set at once.
_STANDARD_RAISED = re.compile(f"(?:{vocab.alternation('level.reach')})(?:{vocab.alternation('level.per_head_period')})")
_GAIN_WORD = vocab.pattern("completion.gain", "completion.gain_new")
_AFTER_AGREEMENT = vocab.pattern("completion.after_agreement")
_BUILDING_RATE = vocab.pattern("figure.building_rate")
# 重点人群家庭医生签约率达到80%: a rate of the people a service reaches is a level to reach, no share of the way.
_RATE_OF_PEOPLE = vocab.pattern("figure.rate_of_people")

# 签约服务覆盖率达到75%, 提高…最低生活保障标准, 参加培训率80%: a level that is a result reached once (words.toml
# level.result_noun) — a coverage, a standard raised, a share of people trained or served — unless its name is a state kept
# through the year (level.held_noun: 参保率, 优良率, 失业率, 绿化覆盖率) or the task keeps it (level.hold_verb: 保持, 稳定):
# reached before its deadline it is completed, not held (README rule question 50, the lead's decision, stop 65).
_RESULT_LEVEL = vocab.pattern("level.result_noun")
_HELD_LEVEL = vocab.pattern("level.held_noun")
_HOLD_VERB = vocab.pattern("level.hold_verb")


def result_level(name: str, task: str = "") -> bool:
    """The level named ``name`` is a result reached once (a coverage, a standard, a share trained), none of a state kept
    (its name a held level, or ``task`` keeping it)."""
    return bool(_RESULT_LEVEL.search(name)) and not _HELD_LEVEL.search(name) and not _HOLD_VERB.search(task)


_CLAUSE_END = re.compile(r"[,;。，；\n]")


def _clause_at(task: str, span: tuple[int, int]) -> str:
    """The task's clause holding the part at ``span`` (its words keeping the level, 保持在, are there), or ''."""
    if not task or not 0 <= span[0] < len(task):
        return ""
    start = max((m.end() for m in _CLAUSE_END.finditer(task, 0, span[0])), default=0)
    end = _CLAUSE_END.search(task, span[0])
    return task[start:end.start() if end else len(task)]


# 大型科研仪器设备达到1.3万台 (words.toml level.reach right before the figure, the unit one of level.reach_stock_unit).
_REACH_BEFORE = re.compile(f"(?:{vocab.alternation('level.reach')})\\s*$")
_STOCK_UNITS = frozenset(vocab.words("level.reach_stock_unit"))
_WORK_IN_CLAUSE = re.compile(f"{_GAIN_WORD.pattern}|{pattern('result_verb').pattern}")


def _reach_stock(t, task: str, chosen: list[Fact], standing: list[Fact]) -> bool:
    """A count the task asks reached by a verb of level (达到, 增至, 突破: level.reach right before its figure) with no word
    of gain or work in its clause, in a unit of things standing (level.reach_stock_unit), answered by a running total
    (figure.cumulative) with no word of gain: a stock to reach by the deadline, not counted along the year (README rule
    question 10)."""
    if not task or t.comparator != ">=" or _is_rate(t) or not 0 <= t.span[0] <= len(task):
        return False
    unit = vocab.base_unit(t.unit or "", t.scale or "")[0]
    if unit not in _STOCK_UNITS or not _REACH_BEFORE.search(task, 0, t.span[0]):
        return False
    clause = _clause_at(task, t.span)
    before = clause[:clause.find(t.text)] if t.text in clause else clause
    return not _WORK_IN_CLAUSE.search(before) and bool(chosen) and all(
        f in standing and not _GAIN_WORD.search(f.words) for f in chosen)


def held_level(name: str) -> bool:
    """The level named ``name`` is a state kept through the year (words.toml level.held_noun: 处理率, 参保率, 失业率)."""
    return bool(_HELD_LEVEL.search(name))


# 年内完成主体结构工程的70%: a target that is itself a share of the works builds up as a rate of the way does.
_WORKS_SHARE_TARGET = vocab.quick(re.compile(f"(?:{vocab.alternation('figure.works_share_target')})$"))
_REGISTERED = vocab.pattern("completion.registered")


def _by_contract(part: Part) -> bool:
    """A target of bringing in alone (引进/招引…项目, no 落地, 开工 or 投产 in it): counted by the contract signed (the
    labels' rule question 20)."""
    metric = part.indicator.metric if part.indicator else part.text
    return bool(_COMPLETION_BRING_IN.search(metric or "")) and not _COMPLETION_LANDING_TARGET.search(metric or "")


# 已完成宫颈癌筛查1.12万人、乳腺癌筛查1.08万人 for “两癌”筛查1.5万人: persons counted once per service each may have
# (words.toml figure.per_person_service: 筛查, 体检, 接种…) — the same people twice, not more people.
_PER_PERSON_SERVICE = re.compile(f"(?:{vocab.alternation('figure.per_person_service')})$")
_PERSON_UNITS = frozenset(vocab.words("figure.person_unit"))
_GROUP_END = re.compile(f"(?:{vocab.alternation('report.place_suffix', 'figure.person_group')})$")


def _same_people(chosen: list[Fact]) -> bool:
    """Figures of persons (人, 名) each named by the same service for another object (宫颈癌筛查, 乳腺癌筛查;
    流感疫苗接种, 肺炎疫苗接种): the same people counted once for each service, so the largest, not the sum, is the
    count of people (a list of groups, 培训农民1200人、退役军人300人, or of kinds of a thing, adds up)."""
    if len(chosen) < 2 or any(_unit_of(f.fact) not in _PERSON_UNITS for f in chosen):
        return False
    ends = [_PER_PERSON_SERVICE.search(_NOT_HAN_RUN.sub("", f.fact.metric)) for f in chosen]
    if not all(ends) or len({m.group(0) for m in ends}) != 1:
        return False
    objects = {_NOT_HAN_RUN.sub("", f.fact.metric)[:m.start()] for f, m in zip(chosen, ends, strict=True)}
    # (城区筛查0.8万人、农村筛查0.9万人: places or groups, distinct people)
    return len(objects) == len(chosen) and all(o and not _GROUP_END.search(o) for o in objects)


# A count of new starts (words.toml status.new_start_target) and the projects carried over beside it
# (status.carried_over_items): never its rest under way.
_NEW_START = vocab.pattern("status.new_start_target")
_CARRIED_OVER = vocab.pattern("status.carried_over_items")


# A count nearly done (3个试点小区改造已基本完成: words.toml stage.nearly_done), not done.
_NEARLY_DONE = vocab.pattern("stage.nearly_done")

_LIST_MARK = re.compile("、")
_OWN_NAME = 3       # the characters a figure's name must share with one name of the target's list (its end or whole)


def _listed_rates(t, facts: list[Fact], first: Fact) -> list[Fact]:
    """The figures besides ``first`` each named by one rate of a target listing two or more rates before its one level
    (A率、B率均达到65%: the level shared), each a different rate of the list — else none."""
    names = [_NOT_HAN_RUN.sub("", n) for n in _LIST_MARK.split(t.metric or "")]
    if len(names) < 2 or any(len(n) < _OWN_NAME for n in names):
        return []

    def which(f: Fact) -> int | None:
        own = _NOT_HAN_RUN.sub("", f.fact.metric or "")
        if len(own) < _OWN_NAME:
            return None
        return next((k for k, n in enumerate(names) if n.endswith(own) or own.endswith(n)), None)

    seen = {which(first)}
    if None in seen:
        return []
    listed = []
    for g in facts:
        k = which(g) if g is not first and g.fact.unit == first.fact.unit else None
        if k is not None and k not in seen:
            seen.add(k)
            listed.append(g)
    return listed


def judge_indicator(part: Part, facts: list[Fact], expected: float, others: list[Fact] = (),
                    rest_moving: bool = False, taken: frozenset[int] = frozenset(),
                    rest_preparing: frozenset[tuple[int, int]] = frozenset(),
                    late: frozenset[int] = frozenset(), at_step: frozenset[int] = frozenset(),
                    task: str = "") -> SubTarget:
    """One indicator against the figures assigned to it (taken: ids of the figures assigned to other parts;
    rest_preparing: the sentences whose clause on the rest, with no figure, says it is only being prepared; late: ids
    of the figures under way whose works are short of the step the time gone asks for; at_step: ids of the figures
    under way whose clause names a step of the works past the start, -1 when the rest with no figure does)."""
    t = part.indicator
    assert t is not None
    sub = SubTarget(target=part.text, reported=None, status=None)
    served = pattern("other_verb").search(t.metric or "")
    # (服务外包执行额132亿元，同比增长7.4% for 服务外包执行额增长10%: the verb inside the figure's name, the target's own)
    facts = [f for f in facts if f.role != "other" or (served and served.group(0) in f.words + (f.fact.metric or ""))]
    # 全市已排查入河排污口1156个，累计完成整治251个 for 完成入河排污口整治320个: a count the survey looked at (words
    # survey_verb, no finishing word) is the pool, not the task's work, beside a count that is — the task's verb decides
    # which count answers.  (Not for a rate, whose whole the survey's count may be, nor a task naming the survey itself.)
    if not _is_rate(t) and not pattern("survey_verb").search(t.metric or ""):
        kept = [f for f in facts if not survey_pool(f.words)]
        facts = kept or facts
    if not facts:
        return sub
    ev = [Evidence(f.fact.text, *f.fact.span) for f in facts]
    sub.evidence = ev
    sub.reported = "、".join(f.fact.text for f in facts)
    facts = _reroled(part, facts, others)
    done = [f for f in facts if f.role in ("done", "started" if part.required == "underway" else "done")
            or (f.role == "stock" and _is_level(t)) or f.role == "other"]
    if t.comparator == "<=" or t.kind == "duration" or _is_rate(t):
        done = [f for f in facts if f.role not in ("pending", "other")]     # a level or limit, not a count of work
    if _is_rate(t):
        return _judge_rate(sub, part, facts, done, expected, task)
    tv = _target_value(t)
    excepted = [f for f in facts if f.role == "except"]
    left = sum(_value(f.fact) for f in excepted)
    if excepted and not done and 0 < left < tv:
        # 除1个小区外已全部完成 for 完成老旧小区改造20个: the target but the items left out is the count done
        f0 = excepted[0]
        done = [Fact(replace(f0.fact, value=(tv - left) / vocab.measured_unit(f0.fact.unit, f0.fact.scale)[1]), "done",
                     f0.noun, f0.clause, f0.sentence, f0.weak, f0.words)]
    # (粮食播种面积稳定在62万亩以上: a level to hold, answered by its figure, whatever the figure's words)
    hold = bool(_HOLD_TARGET.search(t.metric or "")) and not (
        _CAPACITY_HOLD.search(t.metric or "") and _CAPACITY_BUILT.search(t.metric or ""))
    if _level_judged(sub, t, done, tv, expected, hold):
        return sub
    if t.comparator == "<=" or t.kind == "duration":
        f = (done or facts)[0]
        met = all(v <= tv for v in _ends(f.fact))     # a range under a cap: its upper end too
        # 最多80天 met is done; a level kept under a cap (PM2.5浓度控制在35微克以内) is held until the year is over.
        process = t.kind == "duration" or case_expected_done(expected)
        sub.status = ("completed" if process else "on_track") if met else "behind"
        sub.compared = "cap"
        sub.completion_pct = 100.0 if sub.status == "completed" else None
        sub.basis = "figures"
        return sub
    if not tv:
        return sub
    if not done:
        return _judge_stage(sub, part, facts, others, tv, expected, rest_moving, rest_preparing, at_step)
    standing, done, chosen = _counted(part, done, tv)
    # 两项补贴标准已分别提高至每人每月120元、每人每月130元 for a standard of 每人每月130元: levels of standards raised
    # (level.per_head_period) do not add up — each must reach the task's level, so the lowest answers.
    standards = _standards_raised(t, chosen)
    value = min(_value(f.fact) for f in chosen) if standards else sum(
        _value(f.fact) for f in chosen) if len({f.sentence for f in chosen}) == 1 and not _same_people(
        chosen) else max(_value(f.fact) for f in chosen)
    called_off = _called_off(t, list(facts) + [g for g in others if id(g.fact) not in {id(f.fact) for f in facts}])
    if 0 < called_off < tv and value < tv:
        # 完成48个…，另有4个…经研究决定取消 for 推进52个…: items called off by decision leave the target in force
        # the count less those items (as a target adjusted in the reply is the one in force).
        tv = tv - called_off
    c = round(100.0 * value / tv, 1)
    status = by_pace(c, expected)
    if status == "ahead" and _is_level(t) and not _is_rate(t) and _STOCK_TARGET.search(t.metric or "") and (
            chosen[0] in standing or not _GAIN_WORD.search(chosen[0].words)):
        # 目前有效期内高新技术企业248家 for 总数达到260家 at 30 June: a stock level short of its count before the deadline
        # is on pace, not ahead — it is reached by the year's end, not counted along it, and a level reached early is
        # itself only held (the labels' README rule question 10, decided at stop 47).
        status = "on_track"
    if status == "ahead" and hold and value < tv and not case_expected_done(expected):
        # 存栏稳定在300万头左右 answered by 存栏297.5万头 at 31 May: a level to hold is not counted along the year — short
        # of it before the deadline it is on pace, never ahead by its share (README rule questions 55 and 10).
        status = "on_track"
    if status in ("ahead", "completed") and not case_expected_done(expected) and _reach_stock(t, task, chosen, standing):
        # 累计入网大型科研仪器设备11860台 for 仪器设备达到1.3万台 at 31 July: a count reached by a verb of level, answered
        # by a running total, is a stock — short of it before the deadline on pace, reached early only held (README rule
        # question 10; statusd, stop 66).
        status = "on_track"
    rest = _rest_beside(t, facts, others, done, taken, late)
    # (a measure short in the last third of the time is held only by the rest at a named step of its works: measure_rest_late)
    holds = rest_holds_pace(t.unit, expected)
    if status in ("behind", "seriously_behind") and rest_moving and not case_expected_done(expected) \
            and len(done) == 1 and not rest and (holds or -1 in at_step):
        status = "on_track"          # 已完成3.5万平方米,其余正在施工: the rest, all of it, under way
    if status in ("behind", "seriously_behind") and rest and (holds or all(id(f.fact) in at_step for f in rest)):
        if _rest_makes_up(t, facts, others, chosen, rest, value, tv, expected):
            status = "on_track"      # some done and every other item under way
    # 完成1.15万亩，剩余0.05万亩推迟至明年春季: a share of the year's count put off to next year is not done this year.
    if status in ("on_track", "ahead") and value < tv and any(
            f.role == "not_started" and _NEXT_YEAR.search(f.words) and _unit_of(f.fact) == _unit_of(t)
            for f in list(facts) + list(others)):
        status = "behind"
    if status == "on_track" and value < tv and _COVERAGE_GOAL.search(part.text) and any(
            f.role in ("not_started", "preparing") and _REST_OF.match(f.words.lstrip()) and _unit_of(f.fact) == _unit_of(t)
            and id(f.fact) not in taken for f in list(facts) + list(others)):
        # 已建成34个，其余18个尚未动工 (其余16个村尚在选址) for 实现…全覆盖（共52个）: a coverage short of the whole, its
        # rest said not begun or only preparing, not under way, is behind before the deadline though its count keeps the
        # pace — a coverage is a share of the whole to reach, not items counted along the year (README rule questions 22
        # and 10, the lead's note of stop 48: alt on_track by the count).
        status, sub.compared = "behind", "rest_idle"
    if c < 100 and (standards or _LEVEL_PER_HEAD_PERIOD.search(t.metric or "") and all(
            _STANDARD_RAISED.search(f.words) for f in chosen)):
        # 孤儿基本生活费提高到每人每月1800元 answered by 已…提高至每人每月1500元: a standard is raised at once to its level,
        # not counted along the year — raised short of its figure it is behind whatever the date (statusc, stop 56).
        status = "behind"
    sub.status, sub.completion_pct, sub.basis = status, c, "figures"
    if hold and case_expected_done(expected):
        sub.compared = "level"      # 稳定在50万吨以上 at the year's end: the figure against the level itself, no pace left
    return sub


def _reroled(part: Part, facts: list[Fact], others: list[Fact]) -> list[Fact]:
    """The figures' roles read against the target: a step of the works only, the target's own preparation, items
    delivered or land listed, signed items by the target's verb, a programme's items by their starts."""
    t = part.indicator
    # 5家城市书房已完成装修 for 开放运营城市书房5家: a step of the works done, the result still ahead.
    facts = [Fact(f.fact, "underway", f.noun, f.clause, f.sentence, f.weak, f.words)
             if f.role == "done" and _step_only(f.words, (t.metric or "") + part.noun) else f for f in facts]
    # 已完成供地780亩 for 完成年度供地1500亩: a preparatory word that is the target's own work is work done.
    # (14个前期项目正有序推进 for 14个前期项目: the target's own preparation going on, under way, not done)
    facts = [Fact(f.fact, "underway" if items_pushed_on(f.words) else "done", f.noun, f.clause, f.sentence, f.weak,
                  f.words)
             if f.role == "preparing" and any(m.group(0) in (t.metric or "") for m in pattern("preparing").finditer(f.words))
             else f for f in facts]
    # 480盏路灯已全部到货 for 安装路灯480盏: items bought or delivered, not yet installed — preparation, not the work.
    if pattern("install_task").search(t.metric or ""):
        facts = [Fact(f.fact, "preparing", f.noun, f.clause, f.sentence, f.weak, f.words)
                 if f.role == "done" and pattern("delivered_only").search(f.words)
                 and not pattern("install_task").search(f.words) else f for f in facts]
    # 另有5宗已挂牌 for 完成…出让20宗: land listed for sale is not yet sold (pending, no count).
    if pattern("land_sale").search(t.metric or ""):
        facts = [Fact(f.fact, "pending", f.noun, f.clause, f.sentence, f.weak, f.words)
                 if f.role == "done" and pattern("land_listed").search(f.words)
                 and not pattern("land_sale").search(f.words) else f for f in facts]
    # 均已完成签约: signed items are under way, not brought in or built, unless signing is the target — or bringing in
    # alone (引进/招引…项目, no 落地/开工 in it), which investment bulletins count by the contract signed (正式签约8个), unless
    # the reply counts those landed or registered (其中5个已注册落地) or a count brought in beside them (另有3家已签订协议).
    by_contract = _by_contract(part) and any(f.role == "done" and _COMPLETION_SIGNED.search(f.words) for f in facts) and not any(
        f.role in ("done", "started") and (_REGISTERED.search(f.words) or (
            _COMPLETION_BRING_IN.search(f.words) and not _COMPLETION_SIGNED.search(f.words))) for f in facts)
    # 其中已落地开工8个 for 引进…项目20个: a project landed (and started) is one brought in — but not beside the signed
    # count it is drawn from when that is the count (签约引进11个，其中已开工4个: the four are among the eleven).
    if _COMPLETION_BRING_IN.search(t.metric or ""):
        facts = [Fact(f.fact, "done", f.noun, f.clause, f.sentence, f.weak, f.words)
                 if f.role == "started" and _COMPLETION_LANDED.search(f.words) and not (by_contract and "其中" in f.words)
                 else f for f in facts]
    if "签" not in part.text:
        # (for a target of landing, 招引落地…, a signed project is not yet one: pending, no work holding the pace)
        signed_role = "pending" if _COMPLETION_LANDED.search(t.metric or "") else "underway"
        facts = [Fact(f.fact, signed_role, f.noun, f.clause, f.sentence, f.weak, f.words)
                 if f.role == "done" and _COMPLETION_SIGNED.search(f.words) and not _COMPLETION_LANDED.search(f.words)
                 and not (by_contract and "另" not in f.words) and not _signed_measure(part.text, f.words)
                 else f for f in facts]
    if part.required == "done" and not _is_rate(t) and (_items_split_by_start(part, facts)
                                                        or _items_start_rate(part, facts, others)):
        # 已开工项目30个，未开工项目15个 for 全区市级重点项目45个: a programme of items with no verb of its own, its items
        # all counted as started or not yet — within the year its starts are its measure.
        facts = [Fact(f.fact, "done", f.noun, f.clause, f.sentence, f.weak, f.words) if f.role == "started" else f
                 for f in facts]
    return facts


def _judge_rate(sub: SubTarget, part: Part, facts: list[Fact], done: list[Fact], expected: float,
                task: str) -> SubTarget:
    """A rate's part against its figure (the same-basis one first; a range by its ends, a list's rates each): held,
    short, a share of the way for a rate that builds up, or a result reached."""
    t = part.indicator
    # 同比下降3.1%；扣除去年同期一次性入库因素，同口径增长6.2%: the same-basis rate answers a growth target, the
    # headline one beside it carries last year's one-off factor.
    # (a word of the factor taken out may read as pending: 扣除…入库因素 — a rate is no count of work, kept)
    f = (done or facts)[0]
    f = next((g for g in facts if g.role != "other" and g is not f and _SAME_BASIS.search(_before_figure(g))), f)
    fv, tv = _value(f.fact), _target_value(t)

    def reached(v: float) -> bool:
        if t.kind == "decline_rate":
            return -v >= tv if v < 0 else v >= tv
        if t.comparator == "<=":
            return v <= tv
        if lower_is_better(t):
            # 居民消费价格涨幅控制在2.7%左右, 城镇调查失业率5.5%左右: a ceiling by the metric's nature, held at or
            # under it within the hedge's half point (as verify meets it), behind when clearly above.
            return v <= tv + (ABOUT_POINTS if t.comparator == "=" else 0.0)
        # 增长6%左右 answered by 5.8%: a rate hedged with 左右 is reached within the hedge's half point below it, as
        # verify meets it (indicators.ABOUT_POINTS).
        return v >= tv - (ABOUT_POINTS if t.comparator == "=" and t.unit == "%" else 0.0)

    # 失业率5.2%-5.6% against 5.5%以内: a range reaches the target only if each end does — the upper end decides a
    # cap or a lower-is-better level, the lower end a floor, both a band (README rule questions 32 and 35).
    better = all(reached(v) for v in _ends(f.fact))
    # 高血压患者规范管理率、2型糖尿病患者规范管理率均达到65%以上 answered by each rate: one level shared by the rates the
    # target lists, so each listed rate must reach it — one short is the level not held (README rule question 9).
    better = better and all(reached(v) for g in _listed_rates(t, done or facts, f) for v in _ends(g.fact))
    # Held: on pace until the deadline, met once it has passed (失业率3.1% over the year against 3.5%以内).
    sub.status = _held(expected) if better else ("seriously_behind" if fv < 0 < tv and t.kind == "growth_rate"
                                                 else "behind")
    sub.compared = "cap" if t.comparator == "<=" or (t.kind != "decline_rate" and lower_is_better(t)) else (
        "fall" if sub.status == "seriously_behind" else "level")     # (what was compared, for the reason)
    if not better and t.comparator != "<=" and 0 < fv < tv and not case_expected_done(expected) \
            and (_builds_up(t.metric or "") or _WORKS_SHARE_TARGET.search(t.metric or "")):
        # 9月底前开工率达到90% answered by 开工率62% at 30 June: a rate that builds up is a share of the way, the
        # rate over the target's against the pace to the deadline.
        sub.completion_pct = round(100.0 * fv / tv, 1)
        sub.status = by_pace(sub.completion_pct, expected)
        sub.compared = ""       # (a share of the way against the pace, as the reason then says)
    if better and sub.status == "on_track" and t.kind not in ("growth_rate", "decline_rate") \
            and t.comparator != "<=" and result_level(t.metric or "", _clause_at(task, part.span) or part.text):
        # 签约服务覆盖率达到75% answered by 76.8% before the year's end: a result reached once, done — not a level held
        # (README rule question 50; a held level or a kept one, 参保率保持在98%以上, stays on pace).
        sub.status, sub.completion_pct = "completed", 100.0
    if better and sub.status == "on_track" and t.comparator == ">=" and tv >= 100 and fv >= 100:
        sub.completion_pct = 100.0      # a full rate reached (按期办结率100%): it can go no higher (combine)
        if _BUILDING_RATE.search(t.metric or ""):
            # 开工率达100% answered by 开工率100%: every item has reached a step it cannot leave — done, not a level
            # held until the deadline (statusd, stop 50).
            sub.status = "completed"
    sub.basis = "figures"
    return sub


def _level_judged(sub: SubTarget, t, done: list[Fact], tv: float, expected: float, hold: bool) -> bool:
    """A level target answered by a level figure (the whole of others for a level to hold): ``sub`` judged and
    True when the whole is short of it or the level is reached, else False."""
    level = next((g for g in done if hold or g.role == "stock" or g.fact.cumulative or _FIGURE_STOCK_TOTAL.search(g.fact.metric)),
                 None) if _is_level(t) else None
    if hold and level is not None:
        # 夏粮收获面积23.5万亩，秋粮播种面积39.2万亩，全年粮食播种面积达到62.7万亩: a figure that is the sum of the others is
        # their whole — the level held is the whole, never the parts nor the three summed.
        whole = _whole_of_others(done)
        if whole is not None and tv and _value(whole.fact) < tv and t.comparator != "<=":
            # (the whole under the level to hold: short of it — README rule question 9 — never the parts summed over it)
            sub.status, sub.compared = "behind", "level"
            sub.completion_pct, sub.basis = round(100.0 * _value(whole.fact) / tv, 1), "figures"
            sub.evidence, sub.reported = [Evidence(whole.fact.text, *whole.fact.span)], whole.fact.text
            return True
        level = whole or level
    if level is not None and tv and t.comparator != "<=" and _value(level.fact) >= tv:
        # 总数达到800家 answered by 累计达到810家: a level reached is held (the total, not this year's gain), on
        # pace before the deadline, not done — the year may still lose it.
        c = round(100.0 * _value(level.fact) / tv, 1)
        sub.status, sub.compared = _held(expected), "level"
        sub.completion_pct, sub.basis = c, "figures"
        sub.evidence, sub.reported = [Evidence(level.fact.text, *level.fact.span)], level.fact.text
        return True
    return False


def _judge_stage(sub: SubTarget, part: Part, facts: list[Fact], others: list[Fact], tv: float, expected: float,
                 rest_moving: bool, rest_preparing: frozenset[tuple[int, int]], at_step: frozenset[int]) -> SubTarget:
    """A part with no figure done: the stage of its figures under way, preparing, pending or not begun decides."""
    t = part.indicator
    # Only work under way, in preparation or pending: the stage speaks, not a count.
    # Items of the same unit in the same sentence still at preparation (2个已开工, 2个处于方案设计阶段).
    roles = {f.role for f in facts} | {g.role for g in others if g not in facts and g.role == "preparing"
                                       and _unit_of(g.fact) == _unit_of(t)
                                       and any(g.sentence == f.sentence for f in facts)}
    if any(f.sentence in rest_preparing for f in facts):
        roles.add("preparing")      # 已开工12个，其余项目正在办理前期手续: the rest, no figure, only prepared
    late = expected >= threshold("half_year")
    moving = sum(_value(f.fact) for f in facts if f.role in ("underway", "started", "pending"))
    if expected >= 100 and "preparing" in roles and roles <= {"preparing", "not_started"} \
            and part.required in ("done", "underway"):
        # 3所卫生院均已完成初步设计…年内未能开工 at 31 December: the time is up with nothing begun, only prepared
        # (the labels' rule question 19).
        sub.status, sub.basis = "seriously_behind", "stage"
    elif late and "preparing" in roles and part.required == "done" and (
            pattern("result_verb").match(t.metric) or (moving < _target_value(t) and not _PROCESS_TASK.match(t.metric))):
        # 2个已开工, 2个处于方案设计阶段 for 完成…4个; 洽谈15个, 签约3个 for 引进10家: past mid-year the items
        # under way fall short and the rest are only prepared.
        sub.status, sub.basis = "behind", "stage"
    elif roles & {"underway", "started", "pending"} and "not_started" in roles and late \
            and part.required == "done" and 2 * sum(_value(f.fact) for f in facts if f.role == "not_started") > tv:
        # 4座桥梁中1座已开始下部结构施工，其余3座…未能开工 for 桥梁4座 at 31 July: none done and most of the items not
        # begun past mid-year — the count done (none) against the pace, under half of it (README rule question 4:
        # with the rest not under way the figure decides).
        sub.status, sub.basis = "seriously_behind", "stage"
    elif roles & {"underway", "started", "pending"} and "not_started" in roles and late \
            and part.required == "done":
        # 2家已完成主体施工,1家暂未开工 for 建成…3家: past mid-year an item has not begun.
        sub.status, sub.basis = "behind", "stage"
    elif late and part.required == "done" and roles <= {"underway"} and vocab.unit_kind(t.unit) == "count" \
            and 0 < moving < _target_value(t) and not _PROCESS_TASK.match(t.metric) \
            and not rest_moving and not at_step and "基本" not in t.metric \
            and all(_NEARLY_DONE.search(f.words) for f in facts) \
            and by_pace(100.0 * moving / _target_value(t), expected) in ("behind", "seriously_behind") \
            and not any(_REST_OPENS.match(g.words) and g.role in ("underway", "started", "done") for g in others):
        # 3个试点小区改造已基本完成 for 完成12个小区…改造 at 30 June: a few of the items nearly done, fewer than the pace
        # asks, none done and nothing said of the rest under way — past mid-year they do not hold the count on pace.
        sub.status, sub.basis = "behind", "stage"
    elif part.required == "done" and roles == {"started"} and not rest_moving and not at_step \
            and pattern("result_verb").search(t.metric or "") \
            and not _PROCESS_TASK.match(t.metric) and 0 < moving < _target_value(t) \
            and by_pace(100.0 * moving / _target_value(t), expected) in ("behind", "seriously_behind") \
            and not any(_REST_OPENS.match(g.words) and g.role in ("underway", "started", "done") for g in others):
        # 已开工5.5万平方米 for 重建校舍13.6万平方米 at 30 June: what has begun bounds what can be done; the count begun
        # itself short of the pace, nothing done and nothing said of the rest, the task is behind (never more: the
        # begun are on their way) — only for a result verb (安排…项目60个 names a programme, its starts no bound).
        sub.status, sub.basis = "behind", "stage"
    elif roles & {"underway", "started", "pending"}:
        # (14个前期项目正有序推进 for 14个前期项目 at 31 December: the target's items are themselves preparation,
        # carried on as planned — no finish the deadline asked)
        own_prep = bool(pattern("preparing").search(t.metric or "")) and all(items_pushed_on(f.words) for f in facts)
        sub.status = "behind" if expected >= 100 and part.required == "done" and not own_prep else "on_track"
        sub.basis = "stage"
    elif "preparing" in roles:
        sub.status, sub.basis = ("behind" if expected >= threshold("half_year") else "on_track"), "stage"
    elif roles == {"not_started"}:
        sub.status, sub.basis = "not_started", "stage"
    return sub


def _counted(part: Part, done: list[Fact], tv: float) -> tuple[list[Fact], list[Fact], list[Fact]]:
    """The figures done that count towards the target: a standing total or the year's figures, less those within
    another (其中, a later step, a check or use of the items counted); the standing ones, the done and the chosen."""
    t = part.indicator
    # Several figures in one list of the same unit are parts of one figure (300亩,400亩,350亩).
    # 总数142家，较年初净增18家 for 总数达到150家: a whole count standing now answers a level target as a running
    # total does; the year's gain beside it is within it, not added.
    standing = [f for f in done if f.fact.cumulative or (_is_level(t) and _FIGURE_STOCK_TOTAL.search(f.fact.metric))]
    cumulative = standing
    plain = [f for f in done if f not in standing]
    if cumulative and plain and _value(cumulative[0].fact) > tv * threshold("implausible_pct") / 100:
        cumulative, done = [], plain     # 已建成4个, …, 累计建成32个 for 新建10个: a running total, not the year's
    if cumulative and plain and _named_running_totals(t.metric or "", cumulative, plain):
        cumulative, done = [], plain     # 甲水库累计完成投资1.5亿元；1-6月全县完成水利投资9.8亿元: one project's total
    chosen = cumulative[:1] or done
    if len(cumulative) > 1 and not plain and len({f.clause for f in cumulative}) == 1 and all(
            f"{a.fact.text}、" in b.words for a, b in zip(cumulative, cumulative[1:], strict=False)):
        chosen = cumulative      # 共完成人工造林2.1万亩、封山育林0.6万亩: totals of kinds listed in one clause, parts
    # 已签订征收协议412户，腾空交房268户 for 完成…征收800户: expropriation is counted by its agreements; a later step of
    # the same households beside them (腾空, 拆除) is within that count, not added to it.
    chosen = [f for f in chosen if _signed_measure(part.text, f.words)] or chosen
    # 已完成分配1200套，其中已入住1050套，其余150套已完成选房: a part (其中) of a count before it in its sentence, and the
    # rest (其余) after that part, are within that count, not beside it.
    chosen = [f for f in chosen if not _within_earlier(f, chosen)] or chosen
    # 新建改建户厕810户，验收合格760户: a count passed by a check (验收合格, 通过验收: words.toml completion.checked_within)
    # after a larger count of its unit in its sentence is of the items counted before it, not added to them — unless the
    # task itself asks the check (建成并通过验收…).
    if not _CHECKED.search(part.text):
        chosen = [f for f in chosen if not _checked_within(f, chosen)] or chosen
    # 已完成入户改造2680户，已通气点火2510户 for 完成…入户改造3200户: a count put into use (通气, 投入使用: words.toml
    # completion.use_within) after a larger count of its unit in its sentence is of the items counted before it — unless
    # the task asks that use itself.
    if not _USE_WITHIN.search(part.text):
        chosen = [f for f in chosen if not _checked_within(f, chosen, _USE_WITHIN)] or chosen
    return standing, done, chosen


def _rest_beside(t, facts: list[Fact], others: list[Fact], done: list[Fact], taken: frozenset[int],
                 late: frozenset[int]) -> list[Fact]:
    """The rest under way beside the figures done that may hold the pace: not late, held up, broken down, carried
    over or money only asked for."""
    # Items under way beside the done ones: assigned, or of the same unit in the same sentence (完成2个,施工8个).
    mine = {id(f.fact) for f in facts}      # (facts re-roled above are new objects of the same figures)
    # (a start counted done for a start target (开工) is not also the rest under way)
    rest = [f for f in facts if f.role in ("underway", "started", "pending") and f not in done] + [
        f for f in others if id(f.fact) not in mine and _unit_of(f.fact) == _unit_of(t)
        and (f.role in ("underway", "started") or (f.role == "pending" and id(f.fact) not in taken))
        and any(f.sentence == d.sentence for d in done)]
    rest = [f for f in rest if id(f.fact) not in late]      # (works short of the step the time asks for hold no pace)
    # (2个因资金拨付不及时仍在施工: the rest held up by a cause the unit gives is late by its own word, holding no pace)
    rest = [f for f in rest if not _HELD_UP.search(f.words)]
    # (其余13座正在推进，其中9座正在施工，4座尚在办理涉河审批: the rest said under way as a whole, then broken down by
    # 其中 into parts that add up to it — the parts decide, one still at its approval holding no pace; not the whole.)
    every = list(facts) + [g for g in others if id(g.fact) not in mine]
    rest = [f for f in rest if not _broken_down(f, every)]
    if _NEW_START.search(t.metric or ""):
        # 40个在建项目有序施工 beside 7个项目已开工 for 20个项目新开工: projects carried over are not new starts
        # going on.
        rest = [f for f in rest if id(f.fact) in mine or not _CARRIED_OVER.search(f.words)]
    # 申请额度21亿元 beside 已获批3.6亿元 for 争取…资金12亿元: money asked for is no share of money won (the sums asked run
    # above those granted), so it holds no short amount on pace.
    rest = [f for f in rest if not (f.role == "pending" and vocab.unit_kind(f.fact.unit) == "money")]
    # (新认定星创天地1家,另有2家已提交申报材料: a count pending beside the done ones, answering no other part, is of
    # the same items, though another part counts in 家 and it was not assigned.)
    return rest


def _rest_makes_up(t, facts: list[Fact], others: list[Fact], chosen: list[Fact], rest: list[Fact], value: float,
                   tv: float, expected: float) -> bool:
    """Whether the count done and the rest under way beside it (less what is within the done or the done within, and
    items only waiting late in the year) make up the target before its deadline."""
    under = sum(_value(f.fact) for f in rest)
    # 已签约项目7个,其中5个已注册落地: the done items are among the signed ones, not beside them.
    # (15座公厕已全部完成选址，其中6座已建成投用，9座正在施工: a 其中 after a whole the items count in is of that whole.)
    # (其中2个已完成改造，剩余3个正在施工 with no figure before it: a 其中 opening the reply is of the task's own count,
    # not of a whole said in the row, so nothing is taken off.)
    under -= sum(_value(f.fact) for f in chosen if "其中" in f.words and not any(
        g.role == "scope" and g.sentence == f.sentence and g.fact.span[0] < f.fact.span[0] for g in others)
        and any(g.fact.span[0] < f.fact.span[0] for g in list(facts) + list(others)))
    # 共签约项目13个，已落地开工5个: a signed total (no 另) holds the landed ones too, as the later step of the same
    # items; only those signed and not yet landed are under way beside them.
    signed = sum(_value(f.fact) for f in rest if _COMPLETION_SIGNED.search(f.words) and not _COMPLETION_LANDED.search(f.words)
                 and "另" not in f.words)
    # (已签订拆迁协议250户，已拆除房屋170户: houses taken down are of the households that signed, as projects landed
    # are of those signed.)
    landed = sum(_value(f.fact) for f in chosen if (_COMPLETION_LANDED.search(f.words) or _AFTER_AGREEMENT.search(f.words))
                 and "其中" not in f.words)
    if signed >= landed:
        under -= landed
    # 组织企业申报技改项目45个，已竣工投产21个: a count pending before the done one in its sentence, with no 另,
    # is the total they were drawn from, holding the done ones as the signed total does.
    applied = sum(_value(f.fact) for f in rest if f.role == "pending" and "另" not in f.words
                  and any(d.sentence == f.sentence and d.fact.span[0] > f.fact.span[0] for d in chosen))
    # 已开工180户，竣工96户: a count begun before the done one in its sentence, with no 另, holds the done ones
    # the same way, the finished among the begun (其中 before the done one is taken off above).
    begun = sum(_value(f.fact) for f in rest if f.role == "started" and "另" not in f.words
                and any(d.sentence == f.sentence and d.fact.span[0] > f.fact.span[0] and "其中" not in d.words
                        for d in chosen))
    if (applied >= value or begun >= value) and not (landed and signed >= landed):
        under -= value
    # 已有12家通过省级认定，另有9家正在评审 at 30 November: a month before the year's end, items only pending another body's
    # decision (beside the done ones, not the total they were drawn from) do not hold a short count on pace.
    waiting = sum(_value(f.fact) for f in rest if f.role == "pending") - applied \
        if expected >= threshold("pending_late") else 0
    return value + under - max(0.0, waiting) >= tv and not case_expected_done(expected)


def _standards_raised(t, chosen: list) -> bool:
    """Several levels per head and period (每人每月120元、每人每月130元) for a task's standard of one, the first said
    raised (提高至…): the standards raised, each a level of its own, not amounts to add."""
    return len(chosen) > 1 and bool(_LEVEL_PER_HEAD_PERIOD.search(t.metric or "")) and all(
        _LEVEL_PER_HEAD_PERIOD.search(f.words) for f in chosen) and any(_STANDARD_RAISED.search(f.words) for f in chosen)


_NEXT_YEAR = vocab.pattern("forecast.next_year")
_HELD_UP = re.compile(f"(?:{vocab.alternation('stage.cause_lead')})[^,;。，；\\d]{{0,12}}?"
                      f"(?:{vocab.alternation('report.rest_held_up')})")
_REST_OF = vocab.pattern("figure.rest_lead")


# Before 累计 in a running total's name, a subject of its own (甲水库累计完成投资, 104国道南移累计完成年度投资): two Han
# characters at least, no date nor the whole place (今年累计, 截至目前累计, 全县累计: words.toml figure.named_total_not).
_NAMED_TOTAL = re.compile(r"(?<=[\u4e00-\u9fff]{2})累计")     # (a lookbehind: linear on long runs)
_NAMED_TOTAL_NOT = vocab.pattern("figure.named_total_not")


def _named_total(metric: str) -> bool:
    m = _NAMED_TOTAL.search(metric)
    if m is None:
        return False
    start = m.start()
    while start > 0 and "\u4e00" <= metric[start - 1] <= "\u9fff":
        start -= 1
    return not _NAMED_TOTAL_NOT.search(metric, start, m.start())


def _named_running_totals(metric: str, cumulative: list[Fact], plain: list[Fact]) -> bool:
    """Running totals each opened by a name of their own (a project of the task's: 甲水库累计完成投资1.5亿元) beside a
    figure of the period that names the target's measure more fully (1-6月全县完成水利投资9.8亿元 for 完成水利投资20亿元:
    more of the target's character pairs): the named totals are parts, the period's figure the whole the target counts
    (statusf, stop 55)."""
    own = _pairs(metric)
    if not own or not all(_named_total(g.fact.metric or "") for g in cumulative):
        return False
    shared = max(len(_pairs(f.fact.metric or "") & own) for f in plain)
    return shared >= 2 and shared > max(len(_pairs(g.fact.metric or "") & own) for g in cumulative)


def _pairs(text: str) -> set[str]:
    """The character pairs of a name's Han runs, the generic ones out (完成, 累计, 年度…: _GENERIC)."""
    han = _NOT_HAN_RUN.sub("|", text)
    return {han[i:i + 2] for i in range(len(han) - 1) if "|" not in han[i:i + 2]} - _GENERIC


def _called_off(t, facts: list[Fact]) -> float:
    """The items of the target's unit the reply says were called off (其余4个因规划调整取消, 取消该4个村的建设任务:
    words.toml report.called_off), each figure once (the count said again in its sentence is the same items)."""
    seen: set[tuple[tuple[int, int], float]] = set()
    if _CALLED_OFF_TASK.search(t.metric or ""):
        return 0.0      # 取消证明事项100项: cancelling is the task's own work, what is cancelled is done
    for f in facts:
        if _unit_of(f.fact) == _unit_of(t) and _CALLED_OFF.search(f.words) and not _REPORT_ONLY_SOME.search(f.words):
            seen.add((f.sentence, _value(f.fact)))
    return sum(v for _, v in seen)


_CALLED_OFF = vocab.pattern("report.called_off")
_CALLED_OFF_TASK = re.compile("取消")


def _items_start_rate(part: Part, facts: list[Fact], others: list[Fact]) -> bool:
    """The task names its items with no verb of its own (63个区本级重点项目) and the reply counts those started, none
    done here or elsewhere in the reply, beside the start rate of the whole in the same sentence (已开工43个,开工率68%: the started count's share of
    the task's count, within a point): the page measures the programme by its starts, as when it counts the rest."""
    if clause_stage(part.text) is not None or _COMPLETION_VERB.search(part.text) \
            or any(f.role == "done" for f in facts) \
            or any(g.role == "done" and _unit_of(g.fact) == _unit_of(part.indicator) for g in others):
        return False        # (3个项目全面完成 beside the starts: the programme is measured by its finishes too)
    tv = _target_value(part.indicator)
    started = [f for f in facts if f.role == "started" and not vocab.is_rate(f.fact.unit)]
    if len(started) != 1 or not tv:
        return False
    share = 100.0 * _value(started[0].fact) / tv
    return any(vocab.is_rate(g.fact.unit) and g.sentence == started[0].sentence and _FIGURE_START_RATE.search(g.words)
               and abs(g.fact.value - share) <= 1.0 for g in list(facts) + list(others))


def _items_split_by_start(part: Part, facts: list[Fact]) -> bool:
    """The task names its items with no verb of its own (全区市级重点项目45个) and the reply counts them all, none done,
    as started and as not started or still preparing (已开工30个，未开工15个; 18个已开工，22个正在办理前期手续)."""
    if clause_stage(part.text) is not None or any(f.role == "done" for f in facts):
        return False
    counts = [f for f in facts if not vocab.is_rate(f.fact.unit)]
    started = [f for f in counts if f.role == "started"]
    rest = [f for f in counts if f.role in ("not_started", "preparing")]
    return bool(started and rest) and abs(sum(_value(f.fact) for f in started + rest) - _target_value(part.indicator)) < 1e-6


def _signed_measure(task: str, words: str) -> bool:
    """A count signed as expropriation's own (征收签约36户, 已签订征收协议412户) for a task of expropriation (征收…500户):
    the work done, as expropriation bulletins count it (words.toml task.signed_measure)."""
    return bool(_TASK_SIGNED_MEASURE.search(task) and _TASK_SIGNED_MEASURE.search(words) and _COMPLETION_SIGNED.search(words))


_CHECKED = vocab.pattern("completion.checked_within")
_USE_WITHIN = vocab.pattern("completion.use_within")


def _checked_within(f: Fact, chosen: list[Fact], step: re.Pattern | None = None) -> bool:
    """A count named by a check the work passed (验收合格760户; or by ``step``, a use the items passed into: 通气点火2510户)
    with a larger count before it in its sentence (新建改建户厕810户; for a use, as large: 建成8座，投入使用8座): the items
    checked among those counted."""
    step = step or _CHECKED
    return bool(step.search(f.words)) and any(
        g is not f and g.sentence == f.sentence and g.fact.span[0] < f.fact.span[0] and not step.search(g.words)
        and (_value(g.fact) >= _value(f.fact) if step is _USE_WITHIN else _value(g.fact) > _value(f.fact))
        for g in chosen)


def _broken_down(f: Fact, every: list[Fact]) -> bool:
    """f a count of the rest (其余, 剩余: figure.rest_lead) and counts of its unit after it in its sentence, the first
    led by 其中, that add up to it: two parts or more of that rest."""
    if not _REST_OF.search(f.words):
        return False
    later = sorted((g for g in every if g is not f and g.sentence == f.sentence and g.fact.span[0] > f.fact.span[1]
                    and _unit_of(g.fact) == _unit_of(f.fact)), key=lambda g: g.fact.span[0])
    if len(later) < 2 or not _FIGURE_WITHIN_LEAD.search(later[0].words):
        return False
    total, n = 0.0, 0
    for g in later:
        total, n = total + _value(g.fact), n + 1
        if total >= _value(f.fact):
            break
    return n >= 2 and abs(total - _value(f.fact)) < 1e-9


def _within_earlier(f: Fact, chosen: list[Fact]) -> bool:
    """A count led by 其中 (or 其余 after such a part) with a larger count before it in the same sentence: a part of
    that count (已完成分配1200套，其中已入住1050套，其余150套…), never added to it."""
    if not (_FIGURE_WITHIN_LEAD.search(f.words) or (_REST_OF.search(f.words) and any(
            g.sentence == f.sentence and g.fact.span[0] < f.fact.span[0] and _FIGURE_WITHIN_LEAD.search(g.words) for g in chosen))):
        return False
    return any(g is not f and g.sentence == f.sentence and g.fact.span[0] < f.fact.span[0]
               and not _FIGURE_WITHIN_LEAD.search(g.words) and not _REST_OF.search(g.words) and _value(g.fact) > _value(f.fact)
               for g in chosen)


# A task of taking buildings down (拆迁, 征迁, 拆违) and its result among the works' steps (拆除): words.toml.
_REMOVAL_STEP = vocab.pattern("stage.removal_step")
_RESULT_REACHED = vocab.pattern("completion.result_reached")
# A task of devices to build or install (监控点, 充电桩, 终端) and its result among the works' steps (安装调试): words.toml.
_DEVICE_TASK = vocab.pattern("task.device")
_INSTALL_STEP = vocab.pattern("stage.install_step")


_START_JOINT = vocab.pattern("milestone.start_joint")


_NO_WORKS_STEP = re.compile(f"{pattern('works_step_not').pattern}|{pattern('main_works_not').pattern}")


def _step_only(clause: str, target: str) -> bool:
    """A clause done only as far as a step of the works the target does not name (5家已完成装修 for 开放运营
    城市书房5家; 路基施工已完成 for 建成…道路: judging.toml words.works_begun/works_main too): the work nearly
    done, not its result."""
    clause = _NO_WORKS_STEP.sub(lambda w: "＿" * len(w.group(0)), clause)     # (基层林业技术人员: the grassroots)
    m = _STAGE_WORK_STEP.search(clause) or pattern("works_main").search(clause) or pattern("works_begun").search(clause)
    if m and _REMOVAL_STEP.fullmatch(m.group(0)) and _TASK_REMOVAL.search(target):
        return False        # 拆除2100户 for 完成城中村拆迁5000户: taking the houses down is the task's own result
    if m and _INSTALL_STEP.fullmatch(m.group(0)) and _DEVICE_TASK.search(target):
        return False        # 已完成安装调试43个 for 新建视频监控点60个: devices in and commissioned are the task's own result
    if m and _START_JOINT.search(target) and _MILESTONE_START.fullmatch(m.group(0)):
        return False        # 全部开工 for 64个一季度开复工项目: the start is the task's own result (milestone.start_joint)
    return bool(m) and m.group(0) not in target and not _RESULT_REACHED.search(clause)


def combine(subs: list[SubTarget], expected: float) -> tuple[str, float | None, list[str]]:
    """Worst part decides; completed (or ahead) only when every part is answered; completion the mean."""
    answered = [s for s in subs if s.status]
    flags = ["part_without_fact"] * (len(subs) - len(answered))
    statuses = [s.status for s in answered]
    if all(s == "not_started" for s in statuses) and len(answered) == len(subs):
        status = "not_started"      # (a part not begun beside parts unreported is no task not begun)
    else:
        statuses = ["behind" if s == "not_started" and expected >= threshold("half_year") else
                    ("on_track" if s == "not_started" else s) for s in statuses]
        status = max(statuses, key=lambda s: SEVERITY[s])
        if status == "completed" and any(s == "ahead" for s in statuses):
            status = "ahead"
        if status == "on_track" and len(answered) == len(subs) and any(s.status == "completed" for s in answered) \
                and all(s.status == "completed" or (s.status == "on_track" and s.basis == "figures"
                                                    and s.completion_pct == 100.0) for s in answered):
            # 已全部办结60件，按期办结率100% for 办理…60件，按期办结率100%: the count done and its full rate reached —
            # the rate of items all handled can change no more.
            status = "completed"
        if status in ("completed", "ahead") and len(answered) < len(subs):
            status = "on_track"      # a part without a fact caps the task at on pace
    pcts = [min(100.0, s.completion_pct if s.completion_pct is not None else 100.0)
            for s in answered if s.completion_pct is not None or s.basis == "statement" and s.status == "completed"]
    has_figures = any(s.basis == "figures" and s.completion_pct is not None for s in answered)
    completion = round(sum(pcts) / len(pcts), 1) if pcts and has_figures else None
    if len(subs) == 1 and answered and answered[0].completion_pct is not None:
        completion = answered[0].completion_pct     # one part: its own figure, over 100 where it is
    return status, completion, flags


def _whole_of_others(done: list[Fact]) -> Fact | None:
    """Of three figures or more, the one whose value is the sum of all the others (to a rounding of the last digit):
    their whole, the others its parts."""
    if len(done) < 3:
        return None
    values = [_value(f.fact) for f in done]
    total = sum(values)
    return next((f for f, v in zip(done, values, strict=True) if v and abs(2 * v - total) <= 0.001 * total), None)


def _content_bigrams(text: str) -> set[str]:
    s = _NOT_HAN_RUN.sub("", normalise(text))
    return {s[i:i + 2] for i in range(len(s) - 1)} - _GENERIC


# A task that is a process (深化医共体建设, 持续推进…): one aspect fully covered does not finish it.
_PROCESS_TASK = re.compile(rf"\s*(?:{vocab.alternation('task.process_lead')})")


# 240个自然村中已有150个 / 全区128个村中有96个: a part of a whole counted in the same unit.
_COVERED_OF_WHOLE = _quick(re.compile(rf"(?<![\d.])(?P<whole>\d+)(?P<unit>{vocab.unit_alternation_of('count')})"
                                      r"[^\d,;。，；]{1,12}?中[,，]?"
                                      f"(?:{vocab.alternation('report.now_lead')})?(?:{vocab.alternation('report.have_lead')})?"
                                      r"(?P<part>\d+)(?P=unit)"),
                           digits=True)
