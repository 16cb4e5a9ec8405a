"""Bulletin pages (督察通报): list, create, preview, publish, downloads.  Internal only."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from luoshi.core.models import Role
from luoshi.core.permissions import role_of, role_required

from ..actions import bulletins as bulletin_actions
from ..actions import exports as export_actions
from ..models import Bulletin, ReportingPeriod
from ..permissions import BULLETIN_ROLES
from ..services import bulletins as service
from ..services.exports import DOCX, download
from ..tasks import run_export


def _date_widget():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PeriodChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        state = _("已关闭") if obj.closed else _("报送中")
        return f"{obj.plan.title} · {obj.name}（{state}）"


class BulletinForm(forms.Form):
    period = PeriodChoice(label=gettext_lazy("报送周期"),
                          queryset=ReportingPeriod.objects.select_related("plan").order_by("plan__title", "end"),
                          error_messages={"invalid_choice": gettext_lazy("报送周期无效")})
    number = forms.CharField(label=gettext_lazy("文号"), max_length=100)
    title = forms.CharField(label=gettext_lazy("标题"), max_length=200, required=False,
                            widget=forms.TextInput(attrs={"size": 60}),
                            help_text=gettext_lazy("留空则按计划与周期自动生成"))
    issued_on = forms.DateField(label=gettext_lazy("成文日期"), widget=_date_widget())


class MetaForm(forms.Form):
    number = forms.CharField(label=gettext_lazy("文号"), max_length=100)
    title = forms.CharField(label=gettext_lazy("标题"), max_length=200, widget=forms.TextInput(attrs={"size": 60}))
    issued_on = forms.DateField(label=gettext_lazy("成文日期"), widget=_date_widget())


def _initial(request) -> dict:
    period = None
    raw = request.GET.get("period", "")
    if raw.isascii() and raw.isdigit() and len(raw) <= 12:   # not ², ① or a number past any id
        period = ReportingPeriod.objects.filter(pk=int(raw)).first()
    period = period or service.latest_closed_period()
    initial = {"issued_on": timezone.localdate()}
    if period:
        initial.update(period=period.pk, number=service.default_number(period))
    return initial


def _list(request, form, status=200):
    rows = Bulletin.objects.select_related("period", "period__plan").defer("html", "docx", "pdf", "content")
    return render(request, "supervision/bulletins/list.html", {
        "bulletins": rows, "form": form, "can_edit": role_of(request.user) == Role.OFFICE,
    }, status=status)


@role_required(*BULLETIN_ROLES)
@require_http_methods(["GET", "POST"])
def bulletins(request):
    if request.method == "GET":
        return _list(request, BulletinForm(initial=_initial(request)))
    if role_of(request.user) != Role.OFFICE:
        raise PermissionDenied
    form = BulletinForm(request.POST)
    if form.is_valid():
        period = form.cleaned_data["period"]
        try:
            bulletin = bulletin_actions.do_draft_bulletin(period, form.cleaned_data["number"],
                                                          form.cleaned_data["title"] or service.default_title(period),
                                                          form.cleaned_data["issued_on"],
                                                          acting_user=request.user)
        except service.BulletinError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, _("已创建通报草稿"))
            return redirect("bulletin_detail", pk=bulletin.pk)
    return _list(request, form, status=400)


def _detail(request, bulletin, form=None, status=200):
    html = bulletin.html if bulletin.published else service.render_html(service.document_content(bulletin))
    if form is None and not bulletin.published:
        form = MetaForm(initial={"number": bulletin.number, "title": bulletin.title, "issued_on": bulletin.issued_on})
    return render(request, "supervision/bulletins/detail.html", {
        "bulletin": bulletin, "preview": html, "form": form,
        "can_edit": role_of(request.user) == Role.OFFICE and not bulletin.published,
    }, status=status)


@role_required(*BULLETIN_ROLES)
def bulletin_detail(request, pk):
    bulletin = get_object_or_404(Bulletin.objects.select_related("period", "period__plan"), pk=pk)
    return _detail(request, bulletin)


@role_required(Role.OFFICE)
@require_POST
def bulletin_edit(request, pk):
    bulletin = get_object_or_404(Bulletin.objects.select_related("period", "period__plan"), pk=pk)
    if bulletin.published:
        messages.error(request, _("通报已发布，不能修改；如需更正，请另发新通报"))
        return _detail(request, bulletin, status=400)
    form = MetaForm(request.POST)
    if form.is_valid():
        try:
            bulletin_actions.do_update_bulletin(bulletin, **form.cleaned_data, acting_user=request.user)
        except service.BulletinError as e:
            messages.error(request, str(e))
            return _detail(request, bulletin, status=400)
        messages.success(request, _("已保存"))
        return redirect("bulletin_detail", pk=bulletin.pk)
    return _detail(request, bulletin, form=form, status=400)


@role_required(Role.OFFICE)
@require_POST
def bulletin_publish(request, pk):
    bulletin = get_object_or_404(Bulletin, pk=pk)
    try:
        bulletin_actions.do_publish_bulletin(bulletin, acting_user=request.user)
    except service.BulletinError as e:
        messages.error(request, str(e))
        return _detail(request, bulletin, status=400)
    messages.success(request, _("通报已发布，内容已固定"))
    return redirect("bulletin_detail", pk=bulletin.pk)


@role_required(*BULLETIN_ROLES)
def bulletin_docx(request, pk):
    bulletin = get_object_or_404(Bulletin.objects.select_related("period", "period__plan"), pk=pk)
    data = bytes(bulletin.docx) if bulletin.published else service.render_docx(service.document_content(bulletin))
    return download(data, service.filename(bulletin, "docx"), DOCX)


@role_required(*BULLETIN_ROLES)
def bulletin_pdf(request, pk):
    """A published bulletin's stored PDF at once; a draft's is rendered from the live figures
    by the background worker (seconds at a province's size): its page shows the progress and
    offers the file when ready."""
    bulletin = get_object_or_404(Bulletin.objects.select_related("period", "period__plan"), pk=pk)
    if bulletin.published:
        return download(bytes(bulletin.pdf), service.filename(bulletin, "pdf"), "application/pdf")
    job = export_actions.do_request_export("bulletin_pdf", {"bulletin": bulletin.pk}, acting_user=request.user)
    run_export.enqueue(job.pk)
    return redirect("export_job", pk=job.pk)


@role_required(*BULLETIN_ROLES)
def bulletin_html(request, pk):
    bulletin = get_object_or_404(Bulletin.objects.select_related("period", "period__plan"), pk=pk)
    html = bulletin.html if bulletin.published else service.render_html(service.document_content(bulletin))
    return download(html.encode("utf-8"), service.filename(bulletin, "html"), "text/html; charset=utf-8")
