"""manage.py restore PATH --yes: replace the whole database with a backup."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from luoshi.core.backup import BackupError, restore


class Command(BaseCommand):
    help = ("用备份替换整个数据库 (replace the whole database with a backup); "
            "先停止应用服务器和后台任务 (stop the app servers and the worker first)")

    def add_arguments(self, parser):
        parser.add_argument("path", help="manage.py backup 或 pg_dump -Fc 写出的文件 (a file written by backup)")
        parser.add_argument("--yes", action="store_true",
                            help="确认替换当前数据库的全部内容 (confirm: the current content is replaced)")

    def handle(self, *args, path, yes=False, **options):
        if not yes:
            raise CommandError("恢复会替换当前数据库的全部内容；确认请加 --yes "
                               "(restore replaces the whole current database; add --yes to confirm)")
        try:
            restore(Path(path))
        except BackupError as e:
            raise CommandError(str(e)) from None
        self.stdout.write(f"已恢复 (restored) ← {path}")
