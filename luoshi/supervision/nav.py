"""The menu, by role.  Entries whose URL does not exist (yet) are left out."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from luoshi.core.models import Role
from luoshi.core.permissions import role_of

OF, R, L, S, IN = Role.OFFICE, Role.REPORTER, Role.LEADER, Role.STATISTICIAN, Role.INSPECTOR

NAV = [
    ("worklist", _("待办"), (OF, R, L, S, IN)),
    ("dashboard", _("驾驶舱"), (OF, L, S, IN)),
    ("task_list", _("任务"), (OF, R, L, S, IN)),
    ("portal", _("我的任务"), (R,)),
    ("review_queue", _("审核"), (OF,)),
    ("import_start", _("导入"), (OF,)),
    ("periods", _("报送周期"), (OF,)),
    ("signoff_settings", _("审签设置"), (OF,)),
    ("bulletins", _("通报"), (OF, L, IN)),
    ("warnings", _("预警灯"), (OF, L, S, IN)),
    ("orders", _("督办"), (OF, R, L, IN)),
    ("statistics", _("统计数据"), (OF, L, S)),
    ("yearend", _("年终考核"), (OF, L, IN)),
    ("home", _("文件"), (OF, R, L, S, IN)),
    ("organisations", _("组织机构"), (OF, R, L, S, IN)),
    ("audit", _("审计日志"), (OF, IN)),
    ("accounts", _("账号管理"), (OF,)),
    ("public_home", _("公开页面"), (OF, R, L, S, IN)),
]


def menu(request):
    """Context processor: ``menu`` is [(url, label, active)] for the user's role."""
    role = role_of(request.user) if hasattr(request, "user") else None
    items = []
    for name, label, roles in NAV:
        if role not in roles:
            continue
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        items.append((url, label, request.path.startswith(url) and url != "/"))
    return {"menu": items, "user_role": role}
