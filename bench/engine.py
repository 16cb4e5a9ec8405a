"""Engine speed: tasks + progress + assess over the samples and over synthetic
corpora 10× and 100× their size, with how time grows with size.

Synthetic corpora repeat the samples' own rows and paragraphs (same layouts,
renumbered), so the work per row stays realistic.  Linear growth shows as a
per-KB time that stays flat: the printed ratio time(N×)/(N·time(1×)) ≈ 1.

    .venv/bin/python bench/engine.py [--sizes 1 10 100]

Beside the wall clock it prints the CPU time of the engine's own work (``MB/s CPU``:
documents are read in this process, ``LUOSHI_READ_ISOLATE=0``, so the child process a
bounded read starts — its start-up and its CPU, which this process cannot see — is left
out); on a shared machine the CPU figure is the one that says what the engine costs.
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("LUOSHI_READ_ISOLATE", "0")   # the engine's CPU in this process (see above)

from luoshi.engine import reader, tasks  # noqa: E402
from luoshi.engine.pipeline import judge  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"
AS_OF = date(2020, 6, 30)


def scaled_report(n: int) -> str:
    """The work report with its plan part's paragraphs repeated n times."""
    text = (SAMPLES / "shangcheng-2020-work-report.txt").read_text(encoding="utf-8")
    head, sep, plan = text.partition("2020年重点工作")
    return head + sep + plan * n


def scaled_table(n: int) -> str:
    """The decomposition tables with their rows repeated n times, renumbered."""
    lines = (SAMPLES / "shangcheng-2019-decomposition.txt").read_text(encoding="utf-8").splitlines()
    out, rows = [], []

    def flush():
        for k in range(n):
            for i, row in enumerate(rows):
                out.append(re.sub(r"^\d+", str(k * len(rows) + i + 1), row))
        rows.clear()

    for line in lines:
        if re.match(r"^\d+ \|", line):
            rows.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out) + "\n"


def scaled_h1(n: int) -> str:
    lines = (SAMPLES / "shangcheng-2020-h1-progress.txt").read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[:1] + lines[1:] * n) + "\n"


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def cpu_timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)."""
    c0, t0 = time.process_time(), time.perf_counter()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def run(n: int, tmp: Path) -> tuple[float, float, float]:
    files = {"report.txt": scaled_report(n), "table.txt": scaled_table(n), "h1.txt": scaled_h1(n)}
    for name, text in files.items():
        (tmp / name).write_text(text, encoding="utf-8")
    kb = sum(len(t.encode("utf-8")) for t in files.values()) / 1024
    plan = SAMPLES / "shangcheng-2020-work-report.txt"  # progress grows against one plan

    def work():
        for name in ("report.txt", "table.txt"):
            tasks.tasks_from_document(reader.read(tmp / name), name)
        judge(tmp / "h1.txt", AS_OF, plan)

    if n == 1:
        work()  # warm caches once
    return (kb, *cpu_timed(work))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        base = None
        print(f"{'size':>6} {'KB':>9} {'seconds':>9} {'KB/s':>8} {'CPU s':>8} {'MB/s CPU':>9} "
              f"{'time/(N·time1×)':>16}")
        for n in args.sizes:
            kb, t, cpu = run(n, tmp)
            base = base or (cpu, kb)
            growth = (cpu / base[0]) / (kb / base[1])
            print(f"{n:>5}× {kb:9.1f} {t:9.3f} {kb / t:8.0f} {cpu:8.3f} {kb / 1024 / cpu:9.2f} {growth:16.2f}")
    t = timed(lambda: judge(SAMPLES / "gongshu-2020-q2-progress.txt", AS_OF))
    print(f"拱墅 Q2 page alone (its rows state their own tasks): {t:.3f} s")
    # The 拱墅 page is not scaled: repeating its rows would be read, rightly, as a duplicated page.


if __name__ == "__main__":
    main()
