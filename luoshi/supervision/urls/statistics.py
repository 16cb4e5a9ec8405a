"""URLs of the statistics area (统计数据)."""

from django.urls import path

from ..views import statistics as views

urlpatterns = [
    path("statistics/", views.statistics, name="statistics"),
    path("statistics/enter/", views.statistic_enter, name="statistic_enter"),
    path("statistics/<int:pk>/lock/", views.statistic_lock, name="statistic_lock"),
    path("statistics/<int:pk>/unlock/", views.statistic_unlock, name="statistic_unlock"),
    path("statistics/metrics/", views.statistic_metrics, name="statistic_metrics"),
    path("statistics/metrics/pick/", views.statistic_metric_pick, name="statistic_metric_pick"),
    path("statistics/metrics/define/", views.statistic_metric_define, name="statistic_metric_define"),
    path("statistics/metrics/<int:pk>/withdraw/", views.statistic_metric_withdraw, name="statistic_metric_withdraw"),
]
