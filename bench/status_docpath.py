"""Status by the document path against the row path (issue 11), dev only.

bench/status.py judges dev rows one by one (``api.parse_progress`` + ``api.assess_row`` with the task
text's targets).  A real upload of a whole progress page, with no work report, goes through
``pipeline.judge(path, as_of)``: the reader splits the page into rows and finds each row's task, progress
text and targets itself.  This bench renders dev sets (corpus pages 055 and 057, and dev invented status
sets) as page texts in the shapes real pages take and judges each by both paths:

* ``line``  — ``1、task：progress`` (序号, the task and its progress on one line);
* ``next``  — ``1、task`` then the progress on the next line;
* ``labelled`` — ``1、task`` then ``进展情况：progress`` on the next line (a 督查通报's way);
* ``spaced`` — a header line and rows with the cells apart by two spaces (a table pasted as text);
* ``table`` — a tab-separated table with a header row (序号 / 工作任务 / 进展情况);
* ``pipe``  — the same table written with pipes (| 序号 | 工作任务 | 进展情况 |);
* ``stacked`` — the same table copied cell by cell: the header's three cells, then each row's, one a line.

A set's rows are grouped by their as-of date (one page per date, as a page has one).  Per set and shape it
prints rows recovered (a label is recovered when a judged row's task holds the label's task, compacted, or
its row number is the label's, in order), agreement of the document path with the row path and each with
the label (seriously_behind counted as behind; a label not recovered counts wrong), and the constant
on_track baseline.  Dev only: no scored page or set is read.

    .venv/bin/python bench/status_docpath.py                  # every dev set
    .venv/bin/python bench/status_docpath.py --sets invented.json --verbose
    .venv/bin/python bench/status_docpath.py --tables     # the other way round: the file tables' rows by the row path

``--tables`` takes the labelled rows of bench/progress_tables_invented.py (files → reader → judging) and judges
each also by the row path, from the label's own task and progress texts and from the texts the reader took out
of the file: where the three agree and differ says whether that bench's lower figure comes from the reading
(rows, task and progress cells) or from the rows themselves.

First run (2 December 2026, engine 989b775; dev: corpus 055 and 057 and the 129 dev invented sets of
bench/status.py, invented122–124 left out; 3,208 rows; seriously_behind as behind): the row path agrees with the
label on 0.971, on_track everywhere 0.352.  ``table`` and ``pipe``: every row recovered, the document path's
verdict the row path's on 3,208/3,208.  ``stacked``: 0.974 recovered, the 83 lost all pages of one row (a set's
only row of its date; a one-row grid copied cell by cell is not taken for a table), the rest agreeing row for
row.  ``line``, ``next``, ``labelled``, ``spaced``: nothing recovered — "no progress table found" on every page
(the real pages 055 and 057, prose and numbered paragraphs, are read the same way).  So on the same rows the
document path loses nothing once the page is read as a table, and everything when it is not.
``--tables`` (58 labelled rows, all recovered): document path 40/58, the row path on the texts it read 37/58, on
the label's own texts 35/58, on_track everywhere 27/58 — the file tables' lower figure is the rows', not the
reading's; the document path differs from the row path on 7 rows through the table's other cells (a 时间节点
deadline, a 完成率 column): right on 4, wrong on 3.
After luoshi/engine/numbered.py (a page of numbered rows with no header read as a progress table when the document
is no work report; same 3,208 rows, engine 91c568e): ``line`` recovered 0.997, document path = row path 0.987 (a task holding a
colon is cut there on one line), = label 0.958; ``next`` 0.999 recovered, 0.998 = row path, 0.969 = label;
``labelled`` 0.999, 0.999, 0.970; ``spaced`` 1.000, 1.000, 0.971 (the row path's own 0.971); the rest lost are one-row pages whose only
progress text states nothing a reader finds (a figure-less formula).  Corpus 055 and 057 rendered: every row in
every shape.  The real page 057 (1、task，牵头部门：unit。progress) is now read (6 rows); 055, prose titled after the
work report, is still taken for a work report and refused.
The reader reads numbered pages (numbered.page_table, 7496377: the web upload's stored reading holds the same table,
bench/imports.py --shapes) and a heading between runs closes a row (cbfe30d, narrowed in d929c8e): at cbfe30d, 3,299
dev rows, document path = row path line 0.987, next 0.998, labelled 0.998, spaced 1.000 (row path = label 0.966,
on_track 0.353), every set as at 7496377 but one next-shape row of invented5 whose progress line opened (一)…；
(二)…, taken for a heading and emptied — read again at d929c8e (invented5: 42/42 in every numbered shape).
After the reader's own guards and the colon rule (stop 33, measured on the 3,208 rows before cbfe30d: a colon parts the task from its progress where the text
after it reports facts, or where the progress has no later lines; a task a header keyword is found in, 完成…任务：…,
no longer taken for a column label; rows that plan count against a page): ``line`` recovered 0.999, document path =
row path 0.999, = label 0.970; ``next`` 1.000, 0.999, 0.970; ``labelled`` 1.000, 1.000, 0.971; ``spaced`` 1.000,
1.000, 0.971.  At 665b64a (3,299 dev rows, with the heading rules of cbfe30d/d929c8e): recovered line 0.999, the rest
1.000; document path = row path line 0.998 (0.987 at cbfe30d), next 1.000 (0.998), labelled 1.000 (0.998), spaced
1.000; = label 0.971, 0.972, 0.973, 0.973 (row path = label 0.973, on_track 0.353).
A colon inside brackets or quotes parts nothing on a numbered line (stop 57, readerd: text.outside_brackets in
numbered._cut — 完成…。（责任单位：县发改局）：progress was cut inside the bracket where the progress opened with no
fact): 4,948 dev rows at 88b793a, ``line`` recovered 0.986 → 0.988, document path = label 0.947 → 0.949, = row path
0.984 → 0.986 (invented228 27 → 33/33, pages31 19 → 20); every other shape and set unchanged.
Stop 60 (docpath; 5,014 dev rows, row path = label 0.962): a bar inside a pipe table's cell kept as text where the
row would have more cells than the header (tables.pipe._text_bars: a full-width ｜ under an ASCII header, a tight
bar under a spaced one): ``pipe`` recovered 4,981 → 5,014 (invented236 0 → 33/33); a bracketed column note closing
a numbered line's task (…（责任部门：…）：progress, numbered._after_note): ``line`` 4,946 → 4,954 (invented232 and
invented236 29 → 33); a text not taken for a page wrapped at a width when many prose lines run wider than it
(files.wrapped): ``next`` 4,921 → 4,979, ``labelled`` 4,992 → 4,997, ``stacked`` 4,816 → 4,842 (invented20, 59, 73,
108, pages3, 19, 24, 27).  Document path = label: line 0.947 → 0.949, next 0.944 → 0.955, pipe 0.956 → 0.962,
stacked 0.925 → 0.930; no set and shape lost a row.
Stop 61 (docpath; 5,047 dev rows, row path = label 0.963): of the 312 rows lost over the shapes, 172 were
``stacked`` and 163 of those one-row pages (a set's only row of its date); a lone row under a header naming the
row number, the task and the progress, its number a figure and only blank lines after it, is a table
(tables/stacked._one_row_page): ``stacked`` recovered 0.966 → 0.998, document path = label 0.931 → 0.961, = row
path 0.966 → 0.998 (4,856 → 5,019 rows, 76 sets; pages46 0 → 4/4, pages24 37 → 50).  A numbered title whose only clause mark is its
number's 、 (1、6月底前完成…工程, the progress on the next line) is no evidence of a page wrapped at a width
(files/wrapped._numbered_title): five titles of a like width were joined to their progress and the page refused —
``next`` recovered 4,993 → 4,998 (invented77 17 → 22).  Every other shape and set unchanged.  Left: ``line``
(60 lost: a task holding a colon before its own target, 城西…工程：3月底前开工…：progress; pages31's
indicator rows whose task holds its expected figure after a colon), ``next``/``labelled`` (pages4's progress lines
opening 超额完成年度任务：…, taken for a 任务 column's label), one-row pages of the numbered shapes.
Stop 61, second round (docpathb; 5,113 dev rows, row path = label 0.963): a numbered line's colons placed by which
side reports (numbered._cut): a line opening with a verdict on the task (超额完成年度任务：…) is progress, no 任务
column's label; the progress column's own label inside the line opens the progress (…｜责任股室：某某股：进展情况
（1-8月）：…, 截至6月底进展：…, a label naming progress before one naming completion); a labelled cell's value closes
the task (…｜责任单位：某某局：督查核实：…); the task's own target (…工程：3月底前开工，年底前完工：…) and target
or plan labels after the task and a space (… 攻坚目标任务：…。 第二季度工作任务安排：…：…) stay in the task.
``line`` recovered 5,013 → 5,077 (0.980 → 0.993), document path = label 4,823 → 4,884 (0.943 → 0.955), = row path
0.978 → 0.992 (invented244 17 → 34, invented248 9 → 32, invented140 16 → 24, invented166 17 → 21, pages18, pages12,
pages26, pages9); ``next`` 5,083 → 5,092 (pages4 43 → 52), = label 4,895 → 4,904; every other shape and set
unchanged, no set and shape lost a row or a row agreeing with its label.  Left in ``line``: a 、-list or ①…；②…
after the task's colon (invented46, 57, 59), pages13/19/24/31's target and indicator rows.
Stop 62 (docpath; 5,113 dev rows, row path = label 4,925, 0.963; on_track everywhere 0.339): of the rows lost, most
were whole pages refused: numbered rows quoting the work report as their tasks' source (根据《政府工作报告》…,
…确定的10件民生实事) made the page a work report (numbered._quotes_report: not when every report word stands inside
the rows); a spaced table whose rows end with no full stop was joined as a page wrapped at a width (files.wrapped: a
row's number apart from its cells opens a row); a tab table's progress cell holding line breaks ended the table
(tables/tabbed._cell_goes_on).  On a numbered line, a measure or ①…；②… / 、-list between two colons reported on
after the second stays in the task (numbered._measure_reported), as a short target with a target word (年内建成投产)
and a task label's value opening the line (1、年目标任务：…：progress, numbered._task_label).  Recovered before →
after: line 5,077 → 5,102, next 5,092 → 5,106, labelled 5,096 → 5,110, spaced 5,093 → 5,113, table 5,105 → 5,113,
pipe 5,113, stacked 5,104 (unchanged); document path = label: line 4,884 → 4,909 (0.955 → 0.960), next 4,904 →
4,918, labelled 4,909 → 4,923, spaced 4,905 → 4,924, table 4,917 → 4,925, pipe 4,925, stacked 4,917; = row path line
5,070 → 5,095, next 5,090 → 5,104, labelled 5,096 → 5,110, spaced 5,092 → 5,112, table 5,104 → 5,113 (pages13 48 →
56 in every numbered shape, pages24 line 41 → 50, the others 46 → 50, pages26 → 28/28, pages3 spaced 55 → 61, pages31
table 28 → 32, pages44 table 25 → 29, invented46, 57, 59 → every row, invented140 24 → 26).  No set and shape lost a
row or a row agreeing with its label.  Left: pages31's indicator rows (…，全年预期增速：增长6%左右：progress) and
its rows of sub-items in line/next/stacked; pages9 next (a title holding 目标任务：value, its later lines only a
完成率 and a 备注 cell); pg19's one-row page opening 年度目标：… with a long target; a 要求完成… target between two
colons; stacked one-row or multi-line cells (pages31, pages44).
Stop 63 (docpath; 5,180 dev rows, row path = label 4,990, 0.963; on_track everywhere 1,757, 0.339): numbered.py's
figure with a unit built from units.toml (hygiene; every set and shape row for row as before).  A numbered line's
task keeps its own target between two colons where it is a requirement (按照…要求完成…：progress, pg29), an
indicator's expected figure after a label naming it (…，全年预期增速：…：progress, pages31's indicator rows) or a long
target with its plan words under the task column's label (1、年度目标：…，计划于…完工：progress, pg19): ``line``
recovered 5,169 → 5,176, document path = label 4,973 → 4,979 (0.960 → 0.961), = row path 5,162 → 5,169 (pages31 23
→ 28, pages29 30 → 31, pages19 45 → 46); every other shape and set unchanged, no row lost.  Left (strict xfails in
tests/test_docpath_stop63.py): pages9 next (a title's 目标任务：value with a 完成率 and 备注 line after it), stacked
tables whose progress cell runs over lines (pages44, pages31), pages31's sub-item rows in line/next.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import status as status_bench  # noqa: E402  (bench/status.py: its loaders and row path)

SHAPES = ("line", "next", "labelled", "spaced", "table", "pipe", "stacked")
DEV_CORPUS = ("055", "057")         # 056 yields no items; 058–060 are scored and never read here
# The dev invented sets of bench/status.py, less the held-out checks kept out of its figures (invented122–124,
# invented129–131, invented136–138, invented141–143, invented146–148, invented153–155, invented159–161, invented163–165, invented170–172, invented173–175, invented176–178, invented179–181, invented182–184, invented185–187, invented188–190, invented191–193, invented194–196, invented197–199, invented200–202, invented204–206, invented209–211, invented213–215, invented217–219, invented221–223, invented225–227, invented229–231, invented233–235, invented237–239, invented241–243, invented245–247, invented250–252, invented255–257, invented260–262, invented265–267, invented270–272 and invented275–277, holdout's; pages2, pagesb's real rows; pages6, pages7,
# pages11, pages14, pages17, pages20, pages23, pages25, pages28, pages30 and pages32, pagesh's; pages33, pages34, pages35, pages36, pages37, pages38, pages39, pages40, pages43 and pages45, realh's: the row path's first runs on them are their only figures).
HELD_OUT = ("invented122.json", "invented123.json", "invented124.json",
            "invented129.json", "invented130.json", "invented131.json",
            "invented136.json", "invented137.json", "invented138.json",
            "invented141.json", "invented142.json", "invented143.json",
            "invented146.json", "invented147.json", "invented148.json",
            "invented153.json", "invented154.json", "invented155.json",
            "invented159.json", "invented160.json", "invented161.json",
            "invented163.json", "invented164.json", "invented165.json",
            "invented170.json", "invented171.json", "invented172.json",
            "invented173.json", "invented174.json", "invented175.json",
            "invented176.json", "invented177.json", "invented178.json",
            "invented179.json", "invented180.json", "invented181.json",
            "invented182.json", "invented183.json", "invented184.json",
            "invented185.json", "invented186.json", "invented187.json",
            "invented188.json", "invented189.json", "invented190.json",
            "invented191.json", "invented192.json", "invented193.json",
            "invented194.json", "invented195.json", "invented196.json",
            "invented197.json", "invented198.json", "invented199.json",
            "invented200.json", "invented201.json", "invented202.json",
            "invented204.json", "invented205.json", "invented206.json",
            "invented209.json", "invented210.json", "invented211.json",
            "invented213.json", "invented214.json", "invented215.json",
            "invented217.json", "invented218.json", "invented219.json",
            "invented221.json", "invented222.json", "invented223.json",
            "invented225.json", "invented226.json", "invented227.json",
            "invented229.json", "invented230.json", "invented231.json",
            "invented233.json", "invented234.json", "invented235.json",
            "invented237.json", "invented238.json", "invented239.json",
            "invented241.json", "invented242.json", "invented243.json",
            "invented245.json", "invented246.json", "invented247.json",
            "invented250.json", "invented251.json", "invented252.json",
            "invented255.json", "invented256.json", "invented257.json",
            "invented260.json", "invented261.json", "invented262.json",
            "invented265.json", "invented266.json", "invented267.json",
            "invented270.json", "invented271.json", "invented272.json",
            "invented275.json", "invented276.json", "invented277.json",
            "pages2.json", "pages6.json", "pages7.json", "pages11.json",
            "pages14.json", "pages17.json", "pages20.json", "pages23.json",
            "pages25.json", "pages28.json", "pages30.json", "pages32.json",
            "pages33.json", "pages34.json", "pages35.json", "pages36.json",
            "pages37.json", "pages38.json", "pages39.json", "pages40.json", "pages43.json",
            "pages45.json")
DEFAULT_SETS = tuple(name for name, _ in status_bench.INVENTED if name not in HELD_OUT)
_SPACE = re.compile(r"\s+")
_END = re.compile(r"[。；;，,\s]+$")


def _c(text: str) -> str:
    return _SPACE.sub("", text or "")


def _g(status: str | None) -> str | None:
    return "behind" if status == "seriously_behind" else status


def sets(names: tuple[str, ...]) -> list[tuple[str, list[dict]]]:
    out = []
    for page in DEV_CORPUS:
        items = [it for it in status_bench.load("corpus.json") if it["file"][:3] == page]
        out.append((f"corpus {page}", items))
    for name in names:
        if "gongshu" in name or "heldout" in name or name in HELD_OUT:
            raise SystemExit(f"{name}: scored, not read by this bench")
        out.append((name, [it for it in status_bench.load(name) if it.get("task") and it.get("progress")]))
    return out


def render(items: list[dict], shape: str) -> str:
    lines = []
    if shape == "table":
        lines.append("序号\t工作任务\t进展情况")
    elif shape == "pipe":
        lines += ["| 序号 | 工作任务 | 进展情况 |", "| --- | --- | --- |"]
    elif shape == "stacked":
        lines += ["序号", "工作任务", "进展情况"]
    elif shape == "spaced":
        lines.append("序号  工作任务  进展情况")
    for k, it in enumerate(items, 1):
        task, progress = _END.sub("", it["task"]), it["progress"].strip()
        if shape == "line":
            lines.append(f"{k}、{task}：{progress}")
        elif shape == "next":
            lines += [f"{k}、{task}", progress]
        elif shape == "labelled":
            lines += [f"{k}、{task}", f"进展情况：{progress}"]
        elif shape == "spaced":
            lines.append(f"{k}  {task}  {progress}")
        elif shape == "pipe":
            lines.append(f"| {k} | {task} | {progress} |")
        elif shape == "stacked":
            lines += [str(k), task, progress]
        else:
            lines.append(f"{k}\t{task}\t{progress}")
    return "\n".join(lines) + "\n"


def doc_path(items: list[dict], shape: str, as_of: date, folder: Path) -> list[tuple[object, object] | None]:
    """For each item, the (row, assessment) the document path gives it, or None when not recovered."""
    from luoshi.engine import pipeline
    from luoshi.engine.errors import UnreadableInput

    path = folder / f"page_{shape}_{as_of.isoformat()}.txt"
    path.write_text(render(items, shape), encoding="utf-8")
    try:
        judged = pipeline.judge(path, as_of)
    except UnreadableInput:
        return [None] * len(items)
    pairs = list(zip(judged.rows, judged.assessments, strict=True))
    taken: set[int] = set()
    out: list[tuple[object, object] | None] = []
    for it in items:
        key = _c(_END.sub("", it["task"]))[:20]
        i = next((i for i, (r, _) in enumerate(pairs) if i not in taken and key and key in _c(r.task)), None)
        if i is not None:
            taken.add(i)
        out.append(pairs[i] if i is not None else None)
    return out


def run(name: str, items: list[dict], shape: str, folder: Path, verbose: bool) -> dict:
    row_verdicts = status_bench.judge_items(items)
    by_date: dict[str, list[int]] = defaultdict(list)
    for k, it in enumerate(items):
        by_date[it["as_of"]].append(k)
    doc: list[tuple[object, object] | None] = [None] * len(items)
    for as_of, ks in by_date.items():
        for k, got in zip(ks, doc_path([items[k] for k in ks], shape, date.fromisoformat(as_of), folder),
                          strict=True):
            doc[k] = got
    n = len(items)
    c = Counter()
    causes: Counter = Counter()
    for it, rv, got in zip(items, row_verdicts, doc, strict=True):
        lab, rs = _g(it["status"]), _g(rv.status)
        ds = _g(got[1].status) if got else None
        c["recovered"] += got is not None
        c["row_label"] += rs == lab
        c["doc_label"] += ds == lab
        c["row_doc"] += rs == ds
        c["on_track"] += lab == "on_track"
        if got is not None and rs != ds:
            r = got[0]
            causes["progress text differs"] += _c(r.progress) != _c(it["progress"])
            causes["task text differs"] += _c(_END.sub("", r.task)) != _c(_END.sub("", it["task"]))
            causes["same texts"] += (_c(r.progress) == _c(it["progress"])
                                     and _c(_END.sub("", r.task)) == _c(_END.sub("", it["task"])))
            if verbose:
                print(f"    {it.get('id', '?')} label {lab} row {rs} doc {ds}\n"
                      f"      task  {it['task'][:60]!r} → {r.task[:60]!r}\n"
                      f"      prog  {it['progress'][:60]!r} → {r.progress[:60]!r}")
        elif got is None and verbose:
            print(f"    {it.get('id', '?')} not recovered: {it['task'][:60]!r}")
    c["n"] = n
    return {"counts": c, "causes": causes}


def tables(verbose: bool = False) -> Counter:
    """The file tables' labelled rows: document path against the row path on the label's and the read texts."""
    import progress_tables_invented as pt

    from luoshi.engine import api

    def row_path(task: str, progress: str, as_of: date) -> str:
        row = api.parse_progress(progress, task=task, row=1)
        return api.assess_row(row, None, as_of, targets=api.parse_indicators(task)[0]).status

    c: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for source in pt.labels():
            as_of = date.fromisoformat(source["as_of"])
            rows = pt.engine_rows(pt.write(source, Path(tmp)), as_of)
            for label, i in zip(source["rows"], pt.match(source["rows"], rows), strict=True):
                lab = _g(label["status"])
                c["n"] += 1
                c["on_track"] += lab == "on_track"
                from_label = _g(row_path(label["task"], label["progress"], as_of))
                c["row(label texts)=label"] += from_label == lab
                if i is None:
                    continue
                got = rows[i]
                doc, from_read = _g(got["status"]), _g(row_path(got["task"], got["progress"], as_of))
                c["recovered"] += 1
                c["doc=label"] += doc == lab
                c["row(read texts)=label"] += from_read == lab
                c["doc=row(read texts)"] += doc == from_read
                c["doc=row(label texts)"] += doc == from_label
                if verbose and doc != from_read:
                    print(f"  {source['name'][:3]} {label['key']}: label {lab} doc {doc} row(read) {from_read} "
                          f"row(label) {from_label}\n    task {got['task'][:50]!r}\n    prog {got['progress'][:60]!r}")
    n = c["n"] or 1
    print("file tables (bench/progress_tables_invented.py labels): " + "  ".join(
        f"{k} {v}/{c['n']} ({v / n:.3f})" for k, v in c.items() if k != "n"))
    return c


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", default=list(DEFAULT_SETS), help="dev invented status sets")
    ap.add_argument("--shapes", nargs="*", default=list(SHAPES), choices=SHAPES)
    ap.add_argument("--no-corpus", action="store_true", help="leave out corpus pages 055 and 057")
    ap.add_argument("--verbose", action="store_true", help="each row where the paths differ")
    ap.add_argument("--tables", action="store_true", help="the file tables' labelled rows by both paths")
    args = ap.parse_args(argv)
    if args.tables:
        return {"tables": tables(args.verbose)}
    chosen = sets(tuple(args.sets))
    if args.no_corpus:
        chosen = [s for s in chosen if not s[0].startswith("corpus")]
    results: dict = {}
    total: dict[str, Counter] = defaultdict(Counter)
    with tempfile.TemporaryDirectory() as tmp:
        for name, items in chosen:
            print(f"{name} ({len(items)} rows)")
            for shape in args.shapes:
                r = run(name, items, shape, Path(tmp), args.verbose)
                c = r["counts"]
                total[shape].update(c)
                results[(name, shape)] = r
                print(f"  {shape:5s} recovered {c['recovered']}/{c['n']}  row=label {c['row_label']}  "
                      f"doc=label {c['doc_label']}  row=doc {c['row_doc']}  on_track {c['on_track']}  "
                      f"differ: {dict(r['causes'])}")
    print("all")
    for shape, c in total.items():
        n = c["n"] or 1
        print(f"  {shape:5s} n {c['n']}  recovered {c['recovered'] / n:.3f}  row=label {c['row_label'] / n:.3f}  "
              f"doc=label {c['doc_label'] / n:.3f}  row=doc {c['row_doc'] / n:.3f}  on_track {c['on_track'] / n:.3f}")
    return results


if __name__ == "__main__":
    main()
