"""Forms of the supervision cycle: reporting, review, periods, targets.

Forms check shape (required, length, number); the rules (who may, which
state) live in ``services.review``, whose ``ReviewError`` messages are put on
the form as non-field errors by the views.
"""

from __future__ import annotations

from django import forms
from django.db.models import Exists, OuterRef
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from luoshi.core.models import Organisation

from .models import STATUS_CHOICES, Part, Plan, ReportingPeriod, Submission, Task
from .services import review


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


class ReportForm(forms.Form):
    """A department's report (进展填报): narrative, one figure per indicator, attachments."""

    narrative = forms.CharField(label=_("进展情况"), widget=forms.Textarea(attrs={"rows": 12}),
                                max_length=review.MAX_NARRATIVE)
    attachments = MultipleFileField(label=_("附件"), required=False)
    # Files of the latest version the unit removes (a new version keeps the others).
    remove_attachments = forms.TypedMultipleChoiceField(label=_("移除附件"), coerce=int, required=False,
                                                        widget=forms.CheckboxSelectMultiple)
    # The version this form was filled from (optimistic check): a save made from a page
    # older than the latest draft — another tab, a colleague — is refused, not merged.
    based_on = forms.CharField(required=False, widget=forms.HiddenInput, max_length=80)

    def __init__(self, *args, indicators=(), files_of=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicators = list(indicators)
        # The latest version's files: kept by the next version unless ticked here.
        # Prefetched by the page (versions_of) where it can: not read a second time.
        prefetched = getattr(files_of, "_prefetched_objects_cache", {}).get("attachments")
        files = prefetched if prefetched is not None else (
            files_of.attachments.defer("content") if files_of else [])
        self.current_files = sorted(files, key=lambda a: a.pk)
        self.fields["remove_attachments"].choices = [(a.pk, a.name) for a in self.current_files]
        for ind in self.indicators:
            self.fields[f"fig_{ind.pk}"] = forms.CharField(
                label=ind.text or ind.metric, required=False, max_length=30,
                widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 12}))

    def figure_fields(self):
        """(indicator, bound field) pairs, for the target-beside-figure layout."""
        return [(ind, self[f"fig_{ind.pk}"]) for ind in self.indicators]

    def clean(self):
        data = super().clean()
        figures = {}
        for ind in self.indicators:
            name = f"fig_{ind.pk}"
            if name not in data:
                continue
            try:
                review.parse_number(data[name])
            except review.ReviewError as e:
                self.add_error(name, str(e))
            else:
                figures[ind.pk] = data[name]
        data["figures"] = figures
        return data


class ReviewForm(forms.Form):
    """Accept or return (采纳 / 退回) with a comment; a return needs one."""

    ACTIONS = [("accept", _("采纳")), ("return", _("退回"))]
    action = forms.ChoiceField(choices=ACTIONS)
    comment = forms.CharField(label=_("审核意见"), required=False, max_length=review.MAX_COMMENT,
                              widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        data = super().clean()
        if data.get("action") == "return" and not (data.get("comment") or "").strip():
            self.add_error("comment", _("退回须填写意见"))
        return data


class OverrideForm(forms.Form):
    """A person's verdict beside the engine's (人工研判)."""

    status = forms.ChoiceField(label=_("研判状态"), choices=STATUS_CHOICES)
    completion_pct = forms.FloatField(label=_("完成度（%）"), required=False, min_value=0, max_value=1000)
    reason = forms.CharField(label=_("理由"), max_length=review.MAX_REASON, widget=forms.Textarea(attrs={"rows": 3}))


class PeriodForm(forms.Form):
    """A new reporting period: the year's periods by frequency, or one named period."""

    plan = forms.ModelChoiceField(label=_("年度计划"), queryset=Plan.objects.all())
    frequency = forms.ChoiceField(label=_("频次"), choices=ReportingPeriod.FREQ_CHOICES, initial="quarterly")
    name = forms.CharField(label=_("自定义名称"), required=False, max_length=100,
                           help_text=_("留空则按频次生成全年各期"))
    start = forms.DateField(label=_("开始"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("截止统计日"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    deadline = forms.DateField(label=_("报送截止"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    deadline_days = forms.IntegerField(label=_("截止统计日后几天报送"), initial=10, min_value=0, max_value=120)

    def clean(self):
        data = super().clean()
        if (data.get("name") or "").strip():
            if not data.get("start"):
                self.add_error("start", _("自定义周期须填写开始日期"))
            if not data.get("end"):
                self.add_error("end", _("自定义周期须填写截止统计日"))
        return data


class TargetForm(forms.Form):
    """A changed target with its reason (目标调整); the baseline stays."""

    text = forms.CharField(label=_("新的目标内容"), max_length=review.MAX_TARGET,
                           widget=forms.Textarea(attrs={"rows": 5}))
    reason = forms.CharField(label=_("调整理由"), max_length=review.MAX_REASON,
                             widget=forms.Textarea(attrs={"rows": 3}))


class QuickSelect(forms.Select):
    """A ``<select>`` whose options are written in Python, the same markup as Django's ``Select``
    for one value and no groups: Django renders each option through its own template, which
    for a province's 600 periods and 300 units was most of the review queue's CPU time."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(v) for v in self.format_value(value)}
        out = [format_html("<select name=\"{}\"{}>", name, flatatt(self.build_attrs(self.attrs, attrs)))]
        for key, label in self.choices:
            key = "" if key is None else str(key)
            out.append(format_html("<option value=\"{}\"{}>{}</option>", key,
                                   mark_safe(" selected") if key in chosen else "", label))
        out.append("</select>")
        return mark_safe("\n".join(out))


class QueueFilterForm(forms.Form):
    plan = forms.ModelChoiceField(label=_("年度计划"), queryset=Plan.objects.all(), required=False,
                                  widget=QuickSelect)
    period = forms.ModelChoiceField(label=_("报送周期"), queryset=ReportingPeriod.objects.select_related("plan"),
                                    required=False, widget=QuickSelect)
    organisation = forms.ModelChoiceField(
        label=_("报送单位"), required=False, widget=QuickSelect,
        # a semi-join (EXISTS), not a join with every submission made DISTINCT
        queryset=Organisation.objects.filter(Exists(Submission.objects.filter(organisation=OuterRef("pk"))))
        .order_by("name"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        plan = str((self.data or {}).get("plan") or "")
        if plan.isascii() and plan.isdigit() and len(plan) < 12:
            # a plan chosen: its units only (leading or cooperating in its tasks), not every unit that ever reported
            units = self.fields["organisation"].queryset
            self.fields["organisation"].queryset = units.filter(
                Exists(Task.lead.through.objects.filter(organisation=OuterRef("pk"), task__plan_id=int(plan)))
                | Exists(Task.cooperating.through.objects.filter(organisation=OuterRef("pk"), task__plan_id=int(plan))))


class TaskForm(forms.Form):
    """One task as the office maintains it (新增、调整、拆分): the units are names from the
    directory (a datalist offers them), the indicator and milestone rows are read from the
    posted rows by the view (``task_rows``)."""

    name = forms.CharField(label=_("任务名称"), required=False, max_length=300)
    text = forms.CharField(label=_("目标内容"), max_length=review.MAX_TARGET, widget=forms.Textarea(attrs={"rows": 4}))
    lead = forms.CharField(label=_("牵头单位"), required=False, max_length=1000,
                           widget=forms.TextInput(attrs={"list": "directory", "size": 40}),
                           help_text=_("从单位名录中选择，多个单位以顿号分隔"))
    cooperating = forms.CharField(label=_("配合单位"), required=False, max_length=2000,
                                  widget=forms.TextInput(attrs={"list": "directory", "size": 60}))
    # ISO, as <input type=date> reads it (a localised format shows an empty field, and saving it would clear the date)
    deadline = forms.DateField(label=_("完成时限"), required=False,
                               widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}))
    deadline_text = forms.CharField(label=_("时限原文"), required=False, max_length=100,
                                    help_text=_("如“年底前”“6月底”，可留空"))
    weight = forms.DecimalField(label=_("权重"), initial=1, min_value=0, max_value=1000, decimal_places=2,
                                max_digits=6)


class TaskEditForm(TaskForm):
    reread = forms.BooleanField(label=_("按新的目标内容重新识别指标和节点目标"), required=False,
                                help_text=_("勾选后下方指标和节点目标按新内容重新识别；不勾选则以下方填写为准"))
    reason = forms.CharField(label=_("调整理由"), max_length=review.MAX_REASON,
                             widget=forms.Textarea(attrs={"rows": 2}))


class TaskAddForm(TaskForm):
    code = forms.CharField(label=_("编号"), required=False, max_length=40, help_text=_("留空则自动编号（N1、N2…）"))
    part = forms.ModelChoiceField(label=_("板块"), queryset=None, required=False)
    kind = forms.ChoiceField(label=_("类别"), choices=[])
    target_class = forms.ChoiceField(label=_("目标类型"), choices=[], required=False)
    reason = forms.CharField(label=_("新增理由"), max_length=review.MAX_REASON,
                             widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, plan=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["part"].queryset = Part.objects.filter(plan=plan).order_by("order") if plan else Part.objects.none()
        self.fields["kind"].choices = Task.KIND_CHOICES
        self.fields["target_class"].choices = Task.CLASS_CHOICES


class SplitReasonForm(forms.Form):
    reason = forms.CharField(label=_("拆分理由"), max_length=review.MAX_REASON,
                             widget=forms.Textarea(attrs={"rows": 2}))


class RestoreForm(forms.Form):
    reason = forms.CharField(label=_("恢复理由"), max_length=review.MAX_REASON)
