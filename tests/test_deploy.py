"""Deployment as docs/deploy.md describes it: settings from the environment, `check
--deploy` clean, gunicorn serving with WhiteNoise's static files behind a TLS proxy, and
two app servers on one PostgreSQL and one Redis with a db_worker running the jobs.

Every server here is a real subprocess with production settings (DEBUG off)."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest
from openpyxl import load_workbook

from .deploy_servers import (
    ROOT,
    AppServer,
    Browser,
    Process,
    fresh_database,
    manage,
    need_service,
    production_env,
)

PRODUCTION = {
    "LUOSHI_ALLOWED_HOSTS": "luoshi.example.gov.cn",
    "LUOSHI_CSRF_TRUSTED_ORIGINS": "https://luoshi.example.gov.cn",
    "LUOSHI_BEHIND_PROXY": "1",
    "DATABASE_URL": "postgres://luoshi:secret@127.0.0.1:5432/luoshi",
    "LUOSHI_CACHE_URL": "redis://127.0.0.1:6379/0",
    "LUOSHI_TASKS": "database",
    "LUOSHI_EMAIL_HOST": "smtp.example.gov.cn",
    "LUOSHI_EMAIL_PORT": "587",
    "LUOSHI_EMAIL_STARTTLS": "1",
    "LUOSHI_FROM_EMAIL": "luoshi@example.gov.cn",
}


def run_django(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "django", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def settings_of(env: dict) -> dict:
    script = ("import json, django; django.setup(); from django.conf import settings as s; "
              "print(json.dumps({k: getattr(s, k) for k in dir(s) if k.isupper()}, default=str))")
    result = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    """CI runs this: `manage.py check --deploy` reports nothing with a production environment."""
    env = production_env(tmp_path, **PRODUCTION)
    del env["LUOSHI_HTTPS"]  # the default outside debug: behind TLS
    result = run_django(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_check_deploy_fails_on_what_a_deployment_must_not_do(tmp_path):
    # Plain http without saying so, and debug on, are both reported.
    env = production_env(tmp_path, LUOSHI_DEBUG="1")
    result = run_django(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    assert "security.W018" in result.stderr  # DEBUG
    assert "security.W012" in result.stderr  # session cookie not secure


def test_without_a_secret_key_startup_stops_with_one_clear_line(tmp_path):
    env = production_env(tmp_path)
    del env["LUOSHI_SECRET_KEY"]
    result = run_django(env, "check")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "LUOSHI_SECRET_KEY" in lines[0] and "Traceback" not in result.stderr


def test_bad_setting_value_is_one_clear_line(tmp_path):
    result = run_django(production_env(tmp_path, LUOSHI_SESSION_HOURS="ten"), "check")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["错误 (error): LUOSHI_SESSION_HOURS='ten' 应为整数 (must be an integer)"]


def test_production_defaults(tmp_path):
    env = production_env(tmp_path)
    del env["LUOSHI_HTTPS"]
    s = settings_of(env)
    assert s["DEBUG"] is False
    assert s["SECURE_SSL_REDIRECT"] and s["SESSION_COOKIE_SECURE"] and s["CSRF_COOKIE_SECURE"]
    assert s["SECURE_HSTS_SECONDS"] == 31536000
    assert "SECURE_PROXY_SSL_HEADER" not in s or s["SECURE_PROXY_SSL_HEADER"] is None  # opt-in
    assert s["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert s["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    assert s["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
    assert s["STORAGES"]["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert s["EMAIL_BACKEND"].endswith("console.EmailBackend")
    assert s["STATIC_ROOT"] == str(tmp_path / "var" / "static")
    assert s["SESSION_COOKIE_AGE"] == 36000


def test_environment_configures_database_cache_mail_and_storage(tmp_path):
    s = settings_of(production_env(tmp_path, **PRODUCTION, LUOSHI_STATIC_ROOT="/srv/luoshi/static",
                                   LUOSHI_MEDIA_ROOT="/srv/luoshi/media", LUOSHI_SESSION_HOURS="8"))
    db = s["DATABASES"]["default"]
    assert db["ENGINE"] == "django.db.backends.postgresql" and db["NAME"] == "luoshi" and db["PASSWORD"] == "secret"
    assert s["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert s["CACHES"]["default"]["LOCATION"] == "redis://127.0.0.1:6379/0"
    assert s["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    assert s["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (s["EMAIL_HOST"], s["EMAIL_PORT"], s["EMAIL_USE_TLS"]) == ("smtp.example.gov.cn", 587, True)
    assert s["ALLOWED_HOSTS"] == ["luoshi.example.gov.cn"]
    assert s["CSRF_TRUSTED_ORIGINS"] == ["https://luoshi.example.gov.cn"]
    assert s["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert (s["STATIC_ROOT"], s["MEDIA_ROOT"]) == ("/srv/luoshi/static", "/srv/luoshi/media")
    assert s["SESSION_COOKIE_AGE"] == 8 * 3600
    assert s["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def test_redis_url_is_the_conventional_alternative(tmp_path):
    s = settings_of(production_env(tmp_path, REDIS_URL="redis://127.0.0.1:6379/3"))
    assert s["CACHES"]["default"]["LOCATION"] == "redis://127.0.0.1:6379/3"


# --- the served application ---------------------------------------------------------------

@pytest.fixture(scope="module")
def static_root(tmp_path_factory) -> Path:
    """collectstatic once, as the deploy path does (hashed, compressed files and a manifest)."""
    home = tmp_path_factory.mktemp("static-home")
    root = home / "static"
    manage(production_env(home, LUOSHI_STATIC_ROOT=str(root)), "collectstatic", "--noinput", "-v", "0")
    assert (root / "staticfiles.json").exists()
    return root


def test_one_server_on_sqlite_behind_a_tls_proxy(tmp_path, static_root, migrated_sqlite):
    """gunicorn with production settings and the embedded SQLite database: static files from
    WhiteNoise, https redirect and HSTS as nginx forwards them, secure cookies, branded 404."""
    env = production_env(tmp_path, LUOSHI_STATIC_ROOT=str(static_root), LUOSHI_HTTPS="1",
                         LUOSHI_BEHIND_PROXY="1")
    fresh_database(tmp_path, migrated_sqlite)
    manage(env, "create_demo_accounts")
    server = AppServer("sqlite-app", env, tmp_path)
    try:
        browser = Browser()
        # Plain http (no proxy header): redirected to https.
        status, headers, _ = browser.get(server.url + "/login/", **{"X-Forwarded-Proto": "http"})
        assert status == 301 and headers["Location"].startswith("https://")
        tls = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "10.20.30.40"}
        status, headers, page = browser.get(server.url + "/login/", **tls)
        assert status == 200
        assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
        assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
        # The page links the hashed file name; WhiteNoise serves it compressed, cached for ever.
        css = re.search(rb'href="(/static/luoshi\.[0-9a-f]{12}\.css)"', page).group(1).decode()
        status, headers, body = browser.get(server.url + css, **tls, **{"Accept-Encoding": "gzip"})
        assert status == 200 and headers.get("Content-Encoding") == "gzip"
        assert "immutable" in headers["Cache-Control"]
        assert b"font-family" in gzip.decompress(body)
        status, _, _ = browser.get(server.url + "/static/no-such.css", **tls)
        assert status == 404
        # Log in over "https": the cookies are Secure (so urllib's jar will not send them
        # over the loopback's plain http; the test sends them itself, as nginx would pass them).
        status, headers, page = browser.get(server.url + "/login/", **tls)
        token = browser.cookie("csrftoken")
        assert any(c.name == "csrftoken" and c.secure for c in browser.jar)
        fields = urllib.parse.urlencode({"csrfmiddlewaretoken": browser.csrf(page), "username": "office",
                                         "password": "luoshi-demo"}).encode()
        status, headers, _ = browser.request(server.url + "/login/", fields, {
            **tls, "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={token}",
            "Referer": f"https://127.0.0.1:{server.port}/login/", "Host": f"127.0.0.1:{server.port}"})
        assert status == 302, status
        session = next(c for c in browser.jar if c.name == "sessionid")
        assert session.secure and session.has_nonstandard_attr("HttpOnly")
        status, _, page = browser.get(server.url + "/organisations/", **tls, Cookie=f"sessionid={session.value}")
        assert status == 200 and "区发改经信局".encode() in page
        # A branded 404 (DEBUG is off), no technical page.
        status, _, page = browser.get(server.url + "/no-such-page/", **tls)
        assert status == 404 and "页面不存在".encode() in page and b"URLconf" not in page
    finally:
        server.stop()
    log = server.output()
    # Access log lines are key=value; the application's own lines are JSON.
    assert re.search(r'method=GET path="/login/" status=200', log)


# --- two app servers, one PostgreSQL, one Redis, a worker ---------------------------------------

@pytest.fixture
def shared_services(tmp_path):
    """A fresh PostgreSQL database and a Redis key prefix of their own, dropped afterwards."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("两台应用服务器的测试需要 PostgreSQL (needs PostgreSQL: runs in the suite's PostgreSQL pass)")
    parts = urllib.parse.urlsplit(url)
    need_service(parts.hostname or "127.0.0.1", parts.port or 5432, "PostgreSQL")
    redis_url = os.environ.get("LUOSHI_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    redis_parts = urllib.parse.urlsplit(redis_url)
    need_service(redis_parts.hostname, redis_parts.port or 6379, "Redis")

    import psycopg
    import redis

    name = f"luoshi_servers_{os.getpid()}_{int(time.time())}"
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    prefix = f"luoshi-test-{name}"
    try:
        yield {"DATABASE_URL": parts._replace(path="/" + name).geturl(), "LUOSHI_CACHE_URL": redis_url,
               "LUOSHI_CACHE_PREFIX": prefix}, redis.Redis.from_url(redis_url), prefix
    finally:
        client = redis.Redis.from_url(redis_url)
        for key in client.scan_iter(match=f"{prefix}:*"):
            client.delete(key)
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_two_app_servers_share_database_sessions_and_jobs(tmp_path, static_root, shared_services):
    services, redis_client, prefix = shared_services
    env = production_env(tmp_path, **services, LUOSHI_STATIC_ROOT=str(static_root), LUOSHI_TASKS="database",
                         # Every import goes to the worker, so the job's path is exercised.
                         LUOSHI_IMPORT_BACKGROUND_BYTES="1")
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "create_demo_accounts")
    manage(env, "load_samples", "-v", "0")   # plans to export
    a = AppServer("app-a", env, tmp_path)
    b = None
    worker = None
    try:
        b = AppServer("app-b", env, tmp_path)
        office = Browser()
        office.login(a.url, "office")
        # The session written through A is good on B: one shared session store.
        status, _, page = office.get(b.url + "/organisations/")
        assert status == 200 and "区发改经信局".encode() in page
        assert any(b"sessions.cached_db" in key for key in redis_client.scan_iter(match=f"{prefix}:*")), \
            "the session is not in Redis"

        # An office action through A (an alias for a unit), read back through B.
        org = re.search(rb'action="/organisations/(\d+)/alias/"', page).group(1).decode()
        status, headers, _ = office.post_form(f"{a.url}/organisations/{org}/alias/", a.url + "/organisations/",
                                              {"alias": "双服务器测试别名"})
        assert status == 302
        status, _, page = office.get(b.url + "/organisations/")
        assert "双服务器测试别名".encode() in page

        # An import uploaded through A is queued; no worker yet, so B sees it waiting.
        sample = (ROOT / "luoshi" / "samples" / "shangcheng-2020-work-report.txt").read_bytes()
        status, headers, body = office.post_form(
            a.url + "/import/", a.url + "/import/", {"year": "2020", "title": ""},
            files={"file": ("shangcheng-2020-work-report.txt", sample)})
        assert status == 302, body[-2000:]
        batch = re.search(r"/import/(\d+)/", headers["Location"]).group(1)
        status, _, body = office.get(f"{b.url}/import/{batch}/status.json")
        assert status == 200 and json.loads(body)["state"] == "reading"

        # The worker, its own process, runs the job; B shows the result.
        worker = Process("worker", [sys.executable, "-m", "django", "db_worker", "--interval", "0.5",
                                    "--no-startup-delay", "--no-reload"], env, tmp_path)
        deadline = time.monotonic() + 120
        state = "reading"
        while time.monotonic() < deadline and state == "reading":
            time.sleep(0.5)
            state = json.loads(office.get(f"{b.url}/import/{batch}/status.json")[2])["state"]
        assert state == "preview", f"job state {state}; worker log:\n{worker.output()[-3000:]}"
        status, _, page = office.get(f"{b.url}/import/{batch}/")
        assert status == 200 and b"shangcheng-2020-work-report.txt" in page

        # An export of every plan asked through A is written by the worker and stored in the
        # database in pieces; B sends the file: no disk is shared between the servers.
        status, headers, _ = office.get(a.url + "/exports/tasks.xlsx")
        assert status == 302, status
        job = re.search(r"/exports/jobs/(\d+)/", headers["Location"]).group(1)
        deadline, state = time.monotonic() + 120, "queued"
        while time.monotonic() < deadline and state in ("queued", "running"):
            time.sleep(0.5)
            state = json.loads(office.get(f"{b.url}/exports/jobs/{job}/status.json")[2])["state"]
        assert state == "done", f"export {state}; worker log:\n{worker.output()[-3000:]}"
        status, headers, data = office.get(f"{b.url}/exports/jobs/{job}/download/")
        assert status == 200 and data[:2] == b"PK" and int(headers["Content-Length"]) == len(data)
        rows = list(load_workbook(io.BytesIO(data), read_only=True).active.iter_rows(values_only=True))
        plans = {row[rows[0].index("年度计划")] for row in rows[1:]}
        assert len(plans) == 3 and "上城区2020年政府工作报告重点工作" in plans

        # Logging out through B ends the session on A too.
        status, _, page = office.get(b.url + "/")
        office.post_form(b.url + "/logout/", b.url + "/", {})
        status, headers, _ = office.get(a.url + "/organisations/")
        assert status == 302 and "/login/" in headers["Location"]
    finally:
        for process in (worker, b, a):
            if process is not None:
                process.stop()


def test_every_environment_variable_is_documented():
    """docs/deploy.md's table names every variable the settings and gunicorn read."""
    names = set()
    for source in ("luoshi/web/settings.py", "luoshi/web/settings_test.py", "luoshi/web/gunicorn_conf.py"):
        text = (ROOT / source).read_text()
        names |= set(re.findall(r'(?:env|env_flag|env_int|env_list|os\.environ\.get|setdefault)\(\s*"([A-Z_]+)"', text))
    names -= {"DJANGO_SETTINGS_MODULE"}
    assert {"LUOSHI_SECRET_KEY", "DATABASE_URL", "LUOSHI_CACHE_URL", "WEB_CONCURRENCY"} <= names
    table = (ROOT / "docs" / "deploy.md").read_text().split("### Environment variables", 1)[1].split("\n## ", 1)[0]
    missing = sorted(name for name in names if f"`{name}`" not in table)
    assert not missing, f"not in docs/deploy.md's environment table: {missing}"
