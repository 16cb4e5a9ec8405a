"""A range target (增长6%-7%) survives import end to end: the preview shows it, the confirmed
Indicator keeps its upper end, the task page shows 6–7%, and reaching the low end meets it."""

import io

import pytest
from django.urls import reverse

from luoshi.supervision.models import Indicator, Plan
from luoshi.supervision.services import plans

from .test_imports import batch_of, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(client):
    assert client.login(username="office", password="luoshi-demo")
    return client


def _table(rows) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("2021年度重点工作目标任务分解表")
    table = d.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["序号", "任务名称", "指标要求", "牵头单位", "配合单位"], strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_an_imported_range_keeps_its_upper_end(office):
    data = _table([["1", "稳定工业增长", "规上工业增加值增长6%-7%", "区财政局", ""],
                   ["2", "扩大就业", "新增城镇就业1万人以上", "区统计局", ""]])
    batch = batch_of(upload(office, "区间.docx", data, year="2021"))
    first = batch.preview["tasks"][0]["indicators"]
    assert [(i["value"], i["value_high"], i["comparator"]) for i in first] == [(6, 7, ">=")]
    page = office.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "6.0–7.0%" in page
    response = office.post(reverse("import_confirm", args=[batch.pk]), {
        "title": "区间2021计划", "year": "2021", "frequency": "quarterly"})
    assert response.status_code == 302
    plan = Plan.objects.get(title="区间2021计划")
    task = plan.tasks.get(code=batch.preview["tasks"][0]["id"])
    ind = Indicator.objects.get(task=task)
    assert (ind.value, ind.value_high, ind.unit, ind.comparator) == (6, 7, "%", ">=")
    other = Indicator.objects.get(task__code=batch.preview["tasks"][1]["id"], task__plan=plan)
    assert other.value_high is None
    # the engine's view of the stored task keeps it, one task or many at once
    assert plans.to_engine_task(task).indicators[0].value_high == 7
    assert plans.engine_tasks_of(plan.tasks.filter(pk=task.pk))[task.pk].indicators[0].value_high == 7
    detail = office.get(reverse("task_detail", args=[task.pk])).content.decode()
    assert "6–7" in detail
