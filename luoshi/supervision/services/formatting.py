"""Numbers as the office writes them: one formatter for pages, bulletins, exports and evidence."""

from __future__ import annotations


def format_number(value: float | int | None, places: int = 4) -> str:
    """6.0 → 6, 6.10 → 6.1, 1234567.5 → 1234567.5 (never 1.23457e+06); None → ""."""
    if value is None:
        return ""
    value = float(value)
    if value.is_integer():
        return str(int(value))
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_pct(value: float | int | None) -> str:
    """A percentage for a table cell: 49.7%; — when unknown."""
    return "—" if value is None else f"{format_number(value)}%"
