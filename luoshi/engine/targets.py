"""The coming year's main expected targets (主要预期目标), clause by clause.

A work report states them in one paragraph after a lead-in (今年经济社会发展的主要预期目标是：),
or as a ——bulleted list after it.  Each clause (cut at ，；; outside quotes and brackets) states one
or more targets in one of a few shapes, whatever the government:

* a figure: 地区生产总值增长6%左右, 城镇登记失业率控制在4.2%以内, 城镇新增就业5万人以上,
  常住人口城镇化率提高1.5个百分点, 单位生产总值能耗下降2%—3% (a range: comparator ``>=`` the low
  end, ``value_high`` the high end), 一般公共预算收入127亿元 — read by ``indicators.parse``;
  ``左右`` makes the comparator ``=``; a rate of a lower-is-better metric written bare
  (居民消费价格涨幅3%) is a ceiling;
* a figure without a number: 保持正增长 (growth ≥ 0), 与上年持平 (growth = 0);
* one predicate for several metrics: 生产总值、人均GDP增速均为7%, A和B保持稳定增长,
  A、B完成省下达任务 — one target per metric, unless the list ends in 等 (节能减排、环境保护等约束性
  指标: one bundle); groups sharing a head noun (城镇居民和农村居民人均可支配收入分别增长6%和7%左右)
  get the head each, and a 分别 list gives each its own figure (左右 at the end applies to all);
* a qualitative target: the metric and its predicate, kept as ``qualifier`` and never invented as a
  number (一般公共预算收入增长与经济增长基本同步 → ``=``, 基本同步; 居民收入稳步增长 → ``>=``;
  城乡居民收入倍差进一步缩小 → ``<=``) — kind ``qualitative``, value None;
* a clause naming only a size (增长6%，达到2800亿元; 总量突破…) or keeping the metric in step
  (增长6%，与经济增长基本同步) is the previous clause's metric (``previous``);
* zero in words (零发生, 不发生…事故): the value 0;
* a place in a ranking (``_rank_target``): 进入全省前十 (kind ``rank``, value 10, unit 名, ``<=``), 保持全市第一
  (value 1, ``=``), 位次前移2位 (unit 位: places gained, ``>=``; 争先进位 with no number: value None), and a
  standing with no number (进入第一方阵, 保持全省前列) qualitative; the clause must end on the place, so
  前三季度… and 第三产业… are no ranks; 增速保持全市前三 after 地区生产总值增长… ranks that metric's 增速, and so
  does a place naming no metric (确保全市第一, 力争进位) after a growth rate's clause (``previous_kind``);
* not a target: exhortations in the same sentence (力争实现更高增长, 在实际工作中…争取更好结果).

Words: ``target.*`` lists in data/words.toml.
"""

from __future__ import annotations

import re

from . import indicators, vocab
from .errors import parses
from .judgement import Indicator
from .numbers import parse_number
from .text import for_parsing

_NOT_TARGET = vocab.pattern("target.not_target")
# 我们将重点抓好以下七个方面工作: a count right after 以下 / 如下 numbers the list of work that follows, no target.
_LIST_AHEAD = re.compile(f"(?:{vocab.alternation('target.list_ahead')})$")
_PREDICATE = vocab.pattern("target.predicate")
# 城乡居民收入差距缩小: a predicate word that closes the clause (not 加快缩小与…的差距).
_PREDICATE_END = re.compile(rf"(?:{vocab.alternation('target.predicate_end')})$")
_EQUAL = vocab.pattern("target.predicate_equal")
_CEILING = vocab.pattern("target.predicate_ceiling")
_FLOOR = vocab.pattern("target.predicate_floor")
_LOWER_BETTER = indicators.LOWER_IS_BETTER
_GROUPS = vocab.words("target.group")
_PLACE_ITEM = tuple(vocab.words("target.place_item"))
# An environmental medium before a shared 环境… head (大气、水环境质量: 大气环境质量 and 水环境质量; target.medium).
_MEDIA = sorted(vocab.words("target.medium"), key=len, reverse=True)
# A pollutant before a shared measure (化学需氧量、氨氮排放量: each one's 排放量; target.pollutant).
_POLLUTANTS = frozenset(vocab.words("target.pollutant"))
# The place a group of residents is named by (农村常住居民: 农村, then 常住居民): target.group_place, longest first.
_GROUP_PLACES = sorted(vocab.words("target.group_place"), key=len, reverse=True)
_SECTORS = frozenset(vocab.words("target.sector"))
_SECTOR_MEASURES = vocab.words("target.sector_measure")
_IN_STEP_MANNER = vocab.words("target.in_step_manner")
_LEVEL_MANNER = vocab.words("target.level_manner")
_RANGE = vocab.quick(re.compile(r"(?<!\d)(\d+(?:\.\d+)?)%?\s*[—–~～至到-]{1,2}\s*(\d+(?:\.\d+)?)(%|个百分点)"),
                     digits=True)
_POSITIVE = re.compile(r"正增长")
# A target doubling its metric in the year, no figure (外商直接投资翻一番, 实际利用外资实现翻番: target.doubled); with a
# base named before it (比2010年, 较上年末 — target.doubled_since) it is a gain over several years, no year's target.
_DOUBLED_END = re.compile(f"(?:{vocab.alternation('target.doubled')})\\s*$")
_DOUBLED_SINCE = re.compile(f"(?:{vocab.alternation('target.doubled_since')})")
_LEVEL_WITH = re.compile(r"持平(?!稳)")      # 与上年持平, not 保持平稳增长
# A class level (水质保持在Ⅲ类及以上): the class number, lower is better.
_CLASS_LEVEL = re.compile(rf"(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|I{{1,3}}|IV|V)\s*类({vocab.alternation('target.class_bound')})?")
# A list closing on 等…指标 before its one predicate (…、…等指标完成省定目标).
_LIST_CLOSE = re.compile(vocab.alternation("target.list_close"))
# A class naming a share (…好于Ⅲ类水体比例): no level; the share is the measure.
_CLASS_NAMED_SHARE = re.compile(rf"[^，,；;、。]{{0,6}}?(?:{vocab.alternation('target.class_named_share')})")
_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
# An amount in words (保持千亿规模, 迈上万亿级): a floor at that amount.
_AMOUNT_WORDS = re.compile(f"([一二两三四五六七八九十]?)(百|千|万)亿(?:元)?(?:{vocab.alternation('target.amount_level')})")
_NUMERAL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# People counted in 万 with no unit after (农村贫困人口减少60万以上): unit 万.
# A label naming the list after 即 (保持“三个同步”，即…): not a target itself.
_LIST_LABEL = re.compile(f"^(?:{vocab.alternation('target.list_label_verb')})?“[^”]{{2,10}}”$")
_PEOPLE_WAN = re.compile(rf"(?:{vocab.alternation('target.people_verb')}|({vocab.alternation('target.people_noun')}))"
                         rf"(?:{vocab.alternation('target.reach_short')})?(\d+(?:\.\d+)?)万({vocab.alternation('figure.count_trail')})?"
                         r"(?![\u4e00-\u9fff])")
# 40万贫困人口脱贫: a count in 万 opening the clause, the people it counts and what they do after it.
_WAN_PEOPLE_FIRST = re.compile(rf"^(\d+(?:\.\d+)?)万((?:[\u4e00-\u9fff]{{0,6}}?)(?:{vocab.alternation('target.people_counted')})"
                               r"[\u4e00-\u9fff]{0,6})$")
_STRETCH_LEAD = re.compile(f"(?:{vocab.alternation('target.stretch_lead')})"
                           f"(?:{vocab.alternation('target.stretch_verb')})?" r"\s*\d")
# A growth rate named as the target of a growth (经济增长预期目标6%左右, 生产总值增长目标为6%), perhaps set by a verb
# (增长目标设定为5.5%左右, 增长目标确定为6%: part.targets_set_verb).
_GROWTH_TARGET = re.compile(rf"(?<={vocab.alternation('target.growth_noun')})(?:的)?(?:预期)?目标"
                            rf"(?:{vocab.alternation('part.targets_set_verb')})?(?:为|是)?$")
# A metric that names only the size of the one before it (增长7%，总量达到2500亿元; 增长6%，达到127亿元; target.size_only).
_SIZE_ONLY = ("", *vocab.words("target.size_only"))
# A clause keeping the metric before it in step (增长7%，与经济增长基本同步): the metric is that one.
_IN_STEP_ONLY = re.compile(rf"^(?:{vocab.alternation('target.in_step_lead')})?(?:与|同|和)(.{{1,16}}?)"
                           rf"(?:{vocab.alternation('target.in_step_manner')})?"
                           f"({vocab.alternation('comparator.in_step_only')})")
_OUTPACE_ONLY = re.compile(rf"^(?:{vocab.alternation('target.growth_noun')})?(?:{vocab.alternation('target.outpace')})"
                           rf"(?:{vocab.alternation('target.outpace_object')})$")
_IN_YEARS = re.compile(rf"(?:{vocab.alternation('target.reach_verb')})(\d{{1,3}}(?:\.\d+)?)"
                       rf"({vocab.alternation('target.years_unit')})(?:以上)?$")
# After a clause's figures: the same metric kept in step as well (增长5%左右、与经济增长基本同步).
_BOUND_AFTER_FIGURE = re.compile(
    f"(?:{vocab.alternation('comparator.floor_after', 'comparator.ceiling_after', 'comparator.about_after')})?")
# A ceiling word before a range's low end (控制在3%-3.5%, a few words before it at most) or right after
# its high end (3%-3.5%以内).
_CEILING_BEFORE = re.compile(f"(?:{vocab.alternation('comparator.ceiling_before')}).{{0,2}}$")
_CEILING_WORDS_AFTER = vocab.words("comparator.ceiling_after")
_CEILING_AFTER = re.compile(rf"\s*({vocab.alternation('comparator.ceiling_after')})")
_ABOUT_AFTER = re.compile(rf"\s*({vocab.alternation('comparator.about_after')})")
_IN_STEP_AFTER = re.compile(rf"[、,]?(?:并|且)?(?:与|同)(.{{1,16}}?)((?:{vocab.alternation('target.in_step_manner')})?同步"
                            rf"|(?:基本)?一致|{vocab.alternation('target.in_step_mutual')})")
# Zero targets in words: 重大安全事故零发生, 确保不发生重大安全生产事故.
_ZERO_WORDS = re.compile(f"{vocab.alternation('zero.phrase')}|零(?:{vocab.alternation('zero.after_zero')})")
_CUT = re.compile(r"[,;。]")
# A count in 项 opening a clause before a group of indicators (六项污染物…, 四项主要污染物…): part of the group's name.
_COUNTED_GROUP = re.compile(rf"^(?:\d+|[一二两三四五六七八九十])项(?:{vocab.alternation('target.counted_group')})")
# …the same count opening a later item of a list of quotas (单位GDP能耗、…和4项主要污染物总量控制指标完成省下达任务).
_COUNTED_GROUP_ITEM = re.compile(rf"(?<=[、和])(?:\d+|[一二两三四五六七八九十])项(?:{vocab.alternation('target.counted_group')})")
_BARE_MEASURES = sorted(vocab.words("target.bare_measure"), key=len, reverse=True)
_SHARED = re.compile(rf"^(.*?)({vocab.alternation('target.shared_word')}|均(?=[增保为达控高完实低]))")
# 与 or 同 before 和: in 城镇和农村居民收入增长与经济发展同步 the 和 joins two groups.
_IN_STEP_AHEAD = f"(?=.{{0,16}}(?:{vocab.alternation('comparator.in_step')}))"
_COMPARE_WITH = re.compile(f"^(.+?)(?:{vocab.alternation('change.growth_name')})?(?:与|同){_IN_STEP_AHEAD}")
_COMPARE_AND = re.compile(f"^(.+?)(?:{vocab.alternation('change.growth_name')})?和{_IN_STEP_AHEAD}")
_LEAD_VERB = re.compile(rf"^(?:{vocab.alternation('target.fulfil_manner')}|按照[^完]{{0,8}})?"
                        rf"(?:{vocab.alternation('target.fulfil_verb')})(?:[^的]{{0,10}}下达的|[^的]{{0,6}}的)?")
# 落实节能减排降碳任务: a verb of carrying out before an object ending in the task word (_TASK_GOAL_TAIL) only.
_TASK_LEAD_VERB = re.compile(rf"^(?:{vocab.alternation('target.fulfil_manner')})?"
                             rf"(?:{vocab.alternation('target.fulfil_task_verb')})(?:[^的]{{0,10}}下达的|[^的]{{0,6}}的)?")
_TRAIL_VERB = vocab.metric_trail()
# An item number written as one character: circled (①…⑳, ❶…❿), bracketed (⑴…⒇) or with a stop (⒈…⒛).
ONE_CHAR_NUMBERS = "".join(map(chr, range(0x2460, 0x249C))) + "".join(map(chr, range(0x2776, 0x2794)))
# Markup and list markers before a target: **, ——, (1), 1., ①.
_MARK = re.compile(r"\*\*|^[-—\s]+|^\s*(?:\(\d{1,2}\)|\d{1,2}[.、](?!\d)|[\u2460-\u249b\u2776-\u2793])\s*")


def clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of ``text`` (cut at ，；; 。 outside quotes and brackets)."""
    norm = for_parsing(text)
    out, depth, start = [], 0, 0
    for i, ch in enumerate(norm):
        if ch in "“(《[【「":
            depth += 1
        elif ch in "”)》]】」" and depth:
            depth -= 1
        elif depth == 0 and ch in ",;。":
            out.append((start, i))
            start = i + 1
    out.append((start, len(norm)))
    spans = []
    for a, b in out:
        piece = norm[a:b]
        lead = len(piece) - len(piece.lstrip(" *—-" + ONE_CHAR_NUMBERS))    # ——, **, ① before a clause: no part of it
        trail = len(piece.rstrip(" *。"))
        if trail > lead:
            spans.append((a + lead, a + trail))
    return spans


_LIST_JOIN = re.compile(r"、|和|及")


# The three sectors written by their ordinals (一、二、三产; 第一、第二、第三产业): the last item keeps 产 (or 产业).
_ORDINAL_SECTOR = re.compile("第?([一二三])产业?")
_ORDINAL_ITEM = re.compile("第?[一二三]")
# The sectors' ordinals run together with no mark between them (一二三产增加值, 二三产业): each one an item.
_ORDINALS_RUN = re.compile("(第?)([一二三]{2,3})(?=产)")


def _sectors_measured(parts: list[str]) -> list[str]:
    """农业、规模以上工业、服务业增加值: sectors listed bare before the last one's measure (target.sector_measure) are
    each measured so (农业增加值, 规模以上工业增加值); any item that is no bare sector (target.sector) leaves the list as it is
    (地区生产总值、规模以上工业增加值)."""
    measure = next((m for m in _SECTOR_MEASURES if parts[-1].endswith(m)), None)
    if measure is None:
        return parts
    last = _ORDINAL_SECTOR.fullmatch(parts[-1][:-len(measure)])
    if last is not None and all(_ORDINAL_ITEM.fullmatch(p) for p in parts[:-1]):
        # 一、二、三产增加值 (第一、二、三产业增加值, 二、三产业增加值): the sectors by their ordinals alone before the
        # last one's, each the numbered sector in full (第一产业增加值, 第二产业增加值, 第三产业增加值)
        return [f"第{p[-1]}产业{measure}" for p in parts[:-1]] + [f"第{last.group(1)}产业{measure}"]
    if parts[-1][:-len(measure)] not in _SECTORS or not all(p in _SECTORS for p in parts[:-1]):
        return parts
    return [p + measure for p in parts[:-1]] + [parts[-1]]


def _resident_tail(group: str) -> str:
    """What a group of residents adds after its place (农村常住居民: 常住居民; 农村居民: 居民): a short group before it
    (城镇) is named so too.  Empty for a group that is no residents' (农民) or has nothing after its place."""
    place = next((w for w in _GROUP_PLACES if group.startswith(w) and len(group) > len(w)), None)
    tail = group[len(place):] if place is not None else ""
    return tail if tail.endswith("居民") else ""


def split_metrics(metric: str) -> list[str]:
    """A metric naming several (A、B和C): one per item, a shared head noun given to each group
    (城镇居民和农村居民人均可支配收入 → both with 人均可支配收入); an 等 bundle stays whole."""
    metric = metric.strip()
    if not metric or "等" in metric:
        return [metric]
    run = _ORDINALS_RUN.match(metric)
    if run:
        # 一二三产增加值 is 一、二、三产增加值 written without its marks
        metric = run.group(1) + "、".join(run.group(2)) + metric[run.end():]
    parts = [p for p in _LIST_JOIN.split(metric) if p]
    if len(parts) < 2:
        # 城乡居民人均可支配收入分别…: one 城乡 name for two groups.
        return [metric]
    last = parts[-1]
    head = ""
    for group in sorted(_GROUPS, key=len, reverse=True):
        if last.startswith(group) and len(last) > len(group):
            head = last[len(group):]
            break
    media = ""
    if not head:
        head = media = _medium_head(last, parts[:-1])
    if not head:
        shared = _pollutants_measure(last, parts[:-1])
        if shared:
            # 化学需氧量、氨氮、二氧化硫、氮氧化物排放量: each pollutant's 排放量
            return [p + shared for p in parts[:-1]] + [last]
    if not head:
        # 粮食播种面积和产量: a later item that is a bare measure measures the first item's object (粮食产量).
        parts = [parts[0]] + [_measure_of(p, parts[0]) for p in parts[1:]]
        parts = _sectors_measured(parts)
        last = parts[-1]
    out = []
    for p in parts[:-1]:
        if head and p not in _GROUPS and _SCOPE_PREFIX.sub("", p) in _GROUPS:
            # 其中城镇和农村居民…, 全市城镇、农村居民…: the scope word opening the list is no part of its first group
            p = _SCOPE_PREFIX.sub("", p)
        if head and p in _GROUPS and not p.endswith("居民"):
            # 城镇和农村居民人均可支配收入: 城镇居民…; 城镇、农村常住居民…: 城镇常住居民…, as the group after it is named
            p += _resident_tail(last[:len(last) - len(head)])
        if media:
            # 节能减排和大气、水环境质量: only the media take the 环境… head
            out.append(p + head if p in _MEDIA else p)
            continue
        # 城市社区、农村养老服务设施覆盖率: a place before the group takes the head too
        out.append(p + head if head and (p in _GROUPS or p.endswith(_PLACE_ITEM)) else p)
    out.append(last)
    return out


def _medium_head(last: str, before: list[str]) -> str:
    """The 环境… head the last item of a list of environmental media carries for the bare media right before it
    (大气、水环境质量; 节能减排和大气、水、土壤环境质量): '' unless the item before it is a bare medium."""
    for medium in _MEDIA:
        rest = last[len(medium):]
        if last.startswith(medium) and rest.startswith("环境") and len(rest) > 2:
            return rest if before and before[-1] in _MEDIA else ""
    return ""


def _pollutants_measure(last: str, before: list[str]) -> str:
    """The measure (target.shared_measure: 排放量, 平均浓度) the last item of a list of pollutants carries for the bare
    pollutants before it (化学需氧量、氨氮排放量; PM2.5、PM10平均浓度): '' unless every item before it is a bare pollutant
    (target.pollutant) and the last one a pollutant with the measure."""
    measure = next((w for w in _SHARED_MEASURE if last.endswith(w)), None)
    if measure is None or last[:-len(measure)] not in _POLLUTANTS or not all(p in _POLLUTANTS for p in before):
        return ""
    return measure


def bare_pollutant(metric: str) -> str:
    """The pollutant a metric measures with a shared measure (化学需氧量排放量 → 化学需氧量; target.pollutant,
    target.shared_measure), the name a review often gives it bare (化学需氧量削减2.6%), or ''."""
    measure = next((w for w in _SHARED_MEASURE if metric.endswith(w)), None)
    bare = metric[:-len(measure)] if measure else ""
    return bare if bare in _POLLUTANTS else ""


_RESPECTIVE = re.compile("分别")
# 分别 then a verb and perhaps its object (分别新增, 分别建成充电桩) ending a metric: the items before 分别 are subjects.
_RESPECTIVE_VERB = re.compile(rf"分别(?:{vocab.alternation('target.respective_verb')})([\u4e00-\u9fff]{{0,10}})$")
_CLAUSE_END = re.compile("[,;。]")
# 分别压缩至, 分别缩短到: a cap's verb after 分别 (target.respective_cap_verb), read only when asked (shared_name).
_RESPECTIVE_CAP = re.compile(rf"分别(?:{vocab.alternation('target.respective_cap_verb')})()$")
_SHARED_ITEM = 2        # characters of a bare item before the last one that names it with the shared name after
# A measure closing the last item of a 分别 list of substances, shared by the items before it (二氧化硫、氮氧化物排放量;
# PM2.5、PM10平均浓度: target.shared_measure).
_SHARED_MEASURE = sorted(vocab.words("target.shared_measure"), key=len, reverse=True)
_RESPECTIVE_SHORTEST = 4     # characters of a metric a 分别 item gives at least (医疗床位; not 粮食, 牛, 镇)


def spread_respective(norm: str, found: list[Indicator], shared_name: bool = False) -> None:
    """A task's 分别 list (高新技术企业、科技型中小企业分别达到900家、1500家; 粮食播种面积和产量分别稳定在260万亩、
    21亿斤以上): the figures after 分别 in its clause share the first one's metric, which names every item; each
    gets its own (``split_metrics``: 粮食产量 for 产量; a measure closing the last item, 排放量, given to the items
    before it), when the items and the figures are as many.  ``norm``:
    the task's normalised text, the spans' text.  ``shared_name`` (the status judge's reading, statuse stop 60): a
    cap's verb after 分别 (压缩至) opens the figures too, and two-character items before the last one that opens on a
    two-character word of its own (进口、出口整体通关时间) share the name after that word (进口整体通关时间)."""
    for m in _RESPECTIVE.finditer(norm):
        end = _CLAUSE_END.search(norm, m.end())
        run = [i for i in found if m.end() <= i.span[0] < (end.start() if end else len(norm))]
        if len(run) < 2 or any(i.metric for i in run[1:]):
            continue
        base = strip_metric(run[0].metric)
        thing = ""
        verb = _RESPECTIVE_VERB.search(base) or (_RESPECTIVE_CAP.search(base) if shared_name else None)
        if verb and _LIST_JOIN.search(base, 0, verb.start()):
            # A、B分别新增…; 城区、乡镇分别建成充电桩…: the items before 分别 given one verb, and the thing it counts
            base, thing = base[:verb.start()], verb.group(1)
        if _RESPECTIVE.search(base):
            continue        # the metric runs past 分别 (…标准分别提高到每人每月): its items are not read
        names = split_metrics(base)
        if len(names) == 1:
            names = _urban_rural(names[0], len(run))
        items = [p for p in _LIST_JOIN.split(base) if p]
        shared = len(items) > 1 and items[-1].startswith(_GROUPS) \
            and not all(p in _GROUPS or p.endswith(_PLACE_ITEM) for p in items[:-1])
        if shared_name:
            names = _shared_after_word(names)
        names = [n + thing for n in names]
        shared_measure = next((w for w in _SHARED_MEASURE if names[-1].endswith(w) and len(names[-1]) > len(w)), None)
        if shared_measure:
            # 二氧化硫、氮氧化物排放量分别削减3%、2.5%: the measure closing the last item is each substance's
            names = [n if n.endswith(shared_measure) else n + shared_measure for n in names]
        if len(names) != len(run) or shared or any(len(n) < _RESPECTIVE_SHORTEST for n in names):
            # 粮食、蔬菜种植面积; 城市社区、农村…覆盖率: an item short of the head the last one names — left whole
            continue
        for ind, name in zip(run, names, strict=True):
            ind.metric = name
        if shared_name:
            # 1个、3个工作日: a unit cut short before the list's mark is the next figure's unit, 个工作日
            for ind, after in reversed(list(zip(run, run[1:], strict=False))):
                if after.unit.startswith(ind.unit) and len(after.unit) > len(ind.unit) \
                        and norm[ind.span[1]:after.span[0]] == "、":
                    ind.unit = after.unit


def _shared_after_word(names: list[str]) -> list[str]:
    """进口、出口整体通关时间; 企业开办、注销办理时间: two-character items (进口, 开办, 注销) between a word the first one
    may open on (企业) and a name the last one closes on (整体通关时间, 办理时间) share both: 进口整体通关时间, 出口…;
    企业开办办理时间, 企业注销办理时间.  Other lists as they are."""
    if len(names) < 2 or not all(n.isalpha() for n in names):
        return names
    first, last = names[0], names[-1]
    lead, shared = first[:-_SHARED_ITEM], last[_SHARED_ITEM:]
    if len(shared) < 2 or len(lead) not in (0, _SHARED_ITEM) or any(len(n) != _SHARED_ITEM for n in names[1:-1]):
        return names
    return [first + shared] + [lead + n + shared for n in names[1:-1]] + [lead + last]


def _measure_of(metric: str, before: str) -> str:
    """``metric`` given the object of the metric ``before`` it when it is a bare measure (产量 after
    粮食播种面积: 粮食产量; 二氧化碳排放 after 单位地区生产总值能耗); otherwise ``metric`` itself."""
    if strip_metric(metric) not in _BARE_MEASURES:
        return metric
    measure = next((m for m in _BARE_MEASURES if before.endswith(m) and len(before) - len(m) >= 2), None)
    return before[:-len(measure)] + metric if measure is not None else metric


_BOTH_GROUPS = re.compile(f"^(?:{vocab.alternation('target.both_groups')})")


def urban_and_rural(metric: str) -> list[str]:
    """城乡居民X (城乡常住居民X): [城镇居民X, 农村居民X] (城镇常住居民X, 农村常住居民X); [] for any other metric."""
    if not _BOTH_GROUPS.match(metric):
        return []
    rest = metric[len("城乡"):]
    return ["城镇" + rest, "农村" + rest]


# A word joining two metrics' words (存贷款: 存款 and 贷款) inside one name: target.joined_pair.
_JOINED_PAIRS = [(w.split(">", 1)[0], w.split(">", 1)[1].split("、")) for w in vocab.words("target.joined_pair")]


def pair_members(metric: str) -> list[str]:
    """One name of two metrics, read in turn before two figures of 分别: 城乡居民X → [城镇居民X, 农村居民X]
    (urban_and_rural); a name with a joined word (金融机构存贷款余额 → [金融机构存款余额, 金融机构贷款余额]:
    target.joined_pair); [] for any other metric."""
    groups = urban_and_rural(metric)
    if groups:
        return groups
    joined = next(((w, parts) for w, parts in _JOINED_PAIRS if w in metric), None)
    return [metric.replace(joined[0], part, 1) for part in joined[1]] if joined else []


def _urban_rural(metric: str, n: int) -> list[str]:
    """城乡居民X分别… with n figures: 城镇居民X and 农村居民X (and a joined word's two metrics: pair_members)."""
    groups = pair_members(metric) if n >= 2 else []
    return groups or [metric]


_BOUND_BEFORE = re.compile(
    f"^(?:及以上|{vocab.alternation('comparator.floor_after', 'comparator.ceiling_after', 'comparator.about_after')})[、,]")
# 2020年地区生产总值增速…: the year a proposal names first (我们提出：2020年…) is its scope too, not the metric's name
# (a date inside the year, 2020年底前…, is not).
_SCOPE_PREFIX = re.compile(f"^(?:(?:19|20)\\d\\d年(?![底末前内度初中])(?=[\u4e00-\u9fff]{{2}}))?(?:{vocab.alternation('target.scope_prefix')})*")
# A verb opening the clause before its metric (努力实现居民收入…, 确保粮食产量…, 保持物价总体稳定).
# 正常年景下粮食产量…: a condition opening the clause (target.condition_lead), no part of the metric's name.
_CONDITION_LEAD = re.compile(f"^(?:{vocab.alternation('target.condition_lead')})[,，]?")
# 建议将全区地区生产总值增长目标设定为5.5%左右: the government proposing the target (target.proposal_lead) before its
# metric and scope words, no part of the name.
_PROPOSAL_LEAD = re.compile(f"^(?:{vocab.alternation('target.proposal_lead')})")
# (要力争实现：地区生产总值…, the year's list under its lead with no 预期 tag: 要 and the colon after the verb go too)
_LEAD_KEEP = re.compile(f"^(?:要(?={vocab.alternation('target.lead_resolve', 'target.lead_keep')}))?"
                        f"(?:{vocab.alternation('target.lead_resolve')})*(?:{vocab.alternation('target.lead_keep')})?"
                        f"(?:[:：](?=.))?")


_DIGIT = re.compile(r"\d")
# 地区生产总值高于全省增速0.5个百分点, 农村居民收入快于全省平均水平1个百分点左右: a margin in points over another
# government's growth or average (verify.versus_average, verify.average_of, verify.average_after), ending the clause.
_MARGIN_OVER = re.compile(
    rf"(?:{vocab.alternation('target.margin_measure')})?(?:{vocab.alternation('verify.versus_average')})(?:{vocab.alternation('verify.average_of')})"
    rf"(?:{vocab.alternation('verify.average_after')}){{0,2}}\d+(?:\.\d+)?个百分点"
    rf"(?:{vocab.alternation('comparator.about_after', 'comparator.floor_after')})?\s*。?$")
# 规上工业可比价增加值: the rate's price basis inside the name, not part of the metric (target.price_basis_inside).
_PRICE_BASIS_INSIDE = re.compile(rf"(?<![按以])(?:{vocab.alternation('target.price_basis_inside')})(?![格计])(?=[\u4e00-\u9fff])")

# 财政总收入（省口径）: a basis in brackets naming who counts the figure (verify.counting_basis), no part of the metric.
_COUNTING_BASIS_BRACKET = re.compile(rf"[（(](?:{vocab.alternation('verify.counting_basis')})[）)]")

# 居民消费价格指数上涨3%左右: the price's rise, named as 涨幅 names it (target.price_rise_name).
_PRICE_RISE_END = re.compile(rf"((?:{vocab.alternation('target.price_rise_name')}))上涨$")

# 外贸基本盘保持稳定: 基本盘 stands for the metric as a whole (target.base_figure), not part of its name.
_BASE_FIGURE = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{vocab.alternation('target.base_figure')})$")


# 500万元口径固定资产投资: the sum and 口径 before the name are the basis it is counted on (figure.basis_after).
_BASIS_LEAD = re.compile(rf"^\d+(?:\.\d+)?[千万亿]*元(?:{vocab.alternation('figure.above_below')})?"
                         rf"(?:{vocab.alternation('figure.basis_after')})")


# 一般公共预算收入：同口径增长4% read whole: a same-basis mark alone after the label's colon is the name's own
# (verify.same_basis_target), kept with it as in 一般公共预算收入同口径增长4%; the colon goes.
_COLON_BEFORE_BASIS = re.compile(rf"[:：]\s*(?=按?(?:{vocab.alternation('verify.same_basis_target')})$)")

# A space between two Chinese characters inside a name (外贸进 出口): the source's line wrap, no word break.
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def strip_metric(metric: str) -> str:
    metric = _WRAP_SPACE.sub("", metric)
    # 城镇新增就业10万人以上、城镇调查失业率…: the bound of the figure before is not the next metric's.
    metric = _BOUND_BEFORE.sub("", metric.strip())
    metric = _BASIS_LEAD.sub("", metric)
    metric = _PRICE_BASIS_INSIDE.sub("", metric)
    metric = _COUNTING_BASIS_BRACKET.sub("", metric)
    metric = _PRICE_RISE_END.sub(r"\1涨幅", metric)
    metric = _BASE_FIGURE.sub("", metric)
    metric = _MARK.sub("", metric).strip(" 、,:")
    metric = _SCOPE_PREFIX.sub("", _PROPOSAL_LEAD.sub("", metric))
    metric = _CONDITION_LEAD.sub("", metric) or metric
    metric = _LEAD_KEEP.sub("", metric) or metric
    metric = _TRAIL_VERB.sub("", metric).strip(" 、:")      # (地区生产总值：增长6%: the label's colon is no part of it)
    metric = _COLON_BEFORE_BASIS.sub("", metric)
    # 城镇调查失业率在5.5%以内, 居民消费价格涨幅在3%左右: the copula before the figure is no part of the name
    metric = _COPULA_END.sub("", metric)
    # 森林覆盖率比上年提高0.2个百分点: what the change is measured against (verify.year_on_year) is no part of the name
    return _COMPARED_END.sub("", metric)


_COMPARED_END = re.compile(f"(?<=[\u4e00-\u9fff]{{2}})(?:{vocab.alternation('verify.year_on_year')})$")
_COPULA_END = re.compile(f"(?<=[\u4e00-\u9fff]{{2}})(?:{vocab.alternation('target.copula_end')})$")
_NOT_BELOW = vocab.pattern("comparator.floor_before")


# 外贸进出口稳定增长: a growth said steady, with no 保持 before it — a floor (any rise meets it); 保持稳定增长 keeps
# its level word (=), as the labels read 保持 (bench/labels/corpus/README.md).
_STEADY_GROWTH = re.compile(f"^(?:{vocab.alternation('target.predicate_steady_growth')})")


def _comparator(predicate: str) -> str:
    if _CEILING.search(_NOT_BELOW.sub("", predicate)):     # 不低于: a floor, though it holds 低于
        return "<="
    if _FLOOR.search(predicate) or _STEADY_GROWTH.match(predicate):
        return ">="
    if _EQUAL.search(predicate):
        return "="
    return ">="


_AMOUNT_VERB = re.compile(f"(?:{vocab.alternation('target.amount_verb')})$")
_POSITIVE_CUT = vocab.alternation("target.positive_cut")
# A further zero after 、 in the same clause (…零信访、零诉讼).
_MORE_ZEROS = re.compile(r"、\s*(零[\u4e00-\u9fff]{1,6})")
_NOT_ZERO = tuple(vocab.words("zero.not_zero"))
_ZERO_LEAD = re.compile(f"^(?:{vocab.alternation('target.zero_lead')})+")


_POSITIVE_CUT_END = re.compile(f"(?:{_POSITIVE_CUT})+$")     # (力争实现正增长: the hedge and the verb both cut)
_STEP_PARTNER_CUT = re.compile(f"与|和|同|(?:{_POSITIVE_CUT})")


# A place in a ranking (targets.py docstring): the clause ends on it, after a verb (target.rank_lead), the field
# (全省, target.rank_scope; with the peers it is among, 全国重点城市, target.rank_peers) and a ranking's name (位次,
# target.rank_word) at most.
_RANK_NUM = r"[0-9一二两三四五六七八九十百]{1,3}"
_RANK_HEAD = (f"(?P<lead>{vocab.alternation('target.rank_lead')})(?:{vocab.alternation('target.rank_scope')})?"
              f"(?:{vocab.alternation('target.rank_peers')})?(?:{vocab.alternation('target.rank_word')})?")
# 进入全国百强县, 跻身全国综合实力百强县行列: a list of the top N places of a kind (target.rank_strong_kind), its
# name (综合实力) between the field and N强 at most six characters — a place within the top N, or the place within
# the list when one follows it (进入全国百强县前80位: the list is what is ranked, 80 the place).
_RANK_PLACE = re.compile(_RANK_HEAD + f"(?:前(?P<top>{_RANK_NUM})[名位强]?|第(?P<nth>{_RANK_NUM})[名位]?|"
                         f"(?P<first>{vocab.alternation('target.rank_first')})|"
                         f"(?P<list>[\u4e00-\u9fff]{{0,6}}?(?P<strong>{_RANK_NUM})强"
                         f"(?:{vocab.alternation('target.rank_strong_kind')}))(?:前(?P<listtop>{_RANK_NUM})[名位]?)?)"
                         f"(?:{vocab.alternation('target.rank_within')})?$")
_RANK_LEADS = re.compile(f"^(?:{vocab.alternation('target.rank_lead')})+")
_RANK_GROUP = re.compile(_RANK_HEAD + f"(?:{vocab.alternation('target.rank_group')})$")
# (the bare words first: 力争进位 is a move up with no number, 进位 read bare rather than as a verb wanting a ranking)
_RANK_MOVE = re.compile(f"(?P<bare>{vocab.alternation('target.rank_up_bare')})$"
                        f"|(?P<lead>(?:{vocab.alternation('target.rank_word')})?(?:{vocab.alternation('target.rank_more')})?"
                        f"(?:{vocab.alternation('target.rank_up')}))(?P<n>{_RANK_NUM})?个?(?:{vocab.alternation('target.rank_unit')})?$")
_RANK_WORD_END = re.compile(f"(?:{vocab.alternation('target.rank_word')})$")
_RANK_WORD_START = re.compile(f"(?:{vocab.alternation('target.rank_word')})")
_RANK_HOLD = re.compile(f"^(?:{vocab.alternation('target.rank_hold')})")
_RANK_MEASURE = vocab.words("target.rank_measure")
# The kinds of the clause before whose metric a clause of a bare place ranks, and the measure it ranks.
_RANK_OF_PREVIOUS = {"growth_rate": "增速", "rank": ""}


def _rank_target(text: str, body: str, span: tuple[int, int], previous: str, after_list: bool = False,
                 previous_kind: str = "") -> list[Indicator] | None:
    """A clause stating a place in a ranking (the module docstring), or None: kind ``rank`` with the place
    (unit 名) or the places gained (unit 位), or a qualitative standing with no number.  ``after_list``: the
    item after 、 of a clause whose first item states another target (增长6%以上、增速保持全市前三): with no
    metric of its own, it is ``previous``'s.  A clause naming no metric at all after a growth rate's clause
    (增长6.5%左右，确保全市第一) ranks that growth (``previous`` + 增速); after a rank's clause (保持全市第一，
    力争全省前三) the same metric; after any other kind of clause, or with none before, it is no target."""
    move = _RANK_MOVE.search(body)
    if move and not (move.group("bare") or _RANK_WORD_START.match(move.group())
                     or _RANK_WORD_END.search(body[:move.start()]) or "位次" in move.group()):
        move = None         # 提升2个百分点, 提高到…: no ranking named
    found = _RANK_PLACE.search(body) or _RANK_GROUP.search(body) or move
    if found is None:
        return None
    raw = body[:found.start()].strip()
    if "、" in raw and not after_list:
        return None         # 增长6%以上、增速保持全市前三: read item by item (parse_clause)
    metric = strip_metric(raw)
    # 综合考核位次前移: the ranking's name left out (综合排名 kept whole: 综合 alone names nothing)
    if len(_RANK_WORD_END.sub("", metric)) >= 3:
        metric = _RANK_WORD_END.sub("", metric)
    measure = next((m for m in _RANK_MEASURE if raw.endswith(m)), "")
    if measure and not metric.endswith(measure):
        metric += measure                   # 固定资产投资增速位居全市第一: the growth's place
    if previous and metric in _RANK_MEASURE:
        metric = previous + metric          # 增长6.5%左右，增速保持全市前三: that metric's growth
    elif after_list and not metric:
        metric = previous
    if found.re is _RANK_PLACE and found.group("strong") and not metric:
        # 进入全国百强县 with no metric before it: the list itself names what is ranked (全国百强县)
        metric = _RANK_LEADS.sub("", body[found.end("lead"):found.end("list")])   # (力争进入…: both verbs)
    if not metric and previous and previous_kind in _RANK_OF_PREVIOUS:
        metric = previous + _RANK_OF_PREVIOUS[previous_kind]    # 增长6.5%左右，确保全市第一: the growth's place
    if len(metric) < 2 or any(ch.isdigit() for ch in metric):
        return None
    qualifier = body[found.start():].strip()
    where = dict(text=text[span[0]:span[1]], span=span, qualifier=qualifier[:30])
    if found.re is _RANK_GROUP:
        comparator = "=" if _RANK_HOLD.match(found.group("lead")) else ">="
        return [Indicator(metric=metric, value=None, unit="", comparator=comparator, kind="qualitative", **where)]
    if found.re is _RANK_MOVE:
        n = parse_number(found.group("n")) if found.group("n") else None
        return [Indicator(metric=metric, value=n, unit="位", comparator=">=", kind="rank", **where)]
    place = parse_number(found.group("top") or found.group("nth") or found.group("listtop") or found.group("strong")) \
        if not found.group("first") else 1.0
    if not place:
        return None
    first = place == 1 and not (found.group("top") or found.group("strong"))
    return [Indicator(metric=metric, value=float(place), unit="名", comparator="=" if first else "<=", kind="rank",
                      **where)]


# Where a task's clauses end, for the places in a list of the top N among them (list_places).
_PLACE_CLAUSE_END = re.compile(r"[,;。!?]")


def list_places(norm: str) -> list[Indicator]:
    """The places in a list of the top N that a task's clauses state (力争进入全国百强县前80位, 跻身全省十强县): kind
    ``rank``, the list as metric (it names what is ranked), one per clause that ends on it; ``norm`` is the task's
    text normalised, the spans offsets into it."""
    out: list[Indicator] = []
    start = 0
    for end in [m.start() for m in _PLACE_CLAUSE_END.finditer(norm)] + [len(norm)]:
        clause = norm[start:end]
        body = clause.strip()
        place = _RANK_PLACE.search(body) if "强" in body else None
        if place and place.group("strong"):
            lead = start + len(clause) - len(clause.lstrip())
            out += _rank_target(norm, body, (lead, lead + len(body)), "") or []
        start = end + 1
    return out


@parses("targets.parse_clause")
def parse_clause(text: str, previous: str = "", previous_kind: str = "") -> list[Indicator]:
    """The targets one clause states (see the module docstring); spans are offsets into ``text``.
    ``previous``: the last metric of the clause before, for a clause that names only a size
    (总量达到2500亿元) or keeps that metric in step (与经济增长基本同步); ``previous_kind``: that
    target's kind, for a clause naming only a place (增长6.5%左右，确保全市第一: ``_rank_target``)."""
    norm = _MARK.sub(lambda m: " " * len(m.group()), for_parsing(text))
    body = norm.strip()
    if not body or _LIST_LABEL.match(body):
        return []
    lead = len(norm) - len(norm.lstrip())
    span = (lead, lead + len(body))
    exhortation = _NOT_TARGET.search(body)
    if exhortation:
        cut = body.rfind("、", 0, exhortation.start())
        if cut > 0 and _DIGIT.search(body, 0, cut) and not _DIGIT.search(body, cut):
            # 地区生产总值增长6.5%、尽可能争取更好结果: the exhortation is an item after the target's, no part of it
            return parse_clause(text[:span[0] + cut], previous, previous_kind)
        return []
    shared = _SHARED.match(body)
    rank = _rank_target(text, body, span, previous, previous_kind=previous_kind)
    if rank is not None:
        return rank
    cut = body.rfind("、")
    if cut > 0 and (_RANK_PLACE.search(body, cut) or _RANK_GROUP.search(body, cut) or _RANK_MOVE.search(body, cut)):
        # 地区生产总值增长6%以上、增速保持全市前三: the items before 、, then the rank of the last one's metric
        head = parse_clause(text[:span[0] + cut], previous, previous_kind)
        tail = _rank_target(text, body[cut + 1:], (span[0] + cut + 1, span[1]), head[-1].metric, True) if head else None
        if tail:
            return head + tail
    cut = body.rfind(",")
    place = _RANK_PLACE.search(body, cut + 1) if cut > 0 else None
    if place and place.group("strong"):
        # 新认定高新技术企业8家，力争进入全国百强县前80位: the clauses before, then the place in a list of the top N,
        # which names what is ranked itself (no metric wanted from the clause before)
        tail = _rank_target(text, body[cut + 1:], (span[0] + cut + 1, span[1]), "")
        if tail:
            return parse_clause(text[:span[0] + cut], previous, previous_kind) + tail
    # A range: 下降2%—3%, 经济增长7.5%—8%.
    pieces = clauses(text)
    if len(pieces) > 1 and _DIGIT.search(text[pieces[0][0]:pieces[0][1]]):
        # ——经济增长：生产总值增长4.5%-5%，工业增加值增长6%，投资增长3% (a bullet read whole, opening on a figure): each
        # clause states its own targets (a range's, a 分别 list's, a quota's in words), read in turn with the metric before
        # carried over, as a targets paragraph's are.  (A bullet opening on words, 外贸进出口保持稳定，增长3%左右: as before.)
        out: list[Indicator] = []
        for a, b in pieces:
            for ind in parse_clause(text[a:b], previous, previous_kind):
                ind.span = (ind.span[0] + a, ind.span[1] + a)
                out.append(ind)
            if out:
                previous, previous_kind = out[-1].metric, out[-1].kind
        return out
    rng = _RANGE.search(body)
    if rng:
        before = body[:rng.start()]
        kind = _rate_kind(before, rng.group(3))
        metric = strip_metric(before)
        # Under a ceiling word (控制在3%-3.5%, 3%-3.5%以内) or for a lower-is-better rate written bare
        # (居民消费价格涨幅2%-3%), a ceiling range: at most its high end (Indicator.bound).
        bound = _CEILING_AFTER.match(body, rng.end())
        ceiling = (bool(_CEILING_BEFORE.search(_NOT_BELOW.sub("", before))) or bool(bound)
                   or (kind == "ratio" and bool(_LOWER_BETTER.search(metric))))
        # 增长6%-7%左右: still a range, the hedge kept as its qualifier
        about = _ABOUT_AFTER.match(body, rng.end())
        qualifier = bound.group(1) if bound else about.group(1) if about else ""
        return [Indicator(metric=metric, value=float(rng.group(1)), value_high=float(rng.group(2)),
                          unit=rng.group(3), comparator="<=" if ceiling else ">=", kind=kind,
                          qualifier=qualifier, text=text[span[0]:span[1]], span=span)]
    margin = _MARGIN_OVER.search(body)
    if margin and strip_metric(body[:margin.start()]) and not _DIGIT.search(body[:margin.start()]):
        # 地区生产总值高于全省增速0.5个百分点: a margin over another government's growth, whose rate the plan does
        # not give: no figure of the metric's own, the margin kept in the qualifier (not a growth of 0.5 points).
        return [Indicator(metric=strip_metric(body[:margin.start()]), value=None, unit="", comparator=">=",
                          kind="qualitative", qualifier=body[margin.start():].strip(" 。"), text=text[span[0]:span[1]],
                          span=span)]
    found = [i for i in indicators.parse(text)[0] if not i.stretch and i.kind != "zero"
             and not (i.kind == "count" and _LIST_AHEAD.search(norm[:i.span[0]]))]
    wan = _WAN_PEOPLE_FIRST.match(body.rstrip(" 。"))
    if not found and wan is not None:
        # 40万贫困人口脱贫: people counted in 万, named by the words after the figure.
        return [Indicator(metric=strip_metric(wan.group(2)), value=float(wan.group(1)), unit="万人", comparator=">=",
                          kind="count", qualifier="", text=text[span[0]:span[1]], span=span)]
    if found and "、" in body:
        # 9个贫困县摘帽、64个贫困村出列、40万贫困人口脱贫: a list item of people counted in 万 that the figures missed.
        at = 0
        for item in body.split("、"):
            start = span[0] + at
            wan_item = _WAN_PEOPLE_FIRST.match(item.rstrip(" 。"))
            if wan_item is not None and not any(start <= i.span[0] < start + len(item) for i in found):
                found.append(Indicator(metric=strip_metric(wan_item.group(2)), value=float(wan_item.group(1)),
                                       unit="万人", comparator=">=", kind="count", qualifier="",
                                       text=text[start:start + len(item)], span=(start, start + len(item))))
            at += len(item) + 1
        found.sort(key=lambda i: i.span[0])
    if found and _COUNTED_GROUP.match(body):
        # 六项污染物减排指标、…均完成省下达任务: the count numbers the group named, no count to reach.
        found = [i for i in found if not (i.unit == "项" and i.span[0] <= span[0] + 2)]
    if found and "项" in body:
        # …和4项主要污染物总量控制指标完成省下达任务: a list item's count of the group it names, no count to reach.
        groups = [span[0] + m.start() for m in _COUNTED_GROUP_ITEM.finditer(body)]
        found = [i for i in found if not (i.unit == "项" and any(g <= i.span[0] <= g + 2 for g in groups))]
    if found:
        return [_short_change(i) for i in _with_figures(text, body, found, shared, previous)] + \
            _quota_items_after(text, norm, max(i.span[1] for i in found))
    outpace = _OUTPACE_ONLY.match(body)
    if outpace and previous:
        # 居民收入增长5%以上，高于经济增速: the metric before, to outpace the economy as well.
        return [Indicator(metric=previous, value=None, unit="", comparator=">=", kind="qualitative",
                          qualifier=body[:30], text=text[span[0]:span[1]], span=span)]
    years = _IN_YEARS.search(body)
    if years and strip_metric(body[:years.start()]):
        # 人均预期寿命达到80岁, 平均受教育年限达到11.5年: a level in years (not a date: a verb of reaching
        # before it and nothing after it).
        return [Indicator(metric=strip_metric(body[:years.start()]), value=float(years.group(1)),
                          unit=years.group(2), comparator=">=", kind="level", qualifier="",
                          text=text[span[0]:span[1]], span=span)]
    step = _IN_STEP_ONLY.match(body)
    if step and previous:
        qualifier = body[step.start(2) - 2 if body[step.start(2) - 2:step.start(2)] in _IN_STEP_MANNER
                         else step.start(2):step.end()]
        return [Indicator(metric=previous, value=None, unit="", comparator="=", kind="qualitative",
                          qualifier=qualifier, text=text[span[0]:span[1]], span=span)]
    # No figure: 正增长, 持平, or a qualitative predicate.
    if _POSITIVE.search(body) or _LEVEL_WITH.search(body):
        cut = (_POSITIVE.search(body) or _LEVEL_WITH.search(body)).start()
        head = body[:cut]
        positive = bool(_POSITIVE.search(body))
        metric_text = _STEP_PARTNER_CUT.split(head)[0] if not positive else \
            _POSITIVE_CUT_END.sub("", head)
        metrics = split_metrics(strip_metric(metric_text))
        qualifier = body[cut - 2 if body[cut - 2:cut] in _LEVEL_MANNER else cut:].strip()
        # 与上年持平 for a metric lower being better (二氧化硫排放量与上年持平): held at last year's level at most, a cap
        return [Indicator(metric=m, value=0.0, unit="%", comparator=">=" if positive else "<=" if _LOWER_BETTER.search(m)
                          else "=", kind="growth_rate", qualifier=qualifier[:30], text=text[span[0]:span[1]], span=span)
                for m in metrics if m]
    doubled = _DOUBLED_END.search(body)
    if doubled and doubled.start() >= 2 and not _DOUBLED_SINCE.search(body[:doubled.start()]):
        # 外商直接投资翻一番, 实际利用外资实现翻番: the year's growth of 100% (not 比2010年翻一番, 较“十三五”末实现翻番:
        # several years)
        metrics = split_metrics(strip_metric(body[:doubled.start()]))
        return [Indicator(metric=m, value=100.0, unit="%", comparator=">=", kind="growth_rate",
                          qualifier=doubled.group().strip(), text=text[span[0]:span[1]], span=span) for m in metrics if m]
    level = _CLASS_LEVEL.search(body)
    if level and level.start() >= 2 and not _CLASS_NAMED_SHARE.match(body, level.end()):
        metric = strip_metric(body[:level.start()])
        return [Indicator(metric=metric, value=float(_ROMAN[level.group(1)]), unit="类", comparator="<=",
                          kind="level", qualifier=level.group(2) or "", text=text[span[0]:span[1]], span=span)]
    words = _AMOUNT_WORDS.search(body)
    if words and words.start() >= 2:
        value = float(_NUMERAL.get(words.group(1), 1) * (100 if words.group(2) == "百" else 1000))
        unit = "万亿元" if words.group(2) == "万" else "亿元"
        if words.group(2) == "万":
            value = float(_NUMERAL.get(words.group(1), 1))
        verb = _AMOUNT_VERB.search(body[:words.start()])
        return [Indicator(metric=strip_metric(body[:verb.start() if verb else words.start()]), value=value, unit=unit, comparator=">=",
                          kind="amount", qualifier=verb.group() if verb else "",
                          text=text[span[0]:span[1]], span=span)]
    people = _PEOPLE_WAN.search(body)
    if people and people.start() >= 2:
        # 城镇新增就业人数5万以上: the noun before the number is the metric's own.
        metric = strip_metric(body[:people.end(1) if people.group(1) else people.start()])
        return [Indicator(metric=metric, value=float(people.group(2)), unit="万",
                          comparator="=" if people.group(3) == "左右" else ">=", kind="count",
                          qualifier=people.group(3) or "", text=text[span[0]:span[1]], span=span)]
    zero = _ZERO_WORDS.search(body)
    if zero:
        metric = strip_metric(_ZERO_LEAD.sub("", body[:zero.start()]))
        if zero.group() == "不发生":
            metric = metric or strip_metric(body[zero.end():])      # 确保不发生重大安全生产事故
        metric = metric or body[zero.start():zero.end()]
        found = [Indicator(metric=metric, value=0.0, unit="", comparator="=", kind="zero", qualifier=zero.group(),
                           text=text[span[0]:span[1]], span=span)]
        # 实现零信访、零诉讼: each zero of a 、 list is a target of its own.
        more = _MORE_ZEROS.match(body, zero.end())
        while more and not body.startswith(_NOT_ZERO, more.start(1)):
            found.append(Indicator(metric=more.group(1), value=0.0, unit="", comparator="=", kind="zero",
                                   qualifier=more.group(1), text=text[span[0]:span[1]], span=span))
            more = _MORE_ZEROS.match(body, more.end())
        return found
    return _qualitative(text, body, span)


# 城乡居民人均可支配收入分别增7.5%、8%左右, 一般公共预算收入增5%: one character of change for 增长 / 下降 ending the name
# before a rate (target.short_growth, target.short_fall), not the end of a word holding it (新增, 净增, 递减:
# target.short_change_not).
_SHORT_CHANGE = re.compile(f"(?<![{''.join(vocab.words_of('target.short_change_not'))}])"
                           f"(?:({vocab.alternation('target.short_growth')})|{vocab.alternation('target.short_fall')})$")


# A 、 list item with no figure closing on a quota a level above set (二氧化碳排放下降率完成省下达任务, 主要污染物减排完成
# 市定目标): a target of its own after the figures' items.
_QUOTA_ITEM = re.compile(f"完成[^、，,0-9]{{0,6}}(?:{vocab.alternation('verify.quota_set_above')})[^、，,0-9]{{0,6}}"
                         f"(?:{vocab.alternation('target.quota_item_end')})$")


def _quota_items_after(text: str, norm: str, end: int) -> list[Indicator]:
    """The 、 list items after the last figure's (which ends at ``end``) that state a quota set above with no figure
    (单位GDP能耗下降3%左右、二氧化碳排放下降率完成省下达任务): each a qualitative target."""
    out: list[Indicator] = []
    at = norm.find("、", end)
    while at >= 0:
        stop = norm.find("、", at + 1)
        stop = len(norm) if stop < 0 else stop
        item = norm[at + 1:stop].rstrip(" 。；;")
        lead = len(item) - len(item.lstrip())
        quota = _QUOTA_ITEM.search(item.strip())
        if quota is not None and quota.start() >= 2 and not _DIGIT.search(item):
            found = _qualitative(text, item.strip(), (at + 1 + lead, at + 1 + len(item)))
            out += [i for i in found if len(i.metric.strip()) >= 2]
        at = norm.find("、", stop) if stop < len(norm) else -1
    return out


def _short_change(ind: Indicator) -> Indicator:
    """A rate read as a ratio of a name ending in a one-character change word (…分别增7.5%): the growth (or fall) of
    the name before it."""
    m = _SHORT_CHANGE.search(ind.metric) if ind.kind == "ratio" and ind.unit == "%" else None
    if m is None or len(ind.metric) - len(m.group()) < 2:
        return ind
    ind.metric = strip_metric(ind.metric[:m.start()])
    ind.kind = "growth_rate" if m.group(1) else "decline_rate"
    if ind.comparator == "<=" and not ind.qualifier:
        ind.comparator = ">="       # (a bare ratio of a lower-is-better name was read as a cap; a change is a floor)
    return ind


_FALL_BEFORE = re.compile(f"(?:{vocab.alternation('change.fall')})[^增降]{{0,3}}$")
_GROWTH_BEFORE = re.compile(f"(?:{vocab.alternation('change.growth')})[^增降]{{0,3}}$")


def _rate_kind(before: str, unit: str) -> str:
    if _FALL_BEFORE.search(before):
        return "decline_rate"
    if unit == "个百分点" or _GROWTH_BEFORE.search(before):
        return "growth_rate"
    return "ratio"


_RAISED_TO = re.compile(f"(?:{vocab.alternation('target.raise_to')})(?:到|至)$")


_COMMA_OR_SEMICOLON = re.compile(r"[,;]")
_GROWTH_AFTER_FIGURE = re.compile(f"(?:以上)?的?(?:{vocab.alternation('target.growth_after_figure')})")


def _with_figures(text: str, body: str, found: list[Indicator], shared: re.Match | None,
                  previous: str = "") -> list[Indicator]:
    """Figures of a clause: 左右 at its end applies to every figure of a 分别 list; one figure for
    several metrics (均为, A和B…增长) gives each its own entry; several figures pair with the groups;
    a clause naming only a size (总量达到2500亿元) is the previous clause's metric."""
    norm = for_parsing(text)
    about = body.rstrip(" 。*").endswith("左右")
    first = found[0]
    metric = strip_metric(norm[:first.span[0]])
    # 增长6%以上，力争7%: the 力争 clause of the metric before is its stretch, not a second target.
    stretch = bool(not metric and previous and _STRETCH_LEAD.match(body))
    if not norm[:first.span[0]].strip() and first.kind == "count" and len(strip_metric(first.metric)) >= 2:
        # 9个贫困县摘帽、64个贫困村出列: a count opening its clause names what it counts after it, not the metric
        # of the clause before.
        metric = strip_metric(first.metric)
    elif metric in _SIZE_ONLY and previous:
        metric = previous
    elif previous:
        metric = _measure_of(metric, previous)      # …播种面积稳定在…，产量稳定在…: 粮食产量
    groups = [g for g in (strip_metric(x) for x in split_metrics(metric)) if g] or [metric]
    if shared and len(groups) == 1:
        groups = _urban_rural(groups[0], max(2, len(found)))
    last = found[-1].span[0]
    for ind in found:
        # …分别增长7%、8%左右: the hedge reaches back over 、 and 和, not over a clause (城镇新增就业1.2万人，
        # 城镇调查失业率5.5%左右 on one ——line: the first figure is no 左右).
        reaches = "分别" in norm[:found[0].span[0]] or not _COMMA_OR_SEMICOLON.search(norm[ind.span[1]:last])
        if about and reaches and ind.comparator == ">=" and not ind.qualifier:
            ind.comparator, ind.qualifier = "=", "左右"
        after = norm[ind.span[1]:ind.span[1] + 6]
        if ind.kind == "growth_rate" and _RAISED_TO.search(norm[:ind.span[0]]):
            ind.kind = "ratio"              # 占GDP比重提高到4.1%: a level, not a growth
        if ind.kind == "ratio" and _GROWTH_AFTER_FIGURE.match(after):
            ind.kind = "growth_rate"        # 确保6%以上的增长
        if indicators.fall_by(ind.kind, norm[:ind.span[0]]):
            ind.kind = "decline_rate"       # 细颗粒物年均浓度降低1微克/立方米左右: a cut by that much, no level
    out: list[Indicator] = []
    if len(groups) > 1 and len(found) == 1:
        for g in groups:
            ind = _copy(found[0])
            ind.metric = g
            out.append(ind)
    elif len(groups) > 1 and len(found) == len(groups):
        for g, ind in zip(groups, found, strict=True):
            ind.metric = g
            if ind.kind == "ratio" and found[0].kind in ("growth_rate", "decline_rate") and ind.unit == found[0].unit:
                ind.kind = found[0].kind
            out.append(ind)
    else:
        for k, ind in enumerate(found):
            name = strip_metric(ind.metric)
            if k == 0:
                ind.metric = metric
            elif len(name) < 2 or name == "左右" or name in _SIZE_ONLY:     # 增长6%、总量突破…: the same metric
                ind.metric = out[-1].metric
                if ind.kind == "ratio" and out[-1].kind in ("growth_rate", "decline_rate") and ind.unit == out[-1].unit:
                    ind.kind = out[-1].kind
            else:
                ind.metric = _measure_of(name, out[-1].metric)
            out.append(ind)
    for ind in out:
        ind.stretch = ind.stretch or stretch
        if _GROWTH_TARGET.search(ind.metric):
            # 经济增长预期目标6%左右: a growth, of the metric before 增长
            ind.kind = "growth_rate" if ind.kind == "ratio" else ind.kind
            ind.metric = strip_metric(_GROWTH_TARGET.sub("", ind.metric)) or ind.metric
        if (ind.kind == "ratio" and ind.comparator == ">=" and not ind.qualifier
                and _LOWER_BETTER.search(ind.metric)):
            ind.comparator = "<="      # 居民消费价格涨幅3%: a cap
        if (ind.kind == "level" and ind.comparator == ">=" and not ind.qualifier
                and (vocab.unit_kind(ind.unit) == "concentration" or _LOWER_BETTER.search(ind.metric))):
            ind.comparator = "<="      # PM2.5平均浓度34微克/立方米: a pollutant's level written bare is a cap
        if ind.kind == "duration" and indicators.days_counted(ind.metric):
            # 空气质量优良天数达到300天: days counted, not a time limit.
            ind.kind = "count"
            ind.comparator = "=" if ind.qualifier in ("左右", "上下", "约") else (
                "<=" if ind.qualifier in _CEILING_WORDS_AFTER else ">=")
    # 增长5%左右、与经济增长基本同步: the metric is kept in step as well.
    end = len(norm.rstrip(" 。*"))
    pos = _BOUND_AFTER_FIGURE.match(norm, found[-1].span[1], end).end()
    step = _IN_STEP_AFTER.match(norm, pos, end)
    if step and out:
        out.append(Indicator(metric=out[-1].metric, value=None, unit="", comparator="=", kind="qualitative",
                             qualifier=step.group(2), text=text[step.start():step.end()],
                             span=(step.start(), step.end())))
    return out


def _copy(ind: Indicator) -> Indicator:
    return Indicator(**{k: getattr(ind, k) for k in ind.__dataclass_fields__})


_KEPT_IN_STEP = re.compile(r"[^经]{2,6}保持同步")
# The words keeping a qualitative target in step (基本同步, 相适应): the one found is the target's qualifier.
_IN_STEP_SAID = re.compile(f"(?:{vocab.alternation('target.in_step_manner')})?同步|"
                           f"{vocab.alternation('target.in_step_said')}")
_TASK_GOAL_TAIL = re.compile(r"(?:各项)?(?:预期)?(?:目标)?任务$|(?:各项)?(?:预期)?的?(?:控制)?目标$")
# 完成省能耗“双控”统筹安排指标: the level above that set a quota and the quota's arrangement, around the metric.
_QUOTA_ARRANGED = re.compile(f"^(?P<setter>{vocab.alternation('target.quota_setter')})(?P<metric>.{{2,}}?)"
                             f"(?P<arrangement>{vocab.alternation('target.quota_arrangement')})$")


_COPULA_SUBJECT = frozenset(vocab.words("target.copula_subject"))
# 能耗强度目标在“十四五”规划期内统筹考核: a target judged over the plan period, not the year (=).
_PERIOD_ASSESSED = re.compile(
    rf"^(?P<metric>[^，。；在]{{2,20}}?)(?:{vocab.alternation('target.period_goal_word')})?(?P<pred>在[^，。；]{{2,16}}?"
    rf"(?:{vocab.alternation('target.period_within')})(?:{vocab.alternation('target.period_assessed')}))$")
# 一般公共预算收入增长达全省平均: the growth to reach another government's average, no figure (>=).
_REACH_AVERAGE = re.compile(
    rf"^(?P<metric>[^，。；]{{2,20}}?)(?:{vocab.alternation('target.growth_noun')})?"
    rf"(?P<pred>(?:{vocab.alternation('target.reach_average')})(?:{vocab.alternation('verify.average_of')})"
    rf"(?:{vocab.alternation('target.average_word')}))$")


_QUOTA_ABOVE = re.compile(vocab.alternation("verify.quota_set_above"))
# 国家和省下达的…, 省定的…: a quota's setters opening a qualitative target's subject before its predicate (_qualitative).
_QUOTA_SETTER_LEAD = re.compile(f"^(?:(?:{vocab.alternation('target.quota_setter')})(?:[和、及](?:"
                                f"{vocab.alternation('target.quota_setter')}))*)?(?:{vocab.alternation('verify.quota_set_above')})的")
_QUOTA_FALL_RATE_END = re.compile(f"(?<=[\u4e00-\u9fffA-Za-z]{{2}})(?:{vocab.alternation('target.quota_fall_rate')})$")


def _qualitative(text: str, body: str, span: tuple[int, int]) -> list[Indicator]:
    """A target with no figure: the metric before its predicate, the predicate as qualifier."""
    for shape, comparator in ((_PERIOD_ASSESSED, "="), (_REACH_AVERAGE, ">=")):
        whole = shape.match(body)
        if whole and len(strip_metric(whole.group("metric"))) >= 2:
            return [Indicator(metric=strip_metric(whole.group("metric")), value=None, unit="", comparator=comparator,
                              kind="qualitative", qualifier=whole.group("pred")[:30], text=text[span[0]:span[1]],
                              span=span)]
    compare = _COMPARE_WITH.match(body) or _COMPARE_AND.match(body)
    if compare and compare.group(1).strip() in _COPULA_SUBJECT:
        return []       # 也是与“十四五”规划相一致的: how the targets were set, no metric
    if compare:
        metric_text = compare.group(1)
        predicate = body[compare.end():]
        same = _IN_STEP_SAID.search(predicate)
        qualifier = same.group() if same else predicate
        if compare.group(0).endswith("与") and "自治区" in predicate[:4] or _KEPT_IN_STEP.match(predicate):
            qualifier = predicate[:predicate.find("同步") + 2] if "同步" in predicate else qualifier
        # 城镇和农村居民收入增长与经济发展同步: one target per named group.
        metrics = split_metrics(strip_metric(metric_text))
        out = [Indicator(metric=strip_metric(m), value=None, unit="", comparator="=", kind="qualitative",
                         qualifier=qualifier[:30], text=text[span[0]:span[1]], span=span)
               for m in metrics if strip_metric(m)]
        # 居民收入增长与经济增长同步、劳动报酬提高与劳动生产率提高同步: a second pair after 、.
        cut = body.find("、", compare.end() + (same.end() if same else 0))
        if same and cut > 0:
            rest = span[0] + cut + 1
            out += [i for i in _qualitative(text, body[cut + 1:], (rest, span[1]))
                    if i.kind == "qualitative"]
        return out
    lead = _LEAD_VERB.match(body) or (_TASK_LEAD_VERB.match(body) if _TASK_GOAL_TAIL.search(body) else None)
    if lead and lead.end() > 0:
        obj = body[lead.end():]
        metric = _TASK_GOAL_TAIL.sub("", obj) or obj
        qualifier = body[:lead.end()].rstrip("的")
        arranged = _QUOTA_ARRANGED.match(obj)
        if arranged:
            # the predicate keeps who set the quota and how (坚决完成省统筹安排指标); the metric is what they frame
            metric = arranged.group("metric")
            qualifier += arranged.group("setter") + arranged.group("arrangement")
        return [Indicator(metric=strip_metric(m), value=None, unit="", comparator=">=", kind="qualitative",
                          qualifier=qualifier[:30], text=text[span[0]:span[1]], span=span)
                for m in split_metrics(metric) if strip_metric(m)]
    start = _LEAD_KEEP.match(body).end()
    # …、地表水达到或好于Ⅲ类水体比例等指标完成省定目标: the list closes on 等…指标, its one predicate right after
    close = _LIST_CLOSE.search(body, start)
    pred = _PREDICATE.match(body, close.end()) if close and "、" in body[start:close.start()] else None
    pred = pred or _PREDICATE.search(body, start) or _PREDICATE_END.search(body, start)
    if not pred or pred.start() - start < 2:
        return []
    metric = body[start:pred.start()]
    predicate = body[pred.start():]
    setter = _QUOTA_SETTER_LEAD.match(metric)
    if setter and len(metric) - setter.end() >= 2:
        # 国家和省下达的节能减排降碳约束性指标和环境质量改善目标全面完成: who set the quotas is part of the predicate, as
        # after a verb of fulfilling before them (全面完成国家和省下达的…目标), and the goal word closing the object no
        # part of its last metric
        metric = _TASK_GOAL_TAIL.sub("", metric[setter.end():]) or metric[setter.end():]
        predicate += setter.group().removesuffix("的")
    if _QUOTA_ABOVE.search(predicate):
        # 万元GDP能耗降低率完成市下达任务: the quota is on the metric, its fall's rate no part of its name
        metric = _QUOTA_FALL_RATE_END.sub("", metric) or metric
    comparator = _comparator(predicate)
    return [Indicator(metric=strip_metric(m), value=None, unit="", comparator=comparator, kind="qualitative",
                      qualifier=predicate[:30], text=text[span[0]:span[1]], span=span)
            for m in split_metrics(metric) if len(strip_metric(m)) >= 2]


def parse_targets(text: str) -> list[tuple[tuple[int, int], list[Indicator]]]:
    """Every clause of an expected-targets passage with the targets it states (spans into ``text``;
    indicator spans relative to their clause)."""
    out = []
    previous, previous_kind = "", ""
    for a, b in clauses(text):
        found = parse_clause(text[a:b], previous, previous_kind)
        if found:
            previous, previous_kind = found[-1].metric, found[-1].kind
            out.append(((a, b), found))
    return out
