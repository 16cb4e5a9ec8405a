"""One demo account per role, printed for the person starting the demo."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from luoshi.core.actions.demo import do_create_demo_account
from luoshi.core.models import Role

PASSWORD = "luoshi-demo"

ACCOUNTS = [
    ("office", Role.OFFICE, None, "区政府办公室督查科"),
    ("reporter", Role.REPORTER, "区发改经信局", "部门填报员"),
    ("leader", Role.LEADER, None, "区长 / 分管领导"),
    ("stats", Role.STATISTICIAN, "区统计局", "统计局"),
    ("inspector", Role.INSPECTOR, None, "纪委监委"),
    ("head", Role.REPORTER, "区发改经信局", "部门负责人（接收升级提醒）"),
    # More departments, so that what crosses units (who reported, who is late) can be tried.
    ("zhujian", Role.REPORTER, "区住房和城建局", "部门填报员"),
    ("weijian", Role.REPORTER, "区卫生健康局", "部门填报员"),
    ("weijian-head", Role.REPORTER, "区卫生健康局", "部门负责人（接收升级提醒）"),
]

# The department head receives escalations of missing submissions (单位负责人).
HEADS = {"head", "weijian-head"}


class Command(BaseCommand):
    help = "创建演示账号 (create demo accounts, one per role)"

    def add_arguments(self, parser):
        parser.add_argument("--as-of-today", action="store_true",
                            help="also replay the 2020 work report as this year's plan with periods around "
                                 "today and the department accounts' reports (bin/demo)")

    def handle(self, *args, **options):
        if not settings.DEBUG:
            # The demo's password is public and is set without the password validators.
            self.stderr.write("警告 (warning): 演示账号的密码是公开的，切勿在生产数据库上创建 "
                              "(demo accounts have a public password: never create them on a production database)")
        with transaction.atomic():
            for username, role, org_name, _label in ACCOUNTS:
                do_create_demo_account(username, role, org_name, PASSWORD, is_head=username in HEADS,
                                       acting_user=None)
        if options["as_of_today"]:
            from luoshi.supervision.actions.demo import do_seed_demo_today

            plan = do_seed_demo_today(acting_user=None)
            if plan is not None:
                self.stdout.write(f"演示计划 (demo plan): {plan.title}")
                for p in plan.periods.order_by("end"):
                    state = "已关闭" if p.closed else f"报送截止 {p.deadline:%Y-%m-%d}"
                    self.stdout.write(f"  {p.name}  {state}")
        self.stdout.write("演示账号 (demo accounts), 密码 (password) " + PASSWORD)
        for username, role, org_name, label in ACCOUNTS:
            self.stdout.write(f"  {username:<10} {role.label}  {label}" + (f"（{org_name}）" if org_name else ""))
