"""Accuracy of the engine against labels made by careful reading.

Labels live in tests/fixtures/labels/: *_dev.json (rules may be tuned while
looking at these) and *_heldout.json (scored only at the end, so the rules are
not fitted to them).  Rows are split by row number (odd → dev, even →
held-out), a split nobody chose.

    .venv/bin/python bench/accuracy.py              # dev labels
    .venv/bin/python bench/accuracy.py --heldout    # dev and held-out
    .venv/bin/python bench/accuracy.py --corpus     # other governments' work reports (bench/corpus.py), dev split
    .venv/bin/python bench/accuracy.py --corpus --scored   # … and the scored split (once, at the end)

Corpus labels (bench/labels/corpus/, issue 10) are split by government: the ``dev`` split (15
governments) may be read while writing rules; the ``scored`` split (14 governments) is scored once.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "fixtures" / "labels"
SAMPLES = ROOT / "luoshi" / "samples"
AS_OF = date(2020, 6, 30)


def load(name: str) -> list[dict]:
    path = LABELS / name
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    return data["items"] if isinstance(data, dict) else data  # a label file may carry a note


def judged_rows() -> dict[tuple[str, int], object]:
    """Assessments of both progress documents, keyed by (doc, row)."""
    from luoshi.engine.pipeline import judge

    out = {}
    h1 = judge(SAMPLES / "shangcheng-2020-h1-progress.txt", AS_OF, SAMPLES / "shangcheng-2020-work-report.txt")
    gs = judge(SAMPLES / "gongshu-2020-q2-progress.txt", AS_OF)
    for doc, judged in (("h1", h1), ("gongshu", gs)):
        for a in judged.assessments:
            out[(doc, a.row)] = a
    return out


def score_status(labels: list[dict], judged: dict) -> dict:
    """Status accuracy, per-status precision/recall, completion_pct agreement (±1 point)."""
    pairs = [(lab, judged.get((lab["doc"], lab["row"]))) for lab in labels]
    pairs = [(lab, a) for lab, a in pairs if a is not None]
    if not pairs:
        return {}
    right = sum(lab["status"] == a.status for lab, a in pairs)
    per = {}
    for status in sorted({lab["status"] for lab, _ in pairs} | {a.status for _, a in pairs}):
        tp = sum(lab["status"] == status == a.status for lab, a in pairs)
        pred = sum(a.status == status for _, a in pairs)
        gold = sum(lab["status"] == status for lab, _ in pairs)
        per[status] = (tp / pred if pred else 0.0, tp / gold if gold else 0.0, gold)
    # completion_pct: precision = given values that agree / values given; recall = agree / labelled values.
    given = [(lab, a) for lab, a in pairs if a.completion_pct is not None]
    gold = [(lab, a) for lab, a in pairs if lab.get("completion_pct") is not None]
    agree = sum(1 for lab, a in pairs if a.completion_pct is not None and lab.get("completion_pct") is not None
                and abs(a.completion_pct - lab["completion_pct"]) <= 1.0)
    unclear_gold = sum(lab["status"] == "unclear" for lab, _ in pairs)
    return {
        "rows": len(pairs), "accuracy": right / len(pairs), "per_status": per,
        "completion_precision": agree / len(given) if given else 0.0,
        "completion_recall": agree / len(gold) if gold else 0.0,
        "unclear_share_labelled": unclear_gold / len(pairs),
        "confusions": Counter((lab["status"], a.status) for lab, a in pairs if lab["status"] != a.status),
    }


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


def report(split: str, judged: dict) -> None:
    from luoshi.engine import indicators, progress

    print(f"\n===== {split} =====")
    items = load(f"indicators_{split}.json")
    if items:
        print_prf(f"indicators ({len(items)} texts)", indicators.score_indicators(items))
    items = load(f"progress_{split}.json")
    if items:
        print_prf(f"progress facts ({len(items)} rows)", progress.score_progress(items))
    labels = load(f"status_{split}.json")
    if labels:
        s = score_status(labels, judged)
        print(f"status ({s['rows']} rows, as of {AS_OF})")
        print(f"  accuracy                 {s['accuracy']:.3f}")
        for status, (p, r, n) in s["per_status"].items():
            print(f"  {status:24} precision {p:.3f}  recall {r:.3f}  (labelled {n})")
        print(f"  completion_pct           precision {s['completion_precision']:.3f}  recall {s['completion_recall']:.3f}")
        print("  most common confusions (label → engine):",
              ", ".join(f"{a}→{b} {n}" for (a, b), n in s["confusions"].most_common(6)))
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
    judged = judged_rows()
    report("dev", judged)
    if args.heldout:
        report("heldout", judged)
    labels = load("verify_labels.json")
    if labels:
        s = score_verdicts(labels)
        print("\n===== verify (2019 table against the 2020 review; labels used while writing the rules) =====")
        print(f"verdicts ({s['targets']} labelled targets; {s['decided']} of {s['verdicts']} targets decided, "
              f"{s['unanswered']} review claims answer no target)")
        print(f"  verdict accuracy         {s['accuracy']:.3f}")
        if s["confusions"]:
            print("  confusions (label → engine):", ", ".join(f"{a}→{b} {n}" for (a, b), n in s["confusions"].items()))


if __name__ == "__main__":
    main()
