"""luoshi link and luoshi verify: exit codes, JSON shape, one-line errors."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from luoshi.engine.cli import main

pytestmark = pytest.mark.engine

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"
H1 = str(SAMPLES / "shangcheng-2020-h1-progress.txt")
REPORT = str(SAMPLES / "shangcheng-2020-work-report.txt")
TABLE = str(SAMPLES / "shangcheng-2019-decomposition.txt")


def run(*args):
    return subprocess.run([sys.executable, "-m", "luoshi", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


def test_link_json(capsys):
    assert main(["link", H1, REPORT, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["links"]
    links = data["links"]
    assert len(links) == 113
    for lk in links:
        assert {"row", "task_id", "task_text", "score", "confidence", "candidates", "task_ids"} <= set(lk)
        assert lk["confidence"] in ("sure", "check", "none")
        assert (lk["task_id"] is None) == (lk["confidence"] == "none")
    assert [lk["row"] for lk in links] == list(range(1, 114))
    assert links[1]["task_id"] == "R1-1-2" and links[1]["confidence"] == "sure"


def test_verify_json(capsys):
    assert main(["verify", TABLE, REPORT]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["verdicts", "unanswered_claims"]
    t5 = next(v for v in data["verdicts"] if v["task_id"] == "T5")
    assert t5["verdict"] == "not_met" and t5["actual"]["value"] == 5.6
    assert {"task_id", "metric", "target", "actual", "verdict", "evidence", "reason"} <= set(t5)
    assert data["unanswered_claims"] and {"metric", "value", "unit", "text", "start", "end"} <= set(
        data["unanswered_claims"][0])


def test_no_progress_bars_or_noise():
    r = run("link", H1, REPORT)
    assert r.returncode == 0 and r.stderr == ""
    json.loads(r.stdout)


def test_missing_file_one_line_error(tmp_path):
    r = run("link", str(tmp_path / "nope.txt"), REPORT)
    assert r.returncode == 3
    assert r.stdout == "" and len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("luoshi:")
    r = run("verify", TABLE, str(tmp_path / "nope.txt"))
    assert r.returncode == 3 and len(r.stderr.strip().splitlines()) == 1


def test_missing_argument_is_usage_error():
    r = run("link", H1)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    r = run("verify", TABLE)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    r = run("link", H1, REPORT, "--format", "xml")
    assert r.returncode == 2


def test_plan_without_tasks_or_report_without_review(tmp_path):
    prose = tmp_path / "prose.txt"
    prose.write_text("今天天气很好。\n我们去公园散步。\n", encoding="utf-8")
    r = run("link", H1, str(prose))
    assert r.returncode == 3 and len(r.stderr.strip().splitlines()) == 1
    # a next document with no review part no longer fails the pair (stop 66, verifye): every target is read against
    # the whole text, which here reports nothing, and each verdict says the whole was read
    r = run("verify", TABLE, str(prose))
    assert r.returncode == 0 and "按全文核对" in r.stdout
    assert {v["outcome"] for v in json.loads(r.stdout)["verdicts"]} == {"not_reported"}


def test_binary_input(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 10)
    r = run("verify", str(junk), REPORT)
    assert r.returncode == 3 and len(r.stderr.strip().splitlines()) == 1
