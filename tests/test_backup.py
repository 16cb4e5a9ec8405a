"""Backup and restore round-trip exactly: every table's rows, timestamps to the microsecond.

SQLite through `manage.py backup` / `restore` (the SQLite online backup API) in a
deployment-like home of its own; PostgreSQL through pg_dump/pg_restore (the same
commands), dumping the suite's test database and restoring into a fresh one."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from .deploy_servers import ROOT, fresh_database, manage, need_service, production_env


def sqlite_fingerprint(path: Path) -> dict[str, tuple[int, str]]:
    """Each table's row count and a checksum of all its rows."""
    db = sqlite3.connect(path)
    try:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out = {}
        for table in tables:
            rows = db.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            out[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return out
    finally:
        db.close()


def run(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "django", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_sqlite_backup_and_restore_round_trip(tmp_path, migrated_sqlite):
    office = production_env(tmp_path / "office")
    fresh_database(tmp_path / "office", migrated_sqlite)
    manage(office, "load_samples")
    manage(office, "create_demo_accounts")
    live = tmp_path / "office" / "var" / "luoshi.sqlite3"
    before = sqlite_fingerprint(live)
    assert before["core_sourcedocument"][0] == 5 and before["core_auditevent"][0] > 0

    backup_file = tmp_path / "luoshi.sqlite3.bak"
    out = manage(office, "backup", str(backup_file))
    assert str(backup_file) in out
    assert sqlite_fingerprint(backup_file) == before
    # Never overwrites a backup: a clear one-line error.
    again = run(office, "backup", str(backup_file))
    assert again.returncode == 1 and "文件已存在" in again.stderr and "Traceback" not in again.stderr

    # Work goes on after the backup, then the office restores it: the later change is gone
    # and everything else is exactly as it was, timestamps to the microsecond.
    manage(office, "shell", "-c",
           "from luoshi.core.models import Organisation; Organisation.objects.create(name='备份后新建的单位')")
    assert sqlite_fingerprint(live) != before
    refused = run(office, "restore", str(backup_file))
    assert refused.returncode == 1 and "--yes" in refused.stderr
    manage(office, "restore", str(backup_file), "--yes")
    assert sqlite_fingerprint(live) == before

    # Restored onto a new machine (a fresh home): the same database, usable.
    new = production_env(tmp_path / "new")
    fresh_database(tmp_path / "new", migrated_sqlite)
    manage(new, "restore", str(backup_file), "--yes")
    assert sqlite_fingerprint(tmp_path / "new" / "var" / "luoshi.sqlite3") == before
    assert "No planned migration operations" in manage(new, "migrate", "--plan")


def test_restore_refuses_what_is_not_a_backup(tmp_path, migrated_sqlite):
    env = production_env(tmp_path)
    fresh_database(tmp_path, migrated_sqlite)
    live = tmp_path / "var" / "luoshi.sqlite3"
    before = sqlite_fingerprint(live)
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"PK\x03\x04 not a database at all")
    result = run(env, "restore", str(junk), "--yes")
    assert result.returncode == 1 and "不是 SQLite 备份文件" in result.stderr
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    result = run(env, "restore", str(other), "--yes")
    assert result.returncode == 1 and "不是落实的数据库备份" in result.stderr
    result = run(env, "restore", str(tmp_path / "missing.sqlite3"), "--yes")
    assert result.returncode == 1 and "备份文件不存在" in result.stderr
    assert sqlite_fingerprint(live) == before


# --- PostgreSQL ---------------------------------------------------------------------------

def pg_fingerprint(url: str) -> dict[str, tuple[int, str]]:
    import psycopg

    with psycopg.connect(url) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]
        out = {}
        for table in tables:
            count, digest = conn.execute(
                f'SELECT count(*), md5(coalesce(string_agg(t::text, \'|\' ORDER BY t::text), \'\')) '
                f'FROM "{table}" t').fetchone()
            out[table] = (count, digest)
        return out


# Skipped before the test database is built: building it (migrate + samples) only to skip costs
# a minute when this file runs alone.
@pytest.mark.skipif(connection.vendor != "postgresql",
                    reason="PostgreSQL 的备份测试在 PostgreSQL 上运行 (runs in the suite's PostgreSQL pass)")
@pytest.mark.django_db
def test_postgresql_dump_and_restore_round_trip(tmp_path):
    s = connection.settings_dict
    need_service(s["HOST"] or "127.0.0.1", int(s["PORT"] or 5432), "PostgreSQL")
    base = urllib.parse.urlsplit(os.environ["DATABASE_URL"])
    test_url = base._replace(path="/" + s["NAME"]).geturl()
    before = pg_fingerprint(test_url)  # what is committed: the samples and demo accounts
    assert before["core_sourcedocument"][0] == 5 and before["core_auditevent"][0] > 0

    dump = tmp_path / "luoshi.dump"
    call_command("backup", str(dump))
    assert dump.read_bytes()[:5] == b"PGDMP"

    import psycopg

    fresh = f"luoshi_restore_{os.getpid()}_{int(time.time())}"
    admin_url = base._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{fresh}"')
    try:
        fresh_url = base._replace(path="/" + fresh).geturl()
        env = production_env(tmp_path, DATABASE_URL=fresh_url)
        manage(env, "restore", str(dump), "--yes")
        assert pg_fingerprint(fresh_url) == before
        # Timestamps are exact (dumpdata/loaddata would have cut them to milliseconds).
        with psycopg.connect(fresh_url) as a, psycopg.connect(test_url) as b:
            query = "SELECT id, at FROM core_auditevent ORDER BY id"
            assert a.execute(query).fetchall() == b.execute(query).fetchall()
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{fresh}" WITH (FORCE)')
