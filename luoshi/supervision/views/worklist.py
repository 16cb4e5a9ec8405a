"""The work list (待办): every user's landing page after login."""

from __future__ import annotations

from django.shortcuts import render

from luoshi.core.permissions import ALL_STAFF, role_required

from ..services import worklist


@role_required(*ALL_STAFF)
def worklist_view(request):
    sections = worklist.sections(request.user)
    return render(request, "supervision/worklist.html", {
        "sections": sections, "count": sum(s.total for s in sections),
        "notices": worklist.notices(request.user),
    })
