"""Texts compared by their characters: a normalised text's unigrams and bigrams (``tokens``, the BM25
vocabulary), a quote (``_contained``), the bigram cover (``_cover``), ``score``, and the first, bigram-only linker
kept as a baseline (``simple_link_rows``).
"""

from __future__ import annotations

import operator

from ..judgement import Task
from ..text import bigrams, normalise

SIMPLE_THRESHOLD = 0.4        # the simple linker's own cut (simple_link_rows)


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
