"""Linking rows to tasks (``link``, ``Linker``, ``link_rows``): a row keyed by a table's 序号 (``_keyed``), its
tasks ranked, the threshold, sure and check, further tasks whose clauses it quotes (``_covered``,
``_quoted_elsewhere``), and the candidates listed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..collector import paused as collector_paused
from ..errors import parses
from ..judgement import Candidate, Link, Task
from ..text import for_parsing, normalise
from .ngrams import _body
from .retrieval import _rows_many
from .scoring import POSTINGS, SHORTLIST, _bounds_many, _ranked, _scores
from .task_index import _Index

THRESHOLD = 0.50
SURE = 0.80
MARGIN = 0.12
CLAUSE_MIN = 6


_CLAUSE = re.compile(r"[,，;；。:：!！?？]")
_KEY = re.compile(r"^\s*(?:序号\s*[:：]?\s*|第\s*)?(\d{1,3}(?:\s*[-－—]\s*\d{1,3})?)\s*(?:项|号)?\s*(?:[、.．:：|｜]\s*|\s+|$)")


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
