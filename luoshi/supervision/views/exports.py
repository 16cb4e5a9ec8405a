"""Exports (导出): every list to .xlsx, the task list with statuses to .docx.

Same permissions as the matching pages: reporters export only their own
organisation's tasks and submissions; the 未报送 list is for readers; the
audit log for the office and the inspector.  Bad filters are a 400 with a
Chinese message, never a 500.
"""

from __future__ import annotations

import functools
import tempfile

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from luoshi.core.actions.jobs import recover
from luoshi.core.permissions import ALL_STAFF, role_of, role_required

from ..actions import exports as export_actions
from ..models import ExportJob
from ..permissions import AUDIT_ROLES, JOB_ROLES, READERS
from ..services import exports
from ..services.api import ApiError
from ..tasks import run_export

SPOOL = 8 * 2**20  # bytes of an export kept in memory before it goes to a temporary file


def _refusals(view):
    """A bad filter (ApiError) becomes a plain-text answer with its status."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except ApiError as e:
            return HttpResponse(e.message, status=e.status, content_type="text/plain; charset=utf-8")

    return wrapped


def _xlsx(table) -> HttpResponse:
    filename, headers, rows = table
    return exports.xlsx_response(filename, headers, rows)


@role_required(*ALL_STAFF)
@_refusals
def export_tasks_xlsx(request):
    """任务清单 .xlsx (?plan=&period=&status=&part=&organisation=&q=).

    Up to ``exports.INLINE_ROWS`` tasks of one plan are written at once, streaming (openpyxl
    write-only, chunk by chunk); more, or more than one plan, becomes a background job
    (后台导出) whose page shows its progress and offers the file when ready."""
    params = {k: v for k, v in request.GET.items()}
    if exports.tasks_as_job(request.user, params):
        job = export_actions.do_request_export("tasks_xlsx", params, acting_user=request.user)
        run_export.enqueue(job.pk)
        return redirect("export_job", pk=job.pk)
    # Written to a spooled file (memory up to SPOOL bytes, then disk) and streamed from it:
    # a plan of any size never sits in memory whole, as cells or as the file.
    out = tempfile.SpooledTemporaryFile(max_size=SPOOL)
    name = exports.write_tasks_xlsx(request.user, params, out)
    out.seek(0)
    response = FileResponse(out, content_type=exports.XLSX)
    response["Content-Disposition"] = exports.download(b"", name, exports.XLSX)["Content-Disposition"]
    return response


def _as_job(kind: str, params: dict, request):
    job = export_actions.do_request_export(kind, params, acting_user=request.user)
    run_export.enqueue(job.pk)
    return redirect("export_job", pk=job.pk)


def _job(request, pk, queryset=None, **filters) -> ExportJob:
    """The asker's own job, while the asker still holds a role that may read its kind
    (permissions.JOB_ROLES); one still waiting is first checked for a dead worker (retried or
    failed then, so it never shows as running for ever)."""
    queryset = queryset if queryset is not None else ExportJob.objects.all()
    job = get_object_or_404(queryset, pk=pk, created_by=request.user, **filters)
    if role_of(request.user) not in JOB_ROLES.get(job.kind, ()):
        raise PermissionDenied
    if job.state in ("queued", "running") and recover():
        job = get_object_or_404(queryset, pk=pk, created_by=request.user, **filters)
    if job.state == "done" and job.expires_at and job.expires_at <= timezone.now():   # past its keeping time, not yet swept
        job = export_actions.do_expire_export(job, acting_user=None)
    return job


@role_required(*ALL_STAFF)
def export_job(request, pk):
    """A background job's page: its progress while the worker writes it, then the download."""
    job = _job(request, pk)
    results = (reverse("yearend") + f"?scheme={job.params.get('scheme')}"
               if job.kind == "yearend_run" and job.state == "done" else "")
    return render(request, "supervision/exports/job.html", {
        "job": job, "percent": round(100 * job.done / job.total) if job.total else 0,
        "waiting": job.state in ("queued", "running"), "results": results, "keep_days": job.keep_days()})


@role_required(*ALL_STAFF)
def export_job_status(request, pk):
    job = _job(request, pk)
    return JsonResponse({"state": job.state, "done": job.done, "total": job.total, "error": job.error})


@role_required(*ALL_STAFF)
def export_job_download(request, pk):
    """The finished file, streamed from its stored pieces (never read whole); an expired
    one is gone: its page says so."""
    job = _job(request, pk, state__in=("done", "expired"))
    if job.state == "expired":
        return redirect("export_job", pk=job.pk)
    return exports.stored_download(job)


@role_required(*ALL_STAFF)
@_refusals
def export_tasks_docx(request):
    """任务清单及落实情况 .docx, same filters as the .xlsx; more than ``exports.INLINE_ROWS``
    tasks become a background job."""
    params = {k: v for k, v in request.GET.items()}
    if exports.tasks_docx_as_job(request.user, params):
        return _as_job("tasks_docx", params, request)
    filename, data = exports.tasks_docx(request.user, request.GET)
    return exports.download(data, filename, exports.DOCX)


@role_required(*ALL_STAFF)
@_refusals
def export_submissions_xlsx(request):
    """进展报送 / 审核队列 .xlsx (?plan=&period=&task=&organisation=&state=); more than
    ``exports.INLINE_ROWS`` versions become a background job, written streaming."""
    params = {k: v for k, v in request.GET.items()}
    if exports.submissions_as_job(request.user, params):
        return _as_job("submissions_xlsx", params, request)
    return _xlsx(exports.submissions_table(request.user, request.GET))


@role_required(*ALL_STAFF)
@_refusals
def export_assessments_xlsx(request):
    """研判结果 of a period .xlsx (?period= or ?plan=); more than ``exports.INLINE_ROWS``
    assessments become a background job, written streaming."""
    params = {k: v for k, v in request.GET.items()}
    if exports.assessments_as_job(request.user, params):
        return _as_job("assessments_xlsx", params, request)
    return _xlsx(exports.assessments_table(request.user, request.GET))


@role_required(*READERS)
@_refusals
def export_missing_xlsx(request):
    """未报送单位 of a period .xlsx (?period=)."""
    return _xlsx(exports.missing_table(request.GET))


@role_required(*ALL_STAFF)
def export_organisations_xlsx(request):
    return _xlsx(exports.organisations_table())


@role_required(*AUDIT_ROLES)
def export_audit_xlsx(request):
    """审计日志 .xlsx.  A log of more than ``exports.INLINE_ROWS`` events (millions at province
    size) becomes a background job written streaming by the worker: the log up to its latest
    event when asked, downloaded by the asker from the job's page."""
    if exports.audit_as_job():
        return _as_job("audit_xlsx", {"upto": exports.last_audit_id()}, request)
    return _xlsx(exports.audit_table())
