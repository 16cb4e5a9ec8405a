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
