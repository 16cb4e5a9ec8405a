"""Account management from the shell, for scripting (账号管理): the same actions as the pages.

    manage.py users list
    manage.py users create NAME --role reporter --organisation 区发改经信局 [--email …] [--password-stdin]
    manage.py users change NAME [--role …] [--organisation …] [--head/--no-head] [--email …] [--full-name …]
    manage.py users deactivate NAME [--reason …]
    manage.py users activate NAME
    manage.py users set-password NAME --password-stdin

A password is read from standard input (never from the command line, where it would stay in
the shell history and the process list).  Every change is in the audit log, by the account
named with `--by NAME` before the verb (default: the system).
"""

from __future__ import annotations

import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from luoshi.core.actions import accounts as actions
from luoshi.core.models import Organisation, Role


class Command(BaseCommand):
    help = "账号管理 (manage accounts): list, create, change, deactivate, activate, set-password"

    def add_arguments(self, parser):
        parser.add_argument("--by", help="操作人用户名，记入审计日志 (acting user, for the audit log)")
        sub = parser.add_subparsers(dest="verb", required=True)
        sub.add_parser("list", help="列出账号 (list accounts)")
        create = sub.add_parser("create", help="新建账号 (create an account)")
        change = sub.add_parser("change", help="修改角色、单位 (change role, unit)")
        for p in (create, change):
            p.add_argument("username")
            p.add_argument("--role", choices=Role.values, required=p is create)
            p.add_argument("--organisation", help="所属单位名称 (unit name)")
            p.add_argument("--email")
            p.add_argument("--full-name")
            p.add_argument("--head", action="store_true", default=None, help="单位负责人 (head of the unit)")
            p.add_argument("--no-head", dest="head", action="store_false")
        create.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码 (password on stdin)")
        deactivate = sub.add_parser("deactivate", help="停用账号 (deactivate; never deletes)")
        deactivate.add_argument("username")
        deactivate.add_argument("--reason", default="")
        activate = sub.add_parser("activate", help="重新启用账号 (re-activate)")
        activate.add_argument("username")
        password = sub.add_parser("set-password", help="设置新密码 (set a new password)")
        password.add_argument("username")
        password.add_argument("--password-stdin", action="store_true", required=True)

    def handle(self, *args, **options):
        verb = options["verb"]
        actor = self._user(options["by"]) if options.get("by") else None
        try:
            if verb == "list":
                return self._list()
            if verb == "create":
                user = actions.do_create_user(
                    acting_user=actor, username=options["username"], role=options["role"],
                    organisation=self._organisation(options.get("organisation")),
                    full_name=options.get("full_name") or "", email=options.get("email") or "",
                    is_head=bool(options.get("head")),
                    password=self._read_password() if options.get("password_stdin") else None)
                self.stdout.write(f"已创建 (created): {user.username}")
            elif verb == "change":
                user = self._user(options["username"])
                profile = getattr(user, "profile", None)
                role = options.get("role") or (profile.role if profile else Role.LEADER)
                org_name = options.get("organisation")
                org = self._organisation(org_name) if org_name is not None else (
                    profile.organisation if profile else None)
                head = options.get("head")
                actions.do_change_user(
                    user, acting_user=actor, role=role, organisation=org, full_name=options.get("full_name"),
                    email=options.get("email"),
                    is_head=head if head is not None else bool(profile and profile.is_head))
                self.stdout.write(f"已修改 (changed): {user.username}")
            elif verb == "deactivate":
                user = actions.do_deactivate_user(self._user(options["username"]), options["reason"],
                                                  acting_user=actor)
                self.stdout.write(f"已停用 (deactivated): {user.username}")
            elif verb == "activate":
                user = actions.do_activate_user(self._user(options["username"]), acting_user=actor)
                self.stdout.write(f"已启用 (activated): {user.username}")
            elif verb == "set-password":
                user = self._user(options["username"])
                actions.do_reset_user_password(user, self._read_password(), acting_user=actor)
                self.stdout.write(f"已设置新密码 (password set): {user.username}")
        except actions.AccountError as e:
            raise CommandError(str(e)) from e

    def _list(self):
        for u in get_user_model().objects.select_related("profile", "profile__organisation").order_by("username"):
            profile = getattr(u, "profile", None)
            role = profile.role if profile else ("office" if u.is_superuser else "")
            org = profile.organisation.name if profile and profile.organisation else ""
            state = "active" if u.is_active else "inactive"
            self.stdout.write(f"{u.username}\t{role}\t{org}\t{state}")

    def _user(self, username):
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"没有此账号 (no such account): {username}") from None

    def _organisation(self, name):
        if not name:
            return None
        org = Organisation.objects.filter(name=name).first() or Organisation.objects.filter(
            aliases__alias=name).first()
        if org is None:
            raise CommandError(f"没有此单位 (no such organisation): {name}")
        return org

    def _read_password(self) -> str:
        password = sys.stdin.readline().rstrip("\n")
        if not password:
            raise CommandError("标准输入中没有密码 (no password on standard input)")
        return password
