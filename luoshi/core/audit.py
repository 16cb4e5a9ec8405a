"""Recording changes in the append-only, hash-chained audit log (审计日志)."""

from __future__ import annotations

from django.db import transaction

from .models import AuditEvent


def record(actor, action: str, obj=None, object_type: str = "", detail: dict | None = None) -> AuditEvent:
    """Append one event; call inside the transaction that makes the change."""
    with transaction.atomic():
        last = AuditEvent.objects.select_for_update().order_by("-id").first()
        event = AuditEvent(
            actor=actor if getattr(actor, "pk", None) else None,
            actor_name=getattr(actor, "username", "") or "system",
            action=action,
            object_type=object_type or (type(obj).__name__ if obj is not None else ""),
            object_id=str(getattr(obj, "pk", "") or ""),
            detail=detail or {},
            previous_hash=last.hash if last else "",
        )
        event.hash = event.compute_hash()
        event.save()
        return event


def verify_chain() -> list[int]:
    """Ids of events whose hash or link to the previous event does not hold."""
    broken = []
    previous = ""
    for event in AuditEvent.objects.order_by("id").iterator():
        if event.previous_hash != previous or event.compute_hash() != event.hash:
            broken.append(event.id)
        previous = event.hash
    return broken
