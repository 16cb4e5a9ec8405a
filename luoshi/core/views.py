"""Views: thin; the rules live in services and the engine."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop as N_
from django.views.decorators.http import require_POST

from . import services
from .forms import AliasForm, UploadForm
from .models import AuditEvent, Organisation, Role, SourceDocument
from .permissions import ALL_STAFF, role_of, role_required

KIND_LABELS = {
    "work_report": N_("政府工作报告"), "decomposition_table": N_("目标任务分解表"),
    "progress_table": N_("进展情况表"), "awards_table": N_("荣誉表彰表"), "plan": N_("规划计划"),
    "notice": N_("通知"), "unknown": N_("未识别"),
}


@role_required(*ALL_STAFF)
def home(request):
    docs = SourceDocument.objects.defer("content").order_by("name")
    return render(request, "core/home.html", {
        "documents": docs, "kind_labels": KIND_LABELS, "form": UploadForm(),
        "can_import": role_of(request.user) == Role.OFFICE,
    })


@role_required(Role.OFFICE)
@require_POST
def upload(request):
    form = UploadForm(request.POST, request.FILES)
    if form.is_valid():
        f = form.cleaned_data["file"]
        try:
            result = services.import_document(f.read(), f.name, request.user)
        except services.ImportRefused as e:
            form.add_error("file", str(e))
        else:
            if result.created:
                messages.success(request, _("已导入 %(name)s") % {"name": result.document.name})
            else:
                messages.info(request, _("该文件已导入过，未作改动：%(name)s") % {"name": result.document.name})
            return redirect("document", pk=result.document.pk)
    docs = SourceDocument.objects.defer("content").order_by("name")
    return render(request, "core/home.html", {
        "documents": docs, "kind_labels": KIND_LABELS, "form": form, "can_import": True,
    }, status=400)


@role_required(*ALL_STAFF)
def document(request, pk):
    doc = get_object_or_404(SourceDocument.objects.defer("content"), pk=pk)
    reading = doc.reading
    return render(request, "core/document.html", {
        "doc": doc, "kind_label": KIND_LABELS.get(doc.kind, doc.kind),
        "tables": reading.get("tables", []),
        "sections": reading.get("sections", []),
        "sentence_count": len(reading.get("sentences", [])),
    })


@role_required(*ALL_STAFF)
def organisations(request):
    orgs = Organisation.objects.prefetch_related("aliases").order_by("kind", "name")
    return render(request, "core/organisations.html", {
        "organisations": orgs, "can_edit": role_of(request.user) == Role.OFFICE, "form": AliasForm(),
    })


@role_required(Role.OFFICE)
@require_POST
def add_alias(request, pk):
    org = get_object_or_404(Organisation, pk=pk)
    form = AliasForm(request.POST)
    if form.is_valid():
        try:
            services.add_alias(org, form.cleaned_data["alias"], request.user)
            messages.success(request, _("已添加别名"))
        except services.ImportRefused as e:
            messages.error(request, str(e))
    else:
        messages.error(request, _("别名无效"))
    return redirect("organisations")


@role_required(Role.OFFICE, Role.INSPECTOR)
def audit_log(request):
    events = AuditEvent.objects.select_related("actor").order_by("-id")[:500]
    return render(request, "core/audit.html", {"events": events})
