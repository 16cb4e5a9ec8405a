"""The audit log can be trusted (issue 13 item 7): keyed hashes over every field, one
order, append-only in the ORM and in SQL, anchors that catch a deleted tail, and what
is recorded without any view asking (logins, failures, lockouts, downloads, refusals).

The tamper tests act as someone with write access to the database but not the key:
they drop the append-only triggers, change rows in SQL, and may even recompute the
hashes with any key but the real one; every such change must be detected, and the
first broken link named."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from luoshi.core import audit
from luoshi.core.models import AuditChainHead, AuditEvent

from .demo import login

pytestmark = pytest.mark.django_db

TABLE = "core_auditevent"


@pytest.fixture
def events(db):
    """Ten fresh events after whatever the samples recorded; the chain verifies."""
    made = [audit.record("tester", "test.event", object_type="Thing", detail={"n": i, "text": f"第{i}条"})
            for i in range(10)]
    assert audit.verify(anchors=[]).ok
    return made


def sql(statement: str, params=()) -> None:
    """Raw SQL with the append-only triggers dropped (the rollback of the test restores them)."""
    with connection.cursor() as cursor:
        for drop in audit.unguard_sql(connection.vendor):
            cursor.execute(drop)
        cursor.execute(statement, params)


def forged_hash(event: AuditEvent, forger_key: bytes) -> str:
    """What someone without the key can compute: the same message, another key."""
    message = json.dumps(
        [event.scheme, audit._timestamp(event.at), event.actor_id, event.actor_name, event.action,
         event.object_type, event.object_id, audit._canonical(event.detail), event.previous_hash],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hmac.new(forger_key, message.encode(), hashlib.sha256).hexdigest()


def rehash_from(first_id: int, forger_key: bytes) -> None:
    """Recompute every hash from ``first_id`` on, chaining them, as a forger would."""
    previous = AuditEvent.objects.filter(id__lt=first_id).order_by("-id").values_list("hash", flat=True).first() or ""
    for event in AuditEvent.objects.filter(id__gte=first_id).order_by("id"):
        event.previous_hash = previous
        new = forged_hash(event, forger_key)
        sql(f"UPDATE {TABLE} SET previous_hash = %s, hash = %s WHERE id = %s", [previous, new, event.pk])
        previous = new
    head = AuditEvent.objects.order_by("-id").first()
    AuditChainHead.objects.filter(pk=1).update(hash=head.hash, count=AuditEvent.objects.count(), last_id=head.pk)


# --- the chain ----------------------------------------------------------------------------


def test_a_clean_log_verifies_and_the_head_follows_it(events):
    result = audit.verify(anchors=[])
    assert result.ok and result.first is None
    head = AuditChainHead.objects.get(pk=1)
    assert (head.count, head.hash, head.last_id) == (AuditEvent.objects.count(), events[-1].hash, events[-1].pk)
    assert events[5].previous_hash == events[4].hash


def test_the_hash_is_keyed(events, settings):
    event = events[3]
    assert event.hash == audit.event_hash(event)
    settings.LUOSHI_AUDIT_KEY = "another-key"
    assert audit.event_hash(event) != event.hash
    assert not audit.verify(anchors=[]).ok


def test_the_key_falls_back_to_one_derived_from_the_secret_key(settings):
    settings.LUOSHI_AUDIT_KEY = ""
    derived = audit.key()
    assert derived != settings.SECRET_KEY.encode()
    settings.SECRET_KEY = settings.SECRET_KEY + "x"
    assert audit.key() != derived
    settings.LUOSHI_AUDIT_KEY = "explicit"
    assert audit.key() == b"explicit"


@pytest.mark.parametrize("column,value", [
    ("detail", '{"n": 3, "text": "改过的内容"}'),
    ("action", "test.other"),
    ("actor_name", "someone-else"),
    ("object_id", "999"),
    ("object_type", "Other"),
])
def test_changing_any_field_is_detected_at_that_event(events, column, value):
    target = events[3]
    sql(f"UPDATE {TABLE} SET {column} = %s WHERE id = %s", [value, target.pk])
    result = audit.verify(anchors=[])
    assert not result.ok
    assert result.first.event_id == target.pk and result.first.kind == "changed"


def test_changing_the_time_or_the_actor_id_is_detected(events, django_user_model):
    target = events[2]
    sql(f"UPDATE {TABLE} SET at = %s WHERE id = %s", [target.at + timedelta(seconds=1), target.pk])
    assert audit.verify(anchors=[]).first.event_id == target.pk
    other = events[6]
    user = django_user_model.objects.get(username="office")
    sql(f"UPDATE {TABLE} SET actor_id = %s WHERE id = %s", [user.pk, other.pk])
    broken = {b.event_id for b in audit.verify(anchors=[]).breaks}
    assert {target.pk, other.pk} <= broken


@pytest.mark.parametrize("forger_key", [b"", b"guessed-key", b"luoshi"])
def test_change_and_rehash_without_the_key_is_detected(events, forger_key):
    target = events[4]
    sql(f"UPDATE {TABLE} SET detail = %s WHERE id = %s", ['{"n": 4, "text": "篡改"}', target.pk])
    rehash_from(target.pk, forger_key)
    result = audit.verify(anchors=[])
    assert not result.ok
    assert result.first.event_id == target.pk


def test_deleting_the_tail_is_detected_by_the_head_and_by_the_anchor(events, tmp_path):
    anchor_file = tmp_path / "anchors.jsonl"
    anchor = audit.write_anchor(anchor_file)
    assert anchor["count"] == AuditEvent.objects.count() and anchor["hash"] == events[-1].hash
    assert audit.verify(anchors=audit.read_anchors(anchor_file)).ok
    sql(f"DELETE FROM {TABLE} WHERE id >= %s", [events[-3].pk])
    # the head row still counts the deleted events
    result = audit.verify(anchors=[])
    assert not result.ok and result.first.kind == "head"
    # a forger who also fixes the head row is still caught by the anchor outside the database
    last = AuditEvent.objects.order_by("-id").first()
    AuditChainHead.objects.filter(pk=1).update(count=AuditEvent.objects.count(), hash=last.hash, last_id=last.pk)
    assert audit.verify(anchors=[]).ok   # the shorter chain is valid in itself …
    result = audit.verify(anchors=audit.read_anchors(anchor_file))
    assert not result.ok and result.first.kind == "tail_deleted"   # … but not against the anchor


def test_deleting_an_event_in_the_middle_is_detected(events):
    sql(f"DELETE FROM {TABLE} WHERE id = %s", [events[5].pk])
    result = audit.verify(anchors=[])
    assert result.first.event_id == events[6].pk and result.first.kind == "missing"


def test_rewriting_events_before_an_anchor_is_detected_even_with_the_key(events, tmp_path):
    """Someone holding the key can rewrite the chain; the exported anchor still catches it."""
    anchor_file = tmp_path / "anchors.jsonl"
    audit.write_anchor(anchor_file)
    sql(f"UPDATE {TABLE} SET detail = %s WHERE id = %s", ['{"n": 1}', events[1].pk])
    rehash_from(events[1].pk, audit.key())
    assert audit.verify(anchors=[]).ok
    result = audit.verify(anchors=audit.read_anchors(anchor_file))
    assert not result.ok and result.first.kind == "anchor"


def test_a_fork_is_detected(events):
    """Two events appended after the same event (what unserialised writers did)."""
    sql(f"UPDATE {TABLE} SET previous_hash = %s WHERE id = %s", [events[6].previous_hash, events[7].pk])
    result = audit.verify(anchors=[])
    assert result.first.event_id == events[7].pk
    assert result.first.kind == "fork"


def test_reordering_events_is_detected(events):
    a, b = events[3], events[4]
    sql(f"UPDATE {TABLE} SET id = -1 WHERE id = %s", [a.pk])
    sql(f"UPDATE {TABLE} SET id = %s WHERE id = %s", [a.pk, b.pk])
    sql(f"UPDATE {TABLE} SET id = %s WHERE id = -1", [b.pk])
    result = audit.verify(anchors=[])
    assert not result.ok and result.first.event_id == a.pk


def test_an_event_inserted_with_a_forged_hash_is_detected(events):
    last = events[-1]
    forged = AuditEvent(at=last.at, actor_name="intruder", action="test.event", object_type="Thing",
                        detail={}, previous_hash=last.hash)
    forged.hash = forged_hash(forged, b"not-the-key")
    forged.save()
    last_id = forged.pk
    AuditChainHead.objects.filter(pk=1).update(count=AuditEvent.objects.count(), hash=forged.hash, last_id=last_id)
    result = audit.verify(anchors=[])
    assert result.first.event_id == forged.pk and result.first.kind == "changed"


# --- append-only ------------------------------------------------------------------------------


def test_no_manager_changes_or_deletes_an_event(events):
    event = events[0]
    event.action = "x"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    for manager in (AuditEvent.objects, AuditEvent._base_manager, AuditEvent._default_manager):
        with pytest.raises(PermissionError):
            manager.filter(pk=event.pk).update(action="x")
        with pytest.raises(PermissionError):
            manager.filter(pk=event.pk).delete()
        with pytest.raises(PermissionError):
            manager.filter(pk=event.pk)._raw_delete(manager.db)
        with pytest.raises(PermissionError):
            manager.bulk_update([event], ["action"])
    assert audit.verify(anchors=[]).ok


@pytest.mark.skipif(connection.vendor not in ("sqlite", "postgresql"), reason="triggers for SQLite and PostgreSQL")
@pytest.mark.parametrize("statement", [f"UPDATE {TABLE} SET action = 'x'", f"DELETE FROM {TABLE}"])
def test_the_database_refuses_update_and_delete_in_sql(events, statement):
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(statement)
    assert AuditEvent.objects.count() >= 10 and audit.verify(anchors=[]).ok


def test_deleting_a_user_leaves_their_events_as_they_were(events, django_user_model):
    user = django_user_model.objects.create_user("leaving", password="x" * 12)
    event = audit.record(user, "test.event", detail={})
    user.delete()
    stored = AuditEvent.objects.get(pk=event.pk)
    assert stored.actor_id is not None
    assert stored.actor_name == "leaving"
    assert audit.verify(anchors=[]).ok


def test_the_log_stays_verifiable_across_both_schemes(events):
    """Events of the first (unkeyed) scheme, as older databases hold, still verify, and
    the keyed event after them seals them: rewriting them breaks the keyed link."""
    first = events[0]
    sql(f"UPDATE {TABLE} SET scheme = 1 WHERE id < %s", [first.pk])
    legacy = list(AuditEvent.objects.filter(id__lt=first.pk).order_by("id"))
    previous = ""
    for event in legacy:
        event.previous_hash = previous
        new = event.legacy_hash()
        sql(f"UPDATE {TABLE} SET previous_hash = %s, hash = %s WHERE id = %s", [previous, new, event.pk])
        previous = new
    if not legacy:
        pytest.skip("no earlier events")
    sql(f"UPDATE {TABLE} SET previous_hash = %s WHERE id = %s", [previous, first.pk])
    first.previous_hash = previous
    sql(f"UPDATE {TABLE} SET hash = %s WHERE id = %s", [audit.event_hash(first), first.pk])
    rehash_from(events[1].pk, audit.key())
    assert audit.verify(anchors=[]).ok
    # a forger rewrites an old (unkeyed) event and recomputes the unkeyed chain after it
    sql(f"UPDATE {TABLE} SET detail = %s WHERE id = %s", ['{"forged": 1}', legacy[0].pk])
    previous = ""
    for event in AuditEvent.objects.filter(id__lt=first.pk).order_by("id"):
        event.previous_hash = previous
        new = event.legacy_hash()
        sql(f"UPDATE {TABLE} SET previous_hash = %s, hash = %s WHERE id = %s", [previous, new, event.pk])
        previous = new
    result = audit.verify(anchors=[])
    assert not result.ok and result.first.event_id == first.pk


# --- the command and the page -------------------------------------------------------------------


def test_verify_audit_command(events, tmp_path, settings, capsys):
    settings.LUOSHI_AUDIT_ANCHOR_FILE = str(tmp_path / "a.jsonl")
    call_command("verify_audit", "--anchor")
    out = capsys.readouterr().out
    assert "审计日志完好" in out and "锚点已写入" in out
    assert len(audit.read_anchors()) == 1
    sql(f"UPDATE {TABLE} SET detail = %s WHERE id = %s", ['{}', events[2].pk])
    with pytest.raises(CommandError):
        call_command("verify_audit")
    out = capsys.readouterr().out
    assert f"#{events[2].pk}" in out and "被改动" in out
    call_command_json = None
    try:
        call_command("verify_audit", "--json")
    except CommandError:
        call_command_json = json.loads(capsys.readouterr().out)
    assert call_command_json["ok"] is False and call_command_json["first_broken"]["event_id"] == events[2].pk


def test_office_page_shows_the_first_broken_link(client, events, settings, tmp_path):
    settings.LUOSHI_AUDIT_ANCHOR_FILE = str(tmp_path / "none.jsonl")
    login(client, "office")
    page = client.get(reverse("audit_verify")).content.decode()
    assert "审计日志完好" in page
    sql(f"UPDATE {TABLE} SET action = 'x' WHERE id = %s", [events[8].pk])
    page = client.get(reverse("audit_verify")).content.decode()
    assert "审计日志被改动" in page and f"#{events[8].pk}" in page
    login(client, "inspector")
    assert client.get(reverse("audit_verify")).status_code == 200
    login(client, "reporter")
    assert client.get(reverse("audit_verify")).status_code == 403


def test_anchors_are_written_every_n_events(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.LUOSHI_AUDIT_ANCHOR_FILE = str(tmp_path / "auto.jsonl")
    settings.LUOSHI_AUDIT_ANCHOR_EVERY = 5
    start = AuditEvent.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(12):
            audit.record(None, "test.event", detail={"i": i})
    anchors = audit.read_anchors()
    assert [a["count"] for a in anchors] == [n for n in range(start + 1, start + 13) if n % 5 == 0]
    assert audit.verify().ok


# --- recorded without a view asking -------------------------------------------------------------


def actions_since(pk: int) -> list[tuple[str, str, dict]]:
    return [(e.action, e.actor_name, e.detail) for e in AuditEvent.objects.filter(pk__gt=pk).order_by("id")]


def last_pk() -> int:
    return AuditEvent.objects.order_by("-id").values_list("id", flat=True).first() or 0


def test_login_logout_and_failed_login_are_recorded(client):
    start = last_pk()
    client.post("/login/", {"username": "leader", "password": "wrong-password"}, REMOTE_ADDR="10.9.8.7")
    client.post("/login/", {"username": "leader", "password": "luoshi-demo"}, REMOTE_ADDR="10.9.8.7")
    client.post("/logout/", REMOTE_ADDR="10.9.8.7")
    got = actions_since(start)
    assert [a for a, _, _ in got] == ["auth.login_failed", "auth.login", "auth.logout"]
    assert got[0][1] == "anonymous" and got[0][2]["username"] == "leader" and got[0][2]["ip"] == "10.9.8.7"
    assert got[1][1] == "leader" and got[2][1] == "leader"
    assert "luoshi-demo" not in json.dumps([d for _, _, d in got])


def test_lockout_is_recorded(client, settings):
    start = last_pk()
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        client.post("/login/", {"username": "reporter", "password": "wrong"}, REMOTE_ADDR="10.9.8.6")
    actions = [a for a, _, _ in actions_since(start)]
    assert "auth.lockout" in actions
    assert actions.count("auth.login_failed") >= settings.AXES_FAILURE_LIMIT


def test_downloads_and_refusals_are_recorded(client):
    login(client, "office")
    start = last_pk()
    response = client.get(reverse("export_organisations_xlsx"))
    assert response.status_code == 200
    got = actions_since(start)
    assert [a for a, _, _ in got] == ["export.download"]
    assert got[0][1] == "office" and got[0][2]["path"] == reverse("export_organisations_xlsx")
    login(client, "reporter")
    start = last_pk()
    assert client.get(reverse("audit")).status_code == 403
    got = actions_since(start)
    assert [(a, who) for a, who, _ in got] == [("access.denied", "reporter")]
    assert got[0][2]["path"] == reverse("audit")
    assert audit.verify(anchors=[]).ok


# --- inside an action: appended at its end, the chain's lock held briefly ----------------------


def test_an_actions_events_are_appended_when_it_ends_in_order_and_verify(db, django_user_model):
    from luoshi.core.actions import action

    user = django_user_model.objects.create(username="chain-writer")
    start = last_pk()
    head_during = []

    @action
    def do_two_things(*, acting_user):
        audit.record(acting_user, "test.first", detail={"n": 1})
        audit.record_many(acting_user, [("test.second", None, {"n": 2}), ("test.third", None, {"n": 3})])
        # not yet in the chain: the head (which every writer locks) is untouched during the work
        head_during.append((last_pk(), AuditChainHead.objects.get(pk=audit.HEAD_ID).count))
        return "done"

    count_before = AuditChainHead.objects.get(pk=audit.HEAD_ID).count
    assert do_two_things(acting_user=user) == "done"
    assert head_during == [(start, count_before)]
    assert [(a, d["n"]) for a, _name, d in actions_since(start)] == [
        ("test.first", 1), ("test.second", 2), ("test.third", 3)]
    assert AuditChainHead.objects.get(pk=audit.HEAD_ID).count == count_before + 3
    assert audit.verify().ok


def test_a_failed_action_or_a_failed_nested_action_caught_leaves_no_event(db):
    from luoshi.core.actions import ActionRefused, action

    start = last_pk()

    @action
    def do_fail(*, acting_user):
        audit.record(acting_user, "test.failed")
        raise ActionRefused("no")

    @action
    def do_outer(*, acting_user):
        audit.record(acting_user, "test.outer_before")
        try:
            do_fail(acting_user=acting_user)
        except ActionRefused:
            pass
        audit.record(acting_user, "test.outer_after")

    with pytest.raises(ActionRefused):
        do_fail(acting_user=None)
    assert actions_since(start) == []
    do_outer(acting_user=None)
    assert [a for a, *_ in actions_since(start)] == ["test.outer_before", "test.outer_after"]
    assert audit.verify().ok
