"""The luoshi command: JSON on every sample, one-line errors with the right exit codes."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from luoshi.engine.cli import main

pytestmark = pytest.mark.engine

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


def test_indicators_command(capsys):
    assert main(["indicators", "新增国家高新技术企业25家,力争28家(市下达指标)"]) == 0
    found = json.loads(capsys.readouterr().out)["indicators"]
    assert [(i["value"], i["unit"], i["stretch"]) for i in found] == [(25, "家", False), (28, "家", True)]


def test_tasks_command_on_the_decomposition_table(capsys):
    assert main(["tasks", str(SAMPLES / "shangcheng-2019-decomposition.txt")]) == 0
    tasks = json.loads(capsys.readouterr().out)["tasks"]
    assert len(tasks) == 148 + 15
    first = tasks[0]
    assert first["lead"] == ["区发改经信局"] and first["target_class"] == "A"
    assert first["indicators"][0]["value"] == 5.5


def test_progress_command(capsys):
    assert main(["progress", str(SAMPLES / "gongshu-2020-q2-progress.txt")]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert len(rows) == 128
    assert rows[0]["neutral"] is True  # 正常进行中。


def test_assess_json_every_verdict_has_evidence_or_is_unclear(capsys):
    assert main(["assess", str(SAMPLES / "shangcheng-2020-h1-progress.txt"),
                 "--plan", str(SAMPLES / "shangcheng-2020-work-report.txt"), "--as-of", "2020-06-30"]) == 0
    found = json.loads(capsys.readouterr().out)["assessments"]
    assert len(found) == 113
    for a in found:
        assert a["status"] in {"completed", "ahead", "on_track", "behind", "seriously_behind", "not_started", "unclear"}
        assert a["expected_pct"] == 49.7
        assert a["reason"] and "\n" not in a["reason"]
        if a["status"] != "unclear":
            assert a["evidence"], a


def test_assess_xlsx(tmp_path, capsys):
    from openpyxl import load_workbook

    out = tmp_path / "q2.xlsx"
    assert main(["assess", str(SAMPLES / "gongshu-2020-q2-progress.txt"), "--as-of", "2020-06-30",
                 "--format", "xlsx", "-o", str(out)]) == 0
    ws = load_workbook(out).active
    assert ws.max_row == 2 + 128
    assert ws["F2"].value == "状态"
    # every verdict that needs a person says why (提示), in Chinese
    assert ws["M2"].value == "需人工确认" and ws["N2"].value == "提示"
    flagged = [r for r in ws.iter_rows(min_row=3, values_only=True) if r[12] == "是"]
    assert flagged and all(r[13] and not re.search(r"[a-z_]{4,}", r[13]) for r in flagged)


@pytest.mark.parametrize("args", [
    ["assess", "x.txt"],                                   # no --as-of
    ["assess", "x.txt", "--as-of", "30/06/2020"],          # bad date
    ["indicators", "  "],
])
def test_judging_usage_errors(args):
    _one_line_error(run(*args), 2)


def test_assess_a_document_without_progress_table(tmp_path):
    _one_line_error(run("assess", str(SAMPLES / "shangcheng-2020-work-report.txt"), "--as-of", "2020-06-30"), 3)
