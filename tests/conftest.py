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
