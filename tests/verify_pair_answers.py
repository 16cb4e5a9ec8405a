"""The engine's answer for each labelled result of one labelled pair (bench/labels/verify_real or verify_invented),
matched as bench/corpus.py matches them: the held-out verify sets' strict xfails and mended cases read their rows here."""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

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
    verdicts, _ = verify.verify_documents(_doc(LABELS / folder / pair["targets_file"]),
                                          _doc(LABELS / folder / pair["review_file"]), pair["targets_file"])
    match = corpus.assign(pair["targets"], corpus.verdict_targets(verdicts))
    return pair, [corpus.outcome(verdicts[j]) if j is not None else "missing" for j in match]


def labelled_and_answered(folder: str, name: str, key: str) -> list[tuple[str, str]]:
    """(the label's verdict, the engine's answer) for each labelled result of pair ``name`` whose metric (real pairs) or
    target (invented pairs) is ``key``."""
    pair, outcomes = answers(folder, name)
    field = "metric" if folder == "verify_real" else "target"
    return [(r["verdict"], a) for r, a in zip(pair["results"], outcomes, strict=True) if r[field] == key]
