"""Who may do what.  Checked in every view, not only hidden in menus."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from .models import Role


def role_of(user) -> str | None:
    if not user.is_authenticated:
        return None
    if user.is_superuser:
        return Role.OFFICE
    profile = getattr(user, "profile", None)
    return profile.role if profile else None


def role_required(*roles: str):
    """Allow only users whose role is one of ``roles`` (login first)."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if role_of(request.user) not in roles:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


ALL_STAFF = (Role.OFFICE, Role.REPORTER, Role.LEADER, Role.STATISTICIAN, Role.INSPECTOR)


# --- source documents (来源文件) -----------------------------------------------------------
# The office, leaders and inspectors read every imported document in full.  Everyone else
# (a department's reporter, the statistics bureau) reads only the table rows that name its
# own organisation: a progress table holds other departments' narratives and figures.  A
# government work report is addressed to everyone (it was read out to the congress), so its
# outline is shown to all staff.
FULL_DOCUMENT_READERS = (Role.OFFICE, Role.LEADER, Role.INSPECTOR)
OPEN_KINDS = ("work_report",)
UNIT_COLUMNS = ("lead", "cooperating", "units", "unit_name")


def reads_documents_in_full(user) -> bool:
    return role_of(user) in FULL_DOCUMENT_READERS


def _own_names(user, registry) -> set[str]:
    profile = getattr(user, "profile", None)
    org = profile.organisation if profile else None
    if org is None:
        return set()
    return {registry.normalise(org.name), org.name, *(a.alias for a in org.aliases.all())}


def own_rows(user, table: dict, registry) -> list[dict]:
    """The rows of a stored table that name the user's own organisation in a unit column."""
    names = _own_names(user, registry)
    if not names:
        return []
    columns = [c for c in UNIT_COLUMNS if c in table.get("columns", [])]
    rows = []
    for row in table.get("rows", []):
        units = {registry.normalise(n) for c in columns for n in registry.split_list(row.get(c) or "")}
        if units & names:
            rows.append(row)
    return rows


def visible_reading(user, document, registry) -> dict | None:
    """What of ``document.reading`` the user may see: all of it, its own rows, or None."""
    reading = document.reading or {}
    if reads_documents_in_full(user):
        return reading
    tables = []
    for table in reading.get("tables", []):
        rows = own_rows(user, table, registry)
        if rows:
            tables.append({**table, "rows": rows})
    open_kind = document.kind in OPEN_KINDS
    if not tables and not open_kind:
        return None
    return {"tables": tables, "sections": reading.get("sections", []) if open_kind else [],
            "sentences": reading.get("sentences", []) if open_kind else []}
