"""督办 orders: issue → answer → return / escalate → close, with the trail, the roles and bad input."""

from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from luoshi.core import audit
from luoshi.core.models import AuditEvent, Organisation, Profile, Role
from luoshi.supervision.actions import orders as order_actions
from luoshi.supervision.models import OrderEvent, Plan, SupervisionOrder, Task
from luoshi.supervision.services import orders as svc

from .demo import login, user

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert('x')</script>"


@pytest.fixture
def reporter_org():
    return user("reporter").profile.organisation


@pytest.fixture
def task(reporter_org):
    """A task of the 2020 上城 plan whose order goes to the demo reporter's unit."""
    plan = Plan.objects.get(title="上城区2020年政府工作报告重点工作")
    for t in plan.tasks.filter(lead=reporter_org).order_by("order"):
        if svc.lead_unit(t) == reporter_org:
            return t
    pytest.fail("no task led by the reporter's unit")


@pytest.fixture
def other_reporter(db):
    """A reporter of another unit."""
    org = Organisation.objects.get(name="区财政局")
    u = get_user_model().objects.create_user("reporter2", password="luoshi-demo")
    Profile.objects.create(user=u, role=Role.REPORTER, organisation=org)
    return u


def soon(days=7):
    return timezone.localdate() + timedelta(days=days)


def issue(task, requirement="请于期限内报送整改措施", deadline=None, **kw):
    return order_actions.do_issue_order(task, requirement, deadline or soon(), **kw,
                                        acting_user=user("office"))


# --- the lifecycle -------------------------------------------------------------------

def test_full_lifecycle_through_the_pages(client, task, reporter_org):
    period = task.plan.periods.order_by("end").first()
    login(client, "office")
    r = client.post(reverse("order_issue", args=[task.pk]), {
        "requirement": "进度滞后，请说明原因并提出整改措施", "deadline": soon().isoformat(), "period": period.pk})
    assert r.status_code == 302
    order = SupervisionOrder.objects.get(task=task)
    assert order.organisation == reporter_org and order.state == "issued" and order.level == 1
    assert order.period == period and order.issued_by == user("office")
    assert order.number == f"督办〔{timezone.localdate().year}〕1号"
    assert r["Location"] == reverse("order_detail", args=[order.pk])
    client.logout()

    login(client, "reporter")
    page = client.get(reverse("order_detail", args=[order.pk])).content.decode()
    assert "进度滞后，请说明原因" in page and reverse("order_answer", args=[order.pk]) in page
    assert reverse("order_close", args=[order.pk]) not in page  # no office actions for the unit
    r = client.post(reverse("order_answer", args=[order.pk]), {"measures": "已召开专题会议，倒排工期，月底前完成"})
    assert r.status_code == 302
    order.refresh_from_db()
    assert order.state == "answered"
    client.logout()

    login(client, "office")
    r = client.post(reverse("order_return", args=[order.pk]), {"comment": "措施不具体"})
    assert r.status_code == 302
    order.refresh_from_db()
    assert order.state == "issued"
    client.logout()
    login(client, "reporter")
    assert client.post(reverse("order_answer", args=[order.pk]), {"measures": "明确责任人和节点"}).status_code == 302
    client.logout()

    login(client, "office")
    new_deadline = soon(20)
    r = client.post(reverse("order_escalate", args=[order.pk]),
                    {"comment": "仍未落实，提级督办", "deadline": new_deadline.isoformat()})
    assert r.status_code == 302
    order.refresh_from_db()
    assert (order.state, order.level, order.deadline) == ("escalated", 2, new_deadline)
    client.logout()
    login(client, "reporter")
    assert client.post(reverse("order_answer", args=[order.pk]), {"measures": "分管领导牵头推进"}).status_code == 302
    client.logout()
    login(client, "office")
    assert client.post(reverse("order_close", args=[order.pk]), {"comment": "已整改到位"}).status_code == 302
    order.refresh_from_db()
    assert order.state == "closed" and order.closed_at is not None

    kinds = list(order.events.values_list("kind", flat=True))
    assert kinds == ["issue", "answer", "return", "answer", "escalate", "answer", "close"]
    actions = list(AuditEvent.objects.filter(object_type="SupervisionOrder", object_id=str(order.pk))
                   .values_list("action", flat=True))
    assert actions == ["order.issue", "order.answer", "order.return", "order.answer", "order.escalate",
                       "order.answer", "order.close"]
    assert audit.verify_chain() == []
    client.logout()

    # The inspector reads the whole trail, and can act on nothing.
    login(client, "inspector")
    page = client.get(reverse("order_detail", args=[order.pk])).content.decode()
    for text in ("进度滞后，请说明原因", "倒排工期", "措施不具体", "提级督办", "分管领导牵头推进", "已整改到位",
                 "reporter", "office"):
        assert text in page
    assert "<form method=\"post\" action=\"/orders/" not in page
    assert client.post(reverse("order_close", args=[order.pk]), {"comment": "x"}).status_code == 403


def test_closed_order_takes_no_more_steps(task):
    order = issue(task)
    reporter = user("reporter")
    order_actions.do_answer_order(order, "措施", acting_user=reporter)
    order_actions.do_close_order(order, "", acting_user=user("office"))  # an answered order closes without a comment
    for step in (lambda: order_actions.do_answer_order(order, "again", acting_user=reporter), lambda: order_actions.do_close_order(order, "x", acting_user=user("office")),
                 lambda: order_actions.do_escalate_order(order, "x", acting_user=user("office")),
                 lambda: order_actions.do_return_order_answer(order, "x", acting_user=user("office"))):
        with pytest.raises(svc.OrderError):
            step()
    assert order.events.count() == 3


def test_numbers_are_a_sequence_per_year(task):
    office = user("office")
    a = order_actions.do_issue_order(task, "一", date(2031, 2, 1), today=date(2031, 1, 5), acting_user=office)
    b = order_actions.do_issue_order(task, "二", date(2031, 2, 1), today=date(2031, 1, 6), acting_user=office)
    c = order_actions.do_issue_order(task, "三", date(2032, 2, 1), today=date(2032, 1, 6), acting_user=office)
    assert [a.number, b.number, c.number] == ["督办〔2031〕1号", "督办〔2031〕2号", "督办〔2032〕1号"]


def test_only_the_office_issues_closes_and_escalates(task):
    order = issue(task)
    for name in ("reporter", "leader", "stats", "inspector"):
        with pytest.raises(PermissionDenied):
            order_actions.do_issue_order(task, "x", soon(), acting_user=user(name))
        with pytest.raises(PermissionDenied):
            order_actions.do_close_order(order, "x", acting_user=user(name))
        with pytest.raises(PermissionDenied):
            order_actions.do_escalate_order(order, "x", acting_user=user(name))
    for name in ("office", "leader", "inspector", "stats"):
        with pytest.raises(PermissionDenied):
            order_actions.do_answer_order(order, "x", acting_user=user(name))


# --- who sees what --------------------------------------------------------------------

def test_reporter_of_another_unit_cannot_see_or_answer(client, task, other_reporter):
    order = issue(task, "只给本单位看的督办要求")
    login(client, "reporter2")
    assert client.post(reverse("order_answer", args=[order.pk]), {"measures": "冒名反馈"}).status_code == 403
    assert client.get(reverse("order_detail", args=[order.pk])).status_code == 403
    listing = client.get(reverse("orders")).content.decode()
    assert "只给本单位看的督办要求" not in listing
    order.refresh_from_db()
    assert order.state == "issued" and order.events.count() == 1
    client.logout()
    login(client, "reporter")
    assert "只给本单位看的督办要求" in client.get(reverse("orders")).content.decode()


@pytest.mark.parametrize("username,listing,detail,issue_page,notifications", [
    (None, 302, 302, 302, 302),
    ("office", 200, 200, 200, 200),
    ("reporter", 200, 200, 403, 200),   # notifications: only its own (issue 15)
    ("leader", 200, 200, 403, 200),
    ("stats", 403, 403, 403, 200),
    ("inspector", 200, 200, 403, 200),
])
def test_role_matrix_pages(client, task, username, listing, detail, issue_page, notifications):
    order = issue(task)
    if username:
        login(client, username)
    for url, expected in ((reverse("orders"), listing), (reverse("order_detail", args=[order.pk]), detail),
                          (reverse("order_issue", args=[task.pk]), issue_page),
                          (reverse("notifications"), notifications)):
        r = client.get(url)
        assert r.status_code == expected, url
        if expected == 302:
            assert "/login/" in r["Location"]


@pytest.mark.parametrize("username,answer,close,escalate,give_back,issue_post", [
    (None, 302, 302, 302, 302, 302),
    ("office", 403, 302, 302, 400, 302),
    ("reporter", 302, 403, 403, 403, 403),
    ("leader", 403, 403, 403, 403, 403),
    ("stats", 403, 403, 403, 403, 403),
    ("inspector", 403, 403, 403, 403, 403),
])
def test_role_matrix_actions(client, task, username, answer, close, escalate, give_back, issue_post):
    if username:
        login(client, username)
    statuses = []
    for name, data in (("order_answer", {"measures": "措施"}), ("order_close", {"comment": "办结"}),
                       ("order_escalate", {"comment": "升级"}), ("order_return", {"comment": "退回"})):
        order = issue(task)  # a fresh order for each step
        statuses.append(client.post(reverse(name, args=[order.pk]), data).status_code)
    statuses.append(client.post(reverse("order_issue", args=[task.pk]),
                                {"requirement": "要求", "deadline": soon().isoformat()}).status_code)
    assert statuses == [answer, close, escalate, give_back, issue_post]


def test_get_on_action_endpoints_is_refused(client, task):
    order = issue(task)
    login(client, "office")
    assert client.get(reverse("order_close", args=[order.pk])).status_code == 405


# --- bad input ------------------------------------------------------------------------

@pytest.mark.parametrize("data,message", [
    ({"requirement": "", "deadline": "__soon__"}, ""),
    ({"requirement": "   ", "deadline": "__soon__"}, ""),
    ({"requirement": "要求", "deadline": ""}, ""),
    ({"requirement": "要求", "deadline": "2020-01-01"}, "办理时限不能早于今天"),
    ({"requirement": "要求", "deadline": "not-a-date"}, ""),
    ({"requirement": "要求", "deadline": "9999-12-31"}, "办理时限过远"),
    ({"requirement": "长" * (svc.MAX_REQUIREMENT + 1), "deadline": "__soon__"}, ""),
    ({"requirement": "要求", "deadline": "__soon__", "period": "999999"}, ""),
    ({"requirement": "要求", "deadline": "__soon__", "period": "abc"}, ""),
])
def test_bad_issue_input_is_a_form_error_and_saves_nothing(client, task, data, message):
    data = {k: (soon().isoformat() if v == "__soon__" else v) for k, v in data.items()}
    login(client, "office")
    before = (SupervisionOrder.objects.count(), OrderEvent.objects.count(), AuditEvent.objects.count())
    r = client.post(reverse("order_issue", args=[task.pk]), data)
    assert r.status_code == 400
    page = r.content.decode()
    assert "errorlist" in page and message in page
    assert (SupervisionOrder.objects.count(), OrderEvent.objects.count(), AuditEvent.objects.count()) == before


def test_period_of_another_plan_is_refused(client, task):
    other = Plan.objects.exclude(pk=task.plan_id).first().periods.first()
    with pytest.raises(svc.OrderError):
        issue(task, period=other)
    login(client, "office")
    r = client.post(reverse("order_issue", args=[task.pk]),
                    {"requirement": "要求", "deadline": soon().isoformat(), "period": other.pk})
    assert r.status_code == 400 and not SupervisionOrder.objects.filter(task=task).exists()


def test_unknown_ids_are_404(client, task):
    login(client, "office")
    assert client.get(reverse("order_issue", args=[999999])).status_code == 404
    assert client.get(reverse("order_detail", args=[999999])).status_code == 404
    assert client.post(reverse("order_close", args=[999999]), {"comment": "x"}).status_code == 404
    assert client.get("/orders/abc/").status_code == 404


def test_bad_step_input(client, task):
    order = issue(task)
    login(client, "office")
    # Closing an unanswered order needs a reason; escalating needs one and a sane deadline.
    assert client.post(reverse("order_close", args=[order.pk]), {"comment": ""}).status_code == 400
    assert client.post(reverse("order_escalate", args=[order.pk]), {"comment": ""}).status_code == 400
    assert client.post(reverse("order_escalate", args=[order.pk]),
                       {"comment": "升级", "deadline": "2001-01-01"}).status_code == 400
    assert client.post(reverse("order_escalate", args=[order.pk]),
                       {"comment": "长" * (svc.MAX_COMMENT + 1)}).status_code == 400
    assert client.post(reverse("order_return", args=[order.pk]), {"comment": "未反馈不能退回"}).status_code == 400
    client.logout()
    login(client, "reporter")
    assert client.post(reverse("order_answer", args=[order.pk]), {"measures": ""}).status_code == 400
    assert client.post(reverse("order_answer", args=[order.pk]),
                       {"measures": "长" * (svc.MAX_MEASURES + 1)}).status_code == 400
    order.refresh_from_db()
    assert (order.state, order.level, order.events.count()) == ("issued", 1, 1)
    # Answering twice without the office acting in between is refused.
    assert client.post(reverse("order_answer", args=[order.pk]), {"measures": "措施"}).status_code == 302
    r = client.post(reverse("order_answer", args=[order.pk]), {"measures": "再次"})
    assert r.status_code == 400 and "该督办单当前不需要反馈" in r.content.decode()


def test_hostile_text_is_escaped(client, task):
    order = issue(task, HOSTILE)
    order_actions.do_answer_order(order, HOSTILE + "措施", acting_user=user("reporter"))
    for name in ("office", "inspector", "reporter"):
        login(client, name)
        for url in (reverse("order_detail", args=[order.pk]), reverse("orders")):
            page = client.get(url).content.decode()
            assert HOSTILE not in page and "&lt;script&gt;" in page
        client.logout()


# --- overdue and lagging --------------------------------------------------------------

def test_overdue_orders_are_listed(client, task):
    office = user("office")
    late = order_actions.do_issue_order(task, "逾期未反馈的督办", date(2020, 7, 15), today=date(2020, 7, 1),
                                        acting_user=office)
    answered = order_actions.do_issue_order(task, "已反馈的督办", date(2020, 7, 15), today=date(2020, 7, 1),
                                            acting_user=office)
    order_actions.do_answer_order(answered, "已反馈", acting_user=user("reporter"))
    fresh = issue(task, "未到期的督办")
    found = svc.overdue_orders(date(2020, 8, 1))
    assert late in found and answered not in found and fresh not in found
    assert next(o for o in found if o.pk == late.pk).days_overdue == 17
    assert svc.overdue_orders(date(2020, 7, 15)) == [] or late not in svc.overdue_orders(date(2020, 7, 15))
    assert late in svc.overdue_orders()  # as of today
    login(client, "leader")
    page = client.get(reverse("orders") + "?overdue=1").content.decode()
    assert "逾期未反馈的督办" in page and "未到期的督办" not in page and "已反馈的督办" not in page
    page = client.get(reverse("orders") + "?state=answered").content.decode()
    assert "已反馈的督办" in page and "逾期未反馈的督办" not in page
    assert client.get(reverse("orders") + "?state=<bogus>&page=zz").status_code == 200


def test_office_sees_lagging_tasks_to_order(client):
    lagging = svc.lagging_tasks()
    assert lagging, "the demo has lagging tasks"
    assert all(a.shown_status in svc.LAGGING_STATUSES for _t, a in lagging)
    task = lagging[0][0]
    login(client, "office")
    page = client.get(reverse("orders")).content.decode()
    assert reverse("order_issue", args=[task.pk]) in page
    issue(task)
    assert task.pk not in {t.pk for t, _a in svc.lagging_tasks()}  # an open order takes it off the list
    page = client.get(reverse("order_issue", args=[task.pk])).content.decode()
    assert "该任务已有未办结的督办单" in page


def test_task_without_lead_cannot_be_ordered(task):
    bare = Task.objects.create(plan=task.plan, code="ZZ-1", text="无牵头单位的任务", order=9999)
    with pytest.raises(svc.OrderError):
        issue(bare)


# --- feedback with files (issue 15): the same checks as report attachments -----------------

def _file(name, content=b"%PDF-1.4 proof"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, "application/pdf")


def test_answer_carries_files(client, task, other_reporter):
    from luoshi.supervision.models import OrderAttachment

    order = issue(task)
    login(client, "reporter")
    page = client.get(reverse("order_detail", args=[order.pk])).content.decode()
    assert 'enctype="multipart/form-data"' in page and "证明材料" in page
    response = client.post(reverse("order_answer", args=[order.pk]), {
        "measures": "已落实整改，见附件。", "attachments": [_file("整改报告.pdf"), _file("现场照片.jpg", b"\xff\xd8jpg")]})
    assert response.status_code == 302
    files = list(OrderAttachment.objects.filter(event__order=order).order_by("id"))
    assert [f.name for f in files] == ["整改报告.pdf", "现场照片.jpg"]
    assert bytes(files[0].content) == b"%PDF-1.4 proof" and files[0].event.kind == "answer"
    event = AuditEvent.objects.filter(action="order.answer", object_id=str(order.pk)).get()
    assert [a["name"] for a in event.detail["attachments"]] == ["整改报告.pdf", "现场照片.jpg"]
    # The trail shows them; they download (never render) for whoever sees the order.
    for who in ("reporter", "office", "leader", "inspector"):
        login(client, who)
        assert "整改报告.pdf" in client.get(reverse("order_detail", args=[order.pk])).content.decode()
        download = client.get(reverse("order_attachment", args=[files[0].pk]))
        assert download.status_code == 200 and download.content == b"%PDF-1.4 proof"
        assert "attachment" in download["Content-Disposition"] and download["X-Content-Type-Options"] == "nosniff"
    client.force_login(other_reporter)
    assert client.get(reverse("order_attachment", args=[files[0].pk])).status_code == 403
    login(client, "stats")
    assert client.get(reverse("order_attachment", args=[files[0].pk])).status_code == 403


@pytest.mark.parametrize("upload,message", [
    (("病毒.exe", b"MZ"), "不支持的附件类型"),
    (("空.pdf", b""), "空文件"),
    (("大.pdf", b"x" * 100), "附件过大"),
])
def test_bad_files_refuse_the_whole_answer(client, task, settings, upload, message):
    from luoshi.supervision.models import OrderAttachment

    settings.LUOSHI_MAX_UPLOAD_BYTES = 50
    order = issue(task)
    login(client, "reporter")
    response = client.post(reverse("order_answer", args=[order.pk]), {
        "measures": "已整改。", "attachments": [_file(*upload)]})
    assert response.status_code == 400 and message in response.content.decode()
    order.refresh_from_db()
    assert order.state == "issued" and not OrderAttachment.objects.exists()
    assert not OrderEvent.objects.filter(order=order, kind="answer").exists()
