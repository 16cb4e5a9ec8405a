"""URLs of the exports (导出): /exports/<list>.xlsx and the task list as .docx."""

from django.urls import path

from ..views import exports

urlpatterns = [
    path("exports/tasks.xlsx", exports.export_tasks_xlsx, name="export_tasks_xlsx"),
    path("exports/tasks.docx", exports.export_tasks_docx, name="export_tasks_docx"),
    path("exports/submissions.xlsx", exports.export_submissions_xlsx, name="export_submissions_xlsx"),
    path("exports/assessments.xlsx", exports.export_assessments_xlsx, name="export_assessments_xlsx"),
    path("exports/missing.xlsx", exports.export_missing_xlsx, name="export_missing_xlsx"),
    path("exports/organisations.xlsx", exports.export_organisations_xlsx, name="export_organisations_xlsx"),
    path("exports/audit.xlsx", exports.export_audit_xlsx, name="export_audit_xlsx"),
    path("exports/jobs/<int:pk>/", exports.export_job, name="export_job"),
    path("exports/jobs/<int:pk>/status.json", exports.export_job_status, name="export_job_status"),
    path("exports/jobs/<int:pk>/download/", exports.export_job_download, name="export_job_download"),
]
