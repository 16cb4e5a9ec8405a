"""In-app notices can be marked read (issue 15): one at a time or all, per person, audited; a
person marks only what it may see."""

import pytest
from django.urls import reverse

from luoshi.core.models import AuditEvent, Organisation
from luoshi.supervision.models import Notification, NotificationRead
from luoshi.supervision.services import notices

from .demo import user

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent():
    fagai = Organisation.objects.get(name="区发改经信局")
    other = Organisation.objects.get(name="区住房和城建局")
    return {
        "to_reporter": Notification.objects.create(key="remind:t1", channel="email", recipient=user("reporter"),
                                                   organisation=fagai, address="r@example.org", subject="请于三日内报送"),
        "to_unit": Notification.objects.create(key="overdue:t2", channel="dingtalk", organisation=fagai,
                                               address="https://robot.example/1", subject="本单位已逾期"),
        "elsewhere": Notification.objects.create(key="overdue:t3", channel="dingtalk", organisation=other,
                                                 address="https://robot.example/2", subject="住建局逾期"),
    }


def test_one_notice_read(client, sent):
    client.force_login(user("reporter"))
    page = client.get(reverse("notifications")).content.decode()
    assert "未读 2 条" in page and "标为已读" in page
    response = client.post(reverse("notification_read", args=[sent["to_unit"].pk]), {"back": "read=unread"})
    assert response.status_code == 302 and response["Location"].endswith("?read=unread")
    assert NotificationRead.objects.filter(notification=sent["to_unit"], user=user("reporter")).exists()
    assert AuditEvent.objects.filter(action="notification.read", object_id=str(sent["to_unit"].pk)).count() == 1
    # Twice is still once.
    client.post(reverse("notification_read", args=[sent["to_unit"].pk]))
    assert AuditEvent.objects.filter(action="notification.read", object_id=str(sent["to_unit"].pk)).count() == 1
    unread = client.get(reverse("notifications") + "?read=unread").content.decode()
    assert "请于三日内报送" in unread and "本单位已逾期" not in unread
    # Read is per person: the unit's head still has it unread.
    assert sent["to_unit"] in notices.unread(user("head"))


def test_a_notice_one_may_not_see_is_not_marked(client, sent):
    client.force_login(user("reporter"))
    assert client.post(reverse("notification_read", args=[sent["elsewhere"].pk])).status_code == 404
    assert client.post(reverse("notification_read", args=[999999])).status_code == 404
    assert not NotificationRead.objects.exists()


def test_all_read(client, sent):
    client.force_login(user("reporter"))
    response = client.post(reverse("notifications_read_all"), follow=True)
    assert "已将 2 条提醒标为已读" in response.content.decode()
    assert set(NotificationRead.objects.filter(user=user("reporter")).values_list("notification", flat=True)) == {
        sent["to_reporter"].pk, sent["to_unit"].pk}
    assert AuditEvent.objects.get(action="notification.read_all").detail == {"count": 2}
    assert "未读 0 条" in client.get(reverse("notifications")).content.decode()
    # The office sees all three and has read none of them.
    assert notices.unread(user("office")).count() >= 3


def test_hostile_back_parameter_stays_on_the_list(client, sent):
    client.force_login(user("reporter"))
    for back in ("//evil.example/", "a\r\nSet-Cookie: x=1", "https://evil.example"):
        response = client.post(reverse("notification_read", args=[sent["to_unit"].pk]), {"back": back})
        assert response.status_code == 302 and response["Location"] == reverse("notifications")


def test_get_is_refused_and_anonymous_sent_to_login(client, sent):
    client.force_login(user("reporter"))
    assert client.get(reverse("notifications_read_all")).status_code == 405
    client.logout()
    response = client.post(reverse("notifications_read_all"))
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not NotificationRead.objects.exists()
