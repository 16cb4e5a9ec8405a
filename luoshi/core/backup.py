"""Backup and restore of the whole database, exactly (docs/deploy.md, "Backups").

SQLite: the SQLite online backup API — a consistent copy while the application runs,
page by page, every value as stored.  PostgreSQL: pg_dump's custom format and
pg_restore.  Both keep timestamps to the microsecond, unlike dumpdata/loaddata.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from django.db import connections

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message is for the person running it."""


def vendor(alias: str = "default") -> str:
    return connections[alias].vendor


def _sqlite_path(alias: str) -> Path:
    name = connections[alias].settings_dict["NAME"]
    if not name or str(name).startswith(":memory:") or "mode=memory" in str(name):
        raise BackupError("内存数据库无法备份 (an in-memory database cannot be backed up)")
    return Path(name)


def _pg_env(alias: str) -> tuple[list[str], dict]:
    """Connection arguments for pg_dump/pg_restore; the password goes in the environment."""
    s = connections[alias].settings_dict
    args = ["--dbname", s["NAME"]]
    if s.get("HOST"):
        args += ["--host", s["HOST"]]
    if s.get("PORT"):
        args += ["--port", str(s["PORT"])]
    if s.get("USER"):
        args += ["--username", s["USER"]]
    env = {**os.environ}
    if s.get("PASSWORD"):
        env["PGPASSWORD"] = s["PASSWORD"]
    return args, env


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise BackupError(f"未找到 {name}，请安装 postgresql-client ({name} not found: install postgresql-client)")
    return path


def backup(target: Path, alias: str = "default") -> Path:
    """Write a backup of the database to ``target`` (written aside, then renamed: a failed
    backup never leaves a half-written file under the final name)."""
    target = Path(target)
    if target.exists():
        raise BackupError(f"文件已存在，不会覆盖 (file exists, not overwritten): {target}")
    if not target.parent.is_dir():
        raise BackupError(f"目录不存在 (no such directory): {target.parent}")
    fd, partial = tempfile.mkstemp(prefix=".luoshi-backup-", dir=target.parent)
    os.close(fd)
    try:
        if vendor(alias) == "sqlite":
            source = sqlite3.connect(_sqlite_path(alias))
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                if copy.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise BackupError("备份文件校验失败 (the copy failed its integrity check)")
            finally:
                copy.close()
                source.close()
        elif vendor(alias) == "postgresql":
            args, env = _pg_env(alias)
            result = subprocess.run([_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                                     "--file", partial, *args], env=env, capture_output=True, text=True)
            if result.returncode:
                last = result.stderr.strip().splitlines()[-1:] or ["?"]
                raise BackupError("pg_dump 失败 (failed): " + last[0])
        else:
            raise BackupError(f"不支持的数据库 (unsupported database): {vendor(alias)}")
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    return target


def restore(source: Path, alias: str = "default") -> None:
    """Replace the database's whole content with the backup ``source``."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"备份文件不存在 (no such backup file): {source}")
    with open(source, "rb") as f:
        head = f.read(16)
    connections[alias].close()
    if vendor(alias) == "sqlite":
        if head != SQLITE_MAGIC:
            raise BackupError("不是 SQLite 备份文件 (not an SQLite backup)")
        backup_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in backup_db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "django_migrations" not in tables:
                raise BackupError("不是落实的数据库备份 (not a Luoshi database backup)")
            live = sqlite3.connect(_sqlite_path(alias))
            try:
                backup_db.backup(live)  # replaces every page of the live database in one step
            finally:
                live.close()
        finally:
            backup_db.close()
    elif vendor(alias) == "postgresql":
        if not head.startswith(PGDUMP_MAGIC):
            raise BackupError("不是 pg_dump 自定义格式的备份 (not a pg_dump custom-format backup)")
        args, env = _pg_env(alias)
        result = subprocess.run([_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
                                 "--single-transaction", "--exit-on-error", *args, str(source)],
                                env=env, capture_output=True, text=True)
        if result.returncode:
            last = result.stderr.strip().splitlines()[-1:] or ["?"]
            raise BackupError("pg_restore 失败，数据库未改变 (failed, database unchanged): " + last[0])
    else:
        raise BackupError(f"不支持的数据库 (unsupported database): {vendor(alias)}")
