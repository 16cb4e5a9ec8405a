"""URLs of the statistics area (统计数据)."""

from django.urls import path

from ..views import statistics as views

urlpatterns = [
    path("statistics/", views.statistics, name="statistics"),
    path("statistics/enter/", views.statistic_enter, name="statistic_enter"),
    path("statistics/<int:pk>/lock/", views.statistic_lock, name="statistic_lock"),
    path("statistics/<int:pk>/unlock/", views.statistic_unlock, name="statistic_unlock"),
]
