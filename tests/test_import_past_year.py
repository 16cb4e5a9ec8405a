"""A past year's work report imported as a plan (an archive's 2022 report imported years later): its
reporting periods long due are created closed as history (no reminder, overdue notice or escalation
for a year gone, a ``period.close`` event marked ``history`` each); and with the five-year tasks left
out, the year's tasks are numbered without gaps (R1-0-1, not R1-0-2 after a five-year R1-0-1)."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from luoshi.core.models import AuditEvent
from luoshi.supervision.actions import periods as period_actions
from luoshi.supervision.models import ImportBatch, Plan
from luoshi.supervision.services import reminders
from luoshi.supervision.services.imports import imported_codes

from .test_five_year_tasks import _OWN_PARTS, _YEAR_ONLY
from .uploads import start_import

pytestmark = pytest.mark.django_db


def _import(office_client, title: str, year: int, text=_OWN_PARTS, name="某市政府工作报告.txt", **extra) -> Plan:
    batch = start_import(office_client, name, text.encode("utf-8"), year=str(year))
    response = office_client.post(reverse("import_confirm", args=[batch.pk]),
                           {"title": title, "year": str(year), "frequency": "quarterly", **extra})
    assert response.status_code == 302, response.content.decode()[:3000]
    return Plan.objects.get(title=title)


def test_a_past_years_periods_are_closed_as_history_and_not_chased(office_client):
    plan = _import(office_client, "往年计划", 2022, close_history="on")
    periods = list(plan.periods.all())
    assert len(periods) == 4 and all(p.closed and p.closed_at for p in periods)
    events = AuditEvent.objects.filter(action="period.close", object_id__in=[str(p.pk) for p in periods])
    assert events.count() == 4 and all(e.detail["history"] for e in events)
    confirm = AuditEvent.objects.filter(action="import.confirm").latest("pk")
    assert confirm.detail["history_periods"] == 4
    chased = {ev.period.pk for ev in reminders.due_reminders(timezone.localdate())}
    assert not chased & {p.pk for p in periods}


def test_a_past_years_periods_stay_open_unless_the_office_asks(office_client):
    """Guard: an old report imported to rehearse the cycle (the demo's 2020 samples) keeps its periods
    open; only the ticked 作为历史周期关闭 closes them."""
    plan = _import(office_client, "往年演练", 2022)
    assert plan.periods.count() == 4 and not plan.periods.filter(closed=True).exists()
    assert "history_periods" not in AuditEvent.objects.filter(action="import.confirm").latest("pk").detail


def test_this_years_plan_keeps_its_periods_open(office_client):
    """Guard: a plan of this year keeps every period open, those past their deadline too."""
    plan = _import(office_client, "本年计划", timezone.localdate().year, close_history="on")
    assert plan.periods.count() == 4 and not plan.periods.filter(closed=True).exists()
    assert not AuditEvent.objects.filter(action="period.close",
                                         object_id__in=[str(pk) for pk in plan.periods.values_list("pk", flat=True)])
    assert "history_periods" not in AuditEvent.objects.filter(action="import.confirm").latest("pk").detail


def test_last_years_period_still_due_stays_open():
    """Early in January last year's fourth quarter is still due: only the periods past their deadline close."""
    office = get_user_model().objects.get(username="office")
    plan = Plan.objects.create(year=2030, title="上年计划")
    made = period_actions.do_create_periods(plan, "quarterly", acting_user=office)
    closed = period_actions.do_close_history_periods(made, today=date(2031, 1, 5), acting_user=office)
    assert [p.name for p in closed] == ["2030年第一季度", "2030年第二季度", "2030年第三季度"]
    assert not plan.periods.get(name="2030年第四季度").closed
    assert period_actions.do_close_history_periods(made, today=date(2031, 1, 5), acting_user=office) == []


def test_the_years_tasks_are_numbered_without_the_five_year_ones(office_client):
    plan = _import(office_client, "五年之外计划", 2022)
    codes = sorted(plan.tasks.values_list("code", flat=True))
    assert codes == ["R1-0-1", "R2-0-1"]        # the engine read them R1-0-2, R2-0-2 after the five years'


def test_the_preview_shows_the_codes_the_plan_will_have(office_client):
    batch = start_import(office_client, "某市政府工作报告.txt", _OWN_PARTS.encode("utf-8"), year="2022")
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "R1-0-2" not in page and "R2-0-2" not in page
    assert page.count("<td>R1-0-1") == 1 and page.count("<td>R2-0-1") == 1   # the five-year rows show no code


def test_codes_kept_when_the_five_year_tasks_come_in_or_there_are_none(office_client):
    """Guards: ticking the five-year tasks in keeps the engine's codes; a report with none is unchanged."""
    plan = _import(office_client, "连同五年计划", 2022, include_five_year="on")
    assert sorted(plan.tasks.values_list("code", flat=True)) == ["R1-0-1", "R1-0-2", "R2-0-1", "R2-0-2"]
    plain = _import(office_client, "只有本年计划", 2021, text=_YEAR_ONLY, name="某县政府工作报告.txt")
    read = [t["id"] for t in ImportBatch.objects.get(plan=plain).preview["tasks"]]
    assert sorted(plain.tasks.values_list("code", flat=True)) == sorted(read)


@pytest.mark.parametrize(("tasks", "expected"), [
    # five-year sentences before the year's under one heading: the year's numbered from 1, letters kept
    ([("R1-0-1", True), ("R1-0-2a", False), ("R1-0-2b", False), ("R1-0-3", False)],
     {"R1-0-2a": "R1-0-1a", "R1-0-2b": "R1-0-1b", "R1-0-3": "R1-0-2"}),
    # five-year between the year's: the gap closed
    ([("R3-1-1", False), ("R3-1-2", True), ("R3-1-3", False), ("R3-2-1", False)],
     {"R3-1-1": "R3-1-1", "R3-1-3": "R3-1-2", "R3-2-1": "R3-2-1"}),
    # a table's codes and an expected target's stay as read (guard)
    ([("E1", False), ("3", False), ("R1-0-1", True)], {"E1": "E1", "3": "3"}),
])
def test_imported_codes(tasks, expected):
    out = imported_codes([{"id": code, "five_year": fy} for code, fy in tasks], True)
    assert {k: v for k, v in out.items() if k in expected} == expected
    kept = imported_codes([{"id": code, "five_year": fy} for code, fy in tasks], False)
    assert kept == {code: code for code, _fy in tasks}


def test_a_bulletin_imported_into_a_history_period_is_not_a_late_correction():
    """A past year's progress document imported into its period closed as history is that period's report;
    into a period a person closed (guard) it stays a late correction (逾期更正), as before."""
    from luoshi.supervision.actions import plans as plan_actions
    from luoshi.supervision.actions import withdrawals

    from .test_import_bulk import make_plan, progress
    office = get_user_model().objects.get(username="office")
    plan, period = make_plan(3, "历史")                       # a plan of 2031, its first half
    assert period_actions.do_close_history_periods([period], today=date(2032, 3, 1), acting_user=office)
    assert period_actions.closed_as_history(period)
    document, preview = progress(plan, 3)
    made = plan_actions.do_import_progress(document, plan, period, preview=preview, acting_user=office)
    assert made and not any(s.late for s in made)

    other, closed = make_plan(3, "人工关闭")
    closed = period_actions.do_close_period(closed, acting_user=office)
    assert not period_actions.closed_as_history(closed)
    document, preview = progress(other, 3)
    made = plan_actions.do_import_progress(document, other, closed, preview=preview, acting_user=office)
    assert made and all(s.late for s in made)
    # reopened and closed again by a person: no longer history
    withdrawals.do_reopen_period(period, "补报", acting_user=office)
    period = period_actions.do_close_period(period, acting_user=office)
    assert not period_actions.closed_as_history(period)


def test_the_preview_says_a_past_years_periods_will_be_history(office_client):
    from django.conf import settings
    batch = start_import(office_client, "某市政府工作报告.txt", _OWN_PARTS.encode("utf-8"), year="2022")
    assert batch.preview["year"] == 2022
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "作为历史周期关闭" in page
    office_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "closed as history" in office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    batch.preview = {**batch.preview, "year": timezone.localdate().year}     # guard: this year's plan
    batch.save(update_fields=["preview"])
    del office_client.cookies[settings.LANGUAGE_COOKIE_NAME]
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "计划名称" in page and "作为历史周期关闭" not in page
