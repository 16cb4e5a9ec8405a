"""Linking speed and linking accuracy, before → after the pruned search.

The rows of the 上城 H1 table against the 125 tasks of the 2020 work report: the linker as it
links (BM25 shortlist, then the edit-distance alignment only for the shortlisted tasks that can
still rank: ``prune``), the same linker comparing every shortlisted task in full (``prune=False``,
the linker before the pruned search) and the simple bigram linker, each timed in CPU seconds over several
runs (best of N).  Then link accuracy on the link labels of both splits (tests/fixtures/labels/
links_{dev,heldout}.json, scored as bench/accuracy.py does) for the full comparison (before),
the pruned search (after) and the simple linker (baseline).

``--scale`` then times the same rows against task lists of growing size (the 2020 report's tasks
plus the tasks of the corpus's work reports, all distinct texts) and prints, per size, the time
per row before and after, two ratios to the smallest size: time ÷ (rows × log tasks), which
stays near 1 when linking grows no faster than rows × log(tasks), and time ÷ (rows × tasks),
which falls when it grows slower than every pair compared; and the fitted growth: the exponent
b of time per row ∝ tasks^b over the sizes (b = 1: every task compared; log growth shows as a
small b that falls as the sizes grow).

    .venv/bin/python bench/link.py [--runs 5] [--scale] [--sizes 250 500 1000 2000 4000]
"""

from __future__ import annotations

import argparse
import math
import time
from pathlib import Path

from luoshi.engine import linking, reader, tasks
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


def accuracy() -> None:
    """Top-1 link accuracy on both splits' labels: before (full comparison), after (pruned), baseline."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import accuracy as acc  # bench/accuracy.py

    real = linking.link
    print("\nlink accuracy on the labels (top-1; sure links that are wrong; share marked check)")
    print(f"{'split':>8}{'rows':>6}  {'before (full)':>22}  {'after (pruned)':>22}  {'simple linker':>14}")
    for split in ("dev", "heldout"):
        labels = acc.load(f"links_{split}.json")
        got = {}
        for name, prune in (("before", False), ("after", True)):
            linking.link = lambda rows, tasks, prune=prune, **kw: real(rows, tasks, prune=prune, **kw)
            try:
                got[name] = acc.score_links(labels)
            finally:
                linking.link = real
        b, a = got["before"], got["after"]
        print(f"{split:>8}{b['rows']:>6}  {b['top1']:.3f} / {b['sure_wrong']:.3f} / {b['check']:.3f}"
              f"  {a['top1']:.3f} / {a['sure_wrong']:.3f} / {a['check']:.3f}  {a['simple_top1']:>14.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scale", action="store_true", help="time growing task lists (rows × log tasks)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[125, 250, 500, 1000, 2000, 4000, 8000])
    args = ap.parse_args()
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
    accuracy()
    if args.scale:
        scale(rows, plan, args.sizes)


def scale(rows: list[str], plan: list, sizes: list[int]) -> None:
    corpus = Path("/work/shared/corpus")
    corpus = corpus if corpus.is_dir() else SAMPLES.parent.parent.parent / "shared" / "corpus"
    pool = list(plan)
    seen = {t.text for t in pool}
    for path in sorted(corpus.glob("*work_report*.txt")):
        for i, t in enumerate(tasks.tasks_from_document(reader.read(path))):
            if t.text and t.text not in seen:
                seen.add(t.text)
                t.id = f"{path.stem[:3]}-{i}"
                pool.append(t)
    sizes = [n for n in sizes if n <= len(pool)]
    print(f"\nscaling: {len(rows)} rows against growing task lists (pool of {len(pool)} distinct tasks);")
    print("index = preparing the tasks once (grows with tasks); ms/row = the rest, divided by the rows")
    print(f"{'tasks':>7}{'index ms':>10}{'before ms/row':>15}{'after ms/row':>14}{'÷(r·log t)':>12}{'÷(r·t)':>9}"
          f"{'same links':>12}")
    base = None
    points = []
    for n in sizes:
        subset = pool[:n]
        t_index = best_of(lambda subset=subset: linking._Index(subset), 1)
        linker = linking.Linker(subset)
        t_after = max(1e-9, best_of(lambda linker=linker: linker.link(rows), 2))
        full = linking.Linker(subset, prune=False)
        t_before = best_of(lambda full=full: full.link(rows), 1)
        same = sum(a == b for a, b in zip(linker.link(rows), full.link(rows), strict=True))
        if base is None:
            base = (t_after / math.log(n), t_after / n)
        points.append((n, t_after / len(rows)))
        print(f"{n:>7}{1000 * t_index:>10.0f}{1000 * t_before / len(rows):>15.3f}{1000 * t_after / len(rows):>14.3f}"
              f"{(t_after / math.log(n)) / base[0]:>12.2f}{(t_after / n) / base[1]:>9.3f}{same:>8}/{len(rows)}")
    if len(points) >= 2:
        xs = [math.log(n) for n, _ in points]
        ys = [math.log(t) for _, t in points]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        b = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
        print(f"fitted growth of the time per row: ∝ tasks^{b:.2f} over {points[0][0]}–{points[-1][0]} tasks "
              f"(rows × tasks would be tasks^1.00; log(tasks) from {points[0][0]} to {points[-1][0]} "
              f"is tasks^{math.log(math.log(points[-1][0]) / math.log(points[0][0])) / math.log(points[-1][0] / points[0][0]):.2f})")


if __name__ == "__main__":
    main()
