"""URLs of the JSON API (接口): /api/v1/…, the OpenAPI document and its page."""

from django.urls import path, re_path

from .. import api

urlpatterns = [
    path("api/v1/plans/", api.api_plans, name="api_plans"),
    path("api/v1/plans/<int:pk>/", api.api_plan, name="api_plan"),
    path("api/v1/tasks/", api.api_tasks, name="api_tasks"),
    path("api/v1/tasks/<int:pk>/", api.api_task, name="api_task"),
    path("api/v1/periods/", api.api_periods, name="api_periods"),
    path("api/v1/submissions/", api.api_submissions, name="api_submissions"),
    path("api/v1/submissions/<int:pk>/", api.api_submission, name="api_submission"),
    path("api/v1/assessments/", api.api_assessments, name="api_assessments"),
    path("api/v1/organisations/", api.api_organisations, name="api_organisations"),
    path("api/v1/public/plans/", api.api_public_plans, name="api_public_plans"),
    path("api/v1/public/plans/<int:pk>/", api.api_public_plan, name="api_public_plan"),
    path("api/openapi.json", api.api_openapi, name="api_openapi"),
    path("api/docs/", api.api_docs, name="api_docs"),
    # Anything else under /api/ is a JSON 404, not Django's HTML page (undocumented on purpose).
    re_path(r"^api/(?P<rest>.*)$", api.api_not_found, name="api_not_found"),
]
