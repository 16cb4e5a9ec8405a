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
