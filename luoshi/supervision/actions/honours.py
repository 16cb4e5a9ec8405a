"""Honours (荣誉) from an awards table: stored once per (document, row), counted for C-class targets."""

from __future__ import annotations

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.models import SourceDocument

from ..models import Honour
from ..services.honours import honour_rows


@action
def do_import_honours(document: SourceDocument, *, acting_user) -> list[Honour]:
    """The honours of an awards table, stored once per (document, row)."""
    existing = {h.row: h for h in Honour.objects.filter(document=document)}
    out: list[Honour] = []
    made = 0
    for fields in honour_rows(document.reading.get("tables", [])):
        if fields["row"] in existing:
            out.append(existing[fields["row"]])
            continue
        out.append(Honour.objects.create(
            document=document, row=fields["row"], year=fields["year"], unit_name=fields["unit"],
            organisation=fields["organisation"], honour=fields["honour"], issuer=fields["issuer"],
            level=fields["level"], category=fields["category"]))
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
