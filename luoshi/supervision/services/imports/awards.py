"""Award tables (荣誉, the yearbook's lists): honour rows with the organisation each names."""

from __future__ import annotations

from django.utils.translation import gettext as _

from ...models import Honour, ImportBatch
from .. import plans
from ..honours import honour_rows


def awards_preview(batch: ImportBatch, step) -> dict:
    """Honour rows (荣誉) of an award table, with the level, year and organisation seeding gives
    them too (``services.honours.honour_rows``: one rule); rows naming no unit are counted."""
    tables = batch.document.reading.get("tables", [])
    out = []
    for h in honour_rows(tables):
        org = h.pop("organisation")
        out.append({**h, "organisation": org.name if org else "", "organisation_id": org.pk if org else None})
    if not out:
        raise plans.PlanError(_("荣誉表中未找到获奖单位"))
    skipped = sum(len(t.get("rows") or []) for t in tables) - len(out)
    already = Honour.objects.filter(document=batch.document).exists()
    return {"mode": "awards", "honours": out, "skipped": skipped, "already": already}
