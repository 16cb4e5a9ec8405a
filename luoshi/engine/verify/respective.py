"""Figures read pairwise with the names before them: a list of metrics and a list of figures joined by 分别
(``_respectively``), and one rate after a list of names (``_shared_names``: A、B均增长6%).
"""

from __future__ import annotations

import re

from .. import targets, vocab
from ..text import normalise
from .patterns import (
    _BARE_NAMES,
    _PART_END,
    _clean_metric,
)
from .years import _CLAUSE_MARK

_RESPECTIVE_TRAIL = vocab.quick(re.compile(f"(?:{vocab.alternation('verify.respective_trail')})+$"))
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
    if len(names) >= 2 and all(x in _BARE_NAMES for x in names):
        # 外贸、外资双双增长10%以上: a list of bare head words only, each its metric (verify.bare_names)
        names = [_BARE_NAMES[x] for x in names]
    if len(names) < 2 or any(len(normalise(x)) < 2 for x in names):
        return []
    own = normalise(_clean_metric(name))
    if len(targets.split_metrics(_clean_metric(name))) >= 2:
        # 城镇和农村常住居民人均可支配收入均增长8%: the figure named by the whole list is each group's, the second
        # group's too (its name is inside the list's, not the figure's own)
        return [x for x in names if normalise(x) != own]
    return [x for x in names if normalise(x) not in own]


_RESPECTIVELY = re.compile("分别")
# The sectors written as ordinals sharing 产业 (一、二、三产业; 二、三产业; 一二三产业), at a clause's start (after 全年, 全市,
# 其中…); 产 alone (一、二、三产) when 增加值 or 分别 follows it, the sectors' short name.
_SECTOR_ORDINALS = re.compile(rf"^(\W*(?:{vocab.alternation('verify.sector_scope')}){{0,2}})([一二三](?:[、和]?[一二三]){{1,2}})"
                              "产(?:业|(?=增加值|$))")
_SECTOR_ORDINAL = re.compile("[一二三]")
_COMMA_OR_COLON = re.compile(r"[,:]")


def _respectively(norm: str, spans: list[tuple[int, int]]) -> tuple[dict[int, str], dict[int, tuple[int, int]]]:
    """Metrics of the figures of a 分别 list (城镇和农村居民人均可支配收入分别增长5%、6%): start of
    each figure → its own metric, when the list names as many metrics as it gives figures; and a 分别
    list naming none in its clause (…，分别增长12%和15%): start of each figure → (its place, how many)."""
    out: dict[int, str] = {}
    headless: dict[int, tuple[int, int]] = {}
    paired: set[int] = set()        # the figures of a second list an earlier 分别 list has given its metrics
    for m in _RESPECTIVELY.finditer(norm):
        clause_start = max((c.end() for c in _PART_END.finditer(norm, 0, m.start())), default=0)
        clause_start = max([clause_start] + [c.end() for c in _COMMA_OR_COLON.finditer(norm[:m.start()])])
        clause_end = next((c.start() for c in _CLAUSE_MARK.finditer(norm[m.end():])), len(norm) - m.end()) + m.end()
        figures = [a for a, b in spans if m.end() <= a < clause_end]
        if figures and all(a in paired for a in figures):
            # …分别达41200元和19800元、分别增长4%和7.5%: the second list's own 分别, its figures already the first list's
            # metrics' in turn — its head (the first list and its levels) names none of them
            continue
        inner = _second_list_inside(norm, [(a, b) for a, b in spans if m.end() <= a < clause_end])
        if inner:
            figures = figures[:len(inner)]
        head = _RESPECTIVE_TRAIL.sub("", norm[clause_start:m.start()])
        # 一、二、三产业增加值分别增长…: the sectors as short ordinals sharing one measure, each sector named in full
        # (the year or area before them, 全年…, no part of their names)
        head = _SECTOR_ORDINALS.sub(lambda o: "、".join(f"第{x}产业" for x in _SECTOR_ORDINAL.findall(o.group(2))), head)
        names = [targets.strip_metric(g) for g in targets.split_metrics(head)]
        if all(x in _BARE_NAMES for x in names):
            # 投资、消费增速分别为4.1%和6.2%: a list of bare head words only, each its metric (verify.bare_names)
            names = [_BARE_NAMES[x] for x in names]
        if len(figures) >= 2 and len(names) == len(figures):
            out.update(zip(figures, names, strict=True))
        elif len(figures) >= 2 and not any(len(normalise(x)) >= 2 for x in names) and not any(a < m.start() for a, _ in spans if a >= clause_start):
            headless.update((a, (i, len(figures))) for i, a in enumerate(figures))
        elif len(figures) == 2 and len(names) == 1 and targets.pair_members(names[0]):
            out.update(zip(figures, targets.pair_members(names[0]), strict=True))
        if inner and all(a in out for a in figures):
            out.update(zip(inner, [out[a] for a in figures], strict=True))
            paired.update(inner)
        if len(figures) >= 2 and all(a in out for a in figures) and norm[clause_end:clause_end + 1] == ",":
            # …分别达到41256元、21380元，增长5.8%、8.3%: a second list right after, opened by a change word
            # alone, gives the same metrics' rates in the same order.
            nxt = next((c.start() for c in _CLAUSE_MARK.finditer(norm[clause_end + 1:])),
                       len(norm) - clause_end - 1) + clause_end + 1
            more = [(a, b) for a, b in spans if clause_end < a < nxt]
            if len(more) == len(figures) and _SECOND_LIST_LEAD.fullmatch(norm[clause_end + 1:more[0][0]]) and all(
                    norm[b:a] in _LIST_JOINS for (_, b), (a, _) in zip(more, more[1:], strict=False)):
                out.update(zip([a for a, _ in more], [out[a] for a in figures], strict=True))
    _respectively_unsaid(norm, spans, out)
    _groups_unsaid(norm, spans, out)
    _groups_before_respectively(norm, spans, out, headless)
    _names_before_respectively(norm, spans, out, headless)
    return out, headless


def _names_before_respectively(norm: str, spans: list[tuple[int, int]], out: dict[int, str],
                               headless: dict[int, tuple[int, int]]) -> None:
    """规模以上工业增加值、固定资产投资、社会消费品零售总额，年均分别增长5.5%、7.8%和6%: a 分别 list of figures naming none
    in its clause (or only the years, verify.multi_year, or verify.respective_trail words), right after a clause of
    names alone, no figure in it, listing as many metrics as the figures (or naming both groups, two figures): each
    figure is its name's in turn."""
    for a, (i, n) in list(headless.items()):
        if i != 0 or n < 2 or a in out:
            continue
        clause = _clause_before(norm, a)
        if clause is None:
            continue
        clause_start, clause_end = clause
        if any(clause_start <= x < clause_end for x, _ in spans):
            continue
        names = [targets.strip_metric(g) for g in targets.split_metrics(_clean_metric(norm[clause_start:clause_end]))]
        if n == 2 and len(names) == 1 and len(targets.pair_members(names[0])) == 2:
            # 城乡居民人均可支配收入：分别增长5.2%、7.4% (an indicator line's name, then its result): one name of both
            # groups heads two figures, the urban and the rural group's in turn, as _groups_unsaid reads them
            names = targets.pair_members(names[0])
        if len(names) != n or not all(len(normalise(g)) >= 2 for g in names):
            continue
        figures = sorted(x for x, (_, m) in headless.items() if m == n and x >= a)[:n]
        if len(figures) == n:
            out.update(zip(figures, names, strict=True))


def _clause_before(norm: str, a: int) -> tuple[int, int] | None:
    """The clause before the one holding offset ``a`` (its start and end), or None when ``a``'s clause opens the text."""
    clause_end = max((c.start() for c in _COMMA_OR_COLON.finditer(norm[:a])), default=-1)
    if clause_end < 0:
        return None
    clause_start = max([c.end() for c in _PART_END.finditer(norm, 0, clause_end)]
                       + [c.end() for c in _COMMA_OR_COLON.finditer(norm[:clause_end])], default=0)
    return clause_start, clause_end


# A change word right before a list of figures (…收入增长2.7%、7%): where the clause's head names as many metrics, the
# list pairs them as 分别 would (_respectively_unsaid).
_CHANGE_BEFORE_LIST = re.compile(f"(?:{vocab.alternation('change.growth', 'change.fall')})(?=\\d)")


def _respectively_unsaid(norm: str, spans: list[tuple[int, int]], out: dict[int, str]) -> None:
    """城镇和农村常住居民人均可支配收入增长2.7%、7%: a clause opened by a list of names sharing their tail (targets.split_metrics),
    then a change word and as many figures joined as lists join them, with no 分别 — each figure is its name's in
    turn, as 分别 would say; a clause naming one metric (地区生产总值增长6.5%、7%) or giving a figure before the change
    word is left as it is."""
    for m in _CHANGE_BEFORE_LIST.finditer(norm):
        clause_start = max([c.end() for c in _PART_END.finditer(norm, 0, m.start())]
                           + [c.end() for c in _COMMA_OR_COLON.finditer(norm[:m.start()])], default=0)
        clause_end = next((c.start() for c in _CLAUSE_MARK.finditer(norm[m.end():])), len(norm) - m.end()) + m.end()
        figures = [(a, b) for a, b in spans if m.end() <= a < clause_end]
        head = norm[clause_start:m.start()]
        if len(figures) < 2 or figures[0][0] != m.end() or any(a in out for a, _ in figures) \
                or any(clause_start <= a < m.start() for a, _ in spans) or "分别" in head \
                or any(norm[b:a] not in _LIST_JOINS for (_, b), (a, _) in zip(figures, figures[1:], strict=False)) \
                or not any(j in head for j in _LIST_JOINS):
            continue
        names = [targets.strip_metric(g) for g in targets.split_metrics(_clean_metric(head))]
        if len(names) == len(figures) and all(len(normalise(x)) >= 2 for x in names):
            out.update(zip([a for a, _ in figures], names, strict=True))


def _groups_unsaid(norm: str, spans: list[tuple[int, int]], out: dict[int, str]) -> None:
    """城乡居民收入达到45210元和18930元，增长8%和9%: a clause opened by a name of both groups (targets.urban_and_rural) and
    closed by two figures joined as lists join them, no other figure and no 分别 in it: the urban and the rural group's
    in turn, as 分别 would say (one name of two groups takes two figures only so); a list of two figures right after,
    opened by a change word alone (_SECOND_LIST_LEAD), gives the same groups' rates in the same order."""
    for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
        if a in out or c in out or norm[b:c] not in _LIST_JOINS:
            continue
        clause_start = max([x.end() for x in _PART_END.finditer(norm, 0, a)]
                           + [x.end() for x in _COMMA_OR_COLON.finditer(norm[:a])], default=0)
        head = norm[clause_start:a]
        if "分别" in head or any(clause_start <= x < a for x, _ in spans) or not _CLOSED.match(norm, d):
            continue
        groups = targets.urban_and_rural(targets.strip_metric(_clean_metric(head)))
        if len(groups) != 2:
            continue
        out.update({a: groups[0], c: groups[1]})
        if norm[d:d + 1] != ",":
            continue
        nxt = next((x.start() for x in _CLAUSE_MARK.finditer(norm[d + 1:])), len(norm) - d - 1) + d + 1
        more = [(x, y) for x, y in spans if d < x < nxt]
        if len(more) == 2 and _SECOND_LIST_LEAD.fullmatch(norm[d + 1:more[0][0]]) \
                and norm[more[0][1]:more[1][0]] in _LIST_JOINS and not any(x in out for x, _ in more):
            out.update({more[0][0]: groups[0], more[1][0]: groups[1]})


# The end of a clause right after its last figure (a comma, a stop, the text's end).
_CLOSED = re.compile(r"(?:[,;。]|$)")


def _groups_before_respectively(norm: str, spans: list[tuple[int, int]], out: dict[int, str],
                                headless: dict[int, tuple[int, int]]) -> None:
    """城乡居民人均可支配收入42996元、20008元，分别增长8.7%、10.9%: two levels joined as a list after a name of both
    groups (targets.urban_and_rural), right before a 分别 list of two figures naming none: the levels are the urban
    and the rural group's in order (as 分别达到… would say), so the rates after take the groups' names in turn.  So too
    after a list of names sharing their tail (城镇居民、农村居民人均可支配收入3.5万元、1.7万元，分别增长…: targets.split_metrics),
    as many as the levels."""
    for a, (i, n) in list(headless.items()):
        if i != 0 or n < 2:
            continue
        clause = _clause_before(norm, a)
        if clause is None:
            continue
        clause_start, clause_end = clause
        levels = [(x, y) for x, y in spans if clause_start <= x < clause_end]
        if len(levels) != n or any(x in out for x, _ in levels) \
                or any(norm[b:x] not in _LIST_JOINS for (_, b), (x, _) in zip(levels, levels[1:], strict=False)):
            continue
        head = _clean_metric(norm[clause_start:levels[0][0]])
        groups = targets.urban_and_rural(targets.strip_metric(head)) if n == 2 else []
        if not groups and any(j in head for j in _LIST_JOINS):
            groups = [targets.strip_metric(g) for g in targets.split_metrics(head)]
        if len(groups) == n and all(len(normalise(g)) >= 2 for g in groups):
            out.update(zip([x for x, _ in levels], groups, strict=True))


# What opens a list of rates right after a 分别 list (…，增长5.8%、8.3%; …，同比分别增长…; the year compared with named,
# 比2023年分别增长…; the years averaged, …，年均增长8%和10.2%: the same metrics' rates over several years, marked so by
# the claims' own reading of verify.multi_year) and joins its items.
_SECOND_LIST_LEAD = re.compile(f"(?:{vocab.alternation('verify.year_on_year')}|[比较](?:19|20)\\d\\d年(?:同期)?"
                               f"|{vocab.alternation('verify.multi_year')})?(?:分别)?"
                               f"(?:{vocab.alternation('change.growth', 'change.fall')})")
_LIST_JOINS = ("、", "和", "及", "与")


def _second_list_inside(norm: str, figs: list[tuple[int, int]]) -> list[int]:
    """Starts of a second list of figures inside the same 分别 clause, joined to the first by 、 and opened by a change
    word (分别达到45406元和17162元、增长5%和6%: the same metrics' rates in the same order), when the two lists are as long
    as each other and each joins its items as lists do; [] when the clause has no such second list."""
    half = len(figs) // 2
    if half < 2 or len(figs) != 2 * half:
        return []
    first, second = figs[:half], figs[half:]
    gap = norm[first[-1][1]:second[0][0]]
    if gap[:1] != "、" or not _SECOND_LIST_LEAD.fullmatch(gap[1:]):
        return []
    if not all(norm[b:a] in _LIST_JOINS for part in (first, second) for (_, b), (a, _) in zip(part, part[1:], strict=False)):
        return []
    return [a for a, _ in second]
