"""Models of the supervision application (督查系统).

Issue-by-issue this grows into plans, tasks, periods and submissions; the
foundation holds organisations, source documents, user roles and the audit log.
"""

from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import chain


class Role(models.TextChoices):
    """What a user may do (角色)."""

    OFFICE = "office", _("督查科管理员")
    REPORTER = "reporter", _("部门填报员")
    LEADER = "leader", _("领导")
    STATISTICIAN = "statistician", _("统计员")
    INSPECTOR = "inspector", _("纪委监委")


class Organisation(models.Model):
    """An organisation (组织机构): a department, street, company or collective name."""

    KINDS = [
        ("department", _("部门")), ("street", _("街道")), ("collective", _("集合称谓")),
        ("company", _("企业")), ("court", _("司法机关")), ("other", _("其他")),
    ]
    name = models.CharField(_("名称"), max_length=200, unique=True)
    kind = models.CharField(_("类别"), max_length=20, choices=KINDS, default="department")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT,
                               related_name="children", verbose_name=_("上级"))
    # DingTalk / 浙政钉 group robot of the unit, for reminders (钉钉机器人 webhook).
    webhook_url = models.URLField(_("钉钉机器人地址"), max_length=500, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("组织机构")
        verbose_name_plural = _("组织机构")

    def __str__(self) -> str:
        return self.name


class OrganisationAlias(models.Model):
    """Another name an organisation goes by (别名): 区审管办 for 区行政审批服务办."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("别名"), max_length=200, unique=True)

    class Meta:
        ordering = ["alias"]
        verbose_name = _("机构别名")
        verbose_name_plural = _("机构别名")

    def __str__(self) -> str:
        return f"{self.alias} → {self.organisation.name}"


class Profile(models.Model):
    """A user's role and, for department reporters, their organisation."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    role = models.CharField(_("角色"), max_length=20, choices=Role.choices, default=Role.LEADER)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT,
                                     verbose_name=_("所属单位"))
    # The head of a department receives escalations for missing submissions (单位负责人).
    is_head = models.BooleanField(_("单位负责人"), default=False)

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"


class SourceDocument(models.Model):
    """An imported document (来源文件), kept byte for byte with what the engine read."""

    name = models.CharField(_("文件名"), max_length=255)
    sha256 = models.CharField(max_length=64, unique=True)
    content = models.BinaryField(_("原始内容"))
    size = models.PositiveIntegerField(_("大小"))
    format = models.CharField(_("格式"), max_length=10)
    encoding = models.CharField(_("编码"), max_length=20)
    kind = models.CharField(_("文档类型"), max_length=30)
    reading = models.JSONField(_("识别结果"), default=dict)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, verbose_name=_("上传人"))
    created_at = models.DateTimeField(_("导入时间"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "name"]
        verbose_name = _("来源文件")
        verbose_name_plural = _("来源文件")

    def __str__(self) -> str:
        return self.name

    @property
    def row_count(self) -> int:
        return sum(len(t.get("rows", [])) for t in self.reading.get("tables", []))


class AuditEventQuerySet(models.QuerySet):
    """The log is append-only: no update or delete through any manager (the base
    manager uses this queryset too), and a database trigger refuses them in SQL."""

    def update(self, **kwargs):  # noqa: D401
        raise PermissionError("audit events cannot be changed")

    def delete(self):
        raise PermissionError("audit events cannot be deleted")

    def _raw_delete(self, using):
        raise PermissionError("audit events cannot be deleted")

    def bulk_update(self, objs, fields, batch_size=None):
        raise PermissionError("audit events cannot be changed")


class AuditEvent(models.Model):
    """One recorded event (审计日志).  Append-only and hash-chained: each event stores
    the hash of the one before, and its own hash is an HMAC (keyed by a secret kept
    outside the database, ``luoshi.core.audit``) over its time, actor, action, object,
    details and that previous hash.  A changed, removed, reordered or forked event
    breaks the chain; ``manage.py verify_audit`` names the first broken link."""

    # scheme 1: the first, unkeyed SHA-256 chain (events written before the HMAC
    # chain); scheme 2: HMAC-SHA256 over every field.  The first scheme-2 event links
    # to the last scheme-1 hash, so rewriting old events still breaks the keyed chain.
    SCHEME = 2

    at = models.DateTimeField(_("时间"), default=timezone.now)
    # No database constraint and no cascade: deleting a user must not rewrite the log
    # (a SET NULL would be an UPDATE of audit rows); ``actor_name`` keeps who it was.
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.DO_NOTHING, db_constraint=False,
                              related_name="+", verbose_name=_("操作人"))
    actor_name = models.CharField(_("操作人名称"), max_length=150, blank=True)
    action = models.CharField(_("操作"), max_length=50)
    object_type = models.CharField(_("对象类型"), max_length=50)
    object_id = models.CharField(_("对象"), max_length=64, blank=True)
    detail = models.JSONField(_("详情"), default=dict)
    previous_hash = models.CharField(max_length=64, blank=True)
    hash = models.CharField(max_length=64, blank=True)
    scheme = models.PositiveSmallIntegerField(default=SCHEME)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        base_manager_name = "objects"
        verbose_name = _("审计日志")
        verbose_name_plural = _("审计日志")

    def legacy_hash(self) -> str:
        """Scheme 1 (unkeyed, without time and actor id): only to verify old events."""
        payload = json.dumps(
            [self.previous_hash, self.actor_name, self.action, self.object_type,
             self.object_id, self.detail],
            ensure_ascii=False, sort_keys=True, default=str,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def compute_hash(self) -> str:
        if self.scheme == 1:
            return self.legacy_hash()
        return chain.event_hash(self)

    def save(self, *args, **kwargs):
        if self.pk is not None or kwargs.get("force_update"):
            raise PermissionError("audit events cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("audit events cannot be deleted")


class AuditChainHead(models.Model):
    """The chain's head (审计链头): one row, locked (SELECT … FOR UPDATE) by every
    writer, so events are appended one at a time in one order and never fork."""

    count = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64, blank=True)
    last_id = models.BigIntegerField(null=True, blank=True)


class JobLease(models.Model):
    """The lease (租约) of a background job a worker is running: who runs it and when it last
    said it was alive.  A job whose lease is not renewed in time (the worker was killed, the
    machine lost power) is found by ``luoshi.core.jobs.recover`` and retried or failed; the
    queue's own row (django-tasks' DBTaskResult) would otherwise say RUNNING for ever."""

    task_id = models.CharField(max_length=64, primary_key=True)  # DBTaskResult.id
    task_path = models.CharField(max_length=255, blank=True)
    worker_id = models.CharField(max_length=64, blank=True)
    host = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(default=timezone.now)
    beat_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("后台任务租约")
        verbose_name_plural = _("后台任务租约")
