"""Supervision bulletins (督察通报): a period's figures as a government notice.

``bulletin_content(period)`` gathers the figures into a plain, JSON-safe dict;
``render_html`` / ``render_docx`` / ``render_pdf`` lay the same dict out as a
web page, a Word document in 公文 layout and a PDF.  A draft shows the live
figures; ``do_publish_bulletin`` freezes the content and the three renderings on the
Bulletin row, and a published bulletin never changes — a correction is a new
bulletin.

Definitions (see docs/status-rules.md):

* a submission's *report date* is the local date it was submitted; for rows the
  office imported from a compiled progress table (``source_document`` set, not
  marked late) it is the period's 截止统计日 (``period.end``), because the
  import time is the office's data entry, not when the unit reported;
* a unit reported *on time* for a task when a submitted or accepted submission
  of that task for the period has a report date on or before
  ``period.deadline`` and is not a late correction (``late``);
* a task is *completed late* (逾期完成) when its effective status is completed
  and the submission behind its assessment was not on time, or its report
  date is after the task's own deadline (完成时限).

Split by concern: ``content`` (queries and figures, metadata), ``render`` (HTML
and PDF), ``docx_layout`` (the Word document).  Storing and publishing are
actions (luoshi/supervision/actions/bulletins.py).
"""

from __future__ import annotations

from .content import (
    CONTENT_VERSION,
    KEYS,
    LABELS,
    LAGGING,
    BulletinError,
    _classified,
    bulletin_content,
    clean_meta,
    default_number,
    default_title,
    document_content,
    filename,
    issuer,
    latest_closed_period,
    on_time,
    report_date,
)
from .docx_layout import render_docx
from .render import pdf_in_steps, render_html, render_pdf, view_model

__all__ = ["BulletinError", "bulletin_content", "clean_meta", "document_content", "render_html", "render_docx",
           "render_pdf", "pdf_in_steps", "filename", "latest_closed_period", "default_title", "default_number", "issuer", "view_model",
           "on_time", "report_date", "CONTENT_VERSION", "KEYS", "LABELS", "LAGGING", "_classified"]
