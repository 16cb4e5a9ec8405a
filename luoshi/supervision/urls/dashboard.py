"""URLs of the dashboard area: 驾驶舱, the task list and the task page."""

from django.urls import path

from ..views import dashboard as views

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("tasks/", views.task_list, name="task_list"),
    path("tasks/<int:pk>/", views.task_detail, name="task_detail"),
]
