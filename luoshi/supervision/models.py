"""Models of the supervision cycle (督查).

Versioning rules (why the shapes below):

* a task's target is never overwritten: ``TargetVersion`` rows accumulate and
  the first one is the baseline; a change is a new version with its reason;
* a progress submission is a version: once submitted it is frozen, and a
  correction is a new version (``supersedes``); a correction to a closed
  period is marked ``late`` and is visible as such;
* an assessment keeps the engine's verdict; a person's ``Override`` sits
  beside it and wins for display and counting;
* nothing is deleted: ``on_delete=PROTECT`` wherever a record is evidence.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from luoshi.core.models import Organisation, SourceDocument

USER = settings.AUTH_USER_MODEL

STATUS_CHOICES = [
    ("completed", _("已完成")), ("ahead", _("超进度")), ("on_track", _("达进度")),
    ("behind", _("欠进度")), ("seriously_behind", _("严重滞后")), ("not_started", _("未启动")),
    ("unclear", _("无法判断")),
]
STATUS_ORDER = [s for s, _label in STATUS_CHOICES]
CONFIDENCE_CHOICES = [("sure", _("确定")), ("check", _("待确认")), ("none", _("未关联"))]


class NotWithdrawn(models.Manager):
    """The default manager of what can be withdrawn (撤销): withdrawn rows (and rows of a
    withdrawn plan, task or period) leave every list, count, export and API at once, related
    managers (``plan.tasks``) included; ``all_objects`` still finds them (history, restore).
    A foreign key from a kept row (``submission.task``) still reaches a withdrawn row:
    Django's base manager is plain.  Subclasses name their conditions as a class attribute
    because Django builds related managers from the class, without arguments."""

    conditions: tuple[str, ...] = ("withdrawn_at__isnull",)

    def get_queryset(self):
        return super().get_queryset().filter(**{c: True for c in self.conditions})


class NotWithdrawnInPlan(NotWithdrawn):
    conditions = ("withdrawn_at__isnull", "plan__withdrawn_at__isnull")


class NotWithdrawnAssessment(NotWithdrawn):
    conditions = ("task__withdrawn_at__isnull", "task__plan__withdrawn_at__isnull", "period__withdrawn_at__isnull")


class Plan(models.Model):
    """A year's plan (年度计划): the tasks of a work report or a decomposition table."""

    year = models.PositiveIntegerField(_("年度"))
    title = models.CharField(_("名称"), max_length=200)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="plans", verbose_name=_("区（县）政府"))
    documents = models.ManyToManyField(SourceDocument, blank=True, related_name="plans",
                                       verbose_name=_("来源文件"))
    created_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    # Withdrawn (撤销), never deleted: a wrong plan leaves the lists but keeps its history.
    withdrawn_at = models.DateTimeField(_("撤销时间"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    withdraw_reason = models.TextField(_("撤销理由"), blank=True)

    objects = NotWithdrawn()
    all_objects = models.Manager()

    class Meta:
        ordering = ["-year", "title"]
        verbose_name = _("年度计划")
        verbose_name_plural = _("年度计划")

    def __str__(self) -> str:
        return self.title


class Part(models.Model):
    """A part or section of a plan (板块 / 部分): 一、…, (一)…, 民生实事."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="parts")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    title = models.CharField(_("标题"), max_length=300)
    order = models.PositiveIntegerField(_("顺序"), default=0)
    weight = models.DecimalField(_("权重"), max_digits=6, decimal_places=2, default=1)

    class Meta:
        ordering = ["plan", "order"]
        verbose_name = _("板块")
        verbose_name_plural = _("板块")

    def __str__(self) -> str:
        return self.title


class Task(models.Model):
    """A target task (目标任务) a department is held to."""

    KIND_CHOICES = [("task", _("重点工作")), ("expected_target", _("主要预期目标")), ("livelihood", _("民生实事"))]
    CLASS_CHOICES = [("", _("未分类")), ("A", _("A 责任目标")), ("B", _("B 激励目标")), ("C", _("C 争先创优"))]

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    part = models.ForeignKey(Part, null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks",
                             verbose_name=_("板块"))
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children",
                               verbose_name=_("上级任务"))
    code = models.CharField(_("编号"), max_length=40)  # the engine's stable id: R2-1-3, T12, L4
    order = models.PositiveIntegerField(_("顺序"), default=0)
    name = models.CharField(_("任务名称"), max_length=300, blank=True)
    text = models.TextField(_("任务内容"))
    kind = models.CharField(_("类别"), max_length=20, choices=KIND_CHOICES, default="task")
    target_class = models.CharField(_("目标类型"), max_length=1, choices=CLASS_CHOICES, blank=True)
    lead = models.ManyToManyField(Organisation, blank=True, related_name="lead_tasks", verbose_name=_("牵头单位"))
    cooperating = models.ManyToManyField(Organisation, blank=True, related_name="cooperating_tasks",
                                         verbose_name=_("配合单位"))
    deadline = models.DateField(_("完成时限"), null=True, blank=True)
    deadline_text = models.CharField(_("时限原文"), max_length=100, blank=True)
    weight = models.DecimalField(_("权重"), max_digits=6, decimal_places=2, default=1)
    source_document = models.ForeignKey(SourceDocument, null=True, blank=True, on_delete=models.PROTECT,
                                        related_name="tasks")
    source = models.JSONField(_("出处"), default=dict, blank=True)  # {"start","end"} or {"row"}
    published = models.BooleanField(_("公开"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("撤销时间"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    withdraw_reason = models.TextField(_("撤销理由"), blank=True)

    objects = NotWithdrawnInPlan()
    all_objects = models.Manager()

    class Meta:
        ordering = ["plan", "order"]
        unique_together = [("plan", "code")]
        indexes = [models.Index(fields=["plan", "order", "id"], name="task_plan_order"),  # every task list
                   # live tasks counted per plan (plans API, public home, year-end): read from the
                   # index alone, not from the table's wide rows (a task's text and source)
                   models.Index(fields=["plan", "published", "id"], condition=models.Q(withdrawn_at__isnull=True),
                                name="task_live"),
                   # the few withdrawn tasks: what leaves a list of verdicts (the office's 待办) without
                   # joining every verdict to the task table
                   models.Index(fields=["id"], condition=models.Q(withdrawn_at__isnull=False), name="task_withdrawn")]
        verbose_name = _("目标任务")
        verbose_name_plural = _("目标任务")

    def __str__(self) -> str:
        return f"{self.code} {self.name or self.text[:40]}"

    @property
    def current_target(self) -> TargetVersion | None:
        cached = getattr(self, "_prefetched_objects_cache", {}).get("target_versions")
        if cached is not None:  # prefetched (an import of thousands of rows): no query per task
            return max(cached, key=lambda tv: tv.version, default=None)
        return self.target_versions.order_by("-version").first()

    @property
    def baseline(self) -> TargetVersion | None:
        return self.target_versions.order_by("version").first()


class TargetVersion(models.Model):
    """One version of a task's target (目标版本).  Version 1 is the baseline."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="target_versions")
    version = models.PositiveIntegerField(_("版本"))
    text = models.TextField(_("目标内容"))
    milestones = models.JSONField(_("节点目标"), default=list, blank=True)
    reason = models.TextField(_("调整理由"), blank=True)
    # The file this version was read from (an import or a correction import); empty when the
    # office typed it.  A correction import compares the new file with the last version that
    # came from a file, and the office's own versions since then with both.
    document = models.ForeignKey(SourceDocument, null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="+", verbose_name=_("来源文件"))
    # The task's other facts as this version left them (name, deadline, weight, units; a split's
    # origin), so the history shows every change and not only the target text.
    facts = models.JSONField(_("任务要素"), default=dict, blank=True)
    created_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["task", "version"]
        unique_together = [("task", "version")]
        verbose_name = _("目标版本")
        verbose_name_plural = _("目标版本")


class Indicator(models.Model):
    """A quantitative target (指标) of one target version."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="indicators")
    target_version = models.ForeignKey(TargetVersion, on_delete=models.CASCADE, related_name="indicators")
    metric = models.CharField(_("指标"), max_length=200)
    value = models.FloatField(_("目标值"), null=True, blank=True)
    # the high end of a range (增长6%-7%: value 6, value_high 7, comparator >=; reaching 6 meets it)
    value_high = models.FloatField(_("目标值上限"), null=True, blank=True)
    unit = models.CharField(_("单位"), max_length=30, blank=True)
    scale = models.CharField(_("数量级"), max_length=4, blank=True)
    comparator = models.CharField(_("比较"), max_length=2, default=">=")
    kind = models.CharField(_("指标类型"), max_length=20, default="count")
    qualifier = models.CharField(_("限定"), max_length=30, blank=True)
    cumulative = models.BooleanField(_("累计"), default=False)
    stretch = models.BooleanField(_("力争"), default=False)
    text = models.CharField(_("原文"), max_length=300, blank=True)
    statistical = models.BooleanField(_("统计指标"), default=False)  # entered and locked by the statistician

    class Meta:
        ordering = ["task", "id"]
        verbose_name = _("指标")
        verbose_name_plural = _("指标")

    def __str__(self) -> str:
        return self.text or self.metric

    def bound(self) -> float | None:
        """The figure a result is held to: the high end of a ceiling range (<=), else ``value``
        (as the engine's ``Indicator.bound``)."""
        return self.value_high if self.comparator == "<=" and self.value_high is not None else self.value

    # the engine's INDICATOR_KINDS as a page shows them
    KIND_LABELS = {"growth_rate": _("增长率"), "decline_rate": _("下降率"), "count": _("数量"), "amount": _("金额"),
                   "ratio": _("比例"), "duration": _("时限"), "zero": _("零目标"), "deadline": _("截止日期"),
                   "qualitative": _("定性目标"), "level": _("水平"), "rank": _("名次")}
    SIGNS = {">=": "≥", "<=": "≤", "=": "="}

    def comparator_sign(self) -> str:
        """≥, ≤ or = (the stored >=, <=, = are for the engine, not for a reader)."""
        return self.SIGNS.get(self.comparator, self.comparator)

    def kind_label(self) -> str:
        return str(self.KIND_LABELS.get(self.kind, self.kind))


class ReportingPeriod(models.Model):
    """A reporting period (报送周期) with its deadline; closed periods are locked."""

    FREQ_CHOICES = [("monthly", _("月报")), ("quarterly", _("季报")), ("half_yearly", _("半年报")),
                    ("yearly", _("年报"))]
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="periods")
    name = models.CharField(_("名称"), max_length=100)
    frequency = models.CharField(_("频次"), max_length=20, choices=FREQ_CHOICES, default="quarterly")
    start = models.DateField(_("开始"))
    end = models.DateField(_("截止统计日"))
    deadline = models.DateField(_("报送截止"))
    closed = models.BooleanField(_("已关闭"), default=False)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    withdrawn_at = models.DateTimeField(_("撤销时间"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    withdraw_reason = models.TextField(_("撤销理由"), blank=True)

    objects = NotWithdrawnInPlan()
    all_objects = models.Manager()

    class Meta:
        ordering = ["plan", "end"]
        verbose_name = _("报送周期")
        verbose_name_plural = _("报送周期")

    def __str__(self) -> str:
        return self.name


class Submission(models.Model):
    """One version of a department's progress on a task for a period (进展报送)."""

    STATE_CHOICES = [("draft", _("草稿")), ("signoff", _("待审签")), ("submitted", _("已提交")), ("returned", _("已退回")),
                     ("accepted", _("已采纳"))]
    # No index of its own: the unique (task, period, organisation, version) index serves every
    # lookup by task, and with a second, narrower one PostgreSQL probed "is there a newer
    # version" through it and read each task's ten other versions from the table.
    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="submissions", db_index=False)
    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="submissions")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="submissions")
    version = models.PositiveIntegerField(_("版本"), default=1)
    supersedes = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="superseded_by")
    narrative = models.TextField(_("进展情况"))
    figures = models.JSONField(_("数据"), default=list, blank=True)  # [{"indicator": id, "value": x, "unit": u}]
    state = models.CharField(_("状态"), max_length=20, choices=STATE_CHOICES, default="draft")
    late = models.BooleanField(_("逾期更正"), default=False)
    source_document = models.ForeignKey(SourceDocument, null=True, blank=True, on_delete=models.PROTECT,
                                        related_name="submissions")
    source_row = models.PositiveIntegerField(null=True, blank=True)
    created_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # Who last changed the text, figures or files (填报人): a colleague may edit a draft another began.
    updated_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(_("提交时间"), null=True, blank=True)
    reviewed_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    reviewed_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    review_comment = models.TextField(_("审核意见"), blank=True)

    class Meta:
        ordering = ["task", "period", "organisation", "version"]
        unique_together = [("task", "period", "organisation", "version")]
        indexes = [
            # the review queue: a few submitted rows among a million accepted ones; the columns
            # of "no newer version" ride along, so the queue's count reads the index only
            models.Index(fields=["submitted_at", "id", "task", "period", "organisation", "version"],
                         condition=models.Q(state="submitted"), name="submission_pending"),
            # "no newer reported version" (pending_submissions): only a later version (2 and up) can be
            # newer, and few are; the anti-join reads this small index once as a hash instead of
            # descending the unique index once per submitted row (24 ms -> under 1 ms at 3,000 rows)
            models.Index(fields=["task", "period", "organisation", "version"],
                         condition=models.Q(version__gt=1) & ~models.Q(state="draft"), name="submission_later"),
            models.Index(fields=["organisation", "period"], name="submission_org_period"),  # 我的任务
            models.Index(fields=["-reviewed_at", "-id"], name="submission_reviewed"),  # recently reviewed
            # tasks with accepted progress per period (报送周期 page): an index-only count
            models.Index(fields=["period", "task"], condition=models.Q(state="accepted"), name="submission_accepted"),
            # the reported (task, unit) pairs of many periods in (period, unit, task) order: the
            # office's 待办 counts the units overdue in every overdue period from the index only
            models.Index(fields=["period", "organisation", "task"],
                         condition=models.Q(state__in=["submitted", "accepted"]), name="submission_reported"),
        ]
        verbose_name = _("进展报送")
        verbose_name_plural = _("进展报送")

    def __str__(self) -> str:
        return f"{self.task.code} {self.period} v{self.version}"

    @property
    def last_changed_by(self):
        """The 填报人: who last changed this version (its creator when nobody changed it since)."""
        return self.updated_by or self.created_by


class Attachment(models.Model):
    """A file attached to a submission (附件), kept byte for byte."""

    submission = models.ForeignKey(Submission, on_delete=models.PROTECT, related_name="attachments")
    name = models.CharField(_("文件名"), max_length=255)
    content = models.BinaryField()
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    content_type = models.CharField(max_length=100, blank=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)


class TaskLink(models.Model):
    """A progress-report row linked to a task (关联) by the engine, confirmed by a person."""

    document = models.ForeignKey(SourceDocument, on_delete=models.PROTECT, related_name="task_links")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="task_links")
    row = models.PositiveIntegerField(_("行号"))
    row_text = models.TextField(_("行内容"))
    task = models.ForeignKey(Task, null=True, blank=True, on_delete=models.SET_NULL, related_name="links")
    score = models.FloatField(_("相似度"), default=0)
    confidence = models.CharField(_("置信度"), max_length=10, choices=CONFIDENCE_CHOICES, default="none")
    candidates = models.JSONField(_("候选"), default=list, blank=True)
    confirmed_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["document", "row"]
        unique_together = [("document", "plan", "row")]
        verbose_name = _("关联")
        verbose_name_plural = _("关联")


class AssessmentQuerySet(models.QuerySet):
    def counted(self):
        """Verdicts that count in bulletins, the dashboard and the public page (计入统计): the engine
        was sure (not ``needs_person``), or the office confirmed or corrected the verdict."""
        overridden = models.Exists(Override.objects.filter(assessment=models.OuterRef("pk")))
        return self.filter(models.Q(needs_person=False) | models.Q(confirmed_at__isnull=False) | overridden)

    def pending(self):
        """Flagged verdicts still waiting for the office (待人工确认): neither confirmed nor overridden."""
        overridden = models.Exists(Override.objects.filter(assessment=models.OuterRef("pk")))
        return self.filter(needs_person=True, confirmed_at__isnull=True).exclude(overridden)


class Assessment(models.Model):
    """A verdict on a task for a period (研判结果): the engine's, kept as it gave it.

    ``basis``, ``confidence``, ``flags``, ``sub_targets`` and ``rule`` are the engine's account
    of the verdict (luoshi/engine/rules/); a verdict that ``needs_person`` counts only once the
    office confirmed it (``confirmed_at``) or gave its own (an ``Override``, which confirms too)."""

    BASES = [("figures", _("数据")), ("statement", _("完成表述")), ("stage", _("工作阶段")),
             ("unit_statement", _("单位自述")), ("none", _("无依据"))]

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="assessments")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="assessments")
    submission = models.ForeignKey(Submission, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="assessments")
    status = models.CharField(_("状态"), max_length=20, choices=STATUS_CHOICES)
    completion_pct = models.FloatField(_("完成度"), null=True, blank=True)
    expected_pct = models.FloatField(_("序时进度"), null=True, blank=True)
    evidence = models.JSONField(_("依据"), default=list, blank=True)  # [{"text","start","end","source"}]
    reason = models.TextField(_("理由"), blank=True)
    engine_version = models.CharField(_("引擎版本"), max_length=20, blank=True)
    basis = models.CharField(_("依据类型"), max_length=20, choices=BASES, blank=True, default="")
    confidence = models.FloatField(_("置信度"), null=True, blank=True)
    needs_person = models.BooleanField(_("需人工确认"), default=False)
    flags = models.JSONField(_("提示"), default=list, blank=True)          # ["part_without_fact", …]
    sub_targets = models.JSONField(_("分项目标"), default=list, blank=True)  # [{"target","reported","status",…}]
    rule = models.CharField(_("判定规则"), max_length=40, blank=True, default="")
    confirmed_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    confirmed_at = models.DateTimeField(_("确认时间"), null=True, blank=True)
    current = models.BooleanField(default=True)  # the latest assessment of (task, period)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = NotWithdrawnAssessment.from_queryset(AssessmentQuerySet)()
    all_objects = AssessmentQuerySet.as_manager()

    class Meta:
        ordering = ["task", "period", "-created_at"]
        indexes = [
            # the latest verdict per task (services.latest): by period for a plan's figures,
            # by task for a task's latest period.  On PostgreSQL each carries what the dashboard's
            # counts read of a verdict (its id for the override check, the engine's status, and
            # what makes it count: needs_person, confirmed_at), so a plan's 20,000 verdicts of
            # the trend and a period's 2,000 are read from the index alone, not from 20,000
            # scattered table rows (SQLite ignores ``include``)
            models.Index(fields=["period", "task"], condition=models.Q(current=True), name="assessment_current",
                         include=["id", "status", "needs_person", "confirmed_at"]),
            models.Index(fields=["task", "period"], condition=models.Q(current=True),
                         name="assessment_current_task", include=["id", "status", "needs_person", "confirmed_at"]),
            # verdicts waiting for a person (review queue, office work list): a few among a million
            models.Index(fields=["confidence", "period", "task"],
                         condition=models.Q(current=True, needs_person=True, confirmed_at__isnull=True),
                         name="assessment_unconfirmed"),
            # with the id: the office's count of them, and the check for an override, read the index only
            models.Index(fields=["period", "task", "id"],
                         condition=models.Q(current=True, confirmed_at__isnull=True)
                         & (models.Q(status="unclear") | models.Q(needs_person=True)),
                         name="assessment_unsure"),
        ]
        verbose_name = _("研判结果")
        verbose_name_plural = _("研判结果")

    @property
    def override(self) -> Override | None:
        """The latest active override.  Reads the rows a caller prefetched
        (``prefetch_related("overrides")``) instead of querying once per assessment, and
        reads them directly: ``overrides.all()`` clones a queryset each time, which costs
        more than the rest of a row when a list or export reads thousands of them."""
        prefetched = getattr(self, "_prefetched_objects_cache", {}).get("overrides")
        rows = prefetched if prefetched is not None else self.overrides.all()
        overrides = [o for o in rows if o.active]
        return max(overrides, key=lambda o: o.pk) if overrides else None

    @property
    def pending_confirmation(self) -> bool:
        """Flagged by the engine and not yet confirmed or corrected by the office.  Any override
        is a person's decision, one set aside for the engine's verdict too (as ``pending()``)."""
        if not self.needs_person or self.confirmed_at is not None:
            return False
        prefetched = getattr(self, "_prefetched_objects_cache", {}).get("overrides")
        return not (prefetched if prefetched is not None else self.overrides.all())

    @property
    def effective_status(self) -> str:
        """What counts (有效状态): a person's override if any, else the engine's verdict."""
        o = self.override
        return o.status if o else self.status

    @property
    def effective_completion(self) -> float | None:
        """The completion shown: the override's when a person gave one, else the engine's."""
        o = self.override
        if o is not None and o.completion_pct is not None:
            return o.completion_pct
        return self.completion_pct


class Override(models.Model):
    """A person's verdict beside the engine's (人工研判), with the reason."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="overrides")
    status = models.CharField(_("状态"), max_length=20, choices=STATUS_CHOICES)
    completion_pct = models.FloatField(_("完成度"), null=True, blank=True)
    reason = models.TextField(_("理由"))
    created_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # Carried onto a later engine assessment of the same task and period: a person's decision
    # stands until a person changes it (the engine never undoes it).
    carried_from = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    # The later engine verdict disagrees with this decision: the office is told and decides.
    needs_review = models.BooleanField(_("待复核"), default=False)
    # False once the office adopted the engine's verdict instead (kept as history).
    active = models.BooleanField(default=True)

    class Meta:
        indexes = [
            # the latest override of an assessment (services.latest: ORDER BY id DESC LIMIT 1 per
            # assessment); without it PostgreSQL walks the primary key backwards through every override
            models.Index(fields=["assessment", "-id"], name="override_latest"),
            # the review queue's 人工研判待复核 (a handful among every override ever made): read from
            # this index instead of a scan of the whole table
            models.Index(fields=["-id"], condition=models.Q(needs_review=True, active=True),
                         name="override_flagged"),
        ]


class PublicRelease(models.Model):
    """The office's release to the public (公开发布) of a plan, or of a period's progress
    (``period`` set): only released plans and periods reach /public/ and the public API.
    A recorded act, withdrawable (撤回): the row stays with who withdrew it and why."""

    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="releases")
    period = models.ForeignKey(ReportingPeriod, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="releases")
    released_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    released_at = models.DateTimeField(_("发布时间"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("撤回时间"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    withdraw_reason = models.TextField(_("撤回理由"), blank=True)

    class Meta:
        ordering = ["plan", "released_at", "id"]
        verbose_name = _("公开发布")
        verbose_name_plural = _("公开发布")


class YearVerdict(models.Model):
    """A year-N target against the year-N+1 review's figure (目标完成核验), from ``luoshi verify``."""

    VERDICTS = [("met", _("完成")), ("exceeded", _("超额完成")), ("not_met", _("未完成")), ("unclear", _("无法判断"))]
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="year_verdicts")
    report = models.ForeignKey(SourceDocument, on_delete=models.PROTECT, related_name="+")
    metric = models.CharField(max_length=200)
    target = models.JSONField(default=dict)
    actual = models.JSONField(null=True, blank=True)
    verdict = models.CharField(max_length=10, choices=VERDICTS)
    evidence = models.JSONField(default=list, blank=True)
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class ImportBatch(models.Model):
    """An import awaiting confirmation (导入预览): what the engine read, before it is saved."""

    STATE_CHOICES = [("reading", _("识别中")), ("preview", _("待确认")), ("confirming", _("保存中")),
                     ("confirmed", _("已确认")), ("cancelled", _("已取消")), ("failed", _("失败"))]
    document = models.ForeignKey(SourceDocument, null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="import_batches")
    name = models.CharField(max_length=255)
    kind = models.CharField(max_length=30, blank=True)
    plan = models.ForeignKey(Plan, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    period = models.ForeignKey(ReportingPeriod, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")
    state = models.CharField(max_length=20, choices=STATE_CHOICES, default="reading")
    preview = models.JSONField(default=dict, blank=True)
    corrections = models.JSONField(default=dict, blank=True)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    # A large upload waits here, unread, for the worker (the request only stores it): the
    # worker reads it into a SourceDocument and clears this.
    upload = models.BinaryField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True)  # what the worker is doing (shown while reading or saving)
    created_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)


# --- the cycle: warnings, bulletins, 督办 orders, reminders, statistics, year-end ---


class WarningRule(models.Model):
    """A warning-light rule (预警规则): the first active rule that matches gives the colour."""

    COLOURS = [("red", _("红灯")), ("yellow", _("黄灯")), ("green", _("绿灯"))]
    name = models.CharField(_("名称"), max_length=100)
    colour = models.CharField(_("颜色"), max_length=10, choices=COLOURS)
    order = models.PositiveIntegerField(_("顺序"), default=0)
    statuses = models.JSONField(_("状态"), default=list, blank=True)  # match any of these statuses
    min_gap = models.FloatField(_("落后序时进度不少于（百分点）"), null=True, blank=True)
    active = models.BooleanField(_("启用"), default=True)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("预警规则")
        verbose_name_plural = _("预警规则")


class Bulletin(models.Model):
    """A supervision bulletin (督察通报) for a period; frozen once published."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="bulletins")
    number = models.CharField(_("文号"), max_length=100)
    title = models.CharField(_("标题"), max_length=200)
    issued_on = models.DateField(_("成文日期"))
    published = models.BooleanField(_("已发布"), default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    content = models.JSONField(_("内容"), default=dict, blank=True)  # the figures as frozen at publication
    html = models.TextField(blank=True)
    docx = models.BinaryField(null=True, blank=True)
    pdf = models.BinaryField(null=True, blank=True)
    created_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-issued_on", "-id"]
        verbose_name = _("督察通报")
        verbose_name_plural = _("督察通报")


class SupervisionOrder(models.Model):
    """A 督办 order on a lagging task (督办单)."""

    STATE_CHOICES = [("issued", _("已下达")), ("answered", _("已反馈")), ("closed", _("已办结")),
                     ("escalated", _("已升级"))]
    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="orders")
    period = models.ForeignKey(ReportingPeriod, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="orders")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="orders",
                                     verbose_name=_("责任单位"))
    number = models.CharField(_("督办编号"), max_length=50, blank=True)
    requirement = models.TextField(_("督办要求"))
    deadline = models.DateField(_("办理时限"))
    state = models.CharField(_("状态"), max_length=20, choices=STATE_CHOICES, default="issued")
    level = models.PositiveIntegerField(_("督办层级"), default=1)
    issued_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    issued_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-issued_at"]
        indexes = [models.Index(fields=["-issued_at", "-id"], name="order_issued"),
                   models.Index(fields=["state", "deadline"], name="order_state_deadline")]  # overdue
        verbose_name = _("督办单")
        verbose_name_plural = _("督办单")


class OrderEvent(models.Model):
    """One step in a 督办 order's trail (督办记录): issue, answer, close, escalate, comment."""

    KINDS = [("issue", _("下达")), ("answer", _("反馈")), ("close", _("办结")), ("escalate", _("升级")),
             ("return", _("退回")), ("comment", _("备注"))]
    order = models.ForeignKey(SupervisionOrder, on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(max_length=20, choices=KINDS)
    text = models.TextField(blank=True)
    by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["order", "at", "id"]


class OrderAttachment(models.Model):
    """A file with a step of a 督办 order's trail (督办反馈附件), kept byte for byte; checked by the
    same rule as a report's attachments (services.review.clean_upload)."""

    event = models.ForeignKey(OrderEvent, on_delete=models.PROTECT, related_name="attachments")
    name = models.CharField(_("文件名"), max_length=255)
    content = models.BinaryField()
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    content_type = models.CharField(max_length=100, blank=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["event", "id"]


class Notification(models.Model):
    """A reminder or notice sent once (提醒): ``key`` names the event so it is never sent twice."""

    CHANNELS = [("email", _("邮件")), ("dingtalk", _("钉钉/浙政钉"))]
    key = models.CharField(max_length=200)
    channel = models.CharField(max_length=20, choices=CHANNELS)
    recipient = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    address = models.CharField(max_length=300, blank=True)  # e-mail address or webhook URL
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    state = models.CharField(max_length=10, default="sent")  # sent | failed
    error = models.TextField(blank=True)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        unique_together = [("key", "channel", "address")]
        ordering = ["-sent_at"]


class NotificationRead(models.Model):
    """A person has read a notice (已读): per person, because a unit's notice reaches all its people
    and the office reads every notice."""

    notification = models.ForeignKey(Notification, on_delete=models.CASCADE, related_name="reads")
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="+")
    read_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        unique_together = [("notification", "user")]


class StatisticMetric(models.Model):
    """A figure the statistics bureau enters for a plan (统计指标), defined by the office: one of the
    plan's targets (地区生产总值增长5%, 研发经费投入强度达到3%) or a new one, with its unit and
    comparator.  Withdrawn (停用), never deleted: figures entered for it stay."""

    COMPARATORS = [(">=", _("不低于（≥）")), ("<=", _("不高于（≤）")), ("=", _("等于（=）"))]
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="statistic_metrics")
    name = models.CharField(_("指标名称"), max_length=200)
    unit = models.CharField(_("单位"), max_length=20)
    comparator = models.CharField(_("比较"), max_length=2, choices=COMPARATORS, default=">=")
    target_value = models.FloatField(_("目标值"), null=True, blank=True)
    # The task whose verdict a locked figure gives (an expected target, 主要预期目标); none: recorded only.
    task = models.ForeignKey(Task, null=True, blank=True, on_delete=models.PROTECT, related_name="statistic_metrics",
                             verbose_name=_("对应任务"))
    order = models.PositiveIntegerField(_("顺序"), default=0)
    created_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("停用时间"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    withdraw_reason = models.TextField(_("停用理由"), blank=True)

    objects = NotWithdrawnInPlan()
    all_objects = models.Manager()

    class Meta:
        ordering = ["plan", "order", "id"]
        verbose_name = _("统计指标")
        verbose_name_plural = _("统计指标")

    def __str__(self) -> str:
        return self.name


class StatisticFigure(models.Model):
    """An economic figure (统计数据) entered and locked by the statistician, for one defined metric."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="statistics")
    metric = models.ForeignKey(StatisticMetric, on_delete=models.PROTECT, related_name="figures",
                               verbose_name=_("指标"))
    value = models.FloatField(_("数值"))
    unit = models.CharField(_("单位"), max_length=20)
    note = models.TextField(_("说明"), blank=True)
    version = models.PositiveIntegerField(default=1)
    locked = models.BooleanField(_("已锁定"), default=False)
    entered_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    entered_at = models.DateTimeField(auto_now_add=True)
    locked_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    locked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["period", "metric", "version"]
        unique_together = [("period", "metric", "version")]
        verbose_name = _("统计数据")
        verbose_name_plural = _("统计数据")


class Honour(models.Model):
    """An honour from an award table (荣誉表彰), matched to an organisation when it is one."""

    document = models.ForeignKey(SourceDocument, on_delete=models.PROTECT, related_name="honours")
    row = models.PositiveIntegerField()
    year = models.PositiveIntegerField(null=True, blank=True)
    unit_name = models.CharField(_("获奖单位"), max_length=300)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="honours")
    honour = models.CharField(_("荣誉"), max_length=300, blank=True)
    issuer = models.CharField(_("颁奖单位"), max_length=200, blank=True)
    level = models.CharField(_("级别"), max_length=20, blank=True)  # national / provincial / city / district
    category = models.CharField(_("类别"), max_length=200, blank=True)

    class Meta:
        ordering = ["document", "row"]
        unique_together = [("document", "row")]


class ScoringScheme(models.Model):
    """A year-end scoring scheme (考核办法): points by target class, deductions, award shares."""

    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="schemes")
    name = models.CharField(_("名称"), max_length=200)
    config = models.JSONField(_("规则"), default=dict)
    created_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)


class YearEndResult(models.Model):
    """A department's year-end score under a scheme (年终考核结果)."""

    scheme = models.ForeignKey(ScoringScheme, on_delete=models.CASCADE, related_name="results")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="year_end_results")
    score = models.FloatField()
    breakdown = models.JSONField(default=dict)  # every figure with where it came from
    rank = models.PositiveIntegerField()
    award = models.CharField(max_length=50, blank=True)  # 优胜单位 / 先进单位 / 进位显著奖
    computed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["scheme", "rank"]


class Instruction(models.Model):
    """A leader's instruction (领导批示) on a task, or on a 督办 order about it: shown to the
    unit on the task and the order, kept in the order's trail and the audit log."""

    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="instructions", verbose_name=_("任务"))
    order = models.ForeignKey(SupervisionOrder, null=True, blank=True, on_delete=models.PROTECT,
                              related_name="instructions", verbose_name=_("督办单"))
    text = models.TextField(_("批示内容"))
    by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    by_name = models.CharField(_("批示人"), max_length=150, blank=True)  # as shown, whatever becomes of the account
    at = models.DateTimeField(_("批示时间"), auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("领导批示")
        verbose_name_plural = _("领导批示")


class ExportJob(models.Model):
    """An export prepared in the background (后台导出): too big for one request, it is written
    by the worker with its progress, and the person who asked downloads it when ready.

    The finished file is kept in pieces (``ExportChunk``), never whole in one row, until it
    expires (``LUOSHI_EXPORT_KEEP_DAYS`` after it was finished): then its pieces are deleted,
    the job says so (state ``expired``) and the audit log records it."""

    KINDS = [("tasks_xlsx", _("任务清单 .xlsx")), ("tasks_docx", _("任务清单 .docx")),
             ("submissions_xlsx", _("进展报送 .xlsx")), ("assessments_xlsx", _("研判结果 .xlsx")),
             ("audit_xlsx", _("审计日志 .xlsx")), ("bulletin_pdf", _("督察通报 .pdf")),
             ("yearend_run", _("年终考核计算"))]
    STATE_CHOICES = [("queued", _("排队中")), ("running", _("生成中")), ("done", _("已完成")), ("failed", _("失败")),
                     ("expired", _("已过期"))]
    kind = models.CharField(max_length=30, choices=KINDS)
    params = models.JSONField(default=dict, blank=True)  # the query string the export was asked with
    state = models.CharField(max_length=10, choices=STATE_CHOICES, default="queued")
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    filename = models.CharField(max_length=255, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.BigIntegerField(default=0)   # bytes of the file (an audit log of millions of events: GBs)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expired_at = models.DateTimeField(null=True, blank=True)   # when its file was deleted

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("后台导出")
        verbose_name_plural = _("后台导出")

    @staticmethod
    def keep_days() -> int:
        return max(int(getattr(settings, "LUOSHI_EXPORT_KEEP_DAYS", 7)), 0)

    @property
    def expires_at(self):
        """When a finished file is deleted (None before it is finished)."""
        return self.finished_at + timedelta(days=self.keep_days()) if self.finished_at else None


class ExportChunk(models.Model):
    """One piece (``CHUNK_BYTES``) of a finished export's file, in order: a file of any size is
    stored by the worker and sent to its owner a piece at a time, so neither holds it whole in
    memory, no row holds it whole, and every app server reads it from the one database (no
    shared disk between app servers and workers)."""

    CHUNK_BYTES = 2**20
    job = models.ForeignKey(ExportJob, on_delete=models.CASCADE, related_name="chunks")
    seq = models.PositiveIntegerField()
    data = models.BinaryField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["job", "seq"], name="export_chunk_job_seq")]


class SignoffSetting(models.Model):
    """Whether a unit's reports pass its head's sign-off (审签) before they reach the office."""

    organisation = models.OneToOneField(Organisation, on_delete=models.CASCADE, related_name="signoff_setting",
                                        verbose_name=_("单位"))
    required = models.BooleanField(_("报送须经负责人审签"), default=False)
    changed_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("审签设置")
        verbose_name_plural = _("审签设置")
