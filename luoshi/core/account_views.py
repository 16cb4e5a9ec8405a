"""Account management pages (账号管理) and the user's own password pages.

The office (督查科) manages accounts; everyone changes their own password; a forgotten
password is reset by e-mail where mail is configured.  Thin: the rules and the audit
events are in ``luoshi.core.actions.accounts``.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .account_forms import AccountForm, NewAccountForm, SetPasswordForm
from .actions import accounts as actions
from .models import Role
from .permissions import role_required


def mail_configured() -> bool:
    """Password reset by e-mail only where mail really leaves the server."""
    return bool(getattr(settings, "EMAIL_HOST", "")) or settings.EMAIL_BACKEND.endswith("locmem.EmailBackend")


@role_required(Role.OFFICE)
def accounts(request):
    users = get_user_model().objects.select_related("profile", "profile__organisation").order_by(
        "-is_active", "username")
    return render(request, "core/accounts/list.html", {"users": users, "form": NewAccountForm()})


@role_required(Role.OFFICE)
@require_POST
def account_create(request):
    form = NewAccountForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            user = actions.do_create_user(
                acting_user=request.user, username=d["username"], role=d["role"], organisation=d["organisation"],
                full_name=d["full_name"], email=d["email"], is_head=d["is_head"], password=d["password"] or None)
        except actions.AccountError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, _("已创建账号 %(name)s") % {"name": user.username})
            return redirect("account_detail", pk=user.pk)
    users = get_user_model().objects.select_related("profile", "profile__organisation").order_by(
        "-is_active", "username")
    return render(request, "core/accounts/list.html", {"users": users, "form": form}, status=400)


@role_required(Role.OFFICE)
def account_detail(request, pk):
    user = get_object_or_404(get_user_model().objects.select_related("profile"), pk=pk)
    profile = getattr(user, "profile", None)
    form = AccountForm(request.POST or None, initial={
        "full_name": user.first_name, "email": user.email,
        "role": profile.role if profile else (Role.OFFICE if user.is_superuser else Role.LEADER),
        "organisation": profile.organisation if profile else None,
        "is_head": profile.is_head if profile else False,
    })
    status = 200
    if request.method == "POST":
        if form.is_valid():
            d = form.cleaned_data
            try:
                actions.do_change_user(user, acting_user=request.user, role=d["role"], organisation=d["organisation"],
                                       full_name=d["full_name"], email=d["email"], is_head=d["is_head"])
            except actions.AccountError as e:
                form.add_error(None, str(e))
            else:
                messages.success(request, _("已保存"))
                return redirect("account_detail", pk=user.pk)
        status = 400
    return render(request, "core/accounts/detail.html", {
        "account": user, "form": form, "password_form": SetPasswordForm()}, status=status)


@role_required(Role.OFFICE)
@require_POST
def account_deactivate(request, pk):
    user = get_object_or_404(get_user_model(), pk=pk)
    try:
        actions.do_deactivate_user(user, request.POST.get("reason", "").strip(), acting_user=request.user)
        messages.success(request, _("已停用账号 %(name)s") % {"name": user.username})
    except actions.AccountError as e:
        messages.error(request, str(e))
    return redirect("account_detail", pk=user.pk)


@role_required(Role.OFFICE)
@require_POST
def account_activate(request, pk):
    user = get_object_or_404(get_user_model(), pk=pk)
    actions.do_activate_user(user, acting_user=request.user)
    messages.success(request, _("已启用账号 %(name)s") % {"name": user.username})
    return redirect("account_detail", pk=user.pk)


@role_required(Role.OFFICE)
@require_POST
def account_password(request, pk):
    user = get_object_or_404(get_user_model(), pk=pk)
    form = SetPasswordForm(request.POST)
    if form.is_valid():
        try:
            actions.do_reset_user_password(user, form.cleaned_data["password"], acting_user=request.user)
        except actions.AccountError as e:
            messages.error(request, str(e))
        else:
            messages.success(request, _("已为 %(name)s 设置新密码") % {"name": user.username})
    else:
        for error in form.non_field_errors() or [_("请两次输入新密码")]:
            messages.error(request, error)
    return redirect("account_detail", pk=user.pk)


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's own page; the change goes into the audit log."""

    template_name = "core/accounts/password_change.html"
    success_url = reverse_lazy("home")

    def form_valid(self, form):
        # Django's form has checked the old password and the validators; the write is an action.
        user = actions.do_change_own_password(self.request.user, form.cleaned_data["new_password1"],
                                              acting_user=self.request.user)
        update_session_auth_hash(self.request, user)  # this session stays, the others end
        messages.success(self.request, _("密码已修改"))
        return HttpResponseRedirect(self.get_success_url())


class PasswordResetView(auth_views.PasswordResetView):
    """Reset by e-mail; where no mail is configured the page says whom to ask instead."""

    template_name = "core/accounts/password_reset.html"
    email_template_name = "core/accounts/password_reset_email.txt"
    subject_template_name = "core/accounts/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "mail_configured": mail_configured()}

    def post(self, request, *args, **kwargs):
        if not mail_configured():
            return self.get(request, *args, **kwargs)
        return super().post(request, *args, **kwargs)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "core/accounts/password_reset_confirm.html"
    success_url = reverse_lazy("login")

    def form_valid(self, form):
        actions.do_change_own_password(form.user, form.cleaned_data["new_password1"], how="email",
                                       acting_user=form.user)
        self.request.session.pop(auth_views.INTERNAL_RESET_SESSION_TOKEN, None)
        messages.success(self.request, _("密码已重置，请用新密码登录"))
        return HttpResponseRedirect(self.get_success_url())


password_reset_done = auth_views.PasswordResetDoneView.as_view(
    template_name="core/accounts/password_reset_done.html")
