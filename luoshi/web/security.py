"""Login security: django-axes wiring (who is the client, what a login without a request means)."""

from __future__ import annotations

from axes.backends import AxesStandaloneBackend
from django.conf import settings


def client_ip(request) -> str | None:
    """The client's address for lockouts.

    Behind LUOSHI_BEHIND_PROXY trusted proxies, the address the nearest proxy saw is the
    n-th entry from the right of X-Forwarded-For (each proxy appends what it saw; entries
    further left come from the client and cannot be trusted).  Otherwise REMOTE_ADDR."""
    count = getattr(settings, "PROXY_COUNT", 0)
    if count:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' lockout check, for logins that come with a request.

    Every login over the web passes its request (Django's login form does).  A login
    without one — Django's test client, a script calling authenticate() — has no
    client address to count failures against, so there is nothing to throttle and
    the check steps aside instead of raising."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    """What a locked-out person sees (django-axes' AXES_LOCKOUT_CALLABLE): a page in the
    interface language saying why and for how long, with status 429; JSON under /api/."""
    import logging

    from django.http import JsonResponse
    from django.shortcuts import render
    from django.utils.translation import gettext as _

    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    logging.getLogger("luoshi.security").warning(
        "login locked out", extra={"request": request, "status_code": 429})
    if request.path.startswith("/api/"):
        return JsonResponse({"error": _("登录失败次数过多，请 %(minutes)s 分钟后再试") % {"minutes": minutes}},
                            status=429, json_dumps_params={"ensure_ascii": False})
    return render(request, "core/locked_out.html",
                  {"failure_limit": settings.AXES_FAILURE_LIMIT, "cooloff_minutes": minutes}, status=429)
