"""URLs of the public area (政务公开): published progress, no login."""

from django.urls import path

from ..views import public as views

urlpatterns = [
    path("public/", views.public_home, name="public_home"),
    path("public/plans/<int:pk>/", views.public_plan, name="public_plan"),
]
