"""In-app notices (站内提醒): which reminders a person sees, and which of them it has read.

The office and inspectors see every notice; anyone else what was sent to them or to their unit
(a unit's notice without a recipient).  Read is per person (NotificationRead)."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from luoshi.core.models import Role
from luoshi.core.permissions import role_of

from ..models import Notification, NotificationRead
from ..permissions import organisation_of


def sees_everything(user) -> bool:
    return role_of(user) in (Role.OFFICE, Role.INSPECTOR)


def visible_to(user) -> QuerySet[Notification]:
    """The notices ``user`` may see, each annotated with ``is_read`` (by this person)."""
    qs = Notification.objects.all()
    if not sees_everything(user):
        mine = Q(recipient=user)
        org = organisation_of(user)
        if org is not None:
            mine |= Q(organisation=org, recipient__isnull=True)
        qs = qs.filter(mine)
    return qs.annotate(is_read=Exists(NotificationRead.objects.filter(notification=OuterRef("pk"), user=user)))


def unread(user) -> QuerySet[Notification]:
    return visible_to(user).filter(is_read=False)
