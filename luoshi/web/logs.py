"""Structured log lines on stderr: one JSON object per line (production) or key=value (demo).

Each line carries time, level, logger and message; a request's method, path, status and
user where Django's loggers attach them; the exception's type and traceback as one field,
so a line never spills over several lines of the journal."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

# LogRecord attributes that are not extra fields.
_STANDARD = set(vars(logging.LogRecord("x", 0, "x", 0, "x", None, None))) | {"message", "asctime"}


class StructuredFormatter(logging.Formatter):
    def __init__(self, style_name: str = "json", **kwargs):
        super().__init__()
        self.style_name = style_name

    def fields(self, record: logging.LogRecord) -> dict:
        out = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            out["method"] = getattr(request, "method", "")
            out["path"] = request.path
            user = getattr(request, "user", None)
            # Only a user already loaded: a log line must not query the database (it may be down).
            if user is not None and not _is_lazy_empty(user):
                out["user"] = getattr(user, "username", "") or "anonymous"
        status = getattr(record, "status_code", None)
        if status is not None:
            out["status"] = status
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in ("request", "status_code") and not key.startswith("_"):
                out[key] = value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
        if record.exc_info:
            out["error"] = record.exc_info[0].__name__ if record.exc_info[0] else ""
            out["traceback"] = self.formatException(record.exc_info)
        return out

    def format(self, record: logging.LogRecord) -> str:
        fields = self.fields(record)
        if self.style_name == "json":
            return json.dumps(fields, ensure_ascii=False, default=str)
        return " ".join(f"{key}={_quote(value)}" for key, value in fields.items())


def _is_lazy_empty(user) -> bool:
    from django.utils.functional import SimpleLazyObject, empty

    return isinstance(user, SimpleLazyObject) and user._wrapped is empty


def _quote(value) -> str:
    text = str(value)
    if text and not any(c in text for c in ' "=\n\t'):
        return text
    return json.dumps(text, ensure_ascii=False)
