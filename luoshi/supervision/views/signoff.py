"""Which units' reports pass their head's sign-off (审签设置), set by the office."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from luoshi.core.models import Organisation, Profile, Role
from luoshi.core.permissions import role_required

from ..actions.signoff import do_set_unit_signoff
from ..models import SignoffSetting


@role_required(Role.OFFICE)
def signoff_settings(request):
    if request.method == "POST":
        raw = request.POST.get("organisation", "")
        org = Organisation.objects.filter(pk=int(raw)).first() if raw.isdigit() and len(raw) < 12 else None
        if org is None:
            messages.error(request, _("单位无效"))
        else:
            do_set_unit_signoff(org, request.POST.get("required") == "1", acting_user=request.user)
            messages.success(request, _("已保存"))
        return redirect("signoff_settings")
    unit_ids = Profile.objects.filter(role=Role.REPORTER).exclude(organisation=None).values("organisation_id")
    required = set(SignoffSetting.objects.filter(required=True).values_list("organisation_id", flat=True))
    heads = {}
    for p in Profile.objects.filter(role=Role.REPORTER, is_head=True).select_related("user"):
        heads.setdefault(p.organisation_id, []).append(p.user.username)
    units = [{"org": o, "required": o.pk in required, "heads": heads.get(o.pk, [])}
             for o in Organisation.objects.filter(pk__in=unit_ids).order_by("name")]
    return render(request, "supervision/signoff_settings.html", {"units": units})
