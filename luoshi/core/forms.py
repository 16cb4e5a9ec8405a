from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

ALLOWED_EXTENSIONS = (".txt", ".md", ".csv", ".docx", ".xlsx", ".html", ".htm", ".pdf")


class UploadForm(forms.Form):
    file = forms.FileField(label=_("文件"), error_messages={"empty": _("文件为空")})

    def clean_file(self):
        f = self.cleaned_data["file"]
        name = f.name.lower()
        if not name.endswith(ALLOWED_EXTENSIONS):
            raise forms.ValidationError(_("不支持的文件类型，请上传 %(types)s") % {"types": " ".join(ALLOWED_EXTENSIONS)})
        if f.size == 0:
            raise forms.ValidationError(_("文件为空"))
        if f.size > settings.LUOSHI_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("文件过大（上限 %(mb)s MB）") % {"mb": settings.LUOSHI_MAX_UPLOAD_BYTES // 2**20})
        return f


class AliasForm(forms.Form):
    alias = forms.CharField(label=_("别名"), max_length=200)
