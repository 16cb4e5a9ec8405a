"""Head sign-off (审签): the unit setting, signing off and returning (see services/signoff.py)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions import action

from ..models import SignoffSetting, Submission
from ..services import signoff
from ..services.review import ReviewError, clean_text, require_office

MAX_COMMENT = 2000


@action
def do_set_unit_signoff(organisation, required: bool, *, acting_user) -> SignoffSetting:
    """The office decides which units' reports pass their head first."""
    require_office(acting_user)
    setting, _created = SignoffSetting.objects.get_or_create(organisation=organisation)
    if setting.required != bool(required):
        setting.required = bool(required)
        setting.changed_by = acting_user if getattr(acting_user, "pk", None) else None
        setting.save()
        audit.record(acting_user, "signoff.setting", organisation, detail={
            "organisation": organisation.name, "required": setting.required})
    return setting


def _awaiting(submission: Submission, acting_user) -> Submission:
    sub = Submission.objects.select_for_update(of=("self",)).select_related("task", "period", "organisation").get(pk=submission.pk)
    if not signoff.is_head_of(acting_user, sub.organisation):
        raise PermissionDenied
    if sub.state != "signoff":
        raise ReviewError("该报送不在待审签状态")
    return sub


@action
def do_sign_off_submission(submission: Submission, *, acting_user) -> Submission:
    """The head signs a version off (审签通过): it goes to the office as submitted."""
    sub = _awaiting(submission, acting_user)
    sub.state = "submitted"
    sub.submitted_at = timezone.now()
    sub.late = sub.period.closed
    sub.save(update_fields=["state", "submitted_at", "late", "updated_at"])
    audit.record(acting_user, "submission.sign_off", sub, detail={
        "task": sub.task.code, "period": sub.period.name, "version": sub.version})
    return sub


@action
def do_return_for_revision(submission: Submission, comment: str, *, acting_user) -> Submission:
    """The head returns a version to the reporter (审签退回) with a comment."""
    comment = clean_text(comment, "退回意见", MAX_COMMENT)
    sub = _awaiting(submission, acting_user)
    sub.state = "returned"
    sub.reviewed_by = acting_user
    sub.reviewed_at = timezone.now()
    sub.review_comment = f"单位负责人退回：{comment}"
    sub.save(update_fields=["state", "reviewed_by", "reviewed_at", "review_comment", "updated_at"])
    audit.record(acting_user, "submission.signoff_return", sub, detail={
        "task": sub.task.code, "period": sub.period.name, "version": sub.version, "comment": comment})
    return sub
