"""Organisations (单位) and their aliases (别名)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from luoshi.engine.api import Organisation as EngineOrganisation
from luoshi.engine.api import Registry

from .. import audit
from ..models import Organisation, OrganisationAlias
from ..services import ImportRefused, kind_of, registry
from . import action


@action
def do_create_organisation(name: str, kind: str, *, acting_user, source: str = "") -> Organisation:
    """A new organisation under its canonical name."""
    org = Organisation.objects.create(name=name, kind=kind)
    detail = {"name": name, "source": source} if source else {"name": name}
    audit.record(acting_user, "organisation.create", org, detail=detail)
    return org


def organisation_for(name: str, *, acting_user, reg: Registry | None = None) -> Organisation:
    """The stored organisation for a name the engine normalises, created (and recorded) when new.

    Pass ``reg`` when naming many: building the registry reads every stored name."""
    reg = reg or registry()
    canonical = reg.normalise(name) or name
    org = Organisation.objects.filter(name=canonical).first()
    if org is None:
        org = Organisation.objects.filter(aliases__alias=canonical).first()
    if org is None:
        kind = "collective" if reg.is_collective(canonical) else kind_of(canonical)
        org = do_create_organisation(canonical, kind, acting_user=acting_user)
        reg.add(EngineOrganisation(canonical, [], kind))
    return org


def organisations_for(names, *, acting_user, reg: Registry | None = None) -> dict[str, Organisation]:
    """``organisation_for`` of many names at once: {name: organisation}, two queries for
    the names already stored (by name, then by alias), one action per new name."""
    reg = reg or registry()
    canonical = {n: reg.normalise(n) or n for n in set(names)}
    wanted = set(canonical.values())
    found = {o.name: o for o in Organisation.objects.filter(name__in=wanted)}
    rest = wanted - found.keys()
    if rest:
        for alias in (OrganisationAlias.objects.filter(alias__in=rest).select_related("organisation")
                      .order_by("organisation__name")):
            found.setdefault(alias.alias, alias.organisation)
    out = {}
    for name, canon in sorted(canonical.items()):
        if canon not in found:
            found[canon] = organisation_for(canon, acting_user=acting_user, reg=reg)
        out[name] = found[canon]
    return out


@action
def do_add_organisation_alias(organisation: Organisation, alias: str, *, acting_user) -> OrganisationAlias:
    """Another name (别名) for an organisation; a name already in use is refused."""
    alias = alias.strip()
    if not alias:
        raise ImportRefused(_("别名不能为空"))
    if Organisation.objects.filter(name=alias).exists() or OrganisationAlias.objects.filter(alias=alias).exists():
        raise ImportRefused(_("名称已存在：%(alias)s") % {"alias": alias})
    item = OrganisationAlias.objects.create(organisation=organisation, alias=alias)
    audit.record(acting_user, "organisation.alias_add", organisation, detail={"alias": alias})
    return item
