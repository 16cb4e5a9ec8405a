"""The luoshi command: JSON on every sample, one-line errors with the right exit codes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from luoshi.engine.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"

EXPECTED_KIND = {
    "shangcheng-2020-work-report.txt": "work_report",
    "shangcheng-2019-decomposition.txt": "decomposition_table",
    "shangcheng-2020-h1-progress.txt": "progress_table",
    "gongshu-2020-q2-progress.txt": "progress_table",
    "shangcheng-yearbook-awards-and-plans.txt": "awards_table",
}


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "luoshi", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


@pytest.mark.parametrize("name,kind", sorted(EXPECTED_KIND.items()))
def test_read_json_every_sample(name, kind, capsys):
    assert main(["read", str(SAMPLES / name), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == kind
    assert set(data) >= {"kind", "tables", "sections", "sentences"}
    for table in data["tables"]:
        assert set(table) >= {"title", "columns", "rows"}
        for row in table["rows"]:
            assert set(row) <= set(table["columns"])


def test_read_text_format_lists_rows(capsys):
    assert main(["read", str(SAMPLES / "shangcheng-2019-decomposition.txt"), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "类型 decomposition_table" in out
    assert "148 行" in out and "15 行" in out


def test_orgs_command_normalises(capsys):
    assert main(["orgs", "区审管办", "各街道办事处"]) == 0
    names = json.loads(capsys.readouterr().out)["names"]
    assert names[0]["canonical"] == "区行政审批服务办"
    assert names[1]["collective"] is True


def _one_line_error(result, code):
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stdout == ""


def test_missing_file(tmp_path):
    _one_line_error(run("read", str(tmp_path / "nope.txt")), 3)


def test_directory(tmp_path):
    _one_line_error(run("read", str(tmp_path)), 3)


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    _one_line_error(run("read", str(f)), 3)


def test_binary_file(tmp_path):
    f = tmp_path / "binary.txt"
    f.write_bytes(bytes(range(256)) * 40)
    _one_line_error(run("read", str(f)), 3)


def test_oversized_file(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("序号 | 任务名称\n" * 2000, encoding="utf-8")
    _one_line_error(run("read", str(f), "--max-bytes", "1000"), 3)
    _one_line_error(run("read", str(f), env={"LUOSHI_MAX_BYTES": "1000"}), 3)


def test_undecodable_file(tmp_path):
    f = tmp_path / "bad.txt"
    # Valid as neither UTF-8 nor GB18030: lone continuation bytes and a stray 0x80 0xFF run.
    f.write_bytes("任务".encode() + b"\xff\xfe\xff\x80\x80\xff" * 50)
    _one_line_error(run("read", str(f)), 3)


def test_corrupt_docx(tmp_path):
    f = tmp_path / "broken.docx"
    f.write_bytes(b"PK\x03\x04 not really a zip" * 10)
    _one_line_error(run("read", str(f)), 3)


@pytest.mark.parametrize("args", [[], ["read"], ["read", "x.txt", "--format", "yaml"], ["frobnicate"]])
def test_usage_errors(args):
    _one_line_error(run(*args), 2)


def test_gb18030_sample_reads_like_utf8(tmp_path, capsys):
    src = SAMPLES / "shangcheng-2019-decomposition.txt"
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(src.read_text(encoding="utf-8").encode("gb18030"))
    assert main(["read", str(src)]) == 0
    utf = json.loads(capsys.readouterr().out)
    assert main(["read", str(gbk)]) == 0
    gb = json.loads(capsys.readouterr().out)
    assert gb["encoding"] == "gb18030"
    assert gb["tables"] == utf["tables"]
