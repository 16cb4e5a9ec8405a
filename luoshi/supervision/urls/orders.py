"""URLs of 督办 orders and the record of reminders (提醒记录)."""

from django.urls import path

from ..views import orders as views

urlpatterns = [
    path("orders/", views.orders, name="orders"),
    path("orders/<int:pk>/", views.order_detail, name="order_detail"),
    path("orders/<int:pk>/answer/", views.order_answer, name="order_answer"),
    path("orders/files/<int:pk>/", views.order_attachment, name="order_attachment"),
    path("orders/<int:pk>/close/", views.order_close, name="order_close"),
    path("orders/<int:pk>/escalate/", views.order_escalate, name="order_escalate"),
    path("orders/<int:pk>/return/", views.order_return, name="order_return"),
    path("tasks/<int:task_pk>/order/", views.order_issue, name="order_issue"),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/<int:pk>/read/", views.notification_read, name="notification_read"),
    path("notifications/read-all/", views.notifications_read_all, name="notifications_read_all"),
]
