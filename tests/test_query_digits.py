"""Unicode digits (², ①, ٣, full-width １) in query parameters are not numbers a view may int():
every page and API route answers them with its page or a 400, never a 500 (issue 13)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
# Every query parameter a view or service reads, found in the code (so a new one is covered too).
_READS = re.compile(r"""(?:GET|params|query)\.(?:get|getlist)\(\s*["']([A-Za-z_]+)["']|GET\[["']([A-Za-z_]+)["']\]""")
PARAMS = sorted({a or b for path in (ROOT / "luoshi").rglob("*.py") if "engine" not in path.parts
                 for a, b in _READS.findall(path.read_text(encoding="utf-8"))} | {"page", "period", "plan"})
DIGITS = ["3²", "①", "9" * 30]   # isdigit() but not int(); past any id


def _routes(resolver=None, prefix=""):
    """Paths of the routes, their integer arguments filled with 1 (the demo's first plan, period,
    task …); routes with other arguments are left out."""
    for p in (resolver or get_resolver()).url_patterns:
        if isinstance(p, URLResolver):
            yield from _routes(p, prefix + str(p.pattern))
        elif isinstance(p, URLPattern):
            route = re.sub(r"<int:\w+>", "1", prefix + str(p.pattern))
            if "<" not in route and "(?P" not in route and "\\" not in route:
                yield "/" + route.lstrip("^").rstrip("$")


ROUTES = sorted({r for r in _routes() if not r.startswith(("/admin", "/logout", "/i18n"))})


@pytest.mark.parametrize("user", ["office", "reporter"])
def test_unicode_digits_in_query_parameters_never_give_500(user):
    client = Client(raise_request_exception=False)
    assert client.login(username=user, password="luoshi-demo")
    failures = []
    for route in ROUTES:
        for digit in DIGITS:
            query = {name: digit for name in PARAMS}
            response = client.get(route, query)
            if response.status_code >= 500:
                failures.append((route, digit, response.status_code))
    assert not failures, failures
