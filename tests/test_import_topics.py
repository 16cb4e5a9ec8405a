"""The import preview of a work report shows its plan as the office will supervise it: a topic sentence
heading a run of measures (做强整车平台。…) is no row but the measures' heading under their 板块, and in a part
titled with the five years and the year only the five years' tasks are marked 五年目标 and left out unless
asked.  The reports are the invented ones of bench/labels/tasks_invented/ (labelled before any engine run)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.urls import reverse

from luoshi.supervision.models import ImportBatch

from .uploads import start_import

pytestmark = pytest.mark.django_db

LABELS = Path(__file__).resolve().parent.parent / "bench" / "labels" / "tasks_invented"


def _preview(office_client, stem: str) -> ImportBatch:
    return start_import(office_client, f"{stem}.txt", (LABELS / f"{stem}.txt").read_bytes(), year="2036")


def test_topics_are_headings_not_rows(office_client):
    batch = _preview(office_client, "t01_city_topics_mid_paragraph")
    rows = batch.preview["tasks"]
    texts = [t["text"] for t in rows]
    for topic in ("做强整车平台", "做强材料平台", "做强数字平台", "提升城市功能品质", "提升城市治理效能"):
        assert not [t for t in texts if t.startswith(topic)], topic
    headed = {t["heading"] for t in rows if t["text"].startswith(("支持龙头车企", "引导本地配套", "加快某某新材料"))}
    assert headed == {"做强整车平台", "做强材料平台"}
    assert "创建国家园林城市。" in texts               # a short real task stays a row
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert '<small class="meta">做强整车平台</small>' in page
    assert "做强整车平台。" not in page


def test_mixed_part_marks_only_the_five_years(office_client):
    batch = _preview(office_client, "t04_county_mixed_five_year_part")
    five = {t["text"][:8] for t in batch.preview["tasks"] if t["five_year"]}
    assert five == {"做大做强绿色食品", "培育壮大新型储能", "高标准编制县城国", "建成县城环城快速", "建设高标准农田1"}
    assert batch.preview["five_year"] == 5
    assert not [t for t in batch.preview["tasks"] if t["text"].startswith("2026年是")]


def test_numbered_run_in_titles_head_their_rows(office_client):
    """A numbered run-in title (1．培育壮大战略性新兴产业。 then its measures on the line) is no row: its measures are
    shown under it, with no number (stop 35, t22 fitted after its first run)."""
    batch = _preview(office_client, "t22_city_numbered_run_in_titles_and_result_pieces")
    rows = batch.preview["tasks"]
    texts = [t["text"].lstrip("0123456789．. ") for t in rows]
    for title in ("培育壮大战略性新兴产业", "优化营商环境", "办好人民满意的教育"):
        assert not [t for t in texts if t.startswith(title)], title
    headed = {t["heading"] for t in rows if t["text"].startswith(("推动某某储能电池", "深化“高效办成一件事”"))}
    assert headed == {"培育壮大战略性新兴产业", "优化营商环境"}
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert '<small class="meta">培育壮大战略性新兴产业</small>' in page


def test_bullet_field_titles_and_bracketed_lead_units_in_the_preview(office_client):
    """A bullet's field title (● 产业发展) is no row but its items' heading; an item's lead unit in brackets after it
    (（牵头单位：县工信局）) is no row but the item's lead, listed among the preview's departments and kept as the task's
    lead when the office confirms (stop 45, t44 fitted after its one judging)."""
    from luoshi.supervision.models import Plan

    batch = _preview(office_client, "t44_county_bullet_field_titles_numbered_items_run_on_across_fields_with_lead_units_in_brackets")
    rows = [t for t in batch.preview["tasks"] if t["kind"] == "task"]
    assert not [t for t in rows if "牵头单位" in t["text"] or t["text"].lstrip("● ") in ("产业发展", "民生保障")]
    assert len(rows) == 21
    assert {t["heading"] for t in rows} == {"产业发展", "扩大内需", "城乡建设", "改革开放", "民生保障", "安全稳定"}
    school = next(t for t in rows if t["text"].startswith("新建城区第六小学"))
    assert school["heading"] == "民生保障" and school["lead"] == ["县教体局"]
    assert {"name": "县教体局", "known": False} in batch.preview["departments"]
    done = office_client.post(reverse("import_confirm", args=[batch.pk]), {"confirm_new_units": "on"})
    assert done.status_code == 302
    batch.refresh_from_db()
    plan = Plan.objects.get(pk=batch.corrections["result"]["plan"])
    task = next(t for t in plan.tasks.all() if t.text.startswith("新建城区第六小学"))
    assert list(task.lead.values_list("name", flat=True)) == ["县教体局"]


def test_a_target_letters_categories_are_the_parts_of_its_rows(office_client):
    """A target responsibility letter's spreadsheet table (考核类别 merged over its rows, left empty after the first; score
    and scoring-standard cells after each task): each row a task under its category as its 板块, the score and standard
    cells no rows, the row opened by a later year marked 五年目标 (stop 52, t55 fitted after its first run)."""
    batch = _preview(office_client, "t55_county_township_target_responsibility_letter_spreadsheet_rows_tab_separated_"
                                    "merged_category_cells_left_empty_with_score_and_scoring_standard_columns")
    rows = [t for t in batch.preview["tasks"] if t["kind"] == "task"]
    assert len(rows) == 17
    assert [t["part"] for t in rows[:5]] == ["经济发展"] * 4 + ["乡村振兴"]
    assert {t["part"] for t in rows} == {"经济发展", "乡村振兴", "社会民生", "生态环境", "安全稳定"}
    assert [t["text"][:7] for t in rows if t["five_year"]] == ["到2030年，"]
    assert not [t for t in rows if "扣" in t["text"] or "计分" in t["text"]]
