"""The linking index over a plan's tasks (``_Index``): n-gram postings and BM25 (Lucene, k1 1.2, b 0.75) per
posting, each task's normalised text, figures and quoted names read once, the tasks holding a text, and the sorts
by one composite key it is built with (``_stable_argsort``, ``_unique_first``, ``_by_place``).
"""

from __future__ import annotations

import bisect
import math
import operator
import re
import threading
from collections.abc import Sequence

import numpy as np

from .. import vocab
from ..judgement import Task
from ..text import bigrams, for_parsing, normalise
from .ngrams import _body, tokens

BM25_K1, BM25_B = 1.2, 0.75  # Lucene BM25 (the "distinct" signal)
SCAN_CHARS = 16384            # a plan of at most this many characters is scanned for a text (``_Index.holders``)
_CHAR_KEYS = 1 << 21          # an n-gram's key (``_Index._cut``): a character's is its code point, under this


_FIGURE = vocab.quick(re.compile(rf"(?<!\d)(\d+(?:\.\d+)?)\s*((?:{vocab.scale_alternation()})?{vocab.unit_group()})"),
                      digits=True)


# --- sorts by one composite key ------------------------------------------------
# numpy's stable sort of int64 is a timsort (comparisons, about a microsecond an item in an index of a
# few thousand n-grams), its default sort of int64 a vectorised quicksort some six times faster, and its
# stable sort of a 16-bit type a radix sort, faster still.  A stable sort by ``keys`` is the plain sort of
# ``keys · L + position`` (L the number of keys): every composite is distinct, so any sort gives the one
# order, ties kept in their order.  The helpers below give what ``np.unique`` and a stable ``argsort``
# give, the same arrays, by those sorts where the composite fits in 63 bits (else by numpy's own).
def _composite_fits(keys: np.ndarray, n: int) -> bool:
    """Whether ``keys · n + position`` fits in an int64 for every key (``keys`` non-negative integers)."""
    return n > 0 and int(keys.min()) >= 0 and (int(keys.max()) + 1) * n < (1 << 62)


def _stable_argsort(keys: np.ndarray, bound: int) -> np.ndarray:
    """``np.argsort(keys, kind="stable")`` of non-negative integer ``keys`` under ``bound``: a radix sort
    of them as 16-bit values where they fit, else one sort of the composite keys."""
    n = len(keys)
    if n and bound <= (1 << 16):
        return np.argsort(keys.astype(np.uint16), kind="stable")
    if not _composite_fits(keys, n):
        return np.argsort(keys, kind="stable")
    pos = np.arange(n, dtype=np.int64)
    return np.sort(keys.astype(np.int64) * n + pos) % n


def _unique_first(keys: np.ndarray, inverse: bool = False) -> tuple[np.ndarray, ...]:
    """``np.unique(keys, return_index=True, return_counts=True)`` (and ``return_inverse`` with ``inverse``)
    of non-negative integer ``keys``: the distinct keys ascending, each one's first place in ``keys``, how
    many times it is there (and each key's place among the distinct ones), by one sort of the composite
    keys: each distinct key's run in the sort holds its places ascending, so its first is its first place."""
    n = len(keys)
    if not n or not _composite_fits(keys, n):
        found = np.unique(keys, return_index=True, return_inverse=inverse, return_counts=True)
        return (found[0], found[1], found[3], found[2].ravel()) if inverse else found
    c = np.sort(keys.astype(np.int64) * n + np.arange(n, dtype=np.int64))
    sk = c // n
    pos = c - sk * n
    new = np.empty(n, dtype=bool)
    new[0] = True
    np.not_equal(sk[1:], sk[:-1], out=new[1:])
    starts = np.flatnonzero(new)
    counts = np.diff(np.append(starts, n))
    out = (sk[starts], pos[starts], counts)
    if inverse:
        inv = np.empty(n, dtype=np.intp)
        inv[pos] = np.cumsum(new) - 1
        out = (*out, inv)
    return out


def _by_place(places: np.ndarray, n: int) -> np.ndarray:
    """``np.argsort(places)`` of distinct places in ``range(n)``: their order read off one array of ``n``
    slots instead of sorted."""
    slots = np.full(n, -1, dtype=np.intp)
    slots[places] = np.arange(len(places))
    return slots[slots >= 0]


class _Index:
    """Tasks prepared once: normalised bodies, bigram sets, figures, the BM25 index, and the
    bodies joined in one string so that "which tasks contain this text" is one C-level
    ``str.find`` scan instead of a Python loop over the tasks."""

    def __init__(self, tasks: Sequence[Task]):
        self.tasks = list(tasks)
        self.norms = [normalise(_body(t)) for t in self.tasks]
        self.starts = []
        pos = 0
        for norm in self.norms:
            self.starts.append(pos)
            pos += len(norm) + 1
        self.joined = "\x00".join(self.norms)
        # Each task's bigram set and figures, made when first asked for (the exact comparison
        # reads them for the few tasks that can rank, not for every task of the plan).
        self.grams = _PerTask(lambda i: bigrams(self.norms[i]), len(self.tasks))
        self.figures = _PerTask(lambda i: _figures(_body(self.tasks[i])), len(self.tasks))
        self.by_id = {t.id: i for i, t in enumerate(self.tasks)}
        # The inverted index: every n-gram (character or bigram) of the tasks → the tasks holding
        # it and how many times each holds it, as flat arrays (``_gather`` reads many n-grams at once).
        vocab, cut_lens, owner_of, flat_ids, keys = self._cut()
        self.vocab: dict[str, int] = dict(zip(vocab, range(len(vocab)), strict=True))   # n-gram → id, by first occurrence
        # Each task's n-grams (its set made when first asked for: ``shared_idf``)
        self.toksets = _PerTask(lambda i: set(tokens(self.norms[i])), len(self.tasks))
        # Each task's distinct n-grams in the order they first occur in it, with how often it has
        # each (what a ``Counter`` per task gives), for all the tasks in a few array operations.
        n_voc = max(len(self.vocab), 1)
        pairs, first, counts = _unique_first(owner_of * n_voc + flat_ids)
        by_first = _by_place(first, len(flat_ids))
        owners_a = pairs[by_first] // n_voc
        ids = pairs[by_first] % n_voc
        times = counts[by_first]
        # The forward index (task → its n-grams, times and BM25 impacts, task by task): a row's
        # shortlisted tasks are read from it, whatever the number of tasks.
        self.fwd_ptr = np.zeros(len(self.tasks) + 1, dtype=np.intp)
        np.cumsum(np.bincount(owners_a, minlength=len(self.tasks)), out=self.fwd_ptr[1:])
        self.fwd_terms = ids
        self.fwd_times = np.asarray(times, dtype=float)
        self.is_gram = keys >= _CHAR_KEYS                   # by n-gram id
        order = _stable_argsort(ids, n_voc)               # each n-gram's tasks in task order
        runs = np.bincount(ids, minlength=len(self.vocab))
        self.indptr = np.zeros(len(self.vocab) + 1, dtype=np.intp)
        np.cumsum(runs, out=self.indptr[1:])
        self.post_tasks = owners_a[order]
        self.post_times = self.fwd_times[order]
        self.df: dict[str, int] = dict(zip(self.vocab, runs.tolist(), strict=True))
        # each task's number of distinct bigrams (its distinct n-grams but the characters)
        self.gram_counts = np.bincount(owners_a[self.is_gram[ids]], minlength=len(self.tasks)).astype(float)
        self.lengths = np.array([len(n) for n in self.norms])
        self._idf: dict[str, float] = {}   # per n-gram, computed once for all rows
        self._local = threading.local()    # this thread's scratch arrays (``scratch``)
        self._idf_unseen = math.log(1 + (len(self.tasks) + 0.5) / 0.5)
        # BM25 (Lucene, k1 1.2, b 0.75) of every posting, from the same postings: what bm25s's
        # ``BM25.index`` computes per task (``bm25_reference``; a task with no text counts as one
        # empty token), in the same float types, so the same float32 scores, without building a
        # second index of the same n-grams.  ``fwd_bm25``: the same values task by task.
        self.bm25_data = self.fwd_bm25 = np.zeros(0, dtype=np.float32)
        self.term_idf = np.zeros(0)
        self.idf_by_id: list[float] = []    # ``term_idf`` as Python floats: ``idf`` of a known n-gram by its id
        if self.vocab:
            k1, b = BM25_K1, BM25_B
            lens = np.maximum(cut_lens, 1)
            l_avg = lens.mean()
            n_docs = len(self.tasks)
            # (float64 ``term_idf``: ``idf`` by n-gram id, for the bounds of ``_ranked``)
            # (one ``math.log`` per distinct task count, read by each n-gram's count)
            by_df = np.array([math.log(1 + (n_docs - df + 0.5) / (df + 0.5)) for df in range(int(runs.max()) + 1)])
            self.term_idf = by_df[runs]
            self.idf_by_id = self.term_idf.tolist()
            idf = self.term_idf.astype(np.float32)
            tf = self.fwd_times.astype(np.float32)
            norm_len = k1 * ((1 - b) + b * lens / l_avg)              # float64, per task
            tfc = tf / (norm_len[owners_a] + tf)                       # float64 (float32 tf widened)
            self.fwd_bm25 = (idf[ids] * tfc).astype(np.float32)
            self.bm25_data = self.fwd_bm25[order]

    def _cut(self) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
        """The tasks' n-grams (``tokens`` of each body, one after the other), counted without
        making a string of each: every character's code point (one array of the bodies joined), a
        character's key its code point and a bigram's (first + 1) · 2²¹ + second, so that every
        key is one n-gram's; the n-gram ids in the order of first occurrence (``np.unique``'s
        first index ranked) as ``dict.fromkeys`` over the tokens gives them.  Returns the
        vocabulary (each n-gram's text by id), the length of each task's cut, each token's task
        and id, in the tokens' order, and each n-gram's key by id."""
        n = len(self.norms)
        lens = np.fromiter(map(len, self.norms), dtype=np.intp, count=n)
        if not int(lens.sum()):
            none = np.zeros(0, dtype=np.intp)
            return [], np.zeros(n, dtype=np.intp), none, none, np.zeros(0, dtype=np.int64)
        codes = np.frombuffer(self.joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        grams = np.empty(len(codes), dtype=np.int64)
        grams[:-1] = ((codes[:-1] + 1) << 21) | codes[1:]
        grams[-1:] = 0
        keys = np.concatenate((codes, grams))
        n_grams = np.maximum(lens - 1, 0)
        cut_lens = lens + n_grams
        starts = np.asarray(self.starts, dtype=np.intp)
        # each task's characters, then its bigrams (``tokens``), task after task
        seg_starts = np.stack((starts, starts + len(codes)), axis=1).ravel()
        seg_lens = np.stack((lens, n_grams), axis=1).ravel()
        offsets = np.cumsum(seg_lens) - seg_lens
        flat = keys[np.arange(int(seg_lens.sum())) + np.repeat(seg_starts - offsets, seg_lens)]
        uniq, first, _, inverse = _unique_first(flat, inverse=True)
        by_first = _by_place(first, len(flat))
        rank = np.empty(len(uniq), dtype=np.intp)
        rank[by_first] = np.arange(len(uniq))
        by_id = uniq[by_first]
        # the n-grams' texts by id (a character, or two): every n-gram's first character decoded at
        # once, a bigram's second joined to it
        gram = by_id >= _CHAR_KEYS
        heads = np.where(gram, (by_id >> 21) - 1, by_id).astype(np.uint32)
        vocab = list(heads.tobytes().decode("utf-32-le", "surrogatepass"))
        at = np.flatnonzero(gram)
        if len(at):
            tails = (by_id[at] & (_CHAR_KEYS - 1)).astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
            texts = np.array(vocab, dtype=object)
            texts[at] = list(map(operator.add, texts[at].tolist(), tails))
            vocab = texts.tolist()
        owners = np.repeat(np.arange(n, dtype=np.intp), cut_lens)
        return vocab, cut_lens, owners, rank[inverse.ravel()], by_id

    def scratch(self) -> tuple[np.ndarray, np.ndarray]:
        """This thread's scratch arrays, one slot per task and one per n-gram, at -1 between uses:
        which of many postings belong to a few tasks or n-grams is then one array read each,
        however many tasks there are, where a search or a sort costs a log."""
        arrays = getattr(self._local, "arrays", None)
        if arrays is None:
            arrays = self._local.arrays = (np.full(len(self.tasks), -1, dtype=np.intp),
                                           np.full(len(self.vocab), -1, dtype=np.intp))
        return arrays

    def holders(self, needle: str) -> list[int]:
        """Indices of the tasks whose normalised body contains ``needle``, in order.

        A task holding the needle holds each of its characters and bigrams, so only the tasks
        holding its rarest n-gram (from the inverted index) are searched: the cost grows with
        how many tasks share that n-gram, not with all the tasks' text.  A plan of at most
        ``SCAN_CHARS`` characters is scanned instead: one C-level ``str.find`` over so little text
        costs less than reading the needle's n-grams' task counts (the same tasks)."""
        if not needle or "\x00" in needle:
            return []
        if len(self.joined) <= SCAN_CHARS:
            return self._holders_by_scan(needle)
        grams = list(map(operator.add, needle, needle[1:])) or [needle]
        runs = list(map(self.df.get, grams))    # each n-gram's number of tasks (its run of postings)
        if None in runs:
            return []               # no task has one of its n-grams
        fewest = min(runs)
        rarest = grams[runs.index(fewest)]      # the first of the rarest
        norms = self.norms
        start = int(self.indptr[self.vocab[rarest]])
        return [i for i in self.post_tasks[start:start + fewest].tolist() if needle in norms[i]]

    def _holders_by_scan(self, needle: str) -> list[int]:
        """``holders`` by one scan of every task's text (the reference the index is tested against)."""
        out: list[int] = []
        if not needle or "\x00" in needle:
            return out
        pos = self.joined.find(needle)
        while pos != -1:
            i = bisect.bisect_right(self.starts, pos) - 1
            out.append(i)
            following = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.joined)
            pos = self.joined.find(needle, following)
        return out

    def shared_idf(self, toks: set[str], i: int) -> float:
        """The idf (``idf``) of the n-grams of ``toks`` that task ``i`` has, summed."""
        vocab, by_id = self.vocab, self.idf_by_id
        return sum(map(by_id.__getitem__, map(vocab.__getitem__, toks & self.toksets[i])))

    def idf(self, tok: str) -> float:
        """Lucene's BM25 idf over the tasks (an n-gram no task has weighs most)."""
        value = self._idf.get(tok)
        if value is None:
            df = self.df.get(tok, 0)
            if not df:
                return self._idf_unseen     # every n-gram no task has: one value, kept once
            value = self._idf[tok] = math.log(1 + (len(self.tasks) - df + 0.5) / (df + 0.5))
        return value

    def bm25_reference(self, norms: Sequence[str]) -> list[np.ndarray]:
        """BM25 of every task for each row of ``norms`` by bm25s itself (its index built here,
        its ``get_scores``): what ``bm25_scores`` is tested against."""
        n = len(self.tasks)
        # the reference only (tests, bench): not loaded to link (about 0.1 s of start-up)
        import bm25s

        model = bm25s.BM25(k1=BM25_K1, b=BM25_B)
        if self.vocab:
            model.index([tokens(m) or [""] for m in self.norms], show_progress=False)
        out = []
        for norm in norms:
            ids = [model.vocab_dict[t] for t in tokens(norm) if t in model.vocab_dict] if self.vocab else []
            out.append(np.asarray(model.get_scores(ids), dtype=float) if ids else np.zeros(n))
        return out

    def bm25_scores(self, norm: str, toks: list[str] | None = None):
        """BM25 of every task for the row ``norm`` (``toks``: its ``tokens``, if already cut)."""
        n = len(self.tasks)
        if not self.vocab or not norm:
            return np.zeros(n)
        vocab_get = self.vocab.get
        return self.bm25_of([j for t in (tokens(norm) if toks is None else toks) if (j := vocab_get(t)) is not None])

    def bm25_of(self, ids) -> np.ndarray:
        """BM25 of every task for a query of n-gram ids (in the row's order, repeats kept)."""
        n = len(self.tasks)
        if not len(ids):
            return np.zeros(n)
        # bm25s's own sum (``get_scores``: one ``np.add.at`` per query n-gram, in order, in float32)
        # as one ``np.add.at`` over the n-grams' postings joined in the same order: the same
        # additions in the same order, so the same scores, without a Python loop.
        picks, _ = _gather(self.indptr, np.asarray(ids, dtype=np.intp))
        scores = np.zeros(n, dtype=np.float32)
        np.add.at(scores, self.post_tasks[picks], self.bm25_data[picks])
        return np.asarray(scores, dtype=float)


class _PerTask:
    """A value per task computed when first read (``fn(i)``), then kept."""

    __slots__ = ("_fn", "_values")

    def __init__(self, fn, n: int):
        self._fn = fn
        self._values: list = [None] * n

    def __getitem__(self, i: int):
        value = self._values[i]
        if value is None:
            value = self._values[i] = self._fn(i)
        return value

    def __len__(self) -> int:
        return len(self._values)


def _gather(indptr: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positions of the postings of ``ids`` (in order, each id's run in turn) in a flat
    posting array delimited by ``indptr``, and each id's run length: one pass, no Python loop."""
    starts = indptr[ids]
    runs = indptr[ids + 1] - starts
    offsets = np.cumsum(runs) - runs
    return np.arange(int(runs.sum())) + np.repeat(starts - offsets, runs), runs


def _figures(text: str, parsed: str | None = None) -> dict[str, set[float]]:
    """Figures by unit (公厕10座 → {"座": {10}}): to notice a row quoting other targets than a task's.
    ``parsed``: ``for_parsing`` of the text, if already made."""
    out: dict[str, set[float]] = {}
    for m in _FIGURE.finditer(for_parsing(text or "") if parsed is None else parsed):
        out.setdefault(m.group(2), set()).add(float(m.group(1)))
    return out
