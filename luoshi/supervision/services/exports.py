"""Exports (导出): any list to .xlsx; shared by every area's list pages."""

from __future__ import annotations

import io
from urllib.parse import quote

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def xlsx_bytes(title: str, headers: list[str], rows: list[list]) -> bytes:
    """One sheet: a bold header row, wrapped text, frozen header."""
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31] or "Sheet1"
    ws.append([str(h) for h in headers])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F0E6E6")
    for row in rows:
        ws.append([_cell(v) for v in row])
    for column in ws.columns:
        width = max((len(str(c.value or "")) for c in column[:200]), default=8)
        ws.column_dimensions[column[0].column_letter].width = min(60, max(8, width * 1.6))
        for c in column[1:]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    # A leading = + - @ would make a spreadsheet formula of user text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def download(data: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return response


def xlsx_response(filename: str, headers: list[str], rows: list[list], title: str = "") -> HttpResponse:
    return download(xlsx_bytes(title or filename.rsplit(".", 1)[0], headers, rows), filename, XLSX)
