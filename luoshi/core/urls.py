from django.urls import path

from . import account_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("documents/upload/", views.upload, name="upload"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("organisations/", views.organisations, name="organisations"),
    path("organisations/<int:pk>/alias/", views.add_alias, name="add_alias"),
    path("audit/", views.audit_log, name="audit"),
    # Account management (账号管理) and the user's own password.
    path("accounts/", account_views.accounts, name="accounts"),
    path("accounts/new/", account_views.account_create, name="account_create"),
    path("accounts/<int:pk>/", account_views.account_detail, name="account_detail"),
    path("accounts/<int:pk>/deactivate/", account_views.account_deactivate, name="account_deactivate"),
    path("accounts/<int:pk>/activate/", account_views.account_activate, name="account_activate"),
    path("accounts/<int:pk>/password/", account_views.account_password, name="account_password"),
    path("password/change/", account_views.PasswordChangeView.as_view(), name="password_change"),
    path("password/reset/", account_views.PasswordResetView.as_view(), name="password_reset"),
    path("password/reset/sent/", account_views.password_reset_done, name="password_reset_done"),
    path("password/reset/<uidb64>/<token>/", account_views.PasswordResetConfirmView.as_view(),
         name="password_reset_confirm"),
    path("audit/verify/", views.audit_verify, name="audit_verify"),
]
