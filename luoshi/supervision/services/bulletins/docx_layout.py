"""A bulletin as a Word document in the 公文 layout (red rule, 仿宋 body, page numbers)."""

from __future__ import annotations

import io
import re

from ..word import set_font, set_style_font
from .render import view_model

TITLE_FONT = "方正小标宋简体"
HEI = "黑体"
FANGSONG = "仿宋_GB2312"
KAI = "楷体_GB2312"
RED = "FF0000"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _t(text) -> str:
    # XML 1.0 cannot hold control characters; a pasted narrative may contain them.
    return _CONTROL.sub("", str(text))




def _para(doc, text: str = "", font: str = FANGSONG, size: float = 16, bold: bool = False, align=None,
          indent: bool = False, colour: str | None = None, before: float = 0, after: float = 0,
          exact: float | None = 28):
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    if text:
        set_font(p.add_run(_t(text)), font, size, bold, colour)
    return p


def _red_rule(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", RED)):
        bottom.set(qn(k), v)
    border.append(bottom)
    ppr.append(border)


def _table(doc, headers: list[str], rows: list[list[str]], widths: list[float] | None = None,
           size: float = 10.5) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    # The header row repeats on every page the table runs over (tblHeader).
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(_t(text)), HEI, size)
    for values in rows:
        cells = table.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, values, strict=True)):
            p = cell.paragraphs[0]
            if i > 0 and len(str(text)) <= 6:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(_t(text)), FANGSONG, size)
    if widths is None:
        # The first column holds names; the figure columns share the rest of the 15.6 cm text width.
        first = 4.2 if len(headers) > 4 else 5.6
        widths = [first] + [(15.6 - first) / (len(headers) - 1)] * (len(headers) - 1)
    table.autofit = False
    # Word reads the cell widths, LibreOffice the grid (gridCol): set both.
    for column, w in zip(table.columns, widths, strict=False):
        column.width = Cm(w)
    for r in table.rows:
        for cell, w in zip(r.cells, widths, strict=False):
            cell.width = Cm(w)
    _para(doc, "", exact=None, after=6)


def _page_number_footer(section) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    set_font(run, "宋体", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    set_font(p.add_run(" —"), "宋体", 14)


def render_docx(content: dict) -> bytes:
    """The bulletin as .docx in 公文 layout: red 版头 with 文号 and red rule, 方正小标宋 title,
    仿宋_GB2312 三号 body at 28-point lines, 黑体 headings, tables for the figures."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    v = view_model(content)
    meta = v["meta"]
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    set_style_font(normal, FANGSONG, Pt(16))
    doc.core_properties.title = _t(meta["title"])[:200]
    doc.core_properties.subject = _t(meta["number"])[:200]
    center = WD_ALIGN_PARAGRAPH.CENTER

    # 版头: red 发文机关标志, 文号 line, red rule.
    _para(doc, "督察通报", TITLE_FONT, 42, bold=True, align=center, colour=RED, before=24, after=18, exact=None)
    p = _para(doc, meta["number"], FANGSONG, 16, align=center, exact=None, after=4)
    p = _para(doc, "", exact=None)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run(_t(meta["issuer"])), FANGSONG, 16)
    set_font(p.add_run("\t" + meta["issued_on"]), FANGSONG, 16)
    _red_rule(p)
    _para(doc, meta["title"], TITLE_FONT, 22, align=center, before=24, after=18, exact=None)

    _para(doc, "一、总体情况", HEI, 16).paragraph_format.keep_with_next = True
    _para(doc, v["summary"], indent=True)
    _table(doc, ["", "任务数", "已研判"] + v["headers"], [v["total_row"]], size=10)

    _para(doc, "二、分板块情况", HEI, 16).paragraph_format.keep_with_next = True
    _table(doc, ["板块", "任务数", "已研判"] + v["headers"], v["part_rows"], size=9)

    _para(doc, "三、各牵头单位情况", HEI, 16).paragraph_format.keep_with_next = True
    _table(doc, ["牵头单位", "任务数", "已研判"] + v["headers"], v["dept_rows"], size=9)

    _para(doc, "四、不按时报送单位", HEI, 16).paragraph_format.keep_with_next = True
    _para(doc, v["nt_summary"], indent=True)
    if v["nt_rows"]:
        _table(doc, ["单位", "未报送任务", "逾期报送任务", "合计"], v["nt_rows"], size=10)

    _para(doc, "五、进度滞后任务", HEI, 16).paragraph_format.keep_with_next = True
    if not v["lagging"]:
        _para(doc, "本期无欠进度、严重滞后或未启动的任务。", indent=True)
    for i, t in enumerate(v["lagging"], 1):
        _para(doc, f"（{i}）{t['code']} {t['name']}", KAI, 16).paragraph_format.keep_with_next = True
        _para(doc, f"牵头单位：{t['leads_text']}；研判状态：{t['status_label']}；完成度：{t['completion']}；"
                   f"序时进度：{t['expected']}。", indent=True)
        if t["reason"]:
            _para(doc, f"研判理由：{t['reason']}", indent=True)
        for e in t["evidence"]:
            p = _para(doc, "依据：", indent=True)
            set_font(p.add_run(_t(e["before"])), FANGSONG, 16)
            set_font(p.add_run(_t(e["text"])), FANGSONG, 16, bold=True)
            set_font(p.add_run(_t(e["after"])), FANGSONG, 16)

    _para(doc, "六、与上期相比", HEI, 16).paragraph_format.keep_with_next = True
    _para(doc, v["change_summary"], indent=True)
    if v["change"]:
        _table(doc, ["状态", "上期", "本期", "增减"], v["change_rows"], size=10)
        for label, rows in (("状态下滑", v["change"]["worse"]), ("状态好转", v["change"]["better"])):
            if rows:
                _para(doc, f"{label}：" + "；".join(f"{r['code']} {r['name']}（{r['before_label']}→{r['now_label']}）"
                                                    for r in rows), indent=True)

    _para(doc, "", exact=None, after=24)
    # The signature and its date stay on one page.
    _para(doc, meta["issuer"], align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.keep_with_next = True
    _para(doc, meta["issued_on"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number_footer(section)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
