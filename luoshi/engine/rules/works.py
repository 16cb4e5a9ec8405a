"""A project's works and preparation against the task's deadline: the stage ladder of the works
(``ladder_step``, ``works_late``), the share of a step done, the steps of preparation passed
(``preparation_late``), an item or a measure lagging, one project or several.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from ..text import for_parsing
from .base import (
    _CLAUSE,
    _COUNT_OR_ALL,
    _NON_WORD_OR_DIGIT,
    _NOT_CJK,
    _SENTENCE,
    _SENTENCE_MARK,
    _fmt,
    _is_level,
    _quick,
    _target_value,
    _value,
    by_pace,
    pattern,
    rest_holds_pace,
    threshold,
    words,
)
from .case import Case, Fact, _spans
from .clauses import (
    _GENERIC_SUBJECTS,
    _NONE_YET,
    _NOT_YET,
    _PREP_OBJECT,
    _REMAINING,
    _STRONG_UNDERWAY,
    _SUBJECT_END,
    _THE_REST,
    _task_prep_after,
    clause_stage,
    task_must,
)


def _claim_only(clause: str) -> bool:
    """A clause that only claims normal progress (项目正常推进中, 各项工作有序推进) or only says the work is being
    pushed on (工程正在加快推进, words.toml [report.pushed_on]): the unit's word and at most a subject of four
    characters."""
    m = pattern("unit_statement").search(clause) or _PUSHED_ON.search(clause)
    return m is not None and len(_NOT_CJK.sub("", clause[:m.start()] + clause[m.end():])) <= 4


_PUSHED_ON = vocab.pattern("report.pushed_on")


# The works ready to begin (具备开工条件, 具备施工条件): the preparation done (not 尚不具备, 未具备).
_READY_TO_BUILD = re.compile(f"(?<!不)(?<!未)具备(?:了)?(?:{vocab.alternation('report.works_condition')})条件")


# The stage ladder of a project's works (judging.toml [words.works_*]), in order: begun, main works, finishing.
_WORKS_LADDER = ("works_begun", "works_main", "works_finishing")
_SHARE_SHORT = re.compile(r"(?<!\d)(\d+(?:\.\d+)?)\s*[%％]")


# A step only about to begin (正准备开展主体施工, 准备开始装修): not begun.
_ABOUT_TO = re.compile(f"准备(?:{vocab.alternation('stage.about_to')})")
# Finishing words that are only the verb of a finished step when an earlier step is named (桩基已完工).
_FINISHED_VERB_ONLY = frozenset(words("finished_verb_only"))


def ladder_step(case: Case, norm: str, ladder: tuple[str, ...], own: str = "") -> tuple[int, tuple[int, int]] | None:
    """The most advanced step of ``ladder`` (word keys of judging.toml, in order) that the report's clauses reach,
    outside forecasts and clauses not begun or still preparing, with its clause.  A step finished without a share
    short of 100 (完成桩基施工, 主体结构已完工; not 土建完成80%) counts as the next step begun, unless another clause
    says the works are still at that step (桩基工程已完成，正在进行承台施工: still the first step).  Words the task's
    own text holds (``own``) are the task itself, not a step toward it."""
    best: tuple[int, tuple[int, int]] | None = None
    open_at: set[int] = set()       # steps a clause not finished stands at
    finished: list[tuple[int, tuple[int, int]]] = []
    idle_at: set[int] = set()       # steps a clause says are only being prepared or not begun (正准备开展主体施工)
    for a, b in _spans(_CLAUSE, norm):
        if case.in_forecast(a):
            continue
        clause = norm[a:b]
        st = clause_stage(clause)
        none_yet = _NONE_YET.search(clause)
        if none_yet:
            clause = clause[:none_yet.start()]      # 尚无完工路段: no step of the works reached by what follows
        if (st in ("not_started", "preparing") or _ABOUT_TO.search(clause)) and ladder == _WORKS_LADDER:
            idle_at.update(k for k, key in enumerate(ladder) if pattern(key).search(clause))
            continue
        lower = False
        for k, key in enumerate(ladder):
            # (土建基础施工: a main-works word naming the foundations after it is the first step, not the main works)
            m = next((m for m in pattern(key).finditer(clause) if m.group(0) not in own and not (
                key == "works_main" and pattern("works_begun").match(clause, m.end()))), None)
            if m is None:
                continue
            share = _works_share(clause)
            if st == "done" and not (share is not None and share < 100):
                if lower and m.group(0) in _FINISHED_VERB_ONLY:
                    continue     # 桩基及地下室已完工: 完工 is the verb of the earlier step, not the works finished
                finished.append((k, (a, b)))
                lower = True
                continue
            open_at.add(k)
            if best is None or k >= best[0]:
                best = (k, (a, b))     # (at the same step, the later clause: 施工至第8层 after 完成桩基施工)
    for k, span in finished:
        # (基坑开挖已结束，正准备开展主体施工: the next step not begun, the works still at the one finished)
        k = k if k in open_at or k + 1 in idle_at else min(k + 1, len(ladder) - 1)
        if best is None or k > best[0] or k == best[0] and span[0] > best[1][0]:
            best = (k, span)
    return best


def names_works_step(norm: str, clause: tuple[int, int]) -> bool:
    """The clause names a step of the works ladder past the start (其余厂房正在进行主体施工, 正在进行内部装修, 路基
    处理), not only the start (其余4个已全部开工, 其余6所已进场施工: judging.toml words.works_start_only) nor works in
    general (正在施工)."""
    a, b = clause
    steps = [m.group(0) for key in _WORKS_LADDER for m in pattern(key).finditer(norm, a, b)]
    return any(not (pattern("start_verb").fullmatch(w) or pattern("works_start_only").fullmatch(w)) for w in steps)


def rest_at_step(case: Case, norm: str, clause: tuple[int, int]) -> bool:
    """The rest's clause names a step of its works at which it holds a measure short of the pace in the last quarter
    (measure_rest_late): the last step (其余厂房正在进行内部装修), or the main works when the task itself asks for a step
    of the works (年内主体完工: 其余厂房正在进行主体施工) — and that step not short of the time gone (works_late, the clause
    read alone).  Not the main works of a task to finish the whole (其余路段正在进行路基处理 for 完成…80公里)."""
    a, b = clause
    if not names_works_step(norm, clause) or works_late(case, "。" * a + norm[a:b] + "。" * (len(norm) - b)):
        return False
    return bool(pattern("works_finishing").search(norm, a, b) or pattern("works_main").search(norm, a, b)
                and pattern("works_step_task").search(case.task_text))


def works_late(case: Case, norm: str, own: str = "") -> tuple[str, tuple[int, int]] | None:
    """For one project to be finished by its deadline (建成, 完工, 投用), not yet due: the step its works have reached
    against the time gone — only begun from first_step_late on, or the main works still going on or only topped out
    (_only_topped_out) from main_works_late on, is late.  Gives the reason's words and the clause."""
    if case.expected >= 100:
        return None
    step = ladder_step(case, norm, _WORKS_LADDER, own)
    if step is None:
        return None
    k, span = step
    idle = next(((a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)
                 and clause_stage(norm[a:b]) == "not_started" and pattern("finishing_idle").search(norm[a:b])), None)
    if idle and case.expected >= threshold("main_works_late"):
        return "装修或设备安装等收尾工程尚未开始", idle      # 主体已封顶,设备尚未进场 at 30 November
    if k == 2 and case.expected >= threshold("main_works_late") and _only_topped_out(case, norm, own):
        return "主体刚封顶，装修、安装和验收尚未开始", span      # 主体结构于12月中旬封顶 for a building in use at the year's end
    first = _first_step_late(case, norm)
    if pattern("works_step_task").search(case.task_text):
        # 10月底前完成…主体结构封顶: the structure is the task, no fitting-out nor acceptance after it to leave time for —
        # its works below ground are late only from first_step_late, as works at the surface are (rule question 4).
        first = threshold("first_step_late")
    if k == 0 and case.expected >= first:
        return "工程刚开工或仅完成基础施工", span
    if k == 1 and case.expected >= first and _main_just_begun(case, norm[span[0]:span[1]]):
        return "主体工程刚开始施工，尚未说明完成比例", span
    if k == 1 and case.expected >= threshold("main_works_late"):
        return "主体或土建工程仍在施工，装修、安装和验收尚未开始", span
    share = _works_share(norm[span[0]:span[1]])
    if k == 1 and share is not None and share <= threshold("main_works_share_max") \
            and case.expected >= threshold("first_step_late"):
        return f"主体或土建工程仅完成约{_fmt(share)}%", span
    bound = _main_works_share(case, norm) if k == 1 and not pattern("works_step_task").search(case.task_text) else None
    if bound is not None and by_pace(bound, case.expected) in ("behind", "seriously_behind"):
        # 主体工程已完成约40% for 9月底前建成投用… at 30 June (66.4% of its time): the whole can be no further on than its
        # main works, so their share under the band of the pace to the whole's deadline bounds it — behind (the labels'
        # rule question 40; over or within the band it tells no share of the whole, rule question 3; statusa, stop 59).
        return f"主体或土建工程仅完成约{_fmt(bound)}%，整体进度不超过此比例", span
    return None


_MAIN_WORKS_WHOLE = pattern("works_main_whole")


def _main_works_share(case: Case, norm: str) -> float | None:
    """The share in figures (完成约40%) said of the whole main works (主体工程, 主体结构, 土建: judging.toml
    words.works_main_whole — not a part of them, 上部结构, 桥墩) in a clause of the report, no plan (rule question 40)."""
    for a, b in _spans(_CLAUSE, norm):
        if case.in_forecast(a) or not _MAIN_WORKS_WHOLE.search(norm, a, b):
            continue
        m = _SHARE_SHORT.search(norm, a, b)
        if m:
            return float(m.group(1))
    return None


_TOPPED_OUT = frozenset(words("works_topped_out"))


def _only_topped_out(case: Case, norm: str, own: str = "") -> bool:
    """The works' last step reached only by its topping out (主体结构已封顶, judging.toml words.works_topped_out): no
    other word of the finishing (装修, 设备安装, 验收) in a clause of the report that is no forecast and not still to
    begin or being prepared.  Words the task's own text holds (``own``) are the task itself."""
    seen = False
    for a, b in _spans(_CLAUSE, norm):
        if case.in_forecast(a) or clause_stage(norm[a:b]) in ("not_started", "preparing"):
            continue
        for m in pattern("works_finishing").finditer(norm, a, b):
            if m.group(0) in own:
                continue
            if m.group(0) not in _TOPPED_OUT:
                return False
            seen = True
    return seen


def _first_step_late(case: Case, norm: str) -> float:
    """From what share of the time the works' first step (or the main works just begun) is late: below_ground_late
    when a clause of the report, not a plan, names works below ground (地下室, 基坑, 桩基: words.works_below_ground) —
    a building still there at 31 August cannot rise, fit out and pass acceptance by the year's end — else
    first_step_late."""
    below = any(not case.in_forecast(m.start()) for m in pattern("works_below_ground").finditer(norm))
    return threshold("below_ground_late") if below else threshold("first_step_late")


_MONTH_IN_CLAUSE = re.compile(r"(?<![\d.年])(\d{1,2})月")
# The numerals before 一层/首层 that make it another floor (施工至十一层).
_FLOOR_NUMERAL = "0123456789一二三四五六七八九十百"
_FIRST_FLOOR = frozenset(words("first_floor"))


def _main_just_begun(case: Case, clause: str) -> bool:
    """A clause of the main works with no share of themselves that says they have only just begun (正在进行首层结构
    施工, 主体结构刚出正负零, 主体结构已开始施工: judging.toml words.works_main_begun), not dated more than two months
    before the report (主体结构于3月开始施工 at 31 October has been going on since)."""
    if _works_share(clause) is not None:
        return False
    m = next((m for m in pattern("works_main_begun").finditer(clause)
              if not (m.group(0) in _FIRST_FLOOR and m.start() and clause[m.start() - 1] in _FLOOR_NUMERAL)), None)
    if m is None:
        return False
    if case.as_of is not None:
        months = [int(x) for x in _MONTH_IN_CLAUSE.findall(clause) if 1 <= int(x) <= 12]
        if any(case.month_ended(mo + 2) for mo in months):     # (its month more than two before the report's)
            return False
    return True


_FLOORS = re.compile(r"(?:至|到)第?([\d一二三四五六七八九十]+)层[^,;。，；]{0,4}?[(（]?"
                     f"(?:{vocab.alternation('report.floors_total_lead')})" r"([\d一二三四五六七八九十]+)层")


# A sentence about some of a task's items, opened by their count (1所…; 其中2个…; 另有3座…).
_ITEM_COUNT_LEAD = re.compile(rf"\s*(?:{vocab.alternation('report.item_count_lead')})?(?P<n>\d+|[一两二三四五六七八九十]{{1,3}})"
                              f"(?:{vocab.alternation('report.item_unit')})")
_EVERY_ITEM = pattern("every_item")      # ...均已完成: the sentence is about every item
# C栋主体施工至第九层, 3号楼…: a sentence opened by one building's own label (a letter, or a number of at most two
# digits or three numerals, then words.toml report.building_label) is about that one building.
_BUILDING_LABEL_LEAD = re.compile(rf"\s*(?:[A-Za-z]|\d{{1,2}}|[一二三四五六七八九十]{{1,3}})"
                                  f"(?:{vocab.alternation('report.building_label')})")


def _item_works_late(case: Case, norm: str) -> tuple[str, tuple[int, int]] | None:
    """On a task of several items to be finished, a sentence of its own opened by a count of items (1所正在进行桩基
    施工) or by one building's label (C栋主体施工至第九层) whose works have not reached the step the time gone asks for (works_late, read on that sentence alone).
    Not a sentence about every item (3个项目征迁工作均已完成,正在进行拆除清零 for 实施城中村改造3个): that is the task's
    own stage."""
    total = max((t.value for t in case.numeric if t.value and not _is_level(t)), default=None)
    for a, b in _spans(_SENTENCE, norm):
        lead = _ITEM_COUNT_LEAD.match(norm[a:b])
        label = None if lead else _BUILDING_LABEL_LEAD.match(norm[a:b])
        if case.in_forecast(a) or not (lead or label) or _EVERY_ITEM.search(norm[a:b]):
            continue
        n = _cn_number(lead.group("n").replace("两", "二")) if lead else 1
        if n is None or total is not None and n >= total:
            continue
        late = works_late(case, "。" * a + norm[a:b] + "。" * (len(norm) - b))
        if late:
            return f"其中部分项目{late[0]}", late[1]
    return _named_piece_works_late(case, norm)


# 建成城北冷库、城南分拣中心、东区配送站3个项目: the task's items named one by one, joined by 、, right before their count
# (a number and a measure word) — each name two to sixteen characters, no verb of the list between.
_NAMES_BEFORE_COUNT = re.compile(r"((?:[^、,，;；。:：｜|()（）\d]{2,16}、)+[^、,，;；。:：｜|()（）\d]{2,16}?)"
                                 r"(?:等|共|计)?(?:\d+|[两二三四五六七八九十]{1,3})"
                                 f"(?:{vocab.alternation('report.item_unit')})")
_PIECE_MARK = re.compile(r"[。；;]")
_LABEL_COLON = re.compile(r"[:：]")
_MUST_LEAD = re.compile(f"^(?:{vocab.alternation('completion.must')})+")


def _named_piece_works_late(case: Case, norm: str) -> tuple[str, tuple[int, int]] | None:
    """On a task naming its items one by one right after a result verb and before their count (建成A、B、C3个项目), a piece of the reply between
    semicolons opened by one of the names (…；C土建完成60%), naming its main works (主体, 土建: words.works_main_whole), whose
    works have not reached the step the time gone asks for — its main works still going on late in the year, or their
    share under the band of the pace (README rule questions
    28 and 40, read for one item of several) — as works_late reads one project: that item is behind, so the task is."""
    task = for_parsing(case.task_text)
    m = _NAMES_BEFORE_COUNT.search(task)
    if m is None or not _MUST_LEAD.search(m.group(1)):
        return None     # (加快推进东湖、西塘、南苑三个…项目建设: no result asked of the items named, a process verb before them)
    # (the first name without the task's verb before it: 建成城北冷库 names 城北冷库)
    names = [n for n in (_NON_WORD_OR_DIGIT.sub("", _MUST_LEAD.sub("", x)) for x in m.group(1).split("、")) if len(n) >= 2]
    start = 0
    for piece in _PIECE_MARK.split(norm):
        a, b = start, start + len(piece)
        start = b + 1
        # (the words after the reply's own label, 工作进展：)
        words = _NON_WORD_OR_DIGIT.sub("", _LABEL_COLON.split(norm[a:b])[-1])
        if case.in_forecast(a) or not any(n in words[:len(n) + 4] for n in names) \
                or not _MAIN_WORKS_WHOLE.search(norm, a, b):
            continue    # (南区消防站已进场施工: a first step, left to the stage of the whole — only the main works are read)
        late = works_late(case, "。" * a + norm[a:b] + "。" * (len(norm) - b))
        if late:
            return f"其中一个所列项目{late[0]}", late[1]
    return None


def _all_items_works_late(case: Case, norm: str) -> tuple[str, tuple[int, int]] | None:
    """On a task of several items or a quantity to be finished, with no count of it reported done: the most advanced
    step of the works anywhere in the report (works_late on the whole report) short of the step the time gone asks
    for — builders only just entered, a first batch at its foundations, buildings at their first floor at 30
    September — so none of it can be finished by the deadline.  Not when a sentence opened by the items' count is
    about every one of them (3个项目征迁工作均已完成,正在进行拆除清零: the task's own stage, as _item_works_late), nor
    beside items done (已投用5所，其余4所下半年开工)."""
    if any(f.role == "done" for f in case.facts):
        return None
    late = works_late(case, norm)
    if late is None:
        return None
    a = late[1][0]
    sentence = next(((s, e) for s, e in _spans(_SENTENCE, norm) if s <= a < e), late[1])
    every = _ITEM_COUNT_LEAD.match(norm[sentence[0]:sentence[1]]) and _EVERY_ITEM.search(norm[sentence[0]:sentence[1]])
    return None if every else late


def _project_works_late(case: Case, norm: str) -> bool:
    """One project to be finished (建成, 完工, 投用; not a start, not a task of preparation) whose works have not
    reached the step the time gone asks for (works_late), as StageAgainstDeadline reads it."""
    if case.expected >= 100 or case.expected < _first_step_late(case, norm):
        return False
    must = task_must(case.task_text)
    if must is None or _task_prep_after(case.task_text, must.end()) or pattern("start_verb").search(must.group(0)):
        return False
    return _one_project(case) and works_late(case, norm) is not None


def _works_share(clause: str) -> float | None:
    """The share of its works a clause states: 完成60%, or the floors reached of all (施工至第三层（共六层）)."""
    m = _FLOORS.search(clause)
    if m:
        done, whole = (_cn_number(g) for g in m.groups())
        return 100.0 * done / whole if done is not None and whole else None
    m = _SHARE_SHORT.search(clause)
    if m:
        return float(m.group(1))
    m = _SHARE_WORDS.search(clause)
    if not m:
        return None
    if m.group("tenths"):
        return 10.0 * _cn_number(m.group("tenths"))
    if m.group("den"):
        den, num = _cn_number(m.group("den")), _cn_number(m.group("num"))
        return 100.0 * num / den if den and num else None
    return 50.0       # 一半, 过半, 近半


# A share in words (一半, 过半, 七成, 三分之一): how much of a step of the works is done.
_SHARE_WORDS = _quick(re.compile(f"{vocab.alternation('figure.half_word')}|" r"(?P<tenths>[一二三四五六七八九])成|(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])"))


def _cn_number(text: str) -> int | None:
    """一 … 九十九 or digits."""
    if text.isdigit():
        return int(text)
    digits = "一二三四五六七八九"
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)
    return digits.index(text) + 1 if len(text) == 1 and text in digits else None


def preparation_late(case: Case, norm: str) -> tuple[str, tuple[int, int]] | None:
    """For a task that is itself preparation (完成…前期工作), not yet due: still at a first step of preparation
    (项目建议书, 需求调研) the task does not name, from first_step_late of its time on, is late."""
    if case.expected >= 100 or case.expected < threshold("first_step_late"):
        return None
    step = ladder_step(case, norm, ("preparation_first",), own=case.task_text)
    own = [k for k, w in enumerate(_PREP_ORDER) if w in case.task_text]
    at = [k for k, w in enumerate(_PREP_ORDER) if step and w in norm[step[1][0]:step[1][1]]]
    if own and at and max(own) - max(at) <= 1:
        return None      # 正在编制项目建议书 for 完成…立项: the step right before the task's own is the task's work
    later = [(a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)
             and (_PLAN_FINISHED.search(norm[a:b]) or _STRONG_UNDERWAY.search(norm[a:b]))]
    if step is None or later:
        return None
    return "前期工作仍处于起步环节", step[1]


def _one_project(case: Case) -> bool:
    """A task of one project: one part, and no count of two or more things to deliver."""
    return len(case.parts) <= 1 and not any(t.value and t.value >= 2 and not _is_level(t) for t in case.numeric)


def _one_work(case: Case) -> bool:
    """A task of one work measured by its extent and named for its result (新建…路2.4公里，年内建成通车): a length or
    an area of one project beside the result it must reach, no count of items."""
    ext = [t for t in case.numeric if vocab.unit_kind(t.unit) in ("length", "area")]
    return len(case.parts) == 2 and len(ext) == 1 and len(case.numeric) == 1


# A plan or design finished (已编制完成, 编制工作已完成), or approved (取得立项批复, 已获批), not a draft of it
# (初稿, 征求意见稿).
_PLAN_FINISHED = _quick(re.compile(r"(?<![未基初])(?:编制)?完成|已编制|已完成"
                                   f"|(?:{vocab.alternation('completion.obtain_verb')})" r"[^,;。，；]{0,6}?"
                                   f"(?:{vocab.alternation('completion.approval', 'completion.approval_paper')})"
                                   f"|(?<![未待])获批|已(?:经|通过)?(?:{vocab.alternation('completion.approval')})"
                                   # 可研已批 (statusc, stop 61): approved, said short — not 已批次
                                   r"|已批(?![次量])"))
# The steps of preparation in their order (judging.toml [words.preparation_order]; the list's order, not longest first).
_PREP_ORDER = tuple(words("preparation_order"))
_PREP_WORD = re.compile("|".join(_PREP_ORDER))      # in the data's order (as the rule read it inline)


def _preparation_passed(case: Case, norm: str, after: str) -> tuple[int, int] | None:
    """For a task to finish one step of preparation (完成…立项: the last step of words.preparation_order in ``after``,
    the task's words after its verb), a clause with a later step finished or approved (项目可研已批复) or the works
    begun (已进场施工): the task's step is passed."""
    own = [k for k, w in enumerate(_PREP_ORDER) if w in after]
    if not own:
        return None
    later = _PREP_ORDER[max(own) + 1:]
    for a, b in _spans(_CLAUSE, norm):
        clause = norm[a:b]
        if case.in_forecast(a) or _NOT_YET.search(clause) or _PLAN_DRAFT.search(_PREP_WORD.sub("", clause)):
            continue
        if any(w in clause for w in later) and _PLAN_FINISHED.search(clause) or _STRONG_UNDERWAY.search(clause):
            return a, b
    return None


_PLAN_DRAFT = vocab.pattern("stage.plan_draft")


# (_SUBJECT_END, the subject a clause opens with, is clauses.py's.)
_CLAUSE_SUBJECT_END = vocab.pattern("report.clause_subject_end")
# A clause with no subject of its own: it goes on about what its sentence named before it.
_SUBJECTLESS = re.compile(f"\\s*(?:{vocab.alternation('report.subjectless_lead')})")
_SUBJECTLESS_PART = re.compile(f"\\s*(?:{vocab.alternation('report.subjectless_lead', 'report.subjectless_work')}|\\d)")


# Measures whose unit alone names what is measured closely enough (words.toml has the kinds: units.toml).
_DISTINCT_MEASURES = ("length", "area", "money", "mass", "volume")


_THE_REST_OR_ANOTHER = re.compile(rf"(?:{_THE_REST})|另有")


_SINCE_LEAD = pattern("since_lead")      # a done figure counted since the start (开工以来, 历年), not the year's


def _measure_short(case: Case, norm: str) -> tuple[Fact, float, str, object] | None:
    """On a task with one figure to reach, in a length, an area, an amount or a mass, the one figure the report
    gives as done in the same measure, unplaced (another verb or noun: 完成管道铺设 for 管网改造), when it is short of
    the pace: (the figure, its completion, behind or seriously_behind, the target).  The task's other figures of
    another kind — a list's count beside the year's planned investment (确定建设项目194个,年度计划投资112亿元), a growth
    rate beside the amount (目标任务是201.08亿元、增速23%) — leave the one measure to reach (pagesx, from the real
    misses of pages13 and pages16).  Not when the report says the rest is
    under way or put off (其余…, 剩余…, 另有…: rule 4 and its kin decide), nor for a figure compared on the year."""
    measured = [t for t in case.numeric if not _is_level(t) and t.comparator in (None, "", ">=")
                and vocab.unit_kind(t.unit) in _DISTINCT_MEASURES]
    if len(measured) != 1 or any(vocab.unit_kind(t.unit) == vocab.unit_kind(measured[0].unit) for t in case.numeric
                                 if t is not measured[0]):
        return None
    t = measured[0]
    tv = _target_value(t)
    measure = vocab.measured_unit(t.unit, t.scale)[0]
    rest = [(a, b) for a, b in _spans(_CLAUSE, norm)
            if (_REMAINING.search(norm, a, b) or _THE_REST_OR_ANOTHER.search(norm, a, b)) and not case.in_forecast(a)]
    # (剩余8公里…暂未开工: the rest's own figure in the measure is what is left, not a second figure done)
    same = [f for f in case.facts if vocab.measured_unit(f.fact.unit, f.fact.scale)[0] == measure
            and not any(a <= f.fact.span[0] < b for a, b in rest)]
    if not tv or len(same) != 1 or same[0].role != "done" or same[0].fact.cumulative and _SINCE_LEAD.search(same[0].words):
        return None
    if not rest and (_REMAINING.search(norm) or _THE_REST_OR_ANOTHER.search(norm)):
        return None      # (the rest only in a plan: rule 4 and its kin decide, as before)
    # (in the last third of the time the rest under way holds a measure only at a named step of its works: measure_rest_late)
    if rest and (rest_holds_pace(t.unit, case.expected) or any(rest_at_step(case, norm, r) for r in rest)):
        return None
    c = round(100.0 * _value(same[0].fact) / tv, 1)
    status = by_pace(c, case.expected)
    return (same[0], c, status, t) if status in ("behind", "seriously_behind") else None


@lru_cache(maxsize=1024)
def _named_in_a_list(subject: str) -> re.Pattern:
    """``subject`` written as an item of a list (、 , or a bracket beside it): built per clause subject, cached."""
    return re.compile(f"[、，,（(]{re.escape(subject)}|{re.escape(subject)}[、，,）)]")


# The reporting unit's label opening a cell (市水利局：, 县教育局:): who reports, not an item of the task.
_REPORTER_LABEL = re.compile(r"^\s*[^\d,;。，；:：]{2,12}[:：]")


_COUNT_IN = re.compile(r"(?<![\d.])(\d+)(?![\d.%])")


def _common_step(norm: str, stages: list, k: int) -> bool:
    """确定…照料中心10个,已完成设计方案,5家施工中,5家完成建设: the clause before a subjectless step counts the items, and
    the later clauses account for all of them, under way or done — the step is their common one, passed, not one item's
    lag.  (确定建设点位6个,已完成设计方案,2所施工中: four not accounted for — the step may be theirs.)"""
    whole = _COUNT_IN.findall(norm[stages[k - 1][1]:stages[k - 1][2]])
    if len(whole) != 1:
        return False
    moved = sum(int(n) for st, a, b in stages[k + 1:] if st in ("underway", "nearly_done", "done")
                for n in _COUNT_IN.findall(norm[a:b]))
    return moved >= int(whole[0]) > 0


def _item_lagging(case: Case, norm: str) -> tuple[int, int] | None:
    """On a task of several items (a count of two or more, or a list of objects), a clause naming one item on its
    own that has not begun or is still at preparation, beside another item under way or done."""
    several = len(case.parts) >= 2 or any(t.value and t.value >= 2 and not _is_level(t) for t in case.numeric)
    if not several:
        return None
    stages = [(clause_stage(norm[a:b]), a, b) for a, b in _spans(_CLAUSE, norm) if not case.in_forecast(a)]
    if not any(st in ("underway", "nearly_done", "done") for st, _, _ in stages):
        return None
    for k, (st, a, b) in enumerate(stages):
        nxt = stages[k + 1] if k + 1 < len(stages) else None
        if st == "preparing" and nxt and nxt[0] in ("underway", "nearly_done", "done") \
                and not _SENTENCE_MARK.search(norm[b:nxt[1]]) and _SUBJECTLESS.match(norm[nxt[1]:nxt[2]]):
            continue         # 项目已完成招标,正在施工: the same item, its next clause with no subject of its own has moved on
        # (市水利局：工程已完成招标: the reporting unit's label before the clause names no item)
        head = _SUBJECT_END.split(_REPORTER_LABEL.sub("", norm[a:b]))[0]
        subject = _NON_WORD_OR_DIGIT.sub("", head)
        if len(subject) < 2 and k and stages[k - 1][0] is None and not _SENTENCE_MARK.search(norm[stages[k - 1][2]:a]) \
                and not _common_step(norm, stages, k):
            # 西山镇敬老院因用地调整，尚未开工: a clause with no subject of its own goes on about the item the clause
            # before it names, when that one says no stage of its own (a cause, a circumstance).
            subject = _NON_WORD_OR_DIGIT.sub("", _SUBJECT_END.split(norm[stages[k - 1][1]:stages[k - 1][2]])[0])
        # one item named on its own: not a count of them (3个项目征迁工作均已完成), nor a plan (创建方案已通过评审), nor
    # the task's own object (危桥改造…)
        if st in ("not_started", "preparing") and len(subject) >= 2 and subject not in _GENERIC_SUBJECTS \
                and not _COUNT_OR_ALL.search(norm[a:b]) and not _PREP_OBJECT.search(subject) \
                and (subject not in _NON_WORD_OR_DIGIT.sub("", case.task_text)     # 危桥改造已完成设计招标: all of them
                     or _named_in_a_list(subject).search(case.task_text)):
            return a, b
    return None


_ITEM_DONE_DATE = re.compile(r"(?<![\d.])(?:1[0-2]|[1-9])月(?:(?:[1-3]?\d)[日号]|[上中下]旬|底|初|份)?")


def items_done_share(case: Case, norm: str) -> tuple[int, int] | None:
    """On a task of a few items (a count of two to five, or as many parts), the items said finished each in a clause
    of its own naming it (城东客运站改造已完工并投入使用；城南客运站…尚未开工): (finished, items) — rule question 4 lets
    that figure and the band decide when the rest is not all under way; None when no clause is so read."""
    counts = [int(t.value) for t in case.numeric if t.value and 2 <= t.value <= 5 and not _is_level(t)
              and float(t.value).is_integer()]
    items = max(counts) if counts else len(case.parts) if 2 <= len(case.parts) <= 5 else 0
    if not items or len(counts) > 1:
        return None
    done = 0
    for a, b in _spans(_CLAUSE, norm):
        if case.in_forecast(a) or clause_stage(norm[a:b]) != "done":
            continue
        clause = _ITEM_DONE_DATE.sub("", norm[a:b])     # (已于4月完成: a date, no count)
        head = _SUBJECT_END.split(_REPORTER_LABEL.sub("", clause))[0]
        subject = _NON_WORD_OR_DIGIT.sub("", head)
        if len(subject) < 2 or subject in _GENERIC_SUBJECTS or _COUNT_OR_ALL.search(clause):
            return None      # (a count or all of them said done: not one item by its name)
        done += 1 + head.count("、")       # (东湖公园、西山公园已建成: two items named)
    return (done, items) if 0 < done < items else None


_OWN_ITEMS = _quick(re.compile(r"(?:共(\d+)项[^,;。，；\d]{0,8}|(?<![\d.])(\d+)项[^,;。，；\d]{0,8}?中)[,，]?[^,;。，；\d]{0,6}?(?:已)?"
                               f"(?:{vocab.alternation('completion.items_done')})" r"(\d+)项"), digits=True)


# A share of work done written as its verb and object and a percentage (累计完成管网改造35%).
_SHARE_DONE = re.compile(r"完成([^\d,;。，；%率]{2,12})$")


# 主体结构已完工, 主体施工完成, 主体已于7月封顶, 已完成主体结构施工: the main works (主体, with 结构 or 工程, 施工 or 建设)
# said finished (judging.toml words.main_works_done_verb), at most 已 / 均已 / 全部 and a past month between.
_MAIN_WORKS = f"(?:{pattern('main_works_name').pattern})"
_MAIN_WORKS_DONE = re.compile(
    _MAIN_WORKS + f"(?:{pattern('main_works_between').pattern})?" + r"(?:于\d{1,2}月(?:[上中下]旬|底|初|份|\d{1,2}[日号])?前?)?"
    + f"(?:{pattern('main_works_manner').pattern})?"     # (已于11月顺利封顶, 已于5月25日前全部完工: the manner after the date)
    + f"(?:{pattern('main_works_done_verb').pattern})|已(?:{pattern('main_works_between').pattern})?完成了?{_MAIN_WORKS}")
# (in a task the main works after its verb, a building's name of up to 16 characters between (完成县人民医院门诊综合楼主体工程),
# named with 结构, 工程, 施工 or 建设, bare 主体 only right before the finish:
# 年内完成主体结构施工, 主体封顶 — not 实现市场主体倍增)
_MAIN_WORKS_NAMED = "|".join(re.escape(w) for w in sorted(words("main_works_name"), key=len, reverse=True) if w != "主体")
_MAIN_WORKS_TASK = re.compile(f"(?:{pattern('main_works_task').pattern})[^,;。，；\\d]{{0,16}}?(?:{_MAIN_WORKS_NAMED})"
                              f"|{_MAIN_WORKS}(?:{pattern('main_works_done_verb').pattern})")
_MAIN_WORKS_NOT = pattern("main_works_not")
_MAIN_WORKS_TASK_NOT = pattern("main_works_task_not")
_MAIN_WORKS_PARTIAL = pattern("main_works_partial")


def main_works_result(task: str) -> bool:
    """The task's (or a part's) own result is the main works finished (年内完成主体结构施工, 年底前完成场馆主体结构: judging.toml
    words.main_works_task), no later step named as a result with it (建成, 竣工, 装修: words.main_works_task_not)."""
    task = _MAIN_WORKS_NOT.sub(lambda m: "·" * len(m.group(0)), task)
    return bool(_MAIN_WORKS_TASK.search(task)) and not _MAIN_WORKS_TASK_NOT.search(task)


# 完成12座小型病险水库除险加固主体工程: a count of works whose main works are what each must reach — the count, its
# measure word (any unit of units.toml's count kind: 座, 个, 栋, 项 … — a superset of the class of eight it replaced,
# checked to change no verdict, hygienex, stop 63), then the works' name of up to 16 characters and the main works
# (statusd, stop 62).
_MAIN_WORKS_COUNT_TASK = re.compile(f"(?:{pattern('main_works_task').pattern})" r"\d+\s*"
                                    f"(?:{vocab.unit_group_of('count')})"
                                    f"[^,;。，；\\d]{{0,16}}?(?:{_MAIN_WORKS_NAMED})")


def main_works_count_task(task: str) -> bool:
    """The task counts works whose own result is their main works finished (完成12座…除险加固主体工程), no later step named
    as a result with it (words.main_works_task_not): a count said with its main works finished is that count done."""
    task = _MAIN_WORKS_NOT.sub(lambda m: "·" * len(m.group(0)), task)
    return bool(_MAIN_WORKS_COUNT_TASK.search(task)) and not _MAIN_WORKS_TASK_NOT.search(task)


def main_works_said_done(clause: str) -> bool:
    """The clause says the main works finished (主体结构已完工, 已完成主体施工, 主体已于7月封顶: words.main_works_done_verb),
    not a part, a share, a floor, a negation or a plan of them (基本完工, 完成80%, 完成至第8层, 尚未完工, 预计10月完工:
    words.main_works_partial)."""
    clause = _MAIN_WORKS_NOT.sub(lambda m: "·" * len(m.group(0)), clause)
    return bool(_MAIN_WORKS_DONE.search(clause)) and not _MAIN_WORKS_PARTIAL.search(clause)

