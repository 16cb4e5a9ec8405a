"""Verification (目标核验): year N's quantitative targets against the figures
the year N+1 work report's review (工作回顾) gives.

Targets are the indicators of the tasks a decomposition table or a work
report's plan part states (``tasks.tasks_from_document``).  Claims are the
figures in the sentences of the report's review part (sections of role
``review``), read with ``progress.parse_row`` — a review states achievements
as a progress report does — plus quoted durations (“最多90天”) read with
``indicators.parse``.  Rules (docs/linking.md):

* **Claim metric.**  The fact's metric and the words right after its unit
  (实施中大吴庄等11个高层住宅小区“二次供水”改造工程 → 实施中大吴庄等 +
  高层住宅小区二次供水改造工程).  A bare rate (…85亿元,增长5.6%) takes the
  metric of the figure before it in the same sentence part (一般公共预算收入).
  预计 (the year's estimate: 全年预计地区生产总值增长6%) counts as reported;
  a clause with 拟 (拟上市企业) reports no achievement.
* **Kind.**  A % after 增长/增幅/提高 is a growth rate, after 下降/减少/降低/压缩 a
  decline rate, otherwise a ratio; other units as in indicators.py.
* **Match.**  Same base unit (scale applied: 130亿元 against 140亿元, 件 and 起
  are both cases), same kind for percentages, and a metric similarity of at
  least ``MIN_SIMILARITY``: the mean of the shares of the target metric's
  characters and character bigrams found in the claim's metric (generic verbs
  完成/实现/新增/建成… and digits set aside).  The best claim wins; among equals
  the earliest, because a review opens with the district's headline figures
  before sector figures repeat the same metric (一般公共预算收入 of the district,
  then of 金融服务业).
* **Stage.**  A target to build or finish (建成/竣工/交付/完工) is not answered by
  a figure of work started (开工建设二期项目940套 against 建成蓝领公寓500套):
  unclear.
* **Verdict.**  ``>=`` targets: met when actual ≥ target, exceeded when actual
  beats the target by more than ``EXCEED_MARGIN`` (5%) of it (6% growth against
  5.5%; 1632件 against 1600件 is met), not_met below.  ``<=`` targets mirror it
  (at or under the ceiling is met; more than 5% under is exceeded).  ``=``
  (约) targets are met within 5% either way, exceeded above.  A zero target
  (零信访) or a target no claim answers is unclear.

Claims no target uses are returned as ``unanswered`` (成绩 that answer no target).
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from . import indicators, numbers, progress, reader, targets, tasks, vocab
from .errors import ParseError, UnreadableInput, parses
from .judgement import Claim, Evidence, Indicator, Task, Verdict
from .model import Document
from .parts import is_review, report_year, top_section
from .text import bigrams, for_parsing, normalise

MIN_SIMILARITY = 0.5
MIN_BIGRAM_SHARE = 0.34
CONTEXT_WEIGHT = 0.9      # a metric named only by the clause before counts a little less
EXCEED_MARGIN = 0.05
RELATED_SIMILARITY = 0.9  # a claim in another unit on the very metric: unclear, not silence
PART_YEAR_WEIGHT = 0.98   # a part-year or current-price figure yields to the year's real growth of the same metric
PART_YEAR_SETTLED = 0.5   # a part-year growth under this share of the year's growth target settles the shortfall
FLOOR_REACH = 1.0         # a result given as a floor (7%以上) this many points or less under its target: unclear
ABOUT_POINTS = 0.5        # 左右 on a rate: met within half a percentage point
FIVE_YEAR_RATIO = 2.5     # an undated count of a five-year review this many times the year's target: five years'

_GROWTH = re.compile(rf"(?:{vocab.alternation('change.growth')})[^,;。增降]{{0,3}}$")
_DECLINE = re.compile(rf"(?:{vocab.alternation('change.fall')})[^,;。增降]{{0,3}}$")
_PART_END = re.compile(r"[;；。!！?？]")
# A rate set against a year by name (比2023年增长6.4%): the year before the reviewed one's is the year-on-year change.
_COMPARED_YEAR = re.compile(r"[比较](?P<year>(?:19|20)\d\d)年(?:同期)?[^,;:。\d]{0,4}$")
_GROWTH_AFTER = re.compile(f"的(?:{vocab.alternation('change.growth')})")
_FALL_AFTER = re.compile(f"的(?:{vocab.alternation('change.fall')})")
_SCALES = frozenset(vocab.scales())
# A count named as a number of things (就业人数, 企业户数): a figure with a scale alone counts those things.
_COUNTED = re.compile("({})数$".format("|".join(
    re.escape(u.text) for u in vocab.units().values() if u.indicator_kind == "count" and u.chinese_numeral)))
_CLAUSE_END = re.compile(r"[,，;；。!！?？:：]")
_PLANNED = vocab.pattern("intention.proposed")
_FORECAST = vocab.pattern("intention.forecast", "verify.estimate")
# 地区生产总值增长6.7%左右（预计）: the estimate said in brackets after the figure.
_FORECAST_AFTER = re.compile(r"^(?:左右|以上)?[(（](?:{})".format(vocab.alternation("intention.forecast")))
_GENERIC = re.compile(f"^(?:{vocab.alternation('verify.metric_lead')})+")
_TRAIL = re.compile(f"(?:{vocab.alternation('verify.year_on_year', 'verify.constant_prices')})*"
                    f"(?:{vocab.metric_trail_alternation('metric.trail_kept_review')})+$")
# Constant prices (按可比价格计算增长6.1%) are the usual basis of a real growth, not a same-basis figure.
_CONSTANT_PRICES = vocab.pattern("verify.constant_prices")
# Where the words after a claim's unit stop: the next list item or the next figure.
_TAIL_END = re.compile(
    rf"、|(?<!\d)\d+(?:\.\d+)?(?:{vocab.scale_alternation()})?(?:{vocab.unit_alternation()})")
_DONE = vocab.pattern("milestone.finish")
_SAME_BASIS = vocab.pattern("verify.same_basis")
_HEADLINE_BASIS = vocab.pattern("verify.headline_basis")
_LOWER_BETTER = vocab.pattern("target.lower_is_better")
# A rate that is itself a rise (居民消费价格涨幅): the review may give it as a growth (指数增长1.8%).
_PRICE_RISE = re.compile(r"涨幅")
_IN_STEP = vocab.pattern("verify.in_step")
_ECONOMY = vocab.pattern("verify.economy")


# vocab.quick: these open on an assertion or on a group, where re finds no first character to skip ahead by and
# would try the whole alternation at every character (a review sentence's search ~9x slower); same matches.
# 年均 before 浓度 or 值 is the year's own average (PM2.5年均浓度), no word of several years.
_MULTI_YEAR = vocab.quick(re.compile(f"(?!{vocab.alternation('verify.annual_mean')})"
                                     f"(?:{vocab.alternation('verify.multi_year')})"))
_CUMULATIVE = vocab.pattern("figure.cumulative")
_START = vocab.pattern("milestone.start")
# (not after 不: 增速不低于年度目标 says the target was met)
_SHORTFALL = vocab.quick(re.compile(f"(?<!不)(?:{vocab.alternation('verify.shortfall')})"))
_SUBGROUP = vocab.pattern("verify.subgroup")
# A part of the area right before a metric's name (经济开发区规上工业增加值, 某某高新区实际使用外资).
_PART_OF_CITY = re.compile(f"^(?:其中)?(?:{vocab.alternation('verify.part_of_city')})")
_PART_OF_CITY_WORD = vocab.pattern("verify.part_of_city")
_PART_AREA_BEFORE = re.compile(f"(?:{vocab.alternation('verify.part_of_area')})$")
PART_AREA_REACH = 5
_MEASURE_ONLY = re.compile(f"^(?:{vocab.alternation('verify.measure_only')})$")
# After a metric named without a figure: a word saying how it went (稳定增收, 保持增长, 位居前列).
_MENTION_PREDICATE = re.compile(
    rf"(?:[^,;。]{{0,4}}?)(?:{vocab.alternation('change.growth', 'change.fall', 'verify.mention_predicate')})")
_TOLD_LATER = re.compile(
    rf".{{0,12}}?(?:{vocab.alternation('change.growth', 'change.fall', 'verify.mention_predicate')})")
# A clause saying in words that a target was met (完成省下达的目标任务, 控制在目标以内), and a negation
# right before it (未能全面完成).
# 节能减排完成省下达的目标任务; 圆满完成城镇新增就业、农村劳动力转移就业等年度目标任务 (the done word before a
# list of metrics closed by 等…目标任务).
_DONE_IN_WORDS = vocab.quick(re.compile(f"(?:{vocab.alternation('verify.done_in_words')}"
                                        f"|(?:{vocab.alternation('verify.done_list_verb')})[^,;。]{{2,40}}?等"
                                        f"[^,;。等]{{0,10}}?(?:{vocab.alternation('verify.done_list_object')}))"))
_ZERO_KEPT = vocab.pattern("verify.zero_kept")
_MULTI_YEAR_GOAL = vocab.pattern("verify.multi_year_goal")
_RESULT_FLOOR = vocab.pattern("verify.result_floor")
# 农村居民收入增长快于城镇居民: a group's growth set against another group's, not the economy's.
_FASTER_THAN_GROUP = re.compile(f"快于(?P<whom>(?:{vocab.alternation('verify.population')})(?:居民)?)")
_GOAL_CLAUSE = re.compile(r"[,，;；。!！?？]")
_NEGATION = vocab.pattern("verify.negation")
# 除地区生产总值外，其他指标均完成年度目标: the metric is the exception, not the one said done.
_EXCEPT = re.compile(r"除[^,;。]{0,3}$")
# 除利用外资、外贸出口、税收收入外，其余指标均完成年度目标: the names excepted, up to the 外 closing them
# (the names may hold 外 themselves: 外资, 外贸).
_EXCEPTED = re.compile(r"除(?P<names>[^,;:。，；：]{2,80}?)外(?=[,;:，；：]|其[余他它]|[均都]|主要|各项)")
_EXCEPT_ITEM = re.compile("[、和及与]")
_ABOVE_WORDS = ("高于", "超过", "超出")      # done words saying above the target: for a lower-is-better metric, above its cap
_FALL_SAID_BEFORE = re.compile(f"(?:{vocab.alternation('change.fall')})|降幅")
EXCEPT_EXTRA = 4      # characters of an excepted name besides the metric (增速, 总额)
_NEGATED = re.compile(rf"(?:{vocab.alternation('verify.negation')})(?:{vocab.alternation('verify.negation_manner')})*$")
# A clause with a rate or a multiple states a figure: a figure's claim, not a result said in words.
_RATE_FIGURE = re.compile(rf"\d(?:\.\d+)?\s*(?:{vocab.unit_alternation_of('percent')}|倍)")
# Indicators named together (规模工业、固定资产投资等主要经济指标): the names before 等…指标.
_BUNDLE = re.compile(r"(?P<names>[^,;。:、]{2,12}(?:[、和及][^,;。:、]{2,12}){0,5})"
                     rf"(?:{vocab.alternation('verify.bundle_count')})[^,;。]{{0,8}}指标")
_BUNDLE_COUNT = vocab.pattern("verify.bundle_count")
# What qualifies a same-basis figure (剔除增值税留抵退税因素后同口径): no metric of its own.
_ACTUAL_ONLY = frozenset(vocab.words("verify.actual_only"))
_INCREMENT_ONLY = frozenset(vocab.words("verify.increment_only"))
_GROWTH_NAME_ONLY = frozenset(vocab.words("change.growth_name"))
_POINTER_NAMES = frozenset(vocab.words("verify.pointer_name"))
# 突破千亿元, 迈上两千亿元台阶: a level reached (verify.level_reached) written in characters before 亿元 or 万元.
_LEVEL_IN_WORDS = vocab.quick(re.compile(rf"(?:{vocab.alternation('verify.level_reached')})"
                                         r"(?P<figure>(?P<number>[一二两三四五六七八九十百千万]{1,6})(?P<unit>[亿万]元))"))
# 增长1.2倍, 增长一倍: a growth in multiples (verify.growth_multiple), the figure with its 倍.
_GROWTH_MULTIPLE = vocab.quick(re.compile(
    rf"(?:{vocab.alternation('verify.growth_multiple')})(?:了)?(?P<figure>(?P<number>\d+(?:\.\d+)?|[一二两三四五六七八九十]{{1,3}})倍)"))
_BARE_RATE_NAME = re.compile(f"(?P<word>{vocab.alternation('change.rate_name')})率(?:为|是|达到|达)?")
_GROWTH_RATE_NAMES = frozenset(vocab.words("change.growth")) | {vocab.words("verify.rate_of_increment")[0]}
_YEAR_ON_YEAR_LEAD = re.compile(f"^(?:{vocab.alternation('verify.year_on_year')})")
# 比上年增长（按可比价格计算）6.4%: a bracket holding only the price basis, blanked before the figures are read.
_PRICE_BASIS_BRACKET = re.compile(f"[(（](?:{vocab.alternation('verify.constant_prices')})[)）]")
_BASIS_WORDS = re.compile(rf"(?:剔除|扣除)[^,;。]*?因素后?|{vocab.alternation('verify.same_basis')}"
                          rf"|{vocab.alternation('verify.headline_basis')}")
# A rate raised to a level (占GDP比重提高到3.85%): a ratio, not a growth.
_TO_LEVEL = re.compile(f"(?:{vocab.alternation('change.to_level')})(?:到|至)[^,;。]{{0,3}}$")
# A rate named by its change word (人口自然增长率4.1‰): the rate's level, not a growth.
_RATE_NAME = re.compile(f"(?:{vocab.alternation('change.rate_name')})率(?:为|是|达到|达)?$")
# Words of a review's figure that name no metric: the year and the statistics' stage.
_YEAR_WORDS = re.compile(r"初步核算|(?:19|20)\d\d年(?:全年)?")
# What may open a sentence before its figure and names no metric: the price basis, the year, the statistics' stage.
_NO_METRIC_LEAD = re.compile(r"(?:(?:{})|(?:{})|(?:{})|经?初步核算|据?初步统计|(?:19|20)\d\d年|[,:;\s])+".format(
    vocab.alternation("verify.constant_prices"), vocab.alternation("verify.year_on_year"), vocab.alternation("verify.one_year")))
# A clause of a five-year review that gives one year's figure: a year (2017年, not 2013年以来) or 全年.
# A year compared with (是2012年的1.6倍, 比2012年) is a base year, not the year reported.
_ONE_YEAR = re.compile(rf"(?<![比是较与从])((?:19|20)\d\d)年(?!以来|来|至|到|的|[—–-])|{vocab.alternation('verify.one_year')}")
_NARROWER = [tuple(w.split(">", 1)) for w in vocab.words("verify.narrower")]
_NEIGHBOURS = [tuple(w.split(">", 1)) for w in vocab.words("verify.neighbours")] + _NARROWER
_DISTINCT = [tuple(w.split(">", 1)) for w in vocab.words("verify.distinct")]
# Each word of those pairs with the longer words of the pairs that hold it (出口: 进出口).
_HOLDERS = {w: [x for x in {y for pair in _DISTINCT for y in pair} if w in x and x != w]
            for pair in _DISTINCT for w in pair}


def _has(word: str, text: str) -> bool:
    """``word`` in ``text`` outside the longer words of verify.distinct holding it (出口 is not in 进出口总额)."""
    for longer in _HOLDERS.get(word, ()):
        text = text.replace(longer, "")
    return word in text


def _distinct(target: str, claim: str) -> bool:
    """The claim's metric is another than the target's by a defining word (verify.distinct)."""
    pairs = _distinct_pairs(target)
    if not pairs:
        return False
    c = _defining(claim)
    return any(a not in c and b in c for a, b in pairs)


@lru_cache(maxsize=8192)
def _distinct_pairs(target: str) -> tuple[tuple[str, str], ...]:
    """The pairs of verify.distinct whose first word ``target`` has: cached, as a target meets every claim."""
    t = _defining(target)
    return tuple((a, b) for a, b in _DISTINCT if a in t)


@lru_cache(maxsize=8192)
def _defining(text: str) -> frozenset[str]:
    """The words of verify.distinct that ``text`` has (``_has``): cached, every target meets every claim."""
    return frozenset(w for w in _HOLDERS if _has(w, text))
# Short names written out (CPI涨幅 → 居民消费价格涨幅, 社零 → 社会消费品零售总额): vocab.full_names.
_full_names = vocab.full_names
# A level reached (达到3287亿元, 2025年突破5000亿元): the words opening its clause.
_LEVEL_REACHED = re.compile(rf"(?:(?:19|20)\d\d年)?(?:{vocab.alternation('verify.level_reached')})$")
_LAGGING = vocab.pattern("verify.lagging")
# A metric named by its bare head word standing alone before a change or mention word (投资增速低于预期 →
# 固定资产投资增速低于预期): verify.bare_names, only at a clause's or a list item's start, so that 民间投资,
# 工业投资 stay other metrics.
_BARE_NAMES = dict(w.split(">", 1) for w in vocab.words("verify.bare_names"))
_RATE_WORD_END = re.compile(f"(?:{vocab.alternation('change.growth')})$")
# (the names' first characters in a lookahead first: re skips ahead to one instead of trying ^ and the lookbehind
# at every character, twice as fast)
# (or right after the report's own area, 我区外贸逆势增长: verify.own_scope, two characters each for the lookbehind)
_OWN_SCOPE_WORDS = vocab.words("verify.own_scope")
assert {len(w) for w in _OWN_SCOPE_WORDS} == {2}, "verify.own_scope: a lookbehind needs one width"
_BARE_NAME = re.compile("(?=[{}])(?:^|(?<=[,，;；:：、。和及与])|(?<={}))({})(?={})".format(
    "".join(sorted({re.escape(name[0]) for name in _BARE_NAMES})), "|".join(map(re.escape, _OWN_SCOPE_WORDS)),
    "|".join(map(re.escape, sorted(_BARE_NAMES, key=len, reverse=True))),
    vocab.alternation("change.growth", "change.fall", "verify.mention_predicate")))


def _review_names(text: str) -> str:
    """``text`` (as ``for_parsing`` gives it) with short names and bare names written out: as a review's words
    are compared with a metric."""
    return _full_names(_BARE_NAME.sub(lambda m: _BARE_NAMES[m.group(1)], text))
_full_names("")      # the alias pattern compiled at import, as every engine pattern is
# The economy named bare in a review (预计全年经济增长3.5%左右): the growth of the economy.
# 经济增速放缓至5.2%, 经济增速回落到…: the growth moved to its level (verify.rate_moved) is still the economy's.
_BARE_ECONOMY = re.compile(f"^(?:{vocab.alternation('verify.economy_scope')})?经济(?:增长|增速)?"
                           f"(?:{vocab.alternation('verify.rate_moved')})?(?:左右)?$")
# 实现正增长 in a review: a growth above zero, with no figure.
_POSITIVE = re.compile(r"(?:实现|保持)?正增长")
_NEGATIVE = re.compile(r"(?:出现|呈现|呈)?负增长")
# 利用外资规模下降 (no figure in its clause): the quantity fell, by no stated size, as 负增长 (not after a rate's name).
# 外贸进出口总额有所下降: a total said to fall, the same (verify.fall_total; not 下滑, which may be a slower growth);
# 社会消费品零售总额下降明显, 进出口下降较多, 降幅较大: a fall with its degree after it, and 外贸进出口明显下降 with its degree
# before it, after any name (verify.fall_degree_after, verify.fall_size, verify.fall_degree).
_FALL_SAID = re.compile(f"(?:(?:{vocab.alternation('verify.fall_quantity')})(?:{vocab.alternation('verify.fall_degree')})?"
                        f"(?:{vocab.alternation('verify.fall_said')})"
                        f"|(?:{vocab.alternation('verify.fall_total')})(?:{vocab.alternation('verify.fall_degree')})?"
                        f"(?:{vocab.alternation('verify.fall_total_said')})"
                        f"|(?:{vocab.alternation('verify.fall_total_said')}|{vocab.alternation('verify.fall_size')})"
                        f"(?:{vocab.alternation('verify.fall_degree_after')})"
                        f"|(?:{vocab.alternation('verify.fall_degree')})(?:{vocab.alternation('verify.fall_total_said')}))"
                        r"(?=[,;。:]|$)")
_RATE_WORDS = vocab.pattern("verify.rate_words")
# 保持两位数增长 in a review: a growth of at least ten per cent, with no figure.
_DOUBLE_DIGIT = re.compile(f"(?:实现|保持)?(?:{vocab.alternation('verify.double_digit')})")
DOUBLE_DIGITS = 10.0
_DOUBLED = re.compile(f"(?:{vocab.alternation('verify.doubled')})")
DOUBLED = 100.0
_YEAR_NAMED = re.compile(r"[比较与](?:19|20)\d\d年[^,;。]{0,20}$")
# A price index against the year before (居民消费价格总指数为101.8): the rise is the index less 100.
_PRICE_INDEX = re.compile(r"(?P<name>居民消费价格|CPI)(?:总)?指数(?:同比)?(?:为|是|达到|达)?"
                          r"(?P<index>1\d\d(?:\.\d+)?)(?![\d.%])")
# 与上年持平 in a review: a growth of zero, a figure in words.
_LEVEL_WITH = re.compile(f"(?:{vocab.alternation('change.level_with_basis')})(?:基本)?持平")
# An in-step target against another government (与自治区保持同步): not against the economy.
_IN_STEP_WITH = re.compile(f"与(?:{vocab.alternation('verify.in_step_government')})(?:平均水平)?(?:保持)?(?:基本)?同步")


# Softening words of a qualitative target's predicate (基本同步, 保持稳定): the review may say it plainly.
_PREDICATE_SYNONYMS = [tuple(w.split(">", 1)) for w in vocab.words("verify.predicate_synonyms")]
# A metric's growth said against the economy's in words (增速高于经济增速 / 跑输经济增长).
_STEP_AHEAD = vocab.pattern("verify.in_step_ahead")
_STEP_BEHIND = vocab.pattern("verify.in_step_behind")
_STEADY = frozenset(vocab.words("verify.steady"))
# The share of a task said done (完成年度预算的96.5%, 完成省下达任务的112%): under 100 it is short.
_SHARE_DONE = re.compile(r"的?(?<![\d.])(\d+(?:\.\d+)?)\s*%")
# A qualitative cap (控制在省定目标以内): a bound set elsewhere, with no number in the report.
_CAP_WORD = vocab.pattern("verify.cap_words")
_SOFT_QUALIFIER = re.compile(f"^(?:{vocab.alternation('verify.soft_qualifier')})+")


# --- claims -----------------------------------------------------------------------------

# 同比增12.8%, 比上年降3.1%: a change word of one character after what the figure is compared with.
_SHORT_CHANGE = re.compile("(?:{})(?P<word>{})$".format(
    vocab.alternation("verify.year_on_year"), vocab.alternation("verify.short_change")))
_SHORT_WORDS = vocab.words("verify.short_change")
_SHORT_GROWTH_WORD = _SHORT_WORDS[0]
# 增加6.2%, 比上年减少3.1%: an increase word before a percentage is a growth (a fall).
_RATE_OF_INCREMENT = re.compile(f"(?P<word>{vocab.alternation('verify.rate_of_increment')})$")
_INCREMENT_GROWTH_WORD = vocab.words("verify.rate_of_increment")[0]


# 增速提高到4.6%, 增速由上年的-5.2%回升至4.6%: a growth moved to its figure, not a ratio raised to a level.
_GROWTH_MOVED_TO = re.compile("(?:{})(?:由[^,;。]{{0,16}}?)?(?:{})(?:到|至)$".format(
    vocab.alternation("verify.growth_rate_word"), vocab.alternation("verify.rate_moved", "change.to_level")))
_GROWTH_RATE_WORD = vocab.pattern("verify.growth_rate_word")


# 降幅收窄至2.3%, 降幅为2.3%: a fall of that size.
_FALL_RATE_BEFORE = re.compile("(?:{})(?:(?:{})?(?:至|到)|为|是|达)?$".format(
    vocab.alternation("verify.fall_rate_word"), vocab.alternation("verify.fall_rate_moved")))


_FALL_RATE_TRAIL = re.compile("(?<=.{{2}})(?:{})(?:{})?(?:至|到)?$".format(
    vocab.alternation("verify.fall_rate_word"), vocab.alternation("verify.fall_rate_moved")))


def _kind(unit: str, before: str) -> str:
    if vocab.is_rate(unit) and _GROWTH_MOVED_TO.search(before):
        return "growth_rate"
    if unit in ("%", "％") and _FALL_RATE_BEFORE.search(before):
        return "decline_rate"
    if vocab.is_rate(unit) and (_TO_LEVEL.search(before) or _RATE_NAME.search(before)):
        return "ratio"
    if vocab.is_rate(unit):
        if _GROWTH.search(before):
            return "growth_rate"
        if _DECLINE.search(before):
            return "decline_rate"
        short = _SHORT_CHANGE.search(before) or _RATE_OF_INCREMENT.search(before)
        if short is not None:
            return "growth_rate" if short.group("word") in (_SHORT_GROWTH_WORD, _INCREMENT_GROWTH_WORD) else "decline_rate"
        return "ratio"
    found = vocab.unit(vocab.base_unit(unit)[0])
    return found.indicator_kind if found else "count"


_COPULA_ONLY = re.compile(r"(?:为|是|达|达到)?")
_HEDGE_END = re.compile(r"(?<!\s)\s*(?:左右|以上|以内)+$")
_COPULA_END = re.compile(r"(?<!\s)\s*(?:在|为|是)$")


def _clean_metric(metric: str) -> str:
    # (经济增速预计在6.7%左右: the hedge and the copula are no part of the name; nor is a fall's size named as a
    # rate, 固定资产投资降幅收窄至2.3%: the figure's kind says it)
    metric = _COPULA_END.sub("", _HEDGE_END.sub("", metric.strip()))
    metric = _FALL_RATE_TRAIL.sub("", metric)
    metric = _TRAIL.sub("", _YEAR_WORDS.sub("", metric.strip()).strip())
    if metric.endswith(_SHORT_WORDS):
        return _SHORT_CHANGE.sub("", metric)
    return metric


def _reviewing(doc: Document) -> list:
    """The sentences that review the year: the review part and its problems paragraph, and the headline
    figures a speech gives before its first part (现在，我代表…。2024年，全市地区生产总值增长5.8%…)."""
    year = report_year(doc.text)
    coming = [s for s in doc.sections if s.level == 0 and s.role in ("plan", "targets")]
    if not any(is_review(s.role) for s in doc.sentences) and not any(_past_part(s, year) for s in coming):
        return []
    # Everything before the first part on the coming year reviews (a part the structure could not name
    # is "other" there; the government's own conduct in the past year is part of the review too), and
    # so does a part read as the coming year's whose title says it is the past year's (2024年目标任务
    # 完成情况, 2024年主要工作 in the 2025 report).
    plan = next((s.start for s in coming if not _past_part(s, year)), len(doc.text))
    annexed = _past_annex(doc, year)
    return [s for s in doc.sentences
            if is_review(s.role) or (s.start < plan and s.role in ("other", "conduct", "plan", "targets"))
            or s.start in annexed or (s.role in ("plan", "targets") and _reasons_naming_the_year(doc, s, year))]


_TARGET_REASONS = vocab.pattern("verify.target_reasons")
_LAST_YEAR = re.compile(rf"^(?:{vocab.alternation('verify.year_before_named')})")


def _reasons_naming_the_year(doc: Document, sentence, year: int | None) -> bool:
    """A sentence of the coming year's part that explains its targets (提出上述目标，主要考虑：…, words.toml
    verify.target_reasons) with a clause opened by the reviewed year (2024年全区规上工业增加值增长9.4%; 去年…): that
    clause gives the year's result, as the review does."""
    if year is None:
        return False
    text = for_parsing(doc.text[sentence.start:sentence.end])
    reason = _TARGET_REASONS.search(text)
    if reason is None:
        return False
    past = f"{year - 1}年"
    return any(c.startswith(past) and not c.startswith((past + "以来", past + "来")) or _LAST_YEAR.match(c)
               for c in (c.strip() for c in _CLAUSE_END.split(text[reason.end():])))


def _past_annex(doc: Document, year: int | None) -> set[int]:
    """Where the sentences of an annex under a heading line naming the past year start (附件 / 2024年主要指标
    完成情况 / 地区生产总值增长6.7%…, printed after the closing words of the 2025 report): they review the
    year as the review part does.  An annex on the coming year (2025年民生实事项目) does not.  Numbered lines of
    指标：result (1.地区生产总值：完成…亿元，增长6.2%) may be read as a glossary's entries: under such a heading they
    are the year's results all the same (a glossary's own heading, 名词解释, names no past year)."""
    out: set[int] = set()
    past = False
    for s in doc.sentences:
        if s.role not in ("annex", "glossary"):
            past = False
            continue
        line = for_parsing(s.text).strip()
        if len(line) <= 30 and not re.search(r"\d", _TITLE_YEAR.sub("", line)) and not _PART_END.search(line) \
                and not _cells(line):
            past = _past_title(line, year)      # a heading line (a table's header row or rule is none)
        elif past:
            out.add(s.start)
    return out


_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)年")
_DONE_TITLE = vocab.pattern("verify.past_part")


def _past_part(section, year: int | None) -> bool:
    """A part's title says it reports the past: it names only years before the report's own year
    (2024年主要工作 in the 2025 report), or, naming none of the coming years, what was done (目标任务
    完成情况, 计划执行情况)."""
    return _past_title(for_parsing(section.title), year)


def _past_title(title: str, year: int | None) -> bool:
    """``title`` (as ``for_parsing`` gives it) says its part reports the past (see ``_past_part``)."""
    years = [int(y) for y in _TITLE_YEAR.findall(title)]
    if years and year is not None:
        return max(years) < year
    return bool(_DONE_TITLE.search(title))


_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n\s*")


def _blank_line_pieces(sentence) -> list:
    """``sentence`` cut at its blank lines: lines with no closing mark, each a paragraph of its own (a box of the
    year's results: 地区生产总值：856.2亿元，增长6.3% / 一般预算收入：52.6亿元，增长4.2%), are read one by one, as
    their own sentences, not as one run of figures."""
    if "\n" not in sentence.text or not _BLANK_LINE.search(sentence.text):
        return [sentence]
    pieces, at = [], 0
    for m in [*_BLANK_LINE.finditer(sentence.text), None]:
        end = m.start() if m is not None else len(sentence.text)
        if sentence.text[at:end].strip():
            pieces.append(replace(sentence, text=sentence.text[at:end], start=sentence.start + at,
                                  end=sentence.start + end))
        at = m.end() if m is not None else end
    return pieces


def _markdown_rows(sentence) -> list:
    """``sentence`` cut into its lines where each is a markdown table's row (| 地区生产总值 | 1520亿元，增长6.3% |: a row
    whose cells hold a sentence's marks is joined to the next by the reader); otherwise ``sentence`` alone."""
    lines = sentence.text.split("\n")
    if len(lines) < 2 or not all(x.strip().startswith("|") and x.strip().endswith("|") for x in lines):
        return [sentence]
    pieces, at = [], 0
    for x in lines:
        pieces.append(replace(sentence, text=x, start=sentence.start + at, end=sentence.start + at + len(x)))
        at += len(x) + 1
    return pieces


@parses("verify.review_claims")
def review_claims(doc: Document, failures: list | None = None) -> list[Claim]:
    """Every figure stated in the sentences of ``doc``'s review part.  ``failures``: when given, a
    sentence the rules fail on is left out and its error appended there (the other sentences are
    still read); otherwise the error is raised."""
    out: list[Claim] = []
    year = report_year(doc.text)
    carry, paragraph = None, None
    column = None       # in a table of the year's figures: the column of results
    growth = None       # …and the column of growth rates beside the levels (比上年增长（%）)
    units = None        # …and the column of units, where the units stand in one of their own (单位)
    pieces = [row for whole in _reviewing(doc) for piece in _blank_line_pieces(whole) for row in _markdown_rows(piece)]
    for sentence, given in _cell_lines(doc, pieces):
        if sentence.paragraph != paragraph:
            carry, paragraph = None, sentence.paragraph
        cells = given if given is not None else _cells(sentence.text)
        if len(cells) < 2:
            column = units = growth = None
        elif all(re.fullmatch(r"[-:：—\s]*", c) for c in cells):
            continue        # a table's rule (|---|---|)
        elif not re.search(r"\d", _HEADER_YEAR.sub("", "".join(cells[1:]))):
            column = next((k for k, c in enumerate(cells) if k and _RESULT_HEAD.search(c)), None)
            units = next((k for k, c in enumerate(cells) if k and _UNIT_HEAD.fullmatch(normalise(c))), None)
            # a table of the year's figures with no result column: its level column (指标 | 单位 | 绝对值 | 比上年增长（%）)
            if column is None:
                column = next((k for k, c in enumerate(cells) if k and _LEVEL_HEAD.fullmatch(_header_text(c))), None)
            if column is None:
                # …or the latest of its columns headed by a year alone (指标 | 2023年 | 2024年 | 增长（%）)
                years = [(int(m.group(1)), k) for k, c in enumerate(cells)
                         if k and (m := _BARE_YEAR_HEAD.fullmatch(_header_text(c))) is not None]
                column = max(years)[1] if years else None
            growth = next((k for k, c in enumerate(cells) if k and k != column and _GROWTH_HEAD.fullmatch(_header_text(c))),
                          None)
            continue        # a table's header row (指标 | 年度目标 | 完成情况)
        elif (column is not None and column < len(cells)) or (growth is not None and growth < len(cells)):
            try:
                unit = cells[units] if units is not None and units < len(cells) else ""
                if column is not None and column < len(cells):
                    out += _table_claims(doc, sentence, year, cells[0], cells[column], unit)
                if growth is not None and growth < len(cells):
                    out += _growth_claims(doc, sentence, year, cells[0], cells[growth], unit)
            except ParseError as e:
                if failures is None:
                    raise
                failures.append(e)
            continue
        try:
            found = _sentence_claims(doc, sentence, year, carry)
            out += found
            # A sentence opening on a bare figure (…突破3000亿元。全年增长6.7%) takes the last metric before it, or
            # the metric heading its sub-part ((一)地区生产总值。全年完成286.5亿元，增长7.4%。).
            carry = (found[-1].metric, found[-1].context) if found else _metric_heading(sentence.text)
        except ParseError as e:
            if failures is None:
                raise
            failures.append(e)
    return out


_NAME_HEAD = vocab.pattern("verify.name_column")
_NUMBER_HEAD = vocab.pattern("verify.number_column")
CELL_LINE = 16          # characters of a table's cell copied onto a line of its own, at most
HEADER_CELLS = (3, 8)   # cells of such a table's header, at least and at most


def _cell_line(text: str) -> bool:
    """``text`` could be one table cell copied onto a line of its own: short, one line, no mark of a sentence."""
    t = text.strip()
    return bool(t) and "\n" not in t and len(t) <= CELL_LINE and not _PROSE_MARK.search(t)


_HEADER_CELL = re.compile("(?:{})".format(vocab.alternation("verify.result_column", "verify.unit_column",
                                                               "verify.other_column")))


def _header_cell(text: str) -> bool:
    """``text`` is a whole header cell of a table of the year's results (年度目标, 2024年目标, 完成情况, 单位, 备注)."""
    if not _cell_line(text):
        return False
    cell = _UNIT_IN_NAME.sub("", _HEADER_YEAR.sub("", normalise(text.strip()), count=1))
    return cell == "" or _HEADER_CELL.fullmatch(cell) is not None      # (a year alone heads its column too)


def _header_run(pieces: list, at: int) -> int:
    """The number of cells of a table header copied one cell per line that opens at ``pieces[at]`` (指标名称 / 单位 /
    年度目标 / 完成情况): a name column's head, then whole header cells, one of them a result column's head, up to the
    first line that is none (the first row's name); 0 when ``pieces[at]`` opens none."""
    k = at + 1 if _NUMBER_HEAD.fullmatch(normalise(pieces[at].text.strip())) else at
    if k >= len(pieces) or not _NAME_HEAD.fullmatch(normalise(pieces[k].text.strip())):
        return 0
    end = k + 1
    while end < len(pieces) and end - at < HEADER_CELLS[1] and _header_cell(pieces[end].text):
        end += 1
    n = end - at
    heads = [normalise(p.text.strip()) for p in pieces[k + 1:end]]
    if n < HEADER_CELLS[0] or not any(_RESULT_HEAD.search(h) or _LEVEL_HEAD.fullmatch(_header_text(h))
                                      or _GROWTH_HEAD.fullmatch(_header_text(h))
                                      or _BARE_YEAR_HEAD.fullmatch(_header_text(h)) for h in heads):
        return 0
    return n


def _cell_lines(doc: Document, pieces: list):
    """(sentence, cells) for each piece of the review, cells None but where a table of the year's results was copied
    one cell per line (表1 … / 指标名称 / 单位 / 年度目标 / 完成情况 / 地区生产总值增速 / % / 6左右 / 5.8 / …): its header and
    each of its rows as one sentence over their lines with their cells (a leading 序号 column dropped), read as a
    table's lines are.  The rows end at the first line that is no cell or a row whose name is a bare figure."""
    at = 0
    while at < len(pieces):
        n = _header_run(pieces, at)
        if not n:
            yield pieces[at], None
            at += 1
            continue
        drop = 1 if _NUMBER_HEAD.fullmatch(normalise(pieces[at].text.strip())) else 0
        row = pieces[at:at + n]
        while True:
            cells = [p.text.strip() for p in row][drop:]
            yield replace(row[0], text=doc.text[row[0].start:row[-1].end], end=row[-1].end), cells
            at += len(row)
            row = pieces[at:at + n]
            if (len(row) < n or not all(_cell_line(p.text) for p in row)
                    or re.fullmatch(r"[-\d.%％]+", row[drop].text.strip())):
                break


# A sub-part's heading that is a metric's name alone, numbered: （一）地区生产总值。, 2.固定资产投资：
_HEADING_NUMBER = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*")
_HEADING_END = re.compile(r"[。:：]\s*$")
HEADING_NAME = 14      # characters of a metric's name at most


def _metric_heading(text: str) -> tuple[str, str] | None:
    """The metric a numbered sentence names and nothing else ((一)地区生产总值。): the subject of a sentence after
    it opening on a bare figure; None for any other sentence."""
    number = _HEADING_NUMBER.match(text)
    if number is None or not _HEADING_END.search(text):
        return None
    name = _HEADING_END.sub("", text[number.end():]).strip()
    if not 2 <= len(name) <= HEADING_NAME or re.search(r"[\d，,；;、]", name):
        return None
    return name, ""


_CLAIM_TRAIL = re.compile(f"(?:{vocab.alternation('verify.claim_trail')})+$")
# A year naming a header cell (2023年目标 | 2023年实际完成): no figure of a row.
_HEADER_YEAR = re.compile(r"(?:19|20)\d\d年度?")
_RESULT_HEAD = vocab.pattern("verify.result_column")
_UNIT_HEAD = vocab.pattern("verify.unit_column")
_UNIT_IN_NAME = re.compile(r"[(（](%|％|[^()（）]{1,4})[)）]\s*$")


def _cells(text: str) -> list[str]:
    """The cells of a table row written as a line (| a | b | c |, cells apart by tabs, or lined up by spaces:
    地区生产总值增速　　　%　　6　　5.8, a full-width space or a run of spaces between short cells with no
    sentence's marks); [] for prose."""
    line = text.strip()
    if "|" in line:
        cells = [c.strip() for c in line.strip("|").split("|")]
        # a markdown row of two cells (| 指标 | 完成情况 |): a row still, its marks say so
        return cells if len(cells) >= 3 or (len(cells) == 2 and line.startswith("|")) else []
    elif "\t" in line:
        cells = [c.strip() for c in line.split("\t")]
    elif _SPACED.search(line):
        cells = _SPACED.split(line)
        if any(len(c) > SPACED_CELL or _PROSE_MARK.search(c) for c in cells):
            return []
    else:
        return []
    return cells if len(cells) >= 3 else []


# Cells lined up by spaces: a full-width space or two spaces or more between them, each short, with no mark of a
# sentence (a line of prose broken by a wide space is no row).
_SPACED = re.compile("[ \u3000]{2,}|\u3000")
_PROSE_MARK = re.compile("[，。；：,;:！？]")
SPACED_CELL = 24


def _table_claims(doc: Document, sentence, year: int | None, name: str, cell: str, unit_cell: str = "") -> list[Claim]:
    """The figure of one row of a table of the year's figures (地区生产总值增长 | 6.5%左右 | 6.7%): the row's
    name with its result cell read as one clause; a unit in the name (地区生产总值增长（%）| … | 5.7), or in
    the row's cell of a units column (地区生产总值增速 | % | 6左右 | 6.2), goes after the bare figure.  The
    figure is quoted from the row as written."""
    unit = _UNIT_IN_NAME.search(name)
    value = cell
    bare = re.fullmatch(r"-?\d+(?:\.\d+)?", cell.strip()) is not None
    if unit is not None:
        name = name[:unit.start()]
        if bare:
            value = cell.strip() + unit.group(1)
    elif bare and unit_cell.strip():
        value = cell.strip() + unit_cell.strip()
    text = f"{name}{value}"
    at = sentence.text.find(cell)
    out = []
    for c in _claims_of(doc, replace(sentence, text=text), year, None):
        out.append(replace(c, text=cell, start=sentence.start + at, end=sentence.start + at + len(cell),
                           sentence=sentence.text))
    return out
_LEVEL_HEAD = vocab.pattern("verify.level_column")
_BARE_YEAR_HEAD = re.compile(r"((?:19|20)\d\d)年度?")
_GROWTH_HEAD = re.compile("(?:(?:{})|[比较](?:19|20)\\d\\d年(?:同期)?)?(?:{})|(?:{})".format(
    vocab.alternation("verify.year_on_year"), vocab.alternation("verify.growth_column"),
    vocab.alternation("verify.year_on_year")))


def _header_text(cell: str) -> str:
    """A header cell as compared: normalised, a unit in brackets after it (（%）) and a ± taken off."""
    return _UNIT_IN_NAME.sub("", normalise(cell.strip())).replace("±", "").strip()


def _growth_claims(doc: Document, sentence, year: int | None, name: str, cell: str, unit_cell: str = "") -> list[Claim]:
    """The growth of one row of a table of the year's figures with a column of growth rates beside the levels
    (地区生产总值 | 亿元 | 312.5 | 6.8 under 比上年增长（%）): the row's name with 增长 and the rate read as one clause;
    none for a row measured in percent itself (城镇调查失业率 | % | 5.1 | -0.2: a change in points, no growth)."""
    unit = _UNIT_IN_NAME.search(name)
    measured = unit.group(1) if unit is not None else unit_cell.strip()
    if measured in ("%", "％", "‰") or re.fullmatch(r"-?\d+(?:\.\d+)?", cell.strip()) is None:
        return []
    if unit is not None:
        name = name[:unit.start()]
    text = f"{name}增长{cell.strip()}%"
    at = sentence.text.rfind(cell)
    return [replace(c, text=cell, start=sentence.start + at, end=sentence.start + at + len(cell), sentence=sentence.text)
            for c in _claims_of(doc, replace(sentence, text=text), year, None)]


# Part of the year before a figure in its own list item (上半年增长5.9%, 1-11月增长8.4%), and current prices (现价增长6.9%).
_PART_YEAR = re.compile(rf"{vocab.alternation('verify.part_year')}|前(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})个?月"
                        r"|\d{1,2}[-—–~至]\d{1,2}月|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月"
                        r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份|当月")
# A part of the year long enough for its figure to settle the year's (three quarters or more: 前三季度, 1—11月, 前10个月);
# a shorter one (一季度, 上半年, 12月份) settles nothing, whether above or below the target.
_MOST_OF_YEAR = re.compile(r"前三个?季度|前(?:9|10|11|九|十|十一)个?月|1[-—–~至](?:9|10|11)月|一至(?:九|十|十一)月")
# A sentence part opening on the part of the year alone (1—11月，规上工业增加值增长5.4%，固定资产投资增长8.1%): every
# figure of the part is of that part of the year.
_PART_YEAR_OPENING = re.compile(rf"(?:(?:19|20)\d\d年)?(?:{_PART_YEAR.pattern})(?:份)?[,:]")
_CURRENT_PRICES = vocab.pattern("verify.current_prices")
_WHOLE_YEAR = vocab.pattern("verify.whole_year")
# The year before's figure, set against the year's (由上年的下降2.1%转为增长8.1%): no result of the year.
# (在去年增长7.4%的高基数上继续增长: the year before's rate, the base the year grew on)
_BASE_YEAR = re.compile(rf"(?:(?:由|从)(?:{vocab.alternation('verify.year_before')}|(?:19|20)\d\d年)|在(?:{vocab.alternation('verify.year_before')}))"
                        rf"(?:同期)?的?[^,;:。\d]{{0,4}}$")
# A bracketed qualifier between a metric and its figure (固定资产投资（不含农户）增长9.6%).
_BRACKETED = re.compile(r"[(（][^()（）]{1,16}[)）]")
_OWN_SCOPE = re.compile(f"^(?:{vocab.alternation('verify.own_scope')})")
_OTHER_SCOPE = re.compile(f"^(?:{vocab.alternation('verify.other_scope')})")
_OWN_SCOPE_ANY = re.compile(vocab.alternation("verify.own_scope"))
# A clause opening on a wider area's name (全区外贸进出口下降4.1%; 在全国外贸进出口仅增长0.2%的情况下): that area's figure.
_OTHER_SCOPE_LEAD = re.compile(f"(?:在)?({vocab.alternation('verify.other_scope')})")


def _scope_level(word: str) -> str:
    """The kind of area an own or other scope word names (我县, 本县 → 县; 全自治区 → 自治区; 全省平均, 省内 → 省)."""
    return word.lstrip("全我本").removesuffix("平均").removesuffix("内")
_PART_OF_AREA = re.compile(rf"^(?:其中)?[^,;:。、\d]{{0,8}}?(?P<zone>{vocab.alternation('verify.part_of_area')})")
_PER_UNIT = vocab.pattern("verify.per_unit")
_PER_UNIT_BEFORE = re.compile(f"(?:{vocab.alternation('verify.per_unit')})$")
_SHARE_OF = re.compile(f"占(?P<whole>[^,;:。]{{2,20}}?)的?(?:{vocab.alternation('verify.share_word')})")
TITLE_LINES = 3       # a report's title lines (where a development zone's own report names it)
# A figure that is the year's target restated (坚持年初确定的地区生产总值增长6.5%左右的目标): after it, the target's
# noun; before it, the target named (预期目标6%, 目标为6%).
_TARGET_AFTER = re.compile(r"^(?:{})?的?(?:(?:{})?(?:{})?(?:{}))".format(
    vocab.alternation("verify.target_hedge"),
    vocab.alternation("verify.target_period"), vocab.alternation("verify.target_kind"), vocab.alternation("verify.target_noun")))
_TARGET_BEFORE = re.compile(r"(?:(?:{})?(?:{})?(?:{}))(?:为|是)?(?:增长|下降)?$".format(
    vocab.alternation("verify.target_period"), vocab.alternation("verify.target_kind"), vocab.alternation("verify.target_noun")))


_INNER_SPACE = re.compile(r"\s+")
_ITEM_MARK = re.compile("[,;:、]")      # where a list item may start (after it)
# A claim's name that is its change word alone (上涨 after 居民消费价格指数（CPI）): no metric of its own.
_CHANGE_ONLY = re.compile(f"^(?:{vocab.alternation('change.growth', 'change.fall', 'verify.rise')})$")
# Only durations are taken from indicators.parse (the rest progress reads): a sentence with no duration
# unit in it is not parsed for them (most review sentences).
_DURATION_UNIT = re.compile(vocab.unit_alternation_of("duration"))


@parses("verify.sentence_claims")
def _sentence_claims(doc: Document, sentence, year: int | None,
                     carry: tuple[str, str] | None = None) -> list[Claim]:
    """The figures of one review sentence (see ``review_claims``).  ``carry``: the metric (and its
    context) of the last figure of the sentence before in the paragraph, for a figure the sentence
    opens on with no metric of its own.  A sentence wrapped over lines or spaced (地区生产总值增长\n6.7%,
    增长 6.7 %) is read with its white space left out, each figure quoted from the sentence as written."""
    raw = sentence.text
    if not _INNER_SPACE.search(raw.strip()):
        return _claims_of(doc, sentence, year, carry)
    kept = [i for i, ch in enumerate(raw) if not ch.isspace()]
    if not kept:
        return []
    compact = replace(sentence, text="".join(raw[i] for i in kept))
    out = []
    for c in _claims_of(doc, compact, year, carry):
        a, b = c.start - sentence.start, c.end - sentence.start
        a, b = kept[a], (kept[b - 1] + 1 if b > 0 else kept[0])
        out.append(replace(c, text=raw[a:b], start=sentence.start + a, end=sentence.start + b, sentence=raw))
    return out


_CIRCUMSTANCE = re.compile(rf"(?<=[^\W\d_])在[^,;。:，；：\d０-９]{{2,40}}?的?(?:{vocab.alternation('verify.circumstance_end')})")


def _claims_of(doc: Document, sentence, year: int | None, carry: tuple[str, str] | None) -> list[Claim]:
    """``_sentence_claims`` on a sentence with no white space inside it."""
    out: list[Claim] = []
    span = _five_years(doc, sentence)
    raw = sentence.text
    # A sentence of a five-year review whose first clause names the year (2021年，全市…) is the year's.
    five = span != YEAR and not _names_year(for_parsing(raw), year)
    # 预计 marks the year's estimate in a review: reported, not planned (same length, offsets kept).
    text = _FORECAST.sub(lambda m: " " * len(m.group()), raw)
    text = _PRICE_BASIS_BRACKET.sub(lambda m: " " * len(m.group()), text)
    # 地区生产总值在外部需求减弱、要素成本上升的情况下实现6.3%的增长: the circumstance (no figure in it) set aside
    text = _CIRCUMSTANCE.sub(lambda m: " " * len(m.group()), text) if "在" in text else text
    norm = for_parsing(text)
    found: list[tuple[int, int, str, float, str, str]] = []   # start, end, metric, value, unit, scale
    for fact in progress.row_facts(text):
        found.append((fact.span[0], fact.span[1], fact.metric, fact.value, fact.unit, fact.scale))
    if "倍" in text:
        # 实际使用外资增长1.2倍: a growth in multiples, the year before's figure times 1.2 added, a 120% growth
        for m in _GROWTH_MULTIPLE.finditer(text):
            a, b = m.span("figure")
            if not any(x <= a < y for x, y, *_ in found):
                lead = text[max((text.rfind(c, 0, a) for c in "，,；;。："), default=-1) + 1:a]
                found.append((a, b, lead, (numbers.parse_number(m.group("number")) or 0.0) * 100, "%", ""))
    if "亿元" in text or "万元" in text:
        # 突破千亿元大关, 迈上两千亿元台阶: a level reached written in characters, read as its digits would be
        for m in _LEVEL_IN_WORDS.finditer(text):
            a, b = m.span("figure")
            value = numbers.parse_number(m.group("number"))
            if value is not None and not any(x <= a < y for x, y, *_ in found):
                lead = text[max(text.rfind(c, 0, a) for c in "，,；;。：") + 1:a]
                found.append((a, b, lead, value, m.group("unit"), m.group("unit")[0]))
    for ind in indicators.parse(text)[0] if _DURATION_UNIT.search(text) else ():
        if ind.kind == "duration" and ind.value is not None and not any(
                a <= ind.span[0] < b for a, b, *_ in found):
            found.append((ind.span[0], ind.span[1], ind.metric, ind.value, ind.unit, ind.scale))
    found.sort()
    groups, headless = _respectively(norm, [(a, b) for a, b, *_ in found])
    named: dict[int, list[str]] = {}      # sentence part → the metrics of its figures so far, in order
    previous: dict[int, tuple[str, str]] = {}
    figure_names: list[tuple[int, int, str]] = []     # each figure's sentence part, start and metric, in order
    kinds: dict[int, str] = {}
    others: set[int] = set()      # claims (their index in out) named for another area than the report's
    # The report's own area named in the sentence (我县, 我区): a clause opening on an area of another kind (全区 for a
    # region in a county's report, 全市 in a district's, 全国) gives that area's figure, as 全省…，我市… does.
    own_levels = {_scope_level(m.group()) for m in _OWN_SCOPE_ANY.finditer(norm)}
    last_end = 0
    # Where each sentence part, list item and clause mark ends (each one character), found once: a figure's
    # part, item and clause are the marks just before it (and the clause's end the one just after).
    part_ends = [m.end() for m in _PART_END.finditer(norm)]
    item_ends = [m.end() for m in _ITEM_MARK.finditer(norm)]
    clause_ends = [m.end() for m in _CLAUSE_END.finditer(norm)]
    for start, end, metric, value, unit, _scale in found:
        k = bisect.bisect_right(part_ends, start)
        part = part_ends[k - 1] if k else 0
        # the figure's own list item: from the clause start, the last 、 or the figure before
        k = bisect.bisect_right(item_ends, start)
        item = norm[max(last_end, part, item_ends[k - 1] if k else 0):start]
        last_end = end
        k = bisect.bisect_right(clause_ends, start)
        clause_start = clause_ends[k - 1] if k else 0
        k = bisect.bisect_right(clause_ends, end)     # (the first mark at or after ``end`` ends past it)
        clause_end = clause_ends[k] - 1 if k < len(clause_ends) else len(norm)
        before = norm[clause_start:start]
        after = norm[end:clause_end]
        kind = _kind(unit, before.replace(" ", ""))    # (a blanked basis bracket: 比上年增长（按可比价格计算）6.4%)
        if kind == "ratio" and vocab.is_rate(unit):
            # 实现了6.2%的增长, 保持7.5%的增速: the change word after the figure.
            kind = "growth_rate" if _GROWTH_AFTER.match(after) else "decline_rate" if _FALL_AFTER.match(after) else kind
        if (start in groups or start in headless) and kind == "ratio" and part in kinds:
            kind = kinds[part]      # …分别增长5.5%、7.4%: the second rate is a growth too
        kinds[part] = kind
        name = groups.get(start) or _clean_metric(metric)
        if start in headless:
            # …接待游客5600万人次，实现旅游总收入620亿元，分别增长12%和15%: the metrics of the figures before, in order.
            i, n = headless[start]
            prior = named.get(part, [])
            if len(prior) >= n:
                name = prior[len(prior) - n + i] if i < n else name
        # (a clause of the part naming the whole year is not of the part: 前三季度，…增长4.6%，预计全年增长5.5%左右)
        part_year = bool(_PART_YEAR.search(item)) or (_PART_YEAR_OPENING.match(norm, part) is not None
                                                      and not _WHOLE_YEAR.search(before))
        current = bool(_CURRENT_PRICES.search(item))
        if part_year or current:
            # 一季度增长5.1%、前三季度增长6.3%: the period (or the price basis) names no metric.
            name = _clean_metric(_CURRENT_PRICES.sub("", _PART_YEAR.sub("", name)))
        own = _OWN_SCOPE.match(name)
        if own is not None and len(normalise(name[own.end():])) < 2 and part in previous:
            # 全省…增长5.3%，我市增长7.1%: the report's own figure of the metric named for the wider area.
            wider = previous[part][0]
            scope = _OTHER_SCOPE.match(wider)
            if scope is not None:
                others.update(k for k, c in enumerate(out) if c.sentence_start == sentence.start
                              and c.metric.startswith(wider))
                name = wider[scope.end():]
        counted = _COUNTED.search(name) if unit in _SCALES else None
        if counted is not None:
            unit += counted.group(1)    # 就业人数达到5.3万: 5.3万人
        if name.startswith("增") and "新" + name in before:
            name = "新" + name      # progress takes 新 of 新增 for a lead-in (新增就业5.3万人 → 增就业)
        lead = ""
        if len(normalise(_GENERIC.sub("", name))) <= 4 and clause_start > part:
            # A terse metric (土地面积) is named by the clause before it (…地块完成收储,土地面积393.54亩).
            prev_start = max((m.end() for m in _CLAUSE_END.finditer(norm, part, clause_start - 1)), default=part)
            lead = norm[prev_start:clause_start - 1]
        if len(normalise(_GENERIC.sub("", _CHANGE_ONLY.sub("", name)))) < 2 and _BRACKETED.search(item):
            # 固定资产投资（不含农户）增长9.6%, 居民消费价格指数（CPI）上涨1.2%: what the brackets qualify is the metric.
            name = _clean_metric(_CLAIM_TRAIL.sub("", _BRACKETED.sub("", item).strip())) or name
        bare_name = normalise(_GENERIC.sub("", _BASIS_WORDS.sub("", name)))
        # 增收132亿元, 比上年增收132亿元: an increase, whatever it is compared with (增加6.2%: the growth of the
        # metric before, read as a bare rate)
        increment_word = _YEAR_ON_YEAR_LEAD.sub("", bare_name) in _INCREMENT_ONLY and part in previous
        increment = increment_word and not vocab.is_rate(unit)
        # …完成96.3亿元，同比增长率8.3%: a growth rate named by its change word alone, the metric before's growth
        # (or opening its sentence, the last metric of the sentence before's: …总量突破600亿元。增速达7.5%)
        rate_named = _BARE_RATE_NAME.fullmatch(_YEAR_ON_YEAR_LEAD.sub("", bare_name)) \
            if vocab.is_rate(unit) and (part in previous or (carry is not None and clause_start == 0)) else None
        if rate_named is not None:
            kind = "growth_rate" if rate_named.group("word") in _GROWTH_RATE_NAMES else "decline_rate"
        # …总量突破600亿元，增速达7.5% (or 。增速达7.5% opening the next sentence): the growth named by its word alone
        # (…达到512亿元。该项指标增长6.5%: a name pointing back, verify.pointer_name, the same)
        growth_named = (bare_name in _POINTER_NAMES or vocab.is_rate(unit) and bare_name in _GROWTH_NAME_ONLY) and (
            part in previous or (carry is not None and clause_start == 0))
        if len(bare_name) < 2 or bare_name in _ACTUAL_ONLY or increment_word or rate_named is not None or growth_named or (part in previous and _MEASURE_ONLY.match(bare_name)) or (
                _MULTI_YEAR.search(norm[part:clause_start]) and _LEVEL_REACHED.fullmatch(normalise(name))):
            # A bare figure (…达到4015亿元，增长5.8%; …完成328亿元，扣除留抵退税因素后增长6.3%: its basis alone names
            # no metric; …按可比口径增长6.2%，总量增长5.1%: what is measured alone, after a figure; a level reached after a clause on several years: …年均增长6.1%，
            # 2024年突破3000亿元) takes the metric of the figure before it, or with no figure before, the subject
            # of its sentence part (固定资产投资再破千亿大关，…，增长27.6%).
            if part in previous:
                name, lead = previous[part]
                if kind == "ratio" and vocab.is_rate(unit) and _GROWTH_RATE_WORD.search(name) \
                        and _COPULA_ONLY.fullmatch(item):
                    kind = "growth_rate"    # …增速较上年回落2.1个百分点，为4.6%: the growth named before
            elif carry is not None and (clause_start == 0 or _NO_METRIC_LEAD.fullmatch(norm[:clause_start])):
                # the sentence opens on the figure, or on its basis alone (按可比价计算，比上年增长7.2%): the
                # last metric of the sentence before
                name, lead = carry
            elif clause_start > part:
                lead = norm[part:next((m.start() for m in _CLAUSE_END.finditer(norm, part)), clause_start)]
            elif start - len(item) > clause_start:
                # 全年地区生产总值将达到3287亿元、增长6.7%左右: the list's subject, before the item
                lead = norm[clause_start:start - len(item)]
        if kind == "ratio" and vocab.is_rate(unit) and lead and len(normalise(_GENERIC.sub("", name))) < 2 \
                and _GROWTH.search(normalise(lead)):
            kind = "growth_rate"    # 地区生产总值增长：目标6.5%左右，完成6.7%: the growth its subject names
        if name.startswith("占") and part in previous and clause_start > part:
            # A share with no subject (…研发投入113.7亿元，占GDP比重提高到3.85%): the figure before's.
            name = previous[part][0] + name
        if start not in headless:
            named.setdefault(part, []).append(name)
        previous[part] = (name, lead)
        figure_names.append((part, start, name))
        if increment:
            continue        # 增收1350元: the metric before's increase, no result of it
        if _BASE_YEAR.search(item):
            continue        # 由上年的下降2.1%转为增长8.1%: the year before's figure
        compared = _COMPARED_YEAR.search(item) if year is not None and vocab.is_rate(unit) else None
        if compared is not None and int(compared.group("year")) < year - 2:
            continue        # 比2022年增长8.3% in the review of 2024: a change over two years or more, no rate of the year
        if _PLANNED.search(norm[clause_start:clause_end]):
            continue
        if _TARGET_AFTER.match(after) or _TARGET_BEFORE.search(item):
            continue        # 坚持年初确定的…增长6.5%左右的目标, （目标4.2%）: the target restated, no result
        # 五年来…累计, 年均增长: never the year's result.  A sentence part that opens on the year (2024年，
        # 是“十四五”承上启下的一年，…; 过去一年，是五年来…的一年，…) is about that year: only a word of several
        # years in the figure's own clause makes its figure several years'.
        about_year = _names_year(norm[part:clause_start], year)
        if _MULTI_YEAR.search(norm[clause_start:clause_end]):
            continue
        # …年均增长6.1%，达到3287亿元: a level reached after a clause on the years is the level at their end,
        # the reviewed year's, though no word dates it: kept, marked uncertain (quoted where nothing else answers).
        reached = not vocab.is_rate(unit) and _LEVEL_REACHED.match(before) is not None
        if not about_year and _MULTI_YEAR.search(norm[part:clause_start]) and not reached \
                and not _one_year(norm[clause_start:clause_end], year):
            continue        # (…两年平均增长6.2%，全年增长9.1%: a clause naming the year is the year's)
        uncertain = reached and not about_year and _MULTI_YEAR.search(norm[part:clause_start]) is not None
        if five and not uncertain and not _one_year(norm[clause_start:clause_end], year):
            # A review of five years: a figure of one year only where it says so.  One in a part on five
            # years that no word dates (no 五年来, 累计, 年均 near it) may still be the year's: kept, marked.
            if span == FIVE or _CUMULATIVE.search(norm[part:clause_end]):
                continue
            uncertain = True
        if kind in ("growth_rate", "decline_rate"):
            # 全年投资增长9.6%, 外贸增长7.4%: a growth named in its own item by a bare head word alone
            # (verify.bare_names); not one that takes it from the figure before (…完成投资1100亿元，增长12%).
            # (规上工业增速7.4%: a rate word the name keeps is no part of the bare word)
            bare = _RATE_WORD_END.sub("", _PLACE_PREFIX.sub("", normalise(_GENERIC.sub("", name))))
            if bare in _BARE_NAMES and bare in item:
                name = _BARE_NAMES[bare]
        tail = "" if start in groups or start in headless else _TAIL_END.split(after.strip())[0][:16]
        if own_levels and (scope := _OTHER_SCOPE_LEAD.match(norm, clause_start)) is not None \
                and _scope_level(scope.group(1)) not in own_levels:
            others.add(len(out))
        out.append(Claim(metric=name + tail, context=lead, value=float(value), unit=unit,
                         text=raw[start:end], start=sentence.start + start, end=sentence.start + end,
                         kind=kind, sentence=raw, sentence_start=sentence.start,
                         sentence_end=sentence.end, estimate=bool(_FORECAST.search(raw[:start]) or _FORECAST_AFTER.match(for_parsing(raw[end:end + 8]))),
                         # (…同口径增长5.3%、自然口径增长2.1%: an item naming the headline basis is on it)
                         same_basis=not _HEADLINE_BASIS.search(item) and bool(
                             _SAME_BASIS.search(_CONSTANT_PRICES.sub("", norm[clause_start:clause_end]))),
                         year_uncertain=uncertain, part_year=part_year, current_prices=current,
                         short_part=part_year and not _MOST_OF_YEAR.search(
                             item if _PART_YEAR.search(item) else norm[part:clause_start])))
        if kind in ("growth_rate", "decline_rate") and start not in groups and start not in headless:
            # 规模以上工业增加值、固定资产投资均增长6%以上: the figure is each listed metric's too.
            claim = out[-1]
            out += [replace(claim, metric=other + tail) for other in _shared_names(before, name)]
    # 其中，某某经济开发区实现地区生产总值…, 某某高新区实际使用外资增长21%: a part of the area's figure, not the
    # area's (unless the report is that part's own).
    zones = [(k, m.group("zone")) for k, c in enumerate(out) if (m := _PART_OF_AREA.match(normalise(c.metric))) is not None]
    if zones:
        title = "".join(doc.text.lstrip().split("\n", TITLE_LINES)[:TITLE_LINES])
        others.update(k for k, zone in zones if zone not in title)
    out = [c for k, c in enumerate(out) if k not in others]
    words = ([(m, True, 0.0, "growth_rate") for m in _POSITIVE.finditer(norm)]
             + [(m, False, 0.0, "growth_rate") for m in _LEVEL_WITH.finditer(norm)]
             + [(m, True, DOUBLE_DIGITS, "growth_rate") for m in _DOUBLE_DIGIT.finditer(norm)]
             + [(m, False, DOUBLED, "growth_rate") for m in _DOUBLED.finditer(norm) if not _YEAR_NAMED.search(norm, 0, m.start())]
             + [(m, True, 0.0, "decline_rate") for m in _NEGATIVE.finditer(norm)]
             + [(m, True, 0.0, "decline_rate") for m in _FALL_SAID.finditer(norm)])
    for m, positive, floor, kind in words:
        # 外贸出口额实现正增长: a growth above zero, no figure (value 0, text 正增长); 与上年持平: zero;
        # 保持两位数增长: a growth of at least 10%, no figure (value 10); 出现负增长: a fall, no figure.
        clause_start = max((c.end() for c in _CLAUSE_END.finditer(norm, 0, m.start())), default=0)
        clause_end = next((c.start() for c in _CLAUSE_END.finditer(norm, m.end())), len(norm))
        name = _clean_metric(_CLAIM_TRAIL.sub("", norm[clause_start:m.start()]))
        if len(normalise(_YEAR_ON_YEAR_LEAD.sub("", name))) < 2:
            # …实际使用外资3.2亿美元，同比持平: no name in its clause, the metric of the figure before in its sentence part
            k = bisect.bisect_right(part_ends, m.start())
            part = part_ends[k - 1] if k else 0
            name = next((n for p, a, n in reversed(figure_names) if p == part and a < clause_start), name)
        if len(normalise(name)) < 2 or _PLANNED.search(norm[clause_start:clause_end]):
            continue
        if m.re is _FALL_SAID and (_RATE_WORDS.search(norm[clause_start:m.start()]) or re.search(r"\d", norm[clause_start:clause_end])):
            continue        # 增速下降: a slower growth; …下降2.3%: the figure's own claim
        if _MULTI_YEAR.search(norm[clause_start:clause_end]) or (
                five and not _one_year(norm[clause_start:clause_end], year) and not _names_year(norm, year)):
            continue
        out.append(Claim(metric=name, value=floor, unit="%", text=raw[m.start():m.end()],
                         start=sentence.start + m.start(), end=sentence.start + m.end(), kind=kind,
                         sentence=raw, sentence_start=sentence.start, sentence_end=sentence.end,
                         estimate=bool(_FORECAST.search(raw[:m.start()])), positive=positive))
    for m in _PRICE_INDEX.finditer(norm):
        # 居民消费价格总指数为101.8 (上年=100): prices rose 1.8%.
        clause_start = max((c.end() for c in _CLAUSE_END.finditer(norm, 0, m.start())), default=0)
        clause_end = next((c.start() for c in _CLAUSE_END.finditer(norm, m.end())), len(norm))
        if _MULTI_YEAR.search(norm[clause_start:clause_end]) or (
                five and not _one_year(norm[clause_start:clause_end], year) and not _names_year(norm, year)):
            continue
        a, b = m.span("index")
        out.append(Claim(metric=m.group("name"), value=round(float(m.group("index")) - 100, 6), unit="%",
                         text=raw[a:b], start=sentence.start + a, end=sentence.start + b, kind="ratio",
                         sentence=raw, sentence_start=sentence.start, sentence_end=sentence.end,
                         estimate=bool(_FORECAST.search(raw[:a]))))
    return out


def _five_year_paragraph(doc: Document, sentence) -> bool:
    """The sentence's paragraph opens on five years (——五年来，我们…): every figure in it is the five
    years', unless its clause names the year."""
    return _year_context(doc).get(sentence.paragraph) == FIVE


FIVE, FIVE_PART, YEAR = "five", "five_part", "year"
# What a paragraph opens with, its heading number and markup set aside (（一）, 二、, ——, **, 各位代表！).
_OPENING = re.compile(r"^(?:\s|\*|#|各位代表[!,:]?|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[、.]|——)*")
_YEAR_OPENER = re.compile(rf"^(?:{vocab.alternation('verify.year_opener')}|(?:{vocab.alternation('verify.year_opener_lead')})?"
                          r"((?:19|20)\d\d)年(?!以来|来|至|到|的|[—–-]|\d))")
_FIVE_OPENER = vocab.pattern("verify.five_year_opener")
_CONTEXTS: dict[int, tuple[Document, dict[int, str]]] = {}


def _year_context(doc: Document) -> dict[int, str]:
    """Each review paragraph's span of years: ``FIVE`` when its first words say several years (五年来，…),
    ``FIVE_PART`` when it only sits in a review of five years (过去五年的工作回顾) with nothing saying
    which year, ``YEAR`` otherwise.  In a review of five years, a paragraph opening on the year
    (刚刚过去的一年，… / 2022年，全市… / 一年来) makes it and the paragraphs after it the year's, until one
    opens on five years again; the problems paragraph is the year's unless it opens on five years."""
    cached = _CONTEXTS.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    year = report_year(doc.text)
    out: dict[int, str] = {}
    top: int | None = -1
    state = YEAR
    for sentence in doc.sentences:
        p = sentence.paragraph
        if p is None or p in out or not is_review(sentence.role) or not 0 <= p < len(doc.paragraphs):
            continue
        here = top_section(sentence.section, doc.sections) if sentence.section is not None else None
        five_part = here is not None and doc.sections[here].five_year
        if here != top:
            top, state = here, (FIVE_PART if five_part else YEAR)
        para = doc.paragraphs[p]
        head = for_parsing(doc.text[para.start:min(para.end, para.start + 80)])   # its own words only
        head = head[_OPENING.match(head).end():]
        opener = _YEAR_OPENER.match(head)
        said_year = opener is not None and (year is None or opener.group(1) is None
                                            or int(opener.group(1)) >= year - 1)
        five = _FIVE_OPENER.search(head[:40])
        if five and said_year and re.search(r"[,;。:]", head[:five.start()]):
            # 2024年，面对“十四五”时期以来…: the paragraph is about the year it opens on; five years named
            # after its first clause say when the year fell, not whose figures follow.
            five = None
        if five:
            out[p] = FIVE
            state = FIVE_PART   # the paragraphs after it (——综合实力…) are the five years' until one opens on the year
        elif said_year:
            out[p] = YEAR
            state = YEAR
        else:
            out[p] = YEAR if sentence.role == "problems" else state
    _CONTEXTS.clear()
    _CONTEXTS[id(doc)] = (doc, out)
    return out


def _five_years(doc: Document, sentence) -> str:
    """``FIVE``, ``FIVE_PART`` or ``YEAR`` for a review sentence (see ``_year_context``)."""
    return _year_context(doc).get(sentence.paragraph, YEAR)


def _one_year(text: str, year: int | None) -> bool:
    """``text`` names the reviewed year (去年, 全年, 2024年 — not an earlier year of the five when the
    report's own year is known)."""
    return any(m.group(1) is None or year is None or int(m.group(1)) >= year - 1 for m in _ONE_YEAR.finditer(text))


def _names_year(text: str, year: int | None = None) -> bool:
    """A sentence's first clause names the reviewed year (2017年，全省… / 去年 / 全年): the sentence is the year's."""
    first = _CLAUSE_END.split(text, maxsplit=1)[0]
    return _one_year(first, year) and not _MULTI_YEAR.search(first)


_RESPECTIVE_TRAIL = re.compile(f"(?:{vocab.alternation('verify.respective_trail')})+$")
# A、B均增长6%以上: one figure after a list of metrics and a word saying it is each one's (verify.shared_rate),
# with only what the figure is compared with and its change word between.
_SHARED_RATE = re.compile(f"(?P<names>[^,;。:]+[、和及][^,;。:]+?)(?:{vocab.alternation('verify.shared_rate')})"
                          f"(?:{vocab.alternation('verify.year_on_year')})?"
                          f"(?:{vocab.alternation('change.growth', 'change.fall')})[^,;。:]{{0,2}}$")


def _shared_names(before: str, name: str) -> list[str]:
    """The other metrics of a list sharing one figure (规模以上工业增加值、固定资产投资均增长6%以上: 规模以上工业增加值
    for the figure named 固定资产投资), each named as 分别 lists name theirs; [] when the clause is no such list."""
    m = _SHARED_RATE.fullmatch(before)
    if m is None:
        return []
    names = [targets.strip_metric(g) for g in targets.split_metrics(m.group("names"))]
    if len(names) < 2 or any(len(normalise(x)) < 2 for x in names):
        return []
    own = normalise(_clean_metric(name))
    return [x for x in names if normalise(x) not in own]


def _respectively(norm: str, spans: list[tuple[int, int]]) -> tuple[dict[int, str], dict[int, tuple[int, int]]]:
    """Metrics of the figures of a 分别 list (城镇和农村居民人均可支配收入分别增长5%、6%): start of
    each figure → its own metric, when the list names as many metrics as it gives figures; and a 分别
    list naming none in its clause (…，分别增长12%和15%): start of each figure → (its place, how many)."""
    out: dict[int, str] = {}
    headless: dict[int, tuple[int, int]] = {}
    for m in re.finditer("分别", norm):
        clause_start = max((c.end() for c in _PART_END.finditer(norm, 0, m.start())), default=0)
        clause_start = max([clause_start] + [c.end() for c in re.finditer(r"[,:]", norm[:m.start()])])
        clause_end = next((c.start() for c in re.finditer(r"[,;。:]", norm[m.end():])), len(norm) - m.end()) + m.end()
        figures = [a for a, b in spans if m.end() <= a < clause_end]
        head = _RESPECTIVE_TRAIL.sub("", norm[clause_start:m.start()])
        names = [targets.strip_metric(g) for g in targets.split_metrics(head)]
        if len(figures) >= 2 and len(names) == len(figures):
            out.update(zip(figures, names, strict=True))
        elif len(figures) >= 2 and not any(len(normalise(x)) >= 2 for x in names) and not any(a < m.start() for a, _ in spans if a >= clause_start):
            headless.update((a, (i, len(figures))) for i, a in enumerate(figures))
        elif len(figures) == 2 and len(names) == 1 and names[0].startswith("城乡居民"):
            rest = names[0][len("城乡居民"):]
            out.update(zip(figures, ["城镇居民" + rest, "农村居民" + rest], strict=True))
        if len(figures) >= 2 and all(a in out for a in figures) and norm[clause_end:clause_end + 1] == ",":
            # …分别达到41256元、21380元，增长5.8%、8.3%: a second list right after, opened by a change word
            # alone, gives the same metrics' rates in the same order.
            nxt = next((c.start() for c in re.finditer(r"[,;。:]", norm[clause_end + 1:])),
                       len(norm) - clause_end - 1) + clause_end + 1
            more = [(a, b) for a, b in spans if clause_end < a < nxt]
            if len(more) == len(figures) and _SECOND_LIST_LEAD.fullmatch(norm[clause_end + 1:more[0][0]]) and all(
                    norm[b:a] in _LIST_JOINS for (_, b), (a, _) in zip(more, more[1:], strict=False)):
                out.update(zip([a for a, _ in more], [out[a] for a in figures], strict=True))
    return out, headless


# What opens a list of rates right after a 分别 list (…，增长5.8%、8.3%; …，同比分别增长…; the year compared with named,
# 比2023年分别增长…) and joins its items.
_SECOND_LIST_LEAD = re.compile(f"(?:{vocab.alternation('verify.year_on_year')}|[比较](?:19|20)\\d\\d年(?:同期)?)?(?:分别)?"
                               f"(?:{vocab.alternation('change.growth', 'change.fall')})")
_LIST_JOINS = ("、", "和", "及", "与")


# --- matching ------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _base(unit: str, scale: str) -> tuple[str, float]:
    """Cached: every target is tried against every claim of the review."""
    return vocab.measured_unit(unit, scale)


_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=8192)
def _phrase(text: str) -> str:
    norm = normalise(text)
    return _DIGITS.sub("", _TRAIL.sub("", _GENERIC.sub("", norm))) or norm


@lru_cache(maxsize=8192)
def _grams(text: str) -> frozenset[str]:
    return frozenset(bigrams(text))


@lru_cache(maxsize=8192)
def _target_metric(target: str) -> str:
    return _phrase(_full_names(target))


@lru_cache(maxsize=8192)
def _claim_metric(claim: str) -> str:
    return normalise(_full_names(claim))


def _own_name(target: str, claim: Claim) -> bool:
    """A claim's metric names a metric of its own on the target's noun (工业投资 for a target on 固定资产投资)
    after a clause naming the target's (固定资产投资止跌回升，工业投资增长23.5%): that clause is its sentence's
    topic, not its name."""
    head = _head(target)
    own, wanted = _claim_metric(claim.metric), _claim_metric(target)
    return bool(head) and own.endswith(head) and len(own) >= len(head) + 2 and own not in wanted \
        and wanted in _claim_metric(claim.context)


def _told_before(target: str, claim: Claim) -> bool:
    """A claim named by a noun of its own (技能人才, four characters or more once its lead words are set aside) that
    shares nothing with the target, after a clause with no figure saying how the target's metric went (新增城镇就业稳中
    有增，新增技能人才6800人): that clause is a statement in itself, not the name of the figure after it."""
    own = normalise(_GENERIC.sub("", _full_names(claim.metric)))
    return len(own) >= 4 and similarity(target, claim.metric) == 0.0 and not _ANY_DIGIT.search(claim.context) \
        and bool(_MENTION_PREDICATE.search(claim.context))


_ANY_DIGIT = re.compile(r"\d")


def similarity(target: str, claim: str) -> float:
    """Share of the target metric's characters and bigrams found in the claim's metric (mean of the
    two; 0 when under a third of its bigrams are there).  The normalised forms are cached: every
    target is compared with every claim of the review."""
    return _similarity(_target_metric(target), _claim_metric(claim))


def _similarity(a: str, b: str) -> float:
    """``similarity`` of a target's metric and a claim's as compared (``_target_metric``, ``_claim_metric``)."""
    if len(a) < 2 or not b:
        return 0.0
    if a in b:
        return 1.0
    grams = _grams(a)
    share = len(grams & _grams(b)) / len(grams)
    # Characters alone are weak evidence (企业上市 against 市级企业研发中心): a third of the bigrams too.
    if share < MIN_BIGRAM_SHARE:
        return 0.0
    chars = sum(map(b.__contains__, a)) / len(a)
    return (chars + share) / 2


_HEAD_TRAIL = re.compile(f"(?:{vocab.alternation('verify.head_trail')})+$")


@lru_cache(maxsize=4096)
def _head(phrase: str) -> str:
    """The last two characters of what a target measures, change and size words set aside (规模以上工业
    增加值 → 加值, 居民消费价格涨幅 → 价格): a claim on another noun (…工业企业营业收入成本) does not answer it."""
    core = _HEAD_TRAIL.sub("", _phrase(_full_names(phrase)))
    return core[-2:] if len(core) >= 2 else ""


_POPULATION = vocab.pattern("verify.population")
_PLACE_PREFIX = re.compile(f"^(?:{vocab.alternation('verify.place_prefix')})")


_WHOLE_AREA = re.compile(f"(?:{vocab.alternation('verify.whole_area')})(?=(?:常住)?居民)")


def _population(metric: str) -> str:
    """The population group a metric names: 城镇, 农村 (农民, 农牧民 too), 全体 (全省居民 … too: the area's whole
    population), or ""."""
    m = _POPULATION.search(metric)
    if m is None:
        return "全体" if _WHOLE_AREA.search(metric) else ""
    return "农村" if m.group() in ("农民", "农牧民") else m.group()


# The residents of the whole area, no group named (全体居民, 全省常住居民, 居民…; not 全国居民, 城乡居民, 城镇居民).
_WHOLE_RESIDENTS = re.compile(f"^(?:全体|{vocab.alternation('verify.whole_area')})?(?:常住)?居民")


def _whole_named(metric: str) -> str:
    """``metric`` normalised with the word naming the whole population (全体, 全省 … before 居民) left out."""
    return _WHOLE_AREA.sub("", normalise(metric).replace("全体", "", 1), count=1)


def _target_phrases(task: Task, k: int) -> list[str]:
    """What the k-th indicator measures: its metric, else the one before it, and a short task name."""
    phrases = []
    for ind in reversed(task.indicators[:k + 1]):
        if len(_phrase(ind.metric)) >= 2:
            phrases.append(ind.metric)
            # 孵化器、众创空间1家: a list of alternatives, any of which answers.
            parts = [p for p in re.split(r"[、和及或]", ind.metric) if len(_phrase(p)) >= 3]
            if len(parts) > 1:
                phrases += parts
            break
    name = normalise(task.name)
    if name and len(name) <= 14:
        phrases.append(task.name)
    if _is_economy(task.indicators[k]):
        phrases += ["地区生产总值", "生产总值"]     # 经济增长7%: the review states it as 地区生产总值增长
    return phrases


def _is_economy(ind: Indicator) -> bool:
    """The target is the economy's own growth (经济增长7.5%—8%, 地区生产总值增长6%), not a share of it
    (研发投入占GDP比重)."""
    head = _PLACE_PREFIX.sub("", normalise(ind.text or ind.metric))
    return bool(_ECONOMY.match(head)) or bool(_ECONOMY.match(normalise(ind.metric)))


_NAMED_GROWTH = re.compile(f"(?:{vocab.alternation('change.rate_name')})率$")


def _claim_kind(ind: Indicator, claim: Claim) -> str:
    """The claim's kind as the target reads it: a rate named by its change word (固定资产投资增长率9%) is
    read as a level (人口自然增长率4.1‰), but against a growth or decline target on a metric that is no
    rate itself it is that metric's growth (下降率: its fall)."""
    if claim.kind == "ratio" and ind.kind in ("growth_rate", "decline_rate") and "率" not in ind.metric:
        m = _NAMED_GROWTH.search(normalise(claim.metric))
        if m is not None:
            return "decline_rate" if _DECLINE.search(m.group()[:-1]) else "growth_rate"
    return claim.kind


def _compatible(ind: Indicator, claim: Claim) -> bool:
    t_unit, _ = _base(ind.unit, ind.scale)
    c_unit, _ = _base(claim.unit, "")
    if not t_unit or t_unit != c_unit:
        return False
    if vocab.is_rate(t_unit):
        want = ind.kind if ind.kind in ("growth_rate", "decline_rate") else "ratio"
        kind = _claim_kind(ind, claim)
        if want in ("growth_rate", "decline_rate") or _PRICE_RISE.search(ind.metric):
            # 下降1.7% answers 增长5%: a growth of -1.7%; 上升1.2% answers 下降3%: a fall of -1.2%;
            # 居民消费价格指数增长1.8% answers a 涨幅 of 3%
            return kind in ("growth_rate", "decline_rate") or (want == "ratio" and kind == want)
        return kind == want
    return True


def _signed(ind: Indicator, claim: Claim) -> float:
    """The claim's value in the target's direction: a fall against a growth target (or a price rise) is
    negative."""
    kind = _claim_kind(ind, claim)
    if ind.kind in ("growth_rate", "ratio") and kind == "decline_rate":
        return -claim.value
    if ind.kind == "decline_rate" and kind == "growth_rate":
        return -claim.value
    return claim.value


def _verdict(ind: Indicator, actual: float, target: float) -> tuple[str, str]:
    comp = ind.comparator
    margin = abs(target) * EXCEED_MARGIN
    rate = vocab.is_rate(ind.unit)
    lower_better = bool(_LOWER_BETTER.search(ind.metric))
    if comp == "<=":
        if actual <= target:
            return ("exceeded", "优于目标上限5%以上，超额完成") if actual < target - margin else ("met", "未超过上限，完成")
        return "not_met", "高于目标上限，未完成"
    if comp == "=":
        # 增长6%左右: met within half a point (a rate) or 5%, or beyond it in the favourable direction.
        slack = ABOUT_POINTS if rate else margin
        if lower_better:
            return ("met", "不高于目标（含半个百分点），完成") if actual <= target + slack else \
                ("not_met", "高于目标，未完成")
        if actual < target - slack:
            return "not_met", "低于目标，未完成"
        return ("exceeded", "高于目标5%以上，超额完成") if actual > target + margin else ("met", "与目标相当，完成")
    if actual >= target:
        return ("exceeded", "高于目标5%以上，超额完成") if actual > target + margin else ("met", "达到目标，完成")
    return "not_met", "低于目标，未完成"


def _clause(claim: Claim) -> str:
    """The clause of the claim's sentence that holds its figure."""
    norm = for_parsing(claim.sentence)
    a, b = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    start = max((m.end() for m in _CLAUSE_END.finditer(norm, 0, a)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(norm, b)), len(norm))
    return norm[start:end]


def _fmt(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


def _outcome(verdict: str, actual: dict | None) -> str:
    if verdict in ("met", "exceeded"):
        return "achieved"
    if verdict == "not_met":
        return "not_met"
    return "unclear" if actual else "not_reported"


@lru_cache(maxsize=8192)
def _lower_better(metric: str) -> bool:
    """A lower-is-better metric (能耗下降, 失业率): cached, every target meets every claim's metric."""
    return _LOWER_BETTER.search(metric) is not None


# --- what every target looks through -------------------------------------------------------
# Each target of a report is matched against every claim and looked for in every review sentence: what
# matching reads of each claim or sentence is read once per list while ``verify_tasks`` runs (the same list
# objects are passed for every target), and kept no longer.  Outside it, an index is built for the one call.
_INDEXES: dict | None = None


def _indexed(items: list, build):
    """``build(items)``, once per list object while ``verify_tasks`` runs."""
    cache = _INDEXES
    if cache is None:
        return build(items)
    hit = cache.get((id(items), build))
    if hit is not None and hit[0] is items:
        return hit[1]
    out = build(items)
    cache[(id(items), build)] = (items, out)
    return out


class _ClaimIndex:
    """The claims of each base unit, and the claims whose metric (as ``_claim_metric`` gives it) has each
    character bigram; both lists of positions in order."""

    def __init__(self, claims: list[Claim]):
        self.units: dict[str, list[int]] = {}
        self.grams: dict[str, list[int]] = {}
        for j, claim in enumerate(claims):
            self.units.setdefault(_base(claim.unit, "")[0], []).append(j)
            for g in _grams(_claim_metric(claim.metric)):
                self.grams.setdefault(g, []).append(j)

    def sharing(self, metric: str) -> list[int]:
        """The claims sharing a bigram with ``metric`` (a target's, as ``_target_metric`` gives it), in
        order: the only ones ``_similarity`` may find above 0."""
        return sorted({j for g in _grams(metric) for j in self.grams.get(g, ())})


class _SentenceIndex:
    """Review sentences as ``bodies_of`` reads each (the texts a metric's keys are looked for in), all joined
    by a character no key has, and where each sentence starts in them: the sentences naming a key are found
    by one scan."""

    def __init__(self, mentions: list, bodies_of):
        self.bodies: list[tuple[str, ...]] = [bodies_of(s.text) for s in mentions]
        self.starts: list[int] = []
        self.ends: list[int] = []       # (where the next sentence starts)
        pieces, at = [], 0
        for bodies in self.bodies:
            piece = "\0".join(bodies)
            pieces.append(piece)
            self.starts.append(at)
            at += len(piece) + 1
            self.ends.append(at)
        self.joined = "\0".join(pieces)
        self._bundled: list[int] | None = None

    def naming(self, keys) -> list[int]:
        """The sentences one of whose bodies has one of ``keys``, in order."""
        if any(not k for k in keys):
            return list(range(len(self.bodies)))
        found: set[int] = set()
        for key in keys:
            at = self.joined.find(key)
            while at != -1:
                j = bisect.bisect_right(self.starts, at) - 1
                found.add(j)
                at = self.joined.find(key, self.ends[j])     # (on past this sentence: one is enough)
        return sorted(found)

    def bundled(self, mentions: list) -> list[int]:
        """The sentences naming a bundle of indicators (``_bundles``), in order."""
        if self._bundled is None:
            self._bundled = [j for j, s in enumerate(mentions) if _bundles(s.text)]
        return self._bundled


def _written_index(mentions: list) -> _SentenceIndex:
    """Each sentence written out (``_written_out``): where ``_mention`` looks."""
    return _SentenceIndex(mentions, lambda text: (_written_out(text),))


def _said_index(mentions: list) -> _SentenceIndex:
    """The clauses ``_said_in_words`` reads of each sentence (``_said_clauses``)."""
    def bodies(text: str) -> tuple[str, ...]:
        excepting, saying = _said_clauses(text)
        return tuple(body for body, _ in excepting) + tuple(body for body, _ in saying)
    return _SentenceIndex(mentions, bodies)


def _versus_index(mentions: list) -> _SentenceIndex:
    """The clauses ``_versus_target`` reads of each sentence (``_versus_clauses``)."""
    return _SentenceIndex(mentions, lambda text: tuple(body for body, _, _ in _versus_clauses(text)))


def _share_index(mentions: list) -> _SentenceIndex:
    """The clauses ``_share_said`` reads of each sentence (``_share_clauses``)."""
    return _SentenceIndex(mentions, _share_clauses)


def _best_claim(ind: Indicator, phrases: list[str], claims: list[Claim]) -> tuple[int | None, float]:
    best, best_sim = None, 0.0
    lower_better = bool(_LOWER_BETTER.search(ind.metric))
    economy = _is_economy(ind)
    rate = vocab.is_rate(ind.unit)     # a statistical rate: the claim names the same thing (增加值, not 成本)
    wanted = _population(ind.metric)
    t_unit = _base(ind.unit, ind.scale)[0]
    # (the unit first: most claims are in another, and _compatible would say so more slowly)
    for j in _indexed(claims, _ClaimIndex).units.get(t_unit, ()):
        claim = claims[j]
        if not _compatible(ind, claim):
            continue
        if not lower_better and _lower_better(claim.metric):
            continue        # 单位生产总值能耗下降25% does not answer 生产总值增长7.5%
        group = _SUBGROUP.search(claim.metric)
        if group and not any(group.group() in p for p in phrases):
            continue        # 低收入农户人均可支配收入 does not answer 居民人均可支配收入
        if rate and _PART_OF_CITY.match(normalise(claim.metric)) and not any(
                _PART_OF_CITY_WORD.search(p) for p in phrases):
            continue        # 中心城区…地区生产总值增长7.4% does not answer the city's 地区生产总值增长6%
        # (城镇居民收入：68520元，增长5.6%: a figure whose clause names nothing is named by the clause before)
        if wanted and _population(claim.metric if len(claim.metric) >= 2 else claim.context) not in (
                (wanted,) if wanted in ("城镇", "农村") and "收入" in ind.metric else (wanted, "")):
            continue        # 全体居民 (or 城镇居民, or 居民 with no group named) …收入 does not answer a target on 农村居民 …收入
        if phrases and _distinct(phrases[0], claim.metric):
            continue        # 城镇调查失业率 does not answer 城镇登记失业率, nor 进出口总额 出口总额
        if phrases and _other_breadth(phrases[0], claim.context + claim.metric):
            continue        # 规模以上工业增加值 does not answer 工业增加值, nor 全部工业增加值 规模以上工业增加值
        if phrases and (_share_of_whole(phrases[0], claim.metric) or _per_unit(phrases[0], claim.metric)):
            continue        # 工业投资占固定资产投资比重, 人均地区生产总值 do not answer 固定资产投资, 地区生产总值
        named = _claim_metric(claim.context + claim.metric)
        sim = max((max(similarity(p, claim.metric),
                       CONTEXT_WEIGHT * similarity(p, claim.context + claim.metric)
                       if claim.context and not _own_name(p, claim) and not _told_before(p, claim) else 0.0)
                   for p in phrases if not rate or _head(p) in named), default=0.0)
        if economy and _BARE_ECONOMY.match(normalise(claim.metric)):
            sim = 1.0       # 预计全年经济增长3.5%左右 answers 生产总值增长7%
        if sim < MIN_SIMILARITY and phrases and (_without_size(phrases[0], claim.metric) or (
                ind.kind == "growth_rate" and claim.kind == "growth_rate" and _without_measure(phrases[0], claim.metric))):
            sim = MIN_SIMILARITY    # 其中出口增长7.2% answers 出口总额增长5%, 其中高技术制造业增长12.3% 高技术制造业增加值增长10%
        if claim.part_year or claim.current_prices:
            sim *= PART_YEAR_WEIGHT     # the year's figure at constant prices, when given, before these
        if sim > best_sim + 1e-9:
            best, best_sim = j, sim
    return (best, best_sim) if best is not None and best_sim >= MIN_SIMILARITY else (None, best_sim)


def _without_size(target: str, claim_metric: str) -> bool:
    """The claim is named by the whole of the target's name without its size word (target.size_only): 出口 for 出口总额,
    a name too short for its bigrams to count as alike; the same metric, not a part or a neighbour of it."""
    name = _target_metric(target)
    core = _SIZE_END.sub("", name)
    return len(core) >= 2 and core != name and _claim_metric(claim_metric) == core


_GROWTH_MEASURE_END = re.compile(f"(?:{vocab.alternation('verify.growth_measure')})$")


def _without_measure(target: str, claim_metric: str) -> bool:
    """The claim is named by the whole of a growth target's name without the measure at its end (verify.growth_measure):
    高技术制造业 for 高技术制造业增加值, a growth of an industry said by its name alone."""
    name = _target_metric(target)
    core = _GROWTH_MEASURE_END.sub("", name)
    return len(core) >= 2 and core != name and _claim_metric(claim_metric) == core


_TOPICS = [tuple(w.split(">", 1)) for w in vocab.words("verify.topic")]


def _topic_claim(ind: Indicator, phrases: list[str], claims: list[Claim]) -> int | None:
    """A figure that names no metric of its own, in a sentence part whose subject is the topic of the
    target's metric (verify.topic: 有效投资持续扩大，全年增长11.2% for 固定资产投资增长10%): the first one, or None."""
    wants = _written_out(phrases[0]) if phrases else ""
    topics = [normalise(t) for t, w in _TOPICS if normalise(w) in wants]
    if not topics:
        return None
    lower_better = bool(_LOWER_BETTER.search(ind.metric))
    wanted = _population(ind.metric)
    for j, claim in enumerate(claims):
        if not claim.context or len(normalise(_GENERIC.sub("", _TRAIL.sub("", claim.metric)))) >= 2:
            continue
        if not _compatible(ind, claim) or (not lower_better and _LOWER_BETTER.search(claim.context)):
            continue
        if _population(claim.context) not in (wanted, "") or _SUBGROUP.search(claim.context):
            continue
        if any(t in _written_out(claim.context) for t in topics):
            return j
    return None


def _other_basis(ind: Indicator, claim: Claim, claims: list[Claim]) -> Claim | None:
    """The same metric's figure on the other basis in the same sentence (增长14.1%，同口径增长7.7%)."""
    def bare(c: Claim) -> str:
        return normalise(_BASIS_WORDS.sub("", c.metric))

    at = next((k for k, c in enumerate(claims) if c is claim), None)
    for k, other in enumerate(claims):
        if (other is not claim and other.sentence_start == claim.sentence_start
                and other.same_basis != claim.same_basis and _compatible(ind, other)
                # (a fall on one basis, a growth on the other: 下降2.6%，扣除留抵退税因素后同口径增长4.8%)
                and (other.kind == claim.kind or {other.kind, claim.kind} == {"growth_rate", "decline_rate"})
                and (bare(other) == bare(claim)
                     # a same-basis figure with no name of its own right after (or before) the headline one
                     or (at is not None and abs(k - at) == 1 and len(bare(other if other.same_basis else claim)) < 2))):
            return other
    return None


@lru_cache(maxsize=4096)
def _place_key(phrase: str) -> str:
    """A target's phrase without its place, normalised: what ``_per_unit`` and ``_share_of_whole`` look for in a
    claim's metric.  Cached: a target meets every claim."""
    return normalise(_PLACE_PREFIX.sub("", phrase))


def _per_unit(phrase: str, claim_metric: str) -> bool:
    """The claim is per person (household, mu …) where the target is the total (人均地区生产总值 for 地区生产总值)."""
    # (the claim's per-unit word first: most claims have none)
    if not _PER_UNIT.search(claim_metric):
        return False
    key = _place_key(phrase)
    if len(key) < 2:
        return False
    body = normalise(claim_metric)
    at = body.find(key)
    return at > 0 and _PER_UNIT_BEFORE.search(body, max(0, at - 2), at) is not None


def _share_of_whole(phrase: str, claim_metric: str) -> bool:
    """The claim is a part's share of the target's metric (工业投资占固定资产投资比重 for 固定资产投资), not the metric."""
    m = _SHARE_OF.search(normalise(claim_metric))
    if m is None:
        return False        # (most claims: the target's key is not looked for)
    key = _place_key(phrase)
    return len(key) >= 2 and key in m.group("whole") and key not in normalise(claim_metric)[:m.start()]


def _related_claim(phrases: list[str], claims: list[Claim], rate: bool = False) -> int | None:
    """A claim on the same metric in another unit or kind (a level for a rate), if any.  ``rate``: the target
    is a rate of the whole area, which no figure of its central district (verify.part_of_city) relates to."""
    best, best_sim = None, 0.0
    if not phrases or len(normalise(phrases[0])) < 4:
        return None         # 经济: too short a name to call any figure its level
    phrase = phrases[0]
    lower_better = _lower_better(phrase)
    wanted = _target_metric(phrase)         # (once, not for every claim)
    for j in _indexed(claims, _ClaimIndex).sharing(wanted):     # (the others' similarity is 0)
        claim = claims[j]
        if not lower_better and _lower_better(claim.metric):
            continue        # 单位地区生产总值能耗下降3.2% is no level of 地区生产总值
        if _share_of_whole(phrase, claim.metric):
            continue        # 工业投资占固定资产投资比重达到45% is no level of 固定资产投资
        if _per_unit(phrase, claim.metric):
            continue        # 人均地区生产总值突破10万元 is no level of 地区生产总值
        if rate and _PART_OF_CITY.match(normalise(claim.metric)) and not _PART_OF_CITY_WORD.search(phrase):
            continue        # 中心城区实现地区生产总值1236亿元: the district's level, none of the city's
        sim = _similarity(wanted, _claim_metric(claim.metric))
        if sim > best_sim + 1e-9:
            best, best_sim = j, sim
            if sim >= 1.0:
                break       # no similarity is above 1: no later claim can take its place
    return best if best_sim >= RELATED_SIMILARITY else None


def _actual(claim: Claim) -> dict:
    scale = next((x for x in vocab.longest_first(vocab.scales())
                  if claim.unit.startswith(x) and len(claim.unit) > len(x)), "")
    return {"value": claim.value, "unit": claim.unit, "scale": scale, "text": claim.text,
            "start": claim.start, "end": claim.end, "estimate": claim.estimate, "same_basis": claim.same_basis}


def _unclear(task: Task, metric: str, target: dict, claim: Claim, reason: str) -> Verdict:
    """A target the review cannot settle: ``claim`` quoted as the evidence, ``reason`` says why."""
    return Verdict(task.id, metric, target, _actual(claim), "unclear", _evidence(claim), reason,
                   outcome="unclear", estimate=claim.estimate)


def _evidence(claim: Claim) -> list[Evidence]:
    return [Evidence(text=claim.sentence, start=claim.sentence_start, end=claim.sentence_end, source="report")]


def _growth(ind_metric: str, claims: list[Claim]) -> int | None:
    """The claim giving the growth of ``ind_metric`` (a rate after 增长)."""
    key = normalise(ind_metric)
    exact = next((j for j, c in enumerate(claims) if c.kind == "growth_rate" and normalise(c.metric) == key), None)
    if exact is None and not _population(ind_metric):
        # 全体居民人均可支配收入 after the urban and rural rates: the whole population's, the target's own.
        exact = next((j for j, c in enumerate(claims) if c.kind == "growth_rate" and _population(c.metric) == "全体"
                      and _whole_named(c.metric) == key), None)
    if exact is not None:
        return exact       # 居民人均可支配收入 itself before 城镇居民人均可支配收入
    probe = Indicator(metric=ind_metric, value=0.0, unit="%", kind="growth_rate")
    if "收入" in ind_metric and not _population(ind_metric):
        # 城乡居民收入 (no group named): the whole population's income growth, where the review gives one, before
        # either group's (城镇…增长4.9%、农村…增长6.7%。全省居民人均可支配收入增长5.7%; 居民… with no group named).
        whole = [j for j, c in enumerate(claims) if c.kind == "growth_rate" and "收入" in c.metric
                 and _WHOLE_RESIDENTS.match(normalise(c.metric))]
        if whole:
            k = _best_claim(probe, [ind_metric], [claims[j] for j in whole])[0]
            if k is not None:
                return whole[k]
    return _best_claim(probe, [ind_metric], claims)[0]


def _split_groups(claim: Claim, claims: list[Claim]) -> list[float]:
    """The urban and rural growth figures a group claim (城乡居民…) comes with in its sentence (城乡居民人均可支配
    收入分别增长4.4%、5.6%), when the review gives no overall figure; [] otherwise."""
    if "城镇" in claim.metric or "农村" in claim.metric or "城乡" in claim.metric:
        groups = [c for c in claims if c.sentence_start == claim.sentence_start and c.kind == "growth_rate"
                  and ("城镇" in c.metric or "农村" in c.metric or "农民" in c.metric) and "收入" in c.metric]
        if len(groups) >= 2:
            return [c.value for c in groups]
    return []


# A clause restating the year's target (坚持年初确定的地区生产总值增长6.5%左右的目标): from the clause's start
# (or the end of the restatement before it) up to the target's noun.  The pattern is the figure and what
# follows it, tried only where a digit run starts; _without_restated reaches back for the clause's start
# (a lazy lead in the pattern was tried from every character, cubic on a long run of digits).
_RESTATED = vocab.quick(re.compile(r"(?<!\d)\d+(?:\.\d+)?\s*%?(?:{})?的?(?:(?:{})?(?:{})?(?:{}))".format(
    vocab.alternation("verify.target_hedge"),
    vocab.alternation("verify.target_period"), vocab.alternation("verify.target_kind"), vocab.alternation("verify.target_noun"))),
    digits=True)
_RESTATED_CLAUSE_MARKS = ",;:，；：。"


def _without_restated(text: str) -> str:
    """``text`` with each restated target cut out from its clause's start, or from the end of the one before
    it in the same clause."""
    kept, pos = [], 0
    for m in _RESTATED.finditer(text):
        start = max(pos, max(text.rfind(c, pos, m.start()) for c in _RESTATED_CLAUSE_MARKS) + 1)
        kept.append(text[pos:start])
        pos = m.end()
    kept.append(text[pos:])
    return "".join(kept)


# …the target restated after a done word (有望实现地区生产总值增长6.5%左右的预期目标): the target said met in words.
_RESTATED_DONE = re.compile(r"(?P<neg>未能|没能|没有|未)?(?P<verb>实现|完成|达到)(?P<metric>[^,;:，；：。\d]{{2,16}}?)"
                            r"(?:{})?\d+(?:\.\d+)?\s*%?(?:{})?的?"
                            r"(?:(?:{})?(?:{})?(?:{}))".format(vocab.alternation("verify.restated_change"),
                                                           vocab.alternation("verify.target_hedge"),
                                                           vocab.alternation("verify.target_period"),
                                                           vocab.alternation("verify.target_kind"),
                                                           vocab.alternation("verify.target_noun")))


_TARGET_NOUNS = vocab.words("verify.target_noun")


def _unrestated(text: str) -> str:
    """``text`` (as ``for_parsing`` gives it) with a restated target left out, or, after a done word, said
    met in words (…实现地区生产总值增长6.5%左右的预期目标 → 地区生产总值实现预期目标; 未能实现…: 未能实现).
    Both patterns end on a target noun (verify.target_noun): a text naming none is left as it is
    without trying them."""
    if not any(w in text for w in _TARGET_NOUNS):
        return text
    text = _RESTATED_DONE.sub(lambda m: f"{m.group('metric')}{m.group('neg') or ''}{m.group('verb')}预期目标", text)
    return _without_restated(text)


@lru_cache(maxsize=8192)
def _written(text: str) -> str:
    """``text`` with its short names written out (物价 → 居民消费价格) and a restated target left out
    (``_unrestated``), not normalised.  Cached: ``_written_out``, ``_written_clauses`` and ``_said_clauses``
    each read every review sentence so."""
    return _review_names(_unrestated(for_parsing(text)))


@lru_cache(maxsize=8192)
def _written_out(text: str) -> str:
    """``text`` normalised with its short names written out, a restated target left out (``_written``): as
    compared."""
    return normalise(_written(text))


@lru_cache(maxsize=4096)
def _written_clauses(text: str) -> tuple[str, ...]:
    """The clauses of ``text``, each as ``_written_out`` gives it."""
    return tuple(normalise(c) for c in _CLAUSE_END.split(_written(text)))


@lru_cache(maxsize=4096)
def _keys(metric: str) -> tuple[str, ...]:
    """The names a review may give ``metric`` by, written out: the whole name and, four characters or
    more, its core without size and change words (居民消费价格涨幅 → 居民消费价格: 物价总体平稳)."""
    key = _PLACE_PREFIX.sub("", _written_out(metric))
    core = _HEAD_TRAIL.sub("", key)
    # …and the core as the target writes it, where writing out shortened it (外贸进出口总额 → 进出口总额:
    # 外贸进出口规模明显萎缩 names it by 外贸进出口).
    own = _HEAD_TRAIL.sub("", _PLACE_PREFIX.sub("", normalise(for_parsing(metric))))
    return tuple(k for k in dict.fromkeys((key, core, own)) if len(k) >= 4)


def _named(body: str, key: str, lower_better: bool):
    """Where ``key`` names the metric itself in ``body`` (both as ``_written_out`` gives them), left to
    right, none overlapping: not inside another metric (单位地区生产总值能耗下降, 研发投入占地区生产总值比重, 人均地区生产总值),
    nor a part of the area's (经济开发区规上工业增加值: verify.part_of_area), nor before its share (税收收入占…比重)."""
    at = body.find(key)     # (most sentences: one C scan finds nothing)
    while at != -1:
        around = body[max(0, at - 1):at + len(key) + 4]
        if not ((not lower_better and _LOWER_BETTER.search(around)) or around.startswith("占")
                or _PART_AREA_BEFORE.search(body, max(0, at - PART_AREA_REACH), at)
                # 税收收入占一般公共预算收入比重: the metric's share, said of no change of it; 人均地区生产总值: per head
                or body.startswith("占", at + len(key)) or _PER_UNIT_BEFORE.search(body, max(0, at - 2), at)):
            yield at
        at = body.find(key, at + len(key))


# The year's target named in a review (年初目标, 预期目标, 年度计划目标).
_TARGET_WORD = (f"(?:{vocab.alternation('verify.target_period')})?(?:{vocab.alternation('verify.target_kind')})?"
                f"(?:{vocab.alternation('verify.target_noun')})")
_ABOVE_TARGET = re.compile(f"(?:{vocab.alternation('verify.versus_target_above')}){_TARGET_WORD}\\d"
                           f"|(?:比|较){_TARGET_WORD}(?:{vocab.alternation('verify.versus_target_more')})出?\\d")
_BELOW_TARGET = re.compile(f"(?:{vocab.alternation('verify.versus_target_below')}){_TARGET_WORD}\\d"
                           f"|(?:比|较){_TARGET_WORD}(?:{vocab.alternation('verify.versus_target_less')})\\d")


@lru_cache(maxsize=4096)
def _versus_clauses(text: str) -> tuple[tuple[str, int, bool], ...]:
    """The clauses of a review sentence that set a figure against the year's target (高于年初目标0.5个百分点,
    比预期目标低2个百分点): each normalised, where that starts, and whether it is above.  Cached."""
    written = _written_out(text)
    if not _ABOVE_TARGET.search(written) and not _BELOW_TARGET.search(written):
        return ()       # (each clause's body is a piece of the whole written out: none can say it either)
    out = []
    for body in _written_clauses(text):
        above, below = _ABOVE_TARGET.search(body), _BELOW_TARGET.search(body)
        if above or below:
            out.append((body, (above or below).start(), bool(above) and not below))
    return tuple(out)


def _versus_target(metric: str, mentions: list, also: tuple[str, ...] = ()):
    """(sentence, above) for the first review clause naming ``metric`` before saying its figure is above or
    below the year's target by so much (规模以上工业增加值增速比年初目标低2个百分点), or None."""
    keys = _keys(metric) + also
    for j in _indexed(mentions, _versus_index).naming(keys):     # (the others name none of the keys)
        sentence = mentions[j]
        for body, at, above in _versus_clauses(sentence.text):
            if any(0 <= body.find(k) < at for k in keys):
                return sentence, above
    return None


def _said_in_words(metric: str, mentions: list, also: tuple[str, ...] = ()):
    """(sentence, met) for the first review clause naming ``metric`` that says in words whether its
    target was met (节能减排完成省下达的目标任务 / 物价涨幅控制在目标以内 / 城镇登记失业率实现预期目标; 未能完成…:
    not met), or None.  A clause giving a rate (完成年度目标的90%) is a figure, left to the claims.
    ``also``: other names of the metric (经济增长 for the economy's growth)."""
    keys = _keys(metric) + also
    lower_better = bool(_LOWER_BETTER.search(metric))
    for j in _indexed(mentions, _said_index).naming(keys):       # (the others name none of the keys)
        sentence = mentions[j]
        excepting, saying = _said_clauses(sentence.text)
        for body, names in excepting:
            # 除地区生产总值外，其他指标均完成年度目标: the exception missed its target; 除A、B、C外: each of them.
            for k in keys:
                at = body.find(k)
                end = body.find("外", at + len(k)) if at != -1 and _EXCEPT.search(body[:at]) else -1
                if end != -1 and end - at - len(k) <= EXCEPT_EXTRA and _DONE_IN_WORDS.search(body, end):
                    return sentence, False
            if any(k in item and len(item) - len(k) <= EXCEPT_EXTRA for item in names for k in keys):
                return sentence, False
        for body, done in saying:
            at = next((a for k in keys for a in _named(body, k, lower_better)), None)
            if at is not None and not _EXCEPT.search(body[:at]):
                # 高于年度目标 / 超过预期 on a lower-is-better metric (失业率, 能耗, PM2.5) is above its cap: not met
                # (下降幅度超过年度目标: the fall above its target, met)
                above = lower_better and body.startswith(_ABOVE_WORDS, done) and not _FALL_SAID_BEFORE.search(body, at, done)
                return sentence, (_NEGATED.search(body[:done]) is None) != above
    return None


@lru_cache(maxsize=4096)
def _said_clauses(text: str) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[tuple[str, int], ...]]:
    """What ``_said_in_words`` reads of a review sentence, whatever the metric (cached: every target's
    metric is looked for in every review sentence): the parts (to 。；) that may name an exception
    (除…外) and give no rate, each with the names of a list of exceptions before a claim of the rest done
    (除A、B、C外，其余指标均完成年度目标: A, B and C), and the clauses saying in words that a target was done
    and giving no rate, with where the done word starts; each as ``normalise`` gives it, 了 left out."""
    written = _written(text)
    excepting = []
    for part in (_PART_END.split(written) if "除" in written and "外" in written else ()):
        # (normalising keeps 除 and 外: a part without them is no exception's, and most sentences have none)
        if "除" in part and "外" in part and not _RATE_FIGURE.search(part):
            listed = _EXCEPTED.search(part)
            names = () if listed is None or not _DONE_IN_WORDS.search(normalise(part[listed.end():])) else \
                tuple(normalise(item) for item in _EXCEPT_ITEM.split(listed["names"]))
            excepting.append((normalise(part).replace("了", ""), names))
    saying = []
    # (each clause's body is a piece of the whole written out, 了 left out: where the whole has no done word,
    # none has — most sentences)
    for clause in (_CLAUSE_END.split(written) if _DONE_IN_WORDS.search(_written_out(text).replace("了", "")) else ()):
        body = normalise(clause).replace("了", "")
        done = _DONE_IN_WORDS.search(body)
        if done is not None and not _RATE_FIGURE.search(clause):
            saying.append((body, done.start()))
    return tuple(excepting), tuple(saying)


_SHARE_OF_TARGET = re.compile(
    rf"[^,;。]{{0,6}}?(?:{vocab.alternation('verify.share_of_target')})的(\d+(?:\.\d+)?)(?:{vocab.unit_alternation_of('percent')})")
# What every verify.share_of_target word opens with (完成): a clause without it holds no match, and re, its pattern
# opening on no fixed character, would try it at every character (most clauses: none).
_SHARE_HEAD = os.path.commonprefix(vocab.words("verify.share_of_target"))


@lru_cache(maxsize=4096)
def _share_clauses(text: str) -> tuple[str, ...]:
    """The clauses of a review sentence that give a share of a target done (完成年度目标的110%), short
    names written out, as written (normalising drops the % sign).  Cached: every target's metric is
    looked for in every review sentence."""
    return tuple(c for c in _CLAUSE_END.split(_review_names(for_parsing(text)).replace(" ", ""))
                 if _SHARE_HEAD in c and _SHARE_OF_TARGET.search(c))


_SHARE_OF_PLAN = vocab.pattern("verify.share_of_plan")


def _share_said(metric: str, mentions: list, plan: bool = True):
    """(sentence, percent) for the first review clause naming ``metric`` and, right after it, the share
    of the year's target done (城镇新增就业完成年度目标的110%), or None.  ``plan`` False: a share of a plan
    (完成年度计划的105%) is none."""
    keys = _keys(metric)
    lower_better = bool(_LOWER_BETTER.search(metric))
    for j in _indexed(mentions, _share_index).naming(keys):      # (the others name none of the keys)
        sentence = mentions[j]
        for clause in _share_clauses(sentence.text):
            for k in keys:
                for at in _named(clause, k, lower_better):
                    m = _SHARE_OF_TARGET.match(clause, at + len(k))
                    if m is not None and (plan or not _SHARE_OF_PLAN.search(m.group())):
                        return sentence, float(m.group(1))
    return None


_NEIGHBOURS_NORMALISED = [(normalise(t), normalise(w)) for t, w in _NEIGHBOURS]


def _mention(metric: str, mentions: list, neighbours: bool = False, also: tuple[str, ...] = ()):
    """The first review sentence naming ``metric`` (four characters or more, short names written out)
    with a word saying how it went after it (粮食产量稳定增收, 物价总体平稳), or None.  ``neighbours``:
    named by a neighbouring metric's name instead (财政收入保持增长 for 一般公共预算收入).  ``also``:
    other names of the metric (经济增速 for the economy's growth)."""
    keys = _keys(metric) + also
    if neighbours:
        keys = tuple(w for t, w in _NEIGHBOURS_NORMALISED if len(w) >= 4 and keys and t in keys[0] and w not in keys[0])
    lower_better = bool(_LOWER_BETTER.search(metric))
    index = _indexed(mentions, _written_index)
    for j in index.naming(keys):        # (the others: neither test below can hold)
        sentence, body = mentions[j], index.bodies[j][0]
        for key in keys:
            if key not in body:
                continue
            if any(_MENTION_PREDICATE.match(body, at + len(key)) and _result_mention(body, at, key)
                   for at in _named(body, key, lower_better)):
                return sentence
            # further on in the metric's clause (固定资产投资特别是工业投资增长乏力)
            if any(_TOLD_LATER.match(clause, at + len(key)) and _result_mention(clause, at, key, body)
                   for clause in _written_clauses(sentence.text) if key in clause
                   for at in _named(clause, key, lower_better)):
                return sentence
    key = normalise(metric)
    if len(key) < 4 or neighbours:
        return None
    for j in index.bundled(mentions):
        sentence = mentions[j]
        # 规模工业等主要经济指标增速位居全国前列: the metric named short in a bundle of indicators.
        for names, told in _bundles(sentence.text):
            if any(len(n) >= 3 and key.startswith(n) for n in names) and told:
                return sentence
    return None


_ACTION_BEFORE = re.compile(f"(?:{vocab.alternation('verify.action_before')})(?:{vocab.alternation('verify.metric_lead')})?$")
_DIFFICULTY = vocab.pattern("verify.difficulty")


def _result_mention(body: str, at: int, key: str, sentence: str = "") -> bool:
    """The metric named at ``at`` of ``body`` is said to have gone some way, not worked for (推动固定资产投资
    稳定增长: verify.action_before) nor set as the difficulty ahead (…增长目标任务艰巨: verify.difficulty), nor
    a wider area's (``_other_area``; ``sentence``: the whole sentence ``body`` is a clause of)."""
    return not _ACTION_BEFORE.search(body, max(0, at - 6), at) and \
        not _DIFFICULTY.search(body, at + len(key), at + len(key) + 12) and not _other_area(body, at, sentence or body)


_OTHER_SCOPE_BEFORE = re.compile(f"(?:{vocab.alternation('verify.other_scope')})$")


def _other_area(body: str, at: int, sentence: str) -> bool:
    """The name at ``at`` of ``body`` follows a wider area's (在全市社会消费品零售总额增长5.2%的带动下，我区…) in a
    ``sentence`` naming the report's own area (verify.own_scope) as another kind of area: that area's metric."""
    scope = _OTHER_SCOPE_BEFORE.search(body, max(0, at - 5), at)
    return scope is not None and bool(own := {_scope_level(m.group()) for m in _OWN_SCOPE_ANY.finditer(sentence)}) \
        and _scope_level(scope.group()) not in own


@lru_cache(maxsize=4096)
def _bundles(text: str) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """The bundles of indicators a sentence names (规模工业、固定资产投资等主要经济指标): each one's
    names, normalised, and whether a change or a level follows it.  Cached: every target's metric
    is looked for in every review sentence."""
    parsed = for_parsing(text)
    if "指标" not in parsed or not _BUNDLE_COUNT.search(parsed):
        return ()       # (most sentences: _BUNDLE, tried at every character, cannot match)
    # (a bare head word written out too: 工业、投资、消费三大指标 names 规模以上工业增加值, 固定资产投资, 社会消费品零售总额)
    return tuple((tuple(x for n in re.split(r"[、和及]", m.group("names")) if (w := normalise(n))
                        for x in (w, _BARE_NAMES.get(w, w))),
                  _MENTION_PREDICATE.match(normalise(parsed[m.end():])) is not None)
                 for m in _BUNDLE.finditer(parsed))


def _other_breadth(target: str, claim: str) -> bool:
    """The claim's metric is the target's over other units (verify.narrower: 规模以上工业增加值 for 工业增加值,
    全部工业增加值 for 规模以上工业增加值), short names written out."""
    wider = _narrower_of(target)
    if not wider:
        return False
    c = _written_out(claim)
    return any(b in c for b in wider)


@lru_cache(maxsize=8192)
def _narrower_of(target: str) -> tuple[str, ...]:
    """The words of verify.narrower that name ``target`` over other units: cached, as a target meets every claim."""
    t = _written_out(target)
    return tuple(b for a, b in _NARROWER if a in t and b not in t)


def _neighbour(metric: str, claims: list[Claim], unit: str = "") -> int | None:
    """A claim on a neighbouring metric (一般公共预算收入 for a target on 财政收入): the first one.  Short names
    written out (规上工业增加值).  ``unit``: the target's, when it counts something (万人): a neighbour's figure
    counting other things (组织高校毕业生招聘会120场) is none."""
    key = _written_out(metric)
    base = _base(unit, "")[0] if unit and not vocab.is_rate(unit) else None
    own = _base(unit, "")[0] if unit else None
    for target_word, review_word in _NEIGHBOURS:
        word = normalise(review_word)
        if normalise(target_word) in key and not _has(word, key):
            found = [k for k, c in enumerate(claims) if _has(word, _written_out(c.context + c.metric))
                     and (base is None or _base(c.unit, "")[0] == base) and not _share_of_whole(metric, c.metric)]
            if found:
                # the neighbour's figure in the target's own unit first (税收收入…48.2亿元，增长3.1% for a rate: 3.1%)
                return next((k for k in found if _base(claims[k].unit, "")[0] == own), found[0])
    return None


_TASK_NOUN = vocab.pattern("verify.task_noun")
_NOT_DONE = re.compile(f"(?:{vocab.alternation('verify.not_done_before')})能?(?:全面)?完成")
_DONE_MANNER = re.compile(f"(?:{vocab.alternation('verify.done_manner')})?完成")
_DONE_DENIED = vocab.pattern("verify.done_denied")


def _qualitative(task: Task, ind: Indicator, metric: str, target: dict, claims: list[Claim],
                 mentions: list) -> Verdict:
    """A target with no figure.  Kept in step with the economy (同步, 快于): the metric's growth
    against the economy's, both from the review.  Otherwise the review repeating the metric with
    the target's predicate (出口占全省份额基本稳定) meets it, a mention without it is unclear, and
    silence is not_reported."""
    if ind.comparator == "<=" and _INCOME_GAP.search(_written_out(metric)):
        gap = _gap_narrowed(task, metric, target, claims, mentions)
        if gap is not None:
            return gap
    versus = _VERSUS_TARGET.search(ind.qualifier or "") or _VERSUS_TARGET.search(ind.text or "")
    pending = None      # the metric's growth with no economy's to set it against: unclear, unless words settle it
    if versus is not None:
        # 不低于全省平均水平: the review saying the metric is above (or below) the same average.
        told = _versus(metric, versus.group("whom"), mentions)
        if told is not None:
            sentence, ok = told
            return _quoting(task, metric, target, sentence, "achieved" if ok else "not_met",
                            f"目标{ind.qualifier}，回顾称{metric}{'高于' if ok else '低于'}{versus.group('whom')}")
    group = _FASTER_THAN_GROUP.search(ind.text or "")
    if group is not None and "收入" in metric:
        # 农村居民收入增长快于城镇居民: the group's income growth against the other group's, both from the review.
        other = _population(group.group("whom"))
        j = _growth(metric, claims)
        theirs = next((c for c in claims if c.kind == "growth_rate" and "收入" in c.metric
                       and _population(c.metric) == other), None)
        if j is not None and theirs is not None and _population(claims[j].metric) not in ("", other):
            mine = claims[j]
            ok = mine.value > theirs.value
            return Verdict(task.id, metric, target, _actual(mine), "met" if ok else "not_met",
                           _evidence(mine) + ([] if theirs.sentence_start == mine.sentence_start else _evidence(theirs)),
                           f"目标{ind.text}：{metric}增长{_fmt(mine.value)}%，{group.group('whom')}增长{_fmt(theirs.value)}%，"
                           + ("完成" if ok else "未完成"), outcome="achieved" if ok else "not_met",
                           estimate=mine.estimate or theirs.estimate)
    if _IN_STEP.search(ind.qualifier or "") or _IN_STEP.search(ind.text or ""):
        j = _growth(metric, claims)
        economy = next((k for k, c in enumerate(claims) if c.kind in ("growth_rate", "decline_rate")
                        and (_ECONOMY.search(c.metric) or ((len(normalise(c.metric)) < 2 or _MEASURE_ONLY.match(
                            normalise(c.metric))) and _ECONOMY.search(c.context))
                             or _BARE_ECONOMY.match(normalise(c.metric)))
                        and not _LOWER_BETTER.search(c.metric) and not _ECONOMY.search(metric)), None)
        if j is not None and (_IN_STEP_WITH.search(ind.text or "") or versus is not None):
            claim = claims[j]
            return _unclear(task, metric, target, claim, f"目标为与上级同步，回顾报告{metric}{claim.text}，未报告上级增速")
        if j is not None and economy is not None:
            mine, theirs = claims[j], claims[economy]
            faster = "快于" in (ind.qualifier or "")
            mine_v = mine.value if mine.kind == "growth_rate" else -mine.value
            theirs_v = theirs.value if theirs.kind == "growth_rate" else -theirs.value
            split = _split_groups(mine, claims)
            if mine.positive or theirs.positive:
                # 实现正增长 has no figure: settled only against a fall of the economy.
                ok = (mine.positive and not theirs.positive and theirs_v < mine.value) or None
            elif split and min(split) < theirs_v <= max(split):
                ok = None       # urban above, rural below (or the reverse): no overall figure
            elif split:
                ok = min(split) > theirs_v if faster else min(split) >= theirs_v
            else:
                ok = mine_v > theirs_v if faster else mine_v >= theirs_v
            if ok is None:
                return Verdict(task.id, metric, target, _actual(mine), "unclear",
                               _evidence(mine) + ([] if theirs.sentence_start == mine.sentence_start else _evidence(theirs)),
                               f"目标{ind.qualifier or '同步'}：回顾报告{metric}{mine.text}，经济{theirs.text}，"
                               "无法判断是否同步", outcome="unclear", estimate=mine.estimate or theirs.estimate)
            verdict = "met" if ok else "not_met"
            reason = (f"目标{ind.qualifier or '同步'}：{metric}增长{_fmt(mine_v)}%，经济增长{_fmt(theirs_v)}%，"
                      + ("完成" if ok else "未完成"))
            evidence = _evidence(mine) + ([] if theirs.sentence_start == mine.sentence_start else _evidence(theirs))
            return Verdict(task.id, metric, target, _actual(mine), verdict, evidence, reason,
                           outcome=_outcome(verdict, {}), estimate=mine.estimate or theirs.estimate)
        pending = claims[j] if j is not None else None
    said = _said_in_words(metric, mentions)
    if said is not None:
        return _in_words(task, metric, target, *said)     # 完成省下达的节能减排目标任务
    if _GROWS.search(ind.qualifier or "") and not _IN_STEP.search(ind.qualifier or ""):
        # 保持稳定增长 answered by the metric's growth rate: above zero is met, a fall is not.
        j = _growth(metric, claims)
        if j is not None:
            claim = claims[j]
            value = claim.value if claim.kind == "growth_rate" else -claim.value
            if claim.positive or value != 0:
                ok = (claim.positive and claim.kind == "growth_rate") or value > 0     # 负增长 is a fall
                fell = value < 0 or claim.kind == "decline_rate"
                return Verdict(task.id, metric, target, _actual(claim), "met" if ok else "not_met", _evidence(claim),
                               f"目标{ind.qualifier}，回顾报告{metric}{'下降' if fell and not claim.positive else ''}{claim.text}"
                               + ("，完成" if ok else "，未完成"), outcome="achieved" if ok else "not_met",
                               estimate=claim.estimate)
    if _SOFT_QUALIFIER.sub("", normalise(ind.qualifier or "")) in _STEADY and not _LOWER_BETTER.search(metric):
        # 保持稳定 answered by the metric's growth rate: a rise, or a fall within half a point, holds it steady.
        j = _growth(metric, claims)
        if j is not None and not claims[j].positive:
            claim = claims[j]
            value = claim.value if claim.kind == "growth_rate" else -claim.value
            ok = value >= -STEADY_BAND
            return Verdict(task.id, metric, target, _actual(claim), "met" if ok else "not_met", _evidence(claim),
                           f"目标{ind.qualifier}，回顾报告{metric}{'下降' if value < 0 else '增长'}{_fmt(abs(value))}%"
                           + ("，完成" if ok else "，未完成"), outcome="achieved" if ok else "not_met",
                           estimate=claim.estimate)
    key = normalise(metric)
    keys = [k for k in dict.fromkeys((key, _written_out(metric))) if len(k) >= 2]
    qual = normalise(ind.qualifier)
    # 基本同步 is met by a review saying 同步 (or 快于, for 同步), 保持稳定 by 稳定.
    quals = [q for q in dict.fromkeys((qual, _SOFT_QUALIFIER.sub("", qual))) if len(q) >= 2]
    # 保持稳定 is said 总体平稳, 进一步缩小 持续收窄 (verify.predicate_synonyms).
    quals += [q.replace(a, b) for q in list(quals) for a, b in _PREDICATE_SYNONYMS if a in q and len(q) - len(a) <= 2]
    in_step = bool(_IN_STEP.search(ind.qualifier or "")) and not _IN_STEP_WITH.search(ind.text or "")
    if in_step and "快于" not in qual:
        quals.append("快于")
    if ind.kind == "zero":
        broken = _zero_broken(metric, mentions)
        if broken is not None:
            return _quoting(task, metric, target, broken, "not_met", f"回顾称发生“{metric}”，未实现零发生")
    seen = None
    for sentence in mentions:
        body = next((b[b.find(k):] for b in (normalise(sentence.text), _written_out(sentence.text))
                     for k in keys if k in b), None)
        if body is not None and ind.kind == "zero":
            text = normalise(sentence.text)
            at = next((text.find(k) for k in keys if k in text), -1)
            lead = re.split(r"[,;:。]", text[:max(at, 0)])[-1]
            if at >= 0 and _ZERO_KEPT.search(lead[-12:]):
                # 全年未发生重特大生产安全事故 for 重特大生产安全事故零发生: the event did not happen.
                return _quoting(task, metric, target, sentence, "achieved", f"回顾称未发生“{metric}”，完成")
        if body is not None:
            if in_step and _STEP_BEHIND.search(body[:40]):
                # 居民收入增速低于经济增速: said behind the economy, no figures needed.
                return _quoting(task, metric, target, sentence, "not_met", f"回顾称“{metric}”增长慢于经济增长，未完成")
            if in_step and _STEP_AHEAD.search(body[:40]):
                return _quoting(task, metric, target, sentence, "achieved", f"回顾称“{metric}”增长不慢于经济增长，完成")
            if quals and (any(q in body for q in quals) or _said_done(qual, body)):
                q = next((q for q in quals if q in body), None)
                raw = for_parsing(sentence.text)      # (normalise drops the figure's point and %)
                share = _SHARE_DONE.match(raw, raw.find(q) + len(q)) if q and "完成" in q and q in raw else None
                if share is not None and float(share.group(1)) < 100:
                    # 完成年度预算的96.5%: the task done in part, short of it.
                    return _quoting(task, metric, target, sentence, "not_met",
                                    f"回顾称“{metric}”{q}的{share.group(1)}%，未完成")
                return _quoting(task, metric, target, sentence, "achieved", f"回顾称“{metric}{ind.qualifier}”，完成")
            near = body[:40]
            if "完成" in (ind.qualifier or "") and _NOT_DONE.search(near) \
                    and _TASK_NOUN.search(near):
                return _quoting(task, metric, target, sentence, "not_met", f"回顾称“{metric}”未完成")
            seen = seen or sentence
    if pending is not None:
        # 居民人均可支配收入增长6.1% and no growth of the economy, nor words saying in step: unclear, quoted.
        return _unclear(task, metric, target, pending, f"回顾报告{metric}{pending.text}，未报告可比的经济增速")
    loose = None if seen is not None else _said_loosely(metric, ind.qualifier or "", mentions)
    if loose is not None:
        return _quoting(task, metric, target, loose, "achieved", f"回顾以其他说法称“{metric}{ind.qualifier}”，完成")
    if seen is None and len(key) >= 4:
        # A bundle (防范化解重大风险、精准脱贫、污染防治等省定任务): the review naming one of its items.
        items = [normalise(i) for i in re.split(r"[、和及]", re.sub(r"等[^、]*$", "", metric))]
        items = [i for i in items if len(i) >= 4 and i != key]
        for sentence in mentions:
            body = normalise(sentence.text)
            if len(items) >= 2 and all(i in body for i in items) and _said_done(qual, body[body.find(items[0]):]):
                # 节能减排和环境保护约束性指标全面完成: every item of the bundle named, said done.
                return _quoting(task, metric, target, sentence, "achieved", f"回顾称“{metric}”{ind.qualifier}")
        seen = next((s for s in mentions if any(i in normalise(s.text) for i in items)), None)
    if ind.comparator == "<=" and _CAP_WORD.search(ind.qualifier or ""):
        # 居民消费价格涨幅控制在省定目标以内 answered by 居民消费价格上涨0.9%: the metric's own figure, but the
        # bound has no number here to set it against.
        for kind in ("ratio", "growth_rate"):
            j = _best_claim(Indicator(metric=metric, value=0.0, unit="%", kind=kind), [metric], claims)[0]
            if j is not None:
                return _unclear(task, metric, target, claims[j],
                                f"目标{ind.qualifier}，回顾报告{metric}{claims[j].text}，目标未给出数值，无法比较")
    if seen is not None:
        return _quoting(task, metric, target, seen, "unclear", f"回顾提及“{metric}”，但未说明是否{ind.qualifier or '完成'}")
    # 节能减排完成省下达任务 for a target on 能耗: a neighbouring metric's result, in words.
    near = _near(task, metric, target, claims, mentions,
                 lambda c: f"回顾仅报告相关指标“{c.text}”，未说明“{metric}”是否{ind.qualifier or '完成'}",
                 f"回顾仅提及相邻口径，未说明“{metric}”是否{ind.qualifier or '完成'}")
    if near is not None:
        return near
    state = _head_state(metric, mentions)
    if state is not None:
        # 个别领域风险点依然不少 for 重大风险有效防控: the subject's state, no verdict on the target.
        return _quoting(task, metric, target, state, "unclear", f"回顾提及“{metric}”的现状，但未说明是否{ind.qualifier or '完成'}")
    topic = _ABSTRACT_HEAD.search(normalise(metric))
    if topic is not None and len(topic.group(1)) >= 2:
        # 就业形势保持稳定 for 高校毕业生就业率95%: a figure of the topic, not of the target's state.
        j = next((k for k, c in enumerate(claims) if topic.group(1) in _written_out(c.context + c.metric)), None)
        if j is not None:
            return _unclear(task, metric, target, claims[j],
                            f"回顾仅报告相关指标“{claims[j].text}”，未说明“{metric}”是否{ind.qualifier or '完成'}")
    return Verdict(task.id, metric, target, None, "unclear", [],
                   f"回顾部分未报告“{metric}”", outcome="not_reported")


_INCOME_GAP = vocab.pattern("verify.income_gap")
_RURAL_INCOME = re.compile("农村居民人均可支配收入")
_GAP_FASTER = vocab.pattern("verify.gap_faster")
_GAP_SLOWER = vocab.pattern("verify.gap_slower")


_GRADE = re.compile(f"(?:{vocab.alternation('verify.incident_grade')})")
_INCIDENT_COUNT = re.compile(r"[^,;:。\d]{0,4}?(\d+)(?:起|次|例)")


def _zero_broken(metric: str, mentions: list):
    """A review sentence counting incidents of the grade a zero target names (发生较大生产安全事故2起 for
    较大及以上生产安全事故零发生), or None.  Incidents of no grade, or of one the target's name does not hold
    (一般事故 for 重特大…), do not break it."""
    grades = _GRADE.findall(normalise(metric))
    core = _GRADE.sub("", normalise(metric))
    if len(core) < 3 or not grades:
        return None
    for sentence in mentions:
        body = normalise(sentence.text)
        at = body.find(core)
        while at != -1:
            lead = re.split(r"(?:发生|出现)", re.split(r"[,;:。]", body[:at])[-1])
            count = _INCIDENT_COUNT.match(body, at + len(core))
            if len(lead) > 1 and not _NEGATION.search(lead[-2][-2:]) and lead[-1] \
                    and lead[-1] in normalise(metric) and count is not None and int(count.group(1)) > 0:
                return sentence
            at = body.find(core, at + len(core))
    return None


def _gap_narrowed(task: Task, metric: str, target: dict, claims: list[Claim], mentions: list) -> Verdict | None:
    """A target narrowing the urban–rural income gap (城乡居民收入差距缩小) settled by the review's rural income
    growth against the urban one: said in words (农村居民人均可支配收入增速快于城镇居民), or the two growth
    figures (城镇和农村居民人均可支配收入分别增长5.2%和7.3%).  None when the review gives neither."""
    for sentence in mentions:
        body = _written_out(sentence.text)
        at = body.find(_RURAL_INCOME.pattern)
        if at == -1:
            continue
        near = body[at:at + 24]
        faster, slower = _GAP_FASTER.search(near), _GAP_SLOWER.search(near)
        if faster or slower:
            ok = bool(faster) and not slower
            return _quoting(task, metric, target, sentence, "achieved" if ok else "not_met",
                            f"回顾称农村居民收入增速{'快于' if ok else '慢于'}城镇居民，城乡收入差距{'缩小' if ok else '未缩小'}")
    grows = [c for c in claims if c.kind == "growth_rate" and not c.positive and not c.part_year
             and "人均可支配收入" in _written_out(c.metric)]
    rural = next((c for c in grows if _population(c.metric) == "农村"), None)
    urban = next((c for c in grows if _population(c.metric) == "城镇"), None)
    if rural is None or urban is None or rural.value == urban.value:
        return None
    ok = rural.value > urban.value
    evidence = _evidence(rural) + ([] if urban.sentence_start == rural.sentence_start else _evidence(urban))
    return Verdict(task.id, metric, target, _actual(rural), "met" if ok else "not_met", evidence,
                   f"回顾报告农村居民收入增长{rural.text}、城镇居民{urban.text}，城乡收入差距{'缩小' if ok else '未缩小'}",
                   outcome="achieved" if ok else "not_met", estimate=rural.estimate or urban.estimate)


_ABSTRACT_HEAD = re.compile(f"([^的]{{2,6}})(?:{vocab.alternation('verify.abstract_head')})$")


STEADY_BAND = 0.5         # points a metric held steady (保持稳定) may fall by: the half point a 左右 target allows
LOOSE_SIMILARITY = 0.6    # a qualitative target's predicate said in other words (有效防控 / 得到有效防范)


def _said_loosely(metric: str, qualifier: str, mentions: list):
    """The first review sentence stating a qualitative target with the head noun of its metric and much
    the same predicate after it (金融风险有效防控: 重大风险得到有效防范和化解), or None.  The predicate
    must keep three characters once softening words are set aside: 改善 alone (营商环境持续改善 for
    生态环境进一步改善) says too little of which metric improved."""
    core = _HEAD_TRAIL.sub("", _written_out(metric))
    qual = _SOFT_QUALIFIER.sub("", normalise(qualifier))
    if len(core) < 4 or len(qual) < 3:
        return None
    head = core[-2:]
    for sentence in mentions:
        for clause in _CLAUSE_END.split(for_parsing(sentence.text)):
            body = _written_out(clause)
            at = body.find(head)
            if at == -1:
                continue
            if _held_bottom_line(body, at, head):
                return sentence     # 守住了不发生系统性风险的底线 for 重大风险有效防控
            after = body[at + 2:at + 2 + len(qual) + 8]
            if similarity(qual, after) >= LOOSE_SIMILARITY and not _NEGATION.search(after):
                return sentence
    return None


_HEAD_STATE = re.compile(r"(?:{})?(?:[^,;:。]{{0,8}}?(?:{}))?(?P<head>..)[^,;:。]{{0,4}}?(?:仍然|依然|仍|还)?(?:{})".format(
    vocab.alternation("verify.head_scope"), vocab.alternation("verify.head_kind"), vocab.alternation("verify.head_state")))


def _head_state(metric: str, mentions: list):
    """The first review sentence with a clause opening on the head noun of a qualitative target's metric (its last two
    characters, the metric four or more), after a scope of fields at most (部分领域), and saying how its subject stands
    with no verdict (风险隐患仍然较多), or None."""
    core = _HEAD_TRAIL.sub("", _written_out(metric))
    if len(core) < 4:
        return None
    head = core[-2:]
    for sentence in mentions:
        if head not in sentence.text:
            continue
        for clause in _CLAUSE_END.split(for_parsing(sentence.text)):
            m = _HEAD_STATE.match(_written_out(clause))
            if m is not None and m["head"] == head:
                return sentence
    return None


_BOTTOM_LINE = re.compile(f"(?:{vocab.alternation('verify.bottom_line_held')})了?[^不]{{0,8}}?不发生")


def _held_bottom_line(body: str, at: int, head: str) -> bool:
    """``body`` (a clause written out) says the bottom line of the head noun at ``at`` held: a word of
    verify.bottom_line_held, then 不发生 before the noun, then 底线 right after it (…风险的底线)."""
    held = _BOTTOM_LINE.search(body, 0, at)
    return held is not None and at - held.end() <= 8 and body.startswith(("底线", "的底线"), at + len(head))


def _in_words(task: Task, metric: str, target: dict, sentence, met: bool) -> Verdict:
    """The verdict on a target whose result the review states in words (``_said_in_words``)."""
    return _quoting(task, metric, target, sentence, "achieved" if met else "not_met",
                    f"回顾称“{metric}”{'完成' if met else '未完成'}目标（无数字）")


_VERDICT_OF = {"achieved": "met", "not_met": "not_met", "unclear": "unclear"}


def _quoting(task: Task, metric: str, target: dict, sentence, outcome: str, reason: str) -> Verdict:
    """A verdict with no figure (``outcome`` achieved, not_met or unclear), quoting the review sentence
    that settles it or names the metric."""
    ev = [Evidence(text=sentence.text, start=sentence.start, end=sentence.end, source="report")]
    return Verdict(task.id, metric, target, None, _VERDICT_OF[outcome], ev, reason, outcome=outcome)


_GROWS = vocab.pattern("change.grows")
_ECONOMY_NAMES = tuple(normalise(w) for w in vocab.words("verify.economy_mention"))
VERSUS_REACH = 30     # characters from a metric's name to the average it is compared with
# A target against an average (不低于全省平均水平, 高于全国平均水平) and the review's answer to it.
_VERSUS_TARGET = re.compile(
    f"(?:{vocab.alternation('verify.versus_average')})(?P<whom>{vocab.alternation('verify.average_of')})"
    r"(?=平均|水平|增速|$|[,，。；;])")
_ABOVE = re.compile(f"(?:{vocab.alternation('comparator.above_other')})$")
_BELOW = re.compile(f"(?:{vocab.alternation('comparator.below_other')})$")


def _versus(metric: str, whom: str, mentions: list):
    """(sentence, above) for the first review sentence part naming ``metric`` and saying, within a few
    words after it, that it is above (快于, 高于…) or below ``whom``'s average (规上工业增加值增速高于全省
    平均水平; 社会消费品零售总额增长6.1%，增速高于全省), or None."""
    keys = _keys(metric)
    for sentence in mentions:
        for part in _PART_END.split(_review_names(for_parsing(sentence.text))):
            body = normalise(part)
            at = next((body.find(k) for k in keys if k in body), -1)
            place = body.find(whom, at + 1, at + VERSUS_REACH) if at != -1 else -1
            if place == -1:
                continue
            if _ABOVE.search(body[:place]):
                return sentence, True
            if _BELOW.search(body[:place]):
                return sentence, False
    return None


def _near(task: Task, metric: str, target: dict, claims: list[Claim], mentions: list,
          figure_reason, words_reason: str) -> Verdict | None:
    """Unclear on a neighbouring metric (verify.neighbours): its figure quoted (``figure_reason(claim)``),
    else the review sentence naming it in words (``words_reason``); None when the review has neither."""
    near = _neighbour(metric, claims, target.get("unit") or "")
    if near is not None:
        return _unclear(task, metric, target, claims[near], figure_reason(claims[near]))
    seen = _mention(metric, mentions, neighbours=True)
    return None if seen is None else _quoting(task, metric, target, seen, "unclear", words_reason)


def _said_done(qualifier: str, after: str) -> bool:
    """A completion target (完成省下达任务) the review says is done in its own words right after the metric
    (节能减排完成省下达的目标任务 / …目标任务全面完成), with no negation."""
    if "完成" not in qualifier:
        return False
    near = after[:40]
    done = _DONE_MANNER.search(near)
    return bool(done) and bool(_TASK_NOUN.search(near)) and not _DONE_DENIED.search(near[:done.end()])


@parses("verify.target")
def _judge(task: Task, k: int, ind: Indicator, claims: list[Claim], unsure: list[Claim], mentions: list,
           used: set[int]) -> Verdict | None:
    """The verdict on the k-th indicator of ``task`` (None for a stretch figure); the claim it uses is
    added to ``used``."""
    if ind.stretch:
        return None
    phrases = _target_phrases(task, k)
    metric = phrases[0] if phrases else ind.metric
    target = {"value": ind.value, "unit": ind.unit, "comparator": ind.comparator, "text": ind.text,
              "kind": ind.kind, "value_high": ind.value_high, "qualifier": ind.qualifier}
    if ind.kind in ("qualitative", "zero") or ind.value is None:
        return _qualitative(task, ind, metric, target, claims, mentions)
    best, best_sim = _best_claim(ind, phrases, claims)
    if best is None:
        # (a growth target's too: 固定资产投资完成年度目标的102%, the year's volume the rate was set for)
        share = None if vocab.is_rate(ind.unit) and (ind.kind != "growth_rate" or ind.comparator == "<=" or _LOWER_BETTER.search(
            ind.metric)) else _share_said(metric, mentions, plan=not vocab.is_rate(ind.unit))
        if share is not None and vocab.is_rate(ind.unit) and share[1] < 100 and ind.comparator != ">=":
            # 地区生产总值完成年度目标的95% against 增长6%左右: 95% of the rate may lie within the hedge's half point.
            share = None
        if share is not None:
            # 城镇新增就业完成年度目标的110%: the share of the year's target done.
            sentence, pct = share
            return _quoting(task, metric, target, sentence, "achieved" if pct >= 100 else "not_met",
                            f"回顾称“{metric}”完成年度目标的{_fmt(pct)}%")
        economy = _ECONOMY_NAMES if _is_economy(ind) else ()
        versus = None if ind.comparator == "<=" or _LOWER_BETTER.search(ind.metric) else \
            _versus_target(metric, mentions, economy)
        if versus is not None:
            # 规上工业增加值增速比年初目标低2个百分点: above or below the target, said against it.
            sentence, above = versus
            return _quoting(task, metric, target, sentence, "achieved" if above else "not_met",
                            f"回顾称“{metric}”{'高于' if above else '低于'}年度目标")
        said = _said_in_words(metric, mentions, economy)
        if said is not None:
            # 物价涨幅控制在目标以内, 城镇登记失业率实现预期目标: the result in words, no figure.
            return _in_words(task, metric, target, *said)
        other = _related_claim(phrases, claims, vocab.is_rate(ind.unit))
        if other is not None:
            # A level where a growth rate was set (固定资产投资5700亿元 for 增长11%): quoted, unclear.
            claim = claims[other]
            return _unclear(task, metric, target, claim, f"回顾仅报告“{claim.text}”，与目标“{ind.text}”口径不同，无法核对")
        maybe, _ = _best_claim(ind, phrases, unsure)
        if maybe is not None and not vocab.is_rate(ind.unit) and ind.value:
            # 新增城镇就业721万人 in a five-year review against 110万人 a year: the five years' total.
            t_unit, t_mult = _base(ind.unit, ind.scale)
            ratio = unsure[maybe].value * _base(unsure[maybe].unit, "")[1] / (ind.value * t_mult)
            maybe = maybe if 1 / FIVE_YEAR_RATIO <= ratio <= FIVE_YEAR_RATIO else None
        if maybe is not None:
            claim = unsure[maybe]
            return _unclear(task, metric, target, claim, f"回顾在五年回顾中报告“{claim.text}”，未说明是否为当年数字，无法核对")
        other = _related_claim(phrases, unsure) if ind.kind == "growth_rate" else None
        if other is not None and not vocab.is_rate(unsure[other].unit):
            # 地区生产总值年均增长6.1%，达到3287亿元 for a growth target: a level at the five years' end, quoted.
            claim = unsure[other]
            return _unclear(task, metric, target, claim, f"回顾在五年回顾中仅报告“{claim.text}”，与目标“{ind.text}”口径不同，"
                            "无法核对")
        seen = _mention(metric, mentions, also=_ECONOMY_NAMES if _is_economy(ind) else ())
        if seen is not None:
            # 粮食产量稳定增收: the metric reported in words, no figure to check.
            return _quoting(task, metric, target, seen, "unclear", f"回顾提及“{metric}”，但未报告可比数字")
        # 财政收入保持稳定增长 for 一般公共预算收入: a neighbouring metric in words.
        near = _near(task, metric, target, claims, mentions,
                     lambda c: f"回顾仅报告相邻口径“{c.text}”，与目标“{ind.text}”口径不同，无法核对",
                     f"回顾仅以文字提及相邻口径，未报告“{metric}”的可比数字")
        if near is not None:
            return near
        topic = _topic_claim(ind, phrases, claims)
        if topic is not None:
            # 有效投资持续扩大，全年增长11.2%: a figure of the metric's topic that names no metric.
            claim = claims[topic]
            return _unclear(task, metric, target, claim, f"回顾报告“{claim.context}…{claim.text}”，未写明是否为“{metric}”，无法核对")
        return Verdict(task.id, metric, target, None, "unclear", [],
                       f"回顾部分未报告“{metric}”的可比数字", outcome="not_reported")
    claim = claims[best]
    used.add(best)
    evidence = _evidence(claim)
    actual = _actual(claim)
    t_unit, t_mult = _base(ind.unit, ind.scale)
    _, c_mult = _base(claim.unit, "")
    clause = _clause(claim)
    target_text = task.text
    if _DONE.search(target_text) and _START.search(clause) and not _DONE.search(clause):
        return Verdict(task.id, metric, target, actual, "unclear", evidence,
                       f"回顾所报“{claim.text}”为开工数，目标为建成/交付，口径不同",
                       outcome="unclear", estimate=claim.estimate)
    # a range is held to one end: at most the high end of a ceiling range, at least the low end otherwise
    tv, av = ind.bound() * t_mult, _signed(ind, claim) * c_mult
    if claim.positive and _claim_kind(ind, claim) == "decline_rate" and ind.kind != "decline_rate":
        # 出现负增长: a fall of no stated size, below any growth target of zero or more.
        missed = tv >= 0 and ind.comparator in (">=", "=")
        return Verdict(task.id, metric, target, actual, "not_met" if missed else "unclear", evidence,
                       f"回顾称“{claim.metric}{claim.text}”" + ("，未完成" if missed else "，未给出具体降幅，无法核对"),
                       outcome="not_met" if missed else "unclear", estimate=claim.estimate)
    if claim.positive:
        # 正增长 is above zero, 两位数增长 at least 10%: settled when that is at least the target
        settled = tv <= av and ind.comparator in (">=", "=")
        return Verdict(task.id, metric, target, actual, "met" if settled else "unclear", evidence,
                       f"回顾称“{claim.metric}{claim.text}”" + ("，完成" if settled else "，未给出具体增速，无法核对"),
                       outcome="achieved" if settled else "unclear", estimate=claim.estimate)
    verdict, why = _verdict(ind, av, tv)
    if verdict == "not_met" and not claim.estimate and _LAGGING.search(_written_out(ind.metric)):
        # 研发投入强度2.8% in a January review against 3%: the statistic of the year before (published about ten
        # months after its year), which the year's may exceed; only the year's estimate (预计…) settles a shortfall.
        # (At or above the target it stands: the ratio seldom falls from one year to the next.)
        return _unclear(task, metric, target, claim, f"“{metric}”的统计数据滞后约一年发布，回顾所报“{claim.text}”"
                        "未标明为当年预计数，可能为上一年数字，无法核对")
    if verdict == "not_met" and _RESULT_FLOOR.match(claim.sentence, claim.end - claim.sentence_start) and (
            ind.kind == "decline_rate" or (ind.comparator in (">=", "=") and not _lower_better(ind.metric))) \
            and vocab.is_rate(claim.unit) and abs(tv - av) <= FLOOR_REACH:
        # 预计增长7%以上 against 7.5%: a floor of the result just under the target settles nothing (增长4%以上
        # against 7%, further under, does).
        return _unclear(task, metric, target, claim, f"回顾报告“{claim.text}”以上，仅为下限，低于目标“{ind.text}”，无法核对")
    if claim.short_part:
        # 一季度增长6.8% against 6% for the year: a quarter (a half, a month) settles nothing either way.
        return _unclear(task, metric, target, claim, f"回顾仅报告部分时段的“{claim.text}”，时段过短，全年结果无法核对")
    if claim.part_year and verdict == "not_met" and not (
            ind.kind == "growth_rate" and ind.comparator in (">=", "=") and tv > 0 and av < tv * PART_YEAR_SETTLED):
        # 上半年增长6.2% against 7.5% for the year: part of the year falling short does not settle it (前三季度
        # 增长2.7% against 7%, under half the target, does: the rest of the year could not make it up).
        return _unclear(task, metric, target, claim, f"回顾仅报告部分时段的“{claim.text}”，低于全年目标“{ind.text}”，"
                        "全年结果无法核对")
    other = _other_basis(ind, claim, claims)
    if other is not None and _outcome(_verdict(ind, _signed(ind, other) * c_mult, tv)[0], actual) != \
            _outcome(verdict, actual):
        return Verdict(task.id, metric, target, actual, "unclear", evidence,
                       f"回顾报告{claim.text}，{'同口径' if other.same_basis else '总量'}{other.text}，"
                       "两种口径结论不同，无法核对", outcome="unclear", estimate=claim.estimate)
    # 城乡居民 (or 居民, no group named) answered by a group's figure: the other group's counts too.
    split = _split_groups(claim, claims) if not _population(ind.metric) and (
        "城乡" in ind.metric or _population(claim.metric) in ("城镇", "农村")) else []
    if len({_outcome(_verdict(ind, x * c_mult, tv)[0], actual) for x in split}) > 1:
        # 城乡居民…增长7% answered only by 城镇 7.5% and 农村 6.1%: one group met it, one did not.
        return _unclear(task, metric, target, claim, f"回顾仅分别报告城镇、农村{'、'.join(_fmt(x) + '%' for x in split)}，"
                        f"一项达到目标“{ind.text}”、一项未达到，无总体数字，无法核对")
    sign = ("下降" if av < 0 and claim.kind == "decline_rate" else
            "上升" if ind.kind == "decline_rate" and claim.kind == "growth_rate" else "")
    shown = _fmt(ind.value) + ("" if ind.value_high is None else f"–{_fmt(ind.value_high)}")
    reason = (f"目标{ind.comparator}{shown}{ind.unit}，回顾报告{sign}{claim.text}"
              f"{'（预计）' if claim.estimate else ''}，{why}（相似度{best_sim:.2f}）")
    return Verdict(task.id, metric, target, actual, verdict, evidence, reason,
                   outcome=_outcome(verdict, actual), estimate=claim.estimate)


def verify_tasks(targets: list[Task], claims: list[Claim], mentions: list | None = None) -> tuple[
        list[Verdict], list[Claim]]:
    """Verdicts on every target of ``targets``; claims no verdict used.  ``mentions``: the review's
    sentences of the year, where a target with no figure is looked for."""
    # A figure of a five-year review that nothing dates answers no target; it is quoted (unclear) where
    # no dated figure does.
    unsure = [c for c in claims if c.year_uncertain]
    claims = [c for c in claims if not c.year_uncertain]
    mentions = mentions or []
    global _INDEXES
    _INDEXES = {}       # (what every target looks through, read once: see _indexed)
    try:
        used: set[int] = set()
        verdicts: list[Verdict] = []
        for task in targets:
            for k, ind in enumerate(task.indicators):
                try:
                    verdict = _judge(task, k, ind, claims, unsure, mentions, used)
                except ParseError as e:
                    # One target the rules fail on is reported as not checked, with the error; the others are checked.
                    verdict = Verdict(task.id, ind.metric, {"value": ind.value, "unit": ind.unit, "comparator": ind.comparator,
                                                            "text": ind.text, "kind": ind.kind, "value_high": ind.value_high,
                                                            "qualifier": ind.qualifier}, None, "unclear", [],
                                      f"无法核对：{e}", outcome="not_reported")
                if verdict is not None:
                    verdicts.append(verdict)
        _shortfalls(verdicts, mentions)
    finally:
        _INDEXES = None
    unanswered = [c for j, c in enumerate(claims) if j not in used] + unsure
    return verdicts, unanswered


_LISTED_AFTER = re.compile(f".{{0,4}}?(?:{vocab.alternation('verify.shortfall_list')})")


def _short_of(text: str, raw: str = "") -> str:
    """Where a sentence saying targets were missed (``text`` as ``_written_out`` gives it) names them:
    before each of its shortfall words, back to the one before (地区生产总值等指标没有达到预期目标; 社会消费品零售总额
    增速低于年初预期，实际使用外资与目标仍有差距), and after them when a list follows (有两项指标没有完成预期目标，
    分别是地区生产总值和固定资产投资; in ``raw``, the sentence as written, after a colon: 部分主要指标未能完成年度目标：
    固定资产投资增速放缓，…)."""
    names: list[str] = []
    prev = 0
    for m in _SHORTFALL.finditer(text):
        # 地区生产总值等主要指标完成年度目标，固定资产投资增速低于预期: the metrics said done before are not short.
        start = max((d.end() for d in _DONE_IN_WORDS.finditer(text, prev, m.start())), default=prev)
        names.append(text[start:m.start()])
        listed = _LISTED_AFTER.match(text, m.end())
        if listed:
            names.append(text[listed.end():listed.end() + 40])
        prev = m.end()
    colon = _SHORTFALL_COLON.search(for_parsing(raw)) if raw else None
    if colon is not None:
        names.append(_written_out(for_parsing(raw)[colon.end():]))
    return "|".join(names)


# A shortfall opening a list after a colon (部分主要指标未能完成年度目标：A…，B…): each listed metric is short.
_SHORTFALL_COLON = re.compile(f"(?:{vocab.alternation('verify.shortfall')})[^,;:。]{{0,4}}:")


_SIZE_END = re.compile(f"(?:{vocab.alternation('target.size_only')})$")


# (a name without its size word, 地区生产, may stop a character or two before: 地区生产|总值能耗)
_LOWER_BETTER_NEXT = re.compile(f"[^,;:。、\\s]{{0,2}}(?:{vocab.alternation('target.lower_is_better')})")


def _named_short(key: str, names: str, lower_better: bool) -> bool:
    """``key`` (a metric) is among the ``names`` a shortfall sentence gives, not only inside another metric's name: 地区
    生产总值 within 单位地区生产总值能耗 (能耗强度 written out) is the energy intensity's, unless the target's own metric is
    a lower-is-better one too."""
    at = names.find(key)
    while at >= 0:
        if lower_better or not _LOWER_BETTER_NEXT.match(names, at + len(key)):
            return True
        at = names.find(key, at + 1)
    return False


def _shortfalls(verdicts: list[Verdict], mentions: list) -> None:
    """The report's own words (its problems paragraph, or the review) saying a metric missed its target (“…地区生产总值、规模工业增加值
    等指标没有达到预期目标”) wins over a reading of its figure within a hedge (9% against 9.5%左右): not_met.
    A figure at or above the target is left as it is."""
    said = [(s, _written_out(s.text)) for s in mentions if _SHORTFALL.search(s.text)]
    if not said:
        return
    for v in verdicts:
        if v.outcome == "not_met" or v.target.get("value") is None:
            continue
        keys = [k for k in dict.fromkeys((normalise(v.metric), _PLACE_PREFIX.sub("", _written_out(v.metric))))
                if len(k) >= 2]      # 规上工业增加值增速低于预期 for 规模以上工业增加值
        # 外贸进出口承压 for 外贸进出口总额: the name without its size word (target.size_only), four characters or more
        keys += [short for k in keys if len(short := _SIZE_END.sub("", k)) >= 4 and short != k]
        lower_better = bool(_LOWER_BETTER.search(v.metric))
        hit = next((s for s, t in said if any(_named_short(k, _short_of(t, s.text), lower_better) for k in keys)), None)
        if hit is None:
            continue
        actual = (v.actual or {}).get("value")
        if actual is not None and v.outcome == "achieved" and actual >= v.target["value"]:
            continue
        v.verdict, v.outcome = "not_met", "not_met"
        v.evidence = v.evidence or [Evidence(text=hit.text, start=hit.start, end=hit.end, source="report")]
        v.reason = f"报告问题部分称{v.metric}等指标未达到预期目标" + (f"（回顾报告{v.actual['text']}）" if v.actual else "")


def _before_years(sentence) -> list:
    """The sentence, or its clauses before the first one on several years (城镇新增就业完成年度目标，过去五年
    累计新增28万人 → 城镇新增就业完成年度目标，) and the sentence parts after that clause's (to ；) that name no
    several years (…，“十三五”以来累计达150万人；物价涨幅控制在目标以内 → also 物价涨幅…), or
    nothing when it opens on them: what may say the year's results in words."""
    m = _MULTI_YEAR.search(sentence.text)
    if m is None:
        return [sentence]
    cut = max((c.end() for c in _CLAUSE_END.finditer(sentence.text, 0, m.start())), default=0)
    if len(normalise(sentence.text[:cut])) < 4:
        return []
    out = [replace(sentence, text=sentence.text[:cut], end=sentence.start + cut)]
    ends = [e.end() for e in _PART_END.finditer(sentence.text, m.end())]
    for a, b in zip(ends, ends[1:] + [len(sentence.text)], strict=True):
        piece = sentence.text[a:b]
        if len(normalise(piece)) >= 4 and not _MULTI_YEAR.search(piece):
            out.append(replace(sentence, text=piece, start=sentence.start + a, end=sentence.start + b))
    return out


def verify_documents(targets_doc: Document, report_doc: Document, targets_name: str = "",
                     found: list[Task] | None = None) -> tuple[list[Verdict], list[Claim]]:
    """Verdicts from already-read documents.  ``found``: the targets document's tasks, when the
    caller has already extracted them (``tasks.tasks_from_document(targets_doc, targets_name)``):
    not extracted a second time."""
    if found is None:
        found = tasks.tasks_from_document(targets_doc, targets_name or targets_doc.name)
    if not found:
        raise UnreadableInput(f"目标文件中未找到任务 (no targets found): {targets_name or targets_doc.name}")
    review = _reviewing(report_doc)
    if not review and report_doc.kind != "work_report":
        raise UnreadableInput(f"报告中未找到工作回顾部分 (no review part): {report_doc.name}")
    if not review:
        # A work report whose review part was not found: every target is reported as not checked,
        # with the reason; the pair does not fail as a whole.
        verdicts, _ = verify_tasks(found, [], [])
        for v in verdicts:
            v.reason = f"报告中未找到工作回顾部分，无法核对 (no review part in {report_doc.name})"
            v.outcome = "not_reported"
        return verdicts, []
    # The year's sentences; in a paragraph of the year, a sentence's clauses before one on several years.
    reported = report_year(report_doc.text)     # (once, not for every sentence of the five years)
    year = [s for s in [piece for s in review for piece in (
                _before_years(s) if _five_years(report_doc, s) == YEAR else [] if _MULTI_YEAR.search(s.text) else [s])]
            if not (_five_years(report_doc, s) != YEAR and not _one_year(s.text, reported))]
    # 全面建成小康社会取得决定性成就 in a five-year paragraph: the clause naming a goal of several years is about it.
    kept = {id(s) for s in year}
    year += [replace(s, text=clause) for s in review if id(s) not in kept and _MULTI_YEAR_GOAL.search(s.text)
             for clause in _GOAL_CLAUSE.split(s.text) if _MULTI_YEAR_GOAL.search(clause)]
    failures: list = []
    claims = review_claims(report_doc, failures)
    verdicts, unanswered = verify_tasks(found, claims, year)
    if failures:
        # Sentences of the review the rules failed on: a target not found may be in one of them.
        for v in verdicts:
            if v.outcome == "not_reported":
                v.reason += f"（回顾中{len(failures)}句无法解析，未核对：{failures[0]}）"
    return verdicts, unanswered


def verify(targets_doc_path: str | Path, report_path: str | Path) -> tuple[list[Verdict], list[Claim]]:
    """Year N targets (decomposition table or work report) against the year N+1 report's review."""
    targets_doc = reader.read(targets_doc_path)
    report_doc = reader.read(report_path)
    return verify_documents(targets_doc, report_doc, Path(targets_doc_path).name)


# Patterns searched along a whole sentence or metric whose matches open with no fixed character (an optional
# group, a lookbehind, a run of trail words before $): re would try each in full at every character; with the
# characters a match can begin with checked first (vocab.quick) they find the same, several times faster.
QUICK = ("_TRAIL", "_CLAIM_TRAIL", "_TARGET_BEFORE", "_RESTATED_DONE", "_HEAD_TRAIL", "_POSITIVE", "_NEGATIVE",
         "_DONE_MANNER", "_ONE_YEAR", "_DOUBLE_DIGIT", "_RESPECTIVE_TRAIL")
for _name in QUICK:
    globals()[_name] = vocab.quick(globals()[_name])
del _name
