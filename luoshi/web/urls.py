from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("login/", auth_views.LoginView.as_view(template_name="core/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("luoshi.core.urls")),
    path("", include("luoshi.supervision.urls")),
]

# Branded pages in the interface language; JSON under /api/ (luoshi/web/errors.py).
handler400 = "luoshi.web.errors.bad_request"
handler403 = "luoshi.web.errors.permission_denied"
handler404 = "luoshi.web.errors.page_not_found"
handler500 = "luoshi.web.errors.server_error"
