"""Leaders' instructions (领导批示) on tasks and 督办 orders."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.core.models import Role
from luoshi.core.permissions import role_of

from ..models import Instruction, OrderEvent, SupervisionOrder, Task
from ..services.orders import actor, clean_text

MAX_INSTRUCTION = 2000
INSTRUCTING_ROLES = (Role.LEADER,)


def can_instruct(user) -> bool:
    return role_of(user) in INSTRUCTING_ROLES


@action
def do_give_instruction(task: Task, text: str, order: SupervisionOrder | None = None, *,
                        acting_user) -> Instruction:
    """A leader's instruction (领导批示) on a task, or on one of its orders; on an order it
    also joins the order's trail (督办记录) so the unit answering it reads it there."""
    if not can_instruct(acting_user):
        raise PermissionDenied
    text = clean_text(text, MAX_INSTRUCTION, "批示内容")
    if order is not None and order.task_id != task.pk:
        raise PermissionDenied
    name = getattr(acting_user, "get_full_name", lambda: "")() or getattr(acting_user, "username", "")
    instruction = Instruction.objects.create(task=task, order=order, text=text, by=actor(acting_user),
                                             by_name=name[:150])
    if order is not None:
        OrderEvent.objects.create(order=order, kind="comment", text=f"【领导批示】{text}", by=actor(acting_user))
    audit.record(acting_user, "instruction.give", instruction, detail={
        "task": task.code, "plan": task.plan_id, "order": order.number if order else "", "text": text})
    return instruction
