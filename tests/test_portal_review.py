"""Department portal and office review (部门填报与督查科审核): versions, review,
assessment only on acceptance, overrides, closed periods, target versions,
permissions and bad input."""

from collections import Counter

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from luoshi.core.models import AuditEvent, Organisation
from luoshi.supervision.actions import periods as period_actions
from luoshi.supervision.actions import submissions as submission_actions
from luoshi.supervision.actions import tasks as task_actions
from luoshi.supervision.models import Assessment, Attachment, Plan, ReportingPeriod, Submission, Task
from luoshi.supervision.services import plans, review

from .demo import login

pytestmark = pytest.mark.django_db

SC2020 = "上城区2020年政府工作报告重点工作"
ORG = "区发改经信局"


def user(django_user_model, name):
    return django_user_model.objects.get(username=name)


@pytest.fixture
def org(db):
    return Organisation.objects.get(name=ORG)


@pytest.fixture
def plan(db):
    return Plan.objects.get(title=SC2020)


@pytest.fixture
def open_period(plan):
    period = plans.current_period(plan)
    assert not period.closed
    return period


@pytest.fixture
def closed_period(plan):
    return plan.periods.filter(closed=True).first()


@pytest.fixture
def task(plan, org):
    """A task the reporter's unit leads, with count indicators to fill figures for."""
    for t in plan.tasks.filter(lead=org).order_by("order"):
        inds = review.figure_indicators(t)
        if inds and all(i.unit and i.unit != "%" and i.value for i in inds):
            return t
    pytest.fail("no task with count indicators led by the reporter's unit")


@pytest.fixture
def foreign_task(plan, org):
    return plan.tasks.exclude(lead=org).exclude(cooperating=org).order_by("order").first()


@pytest.fixture
def reporter(django_user_model):
    return user(django_user_model, "reporter")


@pytest.fixture
def office(django_user_model):
    return user(django_user_model, "office")


def report_url(task, period):
    return reverse("portal_report", args=[task.pk, period.pk])


def figure_post(task, value):
    return {f"fig_{i.pk}": value for i in review.figure_indicators(task)}


# --- the whole cycle through the pages -------------------------------------------

def test_draft_return_resubmit_accept_cycle(client, task, open_period, org):
    url = report_url(task, open_period)
    login(client, "reporter")
    page = client.get(url)
    assert page.status_code == 200
    body = page.content.decode()
    assert "保存草稿" in body and "提交" in body
    ind = review.figure_indicators(task)[0]
    assert ind.text in body or ind.metric in body  # the target beside its figure field

    r = client.post(url, {"narrative": "第一稿：项目前期准备。", "action": "save", **figure_post(task, "")})
    assert r.status_code == 302
    v1 = Submission.objects.get(task=task, period=open_period, organisation=org)
    assert (v1.state, v1.version) == ("draft", 1)

    r = client.post(url, {"narrative": "第一稿修改：项目前期准备基本完成。", "action": "save"})
    assert r.status_code == 302
    assert Submission.objects.filter(task=task, period=open_period, organisation=org).count() == 1
    v1.refresh_from_db()
    assert "修改" in v1.narrative
    edit = AuditEvent.objects.filter(action="submission.edit", object_id=str(v1.pk)).last()
    assert edit.detail["old"]["narrative"] == "第一稿：项目前期准备。"

    r = client.post(url, {"narrative": v1.narrative, "action": "submit"})
    assert r.status_code == 302
    v1.refresh_from_db()
    assert v1.state == "submitted" and v1.submitted_at
    assert not Assessment.objects.filter(submission=v1).exists()

    login(client, "office")
    queue = client.get(reverse("review_queue")).content.decode()
    assert reverse("review_submission", args=[v1.pk]) in queue
    r = client.post(reverse("review_submission", args=[v1.pk]), {"action": "return", "comment": "请补充具体数据"})
    assert r.status_code == 302
    v1.refresh_from_db()
    assert v1.state == "returned" and v1.reviewed_by.username == "office" and v1.review_comment == "请补充具体数据"
    pending, recent = client.get(reverse("review_queue")).content.decode().split("最近审核")
    assert reverse("review_submission", args=[v1.pk]) not in pending
    assert "请补充具体数据" in recent and "office" in recent

    login(client, "reporter")
    page = client.get(url).content.decode()
    assert "请补充具体数据" in page and "已退回" in page
    r = client.post(url, {"narrative": "已全部完成，项目全部落地。", "action": "submit", **figure_post(task, "5")})
    assert r.status_code == 302
    v2 = Submission.objects.get(task=task, period=open_period, organisation=org, version=2)
    assert v2.supersedes_id == v1.pk and v2.state == "submitted"
    assert v2.figures and v2.figures[0]["value"] == 5.0
    v1.refresh_from_db()
    assert v1.state == "returned"  # the earlier version is kept as it was

    login(client, "office")
    review_page = client.get(reverse("review_submission", args=[v2.pk])).content.decode()
    assert "<ins>" in review_page or "<del>" in review_page  # diff against v1
    r = client.post(reverse("review_submission", args=[v2.pk]), {"action": "accept", "comment": "同意"})
    assert r.status_code == 302
    v2.refresh_from_db()
    assert v2.state == "accepted" and v2.reviewed_by.username == "office"
    a = Assessment.objects.get(task=task, period=open_period, current=True)
    assert a.submission_id == v2.pk and a.evidence and a.reason
    counts = Counter(x.effective_status for x in plans.current_assessments(open_period))
    assert counts[a.status] >= 1 and sum(counts.values()) == 1  # the only accepted report of the period
    page = client.get(reverse("review_submission", args=[v2.pk])).content.decode()
    assert f"st st-{a.status}" in page and 'class="evidence"' in page and "序时进度" in page
    assert AuditEvent.objects.filter(action="submission.accept", object_id=str(v2.pk)).exists()


def test_figure_field_counts_for_the_engine(task, open_period, reporter, office):
    ind = review.figure_indicators(task)[0]
    sub = submission_actions.do_save_and_submit_submission(task, open_period, "项目有序推进。", {ind.pk: ind.value},
                                                           acting_user=reporter)
    assessment = submission_actions.do_accept_submission(sub, acting_user=office)
    assert assessment.completion_pct is not None and assessment.completion_pct >= 99
    assert any(review.FIGURES_HEADING not in e["text"] and e["text"] in review.assessed_text(sub)
               for e in assessment.evidence)


def test_draft_or_pending_makes_no_assessment(task, open_period, reporter):
    before = Assessment.objects.filter(period=open_period).count()
    draft = submission_actions.do_save_submission_draft(task, open_period, "已完成全部工作。", {},
                                                        acting_user=reporter)
    assert Assessment.objects.filter(period=open_period).count() == before
    submission_actions.do_submit_submission(draft, acting_user=reporter)
    assert Assessment.objects.filter(period=open_period).count() == before
    assert not plans.current_assessments(open_period).filter(task=task).exists()


def test_only_office_reviews_and_return_needs_comment(task, open_period, reporter, office, django_user_model):
    sub = submission_actions.do_save_and_submit_submission(task, open_period, "正常推进。", {},
                                                           acting_user=reporter)
    with pytest.raises(PermissionDenied):
        submission_actions.do_accept_submission(sub, acting_user=user(django_user_model, "leader"))
    with pytest.raises(PermissionDenied):
        submission_actions.do_accept_submission(sub, acting_user=reporter)
    with pytest.raises(review.ReviewError):
        submission_actions.do_return_submission(sub, "   ", acting_user=office)
    submission_actions.do_return_submission(sub, "请补充", acting_user=office)
    with pytest.raises(review.ReviewError):
        submission_actions.do_accept_submission(sub, acting_user=office)  # a returned version is no longer pending


def test_newer_submitted_version_replaces_pending(task, open_period, reporter, office):
    v1 = submission_actions.do_save_and_submit_submission(task, open_period, "第一版。", {}, acting_user=reporter)
    v2 = submission_actions.do_save_and_submit_submission(task, open_period, "第二版，已完成。", {},
                                                          acting_user=reporter)
    assert v2.version == 2 and v2.supersedes_id == v1.pk
    pending = set(review.pending_submissions().values_list("pk", flat=True))
    assert v2.pk in pending and v1.pk not in pending
    with pytest.raises(review.ReviewError):
        submission_actions.do_accept_submission(v1, acting_user=office)


def test_override_keeps_engine_verdict(client, task, open_period, reporter, office):
    sub = submission_actions.do_save_and_submit_submission(task, open_period, "尚未启动。", {},
                                                           acting_user=reporter)
    a = submission_actions.do_accept_submission(sub, acting_user=office)
    engine_status = a.status
    new = "on_track" if engine_status != "on_track" else "behind"
    login(client, "office")
    url = reverse("assessment_override", args=[a.pk])
    r = client.post(url, {"status": new, "completion_pct": "60", "reason": ""})
    assert r.status_code == 400 and not a.overrides.exists()  # a reason is required
    r = client.post(url, {"status": "nonsense", "completion_pct": "", "reason": "x"})
    assert r.status_code == 400
    r = client.post(url, {"status": new, "completion_pct": "60", "reason": "实地核查已开工"})
    assert r.status_code == 302
    a.refresh_from_db()
    assert a.status == engine_status and a.effective_status == new
    counts = Counter(x.effective_status for x in plans.current_assessments(open_period))
    assert counts[new] == 1
    page = client.get(reverse("review_submission", args=[sub.pk])).content.decode()
    assert f"st-{engine_status}" in page and f"st-{new}" in page and "实地核查已开工" in page
    assert AuditEvent.objects.filter(action="assessment.override", object_id=str(a.pk)).exists()


# --- closed periods and targets --------------------------------------------------

def test_closed_period_correction_is_late_and_visible(client, plan, closed_period, org, reporter, office):
    accepted = Submission.objects.filter(period=closed_period, organisation=org, state="accepted").first()
    task = accepted.task
    sub = submission_actions.do_save_submission_draft(task, closed_period, accepted.narrative + "（更正：已完成）",
                                                      {}, acting_user=reporter)
    assert sub.late and sub.version == accepted.version + 1 and sub.supersedes_id == accepted.pk
    submission_actions.do_submit_submission(sub, acting_user=reporter)
    sub.refresh_from_db()
    assert sub.late and sub.state == "submitted"
    login(client, "reporter")
    page = client.get(report_url(task, closed_period)).content.decode()
    assert "逾期更正" in page and "已关闭" in page
    login(client, "office")
    assert "逾期更正" in client.get(reverse("review_queue")).content.decode()
    a = submission_actions.do_accept_submission(sub, acting_user=office)
    assert a.current and a.submission_id == sub.pk
    assert Assessment.objects.filter(task=task, period=closed_period, current=False).exists()  # the old verdict kept
    closed_period.refresh_from_db()
    assert closed_period.closed  # still locked


def test_closed_period_without_report_refuses(org, reporter):
    """A closed period admits only corrections: a unit that never reported there cannot start now."""
    for period in ReportingPeriod.objects.filter(closed=True):
        reported = Submission.objects.filter(period=period, organisation=org).values_list("task", flat=True)
        task = period.plan.tasks.filter(lead=org).exclude(pk__in=reported).first()
        if task is not None:
            break
    else:
        pytest.fail("no closed period without a report of the unit")
    with pytest.raises(review.ReviewError, match="逾期更正"):
        submission_actions.do_save_submission_draft(task, period, "补报。", {}, acting_user=reporter)
    assert not Submission.objects.filter(task=task, period=period, organisation=org).exists()


def test_close_period_is_final(client, open_period, office):
    login(client, "office")
    r = client.post(reverse("period_close", args=[open_period.pk]))
    assert r.status_code == 302
    open_period.refresh_from_db()
    assert open_period.closed and open_period.closed_by.username == "office"
    with pytest.raises(review.ReviewError):
        period_actions.do_close_period(open_period, acting_user=office)
    page = client.get(reverse("periods")).content.decode()
    assert open_period.name in page


def test_create_periods(client, plan):
    login(client, "office")
    r = client.post(reverse("periods"), {"plan": plan.pk, "frequency": "monthly", "name": "",
                                          "deadline_days": 5})
    assert r.status_code == 302
    assert plan.periods.filter(frequency="monthly").count() == 12
    data = {"plan": plan.pk, "frequency": "quarterly", "name": "2020年专项督查", "start": "2020-07-01",
            "end": "2020-09-30", "deadline": "2020-10-15", "deadline_days": 10}
    assert client.post(reverse("periods"), data).status_code == 302
    p = ReportingPeriod.objects.get(plan=plan, name="2020年专项督查")
    assert str(p.deadline) == "2020-10-15"
    assert client.post(reverse("periods"), data).status_code == 400  # same name again
    bad = dict(data, name="倒置", start="2020-10-01", end="2020-09-01")
    assert client.post(reverse("periods"), bad).status_code == 400
    assert not ReportingPeriod.objects.filter(name="倒置").exists()
    assert client.post(reverse("periods"), dict(data, name="无日期", start="", end="")).status_code == 400


def test_change_target_keeps_baseline(client, task, office):
    baseline = task.baseline
    text_before = baseline.text
    login(client, "office")
    url = reverse("task_target", args=[task.pk])
    assert client.post(url, {"text": "新增目标项目10个", "reason": ""}).status_code == 400
    r = client.post(url, {"text": "新增目标项目10个，开工5个", "reason": "市里调整下达指标"})
    assert r.status_code == 302
    task.refresh_from_db()
    assert task.current_target.version == baseline.version + 1
    assert task.current_target.reason == "市里调整下达指标"
    assert task.current_target.indicators.exists()
    baseline.refresh_from_db()
    assert task.baseline.pk == baseline.pk and baseline.text == text_before
    page = client.get(url).content.decode()
    assert "基线" in page and "市里调整下达指标" in page
    with pytest.raises(review.ReviewError):
        task_actions.do_change_task_target(task, "新增目标项目10个，开工5个", "再次", acting_user=office)  # unchanged


# --- permissions ----------------------------------------------------------------

def test_reporter_cannot_touch_other_units(client, foreign_task, open_period, plan, org, reporter):
    login(client, "reporter")
    assert client.get(report_url(foreign_task, open_period)).status_code == 403
    assert client.post(report_url(foreign_task, open_period), {"narrative": "x", "action": "save"}).status_code == 403
    other = Submission.objects.filter(period__plan=plan).exclude(organisation=org).first()
    assert client.get(reverse("portal_submission", args=[other.pk])).status_code == 403
    assert client.get(reverse("review_submission", args=[other.pk])).status_code == 403
    with pytest.raises(PermissionDenied):
        submission_actions.do_save_submission_draft(foreign_task, open_period, "越权填报", {},
                                                    acting_user=reporter)
    assert not Submission.objects.filter(task=foreign_task, period=open_period).exists()


def test_portal_lists_own_tasks_with_deadline(client, plan, org, open_period):
    login(client, "reporter")
    page = client.get(reverse("portal")).content.decode()
    assert plan.title in page and open_period.name in page and str(open_period.deadline) in page
    assert "牵头任务" in page and "配合任务" in page  # the 拱墅 plan has cooperating tasks
    for t in plan.tasks.filter(lead=org):
        assert report_url(t, open_period) in page
    foreign = plan.tasks.exclude(lead=org).exclude(cooperating=org).first()
    assert report_url(foreign, open_period) not in page


@pytest.fixture
def pages(task, open_period, org, plan, reporter, office):
    """One URL per page/endpoint, with the objects they need."""
    own = submission_actions.do_save_and_submit_submission(task, open_period, "进展正常。", {},
                                                           [SimpleUploadedFile("说明.pdf", b"%PDF-1.4 test", "application/pdf")],
                                                           acting_user=reporter)
    accepted = Submission.objects.filter(period__plan=plan, state="accepted").exclude(organisation=org).first()
    assessment = Assessment.objects.filter(submission=accepted).first()
    other_open = ReportingPeriod.objects.filter(closed=False).exclude(pk=open_period.pk).first()
    return {
        "portal": ("get", reverse("portal"), {}),
        "portal_report": ("get", report_url(task, open_period), {}),
        "portal_submission": ("get", reverse("portal_submission", args=[own.pk]), {}),
        "attachment": ("get", reverse("submission_attachment", args=[own.attachments.first().pk]), {}),
        "review_queue": ("get", reverse("review_queue"), {}),
        "review_submission": ("get", reverse("review_submission", args=[accepted.pk]), {}),
        "review_action": ("post", reverse("review_submission", args=[own.pk]), {"action": "return", "comment": "补充"}),
        "override": ("post", reverse("assessment_override", args=[assessment.pk]),
                     {"status": "behind", "reason": "核查"}),
        "periods": ("get", reverse("periods"), {}),
        "period_close": ("post", reverse("period_close", args=[other_open.pk]), {}),
        "task_target": ("get", reverse("task_target", args=[task.pk]), {}),
        "task_target_post": ("post", reverse("task_target", args=[task.pk]), {"text": "新目标1个", "reason": "调整"}),
    }


MATRIX = {
    #                    anonymous, office, reporter, leader, stats, inspector
    "portal":            (302, 403, 200, 403, 403, 403),
    "portal_report":     (302, 403, 200, 403, 403, 403),
    "portal_submission": (302, 403, 200, 403, 403, 403),
    "attachment":        (302, 200, 200, 200, 403, 200),
    "review_queue":      (302, 200, 403, 403, 403, 403),
    "review_submission": (302, 200, 403, 200, 403, 200),
    "review_action":     (302, 302, 403, 403, 403, 403),
    "override":          (302, 302, 403, 403, 403, 403),
    "periods":           (302, 200, 403, 403, 403, 403),
    "period_close":      (302, 302, 403, 403, 403, 403),
    "task_target":       (302, 200, 403, 200, 200, 200),
    "task_target_post":  (302, 302, 403, 403, 403, 403),
}
USERS = [None, "office", "reporter", "leader", "stats", "inspector"]


@pytest.mark.parametrize("who", USERS)
def test_role_matrix(client, pages, who):
    if who:
        login(client, who)
    for name, (method, url, data) in pages.items():
        response = getattr(client, method)(url, data)
        expected = MATRIX[name][USERS.index(who)]
        assert response.status_code == expected, (who, name, response.status_code)
        if expected == 302 and who is None:
            assert "/login/" in response["Location"]


# --- attachments and bad input -----------------------------------------------------

def test_attachment_kept_byte_for_byte(client, task, open_period, settings):
    login(client, "reporter")
    content = b"%PDF-1.4 " + bytes(range(256))
    r = client.post(report_url(task, open_period), {
        "narrative": "见附件。", "action": "save",
        "attachments": [SimpleUploadedFile("证明材料.pdf", content, "application/pdf")]})
    assert r.status_code == 302
    att = Attachment.objects.get(submission__task=task, submission__period=open_period)
    assert bytes(att.content) == content and att.size == len(content) and len(att.sha256) == 64
    download = client.get(reverse("submission_attachment", args=[att.pk]))
    assert download.content == content and "attachment" in download["Content-Disposition"]
    settings.LUOSHI_MAX_UPLOAD_BYTES = 10
    r = client.post(report_url(task, open_period), {
        "narrative": "再附一份。", "action": "save",
        "attachments": [SimpleUploadedFile("大文件.pdf", b"x" * 100, "application/pdf")]})
    assert r.status_code == 400 and "附件过大" in r.content.decode()
    assert Attachment.objects.filter(submission__task=task).count() == 1
    sub = Submission.objects.get(task=task, period=open_period)
    assert sub.narrative == "见附件。"  # nothing half-saved
    r = client.post(report_url(task, open_period), {
        "narrative": "脚本。", "action": "save",
        "attachments": [SimpleUploadedFile("x.exe", b"MZ", "application/octet-stream")]})
    assert r.status_code == 400 and "不支持的附件类型" in r.content.decode()


@pytest.mark.parametrize("data,message", [
    ({"narrative": "", "action": "save"}, ""),
    ({"narrative": "   ", "action": "submit"}, ""),
    ({"narrative": "甲" * 20001, "action": "save"}, ""),
    ({"narrative": "正常", "action": "delete"}, "未知的操作"),
])
def test_bad_report_input(client, task, open_period, data, message):
    login(client, "reporter")
    r = client.post(report_url(task, open_period), data)
    assert r.status_code == 400
    assert message in r.content.decode()
    assert not Submission.objects.filter(task=task, period=open_period).exists()


@pytest.mark.parametrize("value", ["abc", "1e400", "99999999999999", "１２三", "nan"])
def test_bad_figures(client, task, open_period, value):
    login(client, "reporter")
    r = client.post(report_url(task, open_period), {"narrative": "正常推进。", "action": "save",
                                                    **figure_post(task, value)})
    assert r.status_code == 400
    assert 'class="errorlist' in r.content.decode()
    assert not Submission.objects.filter(task=task, period=open_period).exists()


def test_figures_for_foreign_indicators_refused(task, foreign_task, open_period, reporter):
    other = foreign_task.indicators.first() or Task.objects.exclude(pk=task.pk).filter(indicators__isnull=False) \
        .first().indicators.first()
    with pytest.raises(review.ReviewError):
        submission_actions.do_save_submission_draft(task, open_period, "x", {other.pk: 1},
                                                    acting_user=reporter)
    with pytest.raises(review.ReviewError):
        submission_actions.do_save_submission_draft(task, open_period, "x", "not a mapping",
                                                    acting_user=reporter)


def test_hostile_text_is_escaped(client, task, open_period, reporter, office):
    hostile = "<script>alert('x')</script>已完成"
    sub = submission_actions.do_save_and_submit_submission(task, open_period, hostile, {},
                                                           acting_user=reporter)
    login(client, "office")
    page = client.get(reverse("review_submission", args=[sub.pk])).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    submission_actions.do_return_submission(sub, "<b>bad</b><script>x()</script>", acting_user=office)
    login(client, "reporter")
    page = client.get(report_url(task, open_period)).content.decode()
    assert "<script>x()" not in page and "&lt;b&gt;bad" in page
    sub2 = submission_actions.do_save_and_submit_submission(task, open_period,
                                                            hostile + "<img src=x onerror=alert(1)>", {},
                                                            acting_user=reporter)
    submission_actions.do_accept_submission(sub2, acting_user=office)
    login(client, "office")
    page = client.get(reverse("review_submission", args=[sub2.pk])).content.decode()
    assert "<img src=x" not in page and "<script>alert" not in page


def test_foreign_ids_404(client, task, open_period, plan):
    other_plan_period = ReportingPeriod.objects.exclude(plan=plan).first()
    login(client, "reporter")
    assert client.get(reverse("portal_report", args=[999999, open_period.pk])).status_code == 404
    assert client.get(reverse("portal_report", args=[task.pk, 999999])).status_code == 404
    assert client.get(report_url(task, other_plan_period)).status_code == 404
    assert client.get(reverse("portal_submission", args=[999999])).status_code == 404
    login(client, "office")
    assert client.get(reverse("review_submission", args=[999999])).status_code == 404
    assert client.post(reverse("assessment_override", args=[999999]), {"status": "behind", "reason": "x"}) \
        .status_code == 404
    assert client.post(reverse("period_close", args=[999999])).status_code == 404
    assert client.get(reverse("task_target", args=[999999])).status_code == 404
    assert client.get(reverse("review_queue"), {"plan": "abc", "period": "999999"}).status_code == 200
    assert client.post(reverse("review_submission", args=[Submission.objects.first().pk]),
                       {"action": "launch"}).status_code == 400


def test_queue_filters_and_count(client, task, open_period, reporter):
    submission_actions.do_save_and_submit_submission(task, open_period, "进展一。", {}, acting_user=reporter)
    login(client, "office")
    page = client.get(reverse("review_queue"), {"plan": open_period.plan_id}).content.decode()
    assert task.code in page and "共 1 条" in page
    other = ReportingPeriod.objects.exclude(plan=open_period.plan).first()
    page = client.get(reverse("review_queue"), {"period": other.pk}).content.decode()
    assert "共 0 条" in page


# --- a new version keeps its files; 填报人 is who last changed it (issue 15) ------------------

def _pdf(name, body=b""):
    return SimpleUploadedFile(name, b"%PDF-1.4 " + name.encode() + body, "application/pdf")


def test_new_version_keeps_the_files_unless_removed(client, task, open_period, office):
    login(client, "reporter")
    r = client.post(report_url(task, open_period), {"narrative": "见附件。", "action": "submit",
                                                    "attachments": [_pdf("甲.pdf"), _pdf("乙.pdf")]})
    assert r.status_code == 302
    v1 = Submission.objects.get(task=task, period=open_period)
    submission_actions.do_return_submission(v1, "请补充说明", acting_user=office)
    files = {a.name: a for a in v1.attachments.all()}
    page = client.get(report_url(task, open_period)).content.decode()
    assert "新版本将保留" in page and "甲.pdf" in page and "乙.pdf" in page
    # The new version keeps 甲, the unit removes 乙 explicitly.
    r = client.post(report_url(task, open_period), {"narrative": "已补充。", "action": "save",
                                                    "remove_attachments": [files["乙.pdf"].pk]})
    assert r.status_code == 302
    v2 = Submission.objects.get(task=task, period=open_period, version=2)
    [kept] = v2.attachments.all()
    assert kept.name == "甲.pdf" and bytes(kept.content) == bytes(files["甲.pdf"].content) and kept.pk != files["甲.pdf"].pk
    assert sorted(a.name for a in v1.attachments.all()) == ["乙.pdf", "甲.pdf"]   # the submitted version unchanged
    event = AuditEvent.objects.filter(action="submission.draft", object_id=str(v2.pk)).get()
    assert event.detail["kept_attachments"] == ["甲.pdf"] and event.detail["removed_attachments"][0]["name"] == "乙.pdf"
    # From the draft itself a removal deletes the draft's copy only; the audit names it.
    r = client.post(report_url(task, open_period), {"narrative": "已补充。", "action": "save",
                                                    "remove_attachments": [kept.pk], "attachments": [_pdf("丙.pdf")]})
    assert r.status_code == 302
    assert [a.name for a in v2.attachments.all()] == ["丙.pdf"]
    assert Attachment.objects.filter(pk=files["甲.pdf"].pk).exists()
    edit = AuditEvent.objects.filter(action="submission.edit", object_id=str(v2.pk)).latest("id")
    assert edit.detail["removed_attachments"][0]["name"] == "甲.pdf"


def test_removing_a_file_of_another_version_is_a_form_error(client, task, open_period, office):
    login(client, "reporter")
    client.post(report_url(task, open_period), {"narrative": "见附件。", "action": "save",
                                                "attachments": [_pdf("甲.pdf")]})
    sub = Submission.objects.get(task=task, period=open_period)
    other = Attachment.objects.exclude(submission=sub).first() or Attachment.objects.create(
        submission=Submission.objects.exclude(pk=sub.pk).first(), name="x.pdf", content=b"x", size=1, sha256="0" * 64)
    r = client.post(report_url(task, open_period), {"narrative": "改。", "action": "save",
                                                    "remove_attachments": [other.pk]})
    assert r.status_code == 400
    assert Attachment.objects.filter(pk=other.pk).exists() and sub.attachments.count() == 1
    with pytest.raises(review.ReviewError):
        submission_actions.do_save_submission_draft(task, open_period, "改。", acting_user=user_of("reporter"),
                                                    remove_attachments=[other.pk])


def user_of(name):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=name)


def test_filler_is_who_last_changed_the_draft(client, task, open_period, org, django_user_model):
    from luoshi.core.models import Profile, Role

    colleague = django_user_model.objects.create_user("colleague", password="luoshi-demo")
    Profile.objects.create(user=colleague, role=Role.REPORTER, organisation=org)
    draft = submission_actions.do_save_submission_draft(task, open_period, "初稿。", acting_user=user_of("reporter"))
    assert draft.last_changed_by.username == "reporter"
    submission_actions.do_save_submission_draft(task, open_period, "同事修改后的稿。", acting_user=colleague)
    draft.refresh_from_db()
    assert (draft.created_by.username, draft.last_changed_by.username) == ("reporter", "colleague")
    login(client, "reporter")
    versions = client.get(report_url(task, open_period)).content.decode()
    assert "<td>colleague</td>" in versions
    submission_actions.do_submit_submission(draft, acting_user=colleague)
    login(client, "office")
    page = client.get(reverse("review_submission", args=[draft.pk])).content.decode()
    assert "填报人：colleague" in page.replace(" ", "").replace("\n", "")


def test_queue_filter_selects_are_djangos_markup_written_faster(client, task, open_period, reporter):
    """The review queue's filter lists (plans, periods, units) are written by QuickSelect: the
    same options, labels, escaping and selection as Django's Select, whitespace aside."""
    import re

    from django import forms as dj_forms

    from luoshi.supervision.forms import QueueFilterForm

    odd = Organisation.objects.create(name="测试<单位>&甲")
    Submission.objects.create(task=task, period=open_period, organisation=odd, narrative="草稿", state="draft")
    submission_actions.do_save_and_submit_submission(task, open_period, "已完成50%。", acting_user=reporter)
    for data in ({}, {"plan": str(open_period.plan_id), "period": str(open_period.pk)}):
        form = QueueFilterForm(data or None)
        for name in ("plan", "period", "organisation"):
            field = form.fields[name]
            quick = str(form[name])
            plain = dj_forms.Select(choices=field.choices).render(form[name].html_name, form[name].value(),
                                                                  attrs={"id": form[name].auto_id})
            assert re.sub(r">\s+<", "><", quick) == re.sub(r">\s+<", "><", plain), name
            assert quick.count("<option") == len(list(field.choices)) > 1
    assert f'<option value="{open_period.pk}" selected>' in str(QueueFilterForm(
        {"period": str(open_period.pk)})["period"])
    assert f'<option value="{odd.pk}">测试&lt;单位&gt;&amp;甲</option>' in str(QueueFilterForm()["organisation"])
    login(client, "office")
    assert "测试&lt;单位&gt;&amp;甲" in client.get(reverse("review_queue")).content.decode()
