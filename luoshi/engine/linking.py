"""Simple linking (关联): a progress row's task text → the task it reports on.

Progress tables quote the tasks they report on: the whole report sentence, one
of its clauses (开工“152”工程项目3个。 out of …引进10亿元以上项目7个,开工“152”
工程项目3个。), or two neighbouring sentences run together.  So a row is
compared with every task by the characters they share:

* both texts are normalised (``for_parsing``: full-width forms half-width) and
  reduced to their letters and digits (punctuation, quotes and spaces dropped);
* a row text (of at least 4 characters) contained in a task text scores 1.0,
  and so does a task text making up at least a third of the row that contains
  it (a row running two sentences together); a short task buried in a long row
  (地区生产总值增长5% inside a paragraph of progress) is no such match;
* otherwise the score is the mean of the Dice coefficient of the two
  character-bigram sets (how alike the texts are as a whole) and the share of
  the row's bigrams found in the task (how much of the row the task
  explains): a clause quoted with small edits scores high on the second, a row
  merging two sentences still scores highest against the one it mostly quotes.

The best task wins; ties go to the earlier task.  Below ``THRESHOLD`` the row
links to None.  Measured on the samples, against the 125 tasks of the 2020
上城 work report: 111 of the 113 rows of the 上城 H1 progress table link to a
task that shares their text (103 at 1.0, the rest 0.61–0.92); the two others
rewrite their task rather than quote it and score 0.24 and 0.32.  Prose
unrelated to the report scores 0.05–0.2; another district's task list of the
same year (拱墅 Q2) scores below 0.4 on 123 of its 128 rows, the five above
sharing a topic with a 上城 task.  0.4 sits between.

The full linker (numbers, departments, headings, one task to many rows) is a
later piece of work; this one only reads the text.
"""

from __future__ import annotations

import re

from .judgement import Task
from .text import for_parsing

THRESHOLD = 0.4
_DROP = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Letters and digits only, half-width: the text as compared."""
    return _DROP.sub("", for_parsing(text))


def bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def score(row: str, task: str) -> float:
    """Similarity in [0, 1] of a row's task text and a task's text (both as written)."""
    return _score(normalise(row), bigrams(normalise(row)), normalise(task), bigrams(normalise(task)))


def _score(row: str, row_grams: set[str], task: str, task_grams: set[str]) -> float:
    if not row or not task:
        return 0.0
    if len(row) >= 4 and row in task:
        return 1.0
    if len(task) >= 4 and 3 * len(task) >= len(row) and task in row:
        return 1.0
    if not row_grams or not task_grams:
        return 0.0
    shared = len(row_grams & task_grams)
    dice = 2 * shared / (len(row_grams) + len(task_grams))
    covered = shared / len(row_grams)
    return (dice + covered) / 2


def link_rows(rows: list[str], tasks: list[Task], threshold: float = THRESHOLD) -> list[tuple[str | None, float]]:
    """For each row's task text, (best task id or None, score rounded to 3 places)."""
    prepared = []
    for task in tasks:
        body = task.text or (task.name + task.indicator_text)
        norm = normalise(body)
        prepared.append((task.id, norm, bigrams(norm)))
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
