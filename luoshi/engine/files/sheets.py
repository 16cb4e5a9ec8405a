"""Grids: .csv text and .xlsx sheets read into rectangular grids (merged cells repeated, a sheet's title
from a merged title row), and the zip containers' checks before a library loads them."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime, time

from .. import limits as _limits
from ..limits import Limits, refuse
from ..model import Grid, SourceText


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
