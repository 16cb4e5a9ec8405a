"""A progress bulletin on a work report (…政府工作报告…完成情况通报) uploaded without a plan is read as
a work report and has no tasks to import: the import says in one line that it looks like a progress
bulletin and where it belongs (a plan and period chosen on the import page), not 文件中未找到任务.
The title is told from a work report's by its words (words.toml kind.report_title, kind.progress_title)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from luoshi.engine import kinds
from luoshi.supervision.models import ImportBatch

# Invented, in the manner of county supervision bulletins (names and figures made up).
BULLETIN = """2023年某某县政府工作报告上半年完成情况通报

按照县政府关于印发2023年《政府工作报告》重点任务分解落实方案的通知要求，县政府督查室对重点任务上半年完成情况进行了督查。

从督查情况看，大部分任务推进有序。城东污水处理厂已通过验收，某某大道改造工程已完工。

但仍有部分任务未达序时进度，主要是：城南安置小区二期、县人民医院新院区。请各责任单位加快推进。

某某县人民政府督查室
2023年7月12日
"""


@pytest.mark.parametrize(("text", "title"), [
    ("2019年县政府工作报告三季度完成情况通报\n\n正文", "2019年县政府工作报告三季度完成情况通报"),
    ("关于2024年《政府工作报告》重点任务落实情况的通报\n正文", "关于2024年《政府工作报告》重点任务落实情况的通报"),
    ("\n  某区2022年政府工作报告目标任务推进情况\n正文", "某区2022年政府工作报告目标任务推进情况"),
    # a bulletin on the works' progress naming no report is a progress page too (kinds.PROGRESS_BULLETIN, stop 64)
    ("2023年民生实事项目推进情况通报\n正文", "2023年民生实事项目推进情况通报"),
    # guards: a work report's own title; progress words with no bulletin and no work report named; a title in the
    # second line
    ("政府工作报告\n——2023年1月在某市人民代表大会上\n过去一年完成情况良好", ""),
    ("2023年民生实事项目推进情况\n正文", ""),
    ("某市人民政府\n政府工作报告落实情况通报", ""),
])
def test_progress_title(text, title):
    assert kinds.progress_title(text) == title


@pytest.mark.django_db
def test_the_import_points_a_bulletin_to_the_progress_route(client):
    assert client.login(username="office", password="luoshi-demo")
    response = client.post(reverse("import_start"), {
        "file": SimpleUploadedFile("督查通报.txt", BULLETIN.encode("utf-8")), "year": "2023"}, follow=True)
    page = response.content.decode()
    assert "像是进展情况通报" in page and "作为进展导入" in page, page[:3000]
    assert "文件中未找到任务" not in page
    assert not ImportBatch.objects.filter(plan__isnull=False, name="督查通报.txt").exists()


@pytest.mark.django_db
def test_the_line_in_english(client):
    from django.conf import settings
    assert client.login(username="office", password="luoshi-demo")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.post(reverse("import_start"), {
        "file": SimpleUploadedFile("bulletin.txt", BULLETIN.encode("utf-8")), "year": "2023"}, follow=True)
    assert "looks like a progress bulletin" in response.content.decode()
