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

The package's modules, each importing only those before it: ``ngrams`` (a text's n-grams, a quote, the bigram
cover, the simple linker), ``task_index`` (the index over a plan's tasks), ``retrieval`` (a row's shortlist from
the index), ``scoring`` (the signals, their sum, the bounds, the ranking) and ``linker`` (``link``, ``Linker``,
``link_rows``).  The public API is imported here; every other name from the module that defines it.
"""

from __future__ import annotations

from .linker import MARGIN, SURE, THRESHOLD, Linker, link, link_rows
from .ngrams import score, simple_link_rows

__all__ = ["MARGIN", "SURE", "THRESHOLD", "Linker", "link", "link_rows", "score", "simple_link_rows"]
