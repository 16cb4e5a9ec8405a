"""Exports of engine results that need no web application (.xlsx), and the one rule every
spreadsheet writer (this, the web's .xlsx exports, any .csv) applies to a cell: ``safe_cell``."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill

from .judgement import BASIS_LABELS, FLAG_LABELS, STATUS_LABELS

_FILL = {
    "completed": "C6EFCE", "ahead": "C6EFCE", "on_track": "E2EFDA", "behind": "FFEB9C",
    "seriously_behind": "FFC7CE", "not_started": "FFC7CE", "unclear": "EDEDED",
}


# What makes a spreadsheet read a text cell as a formula or a command (=HYPERLINK(…), =cmd|…, +1+1,
# -2+3, @SUM(…)), also after leading spaces or control characters, which Excel and LibreOffice skip;
# full-width ＝＋－＠ are converted by some spreadsheets' input methods.
_FORMULA_START = re.compile(r"^[\s\x00-\x1f]*[=+\-@＝＋－＠]")


def safe_cell(value):
    """A cell value as written to .xlsx or .csv: numbers and None as they are; text without
    the control characters a spreadsheet's XML refuses, and with a leading apostrophe (shown as text,
    never evaluated) when it would start a formula.  Every export uses this one rule."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    return "'" + text if _FORMULA_START.match(text) else text


def assessments_xlsx(judged, as_of: date, path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "研判结果"
    ws.append([f"任务进展研判（截至{as_of.isoformat()}）"])
    ws["A1"].font = Font(bold=True, size=14)
    header = ["行", "任务编号", "任务", "责任单位", "进展情况", "状态", "完成率%", "序时进度%", "证据", "理由",
              "依据类型", "置信度", "需人工确认", "提示"]
    ws.append(header)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for row, a in zip(judged.rows, judged.assessments, strict=True):
        ws.append([safe_cell(v) for v in (
            a.row, a.task_id or "", row.task, row.units, row.progress, STATUS_LABELS.get(a.status, a.status),
            a.completion_pct, a.expected_pct, "；".join(e.text for e in a.evidence), a.reason,
            BASIS_LABELS.get(a.basis, a.basis), a.confidence, "是" if a.needs_person else "",
            "；".join(FLAG_LABELS.get(f, f) for f in dict.fromkeys(a.flags)),
        )])
        ws.cell(ws.max_row, 6).fill = PatternFill("solid", fgColor=_FILL.get(a.status, "FFFFFF"))
    for col, width in zip("ABCDEFGHIJKLMN", (5, 10, 50, 18, 60, 10, 9, 9, 30, 40, 10, 8, 10, 30), strict=True):
        ws.column_dimensions[col].width = width
    for r in ws.iter_rows(min_row=3):
        for cell in r:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)
    return path
