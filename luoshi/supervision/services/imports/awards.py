"""Award tables (荣誉, the yearbook's lists): honour rows with the organisation each names."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from luoshi.core.models import Organisation
from luoshi.core.services import registry

from ...models import Honour, ImportBatch
from .. import plans

_LEVELS = (("national", re.compile(r"国家级|部级|全国|国家")), ("provincial", re.compile(r"省")),
           ("city", re.compile(r"市级|市")), ("district", re.compile(r"区")))


def _level(title: str) -> str:
    for level, pattern in _LEVELS:
        if pattern.search(title or ""):
            return level
    return ""


def _year_of(*texts: str) -> int | None:
    for text in texts:
        m = re.search(r"(20\d\d|19\d\d)\s*(?:年|—|-)", text or "")
        if m:
            return int(m.group(1))
    return None


def _organisation_for(name: str, reg) -> Organisation | None:
    canonical = reg.normalise(name) or name
    return (Organisation.objects.filter(name=canonical).first()
            or Organisation.objects.filter(aliases__alias=canonical).first())


def awards_preview(batch: ImportBatch, step) -> dict:
    """Honour rows (荣誉) of an award table: rows naming a unit; rows naming only a
    person are counted, not kept (an honour here belongs to an organisation)."""
    reg = registry()
    out, skipped, number = [], 0, 0
    tables = batch.document.reading.get("tables", [])
    for table in tables:
        for row in table.get("rows", []):
            number += 1
            unit = (row.get("unit_name") or "").strip()
            if not unit:
                skipped += 1
                continue
            org = _organisation_for(unit, reg)
            honour = (row.get("honour") or "").strip()
            person = (row.get("person") or "").strip()
            if person:
                honour = f"{honour}（{person}）" if honour else person
            out.append({
                "row": number, "unit": unit[:300], "honour": honour[:300],
                "issuer": (row.get("issuer") or "").strip()[:200], "date": (row.get("date") or "").strip(),
                "category": ((row.get("category") or "").strip() or table.get("title", ""))[:200],
                "level": _level(table.get("title", "")),
                "year": _year_of(row.get("date", ""), table.get("title", "")),
                "organisation": org.name if org else "", "organisation_id": org.pk if org else None,
            })
    if not out:
        raise plans.PlanError(_("荣誉表中未找到获奖单位"))
    already = Honour.objects.filter(document=batch.document).exists()
    return {"mode": "awards", "honours": out, "skipped": skipped, "already": already}
