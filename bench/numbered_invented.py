"""Numbered progress pages against their look-alikes (issue 11): luoshi/engine/numbered.py on invented pages.

``numbered.numbered_table(text)`` reads a page of numbered rows with no header row as a progress table.  Inside
the app it is asked only about documents not taken for a work report; this bench asks it directly, so that its
own guards are what is measured: numbered glossaries, plans (measures, intentions, targets), lists of targets,
notices, minutes, decomposition lists and service guides must not be read as progress pages, and numbered
progress pages in the shapes the reader supports (``1、task：progress``, progress on the next line, 进展情况：
lines, ``task，牵头单位：unit。progress``, cells apart by spaces) must be, with the right rows.

Labels: bench/labels/numbered_invented/pages.json (first set, 20 pages) and pages_second.json (second set, 12 pages,
written after the rules fitted to the first), README.md there; each written and landed before the reader was run on
it.  Prints, over the pages: pages judged right (read ↔ progress page) beside the constant answers
"every numbered page is progress" and "none is"; over the labelled rows of the progress pages (a page not read
loses all its rows): rows whose task, progress text and unit (where labelled: found in the units or lead cell)
are the label's, spaces and end punctuation aside.

    .venv/bin/python bench/numbered_invented.py             # figures
    .venv/bin/python bench/numbered_invented.py --verbose   # … with each miss
    .venv/bin/python bench/numbered_invented.py --set second
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from luoshi.engine import numbered  # noqa: E402

HERE = ROOT / "bench" / "labels" / "numbered_invented"
# The sets, each written and labelled before the reader was run on it; the second after the rules fitted to the first.
SETS = {"first": "pages.json", "second": "pages_second.json"}
_SPACE = re.compile(r"\s+")
_END = re.compile(r"[。；;，,\s]+$")


def _c(text: str | None) -> str:
    return _END.sub("", _SPACE.sub("", text or ""))


def pages(which: str | None = None) -> list[dict]:
    names = [SETS[which]] if which else list(SETS.values())
    return [p for name in names for p in json.loads((HERE / name).read_text(encoding="utf-8"))]


def text_of(page: dict) -> str:
    return "\n".join(page["lines"]) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--set", choices=sorted(SETS), help="one set (default: all)")
    args = ap.parse_args(argv)
    labelled = pages(args.set)
    right = 0
    rows_total = task_ok = progress_ok = unit_ok = unit_total = all_ok = 0
    for page in labelled:
        table = numbered.numbered_table(text_of(page))
        read = table is not None
        right += read == page["progress_page"]
        if read != page["progress_page"] and args.verbose:
            print(f"{page['id']}: {'read' if read else 'not read'} ({page['shape']})")
        if not page["progress_page"]:
            continue
        got = table.rows if table is not None else []
        for k, (task, unit, progress) in enumerate(page["rows"]):
            rows_total += 1
            unit_total += bool(unit)
            row = got[k] if k < len(got) else None
            t = row is not None and _c(row.get("task")) == _c(task)
            p = row is not None and _c(row.get("progress")) == _c(progress)
            u = not unit or (row is not None and _c(unit) in _c(f"{row.get('units')}{row.get('lead')}"))
            task_ok += t
            progress_ok += p
            unit_ok += bool(unit) and u
            all_ok += t and p and u
            if args.verbose and read and not (t and p and u):
                print(f"  {page['id']} row {k + 1}: task {row.get('task') if row else None!r} "
                      f"progress {row.get('progress') if row else None!r}")
        if read and len(got) != len(page["rows"]) and args.verbose:
            print(f"  {page['id']}: {len(got)} rows read, {len(page['rows'])} labelled")
    n = len(labelled)
    progress_pages = sum(p["progress_page"] for p in labelled)
    print(f"pages right: {right}/{n}  (every page progress: {progress_pages}/{n}; none: {n - progress_pages}/{n})")
    print(f"rows of progress pages: all fields {all_ok}/{rows_total}; task {task_ok}, progress {progress_ok}, "
          f"unit {unit_ok}/{unit_total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
