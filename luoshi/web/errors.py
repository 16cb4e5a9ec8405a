"""Error answers: branded pages in the interface language, JSON under /api/, a clear
page when the database cannot be reached, and debug pages that never show a secret.

The pages render from a standalone template (errors/page.html) without the request's
context processors, so showing an error never needs the database, the session or the
user — which may be exactly what failed."""

from __future__ import annotations

import logging
import re
import sys
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

log = logging.getLogger("luoshi.errors")

# What each status says to the person (title, explanation).
PAGES = {
    400: (gettext_lazy("请求无效"), gettext_lazy("无法处理该请求，请检查链接或表单后重试。")),
    403: (gettext_lazy("无权访问"), gettext_lazy("您的账号无权查看此页面。如需权限，请联系督查科。")),
    404: (gettext_lazy("页面不存在"), gettext_lazy("未找到该页面，可能链接有误或内容已撤回。")),
    500: (gettext_lazy("服务器内部错误"), gettext_lazy("系统出现错误，已记录在日志中。请稍后重试；如仍有问题，请联系系统管理员。")),
    409: (gettext_lazy("操作冲突"),
          gettext_lazy("同一内容刚由他人（或您在另一窗口）同时提交，本次操作未保存，已保存的内容不受影响。请刷新页面查看最新内容后再操作。")),
    503: (gettext_lazy("数据库暂时不可用"),
          gettext_lazy("系统暂时无法访问数据库（连接中断或正忙），已保存的数据不会丢失。请稍后重试；如持续出现，请联系系统管理员。")),
}
CSRF_PAGE = (gettext_lazy("页面已过期"), gettext_lazy("表单已失效（安全校验未通过），请返回刷新页面后重新提交。"))
# An outage: the server cannot reach its database (refused, timed out, file missing, locked).
DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def wants_json(request) -> bool:
    return request.path.startswith("/api/")


def error_response(request, status: int, page: tuple | None = None) -> HttpResponse:
    title, explanation = page or PAGES[status]
    if wants_json(request):
        # The API's own shape (luoshi/supervision/api.py): {"error": "<message>"}.
        response = JsonResponse({"error": str(title)}, status=status, json_dumps_params={"ensure_ascii": False})
    else:
        html = loader.get_template("errors/page.html").render(
            {"status": status, "title": title, "explanation": explanation})
        response = HttpResponse(html, status=status)
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def bad_request(request, exception=None):
    return error_response(request, 400)


def permission_denied(request, exception=None):
    return error_response(request, 403)


def page_not_found(request, exception=None):
    return error_response(request, 404)


def server_error(request):
    exc = sys.exc_info()[1]
    if isinstance(exc, DATABASE_DOWN):
        return error_response(request, 503)
    return error_response(request, 500)


def csrf_failure(request, reason=""):
    if wants_json(request):
        return JsonResponse({"error": _("CSRF 校验失败：请在 X-CSRFToken 请求头中提供 csrftoken")},
                            status=403, json_dumps_params={"ensure_ascii": False})
    return error_response(request, 403, CSRF_PAGE)


class DatabaseUnavailableMiddleware:
    """A view that cannot reach the database answers 503 with a clear page (JSON under
    /api/) instead of a 500 — with debug on too, where Django would show its own page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, IntegrityError):
            # Two requests racing for the same unique thing (the first draft, the same file):
            # the database kept one; the other is told so, not shown a 500.
            log.warning("conflicting write refused", exc_info=True, extra={"request": request, "status_code": 409})
            return error_response(request, 409)
        if not isinstance(exception, DATABASE_DOWN):
            return None
        log.error("database unavailable", exc_info=True,
                  extra={"request": request, "status_code": 503})
        # The session cannot be saved either: without it, SessionMiddleware leaves the
        # answer (and the browser's session cookie) alone instead of failing a second time.
        if hasattr(request, "session"):
            del request.session
        return error_response(request, 503)


# --- no secrets on debug pages ------------------------------------------------------------

def _secrets() -> set[str]:
    """Values that must never appear on an error page: passwords in every configured URL
    and database, the secret key, the mail password, and the URLs themselves."""
    found = {settings.SECRET_KEY, getattr(settings, "EMAIL_HOST_PASSWORD", "")}
    for db in settings.DATABASES.values():
        found.add(str(db.get("PASSWORD") or ""))
    for cache in settings.CACHES.values():
        location = cache.get("LOCATION")
        for url in location if isinstance(location, (list, tuple)) else [location]:
            if isinstance(url, str) and "@" in url:
                found.add(url)
                found.add(urlsplit(url).password or "")
    import os

    for name in ("DATABASE_URL", "LUOSHI_CACHE_URL", "REDIS_URL", "LUOSHI_SECRET_KEY", "LUOSHI_EMAIL_PASSWORD"):
        value = os.environ.get(name, "")
        found.add(value)
        if "://" in value:
            found.add(urlsplit(value).password or "")
    return {s for s in found if s and len(s) >= 4}


class SecretsHidingFilter(SafeExceptionReporterFilter):
    """Django's filter, also hiding database and cache URLs and any variable whose
    value contains a secret (e.g. a driver's connection string in a traceback frame)."""

    hidden_settings = re.compile(
        "API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE|DATABASE|URL|DSN|LOCATION|CONNINFO",
        flags=re.IGNORECASE)

    def get_traceback_frame_variables(self, request, tb_frame):
        secrets = _secrets()
        cleaned = []
        for name, value in super().get_traceback_frame_variables(request, tb_frame):
            if self.hidden_settings.search(name) or _contains(value, secrets):
                value = self.cleansed_substitute
            cleaned.append((name, value))
        return cleaned


def _contains(value, secrets: set[str]) -> bool:
    try:
        text = repr(value)
    except Exception:  # a broken __repr__ hides the value rather than the page
        return True
    return any(secret in text for secret in secrets)


class SecretsHidingReporter(ExceptionReporter):
    """The last guard: whatever the debug page would print (an exception message
    quoting a URL, a template's context), secrets are replaced before it is sent."""

    def _scrub(self, text: str) -> str:
        for secret in sorted(_secrets(), key=len, reverse=True):
            text = text.replace(secret, "********************")
        return text

    def get_traceback_html(self):
        return self._scrub(super().get_traceback_html())

    def get_traceback_text(self):
        return self._scrub(super().get_traceback_text())
