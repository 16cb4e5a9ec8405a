"""manage.py backup [PATH]: a consistent backup of the whole database while it runs."""

from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from luoshi.core.backup import BackupError, backup, vendor


class Command(BaseCommand):
    help = ("备份整个数据库 (back up the whole database): SQLite 在线备份 / PostgreSQL pg_dump 自定义格式; "
            "默认写入 var/backups/ (default: var/backups/)")

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="备份文件 (backup file); 不会覆盖已有文件 (never overwritten)")

    def handle(self, *args, path=None, **options):
        if path is None:
            folder = settings.VAR_DIR / "backups"
            folder.mkdir(parents=True, exist_ok=True)
            suffix = ".sqlite3" if vendor() == "sqlite" else ".dump"
            path = folder / f"luoshi-{datetime.now():%Y%m%d-%H%M%S}{suffix}"
        try:
            target = backup(Path(path))
        except BackupError as e:
            raise CommandError(str(e)) from None
        self.stdout.write(f"已备份 (backed up) → {target} ({target.stat().st_size} 字节 bytes)")
