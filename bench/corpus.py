"""Reading other governments' work reports (issue 10): the engine against the corpus labels.

Labels: bench/labels/corpus/ (README.md there gives the schema, the method and the split by
government).  ``dev`` labels may be read while writing rules; ``scored`` labels are evaluated once,
at the end, and never quoted in engine code, its comments or unit tests.  Corpus files:
``$LUOSHI_CORPUS`` or ../shared/corpus/ beside the repository (/work/shared/corpus/).

Figures, each beside a trivial baseline:

* part roles: share of labelled parts whose heading line the engine gives the labelled role
  (review, problems, targets, plan, conduct, closing, glossary, annex, other); baseline: the
  dev split's majority role for every part;
* expected targets: recall and precision of the coming year's main expected targets, a target
  right when metric, value, unit and comparator all match (qualitative targets: metric and
  comparator, no value); baseline: a constant answer, the dev split's most common target given
  for every report;
* verify: verdict accuracy on the consecutive-year pairs (achieved / not_met / not_reported /
  unclear); baseline: the dev split's majority verdict for every target;
* the issue's own counts: targets extracted, reports with none, pairs that failed as a whole;
* speed: reading and extracting the targets of every corpus report, as a ratio to a bare read
  of the same files.

    .venv/bin/python bench/corpus.py             # dev split
    .venv/bin/python bench/corpus.py --scored    # the held-out split too (once, at the end)
    .venv/bin/python bench/corpus.py --show 019  # one report: parts and targets, engine beside label
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LABELS = ROOT / "bench" / "labels" / "corpus"
CORPUS = Path(os.environ.get("LUOSHI_CORPUS") or ROOT.parent.parent / "shared" / "corpus")
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus")

ROLES = ("review", "problems", "targets", "plan", "conduct", "closing", "glossary", "annex", "other")
OUTCOMES = ("achieved", "not_met", "not_reported", "unclear")


# --- labels ------------------------------------------------------------------------------

def report_labels(split: str) -> list[dict]:
    out = []
    for path in sorted((LABELS / "reports").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        if d["split"] == split:
            out.append(d)
    return out


def pair_labels(split: str) -> list[dict]:
    out = []
    for path in sorted((LABELS / "pairs").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        if d["split"] == split:
            out.append(d)
    return out


# --- the engine's answers ------------------------------------------------------------------

_DOCS: dict[str, object] = {}


def read(file: str):
    from luoshi.engine import reader

    if file not in _DOCS:
        _DOCS[file] = reader.read(CORPUS / file)
        as_written(_DOCS[file], (CORPUS / file).read_text(encoding="utf-8", errors="replace"))
    return _DOCS[file]


def as_written(doc, written: str) -> None:
    """Remember the file's text as written for ``doc`` when the reader's text differs, so a label's line is found."""
    written = written.replace("\r\n", "\n")
    if written != doc.text:
        _WRITTEN[id(doc.text)] = written


# A file's text as written, where the reader's text differs (a PDF's line breaks and page numbers taken out:
# luoshi/engine/files/wrapped.py): the labels' lines are the file's, found again in the text read.
_WRITTEN: dict[int, str] = {}


def read_line(doc, line: int) -> int:
    """The line of ``doc.text`` holding the start of the file's ``line`` (the same line when the text is as written)."""
    written = _WRITTEN.get(id(doc.text))
    if written is None:
        return line
    lines = written.split("\n")
    if not 0 < line <= len(lines) or not lines[line - 1].strip():
        return line
    at = doc.text.find(lines[line - 1].strip())
    return line if at < 0 else line_of(doc.text, at)


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def role_at_line(doc, line: int) -> str:
    """The engine's role for the text that opens on ``line``: a section whose heading is on that
    line (the innermost), else the first sentence starting on it."""
    line = read_line(doc, line)
    starts = _line_starts(doc.text)
    a = starts[line - 1] if line - 1 < len(starts) else len(doc.text)
    b = starts[line] if line < len(starts) else len(doc.text) + 1
    heads = [s for s in doc.sections if a <= s.start < b]
    if heads:
        return heads[-1].role
    for sentence in doc.sentences:
        if a <= sentence.start < b:
            return sentence.role
    return "none"


_STARTS: dict[int, list[int]] = {}


def _line_starts(text: str) -> list[int]:
    key = id(text)
    if key not in _STARTS:
        _STARTS[key] = [0] + [m.end() for m in re.finditer("\n", text)]
    return _STARTS[key]


def engine_targets(doc) -> list[dict]:
    """The coming year's expected targets the engine finds: one dict per indicator of an
    expected-target task (metric, value, unit, comparator, kind)."""
    from luoshi.engine import tasks

    out = []
    for task in tasks.tasks_from_document(doc):
        if task.kind != "expected_target":
            continue
        for ind in task.indicators:
            if ind.stretch:
                continue
            out.append({"metric": ind.metric, "value": ind.value, "value_high": ind.value_high, "unit": ind.unit,
                        "comparator": ind.comparator, "kind": ind.kind, "text": ind.text,
                        "task_id": task.id, "indicator": ind})
    return out


# --- matching --------------------------------------------------------------------------------

_STRIP = re.compile(r"[\s*“”\"'（）()、，,。;；:：]|^(?:全市|全省|全区|全县|全年|本市|我市|全社会)")


def _norm_metric(m: str) -> str:
    # GDP is the economy's output by its Latin name: 单位GDP能耗 and 单位生产总值能耗 name one metric, as the engine's
    # reading of either has it (words.toml verify.aliases GDP>地区生产总值).
    return _STRIP.sub("", m or "").replace("GDP", "地区生产总值").replace("gdp", "地区生产总值")


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def metric_match(label: str, engine: str) -> bool:
    """Same metric: one name inside the other, or most of the label's character pairs in the engine's."""
    a, b = _norm_metric(label), _norm_metric(engine)
    if not a or not b:
        return False
    if a in b or (len(b) >= 2 and b in a):
        return True
    ga, gb = _bigrams(a), _bigrams(b)
    return len(ga & gb) / len(ga) >= 0.6


def _same_value(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-9


def _unit_key(unit: str | None) -> str:
    """A unit as compared: its brackets of either width alike (a label writes 万头（只） as the report does, the engine
    reads the report's text with its brackets made half-width, 万头(只))."""
    return (unit or "").replace("（", "(").replace("）", ")")


def target_match(label: dict, got: dict) -> bool:
    if label["kind"] == "qualitative":
        return (got.get("value") is None and got.get("kind") == "qualitative"
                and label["comparator"] == got["comparator"] and metric_match(label["metric"], got["metric"]))
    if not _same_value(label["value"], got.get("value")):
        return False
    if _unit_key(label["unit"]) != _unit_key(got.get("unit")):
        return False
    if label["comparator"] == "range":
        # The engine states a range as >= its low end with value_high its high end.
        return (got["comparator"] == ">=" and _same_value(label.get("value_high"), got.get("value_high"))
                and metric_match(label["metric"], got["metric"]))
    return label["comparator"] == got["comparator"] and metric_match(label["metric"], got["metric"])


def assign(labels: list[dict], got: list[dict]) -> list[int | None]:
    """One-to-one: each label's index into ``got`` (first free match, in order), or None."""
    free = list(range(len(got)))
    out: list[int | None] = []
    for lab in labels:
        j = next((k for k in free if target_match(lab, got[k])), None)
        if j is not None:
            free.remove(j)
        out.append(j)
    return out


# --- scoring ------------------------------------------------------------------------------------

def score_parts(reports: list[dict], majority: str) -> dict:
    right = base = n = 0
    confusions: Counter = Counter()
    per_role: Counter = Counter()
    per_role_right: Counter = Counter()
    for rep in reports:
        doc = read(rep["file"])
        for part in rep["parts"]:
            got = role_at_line(doc, part["line"])
            n += 1
            per_role[part["role"]] += 1
            if got == part["role"]:
                right += 1
                per_role_right[part["role"]] += 1
            else:
                confusions[(part["role"], got)] += 1
            base += part["role"] == majority
    # the issue's own figure: the targets paragraph and the plan part found in every report
    found_targets = found_plan = 0
    for rep in reports:
        doc = read(rep["file"])
        found_plan += any(role_at_line(doc, p["line"]) == "plan" for p in rep["parts"] if p["role"] == "plan")
        tagged = [line_of(doc.text, s.start) for s in doc.sentences if "expected_targets" in s.tags]
        # a year N+1 excerpt may hold no targets paragraph (targets_line null): right when none is tagged
        found_targets += (read_line(doc, rep["targets_line"]) in tagged) if rep["targets_line"] is not None else not tagged
    return {"parts": n, "accuracy": right / n if n else 0.0, "baseline": base / n if n else 0.0,
            "per_role": {r: (per_role_right[r], per_role[r]) for r in ROLES if per_role[r]},
            "confusions": confusions, "reports": len(reports), "plan_found": found_plan,
            "targets_found": found_targets}


def score_targets(reports: list[dict], constant: dict | None) -> dict:
    tp = n_label = n_got = 0
    base_tp = base_got = 0
    zero_reports = []
    per_kind: Counter = Counter()
    per_kind_right: Counter = Counter()
    missed: list[tuple[str, str]] = []
    extra: list[tuple[str, str]] = []
    for rep in reports:
        doc = read(rep["file"])
        got = engine_targets(doc)
        if not got:
            zero_reports.append(rep["file"][:3])
        match = assign(rep["targets"], got)
        n_label += len(rep["targets"])
        n_got += len(got)
        used = {j for j in match if j is not None}
        for lab, j in zip(rep["targets"], match, strict=True):
            per_kind[lab["kind"]] += 1
            if j is not None:
                tp += 1
                per_kind_right[lab["kind"]] += 1
            else:
                missed.append((rep["file"][:3], lab["text"]))
        extra += [(rep["file"][:3], f"{g['metric']} {g['comparator']} {g['value']}{g['unit']}")
                  for k, g in enumerate(got) if k not in used]
        if constant is not None:
            base_got += 1
            base_tp += any(target_match(lab, constant) for lab in rep["targets"])
    return {"labelled": n_label, "extracted": n_got, "right": tp,
            "recall": tp / n_label if n_label else 0.0, "precision": tp / n_got if n_got else 0.0,
            "base_recall": base_tp / n_label if n_label else 0.0,
            "base_precision": base_tp / base_got if base_got else 0.0,
            "zero_reports": zero_reports, "reports": len(reports),
            "per_kind": {k: (per_kind_right[k], per_kind[k]) for k in sorted(per_kind)},
            "missed": missed, "extra": extra}


def outcome(verdict) -> str:
    """The engine's verdict in the labels' terms."""
    if getattr(verdict, "outcome", ""):
        return verdict.outcome
    v = verdict.verdict
    if v in ("met", "exceeded", "achieved"):
        return "achieved"
    if v == "not_met":
        return "not_met"
    if v == "not_reported" or verdict.actual is None:
        return "not_reported"
    return "unclear"


def engine_verdicts(pair: dict) -> tuple[list | None, str]:
    """(verdicts, error): the engine's verdicts on a pair, or None and the one-line error."""
    from luoshi.engine import verify
    from luoshi.engine.errors import EngineError

    try:
        verdicts, _ = verify.verify_documents(read(pair["targets_file"]), read(pair["review_file"]),
                                              pair["targets_file"])
    except EngineError as e:
        return None, str(e)
    return verdicts, ""


def verdict_targets(verdicts) -> list[dict]:
    """The engine's targets, in the order of its verdicts, as ``assign`` matches them to labelled targets."""
    return [{"metric": v.metric, "value": v.target.get("value"), "value_high": v.target.get("value_high"),
             "unit": v.target.get("unit", ""), "comparator": v.target.get("comparator"),
             "kind": v.target.get("kind", "")} for v in verdicts]


def score_verify(pairs: list[dict], reports: dict[str, dict], majority: str) -> dict:
    right = base = n = 0
    failed: list[tuple[str, str]] = []
    confusions: Counter = Counter()
    got_counts: Counter = Counter()
    for pair in pairs:
        rep = reports[pair["targets_file"]]
        verdicts, error = engine_verdicts(pair)
        if verdicts is None:
            failed.append((pair["targets_file"].split("_")[0], error))
            verdicts = []
        match = assign(rep["targets"], verdict_targets(verdicts))
        for result, j in zip(pair["results"], match, strict=True):
            n += 1
            answer = outcome(verdicts[j]) if j is not None else "missing"
            got_counts[answer] += 1
            right += answer == result["verdict"]
            base += result["verdict"] == majority
            if answer != result["verdict"]:
                confusions[(result["verdict"], answer)] += 1
    return {"pairs": len(pairs), "results": n, "accuracy": right / n if n else 0.0,
            "baseline": base / n if n else 0.0, "failed": failed, "confusions": confusions,
            "answers": got_counts}


def dev_constants() -> tuple[str, dict, str]:
    """The trivial baselines' answers, all taken from the dev split: the majority part role, the
    most common target, the majority verdict."""
    reports = report_labels("dev")
    roles = Counter(p["role"] for r in reports for p in r["parts"])
    targets = Counter((t["metric"], t["value"], t["unit"], t["comparator"], t["kind"])
                      for r in reports for t in r["targets"])
    (metric, value, unit, comparator, kind), _ = targets.most_common(1)[0]
    verdicts = Counter(x["verdict"] for p in pair_labels("dev") for x in p["results"])
    return (roles.most_common(1)[0][0],
            {"metric": metric, "value": value, "unit": unit, "comparator": comparator, "kind": kind},
            verdicts.most_common(1)[0][0])


# --- output ---------------------------------------------------------------------------------

def report(split: str, verbose: bool = False) -> dict:
    majority_role, constant, majority_verdict = dev_constants()
    reports = report_labels(split)
    by_file = {r["file"]: r for r in reports}
    pairs = pair_labels(split)
    print(f"\n===== corpus, {split} split ({len(reports)} reports, {len(pairs)} pairs) =====")
    p = score_parts(reports, majority_role)
    print(f"part roles ({p['parts']} labelled parts)")
    print(f"  accuracy                 {p['accuracy']:.3f}   baseline (every part '{majority_role}') "
          f"{p['baseline']:.3f}")
    print("  per role (right/labelled) " + ", ".join(f"{r} {a}/{b}" for r, (a, b) in p["per_role"].items()))
    print(f"  plan part found          {p['plan_found']}/{p['reports']} reports; targets paragraph found "
          f"on its line {p['targets_found']}/{p['reports']}")
    print("  most common confusions (label → engine):",
          ", ".join(f"{a}→{b} {n}" for (a, b), n in p["confusions"].most_common(8)))
    t = score_targets(reports, constant)
    print(f"expected targets ({t['labelled']} labelled; metric, value, unit and comparator must all match)")
    print(f"  recall                   {t['recall']:.3f}   baseline {t['base_recall']:.3f}")
    print(f"  precision                {t['precision']:.3f}   baseline {t['base_precision']:.3f}"
          f"   (baseline: '{constant['metric']} {constant['comparator']} {constant['value']}{constant['unit']}' "
          "for every report)")
    print(f"  targets extracted        {t['extracted']} ({t['right']} right); reports with zero targets "
          f"{len(t['zero_reports'])}/{t['reports']} {' '.join(t['zero_reports'])}")
    print("  recall per kind          " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in t["per_kind"].items()))
    v = score_verify(pairs, by_file, majority_verdict)
    print(f"verify ({v['pairs']} pairs, {v['results']} labelled results)")
    print(f"  verdict accuracy         {v['accuracy']:.3f}   baseline (every target '{majority_verdict}') "
          f"{v['baseline']:.3f}")
    print(f"  pairs failed as a whole  {len(v['failed'])}" +
          ("".join(f"\n    {f}: {e}" for f, e in v["failed"]) if v["failed"] else ""))
    print("  engine answers           " + ", ".join(f"{k} {n}" for k, n in v["answers"].most_common()))
    print("  most common confusions (label → engine):",
          ", ".join(f"{a}→{b} {n}" for (a, b), n in v["confusions"].most_common(8)))
    if verbose:
        print("  missed targets:")
        for f, text in t["missed"]:
            print(f"    {f} {text}")
        print("  extra targets:")
        for f, text in t["extra"]:
            print(f"    {f} {text}")
    return {"parts": p, "targets": t, "verify": v}


def speed() -> None:
    """All corpus work reports read and their targets extracted, against a bare read of the files:
    in this process (decoded text → structure, tables, tasks, targets) and through ``reader.read``,
    which reads each file in a bounded worker process (issue 13) and so adds the worker's start (once)
    and each Document's pickling back."""
    from luoshi.engine import reader, tasks
    from luoshi.engine.model import SourceText

    files = sorted(CORPUS.glob("*_work_report.txt"))
    # Wall-clock and CPU time of this process (one core): on a shared, loaded machine the wall
    # clock counts other programs' turns too; the CPU time is the work done.  The bare read is
    # short, so it is the best of five.
    bare = bare_cpu = float("inf")
    for _ in range(5):
        t0, c0 = time.perf_counter(), time.process_time()
        texts = [f.read_bytes().decode("utf-8") for f in files]
        bare, bare_cpu = min(bare, time.perf_counter() - t0), min(bare_cpu, time.process_time() - c0)
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for f, text in zip(files, texts, strict=True):
        doc = reader.read_text(SourceText(text, "txt"), f.name)
        n += sum(t.kind == "expected_target" for t in tasks.tasks_from_document(doc))
    inproc, inproc_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    first = None
    for f in files:
        tasks.tasks_from_document(reader.read(f))
        first = time.perf_counter() - t0 if first is None else first
    bounded = time.perf_counter() - t0
    print(f"\n===== speed ({len(files)} corpus work reports, one core) =====")
    print(f"  bare read (bytes → text)            {bare * 1000:.1f} ms wall, {bare_cpu * 1000:.1f} ms CPU")
    print(f"  read + structure + tasks + targets  {inproc:.2f} s wall, {inproc_cpu:.2f} s CPU in process "
          f"({n} expected-target clauses); ratio to bare read {inproc / bare if bare else 0:.0f}× wall, "
          f"{inproc_cpu / bare_cpu if bare_cpu else 0:.0f}× CPU")
    print(f"  the same through reader.read        {bounded:.2f} s (a bounded worker process); "
          f"ratio {bounded / bare if bare else 0:.0f}×; the first report {first or 0:.2f} s (with the "
          f"forkserver's start, once per process), the other {len(files) - 1} {bounded - (first or 0):.2f} s")


def show(number: str) -> None:
    path = next((LABELS / "reports").glob(f"{number}.json"))
    rep = json.loads(path.read_text(encoding="utf-8"))
    if rep["split"] != "dev":
        raise SystemExit("only dev reports are shown")
    doc = read(rep["file"])
    for part in rep["parts"]:
        print(f"  {part['line']:5} {part['role']:9} engine {role_at_line(doc, part['line']):9} {part['title'][:40]}")
    got = engine_targets(doc)
    match = assign(rep["targets"], got)
    for lab, j in zip(rep["targets"], match, strict=True):
        g = got[j] if j is not None else None
        print(("  ok   " if g else "  MISS ") + f"{lab['metric']} {lab['comparator']} {lab['value']}{lab['unit']}"
              f" ({lab['kind']})")
    used = {j for j in match if j is not None}
    for k, g in enumerate(got):
        if k not in used:
            print(f"  EXTRA {g['metric']} {g['comparator']} {g['value']}{g['unit']} ({g['kind']}) «{g['text']}»")
    pair = next((p for p in pair_labels("dev") if p["targets_file"] == rep["file"]), None)
    if pair is None:
        return
    verdicts, error = engine_verdicts(pair)
    if verdicts is None:
        print("  PAIR FAILED:", error)
        return
    for result, j in zip(pair["results"], assign(rep["targets"], verdict_targets(verdicts)), strict=True):
        answer = outcome(verdicts[j]) if j is not None else "missing"
        mark = "  ok  " if answer == result["verdict"] else "  DIFF"
        label_quote = (result["actual"] or {}).get("text", "")
        engine_quote = (verdicts[j].actual or {}).get("text", "") if j is not None else ""
        why = verdicts[j].reason if j is not None else ""
        print(f"{mark} {result['target'][:24]:26} label {result['verdict']:12} «{label_quote[:30]}»  "
              f"engine {answer:12} «{engine_quote[:30]}» {why[:60]}")


def print_verify(pairs: list[dict], kind: str, baseline: str | None, first_run: dict[str, dict[str, float]],
                 set_name: str | None, verbose: bool, label: str = "target", width: int = 22) -> None:
    """The verify figures of bench/verify_invented.py and bench/verify_real.py, printed alike: accuracy beside the
    baseline (every target ``baseline``; None: the majority label), pairs failed, answers, confusions, each set's
    first run, and with ``verbose`` every disagreement (the label's ``label`` field cut to ``width``)."""
    reports = {p["targets_file"]: p for p in pairs}
    majority = Counter(r["verdict"] for p in pairs for r in p["results"]).most_common(1)[0][0]
    v = score_verify(pairs, reports, baseline or majority)
    print(f"===== {kind} consecutive-year pairs, {set_name or 'all'} ({v['pairs']} pairs, {v['results']} results) =====")
    print(f"  verdict accuracy         {v['accuracy']:.3f}   baseline (every target '{baseline or majority}') "
          f"{v['baseline']:.3f}" + (f"   (majority label: '{majority}')" if baseline else ""))
    print(f"  pairs failed as a whole  {len(v['failed'])}" + "".join(f"\n    {f}: {e}" for f, e in v["failed"]))
    print("  engine answers           " + ", ".join(f"{k} {n}" for k, n in v["answers"].most_common()))
    print("  confusions (label → engine):", ", ".join(f"{a}→{b} {n}" for (a, b), n in v["confusions"].most_common()))
    for name, first in first_run.items():
        if set_name in (None, name):
            print(f"  {name} set's first run (before fitting): " + ", ".join(f"{k} {x:.3f}" for k, x in first.items()))
    if not verbose:
        return
    for pair in pairs:
        verdicts = engine_verdicts(pair)[0] or []
        for result, j in zip(pair["results"], assign(pair["targets"], verdict_targets(verdicts)), strict=True):
            answer = outcome(verdicts[j]) if j is not None else "missing"
            if answer != result["verdict"]:
                quote = (verdicts[j].actual or {}).get("text", "") if j is not None else ""
                why = verdicts[j].reason if j is not None else ""
                print(f"  DIFF {pair['targets_file'].split('_')[0]} {result[label][:width]:{width + 2}} label "
                      f"{result['verdict']:12} engine {answer:12} «{quote[:30]}» {why[:90]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scored", action="store_true", help="also score the held-out split (once, at the end)")
    ap.add_argument("--verbose", action="store_true", help="list missed and extra targets (dev split only)")
    ap.add_argument("--show", help="one dev report by its number: parts and targets, engine beside label")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed figure")
    args = ap.parse_args()
    if args.show:
        show(args.show)
        return
    report("dev", verbose=args.verbose)
    if args.scored:
        report("scored")
    if not args.no_speed:
        speed()


if __name__ == "__main__":
    main()
