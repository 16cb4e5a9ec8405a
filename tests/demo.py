"""The demo accounts as tests sign in with them (create_demo_accounts makes them; conftest seeds them),
and the sample plan the import tests work on (load_samples makes it)."""

from __future__ import annotations

from luoshi.core.management.commands.create_demo_accounts import PASSWORD


def login(client, username: str, password: str = PASSWORD):
    """Sign the test client in as a demo account; the client is returned for chaining."""
    assert client.login(username=username, password=password)
    return client


SC2020_TITLE = "上城区2020年政府工作报告重点工作"


def sc2020():
    """The plan of 上城's 2020 work report, as load_samples makes it (conftest loads the samples once):
    the import tests' own plan to upload progress and corrections against."""
    from luoshi.supervision.models import Plan

    return Plan.objects.get(year=2020, title=SC2020_TITLE)


def user(username: str):
    """The account of that username: a demo account, or one the test made."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username)


def office_user():
    """The demo office account itself (conftest's ``office_client`` is a test client signed in as it)."""
    return user("office")
