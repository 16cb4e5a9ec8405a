"""bench/status_docpath.py (issue 11): dev status rows judged by the document path (a page text through
``pipeline.judge``, no work report) against the row path (bench/status.py's ``judge_items``), on one dev set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import status_docpath  # noqa: E402

pytestmark = pytest.mark.engine


@pytest.fixture(scope="module")
def results():
    return status_docpath.main(["--no-corpus", "--sets", "invented9.json", "--shapes", "table", "pipe", "line", "next", "labelled",
                                "spaced"])


@pytest.mark.parametrize("shape", ["table", "pipe"])
def test_a_table_page_is_judged_as_its_rows(results, shape):
    """A page whose rows stand in a table (tabs or pipes, a header naming the columns): every row recovered and
    the document path's verdict the row path's, row for row."""
    c = results[("invented9.json", shape)]["counts"]
    assert c["n"] > 20
    assert c["recovered"] == c["n"]
    assert c["row_doc"] == c["n"]


@pytest.mark.parametrize("shape", ["line", "next", "labelled", "spaced"])
def test_a_numbered_page_is_read(results, shape):
    """A page of numbered rows with no header (1、task：progress; task then progress; 进展情况：…; cells apart by
    spaces) is read as its rows (luoshi/engine/numbered.py)."""
    c = results[("invented9.json", shape)]["counts"]
    assert c["recovered"] == c["n"]
    if shape != "line":     # (a task holding a colon is cut there on one line: its targets may go with it)
        assert c["row_doc"] == c["n"]
