"""URLs of the department portal (部门填报)."""

from django.urls import path

from ..views import portal, signoff

urlpatterns = [
    path("portal/", portal.portal, name="portal"),
    path("portal/tasks/<int:task_pk>/periods/<int:period_pk>/", portal.portal_report, name="portal_report"),
    path("portal/submissions/<int:pk>/", portal.portal_submission, name="portal_submission"),
    path("portal/submissions/<int:pk>/signoff/", portal.portal_signoff, name="portal_signoff"),
    path("signoff/", signoff.signoff_settings, name="signoff_settings"),
    path("submissions/attachments/<int:pk>/", portal.submission_attachment, name="submission_attachment"),
]
