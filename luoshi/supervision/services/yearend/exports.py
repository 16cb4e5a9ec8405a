"""A year-end run as .xlsx and .docx (排名表, 明细)."""

from __future__ import annotations

from ...models import ScoringScheme
from ..exports import xlsx_bytes
from ..word import set_font
from .config import ADVANCED, MOST_IMPROVED, WINNER
from .scoring import latest_run, results

EXPORT_HEADERS = ["名次", "单位", "总分", "A 责任目标", "B 激励目标", "C 争先创优", "目标核验", "扣分", "奖项",
                  "上年名次", "进位"]


def export_rows(scheme: ScoringScheme, run: int | None = None) -> list[list]:
    rows = []
    for r in results(scheme, run):
        t = r.breakdown.get("totals", {})
        rows.append([r.rank, r.organisation.name, r.score, t.get("A"), t.get("B"), t.get("C"), t.get("verdicts"),
                     t.get("deductions"), r.award, r.breakdown.get("previous_rank"), r.breakdown.get("rank_gain")])
    return rows


def detail_rows(scheme: ScoringScheme, run: int | None = None) -> list[list]:
    """Every contribution of every unit with its source, for the second sheet."""
    rows = []
    for r in results(scheme, run):
        for item in r.breakdown.get("items", []):
            source = "；".join(f"{k}={item[k]}" for k in ("assessment", "submission", "statistic_figure", "honour",
                                                         "document", "row", "order", "year_verdict")
                              if item.get(k))
            rows.append([r.organisation.name, item.get("kind"), item.get("class", ""), item.get("task", ""),
                         item.get("label", ""), item.get("points"), source])
    return rows


def xlsx(scheme: ScoringScheme, run: int | None = None) -> bytes:
    from openpyxl import load_workbook


    data = xlsx_bytes("考核结果", EXPORT_HEADERS, export_rows(scheme, run))
    # The breakdown as a second sheet: every figure with where it came from.
    import io

    wb = load_workbook(io.BytesIO(data))
    detail = load_workbook(io.BytesIO(xlsx_bytes("得分明细", ["单位", "类别", "目标类型", "任务", "内容", "分值", "来源"],
                                                 detail_rows(scheme, run)))).active
    ws = wb.create_sheet("得分明细")
    for row in detail.iter_rows(values_only=True):
        ws.append(list(row))
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


HEI = "黑体"
FANGSONG = "仿宋_GB2312"




def docx(scheme: ScoringScheme, run: int | None = None) -> bytes:
    """The result as a Word document: title in 黑体, body and table in 仿宋."""
    import io

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(f"{scheme.plan.title}年终考核结果"), HEI, 22)
    run = run or latest_run(scheme)
    rows = export_rows(scheme, run)
    intro = d.add_paragraph()
    set_font(intro.add_run(f"考核办法：{scheme.name}（第{run}次计算），参加考核单位{len(rows)}个。"), FANGSONG, 16)
    for award in (WINNER, ADVANCED, MOST_IMPROVED):
        names = [r[1] for r in rows if award in (r[8] or "")]
        if names:
            para = d.add_paragraph()
            set_font(para.add_run(f"{award}："), HEI, 16)
            set_font(para.add_run("、".join(names)), FANGSONG, 16)
    table = d.add_table(rows=1, cols=len(EXPORT_HEADERS) - 2)
    table.style = "Table Grid"
    for cell, h in zip(table.rows[0].cells, EXPORT_HEADERS[:-2], strict=True):
        set_font(cell.paragraphs[0].add_run(h), HEI, 10.5)
    for row in rows:
        cells = table.add_row().cells
        for cell, v in zip(cells, row[:-2], strict=True):
            set_font(cell.paragraphs[0].add_run("" if v is None else str(v)), FANGSONG, 10.5)
    note = d.add_paragraph()
    set_font(note.add_run("说明：各项得分的来源（研判结果、报送、荣誉表彰、督办单、目标核验）见系统得分明细及Excel导出的“得分明细”表。"),
          FANGSONG, 12)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()
