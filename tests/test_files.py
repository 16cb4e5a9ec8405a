"""Reading files of every supported format, built for real in tmp_path."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from luoshi.engine.files import DEFAULT_MAX_BYTES, UnreadableInput, read_bytes, read_source
from luoshi.engine.tables.grid import tables_from_grids

pytestmark = pytest.mark.engine

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "luoshi" / "samples").glob("*.txt"))


# --- text formats and encodings --------------------------------------------------

@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_reads_as_utf8_exactly(sample):
    src = read_source(sample)
    assert src.format == "txt"
    assert src.encoding == "utf-8"
    assert src.text == sample.read_text(encoding="utf-8")
    assert src.grids == []


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_in_gb18030_reads_identically(sample, tmp_path):
    text = sample.read_text(encoding="utf-8")
    path = tmp_path / sample.name
    path.write_bytes(text.encode("gb18030"))
    src = read_source(path)
    assert src.encoding == "gb18030"
    assert src.text == text


def test_gbk_bytes_read_as_gb18030():
    text = "区政府各部门、各直属单位：\n地区生产总值增长5.5%以上。\n"
    src = read_bytes(text.encode("gbk"), "notice.txt")
    assert (src.text, src.encoding) == (text, "gb18030")


def test_utf8_bom_is_stripped():
    src = read_bytes("\ufeff一、总体要求\n".encode(), "a.md")
    assert src.text == "一、总体要求\n"
    assert src.encoding == "utf-8-sig"
    assert src.format == "md"


def test_line_endings_unified_and_text_otherwise_as_written():
    raw = "　　一、总体要求\r\n（一）稳增长  \r\r\n末行".encode()
    assert read_bytes(raw, "a.txt").text == "　　一、总体要求\n（一）稳增长  \n\n末行"


def test_utf16_with_bom():
    src = read_bytes("重点工作\r\n".encode("utf-16"), "a.txt")
    assert src.text == "重点工作\n"
    assert src.encoding == "utf-16"


def test_csv_gives_text_and_grid():
    text = "序号,任务名称,牵头部门\n1,新增城镇就业11000人,区人力社保局\n2,\"完成安置938套,年底交付\",区住建局\n"
    src = read_bytes(text.encode("gb18030"), "tasks.csv")
    assert src.format == "csv" and src.encoding == "gb18030"
    assert src.text == text
    assert src.grids == [[["序号", "任务名称", "牵头部门"],
                          ["1", "新增城镇就业11000人", "区人力社保局"],
                          ["2", "完成安置938套,年底交付", "区住建局"]]]
    [table] = tables_from_grids(src.grids, src.grid_titles, None)
    assert table.columns == ["seq", "task", "lead"]
    assert table.rows[1].get("task") == "完成安置938套,年底交付"


# --- .docx -------------------------------------------------------------------

def _decomposition_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("区政府各部门：")
    d.add_paragraph("现将目标任务分解如下。")
    d.add_paragraph("2019年政府工作报告目标任务分解表")
    t = d.add_table(rows=6, cols=5)
    for j, h in enumerate(["序号", "任务名称", "指标要求", "牵头部门", "配合部门"]):
        t.cell(0, j).text = h
    section = t.cell(1, 0).merge(t.cell(1, 4))           # horizontal: gridSpan=5
    section.text = "一、经济发展"
    task = t.cell(2, 1).merge(t.cell(4, 1))              # vertical: vMerge over 3 rows
    task.text = "推进老旧小区改造"
    for r, (seq, ind, lead) in enumerate([("1", "改造30个", "区住建局"), ("2", "加装电梯20台", "区住建局"),
                                         ("3", "完成率100%", "各街道")], start=2):
        t.cell(r, 0).text = seq
        t.cell(r, 2).text = ind
        t.cell(r, 3).text = lead
    t.cell(5, 0).text = "4"
    t.cell(5, 1).text = "新增城镇就业11000人"
    t.cell(5, 3).text = "区人力社保局"
    d.add_paragraph("附件2")
    d.add_paragraph("民生实事项目表")
    t2 = d.add_table(rows=2, cols=2)
    t2.cell(0, 0).text, t2.cell(0, 1).text = "项目内容", "责任单位"
    t2.cell(1, 0).text, t2.cell(1, 1).text = "新建养老服务中心", "区民政局"
    d.add_paragraph("区人民政府办公室")
    d.save(path)


def test_docx_paragraphs_in_order_tables_as_expanded_grids(tmp_path):
    path = tmp_path / "分解表.docx"
    _decomposition_docx(path)
    src = read_source(path)
    assert src.format == "docx"
    assert src.text == "\n".join(["区政府各部门：", "现将目标任务分解如下。", "2019年政府工作报告目标任务分解表",
                                  "附件2", "民生实事项目表", "区人民政府办公室"])
    assert src.grid_titles == ["2019年政府工作报告目标任务分解表", "民生实事项目表"]
    g = src.grids[0]
    assert g[1] == ["一、经济发展"] * 5                      # gridSpan repeated
    assert [row[1] for row in g[2:5]] == ["推进老旧小区改造"] * 3  # vMerge repeated
    assert all(len(row) == 5 for row in g)


def test_docx_grid_becomes_table_with_sections(tmp_path):
    path = tmp_path / "分解表.docx"
    _decomposition_docx(path)
    src = read_source(path)
    table, livelihood = tables_from_grids(src.grids, src.grid_titles, None)
    assert table.title == "2019年政府工作报告目标任务分解表"
    assert table.columns == ["section", "section_title", "seq", "task", "indicator", "lead", "cooperating"]
    assert len(table.rows) == 4
    assert table.rows[1].values == {"seq": "2", "task": "推进老旧小区改造", "indicator": "加装电梯20台",
                                    "lead": "区住建局", "cooperating": "", "section": "一、",
                                    "section_title": "经济发展"}
    assert livelihood.columns == ["task", "units"]
    assert livelihood.rows[0].get("units") == "区民政局"


def test_txt_that_is_really_docx(tmp_path):
    path = tmp_path / "分解表.docx"
    _decomposition_docx(path)
    src = read_bytes(path.read_bytes(), "renamed.txt")
    assert src.format == "docx" and len(src.grids) == 2


# --- .xlsx -------------------------------------------------------------------

def _xlsx(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["2020年上半年重点工作进展情况"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "任务名称", "责任单位", None, "完成情况"])
    ws.append([None, None, "牵头", "配合", None])
    ws.merge_cells("C2:D2")                      # 责任单位 over 牵头 | 配合
    for col in "ABE":
        ws.merge_cells(f"{col}2:{col}3")         # other headers merged down
    ws.append(["(一)稳增长"])
    ws.merge_cells("A4:E4")
    ws.append([1, "一般公共预算收入增长", "区财政局", "区税务局", 0.056])
    ws["E5"].number_format = "0.0%"
    ws.append([2, None, "区发改局", None, "完成"])
    ws.merge_cells("B5:B6")
    ws["B5"] = "一般公共预算收入增长"
    ws.append(["序号", "任务名称", "责任单位", "责任单位", "完成情况"])   # header repeated on page 2
    ws.append([3, "新增城镇就业", "区人力社保局", None, "6000人"])
    wb.create_sheet("空表")
    other = wb.create_sheet("获奖")
    other.append(["获奖单位", "荣誉称号", "颁奖单位"])
    other.append(["区财政局", "全国先进集体", "财政部"])
    wb.save(path)


def test_xlsx_sheets_to_grids_with_merges_expanded(tmp_path):
    path = tmp_path / "进展.xlsx"
    _xlsx(path)
    src = read_source(path)
    assert src.format == "xlsx"
    assert src.grid_titles == ["2020年上半年重点工作进展情况", "获奖"]   # empty sheet skipped
    assert src.text == "2020年上半年重点工作进展情况\n获奖"
    g = src.grids[0]
    assert g[0] == ["2020年上半年重点工作进展情况"] * 5
    assert g[1] == ["序号", "任务名称", "责任单位", "责任单位", "完成情况"]
    assert g[2] == ["序号", "任务名称", "牵头", "配合", "完成情况"]
    assert g[4] == ["1", "一般公共预算收入增长", "区财政局", "区税务局", "5.6%"]
    assert g[5][1] == "一般公共预算收入增长"


def test_xlsx_two_row_header_and_repeated_header(tmp_path):
    path = tmp_path / "进展.xlsx"
    _xlsx(path)
    src = read_source(path)
    table, awards = tables_from_grids(src.grids, src.grid_titles, None)
    assert table.title == "2020年上半年重点工作进展情况"
    assert table.columns == ["section", "section_title", "seq", "task", "lead", "cooperating", "progress"]
    assert table.header == ["序号", "任务名称", "责任单位/牵头", "责任单位/配合", "完成情况"]
    assert [r.get("seq") for r in table.rows] == ["1", "2", "3"]
    assert table.rows[2].values["section"] == "(一)"
    assert table.rows[2].values["section_title"] == "稳增长"
    assert awards.title == "获奖"
    assert awards.columns == ["unit_name", "honour", "issuer"]


# --- .html -------------------------------------------------------------------

HTML = """<!DOCTYPE html><html><head><title>ignored</title><style>p{color:red}</style></head>
<body><script>var x = "<p>no</p>";</script>
<table><tr><td><div class="nav">首页 &gt; 政务公开</div>
<h1>拱墅区2020年第二季度政府工作报告
 重点工作执行情况</h1>
<p>　　现将执行情况公布如下：<br>一、经济发展</p>
<table>
<tr><th>序号</th><th>项目内容</th><th colspan="2">责任单位</th><th>进展情况</th></tr>
<tr><td rowspan="2">1</td><td rowspan="2">推进老旧小区改造</td><td>区住建局</td><td>各街道</td>
    <td>已完成30个</td></tr>
<tr><td colspan="2">区城管局</td><td>正在施工</td></tr>
</table>
<p style="display:none">hidden text</p>
<p>拱墅区人民政府办公室</p>
</td></tr></table></body></html>"""


def test_html_text_and_tables_with_spans():
    src = read_bytes(HTML.encode("gb18030"), "page.htm")
    assert src.format == "html" and src.encoding == "gb18030"
    assert src.text.split("\n") == ["首页 > 政务公开", "拱墅区2020年第二季度政府工作报告 重点工作执行情况",
                                    "　　现将执行情况公布如下：", "一、经济发展", "拱墅区人民政府办公室"]
    assert src.grid_titles == ["一、经济发展"]
    assert src.grids == [[
        ["序号", "项目内容", "责任单位", "责任单位", "进展情况"],
        ["1", "推进老旧小区改造", "区住建局", "各街道", "已完成30个"],
        ["1", "推进老旧小区改造", "区城管局", "区城管局", "正在施工"],
    ]]
    [table] = tables_from_grids(src.grids, src.grid_titles, None)
    assert table.columns == ["seq", "task", "units", "units_2", "progress"]
    assert table.rows[1].get("task") == "推进老旧小区改造"


def test_html_named_xls_is_read_as_html():
    src = read_bytes(HTML.encode(), "export.xls")
    assert src.format == "html" and len(src.grids) == 1


# --- .pdf --------------------------------------------------------------------

def test_pdf_chinese_text(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "报告.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    c.drawString(72, 750, "2020年政府工作报告")
    c.drawString(72, 730, "地区生产总值增长5%左右。")
    c.showPage()
    c.setFont("STSong-Light", 12)
    c.drawString(72, 750, "民生实事项目")
    c.save()
    src = read_source(path)
    assert src.format == "pdf"
    assert src.text == "2020年政府工作报告\n地区生产总值增长5%左右。\n民生实事项目"


# --- bad input -----------------------------------------------------------------

def _unreadable(path_or_bytes, name="x.txt", **kw) -> str:
    with pytest.raises(UnreadableInput) as info:
        if isinstance(path_or_bytes, bytes):
            read_bytes(path_or_bytes, name, **kw)
        else:
            read_source(path_or_bytes, **kw)
    message = str(info.value)
    assert message and "\n" not in message
    return message


def test_missing_file(tmp_path):
    assert "file not found" in _unreadable(tmp_path / "nope.txt")


def test_directory(tmp_path):
    assert "directory" in _unreadable(tmp_path)


@pytest.mark.parametrize("data", [b"", b"  \r\n\t\n", "\ufeff　\n".encode()], ids=["zero", "ws", "bom-ws"])
def test_empty(tmp_path, data):
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    assert "empty" in _unreadable(path)


def test_binary_random_bytes_with_nuls():
    data = bytes(range(256)) * 8
    assert "binary" in _unreadable(data, "data.txt")


def test_png_header():
    data = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64)
    assert "binary" in _unreadable(data, "chart.txt")


def test_oversized(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("地区生产总值" * 100, encoding="utf-8")
    assert "too large" in _unreadable(path, max_bytes=100)
    assert "too large" in _unreadable(path.read_bytes(), "big.txt", max_bytes=100)


def test_oversized_via_env(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("地区生产总值" * 100, encoding="utf-8")
    monkeypatch.setenv("LUOSHI_MAX_BYTES", "100")
    assert "too large" in _unreadable(path)
    monkeypatch.setenv("LUOSHI_MAX_BYTES", "not a number")
    assert read_source(path).text.startswith("地区")
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_undecodable():
    assert "undecodable" in _unreadable(bytes([0x80, 0x81, 0xFF, 0x9F]) * 50)


def test_corrupt_docx_zip_garbage():
    assert "corrupt docx" in _unreadable(b"PK\x03\x04" + os.urandom(300), "report.docx")
    assert "corrupt docx" in _unreadable(os.urandom(300).replace(b"\x00", b"\x01"), "report.docx")


def test_corrupt_docx_valid_zip_bad_xml():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<not xml")
        z.writestr("word/document.xml", "<also not xml")
    assert "corrupt" in _unreadable(buf.getvalue(), "report.docx")


def test_corrupt_xlsx_and_pdf():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "garbage")
    assert "corrupt" in _unreadable(buf.getvalue(), "t.xlsx")
    assert "corrupt" in _unreadable(b"%PDF-1.4\n garbage without objects", "r.pdf")


def test_text_named_docx_is_corrupt_docx():
    assert "corrupt" in _unreadable("这不是Word文档".encode(), "report.docx")


def test_legacy_doc():
    assert "legacy" in _unreadable(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "old.doc")


@pytest.mark.parametrize("name", ["notes.rtf", "report", "app.exe"])
def test_unsupported_extension(name):
    assert "unsupported" in _unreadable("政府工作报告".encode(), name)


def test_message_is_one_line_even_with_odd_name(tmp_path):
    assert "\n" not in _unreadable(b"", "a\nb.txt")


# --- never anything but SourceText or UnreadableInput --------------------------

_PREFIXES = [b"", b"PK\x03\x04", b"%PDF-1.4\n", b"\xef\xbb\xbf", b"\xff\xfe", b"<html><table><tr><td rowspan=x>"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(_PREFIXES), body=st.binary(max_size=400),
       ext=st.sampled_from([".txt", ".md", ".csv", ".html", ".docx", ".xlsx", ".pdf", ".xls", ".bin", ""]))
def test_arbitrary_bytes_read_or_refuse_cleanly(prefix, body, ext):
    try:
        src = read_bytes(prefix + body, "f" + ext)
    except UnreadableInput as e:
        assert str(e) and "\n" not in str(e)
    else:
        assert src.text.strip() or src.grids
        assert "\r" not in src.text


# Chinese text as documents are written: Han characters, Chinese and ASCII punctuation, digits and
# Latin letters.  (Text made mostly of kana or hangul is what the reader rightly refuses as
# Shift-JIS or EUC-KR when it arrives in a legacy encoding.)
_CHINESE = st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
                     st.sampled_from(list("，。、；：？！“”‘’（）《》【】—…·％ 0123456789abcXYZ.,;:%()-")))
# A document's legacy encoding is told by how its characters are spread (about a fifth of real
# Chinese text is among the most frequent characters): arbitrary characters are drawn inside a
# real paragraph of a sample, as a document carries rare names among ordinary sentences.  A short
# text made only of rare characters is ambiguous between GB18030 and EUC-KR and is not asked here.
_REPORT = next(p for p in SAMPLES if p.name == "shangcheng-2020-work-report.txt")
_PARAGRAPH = next(line for line in _REPORT.read_text(encoding="utf-8").splitlines() if len(line) >= 80)[:80]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_CHINESE, max_size=20), st.integers(min_value=0, max_value=80))
def test_any_chinese_text_round_trips_in_both_encodings(inserted, at):
    text = _PARAGRAPH[:at] + inserted + _PARAGRAPH[at:]
    for codec, label in (("utf-8", "utf-8"), ("gb18030", "gb18030")):
        data = text.encode(codec)
        try:
            data.decode("utf-8")
            if codec == "gb18030":
                continue  # also valid UTF-8: UTF-8 rightly wins
        except UnicodeDecodeError:
            pass
        src = read_bytes(data, "t.txt")
        assert (src.text, src.encoding) == (text, label)


def test_sample_lines_round_trip_through_docx(tmp_path):
    # A real sample's lines through python-docx: paragraphs come back as written.
    import docx

    lines = SAMPLES[0].read_text(encoding="utf-8").split("\n")[:200]
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    path = tmp_path / "sample.docx"
    d.save(path)
    assert read_source(path).text == "\n".join(lines)
