"""What every target looks through, read once while ``verify_tasks`` runs: ``_INDEXES`` and ``_indexed``.
"""

from __future__ import annotations

# --- what every target looks through -------------------------------------------------------
# Each target of a report is matched against every claim and looked for in every review sentence: what
# matching reads of each claim or sentence is read once per list while ``verify_tasks`` runs (the same list
# objects are passed for every target), and kept no longer.  Outside it, an index is built for the one call.
_INDEXES: dict | None = None


def _indexed(items: list, build):
    """``build(items)``, once per list object while ``verify_tasks`` runs."""
    cache = _INDEXES
    if cache is None:
        return build(items)
    hit = cache.get((id(items), build))
    if hit is not None and hit[0] is items:
        return hit[1]
    out = build(items)
    cache[(id(items), build)] = (items, out)
    return out
