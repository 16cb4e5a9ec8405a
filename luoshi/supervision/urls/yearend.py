"""URLs of the year-end assessment (年终考核)."""

from django.urls import path

from ..views import yearend as views

urlpatterns = [
    path("yearend/", views.yearend, name="yearend"),
    path("yearend/schemes/", views.yearend_scheme_create, name="yearend_scheme_create"),
    path("yearend/schemes/<int:pk>/edit/", views.yearend_scheme_edit, name="yearend_scheme_edit"),
    path("yearend/schemes/<int:pk>/run/", views.yearend_run, name="yearend_run"),
    path("yearend/verify/", views.yearend_verify, name="yearend_verify"),
    path("yearend/schemes/<int:pk>/export.xlsx", views.yearend_xlsx, name="yearend_xlsx"),
    path("yearend/schemes/<int:pk>/export.docx", views.yearend_docx, name="yearend_docx"),
]
