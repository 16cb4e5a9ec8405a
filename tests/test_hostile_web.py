"""Hostile uploads through the web (issue 13): a form error with the engine's one line, never a 500,
and nothing written; the quick corpus of bench/hostile.py."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from bench import hostile
from luoshi.core.models import Organisation, SourceDocument
from luoshi.supervision.models import ImportBatch, Plan, Task

pytestmark = pytest.mark.django_db

CORPUS = {case.name: case for case in hostile.corpus(quick=True)}
CASES = ["far-cell.xlsx", "merge-all.xlsx", "gridspan.docx", "deep.html", "field.csv", "digits.csv", "big5.txt",
         "sjis.txt", "headings.txt", "tabs.txt", "truncated.xlsx", "junk-zip.docx", "merge-backwards.xlsx",
         "bad-string.xlsx", "zip-version.xlsx", "other-root.docx", "no-text.pdf", "oversize.txt", "empty.txt",
         "binary.docx"]
MESSAGES = {"far-cell.xlsx": "表格行数过多", "gridspan.docx": "跨列数异常", "deep.html": "嵌套过深",
            "field.csv": "CSV 字段过长", "big5.txt": "不支持的编码", "headings.txt": "标题过多",
            "tabs.txt": "文本行过长", "junk-zip.docx": "文件已损坏", "merge-backwards.xlsx": "文件已损坏",
            "bad-string.xlsx": "文件已损坏", "zip-version.xlsx": "文件已损坏", "other-root.docx": "文件已损坏",
            "no-text.pdf": "没有可提取的文字", "oversize.txt": "文件过大", "empty.txt": "文件为空"}


def _counts():
    return [m.objects.count() for m in (SourceDocument, Organisation, ImportBatch, Plan, Task)]


@pytest.mark.parametrize("url", ["/documents/upload/", "/import/"])
@pytest.mark.parametrize("name", CASES)
def test_a_hostile_upload_is_a_form_error_and_writes_nothing(office_client, url, name):
    before = _counts()
    response = office_client.post(url, {"file": SimpleUploadedFile(name, CORPUS[name].build())})
    assert response.status_code == 400
    if name in MESSAGES:
        assert MESSAGES[name] in response.content.decode()
    assert _counts() == before


def test_stray_bytes_are_imported_with_the_text_read(office_client):
    data = hostile.REPORT.encode() * 3 + b"\xff\xfe\xfa"
    response = office_client.post("/documents/upload/", {"file": SimpleUploadedFile("tail.txt", data)})
    assert response.status_code == 302
    stored = SourceDocument.objects.get(name="tail.txt")
    assert stored.encoding == "utf-8" and stored.reading["warnings"]


@pytest.mark.parametrize("url", ["/documents/upload/", "/import/"])
def test_a_bug_while_reading_an_upload_is_a_form_error_saying_so_and_logged(office_client, url, monkeypatch, caplog):
    """A built-in error raised in our reader (a bug, the files package names it a ParseError, not 文件已损坏) is
    caught at the upload's edge: a form error that says it is an internal error, not the file's, the
    traceback in the log, nothing written — never a 500 (issue 10 item 7)."""
    from luoshi.engine.files import documents

    def slip(*args, **kwargs):
        raise KeyError("a slip of ours")

    monkeypatch.setattr(documents, "_docx_grid", slip)
    monkeypatch.setenv("LUOSHI_READ_ISOLATE", "0")   # read in this process, where the slip is patched in
    before = _counts()
    with caplog.at_level("ERROR"):
        response = office_client.post(url, {"file": SimpleUploadedFile("表.docx", hostile._docx(hostile.TABLE))})
    page = response.content.decode()
    assert response.status_code == 400
    assert "程序内部错误" in page and "并非文件的问题" in page and "文件已损坏" not in page
    assert any(r.exc_info and "a slip of ours" in str(r.exc_info[1].__cause__) for r in caplog.records)
    assert _counts() == before
