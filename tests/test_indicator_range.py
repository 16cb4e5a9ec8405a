"""A range target (增长6%-7%) survives import end to end: the preview shows it, the confirmed
Indicator keeps its upper end, the task page shows 6–7%, and reaching the low end meets it."""

import io

import pytest
from django.urls import reverse

from luoshi.supervision.models import Indicator, Plan
from luoshi.supervision.services import plans

from .test_imports import upload
from .uploads import batch_of

pytestmark = pytest.mark.django_db


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


def test_an_imported_range_keeps_its_upper_end(office_client):
    data = _table([["1", "稳定工业增长", "规上工业增加值增长6%-7%", "区财政局", ""],
                   ["2", "扩大就业", "新增城镇就业1万人以上", "区统计局", ""]])
    batch = batch_of(upload(office_client, "区间.docx", data, year="2021"))
    first = batch.preview["tasks"][0]["indicators"]
    assert [(i["value"], i["value_high"], i["comparator"]) for i in first] == [(6, 7, ">=")]
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "≥6–7%" in page      # (the preview writes a range as the office does since dca3338)
    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {
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
    detail = office_client.get(reverse("task_detail", args=[task.pk])).content.decode()
    assert "6–7" in detail


# --- the office edits the upper end (调整任务) -------------------------------------------------

@pytest.fixture
def range_task(db):
    from luoshi.core.models import Organisation
    from luoshi.engine import api
    from luoshi.supervision.actions.tasks import do_add_target_version
    from luoshi.supervision.models import Task

    plan = Plan.objects.create(year=2031, title="区间维护计划")
    task = Task.objects.create(plan=plan, code="Q1", text="规上工业增加值增长6%-7%", order=1)
    task.lead.add(Organisation.objects.get(name="区发改经信局"))
    inds, miles = api.parse_indicators(task.text)
    do_add_target_version(task, task.text, inds, miles, reason="", record=False, acting_user=None)
    return task


def _edit(task, rows, **fields):
    data = {"name": task.name, "text": task.current_target.text, "lead": "区发改经信局", "cooperating": "",
            "deadline": "", "deadline_text": "", "weight": "1", "reason": "市里调整区间",
            "ind-metric": [r[0] for r in rows], "ind-comparator": [r[1] for r in rows],
            "ind-value": [r[2] for r in rows], "ind-value_high": [r[3] for r in rows], "ind-unit": [r[4] for r in rows],
            "ms-text": [], "ms-deadline": []}
    data.update(fields)
    return data


def test_the_edit_form_shows_sets_and_clears_the_upper_end(office_client, range_task):
    from luoshi.core.models import AuditEvent

    task = range_task
    form = office_client.get(reverse("task_edit", args=[task.pk])).content.decode()
    assert 'name="ind-value_high" value="7"' in form and 'name="ind-value" value="6"' in form
    metric = task.current_target.indicators.get().metric
    # a new upper end: a new version, the audit event names the indicators before and after
    response = office_client.post(reverse("task_edit", args=[task.pk]), _edit(task, [(metric, ">=", "6", "8", "%")]))
    assert response.status_code == 302, response.content.decode()[:2000]
    ind = task.current_target.indicators.get()
    assert (task.current_target.version, ind.value, ind.value_high, ind.comparator) == (2, 6, 8, ">=")
    event = AuditEvent.objects.filter(action="task.edit").order_by("-id").first()
    assert "indicators" in event.detail["changed"]
    assert event.detail["indicators_before"] == [[metric, ">=", 6.0, 7.0, "%"]]
    assert event.detail["indicators_after"] == [[metric, ">=", 6.0, 8.0, "%"]]
    assert "6–8" in office_client.get(reverse("task_detail", args=[task.pk])).content.decode()
    # a ceiling range: at most its upper end
    response = office_client.post(reverse("task_edit", args=[task.pk]), _edit(task, [(metric, "<=", "3", "3.5", "%")]))
    assert response.status_code == 302
    ind = task.current_target.indicators.get()
    assert (ind.value, ind.value_high, ind.comparator) == (3, 3.5, "<=")
    assert plans.to_engine_task(task).indicators[0].bound() == 3.5
    # cleared: one figure again
    response = office_client.post(reverse("task_edit", args=[task.pk]), _edit(task, [(metric, ">=", "6", "", "%")]))
    assert response.status_code == 302
    ind = task.current_target.indicators.get()
    assert (task.current_target.version, ind.value, ind.value_high) == (4, 6, None)


@pytest.mark.parametrize(("row", "message"), [
    (("6", "5"), "上限须大于目标值"),
    (("6", "6"), "上限须大于目标值"),
    (("", "7"), "须同时填写目标值"),
    (("6", "七"), "须为数字"),
])
def test_a_wrong_upper_end_is_refused_in_chinese(office_client, range_task, row, message):
    task = range_task
    metric = task.current_target.indicators.get().metric
    response = office_client.post(reverse("task_edit", args=[task.pk]), _edit(task, [(metric, ">=", *row, "%")]))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert task.target_versions.count() == 1


# --- exports and statistics show both ends, and hold a figure to the right one ---------------

def test_exports_show_both_ends_of_a_range(office_client, range_task):
    import docx
    from openpyxl import load_workbook

    from luoshi.engine import api
    from luoshi.supervision.actions.tasks import do_add_target_version

    task = range_task
    inds = api.parse_indicators("城镇调查失业率控制在5%-5.5%，新增城镇就业1万人以上")[0]
    do_add_target_version(task, "城镇调查失业率控制在5%-5.5%，新增城镇就业1万人以上", inds, [], reason="调整",
                          record=False, acting_user=None)
    response = office_client.get(reverse("export_tasks_xlsx"), {"plan": task.plan_id})
    data = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    shown = rows[1][rows[0].index("量化指标")]
    assert shown == "城镇调查失业率≤5–5.5%；新增城镇就业≥1万人"
    response = office_client.get(reverse("export_tasks_docx"), {"plan": task.plan_id})
    cells = [c.text for c in docx.Document(io.BytesIO(response.content)).tables[0].rows[1].cells]
    assert any("城镇调查失业率≤5–5.5%" in c for c in cells)


def test_a_statistics_metric_from_a_ceiling_range_is_held_to_its_high_end(range_task):
    from django.contrib.auth import get_user_model

    from luoshi.engine import api
    from luoshi.supervision.actions.statistics import do_define_statistic_metric_from_target
    from luoshi.supervision.actions.tasks import do_add_target_version
    from luoshi.supervision.services import statistics

    task = range_task
    do_add_target_version(task, "城镇调查失业率控制在5%-5.5%", api.parse_indicators("城镇调查失业率控制在5%-5.5%")[0], [],
                          reason="调整", record=False, acting_user=None)
    found = statistics.candidates(task.plan)
    assert [c["label"] for c in found] == ["Q1 城镇调查失业率 ≤5–5.5%"]
    metric = do_define_statistic_metric_from_target(task.plan, found[0]["indicator"].pk,
                                                    acting_user=get_user_model().objects.get(username="office"))
    assert (metric.comparator, metric.target_value) == ("<=", 5.5)


def _old_form(task, rows, **fields):
    """What a page opened before the 上限 column posts: no ind-value_high at all."""
    data = _edit(task, [(*r[:3], "", r[3]) for r in rows], **fields)
    del data["ind-value_high"]
    return data


def test_a_form_posting_no_upper_end_keeps_the_stored_one(office_client, range_task):
    task = range_task
    metric = task.current_target.indicators.get().metric
    # the weight changed, the indicator row as shown: the upper end stays 7
    response = office_client.post(reverse("task_edit", args=[task.pk]), _old_form(task, [(metric, ">=", "6", "%")],
                                                                           weight="2"))
    assert response.status_code == 302, response.content.decode()[:2000]
    task.refresh_from_db()
    ind = task.current_target.indicators.get()
    assert (float(task.weight), ind.value, ind.value_high) == (2.0, 6, 7)
    # the low end changed on the old page: the upper end it did not show still stays
    response = office_client.post(reverse("task_edit", args=[task.pk]), _old_form(task, [(metric, ">=", "6.5", "%")]))
    assert response.status_code == 302
    ind = task.current_target.indicators.get()
    assert (ind.value, ind.value_high) == (6.5, 7)
    # an old page's low end above the stored upper end is refused, not saved without it
    response = office_client.post(reverse("task_edit", args=[task.pk]), _old_form(task, [(metric, ">=", "7.5", "%")]))
    assert response.status_code == 400 and "上限须大于目标值" in response.content.decode()
    assert task.current_target.indicators.get().value_high == 7
    # the metric renamed on the old page: the row in that place keeps its upper end
    response = office_client.post(reverse("task_edit", args=[task.pk]), _old_form(task, [("规上工业增加值增速", ">=", "6.5", "%")]))
    assert response.status_code == 302
    ind = task.current_target.indicators.get()
    assert (ind.metric, ind.value, ind.value_high) == ("规上工业增加值增速", 6.5, 7)
    metric = ind.metric
    # a new text with the old page's rows left as shown: read again from the text
    response = office_client.post(reverse("task_edit", args=[task.pk]), _old_form(
        task, [(metric, ">=", "6.5", "%")], text="规上工业增加值增长5%-6%"))
    assert response.status_code == 302
    ind = task.current_target.indicators.get()
    assert (ind.value, ind.value_high) == (5, 6)


def test_the_service_keeps_an_upper_end_it_was_not_given(range_task):
    from luoshi.supervision.services.task_edits import change_from

    task = range_task
    current = plans.to_engine_task(task).indicators
    data = {"text": task.current_target.text, "name": task.name, "lead": "区发改经信局", "weight": "1",
            "indicator_rows": [{"metric": current[0].metric, "comparator": ">=", "value": "6", "unit": "%"}]}
    assert [i.value_high for i in change_from(data, current).indicators] == [7]
    data["indicator_rows"][0]["value_high"] = ""
    assert [i.value_high for i in change_from(data, current).indicators] == [None]
