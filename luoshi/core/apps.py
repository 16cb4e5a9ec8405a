from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "luoshi.core"
    label = "core"
    verbose_name = _("落实督查")

    def ready(self):
        from axes.signals import user_locked_out
        from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
        from django.db.models.signals import post_migrate

        from . import audit_hooks

        user_logged_in.connect(audit_hooks.logged_in, dispatch_uid="luoshi.audit.login")
        user_logged_out.connect(audit_hooks.logged_out, dispatch_uid="luoshi.audit.logout")
        user_login_failed.connect(audit_hooks.login_failed, dispatch_uid="luoshi.audit.login_failed")
        user_locked_out.connect(audit_hooks.locked_out, dispatch_uid="luoshi.audit.lockout")
        post_migrate.connect(audit_hooks.schema_guard, sender=self, dispatch_uid="luoshi.audit.guard")
