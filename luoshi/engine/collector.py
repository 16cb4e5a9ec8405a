"""Python's cyclic garbage collector paused while the engine works through a document.

A module of its own, importing nothing heavy, so that the reader (which runs in a child process
with a bounded start-up) can use it as linking and the judging pipeline do.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for the block (on again after, if it was on): the engine's work on a
    document makes many short-lived lists, sets and dicts, and the collector's passes over them
    find almost nothing to free (about 1,050 objects in cycles per judge run, the linking index's
    own, the same at 1× and 10× the samples: a few MB).  Callgrind, the samples' work (bench/engine.py's:
    two documents read with their tasks, then ``pipeline.judge``; a warm run and a measured one): the
    collector's passes in reading, linking and judging ~18M instructions, about 1% of that work
    (most of the collector's time in such a process is at import); in linking the dev corpus pairs
    ~263M of 5,596M (5%), the rows' index and arrays living long enough to be traversed.  Only the
    block that turned it off turns it on again (nested blocks, and a thread finding it off, leave it
    as found); nothing is freed late but those cycles, collected at the next pass after."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
