"""Honours (荣誉表彰) read from award tables, for the C-class (争先创优) score.

An awards table (a yearbook's 先进集体 / 先进个人 tables, the district's own
综合考评 result lists) is read by the engine into tables whose columns include
``unit_name`` and, depending on the layout, ``honour``, ``issuer``, ``date``,
``person``, ``category``.  ``honour_rows`` turns each row naming a unit into the
fields of one ``Honour``, for the import preview and for seeding alike:

* ``row`` is the row's position counted through all tables of the document
  (1-based), so reading the same document again finds the same rows
  (idempotent per document and row);
* ``level`` and ``year`` are the engine's one rule (``api.honour_level``,
  ``api.honour_year``; luoshi/engine/honours.py says how);
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
from luoshi.engine import api

PERSONAL = "先进个人"
LEVEL_LABELS = api.LEVEL_LABELS

# Stored as "department" when first seen in a table, but no government department.
_COMPANY = re.compile(r"公司|集团|有限|银行|医院|学校|小学|中学|幼儿园")


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


def honour_rows(tables: list[dict], reg=None) -> list[dict]:
    """The ``Honour`` fields of each row of a document's award tables (their JSON) that names a unit."""
    reg = reg or registry()
    out = []
    for r in api.honour_rows(tables):
        out.append({
            "row": r.row, "unit": r.unit[:300],
            "honour": (f"{r.honour}（{r.person}）" if r.person else r.honour)[:300],
            "issuer": r.issuer[:200], "date": r.date,
            "category": (PERSONAL if r.person else r.category)[:200],
            "level": r.level, "year": r.year, "organisation": match_organisation(r.unit, reg),
        })
    return out
