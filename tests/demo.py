"""The demo accounts as tests sign in with them (create_demo_accounts makes them; conftest seeds them)."""

from __future__ import annotations

from luoshi.core.management.commands.create_demo_accounts import PASSWORD


def login(client, username: str, password: str = PASSWORD):
    """Sign the test client in as a demo account; the client is returned for chaining."""
    assert client.login(username=username, password=password)
    return client
