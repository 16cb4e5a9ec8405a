"""Year-end assessment (年终考核): the office creates schemes and runs them; leaders and
inspectors read the ranking, the breakdown and the exports."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from luoshi.core.models import Role, SourceDocument
from luoshi.core.permissions import role_of, role_required
from luoshi.engine.api import STATUS_LABELS

from ..actions import exports as export_actions
from ..actions import yearend as yearend_actions
from ..models import Plan, ScoringScheme, YearVerdict
from ..permissions import YEAREND_READ
from ..services import exports
from ..services import yearend as service
from ..tasks import run_export

READ = YEAREND_READ
KIND_LABELS = {"task": gettext_lazy("目标任务"), "honour": gettext_lazy("荣誉表彰"), "verdict": gettext_lazy("目标核验"),
               "order": gettext_lazy("督办扣分"), "late": gettext_lazy("逾期报送"), "missing": gettext_lazy("未报送")}


class SchemeForm(forms.Form):
    """A scheme's name and rules (考核规则), one field per setting with its help (services/yearend/config.py)."""

    plan = forms.ModelChoiceField(label=gettext_lazy("年度计划"), queryset=Plan.objects.all())
    name = forms.CharField(label=gettext_lazy("名称"), max_length=200)
    unclassified_as = forms.ChoiceField(label=gettext_lazy("未分类任务"), choices=service.UNCLASSIFIED_CHOICES,
                                        help_text=gettext_lazy("没有 A/B/C 类别的任务如何计分"))
    c_years = forms.CharField(label=gettext_lazy("计入的荣誉年份"), required=False, max_length=100,
                              help_text=gettext_lazy("如 2019、2020；留空为计划年度及上一年度"))

    def __init__(self, *args, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        for setting in service.SETTINGS:
            kind = forms.IntegerField if setting.integer else forms.FloatField
            field = kind(label=setting.label, help_text=setting.help, required=not setting.nullable,
                         min_value=setting.minimum, max_value=setting.maximum,
                         widget=forms.NumberInput(attrs={"step": "1" if setting.integer else "any",
                                                         "inputmode": "decimal"}))
            self.fields[setting.name] = field
        if editing:
            del self.fields["plan"]   # a scheme stays with its plan

    def groups(self):
        """(group, its bound fields) for the template: one fieldset per group with its help."""
        return [(g, [self[s.name] for s in g.settings]) for g in service.GROUPS]

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        w, a = data.get("awards__winner_share"), data.get("awards__advanced_share")
        if w is not None and a is not None and w + a > 1:
            self.add_error("awards__advanced_share", _("优胜单位比例与先进单位比例之和不能大于 1"))
            return data
        try:
            data["config"] = service.config_from_values(data)
        except service.YearEndError as e:
            self.add_error(None, str(e))
        return data


class VerifyForm(forms.Form):
    plan = forms.ModelChoiceField(label=gettext_lazy("年度计划"), queryset=Plan.objects.all())
    report = forms.ModelChoiceField(label=gettext_lazy("次年政府工作报告"),
                                    queryset=SourceDocument.objects.filter(kind="work_report").defer("content"))


def _int(value) -> int | None:
    if value in (None, ""):
        return None
    if not (str(value).isascii() and str(value).isdigit()) or len(str(value)) > 12:   # ², ① are no ids
        raise Http404
    return int(value)


def _url(name: str, *args) -> str:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def _links(item: dict) -> list[tuple[str, str]]:
    """(label, url) for each source an item names."""
    out = []
    if item.get("task_id"):
        out.append((_("任务 %(code)s") % {"code": item.get("task", "")}, _url("task_detail", item["task_id"])))
    if item.get("assessment"):
        out.append((_("研判 #%(id)s") % {"id": item["assessment"]}, ""))
    if item.get("submission"):
        out.append((_("报送 #%(id)s") % {"id": item["submission"]}, _url("task_detail", item.get("task_id") or 0)
                    if item.get("task_id") else ""))
    if item.get("statistic_figure"):
        out.append((_("统计数据 #%(id)s") % {"id": item["statistic_figure"]}, _url("statistics")))
    if item.get("honour"):
        out.append((_("荣誉 #%(id)s（第%(row)s行）") % {"id": item["honour"], "row": item.get("row")},
                    _url("document", item["document"]) if item.get("document") else ""))
    elif item.get("year_verdict"):
        out.append((_("核验 #%(id)s") % {"id": item["year_verdict"]},
                    _url("document", item["document"]) if item.get("document") else ""))
    if item.get("order"):
        out.append((_("督办单 #%(id)s") % {"id": item["order"]}, _url("order_detail", item["order"])))
    return out


def _rules(scheme: ScoringScheme) -> list[tuple]:
    """(group, [(label, value)]) of a scheme's rules, read as the form shows them."""
    values = service.form_values(scheme.config)
    return [(g, [(s.label, "—" if values[s.name] is None else values[s.name]) for s in g.settings])
            for g in service.GROUPS]


def _page(request, verify_form=None, status=200):
    can_run = role_of(request.user) == Role.OFFICE
    scheme = None
    pk = _int(request.GET.get("scheme"))
    if pk:
        scheme = get_object_or_404(ScoringScheme.objects.select_related("plan"), pk=pk)
    latest = service.latest_run(scheme) if scheme else 0
    run = _int(request.GET.get("run")) or latest
    if scheme and run and not 1 <= run <= latest:
        raise Http404
    # No accepted progress: a warning instead of a ranking (a run is refused the same way).
    no_evidence = _(service.NO_EVIDENCE) if scheme and not service.has_evidence(scheme.plan) else ""
    results = list(service.results(scheme, run)) if scheme and run and not no_evidence else []
    detail = None
    org = _int(request.GET.get("org"))
    if org and results:
        detail = next((r for r in results if r.organisation_id == org), None)
        if detail is None:
            raise Http404
        detail.items = [dict(i, links=_links(i), status_label=STATUS_LABELS.get(i.get("status"), _("未研判")),
                             kind_label=KIND_LABELS.get(i.get("kind"), i.get("kind")))
                        for i in detail.breakdown.get("items", [])]
    # Every plan with its schemes and its number of year verdicts: three queries however many plans.
    verdicts = dict(YearVerdict.objects.order_by().values("task__plan_id").annotate(n=Count("pk"))
                    .values_list("task__plan_id", "n"))
    plans_list = [{"plan": plan, "schemes": list(plan.schemes.all()), "verdicts": verdicts.get(plan.pk, 0)}
                  for plan in Plan.objects.prefetch_related(
                      Prefetch("schemes", queryset=ScoringScheme.objects.order_by("-created_at")))
                  .order_by("-year", "title")]
    return render(request, "supervision/yearend/index.html", {
        "plans": plans_list, "scheme": scheme, "run": run, "runs": range(1, latest + 1), "results": results,
        "detail": detail, "can_run": can_run, "no_evidence": no_evidence,
        "verify_form": verify_form or VerifyForm(),
        "rules": _rules(scheme) if scheme else [], "has_run": bool(latest),
    }, status=status)


@role_required(*READ)
def yearend(request):
    return _page(request)


def _scheme_page(request, form, scheme=None, status=200):
    return render(request, "supervision/yearend/scheme_form.html", {
        "form": form, "scheme": scheme, "copy_of": getattr(form, "copy_of", None)}, status=status)


@role_required(Role.OFFICE)
def yearend_scheme_create(request):
    """New scheme (新建考核办法): the form starts from the defaults, or from a copy of ``?copy=<scheme>``."""
    if request.method != "POST":
        copy_of = None
        pk = _int(request.GET.get("copy"))
        if pk:
            copy_of = get_object_or_404(ScoringScheme.objects.select_related("plan"), pk=pk)
        initial = service.form_values(copy_of.config if copy_of else {})
        initial |= {"plan": copy_of.plan_id if copy_of else _int(request.GET.get("plan")),
                    "name": _("%(name)s（修订）") % {"name": copy_of.name} if copy_of else ""}
        form = SchemeForm(initial=initial)
        form.copy_of = copy_of
        return _scheme_page(request, form)
    form = SchemeForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            scheme = yearend_actions.do_create_scoring_scheme(d["plan"], d["name"], d["config"],
                                                              acting_user=request.user)
        except service.YearEndError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, _("已创建考核办法"))
            return redirect(reverse("yearend") + f"?scheme={scheme.pk}")
    return _scheme_page(request, form, status=400)


@role_required(Role.OFFICE)
def yearend_scheme_edit(request, pk):
    """Edit a scheme's rules (修改考核办法) until its first run."""
    scheme = get_object_or_404(ScoringScheme.objects.select_related("plan"), pk=pk)
    if request.method != "POST":
        form = SchemeForm(initial=service.form_values(scheme.config) | {"name": scheme.name}, editing=True)
        return _scheme_page(request, form, scheme)
    form = SchemeForm(request.POST, editing=True)
    if form.is_valid():
        d = form.cleaned_data
        try:
            yearend_actions.do_update_scoring_scheme(scheme, d["name"], d["config"], acting_user=request.user)
        except service.YearEndError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, _("已保存考核办法"))
            return redirect(reverse("yearend") + f"?scheme={scheme.pk}")
    return _scheme_page(request, form, scheme, status=400)


@role_required(Role.OFFICE)
@require_POST
def yearend_run(request, pk):
    """A new run, scored by the background worker (every unit's breakdown reads the whole
    plan): what keeps it from running is said here at once; its page shows the units scored
    and offers the result (.xlsx) when ready."""
    scheme = get_object_or_404(ScoringScheme, pk=pk)
    try:
        service.check_runnable(scheme)
    except service.YearEndError as e:
        messages.error(request, str(e))
        return redirect(reverse("yearend") + f"?scheme={scheme.pk}")
    job = export_actions.do_request_export("yearend_run", {"scheme": scheme.pk}, acting_user=request.user)
    run_export.enqueue(job.pk)
    return redirect("export_job", pk=job.pk)


@role_required(Role.OFFICE)
@require_POST
def yearend_verify(request):
    form = VerifyForm(request.POST)
    if form.is_valid():
        try:
            made = yearend_actions.do_store_year_verdicts(form.cleaned_data["plan"],
                                                          form.cleaned_data["report"],
                                                          acting_user=request.user)
        except service.YearEndError as e:
            messages.error(request, str(e))
        else:
            messages.success(request, _("目标核验结果 %(n)d 条") % {"n": len(made)})
        return redirect("yearend")
    return _page(request, verify_form=form, status=400)


def _export_scheme(request, pk):
    scheme = get_object_or_404(ScoringScheme.objects.select_related("plan"), pk=pk)
    latest = service.latest_run(scheme)
    if not latest:
        raise Http404
    run = _int(request.GET.get("run")) or latest
    if not 1 <= run <= latest:
        raise Http404
    return scheme, run


@role_required(*READ)
def yearend_xlsx(request, pk):
    scheme, run = _export_scheme(request, pk)
    return exports.download(service.xlsx(scheme, run), f"年终考核-{scheme.plan.year}-{scheme.pk}-{run}.xlsx",
                            exports.XLSX)


@role_required(*READ)
def yearend_docx(request, pk):
    scheme, run = _export_scheme(request, pk)
    return exports.download(service.docx(scheme, run), f"年终考核-{scheme.plan.year}-{scheme.pk}-{run}.docx",
                            exports.DOCX)
