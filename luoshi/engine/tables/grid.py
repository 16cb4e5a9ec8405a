"""Tables that arrive as real grids (.docx, .xlsx, .html, .pdf) (placeholder)."""

from __future__ import annotations

from ..model import Grid, Table


def tables_from_grids(grids: list[Grid], titles: list[str], registry) -> list[Table]:
    return []
