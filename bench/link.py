"""Linking speed: the 113 上城 H1 rows against the 125 tasks of the 2020 work
report, the full linker (BM25 over character n-grams + rapidfuzz) against the
simple bigram linker, each timed over several runs (best of N).

    .venv/bin/python bench/link.py [--runs 5]
"""

from __future__ import annotations

import argparse
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


if __name__ == "__main__":
    main()
