"""The engine's answer for each labelled result of one labelled pair (bench/labels/verify_real or verify_invented),
matched as bench/corpus.py matches them: the held-out verify sets' strict xfails and mended cases read their rows here,
and ``heldout_tests`` makes the tests each held-out set's file repeats from its own tables."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "labels"
sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)


def _doc(path: Path):
    return reader.read_text(SourceText(path.read_text(encoding="utf-8"), "txt"), path.name)


@cache
def answers(folder: str, name: str) -> tuple[dict, list[str]]:
    """(the pair's labels, the engine's outcome for each labelled result, or "missing")."""
    pair = json.loads(next((LABELS / folder).glob(name + "_*.json")).read_text(encoding="utf-8"))
    verdicts, _ = verify.verify_documents(
        _doc(LABELS / folder / pair["targets_file"]),
        _doc(LABELS / folder / pair["review_file"]),
        pair["targets_file"],
    )
    match = corpus.assign(pair["targets"], corpus.verdict_targets(verdicts))
    return pair, [corpus.outcome(verdicts[j]) if j is not None else "missing" for j in match]


def labelled_and_answered(folder: str, name: str, key: str) -> list[tuple[str, str]]:
    """(the label's verdict, the engine's answer) for each labelled result of pair ``name`` whose metric (real pairs) or
    target (invented pairs) is ``key``."""
    pair, outcomes = answers(folder, name)
    field = "metric" if folder == "verify_real" else "target"
    return [(r["verdict"], a) for r, a in zip(pair["results"], outcomes, strict=True) if r[field] == key]


class HeldoutTests(NamedTuple):
    """The four tests of a held-out verify set's file (tests/test_verify_heldoutNN.py), made by ``heldout_tests``."""

    real_row: Callable[[str, str], None]
    invented_row: Callable[[str, str], None]
    mended_row: Callable[[str, str, str], None]
    misses_name_labelled_rows: Callable[[], None]


def _why(value: str | tuple[str, str]) -> str:
    """A recorded miss's reason: the value itself, or the second of (the label's verdict, why)."""
    return value if isinstance(value, str) else value[1]


def _verdict_kept(value: str | tuple[str, str], verdicts: list[str], joined: bool) -> bool:
    """Whether a recorded miss's verdict is its rows' (any one row's, or all of them joined by / in the pair's order when
    ``joined``); a miss recorded with its reason alone (stop 51's files) names no verdict to check."""
    if isinstance(value, str):
        return bool(verdicts)
    return "/".join(verdicts) == value[0] if joined else value[0] in verdicts


def _pair_rows(folder: str, name: str, field: str, key: str) -> list[str]:
    pair = json.loads(next((LABELS / folder).glob(name + "_*.json")).read_text(encoding="utf-8"))
    return [r["verdict"] for r in pair["results"] if r[field] == key]


def heldout_tests(
    real_misses: dict,
    invented_misses: dict,
    mended: list[tuple[str, str, str]],
    *,
    joined_invented: bool = False,
) -> HeldoutTests:
    """The tests a held-out verify set's file repeats, made for its own tables: each recorded miss of the real pairs
    ((pair, labelled metric) → why, or → (the label's verdict, why)) and of the invented pairs ((pair, labelled target)
    → the same) a strict xfail that the engine's answers are the labels'; each mended row (folder, pair, metric or
    target) an ordinary case of the same; and a check that each recorded miss is a row of its pair with the verdict
    recorded (no stale entry).  ``joined_invented``: an invented target labelled twice records its verdicts joined by /,
    in the pair's order.  The file binds them to its own test_ names so that pytest collects them there."""

    @pytest.mark.parametrize(
        ("name", "metric"),
        [
            pytest.param(*key, marks=pytest.mark.xfail(strict=True, reason=_why(value)))
            for key, value in real_misses.items()
        ],
        ids=[f"{n}-{m}" for n, m in real_misses],
    )
    def real_row(name, metric):
        rows = labelled_and_answered("verify_real", name, metric)
        assert rows and all(label == answer for label, answer in rows)

    @pytest.mark.parametrize(
        ("name", "target"),
        [
            pytest.param(*key, marks=pytest.mark.xfail(strict=True, reason=_why(value)))
            for key, value in invented_misses.items()
        ],
        ids=[f"{n}-{t}" for n, t in invented_misses],
    )
    def invented_row(name, target):
        rows = labelled_and_answered("verify_invented", name, target)
        assert rows and all(label == answer for label, answer in rows)

    @pytest.mark.parametrize(("folder", "name", "key"), mended, ids=[f"{n}-{k}" for _, n, k in mended])
    def mended_row(folder, name, key):
        rows = labelled_and_answered(folder, name, key)
        assert rows and all(label == answer for label, answer in rows)

    def misses_name_labelled_rows():
        """Each recorded miss is a row of its pair with the label's verdict as recorded (no stale entry)."""
        for (name, metric), value in real_misses.items():
            verdicts = _pair_rows("verify_real", name, "metric", metric)
            assert _verdict_kept(value, verdicts, joined=False), (name, metric)
        for (name, target), value in invented_misses.items():
            verdicts = _pair_rows("verify_invented", name, "target", target)
            assert _verdict_kept(value, verdicts, joined=joined_invented), (name, target)

    return HeldoutTests(real_row, invented_row, mended_row, misses_name_labelled_rows)
