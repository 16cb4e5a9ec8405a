"""Documents: .docx (paragraphs and tables in body order, a table's title the paragraph before it),
.html (the text, and its data tables as grids) and .pdf (the text layer)."""

from __future__ import annotations

import io
import logging
import re

from .. import limits as _limits
from ..errors import UnreadableInput
from ..limits import Limits
from ..model import Grid, SourceText
from .sheets import _check_zip, _rectangular
from .wrapped import unwrapped

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
    # the page's line breaks and its numbers inside sentences taken out (files/wrapped.py)
    return SourceText(unwrapped("\n".join(p.rstrip("\n") for p in pages)), "pdf", "utf-8")
