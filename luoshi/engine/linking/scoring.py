"""Scoring a row against its shortlisted tasks (the method: the package's docstring): the signals
(``_signals``, ``features``), their weighted sum (``_combined``, ``combine``), upper bounds that skip the costly
alignment where a task cannot rank (``_bounds``, ``_bounds_many``, ``_under``), and the tasks ranked (``_ranked``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import chain

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from ..text import normalise
from .ngrams import _contained, _cover
from .retrieval import _Row
from .task_index import _Index

SHORTLIST = 64                # tasks per row given the full (costly) comparison, from the BM25 index
POSTINGS = 4096               # postings read per row to find them, rarest n-grams first (``_retrieve``)
# Weights of the signals (module docstring); measured on links_dev.json.
W_PARTIAL, W_COVER, W_ICOVER, W_DISTINCT = 0.30, 0.20, 0.30, 0.20
NAME_BONUS = 0.15
CONFLICT_PENALTY = 0.25


def _conflicts(row_figs: dict[str, set[float]], task_figs: dict[str, set[float]]) -> bool:
    """Row and task give figures of a shared unit and none of the row's values is the task's."""
    shared = row_figs.keys() & task_figs.keys()
    return bool(shared) and all(not (row_figs[u] & task_figs[u]) for u in shared)


def _signals(row: _Row, index: _Index, i: int, rel_i: float) -> tuple[float, ...] | None:
    """(contained, partial, cover, icover, distinct, named, conflict) of task ``i`` for the row;
    None for a task with no text (every signal zero)."""
    tnorm = index.norms[i]
    if not tnorm:
        return None
    norm = row.norm
    return (
        1.0 if _contained(norm, tnorm) else 0.0,
        fuzz.partial_ratio(norm, tnorm) / 100.0 if min(len(norm), len(tnorm)) >= 2 else 0.0,
        _cover(row.grams, index.grams[i]),
        # the row's n-grams this task has, weighted by idf (the set intersection runs in C)
        index.shared_idf(row.toks, i) / row.total,
        max(0.0, rel_i - row.second) if rel_i >= row.first else 0.0,
        1.0 if i in row.named else 0.0,
        1.0 if row.row_figs and _conflicts(row.row_figs, index.figures[i]) else 0.0,
    )


_SIGNALS = ("contained", "partial", "cover", "icover", "distinct", "named", "conflict")


def features(row_text: str, index: _Index, keep: Sequence[int] = (),
             shortlist: int = SHORTLIST, postings: int | None = POSTINGS) -> tuple[dict[str, list[float]], list[int]]:
    """Per-task signals for one row (see the module docstring), and the tasks they were
    computed for.

    The signals are computed only for a shortlist (``_Row``): the ``shortlist`` best tasks by
    BM25 (found from the row's rarest n-grams, at most ``postings`` postings read; None: every
    posting), every task that contains the row (a quote), every holder of a quoted name, and
    ``keep`` (a task the row's 序号 names).  Every other task keeps zero on every signal, so
    it can neither win nor be a candidate.  A plan of at most ``shortlist`` tasks is compared
    in full.  (``link`` itself computes the costliest signal, the edit-distance alignment,
    only for the shortlisted tasks that can still rank: ``_ranked``.)"""
    n = len(index.tasks)
    feats: dict[str, list[float]] = {k: [0.0] * n for k in _SIGNALS}
    if not normalise(row_text) or not n:
        return feats, []
    row = _Row(row_text, index, keep, shortlist, postings)
    rel_of = row.rel.tolist()
    columns = [feats[k] for k in _SIGNALS]
    for i, rel_i in zip(row.chosen, rel_of, strict=True):
        values = _signals(row, index, i, rel_i)
        if values is not None:
            for column, value in zip(columns, values, strict=True):
                column[i] = value
    return feats, row.chosen


def _combined(contained: float, partial: float, cover: float, icover: float, distinct: float, named: float,
              conflict: float) -> float:
    if contained:
        return 1.0
    s = (W_PARTIAL * partial + W_COVER * cover + W_ICOVER * icover
         + W_DISTINCT * distinct + NAME_BONUS * named - CONFLICT_PENALTY * conflict)
    return max(0.0, min(s, 0.999))


def combine(f: dict[str, list[float]], i: int) -> float:
    """One task's score from its signals."""
    return _combined(*(f[k][i] for k in _SIGNALS))


def _scores(norm: str, index: _Index, row_text: str, keep: Sequence[int] = (),
            shortlist: int = SHORTLIST, postings: int | None = POSTINGS) -> tuple[list[float], list[int]]:
    """Every task's score (zero off the shortlist) and the shortlist: every shortlisted task
    compared in full (the reference ``_ranked`` is checked against)."""
    f, chosen = features(row_text, index, keep, shortlist, postings)
    scores = [0.0] * len(index.tasks)
    for i in chosen:
        scores[i] = combine(f, i)
    return scores, chosen


_SLACK = 1e-6   # an upper bound's allowance for sums taken in another order than the exact score's


def _partial(norm: str, tnorm: str, i: int, known: dict[int, float], cutoff: float | None = None) -> float:
    """``fuzz.partial_ratio(norm, tnorm)`` (0–100), with ``score_cutoff=cutoff`` when given (0 for an
    alignment under it), read from what an earlier call for the same row and task found when that
    settles it: ``known[i]`` the exact ratio, or minus a cutoff it was found to lie under.  rapidfuzz
    answers the exact ratio at or above the cutoff and 0 under it; a ratio within 1e-6 of the cutoff
    is asked again (at equality it may answer 0)."""
    k = known.get(i)
    if k is not None:
        if k >= 0:
            if cutoff is None or cutoff == 0 or abs(k - cutoff) >= 1e-6:
                return k if cutoff is None or k > cutoff else 0.0
        elif cutoff is not None and (cutoff == -k or cutoff >= 2e-6 - k):
            return 0.0
    if cutoff is None:
        value = known[i] = fuzz.partial_ratio(norm, tnorm)
        return value
    value = fuzz.partial_ratio(norm, tnorm, score_cutoff=cutoff)
    if value > 0 or cutoff == 0:
        known[i] = value
    elif k is None or k < 0:
        known[i] = -cutoff
    return value


def _under(norm: str, tnorm: str, lcs: int, cutoff: float) -> bool:
    """Whether ``fuzz.partial_ratio(norm, tnorm)`` is certainly under ``cutoff`` (0–100), by an upper
    bound tighter than ``_bounds_many``'s 2L/(m + L), from two LCS passes of a tenth of an alignment's cost.

    rapidfuzz aligns the shorter text (m characters) with windows of the longer (n > m): the full
    windows of m characters, the prefixes and (long needle: only) the suffixes shorter than m
    (rapidfuzz.fuzz_py's ``_partial_ratio_short_needle``, and the long needle's windows from a
    matching block, cut at the text's end), scoring each 2c/(m + l), c the LCS with a window of l.
    A full window: c ≤ L, the whole texts' LCS, so at most L/m.  A prefix shorter than m lies in
    the first m - 1 characters: c ≤ P = LCS with them and c ≤ l, so at most 2P/(m + P) (2x/(m + x)
    rises with x); a suffix likewise with S, the last m - 1.  Equal lengths (rapidfuzz also aligns
    the other way) are left to the call.  ``tests/test_linking.py`` checks the bound on random texts."""
    m, n = len(norm), len(tnorm)
    if m == n:
        return False
    if m > n:
        norm, tnorm, m, n = tnorm, norm, n, m
    if cutoff <= 100.0 * lcs / m + 1e-4:
        return False
    sim = LCSseq.similarity
    p = sim(norm, tnorm[:m - 1])
    if cutoff <= 200.0 * p / (m + p) + 1e-4:
        return False
    q = sim(norm, tnorm[n - m + 1:])
    return cutoff > 200.0 * q / (m + q) + 1e-4


def _bounds(row: _Row, index: _Index) -> tuple[list, ...]:
    """One row's ``_bounds_many``."""
    return _bounds_many([row], index)[0]


def _bounds_many(rows: Sequence[_Row], index: _Index) -> list[tuple[list, ...]]:
    """For each row, the shortlisted tasks by falling bound (places in ``row.chosen``), their bounds,
    and the vectorised signals ``_ranked`` reads (cover, distinct, named, the best alignment the
    shared characters allow, and every signal but the alignment and a figure conflict summed), as lists.

    Many rows at once (``Linker.link`` asks for a chunk's rows together): each array operation runs
    once over every row's shortlisted tasks (a row's tasks are its run of "slots") instead of once
    a row on a few dozen values, and every value is the same floating-point operation on the same
    operands as for the row alone (a ``bincount`` sums each slot's weights in their order; the sort
    is stable by row, then by falling bound), so the same bounds to the last bit."""
    if not rows:
        return []
    sizes = [len(r.chosen) for r in rows]
    offsets = np.zeros(len(rows) + 1, dtype=np.intp)
    np.cumsum(sizes, out=offsets[1:])
    n_slots = int(offsets[-1])
    ch = np.fromiter(chain.from_iterable(r.chosen for r in rows), dtype=np.intp, count=n_slots)
    # per slot: the row's figures (each row's value repeated over its run of slots)
    per_row = np.array([(len(r.norm), len(r.grams), r.total, r.first, r.second) for r in rows], dtype=float)
    sizes_a = np.asarray(sizes, dtype=np.intp)
    row_len, n_row, total, first, second = (np.repeat(per_row[:, j], sizes_a) for j in range(5))
    # The row's n-grams each shortlisted task holds (``_Row.hits``), every row's slots numbered apart.
    slot = np.concatenate([r.hits[0] + offsets[k] for k, r in enumerate(rows)])
    if len(slot):
        term_off = np.zeros(len(rows) + 1, dtype=np.intp)
        np.cumsum([len(r.terms) for r in rows], out=term_off[1:])
        place = np.concatenate([r.hits[1] + term_off[k] for k, r in enumerate(rows)])
        held = np.concatenate([r.hits[2] for r in rows])
        all_terms = np.concatenate([r.terms for r in rows])
        all_query = np.concatenate([r.query + term_off[k] for k, r in enumerate(rows)])
        terms = all_terms[place]
        gram = index.is_gram[terms]
        in_row = np.bincount(all_query, minlength=len(all_terms))[place]    # a character: how often the row has it
        char = ~gram
        icover = np.bincount(slot, weights=index.term_idf[terms], minlength=n_slots) / total
        shared = np.bincount(slot[gram], minlength=n_slots)
        # The alignment's bound: partial_ratio is 2·LCS/(m + l) for the shorter text (m characters)
        # against a window of the longer (l ≤ m characters); the LCS is at most C, the characters
        # the two texts share (as multisets), so it is at most 2C/(m + C) (tightened below).
        common = np.bincount(slot[char], weights=np.minimum(held[char], in_row[char]), minlength=n_slots)
    else:
        icover = shared = common = np.zeros(n_slots)
    lengths = index.lengths[ch]
    shorter = np.minimum(lengths, row_len)
    # Tighter: the LCS of the two whole texts (one bit-parallel pass each, a tenth of an alignment's
    # cost) bounds the LCS with any window, so the alignment is at most 2L/(m + L), L ≤ C.
    # (a row against its tasks at a time: rapidfuzz prepares the row's bit masks once for them all)
    norms = index.norms
    lcs = np.concatenate([process.cdist([r.norm], [norms[i] for i in r.chosen], scorer=LCSseq.similarity,
                                        dtype=np.float64)[0] for r in rows])
    common = np.minimum(common, lcs)
    align = 2 * common / np.maximum(shorter + common, 1)     # C ≤ m: at most 1
    align[shorter < 2] = 0.0
    n_task = index.gram_counts[ch]
    # as ``_cover`` (zero when either side has no bigram: then none is shared)
    cover = (2 * shared / np.maximum(n_row + n_task, 1) + shared / np.maximum(n_row, 1)) / 2
    rel_ch = np.concatenate([r.rel for r in rows])
    distinct = np.where(rel_ch >= first, np.maximum(0.0, rel_ch - second), 0.0)
    named = np.zeros(n_slots)
    marked = [offsets[k] + np.searchsorted(r.chosen, sorted(r.named)) for k, r in enumerate(rows) if r.named]
    if marked:
        named[np.concatenate(marked)] = 1.0      # named tasks are on the shortlist
    bound = W_PARTIAL * align + W_COVER * cover + W_ICOVER * icover + W_DISTINCT * distinct + NAME_BONUS * named + _SLACK
    # Containment scores 1.0: a task holding the row, or one whose every bigram the row has.
    may_hold = (n_task > 0) & (shared >= n_task) & (lengths >= 4) & (3 * lengths >= row_len)
    bound = np.where(may_hold, 1.0 + _SLACK, bound)
    held_by = [offsets[k] + np.searchsorted(r.chosen, r.holding) for k, r in enumerate(rows) if r.holding]
    if held_by:                                       # every holder is on the shortlist
        bound[np.concatenate(held_by)] = 1.0 + _SLACK
    # Each row's tasks by falling bound, ties in shortlist order (a stable sort by row, then bound).
    by_bound = _falling_by_run(bound, sizes_a, offsets)
    # Then by falling bound: the alignment (the one costly signal) computed, the task's score put
    # together from it and the vectorised signals, until the ``need``-th best beats every bound left.
    order_pos = (by_bound - np.repeat(offsets[:-1], sizes_a)).tolist()
    bounds = bound[by_bound].tolist()
    cover_l, distinct_l, named_l, aligns = cover.tolist(), distinct.tolist(), named.tolist(), align.tolist()
    lcs_l = lcs.astype(np.intp).tolist()      # the whole texts' LCS (``_under``)
    # every signal but the alignment and a figure conflict (a rough sum: the exact score is taken below)
    rests = (W_COVER * cover + W_ICOVER * icover + W_DISTINCT * distinct + NAME_BONUS * named).tolist()
    out = []
    for k in range(len(rows)):
        a, b = int(offsets[k]), int(offsets[k + 1])
        out.append((order_pos[a:b], bounds[a:b], cover_l[a:b], distinct_l[a:b], named_l[a:b], aligns[a:b], rests[a:b],
                    lcs_l[a:b]))
    return out


def _falling_by_run(values: np.ndarray, sizes: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """``np.lexsort((-values, run))`` of values in runs one after another (``sizes`` long, starting at
    ``offsets``): each run's places by falling value, ties in their order, the runs in order.  One stable
    sort along the rows of a table of runs × the longest run, each run's negated values padded with +inf
    after them (sorted last, then left out), instead of a lexsort of every value by two keys: the same
    order, each row's few dozen values sorted apart."""
    m, n = len(sizes), len(values)
    width = int(sizes.max()) if m else 0
    if not n or not width:
        return np.lexsort((-values, np.repeat(np.arange(m), sizes)))
    table = np.full((m, width), np.inf)
    table[np.repeat(np.arange(m), sizes), np.arange(n) - np.repeat(offsets[:-1], sizes)] = -values
    order = np.argsort(table, axis=1, kind="stable")
    return (order + offsets[:-1, None])[order < sizes[:, None]]


def _ranked(index: _Index, row_text: str, keep: Sequence[int] = (), shortlist: int = SHORTLIST,
            need: int = 1, postings: int | None = POSTINGS, low: int = 0,
            threshold: float = 0.0, row: _Row | None = None) -> tuple[dict[int, float], list[int]]:
    """The shortlisted tasks' exact scores, best first (score, then task order), as far as the
    ``need`` best and every task tied with the best are certain: the same ranking as ``_scores``
    gives for its first ``need`` tasks, without computing every shortlisted task's signals.
    With ``low`` (fewer than ``need``): once every task left is sure to score under
    ``threshold`` and under the ``low`` best so far, only those ``low`` best are made certain
    (a row that links to no task reads no more: its candidates).

    The cheap signals of every shortlisted task come vectorised from the inverted index (the
    tasks holding each of the row's n-grams: bigram cover, idf cover and the characters shared,
    by ``np.bincount``); a task's score is at most those with the best alignment the shared
    characters allow and no figure conflict, or 1.0 when it may contain the row or be contained
    in it (its every bigram in the row).  Tasks
    are then scored exactly (``_signals``, the same code as ``features``) by falling bound, and
    the search stops when the ``need``-th best exact score beats every bound left.  ``row``: the
    row already prepared (``_Row`` of the same text, keep, shortlist and postings), if it was."""
    n = len(index.tasks)
    if row is None:
        if not normalise(row_text) or not n:
            return {}, []
        row = _Row(row_text, index, keep, shortlist, postings)
    chosen = row.chosen
    scores: dict[int, float] = {}

    def exact(i: int) -> float:
        values = _signals(row, index, i, row.rel_of(i))
        s = scores[i] = _combined(*values) if values is not None else 0.0
        return s

    if len(chosen) <= need + 2:
        for i in chosen:
            exact(i)
        return scores, sorted(scores, key=lambda i: (-scores[i], i))
    if row.ranking is None:
        row.ranking = _bounds(row, index)
    order_pos, bounds, cover_l, distinct_l, named_l, aligns, rests, lcs_l = row.ranking
    norm, figs = row.norm, row.row_figs
    short_row = len(norm) < 2
    norms = index.norms
    # the tasks' figures read straight from the per-task cache (made on a miss), the row's units once
    fig_values, fig_of = index.figures._values, index.figures.__getitem__
    fig_units = figs.keys()
    known = row.aligned
    partial_ratio = fuzz.partial_ratio
    insort = bisect.insort
    rough: dict[int, float] = {}
    aligned: dict[int, tuple[float, int, float]] = {}     # task → (partial, its place in ``ch``, conflict)
    best: list[float] = []            # the ``need`` best scores so far, ascending
    # ``best[0]`` once ``need`` scores are in (else None), and whether it is above the allowance:
    # kept beside ``best`` so that each task's tests read locals
    kth = None
    ranking_on = False
    floor = None
    low_gate = threshold - 2 * _SLACK
    for pos, bound in zip(order_pos, bounds, strict=True):
        if kth is not None and bound < kth - _SLACK:
            break       # no task left can reach the ``need`` best, nor tie with the best
        if (low and len(best) >= low and best[-1] < low_gate
                and bound < best[-low] - _SLACK):
            # No task left can reach the ``low`` best, and the best (a rough sum: hence the
            # allowance) stays under the threshold whatever they score: the ``low`` best suffice.
            floor = best[-low] - 2 * _SLACK
            break
        i = chosen[pos]
        tnorm = norms[i]
        if not tnorm:
            s = 0.0
        elif bound >= 1.0 and _contained(norm, tnorm):      # only a bound of 1 may contain
            s = 1.0
        else:
            short_task = short_row or len(tnorm) < 2
            ranking = ranking_on and not short_task
            # (a task whose best alignment could not rank is not reached: the bounds fall, and the
            # loop stops at the first under the ``need``-th best; the cutoff below is the exact test)
            conflict = 0.0
            if fig_units:
                task_figs = fig_values[i]
                if task_figs is None:
                    task_figs = fig_of(i)
                if task_figs:
                    # ``_conflicts``: a shared unit, and none of the row's values the task's
                    shared = fig_units & task_figs.keys()
                    if shared and all(not (figs[u] & task_figs[u]) for u in shared):
                        conflict = 1.0
            rest = rests[pos] - CONFLICT_PENALTY * conflict
            if short_task:
                partial = 0.0
            elif not ranking:
                if i in known:
                    partial = _partial(norm, tnorm, i, known) / 100.0
                else:
                    value = known[i] = partial_ratio(norm, tnorm)
                    partial = value / 100.0
            else:
                # Only an alignment good enough to rank matters: below ``cutoff`` rapidfuzz answers
                # 0 sooner, and the task is left out (it cannot rank).
                cutoff = 100.0 * (kth - 2 * _SLACK - rest) / W_PARTIAL
                if cutoff > 100.0 * aligns[pos] + 1e-4:
                    continue        # not even the best alignment its shared characters allow would rank
                least = 0.0 if cutoff < 0.0 else cutoff     # (``max(cutoff, 0.0)``)
                if i in known:
                    partial = _partial(norm, tnorm, i, known, least) / 100.0
                elif least > 0 and _under(norm, tnorm, lcs_l[pos], least):
                    known[i] = -least       # as rapidfuzz's 0 under the cutoff is recorded
                    partial = 0.0
                else:
                    value = partial_ratio(norm, tnorm, score_cutoff=least)
                    known[i] = value if value > 0 or least == 0 else -least
                    partial = value / 100.0
                if cutoff > 0 and partial == 0.0:
                    continue
            s = max(0.0, min(W_PARTIAL * partial + rest, 0.999))
            aligned[i] = (partial, pos, conflict)
        rough[i] = s
        if kth is None:
            insort(best, s)
            if len(best) >= need:
                kth = best[0]
                ranking_on = kth > 4 * _SLACK
        elif s > kth:
            best.pop(0)
            insort(best, s)
            kth = best[0]
            ranking_on = kth > 4 * _SLACK
    # The tasks that may rank among the ``need`` best, scored exactly as ``features`` does: the
    # vectorised cover, distinct and named signals are the same floating-point operations as
    # ``_signals``'s, the idf cover summed as it sums it (the vectorised sum may differ in the
    # last bits); the others cannot rank there.
    if floor is None:
        floor = kth - 2 * _SLACK if kth is not None else -1.0
    toks, total, icovers = row.toks, row.total, row.icovers
    # (``index.shared_idf`` inline: the same set intersection summed in its order)
    idf_of, id_of = index.idf_by_id.__getitem__, index.vocab.__getitem__
    tok_values, tok_of = index.toksets._values, index.toksets.__getitem__
    for i, s in rough.items():
        if s >= floor:
            if i in aligned:
                partial, pos, conflict = aligned[i]
                icover_i = icovers.get(i)
                if icover_i is None:
                    task_toks = tok_values[i]
                    if task_toks is None:
                        task_toks = tok_of(i)
                    icover_i = icovers[i] = sum(map(idf_of, map(id_of, toks & task_toks))) / total
                # ``_combined`` (not contained), the same sum in the same order
                v = (W_PARTIAL * partial + W_COVER * cover_l[pos] + W_ICOVER * icover_i
                     + W_DISTINCT * distinct_l[pos] + NAME_BONUS * named_l[pos] - CONFLICT_PENALTY * conflict)
                scores[i] = max(0.0, min(v, 0.999))
            else:
                scores[i] = s           # contained (1.0) or a task with no text (0.0): exact already
    for i in keep:      # the keyed task's own score is read whatever it is (it is on the shortlist)
        if 0 <= i < n and i not in scores:
            exact(i)
    # best first, ties in task order (a stable sort by falling score of the tasks in order)
    return scores, sorted(sorted(scores), key=scores.__getitem__, reverse=True)
