"""Hostile files: every one refused with one clear line within 2 s, on every path that reads.

The corpus is built here, in code (no bombs are committed): a 1 KB .xlsx with a cell at
XFD1048576, a merge A1:XFD1048576, a .docx cell with gridSpan=100000000, documents that
inflate to hundreds of MB, zip bombs, a 1M-row sheet, 600k headings, 200 KB of tabs, HTML
nested 1,000 and 100,000 deep, CSV fields over 131,072 characters, a 50,000-digit cell,
Big5 / Shift-JIS / EUC-KR text, UTF-8 with stray bytes …  Each case says what must happen:
``refuse`` (one line, ``UnreadableInput``) or ``read`` (a Document, perhaps with a warning).

Each file goes through three paths and the script prints, per path, the share handled as
expected within 2 s, crashes (a traceback, exit 4, HTTP 500), hangs (over 60 s), partial
writes (rows left in the database by a refused upload) and the peak memory of this process
(the caller: the web server, the CLI's parent) beside its baseline, the same process after
reading the five sample documents.

    .venv/bin/python bench/hostile.py            # the whole corpus, engine + CLI + web
    .venv/bin/python bench/hostile.py --quick    # small sizes (what tests/test_hostile*.py run)
    .venv/bin/python bench/hostile.py --paths engine,cli
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEEDS = Path("/work/shared/seeds")
BUDGET_SECONDS = 2.0
HANG_SECONDS = 60.0


@dataclass
class Case:
    name: str          # the file name, whose extension matters
    build: Callable[[], bytes]
    expect: str        # refuse | read | either (what matters is one line, in time)
    why: str


# --- building blocks -------------------------------------------------------------------------------

def _xlsx(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _docx(rows: list[list[str]]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("重点工作任务分解表")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _patch(data: bytes, member: str, change: Callable[[bytes], bytes] | None = None,
           stream: Callable[[], Iterator[bytes]] | None = None) -> bytes:
    """The zip with one member's XML changed, or replaced by streamed pieces (never held whole)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != member:
                dst.writestr(info, src.read(info))
            elif stream is not None:
                info = zipfile.ZipInfo(member)
                info.compress_type = zipfile.ZIP_DEFLATED
                with dst.open(info, "w", force_zip64=True) as f:
                    for piece in stream():
                        f.write(piece)
            else:
                dst.writestr(member, change(src.read(info)))
    return out.getvalue()


TABLE = [["序号", "任务", "责任单位", "进展情况"], ["1", "新建口袋公园5个", "区建设局", "已完成"]]
SHEET = "xl/worksheets/sheet1.xml"
BODY = "word/document.xml"


def far_cell() -> bytes:
    return _patch(_xlsx(TABLE), SHEET, lambda x: x.replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))


def merge_all() -> bytes:
    return _patch(_xlsx(TABLE), SHEET, lambda x: x.replace(
        b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'))


def wide_sheet() -> bytes:
    return _patch(_xlsx(TABLE), SHEET, lambda x: x.replace(
        b"</sheetData>", b'<row r="3"><c r="XFD3" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))


def grid_span() -> bytes:
    return _patch(_docx(TABLE), BODY, lambda x: x.replace(
        b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="100000000"/>', 1))


def _padded(member: str, base: bytes, megabytes: int, before: bytes) -> bytes:
    """``base`` with ``megabytes`` of whitespace inside ``member`` (deflates about 1000:1)."""
    original = zipfile.ZipFile(io.BytesIO(base)).read(member)
    head, tail = original.split(before, 1)

    def pieces():
        yield head
        chunk = b" " * (1 << 20)
        for _ in range(megabytes):
            yield chunk
        yield before + tail
    return _patch(base, member, stream=pieces)


def inflating_docx(megabytes: int) -> Callable[[], bytes]:
    return lambda: _padded(BODY, _docx(TABLE), megabytes, b"</w:body>")


def inflating_xlsx(megabytes: int) -> Callable[[], bytes]:
    return lambda: _padded(SHEET, _xlsx(TABLE), megabytes, b"</sheetData>")


def many_rows(rows: int) -> Callable[[], bytes]:
    def build():
        def pieces():
            yield (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                   b'spreadsheetml/2006/main"><sheetData>')
            block = []
            for r in range(1, rows + 1):
                block.append(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (r, r, r))
                if len(block) == 10_000:
                    yield b"".join(block)
                    block = []
            yield b"".join(block) + b"</sheetData></worksheet>"
        return _patch(_xlsx(TABLE), SHEET, stream=pieces)
    return build


def docx_rows(rows: int) -> Callable[[], bytes]:
    def build():
        row = b"<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>"
        return _patch(_docx(TABLE), BODY, lambda x: x.replace(b"</w:tbl>", row * rows + b"</w:tbl>", 1))
    return build


def zip_bomb_member() -> bytes:
    """A docx whose one extra member is 60 MB of zeros (ratio about 1000)."""
    base = _docx(TABLE)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        with dst.open("word/media/image1.bin", "w") as f:
            for _ in range(60):
                f.write(b"\0" * (1 << 20))
    return out.getvalue()


def nested_zip() -> bytes:
    """A .docx name on a zip of zips (42.zip's shape, one level): not a document."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.bin", b"\0" * (5 << 20))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(16):
            z.writestr(f"{i}.zip", inner.getvalue())
    return out.getvalue()


def laughs() -> bytes:
    entities = b'<!ENTITY a0 "ha">' + b"".join(
        b'<!ENTITY a%d "%s">' % (i, b"&a%d;" % (i - 1) * 10) for i in range(1, 10))
    return _patch(_xlsx(TABLE), SHEET, lambda x: x.replace(
        b"<worksheet", b"<!DOCTYPE worksheet [" + entities + b"]><worksheet", 1).replace(
        b"<v>1</v>", b"<v>&a9;</v>", 1))


def junk_zip() -> bytes:
    """A .docx name on a zip of junk members (no word/document.xml, no content types)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("readme.txt", "不是文档")
        z.writestr("data.bin", os.urandom(2048))
    return out.getvalue()


def merge_backwards() -> bytes:
    """An .xlsx whose merge is written end first (C2:A1): openpyxl refuses the range."""
    return _patch(_xlsx(TABLE), SHEET, lambda x: x.replace(
        b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="C2:A1"/></mergeCells>'))


def string_out_of_range() -> bytes:
    """An .xlsx cell that points past the shared strings (a malformed cell)."""
    return _patch(_xlsx(TABLE), SHEET, lambda x: x.replace(
        b'<c r="A2" t="inlineStr"><is><t>1</t></is></c>', b'<c r="A2" t="s"><v>999</v></c>', 1))


def zip_version() -> bytes:
    """An .xlsx whose zip directory asks for a zip version Python's zipfile does not read."""
    raw = bytearray(_xlsx(TABLE))
    raw[raw.find(b"PK\x01\x02") + 6] = 253
    return bytes(raw)


def docx_other_root() -> bytes:
    """A .docx whose main part's root element is not w:document."""
    return _patch(_docx(TABLE), BODY, lambda x: x.replace(b"<w:document ", b"<w:documenX ", 1).replace(
        b"</w:document>", b"</w:documenX>"))


def pdf_without_text() -> bytes:
    """A one-page PDF that draws a rectangle and writes no text (a scan's shape)."""
    content = b"0 0 m 100 100 l S"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def text(s: str, encoding: str = "utf-8") -> Callable[[], bytes]:
    return lambda: s.encode(encoding)


TRADITIONAL = ("臺北市政府工作報告。過去一年，我們堅持穩中求進，推動經濟高質量發展，完成了年度目標任務。"
               "全年地區生產總值增長百分之六，財政收入穩步增長，民生實事全部落實。今年要加強城市建設，"
               "深化改革開放，提升公共服務水準，確保各項工作取得實效。\n")
JAPANESE = ("東京都の事業計画について報告します。地域の経済発展を推進し、年度目標を達成しました。"
            "今年は都市の整備を強化し、公共サービスの向上に取り組みます。\n")
KOREAN = "서울특별시 업무 보고입니다. 지역 경제 발전을 추진하고 연간 목표를 달성했습니다. 올해는 도시 건설을 강화하겠습니다.\n"
REPORT = ("一、过去一年工作回顾\n全年地区生产总值增长6%，新建口袋公园5个，完成老旧小区改造12个。\n"
          "二、今年主要目标任务\n（一）推动经济高质量发展。新增市场主体1万户以上，城镇新增就业2万人。\n")


def corpus(quick: bool = False) -> list[Case]:
    """The hostile corpus; ``quick`` keeps sizes small (seconds to build), the same kinds of file."""
    mb = 2 if quick else 1
    big = 300 if not quick else 300   # over the 256 MB inflation limit either way; whitespace deflates 1000:1
    rows = 150_000 if quick else 1_000_000
    headings = 30_000 if quick else 600_000
    return [
        Case("far-cell.xlsx", far_cell, "refuse", "1 KB .xlsx with a cell at XFD1048576"),
        Case("merge-all.xlsx", merge_all, "refuse", "merge A1:XFD1048576"),
        Case("wide.xlsx", wide_sheet, "refuse", "a cell in column XFD"),
        Case("laughs.xlsx", laughs, "either", "billion laughs entities in the sheet XML (not expanded)"),
        Case("gridspan.docx", grid_span, "refuse", "table cell gridSpan=100000000"),
        Case("inflating.docx", inflating_docx(big), "refuse", f"document.xml inflating to {big} MB"),
        Case("inflating.xlsx", inflating_xlsx(big), "refuse", f"sheet inflating to {big} MB"),
        Case("bomb.docx", zip_bomb_member, "refuse", "a 60 MB member of zeros (ratio ~1000)"),
        Case("nested.docx", nested_zip, "refuse", "a zip of zips named .docx"),
        Case("rows.xlsx", many_rows(rows), "refuse", f"{rows:,}-row sheet"),
        Case("rows.docx", docx_rows(rows // 5 * mb), "refuse", f"{rows // 5 * mb:,}-row docx table"),
        Case("headings.txt", text("\n".join(f"{i % 9 + 1}、标题{i}" for i in range(headings))), "refuse",
             f"{headings:,} headings"),
        Case("tabs.txt", text("任务\t" * 70_000), "refuse", "200 KB of cells separated by tabs, one line"),
        Case("only-tabs.txt", text("\t" * 200_000), "refuse", "200 KB of tabs and nothing else"),
        Case("tab-lines.txt", text("任务\t进展\t单位\n" * 10_000), "read", "200 KB of short tab-separated lines"),
        Case("long-line.txt", text("中" * 200_000), "refuse", "one line of 200,000 characters"),
        Case("deep.html", text("<div>" * 1000 + "深" + "</div>" * 1000), "refuse", "HTML nested 1,000 deep"),
        Case("deeper.html", text("<span>" * 100_000 + "深"), "refuse", "HTML nested 100,000 deep, unclosed"),
        Case("field.csv", text('序号,任务\n1,"' + ("长" * 1000 + "\n") * 140 + '"\n'), "refuse",
             "a quoted CSV field of 140,000 characters over 140 lines"),
        Case("digits.csv", text("序号,任务,进展情况\n1," + "1" * 50_000 + ",已完成\n"), "refuse",
             "a 50,000-digit task cell"),
        Case("big5.txt", text(TRADITIONAL * 5, "big5"), "refuse", "Big5 text"),
        Case("sjis.txt", text(JAPANESE * 5, "shift_jis"), "refuse", "Shift-JIS text"),
        Case("euckr.txt", text(KOREAN * 5, "euc_kr"), "refuse", "EUC-KR text"),
        Case("utf8-tail.txt", lambda: REPORT.encode() * 3 + b"\xff\xfe\xfa", "read", "UTF-8 with 3 bad bytes at its end"),
        Case("gb18030.txt", text(REPORT * 3, "gb18030"), "read", "GB18030 text (not hostile: the control)"),
        Case("empty.txt", lambda: b"", "refuse", "empty file"),
        Case("binary.docx", lambda: os.urandom(4096), "refuse", "random bytes named .docx"),
        Case("truncated.xlsx", lambda: _xlsx(TABLE)[:700], "refuse", "an .xlsx cut short"),
        Case("nul.txt", lambda: b"\0" * 10_000, "refuse", "NUL bytes"),
        Case("control.csv", text("序号,任务,进展情况\n1,新建公园\x01\x02,已完成=cmd|calc\n"), "read",
             "control characters and a formula in cells"),
        Case("gbk.txt", text(REPORT * 3, "gbk"), "read", "GBK text (read as GB18030, its superset)"),
        Case("utf16.txt", text(REPORT * 3, "utf-16"), "read", "UTF-16 text with its BOM"),
        Case("junk-zip.docx", junk_zip, "refuse", "a zip of junk members named .docx"),
        Case("merge-backwards.xlsx", merge_backwards, "refuse", "a merge written end first (C2:A1)"),
        Case("bad-string.xlsx", string_out_of_range, "refuse", "a cell pointing past the shared strings"),
        Case("zip-version.xlsx", zip_version, "refuse", "a zip directory asking for an unknown zip version"),
        Case("other-root.docx", docx_other_root, "refuse", "a .docx whose main part is not a w:document"),
        Case("no-text.pdf", pdf_without_text, "refuse", "a PDF with no text layer (a scan's shape)"),
        Case("oversize.txt", lambda: b"x" * (21 << 20), "refuse", "21 MB, over the 20 MB limit"),
    ]


# --- running ----------------------------------------------------------------------------------------

@dataclass
class Outcome:
    case: str
    path: str
    result: str        # refused | read | crash | hang | partial | wrong
    seconds: float
    message: str = ""
    cpu: float | None = None   # CPU seconds of the work (the caller's and its reading child's)


def _classify(case: Case, result: str, seconds: float, message: str, path: str, cpu: float | None = None) -> Outcome:
    # A readable file may still be refused by an upload for what it holds (no tasks in it): only a
    # hostile file that is accepted, or a readable one the engine refuses, is a wrong answer.
    accepted = {"refuse": ("refused",), "read": ("read",) if path in ("engine", "cli") else ("read", "refused"),
                "either": ("read", "refused")}
    if result in ("refused", "read") and result not in accepted[case.expect]:
        result = "wrong"
    return Outcome(case.name, path, result, seconds, message, cpu)


def cpu_now() -> float:
    """CPU seconds of this process and of the reading children it started (their own report)."""
    from luoshi.engine.limits import children_cpu_seconds

    return time.process_time() + children_cpu_seconds()


def children_cpu_now() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_engine(case: Case, data: bytes) -> Outcome:
    from luoshi.engine import api

    cpu = cpu_now()
    start = time.perf_counter()
    try:
        api.read_document(data, case.name)
        result, message = "read", ""
    except api.UnreadableInput as e:
        result, message = ("refused" if "\n" not in str(e) else "crash"), str(e)
    except Exception as e:  # a crash: what a web request would turn into a 500
        result, message = "crash", f"{type(e).__name__}: {e}"
    return _classify(case, result, time.perf_counter() - start, message, "engine", cpu_now() - cpu)


def run_cli(case: Case, data: bytes, workdir: Path) -> Outcome:
    path = workdir / case.name
    path.write_bytes(data)
    cpu = children_cpu_now()
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "luoshi.engine.cli", "read", str(path)], capture_output=True,
                              timeout=HANG_SECONDS, cwd=ROOT, env={**os.environ, "LUOSHI_DEBUG": ""})
    except subprocess.TimeoutExpired:
        return Outcome(case.name, "cli", "hang", HANG_SECONDS)
    finally:
        path.unlink(missing_ok=True)
    err = done.stderr.decode("utf-8", "replace").strip()
    if done.returncode == 0:
        result = "read"
    elif done.returncode == 3 and err.count("\n") == 0:
        result = "refused"
    else:
        result = "crash"
    return _classify(case, result, time.perf_counter() - start, err[:200], "cli", children_cpu_now() - cpu)


class Web:
    """The upload views through Django's test client, on a fresh SQLite database."""

    MODELS = ("core.SourceDocument", "core.Organisation", "supervision.ImportBatch", "supervision.Plan",
              "supervision.Task", "supervision.Submission")

    def __init__(self):
        home = tempfile.mkdtemp(prefix="luoshi-hostile-")
        os.environ["LUOSHI_HOME"] = home
        os.environ.pop("DATABASE_URL", None)
        os.environ["DJANGO_SETTINGS_MODULE"] = "luoshi.web.settings"
        os.environ.setdefault("LUOSHI_DEBUG", "1")
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command
        from django.test import Client
        from django.test.utils import setup_test_environment

        setup_test_environment()
        settings.ALLOWED_HOSTS = ["*"]
        call_command("migrate", verbosity=0)
        call_command("create_demo_accounts", verbosity=0)
        self.client = Client(raise_request_exception=False)
        assert self.client.login(username="office", password="luoshi-demo")

    def counts(self) -> dict[str, int]:
        from django.apps import apps

        out = {}
        for label in self.MODELS:
            try:
                out[label] = apps.get_model(label).objects.count()
            except LookupError:
                continue
        return out

    def run(self, case: Case, data: bytes, url: str, path: str) -> Outcome:
        from django.core.files.uploadedfile import SimpleUploadedFile

        before = self.counts()
        cpu = cpu_now()
        start = time.perf_counter()
        response = self.client.post(url, {"file": SimpleUploadedFile(case.name, data)})
        seconds = time.perf_counter() - start
        cpu = cpu_now() - cpu
        if response.status_code >= 500:
            return Outcome(case.name, path, "crash", seconds, f"HTTP {response.status_code}")
        if response.status_code == 400:
            after = self.counts()
            if after != before:
                return Outcome(case.name, path, "partial", seconds,
                               f"{ {k: after[k] - before[k] for k in after if after[k] != before[k]} }")
            return _classify(case, "refused", seconds, "HTTP 400", path, cpu)
        return _classify(case, "read", seconds, f"HTTP {response.status_code}", path, cpu)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def summarise(outcomes: list[Outcome], path: str) -> dict[str, float]:
    mine = [o for o in outcomes if o.path == path]
    n = len(mine) or 1
    good = [o for o in mine if o.result in ("refused", "read") and o.seconds <= BUDGET_SECONDS]
    good_cpu = [o for o in mine if o.result in ("refused", "read") and o.cpu is not None and o.cpu <= BUDGET_SECONDS]
    return {
        "cases": len(mine),
        "handled_within_2s_pct": round(100 * len(good) / n, 1),
        "crashes": sum(o.result == "crash" for o in mine),
        "hangs": sum(o.result == "hang" for o in mine),
        "partial_writes": sum(o.result == "partial" for o in mine),
        "wrong": sum(o.result == "wrong" for o in mine),
        "slow": sum(o.result in ("refused", "read") and o.seconds > BUDGET_SECONDS for o in mine),
        "slowest_s": round(max((o.seconds for o in mine), default=0.0), 2),
        "handled_within_2s_cpu_pct": round(100 * len(good_cpu) / n, 1),
        "most_cpu_s": round(max((o.cpu or 0.0 for o in mine), default=0.0), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes of the same kinds of file")
    parser.add_argument("--paths", default="engine,cli,web", help="engine, cli, web (comma-separated)")
    parser.add_argument("--verbose", "-v", action="store_true", help="one line per file and path")
    parser.add_argument("--build", metavar="DIR", help="only write the corpus into DIR (used by the run itself)")
    args = parser.parse_args(argv)
    paths = [p.strip() for p in args.paths.split(",") if p.strip()]
    if args.build:
        for case in corpus(args.quick):
            (Path(args.build) / case.name).write_bytes(case.build())
        return 0

    web = Web() if "web" in paths else None
    from luoshi.engine import api

    # Baseline: the same process reading the sample documents (ordinary files).
    seeds = sorted(SEEDS.glob("*")) if SEEDS.is_dir() else []
    start = time.perf_counter()
    for seed in seeds:
        api.read_document(seed.read_bytes(), seed.name)
    seed_seconds = (time.perf_counter() - start) / max(len(seeds), 1)
    baseline_mb = peak_mb()
    cli_seconds = 0.0
    if "cli" in paths and seeds:   # the command's own start-up and an ordinary reading: the CLI's baseline
        with tempfile.TemporaryDirectory(prefix="luoshi-hostile-seed-") as tmp:
            seed = Case(seeds[0].name, seeds[0].read_bytes, "read", "a sample document")
            cli_seconds = min(run_cli(seed, seed.build(), Path(tmp)).seconds for _ in range(2))

    outcomes: list[Outcome] = []
    built_mb = 0.0
    with tempfile.TemporaryDirectory(prefix="luoshi-hostile-cli-") as tmp, \
            tempfile.TemporaryDirectory(prefix="luoshi-hostile-corpus-") as built:
        # Built by another process: this one's peak memory is the reading's, not the building's.
        subprocess.run([sys.executable, __file__, "--build", built, *(["--quick"] if args.quick else [])],
                       check=True, cwd=ROOT)
        refused_peak = baseline_mb
        # The files to refuse first: the peak memory after them is what hostile files cost the caller;
        # the readable ones after (a reading of 10,000 rows costs its Document, as any file would).
        for case in sorted(corpus(args.quick), key=lambda c: c.expect != "refuse"):
            if case.expect != "refuse" and refused_peak == baseline_mb:
                refused_peak = peak_mb()
            data = (Path(built) / case.name).read_bytes()
            built_mb = max(built_mb, len(data) / (1 << 20))
            if "engine" in paths:
                outcomes.append(run_engine(case, data))
            if "cli" in paths:
                outcomes.append(run_cli(case, data, Path(tmp)))
            if web is not None:
                outcomes.append(web.run(case, data, "/documents/upload/", "web-upload"))
                outcomes.append(web.run(case, data, "/import/", "web-import"))
            if args.verbose:
                for o in outcomes[-(len(paths) + (web is not None)):]:
                    cpu = f"{o.cpu:5.2f}s cpu" if o.cpu is not None else "   - cpu  "
                    print(f"  {o.path:10} {o.case:18} {o.result:8} {o.seconds:6.2f}s {cpu}  {o.message[:100]}")
            del data
    print(f"hostile corpus: {len(corpus(args.quick))} files{' (quick sizes)' if args.quick else ''}, "
          f"largest upload {built_mb:.1f} MB; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
          f"(the wall clock counts other programs' turns; the CPU figures do not)")
    for path in sorted({o.path for o in outcomes}):
        s = summarise(outcomes, path)
        print(f"{path:10}  handled as expected within {BUDGET_SECONDS:g} s: {s['handled_within_2s_pct']:5.1f}% "
              f"of {s['cases']}  crashes/500s {s['crashes']}  hangs {s['hangs']}  partial writes "
              f"{s['partial_writes']}  wrong answers {s['wrong']}  slow {s['slow']}  slowest {s['slowest_s']} s")
        print(f"{'':10}  within {BUDGET_SECONDS:g} s of CPU (this process + its reading child; the cli: the "
              f"command's process): {s['handled_within_2s_cpu_pct']:5.1f}%  most CPU {s['most_cpu_s']} s")
    if cli_seconds:
        cli = [o for o in outcomes if o.path == "cli"]
        within = sum(o.result in ("refused", "read") and o.seconds <= cli_seconds + BUDGET_SECONDS for o in cli)
        print(f"cli baseline: `luoshi read` of a sample document takes {cli_seconds:.2f} s (interpreter start-up "
              f"included); handled within that + {BUDGET_SECONDS:g} s: {100 * within / max(len(cli), 1):.1f}% "
              f"of {len(cli)}")
    bad = [o for o in outcomes if o.result not in ("refused", "read") or o.seconds > BUDGET_SECONDS]
    for o in bad:
        print(f"  ✗ {o.path} {o.case}: {o.result} in {o.seconds:.2f} s {o.message[:120]}")
    from luoshi.engine.limits import Limits

    print(f"peak memory of this process after the files to refuse: {refused_peak:.0f} MB, baseline after reading "
          f"the {len(seeds)} sample documents: {baseline_mb:.0f} MB (ratio {refused_peak / baseline_mb:.2f}); "
          f"after the readable files too: {peak_mb():.0f} MB; each reading child is capped at "
          f"{Limits.from_env().memory_mb} MB of address space")
    print(f"baseline: a sample document reads in {seed_seconds:.2f} s on average (child process included)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
