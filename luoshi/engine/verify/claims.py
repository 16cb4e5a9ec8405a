"""A review sentence's results (claims) (``_claims_of``, ``_sentence_claims``): each figure's metric, kind, year
and scope — a part of the year or five years, a base year or current prices, the place's own scope or another's,
an estimate, a target restated rather than a result, a figure per unit or a share of a whole.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .. import indicators, numbers, progress, vocab
from ..errors import parses
from ..judgement import Claim
from ..model import Document
from ..text import for_parsing, normalise
from .patterns import (
    _ACTUAL_ONLY,
    _BARE_NAMES,
    _BARE_RATE_NAME,
    _BASIS_REMOVED_END,
    _BASIS_TAIL,
    _BASIS_WORDS,
    _CLAUSE_END,
    _COMPARED_YEAR,
    _COMPARED_YEAR_LIST,
    _CONSTANT_PRICES,
    _COPULA_ONLY,
    _COUNTED,
    _CUMULATIVE,
    _DIFFERENCE_NAME,
    _DOUBLE_DIGIT,
    _DOUBLED,
    _FALL_AFTER,
    _FALL_SAID,
    _FORECAST,
    _FORECAST_AFTER,
    _GENERIC,
    _GROWTH,
    _GROWTH_AFTER,
    _GROWTH_MULTIPLE,
    _GROWTH_NAME_ONLY,
    _GROWTH_RATE_NAMES,
    _GROWTH_RATE_WORD,
    _HEADLINE_BASIS,
    _INCREMENT_ONLY,
    _LEVEL_IN_WORDS,
    _LEVEL_REACHED,
    _LEVEL_WITH,
    _MEASURE_ONLY,
    _MOVED_FROM_AFTER,
    _MOVED_FROM_BEFORE,
    _MULTI_YEAR,
    _NEGATIVE,
    _NO_METRIC_LEAD,
    _PART_END,
    _PART_OF_TRADE,
    _PLACE_PREFIX,
    _PLANNED,
    _POINTER_NAMES,
    _POSITIVE,
    _PRICE_BASIS_BRACKET,
    _PRICE_INDEX,
    _RATE_WORD_END,
    _RATE_WORDS,
    _SAME_BASIS,
    _SCALES,
    _TAIL_END,
    _YEAR_NAMED,
    _YEAR_ON_YEAR_LEAD,
    _YEAR_OPENING,
    DOUBLE_DIGITS,
    DOUBLED,
    _clean_metric,
    _kind,
)
from .respective import _respectively, _shared_names
from .years import FIVE, YEAR, _five_years, _names_year, _one_year, turned_to_years

_DIGIT = re.compile(r"\d")


_CLAIM_TRAIL = vocab.quick(re.compile(f"(?:{vocab.alternation('verify.claim_trail')})+$"))


# Part of the year before a figure in its own list item (上半年增长5.9%, 1-11月增长8.4%), and current prices (现价增长6.9%).
_PART_YEAR = re.compile(rf"{vocab.alternation('verify.part_year')}|前(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})个?月"
                        r"|\d{1,2}[-—–~至]\d{1,2}月|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月"
                        r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份|" + vocab.alternation("verify.part_year_month")
                        # 截至11月底 (the months before December: 截至12月底 is the whole year)
                        + f"|(?:{vocab.alternation('verify.part_year_until')})(?:{vocab.alternation('verify.part_year_until_month')})月[底末]?")
# A part of the year long enough for its figure, far under a growth target, to settle the shortfall (three quarters or
# more: 前三季度, 1—11月, 前10个月); a shorter one (一季度, 上半年, 12月份) settles nothing, and no part of the year
# settles a target met (the year's target is judged on the year's result).
_MOST_OF_YEAR = re.compile(r"前三个?季度|前(?:9|10|11|九|十|十一)个?月|1[-—–~至](?:9|10|11)月|一至(?:九|十|十一)月"
                           f"|(?:{vocab.alternation('verify.part_year_until')})(?:{vocab.alternation('verify.most_of_year_until_month')})月")
# A sentence part opening on the part of the year alone (1—11月，规上工业增加值增长5.4%，固定资产投资增长8.1%): every
# figure of the part is of that part of the year.
_PART_YEAR_OPENING = re.compile(rf"(?:(?:19|20)\d\d年|{vocab.alternation('verify.part_year_year')})?(?:{_PART_YEAR.pattern})(?:份)?[,:]")
# …or a sentence opening on it right before its first metric, listing the indicators in ；-parts
# (1—10月规上工业增加值增长7.4%，…；社会消费品零售总额增长9.3%；…): its later ；-parts are of that part of the year too.
_PART_YEAR_HEAD = re.compile(rf"(?:(?:19|20)\d\d年|{vocab.alternation('verify.part_year_year')})?(?:{_PART_YEAR.pattern})"
                             r"(?:份)?(?=[\u4e00-\u9fff])")
_CURRENT_PRICES = vocab.pattern("verify.current_prices")
# A growth said in words (保持两位数增长, 实现正增长) right after a word of the future (要, 将, 力争: verify.work_future), or
# before a difficulty ahead (面临较大挑战: verify.difficulty), is an aim, not the year's result.
_AIM_BEFORE = re.compile(f"(?:{vocab.alternation('verify.work_future')})[^,;:。，；：]{{0,2}}$")
_DIFFICULTY = vocab.pattern("verify.difficulty")


def _whole_year_since(norm: str, opening_end: int, part: int, end: int) -> bool:
    """After a sentence's opening part of the year, the whole year is named for the figure ending at ``end`` of the
    ；-part starting at ``part``: in that part before it (…，预计全年增长5.5%左右), or opening a ；-part between
    (…；全年，…) — not in an aside after an earlier part's own figures (…增长21%，预计全年突破900亿元；B增长17%: B's
    figure is still the opening's months')."""
    if _WHOLE_YEAR.search(norm, max(part, opening_end), end):
        return True
    starts = [m.end() for m in _PART_END.finditer(norm, opening_end, part)]
    return any(_WHOLE_YEAR.search(norm, p, next((c.start() for c in _CLAUSE_END.finditer(norm, p)), len(norm)))
               for p in starts)


def _part_end(norm: str, at: int) -> int:
    """Where the sentence part holding ``at`` ends (its ； or the sentence's end)."""
    return next((m.start() for m in _PART_END.finditer(norm, at)), len(norm))
_WHOLE_YEAR = vocab.pattern("verify.whole_year")
# The year before's figure, set against the year's (由上年的下降2.1%转为增长8.1%): no result of the year.
# (在去年增长7.4%的高基数上继续增长: the year before's rate, the base the year grew on)
_BASE_YEAR = re.compile(rf"(?:(?:由|从)(?:{vocab.alternation('verify.year_before')}|(?:19|20)\d\d年)|在(?:{vocab.alternation('verify.year_before')}))"
                        rf"(?:同期)?的?[^,;:。\d]{{0,4}}$")
# A bracketed qualifier between a metric and its figure (固定资产投资（不含农户）增长9.6%).
_BRACKETED = re.compile(r"[(（][^()（）]{1,16}[)）]")
# A figure's own item opening a bracket right after a name (固定资产投资（增长 before 7.4%）): the name, then only a change word.
_OPENS_BRACKET = re.compile(rf"^([^()（）]*[\u4e00-\u9fff]{{2}})\s*[(（]\s*(?:{vocab.alternation('verify.year_on_year')})?(?:{vocab.alternation('change.growth', 'change.fall', 'verify.rise')})?\s*$")
_OWN_SCOPE = re.compile(f"^(?:{vocab.alternation('verify.own_scope')})")
_OTHER_SCOPE = re.compile(f"^(?:{vocab.alternation('verify.other_scope')})")
_OWN_SCOPE_ANY = re.compile(vocab.alternation("verify.own_scope"))
# A clause opening on a wider area's name (全区外贸进出口下降4.1%; 在全国外贸进出口仅增长0.2%的情况下): that area's figure.
_ACCOUNTED = vocab.pattern("verify.accounted")


# A clause giving only an increase (增产8.32亿斤, 比上年增收1350元): verify.increment_only before its one figure.
_INCREMENT_CLAUSE = re.compile(f"(?:{vocab.alternation('verify.year_on_year')})?(?:{vocab.alternation('verify.increment_only')})"
                               r"\d+(?:\.\d+)?[^\d,;:。]{0,4}")


def _estimated(raw: str, at: int) -> bool:
    """The figure at ``at`` of the sentence ``raw`` is an estimate: an estimate word (预计) before it with no word of
    the statistics' accounting between (曾预计…6%左右；据统计部门最终核算，…增长5.4%: the second figure is accounted)."""
    ends = [m.end() for m in _FORECAST.finditer(raw, 0, at)]
    return bool(ends) and not _ACCOUNTED.search(raw, ends[-1], at)


# After a rate: 的, a metric's name and its growth word (…6.2%的经济增长, …5.6%的地区生产总值增速).
_NAMED_AFTER = re.compile(f"的(?P<name>[^,;:。的\\d]{{2,12}}?)(?:{vocab.alternation('change.growth')})")
# A results box's line (【数说2025】 then 5.7%　地区生产总值增速): the rate opening the line, white space, then the metric's
# name and its growth word closing it — the growth of the metric named after the figure, none before it.
_BOX_NAMED_AFTER = re.compile(f"\\s+(?P<name>[^,;:。的\\d\\s]{{2,14}}?)(?:{vocab.alternation('change.growth')})\\s*$")
_BOX_LINE = re.compile(r"\d+(?:\.\d+)?%" + _BOX_NAMED_AFTER.pattern)
_LEAD_IN_MARKS = ("：", ":")      # a colon ending a lead-in (主要指标完成情况是：…) before the part's subject
_OTHER_SCOPE_LEAD = re.compile(f"(?:在)?({vocab.alternation('verify.other_scope')})")
# The nation (verify.nation_scope): never a local report's own area, whether or not the sentence names that area.
_NATION = frozenset(vocab.words("verify.nation_scope"))


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
# …several targets restated in one list (年初确定的地区生产总值增长7%、固定资产投资增长10%的目标任务): each figure but
# the last is followed by the rest of the list, then the target's noun.
_TARGET_LIST_AFTER = re.compile(r"^(?:{0})?(?:、[^,;:，；：。、\d]{{1,20}}?\d+(?:\.\d+)?\s*%?(?:{0})?)+的?(?:(?:{1})?(?:{2})?(?:{3}))".format(
    vocab.alternation("verify.target_hedge"),
    vocab.alternation("verify.target_period"), vocab.alternation("verify.target_kind"), vocab.alternation("verify.target_noun")))
_TARGET_BEFORE = vocab.quick(re.compile(r"(?:(?:{})?(?:{})?(?:{}))(?:为|是)?(?:{})?$".format(
    vocab.alternation("verify.target_period"), vocab.alternation("verify.target_kind"), vocab.alternation("verify.target_noun"),
    vocab.alternation("verify.target_change"))))


# A figure named only as a share of the year's budget or plan (为年度预算的103.2%): no metric of its own.
_PLAN_SHARE_NAME = re.compile(f"(?:{vocab.alternation('verify.plan_share_lead')})?(?:{vocab.alternation('verify.plan_share_whole')})的?")
_INNER_SPACE = re.compile(r"\s+")
_ITEM_MARK = re.compile("[,;:、]")      # where a list item may start (after it)
# A claim's name that is its change word alone (上涨 after 居民消费价格指数（CPI）): no metric of its own.
# A clause opening on a metric's name and its growth's word (社会消费品零售总额增幅由负转正、…): that name, four characters or
# more, the subject of a nameless figure in a later 、 item of the clause.
_OWN_GROWTH_SUBJECT = re.compile(f"(?P<name>[\u4e00-\u9fff]{{4,16}}?)(?:{vocab.alternation('change.growth_name')})")
_CHANGE_ONLY = re.compile(f"^(?:{vocab.alternation('change.growth', 'change.fall', 'verify.rise')})$")
# Only durations are taken from indicators.parse (the rest progress reads): a sentence with no duration
# unit in it is not parsed for them (most review sentences).
_DURATION_UNIT = re.compile(vocab.unit_alternation_of("duration"))


def _basis_end(norm: str, end: int, clause_end: int) -> int:
    """Where the words qualifying the basis of the figure ending at ``end`` stop: its clause's end, or a bracket
    after it holding a figure of its own (下降3.5%(剔除留抵退税因素,同口径增长6.4%): the basis in the brackets is
    the second figure's, the first is on the headline basis; 增长6.4%(同口径): the bracket qualifies the figure)."""
    b = norm.find("(", end, clause_end)
    if b < 0:
        return clause_end
    close = norm.find(")", b)
    inside = norm[b:close if close >= 0 else len(norm)]
    return b if any(ch.isdigit() for ch in inside) else clause_end


_BRACKET_SCOPE = re.compile(rf"\((({vocab.alternation('verify.bracket_scope')}))\)")
# A bracket opened right after a figure on what the figure holds (…264.6亿元（含留抵退税45.9亿元），同口径增长3%), up to a
# figure inside it: that figure is an aside of the one before (verify.bracket_holds).
_HOLDING_BRACKET = re.compile(rf"\d[^\d(),;:。]{{0,4}}\((?:{vocab.alternation('verify.bracket_holds')})[^()]*$")


def _bracket_cut(tail: str) -> str:
    """A claim's tail without a bracket opening a figure of its own (增长6.4%(自然口径下降3.5%): the tail stops
    at the bracket) or closing one the figure stood in (…下降3.5%))."""
    b = tail.find("(")
    if b >= 0 and ")" not in tail[b:]:
        return tail[:b]
    return tail.rstrip(")") if "(" not in tail else tail


@parses("verify.sentence_claims")
def _sentence_claims(doc: Document, sentence, year: int | None,
                     carry: tuple[str, str] | None = None) -> list[Claim]:
    """The figures of one review sentence (see ``review_claims``).  ``carry``: the metric (and its
    context) of the last figure of the sentence before in the paragraph, for a figure the sentence
    opens on with no metric of its own.  A sentence wrapped over lines or spaced (地区生产总值增长\n6.7%,
    增长 6.7 %) is read with its white space left out, each figure quoted from the sentence as written."""
    raw = sentence.text
    if not _INNER_SPACE.search(raw.strip()) or _BOX_LINE.fullmatch(for_parsing(raw).strip()):
        # (a results box's line, 5.7%　地区生产总值增速, keeps the space between its figure and its name: _BOX_NAMED_AFTER)
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


_STATE_LEAD = re.compile(rf"(?P<subject>[\u4e00-\u9fff]{{0,8}}?)(?:{vocab.alternation('verify.state_subject')})?"
                         rf"(?:{vocab.alternation('verify.state_lead')}),")
_STATE_SUBJECT_END = re.compile(f"(?:{vocab.alternation('verify.state_subject')})+$")
_ECONOMY_OUTPUT = re.compile(vocab.alternation("verify.economy_output"))
_MEASURE_OF_SUBJECT = re.compile(vocab.alternation("verify.growth_measure"))
_SHARED_LEAD = re.compile(f"(?:{vocab.alternation('verify.shared_rate')})(?:{vocab.alternation('verify.year_on_year')})?"
                          f"(?:{vocab.alternation('change.growth', 'change.fall')})")


def _opens_on(norm: str, clause_start: int, carry: tuple[str, str]) -> bool:
    """Whether a figure's clause, at ``clause_start`` of its sentence, has before it nothing that names
    another metric: it opens the sentence, or one clause on the state of the economy or of a sector goes
    before it (经济运行稳中向好，增长6.4%; 工业运行稳中向好，增速达9.5%) whose subject is the economy, where the
    last metric of the sentence before (``carry``) is its output, or a word of that metric's name."""
    if clause_start == 0:
        return True
    lead = _STATE_LEAD.fullmatch(norm[:clause_start])
    if lead is None:
        return False
    subject = _STATE_SUBJECT_END.sub("", _PLACE_PREFIX.sub("", lead.group("subject")))
    metric = normalise(carry[0])
    if not subject:
        return _ECONOMY_OUTPUT.search(metric) is not None
    return len(subject) >= 2 and subject in metric


_LIST_ONLY = re.compile(r"^、[^,;:。!?、\d]{1,12}$")


def _channel_listed(out: list[Claim]) -> None:
    """实现新通道进出口货物149.48万吨、进出口额65.8亿元: an item of a 、 list right after an item whose metric opens
    with a channel of trade (verify.part_of_trade) is that channel's too; its metric takes the channel's words."""
    for k in range(1, len(out)):
        prev, claim = out[k - 1], out[k]
        lead = _PART_OF_TRADE.match(normalise(prev.metric))
        if lead is None or claim.sentence_start != prev.sentence_start or _PART_OF_TRADE.match(normalise(claim.metric)):
            continue
        between = for_parsing(claim.sentence[prev.end - prev.sentence_start:claim.start - claim.sentence_start])
        if _LIST_ONLY.match(between):
            out[k] = replace(claim, metric=lead.group() + claim.metric)


# A clause placing a metric by rank and nothing else (经济总量位居全国城市前十, 地区生产总值稳居全省第二).
# (…增速连续3个季度保持全省前3位: a streak of quarters, months or years before the verb is no part of the name)
_RANK_CLAUSE = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,12}}?)(?:(?:{vocab.alternation('verify.streak_to_date')})"
                          rf"(?:\d{{1,2}}|[两二三四五六七八九十]{{1,3}})(?:{vocab.alternation('verify.rank_streak_period')}))?"
                          rf"(?:{vocab.alternation('verify.rank_clause_verb')})"
                          r"[\u4e00-\u9fff]{0,8}?(?:前|第)[一二三四五六七八九十0-9]{1,3}[名位强]?")
# Closing a rank clause's name, the measure placed (地区生产总值增速居全省第3位): the metric is the words before it.
_RANK_MEASURE_TAIL = re.compile(f"(?:{vocab.alternation('verify.rank_measure_tail')})$")


def _basis_named_before(norm: str, part: int, clause_start: int, found: list) -> str:
    """The metric a figure-less clause right before ``clause_start`` names with a factor taken out after it
    (…，地方财政收入剔除减税因素后，同口径增长8.1%: the revenue's same-basis rate, not the figure before's): "" when
    that clause is no such clause or holds a figure."""
    prev_start = max((m.end() for m in _CLAUSE_END.finditer(norm, part, clause_start - 1)), default=part)
    if any(prev_start <= a < clause_start for a, *_ in found):
        return ""
    clause = norm[prev_start:clause_start - 1].strip()
    m = _BASIS_REMOVED_END.search(clause)
    if m is None or m.start() == 0:
        return ""
    name = _clean_metric(clause[:m.start()])
    bare = normalise(_GENERIC.sub("", name))
    return name if len(bare) >= 2 and not _MEASURE_ONLY.match(bare) and not _RATE_WORDS.search(bare) else ""


def _placed_before(norm: str, part: int, clause_start: int, found: list) -> str:
    """The metric a figure-less clause right before ``clause_start`` (in the sentence part from ``part``) places by
    rank alone (…，经济总量位居全国城市前十，达到15616.1亿元): "" when that clause is no such clause or holds a figure."""
    prev_start = max((m.end() for m in _CLAUSE_END.finditer(norm, part, clause_start - 1)), default=part)
    if any(prev_start <= a < clause_start for a, *_ in found):
        return ""
    m = _RANK_CLAUSE.fullmatch(norm[prev_start:clause_start - 1].strip())
    if m is None:
        return ""
    # …地区生产总值2156.3亿元，总量居全省第4位，增长5.9%: a measure alone placed (总量, 增速) names no other metric; a
    # metric's growth placed (地区生产总值增速居全省第3位，预计全年完成…，增长7%) names the metric before the measure
    name = _RANK_MEASURE_TAIL.sub("", m.group("name"))
    # (全市增速居全省第5位: a place's growth placed names no metric)
    bare = normalise(_GENERIC.sub("", _PLACE_PREFIX.sub("", name) if name != m.group("name") else name))
    # (增速居全省第二: a rate placed, the metric before's, names nothing new either)
    return name if len(bare) >= 2 and not _MEASURE_ONLY.match(bare) and not _RATE_WORDS.search(bare) else ""


# A sentence opening on the end of a plan period (“十三五”末, 十四五期末): its levels are those at the five years' end.
# …61.5万吨，连续6年稳定在60万吨以上: a streak of years running to the reviewed year right after a level's clause.
_STREAK_AFTER = re.compile(rf"[，,]\s*(?:{vocab.alternation('verify.streak_to_date')})(?:\d{{1,2}}|[两二三四五六七八九十]{{1,3}})年")
_PERIOD_END = re.compile(r"[\"“]?十[一二三四五六七八九]五[\"”]?期?末[,:]?")
# A clause opening on the plan period's end (期末城镇登记失业率2.08%): its level is the one at the period's end.
_PERIOD_CLOSE = re.compile(f"(?:{vocab.alternation('verify.period_close')})(?![\u4e00-\u9fff]{{0,2}}目标)")


_LEVEL_REACHED_WORD = vocab.pattern("verify.level_reached")


def reached_end(unit: str, before: str) -> bool:
    """A level (not a rate) reached: the words before it in its clause end on verify.level_reached (达到57.3亿元), or it
    is a later figure of a 分别 list opened by one (分别突破4万元、2万元)."""
    if vocab.is_rate(unit):
        return False
    if _LEVEL_REACHED.search(before) is not None:
        return True
    k = before.rfind("分别")
    return k >= 0 and before.endswith(("、", "和")) and _LEVEL_REACHED_WORD.match(before, k + 2) is not None


# …一般公共预算收入75.4亿元、支出193.9亿元，分别是2017年的1.3倍、1.6倍: a level its sentence then sets as a multiple of the
# term's first year or of five years before (verify.term_start_base), in its own clause or the next one.
_MULTIPLE_OF_START_AFTER = re.compile(
    rf"(?:[^,;。]*,)?[^,;。]*?(?:{vocab.alternation('verify.multiple_copula')})"
    rf"(?:(?:19|20)\d\d年|{vocab.alternation('verify.term_start_base')})的\d+(?:\.\d+)?倍")


def multiple_of_start_after(unit: str, norm: str, end: int) -> bool:
    """A level (not a rate) its sentence sets as a multiple of an earlier year's right after it (75.4亿元，是2017年的1.3倍):
    the level at the term's end, as one a level-reached word opens is (the lead's D22)."""
    return not vocab.is_rate(unit) and _MULTIPLE_OF_START_AFTER.match(norm, end) is not None


def _at_period_end(claim: Claim) -> bool:
    """The claim stands in a sentence opening on the plan period's end (“十三五”末，…): a level at the five years' end."""
    return _PERIOD_END.match(for_parsing(claim.sentence).lstrip()) is not None


_BARE_MEASURES = sorted({normalise(w) for w in vocab.words("target.bare_measure")}, key=len, reverse=True)
_LIST_JOINERS = "、和及"


def _object_of(before: str, name: str) -> str:
    """The object the figure before measured (棉花 of 棉花种植面积), when ``name`` is a bare measure of
    target.bare_measure (总产量) and the name before ends on another (种植面积 or 面积); else ""."""
    bare, prior = normalise(name), normalise(before)
    if bare not in _BARE_MEASURES:
        return ""
    for word in _BARE_MEASURES:
        if word != bare and prior.endswith(word) and len(prior) - len(word) >= 2 and not prior.endswith(bare):
            return before[:len(before) - len(word)] if normalise(before[len(before) - len(word):]) == word else ""
    return ""


# The kinds of figure a paragraph opening on the five years gives for the years as a whole (changes and counts).
_YEARS_KINDS = frozenset({"growth_rate", "decline_rate", "count"})
_CEILING_AFTER = re.compile(vocab.alternation("comparator.ceiling_after"))


def _claims_of(doc: Document, sentence, year: int | None, carry: tuple[str, str] | None) -> list[Claim]:
    """``_sentence_claims`` on a sentence with no white space inside it."""
    out: list[Claim] = []
    span = _five_years(doc, sentence)
    turned = span == YEAR and turned_to_years(doc, sentence)
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
    highs: dict[int, float] = {}     # a rate range's upper end by its start (增长4.8%-5.2%)
    for fact in progress.row_facts(text):
        found.append((fact.span[0], fact.span[1], fact.metric, fact.value, fact.unit, fact.scale))
        if fact.value_high is not None:
            highs[fact.span[0]] = fact.value_high
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
    held: dict[int, tuple[str, str]] = {}     # sentence part → the metric before an open aside bracket (bracket_holds)
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
    # A sentence opening on a part of the year (1—11月份，A增长…；B增长…；C增长…。): its later ；-parts are of that
    # part too, until one names the whole year or another period.
    opening = _PART_YEAR_OPENING.match(norm) or _PART_YEAR_HEAD.match(norm)
    for start, end, metric, value, unit, _scale in found:
        k = bisect.bisect_right(part_ends, start)
        part = part_ends[k - 1] if k else 0
        # the figure's own list item: from the clause start, the last 、 or the figure before
        k = bisect.bisect_right(item_ends, start)
        item = norm[max(last_end, part, item_ends[k - 1] if k else 0):start]
        last_end = end
        if part in held and not _HOLDING_BRACKET.search(norm, part, start):
            # …264.6亿元（含留抵退税45.9亿元），同口径增长3%: past the aside bracket, a bare figure is the metric's before
            # it again, not the aside's (a figure inside the bracket, …（其中增值税12亿元，增长8%）, is the aside's)
            previous[part] = held.pop(part)
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
        named_after = _NAMED_AFTER.match(after) if kind == "ratio" and vocab.is_rate(unit) else None
        boxed = _BOX_NAMED_AFTER.match(after) if kind == "ratio" and vocab.is_rate(unit) and not norm[:start].strip() \
            else None
        if boxed is not None:
            # 5.7%　地区生产总值增速: a results box's line, the name after the figure the metric's whole name
            kind, metric = "growth_rate", boxed.group("name")
        elif named_after is not None:
            # 全年实现6.2%的经济增长, 实现5.6%的地区生产总值增速: the metric named after the figure, none before it.
            # (the figure's reading takes the name after it already; its tail is no more of the name)
            kind = "growth_rate"
            if len(normalise(_GENERIC.sub("", _clean_metric(metric)))) < 2:
                metric = named_after.group("name")
        if (start in groups or start in headless) and kind == "ratio" and part in kinds:
            kind = kinds[part]      # …分别增长5.5%、7.4%: the second rate is a growth too
        kinds[part] = kind
        name = groups.get(start) or _clean_metric(metric)
        if (tail := _BASIS_TAIL.search(name)) is not None and len(normalise(name[:tail.start()])) >= 2:
            name = name[:tail.start()]      # …312.3亿元，按可比口径增长6.1%: the amount's metric, on its basis
        if start in headless:
            # …接待游客5600万人次，实现旅游总收入620亿元，分别增长12%和15%: the metrics of the figures before, in order.
            i, n = headless[start]
            prior = named.get(part, [])
            if len(prior) >= n:
                name = prior[len(prior) - n + i] if i < n else name
        # (a clause of the part naming the whole year is not of the part: 前三季度，…增长4.6%，预计全年增长5.5%左右)
        # (…营业收入1—11月完成41.3亿元，增长9.1%: the growth after a part-year amount takes its name with the period in it,
        # the same months')
        named_period = _PART_YEAR.search(name)
        # (…，预计全年完成560亿元，增长7%: a clause naming the whole year after the part's opening period holds for the
        # bare figures after it too)
        part_opening = _PART_YEAR_OPENING.match(norm, part)
        part_year = bool(_PART_YEAR.search(item)) or bool(named_period) or (
            part_opening is not None and not _WHOLE_YEAR.search(norm, part_opening.end(), start)) or (
            opening is not None and part >= opening.end() and not _whole_year_since(norm, opening.end(), part, end)
            and not _PART_YEAR.search(norm, opening.end(), start))
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
        lead = subject = ""
        if len(normalise(_GENERIC.sub("", name))) <= 4 and clause_start > part:
            # A terse metric (土地面积) is named by the clause before it (…地块完成收储,土地面积393.54亩).
            prev_start = max((m.end() for m in _CLAUSE_END.finditer(norm, part, clause_start - 1)), default=part)
            if prev_start > part and _INCREMENT_CLAUSE.fullmatch(norm[prev_start:clause_start - 1]):
                # …再获丰收，增产8.3亿斤，总产量达到816亿斤: a clause of the increase alone names nothing; the one before does
                prev_start = max((m.end() for m in _CLAUSE_END.finditer(norm, part, prev_start - 1)), default=part)
            lead = norm[prev_start:clause_start - 1]
            first = next((m.end() for m in _CLAUSE_END.finditer(norm, part)), clause_start)
            if prev_start > part and _MEASURE_OF_SUBJECT.fullmatch(normalise(_GENERIC.sub("", name))) \
                    and any(prev_start <= a < clause_start for a, *_ in found) and not any(part <= a < first for a, *_ in found):
                # 规模以上工业经受住了…考验，新能源汽车…产量分别增长32%…，全年增加值增长6.8%: what is measured alone
                # after a clause of other things' figures is the subject's, the part's opening clause (with no figure)
                lead = norm[part:first - 1]
        opened = _OPENS_BRACKET.match(item)
        if opened is not None and len(normalise(_GENERIC.sub("", _CHANGE_ONLY.sub("", name)))) < 2:
            # 固定资产投资（增长7.4%）保持较快增长: the rate in brackets right after the metric's name, no level between, is
            # that metric's (a level before the bracket, …78.6亿元（增长5.2%）, names it as the figure before).
            name = _clean_metric(opened.group(1).strip())
        if len(normalise(_GENERIC.sub("", _CHANGE_ONLY.sub("", name)))) < 2 and _BRACKETED.search(item):
            # 固定资产投资（不含农户）增长9.6%, 居民消费价格指数（CPI）上涨1.2%: what the brackets qualify is the metric.
            name = _clean_metric(_CLAIM_TRAIL.sub("", _BRACKETED.sub("", item).strip())) or name
        scope = _BRACKET_SCOPE.search(item)
        if scope is not None and scope.group(1) not in name:
            # 一般公共预算收入（全口径）增长7.2%: a basis in brackets naming a wider metric is kept (verify.bracket_scope).
            name = scope.group(1) + name
        bare_name = normalise(_GENERIC.sub("", _BASIS_WORDS.sub("", name)))
        # 增收132亿元, 比上年增收132亿元: an increase, whatever it is compared with (增加6.2%: the growth of the
        # metric before, read as a bare rate)
        increment_name = _YEAR_ON_YEAR_LEAD.sub("", bare_name) in _INCREMENT_ONLY \
            or _DIFFERENCE_NAME.fullmatch(bare_name) is not None
        increment_word = increment_name and part in previous
        # (粮食生产再获丰收，增产8.32亿斤: an increase with no figure before it in its part is an increase still, no level)
        increment = increment_name and not vocab.is_rate(unit)
        # …完成96.3亿元，同比增长率8.3%: a growth rate named by its change word alone, the metric before's growth
        # (or opening its sentence, the last metric of the sentence before's: …总量突破600亿元。增速达7.5%)
        rate_named = _BARE_RATE_NAME.fullmatch(_YEAR_ON_YEAR_LEAD.sub("", bare_name)) \
            if vocab.is_rate(unit) and (part in previous or (carry is not None and _opens_on(norm, clause_start, carry))) else None
        if rate_named is not None:
            kind = "growth_rate" if rate_named.group("word") in _GROWTH_RATE_NAMES else "decline_rate"
        # …总量突破600亿元，增速达7.5% (or 。增速达7.5% opening the next sentence): the growth named by its word alone
        # (…达到512亿元。该项指标增长6.5%: a name pointing back, verify.pointer_name, the same)
        growth_named = (bare_name in _POINTER_NAMES or vocab.is_rate(unit) and bare_name in _GROWTH_NAME_ONLY) and (
            part in previous or (carry is not None and _opens_on(norm, clause_start, carry)))
        if len(bare_name) < 2 or bare_name in _ACTUAL_ONLY or increment_word or rate_named is not None or growth_named or (part in previous and _MEASURE_ONLY.match(bare_name)) or (
                _MULTI_YEAR.search(norm[part:clause_start]) and _LEVEL_REACHED.fullmatch(normalise(name))):
            # A bare figure (…达到4015亿元，增长5.8%; …完成328亿元，扣除留抵退税因素后增长6.3%: its basis alone names
            # no metric; …按可比口径增长6.2%，总量增长5.1%: what is measured alone, after a figure; a level reached after a clause on several years: …年均增长6.1%，
            # 2024年突破3000亿元) takes the metric of the figure before it, or with no figure before, the subject
            # of its sentence part (固定资产投资再破千亿大关，…，增长27.6%).
            if len(bare_name) < 2 and (based := _basis_named_before(norm, part, clause_start, found)):
                name, lead = based, based   # …，财政收入扣除留抵退税因素后，同口径增长11.3%: the clause before names it
            elif part in previous and (placed := _placed_before(norm, part, clause_start, found)):
                name, lead = "", placed     # …下跌40.5%…，经济总量位居全国前十，达到…: the metric placed by rank names them
            elif part in previous:
                name, lead = previous[part]
                if kind == "ratio" and vocab.is_rate(unit) and _GROWTH_RATE_WORD.search(name) \
                        and _COPULA_ONLY.fullmatch(item):
                    kind = "growth_rate"    # …增速较上年回落2.1个百分点，为4.6%: the growth named before
            elif carry is not None and (clause_start == 0 or _NO_METRIC_LEAD.fullmatch(norm[:clause_start])
                                        or _opens_on(norm, clause_start, carry)):
                # the sentence opens on the figure, on its basis alone (按可比价计算，比上年增长7.2%) or on the
                # state of what that metric measures (工业运行稳中向好，增速达9.5%): the last metric of the sentence before
                name, lead = carry
            elif clause_start > part and (own := _OWN_GROWTH_SUBJECT.match(norm, clause_start, start - len(item))) \
                    and start - len(item) > clause_start and not _DIGIT.search(norm, clause_start, start):
                # …，社会消费品零售总额增幅由负转正、实现1.2%的增长: the item's own clause names whose growth it is, before
                # the item, with no figure of its own; not the part's opening clause (服务业浴火重生)
                lead = subject = own.group("name")
            elif clause_start > part:
                first = next((m.start() for m in _CLAUSE_END.finditer(norm, part)), clause_start)
                lead = subject = norm[part:first]
                placed = _placed_before(norm, part, clause_start, found)
                if placed:
                    # …，经济总量位居全国城市前十，达到15616.1亿元，同比下降4.7%: the metric placed by rank in the
                    # figure-less clause right before names the bare figures (not the part's opening clause)
                    lead = subject = placed
                colon = max(norm.rfind(mark, part, clause_start) for mark in _LEAD_IN_MARKS)
                if colon != -1 and colon + 1 < clause_start:
                    # 主要指标完成情况是：地区生产总值年度目标增长6%左右，实际增长6.2%: the subject may be after the colon
                    # (or before it: 固定资产投资：年度目标增长10%，实际增长11.2%): the clause after it is the lead too
                    lead = norm[part:next((m.start() for m in _CLAUSE_END.finditer(norm, colon + 1)), clause_start)]
                elif bare_name in _ACTUAL_ONLY and (prior := norm.rfind(",", part, clause_start - 1)) != -1 \
                        and _DIGIT.search(norm, prior, clause_start):
                    # 对照年初确定的目标，地区生产总值目标增长6.5%左右，实际增长5.8%: the clause right before, the target
                    # restated, names what the actual figure is of (not the part's opening clause)
                    lead = norm[prior + 1:clause_start - 1]
            elif start - len(item) > clause_start:
                # 全年地区生产总值将达到3287亿元、增长6.7%左右: the list's subject, before the item
                lead = norm[clause_start:start - len(item)]
        if kind == "ratio" and vocab.is_rate(unit) and lead and len(normalise(_GENERIC.sub("", name))) < 2 \
                and _GROWTH.search(normalise(subject or lead)):
            kind = "growth_rate"    # 地区生产总值增长：目标6.5%左右，完成6.7%: the growth its subject names
        if name.startswith("占") and part in previous and clause_start > part:
            # A share with no subject (…研发投入113.7亿元，占GDP比重提高到3.85%): the figure before's.
            name = previous[part][0] + name
        if part in previous and start - len(item) > 0 and norm[start - len(item) - 1] in _LIST_JOINERS \
                and (obj := _object_of(previous[part][0], name)):
            name = obj + name       # 棉花种植面积…万亩、总产量…万吨: the later item measures the first item's object
        if start not in headless:
            named.setdefault(part, []).append(name)
        if part in previous and part not in held and _HOLDING_BRACKET.search(norm, part, start):
            held[part] = previous[part]     # (the metric before an aside bracket, taken up again once it closes)
        if not _PLAN_SHARE_NAME.fullmatch(normalise(name)):
            previous[part] = (name, lead)   # (…为年度预算的103.2%，增长5.8%: the growth is the metric's before the share)
        figure_names.append((part, start, name))
        if increment:
            continue        # 增收1350元: the metric before's increase, no result of it
        if _BASE_YEAR.search(item):
            continue        # 由上年的下降2.1%转为增长8.1%: the year before's figure
        if vocab.is_rate(unit) and _MOVED_FROM_AFTER.match(after) and _MOVED_FROM_BEFORE.search(before):
            continue        # 降幅从一季度的7.9%收窄至…: the earlier reading the rate moved from
        compared = (_COMPARED_YEAR.search(item) or (_COMPARED_YEAR_LIST.search(before) if not normalise(item).strip("、和及与") else None)) \
            if year is not None and vocab.is_rate(unit) else None
        # 比2022年增长8.3% in the review of 2024: a change over two years or more, no rate of the year — dropped in a
        # review of the year; in a review of several years (较2016年下降36.8个百分点 in a plan-end review) kept as the
        # years' figure, quoted where nothing of the year answers (the lead's decision D15 of stop 56, as D3)
        over_years = compared is not None and int(compared.group("year")) < year - 2
        if over_years and span == YEAR:
            continue
        if _PLANNED.search(norm[clause_start:clause_end]):
            continue
        if _TARGET_AFTER.match(after) or _TARGET_LIST_AFTER.match(after) or _TARGET_BEFORE.search(item):
            continue        # 坚持年初确定的…增长6.5%左右的目标, （目标4.2%）: the target restated, no result
        # 五年来…累计, 年均增长: never the year's result.  A sentence part that opens on the year (2024年，
        # 是“十四五”承上启下的一年，…; 过去一年，是五年来…的一年，…) is about that year: only a word of several
        # years in the figure's own clause makes its figure several years'.
        earlier = _YEAR_OPENING.match(norm, part) if year is not None else None
        if earlier is not None and int(earlier.group(1)) < year - 1 \
                and not _one_year(norm[earlier.end():start], year):
            continue        # 2022年，全市…增长4.1% in the review of 2024: an earlier year's figure, no result of the year
        about_year = _names_year(norm[part:clause_start], year)
        # …累计实现城镇新增就业27.7万人，期末城镇登记失业率2.08%: a level its clause dates to the plan period's end
        # (verify.period_close), which is the reviewed year's end — the year's figure, though the five years' review
        # holds it (a rate of change never is: 期末 dates a level).
        if not vocab.is_rate(unit) or kind == "ratio":
            about_year = about_year or _PERIOD_CLOSE.match(norm, clause_start) is not None
            # 粮食总产量61.5万吨，连续6年稳定在60万吨以上: a level closing a streak of years to date is the last year's,
            # the reviewed year's, though the part is on the five years (verify.streak_to_date) — not a total summed
            # over the years nor one after a word of several years.
            about_year = about_year or (_STREAK_AFTER.match(norm, clause_end) is not None
                                        and not _CUMULATIVE.search(norm[part:clause_end])
                                        and not _MULTI_YEAR.search(norm[part:clause_end]))
        # A word of several years after the figure, past a 、, opens the next list item (增长8.6%、两年平均增长5.9%):
        # that item's; one before the figure in its clause (五年来累计…、…) covers the figure too.
        k = bisect.bisect_left(item_ends, end + 1)
        own_end = item_ends[k] - 1 if k < len(item_ends) and item_ends[k] - 1 < clause_end \
            and norm[item_ends[k] - 1] == "、" else clause_end
        # A five-year cumulative or average figure (累计下降21.9%, 五年来…年均增长…) in a plan-end review's part on the
        # five years is kept, marked, and quoted unclear where nothing of the year answers (the lead's convention D3,
        # stop 50); elsewhere (两年平均增长… in a year's review) it is no result of the year and dropped.
        several = over_years
        if _MULTI_YEAR.search(norm[clause_start:own_end]):
            if span == YEAR and not turned:
                continue
            several = True
        # …年均增长6.1%，达到3287亿元: a level reached after a clause on the years is the level at their end,
        # the reviewed year's, though no word dates it: kept, marked uncertain (quoted where nothing else answers).
        reached = not vocab.is_rate(unit) and _LEVEL_REACHED.match(before) is not None
        # “十三五”末，…人均可支配收入分别达到35000元、20000元: a level in a sentence opening on the plan period's end is
        # the level at the five years' end, the reviewed year's though no word dates it to the year: kept, marked
        # uncertain (quoted where nothing else answers), as a level reached after a clause on the years is.
        period_end = not vocab.is_rate(unit) and _PERIOD_END.match(norm) is not None \
            and not _CUMULATIVE.search(norm[part:clause_end])
        if not several and not about_year and _MULTI_YEAR.search(norm[part:clause_start]) and not reached \
                and not period_end and not _one_year(norm[clause_start:clause_end], year):
            if span == YEAR:
                continue    # (…两年平均增长6.2%，全年增长9.1%: a clause naming the year is the year's)
            several = True
        uncertain = reached and not about_year and _MULTI_YEAR.search(norm[part:clause_start]) is not None
        if period_end:
            uncertain = True
        if five and not several and not uncertain and not about_year \
                and not _one_year(norm[clause_start:clause_end], year):
            # A review of five years: a figure of one year only where it says so.  One in a part on five
            # years that no word dates (no 五年来, 累计, 年均 near it) may still be the year's: kept, marked.
            if _CUMULATIVE.search(norm[part:clause_end]):
                several = True
            elif span == FIVE and (kind in _YEARS_KINDS or _CEILING_AFTER.match(norm, end)):
                # (a paragraph opening on 五年来: its undated rates, counts and caps said kept are the years' — kept for
                # D3's quote where nothing of the year answers, never a verdict: 五年来…城镇登记失业率控制在3.54%以内,
                # 新增城镇就业52万人)
                several = True
            elif span == FIVE and (reached_end(unit, before) or multiple_of_start_after(unit, norm, end)):
                # (…a level it names reached with no period-end word (突破4万元, 达到57.3亿元, 分别达…) is the term end's,
                # the measure's own figure there: kept the same way, quoted unclear where nothing of the year answers,
                # never a verdict — the lead's D22 of stop 62 (D3); a rate it names (突破60%) stays dropped; a bare level
                # its sentence then sets as a multiple of the term's first year, 75.4亿元，是2017年的1.3倍, the same)
                several = True
            elif span == FIVE:
                continue
            else:
                uncertain = True
        if several:
            uncertain = False
        if kind in ("growth_rate", "decline_rate"):
            # 全年投资增长9.6%, 外贸增长7.4%: a growth named in its own item by a bare head word alone
            # (verify.bare_names); not one that takes it from the figure before (…完成投资1100亿元，增长12%).
            # (规上工业增速7.4%: a rate word the name keeps is no part of the bare word)
            bare = _RATE_WORD_END.sub("", _PLACE_PREFIX.sub("", normalise(_GENERIC.sub("", name))))
            if bare in _BARE_NAMES and bare in item:
                name = _BARE_NAMES[bare]
        tail = "" if start in groups or start in headless or named_after is not None or boxed is not None else _bracket_cut(_TAIL_END.split(after.strip())[0])[:16]
        # (全国经济增长5.0%，全县…: the nation's figure even where the sentence names no own area)
        if (scope := _OTHER_SCOPE_LEAD.match(norm, clause_start)) is not None \
                and (own_levels or scope.group(1) in _NATION) and _scope_level(scope.group(1)) not in own_levels:
            others.add(len(out))
        out.append(Claim(metric=name + tail, context=lead, value=float(value), unit=unit, value_high=highs.get(start),
                         text=raw[start:end], start=sentence.start + start, end=sentence.start + end,
                         kind=kind, sentence=raw, sentence_start=sentence.start,
                         sentence_end=sentence.end, estimate=_estimated(raw, start) or bool(_FORECAST_AFTER.match(for_parsing(raw[end:end + 8]))),
                         # (…同口径增长5.3%、自然口径增长2.1%: an item naming the headline basis is on it)
                         same_basis=not _HEADLINE_BASIS.search(item) and bool(
                             _SAME_BASIS.search(_CONSTANT_PRICES.sub("", norm[clause_start:_basis_end(norm, end, clause_end)]))),
                         year_uncertain=uncertain, several_years=several, part_year=part_year, current_prices=current,
                         short_part=part_year and not _MOST_OF_YEAR.search(
                             item if _PART_YEAR.search(item) else named_period.group() if named_period
                             else norm[part:clause_start]
                             if _PART_YEAR_OPENING.match(norm, part) else opening.group() if opening else "")))
        if kind in ("growth_rate", "decline_rate") and start not in groups and start not in headless:
            # 规模以上工业增加值、固定资产投资均增长6%以上: the figure is each listed metric's too.
            claim = out[-1]
            out += [replace(claim, metric=other + tail) for other in _shared_names(before, name)]
            if _SHARED_LEAD.match(before):
                # …分别达到58620元、31250元，均增长5%以上: a clause opened by a word sharing its figure, after a 分别
                # list of its part, gives that figure to each metric of the list
                listed = dict.fromkeys(groups[a] for a, *_ in found if a in groups and part <= a < clause_start)
                out += [replace(claim, metric=other + tail) for other in listed if normalise(other) != normalise(name)]
    _channel_listed(out)
    # 其中，某某经济开发区实现地区生产总值…, 某某高新区实际使用外资增长21%: a part of the area's figure, not the
    # area's (unless the report is that part's own): marked, it answers no target but is quoted where none does
    # (the lead's decision of stop 48: a part of the topic, unclear).
    zones = [(k, m.group("zone")) for k, c in enumerate(out) if (m := _PART_OF_AREA.match(normalise(c.metric))) is not None]
    if zones:
        title = "".join(doc.text.lstrip().split("\n", TITLE_LINES)[:TITLE_LINES])
        for k, zone in zones:
            if zone not in title:
                out[k] = replace(out[k], part_of_area=True)
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
        if _AIM_BEFORE.search(norm, clause_start, m.start()) or _DIFFICULTY.search(norm, m.end(), _part_end(norm, m.end())):
            # …要实现两位数增长，难度较大: an aim still to reach (a word of the future before it) or a difficulty ahead
            # after it in its sentence part (the lead's decision of stop 66 (continued), 2) — no result of the year
            continue
        if m.re is _FALL_SAID and (_RATE_WORDS.search(norm[clause_start:m.start()]) or _DIGIT.search(norm[clause_start:clause_end])):
            continue        # 增速下降: a slower growth; …下降2.3%: the figure's own claim
        if _MULTI_YEAR.search(norm[clause_start:clause_end]) or (
                five and not _one_year(norm[clause_start:clause_end], year) and not _names_year(norm, year)):
            continue
        # (…连续6个月实现单月正增长: a month's growth said in words, part of the year, as a month's figure is)
        out.append(Claim(metric=name, value=floor, unit="%", text=raw[m.start():m.end()],
                         start=sentence.start + m.start(), end=sentence.start + m.end(), kind=kind,
                         sentence=raw, sentence_start=sentence.start, sentence_end=sentence.end,
                         estimate=_estimated(raw, m.start()), positive=positive,
                         part_year=bool(_PART_YEAR.search(norm, clause_start, m.start()))))
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
                         estimate=_estimated(raw, a)))
    return out
