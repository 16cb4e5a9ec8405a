"""Login security: lockout after repeated failures (django-axes), office-length sliding
sessions, and Django's four password validators with Chinese messages."""

import time
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.password_validation import get_default_password_validators, validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from luoshi.web import middleware

pytestmark = pytest.mark.django_db

LIMIT = settings.AXES_FAILURE_LIMIT


def post_login(client, username, password, address="10.1.2.3"):
    return client.post("/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


def fail(client, times, username="reporter", address="10.1.2.3"):
    return [post_login(client, username, "wrong-password", address).status_code for _ in range(times)]


def test_a_wrong_password_is_a_form_error_not_a_lockout(client):
    response = post_login(client, "reporter", "wrong-password")
    assert response.status_code == 200
    assert "请输入一个正确的" in response.content.decode()  # Django's own Chinese form error


def test_repeated_failures_lock_the_username_at_that_address(client):
    codes = fail(client, LIMIT)
    assert codes[:-1] == [200] * (LIMIT - 1)
    assert codes[-1] == 429  # the limit-th failure locks
    # Now even the right password is refused, with a clear Chinese page — not a bare 403.
    response = post_login(client, "reporter", "luoshi-demo")
    assert response.status_code == 429
    page = response.content.decode()
    assert "登录已暂时锁定" in page
    assert f"连续 {LIMIT} 次登录失败" in page
    assert f"请 {settings.AXES_COOLOFF_TIME.seconds // 60} 分钟后再试" in page
    assert "_auth_user_id" not in client.session


def test_lockout_page_in_english(client):
    fail(client, LIMIT)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = post_login(client, "reporter", "luoshi-demo").content.decode()
    assert "Login temporarily locked" in page
    assert "登录已暂时锁定" not in page


def test_lockout_is_per_username_and_address(client):
    fail(client, LIMIT)
    # The same person from another address, and a colleague behind the same address, still log in.
    assert post_login(client, "reporter", "luoshi-demo", address="10.9.9.9").status_code == 302
    client.logout()
    assert post_login(client, "office", "luoshi-demo").status_code == 302


def test_lockout_ends_after_the_cool_off(client):
    fail(client, LIMIT)
    assert post_login(client, "reporter", "luoshi-demo").status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1))
    assert post_login(client, "reporter", "luoshi-demo").status_code == 302


def test_a_success_resets_the_count(client):
    fail(client, LIMIT - 1)
    assert post_login(client, "reporter", "luoshi-demo").status_code == 302
    client.logout()
    # Counting starts again: LIMIT - 1 more failures do not lock.
    assert fail(client, LIMIT - 1) == [200] * (LIMIT - 1)


def test_behind_a_proxy_the_forwarded_address_counts(client, settings):
    settings.PROXY_COUNT = 1
    for _ in range(LIMIT):
        client.post("/login/", {"username": "reporter", "password": "x"}, REMOTE_ADDR="127.0.0.1",
                    HTTP_X_FORWARDED_FOR="spoofed, 10.7.7.7")
    assert AccessAttempt.objects.get().ip_address == "10.7.7.7"
    # Another client behind the same proxy is not locked out.
    response = client.post("/login/", {"username": "reporter", "password": "luoshi-demo"},
                           REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.8.8.8")
    assert response.status_code == 302


# --- sessions ---------------------------------------------------------------------------

def test_sessions_last_an_office_day_of_inactivity():
    assert settings.SESSION_COOKIE_AGE == 10 * 3600
    # sliding without a write per request: renewed when changed or its last write is 5 minutes old
    assert not settings.SESSION_SAVE_EVERY_REQUEST
    assert settings.LUOSHI_SESSION_RENEW_SECONDS == 300
    assert "luoshi.web.middleware.SessionRenewalMiddleware" in settings.MIDDLEWARE


def session_writes(client, url="/") -> list[str]:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in ctx.captured_queries
            if "django_session" in q["sql"] and not q["sql"].lstrip().upper().startswith("SELECT")]


def test_a_request_soon_after_the_last_write_writes_no_session(client):
    assert post_login(client, "office", "luoshi-demo").status_code == 302
    key = client.session.session_key
    expiry = Session.objects.get(pk=key).expire_date
    assert session_writes(client) == [] and session_writes(client, "/dashboard/") == []
    assert Session.objects.get(pk=key).expire_date == expiry


def test_each_request_extends_the_session(client, monkeypatch):
    assert post_login(client, "office", "luoshi-demo").status_code == 302
    session = Session.objects.get(session_key=client.session.session_key)
    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() + timedelta(minutes=5))
    # The last write is now as old as the renewal interval: the next request writes it again.
    later = time.time() + settings.LUOSHI_SESSION_RENEW_SECONDS
    monkeypatch.setattr(middleware.time, "time", lambda: later)
    assert session_writes(client) != []
    renewed = Session.objects.get(pk=session.pk).expire_date
    assert renewed > timezone.now() + timedelta(hours=9)
    monkeypatch.undo()
    assert session_writes(client) == []


def test_an_anonymous_visitor_with_an_ended_sessions_cookie_gets_no_session(client):
    assert post_login(client, "office", "luoshi-demo").status_code == 302
    Session.objects.all().delete()
    assert client.get("/login/").status_code == 200
    assert not Session.objects.exists()


def test_an_idle_session_expires(client):
    assert post_login(client, "office", "luoshi-demo").status_code == 302
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/")
    assert response.status_code == 302 and response["Location"].startswith("/login/")


# --- password validators ------------------------------------------------------------------

def test_all_four_standard_validators_are_on():
    names = {type(v).__name__ for v in get_default_password_validators()}
    assert names == {"UserAttributeSimilarityValidator", "MinimumLengthValidator",
                     "CommonPasswordValidator", "NumericPasswordValidator"}


@pytest.mark.parametrize("password, chinese, english", [
    ("Ab3$x", "密码太短，至少需要 10 个字符", "at least 10 characters"),
    ("password123", "这个密码太常见了", "This password is too common"),
    ("8391047265013", "密码只包含数字", "This password is entirely numeric"),
])
def test_weak_passwords_are_refused_in_chinese_and_english(password, chinese, english):
    with translation.override("zh-hans"), pytest.raises(ValidationError) as zh:
        validate_password(password)
    assert any(chinese in m for m in zh.value.messages)
    with translation.override("en"), pytest.raises(ValidationError) as en:
        validate_password(password)
    assert any(english in m for m in en.value.messages)


def test_a_password_like_the_username_is_refused_through_the_form():
    user = get_user_model().objects.get(username="reporter")
    form = SetPasswordForm(user, {"new_password1": "reporter2026", "new_password2": "reporter2026"})
    with translation.override("zh-hans"):
        assert not form.is_valid()
        assert any("太相似" in e for e in form.errors["new_password2"])


def test_a_strong_password_passes():
    user = get_user_model().objects.get(username="reporter")
    validate_password("督查-春季-Ledger-47", user)
