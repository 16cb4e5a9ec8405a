"""URLs of the supervision application, one module per area."""

from django.urls import include, path

urlpatterns = [
    path("", include("luoshi.supervision.urls.worklist")),
    path("", include("luoshi.supervision.urls.instructions")),
    path("", include("luoshi.supervision.urls.imports")),
    path("", include("luoshi.supervision.urls.portal")),
    path("", include("luoshi.supervision.urls.review")),
    path("", include("luoshi.supervision.urls.dashboard")),
    path("", include("luoshi.supervision.urls.public")),
    path("", include("luoshi.supervision.urls.api")),
    path("", include("luoshi.supervision.urls.exports")),
    path("", include("luoshi.supervision.urls.bulletins")),
    path("", include("luoshi.supervision.urls.orders")),
    path("", include("luoshi.supervision.urls.statistics")),
    path("", include("luoshi.supervision.urls.yearend")),
    path("", include("luoshi.supervision.urls.lifecycle")),
    path("", include("luoshi.supervision.urls.task_edits")),
]
