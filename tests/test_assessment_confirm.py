"""A verdict's account (basis, confidence, flags, sub-targets, rule) is stored and shown; a verdict the
engine flags as needing a person counts in bulletins, the dashboard and the API only once the office
confirms it (an action with its audit event) or corrects it with an override."""

import html

import pytest
from django.conf import settings
from django.urls import reverse

from luoshi.core.actions import ActionRefused
from luoshi.core.models import AuditEvent, Organisation
from luoshi.supervision.actions import assessments as assessment_actions
from luoshi.supervision.actions import submissions as submission_actions
from luoshi.supervision.actions.assessments import do_confirm_assessment
from luoshi.supervision.models import Plan
from luoshi.supervision.services import api as api_svc
from luoshi.supervision.services import bulletins, dashboard, latest, plans, review

pytestmark = pytest.mark.django_db

SC2020 = "上城区2020年政府工作报告重点工作"
ORG = "区发改经信局"


@pytest.fixture
def period():
    plan = Plan.objects.get(title=SC2020)
    return plans.current_period(plan)


@pytest.fixture
def task(period):
    org = Organisation.objects.get(name=ORG)
    return period.plan.tasks.filter(lead=org).order_by("order").first()


@pytest.fixture
def office(django_user_model):
    return django_user_model.objects.get(username="office")


@pytest.fixture
def reporter(django_user_model):
    return django_user_model.objects.get(username="reporter")


def accepted(reporter, office, task, period, narrative):
    sub = submission_actions.do_save_and_submit_submission(task, period, narrative, {}, acting_user=reporter)
    return submission_actions.do_accept_submission(sub, acting_user=office)


def test_the_engine_account_is_stored(reporter, office, task, period):
    a = accepted(reporter, office, task, period, "正常推进。")
    assert a.needs_person and a.pending_confirmation
    assert a.basis in ("unit_statement", "none") and 0 <= a.confidence <= 1 and a.rule
    assert a.flags


def test_a_flagged_verdict_counts_only_once_confirmed(client, reporter, office, task, period):
    a = accepted(reporter, office, task, period, "正常推进。")
    assert task.pk not in latest.status_by_task(period.pk)
    assert task.pk not in dashboard.current_by_task(period)
    assert task.pk not in api_svc.latest_assessments([task.pk], period)
    assert a.task_id not in bulletins._classified(period)
    assert a in review.unconfirmed_assessments()
    assert client.login(username="office", password="luoshi-demo")
    queue = client.get(reverse("review_queue")).content.decode()
    assert "待确认研判" in queue and task.code in queue
    page = client.get(reverse("review_submission", args=[a.submission_id])).content.decode()
    assert "需人工确认" in page and reverse("assessment_confirm", args=[a.pk]) in page

    r = client.post(reverse("assessment_confirm", args=[a.pk]))
    assert r.status_code == 302
    a.refresh_from_db()
    assert a.confirmed_at is not None and a.confirmed_by == office and not a.pending_confirmation
    assert latest.status_by_task(period.pk)[task.pk] == a.status
    assert task.pk in dashboard.current_by_task(period) and task.pk in api_svc.latest_assessments([task.pk], period)
    assert a.task_id in bulletins._classified(period)
    event = AuditEvent.objects.get(action="assessment.confirm", object_id=str(a.pk))
    assert event.detail["status"] == a.status and event.detail["rule"] == a.rule
    with pytest.raises(ActionRefused):
        do_confirm_assessment(a, acting_user=office)      # once is enough; nothing overwritten


def test_an_override_confirms_too(reporter, office, task, period):
    a = accepted(reporter, office, task, period, "正常推进。")
    assessment_actions.do_override_assessment(a, "behind", None, "实地核查进度滞后", acting_user=office)
    assert latest.status_by_task(period.pk)[task.pk] == "behind"
    assert a not in review.unconfirmed_assessments()


def test_a_sure_verdict_counts_at_once(reporter, office, task, period):
    a = accepted(reporter, office, task, period, "已完成。")
    assert (a.status, a.basis, a.needs_person) == ("completed", "statement", False)
    assert latest.status_by_task(period.pk)[task.pk] == "completed"


@pytest.mark.parametrize("narrative, waits", [("正常推进。", True), ("已完成。", False)])
def test_accepting_on_the_page_says_whether_the_verdict_waits_for_a_person(client, reporter, task, period,
                                                                          narrative, waits):
    """The message after 采纳 named the verdict alone; a flagged one counts nowhere until confirmed,
    so the message says so (and a sure one does not: the guard)."""
    sub = submission_actions.do_save_and_submit_submission(task, period, narrative, {}, acting_user=reporter)
    assert client.login(username="office", password="luoshi-demo")
    response = client.post(reverse("review_submission", args=[sub.pk]), {"action": "accept", "comment": ""},
                           follow=True)
    page = response.content.decode()
    assert "已采纳；研判结果：" in page
    assert ("需人工确认（确认或调整之前不计入通报、驾驶舱和公开页面）" in page) is waits


def test_only_the_office_confirms(client, reporter, office, task, period):
    a = accepted(reporter, office, task, period, "正常推进。")
    assert client.login(username="reporter", password="luoshi-demo")
    assert client.post(reverse("assessment_confirm", args=[a.pk])).status_code == 403
    a.refresh_from_db()
    assert a.confirmed_at is None


def test_sub_targets_are_shown(client, reporter, office, period):
    task = next(t for t in period.plan.tasks.order_by("order") if len(review.figure_indicators(t)) >= 2)
    inds = review.figure_indicators(task)
    a = accepted(reporter, office, task, period, f"{inds[0].metric}{inds[0].value:g}{inds[0].unit}。")
    assert len(a.sub_targets) >= 2 and any(s["status"] is None for s in a.sub_targets)
    assert client.login(username="office", password="luoshi-demo")
    page = client.get(reverse("review_submission", args=[a.submission_id])).content.decode()
    assert "分项目标" in page and "未报告" in page


def test_the_office_work_list_shows_what_waits_for_confirmation(reporter, office, task, period):
    from luoshi.supervision.services import worklist

    def flagged():
        section = next(s for s in worklist.office_sections(office) if s.key == "flagged")
        return [i.title for i in section.items], section.total

    before = flagged()[1]
    a = accepted(reporter, office, task, period, "正常推进。")
    titles, total = flagged()
    assert total == before + 1 and any(t.startswith(task.code) for t in titles)
    do_confirm_assessment(a, acting_user=office)
    assert flagged()[1] == before


def test_flag_reasons_are_shown_translated(client, reporter, office, task, period):
    """Why a verdict needs a person (提示) is on the review page, the pending list and the task page, in
    Chinese, and in English for an office that reads English."""
    a = accepted(reporter, office, task, period, "正常推进。")
    assert "unit_statement" in a.flags
    assert client.login(username="office", password="luoshi-demo")
    pages = [reverse("review_submission", args=[a.submission_id]), reverse("review_queue"),
             reverse("task_detail", args=[task.pk])]
    for url in pages:
        page = client.get(url).content.decode()
        assert "单位自述，未经核实" in page and "unit_statement" not in page, url
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    for url in pages:
        page = html.unescape(client.get(url).content.decode())
        assert "The unit's own statement, not verified" in page, url


def test_flag_reasons_stay_with_the_office(client, reporter, office, task, period):
    """The 提示 are the office's working notes: the reporting unit opening its own task page sees the
    verdict, not why the engine doubts its report."""
    a = accepted(reporter, office, task, period, "正常推进。")
    assert "unit_statement" in a.flags
    assert client.login(username="reporter", password="luoshi-demo")
    page = client.get(reverse("task_detail", args=[task.pk])).content.decode()
    assert a.reason[:10] in page
    assert "单位自述，未经核实" not in page and 'class="flags"' not in page


def test_every_engine_flag_has_a_translated_label():
    from django.utils import translation

    from luoshi.engine.api import FLAG_LABELS

    assert set(review.FLAG_LABELS) == set(FLAG_LABELS)
    with translation.override("en"):
        untranslated = [k for k, v in review.FLAG_LABELS.items() if str(v) == FLAG_LABELS[k]]
    assert untranslated == []


def test_the_queue_counts_every_unconfirmed_verdict_whether_the_list_is_cut_or_not(client, monkeypatch, reporter,
                                                                                    office, period):
    from luoshi.supervision.views import review as review_views

    org = Organisation.objects.get(name=ORG)
    for t in period.plan.tasks.filter(lead=org).order_by("order")[:2]:
        accepted(reporter, office, t, period, "正常推进。")
    total = review.unconfirmed_assessments().count()
    assert total >= 2
    assert client.login(username="office", password="luoshi-demo")
    monkeypatch.setattr(review_views, "PENDING_SHOWN", total + 1)
    whole = client.get(reverse("review_queue")).context
    assert (len(whole["unconfirmed"]), whole["unconfirmed_count"]) == (total, total)
    monkeypatch.setattr(review_views, "PENDING_SHOWN", total - 1)
    cut = client.get(reverse("review_queue")).context
    assert (len(cut["unconfirmed"]), cut["unconfirmed_count"]) == (total - 1, total)


# Why the engine doubts a verdict (提示) is the office's working note (review.sees_flag_reasons): the same on
# every route a verdict leaves by — the pages, the .xlsx download and the API.  Leaders and inspectors read
# the review page and the task page; they see the verdict and that it awaits a person, not the doubts.
OTHERS = ["leader", "inspector"]


@pytest.mark.parametrize("username", OTHERS)
def test_flag_reasons_are_not_on_the_pages_of_leaders_and_inspectors(client, reporter, office, task, period,
                                                                      username):
    a = accepted(reporter, office, task, period, "正常推进。")
    assert "unit_statement" in a.flags
    assert client.login(username=username, password="luoshi-demo")
    for url in (reverse("review_submission", args=[a.submission_id]), reverse("task_detail", args=[task.pk])):
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert "单位自述，未经核实" not in page and 'class="flags"' not in page, (username, url)


def _assessment_sheet(client, username, period):
    import io

    from openpyxl import load_workbook

    assert client.login(username=username, password="luoshi-demo")
    response = client.get(reverse("export_assessments_xlsx"), {"period": period.pk})
    assert response.status_code == 200
    rows = list(load_workbook(io.BytesIO(b"".join(response.streaming_content) if response.streaming
                                         else response.content)).active.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r and "提示" in r)
    return list(rows[start]), rows[start + 1:]


def test_the_download_has_flag_reasons_for_the_office_only(client, reporter, office, task, period):
    # the download holds the verdicts that count: a flagged one once the office has confirmed it
    a = do_confirm_assessment(accepted(reporter, office, task, period, "正常推进。"), acting_user=office)
    headers, rows = _assessment_sheet(client, "office", period)
    row = next(r for r in rows if r[headers.index("任务编号")] == task.code)
    assert "单位自述，未经核实" in row[headers.index("提示")]
    client.logout()
    for username in OTHERS:
        headers, rows = _assessment_sheet(client, username, period)
        assert not any(r[headers.index("提示")] for r in rows), username
        assert all("单位自述，未经核实" not in str(v) for r in rows for v in r), username
        client.logout()
    assert a.needs_person


@pytest.mark.parametrize("username,sees", [("office", True), ("leader", False), ("inspector", False),
                                           ("reporter", False)])
def test_the_api_gives_flag_reasons_to_the_office_only(client, reporter, office, task, period, username, sees):
    # the API lists the verdicts that count: a flagged one once the office has confirmed it
    a = do_confirm_assessment(accepted(reporter, office, task, period, "正常推进。"), acting_user=office)
    assert client.login(username=username, password="luoshi-demo")
    listed = client.get(reverse("api_assessments"), {"period": period.pk}).json()["results"]
    one = next(x for x in listed if x["id"] == a.pk)
    detail = client.get(reverse("api_task", args=[task.pk])).json()
    mine = next(x for x in detail["assessments"] if x["id"] == a.pk)
    for got in (one, mine):
        assert got["needs_person"] is True and got["confirmed_at"]
        assert ("unit_statement" in got["flags"]) is sees and (got["flags"] == []) is not sees


def test_the_dashboard_says_how_many_accepted_reports_wait_for_a_person(client, reporter, office, task, period):
    """A flagged verdict counts as 未报送 on the dashboard until confirmed, though the unit reported and
    the office accepted: the note under the selectors says how many (the office gets a link to the
    queue); once confirmed the note goes (guard)."""
    a = accepted(reporter, office, task, period, "正常推进。")
    assert a.pending_confirmation
    url = reverse("dashboard") + f"?plan={period.plan_id}&period={period.pk}"
    pending = period.assessments.filter(current=True).pending().count()
    assert client.login(username="leader", password="luoshi-demo")
    page = client.get(url).content.decode()
    assert f"另有 {pending} 项已采纳进展的研判待人工确认，确认前计入未报送。" in page
    assert reverse("review_queue") + "#unconfirmed" not in page
    client.logout()
    assert client.login(username="office", password="luoshi-demo")
    page = client.get(url).content.decode()
    assert reverse("review_queue") + "#unconfirmed" in page
    for each in period.assessments.filter(current=True).pending():
        do_confirm_assessment(each, acting_user=office)
    assert 'id="pending-note"' not in client.get(url).content.decode()
