"""Indicators as the office writes them on the import preview and the task page: 地区生产总值≥9%,
一般公共预算收入基本同步, 约2000亿元 — not the stored comparator and float (">= 9.0%", "=" with no
figure) nor the engine's kind names (growth_rate).  A five-year part's head says 五年目标 too."""

from __future__ import annotations

import pytest
from django.urls import reverse

from luoshi.supervision.models import ImportBatch, Indicator, Plan

from .uploads import start_import

pytestmark = pytest.mark.django_db

REPORT = """某某市人民政府工作报告

　　一、2035年工作回顾

　　过去一年，全市经济平稳运行。

　　二、今后五年的奋斗目标和主要任务

　　（一）建设科创高地。五年内新增高新技术企业1000家。

　　三、2036年工作安排

　　2036年经济社会发展的主要预期目标是：地区生产总值增长9%以上，一般公共预算收入增长与经济增长基本同步，新增城镇就业1.3万人。

　　（一）扩大有效投资。计划实施重点项目1466个，年度计划总投资约2000亿元。

　　各位代表！让我们团结一心，奋勇前进！
"""


def _preview(office_client) -> ImportBatch:
    return start_import(office_client, "某某市2036年政府工作报告.txt", REPORT.encode("utf-8"), year="2036")


def _shown(batch) -> list[str]:
    from luoshi.supervision.views.imports import _plan_rows

    return [i["shown"] for r in _plan_rows(batch) for i in r["indicators"]]


def test_preview_shows_each_indicator_as_written_by_an_office(office_client):
    batch = _preview(office_client)
    shown = _shown(batch)
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    for text in ("地区生产总值≥9%", "一般公共预算收入基本同步", "≥1466个"):
        assert any(text in s for s in shown), (text, shown)
        assert text in page
    assert not any(s.endswith(("=", ">=", "<=")) or ".0" in s for s in shown), shown
    assert "&gt;=" not in page and ">= " not in page


def test_a_five_year_part_says_so_on_its_head(office_client):
    batch = _preview(office_client)
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    head = page.split('<details class="section"')[1:]
    five = [h for h in head if "科创高地" in h or "今后五年" in h.split("</summary>")[0]]
    year = [h for h in head if "重点项目" in h]
    assert five and all('class="five-year-part"' in h.split("</summary>")[0] for h in five)
    assert year and not any('class="five-year-part"' in h.split("</summary>")[0] for h in year)  # guard


def test_task_page_shows_signs_and_kinds_in_words(office_client):
    batch = _preview(office_client)
    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {"title": "某某市2036年计划", "year": "2036"})
    assert response.status_code == 302, response.content.decode()[:2000]
    plan = Plan.objects.get(title="某某市2036年计划")
    growth = Indicator.objects.filter(task__plan=plan, kind="growth_rate").first()
    assert growth is not None and growth.comparator == ">="
    page = office_client.get(reverse("task_detail", args=[growth.task_id])).content.decode()
    table = page.split('class="list indicators"')[1].split("</table>")[0]
    assert "<td>≥</td>" in table and "<td>增长率</td>" in table
    assert "growth_rate" not in table and "&gt;=" not in table


def test_every_indicator_kind_has_a_label():
    from luoshi.engine.judgement import INDICATOR_KINDS

    assert set(Indicator.KIND_LABELS) == set(INDICATOR_KINDS)
    assert Indicator(kind="unheard_of").kind_label() == "unheard_of"
    assert [Indicator(comparator=c).comparator_sign() for c in (">=", "<=", "=")] == ["≥", "≤", "="]


def test_a_confirmed_preview_shows_the_plan_as_named_not_the_default_title(office_client):
    """The office renames the plan when confirming: the batch page afterwards shows that name and
    year, not the file name the preview proposed."""
    batch = _preview(office_client)
    proposed = batch.preview["title"]
    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {"title": "某某市2036年重点工作", "year": "2036"})
    assert response.status_code == 302
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    card = page.split("计划名称", 1)[1].split("</p>", 1)[0]
    assert "某某市2036年重点工作" in card and "2036" in card
    assert proposed != "某某市2036年重点工作" and proposed not in card
