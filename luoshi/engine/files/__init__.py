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

The package by concern: ``decoding`` (what the bytes are, and text in its encoding), ``sheets``
(grids: .csv and .xlsx, and the zip containers' checks), ``documents`` (.docx, .html, .pdf); here
the dispatcher, the checks before loading and what a damaged container is.
"""

from __future__ import annotations

import functools
import os
import sys
import zipfile
from pathlib import Path

from .. import limits as _limits
from ..errors import (  # defined in errors.py; importable from here as before
    EngineError,
    ParseError,
    UnreadableInput,
)
from ..limits import DEFAULT_MAX_BYTES, Limits  # noqa: F401 (DEFAULT_MAX_BYTES: importable from here as before)
from ..model import SourceText
from .decoding import _decode, _looks_like_html, _sniff
from .documents import _read_docx, _read_html, _read_pdf
from .sheets import _check_zip, _csv_grid, _read_xlsx
from .wrapped import unwrapped

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
        source = SourceText(unwrapped(text), fmt, encoding)     # a text copied from a PDF read as written
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
