"""The audit chain's keyed hash (HMAC-SHA256): one function the model and the log share."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC

from django.conf import settings


def key() -> bytes:
    """The HMAC key: LUOSHI_AUDIT_KEY, else one derived from the secret key (documented
    in docs/deploy.md: keep either outside the database and its backups)."""
    explicit = getattr(settings, "LUOSHI_AUDIT_KEY", "")
    if explicit:
        return explicit.encode("utf-8")
    return hmac.new(settings.SECRET_KEY.encode("utf-8"), b"luoshi.audit-chain.v2", hashlib.sha256).digest()


def _canonical(value):
    """Details as they read back from either database: JSON types only, and a float that
    is a whole number as an integer (PostgreSQL's jsonb may return 1e20 as an integer)."""
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return int(value)
    if isinstance(value, str):
        return value.replace("\x00", "")   # PostgreSQL cannot store NUL in JSON text
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)


def _timestamp(at) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_hash(event) -> str:
    """The HMAC of an event (an AuditEvent, saved or not) over every field and the previous hash."""
    message = json.dumps(
        [event.scheme, _timestamp(event.at), event.actor_id, event.actor_name, event.action,
         event.object_type, event.object_id, _canonical(event.detail), event.previous_hash],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"),
    )
    return hmac.new(key(), message.encode("utf-8"), hashlib.sha256).hexdigest()
