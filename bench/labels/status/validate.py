"""Check the issue-11 status labels: schema, verbatim spans, row coverage, and the
combining rule of the draft (worst part decides; completed only when every part is).

    python bench/labels/status/validate.py            # schema, spans, combining, counts
    python bench/labels/status/validate.py --reader   # also compare rows with `luoshi read`
    python bench/labels/status/validate.py --scored   # also print the scored rows' notes and counts (the lead, at the end)

The scored rows (the 拱墅 page, corpus pages 058–060) are checked on every run, but what a check finds on them is
only counted, never shown, and their counts are left out: a developer who validates a dev set sees no scored label.

Exit status 1 when any error is found. Band disagreements for single-figure rows are
printed as notes, not errors: rule 4 (some items done, the rest underway) overrides the
figure on purpose.
"""

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SAMPLES = ROOT / "luoshi" / "samples"
CORPUS = Path("/work/shared/corpus")

STATUSES = ["completed", "ahead", "on_track", "behind", "seriously_behind", "not_started", "unclear"]
BASES = ["figures", "statement", "stage", "unit_statement", "none"]
SAMPLE_DOCS = {
    "h1": ("h1.json", "shangcheng-2020-h1-progress.txt", 113),
    "gongshu": ("gongshu.json", "gongshu-2020-q2-progress.txt", 128),
}
SAMPLE_KEYS = {
    "doc",
    "row",
    "task",
    "progress",
    "status",
    "completion_pct",
    "expected_pct",
    "basis",
    "evidence",
    "reason",
}
CORPUS_KEYS = {
    "id",
    "file",
    "as_of",
    "task",
    "progress",
    "status",
    "completion_pct",
    "basis",
    "evidence",
    "reason",
}
SEVERITY = {"seriously_behind": 3, "behind": 2}
BAND = 5.0  # percentage points either side of the expected pace (see README, rule questions)

SCORED_DOCS = {"gongshu"}
SCORED_CORPUS = ("058", "059", "060")
SHOW_SCORED = "--scored" in sys.argv

errors: list[str] = []
notes: list[str] = []
_quiet = False      # set while a scored row is checked: what is found is counted, not shown


def err(where, msg):
    errors.append(f"{where}: a check failed (a scored row: run with --scored to see it)" if _quiet else f"{where}: {msg}")


def check_common(where, item, text):
    if item["status"] not in STATUSES:
        err(where, f"status {item['status']!r}")
    if item.get("alt_status") is not None and item["alt_status"] not in STATUSES:
        err(where, f"alt_status {item['alt_status']!r}")
    if item["basis"] not in BASES:
        err(where, f"basis {item['basis']!r}")
    cp = item["completion_pct"]
    if cp is not None and not isinstance(cp, (int, float)):
        err(where, "completion_pct must be a number or null")
    if item["status"] == "unclear" and item["basis"] != "none":
        err(where, "unclear must have basis none")
    if item["basis"] == "none" and item["status"] != "unclear":
        err(where, "basis none only for unclear")
    if not isinstance(item["evidence"], list) or not item["evidence"]:
        err(where, "evidence must be a non-empty list of quoted spans")
    for span in item["evidence"]:
        if span not in text:
            err(where, f"evidence not verbatim: {span!r}")
    if not item["reason"] or "\n" in item["reason"]:
        err(where, "reason must be one line")
    for sub in item.get("sub_targets", []):
        if set(sub) - {"target", "reported", "status", "completion_pct", "note"} or not {
            "target",
            "reported",
            "status",
        } <= set(sub):
            err(where, f"sub_target keys {sorted(sub)}")
        if sub["status"] not in STATUSES:
            err(where, f"sub_target status {sub['status']!r}")
        if sub["reported"] is not None and sub["reported"] not in text:
            err(where, f"sub_target reported not verbatim: {sub['reported']!r}")
    check_combination(where, item)


def check_combination(where, item):
    subs = item.get("sub_targets")
    if not subs:
        return
    states = [s["status"] for s in subs]
    worst = max((SEVERITY.get(s, 0) for s in states), default=0)
    if worst:
        expect = {3: "seriously_behind", 2: "behind"}[worst]
        if item["status"] != expect:
            err(where, f"a part is {expect}, task is {item['status']}")
    elif all(s == "completed" for s in states):
        if item["status"] != "completed":
            err(where, "every part completed but task is not")
    elif item["status"] == "completed":
        err(where, "task completed while a part is not")
    elif "unclear" in states and item["status"] == "ahead":
        err(where, "a part has no fact: task is at most on_track")
    elif all(s in ("ahead", "completed") for s in states) and item["status"] != "ahead":
        err(where, "every part ahead or completed: task should be ahead")
    # completion = mean of the parts with a completion (capped at 100); statement-completed
    # parts count 100 when the task has figures at all.
    parts = []
    for s in subs:
        if s.get("completion_pct") is not None:
            parts.append(min(s["completion_pct"], 100.0))
        elif s["status"] == "completed":
            parts.append(100.0)
    has_figure = any(s.get("completion_pct") is not None for s in subs)
    if has_figure:
        mean = sum(parts) / len(parts)
        if item["completion_pct"] is None or abs(item["completion_pct"] - mean) > 0.15:
            err(where, f"completion_pct {item['completion_pct']} but mean of parts is {mean:.2f}")


def band_status(cp, pace):
    if cp >= 100:
        return "completed"
    if cp > pace + BAND:
        return "ahead"
    if cp < pace / 2:
        return "seriously_behind"
    if cp < pace - BAND:
        return "behind"
    return "on_track"


def check_band(where, item, pace):
    if item["basis"] == "figures" and item["completion_pct"] is not None and not item.get("sub_targets"):
        want = band_status(item["completion_pct"], pace)
        if want != item["status"] and not _quiet:
            notes.append(
                f"{where}: figure {item['completion_pct']} gives {want}, labelled {item['status']} ({item['reason']})"
            )


def reader_rows(sample):
    out = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "luoshi"), "read", str(SAMPLES / sample), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)["tables"][0]["rows"]


def check_samples(use_reader):
    global _quiet
    for doc, (name, sample, nrows) in SAMPLE_DOCS.items():
        _quiet = doc in SCORED_DOCS and not SHOW_SCORED
        if not (HERE / name).exists():
            err(name, "missing")
            continue
        items = json.loads((HERE / name).read_text())
        text = (SAMPLES / sample).read_text()
        rows = [it["row"] for it in items]
        if sorted(rows) != list(range(1, nrows + 1)):
            err(name, f"rows must be 1..{nrows} once each")
        read = reader_rows(sample) if use_reader else None
        last = -1
        for it in items:
            where = f"{name} row {it.get('row')}"
            missing = SAMPLE_KEYS - set(it)
            if missing:
                err(where, f"missing {sorted(missing)}")
                continue
            if it["doc"] != doc:
                err(where, f"doc {it['doc']!r}")
            if len(it["task"]) > 40 or len(it["progress"]) > 60:
                err(where, "task is the first 40 characters, progress the first 60")
            pos = text.find(it["task"])
            if pos < 0 or it["progress"] not in text:
                err(where, "task/progress prefix not in the sample")
            elif pos < last:
                err(where, "rows out of document order")
            last = max(last, pos)
            if read is not None:
                row = read[it["row"] - 1]
                if row["task"][:40] != it["task"] or row["progress"][:60] != it["progress"]:
                    err(where, "does not match the reader's row")
                cell = row["task"] + "\n" + row["progress"]
                for span in it["evidence"]:
                    if span not in cell:
                        err(where, f"evidence outside this row: {span!r}")
            check_common(where, it, text)
            check_band(where, it, it["expected_pct"])
    _quiet = False


def check_corpus():
    global _quiet
    if not (HERE / "corpus.json").exists():
        err("corpus.json", "missing")
        return
    items = json.loads((HERE / "corpus.json").read_text())
    ids = Counter(it.get("id") for it in items)
    for i, n in ids.items():
        if n > 1:
            err("corpus.json", f"duplicate id {i}")
    for it in items:
        where = f"corpus {it.get('id')}"
        _quiet = str(it.get("file", ""))[:3] in SCORED_CORPUS and not SHOW_SCORED
        missing = CORPUS_KEYS - set(it)
        if missing:
            err(where, f"missing {sorted(missing)}")
            continue
        path = CORPUS / it["file"]
        if not path.exists():
            err(where, f"no such corpus file {it['file']}")
            continue
        text = path.read_text()
        for key in ("task", "progress"):
            if it[key] not in text:
                err(where, f"{key} not verbatim: {it[key]!r}")
        check_common(where, it, text)
        check_band(where, it, it["expected_pct"])
    _quiet = False


PAGES_KEYS = {"id", "as_of", "task", "progress", "status", "basis", "phenomenon", "reason", "completion_pct",
              "expected_pct", "source"}


def linear_pace(as_of: str) -> float:
    from datetime import date

    d = date.fromisoformat(as_of)
    days = (date(d.year, 12, 31) - date(d.year, 1, 1)).days + 1
    return round(100 * d.timetuple().tm_yday / days, 1)


def check_pages():
    """Real published rows (pages*.json): schema, unique ids, statuses, the source kept; the pace and the band as notes
    (a task's own deadline moves its pace off the year's)."""
    for path in sorted(HERE.glob("pages*.json")):
        items = json.loads(path.read_text(encoding="utf-8"))["items"]
        for i, n in Counter(it.get("id") for it in items).items():
            if n > 1:
                err(path.name, f"duplicate id {i}")
        for it in items:
            where = f"{path.stem} {it.get('id')}"
            missing = PAGES_KEYS - set(it)
            if missing:
                err(where, f"missing {sorted(missing)}")
                continue
            for key in ("status", "alt_status"):
                if it.get(key) is not None and it[key] not in STATUSES:
                    err(where, f"{key} {it[key]!r}")
            if it["basis"] not in BASES:
                err(where, f"basis {it['basis']!r}")
            if not {"url", "title", "as_of_note"} <= set(it["source"]):
                err(where, "source needs url, title and as_of_note")
            if not it["task"].strip() or not it["progress"].strip():
                err(where, "task and progress are quoted, never empty")
            if abs(it["expected_pct"] - linear_pace(it["as_of"])) > 0.15:
                notes.append(f"{where}: expected_pct {it['expected_pct']} against the year's linear {linear_pace(it['as_of'])}")
            check_band(where, it, it["expected_pct"])


def counts():
    for name in ("h1.json", "gongshu.json", "corpus.json"):
        if not (HERE / name).exists() or (name == "gongshu.json" and not SHOW_SCORED):
            continue
        items = json.loads((HERE / name).read_text())
        if name == "corpus.json" and not SHOW_SCORED:
            items = [it for it in items if str(it.get("file", ""))[:3] not in SCORED_CORPUS]
            name = "corpus.json (dev pages; the scored 058–060 left out)"
        by_status = Counter(it["status"] for it in items)
        by_basis = Counter(it["basis"] for it in items)
        major, n = by_status.most_common(1)[0]
        print(f"{name}: {len(items)} items")
        print("  status: " + ", ".join(f"{s} {by_status[s]}" for s in STATUSES if by_status[s]))
        print("  basis:  " + ", ".join(f"{b} {by_basis[b]}" for b in BASES if by_basis[b]))
        print(f"  majority class: {major} ({n}/{len(items)} = {n / len(items):.1%})")
        alt = sum(1 for it in items if it.get("alt_status"))
        print(f"  with an alternative reading (alt_status): {alt}")
        if name == "corpus.json":
            print(
                "  per file: "
                + ", ".join(f"{f[:3]} {c}" for f, c in sorted(Counter(it["file"] for it in items).items()))
            )


def main():
    use_reader = "--reader" in sys.argv
    check_samples(use_reader)
    check_corpus()
    check_pages()
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    counts()
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
