"""Accuracy of the engine against labels made by careful reading.

Indicator, progress-fact and link labels live in tests/fixtures/labels/: *_dev.json (rules
may be tuned while looking at these) and *_heldout.json (scored only at the end).  Status
labels are held out by government (bench/labels/status/: dev = the 上城 H1 table and corpus
pages 055–057, scored = the 拱墅 page and corpus pages 058–060) and scored by bench/status.py,
which this script calls.

Every figure is printed beside a baseline: status — the constant answer on_track and the
majority class; verify — the majority verdict; links — the simple linker; indicator
fields — the field's most common labelled value; extraction recall — a constant answer
finds nothing (0).

    .venv/bin/python bench/accuracy.py              # dev labels
    .venv/bin/python bench/accuracy.py --heldout    # dev and held-out (status: the scored documents)
    .venv/bin/python bench/accuracy.py --corpus     # other governments' work reports (bench/corpus.py), dev split
    .venv/bin/python bench/accuracy.py --corpus --scored   # … and the scored split (once, at the end)

Corpus labels (bench/labels/corpus/, issue 10) are split by government: the ``dev`` split (15
governments) may be read while writing rules; the ``scored`` split (14 governments) is scored once.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import status as status_bench  # noqa: E402  (bench/status.py, beside this script)

LABELS = ROOT / "tests" / "fixtures" / "labels"
SAMPLES = ROOT / "luoshi" / "samples"
AS_OF = date(2020, 6, 30)


def majority_share(values: list) -> float:
    """The share of the most common value: what answering it every time would score."""
    return Counter(values).most_common(1)[0][1] / len(values) if values else 0.0


def load(name: str) -> list[dict]:
    path = LABELS / name
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    return data["items"] if isinstance(data, dict) else data  # a label file may carry a note


_PLANS = {"report": "shangcheng-2020-work-report.txt", "decomposition": "shangcheng-2019-decomposition.txt"}
_PLAN_TASKS: dict[str, list] = {}


def plan_tasks(plan: str) -> list:
    if plan not in _PLAN_TASKS:
        from luoshi.engine import reader, tasks

        _PLAN_TASKS[plan] = tasks.tasks_from_document(reader.read(SAMPLES / _PLANS[plan]))
    return _PLAN_TASKS[plan]


def score_links(labels: list[dict]) -> dict:
    """Top-1 link accuracy (the label's task or one of the tasks a several-task row also
    quotes; null labels right when nothing is linked), shares unmatched and marked check,
    how often a sure link is wrong, and the simple linker's top-1 on the same rows."""
    from luoshi.engine import linking

    right = simple_right = unmatched = check = sure = sure_wrong = 0
    for plan in _PLANS:
        items = [lab for lab in labels if lab["plan"] == plan]
        if not items:
            continue
        texts = [lab["text"] for lab in items]
        links = linking.link(texts, plan_tasks(plan))
        simple = linking.simple_link_rows(texts, plan_tasks(plan))
        for lab, lk, (simple_id, _) in zip(items, links, simple, strict=True):
            ok_ids = {lab["task_id"], *lab.get("also", [])}
            ok = lk.task_id in ok_ids if lk.task_id else lab["task_id"] is None
            right += ok
            simple_right += (simple_id in ok_ids) if simple_id else lab["task_id"] is None
            unmatched += lk.task_id is None
            check += lk.confidence == "check"
            sure += lk.confidence == "sure"
            sure_wrong += lk.confidence == "sure" and not ok
    n = len(labels)
    return {"rows": n, "top1": right / n, "unmatched": unmatched / n, "check": check / n,
            "sure_wrong": sure_wrong / sure if sure else 0.0, "simple_top1": simple_right / n,
            "labelled_null": sum(lab["task_id"] is None for lab in labels) / n}


def score_verdicts(labels: list[dict]) -> dict:
    """Verdict accuracy on the labelled 2019 targets (verify_labels.json)."""
    from luoshi.engine.verify import verify

    verdicts, unanswered = verify(SAMPLES / _PLANS["decomposition"], SAMPLES / _PLANS["report"])
    right, confusions = 0, Counter()
    for lab in labels:
        v = next((v for v in verdicts if v.task_id == lab["task_id"] and v.target["value"] == lab["value"]
                  and v.target["unit"] == lab["unit"]), None)
        got = v.verdict if v else "missing"
        right += got == lab["verdict"]
        if got != lab["verdict"]:
            confusions[(lab["verdict"], got)] += 1
    return {"targets": len(labels), "accuracy": right / len(labels) if labels else 0.0,
            "decided": sum(v.verdict != "unclear" for v in verdicts), "verdicts": len(verdicts),
            "unanswered": len(unanswered), "confusions": confusions}


def print_prf(title: str, scores: dict) -> None:
    print(title)
    for field, value in scores.items():
        if isinstance(value, tuple) and len(value) >= 2:
            print(f"  {field:24} precision {value[0]:.3f}  recall {value[1]:.3f}")
        elif isinstance(value, float):
            print(f"  {field:24} {value:.3f}")
        else:
            print(f"  {field:24} {value}")


def report(split: str, _judged: dict) -> None:
    from luoshi.engine import indicators, progress

    print(f"\n===== {split} =====")
    items = load(f"indicators_{split}.json")
    if items:
        print_prf(f"indicators ({len(items)} texts)", indicators.score_indicators(items))
        labelled = [i for it in items for i in it["indicators"]]
        print("  baseline: extraction recall 0.000 (a constant answer finds nothing); fields by their most common "
              "value: " + ", ".join(f"{f} {majority_share([i[f] for i in labelled]):.3f}"
                                     for f in ("unit", "comparator", "kind")))
    items = load(f"progress_{split}.json")
    if items:
        print_prf(f"progress facts ({len(items)} rows)", progress.score_progress(items))
        stages = [it.get("stage") for it in items if it.get("stage")]
        print(f"  baseline: extraction recall 0.000 (a constant answer finds nothing); stage by its most common "
              f"value {majority_share(stages):.3f}")
    labels = load(f"links_{split}.json")
    if labels:
        s = score_links(labels)
        print(f"links ({s['rows']} rows; {s['labelled_null']:.3f} labelled null)")
        print(f"  top-1 accuracy           {s['top1']:.3f}")
        print(f"  share unmatched          {s['unmatched']:.3f}")
        print(f"  share marked check       {s['check']:.3f}")
        print(f"  sure links that are wrong {s['sure_wrong']:.3f}")
        ratio = s["top1"] / s["simple_top1"] if s["simple_top1"] else 0.0
        print(f"  simple linker top-1      {s['simple_top1']:.3f}  (ratio new/simple {ratio:.3f})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--heldout", action="store_true", help="also score the held-out labels")
    ap.add_argument("--corpus", action="store_true",
                    help="other governments' work reports (bench/corpus.py): part roles, targets, verify")
    ap.add_argument("--scored", action="store_true", help="with --corpus: also the scored split (once, at the end)")
    args = ap.parse_args()
    if args.corpus:
        import corpus

        corpus.report("dev")
        if args.scored:
            corpus.report("scored")
        corpus.speed()
        return
    report("dev", {})
    if args.heldout:
        report("heldout", {})
    status_report(args.heldout)
    labels = load("verify_labels.json")
    if labels:
        s = score_verdicts(labels)
        print("\n===== verify (2019 table against the 2020 review; labels used while writing the rules) =====")
        print(f"verdicts ({s['targets']} labelled targets; {s['decided']} of {s['verdicts']} targets decided, "
              f"{s['unanswered']} review claims answer no target)")
        print(f"  verdict accuracy         {s['accuracy']:.3f}   baseline (majority verdict) "
              f"{majority_share([lab['verdict'] for lab in labels]):.3f}")
        if s["confusions"]:
            print("  confusions (label → engine):", ", ".join(f"{a}→{b} {n}" for (a, b), n in s["confusions"].items()))


def status_report(scored: bool) -> None:
    """Status verdicts by government (bench/status.py), each figure beside the on_track and majority baselines."""
    h1 = status_bench.load("h1.json")
    judged = status_bench.judge_sample("h1")
    hv = [judged[lab["row"]] for lab in h1]
    dev_corpus = status_bench.corpus_split("dev")
    dcv = status_bench.judge_items(dev_corpus)
    status_bench.report("status, dev: h1", status_bench.score(h1, hv))
    status_bench.report("status, dev: h1 + corpus 055–057", status_bench.score(h1 + dev_corpus, hv + dcv))
    if scored:
        gs = status_bench.load("gongshu.json")
        judged = status_bench.judge_sample("gongshu")
        gv = [judged[lab["row"]] for lab in gs]
        corpus = status_bench.corpus_split("scored")
        cv = status_bench.judge_items(corpus)
        status_bench.report("status, scored: gongshu", status_bench.score(gs, gv))
        status_bench.report("status, scored: corpus 058–060", status_bench.score(corpus, cv))
        status_bench.report("status, scored: gongshu + corpus 058–060", status_bench.score(gs + corpus, gv + cv))


if __name__ == "__main__":
    main()
