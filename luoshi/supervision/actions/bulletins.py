"""Supervision bulletins (督查通报): drafted, corrected while a draft, published (frozen for good)."""

from __future__ import annotations

import hashlib

from django.utils import timezone
from django.utils.translation import gettext as _

from luoshi.core import audit
from luoshi.core.actions import action

from ..models import Bulletin, ReportingPeriod
from ..services.bulletins import (
    BulletinError,
    clean_meta,
    document_content,
    render_docx,
    render_html,
    render_pdf,
)
from ..services.review import actor


@action
def do_draft_bulletin(period: ReportingPeriod, number: str, title: str, issued_on, *, acting_user) -> Bulletin:
    """A draft bulletin for a period; its figures stay live until it is published."""
    number, title, issued_on = clean_meta(number, title, issued_on)
    bulletin = Bulletin.objects.create(period=period, number=number, title=title, issued_on=issued_on,
                                       created_by=actor(acting_user))
    audit.record(acting_user, "bulletin.create", bulletin, detail={
        "period": period.pk, "number": number, "title": title, "issued_on": issued_on.isoformat()})
    return bulletin


@action
def do_update_bulletin(bulletin: Bulletin, number: str, title: str, issued_on, *, acting_user) -> Bulletin:
    """Change a draft's 文号, title or date; a published bulletin is refused."""
    bulletin = Bulletin.objects.select_for_update(of=("self",)).get(pk=bulletin.pk)
    if bulletin.published:
        raise BulletinError(_("通报已发布，不能修改；如需更正，请另发新通报"))
    number, title, issued_on = clean_meta(number, title, issued_on)
    before = {"number": bulletin.number, "title": bulletin.title, "issued_on": bulletin.issued_on.isoformat()}
    bulletin.number, bulletin.title, bulletin.issued_on = number, title, issued_on
    bulletin.save(update_fields=["number", "title", "issued_on"])
    audit.record(acting_user, "bulletin.update", bulletin, detail={
        "before": before, "after": {"number": number, "title": title, "issued_on": issued_on.isoformat()}})
    return bulletin


@action
def do_publish_bulletin(bulletin: Bulletin, *, acting_user) -> Bulletin:
    """Freeze a bulletin (发布): content, html, docx and pdf are stored and never change."""
    bulletin = Bulletin.objects.select_for_update(of=("self",)).get(pk=bulletin.pk)
    if bulletin.published:
        raise BulletinError(_("通报已发布，不能再次发布"))
    content = document_content(bulletin)
    content["bulletin"]["published"] = True
    bulletin.content = content
    bulletin.html = render_html(content)
    bulletin.docx = render_docx(content)
    bulletin.pdf = render_pdf(content, html=bulletin.html)
    bulletin.published = True
    bulletin.published_at = timezone.now()
    bulletin.published_by = actor(acting_user)
    bulletin.save()
    audit.record(acting_user, "bulletin.publish", bulletin, detail={
        "number": bulletin.number, "period": bulletin.period_id, "totals": content["totals"],
        "docx_sha256": hashlib.sha256(bulletin.docx).hexdigest(),
        "pdf_sha256": hashlib.sha256(bulletin.pdf).hexdigest()})
    return bulletin
