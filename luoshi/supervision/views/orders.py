"""督办 orders and the record of reminders sent: thin views over services.orders and services.reminders."""

from __future__ import annotations

import re

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from luoshi.core import listing
from luoshi.core.models import Role
from luoshi.core.permissions import role_of, role_required

from ..actions import notifications as notification_actions
from ..actions import orders as order_actions
from ..actions.instructions import can_instruct
from ..forms import MultipleFileField
from ..models import (
    Assessment,
    Notification,
    OrderAttachment,
    OrderEvent,
    ReportingPeriod,
    SupervisionOrder,
    Task,
)
from ..services import notices, reminders
from ..services import orders as svc

ORDER_ROLES = (Role.OFFICE, Role.REPORTER, Role.LEADER, Role.INSPECTOR)


class IssueForm(forms.Form):
    requirement = forms.CharField(label=gettext_lazy("督办要求"), max_length=svc.MAX_REQUIREMENT,
                                  widget=forms.Textarea(attrs={"rows": 5}))
    deadline = forms.DateField(label=gettext_lazy("办理时限"), widget=forms.DateInput(attrs={"type": "date"}))
    period = forms.ModelChoiceField(label=gettext_lazy("报送周期"), queryset=ReportingPeriod.objects.none(),
                                    required=False)

    def __init__(self, *args, task: Task, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].queryset = task.plan.periods.order_by("end")
        self.fields["deadline"].widget.attrs["min"] = timezone.localdate().isoformat()

    def clean_deadline(self):
        try:
            return svc.clean_deadline(self.cleaned_data["deadline"])
        except svc.OrderError as e:
            raise forms.ValidationError(str(e)) from e


class AnswerForm(forms.Form):
    measures = forms.CharField(label=gettext_lazy("整改措施"), max_length=svc.MAX_MEASURES,
                               widget=forms.Textarea(attrs={"rows": 5}))
    attachments = MultipleFileField(label=gettext_lazy("证明材料（附件）"), required=False)


class CommentForm(forms.Form):
    comment = forms.CharField(label=gettext_lazy("意见"), max_length=svc.MAX_COMMENT, required=False,
                              widget=forms.Textarea(attrs={"rows": 3}))


class EscalateForm(CommentForm):
    deadline = forms.DateField(label=gettext_lazy("新的办理时限（可不填）"), required=False,
                               widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["deadline"].widget.attrs["min"] = timezone.localdate().isoformat()

    def clean_deadline(self):
        value = self.cleaned_data.get("deadline")
        if value is None:
            return None
        try:
            return svc.clean_deadline(value)
        except svc.OrderError as e:
            raise forms.ValidationError(str(e)) from e


def _task_url(task_pk: int) -> str:
    try:
        return reverse("task_detail", args=[task_pk])
    except NoReverseMatch:  # the task pages belong to another area; work without them
        return ""


# --- orders ---------------------------------------------------------------------------

#: what the list of orders reads of each order and its task, plan and unit
LIST_FIELDS = ("number", "requirement", "deadline", "state", "level", "issued_at", "task", "organisation",
               "task__code", "task__name", "task__text", "task__plan", "task__plan__title", "organisation__name")

ORDER_COLUMNS = listing.Listing(columns=[
    listing.Column("number", gettext_lazy("督办编号"), ("issued_at", "id")),
    listing.Column("plan", gettext_lazy("年度计划"), ("task__plan__year", "task__plan__title", "id")),
    listing.Column("task", gettext_lazy("任务"), ("task__plan_id", "task__order", "id")),
    listing.Column("unit", gettext_lazy("责任单位"), ("organisation__name", "id")),
    listing.Column("requirement", gettext_lazy("督办要求")),
    listing.Column("deadline", gettext_lazy("办理时限"), ("deadline", "id")),
    listing.Column("state", gettext_lazy("状态"), ("state", "id")),
    listing.Column("issued", gettext_lazy("下达时间"), ("issued_at", "id")),
], default_sort="-issued")


@role_required(*ORDER_ROLES)
def orders(request):
    role = role_of(request.user)
    # the columns the list shows: the task's code and name (its text when unnamed), its plan's
    # title and the unit's name (no period; each plan's other columns stay in the database)
    qs = (svc.visible_orders(request.user).select_related("task", "task__plan", "organisation")
          .only(*LIST_FIELDS).order_by("-issued_at", "-id"))
    state = request.GET.get("state", "")
    if state in dict(SupervisionOrder.STATE_CHOICES):
        qs = qs.filter(state=state)
    else:
        state = ""
    today = timezone.localdate()
    overdue = svc.overdue_queryset(today)
    if request.GET.get("overdue") == "1":
        qs = qs.filter(pk__in=overdue.values("pk"))
    sort = ORDER_COLUMNS.sort_of(request.GET.get("sort", ""))
    qs = ORDER_COLUMNS.order(qs, sort)
    page = Paginator(qs, 100).get_page(request.GET.get("page"))
    keep = request.GET.copy()
    keep.pop("page", None)
    # the shown rows marked as ``overdue_queryset`` selects them, from the columns already read
    overdue_ids = {o.pk for o in page.object_list if o.state in svc.AWAITING_ANSWER and o.deadline < today}
    return render(request, "supervision/orders/list.html", {
        "page": page, "orders": page.object_list, "overdue_ids": overdue_ids, "state": state,
        "headers": ORDER_COLUMNS.headers(sort, keep), "sort": sort,
        "states": SupervisionOrder.STATE_CHOICES, "overdue_only": request.GET.get("overdue") == "1",
        "is_office": role == Role.OFFICE,
        "lagging": svc.lagging_tasks(50) if role == Role.OFFICE else [],
        "can_see_notifications": role in (Role.OFFICE, Role.INSPECTOR),
    })


@role_required(*ORDER_ROLES)
def order_detail(request, pk):
    order = get_object_or_404(
        SupervisionOrder.objects.select_related("task", "task__plan", "organisation", "period", "issued_by")
        .prefetch_related(Prefetch("events", queryset=OrderEvent.objects.select_related("by").prefetch_related(
            Prefetch("attachments", queryset=OrderAttachment.objects.defer("content"))))), pk=pk)
    if not svc.can_see_order(request.user, order):
        raise PermissionDenied
    return _detail(request, order)


def _detail(request, order, status=200, answer_form=None, close_form=None, escalate_form=None,
            return_form=None):
    role = role_of(request.user)
    is_open = order.state in svc.OPEN_STATES
    is_office = role == Role.OFFICE
    submitted = next((f for f in (answer_form, close_form, escalate_form, return_form) if f is not None), None)
    return render(request, "supervision/orders/detail.html", {
        # A refused step's reason is shown at the top too: its form may no longer be offered.
        "step_errors": [str(e) for errors in submitted.errors.values() for e in errors] if submitted else [],
        "order": order, "events": order.events.all(), "task_url": _task_url(order.task_id),
        "overdue": order.state in svc.AWAITING_ANSWER and order.deadline < timezone.localdate(),
        "can_answer": order.state in svc.AWAITING_ANSWER and svc.can_answer(request.user, order),
        "can_close": is_office and is_open,
        "can_escalate": is_office and is_open,
        "can_return": is_office and order.state == "answered",
        "answer_form": answer_form or AnswerForm(),
        "close_form": close_form or CommentForm(),
        "escalate_form": escalate_form or EscalateForm(),
        "return_form": return_form or CommentForm(),
        "instructions": order.instructions.all(), "on_order": True,
        "can_instruct": can_instruct(request.user), "instruct_url": reverse("order_instruction", args=[order.pk]),
    }, status=status)


@role_required(Role.OFFICE)
def order_issue(request, task_pk):
    task = get_object_or_404(Task.objects.select_related("plan"), pk=task_pk)
    current = (Assessment.objects.filter(task=task, current=True).select_related("period")
               .prefetch_related("overrides").order_by("-period__end").first())
    initial = {"period": current.period_id} if current else {}
    if request.method == "POST":
        form = IssueForm(request.POST, task=task)
        if form.is_valid():
            try:
                order = order_actions.do_issue_order(task, form.cleaned_data["requirement"],
                                                     form.cleaned_data["deadline"],
                                                     form.cleaned_data["period"], acting_user=request.user)
            except svc.OrderError as e:
                form.add_error(None, str(e))
            else:
                messages.success(request, _("已下达督办单 %(number)s") % {"number": order.number})
                return redirect("order_detail", pk=order.pk)
        status = 400
    else:
        form = IssueForm(task=task, initial=initial)
        status = 200
    return render(request, "supervision/orders/issue.html", {
        "task": task, "form": form, "current": current, "task_url": _task_url(task.pk),
        "lead": svc.lead_unit(task),
        "current_status": current.effective_status if current else "",
        "current_label": svc.STATUS_LABEL.get(current.effective_status, "") if current else "",
        "open_orders": task.orders.filter(state__in=svc.OPEN_STATES).order_by("-issued_at"),
    }, status=status)


def _order_for_post(request, pk):
    order = get_object_or_404(SupervisionOrder.objects.select_related("task", "task__plan", "organisation",
                                                                      "period"), pk=pk)
    if not svc.can_see_order(request.user, order):
        raise PermissionDenied
    return order


@role_required(Role.REPORTER)
@require_POST
def order_answer(request, pk):
    order = _order_for_post(request, pk)
    if not svc.can_answer(request.user, order):
        raise PermissionDenied
    form = AnswerForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            order_actions.do_answer_order(order, form.cleaned_data["measures"], form.cleaned_data["attachments"],
                                          acting_user=request.user)
        except svc.OrderError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, _("已提交整改措施"))
            return redirect("order_detail", pk=order.pk)
    return _detail(request, order, status=400, answer_form=form)


def _office_step(request, pk, form_class, step, done_message, form_key):
    order = _order_for_post(request, pk)
    form = form_class(request.POST)
    if form.is_valid():
        try:
            step(order, form.cleaned_data)
        except svc.OrderError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, done_message)
            return redirect("order_detail", pk=order.pk)
    return _detail(request, order, status=400, **{form_key: form})


@role_required(Role.OFFICE)
@require_POST
def order_close(request, pk):
    return _office_step(request, pk, CommentForm,
                        lambda order, data: order_actions.do_close_order(order, data["comment"],
                                                                         acting_user=request.user),
                        _("督办单已办结"), "close_form")


@role_required(Role.OFFICE)
@require_POST
def order_escalate(request, pk):
    return _office_step(request, pk, EscalateForm,
                        lambda order, data: order_actions.do_escalate_order(order, data["comment"],
                                                                            data["deadline"],
                                                                            acting_user=request.user),
                        _("督办单已升级"), "escalate_form")


@role_required(Role.OFFICE)
@require_POST
def order_return(request, pk):
    return _office_step(request, pk, CommentForm,
                        lambda order, data: order_actions.do_return_order_answer(order, data["comment"],
                                                                                 acting_user=request.user),
                        _("已退回，请责任单位重新反馈"), "return_form")


# --- notifications ------------------------------------------------------------------

NOTIFICATION_KINDS = [("remind", gettext_lazy("即将截止")), ("overdue", gettext_lazy("逾期")),
                      ("escalate", gettext_lazy("升级")), ("status", gettext_lazy("状态变化"))]
NOTIFICATION_STATES = [("sent", gettext_lazy("已发送")), ("failed", gettext_lazy("失败")),
                       ("skipped", gettext_lazy("未启用")), ("sending", gettext_lazy("发送中"))]


@role_required(Role.OFFICE, Role.INSPECTOR, Role.REPORTER, Role.LEADER, Role.STATISTICIAN)
def notifications(request):
    """The record of reminders: the office and inspectors see all; anyone else only what was
    sent to them or to their unit (in-app copy of e-mail and the DingTalk robot)."""
    qs = notices.visible_to(request.user).select_related("recipient", "organisation").order_by("-sent_at", "-id")
    everything = notices.sees_everything(request.user)
    unread_count = qs.filter(is_read=False).count()
    read = request.GET.get("read", "")
    if read in ("unread", "read"):
        qs = qs.filter(is_read=(read == "read"))
    else:
        read = ""
    kind = request.GET.get("kind", "")
    if kind in dict(NOTIFICATION_KINDS):
        qs = qs.filter(key__startswith=f"{kind}:")
    else:
        kind = ""
    state = request.GET.get("state", "")
    if state in dict(NOTIFICATION_STATES):
        qs = qs.filter(state=state)
    else:
        state = ""
    channel = request.GET.get("channel", "")
    if channel in dict(Notification.CHANNELS):
        qs = qs.filter(channel=channel)
    else:
        channel = ""
    page = Paginator(qs, 100).get_page(request.GET.get("page"))
    kind_labels = dict(NOTIFICATION_KINDS)
    state_labels = dict(NOTIFICATION_STATES)
    rows = [{"n": n, "kind": kind_labels.get(n.key.split(":", 1)[0], n.key.split(":", 1)[0]),
             "state_label": state_labels.get(n.state, n.state)} for n in page.object_list]
    return render(request, "supervision/notifications/list.html", {
        "page": page, "rows": rows, "kind": kind, "state": state, "channel": channel, "read": read,
        "unread_count": unread_count,
        "kinds": NOTIFICATION_KINDS, "states": NOTIFICATION_STATES, "channels": Notification.CHANNELS,
        "escalations": reminders.escalations(limit=50) if everything else [], "everything": everything,
        "remind_days": reminders.remind_days_before(), "grace_days": reminders.escalate_after_days(),
    })


def _back_to_notifications(request):
    """Back to the list the person was reading (its filters and page), never elsewhere."""
    query = request.POST.get("back", "")
    safe = len(query) < 300 and re.fullmatch(r"[A-Za-z0-9=&%_.+-]*", query)
    return redirect(reverse("notifications") + (("?" + query) if query and safe else ""))


@role_required(Role.OFFICE, Role.INSPECTOR, Role.REPORTER, Role.LEADER, Role.STATISTICIAN)
@require_POST
def notification_read(request, pk):
    """Mark one notice read (标为已读); a notice the person does not see is a 404."""
    notification = get_object_or_404(Notification, pk=pk)
    try:
        notification_actions.do_mark_notification_read(notification, acting_user=request.user)
    except PermissionDenied:
        raise Http404 from None
    return _back_to_notifications(request)


@role_required(Role.OFFICE, Role.INSPECTOR, Role.REPORTER, Role.LEADER, Role.STATISTICIAN)
@require_POST
def notifications_read_all(request):
    """Mark every notice the person sees read (全部标为已读)."""
    n = notification_actions.do_mark_all_notifications_read(acting_user=request.user)
    messages.success(request, _("已将 %(n)d 条提醒标为已读") % {"n": n})
    return _back_to_notifications(request)


@role_required(*ORDER_ROLES)
def order_attachment(request, pk):
    """A file of a 督办 answer, to whoever may see the order; always a download (user content)."""
    att = get_object_or_404(OrderAttachment.objects.select_related("event__order"), pk=pk)
    if not svc.can_see_order(request.user, att.event.order):
        raise PermissionDenied
    response = HttpResponse(bytes(att.content), content_type="application/octet-stream")
    response["Content-Disposition"] = content_disposition_header(True, att.name)
    response["X-Content-Type-Options"] = "nosniff"
    return response
