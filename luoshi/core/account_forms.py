"""Forms of account management (账号管理)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Organisation, Role


class AccountForm(forms.Form):
    """Role, unit and contact details of an account (new or existing)."""

    full_name = forms.CharField(label=_("姓名"), max_length=150, required=False)
    email = forms.EmailField(label=_("电子邮箱"), required=False)
    role = forms.ChoiceField(label=_("角色"), choices=Role.choices)
    organisation = forms.ModelChoiceField(label=_("所属单位"), queryset=Organisation.objects.order_by("name"),
                                          required=False)
    is_head = forms.BooleanField(label=_("单位负责人"), required=False)


class NewAccountForm(AccountForm):
    username = forms.CharField(label=_("用户名"), max_length=150)
    password = forms.CharField(label=_("初始密码"), widget=forms.PasswordInput, required=False,
                               help_text=_("留空则该账号须通过邮件重置或由督查科设置密码后才能登录"))

    field_order = ["username", "full_name", "email", "role", "organisation", "is_head", "password"]


class SetPasswordForm(forms.Form):
    password = forms.CharField(label=_("新密码"), widget=forms.PasswordInput)
    password2 = forms.CharField(label=_("再次输入新密码"), widget=forms.PasswordInput)

    def clean(self):
        data = super().clean()
        if data.get("password") and data.get("password") != data.get("password2"):
            raise forms.ValidationError(_("两次输入的密码不一致"))
        return data
