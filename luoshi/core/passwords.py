"""Password rules: Django's four standard validators (settings.AUTH_PASSWORD_VALIDATORS).

One is subclassed only for its message: Django 5.2.19 changed the wording of the
"too short" error and its Chinese catalogue has no translation for the new wording,
so it would show in English.  The rule itself is Django's."""

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self):
        return ngettext("密码太短，至少需要 %(min_length)d 个字符。", "密码太短，至少需要 %(min_length)d 个字符。",
                        self.min_length) % {"min_length": self.min_length}
