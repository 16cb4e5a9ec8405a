"""No regular expression of the engine is super-linear on long runs (issue 13).

Every compiled pattern the engine's modules hold (module attributes, and those in their dicts,
lists and tuples) is driven with runs of 1,000, 4,000 and 20,000 digits, tabs, spaces, newlines, punctuation,
Chinese and mixed figures, the way the engine uses it: ``search``/``findall``/``split`` when any
use in the source scans (an unanchored ``\\d+…`` or ``\\s*…`` then retries at every position of
the run: quadratic), ``match``/``fullmatch`` only when every use is anchored.  A pattern over the
budget on any run fails the test.  The budget (1 s for 20,000 characters, its share for shorter
runs) is far above what a linear pattern needs (a few milliseconds) and far below a quadratic one
(seconds); an over-budget time is measured twice so a busy machine does not fail it.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from pathlib import Path

import pytest

import luoshi.engine as engine

pytestmark = pytest.mark.engine

N = 20_000
BUDGET_SECONDS = 1.0          # for N characters; a shorter run gets its share (linear)
SIZES = (1_000, 4_000, N)     # growing, so a quadratic pattern fails in a second, not in minutes
UNITS = {
    "digits": "1", "tabs": "\t", "spaces": " ", "newlines": "\n", "full-width commas": "，", "dots": ".",
    "chinese": "任务", "figures": "1.", "dates": "1年2月", "percents": "5%", "growth": "增长5",
    "commas in numbers": "1,", "brackets": "（", "hyphens": "-", "spaced chinese": "任 ", "units": "5个",
}
SOURCES = {p: p.read_text(encoding="utf-8") for p in Path(engine.__file__).parent.rglob("*.py")}


def _patterns() -> dict[str, tuple[re.Pattern, str]]:
    found: dict[str, tuple[re.Pattern, str]] = {}

    def collect(obj, where: str, attribute: str, depth: int = 0) -> None:
        if isinstance(obj, re.Pattern):
            found.setdefault(where, (obj, attribute))
        elif depth < 3 and isinstance(obj, dict):
            for key, value in obj.items():
                collect(value, f"{where}[{key!r}]", attribute, depth + 1)
        elif depth < 3 and isinstance(obj, (list, tuple)):
            for i, value in enumerate(obj):
                collect(value, f"{where}[{i}]", attribute, depth + 1)

    for info in pkgutil.walk_packages(engine.__path__, "luoshi.engine."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if isinstance(obj, (re.Pattern, dict, list, tuple)):
                collect(obj, f"{info.name}.{name}", name)
    return found


PATTERNS = _patterns()


def _anchored_only(attribute: str) -> bool:
    """Every use of the attribute in the engine's source is .match( or .fullmatch(."""
    uses = [m.group(1) for source in SOURCES.values()
            for m in re.finditer(rf"\b{re.escape(attribute)}\.(\w+)\(", source)]
    return bool(uses) and all(u in ("match", "fullmatch") for u in uses)


def _drive(pattern: re.Pattern, subject, anchored: bool) -> float:
    start = time.perf_counter()
    if anchored:
        pattern.match(subject)
    else:
        pattern.search(subject)
        pattern.findall(subject)
        pattern.split(subject)
    return time.perf_counter() - start


def test_the_engine_has_patterns_to_drive():
    assert len(PATTERNS) > 100


@pytest.mark.parametrize("where", sorted(PATTERNS))
def test_no_pattern_is_super_linear_on_long_runs(where):
    pattern, attribute = PATTERNS[where]
    anchored = _anchored_only(attribute)
    slow = []
    for label, unit in UNITS.items():
        for size in SIZES:
            subject = unit * (size // len(unit)) + "!"
            if isinstance(pattern.pattern, bytes):
                subject = subject.encode("utf-8")
            budget = BUDGET_SECONDS * size / N
            seconds = _drive(pattern, subject, anchored)
            if seconds > budget:
                seconds = min(seconds, _drive(pattern, subject, anchored))
            if seconds > budget:
                slow.append(f"{label} × {size:,}: {seconds:.2f} s > {budget:.2f} s")
                break
    assert not slow, f"{where} ({'match' if anchored else 'search'}) on long runs: {slow}"
