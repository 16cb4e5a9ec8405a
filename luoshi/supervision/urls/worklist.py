"""URL of the work list (待办), where each role lands after login."""

from django.urls import path

from ..views import worklist

urlpatterns = [
    path("todo/", worklist.worklist_view, name="worklist"),
]
