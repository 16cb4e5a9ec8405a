"""Source documents (来源文件): storing an upload once it has been read."""

from __future__ import annotations

import hashlib
import logging

from django.conf import settings
from django.db import IntegrityError
from django.utils.translation import gettext as _

from luoshi.engine.api import Document, ParseError, UnreadableInput, read_document

from .. import audit
from ..models import SourceDocument
from ..services import ImportRefused, ImportResult, registry
from . import action

logger = logging.getLogger(__name__)


@action
def do_import_document(data: bytes, name: str, digest: str, doc: Document, *, acting_user) -> SourceDocument:
    """Store a read document (its bytes, reading and kind).  The organisations it names are
    not created here: only when a person confirms an import that needs them (issue 13:
    an upload must not add look-alike units before anyone has seen them).

    ``import_document`` reads the bytes first, outside the transaction."""
    stored = SourceDocument.objects.create(
        name=name, sha256=digest, content=data, size=len(data), format=doc.format,
        encoding=doc.encoding, kind=doc.kind, reading=doc.to_json(),
        uploaded_by=acting_user if getattr(acting_user, "pk", None) else None,
    )
    audit.record(acting_user, "document.import", stored, detail={
        "name": name, "kind": doc.kind, "tables": len(doc.tables),
        "rows": sum(len(t.rows) for t in doc.tables)})
    return stored


def check_upload_size(data: bytes, name: str) -> int:
    """Refuse a file over the upload limit (``ImportRefused``); returns the limit."""
    limit = settings.LUOSHI_MAX_UPLOAD_BYTES
    if len(data) > limit:
        raise ImportRefused(_("文件过大：%(name)s 超过 %(mb)s MB") % {"name": name, "mb": limit // (1024 * 1024)})
    return limit


def known_document(data: bytes) -> SourceDocument | None:
    """The stored document with exactly these bytes, if any (then nothing needs reading)."""
    return SourceDocument.objects.filter(sha256=hashlib.sha256(data).hexdigest()).first()


def import_document(data: bytes, name: str, user=None) -> ImportResult:
    """Read one document, then store it (``do_import_document``): reading needs no transaction.  The same bytes imported twice change nothing."""
    limit = check_upload_size(data, name)
    digest = hashlib.sha256(data).hexdigest()
    existing = SourceDocument.objects.filter(sha256=digest).first()
    if existing:
        return ImportResult(existing, False)
    try:
        doc = read_document(data, name, registry=registry(), max_bytes=limit)
    except UnreadableInput as e:
        raise ImportRefused(str(e)) from e
    except ParseError as e:
        # a bug of the engine's, not the file's fault: logged with its traceback for whoever runs the
        # server, and said as such on the form (issue 10 item 7: caught at the edge, never a 500)
        logger.exception("engine parse error reading %s", name)
        raise ImportRefused(_("读取失败：程序内部错误（已记录，请联系管理员；并非文件的问题）：%(error)s")
                            % {"error": e}) from e
    try:
        return ImportResult(do_import_document(data, name, digest, doc, acting_user=user), True)
    except IntegrityError:
        # The same bytes uploaded twice at once: the other upload stored them first.
        existing = SourceDocument.objects.filter(sha256=digest).first()
        if existing is None:
            raise
        return ImportResult(existing, False)
