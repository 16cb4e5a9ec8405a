"""Honours (荣誉表彰): the level and year of an award, and the honour rows of award tables.

One rule, used by the import preview and by the year-end honours alike.

Level (``honour_level``) — national, provincial, city, district or "" — from
the first source that names one:

1. the table title (2018年度上城区获国家级和部级先进集体荣誉 → national;
   …获省级和省属部门… → provincial; …获市级… → city).  A yearbook files each
   honour under the level its editors judged, so the title wins over the
   issuer (a city table may list an award a provincial trade union gave);
2. the issuer (中共中央政法委员会, 教育部 → national; 中共浙江省委 →
   provincial; 杭州市人民政府办公厅 → city; 上城区人民政府 → district);
3. the honour's own name (浙江省文明单位 → provincial, 全国五好家庭 →
   national, 杭州市十佳公务员 → city);
4. a title naming a district or county (2017年度上城区综合考评先进集体 →
   district): the district's own results list.

Year (``honour_year``) — the year the honour counts for:

1. a range in the title (2015—2017年度上城区文明单位) → its last year: the
   title is conferred when the period ends, so it counts in that year's
   assessment, never in the first year's;
2. a year in the title (2018年度…);
3. a year in the award date (2018年11月, 2018-11-05);
4. a range or a year in the honour's own name (2017年度外贸目标…奖).

The words are data (data/words.toml, ``honour.*``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from . import vocab

LEVELS = ("national", "provincial", "city", "district")
LEVEL_LABELS = {"national": "国家级", "provincial": "省级", "city": "市级", "district": "区级"}

_TITLE_LEVELS = (
    ("national", vocab.pattern("honour.national_title")),
    ("provincial", vocab.pattern("honour.provincial_title")),
    ("city", vocab.pattern("honour.city_title")),
)
_PROVINCE = vocab.pattern("honour.provincial_mark")
# 市 of a city, not of 城市 / 都市 / 超市 / 市场.
_CITY = re.compile(rf"(?<![城都超])(?:{vocab.alternation('honour.city_mark')})(?!场)")
_DISTRICT = vocab.pattern("honour.district_mark")
# A ministry (教育部, 科学技术部) names no province, city or district before it.
_MINISTRY = re.compile(r"(?:^|[、，,])[^省市区县、，,]{1,8}部(?:办公厅)?(?:[、，,]|$)")
_NATIONAL_ISSUER = re.compile(f"{vocab.pattern('honour.national_issuer').pattern}|{_MINISTRY.pattern}")

_YEAR = r"((?:19|20)\d\d)"
_RANGE = re.compile(_YEAR + r"\s*[—\-–~至到]+\s*" + _YEAR + r"\s*年")
_YEAR_NAMED = re.compile(_YEAR + r"\s*年")
_DATE_YEAR = re.compile(_YEAR + r"(?:\s*年|[-./]\d)")


def honour_level(title: str = "", issuer: str = "", honour: str = "") -> str:
    """national / provincial / city / district, or "" when nothing says (see the module docstring)."""
    title, issuer, honour = title or "", issuer or "", honour or ""
    for level, pattern in _TITLE_LEVELS:
        if pattern.search(title):
            return level
    if issuer:
        level = _admin_level(issuer, _NATIONAL_ISSUER)
        if level:
            return level
    for level, pattern in _TITLE_LEVELS[:1]:
        if pattern.search(honour):
            return level
    level = _admin_level(honour, None, district=False)
    if level:
        return level
    return "district" if _DISTRICT.search(title) else ""


def _admin_level(text: str, national: re.Pattern | None, district: bool = True) -> str:
    if national is not None and national.search(text):
        return "national"
    if _PROVINCE.search(text):
        return "provincial"
    if _CITY.search(text):
        return "city"
    if district and _DISTRICT.search(text):
        return "district"
    return ""


def honour_year(title: str = "", date: str = "", honour: str = "") -> int | None:
    """The year an honour counts for, or None (see the module docstring)."""
    title, date, honour = title or "", date or "", honour or ""
    m = _RANGE.search(title)
    if m:
        return int(m.group(2))
    m = _YEAR_NAMED.search(title)
    if m:
        return int(m.group(1))
    m = _DATE_YEAR.search(date)
    if m:
        return int(m.group(1))
    m = _RANGE.search(honour)
    if m:
        return int(m.group(2))
    m = _YEAR_NAMED.search(honour)
    return int(m.group(1)) if m else None


@dataclass
class HonourRow:
    """One row of an award table that names a unit (获奖单位), with its level and year.

    ``row`` counts every row of every table of the document (1-based), rows
    naming no unit included, so it is stable when the same document is read
    again.  ``honour`` is the honour's name, else the row's category, else
    the table title; ``category`` the category as written, else the title."""

    row: int
    unit: str
    honour: str
    person: str = ""
    issuer: str = ""
    date: str = ""
    category: str = ""
    title: str = ""
    level: str = ""
    year: int | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def honour_rows(tables) -> list[HonourRow]:
    """The honour rows of a document's tables (``model.Table`` objects or their JSON dicts)."""
    out: list[HonourRow] = []
    number = 0
    for table in tables:
        title, rows = _table_parts(table)
        for values in rows:
            number += 1
            unit = _cell(values, "unit_name")
            if not unit:
                continue
            category = _cell(values, "category")
            name = _cell(values, "honour")
            issuer, date = _cell(values, "issuer"), _cell(values, "date")
            out.append(HonourRow(
                row=number, unit=unit, honour=name or category or title, person=_cell(values, "person"),
                issuer=issuer, date=date, category=category or title, title=title,
                level=honour_level(title, issuer, name or category), year=honour_year(title, date, name)))
    return out


def _table_parts(table) -> tuple[str, list[dict]]:
    if isinstance(table, dict):
        return (table.get("title") or "").strip(), list(table.get("rows") or [])
    return (table.title or "").strip(), [row.values for row in table.rows]


def _cell(values: dict, column: str) -> str:
    return str(values.get(column) or "").strip()
