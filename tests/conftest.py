from datetime import date
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def registry():
    """The default organisation registry (a copy: tests may add to it)."""
    from luoshi.engine.orgs import Registry

    return Registry.default()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the samples and demo accounts once; each test's changes roll back."""
    from django.core.management import call_command

    with django_db_blocker.unblock():
        call_command("load_samples", verbosity=0)
        call_command("create_demo_accounts", verbosity=0)


@pytest.fixture
def demo(db):
    """The samples and demo accounts, loaded once per session (``django_db_setup`` above): a test
    asking for ``demo`` says it reads them, and gets the database."""


@pytest.fixture
def office_client(client):
    """The test client signed in as the demo office account (``office``, with create_demo_accounts'
    password through tests/demo.py's ``login``): the import, job and form tests post as the office.
    It is the ``client`` fixture itself, so a test asking for both gets one client."""
    from .demo import login

    return login(client, "office")


@pytest.fixture(scope="module")
def browser(server):
    """Debian's chromium for a browser test module, started after the module's own ``server`` fixture
    (each browser module defines it: which setup, which artifacts folder) and closed after the module."""
    from .browser_server import chromium

    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def office_page(server):
    """One desktop-width page signed in as the office on the module's ``server``, shared by the
    module's tests in order: confirmation dialogs are accepted, and a JavaScript error on it fails
    the module when the page is closed."""
    from playwright.sync_api import sync_playwright

    from .browser_server import launch_chromium, sign_in

    with sync_playwright() as p:
        browser = launch_chromium(p)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.on("dialog", lambda d: d.accept())     # the confirmations are accepted
        sign_in(pg, server.url, "office")
        yield pg
        assert not errors, f"JavaScript errors: {errors}"
        browser.close()


DEMO_TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def demo_today(django_db_setup, django_db_blocker) -> int:
    """The demo's live cycle around DEMO_TODAY (``do_seed_demo_today``), seeded once for a whole
    test module inside a transaction rolled back after its last test; each test runs in a
    savepoint within it, as Django's ``TestCase.setUpTestData`` does.  Seeding took seconds per
    test.  Modules use it for every test (``pytestmark``), so no test sees it by accident of order.
    Returns the replayed plan's pk."""
    from django.db import transaction

    from luoshi.supervision.actions.demo import do_seed_demo_today

    with django_db_blocker.unblock(), transaction.atomic():
        plan = do_seed_demo_today(DEMO_TODAY, acting_user=None)
        yield plan.pk
        transaction.set_rollback(True)


@pytest.fixture
def demo_plan(demo_today):
    """The plan whose cycle ``demo_today`` replays, as a Plan (the modules that ask for it seed
    ``demo_today`` for all their tests)."""
    from luoshi.supervision.models import Plan

    return Plan.objects.get(pk=demo_today)


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """A production SQLite database just migrated (``manage.py migrate`` in a deployment home),
    made once: tests of backups and servers copy it into their own home (deploy_servers.fresh_database)."""
    from .deploy_servers import manage, production_env

    home = tmp_path_factory.mktemp("migrated-home")
    manage(production_env(home), "migrate", "--noinput", "-v", "0")
    path = home / "var" / "luoshi.sqlite3"
    assert path.exists()
    return path


@pytest.fixture(autouse=True)
def _fresh_cache(request):
    """Each database test starts with an empty cache: cached figures are keyed by the latest
    audit event's id, and a rolled-back test can leave the next one the same id on SQLite."""
    if request.node.get_closest_marker("django_db") or {"db", "client", "transactional_db"} & set(
            request.fixturenames):
        from django.core.cache import cache

        cache.clear()
    yield
