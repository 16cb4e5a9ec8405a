"""URLs of release to the public and of withdrawing / reopening (公开发布、撤销、重新开放)."""

from django.urls import path

from ..views import lifecycle as views

urlpatterns = [
    path("plans/<int:pk>/release/", views.plan_release, name="plan_release"),
    path("plans/<int:pk>/withdraw/", views.plan_withdraw, name="plan_withdraw"),
    path("plans/<int:pk>/restore/", views.plan_restore, name="plan_restore"),
    path("periods/<int:pk>/release/", views.period_release, name="period_release"),
    path("periods/<int:pk>/withdraw/", views.period_withdraw, name="period_withdraw"),
    path("periods/<int:pk>/reopen/", views.period_reopen, name="period_reopen"),
    path("releases/<int:pk>/withdraw/", views.release_withdraw, name="release_withdraw"),
    path("tasks/<int:pk>/withdraw/", views.task_withdraw, name="task_withdraw"),
]
