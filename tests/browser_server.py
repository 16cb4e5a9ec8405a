"""A real Luoshi server for the browser test: its own SQLite database in a
temporary LUOSHI_HOME, set up the way bin/demo sets it up, in a subprocess
(the browser test must not share the pytest database, which rolls back)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from .demo import PASSWORD
from .deploy_servers import free_port, fresh_database, manage

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "var" / "test-artifacts" / "browser"


def need_chromium() -> None:
    """Skip without Debian's chromium, except in CI, where its absence is a failure."""
    if not Path(CHROMIUM).exists():
        message = "Debian chromium 未安装 (not installed): bin/system-packages installs it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


class Server:
    def __init__(self, home: Path, database: Path | None = None):
        self.database = database        # a migrated SQLite file to start from (conftest's migrated_sqlite)
        self.env = {**os.environ, "LUOSHI_HOME": str(home), "DJANGO_SETTINGS_MODULE": "luoshi.web.settings",
                    "LUOSHI_DEBUG": "1", "PYTHONUNBUFFERED": "1"}
        self.env.pop("DATABASE_URL", None)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def migrate(self) -> None:
        if self.database is not None:
            fresh_database(Path(self.env["LUOSHI_HOME"]), self.database)
        else:
            manage(self.env, "migrate", "--noinput", "-v", "0")

    def prepare(self) -> None:
        """The database the server starts with: migrated, with the demo accounts."""
        self.migrate()
        manage(self.env, "create_demo_accounts")

    def start(self) -> Server:
        self.prepare()
        self.log = open(Path(self.env["LUOSHI_HOME"]) / "server.log", "w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "django", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            env=self.env, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.3)
        raise RuntimeError("server did not start: " + (Path(self.env["LUOSHI_HOME"]) / "server.log").read_text()[-2000:])

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def launch_chromium(playwright):
    """Debian's chromium (never a downloaded browser), as every browser test starts it."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def sign_in(page, base_url: str, username: str) -> None:
    """Sign a browser page in through the login form as a demo account (create_demo_accounts' password)."""
    page.goto(base_url + "/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.card button[type=submit]")
    page.wait_for_load_state()


def no_errors(pg) -> None:
    """The page shows no form error and no error message."""
    errors = pg.locator(".errorlist, .msg.error")
    assert not errors.count(), errors.first.inner_text()[:300]


def choose(page, select: str, text: str) -> None:
    """Select the option whose label contains ``text`` (labels may add a year or a count)."""
    value = page.eval_on_selector(
        select, "(s, t) => { const o = [...s.options].find(o => o.textContent.includes(t)); return o ? o.value : null; }",
        text)
    assert value is not None, f"no option {text!r} in {select}"
    page.select_option(select, value=value)


@contextmanager
def chromium():
    """A browser for a module's tests (conftest's ``browser`` fixture yields from it)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def served(server_class, tmp_path_factory, migrated_sqlite, name: str, artifacts: Path | None = None):
    """A started server of its own (``Server`` or ``DemoServer``) for one test module, stopped after it;
    ``artifacts``, when given, is emptied first so a run's screenshots are its own."""
    need_chromium()
    if artifacts is not None:
        shutil.rmtree(artifacts, ignore_errors=True)
    srv = server_class(tmp_path_factory.mktemp(name), migrated_sqlite).start()
    try:
        yield srv
    finally:
        srv.stop()


@contextmanager
def screenshots(tmp_path_factory, name: str):
    """Where a module's screenshots go: $LUOSHI_SCREENSHOTS (kept: pytest does not clean it up
    later) or a temporary folder; the folder and its count are printed after the module (pytest -s)."""
    kept = os.environ.get("LUOSHI_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path_factory.mktemp(name)
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    print(f"\nscreenshots: {folder} ({len(list(folder.glob('*.png')))} files)")


class DemoServer(Server):
    """bin/demo's setup: the samples, the accounts and the cycle replayed around today."""

    def prepare(self) -> None:
        self.migrate()
        manage(self.env, "load_samples")
        manage(self.env, "create_demo_accounts", "--as-of-today")
