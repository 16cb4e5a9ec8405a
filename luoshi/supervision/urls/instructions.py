"""URLs of leaders' instructions (领导批示)."""

from django.urls import path

from ..views import instructions

urlpatterns = [
    path("tasks/<int:pk>/instruction/", instructions.task_instruction, name="task_instruction"),
    path("orders/<int:pk>/instruction/", instructions.order_instruction, name="order_instruction"),
]
