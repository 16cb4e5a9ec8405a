"""Layout: flat (placeholder until implemented)."""

from __future__ import annotations

from ..model import Table


def find(text: str, registry) -> list[Table]:
    return []
