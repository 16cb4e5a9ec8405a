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


@pytest.fixture(autouse=True)
def _fresh_cache(request):
    """Each database test starts with an empty cache: cached figures are keyed by the latest
    audit event's id, and a rolled-back test can leave the next one the same id on SQLite."""
    if request.node.get_closest_marker("django_db") or {"db", "client", "transactional_db"} & set(
            request.fixturenames):
        from django.core.cache import cache

        cache.clear()
    yield
