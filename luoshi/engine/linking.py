"""Linking (关联): a progress row → the task(s) it reports on.

Progress tables quote the tasks they report on: the whole report sentence, one
of its clauses (开工“152”工程项目3个。 out of …引进10亿元以上项目7个,开工“152”
工程项目3个。), two neighbouring sentences run together, a rewording of the
sentence, or the 序号 and 任务名称 of a decomposition-table row.  ``link``
gives one ``judgement.Link`` per row; ``link_rows`` keeps the older
``(task id or None, score)`` shape for callers that want only that.

Method (docs/linking.md says why)
---------------------------------
Texts are compared as written by the government, so both sides are normalised
the same way (``normalise``: full-width forms half-width, punctuation, quotes
and spaces dropped) and cut into **character unigrams and bigrams** — Chinese
has no spaces, and a dictionary word segmenter would need a model download and
still split names such as 始版桥 or 一中心三平台 unpredictably; bigrams carry
most of the meaning of two-character words and all names.

Signals per (row, task):

* **containment** — the normalised row (≥ 4 characters) inside the task, or
  the task (≥ a third of the row) inside the row: score 1.0, a quote;
* **fuzzy** (``rapidfuzz.fuzz.partial_ratio``) — the best alignment of the
  shorter text inside the longer, edit-distance based: a clause quoted with
  small edits (长三角 → 长江三角洲) still scores high;
* **cover** — the simple linker's bigram measure: mean of the Dice
  coefficient of the two bigram sets and the share of the row's bigrams found
  in the task;
* **idf cover** — the share of the row's n-gram information (Lucene BM25 idf
  over the tasks; an n-gram no task has weighs most) that the task holds:
  rare shared n-grams (始版桥, 蓝领公寓) count, the words every task shares
  (推进, 建设, 全面) barely do, and a row's own names that no task has (瓜山)
  count against it;
* **distinct** — BM25 (Lucene, k1 1.2, b 0.75: ``bm25s``'s scores, computed from
  the linking index's own postings) ranks the tasks for the row; the BM25 top task gets its margin over the second (1 − second/first):
  a row about one task in particular, not a topic many tasks share;
* **named** — the row shares a quoted name (“…”, 《…》, 3+ characters) that at
  most two tasks hold;
* **conflict** — row and task give figures of a shared unit and none agree
  (公厕12座 against 公厕10座): another target, most likely another district's.

``score = 1.0`` on containment, else
``0.30·fuzzy + 0.20·cover + 0.30·idf_cover + 0.20·distinct + 0.15·named − 0.25·conflict``
(capped below 1).  The weights were set by reading the signals of the
non-verbatim dev rows (tests/fixtures/labels/links_dev.json), not by search.

Thresholds, measured (``bench/accuracy.py`` prints dev and held-out):

* ``THRESHOLD`` 0.50: below it the row links to nothing (confidence ``none``;
  the candidates are still listed).  On the dev labels the rows of another
  district's task list (拱墅 Q2) score 0.16–0.49 on their best 上城 task and
  the paraphrases 0.47–0.90 (one, a rewriting of the 始版桥 sentence that
  shares little more than its quoted name, 0.47); 0.50 lies between the
  highest other-district row and all but that one paraphrase.  Over all 128
  拱墅 rows 121 stay unlinked; 7 same-topic rows (一件事联办, “最多80天”,
  第七次全国人口普查, “无欠薪”…) link as ``check`` at 0.50–0.75 — the texts are
  near-identical policies, only a person can tell the districts apart.
  Prose unrelated to the report scores 0.13–0.16.
* ``SURE`` 0.80 with a ``MARGIN`` of 0.12 over the runner-up: a rewording
  that scores this high against one task and clearly lower against every other
  is sure (长江三角洲 for 长三角: 0.92); otherwise a linked row is ``check``.
  Hand-written paraphrases score 0.51–0.80, so they are ``check``: a person
  confirms.  A quote (containment) is sure unless another task contains it
  too.  On the labels no ``sure`` link is wrong.

One row covering several tasks: the row is cut into clauses (，；。); a clause
of at least ``CLAUSE_MIN`` characters found verbatim in another task, and in
at most two tasks, adds that task to ``task_ids`` (推动新世界集团项目…全面开工,
推进德寿宫遗址保护性开发 → R1-2-2 and R3-1-2).  One task split across rows
needs nothing special: each row links on its own, so several rows may share a
task.

Rows keyed by a decomposition-table row: a row opening with a number (5 …,
序号79 …, 第12项 …, 2-5 …) whose task list has that 序号 (T5, T79, T2-5) links
to it — sure when the rest of the row agrees with that task's text (or is
empty), check when the rest names nothing of it (the number may be a list
number), and the text decides when it plainly names another task.

Cost: a row's shortlist of ``SHORTLIST`` tasks comes from the inverted index, its
rarest n-grams first, reading at most ``POSTINGS`` postings (every posting of the row
when they are fewer, scoring every task when the plan has at most a few times as many
tasks as that); the shortlisted tasks' BM25 and cheap signals then come from the forward
index, and the costly alignment only for those that can still rank.  A row's work is
bounded by the budget and the shortlist, not by the number of tasks: linking grows as
rows × log(tasks) (docs/linking.md; ``bench/link.py --scale``).

Nothing here downloads anything; bm25s (the reference the BM25 scores are tested against) runs
on numpy with its progress bars off.
"""

from __future__ import annotations

import bisect
import math
import operator
import re
import threading
from collections.abc import Sequence
from itertools import chain, repeat

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from . import vocab
from .collector import paused as collector_paused
from .errors import parses
from .judgement import Candidate, Link, Task
from .text import bigrams, for_parsing, normalise

THRESHOLD = 0.50
SHORTLIST = 64                # tasks per row given the full (costly) comparison, from the BM25 index
POSTINGS = 4096               # postings read per row to find them, rarest n-grams first (``_retrieve``)
BM25_K1, BM25_B = 1.2, 0.75  # Lucene BM25 (the "distinct" signal)
SURE = 0.80
MARGIN = 0.12
CLAUSE_MIN = 6
SCAN_CHARS = 16384            # a plan of at most this many characters is scanned for a text (``_Index.holders``)
_CHAR_KEYS = 1 << 21          # an n-gram's key (``_Index._cut``): a character's is its code point, under this
SIMPLE_THRESHOLD = 0.4        # the simple linker's own cut (simple_link_rows)
# Weights of the signals (module docstring); measured on links_dev.json.
W_PARTIAL, W_COVER, W_ICOVER, W_DISTINCT = 0.30, 0.20, 0.30, 0.20
NAME_BONUS = 0.15
CONFLICT_PENALTY = 0.25

_CLAUSE = re.compile(r"[,，;；。:：!！?？]")
_KEY = re.compile(r"^\s*(?:序号\s*[:：]?\s*|第\s*)?(\d{1,3}(?:\s*[-－—]\s*\d{1,3})?)\s*(?:项|号)?\s*(?:[、.．:：|｜]\s*|\s+|$)")
_FIGURE = vocab.quick(re.compile(rf"(?<!\d)(\d+(?:\.\d+)?)\s*((?:{vocab.scale_alternation()})?{vocab.unit_group()})"),
                      digits=True)


# --- text ---------------------------------------------------------------------

def tokens(norm: str) -> list[str]:
    """Character unigrams and bigrams of a normalised text (the BM25 vocabulary)."""
    return list(norm) + list(map(operator.add, norm, norm[1:]))


def score(row: str, task: str) -> float:
    """Simple similarity in [0, 1] of a row's task text and a task's text (both as written)."""
    return _score(normalise(row), bigrams(normalise(row)), normalise(task), bigrams(normalise(task)))


def _contained(row: str, task: str) -> bool:
    if not row or not task:
        return False
    if len(row) >= 4 and row in task:
        return True
    return len(task) >= 4 and 3 * len(task) >= len(row) and task in row


def _cover(row_grams: set[str], task_grams: set[str]) -> float:
    if not row_grams or not task_grams:
        return 0.0
    shared = len(row_grams & task_grams)
    dice = 2 * shared / (len(row_grams) + len(task_grams))
    return (dice + shared / len(row_grams)) / 2


def _score(row: str, row_grams: set[str], task: str, task_grams: set[str]) -> float:
    if not row or not task:
        return 0.0
    if _contained(row, task):
        return 1.0
    return _cover(row_grams, task_grams)


def _body(task: Task) -> str:
    return task.text or (task.name + task.indicator_text)


# --- the simple linker (baseline, kept for comparison) -----------------------------------

def simple_link_rows(rows: list[str], tasks: list[Task],
                     threshold: float = SIMPLE_THRESHOLD) -> list[tuple[str | None, float]]:
    """The first, bigram-only linker: best task by ``score``; below ``threshold`` None."""
    prepared = [(t.id, normalise(_body(t))) for t in tasks]
    prepared = [(tid, n, bigrams(n)) for tid, n in prepared]
    out: list[tuple[str | None, float]] = []
    for row in rows:
        norm = normalise(row or "")
        grams = bigrams(norm)
        best_id, best = None, 0.0
        for tid, tnorm, tgrams in prepared:
            s = _score(norm, grams, tnorm, tgrams)
            if s > best:
                best_id, best = tid, s
                if s >= 1.0:
                    break
        out.append((best_id if best >= threshold else None, round(best, 3)))
    return out


# --- the linker -------------------------------------------------------------------------------


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


def _conflicts(row_figs: dict[str, set[float]], task_figs: dict[str, set[float]]) -> bool:
    """Row and task give figures of a shared unit and none of the row's values is the task's."""
    shared = row_figs.keys() & task_figs.keys()
    return bool(shared) and all(not (row_figs[u] & task_figs[u]) for u in shared)


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


def _clauses(row: str) -> list[str]:
    return [c for c in (normalise(p) for p in _CLAUSE.split(for_parsing(row or ""))) if c]


def _covered(row: str, primary: int, scores: list[float], index: _Index,
             found: dict[str, list[int]] | None = None) -> list[int]:
    """Further tasks a row quotes: clauses found verbatim in another task (and in at most two tasks).
    ``found``: the holders of each of its clauses of at least ``CLAUSE_MIN`` characters, if already
    looked up (``_quoted_elsewhere``): its clauses are then read from it (a clause written twice, once:
    the second adds no task)."""
    extra: list[int] = []
    for clause in (_clauses(row) if found is None else found):
        if len(clause) < CLAUSE_MIN or clause in index.norms[primary]:
            continue
        holders = found[clause] if found is not None else index.holders(clause)
        if 1 <= len(holders) <= 2:
            for i in holders:
                if i != primary and i not in extra:
                    extra.append(i)
    return extra


def _quoted_elsewhere(row: str, index: _Index) -> tuple[set[int], dict[str, list[int]]]:
    """Every task ``_covered`` could add for this row, whichever task is the best; and the
    holders of each clause looked up."""
    out: set[int] = set()
    found: dict[str, list[int]] = {}
    for clause in _clauses(row):
        if len(clause) >= CLAUSE_MIN:
            holders = found[clause] = index.holders(clause)
            if 1 <= len(holders) <= 2:
                out.update(holders)
    return out, found


# (?<!\s): tried only where a run of spaces begins, not again inside it (linear on a long run with no dash)
_DASH_SPACED = re.compile(r"(?<!\s)\s*[-－—]\s*")


def _keyed(row: str, index: _Index) -> tuple[int | None, str]:
    """(task index, rest of the row) for a row opening with a table 序号 the tasks have."""
    m = _KEY.match(for_parsing(row or ""))
    if not m:
        return None, row
    key = _DASH_SPACED.sub("-", m.group(1))
    for tid in (f"T{key}",):
        if tid in index.by_id:
            return index.by_id[tid], row[m.end():]
    return None, row


def _candidates(order: list[int], scores: list[float], index: _Index, skip: set[int], k: int) -> list[Candidate]:
    out = []
    for i in order:
        if i in skip or scores[i] <= 0:
            continue
        out.append(Candidate(index.tasks[i].id, _body(index.tasks[i]), round(scores[i], 3)))
        if len(out) >= k:
            break
    return out


@parses("linking.link")
def link(rows: Sequence[str], tasks: Sequence[Task], threshold: float = THRESHOLD, sure: float = SURE,
         margin: float = MARGIN, k: int = 3, shortlist: int = SHORTLIST, prune: bool = True,
         postings: int | None = POSTINGS) -> list[Link]:
    """One ``Link`` per row (in order): the task it reports on, or none; see the module docstring.
    ``shortlist``: how many tasks per row, by BM25, get the full comparison (``features``);
    ``prune=False`` computes every signal of every shortlisted task (the same links, slower:
    the reference the pruned search is tested and benched against)."""
    with collector_paused():
        return Linker(tasks, threshold, sure, margin, k, shortlist, prune, postings).link(rows)


class Linker:
    """The tasks indexed once (BM25, n-grams, figures: seconds for thousands of tasks), then
    rows linked in as many calls as wanted — a long table a chunk at a time, for its
    progress bar — each call exactly ``link`` of those rows (numbered from 1)."""

    def __init__(self, tasks: Sequence[Task], threshold: float = THRESHOLD, sure: float = SURE,
                 margin: float = MARGIN, k: int = 3, shortlist: int = SHORTLIST, prune: bool = True,
                 postings: int | None = POSTINGS):
        with collector_paused():
            self.index = _Index(tasks)
        self.params = (threshold, sure, margin, k, shortlist, prune, postings)

    @parses("linking.link")
    def link(self, rows: Sequence[str]) -> list[Link]:
        with collector_paused():
            return self._link(rows)

    def _link(self, rows: Sequence[str]) -> list[Link]:
        out: list[Link] = []
        texts = [raw if isinstance(raw, str) else "" for raw in rows]
        index, params = self.index, self.params
        if not params[5]:           # prune=False: the reference, row by row
            return [_link_one(number, row, index, *params) for number, row in enumerate(texts, 1)]
        # A chunk's rows prepared first and their bounds made together (``_bounds_many``: one
        # array operation over all their shortlisted tasks rather than one a row), then linked.
        for start in range(0, len(texts), _BATCH):
            chunk = texts[start:start + _BATCH]
            prepared = _prepare_many(chunk, index, params[4], params[6])
            # (a row's bounds are read when it has more tasks than it needs scored: ``_ranked``)
            ranked = [p[-1] for p in prepared if p[-1] is not None and len(p[-1].chosen) > 3 + max(params[3], 1)]
            for r, ranking in zip(ranked, _bounds_many(ranked, index), strict=True):
                r.ranking = ranking
            out.extend(_link_one(number, row, index, *params, prepared=p)
                       for number, row, p in zip(range(start + 1, start + len(chunk) + 1), chunk, prepared, strict=True))
        return out


_BATCH = 256    # rows prepared together (``Linker.link``)


def _prepare(row: str, index: _Index, shortlist: int, postings: int | None) -> tuple:
    """A row's 序号 key (task index or None), the rest of the row, the text compared, its normalised
    form, the tasks kept on its shortlist, and the row prepared against the index (``_Row``) or None."""
    return _prepare_many([row], index, shortlist, postings)[0]


def _prepare_many(rows: Sequence[str], index: _Index, shortlist: int, postings: int | None) -> list[tuple]:
    """``_prepare`` of each row, their ``_Row`` made together (``_rows_many``)."""
    out = []
    for row in rows:
        keyed, rest = _keyed(row, index) if index.tasks else (None, row)
        text = rest if keyed is not None else row
        out.append((keyed, rest, text, normalise(text), (keyed,) if keyed is not None else ()))
    wanted = [k for k, p in enumerate(out) if p[3] and index.tasks]
    made = dict(zip(wanted, _rows_many([(out[k][2], out[k][4], out[k][3]) for k in wanted], index, shortlist,
                                       postings), strict=True))
    return [(*p, made.get(k)) for k, p in enumerate(out)]


def _link_one(number: int, row: str, index: _Index, threshold: float, sure: float, margin: float,
              k: int, shortlist: int = SHORTLIST, prune: bool = True, postings: int | None = POSTINGS,
              prepared: tuple | None = None) -> Link:
    # (``prepared``: ``_prepare`` of the row, if made already)
    if prune:
        keyed, rest, text, norm, keep, ready = prepared or _prepare(row, index, shortlist, postings)
    else:
        keyed, rest = _keyed(row, index) if index.tasks else (None, row)
        text = rest if keyed is not None else row
        norm = normalise(text)
        keep = (keyed,) if keyed is not None else ()
    if prune:
        # Exact scores for as many tasks as the link reads: the best, the further tasks its clauses
        # may quote, the candidates and the runner-up (``_ranked``).  The tasks its clauses quote
        # matter only to a row that links, and most rows link to nothing: a row with no 序号 key
        # whose bounds say it cannot link is ranked as far as its best and candidates; one that may
        # is ranked as far as the tasks its clauses quote when it quotes some (below), and as far as
        # its best and candidates otherwise or when it then does not link.
        # (a row with no 序号 key that links to no task reads only its ``k`` best candidates)
        low = max(k, 1) if keyed is None else 0
        need = 1 + max(k, 1)
        found = None
        if keyed is not None:
            elsewhere, found = _quoted_elsewhere(text, index)
            need += len(elsewhere)
        elif ready is not None and ready.ranking is not None and ready.ranking[1] and ready.ranking[1][0] >= threshold:
            # A row that may link (its best bound reaches the threshold) and quotes further tasks is
            # ranked at once as far as those need: the ranking the second call below would give
            # (every search is exact as far as it reads, and reads the same best score), without first
            # ranking it the shorter way and then again with lower cutoffs.  A row that then does
            # not link is ranked the shorter way, as it would have been.
            elsewhere, found = _quoted_elsewhere(text, index)
            if elsewhere:
                scores, order = _ranked(index, text, keep, shortlist, need + len(elsewhere), postings,
                                        low=low, threshold=threshold, row=ready)
                if order and scores[order[0]] >= threshold:
                    return _linked(number, row, index, text, keyed, norm, scores, order, found, threshold, sure,
                                   margin, k)
        scores, order = ({}, []) if ready is None else _ranked(
            index, text, keep, shortlist, need, postings, low=low, threshold=threshold, row=ready)
        if keyed is None and found is None and order and scores[order[0]] >= threshold:
            elsewhere, found = _quoted_elsewhere(text, index)
            if elsewhere:
                scores, order = _ranked(index, text, keep, shortlist, need + len(elsewhere), postings,
                                        low=low, threshold=threshold, row=ready)
    else:
        found = None
        scores, chosen = _scores(norm, index, text, keep, shortlist, postings)
        order = sorted(chosen, key=lambda i: (-scores[i], i))
    return _linked(number, row, index, text, keyed, norm, scores, order, found, threshold, sure, margin, k)


def _linked(number: int, row: str, index: _Index, text: str, keyed: int | None, norm: str, scores, order: list[int],
            found: dict[str, list[int]] | None, threshold: float, sure: float, margin: float, k: int) -> Link:
    """The row's ``Link`` from its tasks' scores, best first (``_link_one``)."""
    method = "text"
    if keyed is not None:
        key_score = scores[keyed] if norm else 1.0
        best = order[0] if order else keyed
        plainly_other = bool(norm) and scores[best] >= sure and key_score < threshold
        if not plainly_other:
            confidence = "sure" if (not norm or key_score >= threshold) else "check"
            return Link(row=number, row_text=row, task_id=index.tasks[keyed].id,
                        task_text=_body(index.tasks[keyed]), score=round(max(key_score, threshold), 3),
                        confidence=confidence,
                        candidates=_candidates(order, scores, index, {keyed}, k),
                        task_ids=[index.tasks[keyed].id], method="key")
    if not order or scores[order[0]] < threshold:
        best_score = scores[order[0]] if order else 0.0
        return Link(row=number, row_text=row, task_id=None, task_text="", score=round(best_score, 3),
                    confidence="none", candidates=_candidates(order, scores, index, set(), k),
                    task_ids=[], method="none")
    best = order[0]
    extra = _covered(text, best, scores, index, found)
    tied = [i for i in order[1:] if scores[i] >= scores[best] - 1e-9 and i not in extra]
    runner = next((scores[i] for i in order[1:] if i not in extra), 0.0)
    if scores[best] >= 1.0:
        method = "quote"
        confidence = "check" if tied else "sure"
    else:
        method = "similar"
        confidence = "sure" if scores[best] >= sure and scores[best] - runner >= margin else "check"
    ids = [index.tasks[best].id] + [index.tasks[i].id for i in extra]
    return Link(row=number, row_text=row, task_id=index.tasks[best].id, task_text=_body(index.tasks[best]),
                score=round(scores[best], 3), confidence=confidence,
                candidates=_candidates(order, scores, index, {best, *extra}, k),
                task_ids=ids, method=method + ("+several" if extra else ""))


def link_rows(rows: list[str], tasks: list[Task], threshold: float = THRESHOLD) -> list[tuple[str | None, float]]:
    """For each row's task text, (best task id or None, score rounded to 3 places)."""
    return [(lk.task_id, lk.score) for lk in link(rows, tasks, threshold=threshold)]
