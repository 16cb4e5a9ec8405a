"""A row prepared against the index (``_Row``): its n-grams, the shortlist of tasks from its rarest postings
(``_retrieve``), their BM25 and the margin of the best (``_distinct``), its quoted names; rows of a chunk
prepared together (``_rows_many``, ``_shortlist_many``).
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence
from itertools import chain, repeat

import numpy as np

from ..text import for_parsing, normalise
from .task_index import _by_place, _figures, _gather, _Index, _stable_argsort

_NAME = re.compile(r"“([^”]{2,40})”|《([^》]{2,60})》|\"([^\"]{2,40})\"")


def _names(text: str, parsed: str | None = None) -> list[str]:
    """Quoted names of a text (“上城之上·空中坊巷”, 《优化营商环境条例》), normalised, 3+ characters.
    ``parsed``: ``for_parsing`` of the text, if already made."""
    out = []
    for m in _NAME.finditer(for_parsing(text or "") if parsed is None else parsed):
        name = normalise(next(g for g in m.groups() if g))
        if len(name) >= 3 and not name.isdigit():
            out.append(name)
    return out


class _Row:
    """One row's text prepared against an index: its n-grams and their idf, the shortlist of tasks
    (``chosen``) that get the full comparison, their BM25 scores relative to the best (``rel``,
    in ``chosen``'s order; ``rel_of(i)`` for task i) and the row's n-grams each of them holds (``hits``:
    the task's place in ``chosen``, the n-gram's place in ``terms``, how often the task has it).

    The shortlist: the ``shortlist`` best tasks by BM25 among those found from the row's rarest
    n-grams (``postings``: at most that many postings read, rarest n-gram first; None reads every
    posting of every n-gram of the row, the exhaustive retrieval), every task containing the row
    (a quote), every holder of a quoted name the row gives (at most two) and ``keep`` (a task the
    row's 序号 names).  Their BM25 scores, and what they share with the row, come from the
    postings read when those were all of the row's, else from the forward index: the work grows
    with the postings read and the shortlist's length, not with the number of tasks."""

    __slots__ = ("norm", "grams", "toks", "total", "rel", "first", "second", "row_figs",
                 "named", "chosen", "holding", "terms", "query", "hits", "ranking", "aligned", "icovers")

    def __init__(self, row_text: str, index: _Index, keep: Sequence[int], shortlist: int,
                 postings: int | None = None, norm: str | None = None):
        # (``norm``: ``normalise(row_text)``, if already made)
        cut = self._begin(row_text, index, norm)
        toks = self.toks
        vocab_get = index.vocab.get
        # The row's n-grams the tasks have (``terms``: distinct ids) and bm25s's query: every n-gram
        # in the row's order, repeats kept, as places in ``terms``; ``by_term`` holds those places
        # while the shortlist is made.
        by_task, by_term = index.scratch()
        uniq, query = _distinct(np.array([j for j in map(vocab_get, cut) if j is not None], dtype=np.intp),
                                by_term)
        self.terms, self.query = uniq, query
        # The idf of the row's distinct n-grams summed (``index.idf``): those the tasks have by id, the
        # others one value each.  (The order of the sum is no more fixed than a set's of strings was.)
        self.total = (float(index.term_idf[uniq].sum()) + index._idf_unseen * (len(toks) - len(uniq))) or 1.0
        try:
            self._shortlist(index, keep, shortlist, postings, by_task, by_term)
        finally:
            by_term[uniq] = -1

    def _begin(self, row_text: str, index: _Index, norm: str | None) -> list[str]:
        """What the row holds whatever the shortlist (its n-grams, the tasks quoting it, its figures
        and quoted names); its n-grams in order (``tokens``) returned."""
        norm = self.norm = normalise(row_text) if norm is None else norm
        pairs = list(map(operator.add, norm, norm[1:]))      # the row's bigrams in order
        self.grams = set(pairs)                              # (``bigrams``)
        cut = list(norm) + pairs                             # (``tokens``)
        self.toks = set(cut)
        self.holding = index.holders(norm) if len(norm) >= 4 else []     # the tasks quoting the row whole
        parsed = for_parsing(row_text or "")
        self.row_figs = _figures(row_text, parsed)
        names = [(nm, index.holders(nm)) for nm in _names(row_text, parsed)]
        self.named = {i for _nm, holders in names if len(holders) <= 2 for i in holders}
        # What ``_ranked`` works out for the row whatever it is asked for, kept for its next call
        # (a row that links is ranked again, further): the bounds and the vectorised signals
        # (``ranking``), and each alignment computed (``aligned``: task → the exact partial_ratio,
        # or the negated cutoff under which it was found to lie).
        self.ranking = None
        self.aligned: dict[int, float] = {}
        self.icovers: dict[int, float] = {}     # task → its idf cover (``_ranked``)
        return cut

    def _shortlist(self, index: _Index, keep: Sequence[int], shortlist: int, postings: int | None,
                   by_task: np.ndarray, by_term: np.ndarray) -> None:
        n, uniq, query = len(index.tasks), self.terms, self.query
        runs = index.indptr[uniq + 1] - index.indptr[uniq]
        total = int(runs.sum())
        forced = set(self.holding) | self.named | {i for i in keep if 0 <= i < n}
        rel = read = None
        walk = np.arange(len(uniq))
        if postings is None or n <= shortlist or (total <= postings and n <= 4 * total):
            # Every posting of the row's n-grams read, every task scored (no more work than the
            # postings: a plan of at most a few times as many tasks), exactly as bm25s scores.
            every = index.bm25_of(uniq[query])
            top = float(every.max()) if n else 0.0
            rel = every / top if top > 0 else np.zeros(n)
            chosen = (list(range(n)) if n <= shortlist
                      else sorted(forced.union(np.argpartition(-every, shortlist)[:shortlist].tolist())))
        else:
            if total > postings:
                rarest = np.lexsort((uniq, runs))
                walk = rarest[:max(1, int(np.searchsorted(np.cumsum(runs[rarest]), postings, side="right")))]
            read = _gather(index.indptr, uniq[walk])[0]
            chosen = sorted(forced.union(_retrieve(index, read, np.repeat(np.bincount(query, minlength=len(uniq))[walk],
                                                                        runs[walk]), shortlist, by_task)))
        self.chosen = chosen
        ch = np.asarray(chosen, dtype=np.intp)
        # The shortlisted tasks' postings of the row's n-grams: from the row's postings when they
        # were all read and are fewer than the shortlisted tasks' n-grams, else from the forward index.
        if len(walk) == len(uniq) and total <= index.fwd_ptr[ch + 1].sum() - index.fwd_ptr[ch].sum():
            if read is None:
                read = _gather(index.indptr, uniq)[0]
            by_task[ch] = np.arange(len(ch))
            slot = by_task[index.post_tasks[read]]
            by_task[ch] = -1
            hit = slot >= 0
            place = np.repeat(np.arange(len(uniq)), runs)[hit]
            read, slot = read[hit], slot[hit]
            times, impact = index.post_times[read], index.bm25_data[read]
        else:
            picks, per_task = _gather(index.fwd_ptr, ch)
            place = by_term[index.fwd_terms[picks]]          # the row's n-grams' places (``_distinct``)
            hit = place >= 0
            slot, place, picks = np.repeat(np.arange(len(ch)), per_task)[hit], place[hit], picks[hit]
            times, impact = index.fwd_times[picks], index.fwd_bm25[picks]
        self.hits = (slot, place, times)
        if rel is not None:             # every task's, from which the best two
            self.rel = rel[ch]
        else:
            # The shortlisted tasks' BM25 as bm25s sums it (``bm25_of``): float32, one n-gram of the
            # query after the other, a task's absent n-grams adding zero.  The best two tasks by
            # BM25 are among them (the rarest n-grams carry most of a task's score).
            bm = np.zeros(len(ch))
            if len(query) and len(slot):
                table = np.zeros((len(uniq), len(ch)), dtype=np.float32)
                table[place, slot] = impact
                bm = np.cumsum(table[query], axis=0, dtype=np.float32)[-1].astype(float)
            top = float(bm.max()) if len(bm) else 0.0
            rel = self.rel = bm / top if top > 0 else np.zeros(len(ch))
        # the best two (the two largest values, as a sort would give them)
        if len(rel) >= 2:
            second, first = np.partition(rel, len(rel) - 2)[-2:].tolist()
            self.first, self.second = first, second
        else:
            self.first, self.second = (rel.tolist() + [0.0, 0.0])[:2]

    def rel_of(self, i: int) -> float:
        """Task ``i``'s BM25 relative to the best (``i`` is shortlisted)."""
        return float(self.rel[bisect.bisect_left(self.chosen, i)])


def _rows_many(items: Sequence[tuple[str, Sequence[int], str]], index: _Index, shortlist: int,
               postings: int | None) -> list[_Row]:
    """``_Row(text, index, keep, shortlist, postings, norm)`` for each ``(text, keep, norm)``, the
    same rows to the last bit, with each array operation run once over many rows instead of once
    a row on a few hundred values: a row's distinct n-grams in the order ``_distinct`` gives them
    (by their last occurrence), every task's BM25 as one float32 ``np.add.at`` over the rows'
    postings (each (row, task) cell added to in the row's order, as ``bm25_of`` adds), each row's
    ``argpartition`` along its own axis, and the shortlisted tasks' postings found through a table
    of (row, task) pairs.  A row that reads only its rarest postings (a plan too large for its
    postings: ``_retrieve``) is made by ``_Row`` itself."""
    n = len(index.tasks)
    rows: list[_Row] = []
    cut_all: list[str] = []
    cut_lens: list[int] = []
    for text, _keep, norm in items:
        r = _Row.__new__(_Row)
        cut = r._begin(text, index, norm)
        cut_all.extend(cut)
        cut_lens.append(len(cut))
        rows.append(r)
    if not rows:
        return rows
    n_rows = len(rows)
    # Every row's n-grams' ids in one pass (-1: no task has it), those the tasks have kept in order.
    raw = np.fromiter(map(index.vocab.get, cut_all, repeat(-1)), dtype=np.intp, count=len(cut_all))
    known = raw >= 0
    ids = raw[known]
    row_of = np.repeat(np.arange(n_rows), cut_lens)[known]
    counts = np.bincount(row_of, minlength=n_rows)
    # Each row's distinct n-grams by their last occurrence (``_distinct``) and each n-gram's place among them.
    key = row_of * max(len(index.vocab), 1) + ids
    by_key = _stable_argsort(key, n_rows * max(len(index.vocab), 1))
    sorted_key = key[by_key]
    new_group = np.empty(len(key), dtype=bool)
    new_group[:1] = True
    np.not_equal(sorted_key[1:], sorted_key[:-1], out=new_group[1:])
    group = np.cumsum(new_group) - 1                       # each sorted occurrence's group
    last = by_key[np.flatnonzero(np.append(new_group[1:], len(key) > 0))]    # each group's last occurrence
    by_last = _by_place(last, len(key))
    rank = np.empty(len(last), dtype=np.intp)
    rank[by_last] = np.arange(len(last))
    uniq_all = ids[last[by_last]]
    u_counts = np.bincount(row_of[last[by_last]], minlength=n_rows)
    u_off = np.zeros(n_rows + 1, dtype=np.intp)
    np.cumsum(u_counts, out=u_off[1:])
    occurrence_rank = np.empty(len(key), dtype=np.intp)
    occurrence_rank[by_key] = rank[group]
    query_all = occurrence_rank - u_off[row_of]
    q_off = np.zeros(n_rows + 1, dtype=np.intp)
    np.cumsum(counts, out=q_off[1:])
    idf_u = index.term_idf[uniq_all]
    runs_u = index.indptr[uniq_all + 1] - index.indptr[uniq_all]
    postings_of = np.bincount(np.repeat(np.arange(n_rows), u_counts), weights=runs_u, minlength=n_rows).tolist()
    u_off_l, q_off_l = u_off.tolist(), q_off.tolist()
    batched: list[int] = []
    for k, r in enumerate(rows):
        a, b = u_off_l[k], u_off_l[k + 1]
        r.terms, r.query = uniq_all[a:b], query_all[q_off_l[k]:q_off_l[k + 1]]
        r.total = (float(idf_u[a:b].sum()) + index._idf_unseen * (len(r.toks) - (b - a))) or 1.0
        read = int(postings_of[k])
        if postings is None or n <= shortlist or (read <= postings and n <= 4 * read):
            batched.append(k)
    # (rows whose every task's BM25 is held at once: a few hundred KB, which stay in the cache; a plan
    # of thousands of tasks takes its rows a few at a time)
    per = max(1, (1 << 16) // max(n, 1))
    for start in range(0, len(batched), per):
        _shortlist_many(rows, batched[start:start + per], index, shortlist, items, ids, q_off_l, runs_u, u_off_l)
    for k, r in enumerate(rows):
        if not hasattr(r, "chosen"):
            text, keep, norm = items[k]
            rows[k] = _Row(text, index, keep, shortlist, postings, norm)
    return rows


def _shortlist_many(rows: list[_Row], ks: list[int], index: _Index, shortlist: int, items, ids: np.ndarray,
                    q_off: list[int], runs_u: np.ndarray, u_off: list[int]) -> None:
    """``_Row._shortlist`` of the rows ``ks`` that read every posting of their n-grams (every task
    scored), together; a row whose shortlisted tasks have fewer n-grams than its postings reads
    what they share from the forward index, alone (``_forward_hits``)."""
    n = len(index.tasks)
    m = len(ks)
    # every task's BM25 for each row (``bm25_of``: its query is its n-grams in order, repeats kept)
    q_ids = np.concatenate([ids[q_off[k]:q_off[k + 1]] for k in ks])
    picks, runs_q = _gather(index.indptr, q_ids)
    q_rows = np.repeat(np.arange(m), [q_off[k + 1] - q_off[k] for k in ks])
    scores = np.zeros(m * n, dtype=np.float32)
    np.add.at(scores, np.repeat(q_rows, runs_q) * n + index.post_tasks[picks], index.bm25_data[picks])
    every = np.asarray(scores, dtype=float).reshape(m, n)
    top = every.max(axis=1) if n else np.zeros(m)
    if n > shortlist:
        best = np.argpartition(-every, shortlist, axis=1)[:, :shortlist].tolist()
    chosen_l = []
    for j, k in enumerate(ks):
        r = rows[k]
        keep = items[k][1]
        forced = set(r.holding) | r.named | {i for i in keep if 0 <= i < n}
        chosen_l.append(list(range(n)) if n <= shortlist else sorted(forced.union(best[j])))
    sizes = np.array([len(c) for c in chosen_l], dtype=np.intp)
    ch = np.fromiter(chain.from_iterable(chosen_l), dtype=np.intp, count=int(sizes.sum()))
    ch_rows = np.repeat(np.arange(m), sizes)
    # the shortlisted tasks' postings read from the rows' postings when those are fewer (``_shortlist``)
    u_sizes = np.array([u_off[k + 1] - u_off[k] for k in ks], dtype=np.intp)
    runs_k = np.concatenate([runs_u[u_off[k]:u_off[k + 1]] for k in ks])
    read_total = np.bincount(np.repeat(np.arange(m), u_sizes), weights=runs_k, minlength=m)
    fwd = index.fwd_ptr[ch + 1] - index.fwd_ptr[ch]
    fwd_total = np.bincount(ch_rows, weights=fwd, minlength=m)
    fits = read_total <= fwd_total
    terms_k = np.concatenate([rows[k].terms for k in ks])
    read, _ = _gather(index.indptr, terms_k)
    read_rows = np.repeat(np.repeat(np.arange(m), u_sizes), runs_k)
    # (each (row, task) pair's place on the row's shortlist, -1 off it, in one table of rows × tasks)
    ch_off = np.zeros(m + 1, dtype=np.intp)
    np.cumsum(sizes, out=ch_off[1:])
    table = np.full(m * n, -1, dtype=np.intp)
    table[ch_rows * n + ch] = np.arange(len(ch)) - np.repeat(ch_off[:-1], sizes)
    at = table[read_rows * n + index.post_tasks[read]]
    hit = at >= 0
    hit_rows = read_rows[hit]
    slot = at[hit]
    t_off = np.zeros(m + 1, dtype=np.intp)
    np.cumsum(u_sizes, out=t_off[1:])
    place = np.repeat(np.arange(len(terms_k)) - np.repeat(t_off[:-1], u_sizes), runs_k)[hit]
    times = index.post_times[read[hit]]
    h_off = np.zeros(m + 1, dtype=np.intp)
    np.cumsum(np.bincount(hit_rows, minlength=m), out=h_off[1:])
    # (each shortlisted task's BM25 relative to its row's best, as ``_shortlist`` divides every task's)
    top_ch = top[ch_rows]
    rel_ch = np.zeros(len(ch))
    np.divide(every[ch_rows, ch], top_ch, out=rel_ch, where=top_ch > 0)
    # each row's two best relative scores (the values a partition gives): its largest, then the largest
    # left once one place holding it is taken out (no sort: a few passes over the slots)
    firsts, seconds = _two_best(rel_ch, sizes, ch_off, ch_rows)
    fits_l, ch_off_l, h_off_l = fits.tolist(), ch_off.tolist(), h_off.tolist()
    by_term = index.scratch()[1]
    for j, k in enumerate(ks):
        r = rows[k]
        a, b = ch_off_l[j], ch_off_l[j + 1]
        r.chosen = chosen_l[j]
        if fits_l[j]:
            c, d = h_off_l[j], h_off_l[j + 1]
            r.hits = (slot[c:d], place[c:d], times[c:d])
        else:       # the shortlisted tasks have fewer n-grams than the row has postings
            r.hits = _forward_hits(index, ch[a:b], r.terms, by_term)
        r.rel = rel_ch[a:b]
        r.first, r.second = firsts[j], seconds[j]


def _two_best(values: np.ndarray, sizes: np.ndarray, offsets: np.ndarray, rows: np.ndarray) -> tuple[list, list]:
    """For each run of ``values`` (``sizes`` long, starting at ``offsets``; ``rows``: each value's run), the
    largest value and the second largest (the largest again when it is there twice; 0.0 past a run's
    length), as lists of floats: the last two of the run sorted, with no sort."""
    m = len(sizes)
    firsts, seconds = np.zeros(m), np.zeros(m)
    full = sizes > 0
    if not full.any():
        return firsts.tolist(), seconds.tolist()
    starts = offsets[:-1][full]
    firsts[full] = np.maximum.reduceat(values, starts)
    # one place of each run holding its largest value (the first), taken out for the second
    top_at = np.flatnonzero(values == firsts[rows])
    _, first_of_run = np.unique(rows[top_at], return_index=True)
    rest = values.copy()
    rest[top_at[first_of_run]] = -np.inf
    two = sizes >= 2
    if two.any():
        seconds[full] = np.where(two[full], np.maximum.reduceat(rest, starts), 0.0)
    return firsts.tolist(), seconds.tolist()


def _forward_hits(index: _Index, ch: np.ndarray, uniq: np.ndarray, by_term: np.ndarray) -> tuple[np.ndarray, ...]:
    """``_Row.hits`` from the forward index: the n-grams ``uniq`` (a row's) that the tasks ``ch`` hold,
    as ``_shortlist`` reads them when the tasks have fewer n-grams than the row has postings."""
    by_term[uniq] = np.arange(len(uniq))
    try:
        picks, per_task = _gather(index.fwd_ptr, ch)
        place = by_term[index.fwd_terms[picks]]          # the row's n-grams' places (``_distinct``)
        hit = place >= 0
        return np.repeat(np.arange(len(ch)), per_task)[hit], place[hit], index.fwd_times[picks[hit]]
    finally:
        by_term[uniq] = -1


def _distinct(ids: np.ndarray, by_term: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of ``ids`` and each one's place among them, through the scratch slots
    ``by_term`` (at -1 before; left holding each distinct value's place, for the caller to read
    and then set back to -1)."""
    pos = np.arange(len(ids))
    by_term[ids] = pos                        # one occurrence's place per value (whichever is written last)
    uniq = ids[by_term[ids] == pos]
    by_term[uniq] = np.arange(len(uniq))
    return uniq, by_term[ids]


def _retrieve(index: _Index, read: np.ndarray, times: np.ndarray, shortlist: int,
              by_task: np.ndarray) -> list[int]:
    """The ``shortlist`` best tasks by the BM25 of the postings ``read`` (``times``: how often the
    row has each one's n-gram).  ``_Row`` reads the rarest n-grams' postings first, as long as no
    more than its budget is read in all (the rarest always): the n-grams past the budget are the
    commonest — characters and bigrams that a large share of the tasks hold (推进, 建设) — which
    weigh least in every task's score (their idf is the lowest) and no longer pick tasks; the
    shortlisted tasks' scores count them.  When the row's n-grams have no more postings than the
    budget, every posting is read and the shortlist is the exhaustive one."""
    holder = index.post_tasks[read]
    weights = index.bm25_data[read] * times
    # The distinct tasks of the postings read, and each posting's task among them (scratch slots).
    tasks, slot = _distinct(holder, by_task)
    by_task[tasks] = -1
    if len(tasks) <= shortlist:
        return tasks.tolist()
    score = np.bincount(slot, weights=weights, minlength=len(tasks))
    return tasks[np.argpartition(-score, shortlist)[:shortlist].tolist()].tolist()
