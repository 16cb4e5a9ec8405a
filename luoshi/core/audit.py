"""The audit log (审计日志): append-only, hash-chained, keyed, anchored.

Why each piece:

* **one order, no forks** — ``record`` locks the chain's head row
  (``AuditChainHead``, ``SELECT … FOR UPDATE`` on PostgreSQL; SQLite lets one
  writer in at a time, and its transactions take the write lock at their start,
  see settings) before it reads the previous hash, so two requests never append
  after the same event;
* **the lock held briefly** — inside an action (``luoshi.core.actions``) the
  events are collected and appended together when the action's work is done,
  just before its transaction commits (``deferred``): the head row, which every
  writer of the whole site needs, stays locked for the append and the commit
  only, not for the rest of the action's queries (under load, writers queued
  behind it for seconds).  An event whose savepoint rolled back (a nested action
  that failed and was caught) is not appended;
* **keyed hashes** — each event's hash is an HMAC-SHA256 over its time, actor
  (id and name), action, object, details and the previous event's hash, keyed by
  ``LUOSHI_AUDIT_KEY`` (or, when that is unset, a key derived from
  ``LUOSHI_SECRET_KEY``): someone who can write to the database but does not hold
  the key cannot change an event and recompute the hashes after it;
* **append-only** — the model and every manager refuse update and delete, and a
  database trigger refuses UPDATE and DELETE in SQL (migration core 0003);
* **anchors** — the head (count and hash) is written to a file outside the
  database and to the log (``write_anchor``: every ``LUOSHI_AUDIT_ANCHOR_EVERY``
  events and by ``manage.py verify_audit --anchor``), so deleting the last events,
  which leaves a shorter but valid chain, is detected against the last anchor.

``verify()`` checks all of it and names the first broken link; ``manage.py
verify_audit`` and the office's audit page show it.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from .chain import _canonical, _timestamp, event_hash, key  # noqa: F401 - re-exported
from .models import AuditChainHead, AuditEvent

log = logging.getLogger("luoshi.audit")

HEAD_ID = 1


# --- writing ---------------------------------------------------------------------------


def _locked_head() -> AuditChainHead:
    head = AuditChainHead.objects.select_for_update(of=("self",)).filter(pk=HEAD_ID).first()
    if head is None:
        # A new database (or one whose head row was lost): start from the log's last event.
        last = AuditEvent.objects.order_by("-id").first()
        AuditChainHead.objects.bulk_create(
            [AuditChainHead(pk=HEAD_ID, count=AuditEvent.objects.count(), hash=last.hash if last else "",
                            last_id=last.pk if last else None)],
            ignore_conflicts=True)
        head = AuditChainHead.objects.select_for_update(of=("self",)).get(pk=HEAD_ID)
    return head


#: the events of the running action, appended when it ends (None outside an action)
_pending: ContextVar[list | None] = ContextVar("luoshi_audit_pending", default=None)


class _Marker:
    """A no-op commit callback registered beside a collected event: Django drops the
    callbacks of a savepoint that rolls back, so a marker still registered at the append
    says its event's change is still part of the transaction."""

    def __call__(self) -> None:
        return None


@contextmanager
def deferred() -> Iterator[None]:
    """Collect the events recorded inside, and append them to the chain together when the
    block ends without an error (call it inside the transaction: the outermost action does).
    Nested: the inner block's events join the outer one's."""
    if _pending.get() is not None:
        yield
        return
    token = _pending.set([])
    try:
        yield
        pending = _pending.get()
    finally:
        _pending.reset(token)
    if pending:
        live = {id(fn) for _sids, fn, *_rest in connection.run_on_commit}
        # No savepoint of its own: the action's transaction ends right after, and an error
        # here rolls the whole action back (two queries fewer on every action).
        _append([e for marker, e in pending if id(marker) in live], savepoint=False)


def _event(actor, action: str, obj=None, object_type: str = "", detail: dict | None = None) -> AuditEvent:
    return AuditEvent(
        actor=actor if getattr(actor, "pk", None) else None,
        actor_name=((actor if isinstance(actor, str) else getattr(actor, "username", "")) or "system")[:150],
        action=action[:50],
        object_type=(object_type or (type(obj).__name__ if obj is not None else ""))[:50],
        object_id=str(getattr(obj, "pk", "") or "")[:64],
        detail=_canonical(detail or {}),
        scheme=AuditEvent.SCHEME,
    )


def _collect(events: list[AuditEvent]) -> bool:
    """Within ``deferred`` (and a transaction): keep ``events`` for the append at its end."""
    pending = _pending.get()
    if pending is None or not connection.in_atomic_block:
        return False
    marker = _Marker()
    transaction.on_commit(marker)
    pending.extend((marker, e) for e in events)
    return True


def _append(events: list[AuditEvent], savepoint: bool = True) -> list[AuditEvent]:
    """Chain ``events`` after the head and save them: the head locked once, the events
    inserted together, the head moved once (times taken under the lock: they follow the
    chain's order)."""
    if not events:
        return []
    with transaction.atomic(savepoint=savepoint):
        head = _locked_head()
        previous = head.hash
        for event in events:
            event.at = timezone.now()
            event.previous_hash = previous
            event.hash = previous = event_hash(event)
        if len(events) == 1:
            events[0].save()
            made = events
        else:
            made = AuditEvent.objects.bulk_create(events)
        last_id = made[-1].pk
        if last_id is None:   # a database that returns no ids from a bulk insert
            last_id = AuditEvent.objects.filter(hash=previous).values_list("pk", flat=True).last()
        AuditChainHead.objects.filter(pk=HEAD_ID).update(count=F("count") + len(made), hash=previous,
                                                         last_id=last_id)
        every = getattr(settings, "LUOSHI_AUDIT_ANCHOR_EVERY", 0)
        if every:
            for position, event in enumerate(made, head.count + 1):
                if position % every == 0:
                    # Anchored once committed (an event rolled back must not be anchored), as it is now.
                    state = (position, event.hash, event.pk)
                    transaction.on_commit(lambda state=state: _anchor_quietly(state))
        return made


def record(actor, action: str, obj=None, object_type: str = "", detail: dict | None = None) -> AuditEvent:
    """Append one event; call inside the transaction that makes the change, so the
    change and its event are saved together or not at all.  ``actor`` is a user, or a
    name (``"anonymous"`` for a failed login), or None for the system.  Inside an action
    the event is appended when the action ends (``deferred``), before its commit."""
    event = _event(actor, action, obj, object_type, detail)
    if not _collect([event]):
        _append([event])
    return event


def record_many(actor, events: list[tuple[str, object, dict]]) -> list[AuditEvent]:
    """Append ``(action, obj, detail)`` events in order, as ``record`` would one by one, in
    three queries whatever their number: the head locked once, the events inserted
    together, the head moved once.  For an action that changes thousands of rows (an
    import's confirm), each change keeping its own event."""
    made = [_event(actor, action, obj, "", detail) for action, obj, detail in events]
    if made and not _collect(made):
        _append(made)
    return made


def _anchor_quietly(state: tuple[int, str, int]) -> None:
    try:
        write_anchor(state=state)
    except OSError as e:   # a full disk must not fail the user's request; verify says it
        log.error("audit anchor not written: %s", e)


# --- anchors ---------------------------------------------------------------------------


def anchor_path() -> Path:
    return Path(getattr(settings, "LUOSHI_AUDIT_ANCHOR_FILE", "") or Path(settings.VAR_DIR) / "audit-anchors.jsonl")


def write_anchor(path: Path | None = None, state: tuple[int, str, int | None] | None = None) -> dict:
    """Append the head (count, hash, last id: the current head unless ``state`` gives
    them) to the anchor file and the log."""
    if state is None:
        head = AuditChainHead.objects.filter(pk=HEAD_ID).first()
        state = (head.count, head.hash, head.last_id) if head else (0, "", None)
    anchor = {"at": _timestamp(timezone.now()), "count": state[0], "hash": state[1], "last_id": state[2]}
    path = path or anchor_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(anchor, ensure_ascii=False) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, line.encode("utf-8"))   # one write in append mode: lines never interleave
        os.fsync(fd)
    finally:
        os.close(fd)
    log.info("audit anchor", extra={"audit_anchor": anchor})
    return anchor


def read_anchors(path: Path | None = None) -> list[dict]:
    path = path or anchor_path()
    if not path.exists():
        return []
    anchors = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if isinstance(item, dict) and isinstance(item.get("count"), int):
            anchors.append(item)
    return anchors


# --- verifying -------------------------------------------------------------------------


@dataclass
class Break:
    """The first broken link: which event (by id and position) and why."""

    event_id: int | None
    position: int
    kind: str          # changed | fork | missing | reordered | tail_deleted | head
    message: str

    def to_json(self) -> dict:
        return {"event_id": self.event_id, "position": self.position, "kind": self.kind, "message": self.message}


@dataclass
class Verification:
    count: int = 0
    head_hash: str = ""
    anchors: int = 0
    breaks: list[Break] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.breaks

    @property
    def first(self) -> Break | None:
        return self.breaks[0] if self.breaks else None

    def to_json(self) -> dict:
        return {"ok": self.ok, "count": self.count, "head_hash": self.head_hash, "anchors": self.anchors,
                "first_broken": self.first.to_json() if self.first else None,
                "broken": [b.to_json() for b in self.breaks[:100]]}


def verify(anchors: list[dict] | None = None) -> Verification:
    """Walk the whole log in id order: every hash recomputed with the key, every link to
    the event before, the head row, and every anchor (an anchored position must still
    hold the anchored hash)."""
    anchors = read_anchors() if anchors is None else anchors
    by_count: dict[int, list[dict]] = {}
    for a in anchors:
        by_count.setdefault(a["count"], []).append(a)
    result = Verification(anchors=len(anchors))
    seen: dict[str, int] = {"": 0}      # hash → position of the event that has it
    previous, position, last_id = "", 0, None
    for event in AuditEvent.objects.order_by("id").iterator(chunk_size=2000):
        position += 1
        if event.previous_hash != previous:
            if event.previous_hash in seen:
                kind, message = "fork", (f"第 {position} 条事件（#{event.pk}）接在第 {seen[event.previous_hash]} 条之后，"
                                         f"而非第 {position - 1} 条：链分叉或顺序被改动")
            else:
                kind, message = "missing", (f"第 {position} 条事件（#{event.pk}）的前一条不存在：之前的事件被删除或改动")
            result.breaks.append(Break(event.pk, position, kind, message))
        if event.compute_hash() != event.hash:
            result.breaks.append(Break(event.pk, position, "changed",
                                       f"第 {position} 条事件（#{event.pk}）的内容与其哈希不符：事件被改动"))
        for a in by_count.get(position, []):
            if a.get("hash") != event.hash:
                result.breaks.append(Break(event.pk, position, "anchor",
                                           f"第 {position} 条事件（#{event.pk}）与 {a.get('at', '')} 的锚点不符：其后的日志被改写"))
        seen.setdefault(event.hash, position)
        previous, last_id = event.hash, event.pk
    result.count, result.head_hash = position, previous
    longest = max((a["count"] for a in anchors), default=0)
    if longest > position:
        result.breaks.append(Break(None, position + 1, "tail_deleted",
                                   f"日志只有 {position} 条事件，而锚点记录过 {longest} 条：末尾的事件被删除"))
    head = AuditChainHead.objects.filter(pk=HEAD_ID).first()
    if head is not None and (head.count != position or head.hash != previous or head.last_id != last_id):
        result.breaks.append(Break(last_id, position, "head",
                                   f"链头记录 {head.count} 条事件，日志实有 {position} 条：末尾的事件被删除或改动"))
    result.breaks.sort(key=lambda b: b.position)
    return result


def verify_chain() -> list[int]:
    """Ids of events whose hash or link to the previous event does not hold."""
    return sorted({b.event_id for b in verify(anchors=[]).breaks
                   if b.event_id is not None and b.kind in ("changed", "fork", "missing")})


# --- the append-only guard in the database ------------------------------------------------

TABLE = "core_auditevent"
_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER IF NOT EXISTS core_auditevent_no_update BEFORE UPDATE ON {TABLE} "
    "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
    f"CREATE TRIGGER IF NOT EXISTS core_auditevent_no_delete BEFORE DELETE ON {TABLE} "
    "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
]
_POSTGRES_TRIGGERS = [
    "CREATE OR REPLACE FUNCTION core_auditevent_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'audit events are append-only'; END; $$ LANGUAGE plpgsql",
    f"DROP TRIGGER IF EXISTS core_auditevent_append_only ON {TABLE}",
    # UPDATE and DELETE, row by row.  TRUNCATE stays with the table's owner (the test
    # suite's flush uses it); the application's own database user should not own it.
    f"CREATE TRIGGER core_auditevent_append_only BEFORE UPDATE OR DELETE ON {TABLE} "
    "FOR EACH ROW EXECUTE FUNCTION core_auditevent_append_only()",
]


def guard_sql(vendor: str) -> list[str]:
    return {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRES_TRIGGERS}.get(vendor, [])


def unguard_sql(vendor: str) -> list[str]:
    if vendor == "sqlite":
        return ["DROP TRIGGER IF EXISTS core_auditevent_no_update", "DROP TRIGGER IF EXISTS core_auditevent_no_delete"]
    if vendor == "postgresql":
        return [f"DROP TRIGGER IF EXISTS core_auditevent_append_only ON {TABLE}"]
    return []


def install_guard(conn=None) -> None:
    conn = conn or connection
    with conn.cursor() as cursor:
        for sql in guard_sql(conn.vendor):
            cursor.execute(sql)
