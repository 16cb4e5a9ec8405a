"""Views: thin; changes are actions (luoshi/core/actions/), the rules live in services and the engine."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import gettext_noop as N_
from django.views.decorators.http import require_POST

from . import audit, audit_display, listing, services
from .actions.documents import import_document
from .actions.organisations import do_add_organisation_alias
from .forms import AliasForm, UploadForm
from .models import AuditEvent, Organisation, Role, SourceDocument
from .permissions import ALL_STAFF, reads_documents_in_full, role_of, role_required, visible_reading

COLUMN_LABELS = {
    "seq": N_("序号"), "section": N_("项目"), "section_title": N_("项目名称"), "task": N_("任务"),
    "indicator": N_("指标要求"), "lead": N_("牵头单位"), "cooperating": N_("配合单位"),
    "target_class": N_("目标类型"), "progress": N_("进展情况"), "units": N_("责任单位"),
    "unit_name": N_("单位"), "person": N_("姓名"), "honour": N_("荣誉"), "issuer": N_("颁奖单位"),
    "date": N_("时间"), "rank": N_("名次"), "category": N_("类别"), "remark": N_("备注"),
}

KIND_LABELS = {
    "work_report": N_("政府工作报告"), "decomposition_table": N_("目标任务分解表"),
    "progress_table": N_("进展情况表"), "awards_table": N_("荣誉表彰表"), "plan": N_("规划计划"),
    "notice": N_("通知"), "minutes": N_("会议纪要"), "unknown": N_("未识别"),
}


def _visible_documents(user):
    docs = SourceDocument.objects.defer("content").order_by("name")
    if reads_documents_in_full(user):
        return list(docs)
    reg = services.registry()
    return [d for d in docs if visible_reading(user, d, reg) is not None]


@role_required(*ALL_STAFF)
def home(request):
    docs = _visible_documents(request.user)
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
            result = import_document(f.read(), f.name, request.user)
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
    reading = visible_reading(request.user, doc, services.registry())
    if reading is None:
        raise PermissionDenied
    tables = [{
        "title": t.get("title", ""),
        "labels": [_(COLUMN_LABELS[c]) if c in COLUMN_LABELS else c for c in t["columns"]],
        "rows": [[row.get(c, "") for c in t["columns"]] for row in t["rows"]],
    } for t in reading.get("tables", [])]
    return render(request, "core/document.html", {
        "doc": doc, "kind_label": KIND_LABELS.get(doc.kind, doc.kind),
        "tables": tables, "own_rows_only": not reads_documents_in_full(request.user),
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
            do_add_organisation_alias(org, form.cleaned_data["alias"], acting_user=request.user)
            messages.success(request, _("已添加别名"))
        except services.ImportRefused as e:
            messages.error(request, str(e))
    else:
        messages.error(request, _("别名无效"))
    return redirect("organisations")


def _audit_action_choices():
    return [(code, f"{audit_display.action_label(code)}（{code}）")
            for code in AuditEvent.objects.order_by("action").values_list("action", flat=True).distinct()]


def _audit_actor_choices():
    return [(n, n) for n in AuditEvent.objects.exclude(actor_name="").order_by("actor_name")
            .values_list("actor_name", flat=True).distinct()]


AUDIT_LIST = listing.Listing(
    columns=[listing.Column("at", _lazy("时间"), ("id",)), listing.Column("actor", _lazy("操作人"), ("actor_name", "id")),
             listing.Column("action", _lazy("操作"), ("action", "id")),
             listing.Column("object", _lazy("对象"), ("object_type", "object_id", "id")),
             listing.Column("detail", _lazy("详情"))],
    filters=[listing.Filter("action", _lazy("操作"), "action", choices=_audit_action_choices),
             listing.Filter("actor", _lazy("操作人"), "actor_name", choices=_audit_actor_choices),
             listing.Filter("since", _lazy("起始日期"), "at__date__gte", kind="date"),
             listing.Filter("until", _lazy("截止日期"), "at__date__lte", kind="date")],
    default_sort="-at", search=("object_id", "object_type", "actor_name", "action"), page_size=50)


@role_required(Role.OFFICE, Role.INSPECTOR)
def audit_log(request):
    """The audit log (审计日志): filtered, sorted, paged, each event's detail in words."""
    result = AUDIT_LIST.apply(request, AuditEvent.objects.select_related("actor"))
    rows = [{"e": e, "action": audit_display.action_label(e.action), "object": audit_display.object_label(e.object_type),
             "detail": audit_display.detail_rows(e.detail)} for e in result.rows]
    return render(request, "core/audit.html", {"listing": result, "rows": rows})


@role_required(Role.OFFICE, Role.INSPECTOR)
def audit_verify(request):
    """The audit log checked now (审计日志校验): intact, or where it was first broken."""
    return render(request, "core/audit_verify.html", {"result": audit.verify(), "anchor_file": audit.anchor_path()})
