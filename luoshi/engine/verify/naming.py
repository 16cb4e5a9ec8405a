"""Naming a result's metric and linking it to a target's: similarity, the target's phrases, head
nouns and populations, the best claim, a claim on another breadth, a topic or a related claim.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import targets, vocab
from ..judgement import Claim, Indicator, Task
from ..text import bigrams, for_parsing, normalise
from .claims import _PART_OF_AREA, _PER_UNIT, _PER_UNIT_BEFORE, _SHARE_OF
from .figures import _compatible, _lower_better, answering_units
from .index import _indexed
from .patterns import (
    _BARE_ECONOMY,
    _BARE_NAMES,
    _BASIS_TAIL,
    _BASIS_WORDS,
    _BUNDLE,
    _BUNDLE_COUNT,
    _ECONOMY,
    _GENERIC,
    _GOODS_START,
    _LOWER_BETTER,
    _MENTION_PREDICATE,
    _NARROWER,
    _PART_OF_CITY,
    _PART_OF_CITY_WORD,
    _PART_OF_TRADE,
    _PART_OF_TRADE_WORD,
    _PLACE_PREFIX,
    _SIZE_END,
    _SUBGROUP,
    _TRAIL,
    CONTEXT_WEIGHT,
    MIN_BIGRAM_SHARE,
    MIN_SIMILARITY,
    PART_YEAR_WEIGHT,
    RELATED_SIMILARITY,
    _base,
    _distinct,
    _full_names,
)
from .restated import _written_out

_DIGITS = re.compile(r"\d+")
# A level said only as a bound passed (集装箱吞吐量突破500万标箱): the year's level is at least that (verify.bound_passed).
_BOUND_PASSED = re.compile(f"(?:{vocab.alternation('verify.bound_passed')})$")


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


_HEAD_TRAIL = vocab.quick(re.compile(f"(?:{vocab.alternation('verify.head_trail')})+$"))


@lru_cache(maxsize=4096)
def _head(phrase: str) -> str:
    """The last two characters of what a target measures, change and size words set aside (规模以上工业
    增加值 → 加值, 居民消费价格涨幅 → 价格): a claim on another noun (…工业企业营业收入成本) does not answer it."""
    core = _HEAD_TRAIL.sub("", _phrase(_full_names(phrase)))
    return core[-2:] if len(core) >= 2 else ""


_POPULATION = vocab.pattern("verify.population")
_FARMERS = vocab.words("verify.farmer")
_CITY_DWELLERS = vocab.words("verify.city_dweller")
_URBAN_RURAL = vocab.words("verify.urban_rural")
_ECONOMY_GROWTH_NAMES = vocab.words("verify.economy_growth_name")


_WHOLE_AREA = re.compile(f"(?:{vocab.alternation('verify.whole_area')})(?=(?:常住)?居民)")


def _population(metric: str) -> str:
    """The population group a metric names: 城镇 (城市居民 too), 农村 (农民, 农牧民 too), 全体 (全省居民 … too: the area's
    whole population), or ""."""
    m = _POPULATION.search(metric)
    if m is None:
        return "全体" if _WHOLE_AREA.search(metric) else ""
    return "农村" if m.group() in _FARMERS else "城镇" if m.group() in _CITY_DWELLERS else m.group()


# The residents of the whole area, no group named (全体居民, 全省常住居民, 居民…; not 全国居民, 城乡居民, 城镇居民).
_WHOLE_RESIDENTS = re.compile(f"^(?:全体|{vocab.alternation('verify.whole_area')})?(?:常住)?居民")


def _whole_named(metric: str) -> str:
    """``metric`` normalised with the word naming the whole population (全体, 全省 … before 居民) left out."""
    return _WHOLE_AREA.sub("", normalise(metric).replace("全体", "", 1), count=1)


_LIST_JOIN_OR = re.compile(r"[、和及或]")


def _target_phrases(task: Task, k: int) -> list[str]:
    """What the k-th indicator measures: its metric, else the one before it, and a short task name."""
    phrases = []
    for ind in reversed(task.indicators[:k + 1]):
        if len(_phrase(ind.metric)) >= 2:
            phrases.append(ind.metric)
            # 一般公共预算收入按可比口径增长6%: the name without the basis closing it, as a claim's is read (claims)
            tail = _BASIS_TAIL.search(ind.metric)
            if tail is not None and len(normalise(ind.metric[:tail.start()])) >= 2:
                phrases.append(ind.metric[:tail.start()])
            # 孵化器、众创空间1家: a list of alternatives, any of which answers.
            parts = [p for p in _LIST_JOIN_OR.split(ind.metric) if len(_phrase(p)) >= 3]
            if len(parts) > 1:
                phrases += parts
            # 化学需氧量排放量 (a list's shared 排放量 given each pollutant): the review may name it bare, 化学需氧量削减2.6%
            bare = targets.bare_pollutant(ind.metric)
            if bare:
                phrases.append(bare)
            break
    name = normalise(task.name)
    if name and len(name) <= 14:
        phrases.append(task.name)
    if _is_economy(task.indicators[k]):
        phrases += _ECONOMY_GROWTH_NAMES     # 经济增长7%: the review states it as 地区生产总值增长
    return phrases


def _is_economy(ind: Indicator) -> bool:
    """The target is the economy's own growth (经济增长7.5%—8%, 地区生产总值增长6%), not a share of it
    (研发投入占GDP比重)."""
    head = _PLACE_PREFIX.sub("", normalise(ind.text or ind.metric))
    metric = normalise(ind.metric)
    # (经济增长8.5%左右 read as the growth of a metric named 经济 alone, its text the figure: the economy's growth)
    return (bool(_ECONOMY.match(head)) or bool(_ECONOMY.match(metric))
            or (ind.kind == "growth_rate" and bool(_BARE_ECONOMY.match(metric))))


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


_ADDED = vocab.pattern("verify.new_count")
_STOCK_TARGET = vocab.pattern("verify.stock_target")
_CLAUSE_MARK = re.compile(r"[,，;；。!！?？:：]")


def stock_target(ind: Indicator) -> bool:
    """A count target of the whole stock standing: verify.stock_target in its name (高新技术企业数量, 上市公司总数), no
    word of new ones (verify.new_count)."""
    if ind.kind != "count" or vocab.is_rate(ind.unit):
        return False
    name = for_parsing(ind.metric or "")
    return not _ADDED.search(name) and bool(_STOCK_TARGET.search(name))


def _additions_for_stock(ind: Indicator, claim: Claim) -> bool:
    """A count target of the whole stock standing (高新技术企业数量达到300家: verify.stock_target in its name, no word of
    new ones, verify.new_count) answered by a figure of the year's additions (新增高新技术企业65家: verify.new_count in
    the figure's clause before it): another measure, as the stock is for a target of additions (judge._stock_for_new)."""
    if not stock_target(ind):
        return False
    norm = for_parsing(claim.sentence)
    a = claim.start - claim.sentence_start
    return bool(_ADDED.search(norm[max((m.end() for m in _CLAUSE_MARK.finditer(norm, 0, a)), default=0):a]))


def _best_claim(ind: Indicator, phrases: list[str], claims: list[Claim]) -> tuple[int | None, float]:
    best, best_sim = None, 0.0
    lower_better = bool(_LOWER_BETTER.search(ind.metric))
    economy = _is_economy(ind)
    rate = vocab.is_rate(ind.unit)     # a statistical rate: the claim names the same thing (增加值, not 成本)
    wanted = _population(ind.metric)
    units = _indexed(claims, _ClaimIndex).units
    # (the unit first: most claims are in another, and _compatible would say so more slowly)
    for j in sorted(j for u in answering_units(ind) for j in units.get(u, ())):
        claim = claims[j]
        if not _compatible(ind, claim):
            continue
        if _additions_for_stock(ind, claim):
            continue        # 新增高新技术企业65家 does not answer 高新技术企业数量达到300家 (the stock standing)
        if not lower_better and _lower_better(claim.metric):
            continue        # 单位生产总值能耗下降25% does not answer 生产总值增长7.5%
        group = _SUBGROUP.search(claim.metric)
        if group and not any(group.group() in p for p in phrases):
            continue        # 低收入农户人均可支配收入 does not answer 居民人均可支配收入
        if rate and _PART_OF_CITY.match(normalise(claim.metric)) and not any(
                _PART_OF_CITY_WORD.search(p) for p in phrases):
            continue        # 中心城区…地区生产总值增长7.4% does not answer the city's 地区生产总值增长6%
        if _part_of_trade(phrases, claim):
            continue        # 新通道进出口额增长20% does not answer 外贸进出口总额增长16%
        # (城镇居民收入：68520元，增长5.6%: a figure whose clause names nothing is named by the clause before)
        if wanted and _population(claim.metric if len(claim.metric) >= 2 else claim.context) not in (
                (wanted,) if wanted in _URBAN_RURAL and "收入" in ind.metric else (wanted, "")):
            continue        # 全体居民 (or 城镇居民, or 居民 with no group named) …收入 does not answer a target on 农村居民 …收入
        if phrases and _distinct(phrases[0], claim.metric):
            continue        # 城镇调查失业率 does not answer 城镇登记失业率, nor 进出口总额 出口总额
        # (nor does a clause before it lend its name when that name is another metric's by verify.distinct:
        # 金融业增加值增长8.1%，税收增长22.5% gives the tax no name of services' value added)
        if phrases and _other_breadth(phrases[0], claim.context + claim.metric):
            continue        # 规模以上工业增加值 does not answer 工业增加值, nor 全部工业增加值 规模以上工业增加值
        if phrases and (_share_of_whole(phrases[0], claim.metric) or _per_unit(phrases[0], claim.metric)
                        or _per_amount(phrases[0], claim.metric)
                        or _part_by_kind(phrases[0], claim.metric) or _other_share(phrases[0], claim.metric)):
            continue        # 工业投资占固定资产投资比重, 人均地区生产总值, 亿元GDP死亡人数, 工业固定资产投资 do not answer
            # 固定资产投资, 地区生产总值
        if phrases and _part_before_end(phrases[0], claim.metric):
            continue        # 房地产投资下降5%, 工业投资增长12% answer no 固定资产投资: a part's figures (_part_claim quotes them)
        if phrases and _fall_in_words(claim) and not _named_outright(phrases[0], claim.metric):
            continue        # 房地产投资下降 (a fall said in words, no figure) names no 固定资产投资: only its own name does
        named = _claim_metric(claim.context + claim.metric)
        sim = max((max(similarity(p, claim.metric),
                       CONTEXT_WEIGHT * similarity(p, claim.context + claim.metric)
                       if claim.context and not _own_name(p, claim) and not _told_before(p, claim)
                       and not _distinct(p, claim.context + claim.metric) else 0.0)
                   for p in phrases if not rate or _head(p) in named), default=0.0)
        if economy and _BARE_ECONOMY.match(normalise(claim.metric)):
            sim = 1.0       # 预计全年经济增长3.5%左右 answers 生产总值增长7%
        if sim < MIN_SIMILARITY and phrases and (_without_size(phrases[0], claim.metric)
                                                 or _without_count_word(phrases[0], claim.metric) or (
                ind.kind == "growth_rate" and claim.kind == "growth_rate" and _without_measure(phrases[0], claim.metric))):
            sim = MIN_SIMILARITY    # 其中出口增长7.2% answers 出口总额增长5%, 其中高技术制造业增长12.3% 高技术制造业增加值增长10%
        if claim.part_year or claim.current_prices:
            sim *= PART_YEAR_WEIGHT     # the year's figure at constant prices, when given, before these
        # (曾预计增长6%左右…最终核算增长5.4%: the accounted figure before an estimate as alike)
        if sim > best_sim + 1e-9 or (best is not None and sim > best_sim - 1e-9 and (
                claims[best].estimate and not claim.estimate
                # (突破500万标箱 then 完成541万标箱: the level itself before the bound it passed)
                or _BOUND_PASSED.search(claims[best].metric) and not _BOUND_PASSED.search(claim.metric))):
            best, best_sim = j, sim
    return (best, best_sim) if best is not None and best_sim >= MIN_SIMILARITY else (None, best_sim)


def _without_size(target: str, claim_metric: str) -> bool:
    """The claim is named by the whole of the target's name without its size word (target.size_only): 出口 for 出口总额,
    a name too short for its bigrams to count as alike; the same metric, not a part or a neighbour of it."""
    name = _target_metric(target)
    core = _SIZE_END.sub("", name)
    said = _claim_metric(claim_metric)
    # (商品出口总值, 货物出口总额: the goods word before it dropped too, 出口 for goods exports)
    return core != name and any(len(c) >= 2 and said == c for c in (core, _GOODS_START.sub("", core)))


_NAMED_COUNT_WORD_END = re.compile(f"(?:{vocab.alternation('verify.count_word_in_name')})$")


def _without_count_word(target: str, claim_metric: str) -> bool:
    """The claim is named by the whole of the target's name without the count word closing it (verify.count_word_in_name):
    接待游客 for 接待游客人次, the count said by its verb and object, the word in its unit (接待游客1260万人次、增长10.8%)."""
    name = _target_metric(target)
    core = _NAMED_COUNT_WORD_END.sub("", name)
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
                and ((bare(other) == bare(claim)
                      # two nameless figures of a ；-list whose clauses each name their metric before the figures
                      # (…增速居全省第2位，预计…增长9%；…收入…，同口径增长4%): one basis only if one clause names them
                      and (bare(claim) or normalise(other.context) == normalise(claim.context)))
                     # a same-basis figure with no name of its own right after (or before) the headline one
                     or (at is not None and abs(k - at) == 1 and len(bare(other if other.same_basis else claim)) < 2))):
            return other
    return None


@lru_cache(maxsize=4096)
def _place_key(phrase: str) -> str:
    """A target's phrase without its place, normalised: what ``_per_unit`` and ``_share_of_whole`` look for in a
    claim's metric.  Cached: a target meets every claim."""
    return normalise(_PLACE_PREFIX.sub("", phrase))


_PER_AMOUNT = vocab.pattern("verify.per_amount")
_PER_AMOUNT_BEFORE = re.compile(f"(?:{vocab.alternation('verify.per_amount')})$")


def _per_amount(phrase: str, claim_metric: str) -> bool:
    """The claim measures something per amount of the target's total (亿元GDP死亡人数 for 地区生产总值: the total
    written out, a per-amount word right before it, more words after it): an intensity, not the total."""
    # (the claim's per-amount word first: most claims have none)
    if not _PER_AMOUNT.search(claim_metric):
        return False
    key = _place_key(phrase)
    if len(key) < 2:
        return False
    body = normalise(_written_out(claim_metric))
    at = body.find(key)
    return at > 0 and at + len(key) < len(body) and _PER_AMOUNT_BEFORE.search(body, max(0, at - 3), at) is not None


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


_KIND_BEFORE = re.compile(f"(?:{vocab.alternation('verify.part_by_kind')})$")
_KIND_WORD = vocab.pattern("verify.part_by_kind")


def _fall_in_words(claim: Claim) -> bool:
    """A fall said in words with no figure (外贸进出口下降, 利用外资规模下降, 进出口下降明显: patterns._FALL_SAID), not 负增长."""
    return claim.positive and claim.kind == "decline_rate" and "负增长" not in claim.text


def _named_outright(phrase: str, claim_metric: str) -> bool:
    """The claim's name is the target's or one of them holds the other, size words aside (外贸进出口 for 外贸进出口总额):
    a fall said in words answers only a target it names so, not one a loose likeness of names would give it."""
    key, body = _SIZE_END.sub("", _written_out(_place_key(phrase))), _written_out(_place_key(claim_metric))
    return bool(key and body) and (body in key or key in body or _without_size(phrase, claim_metric))


def _part_by_kind(phrase: str, claim_metric: str) -> bool:
    """The claim names the target's whole metric after a sector's, owner's or kind's word (verify.part_by_kind:
    工业固定资产投资, 民间固定资产投资 for 固定资产投资) the target does not name: that part's figure, not the whole's."""
    # (the claim's kind word first: most claims have none)
    if not _KIND_WORD.search(claim_metric):
        return False
    key = _place_key(phrase)
    if len(key) < 2:
        return False
    body = normalise(claim_metric)
    at = body.find(key)
    if at <= 0:
        return False
    m = _KIND_BEFORE.search(body[:at])
    return m is not None and m.group() not in key


def _share_of_whole(phrase: str, claim_metric: str) -> bool:
    """The claim is a part's share of the target's metric (工业投资占固定资产投资比重 for 固定资产投资), not the metric."""
    m = _SHARE_OF.search(normalise(claim_metric))
    if m is None:
        return False        # (most claims: the target's key is not looked for)
    key = _place_key(phrase)
    return len(key) >= 2 and key in m.group("whole") and key not in normalise(claim_metric)[:m.start()]


_SHARE_SPLIT = re.compile(f"^(?P<own>.{{2,}}?)(?:(?:{vocab.alternation('verify.share_lead')})(?P<whole>[^,;:。]{{2,20}}?)的?"
                          f"(?:{vocab.alternation('verify.share_word')})|占比)")
_SHARE_MEASURE = re.compile(vocab.alternation("verify.share_numerator_measure"))


def _share_numerator(metric: str) -> str | None:
    """What a share of a whole measures, its measure words set aside (环保投入相当于全市生产总值的比例 → 环保), or None
    where the metric is no share of a whole."""
    m = _SHARE_SPLIT.match(normalise(_full_names(metric)))
    return None if m is None else _SHARE_MEASURE.sub("", m.group("own"))


def _other_share(phrase: str, claim_metric: str) -> bool:
    """Both the target and the claim are shares of a whole (…占地区生产总值比重, …相当于全市生产总值的比例:
    verify.share_lead) and what they measure shares no word (环保投入 and 全社会研发经费支出, 文化产业增加值 and 数字经济核心
    产业增加值, measure words set aside): another metric's share, however alike the rest of the names."""
    own, other = _share_numerator(_target_metric(phrase)), _share_numerator(claim_metric)
    if not own or not other:
        return False
    return not (bigrams(own) & bigrams(other)) and own not in other and other not in own


def _part_of_trade(phrases: list[str], claim: Claim) -> bool:
    """The claim is a channel's or kind's part of the trade (新通道进出口额, 口岸进出口货值: verify.part_of_trade) and
    the target names no such channel."""
    return _PART_OF_TRADE.match(normalise(claim.metric)) is not None and not any(
        _PART_OF_TRADE_WORD.search(p) for p in phrases)


def _related_claim(phrases: list[str], claims: list[Claim], rate: bool = False) -> int | None:
    """A claim on the same metric in another unit or kind (a level for a rate), if any.  ``rate``: the target
    is a rate of the whole area, which no figure of its central district (verify.part_of_city) relates to."""
    best, best_sim = None, 0.0
    if not phrases or len(normalise(phrases[0])) < 4:
        return None         # 经济: too short a name to call any figure its level
    phrase = phrases[0]
    # 一般公共预算收入同口径增长5% answered by the revenue's level: the basis closing the name is no part of its metric.
    if (tail := _BASIS_TAIL.search(phrase)) is not None and len(normalise(phrase[:tail.start()])) >= 4:
        phrase = phrase[:tail.start()]
    lower_better = _lower_better(phrase)
    wanted = _target_metric(phrase)         # (once, not for every claim)
    for j in _indexed(claims, _ClaimIndex).sharing(wanted):     # (the others' similarity is 0)
        claim = claims[j]
        if not lower_better and _lower_better(claim.metric):
            continue        # 单位地区生产总值能耗下降3.2% is no level of 地区生产总值
        if _share_of_whole(phrase, claim.metric):
            continue        # 工业投资占固定资产投资比重达到45% is no level of 固定资产投资
        if _per_unit(phrase, claim.metric) or _part_by_kind(phrase, claim.metric):
            continue        # 人均地区生产总值突破10万元 is no level of 地区生产总值, 工业用电量 none of 全社会用电量
        if rate and _PART_OF_CITY.match(normalise(claim.metric)) and not _PART_OF_CITY_WORD.search(phrase):
            continue        # 中心城区实现地区生产总值1236亿元: the district's level, none of the city's
        if _part_of_trade([phrase], claim):
            continue        # 新通道进出口额65.8亿元 is no level of the whole trade's 外贸进出口总额
        sim = _similarity(wanted, _claim_metric(claim.metric))
        if sim > best_sim + 1e-9:
            best, best_sim = j, sim
            if sim >= 1.0:
                break       # no similarity is above 1: no later claim can take its place
    return best if best_sim >= RELATED_SIMILARITY else None


_SHARE_END = re.compile(f"(?:{vocab.alternation('verify.share_word')})$")
_PART_BEFORE = re.compile(f"(?:{vocab.alternation('verify.part_by_kind')}|{vocab.alternation('verify.part_of_whole')})"
                          f"(?:{vocab.alternation('verify.part_whole_verb')})?$")


def _target_key(phrase: str) -> str:
    """The target's name as a part is looked for in it: place and size words off, 额 off its end (固定资产投资额: 工业投资
    is its part too)."""
    key = _SIZE_END.sub("", _place_key(phrase))
    return key[:-1] if key.endswith("额") else key


def _name_ends(key: str) -> list[str]:
    """The ends of a target's name a part's figure may close on (投资 of 固定资产投资); a share's measure word is no topic
    (研发经费占地区生产总值比重: 第三产业比重 no part of it)."""
    return [key[i:] for i in range(len(key) - 1) if not _SHARE_END.search(key[i:])]


def _part_word_before(key: str, ends: list[str], body: str, before: re.Pattern = _PART_BEFORE) -> bool:
    """A kind's or a unit's word (verify.part_by_kind, verify.part_of_whole; ``before``) right before an end of the
    target's name in the claim's name ``body`` (工业投资, 房地产投资, 民间投资, 重点项目完成投资 for 固定资产投资), the target
    naming no such word."""
    return any((m := before.search(body[:at])) is not None and m.group() not in key
               for e in ends if (at := body.find(e)) > 0)


def _part_before_end(phrase: str, claim_metric: str) -> bool:
    """The claim is a kind's figure of the target's topic by its name (房地产投资下降5%, 工业投资增长12% for 固定资产投资增长
    8%: verify.part_by_kind right before 投资): it answers nothing of the whole, whatever the likeness of the names —
    ``_part_claim`` quotes it where nothing else answers.  A unit's word (verify.part_of_whole) is not enough here: 第一
    产业增加值 is agriculture's own figure, 实际利用省外项目资金 the funds' fuller name."""
    key = _target_key(phrase)
    return len(key) >= 2 and _part_word_before(key, _name_ends(key), _claim_metric(claim_metric), _KIND_BEFORE)


def _part_claim(ind: Indicator, phrases: list[str], claims: list[Claim]) -> int | None:
    """A figure of the target's topic on a part of the whole (工业投资增长19.1%, 高技术制造业投资增长23%, 重点项目完成投资
    738亿元 for 固定资产投资; 新通道进出口额65.8亿元 for 外贸进出口总额): the first one, or None.  It answers nothing of the
    whole (``_best_claim`` passes it over), but by the lead's decision of stop 47 a figure of the topic on a part or
    another measure, quoted, makes the target unclear; not reported is for a topic the review gives no figure of.
    A part is a kind's or a unit's word (verify.part_by_kind, verify.part_of_whole) right before an end of the target's
    name (投资 of 固定资产投资), or a channel of trade (verify.part_of_trade); a count is none for a rate."""
    if not phrases:
        return None
    phrase = phrases[0]
    key = _target_key(phrase)
    if len(key) < 2:
        return None
    ends = _name_ends(key)
    rate = vocab.is_rate(ind.unit)
    lower_better = _lower_better(phrase)
    found = []
    for j, claim in enumerate(claims):
        if rate and vocab.unit_kind(claim.unit) == "count":
            continue        # 新开工重点项目650个: work done, no figure of the investment
        if _fall_in_words(claim):
            continue        # 房地产投资下降 with no figure: a part named, no figure to quote (not reported)
        if lower_better != bool(_lower_better(claim.metric)):
            continue        # 单位工业增加值能耗下降8% is no part of 工业增加值
        if _distinct(phrase, claim.metric):
            continue        # 规模以上工业增加值 is no part of 服务业增加值 (verify.distinct)
        body = _claim_metric(claim.metric)
        if (_part_of_trade([phrase], claim) and any(e in body for e in ends)) or _part_by_kind(phrase, claim.metric) \
                or _part_word_before(key, ends, body):
            found.append(j)
    # (工业投资301亿元，同比增长34.3% for a growth target: the part's figure in the target's own unit first, then its
    # money: 新通道进出口货物149万吨、进出口额65.8亿元 quotes the value)
    own = _base(ind.unit, "")[0]
    return next((j for j in found if _base(claims[j].unit, "")[0] == own),
                next((j for j in found if vocab.unit_kind(claims[j].unit) == "money"), found[0])) if found else None


_AREA_VERB = re.compile(f"^(?:{vocab.alternation('verify.part_area_verb')})")


def _area_part_claim(ind: Indicator, phrases: list[str], zones: list[Claim]) -> int | None:
    """A part of the area's figure (verify.part_of_area: 经济开发区规上工业增加值增长15.2%, 某某高新区实现地区生产总值…) of
    the target's own metric: the one the target's whole would take were the part's name not there, or None.  It answers
    nothing of the whole, but by the lead's decision of stop 48 a part of the area's figure is a part of the topic as a
    kind's is: quoted, unclear, where nothing of the whole answers (``_part_claim``)."""
    if not zones:
        return None
    bare = []
    for claim in zones:
        name = normalise(claim.metric)
        m = _PART_OF_AREA.match(name)
        rest = name[m.end():] if m is not None else name
        bare.append(replace(claim, metric=_AREA_VERB.sub("", rest)))
    return _best_claim(ind, phrases, bare)[0]


_LIST_JOIN = re.compile(r"[、和及]")


@lru_cache(maxsize=4096)
def _bundles(text: str) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """The bundles of indicators a sentence names (规模工业、固定资产投资等主要经济指标): each one's
    names, normalised, and whether a change or a level follows it.  Cached: every target's metric
    is looked for in every review sentence."""
    parsed = for_parsing(text)
    if "指标" not in parsed or not _BUNDLE_COUNT.search(parsed):
        return ()       # (most sentences: _BUNDLE, tried at every character, cannot match)
    # (a bare head word written out too: 工业、投资、消费三大指标 names 规模以上工业增加值, 固定资产投资, 社会消费品零售总额)
    return tuple((tuple(x for n in _LIST_JOIN.split(m.group("names")) if (w := normalise(n))
                        for x in (w, _BARE_NAMES.get(w, w))),
                  _MENTION_PREDICATE.match(normalise(parsed[m.end():])) is not None)
                 for m in _BUNDLE.finditer(parsed))


def _other_breadth(target: str, claim: str) -> bool:
    """The claim's metric is the target's over other units (verify.narrower: 规模以上工业增加值 for 工业增加值,
    全部工业增加值 for 规模以上工业增加值; and ``_wider_scope``), short names written out."""
    wider = _narrower_of(target)
    c = _written_out(claim)
    return any(b in c for b in wider) or _wider_scope(target, claim)


_SIZE_SCOPE = vocab.words("verify.size_scope")
_SIZE_SCOPE_USUAL = vocab.words("verify.size_scope_usual")
_SIZE_SCOPE_BELOW = vocab.words("verify.size_scope_below")


def _wider_scope(target: str, claim: str) -> bool:
    """A target over the units above a size (verify.size_scope: 规模以上工业增加值, 限额以上消费品零售额) and a claim
    naming the rest of its name without that word (预计全年工业增加值增长7.6%): the claim is over all units, a wider
    metric's, short names written out (规上工业增加值 is 规模以上工业增加值's own)."""
    t = _written_out(target)
    scopes = [w for w in _SIZE_SCOPE if w in t]
    if not scopes:
        return False
    c = _written_out(claim)
    # (规模以上固定资产投资: the statistic's usual units, verify.size_scope_usual; its bare name is the same metric;
    # 限额以上消费品零售额 against 社会消费品零售总额: the rest's size word, 额 or 总额, set aside on both sides)
    # (规下工业增加值, 规模以下…: the units below the size, the rest of them, no wider metric: no neighbour)
    return not any(w in c for w in _SIZE_SCOPE + _SIZE_SCOPE_BELOW) and any(
        len(rest := t.split(w, 1)[1]) >= 3 and (rest in c or len(core := _HEAD_TRAIL.sub("", rest)) >= 3 and core in c)
        and not rest.startswith(tuple(_SIZE_SCOPE_USUAL)) for w in scopes)


@lru_cache(maxsize=8192)
def _narrower_of(target: str) -> tuple[str, ...]:
    """The words of verify.narrower that name ``target`` over other units: cached, as a target meets every claim."""
    t = _written_out(target)
    return tuple(b for a, b in _NARROWER if a in t and b not in t)
