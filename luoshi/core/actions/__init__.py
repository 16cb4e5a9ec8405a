"""Actions (操作): every change a person — or the system on a person's behalf — makes.

Zulip's ``zerver/actions/`` is the model.  An action is a function

    @action
    def do_<verb>_<noun>(…, *, acting_user) -> …

in an ``actions`` package (``luoshi/core/actions/``, ``luoshi/supervision/actions/``,
one module per noun) that

* runs in one ``transaction.atomic()`` (the ``@action`` decorator opens it: an
  action called from another action joins the caller's transaction);
* writes its audit event with ``audit.record(acting_user, …)`` inside that
  transaction, so the change and its record commit or roll back together (the
  outermost action appends its events to the chain when its work is done, just
  before the commit: ``audit.deferred``, so the chain's lock is held briefly);
* enqueues background work with ``after_commit`` (``transaction.on_commit``),
  so a job never sees a change that was rolled back.

``acting_user`` is keyword-only and always given: a ``User``, or ``None`` for
the system itself (a scheduled job, demo seeding).  Checks the user can
correct (bad input, a rule of the cycle) raise ``ActionRefused`` with a
message shown as is; permissions are checked by the caller (view, API,
command), which knows what the user asked for.

Views, the API, management commands and jobs call actions; nothing else
writes.  tests/test_architecture.py checks it: no model write outside an
actions module, every ``do_`` function decorated, keyword-only
``acting_user``, recording its audit event.  docs/extending.md: how to add one.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from contextvars import ContextVar
from typing import TypeVar

from django.db import transaction

__all__ = ["ActionRefused", "action", "after_commit", "in_action"]

F = TypeVar("F", bound=Callable)

_depth: ContextVar[int] = ContextVar("luoshi_action_depth", default=0)


class ActionRefused(Exception):
    """A change that cannot be made; ``str(e)`` is shown to the user as is."""


def action(fn: F) -> F:
    """Make ``fn`` an action: one transaction, keyword-only ``acting_user``."""
    params = inspect.signature(fn).parameters
    if "acting_user" not in params or params["acting_user"].kind is not inspect.Parameter.KEYWORD_ONLY:
        raise TypeError(f"{fn.__qualname__}: an action takes a keyword-only acting_user")

    @functools.wraps(fn)
    def run(*args, **kwargs):
        from luoshi.core import audit  # here: the audit module imports the models

        token = _depth.set(_depth.get() + 1)
        try:
            with transaction.atomic(), audit.deferred():
                return fn(*args, **kwargs)
        finally:
            _depth.reset(token)

    run.is_action = True
    return run  # type: ignore[return-value]


def in_action() -> bool:
    """Whether the code running now was called from an action (the runtime write check uses it)."""
    return _depth.get() > 0


def after_commit(fn: Callable[[], object]) -> None:
    """Run ``fn`` once the action's transaction commits (enqueue a job, send mail); never if it rolls back."""
    transaction.on_commit(fn)
