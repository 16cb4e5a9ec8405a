"""The import preview of a work report with a five-year part (今后五年, “十四五”时期): its tasks are shown
marked 五年目标 and left out of the year's plan unless the office ticks 同时导入五年规划部分的任务; the
preview says how many, and the ``import.confirm`` event records how many were left out or included."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse

from luoshi.core.models import AuditEvent
from luoshi.supervision.models import ImportBatch, Plan

from .test_five_year_tasks import _OWN_PARTS
from .uploads import start_import

pytestmark = pytest.mark.django_db

# In the invented report: four five-year tasks (高新技术企业, 研发机构, 岸线生态修复, PM2.5: two sentences
# of two clauses each) and the year's tasks (重点项目, 投资, 托位, 老旧小区).
FIVE_YEAR_WORDS = ("高新技术企业", "研发机构", "岸线生态修复", "PM2.5")
YEAR_WORDS = ("重点项目", "托位", "老旧小区")


def _preview(office_client, text=_OWN_PARTS, name="某市2022政府工作报告.txt") -> ImportBatch:
    return start_import(office_client, name, text.encode("utf-8"), year="2036")


def _five_year_count(batch: ImportBatch) -> int:
    return sum(1 for t in batch.preview["tasks"] if t["five_year"])


def test_preview_marks_and_counts_the_five_year_tasks(office_client):
    batch = _preview(office_client)
    assert batch.preview["mode"] == "plan_new"
    n = _five_year_count(batch)
    assert n >= 2 and batch.preview["five_year"] == n
    assert n < len(batch.preview["tasks"])
    for t in batch.preview["tasks"]:
        assert t["five_year"] is any(w in t["text"] for w in FIVE_YEAR_WORDS), t["text"]
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert page.count('class="five-year"') == n          # each five-year row marked 五年目标
    assert ">五年目标</small>" in page
    assert f"{n} 项任务出自五年规划部分" in page and "不导入本年度计划" in page
    assert 'name="include_five_year"' in page and "同时导入五年规划部分的任务" in page
    office_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert ">five-year goal</small>" in english and "Also import the tasks of the five-year part" in english
    assert f"{n} tasks come from the five-year part" in english and "left out of the year's plan" in english


def test_default_import_leaves_the_five_year_tasks_out(office_client):
    batch = _preview(office_client)
    n, total = _five_year_count(batch), len(batch.preview["tasks"])
    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {"title": "五年测试计划", "year": "2036"})
    assert response.status_code == 302, response.content.decode()[:3000]
    plan = Plan.objects.get(title="五年测试计划")
    texts = list(plan.tasks.values_list("text", flat=True))
    assert len(texts) == total - n
    assert not any(w in t for t in texts for w in FIVE_YEAR_WORDS)
    assert all(any(w in t for t in texts) for w in YEAR_WORDS)
    event = AuditEvent.objects.get(action="import.confirm", object_id=str(batch.pk))
    assert event.detail["five_year_left_out"] == n and event.detail["five_year_included"] == 0
    assert event.detail["tasks"] == total - n and event.detail["excluded"] == 0


def test_ticking_the_box_imports_them(office_client):
    batch = _preview(office_client)
    n, total = _five_year_count(batch), len(batch.preview["tasks"])
    response = office_client.post(reverse("import_confirm", args=[batch.pk]),
                           {"title": "五年测试计划乙", "year": "2036", "include_five_year": "on"})
    assert response.status_code == 302, response.content.decode()[:3000]
    plan = Plan.objects.get(title="五年测试计划乙")
    texts = list(plan.tasks.values_list("text", flat=True))
    assert len(texts) == total
    assert all(any(w in t for t in texts) for w in FIVE_YEAR_WORDS + YEAR_WORDS)
    event = AuditEvent.objects.get(action="import.confirm", object_id=str(batch.pk))
    assert event.detail["five_year_left_out"] == 0 and event.detail["five_year_included"] == n


def test_a_person_excluding_a_row_is_counted_apart_from_the_five_year_tasks(office_client):
    batch = _preview(office_client)
    n, total = _five_year_count(batch), len(batch.preview["tasks"])
    row = next(i for i, t in enumerate(batch.preview["tasks"]) if "托位" in t["text"])
    response = office_client.post(reverse("import_confirm", args=[batch.pk]),
                           {"title": "五年测试计划丙", "year": "2036", f"exclude-{row}": "on"})
    assert response.status_code == 302, response.content.decode()[:3000]
    event = AuditEvent.objects.get(action="import.confirm", object_id=str(batch.pk))
    assert (event.detail["tasks"], event.detail["excluded"], event.detail["five_year_left_out"]) == (total - n - 1, 1, n)


def test_a_report_of_five_years_only_asks_for_the_tick(office_client):
    only = _OWN_PARTS[:_OWN_PARTS.index("　　三、2022年工作安排")] + "　　各位代表！让我们团结一心，奋勇前进！\n"
    batch = _preview(office_client, only, "只有五年部分.txt")
    assert batch.preview["tasks"] and _five_year_count(batch) == len(batch.preview["tasks"])
    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {"title": "只有五年", "year": "2036"})
    assert response.status_code == 400
    assert "同时导入五年规划部分的任务" in response.content.decode()
    assert not Plan.objects.filter(title="只有五年").exists()


def test_a_corrected_version_does_not_add_the_five_year_tasks_unasked(office_client):
    batch = _preview(office_client)
    n = _five_year_count(batch)
    office_client.post(reverse("import_confirm", args=[batch.pk]), {"title": "五年测试计划丁", "year": "2036"})
    plan = Plan.objects.get(title="五年测试计划丁")
    before = plan.tasks.count()
    corrected = _OWN_PARTS.replace("新增托位500个", "新增托位600个")
    again = _preview(office_client, corrected, "更正版.txt")
    assert again.preview["mode"] == "plan_update" and again.preview["plan"] == plan.pk
    page = office_client.get(reverse("import_preview", args=[again.pk])).content.decode()
    assert f"{n} 项任务出自五年规划部分" in page and 'name="include_five_year"' in page
    response = office_client.post(reverse("import_confirm", args=[again.pk]), {})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert plan.tasks.count() == before
    assert any("托位600个" in t for t in plan.tasks.values_list("text", flat=True))
    event = AuditEvent.objects.get(action="plan.correct", object_id=str(plan.pk))
    assert event.detail["five_year_left_out"] == n
