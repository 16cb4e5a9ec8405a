"""What every import kind shares: when a file is read (or its confirm saved) in the background, the audit reason of a
corrected version, JSON for the preview, and the units a preview or a person's correction names
(which of them the directory lacks)."""

from __future__ import annotations

from django.conf import settings

from luoshi.core.models import Organisation, OrganisationAlias
from luoshi.core.services import ImportRefused, registry

# Files larger than this are read in the background; tests lower it to 0.
DEFAULT_BACKGROUND_BYTES = 150_000
FREQUENCIES = ("monthly", "quarterly", "half_yearly", "yearly")


# Previews of more rows (or tasks) than this are confirmed by the worker, not in the request.
DEFAULT_CONFIRM_BACKGROUND_ROWS = 300


def background_bytes() -> int:
    return int(getattr(settings, "LUOSHI_IMPORT_BACKGROUND_BYTES", DEFAULT_BACKGROUND_BYTES))


def confirm_background_rows() -> int:
    return int(getattr(settings, "LUOSHI_IMPORT_CONFIRM_BACKGROUND_ROWS", DEFAULT_CONFIRM_BACKGROUND_ROWS))


def correction_reason(name: str) -> str:
    return f"导入更正版本：{name}"


def json_safe(value):
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [json_safe(v) for v in value]
    return value


def orgnames_of(text: str, reg) -> list[str]:
    """Units a person typed (区财政局、区统计局): each must look like an organisation."""
    names = []
    for part in reg.split_list(text or ""):
        if not reg.looks_like_org(part):
            raise ImportRefused(f"无法识别的单位名称：{part[:50]}")
        name = reg.normalise(part) or part
        if name not in names:
            names.append(name)
    return names


def new_units(names) -> list[tuple[str, str | None]]:
    """The names (as the engine normalised them: NFKC, invisible characters removed, aliases
    followed) that no stored organisation or alias has, each with the one stored name it may
    be a slip of: what confirming the import would create, for a person to check first."""
    reg = registry()
    canonical = {n: reg.normalise(n) or n for n in names}
    wanted = set(canonical.values())
    known = set(Organisation.objects.filter(name__in=wanted).values_list("name", flat=True))
    known |= set(OrganisationAlias.objects.filter(alias__in=wanted).values_list("alias", flat=True))
    return [(c, reg.suggest(c) if reg.suggest(c) != c else None)
            for c in sorted({c for c in canonical.values() if c not in known})]


def directory_names() -> list[str]:
    """The organisations' names a unit field offers (the directory, 单位名录), for a datalist."""
    return list(Organisation.objects.order_by("name").values_list("name", flat=True))


def unknown_in(texts) -> dict[str, list[str]]:
    """For each unit field's text (区财政局、区统计局) the parts that name no stored organisation
    or alias: confirming would create them, so the preview marks the rows that hold them."""
    reg = registry()
    split = {text: reg.split_list(text or "") for text in set(texts)}
    canonical = {p: reg.normalise(p) or p for parts in split.values() for p in parts}
    wanted = set(canonical.values())
    known = set(Organisation.objects.filter(name__in=wanted).values_list("name", flat=True))
    known |= set(OrganisationAlias.objects.filter(alias__in=wanted).values_list("alias", flat=True))
    return {text: [p for p in parts if canonical[p] not in known] for text, parts in split.items()}
