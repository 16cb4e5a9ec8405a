from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("documents/upload/", views.upload, name="upload"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("organisations/", views.organisations, name="organisations"),
    path("organisations/<int:pk>/alias/", views.add_alias, name="add_alias"),
    path("audit/", views.audit_log, name="audit"),
]
