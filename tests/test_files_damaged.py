"""A damaged .docx/.xlsx/.pdf is refused as 文件已损坏 whatever its library raises; a bug of ours while
reading one is not (issue 10 item 7: no blanket except in the engine, a bug must not pass for a damaged
file).  Each damage below makes its library raise a different error type: its own, or a built-in one
from inside its code."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from luoshi.engine.errors import ParseError, UnreadableInput
from luoshi.engine.files import check_bytes, documents, read_bytes, sheets

pytestmark = pytest.mark.engine


def _docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("某某区重点工作任务分解表")
    t = d.add_table(rows=2, cols=3)
    for j, text in enumerate(["序号", "任务名称", "牵头单位"]):
        t.cell(0, j).text = text
    for j, text in enumerate(["1", "新建学校3所", "区教育局"]):
        t.cell(1, j).text = text
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "任务名称", "牵头单位"])
    ws.append(["1", "改造老旧小区12个", "区住建局"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _pdf() -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (Progress 2024) Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def _rezip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in members.items():
            z.writestr(n, d)
    return out.getvalue()


def _edit(data: bytes, member: str, edit) -> bytes:
    m = _members(data)
    m[member] = edit(m[member])
    return _rezip(m)


def _without(data: bytes, member: str) -> bytes:
    m = _members(data)
    del m[member]
    return _rezip(m)


def _crc_broken(data: bytes, member: str) -> bytes:
    """The member's stored bytes changed, its CRC not: zipfile's BadZipFile when read."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for n, d in _members(data).items():
            z.writestr(n, d)
    raw = bytearray(out.getvalue())
    start = raw.find(member.encode()) + len(member)
    raw[start + 40] ^= 0x20
    return bytes(raw)


def _zip_version(data: bytes) -> bytes:
    """A central directory asking for a zip version zipfile does not read (NotImplementedError)."""
    raw = bytearray(data)
    raw[raw.find(b"PK\x01\x02") + 6] = 253
    return bytes(raw)


# (name, bytes, the error type the library raises on it, found by mutating such files)
DAMAGED = [
    ("docx: a part the package names is missing (zipfile KeyError)",
     lambda: _without(_docx(), "word/styles.xml"), "report.docx"),
    ("docx: its main part's relationship is missing (python-docx KeyError)",
     lambda: _edit(_docx(), "_rels/.rels", lambda b: b.replace(b"officeDocument\"", b"officeDocumenZ\"")),
     "report.docx"),
    ("docx: the body XML is broken (lxml XMLSyntaxError)",
     lambda: _edit(_docx(), "word/document.xml", lambda b: b[: len(b) // 2]), "report.docx"),
    ("docx: the main part's root is another element (python-docx hands it back as is)",
     lambda: _edit(_docx(), "word/document.xml", lambda b: b.replace(b"<w:document ", b"<w:documenZ ", 1)
                   .replace(b"</w:document>", b"</w:documenZ>")), "report.docx"),
    ("docx: a member whose bytes do not match its CRC (zipfile BadZipFile)",
     lambda: _crc_broken(_docx(), "word/document.xml"), "report.docx"),
    ("xlsx: the content types name an unknown attribute (openpyxl TypeError)",
     lambda: _edit(_xlsx(), "[Content_Types].xml", lambda b: b.replace(b"PartName=", b"PartNZme=", 1)),
     "tasks.xlsx"),
    ("xlsx: no workbook part is declared (openpyxl OSError)",
     lambda: _edit(_xlsx(), "[Content_Types].xml",
                   lambda b: re.sub(rb"<Override[^>]*sheet\.main\+xml\"/>", b"", b)), "tasks.xlsx"),
    ("xlsx: a cell points past the shared strings (openpyxl IndexError)",
     lambda: _edit(_xlsx(), "xl/worksheets/sheet1.xml",
                   lambda b: re.sub(rb'(<c r="B2"[^>]*t=")[a-zA-Z]+("[^>]*>)(?:<is>.*?</is>|<v>.*?</v>)',
                                    rb'\1s\2<v>999</v>', b, count=1)), "tasks.xlsx"),
    ("xlsx: a merge written backwards (openpyxl ValueError)",
     lambda: _edit(_xlsx(), "xl/worksheets/sheet1.xml",
                   lambda b: b.replace(b"</sheetData>", b'</sheetData><mergeCells count="1">'
                                       b'<mergeCell ref="C2:A1"/></mergeCells>')), "tasks.xlsx"),
    ("xlsx: a zip version zipfile does not read (NotImplementedError)", lambda: _zip_version(_xlsx()),
     "tasks.xlsx"),
    ("pdf: cut short (pypdf PdfStreamError/PdfReadError)", lambda: _pdf()[:200], "report.pdf"),
    ("pdf: its page tree points at itself (pypdf)",
     lambda: _pdf().replace(b"/Kids [3 0 R]", b"/Kids [2 0 R]"), "report.pdf"),
]


def test_the_undamaged_files_read():
    assert "新建学校3所" in str(read_bytes(_docx(), "report.docx").grids)
    assert "改造老旧小区12个" in str(read_bytes(_xlsx(), "tasks.xlsx").grids)
    assert "Progress 2024" in read_bytes(_pdf(), "report.pdf").text


@pytest.mark.parametrize("case, build, name", DAMAGED, ids=[c[0] for c in DAMAGED])
def test_damaged_file_is_refused_in_one_line(case, build, name):
    data = build()
    with pytest.raises(UnreadableInput) as info:
        read_bytes(data, name)
    message = str(info.value)
    assert "\n" not in message and name in message
    assert "损坏" in message or "没有可" in message or "压缩包" in message, message


def test_zip_of_unreadable_version_is_refused_before_loading_too():
    with pytest.raises(UnreadableInput):
        check_bytes(_zip_version(_docx()), "report.docx")
        read_bytes(_zip_version(_docx()), "report.docx")


def test_docx_without_a_body_has_no_readable_text():
    data = _edit(_docx(), "word/document.xml", lambda b: re.sub(rb"<w:body>.*</w:body>", b"", b, flags=re.S))
    with pytest.raises(UnreadableInput, match="没有可读取的文字"):
        read_bytes(data, "empty.docx")


# --- a bug of ours is not a damaged file ----------------------------------------------------------

@pytest.mark.parametrize("where, error", [("_docx_grid", KeyError), ("_docx_grid", AttributeError),
                                           ("_xlsx_value", TypeError), ("_xlsx_value", IndexError)])
def test_a_bug_in_our_reader_is_named_not_called_damaged(monkeypatch, where, error):
    def broken(*args, **kwargs):
        raise error("a slip of ours")

    monkeypatch.setattr(documents if where == "_docx_grid" else sheets, where, broken)
    data, name = (_docx(), "report.docx") if where == "_docx_grid" else (_xlsx(), "tasks.xlsx")
    with pytest.raises(ParseError) as info:
        read_bytes(data, name)
    assert "files." in str(info.value) and "a slip of ours" in str(info.value)
    assert isinstance(info.value.__cause__, error)


def test_an_error_of_no_library_passes_untouched(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("not a reading error")

    monkeypatch.setattr(sheets, "_xlsx_value", broken)
    with pytest.raises(RuntimeError):
        read_bytes(_xlsx(), "tasks.xlsx")


def test_the_same_builtin_error_from_inside_a_library_is_damage():
    """Guard: zipfile's KeyError for a member the package names (the type a bug of ours raises too)."""
    data = _without(_docx(), "word/styles.xml")
    with pytest.raises(UnreadableInput) as info:
        read_bytes(data, "report.docx")
    assert isinstance(info.value.__cause__, KeyError)
