"""Operations: branded error pages in the interface language, JSON errors under /api/,
a clear page (503) when the database is down, structured logs, no secret on any page."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.db import OperationalError
from django.test import Client, RequestFactory, override_settings

from luoshi.web.errors import SecretsHidingReporter
from luoshi.web.logs import StructuredFormatter

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.django_db


def logged_in(username: str) -> Client:
    client = Client(raise_request_exception=False)
    assert client.login(username=username, password="luoshi-demo")
    return client


def english(client: Client) -> Client:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def test_404_is_a_branded_chinese_page():
    response = logged_in("office").get("/no-such-page/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "页面不存在" in page and "落实" in page and "返回首页" in page
    assert "Page not found" not in page  # not Django's technical page


def test_404_in_english():
    page = english(logged_in("office")).get("/no-such-page/").content.decode()
    assert "Page not found" in page and "页面不存在" not in page


def test_403_is_a_branded_page():
    response = logged_in("reporter").get("/audit/")
    assert response.status_code == 403
    assert "无权访问" in response.content.decode()


def test_400_for_an_unknown_host_is_a_branded_page():
    response = Client().get("/login/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "请求无效" in response.content.decode()


def test_csrf_failure_is_a_branded_page():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/login/", {"username": "office", "password": "luoshi-demo"})
    assert response.status_code == 403
    assert "页面已过期" in response.content.decode()


def test_500_is_branded_logged_and_shows_nothing_of_the_error(caplog):
    with mock.patch("luoshi.core.views.render", side_effect=RuntimeError("secret detail xyz")):
        response = logged_in("office").get("/organisations/")
    page = response.content.decode()
    assert response.status_code == 500
    assert "服务器内部错误" in page and "已记录在日志中" in page
    assert "xyz" not in page and "Traceback" not in page and "SECRET" not in page
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and errors[0].exc_info[0] is RuntimeError


def test_database_outage_in_a_view_is_a_503_page():
    with mock.patch("luoshi.core.views.Organisation.objects.prefetch_related",
                    side_effect=OperationalError("connection refused")):
        response = logged_in("office").get("/organisations/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "数据库暂时不可用" in response.content.decode()


def test_api_errors_are_json():
    client = logged_in("office")
    missing = client.get("/api/v1/nothing-here/")
    assert missing.status_code == 404 and "error" in missing.json()
    with mock.patch("luoshi.supervision.api.visible_tasks", side_effect=RuntimeError("secret detail xyz")):
        broken = client.get("/api/v1/plans/")
    assert broken.status_code == 500 and broken.json() == {"error": "服务器内部错误"}
    with mock.patch("luoshi.supervision.api.visible_tasks", side_effect=OperationalError("connection refused")):
        down = client.get("/api/v1/plans/")
    assert down["Content-Type"].startswith("application/json")
    assert down.status_code == 503 and down.json()["error"] == "数据库暂时不可用"


def test_api_csrf_failure_and_outage_outside_views_are_json():
    from luoshi.web import errors

    request = RequestFactory().get("/api/v1/plans/")
    assert errors.csrf_failure(request).status_code == 403
    assert json.loads(errors.csrf_failure(request).content)["error"]
    try:
        raise OperationalError("server closed the connection")
    except OperationalError:
        response = errors.server_error(request)
    assert response.status_code == 503 and "error" in json.loads(response.content)


# --- logs ---------------------------------------------------------------------------------

def _record(message="boom", exc=False, **extra):
    exc_info = None
    if exc:
        try:
            raise ValueError("bad value")
        except ValueError:
            exc_info = sys.exc_info()
    record = logging.LogRecord("luoshi.test", logging.ERROR, __file__, 1, message, None, exc_info)
    for key, value in extra.items():
        setattr(record, key, value)
    return record


def test_log_lines_are_one_json_object_each():
    request = RequestFactory().post("/import/")
    line = StructuredFormatter("json").format(_record("导入失败", exc=True, request=request, status_code=500))
    assert "\n" not in line
    fields = json.loads(line)
    assert fields["level"] == "error" and fields["logger"] == "luoshi.test" and fields["message"] == "导入失败"
    assert fields["method"] == "POST" and fields["path"] == "/import/" and fields["status"] == 500
    assert fields["error"] == "ValueError" and "bad value" in fields["traceback"]


def test_log_lines_as_key_value():
    line = StructuredFormatter("text").format(_record("two words", batch=7))
    assert 'message="two words"' in line and "batch=7" in line and "level=error" in line


def test_production_logs_json_to_stderr():
    assert settings.LOGGING["handlers"]["stderr"]["stream"] is sys.stderr
    assert settings.LOG_FORMAT == "json"


# --- no secrets on debug pages ----------------------------------------------------------------

@override_settings(DEBUG=True, EMAIL_HOST_PASSWORD="mail-Pw-0815")
def test_debug_page_hides_urls_passwords_and_keys():
    request = RequestFactory().get("/x", HTTP_COOKIE="sessionid=abc")
    request.META["DATABASE_URL"] = "postgres://luoshi:Db-Pw-4711@db.internal/luoshi"
    with mock.patch.dict(os.environ, {"DATABASE_URL": "postgres://luoshi:Db-Pw-4711@db.internal/luoshi"}):
        try:
            conninfo = "host=db.internal user=luoshi password=Db-Pw-4711"  # noqa: F841 (a frame variable)
            raise OperationalError("could not connect: postgres://luoshi:Db-Pw-4711@db.internal/luoshi")
        except OperationalError:
            reporter = SecretsHidingReporter(request, *sys.exc_info())
            html, text = reporter.get_traceback_html(), reporter.get_traceback_text()
    for page in (html, text):
        assert "Db-Pw-4711" not in page
        assert "mail-Pw-0815" not in page
        assert settings.SECRET_KEY not in page
    assert "OperationalError" in html  # still a useful page for the developer


def _run_outage(env_extra: dict, script: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LUOSHI_", "DATABASE_URL", "REDIS_URL"))}
    env.update({"DJANGO_SETTINGS_MODULE": "luoshi.web.settings", "LUOSHI_HTTPS": "0",
                "LUOSHI_ALLOWED_HOSTS": "testserver",
                # A PostgreSQL server that is not there, with a password that must never show.
                "DATABASE_URL": "postgres://luoshi:Outage-Pw-9931@127.0.0.1:9/luoshi",
                "LUOSHI_DB_CONN_MAX_AGE": "0"}, **env_extra)
    return subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


OUTAGE_SCRIPT = """
import json, django
django.setup()
from django.test import Client
c = Client(raise_request_exception=False)
c.cookies["sessionid"] = "x" * 32          # a logged-in browser: the session must be read
page = c.get("/")
api = c.get("/api/v1/plans/")
print(json.dumps({"page": [page.status_code, page.content.decode()],
                  "api": [api.status_code, api["Content-Type"], api.content.decode()]}))
"""


def test_real_outage_production_settings():
    """DEBUG off, the database unreachable: a branded 503 page and a JSON 503, logged."""
    result = _run_outage({"LUOSHI_SECRET_KEY": "k" * 20 + "-outage-test-key-" + "q" * 20}, OUTAGE_SCRIPT)
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    status, page = out["page"]
    assert status == 503 and "数据库暂时不可用" in page
    status, content_type, body = out["api"]
    assert status == 503 and content_type.startswith("application/json") and json.loads(body)["error"]
    assert "Outage-Pw-9931" not in result.stdout + result.stderr
    assert any(json.loads(line).get("message") == "database unavailable"
               for line in result.stderr.splitlines() if line.startswith("{"))


def test_real_outage_debug_on_never_shows_the_database_password():
    """The demo runs with DEBUG on: whatever page an outage shows, the password is not on it."""
    script = OUTAGE_SCRIPT.replace('c.get("/")', 'c.get("/", HTTP_ACCEPT="text/html")')
    result = _run_outage({"LUOSHI_DEBUG": "1"}, script)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Outage-Pw-9931" not in result.stdout + result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["page"][0] == 503
