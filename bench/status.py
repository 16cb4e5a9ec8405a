"""Status bench (issue 11): the engine's verdicts against careful human reading,
scored by document, each figure beside the trivial baselines.

Splits (bench/labels/status/README.md):

* dev — ``h1.json``, the 上城 1-6月 table: rules may be written while looking at it;
* scored — ``gongshu.json`` (the 拱墅 Q2 page) and ``corpus.json`` (items of the
  corpus's progress pages): scored once, at the end, never read while writing rules.

For every split it prints agreement (plain accuracy), agreement with either the
label or its second defensible reading (``alt_status``), balanced accuracy over
completed / on_track / behind (behind = behind + seriously_behind), per-class
precision and recall, and beside each the baselines: the constant answer
``on_track`` for every row and the split's own majority class.  Also the issue's
checks (no completed verdict on a row whose labelled parts include one with no
fact; no forecast read as done) and the speed in rows per second.

    .venv/bin/python bench/status.py            # dev only
    .venv/bin/python bench/status.py --scored   # dev, then the scored split (run once, at the end)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LABELS = ROOT / "bench" / "labels" / "status"
SAMPLES = ROOT / "luoshi" / "samples"
AS_OF = date(2020, 6, 30)
STATUSES = ("completed", "ahead", "on_track", "behind", "seriously_behind", "not_started", "unclear")
# Balanced accuracy groups: the three the issue names; seriously_behind counts as behind.
GROUPS = {"completed": "completed", "on_track": "on_track", "behind": "behind", "seriously_behind": "behind"}
FORECAST = re.compile(r"将|预计|计划|拟|力争|争取|下一步")


def load(name: str) -> list[dict]:
    data = json.loads((LABELS / name).read_text(encoding="utf-8"))
    return data["items"] if isinstance(data, dict) else data


# --- judging -------------------------------------------------------------------------------

def judge_sample(doc: str) -> dict[int, object]:
    """Assessments of one sample progress document by the product's own pipeline, by row."""
    from luoshi.engine.pipeline import judge

    if doc == "h1":
        judged = judge(SAMPLES / "shangcheng-2020-h1-progress.txt", AS_OF,
                       SAMPLES / "shangcheng-2020-work-report.txt")
    else:
        judged = judge(SAMPLES / "gongshu-2020-q2-progress.txt", AS_OF)
    return {a.row: a for a in judged.assessments}


def judge_items(items: list[dict]) -> list[object]:
    """Corpus items: the page's task and progress texts as a row, judged as of the page's date."""
    from luoshi.engine import api

    out = []
    for k, it in enumerate(items, 1):
        row = api.parse_progress(it["progress"], task=it["task"], row=k)
        targets = api.parse_indicators(it["task"])[0]
        out.append(api.assess_row(row, None, date.fromisoformat(it["as_of"]), targets=targets))
    return out


# --- scoring -------------------------------------------------------------------------------

def _pr(pairs: list[tuple[str, str]], status: str) -> tuple[float | None, float | None, int]:
    tp = sum(g == status == p for g, p in pairs)
    pred = sum(p == status for _, p in pairs)
    gold = sum(g == status for g, _ in pairs)
    return (tp / pred if pred else None), (tp / gold if gold else None), gold


def balanced(pairs: list[tuple[str, str]]) -> float:
    """Mean recall over completed / on_track / behind (groups present in the labels)."""
    recalls = []
    for group in ("completed", "on_track", "behind"):
        gold = [(g, p) for g, p in pairs if GROUPS.get(g) == group]
        if gold:
            recalls.append(sum(GROUPS.get(p) == group for _, p in gold) / len(gold))
    return sum(recalls) / len(recalls) if recalls else 0.0


def score(labels: list[dict], verdicts: list[object]) -> dict:
    pairs = [(lab["status"], a.status) for lab, a in zip(labels, verdicts, strict=True)]
    n = len(pairs)
    majority = Counter(g for g, _ in pairs).most_common(1)[0][0]
    const = [(g, "on_track") for g, _ in pairs]
    major = [(g, majority) for g, _ in pairs]
    either = sum(a.status in (lab["status"], lab.get("alt_status")) for lab, a in zip(labels, verdicts, strict=True))
    # The checks.
    missing_part = sum(1 for lab, a in zip(labels, verdicts, strict=True) if a.status == "completed"
                       and any(s.get("reported") is None for s in lab.get("sub_targets", [])))
    forecast = sum(1 for lab, a in zip(labels, verdicts, strict=True) if a.status == "completed"
                   and lab["status"] != "completed" and FORECAST.search(lab["progress"]))
    return {
        "rows": n, "majority": majority,
        "agreement": sum(g == p for g, p in pairs) / n,
        "agreement_const": sum(g == p for g, p in const) / n,
        "agreement_major": sum(g == p for g, p in major) / n,
        "either": either / n,
        "balanced": balanced(pairs), "balanced_const": balanced(const), "balanced_major": balanced(major),
        "per": {s: _pr(pairs, s) for s in STATUSES},
        "per_const": {s: _pr(const, s) for s in STATUSES},
        "completed_missing_part": missing_part, "forecast_done": forecast,
        "needs_person": sum(bool(getattr(a, "needs_person", False)) for a in verdicts),
        "needs_person_wrong": sum(bool(getattr(a, "needs_person", False)) and g != p
                                  for (g, p), a in zip(pairs, verdicts, strict=True)),
        "wrong": sum(g != p for g, p in pairs),
        "confusions": Counter((g, p) for g, p in pairs if g != p),
    }


def _f(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def report(title: str, s: dict) -> None:
    print(f"\n===== {title}: {s['rows']} rows (majority class: {s['majority']}) =====")
    print(f"{'':34}{'engine':>8}{'on_track':>10}{'majority':>10}")
    print(f"  {'agreement':32}{s['agreement']:8.3f}{s['agreement_const']:10.3f}{s['agreement_major']:10.3f}")
    print(f"  {'balanced acc. (compl/on/behind)':32}{s['balanced']:8.3f}{s['balanced_const']:10.3f}"
          f"{s['balanced_major']:10.3f}")
    print(f"  {'agreement with status or alt':32}{s['either']:8.3f}")
    print(f"  {'class':18}{'labelled':>9}{'precision':>11}{'recall':>8}   baseline on_track: precision recall")
    for status in STATUSES:
        p, r, n = s["per"][status]
        bp, br, _ = s["per_const"][status]
        print(f"  {status:18}{n:9d}{_f(p):>11}{_f(r):>8}   {_f(bp):>27} {_f(br)}")
    print(f"  completed while a labelled part has no fact: {s['completed_missing_part']}"
          f"   forecast read as done: {s['forecast_done']}")
    print(f"  needs a person: {s['needs_person']} verdicts, of which {s['needs_person_wrong']} are wrong "
          f"(of {s['wrong']} wrong in all)")
    print("  confusions (label → engine):", ", ".join(f"{a}→{b} {n}" for (a, b), n in s["confusions"].most_common(8)))


def speed() -> None:
    """Rows per second of parse + judge, and the time ratio for 4× the rows (≈1 when linear)."""
    from luoshi.engine import api

    items = load("h1.json")
    rows = [(it["progress"], it["task"]) for it in items]

    def run(k: int) -> float:
        t = time.perf_counter()
        for _ in range(k):
            for i, (progress, task) in enumerate(rows, 1):
                api.assess_row(api.parse_progress(progress, task=task, row=i), None, AS_OF,
                               targets=api.parse_indicators(task)[0])
        return time.perf_counter() - t

    run(1)
    one, four = run(2) / 2, run(8) / 2
    print(f"\nspeed: {len(rows) / one:.0f} rows/s; time for 4× the rows / (4 × time for 1×) = {four / (4 * one):.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scored", action="store_true", help="also score the held-out documents (once, at the end)")
    ap.add_argument("--rows", action="store_true", help="list the dev rows the engine gets wrong")
    args = ap.parse_args()
    h1 = load("h1.json")
    judged = judge_sample("h1")
    verdicts = [judged[lab["row"]] for lab in h1]
    report("dev: h1 (上城 1-6月)", score(h1, verdicts))
    if args.rows:
        for lab, a in zip(h1, verdicts, strict=True):
            if lab["status"] != a.status:
                print(f"  row {lab['row']:3d} {lab['status']:>16} → {a.status:16} {a.reason[:70]}")
    if args.scored:
        gs = load("gongshu.json")
        judged = judge_sample("gongshu")
        gv = [judged[lab["row"]] for lab in gs]
        report("scored: gongshu (拱墅 Q2)", score(gs, gv))
        corpus = load("corpus.json")
        cv = judge_items(corpus)
        report("scored: corpus pages 055–060", score(corpus, cv))
        report("scored: gongshu + corpus", score(gs + corpus, gv + cv))
    speed()


if __name__ == "__main__":
    main()
