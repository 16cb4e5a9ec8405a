"""Linking speed: the 113 上城 H1 rows against the 125 tasks of the 2020 work
report, the full linker (BM25 over character n-grams + rapidfuzz) against the
simple bigram linker, each timed over several runs (best of N).

``--scale`` then times the same rows against task lists of growing size (the
2020 report's tasks plus the tasks of the corpus's work reports, all distinct
texts) and prints, per size, the time per row and two ratios to the smallest
size: time ÷ (rows × log tasks), which stays near 1 when linking grows no
faster than rows × log(tasks), and time ÷ (rows × tasks), which falls when it
grows slower than every pair compared.  The same sizes are timed with the
shortlist off (every task compared in full, as the linker did before) up to
``--full-max`` tasks.

    .venv/bin/python bench/link.py [--runs 5] [--scale] [--full-max 2000]
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
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scale", action="store_true", help="time growing task lists (rows × log tasks)")
    ap.add_argument("--full-max", type=int, default=2000, help="largest list also timed without the shortlist")
    args = ap.parse_args()
    report = SAMPLES / "shangcheng-2020-work-report.txt"
    plan = tasks.tasks_from_document(reader.read(report))
    doc = reader.read(SAMPLES / "shangcheng-2020-h1-progress.txt", reference=reader.reference_sentences(report))
    rows = [r.get("task") for r in progress_table(doc).rows]
    linking.link(rows[:2], plan)            # warm imports (bm25s, numpy, rapidfuzz) once
    new = best_of(lambda: linking.link(rows, plan), args.runs)
    old = best_of(lambda: linking.simple_link_rows(rows, plan), args.runs)
    print(f"{len(rows)} rows × {len(plan)} tasks")
    print(f"  linker (bm25s + rapidfuzz)  {new:.3f} s")
    print(f"  simple bigram linker        {old:.3f} s")
    print(f"  ratio new/simple            {new / old:.1f}×")
    if args.scale:
        scale(rows, plan, args.full_max)


def scale(rows: list[str], plan: list, full_max: int) -> None:
    corpus = Path("/work/shared/corpus")
    corpus = corpus if corpus.is_dir() else SAMPLES.parent.parent / "corpus"
    pool = list(plan)
    seen = {t.text for t in pool}
    for path in sorted(corpus.glob("*work_report*.txt")):
        for i, t in enumerate(tasks.tasks_from_document(reader.read(path))):
            if t.text and t.text not in seen:
                seen.add(t.text)
                t.id = f"{path.stem[:3]}-{i}"
                pool.append(t)
    sizes = [n for n in (125, 500, 1000, 2000, 4000, 8000) if n <= len(pool)] + (
        [len(pool)] if len(pool) not in (125, 500, 1000, 2000, 4000, 8000) else [])
    print(f"\nscaling: {len(rows)} rows against growing task lists (pool of {len(pool)} distinct tasks);")
    print("index = preparing the tasks once (grows with tasks), per row = the rest, divided by the rows")
    print(f"{'tasks':>7}{'index ms':>10}{'ms/row':>9}{'÷(r·log t)':>12}{'÷(r·t)':>9}{'full ms/row':>13}"
          f"{'same links':>12}")
    base = None
    for n in sizes:
        subset = pool[:n]
        t_index = best_of(lambda subset=subset: linking._Index(subset), 1)
        t_short = max(1e-9, best_of(lambda subset=subset: linking.link(rows, subset), 1) - t_index)
        per_row = 1000 * t_short / len(rows)
        full = same = ""
        if n <= full_max:
            t_full = best_of(lambda subset=subset: linking.link(rows, subset, shortlist=10**9), 1) - t_index
            full = f"{1000 * t_full / len(rows):.2f}"
            a = [lk.task_id for lk in linking.link(rows, subset)]
            b = [lk.task_id for lk in linking.link(rows, subset, shortlist=10**9)]
            same = f"{sum(x == y for x, y in zip(a, b, strict=True))}/{len(a)}"
        if base is None:
            base = (t_short / math.log(n), t_short / n)
        print(f"{n:>7}{1000 * t_index:>10.0f}{per_row:>9.2f}{(t_short / math.log(n)) / base[0]:>12.2f}"
              f"{(t_short / n) / base[1]:>9.3f}{full:>13}{same:>12}")


if __name__ == "__main__":
    main()
