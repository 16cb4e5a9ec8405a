"""Racing requests against a live server (issue 13 item 6), on SQLite and, when it is
reachable, PostgreSQL: every race ends with one success and a clear message for the
other request — 0 × 5xx, 0 duplicates, 0 lost edits — and the audit log written under
that load has no fork and no broken link (bench/races.py prints the same figures)."""

import os
import sys
from pathlib import Path

from .deploy_servers import need_service

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import races  # noqa: E402

ROUNDS = 2


def check(result: dict) -> None:
    print(races.report(result))
    for name, row in result["races"].items():
        if name == races.BASELINE:
            continue
        assert row["http_5xx"] == 0, (name, row)
        assert row["duplicates"] == 0, (name, row)
        assert row["lost_edits"] == 0, (name, row)
        assert row["one_success"] == row["rounds"], (name, row)
        assert row["clear_message"] == row["rounds"], (name, row)
    assert result["audit"]["ok"] and result["audit"]["forks"] == 0 and result["audit"]["events"] > 0


def test_races_on_sqlite(tmp_path):
    result = races.run(ROUNDS, log_dir=tmp_path)
    check(result)
    # the baseline shows the race is real: without the version field both saves succeed
    assert result["races"][races.BASELINE]["lost_edits"] >= 1


def test_races_on_postgresql(tmp_path):
    need_service("127.0.0.1", 5432, "PostgreSQL")
    url = os.environ.get("LUOSHI_RACES_POSTGRES", "postgres://postgres@127.0.0.1:5432")
    check(races.run(ROUNDS, url, log_dir=tmp_path))
