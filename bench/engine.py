"""Engine speed: tasks + progress + link + assess over the samples and over synthetic
corpora 10× and 100× their size, with how time grows with size; then the whole pipeline
over the corpus of other governments' work reports (``--corpus-only`` for that alone).

Synthetic corpora repeat the samples' own rows and paragraphs (same layouts,
renumbered), so the work per row stays realistic.  Linear growth shows as a
per-KB time that stays flat: the printed ratio time(N×)/(N·time(1×)) ≈ 1.

    .venv/bin/python bench/engine.py [--sizes 1 10 100] [--runs 3] [--corpus-only]

Beside the wall clock it prints the CPU time of the engine's own work (``MB/s CPU``:
documents are read in this process, ``LUOSHI_READ_ISOLATE=0``, so the child process a
bounded read starts — its start-up and its CPU, which this process cannot see — is left
out); on a shared machine the CPU figure is the one that says what the engine costs.  Each figure is
also given as a ratio to a bare read of the same files in the same process (bytes → text, the
best of five), and ``reader`` gives the share of reading (structure and tables) alone.

The corpus: every work report under /work/shared/corpus (``$LUOSHI_CORPUS``) read, structured and
its tasks and targets extracted; then, for each government's consecutive years, the later
report's review sentences linked to the earlier report's tasks (a review reports on last year's
plan as a progress table does) and the earlier targets verified against the later review.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

# the engine of this tree, not whichever luoshi the virtual environment installed: a copy of another commit
# (the stop's starting main, say) run with this venv's python measures that commit's engine
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("LUOSHI_READ_ISOLATE", "0")   # the engine's CPU in this process (see above)

from luoshi.engine import linking, reader, tasks, verify  # noqa: E402
from luoshi.engine.model import SourceText  # noqa: E402
from luoshi.engine.parts import is_review  # noqa: E402
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


RUNS = 3


def cold() -> None:
    """Empty the engine's bounded caches of texts (normalised cells, names, metric forms…), so
    that a run reads its documents as the first time; the unbounded ones (vocabulary, rules and
    their compiled patterns, the default registry: loaded once per process) stay."""
    import importlib
    import pkgutil

    import luoshi.engine as package

    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            params = getattr(value, "cache_parameters", None)
            if callable(params) and getattr(value, "__module__", None) == info.name and (params()["maxsize"] or 0) > 1:
                value.cache_clear()


def cpu_timed(fn, runs: int | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of the run with the least CPU, of ``runs``
    (``--runs``): on a shared machine other programs' load slows even the CPU time (caches).
    Each run starts with the engine's text caches empty (``cold``)."""
    best = (float("inf"), float("inf"))
    for _ in range(runs or RUNS):
        cold()
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        best = min(best, (time.process_time() - c0, time.perf_counter() - t0))
    return best[1], best[0]


def run(n: int, tmp: Path) -> tuple[float, float, float, float]:
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
    bare = bare_read([tmp / name for name in files] + [plan])
    return (kb, *cpu_timed(work), bare)


def bare_read(paths: list[Path]) -> float:
    """CPU seconds of reading the files' bytes and decoding them, best of five."""
    best = float("inf")
    for _ in range(5):
        c0 = time.process_time()
        for p in paths:
            p.read_bytes().decode("utf-8")
        best = min(best, time.process_time() - c0)
    return max(best, 1e-9)


def corpus_dir() -> Path:
    found = Path(os.environ.get("LUOSHI_CORPUS") or "/work/shared/corpus")
    return found if found.is_dir() else Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def consecutive(files: list[Path]) -> list[tuple[Path, Path]]:
    """(year N, year N+1) work reports of one government, by their file names."""
    by_place: dict[str, dict[int, Path]] = {}
    for f in files:
        m = re.match(r"\d+_(.+)_(\d{4})_work_report$", f.stem)
        if m:
            by_place.setdefault(m.group(1), {})[int(m.group(2))] = f
    return [(years[y], years[y + 1]) for years in by_place.values() for y in sorted(years) if y + 1 in years]


def corpus() -> None:
    files = sorted(corpus_dir().glob("*_work_report.txt"))
    if not files:
        print("corpus: no work reports found (set LUOSHI_CORPUS)")
        return
    kb = sum(f.stat().st_size for f in files) / 1024
    bare = bare_read(files)
    texts = {f: f.read_bytes().decode("utf-8") for f in files}
    pairs = consecutive(files)
    counts = {"tasks": 0, "rows": 0, "linked": 0, "verdicts": 0}

    def read_all():
        return {f: reader.read_text(SourceText(texts[f], "txt"), f.name) for f in files}

    def pipeline():
        counts.update(tasks=0, rows=0, linked=0, verdicts=0)
        docs = read_all()
        found = {f: tasks.tasks_from_document(docs[f], f.name) for f in files}
        counts["tasks"] = sum(len(v) for v in found.values())
        for before, after in pairs:
            if not found[before]:
                continue
            rows = [s.text for s in docs[after].sentences if is_review(s.role)]
            links = linking.link(rows, found[before])
            counts["rows"] += len(rows)
            counts["linked"] += sum(lk.task_id is not None for lk in links)
            counts["verdicts"] += len(verify.verify_documents(docs[before], docs[after], before.name, found[before])[0])

    _, read_cpu = cpu_timed(read_all)
    wall, cpu = cpu_timed(pipeline)
    print(f"\ncorpus: {len(files)} work reports, {kb:.0f} KB; {counts['tasks']} tasks; {len(pairs)} consecutive-year "
          f"pairs: {counts['rows']} review sentences linked to last year's tasks ({counts['linked']} linked), "
          f"{counts['verdicts']} targets verified")
    print(f"  bare read (bytes → text)      {bare * 1000:8.1f} ms CPU")
    print(f"  reader alone                  {read_cpu:8.2f} s CPU {kb / 1024 / read_cpu:6.2f} MB/s CPU  "
          f"{read_cpu / bare:6.0f}× bare read")
    print(f"  whole pipeline                {cpu:8.2f} s CPU {kb / 1024 / cpu:6.2f} MB/s CPU  "
          f"{cpu / bare:6.0f}× bare read  ({wall:.2f} s wall)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--corpus-only", action="store_true", help="only the corpus")
    ap.add_argument("--runs", type=int, default=RUNS, help="runs per figure; the one with the least CPU counts")
    args = ap.parse_args()
    globals()["RUNS"] = max(1, args.runs)
    if args.corpus_only:
        corpus()
        return
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        base = None
        print(f"{'size':>6} {'KB':>9} {'seconds':>9} {'KB/s':>8} {'CPU s':>8} {'MB/s CPU':>9} "
              f"{'time/(N·time1×)':>16} {'× bare read':>11}")
        for n in args.sizes:
            kb, t, cpu, bare = run(n, tmp)
            base = base or (cpu, kb)
            growth = (cpu / base[0]) / (kb / base[1])
            print(f"{n:>5}× {kb:9.1f} {t:9.3f} {kb / t:8.0f} {cpu:8.3f} {kb / 1024 / cpu:9.2f} {growth:16.2f} {cpu / bare:11.0f}")
    t = timed(lambda: judge(SAMPLES / "gongshu-2020-q2-progress.txt", AS_OF))
    print(f"拱墅 Q2 page alone (its rows state their own tasks): {t:.3f} s")
    # The 拱墅 page is not scaled: repeating its rows would be read, rightly, as a duplicated page.
    corpus()


if __name__ == "__main__":
    main()
