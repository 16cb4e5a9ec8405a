"""督办 orders (督办单): issued, answered, closed, returned, escalated — each step an
``OrderEvent`` on the order's trail and an audit event, nothing deleted."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.models import Organisation

from ..models import OrderAttachment, OrderEvent, ReportingPeriod, SupervisionOrder, Task
from ..services.orders import (
    AWAITING_ANSWER,
    MAX_COMMENT,
    MAX_MEASURES,
    MAX_REQUIREMENT,
    OPEN_STATES,
    OrderError,
    actor,
    can_answer,
    clean_deadline,
    clean_text,
    lead_unit,
    next_number,
    require_office,
)
from ..services.review import MAX_ATTACHMENTS, ReviewError, clean_upload


def _event(order: SupervisionOrder, kind: str, text: str, acting_user) -> OrderEvent:
    """One step on the order's trail (督办记录), in the calling action's transaction."""
    return OrderEvent.objects.create(order=order, kind=kind, text=text, by=actor(acting_user))


def _locked(order: SupervisionOrder) -> SupervisionOrder:
    # Re-read under a row lock so two clicks cannot both move the same state.
    return SupervisionOrder.objects.select_for_update(of=("self",)).get(pk=order.pk)


@action
def do_issue_order(task: Task, requirement: str, deadline, period: ReportingPeriod | None = None,
                   organisation: Organisation | None = None, today: date | None = None, *,
                   acting_user) -> SupervisionOrder:
    """Issue an order (下达督办) on a task to its lead unit (office only)."""
    require_office(acting_user)
    requirement = clean_text(requirement, MAX_REQUIREMENT, "督办要求")
    deadline = clean_deadline(deadline, today)
    if period is not None and period.plan_id != task.plan_id:
        raise OrderError("报送周期不属于该任务所在的计划")
    if organisation is None:
        organisation = lead_unit(task)
    elif not task.lead.filter(pk=organisation.pk).exists():
        raise OrderError("责任单位须为该任务的牵头单位")
    if organisation is None:
        raise OrderError("该任务尚无牵头单位，无法下达督办")
    year = (today or timezone.localdate()).year
    order = SupervisionOrder.objects.create(
        task=task, period=period, organisation=organisation, number=next_number(year),
        requirement=requirement, deadline=deadline, issued_by=actor(acting_user))
    _event(order, "issue", requirement, acting_user)
    audit.record(acting_user, "order.issue", order, detail={
        "number": order.number, "task": task.code, "plan": task.plan_id, "organisation": organisation.name,
        "deadline": deadline.isoformat(), "requirement": requirement,
        "period": period.name if period else ""})
    return order


@action
def do_answer_order(order: SupervisionOrder, measures: str, attachments=(), *, acting_user) -> SupervisionOrder:
    """The lead unit's answer (反馈整改措施), with its files (证明材料: the same checks as a report's
    attachments); only its own reporters, only while awaited."""
    if not can_answer(acting_user, order):
        raise PermissionDenied
    measures = clean_text(measures, MAX_MEASURES, "整改措施")
    attachments = list(attachments or [])
    if len(attachments) > MAX_ATTACHMENTS:
        raise OrderError(f"附件过多（每次反馈不超过 {MAX_ATTACHMENTS} 个）")
    try:
        files = [clean_upload(item) for item in attachments]
    except ReviewError as e:
        raise OrderError(str(e)) from None
    order = _locked(order)
    if order.state not in AWAITING_ANSWER:
        raise OrderError("该督办单当前不需要反馈")
    order.state = "answered"
    order.save(update_fields=["state"])
    event = _event(order, "answer", measures, acting_user)
    for name, content, content_type, sha256 in files:
        OrderAttachment.objects.create(event=event, name=name, content=content, size=len(content), sha256=sha256,
                                       content_type=content_type)
    audit.record(acting_user, "order.answer", order, detail={
        "number": order.number, "measures": measures,
        "attachments": [{"name": f[0], "sha256": f[3]} for f in files]})
    return order


@action
def do_close_order(order: SupervisionOrder, comment: str = "", *, acting_user) -> SupervisionOrder:
    """Close an order (办结).  Closing one the unit has not answered needs a reason."""
    require_office(acting_user)
    order = _locked(order)
    if order.state not in OPEN_STATES:
        raise OrderError("该督办单已办结")
    comment = clean_text(comment, MAX_COMMENT, "办结意见", required=order.state != "answered")
    order.state = "closed"
    order.closed_at = timezone.now()
    order.save(update_fields=["state", "closed_at"])
    _event(order, "close", comment, acting_user)
    audit.record(acting_user, "order.close", order, detail={"number": order.number, "comment": comment})
    return order


@action
def do_escalate_order(order: SupervisionOrder, comment: str, deadline=None, today: date | None = None, *,
                      acting_user) -> SupervisionOrder:
    """Escalate an order (升级督办): one level up, state escalated, optionally a new deadline."""
    require_office(acting_user)
    comment = clean_text(comment, MAX_COMMENT, "升级理由")
    new_deadline = clean_deadline(deadline, today) if deadline not in (None, "") else None
    order = _locked(order)
    if order.state not in OPEN_STATES:
        raise OrderError("已办结的督办单不能升级")
    old_deadline = order.deadline
    order.level += 1
    order.state = "escalated"
    if new_deadline:
        order.deadline = new_deadline
    order.save(update_fields=["level", "state", "deadline"])
    text = comment if not new_deadline else f"{comment}\n（办理时限调整为 {new_deadline.isoformat()}）"
    _event(order, "escalate", text, acting_user)
    audit.record(acting_user, "order.escalate", order, detail={
        "number": order.number, "level": order.level, "comment": comment,
        "deadline": order.deadline.isoformat(), "previous_deadline": old_deadline.isoformat()})
    return order


@action
def do_return_order_answer(order: SupervisionOrder, comment: str, *, acting_user) -> SupervisionOrder:
    """Return an answer as insufficient (退回): the unit must answer again."""
    require_office(acting_user)
    comment = clean_text(comment, MAX_COMMENT, "退回理由")
    order = _locked(order)
    if order.state != "answered":
        raise OrderError("只有已反馈的督办单可以退回")
    order.state = "escalated" if order.level > 1 else "issued"
    order.save(update_fields=["state"])
    _event(order, "return", comment, acting_user)
    audit.record(acting_user, "order.return", order, detail={"number": order.number, "comment": comment})
    return order
