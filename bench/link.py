"""Linking speed and linking accuracy, before → after the pruned search and the top-k retrieval.

The rows of the 上城 H1 table against the 125 tasks of the 2020 work report: the linker as it
links (BM25 shortlist, then the edit-distance alignment only for the shortlisted tasks that can
still rank: ``prune``), the same linker comparing every shortlisted task in full (``prune=False``,
the linker before the pruned search) and the simple bigram linker, each timed in CPU seconds over several
runs (best of N).  Then link accuracy on the link labels of both splits (tests/fixtures/labels/
links_{dev,heldout}.json, scored as bench/accuracy.py does) for the full comparison, the pruned
search with the exhaustive retrieval (every posting of every n-gram of the row read: ``postings=None``),
the linker as it links (top-k retrieval: at most ``linking.scoring.POSTINGS`` postings a row, rarest
n-grams first) and the simple linker (baseline).

``--scale`` then times the same rows against task lists of growing size (the 2020 report's tasks,
the tasks of the corpus's work reports, all distinct texts, and past those the second
halves of the corpus tasks' sentences, as a province's lists repeat and split the same wording)
and prints, per size, the time per row before (the exhaustive retrieval, timed in the same
process) and after (the top-k retrieval), each with its ratio to rows × log(tasks), normalised
to the time before at the smallest size: flat or falling when linking grows no faster than
rows × log(tasks); the fitted growth (the exponent b of time per row ∝ tasks^b; b = 1: every
task compared); and how the links compare: identical, the same link (tasks, score, confidence,
method) with candidates scored as high or higher, the same link with other candidates, or another link.
``--scale`` also links both label splits' rows with the plan hidden among the pool's other tasks
(8,000 and 16,000 in all) and prints top-1 before → after.

    .venv/bin/python bench/link.py [--runs 5] [--scale] [--sizes 250 500 1000 2000 4000]
    .venv/bin/python bench/link.py --dev-only --scale     # the dev split's labels and work reports only

``--dev-only`` leaves out everything scored: the held-out link labels, and the pool's tasks from the
work reports of the corpus's scored governments (only the dev split's reports, bench/corpus.py's dev
labels, feed it: a smaller pool, so its largest sizes are skipped).
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
import time
from pathlib import Path

from luoshi.engine import linking, reader, tasks
from luoshi.engine.judgement import Task
from luoshi.engine.linking.scoring import POSTINGS
from luoshi.engine.linking.task_index import _Index
from luoshi.engine.pipeline import progress_table

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"


def best_of(fn, runs: int) -> float:
    """CPU seconds of this process, best of ``runs`` (on a shared machine the wall clock counts
    other programs' turns)."""
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def accuracy(splits: tuple[str, ...] = ("dev", "heldout")) -> None:
    """Top-1 link accuracy on both splits' labels: the full comparison, the pruned search with the
    exhaustive retrieval, the linker as it links (top-k retrieval), and the simple linker."""
    acc = _accuracy_module()
    real = linking.link
    print("\nlink accuracy on the labels (top-1 / sure links that are wrong / share marked check)")
    print(f"{'split':>8}{'rows':>6}  {'full comparison':>22}  {'exhaustive retrieval':>22}  {'top-k (as it links)':>22}"
          f"  {'simple linker':>14}")
    variants = (("full", {"prune": False, "postings": None}), ("exhaustive", {"postings": None}), ("topk", {}))
    for split in splits:
        labels = acc.load(f"links_{split}.json")
        got = {}
        for name, kw in variants:
            linking.link = lambda rows, tasks, kw=kw, **more: real(rows, tasks, **kw, **more)
            try:
                got[name] = acc.score_links(labels)
            finally:
                linking.link = real
        cells = "  ".join(f"{got[v]['top1']:>8.3f} / {got[v]['sure_wrong']:.3f} / {got[v]['check']:.3f}" for v, _ in variants)
        print(f"{split:>8}{got['topk']['rows']:>6}  {cells}  {got['topk']['simple_top1']:>14.3f}")


def _accuracy_module():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import accuracy as acc  # bench/accuracy.py

    return acc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scale", action="store_true", help="time growing task lists (rows × log tasks)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[125, 250, 500, 1000, 2000, 4000, 8000, 16000])
    ap.add_argument("--dev-only", action="store_true",
                    help="the dev split only: no held-out labels, no scored government's report in the pool")
    args = ap.parse_args()
    splits = ("dev",) if args.dev_only else ("dev", "heldout")
    report = SAMPLES / "shangcheng-2020-work-report.txt"
    plan = tasks.tasks_from_document(reader.read(report))
    doc = reader.read(SAMPLES / "shangcheng-2020-h1-progress.txt", reference=reader.reference_sentences(report))
    rows = [r.get("task") for r in progress_table(doc).rows]
    linking.link(rows[:2], plan)            # warm imports (bm25s, numpy, rapidfuzz) once
    after = best_of(lambda: linking.link(rows, plan), args.runs)
    before = best_of(lambda: linking.link(rows, plan, prune=False), args.runs)
    simple = best_of(lambda: linking.simple_link_rows(rows, plan), args.runs)
    same = linking.link(rows, plan) == linking.link(rows, plan, prune=False)
    print(f"{len(rows)} rows × {len(plan)} tasks")
    print(f"  before: shortlist, every shortlisted task in full  {before:.3f} s")
    print(f"  after:  shortlist, pruned search                   {after:.3f} s  "
          f"({before / after:.1f}× faster; same links: {same})")
    print(f"  simple bigram linker (baseline)                    {simple:.3f} s  (ratio after/simple "
          f"{after / simple:.1f}×)")
    accuracy(splits)
    if args.scale:
        scale(rows, plan, args.sizes, splits)


def task_pool(plan: list, dev_only: bool = False) -> list:
    """The plan's tasks, then every distinct task of the corpus's work reports (``dev_only``: of the
    dev split's), then the second halves (from the middle clause on) of those tasks' texts, each a
    distinct text."""
    corpus = Path(os.environ.get("LUOSHI_CORPUS", "/work/shared/corpus"))
    pool = list(plan)
    seen = {t.text for t in pool}
    dev = None
    if dev_only:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import corpus as corpus_bench  # bench/corpus.py

        dev = {label["file"] for label in corpus_bench.report_labels("dev")}
    for path in sorted(corpus.glob("*work_report*.txt")):
        if dev is not None and path.name not in dev:
            continue
        for i, t in enumerate(tasks.tasks_from_document(reader.read(path))):
            if t.text and t.text not in seen:
                seen.add(t.text)
                t.id = f"{path.stem[:3]}-{i}"
                pool.append(t)
    for t in pool[len(plan):]:
        clauses = [c for c in re.split(r"(?<=[，；。])", t.text) if c]
        half = "".join(clauses[len(clauses) // 2:]) if len(clauses) >= 2 else ""
        if len(half) >= 10 and half not in seen:
            seen.add(half)
            pool.append(Task(f"{t.id}-b", {}, half))
    return pool


def compare(after: list, before: list) -> tuple[int, int, int, int]:
    """Of two link lists, row by row: (identical, the same link — tasks, score, confidence, method —
    with candidates scored as high or higher, the same link with other candidates, another link)."""
    out = [0, 0, 0, 0]
    for a, b in zip(after, before, strict=True):
        if a == b:
            out[0] += 1
        elif (a.task_ids, a.score, a.confidence, a.method) != (b.task_ids, b.score, b.confidence, b.method):
            out[3] += 1
        elif len(a.candidates) >= len(b.candidates) and all(
                x.score >= y.score for x, y in zip(a.candidates, b.candidates, strict=False)):
            out[1] += 1
        else:
            out[2] += 1
    return out[0], out[1], out[2], out[3]


def fitted(points: list[tuple[int, float]]) -> float:
    """The exponent b of time per row ∝ tasks^b, least squares on the logs."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def scale(rows: list[str], plan: list, sizes: list[int], splits: tuple[str, ...] = ("dev", "heldout")) -> None:
    pool = task_pool(plan, dev_only=splits == ("dev",))
    sizes = [n for n in sizes if n <= len(pool)]
    print(f"\nscaling: {len(rows)} rows against growing task lists (pool of {len(pool)} distinct tasks);")
    print("index = preparing the tasks once (grows with tasks); ms/row = the rest, divided by the rows (best of 5);")
    print("÷(r·log t) = time ÷ (rows × log tasks), 1.00 = before at the smallest size; links after vs before:")
    print("identical / the same link, candidates scored as high or higher / the same link, other candidates /"
          " another link")
    print(f"{'tasks':>7}{'index ms':>10}{'before ms/row':>15}{'÷(r·log t)':>12}{'after ms/row':>14}{'÷(r·log t)':>12}"
          f"{'links':>18}")
    base = None
    points: dict[str, list] = {"before": [], "after": []}
    for n in sizes:
        subset = pool[:n]
        t_index = best_of(lambda subset=subset: _Index(subset), 1)
        after_l = linking.Linker(subset)
        before_l = linking.Linker(subset, postings=None)
        after_l.link(rows[:5])
        before_l.link(rows[:5])
        t_after = t_before = math.inf
        for _ in range(5):      # interleaved: both see the same load
            t_before = min(t_before, best_of(lambda lk=before_l: lk.link(rows), 1))
            t_after = min(t_after, best_of(lambda lk=after_l: lk.link(rows), 1))
        if base is None:
            base = t_before / math.log(n)
        points["before"].append((n, t_before / len(rows)))
        points["after"].append((n, t_after / len(rows)))
        links = "/".join(map(str, compare(after_l.link(rows), before_l.link(rows))))
        print(f"{n:>7}{1000 * t_index:>10.0f}{1000 * t_before / len(rows):>15.3f}{t_before / math.log(n) / base:>12.2f}"
              f"{1000 * t_after / len(rows):>14.3f}{t_after / math.log(n) / base:>12.2f}{links:>18}")
    if len(sizes) >= 2:
        lo, hi = sizes[0], sizes[-1]
        print(f"fitted growth of the time per row over {lo}–{hi} tasks: before ∝ tasks^{fitted(points['before']):.2f}, "
              f"after ∝ tasks^{fitted(points['after']):.2f} (rows × tasks would be tasks^1.00; log(tasks) from "
              f"{lo} to {hi} is tasks^{math.log(math.log(hi) / math.log(lo)) / math.log(hi / lo):.2f})")
        from_1k = [p for p in points["after"] if p[0] >= 1000]
        if len(from_1k) >= 2:
            print(f"from 1,000 tasks on: after ∝ tasks^{fitted(from_1k):.2f}")
    scaled_accuracy(plan, pool, splits)


def scaled_accuracy(plan: list, pool: list, splits: tuple[str, ...] = ("dev", "heldout")) -> None:
    """Both label splits' rows linked with their plan hidden among the pool's other tasks."""
    acc = _accuracy_module()
    others = pool[len(plan):]
    own = {name: acc.plan_tasks(name) for name in acc._PLANS}
    real_link = linking.link
    print("\nlink accuracy with the plan among other tasks (top-1, before → after; the plan alone: see above)")
    print(f"{'tasks in all':>13}" + "".join(f"{'held-out' if s == 'heldout' else s:>18}" for s in splits))
    for total in (8000, 16000):
        cells = []
        for split in splits:
            labels = acc.load(f"links_{split}.json")
            top1 = []
            for postings in (None, POSTINGS):
                for name, tasks_ in own.items():
                    acc._PLAN_TASKS[name] = tasks_ + others[:max(0, total - len(tasks_))]
                linking.link = lambda rows, tasks, postings=postings, **kw: real_link(rows, tasks, postings=postings, **kw)
                try:
                    top1.append(acc.score_links(labels)["top1"])
                finally:
                    linking.link = real_link
                    acc._PLAN_TASKS.update(own)
            cells.append(f"{top1[0]:.3f} → {top1[1]:.3f}")
        print(f"{total:>13}" + "".join(f"{c:>18}" for c in cells))


if __name__ == "__main__":
    main()
