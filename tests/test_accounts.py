"""Account management (账号管理): the office creates, changes, deactivates (never deletes) and
resets; users change their own password; reset by e-mail; a manage.py command for scripts;
every change in the audit log and no password in it."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from luoshi.core.actions import accounts
from luoshi.core.models import AuditEvent, Organisation

from .demo import login

pytestmark = pytest.mark.django_db

GOOD = "Fen-ju-2026-baoshu"


def org():
    return Organisation.objects.get(name="区发改经信局")


def events(action):
    return list(AuditEvent.objects.filter(action=action).order_by("id"))


def test_office_creates_an_account_that_can_log_in(client, demo):
    login(client, "office")
    response = client.post(reverse("account_create"), {
        "username": "zhang", "full_name": "张三", "email": "zhang@example.org", "role": "reporter",
        "organisation": org().pk, "password": GOOD})
    user = get_user_model().objects.get(username="zhang")
    assert response.status_code == 302 and response["Location"] == reverse("account_detail", args=[user.pk])
    assert user.profile.role == "reporter" and user.profile.organisation == org()
    event = events("user.create")[-1]
    assert event.actor.username == "office" and event.detail["organisation"] == "区发改经信局"
    assert GOOD not in str(event.detail)
    client.logout()
    login(client, "zhang", GOOD)
    assert client.get(reverse("portal")).status_code == 200


@pytest.mark.parametrize("data,message", [
    ({"username": "office", "role": "leader"}, "用户名已存在"),
    ({"username": "li", "role": "reporter"}, "必须指定所属单位"),
    ({"username": "wang", "role": "leader", "password": "123"}, "密码"),
])
def test_bad_new_account_is_a_form_error(client, demo, data, message):
    login(client, "office")
    before = get_user_model().objects.count()
    response = client.post(reverse("account_create"), data)
    assert response.status_code == 400 and message in response.content.decode()
    assert get_user_model().objects.count() == before


@pytest.mark.parametrize("who", ["reporter", "leader", "stats", "inspector", "head"])
def test_only_the_office_manages_accounts(client, demo, who):
    login(client, who)
    office = get_user_model().objects.get(username="office")
    assert client.get(reverse("accounts")).status_code == 403
    assert client.post(reverse("account_create"), {"username": "x", "role": "office"}).status_code == 403
    assert client.post(reverse("account_deactivate", args=[office.pk])).status_code == 403
    assert client.post(reverse("account_password", args=[office.pk]),
                       {"password": GOOD, "password2": GOOD}).status_code == 403
    assert get_user_model().objects.get(username="office").is_active


def test_change_role_and_unit_is_audited_with_before_and_after(client, demo):
    login(client, "office")
    leader = get_user_model().objects.get(username="leader")
    response = client.post(reverse("account_detail", args=[leader.pk]), {
        "role": "reporter", "organisation": org().pk, "full_name": "李四", "email": ""})
    assert response.status_code == 302
    leader.refresh_from_db()
    assert leader.profile.role == "reporter" and leader.first_name == "李四"
    changed = events("user.change")[-1].detail["changed"]
    assert changed["role"] == ["leader", "reporter"] and changed["organisation"] == ["", "区发改经信局"]


def test_deactivate_ends_sessions_and_keeps_the_account(client, demo):
    reporter_client = type(client)()
    login(reporter_client, "reporter")
    assert reporter_client.get(reverse("portal")).status_code == 200
    login(client, "office")
    reporter = get_user_model().objects.get(username="reporter")
    client.post(reverse("account_deactivate", args=[reporter.pk]), {"reason": "调离"})
    reporter.refresh_from_db()
    assert not reporter.is_active  # never deleted
    assert events("user.deactivate")[-1].detail["reason"] == "调离"
    assert reporter_client.get(reverse("portal")).status_code == 302  # the open session is over
    assert not reporter_client.login(username="reporter", password="luoshi-demo")
    client.post(reverse("account_activate", args=[reporter.pk]))
    assert reporter_client.login(username="reporter", password="luoshi-demo")
    assert events("user.activate")


def test_office_cannot_lock_itself_or_the_last_office_out(client, demo):
    office = get_user_model().objects.get(username="office")
    with pytest.raises(accounts.AccountError):
        accounts.do_deactivate_user(office, acting_user=office)
    with pytest.raises(accounts.AccountError, match="最后一个"):
        accounts.do_change_user(office, acting_user=None, role="leader", organisation=None)
    with pytest.raises(accounts.AccountError, match="最后一个"):
        accounts.do_deactivate_user(office, acting_user=None)


def test_office_resets_a_password(client, demo):
    login(client, "office")
    reporter = get_user_model().objects.get(username="reporter")
    response = client.post(reverse("account_password", args=[reporter.pk]),
                           {"password": GOOD, "password2": GOOD})
    assert response.status_code == 302
    assert client.login(username="reporter", password=GOOD)
    event = events("user.password_reset")[-1]
    assert event.actor.username == "office" and GOOD not in str(event.detail)
    # A password the validators refuse is refused, and changes nothing.
    login(client, "office")
    client.post(reverse("account_password", args=[reporter.pk]), {"password": "short", "password2": "short"})
    assert client.login(username="reporter", password=GOOD)


def test_user_changes_own_password(client, demo):
    login(client, "leader")
    assert client.get(reverse("password_change")).status_code == 200
    response = client.post(reverse("password_change"), {
        "old_password": "luoshi-demo", "new_password1": GOOD, "new_password2": GOOD})
    assert response.status_code == 302
    assert client.get(reverse("dashboard")).status_code == 200  # still logged in on this session
    assert events("user.password_change")[-1].detail == {"username": "leader", "how": "self"}
    client.logout()
    assert client.login(username="leader", password=GOOD)


def test_password_reset_by_email(client, demo, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    response = client.post(reverse("password_reset"), {"email": "inspector@luoshi.example"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = next(line for line in mail.outbox[0].body.splitlines() if "/password/reset/" in line)
    path = link.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path, follow=True)
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"new_password1": GOOD, "new_password2": GOOD})
    assert response.status_code == 302
    assert client.login(username="inspector", password=GOOD)
    assert events("user.password_change")[-1].detail["how"] == "email"


def test_password_reset_without_mail_says_whom_to_ask(client, demo, settings):
    settings.EMAIL_HOST = ""
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    response = client.post(reverse("password_reset"), {"email": "inspector@luoshi.example"})
    assert response.status_code == 200 and "联系督查科" in response.content.decode()
    assert len(mail.outbox) == 0


def test_command_manages_accounts(demo, monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(GOOD + "\n"))
    call_command("users", "--by", "office", "create", "zhao", "--role", "reporter",
                 "--organisation", "区发改经信局", "--password-stdin", stdout=out)
    user = get_user_model().objects.get(username="zhao")
    assert user.check_password(GOOD) and user.profile.organisation == org()
    assert events("user.create")[-1].actor.username == "office"
    call_command("users", "change", "zhao", "--role", "leader", "--organisation", "", stdout=out)
    user.refresh_from_db()
    assert user.profile.role == "leader" and user.profile.organisation is None
    call_command("users", "deactivate", "zhao", "--reason", "退休", stdout=out)
    assert not get_user_model().objects.get(username="zhao").is_active
    call_command("users", "activate", "zhao", stdout=out)
    monkeypatch.setattr("sys.stdin", io.StringIO("Another-long-pass-9\n"))
    call_command("users", "set-password", "zhao", "--password-stdin", stdout=out)
    assert get_user_model().objects.get(username="zhao").check_password("Another-long-pass-9")
    call_command("users", "list", stdout=out)
    assert "zhao\tleader\t\tactive" in out.getvalue()
    with pytest.raises(CommandError, match="没有此单位"):
        call_command("users", "create", "qian", "--role", "reporter", "--organisation", "不存在局")
    with pytest.raises(CommandError, match="必须指定所属单位"):
        call_command("users", "create", "qian", "--role", "reporter")
    with pytest.raises(CommandError, match="没有此账号"):
        call_command("users", "deactivate", "nobody")
