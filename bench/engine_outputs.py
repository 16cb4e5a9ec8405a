"""The engine's outputs, written as JSON for a speed change to be checked against: every dev sample's
reading, tasks and honours; the 上城 H1 table judged against the work report and against the
decomposition table; the sample targets verified; the bench's 3× synthetic documents; every dev corpus
work report's reading and tasks, and for each dev government's consecutive years the review sentences'
links to last year's tasks and last year's targets verified; every dev status verdict (bench/status.py's
dev sets: H1, corpus pages 055–057, the invented sets).

Scored documents are left out (the 拱墅 page, the work reports of the corpus's scored governments:
bench/labels/status/README.md, bench/labels/corpus/README.md): an output of theirs that differed would
invite a look at the engine's answers on them.  A BASE written before they were left out still holds
theirs: they are passed over.

    .venv/bin/python bench/engine_outputs.py DIR                 # write the outputs to DIR
    .venv/bin/python bench/engine_outputs.py DIR --against BASE  # and say which differ from BASE's

Write BASE from the code before the change (a checkout of it elsewhere, run with PYTHONPATH
pointing there), DIR after it; keep both outside the repository.  Rounded figures are stable from
one process to the next although sums over sets of strings follow the hash seed.
"""

from __future__ import annotations

import argparse
import dataclasses
import filecmp
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("LUOSHI_READ_ISOLATE", "0")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
import engine as bench  # noqa: E402
import status as status_bench  # noqa: E402

from luoshi.engine import honours, linking, reader, tasks, verify  # noqa: E402
from luoshi.engine.judgement import Claim, ProgressFact  # noqa: E402
from luoshi.engine.parts import is_review  # noqa: E402
from luoshi.engine.pipeline import judge  # noqa: E402


def _json(o):
    if dataclasses.is_dataclass(o):
        # (a reported figure's value_high, None for a single figure, left out as its to_json leaves it out: outputs
        # written before ProgressFact and Claim had the field stay comparable; an Indicator's is kept as ever)
        single = isinstance(o, (ProgressFact, Claim)) and o.value_high is None
        return {f.name: getattr(o, f.name) for f in dataclasses.fields(o) if not (single and f.name == "value_high")}
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, (set, frozenset)):
        return sorted(o, key=repr)
    if isinstance(o, tuple):
        return list(o)
    return repr(o)


SCORED_SAMPLES = {"gongshu-2020-q2-progress.txt"}     # scored whole for issue 11


def dev_corpus_files() -> list[Path]:
    """The corpus work reports of the dev split's governments (bench/corpus.py's dev labels name them)."""
    dev = {label["file"] for label in corpus.report_labels("dev")}
    return [f for f in sorted(bench.corpus_dir().glob("*_work_report.txt")) if f.name in dev]


def scored_stems() -> set[str]:
    """The stems of the documents left out: an output named for one is a scored document's."""
    dev = {f.name for f in dev_corpus_files()}
    return {Path(n).stem for n in SCORED_SAMPLES} | {"gongshu"} | {
        f.stem for f in bench.corpus_dir().glob("*_work_report.txt") if f.name not in dev}


def dump(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)

    def write(name: str, obj) -> None:
        (out / name).write_text(json.dumps(obj, default=_json, ensure_ascii=False, indent=0, sort_keys=True),
                                encoding="utf-8")

    samples = bench.SAMPLES
    for p in sorted(q for q in samples.glob("*.txt") if q.name not in SCORED_SAMPLES):
        doc = reader.read(p)
        write(f"s_{p.stem}.doc.json", doc.to_json())
        write(f"s_{p.stem}.tasks.json", tasks.tasks_from_document(doc, p.name))
        write(f"s_{p.stem}.honours.json", [h.to_json() for h in honours.honour_rows(doc.tables)])
    h1 = samples / "shangcheng-2020-h1-progress.txt"
    write("judge_h1_report.json", judge(h1, bench.AS_OF, samples / "shangcheng-2020-work-report.txt"))
    write("judge_h1_decomp.json", judge(h1, bench.AS_OF, samples / "shangcheng-2019-decomposition.txt"))
    write("verify_samples.json", verify.verify(samples / "shangcheng-2019-decomposition.txt",
                                               samples / "shangcheng-2020-work-report.txt"))
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for name, text in (("report.txt", bench.scaled_report(3)), ("table.txt", bench.scaled_table(3)),
                           ("h1.txt", bench.scaled_h1(3))):
            (tmp / name).write_text(text, encoding="utf-8")
        for name in ("report.txt", "table.txt"):
            write(f"x3_{name}.tasks.json", tasks.tasks_from_document(reader.read(tmp / name), name))
        write("x3_judge.json", judge(tmp / "h1.txt", bench.AS_OF, samples / "shangcheng-2020-work-report.txt"))
    files = dev_corpus_files()
    docs = {f: reader.read(f) for f in files}
    found = {}
    for f in files:
        write(f"c_{f.stem}.doc.json", docs[f].to_json())
        found[f] = tasks.tasks_from_document(docs[f], f.name)
        write(f"c_{f.stem}.tasks.json", found[f])
    for before, after in bench.consecutive(files):
        if found[before]:
            rows = [s.text for s in docs[after].sentences if is_review(s.role)]
            write(f"p_{before.stem}.links.json", linking.link(rows, found[before]))
            write(f"p_{before.stem}.verify.json",
                  verify.verify_documents(docs[before], docs[after], before.name, found[before]))
    # Every dev status verdict (bench/status.py's dev sets: the 上城 H1 rows, corpus pages 055–057, every
    # invented set), so that a speed change to the status rules is checked on all of them, not on H1 alone.
    write("st_h1.json", [status_bench.judge_sample("h1")[lab["row"]] for lab in status_bench.load("h1.json")])
    write("st_corpus_dev.json", status_bench.judge_items(status_bench.corpus_split("dev")))
    for p in sorted(status_bench.LABELS.glob("*.json")):
        if p.name not in ("h1.json", "gongshu.json", "corpus.json"):      # the scored 拱墅 page and corpus pages
            write(f"st_{p.stem}.json", status_bench.judge_items(status_bench.load(p.name)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=Path)
    ap.add_argument("--against", type=Path, help="outputs written before the change")
    args = ap.parse_args()
    dump(args.dir)
    if args.against:
        left_out = scored_stems()
        names = sorted(p.name for p in args.against.glob("*.json") if not any(s in p.name for s in left_out))
        _, differ, missing = filecmp.cmpfiles(args.against, args.dir, names, shallow=False)
        extra = sorted({p.name for p in args.dir.glob("*.json")} - set(names))
        for name in differ + missing + extra:
            print(f"differs: {name}")
        print(f"{len(names) - len(differ) - len(missing)} of {len(names)} outputs identical"
              + (f", {len(extra)} new" if extra else ""))
        sys.exit(1 if differ or missing or extra else 0)


if __name__ == "__main__":
    main()
