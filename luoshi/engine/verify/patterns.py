"""The words and patterns verification reads a review with, shared by its parts: a figure's change
(增长/下降), its basis (可比价), a metric's lead and trail words, the bounds the rules use; and the small
helpers over them (a figure's kind from its unit, a metric cleaned of its hedges, a unit's base).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from ..indicators import LOWER_IS_BETTER, fall_by
from ..text import normalise

MIN_SIMILARITY = 0.5
MIN_BIGRAM_SHARE = 0.34
CONTEXT_WEIGHT = 0.9      # a metric named only by the clause before counts a little less
EXCEED_MARGIN = 0.05
RELATED_SIMILARITY = 0.9  # a claim in another unit on the very metric: unclear, not silence
PART_YEAR_WEIGHT = 0.98   # a part-year or current-price figure yields to the year's real growth of the same metric
PART_YEAR_SETTLED = 0.5   # a part-year growth under this share of the year's growth target settles the shortfall
FLOOR_REACH = 1.0         # a result given as a floor (7%以上) less than this many points under its target: unclear (D18)
FIVE_YEAR_RATIO = 2.5     # an undated count of a five-year review this many times the year's target: five years'

_GROWTH = re.compile(rf"(?:{vocab.alternation('change.growth')})[^,;。增降]{{0,3}}$")
_DECLINE = re.compile(rf"(?:{vocab.alternation('change.fall')})[^,;。增降]{{0,3}}$")
_PART_END = re.compile(r"[;；。!！?？]")
# A rate set against a year by name (比2023年增长6.4%): the year before the reviewed one's is the year-on-year change.
_COMPARED_YEAR = re.compile(r"[比较](?P<year>(?:19|20)\d\d)年(?:同期)?[^,;:。\d]{0,4}$")
# …比2010年分别增长66.5%、78.6%: the later rates of a 分别 list are set against the year its first one is.
_COMPARED_YEAR_LIST = re.compile(r"[比较](?P<year>(?:19|20)\d\d)年(?:同期)?分别[^,;:。\d]{0,4}(?:\d+(?:\.\d+)?%[、和及与])+$")
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
_FORECAST_AFTER = re.compile(r"^(?:{})?[(（](?:{})".format(vocab.alternation("figure.count_trail"),
                                                            vocab.alternation("intention.forecast")))
_GENERIC = re.compile(f"^(?:{vocab.alternation('verify.metric_lead')})+")
_TRAIL = vocab.quick(re.compile(f"(?:{vocab.alternation('verify.year_on_year', 'verify.constant_prices')})*"
                    f"(?:{vocab.metric_trail_alternation('metric.trail_kept_review')})+$"))
# Constant prices (按可比价格计算增长6.1%) are the usual basis of a real growth, not a same-basis figure.
_CONSTANT_PRICES = vocab.pattern("verify.constant_prices")
# Where the words after a claim's unit stop: the next list item or the next figure.
_TAIL_END = re.compile(
    rf"、|(?<!\d)\d+(?:\.\d+)?(?:{vocab.scale_alternation()})?(?:{vocab.unit_alternation()})")
_DONE = vocab.pattern("milestone.finish")
# …增长12.8%，剔除结构性减税因素后增长14.1%: a figure with a factor taken out (verify.basis_removed … 因素) is on a
# comparable basis too, unless the factor is the prices (扣除价格因素后实际增长: a real growth, verify.price_factor).
_SAME_BASIS = re.compile(rf"{vocab.pattern('verify.same_basis').pattern}|(?:{vocab.alternation('verify.basis_removed')})"
                         rf"(?:(?!{vocab.alternation('verify.price_factor')})[^,;。]){{1,24}}?因素")
_HEADLINE_BASIS = vocab.pattern("verify.headline_basis")
_LOWER_BETTER = LOWER_IS_BETTER     # (one source with status: indicators.lower_is_better)
# A rate that is itself a rise (居民消费价格涨幅): the review may give it as a growth (指数增长1.8%).
_PRICE_RISE = re.compile(r"涨幅")
_IN_STEP = vocab.pattern("verify.in_step")
# 与经济增长基本同步 in a review: roughly in step, weaker than a target asking 同步 plainly.
_LOOSE_STEP = re.compile(f"(?:{vocab.alternation('verify.in_step_loose')})(?:{vocab.alternation('verify.in_step')})")
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
# A channel or kind of trade opening a figure's metric (新通道进出口额, 口岸进出口货值): part of the trade's.
_PART_OF_TRADE = re.compile(rf"^(?:其中)?[^,;:。、\d]{{0,8}}?(?:{vocab.alternation('verify.part_of_trade')})")
_PART_OF_TRADE_WORD = vocab.pattern("verify.part_of_trade")
_PART_TRADE_BEFORE = re.compile(f"(?:{vocab.alternation('verify.part_of_trade')})$")
# (经济开发区完成规上工业增加值增长12.3%: the part's name, then the verb of its result)
_PART_AREA_BEFORE = re.compile(f"(?:{vocab.alternation('verify.part_of_area')})(?:{vocab.alternation('verify.part_area_verb')})?$")
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
# 单位生产总值能耗下降、主要污染物减排指标完成: a clause closed by its indicators' being done (verify.done_closing),
# no word of how it went after it (…指标完成情况不够理想, 指标完成率98%: verify.done_closing_next; the text is
# compared normalised, its clause marks dropped).
_DONE_IN_WORDS = vocab.quick(re.compile(f"(?:{vocab.alternation('verify.done_in_words')}"
                                        f"|(?:{vocab.alternation('verify.done_closing')})"
                                        f"(?!{vocab.alternation('verify.done_closing_next')})"
                                        f"|(?:{vocab.alternation('verify.done_list_verb')})[^,;。]{{2,40}}?等"
                                        f"[^,;。等]{{0,10}}?(?:{vocab.alternation('verify.done_list_object')}))"))
_ZERO_KEPT = vocab.pattern("verify.zero_kept")
_MULTI_YEAR_GOAL = vocab.pattern("verify.multi_year_goal")
_RESULT_FLOOR = vocab.pattern("verify.result_floor")
_RESULT_CEILING = vocab.pattern("verify.result_ceiling")
# 农村居民收入增长快于城镇居民: a group's growth set against another group's, not the economy's.
_FASTER_THAN_GROUP = re.compile(f"快于(?P<whom>(?:{vocab.alternation('verify.population')})(?:居民)?)")
_GOAL_CLAUSE = re.compile(r"[,，;；。!！?？]")
_NEGATION = vocab.pattern("verify.negation")
# 除地区生产总值外，其他指标均完成年度目标: the metric is the exception, not the one said done.
_EXCEPT = re.compile(r"除[^,;。]{0,3}$")
# 除利用外资、外贸出口、税收收入外，其余指标均完成年度目标: the names excepted, up to the 外 closing them
# (the names may hold 外 themselves: 外资, 外贸).
_EXCEPTED = re.compile(r"除(?P<names>[^,;:。，；：]{2,80}?)外"
                       f"(?=[,;:，；：]|其[余他它]|[均都]|{vocab.alternation('verify.except_close')})")
_EXCEPT_ITEM = re.compile("[、和及与]")
_ABOVE_WORDS = vocab.words("verify.above_done")      # done words saying above the target: for a lower-is-better metric, above its cap
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
# 比近三年净增量之和多26.1亿元, 比上年多42亿元: an amount by which the figure before exceeds (or falls short of) another,
# named only by what it is compared with (verify.difference_end after 比…): an increase of the metric before, no level.
_DIFFERENCE_NAME = re.compile(f"比[^,;。]{{1,16}}(?:{vocab.alternation('verify.difference_end')})")
_GROWTH_NAME_ONLY = frozenset(vocab.words("change.growth_name"))
_POINTER_NAMES = frozenset(vocab.words("verify.pointer_name"))
# 突破千亿元, 迈上两千亿元台阶: a level reached (verify.level_reached) written in characters before 亿元 or 万元.
_LEVEL_IN_WORDS = vocab.quick(re.compile(rf"(?:{vocab.alternation('verify.level_reached')})"
                                         r"(?P<figure>(?P<number>[一二两三四五六七八九十百千万]{1,6})(?P<unit>[亿万]元))"))
# 增长1.2倍, 增长一倍: a growth in multiples (verify.growth_multiple), the figure with its 倍.
_GROWTH_MULTIPLE = vocab.quick(re.compile(
    rf"(?:{vocab.alternation('verify.growth_multiple')})(?:了)?(?P<figure>(?P<number>\d+(?:\.\d+)?|[一二两三四五六七八九十]{{1,3}})倍)"))
_BARE_RATE_NAME = re.compile(f"(?P<word>{vocab.alternation('change.rate_name')})率(?:{vocab.alternation('verify.copula')})?")
_GROWTH_RATE_NAMES = frozenset(vocab.words("change.growth")) | {vocab.words("verify.rate_of_increment")[0]}
_YEAR_ON_YEAR_LEAD = re.compile(f"^(?:{vocab.alternation('verify.year_on_year')})")
# 比上年增长（按可比价格计算）6.4%: a bracket holding only the price basis, blanked before the figures are read.
_PRICE_BASIS_BRACKET = re.compile(f"[(（](?:{vocab.alternation('verify.constant_prices')})[)）]")
_BASIS_WORDS = re.compile(rf"(?:{vocab.alternation('verify.basis_removed')})[^,;。]*?因素后?|{vocab.alternation('verify.same_basis')}"
                          rf"|{vocab.alternation('verify.headline_basis')}|{vocab.alternation('verify.counting_basis')}")
# Closing a figure-less clause, a factor taken out (财政收入扣除留抵退税因素后，同口径增长…): the clause names the metric.
_BASIS_REMOVED_END = re.compile(rf"(?:{vocab.alternation('verify.basis_removed')})(?:(?!{vocab.alternation('verify.price_factor')})"
                                rf"[^,;。]){{1,24}}?因素后?$")
# Closing a claim's name: its basis alone (财政总收入312.3亿元，按可比口径增长6.1%: progress gives the rate the amount's name
# with the basis before its change word, 财政总收入按可比口径), which names no more of the metric.
_BASIS_TAIL = re.compile(rf"按?(?:{vocab.alternation('verify.same_basis')}|{vocab.alternation('verify.headline_basis')})$")
# A rate raised to a level (占GDP比重提高到3.85%): a ratio, not a growth.
_TO_LEVEL = re.compile(f"(?:{vocab.alternation('change.to_level')})(?:到|至)[^,;。]{{0,3}}$")
# A rate named by its change word (人口自然增长率4.1‰): the rate's level, not a growth.
_RATE_NAME = re.compile(f"(?:{vocab.alternation('change.rate_name')})率(?:{vocab.alternation('verify.copula')})?$")
# Words of a review's figure that name no metric: the year and the statistics' stage.
_YEAR_WORDS = re.compile(rf"{vocab.alternation('verify.stats_stage')}|(?:19|20)\d\d年(?:全年)?")
# What may open a sentence before its figure and names no metric: the price basis, the year, the statistics' stage.
_NO_METRIC_LEAD = re.compile(r"(?:(?:{})|(?:{})|(?:{})|{}|(?:19|20)\d\d年|[,:;\s])+".format(
    vocab.alternation("verify.constant_prices"), vocab.alternation("verify.year_on_year"), vocab.alternation("verify.one_year"),
    vocab.alternation("verify.stats_stage_lead")))
# A clause of a five-year review that gives one year's figure: a year (2017年, not 2013年以来) or 全年.
# A year compared with (是2012年的1.6倍, 比2012年) is a base year, not the year reported.
_ONE_YEAR = vocab.quick(re.compile(rf"(?<![比是较与从])((?:19|20)\d\d)年(?!{vocab.alternation('verify.year_not_alone')}|[—–-])"
                                     f"|{vocab.alternation('verify.one_year')}"))
_NARROWER = [tuple(w.split(">", 1)) for w in vocab.words("verify.narrower")]
_OTHER_UNIT_NEIGHBOURS = [tuple(w.split(">", 1)) for w in vocab.words("verify.neighbours_other_unit")]
_NEIGHBOURS = [tuple(w.split(">", 1)) for w in vocab.words("verify.neighbours")] + _NARROWER + _OTHER_UNIT_NEIGHBOURS
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


# A joined word (存贷款) has each of its two words (存款, 贷款: target.joined_pair): 金融机构存贷款余额均增长10% names both.
_JOINED_WORDS = tuple((w.split(">", 1)[0], "".join(w.split(">", 1)[1].split("、"))) for w in vocab.words("target.joined_pair"))


@lru_cache(maxsize=8192)
def _defining(text: str) -> frozenset[str]:
    """The words of verify.distinct that ``text`` has (``_has``): cached, every target meets every claim."""
    text += "".join(parts for w, parts in _JOINED_WORDS if w in text)
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
# A bare word may also be one item of a list of bare words whose last item stands before a change or mention word
# (投资、消费增速分别为…; after a word sharing it, verify.shared_rate: 外贸、外资双双实现正增长), before a count of indicators (消费、外资两项指标均完成…) or before the 外 closing an
# exception (除投资、外贸外，其他…): each item is its metric; a list of them before anything else (投资、消费双轮驱动) is not.
_BARE_ALTERNATION = "|".join(map(re.escape, sorted(_BARE_NAMES, key=len, reverse=True)))
_BARE_NAME = re.compile("(?=[{}])(?:^|(?<=[,，;；:：、。和及与除])|(?<={}))({})(?=(?:[、和及与](?:{}))*(?:外(?=[,;:，；：])|(?:{})?(?:{})"
                        "|(?:{})[^,;。，；]{{0,8}}指标))".format(
    "".join(sorted({re.escape(name[0]) for name in _BARE_NAMES})), "|".join(map(re.escape, _OWN_SCOPE_WORDS)),
    _BARE_ALTERNATION, _BARE_ALTERNATION, vocab.alternation("verify.shared_rate"),
    vocab.alternation("change.growth", "change.fall", "verify.mention_predicate"), vocab.alternation("verify.bundle_count")))


def _review_names(text: str) -> str:
    """``text`` (as ``for_parsing`` gives it) with short names and bare names written out: as a review's words
    are compared with a metric."""
    return _full_names(_BARE_NAME.sub(lambda m: _BARE_NAMES[m.group(1)], text))
_full_names("")      # the alias pattern compiled at import, as every engine pattern is
# The economy named bare in a review (预计全年经济增长3.5%左右): the growth of the economy.
# 经济增速放缓至5.2%, 经济增速回落到…: the growth moved to its level (verify.rate_moved) is still the economy's.
_BARE_ECONOMY = re.compile(f"^(?:{vocab.alternation('verify.economy_scope')})?经济(?:{vocab.alternation('target.growth_noun')})?"
                           f"(?:{vocab.alternation('verify.rate_moved')})?(?:左右)?$")
# 实现正增长 in a review: a growth above zero, with no figure.
_POSITIVE = vocab.quick(re.compile(f"(?:{vocab.alternation('target.keep_verb')})?正增长"))
_NEGATIVE = vocab.quick(re.compile(f"(?:{vocab.alternation('verify.negative_lead')})?负增长"))
# 利用外资规模下降 (no figure in its clause): the quantity fell, by no stated size, as 负增长 (not after a rate's name).
# 外贸进出口总额有所下降: a total said to fall, the same (verify.fall_total; not 下滑, which may be a slower growth);
# 社会消费品零售总额下降明显, 进出口下降较多, 降幅较大: a fall with its degree after it, and 外贸进出口明显下降 with its degree
# before it, after any name (verify.fall_degree_after, verify.fall_size, verify.fall_degree); 外贸进出口下降 closing its clause:
# a bare 下降 or 减少 after any name but a rate's, the same (not 下滑).
_FALL_SAID = re.compile(f"(?:(?:{vocab.alternation('verify.fall_quantity')})(?:{vocab.alternation('verify.fall_degree')})?"
                        f"(?:{vocab.alternation('verify.fall_said')})"
                        f"|(?:{vocab.alternation('verify.fall_total')})(?:{vocab.alternation('verify.fall_degree')})?"
                        f"(?:{vocab.alternation('verify.fall_total_said')})"
                        f"|(?:{vocab.alternation('verify.fall_total_said')})(?:{vocab.alternation('verify.fall_degree_after')})?"
                        f"|(?:{vocab.alternation('verify.fall_size')})(?:{vocab.alternation('verify.fall_degree_after')})"
                        f"|(?:{vocab.alternation('verify.fall_degree')})(?:{vocab.alternation('verify.fall_total_said')}))"
                        r"(?=[,;。:]|$)")
_RATE_WORDS = vocab.pattern("verify.rate_words")
# 保持两位数增长 in a review: a growth of at least ten per cent, with no figure.
_DOUBLE_DIGIT = vocab.quick(re.compile(f"(?:{vocab.alternation('target.keep_verb')})?(?:{vocab.alternation('verify.double_digit')})"))
DOUBLE_DIGITS = 10.0
_DOUBLED = re.compile(f"(?:{vocab.alternation('verify.doubled')})")
DOUBLED = 100.0
# A sentence part opened by a year (2022年，全市… / 2022年全市…): not one opening a span (2022年以来, 2022年至2024年).
_YEAR_OPENING = re.compile(rf"((?:19|20)\d\d)年(?!{vocab.alternation('verify.span_after_year')})")
_YEAR_NAMED = re.compile(r"[比较与](?:19|20)\d\d年[^,;。]{0,20}$")
# A price index against the year before (居民消费价格总指数为101.8): the rise is the index less 100.
_PRICE_INDEX = re.compile(r"(?P<name>居民消费价格|CPI)(?:总)?指数(?:同比)?"
                          f"(?:{vocab.alternation('verify.copula')})?"
                          r"(?P<index>1\d\d(?:\.\d+)?)(?![\d.%])")
# 与上年持平 in a review: a growth of zero, a figure in words.
_LEVEL_WITH = re.compile(f"(?:{vocab.alternation('change.level_with_basis')})(?:基本)?持平"
                         f"|(?:基本)?(?:{vocab.alternation('change.back_to_last_year')})")
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
_SOFT_WORD = re.compile(f"^(?:{vocab.alternation('verify.soft_qualifier')})")


def _asks_steady(qualifier: str) -> bool:
    """A predicate asking its metric to hold steady, or its size while its quality improves (verify.steady),
    once its softening words are set aside one by one: 保持稳中提质 is 稳中提质, where 稳中 is itself a softening
    word (稳中向好) that would leave only 提质, the quality with no figure."""
    qual = normalise(qualifier or "")
    while qual not in _STEADY:
        soft = _SOFT_WORD.match(qual)
        if not soft or not soft.end():
            return False
        qual = qual[soft.end():]
    return True


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
# (降幅从一季度的7.9%收窄至前三季度的1.6%: the fall moved from an earlier reading to the latest, the period of each named)
_FALL_RATE_BEFORE = re.compile("(?:{})(?:(?:(?:从|由)[^,;。]{{0,16}}?)?(?:{})?(?:至|到)(?:{})?的?|为|是|达)?$".format(
    vocab.alternation("verify.fall_rate_word"), vocab.alternation("verify.fall_rate_moved"),
    vocab.alternation("verify.part_year")))


_FALL_RATE_TRAIL = re.compile("(?<=.{{2}})(?:{})(?:(?:从|由)[^,;。]{{0,16}}?)?(?:{})?(?:至|到)?(?:{})?的?$".format(
    vocab.alternation("verify.fall_rate_word"), vocab.alternation("verify.fall_rate_moved"),
    vocab.alternation("verify.part_year")))
# The earlier reading a rate moved from (降幅从一季度的7.9%收窄至…, 增速由上年的-5.2%回升至…): after its figure, the word
# of its moving and 至/到; before it, the rate's word and 从/由 in its clause.  No result of the year.
_MOVED_FROM_BEFORE = re.compile("(?:{})(?:从|由)[^,;。]{{0,10}}$".format(
    vocab.alternation("verify.fall_rate_word", "verify.growth_rate_word")))
_MOVED_FROM_AFTER = re.compile("(?:{})(?:至|到)".format(
    vocab.alternation("verify.fall_rate_moved", "verify.rate_moved")))


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
    kind = found.indicator_kind if found else "count"
    return "decline_rate" if fall_by(kind, before) else kind     # 下降2.3微克/立方米: a fall by it, no level


_COPULA_ONLY = re.compile(f"(?:{vocab.alternation('verify.copula')})?")
_HEDGE_END = re.compile(rf"(?<!\s)\s*(?:{vocab.alternation('verify.hedge_end')})+$")
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


# --- matching ------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _base(unit: str, scale: str) -> tuple[str, float]:
    """Cached: every target is tried against every claim of the review."""
    return vocab.measured_unit(unit, scale)
_PLACE_PREFIX = re.compile(f"^(?:{vocab.alternation('verify.place_prefix')})")


_SIZE_END = re.compile(f"(?:{vocab.alternation('target.size_only')})$")
_GOODS_START = re.compile(f"^(?:{vocab.alternation('verify.goods_word')})")
