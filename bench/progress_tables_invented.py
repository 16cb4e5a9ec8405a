"""Progress tables as files (issues 10 item 5 and 11): the rows, fields and statuses read out of .xlsx, .docx, .csv
and pasted-text tables, against careful reading.

Labels and sources: bench/labels/progress_tables_invented/ (README.md there: the eight layouts and how the labels
were written, before the engine was run on them).  The bench writes each table's file from its source (openpyxl
for .xlsx, python-docx for .docx, csv in the stated encoding, plain text), reads it as the app does
(``reader.read``, then ``pipeline.progress_table`` and ``pipeline.judge`` without a plan) and prints:

* rows recovered — a label is found when a row of the progress table has its 序号 as key or a cell opening with
  its key (each row taken once); recall over labels, precision over the table's rows; beside the trivial
  reading of one row per non-empty grid row (or text line) matched the same way;
* field accuracy on the labels found — task (the row's task text holds the label's words), progress (the
  progress text equal, spaces aside), units (the set of units named in the lead, units and cooperating cells),
  stated (the unit's own status cell as written, on the labels that have one); beside the trivial reading's
  longest cell as the progress;
* status agreement over all labels (a label not found counts wrong), with or without ``alt_status``, with
  seriously_behind as behind, and grouped as an office acts on it (done / on pace, ahead counting as on pace /
  behind, not started when work was due counting as behind / unclear), beside answering on_track everywhere and
  the set's majority class.

First set (p01–p08, labels landed in 7211ca6 before any run) first run: rows recall 42/42, precision 42/44; task
37/42, progress 32/42, units 35/42, stated 0/21; status exact 17/42, grouped 26/42 (on_track everywhere 27/42).
After the reading rules: every field right, status 25/42 exact, 36/42 grouped.  Second set (p09–p12, written after
them) first run: rows 12/16 and 12/14, task 8/12, stated 0/4, status 4/16 exact, 9/16 with alt (on_track
everywhere 9/16); after the rules fitted to it every field right and status 8/16, then 9/16 exact with the
investment completion rate read (README there).

    .venv/bin/python bench/progress_tables_invented.py            # all tables
    .venv/bin/python bench/progress_tables_invented.py --verbose  # … with each miss
    .venv/bin/python bench/progress_tables_invented.py --write /tmp/tables   # also keep the files written
    .venv/bin/python bench/progress_tables_invented.py --set second  # one set (first: p01–p08, second: p09–p12)
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HERE = ROOT / "bench" / "labels" / "progress_tables_invented"
_SPACE = re.compile(r"\s+")
_UNIT_SPLIT = re.compile(r"[、，,;；/\s]+")
STATED_COLUMN = "state"     # the model column of a unit's own status cell


# The sets, each written and labelled after the rules fitted to the one before: its first run is a fair check.
SETS = {"first": tuple(f"p{i:02d}" for i in range(1, 9)), "second": ("p09", "p10", "p11", "p12")}


def labels(which: str | None = None) -> list[dict]:
    chosen = SETS[which] if which else None
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("p*.json"))
            if chosen is None or p.name[:3] in chosen]


def compact(text: str | None) -> str:
    from luoshi.engine.text import for_parsing
    return _SPACE.sub("", for_parsing(text or ""))


# --- writing the files ---------------------------------------------------------------------------

def write(source: dict, folder: Path) -> Path:
    """The table's file, written from its source into ``folder``."""
    fmt = source["format"]
    path = folder / f"{source['name']}.{fmt}"
    if fmt == "xlsx":
        _write_xlsx(source, path)
    elif fmt == "docx":
        _write_docx(source, path)
    elif fmt == "csv":
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(source["rows_csv"])
        path.write_bytes(out.getvalue().encode(source.get("encoding", "utf-8")))
    else:
        path.write_bytes(source["text"].encode(source.get("encoding", "utf-8")))
    return path


def _write_xlsx(source: dict, path: Path) -> None:
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in source["sheets"]:
        ws = wb.create_sheet(sheet["title"])
        for row in sheet["rows"]:
            ws.append([c if c != "" else None for c in row])
        for rng in sheet.get("merges", []):
            ws.merge_cells(rng)
    wb.save(path)


def _cell_index(ref: str) -> tuple[int, int]:
    """(row, column), 0-based, of a reference such as B3."""
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


def _write_docx(source: dict, path: Path) -> None:
    import docx
    document = docx.Document()
    for block in source["blocks"]:
        if "p" in block:
            document.add_paragraph(block["p"])
            continue
        rows = block["table"]
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value:
                    table.cell(r, c).text = value
        for rng in block.get("merges", []):
            a, b = rng.split(":")
            (r1, c1), (r2, c2) = _cell_index(a), _cell_index(b)
            table.cell(r1, c1).merge(table.cell(r2, c2))
    document.save(path)


# --- the engine's reading ----------------------------------------------------------------------------

def engine_rows(path: Path, as_of: date) -> list[dict]:
    """The rows of the file's progress table as the app reads and judges them (no plan): each row's cells, its
    task and progress text as judged, and the status."""
    from luoshi.engine import pipeline, reader
    from luoshi.engine.errors import UnreadableInput
    try:
        table = pipeline.progress_table(reader.read(path))
        judged = pipeline.judge(path, as_of)
    except UnreadableInput:
        return []
    out = []
    for row, prow, verdict in zip(table.rows, judged.rows, judged.assessments, strict=True):
        out.append({"cells": dict(row.values), "task": prow.task, "progress": prow.progress,
                    "units": _units(row.values), "stated": row.values.get(STATED_COLUMN),
                    "status": verdict.status})
    return out


def _units(values: dict[str, str]) -> set[str]:
    names = set()
    for column, text in values.items():
        if column.split("_")[0] in ("lead", "units", "cooperating"):
            names.update(compact(n) for n in _UNIT_SPLIT.split(text or "") if n.strip())
    return names


def baseline_rows(path: Path) -> list[dict]:
    """One row per non-empty row of the file's grids (or per non-empty text line), its longest cell the progress."""
    from luoshi.engine import files
    source = files.read_source(path)
    lines = [r for g in source.grids for r in g] if source.grids else \
        [line.split("\t") for line in source.text.splitlines()]
    out = []
    for cells in lines:
        cells = [c for c in cells if c and c.strip()]
        if cells:
            out.append({"cells": {str(i): c for i, c in enumerate(cells)},
                        "progress": max(cells, key=len), "status": "on_track"})
    return out


# --- matching and scoring ----------------------------------------------------------------------------

def _matches(label: dict, row: dict) -> bool:
    key = compact(label["key"])
    cells = [compact(v) for v in row["cells"].values()]
    if key.isdigit():
        seq = compact(row["cells"].get("seq", "")).rstrip(".、")
        return seq == key if "seq" in row["cells"] else bool(cells) and cells[0].rstrip(".、") == key
    return any(c.startswith(key) for c in cells)


def match(rows_labelled: list[dict], rows: list[dict]) -> list[int | None]:
    """For each label, the index of the row it is found in (each row taken once, in order)."""
    taken: set[int] = set()
    found: list[int | None] = []
    for label in rows_labelled:
        i = next((i for i, r in enumerate(rows) if i not in taken and _matches(label, r)), None)
        if i is not None:
            taken.add(i)
        found.append(i)
    return found


def _behind(status: str | None) -> str | None:
    return "behind" if status == "seriously_behind" else status


# The verdict's group as an office acts on it: done, on pace (ahead is on pace), behind (not started at a date when
# work was due is behind), unclear.
GROUPS = {"completed": "done", "ahead": "on_pace", "on_track": "on_pace", "behind": "behind",
          "seriously_behind": "behind", "not_started": "behind", "unclear": "unclear"}


def score(sets: list[dict], folder: Path, verbose: bool = False) -> dict:
    c = Counter()
    statuses = Counter()
    for source in sets:
        path = write(source, folder)
        as_of = date.fromisoformat(source["as_of"])
        rows, base = engine_rows(path, as_of), baseline_rows(path)
        labelled = source["rows"]
        found, base_found = match(labelled, rows), match(labelled, base)
        c["labels"] += len(labelled)
        c["rows"] += len(rows)
        c["base_rows"] += len(base)
        c["found"] += sum(i is not None for i in found)
        c["base_found"] += sum(i is not None for i in base_found)
        for label, i, j in zip(labelled, found, base_found, strict=True):
            statuses[label["status"]] += 1
            c["on_track_right"] += label["status"] == "on_track" or label.get("alt_status") == "on_track"
            c["on_pace_group"] += "on_pace" in (GROUPS[label["status"]], GROUPS.get(label.get("alt_status")))
            if j is not None:
                c["base_progress"] += compact(base[j]["progress"]) == compact(label["progress"])
            if label.get("stated"):
                c["stated_labels"] += 1
            if i is None:
                if verbose:
                    print(f"  {source['name']} {label['key']}: not found")
                continue
            row = rows[i]
            checks = {
                "task": compact(label["task"]) in compact(row["task"]),
                "progress": compact(row["progress"]) == compact(label["progress"]),
                "units": row["units"] == {compact(u) for u in label["units"]},
            }
            if label.get("stated"):
                checks["stated"] = compact(row["stated"]) == compact(label["stated"])
            for field, right in checks.items():
                c[field] += right
                if verbose and not right:
                    print(f"  {source['name']} {label['key']} {field}: {row.get(field)!r}")
            st = row["status"]
            c["status"] += st == label["status"]
            c["status_alt"] += st in (label["status"], label.get("alt_status"))
            c["status_merged"] += _behind(st) in (_behind(label["status"]), _behind(label.get("alt_status")))
            c["status_group"] += GROUPS.get(st) in (GROUPS[label["status"]], GROUPS.get(label.get("alt_status")))
            if verbose and st not in (label["status"], label.get("alt_status")):
                print(f"  {source['name']} {label['key']} status: {st} (label {label['status']})")
        if verbose:
            extra = [r for k, r in enumerate(rows) if k not in set(found)]
            for r in extra:
                print(f"  {source['name']} extra row: {list(r['cells'].values())[:4]}")
    c["majority"] = statuses.most_common(1)[0][1] if statuses else 0
    c["majority_class"] = statuses.most_common(1)[0][0] if statuses else ""
    return c


def report(c: dict) -> str:
    n, found = c["labels"], c["found"]

    def ratio(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"
    lines = [
        f"rows recovered: recall {ratio(found, n)}, precision {ratio(found, c['rows'])}",
        f"  baseline (one row per non-empty line): recall {ratio(c['base_found'], n)}, "
        f"precision {ratio(c['base_found'], c['base_rows'])}",
        f"fields on the {found} rows found: task {ratio(c['task'], found)}, progress {ratio(c['progress'], found)}, "
        f"units {ratio(c['units'], found)}, stated {c['stated']}/{c['stated_labels']}",
        f"  baseline: progress (longest cell) {ratio(c['base_progress'], n)} of all labels, stated 0/{c['stated_labels']}",
        f"status over all {n} labels: exact {ratio(c['status'], n)}, with alt {ratio(c['status_alt'], n)}, "
        f"behind merged {ratio(c['status_merged'], n)}, grouped (done / on pace / behind / unclear) "
        f"{ratio(c['status_group'], n)}",
        f"  baseline: on_track everywhere {ratio(c['on_track_right'], n)} (with alt; grouped "
        f"{ratio(c['on_pace_group'], n)}), majority {c['majority_class']} {ratio(c['majority'], n)}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--write", help="keep the written files in this folder")
    ap.add_argument("--set", choices=sorted(SETS), help="one set only")
    ap.add_argument("--files-only", action="store_true", help="write the files and stop (no engine run)")
    args = ap.parse_args(argv)
    sets = labels(args.set)
    if args.write:
        folder = Path(args.write)
        folder.mkdir(parents=True, exist_ok=True)
        return _run(sets, folder, args)
    with tempfile.TemporaryDirectory() as tmp:
        return _run(sets, Path(tmp), args)


def _run(sets: list[dict], folder: Path, args) -> int:
    if args.files_only:
        for s in sets:
            print(write(s, folder))
        return 0
    print(report(score(sets, folder, args.verbose)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
