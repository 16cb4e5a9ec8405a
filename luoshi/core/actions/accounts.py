"""Account management (账号管理): create, change, deactivate (never delete), reset passwords.

Django's own auth machinery underneath (User, Profile, the configured password
validators); each action writes its audit event in the same transaction.  A password
never appears in an audit event.
"""

from __future__ import annotations

from axes.utils import reset as reset_lockout
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .. import audit
from ..models import Organisation, Profile, Role
from . import ActionRefused, action


class AccountError(ActionRefused):
    """A change to an account refused; the message is shown to the user as is."""


def _check_role(role: str, organisation: Organisation | None) -> None:
    if role not in Role.values:
        raise AccountError(_("未知角色：%(role)s") % {"role": role})
    if role == Role.REPORTER and organisation is None:
        raise AccountError(_("部门填报员必须指定所属单位"))


def _check_password(password: str, user) -> None:
    try:
        validate_password(password, user)
    except ValidationError as e:
        raise AccountError(" ".join(e.messages)) from e


def _describe(user) -> dict:
    profile = getattr(user, "profile", None)
    return {
        "username": user.username, "full_name": user.first_name, "email": user.email,
        "role": profile.role if profile else "", "is_head": bool(profile and profile.is_head),
        "organisation": profile.organisation.name if profile and profile.organisation else "",
        "active": user.is_active,
    }


@action
def do_create_user(*, acting_user, username: str, role: str, organisation: Organisation | None = None,
                   full_name: str = "", email: str = "", is_head: bool = False,
                   password: str | None = None):
    """A new account.  Without a password it cannot log in until one is set or reset by e-mail."""
    User = get_user_model()
    username = (username or "").strip()
    if not username:
        raise AccountError(_("用户名不能为空"))
    if User.objects.filter(username__iexact=username).exists():
        raise AccountError(_("用户名已存在：%(name)s") % {"name": username})
    _check_role(role, organisation)
    user = User(username=username, first_name=full_name.strip(), email=email.strip(),
                is_staff=False)
    if password:
        _check_password(password, user)
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    Profile.objects.create(user=user, role=role, organisation=organisation, is_head=is_head)
    audit.record(acting_user, "user.create", user, detail={**_describe(user), "password_set": bool(password)})
    return user


@action
def do_change_user(user, *, acting_user, role: str, organisation: Organisation | None,
                   full_name: str | None = None, email: str | None = None, is_head: bool = False):
    """Role, unit, head-of-unit flag, name and e-mail; the audit event holds before and after."""
    _check_role(role, organisation)
    before = _describe(user)
    if role != Role.OFFICE and before["role"] == Role.OFFICE and user.is_active:
        _refuse_last_office(user)
    if full_name is not None:
        user.first_name = full_name.strip()
    if email is not None:
        user.email = email.strip()
    user.save(update_fields=["first_name", "email"])
    Profile.objects.update_or_create(user=user, defaults={
        "role": role, "organisation": organisation, "is_head": is_head})
    user.refresh_from_db()
    after = _describe(user)
    changed = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
    if changed:
        audit.record(acting_user, "user.change", user, detail={"username": user.username, "changed": changed})
    return user


def _refuse_last_office(user) -> None:
    User = get_user_model()
    others = User.objects.filter(is_active=True).exclude(pk=user.pk).filter(
        profile__role=Role.OFFICE).exists() or User.objects.filter(
        is_active=True, is_superuser=True).exclude(pk=user.pk).exists()
    if not others:
        raise AccountError(_("不能停用或降级最后一个督查科管理员账号"))


@action
def do_deactivate_user(user, reason: str = "", *, acting_user):
    """Deactivate (停用): the account can no longer log in and its sessions end; nothing is deleted."""
    if getattr(acting_user, "pk", None) == user.pk:
        raise AccountError(_("不能停用自己的账号"))
    if not user.is_active:
        return user
    if user.is_superuser or (getattr(user, "profile", None) and user.profile.role == Role.OFFICE):
        _refuse_last_office(user)
    user.is_active = False
    user.save(update_fields=["is_active"])
    audit.record(acting_user, "user.deactivate", user, detail={"username": user.username, "reason": reason})
    return user


@action
def do_activate_user(user, *, acting_user):
    """Re-enable a deactivated account (启用)."""
    if user.is_active:
        return user
    user.is_active = True
    user.save(update_fields=["is_active"])
    audit.record(acting_user, "user.activate", user, detail={"username": user.username})
    return user


@action
def do_reset_user_password(user, password: str, *, acting_user):
    """The office sets a new password (重置密码), under the configured validators; the
    account's other sessions end (Django ties sessions to the password hash) and a login
    lockout on it is lifted."""
    _check_password(password, user)
    user.set_password(password)
    user.save(update_fields=["password"])
    audit.record(acting_user, "user.password_reset", user, detail={"username": user.username})
    reset_lockout(username=user.username)
    return user


@action
def do_change_own_password(user, password: str, how: str = "self", *, acting_user):
    """A user's own new password, from Django's password-change or e-mail reset form (which
    already applied the validators); ``how`` says which."""
    user.set_password(password)
    user.save(update_fields=["password"])
    audit.record(acting_user, "user.password_change", user, detail={"username": user.username, "how": how})
    reset_lockout(username=user.username)
    return user
