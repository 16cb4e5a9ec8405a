"""URLs of the import area (导入): upload, preview, status, confirm, cancel."""

from django.urls import path

from ..views import imports

urlpatterns = [
    path("import/", imports.import_start, name="import_start"),
    path("import/<int:pk>/", imports.import_preview, name="import_preview"),
    path("import/<int:pk>/status.json", imports.import_status, name="import_status"),
    path("import/<int:pk>/confirm/", imports.import_confirm, name="import_confirm"),
    path("import/<int:pk>/kind/", imports.import_kind, name="import_kind"),
    path("import/<int:pk>/cancel/", imports.import_cancel, name="import_cancel"),
]
