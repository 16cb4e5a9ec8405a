"""The engine's errors: what a reader or parser reports instead of guessing.

::

    EngineError                 anything the engine reports; str(e) is one line, Chinese then English
    ├── UnreadableInput         a file or document the engine cannot use: unreadable bytes, or no
    │                           part of what a command needs (no progress table, no tasks, no review)
    └── ParseError              a parser failed on text it accepted: a bug, named with the parser

Inside the engine nothing catches these, nor any exception at large: a parser
that fails raises, so a bug never comes out as an honest 无法判断 (unclear).
They are caught at the edges only: the ``luoshi`` command prints the message
on one line and exits non-zero, the web import shows it as a form error.

``parses(name)`` marks a parser's entry point: the built-in exceptions that
signal a parser bug (a bad index, a value it did not expect) leave it as a
``ParseError`` naming the parser and the start of the text, with the
original exception chained for the traceback.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

# What a parser bug raises; anything else (MemoryError, KeyboardInterrupt …) passes untouched.
BUG_EXCEPTIONS = (ValueError, TypeError, IndexError, KeyError, AttributeError, ZeroDivisionError,
                  RecursionError, re.error)


class EngineError(Exception):
    """A failure the engine reports to a user; ``str(e)`` is one line."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))  # one line, whatever a file name holds


class UnreadableInput(EngineError):
    """The input cannot be read, or holds nothing of what was asked for."""


class ParseError(EngineError):
    """A parser failed on a text it accepted (a bug): ``parser`` names it, ``excerpt`` starts the text."""

    def __init__(self, parser: str, excerpt: str, cause: BaseException):
        self.parser, self.excerpt = parser, excerpt
        super().__init__(f"解析失败 (parse error) in {parser}: {type(cause).__name__}: {cause} "
                         f"— text: {excerpt!r}")


def parses(name: str) -> Callable[[F], F]:
    """Decorate a parser's entry point so that a bug in it surfaces as a ``ParseError``."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def run(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except EngineError:
                raise
            except BUG_EXCEPTIONS as e:
                first = args[0] if args else next(iter(kwargs.values()), "")
                raise ParseError(name, _excerpt(first), e) from e
        return run  # type: ignore[return-value]

    return wrap


def _excerpt(value) -> str:
    text = value if isinstance(value, str) else getattr(value, "name", None) or type(value).__name__
    return text[:40] + ("…" if len(text) > 40 else "")
