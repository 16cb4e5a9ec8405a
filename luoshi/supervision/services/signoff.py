"""Head sign-off (审签): an optional step per unit between a reporter's draft and the office.

Where a unit requires it, a reporter's 提交 sends the version to the unit's head
(``Profile.is_head``) first (state ``signoff``, 待审签); the head signs it off (it is
then submitted to the office) or returns it with a comment.  A head's own 提交
goes straight to the office.  Read only: the changes are in actions/signoff.py.
"""

from __future__ import annotations

from luoshi.core.models import Role
from luoshi.core.permissions import role_of

from ..models import SignoffSetting, Submission
from ..permissions import organisation_of


def required(organisation) -> bool:
    return SignoffSetting.objects.filter(organisation=organisation, required=True).exists()


def is_head_of(user, organisation) -> bool:
    profile = getattr(user, "profile", None)
    return (role_of(user) == Role.REPORTER and profile is not None and profile.is_head
            and organisation is not None and profile.organisation_id == organisation.pk)


def needs_signoff(user, organisation) -> bool:
    """Whether this user's 提交 for ``organisation`` goes to the head first."""
    return required(organisation) and not is_head_of(user, organisation)


def awaiting(user):
    """The versions awaiting this head's sign-off (none for anyone else)."""
    org = organisation_of(user)
    if not is_head_of(user, org):
        return Submission.objects.none()
    return Submission.objects.filter(organisation=org, state="signoff")
