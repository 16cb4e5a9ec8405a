"""URLs of maintaining a plan after import (计划维护): add, edit, split, and what was withdrawn."""

from django.urls import path

from ..views import task_edits as views

urlpatterns = [
    path("plans/<int:pk>/tasks/add/", views.task_add, name="task_add"),
    path("tasks/<int:pk>/edit/", views.task_edit, name="task_edit"),
    path("tasks/<int:pk>/split/", views.task_split, name="task_split"),
    path("tasks/<int:pk>/restore/", views.task_restore, name="task_restore"),
    path("periods/<int:pk>/restore/", views.period_restore, name="period_restore"),
    path("withdrawn/", views.withdrawn, name="withdrawn"),
]
