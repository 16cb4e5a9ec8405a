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


_SIGNS = {">=": "≥", "<=": "≤", "=": "约"}


def format_target(value: float | int | None, value_high: float | int | None = None, unit: str = "",
                  comparator: str = "") -> str:
    """A target's figure as the office writes it: ≥6%, ≥6–7% (a range: both ends), ≤3–3.5%,
    约6%; "" without a value."""
    if value is None:
        return ""
    high = "" if value_high is None else f"–{format_number(value_high)}"
    return f"{_SIGNS.get(comparator, '')}{format_number(value)}{high}{unit}"


def format_indicator(metric: str, value=None, value_high=None, unit: str = "", comparator: str = "",
                     qualifier: str = "", kind: str = "") -> str:
    """One indicator in a line of text (exports, bulletins): 规上工业增加值≥6–7%; a target with no
    figure as its metric and predicate (居民收入基本同步); a place in a ranking as written
    (县域经济综合考核进入全省前十, 营商环境评价保持全市第一 — not ≤10名, 约1名)."""
    if kind == "rank" and qualifier:
        return f"{metric}{qualifier}"
    figure = format_target(value, value_high, unit, comparator)
    return f"{metric}{figure}" if figure else f"{metric}{qualifier}"
