"""What the audit log records without any view asking: logins, failed logins,
lockouts (django-axes), logouts, downloads and exports, and refused requests.

Connected in ``CoreConfig.ready``; the middleware sits after authentication in
settings.MIDDLEWARE.  A failure to record one of these (the database briefly
unavailable) is logged, never turned into a failed login or a 500.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError

from . import audit

log = logging.getLogger("luoshi.audit")


def _client(request) -> dict:
    if request is None:
        return {}
    from luoshi.web.security import client_ip

    return {"ip": client_ip(request) or "", "path": request.path[:300]}


def _safely(actor, action: str, detail: dict) -> None:
    try:
        audit.record(actor, action, object_type="session", detail=detail)
    except DatabaseError as e:
        log.error("audit event %s not recorded: %s", action, e)


def logged_in(sender, request, user, **kwargs):
    _safely(user, "auth.login", _client(request))


def logged_out(sender, request, user, **kwargs):
    if user is not None:
        _safely(user, "auth.logout", _client(request))


def login_failed(sender, credentials, request=None, **kwargs):
    # The name typed, not a user: a failed login proves nothing about who tried.
    username = str((credentials or {}).get("username", ""))[:150]
    _safely("anonymous", "auth.login_failed", {"username": username, **_client(request)})


def locked_out(sender, request=None, username=None, ip_address=None, **kwargs):
    _safely("anonymous", "auth.lockout", {"username": str(username or "")[:150], **_client(request),
                                          "ip": ip_address or ""})


def schema_guard(sender, using="default", **kwargs):
    """After every migrate: the append-only triggers are in place (a later migration
    that rebuilds the table on SQLite would otherwise drop them)."""
    from django.db import connections

    audit.install_guard(connections[using])


class AuditAccessMiddleware:
    """Records each download or export (a response sent as an attachment) by a
    signed-in user, and every refused request (403)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        status = response.status_code
        if status != 403 and not response.get("Content-Disposition", "").startswith("attachment"):
            return response     # the common case: no user loaded, nothing written
        user = getattr(request, "user", None)
        try:
            signed_in = user is not None and user.is_authenticated
        except DatabaseError:   # the session could not be read: an outage page is on its way
            return response
        if status == 403:
            _safely(user if signed_in else "anonymous", "access.denied",
                    {"method": request.method, **_client(request)})
        elif signed_in and 200 <= status < 300:
            filename = response.get("Content-Disposition", "")[:300]
            _safely(user, "export.download", {"method": request.method, **_client(request),
                                              "disposition": filename})
        return response
