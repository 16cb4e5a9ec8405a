"""Layout: tabbed (placeholder until implemented)."""

from __future__ import annotations

from ..model import Table


def find(text: str, registry, reference: list[str] | None = None) -> list[Table]:
    return []
