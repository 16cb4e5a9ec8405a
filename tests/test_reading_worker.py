"""The reading worker (luoshi/engine/limits.py): one process reads file after file within the same
bounds a child per file had, and is replaced after any reading that did not end cleanly."""

from __future__ import annotations

import os
import re

import pytest

from luoshi.engine import limits
from luoshi.engine.errors import UnreadableInput
from luoshi.engine.limits import Limits

pytestmark = pytest.mark.engine

# Its own memory limit: a worker of its own, not one another test left idle.
BOUNDS = Limits(memory_mb=1537)


def _pid():
    return os.getpid()


def _refuse():
    raise UnreadableInput("拒绝 (refused): x.txt")


def _spin():
    while True:
        pass


def _stuck():
    # Backtracking inside the regex engine: no Python line runs, so SIGXCPU's handler never does.
    return re.match(r"(a+)+$", "a" * 64 + "b")


def test_readings_in_a_row_share_one_worker_and_a_refusal_keeps_it():
    first = limits.run(_pid, (), {}, BOUNDS, "a.txt")
    with pytest.raises(UnreadableInput, match="refused"):
        limits.run(_refuse, (), {}, BOUNDS, "x.txt")
    assert limits.run(_pid, (), {}, BOUNDS, "b.txt") == first != os.getpid()


def test_a_worker_over_its_time_is_replaced():
    first = limits.run(_pid, (), {}, BOUNDS, "a.txt")
    with pytest.raises(UnreadableInput, match="reading took longer than 1 s"):
        limits.run(_spin, (), {}, Limits(memory_mb=1537, cpu_seconds=1, wall_seconds=120), "loop.txt")
    assert limits.run(_pid, (), {}, BOUNDS, "b.txt") != first


def test_a_reading_stuck_in_the_regex_engine_is_stopped_by_its_cpu_limit():
    # The wall clock is far off: the parent ends the worker one CPU second over its limit.
    with pytest.raises(UnreadableInput, match="reading took longer than 1 s"):
        limits.run(_stuck, (), {}, Limits(memory_mb=1537, cpu_seconds=1, wall_seconds=120), "stuck.txt")


def test_a_command_forks_a_child_per_reading(monkeypatch):
    monkeypatch.setattr(limits, "_fork_when_alone", True)
    if limits._mp_context().get_start_method() != "fork":
        pytest.skip("no fork here, or threads running")
    assert limits.run(_pid, (), {}, BOUNDS, "a.txt") != limits.run(_pid, (), {}, BOUNDS, "b.txt")
