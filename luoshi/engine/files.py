"""Reading files (读取文件): bytes of any supported format → ``SourceText``.

Supported: .txt .md .csv .html/.htm .docx .xlsx .pdf.  The format is decided by
the content first (a .txt that is really a .docx is read as a .docx, an .xls
exported by a web system that is really HTML is read as HTML) and by the
extension only for plain text, which has no signature.

Text is kept as written (no normalisation) except that line endings become
``\\n``.  Real tables (docx/xlsx/html) come back as rectangular grids with
merged cells expanded: the merged value is repeated into every covered cell,
so a vertically merged task cell appears in each row it spans.

Every failure is an ``UnreadableInput`` with a one-line message in Chinese
and English; callers (CLI, web upload) show it as is, never a traceback.
"""

from __future__ import annotations

import csv
import functools
import io
import logging
import os
import re
import sys
import zipfile
from datetime import date, datetime, time
from pathlib import Path

from . import limits as _limits
from .errors import (  # defined in errors.py; importable from here as before
    EngineError,
    ParseError,
    UnreadableInput,
)
from .limits import DEFAULT_MAX_BYTES, Limits, refuse  # noqa: F401 (DEFAULT_MAX_BYTES: importable from here as before)
from .model import Grid, SourceText

TEXT_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".csv": "csv",
                ".html": "html", ".htm": "html"}
CONTAINER_EXTS = {".docx", ".xlsx", ".xlsm", ".pdf", ".doc", ".xls", ".wps", ".et"}


def max_bytes_limit(max_bytes: int | None = None) -> int:
    """The size limit: the argument, else $LUOSHI_MAX_BYTES, else 20 MiB."""
    if max_bytes is not None:
        return max_bytes
    return Limits.from_env().max_bytes


def read_source(path: str | os.PathLike, max_bytes: int | None = None, limits: Limits | None = None) -> SourceText:
    """Read a file from disk; see module docstring.  ``max_bytes`` None → ``limits`` → env/default.

    In this process: ``reader`` calls it inside the bounded child (luoshi/engine/limits.py)."""
    p = Path(path)
    limits = _limits.resolve(limits, max_bytes)
    limit = limits.max_bytes
    if not p.exists():
        raise UnreadableInput(f"文件不存在 (file not found): {p.name}")
    if p.is_dir():
        raise UnreadableInput(f"这是一个目录，不是文件 (is a directory): {p.name}")
    if not p.is_file():
        raise UnreadableInput(f"不是普通文件 (not a regular file): {p.name}")
    try:
        size = p.stat().st_size
        if size > limit:
            raise UnreadableInput(_too_large(p.name, size, limit))
        with p.open("rb") as f:
            data = f.read(limit + 1)  # the file may grow between stat and read
    except OSError as e:
        raise UnreadableInput(f"无法读取文件 (cannot read file): {p.name}: {e.strerror or e}") from e
    return read_bytes(data, p.name, limits=limits)


def read_bytes(data: bytes, name: str, max_bytes: int | None = None, limits: Limits | None = None) -> SourceText:
    """Read an upload's bytes; ``name`` gives the extension and the error messages."""
    name = Path(name or "").name or "(unnamed)"
    limits = _limits.resolve(limits, max_bytes)
    limit = limits.max_bytes
    if len(data) > limit:
        raise UnreadableInput(_too_large(name, len(data), limit))
    if not data.strip():
        raise UnreadableInput(f"文件为空 (empty file): {name}")
    ext = Path(name).suffix.lower()
    kind = _sniff(data)
    try:
        if kind == "docx":
            return _empty_check(_read_docx(data, limits, name), name)
        if kind == "xlsx":
            return _empty_check(_read_xlsx(data, limits, name), name)
        if kind == "pdf":
            _limits.check_pdf(data, limits, name)
            return _empty_check(_read_pdf(data, name), name)
    except _reading_errors() as e:
        raise _damaged(e, kind, name) from e
    # Bytes that are no document at all, named as one: a damaged download or upload.
    corrupt = f"文件已损坏，无法解析 (corrupt {ext[1:]} file): {name}"
    if ext in CONTAINER_EXTS and kind in ("zip", "binary"):
        raise UnreadableInput(corrupt)
    if kind == "zip":
        raise UnreadableInput(f"压缩包不是 .docx/.xlsx 文档 (zip archive is not a .docx/.xlsx): {name}")
    if kind == "ole":
        raise UnreadableInput(
            f"旧版 Office 或加密文档，请另存为 .docx/.xlsx (legacy .doc/.xls or encrypted file, "
            f"save as .docx/.xlsx): {name}")
    if kind == "binary":
        raise UnreadableInput(f"不是文本文件，格式不受支持 (binary file, unsupported format): {name}")

    try:
        text, encoding, warnings = _decode(data, name)
    except UnreadableInput:
        if ext in CONTAINER_EXTS:
            raise UnreadableInput(corrupt) from None
        raise
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableInput(f"文件为空 (empty file): {name}")
    fmt = TEXT_FORMATS.get(ext)
    if fmt is None and ext in CONTAINER_EXTS and _looks_like_html(text):
        fmt = "html"  # web systems export HTML named .xls/.doc
    if fmt is None:
        if ext in CONTAINER_EXTS:
            raise UnreadableInput(corrupt)
        raise UnreadableInput(f"不支持的文件类型 (unsupported file type '{ext or 'none'}'): {name}")
    if fmt == "html":
        source = _empty_check(_read_html(text, encoding, limits, name), name)
    elif fmt == "csv":
        _limits.check_text(text, limits, name)
        source = SourceText(text, "csv", encoding, [_csv_grid(text, limits, name)], [Path(name).stem])
    else:
        source = SourceText(text, fmt, encoding)
    source.warnings = warnings
    return source


def check_bytes(data: bytes, name: str, max_bytes: int | None = None, limits: Limits | None = None) -> None:
    """The checks before loading, on the raw bytes, in this process: size, emptiness, and each
    format's limits (zip directory, sheet extents and merges, docx spans, PDF pages, objects and
    declared sizes, the longest text line in bytes).  Linear and cheap, so a hostile file is
    refused before a child process starts or a request stores it; the reading repeats them."""
    name = Path(name or "").name or "(unnamed)"
    limits = _limits.resolve(limits, max_bytes)
    if len(data) > limits.max_bytes:
        raise UnreadableInput(_too_large(name, len(data), limits.max_bytes))
    if not data.strip():
        raise UnreadableInput(f"文件为空 (empty file): {name}")
    kind = _sniff(data)
    try:
        if kind in ("docx", "xlsx"):
            _check_zip(data, limits, name, kind)
        elif kind == "pdf":
            _limits.check_pdf(data, limits, name)
    except _reading_errors() as e:
        raise _damaged(e, kind, name) from e
    fmt = TEXT_FORMATS.get(Path(name).suffix.lower())
    if kind == "text" and fmt:
        # decoded (an unsupported encoding is refused here too), then measured without building
        # a table or a tree: lines and headings, CSV fields, HTML nesting
        text = _decode(data, name)[0].replace("\r\n", "\n").replace("\r", "\n")
        _limits.check_text(text, limits, name)
        if fmt == "csv":
            _csv_grid(text, limits, name)
        elif fmt == "html":
            _limits.check_html(text, limits, name)


# --- a damaged container ------------------------------------------------------------------------------

# A damaged .docx/.xlsx/.pdf makes the libraries that read it raise their own error types, and also
# built-in ones from inside their code (python-docx a KeyError for a missing relationship, openpyxl a
# TypeError for an unknown attribute or an OSError for a missing workbook part, zipfile a KeyError for
# a missing member).  Those are the file's fault: 文件已损坏.  The same built-in types raised anywhere
# else (in our code) are a bug (issue 10 item 7: no blanket except in the engine, a bug must not pass
# for a damaged file): a ParseError naming the reader.  Any other type (MemoryError, a RuntimeError)
# passes untouched.
_BUILTIN_FROM_LIBRARIES = (KeyError, ValueError, TypeError, AttributeError, IndexError, NotImplementedError,
                           EOFError, OverflowError, RecursionError, OSError)
_READING_LIBRARIES = frozenset({"docx", "openpyxl", "et_xmlfile", "pypdf", "lxml"})  # and the stdlib


@functools.cache
def _library_errors() -> tuple[type[BaseException], ...]:
    """The error types of the readers' libraries and of the stdlib modules under them (imported here,
    late, as the readers import them)."""
    import struct
    import xml.etree.ElementTree as ElementTree
    import zlib
    from xml.parsers import expat

    from docx.opc.exceptions import OpcError
    from docx.oxml.exceptions import XmlchemyError
    from lxml.etree import LxmlError
    from openpyxl.utils.exceptions import (
        CellCoordinatesException,
        IllegalCharacterError,
        InvalidFileException,
    )
    from pypdf.errors import PyPdfError

    return (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, ElementTree.ParseError,
            expat.ExpatError, LxmlError, OpcError, XmlchemyError, InvalidFileException, CellCoordinatesException,
            IllegalCharacterError, PyPdfError)


def _reading_errors() -> tuple[type[BaseException], ...]:
    return _library_errors() + _BUILTIN_FROM_LIBRARIES


def _damaged(e: BaseException, kind: str, name: str) -> EngineError:
    """The error to raise for ``e``, caught while a library read a container: the file is damaged,
    unless a built-in error was raised outside the libraries (a bug of ours, named)."""
    if isinstance(e, _library_errors()) or _raised_by_library(e):
        return UnreadableInput(f"文件已损坏，无法解析 (corrupt {kind} file): {name}")
    return ParseError(f"files.{kind}", name, e)


def _raised_by_library(e: BaseException) -> bool:
    """Whether the innermost Python frame of ``e``'s traceback is a reading library's or the stdlib's
    (by module name, whatever the install layout)."""
    tb = e.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    top = str(tb.tb_frame.f_globals.get("__name__", "")).split(".")[0]
    return top in _READING_LIBRARIES or top in sys.stdlib_module_names


def _too_large(name: str, size: int, limit: int) -> str:
    return f"文件过大 (file too large): {name}, {size} bytes > limit {limit} bytes"


def _empty_check(source: SourceText, name: str) -> SourceText:
    if not source.text.strip() and not any(any(c.strip() for row in g for c in row) for g in source.grids):
        raise UnreadableInput(f"文档中没有可读取的文字 (no readable text in document): {name}")
    return source


# --- sniffing and decoding --------------------------------------------------

# Signatures of common non-text files without NUL bytes early on (short ASCII
# ones like BMP's "BM" would misjudge text files, and those files hold NULs anyway).
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b",
                 b"\x7fELF", b"{\\rtf")


def _sniff(data: bytes) -> str:
    """docx | xlsx | pdf | zip | ole | binary | text, from the content alone."""
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
            return "zip"  # damaged, or a version or compression zipfile does not read"
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return "zip"
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if data.startswith(_BINARY_MAGIC):
        return "binary"
    # UTF-16 (Notepad's "Unicode") has NULs but a BOM; otherwise a NUL means binary.
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return "text"


_CJK = re.compile(r"[\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
# A few stray bytes in otherwise valid UTF-8 (a truncated download, a bad copy) are replaced and
# reported; more than this, or too few real multi-byte characters around them, is another encoding.
MAX_STRAY_BYTES = 16
# Encodings read: UTF-8/16 and GB18030 (which contains GBK, GB2312 and ASCII).  Others are refused
# by name rather than decoded into mojibake that looks like Chinese.
_SUPPORTED = {"utf_8", "utf-8", "utf_8_sig", "utf-8-sig", "utf_16", "utf-16", "utf_16_le", "utf_16_be",
              "gb18030", "gbk", "gb2312", "ascii", "hz"}
_OTHER_CJK = (("big5", "Big5（繁体中文）", "Big5"), ("shift_jis", "Shift-JIS（日文）", "Shift-JIS"),
              ("euc_kr", "EUC-KR（韩文）", "EUC-KR"))


def _common_share(text: str) -> float:
    """Share of the Chinese characters that are among the most frequent ones: about 0.2 in any real
    Chinese text (simplified or traditional), near 0 in bytes of another encoding read as GB18030."""
    from charset_normalizer.constant import FREQUENCIES

    common = set(FREQUENCIES["Chinese"])
    chars = _CJK.findall(text)
    return sum(c in common for c in chars) / len(chars) if chars else 0.0


def _other_cjk(data: bytes) -> tuple[str, str] | None:
    """(Chinese name, English name) of Big5, Shift-JIS or EUC-KR when the bytes read as that
    encoding into text of its language."""
    for codec, zh, en in _OTHER_CJK:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "big5" and len(_CJK.findall(text)) >= 10 and _common_share(text) >= 0.08:
            return zh, en
        if codec == "shift_jis" and len(_KANA.findall(text)) >= max(5, len(text) // 50):
            return zh, en
        if codec == "euc_kr" and len(_HANGUL.findall(text)) >= max(5, len(text) // 20):
            return zh, en
    return None


def _unsupported(zh: str, en: str, name: str) -> UnreadableInput:
    return refuse(f"不支持的编码：{zh}，请另存为 UTF-8 或 GB18030",
                  f"unsupported encoding {en}, save as UTF-8 or GB18030", name)


def _decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings).  Strict UTF-8 (BOM or not); UTF-8 with a few stray bytes, replaced
    with a warning; GB18030 unless the bytes are Big5, Shift-JIS or EUC-KR text (refused by name);
    else charset-normalizer, for the supported encodings only."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return (*_plausible(data.decode("utf-16"), "utf-16", name), [])
        except UnicodeDecodeError:
            raise refuse("无法识别文字编码", "undecodable text, unknown encoding", name) from None
    label = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        return (*_plausible(data.decode("utf-8-sig"), label, name), [])
    except UnicodeDecodeError:
        pass
    stray = _stray_utf8(data)
    if stray is not None:
        text, count = stray
        warning = (f"文件中有 {count} 处无法解码的字节，已替换为 \ufffd "
                   f"({count} undecodable byte sequence(s) in UTF-8 text replaced): {name}")
        return text, label, [warning]
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and (len(_CJK.findall(text)) < 10 or _common_share(text) >= 0.08):
        return (*_plausible(text, "gb18030", name), [])
    other = _other_cjk(data)
    if other:
        raise _unsupported(*other, name)
    if text is not None:
        return (*_plausible(text, "gb18030", name), [])
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # Our documents are Chinese: a guess that yields no Chinese at all (bytes
    # read as Cyrillic or Latin-1 mojibake) is a wrong guess, not a reading.
    if best is None or not _CJK.search(str(best)):
        raise refuse("无法识别文字编码", "undecodable text, unknown encoding", name)
    if best.encoding.lower() not in _SUPPORTED:
        raise _unsupported(best.encoding, best.encoding, name)
    return (*_plausible(str(best), best.encoding, name), [])


def _stray_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, number of bad sequences) when the bytes are UTF-8 but for a few stray bytes."""
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    if 0 < bad <= MAX_STRAY_BYTES and multibyte >= 20 * bad:
        return text, bad
    return None


def _plausible(text: str, encoding: str, name: str) -> tuple[str, str]:
    # Any byte string decodes in some single-byte codec; real text has almost no
    # control characters, so many of them means the bytes were not text at all.
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise refuse("无法识别文字编码", "undecodable text, unknown encoding", name)
    return text, encoding


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<table", "<meta")) or "<html" in head


def _rectangular(grid: Grid) -> Grid:
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]


def _csv_grid(text: str, limits: Limits, name: str) -> Grid:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;|")
    except csv.Error:
        dialect = csv.excel
    old = csv.field_size_limit()
    csv.field_size_limit(limits.max_field_chars)
    try:
        return _rectangular([row for row in csv.reader(io.StringIO(text), dialect)])
    except csv.Error as e:
        if "field larger" in str(e):
            raise refuse(f"CSV 字段过长（超过 {limits.max_field_chars} 字符，可能缺少配对的引号）",
                         f"a CSV field longer than {limits.max_field_chars} characters (unbalanced quote?)",
                         name) from None
        raise refuse("CSV 格式错误", f"malformed CSV: {e}", name) from None
    finally:
        csv.field_size_limit(old)


def _check_zip(data: bytes, limits: Limits, name: str, kind: str) -> None:
    """The zip directory and, per format, the table sizes, before a library loads anything."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        _limits.check_zip(z, limits, name)
        if kind == "xlsx":
            _limits.check_xlsx(z, limits, name)
        else:
            _limits.check_docx(z, limits, name)


# --- .docx -------------------------------------------------------------------

def _read_docx(data: bytes, limits: Limits, name: str) -> SourceText:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    _check_zip(data, limits, name, "docx")
    document = docx.Document(io.BytesIO(data))
    if document.element.tag != qn("w:document"):  # python-docx hands back any root element as it is
        raise UnreadableInput(f"文件已损坏，无法解析 (corrupt docx file): {name}")
    paragraphs: list[str] = []
    grids: list[Grid] = []
    titles: list[str] = []
    last_para = ""  # last non-empty paragraph since the previous table: its title

    def walk(parent):
        # Body order matters (a table's title is the paragraph before it), so
        # walk the XML children rather than document.paragraphs/.tables.
        nonlocal last_para
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                text = Paragraph(child, document).text
                paragraphs.append(text)
                if text.strip():
                    last_para = text.strip()
            elif child.tag == qn("w:tbl"):
                grids.append(_docx_grid(DocxTable(child, document)))
                titles.append(last_para)
                last_para = ""
            elif child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")):
                walk(child)  # content controls wrap ordinary paragraphs and tables

    if document.element.body is not None:  # a document with no body has no text
        walk(document.element.body)
    return SourceText("\n".join(paragraphs), "docx", "utf-8", grids, titles)


def _docx_grid(table) -> Grid:
    from docx.table import _Cell

    grid: Grid = []
    for r, row in enumerate(table.rows):
        cells = [""] * row.grid_cols_before
        for tc in row._tr.tc_lst:
            span = max(1, tc.grid_span)
            col = len(cells)
            if tc.vMerge == "continue":
                # Covered by the cell above: repeat what that row already holds.
                above = grid[r - 1] if r else []
                cells.extend(above[col + k] if col + k < len(above) else "" for k in range(span))
            else:
                cells.extend([_Cell(tc, table).text.strip()] * span)  # gridSpan: once per column
        grid.append(cells)
    return _rectangular(grid)


# --- .xlsx -------------------------------------------------------------------

def _read_xlsx(data: bytes, limits: Limits, name: str) -> SourceText:
    import openpyxl

    _check_zip(data, limits, name, "xlsx")
    # Normal mode, not read_only: read_only worksheets do not expose merged ranges.
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    grids: list[Grid] = []
    titles: list[str] = []
    for ws in wb.worksheets:
        grid = [[_xlsx_value(c) for c in row] for row in ws.iter_rows()]
        for rng in ws.merged_cells.ranges:
            value = grid[rng.min_row - 1][rng.min_col - 1] if rng.max_row <= len(grid) else ""
            for r in range(rng.min_row - 1, min(rng.max_row, len(grid))):
                for c in range(rng.min_col - 1, min(rng.max_col, len(grid[r]))):
                    grid[r][c] = value
        grid = _trim(grid)
        if not grid:
            continue
        grids.append(grid)
        titles.append(_sheet_title(ws, grid))
    wb.close()
    return SourceText("\n".join(titles), "xlsx", "utf-8", grids, titles)


def _xlsx_value(cell) -> str:
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return f"{v * 100:.10g}%"  # shown as 5.5% in Excel, stored as 0.055
        return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == time(0) else v.isoformat(sep=" ")
    if isinstance(v, (date, time)):
        return v.isoformat()
    return str(v).strip()


def _trim(grid: Grid) -> Grid:
    """Drop trailing empty rows and columns (formatting inflates a sheet's extent)."""
    while grid and not any(c.strip() for c in grid[-1]):
        grid.pop()
    width = max((max((i + 1 for i, c in enumerate(r) if c.strip()), default=0) for r in grid), default=0)
    return [r[:width] for r in grid] if width else []


def _sheet_title(ws, grid: Grid) -> str:
    # A title row is a merged range across the first non-empty row (表名 merged over the table).
    first = next(i for i, r in enumerate(grid) if any(c.strip() for c in r))
    for rng in ws.merged_cells.ranges:
        if rng.min_row - 1 == first and rng.max_col > rng.min_col and grid[first][rng.min_col - 1].strip():
            values = {c.strip() for c in grid[first] if c.strip()}
            if len(values) == 1:
                return values.pop()
    return ws.title


# --- .html -------------------------------------------------------------------

_BLOCK = {"address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt",
          "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
          "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
          "thead", "tr", "ul"}
_DROP = {"script", "style", "noscript", "template", "head", "iframe", "object", "svg", "select", "button"}
MAX_HTML_COLUMNS = 200
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML's own whitespace; keeps &nbsp; and 　 as written


def _read_html(text: str, encoding: str, limits: Limits, name: str) -> SourceText:
    from bs4 import BeautifulSoup

    _limits.check_html(text, limits, name)      # before the parser builds a tree; the walk is iterative
    soup = BeautifulSoup(text, "html.parser")
    lines: list[str] = [""]
    grids: list[Grid] = []
    titles: list[str] = []
    _html_walk(soup, lines, grids, titles)
    body = "\n".join(line.strip(" \t") for line in lines if line.strip(" \t"))
    return SourceText(body, "html", encoding, grids, titles)


def _html_walk(node, lines: list[str], grids: list[Grid], titles: list[str], pre: bool = False) -> None:
    """The text of ``node`` into ``lines`` and its data tables into ``grids``.

    Iterative, with an explicit stack: html.parser nests every unclosed <p> or <font> in the one
    before, so an ordinary sloppy page can be thousands of elements deep."""
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    stack = [(iter(node.children), pre, False)]   # (children left, inside <pre>, block element)
    while stack:
        children, in_pre, in_block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if in_block:
                lines.append("")
            continue
        if isinstance(child, NavigableString):
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            s = str(child)
            if not in_pre:
                s = _HTML_SPACE.sub(" ", s)
            parts = s.split("\n")
            lines[-1] += parts[0]
            lines.extend(parts[1:])
            continue
        if not isinstance(child, Tag) or child.name in _DROP or _hidden(child):
            continue
        if child.name == "br":
            lines.append("")
            continue
        if child.name == "table" and _is_data_table(child):
            caption = child.find("caption")
            before = next((ln.strip() for ln in reversed(lines) if ln.strip()), "")
            grids.append(_html_grid(child))
            titles.append(caption.get_text(" ", strip=True) if caption else before)
            lines.append("")  # the table lives in grids; the text continues after it
            continue
        block = child.name in _BLOCK
        if block:
            lines.append("")
        stack.append((iter(child.children), in_pre or child.name == "pre", block))


def _hidden(tag) -> bool:
    style = _HTML_SPACE.sub("", str(tag.get("style") or "")).lower()
    return tag.has_attr("hidden") or "display:none" in style


def _own_rows(table) -> list:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _is_data_table(table) -> bool:
    # Pages are often laid out with tables; only a leaf table with at least two
    # rows and two columns is data.  Layout tables stay in the text.
    if table.find("table") is not None:
        return False
    rows = _own_rows(table)
    return len(rows) >= 2 and any(len(tr.find_all(["td", "th"], recursive=False)) >= 2 for tr in rows)


def _span(cell, attr: str, cap: int) -> int:
    try:
        return max(1, min(int(str(cell.get(attr, "1")).strip() or 1), cap))
    except ValueError:
        return 1


def _html_grid(table) -> Grid:
    rows = _own_rows(table)
    grid: list[list[str | None]] = [[] for _ in rows]
    for r, tr in enumerate(rows):
        col = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while col < len(grid[r]) and grid[r][col] is not None:
                col += 1  # skip positions filled by a rowspan from above
            lines: list[str] = [""]
            _html_walk(cell, lines, [], [])
            text = "\n".join(ln.strip(" \t") for ln in lines if ln.strip(" \t"))
            if col >= MAX_HTML_COLUMNS:
                break  # no real table is this wide; keeps hostile spans from eating memory
            rowspan = _span(cell, "rowspan", len(rows) - r)
            colspan = _span(cell, "colspan", MAX_HTML_COLUMNS - col)
            for rr in range(r, r + rowspan):  # repeat the merged value into every covered cell
                row = grid[rr]
                if len(row) < col + colspan:
                    row.extend([None] * (col + colspan - len(row)))
                for cc in range(col, col + colspan):
                    row[cc] = text
            col += colspan
    return _rectangular([[c or "" for c in row] for row in grid])


# --- .pdf --------------------------------------------------------------------

def _read_pdf(data: bytes, name: str) -> SourceText:
    from pypdf import PdfReader

    # pypdf logs every repair it makes to a damaged file; the user gets one
    # UnreadableInput line instead, so keep its warnings quiet while reading.
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableInput(f"PDF 已加密，无法读取 (encrypted PDF): {name}")
        pages = [(page.extract_text() or "").replace("\r\n", "\n").replace("\r", "\n") for page in reader.pages]
    finally:
        log.setLevel(level)
    if not any(p.strip() for p in pages):
        raise UnreadableInput(f"PDF 中没有可提取的文字，可能是扫描件 (no text layer, scanned PDF?): {name}")
    return SourceText("\n".join(p.rstrip("\n") for p in pages), "pdf", "utf-8")
