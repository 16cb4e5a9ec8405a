"""Reading limits (读取限制): every document is read in a child process, bounded.

Every file the office receives is untrusted: a 1 KB .xlsx can declare a cell
at XFD1048576, a .docx a table cell spanning 100,000,000 columns, a zip member
can inflate a thousand times.  Reading therefore happens in two steps:

1. **Checks before loading** (``check_zip``, ``check_xlsx``, ``check_docx``,
   ``check_text``, ``check_html``): the sizes a library would allocate are
   read from the raw bytes (the zip directory, the sheet XML's cell and merge
   references, the docx spans, line lengths, heading counts, tag depth) in
   linear time, and a file over a limit is refused at once with one message.
2. **A child process** (``run``): the reading itself runs in a worker process
   forked from a forkserver that has the engine loaded, with an address-space
   limit (RLIMIT_AS), a CPU-time limit per reading (RLIMIT_CPU) and a
   wall-clock limit enforced by the parent, which kills the worker when it is
   over.  A worker reads file after file and is replaced after any reading that
   did not end cleanly (``_Worker``).  Whatever the child
   does, the parent gets a ``Document`` or one ``UnreadableInput`` line; it
   never runs out of memory itself, and it writes nothing.

The limits come from the environment (docs/reference/settings.md) with the
defaults below; ``Limits.from_env(max_bytes=…)`` overrides one.  See
docs/reading-limits.md.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
import traceback
import zipfile
from dataclasses import dataclass, fields, replace
from multiprocessing import forkserver
from typing import Any

from .errors import EngineError, ParseError, UnreadableInput

try:
    import resource
except ImportError:  # not a Unix: the parent's wall clock still bounds the child
    resource = None  # type: ignore[assignment]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def _env_number(name: str, default: float) -> float:
    """A positive number from the environment; the default when unset, empty or not a positive number."""
    raw = os.environ.get(name, "").strip()
    try:
        value = float(raw)
    except ValueError:
        return default
    return value if value > 0 and value != float("inf") else default


def _env_flag(name: str, default: bool) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    return raw not in ("0", "false", "no", "off")


@dataclass(frozen=True)
class Limits:
    """What one reading may use.  Every field has an environment variable (``from_env``)."""

    max_bytes: int = DEFAULT_MAX_BYTES     # the file itself
    memory_mb: int = 1536                  # the child's address space (RLIMIT_AS)
    cpu_seconds: int = 30                  # the child's CPU time (RLIMIT_CPU)
    wall_seconds: float = 45.0             # the child's wall-clock time, enforced by the parent
    inflated_mb: int = 256                 # all members of a .docx/.xlsx together, inflated
    inflation_ratio: int = 200             # one member's inflated/compressed size (members over 1 MiB)
    max_rows: int = 100_000                # rows of one sheet, or of all docx tables
    max_columns: int = 1_000               # columns of a sheet or table (Word allows 63, Excel 16,384)
    max_cells: int = 2_000_000             # cells a sheet's extent or merges cover; cells of all docx tables
    max_line_chars: int = 100_000          # one line of text
    max_field_chars: int = 32_768          # one CSV field or table cell
    max_html_depth: int = 256              # nesting of HTML elements
    max_headings: int = 20_000             # heading-like lines (一、 （一） 1. 第一章 …)
    max_pages: int = 2_000                 # pages of a PDF
    max_pdf_objects: int = 500_000         # indirect objects of a PDF
    isolate: bool = True                   # read in a child process (False: in this process, unbounded)

    @classmethod
    def from_env(cls, **overrides: Any) -> Limits:
        """The limits configured in the environment; ``overrides`` that are not None win."""
        env = cls(
            max_bytes=int(_env_number("LUOSHI_MAX_BYTES", 20 * 1024 * 1024)),
            memory_mb=int(_env_number("LUOSHI_READ_MEMORY_MB", 1536)),
            cpu_seconds=int(_env_number("LUOSHI_READ_CPU_SECONDS", 30)),
            wall_seconds=_env_number("LUOSHI_READ_WALL_SECONDS", 45),
            inflated_mb=int(_env_number("LUOSHI_READ_INFLATED_MB", 256)),
            inflation_ratio=int(_env_number("LUOSHI_READ_INFLATION_RATIO", 200)),
            max_rows=int(_env_number("LUOSHI_READ_MAX_ROWS", 100_000)),
            max_columns=int(_env_number("LUOSHI_READ_MAX_COLUMNS", 1_000)),
            max_cells=int(_env_number("LUOSHI_READ_MAX_CELLS", 2_000_000)),
            max_line_chars=int(_env_number("LUOSHI_READ_MAX_LINE_CHARS", 100_000)),
            max_field_chars=int(_env_number("LUOSHI_READ_MAX_FIELD_CHARS", 32_768)),
            max_html_depth=int(_env_number("LUOSHI_READ_MAX_HTML_DEPTH", 256)),
            max_headings=int(_env_number("LUOSHI_READ_MAX_HEADINGS", 20_000)),
            max_pages=int(_env_number("LUOSHI_READ_MAX_PAGES", 2_000)),
            max_pdf_objects=int(_env_number("LUOSHI_READ_MAX_PDF_OBJECTS", 500_000)),
            isolate=_env_flag("LUOSHI_READ_ISOLATE", True),
        )
        known = {f.name for f in fields(cls)}
        return replace(env, **{k: v for k, v in overrides.items() if k in known and v is not None})


def resolve(limits: Limits | None = None, max_bytes: int | None = None) -> Limits:
    """``limits`` (else the environment's), with ``max_bytes`` when given."""
    base = limits or Limits.from_env()
    return replace(base, max_bytes=max_bytes) if max_bytes else base


# --- messages ----------------------------------------------------------------------------------

def refuse(zh: str, en: str, name: str) -> UnreadableInput:
    """The one-line refusal: Chinese first, English in brackets, then the file name."""
    return UnreadableInput(f"{zh} ({en}): {name}")


# --- checks before loading: zip containers ---------------------------------------------------------

_MIB = 1024 * 1024
MAX_MEMBERS = 10_000


def check_zip(z: zipfile.ZipFile, limits: Limits, name: str) -> None:
    """Members, total inflated size and per-member ratio from the zip directory.

    Python's zipfile stops a member at its declared size, so the directory
    bounds what any library can inflate from it."""
    infos = z.infolist()
    if len(infos) > MAX_MEMBERS:
        raise refuse(f"压缩文档内文件过多（{len(infos)} 个）", f"too many archive members: {len(infos)}", name)
    total = sum(i.file_size for i in infos)
    if total > limits.inflated_mb * _MIB:
        raise refuse(f"压缩文档解压后过大（{total // _MIB} MB，上限 {limits.inflated_mb} MB）",
                     f"document inflates to {total // _MIB} MB > {limits.inflated_mb} MB", name)
    for i in infos:
        if i.file_size > _MIB and i.file_size > limits.inflation_ratio * max(i.compress_size, 1):
            raise refuse(f"压缩比异常（{i.file_size // max(i.compress_size, 1)} 倍），疑似压缩炸弹",
                         f"inflation ratio {i.file_size // max(i.compress_size, 1)} > {limits.inflation_ratio}, "
                         f"zip bomb?", name)


def _stream(z: zipfile.ZipFile, member: str, chunk: int = _MIB):
    """A member's bytes in pieces that end at a '>' (a tag never straddles two pieces)."""
    rest = b""
    with z.open(member) as f:
        while True:
            data = f.read(chunk)
            if not data:
                break
            buf = rest + data
            cut = buf.rfind(b">") + 1
            if cut == 0:
                cut = max(0, len(buf) - 256)  # no tag end: scan all but a tail that may hold a split ref
            yield buf[:cut]
            rest = buf[cut:]
    if rest:
        yield rest


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters.decode("ascii"):
        n = n * 26 + _LETTERS.index(ch) + 1
    return n


# Cell and row references in sheet XML: <c r="XFD1048576" …>, <row r="5">, <mergeCell ref="A1:B2"/>,
# <dimension ref="A1:K300"/>.  Each is bounded by its own quotes: linear, no backtracking runs.
_XLSX_EVENTS = re.compile(
    rb"<(?:\w{1,10}:)?(?:(c)|(row)|(mergeCell)|(dimension))[\s/>]"
    rb"(?:[^>]{0,400}?\b(?:r|ref)=\"([A-Z]{0,3})([0-9]{0,8})(?::([A-Z]{1,3})([0-9]{1,8}))?\")?")


def check_xlsx(z: zipfile.ZipFile, limits: Limits, name: str) -> None:
    """Each sheet's extent (its furthest cell, as openpyxl allocates the rectangle up to it), its rows,
    cells and merged area, from the sheet XML before openpyxl loads it.

    ``<dimension>`` is read but not trusted: openpyxl ignores it, and generators write anything there;
    the cells and merges decide."""
    sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
    for sheet in sheets:
        max_row = max_col = rows = cells = merged = 0
        row_no = col_no = 0
        label = sheet.rsplit("/", 1)[-1]
        for piece in _stream(z, sheet):
            for m in _XLSX_EVENTS.finditer(piece):
                is_cell, is_row, is_merge, _dim, letters, digits, letters2, digits2 = m.groups()
                if is_row:
                    rows += 1
                    row_no = int(digits) if digits else row_no + 1
                    col_no = 0
                    max_row = max(max_row, row_no)
                elif is_cell:
                    cells += 1
                    if letters and digits:
                        col_no, row = _column(letters), int(digits)
                        max_row = max(max_row, row)
                    else:
                        col_no += 1
                    max_col = max(max_col, col_no)
                elif is_merge and letters and digits and letters2 and digits2:
                    c1, r1, c2, r2 = _column(letters), int(digits), _column(letters2), int(digits2)
                    merged += (abs(c2 - c1) + 1) * (abs(r2 - r1) + 1)
                    max_row, max_col = max(max_row, r1, r2), max(max_col, c1, c2)
            # after each piece: a 1M-row sheet is refused after its first 100k rows, not after all
            _table_limits(limits, name, max(max_row, rows), max_col, max(max_row * max_col, cells, merged), sheet=label)


# <w:tr>, <w:tc>, <w:gridSpan w:val="…"/>, <w:gridBefore/After w:val="…"/>, <w:vMerge …/>.
_DOCX_EVENTS = re.compile(
    rb"<w:(?:(tr)|(tc)|(gridSpan|gridBefore|gridAfter))[\s/>]"
    rb"(?:[^>]{0,200}?\bw:val=\"(-?[0-9]{1,20})\")?")


def check_docx(z: zipfile.ZipFile, limits: Limits, name: str) -> None:
    """Table rows, row widths (cells plus their gridSpan) and spans of word/document.xml, before
    python-docx expands a span into one cell per column."""
    rows = cells = width = widest = 0
    for piece in _stream(z, "word/document.xml"):
        for m in _DOCX_EVENTS.finditer(piece):
            is_tr, is_tc, kind, value = m.groups()
            span_kind = kind.decode("ascii") if kind else None
            if is_tr:
                rows += 1
                width = 0
            elif is_tc:
                width += 1
                cells += 1
            elif span_kind:
                n = int(value) if value else 1
                if n > limits.max_columns:
                    raise refuse(f"表格单元格跨列数异常（{span_kind}={n}，上限 {limits.max_columns}）",
                                 f"table cell {span_kind}={n} > {limits.max_columns} columns", name)
                width += max(n - 1, 0) if span_kind == "gridSpan" else max(n, 0)
                cells += max(n - 1, 0)
            widest = max(widest, width)
        _table_limits(limits, name, rows, widest, max(cells, rows * widest))   # early, after each piece


def _table_limits(limits: Limits, name: str, rows: int, columns: int, cells: int, sheet: str | None = None) -> None:
    """The one over-the-limit check of a table's extent: rows, columns and cells against the limits, refused with a
    message in both languages.  ``sheet``: a workbook's sheet by its name, rows checked first; None, a document's
    tables, columns first (a row's width is known before the rows add up)."""
    at, about = (f"{sheet} 达 ", f"{sheet} 约 ") if sheet else ("", "约 ")
    has_rows, has_columns, covers = ("sheet has", "sheet has", "sheet covers") if sheet else (
        "tables have", "table has", "tables cover")
    checks = [(rows, limits.max_rows, f"表格行数过多（{at}{rows} 行", f"{has_rows} {rows} rows"),
              (columns, limits.max_columns, f"表格列数过多（{at}{columns} 列", f"{has_columns} {columns} columns"),
              (cells, limits.max_cells, f"表格单元格过多（{about}{cells} 个", f"{covers} {cells} cells")]
    if sheet is None:
        checks[0], checks[1] = checks[1], checks[0]
    for count, limit, said, told in checks:
        if count > limit:
            raise refuse(f"{said}，上限 {limit}）", f"{told} > {limit}", name)


# --- checks before loading: PDF ---------------------------------------------------------------------

# Counted in the raw bytes, before pypdf builds anything: indirect objects ("12 0 obj"), page objects
# (/Type /Page, not /Pages), the page tree's declared /Count, stream lengths (/Length n) and the
# decoded length a stream may declare (/DL n, PDF 2.0).  Each pattern is anchored on a fixed token
# with bounded repetitions: linear.  Pages inside compressed object streams are not seen as page
# objects, but the page tree's /Count still says how many there are.
_PDF_OBJ = re.compile(rb"(?<![0-9])[0-9]{1,10}[ \t\r\n]{1,4}[0-9]{1,5}[ \t\r\n]{1,4}obj\b")
_PDF_PAGE = re.compile(rb"/Type[ \t\r\n]{0,4}/Page(?![A-Za-z])")
_PDF_COUNT = re.compile(rb"/Count[ \t\r\n]{1,4}([0-9]{1,12})")
_PDF_LENGTH = re.compile(rb"/(Length|DL)[ \t\r\n]{1,4}([0-9]{1,15})(?![ \t\r\n]{1,4}[0-9]{1,5}[ \t\r\n]{1,4}R)")


def check_pdf(data: bytes, limits: Limits, name: str) -> None:
    """Pages, objects, stream lengths and declared decoded sizes of a PDF, from its raw bytes."""
    objects = sum(1 for _ in _PDF_OBJ.finditer(data))
    if objects > limits.max_pdf_objects:
        raise refuse(f"PDF 对象过多（{objects} 个，上限 {limits.max_pdf_objects}）",
                     f"PDF has {objects} objects > {limits.max_pdf_objects}", name)
    pages = max(sum(1 for _ in _PDF_PAGE.finditer(data)),
                max((int(m.group(1)) for m in _PDF_COUNT.finditer(data)), default=0))
    if pages > limits.max_pages:
        raise refuse(f"PDF 页数过多（{pages} 页，上限 {limits.max_pages}）",
                     f"PDF has {pages} pages > {limits.max_pages}", name)
    declared = 0
    for m in _PDF_LENGTH.finditer(data):
        n = int(m.group(2))
        if m.group(1) == b"Length" and n > len(data):
            raise refuse(f"PDF 数据流长度异常（声明 {n} 字节，文件仅 {len(data)} 字节）",
                         f"a PDF stream declares {n} bytes in a file of {len(data)}", name)
        if m.group(1) == b"DL":
            declared += n
    if declared > limits.inflated_mb * _MIB:
        raise refuse(f"PDF 解压后过大（{declared // _MIB} MB，上限 {limits.inflated_mb} MB）",
                     f"PDF streams decode to {declared // _MIB} MB > {limits.inflated_mb} MB", name)


# --- checks before parsing: text ----------------------------------------------------------------

# A line that opens like a heading: 一、 （一） 1. 1、 第一章 …; counted, not parsed (linear: anchored,
# bounded repetitions).
_HEADING = re.compile(r"^[ \t　]{0,8}(?:第[一二三四五六七八九十百零〇0-9]{1,6}[章节部分篇条]"
                      r"|[一二三四五六七八九十百]{1,4}[、.．]|[（(][一二三四五六七八九十百0-9]{1,4}[)）]"
                      r"|[0-9]{1,4}[、.．](?![0-9]))", re.M)


def check_text(text: str, limits: Limits, name: str) -> None:
    """Line length and heading count of decoded text, before tables and structure are recovered."""
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        if end - start > limits.max_line_chars:
            raise refuse(f"文本行过长（{end - start} 字符，上限 {limits.max_line_chars}）",
                         f"a line of {end - start} characters > {limits.max_line_chars}", name)
        start = end + 1
    headings = 0
    for _ in _HEADING.finditer(text):
        headings += 1
        if headings > limits.max_headings:
            raise refuse(f"标题过多（超过 {limits.max_headings} 个）",
                         f"more than {limits.max_headings} headings", name)


def check_cells(grids, limits: Limits, name: str) -> None:
    """Rows, columns and cell length of tables as read (every format's grids)."""
    for grid in grids:
        if len(grid) > limits.max_rows:
            raise refuse(f"表格行数过多（{len(grid)} 行，上限 {limits.max_rows}）",
                         f"table has {len(grid)} rows > {limits.max_rows}", name)
        for row in grid:
            if len(row) > limits.max_columns:
                raise refuse(f"表格列数过多（{len(row)} 列，上限 {limits.max_columns}）",
                             f"table has {len(row)} columns > {limits.max_columns}", name)
            for cell in row:
                if len(cell) > limits.max_field_chars:
                    raise refuse(f"表格单元格内容过长（{len(cell)} 字符，上限 {limits.max_field_chars}）",
                                 f"a table cell of {len(cell)} characters > {limits.max_field_chars}", name)


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr", "basefont", "frame", "keygen"}
# Elements whose end tag HTML lets authors omit: not counted, or every page of <p>s would look deep.
_OPTIONAL_END = {"p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "colgroup",
                 "rt", "rp", "optgroup", "caption", "html", "head", "body"}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,20})\b[^<>]{0,2000}?(/?)>")


def check_html(text: str, limits: Limits, name: str) -> None:
    """Nesting depth of the raw HTML by counting open and close tags (no tree, no recursion)."""
    depth = deepest = 0
    for m in _TAG.finditer(text):
        closing, tag, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if tag in _VOID or tag in _OPTIONAL_END or selfclosing:
            continue
        if closing:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    if deepest > limits.max_html_depth:
        raise refuse(f"HTML 嵌套过深（{deepest} 层，上限 {limits.max_html_depth}）",
                     f"HTML nested {deepest} deep > {limits.max_html_depth}", name)


# --- the child process ------------------------------------------------------------------------------

_PRELOAD = ["luoshi.engine.reader", "openpyxl", "docx", "bs4", "pypdf", "charset_normalizer"]
_context_lock = threading.Lock()
_context: Any = None


_fork_when_alone = False


def prefer_fork() -> None:
    """For a short-lived single-threaded caller (the ``luoshi`` command): fork the reading child
    from this process, which has the engine loaded already, instead of starting a forkserver (a
    second interpreter importing everything again, seconds on a busy machine).  Long-running,
    threaded callers (the web server, the worker) keep the forkserver."""
    global _fork_when_alone
    _fork_when_alone = True


def _mp_context():
    """A forkserver context with the engine preloaded: a child starts in milliseconds, from a process
    that holds no threads, sockets or database connections of the caller."""
    global _context
    if (_fork_when_alone and threading.active_count() == 1
            and "fork" in multiprocessing.get_all_start_methods()):
        return multiprocessing.get_context("fork")
    with _context_lock:
        if _context is None:
            method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            ctx = multiprocessing.get_context(method)
            if method == "forkserver":
                ctx.set_forkserver_preload(_PRELOAD)
                _start_forkserver()
            _context = ctx
        return _context


_start_lock = threading.Lock()


@contextlib.contextmanager
def _without_main():
    """Hide the caller's ``__main__`` while a child starts: multiprocessing would import the
    main script (or module) again in the forkserver and in every child, and a script without
    an ``if __name__ == "__main__"`` guard (a bench, a user's) would run again.  The children
    need nothing from it: the engine is preloaded and the target is a module-level function."""
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    with _start_lock:
        missing = object()
        path = main.__dict__.pop("__file__", missing)
        spec = main.__dict__.get("__spec__", missing)
        main.__spec__ = None
        try:
            yield
        finally:
            if path is not missing:
                main.__file__ = path
            if spec is missing:
                main.__dict__.pop("__spec__", None)
            else:
                main.__spec__ = spec


def _start_forkserver() -> None:
    with _without_main():
        forkserver.ensure_running()


# The reading worker.  A worker process reads file after file: a child forked per file cost more than a
# corpus report's reading itself (the fork of the preloaded server, multiprocessing's set-up in the child,
# its exit and the join, ~15 ms against ~10 ms of reading).  The bounds are the same per reading, as soft
# limits set before each one: the address space (from the task's arrival to its result's sending), the CPU
# time (the parent kills a worker one second over it, as the hard limit did), the wall clock by the parent.
# A worker is retired after anything but a clean outcome (over a limit, a bug, a crash), after
# _WORKER_READINGS readings, or once its peak memory has grown by a quarter of its limit, so one file's
# leftovers cost the next little; a fresh one is forked from the forkserver in milliseconds.

_WORKER_READINGS = 200
_IDLE_WORKERS = 2                       # kept per memory limit: the web server reads on a few threads
_CLEAN = ("ok", "unreadable", "parse")  # outcomes after which a worker reads on


def _serve(conn, memory_mb: int) -> None:
    """In the worker: readings until told to stop (None) or the caller is gone."""
    if hasattr(signal, "SIGXCPU"):
        signal.signal(signal.SIGXCPU, _out_of_cpu)
    base = _peak_mb()
    while True:
        _limit_memory(None)     # the task comes from the caller, under no limit (a child got it at its start)
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        fn, args, kwargs, cpu_seconds = task
        start = _own_cpu()
        _limit_memory(memory_mb)    # the reading and its result's sending, as a child's were
        try:
            _limit_cpu(start + cpu_seconds)
            result = _call(fn, args, kwargs)
            _limit_cpu(None)    # no SIGXCPU while idle or sending: it would end the worker, not a reading
        except _CpuExceeded:
            result = ("cpu",)
        retire = result[0] not in _CLEAN or _peak_mb() - base > memory_mb / 4
        try:
            conn.send((result, _own_cpu() - start, retire))
        except MemoryError:
            conn.send((("memory",), _own_cpu() - start, True))
            return
        except Exception as e:  # a result that cannot be pickled: a bug
            conn.send((("bug", f"{type(e).__name__}: {e}", traceback.format_exc()), _own_cpu() - start, True))
            return
        if retire:
            return


def _call(fn, args, kwargs) -> tuple:
    """``fn``'s result, or which way it failed."""
    try:
        return ("ok", fn(*args, **kwargs))
    except ParseError as e:
        return ("parse", e.parser, e.excerpt, f"{type(e.__cause__).__name__}: {e.__cause__}")
    except EngineError as e:
        return ("unreadable", str(e))
    except MemoryError:
        return ("memory",)
    except _CpuExceeded:
        return ("cpu",)
    except RecursionError:
        return ("depth",)
    except BaseException as e:  # a bug: its text and traceback go back to the caller
        return ("bug", f"{type(e).__name__}: {e}", traceback.format_exc())


def _limit_memory(memory_mb: int | None) -> None:
    """The soft address-space limit (None: up to the hard one, which stays as it was)."""
    if resource is None:
        return  # not on this platform: the parent's wall clock still bounds the worker
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = hard if memory_mb is None else memory_mb * _MIB
        if hard != resource.RLIM_INFINITY and soft > hard:
            soft = hard
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    except (ValueError, OSError):
        pass


def _limit_cpu(total: float | None) -> None:
    """The soft CPU limit at ``total`` seconds of the worker's life (None: none); the hard limit stays,
    as an unprivileged process cannot raise it again."""
    if resource is None:
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = resource.RLIM_INFINITY if total is None else math.ceil(total)
        if hard != resource.RLIM_INFINITY and (soft == resource.RLIM_INFINITY or soft > hard):
            soft = hard
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    except (ValueError, OSError):
        pass


def _peak_mb() -> float:
    if resource is None:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / _MIB if sys.platform == "darwin" else peak / 1024   # bytes on macOS, KiB elsewhere


def _own_cpu() -> float:
    if resource is None:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_SELF)   # a forked child's count starts at its fork
    return usage.ru_utime + usage.ru_stime


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") and "SC_CLK_TCK" in os.sysconf_names else 100


def _cpu_of(pid: int | None) -> float | None:
    """CPU seconds another process has used (Linux's /proc; None elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields_ = f.read().rsplit(b")", 1)[1].split()
        return (int(fields_[11]) + int(fields_[12])) / _TICKS   # utime, stime (fields 14 and 15)
    except (OSError, ValueError, IndexError):
        return None


_children_cpu = [0.0]


def children_cpu_seconds() -> float:
    """CPU seconds the reading children of this process reported, in all (bench/ adds it to the
    caller's own CPU time: on a shared machine the wall clock counts other programs' turns)."""
    return _children_cpu[0]


class _CpuExceeded(BaseException):
    pass


def _out_of_cpu(signum, frame):
    raise _CpuExceeded()


class _Worker:
    """One reading worker, seen from the caller: its pipe and process."""

    def __init__(self, ctx, memory_mb: int, readings: int):
        self.conn, child_end = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_serve, args=(child_end, memory_mb), name="luoshi-read", daemon=True)
        with _without_main():
            self.process.start()
        child_end.close()
        self.left = readings     # readings before it retires

    def read(self, fn, args: tuple, kwargs: dict, limits: Limits) -> tuple[tuple, bool]:
        """The outcome of one reading, and whether the worker must go."""
        cpu = max(1, int(limits.cpu_seconds))
        deadline = time.monotonic() + limits.wall_seconds
        before = _cpu_of(self.process.pid)
        self.conn.send((fn, args, kwargs, cpu))
        self.left -= 1
        while True:
            wait = deadline - time.monotonic()
            if wait <= 0:
                return ("wall",), True
            if self.conn.poll(min(0.5, wait)):
                try:
                    result, used, retire = self.conn.recv()
                except (EOFError, OSError):
                    return ("died",), True
                _children_cpu[0] += used
                return result, retire or self.left <= 0
            if not self.process.is_alive() and not self.conn.poll(0):
                return ("died",), True
            now = _cpu_of(self.process.pid)
            if before is not None and now is not None and now - before > cpu + 1:
                return ("cpu",), True    # stuck where SIGXCPU's handler cannot run (the old hard limit)

    def stop(self, kill: bool) -> int | None:
        """End the worker; the signal that ended it, if one did."""
        if kill and self.process.is_alive():
            self.process.kill()
        else:
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)
        self.conn.close()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        signum = process_exit_signal(self.process)
        self.process.close()
        return signum


_idle: dict[tuple, list[_Worker]] = {}
_idle_lock = threading.Lock()


def _take_worker(ctx, memory_mb: int) -> tuple[tuple, _Worker]:
    key = (ctx.get_start_method(), memory_mb)
    with _idle_lock:
        while _idle.get(key):
            worker = _idle[key].pop()
            if worker.process.is_alive():
                return key, worker
    # A child forked from the caller itself (the command) inherits the caller's pipes to any other
    # worker: it reads once, as before.
    readings = 1 if ctx.get_start_method() == "fork" else _WORKER_READINGS
    return key, _Worker(ctx, memory_mb, readings)


def _give_back(key: tuple, worker: _Worker) -> None:
    with _idle_lock:
        idle = _idle.setdefault(key, [])
        if len(idle) < _IDLE_WORKERS:
            idle.append(worker)
            return
    worker.stop(kill=False)


def run(fn, args: tuple, kwargs: dict, limits: Limits, name: str):
    """``fn(*args, **kwargs)`` in a bounded reading worker; its result, or the error it raised.

    Over the memory, CPU or wall-clock limit: ``UnreadableInput`` with one line.  ``fn`` and its
    arguments are pickled (a module-level function)."""
    if not limits.isolate:
        return fn(*args, **kwargs)
    ctx = _mp_context()
    key, worker = _take_worker(ctx, limits.memory_mb)
    try:
        result, retire = worker.read(fn, args, kwargs, limits)
    except BaseException:
        worker.stop(kill=True)   # arguments that cannot be pickled, or the caller interrupted
        raise
    signum = None
    if retire:
        signum = worker.stop(kill=result[0] in ("wall", "cpu"))   # else it has ended or is ending itself
    else:
        _give_back(key, worker)
    return _outcome(result, signum, limits, name)


def process_exit_signal(process) -> int | None:
    try:
        code = process.exitcode
    except ValueError:
        return None
    return -code if code is not None and code < 0 else None


def _outcome(result, signum: int | None, limits: Limits, name: str):
    kind = result[0] if result else "died"
    if kind == "ok":
        return result[1]
    if kind == "unreadable":
        raise UnreadableInput(result[1])
    if kind == "parse":
        raise ParseError(result[1], result[2], RuntimeError(result[3]))
    if kind == "memory" or (kind == "died" and signum in (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS)):
        raise refuse(f"读取所需内存超过限制（{limits.memory_mb} MB），文件过大或过于复杂",
                     f"reading needs more than {limits.memory_mb} MB of memory", name)
    if kind in ("cpu", "wall") or (kind == "died" and signum in (getattr(signal, "SIGXCPU", -1), signal.SIGKILL)):
        seconds = limits.cpu_seconds if kind == "cpu" else limits.wall_seconds
        raise refuse(f"读取超时（超过 {seconds:g} 秒），文件过大或过于复杂",
                     f"reading took longer than {seconds:g} s", name)
    if kind == "depth":
        raise refuse("文档嵌套过深，无法读取", "document nested too deep", name)
    if kind == "bug":
        if os.environ.get("LUOSHI_DEBUG"):
            sys.stderr.write(result[2])
        raise ParseError("reader", name, RuntimeError(result[1]))
    raise refuse("读取进程异常退出", f"the reading process died (signal {signum})", name)
