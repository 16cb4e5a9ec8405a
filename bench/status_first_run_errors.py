"""What kind of status error survives on real rows the engine had never seen (issue 11, errstat).

Pools the FIRST-run errors of the real published dev page sets pages17–pages30 (each judged first by the engine
bench/status_first_runs.py names for it, before any rule was written from it) and sorts them by confusion (label →
engine), by the engine's basis, by the as-of date's share of the year, and by what became of them: right today by
this checkout's engine or still wrong, and, of the mended, whether the set was one rules were written from (a dev set)
and whether a test file shares wording with the row (an 8-character run of it, digits aside: ``fitted``) — a row
mended in a held-out set, or with no wording in the tests, was mended by a rule that carried over.

Dev material only: the scored documents (gongshu, corpus 058–060) are never read; it prints counts and row ids, no
label texts.

    PYTHONPATH=. .venv/bin/python bench/status_first_run_errors.py [--rows]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import status_first_runs as fr  # noqa: E402

SETS = tuple(f"pages{k}" for k in range(17, 31))
# Sets judged once and held out: no rule was written from them, so a row of theirs mended since was mended by a rule
# written for other rows (bench/status.py and status_first_runs.py say which are held out).
HELD_OUT = ("pages17", "pages20", "pages23", "pages25", "pages28", "pages30")
# As-of share of the year, in bins a supervisor reads by.
BINS = (
    (0.26, "Q1 (≤3月)"),
    (0.51, "Q2 (≤6月)"),
    (0.76, "Q3 (≤9月)"),
    (0.99, "Q4 before 12月底"),
    (9.0, "year end"),
)
_DIGITS = re.compile(r"[0-9０-９.．%％]+")
_SPACE = re.compile(r"\s+")
GRAM = 8


def year_share(as_of: str) -> float:
    d = date.fromisoformat(as_of)
    return d.timetuple().tm_yday / (366 if d.year % 4 == 0 else 365)


def share_bin(as_of: str) -> str:
    s = year_share(as_of)
    return next(name for top, name in BINS if s < top)


def _norm(text: str) -> str:
    return _DIGITS.sub("#", _SPACE.sub("", text or ""))


def test_grams() -> set[str]:
    """Every 8-character run of the tests' text (digits as one mark), to see which rows a test shares wording with."""
    grams: set[str] = set()
    for path in (ROOT / "tests").glob("*.py"):
        text = _norm(path.read_text(encoding="utf-8"))
        grams.update(text[i : i + GRAM] for i in range(len(text) - GRAM + 1))
    return grams


def shares_wording(text: str, grams: set[str]) -> bool:
    t = _norm(text)
    return any(
        t[i : i + GRAM] in grams and re.search(r"[\u4e00-\u9fff]{4}", t[i : i + GRAM])
        for i in range(len(t) - GRAM + 1)
    )


def today_verdicts(name: str) -> list[dict]:
    """This checkout's verdicts, judged as the first runs were (status_first_runs.RUN)."""
    from luoshi.engine import api

    out = []
    for it in json.loads((fr.LABELS / f"{name}.json").read_text(encoding="utf-8"))["items"]:
        row = api.parse_progress(it["progress"], task=it["task"], row=1)
        a = api.assess_row(
            row, None, date.fromisoformat(it["as_of"]), targets=api.parse_indicators(it["task"])[0]
        )
        out.append({"status": a.status, "basis": a.basis, "rule": a.rule, "needs": a.needs_person})
    return out


def collect() -> list[dict]:
    commits = dict(fr.FIRST_RUNS)
    grams = test_grams()
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in SETS:
            items = json.loads((fr.LABELS / f"{name}.json").read_text(encoding="utf-8"))["items"]
            first = fr.first_run(name, commits[name], Path(tmp))
            now = today_verdicts(name)
            for it, f, t in zip(items, first, now, strict=True):
                alt = it.get("alt_status")
                rows.append(
                    {
                        "set": name,
                        "id": it["id"],
                        "label": it["status"],
                        "alt": alt,
                        "first": f["status"],
                        "first_basis": f["basis"],
                        "first_rule": f.get("rule", ""),
                        "first_needs": f["needs"],
                        "today": t["status"],
                        "today_basis": t["basis"],
                        "today_rule": t["rule"],
                        "bin": share_bin(it["as_of"]),
                        "held_out": name in HELD_OUT,
                        "wording": shares_wording(it["progress"], grams),
                    }
                )
    return rows


def direction(label: str, engine: str) -> str:
    """Optimistic when the engine says more progress than the label, pessimistic when less."""
    order = {"not_started": 0, "seriously_behind": 1, "behind": 2, "on_track": 3, "ahead": 4, "completed": 5}
    if label not in order or engine not in order:
        return "unclear"
    return "optimistic" if order[engine] > order[label] else "pessimistic"


def _table(title: str, errs: list[dict], key) -> None:
    print(f"\n{title}")
    print(
        f"  {'':34}{'first':>6}{'today ok':>9}{'still':>6}{'mended: held-out':>17}{'dev, no wording':>16}"
        f"{'dev, wording':>13}"
    )
    for k, n in Counter(key(x) for x in errs).most_common():
        xs = [x for x in errs if key(x) == k]
        ok = [x for x in xs if x["today"] == x["label"]]
        print(
            f"  {str(k):34}{n:6d}{len(ok):9d}{n - len(ok):6d}{sum(x['held_out'] for x in ok):17d}"
            f"{sum(not x['held_out'] and not x['wording'] for x in ok):16d}"
            f"{sum(not x['held_out'] and x['wording'] for x in ok):13d}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--rows", action="store_true", help="list the ids of the first-run errors still wrong today"
    )
    args = ap.parse_args()
    rows = collect()
    print(
        f"{'set':9}{'rows':>5}{'first':>7}{'today':>7}{'errors':>7}{'mended':>7}{'broken':>7}  (right; held out: *)"
    )
    for name in SETS:
        xs = [x for x in rows if x["set"] == name]
        first = sum(x["first"] == x["label"] for x in xs)
        today = sum(x["today"] == x["label"] for x in xs)
        mended = sum(x["first"] != x["label"] == x["today"] for x in xs)
        broken = sum(x["first"] == x["label"] != x["today"] for x in xs)
        print(
            f"{name + ('*' if name in HELD_OUT else ''):9}{len(xs):5d}{first / len(xs):7.3f}{today / len(xs):7.3f}"
            f"{len(xs) - first:7d}{mended:7d}{broken:7d}"
        )
    for title, pick in (
        ("all", lambda x: True),
        ("held out", lambda x: x["held_out"]),
        ("dev (rules written from)", lambda x: not x["held_out"]),
    ):
        xs = [x for x in rows if pick(x)]
        print(
            f"pooled {title:26}{len(xs):5d} rows: first {sum(x['first'] == x['label'] for x in xs) / len(xs):.3f}, "
            f"today {sum(x['today'] == x['label'] for x in xs) / len(xs):.3f}"
        )
    errs = [x for x in rows if x["first"] != x["label"]]
    ok = [x for x in errs if x["today"] == x["label"]]
    print(
        f"\nfirst-run errors {len(errs)} of {len(rows)}; right today {len(ok)} (held-out sets {sum(x['held_out'] for x in ok)}"
        f", dev with no test wording {sum(not x['held_out'] and not x['wording'] for x in ok)}, dev with test wording "
        f"{sum(not x['held_out'] and x['wording'] for x in ok)}); still wrong {len(errs) - len(ok)}; rows right at first "
        f"and wrong today {sum(x['first'] == x['label'] != x['today'] for x in rows)}"
    )
    print(f"  first-run error within the label's alternative: {sum(x['first'] == x['alt'] for x in errs)}")
    _table("confusion of the first runs (label → engine)", errs, lambda x: f"{x['label']} → {x['first']}")
    _table("direction", errs, lambda x: direction(x["label"], x["first"]))
    _table("engine's basis at the first run", errs, lambda x: x["first_basis"])
    _table("as-of share of the year", errs, lambda x: x["bin"])
    print(
        "\nerror rate by as-of share (first run): "
        + ", ".join(
            f"{b} {sum(x['first'] != x['label'] for x in rows if x['bin'] == b)}/{sum(x['bin'] == b for x in rows)}"
            for _, b in BINS
        )
    )
    print(
        "error rate by basis (first run): "
        + ", ".join(
            f"{b} {sum(x['first'] != x['label'] for x in rows if x['first_basis'] == b)}/"
            f"{sum(x['first_basis'] == b for x in rows)}"
            for b in ("figures", "statement", "stage", "unit_statement", "none")
        )
    )
    wrong_now = [x for x in rows if x["today"] != x["label"]]
    print(
        f"\nwrong today ({len(wrong_now)} of {len(rows)}), label → engine: "
        + ", ".join(
            f"{a}→{b} {n}" for (a, b), n in Counter((x["label"], x["today"]) for x in wrong_now).most_common()
        )
    )
    print(
        "  by today's deciding rule: "
        + ", ".join(f"{r or '-'} {n}" for r, n in Counter(x["today_rule"] for x in wrong_now).most_common())
    )
    print(
        "  by today's basis: "
        + ", ".join(f"{r} {n}" for r, n in Counter(x["today_basis"] for x in wrong_now).most_common())
    )
    if args.rows:
        for x in wrong_now:
            print(
                f"  {x['id']:10}{x['label']:>17} → {x['today']:17}{x['today_basis']:15}{x['today_rule']:28}{x['bin']}"
            )


if __name__ == "__main__":
    main()
