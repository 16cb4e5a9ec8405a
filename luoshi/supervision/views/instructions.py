"""Leaders' instructions (领导批示): given on the task page or the 督办 order page."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luoshi.core.models import Role
from luoshi.core.permissions import role_required

from ..actions.instructions import do_give_instruction
from ..models import SupervisionOrder, Task
from ..services.orders import OrderError


def _give(request, task, order, back):
    try:
        do_give_instruction(task, request.POST.get("text", ""), order, acting_user=request.user)
    except OrderError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已批示，责任单位可在任务页与待办中看到"))
    return redirect(back)


@role_required(Role.LEADER)
@require_POST
def task_instruction(request, pk):
    task = get_object_or_404(Task, pk=pk)
    return _give(request, task, None, redirect("task_detail", pk=task.pk).url)


@role_required(Role.LEADER)
@require_POST
def order_instruction(request, pk):
    order = get_object_or_404(SupervisionOrder.objects.select_related("task"), pk=pk)
    return _give(request, order.task, order, redirect("order_detail", pk=order.pk).url)
