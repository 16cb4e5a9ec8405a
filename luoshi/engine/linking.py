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
* **distinct** — ``bm25s`` (Lucene BM25, k1 1.2, b 0.75) ranks the tasks for
  the row; the BM25 top task gets its margin over the second (1 − second/first):
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

Cost: the BM25 scores of every task are one vectorised pass; the other signals
are computed for a shortlist of ``SHORTLIST`` tasks per row (the BM25 best, the
tasks containing the row or a quoted name it gives, the keyed task), so linking
grows with rows × log(tasks) in the Python work rather than rows × tasks
(docs/linking.md; ``bench/link.py --scale``).

Nothing here downloads anything; bm25s runs on numpy with its progress bars off.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence

import bm25s
import numpy as np
from rapidfuzz import fuzz

from . import vocab
from .errors import parses
from .judgement import Candidate, Link, Task
from .text import bigrams, for_parsing, normalise

THRESHOLD = 0.50
SHORTLIST = 64                # tasks per row given the full (costly) comparison, from the BM25 index
SURE = 0.80
MARGIN = 0.12
CLAUSE_MIN = 6
SIMPLE_THRESHOLD = 0.4        # the simple linker's own cut (simple_link_rows)
# Weights of the signals (module docstring); measured on links_dev.json.
W_PARTIAL, W_COVER, W_ICOVER, W_DISTINCT = 0.30, 0.20, 0.30, 0.20
NAME_BONUS = 0.15
CONFLICT_PENALTY = 0.25

_CLAUSE = re.compile(r"[,，;；。:：!！?？]")
_KEY = re.compile(r"^\s*(?:序号\s*[:：]?\s*|第\s*)?(\d{1,3}(?:\s*[-－—]\s*\d{1,3})?)\s*(?:项|号)?\s*(?:[、.．:：|｜]\s*|\s+|$)")
_FIGURE = re.compile(rf"(?<!\d)(\d+(?:\.\d+)?)\s*((?:{vocab.scale_alternation()})?{vocab.unit_group()})")


# --- text ---------------------------------------------------------------------

def tokens(norm: str) -> list[str]:
    """Character unigrams and bigrams of a normalised text (the BM25 vocabulary)."""
    return list(norm) + [norm[i:i + 2] for i in range(len(norm) - 1)]


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
        self.grams = [bigrams(n) for n in self.norms]
        self.figures = [_figures(_body(t)) for t in self.tasks]
        self.by_id = {t.id: i for i, t in enumerate(self.tasks)}
        self.toksets = [set(tokens(n)) for n in self.norms]
        self.df: dict[str, int] = {}
        for toks in self.toksets:
            for tok in toks:
                self.df[tok] = self.df.get(tok, 0) + 1
        self._idf: dict[str, float] = {}   # per n-gram, computed once for all rows
        self.bm25 = None
        corpus = [tokens(n) or [""] for n in self.norms]
        if any(any(tok for tok in doc) for doc in corpus):
            self.bm25 = bm25s.BM25(k1=1.2, b=0.75)
            self.bm25.index(corpus, show_progress=False)

    def holders(self, needle: str) -> list[int]:
        """Indices of the tasks whose normalised body contains ``needle``, in order."""
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

    def idf(self, tok: str) -> float:
        """Lucene's BM25 idf over the tasks (an n-gram no task has weighs most)."""
        value = self._idf.get(tok)
        if value is None:
            n, df = len(self.tasks), self.df.get(tok, 0)
            value = self._idf[tok] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        return value

    def bm25_scores(self, norm: str):
        n = len(self.tasks)
        if self.bm25 is None or not norm:
            return np.zeros(n)
        toks = [t for t in tokens(norm) if t in self.bm25.vocab_dict]
        if not toks:
            return np.zeros(n)
        return np.asarray(self.bm25.get_scores(toks), dtype=float)


def _figures(text: str) -> dict[str, set[float]]:
    """Figures by unit (公厕10座 → {"座": {10}}): to notice a row quoting other targets than a task's."""
    out: dict[str, set[float]] = {}
    for m in _FIGURE.finditer(for_parsing(text or "")):
        out.setdefault(m.group(2), set()).add(float(m.group(1)))
    return out


def _conflicts(row_figs: dict[str, set[float]], task_figs: dict[str, set[float]]) -> bool:
    """Row and task give figures of a shared unit and none of the row's values is the task's."""
    shared = set(row_figs) & set(task_figs)
    return bool(shared) and all(not (row_figs[u] & task_figs[u]) for u in shared)


_NAME = re.compile(r"“([^”]{2,40})”|《([^》]{2,60})》|\"([^\"]{2,40})\"")


def _names(text: str) -> list[str]:
    """Quoted names of a text (“上城之上·空中坊巷”, 《优化营商环境条例》), normalised, 3+ characters."""
    out = []
    for m in _NAME.finditer(for_parsing(text or "")):
        name = normalise(next(g for g in m.groups() if g))
        if len(name) >= 3 and not name.isdigit():
            out.append(name)
    return out


def features(row_text: str, index: _Index, keep: Sequence[int] = (),
             shortlist: int = SHORTLIST) -> tuple[dict[str, list[float]], list[int]]:
    """Per-task signals for one row (see the module docstring), and the tasks they were
    computed for.

    Cost per row does not grow as rows × tasks: the BM25 scores of every task are one
    vectorised pass over the index, and the costly signals (edit-distance alignment,
    n-gram cover, figures) are computed only for a shortlist: the ``shortlist`` best
    tasks by BM25, every task that contains the row (a quote, found by one string scan),
    every holder of a quoted name, and ``keep`` (a task the row's 序号 names).  Every
    other task keeps zero on every signal, so it can neither win nor be a candidate.  A
    plan of at most ``shortlist`` tasks is compared in full, as before."""
    norm = normalise(row_text)
    n = len(index.tasks)
    feats: dict[str, list[float]] = {k: [0.0] * n for k in
                                     ("contained", "partial", "cover", "icover", "distinct", "named", "conflict")}
    if not norm or not n:
        return feats, []
    grams = bigrams(norm)
    toks = set(tokens(norm))
    idf = {t: index.idf(t) for t in toks}
    total = sum(idf.values()) or 1.0
    bm = index.bm25_scores(norm)
    top = float(bm.max()) if len(bm) else 0.0
    rel = bm / top if top > 0 else np.zeros(n)
    ranked = np.sort(np.partition(rel, n - 2)[n - 2:])[::-1] if n >= 2 else rel
    first, second = ([float(x) for x in ranked] + [0.0, 0.0])[:2]
    row_figs = _figures(row_text)
    names = [(nm, index.holders(nm)) for nm in _names(row_text)]
    if n <= shortlist:
        chosen = list(range(n))
    else:
        picked = {int(i) for i in np.argpartition(-bm, shortlist)[:shortlist]}
        if len(norm) >= 4:
            picked.update(index.holders(norm))
        for _nm, holders in names:
            if len(holders) <= 2:
                picked.update(holders)
        picked.update(i for i in keep if 0 <= i < n)
        chosen = sorted(picked)
    rel_of = rel.tolist()          # Python floats: indexing a numpy array per task costs more
    named = {i for _nm, holders in names if len(holders) <= 2 for i in holders}
    contained, partial, cover, icover = feats["contained"], feats["partial"], feats["cover"], feats["icover"]
    distinct, named_f, conflict = feats["distinct"], feats["named"], feats["conflict"]
    for i in chosen:
        tnorm = index.norms[i]
        if not tnorm:
            continue
        contained[i] = 1.0 if _contained(norm, tnorm) else 0.0
        partial[i] = fuzz.partial_ratio(norm, tnorm) / 100.0 if min(len(norm), len(tnorm)) >= 2 else 0.0
        cover[i] = _cover(grams, index.grams[i])
        # the row's n-grams this task has, weighted by idf (the set intersection runs in C)
        icover[i] = sum([idf[t] for t in toks & index.toksets[i]]) / total
        distinct[i] = max(0.0, rel_of[i] - second) if rel_of[i] >= first else 0.0
        named_f[i] = 1.0 if i in named else 0.0
        conflict[i] = 1.0 if row_figs and _conflicts(row_figs, index.figures[i]) else 0.0
    return feats, chosen


def combine(f: dict[str, list[float]], i: int) -> float:
    """One task's score from its signals."""
    if f["contained"][i]:
        return 1.0
    s = (W_PARTIAL * f["partial"][i] + W_COVER * f["cover"][i] + W_ICOVER * f["icover"][i]
         + W_DISTINCT * f["distinct"][i] + NAME_BONUS * f["named"][i] - CONFLICT_PENALTY * f["conflict"][i])
    return max(0.0, min(s, 0.999))


def _scores(norm: str, index: _Index, row_text: str, keep: Sequence[int] = (),
            shortlist: int = SHORTLIST) -> tuple[list[float], list[int]]:
    """Every task's score (zero off the shortlist) and the shortlist."""
    f, chosen = features(row_text, index, keep, shortlist)
    scores = [0.0] * len(index.tasks)
    for i in chosen:
        scores[i] = combine(f, i)
    return scores, chosen


def _clauses(row: str) -> list[str]:
    return [c for c in (normalise(p) for p in _CLAUSE.split(for_parsing(row or ""))) if c]


def _covered(row: str, primary: int, scores: list[float], index: _Index) -> list[int]:
    """Further tasks a row quotes: clauses found verbatim in another task (and in at most two tasks)."""
    extra: list[int] = []
    for clause in _clauses(row):
        if len(clause) < CLAUSE_MIN or clause in index.norms[primary]:
            continue
        holders = index.holders(clause)
        if 1 <= len(holders) <= 2:
            for i in holders:
                if i != primary and i not in extra:
                    extra.append(i)
    return extra


def _keyed(row: str, index: _Index) -> tuple[int | None, str]:
    """(task index, rest of the row) for a row opening with a table 序号 the tasks have."""
    m = _KEY.match(for_parsing(row or ""))
    if not m:
        return None, row
    key = re.sub(r"\s*[-－—]\s*", "-", m.group(1))
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
         margin: float = MARGIN, k: int = 3, shortlist: int = SHORTLIST) -> list[Link]:
    """One ``Link`` per row (in order): the task it reports on, or none; see the module docstring.
    ``shortlist``: how many tasks per row, by BM25, get the full comparison (``features``)."""
    return Linker(tasks, threshold, sure, margin, k, shortlist).link(rows)


class Linker:
    """The tasks indexed once (BM25, n-grams, figures: seconds for thousands of tasks), then
    rows linked in as many calls as wanted — a long table a chunk at a time, for its
    progress bar — each call exactly ``link`` of those rows (numbered from 1)."""

    def __init__(self, tasks: Sequence[Task], threshold: float = THRESHOLD, sure: float = SURE,
                 margin: float = MARGIN, k: int = 3, shortlist: int = SHORTLIST):
        self.index = _Index(tasks)
        self.params = (threshold, sure, margin, k, shortlist)

    @parses("linking.link")
    def link(self, rows: Sequence[str]) -> list[Link]:
        out: list[Link] = []
        for number, raw in enumerate(rows, 1):
            row = raw if isinstance(raw, str) else ""
            out.append(_link_one(number, row, self.index, *self.params))
        return out


def _link_one(number: int, row: str, index: _Index, threshold: float, sure: float, margin: float,
              k: int, shortlist: int = SHORTLIST) -> Link:
    keyed, rest = _keyed(row, index) if index.tasks else (None, row)
    text = rest if keyed is not None else row
    norm = normalise(text)
    scores, chosen = _scores(norm, index, text, keep=(keyed,) if keyed is not None else (), shortlist=shortlist)
    order = sorted(chosen, key=lambda i: (-scores[i], i))
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
    extra = _covered(text, best, scores, index)
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
