"""Who may see and do what in the supervision cycle.

Roles (see ``luoshi.core.models.Role``): office (督查科: everything), reporter
(部门填报员: only tasks its own organisation leads or cooperates on, and only
its own submissions), leader (领导: reads all), statistician (统计员: reads
all, enters and locks economic figures), inspector (纪委监委: reads all and
the 督办 trail).  The public sees published pages only.  Every view and API
endpoint checks these; menus only mirror them.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q

from luoshi.core.models import Role
from luoshi.core.permissions import ALL_STAFF, role_of, role_required  # noqa: F401 - re-exported

READERS = (Role.OFFICE, Role.LEADER, Role.STATISTICIAN, Role.INSPECTOR)
BULLETIN_ROLES = (Role.OFFICE, Role.LEADER, Role.INSPECTOR)   # bulletins, their files
YEAREND_READ = (Role.OFFICE, Role.LEADER, Role.INSPECTOR)     # year-end results, their files
AUDIT_ROLES = (Role.OFFICE, Role.INSPECTOR)                    # the audit log's export
# Who may see a background job's page and download its file, by kind (its owner only, and
# only while the owner still holds a role that may read what it holds).
JOB_ROLES = {"tasks_xlsx": ALL_STAFF, "tasks_docx": ALL_STAFF, "submissions_xlsx": ALL_STAFF,
             "assessments_xlsx": ALL_STAFF, "audit_xlsx": AUDIT_ROLES,
             "bulletin_pdf": BULLETIN_ROLES, "yearend_run": YEAREND_READ}


def organisation_of(user):
    profile = getattr(user, "profile", None)
    return profile.organisation if profile else None


def visible_tasks(user, queryset):
    """The tasks of ``queryset`` this user may see."""
    role = role_of(user)
    if role in READERS:
        return queryset
    if role == Role.REPORTER:
        org = organisation_of(user)
        if org is None:
            return queryset.none()
        return queryset.filter(Q(lead=org) | Q(cooperating=org)).distinct()
    return queryset.none()


def can_see_task(user, task) -> bool:
    role = role_of(user)
    if role in READERS:
        return True
    if role == Role.REPORTER:
        org = organisation_of(user)
        return org is not None and (task.lead.filter(pk=org.pk).exists()
                                    or task.cooperating.filter(pk=org.pk).exists())
    return False


def check_task(user, task) -> None:
    if not can_see_task(user, task):
        raise PermissionDenied


def can_report_for(user, task, organisation) -> bool:
    """A reporter reports only for its own organisation on tasks it leads or cooperates on."""
    if role_of(user) != Role.REPORTER:
        return False
    org = organisation_of(user)
    return org is not None and org.pk == organisation.pk and can_see_task(user, task)
