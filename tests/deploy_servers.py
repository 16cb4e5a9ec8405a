"""Luoshi as deployed (docs/deploy.md), in subprocesses: production settings from the
environment, collectstatic, gunicorn app servers and the db_worker background worker.

A small HTTP client with one cookie jar stands in for a browser: cookies belong to the
host, not the port, so one jar is one person talking to two app servers on 127.0.0.1,
as behind a load balancer."""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


def need_service(host: str, port: int, what: str) -> None:
    """Skip when a service is not reachable, except in CI, where that is a failure."""
    try:
        with socket.create_connection((host, port), timeout=2):
            return
    except OSError:
        message = f"{what} 不可用 (not reachable) at {host}:{port}: .ci/run starts it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(home: Path, **extra: str) -> dict:
    """The environment of a deployment (docs/deploy.md), minus TLS: loopback speaks http."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LUOSHI_", "DATABASE_URL", "REDIS_URL", "WEB_CONCURRENCY", "DJANGO_"))}
    env.update({
        "DJANGO_SETTINGS_MODULE": "luoshi.web.settings",
        "LUOSHI_HOME": str(home),
        "LUOSHI_SECRET_KEY": secrets.token_urlsafe(50),
        "LUOSHI_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LUOSHI_HTTPS": "0",
        "PYTHONUNBUFFERED": "1",
    })
    env.update(extra)
    return env


def manage(env: dict, *args: str, timeout: int = 600) -> str:
    result = subprocess.run([sys.executable, "-m", "django", *args], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=timeout)
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed ({result.returncode}): {result.stderr[-3000:]}")
    return result.stdout


def script_json(script: str, env: dict, timeout: int = 600):
    """Run ``script`` in a fresh interpreter with ``env`` (a deployment's: its own database) and
    read the JSON it prints on its last line (the migration tests' harness)."""
    result = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=timeout)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def fresh_database(home: Path, template: Path) -> Path:
    """A deployment home whose SQLite database is ``template`` (a freshly migrated one, the
    ``migrated_sqlite`` fixture): migrating costs seconds of CPU per home, the same every time."""
    target = home / "var" / "luoshi.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):         # a WAL left beside it holds part of the database
        if template.with_name(template.name + suffix).exists():
            shutil.copyfile(template.with_name(template.name + suffix), target.with_name(target.name + suffix))
    return target


class Process:
    """A long-running child (an app server or a worker) with its output in a log file."""

    def __init__(self, name: str, args: list[str], env: dict, log_dir: Path):
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(args, env=env, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)

    def output(self) -> str:
        if not self.log.closed:
            self.log.flush()
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()


class AppServer(Process):
    def __init__(self, name: str, env: dict, log_dir: Path, workers: int = 1, threads: int = 2):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**env, "LUOSHI_BIND": f"127.0.0.1:{self.port}", "WEB_CONCURRENCY": str(workers),
               "LUOSHI_GUNICORN_THREADS": str(threads)}
        super().__init__(name, [GUNICORN, "-c", "python:luoshi.web.gunicorn_conf", "luoshi.web.wsgi"], env, log_dir)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:  # any HTTP answer (a redirect to https included) means it is serving
                status, _, _ = Browser().get(self.url + "/login/")
                if status < 500:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"{name} did not start:\n{self.output()[-3000:]}")


class Browser:
    """One person: a cookie jar, CSRF tokens from the pages, redirects not followed."""

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), self._NoRedirect)

    def request(self, url: str, data: bytes | None = None, headers: dict | None = None):
        req = urllib.request.Request(url, data=data, headers=headers or {})
        try:
            with self.opener.open(req, timeout=60) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def get(self, url: str, **headers):
        return self.request(url, headers=headers)

    def cookie(self, name: str) -> str | None:
        return next((c.value for c in self.jar if c.name == name), None)

    def csrf(self, page: bytes) -> str:
        match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert match, "no CSRF token on the page"
        return match.group(1).decode()

    def post_form(self, url: str, form_page_url: str, fields: dict, files: dict | None = None):
        """Open the form's page (for its CSRF token), then post the fields (multipart with files)."""
        status, _, page = self.get(form_page_url)
        assert status == 200, f"{form_page_url}: {status}"
        fields = {"csrfmiddlewaretoken": self.csrf(page), **fields}
        if not files:
            body = urllib.parse.urlencode(fields).encode()
            return self.request(url, body, {"Content-Type": "application/x-www-form-urlencoded"})
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in fields.items():
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
        for name, (filename, content) in files.items():
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                         f'Content-Type: application/octet-stream\r\n\r\n'.encode() + content + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.request(url, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def login(self, server_url: str, username: str, password: str = "luoshi-demo") -> None:
        status, headers, _ = self.post_form(server_url + "/login/", server_url + "/login/",
                                            {"username": username, "password": password})
        assert status == 302, f"login as {username} failed: {status}"
