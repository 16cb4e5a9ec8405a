"""Services: the application's rules, between the views and the engine."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from luoshi.engine import reader
from luoshi.engine.files import UnreadableInput
from luoshi.engine.orgs import Organisation as EngineOrganisation
from luoshi.engine.orgs import Registry

from . import audit
from .models import Organisation, OrganisationAlias, SourceDocument


class ImportRefused(Exception):
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


def import_document(data: bytes, name: str, user=None) -> ImportResult:
    """Read and store one document.  The same bytes imported twice change nothing."""
    limit = settings.LUOSHI_MAX_UPLOAD_BYTES
    if len(data) > limit:
        raise ImportRefused(f"文件过大 (file too large): {name} 超过 {limit // (1024 * 1024)} MB")
    digest = hashlib.sha256(data).hexdigest()
    existing = SourceDocument.objects.filter(sha256=digest).first()
    if existing:
        return ImportResult(existing, False)
    try:
        doc = reader.read_bytes(data, name, registry=registry(), max_bytes=limit)
    except UnreadableInput as e:
        raise ImportRefused(str(e)) from e
    with transaction.atomic():
        stored = SourceDocument.objects.create(
            name=name, sha256=digest, content=data, size=len(data), format=doc.format,
            encoding=doc.encoding, kind=doc.kind, reading=doc.to_json(),
            uploaded_by=user if getattr(user, "pk", None) else None,
        )
        _learn_organisations(doc, user)
        audit.record(user, "document.import", stored, detail={
            "name": name, "kind": doc.kind, "tables": len(doc.tables),
            "rows": sum(len(t.rows) for t in doc.tables)})
    return ImportResult(stored, True)


_UNIT_COLUMNS = ("lead", "cooperating", "units", "unit_name")


def _learn_organisations(doc, user) -> None:
    """Add every organisation a table names to the registry, under its canonical name."""
    reg = registry()
    seen: set[str] = set()
    for table in doc.tables:
        for column in _UNIT_COLUMNS:
            if column not in table.columns:
                continue
            for row in table.rows:
                for name in reg.split_list(row.get(column)):
                    if reg.looks_like_org(name):
                        seen.add(reg.normalise(name))
    existing = set(Organisation.objects.filter(name__in=seen).values_list("name", flat=True))
    aliases = set(OrganisationAlias.objects.filter(alias__in=seen).values_list("alias", flat=True))
    for name in sorted(seen - existing - aliases):
        kind = "collective" if reg.is_collective(name) else _kind_of(name)
        org = Organisation.objects.create(name=name, kind=kind)
        audit.record(user, "organisation.create", org, detail={"name": name, "source": doc.name})


def _kind_of(name: str) -> str:
    if name.endswith(("街道", "街道办事处")):
        return "street"
    if name.endswith(("公司", "集团")):
        return "company"
    if name.endswith(("法院", "检察院")):
        return "court"
    return "department"


def add_alias(organisation: Organisation, alias: str, user) -> OrganisationAlias:
    alias = alias.strip()
    if not alias:
        raise ImportRefused("别名不能为空 (alias is empty)")
    if Organisation.objects.filter(name=alias).exists() or OrganisationAlias.objects.filter(alias=alias).exists():
        raise ImportRefused(f"名称已存在 (name already in use): {alias}")
    with transaction.atomic():
        item = OrganisationAlias.objects.create(organisation=organisation, alias=alias)
        audit.record(user, "organisation.alias_add", organisation, detail={"alias": alias})
    return item
