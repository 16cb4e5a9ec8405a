"""Reading speed: every sample through the whole reader, against a bare read.

Prints throughput (KB/s) per document and for all, and the ratio of the
reader's time to a bare ``open().read().splitlines()`` pass over the same
files measured in the same process (machines here are noisy: compare ratios).

    .venv/bin/python bench/read.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

# the engine of this tree, not whichever luoshi the virtual environment installed: a copy of another commit
# (the stop's starting main, say) run with this venv's python measures that commit's engine
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from luoshi.engine import reader  # noqa: E402
from luoshi.engine.orgs import Registry  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"


def timed(fn, repeat: int) -> float:
    """Median seconds of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    paths = sorted(SAMPLES.glob("*.txt"))
    registry = Registry.default()
    work_report = SAMPLES / "shangcheng-2020-work-report.txt"
    reference = [s.text for s in reader.read(work_report).sentences]

    def bare():
        for p in paths:
            with open(p, encoding="utf-8") as f:
                f.read().splitlines()

    def read_all():
        for p in paths:
            reader.read(p, registry=registry, reference=reference if "progress" in p.name else None)

    total_kb = sum(p.stat().st_size for p in paths) / 1024
    read_all()  # warm caches (registry indexes, regexes)
    base = timed(bare, args.repeat)
    whole = timed(read_all, args.repeat)
    print(f"{'document':45} {'KB':>7} {'seconds':>9} {'KB/s':>9}")
    for p in paths:
        kb = p.stat().st_size / 1024
        ref = reference if "progress" in p.name else None
        t = timed(lambda p=p, ref=ref: reader.read(p, registry=registry, reference=ref), args.repeat)
        print(f"{p.name:45} {kb:7.1f} {t:9.4f} {kb / t:9.0f}")
    print(f"{'all five documents':45} {total_kb:7.1f} {whole:9.4f} {total_kb / whole:9.0f}")
    print(f"bare open().read().splitlines(): {base:.5f} s ({total_kb / base:.0f} KB/s)")
    print(f"ratio reader / bare read: {whole / base:.0f}x")
    print(f"aim: all five documents under 0.5 s on one core: {'met' if whole < 0.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
