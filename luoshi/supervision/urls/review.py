"""URLs of the office review (督查科审核), periods and target changes."""

from django.urls import path

from ..views import review

urlpatterns = [
    path("review/", review.review_queue, name="review_queue"),
    path("review/<int:pk>/", review.review_submission, name="review_submission"),
    path("review/assessments/<int:pk>/override/", review.assessment_override, name="assessment_override"),
    path("review/assessments/<int:pk>/confirm/", review.assessment_confirm, name="assessment_confirm"),
    path("review/overrides/<int:pk>/decide/", review.override_decide, name="override_decide"),
    path("periods/", review.periods, name="periods"),
    path("periods/<int:pk>/close/", review.period_close, name="period_close"),
    path("tasks/<int:pk>/target/", review.task_target, name="task_target"),
]
