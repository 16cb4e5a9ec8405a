"""Services: the application's rules between the views and the engine (reading, never writing).

Writes are actions (luoshi/core/actions/)."""

from __future__ import annotations

from dataclasses import dataclass

from luoshi.engine.api import Organisation as EngineOrganisation
from luoshi.engine.api import Registry

from .actions import ActionRefused
from .models import Organisation, SourceDocument


class ImportRefused(ActionRefused):
    """An upload that cannot be imported; the message is shown to the user as is."""


@dataclass
class ImportResult:
    document: SourceDocument
    created: bool


def registry() -> Registry:
    """The engine's registry extended with the organisations stored in the database."""
    reg = Registry.default()
    for org in Organisation.objects.prefetch_related("aliases"):
        reg.add(EngineOrganisation(org.name, [a.alias for a in org.aliases.all()], org.kind))
    return reg


def kind_of(name: str) -> str:
    """The kind of an organisation its name says (street, company, court; a department by default)."""
    if name.endswith(("街道", "街道办事处")):
        return "street"
    if name.endswith(("公司", "集团")):
        return "company"
    if name.endswith(("法院", "检察院")):
        return "court"
    return "department"
