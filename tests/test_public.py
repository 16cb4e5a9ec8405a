"""The public page (政务公开): no login, the layout governments publish, only
accepted progress of published tasks, and nothing internal (no drafts, reviewer
comments, assessments, evidence, scores or names of people)."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils.html import escape

from luoshi.supervision.actions.assessments import assess_submission
from luoshi.supervision.models import Assessment, Override, Plan, Submission
from luoshi.supervision.services import dashboard as figures

pytestmark = pytest.mark.django_db


def gongshu():
    plan = Plan.objects.get(title="拱墅区2020年重点工作")
    return plan, figures.public_period(plan)


def next_version(task, period, org):
    last = Submission.objects.filter(task=task, period=period, organisation=org).order_by("-version").first()
    return (last.version + 1 if last else 1), last


@pytest.mark.parametrize("user", [None, "office", "reporter", "leader", "stats", "inspector"])
def test_role_matrix(client, demo, user):
    if user:
        assert client.login(username=user, password="luoshi-demo")
    plan, _period = gongshu()
    assert client.get(reverse("public_home")).status_code == 200
    assert client.get(reverse("public_plan", args=[plan.pk])).status_code == 200


def test_home_lists_plans_with_published_progress(client, demo):
    page = client.get(reverse("public_home")).content.decode()
    for plan in Plan.objects.all():
        has_progress = Submission.objects.filter(task__plan=plan, task__published=True, state="accepted").exists()
        assert (escape(plan.title) in page) == has_progress, plan.title
    assert "上城区2019年目标任务分解" not in page  # no progress yet


def test_public_period_is_the_latest_closed_with_accepted_progress(demo):
    plan, period = gongshu()
    assert period.closed
    assert period.submissions.filter(state="accepted").exists()
    later = plan.periods.filter(end__gt=period.end, closed=True)
    assert not any(p.submissions.filter(state="accepted").exists() for p in later)


def test_layout_and_accepted_progress(client, demo):
    plan, period = gongshu()
    r = client.get(reverse("public_plan", args=[plan.pk]))
    page = r.content.decode()
    for header in ("序号", "项目", "任务", "责任单位", "进展情况"):
        assert f"<th>{header}</th>" in page
    rows = [row for row in r.context["rows"] if row["kind"] == "task"]
    assert len(rows) == plan.tasks.filter(published=True).count()
    assert [row["seq"] for row in rows] == list(range(1, len(rows) + 1))
    # every section cell spans the tasks of its part
    assert sum(row["rowspan"] for row in rows) == len(rows)
    task = plan.tasks.filter(cooperating__isnull=False, lead__isnull=False).order_by("order").first()
    row = next(row for row in rows if row["text"] == task.text)
    assert row["units"][0] == task.lead.first().name
    assert set(row["units"]) >= {o.name for o in task.cooperating.all()}
    accepted = Submission.objects.filter(task=task, period=period, state="accepted").order_by("-version").first()
    assert row["progress"] == accepted.narrative
    assert escape(accepted.narrative) in page


def test_sections_of_nested_parts(client, demo):
    plan = Plan.objects.get(title="上城区2020年政府工作报告重点工作")
    r = client.get(reverse("public_plan", args=[plan.pk]))
    sections = [row["title"] for row in r.context["rows"] if row["kind"] == "section"]
    tops = [p.title for p in plan.parts.filter(parent__isnull=True, children__isnull=False).distinct()]
    assert sections and set(sections) == set(tops)
    assert 'class="section-row"' in r.content.decode()


def test_nothing_internal_is_published(client, demo):
    plan, period = gongshu()
    task = plan.tasks.filter(submissions__period=period, submissions__state="accepted").order_by("order").first()
    org = task.lead.first()
    reviewer = User.objects.create_user("zhang_reviewer_77", password="x")
    v, last = next_version(task, period, org)
    accepted = Submission.objects.create(
        task=task, period=period, organisation=org, version=v, supersedes=last, state="accepted",
        narrative="已采纳版本：完成投资3亿元", review_comment="内部审核意见XYZ", reviewed_by=reviewer,
        created_by=reviewer)
    assessment = assess_submission(accepted)
    Override.objects.create(assessment=assessment, status="behind", reason="人工研判理由QQQ", created_by=reviewer)
    for n, (state, text) in enumerate([("submitted", "待审核版本WWW"), ("returned", "已退回版本RRR"),
                                       ("draft", "草稿版本DDD")], 1):
        Submission.objects.create(task=task, period=period, organisation=org, version=v + n, state=state,
                                  narrative=text, review_comment="退回意见EEE", created_by=reviewer)
    page = client.get(reverse("public_plan", args=[plan.pk])).content.decode()
    assert "已采纳版本：完成投资3亿元" in page  # the latest accepted version, not the draft after it
    for secret in ("待审核版本WWW", "已退回版本RRR", "草稿版本DDD", "内部审核意见XYZ", "退回意见EEE",
                   "人工研判理由QQQ", "zhang_reviewer_77", "序时进度", "完成度", "人工研判", "evidence"):
        assert secret not in page, secret
    for a in [assessment, *Assessment.objects.filter(period=period, current=True).exclude(reason="")[:30]]:
        assert escape(a.reason) not in page
    for username in ("office", "reporter", "leader", "inspector"):
        assert f">{username}<" not in page and f"{username} ·" not in page


def test_unpublished_task_is_left_out(client, demo):
    plan, period = gongshu()
    task = plan.tasks.filter(submissions__period=period, submissions__state="accepted").order_by("order").last()
    narrative = task.submissions.filter(state="accepted").order_by("-version").first().narrative
    assert escape(task.text) in client.get(reverse("public_plan", args=[plan.pk])).content.decode()
    task.published = False
    task.save()
    r = client.get(reverse("public_plan", args=[plan.pk]))
    page = r.content.decode()
    assert all(row.get("text") != task.text for row in r.context["rows"])
    assert escape(narrative) not in page


def test_hostile_narrative_is_escaped(client, demo):
    plan, period = gongshu()
    task = plan.tasks.order_by("order")[2]
    org = task.lead.first()
    v, last = next_version(task, period, org)
    Submission.objects.create(task=task, period=period, organisation=org, version=v, supersedes=last,
                              state="accepted", narrative="<script>alert('x')</script><img src=x onerror=alert(1)>")
    page = client.get(reverse("public_plan", args=[plan.pk])).content.decode()
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page


def test_period_choice_and_bad_input(client, demo):
    plan, period = gongshu()
    assert client.get(reverse("public_plan", args=[plan.pk]), {"period": period.pk}).status_code == 200
    for bad in ("abc", "99999999", "<script>", str(plan.periods.exclude(pk=period.pk).first().pk)):
        r = client.get(reverse("public_plan", args=[plan.pk]), {"period": bad})
        assert r.status_code == 404
        assert b"<script>" not in r.content
    assert client.get(reverse("public_plan", args=[99999999])).status_code == 404
    assert client.get("/public/plans/abc/").status_code == 404


def test_plan_without_published_tasks_is_not_found(client, demo):
    plan, _period = gongshu()
    plan.tasks.update(published=False)
    assert client.get(reverse("public_plan", args=[plan.pk])).status_code == 404
    assert escape(plan.title) not in client.get(reverse("public_home")).content.decode()


def test_public_table_and_api_are_paged_with_the_progress_of_their_rows(client, demo, monkeypatch):
    """A province's plan has thousands of tasks: the page and the API show a page of them,
    numbered on, each with the same accepted progress as the whole table gives it."""
    from luoshi.supervision.views import public as view

    plan, period = gongshu()
    whole = [r for r in figures.public_rows(plan, period) if r["kind"] == "task"]
    assert len(whole) > 6
    monkeypatch.setattr(view, "PAGE_SIZE", 4)
    second = client.get(reverse("public_plan", args=[plan.pk]), {"page": 2})
    rows = [r for r in second.context["rows"] if r["kind"] == "task"]
    assert [r["seq"] for r in rows] == [5, 6, 7, 8]
    assert [(r["text"], r["progress"]) for r in rows] == [(r["text"], r["progress"]) for r in whole[4:8]]
    assert second.context["page"].paginator.count == len(whole)
    api = client.get(f"/api/v1/public/plans/{plan.pk}/", {"limit": 3, "offset": 3}).json()
    tasks = [r for r in api["rows"] if r["kind"] == "task"]
    assert api["count"] == len(whole) and api["limit"] == 3 and api["offset"] == 3
    assert [(r["seq"], r["progress"]) for r in tasks] == [(r["seq"], r["progress"]) for r in whole[3:6]]
    assert client.get(f"/api/v1/public/plans/{plan.pk}/", {"limit": 0}).status_code == 400
