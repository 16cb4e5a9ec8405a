"""Chinese first: the interface language is the user's explicit choice (the
language cookie set by the switcher), otherwise zh-hans — never the
browser's Accept-Language, which on many government PCs says English.

Sessions renewed a few times an hour instead of written on every request."""

import time

from django.conf import settings
from django.utils import translation


class ChineseFirstLocaleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.codes = {code for code, _ in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.codes else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class SessionRenewalMiddleware:
    """The idle timeout slides (a session ends ``SESSION_COOKIE_AGE`` after the last request)
    without writing the session on every request: Django's SESSION_SAVE_EVERY_REQUEST wrote
    the session row (and its Redis copy) on every page and save, a second commit per request.
    A session is written when something in it changed, and otherwise once its last write is
    ``LUOSHI_SESSION_RENEW_SECONDS`` old, so it may end that much before a full idle period.
    Placed just after SessionMiddleware, which saves what this marks modified."""

    KEY = "_renewed"

    def __init__(self, get_response):
        self.get_response = get_response
        self.every = settings.LUOSHI_SESSION_RENEW_SECONDS

    def __call__(self, request):
        response = self.get_response(request)
        # Gone when the database is down (errors.DatabaseUnavailableMiddleware drops it);
        # empty for an anonymous visitor, whose session is never written.
        session = getattr(request, "session", None)
        if session is None or session.is_empty() or response.status_code >= 500:
            return response
        renewed = session.get(self.KEY, 0)
        if session.is_empty():   # the cookie of a session that ended: nothing to renew
            return response
        now = int(time.time())
        if session.modified or now - renewed >= self.every:
            session[self.KEY] = now
        return response
