"""A task's measurable parts (``task_parts``): every indicator that is not a stretch goal, a zero or a deadline,
every clause with a result verb and no figure, the entries of a numbered list, an event to hold; and the noun
after a count (``_noun_after``).
"""

from __future__ import annotations

import re

from .. import vocab
from ..judgement import Indicator
from ..text import for_parsing
from .base import (
    _CLAUSE,
    _CLAUSE_MARK,
    _COMPLETION_FINISH,
    _DIGIT,
    _LIST_ITEM,
    _NON_WORD,
    _NOT_HAN,
    _NOUN_RUN,
    _TASK_WHOLE_INVESTMENT,
    _quick,
    pattern,
    words,
)
from .case import Part, _unit_of
from .clauses import (
    _EVENT_TASK,
    _FINISHED_WORKS,
    start_asked_of_build,
)


def _noun_after(norm: str, end: int) -> str:
    m = _NOUN_RUN.match(norm, end)
    noun = m.group(0) if m else ""
    noun = _NOUN_END.split(noun)[0]      # (剩余3所计划国庆施工: a plan, no noun)
    if noun in _ABOUT_AFTER:
        noun = ""                        # 预计全年增长9%左右: the figure's hedge, no noun of another thing
    if len(noun) > 1 and noun[-1] in "和及与" and _DIGIT.match(norm[end + len(noun):end + len(noun) + 1]):
        noun = noun[:-1]                 # 1个示范乡镇和3个精品村: 和 joins the next count, no part of the noun
    return noun


# A hedge standing alone after a figure (words.toml comparator.about_after: 左右, 上下) says the figure is approximate.
_ABOUT_AFTER = frozenset(vocab.words("comparator.about_after"))

# What ends the noun after a count (words.toml [figure.noun_end]); 中 too (10个X中M个) unless it opens one (中心, 中学, 中医).
_NOUN_END = re.compile(f"{vocab.alternation('figure.noun_end')}|中(?![心学医药小])")


_ITEM_LEAD = re.compile(f"(?:{vocab.alternation('task.item_lead')})?")

# 【竣工类】某项目, 【交通】某工程: a table's class or field title in 【】 opening the task cell — its words (竣工, 新开工)
# no verb of the task's; 年度目标：… a project row's label before its target — no head of the verb after it.
_BRACKET_LEAD = re.compile(r"^\s*【[^】\n]{1,10}】")
# 重点任务25｜惠农补贴｜目标任务：完成…发放｜完成时限：9月底前 (a ledger's task cell, its fields joined by ｜): each field a
# clause of its own when the clauses with a result verb are sought — the item's number and field, the target's label, the
# deadline's and the unit's columns are no head of the verb.
_FIELD_CLAUSE = re.compile(r"[^,;。!?\n，；！？|｜]+")
# (a project row's works target after its label beside the year's investment, 年度建设目标：8月底前建成投用: judged as a part of
# its own by rules/verdict.WorksTargetOwnPart, words.toml status.works_target_label)
_WORKS_FIELD = re.compile(f"\\s*(?:{vocab.alternation('status.works_target_label')})\\s*[:：]")
# (its own number between the label and the colon, 目标任务17：, 改革任务3：, 年度目标（二）：, is the label's too)
_HEAD_TARGET_LABEL = re.compile(f"^\\s*(?:{vocab.alternation('task.target_label')})"
                                r"\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）])?\s*[:：]")


# 三、职业技能｜14.3月底前启动…, 一、稳就业｜11.…: a table's task cell opening with its field's heading and the item's number
# (the number right before a month or a word, not a decimal's) — no part of the verb's head.
_HEAD_ITEM = re.compile(r"^(?:[^|]{1,20}\|)?\s*(?:\d{1,2}[.、](?=(?:1[0-2]|[1-9])月|[\u4e00-\u9fff]))?")


# A task's own numbered list (实施…工程：①人民路改造；②解放路改造；③…建设): each entry an item to finish.
_ITEM_MARK = _quick(re.compile(r"[①-⑳]|[(（][1-9]\d?[)）]"))
_ITEM_WORK = re.compile(f"(?:{'|'.join(words('result_verb'))}|{vocab.alternation('task.item_work')})")


def _numbered_items(task_text: str, norm: str, taken: list[tuple[int, int]]) -> list[Part]:
    """Entries of a numbered list in the task (①…；②…) naming work of their own (人民路改造, 滨江路延伸段建设), or led by
    a result verb (完成三项改革任务：①医共体改革；…), and holding no measure already read: one part each, to be finished.
    Fewer than two entries are no list."""
    marks = list(_ITEM_MARK.finditer(norm))
    if len(marks) < 2:
        return []
    # 完成三项改革任务：①医共体改革；②…: a result verb before the list is each entry's own
    led = bool(pattern("result_verb").match(norm[:marks[0].start()].strip()))
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(norm)
        stop = _CLAUSE_MARK.search(norm[m.end():end])
        a, b = m.end(), m.end() + stop.start() if stop else end
        item = norm[a:b].strip()
        if len(item) < 3 or not (led or _ITEM_WORK.search(item)) or any(a <= x < b for x, _ in taken):
            return []
        out.append(Part(task_text[a:b].strip(), (a, b), required="done"))
    return out


# A deadline opening a task's clause (三季度末前, 第二季度末, 10月底前, 上半年内): not the verb's head.
_HEAD_DEADLINE = re.compile(f"^(?:{vocab.alternation('task.deadline_lead')})?"
                            f"(?:第?[一二三四]季度|{vocab.alternation('time.half_or_mid_year')}|(?:1[0-2]|[1-9])月)"
                            f"(?:末|底|份)?(?:{vocab.alternation('time.before_mark')})?")


# 年度目标：年内建成开放 (a project row's cell): the heading of the year's list before the verb is no head of it
# (words.toml time.year_heading; README rule question 31: the works paced by their own date beside the year's investment).
# (the project's name, 【文化】某某馆——, may title the heading: what stands before it goes with it)
_YEAR_HEADING = re.compile(f"^[^,;。，；:：]{{0,30}}?年度(?:{vocab.alternation('time.year_heading')})[:：]")


# 区第三实验小学新建工程6月底前开工, 某某大桥年内动工建设: the works named first, then their own date and the start verb
# closing the clause (words.toml start_verb) — a start to reach, the whole clause the part (a verb opening the clause is
# read above; a finish after the start, 年内开工、年底竣工, is a clause of its own).
_START_CLOSING = re.compile(r"(?:【[^】]{1,10}】\s*)?[\u4e00-\u9fff]{2}.*?(?:(?:1[0-2]|[1-9])月(?:底|末|份)?|第?[一二三四]季度(?:末|底)?|"
                            f"{vocab.alternation('time.half_or_mid_year', 'deadline.year_end')})"
                            f"(?:{vocab.alternation('time.before_mark')})?(?:{'|'.join(words('start_verb'))})"
                            r"(?:建设)?\s*[。.]?\s*$")


def _start_closing(task_text: str, norm: str, taken: list[tuple[int, int]]) -> list[Part]:
    """Clauses naming the works, then their date and a start verb closing the clause (区第三实验小学新建工程6月底前开工):
    one part each, reached once the works have begun."""
    clauses = list(_CLAUSE.finditer(norm))
    found = [c for c in clauses if not any(c.start() <= a < c.end() for a, _ in taken)
             and _START_CLOSING.match(c.group(0).strip())]
    # (城北农贸市场改造项目3月底前开工，9月底前完工: a finish asked in another clause is what the task reaches — the start
    # is its first date, read as before)
    if not found or any(c not in found and _FINISH_ASKED.search(c.group(0)) for c in clauses):
        return []
    return [Part(task_text[c.start():c.end()].strip(), c.span(), required="underway") for c in found]


_FINISH_ASKED = re.compile("|".join(w for w in words("result_verb") if w not in words("start_verb")))


# 衔接资金项目142个8月底前全部开工, 重点项目30个年内开工: after a count, only its own date, a word of all its items
# (words.toml task.count_then_start_all) and a start verb closing the clause — the count is of works to start, not to
# finish (README rule question 13: reached once begun).
_COUNT_THEN_START = re.compile(r"\s*(?:(?:1[0-2]|[1-9])月(?:底|末|份)?|第?[一二三四]季度(?:末|底)?|"
                               f"{vocab.alternation('time.half_or_mid_year', 'deadline.year_end')})?"
                               f"(?:{vocab.alternation('time.before_mark')})?"
                               f"(?:{vocab.alternation('task.count_then_start_all')})?(?:{'|'.join(words('start_verb'))})"
                               r"(?:建设)?\s*(?:[,;。.|，；｜]|$)")


# 启动并建设完成…: the start joined by 并 to the finish — the part is the finish (task.start_then_finish).
_START_THEN_FINISH = vocab.pattern("task.start_then_finish")
# 完成时限：2026年9月底前 (a project table's task cell, its columns joined by ；): a deadline column's label and its date,
# no work to finish; so in a field's brackets after the task (【牵头处室：某某处】【完成时限：3月底】), as a unit's label is.
_DEADLINE_LABEL = re.compile(rf"^\s*(?:[(\[【]\s*)?(?:{vocab.alternation('task.deadline_label')})\s*[:：]")
# 。（承办：城市管理办公室）, 责任单位：市水务集团 after the task: the label of the unit in charge opens a clause naming who
# does the work, never a part of it — 承办 is no event to hold (words.toml task.lead_unit_label, cooperating_unit_label).
# (the space after an opening bracket only after one: two runs of \s* side by side would backtrack quadratically)
_UNIT_LABEL = re.compile(rf"^\s*(?:[(\[【]\s*)?(?:{vocab.alternation('task.lead_unit_label', 'task.cooperating_unit_label')})"
                         r"\s*[:：]")


# 〔完成时限：2026年5月底, 【责任单位：…】 after a clause's verb: a field's label in a bracket opening it, the rest of the
# clause that field — the deadline's or the unit's, no object of the verb (…，汛前完工〔完成时限：…〕 is a date and a bare
# finish, no part of its own).
_FIELD_AFTER = re.compile(rf"[(\[【〔（]\s*(?:{vocab.alternation('task.deadline_label', 'task.lead_unit_label', 'task.cooperating_unit_label')})"
                          r"\s*[:：].*$")
_YEAR_INVESTMENT = vocab.pattern("task.year_investment")
_PROGRAMME = re.compile(rf"(?:{vocab.alternation('task.programme_verb')})[^，,；;。]*项目$")
# A count's metric that only names a class of projects (市重点项目, 省重点项目, 区重点建设项目): a list, not a result.
# 全区新建工业项目140个, 新建重点项目36个: a key-project list's count of the year's new projects (新建 before a few
# words of their kind and 项目, the count's name ending there: words.toml task.new_projects_kind) — begun within the year,
# as 新开工项目 are, not finished (not after a finish asked, 完成…新建项目3个: completion.finish).
_NEW_PROJECTS_COUNT = re.compile(f"新建(?:{vocab.alternation('task.new_projects_kind')})?项目$")
_LISTED_PROJECTS = re.compile(r"[^，,；;。\d]{0,12}项目")


# A bracketed aside inside a name (重点项目(含省重大)): left out before the name is read.
_ASIDE = re.compile(r"[(（][^()（）]{0,12}[)）]")
_AMONG_LEAD = re.compile(r"^其中")
# What may close a count's name before its figure (…重点项目共46个, …重点项目共安排93项: words.toml task.count_name_tail),
# and the year opening it (2021年…): left out before the name is read for a programme's list.
_COUNT_TAIL = re.compile(f"(?:{vocab.alternation('task.count_name_tail')})$")
_COUNT_LEAD_YEAR = re.compile(r"^\s*(?:\d{4}|今|本|全)年(?:度)?")


def _year_plan(p: Part) -> bool:
    """The year's planned investment (words.toml task.year_investment) as a figure of money — not a count of projects
    written before the name that holds it (22个…项目年度计划投资191亿元: the count's name runs on past the plan)."""
    return p.indicator is not None and _YEAR_INVESTMENT.search(p.indicator.metric or "") is not None \
        and vocab.unit_kind(p.indicator.unit) == "money"


# 全年实施重点项目80个，完成投资120亿元: in a year's key-project list the investment to put in (words.toml
# task.list_investment) is the list's measure as the year's plan is; beside it a count of key projects (words
# list_project_marker) under a programme verb (实施, 推进, 安排) is the list's size — a count with its own verb of
# progress (开工N个, 竣工N个) stays a part (the lead's decision D12, stop 53; bench/labels/status/README.md rule question 34).
_LIST_INVESTMENT = vocab.pattern("task.list_investment")
_KEY_LIST = pattern("list_project_marker")


def _list_investment(p: Part) -> bool:
    """The investment to put in within the year as a figure of money (完成投资120亿元)."""
    return p.indicator is not None and _LIST_INVESTMENT.search(p.indicator.metric or "") is not None \
        and vocab.unit_kind(p.indicator.unit) == "money"


def _key_list_size(p: Part, sized: list[Part]) -> bool:
    """Beside the year's investment to put in: a count of key projects (重点项目, 重大项目) that is the list's size."""
    t = p.indicator
    return vocab.unit_kind(t.unit) != "money" and _KEY_LIST.search(t.metric or "") is not None \
        and _list_size(p, sized)


def _list_size(p: Part, sized: list[Part]) -> bool:
    """Beside the year's planned investment, a part that is only the size of the programme's list: the projects' whole
    investment, a count of projects under a programme verb or naming only their class (an aside in brackets left out:
    列入苏州重点项目(含省重大)75个), a count whose name holds the year's plan itself (22个重大项目年度计划投资191亿元), or
    the breakdown after 其中 of a list already read as a size (列入省级重点项目8项,其中续建项目7项)."""
    t = p.indicator
    metric = _COUNT_LEAD_YEAR.sub("", _COUNT_TAIL.sub("", _ASIDE.sub("", t.metric or "")))
    if _TASK_WHOLE_INVESTMENT.search(metric) or _PROGRAMME.search(metric):
        return True
    if vocab.unit_kind(t.unit) == "money":
        return False
    if _YEAR_INVESTMENT.search(metric):
        return True
    if _AMONG_LEAD.match(metric) and any(vocab.unit_kind(q.indicator.unit) == vocab.unit_kind(t.unit)
                                         and q.indicator.value is not None and t.value is not None and t.kind != "zero"
                                         and t.value <= q.indicator.value for q in sized):
        return True
    if _TOTAL_ONLY.search(t.metric or "") and _LISTED_INTO.match(p.noun or ""):
        return True     # 吴江区共有6个项目列入省级重大项目: the list's count, its name after it
    return bool(_LISTED_PROJECTS.fullmatch(metric)) and not pattern("result_verb").search(metric) \
        and not pattern("start_verb").search(metric)


# A count's metric that is only a place and a total's word (吴江区共, 全县共有), its noun after it the projects put on a
# list (项目列入省级重大…): the list's count, its size.
_TOTAL_ONLY = re.compile(rf"^[^，,；;。\d]{{0,8}}?(?:{vocab.alternation('figure.total_lead')})有?$")
_LISTED_INTO = re.compile(rf"项目(?:{vocab.alternation('task.listed_into')})")


def _bracketed_split(targets: list[Indicator], norm: str) -> list[Indicator]:
    """Figures in brackets right after a figure of their unit that add up to it (开复工40项(续建31项,新建9项)): its
    breakdown, no parts of their own; one figure of another unit in brackets after one item (新建冷库1座（库容2000吨）):
    the item's size."""
    out: list[Indicator] = []
    for t in targets:
        if not t.span or t.value is None or norm[t.span[1]:t.span[1] + 1] not in ("(", "（"):
            continue
        close = min((i for i in (norm.find(")", t.span[1]), norm.find("）", t.span[1])) if i > 0), default=-1)
        inner = [u for u in targets if u is not t and u.span and t.span[1] < u.span[0] < close]
        if len(inner) >= 2 and all(u.unit == t.unit and u.value is not None for u in inner) \
                and abs(sum(u.value for u in inner) - t.value) < 1e-9:
            out += inner
        elif t.value == 1 and len(inner) == 1 and inner[0].unit != t.unit and t.kind == "count":
            out += inner    # 建设光伏电站1座（装机容量300千瓦）: one item's size, given with it, no part of its own
    return out


# Opening a target, a quota per period (每月完成…不少于2个: words.toml figure.per_period).
PER_PERIOD = re.compile(f"(?:{vocab.alternation('figure.per_period')})")


def _per_period_noun(parts: list[Part]) -> None:
    """每月完成老旧小区管网改造不少于2个，全年完成24个: the year's count after a quota per period names only its verb, so it
    counts the quota's thing (老旧小区管网改造) — given as its noun."""
    for prev, part in zip(parts, parts[1:], strict=False):
        if prev.indicator is None or part.indicator is None or part.noun:
            continue
        m = PER_PERIOD.match(prev.indicator.metric or "")
        own = _NOT_HAN.sub("", part.indicator.metric or "")
        rest = (prev.indicator.metric or "")[m.end():] if m else ""
        if m is None or not own or len(own) > 4 or not (rest.startswith(own) or pattern("result_verb").search(own)):
            continue
        verb = pattern("result_verb").match(rest)
        noun = rest[len(own):] if rest.startswith(own) else rest[verb.end():] if verb else rest
        if len(noun) >= 2:
            part.noun = noun


def _second_measure(parts: list[Part], norm: str) -> None:
    """改造老旧小区5.1万个、840万户, 建设保障房1200套、9万平方米: a figure right after another across a 、 with no name of
    its own and another unit counts the same things in another measure, so it takes the first's name (as its noun) and
    the step it must reach (新开工…: started)."""
    for prev, part in zip(parts, parts[1:], strict=False):
        if prev.indicator is None or part.indicator is None or part.noun or not prev.indicator.metric:
            continue
        if _NOT_HAN.sub("", part.indicator.metric or "") or norm[prev.indicator.span[1]:part.indicator.span[0]] != "、":
            continue
        if _unit_of(prev.indicator) == _unit_of(part.indicator):
            continue
        part.noun = prev.indicator.metric
        part.required = prev.required


# 户 then 人 (words.toml figure.group_then_members): a group and the persons in it, one count written twice.
_GROUP_THEN_MEMBERS = frozenset(vocab.words("figure.group_then_members"))


def _second_unit_dropped(parts: list[Part], norm: str) -> list[Part]:
    """搬迁1085户3974人: a count in persons written right after a count of households, nothing between and no name of its
    own (words.toml figure.group_then_members), counts the same group again (the persons of the households): one target, answered by the first unit's count — not
    a second part left unreported when the report gives a share of the one plan."""
    out: list[Part] = []
    for part in parts:
        prev = out[-1] if out else None
        t = part.indicator
        if prev is not None and prev.indicator is not None and t is not None and t.span and prev.indicator.span \
                and t.kind == "count" and prev.indicator.kind == "count" and not _NOT_HAN.sub("", t.metric or "") \
                and norm[prev.indicator.span[1]:t.span[0]] == "" \
                and f"{_unit_of(prev.indicator)}>{_unit_of(t)}" in _GROUP_THEN_MEMBERS:
            continue
        out.append(part)
    return out


# A clause opening on each place before its count (每个县建成1个…, 每个乡镇建设1所…) and a clause with a total in the same
# unit (全省共建成166个, 全县共建设18所): words.toml target.per_each_lead, figure.total_lead.
_EACH_QUOTA_LEAD = re.compile(rf"(?:{vocab.alternation('target.per_each_lead')})[^,;。，；:：\d]{{1,12}}$")
_TOTAL_IN_CLAUSE = re.compile(rf"(?:{vocab.alternation('figure.total_lead')})[^,;。，；:：\d]{{0,6}}$")


def _clause_head(norm: str, at: int) -> str:
    """The text of ``at``'s clause before it (from the last clause mark)."""
    start = max(norm.rfind(c, 0, at) for c in ",;。，；:：") + 1
    return norm[start:at]


def _each_quotas(parts: list[Part], norm: str) -> list[Part]:
    """每个县(市、区)建成1个口袋公园，全省共建成166个: the count each place is to have, beside a total in its unit that
    it spreads, is no target of its own — met by the first place's work it would read as done while the total is
    short.  The total is the target; the quotas returned are dropped (their clauses no parts either).  Only with such a total (共, 共计, 合计, 总计) in the same
    unit and larger: 每个乡镇建成1个综合文化站 alone stays the task's count."""
    def quota(p: Part) -> bool:
        t = p.indicator
        return t is not None and t.kind == "count" and bool(t.span) and t.value is not None \
            and _EACH_QUOTA_LEAD.search(_clause_head(norm, t.span[0])) is not None

    def total_of(p: Part, q: Part) -> bool:
        t, u = p.indicator, q.indicator
        return t is not None and u is not None and t is not u and t.kind == "count" and bool(t.span) \
            and t.value is not None and t.value > u.value and _unit_of(t) == _unit_of(u) \
            and _TOTAL_IN_CLAUSE.search(_clause_head(norm, t.span[0])) is not None

    return [p for p in parts if quota(p) and any(total_of(q, p) for q in parts)]


# Between two counts, what joins the second to a start before it (新开工改造小区5.3万个、涉及居民865万户): 、 and a
# few characters with no clause mark.
_JOINED_GAP = re.compile(r"\s*、[^,;。，；:：\d]{0,6}")


def _joined_start(parts: list[Part], norm: str) -> None:
    """…5.3万个、涉及居民865万户: a count right after a start's count, joined by 、 and a few words with no verb of its
    own (words.toml [words] result_verb, start_verb), counts what that start covers — the households of the same
    start — so it asks a start too, not a finish (a bare one, 5.1万个、840万户, takes the start's name and step in
    _second_measure)."""
    for prev, part in zip(parts, parts[1:], strict=False):
        t, p = part.indicator, prev.indicator
        if prev.required != "underway" or part.required != "done" or t is None or p is None \
                or t.kind != "count" or p.kind != "count" or not t.span or not p.span:
            continue
        gap = norm[p.span[1]:t.span[0]]
        if _JOINED_GAP.fullmatch(gap) and not pattern("result_verb").search(gap) \
                and not pattern("start_verb").search(gap):
            part.required = "underway"


_TITLE_PLAN = vocab.pattern("task.title_plan")


def _titled_list(clause: str, head: str, m: re.Match) -> tuple[int, re.Match] | None:
    """A project's name and a colon before a result verb listing two results or more (某某文化中心：年内完成室内装修和
    布展): (where the clause opens after the colon, the verb found there).  Not a month's or a quarter's plan titled so
    (6月工作计划：完成…: deadline.month_plan reads it), nor a verb of one result (项目：年内建成并点火供热)."""
    colon = max(head.rfind(":"), head.rfind("："))
    if colon < 0 or _TITLE_PLAN.search(head[:colon]):
        return None
    verb = pattern("result_verb").search(clause, colon + 1)
    if verb is None or verb.start() != m.start():
        return None
    rest = clause[verb.end():]
    rest = rest[_ITEM_LEAD.match(rest).end():]
    items = [i.group(0) for i in _LIST_ITEM.finditer(rest)]
    if len(items) < 2 or any(len(x.strip()) < 2 for x in items):
        return None
    return colon + 1, pattern("result_verb").search(clause[colon + 1:])


_AIM_VERB = vocab.pattern("task.aim_verb")
_AIM_OBJECT = re.compile(rf"(?:{vocab.alternation('task.aim_object')})[”\"」’]?\s*$")


def task_parts(task_text: str, targets: list[Indicator]) -> list[Part]:
    """The measurable parts: every indicator that is not a stretch goal, a zero or a deadline, and
    every clause with a result verb and no figure (开工…, 完成…搬迁, 建成并投入使用)."""
    parts: list[Part] = []
    norm = for_parsing(task_text)
    split = _bracketed_split(targets, norm)
    for t in targets:
        if t.stretch or t.kind in ("zero", "deadline") or t.value is None or t in split:
            continue
        text = t.text if not t.metric or t.metric in t.text else f"{t.metric}{t.text}"
        required = "underway" if pattern("start_verb").search(t.metric) or (
            _NEW_PROJECTS_COUNT.search(t.metric) and not _COMPLETION_FINISH.search(t.metric)) or (
            t.kind == "count" and t.span and _COUNT_THEN_START.match(norm, t.span[1])) else "done"
        parts.append(Part(text, t.span, t, required, noun=_noun_after(norm, t.span[1]) if t.span[1] else ""))
    _joined_start(parts, norm)
    if any(_year_plan(p) for p in parts):
        # 概算总投资2095亿元，年度计划投资495亿元: the projects' whole investment is their size, the year's plan the target.
        # 谋划实施…项目386个 beside it: the programme's list, its size, not a count to finish.
        # 市重点项目7宗 / 省重点项目14个 beside it, with no verb of a result or a start: the list's size too.
        sized: list[Part] = []
        kept = []
        for p in parts:
            if p.indicator is None or _year_plan(p) or not _list_size(p, sized):
                kept.append(p)
            else:
                sized.append(p)
        parts = kept
    elif any(_list_investment(p) for p in parts):
        # 实施重点项目89个，完成投资130亿元: the key-project list's count is its size, the investment decides (D12).
        sized = []
        kept = []
        for p in parts:
            (sized if p.indicator is not None and not _list_investment(p) and _key_list_size(p, sized)
             else kept).append(p)
        parts = kept
    _per_period_noun(parts)
    _second_measure(parts, norm)
    parts = _second_unit_dropped(parts, norm)
    quotas = _each_quotas(parts, norm)
    parts = [p for p in parts if p not in quotas]
    taken = [p.span for p in parts + quotas] + [t.span for t in split]     # (a breakdown's clause is no part either;
    # nor a quota spread by a total)
    result = pattern("result_verb")
    start = pattern("start_verb")
    for c in _FIELD_CLAUSE.finditer(norm):
        s, e = c.span()
        if any(s <= a < e for a, _ in taken):
            continue
        clause = c.group(0)
        title = _BRACKET_LEAD.match(clause)
        if title:
            s, clause = s + title.end(), clause[title.end():]
        m = result.search(clause)
        if not m or _DEADLINE_LABEL.match(clause) or _UNIT_LABEL.match(clause) or _WORKS_FIELD.match(clause):
            continue
        head = clause[:m.start()]
        titled = _titled_list(clause, head, m)
        if titled:
            # 某某文化中心：年内完成室内装修和布展 (a node chart's row): the project's name before its colon titles a
            # clause listing several results, no head of the verb
            s, clause, m = s + titled[0], clause[titled[0]:], titled[1]
            head = clause[:m.start()]
        # The verb must open the clause (深入打造…, 开工建设…), not stand inside a process (推广…改造后…); a deadline
        # before it (三季度末前开工…, 第二季度末前建成…) is no part of the head.
        # (a cell's field heading and item number before a start verb, 一、稳就业｜11.3月底前启动…, neither; before a
        # finish they stay, a step's own 已完成 — 已完成征求意见 for 出台… — being no finish of the task)
        # (第19项｜【住房保障】任务：开工建设…: the item's number, then the field's 【】 title and the label, neither)
        bare = _HEAD_DEADLINE.sub("", _HEAD_TARGET_LABEL.sub("", _BRACKET_LEAD.sub("", _HEAD_ITEM.sub("", head, count=1))
                                                             if start.search(m.group(0))
                                                             else _YEAR_HEADING.sub("", head), count=1))
        if len(bare) > 4 or vocab.pattern("milestone.process").search(head):
            continue
        verb = m.group(0)
        rest = clause[m.end():]
        lead = _ITEM_LEAD.match(rest)
        verb, rest = verb + lead.group(0), rest[lead.end():]
        if len(_NON_WORD.sub("", _FIELD_AFTER.sub("", rest))) < 2:
            continue     # (汛前完工〔完成时限：5月底: a date and a bare finish, the field after it no object of the verb)
        if _AIM_VERB.fullmatch(m.group(0)) and _AIM_OBJECT.search(clause):
            # 打造“原居安养”服务品牌, 打造一流营商环境: a build verb whose object is an aim, not a facility — no stage to
            # reach, no part (README rule question 28; words.toml task.aim_verb, task.aim_object).
            continue
        required = "underway" if start.search(verb) and not _FINISHED_WORKS.search(clause) \
            and not _START_THEN_FINISH.search(clause) else "done"
        pos = s + m.end() + lead.end()
        items = [(i.start(), i.group(0)) for i in _LIST_ITEM.finditer(rest)]
        if len(items) > 1 and all(len(x.strip()) >= 2 for _, x in items):
            for off, item in items:
                a = pos + off
                parts.append(Part(verb + task_text[a:a + len(item)].strip(), (a, a + len(item)), required=required))
        else:
            parts.append(Part(task_text[s + len(head):e].strip(), (s + len(head), e), required=required))
    parts += _start_closing(task_text, norm, [p.span for p in parts])
    items = _numbered_items(task_text, norm, [p.span for p in parts])
    if items:
        # 完成三项改革任务：①…②…③…: a count before the list that is the list's length is the list itself.
        first = min(p.span[0] for p in items)
        parts = [p for p in parts if not (p.indicator is not None and p.span[1] <= first
                                          and p.indicator.value == len(items))] + items
    if parts:
        # 举办区运动会，组织全民健身活动200场次: an event to hold beside other measures is a part of its own
        # (judge_clause: held is done, cancelled not begun, otherwise on pace until the year is over).
        taken = [p.span for p in parts]
        for c in _CLAUSE.finditer(norm):
            ev = _EVENT_TASK.search(c.group(0))
            if ev and ev.start() <= 4 and not _UNIT_LABEL.match(c.group(0)) \
                    and not any(c.start() <= a < c.end() for a, _ in taken) \
                    and len(_NON_WORD.sub("", c.group(0)[ev.end():])) >= 2:
                parts.append(Part(task_text[c.start() + ev.start():c.end()].strip(), (c.start() + ev.start(), c.end()),
                                  required="event"))
    if start_asked_of_build(norm) is not None:
        # 新建某某中学3所，年内开工建设: the works named by the build verb are asked only to start this year — a part
        # opening on that verb is reached once its works have begun (README rule question 42).
        for p in parts:
            if p.required == "done" and _BUILD_NAMED_OPENS.match(p.indicator.metric if p.indicator else p.text):
                p.required = "underway"
    return parts


_BUILD_NAMED_OPENS = re.compile(f"\\s*(?:{vocab.alternation('task.build_named')})")
