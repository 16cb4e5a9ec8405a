"""Demo accounts (演示账号): one per role, with a public password — demo seeding only."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from .. import audit
from ..models import Organisation, Profile, Role
from . import action
from .organisations import do_create_organisation


@action
def do_create_demo_account(username: str, role: Role, organisation_name: str | None, password: str,
                           is_head: bool = False, *, acting_user=None):
    """The demo account ``username`` with its role and unit; an existing account keeps its password
    and e-mail, its role and unit are set again (idempotent)."""
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username, email=f"{username}@luoshi.example", is_staff=role == Role.OFFICE)
        user.set_password(password)  # the demo's public password: no validators, by design
        user.save()
        audit.record(acting_user, "user.create_demo", user, detail={"role": role.value})
    org = None
    if organisation_name:
        org = Organisation.objects.filter(name=organisation_name).first() or do_create_organisation(
            organisation_name, "department", acting_user=acting_user, source="demo")
    Profile.objects.update_or_create(user=user, defaults={"role": role, "organisation": org, "is_head": is_head})
    return user
