"""Department reporting and office review (部门填报与督查科审核): drafts, submission, acceptance, return.

The rules (versions, closed periods, who may do what) are in services/review.py."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from luoshi.core import audit
from luoshi.core.actions import action
from luoshi.engine import api

from ..models import Assessment, Attachment, ReportingPeriod, Submission, Task
from ..permissions import can_report_for
from ..services import signoff
from ..services.review import (
    MAX_ATTACHMENTS,
    MAX_COMMENT,
    MAX_NARRATIVE,
    ReviewError,
    actor,
    assessed_text,
    clean_figures,
    clean_text,
    clean_upload,
    is_stale,
    latest_version,
    reported_before,
    reporter_org,
    require_office,
)
from .assessments import assess_submission
from .notifications import notify_status_change


def _attach(sub: Submission, attachments, has: int) -> list[Attachment]:
    """The files of a version, checked and stored in the calling action's transaction;
    ``has``: how many it has already (the caller read them)."""
    made = []
    if len(attachments) + has > MAX_ATTACHMENTS:
        raise ReviewError(f"附件过多（每个版本不超过 {MAX_ATTACHMENTS} 个）")
    for item in attachments:
        name, content, content_type, sha256 = clean_upload(item)
        made.append(Attachment.objects.create(
            submission=sub, name=name, content=content, size=len(content), sha256=sha256,
            content_type=content_type))
    return made


def _reviewable(submission: Submission) -> Submission:
    sub = Submission.objects.select_for_update(of=("self",)).get(pk=submission.pk)
    if sub.state != "submitted":
        raise ReviewError("只有待审核（已提交）的报送可以采纳或退回")
    if is_stale(sub):
        raise ReviewError("该报送已有更新版本，请审核最新版本")
    return sub


def _copy_saved(sub: Submission, submission: Submission, fields: list[str]) -> None:
    """The caller's object as ``sub`` was saved: what refresh_from_db would read, without the query."""
    for name in fields:
        setattr(submission, name, getattr(sub, name))


class StaleEdit(ReviewError):
    """A save from a page filled in before the latest change of the same report."""


def edit_token(sub: Submission | None) -> str:
    """What a report form was filled from: the latest version and when it last changed
    ("" before the first draft)."""
    return f"{sub.pk}:{sub.updated_at.timestamp():.6f}" if sub is not None else ""


@action
def do_save_submission_draft(task: Task, period: ReportingPeriod, narrative, figures=None,
                             attachments=(), *, acting_user, based_on: str | None = None,
                             remove_attachments=()) -> Submission:
    """A reporter's draft for its own organisation (保存草稿).

    A draft is edited in place (the old text goes to the audit log); after a
    version was submitted, returned or accepted an edit is a new version that
    supersedes it and keeps its files (copied: the earlier version stays as it
    was submitted).  ``remove_attachments``: ids of the latest version's files
    the unit removes explicitly (from a draft: deleted, named in the audit
    event; from a new version: not copied).  In a closed period only a
    correction of a reported version is possible, marked late (逾期更正)."""
    org = reporter_org(acting_user, task, period)
    narrative = clean_text(narrative, "进展情况", MAX_NARRATIVE)
    figures = clean_figures(task, figures)
    attachments = list(attachments or [])
    # Lock the task, then the chain, so two tabs cannot both make version N+1 (nor both
    # the first draft, when there is no row yet to lock).  The task's row only (of=self): the
    # manager joins the plan (withdrawn plans hidden), and a plain FOR UPDATE locked the
    # plan's row too, so every save in a plan waited for the one before to commit.
    Task.objects.select_for_update(of=("self",)).filter(pk=task.pk).values_list("pk", flat=True).first()
    previous = (Submission.objects.select_for_update(of=("self",))
                .filter(task=task, period=period, organisation=org).order_by("-version").first())
    if based_on is not None and based_on != edit_token(previous):
        raise StaleEdit("该报送已在其他窗口或由他人修改（见下方版本记录），您的内容未保存，仍保留在表单中；"
                        "请核对后再次保存以覆盖")
    if period.closed and (previous is None or (previous.state == "draft" and not previous.late
                                               and not reported_before(previous))):
        raise ReviewError("该报送周期已关闭，只能对已报送的内容作逾期更正")
    remove = {int(pk) for pk in remove_attachments or ()}
    # The files' contents are read only to copy them into a new version (one query each
    # then), never for a draft edited in place: a save does not load every file it keeps.
    earlier = list(previous.attachments.defer("content").order_by("id")) if previous is not None else []
    if remove - {a.pk for a in earlier}:
        raise ReviewError("要移除的附件不属于本报送的最新版本")
    removed = [{"name": a.name, "sha256": a.sha256} for a in earlier if a.pk in remove]
    if previous is not None and previous.state == "draft":
        old = {"narrative": previous.narrative, "figures": previous.figures}
        previous.narrative, previous.figures = narrative, figures
        previous.late = period.closed
        previous.updated_by = actor(acting_user)
        previous.save(update_fields=["narrative", "figures", "late", "updated_by", "updated_at"])
        previous.task, previous.period, previous.organisation = task, period, org   # read already
        # An explicit removal from a draft (never a submitted version's file: that one stays on its version).
        Attachment.objects.filter(submission=previous, pk__in=remove).delete()
        made = _attach(previous, attachments, len(earlier) - len(removed))
        audit.record(acting_user, "submission.edit", previous, detail={
            "task": task.code, "period": period.name, "version": previous.version, "old": old,
            "attachments": [a.name for a in made], "removed_attachments": removed})
        return previous
    sub = Submission.objects.create(
        task=task, period=period, organisation=org, version=(previous.version + 1) if previous else 1,
        supersedes=previous, narrative=narrative, figures=figures, state="draft", late=period.closed,
        created_by=actor(acting_user), updated_by=actor(acting_user))
    # A new version keeps the previous version's files unless the unit removed them.
    kept = [Attachment.objects.create(submission=sub, name=a.name, content=a.content, size=a.size, sha256=a.sha256,
                                      content_type=a.content_type)
            for a in earlier if a.pk not in remove]
    made = _attach(sub, attachments, len(kept))
    audit.record(acting_user, "submission.draft", sub, detail={
        "task": task.code, "period": period.name, "version": sub.version, "late": sub.late,
        "supersedes": previous.pk if previous else None, "attachments": [a.name for a in made],
        "kept_attachments": [a.name for a in kept], "removed_attachments": removed})
    return sub


@action
def do_submit_submission(submission: Submission, *, acting_user) -> Submission:
    """Send a draft to the office (提交); from now on the version is frozen."""
    sub = (Submission.objects.select_for_update(of=("self",)).select_related("task", "period", "organisation")
           .get(pk=submission.pk))
    if not can_report_for(acting_user, sub.task, sub.organisation):
        raise PermissionDenied
    if sub.state != "draft":
        raise ReviewError("只有草稿可以提交")
    if latest_version(sub.task, sub.period, sub.organisation).pk != sub.pk:
        raise ReviewError("该草稿已有更新版本，请提交最新版本")
    if not sub.narrative.strip():
        raise ReviewError("请填写进展情况")
    event, detail = _submit(sub, acting_user)
    audit.record(acting_user, event, sub, detail=detail)
    _copy_saved(sub, submission, ["state", "submitted_at", "late", "updated_at"])
    return sub


def _submit(sub: Submission, acting_user) -> tuple[str, dict]:
    """Send ``sub`` (a draft, locked, the latest version, the acting user's to submit) on;
    returns the audit event the calling action records."""
    if signoff.needs_signoff(acting_user, sub.organisation):
        # The unit's head signs it off first (审签); the office sees it then.
        sub.state = "signoff"
        sub.save(update_fields=["state", "updated_at"])
        return "submission.submit_for_signoff", {
            "task": sub.task.code, "period": sub.period.name, "version": sub.version}
    sub.state = "submitted"
    sub.submitted_at = timezone.now()
    sub.late = sub.period.closed
    sub.save(update_fields=["state", "submitted_at", "late", "updated_at"])
    return "submission.submit", {
        "task": sub.task.code, "period": sub.period.name, "version": sub.version, "late": sub.late}


@action
def do_save_and_submit_submission(task: Task, period: ReportingPeriod, narrative, figures=None, attachments=(), *,
                                  acting_user, based_on: str | None = None, remove_attachments=()) -> Submission:
    """Save and submit in one step; nothing is kept when either fails.  The draft just saved is
    the latest version, a draft, locked with its task, and its unit's (the save checked all of
    it in this transaction): it is submitted without reading it all again."""
    draft = do_save_submission_draft(task, period, narrative, figures, attachments, acting_user=acting_user,
                                     based_on=based_on, remove_attachments=remove_attachments)
    event, detail = _submit(draft, acting_user)
    audit.record(acting_user, event, draft, detail=detail)
    return draft


@action
def do_accept_submission(submission: Submission, comment: str = "", *, acting_user) -> Assessment:
    """Accept a submitted version (采纳): it now counts, and the engine assesses it."""
    require_office(acting_user)
    comment = clean_text(comment, "审核意见", MAX_COMMENT, required=False)
    sub = _reviewable(submission)
    sub.state = "accepted"
    sub.reviewed_by = actor(acting_user)
    sub.reviewed_at = timezone.now()
    sub.review_comment = comment
    sub.save(update_fields=["state", "reviewed_by", "reviewed_at", "review_comment", "updated_at"])
    prow = api.parse_progress(assessed_text(sub), task=sub.task.text, row=sub.source_row or 0)
    # The status before: this period's current verdict, else the task's latest one.
    previous = (Assessment.objects.filter(task=sub.task, period=sub.period, current=True).first()
                or Assessment.objects.filter(task=sub.task).order_by("-period__end", "-id").first())
    assessment = assess_submission(sub, prow=prow)
    if previous is not None:
        # A change of status notifies the lead unit (sent after commit, never twice).
        notify_status_change(sub.task, sub.period, previous, assessment)
    audit.record(acting_user, "submission.accept", sub, detail={
        "task": sub.task.code, "period": sub.period.name, "version": sub.version, "late": sub.late,
        "comment": comment, "assessment": assessment.pk, "status": assessment.status})
    _copy_saved(sub, submission, ["state", "reviewed_by", "reviewed_at", "review_comment", "updated_at"])
    return assessment


@action
def do_return_submission(submission: Submission, comment: str, *, acting_user) -> Submission:
    """Return a submitted version with the office's comment (退回); the department edits anew."""
    require_office(acting_user)
    comment = clean_text(comment, "退回意见", MAX_COMMENT)
    sub = _reviewable(submission)
    sub.state = "returned"
    sub.reviewed_by = actor(acting_user)
    sub.reviewed_at = timezone.now()
    sub.review_comment = comment
    sub.save(update_fields=["state", "reviewed_by", "reviewed_at", "review_comment", "updated_at"])
    audit.record(acting_user, "submission.return", sub, detail={
        "task": sub.task.code, "period": sub.period.name, "version": sub.version, "comment": comment})
    _copy_saved(sub, submission, ["state", "reviewed_by", "reviewed_at", "review_comment", "updated_at"])
    return sub
