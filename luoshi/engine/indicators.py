"""Indicators (指标) and milestones parsed from a task's text.

Conventions: ``unit`` is as written including any scale (130亿元 → value 130,
unit "亿元", scale "亿"; 3.5万吨 → 3.5, "万吨", "万"); numbers.apply_scale
multiplies.  Zero targets (零信访, 零增长, 不发生, 清零) have value 0 (issue 10 item 3,
the lead's decision D5: a zero is a figure), unit "", comparator "<=", kind "zero".  Fractions (三分之二) are values 0–1, unit "".
Milestones are given only where the text has no indicator.  Spans are offsets
into the text as given.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from luoshi.engine import vocab
from luoshi.engine.errors import parses
from luoshi.engine.judgement import Indicator, Milestone
from luoshi.engine.numbers import parse_number
from luoshi.engine.text import for_parsing

# 左右 on a rate: held (status) or met (verify) within half a percentage point either side.
ABOUT_POINTS = 0.5
# A metric where lower is better (涨幅, 失业率, 能耗: words.toml target.lower_is_better), read by targets, verify
# and status alike.
LOWER_IS_BETTER = vocab.pattern("target.lower_is_better")


# Days counted (空气质量优良天数达到300天, 重污染天数控制在4天以内): a metric named …天数 counts the days a state held
# (words.toml target.days_counted_end), no time limit of an errand — unless the metric names an errand's time
# (审批天数, 平均办结天数: target.errand_days), which stays a duration.
_DAYS_COUNTED_END = tuple(vocab.words("target.days_counted_end"))
_ERRAND_DAYS = vocab.pattern("target.errand_days")


def days_counted(metric: str) -> bool:
    """A metric that counts days on which a state held (优良天数, 重污染天数, 超标天数): a count of days, paced or
    capped as any count — not a time limit (审批天数压缩至30天 stays a duration: target.errand_days)."""
    return metric.endswith(_DAYS_COUNTED_END) and not _ERRAND_DAYS.search(metric)


def lower_is_better(ind: Indicator) -> bool:
    """A level or rise that is better lower (居民消费价格涨幅3%左右, 城镇调查失业率5.5%左右): a ceiling by its
    nature, whatever its comparator; a fall of such a metric (能耗下降3%左右, a decline target) keeps its sign."""
    return ind.kind != "decline_rate" and LOWER_IS_BETTER.search(ind.metric or "") is not None


_CN_NUMERAL = "一二两三四五六七八九十百千零"
# The lookahead names every character a figure can open with: the same matches, found about twice
# as fast (the regex engine skips ahead to such a character instead of trying each branch).
_NUM = re.compile(
    rf"(?=[\d〇{_CN_NUMERAL}])"
    r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇两二三四五六七八九十百千]+分之[零〇一二两三四五六七八九十百\d]+|"
    rf"[{_CN_NUMERAL}]+万[{_CN_NUMERAL}]+|"
    rf"[{_CN_NUMERAL}]+(?:点[{_CN_NUMERAL}]+)?)"
    # one space between the digits and the scale or unit (城镇新增就业6 万人, text from a page's layout): the same figure
    rf"(?:(?<=\d)[ \u3000](?=(?:{vocab.scale_alternation()})|{vocab.unit_group()}))?"
    rf"({vocab.scale_alternation()})?([余多])?({vocab.unit_group()})?")
# A lone 一 is "a" (一批, 一个), a lone 零 no count (零部件, 零售): neither is a figure — unless a scale follows
# (一万亩, 一亿元).  点 between Chinese digits is the decimal point (九点五公里).
_NOT_A_COUNT = ("一", "零", "〇")
_DELIM = re.compile(r"[;,。:!?\n|]")

_DELIM_CHARS = ";,。:!?\n|"     # (the characters of ``_DELIM``; | a table's column bar, ｜ once normalised)
# A cell's fields parted by spaces (任务：…　指标：…　牵头单位：…, or two spaces): a space run, then the next field's
# short label running to its colon — the clause of a figure ends at the space, not at that colon (statush, stop 64).
_FIELD_GAP = re.compile(r"(?<![ \t])[ \t]+[^\s\d;,。:!?|]{1,8}$")

# Small patterns the judging asks for every row, compiled once (re's own cache costs a lookup per call).
_CLAUSE_MARK_ASCII = re.compile(r"[;,。、]")
# 和/及/与 right before the next figure of a 分别 list (分别增长10%以上和10.5%)
_RESPECTIVE_JOIN = re.compile(r"(?:和|及|与)(?=\d)")
_DIGIT = re.compile(r"\d")
_ISSUED_QUOTA = re.compile(r"\s*[(（]?[省市区]?(对区)?下达指标")
_ISSUED_QUOTA_GROUP = re.compile(r"\s*[(（]?([省市区]?(对区)?下达指标)")
_KEEP_TAIL = re.compile(f"(继续)?({vocab.alternation('target.keep_verb')})$")
_OPEN_PAREN = re.compile(r"[(（]")
_LE_BEFORE = vocab.words("comparator.ceiling_before")
# A ceiling word ending ``before`` or within its last four characters, asked in one pass (re tries
# the words at each of at most four places) instead of one ``in`` per word in Python.
_LE_BEFORE_TAIL = re.compile(f"(?:{'|'.join(map(re.escape, _LE_BEFORE))})")
_LE_AFTER = vocab.words("comparator.ceiling_after")
_GE_BEFORE = vocab.words("comparator.floor_before")
_GE_AFTER = vocab.pattern("comparator.floor_after")
_REDUCE_TO = re.compile(f"(?:{vocab.alternation('comparator.reduce_to')})")
# Qualifiers in the order they are tried: the last found wins (力争 … 约 → 约).
_QUAL = vocab.words_of("qualifier.stretch", "qualifier.assurance", "comparator.about_before")
_ABOUT = vocab.words("comparator.about_before")
# The approximation marker standing alone, not the end of a word (签约, 节约: comparator.about_inside).
_ABOUT_ALONE = re.compile(f"(?:{vocab.about_alternation()})")
_ABOUT_AFTER = re.compile(rf"\s*({vocab.alternation('comparator.about_after')})")
_BOUND_AFTER = re.compile(rf"\s*({vocab.alternation('comparator.ceiling_after', 'comparator.floor_after')})")
_STRETCH = vocab.words("qualifier.stretch")
# (下降率不低于3.2%, 增长率不低于6%: the rate named by its change word, then a floor word — a change rate too)
_RATE_FLOOR = f"率(?:{vocab.alternation('comparator.floor_before')})"
_GROWTH = re.compile(f"(?:{vocab.alternation('change.growth')})(?:[^增降]{{0,3}}|{_RATE_FLOOR})$")
_FALL = re.compile(f"(?:{vocab.alternation('change.fall')})(?:[^增降]{{0,3}}|{_RATE_FLOOR})$")
# 下降2微克/立方米, 减少1.2万吨: a fall word right before a level's or an amount's figure (not 下降到/至…) is a fall by
# that much — the kind decline_rate, in the figure's own unit — never the level or amount itself.
# (减量 is a noun there — 源头减量3.6万吨 names the amount reduced, its figure that amount — no fall word.)
_FALL_BY = re.compile(f"(?<!减)(?:{'|'.join(w for w in vocab.words('change.fall') if w != '减量')})了?$")


def fall_by(kind: str, before: str) -> bool:
    """A level's or an amount's figure after a fall word (PM2.5年均浓度下降2微克/立方米): a fall by it."""
    return kind in ("level", "amount") and _FALL_BY.search(before.replace(" ", "")) is not None
_CUMULATIVE = vocab.pattern("figure.cumulative")
# (办理时限压缩至10个工作日｜完成时限：…: a cell's bar closes the measure as punctuation does — statusd, stop 64)
_DURATION_AFTER = re.compile(rf"$|[;,。、)）”\"｜|]|{vocab.alternation('comparator.duration_after')}")
# A time limit in quotes is a target (审批“最多90天”); other quoted numbers are names.
_QUOTED_LIMIT = re.compile(
    rf"(?:{vocab.alternation('comparator.ceiling_before')})?\d+(?:{vocab.unit_alternation_of('duration')}|日)")
_NOT_ZERO = vocab.words("zero.not_zero")     # 零部件, 零售, 零碳园区: no zero target
_ZERO_GROWTH = vocab.words("zero.growth")
_BOTTOM_LINE = sorted(vocab.words("verify.bottom_line_word"), key=len, reverse=True)     # 的底线 before 底线
# (a table's column bar, | once normalised, closes the zero's thing as punctuation does: 不发生重大森林火灾｜2026年12月底前)
_ZERO = re.compile(rf"零({vocab.alternation('zero.growth')}|新增[^;,。、|]*|[^\d;,。、|\s“”\"]{{1,6}})|不发生([^;,。、|]*)|清零")
_MILE = vocab.pattern("milestone.finish", "milestone.start", "milestone.done")
_UNDERWAY = set(vocab.words("milestone.start"))
_PROCESS = vocab.pattern("milestone.process")
_DEADLINE = re.compile(rf"{vocab.alternation('deadline.year_end', 'deadline.mid_year')}|(?<!\d)\d+月底|(?<!\d)\d+月份?前")


_MILESTONE_SPLIT = re.compile(r"([;,。])")
_QUOTE = re.compile(r"“[^”]*”|《[^》]*》|\"[^\"]*\"")


def _quoted(norm: str) -> list[tuple[int, int]]:
    if "“" not in norm and "《" not in norm and '"' not in norm:
        return []           # (most texts: nothing quoted)
    return [(m.start(), m.end()) for m in _QUOTE.finditer(norm)]


# _excluded's patterns, compiled once (it runs for every figure of every text)
_SESSION_AFTER = vocab.pattern("target.session_after")
_PRINCIPLE_AFTER = tuple(vocab.words("figure.principle_after"))
# 百项重点工业项目: a bare round number word, its unit and 重点 — a programme's name, no count (figure.programme_*).
_PROGRAMME_NUMBER = frozenset(vocab.words("figure.programme_number"))
_PROGRAMME_AFTER = tuple(vocab.words("figure.programme_after"))
# 两项补贴标准提高到每人每月130元: after a count of 项, the standards (figure.standards_named) raised to a level
# (level.reach) paid per head and period (level.per_head_period) — the count numbers them, it is no part to do.
_STANDARDS_COUNT = re.compile(rf"[^\d,;。、]{{0,8}}?(?:{vocab.alternation('figure.standards_named')})"
                              rf"(?:{vocab.alternation('level.reach')})(?:{vocab.alternation('level.per_head_period')})")
# A figure that closes a bracket opened on a noun with a bound word (村村通工程(20户以下), 小型水库(库容10万立方米以下)):
# the noun's scope, no target; a bracket with a work or change word before the figure stays a target.
_SCOPE_BRACKET_CLOSE = re.compile(rf"(?:{vocab.alternation('figure.scope_bracket_bound')})\)")
_SCOPE_BRACKET_NOT = vocab.pattern("figure.scope_bracket_not", "target.verb_only", "change.growth", "change.fall")
_NAME_AFTER = re.compile(rf"[号批届期级版代A-Za-z]|{vocab.alternation('figure.name_after')}")
# 90个年度计划新开工项目: a count whose thing is named by the year's plan, not a number of years.
_YEAR_PLAN_AFTER = vocab.words("figure.year_plan_after")
# After a count's unit, 计划 and a verb of finishing (62个计划建成项目, words.toml milestone.finish): the items planned to be
# finished, counted (a plan of starts, 45个计划新开工项目, is read by its start rate as before).
_PLANNED_STEP_AFTER = re.compile(f"计划(?:{vocab.alternation('milestone.finish')})")
_A_YEAR = re.compile(r"(19|20)\d\d")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A policy named by its article count, the object of carrying it out (落实民营经济三十一条, 执行新十条、…): the
# verb in the figure's clause or list item, no verb of work between (落实…新建支路4条 counts roads), the count
# ending the item or followed by the policy's noun (…33条和…, …28条政策).
_CARRY_OUT = vocab.pattern("target.carry_out_policy")
_WORK_VERB = vocab.pattern("target.verb_only", "milestone.finish", "milestone.start", "milestone.done")
_POLICY_END = re.compile(rf"$|[;,。:!?\n、和及等]|{vocab.alternation('target.policy_name_end')}")
_FIVE_YEAR_PLAN = re.compile(r"十[一二三四五六七八九]五")
_AMOUNT_ENDS = re.compile(r"$|[;,。、)）以]")
# Verbs alone before a count (推动建设, 打造, 年底前首批建成): the counted thing is named after the count.
_VERB_ONLY = vocab.quick(re.compile(f"(?:{vocab.alternation('target.verb_only_lead')})*"
                                    f"(?:{vocab.alternation('target.verb_only')})+"
                                    f"(?:{vocab.alternation('target.count_floor', 'target.count_rest')})?"))
# Each place before a floor and a verb of a count (每个乡镇至少建成1个…, 每个县建设2个…): the places each to have the
# count, no part of what is counted (target.per_each_lead).
_PER_EACH_WORDS = vocab.words("target.per_each_lead")
_PER_EACH = re.compile(rf"^(?:{vocab.alternation('target.per_each_lead')})[\u4e00-\u9fff]{{1,3}}?"
                       rf"(?:{vocab.alternation('target.count_floor')})?"
                       rf"(?=(?:{vocab.alternation('target.verb_only_lead', 'target.verb_only')}))")
# A verb of work ending the words before a count (…年度计划改造4座农贸市场): the count's noun is named after it.
_VERB_TAIL = re.compile(f"(?:{vocab.alternation('target.verb_only')})$")
_COUNT_FLOOR_END = re.compile(f"(?:{vocab.alternation('target.count_floor', 'target.count_rest')})$")
# Examples named before the count and closed (甲片、乙片等20个项目新开工): what is counted is named after the count.
_EXAMPLES_CLOSE = vocab.words("target.examples_close")
_EXAMPLES_CLOSE_NOT = vocab.words("target.examples_close_not")
# The counted thing's noun right before a figure of its own (省重点项目计划投资15.1亿元: the list and its plan).
_NOUN_THEN_FIGURE = re.compile(r"[\u4e00-\u9fff“”]{2,16}(?=\d)")
# Where a count-first item's counted thing ends: a joiner before the clause's next figure (建成3座220千伏变电站、
# 新增供电能力80万千瓦; 加快15个产业园区和40个产业片区…); 、 with a figure anywhere after it, 和/及/与 right before one.
# A 、 whose next figure is the one right after 和/及/与 is inside the thing's name (7个小型垃圾、污水处理项目和13个…:
# statusc, stop 61): the name runs to the joiner.
_NEXT_ITEM = re.compile(r"、(?![^,;。\d]*(?:和|及|与)\d)(?=[^,;。]*\d)|(?:和|及|与)(?=\d)")
# The result the counted things are to reach after them (推动5家企业完成数字化改造, 实现3个项目建成投产): no part of the
# thing (target.counted_then_result), unless it opens the thing's name (3个开工项目, 39宗新开工项目) or ends it alone
# (12个项目开工: the thing and its stage, as written).
# A word of when before a stage word makes it the thing's name (新开工项目, 已建成项目): no result after the thing.
_BEFORE_A_STAGE = frozenset("新已未待拟再")
# A deadline of the year before the result (593个重点项目全年完成投资…) goes with it.
_THEN_RESULT = re.compile(f"(?:{vocab.alternation('deadline.year_end')})?(?:{vocab.alternation('target.counted_then_result')})")
_LIST_JOIN_END = re.compile(f"(?:{vocab.alternation('target.count_list_join')})$")
_LIST_JOIN_START = re.compile(f"(?:{vocab.alternation('target.count_list_join')})")
# (完成全县15家烟花爆竹批发企业安全评估 | 6月底前: a sheet's cells joined by a bar between spaces — the space before the
# bar ends the noun as the bar does)
_NOUN_FIRST = re.compile(rf"(?:{vocab.alternation('figure.count_trail')})?的?((?!{vocab.alternation('figure.not_noun_first')})"
                         r"[\u4e00-\u9fff“”A-Za-z0-9]{2,16})(?=[ \u3000]*(?:$|[,;。、(|]))")
_COUNT_TRAIL_LEAD = re.compile(rf"^(?:{vocab.alternation('figure.count_trail')})?的?")
_DIGITS_BEFORE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?$")
_BOUND_LEAD = re.compile(
    rf"^(?:及以上|{vocab.alternation('comparator.floor_after', 'comparator.ceiling_after', 'comparator.about_after')})[、,;]\s*")
# Between a figure and the next: only a connector and a verb of change (…918亿元，增长12%; …5000人、达到7万人).
# 组织消防技能培训（年度指标值：12期、600人次）: an indicator's name, then in brackets its value's label and colon
# (words.toml target.value_field_label) — searched in the stretch just before the figures' clause (the name within 40
# characters, no bracket, dash, bar or clause mark in it).
_VALUE_FIELD = re.compile(rf"(?P<name>[^()\[\]【】—\-|:;,。、]{{2,40}})[(]\s*(?:{vocab.alternation('target.value_field_label')})"
                          r"\s*:\s*$")
# The figures of the value field before this one, joined by 、 (20期、 before 2000人次).
_VALUE_FIELD_LIST = re.compile(r"(?:[\d.]+[^\d\s,;。、()]{0,4}、\s*)*")


def _value_field_name(norm: str, cstart: int, s: int) -> str:
    """The indicator's name before the bracket of its value field (组织消防技能培训 for 12期 and 600人次 in
    组织消防技能培训（年度指标值：12期、600人次）) when the figure at ``s`` has nothing of its own before it but the label's
    colon and the field's earlier figures; "" otherwise."""
    if not _VALUE_FIELD_LIST.fullmatch(norm, cstart, s):
        return ""
    m = _VALUE_FIELD.search(norm[max(0, cstart - 60):cstart])
    return m.group("name").strip() if m else ""


_SAME_SUBJECT = re.compile(rf"(?:{vocab.alternation('figure.count_trail')})?[,、]\s*(?:{vocab.alternation('change.basis_lead')})?(?:{vocab.alternation('change.same_subject')})")
# A sum that qualifies the noun after it (营收超10亿元企业, 投资过5亿元项目, 80万元以上的行政村,
# 千万元以上技改项目): the threshold of what is counted, never the target's value.
_THRESHOLD_BEFORE = re.compile(f"(?:{vocab.alternation('comparator.over_before')})$")
_ABOVE_BELOW = vocab.words("figure.above_below")
# 500万元口径固定资产投资: the sum is the basis the metric after it is counted on, no figure (figure.basis_after).
_BASIS_AFTER = vocab.words("figure.basis_after")
_NOUN_AFTER = re.compile(rf"(?:{vocab.alternation('figure.above_below')})?的?[\u4e00-\u9fff]")
# A range (6%—7%, 6.5%至7%, 1万-1.2万人): its low end, with its scale and unit if written, then a
# dash (one or two characters), 至 or a tilde, before its high end.
_RANGE_DASH = r"\s*(?:[—–~-]{1,2}|至)\s*"
_RANGE_LOW = vocab.quick(re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?)({vocab.scale_alternation()})?(%|个百分点)?{_RANGE_DASH}$"),
                         digits=True)
_RANGE_HIGH = re.compile(_RANGE_DASH)
# A class of items by size written as a range of amounts before their noun and count (500万元—1亿元重点项目109项,
# 1000万元至5000万元项目20个): both ends name the class, neither is a target — the count after them is.
_SIZE_CLASS_RANGE = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?(?:{vocab.scale_alternation()})?元{_RANGE_DASH}"
                               rf"\d+(?:\.\d+)?(?:{vocab.scale_alternation()})?元(?=[^\d,;。、:：()（）]{{1,12}}\d)")
_NOT_NOUN_AFTER = re.compile(rf"(?:{vocab.alternation('figure.above_below')})?"
                             rf"(?:{vocab.alternation('figure.not_noun_after')}|[,;。、)）|]|$)")


def _scope_bracket(norm: str, s: int, e: int) -> bool:
    """The figure at ``s:e`` closes, with a bound word, a bracket opened right after a noun and holding no other
    figure and no work or change word before it: the noun's scope (words.toml figure.scope_bracket_bound)."""
    if not _SCOPE_BRACKET_CLOSE.match(norm, e):
        return False
    op = norm.rfind("(", max(0, s - 12), s)
    if op < 1 or ")" in norm[op:s] or not _CJK.match(norm[op - 1]):
        return False
    inside = norm[op + 1:s]
    return not _DIGIT.search(inside) and not _SCOPE_BRACKET_NOT.search(inside)


_WHOLE_BRACKET_LEAD = vocab.quick(re.compile(f"(?:{vocab.alternation('figure.whole_bracket_lead')})"))


def _whole_bracket(norm: str, s: int, e: int) -> bool:
    """The figure at ``s:e`` closes a bracket opened right after a rate's percentage (检查覆盖率100%（全县获证食品生产
    企业118家）) with a word of the whole (全县, 共有: words.toml figure.whole_bracket_lead), no other figure and no work
    or change word: the whole the rate is of, no count to do."""
    if not norm.startswith(")", e):
        return False
    op = norm.rfind("(", max(0, s - 24), s)
    if op < 1 or ")" in norm[op:s] or norm[op - 1] != "%":
        return False
    inside = norm[op + 1:s]
    return bool(_WHOLE_BRACKET_LEAD.match(inside)) and not _DIGIT.search(inside) and not _SCOPE_BRACKET_NOT.search(inside)


# 任务15　组织好…: a task's row number after its label at the text's opening (words.toml task.row_number_label).
_ROW_NUMBER_LABEL = re.compile(rf"^[\s【\[(]*(?:{vocab.alternation('task.row_number_label')})\s*")
_SPACED_UNIT = re.compile(r"\d[ \u3000]")


def _excluded(norm: str, m: re.Match, quotes) -> bool:
    s, e = m.start(), m.end()
    num = m.group(1)
    if m.group(4) and _SPACED_UNIT.search(norm, s, e) and _ROW_NUMBER_LABEL.fullmatch(norm, 0, s):
        return True   # 任务15　组织好…: the row's own number, a space between it and the next word's first character
    for qs, qe in quotes:
        if qs < s < qe:
            inner = norm[qs + 1:qe - 1]
            if not _QUOTED_LIMIT.fullmatch(inner):
                return True
    before, after = norm[max(0, s - 1):s], norm[e:e + 2]
    if before == "第" or before == "+" or after[:1] in ("+", "-", "—"):
        return True
    if before == "每" and not num[0].isdigit():
        return True   # 每千人口拥有执业医师3.5人: 千 is the rate's base, not a figure
    if before == "届" or _SESSION_AFTER.match(after):
        return True   # 区委七届二次全会: a session's number
    if _NAME_AFTER.match(after) and not (m.group(4) and _PLANNED_STEP_AFTER.match(norm, e)):
        return True   # (62个计划建成项目: the count of the items planned to be finished, kept)
    if _scope_bracket(norm, s, e) or _whole_bracket(norm, s, e):
        return True
    if after[:1] in ("年", "月", "岁") and not (m.group(4) and norm.startswith(_YEAR_PLAN_AFTER, e)):
        return True
    if _A_YEAR.fullmatch(num) and not m.group(4):
        return True
    if (num in _NOT_A_COUNT and not m.group(2)) or _FIVE_YEAR_PLAN.fullmatch(num):
        return True
    unit = vocab.unit(m.group(4)) if m.group(4) else None
    if unit is None:
        return False
    if not num[0].isdigit() and not unit.chinese_numeral:
        return True   # 二期, 三米: a Chinese numeral before a unit it does not count in
    if not num[0].isdigit() and norm.startswith(_PRINCIPLE_AFTER, e):
        return True   # 坚守两条底线: a rhetorical count of principles
    if num in _PROGRAMME_NUMBER and norm.startswith(_PROGRAMME_AFTER, e):
        return True   # 实施百项重点工业项目: a programme's name, no count of 100
    if unit.kind == "duration" and not _DURATION_AFTER.match(after):
        return True
    if (not num[0].isdigit() and unit.indicator_kind == "amount"
            and not _AMOUNT_ENDS.match(after)):
        return True   # 三元坊巷: a Chinese numeral + 元/吨 inside a name
    if m.group(4) == "项" and after.startswith("指标"):
        return True
    if m.group(4) == "项" and _STANDARDS_COUNT.match(norm, e):
        return True   # 两项补贴标准提高到每人每月130元: the count of the standards the level is set for
    if m.group(4) == "条" and _POLICY_END.match(norm, e) and _policy_named(norm, s):
        return True
    if num == "二" and m.group(4) == "次" and _CJK.match(after):
        return True   # 二次供水, 二次创业: "secondary" before a noun (two times is 两次)
    if m.group(4) == "次" and norm.startswith(_PLAN_ADJUSTED_TIMES, e):
        return True   # 计划经过四次调整: the times a plan was changed, no count the task asks for
    if unit.kind == "money" and _NOUN_AFTER.match(norm, e) and not _NOT_NOUN_AFTER.match(norm, e):
        if (_THRESHOLD_BEFORE.search(norm, max(0, s - 2), s) or norm.startswith(_ABOVE_BELOW, e)
                or norm.startswith(_BASIS_AFTER, e)):
            return True
    return False


_PLAN_ADJUSTED_TIMES = tuple(vocab.words("target.plan_adjusted_times"))
_RAISED_FROM = re.compile(f"由(?:{vocab.alternation('target.plan_raised_from')})的?$")
_RAISED_VERB = re.compile(f"(?:{vocab.alternation('target.plan_raised_verb')})")


def _raised_plans(norm: str, out: list[Indicator]) -> list[Indicator]:
    """A plan raised (or cut) during the year (投资计划由年初的5160亿元增加至6300亿元; 由原计划的300套调增至450套): the
    figure at the year's start was superseded and is dropped; the changed figure is the target, under the plan's name
    written before 由 (words.toml target.plan_raised_from, target.plan_raised_verb).  A figure after 由 with no word
    of the plan's start (城镇化率由60%提高到65%) is not read here."""
    keep: list[Indicator] = []
    skip = False
    for a, b in zip(out, out[1:] + [None], strict=True):
        if skip:
            skip = False
            continue
        lead = _RAISED_FROM.search(norm, max(0, a.span[0] - 8), a.span[0])
        if (b is not None and lead and a.unit == b.unit and a.kind == b.kind
                and _RAISED_VERB.fullmatch(norm, a.span[1], b.span[0])):
            name = norm[_clause_start(norm, a.span[0]):lead.start()].strip()
            if not name and (cut := _clause_start(norm, a.span[0])) > 1:
                # 计划经过四次调整,由年初计划的…: the plan named in the clause before, up to its 计划
                before = norm[_clause_start(norm, cut - 1):cut - 1]
                name = before[:before.rfind("计划") + 2] if "计划" in before else before
            keep.append(replace(b, metric=name.strip() or b.metric))
            skip = True
            continue
        keep.append(a)
    return keep


def _policy_named(norm: str, s: int) -> bool:
    """The count of 条 at ``s`` names the policy its clause or list item carries out (see ``_CARRY_OUT``)."""
    start = max(_clause_start(norm, s), norm.rfind("、", 0, s) + 1)
    verbs = list(_CARRY_OUT.finditer(norm, start, s))
    return bool(verbs) and _WORK_VERB.search(norm, verbs[-1].end(), s) is None


_METRIC_LEAD = re.compile(f"^(?:{vocab.alternation('target.figure_metric_lead')})+")
# The funder and its allocating verb opening a fund's metric (市级财政每年安排…专项资金5亿元, 县财政统筹安排…资金8000万元): who
# pays and how, no part of the fund counted (words.toml target.funder, target.allocate_adverb, target.allocate_verb).
_FUNDER_LEAD = re.compile(rf"^[\u4e00-\u9fff]{{0,4}}?(?:{vocab.alternation('target.funder')})"
                          rf"(?:{vocab.alternation('target.allocate_adverb')})*(?:{vocab.alternation('target.allocate_verb')})")
# A clause's own deadline opening the metric (年底前建成标准厂房8万平方米, 9月底前建成投用…, 三季度前…, 年内完成…改造12
# 公里, 年内新开工…项目30个: before a result verb or 新 and a verb of gaining, completion.gain_new): a date, no part of
# what is counted.
_DEADLINE_LEAD = re.compile(rf"^(?:(?:{vocab.alternation('deadline.year_end', 'deadline.mid_year')}|\d+月(?:底|份)?|第?[一二三四]季度(?:末|底)?)之?前"
                            rf"|(?:{vocab.alternation('deadline.year_end')})"
                            rf"(?=(?:{vocab.alternation('task.result_lead', 'completion.gain_new', 'target.deadline_then_verb')})))")
_METRIC_TRAIL = vocab.metric_trail("metric.trail_kept_task")
# A list item's own number opening the task ((2)选取6所学校试点…, 3.新建…, 二、…, (三)…, 一是…): the item's place in its list, no
# part of what is counted — left out, so the metric is read from the words that are left as it is without the number.
_ITEM_NUMBER_LEAD = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}[、是]"
                               r"|\([一二三四五六七八九十]{1,3}\))\s*")
_ZERO_METRIC_LEAD = re.compile(f"^(?:{vocab.alternation('target.zero_metric_lead')})*"
                               f"(?:{vocab.alternation('target.zero_metric_verb')})?")


def _clause_start(norm: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: just past the last ``_DELIM`` character before ``pos``, else 0."""
    return max([norm.rfind(c, 0, pos) for c in _DELIM_CHARS]) + 1


# A 分别 list's figures joined by 、 or 和 with the unit written once, after the last (分别控制在35、60微克/立方米以内,
# 分别达到900、1500家): a bare figure takes the unit of the first one after it that has one, over as many bare ones.
_LIST_NEXT = re.compile(r"[、和及与]")
_RESPECTIVE_RUN = 4


def _respective_unit(norm: str, m: re.Match, cut_short: str = "") -> tuple[str, str] | None:
    """The scale and unit a bare figure ``m`` of a 分别 list borrows from the figure closing the list (35 in
    PM2.5、PM10平均浓度分别控制在35、60微克/立方米以内: 微克/立方米), or None: no 分别 before it in its clause, or no run of
    figures joined by 、/和/及/与 up to one with its unit right after it (1、2号线, 2020、2021年 are no such list).
    ``cut_short``: the unit ``m`` has, the head of a longer unit the closing figure writes whole (1.6个 in 分别提高1.6个和
    1.4个百分点: 个百分点); None unless the closing figure's unit runs on past it (5个和10个 keep 个)."""
    if not m.group(1)[0].isdigit() or "分别" not in norm[_clause_start(norm, m.start()):m.start()]:
        return None
    pos = m.end()
    for _ in range(_RESPECTIVE_RUN):
        join = _LIST_NEXT.match(norm, pos)
        nxt = _NUM.match(norm, join.end()) if join else None
        if nxt is None or not nxt.group(1)[0].isdigit():
            return None
        if nxt.group(4):
            if cut_short and not (nxt.group(4).startswith(cut_short) and len(nxt.group(4)) > len(cut_short)):
                return None
            return nxt.group(2) or "", nxt.group(4)
        pos = nxt.end()
    return None


def _header_units_moved(norm: str) -> tuple[str, list[tuple[int, int]]]:
    """A table's header unit written into the cell before its figure (失业率低于(%)4.5) moved after the figure as a
    target writes it (失业率低于4.5%), spaces filling its brackets' place after it: the same length, so offsets stay
    valid; and the spans moved, so a figure found in one quotes the cell's own words (``(%)4.5``)."""
    moved = []

    def move(m: re.Match) -> str:
        moved.append(m.span())
        unit = (m.group("scale") or "") + m.group("unit")
        return m.group("between") + m.group("num") + unit + " " * 2
    return vocab.header_unit_pattern().sub(move, norm), moved


# Two verbs of work joined by 和/及/与/、 before the counted thing (新建和改造…, 新建及改扩建…): the count is of the thing
# whichever work is done to it, and the verbs are no part of it; more verbs after them go too (新建和改造提升…).  Verbs
# run together with no join (改造提升…, 开工建设…) are one work, and stay.
# Building verbs run together with no join (新建改扩建…): two or more.
_BUILD_RUN = re.compile(f"^(?:{vocab.alternation('target.build_verb')}){{2,3}}")
_JOINED_VERBS = re.compile(f"^(?:{vocab.alternation('target.verb_only')})(?:{vocab.alternation('target.count_list_join')})"
                           f"(?:{vocab.alternation('target.verb_only')})+")
# Examples named before the counted thing: quoted (“某某节”等…) or listed (甲、乙等…).
_QUOTED_EXAMPLES = re.compile(f"[”》](?:{vocab.alternation('target.examples_close')})")
_WORK_IN = re.compile(f"(?:{vocab.alternation('target.verb_only', 'task.own_measure')})")
# The people a task serves before the counted thing (为80岁以上老年人发放高龄津贴): 为, the people, their age.
# （其中有机茶园1200亩）: a bracket opening a part of the figure before it, no part of what the part counts
_BRACKET_PART = re.compile(rf"^\s*[(（\[]\s*(?:{vocab.alternation('target.bracket_part')})\s*[:：,，]?\s*")
_BENEFICIARY = re.compile(f"^为[^,;。为]{{0,12}}(?:{vocab.alternation('target.beneficiary')})")
# The places or people served after 为, then a verb of equipping or installing (为城乡中小学配备智慧黑板 in 块): when the
# figure's unit counts the equipment, the thing counted is what follows the verb (the lead's decision D23, stop 65).
_EQUIPPED = re.compile(f"^为[^,;。、为“”\\d]{{1,16}}?(?:{vocab.alternation('target.equip_verb')})")
_EQUIPMENT_UNITS = frozenset(vocab.words("target.equipment_unit"))
# After a count of places right after 为 (为94个|村卫生室配备健康一体机94台): the places, a verb of equipping and what
# is given them, in one clause.
_AFTER_PLACES = re.compile(f"([^,;。、为“”\\d]{{1,16}}?)({vocab.alternation('target.equip_verb')})([^,;。、“”\\d]{{2,}}?)(?=\\d|[,;。、]|$)")


# 为 and a few words of scope at most right before the places' count (为94个…, 为全县94个…).
_SERVED_LEAD = re.compile(r"为[^,;。、为“”\d]{0,6}$")


def places_equipped(norm: str, found: list) -> list:
    """The lead's decision D24 (stop 66): a task that counts the places first and then the equipment given them (为90个
    村卫生室配备健康一体机90台) has the equipment's count as its indicator, what follows the verb its metric, the places'
    count none; when the only figure counts the places (为30所学校安装…) it is the indicator, the places its metric.
    ``norm``: the task's text read for parsing; ``found``: its indicators in order, their spans in it."""
    out = list(found)
    for ind in found:
        a, b = ind.span
        if ind.kind != "count" or ind not in out or not _SERVED_LEAD.search(norm, max(0, a - 8), a):
            continue
        m = _AFTER_PLACES.match(norm, b)
        if not m or len(m.group(1).strip()) < 2:
            continue
        later = next((j for j in out if j.kind == "count" and j.span[0] == m.end() and j.unit in _EQUIPMENT_UNITS),
                     None)
        if later is not None:
            out.remove(ind)                       # the places counted again by their equipment: one indicator
            later.metric = m.group(3).strip()
        else:
            ind.metric = m.group(1).strip()       # the places are what is counted
    return out
# One example named before the counted thing and closed by 等 after a verb of holding (举办某某旅游节等主题活动): the
# verb and the example (target.one_example_verb).
_ONE_EXAMPLE = re.compile(f"^(?:{vocab.alternation('target.one_example_verb')})[^,;。、等]{{2,16}}等")
# A quoted event's name before the counted thing, with no 等 (举办“某某文化月”主题活动): the name and the words before it.
# The thing follows the name at once (no list of names going on: “甲行动”、乙工程).
_EVENT_NAME = re.compile(f"“[^“”]{{1,16}}?(?:{vocab.alternation('target.event_name_end')})”(?=[\u4e00-\u9fff])(?![和及与])")


# The things counted after their figure, then the work done to what they hold (32个行政村生活污水治理: 行政村) —
# target.holder_work_end after a target.counted_holder word and two characters or more; a holder named by two such words
# (5个乡镇卫生院提标改造: the clinics of the townships) is the second's, not the first's.
_HOLDERS = vocab.alternation("target.counted_holder")
_HOLDER_THEN_WORK = re.compile(f"^([^,;。、\\d]{{0,8}}?(?:{_HOLDERS})(?:{_HOLDERS})?)"
                               f"[^,;。、\\d]{{2,14}}(?:{vocab.alternation('target.holder_work_end')})$")
# The people counted after their figure, then the service given them (为800名老年人提供助餐服务: 老年人) —
# target.service_to_served after a target.beneficiary word.
_SERVED_THEN = re.compile(f"^([^,;。为]{{0,8}}?(?:{vocab.alternation('target.beneficiary')}))"
                          f"(?:{vocab.alternation('target.service_to_served')})")


# The whole area opening a task's metric (全州累计建成…): the tasks' reading leaves it out (target.whole_area_lead).
_WHOLE_AREA_LEAD = re.compile(f"^(?:{vocab.alternation('target.whole_area_lead')})")
_AREA_TAIL = re.compile(f"(?:{vocab.alternation('target.whole_area_lead')})?(?:{vocab.alternation('target.place_before_count')})?$")
# A two-character verb opening a metric, then the whole area or system the work is done across (组织全系统干部职工
# 业务培训): the scope, no part of the thing; the verb stays (target.whole_area_lead).
_VERB_THEN_WHOLE = re.compile(f"^([\u4e00-\u9fff]{{2}})(?:{vocab.alternation('target.whole_area_lead')})(?=[^,;。、\\d]{{4}})")
# Minutes' decision or request opening a task's metric (会议同意年内…, 请县财政局…): the meeting or the unit asked, no thing.
_DECIDED_LEAD = re.compile(f"^(?:(?:{vocab.alternation('target.decided_lead')})(?:{vocab.alternation('target.doer_then_time')})?"
                           f"|(?:{vocab.alternation('target.request_lead')})[^,;。、“”\\d]{{1,12}}?"
                           f"(?:{vocab.alternation('target.request_unit_end')}))")
# An aim's lead and the time it is for opening any figure's metric (确保全年…, 力争三季度末…, 年底前…): no thing.
_AIM_LEAD = re.compile(f"^(?:{vocab.alternation('target.aim_lead')})?(?:{vocab.alternation('target.aim_time_lead')})?")

# Words before a count's thing that name no part of it, the tasks' reading only: intent (将, 力争), the ones a thing
# is offered to (向民间资本推介), a doer and the year (…服务站全年帮助), a verb of making others act and their name
# (支持龙头企业建设…: the inner verb kept), verbs of fostering or lining up (新培育, 谋划储备), a quoted programme's
# name before the verb (“高效办成一件事”新增…), the place built in after 在 (在各乡镇新建…).
_MODAL_LEAD = re.compile(f"^(?:{vocab.alternation('target.metric_modal_lead')})+")
_TOWARD = re.compile(f"^向[^,;。、]{{1,10}}?(?:{vocab.alternation('target.toward_verb')})")
_DOER_THEN_TIME = re.compile(f"^[^,;。、“”\\d]{{2,12}}?(?:{vocab.alternation('target.doer_then_time')})")
# The ones organised to take part before what they take part in (组织茶企参加省级以上展销会 → 参加省级以上展销会).
_TAKE_PART = re.compile(f"^(?:{vocab.alternation('target.organise_verb')})[^,;。、“”\\d]{{1,8}}?"
                        f"(?=(?:{vocab.alternation('target.take_part_verb')}))")
_CAUSE_DOER = re.compile(f"^(?:{vocab.alternation('target.cause_verb')})[^,;。、\\d]{{2,6}}?"
                         f"(?=(?:{vocab.alternation('target.verb_only')}))")
# The units a count is asked of, then how often (各镇街、园区每季度至少引进…): the doers and the period, no part of the thing.
_UNITS_EACH = re.compile(f"^(?:{vocab.alternation('task.units_addressed')})[^,;。“”\\d]{{1,16}}?"
                         f"(?:{vocab.alternation('target.units_period')})(?:{vocab.alternation('target.count_floor')})?"
                         f"(?=(?:{vocab.alternation('target.verb_only')}))")
_FOSTER = re.compile(f"^新?(?:{vocab.alternation('target.foster_verb')})+")
# The place the things are built in, after 在 and before the verb of work (在…服务区和物流园区新建…: target.place_end),
# a place of one word too (在村新建…) and one with its other kind in brackets after it (在村（社区）新建…, 在街道（乡镇）…).
_PLACE_LEAD = re.compile(f"^在[^,;。、“”\\d]{{0,20}}?(?:{vocab.alternation('target.place_end')})(?:\\([^()\\d]{{1,6}}\\))?"
                         f"(?=(?:{vocab.alternation('target.verb_only')}))")
_PROGRAMME_NAME = re.compile(f"^“[^“”]{{2,16}}”(?=(?:{vocab.alternation('target.verb_only')}))")
# A verb of work, the things worked on, then the work done to them (完成小型水库除险加固): a count is of the things.
# A quoted way of handling the things counted closing a count's metric (120项政务服务事项“一窗通办”, 80项高频事项“一次办好”):
# how they are to be handled, no part of the thing (target.quoted_way_end) — a quote naming the thing itself stays (“五类英才”).
_QUOTED_WAY = re.compile(f"“[^“”]{{0,8}}(?:{vocab.alternation('target.quoted_way_end')})”\\s*$")
_WORK_AFTER = re.compile(f"^(?:{vocab.alternation('target.verb_only')})([^,;。、\\d]{{2,16}}?)"
                         f"(?:{vocab.alternation('target.work_after_thing')})(?:{vocab.alternation('target.work_part_end')})?$")

# 实施, the things worked on, the work the programme does to them and 工程/行动 (实施县乡公路提质改造工程) before a length or
# an area: the figure measures the things (target.programme_works).
_PROGRAMME_WORKS = re.compile(f"^实施([^,;。、“”\\d]{{2,12}}?)(?:{vocab.alternation('target.programme_works')})"
                              f"(?:{vocab.alternation('target.programme_end')})$")
_LENGTH_OR_AREA = re.compile(f"^[万千]?(?:{vocab.alternation('target.programme_measure')})$")
# The result verb opening a length's or an area's metric (完成受污染耕地安全利用 in 万亩): no part of what is measured
# when four characters or more follow it (target.measured_result_lead).
_MEASURED_RESULT = re.compile(f"^(?:{vocab.alternation('target.measured_result_lead')})(?=[^,;。、\\d]{{4}})")


# A named zone after the verb (建成某某经济开发区标准化厂房) and the phase closing (…厂房二期) of an area's or length's
# metric: where and which part, no part of what is measured (target.zone_end, target.phase_end).
_ZONE_AFTER_VERB = re.compile(f"^((?:{vocab.alternation('target.verb_only')}))[^,;。、“”\\d]{{2,10}}?"
                              f"(?:{vocab.alternation('target.zone_end')})(?=[^,;。、\\d]{{4}})")
_PHASE_END = re.compile(f"(?:{vocab.alternation('target.phase_end')})$")


def _another_named(metric: str, out: list[Indicator], unit: str) -> bool:
    """Whether a figure after 力争/争取 names a thing of its own, not the one before (地区生产总值增长6%、规上工业增加值力争
    增长8%; 固定资产投资增长10%以上、其中产业投资占比力争达到60%): then it is a target of its own, no stretch of the
    last figure in its unit (25家，力争28家; 引进项目20个，力争新引进项目25个: the same thing, its stretch)."""
    own = metric.strip()
    for word in _STRETCH:
        own = own.replace(word, "")
    if not own or own in _QUAL:
        return False
    before = next((i.metric.strip() for i in reversed(out) if i.unit == unit), "")
    return bool(before) and own not in before and before not in own


def programme_thing(metric: str, unit: str) -> str:
    """An amount's metric in length or area as the things a works programme measures (实施县乡公路提质改造工程 in 公里 →
    县乡公路), or without the result verb opening it (完成受污染耕地安全利用 in 万亩 → 受污染耕地安全利用); any other
    metric as it is."""
    if not _LENGTH_OR_AREA.match(unit):
        return metric
    phase = _PHASE_END.search(metric)
    if phase and phase.start() >= 4:
        metric = metric[:phase.start()]         # 标准化厂房二期 → 标准化厂房: the phase, no part of what is measured
    zone = _ZONE_AFTER_VERB.match(metric)
    if zone:
        metric = zone.group(1) + metric[zone.end():]    # 建成某某经济开发区标准化厂房 → 建成标准化厂房
    m = _PROGRAMME_WORKS.match(metric)
    if m is None or any(w.startswith(m.group(1)) for w in vocab.words_of("target.programme_works")):
        result = _MEASURED_RESULT.match(metric)
        return metric[result.end():] if result else metric     # 完成受污染耕地安全利用 → 受污染耕地安全利用
    return m.group(1)


def _without_leads(metric: str) -> str:
    """The count's metric without the words before its thing that name no part of it (see above)."""
    for lead, least in ((_MODAL_LEAD, 2), (_TOWARD, 2), (_PLACE_LEAD, 4), (_UNITS_EACH, 4), (_DOER_THEN_TIME, 4), (_CAUSE_DOER, 4),
                        (_FOSTER, 4), (_PROGRAMME_NAME, 4), (_TAKE_PART, 4)):
        m = lead.match(metric)
        if m and len(metric) - m.end() >= least and not _DIGIT.search(metric, m.end()):
            metric = metric[m.end():]
    return metric


def counted_thing(metric: str, named_after: bool = False, count: bool = False, unit: str = "") -> str:
    """A task's figure's metric as the thing it counts, for a person reading the plan (tasks.table_rows._parse; the
    status rules read a task's own figures as they are): without two verbs of work joined before it (新建及改扩建村级
    卫生室 → 村级卫生室), or building verbs run together (新建改扩建中小学 → 中小学; one verb, or a run with another
    verb, stays: 新建农村户厕, 改造提升社康中心), and without the examples
    named before it and the words before them (举办“某某节”等文体活动 → 文体活动, 建设甲园、乙园等产业园 → 产业园).  Left
    whole when the rest is no thing of two characters or more, holds a figure, names a work of its own (…等机制实施
    …项目) or goes on past a 的 (集甲、乙等八大功能于一体的…中心).  Without a quoted event's name with no 等 (举办
    “某某文化月”主题活动 → 主题活动), the people served with their age (为80岁以上老年人发放高龄津贴 → 发放高龄津贴) and a
    bracket opening a part of the figure before (（其中有机茶园 → 有机茶园: target.bracket_part).  A count's thing
    named after its figure (``named_after``: 推动5家企业完成…) without the result the things are to reach after it (企业完成数字化改造 → 企业, 项目建成投产 →
    项目: target.counted_then_result; 行政村生活污水治理 → 行政村: the holders counted before the work done to what they
    hold, target.counted_holder), unless a word of when makes the result the thing's name (新开工项目), the
    result ends the metric alone (项目开工) or only verbs stand before it (招引落地…项目: verbs run together).  Without
    the whole area opening it (全州累计建成… → 累计建成…: target.whole_area_lead).  A ``count``'s metric also without
    the words before its thing that name no part of it (_without_leads: 将谋划储备重大项目 → 重大项目, 支持龙头企业建设
    智能工厂 → 建设智能工厂) and the work done to the things after them (完成小型水库除险加固 → 完成小型水库:
    target.work_after_thing), and a quoted way of handling them closing it (事项“一窗通办” → 事项: target.quoted_way_end).
    A figure whose ``unit`` counts equipment (块, 台, 套: target.equipment_unit) after 为, the places or people served
    and a verb of equipping (为城乡中小学配备智慧黑板 → 智慧黑板: target.equip_verb) counts what follows the verb; with
    no such unit (为全县中小学校安装直饮水设备, a count of the places) the metric stays (a count of the places right after
    为 is read over the task's figures by ``places_equipped``, the lead's decision D24)."""
    decided = _DECIDED_LEAD.match(metric)
    if decided and len(metric) - decided.end() >= 2 and not _DIGIT.search(metric, decided.end()):
        metric = metric[decided.end():]         # 会议同意年内新改建农村公路 → 新改建农村公路; 请县财政局统筹安排…
    aim = _AIM_LEAD.match(metric)
    if aim and aim.end() and len(metric) - aim.end() >= 2 and not _DIGIT.search(metric, aim.end()):
        metric = metric[aim.end():]             # 确保全年完成投资 → 完成投资; 力争三季度末…开工率 → …开工率
    whole = _WHOLE_AREA_LEAD.match(metric)
    if whole and len(metric) - whole.end() >= 2 and not _DIGIT.search(metric, whole.end()):
        metric = metric[whole.end():]           # 全州累计建成高标准农田 → 累计建成高标准农田
    scope = _VERB_THEN_WHOLE.match(metric)
    if scope:
        metric = scope.group(1) + metric[scope.end():]  # 组织全系统干部职工业务培训 → 组织干部职工业务培训
    if count:
        metric = _without_leads(metric)
        work = _WORK_AFTER.match(metric)
        if work:
            metric = metric[:work.end(1)]       # 完成小型水库除险加固 → 完成小型水库: the reservoirs counted
        way = _QUOTED_WAY.search(metric)
        if way and way.start() >= 2:
            metric = metric[:way.start()]       # 政务服务事项“一窗通办” → 政务服务事项: the matters counted
    if named_after:
        result = next((r for r in _THEN_RESULT.finditer(metric, 2) if metric[r.start() - 1] not in _BEFORE_A_STAGE),
                      None)
        if result and result.end() < len(metric.rstrip()) and not _VERB_ONLY.fullmatch(metric, 0, result.start()):
            metric = metric[:result.start()]    # 企业完成数字化改造: the firms, not the work they are to finish
        served = _SERVED_THEN.match(metric)
        if served:
            metric = served.group(1)            # 老年人提供助餐服务: the people counted, not the service given them
        held = _HOLDER_THEN_WORK.match(metric)
        if held:
            metric = held.group(1)              # 行政村生活污水治理: the villages counted, not the work on their sewage
    part = _BRACKET_PART.match(metric)
    if part and len(metric) - part.end() >= 2:
        metric = metric[part.end():]        # （其中有机茶园 → 有机茶园
    equipped = _EQUIPPED.match(metric) if unit in _EQUIPMENT_UNITS else None
    if equipped and len(metric) - equipped.end() >= 2 and not _DIGIT.search(metric, equipped.end()):
        metric = metric[equipped.end():]    # 为城乡中小学配备智慧黑板 (块) → 智慧黑板: the boards counted, not the schools
    served = _BENEFICIARY.match(metric)
    if served and len(metric) - served.end() >= 2 and not _DIGIT.search(metric, served.end()):
        metric = metric[served.end():]      # 为80岁以上老年人发放高龄津贴 → 发放高龄津贴
    joined = _JOINED_VERBS.match(metric) or _BUILD_RUN.match(metric)
    if joined and len(metric) - joined.end() >= 2 and not _DIGIT.search(metric, joined.end()):
        metric = metric[joined.end():]
    end = max((m.end() for m in _QUOTED_EXAMPLES.finditer(metric)), default=None)
    if end is None and "“" in metric:
        end = max((m.end() for m in _EVENT_NAME.finditer(metric)), default=None)     # 举办“某某文化月”主题活动
    if end is None and "等" in metric and "、" not in metric:
        one = _ONE_EXAMPLE.match(metric)
        end = one.end() if one and not one.group().endswith(_EXAMPLES_CLOSE_NOT) else None
    if end is None and "、" in metric:
        for word in _EXAMPLES_CLOSE:
            k = metric.rfind(word)
            if k > metric.find("、") and not metric[:k + len(word)].endswith(_EXAMPLES_CLOSE_NOT):
                end = k + len(word)
                break
    if end is not None and len(metric) - end >= 2 and not _DIGIT.search(metric, end) \
            and not _WORK_IN.search(metric, end) and "的" not in metric[end:]:
        metric = metric[end:]
    return metric


# A level with no unit (国库资金保障系数保持在1.1以上, 综合指数控制在3.9以内): a level noun and a verb of holding or reaching
# right before the figure, then a bound word at most and the clause's end (words.toml target.level_noun, target.level_verb).
_LEVEL_BEFORE = re.compile(rf"(?:{vocab.alternation('target.level_noun')})(?:{vocab.alternation('target.level_verb')})$")
_LEVEL_AFTER = re.compile(rf"(?:{vocab.alternation('comparator.ceiling_after', 'comparator.floor_after', 'comparator.about_after')})?"
                          rf"(?=[{re.escape(_DELIM_CHARS)}、]|$)")
# A rate's or share's name, then its verb of holding (…达标率保持在95%以上): the rate, not its verb (taskse, stop 64).
_RATE_HOLD_END = re.compile(rf"((?:{vocab.alternation('target.rate_end')}))(?:{vocab.alternation('target.rate_hold_verb')})$")
# A share's name with its scope before 中 (城镇新建建筑中绿色建筑占比): the share after 中 (taskse, stop 64).
_SHARE_END = re.compile(rf"(?:{vocab.alternation('target.share_end')})$")
_SHARE_SCOPE_NOT = vocab.words("target.share_scope_not")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _without_share_scope(metric: str) -> str:
    """A share's metric without the scope named before its last 中 (全县新增灌溉面积中高效节水灌溉占比 → 高效节水灌溉占比):
    at least two characters of the scope before 中 and three of the share after it, all Chinese characters, and the 中 in
    no word holding it (words.toml target.share_scope_not: 中小企业, 中心, 城中村 …)."""
    if "中" not in metric or not _SHARE_END.search(metric):
        return metric
    i = metric.rfind("中")
    while i >= 2:
        scope, share = metric[:i], metric[i + 1:]
        inside = any(metric.startswith(w, k) for w in _SHARE_SCOPE_NOT for k in range(max(0, i - len(w) + 1), i + 1))
        if not inside:
            if len(share) >= 3 and _CJK_RUN.fullmatch(scope[-2:]) and _CJK_RUN.fullmatch(share):
                return share
            return metric
        i = metric.rfind("中", 0, i)
    return metric


_LEVEL_VERB_END = re.compile(rf"(?:{vocab.alternation('target.level_verb')})$")
_LEVEL_LOOKBACK = 12


def _unitless_level(norm: str, m: re.Match) -> bool:
    """The figure of ``m``, with no unit, is a level (a coefficient, an index) the metric before it is to hold or reach."""
    return (m.group(1)[0].isdigit() and not m.group(2) and not m.group(3)
            and _LEVEL_BEFORE.search(norm, max(0, m.start() - _LEVEL_LOOKBACK), m.start()) is not None
            and _LEVEL_AFTER.match(norm, m.end()) is not None)


@parses("indicators.parse")
def parse(text: str | None, norm: str | None = None) -> tuple[list[Indicator], list[Milestone]]:
    """Every quantitative target in ``text``; spans are offsets into ``text``.  ``norm``: ``for_parsing(text)``
    when the caller has it already (a slice of its document's normalised text, which is the same:
    ``for_parsing`` maps character by character)."""
    text = text or ""
    norm = for_parsing(text) if norm is None else norm
    moved: list[tuple[int, int]] = []
    if "(" in norm:
        norm, moved = _header_units_moved(norm)
    quotes = _quoted(norm)
    out: list[Indicator] = []
    last_end = 0
    counted = ""        # the thing the figure before counted when named after it (培育30家专精特新企业)
    # (a size class names 元 twice: most texts are passed over without the pattern tried at every character)
    size_classes = [c.span() for c in _SIZE_CLASS_RANGE.finditer(norm)] if norm.count("元") >= 2 else []
    respective = "分别" in norm
    for m in _NUM.finditer(norm):
        if size_classes and any(a <= m.start() < b for a, b in size_classes):
            continue
        unit = m.group(4)
        frac = "分之" in m.group(1)
        borrowed = None if unit or frac else _respective_unit(norm, m)
        longer = _respective_unit(norm, m, unit) if unit and respective else None
        if longer is not None:
            unit = longer[1]        # 分别提高1.6个和1.4个百分点: 1.6 个百分点 as 1.4 is
        level = not unit and not frac and borrowed is None and _unitless_level(norm, m)
        if not unit and not frac and borrowed is None and not level:
            continue
        if borrowed is not None:
            unit = borrowed[1]      # PM2.5、PM10平均浓度分别控制在35、60微克/立方米: 35 微克/立方米 as 60 is
        if _excluded(norm, m, quotes):
            continue
        value = parse_number(m.group(1))
        if value is None:
            continue
        s, e = m.start(), m.end()
        digits = _DIGITS_BEFORE.search(norm, max(0, s - 12), s) if not m.group(1)[0].isdigit() else None
        if digits:
            # 供应6千套: the digits times the Chinese 千 or 百 that follows them
            value, s = float(digits.group()) * value, digits.start()
        cstart = max(_clause_start(norm, s), last_end)
        cend_m = _DELIM.search(norm, e)
        cend = cend_m.start() if cend_m else len(norm)
        if cend_m and cend_m.group() == ":" and (gap := _FIELD_GAP.search(norm, e, cend)):
            cend = gap.start()      # …保障水平　牵头单位：… — the space parts the fields, the next one's label no part of it
        before = norm[cstart:s].lstrip("、 ")
        after = norm[e:cend]
        # attributive threshold (10亿元以上项目7个): skip when another quantity follows in the clause
        floor_after = _GE_AFTER.match(after)
        if (floor_after and len(after) > floor_after.end() and _DIGIT.search(after)
                and not _CLAUSE_MARK_ASCII.match(after[floor_after.end():])
                and not (_RESPECTIVE_JOIN.match(after, floor_after.end()) and "分别" in before)):
            # (…分别增长10%以上和10.5%: the first item of a 分别 list joined by 和, no threshold of a thing)
            continue
        scale = m.group(2) or (borrowed[0] if borrowed is not None else "")
        unit_w = scale + (unit or "")
        dash = _RANGE_HIGH.match(norm, e) if m.group(1)[0].isdigit() else None
        high = _NUM.match(norm, dash.end()) if dash and dash.end() > e else None
        if (high and high.group(1)[0].isdigit() and high.group(4) == unit and (high.group(2) or "") == scale
                and parse_number(high.group(1)) > value):
            continue        # the low end of a range: read with its high end
        low = _RANGE_LOW.search(norm, max(cstart, s - 16), s) if m.group(1)[0].isdigit() else None
        value_high = None
        if (low and (low.group(2) or scale) == scale and (low.group(3) or unit) == unit
                and float(low.group(1)) < value):
            # A range is its low end, which meets the target, with value_high its high end (see
            # docs/reading-reports.md).
            value_high, value, s = value, float(low.group(1)), low.start()
            before = norm[cstart:s].lstrip("、 ")
        comparator, floor_read_as_limit = ">=", False
        if (before.endswith(_LE_BEFORE) or _LE_BEFORE_TAIL.search(before, max(0, len(before) - 4))
                or after.startswith(_LE_AFTER)):
            comparator = "<="
        if _REDUCE_TO.search(before) and before.endswith(("至", "到")):
            comparator = "<="
        if before.endswith(_GE_BEFORE):
            comparator = ">="
        qualifier = ""
        for q in _QUAL:
            if q in before and (q not in _ABOUT or _ABOUT_ALONE.search(before)):
                qualifier = q       # (签约项目30个: the 约 of a word, no hedge)
        if qualifier in _ABOUT:
            comparator = "="
        if value_high is not None and comparator != "<=":
            # a floor range (增长6%-7%): at least its low end; under a ceiling word (控制在3%-3.5%,
            # 3%-3.5%以内) a ceiling range, at most its high end (Indicator.bound)
            comparator = ">="
        if _ABOUT_AFTER.match(after):
            qualifier = qualifier or _ABOUT_AFTER.match(after).group(1)
            if value_high is None:
                comparator = "="     # 增长6%左右; a range hedged (增长6%-7%左右) stays a range
        elif not qualifier and _BOUND_AFTER.match(after):
            qualifier = _BOUND_AFTER.match(after).group(1)     # 以上, 以内: kept beside the comparator
        if not qualifier and _ISSUED_QUOTA.match(after):
            qualifier = _ISSUED_QUOTA_GROUP.match(after).group(1)
        unit_kind = vocab.unit(unit).kind if unit else ""
        if unit_kind == "percent" and _GROWTH.search(before):
            kind = "growth_rate"
        elif unit_kind == "percent" and _FALL.search(before):
            kind = "decline_rate"
        elif unit_kind == "percent" or frac:
            kind = "ratio"
        elif level:
            kind = "level"      # 保障系数保持在1.1以上: a level with no unit
        elif unit_kind == "duration":
            kind = "duration"
            if comparator == ">=" and not _GE_AFTER.match(after):
                comparator, floor_read_as_limit = "<=", True
        else:
            kind = vocab.unit(unit).indicator_kind
        # 新增A5家以上、B3家以上: the bound of the figure before is not the next metric's.
        own = before
        trail = _COUNT_TRAIL_LEAD.sub("", before)
        if counted and trail.startswith(counted) and _LIST_JOIN_START.match(trail, len(counted)):
            own = trail[len(counted) + 1:]   # 建成3座220千伏变电站、新增供电能力80万千瓦: the item before counted its own
        metric = _METRIC_LEAD.sub("", _BOUND_LEAD.sub("", _DEADLINE_LEAD.sub("", _ITEM_NUMBER_LEAD.sub("", own))))
        metric = _FUNDER_LEAD.sub("", metric) if unit_kind == "money" else metric
        metric = _METRIC_TRAIL.sub("", metric)
        if level:
            metric = _LEVEL_VERB_END.sub("", metric.rstrip())     # 保障系数保持在 → 保障系数: the level, not its verb
        metric = _without_share_scope(_RATE_HOLD_END.sub(r"\1", metric.rstrip()))   # …达标率保持在 → …达标率
        cut = _NEXT_ITEM.search(after)
        thing = after[:cut.start()] if cut else after      # the counted thing's words, the next item's aside
        listed = (kind == "count" and counted and _LIST_JOIN_END.search(before)
                  and _COUNT_TRAIL_LEAD.sub("", before)[:-1] == counted and _NOUN_FIRST.match(thing))
        counted = ""
        if listed:
            # 培育至少30家省级专精特新企业、8家以上制造业单项冠军企业: the next item of a count-first list
            metric = counted = listed.group(1)
        elif len(metric) <= 2 and after and not _ABOUT_AFTER.match(after) and not _BOUND_AFTER.match(after):
            metric = _OPEN_PAREN.split(thing)[0].lstrip("、的") or metric
            counted = metric if kind == "count" and thing.strip() else ""
        elif (kind == "count" and metric.endswith(_EXAMPLES_CLOSE) and not metric.endswith(_EXAMPLES_CLOSE_NOT)
              and _NOUN_FIRST.match(thing) and not _COUNT_TRAIL_LEAD.match(thing).group()):
            # 推动甲片、乙片等20个项目新开工: the examples before the count, the counted thing named after it
            metric = counted = _NOUN_FIRST.match(thing).group(1)
        elif (kind == "count" and metric.endswith(_EXAMPLES_CLOSE) and not metric.endswith(_EXAMPLES_CLOSE_NOT)
              and not _COUNT_TRAIL_LEAD.match(thing).group() and _NOUN_THEN_FIGURE.match(thing)):
            # 甲工程、乙电站等5个省重点项目计划投资15.1亿元: the examples before the count, the counted thing after it
            # running on to the list's own figure — the thing and its figure as with no examples before the count
            # (5个省重点项目计划投资15.1亿元), not the examples' names (statusc, stop 63)
            metric = counted = _OPEN_PAREN.split(thing)[0].lstrip("、的")
        elif kind == "count" and _VERB_ONLY.fullmatch(_AREA_TAIL.sub("", metric)) and _NOUN_FIRST.match(thing):
            # 推动建设8000个村级综合服务中心: a verb before the count, the counted noun after it (完成全县42座…: the whole
            # area between them no part of it)
            counted = _NOUN_FIRST.match(thing).group(1)
            metric = _COUNT_FLOOR_END.sub("", _AREA_TAIL.sub("", metric)) + counted
        elif (kind == "count" and (verb := _VERB_TAIL.search(metric)) and verb.start() >= 2
              and (noun := _NOUN_FIRST.match(thing)) and noun.end() == len(thing.rstrip())
              and noun.group(1)[-2:] in metric[:verb.start()]):
            # 农贸市场改造提升年度计划改造4座农贸市场: the words before end on a verb of work and name the thing as their
            # topic, the count's noun after the verb runs to the clause's end — what is counted is that noun, not the
            # topic's words (statusc, stop 61)
            counted = noun.group(1)
            metric = metric + counted
        elif kind == "count" and metric.startswith(_PER_EACH_WORDS) and _NOUN_FIRST.match(thing) \
                and (each := _PER_EACH.match(metric)) and _VERB_ONLY.fullmatch(metric, each.end()):
            # 每个乡镇至少建成1个综合文化站: the places each to have one, then a verb; the counted noun after the count
            counted = _NOUN_FIRST.match(thing).group(1)
            metric = _COUNT_FLOOR_END.sub("", metric[each.end():]) + counted
        named = _value_field_name(norm, _clause_start(norm, s), s) if not _CJK.search(metric) else ""
        if named:
            metric = named      # 组织消防技能培训（年度指标值：12期、600人次）: the name before the value field's bracket
        if not metric.strip() and out and out[-1].span[1] == last_end and _SAME_SUBJECT.fullmatch(norm, last_end, s):
            metric = out[-1].metric     # 社会消费品零售总额918亿元，增长12%: the growth of that total
        cumulative = bool(_CUMULATIVE.search(before))
        stretch = qualifier in _STRETCH and any(i.unit == unit_w for i in out)
        if stretch and _another_named(metric, out, unit_w):
            stretch = False     # 规上工业增加值力争增长8% after another's rate: its own target, the effort word no part of it
            metric = metric.rstrip().removesuffix(qualifier)
        if stretch and (not metric.strip() or metric.strip() in _QUAL):
            metric = out[-1].metric     # 25家,力争28家: the reserve figure of the floor's metric
        if kind == "duration" and days_counted(metric.strip()):
            # 空气质量优良天数达到300天, 重污染天数控制在0天: days counted — a count, a floor unless a ceiling word
            # (控制在, 以内, 不超过) made it a cap; not the time limit a bare 天 would read as.
            kind = "count"
            if floor_read_as_limit:
                comparator = ">="
        for a, b in moved:
            if a <= s < b:
                s, e = a, max(e, b)      # (the figure of a header unit moved: the cell's own words quoted)
        out.append(Indicator(metric=metric.strip(), value=value, unit=unit_w, scale=scale, comparator=comparator,
                             kind=kind, qualifier=qualifier, cumulative=cumulative, stretch=stretch,
                             text=text[s:e], span=(s, e), value_high=value_high))
        last_end = e
    for z in (_ZERO.finditer(norm) if "零" in norm or "不发生" in norm else ()):   # (a zero target names one)
        if any(qs < z.start() < qe for qs, qe in quotes) or norm.startswith(_NOT_ZERO, z.start()):
            continue
        if norm[z.start() - 1:z.start()] == "(" or norm[z.end() - len(z.group()) + 1:][:1] == ")":
            continue        # 低(零)碳园区: a word in brackets, no target
        cstart = _clause_start(norm, z.start())
        cend_m = _DELIM.search(norm, z.end())
        cend = cend_m.start() if cend_m else len(norm)
        if any(cstart <= i.span[0] < cend and i.kind != "zero" for i in out):
            continue        # a figure in the clause (…零增长 beside 下降5%); a second zero (零信访、零诉讼) is its own
        word = z.group(0)
        if word.startswith("零") and z.group(1) not in _ZERO_GROWTH:
            metric = z.group(1)
        elif word.startswith("不发生"):
            metric = z.group(2)
            for line in _BOTTOM_LINE:
                if metric.endswith(line) and len(metric) > len(line):
                    metric = metric[:-len(line)]    # 守住不发生规模性返贫的底线: the thing, not the line
                    break
        else:
            metric = _ZERO_METRIC_LEAD.sub("", norm[cstart:z.start()])
            metric = _KEEP_TAIL.sub("", metric)
        qualifier = "确保" if "确保" in norm[cstart:z.start()] else ""
        out.append(Indicator(metric=metric, value=0.0, unit="", comparator="<=", kind="zero", qualifier=qualifier,
                             text=text[z.start():z.end()], span=(z.start(), z.end())))
    if len(out) > 1:
        out.sort(key=lambda i: i.span)
        out = _raised_plans(norm, out)
    milestones: list[Milestone] = []
    if not out and _MILE.search(norm):
        # (no milestone word in the text, none in any of its clauses, which are pieces of it)
        pos = 0
        for clause in _MILESTONE_SPLIT.split(norm):
            cs, ce = pos, pos + len(clause)
            pos = ce
            v = _MILE.search(clause)
            if not v or _PROCESS.search(clause[: v.start()]) or clause in (";", ",", "。"):
                continue
            dl = _DEADLINE.search(clause)
            lead = len(clause) - len(clause.lstrip())
            milestones.append(Milestone(text=text[cs + lead:ce].strip(), stage="underway" if v.group(0) in _UNDERWAY else "done",
                                        deadline=dl.group(0) if dl else "", span=(cs + lead, ce)))
    return out, milestones


_YEAR_END = vocab.pattern("deadline.year_end")


_MONTH_NAMED = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,2})月")


def deadline_date(deadline: str, year: int) -> date | None:
    """年底 / 年内 → 31 Dec; 6月底 / 6月份 / 六月底 → end of that month."""
    if not deadline:
        return None
    if _YEAR_END.search(deadline):
        return date(year, 12, 31)
    m = _MONTH_NAMED.search(deadline)
    if m:
        raw = m.group(1)
        month = int(raw) if raw.isdigit() else "一二三四五六七八九十".index(raw[-1]) + 1 + (10 if len(raw) == 2 else 0)
        if 1 <= month <= 12:
            return date(year, month, calendar.monthrange(year, month)[1])
    return None


def expected_pct(as_of: date, deadline: date | None = None) -> float:
    """序时进度: the share of the way from 1 January to the deadline (default 31 December); 100 once it has passed."""
    start = date(as_of.year, 1, 1)
    end = deadline or date(as_of.year, 12, 31)
    if as_of >= end:
        return 100.0
    total = (end - start).days + 1
    return round(100.0 * ((as_of - start).days + 1) / total, 1)


# A month's plan (8月工作计划：投入使用, 2026年9月工作安排：完成招标): the row is that month's plan, due at its end.
MONTH_PLAN = vocab.quick(re.compile(r"(?<![\d.])(?:(\d{4})年)?((?:\d{1,2}|[一二三四五六七八九十]{1,2})月)份?"
                                      f"(?:{vocab.alternation('deadline.month_plan')})[:：]"), digits=True)


def month_plan_deadline(text: str, as_of: date) -> date | None:
    """The end of the month whose plan the task is (城东农贸市场改造 9月工作计划：完成改造并开业运营 → 30 September), in
    ``as_of``'s year (a year named before it must be that one); one month's plan only, else None."""
    found = {(m.group(1), m.group(2)) for m in MONTH_PLAN.finditer(text or "")}
    if len(found) != 1:
        return None
    year, month = found.pop()
    if year and int(year) != as_of.year:
        return None
    d = deadline_date(month, as_of.year)
    return d if d and d.year == as_of.year else None


def score_indicators(items: list[dict], parse_fn=parse) -> dict:
    """Per-field (precision, recall) of ``parse_fn`` against labelled items.

    Predicted and labelled indicators are matched by value+unit, then by value;
    a field counts as right when the matched pair agree on it.  ``milestone``
    matches milestones by stage."""
    fields = ("value", "unit", "comparator", "kind")
    right = dict.fromkeys(fields, 0)
    n_pred = n_lab = 0
    ms_right = ms_pred = ms_lab = 0
    for item in items:
        pred, ms = parse_fn(item["text"])
        labs = list(item["indicators"])
        n_pred += len(pred)
        n_lab += len(labs)
        free = list(range(len(labs)))
        for p in pred:
            j = next((k for k in free if labs[k]["value"] == p.value and labs[k]["unit"] == p.unit), None)
            if j is None:
                j = next((k for k in free if labs[k]["value"] == p.value), None)
            if j is None:
                continue
            free.remove(j)
            for f in fields:
                right[f] += getattr(p, f) == labs[j][f]
        stages = [m["stage"] for m in item["milestones"]]
        ms_pred += len(ms)
        ms_lab += len(stages)
        for m in ms:
            if m.stage in stages:
                stages.remove(m.stage)
                ms_right += 1
    res = {f: (right[f] / n_pred if n_pred else 1.0, right[f] / n_lab if n_lab else 1.0) for f in fields}
    res["milestone"] = (ms_right / ms_pred if ms_pred else 1.0, ms_right / ms_lab if ms_lab else 1.0)
    return res
