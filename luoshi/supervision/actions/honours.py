"""Honours (荣誉) from an awards table: stored once per (document, row), counted for C-class targets."""

from __future__ import annotations

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.models import SourceDocument
from luoshi.core.services import registry

from ..models import Honour
from ..services.honours import COLLECTIVE, PERSONAL, infer_level, infer_year, match_organisation


@action
def do_import_honours(document: SourceDocument, *, acting_user) -> list[Honour]:
    """The honours of an awards table, stored once per (document, row)."""
    reg = registry()
    existing = {h.row: h for h in Honour.objects.filter(document=document)}
    out: list[Honour] = []
    made = 0
    number = 0
    for table in document.reading.get("tables", []):
        columns = table.get("columns", [])
        title = (table.get("title") or "").strip()
        for row in table.get("rows", []):
            number += 1
            if "unit_name" not in columns:
                continue
            unit = (row.get("unit_name") or "").strip()
            if not unit:
                continue
            if number in existing:
                out.append(existing[number])
                continue
            person = (row.get("person") or "").strip()
            honour = (row.get("honour") or "").strip() or (row.get("category") or "").strip() or title
            if person:
                honour = f"{honour}（{person}）"
            issuer = (row.get("issuer") or "").strip()
            category = PERSONAL if person else ((row.get("category") or "").strip() or COLLECTIVE)
            h = Honour.objects.create(
                document=document, row=number, year=infer_year(title, row.get("date") or ""),
                unit_name=unit[:300], organisation=match_organisation(unit, reg), honour=honour[:300],
                issuer=issuer[:200], level=infer_level(title, issuer), category=category[:200])
            out.append(h)
            made += 1
    if made:
        audit.record(acting_user, "honour.import", document, detail={"document": document.name, "honours": made})
    return out


@action
def do_seed_honours(*, acting_user) -> list[Honour]:
    """Honours of every stored awards table (demo: the yearbook sample); idempotent."""
    out: list[Honour] = []
    for document in SourceDocument.objects.filter(kind="awards_table").defer("content").order_by("id"):
        out += do_import_honours(document, acting_user=acting_user)
    return out
