"""Honours (荣誉表彰) read from award tables, for the C-class (争先创优) score.

An awards table (a yearbook's 先进集体 / 先进个人 tables, the district's own
综合考评 result lists) is read by the engine into tables whose columns include
``unit_name`` and, depending on the layout, ``honour``, ``issuer``, ``date``,
``person``, ``category``.  Each row naming a unit becomes one ``Honour``:

* ``row`` is the row's position counted through all tables of the document
  (1-based), so reading the same document again finds the same rows
  (idempotent per document and row);
* ``level`` comes from the table title when it says so (国家级/部级 → national,
  省级 → provincial, 市级 → city), else from the issuer (国家/全国/中央/中国/
  …部 → national, 省 → provincial, 市 → city, 区 → district), else district
  when the title names the district (上城区综合考评先进集体);
* ``year`` is the year of the title (2018年度…; the last of 2015—2017年度), else
  of the award date;
* ``organisation`` is set when the registry knows the unit and it is a
  department or a street — honours of schools, companies or persons' units
  that are no department are kept but count for nobody;
* a person's honour (先进个人) keeps the person in the honour text and has the
  category 先进个人, so a scheme can weigh it apart.
"""

from __future__ import annotations

import re

from luoshi.core.models import Organisation
from luoshi.core.services import registry

PERSONAL = "先进个人"
COLLECTIVE = "先进集体"
LEVELS = ("national", "provincial", "city", "district")
LEVEL_LABELS = {"national": "国家级", "provincial": "省级", "city": "市级", "district": "区级"}

_TITLE_LEVELS = [
    ("national", re.compile(r"国家级|部级|全国|国家")),
    ("provincial", re.compile(r"省级|省属|全省")),
    ("city", re.compile(r"市级|全市")),
]
_ISSUER_LEVELS = [
    ("national", re.compile(r"国家|全国|中央|中国|国务院|最高人民|共青团中央|^[^省市区]{1,8}部(?:办公厅)?(?:[、，,]|$)|人民日报")),
    ("provincial", re.compile(r"省")),
    ("city", re.compile(r"市")),
    ("district", re.compile(r"区")),
]
# Stored as "department" when first seen in a table, but no government department.
_COMPANY = re.compile(r"公司|集团|有限|银行|医院|学校|小学|中学|幼儿园")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_YEARS = re.compile(r"((?:19|20)\d\d)\s*[—\-–~至]+\s*((?:19|20)\d\d)\s*年")


def infer_level(title: str, issuer: str) -> str:
    """national / provincial / city / district, or "" when neither says."""
    for level, pattern in _TITLE_LEVELS:
        if pattern.search(title or ""):
            return level
    for level, pattern in _ISSUER_LEVELS:
        if issuer and pattern.search(issuer):
            return level
    if re.search(r"区", title or ""):
        return "district"
    return ""


def infer_year(title: str, date: str) -> int | None:
    m = _YEARS.search(title or "")
    if m:
        return int(m.group(2))
    m = _YEAR.search(title or "") or _YEAR.search(date or "")
    return int(m.group(1)) if m else None


def match_organisation(name: str, reg=None) -> Organisation | None:
    """The stored department or street a unit name stands for, through the alias registry."""
    reg = reg or registry()
    found = reg.lookup(name, fuzzy=True)
    if found is None:
        return None
    org = Organisation.objects.filter(name=found.name).first() or \
        Organisation.objects.filter(aliases__alias=found.name).first()
    if org is None or org.kind not in ("department", "street") or _COMPANY.search(org.name):
        return None
    return org
